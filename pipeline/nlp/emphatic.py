"""Parse repair for an emphatic pronoun the parser took for an auxiliary.

`Le Canada a rappelé qu'il avait lui-même imposé des sanctions`: the French model labels `lui-même`
`aux:pass`, which turns the clause into a passive and its subject into the one the act falls on (the
sanction then hits Canada). An emphatic pronoun (`lui-même`, `elle-même`, `eux-mêmes`...) is never an
auxiliary: this component relabels it `dep` and, when it was the verb's only passive auxiliary, gives
the passive subject back its active label. It touches no head and no sentence boundary.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

EMPHATIC = re.compile(r"(?:moi|toi|lui|elle|nous|vous|eux|elles)-m[êe]mes?")
_AUXILIARIES = frozenset({"aux:pass", "aux:tense", "aux", "cop"})


@Language.component("news_emphatic_pronoun", assigns=["token.dep"], requires=["token.dep"])
def repair_emphatic_pronouns(doc: Doc) -> Doc:
    """Relabel each emphatic pronoun taken for an auxiliary, and the passive subject it made."""
    for token in doc:
        if token.dep_ not in _AUXILIARIES or not EMPHATIC.fullmatch(token.lower_):
            continue
        token.dep_ = "dep"
        verb = token.head
        if any(c.dep_ == "aux:pass" for c in verb.children):
            continue  # `il a lui-même été reçu`: a passive still
        for child in verb.children:
            if child.dep_ == "nsubj:pass":
                child.dep_ = "nsubj"
    return doc

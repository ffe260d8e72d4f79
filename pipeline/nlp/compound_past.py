"""Parse repair for the compound past with `être` that the parser took for a passive.

`Une délégation conduite par X est arrivée à New York pour rencontrer Y`: the French model may label the
`être` of a compound past a passive auxiliary. The clause then reads as passive, its subject as the one
acted upon, and the rules that pass a subject on to an infinitive of purpose (`pour rencontrer Y`) find
no one who acts. For verbs that take `être` and have no passive (models/nlp/etre_verbs.txt: `arriver`,
`venir`, `partir`), `être` alone is always the tense auxiliary: this component relabels it so, and a
passive subject as a subject. `avoir été` (a true passive) and every other verb are left as they are.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline import config
from pipeline.nlp.syntax import labelled
from pipeline.text import fold, folded_entries

ETRE_VERBS_PATH = config.MODELS_DIR / "nlp" / "etre_verbs.txt"


@lru_cache(maxsize=2)
def etre_verbs(path: Path = ETRE_VERBS_PATH) -> frozenset[str]:
    """Folded lemmas of models/nlp/etre_verbs.txt."""
    return folded_entries(path)


@Language.component("news_compound_past", assigns=["token.dep"], requires=["token.dep", "token.lemma"])
def repair_compound_past(doc: Doc) -> Doc:
    """Label as a tense auxiliary each `être` of a compound past the parser took for a passive one."""
    for i in labelled(doc, ("aux:pass",)):
        auxiliary = doc[i]
        if not is_tense_etre(auxiliary):
            continue
        auxiliary.dep_ = "aux:tense"
        for child in auxiliary.head.children:
            if child.dep_ == "nsubj:pass":
                child.dep_ = "nsubj"
    return doc


def is_tense_etre(auxiliary: Token) -> bool:
    """`est` in `est arrivée`: `être`, the only auxiliary of a verb of etre_verbs.txt (not `a été`)."""
    verb = auxiliary.head
    if auxiliary.lemma_.lower() != "être" or verb.i == auxiliary.i:
        return False
    if fold(verb.lemma_.lower()) not in etre_verbs():
        return False
    return not any(c.dep_.startswith("aux") and c.i != auxiliary.i for c in verb.children)

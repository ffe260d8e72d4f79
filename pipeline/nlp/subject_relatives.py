"""Parse repair for a subject relative clause the parser hung on the verb of the main clause.

`Israël a mené dimanche des frappes contre le Hezbollah, qui a répliqué par des centaines de roquettes`: the
French model may hang the relative clause (`acl:relcl`) on `mené`, the verb, where no relative can stand. Read
so, `qui` stands for the main clause's subject, and the riposte is Israel's. A relative clause opened by `qui`
right after a comma, hung on a verb, belongs to the noun told just before the comma (the head of the last noun
phrase there): its antecedent.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.syntax import labelled, rehang_at_once

_NOUNS = frozenset({"NOUN", "PROPN"})
_VERBS = frozenset({"VERB", "AUX"})


@Language.component("news_subject_relative", assigns=["token.head", "token.dep"], requires=["token.dep", "token.pos"])
def repair_subject_relatives(doc: Doc) -> Doc:
    """Hang each `, qui ...` relative clause the parser put on a verb on the noun before its comma."""
    for i in labelled(doc, ("acl:relcl",)):
        clause = doc[i]
        antecedent = misplaced_relative(clause)
        if antecedent is not None:
            rehang_at_once(doc, [(clause, antecedent, "acl:relcl")])
    return doc


def misplaced_relative(clause: Token) -> Token | None:
    """The noun before the comma that opens `clause`, when `clause` is a `qui` relative hung on a verb."""
    if clause.head.pos_ not in _VERBS or clause.head.i > clause.i:
        return None
    qui = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ == "qui" and c.i < clause.i), None)
    if qui is None or qui.i < 2 or clause.doc[qui.i - 1].text != ",":
        return None
    noun = clause.doc[qui.i - 2]
    while noun.pos_ not in _NOUNS and noun.head.i > noun.i and noun.head.i < qui.i:
        noun = noun.head  # `le Hezbollah libanais`: the adjective's noun
    if noun.pos_ not in _NOUNS or noun.i < clause.sent.start:
        return None
    return noun

"""Parse repair for a gerund hung on a noun.

`La Chine a riposté aux sanctions américaines en imposant des restrictions`: the French model often
hangs the gerund (`en` + present participle) on the last noun before it, as if it qualified that noun
(`les sanctions ... en imposant`). A gerund tells how or when the clause's action was done: it belongs
to the verb. Read on the noun, the restrictions become part of the American sanctions and the Chinese
riposte is lost. This component hangs such a gerund on the verb the noun depends on, as an adverbial
clause. It touches no sentence boundary.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.syntax import labelled, rehang

_NOUNS = frozenset({"NOUN", "PROPN"})
_GERUND_MARKS = frozenset({"en"})
_HOPS = 3  # nouns climbed from the gerund's noun to the verb (`aux sanctions de Washington contre X`)


@Language.component("news_gerund_clause", assigns=["token.head", "token.dep"], requires=["token.dep", "token.morph"])
def repair_gerund_clauses(doc: Doc) -> Doc:
    """Hang on its clause's verb each gerund the parser hung on a noun."""
    # a few candidates per article: the `acl` labels found in bulk, not token by token
    moves = [(doc[i], verb) for i in labelled(doc, ("acl",)) if (verb := gerund_on_noun(doc[i])) is not None]
    if moves:
        rehang(doc, moves, "advcl")
    return doc


def gerund_on_noun(token: Token) -> Token | None:
    """The verb a gerund (`en imposant`) hung on a noun before it belongs to; None for any other token."""
    if token.dep_ != "acl" or token.pos_ not in {"VERB", "AUX"} or token.head.pos_ not in _NOUNS:
        return None
    if "Part" not in token.morph.get("VerbForm", []) or "Pres" not in token.morph.get("Tense", ["Pres"]):
        return None
    if not any(c.dep_ == "mark" and c.lower_ in _GERUND_MARKS and c.i == token.i - 1 for c in token.children):
        return None
    noun = token.head
    if noun.i > token.i:
        return None
    for _ in range(_HOPS):
        governor = noun.head
        if governor.i == noun.i:
            return None
        if governor.pos_ in {"VERB", "AUX"}:
            return governor
        if governor.pos_ not in _NOUNS:
            return None
        noun = governor
    return None

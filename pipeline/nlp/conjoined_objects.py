"""Parse repair for a second object the parser coordinated with the verb instead of the first object.

`La Russie a lancé dans la nuit 728 drones et treize missiles contre l'Ukraine`: the French model often
hangs the noun after `et` on the verb as its conjunct (`conj`), as if it opened a second clause with no
verb. A noun is no conjunct of a verb: told after the verb's object, opened by `et` or `ou`, with no
subject, preposition, copula or auxiliary of its own, it is the object's conjunct, and what it governs
(`contre l'Ukraine`) is then read with the object. Told before any object, or after a clause of its own,
it is left alone. It touches no sentence boundary.

The same model may label a counted first object as a modifier of time or manner (`a tiré lundi soir 80
drones et six missiles`: `80 drones` read like `80 kilomètres`); counted, with no preposition, not a word of
time, and followed by such a conjunct, it is the verb's object when the verb has none.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.displaced import time_word
from pipeline.nlp.syntax import labelled, rehang

_NOUNS = frozenset({"NOUN", "PROPN"})
_COORDINATORS = frozenset({"et", "ou"})
# what a conjunct that opens a clause of its own shows: then it is no object
_CLAUSAL = frozenset({"nsubj", "nsubj:pass", "cop", "aux:tense", "aux:pass", "case", "mark", "expl:subj"})
_MISREAD = frozenset({"obl:mod", "obl", "advmod"})  # the labels of a counted object read as a measure


@Language.component("news_conjoined_object", assigns=["token.head", "token.dep"], requires=["token.dep", "token.pos"])
def repair_conjoined_objects(doc: Doc) -> Doc:
    """Hang on the verb's object each noun the parser coordinated with the verb itself."""
    moves = [(doc[i], first) for i in labelled(doc, ("conj",)) if (first := first_object(doc[i])) is not None]
    # `a accueilli le Premier ministre japonais, Fumio Kishida, et ...`: the object's name, hung on the verb
    names = [(name, first) for noun, first in moves for name in _stray_names(first.head, first, noun)]
    if names:
        rehang(doc, names, "appos")
    if moves:
        rehang(doc, moves, "conj")
    for noun, first in moves:
        verb = first.head
        if noun.head.i == first.i and first.dep_ != "obj" and not any(c.dep_ == "obj" for c in verb.children):
            first.dep_ = "obj"  # `80 drones` of `a tiré lundi soir 80 drones et six missiles`
    return doc


def first_object(noun: Token) -> Token | None:
    """The object of the verb `noun` is hung on, when `noun` is a second object the parser coordinated with
    the verb (`a lancé 728 drones et treize missiles`); None for any other token."""
    verb = noun.head
    if noun.pos_ not in _NOUNS or verb.pos_ != "VERB" or verb.i > noun.i:
        return None
    kids = list(noun.children)
    if any(c.dep_ in _CLAUSAL for c in kids):
        return None
    opener = next((c for c in kids if c.dep_ == "cc"), None)
    if opener is None or opener.lower_ not in _COORDINATORS or opener.i != noun.left_edge.i:
        return None
    objects = [c for c in verb.children if c.pos_ in _NOUNS and c.i < noun.i and (c.dep_ == "obj" or _counted(c))]
    if not objects:
        return None
    first = objects[-1]
    # the object's phrase runs up to the coordinator: nothing of the verb's own told in between, but the name
    # set off after the object's title (`le Premier ministre japonais, X, et ...`)
    stray = {t.i for t in _stray_names(verb, first, noun)}
    between = (c for c in verb.children if c.i != noun.i and c.i not in stray)
    if any(c.i > first.i and c.i < opener.i and c.dep_ != "punct" for c in between):
        return None
    return first


def _stray_names(verb: Token, first: Token, noun: Token) -> list[Token]:
    """Names the parser hung on the verb between its object and a second object, each right after a comma
    that follows the object's phrase: the first object's apposition."""
    doc = verb.doc
    return [
        c
        for c in verb.children
        if c.pos_ == "PROPN"
        and first.i < c.i < noun.i
        and c.left_edge.i == c.i
        and doc[c.i - 1].text == ","
        and doc[c.right_edge.i + 1].text == ","
    ]


def _counted(noun: Token) -> bool:
    """`80 drones`: a noun with a number and no preposition, not a word of time (`trois jours plus tard`),
    that the parser labelled as a modifier."""
    if noun.dep_ not in _MISREAD or time_word(noun):
        return False
    kids = list(noun.children)
    return any(c.dep_ == "nummod" for c in kids) and not any(c.dep_ == "case" for c in kids)

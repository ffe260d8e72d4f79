"""Parse repair for a subject the parser fixed to the comma before it.

`Samedi, le président américain avait téléphoné aux deux dirigeants`: after a day or a short phrase set off
by a comma at the head of the sentence, the French model may hang the subject noun on the comma as a fixed
word of it (`fixed`), and leave the verb without subject. The clause then loses its caller, and a group noun
after the verb takes the caller for one of the pair it sums up. A noun or name so fixed to a comma, told
right before a verb (only its auxiliaries, clitics and adverbs, or the noun's own words, between) that has no
subject, is that verb's subject.

The model does the same with a noun's `de` complement told after an incise (`a ordonné le départ, sous
soixante-douze heures, des diplomates de sept pays`): fixed to the comma that closes the incise, the
diplomats are nobody's. A `de` phrase (`des`, `du`, `de`, `d'`) so fixed, right after an incise set off by
commas with no verb in it, is a complement of the noun told just before the incise.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.syntax import has_subject, labelled, rehang_at_once

_NOUNS = frozenset({"NOUN", "PROPN"})
_BETWEEN = frozenset({"AUX", "ADV", "PRON"})


@Language.component("news_comma_subject", assigns=["token.head", "token.dep"], requires=["token.dep", "token.pos"])
def repair_comma_subjects(doc: Doc) -> Doc:
    """Make each noun fixed to a comma the subject of the subjectless verb right after it."""
    for i in labelled(doc, ("fixed",)):
        noun = doc[i]
        verb = subjectless_verb_after(noun)
        if verb is not None:
            passive = any(c.dep_ == "aux:pass" for c in verb.children)
            rehang_at_once(doc, [(noun, verb, "nsubj:pass" if passive else "nsubj")])
        elif (owner := noun_before_incise(noun)) is not None:
            rehang_at_once(doc, [(noun, owner, "nmod")])
    for i in labelled(doc, ("obl", "obl:mod", "obl:arg")):
        # `a annoncé l'expulsion, d'ici samedi, de vingt diplomates`: hung on the verb instead
        noun = doc[i]
        if noun.head.pos_ in {"VERB", "AUX"} and (owner := noun_before_incise(noun)) is not None:
            if owner.head.i == noun.head.i:
                rehang_at_once(doc, [(noun, owner, "nmod")])
    return doc


_OF = frozenset({"des", "du", "de", "d'", "d’"})
_INCISE_WORDS = 8  # words an incise between a noun and its complement may hold (`sous soixante-douze heures`)


def noun_before_incise(noun: Token) -> Token | None:
    """The noun a `de` phrase fixed to the comma closing an incise complements (`le départ, sous 72 heures,
    des diplomates`): the noun right before the comma that opens the incise, when no verb lies inside."""
    doc = noun.doc
    start = noun.left_edge.i
    if noun.pos_ not in _NOUNS or start == noun.sent.start or doc[start].lower_ not in _OF:
        return None
    closing = doc[start - 1]
    if closing.text != "," or (noun.dep_ == "fixed" and noun.head.i != closing.i):
        return None
    for k in range(closing.i - 1, max(noun.sent.start, closing.i - _INCISE_WORDS - 1), -1):
        word = doc[k]
        if word.pos_ in {"VERB", "AUX"}:
            return None
        if word.text == ",":
            before = doc[k - 1] if k > noun.sent.start else None
            return before if before is not None and before.pos_ == "NOUN" and k < closing.i - 1 else None
    return None


def subjectless_verb_after(noun: Token) -> Token | None:
    """The verb told right after the phrase of `noun`, when `noun` hangs on a comma and the verb has no subject."""
    if noun.pos_ not in _NOUNS or noun.head.text != "," or noun.head.i > noun.i:
        return None
    own = {t.i for t in noun.subtree}
    k = max(own) + 1
    while k < noun.sent.end and noun.doc[k].pos_ in _BETWEEN:
        k += 1
    if k >= noun.sent.end:
        return None
    verb = noun.doc[k]
    # the comma hangs on the verb, or on its auxiliary told between
    if verb.pos_ != "VERB" or has_subject(verb) or not noun.i < noun.head.head.i <= verb.i:
        return None
    return verb

"""Parse repair for a past participle hung on a noun it does not agree with.

`Ces surtaxes répondent aux taxes sur l'acier et l'aluminium imposées la semaine dernière par X`: the
French model may hang the participle (`imposées`, feminine plural) on the last noun before it
(`aluminium`, masculine singular), inside the phrase of what the taxes are on. Its agent (`par X`) is
then read as one hit by the taxes, not the one imposing them. French makes a participle agree with the
noun it qualifies: when the noun it hangs on disagrees in gender or number, and a noun further up the
same phrase agrees (`taxes`), this component hangs it there. The first group's endings (`-é`, `-ée`,
`-és`, `-ées`) say gender and number better than the tagger, which reads `décidés` as singular.

A plural participle on the last of coordinated nouns (`l'acier et l'aluminium importés`) agrees with the
pair, and stays; so does one on what a noun counts or gathers (`une série de sanctions adoptée par X`).
It touches no sentence boundary.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.syntax import agrees_with_told, labelled, rehang

_NOUNS = frozenset({"NOUN", "PROPN"})
_HOPS = 4  # nouns climbed from the participle's head (`taxes sur l'acier et l'aluminium`)
# the first group's participle endings and the gender and number each tells
_ENDINGS = (("ées", "Fem", "Plur"), ("ée", "Fem", "Sing"), ("és", "Masc", "Plur"), ("é", "Masc", "Sing"))


@Language.component(
    "news_participle_agreement", assigns=["token.head", "token.dep"], requires=["token.dep", "token.morph"]
)
def repair_participle_agreement(doc: Doc) -> Doc:
    """Hang each past participle qualifying a noun on the noun of its phrase it agrees with."""
    moves = [(doc[i], noun) for i in labelled(doc, ("acl",)) if (noun := agreeing_noun_above(doc[i])) is not None]
    if moves:
        rehang(doc, moves, "acl")
    return doc


def agreeing_noun_above(participle: Token) -> Token | None:
    """The noun up the participle's phrase that it agrees with, when the noun it hangs on does not (see the
    module); None for any other token."""
    if participle.pos_ != "VERB" or "Part" not in participle.morph.get("VerbForm", []):
        return None
    told = _gender_number(participle)
    head = participle.head
    if told is None or head.pos_ not in _NOUNS or head.i > participle.i or agrees_with_told(head, *told):
        return None
    if told[1] == "Plur" and agrees_with_told(head, told[0]) and _coordinated(head):
        return None  # `l'acier et l'aluminium importés`: plural for the pair
    noun = head
    for _ in range(_HOPS):
        if noun.dep_ not in {"nmod", "conj"} or noun.head.pos_ not in _NOUNS or _bare_de_complement(noun):
            return None
        noun = noun.head
        if agrees_with_told(noun, *told):
            return noun
    return None


def _bare_de_complement(noun: Token) -> bool:
    """`une série de sanctions`, `un paquet de mesures`: a noun joined to the one above by `de` with no article
    of its own is what that one counts or gathers; a participle on it is told of the measures themselves, and
    is left there."""
    cases = [c.lower_ for c in noun.children if c.dep_ == "case"]
    return noun.dep_ == "nmod" and cases in (["de"], ["d'"], ["d’"]) and not any(c.dep_ == "det" for c in noun.children)


def _gender_number(participle: Token) -> tuple[str, str] | None:
    """The gender and number a first-group participle's ending tells (`imposées`: feminine plural)."""
    word = participle.lower_
    for ending, gender, number in _ENDINGS:
        if word.endswith(ending):
            return gender, number
    return None


def _coordinated(noun: Token) -> bool:
    """The noun is a conjunct, or has conjuncts of its own."""
    return noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)

"""The hung verb repair: a present verb the parser hung on its own subject (`Tsahal bombarde Gaza`,
`Le Canada expulse quatre diplomates`) heads its sentence, with the subject and the object its own."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.nlp.hung_verbs import conjoined_after_apposition, hung_on_subject, repair_hung_verbs
from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # the subject, the object and the complement of a headline in the present
        ("Le Canada expulse quatre diplomates russes", "Canada", ("expulse", "nsubj")),
        ("Le Canada expulse quatre diplomates russes", "diplomates", ("expulse", "obj")),
        ("Tsahal bombarde Gaza après des tirs de roquettes.", "Gaza", ("bombarde", "obj")),
        ("Tsahal bombarde Gaza après des tirs de roquettes.", "tirs", ("bombarde", "obl:mod")),
        # a conjunct verb follows the first
        ("La Norvège expulse un diplomate et gèle ses échanges", "gèle", ("expulse", "conj")),
        # a verb that heads its sentence already is left alone
        ("Le ministre a expulsé quatre diplomates russes.", "ministre", ("expulsé", "nsubj")),
    ],
)
def test_present_verb_heads_its_sentence(nlp, text, word, expected):
    assert head_of(nlp(text), word) == expected


def _parsed(fr_model, words: list[str], heads: list[int], deps: list[str], pos: list[str], morph: str) -> Doc:
    """`La Pologne VERB deux espions`, the verb hung as an adjective on the subject, with its features."""
    doc = Doc(fr_model.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc[2].set_morph(morph)
    return doc


_WORDS = ["La", "Pologne", "expulse", "deux", "espions"]
_HEADS = [1, 1, 1, 4, 1]
_DEPS = ["det", "ROOT", "amod", "nummod", "nmod"]
_POS = ["DET", "PROPN", "VERB", "NUM", "NOUN"]


@pytest.mark.parametrize(
    "form, lemma, morph, expected",
    [
        # a present of the indicative, or a first-group present misread as a participle
        ("arrête", "arrêter", "Mood=Ind|Tense=Pres|VerbForm=Fin", True),
        ("expulse", "expulser", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part", True),
        # a true participle qualifies the noun (`La Pologne libérée`)
        ("libérée", "libérer", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part", False),
    ],
)
def test_hung_on_subject(fr_model, form, lemma, morph, expected):
    doc = _parsed(fr_model, [*_WORDS[:2], form, *_WORDS[3:]], _HEADS, _DEPS, _POS, morph)
    doc[2].lemma_ = lemma
    assert hung_on_subject(doc[2]) is expected


def test_topic_before_a_colon_is_no_subject(fr_model):
    """`Mali : le JNIM frappe Bamako`, the verb hung on the topic before the colon: no subject of it."""
    doc = Doc(
        fr_model.vocab,
        words=["Mali", ":", "le", "JNIM", "frappe", "Bamako"],
        heads=[0, 0, 3, 0, 0, 4],
        deps=["ROOT", "punct", "det", "appos", "acl", "obj"],
        pos=["PROPN", "PUNCT", "DET", "PROPN", "VERB", "PROPN"],
    )
    doc[4].set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")
    assert hung_on_subject(doc[4]) is False


# An adverb after the verb (verb_adverbs.txt) that the parser took for a noun and made the root
@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Xi Jinping et Lula ont dîné ensemble mardi soir à Brasilia.", "dîné", ("dîné", "ROOT")),
        ("Xi Jinping et Lula ont dîné ensemble mardi soir à Brasilia.", "ensemble", ("dîné", "advmod")),
        ("Xi Jinping et Lula ont dîné ensemble mardi soir à Brasilia.", "Brasilia", ("dîné", "obl:arg")),
        # the noun `ensemble` keeps its reading
        ("L'ensemble des pays a voté le texte.", "ensemble", ("voté", "nsubj")),
    ],
)
def test_verb_hung_on_a_misread_adverb_heads_its_sentence(nlp, text, word, expected):
    assert head_of(nlp(text), word) == expected


def test_verb_hung_on_an_adverb_root_built_by_hand(fr_model):
    """`ont déjeuné ensemble lundi`, the parser's tree built by hand: the verb under the adverb's subject."""
    words = ["Le", "roi", "et", "le", "président", "ont", "déjeuné", "ensemble", "lundi", "."]
    heads = [1, 7, 4, 4, 6, 6, 1, 7, 7, 7]
    deps = ["det", "nsubj", "cc", "det", "nsubj", "aux:tense", "conj", "ROOT", "nmod", "punct"]
    pos = ["DET", "NOUN", "CCONJ", "DET", "NOUN", "AUX", "VERB", "NOUN", "NOUN", "PUNCT"]
    doc = repair_hung_verbs(Doc(fr_model.vocab, words=words, heads=heads, deps=deps, pos=pos))
    assert [(t.head.text, t.dep_) for t in doc if t.text in {"roi", "déjeuné", "ensemble", "lundi"}] == [
        ("déjeuné", "nsubj"),
        ("déjeuné", "ROOT"),
        ("déjeuné", "advmod"),
        ("déjeuné", "obl:mod"),
    ]


def _apposition(fr_model, verb_morph: str, first_comma: str = ",") -> Doc:
    """`Les sanctions , annoncées jeudi , frappent six banques .`, the verb hung as a conjunct of the
    apposition's participle and the subject the root."""
    words = ["Les", "sanctions", first_comma, "annoncées", "jeudi", ",", "frappent", "six", "banques", "."]
    heads = [1, 1, 1, 1, 3, 6, 3, 8, 6, 1]
    deps = ["det", "ROOT", "punct", "acl", "obl:mod", "punct", "conj", "nummod", "obj", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "VERB", "NOUN", "PUNCT", "VERB", "NUM", "NOUN", "PUNCT"]
    doc = Doc(fr_model.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc[1].set_morph("Gender=Fem|Number=Plur")
    doc[3].set_morph("Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part")
    doc[6].set_morph(verb_morph)
    return doc


@pytest.mark.parametrize(
    "verb_morph, first_comma, expected",
    [
        ("Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", ",", True),
        # a verb that does not agree with the noun is not its predicate
        ("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", ",", False),
        # a participle is no finite verb
        ("Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part", ",", False),
        # no comma opens the apposition: the participle qualifies the noun and the verb is its conjunct
        ("Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", "-", False),
    ],
)
def test_conjoined_after_apposition(fr_model, verb_morph, first_comma, expected):
    assert conjoined_after_apposition(_apposition(fr_model, verb_morph, first_comma)[6]) is expected


def test_verb_after_apposition_heads_its_sentence(fr_model):
    doc = repair_hung_verbs(_apposition(fr_model, "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"))
    assert [(t.text, t.head.text, t.dep_) for t in doc if t.text in {"sanctions", "frappent", "banques"}] == [
        ("sanctions", "frappent", "nsubj"),
        ("frappent", "frappent", "ROOT"),
        ("banques", "frappent", "obj"),
    ]


_RESTRICTIONS = (
    "Les restrictions, annoncées mardi par le Trésor, frappent notamment le ministre vénézuélien de la Défense."
)


@pytest.mark.parametrize(
    "text, word, expected",
    [
        (_RESTRICTIONS, "restrictions", ("frappent", "nsubj")),
        (_RESTRICTIONS, "ministre", ("frappent", "obj")),
    ],
)
def test_verb_after_apposition_parsed(nlp, text, word, expected):
    assert head_of(nlp(text), word) == expected

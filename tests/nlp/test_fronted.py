"""The fronted phrase repair: `Au cours d'un entretien téléphonique, le roi ... ont évoqué`, the opening phrase
hung by the parser on the subject after it."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.nlp.fronted import fronted_participle_verb, fronted_phrase_verb, repair_fronted_phrases

pytestmark = pytest.mark.slow

_WORDS = ["Au", "cours", "du", "dîner", ",", "le", "roi", "a", "parlé"]
_POS = ["ADP", "NOUN", "ADP", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB"]


@pytest.mark.parametrize(
    "heads, deps, expected",
    [
        # the phrase hung on the subject after its comma: the verb's
        (
            [1, 6, 3, 1, 6, 6, 8, 8, 8],
            ["case", "nmod", "case", "nmod", "punct", "det", "nsubj", "aux:tense", "ROOT"],
            "parlé",
        ),
        # already on the verb: nothing to do
        (
            [1, 8, 3, 1, 8, 6, 8, 8, 8],
            ["case", "obl:mod", "case", "nmod", "punct", "det", "nsubj", "aux:tense", "ROOT"],
            None,
        ),
        # hung on the object, not on the subject: left alone
        (
            [1, 6, 3, 1, 6, 6, 8, 8, 8],
            ["case", "nmod", "case", "nmod", "punct", "det", "obj", "aux:tense", "ROOT"],
            None,
        ),
    ],
)
def test_fronted_phrase_verb(fr_model, heads, deps, expected):
    doc = Doc(fr_model.vocab, words=_WORDS, heads=heads, deps=deps, pos=_POS)
    verb = fronted_phrase_verb(doc[1])
    assert (verb.text if verb is not None else None) == expected


_OPENING = ["Recevant", "samedi", "le", "ministre", ",", "le", "roi", "a", "parlé"]
_OPENING_POS = ["VERB", "NOUN", "DET", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB"]
_PRESENT = "Tense=Pres|VerbForm=Part"


@pytest.mark.parametrize(
    "words, heads, deps, morph, expected",
    [
        # the participle hung on its own object, the object on the main verb: the main verb's
        (
            _OPENING,
            [3, 0, 3, 8, 8, 6, 8, 8, 8],
            ["dep", "nmod", "det", "obl:mod", "punct", "det", "nsubj", "aux:tense", "ROOT"],
            _PRESENT,
            "parlé",
        ),
        # a phrase with its preposition (`au ministre`) is no object
        (
            ["Recevant", "samedi", "au", "ministre", ",", "le", "roi", "a", "parlé"],
            [3, 0, 3, 8, 8, 6, 8, 8, 8],
            ["dep", "nmod", "case", "obl:mod", "punct", "det", "nsubj", "aux:tense", "ROOT"],
            _PRESENT,
            None,
        ),
        # a past participle (`Reçu samedi ...`) heads no clause of this kind
        (
            ["Reçu", "samedi", "le", "ministre", ",", "le", "roi", "a", "parlé"],
            [3, 0, 3, 8, 8, 6, 8, 8, 8],
            ["dep", "nmod", "det", "obl:mod", "punct", "det", "nsubj", "aux:tense", "ROOT"],
            "Tense=Past|VerbForm=Part",
            None,
        ),
        # hung on the subject after the comma (`Souriant, le roi a parlé`): the subject is no object
        (
            ["Souriant", ",", "le", "roi", "a", "parlé"],
            [3, 3, 3, 5, 5, 5],
            ["dep", "punct", "det", "nsubj", "aux:tense", "ROOT"],
            _PRESENT,
            None,
        ),
    ],
)
def test_fronted_participle_verb(fr_model, words, heads, deps, morph, expected):
    tags = {**dict(zip(_OPENING, _OPENING_POS, strict=True)), "au": "ADP", "Souriant": "VERB", "Reçu": "VERB"}
    pos = [tags[w] for w in words]
    morphs = [morph] + [""] * (len(words) - 1)
    doc = Doc(fr_model.vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    verb = fronted_participle_verb(doc[0])
    assert (verb.text if verb is not None else None) == expected


def test_fronted_participle_takes_its_object(fr_model):
    """After the repair the participle is an adverbial clause of the main verb and the noun its object."""
    doc = Doc(
        fr_model.vocab,
        words=_OPENING,
        heads=[3, 0, 3, 8, 8, 6, 8, 8, 8],
        deps=["dep", "nmod", "det", "obl:mod", "punct", "det", "nsubj", "aux:tense", "ROOT"],
        pos=_OPENING_POS,
        morphs=[_PRESENT] + [""] * 8,
    )
    repair_fronted_phrases(doc)
    assert (doc[0].head.text, doc[0].dep_) == ("parlé", "advcl")
    assert (doc[3].head.text, doc[3].dep_) == ("Recevant", "obj")


# `Avant de partir pour Séoul , la ministre avait reçu son homologue .`, built by hand as the parser reads
# it in some contexts: the fronted infinitive as the root, the main verb as its conjunct.
_BEFORE = ["Avant", "de", "partir", "pour", "Séoul", ",", "la", "ministre", "avait", "reçu", "son", "homologue", "."]
_BEFORE_POS = ["ADP", "ADP", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
_BEFORE_DEPS = ["mark", "mark", "ROOT", "case", "obl:arg", "punct", "det", "nsubj", "aux:tense", "conj", "det", "obj"]


@pytest.mark.parametrize(
    "infinitive_morph, expected",
    [
        # a finite clause with its own subject after the comma is the main one: the root
        ("VerbForm=Inf", {"reçu": ("reçu", "ROOT"), "partir": ("reçu", "advcl"), ".": ("reçu", "punct")}),
        # the first verb is no infinitive: the parse is kept
        ("Mood=Ind|Tense=Pres|VerbForm=Fin", {"reçu": ("partir", "conj"), "partir": ("partir", "ROOT")}),
    ],
)
def test_fronted_infinitive_made_root_gives_way_to_the_main_verb(fr_model, infinitive_morph, expected):
    morphs = [""] * len(_BEFORE)
    morphs[2], morphs[9] = infinitive_morph, "Tense=Past|VerbForm=Part"
    doc = Doc(
        fr_model.vocab,
        words=_BEFORE,
        heads=[2, 2, 2, 4, 2, 9, 7, 9, 9, 2, 11, 9, 2],
        deps=[*_BEFORE_DEPS, "punct"],
        pos=_BEFORE_POS,
        morphs=morphs,
    )
    repair_fronted_phrases(doc)
    assert {word: (doc[_BEFORE.index(word)].head.text, doc[_BEFORE.index(word)].dep_) for word in expected} == expected
    assert len(list(doc.sents)) == 1

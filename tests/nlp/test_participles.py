"""The noun participle repair: `a réimposé des sanctions`, the participle tagged as a noun."""

from __future__ import annotations

import pytest

from pipeline.nlp.participles import repair_noun_participles

pytestmark = pytest.mark.slow


def _read(doc, word: str) -> tuple[str, str, str]:
    token = next(t for t in doc if t.text == word)
    obj = next((c.text for c in token.children if c.dep_ == "obj"), "")
    return token.pos_, token.lemma_, obj


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # a participle with `avoir` the tagger made a noun: a verb, its object behind the partitive `des`
        ("Ottawa a réimposé des sanctions contre Minsk.", "réimposé", ("VERB", "réimposer", "sanctions")),
        # a participle the tagger already reads as a verb stays as it is
        ("Ottawa a imposé des sanctions contre Minsk.", "imposé", ("VERB", "imposer", "sanctions")),
        # a copula with a noun is no participle
        ("Le journaliste a été victime d'une agression.", "victime", ("ADJ", "victime", "")),
    ],
)
def test_noun_participle_is_a_verb(fr_model, text, word, expected):
    doc = repair_noun_participles(fr_model(text))
    assert _read(doc, word) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # `a` read as the verb `avoir`, the participle as its bare object: the participle heads the clause
        (
            "Le prince est passé jeudi par Rome, où il a déjeuné avec Giorgia Meloni avant de gagner Paris.",
            "déjeuné",
            ("VERB", "déjeuner", "aux:tense", "il"),
        ),
        (
            "La chancelière a fait étape mardi à Vienne, où elle a déjeuné avec le chancelier autrichien.",
            "déjeuné",
            ("VERB", "déjeuner", "aux:tense", "elle"),
        ),
        # ... or its complement, `avoir` the root of the sentence: the participle takes its place as root
        (
            "Ottawa avait déjà gelé au début de l'année les avoirs de deux oligarques.",
            "gelé",
            ("VERB", "geler", "aux:tense", "Ottawa"),
        ),
        # `avoir` read as a copula of the participle taken for an adjective: the tense auxiliary
        (
            "Londres avait déjà gelé au printemps les avoirs de trois généraux birmans.",
            "gelé",
            ("VERB", "geler", "aux:tense", "Londres"),
        ),
        # a noun taken bare after `avoir` stays its object, whatever its ending
        ("La loi a priorité sur le décret.", "priorité", ("NOUN", "priorité", "aux:tense", "loi")),
    ],
)
def test_participle_read_as_object_heads_its_clause(fr_model, text, word, expected):
    doc = repair_noun_participles(fr_model(text))
    token = next(t for t in doc if t.text == word)
    auxiliary = next((c.dep_ for c in token.children if c.lemma_ == "avoir"), "")
    subject = next((c.text for c in [*token.children, *token.head.children] if c.dep_ == "nsubj"), "")
    assert (token.pos_, token.lemma_, auxiliary, subject) == expected

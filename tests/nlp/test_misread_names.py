"""The misread name repair: a person's name the parser read as a verb or as the head of its sentence
(`a reçu Narendra Modi jeudi`, `Nasser Bourita a rencontré`) is one phrase of its clause again."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from pipeline.nlp.misread_names import name_words, repair_misread_names
from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # a given name read as a verb: the name is the object, the day and the place the verb's
        ("Le président a reçu Narendra Modi jeudi à Paris.", "Narendra", ("reçu", "obj")),
        ("Le président a reçu Narendra Modi jeudi à Paris.", "jeudi", ("reçu", "obl:mod")),
        ("Le président a reçu Nasser Bourita jeudi à Paris.", "Paris", ("reçu", "obl:mod")),
        # the name heads the sentence, the verb hung under it: the name is the verb's subject
        ("Nasser Bourita a rencontré le président jeudi.", "Nasser", ("rencontré", "nsubj")),
        ("Nasser Bourita a rencontré le président jeudi.", "rencontré", ("rencontré", "ROOT")),
        ("Andrzej Duda a rencontré le président français jeudi à Paris.", "Andrzej", ("rencontré", "nsubj")),
        # a name read well is left alone
        ("Le ministre a rencontré Marco Rubio mardi.", "Marco", ("rencontré", "obj")),
    ],
)
def test_misread_name_takes_its_place_in_the_clause(nlp, text, word, expected):
    assert head_of(nlp(text), word) == expected


def test_name_read_as_verb_is_tagged_a_proper_noun(nlp):
    doc = nlp("Le président a reçu Narendra Modi jeudi à Paris.")
    assert [(t.pos_, t.lemma_) for t in doc[4:6]] == [("PROPN", "Narendra"), ("PROPN", "Modi")]


def _misparsed(fr_model) -> Doc:
    """`Le roi a reçu Amina Kouyaté lundi .`, hand-built as the French model may parse it: the given name a
    verb's clause (`xcomp`) of `reçu`, the day hung on it."""
    words = ["Le", "roi", "a", "reçu", "Amina", "Kouyaté", "lundi", "."]
    heads = [1, 3, 3, 3, 3, 4, 4, 3]
    deps = ["det", "nsubj", "aux:tense", "ROOT", "xcomp", "flat:name", "obl:mod", "punct"]
    pos = ["DET", "NOUN", "AUX", "VERB", "VERB", "PROPN", "NOUN", "PUNCT"]
    doc = Doc(fr_model.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 4, 6, label="PER")]
    return doc


@pytest.mark.parametrize(
    "word, expected",
    [("Amina", ("reçu", "obj")), ("Kouyaté", ("Amina", "flat:name")), ("lundi", ("reçu", "obl:mod"))],
)
def test_hand_built_parse(fr_model, word, expected):
    assert head_of(repair_misread_names(_misparsed(fr_model)), word) == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        # a weekday the recognizer took in is not the name's
        (["Emmanuel", "Macron", "mercredi"], "Emmanuel Macron"),
        # particles and hyphens are
        (["Ursula", "von", "der", "Leyen"], "Ursula von der Leyen"),
        (["Moustafa", "al", "-", "Kazimi"], "Moustafa al - Kazimi"),
    ],
)
def test_name_words(fr_model, words, expected):
    doc = Doc(fr_model.vocab, words=words)
    assert name_words(Span(doc, 0, len(words), label="PER")).text == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # a name after its title is the title's apposition; the title takes the clause's place
        ("Le Premier ministre indien Narendra Modi a reçu mardi le président.", "Narendra", ("ministre", "appos")),
        ("Le Premier ministre indien Narendra Modi a reçu mardi le président.", "ministre", ("reçu", "nsubj")),
        ("Le président a reçu le Premier ministre indien Narendra Modi mardi.", "mardi", ("reçu", "obl:mod")),
    ],
)
def test_name_after_its_title_is_its_apposition(nlp, text, word, expected):
    assert head_of(nlp(text), word) == expected


def _verb_under_titled_name(fr_model) -> Doc:
    """`Le ministre Jean Durand a appelé son homologue , a indiqué Paris .`, hand-built as the French model
    may parse it: the title the reporting verb's subject, the call's verb hung under the name."""
    words = ["Le", "ministre", "Jean", "Durand", "a", "appelé", "son", "homologue", ",", "a", "indiqué", "Paris", "."]
    heads = [1, 10, 1, 2, 5, 2, 7, 5, 10, 10, 10, 10, 10]
    deps = ["det", "nsubj", "appos", "flat:name", "aux:tense", "flat:name", "det", "obj", "punct"]
    deps += ["aux:tense", "ROOT", "nsubj", "punct"]
    pos = ["DET", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT", "AUX", "VERB", "PROPN", "PUNCT"]
    lemmas = [w.lower() for w in words]
    doc = Doc(fr_model.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc.ents = [Span(doc, 2, 4, label="PER")]
    return doc


@pytest.mark.parametrize(
    "word, expected",
    [("ministre", ("appelé", "nsubj")), ("appelé", ("indiqué", "ccomp")), ("Jean", ("ministre", "appos"))],
)
def test_verb_hung_under_a_titled_name_takes_the_title_for_subject(fr_model, word, expected):
    assert head_of(repair_misread_names(_verb_under_titled_name(fr_model)), word) == expected

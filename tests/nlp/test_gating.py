"""The gated matcher (temporal tagger, trigger patterns): the matches of one plain Matcher, with less work."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from pipeline.dates.patterns import load_patterns
from pipeline.nlp.gating import GatedMatcher, Words


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("fr")


@pytest.fixture(scope="module")
def matchers(blank):
    """The tagger's DATE patterns in a GatedMatcher and in one plain Matcher."""
    patterns = load_patterns(blank)["DATE"]
    gated, plain = GatedMatcher(blank.vocab), Matcher(blank.vocab)
    gated.add("DATE", patterns)
    plain.add("DATE", patterns)
    return gated, plain


# sentences of our own, each with the matches (token texts) that one plain Matcher finds in them
SENTENCES = [
    ("Le sommet aura lieu le 3 mai 2024 à Vienne.", {"3 mai 2024", "3 mai", "mai 2024", "mai", "le 3"}),
    ("Il y a trois ans, 2 500 manifestants défilaient.", {"Il y a trois ans", "trois ans"}),
    ("Du 3 au 6 avril, la salle sera fermée.", {"Du 3 au 6 avril", "Du 3 au 6", "3 au 6 avril", "6 avril", "avril"}),
    ("Ce lundi prochain, la réunion reprendra.", {"Ce lundi prochain", "lundi prochain", "Ce lundi", "lundi"}),
    ("Depuis 1998, le club a changé trois fois d'entraîneur.", {"Depuis 1998"}),
    ("Les résultats du T2 2023 sont attendus.", {"T2 2023"}),
    ("La saison 2011/12 fut longue.", {"2011/12"}),
    ("Il a touché 1 200 euros en 24 heures.", {"24 heures", "en 24 heures", "en 24"}),
    ("Aucune date ici, seulement des mots.", set()),
]


@pytest.mark.parametrize("text,expected", SENTENCES, ids=[s[0][:30] for s in SENTENCES])
def test_gated_matcher_finds_what_one_matcher_finds(blank, matchers, text, expected):
    gated, plain = matchers
    doc = blank(text)
    whole = [(0, len(doc))]
    found = sorted((a, b) for _, a, b in gated(doc, whole))
    assert found == sorted((a, b) for _, a, b in plain(doc))
    assert {doc[a:b].text for a, b in found} == expected


MONTH_AFTER_LE = [{"LOWER": "le"}, {"LOWER": {"IN": ["mai", "juin"]}}, {"TEXT": {"REGEX": r"^\d{4}$"}, "OP": "?"}]


@pytest.mark.parametrize(
    "text,tried,expected",
    [
        ("le juin 2024", True, ["le juin", "le juin 2024"]),
        ("le mai", True, ["le mai"]),
        ("juin le", True, []),  # both words are there: tried, no match
        ("le 2024", False, []),  # no month: the optional year does not make it worth trying
        ("en juin 2024", False, []),  # no `le`
        ("Le Juin", True, ["Le Juin"]),  # LOWER conditions are tested on the lower-case form
    ],
)
def test_gated_matcher_tries_a_pattern_only_where_its_words_are(blank, text, tried, expected):
    gated = GatedMatcher(blank.vocab)
    gated.add("DATE", [MONTH_AFTER_LE])
    ((needed, inner),) = gated.groups.items()
    calls = []
    gated.groups[needed] = lambda span: calls.append(span.text) or inner(span)
    doc = blank(text)
    found = [doc[a:b].text for _, a, b in gated(doc, [(0, len(doc))])]
    assert calls == ([text] if tried else [])
    assert found == expected


@pytest.mark.parametrize(
    "text,expected",
    [("En 2024 puis en 2025, 2024 encore.", [1, 4, 6]), ("Aucun nombre.", []), ("", [])],
)
def test_words_test_each_distinct_word_once(blank, text, expected):
    doc = blank(text)
    calls: list[str] = []

    def is_year(word: str) -> bool:
        calls.append(word)
        return word.isdigit() and len(word) == 4

    assert Words(doc).text_where(is_year, {}) == expected
    assert len(calls) == len({t.text for t in doc})


def test_gated_matcher_reports_a_span_once_like_one_matcher(blank):
    """Two patterns with different conditions (so in different groups) find the same span."""
    patterns = [[{"LOWER": "le"}, {"LOWER": "mai"}], [{"LOWER": {"IN": ["le", "la"]}}, {"LOWER": "mai"}]]
    gated, plain = GatedMatcher(blank.vocab), Matcher(blank.vocab)
    gated.add("DATE", patterns)
    plain.add("DATE", patterns)
    doc = blank("le mai")
    assert len(gated.groups) == 2
    assert gated(doc, [(0, 2)]) == plain(doc) == [(blank.vocab.strings["DATE"], 0, 2)]


MEET_AGAIN = [{"LEMMA": "se"}, {"POS": "AUX", "OP": "*"}, {"LEMMA": {"IN": ["revoir", "réunir"]}}]


def _lemmatized(blank, words: list[str], lemmas: list[str], pos: list[str]):
    return Doc(blank.vocab, words=words, lemmas=lemmas, pos=pos)


@pytest.mark.parametrize(
    "words, lemmas, pos, tried, expected",
    [
        # both lemmas are there: the pattern runs and matches the inflected forms
        (["ils", "se", "sont", "réunis"], ["il", "se", "être", "réunir"], ["PRON", "PRON", "AUX", "VERB"], True, 3),
        # `se` without either verb: never tried
        (["elle", "se", "tait"], ["elle", "se", "taire"], ["PRON", "PRON", "VERB"], False, 0),
        # the verb without `se`: never tried
        (["il", "a", "revu", "Paul"], ["il", "avoir", "revoir", "Paul"], ["PRON", "AUX", "VERB", "PROPN"], False, 0),
    ],
)
def test_lemma_conditions_gate_a_pattern(blank, words, lemmas, pos, tried, expected):
    gated, plain = GatedMatcher(blank.vocab), Matcher(blank.vocab)
    gated.add("MEET", [MEET_AGAIN])
    plain.add("MEET", [MEET_AGAIN])
    ((needed, inner),) = gated.groups.items()
    calls = []
    gated.groups[needed] = lambda span: calls.append(span.text) or inner(span)
    doc = _lemmatized(blank, words, lemmas, pos)
    found = gated(doc, [(0, len(doc))])
    assert bool(calls) is tried
    assert found == plain(doc)
    assert [b - a for _, a, b in found] == ([expected] if expected else [])


# two REGEX conditions, one on the lower-case form and one on the exact form: the one search that
# tells a word meets neither must not hide a word that meets one of them
TWO_REGEXES = [
    [{"LOWER": {"REGEX": r"^mi-(mai|juin)$"}}, {"TEXT": {"REGEX": r"^20\d\d$"}}],
    [{"LOWER": "fin"}, {"TEXT": {"REGEX": r"^T[1-4]$"}}],
]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Le chantier reprendra Mi-juin 2026 au plus tard.", ["Mi-juin 2026"]),
        ("Les chiffres sont attendus fin T3 seulement.", ["fin T3"]),
        ("Les chiffres sont attendus fin t3 seulement.", []),  # TEXT is compared as written
        ("Aucune échéance, mi-parcours et 1999 ne suffisent pas.", []),
    ],
)
def test_regex_conditions_gate_like_one_matcher(blank, text, expected):
    gated, plain = GatedMatcher(blank.vocab), Matcher(blank.vocab)
    gated.add("DATE", TWO_REGEXES)
    plain.add("DATE", TWO_REGEXES)
    doc = blank(text)
    found = gated(doc, [(0, len(doc))])
    assert sorted(found) == sorted(plain(doc))
    assert [doc[a:b].text for _, a, b in found] == expected


@pytest.mark.parametrize("text", ["En 2024 puis en 2025.", "Rien."])
def test_words_of_a_doc_are_read_once(blank, text):
    doc = blank(text)
    words = Words.of(doc)
    assert Words.of(doc) is words
    assert words.ids == Words(doc).ids
    assert words.inverse.tolist() == Words(doc).inverse.tolist()

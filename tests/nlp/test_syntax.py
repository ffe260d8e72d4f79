"""Sentences read from one array of the doc's sentence starts: the very spans spaCy gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.nlp.syntax import agrees_with_told, index_sentences, sentences_kept, window_start
from pipeline.nlp.tokens import forget_tokens


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("fr")


def _doc(blank, words: list[str], starts: list[bool]) -> Doc:
    return Doc(blank.vocab, words=words, sent_starts=starts)


CASES = [
    # words, sentence starts, expected (start, end) of each token's sentence
    (
        ["Le", "sommet", "a", "eu", "lieu", ".", "Il", "reprendra", "lundi", "."],
        [True, False, False, False, False, False, True, False, False, False],
        [(0, 6)] * 6 + [(6, 10)] * 4,
    ),
    (["Kiev", ".", "Moscou", "."], [True, False, True, False], [(0, 2), (0, 2), (2, 4), (2, 4)]),
    (["Seul", "titre"], [True, False], [(0, 2), (0, 2)]),
]


@pytest.mark.parametrize("words,starts,expected", CASES)
def test_token_sentences_are_spacys(blank, words, starts, expected):
    doc = _doc(blank, words, starts)
    assert [(t.sent.start, t.sent.end) for t in doc] == expected  # spaCy's own walk
    index_sentences(doc)
    assert [(t.sent.start, t.sent.end) for t in doc] == expected


@pytest.mark.parametrize(
    "start,end,expected",
    [
        (1, 3, (0, 6)),  # inside the first sentence
        (4, 8, (0, 6)),  # across two: the first one, as spaCy
        (6, 6, (6, 10)),  # empty, at a sentence start
        (10, 10, (6, 10)),  # empty, at the very end: the last sentence
    ],
)
def test_span_sentences_are_spacys(blank, start, end, expected):
    words, starts, _ = CASES[0]
    doc = _doc(blank, words, starts)
    assert (doc[start:end].sent.start, doc[start:end].sent.end) == expected
    index_sentences(doc)
    assert (doc[start:end].sent.start, doc[start:end].sent.end) == expected


@pytest.mark.parametrize("split_at,pieces,expected_last", [(8, ["lun", "di"], (6, 11))])
def test_sentences_are_read_again_after_a_retokenisation(blank, split_at, pieces, expected_last):
    words, starts, _ = CASES[0]
    doc = _doc(blank, words, starts)
    index_sentences(doc)
    assert (doc[-1].sent.start, doc[-1].sent.end) == (6, 10)
    with doc.retokenize() as retokenizer:
        retokenizer.split(doc[split_at], pieces, heads=[(doc[split_at], 0)] * len(pieces))
    forget_tokens(doc)
    assert (doc[-1].sent.start, doc[-1].sent.end) == expected_last


# The look back of an antecedent: the start of the sentence `before` sentences ahead, never before the first.
@pytest.mark.parametrize(
    "token,before,expected",
    [(7, 0, 6), (7, 1, 2), (7, 2, 0), (7, 5, 0), (1, 1, 0)],
)
def test_window_start_counts_whole_sentences_back(blank, token, before, expected):
    words = ["Kiev", ".", "Non", "Moscou", "a", "dit", "Il", "reprendra", "lundi", "."]
    starts = [True, False, True, False, False, False, True, False, False, False]
    doc = _doc(blank, words, starts)
    assert window_start(doc[token], before) == expected


# Inside `sentences_kept`, the tokens of one sentence share one span (the same bounds as outside it);
# the spans are dropped when the block ends, so the doc holds no span of itself.
@pytest.mark.parametrize("first,second,same", [(0, 5, True), (1, 7, False), (6, 9, True)])
def test_sentences_kept_share_one_span_per_sentence(blank, first, second, same):
    words, starts, expected = CASES[0]
    doc = _doc(blank, words, starts)
    index_sentences(doc)
    with sentences_kept(doc):
        a, b = doc[first].sent, doc[second].sent
        assert (a is b) == same
        assert [(a.start, a.end), (b.start, b.end)] == [expected[first], expected[second]]
    assert "news_kept_sentences" not in doc.user_data
    assert doc[first].sent is not doc[first].sent


def test_sentences_kept_follow_a_retokenisation(blank):
    words, starts, _ = CASES[0]
    doc = _doc(blank, words, starts)
    index_sentences(doc)
    with sentences_kept(doc):
        assert (doc[-1].sent.start, doc[-1].sent.end) == (6, 10)
        with doc.retokenize() as retokenizer:
            retokenizer.split(doc[8], ["lun", "di"], heads=[(doc[8], 0)] * 2)
        forget_tokens(doc)
        assert (doc[-1].sent.start, doc[-1].sent.end) == (6, 11)


# a noun's gender and number against the ones a word tells (a participle's ending, `duquel`): a feature the
# tagger left out agrees
@pytest.mark.parametrize(
    "morph, gender, number, expected",
    [
        ("Gender=Fem|Number=Plur", "Fem", "Plur", True),
        ("Gender=Fem|Number=Plur", "Fem", "Sing", False),
        ("Gender=Masc|Number=Sing", "Fem", None, False),
        ("Number=Sing", "Fem", "Sing", True),
        ("", "Masc", "Plur", True),
    ],
)
def test_agrees_with_told(blank, morph, gender, number, expected):
    doc = Doc(blank.vocab, words=["taxes"], morphs=[morph])
    assert agrees_with_told(doc[0], gender, number) is expected

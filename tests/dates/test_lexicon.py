"""The temporal lexicon's number words, read by dates and by the counts of events and groups."""

from __future__ import annotations

import pytest

from pipeline.dates.lexicon import number_value, words_to_digits


@pytest.mark.parametrize(
    ("word", "value"),
    [("deux", 2), ("Trois", 3), ("dix", 10), ("seize", 16), ("12", 12), ("une", 1), ("plusieurs", 0), ("jours", 0)],
)
def test_number_value(word: str, value: int) -> None:
    assert number_value(word) == value


@pytest.mark.parametrize(
    ("text", "digits"),
    [("vingt-deux mars", "22 mars"), ("le premier juin", "le 1e juin"), ("trente et un", "31")],
)
def test_words_to_digits(text: str, digits: str) -> None:
    assert words_to_digits(text) == digits

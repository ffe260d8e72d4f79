"""Tense of a verb with its auxiliaries, as the date resolver reads it: one row per French sentence."""

from __future__ import annotations

import pytest

from pipeline.dates.tense import verb_tense


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,verb,expected",
    [
        # `a` + a participle the tagger reads as a finite verb (`interdit`) is still a compound past
        ("La Pologne a interdit mardi les importations de céréales ukrainiennes.", "interdit", "past"),
        ("L'armée a détruit mardi un dépôt de munitions.", "détruit", "past"),
        ("La Pologne interdira mardi les importations de céréales ukrainiennes.", "interdira", "future"),
    ],
)
def test_verb_tense_of_a_compound_past(fr_model, text, verb, expected):
    doc = fr_model(text)
    assert verb_tense(next(t for t in doc if t.text == verb)) == expected

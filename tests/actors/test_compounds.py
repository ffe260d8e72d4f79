"""Compound demonyms naming several states (`franco-britannique`)."""

from __future__ import annotations

import pytest

from pipeline.actors.compounds import compound_states
from pipeline.actors.kb import DEFAULT_DIR, load_kb


@pytest.mark.parametrize(
    "word, expected",
    [
        ("franco-britannique", ("state:FRA", "state:GBR")),
        ("sino-américains", ("state:CHN", "state:USA")),
        ("Israélo-Palestiniens", ("state:ISR", "state:PSE")),
        ("germano-russo-chinois", ("state:DEU", "state:RUS", "state:CHN")),
        ("nord-coréen", ()),  # one state's own demonym
        ("franco-français", ()),  # one state only
        ("néo-zélandais", ()),
        ("italo-inconnu", ()),
        ("britannique", ()),
    ],
)
def test_compound_states(word, expected):
    assert compound_states(word, load_kb(DEFAULT_DIR)) == expected

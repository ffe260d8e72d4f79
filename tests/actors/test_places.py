"""The one reading of the place gazetteer, shared by actor resolution and event extraction."""

from __future__ import annotations

import pytest

from pipeline.actors.filters import gazetteer_places
from pipeline.actors.places import load_places, place_spellings


@pytest.mark.parametrize(
    "spelling, key, state, kind",
    [
        ("kramatorsk", "kramatorsk", "state:UKR", "city"),
        ("hodeidah", "hodeida", "state:YEM", "port"),
        ("ramat gan", "ramat gan", "state:ISR", "city"),
    ],
)
def test_every_spelling_leads_to_its_row(spelling, key, state, kind):
    place = load_places()[spelling]
    assert (place.key, place.state, place.kind) == (key, state, kind)
    assert spelling in place.spellings


@pytest.mark.parametrize("name, known", [("khan younes", True), ("ramat gan", True), ("emmanuel macron", False)])
def test_actor_filter_reads_the_same_spellings(name, known):
    assert (name in gazetteer_places()) is known


def test_spellings_are_read_as_written():
    assert {"Briansk", "Bryansk", "Kramatorsk"} <= set(place_spellings())

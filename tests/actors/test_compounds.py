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
        # forms of Africa, Latin America, Asia and the Middle East
        ("congolo-rwandais", ("state:COD", "state:RWA")),
        ("éthiopo-érythréen", ("state:ETH", "state:ERI")),
        ("saoudo-iranien", ("state:SAU", "state:IRN")),
        ("thaïlando-cambodgien", ("state:THA", "state:KHM")),
        ("vénézuélo-colombienne", ("state:VEN", "state:COL")),
        ("azéro-arménien", ("state:AZE", "state:ARM")),
        ("tchado-soudanais", ("state:TCD", "state:SDN")),
        ("argentino-brésilien", ("state:ARG", "state:BRA")),
        ("nord-coréen", ()),  # one state's own demonym
        ("franco-français", ()),  # one state only
        ("néo-zélandais", ()),
        ("italo-inconnu", ()),
        ("britannique", ()),
    ],
)
def test_compound_states(word, expected):
    assert compound_states(word, load_kb(DEFAULT_DIR)) == expected


def test_combining_forms_come_from_the_kb_directory(kb):
    """The fixture KB knows `franco`, `sino`, `russo` only: its own file decides, not the project's."""
    assert kb.combining_forms == {"franco": "state:FRA", "sino": "state:CHN", "russo": "state:RUS"}
    assert compound_states("sino-russe", kb) == ("state:CHN", "state:RUS")
    assert compound_states("germano-russe", kb) == ()  # `germano` is only in the project's file


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le sommet franco-britannique a eu lieu jeudi.", [("franco-britannique", ("state:FRA", "state:GBR"))]),
        (
            "Les pourparlers sino-américains et le dialogue germano-polonais reprennent.",
            [("sino-américains", ("state:CHN", "state:USA")), ("germano-polonais", ("state:DEU", "state:POL"))],
        ),
        ("Le dirigeant nord-coréen et Jean-Pierre Martin sont arrivés.", []),
    ],
)
def test_resolver_marks_compound_demonyms(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s._.state_ids) for s in doc.spans["compounds"]] == expected

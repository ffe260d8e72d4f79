"""The place -> state gazetteer that names the state a strike on a city, a port or a site hits."""

from __future__ import annotations

import csv

import pytest

from pipeline.events.gazetteer import PLACE_STATES_PATH, name_state, point_spellings
from pipeline.text import normalize_name


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Kramatorsk", "state:UKR"),
        ("la gare de Kramatorsk", "state:UKR"),
        ("le port d'Odessa", "state:UKR"),
        ("Odesa", "state:UKR"),
        ("la région de Belgorod", "state:RUS"),
        ("Slaviansk-na-Koubani", "state:RUS"),
        ("la raffinerie de Novokouïbychevsk", "state:RUS"),
        ("le site de Fordow", "state:IRN"),
        ("Khan Younès", "state:PSE"),
        ("Bordeaux", None),
        ("la mer Noire", None),
        ("", None),
    ],
)
def test_gazetteer_names_the_state_of_a_place(name, expected):
    assert name_state(name) == expected


def test_gazetteer_rows_name_known_states():
    with PLACE_STATES_PATH.parent.parent.joinpath("actors", "states.csv").open(encoding="utf-8") as handle:
        states = {row["iso3"] for row in csv.DictReader(handle)}
    with PLACE_STATES_PATH.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(row["state"] in states and row["place"] for row in rows)


def test_gazetteer_gives_each_spelling_one_state():
    seen: dict[str, str] = {}
    with PLACE_STATES_PATH.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for name in row["place"].split("|"):
                assert seen.setdefault(normalize_name(name), row["state"]) == row["state"], name


@pytest.mark.parametrize(
    "name, expected",
    [
        ("le complexe nucléaire de Fordow", {"fordo", "fordow"}),
        ("Fordo", {"fordo", "fordow"}),
        ("le port d'Odessa", {"odessa", "odesa"}),
        ("la bande de Gaza", set()),  # a region, not a point a strike hits
        ("Bordeaux", set()),
        ("", set()),
    ],
)
def test_point_spellings_gives_every_spelling_of_a_city_port_or_site(name, expected):
    assert point_spellings(name) == expected

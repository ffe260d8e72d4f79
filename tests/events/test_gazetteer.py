"""The place -> state gazetteer that names the state a strike on a city, a port or a site hits."""

from __future__ import annotations

import csv

import pytest

from pipeline.actors.places import PLACE_STATES_PATH
from pipeline.events.gazetteer import capital_state, country_of_name, name_state, place_key, point_spellings
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
        # a town of each front the knowledge holds, as a wire report names it
        ("l'aéroport de Srinagar", "state:IND"),
        ("la base aérienne de Hmeimim", "state:SYR"),
        ("le site de Yongbyon", "state:PRK"),
        ("le port de Puerto Cabello", "state:VEN"),
        ("la province du Shandong", "state:CHN"),
        ("la raffinerie de Novokouïbychevsk", "state:RUS"),
        ("le site de Fordow", "state:IRN"),
        ("Khan Younès", "state:PSE"),
        ("l'hôpital d'El-Facher", "state:SDN"),
        ("Port-Soudan", "state:SDN"),
        ("le nord du Darfour", "state:SDN"),
        # regions named with a compass word glued on, and regions of other fronts
        ("des villages du Sud-Liban", "state:LBN"),
        ("la province du Nord-Kivu", "state:COD"),
        ("le Sud-Kordofan", "state:SDN"),
        ("la province du Balouchistan", "state:PAK"),
        ("le nord du Sinaï", "state:EGY"),
        ("le Tigré", "state:ETH"),
        # regions and towns of the Burmese civil war, provinces of the Afghan-Pakistani border
        ("un village de la région de Sagaing", "state:MMR"),
        ("l'État de Rakhine", "state:MMR"),
        ("la ville de Lashio", "state:MMR"),
        ("la province de Paktika", "state:AFG"),
        # towns of the Malian north and of the Thai-Cambodian border
        ("des positions rebelles près de Tinzaouatène", "state:MLI"),
        ("la province de Surin", "state:THA"),
        ("la province d'Oddar Meanchey", "state:KHM"),
        # cities of strike reports (s19-strike), in French and English spellings
        ("la raffinerie d'Astrakhan", "state:RUS"),
        ("Ulyanovsk", "state:RUS"),
        ("un quartier d'Omdourman", "state:SDN"),
        ("la province d'Idleb", "state:SYR"),
        ("des camps près de Khost", "state:AFG"),
        # towns of the wars of 2018 reports
        ("la ville d'Afrin", "state:SYR"),
        ("un marché de Dahyan", "state:YEM"),
        ("la Ghouta orientale", "state:SYR"),
        ("Mariupol", "state:UKR"),
        # Afghan provinces and towns of the 2018 Taliban offensives
        ("la province de Helmand", "state:AFG"),
        ("la ville de Ghazni", "state:AFG"),
        ("Lashkar Gah", "state:AFG"),
        ("Mazar-e-Charif", "state:AFG"),
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
    "a, b, same",
    [
        ("Hodeïda", "le port de Hodeidah", True),
        ("Odesa", "Odessa", True),
        ("Kharkov", "la région de Kharkiv", True),
        ("Odessa", "Kharkiv", False),
        ("Bordeaux", "Bordeaux", True),
        ("Bordeaux", "Toulouse", False),
    ],
)
def test_gazetteer_place_key_is_one_per_place_however_spelled(a, b, same):
    assert (place_key(a) == place_key(b)) is same


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Iran", "state:IRN"),
        ("la République islamique d'Iran", "state:IRN"),
        ("Yémen", "state:YEM"),
        ("Téhéran", None),  # a capital is a city, not the whole country
        ("Fordo", None),
        ("Kiev", None),
    ],
)
def test_gazetteer_country_of_name_is_a_whole_country_only(name, expected):
    assert country_of_name(name) == expected


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


# A site named after a capital or seat (`l'aéroport de Damas`) is in that capital's state, which a strike
# on it hits; the capital alone is left to the clause, and a town that is no capital gives nothing.
@pytest.mark.parametrize(
    "name, expected",
    [
        ("l'aéroport de Damas", "state:SYR"),
        ("un marché de Kaboul", "state:AFG"),
        ("la banlieue sud de Beyrouth", "state:LBN"),
        ("Damas", None),
        ("le port de Saint-Malo", None),
    ],
)
def test_site_of_a_capital_is_in_its_state(name, expected):
    assert capital_state(name) == expected

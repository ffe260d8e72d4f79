"""The state a struck place belongs to: `la raffinerie de Syzran a été frappée` strikes Russia.

Places are not actors (a city named as a location is no participant), but the target of a strike
named only by a city, a port or a site is the state that city belongs to. The lookup is knowledge,
kept in `models/events/place_states.csv` (well-known cities, ports, sites and regions, one row per
place, spellings separated by `|`), and it fills only the target slot of a strike.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from pipeline import config
from pipeline.actors.places import Place, load_places
from pipeline.text import normalize_name

STATES_PATH = config.MODELS_DIR / "actors" / "states.csv"


# Kinds of place_states.csv that are points a strike hits (not a region it hits somewhere in).
POINT_KINDS = frozenset({"city", "port", "site"})


def place_named(name: str, kinds: frozenset[str] | None = None) -> Place | None:
    """The gazetteer place a name ends with (`la gare de Kramatorsk`, `la région de Belgorod`, `le
    port d'Odessa`): the whole name, then the words after each of its words; with `kinds`, only a
    place of those kinds."""
    table = load_places()
    words = normalize_name(name).split()
    for start in range(len(words)):
        place = table.get(" ".join(words[start:]))
        if place is not None and (kinds is None or place.kind in kinds):
            return place
    return None


def place_key(name: str) -> str:
    """One key per place, however it is spelled (`Hodeïda`, `le port de Hodeidah`: one place): the
    gazetteer row's first spelling; else the name itself."""
    place = place_named(name)
    return place.key if place is not None else normalize_name(name)


def point_spellings(name: str) -> frozenset[str]:
    """The spellings of the city, port or site a place name ends with (`le complexe nucléaire de
    Fordow` -> `fordo`, `fordow`); none for a region (`la bande de Gaza`) or an unknown place."""
    place = place_named(name, POINT_KINDS)
    return place.spellings if place is not None else frozenset()


def place_state(place: Span) -> str | None:
    """The state of a place span, if the gazetteer knows it (`la gare de Kramatorsk`), else the state
    whose capital or seat the name ends with (`l'aéroport de Damas`, `la banlieue de Beyrouth`)."""
    return name_state(place.text) or capital_state(place.text)


def capital_state(name: str) -> str | None:
    """The state whose capital or seat (`metonyms` of states.csv) a place name ends with, after the
    site it names (`l'aéroport de Damas`, `un marché de Kaboul`): the site struck is in that state. A
    capital alone is left to the clause (`des positions iraniennes près de Damas` hit Iran's forces)."""
    words = normalize_name(name).split()
    table = load_capitals()
    return next((table[" ".join(words[i:])] for i in range(1, len(words)) if " ".join(words[i:]) in table), None)


@lru_cache(maxsize=4)
def _state_rows(path: Path) -> tuple[dict[str, str], ...]:
    """The rows of states.csv, read once for the tables below."""
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


@lru_cache(maxsize=4)
def load_capitals(path: Path = STATES_PATH) -> dict[str, str]:
    """Normalised capital or seat of power -> state id (`damas` -> `state:SYR`)."""
    return {normalize_name(m): row["id"] for row in _state_rows(path) for m in row["metonyms"].split("|") if m}


def name_state(name: str) -> str | None:
    """The state of a place name, trying the name, then the words after each of its words."""
    place = place_named(name)
    return place.state if place is not None else None


@lru_cache(maxsize=4)
def load_country_names(path: Path = STATES_PATH) -> dict[str, str]:
    """Normalised name of a whole country (label or alias, not its capital) -> state id
    (`republique islamique d iran` -> `state:IRN`)."""
    table: dict[str, str] = {}
    for row in _state_rows(path):
        for name in [row["label"], *row["aliases"].split("|")]:
            if name:
                table[normalize_name(name)] = row["id"]
    return table


def country_of_name(name: str) -> str | None:
    """The state a place name stands for as a whole country (`en Iran`, `la République islamique
    d'Iran`), not a city or site of it."""
    return load_country_names().get(normalize_name(name))

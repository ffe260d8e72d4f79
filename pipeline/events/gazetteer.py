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
from pipeline.text import normalize_name

PLACE_STATES_PATH = config.MODELS_DIR / "events" / "place_states.csv"
STATES_PATH = config.MODELS_DIR / "actors" / "states.csv"


@lru_cache(maxsize=4)
def load_place_states(path: Path = PLACE_STATES_PATH) -> dict[str, str]:
    """Normalised place name -> state id (`syzran` -> `state:RUS`)."""
    table: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for name in row["place"].split("|"):
                table[normalize_name(name)] = f"state:{row['state']}"
    return table


@lru_cache(maxsize=4)
def load_place_keys(path: Path = PLACE_STATES_PATH) -> dict[str, str]:
    """Normalised place name -> the first spelling of its row (`hodeidah` -> `hodeida`)."""
    table: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names = [normalize_name(name) for name in row["place"].split("|")]
            table.update({name: names[0] for name in names})
    return table


def place_key(name: str) -> str:
    """One key per place, however it is spelled (`Hodeïda`, `le port de Hodeidah`: one place): the
    gazetteer row's first spelling, found as `name_state` finds the state; else the name itself."""
    table = load_place_keys()
    words = normalize_name(name).split()
    for start in range(len(words)):
        key = table.get(" ".join(words[start:]))
        if key is not None:
            return key
    return normalize_name(name)


# Kinds of place_states.csv that are points a strike hits (not a region it hits somewhere in).
POINT_KINDS = frozenset({"city", "port", "site"})


@lru_cache(maxsize=4)
def load_point_spellings(path: Path = PLACE_STATES_PATH) -> dict[str, frozenset[str]]:
    """Normalised name of a city, port or site -> every spelling of it (`fordow` -> `fordo`, `fordow`)."""
    table: dict[str, frozenset[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["kind"] in POINT_KINDS:
                names = frozenset(normalize_name(name) for name in row["place"].split("|"))
                table.update(dict.fromkeys(names, names))
    return table


def point_spellings(name: str) -> frozenset[str]:
    """The spellings of the city, port or site a place name ends with (`le complexe nucléaire de
    Fordow` -> `fordo`, `fordow`); none for a region (`la bande de Gaza`) or an unknown place."""
    table = load_point_spellings()
    words = normalize_name(name).split()
    return next((table[k] for k in (" ".join(words[i:]) for i in range(len(words))) if k in table), frozenset())


def place_state(place: Span) -> str | None:
    """The state of a place span, if the gazetteer knows it: the whole name or its end
    (`la gare de Kramatorsk`, `la région de Belgorod`, `le port d'Odessa`)."""
    return name_state(place.text)


def name_state(name: str) -> str | None:
    """The state of a place name, trying the name, then the words after each of its words."""
    table = load_place_states()
    words = normalize_name(name).split()
    for start in range(len(words)):
        state = table.get(" ".join(words[start:]))
        if state is not None:
            return state
    return None


@lru_cache(maxsize=4)
def load_country_names(path: Path = STATES_PATH) -> dict[str, str]:
    """Normalised name of a whole country (label or alias, not its capital) -> state id
    (`republique islamique d iran` -> `state:IRN`)."""
    table: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for name in [row["label"], *row["aliases"].split("|")]:
                if name:
                    table[normalize_name(name)] = row["id"]
    return table


def country_of_name(name: str) -> str | None:
    """The state a place name stands for as a whole country (`en Iran`, `la République islamique
    d'Iran`), not a city or site of it."""
    return load_country_names().get(normalize_name(name))

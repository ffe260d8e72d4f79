"""The names of places the knowledge base knows, read once for the parse repairs that need them.

The repairs run before the named entities and the actors: they cannot ask the actor step whether a word
is a place. The states' names, aliases and seats of power (`models/actors/states.csv`) and the towns,
ports and regions of `models/events/place_states.csv` are the same lists the actor step compiles.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from pipeline import config

_SOURCES = (
    (config.MODELS_DIR / "actors" / "states.csv", ("label", "aliases", "metonyms")),
    (config.MODELS_DIR / "events" / "place_states.csv", ("place",)),
)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every name of a state, seat of power or place of the knowledge base, as written (`Le Caire`,
    `Tel-Aviv`, `Royaume-Uni`)."""
    names: set[str] = set()
    for path, columns in _SOURCES:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for column in columns:
                    names.update(n.strip() for n in (row.get(column) or "").split("|") if n.strip())
    return frozenset(names)


@lru_cache(maxsize=1)
def place_last_words() -> frozenset[str]:
    """The capitalised last word of each place name (`Caire` of `Le Caire`, `Dhabi` of `Abou Dhabi`): the
    word a preposition's phrase ends on (`au Caire`, `à Abou Dhabi`)."""
    return frozenset(last for name in place_names() if (last := name.split()[-1])[:1].isupper())

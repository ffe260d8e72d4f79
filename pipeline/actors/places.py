"""The gazetteer of places (`models/events/place_states.csv`), read once for both steps that need it.

Actor resolution needs it to keep a known place the NER calls a person (`Ramat Gan`) out of the
graph; event extraction needs it to turn a struck city into its state. Both read this loader, so
that one file has one reading.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.config import MODELS_DIR
from pipeline.text import normalize_name

PLACE_STATES_PATH = MODELS_DIR / "events" / "place_states.csv"


@dataclass(frozen=True)
class Place:
    """One row of the gazetteer: its spellings (normalised), the first of them as the place's key,
    the state it lies in and its kind (`city`, `port`, `site`, `region`)."""

    key: str
    spellings: frozenset[str]
    state: str
    kind: str


@lru_cache(maxsize=4)
def load_places(path: Path = PLACE_STATES_PATH) -> dict[str, Place]:
    """Normalised place name -> its gazetteer row (`syzran` -> Syzran, in `state:RUS`)."""
    table: dict[str, Place] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names = [normalize_name(name) for name in row["place"].split("|")]
            place = Place(names[0], frozenset(names), f"state:{row['state']}", row["kind"])
            table.update(dict.fromkeys(names, place))
    return table


@lru_cache(maxsize=4)
def place_spellings(path: Path = PLACE_STATES_PATH) -> tuple[str, ...]:
    """Every spelling of the gazetteer as written (`Briansk`, `Bryansk`): the names the actor step looks
    for where the NER saw no place (`un dépôt de la région de Briansk`)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(sorted({name.strip() for row in csv.DictReader(handle) for name in row["place"].split("|")}))

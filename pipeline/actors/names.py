"""Name normalisation: the keys under which the knowledge base and the resolver meet.

`pipeline.text.normalize_name` gives the exact lookup key (case, accents, apostrophes, hyphens and
leading articles ignored); `phonetic_key` adds French/English transliteration rewrites read from
`models/actors/transliterations.csv`, so `Zelenski` finds `Zelensky`. The phonetic key is a
second-chance lookup only: the exact key is always tried first.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from pipeline import config
from pipeline.text import normalize_name

TRANSLITERATIONS_PATH = config.MODELS_DIR / "actors" / "transliterations.csv"

_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=4)
def load_transliterations(path: Path = TRANSLITERATIONS_PATH) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Ordered regex rewrites from the CSV (lines starting with `#` are comments)."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    rules = []
    for row in csv.DictReader(lines):
        rules.append((re.compile(row["pattern"]), row["replacement"]))
    return tuple(rules)


@lru_cache(maxsize=65536)
def phonetic_key(text: str) -> str:
    """Transliteration-insensitive key: `Sergueï Choïgou` and `Sergei Shoigu` give the same key."""
    rules = load_transliterations()
    words = []
    for word in normalize_name(text).split():
        for pattern, replacement in rules:
            word = pattern.sub(replacement, word)
        words.append(word)
    return " ".join(words)


# `de la`, `de l'`, `du`, `des`, `d'` inside a name: the press writes `de l'Afrique de l'Ouest` and
# `d'Afrique de l'Ouest`, `Bureau du contrôle` and `Bureau de contrôle` for the same body.
_OF_ARTICLE = re.compile(r"\b(?:de la|de l|du|des|de|d)\b(?: (?:la|le|les|l)\b)?")


@lru_cache(maxsize=65536)
def loose_key(text: str) -> str:
    """Lookup key that ignores which form of `de` + article a name uses (second-chance lookup)."""
    return re.sub(r"\s+", " ", _OF_ARTICLE.sub("de", normalize_name(text))).strip()


def slugify(text: str) -> str:
    """Stable id fragment of a name, so the same unknown name gets the same id in every article."""
    return _SLUG_JUNK.sub("-", normalize_name(text)).strip("-")


_ROMAN = re.compile(r"^[ivxl]+$")
_PARTICLES = frozenset(
    {"le", "la", "de", "du", "des", "von", "van", "der", "den", "al", "el", "ben", "bin", "da", "di"}
)


def kb_surname_key(text: str) -> str | None:
    """The key under which a KB person may be found by a lone surname, or None when the last word
    is only a piece of the name: a syllable of a hyphenated or apostrophised word (`Kim Jong-un`,
    `Gideon Sa'ar`), a regnal number (`Charles III`), a word after a particle (`Le Pen`), or one
    too short to name anyone alone (`Wang Yi`)."""
    words = text.split()
    if len(words) < 2 or any(c in words[-1] for c in "-'’") or words[-2].lower() in _PARTICLES:
        return None
    key = surname_key(text)
    return key if key and len(key) >= 3 and not _ROMAN.match(key) else None


def surname_key(text: str) -> str | None:
    """Normalised last word of a multi-word name (`Vladimir Poutine` -> `poutine`), else None."""
    words = normalize_name(text).split()
    return words[-1] if len(words) > 1 else None

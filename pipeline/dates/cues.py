"""Words of the sentence around a date that tell which occurrence it is, or that it is no date at all:
planning verbs (`la réunion est prévue le 12 mars`), nouns of upcoming events (`le déplacement à
Nantes samedi`), ages (`un homme de 38 ans`), quantities (`2024 euros`). The words are data, in
models/temporal/cues.csv, compared in folded form (`lexicon.fold`)."""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from pipeline.config import MODELS_DIR
from pipeline.dates.lexicon import fold

CUES_PATH = MODELS_DIR / "temporal" / "cues.csv"


@lru_cache(maxsize=1)
def load_cues() -> dict[str, frozenset[str]]:
    """category -> folded words, read once from the analyst-editable CSV."""
    cues: dict[str, set[str]] = {}
    with open(CUES_PATH, encoding="utf-8", newline="") as f:
        for line_no, row in enumerate(csv.DictReader(f), 2):
            if not row.get("category") or not row.get("word"):
                raise ValueError(f"{CUES_PATH}:{line_no}: a row needs a category and a word")
            cues.setdefault(row["category"], set()).add(fold(row["word"].lower()))
    return {category: frozenset(words) for category, words in cues.items()}


@lru_cache(maxsize=8192)
def is_cue(word: str, category: str) -> bool:
    """Whether the word (any case, accents or not, feminine or plural: prévues, réunions) is listed."""
    words = load_cues().get(category, frozenset())
    folded = fold(word.lower())
    return any(form in words for form in (folded, re.sub(r"(?<=\w\w)(?:es|e|s)$", "", folded), folded[:-1]))

"""Compound demonyms that name two or more states: `franco-britannique`, `sino-américains`,
`israélo-palestinien`. Every part but the last is a combining form (models/actors/combining_forms.csv),
the last one a demonym of the knowledge base. `nord-coréen` is one state's own demonym, not a compound.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from pipeline import config
from pipeline.actors.kb.model import KnowledgeBase
from pipeline.text import word_key

COMBINING_FORMS_PATH = config.MODELS_DIR / "actors" / "combining_forms.csv"


@lru_cache(maxsize=2)
def combining_forms(path: Path = COMBINING_FORMS_PATH) -> dict[str, str]:
    """Folded combining form -> state id (`franco` -> `state:FRA`)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {word_key(r["form"]): f"state:{r['state']}" for r in csv.DictReader(handle)}


def compound_states(word: str, kb: KnowledgeBase) -> tuple[str, ...]:
    """The states a compound demonym names, in order, or () when the word is no such compound."""
    parts = word.split("-")
    if len(parts) < 2 or kb.by_adjective(word) is not None:
        return ()
    forms = combining_forms()
    last = kb.by_adjective(parts[-1])
    states = [forms.get(word_key(p)) for p in parts[:-1]] + [last.id if last is not None else None]
    if any(s is None for s in states) or len(set(states)) < 2:
        return ()
    return tuple(s for s in states if s is not None)

"""Normalise one French temporal expression into a `DateValue`, anchored on the publication date.

Pure functions, no spaCy: the words (months, weekdays, numbers, seasons, holidays...) come from
models/temporal/lexicon.csv (`date_lexicon`); the grammar is a list of regular expressions over a
folded text (`date_rules`, `date_ranges`). Relative expressions resolve against `published`;
without it they keep their kind and precision but get start/end None (never a silent fallback).
"""

from __future__ import annotations

from datetime import date

from pipeline.dates.calendar import Ctx
from pipeline.dates.grammar import parse_folded
from pipeline.dates.lexicon import LEXICON_PATH, fold, load_lexicon, words_to_digits
from pipeline.schema import DateValue

__all__ = ["LEXICON_PATH", "fold", "load_lexicon", "normalize_date", "parse_folded"]


def normalize_date(
    text: str, published: date | None, *, anchor: date | None = None, tense: str | None = None
) -> DateValue | None:
    """Normalise one French expression (offsets 0..len(text)); None when it is not temporal."""
    ctx = Ctx(published, anchor, tense)
    val = parse_folded(words_to_digits(fold(text)), ctx)
    if val is None:
        return None
    start, end, precision, kind = val
    if ctx.relative and published is None and anchor is None:
        start = end = None
    return DateValue(text, 0, len(text), start, end, precision, kind)

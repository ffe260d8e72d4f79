"""Normalise one French temporal expression into a `DateValue`, anchored on the publication date.

Pure functions, no spaCy: the words (months, weekdays, numbers, seasons, holidays...) come from
models/temporal/lexicon.csv (`lexicon`); the grammar is a list of regular expressions over a
folded text (`grammar`, with its rules in `quantities`, `points` and `ranges`). Relative expressions
resolve against `published`; without it they keep their kind and precision but get start/end None
(never a silent fallback).
"""

from __future__ import annotations

from datetime import date

from pipeline.dates.calendar import Context
from pipeline.dates.grammar import parse_folded
from pipeline.dates.lexicon import LEXICON_PATH, fold, load_lexicon, words_to_digits
from pipeline.schema import DateValue

__all__ = ["LEXICON_PATH", "fold", "load_lexicon", "normalize_date", "parse_folded"]


def normalize_date(
    text: str,
    published: date | None,
    *,
    anchor: date | None = None,
    tense: str | None = None,
    year: int | None = None,
) -> DateValue | None:
    """Normalise one French expression (offsets 0..len(text)); None when it is not temporal.

    `anchor` is the previous date of the text (for `la veille`), `tense` the direction of the clause
    (past, present, future), `year` the year of the passage (`En 2019 ... en janvier`), which a day
    or a month written without a year takes instead of the one nearest the publication date."""
    context = Context(published, anchor, tense, year=year)
    value = parse_folded(words_to_digits(fold(text)), context)
    if value is None:
        return None
    start, end = value.start, value.end
    if context.guessed:
        start = end = None  # a date computed from no reference is no date: `22 juin` of which year?
    return DateValue(text, 0, len(text), start, end, value.precision, value.kind)

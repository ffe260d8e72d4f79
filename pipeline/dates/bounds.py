"""The written dates that bound an interval, each with its own value, as TimeML annotates them:
`depuis 1998` is the year 1998 (`depuis` is a signal), `jusqu'au 2 juin` the day 2 June, `du mercredi
3 avril au samedi 6 avril` two days. The `dates` command reports them beside the interval (with
`bound_of`); the timeline and the events keep the interval itself.

The bounds are the runs of date words (numbers, months, weekdays, units...) of the interval's
span: one run after a cue of `since`, `from` or `until` (models/temporal/cues.csv), or two runs joined by a
`range_link` word (au, à, et...). Their values come from the interval's first and last day, at its
precision, so that `du 3 au 6 avril` gives the 3rd of April to `3`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Span

from pipeline.dates.calendar import period
from pipeline.dates.cues import is_cue
from pipeline.schema import DateValue

_PERIODS = ("day", "week", "month", "year")
_CUES = ("since", "from", "until", "range_link")  # `au`, `à` are also words of lexicon phrases (au lendemain)
Bound = tuple[Span, date, date]


def interval_bounds(span: Span, value: DateValue, is_date_word: Callable[[str], bool]) -> list[Bound]:
    """(sub-span, first day, last day) of each written bound of an interval; [] for anything else."""
    precision = value.precision
    if value.kind != "interval" or precision not in _PERIODS:
        return []
    runs = _runs(span, is_date_word)
    if len(runs) == 1:
        before = [t.text for t in span[: runs[0].start - span.start]]
        if value.end is not None and any(is_cue(w, "until") for w in before):
            return [(runs[0], *period(precision, value.end))]
        if value.start is not None and any(is_cue(w, "since") or is_cue(w, "from") for w in before):
            return [(runs[0], *period(precision, value.start))]
        return []
    if len(runs) == 2 and value.start is not None and value.end is not None and value.start < value.end:
        before = [t.text for t in span[: runs[0].start - span.start]]
        between = span.doc[runs[0].end : runs[1].start]
        # `depuis 1999-2000` ends now, not in 2000: only a range's own end is a bound
        if any(is_cue(t.text, "range_link") for t in between) and not any(is_cue(w, "since") for w in before):
            return [(runs[0], *period(precision, value.start)), (runs[1], *period(precision, value.end))]
    return []


def _runs(span: Span, is_date_word: Callable[[str], bool]) -> list[Span]:
    """The maximal runs of consecutive date words of the span (cue words cut them)."""
    runs: list[Span] = []
    start = None
    for token in span:
        if is_date_word(token.lower_) and not any(is_cue(token.text, cue) for cue in _CUES):
            start = token.i if start is None else start
        elif start is not None:
            runs.append(span.doc[start : token.i])
            start = None
    if start is not None:
        runs.append(span.doc[start : span.end])
    return runs

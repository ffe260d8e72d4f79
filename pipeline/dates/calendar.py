"""Calendar arithmetic and the parsing context shared by the rule modules (pure, no spaCy)."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.dates.lexicon import load_lexicon
from pipeline.schema import DateKind, DatePrecision

DUMMY_REF = date(2000, 6, 15)  # used only to learn kind/precision when there is no publication date
DEFAULT_PIVOT_YEAR = 2020  # two-digit years without a publication date: '30 -> 2030, '31 -> 1931


def end_of_month(year: int, month: int) -> date:
    """Last day of the month."""
    return date(year, month, monthrange(year, month)[1])


def add_months(day: date, n: int) -> date:
    """day moved by n months, the day clipped to the month's length (31 Jan + 1 = 28 Feb)."""
    years, month = divmod(day.month - 1 + n, 12)
    year = day.year + years
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def period(unit: str, ref: date, offset: int = 0) -> tuple[date, date]:
    """The calendar unit containing ref, moved by offset units."""
    if unit == "day":
        d = ref + timedelta(offset)
        return d, d
    if unit in ("week", "weekend"):
        monday = ref - timedelta(ref.weekday()) + timedelta(7 * offset)
        return (monday + timedelta(5), monday + timedelta(6)) if unit == "weekend" else (monday, monday + timedelta(6))
    if unit == "month":
        s = add_months(ref.replace(day=1), offset)
        return s, end_of_month(s.year, s.month)
    if unit == "quarter":
        s = add_months(date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1), 3 * offset)
        e = add_months(s, 2)
        return s, end_of_month(e.year, e.month)
    if unit == "decade":
        y = ref.year // 10 * 10 + 10 * offset
        return date(y, 1, 1), date(y + 9, 12, 31)
    y = ref.year + offset
    return date(y, 1, 1), date(y, 12, 31)


def shift(ref: date, n: int, unit: str) -> date:
    """ref moved by n calendar units (il y a 3 semaines, dans 2 mois)."""
    if unit in ("day", "week"):
        return ref + timedelta(n * (7 if unit == "week" else 1))
    return add_months(ref, n * {"month": 1, "quarter": 3, "year": 12, "decade": 120}.get(unit, 1))


RECENT_DAYS = 7  # a day told in the future this close before the reference still means that day


def pick(candidates: Sequence[Value | None], ref: date, tense: str | None) -> Value | None:
    """Choose among periods: future -> next one, past -> last one, else the nearest (ties: past)."""
    cands = sorted((c for c in candidates if c and c.start and c.end), key=Value.sort_key)
    if tense == "future":
        ahead = next((c for c in cands if c.end >= ref), None)  # type: ignore[operator]
        behind = next((c for c in reversed(cands) if c.end < ref), None)  # type: ignore[operator]
        if ahead is not None and behind is not None and _recent_of_far(behind, ahead, ref):
            return behind
        return ahead
    if tense == "past":
        return next((c for c in reversed(cands) if c.start <= ref), None)  # type: ignore[operator]
    return min(cands, key=lambda c: (_distance(c, ref), c.start > ref), default=None)  # type: ignore[operator]


def _recent_of_far(behind: Value, ahead: Value, ref: date) -> bool:
    """`a déclaré qu'il rencontrerait X le 12 juin`, read on June 14: a day told in the future that fell
    only days before the reference was ahead when it was said (reported speech, a dateline written the
    day before); its next occurrence a year later is not what the text means."""
    if ahead.precision != "day" or behind.end is None or ahead.start is None:
        return False
    return 0 < (ref - behind.end).days <= RECENT_DAYS and (ahead.start - ref).days > 180


def _distance(value: Value, ref: date) -> int:
    """Days from ref to the period (0 when ref is inside it)."""
    start, end = value.start or ref, value.end or ref
    return 0 if start <= ref <= end else min(abs((start - ref).days), abs((end - ref).days))


def safe_date(y: int, m: int, d: int) -> date | None:
    """The date, or None for an impossible one (31 avril) instead of an exception."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


@dataclass
class Context:
    """What a rule may read: the reference dates and tense; records whether a placeholder stood in for a missing one."""

    published: date | None
    anchor: date | None
    tense: str | None
    this: bool = False
    year: int | None = None  # the year of the passage, for a day or month written without one
    guessed: bool = False  # the value leaned on DUMMY_REF: its kind is right, its dates are not

    def ref(self) -> date:
        if self.published is None:
            self.guessed = True
        return self.published or DUMMY_REF

    def anchor_or_ref(self) -> date:
        if self.anchor is None and self.published is None:
            self.guessed = True
        return self.anchor or self.published or DUMMY_REF


@dataclass(frozen=True)
class Value:
    """What a rule reads: the first and last day (None for a duration, a set, or a vague period),
    the precision and the kind of the expression."""

    start: date | None
    end: date | None
    precision: DatePrecision | None
    kind: DateKind

    def sort_key(self) -> tuple[date, date, str, str]:
        """Chronological order (start, end), as the tuples this replaces were sorted."""
        return (self.start or date.min, self.end or date.min, self.precision or "", self.kind)


UNIT_TO_PRECISION: dict[str, DatePrecision] = {
    "day": "day",
    "week": "week",
    "weekend": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
    "fortnight": "week",
}


def year_of(text: str, context: Context) -> int:
    """A written year; two digits pivot on the publication year + 10 ('98 -> 1998, '24 -> 2024).

    Without a publication date the pivot is fixed (never today's date: a rerun must give the same
    outputs next year)."""
    year = int(text.lstrip("'"))
    if year >= 100:
        return year
    pivot = ((context.published.year if context.published else DEFAULT_PIVOT_YEAR) + 10) % 100
    return 2000 + year if year <= pivot else 1900 + year


def fixed(day: date | None) -> Value | None:
    """A one-day value, None when day is None."""
    return Value(day, day, "day", "date") if day else None


def years_around(ref: date, build: Callable[[int], Value | None], tense: str | None, years: int = 1) -> Value | None:
    """A yearless expression built in the years around ref, chosen by tense (see `pick`)."""
    cands = [build(y) for y in range(ref.year - years, ref.year + years + 1)]
    return pick([c for c in cands if c], ref, tense)


def weekday_date(wd: int, ref: date, mode: str) -> date:
    """Weekday wd (0 = Monday) before/after ref: prev, next, prev_incl, next_incl or nearest."""
    back, fwd = (ref.weekday() - wd) % 7, (wd - ref.weekday()) % 7
    if mode == "prev":
        return ref - timedelta(back or 7)
    if mode == "next":
        return ref + timedelta(fwd or 7)
    if mode == "prev_incl":
        return ref - timedelta(back)
    if mode == "next_incl":
        return ref + timedelta(fwd)
    return ref - timedelta(back) if back <= fwd else ref + timedelta(fwd)


def third(start: date, end: date, part: str, precision: str) -> Value:
    """début/mi/fin: first, middle or last third of a month (days), year (quarters) or week."""
    idx = int(load_lexicon()["part"][part].split("/")[0]) - 1
    if precision == "month":
        first, last = [(1, 10), (11, 20), (21, end.day)][idx]
        return Value(start.replace(day=first), start.replace(day=last), "month", "interval")
    if precision == "year":
        first, last = [(1, 3), (4, 9), (10, 12)][idx]
        return Value(date(start.year, first, 1), end_of_month(start.year, last), "quarter", "interval")
    first, last = [(0, 1), (2, 3), (4, 6)][idx]
    return Value(start + timedelta(first), start + timedelta(last), "week", "interval")

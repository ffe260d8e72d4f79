"""Calendar arithmetic and the parsing context shared by the rule modules (pure, no spaCy)."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.dates.lexicon import load_lexicon

DUMMY_REF = date(2000, 6, 15)  # used only to learn kind/precision when there is no publication date


def eom(y: int, m: int) -> date:
    """Last day of the month."""
    return date(y, m, monthrange(y, m)[1])


def add_months(d: date, n: int) -> date:
    """d moved by n months, the day clipped to the month's length (31 Jan + 1 = 28 Feb)."""
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, min(d.day, monthrange(d.year + y, m + 1)[1]))


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
        return s, eom(s.year, s.month)
    if unit == "quarter":
        s = add_months(date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1), 3 * offset)
        e = add_months(s, 2)
        return s, eom(e.year, e.month)
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


def pick(cands: list[tuple[date, date]], ref: date, tense: str | None) -> tuple[date, date] | None:
    """Choose among periods: future -> next one, past -> last one, else the nearest (ties: past)."""
    cands = sorted(c for c in cands if c)
    if tense == "future":
        return next((c for c in cands if c[1] >= ref), None)
    if tense == "past":
        return next((c for c in reversed(cands) if c[0] <= ref), None)
    dist = lambda c: 0 if c[0] <= ref <= c[1] else min(abs((c[0] - ref).days), abs((c[1] - ref).days))  # noqa: E731
    return min(cands, key=lambda c: (dist(c), c[0] > ref), default=None)


def safe_date(y: int, m: int, d: int) -> date | None:
    """The date, or None for an impossible one (31 avril) instead of an exception."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


@dataclass
class Ctx:
    """What a rule may read: the reference dates and tense; records whether the reference was used."""

    published: date | None
    anchor: date | None
    tense: str | None
    relative: bool = False
    this: bool = False

    def ref(self) -> date:
        self.relative = True
        return self.published or DUMMY_REF

    def anchor_or_ref(self) -> date:
        self.relative = True
        return self.anchor or self.published or DUMMY_REF


Val = tuple  # (start, end, precision, kind)
UNIT_TO_PRECISION = {
    "day": "day",
    "week": "week",
    "weekend": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
    "fortnight": "week",
}


def year_of(text: str, ctx: Ctx) -> int:
    """A written year; two digits pivot on the publication year + 10 ('98 -> 1998, '24 -> 2024)."""
    y = int(text.lstrip("'"))
    if y >= 100:
        return y
    pivot = ((ctx.published or date.today()).year + 10) % 100
    return 2000 + y if y <= pivot else 1900 + y


def fixed(d: date | None, precision: str = "day", kind: str = "date") -> Val | None:
    """A one-day value, None when d is None."""
    return (d, d, precision, kind) if d else None


def years_around(ref: date, build, tense: str | None, years: int = 1) -> Val | None:
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


def third(start: date, end: date, part: str, precision: str) -> Val:
    """début/mi/fin: first, middle or last third of a month (days), year (quarters) or week."""
    idx = int(load_lexicon()["part"][part].split("/")[0]) - 1
    if precision == "month":
        bounds = [(1, 10), (11, 20), (21, end.day)][idx]
        return (start.replace(day=bounds[0]), start.replace(day=bounds[1]), "month", "interval")
    if precision == "year":
        m = [(1, 3), (4, 9), (10, 12)][idx]
        return (date(start.year, m[0], 1), eom(start.year, m[1]), "quarter", "interval")
    days = [(0, 1), (2, 3), (4, 6)][idx]
    return (start + timedelta(days[0]), start + timedelta(days[1]), "week", "interval")

"""Rules for numeric dates (2025-10-23, 23/10/25), offsets (il y a 3 jours, dans 2 mois), durations
(pendant deux heures) and counted periods (les 3 derniers mois)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.dates.calendar import (
    UNIT_TO_PRECISION,
    Context,
    Value,
    add_months,
    end_of_month,
    fixed,
    period,
    pick,
    safe_date,
    shift,
    year_of,
    years_around,
)
from pipeline.dates.grammar import rule
from pipeline.dates.lexicon import unit_of
from pipeline.schema import DatePrecision

_CLOCK_UNITS = ("hour", "minute", "second")


def precision_of(unit_word: str) -> DatePrecision | None:
    """The precision of a value counted in this unit word (semaines -> week)."""
    return UNIT_TO_PRECISION.get(unit_of(unit_word) or "")


def _month_of(day: date) -> Value:
    return Value(day.replace(day=1), end_of_month(day.year, day.month), "month", "date")


@rule("quantity", r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
def iso_date(match: re.Match[str], context: Context) -> Value | None:
    return fixed(safe_date(int(match[1]), int(match[2]), int(match[3])))


@rule("quantity", r"(?:(?:la )?saison )?((?:19|20)\d\d) ?[/-] ?(\d{4}|\d{2})")
def consecutive_years(match: re.Match[str], context: Context) -> Value | None:
    """la saison 2024/2025, 2011/12: two years, the second following the first (else 2011/10 is a month)."""
    first = int(match[1])
    second = int(match[2]) if len(match[2]) == 4 else first // 100 * 100 + int(match[2])
    if second != first + 1:
        return None
    return Value(date(first, 1, 1), date(second, 12, 31), "year", "interval")


@rule("quantity", r"(?:le )?(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4}|\d{2})")
def day_month_year_numeric(match: re.Match[str], context: Context) -> Value | None:
    return fixed(safe_date(year_of(match[3], context), int(match[2]), int(match[1])))


@rule("quantity", r"(?:le )?(\d{1,2})[/ ](\d{1,2})")
def day_month_numeric(match: re.Match[str], context: Context) -> Value | None:
    day, month = int(match[1]), int(match[2])
    return years_around(context.ref(), lambda year: fixed(safe_date(year, month, day)), context.tense)


@rule("quantity", r"le (\d{1,2})e?")
def day_alone(match: re.Match[str], context: Context) -> Value | None:
    """`le 10`: in a chronicle (`Le 4 mars, Washington a ...; le 10, Pékin a répliqué`), a day of the month
    the text last told, or of the next one when that day is already past; else the one nearest the
    publication date."""
    ref = context.ref()
    told = _day_of_month_told(int(match[1]), context.anchor, ref, context.tense)
    if told is not None:
        return told
    months = [add_months(ref.replace(day=1), k) for k in (-1, 0, 1)]
    return pick([fixed(safe_date(m.year, m.month, int(match[1]))) for m in months], ref, context.tense)


def _day_of_month_told(day: int, anchor: date | None, ref: date, tense: str | None) -> Value | None:
    """The day in the anchor's month when it falls on or after the anchor, else in the month after;
    None when the text told no day before, or when that day contradicts the clause's tense."""
    if anchor is None:
        return None
    month = anchor.replace(day=1) if day >= anchor.day else add_months(anchor.replace(day=1), 1)
    value = safe_date(month.year, month.month, day)
    if value is None or (tense == "past" and value > ref) or (tense == "future" and value < ref):
        return None
    return fixed(value)


@rule("quantity", r"il y a (?:environ |pres de |plus de |moins de |presque |a peine |moins d'|plus d')?(\d+) <UNIT>")
def ago(match: re.Match[str], context: Context) -> Value | None:
    unit = unit_of(match[2]) or ""
    if unit in _CLOCK_UNITS:
        return fixed(context.ref())
    day = shift(context.ref(), -int(match[1]), unit)
    return _month_of(day) if unit == "year" else fixed(day)


@rule("quantity", r"(dans|d'ici) (?:environ |pres de |moins de |plus de |les |un peu plus de )?(\d+) <UNIT>")
def within(match: re.Match[str], context: Context) -> Value | None:
    unit, ref, count = unit_of(match[3]) or "", context.ref(), int(match[2])
    if unit == "hour":
        day = ref + timedelta(count // 24)
    else:
        day = ref if unit in ("minute", "second") else shift(ref, count, unit)
    if match[1] == "d'ici" or "les " in match[0]:
        return Value(ref, day, "day", "interval")
    return _month_of(day) if unit == "year" else fixed(day)


@rule(
    "quantity",
    r"(?:(?:pendant|durant|en|au bout d'|au bout de|pour|sur|depuis|sous|moins de|moins d'|plus de|plus d'|"
    r"pres de|environ|d'une duree de) ?)?(?:(?:moins|plus|pres|environ) d[e'] ?|environ |presque |)"
    r"(\d+|quelques|plusieurs|des|de nombreux|de nombreuses|de longs|de longues|\d+ <UNIT> et) <UNIT>",
)
def duration(match: re.Match[str], context: Context) -> Value | None:
    return Value(None, None, precision_of(match[3]), "duration")


@rule("quantity", r"(\d+) <UNIT> (plus tard|apres|plus tot|avant|auparavant|d'avant|de plus)")
def counted_from_anchor(match: re.Match[str], context: Context) -> Value | None:
    unit = unit_of(match[2]) or ""
    count = int(match[1]) * (1 if match[3] in ("plus tard", "apres", "de plus") else -1)
    if unit == "hour" and count % 24 == 0:
        count, unit = count // 24, "day"  # `48 heures plus tard`: whole days, whatever the hour it starts
    if unit in _CLOCK_UNITS:
        return None
    if unit in ("year", "decade") and context.anchor is None:
        # `30 ans plus tard` tells a story's time, never the publication's: without a date to count from
        return Value(None, None, "day", "date")
    return fixed(shift(context.anchor_or_ref(), count, unit))


@rule("quantity", r"(quelques|plusieurs) <UNIT> (plus tard|apres|plus tot|avant|auparavant)")
def vaguely_counted_from_anchor(match: re.Match[str], context: Context) -> Value | None:
    """`Quelques jours plus tôt, X avait expulsé ...`: some time before the date told last, no day of it; the
    clause is not of that day. Hours (`quelques heures plus tôt`) stay on it."""
    if unit_of(match[2]) in _CLOCK_UNITS:
        return None
    return Value(None, None, precision_of(match[2]), "vague")


@rule(
    "quantity",
    r"(?:les |ces )?(\d+) (?:(derniers|dernieres|dernier|derniere|prochains|prochaines|prochain) <UNIT>|"
    r"<UNIT> (passes|passees|suivants|suivantes|suivant|precedents|precedentes|a venir|ecoules|ecoulees))",
)
def last_or_next_n(match: re.Match[str], context: Context) -> Value | None:
    unit = unit_of(match[3] or match[4]) or ""
    if unit not in UNIT_TO_PRECISION:
        return None
    back = (match[2] or match[5]).startswith(("dern", "pass", "prec", "ecoul"))
    count, ref = int(match[1]), context.ref()
    first = period(unit, ref, -count if back else 1)[0]
    last = period(unit, ref, -1 if back else count)[1]
    return Value(first, last, UNIT_TO_PRECISION[unit], "interval")


@rule("quantity", r"(?:ces|les) (?:(?:quelques|dernieres|derniers|prochaines|prochains) )+<UNIT>")
def vague_period(match: re.Match[str], context: Context) -> Value | None:
    return Value(None, None, precision_of(match[1]), "vague")

"""Rules that combine expressions: since/from/until, the eve of, week of, nth weekday, parts of a period,
and ranges (du 3 au 5 mai, de mars à juin); each parses its parts with the grammar (`parse_folded`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.dates.calendar import (
    Context,
    Value,
    add_months,
    end_of_month,
    fixed,
    period,
    safe_date,
    third,
    weekday_date,
)
from pipeline.dates.grammar import parse_folded, rule
from pipeline.dates.lexicon import TemporalWords, temporal_words
from pipeline.schema import DatePrecision


def _forward(context: Context) -> str:
    """`jusqu'au 30 juin`, `à compter du 1er août` point ahead, unless the verb is in the past."""
    return "past" if context.tense == "past" else "future"


@rule("range", r"depuis (.+)")
def since(match: re.Match[str], context: Context) -> Value | None:
    # `depuis samedi`, `depuis le 3 mars`: what started then goes on, so the start lies behind, even in
    # a present clause (`Israël bombarde depuis samedi la bande de Gaza`)
    tense, context.tense = context.tense, "past"
    value = parse_folded(match[1], context)
    if not value or value.kind == "duration" or value.start is None:
        context.tense = tense
        return None
    end = max(context.published, value.end) if context.published and value.end else None
    return Value(value.start, end, value.precision, "interval")


@rule("range", r"(?:a partir|a compter|a dater|des) (?:du |de la |de l'|de |d')?(.+)")
def from_onwards(match: re.Match[str], context: Context) -> Value | None:
    tense, context.tense = context.tense, _forward(context)
    value = parse_folded(match[1], context)
    if not value or not value.start:
        context.tense = tense
        return None
    closed = value.kind == "interval" and "jusqu'" in match[1]  # "à partir de demain jusqu'à vendredi"
    return Value(value.start, value.end if closed else None, value.precision, "interval")


@rule("range", r"(jusqu'|d'ici )(?:au |a la |a l'|a |en |la |l'|le )?(.+)")
def until(match: re.Match[str], context: Context) -> Value | None:
    tense, context.tense = context.tense, "future" if match[1] == "d'ici " else _forward(context)
    value = parse_folded(match[2], context)
    if not value or value.end is None:
        context.tense = tense
        return None
    return Value(context.ref() if match[1] == "d'ici " else None, value.end, value.precision, "interval")


@rule(
    "range",
    r"(la veille|l'avant-veille|le lendemain|le surlendemain|le jour d'avant|le jour d'apres)"
    r" (?:du |de la |de l'|de |d')(.+)",
)
def day_around(match: re.Match[str], context: Context) -> Value | None:
    value = parse_folded(match[2], context)
    offset = int(temporal_words().anaphoric.get(match[1], 0))
    return fixed(value.start + timedelta(offset)) if value and value.start and value.precision == "day" else None


@rule("range", r"(?:la )?semaine (?:du|de) (.+)")
def week_of(match: re.Match[str], context: Context) -> Value | None:
    value = parse_folded(match[1], context)
    if not value or not value.start or value.precision != "day":
        return None
    # a week named by its Sunday starts the day after
    monday = value.start + timedelta(1) if value.start.weekday() == 6 else value.start
    return Value(*period("week", monday), "week", "date")


@rule("range", r"(?:le |la )?(\de|dernier|derniere) (?:(<WEEKDAY_WORDS>)|(jour|semaine)) (?:du |de |d')(.+)")
def nth_in_month(match: re.Match[str], context: Context) -> Value | None:
    """le 2e mardi de mars, le dernier jour de mai, la 1re semaine de juin."""
    value = parse_folded(match[4], context)
    if not value or not value.start or not value.end or value.precision != "month":
        return None
    last = match[1].startswith("dern")
    if match[3] == "jour":
        return fixed(value.end if last else safe_date(value.start.year, value.start.month, int(match[1][0])))
    # a week is the one starting on the first / ending on the last Sunday
    weekday = int(temporal_words().weekday[match[2]]) if match[2] else 0
    first = value.start + timedelta((weekday - value.start.weekday()) % 7)
    if last:
        target = 6 if match[3] else weekday
        day = value.end - timedelta((value.end.weekday() - target) % 7) - timedelta(6 if match[3] else 0)
    else:
        day = first + timedelta(7 * (int(match[1][0]) - 1))
    if day > value.end:
        return None
    return Value(day, day + timedelta(6), "week", "date") if match[3] else fixed(day)


@rule("range", r"(?:la )?(1|2)e quinzaine (?:de |d'|du mois de |du mois d')?(.+)")
def fortnight(match: re.Match[str], context: Context) -> Value | None:
    value = parse_folded(match[2], context)
    if not value or not value.start or not value.end or value.precision != "month":
        return None
    if match[1] == "1":
        return Value(value.start, value.start.replace(day=15), "month", "interval")
    return Value(value.start.replace(day=16), value.end, "month", "interval")


_NAMED_UNITS: dict[str, DatePrecision] = {"mois": "month", "annee": "year", "an": "year", "semaine": "week"}


@rule(
    "range",
    r"(?:en |au |a la |a |vers la |des la |des le )?(debut|mi|milieu|fin)(?:-| )(?:de la |de l'|du |de |d')?(.+)",
)
def part_of_period(match: re.Match[str], context: Context) -> Value | None:
    """début/mi/fin de mois, de l'année, de mars: a third of the period (see `third`)."""
    unit = _NAMED_UNITS.get(match[2])
    value: Value | None
    if unit:
        ref = context.anchor_or_ref()
        value = Value(*period(unit, ref), unit, "date")
        part = third(*period(unit, ref), match[1], unit)
        # with a tense, "en début de mois" is the next (future) or last (past) such part, not a bygone one
        bygone = (context.tense == "future" and part.end and part.end < ref) or (
            context.tense == "past" and part.start and part.start > ref
        )
        if bygone:
            value = Value(*period(unit, ref, 1 if context.tense == "future" else -1), unit, "date")
    else:
        value = parse_folded(match[2], context)
    if not value or not value.start or not value.end or value.precision not in ("month", "year", "week"):
        return None
    return third(value.start, value.end, match[1], value.precision)


@rule("range", r"les (\d{1,2})e? (?:\d{1,2}e? )*et (\d{1,2}e? .+)")
def day_list(match: re.Match[str], context: Context) -> Value | None:
    """les 14, 15 et 16 mars: as one value, the days it spans (the tagger gives each day its own span)."""
    right = parse_folded(match[2], context)
    if not right or not right.start or not right.end or right.precision != "day" or right.kind != "date":
        return None
    first = safe_date(right.start.year, right.start.month, int(match[1]))
    if first and first > right.start:
        first = add_months(first, -1)
    return Value(first, right.end, "day", "interval") if first else None


@rule("interval", r"(.+?)(?: (?:au|a|jusqu'au|jusqu'a|jusqu'en|et le|et la|et) | ?[-\u2013] ?)(?:le |la )?(.+)")
def interval(match: re.Match[str], context: Context) -> Value | None:
    """The catch-all range `X au/à/et/- Y`, tried last: Y gives the month/year missing from X."""
    words = temporal_words()
    bare_days = re.fullmatch(r"\d{1,2}e?", match[2]) and re.fullmatch(
        words.expand(r"(?:(?:du|entre|le) )*(?:<WEEKDAY> )?\d{1,2}e?"), match[1]
    )
    right = parse_folded("le " + match[2] if bare_days else match[2], context)
    if not right or right.start is None or right.end is None or right.kind != "date":
        return None
    left = _left_side(match[1], right, context, words)
    weekday = words.weekday.get(match[2])
    if left and left.start and weekday is not None and left.start > right.end:  # "de demain à vendredi": next Friday
        right = fixed(weekday_date(int(weekday), left.start, "next_incl")) or right
    if not left or left.start is None or right.end is None or left.start > right.end:
        return None
    return Value(left.start, right.end, right.precision, "interval")


def _left_side(text: str, right: Value, context: Context, words: TemporalWords) -> Value | None:
    """Left side of an interval: missing month and year are taken from the right side."""
    right_start, precision = right.start, right.precision
    assert right_start is not None
    match = re.fullmatch(
        words.expand(r"(?:(?:du|de|entre|le) )*(?:<WEEKDAY> )?(\d{1,2})e?(?: <MONTH>)?(?: (\d{4}))?"), text
    )
    if match and precision == "day":
        year = int(match[4]) if match[4] else right_start.year
        month = int(words.month[match[3]]) if match[3] else right_start.month
        day = safe_date(year, month, int(match[2]))
        if day and day > right_start and not match[4]:
            day = safe_date(day.year - 1, day.month, day.day) if match[3] else add_months(day, -1)
        return fixed(day)
    match = re.fullmatch(words.expand(r"(?:(?:du|de|d'|entre) ?)*<MONTH>"), text)
    if match and precision == "month":
        start = date(right_start.year, int(words.month[match[1]]), 1)
        start = start.replace(year=start.year - 1) if start > right_start else start
        return Value(start, end_of_month(start.year, start.month), "month", "date")
    match = re.fullmatch(words.expand(r"(?:(?:du|de|entre|la nuit de) )*<WEEKDAY>"), text)
    if match and precision == "day":
        return fixed(right_start - timedelta((right_start.weekday() - int(words.weekday[match[1]])) % 7))
    return parse_folded(text, context)

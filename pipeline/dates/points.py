"""Rules for named points and periods: deictic words (hier), weekdays, day + month, months, seasons,
quarters, decades, years and holidays (le 14 juillet, mardi prochain, à l'automne, en 2023)."""

from __future__ import annotations

import re
from collections.abc import Callable
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
    weekday_date,
    year_of,
    years_around,
)
from pipeline.dates.grammar import parse_folded, rule
from pipeline.dates.lexicon import rel_offset, temporal_words, unit_of

_FILLER = re.compile(
    r"(?:(le|la|les|en|au|aux|du|de|a|pour|vers|courant|dans le courant de|au cours de|au cours du|"
    r"au cours des|entre|ce|cet|cette|dans|autour du|aux alentours du|jusqu'a la) |(l'|d'))(.+)"
)


_NEW_PERIOD_LEAD_DAYS = 61


@rule("point", r"(.+)")
def deictic_or_filler(match: re.Match[str], context: Context) -> Value | None:
    """hier, la veille; else the expression without its leading article or preposition."""
    words, text = temporal_words(), match[1]
    if text in words.deictic:
        return fixed(context.ref() + timedelta(int(words.deictic[text])))
    if text in words.anaphoric:
        return fixed(context.anchor_or_ref() + timedelta(int(words.anaphoric[text])))
    if text in words.part_of_day:  # the tagger gives an anchor only from the same sentence
        return fixed(context.anchor_or_ref())
    if text in words.new_period:  # la nouvelle année: from November on, the one about to start
        start, end = period(words.new_period[text], context.ref() + timedelta(_NEW_PERIOD_LEAD_DAYS))
        return Value(start, end, UNIT_TO_PRECISION[words.new_period[text]], "date")
    if text in ("dans la semaine", "dans la journee"):
        if text.endswith("journee"):
            return fixed(context.ref())
        return Value(*period("week", context.ref()), "week", "date")
    filler = _FILLER.fullmatch(text)
    if filler is None or filler[3] in words.deictic:
        return None
    context.this = context.this or filler[1] in ("ce", "cet", "cette")
    return parse_folded(filler[3], context)


@rule("point", r"(?:(?:dans|durant|pendant|au cours de) la nuit(?: derniere)?|la nuit derniere)")
def the_night(match: re.Match[str], context: Context) -> Value | None:
    """`dans la nuit` of wire copy: the night that ends on the publication day (past or present
    clause), or the one that starts on it (future clause); `la nuit dernière`, with or without its
    preposition, is always the night before. A night spans two days."""
    ref = context.ref()
    if context.tense == "future" and "derniere" not in match[0]:
        return Value(ref, ref + timedelta(1), "day", "interval")
    return Value(ref - timedelta(1), ref, "day", "interval")


@rule("point", r"(?:courant|cours) (?:du |de la |de l')(mois|semaine|annee)(?: <RELATIVE>)?")
def course_of_unit(match: re.Match[str], context: Context) -> Value | None:
    """`dans le courant du mois`, `au cours de la semaine`: the unit the report is written in (or
    the one its relative word names: `courant du mois prochain`)."""
    unit = unit_of(match[1]) or ""
    start, end = period(unit, context.ref(), rel_offset(match[2]) or 0)
    return Value(start, end, UNIT_TO_PRECISION[unit], "date")


@rule("point", r"en semaine")
def weekdays_set(match: re.Match[str], context: Context) -> Value | None:
    return Value(None, None, "day", "set")  # "on weekdays": a recurring set, not one week


@rule("point", r"(semaine|mois|an|annee|trimestre|week-end|weekend|decennie)(-ci)?(?: <RELATIVE>)?")
def unit_relative(match: re.Match[str], context: Context) -> Value | None:
    unit, relative = unit_of(match[1]) or "", match[3]
    this = context.this or match[2]
    if relative is None and unit == "weekend":  # `le week-end`, `ce week-end`: the one of this week,
        # or in a past clause of a weekday the one just gone (`ont frappé ce week-end`, told on Monday)
        past = context.tense == "past" and context.ref().weekday() < 5
        start, end = period(unit, context.ref(), -1 if past else 0)
        return Value(start, end, "week", "date")
    if relative is None and not this:
        return None
    anaphoric = relative in ("suivant", "suivante", "qui suit", "d'apres", "precedent", "precedente", "d'avant")
    ref = context.anchor_or_ref() if anaphoric else context.ref()
    offset = rel_offset(relative) or 0
    if relative is None and unit == "week" and context.tense == "future" and ref.weekday() == 6:
        offset = 1  # `doit recevoir cette semaine`, told on a Sunday: the week that starts the next day
    start, end = period(unit, ref, offset)
    return Value(start, end, UNIT_TO_PRECISION[unit], "date")


@rule("point", r"<WEEKDAY>(?: <RELATIVE>)?")
def weekday(match: re.Match[str], context: Context) -> Value | None:
    day, relative = int(temporal_words().weekday[match[1]]), match[2]
    if relative in ("dernier", "passe", "precedent", "d'avant"):
        anaphoric = relative in ("precedent", "d'avant")
        return fixed(weekday_date(day, context.anchor_or_ref() if anaphoric else context.ref(), "prev"))
    if relative in ("prochain", "suivant", "d'apres", "qui suit"):
        return fixed(weekday_date(day, context.ref() if relative == "prochain" else context.anchor_or_ref(), "next"))
    # `doit être reçu jeudi` in a paper of Thursday is that day (a week later is `jeudi prochain`)
    mode = {"future": "next_incl", "past": "prev_incl"}.get(context.tense or "", "nearest")
    return fixed(weekday_date(day, context.ref(), mode))


@rule("point", r"<WEEKDAY> (?:de )?(?:la |cette )?semaine(?: <RELATIVE>)?")
def weekday_of_week(match: re.Match[str], context: Context) -> Value | None:
    if match[2] is None and "cette" not in match[0]:
        return None
    monday = period("week", context.ref(), rel_offset(match[2]) or 0)[0]
    return fixed(monday + timedelta(int(temporal_words().weekday[match[1]])))


@rule("point", r"<WEEKDAY> en (8|15)")
def weekday_in_a_week_or_two(match: re.Match[str], context: Context) -> Value | None:
    day = weekday_date(int(temporal_words().weekday[match[1]]), context.ref(), "next_incl")
    return fixed(day + timedelta(7 if match[2] == "8" else 14))


_MONTHLESS_REACH = 45  # days from the reference within which `jeudi 17` (no month) is written


@rule("point", r"<WEEKDAY> (\d{1,2})e?(?: <MONTH>(?: (\d{4}|'?\d{2}))?)?")
def weekday_and_day(match: re.Match[str], context: Context) -> Value | None:
    """lundi 20 (octobre): the weekday tells which month and year, unless it is a typo."""
    words = temporal_words()
    weekday_number, day = int(words.weekday[match[1]]), int(match[2])
    if match[3] and match[4]:
        return fixed(safe_date(year_of(match[4], context), int(words.month[match[3]]), day))
    ref = context.ref()
    if match[3]:
        month = int(words.month[match[3]])
        cands = [fixed(safe_date(y, month, day)) for y in range(ref.year - 1, ref.year + 2)]
    else:
        months = [add_months(ref.replace(day=1), k) for k in range(-12, 13)]
        cands = [fixed(safe_date(m.year, m.month, day)) for m in months]
    found = [c for c in cands if c]
    good = [c for c in found if c.start and c.start.weekday() == weekday_number]
    if not match[3] and not any(c.start and abs((c.start - ref).days) <= _MONTHLESS_REACH for c in good):
        # `jeudi 17` with no month is a day of this month or the next or last: when none of them has
        # its 17th on a Thursday, the number counts something (`a sanctionné jeudi 17 Saoudiens`)
        return None
    # the weekday outranks the tense, unless it points more than a month to the wrong side (a typo)
    near = pick(good, ref, None)
    if context.tense and near and near.start and abs((near.start - ref).days) > 31:
        return pick(good, ref, context.tense) or pick(found, ref, context.tense) or near
    return pick(good, ref, context.tense) or pick(good or found, ref, None)


@rule(
    "point",
    r"(?:le )?(\d{1,2})e? (?:(?:du |de ce |de )mois(?:-ci)?(?: <RELATIVE>)?|(?:du |de )?mois <RELATIVE>)",
)
def day_of_relative_month(match: re.Match[str], context: Context) -> Value | None:
    """le 23 du mois prochain; "4 mois" alone stays a duration."""
    first = period("month", context.ref(), rel_offset(match[2] or match[3]) or 0)[0]
    return fixed(safe_date(first.year, first.month, int(match[1])))


# `le 1er octobre prochain`, `en juin dernier`, `les 9 et 23 juin prochains`: the word after the date
# gives its direction (prochain: the coming one, dernier/passé: the last one), whatever the verb says
_AFTER = r"(?: (prochaine?s?|derniere?s?|passee?s?))?"


def _in_passage(build: Callable[[int], Value | None], word: str | None, context: Context) -> Value | None:
    """The value in the year of the passage (`En 2019 ... en janvier`, see `normalize_date`), unless
    `prochain`/`dernier` ties it to the publication date, or it would contradict the clause's direction
    (`d'ici janvier` in a passage about this year: next January)."""
    if context.year is None or word:
        return None
    value = build(context.year)
    ref = context.published
    if value is None or ref is None or value.start is None or value.end is None:
        return value
    if (context.tense == "future" and value.end < ref) or (context.tense == "past" and value.start > ref):
        return None
    return value


def _direction(word: str | None, context: Context) -> str | None:
    if word:
        return "future" if word.startswith("prochain") else "past"
    return context.tense


@rule("point", r"(\d{1,2})e? (?:jour d'|jour de )?<MONTH>(?: (\d{4}|'?\d{2}))?" + _AFTER)
def day_month(match: re.Match[str], context: Context) -> Value | None:
    month, day = int(temporal_words().month[match[2]]), int(match[1])
    if match[3]:
        return fixed(safe_date(year_of(match[3], context), month, day))
    build = lambda year: fixed(safe_date(year, month, day))  # noqa: E731
    return _in_passage(build, match[4], context) or years_around(context.ref(), build, _direction(match[4], context))


@rule("point", r"(?:<WEEKDAY> )?<MONTH> (\d{1,2}) (\d{4})")
def month_day_year(match: re.Match[str], context: Context) -> Value | None:
    return fixed(safe_date(int(match[4]), int(temporal_words().month[match[2]]), int(match[3])))


def month_value(year: int, month: int) -> Value:
    """The whole month as a value."""
    return Value(date(year, month, 1), end_of_month(year, month), "month", "date")


@rule("point", r"(?:(\d{1,2}) ?[/-] ?(\d{4})|(\d{4}) ?[/-] ?(\d{1,2}))")
def numeric_month(match: re.Match[str], context: Context) -> Value | None:
    year, month = int(match[2] or match[3]), int(match[1] or match[4])
    return month_value(year, month) if 1 <= month <= 12 and 1000 <= year <= 2199 else None


# a two-digit year after a month only when it cannot be a day number: mars 08, juin '95, mai 89
_MONTH_YEAR = r"(\d{4}|'\d{2}|0\d|3[2-9]|[4-9]\d)"


@rule("point", r"(?:mois (?:de |d'))?(?:<MONTH_FULL>|<MONTH>(?= \d))(?: (?:de l'annee )?" + _MONTH_YEAR + ")?" + _AFTER)
def month(match: re.Match[str], context: Context) -> Value | None:
    month = int(temporal_words().month[match[1] or match[2]])
    if match[3]:
        return month_value(year_of(match[3], context), month)
    build = lambda year: month_value(year, month)  # noqa: E731
    return _in_passage(build, match[4], context) or years_around(context.ref(), build, _direction(match[4], context))


@rule("point", r"(?:en|annee) '?(\d{2})")
def two_digit_year(match: re.Match[str], context: Context) -> Value | None:
    """en 95, en '08: the year of the last century or this one nearest the publication (see `year_of`)."""
    number = year_of(match[1], context)
    return Value(date(number, 1, 1), date(number, 12, 31), "year", "date")


@rule("point", r"<SEASON>(?: (<RELATIVE_WORDS>|\d{4}))?")
def season(match: re.Match[str], context: Context) -> Value | None:
    (month1, day1), (month2, day2) = [map(int, x.split("-")) for x in temporal_words().season[match[1]].split("/")]

    def build(year: int) -> Value:
        return Value(date(year, month1, day1), date(year + (month2 < month1), month2, day2), "season", "date")

    if match[2] and match[2].isdigit():
        return build(int(match[2]) - (month2 < month1))
    ref = context.ref()
    cands = [build(year) for year in range(ref.year - 2, ref.year + 2)]
    offset = rel_offset(match[2])
    if offset == -1:
        return [c for c in cands if c.end and c.end < ref][-1]
    if offset == 1:
        return [c for c in cands if c.start and c.start > ref][0]
    return pick(cands, ref, None if context.this else context.tense)


@rule("point", r"(?:(\d)e trimestre|t(\d))(?: (?:de |d')?(?:l'annee )?(\d{4}))?")
def quarter(match: re.Match[str], context: Context) -> Value | None:
    number = int(match[1] or match[2])
    if not 1 <= number <= 4:
        return None

    def build(year: int) -> Value:
        return Value(*period("quarter", date(year, 3 * number - 2, 1)), "quarter", "date")

    return build(int(match[3])) if match[3] else years_around(context.ref(), build, context.tense)


@rule("point", r"(?:les |des )?annees (\d{2}|\d{4})")
def decade(match: re.Match[str], context: Context) -> Value | None:
    year = int(match[1])
    year = year if year >= 100 else (2000 + year if year in (0, 10) else 1900 + year)
    return Value(date(year, 1, 1), date(year + 9, 12, 31), "decade", "date") if year % 10 == 0 else None


@rule("point", r"(?:annee |an )?(\d{4})")
def year(match: re.Match[str], context: Context) -> Value | None:
    number = int(match[1])
    return Value(date(number, 1, 1), date(number, 12, 31), "year", "date") if 1000 <= number <= 2199 else None


@rule("point", r"(?:jour de (?:la )?|journee de (?:la )?|fete de (?:la )?)?<HOLIDAY>(?: (\d{4}))?")
def holiday(match: re.Match[str], context: Context) -> Value | None:
    month, day = map(int, temporal_words().holiday[match[1]].split("-"))
    if match[2]:
        return fixed(date(int(match[2]), month, day))
    return years_around(context.ref(), lambda year: fixed(date(year, month, day)), context.tense)

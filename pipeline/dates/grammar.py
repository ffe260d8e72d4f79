"""The grammar of French temporal expressions: regular expressions over folded text, tried in order.

`parse_folded` is the entry point; rules here read one point or quantity (a day, a month, a weekday,
a duration); the rules that combine expressions (since, until, ranges, parts of a month) live in
`date_ranges` and call `parse_folded` back on their parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from pipeline.dates import ranges as date_ranges
from pipeline.dates.calendar import (
    UNIT_TO_PRECISION,
    Ctx,
    Val,
    add_months,
    eom,
    fixed,
    period,
    pick,
    safe_date,
    shift,
    weekday_date,
    year_of,
    years_around,
)
from pipeline.dates.lexicon import Lex, load_lexicon, rel_offset, unit_of


def parse_folded(s: str, ctx: Ctx) -> Val | None:
    """Try every rule of the grammar on a folded expression; the first that matches wins."""
    s = s.strip()
    if not s:
        return None
    if s not in load_lexicon()["deictic"]:
        stripped = strip_time(s)
        if stripped != s:
            return parse_folded(stripped, ctx) if stripped else None
    for pattern, handler in _rules():
        m = pattern.fullmatch(s)
        if m:
            saved = ctx.relative
            val = handler(m, ctx)
            if val is not None:
                return val
            ctx.relative = saved
    return None


# ---- the grammar -----------------------------------------------------------------------------

_TIME = r"(?:\d{1,2} ?(?:h|heures?)(?: ?\d{1,2}(?: ?(?:min|minutes?))?)?|\d{1,2}:\d{2}(?::\d{2})?|midi|minuit)"
_COMPACT_TIME = r"(?:\d{1,2}h\d{0,2}|\d{1,2}:\d{2}(?::\d{2})?)"
_TIME_CUE = (
    r"(?:(?<!\by )a|vers|des|aux alentours de|autour de|a environ|environ|plutot vers|a partir de|apres|avant"
    r"|jusqu'a|plus tard que)"
)
_TIME_TAIL = (
    r"(?: (?:du matin|du mat|du soir|de l'apres-midi|dans la soiree|dans la matinee|cet|utc|gmt|heure locale"
    r"|heure de paris))?"
)
_TIME_STRIPS = [  # hours are out of scope: they are removed, the day they qualify stays
    (re.compile(rf"\b(?:de|entre) {_TIME} (?:a|et|jusqu'a|-) {_TIME}"), ""),
    (re.compile(rf"\b{_TIME_CUE} {_TIME}{_TIME_TAIL}(?![\w:])"), ""),
    (re.compile(rf"(?<![\w:]){_COMPACT_TIME}{_TIME_TAIL}(?![\w:])"), ""),
    (re.compile(r"(?<=\w) (?:au |dans la |en |le |l')?(?:matin|soir|apres-midi|soiree|matinee|nuit|mat)$"), ""),
    (
        re.compile(
            r"^(?:dans |durant |pendant |au cours de )?(?:la |le |l')?(?:nuit|soiree|matinee|journee|matin|soir|"
            r"apres-midi) (?=(?:du|de|d') ?)"
        ),
        "",
    ),
    (re.compile(r"(?<=\d)t\d{2}:\d{2}\S*$"), ""),
]
_FILLER = re.compile(
    r"(?:(le|la|les|en|au|aux|du|de|a|pour|vers|courant|dans le courant de|au cours de|au cours du|"
    r"au cours des|entre|ce|cet|cette|dans|autour du|aux alentours du|jusqu'a la) |(l'|d'))(.+)"
)


def strip_time(s: str) -> str:
    for pattern, repl in _TIME_STRIPS:
        s = pattern.sub(repl, s).strip()
    return re.sub(r"\s+", " ", s)


@lru_cache(maxsize=1)
def _rules() -> list[tuple[re.Pattern, Callable]]:
    """The grammar: (regex over the folded text, handler) pairs, tried in order."""
    g = Lex()
    R: list[tuple[str, Callable]] = []

    def rule(pattern: str):
        def deco(fn):
            R.append((pattern, fn))
            return fn

        return deco

    _quantity_rules(rule, g)
    date_ranges.range_rules(rule, g, parse_folded)
    _point_rules(rule, g)
    date_ranges.interval_rules(rule, g, parse_folded)
    return [(re.compile(p), fn) for p, fn in R]


def _prec_of(unit: str) -> str | None:
    return UNIT_TO_PRECISION.get(unit_of(unit) or "")


def _quantity_rules(rule, g: Lex) -> None:
    """Numeric dates, offsets (il y a, dans), durations and counted periods."""

    @rule(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
    def iso(m, c):
        return fixed(safe_date(int(m[1]), int(m[2]), int(m[3])))

    @rule(r"(?:le )?(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4}|\d{2})")
    def dmy(m, c):
        return fixed(safe_date(year_of(m[3], c), int(m[2]), int(m[1])))

    @rule(r"(?:le )?(\d{1,2})[/ ](\d{1,2})")
    def dm(m, c):
        return years_around(c.ref(), lambda y: fixed(safe_date(y, int(m[2]), int(m[1]))), c.tense)

    @rule(r"le (\d{1,2})e?")
    def day_alone(m, c):
        ref = c.ref()
        months = [add_months(ref.replace(day=1), k) for k in (-1, 0, 1)]
        return pick([fixed(safe_date(x.year, x.month, int(m[1]))) for x in months], ref, c.tense)

    @rule(rf"il y a (?:environ |pres de |plus de |moins de |presque |a peine |moins d'|plus d')?(\d+) {g.UNIT}")
    def ago(m, c):
        unit = unit_of(m[2])
        if unit in ("hour", "minute", "second"):
            return fixed(c.ref())
        d = shift(c.ref(), -int(m[1]), unit)
        return (d.replace(day=1), eom(d.year, d.month), "month", "date") if unit == "year" else fixed(d)

    @rule(rf"(dans|d'ici) (?:environ |pres de |moins de |plus de |les |un peu plus de )?(\d+) {g.UNIT}")
    def within(m, c):
        unit, ref = unit_of(m[3]), c.ref()
        d = (
            ref + timedelta(int(m[2]) // 24)
            if unit == "hour"
            else ref
            if unit in ("minute", "second")
            else shift(ref, int(m[2]), unit)
        )
        if m[1] == "d'ici" or "les " in m[0]:
            return (ref, d, "day", "interval")
        return (d.replace(day=1), eom(d.year, d.month), "month", "date") if unit == "year" else fixed(d)

    @rule(
        rf"(?:(?:pendant|durant|en|au bout d'|au bout de|pour|sur|depuis|sous|moins de|moins d'|plus de|plus d'|"
        rf"pres de|environ|d'une duree de) ?)?(?:(?:moins|plus|pres|environ) d[e'] ?|environ |presque |)"
        rf"(\d+|quelques|plusieurs|des|de nombreux|de nombreuses|de longs|de longues|\d+ {g.UNIT} et) {g.UNIT}"
    )
    def duration(m, c):
        return (None, None, _prec_of(m[3]), "duration")

    @rule(rf"(\d+) {g.UNIT} (plus tard|apres|plus tot|avant|auparavant|d'avant|de plus)")
    def counted(m, c):
        unit = unit_of(m[2])
        n = int(m[1]) * (1 if m[3] in ("plus tard", "apres", "de plus") else -1)
        return fixed(shift(c.anchor_or_ref(), n, unit)) if unit not in ("hour", "minute", "second") else None

    @rule(
        rf"(?:les |ces )?(\d+) (?:(derniers|dernieres|dernier|derniere|prochains|prochaines|prochain) {g.UNIT}|"
        rf"{g.UNIT} (passes|passees|suivants|suivantes|suivant|precedents|precedentes|a venir|ecoules|ecoulees))"
    )
    def last_n(m, c):
        unit = unit_of(m[3] or m[4])
        if unit not in UNIT_TO_PRECISION:
            return None
        back = (m[2] or m[5]).startswith(("dern", "pass", "prec", "ecoul"))
        n, ref = int(m[1]), c.ref()
        first = period(unit, ref, -n if back else 1)[0]
        last = period(unit, ref, -1 if back else n)[1]
        return (first, last, UNIT_TO_PRECISION[unit], "interval")

    @rule(rf"(?:ces|les) (?:(?:quelques|dernieres|derniers|prochaines|prochains) )+{g.UNIT}")
    def vague(m, c):
        return (None, None, _prec_of(m[1]), "vague")


def _point_rules(rule, g: Lex) -> None:
    """Named points and periods: deictic words, weekdays, day + month, months, seasons, years, holidays."""
    sub = parse_folded

    @rule(r"(.+)")
    def filler(m, c):
        if m[1] in g.deictic:
            return fixed(c.ref() + timedelta(int(g.deictic[m[1]])))
        if m[1] in g.anaphoric:
            return fixed(c.anchor_or_ref() + timedelta(int(g.anaphoric[m[1]])))
        if m[1] in ("dans la semaine", "dans la journee"):
            return fixed(c.ref()) if m[1].endswith("journee") else (*period("week", c.ref()), "week", "date")
        f = _FILLER.fullmatch(m[1])
        if f is None or f[3] in g.deictic:
            return None
        c.this = c.this or f[1] in ("ce", "cet", "cette")
        return sub(f[3], c)

    @rule(r"en semaine")
    def weekdays_set(m, c):
        return (None, None, "day", "set")  # "on weekdays": a recurring set, not one week

    @rule(rf"(semaine|mois|an|annee|trimestre|week-end|weekend|decennie)(-ci)?(?: ({g.REL[1:-1]}))?")
    def unit_rel(m, c):
        unit = unit_of(m[1])
        if m[3] is None and not (c.this or m[2]) and unit == "weekend":  # "le week-end": the one of this week
            s, e = period(unit, c.ref(), -1 if c.tense == "past" and c.ref().weekday() < 5 else 0)
            return (s, e, "week", "date")
        if m[3] is None and not (c.this or m[2]):
            return None
        anaphoric = m[3] in ("suivant", "suivante", "qui suit", "d'apres", "precedent", "precedente", "d'avant")
        ref = c.anchor_or_ref() if anaphoric else c.ref()
        s, e = period(unit, ref, rel_offset(m[3]) or 0)
        return (s, e, UNIT_TO_PRECISION[unit], "date")

    @rule(rf"{g.WD}(?: ({g.REL[1:-1]}))?")
    def weekday(m, c):
        wd, rel = int(g.wd[m[1]]), m[2]
        if rel in ("dernier", "passe", "precedent", "d'avant"):
            return fixed(weekday_date(wd, c.anchor_or_ref() if rel in ("precedent", "d'avant") else c.ref(), "prev"))
        if rel in ("prochain", "suivant", "d'apres", "qui suit"):
            return fixed(weekday_date(wd, c.ref() if rel == "prochain" else c.anchor_or_ref(), "next"))
        mode = {"future": "next_incl" if c.this else "next", "past": "prev_incl"}.get(c.tense or "", "nearest")
        return fixed(weekday_date(wd, c.ref(), mode))

    @rule(rf"{g.WD} (?:de )?(?:la |cette )?semaine(?: ({g.REL[1:-1]}))?")
    def weekday_week(m, c):
        if m[2] is None and "cette" not in m[0]:
            return None
        monday = period("week", c.ref(), rel_offset(m[2]) or 0)[0]
        return fixed(monday + timedelta(int(g.wd[m[1]])))

    @rule(rf"{g.WD} en (8|15)")
    def weekday_en_huit(m, c):
        return fixed(weekday_date(int(g.wd[m[1]]), c.ref(), "next_incl") + timedelta(7 if m[2] == "8" else 14))

    @rule(rf"{g.WD} (\d{{1,2}})e?(?: {g.MON}(?: (\d{{4}}|'?\d{{2}}))?)?")
    def weekday_day(m, c):
        wd, day = int(g.wd[m[1]]), int(m[2])
        if m[3] and m[4]:
            return fixed(safe_date(year_of(m[4], c), int(g.month[m[3]]), day))
        ref = c.ref()
        if m[3]:
            cands = [fixed(safe_date(y, int(g.month[m[3]]), day)) for y in range(ref.year - 1, ref.year + 2)]
        else:
            months = [add_months(ref.replace(day=1), k) for k in range(-12, 13)]
            cands = [fixed(safe_date(x.year, x.month, day)) for x in months]
        cands = [x for x in cands if x]
        good = [x for x in cands if x[0].weekday() == wd]
        # the weekday outranks the tense, unless it points more than a month to the wrong side (a typo)
        near = pick(good, ref, None)
        if c.tense and near and abs((near[0] - ref).days) > 31:
            return pick(good, ref, c.tense) or pick(cands, ref, c.tense) or near
        return pick(good, ref, c.tense) or pick(good or cands, ref, None)

    @rule(
        rf"(?:le )?(\d{{1,2}})e? (?:(?:du |de ce |de )mois(?:-ci)?(?: ({g.REL[1:-1]}))?"
        rf"|(?:du |de )?mois ({g.REL[1:-1]}))"
    )
    def day_of_month_rel(m, c):  # "le 23 du mois prochain"; "4 mois" alone stays a duration
        first = period("month", c.ref(), rel_offset(m[2] or m[3]) or 0)[0]
        return fixed(safe_date(first.year, first.month, int(m[1])))

    @rule(rf"(\d{{1,2}})e? (?:jour d'|jour de )?{g.MON}(?: (\d{{4}}|'?\d{{2}}))?")
    def day_month(m, c):
        mon, day = int(g.month[m[2]]), int(m[1])
        if m[3]:
            return fixed(safe_date(year_of(m[3], c), mon, day))
        return years_around(c.ref(), lambda y: fixed(safe_date(y, mon, day)), c.tense)

    @rule(rf"(?:{g.WD} )?{g.MON} (\d{{1,2}}) (\d{{4}})")
    def month_day_year(m, c):
        return fixed(safe_date(int(m[4]), int(g.month[m[2]]), int(m[3])))

    @rule(r"(?:(\d{1,2}) ?[/-] ?(\d{4})|(\d{4}) ?[/-] ?(\d{1,2}))")
    def numeric_month(m, c):
        y, mon = int(m[2] or m[3]), int(m[1] or m[4])
        return (date(y, mon, 1), eom(y, mon), "month", "date") if 1 <= mon <= 12 and 1000 <= y <= 2199 else None

    @rule(rf"(?:mois (?:de |d'))?(?:{g.MONFULL}|{g.MON}(?= \d))(?: (?:de l'annee )?(\d{{4}}))?")
    def month(m, c):
        mon = int(g.month[m[1] or m[2]])
        build = lambda y: (date(y, mon, 1), eom(y, mon), "month", "date")  # noqa: E731
        return build(int(m[3])) if m[3] else years_around(c.ref(), build, c.tense)

    @rule(rf"{g.SEASON}(?: ({g.REL[1:-1]}|\d{{4}}))?")
    def season(m, c):
        (m1, d1), (m2, d2) = [map(int, x.split("-")) for x in g.season[m[1]].split("/")]

        def build(y):
            return (date(y, m1, d1), date(y + (m2 < m1), m2, d2), "season", "date")

        if m[2] and m[2].isdigit():
            return build(int(m[2]) - (m2 < m1))
        ref = c.ref()
        cands = [build(y) for y in range(ref.year - 2, ref.year + 2)]
        off = rel_offset(m[2])
        if off == -1:
            return [x for x in cands if x[1] < ref][-1]
        if off == 1:
            return [x for x in cands if x[0] > ref][0]
        return pick(cands, ref, None if c.this else c.tense)

    @rule(r"(?:(\d)e trimestre|t(\d))(?: (?:de |d')?(?:l'annee )?(\d{4}))?")
    def quarter(m, c):
        q = int(m[1] or m[2])
        if not 1 <= q <= 4:
            return None
        build = lambda y: (*period("quarter", date(y, 3 * q - 2, 1)), "quarter", "date")  # noqa: E731
        return build(int(m[3])) if m[3] else years_around(c.ref(), build, c.tense)

    @rule(r"(?:les |des )?annees (\d{2}|\d{4})")
    def decade(m, c):
        y = int(m[1])
        y = y if y >= 100 else (2000 + y if y in (0, 10) else 1900 + y)
        return (date(y, 1, 1), date(y + 9, 12, 31), "decade", "date") if y % 10 == 0 else None

    @rule(r"(?:annee |an )?(\d{4})")
    def year(m, c):
        y = int(m[1])
        return (date(y, 1, 1), date(y, 12, 31), "year", "date") if 1000 <= y <= 2199 else None

    @rule(rf"(?:jour de (?:la )?|journee de (?:la )?|fete de (?:la )?)?{g.HOL}(?: (\d{{4}}))?")
    def holiday(m, c):
        mon, day = map(int, g.holiday[m[1]].split("-"))
        if m[2]:
            return fixed(date(int(m[2]), mon, day))
        return years_around(c.ref(), lambda y: fixed(date(y, mon, day)), c.tense)

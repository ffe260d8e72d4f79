"""Rules that combine expressions: since/from/until, the eve of, week of, nth weekday, parts of a period,
and ranges (du 3 au 5 mai, de mars à juin); each calls the grammar back on its parts via `sub`."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.dates.calendar import Ctx, Val, add_months, eom, fixed, period, safe_date, third, weekday_date
from pipeline.dates.lexicon import Lex


def range_rules(rule, g: Lex, sub) -> None:
    """Rules tried before the point rules (their prefix would otherwise be read as filler)."""

    @rule(r"depuis (.+)")
    def since(m, c):
        v = sub(m[1], c)
        if not v or v[3] == "duration" or v[0] is None:
            return None
        end = max(c.published, v[1]) if c.published else None
        return (v[0], end, v[2], "interval")

    @rule(r"(?:a partir|a compter|a dater|des) (?:du |de la |de l'|de |d')?(.+)")
    def from_(m, c):
        v = sub(m[1], c)
        closed = v and v[3] == "interval" and "jusqu'" in m[1]  # "à partir de demain jusqu'à vendredi"
        return (v[0], v[1] if closed else None, v[2], "interval") if v and v[0] else None

    @rule(r"(jusqu'|d'ici )(?:au |a la |a l'|a |en |la |l'|le )?(.+)")
    def until(m, c):
        v = sub(m[2], c)
        if not v or v[1] is None:
            return None
        return (c.ref() if m[1] == "d'ici " else None, v[1], v[2], "interval")

    @rule(
        r"(la veille|l'avant-veille|le lendemain|le surlendemain|le jour d'avant|le jour d'apres)"
        r" (?:du |de la |de l'|de |d')(.+)"
    )
    def around(m, c):
        v = sub(m[2], c)
        n = int(g.anaphoric.get(m[1], 0))
        return fixed(v[0] + timedelta(n)) if v and v[0] and v[2] == "day" else None

    @rule(r"(?:la )?semaine (?:du|de) (.+)")
    def week_of(m, c):
        v = sub(m[1], c)
        if not v or not v[0] or v[2] != "day":
            return None
        monday = v[0] + timedelta(1) if v[0].weekday() == 6 else v[0]  # a week named by its Sunday starts the day after
        return (*period("week", monday), "week", "date")

    @rule(rf"(?:le |la )?(\de|dernier|derniere) (?:({g.WD[1:-1]})|(jour|semaine)) (?:du |de |d')(.+)")
    def nth_in(m, c):
        v = sub(m[4], c)
        if not v or not v[0] or v[2] != "month":
            return None
        last = m[1].startswith("dern")
        if m[3] == "jour":
            return fixed(v[1] if last else safe_date(v[0].year, v[0].month, int(m[1][0])))
        wd = int(g.wd[m[2]]) if m[2] else 0  # a week is the one starting on the first / ending on the last Sunday
        first = v[0] + timedelta((wd - v[0].weekday()) % 7)
        d = (
            v[1] - timedelta((v[1].weekday() - (6 if m[3] else wd)) % 7) - timedelta(6 if m[3] else 0)
            if last
            else first + timedelta(7 * (int(m[1][0]) - 1))
        )
        if d > v[1]:
            return None
        return (d, d + timedelta(6), "week", "date") if m[3] else fixed(d)

    @rule(r"(?:la )?(1|2)e quinzaine (?:de |d'|du mois de |du mois d')?(.+)")
    def fortnight(m, c):
        v = sub(m[2], c)
        if not v or not v[0] or v[2] != "month":
            return None
        return (
            (v[0], v[0].replace(day=15), "month", "interval")
            if m[1] == "1"
            else (v[0].replace(day=16), v[1], "month", "interval")
        )

    @rule(r"(?:en |au |a la |a |vers la |des la |des le )?(debut|mi|milieu|fin)(?:-| )(?:de la |de l'|du |de |d')?(.+)")
    def part(m, c):
        unit = {"mois": "month", "annee": "year", "an": "year", "semaine": "week"}.get(m[2])
        if unit:
            ref = c.anchor_or_ref()
            v = (*period(unit, ref), unit, "date")
            part = third(v[0], v[1], m[1], unit)
            # with a tense, "en début de mois" is the next (future) or last (past) such part, not a bygone one
            if (c.tense == "future" and part[1] < ref) or (c.tense == "past" and part[0] > ref):
                v = (*period(unit, ref, 1 if c.tense == "future" else -1), unit, "date")
        else:
            v = sub(m[2], c)
        if not v or not v[0] or v[2] not in ("month", "year", "week"):
            return None
        return third(v[0], v[1], m[1], v[2])


def interval_rules(rule, g: Lex, sub) -> None:
    """The catch-all range `X au/à/et/- Y`, tried last: Y gives the month/year missing from X."""

    @rule(r"(.+?)(?: (?:au|a|jusqu'au|jusqu'a|jusqu'en|et le|et la|et) | ?[-\u2013] ?)(?:le |la )?(.+)")
    def interval(m, c):
        bare_days = re.fullmatch(r"\d{1,2}e?", m[2]) and re.fullmatch(
            rf"(?:(?:du|entre|le) )*(?:{g.WD} )?\d{{1,2}}e?", m[1]
        )
        right = sub("le " + m[2] if bare_days else m[2], c)
        if not right or right[0] is None or right[3] not in ("date",):
            return None
        left = _left(m[1], right, c, g, sub)
        wd = g.wd.get(m[2])
        if left and left[0] and wd is not None and left[0] > right[1]:  # "de demain à vendredi": the next Friday
            right = fixed(weekday_date(int(wd), left[0], "next_incl"))
        if not left or left[0] is None or left[0] > right[1]:
            return None
        return (left[0], right[1], right[2], "interval")


def _left(a: str, right: Val, c: Ctx, g: Lex, sub) -> Val | None:
    """Left side of an interval: missing month and year are taken from the right side."""
    rs, precision = right[0], right[2]
    m = re.fullmatch(rf"(?:(?:du|de|entre|le) )*(?:{g.WD} )?(\d{{1,2}})e?(?: {g.MON})?(?: (\d{{4}}))?", a)
    if m and precision == "day":
        d = safe_date(int(m[4]) if m[4] else rs.year, int(g.month[m[3]]) if m[3] else rs.month, int(m[2]))
        if d and d > rs and not m[4]:
            d = safe_date(d.year - 1, d.month, d.day) if m[3] else add_months(d, -1)
        return fixed(d)
    m = re.fullmatch(rf"(?:(?:du|de|d'|entre) ?)*{g.MON}", a)
    if m and precision == "month":
        s = date(rs.year, int(g.month[m[1]]), 1)
        s = s.replace(year=s.year - 1) if s > rs else s
        return (s, eom(s.year, s.month), "month", "date")
    m = re.fullmatch(rf"(?:(?:du|de|entre|la nuit de) )*{g.WD}", a)
    if m and precision == "day":
        return fixed(rs - timedelta((rs.weekday() - int(g.wd[m[1]])) % 7))
    return sub(a, c)

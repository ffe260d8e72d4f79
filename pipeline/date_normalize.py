"""Normalise one French temporal expression into a `DateValue`, anchored on the publication date.

Pure functions, no spaCy: the words (months, weekdays, numbers, seasons, holidays...) come from
models/temporal/lexicon.csv; the grammar is a short list of regular expressions over a folded text
(lower case, no accents, numbers in digits). Relative expressions resolve against `published`;
without it they keep their kind and precision but get start/end None (never a silent fallback).
"""
from __future__ import annotations

import csv
import re
import unicodedata
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable

from pipeline.config import MODELS_DIR
from pipeline.schema import DateValue

LEXICON_PATH = MODELS_DIR / "temporal" / "lexicon.csv"
_APOSTROPHES = "’ʼʻ՚ꞌ＇′‵ʹ`´"
_DUMMY_REF = date(2000, 6, 15)  # used only to learn kind/precision when there is no publication date


def fold(text: str) -> str:
    """Lower case, plain apostrophes, no accents, single spaces: the form every rule reads."""
    text = text.lower()
    for ch in _APOSTROPHES:
        text = text.replace(ch, "'")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    text = text.replace("il ya", "il y a").replace("’", "'")
    text = re.sub(r"(?<=[a-z])\.", " ", text)  # abbreviation dots: juil. lun.
    text = re.sub(r"[,;()]", " ", text)
    return re.sub(r"\s+", " ", text).strip(" .")


@lru_cache(maxsize=1)
def load_lexicon() -> dict[str, dict[str, str]]:
    """category -> {folded word: value}, read once from the analyst-editable CSV."""
    lex: dict[str, dict[str, str]] = {}
    with open(LEXICON_PATH, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            lex.setdefault(row["category"], {})[fold(row["word"])] = row["value"]
    return lex


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# ---- numbers in words -> digits -------------------------------------------------------------

def _words_to_digits(text: str) -> str:
    lex = load_lexicon()
    nums = {w: int(v) for w, v in lex["number"].items()}
    text = re.sub(r"(\d\s+)sept\b", r"\1septembre", text)  # "11 sept 2014": month, not seven
    text = re.sub(r"\bsept(?=\s+\d{4})", "septembre", text)
    text = re.sub(r"\bseconde? (?=quinzaine|semaine|trimestre|semestre)", "2e ", text)
    for word, value in lex["ordinal"].items():
        text = re.sub(rf"(?<![\w'-]){re.escape(word)}(?![\w-])", f"{value}e", text)
    text = re.sub(r"\b(\d{1,2})(?:er|re|ere|eme|ieme|e)\b", r"\1e", text)
    word = _alt(nums)
    compound = re.compile(rf"(?<![\w-])(?:{word})(?:(?:-et-|-| et )(?:{word}))*(?![\w-])")

    def value(m: re.Match) -> str:
        total = 0
        for part in re.split(r"-et-|-| et ", m.group(0)):
            v = nums[part]
            total = (total or 1) * 100 if v == 100 else 80 if (v == 20 and total == 4) else total + v
        return str(total)

    return compound.sub(value, text)


# ---- calendar helpers ------------------------------------------------------------------------

def _eom(y: int, m: int) -> date:
    return date(y, m, monthrange(y, m)[1])


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, min(d.day, monthrange(d.year + y, m + 1)[1]))


def _period(unit: str, ref: date, offset: int = 0) -> tuple[date, date]:
    """The calendar unit containing ref, moved by offset units."""
    if unit == "day":
        d = ref + timedelta(offset)
        return d, d
    if unit in ("week", "weekend"):
        monday = ref - timedelta(ref.weekday()) + timedelta(7 * offset)
        return (monday + timedelta(5), monday + timedelta(6)) if unit == "weekend" else (monday, monday + timedelta(6))
    if unit == "month":
        s = _add_months(ref.replace(day=1), offset)
        return s, _eom(s.year, s.month)
    if unit == "quarter":
        s = _add_months(date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1), 3 * offset)
        e = _add_months(s, 2)
        return s, _eom(e.year, e.month)
    if unit == "decade":
        y = ref.year // 10 * 10 + 10 * offset
        return date(y, 1, 1), date(y + 9, 12, 31)
    y = ref.year + offset
    return date(y, 1, 1), date(y, 12, 31)


def _shift(ref: date, n: int, unit: str) -> date:
    if unit in ("day", "week"):
        return ref + timedelta(n * (7 if unit == "week" else 1))
    return _add_months(ref, n * {"month": 1, "quarter": 3, "year": 12, "decade": 120}.get(unit, 1))


def _pick(cands: list[tuple[date, date]], ref: date, tense: str | None) -> tuple[date, date] | None:
    """Choose among periods: future -> next one, past -> last one, else the nearest (ties: past)."""
    cands = sorted(c for c in cands if c)
    if tense == "future":
        return next((c for c in cands if c[1] >= ref), None)
    if tense == "past":
        return next((c for c in reversed(cands) if c[0] <= ref), None)
    dist = lambda c: 0 if c[0] <= ref <= c[1] else min(abs((c[0] - ref).days), abs((c[1] - ref).days))  # noqa: E731
    return min(cands, key=lambda c: (dist(c), c[0] > ref), default=None)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# ---- parsing context -------------------------------------------------------------------------

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
        return self.published or _DUMMY_REF

    def anchor_or_ref(self) -> date:
        self.relative = True
        return self.anchor or self.published or _DUMMY_REF


Val = tuple  # (start, end, precision, kind)
UNIT_TO_PRECISION = {"day": "day", "week": "week", "weekend": "week", "month": "month", "quarter": "quarter",
                     "year": "year", "decade": "decade", "fortnight": "week"}


def _unit(word: str) -> str | None:
    units = load_lexicon()["unit"]
    return units.get(word) or units.get(re.sub(r"[sx]$", "", word))


def _year(text: str, ctx: Ctx) -> int:
    y = int(text.lstrip("'"))
    if y >= 100:
        return y
    pivot = ((ctx.published or date.today()).year + 10) % 100
    return 2000 + y if y <= pivot else 1900 + y


def _rel_offset(word: str | None) -> int | None:
    return None if word is None else int(load_lexicon()["relative"].get(word, "0") or 0)


def normalize_date(text: str, published: date | None, *, anchor: date | None = None,
                   tense: str | None = None) -> DateValue | None:
    """Normalise one French expression (offsets 0..len(text)); None when it is not temporal."""
    ctx = Ctx(published, anchor, tense)
    val = parse_folded(_words_to_digits(fold(text)), ctx)
    if val is None:
        return None
    start, end, precision, kind = val
    if ctx.relative and published is None and anchor is None:
        start = end = None
    return DateValue(text, 0, len(text), start, end, precision, kind)


def parse_folded(s: str, ctx: Ctx) -> Val | None:
    """Try every rule of the grammar on a folded expression; the first that matches wins."""
    s = s.strip()
    if not s:
        return None
    if s not in load_lexicon()["deictic"]:
        stripped = _strip_time(s)
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
_TIME_CUE = r"(?:(?<!\by )a|vers|des|aux alentours de|autour de|a environ|environ|plutot vers|a partir de|apres|avant|jusqu'a|plus tard que)"
_TIME_TAIL = r"(?: (?:du matin|du mat|du soir|de l'apres-midi|dans la soiree|dans la matinee|cet|utc|gmt|heure locale|heure de paris))?"
_TIME_STRIPS = [  # hours are out of scope: they are removed, the day they qualify stays
    (re.compile(rf"\b(?:de|entre) {_TIME} (?:a|et|jusqu'a|-) {_TIME}"), ""),
    (re.compile(rf"\b{_TIME_CUE} {_TIME}{_TIME_TAIL}(?![\w:])"), ""),
    (re.compile(rf"(?<![\w:]){_COMPACT_TIME}{_TIME_TAIL}(?![\w:])"), ""),
    (re.compile(r"(?<=\w) (?:au |dans la |en |le |l')?(?:matin|soir|apres-midi|soiree|matinee|nuit|mat)$"), ""),
    (re.compile(r"^(?:dans |durant |pendant |au cours de )?(?:la |le |l')?(?:nuit|soiree|matinee|journee|matin|soir|"
                r"apres-midi) (?=(?:du|de|d') ?)"), ""),
    (re.compile(r"(?<=\d)t\d{2}:\d{2}\S*$"), ""),
]
_FILLER = re.compile(r"(?:(le|la|les|en|au|aux|du|de|a|pour|vers|courant|dans le courant de|au cours de|au cours du|"
                     r"au cours des|entre|ce|cet|cette|dans|autour du|aux alentours du|jusqu'a la) |(l'|d'))(.+)")


def _strip_time(s: str) -> str:
    for pattern, repl in _TIME_STRIPS:
        s = pattern.sub(repl, s).strip()
    return re.sub(r"\s+", " ", s)


def _fixed(d: date | None, precision: str = "day", kind: str = "date") -> Val | None:
    return (d, d, precision, kind) if d else None


def _years_around(ref: date, build, tense: str | None, years: int = 1) -> Val | None:
    cands = [build(y) for y in range(ref.year - years, ref.year + years + 1)]
    return _pick([c for c in cands if c], ref, tense)


def _weekday(wd: int, ref: date, mode: str) -> date:
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


def _third(start: date, end: date, part: str, precision: str) -> Val:
    """début/mi/fin: first, middle or last third of a month (days), year (quarters) or week."""
    idx = int(load_lexicon()["part"][part].split("/")[0]) - 1
    if precision == "month":
        bounds = [(1, 10), (11, 20), (21, end.day)][idx]
        return (start.replace(day=bounds[0]), start.replace(day=bounds[1]), "month", "interval")
    if precision == "year":
        m = [(1, 3), (4, 9), (10, 12)][idx]
        return (date(start.year, m[0], 1), _eom(start.year, m[1]), "quarter", "interval")
    days = [(0, 1), (2, 3), (4, 6)][idx]
    return (start + timedelta(days[0]), start + timedelta(days[1]), "week", "interval")


class _G:
    """Regex pieces built once from the lexicon."""

    def __init__(self) -> None:
        lex = load_lexicon()
        self.month, self.wd, self.season = lex["month"], lex["weekday"], lex["season"]
        self.holiday, self.deictic, self.anaphoric = lex["holiday"], lex["deictic"], lex["anaphoric"]
        full = [w for w in self.month if len(w) > 4 or w in ("mars", "mai", "juin", "aout")]
        self.MON, self.MONFULL = f"({_alt(self.month)})", f"({_alt(full)})"
        self.WD = f"({_alt(self.wd)})"
        self.UNIT = f"({_alt(w + s for w in lex['unit'] for s in ('', 's', 'x'))})"
        self.REL = f"({_alt(lex['relative'])})"
        self.SEASON, self.HOL = f"({_alt(self.season)})", f"({_alt(self.holiday)})"


@lru_cache(maxsize=1)
def _rules() -> list[tuple[re.Pattern, Callable]]:
    """The grammar: (regex over the folded text, handler) pairs, tried in order."""
    g = _G()
    sub = parse_folded
    R: list[tuple[str, Callable]] = []

    def rule(pattern: str):
        def deco(fn):
            R.append((pattern, fn))
            return fn
        return deco

    def prec_of(unit: str) -> str | None:
        return UNIT_TO_PRECISION.get(_unit(unit) or "")

    @rule(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
    def iso(m, c):
        return _fixed(_safe_date(int(m[1]), int(m[2]), int(m[3])))

    @rule(r"(?:le )?(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4}|\d{2})")
    def dmy(m, c):
        return _fixed(_safe_date(_year(m[3], c), int(m[2]), int(m[1])))

    @rule(r"(?:le )?(\d{1,2})[/ ](\d{1,2})")
    def dm(m, c):
        return _years_around(c.ref(), lambda y: _fixed(_safe_date(y, int(m[2]), int(m[1]))), c.tense)

    @rule(r"le (\d{1,2})e?")
    def day_alone(m, c):
        ref = c.ref()
        months = [_add_months(ref.replace(day=1), k) for k in (-1, 0, 1)]
        return _pick([_fixed(_safe_date(x.year, x.month, int(m[1]))) for x in months], ref, c.tense)

    @rule(rf"il y a (?:environ |pres de |plus de |moins de |presque |a peine |moins d'|plus d')?(\d+) {g.UNIT}")
    def ago(m, c):
        unit = _unit(m[2])
        if unit in ("hour", "minute", "second"):
            return _fixed(c.ref())
        d = _shift(c.ref(), -int(m[1]), unit)
        return (d.replace(day=1), _eom(d.year, d.month), "month", "date") if unit == "year" else _fixed(d)

    @rule(rf"(dans|d'ici) (?:environ |pres de |moins de |plus de |les |un peu plus de )?(\d+) {g.UNIT}")
    def within(m, c):
        unit, ref = _unit(m[3]), c.ref()
        d = ref + timedelta(int(m[2]) // 24) if unit == "hour" else ref if unit in ("minute", "second") \
            else _shift(ref, int(m[2]), unit)
        if m[1] == "d'ici" or "les " in m[0]:
            return (ref, d, "day", "interval")
        return (d.replace(day=1), _eom(d.year, d.month), "month", "date") if unit == "year" else _fixed(d)

    @rule(rf"(?:(?:pendant|durant|en|au bout d'|au bout de|pour|sur|depuis|sous|moins de|moins d'|plus de|plus d'|"
          rf"pres de|environ|d'une duree de) ?)?(?:(?:moins|plus|pres|environ) d[e'] ?|environ |presque |)"
          rf"(\d+|quelques|plusieurs|des|de nombreux|de nombreuses|de longs|de longues|\d+ {g.UNIT} et) {g.UNIT}")
    def duration(m, c):
        return (None, None, prec_of(m[3]), "duration")

    @rule(rf"(\d+) {g.UNIT} (plus tard|apres|plus tot|avant|auparavant|d'avant|de plus)")
    def counted(m, c):
        unit = _unit(m[2])
        n = int(m[1]) * (1 if m[3] in ("plus tard", "apres", "de plus") else -1)
        return _fixed(_shift(c.anchor_or_ref(), n, unit)) if unit not in ("hour", "minute", "second") else None

    @rule(rf"(?:les |ces )?(\d+) (?:(derniers|dernieres|dernier|derniere|prochains|prochaines|prochain) {g.UNIT}|"
          rf"{g.UNIT} (passes|passees|suivants|suivantes|suivant|precedents|precedentes|a venir|ecoules|ecoulees))")
    def last_n(m, c):
        unit = _unit(m[3] or m[4])
        if unit not in UNIT_TO_PRECISION:
            return None
        back = (m[2] or m[5]).startswith(("dern", "pass", "prec", "ecoul"))
        n, ref = int(m[1]), c.ref()
        first = _period(unit, ref, -n if back else 1)[0]
        last = _period(unit, ref, -1 if back else n)[1]
        return (first, last, UNIT_TO_PRECISION[unit], "interval")

    @rule(rf"(?:ces|les) (?:(?:quelques|dernieres|derniers|prochaines|prochains) )+{g.UNIT}")
    def vague(m, c):
        return (None, None, prec_of(m[1]), "vague")

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
        return (v[0], None, v[2], "interval") if v and v[0] else None

    @rule(r"(jusqu'|d'ici )(?:au |a la |a l'|a |en |la |l'|le )?(.+)")
    def until(m, c):
        v = sub(m[2], c)
        if not v or v[1] is None:
            return None
        return (c.ref() if m[1] == "d'ici " else None, v[1], v[2], "interval")

    @rule(r"(la veille|l'avant-veille|le lendemain|le surlendemain|le jour d'avant|le jour d'apres) (?:du |de la |de l'|de |d')(.+)")
    def around(m, c):
        v = sub(m[2], c)
        n = int(g.anaphoric.get(m[1], 0))
        return _fixed(v[0] + timedelta(n)) if v and v[0] and v[2] == "day" else None

    @rule(r"(?:la )?semaine (?:du|de) (.+)")
    def week_of(m, c):
        v = sub(m[1], c)
        return (*_period("week", v[0]), "week", "date") if v and v[0] and v[2] == "day" else None

    @rule(rf"(?:le |la )?(\de|dernier|derniere) (?:({g.WD[1:-1]})|(jour|semaine)) (?:du |de |d')(.+)")
    def nth_in(m, c):
        v = sub(m[4], c)
        if not v or not v[0] or v[2] != "month":
            return None
        last = m[1].startswith("dern")
        if m[3] == "jour":
            return _fixed(v[1] if last else _safe_date(v[0].year, v[0].month, int(m[1][0])))
        wd = int(g.wd[m[2]]) if m[2] else 0  # a week is the one starting on the first / ending on the last Sunday
        first = v[0] + timedelta((wd - v[0].weekday()) % 7)
        d = v[1] - timedelta((v[1].weekday() - (6 if m[3] else wd)) % 7) - timedelta(6 if m[3] else 0) if last \
            else first + timedelta(7 * (int(m[1][0]) - 1))
        if d > v[1]:
            return None
        return (d, d + timedelta(6), "week", "date") if m[3] else _fixed(d)

    @rule(r"(?:la )?(1|2)e quinzaine (?:de |d'|du mois de |du mois d')?(.+)")
    def fortnight(m, c):
        v = sub(m[2], c)
        if not v or not v[0] or v[2] != "month":
            return None
        return (v[0], v[0].replace(day=15), "month", "interval") if m[1] == "1" else \
            (v[0].replace(day=16), v[1], "month", "interval")

    @rule(r"(?:en |au |a la |a |vers la |des la |des le )?(debut|mi|milieu|fin)(?:-| )(?:de la |de l'|du |de |d')?(.+)")
    def part(m, c):
        unit = {"mois": "month", "annee": "year", "an": "year", "semaine": "week"}.get(m[2])
        if unit:
            ref = c.anchor_or_ref()
            v = (*_period(unit, ref), unit, "date")
        else:
            v = sub(m[2], c)
        if not v or not v[0] or v[2] not in ("month", "year", "week"):
            return None
        return _third(v[0], v[1], m[1], v[2])

    @rule(r"(.+)")
    def filler(m, c):
        if m[1] in g.deictic:
            return _fixed(c.ref() + timedelta(int(g.deictic[m[1]])))
        if m[1] in g.anaphoric:
            return _fixed(c.anchor_or_ref() + timedelta(int(g.anaphoric[m[1]])))
        if m[1] in ("dans la semaine", "dans la journee"):
            return _fixed(c.ref()) if m[1].endswith("journee") else (*_period("week", c.ref()), "week", "date")
        f = _FILLER.fullmatch(m[1])
        if f is None or f[3] in g.deictic:
            return None
        c.this = c.this or f[1] in ("ce", "cet", "cette")
        return sub(f[3], c)

    @rule(rf"(semaine|mois|an|annee|trimestre|week-end|decennie)(-ci)?(?: ({g.REL[1:-1]}))?")
    def unit_rel(m, c):
        if m[3] is None and not (c.this or m[2]):
            return None
        unit = _unit(m[1])
        anaphoric = m[3] in ("suivant", "suivante", "qui suit", "d'apres", "precedent", "precedente", "d'avant")
        ref = c.anchor_or_ref() if anaphoric else c.ref()
        s, e = _period(unit, ref, _rel_offset(m[3]) or 0)
        return (s, e, UNIT_TO_PRECISION[unit], "date")

    @rule(rf"{g.WD}(?: ({g.REL[1:-1]}))?")
    def weekday(m, c):
        wd, rel = int(g.wd[m[1]]), m[2]
        if rel in ("dernier", "passe", "precedent", "d'avant"):
            return _fixed(_weekday(wd, c.anchor_or_ref() if rel in ("precedent", "d'avant") else c.ref(), "prev"))
        if rel in ("prochain", "suivant", "d'apres", "qui suit"):
            return _fixed(_weekday(wd, c.ref() if rel == "prochain" else c.anchor_or_ref(), "next"))
        mode = {"future": "next_incl" if c.this else "next", "past": "prev_incl"}.get(c.tense or "", "nearest")
        return _fixed(_weekday(wd, c.ref(), mode))

    @rule(rf"{g.WD} (?:de )?(?:la |cette )?semaine(?: ({g.REL[1:-1]}))?")
    def weekday_week(m, c):
        if m[2] is None and "cette" not in m[0]:
            return None
        monday = _period("week", c.ref(), _rel_offset(m[2]) or 0)[0]
        return _fixed(monday + timedelta(int(g.wd[m[1]])))

    @rule(rf"{g.WD} en (8|15)")
    def weekday_en_huit(m, c):
        return _fixed(_weekday(int(g.wd[m[1]]), c.ref(), "next_incl") + timedelta(7 if m[2] == "8" else 14))

    @rule(rf"{g.WD} (\d{{1,2}})e?(?: {g.MON}(?: (\d{{4}}|'?\d{{2}}))?)?")
    def weekday_day(m, c):
        wd, day = int(g.wd[m[1]]), int(m[2])
        if m[3] and m[4]:
            return _fixed(_safe_date(_year(m[4], c), int(g.month[m[3]]), day))
        ref = c.ref()
        if m[3]:
            cands = [_fixed(_safe_date(y, int(g.month[m[3]]), day)) for y in range(ref.year - 1, ref.year + 2)]
        else:
            months = [_add_months(ref.replace(day=1), k) for k in range(-12, 13)]
            cands = [_fixed(_safe_date(x.year, x.month, day)) for x in months]
        cands = [x for x in cands if x]
        good = [x for x in cands if x[0].weekday() == wd]
        return _pick(good, ref, c.tense) or _pick(good or cands, ref, None)

    @rule(rf"(\d{{1,2}})e? (?:jour d'|jour de )?{g.MON}(?: (\d{{4}}|'?\d{{2}}))?")
    def day_month(m, c):
        mon, day = int(g.month[m[2]]), int(m[1])
        if m[3]:
            return _fixed(_safe_date(_year(m[3], c), mon, day))
        return _years_around(c.ref(), lambda y: _fixed(_safe_date(y, mon, day)), c.tense)

    @rule(rf"(?:{g.WD} )?{g.MON} (\d{{1,2}}) (\d{{4}})")
    def month_day_year(m, c):
        return _fixed(_safe_date(int(m[4]), int(g.month[m[2]]), int(m[3])))

    @rule(r"(?:(\d{1,2}) ?[/-] ?(\d{4})|(\d{4}) ?[/-] ?(\d{1,2}))")
    def numeric_month(m, c):
        y, mon = int(m[2] or m[3]), int(m[1] or m[4])
        return (date(y, mon, 1), _eom(y, mon), "month", "date") if 1 <= mon <= 12 and 1000 <= y <= 2199 else None

    @rule(rf"(?:mois (?:de |d'))?(?:{g.MONFULL}|{g.MON}(?= \d))(?: (?:de l'annee )?(\d{{4}}))?")
    def month(m, c):
        mon = int(g.month[m[1] or m[2]])
        build = lambda y: (date(y, mon, 1), _eom(y, mon), "month", "date")  # noqa: E731
        return build(int(m[3])) if m[3] else _years_around(c.ref(), build, c.tense)

    @rule(rf"{g.SEASON}(?: ({g.REL[1:-1]}|\d{{4}}))?")
    def season(m, c):
        (m1, d1), (m2, d2) = [map(int, x.split("-")) for x in g.season[m[1]].split("/")]

        def build(y):
            return (date(y, m1, d1), date(y + (m2 < m1), m2, d2), "season", "date")
        if m[2] and m[2].isdigit():
            return build(int(m[2]) - (m2 < m1))
        ref = c.ref()
        cands = [build(y) for y in range(ref.year - 2, ref.year + 2)]
        off = _rel_offset(m[2])
        if off == -1:
            return [x for x in cands if x[1] < ref][-1]
        if off == 1:
            return [x for x in cands if x[0] > ref][0]
        return _pick(cands, ref, None if c.this else c.tense)

    @rule(r"(?:(\d)e trimestre|t(\d))(?: (?:de |d')?(?:l'annee )?(\d{4}))?")
    def quarter(m, c):
        q = int(m[1] or m[2])
        if not 1 <= q <= 4:
            return None
        build = lambda y: (*_period("quarter", date(y, 3 * q - 2, 1)), "quarter", "date")  # noqa: E731
        return build(int(m[3])) if m[3] else _years_around(c.ref(), build, c.tense)

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
            return _fixed(date(int(m[2]), mon, day))
        return _years_around(c.ref(), lambda y: _fixed(date(y, mon, day)), c.tense)

    @rule(r"(.+?)(?: (?:au|a|jusqu'au|jusqu'a|jusqu'en|et le|et la|et) | ?[-\u2013] ?)(?:le |la )?(.+)")
    def interval(m, c):
        bare_days = re.fullmatch(r"\d{1,2}e?", m[2]) and re.fullmatch(rf"(?:(?:du|entre|le) )*(?:{g.WD} )?\d{{1,2}}e?", m[1])
        right = sub("le " + m[2] if bare_days else m[2], c)
        if not right or right[0] is None or right[3] not in ("date",):
            return None
        left = _left(m[1], right, c, g)
        if not left or left[0] is None or left[0] > right[1]:
            return None
        return (left[0], right[1], right[2], "interval")

    return [(re.compile(p), fn) for p, fn in R]


def _left(a: str, right: Val, c: Ctx, g: _G) -> Val | None:
    """Left side of an interval: missing month and year are taken from the right side."""
    rs, precision = right[0], right[2]
    m = re.fullmatch(rf"(?:(?:du|de|entre|le) )*(?:{g.WD} )?(\d{{1,2}})e?(?: {g.MON})?(?: (\d{{4}}))?", a)
    if m and precision == "day":
        d = _safe_date(int(m[4]) if m[4] else rs.year, int(g.month[m[3]]) if m[3] else rs.month, int(m[2]))
        if d and d > rs and not m[4]:
            d = _safe_date(d.year - 1, d.month, d.day) if m[3] else _add_months(d, -1)
        return _fixed(d)
    m = re.fullmatch(rf"(?:(?:du|de|d'|entre) ?)*{g.MON}", a)
    if m and precision == "month":
        s = date(rs.year, int(g.month[m[1]]), 1)
        s = s.replace(year=s.year - 1) if s > rs else s
        return (s, _eom(s.year, s.month), "month", "date")
    m = re.fullmatch(rf"(?:(?:du|de|entre|la nuit de) )*{g.WD}", a)
    if m and precision == "day":
        return _fixed(rs - timedelta((rs.weekday() - int(g.wd[m[1]])) % 7))
    return parse_folded(a, c)

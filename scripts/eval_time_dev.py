"""Score `normalize_date` against bare dateparser on the shared time-dev corpus (evaluation only).

    python scripts/eval_time_dev.py

Per corpus and grain: share of expressions whose normalised start (and end, for intervals) equals the
expected value. Values are compared at day precision (hours are out of scope). Duckling resolves
ambiguous dates to the future by design, so its cases are normalised with tense="future";
Recognizers-Text gives a past and a future resolution: we score tense="future" against the future one.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.config import SHARED_DIR  # noqa: E402
from pipeline.date_normalize import normalize_date  # noqa: E402

TIME_DEV = SHARED_DIR / "corpus" / "time-dev"


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
                cases.append(dict(text=res["Text"], ref=ref, start=_day(fut["startDate"]),
                                  end=_day(fut["endDate"]), group=group, end_exclusive_ok=True))
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


def main() -> int:
    if not TIME_DEV.is_dir():
        print(f"skipped: {TIME_DEV} is absent")
        return 0
    corpora = {"duckling": duckling_cases(), "dateparser": dateparser_cases(), "recognizers": recognizers_cases()}
    print(f"{'corpus':<12} {'grain':<12} {'n':>4} {'ours':>7} {'dateparser':>11}")
    misses = defaultdict(list)
    for name, cases in corpora.items():
        groups = defaultdict(list)
        for c in cases:
            groups[c["group"]].append(c)
        for group, items in sorted(groups.items()):
            ok = sum(correct(c, ours(c)) for c in items)
            dp = sum(correct(c, dateparser_value(c)) for c in items)
            misses[name] += [(c["text"], str(c["start"]), str(c["end"]), ours(c)) for c in items if not correct(c, ours(c))]
            print(f"{name:<12} {group:<12} {len(items):>4} {ok / len(items):>7.1%} {dp / len(items):>11.1%}")
    if "-v" in sys.argv:
        for name, rows in misses.items():
            for row in rows:
                print(name, *row, sep=" | ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Score merging across articles: how many output rows each real-world event gets (`make eval-across`).

A probe set whose name starts with `across-` (under `data/probes/`) holds several outlets' reports of
the same stories. Its gold files are ordinary gold files (the shared scorer reads them) whose events
carry one more key, `story`: gold events of different articles with the same `story` are one
real-world event. The whole part is extracted in one run, so the pipeline may merge across its
articles; each gold event is then paired with an output row of its article the way the shared
scorer pairs them (same type, enough participant slots filled, ties to the better date and status),
and for every story told by two articles or more we count

- rows: the distinct output rows paired with its events (1 is perfect: one row whose `articles`
  lists every outlet);
- wrong merges: output rows paired with events of two different stories (two calls a week apart,
  a planned summit and the one held, merged into one row).

    python scripts/eval_across.py [SET ...]       # default: every across-* set
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_probes import PROBES, SCORER, extract, parts_of  # noqa: E402


def load_scorer() -> ModuleType:
    """The shared scorer as a module, to pair events exactly as it does."""
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pairs_of(scorer: ModuleType, gold: dict, preds: list[dict]) -> dict[int, int]:
    """Gold event index -> index in `preds` of the row the shared scorer would pair it with."""
    golds = gold["events"]
    ranked = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if p["type"] != g["type"]:
                continue
            filled = scorer.slots_filled(p, g)
            if filled >= min(2, len(g["actors"])):
                key = (
                    filled + scorer.date_ok(p, g),
                    g.get("date") is not None and scorer.date_ok(p, g),
                    not g.get("optional"),
                    p["status"] == g.get("status"),
                    -j,
                    -i,
                )
                ranked.append((key, i, j))
    ranked.sort(reverse=True)
    used, matched = set(), {}
    for _, i, j in ranked:
        if i not in used and j not in matched:
            used.add(i)
            matched[j] = i
    return matched


def across(scorer: ModuleType, out: Path, part: Path) -> dict:
    """Rows per story told by two articles or more, and the rows that merge two stories."""
    preds = [p for p in scorer.load_events(out) if p["type"] in scorer.CORE_TYPES]
    rows_of: dict[str, set[str]] = defaultdict(set)
    articles_of: dict[str, set[str]] = defaultdict(set)
    stories_of_row: dict[str, set[str]] = defaultdict(set)
    for path in sorted(part.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        mine = [p for p in preds if gold["article"] in p["articles"]]
        for j, i in pairs_of(scorer, gold, mine).items():
            story = gold["events"][j].get("story")
            if story:
                rows_of[story].add(mine[i]["id"])
                stories_of_row[mine[i]["id"]].add(story)
        for g in gold["events"]:
            if g.get("story"):
                articles_of[g["story"]].add(gold["article"])
    told = sorted(s for s, arts in articles_of.items() if len(arts) > 1)
    found = [s for s in told if rows_of[s]]
    return {
        "stories": len(told),
        "found": len(found),
        "rows_per_story": round(sum(len(rows_of[s]) for s in found) / len(found), 2) if found else None,
        "one_row": sum(1 for s in found if len(rows_of[s]) == 1),
        "wrong_merges": sorted(r for r, s in stories_of_row.items() if len(s) > 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="across-* set names under data/probes/ (default: all)")
    args = parser.parse_args(argv)
    if not SCORER.is_file():
        print(f"{SCORER}: the shared scorer is not there", file=sys.stderr)
        return 2
    scorer = load_scorer()
    names = args.sets or sorted(p.name for p in PROBES.glob("across-*") if p.is_dir())
    with tempfile.TemporaryDirectory(prefix="eval-across-") as tmp:
        for name in names:
            for part in parts_of(PROBES / name):
                out = Path(tmp) / name / part.name
                extract(part, out, Path(tmp) / "raw" / name / part.name)
                r = across(scorer, out, part)
                print(
                    f"  {name}/{part.name:<8} stories={r['stories']} found={r['found']} "
                    f"rows/story={r['rows_per_story']} one-row={r['one_row']} "
                    f"wrong-merges={len(r['wrong_merges'])}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())

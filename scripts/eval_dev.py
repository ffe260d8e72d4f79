"""Score the pipeline on the annotated development set: overall, per part, per article, per type.

`make eval` runs it. The dev set (`../shared/corpus/dev/`) is split in two fixed parts: the
*tuning* part (`a*`, the analysis article `bryen-*`, even-numbered `ntrex-*` in name order) is the
one rules may be written against; the *checking* part (`b*`, odd-numbered `ntrex-*`) is only for
checking that a rule generalises. A rule that helps the first and hurts the second is a rule for
one sentence. The last result is kept in `data/interim/eval-last.json` (ignored by git) so each
run prints which articles got better or worse.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
LAST = ROOT / "data" / "interim" / "eval-last.json"


def split_parts(golds: list[Path]) -> dict[str, list[Path]]:
    """The tuning and checking parts of the dev set, by file name."""
    ntrex = sorted(g for g in golds if g.name.startswith("ntrex-"))
    tuning = [g for g in golds if g.name.startswith(("a", "bryen"))] + ntrex[0::2]
    checking = [g for g in golds if g.name.startswith("b") and not g.name.startswith("bryen")] + ntrex[1::2]
    return {"tuning": sorted(tuning), "checking": sorted(checking)}


def score(out: Path, golds: list[Path]) -> dict:
    """The shared scorer's JSON summary for these gold files."""
    cmd = [sys.executable, str(SCORER), str(out), *map(str, golds), "--json"]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def restricted(out: Path, golds: list[Path], into: Path) -> Path:
    """A copy of the outputs whose actor table keeps only the actors mentioned in these articles.

    The scorer counts every node of actors.csv; scoring a part of the dev set against the actors
    of the whole run would count the other part's actors as spurious.
    """
    stems = tuple(g.name.removesuffix(".gold.json") for g in golds)
    with (out / "mentions.csv").open(encoding="utf-8", newline="") as f:
        ids = {r["actor_id"] for r in csv.DictReader(f) if r["article"].startswith(stems)}
    into.mkdir(parents=True, exist_ok=True)
    for name in ("events.csv", "articles.csv"):
        (into / name).write_bytes((out / name).read_bytes())
    with (
        (out / "actors.csv").open(encoding="utf-8", newline="") as src,
        (into / "actors.csv").open("w", encoding="utf-8", newline="") as dst,
    ):
        reader = csv.DictReader(src)
        writer = csv.DictWriter(dst, fieldnames=reader.fieldnames or [])
        writer.writeheader()
        writer.writerows(r for r in reader if r["Id"] in ids)
    return into


def line(name: str, s: dict) -> str:
    e, a = s["events"], s["actors"]
    return (
        f"{name:<10} events P={e['precision']:.3f} R={e['recall']:.3f} F1={e['f1']:.3f} "
        f"strict={e['strict_f1']:.3f} dup={e['duplicates']} date={e['date_accuracy']} "
        f"status={e['status_accuracy']} | actors F1={a['f1']:.3f} dup={a['duplicates']} spurious={a['spurious']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="keep the extracted outputs here (default: a temporary folder)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--details", action="store_true", help="also print the scorer's per-event listing")
    args = parser.parse_args(argv)
    if not DEV.is_dir():
        print(f"{DEV}: the development set is not there", file=sys.stderr)
        return 2
    golds = sorted(DEV.glob("*.gold.json"))
    with tempfile.TemporaryDirectory(prefix="eval-dev-") as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        for f in DEV.iterdir():  # the articles only, not their gold files nor the READMEs
            if not f.name.endswith((".gold.json", ".md")):
                (raw / f.name).symlink_to(f.resolve())
        out = args.out or Path(tmp) / "out"
        cmd = [sys.executable, "-m", "pipeline", "extract", str(raw), str(out), "--jobs", str(args.jobs)]
        subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        if args.details:
            subprocess.run([sys.executable, str(SCORER), str(out), *map(str, golds)], check=True)
        result = {"all": score(out, golds)}
        for part, files in split_parts(golds).items():
            result[part] = score(restricted(out, files, Path(tmp) / part), files)
        result["articles"] = {
            g.name.removesuffix(".gold.json"): score(restricted(out, [g], Path(tmp) / "one" / g.name), [g])
            for g in golds
        }
    _report(result)
    _compare(result)
    LAST.parent.mkdir(parents=True, exist_ok=True)
    LAST.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _report(result: dict) -> None:
    print("== per article (events F1, gold, predicted, right; actors F1)")
    for name, s in result["articles"].items():
        e, a = s["events"], s["actors"]
        print(
            f"  {name:<40} F1={e['f1']:.3f}  gold={e['n_gold']:<3} pred={e['n_pred']:<3} right={e['tp']:<3}"
            f" actors F1={a['f1']:.3f}"
        )
    print("== per type (whole dev set)")
    for t, c in result["all"]["events"]["by_type"].items():
        print(f"  {t:<9} P={c['precision']:.3f} R={c['recall']:.3f} (gold {c['n_gold']}, predicted {c['n_pred']})")
    print("== overall")
    for part in ("all", "tuning", "checking"):
        print("  " + line(part, result[part]))


def _compare(result: dict) -> None:
    if not LAST.is_file():
        return
    last = json.loads(LAST.read_text(encoding="utf-8"))
    print("== since the last run")
    print("  was " + line("all", last["all"]))
    changed = 0
    for name, s in result["articles"].items():
        before = last.get("articles", {}).get(name)
        if before is None:
            continue
        b, a = before["events"]["f1"], s["events"]["f1"]
        if abs(a - b) > 1e-9:
            changed += 1
            print(f"  {'better' if a > b else 'worse ':<6} {name:<40} {b:.3f} -> {a:.3f}")
    if not changed:
        print("  no article changed")


if __name__ == "__main__":
    raise SystemExit(main())

"""Score the pipeline on the project's own annotated probe sets (`data/probes/`), set by set.

`make eval-probes` runs it. The dev set in `../shared` is small; the probe sets are short articles
the team wrote itself, each set aimed at one register or one class of errors, annotated with the
same guidelines and in the same gold format (`NAME.gold.json` beside `NAME.txt`). Each set holds a
`tune/` part, which rules may be written against, and a `sealed/` part, which nobody reads once it
is written: it tells whether a rule generalises. Each part is extracted on its own (events are
merged across the articles of one run, and two sets must not merge into each other), then scored
by the shared scorer. The last result is kept in `data/interim/probes-last.json` (ignored by git)
so each run prints the lines that rose or fell.

    python scripts/eval_probes.py                 # every set
    python scripts/eval_probes.py SET [SET ...]   # some sets (names under data/probes/)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "data" / "probes"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
LAST = ROOT / "data" / "interim" / "probes-last.json"
PARTS = ("tune", "sealed")


def parts_of(set_dir: Path) -> list[Path]:
    """The parts of one probe set that hold gold files, tuning part first."""
    return [set_dir / p for p in PARTS if any((set_dir / p).glob("*.gold.json"))]


def extract(part: Path, out: Path, raw: Path) -> None:
    """Run the pipeline on the articles of one part (not on their gold files)."""
    raw.mkdir(parents=True)
    for f in part.iterdir():
        if not f.name.endswith((".gold.json", ".md")):
            (raw / f.name).symlink_to(f.resolve())
    cmd = [sys.executable, "-m", "pipeline", "extract", str(raw), str(out), "--no-cache"]
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def score(out: Path, part: Path) -> dict:
    """The shared scorer's JSON summary for one part."""
    golds = sorted(map(str, part.glob("*.gold.json")))
    cmd = [sys.executable, str(SCORER), str(out), *golds, "--json"]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def line(name: str, s: dict) -> str:
    e, a = s["events"], s["actors"]
    return (
        f"{name:<28} events F1={e['f1']:.3f} P={e['precision']:.3f} R={e['recall']:.3f} "
        f"strict={e['strict_f1']:.3f} dup={e['duplicates']} gold={e['n_gold']} | actors F1={a['f1']:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set names under data/probes/ (default: all)")
    parser.add_argument("--keep", type=Path, help="keep each part's outputs under this folder")
    args = parser.parse_args(argv)
    if not SCORER.is_file():
        print(f"{SCORER}: the shared scorer is not there", file=sys.stderr)
        return 2
    names = args.sets or sorted(p.name for p in PROBES.iterdir() if p.is_dir())
    missing = [n for n in names if not (PROBES / n).is_dir()]
    if missing:
        print(f"{PROBES}: no probe set named {', '.join(missing)}", file=sys.stderr)
        return 2
    result: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="eval-probes-") as tmp:
        for name in names:
            for part in parts_of(PROBES / name):
                key = f"{name}/{part.name}"
                out = (args.keep or Path(tmp)) / name / part.name
                extract(part, out, Path(tmp) / "raw" / name / part.name)
                result[key] = score(out, part)
                print("  " + line(key, result[key]), flush=True)
    _compare(result)
    if not args.sets:
        LAST.parent.mkdir(parents=True, exist_ok=True)
        LAST.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _compare(result: dict) -> None:
    if not LAST.is_file():
        return
    last = json.loads(LAST.read_text(encoding="utf-8"))
    print("== since the last run over every set")
    changed = 0
    for key, s in result.items():
        before = last.get(key)
        if before is None:
            continue
        b, a = before["events"]["f1"], s["events"]["f1"]
        if abs(a - b) > 1e-9:
            changed += 1
            print(f"  {'rose' if a > b else 'FELL':<4} {key:<28} {b:.3f} -> {a:.3f}")
    if not changed:
        print("  no line changed")


if __name__ == "__main__":
    sys.exit(main())

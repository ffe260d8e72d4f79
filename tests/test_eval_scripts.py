"""The evaluation scripts' own logic (scripts/): rows per story across outlets (`eval_across`).

The scripts score the pipeline with the shared scorer in ../shared; these tests skip without it.
"""

from __future__ import annotations

import csv
import json
import sys
import types
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import eval_across  # noqa: E402

FIELDS = [
    "event_id",
    "event_type",
    "date_start",
    "date_end",
    "status",
    "actors",
    "source_actor",
    "target_actor",
    "articles",
]


def _write(folder: Path, rows: list[dict], golds: dict[str, list[dict]]) -> Path:
    """An output folder (events.csv, articles.csv) and a part folder with one gold file per article."""
    out, part = folder / "out", folder / "part"
    out.mkdir()
    part.mkdir()
    with (out / "events.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows({k: r.get(k, "") for k in FIELDS} for r in rows)
    with (out / "articles.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["id", "path"])
        writer.writeheader()
        writer.writerows({"id": name, "path": name} for name in golds)
    for name, events in golds.items():
        gold = {"article": name, "published": "2026-03-04", "events": events, "actors": []}
        (part / name.replace(".txt", ".gold.json")).write_text(json.dumps(gold), encoding="utf-8")
    return folder


def _call(eid: str, day: str | None, story: str) -> dict:
    return {
        "id": eid,
        "type": "call",
        "date": day,
        "status": "occurred",
        "story": story,
        "actors": [["Emmanuel Macron", "France"], ["Lula", "Brésil"]],
        "optional": False,
    }


def _row(eid: str, day: str, articles: str) -> dict:
    return {
        "event_id": eid,
        "event_type": "call",
        "date_start": day,
        "date_end": day,
        "status": "occurred",
        "actors": "Emmanuel Macron|Lula",
        "articles": articles,
    }


@pytest.mark.parametrize(
    "rows, expected",
    [
        # one row listing both outlets: one row for the story, nothing merged wrongly
        ([_row("r1", "2026-03-03", "a.txt|b.txt")], (1.0, 1, [])),
        # each outlet its own row: two rows for one story
        ([_row("r1", "2026-03-03", "a.txt"), _row("r2", "2026-03-03", "b.txt")], (2.0, 0, [])),
        # the call of a week later merged into the first: a wrong merge
        ([_row("r1", "2026-03-03", "a.txt|b.txt|c.txt")], (1.0, 1, ["r1"])),
    ],
)
def test_rows_per_story_and_wrong_merges(shared_dir, tmp_path, rows, expected):
    golds = {
        "a.txt": [_call("e1", "2026-03-03", "S1")],
        "b.txt": [_call("e1", "2026-03-03", "S1")],
        "c.txt": [_call("e1", None, "S2")],
    }
    folder = _write(tmp_path, rows, golds)
    result = eval_across.across(eval_across.load_scorer(), folder / "out", folder / "part")
    assert (result["rows_per_story"], result["one_row"], result["wrong_merges"]) == expected


# `eval_misses.side_missing`: which gold side a one-sided mention lacks, and whether its sentence names it.
# A stub scorer matches a name to a slot by equality, so the test needs nothing of ../shared.
@pytest.mark.parametrize(
    "names, in_sentence, expected",
    [
        (["Russie"], ["Union européenne", "Russie"], " (initiator missing, named in its sentence)"),
        (["Russie"], ["Russie"], " (initiator missing, not in its sentence)"),
        (["Union européenne"], ["Union européenne", "Russie"], " (other side missing, named in its sentence)"),
        (["Union européenne"], ["Union européenne"], " (other side missing, not in its sentence)"),
        (["Union européenne", "Russie"], [], ""),
    ],
)
def test_side_missing_names_the_side_and_where(names, in_sentence, expected):
    import eval_misses

    scorer = types.SimpleNamespace(name_matches=lambda name, slot: name in slot)
    event = {"actors": [["Union européenne", "UE"], ["Russie", "Moscou"]]}
    assert eval_misses.side_missing(scorer, names, in_sentence, event) == expected

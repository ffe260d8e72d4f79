"""Incremental `extract`: only new or changed articles are processed; interrupted runs resume."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import config
from pipeline.run import workers
from pipeline.run.extract import run_extract

pytestmark = pytest.mark.slow

OUTPUTS = ("events.csv", "actors.csv", "edges.csv", "mentions.csv", "articles.csv")


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture()
def raw(tmp_path) -> Path:
    dest = tmp_path / "raw"
    shutil.copytree(config.RAW_DIR, dest, ignore=shutil.ignore_patterns(".gitkeep"))
    return dest


def test_second_run_with_nothing_new_is_up_to_date_without_spacy(raw, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "interim"
    first = run_extract(raw, out, cache_dir=cache)
    assert (first.processed, first.from_cache, first.up_to_date) == (4, 0, False)
    code = (
        "import sys; from pathlib import Path; from pipeline.run.extract import run_extract; "
        f"s = run_extract(Path({str(raw)!r}), Path({str(out)!r}), cache_dir=Path({str(cache)!r})); "
        "print(s.from_cache, s.up_to_date, 'spacy' in sys.modules, 'pandas' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["4", "True", "False", "False"]


def test_only_the_new_article_is_processed(raw, tmp_path, monkeypatch):
    out, cache = tmp_path / "out", tmp_path / "interim"
    run_extract(raw, out, cache_dir=cache)
    (raw / "nouveau.txt").write_text(
        "Nouvelle visite\nPublié le 2 novembre 2025\nLe 1er novembre, Emmanuel Macron a rencontré Xi Jinping à Pékin.",
        encoding="utf-8",
    )
    seen: list[str] = []
    original = workers.process_serial

    def spy(nlp, articles):
        for result in original(nlp, articles):
            seen.append(result.record.id)
            yield result

    monkeypatch.setattr(workers, "process_serial", spy)
    summary = run_extract(raw, out, cache_dir=cache)
    assert seen == ["nouveau.txt"]
    assert (summary.processed, summary.from_cache) == (5, 4)
    assert "2025-11-01" in (out / "events.csv").read_text(encoding="utf-8")


def test_a_deleted_article_disappears_from_the_outputs(raw, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "interim"
    run_extract(raw, out, cache_dir=cache)
    (raw / "depeches" / "raffineries-septembre-2025.html").unlink()
    summary = run_extract(raw, out, cache_dir=cache)
    assert summary.up_to_date is False
    for name in OUTPUTS:
        assert "raffineries-septembre-2025" not in (out / name).read_text(encoding="utf-8")
    assert "Naftogaz" not in (out / "actors.csv").read_text(encoding="utf-8")


def test_an_interrupted_run_resumes_to_the_same_outputs(raw, tmp_path, monkeypatch):
    reference = tmp_path / "reference"
    run_extract(raw, reference, use_cache=False)
    out, cache = tmp_path / "out", tmp_path / "interim"
    original = workers.process_serial

    def interrupted(nlp, articles):
        for n, result in enumerate(original(nlp, articles)):
            if n == 2:
                raise KeyboardInterrupt
            yield result

    monkeypatch.setattr(workers, "process_serial", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run_extract(raw, out, cache_dir=cache)
    monkeypatch.setattr(workers, "process_serial", original)
    resumed = run_extract(raw, out, cache_dir=cache)
    assert resumed.from_cache == 2
    assert snapshot(out) == snapshot(reference)

"""Running on a Dask cluster gives the same tables as a local run, byte for byte."""

from __future__ import annotations

import pytest

from pipeline import config
from pipeline.run.extract import run_extract

pytest.importorskip("dask.distributed")
pytestmark = pytest.mark.slow


def test_local_dask_cluster_of_two_workers_matches_a_local_run(tmp_path, monkeypatch):
    # Dask's worker processes import `pipeline` afresh: make it this checkout's code, not whatever
    # folder the virtual environment's editable install points to (several worktrees share one venv).
    monkeypatch.setenv("PYTHONPATH", str(config.PROJECT_ROOT))
    local, distributed = tmp_path / "local", tmp_path / "dask"
    run_extract(config.RAW_DIR, local, use_cache=False)
    summary = run_extract(config.RAW_DIR, distributed, jobs=2, dask="local", cache_dir=tmp_path / "interim")
    assert summary.processed == 4
    for name in ("events.csv", "actors.csv", "edges.csv", "mentions.csv", "articles.csv"):
        assert (distributed / name).read_bytes() == (local / name).read_bytes(), name
    assert len(list((tmp_path / "interim").rglob("*.json"))) == 4 + 1  # four articles and the manifest

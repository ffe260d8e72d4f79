"""The notebooks are stored clean and run top to bottom on a fresh `extract` output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import config

NOTEBOOKS = config.PROJECT_ROOT / "notebooks"
NAMES = ["1.0-timeline.ipynb", "2.0-actor-graph.ipynb"]


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_stored_without_outputs(name):
    cells = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))["cells"]
    dirty = [
        i
        for i, cell in enumerate(cells)
        if cell["cell_type"] == "code" and (cell.get("outputs") or cell.get("execution_count"))
    ]
    assert dirty == [], f"{name}: cells {dirty} hold outputs; clear them before committing"


@pytest.mark.parametrize("name", NAMES)
def test_notebook_reads_processed_dir_from_env_in_first_code_cell(name):
    cells = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))["cells"]
    first = next("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    assert 'os.environ.get("PIPELINE_PROCESSED_DIR", "../data/processed")' in first


@pytest.fixture(scope="module")
def sample_output(tmp_path_factory) -> Path:
    from pipeline.run.extract import run_extract

    out = tmp_path_factory.mktemp("processed")
    run_extract(config.RAW_DIR, out, use_cache=False, jobs=1)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_top_to_bottom(name, sample_output, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    monkeypatch.setenv("PIPELINE_PROCESSED_DIR", str(sample_output))
    monkeypatch.setenv("PIPELINE_RAW_DIR", str(config.RAW_DIR))
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(
        notebook, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    client.execute()
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    last = notebook.cells[-1]["outputs"]
    assert last and "text/html" in last[0]["data"]  # the displaCy page or the evidence table

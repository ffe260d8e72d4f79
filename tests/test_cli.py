"""The command line: every command listed, clear errors, exit codes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.cli import main


def test_help_lists_every_command():
    out = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, check=True)
    for command in ("extract", "fetch", "dates", "report", "kb", "bench"):
        assert command in out.stdout


def test_extract_on_missing_folder_exits_1_naming_it(tmp_path, caplog):
    missing = tmp_path / "nowhere"
    assert main(["extract", str(missing), str(tmp_path / "out")]) == 1
    assert f"{missing}: input folder not found" in caplog.text


def test_dates_without_text_or_input_is_a_usage_error(caplog):
    assert main(["dates"]) == 1
    assert "give a TEXT argument or --input FILE.jsonl" in caplog.text


def test_no_command_prints_help(capsys):
    assert main([]) == 2
    assert "extract" in capsys.readouterr().out


def test_model_not_installed_names_the_model():
    from pipeline.nlp.pipeline import ModelNotInstalled, load_model

    with pytest.raises(ModelNotInstalled, match="'fr_core_news_xl' is not installed"):
        load_model("fr_core_news_xl")


def test_extract_max_file_mb_refuses_larger_inputs_by_name(tmp_path, caplog, monkeypatch):
    from pipeline import config

    monkeypatch.setattr(config, "MAX_FILE_BYTES", config.MAX_FILE_BYTES)  # restored after the test
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "note.txt").write_text("La réunion des ministres a eu lieu à Rome.\n" * 30_000, encoding="utf-8")
    assert main(["extract", str(raw), str(tmp_path / "out"), "--max-file-mb", "1"]) == 1
    assert "note.txt: file too large (1.3 MB > 1 MB limit)" in caplog.text

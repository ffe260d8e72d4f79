"""Shared fixtures: the full pipeline and the bare French model are loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import config

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    """Tests never read or write the project's data/interim cache."""
    monkeypatch.setattr(config, "INTERIM_DIR", tmp_path / "interim")


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline (model + temporal tagger + actor resolver + event extractor)."""
    from pipeline.nlp.pipeline import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def fr_model():
    """The bare French spaCy model, without our components."""
    import spacy

    return spacy.load(config.default_model_name())


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the project; tests that need it skip when it is absent."""
    if not config.SHARED_DIR.is_dir():
        pytest.skip("../shared is not present")
    return config.SHARED_DIR

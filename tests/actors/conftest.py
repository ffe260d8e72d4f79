"""Fixtures of the actor tests: a small hand-written knowledge base (tests/fixtures/kb)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.actors.kb import KnowledgeBase, load_kb

FIXTURE_KB = Path(__file__).parent.parent / "fixtures" / "kb"


@pytest.fixture(scope="session")
def kb_dir() -> Path:
    return FIXTURE_KB


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb(FIXTURE_KB)

"""Fixtures of the date tests: the French model with the temporal tagger, loaded once per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def date_nlp():
    """The parsed pipeline of `python -m pipeline dates`: the model (tense from the parse) + the tagger."""
    from pipeline.dates.tagger import build_date_nlp

    return build_date_nlp()

"""The bench's verdict lines: each of our components against its share of the model's time."""

from __future__ import annotations

import pytest

from pipeline.run.bench import _component_lines

MODEL = {"tok2vec", "parser"}


@pytest.mark.parametrize(
    ("name", "seconds", "line"),
    [
        (
            "event_extractor",
            1.2,
            "  component event_extractor      1.20 s  (+12.0% of the model's time, within the 15% target)",
        ),
        (
            "event_extractor",
            1.6,
            "  component event_extractor      1.60 s  (+16.0% of the model's time, OVER the 15% target)",
        ),
        (
            "actor_resolver",
            1.2,
            "  component actor_resolver       1.20 s  (+12.0% of the model's time, OVER the 10% target)",
        ),
        (
            "actor_resolver",
            0.8,
            "  component actor_resolver       0.80 s  (+8.0% of the model's time, within the 10% target)",
        ),
    ],
)
def test_component_share_against_its_target(name: str, seconds: float, line: str) -> None:
    lines = _component_lines({"tokenizer": 1.0, "tok2vec": 5.0, "parser": 4.0, name: seconds}, MODEL)
    assert lines[-1] == line
    assert lines[0] == "  component tokenizer            1.00 s"

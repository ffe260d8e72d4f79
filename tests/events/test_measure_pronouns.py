"""A strike verb whose pronoun subject stands for a measure told just before is that measure's reach
(pipeline/events/measure_pronouns.py). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.pipeline import parse_text

PUBLISHED = date(2025, 10, 24)  # a Friday

pytestmark = pytest.mark.slow


def _sides(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = parse_text(nlp, text, PUBLISHED)
    return [
        (m.event_type, m.source_actor, m.target_actor)
        for m in doc._.event_mentions
        if m.event_type in {"strike", "sanction"}
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # `il` agrees with `paquet` (whose `de` phrase is the measure), `elles` with `sanctions`
        (
            "Le Royaume-Uni a dévoilé jeudi un paquet de sanctions contre l'Iran. Il vise aussi des dépôts syriens.",
            [("sanction", "state:GBR", "state:IRN"), ("sanction", "state:GBR", "state:SYR")],
        ),
        (
            "Tokyo a annoncé jeudi des sanctions contre la Russie. Elles frappent également des usines bélarusses.",
            [("sanction", "state:JPN", "state:RUS"), ("sanction", "state:JPN", "state:BLR")],
        ),
        # the pronoun stands for a state: the strike stays one
        (
            "La Turquie a bombardé jeudi des dépôts syriens. Elle vise aussi des raffineries irakiennes.",
            [("strike", "state:TUR", "state:SYR"), ("strike", "state:TUR", "state:IRQ")],
        ),
    ],
)
def test_pronoun_standing_for_a_measure_tells_its_reach(nlp, text, expected):
    assert _sides(nlp, text) == expected

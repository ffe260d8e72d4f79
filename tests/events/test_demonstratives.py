"""A demonstrative pronoun with a phrase of its own that takes up an event noun told before tells another event
of that kind (pipeline/events/demonstratives.py). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.pipeline import parse_text

PUBLISHED = date(2025, 10, 23)  # a Thursday

pytestmark = pytest.mark.slow


def _rows(nlp, text: str) -> list[tuple]:
    doc = parse_text(nlp, text, PUBLISHED)
    return [
        (
            m.event_type,
            m.trigger,
            m.source_actor,
            m.target_actor,
            m.date.start.isoformat() if m.date else None,
            m.status,
        )
        for m in doc._.event_mentions
        if m.event_type in {"strike", "sanction"}
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # `celle de 10 %` takes up `taxe`: a second measure, dated by its own participle
        (
            "Le Mexique appliquera dès lundi une taxe de 30 % sur l'acier, après celle de 10 % sur les voitures "
            "américaines entrée en vigueur mardi.",
            [
                ("sanction", "taxe", "state:MEX", "state:USA", "2025-10-27", "planned"),
                ("sanction", "celle", "state:MEX", "state:USA", "2025-10-21", "occurred"),
            ],
        ),
        # the pronoun's relative clause names the strike with a verb of its own: that verb tells it
        (
            "Une frappe russe a touché jeudi le port d'Odessa, trois jours après celle qui avait visé la gare de "
            "Kharkiv.",
            [
                ("strike", "frappe", "state:RUS", "state:UKR", "2025-10-23", "occurred"),
                ("strike", "visé", "state:RUS", "state:UKR", None, "occurred"),
            ],
        ),
        # `celle-ci` takes up the measure itself
        (
            "Le Japon a imposé mardi une surtaxe aux voitures chinoises. Celle-ci pèse sur les ventes.",
            [("sanction", "surtaxe", "state:JPN", "state:CHN", "2025-10-21", "occurred")],
        ),
    ],
)
def test_demonstrative_tells_another_event_of_its_antecedent(nlp, text, expected):
    assert _rows(nlp, text) == expected

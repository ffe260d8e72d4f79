"""The compound past repair: `est arrivée`, the `être` of a compound past labelled a passive auxiliary."""

from __future__ import annotations

import pytest

from pipeline.nlp.compound_past import etre_verbs, repair_compound_past

pytestmark = pytest.mark.slow


def _auxiliaries(doc, word: str) -> list[str]:
    token = next(t for t in doc if t.text == word)
    return sorted(c.dep_ for c in token.children if c.dep_.startswith("aux"))


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # the parser's passive auxiliary on a verb that has no passive: the tense auxiliary
        (
            "Une délégation nord-coréenne conduite par Kim Yong-chol est arrivée à New York pour rencontrer "
            "Mike Pompeo.",
            "arrivée",
            ["aux:tense"],
        ),
        # a true passive (`a été reçu`) and a verb with a passive (`est reçu`) are left as they are
        ("Le ministre a été reçu par le roi.", "reçu", ["aux:pass", "aux:tense"]),
        ("Le ministre est reçu par le roi.", "reçu", ["aux:pass"]),
    ],
)
def test_etre_of_a_compound_past_is_its_tense(fr_model, text, word, expected):
    doc = repair_compound_past(fr_model(text))
    assert _auxiliaries(doc, word) == expected


def test_etre_verbs_are_read_from_models():
    assert {"arriver", "venir", "survenir"} <= etre_verbs()
    assert "descendre" not in etre_verbs()  # `le drone a été descendu` is a passive

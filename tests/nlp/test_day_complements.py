"""An infinitive or a `sous` phrase hung on the day told after the verb: `ont affirmé dimanche avoir tiré`."""

from __future__ import annotations

import pytest

from pipeline.nlp.day_complements import repair_day_complements
from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # the infinitive of a verb of saying, hung on the day: the verb's
        ("Les rebelles ont affirmé dimanche avoir lancé des roquettes contre une base.", "lancé", ("affirmé", "xcomp")),
        # a `sous` phrase on the day: the verb's complement
        ("Le Trésor a placé vendredi sous sanctions deux banques.", "sanctions", ("placé", "obl:arg")),
        # a phrase of time stays on the day
        ("Les insurgés ont attaqué dimanche à l'aube un poste de police.", "aube", ("dimanche", "obl:mod")),
    ],
)
def test_infinitive_or_measure_hung_on_the_day_is_the_verbs(fr_model, text, word, expected):
    doc = repair_day_complements(fr_model(text))
    assert head_of(doc, word) == expected
    assert len(list(doc.sents)) == 1

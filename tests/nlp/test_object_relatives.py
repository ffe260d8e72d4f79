"""An object relative clause whose `que` the parser took for the mark of a later reporting verb."""

from __future__ import annotations

import pytest

from pipeline.nlp.object_relatives import misread_relative, repair_object_relatives
from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow

MISREAD = (
    "L'aviation turque a bombardé mardi des dizaines de cibles kurdes en Irak, en riposte à des tirs de roquettes "
    "que les combattants kurdes auraient lancés dans la nuit contre ses positions sur la frontière, a indiqué un "
    "porte-parole militaire."
)


def test_relative_read_as_a_completive_is_the_nouns_clause(fr_model):
    doc = fr_model(MISREAD)
    assert head_of(doc, "que") != ("lancés", "obj")  # the misreading the repair is for
    doc = repair_object_relatives(doc)
    # `lancés` agrees with `tirs` (masculine), not with `roquettes`
    assert [head_of(doc, w) for w in ("lancés", "que", "combattants")] == [
        ("tirs", "acl:relcl"),
        ("lancés", "obj"),
        ("lancés", "nsubj"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # `que` after a verb is the conjunction of its complement clause
        "Le ministre a affirmé que les forces russes auraient lancé l'assaut.",
        # a relative the parser read right is left as it is
        "Moscou a condamné les sanctions que l'Union européenne a adoptées lundi, a déclaré un porte-parole.",
    ],
)
def test_que_read_right_is_left_alone(fr_model, text):
    doc = fr_model(text)
    assert all(misread_relative(t) is None for t in doc if t.lower_ in {"que", "qu'"})

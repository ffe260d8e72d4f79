"""The `que` of a reported clause taken for a relative pronoun: `a annoncé qu'il appellerait X`."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.completives import completive_of, repair_completive_que
from pipeline.nlp.pipeline import parse_text
from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        # `qu'` read as the object of a verb that has its own subject and object: the clause's conjunction
        (
            "Olaf Scholz a annoncé samedi qu'il appellerait lundi le président ukrainien pour parler de l'aide "
            "militaire.",
            [("qu'", ("appellerait", "mark")), ("appellerait", ("annoncé", "ccomp"))],
        ),
        (
            "La Première ministre a fait savoir mardi qu'elle appellerait jeudi le président albanais.",
            [("qu'", ("appellerait", "mark")), ("appellerait", ("fait", "ccomp"))],
        ),
        # a relative whose verb has no other object stays a relative
        ("Voici la lettre qu'elle écrivait chaque soir à son frère.", [("qu'", ("écrivait", "obj"))]),
    ],
)
def test_que_of_a_reported_clause_is_its_mark(fr_model, text, expected):
    doc = repair_completive_que(fr_model(text))
    assert [(word, head_of(doc, word)) for word, _ in expected] == expected


def test_relative_on_a_noun_is_left_alone(fr_model):
    doc = fr_model("C'est le livre qu'il a offert hier à sa mère.")
    que = next(t for t in doc if t.text == "qu'")
    assert completive_of(que) is None  # its verb qualifies the noun: a true relative


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Olaf Scholz a annoncé samedi qu'il appellerait lundi le président ukrainien pour parler de l'aide "
            "militaire.",
            [("call", "planned", date(2025, 10, 27))],
        ),
    ],
)
def test_call_reported_with_que_taken_for_a_relative_is_found(nlp, text, expected):
    doc = parse_text(nlp, text, date(2025, 10, 26))  # a Sunday
    found = [(m.event_type, m.status, m.date.start if m.date else None) for m in doc._.event_mentions]
    assert [f for f in found if f[0] != "statement"] == expected

"""A second object the parser coordinated with the verb: `a lancé 300 drones et quarante missiles contre X`."""

from __future__ import annotations

import pytest

from pipeline.nlp.conjoined_objects import repair_conjoined_objects
from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow

COUNTED = "Moscou a tiré lundi soir 80 drones et six missiles balistiques contre Kharkiv."


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # a noun opened by `et` after the verb's object, with nothing of its own but numbers and modifiers
        (
            "L'armée a tiré dans la nuit de samedi à dimanche 312 drones et 41 missiles contre la capitale.",
            "missiles",
            ("drones", "conj"),
        ),
        # a counted first object read as a modifier of measure is the verb's object
        (
            "Moscou a tiré lundi soir 80 drones et six missiles balistiques contre Kharkiv.",
            "missiles",
            ("drones", "conj"),
        ),
        ("Moscou a tiré lundi soir 80 drones et six missiles balistiques contre Kharkiv.", "drones", ("tiré", "obj")),
        # a conjunct the parser already put on the object stays there
        ("Le ministre a reçu les ambassadeurs et les consuls.", "consuls", ("ambassadeurs", "conj")),
        # a second clause with its own subject is no object
        ("Le ministre a reçu les ambassadeurs et le président a salué les consuls.", "président", ("salué", "nsubj")),
    ],
)
def test_noun_coordinated_with_a_verb_is_a_conjunct_of_its_object(fr_model, text, word, expected):
    doc = repair_conjoined_objects(fr_model(text))
    assert head_of(doc, word) == expected
    assert len(list(doc.sents)) == 1

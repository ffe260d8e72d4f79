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


def test_the_first_objects_name_hung_on_the_verb_is_its_apposition():
    """`a reçu le ministre belge, Jan Peeters, et le ministre suisse, Urs Keller`, parsed with the first name
    hung on the verb and the second title coordinated with the verb: the name is the first object's, and the
    second title its conjunct (the parse is built by hand: the model makes this error on some names only)."""
    import spacy
    from spacy.tokens import Doc

    words = "Le roi a reçu hier le ministre belge , Jan Peeters , et le ministre suisse , Urs Keller .".split()
    heads = [1, 3, 3, 3, 3, 6, 3, 6, 3, 3, 9, 3, 14, 14, 3, 14, 17, 14, 17, 3]
    deps = (
        "det nsubj aux:tense ROOT obl:mod det obj amod punct obl:mod flat:name punct cc det conj amod punct appos "
        "flat:name punct"
    ).split()
    pos = (
        "DET NOUN AUX VERB ADV DET NOUN ADJ PUNCT PROPN PROPN PUNCT CCONJ DET NOUN ADJ PUNCT PROPN PROPN PUNCT".split()
    )
    doc = repair_conjoined_objects(Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos))
    assert (doc[9].head.i, doc[9].dep_) == (6, "appos")
    assert (doc[14].head.i, doc[14].dep_) == (6, "conj")

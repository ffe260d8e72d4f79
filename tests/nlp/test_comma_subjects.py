"""The comma subject repair: after `Samedi,` opening a sentence, a subject the parser fixed to the comma is the
subject of the verb that follows it; a `de` complement told after an incise is the noun's before the incise."""

from __future__ import annotations

import pytest

from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # the model hangs `président` on the comma as a fixed word
        ("Samedi, le président américain avait téléphoné aux deux dirigeants.", "président", ("téléphoné", "nsubj")),
        # a subject the model reads well keeps its place
        ("Samedi, Donald Trump avait appelé les deux dirigeants.", "Trump", ("Donald", "flat:name")),
        ("Samedi, le ministre a reçu son homologue.", "ministre", ("reçu", "nsubj")),
    ],
)
def test_comma_subject_in_the_pipeline(nlp, text, word, expected):
    assert head_of(nlp(text), word) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # fixed to the comma closing the incise, or hung on the verb: the noun's before the incise
        (
            "Caracas a ordonné lundi le départ, sous soixante-douze heures, des diplomates de sept pays voisins.",
            "diplomates",
            ("départ", "nmod"),
        ),
        (
            "Moscou a annoncé l'expulsion, d'ici samedi, de vingt-trois diplomates britanniques.",
            "diplomates",
            ("expulsion", "nmod"),
        ),
        # a complement with no incise before it keeps its place
        ("Moscou a annoncé l'expulsion de vingt-trois diplomates britanniques.", "diplomates", ("expulsion", "nmod")),
    ],
)
def test_complement_after_an_incise_in_the_pipeline(nlp, text, word, expected):
    assert head_of(nlp(text), word) == expected

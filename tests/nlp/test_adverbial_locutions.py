"""Three-word adverbial locutions read as a noun phrase: `a appelé tour à tour le ministre X et le ministre Y`."""

from __future__ import annotations

import pytest
from spacy.lang.fr import French
from spacy.tokens import Doc

from pipeline.nlp.adverbial_locutions import load_locutions, repair_adverbial_locutions
from tests.nlp.heads import head_of


def test_locutions_are_read_from_the_models_file():
    assert {("tour", "à", "tour"), ("coup", "sur", "coup")} <= load_locutions()


# Trees built by hand as the French model gives them: `tour` taken for the verb's object, the people hung on it.
@pytest.mark.parametrize(
    "words, heads, deps, pos, expected",
    [
        # `a reçu tour à tour le chef et le roi`
        (
            ["reçu", "tour", "à", "tour", "le", "chef", "et", "le", "roi"],
            [0, 0, 3, 1, 5, 3, 8, 8, 1],
            ["ROOT", "obj", "case", "nmod", "det", "appos", "cc", "det", "conj"],
            ["VERB", "NOUN", "ADP", "NOUN", "DET", "NOUN", "CCONJ", "DET", "NOUN"],
            {"tour": ("reçu", "advmod"), "à": ("tour", "fixed"), "chef": ("reçu", "obj"), "roi": ("chef", "conj")},
        ),
        # hung on the day before it (`a appelé vendredi tour à tour X`): the object already the verb's
        (
            ["appelé", "vendredi", "tour", "à", "tour", "le", "chef"],
            [0, 0, 1, 4, 1, 6, 0],
            ["ROOT", "obl:mod", "nmod", "case", "nmod", "det", "obj"],
            ["VERB", "NOUN", "NOUN", "ADP", "NOUN", "DET", "NOUN"],
            {"tour": ("appelé", "advmod"), "chef": ("appelé", "obj")},
        ),
        # `le tour de table`: no locution, left alone
        (
            ["fait", "le", "tour", "de", "table"],
            [0, 2, 0, 4, 2],
            ["ROOT", "det", "obj", "case", "nmod"],
            ["VERB", "DET", "NOUN", "ADP", "NOUN"],
            {"tour": ("fait", "obj")},
        ),
    ],
)
def test_locution_hangs_on_the_verb_as_an_adverb(words, heads, deps, pos, expected):
    doc = Doc(French().vocab, words=words, heads=heads, deps=deps, pos=pos)
    repair_adverbial_locutions(doc)
    assert {w: head_of(doc, w) for w in expected} == expected

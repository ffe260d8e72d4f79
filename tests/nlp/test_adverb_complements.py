"""The adverb complement repair: the phrases the parser hung on an adverb of manner (`séparément au
téléphone avec X`) are the verb's; an adverb that takes a complement (`conformément à`) keeps its own."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.nlp.adverb_complements import misplaced_phrases
from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # `au téléphone` hung on `séparément`, and the partners under it
        (
            "La ministre s'est entretenue séparément au téléphone avec Olaf Scholz et avec Giorgia Meloni.",
            "téléphone",
            ("entretenue", "obl:arg"),
        ),
    ],
)
def test_phrase_on_an_adverb_of_manner_is_the_verbs(nlp, text, word, expected):
    assert head_of(nlp(text), word) == expected


@pytest.mark.parametrize(
    "adverb, expected",
    [
        # an adverb of manner takes no complement: the phrase is the verb's
        ("séparément", ["loi"]),
        ("ensemble", ["loi"]),
        # an adverb of complement_adverbs.txt keeps its own (`conformément à la loi`)
        ("conformément", []),
        ("parallèlement", []),
        # no adverb of manner (`lors de`, `près de` take their phrase)
        ("près", []),
    ],
)
def test_misplaced_phrases(fr_model, adverb, expected):
    # `Il a statué ADVERB à la loi .`, the phrase hung on the adverb
    words = ["Il", "a", "statué", adverb, "à", "la", "loi", "."]
    heads = [2, 2, 2, 2, 6, 6, 3, 2]
    deps = ["nsubj", "aux:tense", "ROOT", "advmod", "case", "det", "obl:arg", "punct"]
    pos = ["PRON", "AUX", "VERB", "ADV", "ADP", "DET", "NOUN", "PUNCT"]
    doc = Doc(fr_model.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in misplaced_phrases(doc[3])] == expected

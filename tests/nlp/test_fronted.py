"""The fronted phrase repair: `Au cours d'un entretien téléphonique, le roi ... ont évoqué`, the opening phrase
hung by the parser on the subject after it."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.nlp.fronted import fronted_phrase_verb

pytestmark = pytest.mark.slow

_WORDS = ["Au", "cours", "du", "dîner", ",", "le", "roi", "a", "parlé"]
_POS = ["ADP", "NOUN", "ADP", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB"]


@pytest.mark.parametrize(
    "heads, deps, expected",
    [
        # the phrase hung on the subject after its comma: the verb's
        (
            [1, 6, 3, 1, 6, 6, 8, 8, 8],
            ["case", "nmod", "case", "nmod", "punct", "det", "nsubj", "aux:tense", "ROOT"],
            "parlé",
        ),
        # already on the verb: nothing to do
        (
            [1, 8, 3, 1, 8, 6, 8, 8, 8],
            ["case", "obl:mod", "case", "nmod", "punct", "det", "nsubj", "aux:tense", "ROOT"],
            None,
        ),
        # hung on the object, not on the subject: left alone
        (
            [1, 6, 3, 1, 6, 6, 8, 8, 8],
            ["case", "nmod", "case", "nmod", "punct", "det", "obj", "aux:tense", "ROOT"],
            None,
        ),
    ],
)
def test_fronted_phrase_verb(fr_model, heads, deps, expected):
    doc = Doc(fr_model.vocab, words=_WORDS, heads=heads, deps=deps, pos=_POS)
    verb = fronted_phrase_verb(doc[1])
    assert (verb.text if verb is not None else None) == expected

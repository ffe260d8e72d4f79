"""Sentence boundaries set before the parser (`pipeline/nlp/pipeline.py`)."""

from __future__ import annotations

import pytest

from pipeline.nlp.pipeline import line_sentencizer


@pytest.mark.parametrize(
    "text, first_sentence",
    [
        # a wire dateline with its agency, text on the same line: the dateline is a sentence of its own
        ("LISBONNE, 3 avril (AFP) - Les ministres se sont retrouvés mardi.", "LISBONNE, 3 avril (AFP) -"),
        ("Rabat, 12 juin 2025 (dépêche) – Le roi a reçu lundi le président.", "Rabat, 12 juin 2025 (dépêche) –"),
        # a dateline on a line of its own is already a sentence
        ("Rabat, 12 juin 2025 (dépêche) –\n\nLe roi a reçu lundi le président.", "Rabat, 12 juin 2025 (dépêche) –"),
        # no dateline: a comma after a place does not split the sentence
        (
            "Lisbonne, capitale du Portugal, accueille le sommet.",
            "Lisbonne, capitale du Portugal, accueille le sommet.",
        ),
    ],
)
def test_line_sentencizer_splits_a_wire_dateline(fr_model, text, first_sentence):
    doc = line_sentencizer(fr_model.make_doc(text))
    assert next(iter(doc.sents)).text.strip() == first_sentence


def test_line_sentencizer_splits_a_dateline_after_a_headline(fr_model):
    text = "Accord à Lisbonne\n\nLISBONNE, 3 avril (Reuters) - Les ministres se sont retrouvés mardi."
    doc = line_sentencizer(fr_model.make_doc(text))
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "Accord à Lisbonne",
        "LISBONNE, 3 avril (Reuters) -",
        "Les ministres se sont retrouvés mardi.",
    ]

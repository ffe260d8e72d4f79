"""A name with its own participle after a comma (`..., X attendu à Y`) is the subject of a juxtaposed item."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.nlp.absolute_items import repair_absolute_items


def head_of(doc: Doc, word: str) -> tuple[str, str]:
    token = next(t for t in doc if t.text == word)
    return token.head.text, token.dep_


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Diplomatie : Scholz reçoit le président polonais, Sikorski attendu à Kiev",
            {"Sikorski": ("attendu", "nsubj:pass"), "attendu": ("reçoit", "parataxis"), "Kiev": ("attendu", "nmod")},
        ),
        (
            "Donald Trump a rencontré Vladimir Poutine en Alaska, Volodymyr Zelensky exclu des discussions.",
            {"Volodymyr": ("exclu", "nsubj"), "exclu": ("rencontré", "parataxis")},
        ),
        (
            "Asie : Pékin déploie des navires, Tokyo et Manille s'inquiètent",
            {"Manille": ("Tokyo", "conj"), "inquiètent": ("déploie", "parataxis")},
        ),
    ],
)
def test_name_and_participle_after_a_comma_make_their_own_item(nlp, text, expected):
    doc = nlp(text)
    assert {word: head_of(doc, word) for word in expected} == expected


# an apposition closed by its own comma (`le président polonais, X, arrivé de Varsovie`) is no item of its own
def test_apposition_closed_by_a_comma_stays(nlp):
    doc = nlp("Le chancelier a reçu mardi le président polonais, Andrzej Duda, arrivé de Varsovie dans la matinée.")
    assert head_of(doc, "Andrzej")[0] != "arrivé"


# built by hand: the model's reading of a headline, the name and the city hung on the first verb
def test_repair_on_a_hand_built_parse(fr_model):
    words = ["Macron", "reçoit", "le", "roi", ",", "Barrot", "attendu", "à", "Beyrouth"]
    heads = [1, 1, 3, 1, 5, 1, 5, 8, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "punct", "obl:mod", "acl", "case", "obl:mod"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "ADP", "PROPN"]
    morphs = ["", "Mood=Ind|VerbForm=Fin", "", "", "", "", "Tense=Past|VerbForm=Part", "", ""]
    doc = Doc(fr_model.vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    doc = repair_absolute_items(doc)
    assert [head_of(doc, w) for w in ("Barrot", "attendu", "Beyrouth")] == [
        ("attendu", "nsubj:pass"),
        ("reçoit", "parataxis"),
        ("attendu", "obl:mod"),
    ]


# the second clause's subject the parser already read stays (`Lorsqu'il a reçu X, Y a évoqué ...`)
def test_main_clause_after_a_subordinate_stays(nlp):
    doc = nlp("Lorsqu'il a reçu Emmanuel Macron, Donald Trump a évoqué l'Ukraine.")
    assert [head_of(doc, w) for w in ("Donald", "évoqué")] == [("évoqué", "nsubj"), ("évoqué", "ROOT")]

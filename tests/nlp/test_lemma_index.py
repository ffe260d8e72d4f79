"""The rule lemmatizer's index as sets: same lemmas as the stock model, and the tables really change."""

from __future__ import annotations

import pytest
import spacy
from spacy.lookups import Lookups

from pipeline.nlp.lemma_index import INDEX_TABLE, index_lemma_tables


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Les deux ministres se sont rencontrés hier soir à Genève.", "rencontrés", "rencontrer"),
        ("Des drones ont visé trois raffineries pendant la nuit.", "raffineries", "raffinerie"),
        ("Bruxelles gèlera les avoirs de plusieurs banques.", "gèlera", "geler"),
        ("Le président s'est entretenu au téléphone avec son homologue.", "entretenu", "entretenir"),
    ],
)
def test_lemmas_are_those_of_the_stock_model(nlp, fr_model, text, word, lemma):
    ours = nlp(text)
    stock = fr_model(text)
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in stock]
    assert next(t.lemma_ for t in ours if t.text == word) == lemma


def test_built_pipeline_holds_its_index_as_sets(nlp):
    table = nlp.get_pipe("lemmatizer").lookups.get_table(INDEX_TABLE)
    assert table
    assert all(isinstance(words, frozenset) for words in table.values())


def _toy_lemmatizer():
    blank = spacy.blank("fr")
    lemmatizer = blank.add_pipe("lemmatizer", config={"mode": "rule"})
    lookups = Lookups()
    lookups.add_table(INDEX_TABLE, {"noun": ["traité", "sommet"], "verb": ["signer"]})
    lookups.add_table("lemma_exc", {"noun": {}, "verb": {}})
    lookups.add_table("lemma_rules", {"noun": [["s", ""]], "verb": [["ait", "er"]]})
    lookups.add_table("lemma_lookup", {})
    lemmatizer.initialize(lookups=lookups)
    return blank, lemmatizer


def test_index_lists_become_frozensets_and_lemmas_stay():
    blank, lemmatizer = _toy_lemmatizer()
    doc = blank.make_doc("sommets signait traités")
    for token, pos in zip(doc, ["NOUN", "VERB", "NOUN"], strict=True):
        token.pos_ = pos
    before = [lemmatizer.rule_lemmatize(t)[0] for t in doc]
    lemmatizer.cache.clear()
    assert index_lemma_tables(blank) == 2
    after = [lemmatizer.rule_lemmatize(t)[0] for t in doc]
    assert before == after == ["sommet", "signer", "traité"]
    assert lemmatizer.lookups.get_table(INDEX_TABLE).get("noun") == frozenset({"traité", "sommet"})
    assert index_lemma_tables(blank) == 0  # a second call finds nothing left to change


def test_pipelines_without_rule_lemmatizer_are_left_alone():
    blank = spacy.blank("fr")
    blank.add_pipe("sentencizer")
    assert index_lemma_tables(blank) == 0

"""Give the model's rule lemmatizer its word index as sets: the same lemmas, a fraction of the time.

spaCy's rule lemmatizer (French among others) asks `form in index` for each token it has not
seen, where `index` is the table `lemma_index` of its lookups: one Python *list* per part of speech,
66,000 verbs and 28,000 nouns long in the French tables. Each question is a linear scan, and on
news text the lemmatizer cost as much as the whole tok2vec layer. The lemmatizer only ever asks
whether a word is in the index, so a frozenset of the same words gives the same answers in constant
time. This is applied when our pipeline is built, in the main process and in each worker.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.lookups import Table
from spacy.pipeline import Lemmatizer

INDEX_TABLE = "lemma_index"


def index_lemma_tables(nlp: Language) -> int:
    """Turn the word lists of every rule lemmatizer's index into frozensets; return how many changed.

    Only membership is ever asked of these lists (`Lemmatizer.rule_lemmatize` and its French,
    Catalan, Italian... overrides), so the lemmas are unchanged.
    """
    changed = 0
    for table in _index_tables(nlp):
        for key in list(table.keys()):
            words = table[key]
            if isinstance(words, list):
                table[key] = frozenset(words)
                changed += 1
    return changed


def indexed_words(nlp: Language, part_of_speech: str) -> frozenset[str]:
    """The words the rule lemmatizers' index holds for one part of speech (`verb`: the verbs the model
    knows, `rencontrer`, `céder`); empty when the model has no such index."""
    words: frozenset[str] = frozenset()
    for table in _index_tables(nlp):
        words |= frozenset(table.get(part_of_speech, ()))
    return words


def _index_tables(nlp: Language) -> Iterator[Table]:
    """The `lemma_index` table of every rule lemmatizer of the pipeline."""
    for _name, pipe in nlp.pipeline:
        if isinstance(pipe, Lemmatizer) and pipe.mode == "rule" and INDEX_TABLE in pipe.lookups:
            yield pipe.lookups.get_table(INDEX_TABLE)

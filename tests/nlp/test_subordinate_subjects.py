"""The subordinate subject repair: a noun the parser hung under `après que` as a complement of the main verb
is the subject of the clause verb told after it (`après que des roquettes se sont abattues sur X`)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.nlp.subordinate_subjects import repair_subordinate_subjects
from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow

# `L'armée a riposté après que des roquettes se sont abattues sur Sderot .`, misread the way the model
# reads a long sentence: `après` the preposition of `roquettes`, `que` fixed to it, the verb subjectless
_WORDS = ["L'", "armée", "a", "riposté", "après", "que", "des", "roquettes", "se", "sont", "abattues", "sur"]
_WORDS += ["Sderot", "."]
_HEADS = [1, 3, 3, 3, 7, 4, 7, 3, 10, 10, 3, 12, 10, 3]
_DEPS = ["det", "nsubj", "aux:tense", "ROOT", "case", "fixed", "det", "obl:mod", "expl:comp", "aux:tense"]
_DEPS += ["advcl", "case", "obl:mod", "punct"]
_POS = ["DET", "NOUN", "AUX", "VERB", "ADP", "SCONJ", "DET", "NOUN", "PRON", "AUX", "VERB", "ADP", "PROPN", "PUNCT"]


def _misread(fr_model, first: str = "après", subject: bool = False) -> Doc:
    words = [first if w == "après" else w for w in _WORDS]
    heads, deps = list(_HEADS), list(_DEPS)
    if subject:  # the clause verb has a subject of its own: `... que des roquettes, elles se sont abattues`
        heads[8], deps[8] = 10, "nsubj"
    doc = Doc(fr_model.vocab, words=words, heads=heads, deps=deps, pos=_POS)
    doc[9].set_morph("Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin")
    doc[10].set_morph("Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part")
    return repair_subordinate_subjects(doc)


@pytest.mark.parametrize(
    "first, word, expected",
    [
        ("après", "roquettes", ("abattues", "nsubj")),
        ("après", "après", ("abattues", "mark")),
        ("après", "que", ("après", "fixed")),
        ("alors", "roquettes", ("abattues", "nsubj")),
        # `malgré` opens no clause with `que` in subordinators.txt: left alone
        ("malgré", "roquettes", ("riposté", "obl:mod")),
    ],
)
def test_noun_under_a_subordinating_locution_is_the_clause_subject(fr_model, first, word, expected):
    assert head_of(_misread(fr_model, first), word) == expected


def test_clause_with_a_subject_of_its_own_is_left_alone(fr_model):
    assert head_of(_misread(fr_model, subject=True), "roquettes") == ("riposté", "obl:mod")


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # a long sentence the model misreads, repaired in the pipeline
        (
            "Les soldats ont indiqué avoir mené des frappes aériennes contre des positions ennemies dans la province "
            "de Kandal, après que des roquettes BM-21 tirées depuis le territoire voisin se sont abattues sur un "
            "village de la province de Surin, tuant deux civils.",
            "roquettes",
            ("abattues", "nsubj"),
        ),
        # a sentence the model reads well keeps its tree
        (
            "Le Pakistan a riposté après que des missiles indiens ont frappé ses villes.",
            "missiles",
            ("frappé", "nsubj"),
        ),
    ],
)
def test_subordinate_subject_in_the_pipeline(nlp, text, word, expected):
    assert head_of(nlp(text), word) == expected

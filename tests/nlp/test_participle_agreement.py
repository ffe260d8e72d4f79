"""The participle agreement repair: `des taxes sur l'acier et l'aluminium imposées par X`, the participle hung by
the parser on the last noun before it, which it does not agree with."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.nlp.participle_agreement import repair_participle_agreement
from tests.nlp.heads import head_of

# `des taxes sur l'acier et l'aluminium <participle> par X`, built by hand as the parser reads it: the
# participle hung on `aluminium`, a conjunct of `acier` in the phrase on `taxes`
_WORDS = ["des", "taxes", "sur", "l'", "acier", "et", "l'", "aluminium", "PART", "par", "Ottawa"]
_HEADS = [1, 1, 4, 4, 1, 7, 7, 4, 7, 10, 8]
_DEPS = ["det", "ROOT", "case", "det", "nmod", "cc", "det", "conj", "acl", "case", "obl:agent"]
_POS = ["DET", "NOUN", "ADP", "DET", "NOUN", "CCONJ", "DET", "NOUN", "VERB", "ADP", "PROPN"]
_MORPHS = [
    "",
    "Gender=Fem|Number=Plur",
    "",
    "",
    "Gender=Masc|Number=Sing",
    "",
    "",
    "Gender=Masc|Number=Sing",
    "VerbForm=Part|Tense=Past",
    "",
    "",
]


@pytest.mark.parametrize(
    "participle, expected",
    [
        # feminine plural: the taxes were imposed
        ("imposées", ("taxes", "acl")),
        # masculine singular: it agrees with the noun it hangs on, and stays
        ("importé", ("aluminium", "acl")),
        # masculine plural on the last of two coordinated nouns: it agrees with the pair, and stays
        ("importés", ("aluminium", "acl")),
    ],
)
def test_participle_hangs_on_the_noun_it_agrees_with(fr_model, participle, expected):
    words = [participle if w == "PART" else w for w in _WORDS]
    doc = Doc(fr_model.vocab, words=words, heads=_HEADS, deps=_DEPS, pos=_POS, morphs=_MORPHS)
    doc = repair_participle_agreement(doc)
    assert head_of(doc, participle) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, participle, expected",
    [
        (
            "Ces surtaxes répondent aux taxes sur l'acier et l'aluminium imposées la semaine dernière par Washington.",
            "imposées",
            ("taxes", "acl"),
        ),
        ("Les droits de douane sur le bois décidés par Washington entrent en vigueur.", "décidés", ("droits", "acl")),
    ],
)
def test_participle_agreement_on_parsed_sentences(nlp, text, participle, expected):
    assert head_of(nlp(text), participle) == expected


# `une série de sanctions adoptée par X`, built by hand: the participle agrees with `série` only, yet `sanctions`
# joined by a bare `de` is what the series gathers; the participle is told of the measures and stays there
def test_participle_on_what_a_noun_gathers_stays(fr_model):
    words = ["une", "série", "de", "sanctions", "adoptée", "par", "Bruxelles"]
    heads = [1, 1, 3, 1, 3, 6, 4]
    deps = ["det", "ROOT", "case", "nmod", "acl", "case", "obl:agent"]
    pos = ["DET", "NOUN", "ADP", "NOUN", "VERB", "ADP", "PROPN"]
    morphs = ["", "Gender=Fem|Number=Sing", "", "Gender=Fem|Number=Plur", "VerbForm=Part|Tense=Past", "", ""]
    doc = Doc(fr_model.vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    doc = repair_participle_agreement(doc)
    assert head_of(doc, "adoptée") == ("sanctions", "acl")

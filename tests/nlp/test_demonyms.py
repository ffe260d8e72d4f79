"""The stray demonym repair: `ses importations de fruits de mer japonais après ...`, `japonais` hung by
the parser on the verb as an adverb."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.nlp.demonyms import repair_stray_demonyms
from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # hung on the verb before a phrase: the nearest noun that agrees with it (`fruits`, not `mer`)
        (
            "La Chine a suspendu ses importations de fruits de mer japonais après le rejet des eaux de la centrale.",
            "japonais",
            ("fruits", "amod"),
        ),
        # a demonym the parser already hung on its noun stays
        ("Pékin a interdit les importations de boeuf australien depuis mardi.", "australien", ("boeuf", "amod")),
        # an adverb that is no demonym stays on the verb
        ("Le ministre a parlé franchement de la crise.", "franchement", ("parlé", "advmod")),
    ],
)
def test_stray_demonym_hangs_on_its_noun(fr_model, text, word, expected):
    doc = repair_stray_demonyms(fr_model(text))
    assert head_of(doc, word) == expected


# `un entretien dans la capitale chinoise`, built by hand as the parser may read it: the feminine demonym
# hung on the masculine talk noun further back. It belongs to the noun right before it when that one agrees.
_TALK = ["un", "entretien", "dans", "la", "capitale", "chinoise"]
_TALK_POS = ["DET", "NOUN", "ADP", "DET", "NOUN", "ADJ"]
_TALK_DEPS = ["det", "ROOT", "case", "det", "nmod", "amod"]


@pytest.mark.parametrize(
    "capital_gender, expected",
    [
        ("Fem", ("capitale", "amod")),
        # the noun before it does not agree either: left where it is
        ("Masc", ("entretien", "amod")),
    ],
)
def test_demonym_disagreeing_with_its_noun_hangs_on_the_one_before(fr_model, capital_gender, expected):
    morphs = ["", "Gender=Masc|Number=Sing", "", "", f"Gender={capital_gender}|Number=Sing", "Gender=Fem|Number=Sing"]
    doc = Doc(fr_model.vocab, words=_TALK, pos=_TALK_POS, heads=[1, 1, 4, 4, 1, 1], deps=_TALK_DEPS, morphs=morphs)
    doc = repair_stray_demonyms(doc)
    assert head_of(doc, "chinoise") == expected


# `des interdictions à dix responsables biélorusses`, built by hand as the parser reads it: the demonym agrees
# with both nouns and was hung on the farther one; the nearer one heads a complement of it and takes it. A noun
# before it that is no complement of the farther one (a subject's noun) does not.
_BAN = ["des", "interdictions", "à", "dix", "responsables", "biélorusses"]
_BAN_POS = ["DET", "NOUN", "ADP", "NUM", "NOUN", "ADJ"]
_BAN_MORPHS = ["", "Gender=Fem|Number=Plur", "", "", "Number=Plur", "Number=Plur"]


@pytest.mark.parametrize(
    "nearer_dep, expected",
    [("nmod", ("responsables", "amod")), ("appos", ("interdictions", "amod"))],
)
def test_demonym_agreeing_with_both_nouns_hangs_on_the_complement_before_it(fr_model, nearer_dep, expected):
    deps = ["det", "ROOT", "case", "nummod", nearer_dep, "amod"]
    doc = Doc(fr_model.vocab, words=_BAN, pos=_BAN_POS, heads=[1, 1, 4, 4, 1, 1], deps=deps, morphs=_BAN_MORPHS)
    doc = repair_stray_demonyms(doc)
    assert head_of(doc, "biélorusses") == expected


# `une visioconférence avec le chancelier allemand`, built by hand as the parser may read it: the noun before the
# demonym hangs under the demonym itself. Hanging the demonym on it alone would make a cycle, which no span could
# find the root of: the two swap, the noun taking the demonym's place as a complement.
def test_demonym_is_not_hung_under_its_own_dependent(fr_model):
    words = ["une", "visioconférence", "avec", "le", "chancelier", "allemand"]
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "ADJ"]
    deps = ["det", "ROOT", "case", "det", "amod", "amod"]
    morphs = ["", "Gender=Fem|Number=Sing", "", "", "Gender=Masc|Number=Sing", "Gender=Masc|Number=Sing"]
    doc = Doc(fr_model.vocab, words=words, pos=pos, heads=[1, 1, 4, 4, 5, 1], deps=deps, morphs=morphs)
    doc = repair_stray_demonyms(doc)
    assert (head_of(doc, "allemand"), head_of(doc, "chancelier")) == (
        ("chancelier", "amod"),
        ("visioconférence", "nmod"),
    )
    assert doc[2:6].root.text == "chancelier"

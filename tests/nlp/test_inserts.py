"""Phrases inserted between an auxiliary and its participle (`a de son côté gelé`): the sentence is
parsed again without them, so the participle heads its clause with its own subject and object."""

from __future__ import annotations

import pytest

from pipeline.nlp.inserts import cut_clause, load_inserted_phrases


def _participle(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, participle, subject, obj",
    [
        ("Le Japon a pour sa part sanctionné trois banques russes.", "sanctionné", "Japon", "banques"),
        ("Le Royaume-Uni a, de son côté, gelé les avoirs de six entreprises.", "gelé", "Royaume-Uni", "avoirs"),
        ("L'armée israélienne a de son côté frappé des positions au Liban.", "frappé", "armée", "positions"),
        ("Washington a en outre expulsé deux diplomates russes.", "expulsé", "Washington", "diplomates"),
        ("La présidente a elle aussi reçu le ministre tchèque.", "reçu", "présidente", "ministre"),
        # the stressed pronoun set between commas (`X a, lui, reçu Y`)
        ("Le chancelier a, lui, rencontré le président kényan.", "rencontré", "chancelier", "président"),
        ("Les deux ministres ont, eux, signé un accord gazier.", "signé", "ministres", "accord"),
        # the phrase between commas after the subject (`L'Allemagne, de son côté, a suspendu`)
        ("L'Allemagne, de son côté, a suspendu ses ventes d'armes à la Turquie.", "suspendu", "Allemagne", "ventes"),
        ("Le Canada, lui aussi, a gelé les avoirs de deux banques.", "gelé", "Canada", "avoirs"),
        ("Le Japon, de son côté, a reçu le président kényan.", "reçu", "Japon", "président"),
        # a modal cut from its infinitive the same way (`doit pour sa part recevoir`)
        (
            "Son ministre, Ronald Lamola, doit pour sa part recevoir son homologue rwandais, Olivier Nduhungirehe.",
            "recevoir",
            None,
            "homologue",
        ),
    ],
)
def test_participle_heads_its_clause_after_an_inserted_phrase(nlp, text, participle, subject, obj):
    doc = nlp(text)
    verb = _participle(doc, participle)
    if subject is None:  # an infinitive: the subject is the modal's
        assert [t.text for t in verb.head.children if t.dep_ == "nsubj"] == ["ministre"]
        assert verb.dep_ == "xcomp"
    else:
        assert [t.text for t in verb.children if t.dep_ == "nsubj"] == [subject]
    assert [t.text for t in verb.children if t.dep_ == "obj"] == [obj]
    assert len(list(doc.sents)) == 1


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "De son côté, le Japon a sanctionné trois banques russes.",  # not between auxiliary and participle
        "Le Japon a sanctionné pour sa part trois banques russes.",
        "Le ministre lui a remis une lettre.",  # `lui` before the auxiliary: an object
    ],
)
def test_sentences_without_a_cut_clause_keep_the_model_parse(nlp, fr_model, text):
    ours, model = nlp(text), fr_model(text)
    assert [(t.head.i, t.dep_) for t in ours] == [(t.head.i, t.dep_) for t in model]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pékin a par ailleurs imposé des droits.", ("a", "imposé")),
        ("Pékin a, par ailleurs, imposé des droits.", ("a", "imposé")),
        ("Par ailleurs, Pékin a imposé des droits.", None),
        ("Le prix a par ailleurs 12 chiffres.", None),  # no word after the phrase but a number
        ("Le Japon, par ailleurs, a imposé des droits.", ("Japon", "a")),  # after the subject, in commas
        ("Le Japon par ailleurs a imposé des droits.", None),  # no commas: no cut after a subject
    ],
)
def test_cut_clause_finds_auxiliary_and_participle(fr_model, text, expected):
    doc = fr_model(text)
    span = next(doc[i : i + 2] for i in range(len(doc) - 1) if doc[i : i + 2].text.lower() == "par ailleurs")
    found = cut_clause(span)
    assert (None if found is None else (doc[found[0]].text, doc[found[2]].text)) == expected


def test_inserted_phrases_are_lower_case_and_unique():
    phrases = load_inserted_phrases()
    assert "de son côté" in phrases and "pour sa part" in phrases
    assert all(p == p.lower() for p in phrases)
    assert len(phrases) == len(set(phrases))


# `quant à lui` holds `lui`: the longest phrase is cut, once (two overlapping cuts broke the repair)
@pytest.mark.slow
def test_overlapping_phrases_are_cut_once(nlp):
    doc = nlp("Le Premier ministre indien a, quant à lui, reçu mardi le chancelier allemand à New Delhi.")
    verb = _participle(doc, "reçu")
    assert [t.text for t in verb.children if t.dep_ == "nsubj"] == ["ministre"]

"""The `si` of a condition and its subject hung on a noun before them: `... de produits américains si
Washington mettait sa menace à exécution`."""

from __future__ import annotations

import pytest
from spacy.lang.fr import French
from spacy.tokens import Doc

from pipeline.nlp.conditional_clauses import repair_conditional_clauses
from tests.nlp.heads import head_of


# Trees built by hand as the French model gives them: `si` hung on the subject, the subject on a noun before.
@pytest.mark.parametrize(
    "words, heads, deps, pos, expected",
    [
        # `taxerait les voitures européennes si Bruxelles maintenait ses quotas`
        (
            ["taxerait", "les", "voitures", "si", "Bruxelles", "maintenait", "ses", "quotas"],
            [0, 2, 0, 4, 2, 0, 7, 5],
            ["ROOT", "det", "obj", "mark", "nmod", "advcl", "det", "obj"],
            ["VERB", "DET", "NOUN", "SCONJ", "PROPN", "VERB", "DET", "NOUN"],
            {"si": ("maintenait", "mark"), "Bruxelles": ("maintenait", "nsubj")},
        ),
        # with a negation between the subject and its verb (`si Ottawa ne cédait pas`)
        (
            ["taxerait", "le", "bois", "si", "Ottawa", "ne", "cédait", "pas"],
            [0, 2, 0, 4, 2, 6, 0, 6],
            ["ROOT", "det", "obj", "mark", "nmod", "advmod", "advcl", "advmod"],
            ["VERB", "DET", "NOUN", "SCONJ", "PROPN", "ADV", "VERB", "ADV"],
            {"si": ("cédait", "mark"), "Ottawa": ("cédait", "nsubj")},
        ),
        # a verb that has its own subject: the parse holds
        (
            ["taxerait", "le", "bois", "si", "Ottawa", "il", "cédait"],
            [0, 2, 0, 4, 2, 6, 0],
            ["ROOT", "det", "obj", "mark", "nmod", "nsubj", "advcl"],
            ["VERB", "DET", "NOUN", "SCONJ", "PROPN", "PRON", "VERB"],
            {"si": ("Ottawa", "mark"), "Ottawa": ("bois", "nmod")},
        ),
        # `si` that is no opener of a condition right before its noun (`si bien`): left alone
        (
            ["frappe", "si", "bien", "que", "Kiev", "riposte"],
            [0, 2, 0, 5, 5, 0],
            ["ROOT", "mark", "advmod", "mark", "nsubj", "advcl"],
            ["VERB", "SCONJ", "ADV", "SCONJ", "PROPN", "VERB"],
            {"si": ("bien", "mark"), "Kiev": ("riposte", "nsubj")},
        ),
    ],
)
def test_si_and_its_subject_hang_on_the_condition_verb(words, heads, deps, pos, expected):
    doc = Doc(French().vocab, words=words, heads=heads, deps=deps, pos=pos)
    repair_conditional_clauses(doc)
    assert {w: head_of(doc, w) for w in expected} == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, verb",
    [
        (
            "Ottawa a averti qu'il imposerait des surtaxes sur 30 milliards de produits américains si Washington "
            "maintenait ses droits sur l'acier.",
            "maintenait",
        ),
    ],
)
def test_condition_repaired_on_the_model_parse(fr_model, text, verb):
    doc = repair_conditional_clauses(fr_model(text))
    assert head_of(doc, "si") == (verb, "mark")
    assert head_of(doc, "Washington") == (verb, "nsubj")
    assert len(list(doc.sents)) == 1

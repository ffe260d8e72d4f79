"""A measure told again by a pronoun: `L'UE a adopté un nouveau paquet de sanctions. Il vise aussi
des raffineries chinoises.`

`viser`, `frapper`, `toucher` with sites as objects are strike verbs; with a personal pronoun as
subject that stands for a measure told just before, they say whom the measure hits. The pronoun's
antecedent is the nearest subject or object before it, in its sentence or the one before, that agrees
with it in gender and number (`il` -> `paquet`, `elles` -> `sanctions`); when that noun is a sanction trigger, or
a noun whose `de` phrase is one (`un paquet de sanctions`), the verb is one more sanction trigger.
`Le Japon a frappé des raffineries chinoises. Il vise aussi des raffineries russes.`: the antecedent
is a state, the strike stays.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.events.phrases import SUBJECT_PRONOUNS, markers
from pipeline.nlp.syntax import nouns_agreeing_before
from pipeline.text import fold

if TYPE_CHECKING:  # triggers.py calls this module on what it found
    from pipeline.events.triggers import Trigger

# the sanction row a verb read through its pronoun stands for (triggers.csv `sanc_viser_active`)
RULE_ID = "sanc_pronoun_reach"
CAMEO, PLOVER, CONFIDENCE = "163", "SANCTION", 0.6
_NOMINAL = frozenset({"NOUN", "PROPN"})
_CORE = frozenset({"nsubj", "nsubj:pass", "obj", "ROOT"})


def measures_told_by_pronoun(triggers: list[Trigger]) -> list[Trigger]:
    """The triggers, a strike verb of reach (`measure_reach` in markers.csv) whose subject pronoun stands
    for a measure turned into a sanction trigger."""
    if not any(t.event_type == "strike" for t in triggers) or not any(t.event_type == "sanction" for t in triggers):
        return triggers
    measures = {t.head.i for t in triggers if t.event_type == "sanction"}
    reach = markers()["measure_reach"]
    out = []
    for t in triggers:
        if t.event_type == "strike" and t.head.pos_ == "VERB" and fold(t.head.lemma_.lower()) in reach:
            antecedent = _subject_antecedent(t.head)
            if antecedent is not None and _is_measure(antecedent, measures):
                t = replace(
                    t, event_type="sanction", cameo=CAMEO, plover=PLOVER, confidence=CONFIDENCE, rule_id=RULE_ID
                )
        out.append(t)
    return out


def _subject_antecedent(verb: Token) -> Token | None:
    """The nearest subject or object before the verb's personal pronoun subject, in its sentence or the
    one before, of the pronoun's gender and number (else the nearest such noun); None when the subject
    is no such pronoun."""
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PRON"), None)
    if pronoun is None or pronoun.lower_ not in SUBJECT_PRONOUNS:
        return None
    agreeing = list(nouns_agreeing_before(pronoun, _NOMINAL))
    # `Le Royaume-Uni a dévoilé un paquet de sanctions contre l'Iran. Il vise ...`: a subject or an
    # object is what a pronoun subject takes up, not the noun of a phrase (`contre l'Iran`)
    return next((t for t in agreeing if t.dep_ in _CORE), agreeing[0] if agreeing else None)


def _is_measure(noun: Token, measures: set[int]) -> bool:
    """`sanctions`, `un paquet de sanctions`: a sanction trigger, or the noun its `de` phrase hangs on."""
    return noun.i in measures or any(c.dep_ == "nmod" and c.i in measures for c in noun.children)

"""The misread present repair: a verb in the present the parser read as a word of its subject's noun phrase
(`Téhéran expulse deux diplomates`, `Kiev frappe une raffinerie, Moscou pilonne Kharkiv`) gets its own
subject and object."""

from __future__ import annotations

import pytest

from pipeline.nlp.pipeline import parse_text
from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # the verb made the root of a noun phrase, the name its determiner
        ("Téhéran expulse deux diplomates suédois", "Téhéran", ("expulse", "nsubj")),
        ("Téhéran expulse deux diplomates suédois", "diplomates", ("expulse", "obj")),
        # the verb read as the adjective of the name the parser made the root
        ("Pékin riposte par des taxes sur le soja américain", "riposte", ("riposte", "ROOT")),
        ("Pékin riposte par des taxes sur le soja américain", "Pékin", ("riposte", "nsubj")),
        ("Pékin riposte par des taxes sur le soja américain", "taxes", ("riposte", "obl:mod")),
        # a clause after a comma, its verb read as the name's adjective
        ("Kiev frappe une raffinerie russe, Moscou pilonne Kharkiv", "pilonne", ("frappe", "parataxis")),
        ("Kiev frappe une raffinerie russe, Moscou pilonne Kharkiv", "Moscou", ("pilonne", "nsubj")),
        ("Kiev frappe une raffinerie russe, Moscou pilonne Kharkiv", "Kharkiv", ("pilonne", "obj")),
        ("Israël bombarde Beyrouth, le Hezbollah riposte", "Hezbollah", ("riposte", "nsubj")),
        # the pronoun `en` between the name and the verb, the number counted after it (verb_after_partitive)
        ("Varsovie en renvoie trois.", "Varsovie", ("renvoie", "nsubj")),
        ("Varsovie en renvoie trois.", "trois", ("renvoie", "obj")),
        ("Madrid en expulse deux, Rome aussi.", "expulse", ("expulse", "ROOT")),
        # a verb the parser already read as the second clause's is left alone
        ("Ankara reçoit Lavrov, Moscou salue une rencontre constructive", "Moscou", ("salue", "nsubj")),
    ],
)
def test_second_clause_gets_its_own_verb(nlp, text, word, expected):
    assert head_of(parse_text(nlp, text), word) == expected


# Each clause tells its own strike; the second one takes no side of the first clause.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kiev frappe une raffinerie russe, Moscou pilonne Kharkiv",
            [("state:UKR", "state:RUS", None), ("state:RUS", "state:UKR", "Kharkiv")],
        ),
        (
            "Israël bombarde Beyrouth, le Hezbollah riposte",
            [("state:ISR", "state:LBN", "Beyrouth"), ("org:hezbollah", None, None)],
        ),
        # the second verb read as a noun joined to the first verb, with the name before it as its subject
        (
            "Mer Rouge : les Houthis revendiquent une nouvelle attaque, Washington frappe Hodeïda",
            [("org:houthis", None, None), ("state:USA", "state:YEM", "Hodeïda")],
        ),
    ],
)
def test_each_juxtaposed_clause_tells_its_own_strike(nlp, text, expected):
    doc = parse_text(nlp, text)
    assert [(m.source_actor, m.target_actor, m.location) for m in doc._.event_mentions] == expected

"""The imposer of a measure named only by the clause that reports it (s36-sides).

Wire copy of trade wars opens on the measure and closes on who announced it: `Des droits de 15 %
frapperont le soja américain, a annoncé le ministère chinois des Finances`. The measure noun is the
subject of its own verb, which names no imposer; the announcer is. Each row is a short text written
for this test; rows run the full pipeline and merge mentions as `make extract` does. Marked slow.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.agreement import affiliation_links, state_links
from pipeline.events.merge import merge_events
from pipeline.nlp.pipeline import parse_text

PUBLISHED = date(2025, 3, 12)  # a Wednesday

pytestmark = pytest.mark.slow

USA, RUS, CAN = "state:USA", "state:RUS", "state:CAN"


def sanctions(nlp, text: str) -> list[frozenset[str]]:
    """Actor ids of each sanction the text gives once its mentions are merged."""
    doc = parse_text(nlp, text, PUBLISHED)
    actors = doc._.actors or {}
    merged = merge_events(doc._.event_mentions, affiliations=affiliation_links(actors), links=state_links(actors))
    return [frozenset(e.actors) for e in merged if e.event_type == "sanction"]


REPORTED = [
    (
        "Des droits de douane de 25 % frapperont le soja américain dès lundi, a annoncé mardi le ministère chinois "
        "du Commerce.",
        {"org:chn-commerce", USA},
    ),
    (
        "De nouvelles sanctions viseront les banques russes, a confirmé mardi le gouvernement canadien.",
        {CAN, RUS},
    ),
]


@pytest.mark.parametrize(("text", "sides"), REPORTED)
def test_reported_announcer_of_a_subject_measure_imposes_it(nlp, text, sides):
    assert any(sides <= found for found in sanctions(nlp, text)), sanctions(nlp, text)


# the target speaking, or a verb of blaming: no imposer
NOT_IMPOSERS = [
    (
        "Des droits de douane de 25 % frapperont le soja américain dès lundi, a déploré mardi Washington.",
        {USA},
    ),
    (
        "Des sanctions visent désormais les banques russes, a déclaré mardi le Kremlin.",
        {RUS},
    ),
]


@pytest.mark.parametrize(("text", "own"), NOT_IMPOSERS)
def test_reported_target_or_critic_imposes_nothing(nlp, text, own):
    assert all(len(found) < 2 or not found <= own for found in sanctions(nlp, text)), sanctions(nlp, text)
    assert not any(len(found) >= 2 for found in sanctions(nlp, text)), sanctions(nlp, text)


# firms told by where they sit, as the subject of a passive measure: their state is hit
RESIDENT_FIRMS = [
    (
        "Trois entreprises basées aux Émirats arabes unis ont été sanctionnées mardi par le Trésor américain.",
        {"org:tresor-americain", "state:ARE"},
    ),
    (
        "Dix-neuf sociétés établies en Chine ont été ajoutées lundi à la liste noire de l'Union européenne.",
        {"org:ue", "state:CHN"},
    ),
]


@pytest.mark.parametrize(("text", "sides"), RESIDENT_FIRMS)
def test_reported_firms_sitting_in_a_state_hit_it(nlp, text, sides):
    assert any(sides <= found for found in sanctions(nlp, text)), sanctions(nlp, text)


def test_reported_arms_delivered_to_a_state_do_not_hit_it(nlp):
    text = "Des sociétés qui ont livré des armes à la Libye ont été sanctionnées mardi par le Trésor américain."
    assert not any("state:LBY" in found for found in sanctions(nlp, text)), sanctions(nlp, text)


def test_reported_where_assets_lie_is_no_side(nlp):
    text = "Ces banques iraniennes, dont les avoirs aux États-Unis sont gelés, ne pourront plus commercer."
    assert not any("state:USA" in found for found in sanctions(nlp, text)), sanctions(nlp, text)

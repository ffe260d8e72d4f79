"""The sides of a measure named apart from it (s36-sides): firms told by the state they sit in.

Each row is a short text written for this test; rows run the full pipeline and merge mentions as
`make extract` does. Marked slow.
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

"""A sanction's imposer and target inside a long sentence (s37-sides).

Each row is a sentence written for this test where one side of a measure sits away from it: the
subject of the main verb over a gerund (`X a riposté en imposant ...`), the subject and the object of a
verb of warning or informing over the clause that holds the measure (`X a averti Y que des sanctions
seraient imposées`), a relative clause of the object, the agent of a passive in a complement clause, or
the end of a long nominal chain. The rows run the full pipeline and merge the mentions as `make extract`
does; a row gives exactly the expected sides, and false friends give no sanction with the side named.
Marked slow.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.agreement import affiliation_links, state_links
from pipeline.events.merge import merge_events
from pipeline.nlp.pipeline import parse_text

PUBLISHED = date(2025, 3, 12)  # a Wednesday

pytestmark = pytest.mark.slow

USA, CHN, RUS, EU, IRN = "state:USA", "state:CHN", "state:RUS", "org:ue", "state:IRN"


def sanctions(nlp, text: str) -> list[frozenset[str]]:
    """The actor ids of each sanction the text gives once its mentions are merged."""
    doc = parse_text(nlp, text, PUBLISHED)
    actors = doc._.actors or {}
    merged = merge_events(doc._.event_mentions, affiliations=affiliation_links(actors), links=state_links(actors))
    return [frozenset(e.actors) for e in merged if e.event_type == "sanction"]


GERUNDS = [
    # the imposer is the subject of the main verb, the measure a gerund under it, a third state named after
    (
        "Pékin a riposté mardi en imposant des droits de douane de 15 % sur le soja américain, après que le "
        "Canada a bloqué les importations de canola chinois.",
        {CHN, USA},
    ),
    (
        "Moscou a répondu aux mesures de Berlin en expulsant quatre diplomates allemands, après que la Pologne "
        "a fermé un consulat russe.",
        {RUS, "state:DEU"},
    ),
    (
        "La Russie a répliqué en interdisant les importations de fruits et légumes en provenance de l'Union "
        "européenne, après que Bruxelles a gelé les avoirs de plusieurs banques russes.",
        {RUS, EU},
    ),
    # the parser hangs the gerund on a noun of the clause (`acl`): `en` still makes it the subject's act
    (
        "Le Japon a réagi aux essais nord-coréens en gelant les avoirs de onze entités liées à Pyongyang, a "
        "annoncé le gouvernement.",
        {"state:JPN", "state:PRK"},
    ),
    (
        "Washington a riposté jeudi pour punir Pékin, en ajoutant vingt entreprises chinoises à sa liste noire.",
        {USA, CHN},
    ),
]


@pytest.mark.parametrize(("text", "sides"), GERUNDS)
def test_long_sides_gerund_shares_the_subject(nlp, text, sides):
    assert frozenset(sides) in sanctions(nlp, text), sanctions(nlp, text)

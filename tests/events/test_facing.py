"""Two measures of one sentence, each of another state and naming no target, aim at each other."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.facing import facing_measures
from pipeline.schema import EventMention
from tests.events.core_sides import core_mentions, core_sides

USA, CHN, CAN, MEX = "state:USA", "state:CHN", "state:CAN", "state:MEX"
SPRING_2025 = date(2025, 5, 20)


def measure(start: int, sentence: int, source: str | None, target: str | None = None) -> EventMention:
    return EventMention(
        article="a",
        event_type="sanction",
        trigger="droits",
        trigger_start=start,
        trigger_end=start + 6,
        sentence=sentence,
        sent_start=sentence * 100,
        sent_end=sentence * 100 + 99,
        evidence="",
        status="occurred",
        actors=tuple(a for a in (source, target) if a),
        source_actor=source,
        target_actor=target,
    )


# Rule (s40): in one sentence, lone measures of exactly two states take each other as target.
@pytest.mark.parametrize(
    "told, expected",
    [
        ([measure(1, 0, USA), measure(40, 0, CHN)], [(USA, CHN), (CHN, USA)]),
        # another sentence: each waits for the article to tell its target
        ([measure(1, 0, USA), measure(140, 1, CHN)], [(USA, None), (CHN, None)]),
        # three imposers: which one answers which is not told
        ([measure(1, 0, USA), measure(40, 0, CHN), measure(70, 0, CAN)], [(USA, None), (CHN, None), (CAN, None)]),
        # a measure naming its target keeps it; the lone one of the same state is not a second side
        ([measure(1, 0, USA, MEX), measure(40, 0, USA)], [(USA, MEX), (USA, None)]),
        ([measure(1, 0, USA, MEX), measure(40, 0, CHN)], [(USA, MEX), (CHN, None)]),
    ],
)
def test_lone_measures_of_two_states_face_each_other(told, expected):
    assert [(m.source_actor, m.target_actor) for m in facing_measures(told, {})] == expected


# The same rule, and its counterpart in the extractor: two measures of one clause imposed by two
# states are two sanctions, not one with both states, whatever verb they share.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le 14 mai, les surtaxes américaines ont été abaissées de 145 % à 30 %, et les droits chinois "
            "de 125 % à 10 %.",
            {("sanction", USA, CHN), ("sanction", CHN, USA)},
        ),
    ],
)
def test_two_imposers_in_one_clause_are_two_sanctions(nlp, text, expected):
    assert core_sides(nlp, text, SPRING_2025) == expected


# The measure a clause is measured against (`le même jour que les taxes américaines`, marked by the `que`
# of a comparison) is no second act of that clause, though another state imposed it.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Washington a décidé lundi de taxer 200 milliards de dollars de produits chinois. Le ministère "
            "chinois du Commerce a répliqué mardi, ajoutant que les contre-mesures chinoises, de 5 % à 10 %, "
            "prendraient effet le même jour que les taxes américaines.",
            ["taxer", "répliqué", "contre-mesures"],
        ),
    ],
)
def test_measure_compared_against_is_no_act(nlp, text, expected):
    assert [m.trigger for m in core_mentions(nlp, text, SPRING_2025)] == expected

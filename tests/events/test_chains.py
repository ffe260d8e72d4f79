"""Strikes told one after another: the side a strike leaves unnamed comes from the strikes before it."""

from __future__ import annotations

import pytest

from pipeline.events.chains import inherit_sides
from pipeline.schema import EventMention

RUS, UKR, ISR, IRN = "state:RUS", "state:UKR", "state:ISR", "state:IRN"


def mention(start: int, source: str | None, target: str | None, event_type: str = "strike") -> EventMention:
    actors = tuple(a for a in (source, target) if a)
    return EventMention(
        article="a",
        event_type=event_type,
        trigger="frappe",
        trigger_start=start,
        trigger_end=start + 6,
        sentence=start,
        sent_start=start,
        sent_end=start + 10,
        evidence="",
        status="occurred",
        actors=actors,
        source_actor=source,
        target_actor=target,
    )


@pytest.mark.parametrize(
    "told, expected",
    [
        # the target alone: the attacker of the latest strike on that target
        ([(UKR, RUS), (None, RUS)], (UKR, RUS)),
        ([(UKR, RUS), (ISR, IRN), (None, RUS)], (UKR, RUS)),
        ([(ISR, RUS), (UKR, RUS), (None, RUS)], (UKR, RUS)),
        # the attacker alone: the target of the latest strike by that attacker
        ([(RUS, UKR), (RUS, None)], (RUS, UKR)),
        # nothing from a strike the other way, nor from an incomplete one
        ([(RUS, UKR), (None, RUS)], (None, RUS)),
        ([(UKR, None), (None, RUS)], (None, RUS)),
        ([(None, RUS)], (None, RUS)),
    ],
)
def test_chains_strike_takes_the_missing_side_from_earlier_strikes(told, expected):
    mentions = [mention(k * 100, s, t) for k, (s, t) in enumerate(told)]
    last = inherit_sides(mentions)[-1]
    assert (last.source_actor, last.target_actor) == expected
    assert last.actors == tuple(a for a in expected if a)


def test_chains_leave_other_event_types_alone():
    mentions = [mention(0, UKR, RUS), mention(100, None, RUS, event_type="sanction")]
    assert inherit_sides(mentions)[-1].source_actor is None


def test_chains_read_in_text_order():
    later, earlier = mention(500, UKR, RUS), mention(100, None, RUS)
    assert [m.source_actor for m in inherit_sides([later, earlier])] == [None, UKR]

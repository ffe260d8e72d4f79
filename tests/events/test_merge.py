"""Merging event mentions into events: one real-world event, one row."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.merge import merge_events
from pipeline.schema import DateValue, EventMention


def mention(
    article="a.txt",
    etype="meeting",
    actors=("person:a", "person:b"),
    *,
    start=0,
    sentence=0,
    status="occurred",
    day=None,
    end=None,
    precision="day",
    location=None,
    source=None,
    target=None,
    confidence=0.8,
) -> EventMention:
    value = None
    if day is not None:
        value = DateValue(day.isoformat(), 0, 10, day, end or day, precision, "date")
    return EventMention(
        article=article,
        event_type=etype,
        trigger="rencontre",
        trigger_start=start,
        trigger_end=start + 9,
        sentence=sentence,
        sent_start=start,
        sent_end=start + 40,
        evidence=f"phrase {start}",
        status=status,
        actors=tuple(actors),
        source_actor=source,
        target_actor=target,
        location=location,
        date=value,
        cameo="040",
        plover="CONSULT",
        confidence=confidence,
    )


D17 = date(2025, 10, 17)
D20 = date(2025, 10, 20)


@pytest.mark.parametrize(
    "mentions, expected_rows",
    [
        # the same pair, one dated mention and one later reference: one event
        ([mention(day=D17), mention(start=100, sentence=3)], 1),
        # the same pair on two different dates: two events
        ([mention(day=D17), mention(start=100, sentence=3, day=D20)], 2),
        # different types never merge
        ([mention(), mention(start=50, etype="call")], 2),
        # one shared participant and neither a subset of the other: two events
        ([mention(actors=("a", "b")), mention(start=50, actors=("a", "c"))], 2),
        # a mention naming a subset of the participants joins the event
        ([mention(actors=("a", "b", "c")), mention(start=50, actors=("b",))], 1),
        # two places: two events
        ([mention(location="Budapest"), mention(start=50, location="Anchorage")], 2),
        # strikes repeat: an undated strike far from a dated one stays apart
        ([mention(etype="strike", day=D20), mention(etype="strike", start=900, sentence=9)], 2),
        # ... but an undated strike in the next sentence is the same strike
        ([mention(etype="strike", day=D20), mention(etype="strike", start=90, sentence=1)], 1),
    ],
)
def test_merge_events_row_count(mentions, expected_rows):
    assert len(merge_events(mentions)) == expected_rows


def test_merge_events_cancelled_summit_is_one_cancelled_row():
    events = merge_events(
        [
            mention(status="planned", location="Budapest"),
            mention(start=80, sentence=2, status="cancelled"),
            mention(start=160, sentence=4, status="hypothetical", location="Budapest"),
        ]
    )
    assert [(e.status, e.mentions, e.location) for e in events] == [("cancelled", 3, "Budapest")]


def test_merge_events_takes_the_most_precise_date_of_any_mention():
    events = merge_events(
        [
            mention(day=date(2025, 10, 1), end=date(2025, 10, 31), precision="month"),
            mention(start=60, sentence=1, day=D20),
        ]
    )
    assert (events[0].date_start, events[0].date_end, events[0].date_precision) == (D20, D20, "day")


def test_merge_events_across_articles_needs_overlapping_dates():
    dated = merge_events([mention("a.txt", day=D20), mention("b.txt", day=D20)])
    undated = merge_events([mention("a.txt"), mention("b.txt")])
    assert [e.articles for e in dated] == [("a.txt", "b.txt")]
    assert sorted(e.articles for e in undated) == [("a.txt",), ("b.txt",)]


def test_merge_events_ids_are_stable_across_runs():
    ms = [mention(day=D17), mention(start=100, sentence=3, day=D20)]
    assert [e.event_id for e in merge_events(ms)] == [e.event_id for e in merge_events(list(reversed(ms)))]


def test_merge_events_timeline_order_puts_undated_last():
    events = merge_events(
        [
            mention("a.txt", actors=("x", "y")),
            mention("a.txt", actors=("a", "b"), start=50, sentence=1, day=D20),
            mention("a.txt", actors=("c", "d"), start=90, sentence=2, day=D17),
        ]
    )
    assert [e.date_start for e in events] == [D17, D20, None]


def test_merge_events_drops_single_actor_events_without_date_or_place():
    events = merge_events([mention(actors=("a",)), mention(actors=("c",), start=50, sentence=1, day=D20)])
    assert [e.actors for e in events] == [("c",)]


def test_merge_events_direction_from_the_mentions():
    events = merge_events(
        [mention(etype="strike", actors=("state:UKR", "state:RUS"), source="state:UKR", target="state:RUS")]
    )
    assert (events[0].source_actor, events[0].target_actor) == ("state:UKR", "state:RUS")

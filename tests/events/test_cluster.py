"""What a group of mentions says about its event: here, which of their dates dates it."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.cluster import Cluster, best_date, since_date
from pipeline.schema import DateValue, EventMention

PUBLISHED = date(2024, 7, 9)


def mention(event_type: str, text: str | None, start: date | None = None, precision: str = "day") -> EventMention:
    value = DateValue(text, 0, len(text), start, PUBLISHED, precision, "interval") if text and start else None
    return EventMention(
        article="a.txt",
        event_type=event_type,
        trigger="visite",
        trigger_start=0,
        trigger_end=6,
        sentence=1,
        sent_start=0,
        sent_end=80,
        evidence="",
        status="occurred",
        actors=("person:narendra-modi", "state:RUS"),
        date=value,
    )


# Rule: a call or a meeting is punctual; `sa première visite en Russie depuis 2019` dates the last
# visit before, not this one (a series of strikes `depuis lundi` keeps its period).
@pytest.mark.parametrize(
    "event_type, text, expected",
    [
        ("meeting", "depuis 2019", True),
        ("call", "Depuis juin", True),
        ("meeting", "mardi", False),
        ("strike", "depuis lundi", False),
        ("meeting", None, False),
    ],
)
def test_since_date(event_type, text, expected):
    assert since_date(mention(event_type, text, date(2019, 1, 1))) is expected


def test_a_since_date_does_not_date_a_visit():
    since = mention("meeting", "depuis 2019", date(2019, 1, 1), "year")
    assert Cluster([since]).span() is None
    assert best_date([since]) is since  # the row still shows what the text says
    day = mention("meeting", "mardi", PUBLISHED)
    assert Cluster([since, day]).span() == (PUBLISHED, PUBLISHED)

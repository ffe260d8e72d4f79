"""Parties told to have joined a meeting the article has just told: `Le Premier ministre britannique
a accueilli samedi à Londres une réunion de dirigeants européens. Le président ukrainien et le
chancelier allemand y ont participé.`

The clitic `y` of `y participer`, `y assister`, `y prendre part` (the rules listed as `joins_meeting`
in models/events/markers.csv) points back to the meeting; the parties of its clause are more
participants of that one meeting, not a meeting of their own. They take its host, place and day, so
that merging finds one meeting with every party named.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import replace

from pipeline.schema import DateValue, EventMention

# `y` points back to the sentence before, or to a meeting told earlier in its own sentence
JOIN_WINDOW = 1


def joined_meetings(
    mentions: list[EventMention], joined: Set[int], days_told: Mapping[int, list[DateValue | None]]
) -> list[EventMention]:
    """The mentions whose trigger starts at an offset of `joined` take the parties, place and day of the
    latest meeting told before them within JOIN_WINDOW sentences, with the same status (`a accueilli
    ... une réunion` and `y ont participé`, both held); their own parties come after the host's. One
    with no such meeting before it (`Un sommet sur le climat s'est ouvert lundi à Belém. X et Y y ont
    participé`: a summit naming no party is no mention) is the meeting of the sentence before, whose
    one day (`days_told`, by sentence number) is its day; the parties it names met."""
    meetings = [m for m in mentions if m.event_type == "meeting" and m.actors and m.trigger_start not in joined]
    out: list[EventMention] = []
    for m in mentions:
        if m.trigger_start in joined and m.event_type == "meeting" and m.actors:
            before = [
                x
                for x in meetings
                if x.trigger_start < m.trigger_start
                and 0 <= m.sentence - x.sentence <= JOIN_WINDOW
                and x.status == m.status
            ]
            if before:
                m = _joined(m, max(before, key=lambda x: x.trigger_start))
            elif m.date is None:
                days = [d for d in days_told.get(m.sentence - 1, []) if d is not None]
                m = replace(m, date=days[0]) if len(days) == 1 else m
        out.append(m)
    return out


def _joined(m: EventMention, meeting: EventMention) -> EventMention:
    return replace(
        m,
        actors=tuple(dict.fromkeys(meeting.actors + m.actors)),
        source_actor=meeting.source_actor or m.source_actor,
        location=m.location or meeting.location,
        location_actor=m.location_actor or meeting.location_actor,
        date=m.date or meeting.date,
    )

"""Parties told to have joined the meeting told just before (`X et Y y ont participé`): events/attendance.py
and the trigger rule `meet_y_participer` (models/events/triggers.csv).

The unit cases build mentions by hand; the text cases are short texts written for this test, run
through the whole pipeline and the merge (slow), with the exact core rows expected.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pipeline.events.attendance import joined_meetings
from pipeline.schema import DateValue, EventMention
from tests.events.test_merge_one_sentence import THU, sided_rows

TUESDAY = DateValue("mardi", 0, 5, date(2025, 10, 21), date(2025, 10, 21), "day", "date")


def mention(start: int, sentence: int, actors: tuple[str, ...], **kw) -> EventMention:
    fields = {
        "article": "a.txt",
        "event_type": "meeting",
        "trigger": "reçu",
        "trigger_start": start,
        "trigger_end": start + 4,
        "sentence": sentence,
        "sent_start": 0,
        "sent_end": 0,
        "evidence": "",
        "status": "occurred",
        "actors": actors,
    }
    fields.update(kw)
    return EventMention(**fields)


HOST = mention(
    10, 0, ("person:keir-starmer", "state:GBR"), source_actor="person:keir-starmer", location="Londres", date=TUESDAY
)
GUESTS = mention(90, 1, ("person:volodymyr-zelensky", "person:friedrich-merz"), trigger="participé")


def test_joined_parties_take_the_host_place_and_day_of_the_meeting_before() -> None:
    out = joined_meetings([HOST, GUESTS], {90}, {})
    assert out[0] == HOST
    assert out[1].actors == (
        "person:keir-starmer",
        "state:GBR",
        "person:volodymyr-zelensky",
        "person:friedrich-merz",
    )
    assert (out[1].source_actor, out[1].location, out[1].date) == ("person:keir-starmer", "Londres", TUESDAY)


@pytest.mark.parametrize(
    "host",
    [
        pytest.param(replace(HOST, status="planned"), id="another status"),
        pytest.param(replace(HOST, sentence=-1), id="two sentences before"),
        pytest.param(replace(HOST, event_type="call"), id="a call"),
    ],
)
def test_no_meeting_just_before_lends_nothing(host: EventMention) -> None:
    assert joined_meetings([host, GUESTS], {90}, {}) == [host, GUESTS]


def test_with_no_meeting_mention_the_one_day_of_the_sentence_before_dates_it() -> None:
    assert joined_meetings([GUESTS], {90}, {0: [TUESDAY]})[0].date == TUESDAY
    assert joined_meetings([GUESTS], {90}, {0: [TUESDAY, TUESDAY]})[0].date is None  # which of two days: none
    assert joined_meetings([GUESTS], set(), {0: [TUESDAY]})[0].date is None  # not a rule that joins


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le Premier ministre britannique a accueilli jeudi à Londres une réunion de dirigeants européens. "
            "Le président ukrainien et le chancelier allemand y ont participé.",
            [("meeting", THU, "DEU+GBR+UKR")],
        ),
        (
            "Le Premier ministre britannique a accueilli jeudi à Londres une réunion sur l'Ukraine. "
            "Le président français et le chancelier allemand y ont pris part.",
            [("meeting", THU, "DEU+FRA+GBR")],
        ),
        (
            "Un sommet sur le climat s'est ouvert jeudi à Belém. "
            "Le président brésilien et le président français y ont assisté.",
            [("meeting", THU, "BRA+FRA")],
        ),
        # `l'ont coprésidé`: the clitic points back to the summit; `le président` is no form of `présider`
        (
            "Un sommet sur le Soudan s'est ouvert jeudi à Londres. "
            "Le Premier ministre britannique et le président kényan l'ont coprésidé.",
            [("meeting", THU, "GBR+KEN")],
        ),
        (
            "Un sommet sur le Soudan s'est achevé jeudi à Nairobi. "
            "Le président kényan et le président français ont salué son succès.",
            [],
        ),
        # `y` points back to no meeting: a ceremony, a concert
        (
            "Les Jeux olympiques se sont ouverts jeudi à Paris. "
            "Le président français et le chancelier allemand y ont assisté.",
            [],
        ),
        ("Un concert a été donné jeudi à Rome. Le président français et le chancelier allemand y ont assisté.", []),
    ],
)
def test_parties_who_joined_a_meeting(nlp, text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert sided_rows(nlp, text) == expected


# A journey told with the talks at its destination (`où il doit rencontrer X le 10 novembre`) is the meeting of
# the day those talks are told with, not of a later leg of the trip (`puis il gagnera Y le 13 novembre`).
@pytest.mark.slow
@pytest.mark.parametrize(
    "journey",
    ["se rendra d'abord à Londres", "ira d'abord à Londres"],
)
def test_journey_takes_the_day_of_the_talks_at_its_destination(nlp, journey: str) -> None:
    text = (
        f"Le président américain {journey}, où il doit rencontrer le Premier ministre britannique Keir Starmer le "
        "10 novembre, puis il gagnera Helsinki le 13 novembre pour un sommet avec les dirigeants nordiques."
    )
    assert sided_rows(nlp, text) == [("meeting", "2025-11-10", "GBR+USA"), ("meeting", "2025-11-13", "FIN+USA")]

"""Merging event mentions into events: one real-world event, one row."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from pipeline.events.across import distance
from pipeline.events.agreement import Links
from pipeline.events.cluster import Cluster
from pipeline.events.measures import measure_kinds, measure_of, per_state
from pipeline.events.merge import merge_events, merge_results
from pipeline.events.triggers import load_triggers
from pipeline.schema import Actor, ArticleRecord, ArticleResult, DateValue, EventMention


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
    place_state=None,
    source=None,
    target=None,
    confidence=0.8,
    claimed=False,
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
        location_actor=place_state,
        claimed=claimed,
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
        # two places in two states: two events
        (
            [
                mention(location="Budapest", place_state="state:HUN"),
                mention(start=50, location="Anchorage", place_state="state:USA"),
            ],
            2,
        ),
        # a visit `au Royaume-Uni`, where the king receives him `au château de Windsor`: one visit
        (
            [
                mention(location="Royaume-Uni", place_state="state:GBR"),
                mention(start=50, location="château de Windsor"),
            ],
            1,
        ),
        # but strikes on two towns are two strikes, states known or not
        ([mention(etype="strike", location="Odessa"), mention(etype="strike", start=50, location="Kharkiv")], 2),
        # strikes repeat: an undated strike far from a dated one stays apart
        ([mention(etype="strike", day=D20), mention(etype="strike", start=900, sentence=9)], 2),
        # ... unless it is told as claimed (`X a revendiqué l'attaque`): the attack reported
        ([mention(etype="strike", day=D20), mention(etype="strike", start=900, sentence=9, claimed=True)], 1),
        # ... but an undated strike in the next sentence is the same strike
        ([mention(etype="strike", day=D20), mention(etype="strike", start=90, sentence=1)], 1),
        # an undated strike in the title (first sentence) is the strike the article dates below
        ([mention(etype="strike"), mention(etype="strike", start=900, sentence=9, day=D20)], 1),
        # ... not an undated strike further down, nor a title strike dated otherwise
        ([mention(etype="strike", sentence=1), mention(etype="strike", start=900, sentence=9, day=D20)], 2),
        ([mention(etype="strike", day=D17), mention(etype="strike", start=900, sentence=9, day=D20)], 2),
        # a whole country and one site the gazetteer puts in it are one place (r8-strike) ...
        (
            [
                mention(etype="strike", day=D20, location="République islamique d'Iran", place_state="state:IRN"),
                mention(etype="strike", start=50, location="Fordo"),
            ],
            1,
        ),
        # ... not a site of another country, nor a second town of the same one
        (
            [
                mention(etype="strike", location="Iran", place_state="state:IRN"),
                mention(etype="strike", start=50, location="Odessa"),
            ],
            2,
        ),
        (
            [
                mention(etype="strike", location="Ukraine", place_state="state:UKR"),
                mention(etype="strike", start=50, location="Odessa"),
                mention(etype="strike", start=60, location="Kharkiv"),
            ],
            2,
        ),
        # one word the extractor split into a measure per imposer (`X et Y ont chacun annoncé des
        # sanctions contre Z`) stays two rows, even beside a title naming all three ...
        (
            [
                mention(etype="sanction", actors=("state:USA", "state:CAN", "state:SAU")),
                mention(etype="sanction", actors=("state:USA", "state:SAU"), start=80, sentence=1, source="state:USA"),
                mention(etype="sanction", actors=("state:CAN", "state:SAU"), start=80, sentence=1, source="state:CAN"),
            ],
            2,
        ),
        # ... while the title and one imposer's measure are that measure told twice
        (
            [
                mention(etype="sanction", actors=("state:USA", "state:CAN", "state:SAU")),
                mention(etype="sanction", actors=("state:USA", "state:SAU"), start=80, sentence=1, source="state:USA"),
            ],
            1,
        ),
        # a title naming two imposers, then each imposer's own measure told apart: two measures ...
        (
            [
                mention(etype="sanction", actors=("state:CZE", "state:POL", "state:RUS"), source="state:CZE"),
                mention(etype="sanction", actors=("state:CZE", "state:RUS"), start=80, sentence=1, source="state:CZE"),
                mention(etype="sanction", actors=("state:POL", "state:RUS"), start=150, sentence=2, source="state:POL"),
            ],
            2,
        ),
        # ... but one imposer's measure told twice is one
        (
            [
                mention(etype="sanction", actors=("state:CZE", "state:POL", "state:RUS"), source="state:CZE"),
                mention(etype="sanction", actors=("state:POL", "state:RUS"), start=80, sentence=1, source="state:POL"),
                mention(etype="sanction", actors=("state:POL", "state:RUS"), start=150, sentence=2, source="state:POL"),
            ],
            1,
        ),
        # two spellings of one gazetteer place are one place
        (
            [
                mention(etype="strike", location="Hodeïda"),
                mention(etype="strike", start=50, location="port de Hodeidah"),
            ],
            1,
        ),
    ],
)
def test_merge_events_row_count(mentions, expected_rows):
    assert len(merge_events(mentions)) == expected_rows


def _told_strike():
    return mention(etype="strike", actors=("state:RUS", "state:UKR"), day=D20, location="Kiev", source="state:RUS")


def _these_strikes(refers_back=True, day=None):
    said = mention(etype="strike", actors=("state:RUS",), start=300, sentence=2, day=day, location="Odessa")
    return replace(said, refers_back=refers_back, source_actor="state:RUS")


# `X a présenté ces frappes comme une réponse à l'explosion du pont de Crimée`: the demonstrative strike
# is the one told two sentences before, though its clause lends it another place (here a town of the
# gazetteer, which would keep two strikes apart); not when it gives a day of its own the strike told
# does not cover, nor without the demonstrative.
@pytest.mark.parametrize(
    "told, rows",
    [
        ([_told_strike(), _these_strikes()], 1),
        ([_told_strike(), _these_strikes(day=D17)], 2),
        ([_told_strike(), _these_strikes(refers_back=False)], 2),
    ],
)
def test_merge_events_these_strikes_are_the_strike_told_before(told, rows):
    assert len(merge_events(told)) == rows


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


@pytest.mark.parametrize(
    "etype, actors, day, location, kept",
    [
        # one side of a call, a strike, a sanction or a meeting is dropped, dated or not
        ("call", ("person:a",), D20, None, False),
        ("strike", ("state:UKR",), D20, "Kharkiv", False),
        ("sanction", ("state:USA",), None, None, False),
        ("meeting", ("person:a",), D20, "Paris", False),
        ("meeting", ("org:otan",), None, "Vilnius", False),
        # two sides are enough; a statement needs one
        ("call", ("person:a", "person:b"), None, None, True),
        ("statement", ("person:a",), None, None, True),
    ],
)
def test_merge_events_keeps_events_with_two_sides(etype, actors, day, location, kept):
    events = merge_events([mention(etype=etype, actors=actors, day=day, location=location)])
    assert [e.actors for e in events] == ([actors] if kept else [])


def test_merge_events_direction_from_the_mentions():
    events = merge_events(
        [mention(etype="strike", actors=("state:UKR", "state:RUS"), source="state:UKR", target="state:RUS")]
    )
    assert (events[0].source_actor, events[0].target_actor) == ("state:UKR", "state:RUS")


def strike(sentence, day=None, *, source="state:THA", target="state:KHM", **flags) -> EventMention:
    """A strike mention of one article, told in sentence `sentence` (one sentence = 100 characters)."""
    sides = tuple(a for a in (source, target) if a)
    m = mention(
        etype="strike", actors=sides, start=sentence * 100, sentence=sentence, day=day, source=source, target=target
    )
    return replace(m, **flags)


J24, J25, J26 = date(2025, 7, 24), date(2025, 7, 25), date(2025, 7, 26)


@pytest.mark.parametrize(
    "told, rows",
    [
        # `Jeudi, l'aviation thaïlandaise a bombardé des positions. ... Les forces thaïlandaises ont répliqué
        # par des tirs`: a riposte told without a day is not the dated strike told before
        ([strike(1, J24), strike(3, answers=True)], 2),
        ([strike(1, J24), strike(3)], 1),
        # `... a mené de nouvelles frappes dans la nuit de vendredi à samedi`: further strikes told with their
        # day are none of the strikes told before, undated or of that day
        ([strike(1, answers=True), strike(2, J25, another=True)], 2),
        ([strike(1, J26), strike(2, J26, another=True)], 2),
        ([strike(1, answers=True), strike(2, J25)], 1),
        # an undated headline that is no riposte takes the dated report of the day
        ([strike(0), strike(2, J25, another=True)], 1),
        # `ces nouvelles frappes`: pointed back to, they are the ones told before
        ([strike(1, J26), strike(2, J26, another=True, refers_back=True)], 1),
        # an undated `de nouveau` joins as before
        ([strike(1, J26), strike(2, another=True)], 1),
    ],
)
def test_merge_events_escalation_keeps_new_blows_apart(told, rows):
    assert len(merge_events(told)) == rows


@pytest.mark.parametrize(
    "resumed, expected",
    [
        # `Le lendemain, les bombardements ont repris`: a new strike by the same attacker on the same target
        (
            strike(2, J25, source=None, target=None, another=True),
            [(J24, "state:THA", "state:KHM"), (J25, "state:THA", "state:KHM")],
        ),
        # of the day of the latest strike, it is that strike told again
        (strike(2, J24, source=None, target=None, another=True), [(J24, "state:THA", "state:KHM")]),
        # too far from any strike, it names nothing
        (strike(12, J25, source=None, target=None, another=True), [(J24, "state:THA", "state:KHM")]),
        # `Une seconde frappe a touché la ville deux heures plus tard`: counted as one more, a new strike
        # undated or of the same day
        (
            strike(2, source=None, target=None, another=True, counted=True),
            [(J24, "state:THA", "state:KHM"), (None, "state:THA", "state:KHM")],
        ),
        (
            strike(2, J24, source=None, target=None, another=True, counted=True),
            [(J24, "state:THA", "state:KHM"), (J24, "state:THA", "state:KHM")],
        ),
        # `la nouvelle frappe a fait deux morts`: not counted, the strike told
        (strike(2, source=None, target=None, another=True), [(J24, "state:THA", "state:KHM")]),
    ],
)
def test_merge_events_resumed_strikes_take_the_sides_of_the_latest_strike(resumed, expected):
    events = merge_events([strike(1, J24), resumed])
    assert [(e.date_start, e.source_actor, e.target_actor) for e in events] == expected


@pytest.mark.parametrize(
    "again, expected",
    [
        # `Elle a de nouveau frappé la région mardi`: the attacker's latest target, a new strike
        (
            strike(3, J26, target=None, another=True),
            [(J24, "state:THA", "state:KHM"), (J26, "state:THA", "state:KHM")],
        ),
        # told again by someone who struck no one before: one side, no event
        (strike(3, J26, source="state:LAO", target=None, another=True), [(J24, "state:THA", "state:KHM")]),
        # not told as a further strike: the strike told before
        (strike(3, target=None), [(J24, "state:THA", "state:KHM")]),
    ],
)
def test_merge_events_strike_told_again_by_its_attacker_hits_the_same_target(again, expected):
    events = merge_events([strike(1, J24), again])
    assert [(e.date_start, e.source_actor, e.target_actor) for e in events] == expected


@pytest.mark.parametrize(
    "again, expected",
    [
        # `Jeudi, de nouveaux tirs ont visé la frontière cambodgienne`: the latest attacker on that side, a
        # new strike
        (
            strike(3, J26, source=None, another=True),
            [(J24, "state:THA", "state:KHM"), (J26, "state:THA", "state:KHM")],
        ),
        # a side no strike hit before: one side, no event
        (strike(3, J26, source=None, target="state:LAO", another=True), [(J24, "state:THA", "state:KHM")]),
        # not told as a further strike: the strike told before
        (strike(3, J26, source=None), [(J24, "state:THA", "state:KHM")]),
    ],
)
def test_merge_events_further_strike_on_the_same_side_has_its_attacker(again, expected):
    events = merge_events([strike(1, J24), again])
    assert [(e.date_start, e.source_actor, e.target_actor) for e in events] == expected


def test_merge_events_strike_on_a_body_of_an_organisation_is_one_on_the_organisation():
    # `un attentat contre une base de l'UA`, then `contre une base de la mission de l'UA (Aussom)`: one strike
    title = strike(0, source=None, target="org:union-africaine")
    title = replace(title, actors=("org:union-africaine", "org:shebab"))
    body = strike(3, source=None, target="org:union-africaine")
    body = replace(body, actors=("org:union-africaine", "org:aussom"))
    assert len(merge_events([title, body], min_actors=1)) == 1


@pytest.mark.parametrize(
    "claim, expected",
    [
        # `Un dépôt a été touché jeudi par des drones. Bangkok a revendiqué l'attaque`: the claim names the attacker
        (
            strike(2, source="state:THA", target=None, claimed=True),
            [(J24, "state:THA", "state:KHM", ("state:THA", "state:KHM"))],
        ),
        # too far from the strike, or told with a day of its own, it completes nothing (one side: no row)
        (strike(7, source="state:THA", target=None, claimed=True), [(J24, None, "state:KHM", ("state:KHM",))]),
        (strike(2, J25, source="state:THA", target=None, claimed=True), [(J24, None, "state:KHM", ("state:KHM",))]),
        # a claim not told as one is no attacker of that strike
        (strike(2, source="state:THA", target=None), [(J24, None, "state:KHM", ("state:KHM",))]),
    ],
)
def test_merge_events_a_claim_names_the_attacker_of_the_strike_told_before(claim, expected):
    struck = strike(1, J24, source=None)
    events = merge_events([struck, claim], min_actors=1)
    rows = [(e.date_start, e.source_actor, e.target_actor, e.actors) for e in events]
    assert [row for row in rows if "state:KHM" in row[3]] == expected


# `Les rebelles de X ont revendiqué l'opération`: a claim naming a group and the state it stands for
# still names only who struck
def test_merge_events_a_claim_by_a_group_and_its_state_names_the_attacker():
    struck = strike(1, J24, source=None)
    claim = replace(strike(2, source="org:rebels", target=None, claimed=True), actors=("org:rebels", "state:THA"))
    events = merge_events([struck, claim], links={"org:rebels": "state:THA"})
    assert [(e.source_actor, e.target_actor) for e in events] == [("org:rebels", "state:KHM")]


def test_merge_events_a_claim_does_not_replace_the_attacker_told_before():
    events = merge_events([strike(1, J24), strike(2, source="state:VNM", target=None, claimed=True)])
    assert [(e.source_actor, e.target_actor) for e in events] == [("state:THA", "state:KHM")]


def dated_strike(sentence, text, first, last=None) -> EventMention:
    m = strike(sentence, first)
    assert m.date is not None
    return replace(m, date=replace(m.date, text=text, end=last or first))


S12, S13 = date(2022, 9, 12), date(2022, 9, 13)


@pytest.mark.parametrize(
    "later, rows",
    [
        # the night of Monday to Tuesday, then Tuesday afternoon or evening: two strikes
        (dated_strike(3, "Mardi après-midi", S13), 2),
        (dated_strike(3, "mardi en fin de journée", S13), 2),
        (dated_strike(3, "Dans la soirée de mardi", S13), 2),
        # Tuesday morning may be the night's end, and a plain Tuesday is that night's strike told again
        (dated_strike(3, "Mardi matin", S13), 1),
        (dated_strike(3, "Mardi", S13), 1),
        # the evening before the night is not after it
        (dated_strike(3, "Lundi soir", S12), 1),
    ],
)
def test_merge_events_strike_of_the_night_and_of_the_day_after_are_two(later, rows):
    night = dated_strike(1, "Dans la nuit de lundi à mardi", S12, S13)
    assert len(merge_events([night, later])) == rows


# --- across articles: one event reported by several outlets -----------------------------------

MACRON, LULA, FRA, BRA = "person:emmanuel-macron", "person:luiz-inacio-lula-da-silva", "state:FRA", "state:BRA"
LINKS = {MACRON: FRA, LULA: BRA, "org:tsahal": "state:ISR"}
D2, D4, D5, D6, D9, D11, D12 = (date(2025, 6, d) for d in (2, 4, 5, 6, 9, 11, 12))
PUBLISHED = {"a.txt": D5, "b.txt": D5, "c.txt": D6, "d.txt": D12, "e.txt": D2}


def across(*mentions: EventMention) -> list[tuple[str, ...]]:
    """The articles of each merged event, sorted."""
    return sorted(e.articles for e in merge_events(mentions, links=LINKS, published=PUBLISHED))


@pytest.mark.parametrize(
    "mentions, expected",
    [
        # `Macron a reçu Lula le 4 juin` / `la France a reçu mercredi le président brésilien`
        (
            [mention("a.txt", actors=(MACRON, LULA), day=D4), mention("b.txt", actors=(FRA, BRA), day=D4)],
            [("a.txt", "b.txt")],
        ),
        # an undated report published two days after the event
        (
            [mention("a.txt", actors=(MACRON, LULA), day=D4), mention("c.txt", actors=(LULA, MACRON))],
            [("a.txt", "c.txt")],
        ),
        # ... with only one of the participants found
        ([mention("a.txt", actors=(MACRON, LULA), day=D4), mention("c.txt", actors=(MACRON,))], [("a.txt", "c.txt")]),
        # an undated report published eight days after: another meeting
        (
            [mention("a.txt", actors=(MACRON, LULA), day=D4), mention("d.txt", actors=(MACRON, LULA))],
            [("a.txt",), ("d.txt",)],
        ),
        # a report of a meeting held cannot come out two days before it
        (
            [mention("a.txt", actors=(MACRON, LULA), day=D4), mention("e.txt", actors=(MACRON, LULA))],
            [("a.txt",), ("e.txt",)],
        ),
        # ... but an announcement can
        (
            [
                mention("a.txt", actors=(MACRON, LULA), day=D4, status="planned"),
                mention("e.txt", actors=(MACRON, LULA), status="planned"),
            ],
            [("a.txt", "e.txt")],
        ),
        # two calls a week apart; the undated report goes to the nearer one
        (
            [
                mention("a.txt", "call", (MACRON, LULA), day=D4),
                mention("d.txt", "call", (MACRON, LULA), day=D11),
                mention("c.txt", "call", (MACRON, LULA), start=0, sentence=0),
                mention("d.txt", "call", (MACRON, LULA), start=300, sentence=8),
            ],
            [("a.txt", "c.txt"), ("d.txt",)],
        ),
        # the summit one outlet announces and the summit another reports as held
        (
            [
                mention("a.txt", actors=(MACRON, LULA), day=D4),
                mention("e.txt", actors=(MACRON, LULA), day=D4, status="planned"),
            ],
            [("a.txt",), ("e.txt",)],
        ),
        (
            [
                mention("a.txt", actors=(MACRON, LULA), day=D4),
                mention("b.txt", actors=(MACRON, LULA), status="hypothetical"),
            ],
            [("a.txt",), ("b.txt",)],
        ),
        # ... but a conditional about a past day is reported speech: `ils se seraient parlé mardi`
        (
            [
                mention("a.txt", "call", (MACRON, LULA), day=D4),
                mention("b.txt", "call", (MACRON, LULA), day=D4, status="hypothetical"),
            ],
            [("a.txt", "b.txt")],
        ),
        # ... while one about a coming day is not: `ils pourraient se parler le 4`
        (
            [
                mention("a.txt", "call", (MACRON, LULA), day=D4),
                mention("e.txt", "call", (MACRON, LULA), day=D4, status="hypothetical"),
            ],
            [("a.txt",), ("e.txt",)],
        ),
        # announced, then called off: one summit
        (
            [
                mention("e.txt", actors=(MACRON, LULA), day=D4, status="planned"),
                mention("a.txt", actors=(MACRON, LULA), day=D4, status="cancelled"),
            ],
            [("a.txt", "e.txt")],
        ),
        # two undated reports published a day apart
        ([mention("b.txt", actors=(MACRON, LULA)), mention("c.txt", actors=(FRA, LULA))], [("b.txt", "c.txt")]),
        # undated strikes repeat: together only at the same place
        ([mention("b.txt", "strike", (FRA, BRA)), mention("c.txt", "strike", (FRA, BRA))], [("b.txt",), ("c.txt",)]),
        # ... or when one outlet tells the attack others date as claimed (`X a revendiqué l'attaque`)
        (
            [
                mention("a.txt", "strike", (FRA, BRA), day=D4, location="Tyr"),
                mention("c.txt", "strike", (FRA, BRA), claimed=True),
            ],
            [("a.txt", "c.txt")],
        ),
        # ... not when the claimed attack is one no outlet dates, nor a week after it
        (
            [mention("b.txt", "strike", (FRA, BRA)), mention("c.txt", "strike", (FRA, BRA), claimed=True)],
            [("b.txt",), ("c.txt",)],
        ),
        (
            [
                mention("a.txt", "strike", (FRA, BRA), day=D4, location="Tyr"),
                mention("d.txt", "strike", (FRA, BRA), claimed=True),
            ],
            [("a.txt",), ("d.txt",)],
        ),
        (
            [
                mention("b.txt", "strike", ("org:tsahal", "org:x"), location="Tyr"),
                mention("c.txt", "strike", ("state:ISR", "org:x"), location="Tyr"),
            ],
            [("b.txt", "c.txt")],
        ),
        # a leader speaks every day: undated statements stay their article's own
        (
            [mention("b.txt", "statement", (MACRON,)), mention("c.txt", "statement", (MACRON,))],
            [("b.txt",), ("c.txt",)],
        ),
        # an event dated `depuis le printemps` is no anchor for another outlet's dated event ...
        (
            [
                mention("a.txt", actors=(MACRON, LULA), day=date(2025, 3, 20), end=D5, precision="season"),
                mention("b.txt", actors=(MACRON, LULA), day=D4),
            ],
            [("a.txt",), ("b.txt",)],
        ),
        # ... and a month is none for an undated report
        (
            [
                mention("a.txt", actors=(MACRON, LULA), day=date(2025, 6, 1), end=date(2025, 6, 30), precision="month"),
                mention("c.txt", actors=(MACRON, LULA)),
            ],
            [("a.txt",), ("c.txt",)],
        ),
        # a state visit dated by its first day by one outlet, by the day of the talks by two
        (
            [
                mention("a.txt", actors=(FRA, LULA), day=D4),
                mention("b.txt", actors=(MACRON, LULA), day=D5),
                mention("c.txt", actors=(MACRON, LULA), day=D5),
            ],
            [("a.txt", "b.txt", "c.txt")],
        ),
        # ... whichever days of the week
        (
            [
                mention("a.txt", actors=(MACRON, LULA), day=date(2025, 6, 7)),
                mention("b.txt", actors=(MACRON, LULA), day=date(2025, 6, 8)),
            ],
            [("a.txt", "b.txt")],
        ),
        # ... but calls repeat: two calls a day apart are two
        (
            [mention("a.txt", "call", (MACRON, LULA), day=D4), mention("b.txt", "call", (MACRON, LULA), day=D5)],
            [("a.txt",), ("b.txt",)],
        ),
        # two places in two states, two meetings
        (
            [
                mention("a.txt", actors=(MACRON, LULA), day=D4, location="Paris", place_state=FRA),
                mention("b.txt", actors=(MACRON, LULA), day=D4, location="Brasilia", place_state=BRA),
            ],
            [("a.txt",), ("b.txt",)],
        ),
        # one summit named by its city, its region or its venue: `à Anchorage`, `en Alaska`
        (
            [
                mention("a.txt", actors=(MACRON, LULA), day=D4, location="Anchorage"),
                mention("b.txt", actors=(MACRON, LULA), day=D4, location="Alaska"),
                mention("c.txt", actors=(MACRON, LULA), location="Élysée", place_state=FRA),
            ],
            [("a.txt", "b.txt", "c.txt")],
        ),
        # what one article tells as two events stays two, whatever another outlet says
        (
            [
                mention("a.txt", "strike", (FRA, BRA), day=D4, location="Tyr"),
                mention("a.txt", "strike", (FRA, BRA), start=90, sentence=2, day=D4, location="Sidon"),
                mention("b.txt", "strike", (FRA, BRA), day=D4),
            ],
            [("a.txt",), ("a.txt", "b.txt")],
        ),
    ],
)
def test_merge_events_across_articles(mentions, expected):
    assert across(*mentions) == expected


UKR, RUS = "state:UKR", "state:RUS"


@pytest.mark.parametrize(
    "first, second, expected",
    [
        # `des drones ukrainiens ont frappé la raffinerie de Saratov` / `la raffinerie de Saratov, en
        # Russie, a été touchée par une attaque de drones`: each outlet tells one side of one strike
        (
            mention("a.txt", "strike", (UKR,), day=D4, location="Saratov", source=UKR),
            mention("b.txt", "strike", (RUS,), day=D4, location="Saratov", target=RUS),
            0,
        ),
        # ... at another place: two strikes
        (
            mention("a.txt", "strike", (UKR,), day=D4, location="Saratov", source=UKR),
            mention("b.txt", "strike", (RUS,), day=D4, location="Novorossiisk", target=RUS),
            None,
        ),
        # ... or both telling the attacker only, of different states
        (
            mention("a.txt", "strike", (UKR,), day=D4, location="Saratov", source=UKR),
            mention("b.txt", "strike", (FRA,), day=D4, location="Saratov", source=FRA),
            None,
        ),
        # ... or on days far apart
        (
            mention("a.txt", "strike", (UKR,), day=D4, location="Saratov", source=UKR),
            mention("b.txt", "strike", (RUS,), day=date(2025, 6, 20), location="Saratov", target=RUS),
            None,
        ),
    ],
)
def test_strike_reports_telling_one_side_each_are_one_strike_at_one_place(first, second, expected):
    assert distance(Cluster([first]), Cluster([second]), Links(LINKS), PUBLISHED) == expected


def test_strike_sides_told_by_two_outlets_make_one_row_with_both_sides():
    rows = merge_events(
        [
            mention("a.txt", "strike", (UKR,), day=D4, location="Saratov", source=UKR),
            mention("b.txt", "strike", (RUS,), day=D4, location="Saratov", target=RUS),
        ],
        links=LINKS,
        published=PUBLISHED,
    )
    assert [(e.articles, e.source_actor, e.target_actor) for e in rows] == [(("a.txt", "b.txt"), UKR, RUS)]


def test_merge_events_lone_participant_joins_the_first_event_it_fits():
    mentions = [
        mention("c.txt", actors=(MACRON,), day=D4),
        mention("a.txt", actors=(MACRON, LULA), day=D4),
        mention("b.txt", actors=(MACRON, "person:x"), day=D4),
    ]
    assert across(*mentions) == [("a.txt", "c.txt"), ("b.txt",)]


def test_merge_events_across_outlets_takes_the_date_most_articles_give():
    ms = [
        mention("a.txt", actors=(FRA, LULA), day=D4, confidence=0.9),
        mention("b.txt", actors=(MACRON, LULA), day=D5),
        mention("c.txt", actors=(MACRON, LULA), day=D5),
    ]
    assert [e.date_start for e in merge_events(ms, links=LINKS, published=PUBLISHED)] == [D5]


def test_merge_events_across_outlets_names_a_person_by_surname_once():
    ms = [
        mention("a.txt", actors=("person:abena-okafor", MACRON), day=D4),
        mention("b.txt", actors=(MACRON, "person:okafor"), day=D4, source="person:okafor", target=MACRON),
    ]
    events = merge_events(ms, links=LINKS, published=PUBLISHED)
    assert [(e.articles, e.actors, e.source_actor) for e in events] == [
        (("a.txt", "b.txt"), ("person:abena-okafor", MACRON), "person:abena-okafor")
    ]


def test_distance_is_symmetric():
    dated = Cluster([mention("a.txt", actors=(MACRON, LULA), day=D4)])
    undated = Cluster([mention("c.txt", actors=(MACRON, LULA))])
    links = Links(LINKS)
    assert distance(dated, undated, links, PUBLISHED) == distance(undated, dated, links, PUBLISHED) == 2


def test_merge_events_undated_reports_need_publication_dates():
    ms = [mention("a.txt", actors=(MACRON, LULA), day=D4), mention("c.txt", actors=(MACRON, LULA))]
    assert sorted(e.articles for e in merge_events(ms, links=LINKS)) == [("a.txt",), ("c.txt",)]


def test_merge_events_across_outlets_keeps_the_dated_mention_and_every_article():
    events = merge_events(
        [
            mention("a.txt", actors=(MACRON, LULA), day=D4, location="Élysée"),
            mention("b.txt", actors=(FRA, BRA, LULA), day=D4),
            mention("c.txt", actors=(MACRON,)),
        ],
        links=LINKS,
        published=PUBLISHED,
    )
    assert [(e.date_start, e.status, e.location, e.articles, e.mentions) for e in events] == [
        (D4, "occurred", "Élysée", ("a.txt", "b.txt", "c.txt"), 3)
    ]


# --- within one article, with links -------------------------------------------------------------


@pytest.mark.parametrize(
    "mentions, expected_rows",
    [
        # `reçu lundi par António Costa` ... `à l'issue de sa rencontre avec Costa, le dirigeant serbe`
        (
            [
                mention(actors=("person:vucic", "person:costa"), day=D4),
                mention(start=90, sentence=3, actors=("state:SRB", "person:costa")),
            ],
            1,
        ),
        # the state beside its leader is not a second shared participant: Costa's meeting, Kallas's
        (
            [
                mention(actors=("person:costa", "person:vucic", "state:SRB"), day=D4),
                mention(start=90, sentence=3, actors=("person:kallas", "person:vucic", "state:SRB"), day=D4),
            ],
            2,
        ),
        # a back-reference told as held does not stop the cancelled summit's later mentions
        (
            [
                mention(actors=(MACRON, LULA), status="cancelled"),
                mention(start=50, sentence=1, actors=(), status="occurred"),
                mention(start=90, sentence=2, actors=(MACRON, LULA), status="cancelled"),
            ],
            1,
        ),
        # `ils se sont rencontrés lundi` ... `ils doivent se revoir`: two meetings
        (
            [
                mention(actors=(MACRON, LULA), day=D4),
                mention(start=90, sentence=3, actors=(MACRON, LULA), status="planned"),
            ],
            2,
        ),
        # `a annulé la visite de X, puis reporté la réunion avec X et Y`: cancelled and postponed, two rows
        (
            [
                mention(actors=("state:TUR", "state:SWE"), status="cancelled"),
                mention(start=50, sentence=0, actors=("state:TUR", "state:SWE", "state:FIN"), status="postponed"),
            ],
            2,
        ),
        # a package adopted that `prévoit` a ban is one sanction
        (
            [
                mention(etype="sanction", actors=("org:ue", "state:RUS"), day=D4),
                mention(etype="sanction", start=90, sentence=1, actors=("state:RUS",), status="planned"),
            ],
            1,
        ),
    ],
)
def test_merge_events_within_article_with_links(mentions, expected_rows):
    links = LINKS | {
        "person:vucic": "state:SRB",
        "person:costa": "state:PRT",
        "person:kallas": "state:EST",
    }
    assert len(merge_events(mentions, links=links)) == expected_rows


def test_merge_results_takes_publication_days_and_links_from_the_run():
    def result(article: str, published: date, *mentions: EventMention) -> ArticleResult:
        record = ArticleRecord(article, article, None, None, published, 100, "ok")
        return ArticleResult(record=record, events=mentions)

    results = [
        result("a.txt", D5, mention("a.txt", actors=(MACRON, LULA), day=D4)),
        result("c.txt", D6, mention("c.txt", actors=(FRA, LULA))),
    ]
    actors = {MACRON: Actor(MACRON, "Emmanuel Macron", "person", "FRA"), LULA: Actor(LULA, "Lula", "person", "BRA")}
    assert [e.articles for e in merge_results(results, actors)] == [("a.txt", "c.txt")]


# Rule: sanctions and strikes whose initiators are of different states stay apart, even when the
# affiliations of a package would pair their participants.
@pytest.mark.parametrize(
    "mentions, expected_rows",
    [
        # `le Trésor sanctionne des responsables de Caracas` ... `Pékin riposte par des taxes sur le
        # charbon américain, en réponse à Washington`: two sanctions, though both name the United States
        (
            [
                mention(etype="sanction", actors=("org:usa-tresor", "state:VEN"), source="org:usa-tresor", day=D4),
                mention(
                    etype="sanction",
                    start=90,
                    sentence=4,
                    actors=("state:CHN", "state:USA", "person:trump"),
                    source="state:CHN",
                ),
            ],
            2,
        ),
        # `le Trésor américain sanctionne Caracas` ... `les mesures de Washington contre Caracas`: one
        (
            [
                mention(etype="sanction", actors=("org:usa-tresor", "state:VEN"), source="org:usa-tresor", day=D4),
                mention(etype="sanction", start=90, sentence=2, actors=("state:USA", "state:VEN"), source="state:USA"),
            ],
            1,
        ),
    ],
)
def test_merge_events_keeps_initiators_of_different_states_apart(mentions, expected_rows):
    links = {"org:usa-tresor": "state:USA", "person:trump": "state:USA"}
    affiliations = links | {"org:rosneft": "state:RUS"}
    assert len(merge_events(mentions, links=links, affiliations=affiliations)) == expected_rows


# Rule: `X sanctionne Y` and `Y sanctionne X` are two measures also when one side is named by its
# leader; a visit and its reception (`X s'est rendu chez Y, où il a été reçu par Y`) stay one meeting.
@pytest.mark.parametrize(
    "mentions, expected_rows",
    [
        # `le président brésilien a relevé mardi les taxes visant la France` ... `Paris a décidé de
        # taxer les produits brésiliens` (undated): the answer, not the same measure
        (
            [
                mention(etype="sanction", actors=(LULA, FRA), source=LULA, target=FRA, day=D4),
                mention(etype="sanction", start=90, sentence=2, actors=(FRA, BRA), source=FRA, target=BRA),
            ],
            2,
        ),
        # the same side named twice: one measure
        (
            [
                mention(etype="sanction", actors=(LULA, FRA), source=LULA, target=FRA, day=D4),
                mention(etype="sanction", start=90, sentence=2, actors=(BRA, FRA), source=BRA, target=FRA),
            ],
            1,
        ),
        # `Macron s'est rendu à Brasilia, où il a été reçu par Lula`: visitor first, then host first
        (
            [
                mention(actors=(MACRON, BRA), source=MACRON, target=BRA, day=D4),
                mention(start=40, actors=(LULA, MACRON), source=LULA, target=MACRON, day=D4),
            ],
            1,
        ),
    ],
)
def test_merge_events_reversed_sides_named_by_a_leader(mentions, expected_rows):
    assert len(merge_events(mentions, links=LINKS)) == expected_rows


MAR, PRT, ESP, ITA = "state:MAR", "state:PRT", "state:ESP", "state:ITA"


# Rule: a measure aimed at an imposer by one of the parties its measure hits is the answer, another
# event, whichever is told first: `Le Portugal et l'Espagne ont annoncé des représailles contre
# Rabat` ... `Rabat taxe depuis lundi les conserves importées du Portugal, d'Espagne et d'Italie`.
@pytest.mark.parametrize(
    "answer_first, expected_rows",
    [(True, 2), (False, 2)],
)
def test_merge_events_answer_of_a_party_hit_stays_apart(answer_first, expected_rows):
    hit = mention(etype="sanction", start=90, sentence=2, actors=(MAR, PRT, ESP, ITA), source=MAR, target=PRT, day=D4)
    answer = mention(etype="sanction", actors=(ESP, MAR), source=ESP, target=MAR)
    ms = [answer, hit] if answer_first else [hit, answer]
    rows = merge_events(ms, links=LINKS)
    assert len(rows) == expected_rows
    assert sorted((e.source_actor, e.target_actor) for e in rows) == [(ESP, MAR), (MAR, PRT)]


IND, PAK = "state:IND", "state:PAK"


# Rule: a measure of a named kind whose imposer is the party another measure hits is that party's own
# measure, even with no target named: `L'Inde a interdit samedi les achats au Pakistan` ... `Islamabad
# avait gelé le commerce avec New Delhi`. Bare `sanctions` (`la colère du Pakistan face aux
# sanctions`) and a measure read as aimed at its own side are left to merge.
@pytest.mark.parametrize(
    "kind, source, hit_first, expected_rows",
    [
        ("trade", PAK, True, 2),
        ("trade", PAK, False, 2),
        ("", PAK, True, 1),  # bare `sanctions`: the party hit may only react to them
        ("trade", IND, True, 1),  # the same imposer told again
    ],
)
def test_merge_events_measure_of_the_party_hit_stays_apart(kind, source, hit_first, expected_rows):
    hit = mention(etype="sanction", actors=(IND, PAK), source=IND, target=PAK, day=D4)
    hit = replace(hit, measure="trade")
    own = mention(etype="sanction", start=90, sentence=1, actors=(source, IND if source == PAK else PAK), source=source)
    own = replace(own, measure=kind)
    if not hit_first:
        own, hit = replace(own, trigger_start=0, sentence=0), replace(hit, trigger_start=90, sentence=1)
    ms = [hit, own] if hit_first else [own, hit]
    assert len(merge_events(ms, links=LINKS)) == expected_rows


# `ces droits de douane`, `cette surtaxe`: a demonstrative repeat of a measure is the measure told before.
def repeat(**kwargs) -> EventMention:
    m = mention(etype="sanction", **kwargs)
    return EventMention(**{**m.__dict__, "refers_back": True})


USA, CHN, CAN = "state:USA", "state:CHN", "state:CAN"


@pytest.mark.parametrize(
    "mentions, expected_rows",
    [
        # the day it comes into force is no new measure: one row, dated by the announcement
        (
            [
                mention(etype="sanction", actors=(USA, CHN), day=D17),
                repeat(start=90, sentence=2, actors=(CHN,), day=D20, status="planned"),
            ],
            [(D17, "occurred", 2)],
        ),
        # without participants at all
        (
            [mention(etype="sanction", actors=(USA, CHN), day=D17), repeat(start=90, sentence=2, actors=(), day=D20)],
            [(D17, "occurred", 2)],
        ),
        # nothing told before: the repeat stands alone (with participants) or is dropped (without)
        ([repeat(actors=(USA, CHN), day=D20)], [(D20, "occurred", 1)]),
        ([repeat(actors=(), day=D20)], []),
        # participants that disagree: another measure
        (
            [
                mention(etype="sanction", actors=(USA, CHN), day=D17),
                repeat(start=90, sentence=2, actors=(CAN, USA), day=D20),
            ],
            [(D17, "occurred", 1), (D20, "occurred", 1)],
        ),
    ],
)
def test_demonstrative_repeat_of_a_measure(mentions, expected_rows):
    events = merge_events(mentions, links={})
    assert [(e.date_start, e.status, e.mentions) for e in events] == expected_rows


# Rule: a talk announced as a new one (`un nouveau sommet pourrait avoir lieu`) is not the talk told
# before with another status; with the same status, or without the adjective, it still merges.
@pytest.mark.parametrize(
    "mentions, expected_statuses",
    [
        (
            [mention(day=D17), replace(mention(start=300, sentence=6, status="hypothetical"), another=True)],
            ["occurred", "hypothetical"],
        ),
        ([mention(day=D17), mention(start=300, sentence=6, status="hypothetical")], ["occurred"]),
        (
            [mention(day=D17), replace(mention(start=300, sentence=6, status="occurred"), another=True)],
            ["occurred"],
        ),
        (
            [replace(mention(status="negated"), another=True), mention(start=300, sentence=6, day=D20)],
            ["occurred", "negated"],
        ),
    ],
)
def test_merge_events_new_talk_of_another_status_stays_apart(mentions, expected_statuses):
    assert [e.status for e in merge_events(mentions)] == expected_statuses


def test_reports_naming_people_are_placed_before_reports_naming_states():
    """`Wang Yi a rencontré lundi Ajit Doval` (a), `Pékin et New Delhi ont tenu hier un dialogue`
    (b, the next day) and `Modi a reçu mardi le chef de la diplomatie chinoise` (c): b is the talks
    of a, not the reception of the next day, which the 1-day slack of meetings would also allow."""
    wang, doval, modi, chn, ind = "person:wang", "person:doval", "person:modi", "state:CHN", "state:IND"
    links = {wang: chn, doval: ind, modi: ind}
    published = {"a.txt": D4, "b.txt": D5, "c.txt": D5}
    mentions = [
        mention("b.txt", actors=(chn, ind, wang), day=D4),
        mention("c.txt", actors=(modi, wang, chn), day=D5),
        mention("a.txt", actors=(wang, doval), day=D4),
    ]
    rows = merge_events(mentions, links=links, published=published)
    assert sorted(e.articles for e in rows) == [("a.txt", "b.txt"), ("c.txt",)]


@pytest.mark.parametrize(
    "etype, actors, kept",
    [
        # a leader and their own state are one side of a call or a meeting
        ("call", ("person:emmanuel-macron", "state:FRA"), False),
        ("meeting", ("person:emmanuel-macron", "state:FRA"), False),
        # two people of one state are two participants, a foreign state another side
        ("call", ("person:emmanuel-macron", "person:jean-durand"), True),
        ("meeting", ("person:emmanuel-macron", "state:BRA"), True),
        # an army striking unnamed fighters is reported with the army and its state
        ("strike", ("org:armee-nigerienne", "state:NER"), True),
    ],
)
def test_merge_events_one_side_is_not_two_participants(etype, actors, kept):
    links = {
        "person:emmanuel-macron": "state:FRA",
        "person:jean-durand": "state:FRA",
        "org:armee-nigerienne": "state:NER",
    }
    events = merge_events([mention(etype=etype, actors=actors)], links=links)
    assert [e.actors for e in events] == ([actors] if kept else [])


# Rule (s28-roles): an armed group (`military` in organizations.csv) talks to its state's government
# as the other side (`les pourparlers entre le gouvernement yéménite et les rebelles houthis`); a
# government body of that state with the state stays one side.
@pytest.mark.parametrize(
    "etype, actors, kept",
    [
        ("meeting", ("state:YEM", "org:houthis"), True),
        ("call", ("org:eln", "state:COL"), True),
        ("meeting", ("org:gov-body", "state:COL"), False),
    ],
)
def test_merge_events_armed_group_and_its_state_are_two_sides(etype, actors, kept):
    links = {"org:houthis": "state:YEM", "org:eln": "state:COL", "org:gov-body": "state:COL"}
    events = merge_events([mention(etype=etype, actors=actors)], links=links)
    assert [e.actors for e in events] == ([actors] if kept else [])


# Rule (r4-strike): a strike that took place, naming who struck and a place of the gazetteer, is kept
# with one participant (`l'armée israélienne a poursuivi ses frappes sur la ville de Gaza`); without
# such a place (a sea), without an attacker, or not told as done, one participant is still too little.
@pytest.mark.parametrize(
    "status, source, location, kept",
    [
        ("occurred", "org:tsahal", "Gaza", True),
        ("occurred", "org:tsahal", "les Caraïbes", False),
        ("occurred", "org:tsahal", None, False),
        ("occurred", None, "Gaza", False),
        ("negated", "org:tsahal", "Gaza", False),
    ],
)
def test_strike_with_attacker_and_place_is_kept_with_one_participant(status, source, location, kept):
    m = mention(etype="strike", actors=("org:tsahal",), status=status, source=source, location=location, day=D17)
    assert len(merge_events([m])) == (1 if kept else 0)


# Any place will do when the sentence counts the dead or wounded (`deadly_words` in markers.csv): the blow was
# struck, wherever it fell.
@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("Un hélicoptère de l'armée a largué deux bombes sur le marché de Kalagoua, tuant neuf civils.", True),
        ("Une frappe a touché un dispensaire de Bélinga, faisant trois morts et huit blessés.", True),
        ("L'armée a salué des opérations réussies contre des dépôts près de Bélinga.", False),
    ],
)
def test_strike_with_attacker_and_any_place_is_kept_when_it_killed(sentence, kept):
    m = mention(etype="strike", actors=("org:tsahal",), source="org:tsahal", location="Bélinga", day=D17)
    assert len(merge_events([replace(m, evidence=sentence)])) == (1 if kept else 0)


# Rule: a trade war is a series of distinct measures between one pair (`a taxé les produits américains
# et ajouté six groupes à sa liste des entités`); a generic `sanctions` mention joins any of them.
@pytest.mark.parametrize(
    "measures, expected_rows",
    [
        (("tariff", "list"), 2),
        (("tariff", "trade", "list"), 3),
        (("tariff", "tariff"), 1),
        (("tariff", ""), 1),
        (("", "visa"), 1),
        (("expel", "visa"), 2),
    ],
)
def test_merge_events_keeps_measures_of_other_kinds_apart(measures, expected_rows):
    mentions = [
        replace(
            mention(etype="sanction", actors=(CHN, USA), source=CHN, target=USA, start=k * 100, sentence=k),
            measure=kind,
        )
        for k, kind in enumerate(measures)
    ]
    assert len(merge_events(mentions, links={})) == expected_rows


@pytest.mark.parametrize(
    "rule_id, kind",
    [
        ("sanc_tariff", "tariff"),
        ("sanc_taxer", "tariff"),
        ("sanc_entity_list", "list"),
        ("sanc_list_add", "list"),
        ("sanc_list_remove", "list"),
        ("sanc_airspace_ban", "visa"),
        ("sanc_suspend_trade", "trade"),
        ("sanc_expulsion", "expel"),
        ("sanc_sanction", ""),
        ("meet_rencontrer", ""),
    ],
)
def test_measure_kinds_name_the_measure_of_a_trigger_rule(rule_id, kind):
    assert measure_of(rule_id) == kind


@pytest.mark.parametrize("kind, expected", [("expel", True), ("tariff", False), ("freeze", False), ("", False)])
def test_only_expulsions_are_one_event_per_targeted_state(kind, expected):
    assert per_state(kind) is expected


def test_measure_kinds_name_only_rules_of_the_lexicon():
    known = {rule.pattern_id for rule in load_triggers()}
    assert set(measure_kinds()) <= known


# Rule: two rates of one pair in two clauses (`des droits de 34 %`, then `de 84 %`) are two measures.
@pytest.mark.parametrize(
    "rates, expected_rows",
    [
        ((("34",), ("84",)), 2),
        ((("34", "104"), ("104",)), 1),
        ((("34",), ()), 1),
        (((), ()), 1),
    ],
)
def test_merge_events_keeps_tariffs_at_other_rates_apart(rates, expected_rows):
    mentions = [
        replace(
            mention(etype="sanction", actors=(CHN, USA), source=CHN, target=USA, start=k * 100, sentence=k),
            measure="tariff",
            rates=told,
        )
        for k, told in enumerate(rates)
    ]
    assert len(merge_events(mentions, links={})) == expected_rows


# Rule: a measure threatened at a rate (`a menacé de porter à 50 % les droits`) is not the measure
# imposed (`les taxes sont entrées en vigueur mercredi`); a hypothetical mention without a rate, or one
# naming the measure again (`ces droits pourraient ...`), is still the measure told before.
@pytest.mark.parametrize(
    "second_status, second_rates, refers_back, expected_statuses",
    [
        ("hypothetical", ("50",), False, ["occurred", "hypothetical"]),
        ("hypothetical", (), False, ["occurred"]),
        ("hypothetical", ("50",), True, ["occurred"]),
        ("occurred", ("50",), False, ["occurred"]),
    ],
)
def test_merge_events_keeps_a_threatened_rate_apart_from_the_measure(
    second_status, second_rates, refers_back, expected_statuses
):
    imposed = replace(
        mention(etype="sanction", actors=(USA, CHN), source=USA, target=CHN, day=D17),
        measure="tariff",
    )
    threat = replace(
        mention(etype="sanction", actors=(USA, CHN), source=USA, target=CHN, start=100, sentence=3),
        measure="tariff",
        status=second_status,
        rates=second_rates,
        refers_back=refers_back,
    )
    rows = merge_events([imposed, threat], links={})
    assert sorted(e.status for e in rows) == sorted(expected_statuses)


# Rule (s64): a strike held out as a threat (`ont menacé de frapper Israël`) is not the strike that took place
# after it (`le mouvement a revendiqué un tir contre Eilat`), whichever is told first; one pointing back to it
# is that strike, which took place; a strike hypothetical for another reason (`dit cibler`) still merges.
@pytest.mark.parametrize(
    "first_status, second_status, threatened, refers_back, expected_statuses",
    [
        ("hypothetical", "occurred", True, False, ["hypothetical", "occurred"]),
        ("occurred", "hypothetical", True, False, ["hypothetical", "occurred"]),
        ("hypothetical", "occurred", True, True, ["occurred"]),
        ("occurred", "hypothetical", False, False, ["occurred"]),
    ],
)
def test_merge_events_keeps_a_threatened_strike_apart_from_the_strike(
    first_status, second_status, threatened, refers_back, expected_statuses
):
    first = mention(etype="strike", actors=(USA, CHN), source=USA, target=CHN, status=first_status)
    first = replace(first, threatened=threatened and first_status == "hypothetical")
    second = replace(
        mention(etype="strike", actors=(USA, CHN), source=USA, target=CHN, start=100, sentence=1),
        status=second_status,
        refers_back=refers_back,
        threatened=threatened and second_status == "hypothetical",
    )
    rows = merge_events([first, second], links={})
    assert sorted(e.status for e in rows) == expected_statuses


# Rule (s64): a strike told as some time before the clause's (`earlier`: `une semaine après une attaque à X`)
# naming no attacker is not merged with the strike of its own sentence; told again in a later sentence, or
# with its attacker, it may be.
def test_merge_events_keeps_an_earlier_strike_apart():
    strike = mention(etype="strike", actors=(USA, CHN), source=USA, target=CHN)
    before = replace(mention(etype="strike", actors=(CHN,), target=CHN, start=60), earlier=True)
    assert len(merge_events([strike, before], links={}, min_actors=1)) == 2
    assert len(merge_events([strike, replace(before, earlier=False)], links={}, min_actors=1)) == 1
    assert len(merge_events([strike, replace(before, source_actor=USA, actors=(USA, CHN))], links={})) == 1
    again = mention(etype="strike", actors=(CHN,), target=CHN, start=200, sentence=3)
    assert len(merge_events([before, again], links={}, min_actors=1)) == 1


# s23-lead: a measure threatened as a further one (`a en outre menacé de taxer des biens supplémentaires`)
# is not the measure imposed, whichever is told first; a threat told without it still is.
@pytest.mark.parametrize(
    "further, expected_statuses",
    [(True, ["hypothetical", "occurred"]), (False, ["occurred"])],
)
def test_merge_events_keeps_a_further_threat_apart_from_the_measure(further, expected_statuses):
    threat = replace(
        mention(etype="sanction", actors=(USA, CHN), source=USA, target=CHN),
        measure="tariff",
        status="hypothetical",
        further=further,
    )
    imposed = replace(
        mention(etype="sanction", actors=(USA, CHN), source=USA, target=CHN, start=100, sentence=3, day=D17),
        measure="tariff",
    )
    rows = merge_events([threat, imposed], links={})
    assert sorted(e.status for e in rows) == expected_statuses


@pytest.mark.parametrize(
    "own_body, others, kept",
    [
        # `les ministres de l'UE doivent se réunir le 19 février`: the body alone is the event
        ((True,), (), True),
        ((True, True), (), True),
        # a body meeting also told as a summit someone skips is not proven a body meeting
        ((True, False), (), False),
        # one participant without the body-meeting reading stays dropped
        ((False,), (), False),
    ],
)
def test_merge_events_keeps_a_dated_meeting_of_one_body(own_body, others, kept):
    ms = [replace(mention(actors=("org:ue",), start=100 * k), own_body=flag) for k, flag in enumerate(own_body)]
    events = merge_events(ms + list(others))
    assert [e.actors for e in events] == ([("org:ue",)] if kept else [])


def test_merge_events_body_meeting_joins_the_summit_of_named_members():
    summit = mention(actors=("org:ue", "state:FRA", "state:DEU"), day=D17)
    body = replace(mention(actors=("org:ue",), start=200, day=D17), own_body=True)
    assert [e.actors for e in merge_events([summit, body])] == [("org:ue", "state:FRA", "state:DEU")]


@pytest.mark.parametrize(
    "talks_status, round_sentence, expected",
    [
        # `une deuxième session doit se tenir samedi`: the parties of the held talks, as states
        ("occurred", 3, [("state:USA", "state:IRN")]),
        # talks only announced: the round is not theirs
        ("planned", 3, []),
        # too far from the talks to be theirs
        ("occurred", 20, []),
    ],
)
def test_merge_events_further_round_is_held_by_the_parties_of_the_talks(talks_status, round_sentence, expected):
    links = {"person:steve-witkoff": "state:USA", "person:abbas-araghchi": "state:IRN"}
    talks = mention(actors=("person:steve-witkoff", "person:abbas-araghchi"), status=talks_status, day=D17)
    again = replace(
        mention(actors=(), start=300, sentence=round_sentence, status="planned", day=date(2025, 10, 25)),
        another=True,
    )
    rows = merge_events([talks, again], links=links)
    assert [e.actors for e in rows if e.status == "planned" and e.date_start == date(2025, 10, 25)] == expected


@pytest.mark.parametrize(
    "again, side, day, expected",
    [
        # `Il s'est de nouveau entretenu avec lui mercredi`: the counterpart of the call told before, a new call
        (True, "person:recep-tayyip-erdogan", date(2025, 10, 22), 2),
        # by the state of the side
        (True, "state:TUR", date(2025, 10, 22), 2),
        # not told as a repeat: one side only, no event
        (False, "person:recep-tayyip-erdogan", date(2025, 10, 22), 1),
        # a repeat by someone who took no part in the call before: no event
        (True, "person:emmanuel-macron", date(2025, 10, 22), 1),
        # undated: no day to tell it apart
        (True, "person:recep-tayyip-erdogan", None, 1),
    ],
)
def test_merge_events_talk_told_again_by_one_side_keeps_the_counterpart(again, side, day, expected):
    links = {"person:recep-tayyip-erdogan": "state:TUR", "person:vladimir-poutine": "state:RUS"}
    first = mention(etype="call", actors=("person:recep-tayyip-erdogan", "person:vladimir-poutine"), day=D17)
    repeat = replace(mention(etype="call", actors=(side,), start=200, sentence=1, day=day), another=again)
    rows = merge_events([first, repeat], links=links)
    assert len(rows) == expected
    if expected == 2:
        assert rows[1].date_start == day and "person:vladimir-poutine" in rows[1].actors


@pytest.mark.parametrize(
    "reference, expected",
    [
        # `Un troisième cycle doit se tenir en juillet. Les discussions n'ont duré qu'une heure`: the talks held
        ("occurred", [("occurred", 2), ("planned", 1)]),
        # `La réunion portera sur ...`: the round to come, told last
        ("planned", [("occurred", 1), ("planned", 2)]),
    ],
)
def test_merge_events_back_reference_joins_a_talk_of_its_own_status(reference, expected):
    held = mention(actors=("state:RUS", "state:UKR"), day=D17)
    coming = mention(actors=("state:RUS", "state:UKR"), start=100, sentence=1, day=D20, status="planned")
    back = mention(actors=(), start=200, sentence=2, status=reference)
    rows = merge_events([held, coming, back])
    assert sorted((e.status, e.mentions) for e in rows) == expected


def test_merge_events_talk_wished_again_by_one_side_keeps_one_side():
    """`l'Élysée n'exclut pas un nouvel échange`: not held, so not given the last counterpart."""
    first = mention(etype="call", actors=("state:FRA", "person:volodymyr-zelensky"), day=D17)
    wish = replace(
        mention(
            etype="call", actors=("state:FRA",), start=200, sentence=1, status="hypothetical", day=date(2025, 10, 30)
        ),
        another=True,
    )
    assert [e.actors for e in merge_events([first, wish])] == [("state:FRA", "person:volodymyr-zelensky")]


@pytest.mark.parametrize(
    "second, expected",
    [
        # `... a ensuite appelé Y`: the caller's second call, with someone else, stays apart
        (("person:abbas-araghchi", "person:badr-al-busaidi"), 2),
        # the same call told again with the caller's state
        (("state:IRN", "person:faycal-ben-farhane"), 1),
        # one side adds nobody new
        (("person:abbas-araghchi",), 1),
    ],
)
def test_merge_events_calls_with_two_different_counterparts_stay_apart(second, expected):
    links = {"person:abbas-araghchi": "state:IRN", "person:badr-al-busaidi": "state:OMN"}
    first = mention(etype="call", actors=("person:abbas-araghchi", "person:faycal-ben-farhane"), day=D17)
    later = mention(etype="call", actors=second, start=200, sentence=1)
    assert len(merge_events([first, later], links=links, min_actors=1)) == expected


# Rule: one imposer's measures aimed at other states (`des droits au Mexique et au Canada`, then
# `une taxe sur la Chine`) are two measures; a target misread as the imposer's own body, or a firm the
# links do not place, does not split a measure.
@pytest.mark.parametrize(
    "targets, expected_rows",
    [
        (("state:MEX", "state:CHN"), 2),
        (("state:MEX", "state:MEX"), 1),
        (("state:MEX", None), 1),
        (("org:usa-tresor", "state:MEX"), 1),
        (("org:gazprom", "state:MEX"), 1),
    ],
)
def test_merge_events_keeps_measures_on_other_states_apart(targets, expected_rows):
    first, second = targets
    mentions = [
        mention(
            etype="sanction",
            actors=("person:trump", "state:USA", first),
            source="person:trump",
            target=first,
            day=D4,
        ),
        mention(
            etype="sanction",
            start=90,
            sentence=1,
            actors=("person:trump", "state:USA") + ((second,) if second else ()),
            source="person:trump",
            target=second,
        ),
    ]
    links = {"org:usa-tresor": "state:USA", "person:trump": "state:USA"}
    assert len(merge_events(mentions, links=links, affiliations=links)) == expected_rows


# --- across outlets: what one outlet tells in other words ----------------------------------------


def talk(article: str, *, trigger: str = "entretenus", status: str = "occurred", **kw) -> EventMention:
    """A talk between Macron and Lula, told with `trigger`."""
    return replace(mention(article, "meeting", (MACRON, LULA), status=status, **kw), trigger=trigger)


# Rule: `Macron et Lula se sont entretenus durant une heure` (no medium, no place), published the day
# after another outlet's `entretien téléphonique le 4 juin`, is that call.
@pytest.mark.parametrize(
    "other, expected",
    [
        (talk("b.txt"), [("call", ("a.txt", "b.txt"))]),
        # `lors de leur conversation`, two days after
        (talk("c.txt", trigger="conversation"), [("call", ("a.txt", "c.txt"))]),
        # told with its place: a meeting in person
        (talk("b.txt", location="Paris", place_state=FRA), [("call", ("a.txt",)), ("meeting", ("b.txt",))]),
        # told with a word of a meeting in person
        (talk("b.txt", trigger="rencontré"), [("call", ("a.txt",)), ("meeting", ("b.txt",))]),
        # published eight days after the call: another talk
        (talk("d.txt"), [("call", ("a.txt",)), ("meeting", ("d.txt",))]),
        # dated two days before the call
        (talk("b.txt", day=D2), [("call", ("a.txt",)), ("meeting", ("b.txt",))]),
        # announced, not held
        (talk("b.txt", status="planned"), [("call", ("a.txt",)), ("meeting", ("b.txt",))]),
    ],
)
def test_talk_in_neutral_words_is_the_call_other_outlets_report(other, expected):
    call = mention("a.txt", "call", (MACRON, LULA), day=D4)
    rows = merge_events([call, other], links=LINKS, published=PUBLISHED)
    assert sorted((e.event_type, e.articles) for e in rows) == expected


ISR, IRN, SYR = "state:ISR", "state:IRN", "state:SYR"
IN_ISRAEL = {"day": D4, "location": "Israël", "place_state": ISR}
AT_DAMASCUS = {"day": D4, "location": "Damas", "place_state": SYR}


# Rule: `les frappes imputées à Israël ont détruit lundi le consulat iranien` read as a strike placed in
# Israel is the strike another outlet places at Damas; the place of the merged row is the one most
# reports give.
@pytest.mark.parametrize(
    "second, expected",
    [
        (
            mention("b.txt", "strike", (IRN, ISR, SYR, "person:x"), **IN_ISRAEL, target=IRN),
            [(("a.txt", "b.txt", "c.txt"), "Damas")],
        ),
        # placed in the state it names as struck: another strike
        (
            mention("b.txt", "strike", (IRN, ISR), day=D4, location="Ispahan", place_state=IRN, target=IRN),
            [(("a.txt", "c.txt"), "Damas"), (("b.txt",), "Ispahan")],
        ),
        # an attacker of another state named: a riposte, not the strike
        (
            mention("b.txt", "strike", (IRN, ISR, SYR), **IN_ISRAEL, source=IRN, target=ISR),
            [(("a.txt", "c.txt"), "Damas"), (("b.txt",), "Israël")],
        ),
    ],
)
def test_strike_placed_in_its_attackers_state_is_the_strike_reported_elsewhere(second, expected):
    first = mention("a.txt", "strike", (ISR, IRN, SYR), **AT_DAMASCUS, source=ISR, target=IRN)
    third = mention("c.txt", "strike", (ISR, IRN), **AT_DAMASCUS, source=ISR, target=IRN)
    rows = merge_events([first, second, third], links=LINKS, published=PUBLISHED)
    assert sorted((e.articles, e.location) for e in rows) == expected


# Rule: within an article, a strike placed in a place told as lying in the place of another
# (`le quartier de Mazzeh à Damas`, `Naqoura, au Liban`) is not another strike by place.
@pytest.mark.parametrize(
    "second_place, second_text, rows",
    [
        ("Mazzeh", "Les frappes ont visé un bâtiment dans le quartier de Mazzeh à Damas, selon l'agence.", 1),
        ("Mazzeh", "Les frappes ont visé un bâtiment du quartier de Mazzeh, à Damas.", 1),
        # two towns told side by side: two strikes
        ("Mazzeh", "L'aviation a aussi frappé Mazzeh et Damas dans la soirée.", 2),
        ("Homs", "L'aviation a aussi frappé un dépôt à Homs, loin de Damas.", 2),
    ],
)
def test_strike_at_a_place_lying_in_the_other_is_one_strike(second_place, second_text, rows):
    first = mention("a.txt", "strike", (ISR, SYR), day=D4, location="Damas", place_state=SYR, source=ISR, target=SYR)
    second = replace(
        mention("a.txt", "strike", (ISR, SYR), start=200, sentence=2, location=second_place, source=ISR, target=SYR),
        evidence=second_text,
    )
    assert len(merge_events([first, second], links=LINKS, published=PUBLISHED)) == rows


UKR, RUS = "state:UKR", "state:RUS"


# Rule: a strike read as placed in a whole country whose sentence names a town of it (`À Odessa, dans le
# sud de l'Ukraine, ...`) is a strike on that town, not the strike on another town told after.
@pytest.mark.parametrize(
    "first_text, rows",
    [
        ("À Odessa, dans le sud de l'Ukraine, des drones russes ont frappé le port dans la nuit.", 2),
        # the whole country told with no town: the strike on the town is that strike told again
        ("Des drones russes ont frappé l'ouest de l'Ukraine dans la nuit.", 1),
        # the town told there too: that strike
        ("Des drones russes ont frappé l'Ukraine dans la nuit, notamment Lviv.", 1),
    ],
)
def test_strike_in_a_country_framing_another_town_is_another_strike(first_text, rows):
    first = replace(
        mention("a.txt", "strike", (RUS, UKR), day=D4, location="Ukraine", place_state=UKR, source=RUS, target=UKR),
        evidence=first_text,
    )
    second = replace(
        mention("a.txt", "strike", (RUS, UKR), start=200, sentence=2, location="Lviv", source=RUS, target=UKR),
        evidence="À Lviv, un missile russe a touché un entrepôt la même nuit.",
    )
    assert len(merge_events([first, second], links=LINKS, published=PUBLISHED)) == rows


@pytest.mark.parametrize(
    "story, own, expected",
    [
        (D20, None, D20),  # nothing else dates the event: its story day does
        (D20, date(2025, 10, 18), date(2025, 10, 18)),  # a mention's own date wins
        (None, None, None),
    ],
)
def test_merge_events_dates_by_the_story_day_only_when_no_mention_is_dated(story, own, expected):
    value = DateValue("mardi", 0, 5, story, story, "day", "date") if story else None
    events = merge_events(
        [replace(mention(), story_day=value), mention(start=60, sentence=1, day=own) if own else mention(start=60)]
    )
    assert [e.date_start for e in events] == [expected]


@pytest.mark.parametrize(
    "told, rows",
    [
        (date(2025, 10, 21), 2),  # a strike of the next day between the same sides is another blow
        (D20, 1),  # the same day: the riposte told again
    ],
)
def test_merge_events_riposte_of_its_story_day_is_not_a_strike_told_with_another_day(told, rows):
    story = DateValue("mercredi", 0, 8, D20, D20, "day", "date")
    riposte = mention(etype="strike", actors=("state:PAK", "state:IND"), source="state:PAK")
    undated = replace(riposte, story_day=story, answers=True)
    dated = mention(
        etype="strike", actors=("state:PAK", "state:IND"), source="state:PAK", start=90, sentence=2, day=told
    )
    assert len(merge_events([undated, dated])) == rows


def test_merge_events_report_with_a_story_day_is_left_to_the_other_tests():
    story = DateValue("mercredi", 0, 8, D20, D20, "day", "date")
    report = replace(mention(etype="strike", actors=("state:UKR", "state:RUS"), source="state:UKR"), story_day=story)
    dated = mention(
        etype="strike", actors=("state:UKR", "state:RUS"), source="state:UKR", start=90, sentence=1, day=D17
    )
    assert len(merge_events([dated, report])) == 1


# --- one row per event across outlets: talks told as to come on the day of the report, strikes on listed sites

J = date(2025, 3, 6)  # a Thursday
OUTLETS = {"matin.txt": J, "veille.txt": J - timedelta(days=2), "soir.txt": J, "lendemain.txt": J + timedelta(days=1)}


def outlets(*mentions: EventMention) -> list[tuple[str, ...]]:
    return sorted(e.articles for e in merge_events(mentions, links=LINKS, published=OUTLETS))


@pytest.mark.parametrize(
    "mentions, expected",
    [
        # `Macron reçoit ce jeudi Lula à l'Élysée` (morning, told as to come) / `Macron a reçu jeudi Lula`
        (
            [
                mention("matin.txt", actors=(MACRON, LULA), day=J, status="planned"),
                mention("soir.txt", actors=(MACRON, LULA), day=J),
            ],
            [("matin.txt", "soir.txt")],
        ),
        # ... but announced two days before: the announcement and the meeting held stay apart
        (
            [
                mention("veille.txt", actors=(MACRON, LULA), day=J, status="planned"),
                mention("soir.txt", actors=(MACRON, LULA), day=J),
            ],
            [("soir.txt",), ("veille.txt",)],
        ),
        # ... and a wish told on that day stays apart from the meeting held (`pourrait recevoir`)
        (
            [
                mention("matin.txt", actors=(MACRON, LULA), day=J, status="hypothetical"),
                mention("soir.txt", actors=(MACRON, LULA), day=J),
            ],
            [("matin.txt",), ("soir.txt",)],
        ),
        # `doit recevoir Lula jeudi` (two days before) / undated `doit recevoir Lula`, the day after
        # that Thursday: still to come after it, so another meeting
        (
            [
                mention("veille.txt", actors=(MACRON, LULA), day=J, status="planned"),
                mention("lendemain.txt", actors=(MACRON, LULA), status="planned"),
            ],
            [("lendemain.txt",), ("veille.txt",)],
        ),
        # ... the same undated announcement on the Thursday itself: the one announced
        (
            [
                mention("veille.txt", actors=(MACRON, LULA), day=J, status="planned"),
                mention("matin.txt", actors=(MACRON, LULA), status="planned"),
            ],
            [("matin.txt", "veille.txt")],
        ),
    ],
)
def test_talk_told_as_to_come_on_the_day_of_the_report(mentions, expected):
    assert outlets(*mentions) == expected


USA, IRN = "state:USA", "state:IRN"


def hit(article, start, evidence, location, day=None) -> EventMention:
    told = mention(article, "strike", (USA, IRN), start=start, sentence=start // 100, day=day, location=location)
    return replace(told, source_actor=USA, target_actor=IRN, evidence=evidence)


LISTING = "Cette nuit, des bombardiers américains ont visé trois sites en Iran : Fordo, Natanz et Ispahan."


@pytest.mark.parametrize(
    "mentions, expected",
    [
        # one outlet lists the sites struck that night, another (undated) tells the strike on one of them
        (
            [
                hit("matin.txt", 0, LISTING, "Iran", day=J),
                hit("soir.txt", 0, "Le site de Fordow a été touché par des bombes très lourdes.", "Fordow"),
            ],
            [("matin.txt", "soir.txt")],
        ),
        # ... a site the listing does not name: another strike
        (
            [
                hit("matin.txt", 0, LISTING, "Iran", day=J),
                hit("soir.txt", 0, "Une base proche de Tabriz a été touchée par des missiles.", "Tabriz"),
            ],
            [("matin.txt",), ("soir.txt",)],
        ),
        # within one article: the listing, then each site told in its own sentence, is one strike
        (
            [
                hit("matin.txt", 0, LISTING, "Ispahan", day=J),
                hit("matin.txt", 100, "A Natanz, les bâtiments de surface ont été détruits.", "Natanz"),
                hit("matin.txt", 200, "Le complexe de Fordow a reçu six bombes.", "complexe de Fordow"),
            ],
            [("matin.txt",)],
        ),
        # ... but a strike near a town, told with the region it lies in, is no strike on the region
        (
            [
                hit("matin.txt", 0, "Un drone a frappé la ville de Gaza dans la nuit.", "Gaza", day=J),
                hit("matin.txt", 100, "Un tunnel près de Rafah, dans la bande de Gaza, a aussi été visé.", "Rafah"),
            ],
            [("matin.txt",), ("matin.txt",)],
        ),
        # ... nor is a town named in the sentence of a demonstrative repeat (`Ces frappes interviennent
        # au lendemain d'une attaque sur Bouchehr`): that sentence tells another strike, it lists no site
        (
            [
                hit("matin.txt", 0, "Des missiles ont frappé Tabriz dans la nuit.", "Tabriz", day=J),
                replace(
                    hit("matin.txt", 100, "Ces frappes interviennent au lendemain d'une attaque sur Bouchehr.", None),
                    refers_back=True,
                ),
                hit("matin.txt", 300, "A Bouchehr, l'attaque a visé un dépôt de carburant.", "Bouchehr", day=J),
            ],
            [("matin.txt",), ("matin.txt",)],
        ),
        # ... nor a town a title names beside the one its strike hit (`Frappes sur Tabriz, Bouchehr
        # touchée la veille`): a title tells two strikes as often as one
        (
            [
                replace(
                    hit("matin.txt", 0, "Nouvelles frappes sur Tabriz, Bouchehr touchée la veille", None),
                    tenseless=True,
                ),
                hit("matin.txt", 100, "Des missiles ont frappé Tabriz dans la nuit.", "Tabriz", day=J),
                hit("matin.txt", 300, "A Bouchehr, l'attaque a visé un dépôt de carburant.", "Bouchehr", day=J),
            ],
            [("matin.txt",), ("matin.txt",)],
        ),
    ],
)
def test_strike_on_a_site_the_other_report_lists_is_that_strike(mentions, expected):
    assert outlets(*mentions) == expected


# Rule: a strike told first with no place of its own (its town read as the state struck) whose sentence
# names a town is not an undated strike placed at another town of that state (`a aussi bombardé Y`).
@pytest.mark.parametrize(
    "then, expected",
    [
        (hit("matin.txt", 100, "L'armée a aussi bombardé Bouchehr.", "Bouchehr"), [("matin.txt",), ("matin.txt",)]),
        (hit("matin.txt", 100, "À Tabriz, l'attaque a visé un dépôt.", "Tabriz"), [("matin.txt",)]),
        (hit("matin.txt", 100, "L'attaque a fait trois morts.", None), [("matin.txt",)]),
    ],
)
def test_undated_strike_on_another_town_than_the_one_told(then, expected):
    first = hit("matin.txt", 0, "Des missiles ont frappé Tabriz lundi.", None, day=J)
    assert outlets(first, then) == expected


# Rule: a measure told as a further one (`en outre`, `aussi`: mention.further) is not a measure the
# body told before; a repeat pointing back (`ces sanctions`) or an undated title still merges.
@pytest.mark.parametrize(
    "first_day, first_sentence, further, refers_back, expected_rows",
    [
        (D17, 1, True, False, 2),
        (D17, 0, True, False, 2),  # a dated first sentence is the body, not a title
        (None, 0, True, False, 1),  # an undated title announces the body's measure
        (D17, 1, True, True, 1),
        (D17, 1, False, False, 1),
    ],
)
def test_merge_events_keeps_a_further_measure_apart(first_day, first_sentence, further, refers_back, expected_rows):
    told = mention(etype="sanction", actors=(USA, CHN), source=USA, target=CHN, day=first_day, sentence=first_sentence)
    second = replace(
        mention(etype="sanction", actors=(USA, CHN), source=USA, target=CHN, start=100, sentence=3),
        further=further,
        refers_back=refers_back,
    )
    assert len(merge_events([told, second], links={})) == expected_rows


# A talk told of a pair (`leur précédente rencontre`, `ils s'étaient vus`) is held by the parties of the
# talks told just before: with a date or a status of its own it is another talk of that pair, without
# one it is the talk told; far from any talk, or with none told, it names no one and is dropped.
AB, CD = ("person:a", "person:b"), ("person:c", "person:d")


@pytest.mark.parametrize(
    "told, pair, expected",
    [
        # `X et Y se sont vus lundi. Leur dernière rencontre remontait à juin.`
        (
            [mention(day=D20)],
            mention(actors=(), start=50, sentence=1, day=date(2025, 6, 1), end=date(2025, 6, 30), precision="month"),
            [("meeting", "2025-06-01", AB, 1), ("meeting", "2025-10-20", AB, 1)],
        ),
        # `Leur rencontre a porté sur le commerce.`: the meeting told
        (
            [mention(day=D20)],
            mention(actors=(), start=50, sentence=1),
            [("meeting", "2025-10-20", AB, 2)],
        ),
        # `Leur rencontre, prévue en novembre`, after a call: a planned meeting of the callers
        (
            [mention(etype="call", day=D20)],
            mention(actors=(), start=50, sentence=1, status="planned", day=date(2025, 11, 1), end=date(2025, 11, 30)),
            [("call", "2025-10-20", AB, 1), ("meeting", "2025-11-01", AB, 1)],
        ),
        # `Ils s'étaient rencontrés en mai`, the pronoun read as one side only
        (
            [mention(day=D20)],
            mention(actors=("person:b",), start=50, sentence=1, day=date(2025, 5, 1), end=date(2025, 5, 31)),
            [("meeting", "2025-05-01", ("person:b", "person:a"), 1), ("meeting", "2025-10-20", AB, 1)],
        ),
        # the talks most told are the pair's, not the latest one
        (
            [mention(day=D20), mention(start=20, day=D20), mention(actors=CD, start=40, sentence=1)],
            mention(actors=(), start=60, sentence=2, day=date(2025, 5, 1), end=date(2025, 5, 31)),
            [
                ("meeting", "2025-05-01", AB, 1),
                ("meeting", "2025-10-20", AB, 2),
                ("meeting", None, CD, 1),
            ],
        ),
        # too far from the talk told: no one to hold it
        (
            [mention(day=D20)],
            mention(actors=(), start=500, sentence=12, day=date(2025, 5, 1), end=date(2025, 5, 31)),
            [("meeting", "2025-10-20", AB, 1)],
        ),
        # `X pourrait appeler Z grâce à la ligne installée après leur sommet d'avril`: the pair of the talk
        # of its own sentence, not the talks most told before it
        (
            [
                mention(day=D20),
                mention(start=20, day=D20),
                mention(etype="call", actors=("person:a", "person:c"), start=40, sentence=1, status="hypothetical"),
            ],
            mention(actors=(), start=60, sentence=1, day=date(2025, 4, 1), end=date(2025, 4, 30)),
            [
                ("meeting", "2025-04-01", ("person:a", "person:c"), 1),
                ("meeting", "2025-10-20", AB, 2),
                ("call", None, ("person:a", "person:c"), 1),
            ],
        ),
    ],
)
def test_merge_events_a_talk_told_of_a_pair_is_held_by_the_pair_told_before(told, pair, expected):
    events = merge_events([*told, replace(pair, pair=True)])
    found = [(e.event_type, e.date_start.isoformat() if e.date_start else None, e.actors, e.mentions) for e in events]
    assert found == expected


def test_merge_events_a_round_of_negotiations_continues_the_negotiations_told():
    # `Des pourparlers entre A et B s'ouvrent. C avait été reçu jeudi par D. La précédente session, en septembre,
    # avait échoué`: the round is one of the negotiations (negotiation_nouns), not the visit told since
    talks = replace(mention(day=D20), trigger="pourparlers")
    visit = replace(mention(actors=CD, start=40, sentence=1, day=date(2025, 10, 16)), trigger="reçu")
    session = replace(
        mention(actors=(), start=60, sentence=2, day=date(2025, 9, 1), end=date(2025, 9, 30), precision="month"),
        trigger="session",
        pair=True,
    )
    events = merge_events([talks, visit, session])
    assert [(e.date_start.isoformat(), e.actors) for e in events] == [
        ("2025-09-01", AB),
        ("2025-10-16", CD),
        ("2025-10-20", AB),
    ]


# Rule: an outlet naming the Council of the EU and one naming the Union tell one sanctions package
# (models/actors/part_of.csv, sanctions only); a package of another imposer is another.
@pytest.mark.parametrize("imposer, expected_rows", [("org:conseil-ue", 1), ("org:ue", 1), ("state:GBR", 2)])
def test_merge_events_body_of_an_organisation_and_the_organisation_are_one_imposer(imposer, expected_rows):
    from pipeline.events.agreement import affiliation_links

    actors = {i: Actor(i, i, "organization") for i in ("org:conseil-ue", "org:ue")}
    union = mention("a.txt", "sanction", ("org:ue", "state:RUS"), source="org:ue", target="state:RUS", day=D17)
    other = mention("b.txt", "sanction", (imposer, "state:RUS"), source=imposer, target="state:RUS", day=D17)
    published = {"a.txt": D17, "b.txt": D17}
    rows = merge_events([union, other], affiliations=affiliation_links(actors), links={}, published=published)
    assert len(rows) == expected_rows


# Rule: for sanctions a body faces the other side as its organisation does: `la Commission taxe les
# véhicules chinois`, then `Pékin menace de répliquer contre l'UE` are two measures, not one.
@pytest.mark.parametrize(
    "answer_source, answer_target, expected_rows",
    [("state:CHN", "org:ue", 2), ("state:CHN", "org:commission-europeenne", 2), ("org:ue", "state:CHN", 1)],
)
def test_merge_events_answer_to_a_body_is_another_measure(answer_source, answer_target, expected_rows):
    from pipeline.events.agreement import affiliation_links

    actors = {i: Actor(i, i, "organization") for i in ("org:commission-europeenne", "org:ue")}
    duties = mention(
        etype="sanction",
        actors=("org:commission-europeenne", "state:CHN"),
        source="org:commission-europeenne",
        target="state:CHN",
        day=D17,
    )
    answer = mention(
        etype="sanction",
        actors=(answer_source, answer_target),
        source=answer_source,
        target=answer_target,
        start=120,
        sentence=2,
    )
    rows = merge_events([duties, answer], affiliations=affiliation_links(actors), links={})
    assert len(rows) == expected_rows


# Rule: a sanction whose only parties are one side (an organisation and its own body, `l'UE` and `la
# Commission`; a state and its leader, `Washington` and `Trump`) names no target and gives no row; a
# party of another side gives one.
@pytest.mark.parametrize(
    "parties, expected_rows",
    [
        (("org:ue", "org:commission-europeenne"), 0),
        (("org:onu", "org:conseil-securite-onu"), 0),
        (("org:commission-europeenne", "state:RUS"), 1),
        (("state:USA", "person:trump"), 0),
        (("person:trump", "state:MEX"), 1),
    ],
)
def test_merge_events_sanction_of_one_side_gives_no_row(parties, expected_rows):
    from pipeline.events.agreement import affiliation_links

    actors = {i: Actor(i, i, "organization") for i in parties}
    told = mention(etype="sanction", actors=parties, source=parties[0], target=parties[1], day=D17)
    links = {"person:trump": "state:USA"}
    assert len(merge_events([told], affiliations=affiliation_links(actors), links=links)) == expected_rows


@pytest.mark.parametrize(
    "b_source, b_target, rows",
    [
        ("state:CHN", "state:USA", 2),  # `Pékin riposte par des droits sur le soja américain`: a second measure
        ("state:USA", "state:CHN", 1),  # the same measure told by another outlet
    ],
)
def test_merge_events_across_articles_keeps_a_tit_for_tat_apart(b_source, b_target, rows):
    told = [
        mention("a.txt", "sanction", ("state:USA", "state:CHN"), day=D20, source="state:USA", target="state:CHN"),
        mention("b.txt", "sanction", (b_source, b_target), day=D20, source=b_source, target=b_target),
    ]
    assert len(merge_events(told)) == rows


# A talk told as the previous one (`leur précédente rencontre`, `earlier`) is held before the talk told,
# never that talk again, even with no date of its own; two such mentions may still be one talk.
@pytest.mark.parametrize(
    "earlier, expected",
    [
        ((False, True), 2),
        ((True, False), 2),
        ((True, True), 1),
        ((False, False), 1),
    ],
)
def test_merge_events_a_previous_talk_is_not_the_talk_told(earlier, expected):
    first = replace(mention(start=0, sentence=0, day=date(2025, 3, 4)), earlier=earlier[0])
    second = replace(mention(start=50, sentence=1), earlier=earlier[1])
    assert len(merge_events([first, second])) == expected


# Rule: `X et Y se sont parlé samedi. Cet appel intervient à deux semaines du sommet prévu le 12 juin
# entre Y et Z`: a demonstrative talk noun is the talk of its type told in the sentence or two before,
# even when its clause lends it the parties, day and status of another event; told farther, or with
# nothing of its type before, it is read as usual.
def this_talk(**kwargs) -> EventMention:
    return replace(mention(etype="call", **kwargs), refers_back=True)


D12 = date(2018, 6, 12)
D02 = date(2018, 6, 2)


@pytest.mark.parametrize(
    "mentions, expected_rows",
    [
        (
            [
                mention(etype="call", actors=("person:moon", "person:trump"), day=D02),
                this_talk(start=90, sentence=1, actors=("person:trump", "person:kim"), day=D12, status="planned"),
            ],
            [("call", D02, "occurred", ("person:moon", "person:trump"), 2)],
        ),
        # two sentences after: still the call told
        (
            [
                mention(etype="call", actors=("person:moon", "person:trump"), day=D02),
                this_talk(start=190, sentence=2, actors=("person:trump", "person:kim"), day=D12),
            ],
            [("call", D02, "occurred", ("person:moon", "person:trump"), 2)],
        ),
        # four sentences after: too far, read as usual (its own row)
        (
            [
                mention(etype="call", actors=("person:moon", "person:trump"), day=D02),
                this_talk(start=390, sentence=4, actors=("person:trump", "person:kim"), day=D12),
            ],
            [
                ("call", D02, "occurred", ("person:moon", "person:trump"), 1),
                ("call", D12, "occurred", ("person:trump", "person:kim"), 1),
            ],
        ),
        # no call told before (only a meeting): read as usual
        (
            [
                mention(actors=("person:moon", "person:trump"), day=D02),
                this_talk(start=90, sentence=1, actors=("person:trump", "person:kim"), day=D12),
            ],
            [
                ("meeting", D02, "occurred", ("person:moon", "person:trump"), 1),
                ("call", D12, "occurred", ("person:trump", "person:kim"), 1),
            ],
        ),
    ],
)
def test_demonstrative_talk_is_the_talk_told_just_before(mentions, expected_rows):
    events = merge_events(mentions, links={})
    assert [(e.event_type, e.date_start, e.status, e.actors, e.mentions) for e in events] == expected_rows


# Rule: `deux jours après leur sommet de Douchanbé. Lors de cette rencontre, mercredi, ...`: a demonstrative
# joins the talk told just before that it agrees with, even one told as held before the clause's own.
def test_demonstrative_talk_joins_the_earlier_talk_it_agrees_with():
    pair = ("person:xi", "person:tokaiev")
    ms = [
        mention(actors=pair, day=date(2019, 5, 17)),
        replace(mention(start=60, actors=pair), earlier=True),
        replace(mention(start=120, sentence=1, actors=pair, day=date(2019, 5, 15)), refers_back=True),
    ]
    events = merge_events(ms, links={})
    assert [(e.date_start, e.mentions) for e in events] == [(date(2019, 5, 15), 2), (date(2019, 5, 17), 1)]


# Rule: `Le sommet de vendredi a marqué les esprits. Moon et Kim se sont entretenus trois heures`: a talk
# naming no party with nothing told before it is the first talk of its type told in the next two
# sentences whose day and status it does not contradict.
D27 = date(2018, 4, 27)


@pytest.mark.parametrize(
    "mentions, expected_rows",
    [
        ([mention(actors=(), day=D27), mention(start=90, sentence=1)], [(D27, "occurred", 2)]),
        ([mention(actors=(), day=D27), mention(start=190, sentence=2)], [(D27, "occurred", 2)]),
        # three sentences on: too far, the reference is dropped
        ([mention(actors=(), day=D27), mention(start=290, sentence=3)], [(None, "occurred", 1)]),
        # another day, or a talk still to come: not that talk
        ([mention(actors=(), day=D27), mention(start=90, sentence=1, day=D20)], [(D20, "occurred", 1)]),
        ([mention(actors=(), day=D27), mention(start=90, sentence=1, status="planned")], [(None, "planned", 1)]),
    ],
)
def test_talk_told_before_its_parties_joins_the_talk_told_next(mentions, expected_rows):
    events = merge_events(mentions, links={})
    assert [(e.date_start, e.status, e.mentions) for e in events] == expected_rows


# A demonstrative naming no party keeps its own day when it joins the talk told before
# (`une nouvelle rencontre ... Cette rencontre pourrait avoir lieu en novembre`).
def test_demonstrative_talk_without_parties_keeps_its_day():
    nov = date(2025, 11, 1)
    ms = [
        mention(actors=("state:RUS", "state:UKR"), status="hypothetical"),
        replace(
            mention(
                start=90,
                sentence=1,
                actors=(),
                day=nov,
                end=date(2025, 11, 30),
                precision="month",
                status="hypothetical",
            ),
            refers_back=True,
        ),
    ]
    events = merge_events(ms, links={})
    assert [(e.date_start, e.status, e.mentions) for e in events] == [(nov, "hypothetical", 2)]


# A talk of two told on the sidelines of an occasion (`en marge de la réunion, X a eu un entretien avec Y`)
# is not the meeting of three or more the article tells: a bilateral beside a summit is one of its own.
SUMMIT = ("person:a", "person:b", "person:c", "person:d")


@pytest.mark.parametrize(
    "mentions, expected_rows",
    [
        ([mention(actors=SUMMIT, day=D20), replace(mention(start=100, sentence=2, day=D20), sidelines=True)], 2),
        # told with no occasion, the pair's talk is part of the summit
        ([mention(actors=SUMMIT, day=D20), mention(start=100, sentence=2, day=D20)], 1),
        # two mentions of one bilateral, one of them on the sidelines, are one talk
        ([mention(day=D20), replace(mention(start=100, sentence=2, day=D20), sidelines=True)], 1),
    ],
)
def test_bilateral_on_the_sidelines_of_a_summit_is_its_own_meeting(mentions, expected_rows):
    assert len(merge_events(mentions)) == expected_rows


def test_a_person_and_their_state_are_one_side_of_a_talk_on_the_sidelines():
    # `X a rencontré son homologue chinois Y en marge de la réunion` (X, Y, China), then the headline
    # `L'Inde et la Chine se parlent en marge du G20`: two sides both times, one talk
    body = mention(actors=("person:a", "person:b", "state:CHN"), day=D20)
    title = replace(mention(start=100, sentence=2, actors=("state:IND", "state:CHN")), sidelines=True)
    links = {"person:a": "state:IND", "person:b": "state:CHN"}
    assert len(merge_events([body, title], links=links)) == 1


def _tariff(start: int, sentence: int, day: date, rates: tuple[str, ...], refers_back: bool = False) -> EventMention:
    told = mention(etype="sanction", actors=("state:USA", "state:CHN"), start=start, sentence=sentence, day=day)
    return replace(told, source_actor="state:USA", target_actor="state:CHN", rates=rates, refers_back=refers_back)


# `ces droits` repeats the measure told before, whatever day it gives (`entrent en vigueur le 9 avril`);
# one that sets it at another rate on a day of its own (`Le 14 mai, ils ont ramené ces droits à 30 %`) is
# a change of its day, another event (merge._rate_changed).
@pytest.mark.parametrize(
    "repeat, rows",
    [
        (_tariff(300, 2, date(2025, 5, 14), ("30",), refers_back=True), 2),
        (_tariff(300, 2, date(2025, 4, 9), (), refers_back=True), 1),
        (_tariff(300, 2, date(2025, 4, 2), ("30",), refers_back=True), 1),
    ],
)
def test_merge_events_a_repeat_at_another_rate_on_its_own_day_is_another_measure(repeat, rows):
    told = _tariff(0, 0, date(2025, 4, 2), ("34",))
    assert len(merge_events([told, repeat])) == rows


@pytest.mark.parametrize(
    "second, rows",
    [
        # the headline's strike also names the other side; that side striking back at the attacker is
        # another strike (s34-strike)
        (dict(actors=("org:hezbollah", "state:ISR"), source="org:hezbollah", target="state:ISR"), 2),
        # the headline's strike told again, with its own sides: one strike
        (dict(actors=("state:ISR", "state:LBN"), source="state:ISR", target="state:LBN"), 1),
    ],
)
def test_merge_events_a_side_named_in_the_headline_striking_back_is_another_strike(second, rows):
    headline = mention(
        etype="strike",
        actors=("state:ISR", "state:LBN", "org:hezbollah"),
        source="state:ISR",
        target="state:LBN",
    )
    later = mention(etype="strike", start=300, sentence=4, day=D20, **second)
    assert len(merge_events([headline, later])) == rows


@pytest.mark.parametrize(
    "alone, rows",
    [
        # the side struck in one strike, told as the attacker of another (same day): it strikes back (s34-strike)
        (dict(actors=("org:mmr-armee",), source="org:mmr-armee", location="Gaza"), 2),
        # the same attacker told again: the same strike
        (dict(actors=("org:tnla",), source="org:tnla", location="Gaza"), 1),
    ],
)
def test_merge_events_the_side_struck_told_as_an_attacker_is_another_strike(alone, rows):
    first = mention(etype="strike", day=D20, sentence=1, **alone)
    sided = mention(
        etype="strike",
        actors=("org:tnla", "org:mmr-armee"),
        source="org:tnla",
        target="org:mmr-armee",
        start=400,
        sentence=4,
        day=D20,
    )
    assert len(merge_events([first, sided])) == rows


def test_merge_events_the_side_hit_by_an_unnamed_attacker_then_striking_is_another_strike():
    # `le tir d'une roquette vers Sdérot` (no attacker named), then `un drone israélien a tiré sur un groupe`
    hit = mention(etype="strike", actors=("org:hamas", "state:ISR"), target="state:ISR", location="Sdérot", sentence=1)
    back = mention(etype="strike", actors=("state:ISR",), source="state:ISR", start=300, sentence=2, day=D20)
    hit = replace(hit, evidence="Le tir d'une roquette vers Sdérot a fait un blessé.")
    back = replace(back, evidence="Un drone a tiré sur un groupe de jeunes, blessant trois personnes.")
    assert [(e.location, e.mentions) for e in merge_events([hit, back])] == [("Sdérot", 1)]


def test_merge_events_the_side_struck_reporting_drones_shot_down_tells_the_same_strike():
    # `Moscou a affirmé avoir abattu 200 drones`, read with Russia as the attacker, just after the strike
    shot = replace(
        mention(etype="strike", actors=("state:RUS",), source="state:RUS", start=500, sentence=2), trigger="abattu"
    )
    sided = mention(
        etype="strike",
        actors=("state:UKR", "state:RUS"),
        source="state:UKR",
        target="state:RUS",
        start=400,
        sentence=1,
        day=D20,
    )
    assert [e.mentions for e in merge_events([sided, shot])] == [2]


# Two calls of one day by the same caller with two different people of one state (`le Premier ministre
# pakistanais Y`, then `le chef de l'armée pakistanaise Z`) are two calls, though both name that state;
# the same person told again (or the state alone) is the same call (merge._rival_people).
@pytest.mark.parametrize(
    "second, rows",
    [
        (("person:rubio", "person:munir", "org:pak-armee"), 2),
        (("person:rubio", "person:sharif"), 1),
        (("person:rubio", "state:PAK"), 1),
    ],
)
def test_merge_events_calls_with_two_people_of_one_state_are_two_calls(second, rows):
    day = date(2025, 5, 10)
    first = mention(etype="call", actors=("person:rubio", "person:sharif", "state:PAK"), day=day)
    other = mention(etype="call", actors=second, start=200, sentence=1, day=day)
    links = {
        "person:sharif": "state:PAK",
        "person:munir": "state:PAK",
        "org:pak-armee": "state:PAK",
        "person:rubio": "state:USA",
    }
    assert len(merge_events([first, other], links=links)) == rows


# Rule: an event told in the pluperfect with a day of its own (`ils s'étaient parlé le 3 octobre`) was
# before the news the article tells without a day; an undated title does not make them one.
@pytest.mark.parametrize(
    "first, expected_rows",
    [
        (mention(etype="call"), 2),
        (replace(mention(etype="call"), tenseless=True), 1),
        (replace(mention(etype="call"), pluperfect=True), 1),
    ],
)
def test_event_told_in_the_pluperfect_with_its_day_is_before_the_news(first, expected_rows):
    earlier = replace(mention(etype="call", start=100, sentence=2, day=D17), pluperfect=True)
    assert len(merge_events([first, earlier])) == expected_rows


# Rule: a talk verb told again (`se sont de nouveau retrouvés`, `se sont revus`) after every mention of a
# talk is a further talk, unless both give one day; told in the same sentence it is that talk.
@pytest.mark.parametrize(
    "sentence, day, expected_rows",
    [(2, None, 2), (2, D20, 2), (2, D17, 1), (0, None, 1)],
)
def test_talk_told_again_is_a_further_talk(sentence, day, expected_rows):
    again = replace(mention(start=100, sentence=sentence, day=day), again=True)
    assert len(merge_events([mention(day=D17 if day else None), again])) == expected_rows


@pytest.mark.parametrize(
    "mentions, expected",
    [
        # `Ottawa a ordonné le départ de diplomates iraniens et la fermeture de l'ambassade d'Iran`: the
        # target told twice does not go before the state that imposed both measures
        (
            [
                mention(etype="sanction", actors=("state:CAN", "state:IRN"), source="state:CAN", target="state:IRN"),
                mention(etype="sanction", actors=("state:IRN",), start=30, target="state:IRN"),
            ],
            ("state:CAN", "state:IRN"),
        ),
        # with no initiator, the most named comes first, as before
        (
            [
                mention(actors=("person:b", "person:a")),
                mention(actors=("person:a",), start=30),
            ],
            ("person:a", "person:b"),
        ),
    ],
)
def test_merge_events_lists_the_initiator_first(mentions, expected):
    (event,) = merge_events(mentions, min_actors=1)
    assert event.actors == expected

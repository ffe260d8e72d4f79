"""One row per event across outlets: articles of our own, parsed and merged as a run merges them.

Each case is a few short reports (publication day, text) and the rows expected: the type, the
first and last day and the articles of each core event row. The parsed cases load the full
French model, so they are marked slow; the pure rules are tested on their own too.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.across import other_night, told_as_known
from pipeline.events.merge import merge_results
from pipeline.nlp.pipeline import parse_articles
from pipeline.nlp.records import article_result
from pipeline.outputs.tables import merge_actors
from pipeline.schema import Article, EventMention

CORE = {"call", "meeting", "strike", "sanction"}
MON_TUE, TUE_WED = date(2022, 10, 11), date(2022, 10, 12)  # the mornings after two nights


def rows(nlp, reports: list[tuple[str, date, str]]) -> list[tuple]:
    articles = [Article(id=name, path=name, text=text, published=day) for name, day, text in reports]
    results = [article_result(a, doc) for a, doc in parse_articles(nlp, articles)]
    events = merge_results(results, merge_actors(results))
    found = [
        (e.event_type, e.date_start and e.date_start.isoformat(), e.date_end and e.date_end.isoformat(), e.articles)
        for e in events
        if e.event_type in CORE
    ]
    return sorted(found, key=lambda r: (r[3], r[1] or ""))


# Rule: two nights told by their days that share a day are two strikes (`nuit de lundi à mardi`,
# `nuit de mardi à mercredi`), while two outlets telling the same night are one; `dans la nuit` is
# resolved against each outlet's own day, so reports a day apart may tell one night.
@pytest.mark.slow
@pytest.mark.parametrize(
    "reports, expected",
    [
        (
            [
                ("a.txt", MON_TUE, "La Russie a bombardé Kherson dans la nuit de lundi à mardi."),
                ("b.txt", TUE_WED, "La Russie a de nouveau bombardé Kherson dans la nuit de mardi à mercredi."),
                ("c.txt", date(2022, 10, 12), "Des missiles russes ont frappé Kherson dans la nuit de lundi à mardi."),
            ],
            [
                ("strike", "2022-10-10", "2022-10-11", ("a.txt", "c.txt")),
                ("strike", "2022-10-11", "2022-10-12", ("b.txt",)),
            ],
        ),
        (
            [
                ("a.txt", date(2022, 10, 11), "La Russie a bombardé Kherson dans la nuit de lundi à mardi."),
                ("b.txt", date(2022, 10, 12), "Des missiles russes ont frappé Kherson dans la nuit."),
            ],
            [("strike", "2022-10-10", "2022-10-11", ("a.txt", "b.txt"))],
        ),
    ],
)
def test_strikes_of_two_named_nights_stay_two_rows(nlp, reports, expected):
    assert rows(nlp, reports) == expected


# Rule: an undated report that tells the event as known (`lors de leur entretien téléphonique`)
# joins the call other outlets dated up to a week before; one told as news (`ont eu un entretien`)
# looks back three days only.
@pytest.mark.slow
def test_undated_report_of_a_known_call_joins_it_within_a_week(nlp):
    monday, saturday = date(2024, 6, 10), date(2024, 6, 15)
    reports = [
        ("a.txt", monday, "Le président kényan William Ruto s'est entretenu lundi au téléphone avec Bola Tinubu."),
        ("b.txt", saturday, "Lors de leur entretien téléphonique, William Ruto et Bola Tinubu ont parlé du Sahel."),
        ("c.txt", saturday, "William Ruto et Bola Tinubu ont eu un entretien téléphonique, selon Nairobi."),
    ]
    assert rows(nlp, reports) == [
        ("call", "2024-06-10", "2024-06-10", ("a.txt", "b.txt")),
        ("call", None, None, ("c.txt",)),
    ]


# Rule: with no outlet dating it, a later report that tells the event as known joins the report of
# the days before within a week too; an earlier one told as known does not widen the window.
@pytest.mark.slow
@pytest.mark.parametrize(
    "first, second, expected",
    [
        (
            "Viktor Orban s'est entretenu au téléphone avec Recep Tayyip Erdogan.",
            "Lors de leur entretien téléphonique, Viktor Orban et Recep Tayyip Erdogan ont parlé d'énergie.",
            [("a.txt", "b.txt")],
        ),
        (
            "Lors de leur entretien téléphonique, Viktor Orban et Recep Tayyip Erdogan ont parlé d'énergie.",
            "Viktor Orban s'est entretenu au téléphone avec Recep Tayyip Erdogan.",
            [("a.txt",), ("b.txt",)],
        ),
    ],
)
def test_undated_reports_a_few_days_apart_join_when_the_later_tells_a_known_call(nlp, first, second, expected):
    reports = [("a.txt", date(2024, 9, 3), first), ("b.txt", date(2024, 9, 8), second)]
    assert [r[3] for r in rows(nlp, reports)] == expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ((date(2022, 10, 10), date(2022, 10, 11)), (date(2022, 10, 11), date(2022, 10, 12)), True),
        ((date(2022, 10, 10), date(2022, 10, 11)), (date(2022, 10, 10), date(2022, 10, 11)), False),
        ((date(2022, 10, 10), date(2022, 10, 11)), (date(2022, 10, 11), date(2022, 10, 11)), False),
        ((date(2022, 10, 10), date(2022, 10, 12)), (date(2022, 10, 11), date(2022, 10, 12)), False),
    ],
)
def test_other_night(a, b, expected):
    assert other_night(a, b) is expected


def mention(sentence: str, trigger: str) -> EventMention:
    start = 40 + sentence.index(trigger)  # the sentence starts at character 40 of its article
    return EventMention(
        article="a.txt",
        event_type="call",
        trigger=trigger,
        trigger_start=start,
        trigger_end=start + len(trigger),
        sentence=1,
        sent_start=40,
        sent_end=40 + len(sentence),
        evidence=sentence,
        status="occurred",
        actors=(),
    )


@pytest.mark.parametrize(
    "sentence, trigger, expected",
    [
        ("Lors de leur entretien téléphonique, ils ont parlé du Sahel.", "entretien", True),
        ("Le raid israélien sur le port a fait trois morts.", "raid", True),
        ("Après l'appel de mardi, Paris a rappelé son ambassadeur.", "appel", True),
        ("Depuis cette rencontre, les deux pays coopèrent.", "rencontre", True),
        ("Ils ont eu un entretien téléphonique.", "entretien", False),
        ("De nouvelles frappes ont touché la ville.", "frappes", False),
        ("William Ruto a appelé Bola Tinubu.", "appelé", False),
    ],
)
def test_told_as_known(sentence, trigger, expected):
    assert told_as_known(mention(sentence, trigger)) is expected


# Rule: a talk told by a verb that names no medium (`a longuement discuté avec`, `neutral_talk` in
# models/events/markers.csv) is the call other outlets report between the same two that day.
@pytest.mark.slow
def test_a_talk_told_with_no_medium_is_the_call_other_outlets_report(nlp):
    reports = [
        ("a.txt", date(2025, 3, 18), "Donald Trump s'est entretenu mardi au téléphone avec Vladimir Poutine."),
        ("b.txt", date(2025, 3, 19), "Donald Trump a longuement discuté mardi avec Vladimir Poutine, dit Moscou."),
    ]
    assert rows(nlp, reports) == [("call", "2025-03-18", "2025-03-18", ("a.txt", "b.txt"))]


# Rule: a call dated from the outlet's own day (`dans la soirée`, `ce matin`) may be the call another
# outlet dates by its weekday the day before (a morning edition, another time zone); two calls each
# dated by its weekday stay a day apart.
@pytest.mark.slow
@pytest.mark.parametrize(
    "second, expected",
    [
        ("Donald Trump et Vladimir Poutine se sont entretenus au téléphone dans la soirée.", [("a.txt", "b.txt")]),
        ("Donald Trump et Vladimir Poutine se sont entretenus mercredi au téléphone.", [("a.txt",), ("b.txt",)]),
    ],
)
def test_a_call_told_from_the_outlets_day_may_be_the_call_of_the_day_before(nlp, second, expected):
    reports = [
        ("a.txt", date(2025, 3, 18), "Donald Trump s'est entretenu mardi au téléphone avec Vladimir Poutine."),
        ("b.txt", date(2025, 3, 19), second),
    ]
    assert [r[3] for r in rows(nlp, reports)] == expected


# Rule: a report that tells the event as to come but dates it before its own day (`la rencontre de
# la veille ... restera`: the future is the writer's comment) tells it as held: it joins the outlet
# that reports it held, not the one that announced it the day before.
@pytest.mark.slow
@pytest.mark.parametrize(
    "third, expected",
    [
        (
            "La rencontre de la veille entre Berlin et Rome restera comme un tournant.",
            [("a.txt",), ("b.txt", "c.txt")],
        ),
        (
            "Olaf Scholz et Giorgia Meloni se rencontreront de nouveau en mai à Berlin.",
            [("a.txt",), ("b.txt",), ("c.txt",)],
        ),
    ],
)
def test_a_meeting_told_to_come_but_dated_before_the_report_is_the_held_one(nlp, third, expected):
    reports = [
        ("a.txt", date(2023, 3, 27), "Olaf Scholz et Giorgia Meloni doivent se rencontrer mardi à Rome."),
        ("b.txt", date(2023, 3, 28), "Olaf Scholz a rencontré mardi Giorgia Meloni à Rome."),
        ("c.txt", date(2023, 3, 29), third),
    ]
    assert [r[3] for r in rows(nlp, reports)] == expected


def strike_rows(nlp, reports: list[tuple[str, date, str]]) -> list[tuple]:
    articles = [Article(id=name, path=name, text=text, published=day) for name, day, text in reports]
    results = [article_result(a, doc) for a, doc in parse_articles(nlp, articles)]
    events = merge_results(results, merge_actors(results))
    return sorted((e.evidence, e.articles) for e in events if e.event_type == "strike")


# Rule: of two strikes of one day in one state, a report joins the one at the town it names (as a
# location or in the evidence: `une autre frappe a touché une maison à Khan Younès`), not the first found:
# the strike told first stays a row of its own article.
@pytest.mark.slow
@pytest.mark.parametrize(
    "first, second, alone",
    [
        (
            "L'armée russe a bombardé samedi le centre de Kherson. Plus tard dans la journée, une autre frappe "
            "russe a touché un immeuble à Mykolaïv, tuant deux personnes.",
            "Deux habitants ont été tués samedi par un bombardement russe sur un immeuble de Mykolaïv.",
            "L'armée russe a bombardé samedi le centre de Kherson.",
        ),
        (
            "L'armée israélienne a bombardé samedi une école de la ville de Gaza. Plus tard dans la journée, une "
            "autre frappe israélienne a touché une maison à Khan Younès, dans le sud du territoire.",
            "Quatre membres d'une famille ont été tués samedi par un bombardement israélien sur leur maison "
            "de Khan Younès.",
            "L'armée israélienne a bombardé samedi une école de la ville de Gaza.",
        ),
    ],
)
def test_a_strike_report_joins_the_strike_at_the_town_it_names(nlp, first, second, alone):
    reports = [("a.txt", date(2023, 5, 7), first), ("b.txt", date(2023, 5, 8), second)]
    assert (alone, ("a.txt",)) in strike_rows(nlp, reports)


# Rule: strikes placed by two outlets at two towns of the gazetteer are two strikes, even in one
# state and one night; placed at one town that night, they are one.
@pytest.mark.slow
@pytest.mark.parametrize(
    "second, expected",
    [
        ("L'armée russe a bombardé Kharkiv dans la nuit de mercredi à jeudi.", [("a.txt",), ("b.txt",)]),
        ("L'armée russe a de nouveau bombardé Kherson dans la nuit de mercredi à jeudi.", [("a.txt", "b.txt")]),
    ],
)
def test_strikes_at_two_towns_the_same_night_stay_two_rows(nlp, second, expected):
    reports = [
        ("a.txt", date(2023, 6, 15), "Des missiles russes ont frappé Kherson dans la nuit de mercredi à jeudi."),
        ("b.txt", date(2023, 6, 15), second),
    ]
    assert [r[3] for r in rows(nlp, reports)] == expected


# Rule: one state's measures of one day on two other sides are two measures, however each outlet names
# the imposer (its treasury, its president): the imposer is one side, counted once.
@pytest.mark.slow
@pytest.mark.parametrize(
    "second, expected",
    [
        (
            "Le président américain a signé mardi un décret imposant des droits de 25 % sur les importations "
            "mexicaines.",
            [
                ("sanction", "2024-04-16", "2024-04-16", ("a.txt",)),
                ("sanction", "2024-04-16", "2024-04-16", ("b.txt",)),
            ],
        ),
        (
            "Washington a sanctionné mardi plusieurs financiers du Hezbollah.",
            [("sanction", "2024-04-16", "2024-04-16", ("a.txt", "b.txt"))],
        ),
    ],
)
def test_one_imposer_s_measures_on_other_sides_stay_apart_across_outlets(nlp, second, expected):
    reports = [
        ("a.txt", date(2024, 4, 16), "Le Trésor américain a sanctionné mardi un réseau de financement du Hezbollah."),
        ("b.txt", date(2024, 4, 16), second),
    ]
    assert rows(nlp, reports) == expected


# Rule: a report naming only the attacker, who is the side another report of the day says was hit, tells the
# other camp's strike (a riposte, a raid of the same night), not that strike in part.
@pytest.mark.slow
def test_a_lone_attacker_hit_in_another_report_is_another_strike(nlp):
    reports = [
        ("a.txt", date(2024, 4, 16), "L'armée russe a bombardé mardi la ville ukrainienne de Kharkiv."),
        ("b.txt", date(2024, 4, 16), "Des drones ukrainiens ont incendié mardi un dépôt de carburant."),
        ("c.txt", date(2024, 4, 16), "Des drones ukrainiens ont attaqué mardi une raffinerie russe."),
    ]
    assert rows(nlp, reports) == [
        ("strike", "2024-04-16", "2024-04-16", ("a.txt",)),
        ("strike", "2024-04-16", "2024-04-16", ("b.txt", "c.txt")),
    ]

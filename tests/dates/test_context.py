"""Dates in context (issue 12): what the sentence says about a date, beyond the expression itself.

Each class of the issue has its own parametrised table; sentences are written for these tests.
Publication dates: MON = Monday 2 March 2026 (days and months), THU = Thursday 5 March 2026 (weekdays).
Rows are (sentence, [(span text, first day, last day)]), None for an unresolved day.
"""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from pipeline.dates.discourse import year_hint
from pipeline.dates.normalize import normalize_date
from pipeline.dates.tagger import find_dates
from pipeline.nlp.extensions import DATES_KEY

MON = date(2026, 3, 2)
THU = date(2026, 3, 5)


def _iso(d):
    return d.isoformat() if d else None


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("fr")


def _found(spans):
    return [(s.text, _iso(s._.date_value.start), _iso(s._.date_value.end)) for s in spans]


def _tag(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    return _found(find_dates(doc, nlp))


def _parse(date_nlp, text, published):
    doc = date_nlp.make_doc(text)
    doc._.published = published
    return _found(date_nlp(doc).spans[DATES_KEY])


def _ids(cases):
    return [c[0][:50] for c in cases]


# ---- 1. a day and month without a year: the occurrence the clause points to, else the nearest -----

DIRECTION_CASES = [
    ("La conférence est prévue le 12 mars.", [("12 mars", "2026-03-12", "2026-03-12")]),
    (
        "L'entrée en vigueur, fixée au 1er janvier, inquiète les commerçants.",
        [("1er janvier", "2027-01-01", "2027-01-01")],
    ),
    ("Le chantier durera jusqu'au 30 juin.", [("jusqu'au 30 juin", None, "2026-06-30")]),
    ("Les travaux doivent être achevés d'ici le 30 avril.", [("d'ici le 30 avril", "2026-03-02", "2026-04-30")]),
    ("La finale doit se tenir le 4 octobre.", [("4 octobre", "2026-10-04", "2026-10-04")]),
    ("Le ministre est attendu le 14 mars à Lyon.", [("14 mars", "2026-03-14", "2026-03-14")]),
    ("Le vote, reporté au 10 janvier, divise la majorité.", [("10 janvier", "2027-01-10", "2027-01-10")]),
    # a date considered for an event lies ahead, though the nearest occurrence is behind
    (
        "Une rencontre entre les deux ministres est envisagée en novembre.",
        [("en novembre", "2026-11-01", "2026-11-30")],
    ),
    ("Les deux gouvernements envisagent un sommet le 10 novembre.", [("10 novembre", "2026-11-10", "2026-11-10")]),
    ("Le ministre avait envisagé en novembre une visite à Rome.", [("en novembre", "2025-11-01", "2025-11-30")]),
    # planned in the imperfect: the day may have passed, the nearest occurrence is taken
    ("La réunion, qui était prévue le 28 février, a été annulée.", [("28 février", "2026-02-28", "2026-02-28")]),
    # so is a bare participle of planning in a clause told in the past; in one to come, the day lies ahead
    ("Le sommet, prévu le 20 février, a été annulé.", [("20 février", "2026-02-20", "2026-02-20")]),
    ("Le sommet, prévu le 20 février, se tiendra à Rome.", [("20 février", "2027-02-20", "2027-02-20")]),
    ("Le sommet a eu lieu le 12 février.", [("12 février", "2026-02-12", "2026-02-12")]),
    (  # an event noun far below a past verb: the verb decides, not the noun
        "Le maire a présenté sa démission au préfet à la suite des élections municipales du 15 février.",
        [("15 février", "2026-02-15", "2026-02-15")],
    ),
    ("Le 20 février, un orage a frappé la ville.", [("20 février", "2026-02-20", "2026-02-20")]),
    # an imperfect in -rait is no conditional (spaCy tags some as Mood=Cnd)
    ("Le maire espérait inaugurer la salle en février.", [("en février", "2026-02-01", "2026-02-28")]),
    ("Le club entrait en février dans une crise.", [("en février", "2026-02-01", "2026-02-28")]),
    ("Le ministre espérerait conclure l'accord en janvier.", [("en janvier", "2027-01-01", "2027-01-31")]),
    ("Les élus devraient voter le texte en février.", [("en février", "2027-02-01", "2027-02-28")]),
    # s23-lead: an infinitive under a verb of promise or threat lies ahead of it, though told in the past
    ("Le maire a promis de rouvrir la piscine en février.", [("en février", "2027-02-01", "2027-02-28")]),
    ("Le syndicat a menacé de bloquer le port le 20 février.", [("20 février", "2027-02-20", "2027-02-20")]),
    # ... unless the day fell only days before the publication: it was ahead when it was said
    ("Le syndicat a menacé de bloquer le port le 28 février.", [("28 février", "2026-02-28", "2026-02-28")]),
    (
        "Le ministre a déclaré qu'il rencontrerait son homologue le 27 février.",
        [("27 février", "2026-02-27", "2026-02-27")],
    ),
    ("Le maire a rouvert la piscine en février.", [("en février", "2026-02-01", "2026-02-28")]),
    # a predicate noun with its copula (`entreraient en vigueur`, `vigueur` made the head) has its own tense
    (
        "Le ministère a précisé que les nouvelles taxes entreraient en vigueur le 20 mars.",
        [("20 mars", "2026-03-20", "2026-03-20")],
    ),
    (
        "Le ministère a précisé que les nouvelles taxes entreront en vigueur le 4 mars.",
        [("4 mars", "2026-03-04", "2026-03-04")],
    ),
    # ... and so has a `que` clause whose day the parser hung on the reporting verb; not a day before it
    (
        "Le ministère a annoncé le 20 février que les nouvelles taxes entreraient en vigueur.",
        [("20 février", "2026-02-20", "2026-02-20")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", DIRECTION_CASES, ids=_ids(DIRECTION_CASES))
def test_dates_day_and_month_take_the_direction_of_the_clause(date_nlp, text, expected):
    assert _parse(date_nlp, text, MON) == expected


@pytest.mark.parametrize(
    "text,tense,start,end",
    [
        ("le 10 avril", None, date(2026, 4, 10), date(2026, 4, 10)),  # nearest: five weeks ahead
        ("le 10 novembre", None, date(2025, 11, 10), date(2025, 11, 10)),  # nearest: four months back
        ("le 30 août", None, date(2026, 8, 30), date(2026, 8, 30)),  # 181 days ahead, 184 back
        ("jusqu'au 20 février", None, None, date(2027, 2, 20)),
        ("jusqu'au 28 février", None, None, date(2026, 2, 28)),  # two days back: that day
        ("jusqu'au 28 février", "past", None, date(2026, 2, 28)),
        ("à compter du 1er février", None, date(2027, 2, 1), None),
        ("à compter du 1er février", "past", date(2026, 2, 1), None),
        ("d'ici le 1er février", "past", date(2026, 3, 2), date(2027, 2, 1)),
    ],
)
def test_dates_until_and_from_point_ahead_unless_past(text, tense, start, end):
    value = normalize_date(text, MON, tense=tense)
    assert (value.start, value.end) == (start, end)


# `depuis` + a day: what began then goes on, the start lies behind whatever the clause's tense
@pytest.mark.parametrize(
    "text,tense,start,end",
    [
        ("depuis samedi", "present", date(2026, 2, 28), date(2026, 3, 2)),
        ("depuis samedi", "future", date(2026, 2, 28), date(2026, 3, 2)),
        ("depuis le 20 avril", "present", date(2025, 4, 20), date(2026, 3, 2)),
        ("depuis 2019", "present", date(2019, 1, 1), date(2026, 3, 2)),
    ],
)
def test_dates_since_points_back(text, tense, start, end):
    value = normalize_date(text, MON, tense=tense)
    assert (value.start, value.end) == (start, end)


# ---- 2. prochain / dernier after a date, and lists of days ----------------------------------------

AFTER_WORD_CASES = [
    ("Il sera jugé le 1er octobre prochain.", [("1er octobre prochain", "2026-10-01", "2026-10-01")]),
    ("Elle a été élue le 3 mai dernier.", [("3 mai dernier", "2025-05-03", "2025-05-03")]),
    ("Il est revenu le 28 février dernier.", [("28 février dernier", "2026-02-28", "2026-02-28")]),
    ("La vente aura lieu le 10 janvier prochain.", [("10 janvier prochain", "2027-01-10", "2027-01-10")]),
    ("Le magasin a ouvert en novembre dernier.", [("en novembre dernier", "2025-11-01", "2025-11-30")]),
    (
        "Les élections auront lieu les 9 et 23 juin prochains.",
        [("les 9", "2026-06-09", "2026-06-09"), ("23 juin prochains", "2026-06-23", "2026-06-23")],
    ),
    (
        "Le festival se tiendra les 14, 15 et 16 mars.",
        [
            ("les 14", "2026-03-14", "2026-03-14"),
            ("15", "2026-03-15", "2026-03-15"),
            ("16 mars", "2026-03-16", "2026-03-16"),
        ],
    ),
    (
        "Les 6 et 7 décembre derniers, le club a fêté ses cent ans.",
        [("Les 6", "2025-12-06", "2025-12-06"), ("7 décembre derniers", "2025-12-07", "2025-12-07")],
    ),
    (
        "Les ateliers ont lieu les 2, 9 et 16 avril 2025.",
        [
            ("les 2", "2025-04-02", "2025-04-02"),
            ("9", "2025-04-09", "2025-04-09"),
            ("16 avril 2025", "2025-04-16", "2025-04-16"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", AFTER_WORD_CASES, ids=_ids(AFTER_WORD_CASES))
def test_dates_prochain_dernier_and_lists_of_days(blank, text, expected):
    assert _tag(blank, text, MON) == expected


# ---- 3. bare weekdays take the direction of their clause -------------------------------------------

WEEKDAY_CASES = [
    ("Le conseil se réunira samedi.", [("samedi", "2026-03-07", "2026-03-07")]),
    ("Le départ est prévu dimanche.", [("dimanche", "2026-03-08", "2026-03-08")]),
    ("Le déplacement à Nantes samedi.", [("samedi", "2026-03-07", "2026-03-07")]),
    ("L'arrivée de l'étape dimanche sera jugée à Metz.", [("dimanche", "2026-03-08", "2026-03-08")]),
    ("Le match contre Lyon dimanche s'annonce difficile.", [("dimanche", "2026-03-08", "2026-03-08")]),
    ("Le ministre est attendu lundi à Brest.", [("lundi", "2026-03-09", "2026-03-09")]),
    ("Samedi, la police a arrêté deux hommes.", [("Samedi", "2026-02-28", "2026-02-28")]),
    ("Mardi, le maire a inauguré la salle.", [("Mardi", "2026-03-03", "2026-03-03")]),
    ("La grève de vendredi a été très suivie.", [("vendredi", "2026-02-27", "2026-02-27")]),
    # a planning verb in the active compound past tells when it was done, not the planned day
    ("Le juge a ajourné l'audience samedi.", [("samedi", "2026-02-28", "2026-02-28")]),
    ("La réunion a été reportée à samedi.", [("samedi", "2026-03-07", "2026-03-07")]),
    # the weekday of the paper itself, in a future clause, is that very day; a week later is `prochain`
    ("La ministre doit être reçue jeudi à Rome.", [("jeudi", "2026-03-05", "2026-03-05")]),
    ("Les deux présidents se parleront jeudi.", [("jeudi", "2026-03-05", "2026-03-05")]),
    ("Le sommet se tiendra jeudi prochain à Oslo.", [("jeudi prochain", "2026-03-12", "2026-03-12")]),
    ("Jeudi, les députés ont adopté le texte.", [("Jeudi", "2026-03-05", "2026-03-05")]),
    # a pronominal participle tagged as an adjective after `sont` is a compound past, not a present
    ("Les consultations se sont ouvertes vendredi à Oslo.", [("vendredi", "2026-02-27", "2026-02-27")]),
    ("Les routes sont ouvertes vendredi.", [("vendredi", "2026-03-06", "2026-03-06")]),
    # a noun predicate takes the tense of its compound or future copula (`a été la cible de`)
    ("La centrale a été la cible de frappes samedi.", [("samedi", "2026-02-28", "2026-02-28")]),
    ("Le port a été la cible d'un missile samedi soir.", [("samedi soir", "2026-02-28", "2026-02-28")]),
    ("Le dépôt avait été la cible de drones samedi.", [("samedi", "2026-02-28", "2026-02-28")]),
    ("Le port sera la cible de frappes samedi.", [("samedi", "2026-03-07", "2026-03-07")]),
    # a compound past whose participle the tagger reads as a noun (`téléphoné`) is still past
    ("Le chef de l'État a téléphoné samedi à son homologue.", [("samedi", "2026-02-28", "2026-02-28")]),
    ("La ministre a téléphoné vendredi au président ukrainien.", [("vendredi", "2026-02-27", "2026-02-27")]),
    ("Le Premier ministre lui aura téléphoné samedi.", [("samedi", "2026-03-07", "2026-03-07")]),
    # the conditional past reports a day gone by (not confirmed); the future perfect and the
    # conditional passive still point ahead
    ("Deux écoles auraient été touchées mardi par des roquettes.", [("mardi", "2026-03-03", "2026-03-03")]),
    ("Les rebelles auraient attaqué lundi soir une caserne.", [("lundi soir", "2026-03-02", "2026-03-02")]),
    ("Les deux émissaires se seraient parlé samedi au téléphone.", [("samedi", "2026-02-28", "2026-02-28")]),
    ("L'usine aurait été la cible de drones samedi.", [("samedi", "2026-02-28", "2026-02-28")]),
    ("Le délégué serait reçu samedi par le ministre.", [("samedi", "2026-03-07", "2026-03-07")]),
    ("Les travaux auront commencé samedi.", [("samedi", "2026-03-07", "2026-03-07")]),
    # a planning participle with `être` is a passive, ahead, even when the parser calls `est` a tense auxiliary
    ("Xi Jinping est attendu dimanche à Paris.", [("dimanche", "2026-03-08", "2026-03-08")]),
    ("Le ministre a ajourné son voyage samedi.", [("samedi", "2026-02-28", "2026-02-28")]),
    # a future's third person that the tagger calls a past in a relative clause is read on its ending
    (
        "Le Premier ministre japonais, que M. Poutine recevra samedi à Moscou, est arrivé.",
        [("samedi", "2026-03-07", "2026-03-07")],
    ),
    ("Shinzo Abe, que Vladimir Poutine recevra samedi, est arrivé à Moscou.", [("samedi", "2026-03-07", "2026-03-07")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", WEEKDAY_CASES, ids=_ids(WEEKDAY_CASES))
def test_dates_bare_weekday_takes_the_direction_of_its_clause(date_nlp, text, expected):
    assert _parse(date_nlp, text, THU) == expected


# ---- 4. two-digit years ----------------------------------------------------------------------------

SHORT_YEAR_CASES = [
    ("En 95, le club est descendu.", [("En 95", "1995-01-01", "1995-12-31")]),
    ("En 08, l'usine a fermé.", [("En 08", "2008-01-01", "2008-12-31")]),
    ("Il est né le 4 juin 89 à Metz.", [("4 juin 89", "1989-06-04", "1989-06-04")]),
    ("La crue du 12 octobre 98 reste dans les mémoires.", [("12 octobre 98", "1998-10-12", "1998-10-12")]),
    ("Le bâtiment date de mars 08.", [("mars 08", "2008-03-01", "2008-03-31")]),
    ("Le magasin a ouvert en juin 05.", [("en juin 05", "2005-06-01", "2005-06-30")]),
    (
        "Il a brillé lors de la saison 2011/12.",
        [("2011", "2011-01-01", "2011-12-31"), ("12", "2012-01-01", "2012-12-31")],
    ),
    (
        "La saison 1998/99 fut la meilleure.",
        [("1998", "1998-01-01", "1998-12-31"), ("99", "1999-01-01", "1999-12-31")],
    ),
    ("Le livre a été tiré en 12 exemplaires.", []),
]


@pytest.mark.parametrize("text,expected", SHORT_YEAR_CASES, ids=_ids(SHORT_YEAR_CASES))
def test_dates_two_digit_years(blank, text, expected):
    assert _tag(blank, text, MON) == expected


# ---- 5. bare four-digit years in noun phrases, and numbers that are not years ---------------------

BARE_YEAR_CASES = [
    ("La présidentielle de 2027 approche.", [("2027", "2027-01-01", "2027-12-31")]),
    ("Le bilan 2024 est positif.", [("2024", "2024-01-01", "2024-12-31")]),
    ("Le recensement de 1999 montrait une baisse.", [("1999", "1999-01-01", "1999-12-31")]),
    ("Le Mondial 2026 aura lieu en Amérique.", [("2026", "2026-01-01", "2026-12-31")]),
    (
        "La saison 2024/2025 commence.",
        [("2024", "2024-01-01", "2024-12-31"), ("2025", "2025-01-01", "2025-12-31")],
    ),
    ("La crue de 1910 reste la référence.", [("1910", "1910-01-01", "1910-12-31")]),
    ("Près de 2 500 manifestants ont défilé.", []),
    ("Le vélo coûte 1 200 euros.", []),
    ("Le refuge est à 1 500 mètres.", []),
    ("Il a reçu 2000 euros de prime.", []),
    ("Il devrait tomber entre 5 et 10 cm de pluie.", []),
    ("Une deuxième victoire en 18\u00a0matchs.", []),  # a non-breaking space, as French typography writes it
    ("Le volcan a craché des cendres en 24\u00a0heures.", [("en 24\u00a0heures", None, None)]),
    (
        "Il a déclaré le 28\u00a0septembre dernier qu'il partirait.",
        [("28\u00a0septembre dernier", "2025-09-28", "2025-09-28")],
    ),
]


@pytest.mark.parametrize("text,expected", BARE_YEAR_CASES, ids=_ids(BARE_YEAR_CASES))
def test_dates_bare_years_in_noun_phrases(blank, text, expected):
    assert _tag(blank, text, MON) == expected


# ---- 6. a month without a year inside a passage about another year ----------------------------------

PASSAGE_CASES = [
    (
        "En 2019, deux incidents : en janvier à Brest, en octobre à Lorient.",
        [
            ("En 2019", "2019-01-01", "2019-12-31"),
            ("en janvier", "2019-01-01", "2019-01-31"),
            ("en octobre", "2019-10-01", "2019-10-31"),
        ],
    ),
    (
        "En 2021, le festival a eu lieu le 3 juillet.",
        [("En 2021", "2021-01-01", "2021-12-31"), ("3 juillet", "2021-07-03", "2021-07-03")],
    ),
    (
        "Le 5 mai 2018, il signe ; le 20 juin, il part.",
        [("5 mai 2018", "2018-05-05", "2018-05-05"), ("20 juin", "2018-06-20", "2018-06-20")],
    ),
    (
        "En 2010, la mine ferme en avril.",
        [("En 2010", "2010-01-01", "2010-12-31"), ("en avril", "2010-04-01", "2010-04-30")],
    ),
    (
        "En 2015, les travaux débutent en mars et finissent en décembre.",
        [
            ("En 2015", "2015-01-01", "2015-12-31"),
            ("en mars", "2015-03-01", "2015-03-31"),
            ("en décembre", "2015-12-01", "2015-12-31"),
        ],
    ),
    (
        "Lors de la saison 2016, le 14 août, il a marqué.",
        [("2016", "2016-01-01", "2016-12-31"), ("14 août", "2016-08-14", "2016-08-14")],
    ),
    (  # the passage ends with its sentence
        "En 2019, il a gagné. En janvier, il a perdu.",
        [("En 2019", "2019-01-01", "2019-12-31"), ("En janvier", "2026-01-01", "2026-01-31")],
    ),
    (  # prochain / dernier tie the date to the publication, not to the passage
        "Né en 1989, il a été élu le 26 août dernier.",
        [("en 1989", "1989-01-01", "1989-12-31"), ("26 août dernier", "2025-08-26", "2025-08-26")],
    ),
    (  # d'ici points ahead: January of the passage's year is over
        "En 2026, la réforme sera votée d'ici janvier.",
        [("En 2026", "2026-01-01", "2026-12-31"), ("d'ici janvier", "2026-03-02", "2027-01-31")],
    ),
    (
        "En 2012, la salle a ouvert le 2 septembre.",
        [("En 2012", "2012-01-01", "2012-12-31"), ("2 septembre", "2012-09-02", "2012-09-02")],
    ),
]


@pytest.mark.parametrize("text,expected", PASSAGE_CASES, ids=_ids(PASSAGE_CASES))
def test_dates_month_takes_the_year_of_its_passage(blank, text, expected):
    assert _tag(blank, text, MON) == expected


@pytest.mark.parametrize(
    "year,tense,expected",
    [(2017, "future", None), (2017, "past", 2017), (2017, None, 2017), (2030, "past", None), (2030, "future", 2030)],
)
def test_dates_passage_year_yields_to_a_clause_pointing_elsewhere(year, tense, expected):
    assert year_hint(year, MON, tense) == expected


# ---- 7. anchors that are events ------------------------------------------------------------------

EVENT_ANCHOR_CASES = [
    (
        "L'annonce du remaniement est tombée le 3 février. Au lendemain de l'annonce, la bourse a chuté.",
        [("3 février", "2026-02-03", "2026-02-03"), ("Au lendemain", "2026-02-04", "2026-02-04")],
    ),
    ("Au lendemain de l'annonce du remaniement, la bourse a chuté.", [("Au lendemain", None, None)]),
    (
        "Le scrutin s'est tenu le 8 février. À la veille du scrutin, les candidats se sont tus.",
        [("8 février", "2026-02-08", "2026-02-08"), ("À la veille", "2026-02-07", "2026-02-07")],
    ),
    ("À la veille du scrutin, les candidats se sont tus.", [("À la veille", None, None)]),
    (
        "Le sommet de Rome s'est ouvert le 10 février. Au lendemain du sommet, rien n'a changé.",
        [("10 février", "2026-02-10", "2026-02-10"), ("Au lendemain", "2026-02-11", "2026-02-11")],
    ),
    (
        "Le 3 février, un incendie a ravagé l'usine. Au lendemain de l'incendie, le maire est venu.",
        [("3 février", "2026-02-03", "2026-02-03"), ("Au lendemain", "2026-02-04", "2026-02-04")],
    ),
    (  # the announcement is not the strike: no date for it in the text
        "La grève a débuté le 12 février. Au lendemain de l'annonce, les syndicats ont réagi.",
        [("12 février", "2026-02-12", "2026-02-12"), ("Au lendemain", None, None)],
    ),
    (  # the event's own date given after it in the sentence
        "Au lendemain de la réunion tenue le 12 février, les élus ont voté.",
        [("Au lendemain", "2026-02-13", "2026-02-13"), ("12 février", "2026-02-12", "2026-02-12")],
    ),
    (  # counted from an event: the event's date, not the previous date of the text
        "L'exploit du club date du 3 mai 1990. Dix ans après l'exploit, le club a disparu.",
        [("3 mai 1990", "1990-05-03", "1990-05-03"), ("Dix ans après", "2000-05-03", "2000-05-03")],
    ),
    (
        "Samedi, il pleuvait. La pierre a été dévoilée 100 ans après l'exploit de son grand-père.",
        [("Samedi", "2026-02-28", "2026-02-28"), ("100 ans après", None, None)],
    ),
    (  # no event named: the previous date of the text
        "Le 20 février, il est arrivé et il est reparti le lendemain.",
        [("20 février", "2026-02-20", "2026-02-20"), ("le lendemain", "2026-02-21", "2026-02-21")],
    ),
    # a little or some hours earlier or later, earlier in the day: the day of the previous date
    (
        "Le 20 février, la ministre a inauguré le pont. Elle avait déjeuné un peu plus tôt avec le maire.",
        [("20 février", "2026-02-20", "2026-02-20"), ("peu plus tôt", "2026-02-20", "2026-02-20")],
    ),
    (
        "Le 20 février, la ministre a inauguré le pont. Plus tard dans la journée, elle a visité l'école.",
        [("20 février", "2026-02-20", "2026-02-20"), ("Plus tard dans la journée", "2026-02-20", "2026-02-20")],
    ),
    # a day named with its number is an event too: counted from it, not from the publication day
    ("Le traité a été signé deux ans après le 11-Septembre.", [("deux ans après", None, None)]),
    ("Les troupes sont rentrées trois jours après le 14-Juillet.", [("trois jours après", None, None)]),
]


@pytest.mark.parametrize("text,expected", EVENT_ANCHOR_CASES, ids=_ids(EVENT_ANCHOR_CASES))
def test_dates_anchored_on_an_event_take_its_date_or_none(blank, text, expected):
    assert _tag(blank, text, MON) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Le 4 février, les ministres se sont retrouvés à Rome. Au lendemain du sommet de Rome, rien n'a changé.",
            [("4 février", "2026-02-04", "2026-02-04"), ("Au lendemain", "2026-02-05", "2026-02-05")],
        ),
        (
            "Le 12 février, le gouvernement allemand a gelé les avoirs. Le lendemain de la décision allemande, "
            "Paris a suivi.",
            [("12 février", "2026-02-12", "2026-02-12"), ("Le lendemain", "2026-02-13", "2026-02-13")],
        ),
        (
            "Au lendemain de la visioconférence organisée samedi par la ministre, le plan a été publié.",
            [("Au lendemain", "2026-03-01", "2026-03-01"), ("samedi", "2026-02-28", "2026-02-28")],
        ),
    ],
    ids=["sommet-de-Rome", "decision-allemande", "visioconference-organisee-samedi"],
)
def test_dates_event_anchor_found_by_what_qualifies_the_event(date_nlp, text, expected):
    assert _parse(date_nlp, text, MON) == expected


# ---- 8. precision: an age is not a time expression ------------------------------------------------

AGE_CASES = [
    ("Un homme de 38 ans a été interpellé.", []),
    ("Âgée de 90 ans, elle vit seule.", []),
    ("Paul Martin, 26 ans, demeurant à Toul, a été blessé.", []),
    ("Un chauffeur de bus de 45 ans a été agressé.", []),
    ("Une fillette (7 ans) a été retrouvée.", []),
    ("Les agriculteurs âgés de plus de 60 ans sont inquiets.", []),
    ("Le film est interdit aux moins de 12 ans.", []),
    ("Le stage accueille des enfants de 6 à 14 ans.", []),
    ("Trois joueurs âgés de 21, 23 et 27 ans ont signé.", []),
    ("À 52 ans, elle reprend ses études.", []),
    ("Il est mort à 81 ans dans son village.", []),
    ("Léa n'avait que 9 ans quand elle a commencé le violon.", []),
    ("Le garçon avait 14\u00a0ans lorsqu'il a quitté l'école.", []),
    ("Au terme de trois ans de travaux, le pont rouvre.", [("trois ans", None, None)]),
    ("Il a été condamné à une peine de 5 ans de prison.", [("5 ans", None, None)]),
    ("Il y a 20 ans, le pont s'effondrait.", [("Il y a 20 ans", "2006-03-01", "2006-03-31")]),
    ("À 6 heures du matin, le train est parti.", []),  # a clock time, not six hours
    ("La statue a été inaugurée 50 ans plus tard.", [("50 ans plus tard", None, None)]),  # no date to count from
    ("Une page se tourne.\nSamedi, la mairie a fermé.", [("Samedi", "2026-02-28", "2026-02-28")]),
    # an age group (les, des, aux + a range of ages) is no time expression either
    ("La crèche accueille les 0-3 ans le matin.", []),
    ("Le centre de loisirs ouvre aux 4-10 ans.", []),
    ("Une activité réservée aux 12 à 15 ans.", []),
    ("Les inscriptions des 6-11 ans sont closes.", []),
    ("Un stage pour les 8-12 ans et les 13-17 ans.", []),
    ("Dans les 2 à 3 ans qui viennent, le pont sera refait.", [("3 ans", None, None)]),  # a period to come
    ("Pendant les 5 à 6 ans de travaux, la route reste ouverte.", [("6 ans", None, None)]),
    ("Les 10 à 15 ans de retard du chantier inquiètent.", [("15 ans", None, None)]),  # years of delay
    ("Les 3 et 4 ans de retard ont coûté cher.", [("4 ans", None, None)]),  # a list, not a range
    # an age glued to the preposition after it is still an age, not an offset
    ("Un cycliste âgé de 27 ans après la course a été contrôlé.", []),
    ("Une femme de 45 ans avant son départ a témoigné.", []),
]


@pytest.mark.parametrize("text,expected", AGE_CASES, ids=_ids(AGE_CASES))
def test_dates_ages_are_not_time_expressions(blank, text, expected):
    assert _tag(blank, text, MON) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Un homme de 38 ans a été interpellé samedi.", [("samedi", "2026-02-28", "2026-02-28")]),
        ("Les agriculteurs âgés de plus de 60 ans sont inquiets.", []),
        ("Le club a vendu 2023 maillots.", []),
    ],
    ids=["age", "age-plus-de", "count"],
)
def test_dates_ages_and_counts_with_the_parse(date_nlp, text, expected):
    assert _parse(date_nlp, text, THU) == expected


# ---- la nouvelle année; a year of another calendar (scolaire, chinois) is no date -------------------

NEW_YEAR_CASES = [
    (
        "2002-01-02",
        "Ils sont entrés dans la nouvelle année sous le signe de la monnaie unique.",
        [("nouvelle année", "2002-01-01", "2002-12-31")],
    ),
    (
        "2025-12-20",
        "Le maire présentera ses vœux pour la nouvelle année.",
        [("nouvelle année", "2026-01-01", "2026-12-31")],
    ),
    ("2025-11-15", "Les tarifs changeront avec la nouvelle année.", [("nouvelle année", "2026-01-01", "2026-12-31")]),
    ("2025-01-10", "La nouvelle année commence par une grève.", [("nouvelle année", "2025-01-01", "2025-12-31")]),
    (
        "2025-12-31",
        "La nouvelle année sera fêtée ce soir.",
        [("nouvelle année", "2026-01-01", "2026-12-31"), ("ce soir", "2025-12-31", "2025-12-31")],
    ),
    (
        "2025-06-10",
        "La nouvelle année scolaire commencera le 1er septembre.",
        [("1er septembre", "2025-09-01", "2025-09-01")],
    ),
    ("2025-10-23", "Cette année scolaire sera longue.", []),
    ("2025-10-23", "Le nouvel an chinois sera fêté en février.", [("en février", "2026-02-01", "2026-02-28")]),
    ("2025-10-23", "Cette année, les ventes baissent.", [("Cette année", "2025-01-01", "2025-12-31")]),
    ("2025-10-23", "Le nouvel an sera fêté à Metz.", [("nouvel an", "2026-01-01", "2026-01-01")]),
]


@pytest.mark.parametrize("published,text,expected", NEW_YEAR_CASES, ids=[c[1][:50] for c in NEW_YEAR_CASES])
def test_dates_new_year_and_other_calendars(blank, published, text, expected):
    assert _tag(blank, text, date.fromisoformat(published)) == expected


# the passage of a year ends at . ! ? or a line break, not where the parser cuts a verbless sentence
PARSED_PASSAGE_CASES = [
    (
        "En 2019, deux incidents : en janvier à Brest, en octobre à Lorient.",
        [
            ("En 2019", "2019-01-01", "2019-12-31"),
            ("en janvier", "2019-01-01", "2019-01-31"),
            ("en octobre", "2019-10-01", "2019-10-31"),
        ],
    ),
    (
        "En 1998, trois crues : en février, en mai et en novembre.",
        [
            ("En 1998", "1998-01-01", "1998-12-31"),
            ("en février", "1998-02-01", "1998-02-28"),
            ("en mai", "1998-05-01", "1998-05-31"),
            ("en novembre", "1998-11-01", "1998-11-30"),
        ],
    ),
    (
        "En 2015, bilan mitigé : le 3 juin, une fête ; le 9 août, un orage.",
        [
            ("En 2015", "2015-01-01", "2015-12-31"),
            ("3 juin", "2015-06-03", "2015-06-03"),
            ("9 août", "2015-08-09", "2015-08-09"),
        ],
    ),
    (
        "En 2010, la mine ferme en avril.",
        [("En 2010", "2010-01-01", "2010-12-31"), ("en avril", "2010-04-01", "2010-04-30")],
    ),
    (
        "Saison 2017, premier titre en mai.",
        [("2017", "2017-01-01", "2017-12-31"), ("en mai", "2017-05-01", "2017-05-31")],
    ),
    (
        "En 2000, il a gagné. En janvier, il a perdu.",
        [("En 2000", "2000-01-01", "2000-12-31"), ("En janvier", "2026-01-01", "2026-01-31")],
    ),
    (
        "En 2012 ? Une fermeture en mars.",
        [("En 2012", "2012-01-01", "2012-12-31"), ("en mars", "2026-03-01", "2026-03-31")],
    ),
    (
        "En 2021, rien. Puis, en octobre, tout change.",
        [("En 2021", "2021-01-01", "2021-12-31"), ("en octobre", "2025-10-01", "2025-10-31")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", PARSED_PASSAGE_CASES, ids=_ids(PARSED_PASSAGE_CASES))
def test_dates_passage_of_a_year_ends_with_punctuation_not_the_parse(date_nlp, text, expected):
    assert _parse(date_nlp, text, MON) == expected


@pytest.mark.parametrize(
    "text,expected",
    [("Un. Deux ! Trois", [0, 0, 1, 1, 2]), ("Titre\nTexte, suite.", [0, 0, 1, 1, 1, 1]), ("", [])],
)
def test_dates_passage_index(blank, text, expected):
    from pipeline.dates.discourse import passage_index

    assert passage_index(blank.make_doc(text)) == expected


# An anaphor of a past clause counts from a day told as past: a date of a clause about the future
# (`entrera en vigueur le 9 mars`) or after the publication day is no anchor for `avait ... la veille`.
# MON = Monday 2 March 2026.
PAST_ANCHOR_CASES = [
    (
        "Le Japon a décidé lundi de nouvelles taxes, qui entreront en vigueur le 9 mars. "
        "Séoul avait relevé la veille ses propres droits.",
        [
            ("lundi", "2026-03-02", "2026-03-02"),
            ("9 mars", "2026-03-09", "2026-03-09"),
            ("la veille", "2026-03-01", "2026-03-01"),
        ],
    ),
    (
        "La ministre a reçu vendredi son homologue, qu'elle reverra le 20 mars. Le même jour, elle a appelé le maire.",
        [
            ("vendredi", "2026-02-27", "2026-02-27"),
            ("20 mars", "2026-03-20", "2026-03-20"),
            ("Le même jour", "2026-02-27", "2026-02-27"),
        ],
    ),
    # hours later is still the day told before
    (
        "Samedi, la Suède a expulsé un attaché. Quelques heures plus tard, la Norvège a renvoyé un consul.",
        [("Samedi", "2026-02-28", "2026-02-28"), ("Quelques heures plus tard", "2026-02-28", "2026-02-28")],
    ),
    # right after what was just told (`dans la foulée`) is that day
    (
        "Jeudi, la Suède a expulsé un attaché. Dans la foulée, la Norvège a renvoyé un consul.",
        [("Jeudi", "2026-02-26", "2026-02-26"), ("Dans la foulée", "2026-02-26", "2026-02-26")],
    ),
    # (`quelques heures plus tôt` stays vague: see test_normalize_never_dates_vague_words_and_numbers)
    # a future clause still counts from the latest day, future or not
    (
        "La conférence s'ouvrira le 20 mars. La veille, les délégations arriveront à Genève.",
        [("20 mars", "2026-03-20", "2026-03-20"), ("La veille", "2026-03-19", "2026-03-19")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", PAST_ANCHOR_CASES, ids=_ids(PAST_ANCHOR_CASES))
def test_dates_past_anaphor_counts_from_a_day_told_as_past(date_nlp, text, expected):
    assert _parse(date_nlp, text, MON) == expected


# `dans la soirée`, `dans l'après-midi`: the day of a date earlier in the same sentence, else the
# publication day (wire copy tells the day's news), never a day told in an earlier sentence.
PART_OF_DAY_CASES = [
    ("Le ministre a parlé au maire dans l'après-midi.", [("dans l'après-midi", "2026-03-02", "2026-03-02")]),
    (
        "La délégation arrive jeudi à Rome, avant de gagner Naples dans la soirée.",
        [("jeudi", "2026-03-05", "2026-03-05"), ("dans la soirée", "2026-03-05", "2026-03-05")],
    ),
    (
        "Le préfet a visité l'usine samedi. Dans la matinée, il a reçu les syndicats.",
        [("samedi", "2026-02-28", "2026-02-28"), ("Dans la matinée", "2026-03-02", "2026-03-02")],
    ),
    ("La maire a signé le décret en fin de journée.", [("en fin de journée", "2026-03-02", "2026-03-02")]),
    # a part of a day alone names no day: `le même jour` after it goes back to the day told before
    (
        "Le préfet a visité l'usine samedi. Dans la matinée, il a reçu les syndicats. Le même jour, il a vu le maire.",
        [
            ("samedi", "2026-02-28", "2026-02-28"),
            ("Dans la matinée", "2026-03-02", "2026-03-02"),
            ("Le même jour", "2026-02-28", "2026-02-28"),
        ],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", PART_OF_DAY_CASES, ids=_ids(PART_OF_DAY_CASES))
def test_dates_part_of_day_takes_its_sentence_day_else_the_publication_day(date_nlp, text, expected):
    assert _parse(date_nlp, text, MON) == expected


# The new day of a postponement (`reporté au`, `repoussé à`) lies ahead of the decision, even when the
# decision is told in the compound past; the day the decision was taken keeps the past.
POSTPONED_TO_CASES = [
    ("Le club a repoussé le match au mois de février.", [("au mois de février", "2027-02-01", "2027-02-28")]),
    ("La mairie a reporté la fête au 14 février.", [("14 février", "2027-02-14", "2027-02-14")]),
    ("Le gouvernement a reporté samedi la réforme.", [("samedi", "2026-02-28", "2026-02-28")]),
    # a pluperfect may tell a postponement already over
    ("Le vote, qui avait été reporté à février, a eu lieu.", [("février", "2026-02-01", "2026-02-28")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", POSTPONED_TO_CASES, ids=_ids(POSTPONED_TO_CASES))
def test_dates_new_day_of_a_postponement_lies_ahead(date_nlp, text, expected):
    assert _parse(date_nlp, text, MON) == expected


# `le 7` alone is a day of the month before a pause or a word of place or occasion; else a number
BARE_DAY_CASES = [
    ("Le ministre avait reçu le 2 à Rabat son homologue.", [("le 2", "2026-03-02", "2026-03-02")]),
    ("Les deux délégations se reverront le 20 à Genève.", [("le 20", "2026-03-20", "2026-03-20")]),
    ("Le cargo a été arraisonné le 1er, selon la marine.", [("le 1er", "2026-03-01", "2026-03-01")]),
    ("Il a fini le 7 de la course.", []),
    ("Le 3 sur la liste a été retenu.", []),
    ("Les pompiers sont intervenus devant le 12, rue des Lilas.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", BARE_DAY_CASES, ids=_ids(BARE_DAY_CASES))
def test_dates_bare_day_of_the_month_before_a_pause_or_a_place(date_nlp, text, expected):
    assert _parse(date_nlp, text, THU) == expected


# a day the sentence of the anchor goes back to is background: `le lendemain` counts from the day told
FLASHBACK_CASES = [
    (
        "Oslo a expulsé jeudi trois diplomates, en riposte à l'attaque du 10 février. Le lendemain, Stockholm a suivi.",
        [
            ("jeudi", "2026-02-26", "2026-02-26"),
            ("10 février", "2026-02-10", "2026-02-10"),
            ("Le lendemain", "2026-02-27", "2026-02-27"),
        ],
    ),
    # a later day of the same sentence moves the anchor on
    (
        "Le ministre est arrivé mardi à Rome et a vu le pape jeudi. Le lendemain, il est rentré.",
        [
            ("mardi", "2026-02-24", "2026-02-24"),
            ("jeudi", "2026-02-26", "2026-02-26"),
            ("Le lendemain", "2026-02-27", "2026-02-27"),
        ],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", FLASHBACK_CASES, ids=_ids(FLASHBACK_CASES))
def test_dates_anaphor_counts_from_the_day_told_not_its_background(date_nlp, text, expected):
    assert _parse(date_nlp, text, MON) == expected


# s40: `le lendemain` is the day after a day the text told, never tomorrow: in a past clause, a day it
# would give after the publication (counted from the dateline, or from no day at all) is unknown.
DAY_AFTER_CASES = [
    ("Le ministre est reparti le lendemain.", [("le lendemain", None, None)]),
    (
        "Paris, le 2 mars 2026. Le ministre est reparti dès le lendemain.",
        [("2 mars 2026", "2026-03-02", "2026-03-02"), ("dès le lendemain", None, None)],
    ),
    # a day the text told before: the day after it
    (
        "Le ministre est arrivé le 20 février et il est reparti le lendemain.",
        [("20 février", "2026-02-20", "2026-02-20"), ("le lendemain", "2026-02-21", "2026-02-21")],
    ),
    # a future clause counted from the publication: that day is ahead, as told
    (
        "Le ministre arrivera mardi et repartira le lendemain.",
        [("mardi", "2026-03-03", "2026-03-03"), ("le lendemain", "2026-03-04", "2026-03-04")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", DAY_AFTER_CASES, ids=_ids(DAY_AFTER_CASES))
def test_dates_day_after_in_a_past_clause_is_never_after_the_news(date_nlp, text, expected):
    assert _parse(date_nlp, text, MON) == expected


# ---- `la veille` in a relative clause: the eve of the main clause's day ---------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "La ministre, qui avait rencontré la veille son homologue turc, s'est rendue mardi à Athènes.",
            [("la veille", "2026-03-02", "2026-03-02"), ("mardi", "2026-03-03", "2026-03-03")],
        ),
        # a main clause ahead leaves the eve the story's: the day before the paper's
        (
            "La ministre, qui a rencontré la veille son homologue turc, doit se rendre mardi à Athènes.",
            [("la veille", "2026-03-04", "2026-03-04"), ("mardi", "2026-03-10", "2026-03-10")],
        ),
        # outside a relative clause, the day told before (here none: the paper's day) still decides
        (
            "La veille, la ministre avait rencontré son homologue turc.",
            [("La veille", "2026-03-04", "2026-03-04")],
        ),
    ],
)
def test_dates_eve_in_a_relative_clause_counts_from_the_main_clause(date_nlp, text, expected):
    assert _parse(date_nlp, text, THU) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # `des` and a noun that is no occasion open the verb's object: the eve is the day before the paper's
        (
            "L'aviation a bombardé la veille des dépôts de munitions près de la frontière.",
            [("la veille", "2026-03-04", "2026-03-04")],
        ),
        ("Le ministre a reçu le lendemain des représentants de l'opposition.", [("le lendemain", None, None)]),
        # an occasion after `des` is the anchor: its day is not told, so none
        ("Le président a voté la veille des élections municipales.", [("la veille", None, None)]),
    ],
)
def test_dates_eve_before_a_partitive_object_is_the_day_before_the_story(date_nlp, text, expected):
    assert _parse(date_nlp, text, THU) == expected

"""The temporal tagger: span finding on blank docs, the spaCy component, tense from the parse (slow)."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from pipeline.dates.tagger import find_dates, iter_date_records
from pipeline.nlp.extensions import DATES_KEY

THU = date(2025, 10, 23)  # a Thursday: the reference publication date of most rows
FRI = date(2025, 10, 24)
D = date


def _parsed(date_nlp, text: str, published: date):
    """The text through the parsed date pipeline, published on that day."""
    doc = date_nlp.make_doc(text)
    doc._.published = published
    return date_nlp(doc)


def _iso(d):
    return d.isoformat() if d else None


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("fr")


def _tag(nlp, text, published=THU):
    doc = nlp.make_doc(text)
    doc._.published = published
    return [
        (
            s.text,
            s.start_char,
            s.end_char,
            _iso(s._.date_value.start),
            _iso(s._.date_value.end),
            s._.date_value.precision,
            s._.date_value.kind,
        )
        for s in find_dates(doc, nlp)
    ]


# (sentence, expected list of (text, first day, last day, precision, kind))
SENTENCE_CASES = [
    (
        "Dans la nuit du 20 au 21 octobre 2025, des drones ont frappé le port.",
        [("Dans la nuit du 20 au 21 octobre 2025", "2025-10-20", "2025-10-21", "day", "interval")],
    ),
    (
        "Le ministre a rencontré son homologue le 3 mai 2023 à Berlin.",
        [("3 mai 2023", "2023-05-03", "2023-05-03", "day", "date")],
    ),
    (
        "Vendredi dernier, le gouvernement a gelé des avoirs.",
        [("Vendredi dernier", "2025-10-17", "2025-10-17", "day", "date")],
    ),
    (
        "Les sanctions entreront en vigueur la semaine prochaine.",
        [("la semaine prochaine", "2025-10-27", "2025-11-02", "week", "date")],
    ),
    (
        "En 2023, la production a chuté ; de 2014 à 2022 elle avait doublé.",
        [
            ("En 2023", "2023-01-01", "2023-12-31", "year", "date"),
            ("de 2014 à 2022", "2014-01-01", "2022-12-31", "year", "interval"),
        ],
    ),
    ("Le robot Perseverance explore Mars depuis des années.", []),
    (
        "La grève a duré pendant deux heures, sa fin est prévue mi-novembre.",
        [
            ("pendant deux heures", None, None, None, "duration"),
            ("mi-novembre", "2025-11-11", "2025-11-20", "month", "interval"),
        ],
    ),
    (
        "Il y a trois mois, le sommet avait été reporté au printemps.",
        [
            ("Il y a trois mois", "2025-07-23", "2025-07-23", "day", "date"),
            ("au printemps", "2025-03-21", "2025-06-20", "season", "date"),
        ],
    ),
    (
        "Le 12 octobre, les chefs d'État se sont réunis. Le lendemain, ils ont signé.",
        [
            ("12 octobre", "2025-10-12", "2025-10-12", "day", "date"),
            ("Le lendemain", "2025-10-13", "2025-10-13", "day", "date"),
        ],
    ),
    (
        "Hier soir, l'armée a annoncé un cessez-le-feu pour demain à 15h.",
        [
            ("Hier soir", "2025-10-22", "2025-10-22", "day", "date"),
            ("demain à 15h", "2025-10-24", "2025-10-24", "day", "date"),
        ],
    ),
    (
        "Le texte a été publié le 2023-05-03 puis corrigé le 4/05/2023.",
        [
            ("2023-05-03", "2023-05-03", "2023-05-03", "day", "date"),
            ("4/05/2023", "2023-05-04", "2023-05-04", "day", "date"),
        ],
    ),
    (
        "Les négociations auront lieu du 20 au 22 novembre à Genève.",
        [("du 20 au 22 novembre", "2025-11-20", "2025-11-22", "day", "interval")],
    ),
    (
        "Le conflit dure depuis 2014 et a fait 14 000 morts.",
        [("depuis 2014", "2014-01-01", "2025-10-23", "year", "interval")],
    ),
    (
        "Le vote est prévu fin 2025, l'été dernier ayant été agité.",
        [
            ("fin 2025", "2025-10-01", "2025-12-31", "quarter", "interval"),
            ("l'été dernier", "2025-06-21", "2025-09-23", "season", "date"),
        ],
    ),
    (
        "Ce matin, le ministre a parlé pendant 40 minutes.",
        [("Ce matin", "2025-10-23", "2025-10-23", "day", "date"), ("pendant 40 minutes", None, None, None, "duration")],
    ),
    (
        "Lundi 20 octobre, la délégation est arrivée ; elle repart mardi prochain.",
        [
            ("Lundi 20 octobre", "2025-10-20", "2025-10-20", "day", "date"),
            ("mardi prochain", "2025-10-28", "2025-10-28", "day", "date"),
        ],
    ),
    (
        "L'accord signé en octobre 2025 expire dans deux semaines.",
        [
            ("en octobre 2025", "2025-10-01", "2025-10-31", "month", "date"),
            ("dans deux semaines", "2025-11-06", "2025-11-06", "day", "date"),
        ],
    ),
    ("Il a vendu 2023 actions et 300 titres.", []),
    (
        "Les troupes se sont retirées entre le 3 et le 5 mai 2024.",
        [("entre le 3 et le 5 mai 2024", "2024-05-03", "2024-05-05", "day", "interval")],
    ),
    (
        "Des élections ont eu lieu l'an dernier et auront lieu l'année prochaine.",
        [
            ("l'an dernier", "2024-01-01", "2024-12-31", "year", "date"),
            ("l'année prochaine", "2026-01-01", "2026-12-31", "year", "date"),
        ],
    ),
]


# (sentence, expected list of (text, first day, last day, precision, kind)), published on Friday 24 October 2025
NEWS_CASES = [
    # `à ce jour`: up to now, not the day of the news; `ce jour` alone is
    ("L'attaque n'a, à ce jour, été revendiquée par aucun groupe.", []),
    ("Le ministre a annoncé ce jour sa démission.", [("ce jour", "2025-10-24", "2025-10-24", "day", "date")]),
    (
        "Dans la nuit du 20 au 21 octobre 2025, une explosion a secoué le dépôt de carburant.",
        [("Dans la nuit du 20 au 21 octobre 2025", "2025-10-20", "2025-10-21", "day", "interval")],
    ),
    (
        "Quelques heures plus tôt, le 20 octobre, la police avait bouclé le quartier.",
        [("20 octobre", "2025-10-20", "2025-10-20", "day", "date")],
    ),
    # some days before the date told last: a vague time, no day
    (
        "Quelques jours plus tôt, la police avait bouclé le quartier.",
        [("Quelques jours plus tôt", None, None, "day", "vague")],
    ),
    (
        "Plusieurs semaines auparavant, la police avait bouclé le quartier.",
        [("Plusieurs semaines auparavant", None, None, "week", "vague")],
    ),
    (
        "L'échange a eu lieu le lundi 20 octobre dans un aéroport neutre.",
        [("lundi 20 octobre", "2025-10-20", "2025-10-20", "day", "date")],
    ),
    (
        "Aujourd'hui, l'agence impose de nouvelles règles aux armateurs.",
        [("Aujourd'hui", "2025-10-24", "2025-10-24", "day", "date")],
    ),
    (
        "L'accord a été conclu en moins de trois mois, après deux heures de débat.",
        [("en moins de trois mois", None, None, "month", "duration"), ("deux heures", None, None, None, "duration")],
    ),
    ("Pour l'instant, rien n'est décidé ; maintenant, tout dépend de Paris.", []),
    ("Jusqu'à présent, les garanties données à l'avance ont tenu.", []),
    ("Au départ, les deux camps ont refusé ; ensuite, ils ont cédé.", []),
    ("La conférence a réuni 1 000 délégués ; 700 000 soldats restent mobilisés.", []),
    ("L'appareil EA-37B a survolé le sommet du G7 malgré le COVID-19, avec une hausse de 2 %.", []),
    ("Selon l'article 12, page 3, section 5 du rapport, le paragraphe 2 s'applique.", []),
    (
        "La loi de 1905 reste en vigueur, comme au temps du bug de l'an 2000.",
        [
            ("1905", "1905-01-01", "1905-12-31", "year", "date"),  # a year in a noun phrase is a year (issue 12)
            ("l'an 2000", "2000-01-01", "2000-12-31", "year", "date"),
        ],
    ),
    (
        "Les 3 et 4 mai, le sommet a réuni vingt pays.",
        [  # a list of days: one value each (issue 12)
            ("Les 3", "2025-05-03", "2025-05-03", "day", "date"),
            ("4 mai", "2025-05-04", "2025-05-04", "day", "date"),
        ],
    ),
    (
        "À partir de demain jusqu'à vendredi, les écoles resteront fermées.",
        [("À partir de demain jusqu'à vendredi", "2025-10-25", "2025-10-31", "day", "interval")],
    ),
    (
        "Entre lundi et mercredi, trois convois sont passés.",
        [("Entre lundi et mercredi", "2025-10-20", "2025-10-22", "day", "interval")],
    ),
    (
        "Les grévistes occupent le site du lundi au vendredi.",
        [("du lundi au vendredi", "2025-10-20", "2025-10-24", "day", "interval")],
    ),
    ("Du 3 au 5, les délégués siégeront à Bruxelles.", [("Du 3 au 5", "2025-11-03", "2025-11-05", "day", "interval")]),
    (
        "Le cessez-le-feu tiendra jusqu'à la fin du mois.",
        [("jusqu'à la fin du mois", None, "2025-10-31", "month", "interval")],
    ),
    (
        "Le week-end dernier, des milliers de personnes ont défilé.",
        [("Le week-end dernier", "2025-10-18", "2025-10-19", "week", "date")],
    ),
    ("Ce week-end, le parti tiendra son congrès.", [("Ce week-end", "2025-10-25", "2025-10-26", "week", "date")]),
    (
        "Le congrès du parti se réunira dans le courant du mois.",
        [("courant du mois", "2025-10-01", "2025-10-31", "month", "date")],
    ),
    (
        "Les trois prochains jours seront décisifs pour la coalition.",
        [("Les trois prochains jours", "2025-10-25", "2025-10-27", "day", "interval")],
    ),
    (
        "Le budget doit être voté d'ici la fin de l'année.",
        [("d'ici la fin de l'année", "2025-10-24", "2025-12-31", "quarter", "interval")],
    ),
    (
        "La réunion est prévue la semaine du 3 novembre à Rome.",
        [("la semaine du 3 novembre", "2025-11-03", "2025-11-09", "week", "date")],
    ),
    ("Les guichets n'ouvrent qu'en semaine.", [("en semaine", None, None, "day", "set")]),
    # counted from a clause's event (`dix jours après que X a ...`): that day is not given, so no day
    (
        "La riposte est venue dix jours après que le gouvernement a gelé les avoirs.",
        [("dix jours après", None, None, "day", "date")],
    ),
    ("La riposte viendra dans dix jours.", [("dans dix jours", "2025-11-03", "2025-11-03", "day", "date")]),
    # s23-lead: ... and from a past infinitive's event (`cinq jours après s'être rendue`, `après avoir reçu`)
    (
        "Elle a démissionné cinq jours après s'être rendue au ministère.",
        [("cinq jours après", None, None, "day", "date")],
    ),
    (
        "Il a répondu une semaine après avoir reçu la lettre.",
        [("une semaine après", None, None, "day", "date")],
    ),
    # `N unités avant` is counted back like `N unités après` forward: from the event it names when the
    # text dates it, else no day (never a duration, never the publication date)
    (
        "Le sommet se tiendra le 7 décembre. Une semaine avant ce sommet, les ministres se verront.",
        [
            ("7 décembre", "2025-12-07", "2025-12-07", "day", "date"),
            ("Une semaine avant", "2025-11-30", "2025-11-30", "day", "date"),
        ],
    ),
    # a demonstrative (`cet appel`, `ce sommet`) points back to the event the sentence before told in
    # other words: that sentence's day, the first of one event's days for a day counted back
    (
        "La ministre a téléphoné mardi à son homologue. Deux jours après cet appel, elle a reçu le consul.",
        [
            ("mardi", "2025-10-21", "2025-10-21", "day", "date"),
            ("Deux jours après", "2025-10-23", "2025-10-23", "day", "date"),
        ],
    ),
    (
        "Les chefs d'État se verront les 4 et 5 novembre. À la veille de ce sommet, les ministres se parleront.",
        [
            ("les 4", "2025-11-04", "2025-11-04", "day", "date"),
            ("5 novembre", "2025-11-05", "2025-11-05", "day", "date"),
            ("À la veille", "2025-11-03", "2025-11-03", "day", "date"),
        ],
    ),
    (
        "Il a appelé le 20 octobre le chef, qu'il verra le 25 octobre. Au lendemain de cet échange, il a parlé.",
        [
            ("20 octobre", "2025-10-20", "2025-10-20", "day", "date"),
            ("25 octobre", "2025-10-25", "2025-10-25", "day", "date"),
            ("Au lendemain", None, None, "day", "date"),
        ],
    ),
    (
        "Trois jours avant le scrutin, le candidat a renoncé.",
        [("Trois jours avant", None, None, "day", "date")],
    ),
    # `la nuit dernière` without its preposition is the night before publication, as with it
    (
        "Des drones ont visé le port la nuit dernière.",
        [("la nuit dernière", "2025-10-23", "2025-10-24", "day", "interval")],
    ),
    (
        "La nuit dernière, deux missiles sont tombés sur la ville.",
        [("La nuit dernière", "2025-10-23", "2025-10-24", "day", "interval")],
    ),
]


@pytest.mark.parametrize("text,expected", NEWS_CASES, ids=[c[0][:40] for c in NEWS_CASES])
def test_find_dates_in_news_sentences(blank, text, expected):
    """The span covers a leading 'Dans la nuit du' / 'À partir de': the whole expression is kept."""
    expected = [(e[0], text.index(e[0]), text.index(e[0]) + len(e[0]), *e[1:]) for e in expected]
    assert _tag(blank, text, published=FRI) == expected


@pytest.mark.parametrize("text,expected", SENTENCE_CASES, ids=[c[0][:40] for c in SENTENCE_CASES])
def test_find_dates_in_sentences(blank, text, expected):
    """Offsets are where the expression first occurs in the sentence."""
    expected = [(e[0], text.index(e[0]), text.index(e[0]) + len(e[0]), *e[1:]) for e in expected]
    assert _tag(blank, text) == expected


def test_find_dates_without_publication_date_keeps_relative_text(blank):
    found = _tag(blank, "Hier, le 3 mai 2023, il a parlé.", published=None)
    assert found == [
        ("Hier", 0, 4, None, None, "day", "date"),
        ("3 mai 2023", 9, 19, "2023-05-03", "2023-05-03", "day", "date"),
    ]


def test_find_dates_writes_the_spans_key(blank):
    doc = blank.make_doc("Demain, réunion.")
    doc._.published = THU
    find_dates(doc, blank)
    assert [s.text for s in doc.spans[DATES_KEY]] == ["Demain"]


def test_component_is_registered_and_iter_date_records(blank):
    nlp = spacy.blank("fr")
    nlp.add_pipe("news_temporal_tagger", name="temporal_tagger")
    items = [
        {"id": "a1", "text": "Hier, il a parlé.", "published": "2025-10-24"},
        {"text": "Le 3 mai 2023.", "published": None},
    ]
    assert list(iter_date_records(items, nlp)) == [
        {
            "id": "a1",
            "text": "Hier",
            "char_start": 0,
            "char_end": 4,
            "start": "2025-10-23",
            "end": "2025-10-23",
            "precision": "day",
            "kind": "date",
        },
        {
            "text": "3 mai 2023",
            "char_start": 3,
            "char_end": 13,
            "start": "2023-05-03",
            "end": "2023-05-03",
            "precision": "day",
            "kind": "date",
        },
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Le président se rendra à Kiev le 2 janvier.", "2026-01-02"),
        ("Le président s'est rendu à Kiev le 2 janvier.", "2025-01-02"),
        ("Le ministre rencontrera son homologue lundi.", "2025-10-27"),
        ("Le ministre a rencontré son homologue lundi.", "2025-10-20"),
        ("La conférence aurait lieu en mars.", "2026-03-01"),
        ("La conférence a eu lieu en mars.", "2025-03-01"),
        # the tagger may read `dimanche` as a verb (`dimancher`): the date word is not its own clause
        ("Emmanuel Macron a rencontré Xi Jinping dimanche à Pékin.", "2025-10-19"),
        ("Emmanuel Macron rencontrera Xi Jinping dimanche à Pékin.", "2025-10-26"),
        # `du week-end` (`au cours du week-end`) is the weekend as `le week-end` is: gone or coming by tense
        ("Les deux ministres se sont parlé au cours du week-end.", "2025-10-18"),
        ("Les deux ministres se parleront au cours du week-end.", "2025-10-25"),
        # a weekday told in the pluperfect is not the publication day (told on a Thursday)
        ("Le ministre avait reçu jeudi son homologue serbe.", "2025-10-16"),
        ("Les deux hommes s'étaient parlé jeudi soir au téléphone.", "2025-10-16"),
        ("Le ministre a reçu jeudi son homologue serbe.", "2025-10-23"),
        ("Le ministre avait reçu jeudi 23 octobre son homologue serbe.", "2025-10-23"),
    ],
)
def test_dates_tense_from_the_parsed_verb(date_nlp, text, expected):
    doc = _parsed(date_nlp, text, THU)  # parsed: the tagger reads the tense of the governing verb
    assert [_iso(s._.date_value.start) for s in doc.spans[DATES_KEY]] == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        ("L'échange a eu lieu le lundi 20 octobre.", [("lundi 20 octobre", "2025-10-20", "2025-10-20")]),
        ("Le week-end, des orages ont frappé la côte.", [("Le week-end", "2025-10-18", "2025-10-19")]),
        ("Ce week-end, des inondations ont coupé trois routes.", [("Ce week-end", "2025-10-18", "2025-10-19")]),
        ("Ce week-end, des orages frapperont la côte.", [("Ce week-end", "2025-10-25", "2025-10-26")]),
        ("Les écoles rouvriront en début de mois.", [("en début de mois", "2025-11-01", "2025-11-10")]),
        # months counted after a month told in the same sentence count from that month
        (
            "Le sommet de mars 2023 n'a rien changé à l'accord, dont la Russie s'était retirée deux mois plus tôt.",
            [("mars 2023", "2023-03-01", "2023-03-31"), ("deux mois plus tôt", "2023-01-01", "2023-01-01")],
        ),
    ],
)
def test_dates_parsed_news_sentences(date_nlp, text, expected):
    doc = _parsed(date_nlp, text, FRI)
    assert [(s.text, _iso(s._.date_value.start), _iso(s._.date_value.end)) for s in doc.spans[DATES_KEY]] == expected


# an event noun names in other words the event an earlier sentence told with a verb of its kind (`kin_*` in
# cues.csv): `l'appel` after `s'est entretenue au téléphone`, `l'attaque` after `ont frappé`; none, no day
@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "La ministre s'est entretenue mardi au téléphone avec son homologue. Deux jours après l'appel, "
            "elle a reçu l'ambassadeur.",
            [("mardi", "2025-10-21"), ("Deux jours après", "2025-10-23")],
        ),
        (
            "Des missiles ont frappé samedi le port. Au lendemain de l'attaque, la marine a riposté.",
            [("samedi", "2025-10-18"), ("Au lendemain", "2025-10-19")],
        ),
        (
            "Le ministre a signé lundi un décret. Au lendemain de l'attaque, la marine a riposté.",
            [("lundi", "2025-10-20"), ("Au lendemain", None)],
        ),
        # a visit told again by its coming or its arrival (`sa venue`, `son arrivée`)
        (
            "La présidente a entamé mercredi une visite à Berlin. "
            "La veille de sa venue, elle avait appelé le chancelier.",
            [("mercredi", "2025-10-22"), ("La veille", "2025-10-21")],
        ),
        (
            "Le ministre a commencé lundi un voyage en Italie. Au lendemain de son arrivée, il a rencontré le pape.",
            [("lundi", "2025-10-20"), ("Au lendemain", "2025-10-21")],
        ),
        # a journey to another place than the one told before is another journey
        (
            "Des missiles ont frappé samedi le port d'Odessa. Au lendemain de l'attaque à Odessa, la marine a riposté.",
            [("samedi", "2025-10-18"), ("Au lendemain", "2025-10-19")],
        ),
        (
            "Des missiles ont frappé samedi le port d'Odessa. Au lendemain de l'attaque à Kherson, "
            "la marine a riposté.",
            [("samedi", "2025-10-18"), ("Au lendemain", None)],
        ),
    ],
)
def test_dates_event_anchor_told_by_a_verb_of_its_kind(date_nlp, text, expected):
    doc = _parsed(date_nlp, text, THU)
    assert [(s.text, _iso(s._.date_value.start)) for s in doc.spans[DATES_KEY]] == expected


# after a bare weekday, a spelled number counts the noun that follows: not a day of the month
WEEKDAY_THEN_COUNT = [
    ("Le ministre a signé mercredi un décret sur les visas.", [("mercredi", "2025-10-22")]),
    ("Le Trésor a sanctionné mardi douze pétroliers.", [("mardi", "2025-10-21")]),
    ("Le club recevra samedi deux équipes de Lorraine.", [("samedi", "2025-10-25")]),
    ("Les douaniers ont saisi lundi trois conteneurs.", [("lundi", "2025-10-20")]),
    ("La police a interpellé dimanche une vingtaine de supporters.", [("dimanche", "2025-10-19")]),
    ("Le conseil examinera vendredi quinze dossiers.", [("vendredi", "2025-10-24")]),
    ("Le ministre viendra jeudi 30.", [("jeudi 30", "2025-10-30")]),  # digits are a day
    ("La réunion du mardi 21 a été annulée.", [("mardi 21", "2025-10-21")]),
    ("Mercredi douze novembre, la séance reprendra.", [("Mercredi douze novembre", "2025-11-12")]),  # a month
    ("Lundi trois novembre, le marché ouvrira.", [("Lundi trois novembre", "2025-11-03")]),
    # digits before a plural noun or a demonym count it too (6 October and 14 October were a Monday and a Tuesday)
    ("L'aviation a frappé lundi 6 positions rebelles.", [("lundi", "2025-10-20")]),
    ("Le Trésor a sanctionné mardi 14 Iraniens.", [("mardi", "2025-10-21")]),
    # no 17th falls on a Thursday within a month and a half: the number is no day, the weekday stays
    ("Le ministre a reçu jeudi 17 son homologue.", [("jeudi", "2025-10-23")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", WEEKDAY_THEN_COUNT, ids=[c[0][:40] for c in WEEKDAY_THEN_COUNT])
def test_dates_weekday_then_number_word_counts_a_noun(date_nlp, text, expected):
    doc = _parsed(date_nlp, text, THU)
    assert [(s.text, _iso(s._.date_value.start)) for s in doc.spans[DATES_KEY]] == expected


# `le début / le milieu de` a named unit, like `la fin de` (THU = Thursday 23 October 2025)
LE_PART_OF_UNIT = [
    ("Le début de l'année a été calme.", [("Le début de l'année", "2025-01-01", "2025-03-31", "quarter", "interval")]),
    (
        "Depuis le début de l'année, trois accidents ont eu lieu.",
        [("Depuis le début de l'année", "2025-01-01", "2025-10-23", "quarter", "interval")],
    ),
    ("Le milieu du mois sera chargé.", [("Le milieu du mois", "2025-10-11", "2025-10-20", "month", "interval")]),
    (
        "Le début de la semaine prochaine sera pluvieux.",
        [("Le début de la semaine prochaine", "2025-10-27", "2025-10-28", "week", "interval")],
    ),
    (
        "Le début du mois a été marqué par des grèves.",
        [("Le début du mois", "2025-10-01", "2025-10-10", "month", "interval")],
    ),
    (
        "Dès le début de l'année prochaine, le tarif change.",
        [("Dès le début de l'année prochaine", "2026-01-01", None, "quarter", "interval")],
    ),
    ("Le début de la crise remonte à 2008.", [("2008", "2008-01-01", "2008-12-31", "year", "date")]),  # not a unit
    ("Le début de la séance a été retardé.", []),
]


@pytest.mark.parametrize("text,expected", LE_PART_OF_UNIT, ids=[c[0][:40] for c in LE_PART_OF_UNIT])
def test_dates_le_debut_de_the_unit(blank, text, expected):
    expected = [(e[0], text.index(e[0]), text.index(e[0]) + len(e[0]), *e[1:]) for e in expected]
    assert _tag(blank, text) == expected


# a whole week told (`la semaine dernière`, `cette semaine`) frames the bare weekdays of its sentence and
# the next (a weekly out on a Wednesday tells last Wednesday, not the day it comes out); `lendemain`
# then counts from that day. A weekday of a sentence further on, or after another day, is its own.
WED = date(2025, 10, 29)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "La semaine dernière a été rude pour les pétroliers. Mercredi, Washington a sanctionné deux groupes. "
            "Dès le lendemain, Bruxelles a adopté de nouvelles mesures.",
            [("La semaine dernière", "2025-10-20"), ("Mercredi", "2025-10-22"), ("Dès le lendemain", "2025-10-23")],
        ),
        (
            "La semaine dernière, le ministre a reçu mercredi son homologue.",
            [("La semaine dernière", "2025-10-20"), ("mercredi", "2025-10-22")],
        ),
        (
            "La semaine prochaine, le ministre recevra mardi son homologue.",
            [("La semaine prochaine", "2025-11-03"), ("mardi", "2025-11-04")],
        ),
        (
            "La semaine dernière a été rude. Les marchés ont reculé. Les analystes sont inquiets. "
            "Mercredi, le ministre a reçu son homologue.",
            [("La semaine dernière", "2025-10-20"), ("Mercredi", "2025-10-29")],
        ),
        (
            "Le ministre a reçu mercredi son homologue.",
            [("mercredi", "2025-10-29")],
        ),
    ],
)
def test_dates_weekday_in_the_week_told(date_nlp, text, expected):
    doc = _parsed(date_nlp, text, WED)
    assert [(s.text, _iso(s._.date_value.start)) for s in doc.spans[DATES_KEY]] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "La semaine dernière déjà, les ministres et le commissaire avaient échangé par téléphone. "
            "Mardi, ils ont signé l'accord.",
            [("La semaine dernière", "2025-10-20"), ("Mardi", "2025-10-28")],
        ),
        # so does a day of that week told in a further pluperfect clause: the news comes back to its own week
        (
            "La semaine dernière, le Trésor avait gelé des avoirs. Le Caire avait répliqué jeudi par des taxes. "
            "Le ministre s'est entretenu lundi avec son homologue.",
            [("La semaine dernière", "2025-10-20"), ("jeudi", "2025-10-23"), ("lundi", "2025-10-27")],
        ),
    ],
)
def test_dates_week_of_a_pluperfect_clause_frames_its_sentence_only(date_nlp, text, expected):
    doc = _parsed(date_nlp, text, WED)
    assert [(s.text, _iso(s._.date_value.start)) for s in doc.spans[DATES_KEY]] == expected


# a past clause counted on from an event (`six jours après l'attaque`) to a day after the publication has
# its anchor wrong (the earlier sentence of its kind told the clause's own event): no day rather than that one
@pytest.mark.slow
def test_dates_past_clause_counted_to_after_the_news_is_unresolved(date_nlp):
    text = (
        "Des explosions ont été entendues cette nuit près du port. "
        "Selon un responsable, l'armée a frappé la ville, six jours après l'attaque lancée par les rebelles."
    )
    doc = _parsed(date_nlp, text, WED)
    assert [(s.text, _iso(s._.date_value.start)) for s in doc.spans[DATES_KEY]] == [
        ("cette nuit", "2025-10-29"),
        ("six jours après", None),
    ]


# the week frames no weekday whose clause's tense points the other way from the publication day
@pytest.mark.slow
def test_dates_week_frame_keeps_to_the_tense(date_nlp):
    text = (
        "Les trois ministres devraient se retrouver la semaine prochaine à Rome. "
        "Le ministre avait déjà rencontré mardi son homologue italien."
    )
    doc = _parsed(date_nlp, text, WED)
    assert [(s.text, _iso(s._.date_value.start)) for s in doc.spans[DATES_KEY]] == [
        ("la semaine prochaine", "2025-11-03"),
        ("mardi", "2025-10-28"),
    ]


# a weekday in a `que` clause of things to come, under a reporting verb dated a day before the news: the
# weekday after that report, not after the publication (told on Thursday 23 October 2025)
@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Moscou a fait savoir lundi que les deux dirigeants se téléphoneraient mardi.", ["2025-10-20", "2025-10-21"]),
        ("Mardi, l'Élysée a précisé que la ministre recevrait son homologue mercredi.", ["2025-10-21", "2025-10-22"]),
        # the weekday after the report lies after the news: the same day either way
        ("Le porte-parole a indiqué lundi que le sommet se tiendrait samedi.", ["2025-10-20", "2025-10-25"]),
        # reported on the day of the news: the coming Tuesday
        ("Le Kremlin a confirmé jeudi que les deux présidents se parleraient mardi.", ["2025-10-23", "2025-10-28"]),
    ],
)
def test_dates_weekday_ahead_of_a_dated_report(date_nlp, text, expected):
    doc = _parsed(date_nlp, text, THU)
    assert [_iso(s._.date_value.start) for s in doc.spans[DATES_KEY]] == expected


# weekdays listed one after the other: each is the first such day after the one before it, whichever way
# the clause's tense alone would turn it (told on Friday 24 October 2025)
@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Les ministres se réunissent lundi et mardi à Riga.", ["2025-10-27", "2025-10-28"]),
        ("Les ministres se sont réunis lundi, mardi et mercredi à Riga.", ["2025-10-20", "2025-10-21", "2025-10-22"]),
        ("Les négociateurs se retrouveront samedi et dimanche à Doha.", ["2025-10-25", "2025-10-26"]),
        # a weekday with a word of its own is no list item
        ("Les ministres se sont réunis lundi et mardi dernier à Riga.", ["2025-10-20", "2025-10-21"]),
    ],
)
def test_dates_weekdays_listed_follow_each_other(date_nlp, text, expected):
    doc = _parsed(date_nlp, text, FRI)
    assert [_iso(s._.date_value.start) for s in doc.spans[DATES_KEY]] == expected

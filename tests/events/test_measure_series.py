"""Articles that hold many measures (s39-measures): each measure of a series is its own row.

A trade war told step by step, a package listing its measures, tit-for-tat expulsions, one state's
retaliation in several acts: each row is a short text written for this test, run through the whole
pipeline and the merge, with the exact sanction rows expected (imposer, target, first day), sorted.
A recap that only counts the measures told (`cinq séries de droits`) and sanction words of sport or
of courts give no row of their own. They are slow.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.merge import merge_results
from pipeline.nlp.pipeline import parse_articles
from pipeline.nlp.records import article_result
from pipeline.outputs.tables import merge_actors
from pipeline.schema import Article

pytestmark = pytest.mark.slow

PUBLISHED = date(2025, 10, 24)  # a Friday: lundi 20, mardi 21, mercredi 22, jeudi 23
USA, CHN, CAN, RUS, EU = "state:USA", "state:CHN", "state:CAN", "state:RUS", "org:ue"
IND, PAK, DEU, IRN = "state:IND", "state:PAK", "state:DEU", "state:IRN"


def sanction_rows(nlp, text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(imposer, target, first day) of each sanction row the article gives, sorted. A row naming its
    target among its participants only (`a suspendu ses échanges avec l'Inde`) gives that participant,
    as the scorer reads participants, not roles."""
    article = Article(id="a.txt", path="a.txt", text=text, published=PUBLISHED)
    results = [article_result(a, doc) for a, doc in parse_articles(nlp, [article])]
    events = merge_results(results, merge_actors(results))
    rows = [
        (e.source_actor, e.target_actor or _other(e.actors, e.source_actor), e.date_start and e.date_start.isoformat())
        for e in events
        if e.event_type == "sanction"
    ]
    return sorted(rows, key=lambda r: tuple(x or "" for x in r))


def _other(actors, source: str | None) -> str | None:
    """The one participant besides the imposer, if there is exactly one."""
    others = [a for a in actors if a != source]
    return others[0] if len(others) == 1 else None


SERIES = [
    # a step and its riposte, the day given as a bare number (`le 10`)
    (
        "Le 4 mars, Washington a porté à 20 % la surtaxe sur les produits chinois. "
        "Le 10, Pékin a répliqué par des droits de 15 % sur le soja américain.",
        [(CHN, USA, "2025-03-10"), (USA, CHN, "2025-03-04")],
    ),
    # a step told under `avant que`, in the subjunctive of a past narrative
    (
        "Le 2 avril, Washington a imposé des droits de 34 % sur les produits chinois. Pékin a riposté deux jours "
        "plus tard par des droits identiques, avant que les États-Unis ne portent leurs taxes à 104 % le 8 avril.",
        [(CHN, USA, "2025-04-04"), (USA, CHN, "2025-04-02"), (USA, CHN, "2025-04-08")],
    ),
    # one state raising its rate twice in one sentence, the second step naming no imposer
    (
        "La Chine a porté ses taxes sur les produits américains à 84 % le 10 avril, puis à 125 % le 11 avril.",
        [(CHN, USA, "2025-04-10"), (CHN, USA, "2025-04-11")],
    ),
    # two kinds of measure by one imposer in one sentence
    (
        "Mardi, Pékin a taxé le charbon américain et placé deux groupes américains "
        "sur sa liste des entités non fiables.",
        [(CHN, USA, "2025-10-21"), (CHN, USA, "2025-10-21")],
    ),
    # a second measure joined by `ainsi que`, which the parser hangs on the verb itself
    (
        "Le ministère chinois du Commerce a annoncé mardi l'ajout de onze entreprises américaines à sa liste "
        "des entités non fiables, ainsi que des contrôles à l'exportation sur sept terres rares.",
        [("org:chn-commerce", USA, "2025-10-21"), ("org:chn-commerce", USA, "2025-10-21")],
    ),
    # tit-for-tat expulsions
    (
        "L'Allemagne a expulsé mardi deux diplomates iraniens. "
        "Téhéran a riposté mercredi en renvoyant deux diplomates allemands.",
        [(DEU, IRN, "2025-10-21"), (IRN, DEU, "2025-10-22")],
    ),
    # airspace closed and trade suspended: two measures of one day
    (
        "Jeudi, le Pakistan a fermé son espace aérien aux compagnies indiennes "
        "et suspendu ses échanges commerciaux avec l'Inde.",
        [(PAK, IND, "2025-10-23"), (PAK, IND, "2025-10-23")],
    ),
    # a share of the trade suspended (`l'ensemble de`, `la totalité de`): the trade words lie under the share
    (
        "Jeudi, le Pakistan a suspendu l'ensemble de ses échanges commerciaux avec l'Inde.",
        [(PAK, IND, "2025-10-23")],
    ),
    # a measure and its extension months later, coordinated verbs, the second imposer elided
    (
        "Ottawa a annoncé en août une surtaxe de 100 % sur les voitures électriques chinoises, "
        "puis étendu en octobre une taxe de 25 % à l'acier chinois.",
        [(CAN, CHN, "2025-08-01"), (CAN, CHN, "2025-10-01")],
    ),
    # a blow and the riposte of the same day in one sentence
    (
        "Les États-Unis ont imposé mardi des droits de 25 % sur les produits canadiens, "
        "et le Canada a riposté le même jour en taxant des marchandises américaines.",
        [(CAN, USA, "2025-10-21"), (USA, CAN, "2025-10-21")],
    ),
    # three states closing their doors: one measure each
    (
        "Mardi, l'Estonie, la Lettonie et la Lituanie ont interdit l'entrée sur leur territoire "
        "à dix responsables géorgiens.",
        [
            ("state:EST", "state:GEO", "2025-10-21"),
            ("state:LTU", "state:GEO", "2025-10-21"),
            ("state:LVA", "state:GEO", "2025-10-21"),
        ],
    ),
    # the answer told in the passive, naming only whom it hits: the side the first measure hit answers
    (
        "Rome a expulsé lundi deux diplomates russes. Mercredi, deux diplomates italiens ont été priés "
        "de quitter le pays.",
        [("state:ITA", RUS, "2025-10-20"), (RUS, "state:ITA", "2025-10-22")],
    ),
    # a measure and its riposte told as nouns, each imposer by its adjective: aimed at each other
    (
        "La hausse des droits indiens à 30 %, mardi, a été suivie d'une riposte pakistanaise à 20 %.",
        [(IND, PAK, "2025-10-21"), (PAK, IND, "2025-10-21")],
    ),
    (
        "Les droits américains de 25 % ont été suivis d'une riposte canadienne à 25 %.",
        [(CAN, USA, None), (USA, CAN, None)],
    ),
    # a state bars entry, or expels diplomats, on its own soil only: coordinated imposers act one by one
    (
        "Jeudi, la Norvège et le Danemark ont interdit l'accès à leur territoire à six oligarques russes.",
        [("state:DNK", RUS, "2025-10-23"), ("state:NOR", RUS, "2025-10-23")],
    ),
    (
        "La France et la Pologne ont expulsé mardi des diplomates russes.",
        [("state:FRA", RUS, "2025-10-21"), ("state:POL", RUS, "2025-10-21")],
    ),
    # the imposer deep in a long sentence, behind a relative clause
    (
        "Le ministère chinois du Commerce, qui accuse depuis des mois Washington de violer les règles "
        "de l'Organisation mondiale du commerce, a ajouté jeudi six entreprises américaines de défense "
        "à sa liste des entités non fiables.",
        [("org:chn-commerce", USA, "2025-10-23")],
    ),
]


@pytest.mark.parametrize("text, expected", SERIES)
def test_measures_of_a_series_are_rows_of_their_own(nlp, text, expected):
    assert sanction_rows(nlp, text) == expected


RECAPS = [
    # a recap that counts the measures told is no new measure
    (
        "Lundi, Washington a relevé à 50 % ses droits sur l'acier chinois. "
        "Depuis janvier, les deux pays se sont imposé cinq séries de droits de douane.",
        [(USA, CHN, "2025-10-20")],
    ),
    ("Depuis 2022, le Canada a adopté onze trains de sanctions contre la Russie.", []),
    # packages counted on a day of their own are no recap
    (
        "Lundi, le Canada a adopté deux trains de sanctions contre la Russie.",
        [(CAN, RUS, "2025-10-20")],
    ),
    # sanctions of sport and courts
    ("La Ligue a infligé mardi trois matchs de suspension au défenseur, expulsé dimanche.", []),
    ("Le club, frappé d'une interdiction de recrutement, attend la levée du gel des transferts.", []),
    # an inquiry is not yet a measure
    ("Pékin a ouvert mardi une enquête antidumping sur le colza canadien.", []),
]


@pytest.mark.parametrize("text, expected", RECAPS)
def test_recaps_and_false_friends_give_no_new_measure(nlp, text, expected):
    assert sanction_rows(nlp, text) == expected

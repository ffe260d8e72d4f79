"""French press constructions of 2022-2025 (s38-frpress): ultimatums to diplomats, and their false friends.

Each row is one sentence written for this test: the (type, initiator, target) of each core mention it
must give, or nothing for a false friend (a state evacuating its own staff, a coach, a prefect). They
run the full pipeline, so they are marked slow.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.pipeline import parse_text
from tests.events.core_sides import core_sides

PUBLISHED = date(2025, 9, 3)  # a Wednesday

pytestmark = pytest.mark.slow

FRA, DZA, BFA, NER, MLI = "state:FRA", "state:DZA", "state:BFA", "state:NER", "state:MLI"


def kinds(nlp, text: str) -> set[tuple]:
    """(type, source, target) of each core mention of a text."""
    return core_sides(nlp, text, PUBLISHED)


ULTIMATUMS = [
    # a delay given to a diplomat to leave is his expulsion
    ("Niamey a donné quarante-huit heures à l'ambassadeur français pour quitter le pays.", {("sanction", NER, FRA)}),
    (
        "Les autorités maliennes ont accordé trois jours au chargé d'affaires algérien pour quitter le territoire.",
        {("sanction", MLI, DZA)},
    ),
    # invited or forced to leave
    ("Ouagadougou a invité trois diplomates français à quitter le territoire.", {("sanction", BFA, FRA)}),
    ("Le gouvernement burkinabè a contraint l'attaché militaire français à quitter le pays.", {("sanction", BFA, FRA)}),
    # false friends: a state's own staff evacuated, a deadline for others than diplomats
    ("Washington a invité son personnel diplomatique non essentiel à quitter le pays.", set()),
    ("Paris a donné deux semaines à ses diplomates pour quitter Kaboul.", set()),
    ("L'entraîneur a donné deux jours à ses joueurs pour quitter le centre d'entraînement.", set()),
    ("Le préfet a donné une heure aux manifestants pour quitter la place.", set()),
    ("L'ambassadeur a été invité à quitter la salle lors du discours.", set()),
]


@pytest.mark.parametrize("text, expected", ULTIMATUMS, ids=[t for t, _ in ULTIMATUMS])
def test_ultimatum_to_diplomats_is_an_expulsion(nlp, text, expected):
    assert kinds(nlp, text) == expected


ISR, USA, RUS, UKR = "state:ISR", "state:USA", "state:RUS", "state:UKR"

MEANS_OF_A_KILLING = [
    # a strike noun told as the means of a killing: the verb's subject struck, its object was struck
    ("Israël a tué mardi un commandant du Hezbollah dans une frappe de drone.", {("strike", ISR, "org:hezbollah")}),
    (
        "L'armée israélienne a tué trois membres du Hamas dans une frappe aérienne à Khan Younès.",
        {("strike", "org:tsahal", "org:hamas")},
    ),
    # `lors` and `au cours`, which the parser puts between the verb and the noun
    (
        "Israël a éliminé mardi un haut commandant du Hezbollah lors d'une frappe ciblée à Beyrouth.",
        {("strike", ISR, "state:LBN")},
    ),
    ("Les États-Unis ont tué un chef d'Al-Qaïda au Yémen au cours d'un raid aérien.", {("strike", USA, None)}),
    # the dead side told by a participle keeps the strike's own author; no subject, no author
    ("Le Hezbollah a confirmé la mort de son commandant, tué dans une frappe israélienne.", {("strike", ISR, None)}),
    ("Le Hamas a annoncé que trois de ses membres avaient été tués dans une frappe.", set()),
]


@pytest.mark.parametrize("text, expected", MEANS_OF_A_KILLING, ids=[t for t, _ in MEANS_OF_A_KILLING])
def test_strike_told_as_the_means_of_a_killing(nlp, text, expected):
    assert kinds(nlp, text) == expected


PASSIVE_MEASURES = [
    # goods taxed in the passive are hit, with the state they come from, whatever the parser made of it
    ("À partir du 1er août, les produits brésiliens seront taxés à 50 %.", {("sanction", None, "state:BRA")}),
    ("L'acier canadien sera surtaxé de 25 % à partir de mercredi.", {("sanction", None, "state:CAN")}),
    ("Les produits chinois sont désormais frappés de droits de douane de 145 %.", {("sanction", None, "state:CHN")}),
    # the active keeps its subject as the side that imposes
    ("Le Canada a décidé de surtaxer l'acier américain.", {("sanction", "state:CAN", USA)}),
]


@pytest.mark.parametrize("text, expected", PASSIVE_MEASURES, ids=[t for t, _ in PASSIVE_MEASURES])
def test_goods_taxed_in_the_passive_are_the_side_hit(nlp, text, expected):
    assert kinds(nlp, text) == expected


SEEN_IMPOSED = [
    # `se voir` + a measure: the subject undergoes it, the `par` phrase imposes it
    ("L'Inde se voit infliger une surtaxe de 25 % pour ses achats de pétrole.", {("sanction", None, "state:IND")}),
    ("Le Brésil s'est vu imposer des droits de douane de 50 % par Washington.", {("sanction", USA, "state:BRA")}),
    # `se voir contraint de riposter`: the measure answered is another's
    ("Pékin se voit contraint de riposter aux droits de douane américains.", {("sanction", USA, "state:CHN")}),
    ("Le ministre s'est vu remettre une lettre par son homologue.", set()),
]


@pytest.mark.parametrize("text, expected", SEEN_IMPOSED, ids=[t for t, _ in SEEN_IMPOSED])
def test_a_measure_one_sees_imposed_hits_the_subject(nlp, text, expected):
    assert kinds(nlp, text) == expected


STARMER, ZELENSKY = "person:keir-starmer", "person:volodymyr-zelensky"

NAME_AFTER_A_DAY = [
    # `ce lundi` + a bare name: the parser apposes the name to the day; it is the verb's object
    ("Keir Starmer accueille ce lundi Volodymyr Zelensky à Londres.", {("meeting", STARMER, ZELENSKY)}),
    ("Keir Starmer reçoit ce lundi Volodymyr Zelensky à Londres.", {("meeting", STARMER, ZELENSKY)}),
    ("Keir Starmer a reçu ce matin Volodymyr Zelensky à Londres.", {("meeting", STARMER, ZELENSKY)}),
    ("Keir Starmer a reçu lundi Volodymyr Zelensky à Londres.", {("meeting", STARMER, ZELENSKY)}),
    # the object the parser hangs on the day's adjective (`mardi prochain`, `prochain` an `amod` of the verb)
    ("Keir Starmer recevra mardi prochain le Premier ministre indien.", {("meeting", STARMER, "person:narendra-modi")}),
]


@pytest.mark.parametrize("text, expected", NAME_AFTER_A_DAY, ids=[t for t, _ in NAME_AFTER_A_DAY])
def test_a_name_after_a_day_is_the_object(nlp, text, expected):
    assert kinds(nlp, text) == expected


def talks(nlp, text: str) -> set[tuple]:
    """(type, participants) of each meeting or call mention of a text."""
    doc = parse_text(nlp, text, PUBLISHED)
    return {(m.event_type, frozenset(m.actors)) for m in doc._.event_mentions if m.event_type in {"meeting", "call"}}


RED_CARPET = [
    # `dérouler le tapis rouge à/pour X`: the press's way of telling a host received a guest
    (
        "Vladimir Poutine a déroulé le tapis rouge à Kim Jong-un à Vladivostok.",
        {("meeting", frozenset({"person:vladimir-poutine", "person:kim-jong-un"}))},
    ),
    (
        "Pékin a déroulé mardi le tapis rouge pour le président brésilien.",
        {("meeting", frozenset({"state:CHN", "person:luiz-inacio-lula-da-silva"}))},
    ),
    ("Le festival a déroulé le tapis rouge aux stars du cinéma.", set()),
]


@pytest.mark.parametrize("text, expected", RED_CARPET, ids=[t for t, _ in RED_CARPET])
def test_red_carpet_is_a_host_receiving_a_guest(nlp, text, expected):
    assert talks(nlp, text) == expected


HOLDING_CONFIRMED = [
    # an event whose holding (`la tenue`) is confirmed or announced is still to come
    ("Le Kremlin a confirmé la tenue du sommet entre les deux présidents.", "planned"),
    ("Pékin a annoncé la tenue d'une réunion entre les ministres chinois et américain.", "planned"),
    ("Les deux présidents se sont rencontrés vendredi en Alaska.", "occurred"),
]


@pytest.mark.parametrize("text, status", HOLDING_CONFIRMED, ids=[t for t, _ in HOLDING_CONFIRMED])
def test_holding_confirmed_is_planned(nlp, text, status):
    doc = parse_text(nlp, text, PUBLISHED)
    assert {m.status for m in doc._.event_mentions if m.event_type == "meeting"} == {status}

"""Participants agree when they are the same actor or one stands for the other's state."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.actors.kb.model import RoleSpell
from pipeline.events.agreement import (
    Links,
    affiliation_links,
    body_parents,
    current_offices,
    home_sides_differ,
    initiators_conflict,
    one_side_reversed,
    participants_match,
    reversed_sides,
    state_links,
)
from pipeline.schema import Actor

MACRON, BARROT, LULA = "person:emmanuel-macron", "person:jean-noel-barrot", "person:luiz-inacio-lula-da-silva"
VUCIC, COSTA, KALLAS = "person:aleksandar-vucic", "person:antonio-costa", "person:kaja-kallas"
FRA, BRA, SRB, ISR, RUS = "state:FRA", "state:BRA", "state:SRB", "state:ISR", "state:RUS"
ARMY, MOD = "org:tsahal", "org:rus-defense"
LINKS = Links(
    states={
        MACRON: FRA,
        BARROT: FRA,
        LULA: BRA,
        VUCIC: SRB,
        COSTA: "org:conseil-europeen",
        KALLAS: "org:ue",
        "person:mark-rutte": "org:otan",
        "person:volodymyr-zelensky": "state:UKR",
        ARMY: ISR,
        MOD: RUS,
    },
    affiliations={"org:rosneft": RUS, MACRON: FRA, LULA: BRA},
)


@pytest.mark.parametrize(
    "a, b, event_type, expected",
    [
        # `Macron a reçu Lula` / `la France a reçu le président brésilien`
        ({MACRON, LULA}, {FRA, BRA}, "meeting", True),
        ({MACRON, LULA}, {FRA, LULA}, "meeting", True),
        # a lone participant that one side names: `lors de sa rencontre avec Macron`
        ({MACRON, LULA}, {MACRON}, "meeting", True),
        ({MACRON}, {FRA}, "call", True),
        # an army and a ministry stand for their state: `l'armée israélienne` / `Israël`
        ({ARMY, "org:hezbollah"}, {ISR, "org:hezbollah"}, "strike", True),
        ({MOD, "state:UKR"}, {RUS, "state:UKR"}, "strike", True),
        # two people of one state are two people: Macron with Lula, Barrot with Lula
        ({MACRON, LULA}, {BARROT, LULA}, "meeting", False),
        # a state named beside its own leader is one side, not a second participant
        ({VUCIC, SRB, COSTA}, {VUCIC, SRB, KALLAS}, "meeting", False),
        ({VUCIC, COSTA}, {SRB, COSTA}, "meeting", True),
        # one state cannot stand for two of its people at once
        ({FRA, BRA}, {MACRON, BARROT}, "meeting", False),
        # a company does not stand for its state in talks ...
        ({"org:rosneft", LULA}, {RUS, LULA}, "meeting", False),
        # ... but sanctions are packages: a company sanctioned is its state sanctioned
        ({"org:rosneft", MACRON}, {RUS, FRA}, "sanction", True),
        # the head of an international body speaks for it: `Mark Rutte` / `l'OTAN`
        ({"person:mark-rutte", "state:UKR"}, {"org:otan", "person:volodymyr-zelensky"}, "meeting", True),
        # nothing shared
        ({MACRON, LULA}, {KALLAS, COSTA}, "call", False),
    ],
)
def test_participants_match(a, b, event_type, expected):
    assert participants_match(a, b, event_type, LINKS) is expected
    assert participants_match(b, a, event_type, LINKS) is expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (MACRON, MACRON, True),
        (MACRON, FRA, True),
        (FRA, MACRON, True),
        (MACRON, BARROT, False),
        (MACRON, BRA, False),
        ("org:rosneft", RUS, False),  # an affiliation, not a link: only sanctions use it
        # `Mme Okafor` in one outlet, `Abena Okafor` in another
        ("person:okafor", "person:abena-okafor", True),
        ("person:abena-okafor", "person:okafor", True),
        ("person:mensah-okafor", "person:abena-okafor", False),
        ("person:for", "person:abena-okafor", False),
        ("org:okafor", "org:abena-okafor", False),
    ],
)
def test_links_agree(a, b, expected):
    assert LINKS.agree(a, b) is expected


# Rule: a government body or an army stands for its state's side of the talks, so it agrees with the
# minister or leader another outlet names (`la diplomatie russe` / `Sergueï Lavrov`), and with another
# body of that state (`le département d'État` / `le ministère américain des Affaires étrangères`).
RUBIO, LAVROV = "person:marco-rubio", "person:sergei-lavrov"
US_STATE, US_MFA, RU_MFA = "org:usa-departement-d-etat", "org:usa-affaires-etrangeres", "org:rus-affaires-etrangeres"
TALK_SIDES = Links(
    states={
        RUBIO: "state:USA",
        LAVROV: RUS,
        US_STATE: "state:USA",
        US_MFA: "state:USA",
        RU_MFA: RUS,
        MOD: RUS,
        MACRON: FRA,
        BARROT: FRA,
        LULA: BRA,
        "org:nato-body": "org:otan",
        "person:mark-rutte": "org:otan",
    }
)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ({US_STATE, RU_MFA}, {RUBIO, LAVROV}, True),
        ({US_MFA, RU_MFA}, {US_STATE, RU_MFA}, True),
        ({US_MFA, RU_MFA}, {"state:USA", LAVROV}, True),
        # a body of another state agrees with no one
        ({MOD, LULA}, {MACRON, LULA}, False),
        # two people of one state are still two, and one body stands for one side only
        ({MACRON, LULA}, {BARROT, LULA}, False),
        ({RU_MFA, LULA}, {LAVROV, MOD}, False),
        # a body of an organisation is no state's side
        ({"org:nato-body", LULA}, {"person:mark-rutte", LULA}, False),
    ],
)
def test_participants_match_body_for_its_state(a, b, expected):
    assert participants_match(a, b, "meeting", TALK_SIDES) is expected
    assert participants_match(b, a, "meeting", TALK_SIDES) is expected


ACTORS = [
    Actor(MACRON, "Emmanuel Macron", "person", "FRA"),
    Actor("person:jean-inconnu", "Jean Inconnu", "person"),
    Actor(FRA, "France", "state", "FRA"),
    Actor(ARMY, "Tsahal", "organization", "ISR"),
    Actor("org:dgse", "DGSE", "organization", "FRA"),
    Actor("org:rosneft", "Rosneft", "organization", "RUS"),
    Actor("org:le-monde", "Le Monde", "organization", "FRA"),
    Actor(MOD, "Ministère russe de la Défense", "organization", "RUS"),
    Actor("org:rus-chorale", "Chorale russe", "organization", "RUS"),
    Actor("org:otan", "OTAN", "organization"),
]
ORG_TYPES = {ARMY: "military", "org:dgse": "government", "org:rosneft": "company", "org:le-monde": "media"}


def test_state_links_person_government_body_and_army_stand_for_their_state():
    links = state_links({a.id: a for a in ACTORS}, org_types=ORG_TYPES, body_slugs={"defense", "armee"})
    assert links == {MACRON: FRA, ARMY: ISR, "org:dgse": FRA, MOD: RUS}


def test_state_links_head_of_an_international_body_stands_for_it():
    actors = {a.id: a for a in [Actor("person:mark-rutte", "Mark Rutte", "person"), Actor("person:x", "X", "person")]}
    links = state_links(
        actors, org_types={}, body_slugs=set(), offices={"person:mark-rutte": "org:otan", "person:y": "org:onu"}
    )
    assert links == {"person:mark-rutte": "org:otan"}


def test_current_offices_keeps_open_ended_roles_in_organisations():
    roles = {
        ("secrétaire général", "org:otan"): [
            RoleSpell("person:r", "secrétaire général", "org:otan", date(2024, 10, 1), None)
        ],
        ("premier ministre", "state:NLD"): [
            RoleSpell("person:r", "premier ministre", "state:NLD", date(2010, 1, 1), None)
        ],
        ("secrétaire général", "org:onu"): [
            RoleSpell("person:g", "secrétaire général", "org:onu", None, date(2016, 12, 31))
        ],
    }
    assert current_offices(roles) == {"person:r": "org:otan"}


def test_state_links_reads_the_knowledge_base_and_body_patterns():
    actors = {
        a.id: a
        for a in [Actor(MACRON, "Emmanuel Macron", "person", "FRA"), Actor(MOD, "Défense", "organization", "RUS")]
    }
    actors[KALLAS] = Actor(KALLAS, "Kaja Kallas", "person")
    assert state_links(actors) == {MACRON: FRA, MOD: RUS, KALLAS: "org:ue"}


# Rule: reports of a strike or a sanction whose initiators are of different states, one of them named
# nowhere in the other report, are two events.
USA, CHN, VEN, IRN, TREASURY = "state:USA", "state:CHN", "state:VEN", "state:IRN", "org:usa-tresor"
SIDES = Links(states={TREASURY: USA, ARMY: ISR, "person:trump": USA}, affiliations={"org:rosneft": RUS})


@pytest.mark.parametrize(
    "a_sources, a_actors, b_sources, b_actors, expected",
    [
        # `le Trésor sanctionne Caracas` / `Pékin taxe le charbon américain`: they share Washington, not who acts
        ({TREASURY}, {TREASURY, VEN}, {CHN}, {CHN, USA}, True),
        # the Treasury and Washington: one sanctioning state
        ({TREASURY}, {TREASURY, VEN}, {USA}, {USA, VEN}, False),
        # one report takes the target for the initiator: each names the other's initiator
        ({USA}, {USA, VEN}, {VEN}, {VEN, USA}, False),
        # `l'armée israélienne frappe` / `Israël frappe`: the army stands for its state
        ({ARMY}, {ARMY, IRN}, {ISR}, {ISR, IRN}, False),
        # a partial report that takes the target for the initiator: its parties are all in the other
        ({"org:ue"}, {"org:ue", RUS}, {RUS}, {RUS}, False),
        # a report without an initiator can be either
        (set(), {USA, VEN}, {CHN}, {CHN, VEN}, False),
    ],
)
def test_initiators_conflict(a_sources, a_actors, b_sources, b_actors, expected):
    assert initiators_conflict(a_sources, a_actors, b_sources, b_actors, SIDES) is expected


# Rule: for sanctions, a body of an international organisation stands for it (models/actors/part_of.csv)
# and a firm for its home state; the Union's parliament is not listed, and a state has no affiliation.
@pytest.mark.parametrize(
    "actor, expected",
    [
        (Actor("org:conseil-ue", "Conseil de l'Union européenne", "organization"), "org:ue"),
        (Actor("org:commission-europeenne", "Commission européenne", "organization"), "org:ue"),
        (Actor("org:conseil-securite-onu", "Conseil de sécurité des Nations unies", "organization"), "org:onu"),
        (Actor("org:parlement-europeen", "Parlement européen", "organization"), None),
        (Actor("org:rosneft", "Rosneft", "organization", country="RUS"), RUS),
    ],
)
def test_affiliation_links_body_of_an_organisation_and_firm_of_a_state(actor, expected):
    assert affiliation_links({actor.id: actor}).get(actor.id) == expected


def test_part_of_names_only_organisations_of_the_knowledge_base():
    from pipeline.actors.kb import load_kb

    known = load_kb().actors
    assert body_parents()
    assert all(body in known and whole in known for body, whole in body_parents().items())


# Rule: `le Conseil de l'UE a sanctionné Moscou` and `l'UE a sanctionné la Russie` name one imposer;
# `la présidente de la Commission a rencontré X` and `l'UE a rencontré X` do not (talks keep bodies apart).
@pytest.mark.parametrize(
    "event_type, expected",
    [("sanction", True), ("meeting", False), ("call", False)],
)
def test_participants_match_body_of_an_organisation_only_for_sanctions(event_type, expected):
    links = Links(states={}, affiliations={"org:conseil-ue": "org:ue"})
    assert participants_match({"org:conseil-ue", RUS}, {"org:ue", RUS}, event_type, links) is expected


# Rule: each report names who acts and who is hit, and the actor of one is the one hit in the
# other: a tit-for-tat (`Washington taxe l'acier chinois`, `Pékin riposte sur le soja américain`).
@pytest.mark.parametrize(
    "a_sources, a_targets, b_sources, b_targets, expected",
    [
        ({USA}, {CHN}, {CHN}, {USA}, True),
        ({TREASURY}, {CHN}, {CHN}, {USA}, True),  # the Treasury acts for its state
        ({USA}, {CHN}, {TREASURY}, {CHN}, False),  # one measure told twice
        ({USA}, {CHN}, {CHN}, set(), False),  # a report naming no target can be either
        ({ARMY}, {IRN}, {IRN}, {ISR}, True),
    ],
)
def test_reversed_sides(a_sources, a_targets, b_sources, b_targets, expected):
    assert reversed_sides(a_sources, a_targets, b_sources, b_targets, SIDES) is expected


# Rule: a report naming one side only, the one acting (`des drones ukrainiens ont frappé un dépôt`), whose
# side is the one another report says was hit (`l'armée russe a frappé Kharkiv`) and not its attacker, is
# the other camp's act of that day; so is a report naming only the one hit, when it is the other's attacker.
@pytest.mark.parametrize(
    "a_sources, a_targets, b_sources, b_targets, expected",
    [
        ({"state:UKR"}, set(), {"org:rus-army"}, {"state:UKR"}, True),
        (set(), {"state:RUS"}, {"state:RUS"}, {"state:UKR"}, True),
        ({CHN}, set(), {USA}, {CHN}, True),
        # the same side acting in both: one act told in part
        ({"state:UKR"}, set(), {"state:UKR"}, {"state:RUS"}, False),
        ({ARMY}, set(), {ISR}, {IRN}, False),
        # both sides named in both: reversed_sides decides
        ({USA}, {CHN}, {CHN}, {USA}, False),
        # the lone side is in both camps of the other (a state striking its own rebels)
        ({"state:UKR"}, set(), {"state:UKR"}, {"state:UKR"}, False),
    ],
)
def test_one_side_reversed(a_sources, a_targets, b_sources, b_targets, expected):
    links = Links(states={"org:rus-army": "state:RUS", **SIDES.states}, affiliations=SIDES.affiliations)
    assert one_side_reversed(a_sources, a_targets, b_sources, b_targets, links) is expected
    assert one_side_reversed(b_sources, b_targets, a_sources, a_targets, links) is expected


# Rule: across outlets, a sanction's sides are home states, the imposer counted once: one imposer named by
# its leader and its state (or its treasury) does not make two measures on two other sides one.
@pytest.mark.parametrize(
    "a, b, expected",
    [
        ({MACRON, FRA, "org:rosneft"}, {MACRON, FRA, BRA}, True),
        ({MACRON, FRA, "org:rosneft"}, {FRA, RUS}, False),
        ({MACRON, "org:rosneft"}, {LULA, RUS}, True),
        # a report naming one side only differs from none
        ({MACRON, FRA}, {FRA, BRA}, False),
    ],
)
def test_home_sides_differ(a, b, expected):
    assert home_sides_differ(a, b, LINKS) is expected
    assert home_sides_differ(b, a, LINKS) is expected

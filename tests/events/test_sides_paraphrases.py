"""Both sides of an event, when the text names one of them away from the trigger (s35-sides).

Each row is a short text written for this test: one side sits in an earlier sentence, a headline, a
pronoun, a role, a possessive, a passive agent, a far prepositional phrase, or is a firm or an official
of a state. The rows run the full pipeline and merge the mentions into events as `make extract` does,
and check the events that name both sides; false friends must give no event. Marked slow.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.agreement import affiliation_links, state_links
from pipeline.events.merge import merge_events
from pipeline.nlp.pipeline import parse_text

PUBLISHED = date(2025, 3, 12)  # a Wednesday

pytestmark = pytest.mark.slow

CORE = {"call", "meeting", "strike", "sanction"}
USA, CHN, RUS, EU, IRN = "state:USA", "state:CHN", "state:RUS", "org:ue", "state:IRN"


def events(nlp, text: str) -> list[tuple[str, frozenset[str]]]:
    """(type, actor ids) of each core event the text gives once its mentions are merged."""
    doc = parse_text(nlp, text, PUBLISHED)
    actors = doc._.actors or {}
    merged = merge_events(doc._.event_mentions, affiliations=affiliation_links(actors), links=state_links(actors))
    return [(e.event_type, frozenset(e.actors)) for e in merged if e.event_type in CORE]


def found(nlp, text: str, kind: str, sides: set[str]) -> bool:
    return any(t == kind and sides <= actors for t, actors in events(nlp, text))


BOTH_SIDES = [
    # the side in a passive agent or a far prepositional phrase
    (
        "Trois banques iraniennes ont été sanctionnées mardi par le Trésor américain.",
        "sanction",
        {"org:tresor-americain", IRN},
    ),
    ("Quarante diplomates russes ont été expulsés mercredi par la Moldavie.", "sanction", {"state:MDA", RUS}),
    (
        "Des sanctions ont été imposées mardi par l'Union européenne à l'encontre de hauts responsables birmans.",
        "sanction",
        {EU, "state:MMR"},
    ),
    (
        "Des sanctions ont été imposées mardi à l'encontre de hauts responsables birmans par l'Union européenne.",
        "sanction",
        {EU, "state:MMR"},
    ),
    (
        "Le Canada a pris mardi des sanctions à l'égard de plusieurs dirigeants iraniens.",
        "sanction",
        {"state:CAN", IRN},
    ),
    ("Le Japon a décidé mardi un gel des avoirs visant des oligarques russes.", "sanction", {"state:JPN", RUS}),
    (
        "L'Inde a instauré des droits de douane sur les importations en provenance de Chine.",
        "sanction",
        {"state:IND", CHN},
    ),
    # officials of a state stand for it
    (
        "Les États-Unis ont imposé jeudi des sanctions à seize responsables vénézuéliens.",
        "sanction",
        {USA, "state:VEN"},
    ),
    # the target named in the next sentence, after a package naming its imposer alone
    (
        "Bruxelles a adopté lundi un nouveau paquet de sanctions. Sont notamment visées des sociétés établies "
        "en Chine, en Inde et en Turquie.",
        "sanction",
        {EU, CHN},
    ),
    # the imposer named before, the measure told back by the side it hits
    (
        "Les États-Unis ont sanctionné mardi des entreprises chinoises. Pékin a aussitôt dénoncé ces sanctions.",
        "sanction",
        {USA, CHN},
    ),
    (
        "Le Canada a annoncé des surtaxes sur les véhicules électriques chinois. Pékin a riposté samedi par des "
        "droits de douane sur le colza canadien.",
        "sanction",
        {CHN, "state:CAN"},
    ),
    # a strike whose attacker is named in the sentence before
    (
        "Des raffineries russes ont été frappées par des drones ukrainiens. Mardi, des drones ont visé une "
        "installation pétrolière près de Riazan.",
        "strike",
        {"state:UKR", RUS},
    ),
    ("Les drones houthis ont visé un pétrolier britannique en mer Rouge.", "strike", {"org:houthis", "state:GBR"}),
    # meetings told with roles
    (
        "Le chef de la diplomatie saoudienne a reçu jeudi son homologue iranien à Riyad.",
        "meeting",
        {"person:faycal-ben-farhane", "person:abbas-araghchi"},
    ),
    (
        "La présidente moldave s'est rendue mardi à Bucarest, où elle a rencontré le président roumain.",
        "meeting",
        {"person:maia-sandu", "state:ROU"},
    ),
    # the American foreign minister is the secretary of state, continued by `il` in the next sentence
    (
        "Le chef de la diplomatie américaine est attendu jeudi à Pékin. Il doit y rencontrer son homologue chinois.",
        "meeting",
        {"person:marco-rubio", CHN},
    ),
]


@pytest.mark.parametrize(("text", "kind", "sides"), BOTH_SIDES)
def test_sides_named_apart_are_found(nlp, text, kind, sides):
    assert found(nlp, text, kind, sides), events(nlp, text)


FALSE_FRIENDS = [
    "L'UEFA a infligé jeudi une amende de 80 000 euros à Marseille, sanctionné pour des jets de fumigènes.",
    "Le typhon a frappé mercredi soir la côte nord-est de Taïwan, forçant la fermeture des écoles.",
    "La Commission européenne a infligé lundi une amende de 1,8 milliard d'euros à Apple.",
    "Les salariés des magasins Apple ont entamé une grève pour réclamer des hausses de salaire.",
    "Le milieu de terrain a marqué d'une frappe lointaine lors de la rencontre face à Séville.",
    "Le consulat a retiré son visa au joueur après la bagarre.",
]


LISTED_TARGETS = [
    # the entities on a package's list, told in the next sentence, name whom it hits
    (
        "Le Royaume-Uni a annoncé mardi une nouvelle série de sanctions. Trois banques iraniennes figurent sur "
        "la liste.",
        {"state:GBR", IRN},
    ),
    (
        "L'Union européenne a adopté lundi son dix-septième paquet de sanctions. Plusieurs sociétés chinoises "
        "figurent parmi les entités visées.",
        {EU, CHN},
    ),
]


@pytest.mark.parametrize(("text", "sides"), LISTED_TARGETS)
def test_sides_listed_entities_are_the_target(nlp, text, sides):
    assert found(nlp, text, "sanction", sides), events(nlp, text)


def test_sides_partners_listed_are_no_target(nlp):
    text = "Le Japon a publié mardi sa liste de sanctions. Les pays du G7 figurent parmi ses partenaires."
    assert not any(t == "sanction" and "org:g7" in actors for t, actors in events(nlp, text))


VISA_MEASURES = [
    # a visa withdrawn, a travel ban: measures on the officials of a state
    ("Washington a retiré mardi les visas de plusieurs responsables brésiliens.", {USA, "state:BRA"}),
    (
        "Le département d'État a révoqué vendredi le visa du président colombien Gustavo Petro.",
        {"person:gustavo-petro"},
    ),
]


@pytest.mark.parametrize(("text", "sides"), VISA_MEASURES)
def test_sides_visa_withdrawn_is_a_measure(nlp, text, sides):
    assert found(nlp, text, "sanction", sides), events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "L'Australie a imposé mercredi une interdiction de voyager à cinq dirigeants iraniens.",
        # the noun `voyage`, and the plurals of a ban told for each person
        "La Nouvelle-Zélande a imposé des interdictions de voyage à des responsables militaires birmans.",
        "Le Canada a imposé des interdictions de territoire à des responsables iraniens.",
    ],
)
def test_sides_travel_ban_is_a_measure(nlp, text):
    doc = parse_text(nlp, text, PUBLISHED)
    assert [m.event_type for m in doc._.event_mentions if m.event_type in CORE] == ["sanction"]


STATE_ANAPHORS = [
    # a state told again by a common noun is the acting side
    (
        "Le Japon a durci le ton. L'archipel avait déjà restreint en juillet les exportations vers la Corée du Sud.",
        "sanction",
        {"state:JPN", "state:KOR"},
    ),
    (
        "L'Arabie saoudite a réagi mardi. Le royaume a expulsé l'ambassadeur du Canada.",
        "sanction",
        {"state:SAU", "state:CAN"},
    ),
    # the state named last other than the target
    (
        "Les États-Unis ont imposé des sanctions à l'Iran. Le pays a expulsé mardi deux diplomates britanniques.",
        "sanction",
        {IRN, "state:GBR"},
    ),
]


# a target told by a possessive noun of relation (`son voisin`) is the state named last before it,
# other than the acting side's; one with a demonym of its own (`son allié américain`) is named already
STATE_RELATIONS = [
    (
        "Séoul a dénoncé les mesures. Le Japon a restreint mardi les exportations vers son voisin.",
        "sanction",
        {"state:JPN", "state:KOR"},
    ),
    (
        "Le Pakistan a averti l'Inde. Le lendemain, New Delhi a frappé des camps chez son voisin.",
        "strike",
        {"state:IND", "state:PAK"},
    ),
    (
        "Le Japon a protesté. La Chine a restreint les exportations vers son allié américain.",
        "sanction",
        {"state:CHN", USA},
    ),
]


@pytest.mark.parametrize(("text", "kind", "sides"), STATE_RELATIONS)
def test_sides_target_told_as_a_neighbour_or_ally(nlp, text, kind, sides):
    assert found(nlp, text, kind, sides), events(nlp, text)


@pytest.mark.parametrize(("text", "kind", "sides"), STATE_ANAPHORS)
def test_sides_state_told_again_by_a_noun(nlp, text, kind, sides):
    assert found(nlp, text, kind, sides), events(nlp, text)


HELPED_STATES = [
    # a measure against those who help a state hits that state
    (
        "Les Vingt-Sept ont décidé lundi de sanctionner les entités qui aident la Russie à contourner l'embargo.",
        {EU, RUS},
    ),
    (
        "Le Japon a gelé mardi les avoirs de plusieurs réseaux qui financent le programme nucléaire de la "
        "Corée du Nord.",
        {"state:JPN", "state:PRK"},
    ),
    (
        "Londres a sanctionné mardi une dizaine de sociétés soupçonnées d'armer la Biélorussie.",
        {"state:GBR", "state:BLR"},
    ),
]


@pytest.mark.parametrize(("text", "sides"), HELPED_STATES)
def test_sides_helped_state_is_the_target(nlp, text, sides):
    assert found(nlp, text, "sanction", sides), events(nlp, text)


ACCUSED_ATTACKERS = [
    # a strike told from the side hit, its attacker named by the accusation that follows
    (
        "Un dépôt de munitions a été frappé mardi par des drones dans la région de Koursk. Moscou accuse Kiev "
        "d'avoir mené cette attaque.",
        {"state:UKR", RUS},
    ),
    (
        "Dans la nuit de samedi à dimanche, une raffinerie de Rosneft a été touchée par des drones près de "
        "Samara. Les autorités accusent l'Ukraine.",
        {"state:UKR", "org:rosneft"},
    ),
    ("Un convoi humanitaire a été visé lundi par une frappe près de Gaza. Le Hamas accuse Israël.", {"state:ISR"}),
    # an armed group of the target's own state may be accused
    (
        "Une école a été bombardée mardi dans le nord du Darfour. Le gouvernement soudanais accuse les FSR.",
        {"org:fsr", "state:SDN"},
    ),
    # `mettre en cause X` accuses X; `mettre fin à` does not
    (
        "Un hélicoptère de l'armée colombienne a été abattu mardi par un drone près de Tumaco. Le gouvernement a "
        "mis en cause le Clan del Golfo, qui n'a pas réagi.",
        {"org:clan-del-golfo", "org:col-armee"},
    ),
    # a strike naming no side at all takes the accused as its attacker
    (
        "Un hélicoptère de la police a été abattu mardi par un drone près de Tumaco, tuant neuf agents. Le "
        "gouvernement colombien accuse le Clan del Golfo.",
        {"org:clan-del-golfo"},
    ),
    # the accusation may come past a sentence telling the toll, no other strike
    (
        "Un hélicoptère de l'armée colombienne a été abattu mardi par un drone près de Tumaco. Neuf soldats ont "
        "péri. Le gouvernement a accusé le Clan del Golfo.",
        {"org:clan-del-golfo", "org:col-armee"},
    ),
]


@pytest.mark.parametrize(("text", "sides"), ACCUSED_ATTACKERS)
def test_sides_accused_side_is_the_attacker(nlp, text, sides):
    assert found(nlp, text, "strike", sides), events(nlp, text)


# an accusation of a series (`ces attaques`, markers.csv `series_nouns`) gives its attacker to each strike of the
# few sentences before that names none, the first one included
SERIES = (
    "Des drones ont frappé lundi un dépôt de carburant près de Koursk. Mardi, une sous-station électrique a "
    "été touchée à Belgorod. Le gouverneur a dit que les pompiers étaient sur place. Moscou a attribué ces "
    "attaques à l'Ukraine."
)


def test_sides_accusation_of_a_series_reaches_each_strike(nlp):
    strikes = [actors for kind, actors in events(nlp, SERIES) if kind == "strike"]
    assert strikes == [frozenset({"state:UKR", RUS}), frozenset({"state:UKR", RUS})]


BLOWS_ON_AN_ECONOMY = [
    # a headline's `frapper` whose object is an economy is the sanction the body tells, though the
    # article also reports a real strike
    (
        "Washington frappe le réseau financier de Téhéran. Le Trésor a sanctionné jeudi trois banques "
        "iraniennes. L'Iran avait lancé début octobre une attaque de missiles contre Israël.",
        {("sanction", frozenset({USA, IRN})), ("strike", frozenset({IRN, "state:ISR"}))},
    ),
    (
        "Washington frappe le secteur pétrolier de Caracas. Les États-Unis ont imposé mardi des sanctions au "
        "Venezuela. Des navires vénézuéliens ont été frappés par l'armée américaine.",
        {("sanction", frozenset({USA, "state:VEN"})), ("strike", frozenset({"org:usa-armee", "state:VEN"}))},
    ),
    # a blow on an armed group stays a strike (and `le mouvement` is that group, never the army named after it)
    (
        "Israël frappe le Hezbollah au Liban. L'armée israélienne a visé mardi des dépôts d'armes. Washington a "
        "sanctionné des banquiers du mouvement.",
        {("strike", frozenset({"state:ISR", "state:LBN"})), ("sanction", frozenset({USA, "org:hezbollah"}))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BLOWS_ON_AN_ECONOMY)
def test_sides_blow_on_an_economy_is_a_measure(nlp, text, expected):
    got = events(nlp, text)
    for kind, sides in expected:
        assert any(t == kind and sides <= actors for t, actors in got), got
    assert {t for t, _ in got} == {kind for kind, _ in expected}, got


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_sides_false_friends_give_no_event(nlp, text):
    assert events(nlp, text) == []


# Rule (s64): a firm named right after goods (`les motos Harley-Davidson`, `les avions Boeing`; branded_goods
# in markers.csv) is their brand, no side of the measure; a firm the knowledge base places in a state gives
# that state as the side hit. A firm named as such (`le constructeur Lockheed Martin`) is still hit.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pékin a imposé vendredi des droits de 15 % sur les avions Boeing.", [("sanction", frozenset({CHN, USA}))]),
        ("Pékin a sanctionné vendredi le constructeur Boeing.", [("sanction", frozenset({CHN, "org:boeing"}))]),
        ("L'Inde a taxé vendredi les motos Harley-Davidson.", []),
    ],
)
def test_sides_brand_of_goods_is_no_side(nlp, text, expected):
    assert events(nlp, text) == expected


# Rule (s64): an adjective the parser hung on the measure noun but told after its goods, agreeing with them
# and not with the measure (`des surtaxes ... sur les véhicules électriques chinois`), names the goods' state,
# hit; `européennes` on the measure names the Union as imposer when the article names one of its bodies.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Commission européenne a présenté mardi un plan pour l'acier. Le mois dernier, Pékin avait imposé "
            "des droits sur le porc européen, en représailles aux surtaxes européennes sur les véhicules "
            "électriques chinois décidées l'an dernier.",
            {("sanction", CHN, EU), ("sanction", EU, CHN)},
        ),
    ],
)
def test_sides_adjective_of_goods_hung_on_the_measure(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    assert {
        (m.event_type, m.source_actor, m.target_actor) for m in doc._.event_mentions if m.event_type in CORE
    } == expected


# Rule (s64): a strike noun told some time before the clause's (`une semaine après une attaque à Douma`) is an
# earlier strike: it takes no side from the clause's strike and is not merged with it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les États-Unis et la France ont frappé samedi des sites en Syrie, une semaine après une attaque "
            "chimique présumée à Douma.",
            [("strike", frozenset({USA, "state:FRA", "state:SYR"}))],
        ),
    ],
)
def test_sides_earlier_strike_under_a_time_span_is_apart(nlp, text, expected):
    assert events(nlp, text) == expected


# Rule (s65): the act a strike answers, told with a possessive (`en représailles à leurs attaques`), is the act
# of those the strike hit; when it names what it aimed at (`contre la navigation`), neither the side that
# answers nor a name near it is its target, and it gives no row of its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les États-Unis ont bombardé les rebelles houthis en représailles à leurs attaques.",
            {("strike", USA, "org:houthis"), ("strike", "org:houthis", USA)},
        ),
        # ... also when the parser hangs the phrase on the verb's object
        (
            "Les États-Unis ont bombardé mardi les positions des rebelles houthis en représailles à leurs attaques.",
            {("strike", USA, "org:houthis"), ("strike", "org:houthis", USA)},
        ),
        (
            "Les États-Unis ont frappé lundi des cibles des rebelles houthis au Yémen, en réponse à leurs attaques "
            "contre la navigation commerciale.",
            {("strike", USA, "org:houthis"), ("strike", "org:houthis", None)},
        ),
    ],
)
def test_sides_possessive_of_the_act_answered_is_the_side_struck(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    assert {(m.event_type, m.source_actor, m.target_actor) for m in doc._.event_mentions} == expected


# Rule (s65): a place of the gazetteer of several words (`Aïn al-Assad`, a base in Iraq) names that place, not the
# person of the knowledge base whose name it ends on, whether the NER reads it whole or not.
@pytest.mark.parametrize(
    "text",
    [
        "L'Iran a tiré mercredi des missiles sur la base américaine d'Aïn al-Assad, en Irak.",
        "Téhéran a tiré mercredi des missiles contre des soldats américains à Aïn al-Assad.",
    ],
)
def test_sides_place_ending_on_a_known_name_is_no_party(nlp, text):
    assert all("person:bachar-al-assad" not in actors for _, actors in events(nlp, text))


# Rule (s65): `sur ordre de X`, `sur instruction de X` (`order` in markers.csv) names who ordered a strike or a
# measure, its initiator's side: never its target, wherever the parser hangs the phrase.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Des drones américains ont frappé jeudi un convoi près de Bagdad sur ordre de Donald Trump.",
            {("strike", USA, "state:IRQ")},
        ),
        (
            "Une frappe de drone américaine a tué jeudi un général iranien près de Bagdad, sur ordre de Donald Trump.",
            {("strike", "person:donald-trump", IRN)},
        ),
    ],
)
def test_sides_who_ordered_the_act_is_its_initiator(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    assert {(m.event_type, m.source_actor, m.target_actor) for m in doc._.event_mentions} == expected

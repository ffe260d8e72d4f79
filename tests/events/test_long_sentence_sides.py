"""A sanction's imposer and target inside a long sentence (s37-sides).

Each row is a sentence written for this test where one side of a measure sits away from it: the
subject of the main verb over a gerund (`X a riposté en imposant ...`), the subject and the object of a
verb of warning or informing over the clause that holds the measure (`X a averti Y que des sanctions
seraient imposées`), a relative clause of the object, the agent of a passive in a complement clause, or
the end of a long nominal chain. The rows run the full pipeline and merge the mentions as `make extract`
does; a row gives exactly the expected sides, and false friends give no sanction with the side named.
Marked slow.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.agreement import affiliation_links, state_links
from pipeline.events.merge import merge_events
from pipeline.nlp.pipeline import parse_text

PUBLISHED = date(2025, 3, 12)  # a Wednesday

pytestmark = pytest.mark.slow

USA, CHN, RUS, EU, IRN = "state:USA", "state:CHN", "state:RUS", "org:ue", "state:IRN"


def sanctions(nlp, text: str) -> list[frozenset[str]]:
    """The actor ids of each sanction the text gives once its mentions are merged."""
    doc = parse_text(nlp, text, PUBLISHED)
    actors = doc._.actors or {}
    merged = merge_events(doc._.event_mentions, affiliations=affiliation_links(actors), links=state_links(actors))
    return [frozenset(e.actors) for e in merged if e.event_type == "sanction"]


def unfixed(*row):
    return pytest.param(*row, marks=pytest.mark.xfail(reason="side not read yet", strict=True))


GERUNDS = [
    # the imposer is the subject of the main verb, the measure a gerund under it, a third state named after
    (
        "Pékin a riposté mardi en imposant des droits de douane de 15 % sur le soja américain, après que le "
        "Canada a bloqué les importations de canola chinois.",
        {CHN, USA},
    ),
    (
        "Moscou a répondu aux mesures de Berlin en expulsant quatre diplomates allemands, après que la Pologne "
        "a fermé un consulat russe.",
        {RUS, "state:DEU"},
    ),
    (
        "La Russie a répliqué en interdisant les importations de fruits et légumes en provenance de l'Union "
        "européenne, après que Bruxelles a gelé les avoirs de plusieurs banques russes.",
        {RUS, EU},
    ),
    # the parser hangs the gerund on a noun of the clause (`acl`): `en` still makes it the subject's act
    (
        "Le Japon a réagi aux essais nord-coréens en gelant les avoirs de onze entités liées à Pyongyang, a "
        "annoncé le gouvernement.",
        {"state:JPN", "state:PRK"},
    ),
    (
        "Washington a riposté jeudi pour punir Pékin, en ajoutant vingt entreprises chinoises à sa liste noire.",
        {USA, CHN},
    ),
    # the gerund after the comma closing a subordinate clause is the main clause's act, not that clause's
    (
        "La Chine a riposté mercredi, après que les États-Unis ont relevé leurs droits de douane, en sanctionnant "
        "sept entreprises américaines de défense qui vendent des armes à Taïwan.",
        {CHN, USA},
    ),
    # the gerund hung under an infinitive's object, or tagged a noun, still shares the main subject
    (
        "Le président américain a réagi à la décision de Pékin de limiter ses exportations de terres rares en "
        "imposant des droits de douane supplémentaires de 100 % sur les produits chinois.",
        {"person:donald-trump", CHN},
    ),
    # the gerund on a participle of a noun, or joined to a noun of the gerund before it
    (
        "Washington a réagi à l'attaque attribuée à l'Iran en ajoutant à sa liste noire six sociétés chinoises "
        "accusées de fournir des pièces de drones à Téhéran.",
        {USA, CHN},
    ),
    (
        "L'Inde a riposté, quelques heures après que le Pakistan a fermé son espace aérien, en suspendant le traité "
        "sur les eaux de l'Indus et en expulsant les attachés militaires pakistanais.",
        {"state:IND", "state:PAK"},
    ),
    (
        "Téhéran a répondu aux sanctions britanniques en sanctionnant à son tour plusieurs responsables "
        "britanniques et des entités liées au gouvernement de Londres.",
        {IRN, "state:GBR"},
    ),
]


@pytest.mark.parametrize(("text", "sides"), GERUNDS)
def test_long_sides_gerund_shares_the_subject(nlp, text, sides):
    assert frozenset(sides) in sanctions(nlp, text), sanctions(nlp, text)


WARNINGS = [
    # the one who warns or informs imposes the measure of its complement, the one warned is hit
    (
        "Washington a averti Pékin que des sanctions seraient imposées si la Chine livrait des armes à la Russie.",
        {USA, CHN},
    ),
    ("Berlin a prévenu Moscou que de nouvelles sanctions seraient adoptées.", {"state:DEU", RUS}),
    (
        "Les États-Unis ont averti l'Inde qu'ils pourraient imposer des droits de douane supplémentaires.",
        {USA, "state:IND"},
    ),
    ("Le Royaume-Uni a informé l'Iran de sa décision d'expulser trois diplomates iraniens.", {"state:GBR", IRN}),
    (
        "La France a notifié à l'Algérie sa décision d'expulser douze agents consulaires algériens.",
        {"state:FRA", "state:DZA"},
    ),
    (
        "Le Canada a averti mardi le Venezuela que des sanctions visant ses dirigeants seraient décidées dans "
        "les prochains jours.",
        {"state:CAN", "state:VEN"},
    ),
]


@pytest.mark.parametrize(("text", "sides"), WARNINGS)
def test_long_sides_warner_imposes_on_the_warned(nlp, text, sides):
    assert frozenset(sides) in sanctions(nlp, text), sanctions(nlp, text)


WARNING_FALSE_FRIENDS = [
    # a measure talked about, or taken by a third party, is not the warner's on the warned
    ("Le Kremlin a averti Washington que les sanctions occidentales échoueraient.", "state:USA"),
    (
        "Le ministre russe a informé son homologue chinois que les États-Unis avaient imposé des sanctions à "
        "la Corée du Nord.",
        CHN,
    ),
    ("L'Iran a averti l'Union européenne que de nouvelles sanctions américaines seraient contre-productives.", EU),
    ("Moscou a averti Berlin que l'expulsion de diplomates russes appellerait une réponse.", "state:DEU"),
]


@pytest.mark.parametrize(("text", "warned"), WARNING_FALSE_FRIENDS)
def test_long_sides_warned_party_of_another_measure_is_no_side(nlp, text, warned):
    assert not any(warned in sides for sides in sanctions(nlp, text)), sanctions(nlp, text)


DEEP_SIDES = [
    # the target named at the end of a nominal chain or as the agent of a passive in a complement clause
    (
        "Le Japon a adopté des sanctions et des restrictions visant à empêcher des entreprises d'aider la Russie "
        "à acquérir des armes.",
        {"state:JPN", RUS},
    ),
    ("Le Canada a imposé des sanctions visant à empêcher l'Iran de financer des groupes armés.", {"state:CAN", IRN}),
    # the one a measure is meant to stop, in a clause of purpose on it or on the verb imposing it
    (
        "Washington a imposé des restrictions à l'exportation destinées à empêcher la Chine d'acquérir des puces "
        "avancées.",
        {USA, CHN},
    ),
    (
        "Le Japon a gelé les avoirs de plusieurs sociétés afin d'empêcher la Corée du Nord de financer son "
        "programme balistique.",
        {"state:JPN", "state:PRK"},
    ),
    # a measure naming its target keeps it alone
    ("Washington a imposé des sanctions à l'Iran pour empêcher la Chine d'acheter son pétrole.", {USA, IRN}),
    # the firms hit are tied to the target in a clause on them or on the verb (`estimant qu'elles ...`)
    (
        "Le Trésor américain a sanctionné jeudi six sociétés dont il estime qu'elles sont financées par l'Iran.",
        {"org:tresor-americain", IRN},
    ),
    ("L'Union européenne a sanctionné cinq entreprises, estimant qu'elles sont contrôlées par la Russie.", {EU, RUS}),
    (
        "Londres a gelé les avoirs de quatre sociétés qui sont financées par la Corée du Nord, selon le Trésor "
        "britannique.",
        {"state:GBR", "state:PRK"},
    ),
    (
        "Washington a gelé les avoirs de trois sociétés de transport maritime, affirmant qu'elles sont détenues "
        "par des proches du pouvoir iranien.",
        {USA, IRN},
    ),
    # a target named by the measure itself is kept: the backer of the people hit is no side
    (
        "Washington a sanctionné trois dirigeants vénézuéliens, estimant qu'ils sont soutenus par Cuba.",
        {USA, "state:VEN"},
    ),
    # the imposer in a relative clause of the measure's object or of the list
    unfixed("Les sociétés iraniennes figurent sur la liste que le Royaume-Uni a publiée mardi.", {"state:GBR", IRN}),
]


@pytest.mark.parametrize(("text", "sides"), DEEP_SIDES)
def test_long_sides_deep_side_is_read(nlp, text, sides):
    assert frozenset(sides) in sanctions(nlp, text), sanctions(nlp, text)


def mention_sides(nlp, text: str) -> list[tuple[str | None, str | None]]:
    """(source, target) of each sanction mention of the text."""
    doc = parse_text(nlp, text, PUBLISHED)
    return [(m.source_actor, m.target_actor) for m in doc._.event_mentions if m.event_type == "sanction"]


RELATIVES_ON_THE_HIT = [
    # who imposed what a measure hits, told in a clause on it, imposes; whose goods they are is hit
    ("La mesure frappait les produits que les États-Unis avaient placés sous embargo en 2019.", USA, None),
    ("La surtaxe visait les entreprises que Washington avait inscrites sur sa liste l'année précédente.", USA, None),
    ("Les taxes frappaient les voitures électriques que la Chine exportait vers l'Union européenne.", None, CHN),
    (
        "L'embargo décrété par la Cédéao frappait les produits que le Niger importait du Bénin et du Nigeria.",
        "org:cedeao",
        "state:NER",
    ),
]


@pytest.mark.parametrize(("text", "source", "target"), RELATIVES_ON_THE_HIT)
def test_long_sides_relative_on_the_hit(nlp, text, source, target):
    assert (source, target) in mention_sides(nlp, text), mention_sides(nlp, text)


ENTRY_BANS = [
    # who may not enter, in the `à` phrase hung on the entry noun; the place closed is no side
    (
        "La Russie a riposté samedi en interdisant l'entrée sur son territoire à cinq cents citoyens américains, "
        "dont d'anciens responsables.",
        {RUS, USA},
    ),
    ("Le Kremlin a interdit l'entrée en Russie à vingt parlementaires britanniques.", {RUS, "state:GBR"}),
]


@pytest.mark.parametrize(("text", "sides"), ENTRY_BANS)
def test_long_sides_entry_ban_hits_who_may_not_enter(nlp, text, sides):
    assert frozenset(sides) in sanctions(nlp, text), sanctions(nlp, text)

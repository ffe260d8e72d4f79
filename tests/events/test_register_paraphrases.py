"""Constructions of real wire copy and translated news (s35-register), each in a sentence of its own.

Each row is a short text written for this test and the core mentions it must give: type and the set
of participants. The texts run the full pipeline, so they are marked slow.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.pipeline import parse_text

PUBLISHED = date(2025, 3, 12)  # a Wednesday

pytestmark = pytest.mark.slow


def core(nlp, text: str) -> set[tuple[str, frozenset[str]]]:
    """(type, participants) of each core mention of a text."""
    doc = parse_text(nlp, text, PUBLISHED)
    kinds = {"call", "meeting", "strike", "sanction"}
    return {(m.event_type, frozenset(m.actors)) for m in doc._.event_mentions if m.event_type in kinds}


ZELENSKY, MERZ, MODI, PUTIN = (
    "person:volodymyr-zelensky",
    "person:friedrich-merz",
    "person:narendra-modi",
    "person:vladimir-poutine",
)

TOLD = [
    # a speaker who tells what they did (`a indiqué s'être entretenu`) is one of `les deux dirigeants`
    (
        "Le président ukrainien Volodymyr Zelensky a indiqué s'être entretenu au téléphone avec le chancelier "
        "allemand Friedrich Merz. Les deux dirigeants doivent se retrouver mercredi à Berlin.",
        ("meeting", {ZELENSKY, MERZ}),
    ),
    # a state at the end of a party's or movement's name is part of the name, no side of its own
    (
        "Sept missiles ont été tirés samedi sur les locaux du Parti démocratique du Kurdistan d'Iran.",
        ("strike", {"org:parti-democratique-du-kurdistan-d-iran"}),
    ),
    (
        "Le Front de libération nationale de l'Azawad a attaqué mardi un camp de l'armée malienne.",
        ("strike", {"org:front-de-liberation-nationale-de-l-azawad", "org:mli-armee"}),
    ),
    # `il` after a quote and its inverted speaker (`», a justifié le chef du gouvernement, où il`) is
    # that speaker, not a name inside the quote
    (
        "Le Premier ministre canadien Justin Trudeau a annoncé lundi une surtaxe sur les voitures chinoises. "
        "« Des pays comme la Chine trichent », a justifié le chef du gouvernement à Halifax, où il avait "
        "reçu dimanche le conseiller américain Jake Sullivan.",
        ("meeting", {"person:justin-trudeau", "person:jake-sullivan"}),
    ),
    # the object pronoun of an order to leave (`lui a ordonné de quitter le territoire`) is the envoy named before
    (
        "L'ambassadeur de France au Niger, Sylvain Itté, est rentré à Paris. Le diplomate vivait reclus depuis "
        "que la junte nigérienne lui avait ordonné de quitter le territoire sous quarante-huit heures.",
        ("sanction", {"state:NER", "person:sylvain-itte"}),
    ),
    # goods coordinated in a measure's `sur` phrase share the demonym after the last one
    (
        "Pékin a aussitôt répliqué en annonçant des droits de douane de 15 % sur le charbon et le gaz "
        "naturel liquéfié américains.",
        ("sanction", {"state:CHN", "state:USA"}),
    ),
    (
        "Ottawa a imposé mardi des surtaxes de 25 % sur le bois et le papier américains.",
        ("sanction", {"state:CAN", "state:USA"}),
    ),
    (
        "Le Premier ministre indien Narendra Modi a dit avoir parlé avec le président russe Vladimir Poutine. "
        "Les deux hommes doivent se voir en juillet à Moscou.",
        ("meeting", {MODI, PUTIN}),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_register_mention_found(nlp, text, expected):
    kind, actors = expected
    assert (kind, frozenset(actors)) in core(nlp, text)


NOT_A_SIDE = [
    # the demonym of an opposition names the state's opponents, not the state
    ("L'armée turque a bombardé samedi le siège d'un parti d'opposition kurde iranien.", "state:IRN"),
    ("Des drones turcs ont frappé mardi un camp de dissidents iraniens.", "state:IRN"),
    ("Sept missiles ont été tirés samedi sur les locaux du Parti démocratique du Kurdistan d'Iran.", "state:IRN"),
]


@pytest.mark.parametrize(("text", "actor"), NOT_A_SIDE)
def test_register_not_a_side(nlp, text, actor):
    found = core(nlp, text)
    assert found
    assert all(actor not in actors for _, actors in found)


@pytest.mark.parametrize(
    "text",
    [
        "Le gel des avoirs de l'État a été décidé mardi. Une embuscade de l'État islamique a tué dix soldats.",
        "L'État a saisi les avoirs du groupe. L'État islamique a revendiqué l'attaque.",
    ],
)
def test_register_state_noun_is_no_short_name(nlp, text):
    """`l'État` is the state's common noun, never the short form of `l'État islamique` named beside it."""
    doc = parse_text(nlp, text, PUBLISHED)
    assert [s.text for s in doc.spans["actors"] if s._.actor_id == "org:etat-islamique"] == ["État islamique"]


NO_STRIKE = [
    # `viser` under the frame noun of a measure (`un volet de sanctions visant`) targets, it does not strike
    "Ces tirs interviennent alors que Washington s'apprête à rétablir un second volet de sanctions "
    "visant le pétrole iranien.",
    "Les frappes se poursuivent alors que l'UE prépare un nouveau paquet de sanctions visant les banques russes.",
]


@pytest.mark.parametrize("text", NO_STRIKE)
def test_register_measure_frame_is_no_strike(nlp, text):
    doc = parse_text(nlp, text, PUBLISHED)
    assert not [m for m in doc._.event_mentions if m.event_type == "strike" and m.trigger.startswith("vis")]

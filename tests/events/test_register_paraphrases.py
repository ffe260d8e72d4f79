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

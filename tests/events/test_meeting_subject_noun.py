"""Talks told with the talk noun as subject and the sides spread over the clause (s37-meet).

Each row is one short sentence written for this test, with the exact sides expected: the partner
in an `avec` phrase and the other side as the teller of a reporting incise (`La rencontre avec X a
été constructive, a déclaré Y`), however the parser hangs the incise and its inverted subject; a
reflexive participle tagged as an adjective (`se sont ouvertes`); names after the comma of a
fronted phrase (`Sous la médiation du Qatar, X et Y ont repris`). The false friends keep no talk: a
teller of the partner's own state, a possessive talk noun, doors that open, a training resumed, a
traveller home.
They run the full pipeline, so they are marked slow.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.merge import merge_events
from pipeline.nlp.pipeline import parse_text

PUBLISHED = date(2025, 10, 24)  # a Friday

pytestmark = pytest.mark.slow

POUTINE, MODI, TRUMP = "person:vladimir-poutine", "person:narendra-modi", "person:donald-trump"
ZELENSKY = "person:volodymyr-zelensky"
LAVROV, RUBIO = "person:serguei-lavrov", "person:marco-rubio"
HAMAS = "org:hamas"


def kept_talks(nlp, text: str) -> list[frozenset[str]]:
    """The participants of each call or meeting the text keeps after merging."""
    doc = parse_text(nlp, text, PUBLISHED)
    return [frozenset(e.actors) for e in merge_events(doc._.event_mentions) if e.event_type in {"call", "meeting"}]


@pytest.mark.parametrize(
    "text, sides",
    [
        # the teller of an incise held the talks with the partner (arguments._incise_teller)
        ("La rencontre avec Sergueï Lavrov a été constructive, a déclaré Marco Rubio.", {LAVROV, RUBIO}),
        ("La rencontre s'est déroulée mardi à Genève avec Sergueï Lavrov, a indiqué Marco Rubio.", {LAVROV, RUBIO}),
        ("L'entretien avec Vladimir Poutine a duré deux heures, a indiqué Narendra Modi.", {POUTINE, MODI}),
        ("Le tête-à-tête avec Vladimir Poutine a duré deux heures, a indiqué Narendra Modi.", {POUTINE, MODI}),
        (
            "Une rencontre est prévue jeudi avec Xi Jinping, a annoncé Emmanuel Macron.",
            {"person:xi-jinping", "person:emmanuel-macron"},
        ),
        (
            "Les discussions avec l'Iran reprendront jeudi à Oman, a annoncé la Maison Blanche.",
            {"state:IRN", "state:USA"},
        ),
        ("Un entretien téléphonique avec Vladimir Poutine est prévu jeudi, a annoncé Donald Trump.", {POUTINE, TRUMP}),
        # a reflexive participle the tagger made an adjective still governs the talk noun (arguments._light_verb)
        ("Les discussions se sont ouvertes mardi à Genève entre les États-Unis et l'Iran.", {"state:USA", "state:IRN"}),
        (
            "Les négociations se sont ouvertes mardi avec l'Iran, a annoncé la Maison Blanche.",
            {"state:USA", "state:IRN"},
        ),
        # names after the comma of a fronted phrase are the subject (arguments._subjects_in_fronted_phrase)
        (
            "Sous la médiation du Qatar, Israël et le Hamas ont repris mardi les discussions à Doha.",
            {"state:ISR", HAMAS},
        ),
        ("À Doha, Israël et le Hamas ont repris mardi les discussions.", {"state:ISR", HAMAS}),
        # ... also when the parser makes the fronted phrase the root and the verb its conjunct
        (
            "Sous l'égide de la Turquie, la Russie et l'Ukraine ont repris mardi les négociations à Istanbul.",
            {"state:RUS", "state:UKR"},
        ),
        # a talk noun with one side, told after a journey to a place, is the traveller's (clauses.arrived_traveller)
        (
            "Emmanuel Macron est arrivé mardi à Pékin. La rencontre a eu lieu dans l'après-midi avec Xi Jinping.",
            {"person:emmanuel-macron", "person:xi-jinping"},
        ),
        (
            "Antony Blinken est arrivé mardi au Caire. Les discussions se sont poursuivies mercredi avec le président "
            "Abdel Fattah al-Sissi.",
            {"person:antony-blinken", "person:abdel-fattah-al-sissi"},
        ),
        (
            "Narendra Modi a atterri mardi à Moscou. L'entretien avec Vladimir Poutine a duré trois heures.",
            {MODI, POUTINE},
        ),
        # ... also when that side is told by a title that names a person and the state they hold office for
        (
            "Le chancelier allemand est arrivé mardi soir à Varsovie. L'entrevue avec le président polonais, "
            "mercredi matin, a duré deux heures.",
            {"person:friedrich-merz", "person:karol-nawrocki"},
        ),
        # ... and so is a definite talk noun of occasion whose one side is the clause's subject
        (
            "Volodymyr Zelensky est arrivé mardi à Washington. Lors de la rencontre, Donald Trump a promis de "
            "nouvelles livraisons d'armes.",
            {ZELENSKY, TRUMP},
        ),
    ],
)
def test_talk_noun_subject_names_both_sides(nlp, text, sides):
    found = kept_talks(nlp, text)
    assert any(sides <= actors for actors in found), found


@pytest.mark.parametrize(
    "text",
    [
        # an aide of the partner's state tells of a guest's talks with his president: no talk of his
        "La rencontre avec Vladimir Poutine a duré près de trois heures, a indiqué le conseiller Iouri Ouchakov.",
        # a possessive names someone told before, not the teller
        "Sa rencontre avec Vladimir Poutine a duré deux heures, a indiqué Narendra Modi.",
        "La rencontre avec les supporters a été chaleureuse, a raconté l'entraîneur.",
        "Les portes se sont ouvertes mardi à Genève entre les États-Unis et l'Iran.",
        "Sous la pluie, le PSG et Lyon ont repris mardi l'entraînement.",
        # a traveller of the partner's own state does not meet him for the journey
        "Vladimir Poutine est arrivé mardi à Moscou. La rencontre avec Sergueï Lavrov a duré une heure.",
        "Emmanuel Macron est arrivé mardi à Lyon. La rencontre avec les supporters a été chaleureuse.",
    ],
)
def test_talk_noun_false_friend_keeps_no_talk(nlp, text):
    assert kept_talks(nlp, text) == []

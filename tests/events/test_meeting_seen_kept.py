"""Meetings whose trigger is seen but whose mention used to be lost (s35-meet).

Each row is one short sentence written for this test, with the participants the meeting must name:
a trigger voided by a word of a participant's relative clause, a subject set off by a stressed
pronoun, a coordinated subject fronted by a nominal meeting; then look-alikes that must give no
call and no meeting. They run the full pipeline, so they are marked slow.
"""

from __future__ import annotations

import pytest

from tests.events.test_meeting_paraphrases import has_meeting, talks

pytestmark = pytest.mark.slow

ARAGHCHI, HAITHAM = "person:abbas-araghchi", "person:haitham-ben-tarek"
XI, POUTINE = "person:xi-jinping", "person:vladimir-poutine"
LULA, RAMAPHOSA = "person:luiz-inacio-lula-da-silva", "person:cyril-ramaphosa"
ERDOGAN, ALIYEV = "person:recep-tayyip-erdogan", "person:ilham-aliyev"


@pytest.mark.parametrize(
    "text, sides",
    [
        # a forbidden word inside a participant's relative clause, hung by the parser on the verb
        # (triggers._in_relative_aside): `lettre` is what the visitor handed over, not what he received
        (
            "Abbas Araghchi a été reçu mardi par le sultan Haïtham ben Tariq, à qui il a remis une lettre.",
            {ARAGHCHI, HAITHAM},
        ),
        (
            "Vladimir Poutine a reçu mardi Xi Jinping, qui lui a apporté un message de soutien.",
            {XI, POUTINE},
        ),
        # a bare or indefinite talk noun in a phrase of occasion is the talk of the clause's subject
        # and of whom the verb addresses (arguments._occasion_sides)
        (
            "En tête-à-tête jeudi, le président brésilien Lula et le président sud-africain Cyril Ramaphosa "
            "ont convenu de renforcer leur coopération.",
            {LULA, RAMAPHOSA},
        ),
        (
            "En réunion mardi à Ankara, le président turc Recep Tayyip Erdogan et le président azerbaïdjanais "
            "Ilham Aliyev ont signé un accord gazier.",
            {ERDOGAN, ALIYEV},
        ),
        # a stressed pronoun between the auxiliary and the participle (models/nlp/inserted_phrases.txt)
        ("Vladimir Poutine a, lui, rencontré mardi Xi Jinping à Pékin.", {XI, POUTINE}),
        (
            "Les chefs de la diplomatie thaïlandaise et singapourienne ont, eux, tenu mercredi leur première "
            "session de dialogue stratégique.",
            {"state:THA", "state:SGP"},
        ),
        # a modal cut from its infinitive by `pour sa part` (models/nlp/inserted_phrases.txt, inserts.MODALS)
        (
            "Le chancelier, Friedrich Merz, doit pour sa part recevoir jeudi à Berlin son homologue polonais, "
            "Donald Tusk, a annoncé son porte-parole.",
            {"person:friedrich-merz", "person:donald-tusk"},
        ),
        # `échanger` with no object, said of delegations, is talking (triggers.csv meet_echanger_delegations)
        (
            "Les délégations russe et ukrainienne ont échangé vendredi pendant deux heures à Istanbul.",
            {"state:RUS", "state:UKR"},
        ),
        # a `session` or `round` of dialogue is a meeting (triggers.csv meet_dialogue_held)
        (
            "Washington et Tokyo ont tenu mardi leur session de dialogue stratégique annuelle.",
            {"state:USA", "state:JPN"},
        ),
    ],
)
def test_meeting_seen_is_kept(nlp, text, sides):
    found = talks(nlp, text)
    assert has_meeting(found, sides), found


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a reçu mardi une lettre de menaces, qu'il a transmise à la police.",
        "La romancière a reçu mardi le prix Goncourt, qui lui a été remis à Paris.",
        "Les délégations russe et ukrainienne ont échangé vendredi des prisonniers de guerre.",
        "Le gouvernement a ouvert mardi une session de dialogue national avec les syndicats.",
        # a guided or tourist visit of a place (triggers.csv meet_visite forbids `guidée`, `touristique`)
        "Les touristes ont suivi mardi une visite guidée du Kremlin.",
        "Une visite touristique de Pékin a été organisée mardi pour les délégués.",
    ],
)
def test_meeting_false_friend_gives_no_talk(nlp, text):
    assert talks(nlp, text) == []

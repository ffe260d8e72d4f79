"""How regional wire copy names sides by their titles, answers a blow in the same sentence and sets dates aside
(s40 probe sets, second pass).

Each row is one sentence or short passage written for this test. `les deux dirigeants` sums up a pair
joined as `A et le chef de ... par intérim, B,` even where the parser hangs the second name elsewhere; an army
named before counts for its state in `les généraux des deux armées`; a riposte answers a blow told earlier in
its own sentence; `à ce jour` (up to now) dates nothing; a day set off after `après leur rencontre` is that
meeting's. They run the full pipeline, so they are marked slow.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.merge import merge_events
from pipeline.nlp.pipeline import parse_text
from tests.events.core_sides import core_mentions, core_sides

PUBLISHED = date(2025, 6, 10)  # a Tuesday

pytestmark = pytest.mark.slow

ARM, AZE, IND, PAK = "state:ARM", "state:AZE", "state:IND", "state:PAK"


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Réunis jeudi à Doha, la capitale du Qatar, le président rwandais Paul Kagame et le chef de l'État "
            "congolais par intérim, Félix Tshisekedi, ont signé une trêve. Le texte a été salué par l'Union "
            "africaine. Les combats avaient fait des centaines de morts. Samedi, le président américain avait "
            "téléphoné successivement aux deux dirigeants.",
            [("person:donald-trump", "person:paul-kagame"), ("person:donald-trump", "person:felix-tshisekedi")],
        ),
    ],
)
def test_the_two_leaders_sum_up_a_titled_pair(nlp, text, expected):
    calls = [m for m in core_mentions(nlp, text, PUBLISHED) if m.event_type == "call"]
    assert [tuple(a for a in m.actors if a.startswith("person:")) for m in calls] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Mercredi, l'armée arménienne a accusé les soldats azerbaïdjanais d'avoir tiré sur un poste frontalier. "
            "Les généraux des deux armées se sont réunis dans l'après-midi.",
            {ARM, AZE},
        ),
    ],
)
def test_an_army_named_before_counts_for_its_state(nlp, text, expected):
    meetings = [m for m in core_mentions(nlp, text, PUBLISHED) if m.event_type == "meeting"]
    assert [set(m.actors) for m in meetings] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Mardi, des obus tirés depuis le Pakistan ont frappé un village indien, et New Delhi a riposté en "
            "pilonnant des camps.",
            {("strike", PAK, IND), ("strike", IND, PAK)},
        ),
    ],
)
def test_a_riposte_answers_the_blow_told_before_it_in_its_sentence(nlp, text, expected):
    assert core_sides(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # `à ce jour`: up to now, no day
        (
            "L'attaque de drones contre la base, qui a fait trois morts, n'a, à ce jour, été revendiquée par personne.",
            None,
        ),
        # a day set off after `après leur ... rencontre` is that meeting's, not the one told by the main verb
        (
            "Recep Tayyip Erdogan et Vladimir Poutine se sont revus à Sotchi, trois mois après leur précédente "
            "rencontre, le 4 mars, dans le même format.",
            None,
        ),
    ],
)
def test_a_day_of_another_time_does_not_date_the_event(nlp, text, expected):
    first = core_mentions(nlp, text, PUBLISHED)[0]
    assert (first.date.start if first.date else None) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the one received goes on to meet another, even when the parser tags him `nsubj` of the passive
        (
            "Le ministre iranien des Affaires étrangères, Abbas Araghchi, avait été reçu le 5 mai à Islamabad par "
            "le Premier ministre Shehbaz Sharif, avant de retrouver trois jours plus tard à New Delhi son "
            "homologue indien.",
            ["person:abbas-araghchi", "person:subrahmanyam-jaishankar"],
        ),
        # dialling a counterpart's number is a call
        (
            "Samedi, le chef de la diplomatie américaine a composé le numéro de son homologue chinois, Wang Yi.",
            ["person:marco-rubio", "person:wang-yi"],
        ),
    ],
)
def test_the_second_talk_of_a_journey_and_a_dialled_call(nlp, text, expected):
    last = core_mentions(nlp, text, PUBLISHED)[-1]
    assert [a for a in last.actors if a.startswith("person:")] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a summit the relative clause says one was to hold with another: both take part
        (
            "Le président américain a annulé le sommet qu'il devait tenir le 12 juin à Singapour avec Kim Jong-un.",
            {"person:donald-trump", "person:kim-jong-un"},
        ),
    ],
)
def test_a_talk_held_in_a_modal_relative_names_both_sides(nlp, text, expected):
    (summit,) = core_mentions(nlp, text, date(2018, 5, 25))
    assert set(summit.actors) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # told as a riposte, a measure naming its imposer alone hits whoever hit that imposer last, not the
        # imposer's own latest target
        (
            "Le 3 mars, l'Union européenne a imposé des droits de douane sur l'acier chinois. Le 5 mars, Pékin a "
            "sanctionné deux banques lituaniennes. La riposte est tombée le 9 mars : Pékin a à son tour exclu les "
            "groupes européens de ses marchés publics.",
            ("state:CHN", "org:ue"),
        ),
    ],
)
def test_a_measure_told_as_a_riposte_hits_the_one_who_struck_first(nlp, text, expected):
    last = core_mentions(nlp, text, PUBLISHED)[-1]
    assert (last.source_actor, last.target_actor) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # who was where the meeting took place (`où X et Y se sont séparés`) took part in it
        (
            "Les pourparlers étaient gelés depuis l'échec de la rencontre du 3 mai à Genève, où le président "
            "arménien et le président azerbaïdjanais s'étaient séparés sans accord.",
            {"state:ARM", "person:ilham-aliyev"},
        ),
    ],
)
def test_those_present_where_a_meeting_took_place_take_part(nlp, text, expected):
    meeting = next(m for m in core_mentions(nlp, text, PUBLISHED) if m.trigger == "rencontre")
    assert set(meeting.actors) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the one whose right-hand man is met takes no part (his name split by the parser or not)
        (
            "Le chef de la diplomatie sud-coréenne a achevé samedi deux jours de discussions avec le bras droit "
            "de Kim Jong-un, Kim Yong-chol.",
            {"person:cho-tae-yul", "person:kim-yong-chol"},
        ),
    ],
)
def test_the_one_whose_right_hand_man_is_met_takes_no_part(nlp, text, expected):
    (meeting,) = core_mentions(nlp, text, PUBLISHED)
    assert set(meeting.actors) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # `Au téléphone lundi avec X, Y a ...`: a call, with the subject after the phrase and its own name skipped
        (
            "Au téléphone lundi soir avec le Premier ministre japonais, Shigeru Ishiba, Emmanuel Macron a plaidé "
            "pour une trêve.",
            {"person:emmanuel-macron", "person:shigeru-ishiba"},
        ),
    ],
)
def test_a_call_told_in_a_fronted_phrase_is_the_subjects(nlp, text, expected):
    (call,) = core_mentions(nlp, text, PUBLISHED)
    assert call.event_type == "call" and set(call.actors) >= expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a group called one by one, a state named deeper in a clause after the verb being no counterpart
        (
            "Réunis jeudi à Doha, le président rwandais Paul Kagame et le président congolais Félix Tshisekedi ont "
            "signé une trêve. Samedi, le président américain avait téléphoné successivement aux deux dirigeants "
            "pour les prévenir qu'aucun accord ne serait conclu avec les États-Unis sans la paix.",
            [
                ("person:donald-trump", "person:paul-kagame"),
                ("person:donald-trump", "person:felix-tshisekedi"),
            ],
        ),
    ],
)
def test_a_group_called_one_by_one_is_one_call_each(nlp, text, expected):
    calls = [m for m in core_mentions(nlp, text, PUBLISHED) if m.event_type == "call"]
    assert [tuple(a for a in m.actors if a.startswith("person:")) for m in calls] == expected
    # and the two calls of one verb stay two events once the article's mentions merge
    events = [e for e in merge_events(parse_text(nlp, text, PUBLISHED)._.event_mentions) if e.event_type == "call"]
    assert sorted(tuple(sorted(a for a in e.actors if a.startswith("person:"))) for e in events) == sorted(
        tuple(sorted(pair)) for pair in expected
    )


@pytest.mark.parametrize(
    "text,absent",
    [
        # a title's summit noun is no fronted phrase: the subject after its comma did not take part
        (
            "Sommet du G7 : Paris et Rome resserrent les liens, Javier Milei brille par son absence",
            "person:javier-milei",
        ),
        # `sans préciser` tells of the reporter: the one received is not who leaves the talk undated
        (
            "Le chef du bureau politique du Hamas avait été reçu la semaine dernière au Caire par les responsables "
            "égyptiens, a rapporté une chaîne locale, sans préciser la date de l'entrevue.",
            "org:hamas",
        ),
    ],
)
def test_no_side_borrowed_from_a_title_or_a_reporters_incise(nlp, text, absent):
    talks = [m for m in core_mentions(nlp, text, PUBLISHED) if m.event_type == "meeting"]
    assert all(absent not in m.actors for m in talks if m.trigger in {"Sommet", "entrevue"})

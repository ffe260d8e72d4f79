"""One talk per counterpart met in turn: `reçu par X, puis par Y`, `a rencontré X, puis Y`,
`a reçu tour à tour X et Y`.

Sentences written for this test; the full pipeline runs, so they are slow."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.merge import merge_events
from pipeline.events.sequence import titled_meetings
from pipeline.nlp.pipeline import parse_text
from pipeline.schema import EventMention

PUBLISHED = date(2025, 10, 24)  # a Friday

pytestmark = pytest.mark.slow

MACRON, SCHOLZ, MELONI = "person:emmanuel-macron", "person:olaf-scholz", "person:giorgia-meloni"
BLINKEN, WANG, LAVROV = "person:antony-blinken", "person:wang-yi", "person:serguei-lavrov"


def talks(nlp, text: str) -> list[tuple]:
    doc = parse_text(nlp, text, PUBLISHED)
    return [(m.event_type, m.status, tuple(sorted(m.actors)), m.source_actor, m.location) for m in doc._.event_mentions]


@pytest.mark.parametrize(
    "text, expected",
    [
        # passive `reçu par X, puis par Y`: the guest meets each host in turn; the place is shared
        (
            "Le ministre italien a été reçu mardi à Paris par Emmanuel Macron, puis par Olaf Scholz.",
            [
                ("meeting", "occurred", (MACRON, "state:ITA"), MACRON, "Paris"),
                ("meeting", "occurred", (SCHOLZ, "state:ITA"), SCHOLZ, "Paris"),
            ],
        ),
        # object `X à Paris, puis Y à Rome`, the later counterpart hung on the verb: each its place
        (
            "Le chancelier allemand a rencontré mardi Emmanuel Macron à Paris, puis Giorgia Meloni à Rome.",
            [
                ("meeting", "occurred", (MACRON, "person:friedrich-merz"), None, "Paris"),
                ("meeting", "occurred", ("person:friedrich-merz", MELONI), None, "Rome"),
            ],
        ),
        # `avec X, puis avec Y`: partners of two states in a row, no place told, a round of calls
        # (extractor._round_of_remote_talks)
        (
            "Emmanuel Macron s'est entretenu avec Olaf Scholz, puis avec Giorgia Meloni.",
            [
                ("call", "occurred", (MACRON, SCHOLZ), None, None),
                ("call", "occurred", (MACRON, MELONI), None, None),
            ],
        ),
        # the parser hangs `avec X` on the day (`jeudi avec ...`) and `puis avec Y` on the verb; the demonym
        # beside the first name stays with the first talk; a day parsed as the object is no counterpart
        (
            "Emmanuel Macron s'est entretenu jeudi avec le chancelier allemand Friedrich Merz, "
            "puis avec le président brésilien Lula.",
            [
                ("call", "occurred", (MACRON, "person:friedrich-merz", "state:DEU"), None, None),
                ("call", "occurred", (MACRON, "person:luiz-inacio-lula-da-silva"), None, None),
            ],
        ),
        (
            "Antony Blinken s'est entretenu mardi avec Wang Yi à Pékin, puis avec Sergueï Lavrov.",
            [
                ("meeting", "occurred", (BLINKEN, WANG), None, "Pékin"),
                ("meeting", "occurred", (BLINKEN, LAVROV), None, "Pékin"),
            ],
        ),
        # `ensuite` opens a further step too
        (
            "Antony Blinken a rencontré Wang Yi, et ensuite Sergueï Lavrov.",
            [
                ("meeting", "occurred", (BLINKEN, WANG), None, None),
                ("meeting", "occurred", (BLINKEN, LAVROV), None, None),
            ],
        ),
        # a plain `et` is one meeting with everyone
        (
            "Antony Blinken a rencontré Wang Yi et Sergueï Lavrov.",
            [("meeting", "occurred", (BLINKEN, LAVROV, WANG), None, None)],
        ),
    ],
)
def test_sequence_one_talk_per_counterpart(nlp, text, expected):
    assert talks(nlp, text) == expected


# `puis avec Y` hung on the verb beside the day that `avec X` hangs on, not under `X`: the `avec` said
# again after `puis` still opens the next counterpart.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Antony Blinken s'est entretenu mercredi au téléphone avec son homologue chinois Wang Yi, "
            "puis avec le ministre russe Sergueï Lavrov.",
            [
                ("call", "occurred", (BLINKEN, WANG, "state:CHN"), None, None),
                ("call", "occurred", (BLINKEN, LAVROV), None, None),
            ],
        ),
        (
            "Le ministre des Affaires étrangères Jean-Noël Barrot s'est entretenu mercredi au téléphone avec son "
            "homologue iranien Abbas Araghchi, puis avec le secrétaire d'État américain Marco Rubio.",
            [
                ("call", "occurred", ("person:abbas-araghchi", "person:jean-noel-barrot"), None, None),
                ("call", "occurred", ("person:jean-noel-barrot", "person:marco-rubio"), None, None),
            ],
        ),
    ],
)
def test_sequence_with_the_later_phrase_hung_beside_the_first(nlp, text, expected):
    assert talks(nlp, text) == expected


# `a reçu successivement A, B et C`: items read on the surface, cut at a comma or `et` before a
# determiner or a name (the parser scatters such lists: a name under the item before, a demonym alone).
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Emmanuel Macron a reçu successivement jeudi le chancelier allemand Friedrich Merz, la présidente du "
            "Conseil italien Giorgia Meloni et le Premier ministre britannique Keir Starmer.",
            [
                ("meeting", "occurred", (MACRON, "person:friedrich-merz", "state:DEU"), MACRON, None),
                ("meeting", "occurred", (MACRON, MELONI, "state:ITA"), MACRON, None),
                ("meeting", "occurred", (MACRON, "person:keir-starmer", "state:GBR"), MACRON, None),
            ],
        ),
        # a name set off by commas after a title is its apposition, not one more item; `et avec` cuts too
        (
            "Wang Yi a appelé séparément le chef de la diplomatie russe, Sergueï Lavrov, et le secrétaire "
            "d'État américain, Antony Blinken.",
            [
                ("call", "occurred", (LAVROV, WANG, "state:RUS"), None, None),
                ("call", "occurred", (BLINKEN, WANG, "state:USA"), None, None),
            ],
        ),
    ],
)
def test_distributive_list_of_counterparts_is_one_talk_per_item(nlp, text, expected):
    assert talks(nlp, text) == expected


# `des entretiens bilatéraux avec A, B et C`: a plural talk noun said to be bilateral, one talk per item.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Olaf Scholz a tenu mardi des entretiens bilatéraux avec le président français Emmanuel Macron, "
            "la Première ministre italienne Giorgia Meloni et le Premier ministre polonais Donald Tusk.",
            [
                ("meeting", "occurred", (MACRON, SCHOLZ, "state:FRA"), None, None),
                ("meeting", "occurred", (MELONI, SCHOLZ, "state:ITA"), None, None),
                ("meeting", "occurred", ("person:donald-tusk", SCHOLZ, "state:POL"), None, None),
            ],
        ),
        (
            "Antony Blinken a eu lundi des rencontres bilatérales avec le ministre japonais Takeshi Iwaya, "
            "son homologue indien Subrahmanyam Jaishankar et la ministre australienne Penny Wong.",
            [
                ("meeting", "occurred", (BLINKEN, "person:takeshi-iwaya", "state:JPN"), None, None),
                ("meeting", "occurred", (BLINKEN, "person:subrahmanyam-jaishankar", "state:IND"), None, None),
                ("meeting", "occurred", (BLINKEN, "person:penny-wong", "state:AUS"), None, None),
            ],
        ),
        # one bilateral talk with one counterpart stays one talk
        (
            "Antony Blinken a eu lundi des entretiens bilatéraux avec le ministre japonais Takeshi Iwaya.",
            [("meeting", "occurred", (BLINKEN, "person:takeshi-iwaya"), None, None)],
        ),
    ],
)
def test_bilateral_talks_with_a_list_are_one_talk_per_item(nlp, text, expected):
    assert talks(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # bilateral talks among three people named before, with no counterpart of their own: one per pair
        (
            "Emmanuel Macron, Olaf Scholz et Giorgia Meloni étaient à Rome. Dans l'après-midi, les trois "
            "dirigeants ont multiplié les tête-à-tête.",
            [
                ("meeting", "occurred", (MACRON, SCHOLZ), None, None),
                ("meeting", "occurred", (MACRON, MELONI), None, None),
                ("meeting", "occurred", (MELONI, SCHOLZ), None, None),
            ],
        ),
    ],
)
def test_bilateral_talks_among_a_group_are_one_talk_per_pair(nlp, text, expected):
    assert talks(nlp, text) == expected


# An event noun (`un entretien téléphonique avec X, puis avec Y`): the counterparts hang on the noun
# or on its light verb; one call per counterpart too.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Emmanuel Macron a eu une conversation téléphonique avec Olaf Scholz, puis avec Giorgia Meloni.",
            [
                ("call", "occurred", (MACRON, SCHOLZ), None, None),
                ("call", "occurred", (MACRON, MELONI), None, None),
            ],
        ),
        (
            "Wang Yi a eu lundi un long entretien téléphonique avec Antony Blinken, puis avec Sergueï Lavrov.",
            [
                ("call", "occurred", (BLINKEN, WANG), None, None),
                ("call", "occurred", (LAVROV, WANG), None, None),
            ],
        ),
        (
            "Emmanuel Macron a eu une conversation téléphonique avec Olaf Scholz et Giorgia Meloni.",
            [("call", "occurred", (MACRON, MELONI, SCHOLZ), None, None)],
        ),
        # the noun the light verb's object, `avec X` and `puis avec Y` both hung on the verb
        (
            "En marge du sommet, le président français a eu un entretien avec Olaf Scholz, puis avec Giorgia Meloni.",
            [
                ("meeting", "occurred", (MACRON, SCHOLZ), None, None),
                ("meeting", "occurred", (MACRON, MELONI), None, None),
            ],
        ),
    ],
)
def test_sequence_after_an_event_noun(nlp, text, expected):
    assert talks(nlp, text) == expected


# A call's counterpart is its `à` phrase: `a téléphoné à X, puis à Y` is one call each, even when the
# parser hangs the later one on an apposition of the first (`au ministre, M. X, puis à Y`).
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Emmanuel Macron a téléphoné à Olaf Scholz puis à Giorgia Meloni jeudi.",
            [
                ("call", "occurred", (MACRON, SCHOLZ), None, None),
                ("call", "occurred", (MACRON, MELONI), None, None),
            ],
        ),
        (
            "Le secrétaire d'État américain Marco Rubio a téléphoné samedi au chef de l'armée pakistanaise, "
            "le général Asim Munir, puis au ministre indien des Affaires étrangères Subrahmanyam Jaishankar.",
            [
                ("call", "occurred", ("person:asim-munir", "person:marco-rubio"), None, None),
                ("call", "occurred", ("person:marco-rubio", "person:subrahmanyam-jaishankar"), None, None),
            ],
        ),
        # a plain `et` is one call with both
        (
            "Emmanuel Macron a téléphoné à Olaf Scholz et Giorgia Meloni jeudi.",
            [("call", "occurred", (MACRON, MELONI, SCHOLZ), None, None)],
        ),
    ],
)
def test_sequence_of_calls_to_one_counterpart_each(nlp, text, expected):
    assert talks(nlp, text) == expected


# `séparément`, `successivement` on the talk verb: one call or meeting per conjunct counterpart.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le chef de la diplomatie chinoise a appelé séparément Antony Blinken et Sergueï Lavrov.",
            [
                ("call", "occurred", (BLINKEN, WANG), None, None),
                ("call", "occurred", (LAVROV, WANG), None, None),
            ],
        ),
        (
            "Emmanuel Macron a reçu successivement Olaf Scholz et Giorgia Meloni lundi.",
            [
                ("meeting", "occurred", (MACRON, SCHOLZ), MACRON, None),
                ("meeting", "occurred", (MACRON, MELONI), MACRON, None),
            ],
        ),
    ],
)
def test_separately_one_talk_per_counterpart(nlp, text, expected):
    assert talks(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # `tour à tour` on the verb: the host sees each guest on their own
        (
            "Emmanuel Macron a reçu tour à tour Olaf Scholz et Giorgia Meloni.",
            [
                ("meeting", "occurred", (MACRON, SCHOLZ), MACRON, None),
                ("meeting", "occurred", (MACRON, MELONI), MACRON, None),
            ],
        ),
        # three guests or more listed with commas and `et` only: one talk each (s21-meeting)
        (
            "Friedrich Merz a reçu tour à tour Emmanuel Macron, Olaf Scholz et Giorgia Meloni.",
            [
                ("meeting", "occurred", (MACRON, "person:friedrich-merz"), "person:friedrich-merz", None),
                ("meeting", "occurred", ("person:friedrich-merz", SCHOLZ), "person:friedrich-merz", None),
                ("meeting", "occurred", ("person:friedrich-merz", MELONI), "person:friedrich-merz", None),
            ],
        ),
        # `tour à tour X puis Y`: the parser makes `tour à tour` the object; it is no counterpart
        (
            "Giorgia Meloni a rencontré tour à tour lundi le chancelier Olaf Scholz puis Emmanuel Macron.",
            [
                ("meeting", "occurred", (MELONI, SCHOLZ), None, None),
                ("meeting", "occurred", (MACRON, MELONI), None, None),
            ],
        ),
        # `séparément`, with a place shared by both talks
        (
            "Sergueï Lavrov a rencontré séparément Antony Blinken et Wang Yi à Genève.",
            [
                ("meeting", "occurred", (BLINKEN, LAVROV), None, "Genève"),
                ("meeting", "occurred", (LAVROV, WANG), None, "Genève"),
            ],
        ),
        # passive: the guests joined by `et` stand before the verb
        (
            "Olaf Scholz et Giorgia Meloni ont été reçus successivement par Emmanuel Macron.",
            [
                ("meeting", "occurred", (MACRON, SCHOLZ), MACRON, None),
                ("meeting", "occurred", (MACRON, MELONI), MACRON, None),
            ],
        ),
    ],
)
def test_sequence_one_talk_per_guest_seen_one_at_a_time(nlp, text, expected):
    assert talks(nlp, text) == expected


# A passive talk verb with a distributive word and no `par` agent names only the guests, each seen
# on their own: they did not meet each other, and the host is told elsewhere or not at all.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Olaf Scholz et Giorgia Meloni ont été reçus séparément mardi.", []),
        (
            "Emmanuel Macron a reçu Olaf Scholz puis Giorgia Meloni. Les deux dirigeants ont été reçus séparément.",
            [
                ("meeting", "occurred", (MACRON, SCHOLZ), MACRON, None),
                ("meeting", "occurred", (MACRON, MELONI), MACRON, None),
            ],
        ),
    ],
)
def test_guests_received_apart_with_no_host_did_not_meet_each_other(nlp, text, expected):
    assert talks(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the preposition said again after `et`: one call with each
        (
            "Antony Blinken a téléphoné mercredi à Wang Yi et à Sergueï Lavrov.",
            [
                ("call", "occurred", (BLINKEN, WANG), None, None),
                ("call", "occurred", (BLINKEN, LAVROV), None, None),
            ],
        ),
        (
            "Emmanuel Macron s'est entretenu au téléphone avec Olaf Scholz et avec Giorgia Meloni.",
            [
                ("call", "occurred", (MACRON, SCHOLZ), None, None),
                ("call", "occurred", (MACRON, MELONI), None, None),
            ],
        ),
        # one preposition for both after a call verb (`one_callee`): still one call with each person called
        (
            "Emmanuel Macron a appelé Olaf Scholz et Giorgia Meloni.",
            [("call", "occurred", (MACRON, SCHOLZ), None, None), ("call", "occurred", (MACRON, MELONI), None, None)],
        ),
    ],
)
def test_call_with_the_preposition_said_again_is_one_call_each(nlp, text, expected):
    assert [t for t in talks(nlp, text) if t[0] == "call"] == expected


def dated_talks(nlp, text: str) -> list[tuple]:
    doc = parse_text(nlp, text, PUBLISHED)
    return [
        (m.event_type, tuple(sorted(m.actors)), m.date.start.isoformat() if m.date else None)
        for m in doc._.event_mentions
        if m.event_type in {"call", "meeting"}
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # `de nouveau` between the auxiliary and `entretenu`, the same two people as the call before
        (
            "Olaf Scholz s'est entretenu lundi au téléphone avec Emmanuel Macron. Jeudi, Emmanuel Macron "
            "s'est de nouveau entretenu avec Olaf Scholz.",
            [
                ("call", (MACRON, SCHOLZ), "2025-10-20"),
                ("call", (MACRON, SCHOLZ), "2025-10-23"),
            ],
        ),
        # `à nouveau` after the verb works the same
        (
            "Antony Blinken a parlé mardi par téléphone avec Wang Yi. Mercredi, Wang Yi s'est entretenu à "
            "nouveau avec Antony Blinken.",
            [("call", (BLINKEN, WANG), "2025-10-21"), ("call", (BLINKEN, WANG), "2025-10-22")],
        ),
        # no call between them before: talks held again are a meeting
        (
            "Antony Blinken a rencontré mardi Wang Yi. Mercredi, Wang Yi s'est de nouveau entretenu avec "
            "Antony Blinken.",
            [("meeting", (BLINKEN, WANG), "2025-10-21"), ("meeting", (BLINKEN, WANG), "2025-10-22")],
        ),
        # a place: they met
        (
            "Antony Blinken a parlé mardi par téléphone avec Wang Yi. Mercredi, Wang Yi s'est de nouveau "
            "entretenu à Pékin avec Antony Blinken.",
            [("call", (BLINKEN, WANG), "2025-10-21"), ("meeting", (BLINKEN, WANG), "2025-10-22")],
        ),
        # the call before was with someone else
        (
            "Antony Blinken a parlé mardi par téléphone avec Sergueï Lavrov. Mercredi, Wang Yi s'est de "
            "nouveau entretenu avec Antony Blinken.",
            [("call", (BLINKEN, LAVROV), "2025-10-21"), ("meeting", (BLINKEN, WANG), "2025-10-22")],
        ),
    ],
)
def test_talk_told_again_after_a_call_is_a_call(nlp, text, expected):
    assert dated_talks(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # counted (`à trois reprises`), the days listed one after the other: one round a day
        (
            "L'Iran et les États-Unis se sont rencontrés à trois reprises : le 12 avril à Mascate, le 19 avril "
            "à Rome, puis le 26 avril dans la capitale omanaise.",
            [
                ("meeting", ("state:IRN", "state:USA"), "2025-04-12"),
                ("meeting", ("state:IRN", "state:USA"), "2025-04-19"),
                ("meeting", ("state:IRN", "state:USA"), "2025-04-26"),
            ],
        ),
        # a counted noun (`deux sessions`), the days joined by `puis`
        (
            "L'Iran et les États-Unis avaient tenu deux sessions à Genève, le 16 mars puis le 2 avril.",
            [
                ("meeting", ("state:IRN", "state:USA"), "2025-03-16"),
                ("meeting", ("state:IRN", "state:USA"), "2025-04-02"),
            ],
        ),
        # months too, each told with its place after `puis`
        (
            "Emmanuel Macron et Olaf Scholz se sont rencontrés en janvier à Paris, puis en mai à Berlin.",
            [("meeting", (MACRON, SCHOLZ), "2025-01-01"), ("meeting", (MACRON, SCHOLZ), "2025-05-01")],
        ),
        (
            "Emmanuel Macron et Olaf Scholz se sont rencontrés le 3 mars à Madrid, puis le 20 mai à Berlin.",
            [("meeting", (MACRON, SCHOLZ), "2025-03-03"), ("meeting", (MACRON, SCHOLZ), "2025-05-20")],
        ),
        # a day after `et de nouveau` (`again` in markers.csv) is a further step of the list
        (
            "Emmanuel Macron et Olaf Scholz se sont rencontrés le 8 janvier, puis le 14 avril et de nouveau le 2 juin.",
            [
                ("meeting", (MACRON, SCHOLZ), "2025-01-08"),
                ("meeting", (MACRON, SCHOLZ), "2025-04-14"),
                ("meeting", (MACRON, SCHOLZ), "2025-06-02"),
            ],
        ),
        # days joined by `et` (`day_list` in markers.csv), far apart: one talk each; a day of another verb is not listed
        (
            "Emmanuel Macron et Olaf Scholz se sont rencontrés le 8 janvier et le 14 avril.",
            [("meeting", (MACRON, SCHOLZ), "2025-01-08"), ("meeting", (MACRON, SCHOLZ), "2025-04-14")],
        ),
        (
            "Emmanuel Macron et Olaf Scholz se sont rencontrés le 8 janvier et ont signé un accord le 14 avril.",
            [("meeting", (MACRON, SCHOLZ), "2025-01-08")],
        ),
        # one month told is one meeting
        (
            "Emmanuel Macron et Olaf Scholz se sont rencontrés en mai à Berlin.",
            [("meeting", (MACRON, SCHOLZ), "2025-05-01")],
        ),
        # two days in a row are one meeting
        (
            "Emmanuel Macron et Olaf Scholz se sont rencontrés le 12 avril puis le 13 avril à Berlin.",
            [("meeting", (MACRON, SCHOLZ), "2025-04-12")],
        ),
        # the other day dates something else: one meeting
        (
            "Emmanuel Macron a rencontré le 3 octobre Olaf Scholz, qui avait parlé le 20 septembre devant "
            "le Bundestag.",
            [("meeting", (MACRON, SCHOLZ), "2025-10-03")],
        ),
    ],
)
def test_rounds_listed_day_after_day_are_one_meeting_each(nlp, text, expected):
    assert dated_talks(nlp, text) == expected


# s29: a later day after `puis`, in a conjunct with no verb and no one named, is the same talk held
# again, also when the parser hangs that conjunct far from the talk's own day
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "L'accord avait été préparé par Emmanuel Macron, qui s'était entretenu au téléphone avec Olaf Scholz "
            "le 3 février, puis à nouveau le 20 mars.",
            [("call", (MACRON, SCHOLZ), "2025-02-03"), ("call", (MACRON, SCHOLZ), "2025-03-20")],
        ),
        # a counterpart of its own after `puis` is split_sequence's: one talk each, no third
        (
            "Emmanuel Macron a rencontré Olaf Scholz le 3 mars, puis Giorgia Meloni le 5 mars.",
            [("meeting", (MACRON, SCHOLZ), "2025-03-03"), ("meeting", (MACRON, "person:giorgia-meloni"), "2025-03-05")],
        ),
        # a clause of its own after `puis`: its day is not the talk's
        (
            "Emmanuel Macron a rencontré Olaf Scholz le 3 mars, puis il est rentré à Paris le 9 mars.",
            [("meeting", (MACRON, SCHOLZ), "2025-03-03")],
        ),
    ],
)
def test_day_after_puis_with_no_one_named_is_the_talk_held_again(nlp, text, expected):
    assert dated_talks(nlp, text) == expected


# A meeting whose `avec` is said again (`avec X, ainsi qu'avec Y`, `avec X et avec Y`) is one meeting
# with each; `avec X et Y` may be one meeting of three and stays whole.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Antony Blinken s'est entretenu avec Wang Yi, ainsi qu'avec Sergueï Lavrov.",
            [
                ("meeting", "occurred", (BLINKEN, WANG), None, None),
                ("meeting", "occurred", (BLINKEN, LAVROV), None, None),
            ],
        ),
        (
            "Emmanuel Macron a eu des entretiens avec Olaf Scholz et avec Giorgia Meloni.",
            [
                ("meeting", "occurred", (MACRON, SCHOLZ), None, None),
                ("meeting", "occurred", (MACRON, MELONI), None, None),
            ],
        ),
        (
            "Emmanuel Macron s'est entretenu avec Olaf Scholz et Giorgia Meloni.",
            [("meeting", "occurred", (MACRON, MELONI, SCHOLZ), None, None)],
        ),
        # a list inside the first `avec` phrase is one meeting with all of them: only the `avec` said again cuts
        (
            "Antony Blinken a discuté deux heures avec ses homologues chinois et russe, Wang Yi et Sergueï Lavrov, "
            "ainsi qu'avec le secrétaire général de l'ONU.",
            [("meeting", "occurred", (BLINKEN, LAVROV, WANG), None, None)],
        ),
    ],
)
def test_comitative_said_again_is_one_meeting_each(nlp, text, expected):
    assert talks(nlp, text) == expected


# A neutral talk (`s'entretenir`, `cette discussion`) with no place between the parties of a call told
# in the article, on no other day, is that call; with a place, or with someone else, it stays a meeting.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Emmanuel Macron a appelé Olaf Scholz mardi. Emmanuel Macron s'est entretenu mardi soir avec Olaf Scholz.",
            [("call", "occurred", (MACRON, SCHOLZ), None, None), ("call", "occurred", (MACRON, SCHOLZ), None, None)],
        ),
        (
            "Emmanuel Macron s'est entretenu mardi avec Olaf Scholz. Plus tard, il a appelé Olaf Scholz.",
            [("call", "occurred", (MACRON, SCHOLZ), None, None), ("call", "occurred", (MACRON, SCHOLZ), None, None)],
        ),
        (
            "Emmanuel Macron a appelé Olaf Scholz mardi. "
            "Emmanuel Macron s'était entretenu avec Olaf Scholz à Berlin en juin.",
            [
                ("call", "occurred", (MACRON, SCHOLZ), None, None),
                ("meeting", "occurred", (MACRON, SCHOLZ), None, "Berlin"),
            ],
        ),
        (
            "Emmanuel Macron s'est entretenu mardi avec Olaf Scholz. Il a appelé Giorgia Meloni mardi.",
            [
                ("meeting", "occurred", (MACRON, SCHOLZ), None, None),
                ("call", "occurred", (MACRON, MELONI), None, None),
            ],
        ),
    ],
)
def test_neutral_talk_with_the_parties_of_a_call_is_that_call(nlp, text, expected):
    assert talks(nlp, text) == expected


# A counterpart joined by `et` in a conjunct with a day of its own (`X lundi et Y mardi`, `lundi X et
# mercredi Y`) is met that day, a talk of its own; the same day, or none, leaves one talk.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Emmanuel Macron a reçu lundi Olaf Scholz et mercredi Giorgia Meloni.",
            [("2025-10-20", (MACRON, SCHOLZ)), ("2025-10-22", (MACRON, MELONI))],
        ),
        (
            "Lors de sa tournée, Antony Blinken a rencontré le ministre Wang Yi lundi "
            "et le ministre Sergueï Lavrov mercredi.",
            [("2025-10-20", (BLINKEN, WANG)), ("2025-10-22", (BLINKEN, LAVROV))],
        ),
        ("Emmanuel Macron a reçu lundi Olaf Scholz et Giorgia Meloni.", [("2025-10-20", (MACRON, SCHOLZ, MELONI))]),
    ],
)
def test_counterpart_with_a_day_of_its_own_is_another_talk(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    found = [(m.date.start.isoformat(), m.actors) for m in doc._.event_mentions if m.event_type == "meeting" and m.date]
    assert found == expected


# Rule (s19-strike): a conjunct opened by `puis` that gives another day and has no verb of its own is a
# further strike by the same sides on that day, placed where the conjunct says; `puis` with a verb of
# its own, or no day, adds nothing here.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "L'aviation russe a bombardé lundi Kharkiv, puis mercredi Odessa.",
            [("2025-10-20", "Kharkiv"), ("2025-10-22", "Odessa")],
        ),
        (
            "Les drones ukrainiens ont visé mardi un dépôt russe de Briansk puis jeudi la raffinerie de Saratov.",
            [("2025-10-21", "Briansk"), ("2025-10-23", "Saratov")],
        ),
        ("L'aviation russe a bombardé lundi Kharkiv, puis Odessa.", [("2025-10-20", "Kharkiv")]),
        # `et` right before the conjunct's day opens it too; `lundi et mardi` with nothing between does not
        (
            "L'aviation russe a bombardé lundi Kharkiv et mercredi Odessa.",
            [("2025-10-20", "Kharkiv"), ("2025-10-22", "Odessa")],
        ),
        ("L'aviation russe a bombardé lundi et mercredi la ville de Kharkiv.", [("2025-10-20", None)]),
    ],
)
def test_gapped_conjunct_with_its_own_day_is_another_strike(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    found = [
        (m.date.start.isoformat(), m.location) for m in doc._.event_mentions if m.event_type == "strike" and m.date
    ]
    assert found == expected


# A counted plural strike noun told part by part (`deux frappes, l'une sur X, l'autre sur Y`): one strike per
# part, placed where it says; parts with no place of their own, or an uncounted noun, leave one strike.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "L'armée russe a mené lundi deux frappes de missiles, l'une sur Kharkiv, l'autre sur Odessa.",
            ["Kharkiv", "Odessa"],
        ),
        (
            "Deux attaques de drones ont touché la Russie lundi : la première contre une raffinerie de Riazan, "
            "la seconde contre un dépôt de Briansk.",
            ["Riazan", "Briansk"],
        ),
        ("L'armée russe a mené lundi deux frappes de missiles, l'une plus meurtrière que l'autre.", [None]),
        ("L'armée russe a mené lundi des frappes sur Kharkiv, l'une après l'autre.", ["Kharkiv"]),
    ],
)
def test_counted_strikes_told_part_by_part_are_one_strike_each(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    assert [m.location for m in doc._.event_mentions if m.event_type == "strike"] == expected


# A host who received a group `séparément` (`les deux dirigeants`, standing for the pair told before): one
# talk with each member of the group; without the distributive word, one talk.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Emmanuel Macron et Olaf Scholz sont arrivés lundi à Rome. Giorgia Meloni a reçu les deux dirigeants "
            "séparément dans la matinée.",
            [
                ["person:giorgia-meloni", "person:emmanuel-macron"],
                ["person:giorgia-meloni", "person:olaf-scholz"],
            ],
        ),
        (
            "Emmanuel Macron et Olaf Scholz sont arrivés lundi à Rome. Giorgia Meloni a reçu les deux dirigeants "
            "dans la matinée.",
            [["person:giorgia-meloni", "person:emmanuel-macron", "person:olaf-scholz"]],
        ),
    ],
)
def test_group_received_separately_is_one_talk_each(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    assert [list(m.actors) for m in doc._.event_mentions if m.event_type == "meeting"] == expected


BIDEN, POUTINE = "person:joe-biden", "person:vladimir-poutine"


# An ordinal standing for the talk noun with a date of its own (`, le second à Helsinki le 3 mai 2022`) is a
# further talk of the same parties, placed where it says; with no date, or before a noun of its own (`le
# second jour`), it is the talk told.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le premier sommet entre Joe Biden et Vladimir Poutine s'est tenu à Genève le 16 juin 2021, le second "
            "à Helsinki le 3 mai 2022.",
            [("2021-06-16", "Genève"), ("2022-05-03", "Helsinki")],
        ),
        (
            "Le premier sommet entre Joe Biden et Vladimir Poutine s'est tenu à Genève le 16 juin 2021, le second "
            "à Helsinki.",
            [("2021-06-16", "Genève")],
        ),
        (
            "Le premier sommet entre Joe Biden et Vladimir Poutine s'est tenu à Genève le 16 juin 2021, le second "
            "jour ayant été annulé le 17 juin.",
            [("2021-06-16", "Genève")],
        ),
    ],
)
def test_ordinal_standing_for_the_talk_with_its_own_day_is_another_talk(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    found = [m for m in doc._.event_mentions if m.event_type == "meeting"]
    assert all(set(m.actors) == {BIDEN, POUTINE} for m in found)
    assert [(m.date.start.isoformat(), m.location) for m in found] == expected


# A measure raised in steps (`à 20 % en février, puis à 54 % en avril`): each step with a day or a month of
# its own and no verb is a further measure of the same sides at its rates; so is an undated step with a rate
# of its own (s23-lead: two levels are two measures); a clause of its own is not split off this measure.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Washington a relevé ses droits sur les produits chinois à 20 % en février, puis à 54 % en avril.",
            [("2025-02-01", ("20",)), ("2025-04-01", ("54",))],
        ),
        (
            "Washington a relevé ses droits sur les produits chinois à 20 % en février, puis à 54 %.",
            [("2025-02-01", ("20",)), (None, ("54",))],
        ),
        (
            "Washington a relevé ses droits sur les produits chinois à 20 %, puis à 54 %.",
            [(None, ("20",)), (None, ("54",))],
        ),
        (
            "Washington a relevé ses droits sur les produits chinois à 20 % en février, puis Pékin a protesté en "
            "avril.",
            [("2025-02-01", ("20",))],
        ),
    ],
)
def test_measure_raised_in_dated_steps_is_one_measure_a_step(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    found = [m for m in doc._.event_mentions if m.event_type == "sanction" and m.trigger == "droits"]
    assert all(set(m.actors) == {"state:USA", "state:CHN"} for m in found)
    assert [(m.date.start.isoformat() if m.date else None, m.rates) for m in found] == expected


# An ordinal standing for a package of sanctions (`, le 15e en décembre`) with a date of its own is another
# package of the same sides; an ordinal before its own noun (`le 15e jour`) is not.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le 16e paquet de sanctions de l'UE contre la Russie avait été adopté en février, le 15e en décembre.",
            ["2025-02-01", "2024-12-01"],
        ),
        (
            "Le 16e paquet de sanctions de l'UE contre la Russie avait été adopté en février, le 15e jour du mois.",
            ["2025-02-01"],
        ),
    ],
)
def test_ordinal_standing_for_a_package_with_its_own_date_is_another_package(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    found = [m for m in doc._.event_mentions if m.event_type == "sanction"]
    assert all({"org:ue", "state:RUS"} <= set(m.actors) for m in found)
    assert [m.date.start.isoformat() for m in found] == expected


# A sanction noun a verb acts on (`a levé`, `a rétabli`, `a prolongé`) told with a participle or a relative
# clause of imposing or easing it that carries a day of its own (`, imposées en mars`, `, qu'ils avaient
# allégées en juin`) tells that earlier act too: another sanction of the same sides on that day (s25-sanc3).
# The same day, a clause of no such verb, or no verb acting on the noun: one sanction.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Washington a levé jeudi les sanctions contre la Turquie, imposées en mars.",
            ["2025-10-23", "2025-03-01"],
        ),
        (
            "Les États-Unis ont rétabli mercredi les sanctions sur le pétrole iranien, "
            "qu'ils avaient allégées en juin.",
            ["2025-10-22", "2025-06-01"],
        ),
        ("Washington a levé jeudi les sanctions contre la Turquie, imposées jeudi.", ["2025-10-23"]),
        ("Washington a levé jeudi les sanctions contre la Turquie, contestées en mars.", ["2025-10-23"]),
        ("Washington a levé jeudi les sanctions contre la Turquie.", ["2025-10-23"]),
    ],
)
def test_act_on_a_measure_told_with_its_earlier_imposition_is_two_measures(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    found = [m for m in doc._.event_mentions if m.event_type == "sanction"]
    assert all(len(m.actors) == 2 and m.status == "occurred" for m in found)
    assert [m.date.start.isoformat() for m in found] == expected


# Both directions, as events: the earlier imposition split off stays apart from the act told with it,
# and the act told again (`Ces sanctions ...`) stays one event with it.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Washington a levé jeudi les sanctions contre la Turquie, imposées en mars. "
            "Ces sanctions visaient l'industrie turque de défense.",
            [("2025-03-01", "2025-03-31"), ("2025-10-23", "2025-10-23")],
        ),
        (
            "Washington a levé jeudi les sanctions contre la Turquie. "
            "Ces sanctions visaient l'industrie turque de défense.",
            [("2025-10-23", "2025-10-23")],
        ),
    ],
)
def test_earlier_imposition_is_an_event_apart_and_the_act_told_again_is_one(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    events = [e for e in merge_events(doc._.event_mentions) if e.event_type == "sanction"]
    assert all(set(e.actors) == {"state:USA", "state:TUR"} for e in events)
    assert sorted((e.date_start.isoformat(), e.date_end.isoformat()) for e in events) == expected


# a later counterpart told with a date of its own (`puis Y le 5 mai`) is met that day; one without keeps
# the first meeting's day (`a rencontré lundi X, puis Y`)
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Olaf Scholz a rencontré Emmanuel Macron le 3 mai à Paris, puis Giorgia Meloni le 5 mai à Rome.",
            [(MACRON, SCHOLZ, "2025-05-03"), (MELONI, SCHOLZ, "2025-05-05")],
        ),
        (
            "Antony Blinken a rencontré Wang Yi en février, puis Sergueï Lavrov en mars.",
            [(BLINKEN, WANG, "2025-02-01"), (BLINKEN, LAVROV, "2025-03-01")],
        ),
        (
            "Antony Blinken a rencontré lundi Wang Yi, puis Sergueï Lavrov.",
            [(BLINKEN, WANG, "2025-10-20"), (BLINKEN, LAVROV, "2025-10-20")],
        ),
    ],
)
def test_later_counterpart_takes_its_own_date(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    got = [(*sorted(m.actors), m.date.start.isoformat()) for m in doc._.event_mentions if m.event_type == "meeting"]
    assert got == expected


def _told(etype: str, sentence: int, actors: tuple[str, ...], location: str | None = None) -> EventMention:
    return EventMention(
        "a.txt",
        etype,
        "échanges",
        sentence * 100,
        sentence * 100 + 8,
        sentence,
        sentence * 100,
        sentence * 100 + 90,
        "phrase",
        "occurred",
        actors,
        location=location,
    )


# Rule: `Macron et Xi prolongent leurs échanges à Canton` as a title: a call of the title with a place and no
# day, between the parties of a meeting the article tells and of no call it tells, is that meeting.
@pytest.mark.parametrize(
    "title, body, expected",
    [
        (_told("call", 0, (MACRON, SCHOLZ), "Berlin"), [_told("meeting", 2, (MACRON, SCHOLZ))], "meeting"),
        # no place in the title: a call it may be
        (_told("call", 0, (MACRON, SCHOLZ)), [_told("meeting", 2, (MACRON, SCHOLZ))], "call"),
        # the article tells a call of the pair as well
        (
            _told("call", 0, (MACRON, SCHOLZ), "Berlin"),
            [_told("meeting", 2, (MACRON, SCHOLZ)), _told("call", 3, (MACRON, SCHOLZ))],
            "call",
        ),
        # the meeting told is another pair's
        (_told("call", 0, (MACRON, SCHOLZ), "Berlin"), [_told("meeting", 2, (MACRON, MELONI))], "call"),
        # not in the title
        (_told("call", 1, (MACRON, SCHOLZ), "Berlin"), [_told("meeting", 2, (MACRON, SCHOLZ))], "call"),
    ],
)
def test_a_titled_call_with_a_place_is_the_meeting_told(title, body, expected):
    assert titled_meetings([title, *body])[0].event_type == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # `reçu par X, suivi jeudi par Z`: X received the guest, then Z on the day told after the participle
        (
            "Emmanuel Macron a été reçu mardi par Xi Jinping, suivi mercredi par Giorgia Meloni.",
            [
                ("meeting", (MACRON, "person:xi-jinping"), "2025-10-21"),
                ("meeting", (MELONI, "person:xi-jinping"), "2025-10-22"),
            ],
        ),
        # followed by no one named: one meeting
        (
            "Emmanuel Macron a été reçu mardi par Xi Jinping, suivi par une délégation.",
            [("meeting", (MACRON, "person:xi-jinping"), "2025-10-21")],
        ),
    ],
)
def test_guest_followed_by_another_is_a_second_visit(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    found = [(m.event_type, tuple(sorted(m.actors)), m.date and m.date.start.isoformat()) for m in doc._.event_mentions]
    assert found == expected


# Rule (s33-escalation): `a parlé au téléphone avec X, puis avec Y`: the parser hangs the first `avec` phrase on the
# phrase of the medium (`au téléphone`, `par téléphone`), not on the verb; still one call per counterpart.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le Premier ministre espagnol a discuté mardi au téléphone avec Olaf Scholz, puis avec Emmanuel Macron.",
            [
                ("call", "occurred", ("person:olaf-scholz", "person:pedro-sanchez"), None, None),
                ("call", "occurred", (MACRON, "person:pedro-sanchez"), None, None),
            ],
        ),
    ],
)
def test_sequence_after_the_medium_phrase(nlp, text, expected):
    assert talks(nlp, text) == expected


# Rule (s33-escalation): `a appelé X et Y` (`one_callee` in markers.csv): one call with each person called; a call
# told as a conference (`joint_call`) stays one call with all of them.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mark Rutte a appelé Emmanuel Macron et Giorgia Meloni mercredi soir.",
            [
                ("call", "occurred", (MACRON, "person:mark-rutte"), None, None),
                ("call", "occurred", (MELONI, "person:mark-rutte"), None, None),
            ],
        ),
        (
            "Le secrétaire général de l'ONU a appelé jeudi le président rwandais et le président congolais.",
            [
                ("call", "occurred", ("person:antonio-guterres", "person:paul-kagame"), None, None),
                ("call", "occurred", ("person:antonio-guterres", "person:felix-tshisekedi"), None, None),
            ],
        ),
        (
            "Emmanuel Macron a appelé mercredi le chancelier allemand et la présidente du Conseil italien "
            "lors d'une conférence téléphonique.",
            [("call", "occurred", ("person:emmanuel-macron", "person:friedrich-merz", MELONI), None, None)],
        ),
    ],
)
def test_one_call_per_person_called(nlp, text, expected):
    assert talks(nlp, text) == expected


# Rule (s33-escalation): the demonym of a later counterpart (`puis avec le président français X`) is that counterpart's
# state, not a side of the first call; kept there, it joined the two calls again when the article's events merged.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le Premier ministre grec a parlé lundi au téléphone avec le président turc Recep Tayyip Erdogan, "
            "puis avec le président français Emmanuel Macron.",
            [
                (
                    "call",
                    "occurred",
                    ("person:kyriakos-mitsotakis", "person:recep-tayyip-erdogan", "state:TUR"),
                    None,
                    None,
                ),
                ("call", "occurred", (MACRON, "person:kyriakos-mitsotakis", "state:FRA"), None, None),
            ],
        ),
    ],
)
def test_later_counterparts_demonym_is_not_the_first_calls(nlp, text, expected):
    assert talks(nlp, text) == expected


# `y` (the place told before) is the verb's indirect object for the parser, never the first counterpart:
# the object after it is, and the one after `puis` a second talk
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Arrivé à Pékin, le chancelier allemand y a rencontré le président chinois, puis le Premier ministre "
            "chinois.",
            [
                ("meeting", "occurred", ("person:friedrich-merz", "person:xi-jinping"), None, "Pékin"),
                ("meeting", "occurred", ("person:friedrich-merz", "person:li-qiang", "state:CHN"), None, "Pékin"),
            ],
        ),
    ],
)
def test_place_clitic_is_no_counterpart(nlp, text, expected):
    assert talks(nlp, text) == expected


# a call pointed back to by a demonstrative that names no one (`cet appel`) is the neutral talk told just
# before it (`s'entretenir`), when that talk names no place; a place, or a meeting noun, keeps a meeting
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le président brésilien s'est entretenu mardi avec Emmanuel Macron. Au cours de cet appel, les deux "
            "dirigeants ont parlé du climat.",
            ["call", "call"],
        ),
        (
            "Le président brésilien s'est entretenu mardi à Paris avec Emmanuel Macron. Au cours de cet appel, les "
            "deux dirigeants ont parlé du climat.",
            ["meeting", "call"],
        ),
        (
            "Le président brésilien s'est entretenu mardi avec Emmanuel Macron. Au cours de cette rencontre, les "
            "deux dirigeants ont parlé du climat.",
            ["meeting", "meeting"],
        ),
    ],
)
def test_demonstrative_call_names_the_talk_before(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    assert [m.event_type for m in doc._.event_mentions if m.event_type in {"call", "meeting"}] == expected


# Rule: `..., qui accueillera le prochain sommet à Kuala Lumpur en mai`: a summit told as another of a series that
# names no body of states is the next summit of the body whose meeting the article told before it
# (sequence.next_in_series); a summit naming its own body keeps it, and one with no body told before stays as it is.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Les dirigeants de l'ASEAN se sont réunis mardi à Vientiane. La présidence tournante revient à la "
            "Malaisie, qui accueillera le prochain sommet à Kuala Lumpur en mai.",
            ("org:asean", "state:MYS"),
        ),
        (
            "Les dirigeants de l'ASEAN se sont réunis mardi à Vientiane. La Malaisie accueillera un nouveau sommet "
            "du G20 en mai.",
            ("org:g20", "state:MYS"),
        ),
        (
            "La Malaisie accueillera le prochain sommet à Kuala Lumpur en mai.",
            ("state:MYS",),
        ),
    ],
)
def test_next_summit_of_a_series_is_the_body_told_before(nlp, text, expected):
    found = [m for m in parse_text(nlp, text, PUBLISHED)._.event_mentions if m.trigger == "sommet"]
    assert [tuple(sorted(m.actors)) for m in found] == [expected]


# Rule: a talk with counterparts listed one by one (`tour à tour`, whatever the parser made of the locution)
# is one talk each, and the state of one counterpart (here named also in the headline) is not another's talk.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Iran-Irak : la médiation russe\n\nLe président russe a appelé tour à tour le président iranien et le "
            "Premier ministre irakien, mardi.",
            [
                {"person:vladimir-poutine", "person:massoud-pezeshkian", "state:IRN"},
                {"person:vladimir-poutine", "person:mohammed-chia-al-soudani", "state:IRQ"},
            ],
        ),
    ],
)
def test_counterparts_called_in_turn_keep_their_own_states(nlp, text, expected):
    doc = parse_text(nlp, text, date(2025, 6, 13))
    found = [set(m.actors) - {"state:RUS"} for m in doc._.event_mentions if m.event_type == "call"]
    assert sorted(found, key=sorted) == sorted(expected, key=sorted)


# A call to a group of two people (`a appelé les deux dirigeants`, `a téléphoné aux deux hommes`) is one call
# with each, the caller being no one of the pair, also when the parser missed the caller (`Samedi, le président
# ... avait téléphoné`); a call said to be held together stays one.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Olaf Scholz et Giorgia Meloni se sont rencontrés lundi. Jeudi, Emmanuel Macron a appelé les deux "
            "dirigeants.",
            [
                ("meeting", "occurred", (MELONI, SCHOLZ), None, None),
                ("call", "occurred", (MACRON, SCHOLZ), None, None),
                ("call", "occurred", (MACRON, MELONI), None, None),
            ],
        ),
        (
            "Olaf Scholz et Giorgia Meloni se sont rencontrés lundi. Jeudi, le président français a téléphoné "
            "aux deux dirigeants.",
            [
                ("meeting", "occurred", (MELONI, SCHOLZ), None, None),
                ("call", "occurred", (MACRON, SCHOLZ), None, None),
                ("call", "occurred", (MACRON, MELONI), None, None),
            ],
        ),
        (
            "Olaf Scholz et Giorgia Meloni se sont rencontrés lundi. Jeudi, Emmanuel Macron a appelé ensemble les "
            "deux dirigeants.",
            [
                ("meeting", "occurred", (MELONI, SCHOLZ), None, None),
                ("call", "occurred", (MACRON, MELONI, SCHOLZ), None, None),
            ],
        ),
    ],
)
def test_call_to_a_pair_is_one_call_each(nlp, text, expected):
    assert talks(nlp, text) == expected

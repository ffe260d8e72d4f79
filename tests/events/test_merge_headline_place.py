"""A title's strike placed at a site that the lede names too, though the lede is placed first
elsewhere, is the lede's strike (s38-tr2018): `... ouvrent le feu sur des navires près du détroit de
Kertch` (title), then `ont ouvert le feu dimanche au large de la Crimée, avant de les arraisonner près
du détroit de Kertch`. A title placed at a town the lede does not name stays another strike.

Each row is a short article written for this test (title line, then body), run through the whole
pipeline and the merge, with the exact core events expected (type, first day). They are slow.
"""

from __future__ import annotations

import pytest

from tests.events.test_merge_paraphrases import core_rows

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Des garde-côtes russes ouvrent le feu sur des navires ukrainiens près du détroit de Kertch\n"
            "Des garde-côtes russes ont ouvert le feu dimanche sur trois navires ukrainiens au large de la "
            "Crimée, avant de les arraisonner près du détroit de Kertch.",
            [("strike", "2025-10-19")],
        ),
        (
            "L'armée israélienne bombarde des positions du Hamas près de Khan Younès\n"
            "L'armée israélienne a bombardé lundi des positions du Hamas dans le sud de la bande de Gaza, "
            "notamment aux abords de Khan Younès.",
            [("strike", "2025-10-20")],
        ),
        (
            "Des drones russes frappent Kharkiv\n"
            "Des drones russes ont frappé lundi le port d'Odessa, faisant deux blessés.",
            [("strike", None), ("strike", "2025-10-20")],
        ),
    ],
)
def test_headline_strike_placed_where_the_lede_names(nlp, text, expected):
    assert core_rows(nlp, text) == expected


# Rule: the present of a title's verb tells no time (`status.tenseless`): the headline is the planned or the
# held event the body tells, one row with it (not a second row held on no day).
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le chancelier allemand reçoit le Premier ministre polonais\n"
            "Friedrich Merz recevra mercredi Donald Tusk à Berlin pour parler de défense.",
            [("meeting", "2025-10-29")],
        ),
        (
            "Londres sanctionne deux banques russes\n"
            "Le Royaume-Uni sanctionnera la semaine prochaine deux banques russes, a annoncé le gouvernement.",
            [("sanction", "2025-10-27")],
        ),
    ],
)
def test_headline_present_is_the_event_the_body_tells(nlp, text, expected):
    assert core_rows(nlp, text) == expected

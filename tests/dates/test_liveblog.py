"""Live blogs: each stamped entry is of the day of the header above it, else of the publication day.

Texts written for these tests. Publication: Friday 7 March 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.dates.liveblog import live_blog
from pipeline.nlp.extensions import DATES_KEY

PUBLISHED = date(2025, 3, 7)

BLOG = (
    "EN DIRECT – La journée diplomatique\n"
    "\n"
    "Jeudi 6 mars 2025\n"
    "\n"
    "08h10 – Le ministre a reçu son homologue.\n"
    "09h30 – La présidente parle au téléphone avec le roi.\n"
    "22h40\n"
    "– Le chancelier est arrivé à Rome.\n"
    "Un paragraphe sans horodatage.\n"
    "\n"
    "Vendredi 7 mars 2025\n"
    "\n"
    "07h05. Des drones ont visé la capitale."
)


def _days(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    blog = live_blog(doc, list(doc.spans[DATES_KEY]), published)
    if blog is None:
        return None
    out = []
    for line in text.split("\n"):
        if line.strip():
            value = blog.day_at(text.index(line))
            out.append((line[:12], (value.text, value.start.isoformat()) if value and value.start else None))
    return out


@pytest.mark.slow
def test_dates_live_blog_entries_take_the_day_of_their_header(date_nlp):
    assert _days(date_nlp, BLOG, PUBLISHED) == [
        ("EN DIRECT – ", None),
        ("Jeudi 6 mars", None),
        ("08h10 – Le m", ("08h10", "2025-03-06")),
        ("09h30 – La p", ("09h30", "2025-03-06")),
        ("22h40", None),
        ("– Le chancel", ("22h40", "2025-03-06")),
        ("Un paragraph", None),
        ("Vendredi 7 m", None),
        ("07h05. Des d", ("07h05", "2025-03-07")),
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # no header: the publication day
        (
            "08h00 – Le ministre a reçu le maire.\n09h00 – Il a appelé le préfet.\n10h00 – Il a vu le roi.",
            [
                ("08h00 – Le m", ("08h00", "2025-03-07")),
                ("09h00 – Il a", ("09h00", "2025-03-07")),
                ("10h00 – Il a", ("10h00", "2025-03-07")),
            ],
        ),
        # two stamped lines make no live blog; nor does a stamp inside a sentence
        ("10h30 : ouverture du sommet.\n12h00 : déjeuner des chefs d'État.", None),
        ("La séance a repris à 10h30 – après une pause.\nElle a fini à 12h00.\nPuis à 14h00.", None),
    ],
)
def test_dates_live_blog_needs_three_stamped_entries(date_nlp, text, expected):
    assert _days(date_nlp, text, PUBLISHED) == expected

"""The counted list repair: the members a dash, a bracket or a colon spells out after a counted plural
(`les diplomates de sept pays – l'Argentine, le Chili ...`) are that plural's, as an apposition."""

from __future__ import annotations

import pytest

from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # the parser hangs the first member on the time phrase before: it is the counted noun's
        (
            "Le ministère a ordonné lundi le départ, sous quarante-huit heures, des diplomates de quatre pays "
            "voisins – l'Argentine, le Chili, le Pérou et l'Uruguay –, accusés d'ingérence.",
            "Argentine",
            ("pays", "appos"),
        ),
        # a bracket after a counted noun the parser reads well keeps its reading
        (
            "Les ministres de trois pays (la France, l'Allemagne et la Pologne) se sont réunis lundi à Weimar.",
            "France",
            ("pays", "appos"),
        ),
        # no number before the noun: no list of its members
        ("Les diplomates des pays voisins – notamment le Chili – ont protesté.", "Chili", ("diplomates", "nmod")),
    ],
)
def test_counted_list_in_the_pipeline(nlp, text, word, expected):
    assert head_of(nlp(text), word) == expected

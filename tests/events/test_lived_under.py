"""A measure a party lives under (`sous sanctions`, `sous le coup de sanctions`) is a state, not an act;
a verb of placing under it (`a placé sous sanctions`) is the act."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.core_sides import core_mentions

SPRING_2024 = date(2024, 4, 16)


# Rule (s40, extractor._lived_under; `under_measure`, `living_under`, `placing_under` in markers.csv).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Téhéran, sous le coup de nouvelles sanctions, a tiré samedi des missiles sur Israël.", ["strike"]),
        ("La Russie, sous sanctions occidentales depuis 2014, a augmenté ses ventes de pétrole à l'Inde.", []),
        ("Sous embargo depuis 1962, Cuba a reçu mardi le président chinois.", ["meeting"]),
        ("Le pays vit sous le poids de l'embargo américain depuis des décennies.", []),
        # the act of placing under a measure stays one
        ("Le Trésor américain a placé lundi sous sanctions deux banques russes.", ["sanction"]),
        ("Washington a mis sous embargo les livraisons d'armes au pays.", ["sanction"]),
    ],
)
def test_measure_lived_under_is_no_act(nlp, text, expected):
    assert [m.event_type for m in core_mentions(nlp, text, SPRING_2024)] == expected

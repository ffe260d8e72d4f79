"""The subject relative repair: `, qui ...` hung on the main verb belongs to the noun told before its comma."""

from __future__ import annotations

import pytest

from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # the model hangs the relative on `mené`, a verb
        (
            "Israël a mené dimanche des frappes contre le Hezbollah, qui a répliqué par des centaines de roquettes "
            "et de drones.",
            "répliqué",
            ("Hezbollah", "acl:relcl"),
        ),
        # only a relative clause is moved: a clause the model read as adverbial stays where it is
        ("Le ministre a reçu son homologue, qui arrivait de Rome.", "arrivait", ("reçu", "advcl")),
    ],
)
def test_subject_relative_in_the_pipeline(nlp, text, word, expected):
    assert head_of(nlp(text), word) == expected

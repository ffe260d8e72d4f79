"""The stray demonym repair: `ses importations de fruits de mer japonais après ...`, `japonais` hung by
the parser on the verb as an adverb."""

from __future__ import annotations

import pytest

from pipeline.nlp.demonyms import repair_stray_demonyms
from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # hung on the verb before a phrase: the nearest noun that agrees with it (`fruits`, not `mer`)
        (
            "La Chine a suspendu ses importations de fruits de mer japonais après le rejet des eaux de la centrale.",
            "japonais",
            ("fruits", "amod"),
        ),
        # a demonym the parser already hung on its noun stays
        ("Pékin a interdit les importations de boeuf australien depuis mardi.", "australien", ("boeuf", "amod")),
        # an adverb that is no demonym stays on the verb
        ("Le ministre a parlé franchement de la crise.", "franchement", ("parlé", "advmod")),
    ],
)
def test_stray_demonym_hangs_on_its_noun(fr_model, text, word, expected):
    doc = repair_stray_demonyms(fr_model(text))
    assert head_of(doc, word) == expected

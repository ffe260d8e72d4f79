"""The stray demonym repair: `ses importations de fruits de mer japonais après ...`, `japonais` hung by
the parser on the verb as an adverb."""

from __future__ import annotations

import pytest

from pipeline.nlp.demonyms import repair_stray_demonyms

pytestmark = pytest.mark.slow


def _head_of(doc, word: str) -> tuple[str, str]:
    token = next(t for t in doc if t.text == word)
    return token.head.text, token.dep_


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
    assert _head_of(doc, word) == expected

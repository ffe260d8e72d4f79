"""The emphatic pronoun repair: `lui-même` taken by the parser for a passive auxiliary."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _labels(doc, verb: str) -> list[tuple[str, str]]:
    head = next(t for t in doc if t.text == verb)
    return [(c.text, c.dep_) for c in head.children if c.dep_.startswith(("nsubj", "aux")) or c.dep_ == "dep"]


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        # the parser reads `lui-même` as a passive auxiliary and the subject as a passive one
        (
            "Le Japon a rappelé qu'il avait lui-même imposé des sanctions à plusieurs banques russes.",
            "imposé",
            [("il", "nsubj"), ("avait", "aux:tense"), ("lui-même", "dep")],
        ),
        # a real passive keeps its auxiliary and its passive subject
        (
            "Le ministre a été reçu par le roi.",
            "reçu",
            [("ministre", "nsubj:pass"), ("a", "aux:tense"), ("été", "aux:pass")],
        ),
    ],
)
def test_emphatic_pronoun_is_no_auxiliary(nlp, text, verb, expected):
    assert _labels(nlp(text), verb) == expected

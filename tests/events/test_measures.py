"""Trade measures: the rates a clause sets a measure at (hand-built parses, so the test reads the
rule, not the parser)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.events.measures import clause_rates


def _clause(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(
        spacy.blank("fr").vocab,  # French lexical attributes: `25` is like a number
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas,
        sent_starts=[True] + [False] * (len(words) - 1),
    )


# Rule: the level of a measure is a number before a rate-level word (`%`, `pour cent`,
# markers.csv `rate_level`) in the trigger's own clause; `points` is a rise, not a level.
@pytest.mark.parametrize(
    "words, heads, deps, pos, trigger, expected",
    [
        # `Ottawa taxe à 25 % les voitures`: the rate hangs on the verb
        (
            ["Ottawa", "taxe", "à", "25", "%", "les", "voitures"],
            [1, 1, 4, 4, 1, 6, 1],
            ["nsubj", "ROOT", "case", "nummod", "obl:arg", "det", "obj"],
            ["PROPN", "VERB", "ADP", "NUM", "NOUN", "DET", "NOUN"],
            1,
            ("25",),
        ),
        # `Ottawa taxe à 25 % les voitures, en réponse aux droits`: the rate is the clause's own measure's,
        # not the one of the measure it answers (an adverbial phrase of the verb)
        (
            ["Ottawa", "taxe", "à", "25", "%", "les", "voitures", "en", "réponse", "aux", "droits"],
            [1, 1, 4, 4, 1, 6, 1, 8, 1, 10, 8],
            ["nsubj", "ROOT", "case", "nummod", "obl:arg", "det", "obj", "case", "obl:mod", "case", "nmod"],
            ["PROPN", "VERB", "ADP", "NUM", "NOUN", "DET", "NOUN", "ADP", "NOUN", "ADP", "NOUN"],
            10,
            (),
        ),
        # `Ottawa relève de 10 points la surtaxe`: a rise in points gives no level
        (
            ["Ottawa", "relève", "de", "10", "points", "la", "surtaxe"],
            [1, 1, 4, 4, 1, 6, 1],
            ["nsubj", "ROOT", "case", "nummod", "obl:arg", "det", "obj"],
            ["PROPN", "VERB", "ADP", "NUM", "NOUN", "DET", "NOUN"],
            6,
            (),
        ),
        # `Ottawa impose une taxe de 30 pourcent`: the word spelt out
        (
            ["Ottawa", "impose", "une", "taxe", "de", "30", "pourcent"],
            [1, 1, 3, 1, 6, 6, 3],
            ["nsubj", "ROOT", "det", "obj", "case", "nummod", "nmod"],
            ["PROPN", "VERB", "DET", "NOUN", "ADP", "NUM", "NOUN"],
            3,
            ("30",),
        ),
    ],
)
def test_clause_rates_reads_levels_only(words, heads, deps, pos, trigger, expected):
    lemmas = [w.lower() for w in words]
    lemmas[1] = {"taxe": "taxer", "relève": "relever", "impose": "imposer"}[words[1]]
    doc = _clause(words, heads, deps, pos, lemmas)
    assert clause_rates(doc[trigger]) == expected

"""The matrix conjunct repair: a verb coordinated with the reporting clause, hung in the reported one."""

from __future__ import annotations

import pytest

from pipeline.nlp.matrix_conjuncts import first_infinitive, matrix_of_conjunct

pytestmark = pytest.mark.slow


# The conjunct's auxiliary agrees with the reporting verb's subject and not with the reported one's: it
# belongs to the reporting clause. Agreeing with both, or with the reported clause only, it stays.
@pytest.mark.parametrize(
    "text, word, expected",
    [
        (
            "Le ministre a affirmé que les soldats avaient été attaqués et a promis une réponse ferme.",
            "promis",
            "affirmé",
        ),
        (
            "La junte a déclaré que les rebelles avaient pris la ville et a ordonné des frappes.",
            "ordonné",
            "déclaré",
        ),
        ("Le ministre a affirmé que le pays avait été attaqué et a promis une réponse ferme.", "promis", None),
        ("Les députés ont dit que le texte avait été rejeté et ont quitté la salle.", "quitté", "dit"),
        ("Le ministre a dit que les soldats avaient été attaqués et avaient riposté.", "riposté", None),
    ],
)
def test_conjunct_agreeing_with_the_reporting_verb_is_its_conjunct(fr_model, text, word, expected):
    token = next(t for t in fr_model(text) if t.text == word)
    found = matrix_of_conjunct(token)
    assert (found.text if found is not None else None) == expected


# A second infinitive with its `de`, hung by the parser on the participle before it, joins the first
# infinitive with `de` of the phrase; hung on an infinitive already, or with no `de`, it stays.
@pytest.mark.parametrize(
    "text, word, expected",
    [
        (
            "Le Conseil a proposé lundi de réduire les quotas de blé exemptés de taxes et de porter à 40 % la "
            "surtaxe sur le reste.",
            "porter",
            "réduire",
        ),
        ("Le ministre a décidé de fermer le port et de rappeler son ambassadeur.", "rappeler", None),
    ],
)
def test_second_infinitive_joins_the_first(fr_model, text, word, expected):
    token = next(t for t in fr_model(text) if t.text == word)
    found = first_infinitive(token)
    assert (found.text if found is not None else None) == expected

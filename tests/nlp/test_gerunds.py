"""The gerund repair: `a riposté aux sanctions en imposant X`, the gerund hung by the parser on the noun."""

from __future__ import annotations

import pytest

from pipeline.nlp.gerunds import gerund_before_clause, gerund_on_noun, repair_gerund_clauses
from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, gerund, expected",
    [
        # a gerund after the noun the verb governs: the verb's, as an adverbial clause
        (
            "La Chine a riposté aux sanctions américaines en imposant des restrictions à l'exportation.",
            "imposant",
            ("riposté", "advcl"),
        ),
        # an infinitive of time after `avant de`, hung on the noun before it: the verb's
        (
            "Le roi de Jordanie s'est entretenu par téléphone avec le président palestinien, avant de recevoir "
            "dans la soirée le Premier ministre israélien.",
            "recevoir",
            ("entretenu", "advcl"),
        ),
        # an infinitive of `de` on a noun qualifies it
        ("Le Japon a annoncé sa décision de taxer l'acier coréen.", "taxer", ("décision", "acl")),
        # a gerund hung on the verb of a later clause whose conjunction follows it: the earlier verb's
        (
            "Caracas a répondu mardi en expulsant l'ambassadeur espagnol, deux jours après que Madrid eut pris "
            "la même mesure.",
            "expulsant",
            ("répondu", "advcl"),
        ),
        # a gerund read as a clause on a day told before it (`le 18` taken for the object): the verb's
        (
            "Pékin répondait le 18 en fermant son marché aux entreprises lituaniennes.",
            "fermant",
            ("répondait", "advcl"),
        ),
        (
            "Bakou répliquait le 24 en fermant son espace aérien aux compagnies arméniennes.",
            "fermant",
            ("répliquait", "advcl"),
        ),
        # a gerund the parser already hung on the verb stays
        ("Le Japon a réagi mardi en relevant ses droits de douane.", "relevant", ("réagi", "advcl")),
        # a present participle with no `en` qualifies its noun
        (
            "Le Japon a dénoncé les sanctions visant ses banques.",
            "visant",
            ("sanctions", "acl"),
        ),
    ],
)
def test_gerund_hangs_on_its_clause_verb(fr_model, text, gerund, expected):
    doc = repair_gerund_clauses(fr_model(text))
    assert head_of(doc, gerund) == expected


def test_gerund_before_its_noun_is_left_alone(fr_model):
    doc = fr_model("La Chine a riposté aux sanctions américaines en imposant des restrictions.")
    noun = next(t for t in doc if t.text == "sanctions")
    assert gerund_on_noun(noun) is None  # only a gerund is moved, never the noun it hung on


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # a gerund's participle the tagger took for an unknown noun before a day: the verb's participle
        ("Moscou a répondu en expulsant lundi deux diplomates estoniens.", "expulsant", ("VERB", "expulser")),
        # a noun in `-ant` after `en` whose `-er` infinitive is no French word stays a noun
        ("Il a grandi en géant de la chanson.", "géant", ("NOUN", "géant")),
    ],
)
def test_gerund_taken_for_a_noun_is_a_verb(fr_model, text, word, expected):
    doc = repair_gerund_clauses(fr_model(text))
    token = next(t for t in doc if t.text == word)
    assert (token.pos_, token.lemma_) == expected


def test_gerund_inside_the_later_clause_is_left_alone(fr_model):
    doc = fr_model(
        "Le ministre a parlé aux journalistes après que la police eut dispersé la foule en tirant des grenades."
    )
    gerund = next(t for t in doc if t.text == "tirant")
    assert gerund_before_clause(gerund) is None  # its clause's conjunction comes before it

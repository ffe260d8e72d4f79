"""The talk partner repair: `a discuté de X avec Y`, `avec Y` hung by the parser on the topic X."""

from __future__ import annotations

import pytest

from pipeline.nlp.pipeline import build_nlp

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _head_of(doc, word: str) -> tuple[str, str]:
    token = next(t for t in doc if t.text == word)
    return token.head.text, token.dep_


@pytest.mark.parametrize(
    "text, partner, expected",
    [
        # people after `avec` hung on the topic: the verb's partner
        (
            "Les dirigeants du Hamas ont discuté de la trêve avec les médiateurs égyptiens.",
            "médiateurs",
            ("discuté", "obl:mod"),
        ),
        (
            "Le chancelier allemand a discuté de la trêve avec les dirigeants du Hamas.",
            "dirigeants",
            ("discuté", "obl:mod"),
        ),
        # through the topic's own `de` noun
        (
            "Une délégation est arrivée au Caire pour discuter de la proposition de trêve avec les médiateurs.",
            "médiateurs",
            ("discuter", "obl:mod"),
        ),
        # a state after `avec` may belong to the topic (`les relations avec la Chine`): left alone
        ("Le président a discuté des relations avec la Chine devant le Parlement.", "Chine", ("relations", "nmod")),
        ("Le sénateur a parlé de la guerre commerciale avec le Mexique.", "Mexique", ("guerre", "nmod")),
        # not a verb of talking: left alone
        ("Le ministre a salué la proposition de trêve avec les médiateurs.", "médiateurs", ("trêve", "nmod")),
    ],
)
def test_people_after_avec_on_the_topic_are_the_partner(nlp, text, partner, expected):
    doc = nlp(text)
    assert _head_of(doc, partner) == expected
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # a second topic after `sur X et` that the parser hung on the partner: hung on the first topic
        (
            "Le président a affirmé qu'il avait eu une conversation utile avec le dirigeant russe Vladimir Poutine "
            "sur l'énergie et l'Ukraine.",
            "Ukraine",
            ("énergie", "conj"),
        ),
        # two partners with no topic between them: left alone
        (
            "La ministre a rencontré jeudi son homologue allemand et le président polonais à Varsovie.",
            "président",
            ("homologue", "conj"),
        ),
        # a lowercase `de` topic hung on a partner named by a title and its adjective: the verb's topic
        (
            "La ministre a discuté mardi avec son homologue allemand de la crise énergétique.",
            "crise",
            ("discuté", "obl:arg"),
        ),
        # ... or by a person's name
        ("Le président a parlé vendredi avec Olaf Scholz de la situation au Sahel.", "situation", ("parlé", "obl:arg")),
        # an office after the title's adjective stays the title's
        ("La ministre a discuté mardi avec le ministre allemand de la Défense.", "Défense", ("ministre", "nmod")),
        # a verb whose topic is no `de` phrase: left alone
        (
            "La ministre a négocié mardi avec son homologue allemand des quotas de pêche.",
            "quotas",
            ("homologue", "nmod"),
        ),
    ],
)
def test_topic_hung_on_the_partner_is_hung_on_the_topic_or_the_verb(nlp, text, word, expected):
    doc = nlp(text)
    assert _head_of(doc, word) == expected
    assert len(list(doc.sents)) == 1

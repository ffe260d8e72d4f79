"""The agent of a passive verb hung on the place told before it: `a été reçu au Caire par X`."""

from __future__ import annotations

import pytest

from pipeline.nlp.agents import repair_passive_agents
from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # `par X` hung on the place of a passive verb with no agent: the verb's agent
        ("Le convoi a été attaqué près de la frontière par des hommes armés.", "hommes", ("attaqué", "obl:agent")),
        (
            "L'émissaire avait pour sa part été reçu la veille au Caire par les responsables égyptiens, a "
            "rapporté la presse.",
            "responsables",
            ("reçu", "obl:agent"),
        ),
        ("Le pétrolier a été visé lundi en mer Rouge par les Houthis.", "Houthis", ("visé", "obl:agent")),
        # the day after the verb read as its clause, with the agent on it (`acl`, `obl:agent` under the day)
        (
            "Quatre armateurs grecs ont été sanctionnés vendredi par le Trésor américain.",
            "Trésor",
            ("sanctionnés", "obl:agent"),
        ),
        # an agent the parser already put on the verb stays there
        ("Le navire a été touché au large d'Aden par un missile houthi.", "missile", ("touché", "obl:agent")),
        # `par X` after a past participle's phrase, hung on a noun above the participle: the participle's agent
        (
            "Ottawa a imposé des surtaxes en réponse aux droits de douane imposés la veille par Washington.",
            "Washington",
            ("imposés", "obl:agent"),
        ),
        # a `par` phrase of the subject stays the subject's
        ("L'attaque par drones a été revendiquée mardi.", "drones", ("attaque", "nmod")),
        # and one on the place of an active verb stays where the parser put it
        ("Les rebelles ont pris le contrôle du port par surprise.", "surprise", ("port", "nmod")),
    ],
)
def test_par_phrase_on_the_place_of_a_passive_verb_is_its_agent(fr_model, text, word, expected):
    doc = repair_passive_agents(fr_model(text))
    assert head_of(doc, word) == expected
    assert len(list(doc.sents)) == 1

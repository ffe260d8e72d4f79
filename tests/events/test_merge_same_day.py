"""Two events of one type, one party and one day inside an article (s36-merge): two measures of one
imposer, a counter-measure, two calls of one leader with different counterparts, two strikes on two
targets stay two rows; a definite or demonstrative repeat of the day's event stays one.

Each row is a short text written for this test, run through the whole pipeline and the merge, with
the exact core events expected (type, first day), sorted. They are slow.
"""

from __future__ import annotations

import pytest

from tests.events.test_merge_paraphrases import core_rows

pytestmark = pytest.mark.slow

THU = "2025-10-23"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "La Chine a imposé jeudi des droits de douane de 10 % sur le bœuf australien. "
            "Le même jour, Pékin a aussi interdit les importations de vin australien.",
            [("sanction", THU), ("sanction", THU)],
        ),
        (
            "Jeudi, le Royaume-Uni a ajouté six entreprises russes à sa liste noire. "
            "Londres a de son côté interdit d'entrée deux oligarques russes.",
            [("sanction", THU), ("sanction", THU)],
        ),
        (
            "Le département d'État a imposé jeudi des sanctions à six responsables chinois. Le même jour, "
            "le département du Commerce a ajouté douze entreprises chinoises à sa liste des entités.",
            [("sanction", THU), ("sanction", THU)],
        ),
        (
            "Le Canada a gelé jeudi les avoirs de cinq généraux iraniens. "
            "Ottawa a également interdit de visa trois juges iraniens.",
            [("sanction", THU), ("sanction", THU)],
        ),
        (
            "La Turquie a expulsé jeudi deux diplomates suédois. "
            "En réponse, la Suède a expulsé le même jour un diplomate turc.",
            [("sanction", THU), ("sanction", THU)],
        ),
        (
            "Les États-Unis ont relevé jeudi leurs droits de douane sur l'acier chinois. "
            "Pékin a riposté jeudi soir par des taxes sur le soja américain.",
            [("sanction", THU), ("sanction", THU)],
        ),
        (
            "Emmanuel Macron s'est entretenu jeudi au téléphone avec Volodymyr Zelensky. "
            "Il a ensuite appelé jeudi Recep Tayyip Erdogan.",
            [("call", THU), ("call", THU)],
        ),
        (
            "Joe Biden a appelé jeudi Olaf Scholz. Le même jour, il s'est entretenu au téléphone avec Emmanuel Macron.",
            [("call", THU), ("call", THU)],
        ),
        (
            "Olaf Scholz s'est entretenu jeudi par téléphone avec Emmanuel Macron et Keir Starmer. "
            "Il a aussi parlé jeudi au téléphone avec Donald Tusk.",
            [("call", THU), ("call", THU)],
        ),
        (
            "Emmanuel Macron s'est entretenu jeudi avec Keir Starmer et Olaf Scholz. "
            "Il a ensuite appelé seul Olaf Scholz.",
            [("call", THU), ("call", THU)],
        ),
        (
            "L'armée israélienne a frappé jeudi des positions du Hezbollah au Liban. "
            "L'aviation israélienne a aussi bombardé jeudi un dépôt d'armes en Syrie.",
            [("strike", THU), ("strike", THU)],
        ),
        pytest.param(
            "Les États-Unis ont frappé jeudi des cibles houthies au Yémen. "
            "Le même jour, l'armée américaine a visé une milice chiite en Irak.",
            [("strike", THU), ("strike", THU)],
            marks=pytest.mark.xfail(reason="`a visé une milice` gives no strike trigger: outside merging"),
        ),
    ],
)
def test_two_events_of_one_day_stay_apart(nlp, text, expected):
    assert core_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "La Chine a imposé jeudi des droits de douane de 10 % sur le bœuf australien. "
            "Ces droits entreront en vigueur lundi.",
            [("sanction", THU)],
        ),
        (
            "L'Union européenne a adopté jeudi de nouvelles sanctions contre la Russie. "
            "Les sanctions européennes visent aussi des banques russes.",
            [("sanction", THU)],
        ),
        (
            "Le Japon a restreint jeudi ses exportations vers la Corée du Sud. "
            "La mesure japonaise vise trois produits chimiques.",
            [("sanction", THU)],
        ),
        (
            "Emmanuel Macron s'est entretenu jeudi au téléphone avec Volodymyr Zelensky. "
            "Lors de cet appel, Emmanuel Macron a promis de nouvelles livraisons d'armes à l'Ukraine.",
            [("call", THU)],
        ),
        (
            "L'armée israélienne a frappé jeudi des positions du Hezbollah au Liban. "
            "Ces frappes ont visé des dépôts de roquettes du Hezbollah.",
            [("strike", THU)],
        ),
    ],
)
def test_the_days_event_told_again_is_one_row(nlp, text, expected):
    assert core_rows(nlp, text) == expected

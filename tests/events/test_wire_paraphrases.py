"""How wire copy tells who acted alike and when an act reported in an incise took place (s40 probe sets).

Each row is one sentence written for this test. Likeness (`tout comme X`, `à l'instar de X`, `Comme X, ...`)
names one more side acting, never a target. A report closing the sentence (`, a annoncé jeudi le ministère`,
`, a fait savoir lundi la présidence`) dates an act told in the compound past, not a plan nor an act told in
the pluperfect. They run the full pipeline, so they are marked slow.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.core_sides import core_mentions, core_sides

PUBLISHED = date(2018, 3, 30)  # a Friday

pytestmark = pytest.mark.slow

FRA, DEU, RUS, USA, GBR = "state:FRA", "state:DEU", "state:RUS", "state:USA", "state:GBR"


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "La France a expulsé quatre diplomates russes, tout comme l'Allemagne.",
            {("sanction", FRA, RUS), ("sanction", DEU, RUS)},
        ),
        (
            "La France a expulsé quatre diplomates russes lundi, à l'instar de l'Allemagne.",
            {("sanction", FRA, RUS), ("sanction", DEU, RUS)},
        ),
        (
            "Comme l'Allemagne, la France a expulsé quatre diplomates russes lundi.",
            {("sanction", FRA, RUS), ("sanction", DEU, RUS)},
        ),
        # a clause of comparison or a report after `comme` names no one acting alike
        (
            "La France a expulsé quatre diplomates russes, comme la Russie l'avait fait avec d'autres pays.",
            {("sanction", FRA, RUS)},
        ),
        (
            "Comme l'a annoncé Emmanuel Macron, la France a expulsé quatre diplomates russes.",
            {("sanction", FRA, RUS)},
        ),
    ],
)
def test_likeness_names_one_more_side_acting(nlp, text, expected):
    assert core_sides(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an act in the compound past, reported in an incise: the day of the report
        ("La Norvège a expulsé trois diplomates iraniens, a annoncé jeudi le ministère.", date(2018, 3, 29)),
        ("Le Japon a gelé les avoirs de dix oligarques russes, a indiqué mardi le porte-parole.", date(2018, 3, 27)),
        (
            "Le président turc s'est entretenu au téléphone avec son homologue russe, a fait savoir lundi "
            "la présidence.",
            date(2018, 3, 26),
        ),
        # a pluperfect told an earlier act; a plan lies ahead of the day it is announced
        ("Le Japon avait gelé les avoirs de dix oligarques russes, a rappelé mardi le porte-parole.", None),
        ("Le président recevra son homologue brésilien, a fait savoir lundi l'Élysée.", None),
    ],
)
def test_report_in_an_incise_dates_an_act_of_the_day(nlp, text, expected):
    (mention,) = core_mentions(nlp, text, PUBLISHED)
    assert (mention.date.start if mention.date else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the words of a report told after the call are not the call's (`appeler ... faire` names no call)
        "Le chancelier a appelé le Premier ministre polonais samedi, a fait savoir la chancellerie.",
        "Le chancelier a appelé le Premier ministre polonais pour lui proposer une rencontre, a fait savoir Berlin.",
    ],
)
def test_call_closed_by_a_report_is_a_call(nlp, text):
    assert [m.event_type for m in core_mentions(nlp, text, PUBLISHED)][:1] == ["call"]

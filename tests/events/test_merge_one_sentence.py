"""Several events told in one sentence or on one day, each its own row (s37-merge): calls of one
leader with counterparts told one after the other (`puis avec`, `séparément`, `successivement`), a
call of two states then calls of their leader with others, tit-for-tat measures (`a répliqué en
relevant les siens`, `a fait de même`), an attack and the struck side's riposte; against the forms
that tell one event (`une visioconférence à trois`, `un appel commun`, a repeat).

Each row is a short text written for this test, run through the whole pipeline and the merge, with
the exact core events expected: type, first day, and the sides as state codes (the initiator, then
the other sides sorted; an armed group by its own name; `?` for a side no state holds). They are slow.
"""

from __future__ import annotations

import pytest

from pipeline.events.agreement import state_links
from pipeline.events.merge import merge_results
from pipeline.nlp.pipeline import parse_articles
from pipeline.nlp.records import article_result
from pipeline.outputs.tables import merge_actors
from pipeline.schema import Article
from tests.events.test_merge_paraphrases import CORE, PUBLISHED

pytestmark = pytest.mark.slow

THU = "2025-10-23"
# armed groups named as themselves, not as the state the knowledge base gives them
GROUPS = {"org:hezbollah", "org:houthis", "org:jnim", "org:hamas", "org:m23"}


def sided_rows(nlp, text: str) -> list[tuple[str, str | None, str]]:
    """(type, first day, `SRC>OTHER+OTHER`) for each core event, sorted; an undirected talk has no `>`."""
    article = Article(id="a.txt", path="a.txt", text=text, published=PUBLISHED)
    results = [article_result(a, doc) for a, doc in parse_articles(nlp, [article])]
    actors = merge_actors(results)
    links = state_links(actors)

    def code(a: str | None) -> str:
        if a in GROUPS:
            return (a or "").removeprefix("org:")
        a = links.get(a or "", a or "")
        return a.removeprefix("state:") if a.startswith("state:") else "?"

    rows = []
    for e in merge_results(results, actors):
        if e.event_type not in CORE:
            continue
        if e.event_type in {"call", "meeting"}:
            sides = "+".join(sorted({code(a) for a in e.actors}))
        else:
            others = sorted({code(a) for a in e.actors} - {code(e.source_actor)})
            sides = f"{code(e.source_actor)}>{'+'.join(others)}"
        rows.append((e.event_type, e.date_start and e.date_start.isoformat(), sides))
    return sorted(rows, key=lambda r: (r[0], r[1] or "", r[2]))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Emmanuel Macron s'est entretenu jeudi au téléphone avec Volodymyr Zelensky, "
            "puis avec Recep Tayyip Erdogan.",
            [("call", THU, "FRA+TUR"), ("call", THU, "FRA+UKR")],
        ),
        (
            "Emmanuel Macron s'est entretenu jeudi au téléphone avec son homologue ukrainien Volodymyr Zelensky, "
            "puis avec le président turc Recep Tayyip Erdogan, a indiqué l'Élysée.",
            [("call", THU, "FRA+TUR"), ("call", THU, "FRA+UKR")],
        ),
        (
            "Jeudi, Emmanuel Macron a téléphoné à Volodymyr Zelensky, ensuite à Recep Tayyip Erdogan, a fait "
            "savoir la présidence.",
            [("call", THU, "FRA+TUR"), ("call", THU, "FRA+UKR")],
        ),
        (
            "Emmanuel Macron a eu jeudi des entretiens téléphoniques séparés avec Volodymyr Zelensky "
            "et Recep Tayyip Erdogan.",
            [("call", THU, "FRA+TUR"), ("call", THU, "FRA+UKR")],
        ),
        (
            "Jeudi, Emmanuel Macron a eu deux appels distincts avec Olaf Scholz et Keir Starmer.",
            [("call", THU, "DEU+FRA"), ("call", THU, "FRA+GBR")],
        ),
        (
            "Jeudi, Emmanuel Macron a parlé successivement au téléphone à Volodymyr Zelensky et à "
            "Recep Tayyip Erdogan.",
            [("call", THU, "FRA+TUR"), ("call", THU, "FRA+UKR")],
        ),
        (
            "Emmanuel Macron a appelé jeudi Volodymyr Zelensky. Il a aussi téléphoné à Recep Tayyip Erdogan.",
            [("call", THU, "FRA+TUR"), ("call", THU, "FRA+UKR")],
        ),
        (
            "Emmanuel Macron a appelé jeudi Volodymyr Zelensky. Il a également téléphoné à Recep Tayyip Erdogan.",
            [("call", THU, "FRA+TUR"), ("call", THU, "FRA+UKR")],
        ),
        pytest.param(
            "Emmanuel Macron a appelé jeudi Volodymyr Zelensky. Il avait auparavant téléphoné à Recep Tayyip Erdogan.",
            [("call", THU, "FRA+TUR"), ("call", THU, "FRA+UKR")],
            marks=pytest.mark.xfail(reason="`avait auparavant téléphoné`: the participle is still tagged a noun"),
        ),
        (
            "La France et l'Inde ont eu jeudi un échange téléphonique. Le président français s'est "
            "ensuite entretenu séparément au téléphone avec Olaf Scholz et Keir Starmer.",
            [("call", THU, "DEU+FRA"), ("call", THU, "FRA+GBR"), ("call", THU, "FRA+IND")],
        ),
        (
            "Le Japon et la Corée du Sud ont eu jeudi un entretien téléphonique. Le Premier ministre "
            "japonais s'est ensuite entretenu au téléphone avec Emmanuel Macron et Keir Starmer.",
            [("call", THU, "FRA+GBR+JPN"), ("call", THU, "JPN+KOR")],
        ),
        (
            "Les États-Unis ont porté jeudi leurs droits de douane sur les produits chinois à 145 %, "
            "et la Chine a répliqué en relevant les siens à 125 %.",
            [("sanction", THU, "CHN>USA"), ("sanction", THU, "USA>CHN")],
        ),
        # the first measure names no target: the one who answers it later in the sentence is hit
        (
            "Washington a porté jeudi ses droits de douane à 145 %, et Pékin a répliqué en relevant "
            "les siens à 125 % sur les produits américains.",
            [("sanction", THU, "CHN>USA"), ("sanction", THU, "USA>CHN")],
        ),
        (
            "Jeudi, Ottawa a relevé ses surtaxes à 25 %, tandis que Washington a imposé en représailles "
            "des droits sur le bois canadien.",
            [("sanction", THU, "CAN>USA"), ("sanction", THU, "USA>CAN")],
        ),
        (
            "Jeudi, la Chine a relevé à 125 % ses droits de douane sur les produits américains, "
            "après que Washington a porté les siens à 145 %.",
            [("sanction", THU, "CHN>USA"), ("sanction", THU, "USA>CHN")],
        ),
        (
            "Les États-Unis ont imposé jeudi des droits de douane de 25 % sur l'acier canadien. "
            "Le Canada a riposté par des droits équivalents sur l'acier américain.",
            [("sanction", THU, "CAN>USA"), ("sanction", THU, "USA>CAN")],
        ),
        (
            "Le Canada a imposé jeudi des droits de douane de 25 % sur l'acier américain. "
            "L'Union européenne a fait de même.",
            [("sanction", THU, "?>USA"), ("sanction", THU, "CAN>USA")],
        ),
        (
            "La Chine a imposé jeudi des droits de douane de 10 % sur le bœuf australien. "
            "L'Australie en a fait autant sur le vin chinois.",
            [("sanction", THU, "AUS>CHN"), ("sanction", THU, "CHN>AUS")],
        ),
        (
            "Le Japon a restreint jeudi ses exportations de puces vers la Chine. "
            "Les Pays-Bas ont fait de même quelques heures plus tard.",
            [("sanction", THU, "JPN>CHN"), ("sanction", THU, "NLD>CHN")],
        ),
        # a participle of imitating set off after the act, its agent the one who did the same
        (
            "Le Royaume-Uni a sanctionné jeudi plusieurs banques russes, imité quelques heures plus tard par les "
            "États-Unis.",
            [("sanction", THU, "GBR>RUS"), ("sanction", THU, "USA>RUS")],
        ),
        (
            "Le Canada a expulsé jeudi deux diplomates chinois, suivi par l'Australie.",
            [("sanction", THU, "AUS>CHN"), ("sanction", THU, "CAN>CHN")],
        ),
        (
            "Washington a expulsé jeudi deux diplomates russes. En retour, Moscou a fait la même chose.",
            [("sanction", THU, "RUS>USA"), ("sanction", THU, "USA>RUS")],
        ),
        (
            "Les rebelles houthis ont tiré jeudi un missile sur Israël. "
            "Israël a riposté en frappant le port de Hodeida.",
            [("strike", THU, "ISR>YEM+houthis"), ("strike", THU, "houthis>ISR")],
        ),
        (
            "Des combattants du Hezbollah ont attaqué jeudi une position de l'armée israélienne. "
            "Israël a riposté en bombardant le sud du Liban.",
            [("strike", THU, "ISR>LBN"), ("strike", THU, "hezbollah>ISR")],
        ),
        (
            "Jeudi, un camp de l'armée malienne a été attaqué par des jihadistes du JNIM, qui ont tué vingt "
            "soldats. L'armée malienne a riposté en frappant les positions du groupe.",
            [("strike", THU, "MLI>jnim"), ("strike", THU, "jnim>MLI")],
        ),
        (
            "Des rebelles du M23 ont attaqué jeudi une base de l'armée congolaise près de Goma. "
            "L'armée congolaise a riposté par des tirs d'artillerie.",
            [("strike", THU, "COD>m23"), ("strike", THU, "m23>COD")],
        ),
        # a strike verb coordinated with another blow's verb, repeating its auxiliary or with an object of its
        # own, is one more blow (extractor._second_blow); a landmark measured from (`à deux kilomètres de
        # l'ambassade de France`) is no side (phrases.is_distance)
        (
            "Le Hezbollah dit avoir tiré jeudi une salve de roquettes sur une caserne près de Nahariya, et avoir "
            "bombardé une position israélienne près de la frontière.",
            [("strike", THU, "hezbollah>ISR"), ("strike", THU, "hezbollah>ISR")],
        ),
        (
            "Une frappe israélienne a touché jeudi un immeuble de Beyrouth, à deux kilomètres de l'ambassade de "
            "France.",
            [("strike", THU, "ISR>LBN")],
        ),
        # the side struck strikes back: a group at war with its own state (insurgent_groups.txt) does not stand
        # for the state that attacked it
        (
            "Les forces gouvernementales yéménites ont lancé jeudi une offensive contre les Houthis près de "
            "Hodeïda. Les Houthis ont affirmé avoir touché une frégate saoudienne avec deux missiles.",
            [("strike", THU, "YEM>houthis"), ("strike", THU, "houthis>SAU+YEM")],
        ),
        # a talk some time before the one told (`un mois après leur sommet`) is a row of its own, and
        # `cette réunion` next is the talk told, not that earlier one
        (
            "Xi Jinping et Vladimir Poutine se sont revus jeudi à Kazan. Les deux dirigeants se sont entretenus "
            "pendant trois heures, un mois après leur sommet de Pékin. Cette réunion intervient deux jours après "
            "que Joe Biden a annulé le sommet prévu le 12 novembre à Genève avec Vladimir Poutine.",
            [("meeting", None, "CHN+RUS"), ("meeting", THU, "CHN+RUS"), ("meeting", "2025-11-12", "RUS+USA")],
        ),
    ],
)
def test_each_event_of_the_sentence_is_a_row(nlp, text, expected):
    assert sided_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Emmanuel Macron, Olaf Scholz et Keir Starmer ont tenu jeudi une visioconférence à trois.",
            [("call", THU, "DEU+FRA+GBR")],
        ),
        (
            "Emmanuel Macron a eu jeudi un entretien téléphonique avec Olaf Scholz et Keir Starmer "
            "sur des sujets distincts.",
            [("call", THU, "DEU+FRA+GBR")],
        ),
        (
            "Emmanuel Macron a eu jeudi un appel commun avec Olaf Scholz et Keir Starmer.",
            [("call", THU, "DEU+FRA+GBR")],
        ),
        (
            "La France et l'Inde ont eu jeudi un échange téléphonique. "
            "Emmanuel Macron et Narendra Modi ont évoqué le commerce.",
            [("call", THU, "FRA+IND")],
        ),
        (
            "Les États-Unis ont porté jeudi leurs droits de douane sur les produits chinois à 145 %. "
            "Ces droits entrent en vigueur samedi.",
            [("sanction", THU, "USA>CHN")],
        ),
        (
            "Le Japon a gelé jeudi les avoirs de trois banques russes. La Corée du Sud pourrait faire de même.",
            [("sanction", THU, "JPN>RUS")],
        ),
        (
            "Le Japon a gelé jeudi les avoirs de trois banques russes. Emmanuel Macron a salué jeudi l'accord "
            "de Gaza, et Olaf Scholz a fait de même.",
            [("sanction", THU, "JPN>RUS")],
        ),
        (
            "Les rebelles houthis ont tiré jeudi un missile sur Israël. "
            "Le missile a été intercepté par la défense aérienne israélienne.",
            [("strike", THU, "houthis>ISR")],
        ),
        # a journey cancelled, whose traveller the parser hung on the verb, and the talk it was for: one meeting
        (
            "Pékin a annulé la visite à Washington d'une délégation conduite par Liu He, qui devait discuter avec "
            "Steven Mnuchin.",
            [("meeting", None, "?+CHN+USA")],  # Liu He, out of office at the test date: no state
        ),
        # two verbs of one blow sharing auxiliary and object: one strike
        (
            "Les forces russes ont bombardé et détruit jeudi un dépôt de carburant près de Kharkiv.",
            [("strike", THU, "RUS>UKR")],
        ),
        # where the blow fell, then whose weapons they were, in one sentence: one strike
        (
            "Plusieurs explosions ont secoué jeudi soir la ville de Kharkiv, où des drones russes ont été abattus.",
            [("strike", THU, "RUS>UKR")],
        ),
    ],
)
def test_one_event_told_in_several_ways_is_one_row(nlp, text, expected):
    assert sided_rows(nlp, text) == expected


# A meeting told on its second (third, last) day is the meeting of the same sides told the day before
# (merge._days_of_one_meeting); without such a day, two days are two meetings.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "William Ruto a été accueilli mardi à Addis-Abeba par Abiy Ahmed. Les deux dirigeants ont signé "
            "mercredi un accord, au terme de leur deuxième journée d'entretiens.",
            [("meeting", "2025-10-21", "ETH+KEN")],
        ),
        (
            "William Ruto a été accueilli mardi à Addis-Abeba par Abiy Ahmed. Les deux dirigeants se sont de "
            "nouveau retrouvés jeudi à Nairobi.",
            [("meeting", "2025-10-21", "ETH+KEN"), ("meeting", THU, "ETH+KEN")],
        ),
    ],
)
def test_second_day_of_a_meeting_is_that_meeting(nlp, text, expected):
    assert sided_rows(nlp, text) == expected

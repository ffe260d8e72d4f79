"""Words of conflict and diplomacy in news that is neither: sport, storms, courts, firms, culture,
crime (probe set s38-offdomain). One sentence each, written for these tests; none may give a call,
meeting, strike or sanction. Beside them, the real events with the same words must stay."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.pipeline import parse_text
from tests.events.core_sides import core_sides

PUBLISHED = date(2024, 5, 15)  # a Wednesday

pytestmark = pytest.mark.slow


def kinds(nlp, text: str) -> set[tuple]:
    """(type, source, target) of each core mention of a text."""
    return core_sides(nlp, text, PUBLISHED)


FALSE_FRIENDS = [
    # sport: shots, attacks, a defence, a final, a team received
    "Le capitaine a frappé du gauche et trouvé le petit filet.",
    "L'attaquant a frappé deux fois la barre avant la pause.",
    "Les Bleus ont attaqué la seconde période pied au plancher.",
    "La défense allemande a subi les assauts incessants des Italiens.",
    "Le Brésil a rencontré l'Argentine en finale de la Copa America.",
    "L'Espagne a affronté le Portugal dimanche soir à Séville.",
    "Le cycliste a attaqué dans la dernière ascension.",
    "Les deux sélections se retrouveront en demi-finale jeudi.",
    "Le tireur français a décroché l'or en tir à la carabine.",
    # boxing and rugby (off_domain.csv)
    "Le boxeur russe a frappé son adversaire ukrainien au troisième round.",
    "Le XV de France recevra l'Angleterre samedi au Stade de France.",
    # a team banned by its federation (off_domain.csv)
    "L'équipe de Russie a été sanctionnée par la fédération internationale.",
    # a work censored
    "Le film iranien a été sanctionné par la censure turque.",
    # storms, quakes, floods, epidemics
    "Un violent séisme a frappé le nord du Japon dans la nuit.",
    "La tempête a frappé les côtes bretonnes mardi.",
    "Un typhon a frappé les Philippines, faisant des dizaines de morts.",
    "La sécheresse frappe durement le sud de l'Espagne.",
    "La foudre a frappé un clocher en Normandie.",
    "Des inondations ont frappé le Pakistan pendant tout l'été.",
    "Une épidémie de choléra frappe le Yémen.",
    "Un incendie a ravagé un entrepôt de la banlieue de Moscou.",
    "Une explosion de gaz a détruit un immeuble à Lyon.",
    # courts, regulators, firms, police, crime, labour
    "La justice américaine a sanctionné Google pour abus de position dominante.",
    "La Commission européenne a infligé une amende de 4 milliards d'euros à Google.",
    "Le gendarme de la Bourse a sanctionné la banque pour manquement.",
    "Le tribunal a condamné l'entreprise à une amende de deux millions d'euros.",
    "L'entreprise a lancé un appel d'offres pour la construction du pont.",
    "La police a mené une descente dans un squat de Marseille.",
    "Les policiers ont fait une descente dans un bar de Kiev.",
    "La police a perquisitionné le siège du parti à Paris.",
    "Des pirates informatiques russes ont attaqué les serveurs du ministère.",
    "Un homme armé a ouvert le feu dans un lycée du Texas.",
    "Les ouvriers de l'usine sont en grève depuis lundi.",
    "Les cheminots ont lancé une grève illimitée.",
    "Un gang a attaqué un fourgon blindé près de Marseille.",
    "Le suspect a poignardé deux passants à Londres.",
    # a cyberattack (off_domain.csv)
    "Une cyberattaque a frappé les hôpitaux britanniques.",
    "Un rançongiciel a frappé la mairie de Lille la semaine dernière.",
    # culture, mountains
    "Le film, tourné à Moscou, raconte la rencontre de deux amants.",
    "Le président a reçu le prix Nobel de la paix à Oslo.",
    "Le chanteur a rencontré ses fans à Berlin avant son concert.",
    "Les alpinistes ont atteint le sommet de l'Everest mardi.",
    "Le groupe de rock a attaqué son concert par un vieux tube.",
    "L'exposition frappe par son audace.",
    # the economy
    "La crise frappe durement les ménages européens.",
    "L'inflation frappe les retraités.",
    "Le constructeur a annoncé un plan social qui frappe 3000 salariés.",
    # journeys of private life (private_travellers.txt), visits to troops, the wounded, a plant
    "Le footballeur Kylian Mbappé s'est rendu à Madrid pour signer son contrat.",
    "L'actrice Juliette Binoche a effectué une visite au Japon.",
    "Le chercheur Paul Lemaire s'est rendu en avion à Strasbourg.",
    "Le cycliste danois s'est rendu en Espagne pour s'entraîner.",
    "Le Premier ministre a rendu visite aux soldats déployés en Estonie.",
    "La vice-présidente américaine a effectué une visite à la nouvelle raffinerie du groupe.",
    # finding oneself somewhere (`se retrouver` with an attribute), visiting friends and family
    "Marc Dupuis et Léa Bernard se sont retrouvés coincés à Bruxelles à cause de la grève.",
    "Marc Dupuis et Léa Bernard se sont retrouvés bloqués à l'aéroport.",
    "Le 4 février, Marc Dupuis est allé rendre visite à un ami malade.",
    "Le président Emmanuel Macron a rendu visite à son ami Jean Dupont à Amiens.",
    # one state's own meeting (`gathering` in markers.csv): no talks between parties
    "Le cabinet israélien s'est réuni dimanche soir à Jérusalem.",
    "Le gouvernement britannique a convoqué une réunion d'urgence du comité Cobra.",
]


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_offdomain_false_friend_gives_nothing(nlp, text):
    assert kinds(nlp, text) == set()


# The same words in news of conflict and diplomacy: the new off-domain rows must leave them.
REAL = [
    ("Un missile russe a frappé un hôpital de Kharkiv mardi.", "strike"),
    ("L'armée israélienne a frappé un camp de réfugiés près de Rafah.", "strike"),
    ("Le président français a reçu mardi son homologue allemand à l'Élysée.", "meeting"),
    ("Washington a imposé de nouvelles sanctions à la Russie lundi.", "sanction"),
    ("Les dirigeants du G7 se sont retrouvés au sommet d'Hiroshima.", "meeting"),
    # an envoy's journey, even a name the knowledge base does not hold, is still a visit
    ("Tandi Dorji, ministre bhoutanais des Affaires étrangères, s'est rendu à New Delhi.", "meeting"),
    ("Le chef de la diplomatie norvégienne a effectué une visite à Kiev.", "meeting"),
    ("Emmanuel Macron et Olaf Scholz se sont retrouvés à Berlin.", "meeting"),
    ("Le président Emmanuel Macron a rendu visite à son homologue à Berlin.", "meeting"),
    ("Les ministres russe et turc ont tenu une réunion à Ankara.", "meeting"),
    ("Le Conseil de sécurité de l'ONU s'est réuni en urgence.", "meeting"),
]


@pytest.mark.parametrize("text, event_type", REAL)
def test_offdomain_rows_leave_real_events(nlp, text, event_type):
    assert event_type in {k[0] for k in kinds(nlp, text)}


# A practice, not an act: an event verb told as done again and again, an event noun in the plural
# with an adjective of habit (`repeated` and `habitual` in models/events/markers.csv; guidelines:
# generic mentions name no specific act).
HABITUAL = [
    "Les frappes russes répétées depuis des mois ont privé des millions d'Ukrainiens d'électricité.",
    "Les rencontres régulières entre les deux pays ont permis d'apaiser les tensions.",
    "Les bombardements quotidiens sur l'enclave ont fait des milliers de morts.",
    "Les deux pays se rencontrent chaque année à Genève.",
    "Les ministres des deux pays se parlent fréquemment au téléphone.",
    "L'armée israélienne frappe quotidiennement la bande de Gaza.",
]


@pytest.mark.parametrize("text", HABITUAL)
def test_habitual_mention_names_no_event(nlp, text):
    assert kinds(nlp, text) == set()


# The same words on one act: a day of its own, or a verb resuming the practice once.
HABITUAL_BUT_ONE_ACT = [
    ("Les frappes répétées de mardi ont tué dix civils à Kharkiv.", "strike"),
    ("Les deux dirigeants ont promis de reprendre les visites régulières entre leurs pays.", "meeting"),
    ("Un missile russe a frappé mardi un hôpital de Kharkiv, déjà visé à plusieurs reprises.", "strike"),
]


@pytest.mark.parametrize("text, event_type", HABITUAL_BUT_ONE_ACT)
def test_habitual_words_on_one_act_keep_it(nlp, text, event_type):
    assert event_type in {k[0] for k in kinds(nlp, text)}


# Opposing an event is refusing it (status_cues.csv `neg_verbs`; guidelines: `refuse de` is negated).
OPPOSED = [
    ("La Chine s'oppose à toute sanction contre la Russie.", "sanction"),
    ("La Hongrie s'est opposée à de nouvelles sanctions contre Moscou.", "sanction"),
    ("Le Congrès s'oppose à une rencontre entre Trump et Kim.", "meeting"),
]


@pytest.mark.parametrize("text, event_type", OPPOSED)
def test_opposed_event_is_negated(nlp, text, event_type):
    doc = parse_text(nlp, text, PUBLISHED)
    assert [m.status for m in doc._.event_mentions if m.event_type == event_type] == ["negated"]

"""The many ways French tells a sanction or a trade measure, and its false friends (s34-sanction).

Each row is one sentence written for this test: the (type, imposer, target) of each sanction, strike,
call or meeting mention it must give, or nothing for a false friend (sport, courts, taxes at home,
weather). They run the full pipeline, so they are marked slow.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.pipeline import parse_text
from tests.events.core_sides import core_mentions, core_sides

PUBLISHED = date(2025, 3, 12)  # a Wednesday

pytestmark = pytest.mark.slow

USA, CHN, RUS, EU = "state:USA", "state:CHN", "state:RUS", "org:ue"


def kinds(nlp, text: str) -> set[tuple]:
    """(type, source, target) of each core mention of a text."""
    return core_sides(nlp, text, PUBLISHED)


PARAPHRASES = [
    # a participle agreeing with the measure, hung by the parser on the goods' last noun: its agent imposed it
    (
        "Le Canada a annoncé vendredi des surtaxes sur le whisky américain. Ces surtaxes, qui entreront en vigueur "
        "le 1er juillet, répondent aux taxes sur l'acier et l'aluminium imposées la semaine dernière par Washington.",
        {("sanction", "state:CAN", USA), ("sanction", USA, "state:CAN")},
    ),
    # verbs
    ("Washington a imposé mardi de nouvelles sanctions à la Russie.", {("sanction", USA, RUS)}),
    ("L'Union européenne a sanctionné lundi trois entreprises chinoises.", {("sanction", EU, CHN)}),
    ("Le Japon a gelé les avoirs de plusieurs banques russes.", {("sanction", "state:JPN", RUS)}),
    # a pluperfect whose participle the parser made an adjective of the object, adverb between
    ("Le Japon avait aussi gelé les avoirs de plusieurs banques russes.", {("sanction", "state:JPN", RUS)}),
    ("Le Canada a expulsé quatre diplomates chinois.", {("sanction", "state:CAN", CHN)}),
    # an entry ban with no imposer named: the one whose territory is closed imposed it (arguments._entry_ban)
    (
        "Sept généraux russes ont été frappés d'une interdiction de voyager dans l'Union européenne.",
        {("sanction", EU, RUS)},
    ),
    ("Dix fonctionnaires chinois sont interdits de séjour aux États-Unis.", {("sanction", USA, CHN)}),
    # a rare verb the parser hangs on the day it made the root (nlp/day_complements.rooted_day_verb)
    ("Les États-Unis ont réimposé lundi l'ensemble des sanctions contre Pékin.", {("sanction", USA, CHN)}),
    # an emphatic pronoun the parser takes for a passive auxiliary (nlp/emphatic.py)
    (
        "Le Japon a rappelé qu'il avait lui-même imposé des sanctions à plusieurs banques russes.",
        {("sanction", "state:JPN", RUS)},
    ),
    ("Pékin a interdit les exportations de graphite vers les États-Unis.", {("sanction", CHN, USA)}),
    # ports closed to a state's ships (sanc_port_ban), transit forbidden (sanc_interdire_export)
    ("Le Japon a interdit l'accès de ses ports aux navires battant pavillon russe.", {("sanction", "state:JPN", RUS)}),
    ("La Turquie a fermé ses ports aux navires israéliens.", {("sanction", "state:TUR", "state:ISR")}),
    ("La Lettonie a interdit le transit de marchandises vers la Russie.", {("sanction", "state:LVA", RUS)}),
    # whose turn it is acts (`tour` in intent_nouns and factive_governors)
    ("Après Washington, c'est au tour de Tokyo de sanctionner trois banques russes.", {("sanction", "state:JPN", RUS)}),
    # taken off a list (`list_remove` in markers.csv): the list hung on the object, lifted that day
    ("Washington a retiré mardi Cuba de sa liste des États soutenant le terrorisme.", {("sanction", USA, "state:CUB")}),
    (
        "Washington a radié jeudi la Corée du Nord de la liste des pays soutenant le terrorisme.",
        {("sanction", USA, "state:PRK")},
    ),
    # other verbs of forbidding trade (`bannir`, `prohiber`)
    ("Séoul a banni l'importation de charbon nord-coréen.", {("sanction", "state:KOR", "state:PRK")}),
    ("Tokyo a prohibé les exportations de puces vers la Russie.", {("sanction", "state:JPN", RUS)}),
    # restrictions on sales to a state; who urged them (`sous la pression de X`) is no side
    (
        "La Corée du Sud a restreint les ventes de puces à la Chine sous la pression de Washington.",
        {("sanction", "state:KOR", CHN)},
    ),
    (
        "Berlin a décidé de nouvelles restrictions sur la vente à la Russie de machines-outils, sous la pression "
        "de ses alliés américains.",
        {("sanction", "state:DEU", RUS)},
    ),
    # a duty with no imposer named is levied by the state the goods are sent to
    (
        "Les exportations japonaises vers les États-Unis sont désormais soumises à un droit de 15 %.",
        {("sanction", USA, "state:JPN")},
    ),
    (
        "Les voitures allemandes à destination de la Chine seront frappées d'une taxe de 20 %.",
        {("sanction", CHN, "state:DEU")},
    ),
    ("Les voitures japonaises exportées vers les États-Unis seront taxées à 25 %.", {("sanction", USA, "state:JPN")}),
    # ... not a sanction of another kind: who bans oil sales to a state is not that state
    (
        "Les exportations de pétrole iranien vers la Chine sont visées par des sanctions.",
        {("sanction", None, "state:IRN"), ("sanction", None, CHN)},
    ),
    # a ban on dealings with a state's firms (`interdire toute transaction`), active or passive
    ("Moscou a interdit toute transaction avec quatre banques britanniques.", {("sanction", RUS, "state:GBR")}),
    (
        "Deux groupes d'armement allemands sont désormais interdits de toute transaction en Russie, a annoncé Moscou.",
        {("sanction", RUS, "state:DEU")},
    ),
    # a passive measure closed by `a annoncé X`, which the parser makes an adverbial clause: X imposed it
    ("Les avoirs de cinq sociétés japonaises en Chine sont gelés, a annoncé Pékin.", {("sanction", CHN, "state:JPN")}),
    # who asked for a measure (`à l'initiative de X`, `à la demande de X`) is no side, even after `à`
    (
        "Les sanctions de l'ONU contre la Corée du Nord ont été durcies mardi à l'initiative des États-Unis "
        "et du Japon.",
        {("sanction", "org:onu", "state:PRK")},
    ),
    (
        "Les mesures contre l'Iran ont été renforcées à la demande de la France.",
        {("sanction", None, "state:IRN")},
    ),
    # an `à` phrase of people (`à des responsables`) says whom a measure is refused to, not where
    (
        "Canberra a imposé des restrictions de visa à des responsables birmans.",
        {("sanction", "state:AUS", "state:MMR")},
    ),
    ("Ottawa a infligé des sanctions à des dirigeants iraniens.", {("sanction", "state:CAN", "state:IRN")}),
    ("Les États-Unis ont porté à 50 % les droits de douane sur l'acier chinois.", {("sanction", USA, CHN)}),
    ("Le Brésil a déclaré persona non grata l'ambassadeur du Nicaragua.", {("sanction", "state:BRA", "state:NIC")}),
    # nouns and nominalisations
    ("L'embargo de l'Union européenne sur le pétrole russe est entré en vigueur lundi.", {("sanction", EU, RUS)}),
    ("Le gel des avoirs de la banque centrale russe a été prolongé par l'Union européenne.", {("sanction", EU, RUS)}),
    (
        "L'expulsion de deux diplomates iraniens par l'Allemagne a été annoncée mardi.",
        {("sanction", "state:DEU", "state:IRN")},
    ),
    # `européen` on the measure noun: the Union imposes it, when the article names the Union; on the goods,
    # the Union is hit
    (
        "L'Union européenne a durci le ton. Les sanctions européennes contre la Russie ont été prolongées.",
        {("sanction", EU, RUS)},
    ),
    (
        "L'Union européenne a protesté. Washington a imposé des droits de douane sur l'acier européen.",
        {("sanction", USA, EU)},
    ),
    # two coordinated measures: the `à` phrase the parser hangs on the last one names whom both hit
    (
        "L'Australie a imposé des sanctions financières et des interdictions de voyage à des responsables birmans.",
        {("sanction", "state:AUS", "state:MMR")},
    ),
    # diplomats declared `indésirables`, an embassy's staff cut, a landing ban, an OFAC designation
    ("Le Burkina Faso a déclaré indésirables trois diplomates français.", {("sanction", "state:BFA", "state:FRA")}),
    ("La Russie a réduit le personnel de l'ambassade américaine à Moscou.", {("sanction", RUS, USA)}),
    (
        "Londres a interdit à la compagnie Aeroflot d'atterrir au Royaume-Uni.",
        {("sanction", "state:GBR", "org:aeroflot")},
    ),
    (
        "Le Trésor américain a désigné mardi un réseau de sociétés-écrans basé à Hong Kong.",
        {("sanction", "org:tresor-americain", None)},
    ),
    # a measure re-imposed or acted on, the noun misread as a modifier (`des` as `de les`, after a date)
    ("Les États-Unis ont réimposé des sanctions à l'Iran.", {("sanction", USA, "state:IRN")}),
    (
        "Washington a rétabli mercredi les sanctions contre le secteur pétrolier vénézuélien.",
        {("sanction", USA, "state:VEN")},
    ),
    # counter-measures against diplomats or officials, not only against goods
    (
        "L'Iran a annoncé des contre-mesures contre trois diplomates britanniques.",
        {("sanction", "state:IRN", "state:GBR")},
    ),
    # a measure naming no imposer is imposed by the state, body or bloc that announces it
    (
        "Le Trésor américain a annoncé que de nouvelles sanctions seraient imposées à l'Iran.",
        {("sanction", "org:tresor-americain", "state:IRN")},
    ),
    ("Selon Washington, les nouvelles sanctions visent 35 entités liées à l'Iran.", {("sanction", USA, "state:IRN")}),
    (
        "Bruxelles a confirmé mardi que les droits de douane sur l'acier américain seraient doublés.",
        {("sanction", EU, USA)},
    ),
    # not by a news agency, nor by the side that denounces it
    ("Selon l'AFP, les nouvelles sanctions visent des entreprises iraniennes.", {("sanction", None, "state:IRN")}),
    ("Moscou a dénoncé les sanctions visant ses banques.", {("sanction", None, RUS)}),
    # passive and roles
    (
        "Des droits de douane de 25 % ont été imposés par Washington sur les voitures mexicaines.",
        {("sanction", USA, "state:MEX")},
    ),
    (
        "Trois banques iraniennes ont été sanctionnées mardi par le Trésor américain.",
        {("sanction", "org:tresor-americain", "state:IRN")},
    ),
    # price cap, lifting
    ("Le G7 a instauré un plafond de 60 dollars sur le prix du baril de pétrole russe.", {("sanction", "org:g7", RUS)}),
    ("L'Union européenne a imposé un plafonnement du prix du pétrole russe.", {("sanction", EU, RUS)}),
    (
        "Le plafonnement du prix du pétrole russe décidé par l'Union européenne est entré en vigueur.",
        {("sanction", EU, RUS)},
    ),
    (
        "Washington a levé mardi les sanctions qui visaient le secteur pétrolier vénézuélien.",
        {("sanction", USA, "state:VEN")},
    ),
    # `viser` an economic target is a sanction, not a strike
    (
        "Le Trésor américain a visé mardi plusieurs compagnies maritimes iraniennes.",
        {("sanction", "org:tresor-americain", "state:IRN")},
    ),
    ("Washington a visé trois banques chinoises accusées d'aider Moscou.", {("sanction", USA, CHN)}),
    # a riposte answering a court ruling or an arms sale, with no weapon fired, is no strike
    (
        "Pékin a annoncé le gel des biens de sept entreprises américaines de défense, "
        "en riposte à leurs ventes d'armes.",
        {("sanction", CHN, USA)},
    ),
    (
        "Tokyo a restreint ses exportations vers Séoul, une riposte aux décisions de la justice coréenne "
        "sur les victimes du travail forcé.",
        {("sanction", "state:JPN", "state:KOR")},
    ),
    # a package the parser hangs on the day told before it (`dévoilé vendredi son deuxième paquet`)
    (
        "Le Royaume-Uni a dévoilé vendredi son deuxième paquet de sanctions contre la Syrie.",
        {("sanction", "state:GBR", "state:SYR")},
    ),
    # the origin of the goods read on the surface when the parser hangs the participle on the main verb;
    # the imposer found through the clause (`un décret imposant`) takes them as targets too
    (
        "Washington a publié mercredi un décret imposant des droits de douane de 20 % sur l'aluminium importé "
        "du Brésil et de l'Argentine.",
        {("sanction", USA, "state:BRA"), ("sanction", USA, "state:ARG")},
    ),
    (
        "Ottawa a répliqué en frappant de surtaxes des milliards de dollars de produits américains.",
        {("sanction", "state:CAN", USA)},
    ),
    # who protests after a measure (`a convoqué l'ambassadeur après ...`) is the side it hits
    (
        "Moscou a convoqué l'ambassadeur américain après l'annonce de nouvelles sanctions par Washington.",
        {("sanction", USA, RUS)},
    ),
    (
        "Pékin a protesté vivement après les restrictions à l'exportation décidées par Washington.",
        {("sanction", USA, CHN)},
    ),
    # on a list: who is listed is hit, whose list it is imposes (a list told by the sentence before too)
    (
        "Quatre armateurs grecs figurent sur la liste noire publiée jeudi par le Trésor américain.",
        {("sanction", "org:tresor-americain", "state:GRC")},
    ),
    (
        "Trois banques turques ont été inscrites sur la liste noire du Trésor américain.",
        {("sanction", "org:tresor-americain", "state:TUR")},
    ),
    # the passive's agent owns the list (`ajoutées par X à sa liste`), not whom the list names
    (
        "Quatre sociétés indiennes ont été ajoutées jeudi par le Trésor américain à sa liste noire.",
        {("sanction", "org:tresor-americain", "state:IND")},
    ),
    (
        "Cinq sociétés iraniennes ont été ajoutées lundi par le département américain du Commerce à sa liste noire.",
        {("sanction", "org:usa-commerce", "state:IRN")},
    ),
    (
        "Le Japon a sanctionné jeudi cinq banques russes. Deux sociétés turques ont aussi été ajoutées à la liste.",
        {("sanction", "state:JPN", RUS), ("sanction", "state:JPN", "state:TUR")},
    ),
    (
        "Londres a adopté jeudi un paquet de sanctions contre l'Iran. "
        "Deux armateurs indiens figurent aussi sur la liste.",
        {("sanction", "state:GBR", "state:IRN"), ("sanction", "state:GBR", "state:IND")},
    ),
    # `Royaume-Uni` one word: the list of imposers is one subject, the first of them leads
    (
        "Le Royaume-Uni, le Canada et l'Australie ont annoncé mardi des sanctions contre la Russie.",
        {("sanction", "state:GBR", RUS)},
    ),
    # a cleft names the imposer before `qui`
    ("C'est Ottawa qui a imposé ces sanctions à Téhéran.", {("sanction", "state:CAN", "state:IRN")}),
    # a riposte told by a gerund after the measure it answers: the gerund is the main verb's, and hits
    # the answered measure's imposer (`restrictions à l'exportation` headed by its first word)
    (
        "Le Japon a riposté aux sanctions chinoises en imposant des restrictions à l'exportation de puces.",
        {("sanction", CHN, "state:JPN"), ("sanction", "state:JPN", CHN)},
    ),
    # a measure that hits a state is no strike, whatever the verb
    ("Cuba a été frappé mardi par un embargo américain renforcé.", {("sanction", USA, "state:CUB")}),
    # the demonym of the goods, made an adverb of the verb by the parser (nlp/demonyms.py), still names the target
    (
        "La Chine a suspendu ses importations de fruits de mer japonais après le rejet des eaux de la centrale.",
        {("sanction", CHN, "state:JPN")},
    ),
    # counter-measures against a side are measures too, whatever they bear on
    ("Ottawa a adopté jeudi des contre-mesures contre la Chine.", {("sanction", "state:CAN", CHN)}),
    ("Bruxelles a suspendu pour trois mois ses contre-mesures contre Washington.", {("sanction", EU, USA)}),
    # a side's measures that reach another side are a measure against it (sanc_mesures_owner_reach)
    ("Les dernières mesures de Londres visent plusieurs banques russes.", {("sanction", "state:GBR", RUS)}),
    ("Les mesures de Pékin frappent désormais les éleveurs canadiens.", {("sanction", CHN, "state:CAN")}),
    # a rare verb the tagger takes for a noun (nlp/participles.py): still the clause's verb, its subject imposes
    ("Ottawa a réimposé des sanctions contre Minsk.", {("sanction", "state:CAN", "state:BLR")}),
    # measures aimed at firms of another side (sanc_mesures_aimed)
    ("Ottawa a adopté lundi des mesures visant trois sociétés iraniennes.", {("sanction", "state:CAN", "state:IRN")}),
    ("Le Japon a présenté des mesures ciblant plusieurs banques russes.", {("sanction", "state:JPN", RUS)}),
    # the listed firms told after the list, hung by the parser on the list's noun (nlp/displaced.py)
    (
        "Pékin a placé sur sa liste des entités non fiables quatre groupes américains d'armement.",
        {("sanction", CHN, USA)},
    ),
    # the answered measure's agent, hung by the parser on `réponse` (nlp/agents): two measures, each its own side
    (
        "Ottawa a imposé des surtaxes en réponse aux droits de douane imposés la veille par Washington.",
        {("sanction", "state:CAN", USA), ("sanction", USA, "state:CAN")},
    ),
    # an envoy of the side hit, told with the state where he is posted: only that host expels him
    # (arguments._envoy_host, `posted_envoys` in markers.csv)
    (
        "L'ambassadeur d'Espagne en Algérie, déclaré persona non grata jeudi par les autorités, a quitté Alger.",
        {("sanction", "state:DZA", "state:ESP")},
    ),
    ("Le consul du Japon en Chine a été expulsé lundi.", {("sanction", CHN, "state:JPN")}),
    ("La chargée d'affaires des États-Unis au Venezuela a été expulsée mardi.", {("sanction", "state:VEN", USA)}),
    ("L'ambassadeur des États-Unis au Venezuela a été expulsé mardi.", {("sanction", "state:VEN", USA)}),
    # the `sous` phrase the parser hung on the day after the verb (nlp/day_complements)
    ("Ottawa a placé mercredi sous sanctions trois généraux birmans.", {("sanction", "state:CAN", "state:MMR")}),
    # nationals counted (a number before a capitalised demonym) hit by a measure name their state
    ("Ottawa a sanctionné jeudi quatre Vénézuéliens proches du pouvoir.", {("sanction", "state:CAN", "state:VEN")}),
    ("Le Royaume-Uni a imposé des sanctions à onze Russes.", {("sanction", "state:GBR", RUS)}),
    ("Bruxelles a gelé les avoirs de six Biélorusses.", {("sanction", EU, "state:BLR")}),
    # ... but a number before a common noun names no state
    ("Ottawa a sanctionné jeudi quatre entreprises proches du pouvoir.", {("sanction", "state:CAN", None)}),
    # a ban on selling hits the buyer, not the sellers it is addressed to (`sold_to` in markers.csv)
    ("Washington a interdit aux groupes américains de vendre des puces à Huawei.", {("sanction", USA, "org:huawei")}),
    ("Berlin interdit désormais de livrer des armes à l'Arabie saoudite.", {("sanction", "state:DEU", "state:SAU")}),
    (
        "Le département américain du Commerce a interdit jeudi aux sociétés américaines de fournir des logiciels "
        "à ZTE.",
        {("sanction", "org:usa-commerce", "org:zte")},
    ),
    # a summing-up noun after a comma whose `qui` clause of reach names the side hit (`summing_up`)
    (
        "Tokyo a relevé mardi ses taxes sur le riz importé, une mesure qui pénalise surtout la Thaïlande.",
        {("sanction", "state:JPN", "state:THA")},
    ),
    # ... but what the measure hits may be suspected of selling: the buyer is no side of it
    (
        "Ottawa a sanctionné quatre sociétés turques soupçonnées de livrer des pièces détachées à l'Iran.",
        {("sanction", "state:CAN", "state:TUR")},
    ),
    (
        "Tokyo a sanctionné trois entreprises chinoises soupçonnées de fournir des composants à la Russie.",
        {("sanction", "state:JPN", CHN)},
    ),
    # a side's measures told by the agent of their participle (sanc_mesures_agent_reach)
    (
        "Les nouvelles mesures, annoncées jeudi par Londres, visent une dizaine de banques russes.",
        {("sanction", "state:GBR", RUS)},
    ),
    ("Les mesures adoptées par Bruxelles frappent les exportateurs chinois d'acier.", {("sanction", EU, CHN)}),
    # `contre` never tells an agent, even where the parser labels it one: the measure answered hits Iran
    (
        "Téhéran a sanctionné trois responsables européens en riposte aux sanctions adoptées contre l'Iran.",
        {("sanction", "state:IRN", None), ("sanction", None, "state:IRN")},
    ),
    # the agent of a legal act in a complement of a passive measure enacted it (markers.csv `enacting_act`)
    (
        "En vertu du décret signé lundi par Donald Trump, les produits brésiliens seront taxés à 50 %.",
        {("sanction", "person:donald-trump", "state:BRA")},
    ),
    # a package's participle made the root by the parser, the verb of reach its conjunct
    (
        "Le nouveau paquet de sanctions adopté mardi par les Vingt-Sept vise une centaine de navires russes.",
        {("sanction", EU, RUS)},
    ),
    # the holders of what is revoked, told by a participle of issuing (class 6, markers.csv `issued`)
    (
        "L'Inde a annulé mercredi les visas délivrés aux ressortissants pakistanais.",
        {("sanction", "state:IND", "state:PAK")},
    ),
    (
        "Washington a révoqué les licences d'exportation accordées à plusieurs entreprises chinoises.",
        {("sanction", USA, CHN)},
    ),
    # whom a measure noun is `pour`, counted (class 6, arguments._counted_people)
    ("Ottawa a décrété une interdiction de visa pour six généraux russes.", {("sanction", "state:CAN", RUS)}),
    (
        "L'interdiction de territoire pour cinq députés chinois a été confirmée mardi par Canberra.",
        {("sanction", "state:AUS", CHN)},
    ),
    # a gerund of expelling, hung by the parser on a later clause's verb (nlp/gerunds.gerund_before_clause)
    (
        "Caracas a répondu mardi en expulsant l'ambassadeur espagnol, deux jours après que Madrid eut pris la "
        "même mesure.",
        {("sanction", "state:VEN", "state:ESP")},
    ),
    # expelled agents told as presumed (`sanc_expulser_agents`)
    (
        "La Belgique a expulsé jeudi trois agents présumés des services secrets iraniens.",
        {("sanction", "state:BEL", "state:IRN")},
    ),
    # a perfect infinitive tells what the ones listed are blamed for; its `à` phrase is no buyer hit
    (
        "Washington a ajouté jeudi à sa liste noire neuf entreprises indiennes soupçonnées d'avoir fourni des "
        "pièces détachées à l'armée russe.",
        {("sanction", USA, "state:IND")},
    ),
    # the `qui` of a clause on what a measure reaches is the measure, not its target (`measure_reach`)
    (
        "L'Union européenne a imposé lundi de nouvelles sanctions contre l'Iran, qui visent ses exportations de "
        "pétrole.",
        {("sanction", EU, "state:IRN")},
    ),
    # cutting another state's diplomatic staff, told by a noun (`sanc_reduction_personnel`)
    (
        "Moscou a ordonné jeudi la réduction de 200 personnes du personnel diplomatique britannique en Russie.",
        {("sanction", RUS, "state:GBR")},
    ),
    # the one a measure is told as faced by (`fait face à`) or reaching in the passive (`est visé par`) is hit;
    # the measure's own adjective names who took it
    (
        "Le Venezuela fait face à de nouvelles sanctions américaines visant son secteur pétrolier.",
        {("sanction", USA, "state:VEN")},
    ),
    (
        "L'Iran est désormais visé par l'ensemble des sanctions américaines rétablies en août.",
        {("sanction", USA, "state:IRN")},
    ),
]

FALSE_FRIENDS = [
    # measures that reach no other side are a policy at home (markers.csv `reach_only`)
    "Les mesures annoncées par Paris visent les fumeurs.",
    "Les dernières mesures de Londres visent les automobilistes.",
    "Le gouvernement a interdit aux pharmacies de vendre ce médicament aux mineurs.",
    # a ban on a kind of payment at home is no measure against anyone
    "La banque centrale a interdit les transactions en cryptomonnaies.",
    "Le défenseur a été suspendu trois matchs après son carton rouge contre Lyon.",
    "La commission de discipline a infligé une lourde sanction au club après les incidents.",
    "Le tribunal a condamné l'importateur à six ans de prison pour fraude aux droits de douane.",
    "Le gouvernement veut prolonger la surtaxe sur les bénéfices des grandes entreprises.",
    "Le gel a frappé les vignobles dans la nuit de lundi à mardi.",
    "Le ministre a promis le gel des cotisations sociales pour les exploitations sinistrées.",
    "Les locataires ont été expulsés de leur logement par décision de justice.",
    "La préfecture a interdit l'usage des feux jusqu'à dimanche.",
    "À Séoul, on y voit une riposte aux décisions de la justice en faveur des victimes du travail forcé.",
    "Le plafond de la dette américaine a été relevé par le Congrès.",
    "Le gouvernement a plafonné le prix de l'essence pour les ménages.",
    "L'ambassade a réduit son personnel pour des raisons de sécurité.",
    "La tour de contrôle a interdit à l'avion d'atterrir en raison du brouillard.",
    "Le Trésor a désigné un nouveau directeur des affaires internationales.",
    "Le supporter a été déclaré indésirable au stade par le club.",
    "Le navire a déployé des contre-mesures électroniques contre les missiles.",
    "L'état-major a déployé des contre-mesures contre les drones.",
    "Le candidat figure en tête de la liste du parti aux élections régionales.",
    # measures that aim to do something name no side they hit
    "Les mesures de Washington visent à relancer la production d'acier.",
    "Les mesures de Noël touchent surtout les petits commerces.",
    "La mairie a présenté des mesures visant les commerces du centre-ville.",
    "Trois films français figurent sur la liste des nominés aux Oscars.",
]

# what an attack aims at is no sanction, whatever it is (`viser` a firm with drones)
NOT_SANCTIONS = [
    # a port closed to ships by a storm
    "Le port de Marseille a été fermé aux navires en raison de la tempête.",
    "Les drones ont visé une entreprise de défense près de Kharkiv.",
    # the price cap a fleet evades is the measure in force, told as background, not an act (sanc_price_cap)
    "Ces pétroliers permettent à Moscou de contourner le plafonnement du prix de son pétrole brut.",
    # what rules or measures already told restrict is what they reach, not one more measure
    "Les nouvelles règles restreignent aussi la vente à la Chine de puces de mémoire avancées.",
]


@pytest.mark.parametrize("text, expected", PARAPHRASES)
def test_sanction_paraphrase(nlp, text, expected):
    assert kinds(nlp, text) == expected


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_sanction_false_friend_gives_nothing(nlp, text):
    assert kinds(nlp, text) == set()


@pytest.mark.parametrize("text", NOT_SANCTIONS)
def test_sanction_not_told(nlp, text):
    assert not {k for k in kinds(nlp, text) if k[0] == "sanction"}


# A verb of motion or change of state with the present of `être` is a compound past (`sont entrées
# en vigueur vendredi`, the participle tagged as a noun): last Friday, an act done, not a plan.
@pytest.mark.parametrize(
    "text, status, day",
    [
        ("Les sanctions américaines contre Rosneft sont entrées en vigueur vendredi.", "occurred", "2025-03-07"),
        ("Les sanctions américaines contre Rosneft entreront en vigueur vendredi.", "planned", "2025-03-14"),
    ],
)
def test_sanction_in_force_day_follows_the_tense(nlp, text, status, day):
    doc = parse_text(nlp, text, PUBLISHED)
    (mention,) = [m for m in doc._.event_mentions if m.event_type == "sanction"]
    assert (mention.status, mention.date.start.isoformat()) == (status, day)


# A gerund (`en imposant`, `en surtaxant`) tells how its verb's act is done: it shares that verb's
# mood, tense and negation.
@pytest.mark.parametrize(
    "text, status",
    [
        ("Mexico pourrait riposter en surtaxant les marchandises américaines.", "hypothetical"),
        ("Pékin pourrait riposter en imposant des droits de douane sur le soja américain.", "hypothetical"),
        ("Pékin n'a pas riposté en imposant des droits de douane sur le soja américain.", "negated"),
        ("Pékin ripostera en imposant des droits de douane sur le soja américain.", "planned"),
        # the parser hangs the gerund on the verb as a complement behind its `en` (obl:mod)
        ("Pékin pourrait riposter en taxant le soja américain.", "hypothetical"),
        ("Pékin a riposté en imposant des droits de douane sur le soja américain.", "occurred"),
        # the tagger reads `suspendant` as an infinitive: the `-ant` form after `en` is still a gerund
        ("Rome a répliqué en suspendant la délivrance de visas aux ressortissants iraniens.", "occurred"),
        ("Rome pourrait répliquer en suspendant la délivrance de visas aux ressortissants iraniens.", "hypothetical"),
    ],
)
def test_sanction_told_by_a_gerund_takes_its_verb_status(nlp, text, status):
    doc = parse_text(nlp, text, PUBLISHED)
    assert [m.status for m in doc._.event_mentions if m.event_type == "sanction"] == [status]


# A riposte told as at once (`aussitôt`, `dans la foulée`) right after a dated act, with no date of its
# own, is of that act's month or year: not merged with a later measure of the same side.
def test_sanction_told_at_once_takes_the_date_of_the_act_before(nlp):
    text = (
        "En juillet 2018, Washington avait imposé des droits de 25 % sur des produits chinois. "
        "Pékin avait aussitôt répliqué par des taxes sur le soja américain."
    )
    doc = parse_text(nlp, text, PUBLISHED)
    told = [
        (m.source_actor, m.date and (m.date.start.isoformat(), m.date.end and m.date.end.isoformat()))
        for m in doc._.event_mentions
        if m.event_type == "sanction"
    ]
    assert told == [(USA, ("2018-07-01", "2018-07-31")), (CHN, ("2018-07-01", "2018-07-31"))]


# A further measure told `également` or `aussi` by the imposer of a dated measure, one or two sentences
# on, was taken that day; another imposer's, or one told further away, keeps no day.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le Japon a imposé lundi des droits de douane sur l'acier chinois. "
            "Tokyo a également placé six entreprises chinoises sur sa liste noire.",
            ["2025-03-10", "2025-03-10"],
        ),
        (
            "Le Japon a imposé lundi des droits de douane sur l'acier chinois. "
            "Séoul a également placé six entreprises chinoises sur sa liste noire.",
            ["2025-03-10", None],
        ),
    ],
)
def test_further_measure_told_also_takes_the_imposer_day(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    days = [m.date.start.isoformat() if m.date else None for m in doc._.event_mentions if m.event_type == "sanction"]
    assert days == expected


# A date inside the phrase of another event opened by `après` is that event's day; a participle opening the
# sentence (`Réunis samedi à Abuja,`) gives its day to the act of the main clause, not to one it reports.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Les dirigeants ouest-africains ont décidé de lever les sanctions imposées au Niger "
            "après le putsch de juillet.",
            [None],
        ),
        (
            "Réunis lundi à Abuja, les dirigeants de la Cédéao ont décidé de lever les sanctions imposées au Niger.",
            ["2025-03-10"],
        ),
        ("Interrogé lundi, le ministre canadien a dit avoir gelé les avoirs de trois banques russes.", [None]),
    ],
)
def test_day_of_a_measure_told_beside_other_days(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    days = [m.date.start.isoformat() if m.date else None for m in doc._.event_mentions if m.event_type == "sanction"]
    assert days == expected


def test_sentence_rooted_in_the_first_listed_imposer(nlp):
    # `Le Royaume-Uni, les États-Unis et vingt autres pays ont expulsé ...`: the parser roots the sentence in
    # the first name; the object of the verb is no imposer
    text = "Le Royaume-Uni, les États-Unis et vingt autres pays ont expulsé des diplomates chinois."
    assert kinds(nlp, text) == {("sanction", "state:GBR", CHN), ("sanction", USA, CHN)}


def test_second_name_after_a_verb_tagged_as_a_noun_is_hit_too(nlp):
    # `sanctionne` tagged as a noun: the second name joined by `et` hangs on the verb
    doc = parse_text(nlp, "Washington sanctionne Rosneft et Lukoil", PUBLISHED)
    (mention,) = [m for m in doc._.event_mentions if m.event_type == "sanction"]
    assert mention.actors == (USA, "org:rosneft", "org:lukoil")


# the side an act stands with (`alongside` in markers.csv) is no party to it, though the parser hangs it
# on the verb as a second object: neither a second target nor among the participants
STOOD_WITH = [
    (
        "L'Irlande a renvoyé deux diplomates russes en solidarité avec le Royaume-Uni.",
        [("state:IRL", RUS, ("state:IRL", RUS))],
    ),
    (
        "La Lettonie a expulsé un diplomate biélorusse par solidarité avec la Pologne.",
        [("state:LVA", "state:BLR", ("state:LVA", "state:BLR"))],
    ),
    (
        "En soutien à l'Ukraine, la Suisse a gelé les avoirs de deux banques russes.",
        [("state:CHE", RUS, ("state:CHE", RUS))],
    ),
]


@pytest.mark.parametrize("text, expected", STOOD_WITH, ids=[c[0][:40] for c in STOOD_WITH])
def test_side_stood_with_is_no_party(nlp, text, expected):
    found = [(m.source_actor, m.target_actor, m.actors) for m in core_mentions(nlp, text, PUBLISHED)]
    assert found == expected


# A list of those under restrictive measures (`soumis à des mesures restrictives`) is a sanctions list: being
# put on it is a sanction (sanc_list_add, class 6).
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le Conseil de l'UE a inscrit mardi quatre ministres biélorusses sur sa liste des personnes soumises "
            "à des mesures restrictives.",
            [("sanction", "org:conseil-ue", "state:BLR")],
        ),
        ("Le club a inscrit mardi quatre joueurs sur sa liste des remplaçants.", []),
    ],
)
def test_put_on_a_list_of_restrictive_measures_is_a_sanction(nlp, text, expected):
    found = [(m.event_type, m.source_actor, m.target_actor) for m in core_mentions(nlp, text, PUBLISHED)]
    assert found == expected


# An order to leave a country received by diplomats is their expulsion: those who receive it (`undergoing` in
# markers.csv) are hit, and the state they must leave expels them (arguments._state_to_leave, class 6). A
# player ordered off the pitch is no one's sanction.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Trois diplomates russes ont reçu mardi l'ordre de quitter la Suède.",
            [("sanction", "state:SWE", RUS)],
        ),
        (
            "Deux diplomates chinois ont reçu l'injonction de quitter la Lituanie sous sept jours.",
            [("sanction", "state:LTU", "state:CHN")],
        ),
        ("L'arbitre a donné au joueur l'ordre de quitter le terrain.", []),
    ],
)
def test_order_to_leave_a_state_received_by_diplomats_is_an_expulsion(nlp, text, expected):
    found = [(m.event_type, m.source_actor, m.target_actor) for m in core_mentions(nlp, text, PUBLISHED)]
    assert found == expected


# A measure noun hung by `de` on a list trigger says what that measure is (`sa liste de contrôle des
# exportations`): one measure, not two (triggers._names_measure_of, class 6). A sanctions package a state
# `cible` with is no strike (strike_cibler forbids `paquet`).
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "La Corée du Sud a ajouté mercredi huit entités russes à sa liste de contrôle des exportations.",
            [("sanction", "state:KOR", RUS)],
        ),
        (
            "Avec son nouveau paquet, Londres a ciblé lundi une centaine de pétroliers de la flotte russe.",
            [],
        ),
    ],
)
def test_one_measure_per_list_and_no_strike_in_a_package(nlp, text, expected):
    found = [
        (m.event_type, m.source_actor, m.target_actor)
        for m in core_mentions(nlp, text, PUBLISHED)
        if m.event_type in {"sanction", "strike"}
    ]
    assert found == expected


# A name in a phrase of another event the act is dated against (`après la levée du veto slovaque`, `après la
# visite du président russe en Corée du Nord`) is no side of the act: the fallback that takes the sentence's
# names leaves it out (arguments._in_time_anchor, class 4).
@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'UE adopte son nouveau paquet de sanctions après la levée du veto slovaque", [("org:ue",)]),
        (
            "Le Japon a imposé mardi des sanctions, quelques jours après la visite du président russe en Corée du "
            "Nord.",
            [("state:JPN",)],
        ),
    ],
)
def test_side_of_an_event_the_act_is_dated_against_is_no_side(nlp, text, expected):
    assert [m.actors for m in core_mentions(nlp, text, PUBLISHED) if m.event_type == "sanction"] == expected


# A passive measure closed by `a décidé X` (`measure_announcers` in markers.csv): X, the inverted subject the
# parser reads as the verb's object, imposes it and is no target (class 6).
def test_passive_measure_closed_by_its_decider(nlp):
    text = "Les exportations de turbines vers la Russie seront soumises à licence dès lundi, a décidé Tokyo."
    found = [
        (m.source_actor, m.target_actor) for m in core_mentions(nlp, text, PUBLISHED) if m.event_type == "sanction"
    ]
    assert found == [("state:JPN", RUS)]


# The EU's ministers told as a group (`Les ministres européens des Affaires étrangères`) impose the bloc's
# measures (models/actors/organizations.csv aliases, class 2).
def test_european_ministers_impose_the_eu_measure(nlp):
    text = "Les ministres européens des Affaires étrangères ont adopté mardi de nouvelles sanctions contre l'Iran."
    found = [
        (m.source_actor, m.target_actor) for m in core_mentions(nlp, text, PUBLISHED) if m.event_type == "sanction"
    ]
    assert found == [(EU, "state:IRN")]


# A measure verb whose subject is a `qui` standing for a measure noun (`un paquet de sanctions qui gèle ...`)
# tells what that measure does: who took the measure imposes it (arguments._measure_relative_imposer,
# class 6). A bill that forbids exports names no one it hits.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le Canada a adopté mardi un train de mesures qui interdit les exportations de drones vers l'Iran.",
            {("sanction", "state:CAN", "state:IRN")},
        ),
        (
            "Londres a présenté jeudi un paquet de sanctions qui gèle les avoirs de trois banques russes.",
            {("sanction", "state:GBR", RUS)},
        ),
        ("Le ministre a présenté jeudi un projet de loi qui interdit les exportations d'armes.", set()),
    ],
)
def test_measure_told_by_a_relative_on_the_package_is_the_package_takers(nlp, text, expected):
    assert kinds(nlp, text) == expected


# Travel bans told with the infinitive that names them (`des interdictions de voyager à X`, `visant X`): the
# measure's complements hang on the infinitive, which the parser may hang on the clause's verb
# (arguments._naming_infinitive). With the target found, two states that impose one such measure side by
# side are not read as facing each other (facing.facing_measures completes only measures with no target).
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Londres et Ottawa ont imposé mercredi des interdictions de voyager à deux ministres israéliens.",
            {("sanction", "state:CAN", "state:ISR"), ("sanction", "state:GBR", "state:ISR")},
        ),
        (
            "Canberra a annoncé mardi une interdiction de voyager visant trois généraux birmans.",
            {("sanction", "state:AUS", "state:MMR")},
        ),
        (
            "Le Japon et la Corée du Sud ont annoncé jeudi des interdictions de voyager visant des hackers "
            "nord-coréens.",
            {("sanction", "state:JPN", "state:PRK"), ("sanction", "state:KOR", "state:PRK")},
        ),
    ],
)
def test_travel_ban_named_by_its_infinitive_hits_its_complement(nlp, text, expected):
    assert kinds(nlp, text) == expected


# An entry ban on the imposer's own soil named by its demonym (`l'entrée sur le territoire chinois à douze
# élus canadiens`): the `à` phrase hung on the place barred names who is barred; the imposer's territory is
# no target (arguments._barred_entrants, class 6).
def test_entry_ban_on_the_imposers_territory_hits_who_is_barred(nlp):
    text = "Pékin a interdit vendredi l'entrée sur le territoire chinois à douze élus canadiens."
    assert kinds(nlp, text) == {("sanction", "state:CHN", "state:CAN")}


# A measure under the infinitive a verb of urging puts to another party (`a pressé X de renoncer aux
# surtaxes`) is a wish, no act (extractor._demanded, `urging` in markers.csv, class 9); an order to one's own
# body (`a demandé au Trésor de sanctionner X`) is still a measure.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Keir Starmer a pressé Donald Trump de renoncer aux surtaxes.", set()),
        # ... also when the parser hangs the infinitive on the addressee
        (
            "Le président finlandais a exhorté les partenaires de l'Ukraine à durcir les sanctions contre la Russie.",
            set(),
        ),
        (
            "Le président a demandé au Trésor de sanctionner trois banques iraniennes.",
            {("sanction", "org:tresor-americain", "state:IRN")},
        ),
    ],
)
def test_measure_urged_on_another_party_is_no_act(nlp, text, expected):
    assert kinds(nlp, text) == expected


# `européen` on the goods a measure falls on (`des droits sur les brandys européens`) names the Union as the
# side hit (arguments._european_goods, class 6); an inquiry into those goods is no measure.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pékin a imposé mardi des droits de douane sur les brandys européens.", {("sanction", "state:CHN", EU)}),
        ("Washington a imposé des droits de 25 % sur l'acier européen.", {("sanction", "state:USA", EU)}),
        ("La Chine a ouvert une enquête sur le porc européen.", set()),
        # the goods hung on the measure's reach (arguments._measure_reaches)
        (
            "Les éleveurs s'alarment de la décision de Pékin d'imposer des droits de douane provisoires allant "
            "jusqu'à 40 % sur le fromage européen.",
            {("sanction", "state:CHN", EU)},
        ),
    ],
)
def test_european_goods_hit_the_union(nlp, text, expected):
    assert kinds(nlp, text) == expected


# A measure joining a riposte (`a lui aussi riposté en taxant ...`) hits the imposer of the measure answered before,
# not the side hit last (chains, class 6); joining a measure that answers none, it hits that measure's target.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le Mexique a imposé lundi des droits de douane sur le porc américain, en réponse aux taxes décidées par "
            "Washington sur l'acier mexicain. Le Japon a lui aussi riposté mardi en taxant des produits agricoles.",
            {
                ("sanction", "state:MEX", "state:USA"),
                ("sanction", "state:USA", "state:MEX"),
                ("sanction", "state:JPN", "state:USA"),
            },
        ),
        (
            "Washington a imposé lundi des sanctions contre Caracas. "
            "Le Canada a lui aussi annoncé mardi des sanctions.",
            {("sanction", "state:USA", "state:VEN"), ("sanction", "state:CAN", "state:VEN")},
        ),
    ],
)
def test_measure_joining_a_riposte_hits_the_one_answered(nlp, text, expected):
    assert kinds(nlp, text) == expected


# A demonym closing the people a measure is imposed on (`à six responsables iraniens`) is theirs, not the
# measure's: one measure, by its imposer, on their state (parse repair in nlp/demonyms.py, class 6).
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "L'Australie a imposé des interdictions de voyage à dix responsables biélorusses.",
            {("sanction", "state:AUS", "state:BLR")},
        ),
    ],
)
def test_demonym_of_the_people_hit_names_their_state(nlp, text, expected):
    assert kinds(nlp, text) == expected


# A relative clause on a measure noun whose subject is `qui` tells the noun's measure again
# (`les droits qui frappaient X`): one mention, never a second measure the other way (extractor._same_event).
def test_relative_clause_of_a_measure_tells_it_again(nlp):
    doc = parse_text(
        nlp, "Ottawa a levé mardi les droits de douane qui frappaient le bois et le papier américains.", PUBLISHED
    )
    assert [(m.event_type, m.source_actor) for m in doc._.event_mentions] == [("sanction", "state:CAN")]


# Expulsions counted out one capital after another: `en` stands for the diplomats told before, whose words the
# verb takes as its own (triggers.counted_partitive), and the measure joins the one told before, against its
# target; a name set off with `également` and no verb is the same act by that name (phrases.echo_item, echoes).
def test_expulsions_counted_out_capital_by_capital(nlp):
    text = (
        "Ottawa a expulsé jeudi sept diplomates iraniens. Londres en expulse trois, Dublin également. "
        "Varsovie en renvoie deux."
    )
    assert kinds(nlp, text) == {
        ("sanction", "state:CAN", "state:IRN"),
        ("sanction", "state:GBR", "state:IRN"),
        ("sanction", "state:IRL", "state:IRN"),
        ("sanction", "state:POL", "state:IRN"),
    }


JAPAN, RUSSIA = "state:JPN", "state:RUS"


# A measure noun after `sous` that the parser hung on the object of a verb of placing (`a placé X sous
# sanctions`) is the act of placing: the subject imposes it, the object is hit (extractor._lived_under,
# arguments._object_put_under).
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tokyo a placé mardi trois banques nord-coréennes sous sanctions.", {("sanction", "state:JPN", "state:PRK")}),
        (
            "Moscou a riposté en plaçant douze élus britanniques sous sanctions.",
            {("sanction", "state:RUS", "state:GBR")},
        ),
    ],
)
def test_object_placed_under_sanctions_is_hit(nlp, text, expected):
    assert kinds(nlp, text) == expected


# A past participle set off between a measure subject and its verb, hung by the parser on the verb, tells of
# the measure: its agent imposed it (arguments._participles).
def test_participle_set_off_after_the_measure_names_its_imposer(nlp):
    text = (
        "Ces sanctions, les plus sévères jamais prises par le Japon contre un pays tiers, visent notamment le "
        "dirigeant nord-coréen et sa famille."
    )
    assert kinds(nlp, text) == {("sanction", JAPAN, "person:kim-jong-un")}

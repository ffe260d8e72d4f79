"""The many ways French news tells a strike, and its false friends: one sentence each, written for
these tests (probe set s34-strike). Trigger rows are checked on the bare model; the matrix of
paraphrases runs the full pipeline and checks who struck whom."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.triggers import TriggerMatcher, load_triggers
from pipeline.nlp.pipeline import parse_text
from tests.events.strike_sides import strike_sides

PUBLISHED = date(2025, 10, 24)  # a Friday


@pytest.fixture(scope="module")
def matcher(fr_model):
    return TriggerMatcher(fr_model.vocab, load_triggers())


def _strikes(fr_model, matcher, text: str) -> list[tuple[str, str]]:
    return [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text)) if t.event_type == "strike"]


# A bomb that goes off (`a sauté`), a blast set off (`faire exploser`, `faire sauter`, `se faire
# exploser`), an explosive charge that damages, a post set on fire by armed men, a site taken as a
# target (`prendre pour cible` with a site as object, as `viser` has), an oil field aimed at: strikes
# (guidelines: bombings, sabotage or explosions at facilities). Joy, prices, a casino bank, a legal
# bolt, rioters, a forest fire, a customer base and a storm are not.
TRIGGERS = [
    ("Une voiture piégée a sauté devant une caserne à Gao.", [("strike", "sauté")]),
    ("Un camion chargé d'explosifs a sauté près de la base.", [("strike", "sauté")]),
    ("Des saboteurs ont fait exploser un gazoduc en mer Baltique.", [("strike", "fait exploser")]),
    ("Les soldats ont fait sauter le pont avant de se retirer.", [("strike", "fait sauter")]),
    ("Un kamikaze s'est fait exploser devant un poste de police.", [("strike", "fait exploser")]),
    ("Les jihadistes ont incendié une gendarmerie dans la région de Mopti.", [("strike", "incendié")]),
    ("Une charge explosive a endommagé une voie ferrée près de Lublin.", [("strike", "endommagé")]),
    ("Des inconnus armés d'engins explosifs ont détruit un pylône électrique.", [("strike", "détruit")]),
    ("Dimanche, c'est une base aérienne qui avait été prise pour cible.", [("strike", "prise pour cible")]),
    ("Les rebelles ont pris pour cible un dépôt de carburant.", [("strike", "pris pour cible")]),
    ("Lundi, c'est le champ pétrolier de Khurmala qui avait été visé.", [("strike", "visé")]),
    # shells that fall on a town, a drone that crashes on a building, armed men who `s'en prennent à` a
    # convoy, a bridge blown up with dynamite, hideouts aimed at
    # the launch of missiles or drones at a target (`strike_lancement_projectiles`); a satellite's is none
    ("La milice a revendiqué le lancement de roquettes contre une caserne.", [("strike", "lancement")]),
    ("Pékin a réussi le lancement d'un satellite de navigation.", []),
    ("Des obus sont tombés sur le centre de Donetsk.", [("strike", "tombés")]),
    ("Un drone s'est écrasé sur un immeuble de Kiev.", [("strike", "écrasé sur")]),
    ("Les rebelles s'en sont pris à un convoi de l'armée.", [("strike", "en sont pris à")]),
    ("Les jihadistes ont dynamité un pont dans le nord du pays.", [("strike", "dynamité")]),
    ("L'aviation a visé des cachettes talibanes.", [("strike", "visé")]),
    # raids and attacks by an air force, a village attacked, a command centre aimed at; `une frappe ciblée`
    # is an adjective on the strike noun, not a second strike verb
    ("L'aviation a mené une série de raids sur la banlieue sud.", [("strike", "raids")]),
    ("Des colons ont attaqué un village palestinien de Cisjordanie.", [("strike", "attaqué")]),
    ("L'armée dit avoir visé un centre de commandement du Hamas.", [("strike", "visé")]),
    ("Israël a tué un chef militaire dans une frappe ciblée à Beyrouth.", [("strike", "frappe")]),
    ("L'équipe de France a attaqué le match avec beaucoup d'envie.", []),
    # a boat destroyed by an armed force is a strike; by a fire or a storm it is not
    ("Les États-Unis ont détruit une embarcation partie du Venezuela.", [("strike", "détruit")]),
    ("Le navire a été détruit par un incendie dans le port.", []),
    ("La tempête a détruit des dizaines de bateaux de pêche.", []),
    # a goal or a penalty area bombarded or shelled is football
    ("Le PSG a bombardé le but adverse pendant vingt minutes.", []),
    ("Les Marseillais ont pilonné la surface adverse en fin de match.", []),
    ("L'artillerie a pilonné les positions ennemies autour de la ville.", [("strike", "pilonné")]),
    ("La réforme vise les tunnels de la fiscalité.", []),
    ("Des débris de missiles sont tombés sur plusieurs quartiers de Kiev.", []),
    ("Les prix sont tombés au plus bas depuis dix ans.", []),
    ("L'avion de ligne s'est écrasé sur une colline.", []),
    ("Le président s'en est pris aux journalistes lors de son discours.", []),
    ("L'opposition s'en est prise au gouvernement pour sa gestion de la crise.", []),
    ("Le réalisateur a dynamité les codes du genre.", []),
    ("Le joueur a sauté de joie après le but.", []),
    ("Le parachutiste a sauté au-dessus de la base aérienne.", []),
    ("La hausse des prix a fait exploser la facture énergétique.", []),
    ("Le Portugais a fait sauter la banque au casino.", []),
    ("Les avocats ont fait sauter le verrou de la prescription.", []),
    ("Les manifestants ont incendié des voitures à Nairobi.", []),
    ("Le feu de forêt a incendié deux mille hectares en Grèce.", []),
    ("La campagne publicitaire prend pour cible la clientèle des citadines.", []),
    ("La tempête a endommagé une voie ferrée en Bretagne.", []),
    # s41: armed men, a convoy, a patrol, a garrison, a police post, the FSR: attacked by force; a minister
    # who attacks the gendarmerie, or an editorialist citizens' patrols, is not striking
    ("Des hommes armés ont attaqué un poste de police dans le nord du Burkina.", [("strike", "attaqué")]),
    ("Des inconnus ont attaqué un convoi humanitaire près de Gao.", [("strike", "attaqué")]),
    ("Des inconnus ont attaqué une patrouille près de la frontière.", [("strike", "attaqué")]),
    ("Les FSR ont attaqué la ville d'El-Facher samedi.", [("strike", "attaqué")]),
    ("Le ministre a attaqué la gendarmerie pour sa gestion de la manifestation.", []),
    # shells and bombs that rain down (`s'abattre sur`); cold weather or a crisis that does is not a strike
    ("Des obus russes se sont abattus sur Kherson.", [("strike", "abattus")]),
    # the rain and its verb are one strike (one mention: extractor._combine_same_clause)
    ("Une pluie de bombes s'est abattue sur Khan Younès.", [("strike", "pluie"), ("strike", "abattue")]),
    ("Le froid s'est abattu sur l'Europe.", []),
    ("La crise s'est abattue sur les marchés.", []),
    ("L'éditorialiste attaque les patrouilles citoyennes.", []),
    # s40: a warship sunk by a force (strike_couler_navire_obj: the ship after the verb); a ship that sinks,
    # or a yard that a decision would ruin, is not a strike
    ("La marine ukrainienne a coulé un navire de guerre russe en mer Noire.", [("strike", "coulé un navire")]),
    ("Les forces ukrainiennes ont coulé la corvette russe près de la Crimée.", [("strike", "coulé la corvette")]),
    ("Le pétrolier a coulé au large des côtes grecques après une tempête.", []),
    ("Cette décision risque de couler le chantier naval de Saint-Nazaire.", []),
]

TRIGGERS += [
    # fire undergone (`essuyer`, `subir` des tirs: strike_tir_undergone); a barrage of criticism is none
    ("Une patrouille de l'armée a essuyé des tirs près de la frontière.", [("strike", "tirs")]),
    ("Le ministre a essuyé un tir de barrage de l'opposition.", []),
    # a killing by an armed force (strike_eliminer); a team knocked out, or red tape cut, is none
    (
        "L'armée a éliminé trois commandants jihadistes dans une frappe de drone.",
        [("strike", "éliminé"), ("strike", "frappe")],
    ),
    ("Le Brésil a éliminé le Japon en huitième de finale.", []),
    ("La réforme doit éliminer les doublons entre les deux agences.", []),
    # a ship rammed by coastguards (strike_eperonner); an assault by armed men, not a beach by tourists
    ("Un patrouilleur chinois a éperonné une vedette vietnamienne.", [("strike", "éperonné")]),
    ("Des miliciens ont lancé un assaut contre un camp de réfugiés.", [("strike", "assaut")]),
    ("Les vacanciers ont pris d'assaut les plages bretonnes.", []),
    # a site aimed at by helicopters or mortars (strike_viser)
    ("Des hélicoptères de l'armée ont visé un marché du nord du pays.", [("strike", "visé")]),
    # a rain of munitions, in a headline or a sentence; a rain of criticism, or rain, is none
    ("Pluie de missiles iraniens sur Tel-Aviv", [("strike", "Pluie")]),
    ("Une pluie de roquettes s'est abattue dimanche sur Sdérot.", [("strike", "pluie"), ("strike", "abattue")]),
    ("Une pluie de critiques s'est abattue sur le ministre.", []),
    ("La pluie a fait déborder la Seine.", []),
    # a riposte by closing one's airspace or suspending trade is no strike (strike_riposter forbids them)
    ("Islamabad a riposté jeudi en fermant son espace aérien aux compagnies indiennes.", []),
    ("Le Pakistan a riposté en suspendant tout commerce avec l'Inde.", []),
    # a ship hit (`a été atteint`, strike_atteindre_navire, as strike_toucher_navire); a ship reaching a port is none
    ("Le vraquier a été atteint jeudi soir au large d'Aden.", [("strike", "atteint")]),
    ("Le cargo a atteint mardi le port de Gênes.", []),
    # a military operation (strike_operation_military), its `contre` phrase hung on the verb or absent; an
    # evacuation, an exercise or the name of a war are none
    ("L'armée turque a lancé lundi une opération militaire contre des positions kurdes.", [("strike", "opération")]),
    ("Le Tchad a mené une opération militaire dans la région du lac.", [("strike", "opération")]),
    ("La marine a conduit une opération militaire d'évacuation de ressortissants.", []),
    ("Les deux pays ont achevé une opération militaire conjointe d'entraînement.", []),
    ("Depuis le début de l'opération militaire spéciale, les prix ont flambé.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", TRIGGERS, ids=[c[0][:40] for c in TRIGGERS])
def test_bombs_blasts_arson_and_sites_aimed_at_are_strikes(fr_model, matcher, text, expected):
    assert _strikes(fr_model, matcher, text) == expected


ISR, RUS, UKR, IRN = "state:ISR", "state:RUS", "state:UKR", "state:IRN"

# (text, [(attacker, target)] of each strike mention in text order)
MATRIX = [
    # verbs, active
    ("L'aviation russe a bombardé la ville ukrainienne de Kharkiv dans la nuit.", [(RUS, UKR)]),
    ("L'artillerie russe a pilonné Kherson pendant toute la journée de jeudi.", [(RUS, UKR)]),
    ("Des drones ukrainiens ont visé une raffinerie russe dans la région de Riazan.", [(UKR, RUS)]),
    ("L'Iran a tiré des missiles balistiques sur Israël mardi soir.", [(IRN, ISR)]),
    ("Des missiles russes se sont abattus sur Odessa dans la nuit.", [(RUS, UKR)]),
    ("La marine ukrainienne a attaqué un navire de guerre russe en mer Noire.", [(UKR, RUS)]),
    ("Des drones ukrainiens ont pris pour cible une base aérienne russe.", [(UKR, RUS)]),
    ("Les talibans ont ouvert le feu sur des gardes-frontières pakistanais.", [("org:talibans", "state:PAK")]),
    # the side that undergoes an attack or fire (`subir`, `essuyer`: undergoer_verbs.csv) is the target;
    # a subject that names only a place gives its state
    ("Une patrouille ukrainienne a essuyé des tirs russes près de Koupiansk.", [(RUS, UKR)]),
    ("Le port de Kherson a subi une nouvelle attaque de drones russes.", [(RUS, UKR)]),
    ("Israël a éliminé un chef militaire du Hezbollah dans le sud du Liban.", [(ISR, "org:hezbollah")]),
    # passive, with the attacker as agent
    ("Un dépôt pétrolier a été touché par des drones ukrainiens dans la région de Briansk.", [(UKR, RUS)]),
    ("Une raffinerie russe a été visée par des drones ukrainiens mercredi.", [(UKR, RUS)]),
    ("Une base aérienne soudanaise a été prise pour cible par les FSR.", [("org:fsr", "state:SDN")]),
    # nouns and locutions
    ("Israël a mené une série de frappes aériennes contre des cibles iraniennes.", [(ISR, IRN)]),
    ("Les États-Unis ont lancé des frappes contre les Houthis au Yémen.", [("state:USA", "org:houthis")]),
    ("Le bombardement de Gaza par l'armée israélienne a fait trente morts.", [("org:tsahal", "state:PSE")]),
    ("Les forces ukrainiennes ont mené un raid de drones contre l'aéroport de Moscou.", [(UKR, RUS)]),
    ("La Russie a lancé une vague de drones contre l'Ukraine dans la nuit de samedi à dimanche.", [(RUS, UKR)]),
    # claims: who says it struck is the attacker
    ("L'armée ukrainienne dit avoir frappé une base aérienne russe en Crimée.", [("org:ukr-armee", RUS)]),
    ("Le Hezbollah affirme avoir tiré une salve de roquettes sur une base israélienne.", [("org:hezbollah", ISR)]),
    ("L'armée colombienne a indiqué avoir bombardé un campement de l'ELN.", [("org:col-armee", "org:eln")]),
    # ... also when the parser hangs the perfect infinitive on the time phrase before it (`dans la soirée`)
    (
        "L'armée israélienne a affirmé dans la soirée avoir frappé des positions du Hezbollah.",
        [("org:tsahal", "org:hezbollah")],
    ),
    ("L'armée colombienne a indiqué vendredi avoir bombardé un campement de l'ELN.", [("org:col-armee", "org:eln")]),
    # ... or on the weekday after the verb; the rebels' noun stands for the armed group told before
    # (nlp/day_complements)
    (
        "Les États-Unis ont bombardé les Houthis. Les rebelles ont affirmé dimanche avoir lancé des roquettes "
        "contre une frégate américaine.",
        [("state:USA", "org:houthis"), ("org:houthis", "state:USA")],
    ),
    # attribution: the `à` phrase of `attribué`, `imputé` is the author, also when hung on the munition
    # (`une frappe de drone attribuée à`) or read as a modifier (`des drones attribués aux FSR`)
    ("Une frappe de drone attribuée à l'armée soudanaise a tué vingt civils à Nyala.", [("org:sdn-armee", None)]),
    ("Port-Soudan a été visée par des drones attribués aux FSR.", [("org:fsr", "state:SDN")]),
    ("Une attaque imputée au JNIM a fait dix morts dans le centre du Mali.", [("org:jnim", "state:MLI")]),
    # who lays the attack on another (`attribuée par Kiev aux forces russes`) is struck, not its author
    (
        "L'attaque, attribuée par Bamako au JNIM, a visé un camp militaire près de Tombouctou.",
        [("org:jnim", "state:MLI")],
    ),
    # armed groups of the knowledge base: the Ta'ang army is not Colombia's ELN, whose name it begins with
    (
        "L'Armée de libération nationale ta'ang a attaqué une garnison de l'armée birmane.",
        [("org:tnla", "org:mmr-armee")],
    ),
    ("Le Clan del Golfo a abattu un hélicoptère de la police colombienne.", [("org:clan-del-golfo", "state:COL")]),
    # a state adjective right after the strike noun is the attacker, even when the parser hangs it on the
    # verb as its object; who counts strikes (`recensées par l'ONU`) did not strike
    (
        "Une trentaine de frappes israéliennes ont été dénombrées par l'agence officielle libanaise.",
        [(ISR, "state:LBN")],
    ),
    ("Une vingtaine de frappes ont été recensées par l'ONU dans la région de Kharkiv.", []),
    # a headline's bare participle of striking: what it qualifies was struck, not the attacker
    (
        "Port-Soudan visée pour le troisième jour consécutif par des drones attribués aux FSR",
        [("org:fsr", "state:SDN")],
    ),
    # a hyphenated city kept one word: split, the parser hung the hyphen as the object and lost the place
    ("Le Hamas a tiré des roquettes sur Tel-Aviv jeudi.", [("org:hamas", ISR)]),
    # a site of the place list (place_states.csv): `l'aéroport Ben Gourion` is in Israel
    ("Les Houthis ont tiré jeudi un missile vers l'aéroport Ben Gourion.", [("org:houthis", ISR)]),
    # a second munition the parser coordinated with the verb: its `contre` phrase names the target
    # (nlp/conjoined_objects)
    (
        "La Russie a lancé dans la nuit de mardi à mercredi 620 drones et onze missiles contre l'Ukraine, un record "
        "selon Kiev.",
        [(RUS, UKR)],
    ),
    ("Moscou a tiré lundi soir 80 drones et six missiles balistiques contre Kharkiv.", [(RUS, UKR)]),
    # Colombian towns and departments where armed groups strike are rows of the place list too
    ("Des drones de l'ELN ont visé lundi une caserne de Cúcuta.", [("org:eln", "state:COL")]),
    # Saudi and Emirati towns the Yemeni rebels strike are rows of the place list too
    ("Les rebelles yéménites ont tiré un missile balistique vers Najran.", [("org:houthis", "state:SAU")]),
    (
        "Des drones ont touché dimanche une raffinerie de Ruwais, revendiqués par les Houthis.",
        [("org:houthis", "state:ARE")],
    ),
    ("Des missiles russes se sont abattus sur Ivano-Frankivsk dans la nuit.", [(RUS, UKR)]),
    ("Des obus russes se sont abattus sur le centre de Kherson, tuant un civil.", [(RUS, UKR)]),
    # ... a proper noun, though the tagger took `El-Facher` for a number, which is no place
    ("Les FSR ont bombardé la ville d'El-Facher samedi.", [("org:fsr", "state:SDN")]),
    ("Les FSR ont attaqué la ville d'El-Facher samedi.", [("org:fsr", "state:SDN")]),
    # a capital in the `de` phrase of the struck part of a city (a place there, not an actor) is in its state
    ("Des drones russes ont visé la banlieue de Kiev dans la nuit.", [(RUS, UKR)]),
    ("Israël a frappé la banlieue de Beyrouth mardi soir.", [(ISR, "state:LBN")]),
    ("Le Hezbollah a visé la banlieue de Tel-Aviv avec des drones.", [("org:hezbollah", ISR)]),
    # `accuser X d'être à l'origine de`: the accused made the strike, the accuser was hit (arguments._read_authorship)
    ("Kiev accuse Moscou d'être à l'origine de l'explosion du barrage.", [(RUS, UKR)]),
    # a seat of government apposed to the place aimed at is no political aim (`viser un siège`)
    ("Des drones russes ont visé dimanche Kharkiv, siège de la région militaire.", [(RUS, UKR)]),
    # accusation: the accused struck the accuser's side; a leader who accuses speaks for his state, which was hit
    ("Le président ukrainien a accusé Moscou d'avoir bombardé une maternité à Zaporijjia.", [(RUS, UKR)]),
    ("Le chef de la diplomatie iranienne accuse Israël d'avoir frappé des installations civiles.", [(ISR, IRN)]),
    ("Kiev a accusé Moscou d'avoir bombardé une maternité à Zaporijjia.", [(RUS, UKR)]),
    # a place struck by no named attacker, in a report that names another state's army only: the place's state
    # was hit, and the army accused struck it
    (
        "Des drones ont visé la région de Koursk, a annoncé le gouverneur, qui accuse l'armée ukrainienne.",
        [("org:ukr-armee", RUS)],
    ),
    ("Des drones ont visé la région de Koursk. Le gouverneur accuse l'armée ukrainienne.", [("org:ukr-armee", RUS)]),
    # a killing claimed (`a annoncé avoir éliminé`): the claimant made the strike told as its means
    (
        "Tsahal a annoncé avoir éliminé un commandant du Hezbollah dans une frappe à Tyr.",
        [("org:tsahal", "org:hezbollah")],
    ),
    ("Israël dit avoir tué un haut responsable du Hamas dans un raid aérien.", [(ISR, "org:hamas")]),
    # outcomes
    ("Des obus tirés par l'armée pakistanaise ont touché des villages indiens.", [("org:pak-armee", "state:IND")]),
    # sabotage and blasts
    ("Des saboteurs ont fait exploser un gazoduc russe en mer Baltique.", [(None, RUS)]),
    ("Une charge explosive a endommagé une voie ferrée en Pologne.", [(None, "state:POL")]),
    # a ship's flag state right before a participle on the ship (`touché par`) is no subject of it
    (
        "L'attaque contre un cargo battant pavillon du Panama touché par deux drones a fait trois blessés.",
        [(None, "state:PAN")],
    ),
    # `de` + adjective as the plural article: the tagger takes the noun for a preposition
    ("Israël a lancé jeudi de nouvelles frappes sur le nord de la Syrie.", [(ISR, "state:SYR")]),
    ("Israël a mené mardi de nouvelles frappes sur le sud du Liban.", [(ISR, "state:LBN")]),
    # a strike under `après` answered by a strike is made on the one striking back; under a verb of
    # saying, it names no side (not the speaker; the output drops a strike with none)
    ("Washington a annoncé vendredi des sanctions contre Pyongyang après le tir d'un missile.", [(None, None)]),
    # a torpedo fired at a ship (strike_torpiller); a plan or talks torpedoed are figurative
    ("Un sous-marin russe a torpillé une frégate ukrainienne.", [(RUS, "state:UKR")]),
    ("Le président a torpillé le projet de loi sur les retraites.", []),
    # a site the clause says was damaged after a strike is where the strike hit (its subject's place)
    (
        "Un entrepôt de carburant de la région de Koursk a pris feu après une attaque de drones ukrainiens.",
        [("state:UKR", RUS)],
    ),
    (
        "Une raffinerie de la région de Samara a été endommagée après une frappe de drones ukrainiens.",
        [("state:UKR", RUS)],
    ),
    # a place of the gazetteer the NER missed still places the site (actors/places.py `place_spellings`)
    (
        "Un incendie s'est déclaré dans une usine de la région de Briansk après une attaque de drones ukrainiens.",
        [(None, RUS), ("state:UKR", RUS)],
    ),
    # a city of the gazetteer the tagger takes for an adverb is still the place struck
    ("Les forces russes ont pilonné Bakhmout toute la nuit.", [(RUS, UKR)]),
    # who holds the place struck is hit (`place_holders` in markers.csv), where the parser hangs the participle
    (
        "Les rebelles du M23 ont lancé lundi une offensive contre la ville d'Uvira, tenue par l'armée congolaise.",
        [("org:m23", "org:cod-armee")],
    ),
    # false friends: sport, weather, business, figurative
    ("Mbappé a frappé du gauche et le tir a touché le poteau.", []),
    ("La tempête Ciaran a frappé la Bretagne dans la nuit de mercredi à jeudi.", []),
    ("Le constructeur chinois a lancé une offensive commerciale contre Renault.", []),
    ("Frappée par la crise, l'industrie allemande a détruit dix mille emplois.", []),
    ("La ministre a été bombardée de questions par les députés.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", MATRIX, ids=[c[0][:40] for c in MATRIX])
def test_strike_paraphrases_name_attacker_and_target(nlp, text, expected):
    assert [(a, t) for a, t, _, _ in strike_sides(nlp, text, PUBLISHED)] == expected


@pytest.mark.slow
def test_state_adjective_hung_on_the_verb_still_names_the_attacker(nlp):
    text = (
        "Pour la première fois depuis le début de la guerre, une frappe israélienne a atteint, dans la nuit de "
        "mercredi à jeudi, le quartier de Bachoura, à quelques centaines de mètres du Parlement libanais."
    )
    assert [a for a, _, _, _ in strike_sides(nlp, text, PUBLISHED)] == [ISR]


# A strike claimed (`revendiqués par X`): where it hit may hang on the participle or on its agent; a movement
# described by an adjective only (`le mouvement chiite`) as that agent is the armed group named before; a
# place of the gazetteer the NER takes for a person (`la Galilée`) is still where it hit.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Israël a bombardé des dépôts du Hezbollah. Ces raids répondaient à des tirs de roquettes "
            "revendiqués par le mouvement chiite sur la Galilée, qui n'ont fait aucun blessé.",
            ("org:hezbollah", "state:ISR", "Galilée"),
        ),
        (
            "L'armée a riposté à des tirs de drones revendiqués par les Houthis contre le port d'Eilat.",
            ("org:houthis", "state:ISR", "Eilat"),
        ),
        # a hyphenated strike noun kept one word (models/nlp/hyphenated_words.txt): its claim is read on it
        (
            "Une quinzaine de fidèles ont été tués vendredi dans un attentat-suicide contre une mosquée de Kaboul, "
            "revendiqué par le groupe État islamique.",
            ("org:etat-islamique", "state:AFG", "Kaboul"),
        ),
    ],
)
def test_claimed_strike_site_and_claimant(nlp, text, expected):
    claimed = [(a, t, place) for a, t, _, place in strike_sides(nlp, text, PUBLISHED) if a == expected[0]]
    assert claimed == [expected]


# A claim told after a strike verb (`revendiquée par X`), hung by the parser on the last noun before it
# whose gender it does not share: it agrees with the verb's subject, and its agent struck
# (arguments._claimed_by).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Une bombe a explosé mardi devant un marché de Kaboul, revendiquée par l'État islamique.",
            [("org:etat-islamique", "state:AFG")],
        ),
        (
            "Une voiture piégée a explosé jeudi près d'un barrage de l'armée somalienne, revendiquée par les shebab.",
            [("org:shebab", "org:som-armee")],
        ),
    ],
)
def test_claim_after_a_strike_verb_names_the_attacker(nlp, text, expected):
    assert [(a, t) for a, t, _, _ in strike_sides(nlp, text, PUBLISHED)] == expected


@pytest.mark.slow
def test_rain_of_munitions_and_its_verb_are_one_strike(nlp):
    text = "Une pluie de roquettes tirées par le Hamas s'est abattue dimanche sur Sdérot."
    assert [(a, t) for a, t, _, _ in strike_sides(nlp, text, PUBLISHED)] == [("org:hamas", "state:ISR")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # a firm's site struck by another state's forces: the firm's state is struck too
        ("Des drones ukrainiens ont touché mardi une raffinerie de Rosneft.", {UKR, "org:rosneft", RUS}),
        ("L'armée ukrainienne a visé un dépôt de Transneft dans la nuit.", {"org:ukr-armee", "org:transneft", RUS}),
        # a state hitting its own firm's site, or no attacker named: nothing added
        ("Une explosion a touché une raffinerie de Rosneft.", {"org:rosneft"}),
    ],
)
def test_site_of_a_firm_struck_by_another_state_strikes_its_state(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    found = [set(m.actors) for m in doc._.event_mentions if m.event_type == "strike"]
    assert found == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # an army tells the blows it deals an armed group: its own strike (chains.reported_attackers)
        (
            "Selon l'armée israélienne, des chasseurs ont pilonné lundi des entrepôts du Hezbollah.",
            [("org:tsahal", "org:hezbollah")],
        ),
        (
            "Des avions ont bombardé des positions des Houthis, a annoncé le Commandement central américain.",
            [("org:centcom", "org:houthis")],
        ),
        # a state or a ship struck, or the army's own side struck, or no army telling it: nothing added
        ("Un drone a touché un cargo au large d'Aden, selon le Commandement central américain.", []),
        (
            "Des roquettes du Hamas ont touché le sud d'Israël, selon l'armée israélienne.",
            [("org:hamas", "state:ISR")],
        ),
        ("Des frappes ont visé des dépôts du Hezbollah, selon une source sécuritaire.", [(None, "org:hezbollah")]),
    ],
)
def test_army_telling_a_strike_on_an_armed_group_dealt_it(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    assert [(m.source_actor, m.target_actor) for m in doc._.event_mentions if m.event_type == "strike"] == expected


# A compound demonym on the strike noun (`américano-britanniques`) names the attacking states, whether the
# noun is the trigger or the subject of a verb of striking (arguments._read_slots, class 2).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Les frappes américano-britanniques se sont poursuivies samedi sur Sanaa.",
            ("state:USA", ("state:GBR", "state:USA", "state:YEM")),
        ),
        (
            "Des frappes américano-britanniques ont visé samedi le port de Hodeïda.",
            ("state:USA", ("state:GBR", "state:USA", "state:YEM")),
        ),
        (
            "Les bombardements russo-syriens sur Idlib ont fait douze morts mardi.",
            ("state:RUS", ("state:RUS", "state:SYR")),
        ),
    ],
)
def test_compound_demonym_on_a_strike_names_its_attackers(nlp, text, expected):
    assert [(a, actors) for a, _, actors, _ in strike_sides(nlp, text, PUBLISHED)] == [expected]


# The agent of a participle describing the target (`exploité par une société d'Athènes`) says whose the
# target is: its city is not where the strike hit (phrases.phrase_places, class 3).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le pétrolier, battant pavillon maltais et exploité par une société d'Athènes, a été touché "
            "mardi par un drone houthi.",
            None,
        ),
        ("Le pétrolier, exploité par une société d'Athènes, a été touché mardi près de Hodeïda.", "Hodeïda"),
    ],
)
def test_owner_city_of_the_target_is_no_place_of_the_strike(nlp, text, expected):
    assert [place for _, _, _, place in strike_sides(nlp, text, PUBLISHED)] == [expected]


# Where those struck stood, told in a relative clause of waiting or sheltering on the target (`standing` in
# markers.csv), is where the strike hit; a relative clause of going somewhere is not (class 3).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "L'armée israélienne a ouvert le feu mardi sur une foule qui attendait de l'aide près d'un "
            "point de distribution à Rafah.",
            [("org:tsahal", "state:PSE", "Rafah")],
        ),
        (
            "L'armée russe a bombardé mardi une colonne de civils qui se dirigeait vers Kharkiv.",
            [("org:rus-armee", None, None)],
        ),
    ],
)
def test_place_where_the_target_stood_is_where_the_strike_hit(nlp, text, expected):
    assert [(a, t, place) for a, t, _, place in strike_sides(nlp, text, PUBLISHED)] == expected


# The members a verbless `dont` lists on the target (`plusieurs installations, dont celle d'Ispahan`, `trois
# villes, dont Odessa`) are places of the target: their state is struck. A `dont` with a verb of its own is
# a clause, no member (class 4).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "L'aviation israélienne a bombardé mercredi plusieurs installations, dont celle d'Ispahan.",
            [("state:ISR", "state:IRN", "Ispahan")],
        ),
        ("Des missiles russes ont touché jeudi trois villes, dont Odessa.", [("state:RUS", "state:UKR", "Odessa")]),
        (
            "L'armée soudanaise a pilonné mardi plusieurs quartiers de la ville, dont l'un était tenu par les "
            "paramilitaires.",
            [("org:sdn-armee", None, None)],
        ),
    ],
)
def test_places_a_dont_lists_on_the_target_are_struck(nlp, text, expected):
    assert [(a, t, place) for a, t, _, place in strike_sides(nlp, text, PUBLISHED)] == expected


# A subject opened by a possessive with no name before it (`Ses bombardiers ont frappé`) is owned by the
# subject of the sentence before: that state struck (phrases.possessor_antecedent, class 2).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "La Russie a encore durci sa campagne contre les villes ukrainiennes. Ses bombardiers ont frappé "
            "jeudi une centrale électrique près de Lviv.",
            [("state:RUS", "state:UKR", "Lviv")],
        ),
        (
            "La Corée du Nord a de nouveau provoqué son voisin. Ses soldats ont tiré mardi sur un poste de garde "
            "sud-coréen.",
            [("state:PRK", "state:KOR", None)],
        ),
    ],
)
def test_possessive_subject_is_owned_by_the_subject_told_before(nlp, text, expected):
    assert [(a, t, place) for a, t, _, place in strike_sides(nlp, text, PUBLISHED)] == expected


# A riposte coordinated with the reporting verb (`X a affirmé que ... et a riposté en attaquant Y`), which the
# parser hangs in the reported clause: its auxiliary agrees with X, who strikes (nlp/matrix_conjuncts.py,
# class 4).
@pytest.mark.slow
def test_riposte_coordinated_with_the_reporting_verb_is_its_subjects(nlp):
    text = (
        "Kaboul a affirmé que les bombardements avaient tué des civils et a riposté dimanche en attaquant des "
        "postes frontières pakistanais."
    )
    assert [(a, t) for a, t, _, _ in strike_sides(nlp, text, PUBLISHED)] == [
        (None, None),
        ("state:AFG", "state:PAK"),
        ("state:AFG", "state:PAK"),
    ]


# The destruction of a military target told as claimed or announced is a strike by the one who claims it
# (strike_destruction); a stockpile destroyed under a disarmament deal, jobs or a bridge named alone are not
# struck by anyone named (class 9).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "L'armée ukrainienne a revendiqué samedi la destruction de deux lanceurs russes près de Koursk.",
            [("org:ukr-armee", "state:RUS")],
        ),
        ("Le régime a achevé la destruction de son stock d'armes chimiques.", []),
        ("L'usine annonce la destruction de trois cents emplois.", []),
    ],
)
def test_destruction_of_a_military_target_claimed_is_a_strike(nlp, text, expected):
    assert [(a, t) for a, t, actors, _ in strike_sides(nlp, text, PUBLISHED) if actors] == expected


# A town of the Gaza Strip the gazetteer knows under its French spellings (`Nousseirat`, `Beit Lahia`) is
# where the strike hit, in Palestine (models/events/place_states.csv, class 3).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Dix personnes ont été tuées mardi par des frappes israéliennes sur une école de Beit Lahia.",
            [("state:ISR", "state:PSE", "Beit Lahia")],
        ),
        (
            "Des tirs israéliens ont visé jeudi une tente de déplacés à Nousseirat.",
            [("state:ISR", "state:PSE", "Nousseirat")],
        ),
    ],
)
def test_gaza_towns_are_places_in_palestine(nlp, text, expected):
    assert [(a, t, place) for a, t, _, place in strike_sides(nlp, text, PUBLISHED)] == expected


# A subject pronoun after a state's forces (`les forces israéliennes ..., où elles ont détruit`) stands for that
# state (markers.csv `force_nouns`, phrases._earlier_subject, class 2).
@pytest.mark.slow
def test_pronoun_after_a_state_forces_stands_for_the_state(nlp):
    text = "Les troupes russes sont entrées lundi dans Koupiansk, où elles ont détruit des positions ukrainiennes."
    assert [(a, t) for a, t, _, _ in strike_sides(nlp, text, PUBLISHED)] == [("state:RUS", "state:UKR")]


# The strike a riposte of its sentence answers, naming its target alone where the riposte's attacker stands, was
# made by the riposte's target (chains._answered_attacker, class 4).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "L'armée nigériane a bombardé mardi des camps de Boko Haram, en riposte à des obus tirés la veille sur "
            "Maiduguri.",
            [("org:nga-armee", "org:boko-haram"), ("org:boko-haram", "state:NGA")],
        ),
        # a state struck in riposte may only be where the fire came from: the fire keeps no attacker
        (
            "L'aviation israélienne a frappé mardi le Liban, en représailles à des roquettes tirées sur Haïfa.",
            [("state:ISR", "state:LBN"), (None, "state:ISR")],
        ),
        (
            "L'aviation israélienne a frappé mardi des dépôts du Hezbollah, en représailles à des roquettes tirées "
            "sur le nord d'Israël.",
            [("state:ISR", "org:hezbollah"), ("org:hezbollah", "state:ISR")],
        ),
    ],
)
def test_strike_answered_by_a_riposte_is_by_the_riposte_target(nlp, text, expected):
    assert [(a, t) for a, t, _, _ in strike_sides(nlp, text, PUBLISHED)] == expected


# A projectile fired from a place (`tiré depuis Gaza`) that lands (`a atterri`, `est tombé`) somewhere: the
# place it left from is no site struck, and a place the gazetteer knows stands for the side that fired
# when the text names no one (arguments._launch_site); the place it landed in names the side struck.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Un obus tiré depuis Gaza a atterri dans une cour d'école en Israël.", [("state:PSE", "state:ISR")]),
        (
            "Une roquette tirée depuis la bande de Gaza est tombée sur un entrepôt à Sdérot.",
            [("state:PSE", "state:ISR")],
        ),
        ("Une roquette tirée depuis le Liban a atterri dans un champ en Israël.", [("state:LBN", "state:ISR")]),
    ],
)
def test_projectile_landing_after_its_launch_site(nlp, text, expected):
    doc = parse_text(nlp, text, date(2025, 3, 3))
    found = [(m.source_actor, m.target_actor) for m in doc._.event_mentions if m.event_type == "strike"]
    assert found == expected


# The people a participle of killing or wounding names by their demonym (`tuant au moins 40 Palestiniens`) are of
# the side struck, when the strike names no target (arguments._victims_state); the resolver keeps no actor for a
# people, and `au moins` may make the parser read them as a complement.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'aviation israélienne a frappé un camp, tuant au moins douze Palestiniens.", [("state:ISR", "state:PSE")]),
        ("L'armée russe a frappé une gare, tuant au moins neuf Ukrainiens.", [("org:rus-armee", "state:UKR")]),
        # a target told is kept
        (
            "L'armée russe a bombardé Kharkiv, en Ukraine, tuant trois Géorgiens.",
            [("org:rus-armee", "state:UKR")],
        ),
    ],
)
def test_people_killed_name_the_side_struck(nlp, text, expected):
    doc = parse_text(nlp, text, date(2025, 3, 3))
    found = [(m.source_actor, m.target_actor) for m in doc._.event_mentions if m.event_type == "strike"]
    assert found == expected

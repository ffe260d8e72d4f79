"""Who took part, across the many ways French names the participants of an event (probe set s34-args).

A paraphrase matrix: one short sentence of our own per construction (subjects given earlier, roles,
possessives, passive agents, relative clauses and appositions, coordinated participants, `avec` /
`entre` / `auprès de` phrases, capitals, demonyms, armed groups, targets of strikes and sanctions,
venues and mediators that take no part, groups of states), with the exact core events expected, and
the false friends that must give none.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.pipeline import parse_text

SUMMER_2025 = date(2025, 8, 19)
CORE = {"call", "meeting", "strike", "sanction"}

MACRON, MERZ, STARMER = "person:emmanuel-macron", "person:friedrich-merz", "person:keir-starmer"
TRUMP, POUTINE, ZELENSKY = "person:donald-trump", "person:vladimir-poutine", "person:volodymyr-zelensky"
XI, MODI = "person:xi-jinping", "person:narendra-modi"


def events(nlp, text: str) -> list[tuple[str, frozenset[str]]]:
    """(type, participants) of the core events of a text, in text order."""
    doc = parse_text(nlp, text, SUMMER_2025)
    return [(m.event_type, frozenset(m.actors)) for m in doc._.event_mentions if m.event_type in CORE]


MATRIX = [
    # subjects given earlier: a demonstrative, a pronoun
    (
        "Le ministre turc des Affaires étrangères, Hakan Fidan, est arrivé lundi à Téhéran. "
        "Celui-ci a rencontré le président iranien Massoud Pezeshkian.",
        [("meeting", {"person:hakan-fidan", "person:massoud-pezeshkian"})],
    ),
    (
        "Emmanuel Macron est arrivé mardi à Nairobi. Il a ensuite été reçu par le président kényan William Ruto.",
        [("meeting", {MACRON, "person:william-ruto"})],
    ),
    # roles, `son homologue`
    (
        "Le chef de la diplomatie saoudienne s'est entretenu au téléphone avec son homologue iranien.",
        [("call", {"person:faycal-ben-farhane", "person:abbas-araghchi"})],
    ),
    (
        "Le président brésilien a reçu lundi son homologue vénézuélien.",
        [("meeting", {"person:luiz-inacio-lula-da-silva", "person:nicolas-maduro"})],
    ),
    # possessive
    (
        "Lors de sa rencontre avec Narendra Modi à New Delhi, le chancelier allemand a évoqué le commerce.",
        [("meeting", {MERZ, MODI})],
    ),
    # passive agents
    (
        "Le Premier ministre japonais a été reçu mercredi à la Maison Blanche par Donald Trump.",
        [("meeting", {TRUMP, "person:shigeru-ishiba"})],
    ),
    (
        "Plusieurs banques chinoises sont visées par des sanctions américaines depuis mardi.",
        [("sanction", {"state:USA", "state:CHN"})],
    ),
    (
        "Les Européens sont visés depuis le 1er juin par des taxes américaines sur l'acier.",
        [("sanction", {"state:USA", "org:ue"})],
    ),
    # relative clauses and appositions between trigger and arguments
    (
        "Le secrétaire d'État américain Marco Rubio, qui achevait une tournée en Asie, a rencontré dimanche "
        "à Kuala Lumpur son homologue chinois Wang Yi.",
        [("meeting", {"person:marco-rubio", "person:wang-yi"})],
    ),
    (
        "Le paquet, dont l'adoption avait été retardée par la Slovaquie, prévoit de nouvelles sanctions "
        "de l'UE contre la Russie.",
        [("sanction", {"org:ue", "state:RUS"})],
    ),
    # coordinated participants
    (
        "Les ministres de la Défense français, allemand et polonais se sont réunis jeudi à Varsovie.",
        [
            (
                "meeting",
                {"person:boris-pistorius", "person:sebastien-lecornu", "person:wladyslaw-kosiniak-kamysz", "state:POL"},
            )
        ],
    ),
    # `entre`, `avec`, `auprès de`; a venue is no participant
    (
        "Des pourparlers entre l'Arménie et l'Azerbaïdjan se sont tenus lundi à Abou Dhabi.",
        [("meeting", {"state:ARM", "state:AZE"})],
    ),
    (
        "Le président ukrainien a plaidé sa cause auprès de Donald Trump lors d'un entretien à la Maison Blanche.",
        [("meeting", {ZELENSKY, TRUMP})],
    ),
    (
        "Le chef de la diplomatie française s'est rendu à Pékin pour plaider auprès de Wang Yi en faveur d'une trêve.",
        [("meeting", {"person:jean-noel-barrot", "person:wang-yi", "state:CHN"})],
    ),
    # capitals and seats of power
    (
        "Washington et Pékin ont repris mardi leurs négociations commerciales à Genève.",
        [("meeting", {"state:USA", "state:CHN"})],
    ),
    (
        "Le Kremlin a confirmé un entretien téléphonique entre Vladimir Poutine et Recep Tayyip Erdogan.",
        [("call", {POUTINE, "person:recep-tayyip-erdogan"})],
    ),
    # demonyms; a mediator is no participant
    (
        "Les négociateurs iraniens et américains se sont retrouvés samedi à Mascate, sous l'égide d'Oman.",
        [("meeting", {"state:IRN", "state:USA"})],
    ),
    (
        "Des négociations entre Israël et le Hamas ont repris au Caire sous médiation égyptienne et qatarie.",
        [("meeting", {"state:ISR", "org:hamas"})],
    ),
    # a name given the role of guarantor or mediator after `comme` stands by the talks
    (
        "Kiev et Moscou doivent reprendre jeudi leurs négociations à Istanbul, avec la Turquie comme médiateur.",
        [("meeting", {"state:UKR", "state:RUS"})],
    ),
    (
        "Les délégations serbe et kosovare se retrouveront lundi à Bruxelles, avec l'Union européenne et les "
        "États-Unis comme garants.",
        [("meeting", {"state:SRB", "state:XKX"})],
    ),
    # armed groups and armies as strike sources
    (
        "Des combattants du Hezbollah ont tiré une salve de roquettes sur le nord d'Israël.",
        [("strike", {"org:hezbollah", "state:ISR"})],
    ),
    (
        "L'armée soudanaise a bombardé des positions des Forces de soutien rapide près de Khartoum.",
        [("strike", {"org:sdn-armee", "state:SDN", "org:fsr"})],
    ),
    ("Les shebab ont attaqué une base de l'armée somalienne.", [("strike", {"org:shebab", "org:som-armee"})]),
    # targets: the state whose site was hit, whose companies were listed
    (
        "Un drone russe a frappé une centrale électrique ukrainienne dans la nuit.",
        [("strike", {"state:RUS", "state:UKR"})],
    ),
    (
        "Des missiles israéliens ont visé des installations nucléaires iraniennes.",
        [("strike", {"state:ISR", "state:IRN"})],
    ),
    (
        "Le Trésor américain a inscrit sur sa liste noire douze entreprises chinoises.",
        [("sanction", {"org:tresor-americain", "state:CHN"})],
    ),
    ("Londres a gelé les avoirs de trois oligarques russes.", [("sanction", {"state:GBR", "state:RUS"})]),
    # groups of states
    (
        "Les Vingt-Sept ont décidé lundi de nouvelles sanctions contre le Belarus.",
        [("sanction", {"org:ue", "state:BLR"})],
    ),
    # an infinitive clause opening the sentence (`Après s'être entretenu avec X, Y a ...`) has the main
    # clause's subject, though the parser roots the sentence in it
    (
        "Après s'être entretenu avec Donald Trump, le président ukrainien a rejoint Paris.",
        [("meeting", {TRUMP, ZELENSKY})],
    ),
    # the name after the object's title, hung on the verb, tagged a foreign word or a verb
    (
        "Emmanuel Macron recevra le président chinois Xi Jinping lundi à Paris.",
        [("meeting", {MACRON, "state:CHN", XI})],
    ),
    (
        "Friedrich Merz recevra le Premier ministre indien Narendra Modi jeudi à Berlin.",
        [("meeting", {MERZ, MODI})],  # the title's demonym is the person's, as for any name after its title
    ),
    # a monarch named by `souverain`, `monarque` or `reine`, and the dynasty's adjective for the kingdom
    (
        "Le souverain hachémite a reçu mardi le président égyptien.",
        [("meeting", {"person:abdallah-ii", "person:abdel-fattah-al-sissi"})],
    ),
    (
        "Le monarque chérifien a reçu mardi le président français.",
        [("meeting", {"person:mohammed-vi", MACRON})],
    ),
    # false friends: sport, weather, business
    ("Le club a frappé fort sur le marché des transferts.", []),
    ("L'arbitre a sanctionné le défenseur d'un carton rouge.", []),
    ("Le gel a frappé les vignobles de Bourgogne.", []),
    ("La banque centrale a reçu un appel d'offres.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", MATRIX)
def test_participants_matrix(nlp, text, expected):
    assert events(nlp, text) == [(t, frozenset(a)) for t, a in expected]


# A list of three actors or more before the verb: the parser breaks it (the first name made the root,
# a verb or an apposition, the object hung on it), and every actor of the list is a subject.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Emmanuel Macron, Friedrich Merz et Keir Starmer ont rencontré samedi Volodymyr Zelensky.",
            ("meeting", {MACRON, MERZ, STARMER, ZELENSKY}),
        ),
        (
            "Narendra Modi, Xi Jinping et Vladimir Poutine se sont réunis mardi à Tianjin.",
            ("meeting", {MODI, XI, POUTINE}),
        ),
        (
            "Keir Starmer, Emmanuel Macron et Friedrich Merz ont appelé lundi Donald Trump.",
            ("call", {STARMER, MACRON, MERZ, TRUMP}),
        ),
        (
            "Le Canada, l'Australie et le Royaume-Uni ont sanctionné mardi deux ministres israéliens.",
            ("sanction", {"state:CAN", "state:AUS", "state:GBR", "state:ISR"}),
        ),
        # the list is the subject of the verb the infinitive hangs on
        (
            "Emmanuel Macron, Friedrich Merz et Keir Starmer se sont rendus ensemble à Kiev "
            "pour y rencontrer Volodymyr Zelensky.",
            ("meeting", {MACRON, MERZ, STARMER, ZELENSKY, "state:UKR"}),
        ),
        # the first name cut off as a modifier of the verb, the rest its subject
        (
            "Les États-Unis, la France et le Royaume-Uni ont lancé jeudi des frappes contre des dépôts au Yémen.",
            ("strike", {"state:USA", "state:FRA", "state:GBR", "state:YEM"}),
        ),
        (
            "Les États-Unis, le Canada et le Royaume-Uni ont imposé lundi des sanctions à la Birmanie.",
            ("sanction", {"state:USA", "state:CAN", "state:GBR", "state:MMR"}),
        ),
    ],
)
def test_participants_listed_before_verb(nlp, text, expected):
    assert events(nlp, text) == [(expected[0], frozenset(expected[1]))]


# `le bloc`, `l'organisation régionale`, `l'Alliance`: a definite singular noun with no complement stands
# for the international organisation named last; a seat named as a place (`à Bruxelles`) is none. The
# parser may also take a noun far before for the subject: the phrase right before the verb is its subject.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "La SADC a tenu un sommet à Harare. Le bloc a décidé de sanctionner le Lesotho.",
            {"org:sadc", "state:LSO"},
        ),
        (
            "Les ministres de l'Otan se sont réunis à Bruxelles. Le lendemain, l'Alliance a imposé un embargo "
            "sur les armes au Belarus.",
            {"org:otan", "state:BLR"},
        ),
        (
            "La Cédéao s'est réunie à Accra. Faute de progrès, l'organisation régionale a suspendu ses échanges "
            "commerciaux avec la Guinée.",
            {"org:cedeao", "state:GIN"},
        ),
        (
            "Les chefs d'État de la Cédéao ont ordonné jeudi l'activation de la force d'attente. Deux semaines "
            "après le coup d'État qui a renversé le président Mohamed Bazoum, l'organisation régionale avait "
            "déjà imposé le 30 juillet de lourdes sanctions économiques et financières à Niamey.",
            {"org:cedeao", "state:NER"},
        ),
    ],
)
def test_participants_organisation_named_before(nlp, text, expected):
    assert [a for t, a in events(nlp, text) if t == "sanction"] == [frozenset(expected)]


# `le mouvement`, `la milice` (`movement_anaphors`) stand for the armed group or party named last, also as
# the body a title is of (`le chef du mouvement chiite`).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Une délégation du Hezbollah est arrivée à Beyrouth. Le mouvement chiite doit s'entretenir avec "
            "Emmanuel Macron.",
            {"org:hezbollah", "person:emmanuel-macron"},
        ),
        (
            "Une délégation du Hezbollah est arrivée à Beyrouth. Le chef du mouvement chiite doit s'entretenir "
            "avec Emmanuel Macron.",
            {"org:hezbollah", "person:emmanuel-macron"},
        ),
    ],
)
def test_participants_movement_named_before(nlp, text, expected):
    assert [a for t, a in events(nlp, text) if t in ("meeting", "call")] == [frozenset(expected)]


@pytest.mark.slow
def test_participants_organisation_of_a_complement_is_no_stand_in(nlp):
    assert events(nlp, "La Cédéao a tenu un sommet. L'organisation du tournoi a sanctionné deux joueurs.") == [
        ("meeting", frozenset({"org:cedeao"}))
    ]


# A site told with a possessive (`son consulat`, `ses installations`) is the state's that is the subject of a
# clause above the strike, not the striker's: that state is hit, its city only where.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'Iran accuse Israël d'avoir bombardé son consulat à Damas.", {"state:IRN", "state:ISR", "state:SYR"}),
        (
            "Téhéran a promis une riposte après la destruction de l'annexe consulaire de son ambassade à Damas, "
            "frappée par des avions de combat israéliens.",
            {"state:IRN", "state:ISR"},
        ),
        (
            "Le Qatar a condamné le raid qui a visé ses installations gazières, attribué à des drones iraniens.",
            {"state:QAT", "state:IRN"},
        ),
    ],
)
def test_participants_possessed_site_is_the_target(nlp, text, expected):
    assert frozenset(expected) in [a for t, a in events(nlp, text) if t == "strike"]


# A relative clause that does not hold the trigger says something of its antecedent: the actors in it are
# no fallback participants (`dont` listing members, with no verb, is no such clause).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "La Norvège, qui ne fait pas partie de l'UE, renvoie à son tour deux diplomates.",
            [("sanction", {"state:NOR"})],
        ),
        (
            "L'Ukraine, qui n'est pas membre de l'UE, renvoie pour sa part treize diplomates.",
            [("sanction", {"state:UKR"})],
        ),
    ],
)
def test_participants_not_read_in_a_relative_aside(nlp, text, expected):
    assert events(nlp, text) == [(t, frozenset(a)) for t, a in expected]


def test_participants_topic_participle_hung_on_the_occasion():
    """`à l'issue d'un sommet consacré au Niger`, the participle hung by the parser on `issue`: Niger is
    what the summit was about, wherever the participle hangs, not a fallback participant."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from pipeline.events.arguments import _under_topic_participle

    words = ["à", "l'", "issue", "d'", "un", "sommet", "consacré", "au", "Niger"]
    heads = [2, 2, 2, 5, 5, 2, 2, 8, 6]
    deps = ["case", "det", "ROOT", "case", "det", "nmod", "acl", "case", "obl:arg"]
    lemmas = ["à", "le", "issue", "de", "un", "sommet", "consacrer", "au", "Niger"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas)
    assert _under_topic_participle(doc[8])
    assert not _under_topic_participle(doc[5])


# `X reproche à Y les sanctions`: Y took the measure, X is hit by it (`reproach` in markers.csv).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, source",
    [
        ("Sergueï Lavrov a reproché à Londres le gel des avoirs de plusieurs banques russes.", "state:GBR"),
        ("Moscou reproche à Bruxelles les sanctions visant ses banques.", "org:ue"),
    ],
)
def test_participants_reproached_measure_was_taken_by_the_reproached(nlp, text, source):
    doc = parse_text(nlp, text, SUMMER_2025)
    assert [m.source_actor for m in doc._.event_mentions if m.event_type == "sanction"] == [source]


# A group subject that names its members (`onze présidents, dont X, Y et Z, doivent se retrouver`): the
# members met, read on the surface (the parser makes `dont X` a relative clause of its own).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mardi, onze présidents de la région, dont l'Argentin Alberto Fernández, le Chilien Gabriel Boric "
            "et le Colombien Gustavo Petro, doivent se retrouver à Brasília pour relancer l'intégration régionale.",
            {"person:alberto-fernandez", "person:gabriel-boric", "person:gustavo-petro"},
        ),
        (
            "Mardi, les présidents de la région, dont l'Argentin Alberto Fernández et le Chilien Gabriel Boric, "
            "doivent se retrouver à Brasília.",
            {"person:alberto-fernandez", "person:gabriel-boric"},
        ),
    ],
)
def test_participants_members_named_by_a_group_subject(nlp, text, expected):
    assert events(nlp, text) == [("meeting", frozenset(expected))]


# Bare staff expelled (`renvoie treize diplomates`) are of the state whose staff the text named last.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "La Pologne a expulsé trois diplomates biélorusses. La Lituanie a annoncé l'expulsion de deux diplomates.",
            ("state:LTU", "state:BLR"),
        ),
        (
            "Les États-Unis ont expulsé lundi 60 diplomates russes. L'Ukraine, qui n'est pas membre de l'UE, "
            "renvoie pour sa part treize diplomates.",
            ("state:UKR", "state:RUS"),
        ),
    ],
)
def test_participants_bare_staff_expelled_are_of_the_state_named_before(nlp, text, expected):
    doc = parse_text(nlp, text, SUMMER_2025)
    assert [(m.source_actor, m.target_actor) for m in doc._.event_mentions if m.event_type == "sanction"][
        -1
    ] == expected


@pytest.mark.slow
def test_participants_bare_staff_without_antecedent_have_no_state(nlp):
    doc = parse_text(nlp, "Le Japon a expulsé deux diplomates.", SUMMER_2025)
    assert [m.target_actor for m in doc._.event_mentions if m.event_type == "sanction"] == [None]

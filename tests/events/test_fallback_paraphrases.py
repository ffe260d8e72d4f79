"""Long wire sentences whose trigger finds its participants far away in the parse (s39-fallback).

Each row is a sentence written for this test where a meeting or strike trigger sits under another
noun (`la tenue d'un sommet`, `le calendrier des réunions`, `à l'issue d'un cycle de discussions`),
in a nominal sentence (`Nouvelle vague de frappes russes visant ...`), or under a visit whose other
party comes twenty tokens later (`..., afin de s'entretenir de X avec le roi, Y`). The rows run the
full pipeline and merge the mentions as `make extract` does. A row gives the participant slots as
the gold does (each slot the acceptable ids): one event of the type must fill `min(2, slots)` of
them and name nobody outside them. False friends give no core event at all. Marked slow.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.agreement import affiliation_links, state_links
from pipeline.events.merge import merge_events
from pipeline.nlp.pipeline import parse_text

PUBLISHED = date(2024, 10, 16)  # a Wednesday

pytestmark = pytest.mark.slow

CORE = frozenset({"call", "meeting", "strike", "sanction"})
FRA = {"state:FRA", "person:emmanuel-macron"}
DEU = {"state:DEU", "person:olaf-scholz"}
ITA, ESP = {"state:ITA", "person:giorgia-meloni"}, {"state:ESP", "person:pedro-sanchez"}
USA, IRN = {"state:USA", "person:joe-biden"}, {"state:IRN"}
RUS = {"state:RUS", "person:vladimir-poutine", "org:rus-armee", "org:rus-mindef"}
UKR = {"state:UKR", "person:volodymyr-zelensky", "person:andriy-sybiha"}
ISR = {"state:ISR", "org:tsahal", "person:benyamin-netanyahou"}
LBN = {"state:LBN", "org:hezbollah"}
TUR = {"state:TUR", "person:hakan-fidan", "person:recep-tayyip-erdogan"}
JOR = {"state:JOR", "person:abdallah-ii"}


def core_events(nlp, text: str) -> list[tuple[str, frozenset[str]]]:
    """(type, actor ids) of each core event the text gives once its mentions are merged."""
    doc = parse_text(nlp, text, PUBLISHED)
    actors = doc._.actors or {}
    merged = merge_events(doc._.event_mentions, affiliations=affiliation_links(actors), links=state_links(actors))
    return [(e.event_type, frozenset(e.actors)) for e in merged if e.event_type in CORE]


def fills(ids: frozenset[str], slots: list[set[str]]) -> bool:
    """The gold's match: `min(2, slots)` slots filled, and nobody named outside every slot."""
    filled = sum(1 for slot in slots if ids & slot)
    return filled >= min(2, len(slots)) and ids <= set().union(*slots)


def unfixed(*row):
    return pytest.param(*row, marks=pytest.mark.xfail(reason="participants not read yet", strict=True))


FOUND = [
    # a meeting noun under another noun, object of a verb; the sides are the subject's state adjectives
    (
        "Les dirigeants français et allemand ont confirmé lundi, dans un communiqué diffusé en fin de journée par "
        "leurs services respectifs, la tenue d'un sommet bilatéral jeudi à Aix-la-Chapelle consacré à la défense, "
        "à l'énergie et au budget européen.",
        "meeting",
        [FRA, DEU],
    ),
    (
        "Les gouvernements italien et espagnol ont annoncé mardi, après plusieurs semaines de tractations "
        "discrètes entre leurs diplomates, l'organisation d'une rencontre au sommet à Rome à la fin du mois sur "
        "la gestion des arrivées de migrants en Méditerranée.",
        "meeting",
        [ITA, ESP],
    ),
    (
        "Paris et Berlin ont arrêté mardi, au terme de plusieurs semaines d'échanges entre leurs chancelleries "
        "sur l'énergie, la défense et le commerce, le calendrier des réunions bilatérales prévues d'ici la fin de "
        "l'année.",
        "meeting",
        [FRA, DEU],
    ),
    (
        "À l'issue d'un cycle de discussions de deux jours à Genève sur le programme nucléaire et la levée des "
        "sanctions, les négociateurs américain et iranien ont salué mardi des progrès « substantiels », sans "
        "annoncer de date pour la suite.",
        "meeting",
        [USA, IRN],
    ),
    # a visit by a role, the other party in an appositive twenty tokens on, under `afin de`
    (
        "Le chef de la diplomatie française, Jean-Noël Barrot, a entamé dimanche une tournée régionale. Le "
        "ministre s'est rendu mardi en Jordanie, deuxième étape d'un déplacement qui doit le conduire jeudi au "
        "Caire, afin de s'entretenir de la situation à Gaza et de la sécurité régionale avec le roi, Abdallah II.",
        "meeting",
        [FRA | {"person:jean-noel-barrot"}, JOR],
    ),
    # a nominal sentence: the strike noun under the root noun, its participle naming what it aims at
    (
        "Nouvelle série de bombardements israéliens visant, dans la nuit de lundi à mardi, des positions et des "
        "dépôts d'armes du Hezbollah dans la plaine de la Bekaa, dans l'est du Liban.",
        "strike",
        [ISR, LBN],
    ),
    (
        "Vague d'attaques de drones russes ciblant depuis l'aube les installations portuaires ukrainiennes du "
        "Danube, à quelques kilomètres seulement de la frontière roumaine.",
        "strike",
        [RUS, UKR],
    ),
    # one side the subject, the other the verb's `à` phrase; the noun reached through `lors d'un échange`
    (
        "Emmanuel Macron a proposé mardi à son homologue chinois, lors d'un échange en marge d'une conférence "
        "sur le climat à Paris, l'organisation d'une rencontre au printemps prochain consacrée au commerce.",
        "meeting",
        [FRA, {"state:CHN", "person:xi-jinping"}],
    ),
    # the noun under the object of an infinitive, the subject that of the verb over it
    (
        "Les chefs de la diplomatie grecque et turque ont convenu lundi, au terme d'une journée marquée par de "
        "vifs échanges sur la délimitation des zones maritimes en mer Égée, de préparer la tenue d'un sommet "
        "avant la fin de l'année.",
        "meeting",
        [{"state:GRC"}, TUR],
    ),
    # the occasion fronted, an incise and a parenthesis before the real subject, which the parser loses
    (
        "Au terme d'un entretien de deux heures au palais Chigi – le troisième depuis le début de l'année – "
        "consacré aux migrations, à la dette, à la présence militaire européenne en mer Rouge et à la guerre en "
        "Ukraine, la présidente du Conseil italien et son homologue espagnol (qui présidera bientôt le Conseil "
        "de l'UE) ont plaidé mardi pour une réforme du pacte sur l'asile.",
        "meeting",
        [ITA, ESP],
    ),
    (
        "À l'issue d'une rencontre de trois heures à Berlin – la première depuis les élections – consacrée au "
        "budget européen, à l'aide à l'Ukraine, au commerce avec la Chine et à la défense, le chancelier allemand "
        "et son homologue polonais (qui quittera ses fonctions en décembre) ont annoncé jeudi un plan commun.",
        "meeting",
        [DEU, {"state:POL", "person:donald-tusk"}],
    ),
    # a strike noun in an apposition, its `contre` phrase hung elsewhere by the parser
    (
        "La cheffe de la diplomatie allemande a entamé lundi une tournée de trois jours au Proche-Orient, la "
        "troisième depuis l'attaque du Hamas contre Israël le 7 octobre, avec pour objectif d'obtenir une trêve.",
        "strike",
        [{"org:hamas"}, ISR],
    ),
    # a strike noun in a time phrase (`depuis`) the parser made the main verb's object: its attacker is its
    # `de` phrase, not the traveller
    (
        "Le ministre turc des Affaires étrangères a entamé lundi une tournée de trois jours dans le Golfe, la "
        "première depuis l'attaque des Houthis contre l'Arabie saoudite le 14 septembre, avec pour objectif "
        "affiché d'apaiser les tensions régionales.",
        "strike",
        [{"org:houthis"}, {"state:SAU"}],
    ),
    # incises and a parenthesis between the host and the guest
    (
        "Le chef de la diplomatie turque, Hakan Fidan – qui multiplie depuis des semaines les navettes entre "
        "les belligérants – a reçu lundi à Ankara son homologue ukrainien (arrivé la veille par la route) pour "
        "des discussions portant sur les prisonniers, la navigation en mer Noire et les exportations de céréales.",
        "meeting",
        [TUR, UKR],
    ),
]

FALSE_FRIENDS = [
    "Nouvelle vague de froid sur l'Europe : la France et l'Allemagne ont enregistré mardi des températures "
    "inférieures de dix degrés aux normales de saison, selon les services météorologiques.",
    "Le calendrier des rencontres de la Ligue des nations, publié mardi par l'UEFA, prévoit un match entre la "
    "France et l'Italie à Milan au mois de septembre.",
    "Les ministres français et allemand de la Culture ont inauguré samedi à Strasbourg, à l'issue d'un cycle "
    "de concerts consacré à Beethoven, une exposition commune sur le patrimoine rhénan.",
    "Frappée par une série de séismes depuis dimanche, la Turquie a reçu mardi l'aide de l'Italie et de "
    "l'Espagne, qui ont dépêché des équipes de secouristes dans la province de Malatya.",
]


@pytest.mark.parametrize(("text", "event_type", "slots"), FOUND)
def test_fallback_participants_of_long_sentence(nlp, text, event_type, slots):
    events = core_events(nlp, text)
    assert any(t == event_type and fills(ids, slots) for t, ids in events), events


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_fallback_false_friend_gives_nothing(nlp, text):
    assert core_events(nlp, text) == []


# a nominal sentence naming no attacker: the state struck, named far after the strike, is its target
STRUCK = [
    (
        "L'armée russe a de nouveau visé le réseau électrique ukrainien. Nouvelle vague de frappes visant, dans "
        "la nuit de mardi à mercredi, les infrastructures énergétiques de plusieurs régions du centre et de l'est "
        "de l'Ukraine, où des coupures d'électricité étaient signalées.",
        "state:UKR",
    ),
    (
        "Série d'explosions dans la nuit sur une base aérienne de la région de Koursk, dans l'ouest de la "
        "Russie, selon les autorités locales.",
        "state:RUS",
    ),
]


@pytest.mark.parametrize(("text", "target"), STRUCK)
def test_fallback_target_of_nominal_strike(nlp, text, target):
    doc = parse_text(nlp, text, PUBLISHED)
    assert [m.target_actor for m in doc._.event_mentions if m.event_type == "strike"] == [target]


# a name inside a relative clause joined by `et qui` to what describes the antecedent is no party
NOT_PARTIES = [
    (
        "Catherine Colonna a entamé dimanche une tournée régionale. La ministre s'est rendue mardi en Jordanie, "
        "deuxième étape d'un déplacement commencé en Égypte et qui doit la conduire ensuite au Qatar puis aux "
        "Émirats arabes unis, afin de s'entretenir du sort des otages, de l'acheminement de l'aide et des risques "
        "d'embrasement régional avec le roi, Abdallah II.",
        "state:ARE",
    ),
]


@pytest.mark.parametrize(("text", "absent"), NOT_PARTIES)
def test_fallback_leaves_joined_relative_out(nlp, text, absent):
    events = core_events(nlp, text)
    assert events and not any(absent in ids for _, ids in events), events


# a name in a clause joined by `et` that has a subject of its own is that clause's, no party of the trigger's
OTHER_CLAUSE = [
    "L'Union européenne a prolongé mardi sa mission d'observation en Géorgie, et Washington a menacé de "
    "sanctionner les auteurs de nouvelles violences.",
    "L'Union européenne a prolongé mardi sa mission d'observation en Arménie, et Washington a menacé de "
    "sanctionner les responsables des affrontements.",
]


@pytest.mark.parametrize("text", OTHER_CLAUSE)
def test_fallback_leaves_other_clause_out(nlp, text):
    assert core_events(nlp, text) == []


# a headline of items with no verb: the trigger's item alone is read, not a place named in the item before it
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Guerre en Ukraine : Zelensky à Berlin, nouvelles frappes russes sur Kharkiv", [("state:RUS",)]),
        (
            "Proche-Orient : Netanyahou à Washington, nouveaux bombardements israéliens sur Gaza",
            [("state:ISR", "state:PSE")],
        ),
    ],
)
def test_fallback_reads_the_headline_item_of_the_trigger(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    assert [m.actors for m in doc._.event_mentions if m.event_type == "strike"] == expected


# an event noun that is the topic of talks (`des discussions sur la levée des sanctions`) borrows no side
TOPICS = [
    "À l'issue d'un cycle de discussions de deux jours à Genève sur le programme nucléaire et la levée des "
    "sanctions, les négociateurs américain et iranien ont salué mardi des progrès « substantiels ».",
    "Au terme de longues négociations sur l'allègement des sanctions et le gel des avoirs, les délégations "
    "russe et américaine se sont séparées mardi sans accord.",
]


@pytest.mark.parametrize("text", TOPICS)
def test_fallback_topic_of_talks_is_no_sanction(nlp, text):
    assert [t for t, _ in core_events(nlp, text) if t == "sanction"] == []


# names under `sous l'égide de`, `sous les auspices de` host the talks: alone in the sentence, they are no sides
MEDIATORS_ONLY = [
    "Libye : à Genève, des discussions sous l'égide de l'Égypte et de la Turquie",
    "Nouvelles négociations à Nairobi sous les auspices du Kenya et de l'Union africaine.",
]


@pytest.mark.parametrize("text", MEDIATORS_ONLY)
def test_fallback_mediators_are_no_sides(nlp, text):
    assert core_events(nlp, text) == []


# talks under an agreement the clause's subject concluded: the subject's two names joined by `et` are the sides,
# not a mediator named after the talks
CONCLUDED = [
    (
        "Le Premier ministre arménien Nikol Pachinian et le président azerbaïdjanais Ilham Aliev ont paraphé jeudi "
        "un projet de traité au terme de trois jours de pourparlers menés sous l'égide de la Suisse.",
        [{"state:ARM", "person:nikol-pachinian"}, {"state:AZE", "person:ilham-aliyev"}],
    ),
    (
        "La présidente moldave Maia Sandu et le président roumain Klaus Iohannis ont signé lundi à Bucarest une "
        "déclaration commune à l'issue de deux heures de discussions.",
        [{"state:MDA", "person:maia-sandu"}, {"state:ROU", "person:klaus-iohannis"}],
    ),
]


@pytest.mark.parametrize(("text", "slots"), CONCLUDED)
def test_fallback_subject_pair_holds_both_sides_of_talks(nlp, text, slots):
    events = core_events(nlp, text)
    assert any(t == "meeting" and fills(ids, slots) for t, ids in events), events


# a strike's subject pair is one side, the attackers: no strike between them
def test_fallback_subject_pair_of_a_strike_is_no_two_sides(nlp):
    text = "Les États-Unis et le Royaume-Uni ont revendiqué dimanche une série de frappes au terme d'une nuit de raids."
    assert not any(t == "strike" and ids == {"state:USA", "state:GBR"} for t, ids in core_events(nlp, text))


# a strike told in a relative clause opened by `selon laquelle`, `d'après lequel`: the name the clause hangs on
# tells of the strike, it is no side of it
REPORTED_IN_RELATIVE = [
    (
        "« Nous ne céderons pas », a affirmé le porte-parole du gouvernement lituanien, Gabrielius Landsbergis, "
        "selon lequel ces sanctions répondent à l'attaque de drones lancée mardi contre Vilnius.",
        "person:gabrielius-landsbergis",
    ),
    (
        "« Nous resterons fermes », a dit la cheffe de la diplomatie britannique, Yvette Cooper, d'après laquelle "
        "les mesures répondent aux tirs de missiles lancés dimanche contre l'Ukraine.",
        "person:yvette-cooper",
    ),
]


@pytest.mark.parametrize(("text", "reporter"), REPORTED_IN_RELATIVE)
def test_reporter_of_a_relative_clause_is_no_side_of_its_strike(nlp, text, reporter):
    doc = parse_text(nlp, text, PUBLISHED)
    strikes = [m.actors for m in doc._.event_mentions if m.event_type == "strike"]
    assert strikes and not any(reporter in ids for ids in strikes), strikes


# `une première attaque` naming no side, told sentences after a strike whose attacker a repeat names (`qui impute
# ces attaques à X`), is one of that series; the repeat's `à X` is who struck, not where (one row with its strike)
SERIES = [
    (
        "Le dépôt pétrolier de Novorossiïsk a été touché jeudi par des drones, a indiqué le gouverneur de la région, "
        "qui attribue ces attaques à l'Ukraine. Un incendie s'est déclaré sur le site. Les secours ont évacué les "
        "riverains. Lundi, une première attaque avait visé le terminal du port.",
        [
            ("strike", frozenset({"state:UKR", "state:RUS"}), date(2024, 10, 14)),
            ("strike", frozenset({"state:UKR", "state:RUS"}), date(2024, 10, 10)),
        ],
    ),
    (
        "L'aéroport de Goma a été frappé mardi à l'aube par des drones, a affirmé l'armée congolaise, qui impute "
        "ces attaques au M23. D'épaisses fumées s'élevaient au-dessus des pistes. Les vols ont été suspendus. "
        "Samedi, une première frappe avait visé le port de la ville.",
        [
            ("strike", frozenset({"org:m23", "state:COD"}), date(2024, 10, 15)),
            ("strike", frozenset({"org:m23", "state:COD"}), date(2024, 10, 12)),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SERIES)
def test_first_attack_of_a_series_takes_its_sides(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    actors = doc._.actors or {}
    merged = merge_events(doc._.event_mentions, affiliations=affiliation_links(actors), links=state_links(actors))
    found = [(e.event_type, frozenset(e.actors), e.date_start) for e in merged if e.event_type in CORE]
    assert sorted(found, key=str) == sorted(expected, key=str)


# a talk noun told as a time anchor (`à la veille du sommet de X`, `au lendemain des pourparlers`) in a sentence
# with no verb: the names around belong to the event it dates, not to the anchor's talks
ANCHORED = [
    "Iran : Abbas Araghchi à Mascate à la veille des pourparlers de Genève",
    "Gaza : Antony Blinken au Caire au lendemain des négociations de Doha",
]


@pytest.mark.parametrize("text", ANCHORED)
def test_fallback_talks_named_as_a_time_anchor_take_no_sides(nlp, text):
    assert core_events(nlp, text) == []


# a place after a participle of judgement (`une mesure perçue à Madrid comme une riposte`) is where the act is
# judged, no side of the measure the riposte answers (`judgement` in markers.csv)
def test_place_where_a_measure_is_judged_is_no_side(nlp):
    text = (
        "Pékin a imposé lundi des droits sur le porc européen, une mesure perçue à Madrid comme une riposte aux "
        "surtaxes européennes."
    )
    doc = parse_text(nlp, text, PUBLISHED)
    assert not any("state:ESP" in m.actors for m in doc._.event_mentions if m.event_type == "sanction")


# a talk noun at a time anchor (`à la veille du sommet de X`) takes no sides from the subject pair of the clause:
# the pair's own talk is the verb's
def test_subject_pair_is_no_side_of_a_summit_named_as_a_time_anchor(nlp):
    text = "Olaf Scholz et Emmanuel Macron se sont parlé au téléphone mardi soir, à la veille du sommet de Davos."
    assert core_events(nlp, text) == [("call", frozenset({"person:olaf-scholz", "person:emmanuel-macron"}))]

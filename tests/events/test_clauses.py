"""What the clause around an event trigger says about its participants (`pipeline/events/clauses.py`)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.clauses import (
    clause_subject,
    fronted_participle_subject,
    gathered_group,
    inherited_subject,
    is_gerund,
    name_taken_for_verb,
)
from pipeline.events.phrases import actor_index
from pipeline.nlp.pipeline import parse_text

PUBLISHED = date(2025, 10, 24)

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        # the participle opening the sentence is what the main clause's subject did
        (
            "Réunis mardi à Rome en présence de Volodymyr Zelensky, les dirigeants européens ont promis "
            "une aide militaire supplémentaire.",
            ["org:ue"],
        ),
        (
            "Réunis lundi à Genève, Sergueï Lavrov et Marco Rubio ont évoqué un cessez-le-feu.",
            ["person:serguei-lavrov", "person:marco-rubio"],
        ),
        # not a participle opening the sentence: nothing read
        ("Les dirigeants européens, réunis mardi à Rome, ont promis une aide à l'Ukraine.", []),
        # a participle phrase without a main clause after its comma
        ("Réunis mardi à Rome, et sans Volodymyr Zelensky.", []),
    ],
)
def test_fronted_participle_names_who_met(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    head = next(t for t in doc if t.lower_ == "réunis")
    assert fronted_participle_subject(head, actor_index(doc)) == expected


# A participle of gathering on a plural subject: the subject's own names, or the ones a counted group
# (`les ministres des trois pays`) stands for
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Les dirigeants de l'Union africaine, réunis mardi à Kigali, ont adopté une déclaration.",
            ["org:union-africaine"],
        ),
        (
            "Le Tchad, le Cameroun et le Gabon ont signé un accord. Un mois plus tard, les ministres de la Défense "
            "des trois pays, réunis à Libreville, ont fixé un calendrier.",
            ["state:TCD", "state:CMR", "state:GAB"],
        ),
        # a group of no number, named by no name: nobody
        ("Les ministres, réunis à Libreville, ont fixé un calendrier.", []),
    ],
)
def test_gathered_group_names_who_met(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    head = next(t for t in doc if t.lower_ == "réunis")
    assert gathered_group(head, actor_index(doc)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Réunis mardi à Rome en présence de Volodymyr Zelensky, les dirigeants européens ont promis "
            "une aide militaire supplémentaire.",
            [("meeting", ("org:ue", "person:volodymyr-zelensky"), ("2025-10-21", "2025-10-21"))],
        ),
    ],
)
def test_meeting_told_by_a_fronted_participle(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    found = [
        (m.event_type, tuple(sorted(m.actors)), (m.date.start.isoformat(), m.date.end.isoformat()) if m.date else None)
        for m in doc._.event_mentions
        if m.event_type == "meeting"
    ]
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the parties a control verb asks to talk hold the talks, even when the parser takes its
        # object for a second complement (`appelé Israël et le Hamas à reprendre ...`)
        (
            "Les dirigeants américain, égyptien et qatari ont appelé Israël et le Hamas à reprendre les "
            "négociations le 15 novembre à Doha.",
            [("meeting", ("org:hamas", "state:ISR"))],
        ),
        ("Washington a exhorté Kiev et Moscou à reprendre les pourparlers.", [("meeting", ("state:RUS", "state:UKR"))]),
    ],
)
def test_talks_asked_of_the_object_of_a_control_verb(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    found = [(m.event_type, tuple(sorted(m.actors))) for m in doc._.event_mentions]
    assert [f for f in found if f[0] == "meeting"] == expected


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        # `ce dernier` (tagged ADJ) subject of a modal: the person named last, not a place after him
        (
            "Le chef de la diplomatie russe est arrivé lundi à Pékin. Ce dernier devrait être reçu par le "
            "président chinois.",
            "reçu",
            ["person:serguei-lavrov"],
        ),
        (
            "Le Premier ministre japonais a atterri à Téhéran. Cette dernière visite doit durer deux jours, "
            "et ce dernier doit rencontrer le guide suprême.",
            "rencontrer",
            ["person:shinzo-abe"],
        ),
    ],
)
def test_demonstrative_subject_of_a_modal_is_the_last_person(nlp, text, verb, expected):
    doc = parse_text(nlp, text, date(2019, 6, 12))
    head = next(t for t in doc if t.lower_ == verb)
    assert inherited_subject(head, actor_index(doc)) == expected


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        # `est arrivé` (être, not a passive) tagged with a passive subject: still the one who went
        (
            "Le ministre chinois Wang Yi a rencontré son homologue. Wang est arrivé à Rome hier soir, après "
            "s'être rendu en Égypte et en Algérie.",
            "rendu",
            ["person:wang-yi"],
        ),
        # a true passive: the one received goes on, not the host
        ("Fidan a été reçu par Rubio, avant de rejoindre Paris.", "rejoindre", ["person:hakan-fidan"]),
    ],
)
def test_adverbial_infinitive_takes_the_main_subject(nlp, text, verb, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    head = next(t for t in doc if t.lower_ == verb)
    assert inherited_subject(head, actor_index(doc)) == expected


# Class 4: the infinitive of a verb of ordering or asking is the act of the one addressed, also when the
# parser hangs it on that one (`acl`); one's own staff (`son gouvernement`) acts for the one ordering.
@pytest.mark.parametrize(
    "text, verb, expected",
    [
        (
            "Le Premier ministre Justin Trudeau a ordonné jeudi à son gouvernement de préparer des surtaxes sur "
            "l'acier américain.",
            "préparer",
            ["person:justin-trudeau"],
        ),
        ("Le Danemark a demandé à l'Union européenne d'imposer des sanctions à l'Iran.", "imposer", ["org:ue"]),
    ],
)
def test_infinitive_of_an_order_is_the_addressee_act(nlp, text, verb, expected):
    doc = parse_text(nlp, text, date(2018, 6, 1))
    head = next(t for t in doc if t.lower_ == verb)
    assert inherited_subject(head, actor_index(doc)) == expected


# The tagger reads an unknown first name as the verb (`Narendra` VERB) and hangs the clause's real verb
# on it; the parse repair (pipeline/nlp/misread_names.py) makes the name, or the title it follows, the
# verb's subject again, and the talk has the people named.
@pytest.mark.parametrize(
    "text, verb, expected",
    [
        (
            "Le Premier ministre indien Narendra Modi s'est entretenu lundi à Tokyo avec son homologue japonais "
            "Shinzo Abe, avant de s'envoler pour Pékin.",
            "entretenu",
            ("person:narendra-modi", "person:shinzo-abe", "state:JPN"),
        ),
        # the conjunct right before the name is the name's own title, not another person
        (
            "Le président Emmanuel Macron et son homologue indien Narendra Modi se sont rencontrés jeudi à Paris.",
            "rencontrés",
            ("person:emmanuel-macron", "person:narendra-modi"),
        ),
        (
            # a bare `le chancelier` with Germany named (`à Berlin`) is its chancellor (titles.csv `bare`)
            "Le chancelier et son homologue indien Narendra Modi se sont entretenus jeudi à Berlin.",
            "entretenus",
            ("person:friedrich-merz", "person:narendra-modi", "state:DEU"),
        ),
    ],
)
def test_name_read_as_the_verb_is_the_subject(nlp, text, verb, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    assert [tuple(sorted(m.actors)) for m in doc._.event_mentions if m.trigger == verb] == [expected]


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # the tagger takes the participle for a noun: still a gerund after `en`
        ("Israël a répliqué samedi en bombardant le port de Hodeïda.", "bombardant", True),
        ("Tallinn a riposté en renvoyant l'ambassadeur.", "renvoyant", True),
        # a noun in -ant without `en` is no gerund
        ("Le commandant a été tué mardi.", "commandant", False),
        # a participle the parser hangs on the time noun before it (`nmod` of `soirée`)
        ("Moscou a répliqué dans la soirée en expulsant quatre diplomates norvégiens.", "expulsant", True),
    ],
)
def test_gerund_even_when_tagged_as_a_noun(nlp, text, word, expected):
    doc = parse_text(nlp, text, date(2025, 10, 24))
    assert is_gerund(next(t for t in doc if t.text == word)) is expected


# s19-sanction: a gerund the parser hangs on a noun of its clause (the day, a participle phrase on
# another noun) still shares the subject of that clause's verb, never the agent of a participle.
@pytest.mark.parametrize(
    "text, verb, expected",
    [
        (
            "Pékin a riposté mercredi aux droits américains en frappant de taxes de 34 % les produits américains.",
            "frappant",
            ["state:CHN"],
        ),
        (
            "La Chine a riposté mercredi aux surtaxes de 100 % imposées en août par le Canada sur les véhicules "
            "chinois en frappant de droits de 75 % le colza canadien.",
            "frappant",
            ["state:CHN"],
        ),
        # `en expulsant` hung on `soirée` as its modifier: Moscow expels
        ("Moscou a répliqué dans la soirée en expulsant quatre diplomates norvégiens.", "expulsant", ["state:RUS"]),
    ],
)
def test_gerund_hung_on_a_noun_takes_the_clause_subject(nlp, text, verb, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    head = next(t for t in doc if t.lower_ == verb)
    assert inherited_subject(head, actor_index(doc)) == expected


# The subject of the verb above a noun is not the noun's own phrase: climbing through the subject
# relation goes on to the verb that reports it (`X a prévenu que ses droits ... s'appliqueraient`).
@pytest.mark.parametrize(
    "text, noun, expected",
    [
        (
            "Le Canada a prévenu que ses droits de douane sur les produits américains s'appliqueraient en mai.",
            "droits",
            ["state:CAN"],
        ),
        ("La Chine a confirmé ses taxes sur les produits américains.", "taxes", ["state:CHN"]),
    ],
)
def test_clause_subject_is_not_the_nouns_own_phrase(nlp, text, noun, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    head = next(t for t in doc if t.lower_ == noun)
    assert clause_subject(head, actor_index(doc)) == expected


# The participle of a decree's object (`un décret rétablissant les sanctions`) is the signer's act, also when
# the signing verb shares the subject of the verb it is coordinated with.
@pytest.mark.parametrize(
    "text, verb, expected",
    [
        (
            "Joe Biden a signé mardi un décret rétablissant les sanctions contre Caracas.",
            "rétablissant",
            ["person:joe-biden"],
        ),
        (
            "Joe Biden a pris la parole mardi et a signé un décret rétablissant les sanctions contre Caracas.",
            "rétablissant",
            ["person:joe-biden"],
        ),
    ],
)
def test_decree_participle_takes_the_signer_of_a_coordinated_verb(nlp, text, verb, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    head = next(t for t in doc if t.lower_ == verb)
    assert inherited_subject(head, actor_index(doc)) == expected


# `ses interlocuteurs`, `son hôte` with nothing else after a journey told before (`est arrivé à
# Pyongyang`, `s'est rendu à Pékin`): the hosts are of the state visited; no journey, no host.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mike Pompeo est arrivé mardi à Pyongyang. Il a rencontré ses interlocuteurs pendant deux jours.",
            [("meeting", frozenset({"person:mike-pompeo", "state:PRK"}))],
        ),
        (
            "Shinzo Abe est arrivé lundi à Pékin. Il doit rencontrer ses interlocuteurs mardi.",
            [("meeting", frozenset({"person:shinzo-abe", "state:CHN"}))],
        ),
        (
            "Mike Pompeo a parlé lundi de la Corée. Il a rencontré ses interlocuteurs pendant deux jours.",
            [("meeting", frozenset({"person:mike-pompeo"}))],
        ),
    ],
)
def test_bare_counterparts_are_of_the_state_visited(nlp, text, expected):
    doc = parse_text(nlp, text, date(2018, 6, 20))
    found = [(m.event_type, frozenset(m.actors)) for m in doc._.event_mentions if m.event_type == "meeting"]
    assert found == expected


# A first name the tagger takes for a verb (`Narendra`, made the root) leaves the real verb, its
# conjunct, with only the name after `et` for a subject: the person read as that verb is one too.
@pytest.mark.parametrize(
    "text, verb, expected",
    [
        (
            "Le Premier ministre indien Narendra Modi et le président russe Vladimir Poutine ont tenu lundi un "
            "sommet à Sotchi, au bord de la mer Noire.",
            "tenu",
            ["person:narendra-modi"],
        ),
        (
            "Le Premier ministre indien Narendra Modi et le président français Emmanuel Macron ont achevé mardi "
            "un sommet de deux jours à Marseille, dans le sud de la France.",
            "achevé",
            ["person:narendra-modi"],
        ),
        # a subject parsed right has no such name
        ("Emmanuel Macron a tenu lundi un sommet à Marseille.", "tenu", []),
    ],
)
def test_name_taken_for_a_verb_is_a_subject_of_its_conjunct(nlp, text, verb, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    head = next(t for t in doc if t.lower_ == verb)
    assert name_taken_for_verb(head, actor_index(doc)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le Premier ministre indien Narendra Modi et le président français Emmanuel Macron ont achevé mardi "
            "un sommet de deux jours à Marseille, dans le sud de la France.",
            [("meeting", frozenset({"person:narendra-modi", "person:emmanuel-macron"}))],
        ),
    ],
)
def test_summit_held_by_a_name_taken_for_a_verb(nlp, text, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    found = [(m.event_type, frozenset(m.actors)) for m in doc._.event_mentions if m.event_type != "statement"]
    assert found == expected


# the subject of a verb of judging (`qualifier`, `dénoncer`: `judgement` in markers.csv) speaks of the act
# the participle on its object tells; he did not do it
@pytest.mark.parametrize(
    "text, verb",
    [
        (
            "Le porte-parole de l'armée israélienne a qualifié l'opération d'action légitime visant des positions "
            "du Hezbollah.",
            "visant",
        ),
        ("Téhéran a dénoncé un décret visant des banques russes.", "visant"),
    ],
)
def test_participle_on_the_object_of_a_judgement_has_no_subject(nlp, text, verb):
    doc = parse_text(nlp, text, PUBLISHED)
    head = next(t for t in doc if t.lower_ == verb)
    assert inherited_subject(head, actor_index(doc)) == []


# With `Narendra` read as the verb, the subject hung on it may list people before his title (`le président
# américain X, le Premier ministre indien`): only the phrase after the last comma or `et` is the title, and
# the name's own conjuncts (`et son homologue australien Y`) take part as well.
@pytest.mark.slow
def test_people_listed_around_a_name_read_as_a_verb(nlp):
    text = (
        "Les dirigeants réunis à Canberra – le président américain Joe Biden, le Premier ministre japonais "
        "Fumio Kishida, le Premier ministre indien Narendra Modi et son homologue australien Anthony Albanese – "
        "se sont retrouvés mardi."
    )
    doc = parse_text(nlp, text, date(2023, 5, 23))
    people = [sorted(a for a in m.actors if a.startswith("person:")) for m in doc._.event_mentions]
    assert people == [["person:anthony-albanese", "person:fumio-kishida", "person:joe-biden", "person:narendra-modi"]]


# The parser may make the first of two coordinated names the root and hang the verb on it as a parataxis whose
# subject is only the second name: the first name is a subject of that verb too.
@pytest.mark.parametrize(
    "text, verb, expected",
    [
        (
            "Donald Trump et Vladimir Poutine ont eu dimanche à Paris une « bonne conversation » lors du déjeuner, "
            "a indiqué le Kremlin.",
            "eu",
            ["person:donald-trump"],
        ),
    ],
)
def test_first_name_made_root_is_a_subject_of_the_parataxis(nlp, text, verb, expected):
    with nlp.select_pipes(disable=["coordinated_subject"]):  # the parser's own tree, the one this rule reads
        doc = parse_text(nlp, text, date(2018, 11, 12))
    head = next(t for t in doc if t.lower_ == verb)
    assert head.dep_ == "parataxis"  # the parse this rule is for
    assert name_taken_for_verb(head, actor_index(doc)) == expected


def test_first_name_made_root_is_repaired_before_the_rule(nlp):
    """The same sentence through the whole pipeline: the parse repair (nlp/subjects.py, rooted_first_name)
    gives the verb back its pair of subjects, so the rule above is the fallback for parses it does not mend."""
    text = (
        "Donald Trump et Vladimir Poutine ont eu dimanche à Paris une « bonne conversation » lors du déjeuner, "
        "a indiqué le Kremlin."
    )
    doc = parse_text(nlp, text, date(2018, 11, 12))
    head = next(t for t in doc if t.lower_ == "eu")
    subject = next(c for c in head.children if c.dep_ == "nsubj")
    assert (head.dep_, doc[subject.i : subject.i + 2].text) == ("ROOT", "Donald Trump")


# Rule (s33-escalation): a participle joined by `et` that the parser hangs on the first verb's object (`a suspendu
# mardi le traité frontalier et expulsé deux diplomates`) shares that verb's subject.
@pytest.mark.parametrize(
    "text, verb, expected",
    [
        (
            "Le Kenya a suspendu mardi le traité frontalier et expulsé deux diplomates somaliens.",
            "expulsé",
            ["state:KEN"],
        ),
    ],
)
def test_participle_hung_on_the_object_shares_the_subject(nlp, text, verb, expected):
    doc = parse_text(nlp, text, PUBLISHED)
    head = next(t for t in doc if t.lower_ == verb)
    assert inherited_subject(head, actor_index(doc)) == expected

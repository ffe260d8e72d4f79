"""Actors of a phrase: which names in a noun phrase are its participants (hand-built parses)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.lang.fr import French
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from pipeline.events.phrases import (
    actor_index,
    is_demonstrative,
    markers,
    phrase_actors,
    preposition,
    pronoun_antecedent,
)
from pipeline.nlp.extensions import register_extensions
from tests.events.strike_sides import strike_sides


def _talk_mentions(nlp, text: str, published: date) -> list:
    """The call and meeting mentions of a text, through the full pipeline."""
    from pipeline.nlp.pipeline import parse_text

    doc = parse_text(nlp, text, published)
    return [m for m in doc._.event_mentions if m.event_type in {"call", "meeting"}]


def _talks(nlp, text: str, published: date) -> list[tuple[str, frozenset[str]]]:
    """(type, participants) of each call and meeting mention of a text."""
    return [(m.event_type, frozenset(m.actors)) for m in _talk_mentions(nlp, text, published)]


def _phrase(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A noun phrase with a demonym (`thaïlandais`) and a name unknown to the KB (`Muen Thom`)."""
    register_extensions()
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))
    demonym = next(i for i, w in enumerate(words) if w.startswith("thaïlandais"))
    name = words.index("Muen")
    spans = [Span(doc, demonym, demonym + 1, label="DEMONYM"), Span(doc, name, name + 2, label="PER")]
    spans[0]._.actor_id, spans[0]._.mention_kind = "state:THA", "demonym"
    spans[1]._.actor_id, spans[1]._.mention_kind = "person:muen-thom", "new"
    doc.spans["actors"] = spans
    return doc


# Rule: a name unknown to the KB behind a preposition (mostly a place the tagger took for a person)
# does not make the demonym of the phrase redundant; a name set beside the title still does.
@pytest.mark.parametrize(
    "words, heads, deps, pos, expected",
    [
        # `des positions thaïlandaises près du temple de Muen Thom`: the positions are Thai
        (
            ["des", "positions", "thaïlandaises", "près", "du", "temple", "de", "Muen", "Thom"],
            [1, 1, 1, 5, 5, 1, 7, 5, 7],
            ["det", "ROOT", "amod", "advmod", "case", "nmod", "case", "nmod", "flat:name"],
            ["DET", "NOUN", "ADJ", "ADV", "ADP", "NOUN", "ADP", "PROPN", "PROPN"],
            ["state:THA", "person:muen-thom"],
        ),
        # `le ministre thaïlandais Muen Thom`: the minister himself is the participant
        (
            ["le", "ministre", "thaïlandais", "Muen", "Thom"],
            [1, 1, 1, 1, 3],
            ["det", "ROOT", "amod", "appos", "flat:name"],
            ["DET", "NOUN", "ADJ", "PROPN", "PROPN"],
            ["person:muen-thom"],
        ),
    ],
)
def test_unknown_name_behind_a_preposition_keeps_the_demonym(words, heads, deps, pos, expected):
    doc = _phrase(words, heads, deps, pos)
    assert phrase_actors(doc[1], actor_index(doc)).core == expected


# Rule: a person named in a relative clause of a group (`dont plusieurs proches de X`) qualifies part of
# the group; the group's demonym still names its state. Beside the title, the name makes it redundant.
@pytest.mark.parametrize(
    "words, heads, deps, expected",
    [
        # `des officiers thaïlandais, dont un proche de Muen Thom`
        (
            ["des", "officiers", "thaïlandais", ",", "dont", "un", "proche", "de", "Muen", "Thom"],
            [1, 1, 1, 6, 6, 6, 1, 8, 6, 8],
            ["det", "ROOT", "amod", "punct", "nmod", "det", "acl:relcl", "case", "nmod", "flat:name"],
            ["state:THA", "person:muen-thom"],
        ),
        # `l'officier thaïlandais Muen Thom`
        (
            ["l'", "officier", "thaïlandais", "Muen", "Thom"],
            [1, 1, 1, 1, 3],
            ["det", "ROOT", "amod", "appos", "flat:name"],
            ["person:muen-thom"],
        ),
    ],
)
def test_person_in_a_relative_clause_keeps_the_group_demonym(words, heads, deps, expected):
    register_extensions()
    pos = ["PROPN" if w[0].isupper() else "NOUN" for w in words]
    doc = Doc(French().vocab, words=words, heads=heads, deps=deps, pos=pos)  # a language's vocab gives `lower_`
    spans = [Span(doc, 2, 3, label="DEMONYM"), Span(doc, len(words) - 2, len(words), label="PER")]
    spans[0]._.actor_id, spans[0]._.mention_kind = "state:THA", "demonym"
    spans[1]._.actor_id, spans[1]._.mention_kind = "person:muen-thom", "name"
    doc.spans["actors"] = spans
    assert phrase_actors(doc[1], actor_index(doc)).core == expected


# Rule (s19-sanction): the parser may hang the preposition of a counted phrase on its number
# (`contre cent pétroliers`, `case` under `cent`), or on an adjective before the noun: it still introduces
# the noun's phrase.
@pytest.mark.parametrize(
    "words, heads, deps, expected",
    [
        (["contre", "cent", "pétroliers"], [1, 2, 2], ["case", "nummod", "ROOT"], "contre"),
        (["contre", "les", "pétroliers"], [2, 2, 2], ["case", "det", "ROOT"], "contre"),
        (["cent", "pétroliers"], [1, 1], ["nummod", "ROOT"], ""),
        (["pétroliers", "contre", "cent"], [0, 2, 0], ["ROOT", "case", "nummod"], ""),
        # or on an adjective told before the noun (`aux principaux pétroliers`)
        (["aux", "principaux", "pétroliers"], [1, 2, 2], ["case", "amod", "ROOT"], "aux"),
        (["aux", "deux", "grands", "pétroliers"], [2, 3, 3, 3], ["case", "nummod", "amod", "ROOT"], "aux"),
        (["pétroliers", "aux", "grands"], [0, 2, 0], ["ROOT", "case", "amod"], ""),
    ],
)
def test_preposition_hung_on_the_number_before_the_noun(words, heads, deps, expected):
    doc = Doc(French().vocab, words=words, heads=heads, deps=deps)  # a language's vocab gives `lower_`
    noun = words.index("pétroliers")
    assert preposition(doc[noun]) == expected


# Rule: the agent of a participle of backing (`backer` in markers.csv) is a sponsor, not a participant;
# the agent of any other participle (`lancés par X`) still is.
@pytest.mark.parametrize(
    "participle, lemma, expected",
    [
        ("soutenus", "soutenir", []),
        ("appuyée", "appuyée", []),
        ("lancés", "lancer", ["state:IRN"]),
    ],
)
def test_sponsor_behind_a_participle_of_backing_is_left_out(participle, lemma, expected):
    register_extensions()
    words = ["rebelles", participle, "par", "Iran"]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[0, 0, 3, 1],
        deps=["ROOT", "acl", "case", "obl:agent"],
        pos=["NOUN", "VERB", "ADP", "PROPN"],
        lemmas=["rebelle", lemma, "par", "Iran"],
        sent_starts=[True, False, False, False],
    )
    iran = Span(doc, 3, 4, label="LOC")
    iran._.actor_id, iran._.mention_kind = "state:IRN", "name"
    doc.spans["actors"] = [iran]
    assert phrase_actors(doc[0], actor_index(doc, "actors")).core == expected


# Rule: a phrase opened by `concernant` says what the talks were about; a place inside it is not
# where they were held, whatever word the parser hangs the participle on.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Emmanuel Macron et Friedrich Merz se sont entretenus une heure concernant un cessez-le-feu au Soudan.",
            [("meeting", frozenset({"person:emmanuel-macron", "person:friedrich-merz"}), None)],
        ),
        (
            "Narendra Modi a eu des discussions avec Keir Starmer concernant la situation en Ukraine.",
            [("meeting", frozenset({"person:narendra-modi", "person:keir-starmer"}), None)],
        ),
        # a participle of topic (`consacré à`, `dédiée à`) on the talk: its places are the topic too
        (
            "Keir Starmer et Donald Trump ont eu mardi un entretien consacré à l'Ukraine.",
            [("meeting", frozenset({"person:keir-starmer", "person:donald-trump"}), None)],
        ),
        (
            "Pedro Sánchez a tenu une réunion avec Giorgia Meloni dédiée à la Libye.",
            [("meeting", frozenset({"person:pedro-sanchez", "person:giorgia-meloni"}), None)],
        ),
        (
            "Pedro Sánchez a tenu une réunion avec Giorgia Meloni à Rome consacrée à la Libye.",
            [("meeting", frozenset({"person:pedro-sanchez", "person:giorgia-meloni"}), "Rome")],
        ),
        # the place of the talks is still read beside the topic
        (
            "Emmanuel Macron et Friedrich Merz se sont entretenus à Berlin concernant la guerre au Soudan.",
            [("meeting", frozenset({"person:emmanuel-macron", "person:friedrich-merz"}), "Berlin")],
        ),
        (
            "Narendra Modi a eu des discussions avec Keir Starmer à Londres.",
            [("meeting", frozenset({"person:narendra-modi", "person:keir-starmer"}), "Londres")],
        ),
    ],
)
def test_place_inside_the_topic_of_talks_is_not_their_place(nlp, text, expected):
    assert _placed_events(nlp, text, date(2025, 8, 19)) == expected


# Rule: a state after `de` on a named person or on a noun naming its own side by an adjective (`son
# homologue allemand de la Turquie`) is what a talk verb was about; the parser hung the topic there.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le ministre grec a discuté mardi avec son homologue allemand de la Turquie et de l'Égypte.",
            [("meeting", frozenset({"state:GRC", "state:DEU"}))],
        ),
        (
            "Le président turc a discuté avec son homologue américain de la Syrie.",
            [("meeting", frozenset({"person:recep-tayyip-erdogan", "person:donald-trump"}))],
        ),
        # a state after `de` on a bare role is still whose role it is
        (
            "Le président turc a discuté avec le président de la Syrie.",
            [("meeting", frozenset({"person:recep-tayyip-erdogan", "person:ahmed-al-charaa"}))],
        ),
    ],
)
def test_state_after_a_side_of_talks_is_their_topic(nlp, text, expected):
    assert [(t, a) for t, a, _ in _placed_events(nlp, text, date(2025, 8, 19))] == expected


# Rule: the state after `de` owns a diplomatic mission (`mission_nouns` in markers.csv); the place of
# an event at the mission is the city the phrase names, not that state.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Des frappes israéliennes près de l'ambassade d'Iran à Damas ont fait au moins huit morts.",
            [("strike", frozenset({"state:ISR", "state:IRN", "state:SYR"}), "Damas")],
        ),
        (
            "L'armée russe a bombardé lundi le consulat de Pologne à Lviv.",
            [("strike", frozenset({"org:rus-armee", "state:POL"}), "Lviv")],
        ),
    ],
)
def test_owner_of_a_diplomatic_mission_is_not_the_place(nlp, text, expected):
    assert _placed_events(nlp, text, date(2024, 4, 2)) == expected


# A subject pronoun goes back to the one named last as a subject: `celui-ci` to the person named
# last whatever its function, and a name between the comma closing a fronted participle phrase
# and the verb group is a subject even when the parser makes it a conjunct of the agent.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Giorgia Meloni a salué lundi l'arrivée du chancelier Olaf Scholz. "
            "Celui-ci a ensuite rencontré Emmanuel Macron à Rome.",
            [("meeting", frozenset({"person:olaf-scholz", "person:emmanuel-macron"}))],
        ),
        (
            "Salué à son arrivée par le chancelier Friedrich Merz, Narendra Modi a « parlé d'un partenariat "
            "d'avenir », selon New Delhi. « Nous avançons », il a insisté sur la coopération. "
            "Il a ensuite rencontré Emmanuel Macron.",
            [("meeting", frozenset({"person:narendra-modi", "person:emmanuel-macron"}))],
        ),
        # the object of a second, coordinated verb after a quote is no inverted speaker
        (
            "Le président Joseph Aoun a dénoncé une « provocation » et exhorté les Pays-Bas et la Suède à "
            "réagir. Il a ensuite rencontré Emmanuel Macron.",
            [("meeting", frozenset({"person:joseph-aoun", "person:emmanuel-macron"}))],
        ),
    ],
)
def test_pronoun_subject_goes_back_to_the_person_meant(nlp, text, expected):
    assert _talks(nlp, text, date(2025, 10, 17)) == expected


# A role whose holder the knowledge base does not know, told with its state, is that state for a later
# `il` (a plural noun of a quotation, `des pays comme X`, is no such role: test_register_paraphrases).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le ministre bolivien des Mines est arrivé à Pékin. Il a rencontré mardi Wang Yi.",
            [("meeting", frozenset({"state:BOL", "person:wang-yi"}))],
        ),
        # an official named by a noun of office that is no title (`official_nouns` in markers.csv)
        (
            "Le chef du renseignement militaire turc est arrivé à Bagdad. Il a rencontré mardi Wang Yi.",
            [("meeting", frozenset({"state:TUR", "person:wang-yi"}))],
        ),
        (
            "L'envoyé spécial norvégien a passé la journée à Doha. Il a ensuite rencontré Wang Yi à Pékin.",
            [("meeting", frozenset({"state:NOR", "person:wang-yi"}))],
        ),
    ],
)
def test_pronoun_after_a_role_of_no_known_holder_is_its_state(nlp, text, expected):
    assert _talks(nlp, text, date(2025, 10, 17)) == expected


# A name after a title with a complement (`le chef de la diplomatie russe X`) is the subject a later
# `il` continues, though the parser hangs the name on the complement's noun, not on the title.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le chef de la diplomatie russe Sergueï Lavrov a reçu lundi à Moscou son homologue Wang Yi. "
            "Il a également rencontré le ministre Hakan Fidan.",
            [
                ("meeting", frozenset({"person:serguei-lavrov", "person:wang-yi"})),
                ("meeting", frozenset({"person:serguei-lavrov", "person:hakan-fidan"})),
            ],
        ),
        (
            "La cheffe de la diplomatie allemande Annalena Baerbock a reçu mardi à Berlin son homologue "
            "Antony Blinken. Elle a aussi parlé au téléphone avec le ministre Sergueï Lavrov.",
            [
                ("meeting", frozenset({"person:annalena-baerbock", "person:antony-blinken"})),
                ("call", frozenset({"person:annalena-baerbock", "person:serguei-lavrov"})),
            ],
        ),
    ],
)
def test_name_after_a_title_with_a_complement_is_the_subject_continued(nlp, text, expected):
    from pipeline.nlp.pipeline import parse_text

    doc = parse_text(nlp, text, date(2025, 10, 17))
    found = [
        (m.event_type, frozenset(a for a in m.actors if a.startswith("person:")))
        for m in doc._.event_mentions
        if m.event_type in {"call", "meeting"}
    ]
    assert found == expected


# A person named in the clause of a subject pronoun, or in the infinitive it controls, is not the
# pronoun (`Après avoir rencontré M. X, il ...`: il is not X), even when the parser made X a subject.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le Premier ministre australien Anthony Albanese, arrivé lundi en Chine pour une visite de quatre "
            "jours, a rencontré mardi le président Xi Jinping. Après avoir rencontré M. Xi, il s'est entretenu "
            "avec le Premier ministre Li Qiang.",
            [("meeting", frozenset({"person:anthony-albanese", "person:li-qiang"}))],
        ),
        (
            "Le président Emmanuel Macron, arrivé mercredi en Chine pour une visite d'État, a rencontré jeudi le "
            "président Xi Jinping. Après avoir rencontré M. Xi, il a déjeuné avec le Premier ministre Li Qiang.",
            [("meeting", frozenset({"person:emmanuel-macron", "person:li-qiang"}))],
        ),
    ],
)
def test_name_in_the_pronoun_own_clause_is_not_its_antecedent(nlp, text, expected):
    from pipeline.nlp.pipeline import parse_text

    doc = parse_text(nlp, text, date(2025, 10, 17))
    second = list(doc.sents)[1]
    found = [
        (m.event_type, frozenset(a for a in m.actors if a.startswith("person:")))
        for m in doc._.event_mentions
        if m.event_type in {"call", "meeting"}
        and m.trigger_start >= second.start_char
        and m.trigger.lower() != "rencontré"
    ]
    assert found == expected


# `Ils` after a sentence about one person X: X and the one person X was the subject or the object of
# one verb with, in the nearest earlier sentence that has such a pair; never two people merely named.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Giorgia Meloni a reçu jeudi Rishi Sunak à Rome. La présidente du Conseil a vanté une entente "
            "totale. Ils s'étaient déjà vus à Londres en mai.",
            [
                ("meeting", frozenset({"person:giorgia-meloni", "person:rishi-sunak"})),
                ("meeting", frozenset({"person:giorgia-meloni", "person:rishi-sunak"})),
            ],
        ),
        (
            "Olaf Scholz a défendu mardi sa politique devant les députés. Emmanuel Macron a salué ce discours. "
            "Ils s'étaient réunis la veille à Berlin.",
            [("meeting", frozenset({"person:emmanuel-macron"}))],
        ),
    ],
)
def test_plural_pronoun_after_one_person_is_the_pair_a_verb_bound(nlp, text, expected):
    assert _talks(nlp, text, date(2023, 12, 15)) == expected


# `X, le bras droit de Y,`: a person in the `de` phrase of a noun set off by a comma after a named
# person is whom that person serves, not a side; a role with no person after it changes nothing.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mike Pompeo a rencontré mercredi à New York Kim Yong-chol, le bras droit de Kim Jong-un.",
            [("meeting", frozenset({"person:mike-pompeo", "person:kim-yong-chol"}))],
        ),
        (
            "Marco Rubio, le secrétaire d'État de Donald Trump, s'est entretenu mardi au téléphone avec "
            "Sergueï Lavrov.",
            [("call", frozenset({"person:marco-rubio", "person:serguei-lavrov"}))],
        ),
        (
            "Emmanuel Macron a rencontré lundi Olaf Scholz, le chancelier allemand, à Berlin.",
            [("meeting", frozenset({"person:emmanuel-macron", "person:olaf-scholz"}))],
        ),
    ],
)
def test_superior_named_after_an_apposed_role_is_no_side(nlp, text, expected):
    assert _talks(nlp, text, date(2018, 6, 1) if "Pompeo" in text else date(2023, 12, 15)) == expected


# `X, émissaire mandaté par Y,`: the `par` phrase of a participle on a role set off by a comma after a
# named person says who appointed that person, not a side; with no person before it, it still counts.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Emmanuel Macron s'est entretenu lundi au téléphone avec Olusegun Obasanjo, émissaire mandaté par "
            "l'Union africaine.",
            [("call", frozenset({"person:emmanuel-macron", "person:olusegun-obasanjo"}))],
        ),
        (
            "Emmanuel Macron a reçu lundi une délégation conduite par l'Union africaine.",
            [("meeting", frozenset({"person:emmanuel-macron", "org:union-africaine"}))],
        ),
    ],
)
def test_appointer_of_an_apposed_role_is_no_side(nlp, text, expected):
    assert _talks(nlp, text, date(2023, 12, 15)) == expected


def _placed_events(nlp, text: str, published: date) -> list[tuple[str, frozenset[str], str | None]]:
    """(type, participants, place) of each event mention but statements, through the full pipeline."""
    from pipeline.nlp.pipeline import parse_text

    doc = parse_text(nlp, text, published)
    found = [(m.event_type, frozenset(m.actors), m.location) for m in doc._.event_mentions]
    return [f for f in found if f[0] != "statement"]


# Rule (s19-strike): the source of a report (`selon X`, `d'après X`) that the parser hangs on a name of
# the clause takes no part in the phrase: `Selon Kiev, c'est la Russie qui a frappé` is Russia's strike.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Selon Kiev, c'est la Russie qui a frappé samedi un marché de Kharkiv.",
            [("state:RUS", "state:UKR")],
        ),
        (
            "D'après Kiev, ce sont des drones russes qui ont touché samedi un immeuble de Soumy.",
            [("state:RUS", "state:UKR")],
        ),
    ],
)
def test_source_of_a_report_is_no_participant_of_the_phrase(nlp, text, expected):
    from tests.events.strike_sides import strike_sides

    assert [side[:2] for side in strike_sides(nlp, text, date(2024, 3, 10))] == expected


# A state in a `de` phrase on a group of that state (`les rebelles houthis du Yémen`) is where the group
# is from: the group is the side, not the state as well.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les rebelles houthis du Yémen ont revendiqué l'opération.", [("org:houthis", None, ("org:houthis",), None)]),
        ("Les talibans d'Afghanistan ont revendiqué l'opération.", [("org:talibans", None, ("org:talibans",), None)]),
    ],
)
def test_home_state_of_a_group_is_not_another_side(nlp, text, expected):
    assert strike_sides(nlp, text, date(2019, 9, 14)) == expected


# Whom a group is tied to (`affiliée à`, `rattachée à`: `affiliation` in markers.csv) is no side of its act.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "L'attaque a été revendiquée par une faction affiliée à l'État islamique.",
            [(None, None, (), None)],
        ),
    ],
)
def test_group_a_side_is_tied_to_is_not_a_side(nlp, text, expected):
    assert strike_sides(nlp, text, date(2019, 9, 14)) == expected


# `les deux hommes` after two people named by office whose holder the KB lacks at that date: the states
# of a title of several words (`le chef de la diplomatie slovaque`) and of a counterpart noun (`son
# homologue russe`) stand in for the men, as a title word's (`le ministre tchèque`) already did.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le chef de la diplomatie slovaque a reçu mardi à Bratislava le ministre hongrois. "
            "Les deux hommes doivent se revoir en juillet.",
            [
                ("meeting", frozenset({"state:SVK", "state:HUN"})),
                ("meeting", frozenset({"state:SVK", "state:HUN"})),
            ],
        ),
        (
            "Le ministre tchèque a rencontré mardi son homologue russe. "
            "Les deux hommes se sont ensuite parlé au téléphone jeudi.",
            [("meeting", frozenset({"state:CZE", "state:RUS"})), ("call", frozenset({"state:CZE", "state:RUS"}))],
        ),
    ],
)
def test_group_noun_takes_the_states_of_office_holders_the_kb_lacks(nlp, text, expected):
    assert _talks(nlp, text, date(2018, 6, 20)) == expected


# Rule (s28-roles): `ce dernier` is the one named last also when the parser hangs `ce` and `dernier`
# on the verb (`Ce dernier devrait partir`); `cette dernière visite` is an adjective, not a pronoun.
@pytest.mark.parametrize(
    "words, heads, deps, pos, index, expected",
    [
        (
            ["Ce", "dernier", "devrait", "partir"],
            [2, 2, 2, 2],
            ["det", "amod", "ROOT", "xcomp"],
            ["DET", "ADJ", "VERB", "VERB"],
            1,
            True,
        ),
        (
            ["Ce", "dernier", "devrait", "partir"],
            [1, 2, 2, 2],
            ["det", "nsubj", "ROOT", "xcomp"],
            ["DET", "ADJ", "VERB", "VERB"],
            1,
            True,
        ),
        (
            ["Cette", "dernière", "visite", "dure"],
            [2, 2, 3, 3],
            ["det", "amod", "nsubj", "ROOT"],
            ["DET", "ADJ", "NOUN", "VERB"],
            1,
            False,
        ),
        (
            ["Un", "dernier", "devrait", "partir"],
            [1, 2, 2, 2],
            ["det", "nsubj", "ROOT", "xcomp"],
            ["DET", "ADJ", "VERB", "VERB"],
            1,
            False,
        ),
    ],
)
def test_latter_demonstrative_even_when_hung_on_the_verb(words, heads, deps, pos, index, expected):
    register_extensions()
    doc = Doc(French().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert is_demonstrative(doc[index]) is expected


# Rule (s28-roles): `celui-ci`, `ce dernier` is the person named last; a sentence between that names
# no one (`Les deux dirigeants ont dîné ensemble.`) is passed over, one that names someone is not.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le président français a reçu dimanche le président ukrainien. Les deux dirigeants ont dîné "
            "ensemble pendant trois heures. Celui-ci partira lundi pour Londres.",
            ["person:volodymyr-zelensky"],
        ),
        (
            "Le président français a reçu dimanche le président ukrainien. Le chancelier allemand les a "
            "rejoints dans la soirée. Celui-ci partira lundi pour Londres.",
            ["person:olaf-scholz"],
        ),
        (
            "Le président français a reçu dimanche le président ukrainien. Celui-ci partira lundi pour Londres.",
            ["person:volodymyr-zelensky"],
        ),
    ],
)
def test_latter_passes_over_a_sentence_naming_no_one(nlp, text, expected):
    from pipeline.nlp.pipeline import parse_text

    doc = parse_text(nlp, text, date(2023, 5, 15))
    pronoun = next(t for t in doc if t.lower_.startswith("celui"))
    assert pronoun_antecedent(pronoun, actor_index(doc)) == expected


# `les deux dirigeants` when the sentences before name only one of them (the other as the speaker):
# the pair the headline or lead joined by `et` (`phrases._lead_pair`)
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Angela Merkel et Emmanuel Macron veulent relancer l'Europe\n\n"
            "Berlin, 20 juin 2018 (dépêche) – La réforme de la zone euro a dominé mardi les débats au château "
            "de Meseberg. Mme Merkel a précisé que le budget commun serait modeste. Le projet inquiète le "
            "gouvernement de Mark Rutte. Les deux dirigeants s'étaient déjà vus en avril à Berlin.",
            [("meeting", frozenset({"person:angela-merkel", "person:emmanuel-macron"}), "2018-04-01")],
        ),
    ],
)
def test_group_noun_takes_the_pair_of_the_lead(nlp, text, expected):
    from pipeline.nlp.pipeline import parse_text

    doc = parse_text(nlp, text, date(2018, 6, 20))
    found = [
        (m.event_type, frozenset(m.actors), m.date.start.isoformat())
        for m in doc._.event_mentions
        if m.event_type in {"call", "meeting"}
    ]
    assert found == expected


# `avec les deux dirigeants` met by the subject, hung on the medium (`au téléphone`) or told in a relative
# clause of the subject: the pair named before, not the subject and one of them
@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Le président kényan William Ruto et le président tanzanien Samia Suluhu Hassan se sont vus lundi à "
        "Arusha. Antonio Guterres s'était entretenu samedi au téléphone avec les deux dirigeants.",
        "Le président kényan William Ruto et le président tanzanien Samia Suluhu Hassan se sont vus lundi à "
        "Arusha. Antonio Guterres, qui s'était entretenu samedi au téléphone avec les deux dirigeants, a "
        "salué leur rencontre.",
    ],
)
def test_group_met_on_the_phone_is_the_pair_named_before(nlp, text):
    from pipeline.nlp.pipeline import parse_text

    doc = parse_text(nlp, text, date(2025, 7, 29))
    calls = [frozenset(m.actors) for m in doc._.event_mentions if m.event_type == "call"]
    assert calls == [frozenset({"person:antonio-guterres", "person:william-ruto", "person:samia-suluhu-hassan"})]


# `la délégation` with no complement of its own is the delegation named before with one (its side, or who
# leads it); `la délégation russe` is its own side
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Une délégation iranienne est arrivée mardi à Mascate. Le ministre omanais a reçu la délégation mercredi.",
            frozenset({"state:OMN", "state:IRN"}),
        ),
        (
            "Une délégation du Hamas est arrivée dimanche à Doha. Le Premier ministre qatari a rencontré la "
            "délégation lundi.",
            frozenset({"person:mohammed-ben-abderrahmane-al-thani", "state:QAT", "org:hamas"}),
        ),
        (
            "Une délégation iranienne est arrivée mardi à Mascate. Le ministre omanais a reçu la délégation "
            "russe mercredi.",
            frozenset({"state:OMN", "state:RUS"}),
        ),
        # `les délégations` are several, not the one named last
        (
            "Une délégation iranienne est arrivée mardi à Mascate. Le ministre omanais a reçu les délégations "
            "mercredi.",
            frozenset({"state:OMN"}),
        ),
    ],
)
def test_bare_delegation_is_the_one_named_before(nlp, text, expected):
    from pipeline.nlp.pipeline import parse_text

    doc = parse_text(nlp, text, date(2025, 3, 5))
    assert [frozenset(m.actors) for m in doc._.event_mentions if m.event_type == "meeting"] == [expected]


# `l'opposante`, `le dissident` with nothing of its own is the person that noun introduced last (either gender);
# `l'opposant russe` is someone else described (phrases.descriptor_antecedent)
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "L'opposante bélarusse Maria Kolesnikova est arrivée mardi à Berlin. Le chancelier allemand recevra "
            "l'opposante vendredi.",
            frozenset({"person:maria-kolesnikova", "person:friedrich-merz", "state:DEU"}),
        ),
        (
            "Le dissident russe Ilia Iachine a quitté Moscou. La présidente de la Commission européenne a rencontré "
            "le dissident lundi à Bruxelles.",
            frozenset({"person:ilia-iachine", "person:ursula-von-der-leyen"}),
        ),
        (
            "L'opposante bélarusse Maria Kolesnikova est arrivée mardi à Berlin. Le chancelier allemand recevra "
            "l'opposant russe vendredi.",
            frozenset({"person:friedrich-merz", "state:DEU"}),
        ),
    ],
)
def test_bare_descriptor_is_the_person_it_introduced(nlp, text, expected):
    from pipeline.nlp.pipeline import parse_text

    doc = parse_text(nlp, text, date(2025, 10, 7))
    assert [frozenset(m.actors) for m in doc._.event_mentions if m.event_type == "meeting"] == [expected]


# `les cinq dirigeants`, `les cinq ministres`: any number word of the temporal lexicon counts a group
# noun's antecedents, not only two to four.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Emmanuel Macron, Olaf Scholz, Giorgia Meloni, Pedro Sánchez et Mateusz Morawiecki ont dîné ensemble "
            "à l'Élysée. Les cinq dirigeants doivent se retrouver en juin à Varsovie.",
            ("meeting", "planned", 5),
        ),
        (
            "Les chefs de la diplomatie allemande, française, italienne, espagnole et polonaise ont déjeuné lundi à "
            "Paris. Les cinq ministres se sont à nouveau parlé au téléphone jeudi.",
            ("call", "occurred", 5),
        ),
    ],
)
def test_group_noun_counted_by_any_number_word(nlp, text, expected):
    from pipeline.nlp.pipeline import parse_text

    doc = parse_text(nlp, text, date(2023, 3, 20))
    last = doc._.event_mentions[-1]
    assert (last.event_type, last.status, len(last.actors)) == expected


# An apposition that comments on the clause (`clause_comment` in markers.csv) names no side of its event.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Pékin a suspendu mercredi ses importations de bœuf en provenance de Lituanie, dernière étape d'une "
            "dispute née de l'ouverture à Vilnius d'un bureau de représentation de Taïwan.",
            [("state:CHN", "state:LTU", ("state:CHN", "state:LTU"))],
        ),
    ],
)
def test_apposition_commenting_on_the_clause_names_no_side(nlp, text, expected):
    from pipeline.nlp.pipeline import parse_text

    doc = parse_text(nlp, text, date(2022, 2, 10))
    measures = [m for m in doc._.event_mentions if m.event_type == "sanction"]
    assert [(m.source_actor, m.target_actor, tuple(sorted(m.actors))) for m in measures] == expected


# `les deux dirigeants`, `les deux présidents` (`leader_nouns` in markers.csv) are first looked for among
# the people who lead a state on the article's day (`leader_roles`), not the adviser named last.
@pytest.mark.slow
def test_leaders_group_skips_the_adviser_named_last(nlp):
    from pipeline.nlp.pipeline import parse_text

    text = (
        "Donald Trump et Vladimir Poutine se verront le 16 juillet à Helsinki. Le conseiller John Bolton a "
        "été reçu mercredi par Vladimir Poutine. Les deux dirigeants s'étaient déjà rencontrés en novembre."
    )
    doc = parse_text(nlp, text, date(2018, 6, 28))
    last = doc._.event_mentions[-1]
    assert (last.event_type, sorted(last.actors)) == ("meeting", ["person:donald-trump", "person:vladimir-poutine"])


# The `à` phrase of a word of office (`conseiller à la sécurité nationale`, `commissaire au commerce`) is its
# portfolio, not a place: the name the parser hangs inside it is a side; a proper noun there is still where.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "La commissaire européenne au commerce Cecilia Malmström a rencontré mardi à Washington le "
            "représentant américain au commerce Robert Lighthizer.",
            [("meeting", frozenset({"person:cecilia-malmstrom", "person:robert-lighthizer"}))],
        ),
        (
            "Le conseiller américain à la sécurité nationale John Bolton et le ministre russe des Affaires "
            "étrangères Sergueï Lavrov se sont réunis jeudi à Genève.",
            [("meeting", frozenset({"person:john-bolton", "person:serguei-lavrov"}))],
        ),
        (
            "L'ambassadeur russe à Ankara a rencontré lundi le ministre turc Mevlüt Cavusoglu.",
            [("meeting", frozenset({"state:RUS", "person:mevlut-cavusoglu"}))],
        ),
    ],
)
def test_portfolio_of_a_word_of_office_is_no_place(nlp, text, expected):
    assert _talks(nlp, text, date(2018, 8, 24)) == expected


# A demonym on a group noun keeps its people to those states (`les deux dirigeants coréens`: the leaders of
# the two Koreas, not the American named last); `coréens` ends both `sud-coréens` and `nord-coréens`.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le président sud-coréen Moon Jae-in a reçu lundi Donald Trump à Séoul. Kim Jong-un a salué cette "
            "visite. Les deux dirigeants coréens se retrouveront en septembre.",
            ("meeting", ["person:kim-jong-un", "person:moon-jae-in"]),
        ),
        (
            "Kim Jong-un a accueilli mardi Moon Jae-in à Pyongyang. Donald Trump a salué ce sommet. Les deux "
            "dirigeants coréens se reverront à Séoul.",
            ("meeting", ["person:kim-jong-un", "person:moon-jae-in"]),
        ),
    ],
)
def test_demonym_on_a_group_noun_keeps_its_states(nlp, text, expected):
    from pipeline.nlp.pipeline import parse_text

    doc = parse_text(nlp, text, date(2018, 9, 21))
    last = [m for m in doc._.event_mentions if m.event_type == "meeting"][-1]
    assert (last.event_type, sorted(last.actors)) == expected


# `X et Y se sont parlé. X a précisé qu'ils se verront`: the plural pronoun's antecedent X is named last as the
# speaker, no conjunct; the earlier mention of X, coordinated with Y, gives the pair.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Donald Trump et Vladimir Poutine se sont parlé dimanche. M. Poutine a précisé qu'ils se verront en "
            "marge du G20 de Buenos Aires.",
            [
                ("call", frozenset({"person:donald-trump", "person:vladimir-poutine"})),
                ("meeting", frozenset({"person:donald-trump", "person:vladimir-poutine"})),
            ],
        ),
    ],
)
def test_plural_pronoun_after_the_speaker_is_the_pair_coordinated_before(nlp, text, expected):
    assert _talks(nlp, text, date(2018, 11, 12)) == expected


def _talks_dated(nlp, text: str, published: date) -> list[tuple[str, frozenset[str], str | None]]:
    """(type, participants, first day) of each call and meeting mention of a text."""
    return [
        (m.event_type, frozenset(m.actors), m.date.start.isoformat() if m.date and m.date.start else None)
        for m in _talk_mentions(nlp, text, published)
    ]


# Rule (s33-escalation): `des deux pays` may hang on a noun between the group noun and it (`les chefs des
# services de renseignement des deux pays`): the number and the states are read down the `de` chain.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le Maroc a fermé mardi sa frontière avec l'Algérie. "
            "Les chefs des services de renseignement des deux pays se sont rencontrés jeudi.",
            [("meeting", frozenset({"state:MAR", "state:DZA"}), "2025-10-23")],
        ),
    ],
)
def test_group_noun_counts_the_states_down_its_de_chain(nlp, text, expected):
    assert _talks_dated(nlp, text, date(2025, 10, 24)) == expected


# Rule (s33-escalation): officers and officials of the two sides (`les généraux des deux armées`, `les officiers
# des deux pays`) stand for the two states (group_nouns.csv): the men are not the leaders named before.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le Kenya et la Somalie ont rouvert lundi leur frontière. "
            "Les généraux des deux armées se sont réunis mercredi à Mandera.",
            [("meeting", frozenset({"state:KEN", "state:SOM"}), "2025-10-22")],
        ),
        (
            "Le Maroc a fermé mardi sa frontière avec l'Algérie. "
            "Les officiers des deux pays se sont parlé jeudi par téléphone.",
            [("call", frozenset({"state:MAR", "state:DZA"}), "2025-10-23")],
        ),
    ],
)
def test_officers_of_the_two_sides_stand_for_their_states(nlp, text, expected):
    assert _talks_dated(nlp, text, date(2025, 10, 24)) == expected


# Rule (s33-escalation): after a third state came in (a mediator's call), `les deux armées` are the two states the
# text names most so far, the sides of the story, not the two named last.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "La Thaïlande accuse le Cambodge d'avoir bombardé ses villages, et le Cambodge accuse la Thaïlande "
            "d'avoir tiré la première. Le président français a appelé mardi le Premier ministre cambodgien. "
            "Les commandants des deux armées se sont parlé jeudi par la ligne directe.",
            [
                ("call", frozenset({"person:emmanuel-macron", "person:hun-manet", "state:KHM"}), "2025-10-21"),
                ("call", frozenset({"state:THA", "state:KHM"}), "2025-10-23"),
            ],
        ),
    ],
)
def test_two_sides_are_the_states_named_most(nlp, text, expected):
    assert _talks_dated(nlp, text, date(2025, 10, 24)) == expected


# `les représentants des deux parties` (group_nouns.csv) sum up the two sides of the talks
# told before, joined by `et` (`le gouvernement soudanais et les paramilitaires des FSR`: the name of a conjunct
# noun); the subject or agent of the verb that receives the group meets it and is not one of them.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Les discussions entre le gouvernement soudanais et les paramilitaires des FSR ont commencé mardi à "
            "Djeddah. Les représentants des deux parties avaient été reçus lundi par le ministre saoudien des "
            "Affaires étrangères.",
            ("meeting", ["org:fsr", "person:faycal-ben-farhane", "state:SDN"]),
        ),
    ],
)
def test_sides_group_sums_up_the_pair_of_the_talks_not_its_host(nlp, text, expected):
    from pipeline.nlp.pipeline import parse_text

    doc = parse_text(nlp, text, date(2022, 3, 30))
    last = [m for m in doc._.event_mentions if m.event_type == "meeting"][-1]
    assert (last.event_type, sorted(last.actors)) == expected


# `les deux dirigeants` (leader_nouns) after the talks of two ministers joined by `et`: the two leaders the lead
# joined come first, people of lower office named since do not stand for them; `les deux hommes` still sums up
# the pair named last.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Emmanuel Macron et Giorgia Meloni se sont rencontrés mardi à Rome. Cette rencontre a duré deux heures. "
            "Elle a suivi deux jours de discussions entre les ministres des Affaires étrangères Jean-Noël Barrot "
            "et Antonio Tajani. Le porte-parole a indiqué que les deux dirigeants se reverraient en décembre.",
            ("meeting", ["person:emmanuel-macron", "person:giorgia-meloni"]),
        ),
        (
            "Emmanuel Macron et Giorgia Meloni se sont rencontrés mardi à Rome. Cette rencontre a duré deux heures. "
            "Elle a suivi deux jours de discussions entre les ministres des Affaires étrangères Jean-Noël Barrot "
            "et Antonio Tajani. Le porte-parole a indiqué que les deux hommes se reverraient en décembre.",
            ("meeting", ["person:antonio-tajani", "person:jean-noel-barrot"]),
        ),
    ],
)
def test_leaders_group_is_the_lead_pair_not_the_ministers_named_since(nlp, text, expected):
    from pipeline.nlp.pipeline import parse_text

    doc = parse_text(nlp, text, date(2025, 10, 24))
    last = [m for m in doc._.event_mentions if m.event_type == "meeting"][-1]
    assert (last.event_type, sorted(last.actors)) == expected


# `les deux hommes` after a sentence whose main verb has two people as sides and a pair joined by `et` told aside,
# under a noun or a participle (`le sommet prévu entre X et Y`): the main clause's pair
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Emmanuel Macron a reçu mardi Olaf Scholz à l'Élysée, deux jours avant le sommet prévu entre Donald "
            "Trump et Vladimir Poutine. Les deux hommes ont ensuite participé à une visioconférence avec Keir Starmer.",
            ("call", ["person:emmanuel-macron", "person:keir-starmer", "person:olaf-scholz"]),
        ),
        # a pair on the main verb is still the one summed up
        (
            "Donald Trump et Vladimir Poutine ont été reçus mardi par Olaf Scholz. Les deux hommes ont ensuite "
            "participé à une visioconférence avec Keir Starmer.",
            ("call", ["person:donald-trump", "person:keir-starmer", "person:vladimir-poutine"]),
        ),
    ],
)
def test_pair_told_aside_is_not_the_one_summed_up(nlp, text, expected):
    from pipeline.nlp.pipeline import parse_text

    doc = parse_text(nlp, text, date(2025, 10, 24))
    last = [m for m in doc._.event_mentions if m.event_type in {"call", "meeting"}][-1]
    assert (last.event_type, sorted(last.actors)) == expected


# The `pour` phrase of a word of office or mission (`envoy` in markers.csv: `émissaire`, `envoyé`) is the country
# or matter its holder is in charge of, no side of his talks; not `pour` on the verb (a purpose).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "L'émissaire américain pour le Soudan, Tom Perriello, a rencontré mardi le président kényan à Nairobi.",
            [("meeting", frozenset({"person:tom-perriello", "person:william-ruto", "state:KEN"}))],
        ),
        (
            "L'envoyé spécial de l'ONU pour la Libye a rencontré jeudi le président tunisien.",
            [("meeting", frozenset({"org:onu", "person:kais-saied"}))],
        ),
    ],
)
def test_remit_of_an_envoy_is_no_side(nlp, text, expected):
    assert _talks(nlp, text, date(2024, 8, 15)) == expected


# `les deux hommes` after a speaker who tells of his own plan (`X a annoncé qu'il rencontrerait Y`): the
# speaker is one of the two, not the reporter of others' news; the city of the plan is no man.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Emmanuel Macron a annoncé qu'il recevrait le président brésilien à Paris en juin. "
            "Lundi, les deux hommes ont dîné ensemble.",
            [
                ("meeting", frozenset({"person:emmanuel-macron", "person:luiz-inacio-lula-da-silva"})),
                ("meeting", frozenset({"person:emmanuel-macron", "person:luiz-inacio-lula-da-silva"})),
            ],
        ),
    ],
)
def test_group_noun_counts_a_speaker_telling_of_himself(nlp, text, expected):
    assert _talks(nlp, text, date(2025, 5, 14)) == expected


@pytest.mark.parametrize(
    "rows, expected",
    [
        ("marker,words,note\nsequence,puis|ensuite,steps\n", {"sequence": frozenset({"puis", "ensuite"})}),
        # a name given twice would let the later row replace the earlier one's words for every rule
        ("marker,words,note\nsequence,puis,steps\nsequence,ensuite,steps again\n", ":3: marker 'sequence'"),
    ],
)
def test_markers_refuse_a_name_given_twice(tmp_path, rows, expected):
    path = tmp_path / "markers.csv"
    path.write_text(rows, encoding="utf-8")
    if isinstance(expected, str):
        with pytest.raises(ValueError, match=expected):
            markers(path)
    else:
        assert markers(path) == expected

"""`son homologue turc`, `les présidents français et brésilien`: a role and a demonym name a person."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.actors.counterparts import plural_titles
from pipeline.nlp.pipeline import parse_text


@pytest.mark.parametrize("words, role", [(("presidents",), "président"), (("chanceliers",), "chancelier")])
def test_plural_titles_come_from_titles_csv(words, role):
    assert (words, role) in plural_titles()


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, published, demonym, expected",
    [
        # the holder, in that state, of the role of the person named before
        (
            "Joe Biden a longuement reçu son homologue français à la Maison-Blanche.",
            date(2023, 5, 2),
            "français",
            "person:emmanuel-macron",
        ),
        # each state's holder of a plural title
        (
            "Les présidents français et brésilien ont signé un accord.",
            date(2025, 8, 19),
            "brésilien",
            "person:luiz-inacio-lula-da-silva",
        ),
        # the first of the subject's roles held in that state: a secretary of state is his country's foreign
        # minister, whose counterpart is the foreign minister, not the person of another role named before
        (
            "Keir Starmer a parlé lundi. Marco Rubio doit recevoir mardi son homologue britannique.",
            date(2025, 10, 24),
            "britannique",
            "person:yvette-cooper",
        ),
        (
            "Le secrétaire d'État américain retrouvera son homologue chinois à Pékin.",
            date(2025, 4, 7),
            "chinois",
            "person:wang-yi",
        ),
        # an office holder the knowledge base does not know still says the role: a foreign minister's counterpart
        # is a foreign minister, not the head of state named before; with no such holder known, the state
        (
            "Nicolás Maduro a dénoncé les frappes. Le chef de la diplomatie colombienne a reçu son homologue "
            "vénézuélien à Bogota.",
            date(2025, 10, 16),
            "vénézuélien",
            "state:VEN",
        ),
        (
            "Le chef de la diplomatie colombienne a reçu son homologue chinois à Bogota.",
            date(2025, 10, 16),
            "chinois",
            "person:wang-yi",
        ),
        # an office holder the sentence does not name, told by a state's adjective: no role known, and not
        # that of a person named the sentence before
        (
            "Joe Biden a salué la trêve. Le directeur des opérations militaires pakistanais a appelé son "
            "homologue indien.",
            date(2023, 5, 2),
            "indien",
            "state:IND",
        ),
        # a former office holder named before holds no role at the article's date: not the counterpart
        (
            "Barack Obama a donné une conférence à Pékin. Le Premier ministre chinois a ensuite reçu son "
            "homologue américain.",
            date(2019, 3, 5),
            "américain",
            "state:USA",
        ),
        # no published date: no role holder, the demonym stays the state
        ("Joe Biden a reçu son homologue français.", None, "français", "state:FRA"),
        # the possessive points to the clause's subject, shared down its infinitives, not to the last person
        # named (the object of the first clause)
        (
            "Le chef de la diplomatie allemande a vu mardi le président ukrainien, avant de partir pour Moscou "
            "afin d'y rencontrer son homologue russe.",
            date(2025, 10, 24),
            "russe",
            "person:serguei-lavrov",
        ),
    ],
)
def test_demonym_after_a_role_is_the_person_meant(nlp, text, published, demonym, expected):
    doc = parse_text(nlp, text, published)
    assert [s._.actor_id for s in doc.spans["actors"] if s.text == demonym] == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, published, demonym, expected",
    [
        # one counterpart named in apposition: that person, not the knowledge base's office holder
        (
            "Le chef de la diplomatie russe a reçu lundi son homologue français, Jean-Marc Lefèvre, à Moscou.",
            date(2025, 6, 10),
            "français",
            "person:jean-marc-lefevre",
        ),
        # two counterparts named in apposition after coordinated demonyms
        (
            "Le chancelier a rencontré ses homologues italien et polonais, Marco Bellini et Piotr Nowak.",
            date(2025, 6, 10),
            "polonais",
            "person:piotr-nowak",
        ),
        (
            "Le chancelier a rencontré ses homologues italien et polonais, Marco Bellini et Piotr Nowak.",
            date(2025, 6, 10),
            "italien",
            "person:marco-bellini",
        ),
        # the name right after the demonym, with no comma, says who is meant when the knowledge base's
        # holder of the office (at the article's date, or the subject's role) is someone else
        (
            "Le président français a reçu jeudi à Paris son homologue américain Joe Biden.",
            date(2025, 6, 10),
            "américain",
            "person:joe-biden",
        ),
        (
            "Le président français et son homologue indien Narendra Modi se sont rencontrés à Paris.",
            date(2025, 6, 10),
            "indien",
            "person:narendra-modi",
        ),
    ],
)
def test_counterpart_named_in_apposition_is_that_name(nlp, text, published, demonym, expected):
    doc = parse_text(nlp, text, published)
    assert [s._.actor_id for s in doc.spans["actors"] if s.text == demonym] == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, person, country",
    [
        (
            "Le chef de la diplomatie russe a reçu lundi son homologue français, Jean-Marc Lefèvre, à Moscou.",
            "person:jean-marc-lefevre",
            "FRA",
        ),
        (
            "Le chancelier a rencontré ses homologues italien et polonais, Marco Bellini et Piotr Nowak.",
            "person:piotr-nowak",
            "POL",
        ),
    ],
)
def test_counterpart_named_in_apposition_takes_the_demonym_country(nlp, text, person, country):
    doc = parse_text(nlp, text, date(2025, 6, 10))
    assert doc._.actors[person].country == country

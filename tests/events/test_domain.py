"""Off-domain articles as a whole (a film review, a match report): sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipeline.events.domain import (
    load_article_domains,
    may_use_folded,
    off_domain_types,
    sentence_surfaces,
    sentences_with_first_words,
    uses_any,
)
from pipeline.events.triggers import TriggerMatcher, load_triggers

FICTION_OR_GAME = frozenset({"strike", "meeting", "call"})
# a match report also voids sanctions: a player's suspension is discipline
GAME = FICTION_OR_GAME | {"sanction"}

FILM_REVIEW = (
    "Le nouveau film de la réalisatrice danoise sort mercredi. "
    "L'agent Harald retrouve à Oslo son ancien chef pour une réunion secrète. "
    "Ensemble, ils rencontrent une espionne russe dans un hôtel. "
    "Le personnage de l'espionne est la meilleure idée du scénario. "
    "La comédie manque pourtant de rythme."
)
MATCH_REPORT = (
    "Lyon a battu Nantes deux buts à un samedi soir. "
    "Le buteur lyonnais a frappé du gauche à la 12e minute. "
    "Nantes a égalisé juste avant la mi-temps. "
    "L'entraîneur nantais a regretté le manque de réalisme de ses joueurs. "
    "Lyon recevra Monaco la semaine prochaine."
)
TENNIS_REPORT = (
    "L'Espagnole a perdu jeudi son quart de finale face à la Polonaise. "
    "La pluie a interrompu la rencontre pendant une heure au deuxième set. "
    "Sa rivale a conclu sur sa troisième balle de match, d'un coup droit croisé. "
    "Elle retrouvera samedi l'Américaine, qui a sauvé deux balles de match en demi-finale."
)
CYCLING_REPORT = (
    "Le Danois a frappé fort samedi dans la montée finale. "
    "Il a lancé son attaque à six kilomètres de l'arrivée et lâché tout le peloton. "
    "Le porteur du maillot jaune a limité la casse grâce à ses équipiers. "
    "Les coureurs rejoindront lundi les Alpes après une journée de repos. "
    "Une rencontre avec le public est prévue au village de départ."
)
SKI_REPORT = (
    "La skieuse suisse a attaqué d'entrée le haut du tracé. "
    "Elle s'impose devant l'Autrichienne et remonte au classement général. "
    "Sa rivale, victime d'une chute, a été touchée au genou. "
    "Les deux skieuses se retrouveront dimanche pour le slalom géant."
)
DIPLOMACY_AND_A_RACE = (
    "Le président a reçu lundi son homologue slovène à l'Élysée. "
    "Les deux dirigeants ont parlé de l'Ukraine et de l'élargissement. "
    "Ils ont ensuite salué le coureur slovène, vainqueur du Tour de France. "
    "Une nouvelle rencontre est prévue à Ljubljana en mai. "
    "Les ministres de la Défense se réuniront avant l'été."
)
DIPLOMACY_ONE_FILM = (
    "Le président a reçu mardi son homologue brésilien à l'Élysée. "
    "Les deux dirigeants ont parlé du climat et du commerce. "
    "Ils ont ensuite assisté à la projection d'un film brésilien. "
    "Une nouvelle rencontre est prévue à Brasília en mai. "
    "Les ministres des Affaires étrangères se réuniront avant l'été."
)
DIPLOMACY_AND_A_CUP = (
    "Le ministre a rencontré lundi son homologue qatari à Doha. "
    "Ils ont évoqué la situation à Gaza et les otages. "
    "Le ministre a aussi assisté au match d'ouverture du championnat. "
    "Le match a réuni soixante mille spectateurs. "
    "Les deux ministres ont dîné ensemble à la fin de la soirée. "
    "Les deux pays ont signé un accord sur le gaz. "
    "Une nouvelle réunion aura lieu à Paris en juin. "
    "Le Qatar a promis d'investir en France. "
    "Les négociations sur les otages doivent reprendre au Caire. "
    "Les médiateurs égyptiens y sont attendus jeudi. "
    "Le Hamas n'a pas encore répondu. "
    "Israël a de son côté frappé Rafah dans la nuit."
)


@pytest.fixture(scope="module")
def sentencizer():
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.mark.parametrize(
    "text, expected",
    [
        (FILM_REVIEW, FICTION_OR_GAME),
        (MATCH_REPORT, GAME),
        (TENNIS_REPORT, GAME),
        # a race: a rider's attack on a climb, a skier's run, a meeting with the public
        (CYCLING_REPORT, FICTION_OR_GAME),
        (SKI_REPORT, FICTION_OR_GAME),
        # one sentence about a film, or two about a match in a political article, is news
        (DIPLOMACY_ONE_FILM, frozenset()),
        (DIPLOMACY_AND_A_CUP, frozenset()),
        (DIPLOMACY_AND_A_RACE, frozenset()),
    ],
    ids=[
        "film review",
        "match report",
        "tennis report",
        "cycling report",
        "ski report",
        "one film",
        "a cup in diplomacy",
        "a race in diplomacy",
    ],
)
def test_article_domain_voids_event_types(sentencizer, text, expected):
    assert off_domain_types(sentencizer(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le long-métrage sort. Il plaît.",
            [" le long - métrage sort .  le long-métrage sort . ", " il plaît .  il plaît . "],
        ),
        ("Ils se Sont vus.", [" ils se sont vus .  ils se sont vus . "]),
    ],
)
def test_sentence_surfaces_are_each_sentence_surface(sentencizer, text, expected):
    doc = sentencizer(text)
    surfaces = sentence_surfaces(doc)
    assert list(surfaces.values()) == expected
    assert list(surfaces) == [s.start for s in doc.sents]


@pytest.mark.slow
def test_characters_meeting_in_a_film_review_are_no_event(fr_model):
    matcher = TriggerMatcher(fr_model.vocab, load_triggers())
    found = {t.event_type for t in matcher.find_triggers(fr_model(FILM_REVIEW))}
    assert not found & FICTION_OR_GAME


def test_article_domains_bad_row_names_file_and_line(tmp_path: Path):
    path = tmp_path / "off_domain_articles.csv"
    path.write_text("event_types,min_sentences,min_share,words,note\nmeeting,trois,0.2,film,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"off_domain_articles.csv, line 2"):
        load_article_domains(path)


# The sentences that may use a listed word hold its first word (or the part before its hyphen):
# every sentence `uses_any` accepts is among them, and a sentence without one is left unread.
@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("Le ministre est arrivé. Le film sort mardi. Il pleut.", ("film", "films"), [1]),
        ("Le long-métrage sort. Il plaît. Un long voyage.", ("long-métrage",), [0, 2]),
        ("La coupe du monde commence. On coupe le ruban.", ("coupe du monde",), [0, 1]),
        ("Le président a reçu son homologue.", ("match", "stade"), []),
    ],
    ids=["one word", "hyphenated word", "phrase", "none"],
)
def test_sentences_with_first_words(sentencizer, text, words, expected):
    doc = sentencizer(text)
    starts = [s.start for s in doc.sents]
    found = sentences_with_first_words(doc, words)
    assert sorted(starts.index(s) for s in found) == expected
    surfaces = sentence_surfaces(doc)
    assert {s for s in starts if uses_any(surfaces[s], words)} <= found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le Mondial débute à Doha.", False),
        ("La Coupe du Monde débute à Doha.", True),
        ("Un match-retour est prévu.", True),
    ],
)
def test_may_use_folded_reads_the_folded_words(sentencizer, text, expected):
    assert may_use_folded(sentencizer(text), ("coupe du monde", "match")) is expected

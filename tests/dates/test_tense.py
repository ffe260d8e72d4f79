"""Tense of a verb with its auxiliaries, as the date resolver reads it: one row per French sentence."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.dates.tense import clause_tense, verb_tense
from pipeline.nlp.pipeline import parse_text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,verb,expected",
    [
        # `a` + a participle the tagger reads as a finite verb (`interdit`) is still a compound past
        ("La Pologne a interdit mardi les importations de céréales ukrainiennes.", "interdit", "past"),
        ("L'armée a détruit mardi un dépôt de munitions.", "détruit", "past"),
        ("La Pologne interdira mardi les importations de céréales ukrainiennes.", "interdira", "future"),
    ],
)
def test_verb_tense_of_a_compound_past(fr_model, text, verb, expected):
    doc = fr_model(text)
    assert verb_tense(next(t for t in doc if t.text == verb)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # the parser hangs the day on the modal, not on the infinitive it carries: what is due lies ahead
        ("Le ministre doit samedi rencontrer son homologue.", "future"),
        ("Les deux chefs d'État veulent mardi signer un accord.", "future"),
        ("Les deux présidents doivent dîner ensemble samedi.", "future"),
        # in the imperfect the plan may be over, and a verb of no plan stays in the present
        ("Le ministre devait samedi rencontrer son homologue.", "past"),
        ("Le ministre dénonce samedi les frappes.", "present"),
    ],
)
def test_clause_tense_of_a_day_hung_on_a_modal(fr_model, text, expected):
    doc = fr_model(text)
    day = next(t for t in doc if t.lower_ in ("samedi", "mardi"))
    assert clause_tense(doc[day.i : day.i + 1]) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,day,expected",
    [
        # a past participle qualifying a noun governs its own day: an act done, inside a clause about the future
        # (the tagger reads `imposés` as an adjective: no tense of its own)
        ("Ottawa menace de doubler au 1er mars les droits sur l'acier américain, imposés le 12 juin.", "12", "past"),
        # a plan's participle still points ahead
        ("Téhéran répondra avant la réunion prévue le 3 mai.", "3", "future"),
    ],
)
def test_clause_tense_of_a_day_under_a_done_participle(fr_model, text, day, expected):
    doc = fr_model(text)
    token = next(t for t in doc if t.text == day)
    assert clause_tense(doc[token.i : token.i + 2]) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # what a present verb of following comes after (`following_verb` in cues.csv) is behind it
        ("Ces bombardements interviennent après l'offensive rebelle de jeudi.", "past"),
        # `depuis` puts the noun's day behind, whatever the verb
        ("Les frontières restent fermées depuis l'attentat de dimanche.", "past"),
        # under `après` with another present verb the clause may tell a plan
        ("Le ministre s'envole pour Oslo après la réunion de jeudi.", "future"),
        # the day hung on the verb of following, right after the participle of the event noun
        (
            "Ce nouveau cycle de négociations intervient après une réunion tenue jeudi à Rome entre les médiateurs.",
            "past",
        ),
        ("Ces pourparlers interviennent après une rencontre organisée lundi au Caire.", "past"),
        # ... a participle of plan keeps it ahead
        ("Ces pourparlers interviennent avant une réunion prévue jeudi à Rome entre les médiateurs.", "future"),
        # what a riposte answers (`riposte_word` in cues.csv) came before it, however the riposte is told
        ("Séoul a promis de riposter aux tirs d'artillerie de jeudi.", "past"),
        ("Le Japon veut répondre à la salve de missiles de dimanche.", "past"),
        ("Les ministres discuteront de la riposte jeudi.", "future"),
    ],
)
def test_clause_tense_of_a_day_of_what_the_clause_follows(fr_model, text, expected):
    doc = fr_model(text)
    day = next(t for t in doc if t.lower_ in ("jeudi", "lundi", "dimanche"))
    assert clause_tense(doc[day.i : day.i + 1]) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # the parser roots the sentence at `Lors` and hangs the main verb under the dated noun as a relative
        # clause with no relative pronoun: that verb's past places the day, not the verbless phrase
        ("Lors d'un appel téléphonique mardi, M. Poutine et M. Erdogan ont discuté de la Syrie.", "past"),
        # a true relative clause keeps its own reading
        ("Lors de la réunion de mardi prochain, qui se tiendra à Genève, les ministres signeront un accord.", "future"),
        # after a title line, the parser roots the sentence at `ensemble` and hangs the compound verb before it
        ("Dépêche 0\nPublié le 14 juin 2025\nEmmanuel Macron et Friedrich Merz ont dîné ensemble mardi soir.", "past"),
    ],
)
def test_clause_tense_of_a_day_whose_main_verb_the_parser_lost(fr_model, text, expected):
    doc = fr_model(text)
    day = next(t for t in doc if t.lower_ == "mardi")
    assert clause_tense(doc[day.i : day.i + 1]) == expected


# After a title line the parser may root the sentence at the day itself and hang the compound verb before
# it as the day's number (`ont réimposé lundi l'ensemble des ...`): that verb's past places the day.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text,day,expected",
    [
        (
            "Dépêche 0\nPublié le 29 juin 2018\nLes États-Unis ont réimposé lundi l'ensemble des sanctions levées "
            "dans le cadre de l'accord nucléaire avec l'Iran.",
            "lundi",
            "past",
        ),
        # the same clause in the future keeps its reading
        ("Les États-Unis imposeront lundi de nouvelles sanctions à l'Iran.", "lundi", "future"),
    ],
)
def test_clause_tense_of_a_day_rooting_its_own_clause(nlp, text, day, expected):
    doc = parse_text(nlp, text, date(2018, 6, 29))
    token = next(t for t in doc if t.lower_ == day)
    assert clause_tense(doc[token.i : token.i + 1]) == expected


# The parser roots the sentence at the dated event noun and hangs the predicate with its copula on it (class
# 8): the copula's tense places the day (`était`: a day gone by); a present or future copula leaves the noun
# phrase's reading.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Son tête-à-tête avec le chef du Pentagone, samedi, était le premier depuis deux ans.", "past"),
        ("Sa rencontre avec le roi, samedi, sera la première depuis la crise.", "future"),
    ],
)
def test_clause_tense_of_a_day_on_an_event_noun_whose_copula_the_parser_hung_on_it(fr_model, text, expected):
    doc = fr_model(text)
    day = next(t for t in doc if t.lower_ == "samedi")
    assert clause_tense(doc[day.i : day.i + 1]) == expected


# The parser roots the sentence at the adverb of `Plus tôt dans la journée` and hangs the main verb on
# it as a bare dependent: that verb's pluperfect places the day, which is then the day told before.
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Plus tôt dans la journée, M. Trump s'était entretenu par téléphone avec Malcolm Turnbull.", "past"),
        ("Plus tard dans la journée, le ministre avait reçu son homologue italien.", "past"),
    ],
)
def test_clause_tense_of_a_day_phrase_rooted_at_its_adverb(fr_model, text, expected):
    doc = fr_model(text)
    phrase = doc[0:5]
    assert phrase.text.endswith("dans la journée")
    assert clause_tense(phrase) == expected


# An event noun whose relative clause is in the past (`où elle s'est entretenue`, `qui a réuni`) is told as
# done: a date on it is behind, whatever the present of the main clause; in the future it stays ahead.
@pytest.mark.parametrize(
    "text,phrase,expected",
    [
        (
            "La visite de la ministre à Séoul en début de semaine, où elle s'est entretenue avec son homologue, "
            "marque un tournant.",
            "en début de semaine",
            "past",
        ),
        ("Le sommet de mardi, qui a réuni les dirigeants de la région, ouvre une nouvelle étape.", "mardi", "past"),
        ("Le sommet de mardi, qui réunira les dirigeants de la région, ouvre une nouvelle étape.", "mardi", "future"),
    ],
)
def test_clause_tense_of_a_date_on_an_event_noun_told_done_in_its_relative(fr_model, text, phrase, expected):
    doc = fr_model(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    assert clause_tense(span) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # the day of an event whose holding a verb announces lies ahead, however far the parser hangs the object
        ("Les dirigeants français et allemand ont confirmé la tenue d'un sommet bilatéral mardi à Meseberg.", "future"),
        (
            "Les deux gouvernements ont annoncé dimanche, dans un communiqué commun publié en fin de soirée, "
            "l'organisation d'une réunion ministérielle mardi à Varsovie.",
            "future",
        ),
        # a holding told as the time of something else, or judged, is no announcement
        ("Les manifestants ont défilé lors de la tenue du sommet mardi à Bruxelles.", "past"),
        ("Le ministre a salué la tenue d'une réunion mardi à Genève.", "past"),
    ],
)
def test_clause_tense_of_a_day_on_an_announced_holding(fr_model, text, expected):
    doc = fr_model(text)
    day = next(t for t in doc if t.lower_ == "mardi")
    assert clause_tense(doc[day.i : day.i + 1]) == expected


# Rule: `avant que` asks for the present subjunctive whatever the time; the clause it opens tells a
# step of its governing clause's time (s39-measures: a trade war told step by step).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text,day,expected",
    [
        ("Pékin a riposté le 4 avril, avant que Washington ne porte ses droits à 104 % le 8 avril.", "8", "past"),
        ("Pékin répondra avant que Washington ne porte ses droits à 104 % le 8 avril.", "8", "future"),
    ],
)
def test_clause_tense_of_a_step_told_after_avant_que(fr_model, text, day, expected):
    doc = fr_model(text)
    token = next(t for t in doc if t.text == day)
    assert clause_tense(doc[token.i : token.i + 2]) == expected


@pytest.mark.parametrize(
    "text,verb",
    [
        # a future the tagger reads as a past participle (`rejoindra`): the form tells the tense
        ("Le président chinois rejoindra le Premier ministre indien à New Delhi mardi.", "rejoindra"),
        ("La ministre rejoindra son homologue à Rome jeudi.", "rejoindra"),
    ],
)
def test_verb_tense_of_a_future_tagged_as_participle(fr_model, text, verb):
    doc = fr_model(text)
    assert verb_tense(next(t for t in doc if t.text == verb)) == "future"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # a day with no preposition that the parser hangs on the last noun of the clause is the clause's:
        # its verb's tense places it, not the nearest Saturday
        ("Angela Merkel a reçu le président russe Vladimir Poutine dans sa résidence de Meseberg samedi.", "past"),
        (
            "Emmanuel Macron recevra le Premier ministre indien Narendra Modi dans sa résidence de Brégançon samedi.",
            "future",
        ),
    ],
)
def test_clause_tense_of_a_bare_day_hung_on_a_noun(fr_model, text, expected):
    doc = fr_model(text)
    day = next(t for t in doc if t.lower_ == "samedi")
    assert day.head.pos_ in {"NOUN", "PROPN"}  # the misreading this case is about
    assert clause_tense(doc[day.i : day.i + 1]) == expected


def _finite(fr_model, form: str, morph: str):
    """`Les ministres FORM mercredi`, the verb finite with the tagger's features set by hand."""
    from spacy.tokens import Doc

    doc = Doc(
        fr_model.vocab,
        words=["Les", "ministres", form, "mercredi"],
        heads=[1, 2, 2, 2],
        deps=["det", "nsubj", "ROOT", "obl:mod"],
        pos=["DET", "NOUN", "VERB", "NOUN"],
    )
    doc[2].set_morph(morph)
    return doc[2]


@pytest.mark.parametrize(
    "form, morph, expected",
    [
        # a present in `-issent` the tagger read as a past: no simple past ends so; the present
        ("réunissent", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin", "present"),
        ("choisissent", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin", "present"),
        # a true simple past and an imperfect stay past
        ("réunirent", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin", "past"),
        ("réunissaient", "Mood=Ind|Number=Plur|Person=3|Tense=Imp|VerbForm=Fin", "past"),
    ],
)
def test_present_in_issent_read_as_a_past_is_a_present(fr_model, form, morph, expected):
    assert verb_tense(_finite(fr_model, form, morph)) == expected


# Rule: in a clause with no verb of its own (a copula, a title), the event noun a month qualifies, told under
# `après` or `depuis`, lies behind the clause: the month is the past one.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("C'est leur troisième entretien en un an, après la visite du ministre à Pékin en mai.", "past"),
        ("Troisième rencontre en un an, depuis le sommet de Madrid en mai.", "past"),
        # with no anchor, an event noun of a title lies ahead
        ("Visite du ministre à Pékin en mai.", "future"),
    ],
)
def test_clause_tense_of_a_month_under_after_in_a_verbless_clause(fr_model, text, expected):
    doc = fr_model(text)
    month = next(t for t in doc if t.lower_ == "mai")
    assert clause_tense(doc[month.i - 1 : month.i + 1]) == expected

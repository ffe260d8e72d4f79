"""The coordinated subject repair: `X et Y ont ...` with X made the root by the parser."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.nlp.pipeline import build_nlp
from pipeline.nlp.subjects import repair_coordinated_subjects

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _subject_of(doc, verb: str) -> list[str]:
    head = next(t for t in doc if t.text == verb)
    subject = next((c for c in head.children if c.dep_.startswith("nsubj")), None)
    if subject is None:
        return []
    return [subject.text] + [c.text for c in subject.children if c.dep_ == "conj"]


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        # the parser makes the name opening the sentence a root and the verb its conjunct
        ("Merkel et Macron ont eu des entretiens jeudi à Berlin.", "eu", ["Merkel", "Macron"]),
        ("Merkel et Poutine ont discuté jeudi au téléphone de l'Ukraine.", "discuté", ["Merkel", "Poutine"]),
        # ... or, before a reporting aside, makes that name the aside verb's subject
        (
            "Les États-Unis et le Royaume-Uni ont lancé dimanche soir une série de raids contre des dépôts "
            "d'armes des rebelles dans le nord du pays, a annoncé le Pentagone.",
            "lancé",
            ["États-Unis", "Royaume-Uni"],
        ),
        # the parser gives the verb two subjects, the second with `et`
        ("Le roi et le président ont signé un accord mardi.", "signé", ["roi", "président"]),
        # ... or with `et` hung on the verb between them
        ("Xi Jinping et Donald Trump doivent se rencontrer fin octobre en Corée du Sud.", "doivent", ["Xi", "Donald"]),
        ("Xi Jinping et Donald Trump doivent se parler vendredi.", "doivent", ["Xi", "Donald"]),
        # ... or hangs the name opening the sentence on the verb as an adverb
        ("Xi Jinping et Emmanuel Macron doivent se voir à Pékin la semaine prochaine.", "doivent", ["Xi", "Emmanuel"]),
        ("Donald Trump et Vladimir Poutine s'étaient vus à Helsinki.", "vus", ["Donald", "Vladimir"]),
        # ... or hangs a count of a group (`onze des douze`) on the verb as a modifier
        (
            "Mardi, onze des douze ministres de la région, dont le Chilien Gabriel Boric et le Colombien "
            "Gustavo Petro, doivent se réunir à Quito.",
            "doivent",
            ["onze"],
        ),
        (
            "Lundi, dix des onze dirigeants du bloc, dont l'Argentin Alberto Fernández et le Chilien Gabriel "
            "Boric, se sont retrouvés à Brasilia.",
            "retrouvés",
            ["dix"],
        ),
        # ... or hangs the subject after a fronted phrase on that phrase's noun, as an apposition or a conjunct
        (
            "Pendant leur entretien au Caire, le chef de la diplomatie turque et son homologue qatari ont "
            "parlé de Gaza.",
            "parlé",
            ["chef"],
        ),
        (
            "Lors de leur échange à Brasilia, le président brésilien et son homologue chilien ont parlé du climat.",
            "parlé",
            ["président", "homologue"],
        ),
        # ... or makes the name the root and the verb after its relative clause a conjunct of the name
        (
            "Abe et Trump, qui se sont entretenus ces derniers mois, se verront en septembre.",
            "verront",
            ["Abe", "Trump"],
        ),
        # ... or hangs that verb on the relative clause's own verb
        (
            "Les deux ministres, dont les pays se disputent depuis des années une île de la mer Égée, s'étaient "
            "brièvement vus en mars à Bruxelles.",
            "vus",
            ["ministres"],
        ),
        # a verb with a subject of its own after the relative clause keeps it
        ("Abe et Trump, qui se sont parlé, et leurs ministres se verront en septembre.", "verront", ["ministres"]),
        # an already good parse is left as it is
        ("Le roi du Maroc et le président français ont signé un accord.", "signé", ["roi", "président"]),
        # two clauses joined by `et` are not a pair of subjects
        ("L'enquête est en cours et la police a interrogé trois témoins.", "interrogé", ["police"]),
    ],
)
def test_coordinated_subject_of_the_verb(nlp, text, verb, expected):
    doc = nlp(text)
    assert _subject_of(doc, verb) == expected
    assert len(list(doc.sents)) == 1


# `Arrivé lundi à Oslo, le ministre a été reçu par le roi.`, built by hand: the parser gives this tree
# only in some contexts (after a headline), so the test sets the wrong tree itself.
_ARRIVED = ["Arrivé", "lundi", "à", "Oslo", ",", "le", "ministre", "a", "été", "reçu", "par", "le", "roi", "."]
_ARRIVED_POS = [
    "VERB",
    "NOUN",
    "ADP",
    "PROPN",
    "PUNCT",
    "DET",
    "NOUN",
    "AUX",
    "AUX",
    "VERB",
    "ADP",
    "DET",
    "NOUN",
    "PUNCT",
]
_ARRIVED_MORPH = [
    "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part",
    "Number=Sing",
    "",
    "",
    "",
    "",
    "Gender=Masc|Number=Sing",
    "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "Tense=Past|VerbForm=Part",
    "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass",
    "",
    "",
    "Number=Sing",
    "",
]


@pytest.mark.parametrize(
    "heads, deps, number, expected",
    [
        # the participle opening the sentence made the root, the subject its modifier, the verb its clause
        (
            [0, 0, 3, 0, 0, 6, 0, 9, 9, 0, 12, 12, 9, 0],
            ["ROOT", "obl:mod", "case", "obl:mod", "punct", "det", "obl:mod", "aux:tense", "aux:pass", "advcl"]
            + ["case", "det", "obl:agent", "punct"],
            "Sing",
            ("ministre", "nsubj:pass", "reçu", "ROOT", "advcl"),
        ),
        # `Arrivés lundi ..., le ministre`: the participle and the noun disagree in number, nothing to do
        (
            [0, 0, 3, 0, 0, 6, 0, 9, 9, 0, 12, 12, 9, 0],
            ["ROOT", "obl:mod", "case", "obl:mod", "punct", "det", "obl:mod", "aux:tense", "aux:pass", "advcl"]
            + ["case", "det", "obl:agent", "punct"],
            "Plur",
            ("ministre", "obl:mod", "Arrivé", "advcl", "ROOT"),
        ),
        # the participle taken for the verb's subject, the real subject hung on it
        (
            [9, 0, 3, 0, 0, 6, 0, 9, 9, 9, 12, 12, 9, 9],
            ["nsubj:pass", "obl:mod", "case", "obl:mod", "punct", "det", "obl:mod", "aux:tense", "aux:pass", "ROOT"]
            + ["case", "det", "obl:agent", "punct"],
            "Sing",
            ("ministre", "nsubj:pass", "reçu", "ROOT", "advcl"),
        ),
        # the verb has a subject of its own: nothing to do
        (
            [0, 0, 3, 0, 0, 6, 9, 9, 9, 0, 12, 12, 9, 0],
            ["ROOT", "obl:mod", "case", "obl:mod", "punct", "det", "nsubj:pass", "aux:tense", "aux:pass", "advcl"]
            + ["case", "det", "obl:agent", "punct"],
            "Sing",
            ("ministre", "nsubj:pass", "reçu", "advcl", "ROOT"),
        ),
    ],
)
def test_subject_hung_on_a_participle_opening_the_sentence(nlp, heads, deps, number, expected):
    morphs = [_ARRIVED_MORPH[0].replace("Sing", number), *_ARRIVED_MORPH[1:]]
    doc = Doc(nlp.vocab, words=_ARRIVED, pos=_ARRIVED_POS, morphs=morphs, heads=heads, deps=deps)
    repair_coordinated_subjects(doc)
    minister, verb, participle = doc[6], doc[9], doc[0]
    assert (minister.dep_, minister.head.text, verb.dep_, participle.dep_) == expected[1:]
    assert minister.text == expected[0]


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # a name right after an active verb that already has a subject before it: the object
        (
            "Lors d'un échange téléphonique mardi, Emmanuel Macron a pressé Donald Trump de renoncer aux surtaxes.",
            "Donald",
            ("pressé", "obj"),
        ),
        (
            "Lors d'une conversation téléphonique jeudi, Narendra Modi a remercié Vladimir Poutine pour son soutien.",
            "Vladimir",
            ("remercié", "obj"),
        ),
    ],
)
def test_second_subject_after_an_active_verb_is_its_object(nlp, text, word, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert (token.head.text, token.dep_) == expected


def test_inverted_subject_of_an_aside_stays_the_subject(nlp):
    """A verb with no subject before it keeps the one after it (a built parse: `, a ajouté X`)."""
    words = ["Le", "ministre", "viendra", ",", "a", "ajouté", "Pedro", "Sánchez", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["DET", "NOUN", "VERB", "PUNCT", "AUX", "VERB", "PROPN", "PROPN", "PUNCT"],
        heads=[1, 2, 2, 2, 5, 2, 5, 6, 2],
        deps=["det", "nsubj", "ROOT", "punct", "aux:tense", "parataxis", "nsubj", "flat:name", "punct"],
    )
    repair_coordinated_subjects(doc)
    assert (doc[6].dep_, doc[6].head.text) == ("nsubj", "ajouté")


# `Jean Paul Durand et Marc Lenoir ont eu un entretien lundi .`, built by hand: in some contexts (after a
# headline) the parser leaves the first name loose (`dep`), makes `Marc` its conjunct and `Lenoir` the subject.
_LOOSE = ["Jean", "Paul", "Durand", "et", "Marc", "Lenoir", "ont", "eu", "un", "entretien", "lundi", "."]
_LOOSE_POS = ["PROPN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "AUX", "VERB", "DET", "NOUN", "NOUN", "PUNCT"]
_LOOSE_HEADS = [7, 0, 0, 4, 0, 7, 7, 7, 9, 7, 7, 7]
_LOOSE_DEPS = ["dep", "flat:name", "flat:name", "cc", "conj", "nsubj", "aux:tense", "ROOT", "det", "obj", "obl:mod"]


def test_loose_first_name_is_the_subject(nlp):
    doc = Doc(nlp.vocab, words=_LOOSE, pos=_LOOSE_POS, heads=_LOOSE_HEADS, deps=[*_LOOSE_DEPS, "punct"])
    repair_coordinated_subjects(doc)
    assert _subject_of(doc, "eu") == ["Jean", "Marc"]
    assert (doc[5].head.text, doc[5].dep_) == ("Marc", "flat:name")


# the same sentence as the parser may also read it: the first name the root, the verb a clause (`parataxis`)
# hung on it, `Marc` the name's conjunct and `Lenoir` the verb's subject
@pytest.mark.parametrize("clause", ["parataxis", "conj"])
def test_first_name_made_the_root_is_the_subject(nlp, clause):
    heads = [0, 0, 0, 4, 0, 7, 7, 0, 9, 7, 7, 0]
    deps = ["ROOT", "flat:name", "flat:name", "cc", "conj", "nsubj", "aux:tense", clause, "det", "obj", "obl:mod"]
    doc = Doc(nlp.vocab, words=_LOOSE, pos=_LOOSE_POS, heads=heads, deps=[*deps, "punct"])
    repair_coordinated_subjects(doc)
    assert _subject_of(doc, "eu") == ["Jean", "Marc"]
    assert (doc[5].head.text, doc[5].dep_) == ("Marc", "flat:name")
    assert (doc[7].dep_, doc[11].head.text) == ("ROOT", "eu")


# `Les Pays-Bas , la Belgique et le Luxembourg ont signé mardi un accord .`, built by hand: the parser may cut
# the list's first name off as a clause (`advcl`) or a modifier, and give the verb the rest as its subject.
_LISTED = ["Les", "Pays-Bas", ",", "la", "Belgique", "et", "le", "Luxembourg", "ont", "signé", "mardi", "un"]
_LISTED += ["accord", "."]
_LISTED_POS = ["DET", "PROPN", "PUNCT", "DET", "PROPN", "CCONJ", "DET", "PROPN", "AUX", "VERB", "NOUN", "DET"]
_LISTED_POS += ["NOUN", "PUNCT"]
_LISTED_HEADS = [1, 9, 9, 4, 9, 7, 7, 4, 9, 9, 9, 12, 9, 9]


@pytest.mark.parametrize("cut", ["advcl", "obl:mod", "dep"])
def test_listed_first_name_is_the_subject(nlp, cut):
    deps = ["det", cut, "punct", "det", "nsubj", "cc", "det", "conj", "aux:tense", "ROOT", "obl:mod", "det"]
    doc = Doc(nlp.vocab, words=_LISTED, pos=_LISTED_POS, heads=_LISTED_HEADS, deps=[*deps, "obj", "punct"])
    repair_coordinated_subjects(doc)
    assert _subject_of(doc, "signé") == ["Pays-Bas", "Belgique"]


# `Les Pays-Bas et la Belgique ont signé mardi un accord , a annoncé La Haye .`, built by hand: the parser may
# leave the first name loose (`dep`) on the aside's verb and hang the clause's verb on it.
_ASIDE = ["Les", "Pays-Bas", "et", "la", "Belgique", "ont", "signé", "mardi", "un", "accord", ",", "a"]
_ASIDE += ["annoncé", "La", "Haye", "."]
_ASIDE_POS = ["DET", "PROPN", "CCONJ", "DET", "PROPN", "AUX", "VERB", "NOUN", "DET", "NOUN", "PUNCT", "AUX"]
_ASIDE_POS += ["VERB", "DET", "PROPN", "PUNCT"]
_ASIDE_HEADS = [1, 12, 6, 4, 6, 6, 1, 6, 9, 6, 12, 12, 12, 14, 12, 12]
_ASIDE_DEPS = ["det", "dep", "cc", "det", "nsubj", "aux:tense", "conj", "obl:mod", "det", "obj", "punct"]
_ASIDE_DEPS += ["aux:tense", "ROOT", "det", "obj", "punct"]


def test_subject_left_loose_on_a_reporting_aside(nlp):
    doc = Doc(nlp.vocab, words=_ASIDE, pos=_ASIDE_POS, heads=_ASIDE_HEADS, deps=_ASIDE_DEPS)
    repair_coordinated_subjects(doc)
    assert _subject_of(doc, "signé") == ["Pays-Bas", "Belgique"]
    assert (doc[6].head.text, doc[6].dep_) == ("annoncé", "ccomp")

"""The displaced object repair: `a placé sur sa liste des entités non fiables six entreprises`, the object
hung by the parser on the noun of the complement told before it."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.nlp.displaced import displaced_object_verb, owner_after_place, repair_displaced_objects
from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # an object opened by a number after a list phrase: the verb's object, not the list's modifier
        ("Séoul a ajouté à sa liste noire trois banques russes.", "banques", ("ajouté", "obj")),
        # after a day the parser read as the object and a place: the day is no object
        (
            "Les deux parties ont entamé lundi à Caracas un nouveau cycle de pourparlers.",
            "cycle",
            ("entamé", "obj"),
        ),
        (
            "Les deux parties ont entamé lundi à Caracas un nouveau cycle de pourparlers.",
            "lundi",
            ("entamé", "obl:mod"),
        ),
        # after a phrase of place whose noun has its own modifier
        ("Le ministre a accueilli dans les salons du ministère plusieurs élus locaux.", "élus", ("accueilli", "obj")),
        # hung on the verb as a complement with no preposition
        (
            "Tokyo a inscrit sur sa liste des entités non fiables quatre sociétés chinoises.",
            "sociétés",
            ("inscrit", "obj"),
        ),
        # a noun modifier with its preposition stays on its noun
        ("Le ministre a parlé devant la commission des finances.", "finances", ("commission", "nmod")),
        # an object opened by `des` right after a day, read as the day's modifier: the verb's object
        ("Les États-Unis et la France ont frappé samedi des sites militaires syriens.", "sites", ("frappé", "obj")),
        ("Le ministre a annoncé jeudi des mesures nouvelles.", "mesures", ("annoncé", "obj")),
        # an object told after a gerund's complement (`à son tour`) is the gerund's, not the verb's above it
        ("Alger a riposté en expulsant à son tour douze diplomates.", "diplomates", ("expulsant", "obj")),
        # an object opened by `des` right after a phrase of manner (`en privé`), read as `privé des élus`
        ("Le ministre a reçu en privé des opposants au régime.", "opposants", ("reçu", "obj")),
        ("Le président a rencontré en privé des élus du Congrès.", "élus", ("rencontré", "obj")),
        # ... not after a verb whose complement opens on `de`, nor after a verb of motion
        ("Le ministre a discuté en privé des négociations avec Pékin.", "négociations", ("privé", "nmod")),
        ("Le président a parlé lundi des négociations avec Pékin.", "négociations", ("lundi", "nmod")),
        ("Le soldat est revenu lundi des champs de bataille.", "champs", ("lundi", "nmod")),
        # an object opened by `des` right after a town the knowledge base knows, read as the town's modifier
        (
            "Une délégation du Hamas a rencontré samedi au Caire des responsables égyptiens.",
            "responsables",
            ("rencontré", "obj"),
        ),
        ("Le ministre a accueilli vendredi à Berlin des diplomates venus de Kiev.", "diplomates", ("accueilli", "obj")),
        # ... not after a verb taking `de`, nor after a place the knowledge base does not know
        ("Le ministre a parlé mardi au Caire des négociations avec Israël.", "négociations", ("Caire", "nmod")),
        ("Le ministre a reçu au palais des congrès des élus locaux.", "congrès", ("palais", "nmod")),
        # an object told after an incise set off by commas, hung on the incise's last noun as its modifier,
        # apposition or conjunct: the verb's object
        (
            "Les ministres ont adopté mardi, lors d'une réunion à Bruxelles, de nouvelles sanctions contre des "
            "dirigeants birmans.",
            "sanctions",
            ("adopté", "obj"),
        ),
        (
            "Le Canada a imposé jeudi, au terme d'un long débat au Parlement, des droits de douane sur l'acier.",
            "droits",
            ("imposé", "obj"),
        ),
        (
            "Le ministre a reçu samedi, à l'issue d'une visite à Lyon, des représentants syndicaux.",
            "représentants",
            ("reçu", "obj"),
        ),
        # ... not the complement of a verb taking `de`, nor an apposition to the verb's own object
        (
            "Le président a discuté samedi, lors d'un dîner à Rome, des négociations avec Pékin.",
            "négociations",
            ("Rome", "nmod"),
        ),
        (
            "Le ministre a parlé mardi, devant la commission des finances, des réformes à venir.",
            "réformes",
            ("commission", "conj"),
        ),
        ("Il a rencontré lundi le ministre, un proche du président.", "proche", ("ministre", "appos")),
        # an object opening on the indefinite `de` before its adjective, after a complement of manner
        (
            "Le Conseil de sécurité a adopté lundi à l'unanimité de nouvelles sanctions contre la Libye.",
            "sanctions",
            ("adopté", "obj"),
        ),
        (
            "Les Vingt-Sept ont approuvé jeudi à une large majorité de nouvelles mesures contre Minsk.",
            "mesures",
            ("approuvé", "obj"),
        ),
        # ... not after a verb that takes `de`, nor as the complement of a noun that is the verb's object
        (
            "Le ministre a parlé mardi à la presse de nouvelles mesures contre Minsk.",
            "mesures",
            ("presse", "nmod"),
        ),
        # a town fused into its preposition (`à Helsinki` one fixed word): the object after it is the verb's
        ("Les deux présidents ont tenu lundi à Helsinki un sommet de deux heures.", "sommet", ("tenu", "obj")),
        ("Les deux présidents ont tenu lundi à Helsinki un sommet de deux heures.", "Helsinki", ("tenu", "obl:mod")),
        # the owner told after the place of what is owned: the owned noun's modifier, not the verb's complement
        (
            "Le gouvernement a ordonné le gel des avoirs en Turquie des ministres américains.",
            "ministres",
            ("avoirs", "nmod"),
        ),
        (
            "Le Conseil a annoncé lundi l'adoption de nouvelles sanctions contre la Libye.",
            "sanctions",
            ("adoption", "nmod"),
        ),
        # an object told after an incise on a participle of a noun: the participle's object, not a complement
        # of the clause's verb
        (
            "Le gouvernement a publié lundi un arrêté interdisant, dès le mois prochain, les ventes de blé aux "
            "pays voisins.",
            "ventes",
            ("interdisant", "obj"),
        ),
    ],
)
def test_displaced_object_hangs_on_its_verb(fr_model, text, word, expected):
    doc = repair_displaced_objects(fr_model(text))
    assert head_of(doc, word) == expected


def _parsed(fr_model, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A doc with the parse the French model gives in the failure the repair mends, written out."""
    return Doc(fr_model.vocab, words=words, heads=heads, deps=deps, pos=pos)


_WORDS = ["Elle", "a", "vu", "devant", "les", "juges", ",", "chaque", "semaine"]
_HEADS = [2, 2, 2, 5, 5, 2, 8, 8, 5]
_DEPS = ["nsubj", "aux:tense", "ROOT", "case", "det", "obl:arg", "punct", "det", "nmod"]
_POS = ["PRON", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN"]


@pytest.mark.parametrize(
    "words, heads, deps, pos, expected",
    [
        # the phrase hung with no preposition on the complement's noun: the verb's object
        (
            ["Elle", "a", "vu", "devant", "les", "juges", "trois", "témoins"],
            [2, 2, 2, 5, 5, 2, 7, 5],
            ["nsubj", "aux:tense", "ROOT", "case", "det", "obl:arg", "nummod", "nmod"],
            ["PRON", "AUX", "VERB", "ADP", "DET", "NOUN", "NUM", "NOUN"],
            "vu",
        ),
        # a time phrase stays where the parser put it
        (
            _WORDS[:6] + _WORDS[7:],
            [2, 2, 2, 5, 5, 2, 7, 5],
            _DEPS[:6] + _DEPS[7:],
            _POS[:6] + _POS[7:],
            None,
        ),
        # so does a phrase set off by a comma
        (_WORDS[:8] + ["avocate"], _HEADS, _DEPS, _POS, None),
        # and one whose verb has its object already
        (
            ["Elle", "a", "vu", "devant", "les", "juges", "trois", "témoins", "la", "victime"],
            [2, 2, 2, 5, 5, 2, 7, 5, 9, 2],
            ["nsubj", "aux:tense", "ROOT", "case", "det", "obl:arg", "nummod", "nmod", "det", "obj"],
            ["PRON", "AUX", "VERB", "ADP", "DET", "NOUN", "NUM", "NOUN", "DET", "NOUN"],
            None,
        ),
    ],
)
def test_displaced_object_verb(fr_model, words, heads, deps, pos, expected):
    doc = _parsed(fr_model, words, heads, deps, pos)
    verb = displaced_object_verb(doc[7])
    assert (verb.text if verb is not None else None) == expected


# `Ils ont VERB les biens en Grèce de deux armateurs`, with `de deux armateurs` hung on the verb
_OWNED = ["Ils", "ont", "gelé", "les", "biens", "en", "Grèce", "de", "deux", "armateurs"]
_OWNED_HEADS = [2, 2, 2, 4, 2, 6, 4, 9, 9, 2]
_OWNED_DEPS = ["nsubj", "aux:tense", "ROOT", "det", "obj", "case", "nmod", "case", "nummod", "obl:arg"]
_OWNED_POS = ["PRON", "AUX", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "NUM", "NOUN"]


@pytest.mark.parametrize(
    "verb, place_case, expected",
    [
        # the owner of the goods, told after their place: it hangs on the goods
        ("gelé", "en", "biens"),
        ("saisi", "en", "biens"),
        # a verb with a `de` complement of its own keeps it (`ont privé les banques en Grèce de licences`)
        ("privé", "en", None),
        ("accusé", "en", None),
        # a place not told with `en`, `au`, `aux` is no place of the goods (`vers la Grèce`)
        ("gelé", "vers", None),
    ],
)
def test_owner_after_place(fr_model, verb, place_case, expected):
    words = [verb if w == "gelé" else place_case if w == "en" else w for w in _OWNED]
    doc = _parsed(fr_model, words, _OWNED_HEADS, _OWNED_DEPS, _OWNED_POS)
    doc[2].lemma_ = {"gelé": "geler", "saisi": "saisir", "privé": "priver", "accusé": "accuser"}[verb]
    noun = owner_after_place(doc[9])
    assert (noun.text if noun is not None else None) == expected


def test_partitive_after_a_town_hung_on_the_verb_as_a_modifier(fr_model):
    """`Ils ont tenu samedi à Mascate des pourparlers .`: the parser hung the town on the verb as a modifier
    (`nmod`) and the talks on the town behind `des`; the talks are the verb's object."""
    doc = _parsed(
        fr_model,
        ["Ils", "ont", "tenu", "samedi", "à", "Mascate", "des", "pourparlers", "."],
        [2, 2, 2, 2, 5, 2, 7, 5, 2],
        ["nsubj", "aux:tense", "ROOT", "obj", "case", "nmod", "case", "nmod", "punct"],
        ["PRON", "AUX", "VERB", "NOUN", "ADP", "NOUN", "ADP", "NOUN", "PUNCT"],
    )
    repair_displaced_objects(doc)
    assert (doc[7].head.text, doc[7].dep_) == ("tenu", "obj")


@pytest.mark.parametrize(
    "place, case, expected",
    [
        # a purpose phrase told right after a known town on the verb is the verb's
        ("Ankara", "pour", ("invité", "obl:mod")),
        # another preposition, or a word that is no known place, keeps the phrase where the parser hung it
        ("Ankara", "avec", ("Ankara", "nmod")),
        ("réunion", "pour", ("réunion", "nmod")),
    ],
)
def test_purpose_after_a_town_hangs_on_the_verb(fr_model, place, case, expected):
    """`Il a invité Poutine à Ankara pour un sommet .`, the parser hanging `pour un sommet` on the town."""
    doc = _parsed(
        fr_model,
        ["Il", "a", "invité", "Poutine", "à", place, case, "un", "sommet", "."],
        [2, 2, 2, 2, 5, 2, 8, 8, 5, 2],
        ["nsubj", "aux:tense", "ROOT", "obj", "case", "obl:mod", "case", "det", "nmod", "punct"],
        ["PRON", "AUX", "VERB", "PROPN", "ADP", "PROPN", "ADP", "DET", "NOUN", "PUNCT"],
    )
    repair_displaced_objects(doc)
    assert (doc[8].head.text, doc[8].dep_) == expected

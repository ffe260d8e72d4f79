"""Parse repair for a direct object told after a verb's complement.

`Pékin a placé sur sa liste des entités non fiables six entreprises américaines`, `a rencontré en marge
du sommet plusieurs ministres africains`: French puts a long object after a short complement of place or
manner, and the French model then hangs the object on the last noun of that complement as a noun
modifier. A noun modifier always takes a preposition in French (`la liste des entités`); a phrase that
opens on its own determiner or number (`six entreprises`) with no preposition is no modifier of the noun
before it. When the verb of the complement has no object of its own, that phrase is the verb's object,
and the rules that read who was listed, met or struck find it there. A time phrase (`chaque semaine`, a
month, a weekday) stays where it is, and so does a phrase set off by a comma (an apposition). It touches
no sentence boundary.

The same holds for an indefinite or partitive object told right after a day or a known place (`ont frappé
samedi des sites militaires`, `a lancé mardi à l'aube des frappes`, `a rencontré au Caire des élus`): the
model reads its `des` as the preposition `de` and hangs the phrase on the day or the town as its modifier.
Neither takes such a modifier; after a verb conjugated with
`avoir` the phrase is its object, and `des` its determiner (`il est revenu lundi des champs` stays). So
after a phrase of manner (`a rencontré en privé des élus`, read as `privé des élus`), and for an object
opening on the indefinite `de` before its adjective after a complement of `à`, `en` or `par` (`a adopté
à l'unanimité de nouvelles sanctions`, read as `l'unanimité de nouvelles sanctions`).

A purpose phrase told right after a known place on a verb (`a invité X à Ankara pour un sommet`) is the
verb's, not the town's: the model may hang it on the town.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline import config
from pipeline.nlp.place_names import place_last_words
from pipeline.nlp.syntax import labelled, rehang, rehang_at_once
from pipeline.text import fold, folded_entries, strip_accents

LEXICON_PATH = config.MODELS_DIR / "temporal" / "lexicon.csv"
DE_VERBS_PATH = config.MODELS_DIR / "nlp" / "de_verbs.txt"
FROM_VERBS_PATH = config.MODELS_DIR / "nlp" / "from_verbs.txt"
_TIME_CATEGORIES = frozenset({"unit", "month", "weekday", "season", "deictic", "part_of_day"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_LABELS = ("nmod", "appos", "obl:arg", "obl:mod")  # the parser's guesses for the displaced object
_OPENERS = frozenset({"det", "nummod"})
# what a verb that already has its object, clause or passive subject shows: then the phrase is something else
_FILLED = frozenset({"obj", "ccomp", "xcomp", "aux:pass", "expl:pass", "expl:comp", "nsubj:pass"})
_HOPS = 3  # noun modifiers climbed to the complement (`sur sa liste des entités non fiables`)


@Language.component(
    "news_displaced_object",
    assigns=["token.head", "token.dep", "token.pos", "token.morph"],
    requires=["token.dep", "token.pos"],
)
def repair_displaced_objects(doc: Doc) -> Doc:
    """Hang on its verb each object the parser hung on the noun of a complement told before it."""
    # a few candidates per article: the labels found in bulk, not token by token
    moves = [(doc[i], verb) for i in labelled(doc, _LABELS) if (verb := displaced_object_verb(doc[i])) is not None]
    # noun modifiers, read once: the repairs below add none that a later pass looks for (`owned` ones open on
    # `de`, a purpose on `pour`), and each candidate is tested on the tree as it stands
    nmods = labelled(doc, ("nmod",))
    partitives = [
        (doc[i], verb)
        for i in nmods
        if (
            verb := partitive_after_day(doc[i])
            or partitive_after_place(doc[i])
            or partitive_after_manner(doc[i])
            or indefinite_after_complement(doc[i])
        )
        is not None
    ]
    incised = [(doc[i], verb) for i in labelled(doc, _INCISED) if (verb := object_after_incise(doc[i])) is not None]
    incised += [
        (doc[i], verb) for i in labelled(doc, _LOOSE) if (verb := object_after_participle_incise(doc[i])) is not None
    ]
    fused = [(doc[i], noun) for i in labelled(doc, ("fixed",)) if (noun := object_behind_place(doc[i])) is not None]
    for place, noun in fused:
        verb, case = noun.head, place.head
        rehang_at_once(doc, [(place, verb, "obl:mod"), (case, place, "case"), (noun, verb, "obj")])
    owned = [(doc[i], noun) for i in labelled(doc, ("obl:arg", "obl:mod")) if (noun := owner_after_place(doc[i]))]
    if owned:
        rehang(doc, owned, "nmod")
    purposes = [(doc[i], verb) for i in nmods if (verb := purpose_after_place(doc[i])) is not None]
    if purposes:
        rehang(doc, purposes, "obl:mod")
    if moves or partitives or incised:
        rehang(doc, moves + partitives + incised, "obj")
    for token, verb in moves + partitives + incised:
        if token.head.i != verb.i:
            continue  # the move would have shifted a sentence boundary: none was kept
        if (token, verb) in partitives or (token, verb) in incised:
            for child in token.children:
                if child.dep_ == "case" and child.lower_ in _PARTITIVES | {"de"} and child.i < token.i:
                    child.dep_, child.pos_ = "det", "DET"
                    child.set_morph("Definite=Ind|Number=Plur|PronType=Art")  # type: ignore[attr-defined]  # the indefinite
        # `a lancé samedi à l'aube des frappes`, `ont entamé lundi à Caracas un cycle`: the day read as the object
        for child in verb.children:
            if child.dep_ == "obj" and child.i != token.i and time_word(child):
                child.dep_ = "obl:mod"
    return doc


_PARTITIVES = frozenset({"des"})  # `du` opens a place more often (`rentré lundi du Caire`)
_DAY_HOPS = 2  # `samedi`, `samedi à l'aube`: the day, then the part of it


def partitive_after_day(token: Token) -> Token | None:
    """The verb whose object `token` heads, when the parser took its `des` for a preposition and
    hung it on the day told just before (`ont frappé samedi des sites militaires`); None otherwise."""
    first = _partitive_article(token, frozenset({"NOUN"}))
    if first is None:
        return None
    day = token.head
    if day.i != first.i - 1 or not time_word(day):
        return None  # right after the day: `samedi des sites`, not `la nuit du 5 au 6`
    for _ in range(_DAY_HOPS):
        if day.head.pos_ == "VERB":
            break
        if not time_word(day.head) or day.dep_ != "nmod":
            return None
        day = day.head
    return _open_for_object(day.head, token)  # not `a parlé lundi des négociations`, `est revenu lundi des champs`


def partitive_after_place(token: Token) -> Token | None:
    """The verb whose object `token` heads, when the parser took its `des` for a preposition and hung the
    phrase on the place told just before (`a rencontré au Caire des responsables égyptiens`); None otherwise.
    A town or a state named after `à` or `en` takes no `des` complement of its own; a place the knowledge
    base does not know (`au siège des Nations unies`, `au palais des congrès`) is left as parsed."""
    first = _partitive_article(token, frozenset({"NOUN"}))
    if first is None:
        return None
    place = token.head
    on_verb = place.dep_.startswith("obl") or (place.dep_ == "nmod" and place.head.pos_ == "VERB")
    if place.i != first.i - 1 or place.text not in place_last_words() or not on_verb:
        return None  # (a town hung on the verb, as a complement or, by the parser's slip, as a modifier)
    if not _opens_on(place, _PLACE_CASES):
        return None
    return _open_for_object(place.head, token)  # not `a parlé au Caire des négociations`


_PLACE_CASES = frozenset({"à", "au", "aux", "en"})


def purpose_after_place(token: Token) -> Token | None:
    """The verb a purpose phrase belongs to, when the parser hung it on the place told just before (`a invité
    X à Ankara pour un sommet`, read as `Ankara pour un sommet`); None otherwise. A town or a state named
    after `à` or `en` on a verb takes no `pour` phrase of its own."""
    if token.dep_ != "nmod" or token.pos_ != "NOUN":
        return None
    case = next((c for c in token.children if c.dep_ == "case" and c.i < token.i), None)
    place = token.head
    if case is None or case.lower_ != "pour" or place.i != case.i - 1 or place.text not in place_last_words():
        return None
    if not place.dep_.startswith("obl") or place.head.pos_ != "VERB" or not _opens_on(place, _PLACE_CASES):
        return None
    return place.head


def partitive_after_manner(token: Token) -> Token | None:
    """The verb whose object `token` heads, when the parser read its `des` as the `de` of the adjective of a
    phrase of manner told just before (`a rencontré en privé des élus`, read as `privé des élus`,
    deprived of them); None otherwise. An adjective after `en` is a phrase of manner, never one that
    governs `de`."""
    first = _partitive_article(token, _NOUNS)
    if first is None:
        return None
    manner = token.head
    if manner.i != first.i - 1 or manner.pos_ != "ADJ" or not manner.dep_.startswith("obl"):
        return None
    if not any(c.dep_ == "case" and c.lower_ == "en" and c.i == manner.i - 1 for c in manner.children):
        return None
    return _open_for_object(manner.head, token)  # not `a discuté en privé des négociations`


def indefinite_after_complement(token: Token) -> Token | None:
    """The verb whose object `token` heads, when the object opens on the indefinite `de` before its
    adjective (`a adopté samedi à l'unanimité de nouvelles sanctions`, `a imposé à la Russie de lourdes
    sanctions`) and the parser hung it on the noun of the complement told just before; None otherwise. A
    verb that has its object, that takes `de`, or that is conjugated with `être` takes none."""
    if token.dep_ != "nmod" or token.pos_ != "NOUN" or time_word(token):
        return None
    doc = token.doc
    first = doc[token.left_edge.i]
    if first.lower_ != "de" or first.dep_ != "case" or first.head.i != token.i or first.i + 1 >= token.i:
        return None
    adjective = doc[first.i + 1]
    if adjective.pos_ != "ADJ" or adjective.head.i != token.i:
        return None  # `de` is an article only before the noun's adjective: `de nouvelles sanctions`
    complement = token.head  # the verb's own complement of manner or addressee: `à l'unanimité`, `à Pékin`
    if complement.pos_ not in _NOUNS or not complement.dep_.startswith("obl") or time_word(complement):
        return None
    if complement.right_edge.i < first.i - 1 or not _opens_on(complement, _MANNER_CASES):
        return None  # not `après l'annonce de nouvelles taxes`: the noun's own complement
    return _open_for_object(complement.head, token)


_MANNER_CASES = frozenset({"à", "au", "aux", "en", "par"})


def object_behind_place(place: Token) -> Token | None:
    """The noun of the object told right after a town (`ont tenu lundi à Helsinki un sommet`) when the parser fused the
    town into its preposition (`à Helsinki` as one fixed word) and hung the phrase, the object included, on
    the verb as a complement (`à ... un sommet`); None otherwise. A name after `à` is no part of the
    preposition, and a noun phrase opening on its own determiner after it is the verb's object."""
    case = place.head
    if place.dep_ != "fixed" or place.pos_ != "PROPN" or case.dep_ != "case" or case.i != place.i - 1:
        return None
    noun = case.head
    if noun.pos_ != "NOUN" or noun.i <= place.i or not noun.dep_.startswith("obl"):
        return None
    opener = noun.doc[place.i + 1]
    if opener.dep_ not in _OPENERS or opener.head.i != noun.i:
        return None  # the object opens right after the town, on its determiner
    return noun if _open_for_object(noun.head, noun) is not None else None


def owner_after_place(token: Token) -> Token | None:
    """The noun whose owner `token` names, when the owner is told after that noun's place (`a gelé les avoirs
    en Turquie de deux ministres américains`, `le gel des avoirs en Turquie des ministres`) and the parser,
    the place closing the noun's phrase, hung the `de` phrase on the verb; None otherwise. A verb that takes
    a `de` complement of its own (de_verbs.txt, from_verbs.txt: `a retiré ses troupes en Syrie du front`)
    keeps it."""
    if token.pos_ not in _NOUNS or time_word(token) or token.head.pos_ != "VERB":
        return None
    doc = token.doc
    first = doc[token.left_edge.i]
    if first.dep_ != "case" or first.head.i != token.i or fold(first.lower_) not in _OWNER_CASES or first.i == 0:
        return None
    verb = token.head
    lemma = fold(verb.lemma_.lower())
    if lemma in de_verbs() or lemma in from_verbs():
        return None
    place = doc[first.i - 1]
    if place.pos_ != "PROPN" or place.dep_ != "nmod" or place.right_edge.i != place.i:
        return None
    while place.dep_ == "flat:name" and place.head.i < place.i:  # `en Corée du Sud`: the name's first word
        place = place.head
    if not _opens_on(place, _IN_CASES):
        return None
    noun = place.head
    if noun.pos_ != "NOUN" or not verb.is_ancestor(noun) or noun.i > token.i:
        return None
    return noun


_OWNER_CASES = frozenset({"de", "des", "du", "d'", "d’"})
_IN_CASES = frozenset({"en", "au", "aux"})


def _opens_on(noun: Token, prepositions: frozenset[str]) -> bool:
    return any(c.dep_ == "case" and c.lower_ in prepositions and c.i < noun.i for c in noun.children)


def _partitive_article(token: Token, nouns: frozenset[str]) -> Token | None:
    """The `des` opening `token`'s phrase when the parser took it for a preposition and hung the phrase
    as a noun modifier (`samedi des sites`, `privé des élus`); None otherwise."""
    if token.dep_ != "nmod" or token.pos_ not in nouns or time_word(token):
        return None
    first = token.doc[token.left_edge.i]
    if first.dep_ != "case" or first.lower_ not in _PARTITIVES or first.head.i != token.i or first.i == 0:
        return None
    return first


def _open_for_object(verb: Token, token: Token) -> Token | None:
    """`verb`, when the phrase at `token` after it can be its object: a verb whose complement opens on `de`
    (`a parlé lundi des négociations`: `des` is `de` with its article), a verb of motion with `être`
    (`est revenu lundi des champs`) and a verb with an object, a clause or a passive subject of its own
    take none."""
    if verb.pos_ != "VERB" or token.i < verb.i or fold(verb.lemma_.lower()) in de_verbs():
        return None
    if any(c.lemma_ == "être" for c in verb.children if c.dep_ == "aux:tense"):
        return None
    if any(c.dep_ in _FILLED and not _loose_filler(c) for c in verb.children):
        return None
    return verb


def _loose_filler(child: Token) -> bool:
    """A day read as the object (`samedi`), or a phrase read as a verb complement (`en représailles`): no
    object of the verb."""
    return (child.dep_ == "obj" and time_word(child)) or (child.dep_ == "xcomp" and child.pos_ == "NOUN")


def displaced_object_verb(token: Token) -> Token | None:
    """The verb whose object `token` heads, when the parser hung it, with no preposition, on a noun of
    one of the verb's complements before it; None for any other token."""
    if token.dep_ not in _LABELS or token.pos_ not in _NOUNS or any(c.pos_ == "ADP" for c in token.children):
        return None
    first = token.doc[token.left_edge.i]
    if first.dep_ not in _OPENERS or first.head.i != token.i or first.i == 0:
        return None
    before = token.doc[first.i - 1]
    if before.is_punct or before.is_space or "\n" in before.whitespace_:  # an apposition, or a new line
        return None
    if time_word(token):
        return None
    if token.dep_.startswith("obl"):  # `a inscrit sur sa liste ... quatre sociétés`: hung on the verb, no preposition
        return _objectless_verb(token.head, token)
    complement = token.head
    for _ in range(_HOPS):
        if complement.dep_ != "nmod":
            break
        complement = complement.head
        if complement.pos_ == "VERB":
            # `a riposté en expulsant à son tour douze diplomates`: the complement hangs on a verb (here a
            # gerund) with no object of its own; the phrase after it is that verb's object
            filled = complement.i > token.i or any(c.dep_ in _FILLED for c in complement.children)
            return None if filled else complement
    if not complement.dep_.startswith("obl") or complement.i > token.i:
        return None
    return _objectless_verb(complement.head, token)


def object_after_incise(token: Token) -> Token | None:
    """The verb whose object `token` heads, when the object follows a phrase set off by commas after
    the verb (`ont adopté lundi, lors d'une réunion à Luxembourg, de nouvelles sanctions`) and the parser
    made it a conjunct, an apposition or a modifier of that phrase's last noun; None for any other token.
    A true conjunct is joined by `et` or `ou`, a modifier is not cut from its noun by a comma, and a verb
    with an object of its own takes no other."""
    if token.dep_ not in _INCISED or token.pos_ not in _NOUNS or any(c.dep_ == "cc" for c in token.children):
        return None
    start = token.left_edge.i + 1 if token.left_edge.text == "," else token.left_edge.i  # the comma may hang on it
    first = token.doc[start]
    if first.i == 0 or token.doc[first.i - 1].text != "," or first.head.i != token.i:
        return None
    if first.lower_ == "de" and token.doc[first.i + 1].pos_ != "ADJ":
        return None  # `de` opens an object only before its adjective (`de nouvelles sanctions`)
    if not _opens_on_determiner(first):
        return None  # the phrase opens on its determiner: `de nouvelles sanctions`, `des droits`, `trois`
    phrase = token.head
    while phrase.head.i != phrase.i and phrase.head.pos_ not in {"VERB", "AUX"}:
        phrase = phrase.head
    verb = phrase.head
    if verb.pos_ != "VERB" or not verb.i < phrase.left_edge.i < token.i or phrase.left_edge.i == 0:
        return None
    if token.doc[phrase.left_edge.i - 1].text != ",":
        return None  # the phrase is an incise: it opens on a comma after the verb
    if _object_taken(verb):
        return None  # `a parlé, lors du sommet, des négociations`: the complement of a verb taking `de`
    return verb


def _object_taken(verb: Token) -> bool:
    """A verb taking `de` (its complement is no object), or one with an object, a clause or a passive subject of
    its own, takes no object after an incise."""
    return fold(verb.lemma_.lower()) in de_verbs() or any(
        c.dep_ in _FILLED and not _loose_filler(c) for c in verb.children
    )


# the parser's guesses for an object told after an incise on a participle: a complement of the clause's verb,
# or its second object
_LOOSE = ("obl:mod", "obl", "obj")
INCISE_WORDS = 10  # words at most in an incise between a participle and its object


def object_after_participle_incise(token: Token) -> Token | None:
    """The participle whose object `token` heads, when the object follows a phrase set off by commas right
    after a participle of a noun (`a signé un décret interdisant, à partir du 1er février, les livraisons de
    pétrole`) and the parser hung it on the clause's verb as a complement with no preposition; None for any
    other token. A participle with an object of its own, or taking `de`, takes no other."""
    if token.pos_ not in _NOUNS or any(c.dep_ == "case" for c in token.children) or time_word(token):
        return None
    first = token.left_edge
    if first.i < 2 or token.doc[first.i - 1].text != "," or first.head.i != token.i:
        return None
    if not _opens_on_determiner(first):
        return None
    doc = token.doc
    opening = next(
        (i for i in range(first.i - 2, max(token.sent.start, first.i - INCISE_WORDS) - 1, -1) if doc[i].text == ","),
        None,
    )
    if opening is None or opening == token.sent.start:
        return None
    verb = doc[opening - 1]
    if verb.pos_ != "VERB" or verb.dep_ not in {"acl", "amod"} or verb.head.head.i != token.head.i:
        return None  # the participle of a noun of the verb the parser hung the object on
    return None if _object_taken(verb) else verb


_INDEFINITES = frozenset({"de", "des", "un", "une", "plusieurs"})


def _opens_on_determiner(first: Token) -> bool:
    """The first word of a phrase is its determiner, an indefinite or a number: an object may open so."""
    return first.pos_ == "DET" or first.lower_ in _INDEFINITES or first.like_num


# the parser's guesses for an object told after an incise: a conjunct, an apposition or a modifier of its last noun
_INCISED = ("conj", "appos", "nmod")


def _objectless_verb(verb: Token, token: Token) -> Token | None:
    """`verb` when it is a verb with no object, clause or passive subject, and `token` comes after it and after
    one of its complements."""
    if (
        verb.pos_ != "VERB"
        or token.i < verb.i
        or any(c.dep_ in _FILLED and not _loose_filler(c) for c in verb.children)
    ):
        return None  # (`ont entamé lundi à Caracas un cycle de pourparlers`: `lundi` read as the object is no object)
    if not any(c.dep_.startswith("obl") and verb.i < c.i < token.i for c in verb.children):
        return None
    return verb


def time_word(token: Token) -> bool:
    """`chaque semaine`, `le 5 mai`, `ce lundi`, `le soir`: a number, or a word of time of the date lexicon."""
    word = strip_accents(token.lower_)
    words = lexicon_words(_TIME_CATEGORIES)
    return token.like_num or word in words or word.rstrip("sx") in words


@lru_cache(maxsize=4)
def lexicon_words(categories: frozenset[str]) -> frozenset[str]:
    """The words of these categories of models/temporal/lexicon.csv (units, months, weekdays, seasons...) and
    the last words of its phrases (`soir` of `ce soir`, `soirée` of `dans la soirée`), unaccented. The date
    step compiles the same file into its patterns; the parse repairs run before it and only need the words."""
    with LEXICON_PATH.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["category"] in categories]
    return frozenset(strip_accents(row["word"]).split()[-1] for row in rows if row["word"].strip())


@lru_cache(maxsize=2)
def from_verbs(path: Path = FROM_VERBS_PATH) -> frozenset[str]:
    """Folded lemmas of models/nlp/from_verbs.txt: verbs with an object and a `de` complement of origin,
    deprivation or charge."""
    return folded_entries(path)


@lru_cache(maxsize=2)
def de_verbs(path: Path = DE_VERBS_PATH) -> frozenset[str]:
    """Folded lemmas of models/nlp/de_verbs.txt: verbs whose complement opens on `de`."""
    return folded_entries(path)

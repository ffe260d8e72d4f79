"""Parse repair for a fronted phrase the parser hung on the subject after it.

`Au cours d'un entretien téléphonique, le roi du Maroc et le président français ont évoqué le Sahara`:
a phrase that opens the sentence and closes on a comma tells when, where or how the clause happened.
The French model may hang it on the subject's noun as a modifier, although a French noun modifier
always follows its noun. The talk it names is then no occasion of the verb, and its participants are
lost. This component hangs such a phrase on the verb of that subject, as an adverbial. It touches no
sentence boundary.

`Accueillant mardi au Kremlin le président syrien, Vladimir Poutine a salué ...`: a present participle
that opens the sentence heads a clause of its own, and the noun phrase after it, before the comma, is
its object. The model may instead hang the participle on that noun, as if it qualified it, and the
noun on the main verb: the guest is then lost to the welcome. Such a participle is hung on the main
verb as an adverbial clause, and its noun on the participle as its object.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.syntax import SUBJECT_DEPS, infinitive_form, labelled, opens_sentence, rehang, rehang_at_once

_NOUNS = frozenset({"NOUN", "PROPN"})


@Language.component("news_fronted_phrase", assigns=["token.head", "token.dep"], requires=["token.dep", "token.pos"])
def repair_fronted_phrases(doc: Doc) -> Doc:
    """Hang on its clause's verb each fronted phrase the parser hung on the subject after it."""
    # a few candidates per article: the `nmod` labels found in bulk, not token by token
    moves = [(doc[i], verb) for i in labelled(doc, ("nmod",)) if (verb := fronted_phrase_verb(doc[i])) is not None]
    if moves:
        rehang(doc, moves, "obl:mod")
    # `dep` and `acl` are the labels the model gives a fronted participle it hung on a noun
    fronted = [(doc[i], verb) for i in labelled(doc, ("dep", "acl")) if (verb := fronted_participle_verb(doc[i]))]
    for participle, verb in fronted:
        noun = participle.head
        rehang(doc, [(participle, verb)], "advcl")
        if participle.head.i == verb.i:  # kept: the sentence boundaries did not move
            rehang(doc, [(noun, participle)], "obj")
    for i in labelled(doc, ("ROOT",)):
        verb = fronted_infinitive_verb(doc[i])
        if verb is not None:
            infinitive = doc[i]
            later = [(c, verb, c.dep_) for c in infinitive.children if c.i > verb.i]
            rehang_at_once(doc, [(verb, verb, "ROOT"), (infinitive, verb, "advcl"), *later])
    return doc


def fronted_infinitive_verb(root: Token) -> Token | None:
    """The main verb of a sentence opened by an infinitive clause (`Avant de se rendre à Séoul, le
    ministre s'était arrêté à Tokyo`, `Après avoir reçu X, il a appelé Y`) that the parser made the root,
    with the main verb as its conjunct; None for any other token. French coordinates no finite clause
    with an infinitive: a verb with a subject of its own after the comma is the main one."""
    if root.dep_ != "ROOT" or root.pos_ != "VERB" or not opens_sentence(root.left_edge):
        return None
    if not infinitive_form(root) or not any(c.dep_ == "mark" and c.i < root.i for c in root.children):
        return None
    for verb in root.children:
        if verb.dep_ != "conj" or verb.pos_ not in {"VERB", "AUX"} or infinitive_form(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
        if subjects and "," in {t.text for t in root.doc[root.i : subjects[0].left_edge.i]}:
            return verb
    return None


def fronted_phrase_verb(token: Token) -> Token | None:
    """The verb a phrase opening the sentence belongs to, when the parser hung it on the subject told
    after it and a comma; None for any other token."""
    noun = token.head
    if token.dep_ != "nmod" or token.i > noun.i or noun.dep_ not in SUBJECT_DEPS:
        return None
    if not any(c.dep_ == "case" and c.pos_ == "ADP" for c in token.children):
        return None  # a phrase with its preposition (`Au cours de`, `Pendant`), not a name or the subject itself
    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i < noun.i:
        return None
    if not opens_sentence(token):
        return None  # the phrase opens the sentence
    if "," not in {t.text for t in token.doc[token.right_edge.i + 1 : noun.i]}:
        return None  # and closes on a comma before the subject
    return verb


def fronted_participle_verb(token: Token) -> Token | None:
    """The main verb of a sentence opened by a present participle (`Accueillant ... le président syrien,
    Poutine a salué`) that the parser hung on the noun phrase after it, before the comma; None for any
    other token."""
    noun = token.head
    if token.pos_ != "VERB" or noun.i <= token.i or noun.pos_ not in _NOUNS or not opens_sentence(token):
        return None
    if "Part" not in token.morph.get("VerbForm", []) or "Pres" not in token.morph.get("Tense", []):
        return None
    if any(c.dep_ == "case" for c in noun.children):
        return None  # `au Kremlin`: a place of the participle, no object
    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i < noun.right_edge.i:
        return None
    if "," not in {t.text for t in token.doc[noun.right_edge.i + 1 : verb.i]}:
        return None  # the participle's clause closes on a comma before the main clause
    return verb

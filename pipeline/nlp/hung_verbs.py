"""Parse repair for a verb in the present the parser hung on its own subject.

`Tsahal bombarde Gaza après des tirs de roquettes`, `L'Arabie saoudite expulse l'ambassadeur du Canada`,
`Pékin riposte en taxant le soja américain`: in a headline or a lede in the present, the French model
may take the subject for the head of a noun phrase and the verb for its adjective (`amod`) or clause
(`acl`), the object and the complements hanging on the subject. The sentence then has no verb, and the
event loses whoever did it and whoever underwent it. A verb in the present of the indicative (or a
first-group present form whose lemma is its infinitive) hung so on the root noun told right before it
heads the sentence: it becomes the root, the noun its subject, and the noun's dependents told after the
verb its own: a bare noun phrase its object, a phrase with a preposition its complement. It touches no
sentence boundary.

The model may also take an adverb told right after the verb for a noun and make it the root
(`Xi Jinping et Lula ont dîné ensemble mardi soir à Brasilia`), the verb hanging under it or under its
subject: the verb becomes the root again, the adverb its modifier, and the adverb's dependents the verb's.
The adverbs are data: models/nlp/verb_adverbs.txt.

A third misreading: `Les sanctions, annoncées jeudi par le Trésor, frappent six banques`. The model may
take the verb told after an apposition set off by commas for a conjunct of the apposition's participle,
and the subject for the root. A finite verb (or one with a finite auxiliary) so conjoined to a participle
hung on the root noun, with no subject of its own and agreeing with the noun in number, heads the sentence
with the noun its subject.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.attrs import DEP
from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline import config
from pipeline.nlp.syntax import labelled, rehang_at_once
from pipeline.nlp.verb_lemmas import present_infinitive
from pipeline.text import fold, folded_entries

VERB_ADVERBS_PATH = config.MODELS_DIR / "nlp" / "verb_adverbs.txt"

_NOUNS = frozenset({"NOUN", "PROPN"})
_HUNG_AS = ("amod", "acl")


@Language.component("news_hung_verb", assigns=["token.head", "token.dep"], requires=["token.dep", "token.pos"])
def repair_hung_verbs(doc: Doc) -> Doc:
    """Make each present verb the parser hung on its subject, and each verb hung under a misread adverb, the
    root of its sentence."""
    # a few candidates per article: the labels found in bulk, once (the first repair labels no word `conj`,
    # and each candidate is tested on the tree as it stands)
    deps = doc.to_array(DEP)
    for i in labelled(doc, _HUNG_AS, deps):
        verb = doc[i]
        if not hung_on_subject(verb):
            continue
        rehang_at_once(doc, rooted_on_subject(verb))
    for i in labelled(doc, ("conj",), deps):
        verb = doc[i]
        if conjoined_after_apposition(verb):
            subject = verb.head.head
            rehang_at_once(doc, [(verb, verb, "ROOT"), (subject, verb, "nsubj"), *_after(subject, verb)])
    for i in labelled(doc, ("ROOT",)):
        adverb = doc[i]
        if hung_on_adverb(adverb):
            verb = doc[i - 1]
            moves = [(verb, verb, "ROOT"), (adverb, verb, "advmod")]
            moves += [(c, verb, _label_after_adverb(c)) for c in adverb.children if c.i != verb.i]
            rehang_at_once(doc, moves)
    return doc


@lru_cache(maxsize=2)
def verb_adverbs(path: Path = VERB_ADVERBS_PATH) -> frozenset[str]:
    """Folded words of models/nlp/verb_adverbs.txt."""
    return folded_entries(path)


def hung_on_adverb(adverb: Token) -> bool:
    """`ont dîné ensemble`: a root listed in verb_adverbs.txt, not tagged as a verb, told right after a verb
    of its own sentence that hangs under it."""
    # the word first: every sentence has a root, and reading a token's sentence costs more than a set lookup
    if fold(adverb.lower_) not in verb_adverbs() or adverb.pos_ in {"VERB", "AUX"} or adverb.i == adverb.sent.start:
        return False
    verb = adverb.doc[adverb.i - 1]
    return verb.pos_ == "VERB" and adverb.is_ancestor(verb)


def _label_after_adverb(child: Token) -> str:
    """A dependent of the misread adverb keeps its label on the verb, but a noun modifier (`mardi soir`, hung as
    `nmod`) is the verb's complement."""
    return "obl:mod" if child.dep_ == "nmod" else child.dep_


def hung_on_subject(verb: Token) -> bool:
    """`verb` is a present verb hung as an adjective or clause on the root noun before it, every word
    in between being that noun's own (`L'armée russe pilonne`, `Le Japon sanctionne`)."""
    if verb.pos_ != "VERB" or verb.dep_ not in _HUNG_AS or not _present(verb):
        return False
    subject = verb.head
    if subject.dep_ != "ROOT" or subject.pos_ not in _NOUNS or subject.i > verb.i:
        return False
    if any(c.dep_ == "case" for c in subject.children):
        return False  # `Au Japon, ...`: a phrase with a preposition is no subject
    between = range(subject.i + 1, verb.i)
    if any(verb.doc[k].is_punct for k in between):
        return False  # `Mali : le JNIM frappe ...`: the noun before the colon is the topic, not the subject
    return all(subject.is_ancestor(verb.doc[k]) for k in between)


def conjoined_after_apposition(verb: Token) -> bool:
    """`Les sanctions, annoncées jeudi par le Trésor, frappent six banques`: `verb` is a finite verb with no
    subject, told after a comma and hung as a conjunct on a participle set off by a comma after the root noun
    it agrees with in number."""
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    participle = verb.head
    subject = participle.head
    if participle.dep_ != "acl" or "Part" not in participle.morph.get("VerbForm", []):
        return False
    if subject.dep_ != "ROOT" or subject.pos_ not in _NOUNS or not subject.i < participle.i < verb.i:
        return False
    if any(c.dep_ == "case" for c in subject.children) or verb.doc[participle.i - 1].text != ",":
        return False
    if verb.doc[verb.i - 1].text != "," and not any(c.text == "," for c in verb.children if c.i < verb.i):
        return False
    finite = next((c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i), verb)
    if "Fin" not in finite.morph.get("VerbForm", []) and not finite.morph.get("Mood", []):
        return False
    number, noun_number = finite.morph.get("Number", []), subject.morph.get("Number", [])
    return not number or not noun_number or number == noun_number


def _after(subject: Token, verb: Token) -> list[tuple[Token, Token, str]]:
    """The subject's dependents told after the verb become the verb's (`label_on_verb`)."""
    return [(c, verb, label_on_verb(c)) for c in subject.children if c.i > verb.i]


def _present(verb: Token) -> bool:
    """A finite verb in the present (`Mood=Ind` and `Tense=Pres`), or a first-group present form the
    tagger misread as a participle (`expulse` tagged `VerbForm=Part`) whose lemma is its infinitive."""
    if "Ind" in verb.morph.get("Mood", []) and "Pres" in verb.morph.get("Tense", []):
        return True
    return present_infinitive(verb.lower_) == verb.lemma_


def rooted_on_subject(verb: Token) -> list[tuple[Token, Token, str]]:
    """The moves that make a verb hung on its subject the root of its sentence: the subject its `nsubj`, and the
    subject's dependents told after the verb the verb's own (`label_on_verb`)."""
    subject = verb.head
    return [(verb, verb, "ROOT"), (subject, verb, "nsubj"), *_after(subject, verb)]


def label_on_verb(child: Token) -> str:
    """The label a dependent of the subject told after the verb takes on the verb: a bare noun phrase is
    its object, one with a preposition its complement; anything else (a comma, a conjunct) keeps its own."""
    if child.pos_ in _NOUNS:
        return "obl:mod" if any(c.dep_ == "case" for c in child.children) else "obj"
    return child.dep_

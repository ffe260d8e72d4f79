"""Parse repair for a demonym the parser made an adverb of the verb.

`La Chine a suspendu ses importations de fruits de mer japonais après le rejet des eaux`: before a
phrase that follows the object, the French model may hang the demonym closing the object (`japonais`)
on the verb as an adverb. The rules that read whose goods a measure hits, or whose site a strike hit,
then see no state in the object. A demonym of the knowledge base hung on a verb as an adverb, right
after a noun of the verb's own phrases, qualifies that noun: this component hangs it there, on the
nearest noun before it that agrees with it in gender and number (`fruits`, not `mer`). It touches no
sentence boundary.

`lors d'un entretien de cinq heures dans la capitale chinoise`: the parser may also hang a demonym on a
noun further back it does not agree with (`entretien`, masculine); the talk then reads as China's. It
belongs to the noun right before it when that one agrees, and so it does when it agrees with both and the
nearer noun heads a complement of the farther (`des interdictions de voyage à dix responsables biélorusses`).
"""

from __future__ import annotations

import csv
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline import config
from pipeline.nlp.syntax import agrees_where_told, labelled, rehang, rehang_at_once
from pipeline.text import fold

STATES_PATH = config.MODELS_DIR / "actors" / "states.csv"
_NOUNS = frozenset({"NOUN", "PROPN"})
_HOPS = 4  # nouns looked at back from the demonym (`fruits de mer japonais`)


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """The folded demonym adjectives of the state knowledge base (`japonais`, `sud-coréennes`)."""
    with STATES_PATH.open(encoding="utf-8", newline="") as handle:
        return frozenset(
            fold(a.strip().lower())
            for row in csv.DictReader(handle)
            for a in (row.get("adjectives") or "").split("|")
            if a
        )


@Language.component("news_stray_demonym", assigns=["token.head", "token.dep"], requires=["token.dep", "token.morph"])
def repair_stray_demonyms(doc: Doc) -> Doc:
    """Hang on its noun each demonym the parser hung on a verb as an adverb, or on a noun it disagrees with."""
    # a few candidates per article: the `advmod` labels found in bulk, not token by token
    moves = [(doc[i], noun) for i in labelled(doc, ("advmod",)) if (noun := stray_demonym_noun(doc[i])) is not None]
    moves += [
        (doc[i], noun) for i in labelled(doc, ("amod",)) if (noun := disagreeing_demonym_noun(doc[i])) is not None
    ]
    # `une visioconférence avec le chancelier allemand`, the noun hung under its own demonym: the two swap,
    # the noun taking the demonym's place as a complement, so that no word hangs under its own dependent
    swaps = [(noun, demonym) for demonym, noun in moves if noun.head.i == demonym.i]
    for noun, demonym in swaps:
        rehang_at_once(doc, [(noun, demonym.head, "nmod"), (demonym, noun, "amod")])
    moves = [(demonym, noun) for demonym, noun in moves if noun.head.i != demonym.i]
    if moves:
        rehang(doc, moves, "amod")
    return doc


def disagreeing_demonym_noun(token: Token) -> Token | None:
    """`un entretien de cinq heures dans la capitale chinoise`: the noun right before a demonym that the
    parser hung on a noun further back it does not agree with (`entretien`, masculine), when that nearer
    noun agrees (`capitale`); None for any other token."""
    head = token.head
    if token.dep_ != "amod" or token.pos_ != "ADJ" or head.i >= token.i - 1 or token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if fold(token.lower_) not in demonyms() or before.pos_ not in _NOUNS:
        return None
    if agrees_where_told(token, head) and not _complement_noun(before, head):
        return None
    return before if agrees_where_told(token, before) and head in before.ancestors else None


def _complement_noun(noun: Token, head: Token) -> bool:
    """`des interdictions de voyage à dix responsables biélorusses`: the noun right before the demonym heads a
    complement (`à`, `de`, `contre` ...) of the noun the parser hung the demonym on; agreeing with both, the
    demonym qualifies the nearer, as French attaches an adjective to the noun it follows."""
    return noun.head.i == head.i and noun.dep_ == "nmod" and any(c.dep_ == "case" for c in noun.children)


def stray_demonym_noun(token: Token) -> Token | None:
    """The noun a demonym hung on a verb as an adverb qualifies (the nearest agreeing noun of the verb's
    phrases right before it); None for any other token."""
    verb = token.head
    if token.dep_ != "advmod" or token.pos_ != "ADJ" or verb.pos_ not in {"VERB", "AUX"} or token.i < verb.i:
        return None
    if fold(token.lower_) not in demonyms() or token.i == 0 or token.doc[token.i - 1].pos_ not in _NOUNS:
        return None
    nouns = [
        t for t in token.doc[max(verb.i + 1, token.i - 1 - _HOPS) : token.i] if t.pos_ in _NOUNS and verb in t.ancestors
    ]
    if not nouns:
        return None
    agreeing = [t for t in reversed(nouns) if agrees_where_told(token, t)]
    return agreeing[0] if agreeing else nouns[-1]

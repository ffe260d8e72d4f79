"""The attacker a report names by accusing it, in the sentence of the strike or the one after.

A strike is often told from the side hit, by a passive naming no attacker, and the attacker comes
with the accusation that follows: `Un dépôt de munitions a été frappé mardi par des drones. Moscou
accuse Kiev.`, `Une école a été bombardée dans le Darfour. Le gouvernement accuse les FSR.`, `Le
gouverneur a imputé l'attaque à l'Ukraine`. The accused (the object of `accuser` or `mettre en cause`, the
`à` phrase of `imputer` or `attribuer`) is the attacker of a strike naming its target alone, or no side at
all, told in that sentence or the one before, or the one before that when the sentence between tells no
strike (its toll: `Treize policiers ont péri.`); never the target's own state or one of its bodies (an
armed group of it may be). An accusation of a series (`Moscou a attribué ces attaques à Kiev`) reaches the
strikes of the few sentences before it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import numpy
from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from pipeline.events.agreement import armed_group
from pipeline.events.phrases import markers
from pipeline.nlp.syntax import sentence_number, sentence_starts
from pipeline.schema import EventMention
from pipeline.text import fold

ACCUSING = frozenset({"accuser", "imputer", "attribuer", "incriminer", "blâmer", "mettre"})
# a verb that accuses only in a locution (`a mis en cause X`): the words right after it
LOCUTIONS = {"mettre": ("en", "cause")}
# the verbs whose accused comes in an `à` phrase (`imputer l'attaque à X`); the others take it as object
TO_WHOM = frozenset({"imputer", "attribuer"})
# words after the accusing verb read for its accused
REACH = 12
# how far back an accusation of a series (`ces attaques`) reaches for the strikes it tells of
SERIES_SENTENCES = 3


def accused_attackers(
    mentions: list[EventMention], doc: Doc, actors: Mapping[int, Span], links: Mapping[str, str]
) -> list[EventMention]:
    """Strikes naming their target alone, completed by the side accused in their sentence or the next."""
    if not any(m.event_type == "strike" and _unclaimed(m) for m in mentions):
        return mentions
    starts = sentence_starts(doc)
    accused: dict[int, str] = {}  # sentence -> the first side accused in it
    series: dict[int, str] = {}  # sentence -> the side accused of a series told before (`ces attaques`)
    for token in _accusing_verbs(doc):
        if token.pos_ == "VERB":
            side = _accused(token, actors)
            if side is not None:
                number = sentence_number(starts, token.idx)
                accused.setdefault(number, side)
                if _of_a_series(token):
                    series.setdefault(number, side)
    struck = {m.sentence for m in mentions if m.event_type == "strike"}
    out = []
    for m in mentions:
        if m.event_type == "strike" and _unclaimed(m):
            later = (series.get(m.sentence + n) for n in range(2, SERIES_SENTENCES + 1))
            # `... a été abattu par un drone. Treize policiers ont péri. Le gouvernement a mis en cause X`: past a
            # sentence telling no strike (its toll), the accusation is still of this blow
            after_toll = accused.get(m.sentence + 2) if m.sentence + 1 not in struck else None
            side = (
                accused.get(m.sentence)
                or accused.get(m.sentence + 1)
                or after_toll
                or next((s for s in later if s), None)
            )
            if side is not None and side not in m.actors and not _own_side(side, m.target_actor or "", links):
                m = replace(m, source_actor=side, actors=(side, *m.actors))
        out.append(m)
    return out


def _unclaimed(m: EventMention) -> bool:
    """A strike naming its target alone, or no side at all (`un hélicoptère de la police a été abattu par un
    drone`): the accusation that follows names who struck."""
    return not m.source_actor and (bool(m.target_actor) or not m.actors)


def _accusing_verbs(doc: Doc) -> list[Token]:
    """The tokens whose lemma accuses, found on the lemma array (a Python pass over every token of a long
    article was a tenth of the extractor's time)."""
    hashes = numpy.array([doc.vocab.strings.add(lemma) for lemma in sorted(ACCUSING)], dtype=numpy.uint64)
    lemmas = doc.to_array([LEMMA]).astype(numpy.uint64).ravel()
    return [doc[i] for i in numpy.flatnonzero(numpy.isin(lemmas, hashes)).tolist()]


def _of_a_series(verb: Token) -> bool:
    """`a attribué ces attaques à X`, `accuse X de ces frappes`, `impute les bombardements de la semaine à X`:
    the accusation is of a plural strike noun under a demonstrative or definite article (`series_nouns` in
    markers.csv), the strikes told in the sentences before."""
    nouns = markers()["series_nouns"]
    for t in verb.subtree:
        if t.pos_ == "NOUN" and fold(t.lemma_.lower()) in nouns and "Plur" in t.morph.get("Number", []):
            if any(c.dep_ == "det" and c.lower_ in {"ces", "les"} for c in t.children):
                return True
    return False


def _own_side(side: str, target: str, links: Mapping[str, str]) -> bool:
    """The target's state or one of its bodies; an armed group of that state (`les FSR` in Sudan) is not."""
    if links.get(side, side) != links.get(target, target):
        return False
    return not armed_group(side)


def _accused(verb: Token, actors: Mapping[int, Span]) -> str | None:
    """The actor an accusing verb points at: its object (`accuse Kiev`), or for `imputer` and
    `attribuer` the actor after `à` (`a imputé l'attaque aux FSR`), read on the surface up to the
    clause's end, as the parser often hangs that phrase on the object."""
    words = LOCUTIONS.get(verb.lemma_)
    if words is not None and tuple(t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 1 + len(words)]) != words:
        return None  # `a mis fin à`, `a mis le feu`: no accusation
    if verb.lemma_ not in TO_WHOM:
        for child in verb.children:
            if child.dep_ == "obj" and child.i in actors:
                return str(actors[child.i]._.actor_id)
        return None
    end = min(verb.i + REACH, verb.sent.end)
    for t in verb.doc[verb.i + 1 : end]:
        if t.text in {".", ";", "?", "!"} or t.lower_ in {"qui", "que", "dont"}:
            return None
        if t.lower_ in {"à", "aux", "au"}:
            nxt = next((x for x in verb.doc[t.i + 1 : end] if x.pos_ != "DET"), None)
            if nxt is not None and nxt.i in actors:
                return str(actors[nxt.i]._.actor_id)
    return None

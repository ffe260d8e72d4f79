"""Acts told again by another party with `faire de même`: one more event, of that party.

`Le Canada a imposé jeudi des droits de 25 % sur l'acier américain. L'Union européenne en a fait
autant le même jour.` tells two measures, yet the second sentence holds no word of a measure: `faire
de même` (`en faire autant`, `faire pareil`, `faire la même chose`) repeats the act told just before,
by the verb's subject. The new event copies that act (type, day, status) with the subject as its
initiator; its target stays the act's target, unless the subject is that target, who then answers
the act's initiator (`Washington a expulsé deux diplomates russes. Moscou a fait de même`). So does a
participle of imitating set off after the act, with its agent (`..., imité quelques heures plus tard par Y`),
and a name set off after it with an adverb of doing the same and no verb (`Paris en expulse quatre, Berlin
également`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from pipeline.events.phrases import echo_item, phrase_actors
from pipeline.nlp.syntax import sentence_number, sentence_starts
from pipeline.schema import EventMention
from pipeline.text import fold

ECHOED_TYPES = frozenset({"sanction", "strike"})
# what follows `faire` in the locutions of doing the same (`de même`, `pareil`, `autant` with `en`)
_SAME = (("de", "meme"), ("pareil",), ("autant",), ("la", "meme", "chose"))
# an echo still repeats an act told this many sentences before
WINDOW = 1


def echoed_acts(
    mentions: list[EventMention], doc: Doc, actors: Mapping[int, Span], links: Mapping[str, str]
) -> list[EventMention]:
    """The article's mentions, with one more for each `faire de même` whose subject names a party."""
    if not any(m.event_type in ECHOED_TYPES and m.source_actor and m.target_actor for m in mentions):
        return mentions
    starts = sentence_starts(doc)
    added = []
    for verb in doc:
        # `X a annoncé des sanctions, imité quelques heures plus tard par Y`: the act of its own sentence
        doer, back = _imitated_by(verb), 0
        if doer is None and echo_item(verb) and (verb.i == 0 or not echo_item(verb.doc[verb.i - 1])):
            doer = verb  # `Paris en expulse quatre, Berlin également`: the act before the comma, by Berlin
        if doer is None:
            if verb.lemma_ != "faire" or not _same_follows(verb) or not _told_done(verb):
                continue
            doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            # `X a salué l'accord, et Y a fait de même`: a `faire` coordinated in its sentence repeats that
            # sentence's act
            back = 0 if verb.dep_ == "conj" else WINDOW
        if doer is None:
            continue
        names = phrase_actors(doer, dict(actors)).core
        if len(names) != 1:
            continue
        sentence = sentence_number(starts, verb.idx)
        told = _act_told(mentions, sentence, verb.idx, back)
        if told is not None:
            echo = _echo(told, names[0], verb, sentence, links)
            if echo is not None:
                added.append(echo)
    return sorted([*mentions, *added], key=lambda m: m.trigger_start) if added else mentions


def _imitated_by(verb: Token) -> Token | None:
    """`..., imité quelques heures plus tard par les États-Unis`, `..., suivi par Y`: the agent of a participle
    of imitating (`imiter`, `suivre`) set off after the act in its sentence; None for any other word."""
    if fold(verb.lemma_) not in _IMITATING or not verb.lower_.startswith(("imit", "suivi")):
        return None
    if verb.i == 0 or not any(t.text == "," for t in verb.doc[max(verb.sent.start, verb.i - 2) : verb.i]):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ == "par" for g in c.children)
        ),
        None,
    )


_IMITATING = frozenset({"imiter", "suivre"})


def _same_follows(verb: Token) -> bool:
    """`fait de même`, `en a fait autant`, `a fait pareil`, `a fait la même chose` (`autant` with `en` only)."""
    after = [fold(t.lower_) for t in verb.doc[verb.i + 1 : verb.i + 4]]
    for words in _SAME:
        if tuple(after[: len(words)]) == words:
            return words != ("autant",) or any(fold(c.lower_) == "en" for c in verb.children)
    return False


def _told_done(verb: Token) -> bool:
    """Done: a compound past (`a fait`, `avait fait`), not a wish, a plan or an order."""
    return any(c.dep_ == "aux:tense" for c in verb.children) and verb.dep_ in {"ROOT", "conj"}


def _act_told(mentions: list[EventMention], sentence: int, start: int, back: int) -> EventMention | None:
    """The latest strike or measure naming both sides, told before `start` in its sentence or `back` before."""
    before = [
        m
        for m in mentions
        if m.event_type in ECHOED_TYPES
        and m.source_actor
        and m.target_actor
        and m.trigger_start < start
        and 0 <= sentence - m.sentence <= back
    ]
    return max(before, key=lambda m: m.trigger_start, default=None)


def _echo(told: EventMention, doer: str, verb: Token, sentence: int, links: Mapping[str, str]) -> EventMention | None:
    """The act told, done by `doer`."""

    def state(a: str | None) -> str:
        return links.get(a or "", a or "")

    if state(doer) == state(told.source_actor):
        return None  # `Washington a fait de même` after Washington's own act: the same act told again
    target = told.source_actor if state(doer) == state(told.target_actor) else told.target_actor
    sent = verb.sent
    return replace(
        told,
        trigger=verb.doc[verb.i : verb.i + 3].text,
        trigger_start=verb.idx,
        trigger_end=verb.idx + len(verb.text),
        sentence=sentence,
        sent_start=sent.start_char,
        sent_end=sent.end_char,
        evidence=sent.text,
        source_actor=doer,
        target_actor=target,
        actors=tuple(a for a in (doer, target) if a),  # the act told names both sides: never empty
        location=None,
        location_actor=None,
        refers_back=False,
        another=False,
        joins=False,
        further=False,
        similar=False,
    )

"""Whom a package hits, told in the sentence after it by the entities on its list.

`Le Royaume-Uni a annoncé mardi une nouvelle série de sanctions. Trois banques iraniennes figurent
sur la liste.`: a sanction naming its imposer's side alone takes as target the actor named in the
subject of `figurer` (`sur la liste`, `parmi les entités visées`) in one of the two sentences after
it, when that actor is not of the imposer's side.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from pipeline.events.agreement import lone_imposer
from pipeline.nlp.syntax import sentence_number, sentence_starts
from pipeline.schema import EventMention

LISTING_VERBS = frozenset({"figurer"})
TARGETED = frozenset({"viser", "sanctionner", "cible", "cibler", "visé", "sanctionné"})
WINDOW = 2  # sentences after the package where its list is read


def listed_targets(
    mentions: list[EventMention], doc: Doc, actors: Mapping[int, Span], links: Mapping[str, str]
) -> list[EventMention]:
    """Sanctions naming their imposer's side alone, completed by the side their list names next."""
    if all(lone_imposer(m, links) is None for m in mentions):
        return mentions
    starts = sentence_starts(doc)
    listed: dict[int, list[str]] = {}  # sentence -> the actors named as listed in it
    for token in doc:
        if token.lemma_ in LISTING_VERBS and _on_a_list(token):
            found = _subject_actors(token, actors)
            if found:
                listed.setdefault(sentence_number(starts, token.idx), []).extend(found)
    out = []
    for m in mentions:
        own = lone_imposer(m, links)
        if own is not None:
            target = _next_listed(m.sentence, listed, links, own)
            if target is not None:
                m = replace(m, target_actor=target, actors=(*m.actors, target))
        out.append(m)
    return out


def _on_a_list(verb: Token) -> bool:
    """`figurent sur la liste`, `figure parmi les entités visées` (not `parmi ses partenaires`)."""
    after = [t for t in verb.subtree if t.i > verb.i]
    if any(t.lower_ == "liste" for t in after):
        return True
    return any(t.lower_ == "parmi" for t in after) and any(t.lemma_.lower() in TARGETED for t in after)


def _subject_actors(verb: Token, actors: Mapping[int, Span]) -> list[str]:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    return [str(actors[t.i]._.actor_id) for s in subjects for t in s.subtree if t.i in actors]


def _next_listed(sentence: int, listed: Mapping[int, list[str]], links: Mapping[str, str], own: str) -> str | None:
    for n in range(sentence + 1, sentence + 1 + WINDOW):
        for actor in listed.get(n, []):
            if links.get(actor, actor) != own:
                return actor
    return None

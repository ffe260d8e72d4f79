"""Two measures of one sentence, each imposed by another state, answer each other.

`Le 14 mai, les surtaxes américaines ont été abaissées à 30 %, et les droits chinois à 10 %`: a
sentence of a trade dispute that tells one measure of each side, neither naming whom it hits, tells
two sanctions between those two states, each aimed at the other. Each takes the other's state as its
target; a sentence naming three imposers or more, or a measure that names its target, is left as it
is (the article's other sentences, `chains.inherit_sides`, decide then).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from pipeline.events.agreement import lone_imposer
from pipeline.schema import EventMention


def facing_measures(mentions: list[EventMention], links: Mapping[str, str]) -> list[EventMention]:
    """Lone-imposer sanctions of one sentence between exactly two states, completed by each other."""
    sides: dict[int, set[str]] = {}  # sentence -> the states imposing a measure that names no target
    for m in mentions:
        own = lone_imposer(m, links)
        if own is not None:
            sides.setdefault(m.sentence, set()).add(own)
    facing = {n: pair for n, pair in sides.items() if len(pair) == 2 and all(s.startswith("state:") for s in pair)}
    if not facing:
        return mentions
    out = []
    for m in mentions:
        own = lone_imposer(m, links)
        pair = facing.get(m.sentence)
        if own is not None and pair is not None:
            (other,) = pair - {own}
            m = replace(m, target_actor=other, actors=(*m.actors, other))
        out.append(m)
    return out

"""Strikes told one after another: the side a strike leaves unnamed is the one the article gave before.

A report of a campaign names the attacker once and then lists the places hit (`Des drones
ukrainiens ont frappé des raffineries russes. Samedi, la raffinerie de Syzran a été frappée ...`),
or names the attacker and leaves the attacked state implicit (`une frappe russe a touché un
immeuble`). A strike with only a target takes the attacker of the latest earlier strike on that
target; one with only an attacker takes the target of the latest earlier strike by that attacker.
Nothing is taken from a strike that went the other way, and no state ever strikes itself.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.schema import EventMention


def inherit_sides(mentions: list[EventMention]) -> list[EventMention]:
    """The article's mentions, strikes completed from the strikes told before them (text order).
    The latest attacker of each target and target of each attacker are kept as the text goes on,
    so a book-length document costs one pass."""
    out: list[EventMention] = []
    attacker_of: dict[str, str] = {}  # target -> attacker of the latest complete strike on it
    target_of: dict[str, str] = {}  # attacker -> target of its latest complete strike
    for m in sorted(mentions, key=lambda m: m.trigger_start):
        if m.event_type == "strike":
            m = _completed(m, attacker_of, target_of)
            if m.source_actor and m.target_actor:
                attacker_of[m.target_actor] = m.source_actor
                target_of[m.source_actor] = m.target_actor
        out.append(m)
    return out


def _completed(m: EventMention, attacker_of: dict[str, str], target_of: dict[str, str]) -> EventMention:
    if m.target_actor and not m.source_actor:
        source = attacker_of.get(m.target_actor)
        if source is not None and source != m.target_actor and source not in m.actors:
            return replace(m, source_actor=source, actors=(source, *m.actors))
    if m.source_actor and not m.target_actor and is_state(m.source_actor) and len(m.actors) == 1:
        target = target_of.get(m.source_actor)
        if target is not None and target != m.source_actor and is_state(target):
            return replace(m, target_actor=target, actors=(*m.actors, target))
    return m


def is_state(actor_id: str) -> bool:
    return actor_id.startswith("state:")

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
    """The article's mentions, strikes completed from the strikes told before them (text order)."""
    out: list[EventMention] = []
    told: list[EventMention] = []  # complete strikes so far, latest last
    for m in sorted(mentions, key=lambda m: m.trigger_start):
        if m.event_type == "strike":
            m = _completed(m, told)
            if m.source_actor and m.target_actor:
                told.append(m)
        out.append(m)
    return out


def _completed(m: EventMention, told: list[EventMention]) -> EventMention:
    if m.target_actor and not m.source_actor:
        source = next((p.source_actor for p in reversed(told) if p.target_actor == m.target_actor), None)
        if source is not None and source != m.target_actor and source not in m.actors:
            return replace(m, source_actor=source, actors=(source, *m.actors))
    if m.source_actor and not m.target_actor and is_state(m.source_actor) and len(m.actors) == 1:
        target = next((p.target_actor for p in reversed(told) if p.source_actor == m.source_actor), None)
        if target is not None and target != m.source_actor and is_state(target):
            return replace(m, target_actor=target, actors=(*m.actors, target))
    return m


def is_state(actor_id: str) -> bool:
    return actor_id.startswith("state:")

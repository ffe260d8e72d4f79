"""What the strike tests of several modules read from a parsed text: one helper, one shape."""

from __future__ import annotations

from datetime import date

from pipeline.nlp.pipeline import parse_text


def strike_sides(nlp, text: str, published: date) -> list[tuple[str | None, str | None, tuple[str, ...], str | None]]:
    """(attacker, target, participants, place) of each strike mention of a text, in text order."""
    doc = parse_text(nlp, text, published)
    return [
        (m.source_actor, m.target_actor, tuple(sorted(m.actors)), m.location)
        for m in doc._.event_mentions
        if m.event_type == "strike"
    ]

"""What the paraphrase tests of several modules read from a parsed text: one helper, one shape."""

from __future__ import annotations

from datetime import date

from pipeline.nlp.pipeline import parse_text
from pipeline.schema import EventMention

CORE = frozenset({"call", "meeting", "strike", "sanction"})


def core_mentions(nlp, text: str, published: date) -> list[EventMention]:
    """The core mentions (call, meeting, strike, sanction) of a text, in text order."""
    doc = parse_text(nlp, text, published)
    return [m for m in doc._.event_mentions if m.event_type in CORE]


def core_sides(nlp, text: str, published: date) -> set[tuple[str, str | None, str | None]]:
    """(type, source, target) of each core mention of a text."""
    return {(m.event_type, m.source_actor, m.target_actor) for m in core_mentions(nlp, text, published)}

"""A measure against those who help a state hits that state.

Packages against evasion name no state as their object but the ones helped: `Les Vingt-Sept ont
décidé de sanctionner les entités qui aident la Russie à contourner l'embargo`, `des sanctions
contre des sociétés accusées de fournir des drones à l'Iran`. A sanction naming its imposer's side
alone takes as target the first actor a helping verb (`aided_by` in markers.csv) points at after
`qui` or after `accusé de`, `soupçonné de` in the words that follow the measure, within its sentence,
when that actor is a state or one of its bodies.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from pipeline.events.agreement import lone_imposer
from pipeline.events.phrases import markers
from pipeline.schema import EventMention
from pipeline.text import fold

# words after the measure read for the helping clause, and after its verb for the side helped
REACH = 25
HELPED_REACH = 8
RELATIVE = frozenset({"qui"})
CHARGED = frozenset(
    {"accusé", "accusée", "accusés", "accusées", "soupçonné", "soupçonnée", "soupçonnés", "soupçonnées"}
)


def helped_targets(
    mentions: list[EventMention], doc: Doc, actors: Mapping[int, Span], links: Mapping[str, str]
) -> list[EventMention]:
    """Sanctions naming their imposer's side alone, completed by the side their listed entities help."""
    out = []
    for m in mentions:
        own = lone_imposer(m, links)
        if own is not None:
            span = doc.char_span(m.trigger_start, m.trigger_end, alignment_mode="expand")
            helped = _helped_side(span, actors, links, own) if span is not None else None
            if helped is not None:
                m = replace(m, target_actor=helped, actors=(*m.actors, helped))
        out.append(m)
    return out


def _helped_side(trigger: Span, actors: Mapping[int, Span], links: Mapping[str, str], own: str) -> str | None:
    doc, end = trigger.doc, min(trigger.end + REACH, trigger.sent.end)
    helping = markers()["aided_by"]
    for t in doc[trigger.end : end]:
        if t.text in {".", ";", ":"}:
            return None
        if t.lower_ in RELATIVE or t.lower_ in CHARGED:
            verb = _helping_verb(doc, t.i + 1, end, helping)
            if verb is not None:
                return _side_after(verb, end, actors, links, own)
    return None


def _helping_verb(doc: Doc, start: int, end: int, helping: frozenset[str]) -> Token | None:
    """The helping verb opening the clause: right after `qui` (pronouns and `ne` between) or after
    `accusé d'`, `soupçonné de`."""
    for t in doc[start : min(start + 3, end)]:
        if fold(t.lemma_.lower()) in helping and t.pos_ in {"VERB", "AUX", "NOUN", "ADJ"}:
            return t
        if t.pos_ not in {"PRON", "ADP", "ADV", "AUX", "PART"} and t.lower_ not in {"d'", "de", "ne", "n'"}:
            return None
    return None


def _side_after(verb: Token, end: int, actors: Mapping[int, Span], links: Mapping[str, str], own: str) -> str | None:
    for t in verb.doc[verb.i + 1 : min(verb.i + 1 + HELPED_REACH, end)]:
        if t.text in {",", ".", ";"} or t.lower_ in {"qui", "que", "dont"}:
            return None
        span = actors.get(t.i)
        if span is not None:
            side = str(span._.actor_id)
            state = links.get(side, side)
            # a state or its body: an armed group helped (`qui arment les Houthis`) is a proxy, and the
            # measure is most often told against its patron
            return side if state.startswith("state:") and state != own else None
    return None

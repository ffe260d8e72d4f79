"""A state told again by a common noun: `Le Japon a durci le ton. L'archipel avait déjà restreint
les exportations vers la Corée du Sud.`, `L'Arabie saoudite a réagi. Le royaume a expulsé
l'ambassadeur du Canada.`

A sanction or a strike naming its target alone whose acting subject is such a noun (`state_anaphor`
in markers.csv: `le pays`, `l'archipel`, `le royaume`, `la junte`), with a definite article and no
name of its own, is the act of the latest state named before its sentence, within the two sentences
before, other than the target's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from pipeline.events.phrases import markers
from pipeline.nlp.syntax import sentence_number, sentence_starts
from pipeline.schema import EventMention
from pipeline.text import fold

ANAPHOR_TYPES = frozenset({"sanction", "strike"})
DEFINITE = frozenset({"le", "la", "l'", "l’"})
WINDOW = 2  # sentences back where the state told again is looked for


def anaphoric_actors(
    mentions: list[EventMention], doc: Doc, actors: Mapping[int, Span], links: Mapping[str, str]
) -> list[EventMention]:
    """Sanctions and strikes naming their target alone, completed by the state their subject tells again."""
    if not any(m.event_type in ANAPHOR_TYPES and m.target_actor and not m.source_actor for m in mentions):
        return mentions
    starts = sentence_starts(doc)
    out = []
    for m in mentions:
        if m.event_type in ANAPHOR_TYPES and m.target_actor and not m.source_actor:
            span = doc.char_span(m.trigger_start, m.trigger_end, alignment_mode="expand")
            if span is not None and _anaphoric_subject(span.root, actors):
                state = _antecedent(doc, span.sent.start, m, actors, links, starts)
                if state is not None:
                    m = replace(m, source_actor=state, actors=(state, *m.actors))
        out.append(m)
    return out


def _anaphoric_subject(head: Token, actors: Mapping[int, Span]) -> bool:
    """The active subject of the trigger's verb (or of the verb governing a measure noun) is a state
    noun with a definite article and no name."""
    verb = head if head.pos_ in {"VERB", "AUX"} else head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    words = markers()["state_anaphor"]
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i not in actors and fold(child.lower_) in words:
            return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in child.children)
    return False


def _antecedent(
    doc: Doc, sent_start: int, m: EventMention, actors: Mapping[int, Span], links: Mapping[str, str], starts: list[int]
) -> str | None:
    """The latest state named before the sentence, within WINDOW sentences, other than the target's."""
    target = links.get(m.target_actor or "", m.target_actor or "")
    first = sentence_number(starts, doc[sent_start].idx) - WINDOW
    for i in range(sent_start - 1, -1, -1):
        if sentence_number(starts, doc[i].idx) < first:
            return None
        span = actors.get(i)
        if span is None:
            continue
        actor = str(span._.actor_id)
        state = links.get(actor, actor)
        if state.startswith("state:") and state != target:
            return state
    return None

"""A state told again by a common noun: `Le Japon a durci le ton. L'archipel avait déjà restreint
les exportations vers la Corée du Sud.`, `L'Arabie saoudite a réagi. Le royaume a expulsé
l'ambassadeur du Canada.`

A sanction or a strike naming its target alone whose acting subject is such a noun (`state_anaphor`
in markers.csv: `le pays`, `l'archipel`, `le royaume`, `la junte`), with a definite article and no
name of its own, is the act of the latest state named before its sentence, within the two sentences
before, other than the target's. In the same way, a target told by a possessive noun of relation
(`state_relation` in markers.csv: `vers son voisin`, `contre ses rivaux`) with no name of its own is
the latest state named before it, other than the acting side's: `Le Japon a retiré la Corée du Sud de
sa liste. L'archipel avait déjà restreint les exportations vers son voisin.`
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
    if not any(m.event_type in ANAPHOR_TYPES and bool(m.target_actor) != bool(m.source_actor) for m in mentions):
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
        elif m.event_type in ANAPHOR_TYPES and m.source_actor and not m.target_actor:
            span = doc.char_span(m.trigger_start, m.trigger_end, alignment_mode="expand")
            relation = _relation_target(span.root, actors) if span is not None else None
            if relation is not None:
                state = _state_before(doc, relation.i, links.get(m.source_actor, m.source_actor), actors, links, starts)
                if state is not None and state not in m.actors:
                    m = replace(m, target_actor=state, actors=(*m.actors, state))
        out.append(m)
    return out


def _relation_target(head: Token, actors: Mapping[int, Span]) -> Token | None:
    """A noun of relation with a possessive and no name (`son voisin`, `ses rivaux`) in the phrases of
    the trigger or, for a measure or strike noun, of the verb it hangs on."""
    words = markers()["state_relation"]
    verb = head if head.pos_ in {"VERB", "AUX"} else head.head
    for top in {head.i: head, verb.i: verb}.values():
        for t in top.subtree:
            if t.i in actors or fold(t.lemma_.lower()) not in words or t.pos_ != "NOUN":
                continue
            if any(c.dep_ == "det" and "Yes" in c.morph.get("Poss", []) for c in t.children):
                if not any(c.dep_ == "amod" for c in t.children):  # `son voisin pakistanais`: named
                    return t
    return None


def _state_before(
    doc: Doc, index: int, acting: str, actors: Mapping[int, Span], links: Mapping[str, str], starts: list[int]
) -> str | None:
    """The latest state named before token `index`, within WINDOW sentences before its own, other than
    the acting side's."""
    first = sentence_number(starts, doc[index].idx) - WINDOW
    for i in range(index - 1, -1, -1):
        if sentence_number(starts, doc[i].idx) < first:
            return None
        span = actors.get(i)
        if span is None or i != span.start:
            continue
        actor = str(span._.actor_id)
        state = links.get(actor, actor)
        if state.startswith("state:") and state != acting:
            return state
    return None


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
    return _state_before(doc, sent_start, target, actors, links, starts)

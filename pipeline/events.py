"""The `event_extractor` component: triggers -> event mentions with participants, date, place, status.

Each trigger found by `event_triggers` becomes one `EventMention` holding its evidence sentence and
character offsets, so every row of the timeline can be checked against the text.
"""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.event_arguments import actor_index, event_arguments, governing_verb
from pipeline.event_status import event_status
from pipeline.event_triggers import Trigger, TriggerMatcher, load_triggers
from pipeline.extensions import ACTORS_KEY, DATES_KEY, PLACES_KEY, register_extensions
from pipeline.schema import DateValue, EventMention

register_extensions()

# How far up the parse a date may sit from the trigger and still govern it.
MAX_DATE_HOPS = 4


@Language.factory(
    "event_extractor",
    default_config={"triggers_path": None},
    assigns=["doc._.event_mentions"],
    requires=["token.dep", "token.lemma", "token.morph"],
)
def make_event_extractor(nlp: Language, name: str, triggers_path: str | None) -> EventExtractor:
    """spaCy factory: the trigger lexicon is read once, from `models/events/triggers.csv` by default."""
    rules = load_triggers(Path(triggers_path)) if triggers_path else load_triggers()
    return EventExtractor(TriggerMatcher(nlp.vocab, rules))


class EventExtractor:
    """Thin wrapper: find triggers, then build one mention per trigger."""

    def __init__(self, matcher: TriggerMatcher) -> None:
        self.matcher = matcher

    def __call__(self, doc: Doc) -> Doc:
        doc._.event_mentions = extract_event_mentions(doc, self.matcher.find_triggers(doc))
        return doc


def extract_event_mentions(doc: Doc, triggers: list[Trigger]) -> list[EventMention]:
    """One `EventMention` per trigger that names at least one participant."""
    actors, places = actor_index(doc, ACTORS_KEY), actor_index(doc, PLACES_KEY)
    dates = [s for s in doc.spans.get(DATES_KEY, []) if _usable_date(s._.date_value)]
    sentence_numbers = {s.start: n for n, s in enumerate(doc.sents)}
    mentions = []
    for trigger in triggers:
        args = event_arguments(trigger.head, trigger.event_type, trigger.cameo, actors, places)
        if not args.actors:
            continue
        sent = trigger.head.sent
        date_span = governing_date(trigger.head, [d for d in dates if d.sent.start == sent.start])
        confidence = trigger.confidence * (1.0 if args.from_parse else 0.6)
        mentions.append(EventMention(
            article=doc._.article_id or "",
            event_type=trigger.event_type,
            trigger=trigger.span.text,
            trigger_start=trigger.span.start_char,
            trigger_end=trigger.span.end_char,
            sentence=sentence_numbers[sent.start],
            sent_start=sent.start_char,
            sent_end=sent.end_char,
            evidence=sent.text.strip(),
            status=event_status(trigger.head),
            actors=args.actors,
            source_actor=args.source,
            target_actor=args.target,
            location=args.location,
            date=date_span._.date_value if date_span is not None else None,
            cameo=trigger.cameo,
            plover=trigger.plover,
            confidence=round(confidence, 2),
        ))
    return mentions


def governing_date(head: Token, date_spans: list[Span]) -> Span | None:
    """The date of the trigger's own clause: attached to it in the parse first, else the sentence's only date."""
    anchors = {head.i}
    verb = governing_verb(head) if head.pos_ not in {"VERB", "AUX"} else None
    if verb is not None:
        anchors.add(verb.i)
    attached = [d for d in date_spans if _hops_to(d.root, anchors) is not None]
    if attached:
        return min(attached, key=lambda d: (_hops_to(d.root, anchors), abs(d.start - head.i)))
    same_clause = [d for d in date_spans if _clause_root(d.root) == _clause_root(head)]
    if len(same_clause) == 1:
        return same_clause[0]
    if len(date_spans) == 1 and not same_clause:
        return date_spans[0]
    return None


def _usable_date(value: DateValue | None) -> bool:
    return value is not None and value.kind in {"date", "interval"}


def _hops_to(token: Token, anchors: set[int]) -> int | None:
    t = token
    for hops in range(MAX_DATE_HOPS + 1):
        if t.i in anchors:
            return hops
        if t.head.i == t.i or t.dep_ == "conj" or (t.dep_ in {"acl:relcl", "ccomp", "advcl"} and hops > 0):
            return None
        t = t.head
    return None


def _clause_root(token: Token) -> int:
    t = token
    while t.head.i != t.i and t.dep_ not in {"acl:relcl", "advcl", "ccomp", "parataxis", "xcomp"}:
        t = t.head
    return t.i


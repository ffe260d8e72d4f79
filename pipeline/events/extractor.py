"""The `event_extractor` component: triggers -> event mentions with participants, date, place, status.

Each trigger found by `event_triggers` becomes an `EventMention` holding its evidence sentence and
character offsets, so every row of the timeline can be checked against the text. Two triggers of
one type in one clause describe one event (`une attaque contre le Kremlin, visant le bureau de
Poutine`); a plural trigger with several targets stands for one event per target (`des attaques
contre des raffineries hongroises et roumaines`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.events.arguments import Arguments, event_arguments, governing_verb, is_anaphoric
from pipeline.events.phrases import actor_index, inside_venue
from pipeline.events.status import event_status
from pipeline.events.triggers import Trigger, TriggerMatcher, load_triggers
from pipeline.nlp.extensions import ACTORS_KEY, DATES_KEY, PLACES_KEY, register_extensions
from pipeline.nlp.syntax import clause_root, finite_clause_root, sentence_number, sentence_starts
from pipeline.schema import DateValue, EventMention

register_extensions()

# How far up the parse a date may sit from the trigger and still govern it.
MAX_DATE_HOPS = 4


@Language.factory(
    "news_event_extractor",
    default_config={"triggers_path": None},
    assigns=["doc._.event_mentions"],
    requires=["token.dep", "token.lemma", "token.morph"],
)
def make_event_extractor(nlp: Language, name: str, triggers_path: str | None) -> EventExtractor:
    """spaCy factory: the trigger lexicon is read once, from `models/events/triggers.csv` by default."""
    rules = load_triggers(Path(triggers_path)) if triggers_path else load_triggers()
    return EventExtractor(TriggerMatcher(nlp.vocab, rules))


class EventExtractor:
    """Thin wrapper: find triggers, then build the mentions."""

    def __init__(self, matcher: TriggerMatcher) -> None:
        self.matcher = matcher

    def __call__(self, doc: Doc) -> Doc:
        doc._.event_mentions = extract_event_mentions(doc, self.matcher.find_triggers(doc))
        return doc


def extract_event_mentions(doc: Doc, triggers: list[Trigger]) -> list[EventMention]:
    """Event mentions of a parsed, resolved doc. Mentions without participants are kept only when
    they refer back to an event (`l'appel`), for merging to attach them to it."""
    actors, places = actor_index(doc, ACTORS_KEY), actor_index(doc, PLACES_KEY)
    dates = [s for s in doc.spans.get(DATES_KEY, []) if _usable_date(s._.date_value)]
    starts = sentence_starts(doc)
    heads = {t.head.i for t in triggers}
    built: list[tuple[Trigger, Arguments]] = []
    for trigger in triggers:
        others = frozenset(heads - {trigger.head.i})
        args = event_arguments(
            trigger.head, trigger.event_type, trigger.cameo, actors, places, others, verb_trigger=_lexicon_verb(trigger)
        )
        if args.actors or (trigger.head.pos_ == "NOUN" and is_anaphoric(trigger.head)):
            built.append((trigger, args))
    mentions = []
    for trigger, args in _combine_same_clause(built):
        sent = trigger.head.sent
        same_sentence = [d for d in dates if d.sent.start == sent.start]
        date_span = governing_date(trigger.head, same_sentence, heads - {trigger.head.i})
        base = EventMention(
            article=doc._.article_id or "",
            event_type=trigger.event_type,
            trigger=trigger.span.text,
            trigger_start=trigger.span.start_char,
            trigger_end=trigger.span.end_char,
            sentence=sentence_number(starts, sent.start_char),
            sent_start=sent.start_char,
            sent_end=sent.end_char,
            evidence=sent.text.strip(),
            status=event_status(trigger.head),
            actors=args.actors,
            source_actor=args.source,
            target_actor=args.target,
            location=args.location,
            location_actor=args.location_actor,
            date=date_span._.date_value if date_span is not None else None,
            cameo=trigger.cameo,
            plover=trigger.plover,
            confidence=round(trigger.confidence * (1.0 if args.from_parse else 0.6), 2),
        )
        mentions.extend(_split_plural(_dated_status(base, doc._.published), trigger.head, args))
    return mentions


def _dated_status(mention: EventMention, published) -> EventMention:
    """An event the text dates after the publication day has not happened yet: `planned`
    (`Xi Jinping est attendu à Moscou la semaine prochaine`)."""
    value = mention.date
    if mention.status == "occurred" and published and value is not None and value.start and value.start > published:
        return replace(mention, status="planned")
    return mention


def governing_date(head: Token, date_spans: list[Span], other_triggers: set[int] = frozenset()) -> Span | None:
    """The date of the trigger's own clause: attached to it in the parse first, else the clause's
    only date that no other trigger claims."""
    anchors = {head.i}
    verb = governing_verb(head) if head.pos_ not in {"VERB", "AUX"} else None
    if verb is not None:
        anchors.add(verb.i)
    attached = [d for d in date_spans if _hops_to(d.root, anchors) is not None]
    if attached:
        return min(attached, key=lambda d: (_hops_to(d.root, anchors), abs(d.start - head.i)))
    free = [d for d in date_spans if _hops_to(d.root, set(other_triggers)) is None]
    same_clause = [d for d in free if clause_root(d.root).i == clause_root(head).i]
    if len(same_clause) == 1:
        return same_clause[0]
    if len(free) == 1 and len(date_spans) == 1 and not same_clause:
        return free[0]
    return None


def _combine_same_clause(built: list[tuple[Trigger, Arguments]]) -> list[tuple[Trigger, Arguments]]:
    """Triggers of one type in one clause whose participants are not disjoint pairs: one event."""
    out: list[tuple[Trigger, Arguments]] = []
    for trigger, args in built:
        partner = next((k for k, (t, a) in enumerate(out) if _same_event(t, a, trigger, args)), None)
        if partner is None:
            out.append((trigger, args))
            continue
        t0, a0 = out[partner]
        primary, secondary = (
            ((t0, a0), (trigger, args)) if len(a0.actors) >= len(args.actors) else ((trigger, args), (t0, a0))
        )
        p_args, s_args = primary[1], secondary[1]
        merged = replace(
            p_args,
            actors=tuple(dict.fromkeys(p_args.actors + s_args.actors)),
            source=p_args.source or s_args.source,
            target=p_args.target or s_args.target,
            location=p_args.location or s_args.location,
            location_actor=p_args.location_actor or s_args.location_actor,
            targets=tuple(dict.fromkeys(p_args.targets + s_args.targets)),
        )
        out[partner] = (primary[0], merged)
    return out


def _same_event(t1: Trigger, a1: Arguments, t2: Trigger, a2: Arguments) -> bool:
    if t1.event_type != t2.event_type or t1.head.sent.start != t2.head.sent.start:
        return False
    if finite_clause_root(t1.head).i != finite_clause_root(t2.head).i or _coordinated(t1.head, t2.head):
        return False
    if inside_venue(t1.head) != inside_venue(t2.head):  # `rencontré Y en marge du sommet`
        return False
    disjoint_pairs = len(a1.actors) >= 2 and len(a2.actors) >= 2 and not set(a1.actors) & set(a2.actors)
    return not disjoint_pairs


def _coordinated(a: Token, b: Token) -> bool:
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)


def _split_plural(mention: EventMention, head: Token, args: Arguments) -> list[EventMention]:
    """`des attaques contre des raffineries hongroises et roumaines`: one strike per target."""
    plural = head.pos_ == "NOUN" and "Plur" in head.morph.get("Number")
    if not (plural and mention.event_type == "strike" and len(args.targets) >= 2):
        return [mention]
    out = []
    for target in args.targets:
        actors = tuple(a for a in mention.actors if a == target or a == args.source or a not in args.targets)
        out.append(replace(mention, actors=actors, target_actor=target))
    return out


def _lexicon_verb(trigger: Trigger) -> bool | None:
    """The lexicon's word class when the tagger disagrees (`sanctionne` tagged as a noun)."""
    if trigger.kind == "verb" and trigger.head.pos_ not in {"VERB", "AUX"}:
        return True
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

"""The `event_extractor` component: triggers -> event mentions with participants, date, place, status.

Each trigger found by `event_triggers` becomes an `EventMention` holding its evidence sentence and
character offsets, so every row of the timeline can be checked against the text. Two triggers of
one type in one clause describe one event (`une attaque contre le Kremlin, visant le bureau de
Poutine`); a plural trigger with several targets stands for one event per target (`des attaques
contre des raffineries hongroises et roumaines`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import replace
from datetime import date, timedelta
from itertools import chain
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.dates.cues import is_cue
from pipeline.dates.discourse import counted_anchor
from pipeline.dates.lexicon import number_value, temporal_words, unit_of
from pipeline.dates.liveblog import LiveBlog, live_blog
from pipeline.dates.normalize import normalize_date
from pipeline.dates.tense import verb_tense
from pipeline.events.accused import accused_attackers
from pipeline.events.agreement import affiliation_links, lone_imposer, state_links
from pipeline.events.aided import helped_targets
from pipeline.events.aims import aimed_targets, targets_told_after
from pipeline.events.anaphors import anaphoric_actors
from pipeline.events.arguments import (
    Arguments,
    acting_relatives,
    children_through_dates,
    date_root_over,
    event_arguments,
    governing_verb,
    is_anaphoric,
    is_medium,
    praised_from_outside,
    reporting_tail,
    sponsored,
    strike_frames,
    threatened_party,
    undergoer_verbs,
    verb_over_date,
)
from pipeline.events.attendance import joined_meetings
from pipeline.events.chains import announced_imposers, inherit_sides, reported_attackers
from pipeline.events.clauses import (
    OBJECT,
    PASSIVE_SUBJECT,
    PURPOSE_MARKS,
    SUBJECT,
    aside_of,
    compound_infinitive,
    detached_auxiliary,
    has_possessive_article,
    has_purpose_mark,
    intent_noun_before,
    is_gerund,
    is_purpose_clause,
    office_state,
    participle_subject_tokens,
    passive_voice,
    prepared_by_infinitive,
    subject_bodies,
    under_afin,
    verb_above,
)
from pipeline.events.cluster import span_of
from pipeline.events.demonstratives import told_by_demonstrative
from pipeline.events.domain import may_use_folded
from pipeline.events.echoes import echoed_acts
from pipeline.events.facing import facing_measures
from pipeline.events.gazetteer import country_of_name
from pipeline.events.listed import listed_targets
from pipeline.events.measures import clause_rates, measure_of, other_measure, per_imposer, per_state
from pipeline.events.phrases import (
    EARLIER,
    VENUE_NOUNS,
    VENUE_PREPS,
    actor_country,
    actor_index,
    answered_by_riposte,
    date_tokens,
    inside_venue,
    is_locative,
    is_time_anchor,
    is_venue,
    markers,
    phrase_places,
    preposition,
    retaliated,
    saying_verbs,
    span_counted_to,
)
from pipeline.events.sequence import (
    BARE_EXCHANGE_RULES,
    NEUTRAL_TALK_RULES,
    TALK_OR_CALL_RULES,
    TALK_TYPES,
    also_calls,
    counted_several,
    following_calls,
    held_exchanges,
    next_in_series,
    recalled_calls,
    resumed_calls,
    split_each_one,
    split_first_imposition,
    split_gapped_measures,
    split_gapped_ordinals,
    split_gapped_strikes,
    split_gapped_talks,
    split_repeated_talks,
    split_rounds,
    split_sequence,
    titled_meetings,
    told_calls,
)
from pipeline.events.status import (
    clause_chain,
    event_status,
    foreseen_plan,
    held_as_foreseen,
    status_cues,
    takes_place,
    tenseless,
)
from pipeline.events.triggers import Trigger, TriggerMatcher, counted_partitive, load_triggers
from pipeline.nlp.extensions import ACTORS_KEY, DATES_KEY, PLACES_KEY, register_extensions
from pipeline.nlp.syntax import (
    clause_root,
    finite_clause_root,
    has_auxiliary,
    index_sentences,
    sentence_number,
    sentence_starts,
    sentences_kept,
)
from pipeline.nlp.tokens import lower_texts
from pipeline.schema import CORE_EVENT_TYPES, DateValue, EventMention, EventStatus
from pipeline.text import DEMONSTRATIVES, FRENCH_ARTICLES, fold

register_extensions()

# How far up the parse a date may sit from the trigger and still govern it.
MAX_DATE_HOPS = 4
_CLAUSE_AFTER_MARK = frozenset({"parataxis", "conj", "advcl"})  # how the parser links two clauses either side of `:`
# Clauses that hang below another word and speak of their own events.
_EMBEDDED_DEPS = frozenset({"ccomp", "acl:relcl", "acl", "advcl", "csubj", "parataxis"})
YEAR = re.compile(r"\b\d{4}\b")
# How many sentences after a strike naming no attacker a claim still completes it (as merge does).
CLAIM_WINDOW = 3


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
        index_sentences(doc)
        with sentences_kept(doc):
            doc._.event_mentions = extract_event_mentions(doc, self.matcher.find_triggers(doc))
        return doc


def _previous_sentence_heads(head: Token, heads: dict[int, set[int]]) -> frozenset[int]:
    """Trigger heads of the sentence before `head`'s: an event told there may be what a definite
    noun refers back to."""
    start = head.sent.start
    return frozenset(heads.get(head.doc[start - 1].sent.start, ())) if start > 0 else frozenset()


def set_aside_by(trigger: Trigger, calls: Set[int], others: frozenset[int], same_sentence: list[Trigger]) -> str | None:
    """The name of the first rule that sets a trigger aside before its arguments are read (a talk held by
    a call, an item of a topic list, a habit, a series of measures, ...), or None. `calls` are the heads of
    the document's call triggers, `others` the heads of the other triggers of its sentence, `same_sentence`
    that sentence's triggers; `make eval-misses` reports these names for the checking part."""
    head, kind = trigger.head, trigger.event_type
    talk, sanction = kind in TALK_TYPES, kind == "sanction"
    rules: tuple[tuple[str, Callable[[], bool]], ...] = (
        ("held_by_call", lambda: kind == "meeting" and _held_by_call(head, calls)),
        ("topic_list_item", lambda: _topic_list_item(head)),
        ("halted", lambda: kind == "strike" and _halted(head)),
        ("repeated", lambda: _repeated(head)),
        ("habitual_noun", lambda: _habitual_noun(head, series=talk)),
        ("counted_series", lambda: sanction and _counted_series(head)),
        ("series_listed_after", lambda: sanction and _series_listed_after(head)),
        ("no_measure", lambda: sanction and _no_measure(head)),
        ("lived_under", lambda: sanction and _lived_under(head)),
        ("demanded", lambda: sanction and _demanded(head)),
        ("debated", lambda: sanction and _debated(head)),
        ("absent_since", lambda: talk and _absent_since(head)),
        ("talks_aimed_at", lambda: talk and _talks_aimed_at(head)),
        # `a présenté l'opération comme une riposte`: what the operation was, not another event
        ("described_as", lambda: _described_as(head, others)),
        # `deux sessions de pourparlers`: the talks inside hold the event, one mention
        ("talks_counted_by", lambda: kind == "meeting" and _talks_counted_by(head, same_sentence)),
    )
    return next((name for name, hit in rules if hit()), None)


def extract_event_mentions(doc: Doc, triggers: list[Trigger]) -> list[EventMention]:
    """Event mentions of a parsed, resolved doc. Mentions without participants are kept only when
    they refer back to an event (`l'appel`), for merging to attach them to it."""
    if not triggers:
        return []  # most articles of a mixed feed: nothing below would find a mention
    actors, places = actor_index(doc, ACTORS_KEY), actor_index(doc, PLACES_KEY)
    # most articles have no `sauf` nor `en soutien à`: no name is then walked up or read around for one
    exceptions = may_use_folded(doc, tuple(markers()["exception"]))
    alongside = may_use_folded(doc, tuple(markers()["alongside"]))
    actors = {
        i: s
        for i, s in actors.items()
        if not _inside_place(s, places, actors)
        and not (exceptions and _excepted(s.root))
        and not (alongside and _stood_with(s))
    }
    dates = [s for s in doc.spans.get(DATES_KEY, []) if _usable_date(s._.date_value)]
    starts = sentence_starts(doc)
    # Other triggers' heads, by sentence: a parse never links two sentences, and a set of the whole
    # document's heads per trigger was quadratic on book-length documents.
    heads: dict[int, set[int]] = {}
    by_sentence: dict[int, list[Trigger]] = {}
    for t in triggers:
        heads.setdefault(t.head.sent.start, set()).add(t.head.i)
        by_sentence.setdefault(t.head.sent.start, []).append(t)
    calls = {t.head.i for t in triggers if t.event_type == "call"}
    strikes = {t.head.i for t in triggers if t.event_type == "strike"}
    pairs = {t.head.i for t in triggers if t.event_type in TALK_TYPES and _pair_told(t.head)}
    built: list[tuple[Trigger, Arguments]] = []
    bare: set[int] = set()  # strikes naming no side: dated, they take the sides told before (chains)
    struck_only: set[int] = set()  # strikes naming the side struck only
    unnamed: set[int] = set()  # the ones of them kept for that alone: dropped unless they take sides
    imposed_bare: set[int] = set()  # measure nouns naming no side, told with the verb that imposed them
    recalled: set[int] = set()  # the same, pointed back to (`ces sanctions avaient été décidées en 2020`)
    acted: set[int] = set()  # measure nouns a verb acts on (`a prolongé les sanctions`)
    strangers: set[int] = set()  # strikes by attackers told and left unknown (`des hommes armés ont attaqué`)
    rounds: set[int] = set()  # rounds naming no side, told under a time anchor
    dateless: set[int] = set()  # the ones of them with no day of their own: dropped
    blows = {t.span.start_char for t in triggers if t.rule_id in markers()["metaphor_strike"] and _bare_blow(t.head)}
    economic = {t.span.start_char for t in triggers if t.span.start_char in blows and _economic_blow(t.head)}
    for trigger in triggers:
        others = frozenset(heads[trigger.head.sent.start] - {trigger.head.i})
        if set_aside_by(trigger, calls, others, by_sentence[trigger.head.sent.start]) is not None:
            continue
        args = event_arguments(
            trigger.head,
            trigger.event_type,
            trigger.cameo,
            actors,
            places,
            others,
            verb_trigger=_lexicon_verb(trigger),
            other_strikes=others & strikes,
            previous_triggers=_previous_sentence_heads(trigger.head, heads),
        )
        if trigger.event_type in TALK_TYPES and _interview(args.actors):
            continue  # `lors d'un entretien avec la chaîne CNN`: a media interview, not talks
        if trigger.event_type in TALK_TYPES and _business_talk(args.actors, trigger.head):
            continue  # `les patrons de Toyota et de Panasonic se sont rencontrés`: firms, not states
        if trigger.event_type == "strike" and args.target is None and _into_sea(trigger.head):
            continue  # `a tiré deux missiles balistiques en mer du Japon`: a launch at no target
        if trigger.event_type == "strike" and args.target is None and _overseen_launch(trigger.head):
            continue  # `a supervisé un tir de missile de croisière`: a test watched, at no target
        if trigger.event_type == "strike" and _escort_interception(trigger.head):
            continue  # `une frégate a abattu deux drones qui menaçaient un cargo`: a guard at sea, no side struck
        if trigger.rule_id in markers()["two_sided"] and _one_side(args.actors, actors):
            continue  # `X a dit au téléphone que ...`: said on the phone to no one named, no call told
        if trigger.rule_id in markers()["reach_only"] and args.target is None:
            continue  # `Les mesures de Paris visent les fumeurs`: a measure that reaches no other side
        if trigger.rule_id in markers()["gathering"] and len(args.actors) == 1 and args.actors[0].startswith("state:"):
            continue  # `Le gouvernement britannique a convoqué une réunion d'urgence`: one state's own meeting
        if not args.actors and trigger.event_type == "strike" and _bare_strike(trigger.head):
            bare.add(trigger.span.start_char)
        if args.actors and not args.source and trigger.event_type == "strike" and _bare_strike(trigger.head):
            struck_only.add(trigger.span.start_char)  # `Une roquette a touché Kiryat Shmona`: no attacker
        if not args.actors and trigger.event_type == "sanction" and _imposed_by_verb(trigger.head):
            imposed_bare.add(trigger.span.start_char)
        if trigger.event_type == "strike" and not args.source and _unknown_attacker(trigger.head, actors):
            strangers.add(trigger.span.start_char)
        if not args.actors and trigger.event_type == "sanction" and _imposed_by_verb(trigger.head, repeat=True):
            recalled.add(trigger.span.start_char)
        if trigger.event_type == "sanction" and _acted_on(trigger.head):
            acted.add(trigger.span.start_char)
        if args.actors or (trigger.head.pos_ == "NOUN" and is_anaphoric(trigger.head)):
            built.append((trigger, args))
        elif trigger.head.i in pairs:
            built.append((trigger, args))  # `leur dernière rencontre remonte à mai`: the pair told before
        elif trigger.event_type == "meeting" and _another(trigger.head) and _unnamed_round(trigger, actors, heads):
            built.append((trigger, args))  # `une deuxième session doit se tenir samedi`: a further round
        elif trigger.event_type == "strike" and _further_strike(trigger.head):
            built.append((trigger, args))  # `le lendemain, les bombardements ont repris`: a further strike
        elif trigger.event_type == "meeting" and _anchored_round(trigger.head):
            built.append((trigger, args))  # `après une première session le 16 mai`: an earlier round
            rounds.add(trigger.span.start_char)  # kept only when dated
        elif trigger.span.start_char in bare:
            built.append((trigger, args))
            unnamed.add(trigger.span.start_char)  # kept only if it takes sides
    if not built:
        return []
    dates_by_sentence: dict[int, list[Span]] = {}  # one pass: a book-length doc has thousands of each
    for d in dates:
        dates_by_sentence.setdefault(d.sent.start, []).append(d)
    unresolved_by_sentence: dict[int, list[Span]] = {}  # `deux jours après une frappe`, left undated
    told: dict[int, list[DateValue | None]] = {}  # sentence number -> its dates, resolved or not
    headings: dict[int, DateValue] = {}  # `Jeudi 3 avril.`: a sentence that is only a day
    date_words = date_tokens(doc)
    for d in doc.spans.get(DATES_KEY, []):
        if _unresolved_date(d._.date_value):
            unresolved_by_sentence.setdefault(d.sent.start, []).append(d)
        number = sentence_number(starts, d.sent.start_char)
        if _background_relative(clause_root(d.root)):
            continue  # `en riposte aux tirs qui avaient touché un destroyer le 12 janvier`: not the story's day
        if _noun_label_day(d.root, date_words):
            continue  # `l'a invité pour le défilé du 9 mai`: the day of that parade, not the story's
        if _same_day_with_none_before(d, number):
            continue  # `X frappe Y et Z le même jour`: no day told before it for it to repeat
        told.setdefault(number, []).append(d._.date_value)
        if (
            _day_alone(d, doc._.published)
            or _day_before_dash(d, doc._.published)
            or _arrival_day(d, doc._.published)
            or (
                number <= LEDE_SENTENCES
                and not any(n < number for n in told)  # the article's first day told
                and _lede_day(d, doc._.published, dates_by_sentence)
            )
        ):
            headings[number] = d._.date_value
    statuses = {t.head.i: _status_of(t) for t, _ in built}
    ending: set[int] = set()  # talks under way told by the day they end: that day is not theirs
    for t, _ in built:
        if t.event_type in TALK_TYPES:
            statuses[t.head.i] = _status_of_journey(t.head, statuses) or statuses[t.head.i]
        if t.event_type in TALK_TYPES and _under_way(t.head) and statuses[t.head.i] == "planned":
            statuses[t.head.i] = "occurred"  # `la réunion doit s'achever jeudi`: it is being held
            ending.add(t.head.i)
    blog = live_blog(doc, dates, doc._.published)
    mentions = []
    background: set[int] = set()  # triggers told in the imperfect or pluperfect (`avait rencontré`)
    apart: set[int] = set()  # `quelques minutes plus tôt, X avait frappé Y`: of the day told before
    counted: set[int] = set()  # `trois jours après son sommet`: dated back from the clause's day
    resumed: set[int] = set()  # `s'est de nouveau entretenu avec X`: perhaps a call told again
    neutral: set[int] = set()  # `s'est entretenu avec X`, `cette discussion`: perhaps a call told elsewhere
    exchanges: set[int] = set()  # a bare `échange`: perhaps a meeting told just before
    also: set[int] = set()  # `s'est lui aussi entretenu avec X`: perhaps one more call of a series
    foreseen: set[int] = set()  # `devaient se voir lundi`: a plan told as it stood before; perhaps told held too
    partners: dict[int, Token] = {}
    occasions: dict[str, tuple[int, DateValue]] = {}  # participant -> its latest dated talk held
    measure_days: dict[str, tuple[int, DateValue]] = {}  # imposer -> its latest dated measure taken
    last_meeting: DateValue | None = None  # `Pendant le sommet, X a frappé Y`: the day of the meeting held told last
    meeting_heads = {t.head.i for t, _ in built if t.event_type == "meeting"}
    strikes_in = Counter(t.head.sent.start for t in triggers if t.event_type == "strike")  # per sentence
    strike_heads = frozenset(t.head.i for t in triggers if t.event_type == "strike")
    unclaimed = -CLAIM_WINDOW - 1  # sentence of the latest strike naming no attacker
    for trigger, args in _combine_same_clause(built, partners):
        sent = trigger.head.sent
        same_sentence = dates_by_sentence.get(sent.start, [])
        unresolved = unresolved_by_sentence.get(sent.start, [])
        number = sentence_number(starts, sent.start_char)
        date_span = governing_date(
            trigger.head,
            same_sentence,
            heads[sent.start] - {trigger.head.i},
            unresolved,
            told_after=trigger.event_type == "strike",
            after_unclaimed=trigger.event_type == "strike" and 0 < number - unclaimed <= CLAIM_WINDOW,
            event_type=trigger.event_type,
        )
        if trigger.event_type == "strike" and not args.sources:
            unclaimed = number
        if trigger.head.i in ending:
            date_span = None  # the day it ends, not the day it was held
        if (
            date_span is not None
            and _since_event(trigger.head)
            and date_span.root not in trigger.head.subtree
            and not _set_off_after(trigger.head, date_span.start)
        ):
            date_span = None  # `se sont parlé jeudi, pour la première fois depuis leur sommet`: an earlier day
        if (
            date_span is not None
            and trigger.event_type == "strike"
            and _previous_talk(trigger.head)
            and date_span.root not in trigger.head.subtree
        ):
            date_span = None  # `a convoqué mercredi X après la mort d'un pêcheur dans une frappe précédente`
        if date_span is not None and trigger.event_type in TALK_TYPES and _judged_talk(trigger.head, date_span):
            date_span = None  # `a défendu mardi ce sommet`: the day it was defended, the talk told before
        if (
            date_span is not None
            and trigger.event_type in TALK_TYPES
            and prepared_by_infinitive(trigger.head)
            and date_span.start < trigger.head.i
            and date_span.root not in trigger.head.subtree
        ):
            date_span = None  # `est arrivé mercredi pour préparer un sommet entre X et Y`: the day of the trip
        if date_span is not None and trigger.event_type == "sanction" and praised_from_outside(trigger.head):
            if date_span.root not in trigger.head.subtree:
                date_span = None  # `a salué lundi l'embargo décrété par X`: the day it was praised
        answered = date_span is not None and _answered_act(trigger, date_span)
        if answered:
            date_span = None  # `a imposé jeudi des droits en représailles aux surtaxes de X`: told before
        if trigger.span.start_char in rounds and (date_span is None or date_span.root not in trigger.head.subtree):
            dateless.add(trigger.span.start_char)  # `après une première session à Rome`: the clause's day
        if trigger.event_type == "sanction":
            date_span, decided = _measure_date(trigger.head, date_span, same_sentence, doc._.published)
            if decided and statuses[trigger.head.i] == "planned":  # decided that day: done, whatever it applies
                statuses[trigger.head.i] = "occurred"
            participle = _deciding_participle(trigger.head)
            if participle is not None and statuses[trigger.head.i] == "planned":
                statuses[trigger.head.i] = "occurred"  # `les droits imposés par X entreront en vigueur mardi`
                if date_span is not None and date_span.root not in participle.subtree:
                    date_span = None  # the day they apply, not the day they were decided
        partner = partners.get(trigger.head.i)
        if partner is not None:  # `s'est rendu mardi à Damas, où il a rencontré X`
            talks_day = governing_date(partner, same_sentence, heads[sent.start] - {partner.i}, unresolved)
            told_there = (
                trigger.head.is_ancestor(partner) and talks_day is not None and talks_day.root in partner.subtree
            )
            if date_span is None or told_there:
                # `se rendra à Londres, où il doit rencontrer X le 10 juillet, puis gagnera Helsinki le 13`:
                # the day the talks at the destination are told with is the meeting's
                date_span = talks_day or date_span
        measure = trigger.event_type == "sanction"
        new_measure = measure and not _given_subject(trigger.head)  # `les sanctions européennes visent aussi`: given
        further = new_measure and (
            any(_told_with(v, "further_measure", alone=True) for v in _measure_verbs(trigger.head))
            or _additional(trigger.head)
        )
        joins = further or (new_measure and _told_with(_act_verb(trigger.head), "further_measure"))
        # `Paris en expulse quatre`: `en` counts out the measure told before, against its target
        joins = joins or (measure and counted_partitive(trigger.head))
        # `des mesures similaires`: a measure like the one told before, against its target
        similar = measure and _qualified(trigger.head, "similar_measure")
        entry = blog.day_at(trigger.head.idx) if blog is not None else None  # the live blog entry's day
        counted_day = _counted_back(trigger.head, unresolved, same_sentence, entry) if date_span is None else None
        if counted_day is not None:
            counted.add(trigger.span.start_char)  # `trois jours après son sommet`: an earlier day, not the story's
        entry_day = _entry_day(blog, trigger.head, statuses) if date_span is None and counted_day is None else None
        if trigger.event_type == "strike" and _claimed(trigger.head) and _claim_denied(trigger.head):
            # `Les FSR n'ont pas revendiqué ces frappes`: who denies nothing names no side of the strike told
            args = replace(args, actors=(), source=None, target=None, targets=(), sources=())
        elif trigger.event_type == "strike" and _claimed(trigger.head):
            args = _claim_sides(trigger.head, args, actors)
        if measure and measure_of(trigger.rule_id) == "tariff" and args.source is None:
            args = _importer_imposes(trigger.head, args, actors)
        if date_span is not None and _same_day_with_none_before(date_span, number):
            # `Israël frappe le Liban et la Syrie le même jour`: the first sentence has no day before it; the
            # two acts share a day the body tells, not the publication's
            date_span = None
        if date_span is not None and statuses[trigger.head.i] == "negated" and _opens_with_since(date_span.text):
            date_span = None  # `n'avaient pas tenu de sommet depuis 2015`: how long none was held, no day of one
        if trigger.rule_id == "call_echange" and _exchange_held_at(trigger.head, places):
            # `Les deux dirigeants ont eu un échange d'une heure mardi à Pékin`: held in one place, in person
            trigger = replace(trigger, event_type="meeting", cameo="040", plover="CONSULT")
        base = EventMention(
            article=doc._.article_id or "",
            event_type=trigger.event_type,
            trigger=trigger.span.text,
            trigger_start=trigger.span.start_char,
            trigger_end=trigger.span.end_char,
            sentence=number,
            sent_start=sent.start_char,
            sent_end=sent.end_char,
            evidence=sent.text.strip(),
            status=statuses[trigger.head.i],
            actors=args.actors,
            source_actor=args.source,
            target_actor=args.target,
            location=args.location or _struck_seat(trigger, args, actors),
            location_actor=args.location_actor,
            date=(
                _days_in_a_row(_lasting(_shifted(date_span, trigger.head), trigger.head), date_span, trigger)
                if date_span is not None
                else counted_day or entry_day
            ),
            cameo=trigger.cameo,
            plover=trigger.plover,
            confidence=round(trigger.confidence * (1.0 if args.from_parse else 0.6), 2),
            refers_back=_demonstrative(trigger.head),
            another=_another(trigger.head)
            or (trigger.event_type == "strike" and _further_strike(trigger.head))
            or trigger.span.start_char in rounds,
            counted=_counted_another(trigger.head)
            or (trigger.event_type == "strike" and _second_blow(trigger.head, strike_heads)),
            measure=measure_of(trigger.rule_id),
            rates=clause_rates(trigger.head) if trigger.event_type == "sanction" else (),
            own_body=_own_body(trigger, args, actors, bool(same_sentence)),
            answers=_answers(trigger.head),
            answered=(trigger.event_type == "strike" and strikes_in[trigger.head.sent.start] > 1 or measure)
            and retaliated(trigger.head),
            claimed=trigger.event_type == "strike" and _claimed(trigger.head),
            sidelines=trigger.event_type in TALK_TYPES and _on_sidelines(trigger.head),
            joins=joins or similar,
            similar=similar,
            further=further,
            pair=trigger.head.i in pairs,
            earlier=_previous_talk(trigger.head),
            pluperfect=_pluperfect(trigger.head),
            threatened=_held_out(trigger.head),
            again=trigger.event_type in TALK_TYPES and trigger.head.pos_ in {"VERB", "AUX"} and _another(trigger.head),
        )
        ahead = _distance_ahead(trigger.head)
        if ahead is not None:
            base = _told_ahead(base, ahead, doc._.published)
        if trigger.event_type in TALK_TYPES and _outcome_of_told_talk(trigger.head):
            base = replace(base, date=None, status="occurred")
        if (
            base.date is None
            and base.status == "occurred"
            and trigger.event_type in TALK_TYPES
            and _said_also(trigger.head)
        ):
            # `Il a également rencontré X`: the day of the subject's talk told just before
            first = next(iter(base.actors), None)
            day = _day_told_before(first, base.sentence, occasions)
            if day is None and first is not None and (country := actor_country(trigger.head.doc, first)):
                # `L'Inde et la France ont eu mardi un échange ... Le Premier ministre indien a ensuite parlé à X`
                day = _day_told_before(f"state:{country}", base.sentence, occasions)
            base = replace(base, date=day)
        if (
            base.date is None
            and base.status == "occurred"
            and trigger.event_type == "sanction"
            and any(_said_also(v) or _said_also(v.head) and v.dep_ == "conj" for v in _measure_verbs(trigger.head))
        ):
            # `La Chine a annoncé vendredi des droits de 34 %. Pékin a également ajouté onze entreprises à sa liste`
            base = replace(base, date=_day_told_before(base.source_actor, base.sentence, measure_days))
        if (
            base.date is None
            and base.status == "occurred"
            and last_meeting is not None
            and _during_meeting_told(trigger.head, meeting_heads)
        ):
            base = replace(base, date=last_meeting)  # `Pendant le sommet, l'armée a lancé des drones`
        base = _earlier_round_date(base, doc._.published, trigger.head)
        coming = _coming_start(_coming_date(base, doc._.published, trigger.head), doc._.published)
        dated = _dated_status(coming, doc._.published)
        if dated.event_type == "strike" and dated.date is None and dated.status == "occurred":
            dated = replace(dated, date=_dawn_day(trigger.head, doc._.published))
        if dated.status == "occurred" and dated.date is None and tenseless(trigger.head):
            dated = replace(dated, tenseless=True)
        if dated.status == "occurred" and dated.date is None and sponsored(trigger.head, trigger.head.head):
            dated = replace(dated, tenseless=True)  # `qui parrainent ces pourparlers`: no time of the talks told
        if dated.event_type in TALK_TYPES and dated.date is not None and dated.status == "occurred":
            occasions.update({a: (dated.sentence, dated.date) for a in dated.actors})
        if (
            dated.event_type == "sanction"
            and dated.source_actor
            and dated.date is not None
            and dated.status == "occurred"
        ):
            measure_days[dated.source_actor] = (dated.sentence, dated.date)
        if dated.event_type == "meeting" and dated.date is not None and dated.status == "occurred":
            last_meeting = dated.date  # a meeting held: a coming one is no occasion of what was done
        dated = _announced_call(dated, trigger, by_sentence[sent.start], places)
        if trigger.rule_id in TALK_OR_CALL_RULES and dated.another:
            resumed.add(dated.trigger_start)
        if trigger.rule_id in BARE_EXCHANGE_RULES:
            exchanges.add(dated.trigger_start)
        if trigger.rule_id in NEUTRAL_TALK_RULES:
            neutral.add(dated.trigger_start)
            if _said_also(trigger.head) or _in_turn(trigger.head):
                also.add(dated.trigger_start)
        if dated.status == "planned" and dated.event_type in TALK_TYPES and foreseen_plan(trigger.head):
            foreseen.add(dated.trigger_start)
        if _hours_apart(trigger.head):
            apart.add(dated.trigger_start)
        elif _background(trigger.head) or answered:
            background.add(dated.trigger_start)  # nor is the answered act of the story's day
        imposed = _split_imposers(dated, trigger.head, args, actors)
        for one in (x for y in imposed for x in _split_plural(y, trigger.head, args, actors)):
            steps = split_sequence(one, trigger.head, actors, places)
            gaps = [g for e in steps for g in split_gapped_talks(e, trigger.head, date_span, same_sentence, actors)]
            days = [r for g in gaps for r in split_repeated_talks(g, trigger.head, date_span, same_sentence, actors)]
            for each in days:
                for one_round in split_rounds(each, trigger.head, date_span, same_sentence, actors):
                    gapped_strikes = split_gapped_strikes(one_round, trigger.head, date_span, same_sentence, places)
                    for gapped in (part for g in gapped_strikes for part in split_each_one(g, trigger.head, places)):
                        for step in split_gapped_measures(gapped, trigger.head, date_span, same_sentence):
                            for act in split_first_imposition(step, trigger.head, same_sentence):
                                mentions += split_gapped_ordinals(act, trigger.head, date_span, same_sentence, places)
    mentions = days_told_after(mentions, dates, starts, doc._.published)
    mentions = story_days(mentions, told, background, doc._.published, headings, apart, counted)
    mentions = targets_told_after(mentions, aimed_targets(doc, actors, starts))
    mentions = joined_meetings(
        mentions, {t.span.start_char for t in triggers if t.rule_id in markers()["joins_meeting"]}, told
    )
    links = state_links(doc._.actors or {})
    talks = told_calls(resumed_calls(held_as_foreseen(mentions, foreseen), resumed), neutral, exchanges)
    talks = held_exchanges(recalled_calls(talks, neutral), exchanges, links)
    talks = titled_meetings(following_calls(also_calls(talks, also), neutral))
    talks = next_in_series(talks, _states_body)
    talks = _one_of_counted(talks, bare, struck_only, {t.span.start_char for t in triggers if _counted_strikes(t)})
    dated_bare = {m.trigger_start for m in talks if m.trigger_start in bare and not m.actors and m.date is not None}
    told_imposed = {m.trigger_start for m in talks if m.trigger_start in imposed_bare and m.date is not None}
    told_recalled = {m.trigger_start for m in talks if m.trigger_start in recalled and m.date is not None}
    talks = helped_targets(accused_attackers(talks, doc, actors, links), doc, actors, links)
    talks = listed_targets(anaphoric_actors(talks, doc, actors, links), doc, actors, links)
    talks = facing_measures(talks, links)  # `les surtaxes américaines ..., et les droits chinois ...`
    homes = affiliation_links(doc._.actors or {})
    talks = [_without_own_target(m, links) for m in talks]
    sided = inherit_sides(
        talks, links, dated_bare, told_imposed, recalled=told_recalled, acted=acted, homes=homes, strangers=strangers
    )
    sided = reported_attackers(announced_imposers(sided, links), links)
    sided = _headline_targets(sided, doc, actors, links)
    sided = echoed_acts(sided, doc, actors, links)  # `L'UE en a fait autant`: the act told, by another
    sided = [_with_source_state(m, actors) for m in sided]
    kept = [m for m in sided if (m.trigger_start not in unnamed or m.actors) and not _undated_round(m, dateless)]
    return _registered(doc, blows_as_sanctions(kept, blows, economic))


def _unknown_attacker(head: Token, actors: dict[int, Span]) -> bool:
    """`Samedi, des hommes armés ont attaqué un poste de gendarmerie`: the strike's subject (or its agent,
    `par des assaillants`) is an indefinite noun of attackers nobody named (`unknown_attackers` in
    markers.csv) with no actor in its phrase. The article tells a new, unknown attacker: the strike is no
    further blow of the attacker of the strikes told before it (events/chains.py)."""
    words = markers()["unknown_attackers"]
    for noun in head.children:
        if noun.dep_ not in SUBJECT and not (noun.dep_ == "obl:agent" or preposition(noun) == "par"):
            continue
        if noun.pos_ != "NOUN" or fold(noun.lemma_.lower()) not in words and fold(noun.lower_) not in words:
            continue
        indefinite = any(
            c.dep_ == "nummod" or (c.dep_ == "det" and fold(c.lower_) in _INDEFINITE_DETERMINERS) for c in noun.children
        )
        if indefinite and not any(t.i in actors for t in noun.subtree):
            return True
    return False


_INDEFINITE_DETERMINERS = frozenset({"des", "un", "une", "plusieurs", "quelques", "de", "d'", "d’"})


def _with_source_state(m: EventMention, actors: dict[int, Span]) -> EventMention:
    """`Le ministère bélarusse des Affaires étrangères a interdit à son tour l'entrée ...`: a body or an office
    holder that strikes or sanctions acts for its state, which takes part too once the act has a target,
    however the target was found (in the clause, or from the act it answers)."""
    if m.event_type not in {"strike", "sanction"} or m.source_actor is None or m.target_actor is None:
        return m
    missing = [s for s in office_state(m.source_actor, actors) if s not in m.actors and s != m.target_actor]
    return replace(m, actors=(*m.actors, *missing)) if missing else m


def _without_own_target(m: EventMention, links: Mapping[str, str]) -> EventMention:
    """`Le Trésor a gelé leurs avoirs sur le sol américain`: a state read as the target of a sanction whose
    imposer stands for that very state is where the measure applies, not whom it hits (no state sanctions
    itself); the measure keeps its imposer alone and waits for its target from the article."""
    source, target = m.source_actor, m.target_actor
    if m.event_type != "sanction" or source is None or target is None or source == target:
        return m
    if not target.startswith("state:") or links.get(source, source) != target:
        return m
    return replace(m, target_actor=None, actors=tuple(a for a in m.actors if a != target))


def _headline_targets(
    mentions: list[EventMention], doc: Doc, actors: dict[int, Span], links: Mapping[str, str]
) -> list[EventMention]:
    """`Sanctions : Washington cible le pétrole iranien` over `Le Trésor américain a annoncé jeudi des
    sanctions contre une trentaine d'entités`: a measure of the body naming its imposer alone hits the one
    state the headline names besides the imposer's. The headline names no other state, and it names the
    imposer too or tells a measure with that state as its only side (`Nouveau train de sanctions contre
    l'Iran`); the article tells no complete measure of that imposer before it (its lone measures after one
    are parts or echoes of it: `Les navires sont désormais interdits d'accès aux ports britanniques`)."""
    title = next(iter(doc.sents), None)
    if title is None or title.text.rstrip().endswith((".", "!", "?", "»", '"')):
        return mentions  # a headline ends with no stop: a first sentence that does is the body's
    named = {links.get(s._.actor_id, s._.actor_id) for i, s in actors.items() if title.start <= i < title.end}
    # `Nouveau train de sanctions contre l'Iran`: the headline's own measure, naming its target alone
    told = {
        links.get(m.target_actor, m.target_actor)
        for m in mentions
        if m.event_type == "sanction" and m.sentence == 0 and m.target_actor and not m.source_actor
    }
    # an imposer with a complete measure told before: its lone ones after it are parts or echoes of that one
    complete: dict[str, int] = {}  # imposer's side -> start of its first complete measure
    for m in mentions:
        if m.event_type == "sanction" and m.source_actor and m.target_actor:
            key = links.get(m.source_actor, m.source_actor)
            complete[key] = min(complete.get(key, m.trigger_start), m.trigger_start)
    out = []
    for m in mentions:
        own = lone_imposer(m, links) if m.sentence > 0 else None
        if own is not None and complete.get(own, m.trigger_start + 1) > m.trigger_start:
            others = {a for a in named if a.startswith("state:") and a != own}
            headed = {a for a in told if a != own}
            if len(others) == 1 and (own in named | {m.source_actor} or others == headed):
                # the headline names the imposer, or tells the measure with that state as its target
                target = next(iter(others))
                m = replace(m, target_actor=target, actors=(*m.actors, target))
        out.append(m)
    return out


def _by_state(m: EventMention) -> bool:
    """A blow dealt by a state or its seat (`Ottawa frappe`), at no place: an army that strikes
    (`l'armée israélienne a frappé des positions près de Damas`) attacks."""
    return m.location is None and (m.source_actor is None or m.source_actor.startswith("state:"))


def _bare_blow(head: Token) -> bool:
    """`Washington frappe X`: the verb `frapper`, or its form `frappe` that a headline's parse reads as
    a noun right after a name (no determiner: not `une frappe`)."""
    if head.pos_ != "NOUN":  # a name strikes, not a pronoun or noun standing for the measure (`Elles frappent`)
        return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in head.children)
    before = head.doc[head.i - 1] if head.i > head.sent.start else None
    return before is not None and before.pos_ == "PROPN" and not any(c.dep_ == "det" for c in head.children)


def blows_as_sanctions(
    mentions: list[EventMention], blows: set[int], economic: Set[int] = frozenset()
) -> list[EventMention]:
    """`Washington frappe sept oligarques russes` over a report of sanctions: a bare `frapper` with no
    attack word near it (`metaphor_strike` in markers.csv) is the blow of a measure when the article
    tells a sanction by one of its sides and no other strike (GUIDELINES: `frapper les exportateurs` of
    a tariff is a sanction, not a strike). A blow on an economy (`economic`: `Washington frappe le réseau
    financier de Téhéran`) is one even when the article also reports real strikes."""
    if any(m.event_type == "strike" and m.trigger_start not in blows for m in mentions):
        blows = blows & set(economic)
    sides = {a for m in mentions if m.event_type == "sanction" and m.trigger_start not in blows for a in m.actors}
    return [
        replace(m, event_type="sanction", cameo="163", plover="SANCTION")
        if m.event_type == "strike"
        and m.trigger_start in blows
        and sides.intersection(m.actors)
        and (_by_state(m) or m.trigger_start in economic)  # `le réseau financier de Téhéran` is no place
        else m
        for m in mentions
    ]


def _economic_blow(head: Token) -> bool:
    """The first noun after a blow (`frappe le réseau financier`, `frappe les exportateurs chinois`) names
    an economy (`economic_target` in markers.csv); read on the surface, as a headline's parse often leaves
    the object unattached."""
    words = markers()["economic_target"]
    for t in head.doc[head.i + 1 : min(head.i + 5, head.sent.end)]:
        if t.pos_ in {"DET", "ADJ", "NUM", "ADV"}:
            continue
        if t.pos_ != "NOUN":
            return False
        after = head.doc[t.i + 1].lower_ if t.i + 1 < len(head.doc) else ""
        return fold(t.lower_) in words or fold(f"{t.lower_} {after}") in words
    return False


def days_told_after(
    mentions: list[EventMention], dates: Sequence[Span], starts: list[int], published: date | None
) -> list[EventMention]:
    """`L'appel téléphonique entre X et Y a duré une heure. Il a eu lieu jeudi dernier`: a date of an
    occurrence verb whose subject is a pronoun (`event_pronoun` in markers.csv) is the date of the
    undated event told last in the sentence before."""
    later: dict[int, DateValue] = {}
    for d in dates:
        verb = d.root.head.head if d.root.head.lower_ == "lieu" else d.root.head  # `eu lieu mardi`
        if not d.root.dep_.startswith("nsubj") and _pronoun_occurrence(verb):
            later[sentence_number(starts, d.sent.start_char)] = d._.date_value
    if not later:
        return mentions
    last: dict[int, int] = {}  # sentence -> trigger start of its last undated core event
    for m in mentions:
        if m.event_type in STORY_TYPES and m.date is None and m.sentence + 1 in later:
            last[m.sentence] = max(last.get(m.sentence, -1), m.trigger_start)
    return [
        _dated_status(replace(m, date=later[m.sentence + 1]), published)
        if last.get(m.sentence) == m.trigger_start and m.date is None
        else m
        for m in mentions
    ]


def _pronoun_occurrence(verb: Token) -> bool:
    """`Il a eu lieu`, `Elle s'est tenue`, `Ils se sont déroulés`: an occurrence verb with a pronoun
    subject (`lieu` is read next to the verb too: the parser may hang it on the date)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    pronoun = any(c.dep_ == "nsubj" and fold(c.lower_) in markers()["event_pronoun"] for c in verb.children)
    lieu = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "lieu"
    return pronoun and (lieu or takes_place(verb))


# An undated event told this close (sentences) after the story's latest dated event is of its day.
STORY_SENTENCES = 4
STORY_TYPES = CORE_EVENT_TYPES


def story_days(
    mentions: list[EventMention],
    told: Mapping[int, list[DateValue | None]],
    background: Set[int],
    published: date | None,
    headings: Mapping[int, DateValue] | None = None,
    apart: Set[int] = frozenset(),
    counted: Set[int] = frozenset(),
) -> list[EventMention]:
    """News tells a day's events one after the other and dates only the first: `La Thaïlande a
    mené jeudi des frappes aériennes ... Six F-16 ont ciblé deux positions`, `X a eu mercredi une
    série d'entretiens ... Il s'est ainsi entretenu avec Y`. An event told as done, not in the
    background (imperfect, pluperfect), with participants and no date of its own (not a
    back-reference: `cet entretien` may be one told days before) gets as `story_day`, which dates it
    only when nothing else does (merge): the one past day its sentence gives (`X a averti samedi
    Y, a annoncé l'Elysée à l'issue d'un entretien téléphonique`); in a sentence with no date, the
    day of the latest dated event done at most STORY_SENTENCES before, with no date in between.
    Each such event carries the story on, and so does a sentence that is only a day (`headings`:
    `Jeudi 3 avril.`, a weekday the splitter cut off, or a day opening a roundup's item before a dash:
    `Mardi 11 mars – Manille convoque ...`). An event told some minutes or hours off the
    one before (`apart`: `Quelques minutes plus tôt, X avait bombardé Y`) is of its day: that day dates
    it, so that it is not merged with an event of another day. An event dated back from its clause's day
    (`counted`: `trois jours après son sommet`) is told aside and carries no story."""
    story: tuple[int, DateValue] | None = None
    last: tuple[int, DateValue] | None = None  # the latest event told as done with a date, at any precision
    out = list(mentions)
    for i in sorted(range(len(out)), key=lambda i: out[i].trigger_start):  # in reading order, kept in place
        m = out[i]
        if m.trigger_start in apart and m.date is None and m.actors and last is not None:
            if (
                0 < m.sentence - last[0] <= 1
                and last[1].precision != "day"
                and m.status == "occurred"
                and not m.refers_back
            ):
                # `En juillet 2018, X avait taxé ... Pékin avait aussitôt répliqué par des taxes`: at once,
                # in the month or year the act it follows was told in (a day is the story's, below)
                out[i] = m = replace(m, date=last[1])
        if m.event_type in STORY_TYPES and m.status == "occurred" and m.date is not None and m.date.start is not None:
            last = (m.sentence, m.date)
        heading = max((h for h in headings or () if (story[0] if story else -1) < h < m.sentence), default=None)
        if heading is not None and headings is not None:
            story = (heading, headings[heading])
        if m.event_type in STORY_TYPES and m.status == "occurred":
            if m.date is not None and m.date.start is not None:
                told_day = m.date
                if story is not None and 0 <= m.sentence - story[0] <= STORY_SENTENCES and _bare_day_part(told_day):
                    # `X a frappé vendredi à l'aube ... Une deuxième vague a visé dans la soirée`: that Friday;
                    # also for the next event of that sentence (`La réunion a été interrompue en fin
                    # d'après-midi : X s'est retiré pour téléphoner`), the story having moved to it
                    # a day told since, in a sentence with no event (`Le porte-parole a promis jeudi de
                    # nouvelles opérations. Dans la soirée, ...`), is the latest the evening can be of
                    since = [
                        v
                        for n in range(story[0] + 1, m.sentence)
                        for v in told.get(n, [])
                        if v is not None
                        and v.precision == "day"
                        and v.start is not None
                        and v.start == v.end
                        and (published is None or v.start <= published)  # not a day to come
                    ]
                    evening = since[-1] if since else story[1]
                    told_day = replace(told_day, start=evening.start, end=evening.end)
                    out[i] = replace(m, date=told_day)
                elif (
                    story is not None
                    and 0 < m.sentence - story[0] <= STORY_SENTENCES
                    and _bare_night(told_day)
                    and not any(story[0] < n < m.sentence and any(told.get(n, [])) for n in told)
                ):
                    # `Tôt mercredi, des drones ont frappé X ... Moscou affirme avoir abattu 30 drones pendant
                    # la nuit`: the night that ends on the story's day, not the paper's last night; a day told
                    # in between (`Le cabinet doit se réunir jeudi.`) has moved the story off that day
                    start = story[1].start - timedelta(days=1) if story[1].start else None
                    told_day = replace(told_day, start=start, end=story[1].start)
                    out[i] = replace(m, date=told_day)
                if told_day.precision == "day" and m.trigger_start not in counted and not _since_period(told_day):
                    story = (m.sentence, told_day)
            elif m.trigger_start not in background:
                day = _story_day(m.sentence, story, told, published)
                if day is not None:
                    story = (m.sentence, day)
                    if m.actors and not m.refers_back:  # `ce bombardement` carries the story, merging dates it
                        out[i] = replace(m, story_day=day, date=day if m.trigger_start in apart else m.date)
    return out


# How a strike names the capital it struck: as its object or after `sur`, `contre`.
STRUCK_SEAT_PREPS = frozenset({"sur", "contre"})
# Words around a part of the day that name no day (`dans la soirée`, `en fin de matinée`).
_DAY_PART_FRAME = frozenset(
    {"dans", "en", "au", "a", "durant", "pendant", "la", "le", "l", "de", "d", "du", "debut", "fin"}
)


def _noun_label_day(root: Token, date_words: Set[int]) -> bool:
    """`le défilé du 9 mai`, `le sommet du 15 août`: a day hung by `de` on a noun names when that
    noun's event is; it tells no day of the story around it."""
    return (
        root.dep_ == "nmod"
        and root.head.pos_ == "NOUN"
        and root.head.i not in date_words  # `dans la nuit du 5 au 6 mai`: a time, not another event
        and any(c.dep_ == "case" and fold(c.lower_) in {"de", "du", "d'", "d’"} for c in root.children)
    )


def _bare_day_part(value: DateValue) -> bool:
    """`dans la soirée`, `en fin d'après-midi` (`day_part` in markers.csv): a part of the day that
    names no day; the resolver gives it the paper's day, the story it is told in gives its own."""
    if value.start is None or value.start != value.end:
        return False
    # folded, `après-midi` is two words (`apres midi`): the words left once the frame is dropped name the part
    words = [w for w in re.findall(r"[a-z]+", fold(value.text.lower())) if w not in _DAY_PART_FRAME]
    return bool(words) and " ".join(words) in markers()["day_part"]


def _bare_night(value: DateValue) -> bool:
    """`pendant la nuit`, `dans la nuit`, `cette nuit` (`night` in markers.csv): a night that names no day,
    which the resolver gives the paper's last night."""
    if value.start is None or value.end is None or (value.end - value.start).days != 1:
        return False
    words = [w for w in re.findall(r"[a-z]+", fold(value.text.lower())) if w not in _DAY_PART_FRAME | {"cette"}]
    return bool(words) and all(w in markers()["night"] for w in words)


def _since_period(value: DateValue) -> bool:
    """`avait multiplié les appels depuis jeudi`: a period running from a day up to now tells how long
    acts went on; it is no day of the story that the next events, undated, are told on."""
    return value.kind == "interval" and _opens_with_since(value.text)


def _hours_until_now(value: DateValue) -> bool:
    """`depuis plus de deux heures`, `depuis quelques minutes`: a duration of hours up to now (a
    `since` cue of models/temporal/cues.csv, a clock unit of the lexicon), so of the paper's day."""
    words = fold(value.text.lower()).split()
    return (
        value.kind == "duration" and len(words) > 1 and _opens_with_since(value.text) and unit_of(words[-1]) in _CLOCK
    )


def _opens_with_since(text: str) -> bool:
    """A date text opened by `depuis` (a `since` cue of models/temporal/cues.csv): it starts a span up to
    now rather than giving a day."""
    words = text.split()
    return bool(words) and is_cue(words[0], "since")


_CLOCK = ("hour", "minute")


def _day_alone(span: Span, published: date | None) -> bool:
    """The date is its whole sentence but punctuation (`Mardi.`, `Jeudi 3 avril :`), a day not
    after the publication day."""
    if not _past_day(span, published):
        return False
    sent = span.sent
    return all(t.is_punct or t.is_space for t in [*sent[: span.start - sent.start], *sent[span.end - sent.start :]])


# the marks after which a day opening a paragraph heads it: `Lundi 10 mars – Tokyo et Séoul relancent ...`
_HEADING_MARKS = frozenset({"–", "—", "-", ":", "|"})


def _day_before_dash(span: Span, published: date | None) -> bool:
    """A past day opening its sentence before a dash or a colon (`Mardi 11 mars – Manille convoque
    l'ambassadeur chinois.`): the day of a roundup's item, which heads the sentences after it as a
    day alone does."""
    if not _past_day(span, published):
        return False
    sent, doc = span.sent, span.doc
    opening = all(t.is_punct or t.is_space for t in sent[: span.start - sent.start])
    return opening and span.end < sent.end and doc[span.end].text in _HEADING_MARKS


# How many sentences open an article (its title, dateline and lede), which a lede's day may head.
LEDE_SENTENCES = 2


def _lede_day(span: Span, published: date | None, dates_by_sentence: Mapping[int, list[Span]]) -> bool:
    """`Les États-Unis ont encore accru jeudi la pression sur Caracas. Le Trésor a annoncé ...`: the one past
    day of an opening sentence, the first day the article tells, told on its main verb in the compound past,
    is the day of the news the sentences after it tell, though that sentence tells no event of its own."""
    if not _past_day(span, published) or len(dates_by_sentence.get(span.sent.start, [])) != 1:
        return False
    root = span.sent.root
    # the auxiliary says the compound past, whatever the tagger made of the participle (`a durci`, read as an ADJ)
    return span.root.head.i == root.i and any(c.dep_ == "aux:tense" for c in root.children)


def _past_day(span: Span, published: date | None) -> bool:
    """The date is one day, not after the publication day."""
    value = span._.date_value
    if value is None or value.kind != "date" or value.precision != "day" or value.start is None:
        return False
    return published is not None and value.start <= published


def _arrival_day(span: Span, published: date | None) -> bool:
    """`Le président égyptien est arrivé dimanche à Riyad. Il a été reçu par le prince héritier`: the past
    day of a journey verb (`journey` in markers.csv: `arriver`, `atterrir`) opens the story of that day as
    a heading does, though the journey itself is no event."""
    if not _past_day(span, published):
        return False
    if _presence(span.root if span.root.dep_ == "ROOT" else span.root.head):
        return True  # `Le ministre était mardi à Damas. Il s'y est entretenu avec X`: there that day
    verb = span.root.head
    if verb.pos_ not in {"VERB", "AUX"} or fold(verb.lemma_.lower()) not in markers()["journey"]:
        return False
    return any(c.dep_ == "aux:tense" for c in verb.children) or "Past" in verb.morph.get("Tense", [])


def _presence(host: Token) -> bool:
    """`X était mardi à Damas`, `X était à Pékin lundi`: `être` with a place, which the parser makes the
    copula of the day or of the place; a stay of a named actor (not `la situation était mardi à Damas
    très tendue`) that opens the story of its day as a journey does."""
    if not any(c.dep_ == "cop" and c.lemma_ == "être" for c in host.children):
        return False
    named = actor_index(host.doc, ACTORS_KEY)
    if not any(c.dep_ == "nsubj" and any(t.i in named for t in c.subtree) for c in host.children):
        return False
    places = [host, *host.children] if host.pos_ == "PROPN" else list(host.children)
    return any(t.pos_ == "PROPN" and preposition(t) in {"à", "en", "au"} for t in places)


def _story_day(
    sentence: int,
    story: tuple[int, DateValue] | None,
    told: Mapping[int, list[DateValue | None]],
    published: date | None,
) -> DateValue | None:
    # a length of time names no day (`pour la première fois depuis cinq ans`, `pendant deux jours`),
    # unless it runs in hours up to now (`bombarde depuis deux heures`: the paper's day)
    own = [v for v in told.get(sentence, []) if v is None or v.kind != "duration" or _hours_until_now(v)]
    if own:
        one = own[0]
        if len(own) == 1 and one is not None and published is not None and _hours_until_now(one):
            return replace(one, start=published, end=published, precision="day", kind="date")
        if len(own) == 1 and one is not None and one.kind == "date" and one.precision == "day":
            return one if one.start is not None and published is not None and one.start <= published else None
        return None
    if story is None or not 0 <= sentence - story[0] <= STORY_SENTENCES:
        return None
    since = [v for s in told if story[0] < s < sentence for v in told[s]]
    # `X a adopté lundi des sanctions. Le même jour, Y a annoncé ... Y a également sanctionné Z`: a day told
    # since that is the story's own day does not move the story
    return None if any(not _names_day(v, story[1]) for v in since) else story[1]


def _names_day(value: DateValue | None, day: DateValue) -> bool:
    """`value` names the very day `day` names."""
    span = span_of(day)
    return span is not None and span_of(value) == span


# A talk told `également` the sentence after (or two after) a dated talk of its subject is of that day.
OCCASION_SENTENCES = 2


def _said_also(head: Token) -> bool:
    """`Il a également rencontré X`, `il s'est aussi entretenu avec Y` (`same_occasion` in
    markers.csv): a further talk told as part of the occasion just told."""
    words = markers()["same_occasion"]
    return any(c.dep_ == "advmod" and fold(c.lower_) in words for c in head.children)


def _in_turn(head: Token) -> bool:
    """`s'est à son tour entretenu avec X` (`in_turn` in markers.csv)."""
    words = markers()["in_turn"]
    return any(fold(" ".join(t.lower_ for t in c.subtree)) in words for c in head.children if c.dep_ != "punct")


CALLED_OFF: frozenset[EventStatus] = frozenset({"cancelled", "postponed", "negated"})


def _status_of_journey(head: Token, statuses: Mapping[int, EventStatus]) -> EventStatus | None:
    """`a renoncé à se rendre à Washington pour y rencontrer X`, `a annulé son déplacement à Varsovie,
    où il devait s'entretenir avec X`: talks that are the goal of a journey (a purpose clause on it,
    or a relative clause on its destination) share the journey's fate when it is called off, put
    off or denied; None when the talk is no such goal or the journey goes ahead."""
    if statuses.get(head.i) not in {"occurred", "planned"}:
        return None
    clause = head if is_purpose_clause(head) else finite_clause_root(head)
    where = clause.dep_ in {"acl:relcl", "advcl"} and any(c.lower_ == "où" for c in clause.children)
    if not (where or clause is head or is_purpose_clause(clause)):
        return None
    t = clause
    for _ in range(3):  # the journey, or the journey above the destination the relative hangs on
        if t.head.i == t.i:
            return None
        t = t.head
        # the parser may hang the goal on the verb that governs the journey (`a renoncé à se rendre`,
        # `a annulé son déplacement`)
        for journey in (t, *(c for c in t.children if c.dep_ in {"xcomp", "obj"})):
            if statuses.get(journey.i) in CALLED_OFF:
                return statuses[journey.i]
    return None


GIVEN_ARTICLES = frozenset(
    {"le", "la", "les", "l'", "l’", "ce", "cet", "cette", "ces", "ses", "leurs", "sa", "son", "leur"}
)


def _told_with(verb: Token, marker: str, *, alone: bool = False) -> bool:
    """Does an adverbial of `verb` read as one of the `marker` words of markers.csv? Multi-word
    adverbials count whole, as the parser splits them: `en outre` is `en` with a fixed `outre`,
    `par ailleurs` an oblique `ailleurs` with its `par`. An adverb heading its pronoun (`le Japon a
    lui aussi sanctionné`: Japan as well as others) counts unless `alone` asks for the adverbial
    on its own, which says the act is a further one of the same side. The parser sometimes hangs
    the adverbial on the auxiliary (`a en parallèle sanctionné`): it still tells the verb."""
    words = markers()[marker]
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    for child in [*verb.children, *(g for a in auxiliaries for g in a.children)]:
        if child.dep_ not in {"advmod", "obl:mod"}:
            continue
        phrase = list(child.subtree)
        if len(phrase) <= 3 and fold(" ".join(t.lower_ for t in phrase)) in words:
            return True
        if not alone and fold(child.lower_) in words:
            return True  # `lui aussi`: the adverb heads its pronoun
    return False


def _given_subject(head: Token) -> bool:
    """`Les sanctions européennes visent aussi des banques russes`: a measure noun under a definite,
    demonstrative or possessive article as the subject of an active verb is the measure told before,
    given, and an `aussi` of its clause adds to what it hits, not one more measure."""
    if head.pos_ != "NOUN" or head.dep_ != "nsubj":
        return False
    return any(c.dep_ == "det" and fold(c.lower_) in GIVEN_ARTICLES for c in head.children)


def _qualified(noun: Token, marker: str) -> bool:
    """An adjective of `noun` is one of the `marker` words of markers.csv (`des mesures similaires`)."""
    words = markers()[marker]
    return any(c.dep_ == "amod" and fold(c.lower_) in words for c in noun.children)


def _measure_verbs(head: Token) -> list[Token]:
    """The verb of the measure's clause and, for an infinitive, the verb it completes: `Washington a en
    outre menacé de taxer ...` tells the threatened measure as a further one."""
    verb = _clause_verb(head)
    infinitive = "Inf" in verb.morph.get("VerbForm", []) and verb.dep_ in {"xcomp", "ccomp"}
    return [verb, verb.head] if infinitive and verb.head.pos_ in {"VERB", "AUX"} else [verb]


def _additional(head: Token) -> bool:
    """`une surtaxe supplémentaire de 25 %`, `taxer 200 milliards de biens chinois supplémentaires`
    (`additional` in markers.csv): a measure, or the goods it hits, told as added to the ones
    before, is a further measure."""
    nouns = [head, *(c for c in head.children if c.dep_ in {"obj", "nmod", "obl:arg"})]
    nouns += [g for n in nouns[1:] for g in n.children if g.dep_ == "nmod"]
    return any(_qualified(n, "additional") for n in nouns)


def _dawn_day(head: Token, published: date | None) -> DateValue | None:
    """`Une frappe a touché à l'aube une école`, `des missiles ont frappé au petit matin` (`dawn` in
    markers.csv): a dawn that names no day, on the past verb of a strike's clause, is the paper's day
    (wire copy tells the day's news); `à l'aube de la guerre` is an era, not a time of day."""
    verb = _clause_verb(head)
    if published is None or verb.pos_ not in {"VERB", "AUX"} or "Fut" in verb.morph.get("Tense", []):
        return None
    if any(c.dep_.startswith("aux") and "Imp" in c.morph.get("Tense", []) for c in verb.children):
        return None  # `avait frappé à l'aube`: a strike before the story's, of a day it does not name
    words = markers()["dawn"]
    for child in verb.children:
        said = {fold(child.lower_), *(fold(f"{a.lower_} {child.lower_}") for a in child.children if a.dep_ == "amod")}
        if not said & words or not any(c.dep_ == "case" for c in child.children):
            continue
        if any(c.dep_ == "nmod" for c in child.children):
            continue  # `à l'aube de la guerre`
        return DateValue(child.text, child.idx, child.idx + len(child.text), published, published, "day", "date")
    return None


def _clause_verb(head: Token) -> Token:
    """The trigger itself when it is a verb, else the verb its noun depends on (or the noun)."""
    if head.pos_ in {"VERB", "AUX"}:
        return head
    return governing_verb(head) or head


def _act_verb(head: Token) -> Token:
    """The verb that tells the act: `_clause_verb`, but for a gerund (`a elle aussi riposté en taxant ...`) the
    verb it modifies."""
    modified = governing_verb(head) if is_gerund(head) else None
    return modified or _clause_verb(head)


def _day_told_before(actor: str | None, sentence: int, days: Mapping[str, tuple[int, DateValue]]) -> DateValue | None:
    """The day of the latest dated act of `actor` (a talk held, a measure taken), when it was told at most
    OCCASION_SENTENCES before `sentence`: `X a eu mercredi une série d'entretiens ... Il a également
    rencontré Y`, `La Chine a annoncé vendredi des droits ... Pékin a également ajouté onze entreprises à
    sa liste`."""
    if actor is None or actor not in days:
        return None
    told, day = days[actor]
    return day if 0 <= sentence - told <= OCCASION_SENTENCES else None


def _during_meeting_told(head: Token, meeting_heads: Set[int]) -> bool:
    """`Pendant le sommet, l'armée a lancé des drones`, `durant cette rencontre`: a meeting noun with a
    definite or demonstrative article under a preposition of time span (`during` in markers.csv), in
    the event's clause, is a meeting told before; the event happened on its day."""
    during = markers()["during"]
    verb = _clause_verb(head)
    near = [*verb.children, *head.children]
    near += [g for c in near if fold(c.lower_) in during for g in c.children]  # `lors de`, `au cours de`: on the adverb
    for c in near:
        if c.i not in meeting_heads or c.i == head.i:
            continue
        if fold(preposition(c)) not in during and fold(c.head.lower_) not in during:
            continue
        if any(
            d.dep_ == "det" and fold(d.lower_) in FRENCH_ARTICLES | DEMONSTRATIVES for d in c.children
        ) or _contracted(c):
            return True
    return False


def _contracted(noun: Token) -> bool:
    """`lors du sommet`: the article fused with `de`."""
    return any(c.dep_ == "case" and c.lower_ in {"du", "des"} for c in noun.children)


def _interview(actor_ids: Sequence[str]) -> bool:
    """A call or meeting with a news medium among its participants (`org_type` media in
    models/actors/organizations.csv) is an interview given to the press."""
    return any(is_medium(a) for a in actor_ids)


_FIRM_TYPES = frozenset({"company", "ngo"})


def _on_sidelines(head: Token) -> bool:
    """`En marge de la réunion, X a eu un entretien avec Y`, `lors du sommet, X a rencontré Y`: a talk
    told with an occasion phrase (`sidelines` in markers.csv, or `lors de`) on its trigger or its
    clause's verb is held beside that occasion."""
    near = [*head.children, *(_clause_verb(head).children if head.pos_ == "NOUN" else ())]
    sidelines = markers()["sidelines"]
    return any(fold(c.lemma_.lower()) in sidelines or preposition(c) == "lors" for c in near)


def _org_types() -> Mapping[str, str]:
    """The knowledge base's type of each organisation (`international`, `company`, `military`)."""
    from pipeline.actors.kb import load_kb

    return load_kb().org_types


def _business_talk(actor_ids: Sequence[str], head: Token) -> bool:
    """A call or meeting whose every participant is a firm or a charity: a company or an NGO of the
    actor base (`Airbus`, `Greenpeace`), or an organisation it does not know in a sentence that speaks
    of firms (`business` in markers.csv: `les patrons de Toyota et de Panasonic`). No state, person,
    government body, international organisation or armed group takes part: no diplomacy."""
    if not actor_ids or not all(a.startswith("org:") for a in actor_ids):
        return False
    types = _org_types()
    if any(types.get(a) not in _FIRM_TYPES | {None} for a in actor_ids):
        return False
    if all(types.get(a) in _FIRM_TYPES for a in actor_ids):
        return True
    business = markers()["business"]
    return any(fold(t.lower_) in business or fold(t.lemma_.lower()) in business for t in head.sent)


def _one_side(actor_ids: Sequence[str], actors: dict[int, Span]) -> bool:
    """At most one party among the ids: `le président turc` is Erdogan and Turkey, one side."""
    own = {s for a in actor_ids for s in office_state(a, actors)}
    return len([a for a in actor_ids if a not in own]) < 2


def _inside_place(span: Span, places: dict[int, Span], actors: dict[int, Span]) -> bool:
    """`en mer du Japon`, `en mer de Chine`: a state named inside a longer place name is that place.
    A place that only adds a preposition or an article to the name (`de France` in `l'ambassade de
    France`, as the model sometimes marks it) is no longer name: the state stays an actor. Nor is
    one made of actors joined by hyphens (`Chine-Inde` in `le sommet Chine-Inde`), nor a state noun
    with its demonym (`l'État vietnamien`: `state_noun` in markers.csv), which is the state, nor a flag
    (`pavillon des Bahamas`, `flag_noun`): a ship flying it belongs to that state."""
    place = places.get(span.start)
    if place is None or place.end < span.end:
        return False
    extra = [t for t in place if not span.start <= t.i < span.end]
    state_nouns = markers()["state_noun"] | markers()["flag_noun"]
    return any(
        t.pos_ not in {"ADP", "DET"} and t.text != "-" and t.i not in actors and fold(t.lower_) not in state_nouns
        for t in extra
    )


def _measure_date(
    head: Token, date_span: Span | None, dates: Sequence[Span], published: date | None
) -> tuple[Span | None, bool]:
    """The date of a sanction and whether it is the day it was decided: the clause's date, else the
    day of the verb announcing it; the day of a verb acting on it (renewed, lifted) over both; and
    the day of decision over a day from which it applies. A measure a riposte answers (`en réponse à
    la salve de taxes décidée par X`) keeps the day of its own phrase: the riposte's days are not its own."""
    if _answered_phrase(head) is not None:
        return date_span, False
    if date_span is None:
        date_span = _announced_measure_date(head, dates)
    acted = _measure_act_date(head, dates)
    if acted is not None:
        date_span = acted
    # `en réponse aux droits annoncés mercredi par X`: the day of the act answered is not the decision's
    decided = _decision_date(date_span, [d for d in dates if not _in_answered_phrase(d.root, head)], published)
    return (decided, True) if decided is not None else (date_span, False)


def _decision_verb(verb: Token) -> Token | None:
    """The verb of decision (`decision_verbs` in markers.csv) an infinitive completes (`a annoncé
    porter ses droits à 125 %`, `a confirmé geler les avoirs`, `a annoncé avoir imposé des sanctions`),
    else None."""
    infinitive = "Inf" in verb.morph.get("VerbForm", []) or compound_infinitive(verb)
    # `a décidé d'expulser 60 diplomates et de fermer un consulat`: a conjoined infinitive completes the
    # verb of decision its first conjunct completes
    while (
        infinitive and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and "Inf" in verb.head.morph.get("VerbForm", [])
    ):
        verb = verb.head
    # an infinitive with no `pour`, `afin de` the parser calls adverbial is still the complement
    bare = verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.children)
    if not infinitive or (verb.dep_ not in {"xcomp", "ccomp"} and not bare):
        return None
    return verb.head if fold(verb.head.lemma_.lower()) in markers()["decision_verbs"] else None


def _decision_clause(verb: Token) -> Token | None:
    """The verb of decision whose `que` clause tells the measure as the act of that moment (`a
    annoncé vendredi qu'elle relevait ses droits à 125 %`, `annonce qu'il impose des sanctions`):
    a present or imperfect indicative reported under it is simultaneous with the saying. A past
    (`qu'elle avait relevé`), future or conditional (`qu'elle relèverait`) clause tells another
    moment, and None is returned."""
    # the parser often takes the `qu'` of `qu'elle` for an object pronoun: any `que` before the verb
    if verb.dep_ != "ccomp" or not any(c.i < verb.i and fold(c.lower_) in {"que", "qu'", "qu’"} for c in verb.children):
        return None
    if verb.morph.get("Mood", []) != ["Ind"] or verb.morph.get("Tense", []) not in (["Pres"], ["Imp"]):
        return None
    if any(c.dep_ in {"aux:tense", "aux:pass"} for c in verb.children):
        return None  # `qu'elle avait relevé`, `qu'ils étaient sanctionnés`: an earlier act or a state
    return verb.head if fold(verb.head.lemma_.lower()) in markers()["decision_verbs"] else None


def _announced_measure_date(head: Token, dates: Sequence[Span]) -> Span | None:
    """`La Chine a annoncé vendredi porter ses droits de douane à 125 %`: a measure told by an
    infinitive under a verb of decision takes the one day hung on that verb, as it takes its status
    (`_decided`)."""
    verb = detached_auxiliary(head) or (head if head.pos_ in {"VERB", "AUX"} else governing_verb(head))
    told_as_act = not head.dep_.startswith("nsubj")  # `que les sanctions visaient X` describes them
    decider = None if verb is None else _decision_verb(verb) or (_decision_clause(verb) if told_as_act else None)
    if decider is None:
        return None
    on_verb = [d for d in dates if d.root.head.i == decider.i]
    return on_verb[0] if len(on_verb) == 1 else None


def _measure_act_date(head: Token, dates: Sequence[Span]) -> Span | None:
    """`les sanctions, décidées en 2014, ont été reconduites jeudi`: a sanction noun governed by a verb
    that acts on the measure (`measure_acts` in markers.csv: renewed, extended, lifted, tightened) is
    that act, dated by the one day hung on that verb, or on the verb of decision it completes (`ont
    décidé jeudi de maintenir l'embargo imposé en 1989`)."""
    verb = governing_verb(head) if head.pos_ == "NOUN" else None
    act = _act_noun(head)
    if act is not None:
        # `a annoncé mardi le retrait de l'accord et le rétablissement des sanctions levées en 2016`
        holders = (act, next((t for t in act.ancestors if t.pos_ in {"VERB", "AUX"}), None))
    elif verb is None or fold(verb.lemma_.lower()) not in markers()["measure_acts"]:
        return None
    else:
        holders = (verb, _decision_verb(verb))
    for holder in holders:
        if holder is None:
            continue
        on_verb = [d for d in dates if d.root.head.i == holder.i and (v := d._.date_value) and v.kind == "date"]
        if on_verb:
            return on_verb[0] if len(on_verb) == 1 else None
    return None


def _act_noun(head: Token) -> Token | None:
    """`le rétablissement des sanctions`, `la levée de l'embargo`: the noun of an act on the measure
    (`measure_act_nouns` in markers.csv) the sanction noun completes, else None."""
    if head.pos_ != "NOUN" or head.dep_ != "nmod" or head.head.pos_ != "NOUN":
        return None
    return head.head if fold(head.head.lemma_.lower()) in markers()["measure_act_nouns"] else None


def _decision_date(effect: Span | None, dates: Sequence[Span], published: date | None) -> Span | None:
    """`Pékin imposera des droits de 20 % dès le 10 avril, a annoncé vendredi 4 avril le ministère`:
    a measure dated by when it applies (an open interval after a `from` cue of
    models/temporal/cues.csv: `dès`, `à partir de`, `à compter de`) is dated by the one earlier day of
    its sentence, past at publication, on a verb of decision (`decision_verbs` in markers.csv: the
    guidelines date the act)."""
    if effect is None or not any(is_cue(t.lower_, "from") for t in effect[:2]):
        return None
    value = effect._.date_value
    if value is None or value.kind != "interval" or value.end is not None or value.start is None:
        return None
    decided = [
        d
        for d in dates
        if (v := d._.date_value) is not None
        and v.kind == "date"
        and v.start
        and v.end
        and v.start < value.start
        and (published is None or v.end <= published)
        and fold(d.root.head.lemma_.lower()) in markers()["decision_verbs"]
    ]
    return decided[0] if len(decided) == 1 else None


def _stood_with(span: Span) -> bool:
    """`Le Canada a expulsé quatre diplomates russes en solidarité avec le Royaume-Uni`, `en soutien à
    l'Ukraine`, `aux côtés de Washington` (`alongside` in markers.csv): a name right after a phrase of
    support, its article aside, is the side the act stands with, not a party to it. Read on the
    surface: the parser often hangs that name on the verb as a second object."""
    doc, end = span.doc, span.start
    if end and doc[end - 1].pos_ == "DET":
        end -= 1
    before = [fold(t.lower_) for t in doc[max(0, end - 2) : end]]
    words = markers()["alongside"]
    return len(before) == 2 and " ".join(before) in words


def _excepted(token: Token) -> bool:
    """`à l'exception des transactions impliquant la Russie`, `sauf la Hongrie` (`exception` in
    markers.csv): a name inside a phrase of exception, up to the finite clause it hangs on, is what
    the act leaves out, not one of its parties."""
    words = markers()["exception"]
    for t in chain((token,), token.ancestors):  # lazily: the walk most often stops at once
        if fold(t.lower_) in words or any(c.dep_ == "case" and fold(c.lower_) in words for c in t.children):
            return True
        if t.dep_ == "ROOT" or any(c.dep_ in SUBJECT for c in t.children) and t.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _repelled(trigger: Trigger, status: EventStatus) -> EventStatus:
    """`la défense a repoussé une attaque`, `les assaillants, qui ont donné l'assaut, ont été repoussés`: a
    strike repelled (undergoer_verbs.csv), or whose attackers were, took place; the verb is not the
    `repousser` of a postponed meeting."""
    if trigger.event_type != "strike" or status != "postponed":
        return status
    verb = governing_verb(trigger.head)
    repel = undergoer_verbs().get("strike", frozenset())
    if verb is not None and verb.lemma_.lower() in repel:
        return "occurred"
    # `Les assaillants, qui ont donné l'assaut au camp, ont été repoussés`: the attackers were repelled
    clause = clause_root(trigger.head)
    if clause.dep_ == "acl:relcl" and clause.head.dep_ in {"nsubj", "nsubj:pass"}:
        return "occurred" if clause.head.head.lemma_.lower() in repel else status
    return status


def _lifted(trigger: Trigger, status: EventStatus) -> EventStatus:
    """`l'UE a suspendu les sanctions visant X`, `la suspension des surtaxes`: suspending a measure
    is lifting it, an act of that day (the guidelines count it), not a postponement as `le sommet a
    été suspendu` is. The words are the `lifting` row of models/events/markers.csv."""
    if trigger.event_type != "sanction" or status != "postponed":
        return status
    words = markers()["lifting"]
    t = trigger.head
    if fold(t.lemma_.lower()) in words or fold(t.lower_) in words:
        return "occurred"  # the measure is the suspension itself: `a suspendu ses importations de soja`
    if any(fold(w.lower_) in words for w in trigger.span):
        return "occurred"  # `a levé la suspension de la Guinée`: the suspension is the measure lifted
    for _ in range(3):  # the measure's governors: `a suspendu les droits`, `la suspension des droits`
        if t.head.i == t.i:
            break
        t = t.head
        if fold(t.lemma_.lower()) in words or fold(t.lower_) in words:
            return "occurred"
    return status


def _threatened(trigger: Trigger, status: EventStatus) -> EventStatus:
    """`Donald Trump menace le Japon de droits de douane`: a measure the parser hangs on the side
    threatened, out of the threat verb's reach, is still only threatened: hypothetical (guidelines)."""
    if trigger.event_type != "sanction" or status != "occurred" or threatened_party(trigger.head) is None:
        return status
    return "hypothetical"


def _decided(trigger: Trigger, status: EventStatus) -> EventStatus:
    """`Pékin a annoncé suspendre les importations de soja`, `a confirmé geler les avoirs de X`: a
    measure told by an infinitive under a verb of decision (`decision_verbs` in markers.csv) is
    decided when that verb is, not a mere intention as `la volonté de sanctionner` is."""
    if trigger.event_type != "sanction" or status != "hypothetical":
        return status
    decider = _decision_verb(trigger.head)
    if decider is None or status_cues(trigger.head):
        return status
    return _lifted(trigger, event_status(decider))


def _status_of(trigger: Trigger) -> EventStatus:
    """The trigger's status: its clause's, then the readings of measures repelled, lifted, decided,
    threatened or agreed."""
    return _agreed(
        trigger,
        _threatened(trigger, _decided(trigger, _lifted(trigger, _repelled(trigger, event_status(trigger.head))))),
    )


def _agreed(trigger: Trigger, status: EventStatus) -> EventStatus:
    """`Les Européens ont convenu jeudi de prolonger l'embargo`: a measure told by an infinitive under a verb
    of agreeing in a compound past (`agreed_measure` in markers.csv) was agreed that day, an act of that day,
    though the same verb tells a plan for talks (`ont convenu de se rencontrer`)."""
    if trigger.event_type != "sanction" or status != "planned":
        return status
    verb = trigger.head if trigger.head.pos_ == "VERB" else trigger.head.head  # the infinitive taking the measure
    if "Inf" not in verb.morph.get("VerbForm", []) or verb.dep_ not in {"xcomp", "ccomp"}:
        return status
    governor = verb.head
    agreed = fold(governor.lemma_.lower()) in markers()["agreed_measure"]
    return "occurred" if agreed and any(c.dep_ == "aux:tense" for c in governor.children) else status


def _announced_call(
    mention: EventMention, trigger: Trigger, sentence_triggers: list[Trigger], places: dict[int, Span]
) -> EventMention:
    """`Trump a annoncé qu'il s'entretiendrait mardi avec Xi`: talks announced with no place and no
    journey in the sentence are a call (`placeless_call` in models/events/markers.csv); an
    in-person meeting is announced with where it is held (`s'entretiendra avec X à Paris`)."""
    if trigger.rule_id not in markers()["placeless_call"] or mention.location:
        return mention
    if mention.status != "planned" and not _round_of_remote_talks(trigger.head):
        return mention
    if any(t.cameo.startswith(("042", "043")) for t in sentence_triggers):
        return mention  # `se rendra à Pékin pour s'entretenir avec X`
    verbs = [trigger.head] + ([trigger.head.head] if trigger.head.dep_ == "xcomp" else [])
    if any(t.i in places for t in _own_clause_words(verbs[-1])):
        return mention
    if any(c.lower_ in {"où", "y"} for v in verbs for c in v.children) or any(
        is_venue(t) for t in trigger.head.subtree if t.i != trigger.head.i
    ):
        # `s'entretiendra avec X en marge du sommet`, `au Pérou, où il s'entretiendra avec X`, `attendu dans la
        # capitale qatarie, où il doit s'entretenir avec X` (the `où` on the verb of plan), `Il doit s'y
        # entretenir avec X` (`y`: the place told before)
        return mention
    if _during_meeting(trigger.head, sentence_triggers) or _arrived_just_before(trigger.head):
        return mention
    if _beside_a_visit(trigger, sentence_triggers):
        return mention
    return replace(mention, event_type="call", cameo="041", plover="CONSULT/phone")


def _own_clause_words(verb: Token) -> Iterator[Token]:
    """The words of the clause `verb` heads, without a report told as an incise (`», a indiqué la porte-parole
    de la Maison Blanche`): a place named there is the speaker's, not where the talks are held."""
    yield verb
    for child in verb.children:
        if not _report_incise(child):
            yield from child.subtree


def _report_incise(verb: Token) -> bool:
    """`, a indiqué un conseiller`: a verb hung on a clause as its parataxis or conjunct, with its subject
    told after it (the inversion of a report)."""
    return (
        verb.dep_ in {"parataxis", "conj"}
        and verb.pos_ in {"VERB", "AUX"}
        and any(c.dep_ in {"nsubj", "nsubj:pass"} and c.i > verb.i for c in verb.children)
    )


def _round_of_remote_talks(head: Token) -> bool:
    """`Le secrétaire d'État s'est entretenu mercredi avec le Premier ministre pakistanais, puis avec son
    homologue indien`: talks with one partner, then (`sequence` in markers.csv) with another of another
    state, told with no place, are a round of calls; no one meets leaders of two countries in a row
    without travelling (the journey and the places are read by the caller)."""
    sent = head.sent
    words = [t for t in sent if t.i > head.i]
    then = [t for t in words[:-1] if fold(t.lower_) in markers()["sequence"] and t.nbor().lower_ == "avec"]
    if not then or not any(t.lower_ == "avec" and t.i < then[0].i for t in words):
        return False
    actors = actor_index(head.doc)
    before = {actor_country(head.doc, s._.actor_id) for t in words if t.i < then[0].i and (s := actors.get(t.i))}
    after = {actor_country(head.doc, s._.actor_id) for t in words if t.i > then[0].i and (s := actors.get(t.i))}
    before, after = before - {None}, after - {None}
    return bool(before and after) and not before & after


def _beside_a_visit(trigger: Trigger, sentence_triggers: list[Trigger]) -> bool:
    """`doit rencontrer jeudi X avant de s'entretenir avec Y`, `sera reçu par X, puis s'entretiendra avec Y`:
    talks told in the sentence of a meeting verb that needs the parties together (`rencontrer`, `recevoir`:
    not a rule of `placeless_call`) are a step of the same visit, held in person."""
    placeless = markers()["placeless_call"]
    return any(
        t.event_type == "meeting"
        and t.head.i != trigger.head.i
        and t.head.pos_ == "VERB"
        and t.rule_id not in placeless
        for t in sentence_triggers
    )


def _arrived_just_before(head: Token) -> bool:
    """`Kim Jong Un est arrivé mardi à Pékin. Le dirigeant nord-coréen doit s'entretenir avec Xi Jinping`:
    a journey verb (`journey` in markers.csv) with a phrase of where to after it (`à`, `en`, `au`, also hung
    on its day) in the sentence just before tells where the talks announced next are held, in person."""
    doc, start = head.doc, head.sent.start
    if start == 0:
        return False
    before = doc[start - 1].sent
    journey = markers()["journey"]
    if any(t.pos_ in {"VERB", "AUX"} and fold(t.lemma_.lower()) in journey and _place_after(t) for t in before):
        return True
    # `X a été reçu lundi à la Maison Blanche par Y. [...] Il doit s'entretenir mardi avec Z`: a guest received
    # somewhere in the two sentences before is still there
    hosted = markers()["received_guest"]
    earlier = [before] + ([doc[before.start - 1].sent] if before.start > 0 else [])
    return any(
        t.pos_ == "VERB"
        and fold(t.lemma_.lower()) in hosted
        and any(c.dep_ == "aux:pass" for c in t.children)
        and _place_after(t)
        for sent in earlier
        for t in sent
    )


def _place_after(verb: Token) -> bool:
    """A phrase of where to or where at after the verb (`à`, `en`, `au`, `aux`), also one hung on its day."""
    return any(fold(preposition(c)) in {"a", "en", "au", "aux"} for c in children_through_dates(verb) if c.i > verb.i)


def _during_meeting(head: Token, sentence_triggers: list[Trigger]) -> bool:
    """`s'entretiendra avec X lors d'un sommet à Bruxelles`: talks set in a meeting the sentence tells
    (a meeting trigger under `lors`, which the parser may make the head of the phrase) are held in
    person; `lors d'une conférence téléphonique` is a call trigger and leaves them a call."""
    meetings = {t.head.i for t in sentence_triggers if t.event_type == "meeting" and t.head.i != head.i}
    return any(t.lower_ == "lors" and any(c.i in meetings for c in t.children) for t in head.subtree)


def _coming_date(mention: EventMention, published: date | None, head: Token) -> EventMention:
    """A planned event dated by a day or month without a year (`le sommet, prévu le 17 décembre`)
    is the coming one, not last year's; only when nothing in its clause is in a past tense
    (`la réunion qui devait se tenir en février` was planned in the past)."""
    value = mention.date
    if mention.status != "planned" or published is None or value is None or value.start is None:
        return mention
    if value.precision not in {"day", "month"} or YEAR.search(value.text) or _past_clause(head, announced=True):
        return mention
    if not value.start < published - timedelta(days=30):
        return mention
    start, end = _next_year(value.start), _next_year(value.end or value.start)
    if start is None or end is None or start < published:
        return mention
    return replace(mention, date=replace(value, start=start, end=end))


def _earlier_round_date(mention: EventMention, published: date | None, head: Token) -> EventMention:
    """`Cette réunion est la deuxième en trois mois, après une première rencontre en juillet`: a round noun
    with an ordinal of the past (`first_round`, `previous_talk`) under `après`, `depuis` (`earlier_anchor`
    in markers.csv) was held before the talk its clause tells, so before the paper's day when no verb of the
    sentence is in the future; a day or month without a year that the present clause put ahead is last year's."""
    value = mention.date
    if published is None or value is None or value.start is None or value.start <= published:
        return mention
    if value.precision not in {"day", "month"} or YEAR.search(value.text) or not _earlier_round(head):
        return mention
    if any("Fut" in t.morph.get("Tense", []) for t in head.sent):
        return mention  # `se retrouveront en décembre, après une première session le 20 novembre`: both to come
    start, end = _last_year(value.start), _last_year(value.end or value.start)
    if start is None or end is None or start > published:
        return mention
    return replace(mention, date=replace(value, start=start, end=end))


def _earlier_round(head: Token) -> bool:
    found = markers()
    words = found["first_round"] | found["previous_talk"]
    return (
        head.pos_ == "NOUN"
        and fold(head.lower_) in found["round_noun"]
        and fold(preposition(head)) in found["earlier_anchor"]
        and any(c.dep_ in {"amod", "nummod"} and fold(c.lower_) in words for c in head.children)
    )


def _last_year(day: date) -> date | None:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return None


def _coming_start(mention: EventMention, published: date | None) -> EventMention:
    """`Pékin a annoncé une surtaxe de 34 % à partir du 10 avril` in an article of 5 April: a day
    without a year after a `from` cue (`dès`, `à partir de`, `à compter de`) opens the time a measure
    applies, told ahead of it; it is the nearest such day, not last year's because the clause is past
    (then `_dated_status` makes the event planned)."""
    value = mention.date
    if mention.event_type != "sanction" or published is None or value is None or value.start is None:
        return mention
    if value.kind != "interval" or value.end is not None or YEAR.search(value.text):
        return mention
    if not any(is_cue(word, "from") for word in value.text.split()[:2]):
        return mention
    coming = _next_year(value.start)
    if coming is None or coming < published or coming - published >= published - value.start:
        return mention
    return replace(mention, date=replace(value, start=coming))


# The farthest a counted anchor (`trois jours après son sommet`) is dated back: days and weeks, not
# `un an après leur rencontre`, which gives no day.
COUNTED_BACK_DAYS = 31


def _counted_back(
    head: Token, unresolved: Sequence[Span], same_sentence: Sequence[Span], entry: DateValue | None = None
) -> DateValue | None:
    """`se sont parlé jeudi, trois jours après leur rencontre`, `X a reçu lundi Y, trois jours après son
    sommet avec Z`: the event noun a counted span is counted from (`N jours après`, `une semaine
    avant`) lies that many days before (or after) the clause's day. That day hangs on the verb the
    span counts from, or a noun phrase of it (not `la campagne, ouverte lundi`); when the parse
    links none, it is the one day the sentence gives; with none, the day of the live blog's entry
    (`07h45 - Israël a frappé l'Iran, six jours après l'attaque lancée par Téhéran`). Days and weeks
    only: `un an après` gives no day. The participle of the noun's phrase (`l'attaque de drones lancée
    par X`) tells the noun's event."""
    if head.pos_ != "NOUN" and head.dep_.startswith("acl"):
        head = next((a for a in list(head.ancestors)[:3] if any(counted_anchor(d) == a for d in unresolved)), head)
    span = next((d for d in unresolved if head.pos_ == "NOUN" and counted_anchor(d) == head), None)
    if span is None:
        return None
    verb = span.root.head if span.root.head.i != head.i else head.head  # the count hung on its noun
    days = [d for d in same_sentence if d is not span and _clause_day(d) and d.root not in head.subtree]
    linked = [d for d in days if _on_verb(d.root, verb)]
    days = [d for d in days if d.root.head.dep_ not in {"acl", "acl:relcl"}]  # not `la campagne, ouverte lundi`
    if linked:
        day = linked[0]._.date_value.start
    elif len({d._.date_value.start for d in days}) == 1:
        day = days[0]._.date_value.start
    elif not days and entry is not None and entry.start is not None and entry.start == entry.end:
        day = entry.start
    else:
        return None
    counted = normalize_date(span.text, day, anchor=day)
    if counted is None or counted.start is None or counted.precision != "day":
        return None
    offset = counted.start - day
    if not 0 < abs(offset.days) <= COUNTED_BACK_DAYS:
        return None
    return DateValue(span.text, span.start_char, span.end_char, day - offset, day - offset, "day", "date")


def _entry_day(blog: LiveBlog | None, head: Token, statuses: Mapping[int, str]) -> DateValue | None:
    """A live blog's entry tells the day's news (`10h50 – X a eu un échange téléphonique avec Y`):
    an event it reports as done, with no date of its own, is of the entry's day; not one told in
    the pluperfect or the imperfect (`avait visé`), which is background."""
    if blog is None or statuses[head.i] != "occurred" or _background(head):
        return None
    return blog.day_at(head.idx)


def _hours_apart(head: Token) -> bool:
    """`Quelques minutes plus tôt, l'aviation avait bombardé ...`, `quelques heures auparavant`: a clock
    unit of the date lexicon then a `clock_offset` word of markers.csv, before the trigger in its clause,
    tell an event of the day of the one told before, though in the pluperfect; so does a word of the
    same moment on the clause's verb (`same_moment`: `a aussitôt riposté`, `dans la foulée`)."""
    offsets, same_moment = markers()["clock_offset"], markers()["same_moment"]
    root = clause_root(head).i
    doc, sent = head.doc, head.sent
    lowered = lower_texts(doc)[sent.start : sent.end]  # strings first: few words qualify
    if any(fold(w) in same_moment and doc[sent.start + k].head.i == root for k, w in enumerate(lowered)):
        return True  # `Pékin a immédiatement appliqué des droits`, `dans la foulée`: at once
    for k, word in enumerate(lowered[: head.i - sent.start]):
        if unit_of(word) not in _CLOCK:
            continue
        tok = doc[sent.start + k]
        if root not in {a.i for a in tok.ancestors}:
            continue  # `Quelques heures auparavant, X avait frappé`: the parser may make the offset a clause
        after = [fold(t.lower_) for t in head.doc[tok.i + 1 : tok.i + 3]]
        if after and (after[0] in offsets or " ".join(after) in offsets):
            return True
    return False


def _background(head: Token) -> bool:
    """A verb of the trigger's clause, or its auxiliary, in the imperfect (`avait frappé`, `visait`)."""
    for verb in [head, *clause_chain(head)]:
        for tok in [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]:
            if "Imp" in tok.morph.get("Tense", []):
                return True
    return False


def _next_year(day: date) -> date | None:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return None


def _past_clause(head: Token, *, announced: bool = False) -> bool:
    """A verb of the trigger's clause, or its auxiliary, in the imperfect or the past. With
    `announced`, a verb of decision in the perfect is not one: `la visite, prévue en février, a été
    confirmée` is still to come (a pluperfect `avait été annoncée` is)."""
    deciding = markers()["decision_verbs"] if announced else frozenset()
    for verb in [head, *clause_chain(head)]:
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
        if fold(verb.lemma_) in deciding and not any("Imp" in t.morph.get("Tense", []) for t in auxiliaries):
            continue
        for tok in [verb, *auxiliaries]:
            tenses = tok.morph.get("Tense", [])
            if "Imp" in tenses or ("Past" in tenses and "Fin" in tok.morph.get("VerbForm", [])):
                return True
            if (
                tok is verb
                and "Part" in tok.morph.get("VerbForm", [])
                and any(c.dep_ == "aux:tense" for c in verb.children)
            ):
                return True
    return False


def _dated_status(mention: EventMention, published) -> EventMention:
    """An event the text dates after the publication day has not happened yet: `planned`
    (`Xi Jinping est attendu à Moscou la semaine prochaine`)."""
    value = mention.date
    if mention.status == "occurred" and published and value is not None and value.start and value.start > published:
        return replace(mention, status="planned")
    return mention


def governing_date(
    head: Token,
    date_spans: list[Span],
    other_triggers: Set[int] = frozenset(),
    unresolved: Sequence[Span] = (),
    *,
    told_after: bool = False,
    after_unclaimed: bool = False,
    event_type: str = "",
) -> Span | None:
    """The date of the trigger's own clause: attached to it in the parse first, else the clause's
    only date that no other trigger claims. `unresolved` holds the sentence's dates the text left
    unresolved, which date nothing but may show the event is another date's anchor. `told_after`: a
    relative clause of the event noun whose verb is a trigger dates it (`le bilan de la frappe qui a
    détruit samedi un immeuble s'est alourdi, a-t-on annoncé lundi`: Saturday's strike). `after_unclaimed`:
    a strike naming no attacker was told just before, which a claim of a strike completes (`La raffinerie a
    été touchée mardi. L'armée a revendiqué la frappe jeudi`): the claim's day is not the strike's.
    `event_type`: a relative clause of the event noun whose verb makes the event of that type dates it
    (`a dénoncé mercredi la surtaxe que le Canada a imposée mardi`: Tuesday's measure)."""
    date_spans = [
        d
        for d in date_spans
        if not _counted_since(d, head)
        and not _offset_from(d, head)
        and not _of_anchor_event(d, head)
        and not _held_since(d, head)
        and not _earlier_relative(clause_root(d.root), head)
    ]
    last = last_time_date(head, date_spans) if head.pos_ in {"VERB", "AUX"} else None
    if last is not None:
        return last  # `se sont rencontrés à trois reprises cette année, dont la dernière fois mardi`: Tuesday
    if _before_infinitive(head):
        # `Avant de s'entretenir avec X, Y avait rencontré mardi Z`: the talk came after that Tuesday
        return next((d for d in date_spans if d.root.head.i == head.i), None)
    told_on_noun = [d for d in date_spans if _dated_noun_phrase(d, head)]
    if told_on_noun:
        return told_on_noun[0]  # `la frappe israélienne de samedi`, however the parser hung `de samedi`
    answered = _answered_phrase(head)
    if answered is not None:
        return _answered_date(answered, head, date_spans, other_triggers)
    date_spans = [d for d in date_spans if not _in_answered_phrase(d.root, head)]
    anchors = {head.i}
    verb = governing_verb(head) if head.pos_ not in {"VERB", "AUX"} else None
    if verb is not None and reporting_tail(verb, head):
        verb = verb.head  # `un dépôt a pris feu lundi après une attaque, a annoncé X`: the clause reported
    if after_unclaimed and verb is not None and _claimed_by(head, verb):
        # `Kiev a revendiqué jeudi la frappe`, `a revendiqué la frappe jeudi` (a bare day the parser hangs
        # on the noun): Thursday is the claim's day; `la frappe de lundi`, `menée lundi` are the strike's
        own = [d for d in date_spans if _own_date(d.root, head) and (d.root.head.i != head.i or _has_case(d.root))]
        return own[0] if own else None
    if verb is None and is_gerund(head):
        # `a riposté le jour même en renvoyant X`: the gerund acts at the verb's time, also when the
        # parser hangs it on a noun of that clause (`a riposté mercredi ... en frappant de droits X`)
        verb = verb_above(head.head)
    if verb is None and head.dep_ == "acl" and head.pos_ == "VERB":
        verb = governing_verb(head.head)  # `une roquette tirée depuis X a touché jeudi Y`: fired then
    if verb is None and _reported_past(head):
        verb = head.head  # `dans la nuit, l'armée a indiqué avoir abattu 14 drones`: the night of the act
    if verb is not None and _cause_of_coming(head, verb) and not any(_own_date(d.root, head) for d in date_spans):
        return None  # `échangeront aujourd'hui leurs prisonniers, suite à l'appel entre X et Y`: a call before
    if verb is not None:
        anchors.add(verb.i)
    told = verb if verb is not None else head
    report = _closing_report(told) if told.pos_ in {"VERB", "AUX"} else None
    if report is not None and _told_as_done(told):
        anchors.add(report.i)  # `La Norvège a expulsé trois diplomates, a annoncé jeudi le ministère`: that Thursday
    elif report is not None and report.head.i == told.i:
        # `Le président recevra X, a fait savoir lundi l'Élysée`, `avait gelé ..., a rappelé mardi Y`: the day of
        # the saying is not that of a plan or of an earlier act
        date_spans = [d for d in date_spans if not report.i <= _date_anchor(d).i <= report.right_edge.i]
    for v in (head, verb):
        # `Dès le lendemain, X avait suspendu A et ordonné l'expulsion de B`: that day; `Vendredi, X a
        # annoncé ..., tandis que Y recevait Z` (or `annonçait des sanctions`): that Friday
        if v is not None and (_elided_conjunct(v) or (v.pos_ in {"VERB", "AUX"} and _simultaneous(v))):
            anchors.add(v.head.i)
    if head.pos_ in {"VERB", "AUX"} and is_purpose_clause(head):
        anchors.add(head.head.i)  # `doit se rendre vendredi à Washington pour y rencontrer X`: the journey's day
    # a participle of the noun hung far down its phrases (`celle de 100 % sur les voitures chinoises entrée en
    # vigueur mardi`) is the noun's all the same
    attached = [
        d
        for d in date_spans
        if _hops_to(_date_anchor(d), anchors, other_triggers) is not None
        or (head.pos_ != "VERB" and _own_date(d.root, head))
    ]
    if head.pos_ == "NOUN":  # `une riposte à la frappe du 1er avril`: the date of the event noun inside
        attached = [d for d in attached if not _under_other(d.root, head, other_triggers)]
    if not attached and _carried_infinitive(head):
        # `va rencontrer X à Bali le 14 novembre`: the parser hung the date on `va` itself
        attached = [d for d in date_spans if d.root.head.i == head.head.i]
    if not any(_own_date(d.root, head) for d in attached):
        relative = [
            d
            for d in date_spans
            if _in_occurrence_relative(d.root, head)
            or (told_after and _in_own_relative(d.root, head, other_triggers))
            or (head.pos_ == "NOUN" and _in_acting_relative(d.root, head, event_type))
        ]
        if relative:
            return relative[0]
        if _unresolved_own_date(head, unresolved):
            return None  # `deux jours après une frappe sur X`: an earlier event, not of the clause's day
    if attached:
        # `pour la troisième fois cette année, jeudi à Busan`: of two dates of the clause, one inside the
        # other, the narrower says the day
        attached = [d for d in attached if not any(_narrower(e, d) for e in attached)]
        # a date on the event noun itself or its participle beats the governing verb's: `a
        # revendiqué mercredi la frappe menée dans la nuit de lundi à mardi` is a strike of that night
        return min(
            attached,
            key=lambda d: (
                _until_only(d),
                not _own_date(d.root, head),
                _hops_or_far(_date_anchor(d), anchors, other_triggers),
                abs(d.start - head.i),
            ),
        )
    occasion = _occasion_date(head, date_spans)
    if occasion is not None:
        return occasion
    free = [
        d
        for d in date_spans
        if _hops_to(_date_anchor(d), set(other_triggers)) is None
        and not _under_other(d.root, head, other_triggers)
        and not _in_other_participle(d.root, head)
    ]
    same_clause = [d for d in free if clause_root(_date_anchor(d)).i == clause_root(head).i]
    if len(same_clause) == 1:
        return same_clause[0]
    if free and len(free) == len(date_spans) and not same_clause and _may_date(free[0].root, head):
        if len({(d._.date_value.start, d._.date_value.end) for d in free}) == 1:
            return free[0]  # one day told twice: `entame lundi sa tournée ... Londres dans la soirée`
    return _fronted_participle_date(head, date_spans)


def _closing_report(verb: Token) -> Token | None:
    """The verb of a report told after the clause of `verb`, with its speaker after it: an incise the parser
    hung on the clause (`, a indiqué un porte-parole`, `, a fait savoir la présidence`), or the reporting
    verb it made the root with the clause below it (`La Norvège a expulsé X, a annoncé jeudi le ministère`)."""
    incise = next((c for c in verb.children if c.i > verb.i and (_report_incise(c) or _inverted_advcl(c))), None)
    if incise is not None:
        return incise
    governor = verb.head
    if (
        verb.dep_ in {"advcl", "ccomp", "parataxis"}
        and governor.i > verb.i
        and fold(governor.lemma_.lower()) in markers()["reporting_tail"]
        and any(c.dep_ in {"nsubj", "obj"} and c.i > governor.i for c in governor.children)
        and not any(c.dep_ == "nsubj" and c.i < governor.i for c in governor.children)
    ):
        return governor
    return None


def _inverted_advcl(verb: Token) -> bool:
    """`Le Japon avait gelé X, a rappelé mardi le porte-parole`: an incise the parser took for an adverbial
    clause, with no mark to open it and its subject told after it."""
    return (
        verb.dep_ == "advcl"
        and verb.pos_ == "VERB"
        and not any(c.dep_ == "mark" for c in verb.children)
        and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)
        and not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    )


def _told_as_done(verb: Token) -> bool:
    """A clause in the compound or simple past (`a expulsé`, `expulsa`): the act is news of the day it is
    reported; a pluperfect (`avait expulsé`) told an earlier act, a future or conditional one to come."""
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    if any("Imp" in a.morph.get("Tense", []) or "Cnd" in a.morph.get("Mood", []) for a in auxes):
        return False
    return verb_tense(verb) == "past"


def _elided_conjunct(verb: Token) -> bool:
    """A participle coordinated with the verb before it that has neither auxiliary nor subject of its own
    (`avait suspendu le traité et ordonné l'expulsion`): it shares that verb's auxiliary, hence its time."""
    return (
        verb.dep_ == "conj"
        and verb.pos_ == "VERB"
        and verb.head.pos_ == "VERB"
        and "Part" in verb.morph.get("VerbForm", [])
        and any(c.dep_ == "aux:tense" for c in verb.head.children)
        and not any(c.dep_ in {"aux:tense", "aux:pass", "nsubj", "nsubj:pass"} for c in verb.children)
    )


def _simultaneous(verb: Token) -> bool:
    """An adverbial clause opened by a mark of the same time (`tandis que`, `pendant que`, `lorsque`:
    `simultaneous` in markers.csv) on the verb of its main clause."""
    return (
        verb.dep_ == "advcl"
        and verb.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "mark" and fold(c.lower_) in markers()["simultaneous"] for c in verb.children)
    )


def _held_since(date_span: Span, head: Token) -> bool:
    """`a levé les restrictions qui limitaient depuis 1992 la coopération`, `les négociations, interrompues depuis
    le printemps 2022, pourraient reprendre`: a `depuis` date (`since` cues) in a relative or participle clause
    of the event noun says how long what it names has held, not the day of the act told. So does one in
    the participle or relative clause of another noun of the event's clause (`a pu joindre X, détenu par
    l'armée depuis le 26 juillet`: the detention's start, not the call's day)."""
    if not _told_since(date_span):
        return False
    for t in date_span.root.ancestors:
        if t.i == head.i:
            return False
        if t.dep_ in {"acl:relcl", "acl"} and (head.pos_ == "NOUN" or t.head.i != head.i):
            return True
    return False


def _told_since(date_span: Span) -> bool:
    """A date span opened by `depuis` (`_opens_with_since`)."""
    return _opens_with_since(date_span.text)


def _narrower(inner: Span, outer: Span) -> bool:
    """`jeudi` inside `cette année`: both resolved, the first a strictly shorter period within the second."""
    a, b = inner._.date_value, outer._.date_value
    if a is None or b is None or None in (a.start, a.end, b.start, b.end):
        return False
    return bool(b.start <= a.start and a.end <= b.end and (a.end - a.start) < (b.end - b.start))


def _fronted_participle_date(head: Token, date_spans: list[Span]) -> Span | None:
    """`Réunis samedi à Abuja, les chefs d'État ont décidé de lever les sanctions`: a past participle opening
    the sentence tells the circumstance of the main clause, which happened on its day (the only day told
    before its comma), when the event is told after that comma in a past or present clause."""
    sent, doc = head.sent, head.doc
    first = doc[sent.start]
    if "Part" not in first.morph.get("VerbForm", []) or "Pres" in first.morph.get("Tense", []):
        return None
    comma = next((t.i for t in doc[sent.start : head.i] if t.text == ","), None)
    if comma is None:
        return None
    before = [d for d in date_spans if d.end <= comma]
    if len(before) != 1 or any(comma < d.start for d in date_spans):
        return None
    verb = _clause_verb(head)
    saying = saying_verbs()
    reported = any(t.dep_ in {"xcomp", "ccomp"} and fold(t.head.lemma_.lower()) in saying for t in (head, verb))
    if reported or (verb is not head and fold(verb.lemma_.lower()) in saying):
        return None  # `Interrogé mardi, le ministre a dit avoir rencontré X`: told that day, done before
    return before[0] if verb_tense(verb) in {"past", None} or "Inf" in verb.morph.get("VerbForm", []) else None


def _before_infinitive(head: Token) -> bool:
    """An infinitive under `avant de` (`Avant de s'entretenir avec X, ...`, `avant de rejoindre Y`): an act
    that follows the clause's, whose day is only one of its own."""
    if "Inf" not in head.morph.get("VerbForm", []):
        return False
    marks = [c.lower_ for c in head.children if c.dep_ == "mark"]
    return "avant" in marks


def _answered_phrase(head: Token) -> Token | None:
    """`a riposté lundi aux taxes américaines`, `en riposte au relèvement des taxes américaines`: the phrase
    of the earlier act a riposte answers (`phrases.answered_by_riposte`), reached from the event noun up
    through the nouns of its phrase; None when the noun is not in such a phrase."""
    token = head
    while token.pos_ == "NOUN":
        if answered_by_riposte(token):
            return token
        if token.head is token or token.dep_ != "nmod":
            return None
        token = token.head
    return None


def _in_answered_phrase(date_token: Token, head: Token) -> bool:
    """`a décidé d'expulser X et de fermer Y, en représailles à une mesure prise lundi par Z`: a date in the
    phrase of the act a riposte answers (`phrases.answered_by_riposte`) is that act's, not the riposte's;
    unless the event told is in that phrase too (`en représailles à la mort de X, tué vendredi dans une
    frappe`: Friday is the strike's)."""
    for t in (date_token, *date_token.ancestors):
        if t.i == head.i:
            return False
        if answered_by_riposte(t):
            return not any(a.i == t.i for a in head.ancestors)
    return False


def _answered_date(answered: Token, head: Token, date_spans: list[Span], other_triggers: Set[int]) -> Span | None:
    """The date of an act a riposte answers is told in its own phrase (`en riposte au relèvement des taxes,
    entré en vigueur vendredi`), or in the phrase of the riposte noun it completes, where the parser may hang
    the participle (`en réponse au doublement des taxes décidé vendredi par X`); the day of the riposte's
    clause (`a relevé lundi ses droits`) is the riposte's, never the earlier act's."""
    inside = {t.i for t in _answered_scope(answered).subtree}
    own = [d for d in date_spans if d.root.i in inside and not _under_other(d.root, head, other_triggers)]
    if not own:  # `en riposte aux taxes entrées en vigueur le même jour`: the riposte's day, told as shared
        own = [d for d in date_spans if _same_day(d) and not _under_other(d.root, head, other_triggers)]
    return min(own, key=lambda d: abs(d.start - head.i)) if own else None


def _answered_scope(answered: Token) -> Token:
    """The phrase whose dates are an answered act's own: its noun's, or the riposte noun's it completes
    (`en réponse au doublement des taxes décidé vendredi`: the parser may hang the participle there)."""
    return answered.head if answered.head.pos_ == "NOUN" else answered


def _until_only(date_span: Span) -> bool:
    """`ont prolongé lundi jusqu'au 31 janvier les sanctions`: an interval with only its end is how long
    the measure lasts, not the act's day, which the clause's other date gives."""
    value = date_span._.date_value
    return value.kind == "interval" and value.start is None and value.end is not None


def _same_day(date_span: Span) -> bool:
    """`le même jour`, `le jour même`: a day told as the one of the event just told (an anaphoric date of
    offset 0 in models/temporal/lexicon.csv, not `quelques heures plus tard`)."""
    text = fold(date_span.text.lower().strip())
    return "jour" in text and temporal_words().anaphoric.get(text) == "0"


def _same_day_with_none_before(date_span: Span, sentence: int) -> bool:
    """`le même jour` in the first sentence with no date of the text before it (`Israël frappe le Liban et la Syrie
    le même jour` opening the article; not `Le 3 mars, X a taxé Y, et Z a répondu le jour même`): it repeats no
    day, so it dates nothing."""
    return (
        sentence == 0
        and _same_day(date_span)
        and not any(d.end <= date_span.start for d in date_span.doc.spans.get(DATES_KEY, []))
    )


def _offset_from(date_span: Span, head: Token) -> bool:
    """`intervient une semaine après son sommet avec X`, `deux jours avant la rencontre`: a span of
    time that ends on the event noun's own preposition measures another event from this one; it is
    not this event's date."""
    last = date_span[-1]
    return head.pos_ == "NOUN" and last.dep_ == "case" and last.head.i == head.i


def _occasion_date(head: Token, date_spans: list[Span]) -> Span | None:
    """`rencontrera X en marge du sommet du G20 prévu en novembre`: a talk told with no date of its
    own is held at the occasion it frames itself in (`venue` prepositions: `en marge de`, `lors de`),
    so the date of that occasion's own phrase is the talk's."""
    occasions = []
    for c in _phrase_tokens(head, depth=2):  # the parser may hang `en marge de` on the object
        if c.lemma_.lower() in VENUE_NOUNS:  # `en marge du sommet`: the summit hangs on `marge`
            occasions += [g for g in c.children if g.dep_ == "nmod" and g.pos_ in {"NOUN", "PROPN"}]
        elif c.pos_ in {"NOUN", "PROPN"} and preposition(c) in VENUE_PREPS:  # `lors du sommet`
            occasions.append(c)
    for occasion in occasions:
        own = next((d for d in date_spans if _hops_to(d.root, {occasion.i}) is not None), None)
        if own is not None:
            return own
    return None


def _phrase_tokens(head: Token, depth: int) -> list[Token]:
    """The head's dependents down to `depth` levels, not entering other clauses."""
    out, level = [], [head]
    for _ in range(depth):
        level = [c for t in level for c in t.children if c.dep_ not in {"acl:relcl", "ccomp", "advcl", "parataxis"}]
        out += level
    return out


def _dated_noun_phrase(date_span: Span, head: Token) -> bool:
    """`la frappe israélienne de samedi`, `le raid aérien du 1er avril`: a date right after `de` (`du`,
    `d'`) that follows the event noun and its adjectives is the event's own, which the parser often hangs
    on an adjective or on the noun governing the event."""
    if head.pos_ != "NOUN" or date_span.start <= head.i + 1:
        return False
    if _scheduled_for(date_span, head):
        return True
    doc = head.doc
    start = _start_with_article(date_span)
    if doc[start - 1].text == "," and all(t.pos_ == "ADJ" for t in doc[head.i + 1 : start - 1]):
        # `Leur dernière rencontre, en septembre 2023 à Sotchi, n'a pas ...`: the date set off after it, its
        # aside closed by a comma (a place may follow the date inside it)
        rest = doc[date_span.end : min(head.sent.end, date_span.end + 5)]
        close = next((t.i for t in rest if t.text == ","), None)
        if close is not None and all(t.pos_ in {"ADP", "DET", "PROPN"} for t in doc[date_span.end : close]):
            return True
    if fold(doc[date_span.start - 1].lower_) not in _OF_DATE:
        return False
    return all(t.pos_ == "ADJ" for t in doc[head.i + 1 : date_span.start - 1])


def _scheduled_for(date_span: Span, head: Token) -> bool:
    """`a annulé mardi sa visite à Washington prévue la semaine prochaine`: a date on a participle of
    scheduling (`scheduling` in markers.csv) set right after the event noun's phrase is the event's day,
    however the parser hangs that participle (here on the verb of cancelling, whose own day is another)."""
    participle = date_span.root.head
    if fold(participle.lemma_.lower()) not in markers()["scheduling"]:
        return False
    if "Part" not in participle.morph.get("VerbForm", []) or participle.i <= head.i or date_span.start < participle.i:
        return False
    phrase = {t.i for t in head.subtree}
    return all(i in phrase or head.doc[i].text == "," for i in range(head.i + 1, participle.i))


_OF_DATE = frozenset({"de", "du", "d'", "d’"})


def _of_anchor_event(date_span: Span, head: Token) -> bool:
    """`les sanctions imposées au Niger après le coup d'État de juillet`: a date inside the phrase of another
    event that `après`, `avant` or `depuis` (`time_anchor` in markers.csv) opens is that event's day, not the
    trigger's, unless the trigger is told inside that phrase too (`après une frappe qui a fait 21 morts vendredi,
    dont des secouristes arrivés après la première explosion`); `après le 12 juillet`, a bare day, is a time."""
    anchors = markers()["time_anchor"]
    t = date_span.root
    for _ in range(6):
        if t.head.i == t.i or t.head.i == head.i:
            break
        t = t.head
        inside = date_span.start <= t.i < date_span.end
        if not inside and _opens_anchor(t, anchors):
            return head.i not in {x.i for x in t.subtree}  # a trigger inside that phrase is of its time
    return _set_off_after_anchor(date_span, head)


def _opens_anchor(noun: Token, anchors: Set[str]) -> bool:
    """A noun under one of the `time_anchor` words (`après leur premier sommet`)."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "case" and fold(c.lower_) in anchors for c in noun.children)


def _start_with_article(date_span: Span) -> int:
    """Where a day's phrase starts: `le 27 avril` with its article, which the tagger leaves out of the span."""
    start = date_span.start
    return start - 1 if start and date_span.doc[start - 1].lower_ == "le" else start


def _set_off_after_anchor(date_span: Span, head: Token) -> bool:
    """`s'étaient retrouvés à Panmunjom, un mois après leur premier sommet, le 27 avril, au même endroit`:
    a date set off by commas right after the phrase an anchor word opens is that phrase's event's day, however
    the parser hangs it (often on the main verb)."""
    doc = head.doc
    start = _start_with_article(date_span)
    if start < 2 or doc[start - 1].text != ",":
        return False
    if date_span.end < len(doc) and doc[date_span.end].text not in {",", ".", ";", ")"}:
        return False
    anchors = markers()["time_anchor"]
    t = doc[start - 2]
    for _ in range(4):
        if _opens_anchor(t, anchors):
            phrase = {x.i for x in t.subtree}
            return start - 2 in phrase and head.i not in phrase and head.i < t.i
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _counted_since(date_span: Span, head: Token) -> bool:
    """`leur troisième entrevue depuis janvier`, `la première visite depuis 2019`, `la première visite
    depuis la rupture des relations en 2019`: the `depuis` phrase of a counted event noun, and a date
    inside it, measure the series, they do not date the event."""
    # the parser may hang `depuis 2019` on the verb that holds the noun (`ont tenu leur premier entretien depuis 2019`)
    verb = governing_verb(head) if head.pos_ == "NOUN" else None
    hosts = {head.i} | ({verb.i} if verb is not None else set())
    since = _told_since(date_span) and (date_span.root.head.i in hosts or _deep_in_phrase(date_span.root, head))
    if _since_first(date_span.root, head):
        return True
    if not (since or _inside_since_phrase(date_span.root, head)):
        return False
    # `a accueilli les premiers pourparlers depuis 2023`: a host verb's object is the counted noun
    counted = [head, *(c for c in head.children if c.dep_ == "obj" and head.pos_ in {"VERB", "AUX"})]
    return any(
        c.dep_ in {"amod", "nummod"} and (_ordinal_word(c) or "Ord" in c.morph.get("NumType", []))
        for noun in counted
        for c in noun.children
    ) or any(map(_superlative, counted))


def _deep_in_phrase(token: Token, noun: Token) -> bool:
    """`la première rencontre entre les dirigeants des deux pays depuis 2007`: the parser may hang the date on
    the last noun of the phrase, not on the event noun; climbing noun modifiers from it reaches the noun."""
    t = token.head
    for _ in range(4):
        if t.i == noun.i:
            return True
        if t.dep_ != "nmod" or t.pos_ not in {"NOUN", "PROPN"}:
            return False
        t = t.head
    return t.i == noun.i


def _superlative(noun: Token) -> bool:
    """`l'une de ses plus importantes attaques depuis le début de l'année`, `la frappe la plus meurtrière
    depuis mars`: a noun ranked by a superlative is measured against the period after `depuis`."""
    return any(
        c.dep_ == "amod" and any(a.dep_ == "advmod" and fold(a.lower_) in {"plus", "moins"} for a in c.children)
        for c in noun.children
    )


def _since_first(token: Token, head: Token) -> bool:
    """`X a appelé Y, une première depuis septembre 2022`, `pour la première fois depuis trois ans`, `une
    première depuis le début de la guerre en 2022`, `a frappé X, la sixième attaque depuis mars`: a `depuis`
    phrase on an ordinal (`ordinal` in markers.csv), or on `fois` or another noun counted by one, measures
    how long since the last such event; a date inside it is no date of the event the clause tells, however
    the parser hangs the ordinal. The event told inside that phrase (`le premier depuis leur rencontre de
    juin`) keeps its own date."""
    t = token
    for _ in range(4):
        if is_cue(preposition(t), "since"):
            if any(w.i == head.i for w in t.subtree):
                return False
            near = [t, *t.children] + ([t.head] if t.head.i != t.i else [])
            return any(
                _ordinal_word(n) or (n.lower_ == "fois" and any(map(_ordinal_word, n.children))) for n in near
            ) or any(any(c.dep_ == "amod" and _ordinal_word(c) for c in n.children) for n in _nouns_above(t))
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _since_event(head: Token) -> bool:
    """An event noun told as the start of a period (`depuis leur sommet d'Helsinki`): it lies before the
    clause's own day, which is never its day."""
    return head.pos_ == "NOUN" and is_cue(preposition(head), "since")


def _talks_counted_by(noun: Token, triggers: list[Trigger]) -> bool:
    """`deux précédentes sessions de pourparlers`, `un cycle de négociations`: a meeting noun whose `de`
    complement is another meeting trigger counts or frames those talks; the talks inside are the event."""
    inner = {t.head.i for t in triggers if t.event_type == "meeting" and t.head.i != noun.i}
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "nmod" and c.i in inner and fold(preposition(c)) in {"de", "d'", "d’"} for c in noun.children
    )


def _set_off_after(noun: Token, i: int) -> bool:
    """The word at `i` opens right after the noun's phrase and a comma (`depuis le sommet du G7 de La Malbaie,
    au Québec, le mois dernier,`; `la visite à Pékin de X, reçu par Y`): it is told of the noun, wherever the
    parser hangs it."""
    return i >= 2 and noun.doc[i - 1].text == "," and noun.right_edge.i == i - 2


def _nouns_above(token: Token) -> list[Token]:
    """The noun a phrase hangs on, and the one that noun completes (`sa onzième visite dans la région depuis
    mars`: `région`, then `visite`)."""
    nouns, t = [], token
    for _ in range(2):
        if t.head.i == t.i or t.head.pos_ != "NOUN":
            break
        nouns.append(t.head)
        if t.head.dep_ != "nmod":
            break
        t = t.head
    return nouns


def _ordinal_word(token: Token) -> bool:
    """`première`, `second` (`ordinal` in markers.csv), and any rank in `-ième` (`le dix-huitième depuis 2022`,
    `les troisièmes depuis janvier`); not the tagger's `Ord` (`l'an dernier` is one)."""
    word = fold(token.lower_)
    return word in markers()["ordinal"] or bool(_RANK_SUFFIX.fullmatch(word))


_RANK_SUFFIX = re.compile(r"[a-z -]+iemes?")


def _inside_since_phrase(token: Token, head: Token) -> bool:
    """`token` stands in a `depuis` phrase hung on the event noun `head` or on the verb it depends on
    (`Il s'agit de la première visite de X depuis la crise de 2023`)."""
    hosts = {head.i, head.head.i} if head.pos_ == "NOUN" else {head.i}
    t = token
    for _ in range(4):
        if t.head.i == t.i:
            return False
        if t.head.i in hosts:
            return t.i != token.i and is_cue(preposition(t), "since")
        t = t.head
    return False


def _carried_infinitive(head: Token) -> bool:
    """The trigger is the infinitive of a verb that only carries it in time or mode (`va`, `doit`,
    `compte`, `pourrait`: `carrier_verb` in models/temporal/cues.csv): a date hung on that verb itself
    is the event's when none hangs on the event. A verb of saying is no carrier (`a annoncé lundi
    vouloir le rencontrer` dates the saying)."""
    return (
        head.dep_ == "xcomp"
        and head.pos_ in {"VERB", "AUX"}
        and "Inf" in head.morph.get("VerbForm", [])
        and is_cue(head.head.lemma_, "carrier_verb")
    )


def _cause_of_coming(head: Token, verb: Token) -> bool:
    """The event noun follows `après`, `suite à` or `à la suite de` (`cause_of_coming` in
    models/events/markers.csv) in a clause in the future tense: what the coming act follows."""
    if head.pos_ != "NOUN" or "Fut" not in verb.morph.get("Tense", []):
        return False
    words = markers()["cause_of_coming"]
    marks = [c for c in head.children if c.dep_ == "case"]
    if head.dep_ == "nmod" and fold(head.head.lower_) == "suite":  # `à la suite de l'appel`
        marks.append(head.head)
    return any(fold(c.lower_) in words for c in marks)


def _under_other(date_token: Token, head: Token, other_triggers: Set[int]) -> bool:
    """The date sits in the noun phrase of another event of the sentence (`la rencontre fait suite à
    deux conversations entre X et Y en décembre`), however deep: December dates the conversations,
    not the meeting, even where the parser hangs it on a conjunct of that phrase. Only a noun's
    phrase: the parser often hangs the date of a coordinated verb on the first verb; and not when
    the event itself sits in that phrase (the explosion of a strike dated there)."""
    above = {t.i for t in head.ancestors}  # `une frappe, qui a fait 21 morts vendredi après la première explosion`
    for t in (date_token, *date_token.ancestors):
        if t.i == head.i:
            return False
        if t.i in other_triggers and t.pos_ == "NOUN" and t.i not in above:  # a verb's attachments tell less
            return True
    return False


def _in_other_participle(date_token: Token, head: Token) -> bool:
    """`les communications entre leurs armées, rompues après sa visite en août 2022`: a date in the
    participle clause of another noun tells when that participle's act happened (the break), not
    when an event of the sentence did; only the parse's own links may still give it to the event."""
    for t in (date_token, *date_token.ancestors):
        if t.i == head.i or t.dep_ in {"ROOT", "ccomp", "advcl", "acl:relcl"}:
            return False
        if t.dep_ == "acl" and t.pos_ == "VERB" and t.head.i != head.i and t.i != date_token.i:
            return True
    return False


def _in_occurrence_relative(date_token: Token, head: Token) -> bool:
    """The date sits in a relative clause of the event noun that tells when it takes place (`la
    réunion qui devait se tenir en février`, `le sommet, qui aura lieu le 3 mai`). The parser often
    makes a relative in `que` on the object of a verb a completive of that verb (`a annulé jeudi le
    sommet qu'il devait tenir le 12 juin`): its pronoun right after the noun's phrase still makes it
    the noun's relative."""
    t = date_token
    for _ in range(MAX_DATE_HOPS):
        if t.dep_ == "acl:relcl":
            return (t.head.i == head.i or _relative_of(t, head)) and takes_place(t)
        if t.dep_ == "ccomp" and t.head in head.ancestors:
            return _relative_of(t, head) and takes_place(t)
        if t.head.i == t.i or t.i == head.i:
            return False
        t = t.head
    return False


def _in_acting_relative(date_token: Token, head: Token, event_type: str) -> bool:
    """The date belongs to an object relative clause of the event noun whose verb makes the event
    (`arguments.acting_relatives`: `la surtaxe que le Canada a imposée mardi`, `la visite qu'elle a
    effectuée lundi`): the first verb above the date is that clause's."""
    clauses = {c.i for c in acting_relatives(head, event_type)} if event_type else set()
    t = date_token
    for _ in range(MAX_DATE_HOPS):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t.i in clauses
    return False


def _in_own_relative(date_token: Token, head: Token, other_triggers: Set[int]) -> bool:
    """The date sits in a relative clause of the event noun whose verb is itself a trigger (`le
    bilan de la frappe russe qui a touché mardi une gare`), whatever the parse hung it on; not in a
    relative on another noun (`l'attaque contre le consulat, qui avait été inauguré en mars`)."""
    if head.pos_ != "NOUN":
        return False
    t = date_token
    for _ in range(MAX_DATE_HOPS):
        if t.dep_ == "acl:relcl":
            effect = fold(t.lemma_.lower()) in markers()["strike_effect"]  # `qui a tué vendredi`
            return (t.i in other_triggers or effect) and (t.head.i == head.i or _relative_of(t, head))
        if t.head.i == t.i or t.i == head.i:
            return False
        t = t.head
    return False


def _judged_talk(head: Token, date_span: Span) -> bool:
    """`a défendu mardi ce sommet`, `a salué lundi cette rencontre`: a talk noun pointing back
    (demonstrative), object of a verb that is not one of occurrence, is dated by that verb's day only:
    the day it was spoken of, not the day it was held."""
    bare = head.dep_ == "obj" or (head.dep_ == "obl:mod" and not preposition(head))  # the object, misparsed
    if not _demonstrative(head) or not bare or _own_date(date_span.root, head):
        return False
    return head.head.pos_ == "VERB" and not takes_place(head.head)


def _reported_past(head: Token) -> bool:
    """A past infinitive controlled by its verb (`a indiqué avoir abattu`, `affirme avoir frappé`):
    told as done by the time of that verb, which dates it when the infinitive has no date of its own."""
    return head.dep_ == "xcomp" and any(
        c.dep_ == "aux:tense" and "Inf" in c.morph.get("VerbForm", []) for c in head.children
    )


def _unresolved_own_date(head: Token, unresolved: Sequence[Span]) -> bool:
    """A date the text could not resolve opens the event noun's phrase (`deux jours
    après une double frappe sur X` when nothing dates that strike): the event is the anchor of that
    date, an earlier event, so the dates of the clause around it are not its own."""
    if head.pos_ != "NOUN":
        return False
    return any(
        (head.left_edge.i <= d.start and d.end <= head.i and _own_date(d.root, head))
        or counted_anchor(d) == head  # `un an après leur tête-à-tête`, hung on the clause's verb
        for d in unresolved
    )


def _own_date(date_token: Token, head: Token) -> bool:
    """The date hangs on the event noun itself or on its participle (`la frappe menée dans la
    nuit`), not on a phrase nested further (`en représailles aux mesures prises la veille`)."""
    governor = date_token.head
    if governor.i == head.i or _bare_day_on_complement(date_token, head):
        return True
    if _locution_noun(governor):
        governor = governor.head  # `entrée en vigueur mardi`: the day hung on the bare noun of the locution
    # a participle, not a clause opened by a conjunction (`leur premier échange depuis que X a
    # imposé en août des droits`: August dates the duties, not the exchange)
    if governor.dep_ != "acl" or any(c.dep_ == "mark" for c in governor.children):
        return False
    return governor.head.i == head.i or _agrees_past_phrases(governor, head)


def _locution_noun(word: Token) -> bool:
    """`en vigueur`, `en place`: a bare noun (no determiner) after a preposition, completing a participle in
    a locution; what the parser hangs on it belongs to the participle."""
    return (
        word.pos_ == "NOUN"
        and word.head.pos_ == "VERB"
        and word.head.dep_ == "acl"
        and word.i == word.head.i + 2
        and any(c.dep_ == "case" for c in word.children)
        and not any(c.dep_ == "det" for c in word.children)
    )


def _bare_day_on_complement(date_token: Token, head: Token) -> bool:
    """`a confirmé jeudi la tenue d'une rencontre entre X et le Premier ministre Y vendredi à Z`: the
    parser hangs a bare day word (no preposition) on the last name of the event noun's complements, but
    a person or a place has no day; the day is the event noun's. So is one hung on the noun of holding the
    event noun completes (`la tenue d'un sommet jeudi`)."""
    if head.pos_ != "NOUN" or date_token.pos_ != "NOUN" or any(c.dep_ == "case" for c in date_token.children):
        return False
    if date_token.head.i == head.head.i and head.dep_ == "nmod" and is_cue(head.head.text, "holding_noun"):
        return True  # `a confirmé lundi, dans un communiqué, la tenue d'un sommet jeudi`: hung on `tenue`
    t = date_token.head
    for _ in range(3):
        if t.i == head.i:
            return True
        if t.dep_ not in {"nmod", "conj", "appos", "flat:name"} or t.pos_ not in {"NOUN", "PROPN"}:
            return False
        t = t.head
    return False


PHRASE_DEPTH = 4  # nested phrases at most between an event noun and the participle hung at their end


def _agrees_past_phrases(participle: Token, head: Token) -> bool:
    """`l'attaque de missiles balistiques lancée par X le 1er octobre`, `la surtaxe de 100 % sur les voitures
    chinoises entrée en vigueur mardi`: the parser hangs the participle on the last word of a chain of
    phrases of the event noun (or of the pronoun told for it, `celle de 100 % sur ...`), but it agrees in
    gender and number with the event noun and with no noun of the chain, so it tells the event's own date
    (`des drones lancés mardi` is the drones')."""
    if not _agrees(participle, head):
        return False
    word = participle.head
    for _ in range(PHRASE_DEPTH):
        if word.dep_ not in {"nmod", "amod"}:
            return False
        if word.pos_ == "NOUN" and _agrees(participle, word):
            return False
        word = word.head
        if word.i == head.i:
            return True
    return False


def _agrees(word: Token, noun: Token) -> bool:
    """Same gender and number, both told by the tagger."""
    feats = [(word.morph.get(f, []), noun.morph.get(f, [])) for f in ("Gender", "Number")]
    return all(a and b and a == b for a, b in feats)


def _may_date(date_token: Token, head: Token) -> bool:
    """A lone date outside the trigger's clause may still date it (a misparsed `Mercredi, ...`),
    unless it sits in a clause that reports the event or in a clause embedded elsewhere
    (`X a rencontré Y, a indiqué Z, qui a précisé qu'ils se reverraient en avril`)."""
    if _reports(date_token, head):
        return False
    date_clause = clause_root(date_token)
    if date_clause.dep_ not in _EMBEDDED_DEPS or date_clause.head.i == head.i or _relative_of(date_clause, head):
        return True  # `le sommet, qui se tiendra la semaine prochaine`: the clause describes the event
    return date_clause.i in {t.i for t in head.ancestors}


def _earlier_relative(clause: Token, head: Token) -> bool:
    """`a frappé des positions après l'attaque qui avait visé sa base le 3 mai`, `en riposte aux tirs qui
    avaient touché un destroyer le 12 janvier`: a relative clause in the pluperfect on another noun tells an
    earlier act, and its date is that act's, unless the trigger is itself told in the pluperfect."""
    if clause.left_edge.i <= head.i <= clause.right_edge.i:
        return False  # `X, qui s'était rendu à Harare lundi pour y rencontrer Y`: the trigger's own clause
    return clause.head.i != head.i and _background_relative(clause) and not _pluperfect(clause_root(head))


def _background_relative(clause: Token) -> bool:
    """A relative clause in the pluperfect (`qui avait coûté la vie à 26 civils le 22 avril`): an act
    before the story's time, told in the background of the sentence."""
    return clause.dep_ == "acl:relcl" and _pluperfect(clause)


def _relative_of(clause: Token, head: Token) -> bool:
    """A relative clause whose pronoun follows the trigger's phrase (`au sommet de l'OTAN, qui se
    tiendra ...`), whatever the parse attached it to."""
    pronoun = next((c for c in clause.children if "Rel" in c.morph.get("PronType", [])), None)
    if pronoun is None:
        return False
    before = pronoun.i - 1
    while before > head.i and head.doc[before].is_punct:
        before -= 1
    return before >= head.i and head.doc[before] in set(head.subtree)


def _reports(date_token: Token, head: Token) -> bool:
    """The date sits in a clause that reports the trigger's (`a fait savoir lundi qu'il
    recevrait X`): it dates the saying, not the event said."""
    reporting = clause_root(date_token)
    clause = clause_root(head)
    for _ in range(MAX_DATE_HOPS):
        if clause.head.i == clause.i:
            return False
        if clause.dep_ == "ccomp" and clause_root(clause.head).i == reporting.i:
            return True
        clause = clause_root(clause.head)
    return False


def _combine_same_clause(
    built: list[tuple[Trigger, Arguments]], partners: dict[int, Token] | None = None
) -> list[tuple[Trigger, Arguments]]:
    """Triggers of one type in one clause whose participants are not disjoint pairs: one event.
    `partners` receives, for a visit told with the talks at its destination, the other trigger's head."""
    out: list[tuple[Trigger, Arguments]] = []
    by_sentence: dict[int, list[int]] = {}  # sentence start -> indices in `out`: only those can match
    for trigger, args in built:
        candidates = by_sentence.setdefault(trigger.head.sent.start, [])
        # the visit a reception or talks at its destination tell first (`Le sommet intervient après la visite à
        # Tokyo de X, reçu par Y`: the reception is the visit, not the summit)
        visits = [k for k in candidates if _received_there(out[k][0], trigger) or _received_there(trigger, out[k][0])]
        partner = next((k for k in visits + candidates if _same_event(*out[k], trigger, args)), None)
        if partner is None:
            candidates.append(len(out))
            out.append((trigger, args))
            continue
        t0, a0 = out[partner]
        if _appended_comment(trigger.head, t0.head):
            continue  # `X a été reçu par Y, une rencontre rarissime pour ...`: the verb's event, its parties
        # `n'ont pas pu s'entretenir lors du sommet du G7`: the verb tells the event, the gathering below it the
        # occasion; the verb's status and day are the event's, whoever the noun named
        if _occasion_of(trigger, t0.head):
            first = True
        elif _occasion_of(t0, trigger.head):
            first = False
        else:
            first = len(a0.actors) >= len(args.actors)
        primary, secondary = ((t0, a0), (trigger, args)) if first else ((trigger, args), (t0, a0))
        if partners is not None and partner in visits:
            partners[primary[0].head.i] = secondary[0].head
        p_args, s_args = primary[1], secondary[1]
        # a package the other measure belongs to names one more side of one act, not one more act to split
        framed = _framed_measure(t0.head, trigger.head) or _framed_measure(trigger.head, t0.head)
        merged = replace(
            p_args,
            actors=tuple(dict.fromkeys(p_args.actors + s_args.actors)),
            source=p_args.source or s_args.source,
            target=p_args.target or s_args.target,
            location=p_args.location or s_args.location,
            location_actor=p_args.location_actor or s_args.location_actor,
            targets=p_args.targets if framed else tuple(dict.fromkeys(p_args.targets + s_args.targets)),
        )
        out[partner] = (primary[0], merged)
    return out


def _occasion_of(gathering: Trigger, verb: Token) -> bool:
    """`gathering` is a summit or a meeting of many (`occasion_gatherings` in markers.csv) told in a phrase of
    the event verb `verb` (`s'entretenir lors du sommet`): the occasion the verb's event took place at."""
    noun = gathering.head
    if gathering.rule_id not in markers()["occasion_gatherings"] or noun.pos_ != "NOUN" or verb.pos_ != "VERB":
        return False
    return verb.is_ancestor(noun) and preposition(noun) != ""


def _relative_subject_of(verb: Token, noun: Token) -> bool:
    """`verb` heads a relative clause on `noun` whose subject is the relative pronoun (`les frappes, qui
    ont visé X`): what the clause tells the noun's event did."""
    return (
        verb.dep_ == "acl:relcl"
        and verb.head.i == noun.i
        and noun.pos_ == "NOUN"
        and any(c.dep_ in SUBJECT and c.lower_ == "qui" for c in verb.children)
    )


def _same_event(t1: Trigger, a1: Arguments, t2: Trigger, a2: Arguments) -> bool:
    if t1.event_type != t2.event_type or t1.head.sent.start != t2.head.sent.start:
        return False
    if told_by_demonstrative(t1.head) or told_by_demonstrative(t2.head):
        return False  # `une surtaxe de 25 %, après celle de 100 %`: the pronoun tells another event of its kind
    if _received_there(t1, t2) or _received_there(t2, t1) or _appended_comment(t2.head, t1.head):
        return True
    if _one_listing(t1, t2):
        return True  # `des interdictions de visa et des gels d'avoirs à sept officiers`: one listing
    if t1.event_type == "sanction" and (_framed_measure(t1.head, t2.head) or _framed_measure(t2.head, t1.head)):
        return True  # `ajoutées à la liste noire, dans le cadre du paquet de sanctions contre X`: one package
    if t1.event_type in {"strike", "sanction"} and (
        _relative_subject_of(t2.head, t1.head) or _relative_subject_of(t1.head, t2.head)
    ):
        # `Ces frappes, qui ont visé des quartiers du nord`, `les droits de douane qui frappaient l'acier
        # britannique`: the noun's act, told again
        return True
    if finite_clause_root(t1.head).i != finite_clause_root(t2.head).i or _coordinated(t1.head, t2.head):
        return False
    if aside_of(t1.head) != aside_of(t2.head):
        return False  # `X, reçu lundi par Y, doit se rendre à Moscou`: the aside tells an event of its own
    if _further_step(t1.head, t2.head) or _further_step(t2.head, t1.head):
        return False
    if _in_verb_conjunct(t1.head) != _in_verb_conjunct(t2.head):
        return False
    if inside_venue(t1.head) != inside_venue(t2.head):  # `rencontré Y en marge du sommet`
        return False
    if _previous_talk(t1.head) != _previous_talk(t2.head):  # `a reçu X, après leur précédente rencontre`
        return False
    if t1.event_type in TALK_TYPES and (_prepared_talk(t1.head, t2.head) or _prepared_talk(t2.head, t1.head)):
        return False  # `se sont réunis vendredi pour préparer le sommet de décembre`: two meetings
    if t1.event_type in TALK_TYPES and _under_anchor(t1.head) != _under_anchor(t2.head):
        # `ce tête-à-tête était le premier depuis leur rencontre de juin`, `a reçu X, quelques heures avant
        # l'ouverture des pourparlers entre Y et Z`: two talks
        return False
    if t1.event_type == "strike" and _anchor(t1.head) != _anchor(t2.head):
        return False  # `X a bombardé dimanche des positions kurdes après une attaque contre une caserne`
    if t1.event_type == "sanction" and retaliated(t1.head) != retaliated(t2.head):
        return False
    if t1.event_type == "sanction" and other_measure([measure_of(t1.rule_id)], measure_of(t2.rule_id)):
        return False  # `a interdit les importations de X et imposé des droits de douane sur Y`: two measures
    apart = _aimed_apart(t1.head, a1, t2.head, a2) or _aimed_apart(t2.head, a2, t1.head, a1)
    if t1.event_type == "sanction" and apart:
        return False  # `le gel des avoirs de banques russes et des sanctions contre des oligarques bélarusses`
    if t1.event_type == "sanction" and _under_anchor(t1.head) != _under_anchor(t2.head):
        return False  # `après le doublement des droits, décidé mercredi par X, Pékin a imposé des taxes`
    if t1.event_type == "strike" and retaliated(t1.head, EARLIER) != retaliated(t2.head, EARLIER):
        return False  # `au lendemain de l'attaque du Hamas, le Hezbollah et Israël échangent des tirs`
    if t1.event_type in TALK_TYPES and (_talks_framed(t1.head, t2.head) or _talks_framed(t2.head, t1.head)):
        return True  # `ont réuni une nouvelle session de négociations entre X et Y`: one round, mediators and parties
    disjoint_pairs = len(a1.actors) >= 2 and len(a2.actors) >= 2 and not set(a1.actors) & set(a2.actors)
    if t1.event_type == "sanction" and (
        _mirrored(a1, a2)
        or _riposte_of_another(t1, a1, t2, a2)
        or (_imposed_apart(a1, a2) and not _compared(t1.head) and not _compared(t2.head))
    ):
        return False
    return not disjoint_pairs and not (t1.event_type == "strike" and _two_strikes(a1, a2))


RIPOSTE_RULE = "sanc_riposte_trade"


def _framed_measure(measure: Token, noun: Token) -> bool:
    """`X ont été ajoutées à la liste noire, dans le cadre du paquet de sanctions contre Y`: a measure noun in
    a phrase headed by a frame noun (`measure_frames` in markers.csv) under the other measure's word is the
    package that measure belongs to, one event whose sides both name."""
    if noun.pos_ != "NOUN" or not measure.is_ancestor(noun):
        return False
    frames = markers()["measure_frames"]
    token = noun.head
    while token.i != measure.i:
        if fold(token.lemma_.lower()) in frames and preposition(token) != "":
            return True
        token = token.head
    return False


def _talks_framed(frame: Token, talk: Token) -> bool:
    """`une session de négociations`, `un cycle de pourparlers`: a talk noun that is the `de` complement of
    another talk noun is what that round is made of, one event."""
    return talk.dep_ == "nmod" and talk.head.i == frame.i and fold(preposition(talk)) in {"de", "d'", "d’"}


def _appended_comment(noun: Token, verb: Token) -> bool:
    """`X a été reçu jeudi par Y, une rencontre rarissime pour un dirigeant de Z`: an event noun with an
    indefinite article set after a comma on the event verb of its clause says what that event was;
    what its own phrase names (`pour un dirigeant de Z`) is a comment, not a party."""
    if noun.pos_ != "NOUN" or verb.pos_ not in {"VERB", "AUX"} or noun.head.i != verb.i or noun.i < verb.i:
        return False
    first = noun.left_edge  # the article right after the comma: no preposition (`, après une session`)
    return (
        noun.dep_ in {"xcomp", "appos", "dep", "obl:mod", "parataxis"}
        and first.i > 0
        and noun.doc[first.i - 1].text == ","
        and first.dep_ == "det"
        and first.head.i == noun.i
        and "Ind" in first.morph.get("Definite", [])
    )


def _aimed_apart(head: Token, args: Arguments, noun: Token, other: Arguments) -> bool:
    """`a décidé le gel des avoirs de deux banques russes et des sanctions contre cinq oligarques bélarusses`:
    a measure noun coordinated with a word of another measure's phrase (not with that measure's own noun),
    aimed at another state, is another measure."""
    if noun.pos_ != "NOUN" or noun.dep_ != "conj" or noun.head.i == head.i:
        return False
    mine = {t for t in (*args.targets, args.target) if t} - {args.source}
    theirs = {t for t in (*other.targets, other.target) if t} - {other.source}
    if not mine or not theirs or not all(t.startswith("state:") for t in mine | theirs):
        return False
    return not mine & theirs


def _mirrored(a1: Arguments, a2: Arguments) -> bool:
    """`les droits américains sur les produits chinois, auxquels Pékin a répondu par des taxes sur
    les produits américains`: one side's measure and the other's answer are two sanctions."""
    return (a1.source is not None and a1.source == a2.target) or (a2.source is not None and a2.source == a1.target)


def _imposed_apart(a1: Arguments, a2: Arguments) -> bool:
    """`les surtaxes américaines ont été abaissées à 30 %, et les droits chinois à 10 %`: two measures
    of one clause, each imposed by another state, are two sanctions, whatever verb they share."""
    return (
        a1.source is not None
        and a2.source is not None
        and a1.source != a2.source
        and a1.source.startswith("state:")
        and a2.source.startswith("state:")
    )


COMPARISON_MARKS = frozenset({"que", "qu'", "qu’", "comme"})


def _compared(noun: Token) -> bool:
    """`prendraient effet le même jour que les taxes américaines`: a noun the parser marks with the `que`
    or `comme` of a comparison is what the clause is measured against, not one more act of it."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "mark" and c.lower_ in COMPARISON_MARKS for c in noun.children)


def _riposte_of_another(t1: Trigger, a1: Arguments, t2: Trigger, a2: Arguments) -> bool:
    """`la hausse des droits américains à 145 % a été suivie d'une riposte chinoise à 125 %`: a riposte
    (sanc_riposte_trade) of one state and the measure of another state it answers are two sanctions."""
    return RIPOSTE_RULE in (t1.rule_id, t2.rule_id) and _imposed_apart(a1, a2)


def _received_there(visit: Trigger, talk: Trigger) -> bool:
    """`X doit se rendre à Paris, où il sera reçu lundi par Y`, `s'est rendu à Ankara, où il a
    rencontré Y`: the talks of a relative clause on the journey's destination are the visit itself."""
    if not visit.cameo.startswith("042") or talk.cameo.startswith("042"):
        return False
    if _visitor_received(visit.head, talk.head):
        return True
    clause = finite_clause_root(talk.head)
    if clause.dep_ not in {"acl:relcl", "advcl", "ccomp"} or not any(c.lower_ == "où" for c in clause.children):
        return False
    if _step_below(talk.head, clause):
        return False  # `où il a été reçu par Y, avant de rejoindre Z pour y rencontrer W`: a further journey
    place = clause.head  # the destination, or the journey verb itself when the parser hangs `où` there
    return place.i == visit.head.i or visit.head.i in {t.i for t in place.ancestors}


def _visitor_received(visit: Token, participle: Token) -> bool:
    """`la visite à Pékin du secrétaire au Commerce X, reçu le 3 juin par Y`: a participle of receiving
    (`receiving` in markers.csv) hung on a name of the visit noun's phrase tells the reception that visit was."""
    if (
        visit.pos_ != "NOUN"
        or participle.pos_ != "VERB"
        or "Part" not in participle.morph.get("VerbForm", [])
        or has_auxiliary(participle)
        or fold(participle.lemma_.lower()) not in markers()["receiving"]
    ):
        return False
    if participle.dep_ == "acl" and participle.head.i != visit.i and visit.is_ancestor(participle):
        return True
    # the parser may hang the participle on the clause's verb: it follows the visit noun's phrase and its comma
    return _set_off_after(visit, participle.i)


def _step_below(token: Token, clause: Token) -> bool:
    """A clause opened by a conjunction other than one of purpose (`avant de rejoindre Ouagadougou`,
    `après être passé par Dakar`) between the token and its finite clause: a further step of the journey."""
    t = token
    while t.i != clause.i and t.head.i != t.i:
        marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
        if t.dep_ == "advcl" and marks and not marks & PURPOSE_MARKS:
            return True
        t = t.head
    return False


def _two_strikes(a1: Arguments, a2: Arguments) -> bool:
    """Two attackers (`les frappes ukrainiennes ... après une frappe russe sur Odessa`) or two places
    hit (`la raffinerie de Riazan ... et celle de Volgograd a été frappée`): two strikes."""
    two_sources = a1.source is not None and a2.source is not None and a1.source != a2.source
    return two_sources or (a1.location is not None and a2.location is not None and a1.location != a2.location)


def _in_verb_conjunct(head: Token) -> int | None:
    """The coordinated verb whose clause holds the trigger, if any: `s'est entretenu avec X et
    devrait rencontrer Y` tells two events, each with its own tense and date."""
    root = finite_clause_root(head)
    t = head
    while t.i != root.i and t.head.i != t.i:
        if t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and t.head.pos_ in {"VERB", "AUX"}:
            return t.i
        t = t.head
    return None


def _further_step(head: Token, other: Token) -> bool:
    """A clause opened by a conjunction (`avant de rejoindre Londres pour s'entretenir avec X`)
    tells a further step, not the same event as the other trigger; the purpose of that trigger
    itself is the same event (`s'est rendu à Pékin pour y rencontrer X`). An event noun is read on the
    verb of its clause (`où une entrevue avec X est prévue, avant de rejoindre Lima pour le sommet`)."""
    verb = clause_root(head) if head.pos_ == "NOUN" else head
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if verb.dep_ != "advcl" or not marks:
        return False
    return not (verb.head.i == other.i and marks & PURPOSE_MARKS)


def _prepared_talk(noun: Token, other: Token) -> bool:
    """`Les ministres se sont réunis vendredi pour préparer le sommet de décembre`: a talk noun that is
    the object of an infinitive of preparing (`preparing` in markers.csv), directly or through its
    `de` nouns, is the later meeting the other trigger's talks prepare, not those talks."""
    if noun.pos_ != "NOUN":
        return False
    t = noun
    for _ in range(3):
        if t.head.i == t.i:
            return False
        if t.dep_ == "nmod" and t.head.pos_ == "NOUN":
            t = t.head
            continue
        return t.head.i != other.i and prepared_by_infinitive(t)
    return False


def _one_listing(t1: Trigger, t2: Trigger) -> bool:
    """`a imposé des interdictions de visa et des gels d'avoirs à sept officiers`: coordinated nouns of
    measures aimed at persons (`listing_measures` in markers.csv: visa bans, asset freezes, blacklists)
    name one listing, one act, though each is a kind of its own."""
    if t1.event_type != "sanction" or t2.event_type != "sanction":
        return False
    # the parser may hang the second noun on the last word of the first (`des gels d'avoirs et des ...`)
    joined = any(_coordinated(a, b) for a in t1.span for b in t2.span)
    if not joined:
        return False
    kinds = markers()["listing_measures"]
    nouns = t1.head.pos_ == "NOUN" and t2.head.pos_ == "NOUN"
    return nouns and measure_of(t1.rule_id) in kinds and measure_of(t2.rule_id) in kinds


def _coordinated(a: Token, b: Token) -> bool:
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)


def _split_plural(
    mention: EventMention, head: Token, args: Arguments, spans: dict[int, Span] | None = None
) -> list[EventMention]:
    """`des attaques contre des raffineries hongroises et roumaines`: one strike per target.
    `Moscou expulse des diplomates estoniens et lettons`: one sanction per targeted state (two
    embassies, two acts; `per_state` in models/events/measure_kinds.csv), while `sanctions contre Rosneft
    et Lukoil` and `des sanctions contre des sociétés iraniennes et syriennes` stay one package."""
    plural = head.pos_ == "NOUN" and "Plur" in head.morph.get("Number", [])
    states = [t for t in args.targets if t.startswith("state:")]
    # a package against several states' firms stays one act; with no imposer found, the targets are
    # split all the same, so two targets never pass for the two sides of one sanction
    by_state = (
        mention.event_type == "sanction"
        and len(states) >= 2
        and len(states) == len(args.targets)
        and (
            per_state(mention.measure)
            or args.source is None
            or _states_by_name(head, states, spans or {})
            or _goods_taxed(head, mention.measure)
        )
    )
    strikes = plural and mention.event_type == "strike" and len(_distinct_sides(args.targets, head.doc)) >= 2
    if not strikes and not by_state:
        return [mention]
    out = []
    for target in (t for t in args.targets if t != args.source):
        actors = tuple(a for a in mention.actors if a == target or a == args.source or a not in args.targets)
        out.append(replace(mention, actors=actors, target_actor=target))
    return out


def _distinct_sides(targets: tuple[str, ...], doc: Doc) -> set[str]:
    """The targets as sides: an organisation of a state also named among them (`36 cibles des rebelles
    houthis dans plusieurs régions du Yémen`) is struck with that state, one target, not two strikes."""
    states = {t for t in targets if t.startswith("state:")}
    of_state = {t: f"state:{(actor_country(doc, t) or '').upper()}" for t in targets}
    return {of_state[t] if of_state[t] in states else t for t in targets}


def _split_imposers(mention: EventMention, head: Token, args: Arguments, actors: dict[int, Span]) -> list[EventMention]:
    """`Washington et Ankara se sont imposé des sanctions réciproques`: two coordinated imposers of a
    mutual measure (`mutual` in models/events/markers.csv, or a reflexive verb) are each the other's
    target, two sanctions. Coordinated imposers of one measure on a third party (`X et Y ont gelé les
    avoirs de Z`) stay one act, as annotators read it, unless the clause says each acted on its own
    (`ont chacun annoncé`) or the measure is one a state takes on its own soil (`per_imposer` in
    models/events/measure_kinds.csv: entry bans, expulsions); a body beside its own state is one imposer."""
    imposers = list(args.sources)
    if mention.event_type != "sanction":
        return [mention]
    if not imposers and mention.source_actor is None and len(mention.actors) == 2 and _mutual(head, reflexive=False):
        imposers = list(mention.actors)  # `X et Y se sont imposé des sanctions réciproques`, the subject misparsed
    if len(imposers) < 2 or not all(s.startswith(("state:", "org:")) for s in imposers):
        return [mention]
    sides = {next(iter(office_state(s, actors)), s) for s in imposers}
    if len(sides) != len(imposers):
        return [mention]
    target = mention.target_actor if mention.target_actor not in imposers else None
    if _each_apart(head) or per_imposer(mention.measure):
        # `X et Y ont chacun annoncé des sanctions contre Z`, `X et Y ont expulsé des diplomates de Z`: one act each
        rest = tuple(a for a in mention.actors if a not in imposers)
        return [replace(mention, actors=(s, *rest), source_actor=s, target_actor=target) for s in imposers]
    if target is not None or len(imposers) != 2 or not _mutual(head):
        return [mention]
    out = []
    for source in imposers:
        aim = next(s for s in imposers if s != source)
        rest = tuple(a for a in mention.actors if a not in imposers and a != aim)
        out.append(replace(mention, actors=(source, aim, *rest), source_actor=source, target_actor=aim))
    return out


def _each_apart(head: Token) -> bool:
    """`Washington et Ottawa ont chacun annoncé des sanctions`, `Londres et Paris ont imposé
    séparément des sanctions`: an `each_apart` word of markers.csv on the measure's verb says every
    coordinated imposer took a measure of its own."""
    words = markers()["each_apart"]
    verb = head if head.pos_ in {"VERB", "AUX"} else governing_verb(head)
    near = [*head.children, *(verb.children if verb is not None else [])]
    return any(fold(c.lower_) in words for c in near)


def _mutual(head: Token, *, reflexive: bool = True) -> bool:
    """`des sanctions réciproques`, `se sont mutuellement imposé des taxes`, `se sont imposé des
    sanctions`: the measure goes both ways between its coordinated imposers."""
    words = markers()["mutual"]
    verb = head if head.pos_ in {"VERB", "AUX"} else governing_verb(head)
    near = [*head.children, *(verb.children if verb is not None else [])]
    if any(fold(c.lower_) in words or fold(c.lemma_.lower()) in words for c in near):
        return True
    return reflexive and verb is not None and any(c.lower_ in {"se", "s'", "s’"} for c in verb.children)


def _goods_taxed(head: Token, measure: str) -> bool:
    """`les produits japonais et sud-coréens seront taxés à 25 %`: goods of several states taxed by a
    passive verb are one duty per state (one letter, one rate each), unlike a package on firms."""
    return measure == "tariff" and head.pos_ == "VERB" and passive_voice(head)


def _states_by_name(head: Token, states: list[str], actors: dict[int, Span]) -> bool:
    """`des sanctions contre l'Iran et la Corée du Nord`: states named by their names are each a
    regime of its own; `contre des sociétés iraniennes et syriennes` names firms, one package."""
    sent = head.sent
    spans = (actors[i] for i in range(sent.start, sent.end) if i in actors)
    named = {s._.actor_id for s in spans if s.root.pos_ == "PROPN"}
    return all(s in named for s in states)


def _unnamed_round(trigger: Trigger, actors: dict[int, Span], heads: dict[int, set[int]]) -> bool:
    """A further round whose sentence names no one but where it is held and who reports it
    (`Une deuxième session doit se tenir samedi prochain à Oman, a précisé X`): it belongs to the
    talks told before. A name elsewhere in the sentence ties it to other talks (`les pourparlers
    sino-américains, dont une nouvelle session ...`)."""
    sent, doc = trigger.head.sent, trigger.head.doc
    others = heads[sent.start] - {trigger.head.i}
    for i in range(sent.start, sent.end):
        span = actors.get(i)
        if span is None or i != span.start or not span._.actor_id:
            continue
        placed = span.start > 0 and is_locative(doc[span.start - 1].lower_)
        name = span.root.head if span.root.dep_ == "flat:name" else span.root  # `M. Araghchi`
        # `a suggéré la Maison Blanche`: the parser may take an inverted subject for an object
        reporter = (name.dep_ in SUBJECT and name.head.i in others) or _incise_subject(name) or _source_of(name, others)
        if not (placed or reporter or inside_venue(name)):  # `en marge de l'Assemblée de l'ONU`
            return False
    return True


def _source_of(name: Token, others: Set[int]) -> bool:
    """`..., selon une source égyptienne`: the name stands in the phrase of a trigger of attribution
    (`selon`, a preposition the lexicon reads as a statement), so it says who reports."""
    t = name
    for _ in range(3):
        if any(c.dep_ == "case" and c.i in others for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _incise_subject(name: Token) -> bool:
    """`..., a suggéré la Maison Blanche`, `..., a précisé M. Borrell`: the name after the verb of a
    reporting incise (a comma before the verb) says who reports, whatever relation the parser gives it."""
    verb = name.head
    if verb.pos_ != "VERB" or name.i < verb.i:
        return False
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    return first > verb.sent.start and verb.doc[first - 1].text == ","


def _own_body(trigger: Trigger, args: Arguments, actors: dict[int, Span], dated: bool) -> bool:
    """A dated meeting whose only participant is the body whose members meet: `le sommet de
    l'Alliance atlantique, prévu les 11 et 12 juillet`, `les ministres de l'UE doivent se réunir le
    19 février`. The body hangs on the meeting noun, or on the subject of the meeting verb; the
    sentence gives a date, or tells the members met (`_members_met`). Not a summit that frames another
    meeting (`en marge du sommet de l'OCS`)."""
    head = trigger.head
    if trigger.event_type != "meeting" or len(args.actors) != 1 or not _states_body(args.actors[0]):
        return False
    if not (dated or _members_met(head)) or inside_venue(head):
        return False
    sent = head.sent
    spans = (actors[i] for i in range(sent.start, sent.end) if i in actors)
    # any mention of the body: `Réunis à Bruxelles, les dirigeants européens ...` names it twice
    if any(s._.actor_id == args.actors[0] and _members_of(s.root, head) for s in spans):
        return True
    # `Réunis à Abuja, les dirigeants de l'organisation régionale ...`: the body told again by a common noun
    return _members_met(head) and args.actors[0] in subject_bodies(head, actors)


_PLURAL_PARTICIPLES = ("és", "ées", "is", "ies", "us", "ues")


def _members_met(head: Token) -> bool:
    """`Les dirigeants du G7 se sont réunis à Kananaskis`, `Réunis en sommet à X, les ministres de l'UE
    ont ...`: a verb of meeting told in the past, in a main clause or as the participle that opens the
    sentence, says the body's members did meet, with or without a day; a noun alone (`le sommet de
    l'OTAN`) may only name the series."""
    if head.i == head.sent.start and head.lower_.endswith(_PLURAL_PARTICIPLES):
        # the tagger often misreads a capitalised participle (`Réunis` tagged INTJ or PROPN)
        return participle_subject_tokens(head) != []
    if head.pos_ not in {"VERB", "AUX"} or head.dep_ not in {"ROOT", "advcl", "acl"}:
        return False
    if "Part" in head.morph.get("VerbForm", []) and not has_auxiliary(head):
        return participle_subject_tokens(head) != []
    return "Past" in head.morph.get("Tense", []) and any(
        c.dep_.startswith("aux") and "Pres" in c.morph.get("Tense", []) for c in head.children
    )


def _states_body(actor_id: str) -> bool:
    """An organisation whose members are states (`org_type` international in
    models/actors/organizations.csv: the UE, the OTAN, the AES): its members meeting are talks between
    states; a party's committee or a bank's board meeting is no talk between parties."""
    return actor_id.startswith("org:") and _org_types().get(actor_id) == "international"


def _members_of(token: Token, head: Token) -> bool:
    """`sommet de [l'OTAN]`, `réunion des ministres de [l'AES]`, `[les dirigeants du G7] se retrouveront`:
    the body is the meeting noun's complement, or the subject (or its complement) of the meeting verb
    or of the verb that governs it (`doivent se réunir`)."""
    verbs = {head.i, head.head.i} if head.pos_ in {"VERB", "AUX"} else _holding_verbs(head)
    if head.pos_ != "NOUN" and token.i in {t.i for t in participle_subject_tokens(head)}:
        return True  # `Réunis samedi à Abuja, les chefs d'État de la CEDEAO ont ...`: the group that met
    t = token
    for _ in range(4):  # `les ministres des Affaires étrangères des pays du G7`: four nouns up to the subject
        if t.dep_ in SUBJECT and t.head.i in verbs:
            return True
        if t.dep_ != "nmod" or t.head.i == t.i or not any(c.dep_ == "case" and c.lemma_ == "de" for c in t.children):
            return False  # `le sommet UE-Balkans`: the body is one side of two, not the members meeting
        t = t.head
        if t.i == head.i:
            return True
    return False


def _holding_verbs(noun: Token) -> set[int]:
    """`la Cédéao doit tenir un sommet`, `l'UA a convoqué un sommet extraordinaire`: a meeting noun
    that is the object of a verb of holding (`hold_meeting` in markers.csv) is held by that verb's
    subject; with a verb of modality above it (`doit tenir`), by that verb's subject too."""
    verb = noun.head
    if noun.dep_ != "obj" or verb.i == noun.i or fold(verb.lemma_.lower()) not in markers()["hold_meeting"]:
        return set()
    return {verb.i, verb.head.i} if verb.dep_ == "xcomp" else {verb.i}


# the object or complement of the halting word; not an adverbial (`après l'attentat, X a suspendu ...`)
_HALTED_DEPS = frozenset({"obj", "nmod", "obl:arg", "xcomp"})


def _partitive_after_day(date_span: Span) -> bool:
    """`Londres avait annoncé la veille des sanctions`: the eve or morrow told right after a verb that has no
    object, then `des` or `du`: the partitive article of the verb's object, not `de` the eve's complement."""
    doc = date_span.doc
    if date_span.start == 0 or date_span.end >= len(doc) or doc[date_span.end].lower_ not in {"des", "du"}:
        return False
    verb = doc[date_span.start - 1]  # the parser may make the eve itself the object
    own = {t.i for t in date_span.root.subtree}
    return verb.pos_ == "VERB" and not any(c.dep_ == "obj" and c.i not in own for c in verb.children)


def _shifted(date_span: Span, head: Token) -> DateValue:
    """The date of an event (any type) told as the eve or the morrow of its clause (`a bombardé jeudi
    des positions, au lendemain des frappes indiennes`: `day_after`/`day_before` in markers.csv) is
    the day before or after the clause's day; its own date (`au lendemain de l'attaque du 7 mai`) is kept."""
    value = date_span._.date_value
    after, before = markers()["day_after"], markers()["day_before"]
    if _partitive_after_day(date_span):
        return value  # `a annoncé la veille des sanctions`: the verb's object, no sanctions of the next day
    if value.start is not None and value.precision == "day" and _named_under(date_span, head):
        # `au lendemain d'une attaque sur Odessa`, even where the parser hangs the noun on the verb
        shift = timedelta(days=-1 if fold(date_span.root.lemma_.lower()) in after else 1)
        return replace(value, start=value.start + shift, end=(value.end or value.start) + shift)
    if value.start is None or value.precision != "day" or _own_date(date_span.root, head):
        return value
    root, t, step = finite_clause_root(head), head, 0
    while t.i != root.i and t.head.i != t.i and not step:
        # `au lendemain de la décision de X d'imposer des droits`, the infinitive hung on the clause's verb
        t = (intent_noun_before(t) if t.pos_ == "VERB" and t.dep_ != "acl" else None) or t.head
        word = fold(t.lemma_.lower())
        step = -1 if word in after else 1 if word in before else 0
    if not step:
        return value
    day = timedelta(days=step)
    return replace(value, start=value.start + day, end=value.end + day if value.end else None)


def _held_out(head: Token) -> bool:
    """`Les rebelles ont menacé de frapper Israël`, `la menace d'une attaque`: the event is what a verb or
    noun of threatening (`threaten` in markers.csv) holds out, up to two governors up; nothing done yet."""
    words = markers()["threaten"]
    governor = head
    for _ in range(2):
        if governor.head.i == governor.i:
            return False
        governor = governor.head
        if fold(governor.lemma_.lower()) in words:
            return True
    return False


def _pluperfect(head: Token) -> bool:
    """`X avait appelé Y le 3 octobre`, `ils s'étaient vus en mai`: a verb whose tense auxiliary is in
    the imperfect tells an event before the time of the news, not the news."""
    return head.pos_ == "VERB" and any(
        c.dep_.startswith("aux") and c.lemma_ in {"avoir", "être"} and "Imp" in c.morph.get("Tense", [])
        for c in head.children
    )


def _outcome_of_told_talk(head: Token) -> bool:
    """`M. X doit s'exprimer dimanche sur les résultats de l'entretien`: a talk noun with a definite article or
    a possessive, after the `de` of a noun of its outcome (`talk_outcome` in markers.csv), is a talk already held
    that the clause tells the outcome of."""
    outcome = head.head
    if head.pos_ != "NOUN" or head.dep_ != "nmod" or outcome.i > head.i:
        return False
    if fold(outcome.lemma_.lower()) not in markers()["talk_outcome"]:
        return False
    told = is_anaphoric(head) or has_possessive_article(head)
    return told or fold(preposition(head)) in {"du", "des"}


def _distance_ahead(head: Token) -> timedelta | None:
    """`a appelé X dimanche, à trois jours du sommet de l'Otan`: the event noun after the `de` of a counted
    span under `à` (events/phrases.py `span_counted_to`) comes that span after the clause's time. The span in days
    (`trois jours`, `deux semaines`, `quelques heures` as no whole day); a zero span when its count is no
    number (`à quelques jours du sommet`); None for any other trigger."""
    span = span_counted_to(head) if head.pos_ == "NOUN" else None
    if span is None:
        return None
    unit = unit_of(fold(span.lower_))
    count = next((number_value(c.lower_) for c in span.children if c.i < span.i and c.dep_ == "nummod"), 0)
    days = {"day": 1, "week": 7}.get(unit or "", 0)
    return timedelta(days=count * days)


def _told_ahead(mention: EventMention, ahead: timedelta, published: date | None) -> EventMention:
    """An event told as coming a span after its clause (`à trois jours du sommet`) is dated that span after the
    clause's day when the span is counted in days, undated otherwise; told from a clause at or after the
    publication, or from a clause whose day it comes after the publication's, it is still to come."""
    value = mention.date
    if value is None or value.start is None or not ahead:
        day = value.start if value is not None and value.start is not None else None
        coming = published is not None and (day is None or day >= published - timedelta(days=1))
        return replace(mention, date=None, status="planned" if coming else mention.status)
    start, end = value.start + ahead, (value.end or value.start) + ahead
    shifted = replace(value, start=start, end=end)
    coming = published is not None and start > published
    return replace(mention, date=shifted, status="planned" if coming else mention.status)


def _named_under(date_span: Span, head: Token) -> bool:
    """The date is a bare `au lendemain`, `à la veille` and the event noun is its `de` complement
    (`au lendemain d'une attaque`): only determiners and adjectives between them."""
    word = fold(date_span.root.lemma_.lower())
    if word not in markers()["day_after"] | markers()["day_before"] or head.i < date_span.end:
        return False
    between = date_span.doc[date_span.end : head.i]
    return (
        len(between) >= 1
        and fold(between[0].lower_) in {"de", "d'", "d’", "du", "des"}
        and all(t.pos_ in {"DET", "ADJ", "NUM"} for t in between[1:])
    )


def _days_in_a_row(value: DateValue, date_span: Span, trigger: Trigger) -> DateValue:
    """`un sommet prévu les 11 et 12 juillet`, `se réuniront mercredi et jeudi`: the tagger gives each day of
    a list its own value; a talk told on days in a row (the list's first day its own) is held over them all,
    from the first to the last. The list opens on `les` or on a weekday (`named_day` in markers.csv)."""
    if trigger.event_type not in TALK_TYPES or value.start is None:
        return value
    opening = fold(date_span[0].lower_)
    if opening != "les" and not (len(date_span) == 1 and opening in markers()["named_day"]):
        return value
    doc, end, last = date_span.doc, date_span.end, value.start
    listed = {s.start: s for s in doc.spans[DATES_KEY] if s.start >= end}
    while end + 1 < len(doc) and doc[end].lower_ in {"et", ","} and end + 1 in listed:
        # weekdays listed so already follow each other (dates/tagger.py `_listed_weekdays`)
        day = listed[end + 1]._.date_value
        if day is None or day.start is None or day.start != last + timedelta(days=1):
            break
        last, end = day.start, listed[end + 1].end
    return value if last == value.start else replace(value, end=last, kind="interval")


def _lasting(value: DateValue, head: Token) -> DateValue:
    """`ont achevé samedi un sommet informel de deux jours`: a talk noun that lasts some days, object
    of a verb of closing (`talk_closing` in markers.csv), ran from the days before to the clause's day;
    of a verb of opening (`talk_opening`: `ont entamé lundi une visite de trois jours`), from that day on."""
    if value.start is None or value.precision != "day" or (value.end and value.end != value.start):
        return value
    if head.pos_ != "NOUN" or head.dep_ != "obj":
        return value
    verb = fold(head.head.lemma_.lower())
    step = -1 if verb in markers()["talk_closing"] else 1 if verb in markers()["talk_opening"] else 0
    count = next(
        (
            number_value(n.text)
            for c in head.children
            if c.dep_ == "nmod" and c.lemma_ == "jour" and preposition(c) == "de"
            for n in c.children
            if n.dep_ == "nummod"
        ),
        0,
    )
    if not step or count < 2 or count > 31:
        return value
    other = value.start + timedelta(days=step * (count - 1))
    start, end = (other, value.start) if step < 0 else (value.start, other)
    return replace(value, start=start, end=end)


def _registered(doc: Doc, mentions: list[EventMention]) -> list[EventMention]:
    """A state struck at a place of its own that the article never names (`El-Facher`: the Sudan)
    takes part in the event: it joins the article's actors, named as in the knowledge base, so the
    timeline shows its name rather than its id."""
    known = doc._.actors
    missing = {a for m in mentions for a in m.actors if a.startswith("state:")} - set(known or {})
    if known is None or not missing:
        return mentions
    from pipeline.actors.kb import load_kb

    kb = load_kb()
    known.update({a: kb.actors[a] for a in missing if a in kb.actors})
    return mentions


def _counted_strikes(trigger: Trigger) -> bool:
    """`ont lancé lundi deux attaques distinctes`, `trois frappes`: a strike noun counted two or more."""
    return trigger.event_type == "strike" and counted_several(trigger.head)


def _one_of_counted(
    mentions: list[EventMention], bare: Set[int], struck_only: Set[int], counted: Set[int]
) -> list[EventMention]:
    """`Les rebelles ont lancé lundi deux attaques distinctes contre X. Un missile ..., tandis qu'un drone a
    visé l'aéroport de Y`: a strike naming no side, or only a place struck, and no day, told in the sentence
    of strikes counted two or more, or in the one after, is one of them: it takes their day (and so, as a
    dated strike naming no attacker, the sides told before: chains.inherit_sides)."""
    dated = [m for m in mentions if m.trigger_start in counted and m.date is not None and m.status == "occurred"]
    out = []
    for m in mentions:
        told = next((c for c in dated if 0 <= m.sentence - c.sentence <= 1 and c.trigger_start < m.trigger_start), None)
        unnamed = (m.trigger_start in bare and not m.actors) or (m.trigger_start in struck_only and not m.source_actor)
        if told is not None and unnamed and m.date is None:
            m = replace(m, date=told.date)
        out.append(m)
    return out


def _bare_strike(head: Token) -> bool:
    """A strike naming no side that may be one more strike of the campaign told around it (`Mardi, un
    bombardement avait endommagé le centre`, `la frappe du 8 juillet avait fait 40 morts`): not one
    told as the time or cause of another (`au lendemain de l'attaque`, `en représailles à`) nor as
    the start of a period (`depuis l'attaque du 7 octobre`: `since` in models/events/markers.csv)."""
    if retaliated(head, EARLIER):
        return False
    since = markers()["since"]
    return not any(fold(c.lower_) in since for c in head.children if c.dep_ == "case")


def _repeated(head: Token) -> bool:
    """`l'installation avait déjà été frappée à plusieurs reprises cette année`, `les deux ministres se
    rencontrent chaque année` (`repeated` in models/events/markers.csv): an event verb told as happening
    again and again is habitual, no specific attack or meeting, unless a day of its own dates it
    (`frappée à plusieurs reprises mardi`)."""
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    words = markers()["repeated"]
    phrases = [c for c in head.children if c.pos_ not in {"VERB", "AUX"} and _phrase_holds(c, words)]
    if not phrases:
        return False
    if last_time_date(head, head.doc.spans.get(DATES_KEY, [])) is not None:
        return False  # `a reçu X à plusieurs reprises, la dernière fois en mars`: that last one is told
    habitual = "Pres" in head.morph.get("Tense", []) and not any(c.dep_.startswith("aux") for c in head.children)
    for span in head.doc.spans.get(DATES_KEY, []):
        value = span._.date_value
        if value is None or not _own_phrase(span.root, head):
            continue
        if value.precision == "day":
            return False
        habitual = habitual or value.precision in {"week", "month", "quarter", "season", "year", "decade"}
    # `à plusieurs reprises cette année`, `frappent régulièrement`: a period or the present of habit;
    # `ont tiré à plusieurs reprises sur un navire` is one incident of several shots
    return habitual


def last_time_date(head: Token, date_spans: Sequence[Span]) -> Span | None:
    """`s'est rendu à plusieurs reprises à Pékin, la dernière fois en mars`: the date right after `la
    dernière fois` (`dont la dernière`) in the trigger's sentence, after the trigger, dates the last of
    the repeated events, the one the sentence tells."""
    doc, sent = head.doc, head.sent
    for t in doc[head.i + 1 : sent.end - 1]:
        if fold(t.lower_) == "derniere" and (doc[t.i + 1].lower_ == "fois" or doc[t.i - 1].lower_ in {"la", "dont"}):
            after = t.i + 2 if doc[t.i + 1].lower_ == "fois" else t.i + 1
            return next((d for d in date_spans if after <= d.start <= after + 1 and d.sent.start == sent.start), None)
    return None


def _habitual_noun(head: Token, *, series: bool = False) -> bool:
    """`les frappes répétées depuis des mois`, `les rencontres régulières entre les deux pays`, `des
    bombardements quotidiens` (`habitual` in models/events/markers.csv): an event noun in the plural with
    an adjective of habit, or the object of a verb of series (`multiplie les appels`), names a practice, no
    specific act, unless a day dates it in its own phrase (`les frappes répétées de mardi`) or its verb's (`les
    frappes répétées ont tué dix civils mardi`), or another verb acts on it as its object (`reprendre les visites
    régulières` is one resumption)."""
    if head.pos_ != "NOUN" or "Plur" not in head.morph.get("Number", []):
        return False
    # `Modi multiplie les appels avec les Européens`: a series summed up (`series_verbs` in markers.csv)
    # (talks only: `ont multiplié les mesures de rétorsion` after an attack tells the measures of those days)
    series = series and head.dep_ == "obj" and fold(head.head.lemma_.lower()) in markers()["series_verbs"]
    if head.dep_ == "obj" and not series:
        return False  # `ont promis de reprendre les visites régulières`: a resumption, one act to come
    words = markers()["habitual"]
    # the parser may hang the second adjective on the first (`les frappes russes répétées`)
    adjectives = [c for c in head.children if c.dep_ in {"amod", "acl"}]
    adjectives += [g for c in adjectives if c.pos_ == "ADJ" for g in c.children if g.dep_ in {"amod", "acl"}]
    if not series and not any(fold(c.lower_) in words for c in adjectives):
        return False
    scope = {head.i, head.head.i, *(c.i for c in adjectives)}
    for span in head.doc.spans.get(DATES_KEY, []):
        value = span._.date_value
        if value is not None and value.precision == "day" and (span.root.head.i in scope or span.root.i in scope):
            return False
    return True


def _lived_under(head: Token) -> bool:
    """`La Russie, sous sanctions depuis 2014, a augmenté ses ventes`, `Téhéran, sous le coup de nouvelles
    sanctions, a tiré ...`, `Sous embargo depuis 1962, Cuba a reçu ...`: a measure noun after `sous`
    (`under_measure` in markers.csv), directly or through `le coup de`, `le poids de` (`living_under`),
    tells a state the party lives in, no act; unless a verb of placing governs it (`placing_under`: `a
    placé lundi sous sanctions deux banques` is the act)."""
    if head.pos_ != "NOUN":
        return False
    under = markers()["under_measure"]
    holder = head
    if head.dep_ == "nmod" and fold(head.head.lemma_.lower()) in markers()["living_under"]:
        holder = head.head  # `sous le coup de sanctions`: `sous` hangs on `coup`
    if not any(c.dep_ == "case" and fold(c.lower_) in under for c in holder.children):
        return False
    verb = holder.head
    if holder.dep_ == "nmod" and verb.dep_ in {"obj", "obl:arg"} and verb.i < holder.i:
        verb = verb.head  # `a placé sept entreprises sous sanctions`: `sous` hung on the object of placing
    return not (verb.pos_ in {"VERB", "AUX"} and fold(verb.lemma_.lower()) in markers()["placing_under"])


def _counted_series(head: Token) -> bool:
    """`Depuis janvier, les deux pays se sont imposé cinq séries de droits de douane`: a measure counted in
    several series (`measure_series` in markers.csv, a number above one on it) over a span its verb
    tells with `depuis` recaps the measures told, no act of its own."""
    series = head if fold(head.lower_) in markers()["measure_series"] else head.head
    if fold(series.lower_) not in markers()["measure_series"] or "Plur" not in series.morph.get("Number", []):
        return False
    if not any(c.dep_ in {"nummod", "det"} and c.like_num for c in series.children):
        return False
    verb = series.head
    return verb.pos_ in {"VERB", "AUX"} and any(
        fold(g.lower_) == "depuis" for c in verb.children if c.dep_.startswith("obl") for g in c.children
    )


def _series_listed_after(head: Token) -> bool:
    """`les deux voisins avaient pris une série de mesures de rétorsion : l'Inde a suspendu le traité ... et
    expulsé ...`: a measure under a series noun (`measure_series` in markers.csv) whose phrase ends on a colon
    announces the acts listed after it, each told there; the series itself is no act of its own."""
    series = head.head if head.dep_ == "nmod" else head
    if fold(series.lower_) not in markers()["measure_series"]:
        return False
    after = series.right_edge.i + 1
    return after < series.sent.end and series.doc[after].text == ":" and after + 1 < series.sent.end - 1


def _own_phrase(token: Token, head: Token) -> bool:
    """Whether the token hangs under the head through no other verb (`à plusieurs reprises mardi`)."""
    t = token
    while t.head.i != t.i:
        t = t.head
        if t.i == head.i:
            return True
        if t.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _phrase_holds(token: Token, words: Iterable[str]) -> bool:
    """Whether the token's phrase holds one of the words (or word sequences) whole, folded; the
    phrase is folded once, not once per word (it was a tenth of the extractor's time). A clause inside
    the phrase is not the phrase's (`Abe et Trump, qui se sont entretenus à plusieurs reprises, se
    verront`: the repeats are the relative clause's, not the subject's)."""
    inner = {t.i for c in token.subtree if c.i != token.i and c.dep_ in _INNER_CLAUSES for t in c.subtree}
    folded = " " + " ".join(fold(t.lower_) for t in token.subtree if t.i not in inner) + " "
    return any(f" {w} " in folded for w in words)


_INNER_CLAUSES = frozenset({"acl:relcl", "advcl", "ccomp", "parataxis"})


_SEA_WINDOW = 12  # tokens after a launch word searched for where it fell


def _into_sea(head: Token) -> bool:
    """`a tiré deux missiles en mer du Japon`, `un tir de missile au large de sa côte` (`launch` and
    `sea_destination` in models/events/markers.csv): a launch that falls into the sea, aimed at
    nothing the clause names (`aimed_at`: `sur un pétrolier en mer Rouge` is a strike), is a test or
    a show of force, not an attack on a target."""
    if not _launch(head):
        return False
    marks = markers()
    words: list[str] = []
    for token in head.doc[head.i + 1 : min(head.sent.end, head.i + 1 + _SEA_WINDOW)]:
        if token.text in {".", ";", ":"}:
            break
        words.append(fold(token.lower_.replace("’", "'")))
    told = " " + " ".join(words).replace("' ", "'") + " "
    return any(f" {w} " in told for w in marks["sea_destination"]) and not any(
        f" {w} " in told for w in marks["aimed_at"]
    )


def _launch(head: Token) -> bool:
    """`tirer`, `un tir`, `le lancement` (`launch` in markers.csv): a word of firing, lemma or surface."""
    words = markers()["launch"]
    return fold(head.lemma_.lower()) in words or fold(head.lower_) in words


def _escort_interception(head: Token) -> bool:
    """`Une frégate française a abattu deux drones`: an interception verb (strike_frames.csv) whose subject
    or agent is a warship (`escort_ships` in markers.csv) tells a ship guarding others at sea; the attack
    it foiled is told on its own, and the warship's state is no side struck."""
    if head.lemma_.lower() not in strike_frames().get("interception", frozenset()):
        return False
    shooters = [c for c in head.children if c.dep_ in {"nsubj", "obl:agent"}]
    return any(fold(c.lemma_.lower()) in markers()["escort_ships"] for c in shooters)


def _overseen_launch(head: Token) -> bool:
    """`Le dirigeant a supervisé mardi un tir de missile`, `a assisté au lancement d'un missile`: a
    launch (`launch` in markers.csv) that a verb of watching over (`oversee`) takes as its object or
    complement is a test or a drill shown to a leader, not an attack; its clause names no target."""
    if not _launch(head):
        return False
    governor = head.head
    if governor.pos_ != "VERB" and date_root_over(governor) is not None:
        governor = governor.head  # `a supervisé jeudi un tir`: the object hung on the day
    return fold(governor.lemma_.lower()) in markers()["oversee"] and governor.pos_ == "VERB"


def _halted(head: Token) -> bool:
    """`a accepté de suspendre les frappes`, `l'arrêt des bombardements`, `a mis fin aux attaques`,
    `cesser de bombarder` (`halt` in models/events/markers.csv): strikes halted or to be halted are
    no specific attack. A strike that is the subject (`les frappes ont cessé mardi`) took place."""
    if head.dep_ not in _HALTED_DEPS or head.head.i == head.i:
        return False
    halt, governor = markers()["halt"], head.head
    if fold(governor.lemma_.lower()) in halt:
        return True
    return any(c.dep_ == "obj" and fold(c.lemma_.lower()) in halt for c in governor.children)


def _no_measure(head: Token) -> bool:
    """`il ne reconnaît aucune sanction imposée sans l'aval de l'ONU`: a measure noun under a
    determiner of none (`none` in models/events/markers.csv) names no specific act."""
    none = markers()["none"]
    if head.pos_ == "NOUN" and any(c.dep_ == "det" and fold(c.lower_) in none for c in head.children):
        return True
    # `la crise des droits de douane`, `la guerre des tarifs`: measures named as what a dispute is
    # about (`dispute` in markers.csv) are its topic, no act of a day
    return (
        head.pos_ == "NOUN"
        and head.dep_ == "nmod"
        and fold(head.head.lemma_.lower()) in markers()["dispute"]
        and any(c.dep_ == "case" and fold(c.lower_) in {"des", "du", "de"} for c in head.children)
    )


_ASKED_DEPS = frozenset({"obj", "obl:arg", "obl:mod", "xcomp", "nmod"})
_ASKED_WITH_A = frozenset({"appeler", "exhorter", "inciter", "pousser", "appel"})


def _demanded(head: Token) -> bool:
    """`La Pologne réclame de nouvelles sanctions contre Moscou`, `plaident pour un embargo`, `a appelé à
    sanctionner X`, `demande la levée des sanctions`: a measure that a verb or noun of asking (`demand` in
    models/events/markers.csv) takes as its object is asked for, no act of anyone. The climb goes up
    through the nouns the measure completes (`la levée des sanctions`) or is coordinated with."""
    demand = markers()["demand"]
    if _urged_addressee(head, demand) or _urged_infinitive_object(head):
        return True
    taken = _taken_by(head, demand)
    return taken is not None and _asked_with(*taken)


def _absent_since(head: Token) -> bool:
    """`qui ne s'étaient plus vus depuis 2019`, `ne se sont pas parlé depuis septembre`: talks denied over a
    period that `depuis` opens tell that none was held, no event (the talk that ends it is told apart)."""
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    denied = any(c.lower_ == "ne" or c.lower_ == "n'" for c in head.children) and any(
        c.dep_ == "advmod" and c.lower_ in {"pas", "plus", "jamais"} for c in head.children
    )
    return denied and any(is_cue(preposition(c), "since") for c in head.children if c.dep_.startswith("obl"))


def _talks_aimed_at(head: Token) -> bool:
    """`a suspendu ses contre-mesures afin de laisser une chance aux négociations`, `pour faciliter les
    pourparlers`: talks that a purpose infinitive of helping them on (`talk_aims` in markers.csv) takes as
    its object, or as the complement of its object, are an aim, not talks held."""
    if head.pos_ != "NOUN":
        return False
    verb = head.head if head.dep_ in {"obj", "obl", "obl:arg", "iobj"} else head.head.head
    if head.dep_ == "nmod" and head.head.dep_ not in {"obj", "obl:arg"}:
        return False
    if "Inf" not in verb.morph.get("VerbForm", []) or fold(verb.lemma_.lower()) not in markers()["talk_aims"]:
        return False
    if _scheduled_day(head):
        return False  # `pour préparer le sommet de l'AES, prévu en décembre`: a meeting planned, not an aim
    if fold(verb.lemma_.lower()) in markers()["preparing"] and _sides_of_its_own(head):
        return False  # `pour préparer un sommet entre X et Y`: that meeting is planned, not an aim
    return has_purpose_mark(verb) or under_afin(verb)


def _sides_of_its_own(head: Token) -> bool:
    """`un sommet entre X et Y`, `une rencontre avec X`: a talk noun whose own `entre` or `avec` phrase names
    an actor is one meeting of those sides; the parser may hang the phrase told right after the noun on the
    noun's verb (`préparer le sommet entre X et Y`)."""
    named = actor_index(head.doc, ACTORS_KEY)
    after = (
        [c for c in head.head.children if c.i > head.i and c.dep_.startswith("obl")] if head.head is not head else []
    )
    return any(
        fold(preposition(c)) in {"entre", "avec"} and any(t.i in named for t in c.subtree)
        for c in [*(c for c in head.children if c.dep_ == "nmod"), *after]
    )


def _scheduled_day(head: Token) -> bool:
    """Does a date on a participle of scheduling right after the event noun's phrase give its day?"""
    dates = head.doc.spans.get(DATES_KEY) or []
    return any(head.i < d.start < head.sent.end and _scheduled_for(d, head) for d in dates)


def _debated(head: Token) -> bool:
    """`Le Congrès a débattu de possibles sanctions contre X`, `ont évoqué les droits de douane lors
    d'une réunion`, `le débat d'un projet de droits de douane`: a measure that a verb or noun of
    discussing (`debated` in markers.csv) takes as its object, or that completes that object, is the
    topic, no act. A measure told with its own participle or relative (`les droits imposés la veille
    par X`) was taken, and is kept."""
    if any(c.dep_ in {"acl", "acl:relcl"} for c in head.children):
        return False
    words = markers()["debated"]
    taken = _taken_by(head, words)
    if taken is not None and taken[0].dep_ != "xcomp":
        return True
    # `a conclu un accord avec X sur les droits de douane`: the `sur` phrase the parser hangs on the verb
    # whose object is the deal
    verb = head.head
    return (
        head.dep_ in {"obl:arg", "obl:mod"}
        and fold(preposition(head)) == "sur"
        and any(c.dep_ == "obj" and fold(c.lemma_.lower()) in words for c in verb.children)
    )


def _taken_by(head: Token, words: frozenset[str]) -> tuple[Token, set[str]] | None:
    """The phrase that a word of `words` takes as its object or complement: the measure's own, or that
    of a noun it completes or is coordinated with (`la levée des sanctions`), up to three steps; with
    that word's folded forms. None when no such word governs it."""
    tok = head
    for _ in range(3):
        governor = tok.head
        if governor.i == tok.i:
            return None
        forms = {fold(governor.lemma_.lower()), fold(governor.lower_)}
        if forms & words and tok.dep_ in _ASKED_DEPS:
            return tok, forms
        if tok.dep_ not in {"nmod", "conj"} or governor.pos_ not in {"NOUN", "PROPN"}:
            return None
        tok = governor
    return None


def _urged_addressee(head: Token, demand: frozenset[str]) -> bool:
    """`L'Iran a appelé la communauté internationale à sanctionner Israël`: the parser hangs the
    infinitive on the addressee, the object of the verb of urging."""
    addressee = head.head
    if head.dep_ != "acl" or addressee.dep_ != "obj" or addressee.i == head.i:
        return False
    urging = {fold(addressee.head.lemma_.lower()), fold(addressee.head.lower_)} & demand & _ASKED_WITH_A
    return bool(urging) and any(c.dep_ == "mark" and fold(c.lower_) == "a" for c in head.children)


def _urged_infinitive_object(head: Token) -> bool:
    """`X a pressé Y de renoncer aux surtaxes`, `a exhorté Y à lever les sanctions`: a measure that
    completes an infinitive put to another party by a verb of urging (`urging` in markers.csv) is a
    wish, whoever would act on it."""
    verb = head.head
    if head.dep_ not in {"obj", "obl:arg", "obl:mod", "obl"} or "Inf" not in verb.morph.get("VerbForm", []):
        return False
    urging = verb.head
    if urging.i == verb.i or verb.dep_ not in {"xcomp", "advcl", "obl:arg", "acl", "ccomp"}:
        return False
    if verb.dep_ == "acl" and urging.dep_ == "obj" and urging.pos_ in {"NOUN", "PROPN"}:
        # `a appelé les alliés de Kiev à renforcer les sanctions`: the infinitive hung on the addressee
        urging = urging.head
    return bool({fold(urging.lemma_.lower()), fold(urging.lower_)} & markers()["urging"])


def _asked_with(tok: Token, words: set[str]) -> bool:
    """The word that opens what is asked for: `appeler à`, `exhorter à` (an infinitive or a noun),
    `plaider pour`; a bare object of `réclamer`, `exiger`, `demander`, or `la demande de sanctions`.
    `a demandé au Trésor de sanctionner X` is an order, not a wish: no infinitive under them."""
    opened = {fold(c.lower_) for c in tok.children if c.dep_ in {"case", "mark"}}
    if words & _ASKED_WITH_A:
        return bool(opened & {"a", "au", "aux"})
    if tok.dep_ == "xcomp":
        return False
    if tok.dep_ == "obl:mod":
        return "pour" in opened
    return tok.dep_ != "nmod" or bool(opened & {"de", "d'", "d’"})


def _held_by_call(head: Token, calls: Set[int]) -> bool:
    """`une réunion en visioconférence`, `un sommet par visioconférence`, `se sont réunis par
    visioconférence`: a meeting noun or verb whose medium is a call word hung on it is that call, told
    by the call trigger alone. The parser may hang the medium on the verb the noun is the object of
    (`tiendront une réunion en visioconférence`). A meeting verb whose subject is a call word (`Une
    visioconférence a réuni X et Y`) is that call too."""
    if head.pos_ not in {"NOUN", "VERB"}:
        return False
    near = list(head.children)
    if head.pos_ == "NOUN" and head.dep_ in {"obj", "nsubj:pass"} and head.head.pos_ == "VERB":
        near += [c for c in head.head.children if c.i != head.i]
    if any(c.i in calls and any(g.dep_ == "case" and g.lower_ in {"en", "par"} for g in c.children) for c in near):
        return True
    if head.pos_ == "VERB" and any(c.i in calls and c.dep_ == "nsubj" for c in head.children):
        return True  # `Une visioconférence a réuni lundi X et Y`: the call gathered them
    return head.pos_ == "VERB" and any(_talk_during_call(head, head.doc[i]) for i in calls)


_DURING = frozenset({"pendant", "durant"})


def _exchange_held_at(noun: Token, places: dict[int, Span]) -> bool:
    """A bare `échange` told at a place (`a eu un échange mardi à Pékin avec X`, `au palais`): a place after
    `à`, `au`, `dans`, hung on the noun or on the verb that holds it, says where the two sat together; `depuis`
    would say where one of them called from. A place hung on the day told between counts too, and so does a
    room (`meeting_rooms` in markers.csv: `un échange tendu dans le Bureau ovale`)."""
    governor = verb_over_date(noun) or noun.head  # `ont eu vendredi un échange`: the object hung on the day
    holders = [noun, governor] if governor.pos_ in {"VERB", "AUX"} else [noun]
    holders += [c for c in noun.children if c.dep_ == "acl"]  # `un échange tendu avec X dans le Bureau ovale`
    for holder in holders:
        # `des échanges vendredi à Jakarta`: the place hung on the day told between
        phrases = [g for c in holder.children for g in ([c, *c.children] if date_root_over(c) is not None else [c])]
        for c in phrases:
            if fold(preposition(c)) in {"a", "au", "dans"} and (
                phrase_places(c, places, locative=True) or fold(c.lemma_.lower()) in markers()["meeting_rooms"]
            ):
                return True
    return False


def _talk_during_call(verb: Token, call: Token) -> bool:
    """`X a dit avoir discuté de la Syrie avec Y lors d'un appel`, `ils ont parlé pendant un appel`: a
    talk verb told as held during a call noun is that call. The parser hangs `lors d'un appel` on the
    verb or on the verb of saying above it; a noun of talks is left alone, since `lors d'un appel, X a
    évoqué sa rencontre avec Y` tells another meeting."""
    if call.sent.start != verb.sent.start:
        return False
    if call.head.lower_ == "lors":
        anchor = call.head.head
    elif any(c.dep_ == "case" and c.lower_ in _DURING for c in call.children):
        anchor = call.head
    else:
        return False
    return anchor.i == verb.i or any(a.i == anchor.i for a in verb.ancestors)


def _topic_list_item(head: Token) -> bool:
    """`Ukraine, Yémen, sanctions : ce qu'il faut retenir`: a bare noun listed among names is a
    topic of a headline, not an event (no determiner, no complement, a conjunct of a name)."""
    return (
        head.pos_ == "NOUN"
        and head.dep_ == "conj"
        and head.head.pos_ == "PROPN"
        and all(c.dep_ in {"punct", "cc"} for c in head.children)
    )


def _pair_told(head: Token) -> bool:
    """`leur dernier entretien téléphonique`, `ils s'étaient rencontrés en mai` (`pair_reference` in
    markers.csv), `la précédente rencontre` (`earlier_talk`): a talk told of a pair by a possessive on
    its noun, a plural pronoun as its verb's subject or a definite noun told as an earlier one;
    merging gives it the pair of the talk told before."""
    words, earlier = markers()["pair_reference"], markers()["earlier_talk"]
    if head.pos_ == "NOUN":
        told = any(c.dep_ == "amod" and fold(c.lower_) in earlier for c in head.children) and is_anaphoric(head)
        return told or any(
            c.dep_ == "det" and "Poss=Yes" in str(c.morph) and fold(c.lower_) in words for c in head.children
        )
    if head.pos_ != "VERB":
        return False
    subjects = _talk_subjects(head)
    holders = [head, head.head] if head.dep_ == "xcomp" else [head]  # `a invité son homologue à se rendre`
    return any((c.pos_ == "PRON" and fold(c.lower_) in words) or _pair_group(c) for c in subjects) or any(
        _bare_counterpart(c) for h in holders for c in h.children if c.dep_ in {"obj", "obl:arg", "obl:mod"}
    )


def _bare_counterpart(noun: Token) -> bool:
    """`doit revoir son homologue`, `a invité son hôte à`: a possessive noun of the other side
    (`counterpart` in markers.csv) with no name set beside it."""
    if fold(noun.lower_) not in markers()["counterpart"]:
        return False
    possessive = has_possessive_article(noun)
    named = any(c.dep_ in {"appos", "flat:name", "nmod"} and c.pos_ == "PROPN" for c in noun.children)
    return possessive and not named


def _talk_subjects(verb: Token) -> list[Token]:
    """The subject of a talk verb, also where the parser hangs it elsewhere: on the verb that
    controls the infinitive (`ils doivent se revoir`) or as the noun the verb qualifies (`les deux
    chefs d'État s'étaient rencontrés`, parsed as a participle on `chefs`)."""
    holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    found = [c for h in holders for c in h.children if c.dep_.startswith("nsubj")]
    return found + ([verb.head] if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" else [])


def _pair_group(noun: Token) -> bool:
    """`les deux hommes`, `les deux chefs de la diplomatie`: a definite group of two."""
    return (
        noun.pos_ == "NOUN"
        and any(c.dep_ == "nummod" and c.lower_ == "deux" for c in noun.children)
        and any(c.dep_ == "det" and "Def" in c.morph.get("Definite", []) for c in noun.children)
    )


def _anchor(head: Token) -> bool:
    """A talk noun told under `après`, `avant`, `depuis` (`time_anchor` in markers.csv): the other talk
    the one of its clause is dated against."""
    return is_time_anchor(head, preposition(head))


def _under_anchor(head: Token) -> bool:
    """A measure or a talk named inside a phrase under `après`, `avant`, `depuis` (`time_anchor` in markers.csv),
    up to its finite clause (`après le doublement à 50 % des droits`): the earlier measure the clause's
    own is dated against, not that one."""
    root, t = finite_clause_root(head), head
    while not _anchor(t):
        if t.i == root.i or t.head.i == t.i:
            return False
        t = t.head
    return True


def _answered_act(trigger: Trigger, date_span: Span) -> bool:
    """`Le Canada a imposé jeudi des droits en représailles aux surtaxes décidées par Washington`: a
    measure or a strike noun that a riposte answers (`phrases.answered_by_riposte`) was told before the
    riposte; the riposte's day, outside the noun's own phrase, is not its day."""
    head = trigger.head
    if trigger.event_type not in {"sanction", "strike"} or head.pos_ != "NOUN" or not answered_by_riposte(head):
        return False
    if _same_day(date_span):
        return False  # `en riposte aux taxes entrées en vigueur le même jour`: told as the riposte's day
    return date_span.root not in _answered_scope(head).subtree


def _anchored_round(head: Token) -> bool:
    """`après une première session le 16 mai`, `avant un troisième cycle`: a round noun (`round_noun`)
    with an ordinal (`first_round`, `another`, `previous_talk` in markers.csv) told under a time anchor
    is another round than the talk its clause tells; naming no side, it is held by the parties of the
    talks told (a summit is not: its parties change)."""
    found = markers()
    words = found["first_round"] | found["another"] | found["previous_talk"]
    ordinal = any(c.dep_ in {"amod", "nummod"} and fold(c.lower_) in words for c in head.children)
    return head.pos_ == "NOUN" and fold(head.lower_) in found["round_noun"] and ordinal and _anchor(head)


def _undated_round(m: EventMention, dateless: Set[int]) -> bool:
    return m.trigger_start in dateless and not m.actors


def _previous_talk(head: Token) -> bool:
    """`leur précédente rencontre`, `lors du précédent sommet` (`previous_talk` in markers.csv): a talk
    noun told as the one held before, not the talk its clause tells; so is a talk some time before it
    (`un mois après leur sommet historique`: `time_span` in markers.csv before `après`)."""
    if head.pos_ != "NOUN":
        return False
    if any(c.dep_ == "amod" and fold(c.lower_) in markers()["previous_talk"] for c in head.children):
        return True
    after = next((c for c in head.children if c.dep_ == "case" and fold(c.lower_) == "apres"), None)
    before = head.doc[after.i - 1] if after is not None and after.i > head.sent.start else None
    return before is not None and before.pos_ == "NOUN" and fold(before.lemma_.lower()) in markers()["time_span"]


def _struck_seat(trigger: Trigger, args: Arguments, actors: dict[int, Span]) -> str | None:
    """`une frappe russe sur Kiev`, `des missiles ont frappé Beyrouth`: a strike whose target is named
    by its capital (not by the country's name) took place there, so that a strike placed in another town
    of that state the same day (`À Kharkiv, un drone a touché un immeuble`) is another strike."""
    if trigger.event_type != "strike" or args.target is None or not args.target.startswith("state:"):
        return None
    for t in trigger.head.subtree:
        span = actors.get(t.i)
        if span is None or t.i != span.root.i or span._.actor_id != args.target or t.i == trigger.head.i:
            continue
        if country_of_name(span.text) is None and (t.dep_ == "obj" or preposition(t) in STRUCK_SEAT_PREPS):
            return span.text
    return None


def _described_as(head: Token, others: Set[int]) -> bool:
    """`a présenté l'opération comme une riposte à la frappe du 1er avril`: an event noun after
    `comme` on another event noun of the sentence says what that event was; it is no event of its own."""
    return (
        head.pos_ == "NOUN"
        and head.head.i in others
        and any(c.dep_ == "case" and fold(c.lower_) == "comme" for c in head.children)
    )


def _imposed_by_verb(head: Token, repeat: bool = False) -> bool:
    """`les taxes provisoires que Bruxelles avait instaurées en août`, `l'embargo, imposé en 1990`: a
    measure noun told with the verb that imposed it (`imposition` in markers.csv), as its object, its
    passive subject or a participle or relative clause on it; not a demonstrative repeat
    (`ces sanctions, imposées en 2014`), which stays the measure told before, unless `repeat` asks
    for that repeat (`chains.inherit_sides`: after a renewal it is the first imposition)."""
    if head.pos_ != "NOUN" or _demonstrative(head) != repeat:
        return False
    verbs = markers()["imposition"]
    verb = head.head
    if fold(verb.lemma_) in verbs and (
        head.dep_ in {"obj", "nsubj:pass"} or (head.dep_ == "nsubj" and "Part" in verb.morph.get("VerbForm", []))
    ):
        return True  # `nsubj` of a participle: the parser's reading of `les taxes que X avait instaurées`
    return any(c.dep_ in {"acl", "acl:relcl"} and fold(c.lemma_) in verbs for c in head.children)


def _acted_on(head: Token) -> bool:
    """`a prolongé lundi les sanctions`, `la levée de l'embargo`: a measure noun that a verb or a noun of
    acting on the measure (`measure_acts`, `measure_act_nouns` in markers.csv) governs."""
    if head.pos_ != "NOUN":
        return False
    verb = governing_verb(head)
    acting = verb is not None and fold(verb.lemma_.lower()) in markers()["measure_acts"]
    return acting or _act_noun(head) is not None


def _under_way(head: Token) -> bool:
    """`La réunion doit s'achever jeudi`, `le sommet se poursuivra demain` (`ongoing` in
    markers.csv): a talk noun that is the subject of a verb of ending or going on is a talk under way."""
    if head.pos_ != "NOUN" or head.dep_ != "nsubj":
        return False
    words = markers()["ongoing"]
    verb = head.head
    carried = [c for c in verb.children if c.dep_ == "xcomp"] if is_cue(verb.lemma_, "carrier_verb") else []
    return any(fold(v.lemma_.lower()) in words for v in [verb, *carried])


def _demonstrative(head: Token) -> bool:
    """`ces droits de douane`, `cette surtaxe`: the noun points back to a measure already told."""
    return head.pos_ == "NOUN" and any(c.dep_ == "det" and "Dem" in c.morph.get("PronType", []) for c in head.children)


def _another(head: Token) -> bool:
    """`un nouveau sommet`, `une autre rencontre`: the noun announces an event other than one told
    before; so does a talk verb told as a further round (`se retrouver à nouveau`, `se revoir`)."""
    if head.pos_ in {"VERB", "AUX"}:
        return _said_again(head)
    if head.pos_ != "NOUN":
        return False
    bare = head.dep_ == "obj" or (head.dep_ == "obl:mod" and not preposition(head))  # the object, misparsed
    if bare and fold(head.head.lemma_.lower()) in markers()["resume_talks"]:
        return True  # `doivent reprendre les discussions`: a further round
    # `un nouveau cycle de négociations`, `une autre série de pourparlers`: the round noun above the event
    nouns = [head, head.head] if head.dep_ == "nmod" and head.head.pos_ == "NOUN" else [head]
    return any(c.dep_ == "amod" and fold(c.lemma_) in markers()["another"] for n in nouns for c in n.children)


def _counted_another(head: Token) -> bool:
    """`Une seconde frappe a touché la ville`, `une autre attaque`: `another` on a noun with an indefinite
    article counts one more event; `la nouvelle frappe`, `cette seconde attaque` may be the one told.
    `Une première attaque avait visé la base` counts one of a series too, the first."""
    first = any(c.dep_ == "amod" and c.lemma_.lower() == "premier" for c in head.children)
    if head.pos_ != "NOUN" or not (_another(head) or first):
        return False
    dets = [c for c in head.children if c.dep_ == "det"]
    return len(dets) == 1 and "Ind" in dets[0].morph.get("Definite", []) and dets[0].lower_ in {"un", "une"}


def _second_blow(head: Token, strike_heads: Set[int]) -> bool:
    """`affirme avoir tiré une salve de roquettes sur une base, et avoir ciblé des soldats`: a strike verb
    coordinated with the verb of another strike of its sentence (the strike verb itself or the verb whose
    object is the strike noun) that repeats its auxiliary or has an object of its own tells one more blow,
    not the one told by the first verb. `a bombardé et détruit un dépôt` shares both: one blow."""
    if head.pos_ != "VERB" or head.dep_ != "conj" or head.head.pos_ not in {"VERB", "AUX"}:
        return False
    first = head.head
    if first.i not in strike_heads and not any(c.i in strike_heads and c.dep_ == "obj" for c in first.children):
        return False
    return any(c.dep_ in {"aux:tense", "obj"} for c in head.children)


def _answers(head: Token) -> bool:
    """`l'armée a répliqué par des tirs d'artillerie`, `a riposté en frappant des dépôts`: the event
    is told with, or as, a verb of riposte (`riposte_verbs` in markers.csv)."""
    verbs = markers()["riposte_verbs"]
    return any(fold(t.lemma_.lower()) in verbs for t in (head, head.head, head.head.head))


def _deciding_participle(head: Token) -> Token | None:
    """`les droits de douane imposés samedi par Washington entreront en vigueur mardi`: a measure noun
    qualified by a past participle of deciding (`decided_measure` in markers.csv) is decided already;
    the future of its clause is when it applies. Returns that participle."""
    words = markers()["decided_measure"]
    for c in head.children:
        if c.dep_ == "acl" and "Part" in c.morph.get("VerbForm", []) and fold(c.lemma_.lower()) in words:
            return c
    return None


def _claimed_by(head: Token, verb: Token) -> bool:
    """`L'armée a revendiqué jeudi la frappe`, `l'attaque a été attribuée lundi à X`: a strike noun
    that is the object or passive subject of a verb of claiming or blaming (`claim` in markers.csv);
    the day of that verb is when it was claimed, not when the strike was made."""
    return (
        head.pos_ == "NOUN"
        and verb.i in (head.head.i, head.head.head.i)  # `a revendiqué jeudi la frappe`: hung on the day
        and head.dep_ in OBJECT | PASSIVE_SUBJECT
        and fold(verb.lemma_.lower()) in markers()["claim"]
    )


def _has_case(token: Token) -> bool:
    return any(c.dep_ == "case" for c in token.children)


def _claimed(head: Token) -> bool:
    """`X a revendiqué l'attaque`, `la frappe a été revendiquée par Y`, `la revendication de
    l'attentat` (`claim` in markers.csv): a strike noun that is claimed, an attack already reported."""
    return head.pos_ == "NOUN" and head.head.i != head.i and fold(head.head.lemma_.lower()) in markers()["claim"]


def _claim_denied(head: Token) -> bool:
    """`X n'a pas revendiqué l'attaque`, `n'a jamais revendiqué ces frappes`: the verb of claiming is negated."""
    return any(fold(c.lower_) in {"pas", "jamais", "nullement", "point"} for c in head.head.children)


def _importer_imposes(head: Token, args: Arguments, actors: Mapping[int, Span]) -> Arguments:
    """`Les exportations indiennes vers les États-Unis sont soumises à un droit de 50 %`: a customs
    duty told with no imposer is levied by the state the goods are sent to (`vers X`, `à destination
    de X`, `exportées vers X`); the state they come from is hit. Only when the targets
    hold another state: a destination alone names no side that could be the duty's imposer."""
    bound: list[str] = []
    for t in head.sent:
        if t.pos_ != "NOUN":
            continue
        # `exportées vers X`, `expédiés à destination de X`: the participle of sending on the goods
        sent = [c for c in t.children if c.dep_ == "acl" and fold(c.lemma_.lower()) in markers()["sending"]]
        for c in [*t.children, *(g for p in sent for g in p.children)]:
            if c.dep_ in {"nmod", "obl", "obl:arg", "obl:mod"} and (
                fold(preposition(c)) == "vers" or fold(c.lemma_.lower()) == "destination"
            ):
                bound += [actors[x.i]._.actor_id for x in c.subtree if x.i in actors and x.i == actors[x.i].start]
    importer = next((a for a in bound if a.startswith("state:") and a in args.targets), None)
    hit = [a for a in args.targets if a != importer and a.startswith("state:")]
    if importer is None or not hit:
        return args
    actors_ = (importer, *(a for a in args.actors if a != importer))
    targets = tuple(a for a in args.targets if a != importer)
    return replace(args, actors=actors_, source=importer, sources=(importer,), target=targets[0], targets=targets)


def _claim_sides(head: Token, args: Arguments, actors: Mapping[int, Span]) -> Arguments:
    """`Le GSIM, lié à Al-Qaïda, a revendiqué l'attaque dans un message transmis à une agence
    mauritanienne`: a claim names who claims and, inside the strike's own phrase, who was struck
    (`l'attaque contre le camp de X`); the claimer's ties and the channel of the claim are no side."""
    claimers = {
        actors[t.i]._.actor_id for c in head.head.children if c.dep_ == "nsubj" for t in c.subtree if t.i in actors
    }
    if args.source not in claimers:
        return args  # `le Pentagone a imputé la frappe aux Houthis`: who blames is a side, the one struck
    channels = markers()["claim_channel"]
    told = {
        t.i for w in (head, head.head) for c in w.children if fold(c.lemma_.lower()) in channels for t in c.subtree
    }  # on the noun or, as the parser often hangs it, on the claim verb
    inside = {actors[t.i]._.actor_id for t in head.subtree if t.i in actors and t.i not in told}
    subject = [t for c in head.head.children if c.dep_ == "nsubj" for t in c.subtree]
    ties = {actors[t.i]._.actor_id for t in subject if t.i in actors and _tied(t, head.head)}
    # what the parse puts elsewhere in the sentence (`, qui relie la péninsule au territoire russe`
    # hung on the verb) still names the struck side, as before: only ties and channels are dropped
    dropped = (ties | {actors[i]._.actor_id for i in told if i in actors}) - inside - ({args.source} - ties)
    kept = tuple(a for a in args.actors if a not in dropped)
    if kept == args.actors:
        return args
    target = args.target if args.target in kept else None
    return replace(args, actors=kept, target=target, targets=tuple(t for t in args.targets if t in kept))


def _tied(token: Token, verb: Token) -> bool:
    """`Al-Qaïda` in `le GSIM, lié à Al-Qaïda, a revendiqué`: a name inside a participle or relative
    clause on a side of the claim verb describes that side; it does not claim."""
    t = token
    while t.head.i != t.i and t.i != verb.i:
        if t.dep_ in {"acl", "acl:relcl"}:
            return True
        t = t.head
    return False


def _further_strike(head: Token) -> bool:
    """`de nouvelles frappes` (the tagger may read `frappes` as an adjective), `une nouvelle vague de
    drones a visé`, `a de nouveau bombardé`, `les bombardements ont repris` (`resume` in markers.csv),
    `a été touchée à son tour` (`in_turn`), `ont encore visé` (`again_alone`): a strike other than the
    ones told before."""
    found = markers()
    # `une nouvelle vague de drones a visé ...`: the adjective on the strike or on the verb's subject
    nouns = [head, *(c for c in head.children if c.dep_ in SUBJECT)] if head.pos_ == "VERB" else [head]
    if any(c.dep_ == "amod" and fold(c.lemma_.lower()) in found["another"] for n in nouns for c in n.children):
        return True
    doc = head.doc
    adverbs = [doc[c.i - 1 : c.i + 1].text.lower() for c in head.children if c.dep_ == "advmod" and c.i > 0]
    if any(fold(a) in found["again"] for a in adverbs):
        return True
    alone = [c for c in head.children if c.dep_ == "advmod" and fold(c.lower_) in found["again_alone"]]
    if head.pos_ == "VERB" and alone:
        return True  # `des drones ont encore visé des dépôts`
    if head.pos_ == "VERB" and _already_before(head):
        return True  # `la nuit précédente, des missiles avaient déjà frappé le port`
    # `c'est une usine de Y qui a été touchée à son tour`: the phrase's noun hangs on the verb
    turns = [doc[max(c.i - 2, 0) : c.i + 1].text.lower() for c in head.children if c.pos_ == "NOUN"]
    if head.pos_ == "VERB" and any(fold(t) in found["in_turn"] for t in turns):
        return True
    return head.dep_ in SUBJECT and head.pos_ == "NOUN" and fold(head.head.lemma_.lower()) in found["resume"]


def _already_before(verb: Token) -> bool:
    """`des missiles avaient déjà frappé le port`, `le dépôt avait déjà été visé` (`already` in markers.csv
    on a verb in the pluperfect): a strike before the one told, not a repeat of it."""
    already = markers()["already"]
    verbs = [verb, *clause_chain(verb)]
    if verb.dep_ == "acl":  # `avaient déjà frappé les installations, détruisant des silos`: hung on the object
        verbs += [v for v in [governing_verb(verb.head)] if v is not None]
    for v in verbs:
        if any(c.dep_ == "advmod" and fold(c.lower_) in already for c in v.children):
            return any(c.dep_.startswith("aux") and "Imp" in c.morph.get("Tense", []) for c in v.children)
    return False


def _said_again(verb: Token) -> bool:
    """`se retrouver à nouveau`, `s'est de nouveau entretenu`, `se revoir`: a talk verb told as a
    further round, by its lemma or a marker right after it or between its auxiliary and it."""
    again = markers()["again"]
    doc = verb.doc
    after = fold(doc[verb.i + 1 : verb.i + 3].text.lower())
    before = fold(doc[max(verb.i - 2, verb.sent.start) : verb.i].text.lower())
    between = before if any(c.dep_.startswith("aux") and c.i < verb.i for c in verb.children) else ""
    return fold(verb.lemma_.lower()) in again or after in again or between in again


def _lexicon_verb(trigger: Trigger) -> bool | None:
    """The lexicon's word class when the tagger disagrees (`sanctionne` tagged as a noun)."""
    if trigger.kind == "verb" and trigger.head.pos_ not in {"VERB", "AUX"}:
        return True
    return None


def _usable_date(value: DateValue | None) -> bool:
    """A date or an interval that says when: `au lendemain de sa réélection`, left unresolved when the
    text never dates the re-election, does not hide the clause's `le 29 mai`."""
    return value is not None and value.kind in {"date", "interval"} and (value.start or value.end) is not None


def _unresolved_date(value: DateValue | None) -> bool:
    """A date or an interval the text did not resolve (`deux jours après une frappe` when nothing
    dates the strike): no date, but it still tells that its anchor is another event."""
    return value is not None and value.kind in {"date", "interval"} and not _usable_date(value)


def _juxtaposed(noun: Token) -> bool:
    """An event noun set beside another without a preposition (`un appel avec X, un sommet ...`)."""
    return noun.dep_ in {"appos", "nmod"} and not any(c.dep_ == "case" for c in noun.children)


def _on_verb(date_token: Token, verb: Token) -> bool:
    """The date hangs on the verb, or on a noun phrase of it (`se sont parlé au téléphone jeudi`), not
    on a participle of another phrase (`la campagne, ouverte lundi`)."""
    governor = date_token.head
    return governor.i == verb.i or (governor.pos_ == "NOUN" and governor.head.i == verb.i)


def _clause_day(date_span: Span) -> bool:
    value = date_span._.date_value
    return _usable_date(value) and value.precision == "day" and value.start is not None and value.start == value.end


def _date_anchor(date_span: Span) -> Token:
    """The token a date is read from: its root, or the verb of the clause it opens after a colon or a
    semicolon (`Washington a durci le ton : le 10 janvier, le Trésor a sanctionné X`: the parser hangs
    `le 10 janvier` on `durci`, but a date set between the mark and a comma opens the next clause)."""
    doc = date_span.doc
    i = date_span.start - 1
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    if i < 0 or doc[i].text not in {":", ";"} or date_span.end >= len(doc) or doc[date_span.end].text != ",":
        return date_span.root
    governor = date_span.root.head
    if governor.i >= i:
        return date_span.root
    if governor.head.i > date_span.end and governor.dep_ in _CLAUSE_AFTER_MARK:
        return governor.head  # the clause before the mark hangs on the one after it
    for t in doc[date_span.end : date_span.sent.end]:
        if t.text in {":", ";"}:
            break
        if t.head.i == governor.i and t.dep_ in _CLAUSE_AFTER_MARK and t.pos_ in {"VERB", "AUX"}:
            return t
    return date_span.root


def _hops_or_far(token: Token, anchors: set[int], other_triggers: Set[int] = frozenset()) -> int:
    """`_hops_to` for ranking the dates attached to a trigger: one the parser hung by a path that climbs no
    clause to it (`menées samedi et dimanche`, `dimanche` made a conjunct of the verb) ranks last, it does
    not stop the article."""
    hops = _hops_to(token, anchors, other_triggers)
    return MAX_DATE_HOPS + 1 if hops is None else hops


def _hops_to(token: Token, anchors: set[int], other_triggers: Set[int] = frozenset()) -> int | None:
    """Steps from a date up to the trigger, or None when the date belongs to another clause or to
    another event set beside it (`Un appel avec X, un sommet en décembre`: December is the summit's)."""
    t = token
    for hops in range(MAX_DATE_HOPS + 1):
        if t.i in anchors:
            return hops
        if t.head.i == t.i or t.dep_ == "conj" or (t.dep_ in {"acl:relcl", "ccomp", "advcl"} and hops > 0):
            return None
        if t.i in other_triggers and _juxtaposed(t):
            return None
        if t.dep_ == "acl" and hops > 0 and t.head.i not in anchors and any(x.i in other_triggers for x in t.subtree):
            return None  # `rétablir les communications, rompues après sa visite en août`: not the talk's day
        t = t.head
    return None

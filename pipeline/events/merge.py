"""Event mentions -> events: one row per real-world event, holding all its evidence.

Duplicates are the first complaint about event data sets. Two mentions are one event when they
have the same type, agreeing participants (two shared, or one side naming a subset of the other,
where a person or a ministry agrees with its state: `Macron` with `la France`), compatible dates
and compatible places. Within an article we merge freely (later mentions are usually references
back: `la réunion`, `l'appel`). Across articles (five outlets reporting one state visit), dated
reports merge when their dates overlap, and an undated report joins the nearest matching event
told a few days before its publication; a planned summit and one that took place stay apart.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import date

from pipeline.dates.lexicon import temporal_words
from pipeline.events.across import merge_across
from pipeline.events.agreement import (
    DIRECTED_TYPES,
    PERSON,
    Links,
    affiliation_links,
    armed_group,
    body_parents,
    initiators_conflict,
    insurgent,
    participants_match,
    same_surname,
    state_links,
    states_of,
)
from pipeline.events.cluster import DONE, Cluster, _norm, best_date, overlap, place_told, places_conflict, span_of
from pipeline.events.gazetteer import POINT_KINDS, country_of_name, load_places, name_state, place_key, point_spellings
from pipeline.events.measures import other_measure, other_rate
from pipeline.events.phrases import markers
from pipeline.schema import Actor, ArticleResult, DateValue, Event, EventMention
from pipeline.text import fold, normalize_name

# Talks are announced, then held: within an article too, the meeting that took place and the one
# still to come are two events. (A sanction package that `prévoit` a ban is still one measure, and a
# conditional in a later sentence is too often the writer's, not the event's.)
LIFECYCLE_TYPES = frozenset({"call", "meeting"})
NOT_DONE = frozenset({"planned", "postponed", "cancelled"})
# Measures last: a demonstrative repeat (`ces sanctions`) is the measure told before, at any date.
MEASURE_TYPES = frozenset({"sanction"})
CALLED_OFF_OR_PUT_OFF = frozenset({"postponed", "cancelled"})
# The words of shooting down or intercepting munitions (strike_frames.csv `interception`), as triggers begin
INTERCEPTION_STEMS = ("abatt", "intercept", "neutralis")
# Strikes repeat: an undated strike mention joins a dated one only when it is this close (sentences).
STRIKE_WINDOW = 3
# A demonstrative talk noun (`cet appel`) points to the talk of its type told this close (sentences).
DEMONSTRATIVE_WINDOW = 2
# A talk noun naming no party, told first, is a talk told this close after it (sentences).
FORWARD_WINDOW = 2
# An actor-less back-reference (`l'appel`) joins the latest event of its type this close (sentences).
ANAPHORA_WINDOW = 8
TALK_NOUNS = {
    "entretien",
    "entretiens",
    "conversation",
    "conversations",
    "échange",
    "échanges",
    "discussion",
    "discussions",
}


def merge_events(
    mentions: Iterable[EventMention],
    *,
    min_actors: int = 2,
    affiliations: Mapping[str, str] | None = None,
    links: Mapping[str, str] | None = None,
    published: Mapping[str, date | None] | None = None,
) -> list[Event]:
    """Merge mentions within each article, then across articles; return events in timeline order.

    `affiliations` maps an actor id to its state's id (`org:rosneft` -> `state:RUS`): sanctions
    are announced as packages, so two sanction mentions whose sanctioning and sanctioned sides
    belong to the same states are one measure (`le Trésor sanctionne les compagnies russes`,
    `les sanctions contre Rosneft et Lukoil`). `links` maps people and government bodies to the
    state they stand for, for every type (see `agreement.state_links`); `published` gives each
    article's publication day, which places undated reports in time.
    """
    ln = Links(dict(links or {}), dict(affiliations or {}))
    by_article: dict[str, list[EventMention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    clusters: list[Cluster] = []
    for article in sorted(by_article):
        clusters += _merge_article(sorted(by_article[article], key=lambda m: m.trigger_start), ln)
    merged = merge_across(clusters, ln, dict(published or {}))
    pairs = [(_to_event(c), c) for c in merged]
    events = [e for e, c in pairs if (_worth_keeping(e, min_actors) and not _one_side(e, ln)) or _body_meeting(e, c)]
    return sorted(events, key=_timeline_key)


def merge_results(results: Iterable[ArticleResult], actors: Mapping[str, Actor]) -> list[Event]:
    """The events of a whole run: every article's mentions merged, with the actors' home states
    (from `actors`, the run's merged definitions) and the articles' publication days."""
    mentions: list[EventMention] = []
    published: dict[str, date | None] = {}
    for res in results:
        mentions.extend(res.events)
        published[res.record.id] = res.record.published
    affiliations = affiliation_links(actors)
    return merge_events(mentions, affiliations=affiliations, links=state_links(actors), published=published)


# --- within one article ------------------------------------------------------------------------


def _merge_article(mentions: list[EventMention], ln: Links) -> list[Cluster]:
    clusters: list[Cluster] = []
    ahead: list[EventMention] = []  # talks told before their parties are named (`Le sommet de vendredi ...`)
    for m in mentions:
        if m.another and not m.counted and _rank_in_series(m):
            m = replace(m, another=False, refers_back=True, date=None)
        if m.another and len(m.actors) == 1 and m.event_type in LIFECYCLE_TYPES and m.status == DONE and m.date:
            m = _same_counterpart(clusters, m, ln)
        if m.another and m.event_type == "strike" and m.status == DONE and m.date and _one_side_alone(m):
            m = _other_side_of_latest(clusters, m, ln)
        if m.refers_back and m.event_type in MEASURE_TYPES and _attach_repeat(clusters, m, ln):
            continue
        if m.refers_back and m.actors and m.event_type in LIFECYCLE_TYPES and _attach_demonstrative(clusters, m, ln):
            continue
        if m.refers_back and m.event_type == "strike" and _attach_demonstrative_strike(clusters, m, ln):
            continue
        if not m.actors and m.another and m.event_type == "meeting":
            clusters += _further_round(clusters, m, ln)
            continue
        if not m.actors and m.another and m.event_type == "strike" and _resumed_strike(clusters, m):
            continue
        if m.pair and len(m.actors) <= 1 and m.event_type in LIFECYCLE_TYPES:
            m = _pair_of_talk(clusters, m, ln)
        if not m.actors:
            if not _attach_back_reference(clusters, m) and m.event_type in LIFECYCLE_TYPES and not m.another:
                ahead.append(m)
            continue
        if m.claimed and m.event_type == "strike" and _claim_completes(clusters, m, ln):
            continue
        other = _other_interlocutor(clusters, m, ln)
        if other is not None:  # `Les discussions se sont poursuivies avec Lavrov`, after a talk with Poutine
            clusters.append(Cluster([other]))
            continue
        target = next((c for c in clusters if _compatible(c, m, ln)), None)
        if target is None:
            clusters.append(Cluster([m]))
        else:
            target.mentions.append(m)
    for m in ahead:
        _attach_forward(clusters, m, ln)
    return _settle(clusters, ln)


# `la cinquième frappe`, `leur second entretien`: a definite or possessive article and an ordinal before the trigger
# (`la quatrième vague de frappes`, `le troisième cycle de pourparlers`: through a noun counting the series)
RANKED = re.compile(
    r"\b(?:la|le|les|l['’]|leur|leurs|son|sa|ses)\s*(?:\w+i[eè]me|second|seconde|seconds|secondes)\s*"
    r"(?:(?:vague|série|salve|cycle|round|session)s?\s+(?:de|d['’])\s*)?$",
    re.IGNORECASE,
)


def _rank_in_series(m: EventMention) -> bool:
    """`Il s'agit de la cinquième frappe de ce type depuis début septembre`, `leur troisième rencontre
    depuis juin`: an event ranked in a series counted since a day (`since` in markers.csv) is the one
    told, placed in that series, not one more; the `depuis` day starts the series, it does not date it."""
    if m.date is None or not m.date.text or fold(m.date.text.lower()).split()[0] not in markers()["since"]:
        return False
    before = m.evidence[: max(0, m.trigger_start - m.sent_start)]
    return RANKED.search(before) is not None


def _attach_forward(clusters: list[Cluster], m: EventMention, ln: Links) -> None:
    """`Le sommet de vendredi restera historique. ... Les deux dirigeants se sont entretenus pendant
    trois heures`: a talk noun naming no party, with nothing told before it could refer to, is the
    first talk of its type (a neutral noun: a call too) told in the next sentences (FORWARD_WINDOW)
    whose day and status it does not contradict; else nothing, as before."""
    types = {m.event_type} | ({"call"} if m.event_type == "meeting" and m.trigger.lower() in TALK_NOUNS else set())
    later = [c for c in clusters if c.event_type in types and 0 < min(x.sentence for x in c.mentions) - m.sentence]
    for c in sorted(later, key=lambda c: min(x.sentence for x in c.mentions)):
        if min(x.sentence for x in c.mentions) - m.sentence > FORWARD_WINDOW:
            return
        mine, span = span_of(m.date), c.span()
        if not _told_statuses_conflict(c, m) and not (mine and span and not overlap(mine, span)):
            c.mentions.append(m)
            return


def _settle(clusters: list[Cluster], ln: Links) -> list[Cluster]:
    """Merge clusters that became compatible as they grew (first-fit order left them apart)."""
    changed = True
    while changed:
        changed = False
        for i, a in enumerate(clusters):
            j = next(
                (
                    j
                    for j in range(i + 1, len(clusters))
                    if all(_compatible(a, m, ln) for m in clusters[j].mentions if m.actors)
                ),
                None,
            )
            if j is not None:
                a.mentions.extend(clusters.pop(j).mentions)
                changed = True
                break
    return clusters


def _attach_repeat(clusters: list[Cluster], m: EventMention, ln: Links) -> bool:
    """`ces droits de douane`, `cette surtaxe`: a demonstrative repeat of a measure is the latest
    measure of its type with agreeing participants, whatever date it gives (the day it comes into
    force is not a new measure). False when the article told no such measure before, or when the
    repeat sets it at another rate on a day of its own (`Le 14 mai, ils ont ramené ces droits à 30 %`,
    after `des droits de 34 %` imposed on 2 April): that change is an act of its day, another event."""
    told = _latest(
        clusters,
        {m.event_type},
        lambda c: not m.actors or participants_match(c.actors(), set(m.actors), m.event_type, ln),
    )
    if told is not None and _rate_changed(told, m):
        return False
    if told is not None:
        told.mentions.append(m)
    return told is not None


def _rate_changed(c: Cluster, m: EventMention) -> bool:
    """The repeat gives a rate the measure told did not have, on a day apart from the measure's."""
    mine, span = span_of(m.date), c.span()
    dated_apart = mine is not None and span is not None and not overlap(mine, span)
    return dated_apart and other_rate((x.rates for x in c.mentions), m.rates)


def _told_just_before(clusters: list[Cluster], m: EventMention) -> list[Cluster]:
    """The events of m's type last told in the sentence or two before m (DEMONSTRATIVE_WINDOW), latest
    first: what a demonstrative (`cette rencontre`, `ces frappes`) may point to."""
    return [
        c
        for c in reversed(clusters)
        if c.event_type == m.event_type and 0 < m.sentence - max(x.sentence for x in c.mentions) <= DEMONSTRATIVE_WINDOW
    ]


def _attach_demonstrative(clusters: list[Cluster], m: EventMention, ln: Links) -> bool:
    """`cette rencontre`, `cet appel`: a talk noun under a demonstrative is a talk of its type told in
    the sentence or two before. It joins the latest of them it agrees with, even one told as held
    before the clause's own (`deux jours après leur sommet de Douchanbé. Lors de cette rencontre,
    mercredi, ...`); when it agrees with none and does not name the parties of the latest (`X et Y se
    sont entretenus samedi. Cet appel intervient à deux semaines du sommet prévu le 12 juin entre Y et
    Z`: the parser lends it the parties, day and status of another event), it is that latest talk, and
    what its clause lends it is dropped. False, to be merged as usual, otherwise. One naming no party
    (`Cette rencontre pourrait avoir lieu en novembre`) is left to `_attach_back_reference`, which keeps
    its day."""
    # the talk the article tells before one its clause is only dated against (`un mois après leur sommet`)
    told = sorted(_told_just_before(clusters, m), key=_earlier_only)
    agreeing = next(
        (c for c in told if _compatible(c, replace(m, earlier=any(x.earlier for x in c.mentions)), ln)), None
    )
    if agreeing is not None:
        agreeing.mentions.append(replace(m, earlier=any(x.earlier for x in agreeing.mentions)))
        return True
    if not told or participants_match(told[0].actors(), set(m.actors), m.event_type, ln):
        return False
    told[0].mentions.append(
        replace(
            m,
            actors=(),
            source_actor=None,
            target_actor=None,
            date=None,
            location=None,
            location_actor=None,
            status=told[0].status(),
            story_day=None,
        )
    )
    return True


def _attach_demonstrative_strike(clusters: list[Cluster], m: EventMention, ln: Links) -> bool:
    """`ces frappes`, `cette attaque`: a strike noun under a demonstrative is a strike told in the
    sentence or two before, the latest it agrees with. A place its clause lends it that the strike
    told does not have (`X a présenté ces frappes comme une réponse à l'explosion du pont de Crimée`:
    the bridge is the other event's) does not make it another strike; a day of its own that the strike
    told does not cover does. False, to be merged as usual, when no such strike was told."""
    told = _told_just_before(clusters, m)
    agreeing = next((c for c in told if _compatible(c, m, ln)), None)
    if agreeing is not None:
        # `Ces frappes [sur Kharkiv] interviennent au lendemain d'une attaque sur Odessa`: the repeat
        # keeps the place of the strike it points to; another its clause lends is the other attack's
        placed = agreeing.locations() and m.location and _norm(m.location) not in agreeing.locations()
        agreeing.mentions.append(replace(m, location=None, location_actor=None) if placed else m)
        return True
    mine = span_of(m.date)

    def other_day(c: Cluster) -> bool:
        span = c.span()
        return mine is not None and span is not None and not overlap(mine, span)

    same = next(
        (c for c in told if participants_match(c.actors(), set(m.actors), m.event_type, ln) and not other_day(c)),
        None,
    )
    if same is None:
        return False
    same.mentions.append(replace(m, location=None, location_actor=None))
    return True


def _latest(clusters: list[Cluster], types: set[str], where: Callable[[Cluster], bool] | None = None) -> Cluster | None:
    """The event of one of `types` told last (that passes `where`): the one a repeat, a further
    blow, a talk told again or a back-reference looks back to."""
    return next((c for c in reversed(clusters) if c.event_type in types and (where is None or where(c))), None)


def _near(c: Cluster, m: EventMention) -> bool:
    """Is mention `m` told close enough after event `c` to refer back to it (ANAPHORA_WINDOW)?"""
    return m.sentence - max(x.sentence for x in c.mentions) <= ANAPHORA_WINDOW


def _further_round(clusters: list[Cluster], m: EventMention, ln: Links) -> list[Cluster]:
    """`Une deuxième session doit se tenir samedi prochain`, `les négociateurs doivent se retrouver à
    nouveau en août`: a further round with no participant named is held by the parties of the talks
    the article is about (the held meeting told most often before it, two participants at least), as
    a new event. The parties are states: delegations change from one round to the next."""
    talks = [
        c for c in clusters if c.event_type == "meeting" and c.status() == DONE and len(c.actors()) >= 2 and _near(c, m)
    ]
    if not talks:
        return []
    main = max(reversed(talks), key=lambda c: len(c.mentions))
    parties = tuple(dict.fromkeys(ln.states.get(a, a) for a in _ordered_actors(main.mentions, {})))
    return [Cluster([replace(m, actors=parties)])] if len(parties) >= 2 else []


def _resumed_strike(clusters: list[Cluster], m: EventMention) -> bool:
    """`Le lendemain, les bombardements ont repris`: strikes resumed on a day other than the latest
    strike's, naming no side, are a new strike by its attacker on its target (its latest mention
    naming both). False, to be read as a back-reference, when that strike is far or of that day."""
    latest = _latest(clusters, {"strike"})
    if latest is None or not _near(latest, m):
        return False
    mine, span = span_of(m.date), latest.span()
    sided = [x for x in latest.mentions if x.source_actor and x.target_actor]
    # `Une seconde frappe a touché la ville deux heures plus tard`: counted as one more, on the same day too
    if not ((mine and span and not overlap(mine, span)) or m.counted) or not sided:
        return False
    last = max(sided, key=lambda x: x.trigger_start)
    source, target = last.source_actor or "", last.target_actor or ""
    clusters.append(Cluster([replace(m, actors=(source, target), source_actor=source, target_actor=target)]))
    return True


def _claim_completes(clusters: list[Cluster], m: EventMention, ln: Links) -> bool:
    """`La raffinerie a été touchée lundi par des drones. Kiev a revendiqué l'attaque`: an undated
    claim or attribution naming only who struck gives the attacker of the strike told just before
    that named none (and not that side as struck). False, to be merged as usual, otherwise."""
    source = m.source_actor
    if m.date is not None or source is None or not all(a == source or ln.agree(source, a) for a in m.actors):
        return False  # `les rebelles houthis du Yémen ont revendiqué l'opération`: the group and its state
    latest = _latest(clusters, {"strike"})
    if latest is None or latest.sources() or m.sentence - max(x.sentence for x in latest.mentions) > STRIKE_WINDOW:
        return False
    if any(
        ln.agree(source, a) and not _fights_in(source, a, ln) for a in states_of(latest.actors(), ln) | latest.actors()
    ):
        return False
    latest.mentions.append(m)
    return True


def _fights_in(group: str, state: str, ln: Links) -> bool:
    """`Des hommes armés ont attaqué un camp militaire à Gao. Le JNIM a revendiqué l'attaque`: an armed group
    the knowledge base places in a state (`org:jnim` in Mali), and not one of that state's own bodies
    (`org:mli-armee`), may claim a strike on that state: it fights there."""
    if not armed_group(group) or ln.states.get(group) != state:
        return False
    return not group.startswith(f"org:{state.removeprefix('state:').lower()}-")


def _same_counterpart(clusters: list[Cluster], m: EventMention, ln: Links) -> EventMention:
    """`Erdogan a téléphoné mardi à Poutine. Il s'est de nouveau entretenu avec lui mercredi`: a talk
    told again (`de nouveau`, `une nouvelle rencontre`) as held on a given day, naming one side only,
    is held again with the counterpart of the latest talk of its type that side took part in (a new
    event when its day differs). A talk wished for or announced (`n'exclut pas un nouvel échange`)
    is left alone: who it would be with is too often someone else. Unchanged when no such talk was
    told before."""
    side = m.actors[0]
    told = _latest(clusters, {m.event_type}, lambda c: any(ln.agree(side, a) for a in c.actors()))
    if told is None:
        return m
    others = tuple(a for a in _ordered_actors(told.mentions, {}) if not ln.agree(side, a))
    return replace(m, actors=(side, *others)) if others else m


def _other_interlocutor(clusters: list[Cluster], m: EventMention, ln: Links) -> EventMention | None:
    """`Witkoff a été reçu par Poutine. Les discussions se sont poursuivies dans la soirée avec Lavrov`: a
    meeting held, told with one person alone, of the state of another person the latest meeting had
    and not among its parties, is the talk of that meeting's other side with this person: another
    meeting (two people of one state are two interlocutors), on the latest meeting's day when its own
    sentence gives none. None when the latest meeting had no other person of that state."""
    if m.event_type != "meeting" or m.status != DONE or len(m.actors) != 1 or not m.actors[0].startswith("person:"):
        return None
    person = m.actors[0]
    state = ln.states.get(person)
    told = _latest(clusters, {"meeting"}) if state else None
    if told is None or person in told.actors() or told.status() != DONE:
        return None
    if not any(a.startswith("person:") and ln.states.get(a) == state for a in told.actors()):
        return None
    others = tuple(a for a in _ordered_actors(told.mentions, {}) if a != state and ln.states.get(a) != state)
    if not others:
        return None
    day = m.date or next((x.date for x in reversed(told.mentions) if x.date is not None), None)
    return replace(m, actors=(*others, person), date=day)


def _one_side_alone(m: EventMention) -> bool:
    """The mention names one side only, as attacker or as target."""
    if (m.source_actor is None) == (m.target_actor is None):
        return False
    return set(m.actors) == {m.source_actor or m.target_actor}


def _other_side_of_latest(clusters: list[Cluster], m: EventMention, ln: Links) -> EventMention:
    """A strike told again on a day of its own, naming one side only, as a new strike whose other side is
    that of the latest strike on the side named (its latest mention naming both). Naming who struck
    (`L'armée a bombardé lundi des positions du Hezbollah. Elle a de nouveau frappé la région mercredi`),
    it hits that attacker's latest target; naming the side struck (`L'aviation a bombardé samedi des
    positions près de Damas. Lundi, de nouveaux raids ont visé un aéroport militaire syrien`), it is made
    by the latest attacker of that side, unless that attacker is the side itself. Unchanged when no such
    strike was told before in the article."""
    attacker = m.source_actor is not None
    side = (m.source_actor if attacker else m.target_actor) or ""

    def on_side(c: Cluster) -> bool:
        held = c.sources() if attacker else c.actors() - c.sources()
        return any(ln.agree(side, a) for a in held)

    told = _latest(clusters, {"strike"}, on_side)
    sided = [x for x in (told.mentions if told else []) if x.source_actor and x.target_actor]
    if not sided:
        return m
    latest = max(sided, key=lambda x: x.trigger_start)
    if attacker:
        target = latest.target_actor or ""
        return replace(m, actors=(side, target), target_actor=target)
    source = latest.source_actor or ""
    if ln.agree(source, side):
        return m
    return replace(m, actors=(source, side), source_actor=source)


def _pair_of_talk(clusters: list[Cluster], m: EventMention, ln: Links) -> EventMention:
    """`X et Y se sont retrouvés lundi. Leur précédente rencontre, en mai, ...`, `Ils s'étaient parlé
    en mars`: a talk told of a pair (`leur`, `ils`) is held by the parties of the talks (call or
    meeting) the article told just before: the one its own sentence tells, else the one told most
    often, else the latest (that takes in the one side it names, if any); its date and status then
    decide whether it is that talk again or another one. Unchanged when no such talk was told."""
    side = m.actors[0] if m.actors else None

    def held_by_pair(c: Cluster) -> bool:
        return len(c.actors()) >= 2 and _near(c, m) and (side is None or any(ln.agree(side, a) for a in c.actors()))

    talks = [c for c in clusters if c.event_type in LIFECYCLE_TYPES and held_by_pair(c)]
    if not talks:
        return m
    # `La précédente session s'était achevée sans accord`: a round of negotiations continues the negotiations
    # told, not a visit told since (`X avait été reçu par Y`)
    series = markers()["negotiation_nouns"]  # folded words
    if _words_of(m.trigger) & series:
        talks = [c for c in talks if any(_words_of(x.trigger) & series for x in c.mentions)] or talks
    here = [c for c in talks if any(x.sentence == m.sentence and len(x.actors) >= 2 for x in c.mentions)]
    # `X pourrait appeler Y grâce à la ligne installée après leur sommet`: the pair of the talk of its
    # own sentence, before the talks the article is about
    told = here[-1] if here else max(reversed(talks), key=lambda c: len(c.mentions))
    parties = _ordered_actors(told.mentions, {})
    return replace(m, actors=tuple(dict.fromkeys((*m.actors, *parties))))


def _words_of(trigger: str) -> set[str]:
    return {fold(w) for w in trigger.lower().split()}


def _attach_back_reference(clusters: list[Cluster], m: EventMention) -> bool:
    """`l'appel`, `la réunion`: the latest event of that type told just before with the same noun,
    else the latest of that type (a talk of a status the reference's own does not contradict first:
    held and to come are two talks); else nothing. A neutral talk noun (`l'entretien`, `la
    conversation`) may refer back to a call as well. True when a talk of its type was told just
    before (joined or not): the reference is not ahead of the talk it names."""
    types = {m.event_type} | ({"call"} if m.event_type == "meeting" and m.trigger.lower() in TALK_NOUNS else set())
    word = m.trigger.lower()

    def fits(c: Cluster) -> bool:
        return m.event_type not in LIFECYCLE_TYPES or not _told_statuses_conflict(c, m)

    # `le premier sommet depuis douze ans ... M. X pourrait se rendre à Séoul ... avant le sommet`:
    # the event told with the same noun, before the latest one told with another word
    # (a demonstrative, `ce tête-à-tête`, is the one told last, whatever its word)
    told = None if m.refers_back else _latest(clusters, types, lambda c: _near(c, m) and _told_as(c, word) and fits(c))
    # `Un troisième cycle doit se tenir en juillet. Les discussions n'ont duré qu'une heure`: told as held,
    # the talks are the ones held, not the round to come told last
    # `X et Y se sont revus samedi, un mois après leur sommet d'avril. Cette réunion ...`: the talk the
    # article tells, before one its clause is only dated against
    told = (
        told
        or _latest(clusters, types, lambda c: _near(c, m) and fits(c) and not _earlier_only(c))
        or _latest(clusters, types, lambda c: _near(c, m) and fits(c))
        or _latest(clusters, types)
    )
    if told is not None and _near(told, m):
        mine, span = span_of(m.date), told.span()
        if not (mine and span and not overlap(mine, span)):
            told.mentions.append(m)
            return True
    return told is not None and _near(told, m)  # a talk of that type was told just before: not ahead of it


def _earlier_only(c: Cluster) -> bool:
    """Every mention of the event tells it as held before another (`leur précédente rencontre`, `un mois
    après leur sommet`): what a clause is dated against, not the talk the article tells."""
    return all(x.earlier for x in c.mentions)


def _told_as(c: Cluster, word: str) -> bool:
    return any(x.trigger.lower() == word for x in c.mentions)


def _compatible(c: Cluster, m: EventMention, ln: Links) -> bool:
    """Within one article: may mention `m` be the event of cluster `c`?"""
    if c.event_type == m.event_type and _halves_of_one_strike(c, m, ln):
        return True
    if c.event_type != m.event_type or not participants_match(
        _struck_bodies(c.actors(), m.event_type), _struck_bodies(set(m.actors), m.event_type), m.event_type, ln
    ):
        return False
    if m.event_type in MEASURE_TYPES and any(_told_apart(x, m) for x in c.mentions):
        return False  # the extractor split one word into one measure per imposer (`ont chacun annoncé`)
    # talks are placed by country, city or venue (`au Royaume-Uni`, `au château de Windsor`); strikes
    # on two towns are two strikes, unless one is among the places the other's sentence lists
    # (`a frappé trois sites : A, B et C`, then `à B, le complexe a été touché`)
    by_state = m.event_type in LIFECYCLE_TYPES
    one = Cluster([m])
    if (
        (
            places_conflict(c, one, by_state=by_state)
            and not (_nested_places(c, m) or _sites_of_country(c, m) or place_told(c, one) or _lede_places(c, one))
        )
        or _reversed_direction(c, m, ln)
        or _struck_side_strikes(c, m, ln)
        or (m.event_type == "strike" and _other_town_told(c, m))
    ):
        return False
    if m.event_type in DIRECTED_TYPES and m.source_actor:
        if initiators_conflict(c.sources(), c.actors(), {m.source_actor}, set(m.actors), ln):
            return False
        if any(_other_initiator(x, m, ln) for x in c.mentions):
            return False  # `Prague et Varsovie expulsent`, then each told apart: a title does not join them
    if m.event_type in MEASURE_TYPES and other_measure((x.measure for x in c.mentions), m.measure):
        return False  # `a taxé les produits américains et ajouté six groupes à sa liste`: two measures
    if m.event_type in MEASURE_TYPES and other_rate((x.rates for x in c.mentions), m.rates):
        return False  # `des droits de 34 %`, then `de 84 %`: two measures
    if m.event_type in MEASURE_TYPES and _other_target(c, m, ln):
        return False  # `des droits sur le Mexique et le Canada`, then `une taxe sur la Chine`: two measures
    if m.event_type in MEASURE_TYPES and _further_measure(c, m):
        return False
    if m.event_type in LIFECYCLE_TYPES and _told_statuses_conflict(c, m):
        return False
    if m.event_type in MEASURE_TYPES and _threat_and_act(c, m):
        return False
    if m.event_type == "strike" and _threat_and_blow(c, m):
        return False
    if m.event_type in LIFECYCLE_TYPES and _another_event(c, m):
        return False
    if m.event_type in LIFECYCLE_TYPES and m.earlier != any(x.earlier for x in c.mentions):
        return False  # `X a reçu Y mardi, trois semaines après leur précédente rencontre`: two meetings
    if m.event_type == "strike" and _anchor_strike(c, m):
        return False  # `ont frappé ..., une semaine après une attaque à Douma`: two strikes
    if m.event_type == "meeting" and _beside_summit(c, m, ln):
        return False  # `Les dirigeants du Quad se sont réunis ... En marge de la réunion, X a vu Y`: two meetings
    if m.event_type == "call" and _other_counterparts(c.actors(), set(m.actors), ln):
        return False
    if m.event_type == "call" and _bilateral_after_group(c, m, ln):
        return False
    if _same_day_as_told(c, m):
        return False
    span, mine = c.span(), span_of(m.date)
    if m.event_type == "strike" and _new_blow(m, mine is not None, c):
        return False
    if span is None and mine is not None and _before_the_news(c, m):
        return False
    if m.event_type in LIFECYCLE_TYPES and _met_again(c, m, span, mine):
        return False
    if span and mine:
        if m.event_type == "meeting" and _days_of_one_meeting(c, m, span, mine):
            return True
        return overlap(span, mine) and not (m.event_type == "strike" and _night_and_day_after(c, m))
    if m.event_type == "strike" and _story_days_apart(c, m, span, mine):
        return False
    if span or mine:  # one side dated, the other not
        near = min(abs(x.sentence - m.sentence) for x in c.mentions) <= STRIKE_WINDOW
        claimed = m.claimed or any(x.claimed for x in c.mentions)  # `X a revendiqué l'attaque`
        return m.event_type != "strike" or near or claimed or _undated_headline(c, m, mine is not None)
    return True


# `leur deuxième journée d'entretiens`, `au troisième jour du sommet`, `la dernière journée`: the day of a
# meeting held over several days, and how many days it may lie after the first
_NTH_DAY = re.compile(
    r"\b(deuxi[eè]me|second|seconde|2e|troisi[eè]me|3e|quatri[eè]me|4e|derni[eè]re?)\s+(?:journ[ée]e|jour)\b",
    re.IGNORECASE,
)
_NTH = {"deuxieme": 1, "second": 1, "seconde": 1, "2e": 1, "troisieme": 2, "3e": 2, "quatrieme": 3, "4e": 3}
_LAST_DAY_REACH = 3  # `la dernière journée` of a meeting: at most this many days after its first


def _days_of_one_meeting(c: Cluster, m: EventMention, span: tuple[date, date], mine: tuple[date, date]) -> bool:
    """`M. Moon, accueilli mardi par M. Kim ... Les deux dirigeants ont signé mercredi, au terme de leur
    deuxième journée d'entretiens`: a meeting told on its second (third, last) day, dated that day, is the
    meeting of the same sides told on the days before it, not another one."""
    if mine[0] > span[1]:  # the mention is told on a later day than the cluster
        earlier, told = span, [m]
    elif span[0] > mine[1]:  # the cluster holds the later days
        earlier, told = mine, [x for x in c.mentions if (s := span_of(x.date)) and s[0] > mine[1]]
    else:
        return False
    for x in told:
        found = _NTH_DAY.search(x.evidence)
        first = span_of(x.date)
        if found is None or first is None:
            continue
        reach = _NTH.get(fold(found.group(1).lower()), _LAST_DAY_REACH)
        if 0 < (first[0] - earlier[1]).days <= reach:
            return True
    return False


def _struck_bodies(ids: set[str], event_type: str) -> set[str]:
    """A strike on a body of an international organisation (models/actors/part_of.csv: `la mission de l'UA
    (Aussom)`) is told as one on the organisation too (`une base de l'UA`): for strikes, the body stands
    for its organisation."""
    if event_type != "strike":
        return ids
    parents = body_parents()
    return {parents.get(a, a) for a in ids}


def _halves_of_one_strike(c: Cluster, m: EventMention, ln: Links) -> bool:
    """`Des explosions ont retenti samedi soir à X, où des drones de Y ont été abattus`: one clause tells
    only where the blow fell (the place's state, hit), the next only whose weapons they were (the
    attacker); in one sentence, on one day and with one status, of two states, they are one strike."""
    if m.event_type != "strike" or len(m.actors) != 1 or len(c.actors()) != 1 or len(c.mentions) != 1:
        return False
    x = c.mentions[0]
    if x.sentence != m.sentence or x.status != m.status or span_of(x.date) != span_of(m.date):
        return False
    hit, struck = (x, m) if x.target_actor and not x.source_actor else (m, x)
    if not (hit.target_actor and not hit.source_actor and struck.source_actor and not struck.target_actor):
        return False
    return not (states_of({hit.target_actor}, ln) & states_of({struck.source_actor}, ln))


def _story_days_apart(
    c: Cluster, m: EventMention, span: tuple[date, date] | None, mine: tuple[date, date] | None
) -> bool:
    """`L'Inde a frappé mercredi ... Le Pakistan a aussitôt riposté en pilonnant des villages ... Jeudi,
    l'aéroport de Srinagar a été fermé après des tirs de drones`: a riposte with no date of its own, told
    in the story of one day (its story day), is not a strike told with another day; strikes between the
    same sides repeat day after day. A claim or a report with no day (`a affirmé avoir abattu deux cents
    drones en une nuit`) may tell of any night, and is left to the other tests."""
    if mine is None and span is not None and m.story_day is not None and m.answers:
        story = span_of(m.story_day)
        return story is not None and not overlap(span, story)
    if span is None and mine is not None:
        stories = [
            s for x in c.mentions if x.answers and x.story_day is not None and (s := span_of(x.story_day)) is not None
        ]
        return bool(stories) and not any(overlap(s, mine) for s in stories)
    return False


def _other_town_told(c: Cluster, m: EventMention) -> bool:
    """`Israël a frappé Beyrouth lundi. L'armée a aussi bombardé Tyr`: a strike placed at a town when
    the strike told before has no place of its own (its town read as the state struck) but its own
    sentence names another town of that state, and not this one, is a strike on another town. Titles
    and demonstrative repeats name the towns of other strikes too, and do not count."""
    state = name_state(m.location) if m.location and point_spellings(m.location) else None
    if state is None or c.locations():
        return False
    told = [x.evidence for x in c.mentions if not (x.refers_back or x.tenseless)]
    named = set().union(*(_points_named(text, {state}) for text in told)) if told else set()
    return bool(named) and place_key(m.location or "") not in named


def _same_day_as_told(c: Cluster, m: EventMention) -> bool:
    """`La Chine a taxé jeudi le bœuf australien. Le même jour, Pékin a interdit le vin australien`,
    `X a appelé jeudi Y. Le jour même, il s'est entretenu avec Z`: an event dated by the day of the one
    told before (`le même jour`, `le jour même`: an anaphoric day of offset 0 in the temporal lexicon)
    is another event of that day, not that one told again, unless pointed back to (`ces mesures`)."""
    if m.date is None or m.refers_back or min(x.sentence for x in c.mentions) >= m.sentence:
        return False
    text = fold(m.date.text.lower().strip())
    return "jour" in text and temporal_words().anaphoric.get(text) == "0"


def _before_the_news(c: Cluster, m: EventMention) -> bool:
    """`Macron s'est entretenu avec Zelensky, a annoncé l'Élysée. Les deux hommes s'étaient déjà parlé
    le 3 octobre`: an event told in the pluperfect with a day of its own was before the news the article
    tells without a day (in the present or the passé composé), so it is another event; an undated
    title or back-reference told of the news does not make them one."""
    return m.pluperfect and any(not (x.pluperfect or x.tenseless) for x in c.mentions)


def _met_again(c: Cluster, m: EventMention, span: tuple[date, date] | None, mine: tuple[date, date] | None) -> bool:
    """`X a rencontré Y à Kuala Lumpur. Les deux hommes se sont de nouveau retrouvés à Genève`: a talk
    verb told again (`de nouveau`, `se revoir`) after every mention of a talk is a further talk, not
    that one told again, unless both give one day."""
    if not m.again or m.refers_back or any(x.sentence >= m.sentence for x in c.mentions):
        return False
    return not (span and mine and overlap(span, mine))


def _beside_summit(c: Cluster, m: EventMention, ln: Links) -> bool:
    """A talk of two told on the sidelines of an occasion (`en marge de la réunion`) is not a meeting of
    three or more sides that the article tells: a bilateral beside a summit is a meeting of its own. A
    person and their state are one side."""
    told = [*c.mentions, m]
    pairs = [x for x in told if x.sidelines and _sides(x, ln) == 2]
    return bool(pairs) and any(_sides(x, ln) >= 3 and not x.sidelines for x in told)


def _sides(m: EventMention, ln: Links) -> int:
    return len({ln.states.get(a, a) for a in m.actors})


def _other_initiator(x: EventMention, m: EventMention, ln: Links) -> bool:
    """`La Pologne a expulsé quatre diplomates russes` and `Prague a expulsé trois diplomates russes`:
    two reports that each name the state that acts, different states, and a party the other does not, are two
    acts even when a third mention names both sides (`Prague et Varsovie expulsent des diplomates
    russes`) and so makes the cluster's parties cover each."""
    mine, theirs = x.source_actor or "", m.source_actor or ""
    if not (mine.startswith("state:") and theirs.startswith("state:")):
        return False  # a body (`le Trésor`) may act for its state under another name: the cluster's test
    return initiators_conflict({mine}, set(x.actors), {theirs}, set(m.actors), ln)


def _told_apart(a: EventMention, b: EventMention) -> bool:
    """Two measures of one trigger word with imposers of their own: the extractor told them apart."""
    sources = {a.source_actor, b.source_actor}
    return a.trigger_start == b.trigger_start and None not in sources and len(sources) == 2


def _lede_places(headline: Cluster, one: Cluster) -> bool:
    """`Des garde-côtes russes ouvrent le feu sur des navires ukrainiens près du détroit de Kertch` (the
    title), then `ont ouvert le feu dimanche sur trois navires au large de la Crimée, avant de les
    arraisonner près du détroit de Kertch`: a title's event placed at a site the later sentence also
    names is that sentence's event, though the sentence is placed first elsewhere."""
    if not all(x.sentence == 0 and x.date is None for x in headline.mentions):
        return False  # a title tells no day; a first sentence that does is the lede itself
    text = " ".join(normalize_name(x.evidence) for x in one.mentions)
    places = {x.location for x in headline.mentions if x.location}
    names = {n for p in places for n in point_spellings(p) or {normalize_name(p)}}
    return any(re.search(rf"\b{re.escape(n)}\b", text) for n in names if n)


def _nested_places(c: Cluster, m: EventMention) -> bool:
    """`Les frappes ont visé lundi Damas`, then `un bâtiment dans le quartier de Mazzeh à Damas`: a
    place told as lying in the other's place (`place_within` words of markers.csv: `X à Y`, `X, au
    Y`) is that place, not another strike."""
    told = [(x.location, x.evidence) for x in [*c.mentions, m] if x.location]
    return any(_lies_in(p, q, text) for p, text in told for q, _ in told if p != q)


def _sites_of_country(c: Cluster, m: EventMention) -> bool:
    """`ont frappé l'Iran dans la nuit`, then `frappent le site de Fordo`: a whole country
    and a site the gazetteer puts in it are one place, not two strikes (two towns still are); so are
    two spellings of one gazetteer place."""
    places = {x.location for x in [*c.mentions, m] if x.location}
    if len({place_key(p) for p in places}) == 1:
        return True  # one place spelled twice (`Hodeïda`, `le port de Hodeidah`)
    country = {p: country_of_name(p) for p in places}
    countries = {state for state in country.values() if state is not None}
    sites = {p for p, state in country.items() if state is None}
    if not (len(countries) == 1 and len(sites) == 1 and all(name_state(p) in countries for p in sites)):
        return False
    # `À Odessa, dans le sud de l'Ukraine, des drones ont frappé ...` read as placed in Ukraine, then
    # `À Lviv, un missile a touché ...`: the country frames another town its sentence names
    site = place_key(next(iter(sites)))
    framed = [x.evidence for x in [*c.mentions, m] if x.location and country_of_name(x.location)]
    return not any(_points_named(text, countries) - {site} for text in framed)


def _points_named(text: str, states: set[str]) -> set[str]:
    """The gazetteer's cities, ports and sites of `states` a text names (their keys)."""
    table, words = load_places(), re.findall(r"[\w-]+", normalize_name(text))
    grams = (" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1))
    found = (table.get(g) for g in grams)
    return {p.key for p in found if p is not None and p.kind in POINT_KINDS and p.state in states}


def _lies_in(place: str, wider: str, text: str) -> bool:
    words = "|".join(re.escape(w) for w in sorted(markers()["place_within"]))
    pattern = rf"\b{re.escape(fold(place))}\s*,?\s*(?:{words})\s+(?:la |le |les |l')?{re.escape(fold(wider))}\b"
    return re.search(pattern, fold(text)) is not None


def _other_target(c: Cluster, m: EventMention, ln: Links) -> bool:
    """A measure aimed at a state other than the cluster's targets (`a imposé des
    droits au Mexique et au Canada` / `a également décrété une taxe sur la Chine`): another measure of
    the same imposer, not a second report of the first."""
    imposers = states_of(c.sources() | ({m.source_actor} if m.source_actor else set()), ln)
    held = states_of({x.target_actor for x in c.mentions if x.target_actor}, ln) - imposers
    mine = (states_of({m.target_actor}, ln) if m.target_actor else set()) - imposers  # misread as hit
    if not mine or not held or not all(a.startswith("state:") for a in mine | held):
        return False  # a firm or a person aimed at may belong to a targeted state the links do not know
    return not mine & held


def _further_measure(c: Cluster, m: EventMention) -> bool:
    """`X a sanctionné mardi vingt pétroliers`, then `X a en outre interdit l'exportation de
    logiciels`: a measure told as a further one (`further_measure` in markers.csv) is not a measure
    the body told before (an undated title only announces the body's measure); one pointed back to
    (`ces sanctions`) is the one told. A measure told as earlier (`avait déjà sanctionné`) with no
    day of its own still merges: it is most often a collective mention no one lists apart."""
    return m.further and not m.refers_back and any(x.sentence > 0 or x.date is not None for x in c.mentions)


def _new_blow(m: EventMention, m_dated: bool, c: Cluster) -> bool:
    """In an escalation, a riposte told without a day (`l'armée a répliqué par des tirs`) is not a
    dated strike told before, and further strikes told with their day (`a de nouveau bombardé X lundi
    soir`, `de nouvelles frappes dans la nuit de vendredi à samedi`) are neither a dated strike told
    before nor an undated riposte (unless pointed back to: `ces nouvelles frappes`). An undated
    headline (`Nouvelles frappes sur ...`) still takes the dated report of the day."""
    if m.counted and not m.refers_back:
        return True  # `une seconde frappe a touché la ville`: counted as one more, never the one told
    if m.answers and not m_dated:
        return c.span() is not None
    if m.another and m_dated and not m.refers_back:
        return c.span() is not None or any(x.answers for x in c.mentions)
    return False


def _night_and_day_after(c: Cluster, m: EventMention) -> bool:
    """`Dans la nuit de lundi à mardi` and `mardi après-midi` (`later_same_day` in markers.csv): a
    strike of the night and one of the afternoon or evening after it are two strikes."""
    dated = [x.date for x in c.mentions if x.date is not None and x.date.start is not None]
    return m.date is not None and any(_night_then_later(a, b) for x in dated for a, b in ((x, m.date), (m.date, x)))


def _night_then_later(night: DateValue, later: DateValue) -> bool:
    if "nuit" not in fold(night.text.lower()) or night.start is None or night.end is None:
        return False
    if later.start is None or later.start != later.end or later.start != night.end or night.start == night.end:
        return False
    text = fold(later.text.lower())
    return any(word in text for word in markers()["later_same_day"])


def _other_counterparts(held: set[str], named: set[str], ln: Links) -> bool:
    """`Araghchi s'est entretenu avec son homologue saoudien ... a ensuite appelé al-Boussaïdi`: each
    side names a person the other does not (nor that person's state): two calls sharing a caller,
    not one."""

    def own(ids: set[str], other: set[str]) -> bool:
        return any(a.startswith(PERSON) and not any(ln.agree(a, b) for b in other) for a in ids)

    return (own(held, named) and own(named, held)) or _rival_people(held, named, ln)


def _bilateral_after_group(c: Cluster, m: EventMention, ln: Links) -> bool:
    """`X s'est entretenu jeudi avec Y et Z. Il a ensuite appelé Z`: a call of two sides told after a call
    of three or more, in a later sentence and with a word of sequence or addition (`sequence`,
    `same_occasion` in markers.csv: `ensuite`, `puis`, `aussi`, `également`), is a call of its own
    between two of them, not the group's call told again."""
    if _sides(m, ln) != 2 or any(x.sentence >= m.sentence for x in c.mentions):
        return False
    if not any(_sides(x, ln) >= 3 for x in c.mentions):
        return False
    words = markers()["sequence"] | markers()["same_occasion"]
    return any(w in words for w in re.findall(r"\w+", fold(m.evidence.lower())))


def _rival_people(held: set[str], named: set[str], ln: Links) -> bool:
    """`X s'est entretenu samedi avec le Premier ministre pakistanais Y. Il a aussi parlé avec le chef
    de l'armée pakistanaise Z`: each side names a person of the same state whom the other does not
    name; the state they share does not make the two calls one."""
    only_held = {a for a in held - named if a.startswith(PERSON) and not any(same_surname(a, b) for b in named)}
    only_named = {a for a in named - held if a.startswith(PERSON) and not any(same_surname(a, b) for b in held)}
    return any(
        (state := ln.states.get(a)) is not None and state == ln.states.get(b) for a in only_held for b in only_named
    )


def _undated_headline(c: Cluster, m: EventMention, m_dated: bool) -> bool:
    """`Sahel : frappe de drone près de Tillabéri` as a title: an undated strike in the first
    sentence announces the strike the article then dates, however far below."""
    if not m_dated:
        return m.sentence == 0
    return all(x.sentence == 0 and span_of(x.date) is None for x in c.mentions)


def _threat_and_act(c: Cluster, m: EventMention) -> bool:
    """`a menacé de porter à 50 % les droits sur l'acier` and `les taxes sur l'acier sont entrées en
    vigueur`: a measure threatened at a rate is not the one imposed, unless it names it again (`ces
    droits`); nor is one threatened as a further measure (`a en outre menacé de taxer des biens
    supplémentaires`). Without either, a hypothetical mention is too often the writer's view of the
    measure."""
    if {c.status(), m.status} != {DONE, "hypothetical"} or m.refers_back:
        return False
    threats = [m] if m.status == "hypothetical" else [x for x in c.mentions if x.status == "hypothetical"]
    return any(x.rates or x.further for x in threats)


def _anchor_strike(c: Cluster, m: EventMention) -> bool:
    """`Les États-Unis ont frappé samedi des sites en Syrie, une semaine après une attaque à Douma`: a strike
    told as some time before (`earlier`) that names no attacker is not the strike of its own sentence that
    is dated against it (whose place it would lend); told again in another sentence, or with its attacker,
    it may be."""

    def anchor(x: EventMention, other: EventMention) -> bool:
        return x.earlier and not x.source_actor and not other.earlier and x.sentence == other.sentence

    return any(anchor(m, x) or anchor(x, m) for x in c.mentions)


def _threat_and_blow(c: Cluster, m: EventMention) -> bool:
    """`Les rebelles ont menacé de frapper les navires ... Le lendemain, ils ont revendiqué une attaque
    contre un cargo`: a strike held out as a threat (`threatened`) is not one that took place, even one
    claimed after it, unless the later mention points back to it (`cette attaque`). A strike told as said
    (`elle dit cibler des combattants`, hypothetical too) is no threat."""
    if m.refers_back or {c.status(), m.status} != {DONE, "hypothetical"}:
        return False
    return m.threatened or any(x.threatened for x in c.mentions)


def _another_event(c: Cluster, m: EventMention) -> bool:
    """`se sont vus mardi ... un nouveau sommet pourrait avoir lieu`: a talk announced as a new one
    is not the one told with another status (held, against wished for or refused)."""
    return (m.another or any(x.another for x in c.mentions)) and c.status() != m.status


def _told_statuses_conflict(c: Cluster, m: EventMention) -> bool:
    """The statuses conflict, unless one side's is only a title's default (`tenseless`)."""
    if m.tenseless or all(x.tenseless for x in c.mentions):
        return False
    if _plan_held_that_day(c, m):
        return False
    return _status_conflict(c.status(), m.status)


def _plan_held_that_day(c: Cluster, m: EventMention) -> bool:
    """`X est arrivé jeudi soir, à la veille d'une rencontre avec Y ... Vendredi, les deux hommes ont
    déjeuné ensemble`: a talk told as ahead and one told as held, on the same single day, are the plan
    and its holding (talks planned for another day, or for a span, stay apart)."""
    if {c.status(), m.status} != {DONE, "planned"}:
        return False
    mine, theirs = span_of(m.date), c.span()
    return mine is not None and mine == theirs and mine[0] == mine[1]


def _status_conflict(a: str, b: str) -> bool:
    """Within an article: held (`a rencontré`) against announced or called off (`doit rencontrer`);
    called off against put off (`a annulé la visite de X, puis reporté la réunion avec Y`)."""
    return (a == DONE and b in NOT_DONE) or (a in NOT_DONE and b == DONE) or {a, b} == CALLED_OFF_OR_PUT_OFF


def _reversed_direction(c: Cluster, m: EventMention, ln: Links) -> bool:
    """`X frappe Y` and `Y frappe X` are two events. For strikes and sanctions also when one side is
    named by its leader: `Donald Trump a relevé les droits visant la Chine` and `la Chine a taxé les
    produits américains` (a visit and its reception, `X s'est rendu chez Y, reçu par Y`, are one meeting)."""
    if m.event_type in MEASURE_TYPES and _hit_imposes(c, m, ln):
        return True
    if not (m.source_actor and m.target_actor):
        return False
    directed = m.event_type in DIRECTED_TYPES

    def same(a: str | None, b: str) -> bool:
        if a is None:
            return False
        if not directed:
            return a == b
        # for sanctions a firm stands for its state and a body for its organisation (`la Commission`,
        # `l'UE`): `la Commission taxe les véhicules chinois` and `Pékin menace l'UE` face each other
        return ln.agree_affiliated(a, b) if m.event_type in MEASURE_TYPES else ln.agree(a, b)

    if any(same(x.source_actor, m.target_actor) and same(x.target_actor, m.source_actor) for x in c.mentions):
        return True
    if m.event_type == "strike" and any(_struck_back(x, m, same) for x in c.mentions):
        return True
    # `les droits américains sur l'acier importé de l'UE, du Canada et du Mexique`, then `le Canada a
    # annoncé des représailles contre Washington`: a measure aimed at its imposer by one of the parties it hits
    answered = (_answers_hit(x, m, same) or _answers_hit(m, x, same) for x in c.mentions)
    return m.event_type in MEASURE_TYPES and any(answered)


def _struck_back(x: EventMention, m: EventMention, same: Callable[[str | None, str], bool]) -> bool:
    """`Israël frappe Beyrouth, le Hezbollah revendique des tirs vers Haïfa` (a headline whose strike
    also names the other side), then `le Hezbollah affirme avoir tiré des roquettes sur Israël`: the one
    who strikes back at the headline's attacker is named there, but not as its target."""
    return (
        bool(x.source_actor and x.target_actor and m.source_actor and m.target_actor)
        and same(x.source_actor, m.target_actor or "")
        and m.source_actor in x.actors
        and not same(x.source_actor, m.source_actor or "")
    )


def _struck_side_strikes(c: Cluster, m: EventMention, ln: Links) -> bool:
    """`les rebelles ont attaqué une garnison de l'armée`, then `un avion de l'armée a largué deux bombes
    sur une école`: the side struck in one strike, told as the attacker of another, strikes back."""
    if m.event_type != "strike":
        return False
    return any(_strikes_back(x, m, ln) or _strikes_back(m, x, ln) for x in c.mentions)


def _strikes_back(first: EventMention, then: EventMention, ln: Links) -> bool:
    """`then`'s attacker is the side `first` struck, and not `first`'s own attacker. Not a report of
    munitions shot down (`le ministère a affirmé avoir abattu 200 drones`): the side struck defending
    itself tells the strike it answers again. `le tir d'une roquette vers Sdérot`, naming no attacker, then
    `un drone israélien a tiré sur un groupe`: the side hit, told as the attacker, strikes back too."""
    if not (first.target_actor and then.source_actor):
        return False
    if fold(then.trigger.lower()).startswith(INTERCEPTION_STEMS):
        return False
    if not ln.agree(first.target_actor, then.source_actor):
        return False
    # `les forces yéménites ont lancé une offensive contre les Houthis`, then `les Houthis ont touché une
    # frégate émiratie`: a group at war with its own state (insurgent_groups.txt) is not that state's attacker
    if first.source_actor is None:  # a group fighting in the state hit claims that strike (`_fights_in`)
        return not _fights_in(then.source_actor, first.target_actor, ln)
    rebel = first.source_actor != then.source_actor and insurgent(then.source_actor)
    return rebel or not ln.agree(first.source_actor, then.source_actor)


def _hit_imposes(c: Cluster, m: EventMention, ln: Links) -> bool:
    """`L'Inde a interdit samedi les importations du Pakistan. Islamabad avait suspendu le commerce avec
    l'Inde`: a measure of a named kind (models/events/measure_kinds.csv) whose imposer is the party
    another measure of the article hits (and not its imposer) is that party's own measure, even when it
    names no target. Bare `sanctions` are left alone: `la réponse de la Russie aux sanctions` names
    the party hit, not a measure of its own."""
    told = [(x.source_actor, x.target_actor) for x in c.mentions if x.source_actor and x.target_actor]
    if m.measure and m.source_actor and any(_imposer_is_hit(s, t, m.source_actor, ln) for s, t in told):
        return True
    if not (m.source_actor and m.target_actor):
        return False
    # `La Chine a annoncé des sanctions contre dix Européens, après que l'UE a gelé les avoirs de
    # responsables chinois`: bare sanctions naming their imposer alone are that imposer's, and a measure
    # of a named kind that hits it is another party's
    imposers = {
        x.source_actor for x in c.mentions if x.source_actor and (x.measure or (m.measure and not x.target_actor))
    }
    return any(_imposer_is_hit(m.source_actor, m.target_actor, i, ln) for i in imposers)


def _imposer_is_hit(source: str, target: str, imposer: str, ln: Links) -> bool:
    """Is `imposer` the party hit by a measure of `source` on `target` (and not `source`)?"""
    own, hit, acting = states_of({imposer}, ln), states_of({target}, ln), states_of({source}, ln)
    return own <= hit and not hit & acting  # a measure read as aimed at its own side is misread


def _answers_hit(hit: EventMention, answer: EventMention, same: Callable[[str | None, str], bool]) -> bool:
    """Is `answer` aimed at the imposer of `hit` by one of the parties `hit` names besides its imposer?"""
    if not (answer.source_actor and answer.target_actor):
        return False
    return same(hit.source_actor, answer.target_actor) and any(
        same(a, answer.source_actor) for a in hit.actors if a != hit.source_actor
    )


# --- mentions -> one event ---------------------------------------------------------------------


def _to_event(c: Cluster) -> Event:
    ms = sorted(c.mentions, key=lambda m: (m.article, m.trigger_start))
    best = max(ms, key=lambda m: (len(m.actors), m.date is not None, m.confidence, -m.trigger_start))
    dated = best_date(ms)
    when = dated.date if dated else next((m.story_day for m in ms if m.story_day is not None), None)
    full = _full_names({a for m in ms for a in m.actors})
    sources = Counter(full.get(m.source_actor, m.source_actor) for m in ms if m.source_actor)
    targets = Counter(full.get(m.target_actor, m.target_actor) for m in ms if m.target_actor)
    source = sources.most_common(1)[0][0] if sources else None
    return Event(
        event_id=_event_id(ms[0]),
        event_type=c.event_type,
        date_start=when.start if when else None,
        date_end=(when.end or when.start) if when else None,
        date_precision=when.precision if when else None,
        date_text=when.text if when else None,
        status=c.status(),
        actors=_initiator_first(_ordered_actors(ms, full), source),
        source_actor=source,
        target_actor=next((t for t, _ in targets.most_common() if t != source), None),
        location=_place(best, ms),
        articles=tuple(sorted({m.article for m in ms})),
        evidence=best.evidence,
        char_start=best.sent_start,
        char_end=best.sent_end,
        confidence=round(min(1.0, max(m.confidence for m in ms) + 0.05 * (len(ms) - 1)), 2),
        cameo=best.cameo,
        plover=best.plover,
        trigger=best.trigger,
        mentions=len(ms),
    )


def _place(best: EventMention, ms: list[EventMention]) -> str | None:
    """The place most mentions give (three outlets say `à Damas`, one misreads `imputées à Israël`
    as a place); on a tie, the best mention's, then the first told."""
    places = Counter(m.location for m in ms if m.location)
    if not places:
        return None
    top = max(places.values())
    return next(m.location for m in [best, *ms] if m.location and places[m.location] == top)


def _initiator_first(actors: tuple[str, ...], source: str | None) -> tuple[str, ...]:
    """The initiator (caller, host, attacker, imposer) heads the list, as the guidelines order
    participants: a target the event's mentions name more often (`le départ de diplomates russes et la
    fermeture du consulat de Russie`) does not go before the state that ordered both."""
    return (source, *(a for a in actors if a != source)) if source in actors else actors


def _ordered_actors(ms: list[EventMention], full: Mapping[str, str]) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for n, m in enumerate(ms):
        for k, a in enumerate(full.get(a, a) for a in m.actors):
            counts[a] += 1
            first.setdefault(a, n * 100 + k)
    return tuple(sorted(counts, key=lambda a: (-counts[a], first[a])))


def _full_names(ids: set[str]) -> dict[str, str]:
    """A person one outlet names by surname alone -> the full name another gives (`person:okafor`
    -> `person:abena-okafor`), so the merged event lists each participant once."""
    return {a: b for a in ids for b in ids if len(b) > len(a) and same_surname(a, b)}


def _event_id(first: EventMention) -> str:
    key = f"{first.event_type}|{first.article}|{first.trigger_start}|{first.target_actor}|{'|'.join(first.actors)}"
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _worth_keeping(e: Event, min_actors: int) -> bool:
    """Two participants make a call, a meeting, a strike or a sanction: with one side only (`Macron
    s'est entretenu au téléphone`, `la frappe a touché Kharkiv samedi`, `le sommet UE-Balkans, prévu
    le 17 décembre`) the report says too little or the extraction missed the other side, and a
    date or a place does not make up for it; `l'attaque a été revendiquée par X` told alone is half
    of a strike. A statement needs one, and so does a strike that took place when it names who struck
    and a place of the gazetteer it struck (the gold of such a report has one slot)."""
    if e.event_type == "strike" and e.status == "occurred" and e.source_actor and e.location:
        # `l'armée israélienne a poursuivi ses frappes sur la ville de Gaza`: who struck a known place
        # (place_states.csv) whose state the article does not name; not a sea (`dans les Caraïbes`).
        # Any place will do when the sentence counts the dead or wounded (`deadly_words` in markers.csv:
        # `a largué deux bombes sur une école du village de X, tuant vingt enfants`): a blow that was struck
        if name_state(e.location) is not None or _deadly(e.evidence):
            return True
    return len(e.actors) >= min_actors or e.event_type == "statement"


def _deadly(sentence: str) -> bool:
    """The sentence tells of people killed or wounded (`deadly_words` in markers.csv)."""
    return any(fold(w) in markers()["deadly_words"] for w in re.findall(r"\w+", sentence.lower()))


def _body_meeting(e: Event, c: Cluster) -> bool:
    """A dated meeting of one body's members (`le sommet de l'OTAN, prévu les 11 et 12 juillet`), or one told
    as held (`se sont réunis`, extractor._members_met),
    has that body as its one participant; a mention of the body that is not such a meeting
    (`X n'assistera pas au sommet de l'AES`) leaves the event unproven."""
    return len(e.actors) == 1 and all(m.own_body for m in c.mentions if m.actors)


def _one_side(e: Event, ln: Links) -> bool:
    """A call or a meeting between a person or a body and only their own state (`Macron s'est
    entretenu avec ... a annoncé l'Élysée` read as Macron and France) has one participant, not two;
    two people of one state are two. A sanction whose parties are all one side (a state, its leader
    and its bodies; an organisation and its own body, models/actors/part_of.csv) names no target,
    and a sanction has none without one. Strikes are left alone: an army striking unnamed fighters
    is reported with the army and its state only."""
    if e.event_type in MEASURE_TYPES:  # `l'UE` and its own Commission, `Trump` and `Washington`: no target
        return len(states_of(e.actors, ln)) == 1  # the affiliations hold part_of.csv's bodies
    if e.event_type not in ("call", "meeting"):
        return False
    # `les pourparlers entre le gouvernement yéménite et les rebelles houthis`: an armed group talks
    # to its state's government as the other side, whatever country the knowledge base gives it
    sides = {a if armed_group(a) else ln.states.get(a, a) for a in e.actors}
    return len(sides) == 1 and next(iter(sides)) in e.actors


def _timeline_key(e: Event) -> tuple[bool, date, date, str]:
    return (e.date_start is None, e.date_start or date.max, e.date_end or date.max, e.event_id)

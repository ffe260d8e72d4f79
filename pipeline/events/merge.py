"""Event mentions -> events: one row per real-world event, holding all its evidence.

Duplicates are the first complaint about event data sets. Two mentions are one event when they
have the same type, compatible participants (two shared, or one side naming a subset of the
other), compatible dates and compatible places. Within an article we merge freely (later
mentions are usually references back: `la réunion`, `l'appel`); across articles we also require a
date, because two undated strikes by the same army are rarely the same strike.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pipeline.schema import Event, EventMention

# When mentions of one event disagree, the most informative status wins: a summit that was planned
# and then cancelled is `cancelled`.
STATUS_PRIORITY = ("cancelled", "postponed", "occurred", "negated", "planned", "hypothetical")
# Strikes repeat: an undated strike mention joins a dated one only when it is this close (sentences).
STRIKE_WINDOW = 3
# An actor-less back-reference (`l'appel`) joins the latest event of its type this close (sentences).
ANAPHORA_WINDOW = 8
AFFILIATED_TYPES = {"sanction"}
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
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4, "decade": 5}


@dataclass
class _Cluster:
    mentions: list[EventMention] = field(default_factory=list)
    # derived values, recomputed only when mentions were added (mentions are never removed):
    # recomputing them for every comparison made merging quadratic in a long article
    _cache: dict[str, tuple[int, Any]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def event_type(self) -> str:
        return self.mentions[0].event_type

    def actors(self) -> set[str]:
        return self._cached("actors", lambda: {a for m in self.mentions for a in m.actors})

    def dated(self) -> list[EventMention]:
        return [m for m in self.mentions if m.date is not None and m.date.start is not None]

    def span(self) -> tuple[date, date] | None:
        def compute() -> tuple[date, date] | None:
            best = _best_date(self.mentions)
            return (best.date.start, best.date.end or best.date.start) if best else None

        return self._cached("span", compute)

    def locations(self) -> set[str]:
        return self._cached("locations", lambda: {_norm(m.location) for m in self.mentions if m.location})

    def location_actors(self) -> set[str]:
        return self._cached("location_actors", lambda: {m.location_actor for m in self.mentions if m.location_actor})

    def _cached(self, name: str, compute: Callable[[], Any]) -> Any:
        hit = self._cache.get(name)
        if hit is None or hit[0] != len(self.mentions):
            hit = self._cache[name] = (len(self.mentions), compute())
        return hit[1]


def merge_events(
    mentions: Iterable[EventMention], *, min_actors: int = 2, affiliations: Mapping[str, str] | None = None
) -> list[Event]:
    """Merge mentions within each article, then across articles; return events in timeline order.

    `affiliations` maps an actor id to its state's id (`org:rosneft` -> `state:RUS`): sanctions
    are announced as packages, so two sanction mentions whose sanctioning and sanctioned sides
    belong to the same states are one measure (`le Trésor sanctionne les compagnies russes`,
    `les sanctions contre Rosneft et Lukoil`).
    """
    aff = dict(affiliations or {})
    by_article: dict[str, list[EventMention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    clusters: list[_Cluster] = []
    for article in sorted(by_article):
        clusters += _merge_article(sorted(by_article[article], key=lambda m: m.trigger_start), aff)
    merged = _merge_across(clusters, aff)
    events = [_to_event(c) for c in merged]
    events = [e for e in events if _worth_keeping(e, min_actors)]
    return sorted(events, key=_timeline_key)


def _merge_article(mentions: list[EventMention], aff: Mapping[str, str]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    # (type, actor or its state) -> positions of the clusters holding it: a compatible cluster
    # shares a participant, so only these are tried, first one first (a scan of every cluster per
    # mention was quadratic on book-length documents)
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for m in mentions:
        if not m.actors:
            _attach_back_reference(clusters, m)
            continue
        candidates = sorted({k for key in _keys(m.event_type, m.actors, aff) for k in index.get(key, ())})
        target = next((k for k in candidates if _compatible(clusters[k], m, aff)), None)
        if target is None:
            target = len(clusters)
            clusters.append(_Cluster([m]))
        else:
            clusters[target].mentions.append(m)
        for key in _keys(m.event_type, m.actors, aff):
            if not index[key] or index[key][-1] != target:
                index[key].append(target)
    return _settle(clusters, aff)


def _keys(event_type: str, actors: Iterable[str], aff: Mapping[str, str]) -> set[tuple[str, str]]:
    """What two compatible mentions or clusters must share (`_participants_match`)."""
    ids = set(actors)
    if event_type in AFFILIATED_TYPES:
        ids = _with_states(ids, aff)
    return {(event_type, i) for i in ids}


def _settle(clusters: list[_Cluster], aff: Mapping[str, str]) -> list[_Cluster]:
    """Merge clusters that became compatible as they grew (first-fit order left them apart).

    Every cluster holds a mention with participants, so a cluster that can join `a` shares one of
    `a`'s keys: only those are tried, in order."""
    changed = True
    while changed:
        changed = False
        index: dict[tuple[str, str], set[int]] = defaultdict(set)
        for k, c in enumerate(clusters):
            for key in _keys(c.event_type, c.actors(), aff):
                index[key].add(k)
        for i, a in enumerate(clusters):
            later = sorted({j for key in _keys(a.event_type, a.actors(), aff) for j in index[key] if j > i})
            j = next(
                (j for j in later if all(_compatible(a, m, aff) for m in clusters[j].mentions if m.actors)),
                None,
            )
            if j is not None:
                a.mentions.extend(clusters.pop(j).mentions)
                changed = True
                break
    return clusters


def _attach_back_reference(clusters: list[_Cluster], m: EventMention) -> None:
    """`l'appel`, `la réunion`: the latest event of that type told just before; else nothing.
    A neutral talk noun (`l'entretien`, `la conversation`) may refer back to a call as well."""
    types = {m.event_type} | ({"call"} if m.event_type == "meeting" and m.trigger.lower() in TALK_NOUNS else set())
    for c in reversed(clusters):
        if c.event_type in types:
            if m.sentence - max(x.sentence for x in c.mentions) <= ANAPHORA_WINDOW:
                mine = (m.date.start, m.date.end or m.date.start) if m.date and m.date.start else None
                if not (mine and c.span() and not _overlap(mine, c.span())):
                    c.mentions.append(m)
            return


def _merge_across(clusters: list[_Cluster], aff: Mapping[str, str]) -> list[_Cluster]:
    out: list[_Cluster] = []
    index: dict[tuple[str, str], list[_Cluster]] = defaultdict(list)
    for c in clusters:
        candidates = {id(k): k for a in c.actors() for k in index[(c.event_type, a)]}
        target = next((k for k in candidates.values() if _clusters_match(k, c, aff)), None)
        if target is None:
            out.append(c)
            target = c
        else:
            target.mentions.extend(c.mentions)
        for a in c.actors():
            if target not in index[(c.event_type, a)]:
                index[(c.event_type, a)].append(target)
    return out


def _compatible(c: _Cluster, m: EventMention, aff: Mapping[str, str]) -> bool:
    """Within one article: may mention `m` be the event of cluster `c`?"""
    if c.event_type != m.event_type or not _participants_match(c.actors(), set(m.actors), m.event_type, aff):
        return False
    if _places_conflict(c, _Cluster([m])) or _reversed_direction(c, m):
        return False
    span = c.span()
    mine = (m.date.start, m.date.end or m.date.start) if m.date and m.date.start else None
    if span and mine:
        return _overlap(span, mine)
    if span or mine:  # one side dated, the other not
        near = min(abs(x.sentence - m.sentence) for x in c.mentions) <= STRIKE_WINDOW
        return m.event_type != "strike" or near
    return True


def _clusters_match(a: _Cluster, b: _Cluster, aff: Mapping[str, str]) -> bool:
    """Across articles: the same event only with overlapping dates."""
    if a.event_type != b.event_type or not _participants_match(a.actors(), b.actors(), a.event_type, aff):
        return False
    sa, sb = a.span(), b.span()
    if not (sa and sb and _overlap(sa, sb)):
        return False
    return not _places_conflict(a, b)


def _places_conflict(a: _Cluster, b: _Cluster) -> bool:
    """Both name a place, and neither the names nor the states they stand for agree."""
    return bool(
        a.locations()
        and b.locations()
        and not a.locations() & b.locations()
        and not a.location_actors() & b.location_actors()
    )


def _reversed_direction(c: _Cluster, m: EventMention) -> bool:
    """`X frappe Y` and `Y frappe X` are two events."""
    if not (m.source_actor and m.target_actor):
        return False
    return any(x.source_actor == m.target_actor and x.target_actor == m.source_actor for x in c.mentions)


def _participants_match(a: set[str], b: set[str], event_type: str, aff: Mapping[str, str]) -> bool:
    if event_type in AFFILIATED_TYPES:
        a, b = _with_states(a, aff), _with_states(b, aff)
    shared = a & b
    return len(shared) >= 2 or (len(shared) == 1 and (a <= b or b <= a))


def _with_states(ids: set[str], aff: Mapping[str, str]) -> set[str]:
    return ids | {aff[i] for i in ids if i in aff}


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _best_date(mentions: list[EventMention]) -> EventMention | None:
    dated = [m for m in mentions if m.date is not None and m.date.start is not None]
    if not dated:
        return None
    return min(dated, key=lambda m: (PRECISION_RANK.get(m.date.precision or "", 9), -m.confidence, m.trigger_start))


def _to_event(c: _Cluster) -> Event:
    ms = sorted(c.mentions, key=lambda m: (m.article, m.trigger_start))
    best = max(ms, key=lambda m: (len(m.actors), m.date is not None, m.confidence, -m.trigger_start))
    dated = _best_date(ms)
    actors = _ordered_actors(ms)
    sources = Counter(m.source_actor for m in ms if m.source_actor)
    targets = Counter(m.target_actor for m in ms if m.target_actor)
    statuses = {m.status for m in ms}
    source = sources.most_common(1)[0][0] if sources else None
    location = next((m.location for m in [best, *ms] if m.location), None)
    articles = tuple(sorted({m.article for m in ms}))
    return Event(
        event_id=_event_id(ms[0]),
        event_type=c.event_type,
        date_start=dated.date.start if dated else None,
        date_end=(dated.date.end or dated.date.start) if dated else None,
        date_precision=dated.date.precision if dated else None,
        date_text=dated.date.text if dated else None,
        status=next(s for s in STATUS_PRIORITY if s in statuses),
        actors=actors,
        source_actor=source,
        target_actor=next((t for t, _ in targets.most_common() if t != source), None),
        location=location,
        articles=articles,
        evidence=best.evidence,
        char_start=best.sent_start,
        char_end=best.sent_end,
        confidence=round(min(1.0, max(m.confidence for m in ms) + 0.05 * (len(ms) - 1)), 2),
        cameo=best.cameo,
        plover=best.plover,
        trigger=best.trigger,
        mentions=len(ms),
    )


def _ordered_actors(ms: list[EventMention]) -> tuple[str, ...]:
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for n, m in enumerate(ms):
        for k, a in enumerate(m.actors):
            counts[a] += 1
            first.setdefault(a, n * 100 + k)
    return tuple(sorted(counts, key=lambda a: (-counts[a], first[a])))


def _event_id(first: EventMention) -> str:
    key = f"{first.event_type}|{first.article}|{first.trigger_start}|{first.target_actor}|{'|'.join(first.actors)}"
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _worth_keeping(e: Event, min_actors: int) -> bool:
    """Two participants make an event; one is enough with a date or a place, or for a statement."""
    return (
        len(e.actors) >= min_actors or e.event_type == "statement" or e.date_start is not None or e.location is not None
    )


def _timeline_key(e: Event) -> tuple:
    return (e.date_start is None, e.date_start or date.max, e.date_end or date.max, e.event_id)


def _norm(text: str | None) -> str:
    return " ".join((text or "").casefold().split())

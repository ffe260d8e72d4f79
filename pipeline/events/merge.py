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
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from pipeline.events.agreement import Links, participants_match, state_links
from pipeline.schema import Actor, ArticleResult, DateValue, Event, EventMention, EventStatus

# When mentions of one event disagree, the most informative status wins: a summit that was planned
# and then cancelled is `cancelled`.
STATUS_PRIORITY: tuple[EventStatus, ...] = ("cancelled", "postponed", "occurred", "negated", "planned", "hypothetical")
# Across articles, an event that took place and one that did not (yet) are never one row: the
# summit an outlet announces and the summit another reports as held, a call that may happen.
DONE = "occurred"
# Talks are announced, then held: within an article too, the meeting that took place and the one
# still to come are two events. (A sanction package that `prévoit` a ban is still one measure, and a
# conditional in a later sentence is too often the writer's, not the event's.)
LIFECYCLE_TYPES = frozenset({"call", "meeting"})
NOT_DONE = frozenset({"planned", "postponed", "cancelled"})
# Strikes repeat: an undated strike mention joins a dated one only when it is this close (sentences).
STRIKE_WINDOW = 3
# An actor-less back-reference (`l'appel`) joins the latest event of its type this close (sentences).
ANAPHORA_WINDOW = 8
# Across articles, an undated report joins an event this many days before its publication at most,
# and only an event dated to within a week (not `depuis juin`, not `en 2024`).
REPORT_WINDOW_DAYS = 3
SHORT_SPAN_DAYS = 7
# Events dated to a span of more weeks than this (`depuis le printemps`) are not merged across articles.
MAX_WEEKS = 10
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

Span = tuple[date, date]


@dataclass
class _Cluster:
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def event_type(self) -> str:
        return self.mentions[0].event_type

    def actors(self) -> set[str]:
        return {a for m in self.mentions for a in m.actors}

    def span(self) -> Span | None:
        best = _best_date(self.mentions)
        return _span(best.date) if best else None

    def precision(self) -> int:
        best = _best_date(self.mentions)
        return PRECISION_RANK.get((best.date.precision if best and best.date else None) or "", 9)

    def status(self) -> EventStatus:
        statuses = {m.status for m in self.mentions}
        return next(s for s in STATUS_PRIORITY if s in statuses)

    def articles(self) -> set[str]:
        return {m.article for m in self.mentions}

    def locations(self) -> set[str]:
        return {_norm(m.location) for m in self.mentions if m.location}

    def location_actors(self) -> set[str]:
        return {m.location_actor for m in self.mentions if m.location_actor}


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
    clusters: list[_Cluster] = []
    for article in sorted(by_article):
        clusters += _merge_article(sorted(by_article[article], key=lambda m: m.trigger_start), ln)
    merged = _merge_across(clusters, ln, dict(published or {}))
    events = [_to_event(c) for c in merged]
    events = [e for e in events if _worth_keeping(e, min_actors)]
    return sorted(events, key=_timeline_key)


def merge_results(results: Iterable[ArticleResult], actors: Mapping[str, Actor]) -> list[Event]:
    """The events of a whole run: every article's mentions merged, with the actors' home states
    (from `actors`, the run's merged definitions) and the articles' publication days."""
    mentions: list[EventMention] = []
    published: dict[str, date | None] = {}
    for res in results:
        mentions.extend(res.events)
        published[res.record.id] = res.record.published
    affiliations = {a.id: f"state:{a.country}" for a in actors.values() if a.country}
    return merge_events(mentions, affiliations=affiliations, links=state_links(actors), published=published)


# --- within one article ------------------------------------------------------------------------


def _merge_article(mentions: list[EventMention], ln: Links) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    for m in mentions:
        if not m.actors:
            _attach_back_reference(clusters, m)
            continue
        target = next((c for c in clusters if _compatible(c, m, ln)), None)
        if target is None:
            clusters.append(_Cluster([m]))
        else:
            target.mentions.append(m)
    return _settle(clusters, ln)


def _settle(clusters: list[_Cluster], ln: Links) -> list[_Cluster]:
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


def _attach_back_reference(clusters: list[_Cluster], m: EventMention) -> None:
    """`l'appel`, `la réunion`: the latest event of that type told just before; else nothing.
    A neutral talk noun (`l'entretien`, `la conversation`) may refer back to a call as well."""
    types = {m.event_type} | ({"call"} if m.event_type == "meeting" and m.trigger.lower() in TALK_NOUNS else set())
    for c in reversed(clusters):
        if c.event_type in types:
            if m.sentence - max(x.sentence for x in c.mentions) <= ANAPHORA_WINDOW:
                mine, span = _span(m.date), c.span()
                if not (mine and span and not _overlap(mine, span)):
                    c.mentions.append(m)
            return


def _compatible(c: _Cluster, m: EventMention, ln: Links) -> bool:
    """Within one article: may mention `m` be the event of cluster `c`?"""
    if c.event_type != m.event_type or not participants_match(c.actors(), set(m.actors), m.event_type, ln):
        return False
    if _places_conflict(c, _Cluster([m])) or _reversed_direction(c, m):
        return False
    if m.event_type in LIFECYCLE_TYPES and any(_status_conflict(x.status, m.status) for x in c.mentions):
        return False
    span, mine = c.span(), _span(m.date)
    if span and mine:
        return _overlap(span, mine)
    if span or mine:  # one side dated, the other not
        near = min(abs(x.sentence - m.sentence) for x in c.mentions) <= STRIKE_WINDOW
        return m.event_type != "strike" or near
    return True


# --- across articles ---------------------------------------------------------------------------


def _merge_across(clusters: list[_Cluster], ln: Links, published: Mapping[str, date | None]) -> list[_Cluster]:
    """Dated clusters first, the most precise and the most explicit first, so that a coarse date
    (`en octobre`), a lone participant or an undated report joins the event it is nearest to
    rather than whichever came first. Candidates are looked up by participant and week, so the
    merge stays linear in the number of events however often a state is in the news."""
    order = sorted(clusters, key=lambda c: (c.span() is None, c.precision(), -len(c.actors())))
    out: list[_Cluster] = []
    index: dict[tuple[str, str, int], dict[int, _Cluster]] = defaultdict(dict)
    for c in order:
        weeks = _weeks(c, published)
        keys = [(c.event_type, k, w) for k in sorted(ln.keys(c.actors())) for w in weeks]
        candidates = {n: k for key in keys for n, k in index[key].items()}
        scored = [(_distance(k, c, ln, published), n, k) for n, k in candidates.items()]
        found = [(d, n, k) for d, n, k in scored if d is not None]
        if found:
            _, rank, target = min(found, key=lambda t: (t[0], t[1]))
            target.mentions.extend(c.mentions)
        else:
            rank, target = len(out), c  # ties go to the event found first
            out.append(c)
        for key in keys:
            index[key][rank] = target
    return out


def _weeks(c: _Cluster, published: Mapping[str, date | None]) -> range:
    """The weeks in which a matching event may lie: those of its dates, else those around the
    publication of its articles; none for a long span (`depuis 2022`) or no date at all."""
    span = c.span()
    if span is not None:
        first, last = span[0].toordinal() // 7, span[1].toordinal() // 7
    else:
        days = [d.toordinal() for d in (published.get(a) for a in c.articles()) if d is not None]
        if not days:
            return range(0)
        first, last = (min(days) - REPORT_WINDOW_DAYS - 1) // 7, (max(days) + REPORT_WINDOW_DAYS + 1) // 7
    return range(first, last + 1) if last - first <= MAX_WEEKS else range(0)


def _distance(a: _Cluster, b: _Cluster, ln: Links, published: Mapping[str, date | None]) -> int | None:
    """Across articles: how many days apart events `a` and `b` are, or None if they differ."""
    if a.event_type != b.event_type or not participants_match(a.actors(), b.actors(), a.event_type, ln):
        return None
    if (a.status() == DONE) != (b.status() == DONE) or _places_conflict(a, b):
        return None
    sa, sb = a.span(), b.span()
    if sa and sb:
        return _gap(sa, sb) if _overlap(sa, sb) else None
    if sa and (sa[1] - sa[0]).days >= SHORT_SPAN_DAYS:
        return None
    if a.event_type == "strike" and not (a.locations() & b.locations() or a.location_actors() & b.location_actors()):
        return None  # strikes repeat: an undated one joins only at the same place
    days = [d for d in (published.get(x) for x in b.articles()) if d is not None]
    if sa:
        gaps = [_report_gap(sa, d, b.status()) for d in days]
    else:
        mine = [d for d in (published.get(x) for x in a.articles()) if d is not None]
        gaps = [abs((d - e).days) for d in days for e in mine]
    found = [g for g in gaps if g is not None and g <= REPORT_WINDOW_DAYS]
    return min(found) if found else None


def _report_gap(span: Span, day: date, status: str) -> int | None:
    """Days between an event and a report of it published on `day`; a report of an event that
    took place cannot come out (a day of time zones aside) before the event."""
    if status == DONE:
        return None if day < span[0] - timedelta(days=1) else max(0, (day - span[1]).days)
    return max(0, (span[0] - day).days, (day - span[1]).days)


def _status_conflict(a: str, b: str) -> bool:
    """Within an article: held (`a rencontré`) against announced or called off (`doit rencontrer`)."""
    return (a == DONE and b in NOT_DONE) or (a in NOT_DONE and b == DONE)


def _gap(a: Span, b: Span) -> int:
    """Days between the starts of two spans (0 for the same day)."""
    return abs((a[0] - b[0]).days)


# --- shared tests ------------------------------------------------------------------------------


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


def _span(value: DateValue | None) -> Span | None:
    if value is None or value.start is None:
        return None
    return (value.start, value.end or value.start)


def _overlap(a: Span, b: Span) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _best_date(mentions: list[EventMention]) -> EventMention | None:
    dated = [m for m in mentions if m.date is not None and m.date.start is not None]
    return min(dated, key=_date_rank) if dated else None


def _date_rank(m: EventMention) -> tuple[int, float, int]:
    precision = m.date.precision if m.date else None
    return (PRECISION_RANK.get(precision or "", 9), -m.confidence, m.trigger_start)


# --- mentions -> one event ---------------------------------------------------------------------


def _to_event(c: _Cluster) -> Event:
    ms = sorted(c.mentions, key=lambda m: (m.article, m.trigger_start))
    best = max(ms, key=lambda m: (len(m.actors), m.date is not None, m.confidence, -m.trigger_start))
    dated = _best_date(ms)
    when = dated.date if dated else None
    sources = Counter(m.source_actor for m in ms if m.source_actor)
    targets = Counter(m.target_actor for m in ms if m.target_actor)
    source = sources.most_common(1)[0][0] if sources else None
    return Event(
        event_id=_event_id(ms[0]),
        event_type=c.event_type,
        date_start=when.start if when else None,
        date_end=(when.end or when.start) if when else None,
        date_precision=when.precision if when else None,
        date_text=when.text if when else None,
        status=c.status(),
        actors=_ordered_actors(ms),
        source_actor=source,
        target_actor=next((t for t, _ in targets.most_common() if t != source), None),
        location=next((m.location for m in [best, *ms] if m.location), None),
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


def _ordered_actors(ms: list[EventMention]) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
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


def _timeline_key(e: Event) -> tuple[bool, date, date, str]:
    return (e.date_start is None, e.date_start or date.max, e.date_end or date.max, e.event_id)


def _norm(text: str | None) -> str:
    return " ".join((text or "").casefold().split())

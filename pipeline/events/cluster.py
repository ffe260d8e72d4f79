"""A growing group of event mentions believed to be one event, and the tests both merges share.

`merge.py` groups the mentions of one article, `across.py` the groups of different articles; a
group answers what the merged event would be: its best date, its status, its places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pipeline.dates.discourse import counted_from_event
from pipeline.events.gazetteer import point_spellings
from pipeline.events.phrases import markers
from pipeline.schema import DateValue, EventMention, EventStatus
from pipeline.text import fold, normalize_name

# When mentions of one event disagree, the most informative status wins: a summit that was planned
# and then cancelled is `cancelled`.
STATUS_PRIORITY: tuple[EventStatus, ...] = ("cancelled", "postponed", "occurred", "negated", "planned", "hypothetical")
DONE: EventStatus = "occurred"
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4, "decade": 5}

Span = tuple[date, date]


@dataclass(eq=False)
class Cluster:
    """Mentions of one event (compared by identity: two clusters are never `==` by content)."""

    mentions: list[EventMention] = field(default_factory=list)

    @property
    def event_type(self) -> str:
        return self.mentions[0].event_type

    def actors(self) -> set[str]:
        return {a for m in self.mentions for a in m.actors}

    def span(self) -> Span | None:
        """First and last day of the best-dated mention, or None when no mention is dated."""
        best = best_date(self.mentions, punctual=True)
        return span_of(best.date) if best else None

    def precision(self) -> int:
        best = best_date(self.mentions, punctual=True)
        return PRECISION_RANK.get((best.date.precision if best and best.date else None) or "", 9)

    def status(self) -> EventStatus:
        """The most informative status its told mentions give (a title's bare noun only when
        nothing else tells one)."""
        statuses = {m.status for m in self.mentions if not m.tenseless} or {m.status for m in self.mentions}
        if "postponed" in statuses and self._held_after_delay():
            statuses.discard("postponed")
        return next(s for s in STATUS_PRIORITY if s in statuses)

    def _held_after_delay(self) -> bool:
        """`Les deux ministres se sont parlé lundi après-midi. Cet échange, initialement prévu à midi, avait
        été repoussé de plusieurs heures`: a delay told with no day of its own, of an event told as held on
        a day, was only a delay; the event took place."""
        delays = [m for m in self.mentions if m.status == "postponed"]
        held = [m for m in self.mentions if m.status == DONE and m.date is not None and not m.tenseless]
        return bool(held) and all(m.date is None for m in delays)

    def sources(self) -> set[str]:
        """The initiators its mentions name (caller, host, attacker, sanctioning party)."""
        return {m.source_actor for m in self.mentions if m.source_actor}

    def targets(self) -> set[str]:
        """The parties its mentions name as struck or sanctioned."""
        return {m.target_actor for m in self.mentions if m.target_actor}

    def articles(self) -> set[str]:
        return {m.article for m in self.mentions}

    def locations(self) -> set[str]:
        return {_norm(m.location) for m in self.mentions if m.location}

    def location_actors(self) -> set[str]:
        return {m.location_actor for m in self.mentions if m.location_actor}


def places_conflict(a: Cluster, b: Cluster, *, by_state: bool = False) -> bool:
    """Both name a place, and neither the names nor the states they stand for agree.

    With `by_state`, only places whose states are known count: outlets name one summit by its
    city, its region or its venue (`à Anchorage`, `en Alaska`; `à Istanbul`, `au palais de
    Dolmabahçe`), which no name comparison can tell apart from another place."""
    if by_state:
        return bool(a.location_actors() and b.location_actors() and not a.location_actors() & b.location_actors())
    return bool(
        a.locations()
        and b.locations()
        and not a.locations() & b.locations()
        and not a.location_actors() & b.location_actors()
    )


def place_told(told: Cluster, placed: Cluster) -> bool:
    """`ont frappé trois sites nucléaires : Fordo, Natanz et Ispahan`, then `le complexe de Fordow a
    été touché` (the same outlet or another): a strike placed at a city, port or site that the
    sentence of a strike told before names, in any spelling the gazetteer knows, is that strike, not
    one on another town. A region named there is not enough (`une frappe près de Rafah, dans la bande
    de Gaza` is no report of a strike placed in Gaza); nor is the sentence of a demonstrative repeat,
    which points back and lists no sites (`Ces frappes sur Kharkiv interviennent au lendemain d'une
    attaque sur le port d'Odessa`: Odessa is the other attack's), nor a title, which names two
    strikes as often as one (`Nouvelle vague de frappes sur Kharkiv, Odessa touchée la veille`)."""
    text = " ".join(normalize_name(m.evidence) for m in told.mentions if not (m.refers_back or m.tenseless))
    names = {n for m in placed.mentions if m.location for n in point_spellings(m.location)}
    return any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)


def span_of(value: DateValue | None) -> Span | None:
    if value is None or value.start is None:
        return None
    return (value.start, value.end or value.start)


def overlap(a: Span, b: Span) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def best_date(mentions: list[EventMention], *, punctual: bool = False) -> EventMention | None:
    """The mention with the most precise date; among those, the date the most articles give (a
    visit that one outlet dates by its first day and three by the day of the talks is dated by
    the talks), then the most confident, then the first."""
    dated = [m for m in mentions if m.date is not None and m.date.start is not None]
    if punctual:  # which event it is: a call or a talk is not dated by `depuis`
        dated = [m for m in dated if not since_date(m)]
    if not dated:
        return None
    votes: dict[Span | None, set[str]] = {}
    for m in dated:
        votes.setdefault(span_of(m.date), set()).add(m.article)
    return min(dated, key=lambda m: (_date_rank(m)[0], counted(m), -len(votes[span_of(m.date)]), *_date_rank(m)[1:]))


def counted(m: EventMention) -> bool:
    """The day is counted from another event's (`une semaine après leur précédent entretien`): a
    reckoning, which a day another outlet names (`mardi`, `le 18 mars`) outranks."""
    return m.date is not None and counted_from_event(m.date.text)


# A call or a talk is punctual: a date telling since when (`sa première visite en Russie depuis
# 2019`, `leur premier entretien depuis juin`) dates the last one before, or the period, not it.
PUNCTUAL_TYPES = frozenset({"call", "meeting"})


def since_date(m: EventMention) -> bool:
    """The mention's date is a `since` phrase (models/events/markers.csv) on a call or a meeting."""
    if m.event_type not in PUNCTUAL_TYPES or m.date is None:
        return False
    words = fold(m.date.text).split()
    return bool(words) and words[0] in markers()["since"]


def _date_rank(m: EventMention) -> tuple[int, float, int]:
    precision = m.date.precision if m.date else None
    return (PRECISION_RANK.get(precision or "", 9), -m.confidence, m.trigger_start)


def _norm(text: str | None) -> str:
    return " ".join((text or "").casefold().split())

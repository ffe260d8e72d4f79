"""Records -> pandas DataFrames with the fixed columns and dtypes of `schema.py`.

Every table has the same conventions so CSV, Gephi and notebooks agree: text as pandas `string`
(missing = <NA>, written as an empty cell), counts and offsets as `Int64`, scores as `Float64`,
dates as ISO `YYYY-MM-DD` strings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from typing import Any, cast

import pandas as pd

from pipeline.schema import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    EDGE_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    Actor,
    ArticleRecord,
    ArticleResult,
    Event,
)

LIST_SEP = "|"  # Gephi's and our own separator for list cells

# Typed columns per table; every other column is text (`string`).
INT_COLUMNS = {
    "events": ("char_start", "char_end", "mentions", "n_articles"),
    "actors": ("mentions", "articles"),
    "edges": ("Weight",),
    "mentions": ("char_start", "char_end", "sentence"),
    "articles": ("chars",),
}
FLOAT_COLUMNS = {"events": ("confidence",)}


def iso(value: date | None) -> str | None:
    """ISO day string, or None so the cell stays empty."""
    return value.isoformat() if value is not None else None


def frame(rows: Sequence[dict[str, Any]], columns: Sequence[str], table: str) -> pd.DataFrame:
    """DataFrame with exactly `columns` and the table's dtypes: an empty table keeps its schema."""
    df = pd.DataFrame(list(rows), columns=list(columns))
    ints, floats = INT_COLUMNS.get(table, ()), FLOAT_COLUMNS.get(table, ())
    dtypes = {c: "Int64" if c in ints else "Float64" if c in floats else "string" for c in columns}
    return df.astype(dtypes)


# --- articles and mentions -------------------------------------------------------------------


def articles_table(results: Iterable[ArticleResult]) -> pd.DataFrame:
    """One row per article id; an id skipped as a duplicate gets its own row naming the original."""
    rows: dict[str, dict[str, Any]] = {}
    duplicates: list[tuple[str, ArticleRecord]] = []
    for res in results:
        rows[res.record.id] = _article_row(res.record)
        duplicates.extend((dup, res.record) for dup in res.duplicate_ids)
    for dup, original in duplicates:
        if dup in rows:  # the duplicate was also reported on its own: keep that row
            continue
        # Same text, so same size and metadata; the duplicate's own path is not known here.
        rows[dup] = _article_row(original) | {
            "id": dup,
            "path": None,
            "status": "skipped",
            "error": f"duplicate of {original.id}",
        }
    return frame([rows[key] for key in sorted(rows)], ARTICLE_COLUMNS, "articles")


def _article_row(record: ArticleRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "path": record.path,
        "title": record.title,
        "author": record.author,
        "published": iso(record.published),
        "chars": record.chars,
        "status": record.status,
        "error": record.error,
    }


def mentions_table(results: Iterable[ArticleResult]) -> pd.DataFrame:
    """Every entity mention, in reading order, with the actor it was resolved to (or empty)."""
    mentions = [m for res in results for m in res.mentions]
    mentions.sort(key=lambda m: (m.article, m.char_start, m.char_end))
    rows = [{col: getattr(m, col) for col in MENTION_COLUMNS} for m in mentions]
    return frame(rows, MENTION_COLUMNS, "mentions")


@dataclass(frozen=True)
class MentionChunks:
    """The mentions table as a stream of DataFrames, one per block of articles.

    For large corpora: `results` is re-iterated (from the cache) when the table is written, so
    the mentions of every article are never in memory at once. `results` must come sorted by
    article id; each block is sorted as `mentions_table` sorts, so the written file is the same.
    """

    results: Iterable[ArticleResult]
    block: int = 500

    def __iter__(self) -> Iterator[pd.DataFrame]:
        batch: list[ArticleResult] = []
        written = False
        for res in self.results:
            batch.append(res)
            if len(batch) >= self.block:
                yield mentions_table(batch)
                batch, written = [], True
        if batch or not written:  # the last block, or the header of an empty table
            yield mentions_table(batch)


# --- actors ----------------------------------------------------------------------------------


def merge_actors(results: Iterable[ArticleResult]) -> dict[str, Actor]:
    """One Actor per id across articles: most frequent label (ties: longest), aliases united.

    Knowledge-base actors carry the same label everywhere, so the vote only matters for actors
    first met in the text, whose surface form can vary from one article to the next.
    """
    defs: dict[str, list[Actor]] = defaultdict(list)
    for res in sorted(results, key=lambda r: r.record.id):
        for actor in res.actors:
            defs[actor.id].append(actor)
    return {actor_id: _merge_definitions(actor_id, found) for actor_id, found in defs.items()}


def _merge_definitions(actor_id: str, found: list[Actor]) -> Actor:
    label = most_common_longest(a.label for a in found)
    names = {alias for a in found for alias in a.aliases} | {a.label for a in found}
    countries = [a.country for a in found if a.country]
    roles = [a.role for a in found if a.role]
    return Actor(
        id=actor_id,
        label=label,
        actor_type=Counter(a.actor_type for a in found).most_common(1)[0][0],
        country=most_common_longest(countries) if countries else None,
        aliases=tuple(sorted(names - {label})),
        role=roles[-1] if roles else None,  # the most recent article's role, in id order
    )


def most_common_longest(values: Iterable[str]) -> str:
    """Most frequent value; ties go to the longest, then alphabetical order, so runs agree."""
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], -len(v), v))


def actors_table(
    results: Iterable[ArticleResult],
    events: Sequence[Event],
    actors: Mapping[str, Actor] | None = None,
) -> pd.DataFrame:
    """Gephi node table: actors mentioned at least once, most mentioned first."""
    merged = dict(actors) if actors is not None else merge_actors(results)
    mentions: Counter[str] = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    texts: dict[str, list[str]] = defaultdict(list)
    for res in results:
        for m in res.mentions:
            if m.actor_id:
                mentions[m.actor_id] += 1
                articles[m.actor_id].add(res.record.id)
                texts[m.actor_id].append(m.text)
    spans = actor_date_spans(results, events)
    rows = []
    for actor_id, count in mentions.items():
        actor = merged.get(actor_id)
        if actor is None:  # resolved without a definition: name it after how the text calls it
            label = most_common_longest(texts[actor_id])
            actor = Actor(id=actor_id, label=label, actor_type="")  # type: ignore[arg-type]
        first, last = spans.get(actor_id, (None, None))
        rows.append(
            {
                "Id": actor_id,
                "Label": actor.label,
                "actor_type": actor.actor_type or None,
                "country": actor.country,
                "aliases": LIST_SEP.join(sorted(set(actor.aliases) - {actor.label})),
                "mentions": count,
                "articles": len(articles[actor_id]),
                "first_seen": iso(first),
                "last_seen": iso(last),
            }
        )
    rows.sort(key=lambda r: (-cast(int, r["mentions"]), str(r["Id"])))
    return frame(rows, ACTOR_COLUMNS, "actors")


def actor_date_spans(
    results: Iterable[ArticleResult],
    events: Iterable[Event],
) -> dict[str, tuple[date, date]]:
    """Earliest and latest day an actor is seen: article publication days and event dates."""
    days: dict[str, list[date]] = defaultdict(list)
    for res in results:
        if res.record.published is None:
            continue
        for actor_id in {m.actor_id for m in res.mentions if m.actor_id}:
            days[actor_id].append(res.record.published)
    for event in events:
        dated = [d for d in (event.date_start, event.date_end) if d is not None]
        for actor_id in participants(event):
            days[actor_id].extend(dated)
    return {actor_id: (min(found), max(found)) for actor_id, found in days.items() if found}


def participants(event: Event) -> list[str]:
    """Every actor of an event, source and target included, once each, in order of importance."""
    ordered = [event.source_actor, event.target_actor, *event.actors]
    return list(dict.fromkeys(a for a in ordered if a))


# --- events ----------------------------------------------------------------------------------


def event_sort_key(event: Event) -> tuple[Any, ...]:
    """Chronological order, undated events last, ties broken by id so reruns agree."""
    return (
        event.date_start is None,
        event.date_start or date.max,
        event.date_end is None,
        event.date_end or date.max,
        event.event_id,
    )


def known_participants(events: Iterable[Event], actors: Mapping[str, Actor]) -> dict[str, Actor]:
    """Knowledge-base definitions of the participants no article mentions by name: the merge may
    add a leader's state (`le Bolivien Luis Arce` makes Bolivia a side of the summit) that no
    mention defined; the timeline still writes it by its label, not its id."""
    from pipeline.actors.kb import load_kb

    missing = {a for e in events for a in (*e.actors, e.source_actor, e.target_actor) if a and a not in actors}
    if not missing:
        return {}
    kb = load_kb().actors
    return {a: kb[a] for a in missing if a in kb}


def events_table(events: Iterable[Event], actors: Mapping[str, Actor]) -> pd.DataFrame:
    """The timeline: one row per merged event, actors written as their canonical labels."""

    def label(actor_id: str | None) -> str | None:
        if actor_id is None:
            return None
        found = actors.get(actor_id)
        return found.label if found is not None else actor_id

    rows = []
    for event in sorted(events, key=event_sort_key):
        row = {col: getattr(event, col) for col in EVENT_COLUMNS if hasattr(event, col)}
        row.update(
            {
                "date_start": iso(event.date_start),
                "date_end": iso(event.date_end),
                "actors": LIST_SEP.join(str(label(a)) for a in event.actors),
                "source_actor": label(event.source_actor),
                "target_actor": label(event.target_actor),
                "articles": LIST_SEP.join(event.articles),
                "n_articles": len(set(event.articles)),
            }
        )
        rows.append(row)
    return frame(rows, EVENT_COLUMNS, "events")


# --- edges -----------------------------------------------------------------------------------

# Event type -> edge relation. Statements name who spoke, not a tie between two actors: no edge.
RELATIONS = {"call": "called", "meeting": "met", "strike": "struck", "sanction": "sanctioned"}
# A denied, hypothetical or cancelled event is no tie; a planned or postponed one still links them.
EDGE_STATUSES = frozenset({"occurred", "planned", "postponed"})
CO_OCCURS, MEMBER_OF = "co_occurs", "member_of"
_MEMBER_TYPES = ("person", "organization")


@dataclass
class _EdgeSum:
    weight: int = 0
    event_ids: list[str] = field(default_factory=list)
    days: list[date] = field(default_factory=list)


def edges_table(
    results: Iterable[ArticleResult],
    events: Iterable[Event],
    actors: Mapping[str, Actor],
) -> pd.DataFrame:
    """Gephi edge table: one row per (Source, Target, relation, direction), weighted.

    Only actors that are nodes (mentioned at least once) get edges, so Gephi never invents a
    node without attributes.
    """
    nodes = {m.actor_id for res in results for m in res.mentions if m.actor_id}
    sums: dict[tuple[str, str, str, bool], _EdgeSum] = defaultdict(_EdgeSum)
    for event in sorted(events, key=event_sort_key):
        relation = RELATIONS.get(event.event_type)
        if relation is None or event.status not in EDGE_STATUSES:
            continue
        for source, target, directed in event_pairs(event):
            if source in nodes and target in nodes:
                edge = sums[(source, target, relation, directed)]
                edge.weight += 1
                edge.event_ids.append(event.event_id)
                edge.days.extend(d for d in (event.date_start, event.date_end) if d)
    for res in results:
        for a, b in co_occurrences(res):
            edge = sums[(a, b, CO_OCCURS, False)]
            edge.weight += 1
            edge.days.extend([res.record.published] if res.record.published else [])
    for actor_id, state_id in memberships(nodes, actors):
        sums[(actor_id, state_id, MEMBER_OF, True)].weight = 1
    rows = [
        {
            "Source": s,
            "Target": t,
            "Type": "Directed" if directed else "Undirected",
            "Weight": edge.weight,
            "relations": rel,
            "event_ids": LIST_SEP.join(edge.event_ids),
            "first_date": iso(min(edge.days, default=None)),
            "last_date": iso(max(edge.days, default=None)),
        }
        for (s, t, rel, directed), edge in sorted(sums.items())
    ]
    return frame(rows, EDGE_COLUMNS, "edges")


def event_pairs(event: Event) -> list[tuple[str, str, bool]]:
    """(source, target, directed) pairs: from the event's source to every other participant
    when it has both a source and a target, else every pair undirected, ordered by id."""
    people = participants(event)
    if event.source_actor and event.target_actor:
        return [(event.source_actor, p, True) for p in people if p != event.source_actor]
    return [(a, b, False) for a, b in combinations(sorted(people), 2)]


def co_occurrences(result: ArticleResult) -> list[tuple[str, str]]:
    """One (a, b) pair, ordered by id, per sentence where two different actors are mentioned."""
    by_sentence: dict[int, set[str]] = defaultdict(set)
    for m in result.mentions:
        if m.actor_id:
            by_sentence[m.sentence].add(m.actor_id)
    return [pair for ids in by_sentence.values() for pair in combinations(sorted(ids), 2)]


def memberships(nodes: set[str], actors: Mapping[str, Actor]) -> list[tuple[str, str]]:
    """(actor, state) for people and organisations whose country is itself a node."""
    pairs = []
    for actor_id in sorted(nodes):
        actor = actors.get(actor_id)
        if actor is None or actor.actor_type not in _MEMBER_TYPES or not actor.country:
            continue
        state_id = f"state:{actor.country}"
        if state_id in nodes and state_id != actor_id:
            pairs.append((actor_id, state_id))
    return pairs


# --- all tables ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tables:
    """The five output tables, built together so they share one view of the actors."""

    events: pd.DataFrame
    actors: pd.DataFrame
    edges: pd.DataFrame
    mentions: pd.DataFrame | MentionChunks
    articles: pd.DataFrame


def build_tables(
    results: Iterable[ArticleResult],
    events: Sequence[Event],
    actors: Mapping[str, Actor] | None = None,
    *,
    stream_mentions: bool = False,
) -> Tables:
    """All tables; `actors` defaults to the definitions merged from the articles.

    With `stream_mentions`, `results` may be a re-iterable that reads each result from disk:
    every table is then built in passes over it, and the mentions table is left as a stream
    (`MentionChunks`) that the exporter writes block by block."""
    merged = dict(actors) if actors is not None else merge_actors(results)
    return Tables(
        events=events_table(events, {**known_participants(events, merged), **merged}),
        actors=actors_table(results, events, merged),
        edges=edges_table(results, events, merged),
        mentions=MentionChunks(results) if stream_mentions else mentions_table(results),
        articles=articles_table(results),
    )

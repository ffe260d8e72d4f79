"""Tables -> networkx actor graph.

Why a `MultiDiGraph`: two actors are often linked by several relations at once (Paris *called*
Moscou, *met* its minister, and both are *co-mentioned*); a simple graph would fold them into one
edge and lose the relation Gephi filters on. Direction exists for some relations (who called whom,
who struck whom, a person's state) and not for others (co-occurrence, a meeting without a clear
initiator): the graph is directed, and each edge says in its `directed` attribute whether its
direction means something. An undirected edge is stored once, from the smaller id to the larger.

Time: every node and edge carries `spells`, the days it exists on Gephi's timeline, written as ISO
8601 intervals `start/end` joined by `|`. `end` is the day *after* the last day, so a one-day event
on 2025-10-20 is `2025-10-20/2025-10-21` and lasts a whole day when the timeline plays.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from datetime import date, timedelta
from typing import Any

import networkx as nx
import pandas as pd

from pipeline.outputs.tables import LIST_SEP, Tables

NODE_TEXT = ("actor_type", "country", "first_seen", "last_seen")
NODE_INTS = ("mentions", "articles")
EDGE_TEXT = ("event_ids", "first_date", "last_date")

Spell = tuple[date, date]  # [start, end): end is the day after the last day


def build_graph(tables: Tables) -> nx.MultiDiGraph:
    """One node per actor row, one edge per edge row (key = relation); flat str/int/bool values."""
    graph = nx.MultiDiGraph(name="actor_graph")
    for row in tables.actors.to_dict("records"):
        graph.add_node(str(row["Id"]), **node_attributes(row))
    rows = tables.edges.to_dict("records")
    by_event = event_spells(tables.events, tables.articles)
    # The same pair can hold a directed and an undirected edge of one relation (one event knew
    # who called whom, another did not): the undirected one gets a suffixed key, whatever the order.
    directed = {(r["Source"], r["Target"], r["relations"]) for r in rows if r["Type"] == "Directed"}
    touching: dict[str, list[Spell]] = defaultdict(list)
    for index, row in enumerate(rows):
        source, target, relation = str(row["Source"]), str(row["Target"]), str(row["relations"])
        for node in (source, target):
            if node not in graph:
                raise ValueError(f"edges table names actor {node!r}, absent from the actors table")
        key = relation
        if row["Type"] != "Directed" and (source, target, relation) in directed:
            key = f"{relation}:undirected"
        spells = edge_spells(row, by_event)
        touching[source].extend(spells)
        touching[target].extend(spells)
        graph.add_edge(source, target, key=key, **edge_attributes(row, index), spells=format_spells(spells))
    for node, data in graph.nodes(data=True):
        seen = day_spell(data["first_seen"], data["last_seen"])
        data["spells"] = format_spells(merge_spells([*seen, *touching[node]]))
    return graph


def node_attributes(row: Mapping[Hashable, Any]) -> dict[str, Any]:
    """Node attributes as plain str/int: GraphML and GEXF refuse None and numpy integers."""
    attrs: dict[str, Any] = {"label": _text(row["Label"])}
    attrs.update({name: _text(row[name]) for name in NODE_TEXT})
    attrs.update({name: _int(row[name]) for name in NODE_INTS})
    attrs["aliases"] = _text(row["aliases"])
    return attrs


def edge_attributes(row: Mapping[Hashable, Any], index: int) -> dict[str, Any]:
    """Edge attributes; `id` is unique per edge (GEXF and GraphML need it, the key is not)."""
    attrs: dict[str, Any] = {
        "id": f"e{index}",
        "relation": _text(row["relations"]),
        "label": _text(row["relations"]),  # Gephi shows it as the edge label
        "weight": _int(row["Weight"]),
        "directed": _text(row["Type"]) == "Directed",
    }
    attrs.update({name: _text(row[name]) for name in EDGE_TEXT})
    return attrs


# --- spells: when a node or an edge exists ---------------------------------------------------


def day_spell(first: str | date | None, last: str | date | None = None) -> list[Spell]:
    """The whole days `first`..`last` (inclusive) as one spell; no spell without a first day."""
    start, end = _day(first), _day(last)
    if start is None:
        return []
    end = max(end or start, start)
    return [(start, end + timedelta(days=1))]


def merge_spells(spells: Iterable[Spell]) -> list[Spell]:
    """Sorted spells with overlapping or touching ones joined: days in a row make one spell."""
    merged: list[Spell] = []
    for start, end in sorted(spells):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def event_spells(events: pd.DataFrame, articles: pd.DataFrame) -> dict[str, list[Spell]]:
    """Spells of each event: its own dates, or if undated the days its articles were published."""
    published = {str(r["id"]): _day(r["published"]) for r in articles.to_dict("records")}
    spells: dict[str, list[Spell]] = {}
    for row in events.to_dict("records"):
        own = day_spell(row["date_start"], row["date_end"])
        if not own:
            ids = [a for a in _text(row["articles"]).split(LIST_SEP) if a]
            own = merge_spells(s for a in ids for s in day_spell(published.get(a)))
        spells[str(row["event_id"])] = own
    return spells


def edge_spells(row: Mapping[Hashable, Any], by_event: Mapping[str, list[Spell]]) -> list[Spell]:
    """One spell per event of the edge (merged); an edge without a dated event (co-occurrence,
    unknown event) falls back to its row's first_date..last_date, and may have no spell at all."""
    ids = [e for e in _text(row["event_ids"]).split(LIST_SEP) if e]
    spells = merge_spells(s for e in ids for s in by_event.get(e, []))
    return spells or day_spell(row["first_date"], row["last_date"])


def format_spells(spells: Iterable[Spell]) -> str:
    """`2025-10-20/2025-10-21|...`: ISO 8601 intervals, readable in GraphML and in a notebook."""
    return LIST_SEP.join(f"{start.isoformat()}/{end.isoformat()}" for start, end in spells)


def parse_spells(text: str) -> list[Spell]:
    """Inverse of `format_spells`."""
    pairs = (item.split("/") for item in text.split(LIST_SEP) if item)
    return [(date.fromisoformat(start), date.fromisoformat(end)) for start, end in pairs]


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    text = _text(value)
    return date.fromisoformat(text[:10]) if text else None


def _text(value: Any) -> str:
    missing = value is None or value is pd.NA or (isinstance(value, float) and value != value)
    return "" if missing else str(value)


def _int(value: Any) -> int:
    return 0 if value is None or value is pd.NA else int(value)

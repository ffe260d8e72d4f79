"""Tables -> networkx actor graph.

Why a `MultiDiGraph`: two actors are often linked by several relations at once (Paris *called*
Moscou, *met* its minister, and both are *co-mentioned*); a simple graph would fold them into one
edge and lose the relation Gephi filters on. Direction exists for some relations (who called whom,
who struck whom, a person's state) and not for others (co-occurrence, a meeting without a clear
initiator): the graph is directed, and each edge says in its `directed` attribute whether its
direction means something. An undirected edge is stored once, from the smaller id to the larger.
"""
from __future__ import annotations

from typing import Any

import networkx as nx
import pandas as pd

from pipeline.tables import Tables

NODE_TEXT = ("actor_type", "country", "first_seen", "last_seen")
NODE_INTS = ("mentions", "articles")
EDGE_TEXT = ("event_ids", "first_date", "last_date")


def build_graph(tables: Tables) -> nx.MultiDiGraph:
    """One node per actor row, one edge per edge row (key = relation); flat str/int/bool values."""
    graph = nx.MultiDiGraph(name="actor_graph")
    for row in tables.actors.to_dict("records"):
        graph.add_node(str(row["Id"]), **node_attributes(row))
    rows = tables.edges.to_dict("records")
    # The same pair can hold a directed and an undirected edge of one relation (one event knew
    # who called whom, another did not): the undirected one gets a suffixed key, whatever the order.
    directed = {(r["Source"], r["Target"], r["relations"]) for r in rows if r["Type"] == "Directed"}
    for index, row in enumerate(rows):
        source, target, relation = str(row["Source"]), str(row["Target"]), str(row["relations"])
        for node in (source, target):
            if node not in graph:
                raise ValueError(f"edges table names actor {node!r}, absent from the actors table")
        key = relation
        if row["Type"] != "Directed" and (source, target, relation) in directed:
            key = f"{relation}:undirected"
        graph.add_edge(source, target, key=key, **edge_attributes(row, index))
    return graph


def node_attributes(row: dict[str, Any]) -> dict[str, Any]:
    """Node attributes as plain str/int: GraphML and GEXF refuse None and numpy integers."""
    attrs: dict[str, Any] = {"label": _text(row["Label"])}
    attrs.update({name: _text(row[name]) for name in NODE_TEXT})
    attrs.update({name: _int(row[name]) for name in NODE_INTS})
    attrs["aliases"] = _text(row["aliases"])
    return attrs


def edge_attributes(row: dict[str, Any], index: int) -> dict[str, Any]:
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


def _text(value: Any) -> str:
    missing = value is None or value is pd.NA or (isinstance(value, float) and value != value)
    return "" if missing else str(value)


def _int(value: Any) -> int:
    return 0 if value is None or value is pd.NA else int(value)

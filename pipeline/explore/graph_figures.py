"""The actor graph for analysts: a simple weighted graph, centralities, ego networks, drawings.

`pipeline.outputs.graph` keeps every relation as its own edge (Gephi filters on them); here the relations
between two actors are folded into one undirected edge whose weight is their sum, which is what
degree, betweenness and eigenvector centrality are defined on.
"""

from __future__ import annotations

import html
import re

import networkx as nx
import pandas as pd
import plotly.graph_objects as go

from pipeline.explore.processed import Processed, find_actor
from pipeline.outputs.graph import build_graph

TYPE_COLOURS = {"person": "#e45756", "state": "#4c78a8", "organization": "#54a24b"}
OTHER_COLOUR = "#9d9d9d"


def actor_graph(data: Processed) -> nx.Graph:
    """The actor graph of an output folder, relations folded into one weighted edge per pair."""
    return simple_graph(build_graph(data.tables()))


def simple_graph(multi: nx.MultiDiGraph) -> nx.Graph:
    """Undirected graph: weight = summed weights, `relations` = the sorted relation names."""
    graph = nx.Graph()
    graph.add_nodes_from(multi.nodes(data=True))
    for source, target, attrs in multi.edges(data=True):
        if source == target:
            continue
        if graph.has_edge(source, target):
            edge = graph[source][target]
            edge["weight"] += attrs.get("weight", 1)
            edge["relations"] = sorted(set(edge["relations"]) | {attrs.get("relation", "")})
        else:
            graph.add_edge(source, target, weight=attrs.get("weight", 1), relations=[attrs.get("relation", "")])
    return graph


def centrality_table(graph: nx.Graph) -> pd.DataFrame:
    """Degree (distinct neighbours), weighted degree, betweenness and eigenvector centrality per
    actor, most connected first. Betweenness counts hops: a strong tie is no shorter path."""
    if graph.number_of_nodes() == 0:
        return pd.DataFrame(
            columns=["Id", "label", "actor_type", "degree", "weighted_degree", "betweenness", "eigenvector"]
        )
    betweenness = nx.betweenness_centrality(graph)
    # networkx iterates on A + I, which converges on every graph (bipartite or disconnected too).
    eigenvector = nx.eigenvector_centrality(graph, max_iter=1000, weight="weight")
    rows = [
        {
            "Id": node,
            "label": attrs.get("label", node),
            "actor_type": attrs.get("actor_type", ""),
            "degree": graph.degree(node),
            "weighted_degree": graph.degree(node, weight="weight"),
            "betweenness": round(betweenness[node], 6),
            "eigenvector": round(eigenvector[node], 6),
        }
        for node, attrs in graph.nodes(data=True)
    ]
    table = pd.DataFrame(rows)
    return table.sort_values(["degree", "weighted_degree", "Id"], ascending=[False, False, True], ignore_index=True)


def ego_network(graph: nx.Graph, actor_id: str, radius: int = 1) -> nx.Graph:
    """The actor, the actors within `radius` hops, and every edge among them."""
    if actor_id not in graph:
        raise KeyError(f"actor {actor_id!r} is not in the graph")
    return nx.ego_graph(graph, actor_id, radius=radius)


def ego_of(data: Processed, graph: nx.Graph, name: str, radius: int = 1) -> nx.Graph:
    """Ego network of the actor an analyst names (label, alias or id)."""
    return ego_network(graph, find_actor(data.actors, name), radius)


def layout(graph: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Spring layout with a fixed seed, so the same graph is always drawn the same way. Actors
    with no tie go on a row under the drawing: left to the spring model they fly far away and
    shrink everything else."""
    isolates = sorted(nx.isolates(graph))
    linked = graph.subgraph(n for n in graph if n not in set(isolates))
    pos: dict[str, tuple[float, float]] = {}
    if linked.number_of_nodes():
        k = 2.0 / max(1, linked.number_of_nodes()) ** 0.5
        pos = {n: (float(x), float(y)) for n, (x, y) in nx.spring_layout(linked, k=k, seed=seed).items()}
    bottom = min((y for _, y in pos.values()), default=0.0) - 0.25
    step = 2.0 / max(1, len(isolates))
    pos.update({n: (-1.0 + step * (i + 0.5), bottom) for i, n in enumerate(isolates)})
    return pos


def node_size(degree: int) -> float:
    """Marker size growing with degree, readable for leaves and hubs alike."""
    return 10 + 5 * degree**0.8


def graph_figure(graph: nx.Graph, title: str = "Actor graph") -> go.Figure:
    """Plotly drawing: nodes sized by degree and coloured by actor type, edges by weight."""
    pos = layout(graph)
    fig = go.Figure()
    for width in sorted({_edge_width(d["weight"]) for _, _, d in graph.edges(data=True)}):
        xs, ys = [], []
        for a, b, d in graph.edges(data=True):
            if _edge_width(d["weight"]) == width:
                xs += [pos[a][0], pos[b][0], None]
                ys += [pos[a][1], pos[b][1], None]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                hoverinfo="skip",
                showlegend=False,
                line={"width": width, "color": "rgba(120,120,120,0.45)"},
            )
        )
    types = sorted({d.get("actor_type") or "" for _, d in graph.nodes(data=True)})
    for actor_type in types:
        nodes = [n for n, d in graph.nodes(data=True) if (d.get("actor_type") or "") == actor_type]
        fig.add_trace(
            go.Scatter(
                x=[pos[n][0] for n in nodes],
                y=[pos[n][1] for n in nodes],
                mode="markers+text",
                name=actor_type or "unknown",
                text=[html.escape(graph.nodes[n].get("label", n)) for n in nodes],
                textposition="top center",
                textfont={"size": 10},
                marker={
                    "size": [node_size(graph.degree(n)) for n in nodes],
                    "color": TYPE_COLOURS.get(actor_type, OTHER_COLOUR),
                    "line": {"width": 1, "color": "white"},
                },
                hovertext=[_node_hover(graph, n) for n in nodes],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    fig.update_layout(
        title=f"{title} ({graph.number_of_nodes()} actors, {graph.number_of_edges()} ties)",
        template="plotly_white",
        height=700,
        hovermode="closest",
        legend={"title": "actor type"},
        margin={"l": 20, "r": 20, "t": 60, "b": 20},
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x")
    return fig


def _edge_width(weight: int) -> float:
    return min(8.0, 1.0 + weight**0.5)


def _node_hover(graph: nx.Graph, node: str) -> str:
    d = graph.nodes[node]
    return (
        f"<b>{html.escape(str(d.get('label', node)))}</b><br>{html.escape(node)}<br>"
        f"type: {html.escape(str(d.get('actor_type', '')))}<br>degree: {graph.degree(node)}"
        f"<br>mentions: {d.get('mentions', '')}"
    )


def pyvis_html(graph: nx.Graph, height: str = "650px") -> str:
    """A self-contained interactive (vis.js) page of the graph: the library is inlined, and
    pyvis's Bootstrap links, which only style its loading bar, are dropped so it works offline."""
    from pyvis.network import Network

    net = Network(height=height, width="100%", cdn_resources="in_line", notebook=False)
    for node, d in graph.nodes(data=True):
        label = str(d.get("label", node))
        net.add_node(
            node,
            label=label,
            title=f"{label} ({d.get('actor_type', '')})",
            color=TYPE_COLOURS.get(d.get("actor_type") or "", OTHER_COLOUR),
            size=node_size(graph.degree(node)),
        )
    for a, b, d in graph.edges(data=True):
        net.add_edge(a, b, value=d.get("weight", 1), title=", ".join(d.get("relations", [])))
    page = net.generate_html(notebook=False)
    return re.sub(r"<(link|script)[^>]*bootstrap[^>]*>(\s*</script>)?", "", page)


def pyvis_iframe(graph: nx.Graph, height: int = 650) -> str:
    """The pyvis page in an iframe, for `IPython.display.HTML` in a notebook."""
    page = pyvis_html(graph, height=f"{height - 20}px")
    return (
        f'<iframe srcdoc="{html.escape(page, quote=True)}" width="100%" height="{height}" style="border:none"></iframe>'
    )

"""The analyst views on small hand-made tables: loading, filters, look-ups, graph measures."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from pipeline.explore.graph_figures import (
    centrality_table,
    ego_network,
    graph_figure,
    node_size,
    pyvis_html,
    simple_graph,
)
from pipeline.explore.processed import (
    counts,
    displacy_entities,
    error_articles,
    event_evidence,
    evidence_article,
    filter_events,
    find_actor,
    load_processed,
    render_entities,
    split_list,
)
from pipeline.explore.timeline_figures import hover_text, timeline_points
from pipeline.outputs.tables import frame
from pipeline.schema import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    EDGE_COLUMNS,
    EVENT_COLUMNS,
    EVENT_STATUSES,
    MENTION_COLUMNS,
    Article,
)

EVIDENCE_E2 = "La France appellera la Russie le 10 mars."


def _event(event_id, event_type, start, end, status, actors, articles, **extra):
    row = dict.fromkeys(EVENT_COLUMNS)
    row.update(
        event_id=event_id,
        event_type=event_type,
        date_start=start,
        date_end=end,
        status=status,
        actors=actors,
        articles=articles,
        evidence=f"Phrase de {event_id}.",
        char_start=0,
        char_end=20,
        confidence=0.8,
        mentions=1,
        n_articles=len(articles.split("|")),
    )
    row.update(extra)
    return row


EVENTS = [
    _event("e3", "strike", "2025-02-20", "2025-03-05", "occurred", "Ukraine", "a2"),
    _event("e1", "meeting", "2025-03-01", "2025-03-01", "occurred", "Russie|Ukraine", "a1"),
    _event(
        "e2",
        "call",
        "2025-03-10",
        "2025-03-10",
        "planned",
        "Russie",
        "a1|a2",
        source_actor="France",
        target_actor="Russie",
        evidence=EVIDENCE_E2,
        char_start=50,
        char_end=91,
    ),
    _event("e4", "statement", None, None, "negated", "Turquie", "a3"),
]
ACTORS = [
    {
        "Id": "state:RUS",
        "Label": "Russie",
        "actor_type": "state",
        "country": "RUS",
        "aliases": "Fédération de Russie|Moscou",
        "mentions": 3,
        "articles": 2,
    },
    {
        "Id": "state:FRA",
        "Label": "France",
        "actor_type": "state",
        "country": "FRA",
        "aliases": "",
        "mentions": 1,
        "articles": 1,
    },
]
MENTIONS = [  # a1 names Russie elsewhere; a2 holds the evidence sentence of e2 at 50..91
    {
        "article": "a1",
        "char_start": 60,
        "char_end": 66,
        "text": "Moscou",
        "ner_label": "state",
        "actor_id": "state:RUS",
        "sentence": 1,
    },
    {
        "article": "a2",
        "char_start": 53,
        "char_end": 59,
        "text": "France",
        "ner_label": "state",
        "actor_id": "state:FRA",
        "sentence": 2,
    },
    {
        "article": "a2",
        "char_start": 73,
        "char_end": 79,
        "text": "Russie",
        "ner_label": "state",
        "actor_id": "state:RUS",
        "sentence": 2,
    },
]
ARTICLES = [
    {"id": "a1", "path": "a1.txt", "title": "Premier", "published": "2025-03-01", "chars": 200, "status": "ok"},
    {"id": "a2", "path": "a2.txt", "title": "Second", "published": "2025-03-02", "chars": 120, "status": "ok"},
    {"id": "bad", "path": "bad.pdf", "status": "error", "error": "unsupported format"},
]


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    folder: Path = tmp_path_factory.mktemp("processed")
    tables = {
        "events": (EVENTS, EVENT_COLUMNS),
        "actors": (ACTORS, ACTOR_COLUMNS),
        "edges": ([], EDGE_COLUMNS),
        "mentions": (MENTIONS, MENTION_COLUMNS),
        "articles": (ARTICLES, ARTICLE_COLUMNS),
    }
    for name, (rows, columns) in tables.items():
        frame(rows, columns, name).to_csv(folder / f"{name}.csv", index=False)
    return load_processed(folder)


def test_load_processed_keeps_dtypes_and_parses_dates(data):
    assert str(data.events["char_start"].dtype) == "Int64"
    assert str(data.events["confidence"].dtype) == "Float64"
    assert str(data.events["event_type"].dtype).startswith("str") or data.events["event_type"].dtype == "string"
    assert list(data.events["start"].dt.strftime("%Y-%m-%d").fillna("")) == [
        "2025-02-20",
        "2025-03-01",
        "2025-03-10",
        "",
    ]
    assert data.events["end"].iloc[0] == pd.Timestamp("2025-03-05")


def test_load_processed_names_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="events.csv"):
        load_processed(tmp_path)


@pytest.mark.parametrize(
    "criteria, expected",
    [
        ({}, ["e3", "e1", "e2", "e4"]),
        ({"actors": ["russie"]}, ["e1", "e2"]),
        ({"actors": ["France"]}, ["e2"]),  # the source actor counts
        ({"types": ["call", "strike"]}, ["e3", "e2"]),
        ({"statuses": ["planned", "negated"]}, ["e2", "e4"]),
        ({"start": "2025-03-02"}, ["e3", "e2"]),  # e3 lasts until 5 March; undated e4 dropped
        ({"end": "2025-02-28"}, ["e3"]),
        ({"start": "2025-03-01", "end": "2025-03-01"}, ["e3", "e1"]),
        ({"actors": ["Ukraine"], "types": ["meeting"]}, ["e1"]),
        ({"actors": ["Chine"]}, []),
    ],
)
def test_filter_events(data, criteria, expected):
    assert list(filter_events(data.events, **criteria)["event_id"]) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Russie", "state:RUS"),
        ("moscou", "state:RUS"),
        ("state:FRA", "state:FRA"),
        (" france ", "state:FRA"),
    ],
)
def test_find_actor(data, name, expected):
    assert find_actor(data.actors, name) == expected


def test_find_actor_unknown_name(data):
    with pytest.raises(KeyError, match="Chine"):
        find_actor(data.actors, "Chine")


def test_split_list():
    assert split_list("a|b||c") == ["a", "b", "c"]
    assert split_list(pd.NA) == []


def test_evidence_article_is_the_one_whose_mentions_match_the_sentence(data):
    e2 = data.events[data.events["event_id"] == "e2"].iloc[0]
    assert evidence_article(e2, data.mentions) == "a2"


def test_event_evidence_puts_sentence_on_its_article(data):
    table = event_evidence(data, "e2")
    assert list(table["article"]) == ["a1", "a2"]
    assert list(table["title"]) == ["Premier", "Second"]
    assert table["evidence"].isna().tolist() == [True, False]
    assert table["evidence"].iloc[1] == EVIDENCE_E2
    assert (table["char_start"].iloc[1], table["char_end"].iloc[1]) == (50, 91)


def test_event_evidence_unknown_id(data):
    with pytest.raises(KeyError, match="e9"):
        event_evidence(data, "e9")


def test_counts_list_every_status_in_order(data):
    found = counts(data.events, "status", EVENT_STATUSES)
    assert found.to_dict() == {
        "occurred": 2,
        "planned": 1,
        "postponed": 0,
        "cancelled": 0,
        "hypothetical": 0,
        "negated": 1,
    }


def test_error_articles(data):
    assert error_articles(data.articles).to_dict("records") == [
        {"id": "bad", "path": "bad.pdf", "error": "unsupported format"}
    ]


def test_displacy_entities_drops_overlaps():
    article = Article(id="x", path="x.txt", text="Emmanuel Macron a appelé Kiev.", title="T")
    mentions = pd.DataFrame(
        {
            "article": ["x", "x", "x", "y"],
            "char_start": [0, 9, 25, 0],
            "char_end": [15, 15, 29, 4],
            "ner_label": ["person", "person", "state", "state"],
        }
    )
    assert displacy_entities(article, mentions) == {
        "text": article.text,
        "title": "T",
        "ents": [{"start": 0, "end": 15, "label": "PERSON"}, {"start": 25, "end": 29, "label": "STATE"}],
    }
    assert "Emmanuel Macron" in render_entities(article, mentions)


def test_timeline_points_by_actor_and_type(data):
    by_actor = timeline_points(data.events, by="actor")
    assert sorted(zip(by_actor["event_id"], by_actor["row"], strict=False)) == [
        ("e1", "Russie"),
        ("e1", "Ukraine"),
        ("e2", "France"),
        ("e2", "Russie"),
        ("e3", "Ukraine"),
    ]
    by_type = timeline_points(data.events, by="type")
    assert list(zip(by_type["event_id"], by_type["row"], strict=False)) == [
        ("e3", "strike"),
        ("e1", "meeting"),
        ("e2", "call"),
    ]
    with pytest.raises(ValueError):
        timeline_points(data.events, by="country")


def test_hover_text_escapes_article_text():
    text = hover_text(
        {
            "event_type": "call",
            "status": "occurred",
            "date_start": "2025-03-01",
            "evidence": "<script>alert(1)</script>",
            "articles": "a<b>",
        },
        {},
    )
    assert "<script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "a&lt;b&gt;" in text


# --- graph -----------------------------------------------------------------------------------


def test_simple_graph_folds_relations_and_sums_weights():
    multi = nx.MultiDiGraph()
    multi.add_edge("a", "b", key="called", relation="called", weight=2)
    multi.add_edge("b", "a", key="co_occurs", relation="co_occurs", weight=1)
    multi.add_edge("a", "c", key="member_of", relation="member_of", weight=1)
    graph = simple_graph(multi)
    assert graph["a"]["b"] == {"weight": 3, "relations": ["called", "co_occurs"]}
    assert graph["a"]["c"] == {"weight": 1, "relations": ["member_of"]}


def _path(*nodes: str) -> nx.Graph:
    graph = nx.Graph()
    for node in nodes:
        graph.add_node(node, label=node.upper(), actor_type="state")
    nx.add_path(graph, nodes, weight=1)
    return graph


def test_centrality_table_on_a_path():
    table = centrality_table(_path("a", "b", "c"))
    assert list(table["Id"]) == ["b", "a", "c"]
    assert list(table["degree"]) == [2, 1, 1]
    assert list(table["betweenness"]) == [1.0, 0.0, 0.0]
    assert list(table["eigenvector"]) == pytest.approx([2**-0.5, 0.5, 0.5], abs=1e-5)


def test_centrality_table_weighted_degree_on_a_star():
    graph = nx.star_graph(3)
    nx.set_edge_attributes(graph, {(0, 1): 3, (0, 2): 1, (0, 3): 1}, "weight")
    table = centrality_table(graph)
    assert list(table["Id"]) == [0, 1, 2, 3]
    assert list(table["weighted_degree"]) == [5, 3, 1, 1]
    assert list(table["betweenness"]) == [1.0, 0.0, 0.0, 0.0]


@pytest.mark.parametrize("radius, expected", [(1, ["a", "b"]), (2, ["a", "b", "c"]), (3, ["a", "b", "c", "d"])])
def test_ego_network(radius, expected):
    assert sorted(ego_network(_path("a", "b", "c", "d"), "a", radius)) == expected


def test_ego_network_unknown_actor():
    with pytest.raises(KeyError, match="z"):
        ego_network(_path("a", "b"), "z")


def test_graph_figure_sizes_nodes_by_degree_and_colours_by_type():
    graph = _path("a", "b", "c")
    graph.nodes["c"]["actor_type"] = "person"
    fig = graph_figure(graph)
    nodes = {t.name: t for t in fig.data if t.mode == "markers+text"}
    assert set(nodes) == {"state", "person"}
    assert list(nodes["state"].marker.size) == [node_size(1), node_size(2)]
    assert nodes["person"].marker.color != nodes["state"].marker.color


def test_pyvis_page_works_offline():
    page = pyvis_html(_path("a", "b"))
    assert "bootstrap" not in page
    assert '<script src="http' not in page and "vis.Network" in page
    assert '"label": "A"' in page

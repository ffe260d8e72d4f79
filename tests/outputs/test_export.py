"""Exports checked by round trip: networkx and a second reader (igraph, lxml) read what we wrote."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import igraph
import networkx as nx
import pandas as pd
import pytest
from lxml import etree

from pipeline.outputs import export
from pipeline.outputs.export import neutralize_cell, neutralize_frame, write_csv, write_outputs
from pipeline.outputs.graph import build_graph
from pipeline.outputs.tables import Tables, build_tables
from pipeline.schema import ACTOR_COLUMNS, EDGE_COLUMNS, Actor, ArticleRecord, ArticleResult, Event, Mention

USA = Actor("state:USA", "États-Unis", "state", "USA", ("Washington",))
RUSSIE = Actor("state:RUS", "Russie", "state", "RUS", ("Moscou",))
LAVROV = Actor("person:serguei-lavrov", "Sergueï Lavrov", "person", "RUS", ("Lavrov",))
BLINKEN = Actor("person:antony-blinken", "Antony Blinken", "person", "USA", ("Blinken",))
# a label a spreadsheet would take for a formula
ODD = Actor("org:moins-un", "-1 collectif", "organization", None, ())


def _mention(start: int, actor: Actor, sentence: int) -> Mention:
    return Mention("a1", start, start + len(actor.label), actor.label, "PER", actor.id, sentence)


# « Sergueï Lavrov a appelé Antony Blinken. Les États-Unis et la Russie ... » (my own sentences)
RESULT = ArticleResult(
    record=ArticleRecord("a1", "data/raw/a1.txt", '=HYPERLINK("x")', "Rédaction", date(2024, 6, 3), 400, "ok"),
    actors=(USA, RUSSIE, LAVROV, BLINKEN, ODD),
    mentions=(
        _mention(0, LAVROV, 0),
        _mention(25, BLINKEN, 0),
        _mention(45, USA, 1),
        _mention(65, RUSSIE, 1),
        _mention(80, ODD, 2),
    ),
)
EVENTS = [
    Event(
        "ev1",
        "call",
        date(2024, 6, 1),
        date(2024, 6, 1),
        "day",
        "samedi",
        "occurred",
        (LAVROV.id, BLINKEN.id),
        LAVROV.id,
        BLINKEN.id,
        None,
        ("a1",),
        "« Sergueï Lavrov a appelé Antony Blinken samedi. »",
        0,
        48,
        0.9,
        "040",
        "CONSULT",
        "appelé",
    ),
    Event(
        "ev2",
        "meeting",
        None,
        None,
        None,
        None,
        "planned",
        (USA.id, RUSSIE.id),
        None,
        None,
        "Genève",
        ("a1",),
        "Les États-Unis et la Russie se rencontreront.",
        50,
        95,
        0.6,
        "036",
        "CONSULT",
        "rencontreront",
    ),
]


@pytest.fixture(scope="module")
def tables() -> Tables:
    return build_tables([RESULT], EVENTS)


@pytest.fixture(scope="module")
def out_dir(tables: Tables, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("processed")
    write_outputs(tables, build_graph(tables), folder)
    return folder


def test_export_writes_every_file(out_dir: Path) -> None:
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == [
        "actor_graph.gexf",
        "actor_graph.graphml",
        "actors.csv",
        "articles.csv",
        "edges.csv",
        "events.csv",
        "mentions.csv",
    ]


# --- CSV ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=SOMME(A1:A9)", "'=SOMME(A1:A9)"),
        ("+33 1 23 45 67 89", "'+33 1 23 45 67 89"),
        ("-1 collectif", "'-1 collectif"),
        ("@Elysee", "'@Elysee"),
        ("\tcaché", "'\tcaché"),
        ("\rcaché", "'\rcaché"),
        ("« Nous ne céderons pas », a dit Sergueï Lavrov.", "« Nous ne céderons pas », a dit Sergueï Lavrov."),
        ("2024-06-01", "2024-06-01"),
        ("États-Unis", "États-Unis"),
        ("", ""),
    ],
)
def test_export_neutralize_cell(cell: str, expected: str) -> None:
    assert neutralize_cell(cell) == expected


def test_export_neutralize_leaves_numeric_columns_alone() -> None:
    df = pd.DataFrame(
        {
            "Label": ["-1 collectif", "Russie"],
            "Weight": [-3, 2],
            "score": [-0.5, 0.5],
            "first_date": ["2024-06-01", None],
        }
    )
    df = df.astype({"Label": "string", "Weight": "Int64", "score": "Float64", "first_date": "string"})
    out = neutralize_frame(df)
    assert out["Label"].tolist() == ["'-1 collectif", "Russie"]
    assert out["Weight"].tolist() == [-3, 2] and str(out["Weight"].dtype) == "Int64"
    assert out["score"].tolist() == [-0.5, 0.5]
    assert out["first_date"].iloc[0] == "2024-06-01" and pd.isna(out["first_date"].iloc[1])
    assert df["Label"].iloc[0] == "-1 collectif"  # the table itself is not modified


def test_export_csv_neutralised_in_file(out_dir: Path) -> None:
    articles = pd.read_csv(out_dir / "articles.csv", dtype=str, keep_default_na=False)
    assert articles["title"].tolist() == ['\'=HYPERLINK("x")']
    actors = pd.read_csv(out_dir / "actors.csv", dtype=str, keep_default_na=False)
    assert "'-1 collectif" in actors["Label"].tolist()


def test_export_gephi_csv_columns_and_encoding(out_dir: Path) -> None:
    edges = pd.read_csv(out_dir / "edges.csv", encoding="utf-8")
    actors = pd.read_csv(out_dir / "actors.csv", encoding="utf-8")
    assert list(edges.columns) == EDGE_COLUMNS
    assert list(actors.columns) == ACTOR_COLUMNS
    assert list(edges.columns[:4]) == ["Source", "Target", "Type", "Weight"]  # Gephi's names
    assert list(actors.columns[:2]) == ["Id", "Label"]
    assert {"États-Unis", "Sergueï Lavrov"} <= set(actors["Label"])
    assert set(edges["Type"]) == {"Directed", "Undirected"}
    assert set(edges["Target"]) <= set(actors["Id"]) and set(edges["Source"]) <= set(actors["Id"])
    raw = (out_dir / "edges.csv").read_bytes()
    assert b"\r\n" not in raw and raw.endswith(b"\n")
    events = pd.read_csv(out_dir / "events.csv", encoding="utf-8", keep_default_na=False)
    assert events["evidence"].iloc[0] == "« Sergueï Lavrov a appelé Antony Blinken samedi. »"
    assert events["date_start"].tolist() == ["2024-06-01", ""]


# --- GraphML -----------------------------------------------------------------------------------


def _edges_by_relation(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], dict]:
    return {(u, v, d["relation"]): d for u, v, d in graph.edges(data=True)}


def test_export_graphml_round_trip_networkx(out_dir: Path, tables: Tables) -> None:
    graph = build_graph(tables)
    back = nx.read_graphml(out_dir / "actor_graph.graphml")
    assert isinstance(back, nx.MultiDiGraph)
    assert sorted(back.nodes) == sorted(graph.nodes)
    assert {n: d["label"] for n, d in back.nodes(data=True)} == dict(graph.nodes(data="label"))
    assert back.nodes["person:serguei-lavrov"] == graph.nodes["person:serguei-lavrov"]
    original = _edges_by_relation(graph)
    read = _edges_by_relation(back)
    assert read.keys() == original.keys()
    for key, data in original.items():
        assert {k: v for k, v in data.items() if k != "id"} == read[key], key


def test_export_graphml_round_trip_igraph(out_dir: Path, tables: Tables) -> None:
    graph = build_graph(tables)
    back = igraph.Graph.Read_GraphML(str(out_dir / "actor_graph.graphml"))
    assert back.is_directed()
    assert sorted(back.vs["id"]) == sorted(graph.nodes)
    assert dict(zip(back.vs["id"], back.vs["label"], strict=False)) == dict(graph.nodes(data="label"))
    assert back.ecount() == graph.number_of_edges()
    read = {(back.vs[e.source]["id"], back.vs[e.target]["id"], e["relation"]): e["weight"] for e in back.es}
    assert read == {k: float(d["weight"]) for k, d in _edges_by_relation(graph).items()}
    assert sorted(back.es["directed"]) == sorted(d for _, _, d in graph.edges(data="directed"))


GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GRAPHML_TYPES = {"boolean", "int", "long", "float", "double", "string"}
NMTOKEN = re.compile(r"^[\w.:-]+$")


def test_export_graphml_structure(out_dir: Path) -> None:
    """No GraphML XSD on this machine: check the rules of graphml.xsd that our files can break."""
    root = etree.parse(str(out_dir / "actor_graph.graphml")).getroot()
    ns = {"g": GRAPHML_NS}
    assert root.tag == f"{{{GRAPHML_NS}}}graphml"
    keys = {k.get("id"): k for k in root.findall("g:key", ns)}
    assert len(keys) == len(root.findall("g:key", ns))
    for key in keys.values():
        assert key.get("for") in {"node", "edge", "graph", "all"}
        assert key.get("attr.type") in GRAPHML_TYPES
    graph = root.find("g:graph", ns)
    assert graph.get("edgedefault") == "directed"
    node_ids = [n.get("id") for n in graph.findall("g:node", ns)]
    edge_ids = [e.get("id") for e in graph.findall("g:edge", ns)]
    assert len(set(node_ids)) == len(node_ids) and len(set(edge_ids)) == len(edge_ids)
    assert all(NMTOKEN.match(i) for i in node_ids + edge_ids)
    for element in graph.findall("g:node", ns) + graph.findall("g:edge", ns):
        for data in element.findall("g:data", ns):
            assert keys[data.get("key")].get("for") in {etree.QName(element).localname, "all"}
    for edge in graph.findall("g:edge", ns):
        assert edge.get("source") in node_ids and edge.get("target") in node_ids


# --- GEXF --------------------------------------------------------------------------------------
# The GEXF is mixed (directed calls, undirected co-occurrences), which networkx's reader refuses:
# it is read back with lxml here, and its dynamics are checked in tests/outputs/test_gexf.py.

GEXF_NS = {"x": "http://gexf.net/1.3"}
GEXF_TYPES = {"integer", "long", "double", "float", "boolean", "liststring", "string", "anyURI"}


def test_export_gexf_parsed_with_lxml(out_dir: Path, tables: Tables) -> None:
    graph = build_graph(tables)
    root = etree.parse(str(out_dir / "actor_graph.gexf")).getroot()
    assert root.get("version") == "1.3"
    attributes = root.findall(".//x:attributes/x:attribute", GEXF_NS)
    assert {a.get("type") for a in attributes} <= GEXF_TYPES
    nodes = {n.get("id"): n.get("label") for n in root.iterfind(".//x:nodes/x:node", GEXF_NS)}
    assert nodes == dict(graph.nodes(data="label"))
    edges = root.findall(".//x:edges/x:edge", GEXF_NS)
    assert len(edges) == graph.number_of_edges()
    assert len({e.get("id") for e in edges}) == len(edges)
    read = {}
    for edge in edges:
        values = {v.get("for"): v.get("value") for v in edge.iterfind(".//x:attvalue", GEXF_NS)}
        read[(edge.get("source"), edge.get("target"), values["relation"])] = (
            float(edge.get("weight")),
            values["directed"],
            edge.get("type", "directed"),
        )
    expected = {
        k: (float(d["weight"]), str(d["directed"]).lower(), "directed" if d["directed"] else "undirected")
        for k, d in _edges_by_relation(graph).items()
    }
    assert read == expected


def test_export_gexf_spells_match_graph(out_dir: Path, tables: Tables) -> None:
    """The dated call of 1 June lives one day; the undated planned meeting, the article's day."""
    graph = build_graph(tables)
    root = etree.parse(str(out_dir / "actor_graph.gexf")).getroot()
    for edge in root.iterfind(".//x:edges/x:edge", GEXF_NS):
        spells = "|".join(f"{s.get('start')}/{s.get('end')}" for s in edge.iterfind("x:spells/x:spell", GEXF_NS))
        relation = edge.get("label")
        assert spells == _edges_by_relation(graph)[(edge.get("source"), edge.get("target"), relation)]["spells"]
    assert graph.edges[LAVROV.id, BLINKEN.id, "called"]["spells"] == "2024-06-01/2024-06-02"
    assert graph.edges[RUSSIE.id, USA.id, "met"]["spells"] == "2024-06-03/2024-06-04"


# --- atomic writes -----------------------------------------------------------------------------


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_export_failure_midway_keeps_previous_outputs(
    tmp_path: Path,
    tables: Tables,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_outputs(tables, build_graph(tables), tmp_path)
    before = _snapshot(tmp_path)

    def broken_gexf(graph: nx.MultiDiGraph, path: Path, **_: object) -> None:
        Path(path).write_text("<gexf><graph>", encoding="utf-8")  # half a file, then the crash
        raise OSError("disque plein")

    smaller = build_tables([RESULT], [])  # a different run: its CSVs differ from the old ones
    monkeypatch.setattr(export.gexf, "write_gexf", broken_gexf)
    with pytest.raises(OSError, match="disque plein"):
        write_outputs(smaller, build_graph(smaller), tmp_path)
    assert _snapshot(tmp_path) == before  # no file replaced, no temporary file left


def test_export_failure_in_csv_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tables: Tables
) -> None:
    calls = []

    def failing_csv(df: pd.DataFrame, path: Path) -> None:
        calls.append(path)
        if len(calls) == 3:
            raise KeyboardInterrupt  # an interrupted run, not only an error
        write_csv(df, path)

    monkeypatch.setattr(export, "write_csv", failing_csv)
    with pytest.raises(KeyboardInterrupt):
        write_outputs(tables, build_graph(tables), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_export_outputs_are_readable_files(out_dir: Path) -> None:
    for path in out_dir.iterdir():
        assert path.stat().st_mode & 0o444 == 0o444 & ~_umask(), path.name


def _umask() -> int:
    import os

    current = os.umask(0)
    os.umask(current)
    return current


def test_mentions_written_block_by_block_equal_the_whole_table(tmp_path):
    """Large corpora stream the mentions table; the file must not change."""
    from pipeline.outputs.tables import MentionChunks, mentions_table
    from pipeline.schema import ArticleRecord, ArticleResult, Mention

    results = [
        ArticleResult(
            record=ArticleRecord(f"a{i}.txt", f"a{i}.txt", None, None, None, 40, "ok"),
            mentions=(
                Mention(f"a{i}.txt", 10, 16, "Moscou", "LOC", "state:RUS", 0),
                Mention(f"a{i}.txt", 0, 8, "=Kremlin", "LOC", "state:RUS", 0),
            ),
        )
        for i in range(5)
    ]
    whole, streamed, empty = tmp_path / "whole.csv", tmp_path / "streamed.csv", tmp_path / "empty.csv"
    write_csv(mentions_table(results), whole)
    write_csv(MentionChunks(results, block=2), streamed)
    write_csv(MentionChunks([], block=2), empty)
    assert streamed.read_bytes() == whole.read_bytes()
    assert empty.read_text(encoding="utf-8") == "article,char_start,char_end,text,ner_label,actor_id,sentence\n"

"""Dynamic GEXF 1.3: read back with lxml (networkx refuses mixed graphs) and checked against the
published GEXF 1.3 RELAX NG grammar (tests/fixtures/gexf-1.3)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from pipeline.outputs.gexf import GEXF_NS, XSI_NS, write_gexf
from pipeline.outputs.graph import build_graph
from pipeline.outputs.tables import Tables, build_tables
from pipeline.schema import Actor, ArticleRecord, ArticleResult, Event, Mention

FIXTURES = Path(__file__).parent.parent / "fixtures" / "gexf-1.3"
NS = {"g": GEXF_NS}
RNG_NS = "http://relaxng.org/ns/structure/1.0"

LAVROV = Actor("person:serguei-lavrov", "Sergueï Lavrov", "person", "RUS", ("Lavrov",))
BLINKEN = Actor("person:antony-blinken", "Antony Blinken", "person", "USA", ("Blinken",))
USA = Actor("state:USA", "États-Unis", "state", "USA", ("Washington",))
RUSSIE = Actor("state:RUS", "Russie", "state", "RUS", ("Moscou",))
CROIX = Actor("org:croix-rouge", "Croix-Rouge", "organization", None, ())
ONU = Actor("org:onu", "ONU", "organization", None, ())


def _mention(article: str, start: int, actor: Actor, sentence: int) -> Mention:
    return Mention(article, start, start + len(actor.label), actor.label, "PER", actor.id, sentence)


def _result(
    article: str, published: date | None, actors: tuple[Actor, ...], mentions: tuple[Mention, ...]
) -> ArticleResult:
    record = ArticleRecord(article, f"data/raw/{article}.txt", "Titre", None, published, 300, "ok")
    return ArticleResult(record=record, actors=actors, mentions=mentions)


# a1 (21 oct.): « Sergueï Lavrov a appelé Antony Blinken lundi. Les États-Unis et la Russie se
# rencontreront. »  a2 (25 oct.): « Sergueï Lavrov a répondu aux États-Unis. »
# a3 (no date): « La Croix-Rouge et l'ONU demandent une trêve. »
RESULTS = [
    _result(
        "a1",
        date(2025, 10, 21),
        (LAVROV, BLINKEN, USA, RUSSIE),
        (
            _mention("a1", 0, LAVROV, 0),
            _mention("a1", 25, BLINKEN, 0),
            _mention("a1", 50, USA, 1),
            _mention("a1", 70, RUSSIE, 1),
        ),
    ),
    _result("a2", date(2025, 10, 25), (LAVROV, USA), (_mention("a2", 0, LAVROV, 0), _mention("a2", 30, USA, 0))),
    _result("a3", None, (CROIX, ONU), (_mention("a3", 3, CROIX, 0), _mention("a3", 20, ONU, 0))),
]


def _call(event_id: str, start: date, end: date, article: str) -> Event:
    return Event(
        event_id,
        "call",
        start,
        end,
        "day",
        "lundi",
        "occurred",
        (LAVROV.id, BLINKEN.id),
        LAVROV.id,
        BLINKEN.id,
        None,
        (article,),
        "Sergueï Lavrov a appelé Antony Blinken lundi.",
        0,
        45,
        0.9,
        "040",
        "CONSULT",
        "appelé",
    )


EVENTS = [
    _call("ev1", date(2025, 10, 20), date(2025, 10, 20), "a1"),
    _call("ev2", date(2025, 10, 23), date(2025, 10, 24), "a2"),
    _call("ev4", date(2025, 10, 21), date(2025, 10, 21), "a1"),  # touches ev1: one spell
    Event(
        "ev3",
        "meeting",
        None,
        None,
        None,
        None,
        "planned",
        (USA.id, RUSSIE.id),
        None,
        None,
        None,
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
    return build_tables(RESULTS, EVENTS)


@pytest.fixture(scope="module")
def gexf_path(tables: Tables, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gexf") / "actor_graph.gexf"
    write_gexf(build_graph(tables), path)
    return path


@pytest.fixture(scope="module")
def root(gexf_path: Path) -> etree._Element:
    return etree.parse(str(gexf_path)).getroot()


def _spells(element: etree._Element) -> list[tuple[str, str]]:
    return [(s.get("start"), s.get("end")) for s in element.iterfind("g:spells/g:spell", NS)]


def _edge(root: etree._Element, source: str, target: str, relation: str) -> etree._Element:
    found = [
        e
        for e in root.iterfind(".//g:edges/g:edge", NS)
        if (e.get("source"), e.get("target"), e.get("label")) == (source, target, relation)
    ]
    assert len(found) == 1, (source, target, relation)
    return found[0]


def _values(element: etree._Element) -> dict[str, str]:
    return {v.get("for"): v.get("value") for v in element.iterfind("g:attvalues/g:attvalue", NS)}


def test_gexf_namespace_version_and_schema_location(root: etree._Element) -> None:
    assert root.tag == f"{{{GEXF_NS}}}gexf" and GEXF_NS == "http://gexf.net/1.3"
    assert root.get("version") == "1.3"
    assert root.nsmap == {None: GEXF_NS, "xsi": "http://www.w3.org/2001/XMLSchema-instance"}
    assert root.get(f"{{{XSI_NS}}}schemaLocation") == "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"


def test_gexf_graph_is_dynamic_in_days(root: etree._Element) -> None:
    graph = root.find("g:graph", NS)
    assert dict(graph.attrib) == {
        "mode": "dynamic",
        "defaultedgetype": "directed",
        "timeformat": "date",
        "timerepresentation": "interval",
    }


def test_gexf_attribute_declarations(root: etree._Element) -> None:
    declared = {
        (a.getparent().get("class"), a.get("id")): (a.get("title"), a.get("type"))
        for a in root.iterfind("g:graph/g:attributes/g:attribute", NS)
    }
    assert declared == {
        ("node", "type"): ("type", "string"),
        ("node", "country"): ("country", "string"),
        ("node", "mentions"): ("mentions", "integer"),
        ("node", "articles"): ("articles", "integer"),
        ("node", "aliases"): ("aliases", "string"),
        ("node", "first_seen"): ("first_seen", "string"),
        ("node", "last_seen"): ("last_seen", "string"),
        ("edge", "relation"): ("relation", "string"),
        ("edge", "event_ids"): ("event_ids", "string"),
        ("edge", "directed"): ("directed", "boolean"),
        ("edge", "first_date"): ("first_date", "string"),
        ("edge", "last_date"): ("last_date", "string"),
    }


@pytest.mark.parametrize(
    ("node", "expected"),
    [
        # seen from the call of 20 Oct. to the article of 25 Oct.: end is the day after
        (LAVROV.id, [("2025-10-20", "2025-10-26")]),
        # published 21 and 25 Oct.; the undated meeting adds a1's day, already inside
        (USA.id, [("2025-10-21", "2025-10-26")]),
        (RUSSIE.id, [("2025-10-21", "2025-10-22")]),
        (CROIX.id, []),  # only in an undated article: no spell, Gephi shows it at every moment
    ],
)
def test_gexf_node_spells(root: etree._Element, node: str, expected: list) -> None:
    element = root.find(f".//g:nodes/g:node[@id='{node}']", NS)
    assert _spells(element) == expected


@pytest.mark.parametrize(
    ("source", "target", "relation", "expected"),
    [
        # ev1 (20) and ev4 (21) touch and merge; ev2 (23-24) stays apart
        (LAVROV.id, BLINKEN.id, "called", [("2025-10-20", "2025-10-22"), ("2025-10-23", "2025-10-25")]),
        # undated planned meeting: the day its article was published
        (RUSSIE.id, USA.id, "met", [("2025-10-21", "2025-10-22")]),
        # co-occurrence: the publication days of the edge row
        (BLINKEN.id, LAVROV.id, "co_occurs", [("2025-10-21", "2025-10-22")]),
        (LAVROV.id, USA.id, "co_occurs", [("2025-10-25", "2025-10-26")]),
        (CROIX.id, ONU.id, "co_occurs", []),  # undated article
        (LAVROV.id, RUSSIE.id, "member_of", []),  # no date of its own
    ],
)
def test_gexf_edge_spells(root: etree._Element, source: str, target: str, relation: str, expected: list) -> None:
    assert _spells(_edge(root, source, target, relation)) == expected


@pytest.mark.parametrize(
    ("source", "target", "relation", "edge_type", "directed"),
    [
        (LAVROV.id, BLINKEN.id, "called", None, "true"),  # defaultedgetype="directed"
        (LAVROV.id, RUSSIE.id, "member_of", None, "true"),
        (RUSSIE.id, USA.id, "met", "undirected", "false"),
        (BLINKEN.id, LAVROV.id, "co_occurs", "undirected", "false"),
    ],
)
def test_gexf_edge_type_per_edge(
    root: etree._Element, source: str, target: str, relation: str, edge_type: str | None, directed: str
) -> None:
    edge = _edge(root, source, target, relation)
    assert edge.get("type") == edge_type
    assert _values(edge)["directed"] == directed
    assert edge.get("kind") == relation


def test_gexf_node_and_edge_values(root: etree._Element) -> None:
    node = root.find(f".//g:nodes/g:node[@id='{LAVROV.id}']", NS)
    assert node.get("label") == "Sergueï Lavrov"
    assert _values(node) == {
        "type": "person",
        "country": "RUS",
        "mentions": "2",
        "articles": "2",
        "aliases": "Lavrov",
        "first_seen": "2025-10-20",
        "last_seen": "2025-10-25",
    }
    called = _edge(root, LAVROV.id, BLINKEN.id, "called")
    assert called.get("weight") == "3.0"
    assert _values(called) == {
        "relation": "called",
        "event_ids": "ev1|ev4|ev2",
        "directed": "true",
        "first_date": "2025-10-20",
        "last_date": "2025-10-24",
    }


def test_gexf_ids_unique_and_edges_point_to_nodes(root: etree._Element, tables: Tables) -> None:
    nodes = [n.get("id") for n in root.iterfind(".//g:nodes/g:node", NS)]
    edges = root.findall(".//g:edges/g:edge", NS)
    assert sorted(nodes) == sorted(tables.actors["Id"])
    assert len(edges) == len(tables.edges) == int(root.find(".//g:edges", NS).get("count"))
    assert len({e.get("id") for e in edges}) == len(edges)
    assert {e.get("source") for e in edges} | {e.get("target") for e in edges} <= set(nodes)


def test_gexf_edge_spells_lie_inside_their_nodes_spells(root: etree._Element) -> None:
    """Gephi warns about an edge alive while one of its actors is not."""
    nodes = {n.get("id"): _spells(n) for n in root.iterfind(".//g:nodes/g:node", NS)}
    for edge in root.iterfind(".//g:edges/g:edge", NS):
        for start, end in _spells(edge):
            for node in (edge.get("source"), edge.get("target")):
                assert any(s <= start and end <= e for s, e in nodes[node]), (edge.get("id"), node)


def test_gexf_accents_survive_in_utf8(gexf_path: Path, root: etree._Element) -> None:
    raw = gexf_path.read_bytes()
    assert raw.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert "États-Unis".encode() in raw and "Sergueï Lavrov".encode() in raw
    labels = {n.get("id"): n.get("label") for n in root.iterfind(".//g:nodes/g:node", NS)}
    assert labels[USA.id] == "États-Unis" and labels[LAVROV.id] == "Sergueï Lavrov"


def _relaxng() -> etree.RelaxNG:
    grammar = etree.parse(str(FIXTURES / "gexf.rng"))
    for include in grammar.getroot().findall(f"{{{RNG_NS}}}include"):
        if include.get("href") == "viz.rng":  # not published for 1.3; we write no viz: element
            grammar.getroot().remove(include)
    return etree.RelaxNG(grammar)


def _validate(path: Path) -> tuple[bool, str]:
    document = etree.parse(str(path))
    del document.getroot().attrib[f"{{{XSI_NS}}}schemaLocation"]  # RELAX NG knows no xsi:
    schema = _relaxng()
    return schema.validate(document), str(schema.error_log)


def test_gexf_valid_against_gexf_13_grammar(gexf_path: Path) -> None:
    valid, errors = _validate(gexf_path)
    assert valid, errors


def test_gexf_grammar_rejects_a_broken_file(gexf_path: Path, tmp_path: Path) -> None:
    """The validation can fail: a spell outside `<spells>` is not GEXF."""
    document = etree.parse(str(gexf_path))
    node = document.getroot().find(".//g:nodes/g:node", NS)
    etree.SubElement(node, f"{{{GEXF_NS}}}spell", start="2025-10-20")
    broken = tmp_path / "broken.gexf"
    document.write(str(broken))
    assert not _validate(broken)[0]


def test_gexf_control_characters_dropped(tmp_path: Path, tables: Tables) -> None:
    graph = build_graph(tables)
    graph.nodes[CROIX.id]["label"] = "Croix-\x0bRouge\x00"  # a stray byte from a bad scan
    path = tmp_path / "g.gexf"
    write_gexf(graph, path)
    node = etree.parse(str(path)).getroot().find(f".//g:nodes/g:node[@id='{CROIX.id}']", NS)
    assert node.get("label") == "Croix-Rouge"
    assert _validate(path)[0]

"""Actor graph -> dynamic GEXF 1.3, so Gephi's timeline plays the conflict forward.

Written with lxml rather than `networkx.write_gexf`: networkx writes a wrong XML Schema instance
namespace for 1.3, cannot write spells from our flat attributes, and its own reader refuses the
mixed graph we need (directed calls next to undirected co-occurrences). Layout of the file:

- `<graph mode="dynamic" defaultedgetype="directed" timeformat="date"
  timerepresentation="interval">`; an undirected relation
  says so on its own `<edge type="undirected">`, which Gephi reads as a mixed graph.
- Each node and edge gets `<spells>` from the graph's `spells` attribute (see `pipeline.outputs.graph`);
  an element with no date gets none, and Gephi then shows it at every moment. Gephi reads a
  spell as a closed interval and does not take overlapping ones on one element: spells that touch
  (consecutive days) are therefore merged before they get here.
- Edge `weight` is GEXF's own attribute (Gephi's Weight column): "weight" is a reserved attribute
  title in GEXF 1.3 (dynamic weight), so it is not declared a second time.
- Edge `kind` is the graph key (`called`, `called:undirected`, `co_occurs`...): Gephi reads it as
  the edge type of its multigraph, so the parallel edges between two actors stay apart.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, NamedTuple

import networkx as nx
from lxml import etree

from pipeline.outputs.graph import parse_spells

GEXF_NS = "http://gexf.net/1.3"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{GEXF_NS} {GEXF_NS}/gexf.xsd"
GEXF_VERSION = "1.3"
# Characters XML 1.0 forbids even escaped; lxml refuses them, a stray one in a label must not.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class Column(NamedTuple):
    """One declared GEXF attribute: its id and title in Gephi, its type, the graph attribute."""

    title: str
    type: str
    source: str


NODE_COLUMNS = (
    Column("type", "string", "actor_type"),
    Column("country", "string", "country"),
    Column("mentions", "integer", "mentions"),
    Column("articles", "integer", "articles"),
    Column("aliases", "string", "aliases"),
    Column("first_seen", "string", "first_seen"),
    Column("last_seen", "string", "last_seen"),
)
EDGE_COLUMNS = (
    Column("relation", "string", "relation"),
    Column("event_ids", "string", "event_ids"),
    Column("directed", "boolean", "directed"),
    Column("first_date", "string", "first_date"),
    Column("last_date", "string", "last_date"),
)


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write the actor graph as a dynamic GEXF 1.3 file (UTF-8)."""
    etree.ElementTree(gexf_tree(graph)).write(str(path), encoding="UTF-8", xml_declaration=True, pretty_print=True)


def gexf_tree(graph: nx.MultiDiGraph) -> etree._Element:
    """The `<gexf>` root element of the actor graph."""
    root = etree.Element(f"{{{GEXF_NS}}}gexf", nsmap={None: GEXF_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    root.set("version", GEXF_VERSION)
    meta = _sub(root, "meta")
    _sub(meta, "creator").text = "pipeline (French news-analysis actor graph)"
    _sub(meta, "description").text = _clean(str(graph.graph.get("name", "actor_graph")))
    element = _sub(
        root, "graph", mode="dynamic", defaultedgetype="directed", timeformat="date", timerepresentation="interval"
    )
    _declare(element, "node", NODE_COLUMNS)
    _declare(element, "edge", EDGE_COLUMNS)
    nodes = _sub(element, "nodes", count=str(graph.number_of_nodes()))
    for node, data in graph.nodes(data=True):
        _add_node(nodes, str(node), data)
    edges = _sub(element, "edges", count=str(graph.number_of_edges()))
    for index, (source, target, key, data) in enumerate(graph.edges(keys=True, data=True)):
        _add_edge(edges, str(source), str(target), str(key), data, index)
    return root


def _declare(graph: etree._Element, cls: str, columns: tuple[Column, ...]) -> None:
    attributes = _sub(graph, "attributes", **{"class": cls})
    for column in columns:
        _sub(attributes, "attribute", id=column.title, title=column.title, type=column.type)


def _add_node(parent: etree._Element, node: str, data: dict[str, Any]) -> None:
    element = _sub(parent, "node", id=_clean(node), label=_clean(str(data.get("label", node))))
    _attvalues(element, NODE_COLUMNS, data)
    _spells(element, str(data.get("spells", "")))


def _add_edge(parent: etree._Element, source: str, target: str, key: str, data: dict[str, Any], index: int) -> None:
    attrs = {
        "id": _clean(str(data.get("id", f"e{index}"))),
        "source": _clean(source),
        "target": _clean(target),
        "label": _clean(str(data.get("relation", key))),
        "kind": _clean(key),
        "weight": str(float(data.get("weight", 1))),
    }
    if not data.get("directed", True):
        attrs["type"] = "undirected"
    element = _sub(parent, "edge", **attrs)
    _attvalues(element, EDGE_COLUMNS, data)
    _spells(element, str(data.get("spells", "")))


def _attvalues(element: etree._Element, columns: tuple[Column, ...], data: dict[str, Any]) -> None:
    """Values for the columns the element has; an empty text is left out (Gephi: no value)."""
    values = [(c.title, _value(data[c.source])) for c in columns if c.source in data]
    values = [(title, value) for title, value in values if value != ""]
    if values:
        container = _sub(element, "attvalues")
        for title, value in values:
            _sub(container, "attvalue", **{"for": title, "value": value})


def _spells(element: etree._Element, text: str) -> None:
    spells = parse_spells(text)
    if spells:
        container = _sub(element, "spells")
        for start, end in spells:
            _sub(container, "spell", start=start.isoformat(), end=end.isoformat())


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"  # xs:boolean, as Gephi parses it
    return _clean(str(value))


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    return etree.SubElement(parent, f"{{{GEXF_NS}}}{tag}", attrs)

"""Tables and graph -> files for analysts and Gephi: CSV, GraphML (static), GEXF (dynamic).

All files of one run are written together through `pipeline.files.write_atomically`: a run that
fails or is interrupted leaves the previous outputs whole, never half a file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from pipeline.files import write_atomically
from pipeline.outputs import gexf
from pipeline.outputs.tables import LIST_SEP, Tables

log = logging.getLogger(__name__)

# A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CSV_FILES = {
    "events.csv": "events",
    "actors.csv": "actors",
    "edges.csv": "edges",
    "mentions.csv": "mentions",
    "articles.csv": "articles",
}
GRAPHML_FILE, GEXF_FILE = "actor_graph.graphml", "actor_graph.gexf"


def write_outputs(tables: Tables, graph: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """Write the five CSV tables and the graph (GraphML, GEXF); return the paths written."""
    writers: dict[str, Callable[[Path], None]] = {
        name: partial(_write_csv_to, getattr(tables, attr)) for name, attr in CSV_FILES.items()
    }
    writers[GRAPHML_FILE] = lambda path: write_graphml(graph, path)
    writers[GEXF_FILE] = lambda path: write_gexf(graph, path)
    paths = write_atomically(writers, Path(out_dir))
    log.info("wrote %d files to %s", len(paths), out_dir)
    return paths


# --- CSV -------------------------------------------------------------------------------------


def _write_csv_to(df: pd.DataFrame | Iterable[pd.DataFrame], path: Path) -> None:
    write_csv(df, path)


def neutralize_cell(value: Any) -> Any:
    """Prefix a quote to text a spreadsheet would run as a formula; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralize_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Neutralise text columns only: numbers stay numbers, ISO dates never start with a sign."""
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_string_dtype(out[col].dtype) or out[col].dtype == object:
            out[col] = out[col].map(neutralize_cell, na_action="ignore").astype(out[col].dtype)
    return out


def write_csv(df: pd.DataFrame | Iterable[pd.DataFrame], path: Path) -> None:
    """UTF-8 CSV with a header and `\\n` line ends; missing values as empty cells. A stream of
    DataFrames (the mentions of a large corpus) is written block by block, header once."""
    if isinstance(df, pd.DataFrame):
        neutralize_frame(df).to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
        return
    with open(path, "w", encoding="utf-8", newline="") as handle:
        for n, block in enumerate(df):
            neutralize_frame(block).to_csv(handle, index=False, header=n == 0, lineterminator="\n")


# --- GraphML and GEXF ------------------------------------------------------------------------


def flat_value(value: Any) -> str | int | float | bool:
    """A value GraphML and GEXF both accept: lists joined with `|`, None as an empty string."""
    if value is None or value is pd.NA:
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        return LIST_SEP.join(str(flat_value(v)) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):  # numpy.str_ too: the writers look types up exactly
        return str(value)
    if isinstance(value, float):
        return float(value)
    if hasattr(value, "item"):  # numpy scalar: GEXF maps numpy ints to the invalid type "int"
        return flat_value(value.item())
    if isinstance(value, int):
        return int(value)
    return str(value)


def flat_graph(graph: nx.MultiDiGraph, edge_keys_from_ids: bool = False) -> nx.MultiDiGraph:
    """Copy with flat attributes. With `edge_keys_from_ids`, each edge's unique `id` becomes its
    key, because the GraphML writer uses the key as the XML edge id, which must be unique."""
    flat = nx.MultiDiGraph(**{k: flat_value(v) for k, v in graph.graph.items()})
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: flat_value(v) for k, v in data.items()})
    for u, v, key, data in graph.edges(keys=True, data=True):
        attrs = {k: flat_value(val) for k, val in data.items()}
        if edge_keys_from_ids:
            key = attrs.pop("id", key)
        flat.add_edge(u, v, key=key, **attrs)
    return flat


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    """GraphML; node attribute `label` and edge attribute `weight` are what Gephi picks up."""
    nx.write_graphml(flat_graph(graph, edge_keys_from_ids=True), path, encoding="utf-8")


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> None:
    """Dynamic GEXF 1.3 for Gephi's timeline: mixed edge types, one spell per event (`gexf.py`)."""
    gexf.write_gexf(graph, path)

"""Step 6: records -> pandas tables -> networkx graph -> CSV, GraphML and GEXF files."""

from pipeline.outputs.export import write_outputs
from pipeline.outputs.graph import build_graph
from pipeline.outputs.tables import Tables, build_tables, merge_actors

__all__ = ["Tables", "build_graph", "build_tables", "merge_actors", "write_outputs"]

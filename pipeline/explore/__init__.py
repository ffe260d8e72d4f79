"""What the notebooks and the HTML report share: loading data/processed, timeline and graph figures."""

from pipeline.explore.graph_figures import actor_graph, centrality_table, graph_figure
from pipeline.explore.processed import Processed, filter_events, load_processed
from pipeline.explore.report import write_report
from pipeline.explore.timeline_figures import timeline_figure

__all__ = [
    "Processed",
    "actor_graph",
    "centrality_table",
    "filter_events",
    "graph_figure",
    "load_processed",
    "timeline_figure",
    "write_report",
]

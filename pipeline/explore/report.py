"""data/processed -> report.html: one self-contained page an analyst can open or mail offline.

Everything is inside the file (Plotly's library inlined once), so the page needs no network.
Article text is untrusted input: every string from the tables is escaped with `html.escape`, and
Plotly's JSON escapes `<` so no `</script>` in a sentence can end a script early.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
from plotly.offline import get_plotlyjs

from pipeline.explore.graph_figures import actor_graph, centrality_table, graph_figure
from pipeline.explore.processed import Processed, counts, error_articles, load_processed, split_list
from pipeline.explore.timeline_figures import timeline_figure
from pipeline.schema import EVENT_STATUSES, EVENT_TYPES

TITLE = "Timeline and actor graph"
TOP_ACTORS = 20

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1300px; color: #222; }
h1 { margin-bottom: 0.2em; } .meta { color: #666; margin-top: 0; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.9em; }
th, td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } td.num { text-align: right; }
.counts { display: flex; gap: 3em; } .evidence { min-width: 320px; max-width: 520px; }
td.nowrap { white-space: nowrap; }
.status-negated, .status-cancelled, .status-hypothetical { color: #888; }
"""


def write_report(processed_dir: Path, out: Path | None = None) -> Path:
    """Write the HTML report of an output folder (default `processed_dir / "report.html"`)."""
    processed_dir = Path(processed_dir)
    out = Path(out) if out is not None else processed_dir / "report.html"
    page = render_report(load_processed(processed_dir))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out


def render_report(data: Processed, generated: datetime | None = None) -> str:
    """The whole page as a string."""
    generated = generated or datetime.now(timezone.utc)
    graph = actor_graph(data)
    timeline = timeline_figure(data.events, data.articles, by="actor")
    sections = [
        f"<h1>{html.escape(TITLE)}</h1>",
        f'<p class="meta">Generated {generated:%Y-%m-%d %H:%M} UTC from {html.escape(str(data.folder))}'
        f" &middot; {summary_line(data)}</p>",
        '<h2>Events by type and status</h2><div class="counts">',
        counts_table(counts(data.events, "event_type", EVENT_TYPES), "type"),
        counts_table(counts(data.events, "status", EVENT_STATUSES), "status"),
        "</div>",
        "<h2>Timeline</h2>",
        figure_div(timeline, "timeline"),
        "<h2>Actor graph</h2>",
        figure_div(graph_figure(graph), "actor-graph"),
        f"<h2>Most central actors (top {TOP_ACTORS})</h2>",
        html_table(centrality_table(graph).head(TOP_ACTORS)),
        f"<h2>Events ({len(data.events)})</h2>",
        events_table(data.events),
        "<h2>Articles with errors</h2>",
        errors_section(data.articles),
        f"<h2>Articles ({len(data.articles)})</h2>",
        html_table(data.articles[["id", "title", "author", "published", "chars", "status"]]),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(TITLE)}</title>\n<style>{STYLE}</style>\n"
        f'<script type="text/javascript">{get_plotlyjs()}</script>\n</head>\n<body>\n'
        + "\n".join(sections)
        + "\n</body>\n</html>\n"
    )


def summary_line(data: Processed) -> str:
    """`N articles (k with errors), N events, N actors, N ties`."""
    errors = int((data.articles["status"] == "error").sum())
    return (
        f"{len(data.articles)} articles ({errors} with errors), {len(data.events)} events, "
        f"{len(data.actors)} actors, {len(data.edges)} ties"
    )


def figure_div(fig, div_id: str) -> str:
    """A Plotly figure as a <div> and its script, using the library inlined in <head>."""
    return fig.to_html(
        full_html=False, include_plotlyjs=False, div_id=div_id, config={"displaylogo": False, "responsive": True}
    )


def counts_table(values: pd.Series, label: str) -> str:
    """A two-column count table."""
    rows = "".join(f'<tr><td>{html.escape(str(k))}</td><td class="num">{int(v)}</td></tr>' for k, v in values.items())
    return f"<table><tr><th>{html.escape(label)}</th><th>events</th></tr>{rows}</table>"


# Event id and dates stay on one line; the evidence column gets the room.
CELL_CLASSES = {0: " class=nowrap", 1: " class=nowrap", 5: " class=evidence"}


def events_table(events: pd.DataFrame) -> str:
    """Every event with its date, actors, evidence sentence and articles, in timeline order."""
    head = ["event", "date", "type", "status", "actors", "evidence", "trigger", "articles", "confidence"]
    body = []
    for e in events.to_dict("records"):
        when = _cell(e["date_start"])
        if _cell(e["date_end"]) and e["date_end"] != e["date_start"]:
            when += f"<br>→ {_cell(e['date_end'])}"
        cells = [
            _cell(e["event_id"]),
            when,
            _cell(e["event_type"]),
            _cell(e["status"]),
            "<br>".join(html.escape(a) for a in split_list(e["actors"])),
            _cell(e["evidence"]),
            _cell(e["trigger"]),
            "<br>".join(html.escape(a) for a in split_list(e["articles"])),
            _cell(e["confidence"]),
        ]
        status = html.escape(str(e["status"]), quote=True)
        body.append(
            f'<tr class="status-{status}" id="{html.escape(str(e["event_id"]), quote=True)}">'
            + "".join(f"<td{CELL_CLASSES.get(i, '')}>{c}</td>" for i, c in enumerate(cells))
            + "</tr>"
        )
    return _table(head, body)


def errors_section(articles: pd.DataFrame) -> str:
    """The inputs that failed, or a line saying there were none."""
    errors = error_articles(articles)
    if errors.empty:
        return "<p>None: every input was read.</p>"
    return html_table(errors)


def html_table(df: pd.DataFrame) -> str:
    """A DataFrame as an escaped HTML table (pandas' `to_html` would do, but escaping is
    spelled out here because the cells are article text)."""
    body = ["<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>" for row in df.itertuples(index=False)]
    return _table([str(c) for c in df.columns], body)


def _table(head: Sequence[str], body: Iterable[str]) -> str:
    header = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    return f"<table><thead><tr>{header}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _cell(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return html.escape(str(value))

"""The timeline figure: events by date, one row per actor or per event type.

Colour says the event type, the marker symbol and its opacity say the status, so a planned or
denied meeting is never read as one that took place. A dated interval (`depuis l'été`) is drawn
as a bar from its first to its last day, with the marker on the first day.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Mapping
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from pipeline.explore.processed import event_actors, split_list
from pipeline.schema import EVENT_STATUSES, EVENT_TYPES

TYPE_COLOURS = {
    "call": "#1f77b4",
    "meeting": "#2ca02c",
    "strike": "#d62728",
    "sanction": "#9467bd",
    "statement": "#ff7f0e",
}
OTHER_COLOUR = "#7f7f7f"
STATUS_SYMBOLS = {
    "occurred": "circle",
    "planned": "diamond-open",
    "postponed": "hourglass",
    "cancelled": "x",
    "hypothetical": "circle-open",
    "negated": "x-thin-open",
}
# What did not (or not yet) happen is drawn fainter than what did.
STATUS_OPACITY = {
    "occurred": 1.0,
    "planned": 0.8,
    "postponed": 0.7,
    "cancelled": 0.5,
    "hypothetical": 0.5,
    "negated": 0.4,
}


def timeline_points(events: pd.DataFrame, by: str = "actor", max_rows: int = 30) -> pd.DataFrame:
    """One point per (dated event, row): the event's actors (most active first) or its type.
    Undated events have no place on a time axis and are left out."""
    if by not in ("actor", "type"):
        raise ValueError(f"timeline rows are by 'actor' or 'type', not {by!r}")
    dated = events[events["start"].notna()]
    rows: list[dict[str, Any]] = []
    for _, event in dated.iterrows():
        keys = event_actors(event) if by == "actor" else [str(event["event_type"])]
        rows.extend(dict(event) | {"row": key} for key in keys)
    points = pd.DataFrame(rows, columns=[*events.columns, "row"])
    if by == "actor":
        order = points["row"].value_counts(sort=True)
        keep = sorted(order.index, key=lambda a: (-order[a], a))[:max_rows]
        points = points[points["row"].isin(keep)]
    return points.reset_index(drop=True)


def row_order(points: pd.DataFrame, by: str) -> list[str]:
    """Top-to-bottom order of the rows: the usual type order, or actors by number of events."""
    if by == "type":
        found = set(points["row"])
        return [t for t in EVENT_TYPES if t in found] + sorted(found - set(EVENT_TYPES))
    counts = points["row"].value_counts()
    return sorted(counts.index, key=lambda a: (-counts[a], a))


def hover_text(event: Mapping, titles: Mapping[str, str]) -> str:
    """The tooltip: type, status, dates, actors, the evidence sentence and its articles.
    Article text is untrusted, so every piece is escaped before Plotly reads it as HTML."""
    esc = lambda value: html.escape(str(value)) if isinstance(value, str) and value else ""  # noqa: E731
    when = esc(event.get("date_start"))
    if event.get("date_end") and event.get("date_end") != event.get("date_start"):
        when += f" → {esc(event.get('date_end'))}"
    evidence = "<br>".join(esc(line) for line in textwrap.wrap(str(event.get("evidence") or ""), 80))
    articles = "<br>".join(f"{esc(titles.get(a, a))} <i>({esc(a)})</i>" for a in split_list(event.get("articles")))
    return (
        f"<b>{esc(event.get('event_type'))}</b> · {esc(event.get('status'))}<br>"
        f"{when} <i>« {esc(event.get('date_text'))} »</i><br>"
        f"actors: {esc(' | '.join(event_actors(pd.Series(event))))}<br><br>"
        f"{evidence}<br><br>{articles}"
    )


def timeline_figure(
    events: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    by: str = "actor",
    max_rows: int = 30,
    title: str = "Timeline of events",
) -> go.Figure:
    """Interactive Plotly timeline of `events` (as loaded by `views.load_processed`)."""
    titles = {} if articles is None else dict(zip(articles["id"], articles["title"].fillna(""), strict=False))
    points = timeline_points(events, by, max_rows)
    order = row_order(points, by) if len(points) else []
    fig = go.Figure()
    for event_type, group in points.groupby("event_type", sort=False):
        colour = TYPE_COLOURS.get(str(event_type), OTHER_COLOUR)
        fig.add_trace(_interval_trace(group, colour, str(event_type)))
        for status, sub in group.groupby("status", sort=False):
            fig.add_trace(
                go.Scatter(
                    x=sub["start"],
                    y=sub["row"],
                    mode="markers",
                    name=f"{event_type} ({status})",
                    legendgroup=str(event_type),
                    marker={
                        "color": colour,
                        "size": 12,
                        "symbol": STATUS_SYMBOLS.get(str(status), "square"),
                        "opacity": STATUS_OPACITY.get(str(status), 0.6),
                        "line": {"width": 2, "color": colour},
                    },
                    customdata=sub["event_id"],
                    hovertext=[hover_text(r, titles) for r in sub.to_dict("records")],
                    hovertemplate="%{hovertext}<extra>%{customdata}</extra>",
                )
            )
    fig.update_layout(
        title=f"{title}: {points['event_id'].nunique() if len(points) else 0} dated events shown"
        f" ({int(events['start'].isna().sum())} undated left out)",
        height=max(350, 80 + 32 * len(order)),
        template="plotly_white",
        hovermode="closest",
        legend={"title": "type (status)"},
        margin={"l": 160, "r": 20, "t": 60, "b": 40},
    )
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(order)), title=None)
    fig.update_xaxes(type="date", title="date")
    return fig


def _interval_trace(group: pd.DataFrame, colour: str, event_type: str) -> go.Scatter:
    """Bars for events lasting more than a day: None breaks the line between two events."""
    xs: list = []
    ys: list = []
    for start, end, row in zip(group["start"], group["end"], group["row"], strict=False):
        if pd.notna(end) and end > start:
            xs += [start, end, None]
            ys += [row, row, None]
    return go.Scatter(
        x=xs,
        y=ys,
        mode="lines",
        line={"color": colour, "width": 6},
        opacity=0.35,
        legendgroup=event_type,
        showlegend=False,
        hoverinfo="skip",
        name=event_type,
    )


def legend_statuses() -> pd.DataFrame:
    """How each status is drawn, to print under the figure."""
    return pd.DataFrame(
        {
            "status": list(EVENT_STATUSES),
            "symbol": [STATUS_SYMBOLS[s] for s in EVENT_STATUSES],
            "opacity": [STATUS_OPACITY[s] for s in EVENT_STATUSES],
        }
    )

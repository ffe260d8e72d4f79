"""data/processed -> typed DataFrames, and the filters and look-ups the notebooks and the report share.

The notebooks only call these functions with a few parameters, so what an analyst sees in Jupyter
and in `report.html` is computed by the same tested code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.articles.reader import read_articles
from pipeline.outputs.tables import FLOAT_COLUMNS, INT_COLUMNS, LIST_SEP, Tables
from pipeline.schema import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    EDGE_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    Article,
)

TABLE_FILES = {
    "events": EVENT_COLUMNS,
    "actors": ACTOR_COLUMNS,
    "edges": EDGE_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "articles": ARTICLE_COLUMNS,
}


@dataclass(frozen=True)
class Processed:
    """The five tables of one `extract` output folder, with the dtypes `tables.py` wrote them with.

    `events` has two more columns, `start` and `end` (datetime64), for plotting and date filters.
    """

    folder: Path
    events: pd.DataFrame
    actors: pd.DataFrame
    edges: pd.DataFrame
    mentions: pd.DataFrame
    articles: pd.DataFrame

    def tables(self) -> Tables:
        """The tables as `pipeline.outputs.graph.build_graph` takes them."""
        events = self.events.drop(columns=["start", "end"])
        return Tables(events, self.actors, self.edges, self.mentions, self.articles)


def load_processed(folder: Path) -> Processed:
    """Read every table of an output folder; a missing file is an error naming it."""
    folder = Path(folder)
    frames = {name: read_table(folder / f"{name}.csv", name, columns) for name, columns in TABLE_FILES.items()}
    events = frames.pop("events")
    events = events.assign(
        start=pd.to_datetime(events["date_start"]), end=pd.to_datetime(events["date_end"].fillna(events["date_start"]))
    )
    return Processed(folder=folder, events=events, **frames)


def read_table(path: Path, table: str, columns: Sequence[str]) -> pd.DataFrame:
    """One CSV with the project's dtypes: text as `string`, counts `Int64`, scores `Float64`."""
    if not path.is_file():
        raise FileNotFoundError(f"{path}: not found; run `make extract` first")
    df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: columns missing: {', '.join(missing)}")
    ints, floats = INT_COLUMNS.get(table, ()), FLOAT_COLUMNS.get(table, ())
    dtypes = {c: "Int64" if c in ints else "Float64" if c in floats else "string" for c in columns}
    return df[list(columns)].astype(dtypes)


def split_list(value: object) -> list[str]:
    """A `|`-joined cell as a list; an empty cell is an empty list."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return []
    return [part for part in str(value).split(LIST_SEP) if part]


# --- filters ---------------------------------------------------------------------------------


def filter_events(
    events: pd.DataFrame,
    *,
    actors: Iterable[str] | None = None,
    types: Iterable[str] | None = None,
    statuses: Iterable[str] | None = None,
    start: str | None = None,
    end: str | None = None,
) -> pd.DataFrame:
    """Events naming any of `actors` (labels, case-insensitive), of one of `types` and `statuses`,
    whose dates overlap [start, end]. A criterion left as None keeps everything; a date bound
    drops undated events, since nothing says they fall inside the range."""
    keep = pd.Series(True, index=events.index)
    if actors is not None:
        wanted = {a.casefold() for a in actors}
        keep &= events.apply(lambda row: bool(wanted & {a.casefold() for a in event_actors(row)}), axis=1)
    if types is not None:
        keep &= events["event_type"].isin(list(types)).fillna(False)
    if statuses is not None:
        keep &= events["status"].isin(list(statuses)).fillna(False)
    if start is not None:
        keep &= (_end(events) >= pd.Timestamp(start)).fillna(False)
    if end is not None:
        keep &= (_start(events) <= pd.Timestamp(end)).fillna(False)
    return events[keep.astype(bool)]


def event_actors(row: pd.Series) -> list[str]:
    """Every actor label of an event row, source and target included, once each."""
    named = [row.get("source_actor"), row.get("target_actor"), *split_list(row.get("actors"))]
    return list(dict.fromkeys(str(a) for a in named if isinstance(a, str) and a))


def _start(events: pd.DataFrame) -> pd.Series:
    return events["start"] if "start" in events else pd.to_datetime(events["date_start"])


def _end(events: pd.DataFrame) -> pd.Series:
    if "end" in events:
        return events["end"]
    return pd.to_datetime(events["date_end"].fillna(events["date_start"]))


def find_actor(actors: pd.DataFrame, name: str) -> str:
    """The actor id an analyst means by `name`: an id, a label or an alias, case-insensitive."""
    wanted = name.strip().casefold()
    for column in ("Id", "Label"):
        hits = actors[actors[column].str.casefold() == wanted]
        if len(hits):
            return str(hits["Id"].iloc[0])
    for actor_id, aliases in zip(actors["Id"], actors["aliases"], strict=False):
        if wanted in {a.casefold() for a in split_list(aliases)}:
            return str(actor_id)
    raise KeyError(f"no actor called {name!r} in the actors table")


# --- evidence --------------------------------------------------------------------------------


def event_row(events: pd.DataFrame, event_id: str) -> pd.Series:
    """One event by id, with a clear error when it is not in the table."""
    hits = events[events["event_id"] == event_id]
    if not len(hits):
        raise KeyError(f"no event {event_id!r} in the events table")
    return hits.iloc[0]


def event_evidence(data: Processed, event_id: str) -> pd.DataFrame:
    """The articles of an event, one row each, with the sentence that evidences it on the row of
    the article it was taken from (the other rows report the same event in other words)."""
    event = event_row(data.events, event_id)
    source = evidence_article(event, data.mentions)
    rows = []
    for article_id in split_list(event["articles"]):
        meta = data.articles[data.articles["id"] == article_id]
        first = meta.iloc[0] if len(meta) else pd.Series(dtype=object)
        here = article_id == source
        rows.append(
            {
                "article": article_id,
                "title": first.get("title"),
                "published": first.get("published"),
                "author": first.get("author"),
                "evidence": event["evidence"] if here else None,
                "char_start": event["char_start"] if here else None,
                "char_end": event["char_end"] if here else None,
            }
        )
    return pd.DataFrame(
        rows, columns=["article", "title", "published", "author", "evidence", "char_start", "char_end"]
    ).astype(
        {
            "article": "string",
            "title": "string",
            "published": "string",
            "author": "string",
            "evidence": "string",
            "char_start": "Int64",
            "char_end": "Int64",
        }
    )


def evidence_article(event: pd.Series, mentions: pd.DataFrame) -> str | None:
    """Which of the event's articles its evidence sentence comes from: the one whose mentions
    inside [char_start, char_end) read the same in the sentence. One article needs no check."""
    articles = split_list(event["articles"])
    if len(articles) <= 1:
        return articles[0] if articles else None
    start, end, sentence = int(event["char_start"]), int(event["char_end"]), str(event["evidence"])
    for article_id in articles:
        inside = mentions[
            (mentions["article"] == article_id) & (mentions["char_start"] >= start) & (mentions["char_end"] <= end)
        ]
        if len(inside) and all(
            sentence[s - start : e - start] == text
            for s, e, text in zip(inside["char_start"], inside["char_end"], inside["text"], strict=False)
        ):
            return article_id
    return None


# --- articles and entity highlighting --------------------------------------------------------


def read_article(raw_dir: Path, article_id: str) -> Article:
    """The text of one article, read from data/raw the way `extract` read it."""
    for item in read_articles(Path(raw_dir)):
        if isinstance(item, Article) and (item.id == article_id or article_id in item.duplicate_ids):
            return item
    raise KeyError(f"no readable article {article_id!r} under {raw_dir}")


def displacy_entities(article: Article, mentions: pd.DataFrame) -> dict:
    """displaCy's manual `ent` input: the article text and its mentions, labelled by actor type,
    so entities can be highlighted without loading a spaCy model."""
    rows = mentions[mentions["article"] == article.id].sort_values(["char_start", "char_end"])
    ents, last_end = [], -1
    for start, end, label in zip(rows["char_start"], rows["char_end"], rows["ner_label"], strict=False):
        if start < last_end:  # displaCy cannot draw overlapping spans: keep the first
            continue
        ents.append({"start": int(start), "end": int(end), "label": str(label).upper()})
        last_end = int(end)
    return {"text": article.text, "ents": ents, "title": article.title or article.id}


ENTITY_COLOURS = {"PERSON": "#f4b6b5", "STATE": "#a9c4e2", "ORGANIZATION": "#b5dcae"}


def render_entities(article: Article, mentions: pd.DataFrame) -> str:
    """HTML of the article with its actor mentions highlighted (displaCy `ent` style); in a
    notebook, show it with `IPython.display.HTML`."""
    from spacy import displacy

    return displacy.render(
        displacy_entities(article, mentions),
        style="ent",
        manual=True,
        jupyter=False,
        options={"colors": ENTITY_COLOURS},
    )


def error_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """Inputs that could not be read or processed, with the reason, for the analyst to fix."""
    return articles[articles["status"] == "error"][["id", "path", "error"]].reset_index(drop=True)


def counts(events: pd.DataFrame, column: str, order: Sequence[str]) -> pd.Series:
    """Events per value of `column`, every known value listed (zero included), in `order`."""
    found = events[column].value_counts()
    extra = [v for v in found.index if v not in order]
    return pd.Series({v: int(found.get(v, 0)) for v in [*order, *extra]}, name="events", dtype="int64")

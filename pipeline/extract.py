"""The `extract` run: data/raw -> articles -> results -> merged events -> tables -> graph -> exports."""
from __future__ import annotations

import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.articles import read_articles
from pipeline.event_merge import merge_events
from pipeline.export import write_outputs
from pipeline.graph import build_graph
from pipeline.processing import process_parallel, process_serial
from pipeline.schema import Article, ArticleRecord, ArticleResult
from pipeline.tables import build_tables, merge_actors

log = logging.getLogger(__name__)


class NothingProcessed(RuntimeError):
    """No article could be processed: the run failed as a whole."""


@dataclass
class RunSummary:
    """What an extract run did, printed at its end and returned to callers."""

    out_dir: Path
    processed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: int = 0
    events_by_type: Counter = field(default_factory=Counter)
    actors_by_type: Counter = field(default_factory=Counter)
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    undated_articles: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Human-readable summary lines."""
        out = [f"articles: {self.processed} processed, {self.skipped} skipped (duplicates), "
               f"{len(self.failed)} failed, in {self.seconds:.1f} s"]
        out += [f"  failed: {aid}: {reason}" for aid, reason in self.failed]
        if self.undated_articles:
            out.append(f"  no publication date (relative dates left unresolved): "
                       f"{', '.join(self.undated_articles[:10])}"
                       + (" ..." if len(self.undated_articles) > 10 else ""))
        out.append("events: " + _counts(self.events_by_type))
        out.append("actors: " + _counts(self.actors_by_type))
        out.append(f"outputs in {self.out_dir}")
        return out


def run_extract(raw_dir: Path, out_dir: Path, *, model: str | None = None, jobs: int = 1,
                strict: bool = False, progress: bool = False) -> RunSummary:
    """Extract events and actors from every article under `raw_dir` and write the outputs to `out_dir`."""
    start = time.perf_counter()
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"{raw_dir}: input folder not found")
    errors: list[ArticleRecord] = []
    articles = _good_articles(read_articles(raw_dir), errors)
    if jobs > 1:
        stream = process_parallel(model, articles, jobs)
    else:
        from pipeline.nlp import build_nlp

        stream = process_serial(build_nlp(model), articles)
    results = list(_with_progress(stream, progress))
    results += [ArticleResult(record=e) for e in errors]
    summary = _summarise(results, out_dir)
    if summary.processed == 0 and results:
        raise NothingProcessed(f"{raw_dir}: no article could be processed ({len(summary.failed)} failed)")
    if strict and summary.failed:
        raise NothingProcessed(f"{len(summary.failed)} article(s) failed and --strict was given")
    actors = merge_actors(results)
    affiliations = {a.id: f"state:{a.country}" for a in actors.values() if a.country}
    events = merge_events([m for r in results for m in r.events], affiliations=affiliations)
    tables = build_tables(results, events, actors)
    summary.outputs = write_outputs(tables, build_graph(tables), out_dir)
    summary.events_by_type = Counter(e.event_type for e in events)
    summary.actors_by_type = Counter(tables.actors["actor_type"])
    summary.seconds = time.perf_counter() - start
    return summary


def _good_articles(items: Iterable[Article | ArticleRecord], errors: list[ArticleRecord]) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Article):
            yield item
        else:
            log.warning("%s: %s", item.path, item.error)
            errors.append(item)


def _with_progress(results: Iterable[ArticleResult], enabled: bool) -> Iterator[ArticleResult]:
    if not (enabled and sys.stderr.isatty()) or os.environ.get("CI"):
        yield from results
        return
    from tqdm import tqdm

    yield from tqdm(results, unit="article", desc="extract", dynamic_ncols=True)


def _summarise(results: list[ArticleResult], out_dir: Path) -> RunSummary:
    summary = RunSummary(out_dir=out_dir)
    for r in results:
        summary.skipped += len(r.duplicate_ids)
        if r.record.status == "ok":
            summary.processed += 1
            if r.record.published is None:
                summary.undated_articles.append(r.record.id)
        else:
            summary.failed.append((r.record.id, r.record.error or "unknown error"))
    return summary


def _counts(counter: Counter) -> str:
    return ", ".join(f"{k} {v}" for k, v in counter.most_common()) or "none"

"""The `extract` run: data/raw -> articles -> results (cached) -> merged events -> tables -> exports.

Only new or changed articles reach spaCy; the others come from the cache in data/interim/. When
nothing changed since the outputs were last written, the run stops there: it neither loads the
model nor rewrites the outputs.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from pipeline import config
from pipeline.articles.reader import read_articles
from pipeline.files import write_text_atomically
from pipeline.run.cache import ResultCache, StoredResults, article_key, pipeline_signature
from pipeline.schema import Article, ArticleRecord, ArticleResult

log = logging.getLogger(__name__)

OUTPUT_NAMES = (
    "events.csv",
    "actors.csv",
    "edges.csv",
    "mentions.csv",
    "articles.csv",
    "actor_graph.graphml",
    "actor_graph.gexf",
)


class NothingProcessed(RuntimeError):
    """No article could be processed: the run failed as a whole."""


@dataclass
class RunSummary:
    """What an extract run did, printed at its end and returned to callers."""

    out_dir: Path
    processed: int = 0
    from_cache: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: int = 0
    events_by_type: Counter = field(default_factory=Counter)
    actors_by_type: Counter = field(default_factory=Counter)
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    undated_articles: list[str] = field(default_factory=list)
    up_to_date: bool = False

    def lines(self) -> list[str]:
        """Human-readable summary lines."""
        out = [
            f"articles: {self.processed} processed ({self.from_cache} from the cache), "
            f"{self.skipped} skipped (duplicates), {len(self.failed)} failed, in {self.seconds:.1f} s"
        ]
        out += [f"  failed: {aid}: {reason}" for aid, reason in self.failed]
        if self.undated_articles:
            shown = ", ".join(self.undated_articles[:10])
            more = " ..." if len(self.undated_articles) > 10 else ""
            out.append(f"  no publication date (relative dates left unresolved): {shown}{more}")
        if self.up_to_date:
            out.append(f"nothing changed: the outputs in {self.out_dir} are up to date")
            return out
        out.append("events: " + _counts(self.events_by_type))
        out.append("actors: " + _counts(self.actors_by_type))
        out.append(f"outputs in {self.out_dir}")
        return out


@dataclass
class _Progress:
    total: int | None = None
    bar: Any = None  # a tqdm bar once the first article is done


def run_extract(
    raw_dir: Path,
    out_dir: Path,
    *,
    model: str | None = None,
    jobs: int = 1,
    strict: bool = False,
    progress: bool = False,
    use_cache: bool = True,
    cache_dir: Path | None = None,
    dask: str | None = None,
) -> RunSummary:
    """Extract events and actors from every article under `raw_dir` and write the outputs to `out_dir`.

    The cache lives in `cache_dir` (`config.INTERIM_DIR` by default); `use_cache=False` processes
    everything and caches nothing (results then go to a temporary folder: a run never holds the
    results of the whole corpus in memory).
    """
    cache_dir = cache_dir or config.INTERIM_DIR
    start = time.perf_counter()
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"{raw_dir}: input folder not found")
    model = model or config.default_model_name()
    cache = ResultCache(cache_dir, pipeline_signature(model)) if use_cache else None
    with tempfile.TemporaryDirectory(prefix="pipeline-results-") as spill:
        stored = StoredResults(cache or ResultCache(Path(spill), "spill"))
        summary = RunSummary(out_dir=out_dir)
        prog = _Progress()
        triage = _Triage(cache, stored, summary)
        todo = triage.uncached(read_articles(raw_dir, on_count=lambda n: setattr(prog, "total", n)))
        fresh = 0
        for article, result in _process(todo, model, jobs, dask, prog):
            stored.add(article.id, stored.cache.put(article, result))
            _count(summary, result)
            _tick(prog, progress)
            fresh += 1
        _close(prog)
        for e in triage.errors:
            stored.add_result(ArticleResult(record=e))
            _count(summary, stored.extra[e.id])
        if summary.processed == 0 and len(stored):
            raise NothingProcessed(f"{raw_dir}: no article could be processed ({len(summary.failed)} failed)")
        if strict and summary.failed:
            raise NothingProcessed(f"{len(summary.failed)} article(s) failed and --strict was given")
        manifest = _manifest(cache, triage.keys, triage.errors, raw_dir)
        if cache is not None and not fresh and _outputs_current(cache_dir, out_dir, manifest):
            summary.up_to_date = True
        else:
            _write(stored, out_dir, summary)
            if cache is not None:
                _save_manifest(cache_dir, out_dir, manifest)
                cache.prune_other_signatures()
    summary.failed.sort()
    summary.undated_articles.sort()
    summary.seconds = time.perf_counter() - start
    return summary


class _Triage:
    """Sorts the inputs: cache hits are counted and stored, unreadable inputs set aside (`errors`),
    the rest streamed on for processing; `keys` are the cache keys of every readable article."""

    def __init__(self, cache: ResultCache | None, stored: StoredResults, summary: RunSummary) -> None:
        self.cache, self.stored, self.summary = cache, stored, summary
        self.errors: list[ArticleRecord] = []
        self.keys: list[str] = []

    def uncached(self, items: Iterable[Article | ArticleRecord]) -> Iterator[Article]:
        """The articles that need processing, lazily."""
        for item in items:
            if not isinstance(item, Article):
                log.warning("%s: %s", item.path, item.error)
                self.errors.append(item)
                continue
            key = article_key(item)
            self.keys.append(key)
            hit = self.cache.load(key) if self.cache is not None else None
            if hit is None:
                yield item
                continue
            self.stored.add(item.id, key)
            _count(self.summary, hit)
            self.summary.from_cache += 1


def _process(
    todo: Iterator[Article], model: str, jobs: int, dask: str | None, prog: _Progress
) -> Iterator[tuple[Article, ArticleResult]]:
    """Process the uncached articles; the model is loaded only if there is at least one.
    Worker processes pay for themselves only beyond a couple of batches."""
    first = next(todo, None)
    if first is None:
        return
    total = prog.total  # known once the first article is out
    articles: dict[str, Article] = {}

    def remember(stream: Iterable[Article]) -> Iterator[Article]:
        for a in stream:
            articles[a.id] = a
            yield a

    stream = remember(chain([first], todo))
    from pipeline.run import workers as processing  # imports spaCy: only when something needs processing

    if dask:
        yield from _paired(processing.process_dask(model, stream, dask, jobs), articles)
        return
    from pipeline.nlp.pipeline import build_nlp

    nlp = build_nlp(model)
    if jobs > 1 and (total is None or total > 2 * processing.BATCH_SIZE):
        results = processing.process_parallel(model, stream, jobs, nlp=nlp)  # workers inherit nlp
    else:
        results = processing.process_serial(nlp, stream)
    yield from _paired(results, articles)


def _paired(results: Iterable[ArticleResult], articles: dict[str, Article]) -> Iterator[tuple[Article, ArticleResult]]:
    for result in results:
        yield articles.pop(result.record.id), result


def _tick(prog: _Progress, enabled: bool) -> None:
    if not enabled or not sys.stderr.isatty() or os.environ.get("CI"):
        return
    if prog.bar is None:
        from tqdm import tqdm

        prog.bar = tqdm(total=prog.total, unit="article", desc="extract", dynamic_ncols=True)
    prog.bar.update(1)


def _close(prog: _Progress) -> None:
    if prog.bar is not None:
        prog.bar.close()


def _write(results: StoredResults, out_dir: Path, summary: RunSummary) -> None:
    # pandas and networkx are imported here: a run with nothing to rebuild never needs them
    from pipeline.actors.across import RelinkedResults, surname_links
    from pipeline.events.merge import merge_results
    from pipeline.outputs.export import write_outputs
    from pipeline.outputs.graph import build_graph
    from pipeline.outputs.tables import build_tables, merge_actors

    actors = merge_actors(results)
    links = surname_links(actors)  # `M. Flake` in one article, `Jeff Flake` in another: one node
    if links:
        results = RelinkedResults(results, links, actors)  # type: ignore[assignment]
        actors = merge_actors(results)
    events = merge_results(results, actors)
    tables = build_tables(results, events, actors, stream_mentions=True)
    summary.outputs = write_outputs(tables, build_graph(tables), out_dir)
    summary.events_by_type = Counter(e.event_type for e in events)
    summary.actors_by_type = Counter(tables.actors["actor_type"])


def _manifest(cache: ResultCache | None, keys: list[str], errors: list[ArticleRecord], raw_dir: Path) -> str:
    """Fingerprint of everything the outputs are made of."""
    parts = [
        cache.signature if cache else "",
        str(raw_dir.resolve()),
        *sorted(keys),
        *sorted(f"{e.id}\x1f{e.error}" for e in errors),
    ]
    return hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()


def _manifest_path(cache_dir: Path, out_dir: Path) -> Path:
    name = hashlib.sha256(str(out_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return cache_dir / "manifests" / f"{name}.json"


def _outputs_current(cache_dir: Path, out_dir: Path, manifest: str) -> bool:
    try:
        saved = json.loads(_manifest_path(cache_dir, out_dir).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return False
    return saved.get("manifest") == manifest and all((out_dir / n).is_file() for n in OUTPUT_NAMES)


def _save_manifest(cache_dir: Path, out_dir: Path, manifest: str) -> None:
    text = json.dumps({"manifest": manifest, "out_dir": str(out_dir.resolve())})
    write_text_atomically(_manifest_path(cache_dir, out_dir), text, durable=False)


def _count(summary: RunSummary, result: ArticleResult) -> None:
    """Add one article's outcome to the summary."""
    summary.skipped += len(result.duplicate_ids)
    if result.record.status == "ok":
        summary.processed += 1
        if result.record.published is None:
            summary.undated_articles.append(result.record.id)
    else:
        summary.failed.append((result.record.id, result.record.error or "unknown error"))


def _counts(counter: Counter) -> str:
    return ", ".join(f"{k} {v}" for k, v in counter.most_common()) or "none"

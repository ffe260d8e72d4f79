"""`make bench`: throughput of the full pipeline next to bare `nlp.pipe` of the same model, and memory.

Speed targets live here, not in timed tests: the share of time each of our components adds to the
model's own time is printed per component, measured in the same run over the same texts.
"""
from __future__ import annotations

import json
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from pipeline import config
from pipeline.articles import parse_published, read_articles
from pipeline.schema import Article

BENCH_FILE = config.SHARED_DIR / "corpus" / "bench" / "fr_news_mixed.jsonl"
BATCH_SIZE = 16


def default_bench_input() -> Path:
    """The shared bench corpus when present, else the sample articles."""
    return BENCH_FILE if BENCH_FILE.is_file() else config.RAW_DIR


def load_bench_articles(source: Path, limit: int | None = None) -> list[Article]:
    """Articles from a bench JSON Lines file (`{id, title, date, text}`) or from a raw folder."""
    if source.is_file() and source.suffix == ".jsonl":
        out = []
        with source.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if limit is not None and len(out) >= limit:
                    break
                rec = json.loads(line)
                published = parse_published(rec["date"]) if rec.get("date") else None
                out.append(Article(id=str(rec.get("id") or n), path=source.name, text=rec["text"],
                                   title=rec.get("title"), published=published))
        return out
    articles = [a for a in read_articles(source) if isinstance(a, Article)]
    return articles[:limit] if limit is not None else articles


def run_bench(source: Path, *, model: str | None = None, jobs: int = 1, limit: int | None = None) -> list[str]:
    """Run the benchmark and return the report lines."""
    import spacy

    from pipeline.nlp import build_nlp, make_doc
    from pipeline.processing import process_parallel
    from pipeline.records import article_result

    articles = load_bench_articles(source, limit)
    words = sum(len(a.text.split()) for a in articles)
    lines = [f"bench input: {source} ({len(articles)} articles, {words} words, "
             f"{sum(len(a.text) for a in articles)} characters)"]
    nlp = build_nlp(model)
    lines.append(f"model: {nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}")

    bare = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"])
    t_bare = _timed(lambda: _drain(bare.pipe((a.text for a in articles), batch_size=BATCH_SIZE)))
    per_component, t_full = _timed_components(nlp, articles, make_doc, article_result)
    lines.append(_rate("bare nlp.pipe, 1 process", len(articles), words, t_bare))
    lines.append(_rate("full pipeline, 1 process", len(articles), words, t_full))
    lines.append(f"  ratio full/bare throughput (1 process): {t_bare / t_full:.2f}")
    model_time = sum(t for name, t in per_component.items() if name in bare.pipe_names or name == "tokenizer")
    for name, t in per_component.items():
        extra = "" if name in bare.pipe_names or name == "tokenizer" else f"  (+{100 * t / model_time:.1f}% of the model's time)"
        lines.append(f"  component {name:<16} {t:8.2f} s{extra}")

    if jobs > 1:
        t_bare_n = _timed(lambda: _drain(bare.pipe((a.text for a in articles), batch_size=BATCH_SIZE,
                                                   n_process=jobs)))
        t_full_n = _timed(lambda: _drain(process_parallel(model, iter(articles), jobs)))
        lines.append(_rate(f"bare nlp.pipe, {jobs} processes", len(articles), words, t_bare_n))
        lines.append(_rate(f"full pipeline, {jobs} processes", len(articles), words, t_full_n))
        lines.append(f"  ratio full/bare throughput ({jobs} processes): {t_bare_n / t_full_n:.2f}")
        lines.append(f"  speed-up of the full pipeline from 1 to {jobs} processes: {t_full / t_full_n:.2f}")
    lines.append(f"peak memory: this process {_peak_mb(resource.RUSAGE_SELF):.0f} MB, "
                 f"largest worker {_peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")
    return lines


def _timed_components(nlp, articles, make_doc, article_result) -> tuple[dict[str, float], float]:
    """Run the pipeline batch by batch, timing the tokenizer and each component separately."""
    times: dict[str, float] = defaultdict(float)
    start = time.perf_counter()
    for i in range(0, len(articles), BATCH_SIZE):
        batch = articles[i:i + BATCH_SIZE]
        t0 = time.perf_counter()
        docs = [make_doc(nlp, a) for a in batch]
        times["tokenizer"] += time.perf_counter() - t0
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            docs = list(proc.pipe(docs, batch_size=BATCH_SIZE)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            times[name] += time.perf_counter() - t0
        t0 = time.perf_counter()
        for a, d in zip(batch, docs):
            article_result(a, d)
        times["records"] += time.perf_counter() - t0
    return dict(times), time.perf_counter() - start


def _drain(it: Iterator) -> None:
    for _ in it:
        pass


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _rate(label: str, n_articles: int, words: int, seconds: float) -> str:
    return (f"{label:<32} {seconds:8.2f} s  {n_articles / seconds:8.1f} articles/s  "
            f"{words / seconds:9.0f} words/s")


def _peak_mb(who: int) -> float:
    kb = resource.getrusage(who).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024

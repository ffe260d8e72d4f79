"""`make bench`: throughput of the full pipeline next to bare `nlp.pipe` of the same model, and memory.

Speed targets live here, not in timed tests. In one run, over the same texts: bare `nlp.pipe` and
the full pipeline with one process (with the time of each component), the same with `jobs`
processes, then a whole `extract` in a subprocess whose process tree is sampled for peak memory;
`replicate` repeats that on the corpus copied N times, to show memory does not grow with it.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from pipeline import config
from pipeline.articles.reader import parse_published, read_articles
from pipeline.run.memory import PeakMemory
from pipeline.schema import Article

BENCH_FILE = config.SHARED_DIR / "corpus" / "bench" / "fr_news_mixed.jsonl"
BATCH_SIZE = 16
TIMING_RUNS = 3  # the 1-process throughputs are the best of this many passes each


def default_bench_input() -> Path:
    """The shared bench corpus when present, else the sample articles."""
    return BENCH_FILE if BENCH_FILE.is_file() else config.RAW_DIR


def load_bench_articles(source: Path, limit: int | None = None) -> list[Article]:
    """Articles from a bench JSON Lines file (`{id, title, date, text}`) or from a raw folder."""
    if source.is_file() and source.suffix == ".jsonl":
        out: list[Article] = []
        for n, rec in enumerate(_records(source), 1):
            if limit is not None and len(out) >= limit:
                break
            published = parse_published(rec["date"]) if rec.get("date") else None
            out.append(
                Article(
                    id=str(rec.get("id") or n),
                    path=source.name,
                    text=rec["text"],
                    title=rec.get("title"),
                    published=published,
                )
            )
        return out
    articles = [a for a in read_articles(source) if isinstance(a, Article)]
    return articles[:limit] if limit is not None else articles


def run_bench(
    source: Path, *, model: str | None = None, jobs: int = 1, limit: int | None = None, replicate: int = 1
) -> list[str]:
    """Run the benchmark and return the report lines."""
    articles = load_bench_articles(source, limit)
    words = sum(len(a.text.split()) for a in articles)
    lines = [
        f"bench input: {source} ({len(articles)} articles, {words} words, "
        f"{sum(len(a.text) for a in articles)} characters)"
    ]
    lines += _throughput(source, articles, words, model, jobs)
    gc.collect()  # both models are gone before the memory of a whole extract is measured
    for copies in sorted({1, replicate}):
        lines.append(_extract_memory(articles, copies, model, jobs))
    lines += _incremental(articles, model, jobs)
    return lines


def _throughput(source: Path, articles: list[Article], words: int, model: str | None, jobs: int) -> list[str]:
    """Bare `nlp.pipe` against the full pipeline, with one process and with `jobs`."""
    import spacy

    from pipeline.nlp.pipeline import build_nlp

    lines = []
    nlp = build_nlp(model)
    name = f"{nlp.meta['lang']}_{nlp.meta['name']}"
    lines.append(f"model: {name}-{nlp.meta['version']}")
    bare = spacy.load(name)
    warm = articles[:BATCH_SIZE]  # lookup tables and caches load on first use: not part of the rate
    _drain(bare.pipe((a.text for a in warm), batch_size=BATCH_SIZE))
    _timed_components(nlp, warm)
    # each pass in a fresh process, as `extract` runs (the lemmatizer's cache and ours start empty),
    # streamed the same way, bare and full in turns, the best of `TIMING_RUNS` each: one pass varies
    # by about a second from run to run on a shared machine, more than the gap measured. The
    # component times come from further passes here, one component at a time (which costs the model
    # itself more than streaming does), each component's time the least of `TIMING_RUNS` passes: a
    # single pass moved the event extractor's share by three points from one run to the next
    t_bare, t_full = _best_in_turns(
        lambda: _fresh_pass("bare", source, len(articles), model),
        lambda: _fresh_pass("full", source, len(articles), model),
    )
    per_component, t_split = _best_components(nlp, articles)
    lines += _compare(f"1 process, best of {TIMING_RUNS}", len(articles), words, t_bare, t_full)
    lines.append(f"  component by component (for the shares below): {t_split:.2f} s")
    lines += _component_lines(per_component, set(bare.pipe_names))
    if jobs > 1:
        from pipeline.run.workers import process_parallel

        def bare_pass() -> None:
            _drain(bare.pipe((a.text for a in articles), batch_size=BATCH_SIZE, n_process=jobs))

        t_bare_n, t_full_n = _best_in_turns(  # worker processes start afresh at each pass
            lambda: _timed(bare_pass),
            lambda: _timed(lambda: _drain(process_parallel(model, iter(articles), jobs, nlp=nlp))),
        )
        lines += _compare(f"{jobs} processes, best of {TIMING_RUNS}", len(articles), words, t_bare_n, t_full_n)
        lines.append(f"  speed-up of the full pipeline from 1 to {jobs} processes: {t_full / t_full_n:.2f}")
    return lines


RERUN_TARGET_S = 3.0


def _incremental(articles: list[Article], model: str | None, jobs: int) -> list[str]:
    """`extract` twice with a cache: the second run, with nothing new, must take under 3 s."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = _write_corpus(Path(tmp), articles, 1)
        cmd = [
            sys.executable,
            "-m",
            "pipeline",
            "extract",
            str(raw),
            str(Path(tmp) / "out"),
            "--cache-dir",
            str(Path(tmp) / "interim"),
            "--jobs",
            str(jobs),
        ] + (["--model", model] if model else [])
        times = []
        for _ in range(2):
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - start)
    verdict = "within" if times[1] < RERUN_TARGET_S else "OVER"
    return [
        f"extract with the cache: first run {times[0]:.1f} s, second run (nothing new) {times[1]:.2f} s "
        f"({verdict} the {RERUN_TARGET_S:.0f} s target)"
    ]


def _extract_memory(articles: list[Article], copies: int, model: str | None, jobs: int) -> str:
    """A whole `extract` (no cache) in a subprocess over the corpus copied `copies` times."""
    with tempfile.TemporaryDirectory() as tmp:
        raw, out = _write_corpus(Path(tmp), articles, copies), Path(tmp) / "out"
        cmd = [sys.executable, "-m", "pipeline", "extract", str(raw), str(out), "--no-cache", "--jobs", str(jobs)]
        if model:
            cmd += ["--model", model]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with PeakMemory(proc.pid) as peak:
            proc.wait()
        seconds = time.perf_counter() - start
    status = "ok" if proc.returncode == 0 else f"exit {proc.returncode}"
    return (
        f"extract, corpus x{copies} ({copies * len(articles)} articles, {jobs} jobs, {status}): "
        f"{seconds:.1f} s, peak memory of the run and its workers {peak.megabytes:.0f} MB"
    )


def _write_corpus(folder: Path, articles: list[Article], copies: int) -> Path:
    """A raw folder holding the corpus, copied `copies` times, as one JSON Lines file."""
    raw = folder / "raw"
    raw.mkdir()
    with (raw / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for record in _replicated(articles, copies):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return raw


def _replicated(articles: list[Article], copies: int) -> Iterator[dict]:
    for k in range(copies):
        for a in articles:
            suffix = "" if k == 0 else f"\n(copie {k})"  # distinct texts: copies are not deduplicated
            yield {
                "id": a.id if k == 0 else f"{a.id}~{k}",
                "text": a.text + suffix,
                "title": a.title,
                "date": a.published.isoformat() if a.published else None,
            }


def _full_records(nlp, articles: list[Article]) -> Iterator[object]:
    """The full pipeline as `extract` runs it, streamed in batches, down to each article's records."""
    from pipeline.nlp.pipeline import parse_articles
    from pipeline.nlp.records import article_result

    for article, doc in parse_articles(nlp, articles, batch_size=BATCH_SIZE):
        yield article_result(article, doc)


def _timed_components(nlp, articles: list[Article]) -> tuple[dict[str, float], float]:
    """Run the pipeline batch by batch, timing the tokenizer and each component separately."""
    from pipeline.nlp.pipeline import make_doc
    from pipeline.nlp.records import article_result

    times: dict[str, float] = defaultdict(float)
    start = time.perf_counter()
    for i in range(0, len(articles), BATCH_SIZE):
        batch = articles[i : i + BATCH_SIZE]
        t0 = time.perf_counter()
        docs = [make_doc(nlp, a) for a in batch]
        times["tokenizer"] += time.perf_counter() - t0
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            docs = list(proc.pipe(docs, batch_size=BATCH_SIZE)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            times[name] += time.perf_counter() - t0
        t0 = time.perf_counter()
        for a, d in zip(batch, docs, strict=False):
            article_result(a, d)
        times["records"] += time.perf_counter() - t0
    return dict(times), time.perf_counter() - start


# The whole pipeline keeps at least this share of the bare model's throughput, and each of our
# components costs at most this share of the model's own time.
RATIO_TARGET = 0.85
COMPONENT_SHARE_TARGET = 0.10
# The event extractor reads the whole parse of every sentence; issue 11 allows it 15 % of the model's time.
COMPONENT_SHARE_TARGETS = {"event_extractor": 0.15}


def _best_components(nlp, articles: list[Article]) -> tuple[dict[str, float], float]:
    """Each component's least time over `TIMING_RUNS` passes of `_timed_components`, and the least total."""
    best: dict[str, float] = {}
    best_total = float("inf")
    for _ in range(TIMING_RUNS):
        times, total = _timed_components(nlp, articles)
        for name, t in times.items():
            best[name] = min(best.get(name, t), t)
        best_total = min(best_total, total)
    return best, best_total


def _compare(label: str, n: int, words: int, t_bare: float, t_full: float) -> list[str]:
    ratio = t_bare / t_full
    verdict = "within" if ratio >= RATIO_TARGET else "UNDER"
    return [
        _rate(f"bare nlp.pipe, {label}", n, words, t_bare),
        _rate(f"full pipeline, {label}", n, words, t_full),
        f"  ratio full/bare throughput ({label}): {ratio:.2f} ({verdict} the {RATIO_TARGET} target)",
    ]


def _component_lines(per_component: dict[str, float], model_components: set[str]) -> list[str]:
    own = model_components | {"tokenizer"}
    model_time = sum(t for name, t in per_component.items() if name in own)
    lines = []
    for name, t in per_component.items():
        share = t / model_time
        target = COMPONENT_SHARE_TARGETS.get(name, COMPONENT_SHARE_TARGET)
        verdict = "within" if share <= target else "OVER"
        extra = "" if name in own else f"  (+{100 * share:.1f}% of the model's time, {verdict} the {target:.0%} target)"
        lines.append(f"  component {name:<16} {t:8.2f} s{extra}")
    return lines


def _records(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _drain(it) -> None:
    for _ in it:
        pass


def _best_in_turns(first: Callable[[], float], second: Callable[[], float]) -> tuple[float, float]:
    """The least of `TIMING_RUNS` times (seconds each call returns) of each, taken in turns so both
    see the same machine."""
    best_first, best_second = float("inf"), float("inf")
    for _ in range(TIMING_RUNS):
        best_first = min(best_first, first())
        best_second = min(best_second, second())
    return best_first, best_second


def _fresh_pass(kind: str, source: Path, limit: int, model: str | None) -> float:
    """Seconds of one streamed pass (`bare` nlp.pipe or the `full` pipeline) in a new process."""
    cmd = [sys.executable, "-m", "pipeline.run.bench", kind, str(source), str(limit)] + ([model] if model else [])
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


def one_pass(kind: str, source: Path, limit: int, model: str | None = None) -> float:
    """Load the model (bare or full), warm it on one batch, and time one streamed pass over the articles."""
    from pipeline.nlp.pipeline import build_nlp, load_model

    articles = load_bench_articles(source, limit)
    warm = articles[:BATCH_SIZE]
    if kind == "bare":
        bare = load_model(model)
        _drain(bare.pipe((a.text for a in warm), batch_size=BATCH_SIZE))
        return _timed(lambda: _drain(bare.pipe((a.text for a in articles), batch_size=BATCH_SIZE)))
    nlp = build_nlp(model)
    _drain(_full_records(nlp, warm))
    return _timed(lambda: _drain(_full_records(nlp, articles)))


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _rate(label: str, n_articles: int, words: int, seconds: float) -> str:
    return f"{label:<32} {seconds:8.2f} s  {n_articles / seconds:8.1f} articles/s  {words / seconds:9.0f} words/s"


if __name__ == "__main__":  # `python -m pipeline.run.bench bare|full SOURCE LIMIT [MODEL]`: one fresh pass
    print(one_pass(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else None))

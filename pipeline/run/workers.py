"""Articles -> `ArticleResult`s: in this process, in worker processes, or on a Dask cluster.

Memory stays bounded whatever the corpus: articles are read lazily, sent in small batches with a
fixed number of batches in flight, and each result is handed on as soon as it is ready. Each
worker loads the model once. A worker that dies (killed, out of memory) costs only the articles
it held: they are retried once, one by one, and then recorded as failed.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from spacy.language import Language

from pipeline.nlp.pipeline import build_nlp, parse_articles
from pipeline.nlp.records import article_result, failed_result
from pipeline.schema import Article, ArticleResult

log = logging.getLogger(__name__)

BATCH_SIZE = 16
IN_FLIGHT_PER_WORKER = 2
# Worker processes are replaced after this many batches: a long-lived spaCy process keeps growing
# (string store, allocator fragmentation); a fresh fork of the parent costs nothing.
RECYCLE_AFTER_BATCHES = 60


def process_batch(nlp: Language, articles: list[Article]) -> list[ArticleResult]:
    """Process a batch; if it fails, process its articles one by one so one bad article costs only itself.
    A batch of one article that fails is recorded as failed too: a run of a single file never stops."""
    try:
        return [article_result(a, doc) for a, doc in parse_articles(nlp, articles, batch_size=BATCH_SIZE)]
    except Exception as exc:  # noqa: BLE001 - any failure inside spaCy or our components
        if len(articles) == 1:
            return [_failed(articles[0], exc)]
    results: list[ArticleResult] = []
    for article in articles:
        try:
            results.extend(article_result(a, doc) for a, doc in parse_articles(nlp, [article], batch_size=1))
        except Exception as exc:  # noqa: BLE001
            results.append(_failed(article, exc))
    return results


def _failed(article: Article, exc: Exception) -> ArticleResult:
    log.warning("%s: processing failed: %s", article.id, exc)
    return failed_result(article, f"processing failed: {type(exc).__name__}: {exc}")


def process_serial(nlp: Language, articles: Iterable[Article]) -> Iterator[ArticleResult]:
    """Process articles in this process, batch by batch."""
    for batch in batches(articles, BATCH_SIZE):
        yield from process_batch(nlp, batch)


def batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of at most `size` items, read lazily."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


# --- worker processes -------------------------------------------------------------------------

_WORKER_NLP: Language | None = None


def _init_worker(model: str | None) -> None:
    global _WORKER_NLP
    if _WORKER_NLP is None:  # not inherited from the parent (spawn start method)
        _WORKER_NLP = build_nlp(model)


def _work(articles: list[Article]) -> list[ArticleResult]:
    assert _WORKER_NLP is not None, "worker not initialised"
    return process_batch(_WORKER_NLP, articles)


def process_parallel(
    model: str | None, articles: Iterable[Article], jobs: int, nlp: Language | None = None
) -> Iterator[ArticleResult]:
    """Process articles in `jobs` worker processes, each with the model loaded once.

    Given `nlp` (already built in this process), forked workers inherit it instead of loading
    their own: they start at once and share the model's memory pages with the parent, as
    spaCy's own `n_process` does. When a worker dies, every batch in flight is lost with the
    pool. Their articles are retried one at a time with nothing else in flight, so a second death
    names its article for sure.
    """
    global _WORKER_NLP
    if nlp is not None and multiprocessing.get_start_method() == "fork":
        _WORKER_NLP = nlp
    source = batches(articles, BATCH_SIZE)
    retries: deque[list[Article]] = deque()  # single articles awaiting their isolated retry
    pool = _new_pool(model, jobs)
    inflight: dict[Future, tuple[list[Article], bool]] = {}
    submitted = 0
    recycle = _WORKER_NLP is not None  # only when a fresh worker starts for free (forked)
    try:
        while True:
            if recycle and submitted >= RECYCLE_AFTER_BATCHES * jobs and not inflight:
                pool.shutdown(wait=True)
                pool, submitted = _new_pool(model, jobs), 0
            if retries and not inflight:
                batch = retries.popleft()
                inflight[pool.submit(_work, batch)] = (batch, True)
            while not retries and len(inflight) < IN_FLIGHT_PER_WORKER * jobs:
                if recycle and submitted >= RECYCLE_AFTER_BATCHES * jobs:
                    break  # drain, then replace the workers
                fresh = next(source, None)
                if fresh is None:
                    break
                inflight[pool.submit(_work, fresh)] = (fresh, False)
                submitted += 1
            if not inflight:
                if recycle and submitted >= RECYCLE_AFTER_BATCHES * jobs:
                    continue
                return
            done, _ = wait(inflight, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                batch, isolated = inflight.pop(future)
                try:
                    yield from future.result()
                except BrokenProcessPool:
                    broken = True
                    yield from _after_death(batch, isolated, retries)
            if broken:
                for future, (batch, isolated) in list(inflight.items()):
                    future.cancel()
                    yield from _after_death(batch, isolated, retries)
                inflight.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _new_pool(model, jobs)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _new_pool(model: str | None, jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(model,))


def _after_death(batch: list[Article], isolated: bool, retries: deque[list[Article]]) -> list[ArticleResult]:
    """A batch lost with a dead pool: retry its articles alone; an article that kills its
    worker when alone is recorded as failed."""
    if not isolated:
        retries.extend([a] for a in batch)
        return []
    log.warning("%s: the worker died twice on this article", batch[0].id)
    return [failed_result(a, "worker died while processing this article (tried twice)") for a in batch]


# --- Dask ---------------------------------------------------------------------------------------


def _dask_work(articles: list[Article], model: str | None) -> list[ArticleResult]:
    """Runs on a Dask worker: the model is loaded once per worker process and kept."""
    _init_worker(model)
    return _work(articles)


def process_dask(model: str | None, articles: Iterable[Article], address: str, jobs: int) -> Iterator[ArticleResult]:
    """Process articles on a Dask cluster (`tcp://host:8786`), or on a local one (`local`)."""
    try:
        from dask.distributed import Client, LocalCluster
        from dask.distributed import wait as dask_wait
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError("--dask needs the dask extra: pip install -e '.[dask]'") from exc
    cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True) if address == "local" else None
    client = Client(cluster if cluster is not None else address)
    workers = max(len(client.scheduler_info().get("workers", {})), 1)
    try:
        source = batches(articles, BATCH_SIZE)
        inflight: dict = {}
        while True:
            while len(inflight) < IN_FLIGHT_PER_WORKER * workers:
                fresh = next(source, None)
                if fresh is None:
                    break
                inflight[client.submit(_dask_work, fresh, model, pure=False, retries=1)] = fresh
            if not inflight:
                return
            done, _ = dask_wait(list(inflight), return_when="FIRST_COMPLETED")
            for future in done:
                batch = inflight.pop(future)
                try:
                    yield from future.result()
                except Exception as exc:  # noqa: BLE001 - a worker lost twice, or a task error
                    log.warning("a Dask task failed on %d articles: %s", len(batch), exc)
                    yield from (failed_result(a, f"Dask worker failed: {type(exc).__name__}: {exc}") for a in batch)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

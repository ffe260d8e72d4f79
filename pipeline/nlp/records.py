"""Annotated `Doc` -> `ArticleResult`: the plain records that leave spaCy.

Everything after this step (merging, tables, graph, exports, caches, worker processes) works on
these frozen records, never on `Doc`s, so a result can be cached or sent between processes.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.articles.metadata import byline_spans
from pipeline.articles.reader import record_for
from pipeline.nlp.extensions import ACTORS_KEY, DATES_KEY
from pipeline.nlp.syntax import sentence_number, sentence_starts
from pipeline.schema import Actor, Article, ArticleResult, DateValue, Mention


def article_result(article: Article, doc: Doc) -> ArticleResult:
    """Collect the actors, mentions, dates and event mentions the components left on `doc`.

    The article's author (`par Claire Dumas`) is metadata, already in `articles.csv`: mentions on
    its byline are dropped here, and an actor named nowhere else with them."""
    events = tuple(doc._.event_mentions or ())
    every = _mentions(article.id, doc)
    mentions = _without_byline(every, byline_spans(article.text, article.author))
    used = {m.actor_id for m in mentions} | {a for e in events for a in e.actors}
    authors = {m.actor_id for m in every} - used  # named only on the byline
    return ArticleResult(
        record=record_for(article),
        actors=tuple(a for a in _actors(doc) if a.id not in authors),
        mentions=mentions,
        events=events,
        dates=tuple(_dates(doc)),
        duplicate_ids=article.duplicate_ids,
    )


def _without_byline(mentions: tuple[Mention, ...], bylines: list[tuple[int, int]]) -> tuple[Mention, ...]:
    return tuple(m for m in mentions if not any(s <= m.char_start < e for s, e in bylines))


def failed_result(article: Article, reason: str) -> ArticleResult:
    """The result of an article whose processing failed: recorded, never silently dropped."""
    return ArticleResult(record=record_for(article, status="error", error=reason), duplicate_ids=article.duplicate_ids)


def _actors(doc: Doc) -> tuple[Actor, ...]:
    registry = doc._.actors or {}
    return tuple(registry[k] for k in sorted(registry))


def _mentions(article_id: str, doc: Doc) -> tuple[Mention, ...]:
    starts = sentence_starts(doc)
    out = []
    for span in doc.spans.get(ACTORS_KEY, []):
        out.append(
            Mention(
                article=article_id,
                char_start=span.start_char,
                char_end=span.end_char,
                text=span.text,
                ner_label=span.label_,
                actor_id=span._.actor_id,
                sentence=sentence_number(starts, span.start_char),
            )
        )
    return tuple(sorted(out, key=lambda m: (m.char_start, m.char_end)))


def _dates(doc: Doc) -> list[DateValue]:
    return [span._.date_value for span in doc.spans.get(DATES_KEY, []) if span._.date_value is not None]

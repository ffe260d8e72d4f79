"""Annotated `Doc` -> `ArticleResult`: the plain records that leave spaCy.

Everything after this step (merging, tables, graph, exports, caches, worker processes) works on
these frozen records, never on `Doc`s, so a result can be cached or sent between processes.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.articles.reader import record_for
from pipeline.nlp.extensions import ACTORS_KEY, DATES_KEY
from pipeline.nlp.syntax import sentence_number, sentence_starts
from pipeline.schema import Actor, Article, ArticleResult, DateValue, Mention


def article_result(article: Article, doc: Doc) -> ArticleResult:
    """Collect the actors, mentions, dates and event mentions the components left on `doc`."""
    return ArticleResult(
        record=record_for(article),
        actors=_actors(doc),
        mentions=_mentions(article.id, doc),
        events=tuple(doc._.event_mentions or ()),
        dates=tuple(_dates(doc)),
        duplicate_ids=article.duplicate_ids,
    )


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

"""Custom attributes on spaCy `Doc` and `Span`, registered once, shared by every component.

The flow between components is the `Doc` itself (spaCy's idiom):
- `doc._.article_id`, `doc._.published` are set before the pipeline runs (see `nlp.py`);
- the temporal tagger writes `doc.spans["dates"]`, each span with `span._.date_value`;
- the actor resolver writes `doc.spans["actors"]` (each span with `span._.actor_id`,
  `span._.mention_kind`), `doc.spans["places"]` (places kept as event locations, not actors)
  `doc.spans["compounds"]` (compound demonyms, `franco-britannique`, each span with
  `span._.state_ids`) and `doc._.actors` (id -> Actor for every actor mentioned);
- the event extractor writes `doc._.event_mentions`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

DATES_KEY = "dates"
ACTORS_KEY = "actors"
PLACES_KEY = "places"
COMPOUNDS_KEY = "compounds"

_DOC_EXTENSIONS = {
    "article_id": None,
    "published": None,
    "actors": None,
    "event_mentions": None,
}
_SPAN_EXTENSIONS = {
    "date_value": None,
    "actor_id": None,
    "mention_kind": None,
    "state_ids": None,
}


def register_extensions() -> None:
    """Register the attributes; safe to call many times (each worker process calls it)."""
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in _SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()

"""Compound demonyms that name two or more states: `franco-britannique`, `sino-américains`,
`israélo-palestinien`. Every part but the last is a combining form (models/actors/combining_forms.csv,
loaded with the knowledge base), the last one a demonym of the knowledge base. `nord-coréen` is one
state's own demonym, not a compound.

The actor resolver marks them in `doc.spans["compounds"]` (each span with `span._.state_ids`), so
that the event extractor reads `le sommet franco-britannique` as a summit of two states without
looking anything up in the knowledge base itself.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.actors.kb.model import KnowledgeBase
from pipeline.nlp.extensions import COMPOUNDS_KEY
from pipeline.nlp.tokens import token_texts
from pipeline.text import word_key


def compound_states(word: str, kb: KnowledgeBase) -> tuple[str, ...]:
    """The states a compound demonym names, in order, or () when the word is no such compound."""
    parts = word.split("-")
    if len(parts) < 2 or kb.by_adjective(word) is not None:
        return ()
    last = kb.by_adjective(parts[-1])
    states = [kb.combining_forms.get(word_key(p)) for p in parts[:-1]] + [last.id if last is not None else None]
    if any(s is None for s in states) or len(set(states)) < 2:
        return ()
    return tuple(s for s in states if s is not None)


def hyphenated_start(token: Token) -> int:
    """Where the hyphenated word ending at `token` starts, when the tokenizer split it
    (`germano` `-` `polonais`); the token's own index otherwise."""
    doc, k = token.doc, token.i
    while k >= 2 and doc[k - 1].text == "-" and doc[k - 1].idx == doc[k - 2].idx + len(doc[k - 2].text):
        k -= 2
    return k


def compound_spans(doc: Doc, kb: KnowledgeBase) -> list[Span]:
    """Every compound demonym of the document as a span carrying the states it names."""
    spans = []
    words = token_texts(doc)  # most documents have few hyphens: no Token built for the others
    for i, word in enumerate(words):
        if not ("-" in word or (i and words[i - 1] == "-")):
            continue
        start = hyphenated_start(doc[i])
        states = compound_states("-".join(w for w in words[start : i + 1] if w != "-"), kb)
        if states:
            span = Span(doc, start, i + 1, label="COMPOUND")
            span._.state_ids = states
            spans.append(span)
    return spans


def compound_at(token: Token) -> tuple[str, ...]:
    """The states named by the compound demonym ending at `token`, as the actor resolver marked it."""
    group = token.doc.spans.get(COMPOUNDS_KEY, [])
    return next((tuple(s._.state_ids) for s in group if s.end == token.i + 1), ())

"""Reading a Doc's tokens in bulk.

Iterating a `Doc` builds one `Token` object per token; a component that only needs the words of a
whole document (to look words up in a table, to find hyphens) reads them from the token array.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from spacy.attrs import ORTH
from spacy.tokens import Doc

T = TypeVar("T")
_DERIVED_KEY = "news_token_arrays"  # `doc.user_data` key: name -> (len(doc), what was read off the tokens)


def per_doc(doc: Doc, name: str, build: Callable[[Doc], T]) -> T:
    """`build(doc)`, computed once per `Doc` and kept in `doc.user_data`: several components read the
    same words of a document. What was read is forgotten when the doc is retokenised
    (`forget_tokens`; a different length tells it too). Callers must not change what they get."""
    store: dict[str, tuple[int, Any]] = doc.user_data.setdefault(_DERIVED_KEY, {})
    found = store.get(name)
    if found is None or found[0] != len(doc):
        found = store[name] = (len(doc), build(doc))
    return found[1]


def forget_tokens(doc: Doc) -> None:
    """Drop what `per_doc` kept: to call after retokenising `doc`."""
    doc.user_data.pop(_DERIVED_KEY, None)


def token_texts(doc: Doc) -> list[str]:
    """The text of each token, in order: `[t.text for t in doc]` without a `Token` per token (read once
    per `Doc`: the returned list is shared, do not change it)."""
    return per_doc(doc, "texts", _token_texts)


def lower_texts(doc: Doc) -> list[str]:
    """Each token's text lower-cased, in order, read once per `Doc` (shared: do not change it)."""
    return per_doc(doc, "lower_texts", _lower_texts)


def _lower_texts(doc: Doc) -> list[str]:
    return [w.lower() for w in token_texts(doc)]


def _token_texts(doc: Doc) -> list[str]:
    return list(map(doc.vocab.strings.__getitem__, doc.to_array(ORTH).tolist())) if len(doc) else []


_TEXT_KEY = "news_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per `Doc`.

    spaCy rebuilds `doc.text` from every token at each call (a `Token` object per token); the
    sentencizer, the actor resolver and the live-blog reader each need the whole text. A `Doc`'s
    text never changes once tokenised (merging tokens keeps it), so the first join, or the
    article's own text set by `remember_text`, serves every later reader.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text `doc` was tokenised from, so `doc_text` needs no join."""
    doc.user_data[_TEXT_KEY] = text


# Typographic apostrophes (`’`, `ʼ`) read as the plain one: the model, the lexicons and the rules know
# `s'est`, `d'une`, `l'armée`; French wire copy mostly prints `s’est`. One character for one, so every
# offset into the plain text is an offset into the article's own; quotes (evidence, trigger) show the
# plain apostrophe.
_PLAIN_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})


def plain_apostrophes(text: str) -> str:
    """`text` with its typographic apostrophes made plain, character for character."""
    return text.translate(_PLAIN_APOSTROPHES)

"""Reading a Doc's tokens in bulk.

Iterating a `Doc` builds one `Token` object per token; a component that only needs the words of a
whole document (to look words up in a table, to find hyphens) reads them from the token array.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc


def token_texts(doc: Doc) -> list[str]:
    """The text of each token, in order: `[t.text for t in doc]` without a `Token` per token."""
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()] if len(doc) else []


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

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

"""What the parse repair tests read of a word: where it hangs and with which label."""

from __future__ import annotations

from spacy.tokens import Doc


def head_of(doc: Doc, word: str) -> tuple[str, str]:
    """(text of the head, dependency label) of the first token spelled `word`."""
    token = next(t for t in doc if t.text == word)
    return token.head.text, token.dep_

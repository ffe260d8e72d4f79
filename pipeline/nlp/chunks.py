"""Long documents: the model parses a book-length text in paragraph-aligned chunks, and our components
then run once over the whole document.

spaCy refuses a text above `nlp.max_length` (error E088) because the parser's memory grows with the
text it holds. A 3 MB report is split at paragraph breaks (`\\n\\n`, else a line break, else a
sentence end, else a space) into chunks of at most `chunk_chars` characters; the model's own
components (tok2vec, parser, NER...) run on one chunk at a time, and the annotated chunks are joined
with `Doc.from_docs` into one `Doc` whose text is exactly the article's. The temporal tagger, actor
resolver and event extractor then see the whole document, so a surname defined in chapter 1 still
resolves in chapter 3, `le lendemain` at the start of a chunk anchors on the previous chunk's last
date, and every offset is relative to the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

# Where a chunk may end, best first: after a blank line, a line break, a sentence end, a space.
_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?»]\s+"), re.compile(r"\s+"))
# A chunk is cut at the best break in its last quarter: smaller chunks would waste the budget.
_MIN_SHARE = 0.75


def chunk_bounds(text: str, max_chars: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive chunks covering `text`, none longer than `max_chars`.

    Each chunk ends after a paragraph break when one lies in its last quarter (else a line break,
    a sentence end, a space; then the same anywhere in the chunk; a text without any is cut hard),
    so joining the chunks gives `text`.
    """
    if max_chars < 1:
        raise ValueError(f"chunk size must be positive, got {max_chars}")
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > max_chars:
        end = _break_before(text, start, start + max_chars)
        bounds.append((start, end))
        start = end
    if start < len(text) or not bounds:
        bounds.append((start, len(text)))
    return bounds


def _break_before(text: str, start: int, limit: int) -> int:
    """The end (after its whitespace) of the last best break in the chunk's last quarter, else in
    the whole chunk, else `limit`."""
    for low in (start + int((limit - start) * _MIN_SHARE), start + 1):
        window = text[low:limit]
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window)]
            if ends:
                return low + ends[-1]
    return limit


def parse_long(
    nlp: Language, text: str, max_chars: int, custom: tuple[str, ...], prepare: Callable[[Doc], None]
) -> Doc:
    """Run `nlp` over a long `text` in chunks: the model's components chunk by chunk, then the `custom`
    components once over the joined `Doc`, after `prepare` has set its extensions (id, date)."""
    chunks = list(_model_chunks(nlp, text, max_chars, custom))
    # spaCy's type stub lacks `exclude`, which `Doc.from_docs` has had since v3.3
    joined = Doc.from_docs(chunks, ensure_whitespace=False, exclude=["tensor", "user_data"])  # type: ignore[call-arg]
    del chunks
    prepare(joined)
    for name, component in nlp.pipeline:
        if name in custom:
            joined = component(joined)
    return joined


def _model_chunks(nlp: Language, text: str, max_chars: int, custom: tuple[str, ...]) -> Iterator[Doc]:
    """Each chunk annotated by the model's components; its tensor is dropped (only the parse is kept)."""
    texts = (text[s:e] for s, e in chunk_bounds(text, max_chars))
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n in custom]):
        for chunk in nlp.pipe(texts, batch_size=1):
            chunk.tensor = chunk.tensor[:0]  # the tok2vec output: 4 bytes x width per token, not needed after
            yield chunk

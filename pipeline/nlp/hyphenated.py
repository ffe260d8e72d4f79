"""Hyphenated common words kept one token (`état-major`, `Proche-Orient`): the tokenizer setting that the
pipeline and the title patterns of the actor knowledge base share, so both read the same words."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import cast

from spacy.language import Language
from spacy.tokenizer import Tokenizer

from pipeline import config

HYPHENATED_WORDS_PATH = config.MODELS_DIR / "nlp" / "hyphenated_words.txt"


@lru_cache(maxsize=1)
def _hyphenated_words(path: Path = HYPHENATED_WORDS_PATH) -> frozenset[str]:
    """The hyphenated words kept whole (models/nlp/hyphenated_words.txt), lower case."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def extend_token_match(nlp: Language, accept: Callable[[str], object]) -> None:
    """Make the tokenizer keep whole the words `accept` says yes to, on top of what it kept already."""
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    base = tokenizer.token_match

    def token_match(text: str) -> object:
        return accept(text) or (base(text) if base is not None else None)

    tokenizer.token_match = token_match


def keep_hyphenated_words(nlp: Language) -> None:
    """`le chef d'état-major nigérien` keeps `état-major` one word, as spaCy keeps `porte-parole`: split
    into `état`, `-`, `major`, the parser hangs the demonym on the piece it last reads as a noun."""
    words = _hyphenated_words()
    if words:
        extend_token_match(nlp, lambda text: text.lower() in words)

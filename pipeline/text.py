"""Folding words and names: the one place that decides when two spellings are the same word.

`fold` gives the comparison form used everywhere (`L’Élysée` -> `l'elysee`, `Jean-Pierre` ->
`jean pierre`); `normalize_name` is the exact lookup key of a name; `word_key` folds one token.
The French word classes that several steps test (articles, locative prepositions) live here too,
in folded form, so that `à` and `a`, `l’` and `l'` are one word for every step.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

# Every apostrophe-like character seen in French web text, folded to `'`.
APOSTROPHES = "'’‘ʼʻ՚ꞌ＇′‵ʹ`´"  # noqa: RUF001 (the point is to list look-alikes)
HYPHENS = "-‐‑‒–—―−"  # noqa: RUF001
_APOSTROPHE_TABLE = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
_FOLD_TABLE = str.maketrans({**dict.fromkeys(APOSTROPHES, "'"), **dict.fromkeys(HYPHENS, " ")})
_LEADING_ARTICLE = re.compile(r"^(?:(?:le|la|les)\s+|l'\s*)")
_EDGE_PUNCT = " \t\n\"'«»“”„()[]{}.,;:!?*/"
_TOKEN_PUNCT = ' ,.;:!?«»"()'
_SPACES = re.compile(r"\s+")

# Definite articles, folded (`l’` is `l'`).
FRENCH_ARTICLES = frozenset({"la", "le", "les", "l'"})
# Demonstrative determiners: with an article, what makes a noun tell of something already known.
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
# Demonstrative pronouns: what stands for a noun told before (`celle de 100 %`, `dont celui de Natanz`).
DEMONSTRATIVE_PRONOUNS = frozenset({"celui", "celle", "ceux", "celles"})
# Prepositions that put a phrase in a place (`à Kyiv`, `dans la région`, `près de`, `depuis Moscou`).
LOCATIVE_PREPOSITIONS = frozenset({"a", "au", "aux", "en", "dans", "pres", "depuis"})


def strip_accents(text: str) -> str:
    """Lower case, plain apostrophes, no accents (compatibility forms unfolded: `ﬁ` -> `fi`)."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHE_TABLE))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """`strip_accents`, and hyphens become spaces (`Jean-Pierre` = `Jean Pierre`), `œ` is `oe`."""
    text = strip_accents(text.translate(_FOLD_TABLE))
    return text.replace("œ", "oe").replace("æ", "ae")


@lru_cache(maxsize=200_000)
def normalize_name(text: str) -> str:
    """Exact lookup key of a name: `L’Élysée` and `elysee` give the same key."""
    key = _SPACES.sub(" ", fold(text)).strip(_EDGE_PUNCT)
    key = _LEADING_ARTICLE.sub("", key)
    key = key.replace("'", " ")
    return _SPACES.sub(" ", key).strip(_EDGE_PUNCT)


@lru_cache(maxsize=200_000)
def word_key(token_text: str) -> str:
    """Folded form of one token; punctuation-only tokens such as `-` become ''."""
    return fold(token_text).strip(_TOKEN_PUNCT)


def split_cell(cell: str | None) -> tuple[str, ...]:
    """The lower-cased words of a `|`-separated cell of a models/ CSV file (`match|ballon|stade`)."""
    return tuple(p.strip().lower() for p in (cell or "").split("|") if p.strip())


def list_entries(path: Path) -> list[str]:
    """The entries of a one-per-line word list of models/, stripped, in file order: blank lines and lines
    opening on `#` (comments) left out. Each reader folds or normalises them as its lookups need."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [x.strip() for x in lines if x.strip() and not x.startswith("#")]


def folded_entries(path: Path) -> frozenset[str]:
    """The entries of a one-per-line word list of models/, lower-cased and folded (`list_entries`), for
    lookups of folded lemmas or words."""
    return frozenset(fold(x.lower()) for x in list_entries(path))

"""Articles that are not about conflict or diplomacy as a whole: a film review, a match report.

`off_domain.csv` voids a trigger whose own sentence names a sport or a film; in a review of a spy
comedy most sentences that tell the plot (`English retrouve Bough pour une réunion`, `ils
rencontrent Olga Kurylenko`) name neither, but the article does, again and again.
`off_domain_articles.csv` lists such vocabularies with how many sentences, and which share of the
article's sentences, must use them before the article's triggers of the listed types are read as
part of the film or the game, not as news (`Le film ... La comédie ... Le personnage ...`).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pipeline import config
from pipeline.nlp.tokens import lower_texts
from pipeline.text import split_cell

OFF_DOMAIN_ARTICLES_PATH = config.MODELS_DIR / "events" / "off_domain_articles.csv"


@dataclass(frozen=True)
class ArticleDomain:
    """One vocabulary of off-domain articles and the event types it voids."""

    event_types: frozenset[str]
    min_sentences: int
    min_share: float
    words: tuple[str, ...]


@lru_cache(maxsize=2)
def load_article_domains(path: Path = OFF_DOMAIN_ARTICLES_PATH) -> tuple[ArticleDomain, ...]:
    """The rows of off_domain_articles.csv; an error names the file and the line."""
    if not Path(path).exists():
        return ()
    out = []
    with Path(path).open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                out.append(
                    ArticleDomain(
                        frozenset(split_cell(row["event_types"])),
                        int(row["min_sentences"]),
                        float(row["min_share"]),
                        split_cell(row["words"]),
                    )
                )
            except (KeyError, TypeError, ValueError) as err:
                columns = "event_types, min_sentences (a whole number), min_share (0-1), words"
                raise ValueError(f"{path}, line {line}: {err!r}; expected {columns}") from err
    return tuple(out)


def off_domain_types(
    doc: Doc, domains: tuple[ArticleDomain, ...] | None = None, surfaces: dict[int, str] | None = None
) -> frozenset[str]:
    """Event types whose triggers the article, as a whole, makes figurative or fictional.
    `surfaces` are the doc's `sentence_surfaces`, when the caller has them already."""
    domains = load_article_domains() if domains is None else domains
    if not domains:
        return frozenset()
    sentences = list((sentence_surfaces(doc) if surfaces is None else surfaces).values())
    voided: set[str] = set()
    for domain in domains:
        using = sum(1 for text in sentences if uses_any(text, domain.words))
        if using >= domain.min_sentences and using >= domain.min_share * len(sentences):
            voided |= domain.event_types
    return frozenset(voided)


def uses_any(text: str, words: tuple[str, ...]) -> bool:
    """Does a sentence's surface (`sentence_surfaces`) use one of the words (each between spaces)?"""
    return _words_pattern(words).search(text) is not None


@lru_cache(maxsize=64)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One search for any of the words (one pass per sentence, not one per word)."""
    return re.compile("|".join(f" {re.escape(w)} " for w in words))


def sentence_surfaces(doc: Doc) -> dict[int, str]:
    """Each sentence's surface, by the sentence's first token: its lower-cased words between spaces,
    read a second time with ` - ` joined (`long-métrage`, `volley-ball`, which the tokenizer may
    split in three). The doc's words are read once for all its sentences."""
    words = lower_texts(doc)
    return {sent.start: _surface(words[sent.start : sent.end]) for sent in doc.sents}


def _surface(lower_words: list[str]) -> str:
    text = " " + " ".join(lower_words) + " "
    return text + text.replace(" - ", "-")

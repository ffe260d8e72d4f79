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
from pipeline.nlp.tokens import lower_texts, per_doc
from pipeline.text import fold, split_cell

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
    surfaces = sentence_surfaces(doc) if surfaces is None else surfaces
    voided: set[str] = set()
    for domain in domains:
        # only the sentences holding the first word of one of the words may use it: most articles have none
        using = sum(
            1 for start in sentences_with_first_words(doc, domain.words) if uses_any(surfaces[start], domain.words)
        )
        if using >= domain.min_sentences and using >= domain.min_share * len(surfaces):
            voided |= domain.event_types
    return frozenset(voided)


def sentences_with_first_words(doc: Doc, words: tuple[str, ...]) -> frozenset[int]:
    """The sentences (by first token, as `sentence_surfaces` keys them) that may use one of the words
    (`uses_any`): those holding the first word of one (or its part before a hyphen, which the
    tokenizer may split off). Found on the doc's words in one pass, kept per list of words, so that a
    search of every sentence is left to the few that may match."""
    known: dict[tuple[str, ...], frozenset[int]] = per_doc(doc, "events.domain.first_words", _new_table)
    found = known.get(words)
    if found is None:
        firsts = _first_words(words) & per_doc(doc, "events.domain.distinct_words", _distinct_words)
        lowers = lower_texts(doc) if firsts else []  # most articles: none of them, and no pass over the words
        found = known[words] = frozenset(doc[i].sent.start for i, w in enumerate(lowers) if w in firsts)
    return found


def _new_table(_: Doc) -> dict[tuple[str, ...], frozenset[int]]:
    return {}


def _distinct_words(doc: Doc) -> frozenset[str]:
    return frozenset(lower_texts(doc))


def may_use_folded(doc: Doc, words: tuple[str, ...]) -> bool:
    """Can the doc's folded text (`fold`) use one of the folded words? False when the first word of
    none is a word of the doc once folded (a hyphenated word folds to several)."""
    pieces = per_doc(doc, "events.domain.folded_words", _folded_pieces)
    return not _first_words(words).isdisjoint(pieces)


def _folded_pieces(doc: Doc) -> frozenset[str]:
    return frozenset(p for w in per_doc(doc, "events.domain.distinct_words", _distinct_words) for p in fold(w).split())


@lru_cache(maxsize=64)
def _first_words(words: tuple[str, ...]) -> frozenset[str]:
    """`long-métrage` -> `long-métrage` and `long`; `coupe du monde` -> `coupe`."""
    firsts = [w.split(" ")[0] for w in words]
    return frozenset(firsts + [w.split("-")[0] for w in firsts])


def uses_any(text: str, words: tuple[str, ...]) -> bool:
    """Does a sentence's surface (`sentence_surfaces`) use one of the words (each between spaces)?"""
    return _words_pattern(words).search(text) is not None


@lru_cache(maxsize=64)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One search for any of the words (one pass per sentence, not one per word). The spaces around
    the words stand outside the alternation: the search then tries the words only after a space,
    not at every character (the same matches, several times faster on a long list)."""
    return re.compile(" (?:" + "|".join(re.escape(w) for w in words) + ") ") if words else re.compile("(?!)")


def sentence_surfaces(doc: Doc) -> dict[int, str]:
    """Each sentence's surface, by the sentence's first token: its lower-cased words between spaces,
    read a second time with ` - ` joined (`long-métrage`, `volley-ball`, which the tokenizer may
    split in three). The doc's words are read once for all its sentences."""
    words = lower_texts(doc)
    return {sent.start: _surface(words[sent.start : sent.end]) for sent in doc.sents}


def _surface(lower_words: list[str]) -> str:
    text = " " + " ".join(lower_words) + " "
    return text + text.replace(" - ", "-")

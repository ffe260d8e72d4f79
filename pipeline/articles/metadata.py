"""Metadata found in an article's own text (title line, byline, date line, footer to drop), and the
`Article` (or error record) assembled from a text and whatever metadata its format gave.

Raw French articles often carry their metadata as text (`par Jeanne Morel 12 novembre 2025`,
`Publié le 3 mars 2024`) and end with site furniture (`Views: 100`, `Partager`, `Lire aussi`).
Only the first and last lines are searched: a date in the body is an event date, not the
publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from pipeline.schema import Article, ArticleRecord

HEADER_LINES = 15  # non-empty lines searched for a byline or date line at the top
TRAILER_LINES = 5  # ... and at the bottom
TITLE_MAX_CHARS = 200
LINE_MAX_CHARS = 150  # a byline or date line is short
MIN_LETTERS = 20  # fewer letters than this is not an article
_LETTER = re.compile(r"[^\W\d_]")

_MONTHS = {
    "janvier": 1,
    "janv": 1,
    "jan": 1,
    "january": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "fevr": 2,
    "fév": 2,
    "fev": 2,
    "feb": 2,
    "february": 2,
    "mars": 3,
    "mar": 3,
    "march": 3,
    "avril": 4,
    "avr": 4,
    "apr": 4,
    "april": 4,
    "mai": 5,
    "may": 5,
    "juin": 6,
    "jun": 6,
    "june": 6,
    "juillet": 7,
    "juil": 7,
    "jul": 7,
    "july": 7,
    "août": 8,
    "aout": 8,
    "aug": 8,
    "august": 8,
    "septembre": 9,
    "sept": 9,
    "sep": 9,
    "september": 9,
    "octobre": 10,
    "oct": 10,
    "october": 10,
    "novembre": 11,
    "nov": 11,
    "november": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
    "dec": 12,
    "december": 12,
}
_MONTH = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_TIME = r"(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
# Each pattern names its groups y, m, d; `mon` is a month name.
_DATE_PATTERNS = [
    re.compile(rf"(?<!\d)(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?!\d){_TIME}"),
    re.compile(r"(?<!\d)(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?!\d)"),
    re.compile(
        rf"(?<![\w])(?P<d>\d{{1,2}})(?:er|e|st|nd|rd|th)?\s+(?P<mon>{_MONTH})\.?,?\s+"
        rf"(?P<y>\d{{4}})(?!\d)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<![\w])(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE
    ),
]
_MIN_YEAR, _MAX_YEAR = 1500, 2100

_UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ"
_NAME_WORD = rf"[{_UPPER}][\w’'.-]*"
_PARTICLE = r"(?:de|du|des|van|von|der|den|la|le|ben|bin|al|el|ibn|di|da|dos)"
_NAME = rf"{_NAME_WORD}(?:(?:\s+{_PARTICLE})?\s+{_NAME_WORD}|\s+d['’]{_NAME_WORD}){{0,4}}"
_AUTHORS = rf"{_NAME}(?:\s+(?:et|and|&)\s+{_NAME})*"
_BYLINE = re.compile(rf"^\s*(?:(?i:par|by)\s+|(?i:auteur|autrice|author)\s*:\s*)(?P<author>{_AUTHORS})")
_WEEKDAY_START = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_BYLINE_DATE_START = re.compile(r"^\s*(?:(?:le|on|du)\s+)?(?:\d|" + _WEEKDAY_START + ")", re.IGNORECASE)
_WEEKDAY = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
)
_UPDATED = r"(?:mis|mise|modifié|modifiée|actualisé|actualisée|updated|last updated|dernière mise à jour)"
# What may stand before a date line's date: a label (`Publié le`), a place or a rubric with a comma
# or a dash (`Paris, le`, `Analyse – 16 avril 2025`), a weekday.
_DATE_PREFIX = re.compile(
    rf"^\s*(?:(?P<kind>publié|publiée|posté|postée|posted|published|date de publication|mis en ligne"
    rf"|(?:dépêche|article|édition|chronique|note|analyse)\s+(?:\w+\s+)?du|(?:article\s+)?parue?|date|{_UPDATED})"
    rf"(?:\s+à\s+jour)?\s*:?\s*)?(?:[{_UPPER}][\w' -]{{0,30}}?\s*[,–—-]\s*)?(?:(?:le|on)\s+)?"
    rf"(?:{_WEEKDAY}\.?\s*,?\s*)?$",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"^\s*[(\[](.*)[)\]]\s*\.?\s*$")
_DATE_SUFFIX = re.compile(
    rf"^\s*(?:(?:à|a|at|,|-|–)?\s*\d{{1,2}}\s*[h:]\s*(?:\d{{2}})?(?::\d{{2}})?\s*(?:GMT|UTC|CET|CEST|Z)?)?"
    rf"\s*(?:[,|–-]?\s*{_UPDATED}\b.*)?\s*\.?\s*$",
    re.IGNORECASE,
)

# A wire-copy dateline opens the first paragraph: `Kyiv, 18 mars 2024 (dépêche) –`,
# `LE CAIRE, 12 août 2024 - Les médiateurs...`, `Paris, le mardi 1er juillet 2025 (AFP) —`. The place
# (one to four capitalised words), the date, an optional agency in brackets, then a dash; the
# article's text may follow on the same line. Wire copy often leaves the year out
# (`WASHINGTON, 8 mai (Reuters) -`): that is still a dateline, but it cannot date the article.
_DATELINE = re.compile(
    rf"^\s*[{_UPPER}][\w'’.-]*(?:[ -][\w'’.-]+){{0,3}}\s*(?:\([^()]{{1,40}}\))?\s*,\s*(?:le\s+)?"
    rf"(?:(?i:{_WEEKDAY})\s+)?(?P<date>\d{{1,2}}(?:er)?\s+(?i:{_MONTH})\.?(?P<year>\s+\d{{4}})?)"
    rf"\s*(?:\([^()]{{1,40}}\))?\s*[–—-]",
)
DATELINE_RANK = 2  # as good as a bare date line
# Wire copy may also leave the date out altogether and name only its agency (`Paris (AFP) –`,
# `Nairobi (Reuters) -`; without the year, `_DATELINE` above covers it). No publication date comes
# from it, but the place and the agency are still the dispatch's heading, not actors of its first
# sentence.
_AGENCY_DATELINE = re.compile(rf"^\s*[{_UPPER}][\w'’.-]*(?:[ -][\w'’.-]+){{0,3}}\s*\([{_UPPER}][^()]{{0,39}}\)\s*[–—-]")
# Or the city alone, in capitals, before a dash and a sentence (`LE CAIRE - Les négociateurs ...`).
_CAPITALS_DATELINE = re.compile(
    rf"^\s*[{_UPPER}]{{2}}[{_UPPER}'’.]*(?:[ -][{_UPPER}'’.]+){{0,3}}\s+[–—-](?=\s+[{_UPPER}])"
)

_FOOTER_LINE = re.compile(
    r"^(?:(?:views|vues|vue|lectures|lu)\s*:?\s*[\d\s\u00a0\u202f.,]+(?:\s*fois)?"
    r"|[\d\s\u00a0\u202f.,]+\s*(?:vues|views|lectures|commentaires?|comments?|partages?|shares?|likes?"
    r"|j’aime|j'aime)"
    r"|(?:partager|partagez|partager cet article|share|share this|tweet|tweeter|imprimer|print|envoyer"
    r"|e-?mail"
    r"|facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|j’aime|j'aime|like|s’abonner|s'abonner"
    r"|abonnez-vous|commentaires?|laisser un commentaire|répondre|reply|leave a (?:comment|reply))"
    r"(?:\s*(?::|sur|on)\b.{0,40})?"
    r"|(?:tags?|mots?[- ]clés?|étiquettes?|catégories?|rubriques?|thèmes?)\s*:.{0,200}"
    r"|(?:©|copyright\b|\(c\)).{0,150})$",
    re.IGNORECASE,
)
_FOOTER_BLOCK = re.compile(
    r"^(?:lire aussi|à lire aussi|a lire aussi|lire également|à lire également|lire la suite|voir aussi"
    r"|sur le même sujet|dans la même rubrique|articles? similaires?|articles? liés?|read more|related)\b",
    re.IGNORECASE,
)
_FOOTER_BLOCK_LINES = 8


@dataclass(frozen=True)
class TextMetadata:
    """What an article's text says about itself."""

    title: str | None = None
    author: str | None = None
    published: date | None = None


def clean_text(text: str) -> str:
    """The article text offsets refer to: BOM removed, LF line ends, trailing footer dropped."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return strip_footer(text)


def strip_footer(text: str) -> str:
    """Drop trailing site furniture (`Vues : 1 234`, `Partager`, `Lire aussi ...`) and blank lines."""
    lines = text.split("\n")
    end = len(lines)
    while True:
        while end and not lines[end - 1].strip():
            end -= 1
        if end and _FOOTER_LINE.match(lines[end - 1].strip()):
            end -= 1
            continue
        block = _footer_block_start(lines, end)
        if block is None:
            break
        end = block
    return "\n".join(lines[:end]).rstrip()


def _footer_block_start(lines: list[str], end: int) -> int | None:
    """Index of a `Lire aussi` line near the end followed only by short link titles."""
    seen = 0
    for i in range(end - 1, -1, -1):
        line = lines[i].strip()
        if not line:
            continue
        if len(line) > TITLE_MAX_CHARS or seen >= _FOOTER_BLOCK_LINES:
            return None
        if _FOOTER_BLOCK.match(line):
            return i
        seen += 1
    return None


def parse_published(value: str) -> date | None:
    """A publication date from a metadata string (ISO, `24/10/2025`, `24 octobre 2025`, RSS pubDate).

    Partial dates (`octobre 2025`) and relative ones (`hier`) give None: a wrong day would shift
    every relative date of the article.
    """
    value = (value or "").strip()
    if not value:
        return None
    found = find_date(value)
    if found is not None:
        return found[2]
    if not any(ch.isdigit() for ch in value) or len(value) > 100:
        return None
    return _dateparser_fallback(value)


def find_date(text: str) -> tuple[int, int, date] | None:
    """The first full (day, month, year) date in `text`, as (start, end, date)."""
    best: tuple[int, int, date] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[0]:
                break
            value = _to_date(match)
            if value is not None:
                best = (match.start(), match.end(), value)
                break
    return best


def _to_date(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    month = _MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
    year = int(groups["y"])
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return date(year, month, int(groups["d"]))
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _dateparser_settings() -> dict[str, object]:
    return {
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "DATE_ORDER": "DMY",
        # no relative parser: "hier" must not become a date computed from today
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    }


def _dateparser_fallback(value: str) -> date | None:
    import dateparser  # slow import, needed only for unusual formats

    try:
        parsed = dateparser.parse(value, languages=["fr", "en"], settings=_dateparser_settings())
    except (ValueError, OverflowError):
        return None
    if parsed is None or not _MIN_YEAR <= parsed.year <= _MAX_YEAR:
        return None
    return parsed.date()


def text_metadata(text: str) -> TextMetadata:
    """Title, author and publication date written in the first or last lines of `text`."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    head, tail = lines[:HEADER_LINES], lines[HEADER_LINES:][-TRAILER_LINES:]
    author, published, rank = None, None, 99
    for line in head + tail:
        line_author, line_date, line_rank = _line_metadata(line)
        author = author or line_author
        if line_date is not None and line_rank < rank:
            published, rank = line_date, line_rank
    return TextMetadata(title=detect_title(lines), author=author, published=published)


def detect_title(lines: list[str]) -> str | None:
    """The first line when it reads like a headline: short, no final period, more text after it."""
    if len(lines) < 2:
        return None
    first = lines[0]
    if len(first) >= TITLE_MAX_CHARS or first[-1] in ".,;:" or sum(c.isalpha() for c in first) < 2:
        return None
    if _line_metadata(first) != (None, None, 99):
        return None
    return first


def _line_metadata(line: str) -> tuple[str | None, date | None, int]:
    """(author, date, rank) of a byline, date line or dateline; rank orders date sources, lower is better."""
    dateline = dateline_date(line)
    if dateline is not None:
        return None, dateline, DATELINE_RANK
    if len(line) > LINE_MAX_CHARS:
        return None, None, 99
    byline = _byline(line)
    if byline is not None:
        return byline
    return (None, *_date_line(line))


def dateline_length(line: str) -> int:
    """Characters of the wire dateline opening `line` (`Washington, 5 octobre 2018 –`), 0 when none."""
    match = _DATELINE.match(line) or _AGENCY_DATELINE.match(line) or _CAPITALS_DATELINE.match(line)
    return match.end() if match else 0


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the wire datelines opening a line of `text` (`ERIVAN, 14 mars (AFP) -`), the
    line's indentation included. One reading for every step: the sentencizer makes the dateline a
    sentence of its own, the actor resolver takes no actor from it (the city says where the dispatch
    was filed, the agency who filed it)."""
    return [
        (start, start + length) for start, end in _numbered_lines(text) if (length := dateline_length(text[start:end]))
    ]


def dateline_date(line: str) -> date | None:
    """The date of a wire dateline opening `line` (`Kyiv, 18 mars 2024 (dépêche) –`), else None."""
    match = _DATELINE.match(line)
    if match is None or match.group("year") is None:
        return None
    found = find_date(match.group("date"))
    return found[2] if found else None


def _byline(line: str) -> tuple[str, date | None, int] | None:
    match = _BYLINE.match(line)
    if match is None or line.endswith("."):
        return None
    author, rest = match.group("author"), line[match.end() :]
    if rest.strip() and rest.lstrip()[0].isalnum() and not _BYLINE_DATE_START.match(rest):
        return None  # "Par Washington cette décision" is a sentence, not a byline
    found = find_date(rest)
    return author.strip(), (found[2] if found else None), 0


def _date_line(line: str) -> tuple[date | None, int]:
    """A line that is only a date and its label (`Publié le 3 mars 2024 à 10 h`), or such a line
    in brackets, as wire copy and reprints close an article: `(Dépêche du 12 septembre 2023)`."""
    bracketed = _BRACKETED.match(line)
    if bracketed:
        line = bracketed.group(1)
    found = find_date(line)
    if found is None or len(line) > 100:
        return None, 99
    prefix = _DATE_PREFIX.match(line[: found[0]])
    if prefix is None or not _DATE_SUFFIX.match(line[found[1] :]):
        return None, 99
    kind = (prefix.group("kind") or "").lower()
    if not kind:
        return found[2], 2
    return found[2], (3 if re.fullmatch(_UPDATED, kind, re.IGNORECASE) else 1)


def byline_spans(text: str, author: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of the lines that name the article's author: bylines (`par Claire Dumas 20 août
    2025`) among the first and last lines, and a last line that is only the author's name.
    A name there is metadata, not an actor of the news."""
    lines = _numbered_lines(text)
    edge = lines[:HEADER_LINES] + lines[HEADER_LINES:][-TRAILER_LINES:]
    names = {_fold_name(a) for a in re.split(r",|\s+(?:et|and|&)\s+", author or "") if a.strip()}
    return [
        (start, end)
        for start, end in edge
        if _byline(text[start:end].strip()) is not None or _fold_name(text[start:end]) in names
    ]


def _numbered_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line."""
    out, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _fold_name(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split()).strip(" .,;:-—")


# --- assembling the Article ---------------------------------------------------------------


def error_record(article_id: str, path: str, message: str) -> ArticleRecord:
    """The row recording that one input could not be read, and why."""
    return ArticleRecord(
        id=article_id, path=path, title=None, author=None, published=None, chars=0, status="error", error=message
    )


def count_letters(text: str, enough: int) -> int:
    """Letters in `text`, counting no further than `enough` (articles are long, the check is not)."""
    count = 0
    for count, _ in enumerate(_LETTER.finditer(text), 1):
        if count >= enough:
            break
    return count


def build_article(article_id: str, rel: str, raw_text: str, **meta: Any) -> Article | ArticleRecord:
    """An `Article` from raw text plus known metadata; missing metadata is read from the text."""
    text = clean_text(raw_text)
    if (letters := count_letters(text, MIN_LETTERS)) < MIN_LETTERS:
        reason = f"too little text ({letters} letters, at least {MIN_LETTERS} needed)"
        return error_record(article_id, rel, reason)
    found = text_metadata(text)
    published = meta.get("published")
    return Article(
        id=article_id,
        path=rel,
        text=text,
        title=meta.get("title") or found.title,
        author=meta.get("author") or found.author,
        published=published if isinstance(published, date) else found.published,
        url=meta.get("url"),
        source=meta.get("source"),
    )

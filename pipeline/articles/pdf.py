"""PDF reports -> article text and metadata, with pdfminer.six.

Why pdfminer.six rather than pypdf: its layout analysis groups characters into lines and text
boxes and orders the boxes for reading (two columns come out one after the other, not
interleaved line by line), and it gives each line's position on the page, which is what tells a
running header or a page number (`Page 3 / 12` at the same height on every page) from the body.
pypdf's `extract_text` returns a page's text in content-stream order with no positions unless one
writes a visitor; pdfplumber is a layer over pdfminer that we would not otherwise use.

The text offsets of `events.csv` and `mentions.csv` refer to: lines of one text box joined with a
space (`négo-` + `ciations` -> `négociations`), text boxes separated by a blank line, headers,
footers and page numbers dropped. `pdf_text(path)` returns exactly that text.
A PDF without a text layer (a scan) is an error that says so, never an empty article.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.articles.metadata import MIN_LETTERS, clean_text, count_letters, text_metadata

# Lines in the top or bottom band of a page (share of its height) may be running headers or footers.
MARGIN_SHARE = 0.1
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?(?:page|p\.)?\s*\d{1,4}(?:\s*(?:/|sur|of|de)\s*\d{1,4})?(?:\s*-)?$", re.I)
# `négo-` at a line end joins `ciations`; a hyphen stays when the word is a compound (`porte-parole`,
# `cessez-le-feu`, `a-t-il`): its second part is hyphenated itself, a clitic, or capitalised.
_KEEP_HYPHEN_AFTER = frozenset(
    "porte vice ex sous demi mi après avant arrière haut grand chef garde contre non sud nord est ouest".split()
)
_CLITICS = frozenset("le la les il ils elle elles on t je tu nous vous lui leur y en ci là même être moi toi".split())
_JUNK_TITLE = re.compile(r"^(?:untitled|sans titre|microsoft word\b.*|document\d*|.*\.(?:docx?|odt|indd|tex))$", re.I)
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})")


class PdfError(Exception):
    """Why a PDF gives no article, worded for an analyst."""


@dataclass
class _Page:
    lines: list[tuple[int, float, str]] = field(default_factory=list)  # (box, height from top 0-1, text)
    images: int = 0


@dataclass(frozen=True)
class PdfDocument:
    """The text of a PDF (as articles see it) and what its metadata says."""

    text: str
    title: str | None
    author: str | None
    published: date | None


def pdf_text(path: str | Path) -> str:
    """The text of a PDF exactly as the pipeline reads it: `char_start`/`char_end` index into this."""
    return read_pdf(Path(path).read_bytes()).text


def read_pdf(data: bytes) -> PdfDocument:
    """Text in reading order, without running headers, footers and page numbers, plus metadata;
    raises `PdfError` for a scan without text, an encrypted or a broken file."""
    from io import BytesIO

    pages = _pages(BytesIO(data))
    text = clean_text(_join_pages(pages, _furniture(pages)))
    if count_letters(text, MIN_LETTERS) < MIN_LETTERS:
        images = sum(p.images for p in pages)
        if images:
            raise PdfError(
                f"scanned PDF without a text layer ({len(pages)} page(s) of images): run OCR on it first "
                "(for example `ocrmypdf in.pdf out.pdf`)"
            )
        raise PdfError("PDF without text")
    info = _info(BytesIO(data))
    found = text_metadata(text)
    title = info.get("Title")
    return PdfDocument(
        text=text,
        title=title if title and not _JUNK_TITLE.match(title) else found.title,
        author=info.get("Author") or found.author,
        published=found.published or _pdf_date(info.get("CreationDate")),
    )


def _pages(stream: Any) -> list[_Page]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTFigure, LTImage, LTTextContainer, LTTextLine

    pages = []
    try:
        for layout in extract_pages(stream, laparams=LAParams()):
            page, height = _Page(), layout.height or 1.0
            for number, element in enumerate(layout):
                if isinstance(element, LTTextContainer):
                    for line in element:
                        if isinstance(line, LTTextLine) and line.get_text().strip():
                            page.lines.append((number, 1 - line.y1 / height, " ".join(line.get_text().split())))
                elif isinstance(element, (LTFigure, LTImage)):
                    page.images += 1
            pages.append(page)
    except Exception as err:  # noqa: BLE001 - pdfminer raises many types for damaged or locked files
        raise PdfError(_pdf_reason(err)) from err
    return pages


def _pdf_reason(err: Exception) -> str:
    name = type(err).__name__
    if "Encryption" in name or "Password" in name or "NotAllowed" in name:
        return "encrypted PDF: it needs a password or forbids text extraction"
    return f"not a readable PDF ({name}: {err})".replace(" ()", "")


def _furniture(pages: list[_Page]) -> set[str]:
    """Keys of lines repeated in the top or bottom band of at least half the pages (two at least)."""
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({_key(text) for _, top, text in page.lines if _in_margin(top)})
    needed = max(2, (len(pages) + 1) // 2)
    return {key for key, count in seen.items() if count >= needed}


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())  # `Page 3 / 12` and `Page 4 / 12` are one running line


def _in_margin(top: float) -> bool:
    return top < MARGIN_SHARE or top > 1 - MARGIN_SHARE


def _join_pages(pages: list[_Page], furniture: set[str]) -> str:
    paragraphs: list[str] = []
    for page in pages:
        boxes: dict[int, list[str]] = {}
        for box, top, text in page.lines:
            if _in_margin(top) and (_key(text) in furniture or _PAGE_NUMBER.match(text)):
                continue
            boxes.setdefault(box, []).append(text)
        for number, lines in enumerate(boxes.values()):
            paragraph = join_lines(lines)
            if number == 0 and paragraphs and _continues(paragraphs[-1], paragraph):
                paragraphs[-1] = join_lines([paragraphs[-1], paragraph])  # a sentence across a page break
            else:
                paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def _continues(previous: str, paragraph: str) -> bool:
    return previous[-1:] not in '.!?:»"”)' and paragraph[:1].islower()


def join_lines(lines: list[str]) -> str:
    """One paragraph from its lines, undoing hyphenation at line ends (`négo-`/`ciations`)."""
    out = lines[0] if lines else ""
    for line in lines[1:]:
        if out.endswith("\u00ad"):  # a soft hyphen is only ever a line-end hyphen
            out = out[:-1] + line
        elif out.endswith("-") and _drop_hyphen(out, line):
            out = out[:-1] + line
        elif out.endswith("-") or not out:
            out += line
        else:
            out += " " + line
    return out


def _drop_hyphen(before: str, after: str) -> bool:
    last = re.search(r"(\w+)-$", before)
    following = re.match(r"[\w'’-]+", after)
    if last is None or following is None or not after[:1].islower():
        return False
    second = following.group(0)
    return last.group(1).lower() not in _KEEP_HYPHEN_AFTER and "-" not in second and second not in _CLITICS


def _info(stream: Any) -> dict[str, str]:
    """The document information dictionary (Title, Author, CreationDate), as text."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    try:
        infos = PDFDocument(PDFParser(stream)).info
    except Exception:  # noqa: BLE001 - metadata is optional; the text was read already
        return {}
    out: dict[str, str] = {}
    for info in infos:
        for key, value in info.items():
            value = resolve1(value)
            text = decode_text(value) if isinstance(value, bytes) else value if isinstance(value, str) else None
            if text and text.strip() and key not in out:
                out[key] = " ".join(text.split())
    return out


def _pdf_date(value: str | None) -> date | None:
    """`D:20250310090000+01'00'` -> 2025-03-10 (the day the PDF was made, when the text has no date)."""
    match = _PDF_DATE.match(value or "")
    if match is None:
        return None
    try:
        found = date(*map(int, match.groups()))
    except ValueError:
        return None
    return found if 1990 <= found.year <= 2100 else None

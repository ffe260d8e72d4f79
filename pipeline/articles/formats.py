"""Readers for each input format (.txt, .html, .json, .jsonl, .pdf): bytes in, `Article`s or error records out.

A reader never raises for bad content: it yields an `ArticleRecord` with status "error" and a
reason an analyst can act on, so one broken file never stops a run over thousands.
"""

from __future__ import annotations

import codecs
import html as html_entities
import json
import logging
import re
from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline import config
from pipeline.articles.metadata import MIN_LETTERS, build_article, count_letters, error_record, parse_published
from pipeline.fetch.sidecar import read_sidecar
from pipeline.schema import Article, ArticleRecord

log = logging.getLogger(__name__)

_TEXT_KEYS = ("text", "content", "body", "articleBody")
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "published", "published_at", "pubDate", "publication_date", "datePublished")
_URL_KEYS = ("url", "link")
_SOURCE_KEYS = ("source", "site", "sitename")
_AUTHOR_KEYS = ("author", "authors", "byline")
_MB = 1024 * 1024
_SNIFF_BYTES = 8192
_MAX_CONTROL_RATIO = 0.01  # share of control characters above which decoded bytes are not text
_ENVELOPE_DEPTH = 2  # `{"data": {"article": {...}}}`: API exports wrap the article at most this deep

# Markup inside a JSON text field (CMS and API exports): blocks end a line, other tags vanish.
_MARKUP = re.compile(r"</?(?:p|br|div|span|a|em|strong|b|i|h[1-6]|li|ul|ol|blockquote|figure|figcaption)\b[^>]*>", re.I)
_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|h[1-6]|li|blockquote)>", re.I)
_NOT_TEXT = re.compile(r"<(script|style|figcaption)\b.*?</\1>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

Item = Article | ArticleRecord


class ArticleError(Exception):
    """A reason why one input is not an article, worded for an analyst."""


def read_file(path: Path, rel: str) -> Iterator[Item]:
    """Every article (or error) in one file; `rel` is its POSIX path relative to the input folder."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path, rel)
            return
        if suffix == ".pdf":
            yield _pdf_article(_read_bytes(path), rel)
            return
        text = decode_bytes(_read_bytes(path))
        if not text.strip():
            raise ArticleError("empty file")
        if suffix in (".html", ".htm"):
            yield _html_article(text, rel, read_sidecar(path))
        elif suffix == ".json":
            yield from _read_json(text, rel)
        else:
            yield build_article(rel, rel, text)
    except ArticleError as err:
        yield error_record(rel, rel, str(err))
    except Exception as err:  # noqa: BLE001 - a parser bug on one odd file must not stop the run
        log.warning("%s: unexpected error while reading", rel, exc_info=True)
        yield error_record(rel, rel, f"could not read the file ({type(err).__name__}: {err})")


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refused before reading when it is empty or too large."""
    size = _checked_size(path)
    if size == 0:
        raise ArticleError("empty file")
    try:
        return path.read_bytes()
    except OSError as err:
        raise ArticleError(_os_reason(err)) from err


def _checked_size(path: Path) -> int:
    try:
        size = path.stat().st_size
    except OSError as err:
        raise ArticleError(_os_reason(err)) from err
    if size > config.MAX_FILE_BYTES:
        raise ArticleError(f"file too large ({size / _MB:.1f} MB > {config.MAX_FILE_BYTES / _MB:g} MB limit)")
    return size


def _os_reason(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "cannot read file: permission denied"
    return f"cannot read file: {err.strerror or err}"


def decode_bytes(data: bytes) -> str:
    """Text from bytes: UTF-8 (BOM or not), else cp1252 (French Windows files), else the best guess.

    cp1252 is tried before charset-normalizer because short French texts are often misdetected,
    and it decodes latin-1 letters too while also covering ’ œ € « ».
    """
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _as_text(data.decode(codec, errors="replace"))
    if b"\x00" in data:
        raise ArticleError("binary file, not text")
    try:
        return _as_text(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    utf8 = data.decode("utf-8-sig", errors="replace")
    bad = utf8.count("\ufffd")
    if len(_NON_ASCII.findall(utf8)) - bad >= 4 * bad:  # UTF-8 with a few corrupt bytes, not cp1252
        return _as_text(utf8)
    try:
        return _as_text(data.decode("cp1252"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ArticleError("binary file, not text")
    return _as_text(str(best))


def _as_text(text: str) -> str:
    text = text.removeprefix("\ufeff")
    controls = len(text) - len(_CONTROL.sub("", text))
    if controls > _MAX_CONTROL_RATIO * max(len(text), 1):
        raise ArticleError("binary file, not text")
    return text


# --- JSON and JSON Lines -------------------------------------------------------------------


def _read_json(text: str, rel: str) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ArticleError(f"invalid JSON: {err.msg} (line {err.lineno}, column {err.colno})") from err
    if isinstance(data, list):  # an export holding several articles: ids file.json#1, #2, ...
        for number, obj in enumerate(data, 1):
            yield json_article(obj, f"{rel}#{number}", rel)
    else:
        yield json_article(data, rel, rel)


def _read_jsonl(path: Path, rel: str) -> Iterator[Item]:
    """One article per line; a bad line is one error record and the other lines are still read."""
    try:
        if path.stat().st_size == 0:
            raise ArticleError("empty file")
        with path.open("rb") as handle:
            if b"\x00" in handle.read(_SNIFF_BYTES):
                raise ArticleError("binary file, not text")
            handle.seek(0)
            found = False
            for number, raw in enumerate(handle, 1):
                item = _jsonl_line(raw, number, rel)
                found = found or item is not None
                if item is not None:
                    yield item
    except OSError as err:
        raise ArticleError(_os_reason(err)) from err
    if not found:
        raise ArticleError("empty file")


def _jsonl_line(raw: bytes, number: int, rel: str) -> Item | None:
    line_id = f"{rel}#{number}"
    if len(raw) > config.MAX_FILE_BYTES:
        return error_record(
            line_id, rel, f"line too large ({len(raw) / _MB:.1f} MB > {config.MAX_FILE_BYTES / _MB:g} MB limit)"
        )
    try:
        line = decode_bytes(raw).rstrip("\r\n")
    except ArticleError as err:
        return error_record(line_id, rel, str(err))
    if not line.strip():
        return None
    try:
        data = json.loads(line)
    except json.JSONDecodeError as err:
        return error_record(line_id, rel, f"invalid JSON on line {number}: {err.msg} (column {err.colno})")
    return json_article(data, line_id, rel)


def json_article(data: Any, default_id: str, rel: str) -> Item:
    """An `Article` from one JSON object, its `id` key winning over the default id."""
    if not isinstance(data, dict):
        found = type(data).__name__
        return error_record(default_id, rel, f"JSON value is not an article object (found {found})")
    data = _unwrapped(data)
    article_id = _field(data, ("id",)) or default_id
    text = _rendered(data.get(next((k for k in _TEXT_KEYS if data.get(k)), "text")))
    if isinstance(text, list) and all(isinstance(part, str) for part in text):
        text = "\n".join(text)
    if isinstance(text, str) and _MARKUP.search(text):
        text = markup_text(text)
    if not isinstance(text, str) or not text.strip():
        return error_record(article_id, rel, 'no article text (no "text", "content" or "body" field)')
    return build_article(
        article_id,
        rel,
        text,
        title=_field(data, _TITLE_KEYS),
        author=_field(data, _AUTHOR_KEYS),
        published=_json_date(data),
        url=_field(data, _URL_KEYS),
        source=_field(data, _SOURCE_KEYS),
    )


def _unwrapped(data: dict[str, Any], depth: int = _ENVELOPE_DEPTH) -> dict[str, Any]:
    """The object holding the text when an export wraps it (`{"status": "ok", "article": {...}}`):
    its own fields win, and the wrapper's scalar fields (an id, a date) fill what it lacks."""
    if any(data.get(k) for k in _TEXT_KEYS) or depth == 0:
        return data
    for value in data.values():
        if isinstance(value, dict) and any((inner := _unwrapped(value, depth - 1)).get(k) for k in _TEXT_KEYS):
            outer = {k: v for k, v in data.items() if not isinstance(v, (dict, list))}
            return {**outer, **inner}
    return data


def _rendered(value: Any) -> Any:
    """`{"rendered": "<p>...</p>"}` (WordPress and other CMS APIs) is the string it renders."""
    return value.get("rendered") if isinstance(value, dict) else value


def markup_text(text: str) -> str:
    """Plain text of an HTML fragment stored in a JSON field: one line per block, entities
    decoded, captions and scripts dropped (a caption tells another day's picture)."""
    text = _NOT_TEXT.sub("", text)
    text = _TAG.sub("", _BLOCK_END.sub("\n", text))
    lines = (" ".join(html_entities.unescape(line).split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _field(data: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, dict):
            value = value.get("name") or value.get("rendered")
        if isinstance(value, list):
            value = ", ".join(str(_field({"v": v}, ("v",)) or "") for v in value if v)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


def _json_date(data: dict[str, Any]) -> date | None:
    for key in _DATE_KEYS:
        value = data.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 1e8:
            seconds = value / 1000 if value > 1e11 else value  # milliseconds since 1970
            return datetime.fromtimestamp(seconds, tz=timezone.utc).date()
        if isinstance(value, str) and (parsed := parse_published(value)) is not None:
            return parsed
    return None


# --- PDF -------------------------------------------------------------------------------------


def _pdf_article(data: bytes, rel: str) -> Item:
    from pipeline.articles.pdf import PdfError, read_pdf

    try:
        found = read_pdf(data)
    except PdfError as err:
        raise ArticleError(str(err)) from err
    return build_article(rel, rel, found.text, title=found.title, author=found.author, published=found.published)


# --- HTML ------------------------------------------------------------------------------------


def _html_article(html: str, rel: str, fetched: dict[str, Any] | None = None) -> Item:
    """An article from a page; `fetched` is the sidecar of a page saved by `fetch` (url, fetched_at)."""
    fields = _trafilatura_fields(html)
    if fields is None or "\n" not in fields["text"].strip():
        # Trafilatura's fallback on a short page joins title, timestamps and paragraphs into one
        # line, so the headline becomes the first sentence's subject: the page's blocks are better.
        fields = _paragraphs_or(fields, _lxml_fields(html))
    if fields is None or count_letters(fields["text"], MIN_LETTERS) < MIN_LETTERS:
        return error_record(rel, rel, "no article text found in the HTML page")  # menus only
    text = fields.pop("text")
    fields["published"] = parse_published(fields.get("published") or "")
    if fetched:
        fields.update(_fetched_fields(fields, fetched, rel))
    return build_article(rel, rel, text, **fields)


def _paragraphs_or(found: dict[str, Any] | None, blocks: dict[str, Any] | None) -> dict[str, Any] | None:
    """The block-by-block text when it keeps several lines (with what was found of the metadata,
    JSON-LD included), else what was found."""
    if blocks is None or "\n" not in blocks["text"].strip():
        return found or blocks
    return {**found, "text": blocks["text"]} if found else blocks


def _fetched_fields(fields: dict[str, Any], fetched: dict[str, Any], rel: str) -> dict[str, Any]:
    """What the fetch sidecar settles: the URL is where the page came from (not the page's own
    claim), and a publication date after the fetch is a page's error, dropped."""
    out: dict[str, Any] = {"url": fetched.get("final_url") or fetched.get("url") or fields.get("url")}
    fetched_on = parse_published(str(fetched.get("fetched_at") or ""))
    published = fields.get("published")
    if published is not None and fetched_on is not None and published > fetched_on:
        log.warning("%s: the page's date %s is after it was fetched (%s): ignored", rel, published, fetched_on)
        out["published"] = None
    if not fields.get("source") and out["url"]:
        out["source"] = urlsplit(out["url"]).hostname
    return out


def _trafilatura_fields(html: str) -> dict[str, Any] | None:
    import trafilatura  # slow import, only when there is HTML to read
    from trafilatura.settings import set_date_params

    try:  # metadata-based dates only: a date found in the body is an event date, not the publication's
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, date_extraction_params=set_date_params(False)
        )
    except Exception as err:  # noqa: BLE001 - trafilatura raises many kinds on odd markup
        log.debug("trafilatura failed: %s", err)
        return None
    if doc is None:
        return None
    found: dict[str, Any] = doc if isinstance(doc, dict) else doc.as_dict()  # older versions return a dict
    text = found.get("text")
    if not text or not text.strip():
        return None
    return {
        "text": text,
        "title": found.get("title"),
        "author": found.get("author"),
        "published": found.get("date"),
        "url": found.get("url"),
        "source": found.get("sitename"),
    }


_META = {
    "title": ("og:title", "twitter:title"),
    "author": ("author", "article:author", "dc.creator"),
    "published": ("article:published_time", "datePublished", "date", "dc.date", "pubdate"),
    "url": ("og:url",),
    "source": ("og:site_name",),
}
_TEXT_TAGS = ("h1", "h2", "h3", "p", "li", "blockquote")
_NOISE_TAGS = ("head", "script", "style", "nav", "header", "footer", "aside", "form", "noscript")


def _lxml_fields(html: str) -> dict[str, Any] | None:
    """Fallback for pages trafilatura rejects: <article> or <p> text and <meta> tags."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (ParserError, ValueError):
        return None
    metas = {
        (m.get("property") or m.get("name") or m.get("itemprop") or "").lower(): m.get("content")
        for m in root.iter("meta")
        if m.get("content")
    }
    fields = {
        key: next((metas[n.lower()] for n in names if metas.get(n.lower())), None) for key, names in _META.items()
    }
    fields["published"] = fields["published"] or next(
        (t.get("datetime") for t in root.iter("time") if t.get("datetime")), None
    )
    fields["title"] = fields["title"] or _first_text(root, "title")
    for bad in [el for tag in _NOISE_TAGS for el in root.iter(tag)]:
        bad.drop_tree()
    container = next(root.iter("article"), None)
    container = container if container is not None else root
    blocks = [" ".join(el.text_content().split()) for el in container.iter(*_TEXT_TAGS)]
    text = "\n".join(b for b in blocks if b) or " ".join(container.text_content().split())
    if not text.strip():
        return None
    return {"text": text, **fields}


def _first_text(root: Any, tag: str) -> str | None:
    element = next(root.iter(tag), None)
    return " ".join(element.text_content().split()) or None if element is not None else None

"""The `fetch` command: URLs and feed items -> saved pages, and a summary (saved, known, failed).

A response is saved only when it is an article page: a 404, a login wall, a PDF link or a binary
file is reported with its reason and nothing is written. A URL already saved is not downloaded
again unless `refresh` is set.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pipeline.fetch.feeds import FeedError, feed_links
from pipeline.fetch.http import Client, FetchError, FetchOptions, Response
from pipeline.fetch.sidecar import sidecar_path, sidecar_text
from pipeline.fetch.urls import UrlError, check_url, page_path
from pipeline.files import write_atomically

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_LOGIN_PATH = re.compile(r"/(?:login|log-in|signin|sign-in|connexion|se-connecter|auth|account/login)\b", re.I)
_PASSWORD_FIELD = re.compile(rb"<input[^>]+type\s*=\s*[\"']?password", re.I)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)", re.I | re.S)
_LOGIN_MAX_LETTERS = 600
_STATUS_REASONS = {
    401: "login required (HTTP 401)",
    403: "access refused (HTTP 403)",
    404: "page not found (HTTP 404)",
    410: "page removed (HTTP 410)",
    451: "unavailable for legal reasons (HTTP 451)",
}


@dataclass
class FetchSummary:
    """What a fetch run did."""

    saved: list[tuple[str, Path]] = field(default_factory=list)
    known: list[tuple[str, Path]] = field(default_factory=list)  # already saved, not downloaded again
    failed: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)

    def lines(self) -> list[str]:
        out = [f"fetch: {len(self.saved)} saved, {len(self.known)} skipped (already saved), {len(self.failed)} failed"]
        out += [f"  saved: {url} -> {path}" for url, path in self.saved]
        out += [f"  failed: {url}: {reason}" for url, reason in self.failed]
        return out


def read_url_list(path: Path) -> list[str]:
    """One URL a line; blank lines and `#` comments are skipped."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as err:
        raise FileNotFoundError(f"{path}: cannot read the URL list ({err.strerror or err})") from err
    urls = (line.split(" #")[0].strip() for line in text.splitlines())
    return [url for url in urls if url and not url.startswith("#")]


def fetch_all(
    urls: Iterable[str],
    raw_dir: Path,
    *,
    feeds: Iterable[str] = (),
    options: FetchOptions | None = None,
    refresh: bool = False,
    progress: bool = False,
) -> FetchSummary:
    """Fetch every URL and every item of every feed into `raw_dir/web/`."""
    summary = FetchSummary()
    with Client(options or FetchOptions()) as client:
        targets = list(urls)
        for feed in feeds:
            targets += _feed_items(client, feed, summary)
        for url in _progress(list(dict.fromkeys(targets)), progress):
            _fetch_one(client, url, Path(raw_dir), refresh, summary)
    return summary


def _feed_items(client: Client, feed: str, summary: FetchSummary) -> list[str]:
    try:
        response = client.get(feed)
        if response.status >= 400:
            raise FetchError(_STATUS_REASONS.get(response.status, f"HTTP {response.status}"))
        links = feed_links(response.body, response.final_url)
    except (FetchError, FeedError) as err:
        summary.failed.append((feed, f"feed: {err}"))
        return []
    log.info("%s: %d item(s)", feed, len(links))
    return links


def _fetch_one(client: Client, url: str, raw_dir: Path, refresh: bool, summary: FetchSummary) -> None:
    try:
        clean = check_url(url)
        path = page_path(raw_dir, clean)
    except UrlError as err:
        summary.failed.append((url, str(err)))
        return
    if path.exists() and not refresh:
        summary.known.append((url, path))
        return
    try:
        response = client.get(clean)
    except FetchError as err:
        summary.failed.append((url, str(err)))
        return
    reason = not_an_article(response)
    if reason is not None:
        summary.failed.append((url, reason))
        return
    _save(response, path)
    summary.saved.append((url, path))


def not_an_article(response: Response) -> str | None:
    """Why a response is not an article page to save, or None when it is one."""
    if response.status in _STATUS_REASONS or response.status >= 400:
        return _STATUS_REASONS.get(response.status, f"HTTP error {response.status}")
    if not 200 <= response.status < 300:
        return f"unexpected HTTP status {response.status}"
    kind = response.content_type.split(";")[0].strip().lower()
    head = response.body[:2048]
    if kind == "application/pdf" or head.startswith(b"%PDF-"):
        return "a PDF, not a web page: download it into data/raw/ to read it as a report"
    if b"\x00" in head or (kind and kind not in _HTML_TYPES and not kind.startswith("text/")):
        return f"binary content ({kind or 'unknown type'}), not a web page"
    if kind not in _HTML_TYPES and not _HTML_START.match(head):
        return f"not an HTML page ({kind or 'no content type'})"
    if _LOGIN_PATH.search(response.final_url) or _login_form(response.body):
        return "a login page, not an article"
    return None


def _login_form(body: bytes) -> bool:
    """A password field with little paragraph text around it (news pages often carry a login box
    in their header: that alone does not make them a login wall)."""
    if not _PASSWORD_FIELD.search(body):
        return False
    import lxml.html

    try:
        root = lxml.html.fromstring(body)
    except (ValueError, lxml.etree.ParserError):
        return True
    text = " ".join(p.text_content() for p in root.iter("p"))
    return sum(ch.isalpha() for ch in text) < _LOGIN_MAX_LETTERS


def _save(response: Response, path: Path) -> None:
    """The page as received and its sidecar, each written atomically."""
    fetched_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    meta = sidecar_text(
        url=response.url,
        final_url=response.final_url,
        fetched_at=fetched_at,
        status=response.status,
        content_type=response.content_type,
    )

    def page(tmp: Path) -> None:
        tmp.write_bytes(response.body)

    def sidecar(tmp: Path) -> None:
        tmp.write_text(meta, encoding="utf-8")

    write_atomically({path.name: page, sidecar_path(path).name: sidecar}, path.parent)


def _progress(urls: list[str], enabled: bool) -> Iterator[str]:
    if not enabled or not sys.stderr.isatty() or os.environ.get("CI") or len(urls) < 2:
        yield from urls
        return
    from tqdm import tqdm

    yield from tqdm(urls, unit="page", desc="fetch", dynamic_ncols=True)

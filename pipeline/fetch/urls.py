"""Which URLs may be fetched, and where each page is saved: `data/raw/web/<site>/<slug>.html`.

A URL is hostile input: only `http`/`https` with a host are accepted, and the file name is built
from sanitised pieces plus a hash of the whole URL, so `../`, absolute paths, odd characters or a
2,000-character path never put a file outside `data/raw/web/`
(`https://exemple.fr/monde/sommet-de-geneve?id=3` -> `web/exemple.fr/monde-sommet-de-geneve-3f2a9c1b.html`).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

WEB_FOLDER = "web"
SCHEMES = ("http", "https")
SLUG_MAX_CHARS = 80
_UNSAFE = re.compile(r"[^a-z0-9._-]+")


class UrlError(ValueError):
    """A URL that is not fetched, and why."""


def check_url(url: str) -> str:
    """The URL without its fragment, or `UrlError` for another scheme, no host, or spaces and controls."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError as err:
        raise UrlError(f"not a valid URL ({err})") from err
    if parts.scheme.lower() not in SCHEMES:
        raise UrlError(f"only http and https URLs are fetched, not {parts.scheme or 'a bare path'!r}")
    if not parts.hostname:
        raise UrlError("no host name in the URL")
    _ascii_host(parts.hostname)
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise UrlError("spaces or control characters in the URL")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def site_name(url: str) -> str:
    """The folder of a site: its host name (and port), sanitised (`exemple.fr`, `127.0.0.1_8000`)."""
    parts = urlsplit(url)
    try:
        host = _ascii_host(parts.hostname or "")
    except UrlError:
        host = parts.hostname or ""
    name = host + (f"_{parts.port}" if parts.port else "")
    return _safe(name) or "site"


def _ascii_host(host: str) -> str:
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError as err:
        raise UrlError(f"invalid host name {host!r}") from err


def page_slug(url: str) -> str:
    """A readable, safe, unique file stem: the URL's path words plus a hash of the whole URL."""
    parts = urlsplit(url)
    words = _safe(unquote(parts.path).lower().replace("/", "-"))
    words = re.sub(r"\.(?:s?html?|php|aspx?|jsp)$", "", words)[:SLUG_MAX_CHARS].strip("-.")
    digest = hashlib.blake2b(url.encode("utf-8"), digest_size=4).hexdigest()
    return f"{words or 'index'}-{digest}"


def page_path(raw_dir: Path, url: str) -> Path:
    """Where the page of `url` is saved under `raw_dir/web/`; never outside it."""
    root = (Path(raw_dir) / WEB_FOLDER).resolve()
    path = (root / site_name(url) / f"{page_slug(url)}.html").resolve()
    if root not in path.parents:  # cannot happen with sanitised names; checked all the same
        raise UrlError(f"refusing to write outside {root}: {path}")
    return path


def _safe(text: str) -> str:
    """Lower-case ASCII letters, digits, `.`, `_`, `-`; no leading dots (no `..`, no hidden files)."""
    return _UNSAFE.sub("-", text.lower()).strip("-").lstrip(".")

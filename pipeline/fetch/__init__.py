"""The web -> data/raw/web/: pages and feed items saved as received, with a `.meta.json` sidecar.

`python -m pipeline fetch URL...` is how analysts turn links and feeds into input files; `extract`
then reads the saved pages like any other HTML, with the sidecar as metadata. The HTTP side
(httpx, feedparser) is imported only when used: `extract` reads sidecars without paying for it.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from pipeline.fetch.sidecar import SIDECAR_SUFFIX, read_sidecar
from pipeline.fetch.urls import UrlError, check_url, page_path

_LAZY = {
    "FeedError": "feeds",
    "feed_links": "feeds",
    "FetchError": "http",
    "FetchOptions": "http",
    "FetchSummary": "run",
    "fetch_all": "run",
    "read_url_list": "run",
}

__all__ = ["SIDECAR_SUFFIX", "UrlError", "check_url", "page_path", "read_sidecar", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f"pipeline.fetch.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'pipeline.fetch' has no attribute {name!r}")

"""The `.meta.json` beside each fetched page: where and when it was fetched, what the server said.

`extract` reads it as the page's metadata (its URL and site), but never as its publication date:
that still comes from the page itself, and a page date after the fetch is not believed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SIDECAR_SUFFIX = ".meta.json"
FIELDS = ("url", "final_url", "fetched_at", "status", "content_type")


def sidecar_path(page: Path) -> Path:
    """`web/site/slug.html` -> `web/site/slug.meta.json`."""
    return page.with_suffix(SIDECAR_SUFFIX)


def sidecar_text(**values: Any) -> str:
    """The sidecar's JSON, fields in a fixed order."""
    return json.dumps({k: values.get(k) for k in FIELDS}, ensure_ascii=False, indent=2) + "\n"


def read_sidecar(page: Path) -> dict[str, Any]:
    """The sidecar of a saved page, or {} when there is none or it is unreadable."""
    try:
        data = json.loads(sidecar_path(page).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: data.get(k) for k in FIELDS} if isinstance(data, dict) else {}

"""data/raw -> `Article`s: every supported file under the input folder, identical texts read once.

Two streaming passes: the first keeps only a content hash per article (hash -> first id), the
second yields each article once with the ids of its copies, so memory stays small for 100k files.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline import config
from pipeline.articles.formats import error_record, read_file
from pipeline.articles.metadata import parse_published
from pipeline.fetch.sidecar import SIDECAR_SUFFIX
from pipeline.schema import Article, ArticleRecord, ArticleStatus

__all__ = ["read_articles", "record_for", "parse_published", "input_files", "content_hash"]

IGNORED_NAMES = frozenset({".gitkeep", "Thumbs.db", "desktop.ini"})


def read_articles(raw_dir: Path, on_count: Callable[[int], None] | None = None) -> Iterator[Article | ArticleRecord]:
    """Each article under `raw_dir` once (copies listed in `duplicate_ids`), and an error record
    (status "error", reason in `error`) for each input that is not a readable article.

    `on_count` is told how many distinct articles there are once the first pass has counted
    them, before the first one is yielded (progress bars use it for the time left)."""
    raw_dir = Path(raw_dir)
    if not raw_dir.exists():
        raise FileNotFoundError(f"input folder not found: {raw_dir}")
    plan = _plan_duplicates(raw_dir)
    if on_count is not None:
        on_count(len(plan.first_id))
    yielded: set[str] = set()
    for item in _items(raw_dir):
        if isinstance(item, ArticleRecord):
            yield item
            continue
        digest = content_hash(item.text)
        if plan.owner.get(item.id, digest) != digest:
            yield error_record(
                item.id, item.path, f'id "{item.id}" is already used by another article with a different text'
            )
            continue
        if plan.first_id.get(digest, item.id) != item.id or item.id in yielded:
            continue  # a copy: its id is listed in the first article's duplicate_ids
        yielded.add(item.id)
        copies = plan.copies.get(item.id)
        yield replace(item, duplicate_ids=tuple(copies)) if copies else item


def record_for(article: Article, status: ArticleStatus = "ok", error: str | None = None) -> ArticleRecord:
    """The articles.csv row of an article that was read (and processed, or not)."""
    return ArticleRecord(
        id=article.id,
        path=article.path,
        title=article.title,
        author=article.author,
        published=article.published,
        chars=len(article.text),
        status=status,
        error=error,
    )


def content_hash(text: str) -> bytes:
    """A digest that ignores Unicode composition and whitespace layout, to spot copies."""
    normal = unicodedata.normalize("NFC", " ".join(text.split()))
    return hashlib.blake2b(normal.encode("utf-8"), digest_size=16).digest()


@dataclass
class _DuplicatePlan:
    first_id: dict[bytes, str] = field(default_factory=dict)  # hash -> id of the first article
    owner: dict[str, bytes] = field(default_factory=dict)  # id -> hash of the text it names
    copies: dict[str, list[str]] = field(default_factory=dict)  # first id -> ids of its copies


def _plan_duplicates(raw_dir: Path) -> _DuplicatePlan:
    """First pass: which texts are copies of an earlier one, keeping hashes only."""
    plan = _DuplicatePlan()
    for item in _items(raw_dir):
        if isinstance(item, ArticleRecord):
            continue
        digest = content_hash(item.text)
        if plan.owner.setdefault(item.id, digest) != digest:
            continue  # the same id with another text: reported as an error in the second pass
        first = plan.first_id.setdefault(digest, item.id)
        copies = plan.copies.setdefault(first, [])
        if item.id != first and item.id not in copies:
            copies.append(item.id)
    return plan


def _items(raw_dir: Path) -> Iterator[Article | ArticleRecord]:
    for entry in input_files(raw_dir):
        if isinstance(entry, ArticleRecord):
            yield entry
        else:
            yield from read_file(*entry)


def input_files(raw_dir: Path) -> Iterator[tuple[Path, str] | ArticleRecord]:
    """(path, POSIX path relative to `raw_dir`) of each supported file, in sorted order; hidden
    files and folders are skipped, and an unreadable folder gives an error record."""
    raw_dir = Path(raw_dir)
    if raw_dir.is_file():
        yield raw_dir, raw_dir.name
        return
    failures: list[OSError] = []
    for root, dirs, files in os.walk(raw_dir, onerror=failures.append):
        yield from _folder_errors(failures, raw_dir)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name in IGNORED_NAMES or name.endswith(SIDECAR_SUFFIX):
                continue  # a sidecar is the metadata of the page beside it, not an article
            path = Path(root) / name
            if path.suffix.lower() in config.SUPPORTED_SUFFIXES:
                yield path, path.relative_to(raw_dir).as_posix()
    yield from _folder_errors(failures, raw_dir)


def _folder_errors(failures: list[OSError], raw_dir: Path) -> Iterator[ArticleRecord]:
    while failures:
        err = failures.pop(0)
        rel = Path(err.filename).relative_to(raw_dir).as_posix() if err.filename else str(raw_dir)
        reason = "permission denied" if isinstance(err, PermissionError) else (err.strerror or str(err))
        yield error_record(rel, rel, f"cannot read folder: {reason}")

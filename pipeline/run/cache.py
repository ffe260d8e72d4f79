"""Per-article results cached under data/interim/, so `make extract` only processes what changed.

An entry is keyed by the article (id, text, publication date, metadata) and by a signature of
everything else that shapes a result: the spaCy model's name and version, the files under
`models/` and the pipeline's own code. Editing the knowledge base or a trigger file changes the
signature, and every article is processed again with it; adding an article processes only that
one. Entries are written atomically as soon as each article is done, so an interrupted run
resumes where it stopped.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import shutil
from collections.abc import Iterable
from pathlib import Path

from pipeline import config
from pipeline.files import write_text_atomically
from pipeline.schema import Article, ArticleResult, article_result_from_dict, to_dict

CACHE_FORMAT = "1"


def model_version(model: str) -> str:
    """Version of an installed model package, without loading it (spaCy is not imported)."""
    try:
        return importlib.metadata.version(model.replace("_", "-"))
    except importlib.metadata.PackageNotFoundError:
        try:
            return importlib.metadata.version(model)
        except importlib.metadata.PackageNotFoundError:
            return "unknown"


def tree_fingerprint(paths: Iterable[Path]) -> str:
    """Hash of the names and contents of every file under the given folders (sorted, stable)."""
    digest = hashlib.sha256()
    for root in paths:
        files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for path in files:
            digest.update(str(path.relative_to(root)).encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.hexdigest()


def pipeline_signature(model: str) -> str:
    """What, besides the article, decides its result: model, knowledge files, code."""
    code_dir = Path(__file__).resolve().parent.parent  # the whole `pipeline` package
    parts = [CACHE_FORMAT, model, model_version(model), tree_fingerprint([config.MODELS_DIR, code_dir])]
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16]


def article_key(article: Article) -> str:
    """Content key of one article: same text and metadata under the same id, same key."""
    fields = [
        article.id,
        article.path,
        article.title or "",
        article.author or "",
        article.published.isoformat() if article.published else "",
        article.url or "",
        article.source or "",
        "|".join(article.duplicate_ids),
        article.text,
    ]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()[:32]


class ResultCache:
    """Cached `ArticleResult`s for one pipeline signature."""

    def __init__(self, root: Path, signature: str) -> None:
        self.root = root
        self.signature = signature
        self.dir = root / signature

    def path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, article: Article) -> ArticleResult | None:
        """The cached result of this article, or None (a corrupt entry counts as missing)."""
        return self.load(article_key(article))

    def load(self, key: str) -> ArticleResult | None:
        """The result stored under `key`, or None."""
        path = self.path(key)
        try:
            return article_result_from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (FileNotFoundError, ValueError, KeyError, TypeError):
            return None

    def put(self, article: Article, result: ArticleResult) -> str:
        """Store one result atomically (temporary file, then rename); return its key."""
        key = article_key(article)
        path = self.path(key)
        text = json.dumps(to_dict(result), ensure_ascii=False, separators=(",", ":"))
        write_text_atomically(path, text, durable=False)
        return key

    def prune_other_signatures(self) -> int:
        """Delete entries made by other models, knowledge bases or code versions."""
        removed = 0
        if self.root.is_dir():
            for child in self.root.iterdir():
                if child.is_dir() and child.name != self.signature and len(child.name) == 16:
                    shutil.rmtree(child, ignore_errors=True)
                    removed += 1
        return removed


class StoredResults:
    """The results of a run, kept on disk and read back one at a time, in article-id order.

    Iterating twice reads the files twice: memory holds one result, not the corpus's, however
    many articles there are. Results that never reached the cache (unreadable inputs) are kept
    in memory; they are small.
    """

    def __init__(self, cache: ResultCache) -> None:
        self.cache = cache
        self.keys: dict[str, str] = {}  # article id -> cache key
        self.extra: dict[str, ArticleResult] = {}

    def add(self, article_id: str, key: str) -> None:
        self.keys[article_id] = key

    def add_result(self, result: ArticleResult) -> None:
        self.extra[result.record.id] = result

    def __len__(self) -> int:
        return len(self.keys) + len(self.extra)

    def __iter__(self):
        for article_id in sorted(self.keys.keys() | self.extra.keys()):
            if article_id in self.extra:
                yield self.extra[article_id]
                continue
            result = self.cache.load(self.keys[article_id])
            if result is None:
                raise RuntimeError(f"{self.cache.path(self.keys[article_id])}: cached result vanished during the run")
            yield result

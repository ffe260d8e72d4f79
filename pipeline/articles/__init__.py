"""Step 1: data/raw -> `Article` (text, metadata, publication date), whatever the file format."""

from pipeline.articles.reader import content_hash, input_files, read_articles, record_for

__all__ = ["content_hash", "input_files", "read_articles", "record_for"]

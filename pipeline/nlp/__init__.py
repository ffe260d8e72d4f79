"""Step 2: the spaCy pipeline (French model + our components), its `Doc` extensions, `Doc` -> records."""

from pipeline.nlp.pipeline import ModelNotInstalled, build_nlp, load_model, make_doc, parse_articles, parse_text
from pipeline.nlp.records import article_result, failed_result

__all__ = [
    "ModelNotInstalled",
    "article_result",
    "build_nlp",
    "failed_result",
    "load_model",
    "make_doc",
    "parse_articles",
    "parse_text",
]

"""The actor knowledge base (models/actors): the lookup API and its loading from the CSV files."""

from pipeline.actors.kb.build import load_kb, validate_kb
from pipeline.actors.kb.model import DEFAULT_DIR, ROLES, KnowledgeBase

__all__ = ["DEFAULT_DIR", "ROLES", "KnowledgeBase", "load_kb", "validate_kb"]

"""Step 4: the actor resolver (`news_actor_resolver`): mentions -> actors of the knowledge base (`kb/`)."""

from pipeline.actors.kb import KnowledgeBase, load_kb, validate_kb
from pipeline.actors.resolver import ActorResolver, resolve

__all__ = ["ActorResolver", "KnowledgeBase", "load_kb", "resolve", "validate_kb"]

"""Step 5: the event extractor (`news_event_extractor`), and merging mentions into events."""

from pipeline.events.extractor import EventExtractor, extract_event_mentions
from pipeline.events.merge import merge_events
from pipeline.events.triggers import TriggerMatcher, load_triggers

__all__ = ["EventExtractor", "TriggerMatcher", "extract_event_mentions", "load_triggers", "merge_events"]

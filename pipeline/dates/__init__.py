"""Step 3: the temporal tagger (`news_temporal_tagger`) and the pure `normalize_date` behind it."""

from pipeline.dates.normalize import normalize_date
from pipeline.dates.tagger import TemporalTagger, build_date_nlp, find_dates, iter_date_records

__all__ = ["TemporalTagger", "build_date_nlp", "find_dates", "iter_date_records", "normalize_date"]

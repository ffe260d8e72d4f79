"""Step 7: the `extract` command: cache, worker processes or a Dask cluster, summary; and `bench`.

Only `run_extract` is exported here: importing this package must not load spaCy or pandas (a run
with nothing new never needs them); `workers` and `bench` are imported where they are used.
"""

from pipeline.run.extract import NothingProcessed, RunSummary, run_extract

__all__ = ["NothingProcessed", "RunSummary", "run_extract"]

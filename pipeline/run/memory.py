"""Peak memory of a process tree (a run and its worker processes), sampled from /proc.

`resource.getrusage` reports only the largest single child, not what a run and its workers hold
together, which is what matters on a 2-core, few-gigabyte machine. Forked workers share the
model's pages with their parent, so each process counts its proportional share (PSS) where the
kernel gives it, not its whole resident set, which would count shared pages once per process.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def tree_rss(root: int) -> int:
    """Memory of process `root` and all its descendants, PSS where available (0 without /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            parents[int(entry.name)] = int(fields[1])
            rss[int(entry.name)] = int(fields[21]) * PAGE
        except (OSError, ValueError, IndexError):
            continue
    members, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in members:
                members.add(child)
                frontier.append(child)
    return sum(_pss(pid, rss.get(pid, 0)) for pid in members)


def _pss(pid: int, fallback: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return fallback


class PeakMemory:
    """Samples the tree RSS of a process in a background thread; use as a context manager."""

    def __init__(self, root: int | None = None, interval: float = 0.25) -> None:
        self.root = root or os.getpid()
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(self.root))
            time.sleep(self.interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, tree_rss(self.root))

    @property
    def megabytes(self) -> float:
        return self.peak / 1024 / 1024

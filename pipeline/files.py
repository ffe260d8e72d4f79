"""Atomic file writing, the one way every step replaces a file.

Each file is written to a temporary file in its own folder and moved into place with `os.replace`
(atomic on one filesystem): a run that fails or is interrupted leaves the previous file whole,
never half of it. Outputs, the per-article cache and the run manifest all go through here.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)


def write_atomically(writers: dict[str, Callable[[Path], None]], out_dir: Path, *, durable: bool = True) -> list[Path]:
    """Run every writer on a temporary file, then move all of them into place.

    If any writer fails, every temporary file is removed and no file is replaced. `durable`
    flushes each file to disk before the rename (outputs); the cache, which can be rebuilt, skips it.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    mode = _new_file_mode()
    staged: list[tuple[Path, Path]] = []
    try:
        for name, write in writers.items():
            fd, tmp_name = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.", suffix=".tmp")
            os.close(fd)
            staged.append((Path(tmp_name), out_dir / name))
            write(Path(tmp_name))
            if durable:
                _fsync(Path(tmp_name))
            os.chmod(tmp_name, mode)
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, final in staged:
        os.replace(tmp, final)
    log.debug("wrote %d files to %s", len(staged), out_dir)
    return [final for _, final in staged]


def write_text_atomically(path: Path, text: str, *, durable: bool = True) -> Path:
    """Replace one UTF-8 text file atomically."""

    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")

    (written,) = write_atomically({path.name: write}, path.parent, durable=durable)
    return written


def _new_file_mode() -> int:
    """Permissions of a normally created file: mkstemp's 0600 would hide outputs from others."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())

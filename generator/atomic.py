"""Files written whole or not at all, with the mode an ordinary file gets (pages and caches alike).

A temporary file in the same folder, flushed to disk, renamed over the target, then the folder
flushed too: a run killed at any moment leaves the old file or the new one, never half of one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO


def _file_mode() -> int:
    """The mode a new file gets under the process's umask (0644 under the usual 022)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


FILE_MODE = _file_mode()


def temporary_beside(target: Path) -> tuple[IO[bytes], Path]:
    """An open temporary file next to `target` (`.NAME.XXXX.tmp`), with an ordinary file's mode."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.chmod(tmp, FILE_MODE)  # mkstemp makes it private (0600): pages and caches are ordinary files
    return os.fdopen(fd, "wb"), Path(tmp)


def atomic_write(target: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, flush it to disk, then rename over the target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fh, tmp = temporary_beside(target)
    try:
        with fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (a power cut right after it must not undo it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

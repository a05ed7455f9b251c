"""Safe replacement of a file: write beside it, fsync, rename over it."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes | list) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file,
    never half of one. The temporary file sits in the same directory (same device).
    ``data`` may be a list of bytes-like parts (written in order, never joined)."""
    parts = [data] if isinstance(data, (bytes, bytearray, memoryview)) else list(data)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".mediakit-tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for part in parts:
                handle.write(part)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform; the rename itself is atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

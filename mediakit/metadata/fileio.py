"""Safe replacement of a file: write beside it, fsync, rename over it.

A symlink is followed (its target is replaced, the link stays). A target with other hard
links cannot be replaced atomically and in place at once: we keep the atomic replace and
warn that the other links keep the old content."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes | list) -> list[str]:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file,
    never half of one. The temporary file sits in the same directory (same device).
    ``data`` may be a list of bytes-like parts (written in order, never joined).
    Returns warnings (other hard links left with the old content)."""
    parts = [data] if isinstance(data, (bytes, bytearray, memoryview)) else list(data)
    path = Path(os.path.realpath(path))  # write through a symlink, do not replace it
    warnings = _hard_link_warning(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".mediakit-tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for part in parts:
                handle.write(part)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            shutil.copymode(path, tmp)
        else:  # mkstemp makes 0600; a new file gets the mode open() would give it
            os.chmod(tmp, 0o666 & ~_current_umask())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(path.parent)
    return warnings


def _hard_link_warning(path: Path) -> list[str]:
    try:
        links = os.stat(path).st_nlink
    except OSError:
        return []  # new file
    if links > 1:
        return [f"{path} has {links - 1} other hard link(s); they keep the old content "
                "(the file was replaced atomically, not rewritten in place)"]
    return []


def _current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # the only portable way to read it: set and restore at once
    os.umask(mask)
    return mask


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

"""Checkpoints that let an interrupted batch run continue into the same output.

Beside the output ``OUT`` a run keeps ``OUT.mediakit-progress`` (JSON): how many input
documents are fully written, and the byte length of the output and of the error file at
that moment. The order of operations gives the guarantee:

1. records are written to the output (and error lines to the error file), in input order;
2. both files are flushed to the operating system;
3. the checkpoint is replaced atomically (write a temporary file, ``os.replace``).

A run killed anywhere leaves a checkpoint that is never ahead of the files. ``--resume``
cuts both files back to the lengths in the checkpoint (dropping whatever was written
after it, possibly half a line) and skips that many documents: no record is lost and
none is written twice. The checkpoint also holds a fingerprint of the inputs and
options, so a resume with other inputs is refused rather than silently mixed, and the
``source`` of the last document written: a folder whose files changed before that
point (a page added or removed) would shift the listing, so the resume checks that the
document at that place is still the same one and refuses otherwise.

The temporary file of step 3 has a name of its own in each run (``tempfile.mkstemp``
in the output's folder, so ``os.replace`` stays an atomic rename on one file system):
two runs, or a stale file left by a killed one, never write into each other's.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from typing import Any, Sequence

CHECKPOINT_SUFFIX = ".mediakit-progress"


class ResumeError(Exception):
    """A resume that cannot be done safely (other inputs, missing files ...)."""


@dataclass(slots=True)
class Checkpoint:
    fingerprint: str
    documents: int = 0
    output_bytes: int = 0
    errors_bytes: int = 0
    failed: int = 0
    complete: bool = False
    last_source: str | None = None  # of the document written last (None: not known)
    version: int = 2

    @staticmethod
    def path_for(output: str) -> str:
        return output + CHECKPOINT_SUFFIX

    @classmethod
    def load(cls, output: str) -> "Checkpoint | None":
        try:
            with open(cls.path_for(output), encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise ResumeError(f"unreadable checkpoint {cls.path_for(output)}: {exc}") from exc
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def save(self, output: str) -> None:
        path = self.path_for(output)
        folder, name = os.path.split(path)
        descriptor, temporary = tempfile.mkstemp(prefix=name + ".", suffix=".tmp", dir=folder or ".")
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as fh:
                json.dump(asdict(self), fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(temporary, path)
        except BaseException:
            _remove_quietly(temporary)
            raise


def _remove_quietly(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def fingerprint(inputs: Sequence[str], options: dict[str, Any]) -> str:
    """What must be the same for a resumed run to continue the earlier one."""
    text = json.dumps({"inputs": list(inputs), "options": options}, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def truncate(path: str, length: int) -> None:
    """Cut ``path`` back to ``length`` bytes (it must be at least that long)."""
    size = os.path.getsize(path) if os.path.exists(path) else 0
    if size < length:
        raise ResumeError(f"{path} is shorter ({size} bytes) than its checkpoint says ({length}); cannot resume")
    with open(path, "r+b") as fh:
        fh.truncate(length)

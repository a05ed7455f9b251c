"""Finding the local file of a record image: by URL path under the images folder, then
by file name anywhere below it."""
from __future__ import annotations

from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit


class ImageIndex:
    """Files under ``root`` by relative path and by name (built once per folder)."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.by_name: dict[str, list[Path]] = {}
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and not path.name.endswith(".xmp"):
                self.by_name.setdefault(path.name, []).append(path)

    def find(self, src: str | None) -> Path | None:
        if not src:
            return None
        url_path = unquote(urlsplit(src).path or src)
        parts = [p for p in PurePosixPath(url_path).parts if p not in ("/", "..", ".")]
        # The longest tail of the URL path that exists under the root wins.
        for start in range(len(parts)):
            candidate = self.root.joinpath(*parts[start:])
            if candidate.is_file():
                return candidate
        if parts:
            found = self.by_name.get(parts[-1])
            if found:
                return found[0]
        return None

"""How writing treats the files around an image: whose sidecar is whose, symlinks and
hard links, the mode of new files, and a folder index that is never stale. Each case is
a regression test for a reviewer's finding."""
from __future__ import annotations

import os
import pickle
import stat
from dataclasses import dataclass
from pathlib import Path

import pytest

from mediakit import metadata
from mediakit.cli.main import main
from mediakit.credits.registry import RegistryError
from mediakit.metadata.link import EmbeddedExtractor, attach_embedded, credits_agree
from mediakit.metadata.reconcile import reconcile
from mediakit.metadata.sidecar import sidecar_path
from mediakit.model import Article, Image
from test_metadata_support import make_image

SIDECAR_PACKET = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
    b'photoshop:Credit="Lightroom credit"/></rdf:RDF></x:xmpmeta>'
)


def _touch(folder: Path, names: tuple[str, ...]) -> None:
    for name in names:
        data = SIDECAR_PACKET if name.endswith(".xmp") else make_image("JPEG" if "jp" in name else "PNG")
        (folder / name).write_bytes(data)


# --- 1. a sidecar belongs to exactly one image -------------------------------------------

@dataclass(frozen=True)
class SidecarCase:
    note: str
    files: tuple[str, ...]
    image: str
    sidecar: str | None  # the sidecar read for ``image``


SIDECAR_CASES = [
    # Lightroom / Bridge: photo.xmp beside the only image called photo
    SidecarCase("plain name, stem not shared", ("photo.tif", "photo.xmp"), "photo.tif", "photo.xmp"),
    SidecarCase("a non-image sibling does not share the stem", ("photo.tif", "photo.txt", "photo.xmp"),
                "photo.tif", "photo.xmp"),
    # photo.jpg and photo.tif: nobody can tell whose photo.xmp is
    SidecarCase("plain name, stem shared", ("photo.jpg", "photo.tif", "photo.xmp"), "photo.jpg", None),
    SidecarCase("plain name, shared with a raw file", ("photo.jpg", "photo.NEF", "photo.xmp"), "photo.jpg", None),
    # exiftool / darktable: photo.jpg.xmp names its image
    SidecarCase("image name + .xmp first", ("photo.tif", "photo.tif.xmp", "photo.xmp"), "photo.tif", "photo.tif.xmp"),
    SidecarCase("image name + .xmp, stem shared", ("photo.jpg", "photo.tif", "photo.jpg.xmp"),
                "photo.jpg", "photo.jpg.xmp"),
    SidecarCase("another image's own sidecar is not read", ("photo.jpg", "photo.tif", "photo.tif.xmp"),
                "photo.jpg", None),
]


@pytest.mark.parametrize("case", SIDECAR_CASES, ids=lambda c: c.note)
def test_which_sidecar_is_read(tmp_path: Path, case: SidecarCase) -> None:
    _touch(tmp_path, case.files)
    found = sidecar_path(tmp_path / case.image)
    assert found == (tmp_path / case.sidecar if case.sidecar else None)


def test_embedding_a_jpeg_leaves_the_tiffs_sidecar_alone(tmp_path: Path) -> None:
    _touch(tmp_path, ("photo.jpg", "photo.tif", "photo.xmp"))
    result = metadata.write(tmp_path / "photo.jpg", {"credit": "Mine"})
    assert result.method == "embedded" and result.sidecar is None
    assert (tmp_path / "photo.xmp").read_bytes() == SIDECAR_PACKET
    assert metadata.read(tmp_path / "photo.jpg").credit == "Mine"


def test_new_sidecar_is_named_after_the_image(tmp_path: Path) -> None:
    _touch(tmp_path, ("photo.jpg", "photo.tif", "photo.xmp"))
    result = metadata.write(tmp_path / "photo.jpg", {"credit": "Mine"}, sidecar=True)
    assert result.sidecar == str(tmp_path / "photo.jpg.xmp")
    assert (tmp_path / "photo.xmp").read_bytes() == SIDECAR_PACKET
    assert metadata.read(tmp_path / "photo.jpg").sources["sidecar"] == {"credit": "Mine"}


def test_unshared_lightroom_sidecar_is_updated_in_place(tmp_path: Path) -> None:
    _touch(tmp_path, ("photo.jpg", "photo.xmp"))
    result = metadata.write(tmp_path / "photo.jpg", {"credit": "Mine"}, mode="overwrite", sidecar=True)
    assert result.sidecar == str(tmp_path / "photo.xmp")
    assert not (tmp_path / "photo.jpg.xmp").exists()
    assert metadata.read(tmp_path / "photo.jpg").credit == "Mine"


# --- 2. symlinks and hard links --------------------------------------------------------------

def test_embedding_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "photo.jpg"
    target.write_bytes(make_image("JPEG"))
    link = tmp_path / "link.jpg"
    link.symlink_to(target)
    assert main(["embed", str(link), "--caption", "Through the link"]) == 0
    assert link.is_symlink() and link.resolve() == target
    assert metadata.read(target).caption == "Through the link"
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["photo.jpg"], "no temporary file left"


def test_embedding_a_hard_linked_file_warns(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(make_image("JPEG"))
    other = tmp_path / "b.jpg"
    os.link(path, other)
    before = other.read_bytes()
    result = metadata.write(path, {"caption": "New"})
    assert any("hard link" in w for w in result.warnings)
    assert metadata.read(path).caption == "New"
    assert other.read_bytes() == before, "the other link keeps the old content (atomic replace)"


def test_no_hard_link_warning_for_a_single_link(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(make_image("JPEG"))
    assert not metadata.write(path, {"caption": "New"}).warnings


# --- 3. creator names holding ";" --------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_creator_with_semicolon_is_embedded(tmp_path: Path, fmt: str, capsys) -> None:
    path = tmp_path / f"e.{fmt.lower()}"
    path.write_bytes(make_image(fmt))
    assert main(["embed", str(path), "--creator", "Jane Doe", "--creator", "Kim; Lee"]) == 0
    assert "internal error" not in capsys.readouterr().err
    record = metadata.read(path)
    assert record.creators == ["Jane Doe", "Kim; Lee"]
    assert record.conflicts == []


@dataclass(frozen=True)
class CreatorsCase:
    note: str
    sources: dict
    creators: list[str]
    conflict: bool


CREATORS_CASES = [
    CreatorsCase("EXIF Artist split on ';': XMP's list wins",
                 {"exif": {"creators": ["Jane Doe", "Kim", "Lee"]}, "xmp": {"creators": ["Jane Doe", "Kim; Lee"]}},
                 ["Jane Doe", "Kim; Lee"], False),
    CreatorsCase("EXIF Artist split on ';': IIM's list wins",
                 {"exif": {"creators": ["Kim", "Lee"]}, "iptc": {"creators": ["Kim; Lee"]}}, ["Kim; Lee"], False),
    CreatorsCase("same names everywhere: EXIF", {"exif": {"creators": ["A", "B"]}, "xmp": {"creators": ["A", "B"]}},
                 ["A", "B"], False),
    CreatorsCase("different names: EXIF and a conflict",
                 {"exif": {"creators": ["A"]}, "xmp": {"creators": ["B; C"]}}, ["A"], True),
]


@pytest.mark.parametrize("case", CREATORS_CASES, ids=lambda c: c.note)
def test_creators_reconciled_with_exif_artist(case: CreatorsCase) -> None:
    values, conflicts = reconcile(case.sources, None)
    assert values["creators"] == case.creators
    assert bool(conflicts) is case.conflict


# --- 4. the mode of new files -------------------------------------------------------------

@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_new_sidecar_gets_the_umask_mode(tmp_path: Path, umask: int, mode: int) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(make_image("PNG"))
    old = os.umask(umask)
    try:
        result = metadata.write(path, {"credit": "X"}, sidecar=True)
        assert os.umask(umask) == umask, "reading the umask does not change it"
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(result.sidecar).st_mode) == mode


def test_rewritten_file_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(make_image("JPEG"))
    path.chmod(0o640)
    metadata.write(path, {"credit": "X"})
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


# --- 5. the image index is never a process-lifetime snapshot ---------------------------------

def _article() -> Article:
    return Article(source="p.html", kind="html", images=[Image(src="https://x.example/late.jpg")])


def test_attach_embedded_sees_files_added_later(tmp_path: Path) -> None:
    first = _article()
    attach_embedded(first, tmp_path)
    assert first.images[0].found_in == []
    (tmp_path / "sub").mkdir()  # found by name, through the index (not by URL path)
    (tmp_path / "sub" / "late.jpg").write_bytes(make_image("JPEG"))
    second = _article()
    attach_embedded(second, tmp_path)
    assert second.images[0].found_in == ["embedded-metadata"]


def test_extractor_index_is_per_instance_and_not_pickled(tmp_path: Path) -> None:
    extractor = EmbeddedExtractor(str(tmp_path), inner=lambda data, **kw: _article())
    assert extractor(b"").images[0].found_in == []
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "late.jpg").write_bytes(make_image("JPEG"))
    assert extractor.index() is extractor.index(), "one walk per instance, not per article"
    copy = pickle.loads(pickle.dumps(EmbeddedExtractor(str(tmp_path))))
    assert copy._index is None
    fresh = EmbeddedExtractor(str(tmp_path), inner=lambda data, **kw: _article())
    assert fresh(b"").images[0].found_in == ["embedded-metadata"]


# --- 6. only registry problems are swallowed -------------------------------------------------

class _Registry:
    def __init__(self, error: Exception):
        self.error = error

    def find_all(self, text: str):
        raise self.error


def test_registry_error_does_not_stop_linking() -> None:
    assert credits_agree("AFP", "Agence France-Presse", _Registry(RegistryError("broken"))) is False


def test_a_bug_in_the_registry_is_not_hidden() -> None:
    with pytest.raises(ZeroDivisionError):
        credits_agree("AFP", "Agence France-Presse", _Registry(ZeroDivisionError()))

"""Every input kind a batch reads: folders with globs, zip, tar, WARC/ARC, standard input."""
from __future__ import annotations

import gzip
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from batch_fixtures import (
    page, standard_warc_records, text_doc, write_arc, write_tar, write_warc, write_zip,
)
from mediakit.inputs.sources import (
    InputOptions, container_kind, image_key, iter_documents, looks_binary, read_warc_record,
    warc_image_index,
)


def docs(inputs, options=InputOptions(), stdin=None):
    skipped: Counter = Counter()
    found = list(iter_documents([str(i) for i in inputs], options, skipped, stdin=stdin))
    return found, skipped


# --------------------------------------------------------------------------- folders


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "news" / "drafts").mkdir(parents=True)
    (root / "news" / "b.html").write_bytes(page(2))
    (root / "news" / "a.htm").write_bytes(page(1))
    (root / "news" / "drafts" / "c.html").write_bytes(page(3))
    (root / "notes.txt").write_bytes(text_doc(4))
    (root / "style.css").write_bytes(b"body {}")
    (root / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return root


def test_folder_walk_is_sorted_recursive_and_takes_documents_only(site: Path):
    found, skipped = docs([site])
    names = [Path(d.source).relative_to(site).as_posix() for d in found]
    assert names == ["news/a.htm", "news/b.html", "news/drafts/c.html", "notes.txt"]
    assert skipped["not a document"] == 2  # style.css, logo.png
    assert all(d.error is None and d.data for d in found)


@dataclass(frozen=True)
class GlobExample:
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    expected: list[str]


GLOB_EXAMPLES = [
    GlobExample((), ("drafts/*",), ["news/a.htm", "news/b.html", "notes.txt"]),
    GlobExample((), ("*/drafts/*",), ["news/a.htm", "news/b.html", "notes.txt"]),
    GlobExample(("*.html",), (), ["news/b.html", "news/drafts/c.html"]),
    GlobExample(("*.html",), ("c.html",), ["news/b.html"]),
    GlobExample(("news/*",), ("*.htm",), ["news/b.html", "news/drafts/c.html"]),
    GlobExample(("*.css",), (), ["style.css"]),  # --include widens beyond the default endings
]


@pytest.mark.parametrize("example", GLOB_EXAMPLES, ids=lambda e: f"inc={e.include} exc={e.exclude}")
def test_folder_globs(site: Path, example: GlobExample):
    found, _ = docs([site], InputOptions(include=example.include, exclude=example.exclude))
    assert [Path(d.source).relative_to(site).as_posix() for d in found] == example.expected


def test_a_file_given_by_name_is_read_whatever_its_ending(tmp_path: Path):
    odd = tmp_path / "article.data"
    odd.write_bytes(page(7))
    found, _ = docs([odd])
    assert [d.source for d in found] == [str(odd)]
    assert found[0].data == page(7)


def test_missing_file_is_an_error_document_not_an_exception(tmp_path: Path):
    found, _ = docs([tmp_path / "nope.html", tmp_path])
    assert found[0].error is not None and found[0].error.stage == "read"
    assert "cannot read" in found[0].error.message


# --------------------------------------------------------------------------- zip and tar


MEMBERS = {
    "export/2024/one.html": page(1),
    "export/2024/two.html": page(2),
    "export/assets/pic.jpg": b"\xff\xd8\xff\xe0jpeg",
    "export/readme.txt": text_doc(3),
}


def test_zip_members_in_archive_order_with_provenance(tmp_path: Path):
    archive = write_zip(tmp_path / "export.zip", MEMBERS)
    found, skipped = docs([archive])
    assert [d.source for d in found] == [
        f"{archive}!export/2024/one.html", f"{archive}!export/2024/two.html", f"{archive}!export/readme.txt"]
    assert found[0].provenance == {"container": str(archive), "member": "export/2024/one.html"}
    assert found[1].data == page(2)
    assert skipped["not a document"] == 1


@pytest.mark.parametrize("suffix,mode", [
    ("tar", "w"), ("tar.gz", "w:gz"), ("tgz", "w:gz"), ("tar.bz2", "w:bz2"), ("tar.xz", "w:xz"),
])
def test_tar_members_streamed(tmp_path: Path, suffix: str, mode: str):
    archive = write_tar(tmp_path / f"export.{suffix}", MEMBERS, mode)
    found, skipped = docs([archive])
    assert [d.provenance["member"] for d in found] == ["export/2024/one.html", "export/2024/two.html", "export/readme.txt"]
    assert found[0].source == f"{archive}!export/2024/one.html"
    assert found[2].data == text_doc(3)
    assert skipped["not a document"] == 1


def test_archive_recognised_by_content_not_name(tmp_path: Path):
    disguised = write_tar(tmp_path / "export.bin", MEMBERS, "w:gz")
    found, _ = docs([disguised])
    assert len(found) == 3


def test_archive_globs_apply_to_member_names(tmp_path: Path):
    archive = write_zip(tmp_path / "export.zip", MEMBERS)
    found, _ = docs([archive], InputOptions(include=("*.html",), exclude=("two.*",)))
    assert [d.provenance["member"] for d in found] == ["export/2024/one.html"]


def test_archives_inside_a_folder_are_opened(tmp_path: Path):
    (tmp_path / "in").mkdir()
    write_zip(tmp_path / "in" / "a.zip", {"x.html": page(1)})
    write_warc(tmp_path / "in" / "b.warc.gz", standard_warc_records(1))
    found, _ = docs([tmp_path / "in"])
    assert [d.source.split("/")[-1] for d in found][0] == "a.zip!x.html"
    assert found[1].url == "https://news.example.org/story/1"


def test_oversized_member_is_an_error_and_the_walk_goes_on(tmp_path: Path):
    big = page(9) + b"<!--" + b"x" * 5000 + b"-->"
    archive = write_zip(tmp_path / "export.zip", {"a.html": page(1), "big.html": big, "c.html": page(3)})
    found, _ = docs([archive], InputOptions(max_bytes=2000))
    assert [(d.provenance["member"], d.error.stage if d.error else None) for d in found] == [
        ("a.html", None), ("big.html", "size-limit"), ("c.html", None)]


def test_truncated_tar_gives_documents_before_the_damage_then_an_error(tmp_path: Path):
    archive = write_tar(tmp_path / "cut.tar.gz", {f"p{n}.html": page(n) * 20 for n in range(1, 6)}, "w:gz")
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) * 2 // 3])
    found, _ = docs([archive])
    assert found[-1].error is not None and found[-1].error.stage == "read"
    assert all(d.error is None for d in found[:-1])


def test_single_compressed_page(tmp_path: Path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(page(5)))
    found, _ = docs([path])
    assert [d.source for d in found] == [str(path)] and found[0].data == page(5)


# --------------------------------------------------------------------------- WARC and ARC


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
def test_warc_html_responses_become_documents_and_the_rest_is_counted(tmp_path: Path, gzipped: bool):
    warc = write_warc(tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc"), standard_warc_records(3), gzipped)
    found, skipped = docs([warc])
    assert [d.url for d in found] == [f"https://news.example.org/story/{n}" for n in (1, 2, 3)]
    assert [d.data for d in found] == [page(1), page(2), page(3)]
    assert all(d.kind == "html" for d in found)
    assert skipped == Counter({"warc request": 3, "warc image (kept for matching)": 3, "warc revisit": 1,
                               "warc non-200": 1, "warc other content type": 1})
    first = found[0]
    assert first.source == f"{warc}#{first.provenance['warc_offset']}"
    assert first.provenance["warc_record_id"].startswith("<urn:uuid:")
    # The offset really points at the record: reading there gives the same payload.
    assert read_warc_record(str(warc), first.provenance["warc_offset"]) == page(1)


def test_warc_image_records_are_indexed_by_url(tmp_path: Path):
    warc = write_warc(tmp_path / "crawl.warc.gz", standard_warc_records(2))
    index = warc_image_index(str(warc))
    assert set(index) == {image_key("https://news.example.org/img/1.jpg"), image_key("http://news.example.org/img/2.jpg")}
    entry = index[image_key("https://news.example.org/img/2.jpg")]
    assert entry["content_type"] == "image/jpeg"
    assert read_warc_record(str(warc), entry["warc_offset"]) == b"\xff\xd8\xff\xe0fakejpeg"


def test_broken_gzip_member_is_one_error_and_reading_resumes_after_it(tmp_path: Path):
    records = [("response", f"https://news.example.org/story/{n}", page(n), "text/html", "200 OK") for n in (1, 2, 3)]
    warc = write_warc(tmp_path / "broken.warc.gz", records)
    found_ok, _ = docs([warc])
    offsets = [d.provenance["warc_offset"] for d in found_ok]
    data = bytearray(warc.read_bytes())
    # Scramble the middle of the second record's gzip member (header kept intact).
    middle = (offsets[1] + offsets[2]) // 2
    data[middle:middle + 40] = b"\x00" * 40
    warc.write_bytes(bytes(data))
    found, _ = docs([warc])
    assert [d.error.stage if d.error else d.url for d in found] == [
        "https://news.example.org/story/1", "read", "https://news.example.org/story/3"]
    assert found[1].source == f"{warc}#{offsets[1]}"


def test_arc_file(tmp_path: Path):
    arc = write_arc(tmp_path / "old.arc", [("http://news.example.org/a", page(1)), ("http://news.example.org/b", page(2))])
    found, _ = docs([arc])
    assert [d.url for d in found] == ["http://news.example.org/a", "http://news.example.org/b"]
    assert [d.data for d in found] == [page(1), page(2)]


def test_arc_gz_file(tmp_path: Path):
    arc = write_arc(tmp_path / "old.arc.gz", [("http://news.example.org/a", page(1)), ("http://news.example.org/b", page(2))],
                    gzipped=True)
    found, _ = docs([arc])
    assert [d.url for d in found] == ["http://news.example.org/a", "http://news.example.org/b"]
    assert found[1].data == page(2)


def test_oversized_warc_record(tmp_path: Path):
    records = [("response", "https://e.org/big", page(1) + b" " * 5000, "text/html", "200 OK"),
               ("response", "https://e.org/small", page(2), "text/html", "200 OK")]
    warc = write_warc(tmp_path / "c.warc.gz", records)
    found, _ = docs([warc], InputOptions(max_bytes=3000))
    assert [d.error.stage if d.error else "ok" for d in found] == ["size-limit", "ok"]


# --------------------------------------------------------------------------- standard input


def test_dash_is_one_document_on_stdin():
    found, _ = docs(["-"], stdin=io.BytesIO(page(1)))
    assert [(d.source, d.data) for d in found] == [("-", page(1))]


def test_at_dash_is_a_list_of_paths_on_stdin(tmp_path: Path):
    a = tmp_path / "a.html"
    a.write_bytes(page(1))
    archive = write_zip(tmp_path / "b.zip", {"b.html": page(2)})
    listing = f"{a}\n\n  {archive}  \n".encode()
    found, _ = docs(["@-"], stdin=io.BytesIO(listing))
    assert [d.source for d in found] == [str(a), f"{archive}!b.html"]


# --------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize("head,kind", [
    (b"PK\x03\x04rest", "zip"),
    (b"WARC/1.0\r\n", "warc"),
    (b"filedesc://x.arc 0.0.0.0", "warc"),
    (gzip.compress(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", mtime=0), "warc"),
    (gzip.compress(b"<html><p>hi</p></html>", mtime=0), "compressed"),
    (b"<!doctype html><html>", "document"),
    (b"Just some text", "document"),
])
def test_container_kind(head: bytes, kind: str):
    assert container_kind(head) == kind


@pytest.mark.parametrize("data,binary", [
    (page(1), False), (text_doc(1), False), ("Grüße".encode("utf-16"), False),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", True), (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", True),
])
def test_looks_binary(data: bytes, binary: bool):
    assert looks_binary(data) is binary


@pytest.mark.parametrize("suffix,mode", [("tar.bz2", "w:bz2"), ("tar.xz", "w:xz"), ("tar.gz", "w:gz")])
def test_large_compressed_tar_is_recognised(tmp_path: Path, suffix: str, mode: str):
    import random
    rng = random.Random(5)
    filler = " ".join(rng.choice(["harbour", "river", "council", "storm"]) for _ in range(40000)).encode()
    members = {f"p{n}.html": page(n).replace(b"</article>", b"<p>" + filler + b"</p></article>") for n in range(3)}
    archive = write_tar(tmp_path / f"big.{suffix}", members, mode)
    assert archive.stat().st_size > 2048
    found, _ = docs([archive])
    assert [d.provenance["member"] for d in found] == ["p0.html", "p1.html", "p2.html"]


def test_damaged_compressed_file_is_a_read_error(tmp_path: Path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(page(1))[:30] + b"\x00" * 50)
    (doc,) = docs([path])[0]
    assert doc.error is not None and doc.error.stage == "read"


def test_warc_from_any_seekable_stream(tmp_path: Path):
    """Object storage (fsspec, in Spark) hands the reader a stream, not a local file."""
    from mediakit.inputs.sources import iter_warc

    warc = write_warc(tmp_path / "crawl.warc.gz", standard_warc_records(2))
    blob = warc.read_bytes()
    skipped: Counter = Counter()
    found = list(iter_warc("s3://bucket/crawl.warc.gz", InputOptions(), skipped, opener=lambda _: io.BytesIO(blob)))
    assert [d.source.split("#")[0] for d in found] == ["s3://bucket/crawl.warc.gz"] * 2
    assert [d.url for d in found] == ["https://news.example.org/story/1", "https://news.example.org/story/2"]
    assert found[0].archived_images  # the image index was built from the stream too


# --------------------------------------------------------------------------- compressed documents in folders and archives


def compress(kind: str, data: bytes) -> bytes:
    import bz2
    import lzma
    return {"gz": gzip.compress, "bz2": bz2.compress, "xz": lzma.compress}[kind](data)


@pytest.mark.parametrize("kind", ["gz", "bz2", "xz"])
def test_compressed_pages_in_a_folder_are_read_like_the_same_file_given_by_name(tmp_path: Path, kind: str):
    """The reviewer's case: ``page.html.gz`` was extracted when named, skipped in a folder walk."""
    root = tmp_path / "site"
    root.mkdir()
    (root / f"page.html.{kind}").write_bytes(compress(kind, page(1)))
    (root / f"notes.txt.{kind}").write_bytes(compress(kind, text_doc(2)))
    (root / f"style.css.{kind}").write_bytes(compress(kind, b"body {}"))  # not a document
    found, skipped = docs([root])
    assert [Path(d.source).name for d in found] == [f"notes.txt.{kind}", f"page.html.{kind}"]
    assert [d.data for d in found] == [text_doc(2), page(1)]
    assert all(d.error is None and not d.warnings for d in found)
    assert skipped["not a document"] == 1
    (by_name,) = docs([root / f"page.html.{kind}"])[0]
    assert by_name.data == found[1].data


def test_compressed_archives_in_a_folder_are_still_opened_as_archives(tmp_path: Path):
    root = tmp_path / "site"
    root.mkdir()
    write_tar(root / "export.tar.gz", {"p1.html": page(1)}, "w:gz")
    (root / "p2.html.gz").write_bytes(gzip.compress(page(2)))
    found, _ = docs([root])
    assert [d.source.rsplit("/", 1)[-1] for d in found] == ["export.tar.gz!p1.html", "p2.html.gz"]
    assert [d.data for d in found] == [page(1), page(2)]


@pytest.mark.parametrize("kind", ["gz", "bz2", "xz"])
def test_compressed_members_of_zip_and_tar_are_decompressed(tmp_path: Path, kind: str):
    members = {f"a.html.{kind}": compress(kind, page(1)), "b.html": page(2), f"c.css.{kind}": compress(kind, b"x")}
    for archive in (write_zip(tmp_path / "export.zip", members), write_tar(tmp_path / "export.tar", members, "w")):
        found, skipped = docs([archive])
        assert [d.provenance["member"] for d in found] == [f"a.html.{kind}", "b.html"]
        assert [d.data for d in found] == [page(1), page(2)]
        assert skipped["not a document"] == 1


def long_page() -> bytes:
    """A page whose compressed form is long enough to cut in the middle (varied text)."""
    paragraphs = "".join(f"<p>Paragraph {n}: harbour {n * 7919 % 1000} boats, {n * 104729 % 997} nets.</p>"
                         for n in range(400))
    return page(1).replace(b"</article>", paragraphs.encode() + b"</article>")


@pytest.mark.parametrize("where", ["by name", "in a folder", "in a zip"])
def test_truncated_gzip_keeps_what_decompressed_with_a_warning(tmp_path: Path, where: str):
    whole = long_page()
    cut = gzip.compress(whole)[: len(gzip.compress(whole)) // 2]
    root = tmp_path / "site"
    root.mkdir()
    (root / "page.html.gz").write_bytes(cut)
    given = {"by name": root / "page.html.gz", "in a folder": root,
             "in a zip": write_zip(tmp_path / "export.zip", {"page.html.gz": cut})}[where]
    (doc,) = docs([given])[0]
    assert doc.error is None
    assert 0 < len(doc.data) < len(whole) and whole.startswith(doc.data)
    (warning,) = doc.warnings
    assert "truncated" in warning and f"first {len(doc.data)} bytes" in warning


def test_gzip_cut_before_any_content_is_a_clear_read_error(tmp_path: Path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(long_page())[:12])  # the header and almost nothing else
    (doc,) = docs([path])[0]
    assert doc.error is not None and doc.error.stage == "read"
    assert "truncated" in doc.error.message and str(path) in doc.error.message


def test_corrupt_gzip_error_says_so(tmp_path: Path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(page(1))[:10] + b"\xff" * 50)  # a gzip header, then no valid block
    (doc,) = docs([path])[0]
    assert doc.error is not None and doc.error.stage == "read"
    assert "corrupt compressed data" in doc.error.message and str(path) in doc.error.message

"""``mediakit inspect``, ``mediakit embed`` (single image and --records), and linking
embedded metadata to extracted articles."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediakit import metadata
from mediakit.cli.main import main
from mediakit.metadata.link import attach_embedded, credits_agree
from mediakit.metadata.matching import ImageIndex
from mediakit.model import Article, Image
from test_metadata_support import make_image


def _lines(capsys) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_inspect_batch_goes_on_after_a_broken_file(tmp_path: Path, capsys) -> None:
    good = tmp_path / "good.jpg"
    good.write_bytes(make_image("JPEG"))
    metadata.write(good, {"caption": "Légende", "creators": ["Jane Doe"]})
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not an image")
    status = main(["inspect", str(good), str(broken), str(good)])
    out = capsys.readouterr()
    records = [json.loads(line) for line in out.out.splitlines()]
    assert status == 1
    assert [r["path"] for r in records] == [str(good), str(broken), str(good)]
    assert records[0]["caption"] == "Légende" and records[0]["creators"] == ["Jane Doe"]
    assert records[1]["warnings"] and records[1]["format"] is None
    assert "broken.jpg" in out.err
    assert "Légende" in out.out  # UTF-8 written as itself


def test_inspect_all_good_exits_zero(tmp_path: Path, capsys) -> None:
    path = tmp_path / "a.webp"
    path.write_bytes(make_image("WEBP"))
    assert main(["inspect", str(path)]) == 0
    (record,) = _lines(capsys)
    assert (record["format"], record["width"], record["height"]) == ("WEBP", 96, 64)


def test_embed_then_inspect(tmp_path: Path, capsys) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(make_image("PNG"))
    status = main(["embed", str(path), "--caption", "A caption", "--credit", "AP Photo",
                   "--creator", "Ann", "--creator", "Bob", "--source", "AP", "--copyright", "© AP"])
    (report,) = _lines(capsys)
    assert status == 0 and report["status"] == "written"
    main(["inspect", str(path)])
    (record,) = _lines(capsys)
    assert {k: record[k] for k in ("caption", "credit", "creators", "source", "copyright")} == {
        "caption": "A caption", "credit": "AP Photo", "creators": ["Ann", "Bob"], "source": "AP", "copyright": "© AP"}
    # fill (default) keeps what is there; overwrite replaces it
    main(["embed", str(path), "--caption", "Other"])
    assert _lines(capsys)[0]["status"] == "unchanged"
    main(["embed", str(path), "--caption", "Other", "--mode", "overwrite"])
    assert _lines(capsys)[0]["written"] == {"caption": "Other"}


def test_embed_sidecar_and_errors(tmp_path: Path, capsys) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(make_image("JPEG"))
    before = path.read_bytes()
    assert main(["embed", str(path), "--credit", "X", "--sidecar"]) == 0
    assert _lines(capsys)[0]["sidecar"] == str(tmp_path / "a.jpg.xmp")
    assert path.read_bytes() == before
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe1\xff\xff")
    assert main(["embed", str(bad), "--credit", "X"]) == 1
    out = capsys.readouterr()
    assert json.loads(out.out)["status"] == "error" and "bad.jpg" in out.err
    with pytest.raises(SystemExit):
        main(["embed", str(path)])  # nothing to write


def _records_file(tmp_path: Path) -> Path:
    records = [
        {"source": "page1.html", "images": [
            {"src": "https://news.example/img/2026/06/seine.jpg", "caption": "The Seine",
             "credit": "Jane Doe/AFP", "creators": ["Jane Doe"],
             "agencies": [{"id": "afp", "name": "AFP", "role": "source", "raw": "AFP"}], "copyright": None},
            {"src": "https://news.example/img/missing.jpg", "caption": "Gone", "credit": "AP",
             "creators": [], "agencies": [], "copyright": None},
        ]},
        {"source": "page2.html", "images": [
            {"src": "https://cdn.example/x/y/harbour.png?w=800", "caption": "Harbour", "credit": "Reuters",
             "creators": [], "agencies": [], "copyright": "© Reuters"}]},
    ]
    path = tmp_path / "extracted.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\nnot json\n", encoding="utf-8")
    return path


def test_embed_records(tmp_path: Path, capsys) -> None:
    images = tmp_path / "images"
    (images / "img" / "2026" / "06").mkdir(parents=True)
    (images / "img" / "2026" / "06" / "seine.jpg").write_bytes(make_image("JPEG"))
    (images / "elsewhere").mkdir()
    (images / "elsewhere" / "harbour.png").write_bytes(make_image("PNG"))
    records = _records_file(tmp_path)
    status = main(["embed", "--records", str(records), "--images", str(images), "--dry-run"])
    reports = _lines(capsys)
    assert [r["status"] for r in reports] == ["matched", "unmatched", "matched", "error"]
    assert status == 1  # the line that is not JSON
    assert metadata.read(images / "img" / "2026" / "06" / "seine.jpg").caption is None  # dry run
    main(["embed", "--records", str(records), "--images", str(images)])
    reports = _lines(capsys)
    assert [r["status"] for r in reports] == ["written", "unmatched", "written", "error"]
    seine = metadata.read(images / "img" / "2026" / "06" / "seine.jpg")
    assert (seine.caption, seine.credit, seine.creators, seine.source) == ("The Seine", "Jane Doe/AFP", ["Jane Doe"], "AFP")
    harbour = metadata.read(images / "elsewhere" / "harbour.png")
    assert (harbour.caption, harbour.copyright) == ("Harbour", "© Reuters")


MATCHES = [
    ("https://a.example/img/2026/06/seine.jpg", "img/2026/06/seine.jpg"),  # by URL path
    ("/img/2026/06/seine.jpg", "img/2026/06/seine.jpg"),  # relative URL
    ("https://cdn.example/resize/800/seine.jpg?x=1", "img/2026/06/seine.jpg"),  # by file name
    ("https://a.example/other/caf%C3%A9.jpg", "café.jpg"),  # percent-encoded name
    ("https://a.example/none.jpg", None),
    (None, None),
]


@pytest.mark.parametrize("src,expected", MATCHES)
def test_image_index(tmp_path: Path, src, expected) -> None:
    (tmp_path / "img" / "2026" / "06").mkdir(parents=True)
    (tmp_path / "img" / "2026" / "06" / "seine.jpg").write_bytes(b"x")
    (tmp_path / "café.jpg").write_bytes(b"x")
    found = ImageIndex(tmp_path).find(src)
    assert (found.relative_to(tmp_path).as_posix() if found else None) == expected


AGREE = [
    ("AFP", "AFP", True),
    ("Jane Doe / AFP", "jane doe/afp", True),  # folding: case, spacing, punctuation
    ("ＡＦＰ", "AFP", True),  # full-width
    ("Reuters", "AFP", False),
]


@pytest.mark.parametrize("printed,embedded,agree", AGREE)
def test_credits_agree(printed: str, embedded: str, agree: bool) -> None:
    assert credits_agree(printed, embedded) is agree


class _FakeRegistry:
    """Names two agencies: enough to test "same agencies named" without the bundled data."""

    class _A:
        def __init__(self, id):  # noqa: A002
            self.id = id

    def find_all(self, text):
        from types import SimpleNamespace
        found = []
        for needle, agency in (("agence france-presse", "afp"), ("afp", "afp"), ("getty", "getty-images")):
            if needle in text.lower() and all(f.agency.id != agency for f in found):
                found.append(SimpleNamespace(agency=self._A(agency)))
        return found


def test_credits_naming_the_same_agencies_agree() -> None:
    reg = _FakeRegistry()
    assert credits_agree("Agence France-Presse", "AFP", reg)
    assert not credits_agree("AFP", "AFP via Getty Images", reg)


def test_attach_embedded(tmp_path: Path) -> None:
    (tmp_path / "a.jpg").write_bytes(make_image("JPEG"))
    metadata.write(tmp_path / "a.jpg", {"credit": "Reuters", "caption": "In the file"})
    (tmp_path / "b.png").write_bytes(make_image("PNG"))
    metadata.write(tmp_path / "b.png", {"credit": "AFP"})
    article = Article(source="p.html", kind="html", images=[
        Image(src="https://x.example/a.jpg", credit="AFP", found_in=["figcaption"]),
        Image(src="https://x.example/b.png", credit="afp", found_in=["figcaption"]),
        Image(src="https://x.example/c.jpg", credit="AP"),
    ])
    attach_embedded(article, tmp_path)
    a, b, c = article.images
    assert a.found_in == ["figcaption", "embedded-metadata"]
    assert a.to_dict()["embedded"]["caption"] == "In the file"
    assert b.found_in == ["figcaption", "embedded-metadata"]
    assert "embedded" not in c.extra and c.found_in == []
    assert len(article.warnings) == 1 and "Reuters" in article.warnings[0] and "a.jpg" in article.warnings[0]


PAGE = """<html><head><title>Seine</title><link rel="canonical" href="https://news.example/a/seine"></head>
<body><article><h1>Seine</h1><p>Body text of the article, long enough to be the body of an article.</p>
<figure><img src="/img/seine.jpg" alt="river"><figcaption>The Seine at dusk. Photo: Jane Doe/AFP</figcaption>
</figure></article></body></html>"""


def test_extract_with_images_and_jsonld(tmp_path: Path, capsys) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    (tmp_path / "imgs" / "img").mkdir(parents=True)
    image = tmp_path / "imgs" / "img" / "seine.jpg"
    image.write_bytes(make_image("JPEG"))
    metadata.write(image, {"credit": "Reuters", "caption": "Embedded caption"})
    assert main(["extract", "-q", "-j", "1", "--images", str(tmp_path / "imgs"), str(page)]) == 0
    (record,) = _lines(capsys)
    (img,) = [i for i in record["images"] if i["src"] and i["src"].endswith("seine.jpg")]
    assert "embedded-metadata" in img["found_in"]
    assert img["embedded"]["caption"] == "Embedded caption" and img["embedded"]["schema"] == "mediakit.embedded/1"
    assert any("Reuters" in w and "disagrees" in w for w in record["warnings"])
    assert main(["extract", "-q", "-j", "1", "--format", "jsonld", str(page)]) == 0
    (doc,) = _lines(capsys)
    assert doc["@context"] == "https://schema.org" and doc["@type"] == "Article"
    (obj,) = doc["image"]
    assert obj["@type"] == "ImageObject" and obj["contentUrl"].endswith("/img/seine.jpg")
    assert obj["creditText"] == img["credit"]
    assert {"@type": "Person", "name": "Jane Doe"} in obj.get("creator", [])


def test_jsonld_from_record() -> None:
    from mediakit.metadata.jsonld import article_jsonld

    record = {"source": "p.html", "url": "https://x.example/p", "title": "T", "lang": "fr", "images": [
        {"src": "https://x.example/a.jpg", "caption": "C", "credit": "Jane Doe/AFP", "creators": ["Jane Doe"],
         "agencies": [{"id": "afp", "name": "AFP", "role": "source", "raw": "AFP"}], "copyright": "© AFP"}]}
    doc = article_jsonld(record)
    assert doc["headline"] == "T" and doc["inLanguage"] == "fr" and doc["identifier"] == "p.html"
    (obj,) = doc["image"]
    assert {k: obj[k] for k in ("@type", "contentUrl", "caption", "creditText", "creator", "copyrightNotice")} == {
        "@type": "ImageObject", "contentUrl": "https://x.example/a.jpg", "caption": "C",
        "creditText": "Jane Doe/AFP", "creator": [{"@type": "Person", "name": "Jane Doe"}],
        "copyrightNotice": "© AFP"}
    assert obj["copyrightHolder"]["@type"] == "Organization" and "@context" not in obj

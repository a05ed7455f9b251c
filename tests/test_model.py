"""The records keep to the output contract, and the API is safe to share between threads."""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import jsonschema
import pytest

import mediakit
from mediakit.model import AgencyRef, Article, Image
from mediakit.schema import schema

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = sorted(p for p in (ROOT / "samples").glob("*") if p.suffix in (".html", ".txt", ".md"))

CONTRACT_ARTICLE_KEYS = ["schema", "source", "kind", "url", "lang", "title", "body", "images", "warnings"]
CONTRACT_IMAGE_KEYS = ["src", "alt", "caption", "credit", "creators", "agencies", "copyright", "found_in"]


def _validator(name: str = "article") -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema(name))


def test_article_to_dict_has_exactly_the_contract_keys_in_order():
    image = Image(src="https://example.org/a.jpg", caption="A caption", credit="Jane Doe/AFP",
                  creators=["Jane Doe"], agencies=[AgencyRef("afp", "Agence France-Presse", "source", "AFP")],
                  found_in=["figcaption"])
    out = Article(source="a.html", kind="html", body=["Text."], images=[image]).to_dict()
    assert list(out) == CONTRACT_ARTICLE_KEYS
    assert list(out["images"][0]) == CONTRACT_IMAGE_KEYS
    assert out["images"][0]["agencies"] == [{"id": "afp", "name": "Agence France-Presse", "role": "source", "raw": "AFP"}]
    _validator().validate(out)


def test_added_fields_come_after_the_contract_and_never_replace_it():
    article = Article(source="x", kind="text", extra={"provenance": {"member": "a.txt"}, "schema": "other"})
    out = article.to_dict()
    assert out["schema"] == "mediakit.article/1"
    assert list(out)[-1] == "provenance"


def test_bundled_schema_agrees_with_the_shared_contract():
    contract = SHARED / "contract" / "article.schema.json"
    if not contract.exists():
        pytest.skip("../shared is not beside this checkout")
    theirs = json.loads(contract.read_text("utf-8"))
    ours = schema("article")
    assert ours["required"] == theirs["required"]
    assert ours["properties"] == theirs["properties"]


@pytest.mark.skipif(not SAMPLES, reason="no samples yet")
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_real_outputs_validate_against_the_schema(path: Path):
    out = mediakit.extract(path).to_dict()
    _validator().validate(out)
    json.dumps(out, ensure_ascii=False).encode("utf-8")


def test_image_jsonld_is_a_schema_org_image_object():
    image = Image(src="https://example.org/a.jpg", caption="Fans", credit="Jane Doe/AFP", creators=["Jane Doe"],
                  agencies=[AgencyRef("afp", "Agence France-Presse", "source", "AFP")])
    ld = image.to_jsonld()
    assert ld["@type"] == "ImageObject" and ld["contentUrl"] == "https://example.org/a.jpg"
    assert ld["creditText"] == "Jane Doe/AFP"
    assert ld["creator"] == [{"@type": "Person", "name": "Jane Doe"}]
    assert ld["copyrightHolder"] == {"@type": "Organization", "name": "Agence France-Presse"}


def test_parsing_from_many_threads_gives_the_same_results():
    lines = ["Photo by Jane Doe/AFP via Getty Images", "朝鮮通信社/KCNA via KNS", "新华社记者 张三 摄",
             "Gavriil Grigorov/Sputnik", "(서울=연합뉴스) 홍길동 기자"] * 40
    expected = [mediakit.parse_credit(line).to_dict() for line in lines]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda s: mediakit.parse_credit(s).to_dict(), lines))
    assert got == expected


def test_a_user_registry_changes_one_call_and_not_the_next():
    extra = ROOT / "tests" / "fixtures" / "registry-extra.toml"
    registry = mediakit.load_registry(extra=[extra])
    assert [a.id for a in mediakit.parse_credit("Foto: Lokalblatt Nord/Max Muster", registry).agencies] == ["lokalblatt-nord"]
    assert [a.id for a in mediakit.parse_credit("Foto: Lokalblatt Nord/Max Muster").agencies] == [None]


def test_stages_are_reachable_from_the_package():
    import mediakit as mk
    assert callable(mk.metadata.read) and callable(mk.extract) and callable(mk.parse_credit)
    with pytest.raises(AttributeError):
        mk.no_such_name  # noqa: B018

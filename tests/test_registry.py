"""The bundled agency registry: its data files, folding across scripts, lookups and search
inside longer strings, user extension files and errors on bad files."""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import pytest
import regex

from mediakit.credits.fold import fold, key
from mediakit.credits.parser import _SEPARATOR, parse_credit
from mediakit.credits.registry import (
    KINDS, Registry, RegistryError, _bundled_entries, _read_toml, default_registry,
    load_registry, parse_entries,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"

# Words that describe a picture's role, never its source: none may be an agency name.
ROLE_WORDS = ["Pool", "Handout", "File", "Staff", "Courtesy", "STR", "DR", "zvg", "Archive",
              "Uncredited", "Contributor", "Photo", "Foto", "Image source", "Bild", "Screenshot"]


class Example(NamedTuple):
    text: str
    expected: str | None  # agency id, or None for no agency


@pytest.fixture(scope="module")
def registry() -> Registry:
    return default_registry()


def _agency_files() -> list[tuple[str, str]]:
    folder = resources.files("mediakit.credits").joinpath("data/agencies")
    return [(item.name, item.read_text("utf-8")) for item in folder.iterdir() if item.name.endswith(".toml")]


# -- the data files -----------------------------------------------------------------------

def test_ids_are_unique_across_files():
    seen: dict[str, str] = {}
    for name, text in _agency_files():
        for agency in parse_entries(_read_toml(text, name), name):
            assert agency.id not in seen, f"{agency.id} in {name} and {seen.get(agency.id)}"
            seen[agency.id] = name


def test_every_entry_has_a_valid_kind_and_fields(registry):
    for agency in registry:
        assert agency.kind in KINDS, agency.id
        assert agency.name and agency.short, agency.id
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", agency.id), agency.id
        if agency.country:
            assert re.fullmatch(r"[A-Z]{2}|INT", agency.country), agency.id
        if agency.parent:
            assert agency.parent in registry, f"{agency.id}: unknown parent {agency.parent}"


def test_size_and_coverage(registry):
    assert len(registry) >= 300
    national = {a.country for a in registry if a.kind == "national-agency" and a.country}
    assert len(national) >= 80
    assert {a.kind for a in registry} == set(KINDS)


def test_state_media_are_flagged(registry):
    for agency_id in ["kcna", "kns", "xinhua", "tass", "ria-novosti", "sputnik", "cgtn", "irna", "sana", "press-tv"]:
        assert registry.get(agency_id).state_media, agency_id
    assert not registry.get("afp").state_media
    assert all(a.state_media for a in registry if a.kind == "state-media")


def test_every_name_resolves_back_to_its_agency(registry):
    """Unless the agency itself marked the name as shared with another one."""
    for agency in registry:
        marked = {key(n) for n in agency.ambiguous}
        for name in agency.names:
            assert key(name), f"{agency.id}: {name!r} folds to nothing"
            found = registry.lookup(name)
            if key(name) in marked:
                assert found is not None, f"{agency.id}: {name!r}"
            else:
                assert found is agency, f"{agency.id}: {name!r} -> {found and found.id}"


def test_a_folded_name_is_claimed_plainly_by_one_agency_at_most(registry):
    plain = defaultdict(set)
    for agency in registry:
        marked = {key(n) for n in agency.ambiguous}
        for name in agency.names:
            if key(name) not in marked:
                plain[key(name)].add(agency.id)
    assert {k: ids for k, ids in plain.items() if len(ids) > 1} == {}


def test_collisions_are_all_marked_ambiguous(registry):
    marked = defaultdict(set)
    for agency in registry:
        for name in agency.ambiguous:
            marked[key(name)].add(agency.id)
    collisions = registry.collisions()
    assert collisions, "some names are shared on purpose (CNA, ABC, NTV...)"
    for folded, ids in collisions.items():
        assert marked[folded], f"{folded!r} shared by {ids} and marked by none"


def test_ambiguous_lists_only_the_agencys_own_names(registry):
    for agency in registry:
        own = {key(n) for n in agency.names}
        for name in agency.ambiguous:
            assert key(name) in own, f"{agency.id}: ambiguous {name!r} is not one of its names"


def test_no_role_word_is_an_agency_name(registry):
    for word in ROLE_WORDS:
        assert registry.lookup(word) is None, word


def test_no_single_cjk_character_names(registry):
    one_char = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
    for agency in registry:
        for name in agency.names:
            assert not one_char.fullmatch(fold(name).strip()), f"{agency.id}: {name!r}"


def test_names_cover_many_scripts(registry):
    scripts = set()
    for agency in registry:
        for name in agency.names:
            for ch in name:
                if ch.isalpha():
                    scripts.add(unicodedata.name(ch, "?").split()[0])
    for script in ["LATIN", "CJK", "KATAKANA", "HANGUL", "CYRILLIC", "ARABIC", "HEBREW",
                   "GREEK", "THAI", "DEVANAGARI", "BENGALI"]:
        assert any(s.startswith(script) for s in scripts), script


# -- zh_variants.tsv -------------------------------------------------------------------

def _zh_pairs() -> list[tuple[str, str]]:
    text = resources.files("mediakit.credits").joinpath("data/zh_variants.tsv").read_text("utf-8")
    pairs = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            pairs.append(tuple(line.split()))
    return pairs


def test_zh_variants_file_is_one_to_one():
    pairs = _zh_pairs()
    assert len(pairs) >= 600
    for pair in pairs:
        assert len(pair) == 2 and len(pair[0]) == 1 and len(pair[1]) == 1, pair
        assert pair[0] != pair[1], pair
    counts = Counter(trad for trad, _ in pairs)
    assert [c for c, n in counts.items() if n > 1] == []
    # Folding must be stable: no simplified form is itself mapped again.
    sources = set(counts)
    assert [s for _, s in pairs if s in sources] == []


def test_fold_is_idempotent_on_every_name(registry):
    for agency in registry:
        for name in agency.names:
            assert fold(fold(name)) == fold(name), name


# -- lookups ------------------------------------------------------------------------------

LOOKUPS = {
    "width, case and accents": [
        Example("ＡＦＰ", "afp"),
        Example("afp", "afp"),
        Example("Agência Brasil", "agencia-brasil"),
        Example("Agencia Brasil", "agencia-brasil"),
        Example("Télam", "telam"),
        Example("Estadao Conteudo", "estadao-conteudo"),
        Example("ČTK", "ctk"),
        Example("Anadolu Ajansı", "anadolu"),
        Example("İHA", "iha"),
    ],
    "spacing and punctuation": [
        Example("Flash 90", "flash90"),
        Example("Flash90", "flash90"),
        Example("ABACAPRESS.COM", "abaca"),
        Example("ZUMAPRESS.com", "zuma-press"),
        Example("ZUMA Press Wire", "zuma-press"),
        Example("EPA-EFE", "epa"),
        Example("ANA-MPA", "ana-mpa"),
        Example("picture-alliance", "picture-alliance"),
        Example("akg images", "akg-images"),
    ],
    "English credit forms": [
        Example("The Associated Press", "ap"),
        Example("AP Photo", "ap"),
        Example("AP Images", "ap"),
        Example("Getty", "getty-images"),
        Example("Getty Images News", "getty-images"),
        Example("PA Wire", "pa"),
        Example("Press Association", "pa"),
        Example("Anadolu Agency", "anadolu"),
        Example("AA", "anadolu"),
        Example("NASA Worldview", "nasa"),
        Example("NASA Earth Observatory", "nasa"),
        Example("Yonhap", "yonhap"),
        Example("iStock", "istock"),
        Example("Digital Vision", "digital-vision"),
        Example("Alamy Live News", "alamy"),
        Example("UN Photo", "un-photo"),
    ],
    "German and Nordic credit forms": [
        Example("dpa-Bildfunk", "dpa"),
        Example("dpa-Zentralbild", "dpa"),
        Example("DPA Images", "dpa"),
        Example("Imago Images", "imago"),
        Example("imago images", "imago"),
        Example("NTB scanpix", "ntb"),
        Example("Ritzau Scanpix", "ritzau"),
        Example("Keystone-SDA", "keystone"),
        Example("SZ Photo", "sz-photo"),
    ],
    "Chinese (simplified and traditional alike)": [
        Example("新华社", "xinhua"),
        Example("新華社", "xinhua"),
        Example("中央社", "cna"),
        Example("中央通訊社", "cna"),
        Example("路透社", "reuters"),
        Example("美联社", "ap"),
        Example("美聯社", "ap"),
        Example("法新社", "afp"),
        Example("共同社", "kyodo"),
        Example("中新社", "china-news-service"),
        Example("中國新聞社", "china-news-service"),
        Example("朝中社", "kcna"),
        Example("视觉中国", "vcg"),
        Example("視覺中國", "vcg"),
        Example("人民网", "people-cn"),
        Example("人民網", "people-cn"),
    ],
    "Japanese": [
        Example("ロイター", "reuters"),
        Example("AP通信", "ap"),
        Example("ＡＰ通信", "ap"),
        Example("共同", "kyodo"),
        Example("共同通信社", "kyodo"),
        Example("時事", "jiji"),
        Example("時事通信", "jiji"),
        Example("朝鮮通信社", "kns"),
        Example("朝鮮通信", "kns"),
        Example("朝鮮中央通信", "kcna"),
        Example("アフロ", "aflo"),
        Example("タス", "tass"),
        Example("新華社", "xinhua"),
    ],
    "Korean": [
        Example("조선중앙통신", "kcna"),
        Example("연합뉴스", "yonhap"),
        Example("연합", "yonhap"),
        Example("뉴시스", "newsis"),
        Example("뉴스1", "news1"),
        Example("게티이미지", "getty-images"),
        Example("신화", "xinhua"),
        Example("AFP통신", "afp"),
        Example("로이터", "reuters"),
    ],
    "Cyrillic": [
        Example("ТАСС", "tass"),
        Example("Спутник", "sputnik"),
        Example("РИА Новости", "ria-novosti"),
        Example("Франс Пресс", "afp"),
        Example("Интерфакс", "interfax"),
        Example("Укрінформ", "ukrinform"),
        Example("БелТА", "belta"),
    ],
    "Arabic and Persian": [
        Example("رويترز", "reuters"),
        Example("أ ف ب", "afp"),
        Example("د ب أ", "dpa"),
        Example("الأناضول", "anadolu"),
        Example("وكالة الأناضول", "anadolu"),
        Example("غيتي", "getty-images"),
        Example("كونا", "kuna"),
        Example("وام", "wam"),
        Example("بترا", "petra"),
        Example("قنا", "qna"),
        Example("سانا", "sana"),
        Example("تسنیم", "tasnim"),
        Example("مهر", "mehr"),
        Example("ایرنا", "irna"),
    ],
    "Hebrew, Greek, Thai, Devanagari, Vietnamese": [
        Example("פלאש 90", "flash90"),
        Example("רויטרס", "reuters"),
        Example("ΑΠΕ-ΜΠΕ", "ana-mpa"),
        Example("ΕΥΡΟΚΙΝΗΣΗ", "eurokinissi"),
        Example("เอพี", "ap"),
        Example("รอยเตอร์", "reuters"),
        Example("रॉयटर्स", "reuters"),
        Example("पीटीआई", "pti"),
        Example("एएनआई", "ani"),
        Example("TTXVN", "vna"),
        Example("Thông tấn xã Việt Nam", "vna"),
    ],
    "shared initials go to the agency news credits mean most": [
        Example("CNA", "cna"),
        Example("ABC", "abc-news"),
        Example("LaPresse", "lapresse"),
        Example("APS", "aps"),
        Example("KNA", "kna-germany"),
        Example("ANP", "anp"),
    ],
    "not agencies": [
        Example("Pool", None),
        Example("Handout", None),
        Example("Stone", None),
        Example("Reuters Pool", None),
        Example("", None),
    ],
}


@pytest.mark.parametrize(
    "example", [e for rows in LOOKUPS.values() for e in rows],
    ids=[f"{group}: {e.text}" for group, rows in LOOKUPS.items() for e in rows],
)
def test_lookup(registry, example):
    found = registry.lookup(example.text)
    assert (found.id if found else None) == example.expected


def test_ambiguous_names_still_reach_the_other_agency_by_its_own_names(registry):
    assert registry.lookup("Channel NewsAsia").id == "channel-newsasia"
    assert registry.lookup("Cyprus News Agency").id == "cyprus-news-agency"
    assert set(registry.collisions()[key("CNA")]) == {"cna", "channel-newsasia", "cyprus-news-agency"}


# -- search inside longer strings -----------------------------------------------------------

class FindExample(NamedTuple):
    text: str
    expected: list[str]  # agency ids, left to right


FIND_ALL = {
    "Chinese and Japanese runs without spaces": [
        FindExample("新华社记者 张三 摄", ["xinhua"]),
        FindExample("新華社記者張三攝", ["xinhua"]),
        FindExample("（共同）", ["kyodo"]),
        FindExample("写真：ロイター", ["reuters"]),
        FindExample("中央社记者摄影", ["cna"]),
    ],
    "Korean datelines": [
        FindExample("[평양 조선중앙통신=연합뉴스]", ["kcna", "yonhap"]),
        FindExample("(서울=뉴스1) 기자", ["news1"]),
    ],
    "English credits": [
        FindExample("Photo by Jane Doe/AFP via Getty Images", ["afp", "getty-images"]),
        FindExample("Photo: Handout/KCNA via Reuters", ["kcna", "reuters"]),
        FindExample("(AP Photo/Jane Doe)", ["ap"]),
        FindExample("SOPA Images/LightRocket via Getty Images", ["sopa-images", "lightrocket", "getty-images"]),
        FindExample("Jane Doe/ZUMA Press Wire", ["zuma-press"]),
        FindExample("Jane Doe (dpa/picture alliance via Getty)", ["dpa", "picture-alliance", "getty-images"]),
    ],
    "other scripts": [
        FindExample("ФОТО: РИА Новости / Спутник", ["ria-novosti", "sputnik"]),
        FindExample("صورة: أ ف ب", ["afp"]),
        FindExample("EPA-EFE/YONHAP", ["epa", "yonhap"]),
    ],
    "no false matches inside words": [
        FindExample("CAPITAL", []),
        FindExample("Happiness at the capital", []),
        FindExample("Reutersville", []),
    ],
}


@pytest.mark.parametrize(
    "example", [e for rows in FIND_ALL.values() for e in rows],
    ids=[f"{group}: {e.text}" for group, rows in FIND_ALL.items() for e in rows],
)
def test_find_all(registry, example):
    assert [m.agency.id for m in registry.find_all(example.text)] == example.expected


def test_find_all_offsets_point_at_the_printed_text(registry):
    text = "写真：ＡＦＰ＝時事"
    matches = registry.find_all(text)
    assert [(m.agency.id, m.raw) for m in matches] == [("afp", "ＡＦＰ"), ("jiji", "時事")]
    for m in matches:
        assert text[m.start:m.end] == m.raw


# -- user files -------------------------------------------------------------------------

def test_user_file_adds_an_alias_and_a_new_agency(tmp_path):
    user = tmp_path / "local.toml"
    user.write_text(
        '[afp]\naliases = ["Agence FP"]\n\n'
        '[valley-gazette]\nname = "Valley Gazette"\nkind = "publication"\ncountry = "GB"\n'
        'aliases = ["VG Photo"]\n',
        encoding="utf-8",
    )
    extended = load_registry(extra=[user])
    assert extended.lookup("Agence FP").id == "afp"
    assert extended.lookup("AFP").name == "Agence France-Presse"  # fields kept
    assert extended.lookup("VG Photo").id == "valley-gazette"
    assert len(extended) == len(default_registry()) + 1
    # The shared default registry is left as it was.
    assert default_registry().lookup("Agence FP") is None


def test_load_registry_accepts_a_single_path(tmp_path):
    user = tmp_path / "one.toml"
    user.write_text('[reuters]\naliases = ["Reuters Local Desk"]\n', encoding="utf-8")
    assert load_registry(str(user)).lookup("Reuters Local Desk").id == "reuters"


BAD_FILES = [
    Example('[x-agency\nname = "X"', "x-agency"),  # broken TOML
    Example('[bad]\nname = "Bad"\nkind = "newspaper"\n', "kind"),
    Example('[bad]\nkind = "wire"\n', "missing name"),
    Example('[bad]\nname = "Bad"\nkind = "wire"\naliases = "B"\n', "aliases"),
    Example('[Bad Id]\nname = "Bad"\nkind = "wire"\n', "slug"),
]


@pytest.mark.parametrize("example", BAD_FILES, ids=[e.expected for e in BAD_FILES])
def test_bad_files_name_the_file(tmp_path, example):
    path = tmp_path / "broken-registry.toml"
    path.write_text(example.text, encoding="utf-8")
    with pytest.raises(RegistryError) as err:
        load_registry(extra=[path])
    assert "broken-registry.toml" in str(err.value)


def test_missing_file_is_a_registry_error(tmp_path):
    with pytest.raises(RegistryError, match="nowhere.toml"):
        load_registry(extra=[tmp_path / "nowhere.toml"])


def test_registry_is_independent_of_entry_order():
    entries = _bundled_entries()
    forward, backward = Registry(entries), Registry(list(reversed(entries)))
    for agency in forward:
        for name in agency.names:
            if key(name) not in {key(n) for n in agency.ambiguous}:
                assert backward.lookup(name).id == agency.id


# -- the shared dev corpus (skipped when it is not there) -------------------------------

def _slug(name: str) -> str:
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return name.lower().replace(" ", "-")


def _agency_keys() -> list[tuple[str, str]]:
    path = CORPUS / "agency-keys.txt"
    if not path.exists():
        pytest.skip("shared corpus not available")
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            short, full = line.split("\t")
            rows.append((short, full))
    return rows


def test_scoring_keys_have_their_ids_and_names(registry):
    for short, full in _agency_keys():
        agency = registry.get(_slug(short))
        assert agency is not None, short
        assert (agency.name, agency.short) == (full, short)
        assert registry.lookup(short) is agency
        assert registry.lookup(full) is agency


def test_dev_credits_name_known_agencies(registry):
    keys = {short for short, _ in _agency_keys()}
    for file_name in ("credits-dev.jsonl", "credits-real-dev.jsonl"):
        path = CORPUS / file_name
        if not path.exists():
            continue
        for line in path.read_text("utf-8").splitlines():
            item = json.loads(line)
            found = {m.agency.id for m in registry.find_all(item["credit"])}
            for name in item["agencies"]:
                if name in keys:
                    assert _slug(name) in found, (item["id"], name)


def test_every_name_with_a_separator_is_read_whole():
    """The parser cuts credits at "/", "," and the like; names holding one must survive."""
    registry = default_registry()
    compound = [(a.id, n) for a in registry for n in a.names if _SEPARATOR.search(n)]
    assert compound, "the bundled registry has names such as RFE/RL"
    for agency_id, name in compound:
        found = [a.id for a in parse_credit(name, registry).agencies]
        assert found == [agency_id], (name, found)


def test_uploads_flag_makes_a_lone_name_beside_the_site_its_uploader(tmp_path):
    """A site whose authors upload their own pictures: set by data, kept when merged."""
    from mediakit import parse_credit

    user = tmp_path / "sites.toml"
    user.write_text('[picshare]\nname = "PicShare"\nkind = "platform"\nuploads = true\n\n'
                    '[flickr]\naliases = ["Flickr Commons"]\n', encoding="utf-8")
    extended = load_registry(extra=[user])
    assert extended.get("picshare").uploads and extended.get("flickr").uploads  # merged entry keeps it
    assert parse_credit("Tundra / PicShare", extended).creators == ("Tundra",)
    # Without the flag the lone name is read as an organisation.
    plain = tmp_path / "plain.toml"
    plain.write_text('[picshare]\nname = "PicShare"\nkind = "platform"\n', encoding="utf-8")
    credit = parse_credit("Tundra / PicShare", load_registry(extra=[plain]))
    assert credit.creators == () and [a.name for a in credit.agencies] == ["Tundra", "PicShare"]


def test_shipped_compiled_cache_matches_the_toml_files():
    from mediakit.credits import registry

    assert registry.compiled_cache_is_fresh(), (
        "agency TOML files changed: run "
        "python -c 'import mediakit.credits.registry as r; r.write_compiled_cache()'")


# An organisation goes by the registered name its credit printed (its own script, its site,
# its channel); world wires and state media by one name whatever was printed; a picture
# desk's word after the name is no new name.
PRINTED_NAMES = [
    ("kommersant", "Коммерсантъ", "Коммерсантъ"),
    ("kommersant", "Kommersant", "Kommersant"),
    ("kompas", "KOMPAS.com", "Kompas.com"),
    ("prothom-alo", "প্রথম আলো", "প্রথম আলো"),
    ("bgnes", "БГНЕС", "БГНЕС"),
    ("kyodo", "共同", "共同"),
    ("agencia-brasil", "Agencia Brasil", "Agencia Brasil"),  # as printed, without its accents
    ("agencia-brasil", "AGÊNCIA BRASIL", "Agência Brasil"),  # the registered spelling, up to case
    ("afp", "AFP", "Agence France-Presse"),
    ("kns", "KNS", "Korea News Service"),  # the contract's example
    ("sta", "STA", "STA"),
    ("bns", "BNS", "BNS"),
    ("mdr", "MDR", "MDR"),
    ("getty-images", "Getty Images", "Getty Images"),
    ("ritzau", "Scanpix", "Scanpix"),  # a name two agencies share, as printed
    ("xposure-photos", "Xposure", "Xposure"),  # a picture agency by the name printed
    ("tass", "ТАСС", "TASS"),  # state media
    ("hindustan-times", "HT Photo", "Hindustan Times"),
    ("pti", "PTI Photo", "PTI"),
]


@pytest.mark.parametrize("agency_id, printed, reported", PRINTED_NAMES)
def test_the_name_reported_for_what_the_credit_printed(registry, agency_id: str, printed: str,
                                                        reported: str) -> None:
    assert registry.get(agency_id).name_as_printed(printed) == reported


def test_parsed_credits_report_the_printed_registered_name() -> None:
    from mediakit import parse_credit

    credit = parse_credit("Фото: Игорь Иванов / Коммерсантъ")
    assert [(a.id, a.name, a.raw) for a in credit.agencies] == [("kommersant", "Коммерсантъ", "Коммерсантъ")]

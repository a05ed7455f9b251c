"""Tests for the per-language vocabulary files and their loader (mediakit.lang)."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import pytest

import mediakit.lang as lang
from mediakit.lang import SECTION_FIELDS, language, languages, load_language_file, vocabulary

DATA_DIR = Path(lang.__file__).parent / "data"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

REQUIRED_CODES = (
    "en fr de es it pt nl ru uk pl tr ar he fa ja zh ko cs hu sv nb da fi el vi id ms th hi ro sk hr sr bg ca"
).split()
RTL_CODES = {"ar", "he", "fa", "ur", "ckb"}


def fold(text: str) -> str:
    """How the parsers compare words: NFKC, then casefold."""
    return unicodedata.normalize("NFKC", text).casefold()


# ---------------------------------------------------------------------------
# Every bundled file
# ---------------------------------------------------------------------------

BUNDLED_FILES = sorted(DATA_DIR.glob("*.toml"))


def test_all_required_languages_are_bundled():
    assert set(REQUIRED_CODES) <= set(languages())


@pytest.mark.parametrize("path", BUNDLED_FILES, ids=lambda p: p.name)
def test_bundled_file_loads_with_every_key(path):
    loaded = load_language_file(path)
    assert loaded.code == path.stem, "lang must equal the file name"
    assert loaded.name
    assert loaded.rtl == (loaded.code in RTL_CODES)
    for section, fields in SECTION_FIELDS.items():
        table = getattr(loaded, section)
        assert set(table) == set(fields)
        for field in fields:
            assert isinstance(table[field], tuple)
            assert all(isinstance(word, str) and word == word.strip() and word for word in table[field])
    # Every language must at least say how a photo credit is labelled.
    assert loaded.credit["labels"], f"{path.name} has no credit labels"


@pytest.mark.parametrize("path", BUNDLED_FILES, ids=lambda p: p.name)
def test_no_duplicate_words_within_a_field(path):
    loaded = load_language_file(path)
    for section, fields in SECTION_FIELDS.items():
        for field in fields:
            seen: dict[str, str] = {}
            for word in loaded.words(section, field):
                key = fold(word)
                assert key not in seen, f"{path.name} [{section}] {field}: {word!r} repeats {seen[key]!r}"
                seen[key] = word


@pytest.mark.parametrize("path", BUNDLED_FILES, ids=lambda p: p.name)
def test_words_carry_no_trailing_separator(path):
    # Separators (":", "=", "：", "／", "-") are matched by the parsers; a label that
    # includes one would never match "Photo :" or "写真＝".
    loaded = load_language_file(path)
    for field in ("labels", "suffix_labels", "courtesy", "reporter"):
        for word in loaded.credit[field]:
            assert not word.endswith((":", "：", "=", "＝", "／")), f"{path.name} {field}: {word!r}"


def test_compiled_cache_matches_the_toml_files():
    assert lang.compiled_cache_is_fresh(), (
        "mediakit/lang/data/_compiled.json is stale: run "
        "python -c 'import mediakit.lang as l; l.write_compiled_cache()'"
    )


def test_compiled_cache_gives_the_same_languages_as_the_toml_files():
    for path in BUNDLED_FILES:
        assert languages()[path.stem] == load_language_file(path)


# ---------------------------------------------------------------------------
# Immutability and resolution of tags
# ---------------------------------------------------------------------------


def test_languages_are_immutable():
    bundled = languages()
    assert isinstance(bundled, MappingProxyType)
    assert isinstance(bundled["fr"].credit, MappingProxyType)
    with pytest.raises(TypeError):
        bundled["xx"] = bundled["fr"]  # type: ignore[index]
    with pytest.raises(TypeError):
        bundled["fr"].credit["labels"] = ()  # type: ignore[index]


@dataclass(frozen=True)
class Tag:
    tag: str
    code: str | None


TAGS = [
    Tag("fr", "fr"),
    Tag("FR", "fr"),
    Tag("zh-TW", "zh"),
    Tag("zh-Hant", "zh"),
    Tag("zh-Hans-CN", "zh"),
    Tag("zh_CN", "zh"),
    Tag("pt-BR", "pt"),
    Tag("en-GB", "en"),
    Tag("es-419", "es"),
    Tag("sr-Latn", "sr"),
    Tag("no", "nb"),
    Tag("nn-NO", "nb"),
    Tag("xx", None),
    Tag("", None),
]


@pytest.mark.parametrize("row", TAGS, ids=lambda r: r.tag or "empty")
def test_language_resolves_bcp47_tags(row):
    found = language(row.tag)
    assert (found.code if found else None) == row.code


# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------


def test_vocabulary_fields_are_sorted_longest_first():
    vocab = vocabulary()
    for field in ("credit_labels", "role_words", "caption_labels", "source_phrases", "months"):
        words = getattr(vocab, field)
        assert [len(w) for w in words] == sorted((len(w) for w in words), reverse=True), field


def test_vocabulary_is_cached_and_restricted_to_given_languages():
    assert vocabulary() is vocabulary()
    assert vocabulary(["fr", "de"]) is vocabulary(("de", "fr"))
    french = vocabulary(["fr"])
    assert "Crédit photo" in french.credit_labels
    assert "Foto" not in french.credit_labels
    assert "Bildunterschrift" not in french.caption_labels
    assert vocabulary(["zh-TW"]).languages == ("zh",)
    assert vocabulary(["xx"]).credit_labels == ()


def test_vocabulary_prefers_longer_forms_in_alternations():
    labels = vocabulary(["fr"]).credit_labels
    assert labels.index("Crédit photo") < labels.index("Crédit")
    assert labels.index("Photo de") < labels.index("Photo")


def start_label(text: str, labels: tuple[str, ...]) -> str | None:
    """The longest label that opens ``text`` (compared after NFKC + casefold)."""
    folded = fold(text)
    for label in labels:  # longest first
        if folded.startswith(fold(label)):
            return label
    return None


@dataclass(frozen=True)
class Opening:
    text: str
    label: str  # the label expected to match, compared folded


# Credit openings the parser must recognise, grouped by script.
CREDIT_OPENINGS = {
    "latin-en": [
        Opening("Photo: Jane Doe/AFP", "Photo"),
        Opening("Photograph: Amelia Grant/PA", "Photograph"),
        Opening("Photographs by Nell Foster and Ivan Brooks", "Photographs by"),
        Opening("Photo by Maria Lopez/AFP via Getty Images", "Photo by"),
        Opening("Picture: PA", "Picture"),
        Opening("Image: NASA", "Image"),
        Opening("Image source, Getty Images", "Image source"),
        Opening("Credit: AFP", "Credit"),
        Opening("Illustration: Jane Doe", "Illustration"),
        Opening("Satellite image ©2024 Maxar Technologies", "Satellite image"),
        Opening("Screenshot: fdp.de", "Screenshot"),
        Opening("PHOTO: REUTERS", "Photo"),
    ],
    "latin-other": [
        Opening("Foto: Michael Brandt/dpa", "Foto"),
        Opening("Fotos: dpa", "Fotos"),
        Opening("Bild: Oskar Holm/TT", "Bild"),
        Opening("Quelle: Reuters", "Quelle"),
        Opening("Crédit photo : AFP", "Crédit photo"),
        Opening("Capture d'écran de Reddit", "Capture d'écran"),
        Opening("Fotografía: EFE", "Fotografía"),
        Opening("Foto de Ana Ruiz", "Foto de"),
        Opening("Vídeo: EPV", "Vídeo"),
        Opening("Crédito: Xinhua", "Crédito"),
        Opening("Fot. PAP/EPA/Anna Kowal", "Fot."),
        Opening("Beeld: ANP", "Beeld"),
        Opening("Kuva: AFP / Lehtikuva", "Kuva"),
        Opening("Fotó: Reuters", "Fotó"),
        Opening("Fotoğraf: Mehmet Yılmaz/AA", "Fotoğraf"),
        Opening("Fotografia: Nuno Vieira/Lusa", "Fotografia"),
        Opening("Ảnh: Minh Đức/TTXVN", "Ảnh"),
        Opening("Gambar fail: Reuters", "Gambar fail"),
        Opening("foto: ČTK/AP/Jan Novák", "foto"),
    ],
    "greek-cyrillic": [
        Opening("Φωτογραφία: EUROKINISSI", "Φωτογραφία"),
        Opening("Фото: AP", "Фото"),
        Opening("Фото: Офіс президента", "Фото"),
        Opening("Снимок: ТАСС", "Снимок"),
        Opening("Снимка: БТА", "Снимка"),
    ],
    "rtl": [
        Opening("الصورة: وكالة الأناضول", "الصورة"),
        Opening("عکس: تسنیم", "عکس"),
        Opening("צילום: פלאש 90", "צילום"),
    ],
    "cjk": [
        Opening("写真：ロイター/アフロ", "写真"),
        Opening("写真＝共同", "写真"),
        Opening("撮影・山田太郎", "撮影"),
        Opening("撮影／高橋健", "撮影"),
        Opening("画像：NASA", "画像"),
        Opening("图：新华社", "图"),
        Opening("图片来源：视觉中国", "图片来源"),
        Opening("圖／路透社", "圖"),
        Opening("图/IC photo", "图"),
        Opening("사진=게티이미지", "사진"),
        Opening("그래픽=연합뉴스", "그래픽"),
    ],
    "brahmic": [
        Opening("ภาพ: เอพี", "ภาพ"),
        Opening("तस्वीर: रॉयटर्स", "तस्वीर"),
        Opening("फोटो: पीटीआई", "फोटो"),
        Opening("फाइल फोटो: पीटीआई", "फाइल फोटो"),
    ],
}


@pytest.mark.parametrize(
    "row",
    [row for rows in CREDIT_OPENINGS.values() for row in rows],
    ids=lambda row: row.text[:24],
)
def test_vocabulary_has_a_credit_label_for_each_opening(row):
    matched = start_label(row.text, vocabulary().credit_labels)
    assert matched is not None, f"no credit label opens {row.text!r}"
    assert fold(matched) == fold(row.label)


@dataclass(frozen=True)
class Word:
    field: str
    word: str


# Words the credit parser and text extractor rely on, by convention.
REQUIRED_WORDS = {
    "role-words": [
        Word("role_words", "Pool"),
        Word("role_words", "Handout"),
        Word("role_words", "File photo"),
        Word("role_words", "Staff"),
        Word("role_words", "Uncredited"),
        Word("role_words", "Contributor"),
        Word("role_words", "STR"),
        Word("role_words", "DR"),
        Word("role_words", "zvg"),
        Word("role_words", "Divulgação"),
        Word("role_words", "Reprodução"),
        Word("role_words", "Especial"),
        Word("role_words", "Cortesía"),
        Word("role_words", "Archivo"),
        Word("role_words", "資料写真"),
        Word("role_words", "자료사진"),
        Word("role_words", "檔案照片"),
        Word("role_words", "资料图"),
    ],
    "connectors": [
        Word("via", "via"),
        Word("via", "über"),
        Word("for_words", "for"),
        Word("for_words", "pour"),
        Word("for_words", "für"),
        Word("for_words", "para"),
        Word("for_words", "per"),
        Word("and_words", "and"),
        Word("and_words", "et"),
        Word("and_words", "und"),
        Word("and_words", "y"),
        Word("and_words", "e"),
        Word("and_words", "i"),
        Word("and_words", "и"),
        Word("and_words", "і"),
        Word("and_words", "ve"),
        Word("and_words", "و"),
        Word("and_words", "、"),
        Word("and_words", "및"),
        Word("and_words", "&"),
    ],
    "courtesy-copyright": [
        Word("courtesy", "Courtesy of"),
        Word("courtesy", "avec l'aimable autorisation de"),
        Word("courtesy", "Cortesía de"),
        Word("courtesy", "mit freundlicher Genehmigung"),
        Word("copyright", "Copyright"),
        Word("copyright", "All rights reserved"),
        Word("copyright", "Tous droits réservés"),
        Word("copyright", "Alle Rechte vorbehalten"),
        Word("copyright", "©"),
    ],
    "cjk-markers": [
        Word("suffix_labels", "제공"),
        Word("suffix_labels", "提供"),
        Word("suffix_labels", "摄"),
        Word("suffix_labels", "攝"),
        Word("suffix_labels", "供图"),
        Word("suffix_labels", "撮影"),
        Word("reporter", "记者"),
        Word("reporter", "記者"),
        Word("reporter", "기자"),
        Word("reporter", "特派員"),
        Word("photo_taken", "摄"),
        Word("photo_taken", "攝"),
        Word("photo_taken", "摄影"),
        Word("photo_taken", "撮影"),
    ],
    "organisations": [
        Word("org_words", "Ministère"),
        Word("org_words", "University"),
        Word("org_words", "Museum"),
        Word("org_words", "Press"),
        Word("org_words", "News"),
        Word("org_words", "Images"),
        Word("org_words", "Earth"),
        Word("org_words", "Bundesregierung"),
        Word("org_words", "Présidence"),
        Word("org_words", "Instituto"),
    ],
    "captions-and-text": [
        Word("caption_labels", "Légende"),
        Word("caption_labels", "Image caption"),
        Word("caption_labels", "Bildunterschrift"),
        Word("byline_prefixes", "By"),
        Word("byline_prefixes", "Par"),
        Word("byline_prefixes", "Von"),
        Word("byline_prefixes", "Por"),
        Word("byline_prefixes", "Di"),
        Word("byline_prefixes", "От"),
        Word("byline_prefixes", "Автор"),
        Word("byline_prefixes", "글·사진"),
        Word("source_phrases", "selon"),
        Word("source_phrases", "according to"),
        Word("source_phrases", "told AFP"),
        Word("source_phrases", "berichtete dpa"),
        Word("source_phrases", "сообщает ТАСС"),
        Word("boilerplate", "Lire aussi"),
        Word("boilerplate", "Read more"),
        Word("boilerplate", "Advertisement"),
        Word("months", "juin"),
        Word("months", "June"),
        Word("months", "März"),
        Word("months", "июня"),
    ],
}


@pytest.mark.parametrize(
    "row",
    [row for rows in REQUIRED_WORDS.values() for row in rows],
    ids=lambda row: f"{row.field}:{row.word}",
)
def test_vocabulary_holds_required_word(row):
    words = {fold(word) for word in getattr(vocabulary(), row.field)}
    assert fold(row.word) in words


def test_agency_names_are_not_role_words():
    # "AFP PHOTO" names an agency; role words must never swallow agencies.
    roles = {fold(word) for word in vocabulary().role_words}
    for agency in ("AFP PHOTO", "AFP", "Reuters", "AP", "共同", "연합뉴스", "ANTARA FOTO"):
        assert fold(agency) not in roles


# Fields whose words are stripped or skipped by the credit parser: a word there that
# is also a registry name (MAP, Fotogramma, Wikimedia Commons) would hide that agency.
WORD_FIELDS_DISJOINT_FROM_REGISTRY = (
    "credit_labels", "suffix_labels", "role_words", "via", "for_words", "and_words",
    "courtesy", "copyright", "reporter", "photo_taken", "caption_labels", "byline_prefixes",
)


@pytest.mark.parametrize("field", WORD_FIELDS_DISJOINT_FROM_REGISTRY)
def test_parser_words_are_not_registry_agencies(field):
    registry_module = pytest.importorskip("mediakit.credits.registry")
    registry = registry_module.default_registry()
    clashes = {word: registry.lookup(word).id for word in getattr(vocabulary(), field) if registry.lookup(word)}
    assert not clashes


# ---------------------------------------------------------------------------
# Given names
# ---------------------------------------------------------------------------

GIVEN_NAMES = {
    "person": ["Harry", "Mohamed", "Ahmad", "Haitham", "Fouzia", "Sanjeev", "Biplov", "Sakib", "Sonu",
               "Иван", "Алексей", "Ирина", "Павел", "Сергей", "Дарья", "Андрей", "Maria", "Yael",
               "Giulio", "Javier", "Rémi", "Clémence", "Aurélien", "Ezra", "Jacquelyn", "Guy"],
    "scripts": ["Γιώργος", "Mehmet", "Dewi", "Hendra", "Minh", "Takeshi", "Ji-hoon", "Wei"],
}
NOT_GIVEN_NAMES = ["Berkeley", "Earth", "Getty", "Images", "Reuters", "Press", "Ministère"]


@pytest.mark.parametrize("name", [n for names in GIVEN_NAMES.values() for n in names])
def test_given_names_include(name):
    assert fold(name) in vocabulary().given_names


@pytest.mark.parametrize("word", NOT_GIVEN_NAMES)
def test_given_names_exclude_organisation_words(word):
    assert fold(word) not in vocabulary().given_names


def test_given_names_file_is_large_and_multiscript():
    names = lang.given_names()
    assert len(names) >= 2500
    scripts = {unicodedata.name(name[0]).split()[0] for name in names}
    assert {"LATIN", "CYRILLIC", "GREEK"} <= scripts


# ---------------------------------------------------------------------------
# User language files and bad files
# ---------------------------------------------------------------------------

def minimal_file(code: str = "eo", **overrides: str) -> str:
    sections = {
        section: "\n".join(f"{field} = []" for field in fields) for section, fields in SECTION_FIELDS.items()
    }
    sections["credit"] = sections["credit"].replace("labels = []", 'labels = ["Foto", "Bildo"]', 1)
    sections.update(overrides)
    body = "\n\n".join(f"[{name}]\n{text}" for name, text in sections.items())
    return f'lang = "{code}"\nname = "Esperanto"\nrtl = false\n\n{body}\n'


def test_user_language_file_loads(tmp_path):
    path = tmp_path / "eo.toml"
    path.write_text(minimal_file(), encoding="utf-8")
    loaded = load_language_file(path)
    assert loaded.code == "eo"
    assert loaded.credit["labels"] == ("Foto", "Bildo")
    assert loaded.text["months"] == ()


def test_a_bundled_file_copied_as_template_loads(tmp_path):
    text = (DATA_DIR / "fr.toml").read_text(encoding="utf-8").replace('lang = "fr"', 'lang = "eo"')
    path = tmp_path / "eo.toml"
    path.write_text(text, encoding="utf-8")
    assert load_language_file(path).credit == languages()["fr"].credit


BAD_FILES = {
    "not-toml": "lang = \n",
    "unknown-section": minimal_file() + "\n[extra]\nwords = []\n",
    "unknown-key": minimal_file(caption='labels = []\nprefixes = ["x"]'),
    "missing-key": minimal_file(caption=""),
    "not-a-list": minimal_file(caption='labels = "Caption"'),
    "not-strings": minimal_file(caption="labels = [1, 2]"),
    "empty-string": minimal_file(caption='labels = [" "]'),
    "rtl-not-bool": minimal_file().replace("rtl = false", 'rtl = "no"'),
    "missing-name": minimal_file().replace('name = "Esperanto"\n', ""),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_raises_value_error_naming_it(tmp_path, case):
    path = tmp_path / f"bad-{case}.toml"
    path.write_text(BAD_FILES[case], encoding="utf-8")
    with pytest.raises(ValueError, match=f"bad-{case}.toml"):
        load_language_file(path)


def test_missing_file_raises_value_error_naming_it(tmp_path):
    with pytest.raises(ValueError, match="nowhere.toml"):
        load_language_file(tmp_path / "nowhere.toml")


# ---------------------------------------------------------------------------
# Dev corpus (skipped when /work/shared/corpus is absent)
# ---------------------------------------------------------------------------

# "=" is left out: in Japanese "朝鮮通信＝共同" it joins a source to its distributor.
SEPARATORS = (":", "：")


def labelled_head(credit: str) -> str | None:
    """The words before the first separator when they look like a label (short, no agency marks)."""
    cut = min((credit.find(sep) for sep in SEPARATORS if sep in credit), default=-1)
    if cut <= 0:
        return None
    head = credit[:cut].strip()
    if not head or len(head.split()) > 3 or any(mark in head for mark in "/[](（）©ⓒ"):
        return None
    return head


@pytest.mark.skipif(not (CORPUS / "credits-dev.jsonl").exists(), reason="dev corpus not present")
def test_every_labelled_dev_credit_opens_with_a_known_label():
    labels = vocabulary().credit_labels
    missing = []
    for line in (CORPUS / "credits-dev.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        head = labelled_head(record["credit"])
        agencies = {fold(agency) for agency in record.get("agencies") or []}
        if head and fold(head) not in agencies and not start_label(record["credit"], labels):
            missing.append(record["credit"])
    assert not missing

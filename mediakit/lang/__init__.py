"""Per-language vocabulary for credits, captions and article text.

Each language is one TOML file in ``mediakit/lang/data`` named by its BCP-47
code (``fr.toml``, ``zh.toml``...).  Adding a language means adding a file, not
code: the parsers only see the union of all files through :func:`vocabulary`.

Layout of a file (every key must be present, every value a list of strings,
which may be empty)::

    lang = "fr"
    name = "French"
    rtl = false
    [credit]   labels, suffix_labels, role_words, via, for_words, and_words,
               courtesy, copyright, reporter, photo_taken, org_words,
               production_roles (optional), articles (optional), lead_labels (optional)
    [caption]  labels
    [text]     byline_prefixes, source_phrases, boilerplate, months, stopwords,
               picture_words, video_labels (optional), abbreviations (optional),
               byline_closings (optional)

See ``docs/languages.md`` for what each field drives.
"""

from __future__ import annotations

import functools
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Mapping

from mediakit import datafiles

__all__ = [
    "Language",
    "Vocabulary",
    "SECTION_FIELDS",
    "languages",
    "language",
    "vocabulary",
    "load_language_file",
    "given_names",
    "compiled_cache_is_fresh",
    "write_compiled_cache",
]

# The schema every language file follows; order is the order used in docs and templates.
SECTION_FIELDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "credit": (
            "labels",
            "suffix_labels",
            "role_words",
            "via",
            "for_words",
            "and_words",
            "courtesy",
            "copyright",
            "reporter",
            "photo_taken",
            "org_words",
            "production_roles",
            "articles",
            "lead_labels",
        ),
        "caption": ("labels",),
        "text": ("byline_prefixes", "source_phrases", "boilerplate", "months", "stopwords", "picture_words",
                 "video_labels", "abbreviations", "byline_closings"),
    }
)
# Fields a language file may leave out (read as empty): added after the first files.
OPTIONAL_FIELDS = frozenset({"production_roles", "articles", "lead_labels", "video_labels", "abbreviations",
                             "byline_closings"})
_TOP_LEVEL_KEYS = {"lang": str, "name": str, "rtl": bool}
_DATA_DIR = "data"
_GIVEN_NAMES_FILE = "given_names.txt"
_WHERE = "mediakit/lang/data"
_SEPARATOR = "\n"

WordTable = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Language:
    """The words of one language, as read from its data file."""

    code: str
    name: str
    rtl: bool
    credit: WordTable
    caption: WordTable
    text: WordTable

    def words(self, section: str, key: str) -> tuple[str, ...]:
        """Words of ``[section] key`` (e.g. ``words("credit", "labels")``)."""
        return getattr(self, section)[key]


@dataclass(frozen=True)
class Vocabulary:
    """Union of the words of several languages, per field.

    Word tuples are sorted longest first so that a regex alternation built
    from them tries ``Photo de`` before ``Photo``.
    """

    languages: tuple[str, ...]
    credit_labels: tuple[str, ...]
    suffix_labels: tuple[str, ...]
    role_words: tuple[str, ...]
    via: tuple[str, ...]
    for_words: tuple[str, ...]
    and_words: tuple[str, ...]
    courtesy: tuple[str, ...]
    copyright: tuple[str, ...]
    reporter: tuple[str, ...]
    photo_taken: tuple[str, ...]
    org_words: tuple[str, ...]
    production_roles: tuple[str, ...]
    articles: tuple[str, ...]
    lead_labels: tuple[str, ...]
    caption_labels: tuple[str, ...]
    byline_prefixes: tuple[str, ...]
    source_phrases: tuple[str, ...]
    boilerplate: tuple[str, ...]
    months: tuple[str, ...]
    # Not in repr: a few thousand names would drown every assertion message.
    given_names: frozenset[str] = field(repr=False)


# Vocabulary attribute -> (section, field) in the language files.
_VOCABULARY_FIELDS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "credit_labels": ("credit", "labels"),
        "suffix_labels": ("credit", "suffix_labels"),
        "role_words": ("credit", "role_words"),
        "via": ("credit", "via"),
        "for_words": ("credit", "for_words"),
        "and_words": ("credit", "and_words"),
        "courtesy": ("credit", "courtesy"),
        "copyright": ("credit", "copyright"),
        "reporter": ("credit", "reporter"),
        "photo_taken": ("credit", "photo_taken"),
        "org_words": ("credit", "org_words"),
        "production_roles": ("credit", "production_roles"),
        "articles": ("credit", "articles"),
        "lead_labels": ("credit", "lead_labels"),
        "caption_labels": ("caption", "labels"),
        "byline_prefixes": ("text", "byline_prefixes"),
        "source_phrases": ("text", "source_phrases"),
        "boilerplate": ("text", "boilerplate"),
        "months": ("text", "months"),
    }
)


def load_language_file(path: str | os.PathLike[str]) -> Language:
    """Read and validate one language file; ``ValueError`` names the file when it is bad."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValueError(f"{path}: cannot read language file: {error}") from error
    return _language_from_table(_parse_toml(data, str(path)), str(path))


def _toml_module():
    """tomllib, imported only when a TOML file must really be parsed (saves ~3 ms at import)."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python < 3.11
        import tomli as tomllib  # type: ignore[no-redef]
    return tomllib


def _language_from_table(raw: Mapping[str, object], where: str) -> Language:
    unknown = set(raw) - set(_TOP_LEVEL_KEYS) - set(SECTION_FIELDS)
    if unknown:
        raise ValueError(f"{where}: unknown keys or sections: {', '.join(sorted(unknown))}")
    for key, expected_type in _TOP_LEVEL_KEYS.items():
        if not isinstance(raw.get(key), expected_type):
            raise ValueError(f"{where}: '{key}' must be a {expected_type.__name__}")
    sections = {name: _read_section(raw, name, where) for name in SECTION_FIELDS}
    return Language(
        code=str(raw["lang"]),
        name=str(raw["name"]),
        rtl=bool(raw["rtl"]),
        credit=sections["credit"],
        caption=sections["caption"],
        text=sections["text"],
    )


def _read_section(raw: Mapping[str, object], section: str, where: str) -> WordTable:
    table = raw.get(section)
    if not isinstance(table, dict):
        raise ValueError(f"{where}: missing section [{section}]")
    expected = SECTION_FIELDS[section]
    unknown = set(table) - set(expected)
    if unknown:
        raise ValueError(f"{where}: unknown keys in [{section}]: {', '.join(sorted(unknown))}")
    words: dict[str, tuple[str, ...]] = {}
    for key in expected:
        if key not in table and key not in OPTIONAL_FIELDS:
            raise ValueError(f"{where}: missing key '{key}' in [{section}]")
        words[key] = _read_words(table.get(key, []), f"{where}: [{section}] {key}")
    return MappingProxyType(words)


def _read_words(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValueError(f"{where} must be a list of strings")
    for word in value:
        if not isinstance(word, str) or not word.strip() or _SEPARATOR in word:
            raise ValueError(f"{where} must hold non-empty one-line strings, got {word!r}")
    # NFC so that a word typed with combining accents matches composed text;
    # normalising one joined string is far cheaper than one call per word.
    joined = _SEPARATOR.join(word.strip() for word in value)
    return tuple(unicodedata.normalize("NFC", joined).split(_SEPARATOR)) if value else ()


def _data_dir() -> Path:
    return Path(__file__).parent / _DATA_DIR


def _bundled_files() -> list[Path]:
    return datafiles.toml_files(_data_dir())


@functools.lru_cache(maxsize=1)
def languages() -> Mapping[str, Language]:
    """Every bundled language, by code (read once; through the parsed cache of
    :mod:`mediakit.datafiles`, since parsing 75 TOML files costs ~70 ms)."""
    bundled: dict[str, Language] = {}
    for path, raw in datafiles.read_tables(_data_dir(), _parse_toml, _WHERE):
        where = f"{_WHERE}/{path.name}"
        lang = _language_from_table(raw, where)
        expected_code = path.name.removesuffix(".toml")
        if lang.code != expected_code:
            raise ValueError(f"{where}: lang = {lang.code!r} does not match the file name")
        bundled[lang.code] = lang
    return MappingProxyType(bundled)


def _parse_toml(data: bytes, where: str) -> dict[str, object]:
    tomllib = _toml_module()
    try:
        return tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"{where}: cannot read language file: {error}") from error


def compiled_cache_is_fresh() -> bool:
    """True when ``_compiled.json`` matches every bundled TOML file exactly."""
    return datafiles.cache_is_fresh(_data_dir())


def write_compiled_cache() -> Path:
    """Regenerate ``_compiled.json`` after editing the TOML files (a development step).

    ``python -c "import mediakit.lang as l; l.write_compiled_cache()"``
    """
    return datafiles.write_cache(_data_dir(), _parse_toml, _language_from_table, _WHERE)


def language(code: str) -> Language | None:
    """The bundled language for a BCP-47 tag: ``"zh-TW"`` -> zh, ``"pt_BR"`` -> pt."""
    if not code:
        return None
    bundled = languages()
    subtags = code.replace("_", "-").lower().split("-")
    # Try the longest prefix first so a future "pt-BR" file would win over "pt".
    for length in range(len(subtags), 0, -1):
        candidate = "-".join(subtags[:length])
        for known in (candidate, _canonical_case(candidate)):
            if known in bundled:
                return bundled[known]
    # Tags that share another file's vocabulary: Norwegian "no" and "nn" read Bokmål's,
    # Filipino ("fil") reads Tagalog's.
    shared = _SHARED_VOCABULARY.get(subtags[0])
    return bundled.get(shared) if shared else None


_SHARED_VOCABULARY = {"no": "nb", "nn": "nb", "fil": "tl"}


def _canonical_case(tag: str) -> str:
    """BCP-47 case convention: language lower, region upper, script title (zh-Hant, pt-BR)."""
    parts = tag.split("-")
    fixed = [parts[0]]
    for part in parts[1:]:
        fixed.append(part.upper() if len(part) == 2 else part.title())
    return "-".join(fixed)


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names in many scripts, NFC-normalised and casefolded."""
    text = (_data_dir() / _GIVEN_NAMES_FILE).read_text(encoding="utf-8")
    text = unicodedata.normalize("NFC", text).casefold()
    names = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(name for name in names if name)


def vocabulary(langs: Iterable[str] | None = None) -> Vocabulary:
    """Union of the words of all bundled languages, or of the given language tags.

    Unknown tags are ignored; tags resolve like :func:`language` (``zh-TW`` -> zh).
    """
    if langs is None:
        return _vocabulary_for(None)
    if isinstance(langs, str):
        langs = [langs]
    codes = {found.code for found in map(language, langs) if found is not None}
    return _vocabulary_for(tuple(sorted(codes)))


@functools.lru_cache(maxsize=64)
def _vocabulary_for(codes: tuple[str, ...] | None) -> Vocabulary:
    bundled = languages()
    chosen = [bundled[code] for code in (codes if codes is not None else sorted(bundled))]
    fields = {
        attribute: _union_longest_first(lang.words(section, key) for lang in chosen)
        for attribute, (section, key) in _VOCABULARY_FIELDS.items()
    }
    # A label crediting the lead picture ("Top photo by …") is a credit label as well.
    fields["credit_labels"] = _union_longest_first((fields["credit_labels"], fields["lead_labels"]))
    return Vocabulary(
        languages=tuple(lang.code for lang in chosen),
        given_names=given_names(),
        **fields,
    )


def _union_longest_first(word_lists: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    """Merge word lists, dropping case-insensitive repeats (first spelling wins)."""
    seen: dict[str, str] = {}
    for words in word_lists:
        for word in words:
            seen.setdefault(word.casefold(), word)
    return tuple(sorted(seen.values(), key=lambda word: (-len(word), word)))

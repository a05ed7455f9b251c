"""Exact (case-sensitive) aliases: agency acronyms that are ordinary words or given names
once their case is folded ("MIA" / Mia / mia, "ERR" / err, "MAP" / map).

Each row: the text as printed, the persons, and the agencies as (registry id, role).
Written in the manner of scrapinghub/price-parser's example tables, grouped by where the
convention comes from. The samples are made up in the style of the outlets named.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from credit_examples import D, S, Example, ids

from mediakit import RegistryError, load_registry, parse_credit, split_caption
from mediakit.credits.fold import key
from mediakit.credits.registry import Registry, default_registry, parse_entries



# The acronym in capitals, as agencies and the outlets that print them write it.
BALKAN_AND_BALTIC_CREDITS = [
    Example("Foto: MIA", [], [("mia", S)]),
    Example("Photo: Ivan Petrov/MIA", ["Ivan Petrov"], [("mia", S)]),
    Example("Фото: МИА", [], [("mia", S)]),
    Example("Foto: ＭＩＡ", [], [("mia", S)]),  # full width: NFKC still applies
    Example("Foto: ATA", [], [("ata", S)]),
    Example("Foto: ATA/Besnik Hoxha", ["Besnik Hoxha"], [("ata", S)]),
    Example("Foto: ERR / Jane Doe", ["Jane Doe"], [("err", S)]),
    Example("Jane Doe/ERR News", ["Jane Doe"], [("err", S)]),
    Example("Foto: LETA/Jānis Bērziņš", ["Jānis Bērziņš"], [("leta", S)]),
    Example("Foto: STA", [], [("sta", S)]),
    Example("Foto: SITA/Peter Novák", ["Peter Novák"], [("sita", S)]),
    Example("Foto: PIXSELL/HINA", [], [("pixsell", S), ("hina", S)]),
    Example("Foto: Hina", [], [("hina", S)]),  # Croatian outlets print it both ways
    Example("Foto: Fena", [], [("fena", S)]),
    Example("Foto: FENA/Amer Hodžić", ["Amer Hodžić"], [("fena", S)]),
    Example("Foto: TT / Anna Svensson", ["Anna Svensson"], [("tt", S)]),
]

MIDDLE_EAST_AND_AFRICA_CREDITS = [
    Example("SANA via AP", [], [("sana", S), ("ap", D)]),
    Example("KUNA/Handout", [], [("kuna", S)]),
    Example("Photo: MAP", [], [("map", S)]),
    Example("TAP/Jane Doe", ["Jane Doe"], [("tap", S)]),
    Example("Photo: PANA", [], [("pana", S)]),
    Example("Panapress/Jane Doe", ["Jane Doe"], [("pana", S)]),
    Example("ANA/Jane Doe", ["Jane Doe"], [("african-news-agency", S)]),
    Example("Photo: NAN", [], [("nan", S)]),
]

OTHER_ACRONYMS_MADE_EXACT = [
    Example("Photo: PA", [], [("pa", S)]),
    Example("APP/Jane Doe", ["Jane Doe"], [("app", S)]),
    Example("SPA/Handout via Reuters", [], [("spa", S), ("reuters", D)]),
    Example("Foto: APA/Jane Doe", ["Jane Doe"], [("apa", S)]),
    Example("WENN/Jane Doe", ["Jane Doe"], [("wenn", S)]),
    Example("Photo: X", [], [("x", S)]),
    Example("ESA/NASA", [], [("esa", S), ("nasa", S)]),
    Example("Photo: ESA/Hubble", [], [("esa", S)]),  # the folded compound name still holds
    Example("ANI/Jane Doe", ["Jane Doe"], [("ani", S)]),
    Example("UNI Photo", [], [("uni", S)]),
    Example("Photo: MEGA", [], [("mega-agency", S)]),
    Example("Fot. PAP/Leszek Szymański", ["Leszek Szymański"], [("pap", S)]),
]

# The same letters as a given name or a word: no agency of theirs.
NAMES_AND_WORDS = [
    Example("Mia Farrow/AP", ["Mia Farrow"], [("ap", S)]),
    Example("Photo: Mia Farrow", ["Mia Farrow"], []),
    Example("Sana Saeed/AFP", ["Sana Saeed"], [("afp", S)]),
    Example("Ata Erdem/AA", ["Ata Erdem"], [("anadolu", S)]),
    Example("EFE/EPA/Ana Ruiz", ["Ana Ruiz"], [("efe", S), ("epa", S)]),
    Example("Leta Bell", ["Leta Bell"], []),
]

ALL_CREDITS = BALKAN_AND_BALTIC_CREDITS + MIDDLE_EAST_AND_AFRICA_CREDITS + OTHER_ACRONYMS_MADE_EXACT + NAMES_AND_WORDS


@pytest.mark.parametrize("example", ALL_CREDITS, ids=[e.text for e in ALL_CREDITS])
def test_credit(example):
    credit = parse_credit(example.text)
    assert list(credit.creators) == example.creators
    assert ids(credit) == example.agencies


# Words that are acronyms only in capitals: no registry id in what they give.
NOT_AGENCIES = [
    ("err on the side of caution", {"err"}),
    ("Err", {"err"}),
    ("Foto: Mia", {"mia"}),
    ("mia", {"mia"}),
    ("Foto: fena", {"fena"}),
    ("map", {"map"}),
    ("app", {"app"}),
    ("Photo: Pa", {"pa"}),
    ("at a", {"ata"}),
    ("la sta", {"sta"}),
    ("hina", {"hina"}),
    ("Foto: Uni Wien", {"uni"}),  # German "Uni", university
    ("esa foto", {"esa"}),  # Spanish "esa"
    ("ani", {"ani"}),  # Romanian "ani", years
    ("mega", {"mega-agency"}),
]


@pytest.mark.parametrize("text, absent", NOT_AGENCIES, ids=[t for t, _ in NOT_AGENCIES])
def test_lowercase_word_is_no_agency(text, absent):
    assert not absent & {a.id for a in parse_credit(text).agencies}


@dataclass
class CaptionExample:
    line: str
    caption: str
    agencies: list[str]  # ids


CAPTIONS = [
    CaptionExample("Mia Farrow arrives at the premiere in New York. Photo: Ivan Petrov/MIA",
                   "Mia Farrow arrives at the premiere in New York.", ["mia"]),
    CaptionExample("Mia Farrow arrives at the premiere in New York (Photo: Jane Doe/AP)",
                   "Mia Farrow arrives at the premiere in New York", ["ap"]),
    CaptionExample("Protesters march in Tallinn. Foto: ERR / Jane Doe", "Protesters march in Tallinn.", ["err"]),
    CaptionExample("We err on the side of caution, the minister said",
                   "We err on the side of caution, the minister said", []),
    CaptionExample("Rescuers tap on the rubble near the map of the city",
                   "Rescuers tap on the rubble near the map of the city", []),
]


@pytest.mark.parametrize("example", CAPTIONS, ids=[e.line[:40] for e in CAPTIONS])
def test_caption(example):
    caption = split_caption(example.line)
    assert caption.caption == example.caption
    assert [a.id for a in caption.agencies] == example.agencies


# -- the registry itself -----------------------------------------------------------------


def _registry(toml_text: str, base: Registry | None = None) -> Registry:
    import tomllib

    extra = parse_entries(tomllib.loads(toml_text), "test.toml")
    return Registry([*(base or []), *extra])


MIA_AND_A_NAMESAKE = """
[mia-test]
name = "Media Information Agency"
short = "MIA"
kind = "national-agency"
exact_aliases = ["MIA"]

[mia-magazine]
name = "Mia Magazine"
kind = "publication"
aliases = ["Mia"]
"""


def test_exact_alias_and_folded_name_of_the_same_letters_go_their_own_ways():
    registry = _registry(MIA_AND_A_NAMESAKE)
    assert registry.lookup("MIA").id == "mia-test"
    assert registry.lookup("M.I.A.").id == "mia-test"  # punctuation and spacing still ignored
    assert registry.lookup("Mia").id == "mia-magazine"
    assert registry.lookup("mia").id == "mia-magazine"
    assert [(m.agency.id, m.raw) for m in registry.find_all("Mia Farrow/MIA")] == [
        ("mia-magazine", "Mia"), ("mia-test", "MIA")]
    assert registry.name_at_start("MIA/Jane Doe").agency.id == "mia-test"
    assert registry.name_at_start("Mia/Jane Doe").agency.id == "mia-magazine"
    assert registry.collisions().get("mia") is None  # different printed forms: no clash


def test_short_name_listed_as_exact_matches_only_exactly():
    registry = _registry(MIA_AND_A_NAMESAKE.split("[mia-magazine]")[0])
    agency = registry.get("mia-test")
    assert "MIA" not in agency.folded_names and "MIA" in agency.names
    assert registry.lookup("mia") is None and registry.lookup("Mia") is None
    assert registry.find_all("Mia Farrow") == []
    assert registry.name_at_start("Mia Farrow") is None


def test_longest_match_skips_an_exact_key_in_the_wrong_case():
    registry = _registry("""
[err-test]
name = "Eesti Test"
kind = "broadcaster"
exact_aliases = ["ERR"]
aliases = ["ERR News"]
""")
    assert [m.raw for m in registry.find_all("err news")] == ["err news"]  # folded alias still folds
    assert [m.raw for m in registry.find_all("Photo: ERR/Jane")] == ["ERR"]
    assert registry.find_all("we err here") == []


TWO_CLAIMS = """
[one]
name = "One"
kind = "publication"
exact_aliases = ["ZQX"]
{marked}
[two]
name = "Two"
kind = "publication"
exact_aliases = ["ZQX"]
"""


def test_two_agencies_claiming_one_exact_form_collide():
    registry = _registry(TWO_CLAIMS.format(marked=""))
    assert registry.lookup("ZQX").id == "one"  # the first in file order
    assert registry.collisions()[key("ZQX")] == ["one", "two"]


def test_an_exact_form_marked_ambiguous_goes_to_the_plain_claimant():
    registry = _registry(TWO_CLAIMS.format(marked='ambiguous = ["ZQX"]'))
    assert registry.lookup("ZQX").id == "two"
    assert registry.collisions()[key("ZQX")] == ["two", "one"]


def test_user_file_with_exact_aliases_loads(tmp_path):
    user = tmp_path / "local.toml"
    user.write_text("""
[kvx-agency]
name = "Kvx Press Agency"
kind = "national-agency"
country = "MK"
exact_aliases = ["KVX"]
""", encoding="utf-8")
    registry = load_registry(extra=[user])
    agency = registry.get("kvx-agency")
    assert agency.exact_aliases == ("KVX",)
    assert "exact_aliases" not in agency.extra
    assert [a.id for a in parse_credit("Foto: KVX/Jane Doe", registry).agencies] == ["kvx-agency"]
    assert registry.lookup("kvx") is None


def test_merging_keeps_exact_aliases_and_adds_new_ones(tmp_path):
    user = tmp_path / "local.toml"
    user.write_text('[mia]\naliases = ["MIA Skopje"]\nexact_aliases = ["MIA-S"]\n', encoding="utf-8")
    registry = load_registry(extra=[user])
    mia = registry.get("mia")
    assert mia.exact_aliases == (*default_registry().get("mia").exact_aliases, "MIA-S")
    assert "MIA Skopje" in mia.aliases
    assert registry.lookup("MIA").id == "mia"
    assert registry.lookup("MIA-S").id == "mia"
    assert registry.lookup("Mia-S") is None and registry.lookup("Mia") is None
    assert registry.lookup("mia skopje").id == "mia"  # a plain alias still folds


def test_user_file_can_make_a_bundled_name_exact(tmp_path):
    user = tmp_path / "local.toml"
    user.write_text('[hina]\nexact_aliases = ["HINA"]\n', encoding="utf-8")
    registry = load_registry(extra=[user])
    assert registry.lookup("HINA").id == "hina"
    assert registry.lookup("Hina").id == "hina"  # the bundled exact "Hina" stays
    assert registry.lookup("hina") is None


@pytest.mark.parametrize("value", ['"MIA"', "[1, 2]", '["..."]'])
def test_bad_exact_aliases_are_a_registry_error(tmp_path, value):
    path = tmp_path / "broken.toml"
    path.write_text(f'[bad-one]\nname = "Bad"\nkind = "publication"\nexact_aliases = {value}\n', encoding="utf-8")
    with pytest.raises(RegistryError, match="broken.toml"):
        load_registry(extra=[path])


def test_every_bundled_exact_alias_finds_its_agency_only_as_printed():
    registry = default_registry()
    exact = [(agency, alias) for agency in registry for alias in agency.exact_aliases]
    assert len(exact) >= 20
    for agency, alias in exact:
        assert registry.lookup(alias) is agency, alias
        assert [m.agency.id for m in registry.find_all(f"Foto: {alias}/Jane Doe")] == [agency.id], alias
        lower = alias.lower()
        if lower != alias and lower not in agency.exact_aliases:
            assert registry.lookup(lower) is not agency, alias
            assert agency.id not in {m.agency.id for m in registry.find_all(f"we {lower} here")}, alias


def test_new_agencies_are_in_the_registry():
    registry = default_registry()
    for agency_id, name, country in [("mia", "Macedonian Information Agency", "MK"),
                                     ("ata", "Albanian Telegraphic Agency", "AL"),
                                     ("err", "Eesti Rahvusringhääling", "EE"),
                                     ("sita", "Slovenská tlačová agentúra", "SK"),
                                     ("pana", "Pan-African News Agency", "SN")]:
        agency = registry.lookup(name)
        assert agency is not None and agency.id == agency_id and agency.country == country, name

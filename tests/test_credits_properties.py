"""Any string gives a result or a clear error: never a crash, never a hang."""
from __future__ import annotations

import json
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediakit import parse_credit, split_caption
from mediakit.credits.parser import MAX_CREDIT_CHARS

CREDIT_ALPHABET = st.sampled_from(
    list(string.ascii_letters + " /|,;:()-=＝（）[]©.") + ["AFP", "Reuters", " via ", "新华社", "记者", "摄",
                                                           "연합뉴스", "기자", "Фото", "ТАСС", "Photo: ", "、"]
)
credit_like = st.lists(CREDIT_ALPHABET, max_size=40).map("".join)
anything = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=300)


def _well_formed(credit) -> None:
    out = credit.to_dict()
    json.dumps(out, ensure_ascii=False).encode("utf-8")  # serialisable, no lone surrogates
    assert all(isinstance(n, str) and n for n in out["creators"])
    for a in out["agencies"]:
        assert a["role"] in ("source", "distributor") and a["name"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(credit_like, anything))
def test_parse_credit_never_crashes(text):
    _well_formed(parse_credit(text))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(credit_like, anything))
def test_split_caption_never_crashes(text):
    result = split_caption(text)
    json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")
    if result.credit:
        _well_formed(result.credit)


def test_control_characters_and_lone_surrogates():
    credit = parse_credit("Photo:\x00 Jane\x07 Doe/\ud800AFP\u2028")
    _well_formed(credit)
    assert "afp" in [a.id for a in credit.agencies]


def test_one_megabyte_string_is_read_from_its_start():
    text = "Jane Doe/AFP " + "x" * 1_000_000
    credit = parse_credit(text)
    assert len(credit.credit or "") <= MAX_CREDIT_CHARS
    _well_formed(credit)
    result = split_caption("A caption " * 100_000)
    assert result.caption and len(result.caption) <= 4000

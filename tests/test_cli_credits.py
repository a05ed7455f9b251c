"""The line tools `mediakit credits` and `mediakit captions`, and `mediakit agencies`."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mediakit.cli.main", *args], input=stdin,
                          capture_output=True, check=False)


def lines(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


def test_credits_prints_one_object_per_input_line_even_for_bad_lines():
    stdin = "Photo by Jane Doe/AFP via Getty Images\n\n朝鮮通信社/KCNA via KNS\n".encode() + b"\xff\xfe bad bytes\n"
    result = run(["credits"], stdin)
    assert result.returncode == 0, result.stderr
    out = lines(result.stdout)
    assert len(out) == 4
    assert out[0]["creators"] == ["Jane Doe"]
    assert [(a["id"], a["role"]) for a in out[0]["agencies"]] == [("afp", "source"), ("getty-images", "distributor")]
    assert out[1] == {"input": "", "credit": None, "creators": [], "agencies": [], "copyright": None}
    assert [a["id"] for a in out[2]["agencies"]] == ["kcna", "kns"]
    assert set(out[3]) == {"input", "credit", "creators", "agencies", "copyright"}


def test_output_is_utf8_with_characters_as_themselves():
    result = run(["credits"], "新华社记者 张三 摄\n".encode())
    assert "新华社" in result.stdout.decode("utf-8")
    assert "\\u" not in result.stdout.decode("utf-8")


def test_captions_splits_each_line():
    stdin = "Vue du port. Photo : Jean Dupont / Hans Lucas\nUne vue du Mont-Saint-Michel\n".encode()
    out = lines(run(["captions"], stdin).stdout)
    assert out[0]["caption"] == "Vue du port." and out[0]["credit"] == "Jean Dupont / Hans Lucas"
    assert out[1] == {"input": "Une vue du Mont-Saint-Michel", "caption": "Une vue du Mont-Saint-Michel",
                      "credit": None, "creators": [], "agencies": []}


def test_registry_option_adds_agencies_to_every_command():
    extra = str(FIXTURES / "registry-extra.toml")
    out = lines(run(["credits", "--registry", extra], b"LBN/Max Muster\n").stdout)
    assert [a["id"] for a in out[0]["agencies"]] == ["lokalblatt-nord"]
    found = lines(run(["agencies", "Lokalblatt", "--registry", extra]).stdout)
    assert found[0]["id"] == "lokalblatt-nord"


def test_bad_registry_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[x]\nname = 'X'\nkind = 'bakery'\n", "utf-8")
    result = run(["credits", "--registry", str(bad)], b"AFP\n")
    assert result.returncode != 0
    assert "bad.toml" in result.stderr.decode() and "kind" in result.stderr.decode()


def test_agencies_finds_names_in_any_script():
    for query, expected in [("ТАСС", "tass"), ("新華社", "xinhua"), ("연합뉴스", "yonhap"), ("ＡＦＰ", "afp")]:
        out = lines(run(["agencies", query]).stdout)
        assert out and out[0]["id"] == expected, query


def test_agencies_unknown_query_exits_non_zero():
    result = run(["agencies", "No Such Agency Anywhere"])
    assert result.returncode == 1 and result.stdout == b""

"""``--resume``: a run killed mid-way continues into the same output, nothing lost or doubled."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import mediakit.batch.runner as runner
from batch_fixtures import page, stalling_extract, write_warc, write_zip
from mediakit.batch.resume import Checkpoint
from mediakit.cli.main import main

TESTS = Path(__file__).resolve().parent
DOCUMENTS = 240


@pytest.fixture
def fake_extractor(monkeypatch):
    monkeypatch.setattr(runner, "default_extractor", lambda: stalling_extract)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """A WARC, a zip and loose pages, with failing documents among them."""
    root = tmp_path_factory.mktemp("resume")
    records = [("response", f"https://news.example.org/{n}", page(n), "text/html", "200 OK") for n in range(DOCUMENTS // 2)]
    warc = write_warc(root / "crawl.warc.gz", records)
    archive = write_zip(root / "export.zip", {f"p{n}.html": page(n) for n in range(DOCUMENTS // 2, DOCUMENTS - 2)})
    (root / "loose.html").write_bytes(page(DOCUMENTS))
    (root / "binary.html").write_bytes(b"\x00\x01\x02 not a page")
    return [str(warc), str(archive), str(root / "loose.html"), str(root / "binary.html")]


def cli(*args: str) -> subprocess.Popen:
    """The command line in a child process, with the slow stand-in extractor."""
    env = {**os.environ, "PYTHONPATH": str(TESTS) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen([sys.executable, str(TESTS / "batch_fixtures.py"), "slow_extract", *args],
                            env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def kill_when_half_done(process: subprocess.Popen, output: Path) -> int:
    """Kill the run (parent and workers) once its checkpoint shows some progress."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        checkpoint = Checkpoint.load(str(output))
        if checkpoint and DOCUMENTS // 5 <= checkpoint.documents:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGKILL)  # the whole group we started: parent and workers
    process.wait()
    return Checkpoint.load(str(output)).documents


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_killed_run_resumed_equals_uninterrupted_run(tmp_path: Path, inputs, fmt: str):
    whole, whole_errors = tmp_path / f"whole.{fmt}", tmp_path / "whole-errors.jsonl"
    cut, cut_errors = tmp_path / f"cut.{fmt}", tmp_path / "cut-errors.jsonl"
    common = ["extract", "--jobs", "2", "-q", "--format", fmt]

    uninterrupted = cli(*common, "--output", str(whole), "--errors", str(whole_errors), *inputs)
    assert uninterrupted.wait(120) == 1  # the binary input fails

    interrupted = cli(*common, "--output", str(cut), "--errors", str(cut_errors), *inputs)
    done_before_kill = kill_when_half_done(interrupted, cut)
    assert 0 < done_before_kill < DOCUMENTS
    # A kill may land mid-write: the file may hold more than the checkpoint says.
    resumed = cli(*common, "--output", str(cut), "--errors", str(cut_errors), "--resume", *inputs)
    assert resumed.wait(120) == 1, resumed.stderr.read().decode()

    assert cut_errors.read_bytes() == whole_errors.read_bytes()
    if fmt == "parquet":
        from mediakit.batch.writers import read_parquet_records
        assert read_parquet_records(str(cut)) == read_parquet_records(str(whole))
        assert len(read_parquet_records(str(cut))) == DOCUMENTS
        return
    assert cut.read_bytes() == whole.read_bytes()
    if fmt == "jsonl":
        sources = [json.loads(l)["source"] for l in cut.read_text("utf-8").splitlines()]
        assert len(sources) == len(set(sources)) == DOCUMENTS


def test_resume_of_a_complete_run_writes_nothing_more(tmp_path: Path, inputs, fake_extractor):
    out = tmp_path / "out.jsonl"
    assert main(["extract", "-q", "--jobs", "2", "--output", str(out), *inputs]) == 1
    before = out.read_bytes()
    assert main(["extract", "-q", "--jobs", "2", "--output", str(out), "--resume", *inputs]) == 1
    assert out.read_bytes() == before


def test_resume_with_other_inputs_is_refused(tmp_path: Path, inputs, fake_extractor, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["extract", "-q", "--output", str(out), inputs[2]]) == 0
    assert main(["extract", "-q", "--output", str(out), "--resume", inputs[2], inputs[1]]) == 2
    assert "other inputs" in capsys.readouterr().err


def test_resume_needs_an_output_file(inputs, fake_extractor, capsys):
    assert main(["extract", "-q", "--resume", inputs[2]]) == 2
    assert "--output" in capsys.readouterr().err


def test_resume_without_checkpoint_starts_over(tmp_path: Path, inputs, fake_extractor):
    out = tmp_path / "out.jsonl"
    out.write_text("stale line\n")
    assert main(["extract", "-q", "--output", str(out), "--resume", inputs[2]]) == 0
    assert [json.loads(l)["source"] for l in out.read_text().splitlines()] == [inputs[2]]

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


# --------------------------------------------------------------------------- inputs changed before resume


def interrupt_after(out: Path, documents: int) -> None:
    """Make a finished run's files look as if it had been killed after ``documents``:
    output cut back to that many lines and an incomplete checkpoint saying so."""
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:documents]) + lines[documents][:10])  # half a line, as a kill leaves
    checkpoint = Checkpoint.load(str(out))
    checkpoint.documents = documents
    checkpoint.output_bytes = len(b"".join(lines[:documents]))
    checkpoint.last_source = json.loads(lines[documents - 1])["source"]
    checkpoint.complete = False
    checkpoint.save(str(out))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "many"
    root.mkdir()
    for n in range(1, 11):
        (root / f"a{n:03d}.html").write_bytes(page(n))
    return root


def sources_of(out: Path) -> list[str]:
    return [json.loads(line)["source"] for line in out.read_text("utf-8").splitlines()]


def test_checkpoint_holds_the_source_of_the_last_document_written(tmp_path: Path, folder: Path, fake_extractor):
    out = tmp_path / "part.jsonl"
    assert main(["extract", "-q", "--jobs", "2", "--output", str(out), str(folder)]) == 0
    checkpoint = Checkpoint.load(str(out))
    assert checkpoint.documents == 10 and checkpoint.last_source == sources_of(out)[-1]


def test_resume_of_an_unchanged_folder_equals_an_uninterrupted_run(tmp_path: Path, folder: Path, fake_extractor):
    out = tmp_path / "part.jsonl"
    assert main(["extract", "-q", "--jobs", "2", "--output", str(out), str(folder)]) == 0
    whole = out.read_bytes()
    interrupt_after(out, 4)
    assert main(["extract", "-q", "--jobs", "2", "--output", str(out), "--resume", str(folder)]) == 0
    assert out.read_bytes() == whole


@pytest.mark.parametrize("change", ["added before", "removed before", "renamed before"])
def test_resume_is_refused_when_the_folder_changed_before_the_checkpoint(
        tmp_path: Path, folder: Path, fake_extractor, capsys, change: str):
    """The reviewer's case: a file added ahead of the checkpoint shifted the listing, and
    the resume wrote one document twice and left the new one out, with exit 0."""
    out = tmp_path / "part.jsonl"
    assert main(["extract", "-q", "--jobs", "2", "--output", str(out), str(folder)]) == 0
    interrupt_after(out, 4)
    before = out.read_bytes(), (tmp_path / "part.jsonl.mediakit-progress").read_bytes()
    if change == "added before":
        (folder / "a000.html").write_bytes(page(99))
    elif change == "removed before":
        (folder / "a002.html").unlink()
    else:
        (folder / "a002.html").rename(folder / "a0095.html")  # now after the checkpoint
    capsys.readouterr()
    assert main(["extract", "-q", "--jobs", "2", "--output", str(out), "--resume", str(folder)]) == 2
    message = capsys.readouterr().err
    assert "inputs changed" in message and "without --resume" in message
    # Nothing written: the output (half line included) and the checkpoint are as they were.
    assert (out.read_bytes(), (tmp_path / "part.jsonl.mediakit-progress").read_bytes()) == before


def test_resume_is_refused_when_fewer_documents_than_written_remain(tmp_path: Path, folder: Path, fake_extractor, capsys):
    out = tmp_path / "part.jsonl"
    assert main(["extract", "-q", "--output", str(out), str(folder)]) == 0
    interrupt_after(out, 8)
    for n in range(1, 6):
        (folder / f"a{n:03d}.html").unlink()
    assert main(["extract", "-q", "--output", str(out), "--resume", str(folder)]) == 2
    assert "now hold 5 documents" in capsys.readouterr().err


def test_files_added_after_the_checkpoint_are_simply_read(tmp_path: Path, folder: Path, fake_extractor):
    out = tmp_path / "part.jsonl"
    assert main(["extract", "-q", "--output", str(out), str(folder)]) == 0
    interrupt_after(out, 4)
    (folder / "z.html").write_bytes(page(99))
    assert main(["extract", "-q", "--output", str(out), "--resume", str(folder)]) == 0
    names = [Path(s).name for s in sources_of(out)]
    assert names == [f"a{n:03d}.html" for n in range(1, 11)] + ["z.html"]


def test_killed_folder_run_with_a_page_added_before_resume_is_refused(tmp_path: Path):
    """The reviewer's repro end to end: kill a run over a folder, add a page, resume."""
    root = tmp_path / "many"
    root.mkdir()
    for n in range(1, DOCUMENTS + 1):
        (root / f"a{n:03d}.html").write_bytes(page(n))
    out = tmp_path / "part.jsonl"
    run = cli("extract", "--jobs", "2", "-q", "--output", str(out), str(root))
    done = kill_when_half_done(run, out)
    assert 0 < done < DOCUMENTS
    (root / "a000.html").write_bytes(page(0))
    resumed = cli("extract", "--jobs", "2", "-q", "--output", str(out), "--resume", str(root))
    assert resumed.wait(120) == 2
    assert "inputs changed" in resumed.stderr.read().decode()
    sources = sources_of_complete_lines(out)
    assert len(sources) == len(set(sources))


def sources_of_complete_lines(out: Path) -> list[str]:
    return [json.loads(line)["source"] for line in out.read_bytes().split(b"\n")[:-1]]


# --------------------------------------------------------------------------- the checkpoint file itself


def test_checkpoint_temporary_file_is_unique_per_save_and_renamed(tmp_path: Path, monkeypatch):
    import mediakit.batch.resume as resume

    renamed: list[str] = []
    real_replace = os.replace

    def record_replace(source, target):
        renamed.append(os.path.basename(source))
        real_replace(source, target)

    monkeypatch.setattr(resume.os, "replace", record_replace)
    out = str(tmp_path / "out.jsonl")
    Checkpoint(fingerprint="x", documents=1, last_source="a.html").save(out)
    Checkpoint(fingerprint="x", documents=2, last_source="b.html").save(out)
    assert len(set(renamed)) == 2 and "out.jsonl.mediakit-progress.tmp" not in renamed
    assert all(name.startswith("out.jsonl.mediakit-progress.") and name.endswith(".tmp") for name in renamed)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl.mediakit-progress"]
    assert Checkpoint.load(out).last_source == "b.html"


def test_a_stale_fixed_name_temporary_does_not_block_the_checkpoint(tmp_path: Path, inputs, fake_extractor):
    """An old run's leftover (here even a folder) at the former fixed name is no obstacle."""
    out = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.mediakit-progress.tmp").mkdir()
    assert main(["extract", "-q", "--output", str(out), inputs[2]]) == 0
    assert Checkpoint.load(str(out)).complete


def test_checkpoint_of_an_older_version_without_last_source_still_resumes(tmp_path: Path, folder: Path, fake_extractor):
    out = tmp_path / "part.jsonl"
    assert main(["extract", "-q", "--output", str(out), str(folder)]) == 0
    whole = out.read_bytes()
    interrupt_after(out, 3)
    checkpoint = Checkpoint.load(str(out))
    checkpoint.last_source, checkpoint.version = None, 1
    checkpoint.save(str(out))
    assert main(["extract", "-q", "--output", str(out), "--resume", str(folder)]) == 0
    assert out.read_bytes() == whole

"""The newsclean command on corpora: directories, -O, --in-place, JSON Lines,
--on-error, --jobs and output order."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean import Config

SRC = str(Path(newsclean.__file__).resolve().parent.parent)

CHROME = ["Home", "Share", "Related Stories", "Other news from the region today"]
TOPICS = [
    "the council voted to expand the bike network",
    "the harbour authority approved a new ferry terminal",
    "teachers in the district agreed a new pay deal",
    "the museum reopened its east wing after repairs",
    "farmers reported a late but strong apple harvest",
    "the rail operator promised more trains at weekends",
]


def page(i: int) -> str:
    """A small news page with chrome; its article names ``i`` so that outputs can be told apart."""
    topic = TOPICS[i % len(TOPICS)]
    return (
        "Home\nShare\n"
        f"Story {i}: on Tuesday {topic}, officials said after a long meeting in the town hall.\n"
        f"Item {i} will be reviewed again next spring, a spokeswoman told reporters on Wednesday.\n"
        "Related Stories\nOther news from the region today\n"
    )


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = SRC + os.pathsep + e.get("PYTHONPATH", "")
    return e


def run(
    *args: str | Path, stdin: str | None = None, cwd: Path | None = None, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env(),
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """corpus/a.txt, corpus/sub/b.txt, corpus/sub/deeper/c.txt, plus files -r must skip."""
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text(page(0))
    (root / "sub" / "b.txt").write_text(page(1))
    (root / "sub" / "deeper" / "c.txt").write_text(page(2))
    (root / "notes.md").write_text(page(3))
    (root / ".hidden" / "d.txt").write_text(page(4))
    (root / ".e.txt").write_text(page(5))
    return root


# -- directories and -O ----------------------------------------------------------------------------


def test_recursive_to_stdout_with_headers(corpus: Path) -> None:
    r = run("-r", corpus)
    assert r.returncode == 0, r.stderr
    headers = [line for line in r.stdout.splitlines() if line.startswith("==> ")]
    assert headers == [
        f"==> {corpus / 'a.txt'} <==",
        f"==> {corpus / 'sub' / 'b.txt'} <==",
        f"==> {corpus / 'sub' / 'deeper' / 'c.txt'} <==",
    ]
    assert "Story 0:" in r.stdout
    assert "Story 3:" not in r.stdout  # notes.md does not match *.txt
    assert "Story 4:" not in r.stdout  # hidden directory
    assert "newsclean: 3 inputs, 3 cleaned, 0 failed" in r.stderr


def test_no_headers_concatenates(corpus: Path) -> None:
    r = run("-r", "-q", "--no-headers", corpus)
    expected = "".join(newsclean.clean(page(i)) + "\n" for i in range(3))
    assert r.stdout == expected
    assert r.stderr == ""


def test_glob_selects_other_files(corpus: Path) -> None:
    r = run("-r", "--glob", "*.md", "-q", corpus)
    assert r.returncode == 0
    assert r.stdout == newsclean.clean(page(3)) + "\n"


def test_directory_without_matches_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.html").write_text(page(0))
    r = run("-r", tmp_path)
    assert r.returncode == 1
    assert f"newsclean: error: {tmp_path}: no files matching '*.txt' under this directory" in r.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("jsonl", [False, True])
def test_fifo_under_a_directory_is_an_error_not_a_hang(tmp_path: Path, jsonl: bool) -> None:
    # Nobody writes to the pipe: opening it would block the run for ever.
    name = "data.jsonl" if jsonl else "a.txt"
    (tmp_path / name).write_text(json.dumps({"text": page(0)}) + "\n" if jsonl else page(0))
    os.mkfifo(tmp_path / ("pipe.jsonl" if jsonl else "pipe.txt"))
    r = run("-r", "-q", *(["--jsonl"] if jsonl else ["--no-headers"]), tmp_path, timeout=30)
    assert r.returncode == 1
    pipe = tmp_path / ("pipe.jsonl" if jsonl else "pipe.txt")
    assert r.stderr == f"newsclean: error: {pipe}: not a regular file (skipped)\n"
    expected = newsclean.clean(page(0))
    assert (json.loads(r.stdout)["text"] if jsonl else r.stdout) == (expected if jsonl else expected + "\n")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_output_dir_mirrors_the_tree(corpus: Path, tmp_path: Path, jobs: str) -> None:
    out = tmp_path / "out"
    single = tmp_path / "single.txt"
    single.write_text(page(7))
    r = run("-r", corpus, single, "-O", out, "--jobs", jobs)
    assert r.returncode == 0, r.stderr
    assert r.stdout == ""
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["a.txt", "single.txt", "sub/b.txt", "sub/deeper/c.txt"]
    assert (out / "sub" / "deeper" / "c.txt").read_text() == newsclean.clean(page(2)) + "\n"
    assert (out / "single.txt").read_text() == newsclean.clean(page(7)) + "\n"
    assert "4 inputs, 4 cleaned, 0 failed" in r.stderr
    # inputs untouched
    assert (corpus / "a.txt").read_text() == page(0)


def test_output_dir_inside_input_dir_is_not_walked(corpus: Path) -> None:
    out = corpus / "clean"
    assert run("-r", "-q", corpus, "-O", out).returncode == 0
    r = run("-r", "-q", corpus, "-O", out)  # second run: must not clean clean/*.txt into clean/clean/
    assert r.returncode == 0, r.stderr
    assert not (out / "clean").exists()


def test_output_dir_same_name_twice_is_an_error_not_an_overwrite(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "same.txt").write_text(page(0))
    (tmp_path / "y" / "same.txt").write_text(page(1))
    out = tmp_path / "out"
    r = run(tmp_path / "x" / "same.txt", tmp_path / "y" / "same.txt", "-O", out)
    assert r.returncode == 1
    assert "is already written for" in r.stderr
    assert (out / "same.txt").read_text() == newsclean.clean(page(0)) + "\n"


def test_output_dir_equal_to_input_dir_refuses(corpus: Path) -> None:
    r = run(corpus / "a.txt", "-O", corpus)
    assert r.returncode == 1
    assert "is the input" in r.stderr
    assert (corpus / "a.txt").read_text() == page(0)


def test_in_place_rewrites_inputs(corpus: Path) -> None:
    a = corpus / "a.txt"
    a.chmod(0o640)
    r = run("-r", "--in-place", corpus)
    assert r.returncode == 0, r.stderr
    assert a.read_text() == newsclean.clean(page(0)) + "\n"
    assert a.stat().st_mode & 0o777 == 0o640
    assert (corpus / "sub" / "deeper" / "c.txt").read_text() == newsclean.clean(page(2)) + "\n"
    assert (corpus / "notes.md").read_text() == page(3)
    assert not list(corpus.rglob("*.tmp"))
    # idempotent, and an unchanged file is not rewritten
    before = a.stat().st_mtime_ns
    assert run("--in-place", a).returncode == 0
    assert a.stat().st_mtime_ns == before


def test_in_place_keeps_a_binary_input_as_it_was(tmp_path: Path) -> None:
    b = tmp_path / "b.txt"
    b.write_bytes(b"\x00\x01\x02 binary")
    r = run("--in-place", b)
    assert r.returncode == 1
    assert b.read_bytes() == b"\x00\x01\x02 binary"


@pytest.mark.parametrize("jsonl", [False, True])
def test_in_place_leaves_a_read_only_file_as_it_was(tmp_path: Path, jsonl: bool) -> None:
    # chmod a-w says "do not change this file": its directory being writable
    # (so that a rename could replace it) does not override that.
    ro = tmp_path / ("ro.jsonl" if jsonl else "ro.txt")
    content = json.dumps({"text": page(0)}) + "\n" if jsonl else page(0)
    ro.write_text(content)
    ro.chmod(0o444)
    other = tmp_path / ("other.jsonl" if jsonl else "other.txt")
    other.write_text(content)
    r = run(*(["--jsonl"] if jsonl else []), "-q", "--in-place", ro, other)
    assert r.returncode == 1
    assert r.stderr == f"newsclean: error: {ro}: read-only file (not rewritten in place)\n"
    assert ro.read_text() == content
    assert other.read_text() != content


def test_order_preserved_with_two_jobs(tmp_path: Path) -> None:
    root = tmp_path / "many"
    root.mkdir()
    for i in range(60):
        (root / f"{i:03}.txt").write_text(page(i))
    r = run("-r", "-q", "--no-headers", "--jobs", "2", "--chunk-size", "3", root)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "".join(newsclean.clean(page(i)) + "\n" for i in range(60))


# -- JSON Lines ------------------------------------------------------------------------------------


def records(n: int, start: int = 0) -> list[dict[str, object]]:
    return [
        {"id": i, "text": page(i), "meta": {"src": "test", "n": [i, 1.5]}} for i in range(start, start + n)
    ]


def jsonl(recs: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r) + "\n" for r in recs)


def test_jsonl_cleans_the_field_and_keeps_the_rest(tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    recs = records(5)
    recs[2]["title"] = "Crème brûlée"
    data.write_text(jsonl(recs))
    r = run("--jsonl", data)
    assert r.returncode == 0, r.stderr
    got = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(got) == 5
    for rec, out in zip(recs, got, strict=True):
        assert list(out) == list(rec)  # same keys, same order
        assert out["text"] == newsclean.clean(str(rec["text"]))
        assert {k: v for k, v in out.items() if k != "text"} == {k: v for k, v in rec.items() if k != "text"}
    assert "Crème brûlée" in r.stdout  # UTF-8, not \\u escapes
    assert "newsclean: 5 records, 5 cleaned, 0 skipped" in r.stderr


def test_jsonl_from_stdin_with_other_field_and_config() -> None:
    recs = [{"body": page(i), "text": "untouched"} for i in range(3)]
    r = run("--jsonl", "--field", "body", "--keep-bylines", "-q", stdin=jsonl(recs))
    assert r.returncode == 0, r.stderr
    got = [json.loads(line) for line in r.stdout.splitlines()]
    assert [g["body"] for g in got] == [newsclean.clean(page(i), Config(keep_bylines=True)) for i in range(3)]
    assert all(g["text"] == "untouched" for g in got)
    assert r.stderr == ""


def test_jsonl_explain_field(tmp_path: Path) -> None:
    r = run("--jsonl", "--explain-field", "why", "-q", stdin=jsonl(records(2)))
    assert r.returncode == 0, r.stderr
    got = [json.loads(line) for line in r.stdout.splitlines()]
    expected = newsclean.explain(page(0)).to_dict()
    del expected["text"]
    assert got[0]["why"] == json.loads(json.dumps(expected))
    assert got[0]["text"] == newsclean.clean(page(0))
    dropped = [b["text"] for b in got[0]["why"]["blocks"] if not b["kept"]]
    assert "Share" in dropped


BAD_LINES = [
    json.dumps({"id": 0, "text": page(0)}),
    "{not json",
    json.dumps({"id": 2, "body": "no text field"}),
    "",
    json.dumps({"id": 4, "text": None}),
    "[1, 2, 3]",
    json.dumps({"id": 6, "text": page(6)}),
]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_on_error_skip(tmp_path: Path, jobs: str) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text("\n".join(BAD_LINES) + "\n")
    r = run("--jsonl", data, "--jobs", jobs)  # skip is the default
    assert r.returncode == 0
    assert [json.loads(line)["id"] for line in r.stdout.splitlines()] == [0, 6]
    warnings = [line for line in r.stderr.splitlines() if "warning" in line]
    assert warnings == [
        f"newsclean: warning: {data}:2: malformed JSON: Expecting property name enclosed in double quotes"
        " at column 2 (skipped)",
        f"newsclean: warning: {data}:3: no 'text' field (skipped)",
        f"newsclean: warning: {data}:5: field 'text' is null, not a string (skipped)",
        f"newsclean: warning: {data}:6: not a JSON object but an array (skipped)",
    ]
    assert "newsclean: 6 records, 2 cleaned, 4 skipped;" in r.stderr
    assert_no_traceback(r.stderr)


def test_jsonl_on_error_keep_passes_lines_through(tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text("\n".join(BAD_LINES) + "\n")
    r = run("--jsonl", "--on-error", "keep", data)
    assert r.returncode == 0
    out = r.stdout.splitlines()
    assert out[1:5] == [BAD_LINES[1], BAD_LINES[2], BAD_LINES[4], BAD_LINES[5]]
    assert json.loads(out[0])["text"] == newsclean.clean(page(0))
    assert len(out) == 6  # the blank line is dropped
    assert "(kept as it was)" in r.stderr
    assert "4 kept as they were" in r.stderr


def test_jsonl_on_error_fail_stops(tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text("\n".join(BAD_LINES) + "\n")
    r = run("--jsonl", "--on-error", "fail", data, "--jobs", "2")
    assert r.returncode == 1
    assert r.stderr.splitlines() == [
        f"newsclean: error: {data}:2: malformed JSON: "
        "Expecting property name enclosed in double quotes at column 2"
    ]
    assert [json.loads(line)["id"] for line in r.stdout.splitlines()] == [0]


def test_jsonl_not_utf8_line(tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_bytes(b'{"text": "caf\xe9"}\n' + json.dumps({"text": page(1)}).encode() + b"\n")
    r = run("--jsonl", data)
    assert r.returncode == 0
    assert f"{data}:1: malformed line: not UTF-8 (skipped)" in r.stderr
    assert len(r.stdout.splitlines()) == 1


def test_jsonl_output_dir_and_in_place(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "part").mkdir(parents=True)
    (src / "part" / "a.jsonl").write_text(jsonl(records(3)))
    (src / "b.jsonl").write_text(jsonl(records(2, start=3)))
    out = tmp_path / "out"
    r = run("--jsonl", "-r", src, "-O", out, "-q")
    assert r.returncode == 0, r.stderr
    a = [json.loads(line) for line in (out / "part" / "a.jsonl").read_text().splitlines()]
    assert [x["text"] for x in a] == [newsclean.clean(page(i)) for i in range(3)]
    r = run("--jsonl", "--in-place", src / "b.jsonl", "-q")
    assert r.returncode == 0, r.stderr
    b = [json.loads(line) for line in (src / "b.jsonl").read_text().splitlines()]
    assert [x["text"] for x in b] == [newsclean.clean(page(i)) for i in (3, 4)]


def test_jsonl_order_preserved_with_two_jobs_and_small_chunks(tmp_path: Path) -> None:
    data = tmp_path / "many.jsonl"
    data.write_text(jsonl(records(300)))
    r = run("--jsonl", data, "--jobs", "2", "--chunk-size", "7", "-q")
    assert r.returncode == 0, r.stderr
    got = [json.loads(line) for line in r.stdout.splitlines()]
    assert [g["id"] for g in got] == list(range(300))
    assert [g["text"] for g in got] == [newsclean.clean(page(i)) for i in range(300)]


def test_jsonl_missing_input_is_reported_and_others_done(tmp_path: Path) -> None:
    data = tmp_path / "ok.jsonl"
    data.write_text(jsonl(records(2)))
    r = run("--jsonl", tmp_path / "nope.jsonl", data, "-q")
    assert r.returncode == 1
    assert r.stderr.splitlines() == [
        f"newsclean: error: {tmp_path / 'nope.jsonl'}: no such file or directory"
    ]
    assert len(r.stdout.splitlines()) == 2


def test_jsonl_rejects_explain_flags() -> None:
    r = run("--jsonl", "--explain", stdin="")
    assert r.returncode == 2


def test_quiet_has_no_summary(tmp_path: Path) -> None:
    r = run("--jsonl", "-q", stdin=jsonl(records(2)))
    assert r.stderr == ""
    r = run("--jsonl", stdin=jsonl(records(2)))
    assert "2 records, 2 cleaned, 0 skipped" in r.stderr


def assert_no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr

"""The command when things go wrong: outputs that fail midway (disk full,
a rename refused), inputs that cannot be read or decoded, Ctrl-C with an
output file open. Never a half-written output, never an input overwritten
without --in-place, one line on stderr naming the path, exit 1.

Failures of the disk are simulated in-process by monkeypatching
``AtomicWriter`` (``-j 1``: no worker processes), so that the tests run
anywhere and as root.
"""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

import pytest

import newsclean
from newsclean import io as nio
from newsclean.cli import main

from .test_cli import (
    ARTICLE,
    BODY_1,
    BODY_2,
    assert_no_traceback,
    env,
    interrupt,
    run,
    sigint_as_in_a_terminal,
    wait_until_idle,
)

RECORD = json.dumps({"id": 1, "text": ARTICLE}) + "\n"


class FullDisk:
    """A file object that takes ``room`` bytes, then fails like a full disk."""

    def __init__(self, fh: IO[bytes], room: int) -> None:
        self._fh = fh
        self._room = room

    def write(self, data: bytes) -> int:
        if len(data) > self._room:
            self._fh.write(data[: self._room])
            self._room = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room -= len(data)
        return self._fh.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fh, name)


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Every AtomicWriter gets ``room["bytes"]`` bytes before ENOSPC."""
    room = {"bytes": 100}
    real_enter = nio.AtomicWriter.__enter__

    def enter(self: nio.AtomicWriter) -> Any:
        return FullDisk(real_enter(self), room["bytes"])

    monkeypatch.setattr(nio.AtomicWriter, "__enter__", enter)
    return room


def leftovers(directory: Path) -> list[str]:
    """Temporary files an AtomicWriter left behind."""
    return sorted(p.name for p in directory.rglob(".*.tmp"))


def errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ": error: " in line]


# -- -o: the old file stays as it was ---------------------------------------------------------------


def test_jsonl_output_file_full_disk_midway_keeps_old_file(
    tmp_path: Path, full_disk: dict[str, int], capfd: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "in.jsonl"
    data.write_text(RECORD * 20)
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n")
    full_disk["bytes"] = len(RECORD) * 3  # some records fit, then the disk is full
    assert main(["--jsonl", "-j", "1", "--chunk-size", "1", str(data), "-o", str(out)]) == 1
    err = capfd.readouterr().err
    assert errors(err) == [f"newsclean: error: {out}: no space left on device"]
    assert "Traceback" not in err
    assert out.read_text() == "precious\n"
    assert leftovers(tmp_path) == []


def test_files_output_file_full_disk_midway_keeps_old_file(
    tmp_path: Path, full_disk: dict[str, int], capfd: pytest.CaptureFixture[str]
) -> None:
    inputs = []
    for i in range(5):
        p = tmp_path / f"{i}.txt"
        p.write_text(ARTICLE)
        inputs.append(str(p))
    out = tmp_path / "all.txt"
    out.write_text("precious\n")
    full_disk["bytes"] = 300
    assert main([*inputs, "-j", "1", "--chunk-size", "1", "-o", str(out)]) == 1
    err = capfd.readouterr().err
    assert errors(err) == [f"newsclean: error: {out}: no space left on device"]
    assert out.read_text() == "precious\n"
    assert leftovers(tmp_path) == []


def test_output_file_rename_refused_names_the_output_not_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE)
    out = tmp_path / "out.txt"
    out.write_text("precious\n")

    def refuse(a: str, b: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", a, None, b)

    monkeypatch.setattr(nio.os, "replace", refuse)
    assert main([str(src), "-j", "1", "-o", str(out)]) == 1
    err = capfd.readouterr().err
    assert errors(err) == [f"newsclean: error: {out}: permission denied"]
    assert out.read_text() == "precious\n"
    assert leftovers(tmp_path) == []


def test_new_output_file_not_created_when_the_disk_fills(
    tmp_path: Path, full_disk: dict[str, int], capfd: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE)
    out = tmp_path / "new.txt"
    full_disk["bytes"] = 10
    assert main([str(src), "-j", "1", "-o", str(out)]) == 1
    assert errors(capfd.readouterr().err) == [f"newsclean: error: {out}: no space left on device"]
    assert not out.exists()
    assert leftovers(tmp_path) == []


# -- -O and --in-place: the failing file is that input's error, the others are done ----------------


def test_output_dir_one_file_fails_others_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    tree = tmp_path / "in"
    tree.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (tree / name).write_text(ARTICLE)
    outdir = tmp_path / "out"
    real_replace = os.replace

    def replace(a: str, b: str) -> None:
        if str(b).endswith("b.txt"):
            raise OSError(errno.EIO, "Input/output error", a, None, b)
        real_replace(a, b)

    monkeypatch.setattr(nio.os, "replace", replace)
    assert main(["-r", "-q", "-j", "1", str(tree), "-O", str(outdir)]) == 1
    err = capfd.readouterr().err
    assert errors(err) == [f"newsclean: error: {outdir / 'b.txt'}: input/output error"]
    assert sorted(p.name for p in outdir.iterdir()) == ["a.txt", "c.txt"]
    assert (outdir / "a.txt").read_text() == newsclean.clean(ARTICLE) + "\n"
    assert leftovers(tmp_path) == []


def test_jsonl_output_dir_full_disk_names_the_output(
    tmp_path: Path, full_disk: dict[str, int], capfd: pytest.CaptureFixture[str]
) -> None:
    tree = tmp_path / "in"
    tree.mkdir()
    (tree / "a.jsonl").write_text(RECORD * 10)
    (tree / "b.jsonl").write_text(RECORD)
    outdir = tmp_path / "out"
    full_disk["bytes"] = len(RECORD) * 2
    assert main(["--jsonl", "-r", "-q", "-j", "1", str(tree), "-O", str(outdir)]) == 1
    err = capfd.readouterr().err
    assert errors(err) == [f"newsclean: error: {outdir / 'a.jsonl'}: no space left on device"]
    assert not (outdir / "a.jsonl").exists()
    assert json.loads((outdir / "b.jsonl").read_text())["text"] == newsclean.clean(ARTICLE)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("mode", ["files", "jsonl"])
def test_in_place_full_disk_leaves_the_input_whole(
    tmp_path: Path, full_disk: dict[str, int], capfd: pytest.CaptureFixture[str], mode: str
) -> None:
    content = RECORD * 10 if mode == "jsonl" else ARTICLE * 10
    p = tmp_path / ("page.jsonl" if mode == "jsonl" else "page.txt")
    p.write_text(content)
    full_disk["bytes"] = 50
    flags = ["--jsonl"] if mode == "jsonl" else []
    assert main([*flags, "-q", "-j", "1", "--in-place", str(p)]) == 1
    assert errors(capfd.readouterr().err) == [f"newsclean: error: {p}: no space left on device"]
    assert p.read_text() == content
    assert leftovers(tmp_path) == []


# -- standard output fails ---------------------------------------------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("jsonl", [False, True])
def test_stdout_full_is_one_line_exit_1(tmp_path: Path, jsonl: bool) -> None:
    p = tmp_path / ("a.jsonl" if jsonl else "a.txt")
    p.write_text(RECORD if jsonl else ARTICLE)
    cmd = [sys.executable, "-m", "newsclean", *(["--jsonl"] if jsonl else []), str(p), str(p)]
    with open("/dev/full", "wb") as full:
        r = subprocess.run(cmd, stdout=full, stderr=subprocess.PIPE, text=True, env=env(), timeout=120)
    assert r.returncode == 1
    assert_no_traceback(r.stderr)
    assert errors(r.stderr) == ["newsclean: error: <stdout>: no space left on device"]
    assert "Exception ignored" not in r.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_output_device_full_is_one_line_exit_1(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE)
    r = run(p, "-o", "/dev/full")
    assert r.returncode == 1
    assert errors(r.stderr) == ["newsclean: error: /dev/full: no space left on device"]


# -- inputs that cannot be read ----------------------------------------------------------------------


def test_undecodable_bytes_are_one_line_and_others_are_cleaned(tmp_path: Path) -> None:
    noise = tmp_path / "noise.txt"
    noise.write_bytes(random.Random(7).randbytes(4000).replace(b"\x00", b"\x01"))
    utf16_bad = tmp_path / "utf16.txt"
    utf16_bad.write_bytes(b"\xff\xfe" + "The talks".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    r = run(noise, good, utf16_bad, "--no-headers")
    assert r.returncode == 1
    assert_no_traceback(r.stderr)
    errs = errors(r.stderr)
    assert len(errs) == 2
    assert errs[0].startswith(f"newsclean: error: {noise}: binary file (")
    assert errs[1] == f"newsclean: error: {utf16_bad}: invalid UTF-16 text"
    assert r.stdout == newsclean.clean(ARTICLE) + "\n"


def test_jsonl_inputs_missing_directory_and_denied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    import builtins

    good = tmp_path / "good.jsonl"
    good.write_text(RECORD)
    secret = tmp_path / "secret.jsonl"
    secret.write_text(RECORD)
    folder = tmp_path / "folder"
    folder.mkdir()
    missing = tmp_path / "missing.jsonl"
    real_open = builtins.open

    def guarded_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(secret):
            raise PermissionError(errno.EACCES, "Permission denied", str(secret))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", guarded_open)
    rc = main(["--jsonl", "-q", "-j", "1", str(missing), str(secret), str(folder), str(good)])
    out, err = capfd.readouterr()
    assert rc == 1
    assert errors(err) == [
        f"newsclean: error: {missing}: no such file or directory",
        f"newsclean: error: {secret}: permission denied",
        f"newsclean: error: {folder}: is a directory (use -r to clean the files under it)",
    ]
    assert json.loads(out)["text"] == newsclean.clean(ARTICLE)


def test_unreadable_directory_under_recursive_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    tree = tmp_path / "tree"
    (tree / "ok").mkdir(parents=True)
    (tree / "locked").mkdir()
    (tree / "ok" / "a.txt").write_text(ARTICLE)
    (tree / "locked" / "b.txt").write_text(ARTICLE)
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert main(["-r", "-q", "-j", "1", "--no-headers", str(tree)]) == 1
    out, err = capfd.readouterr()
    assert errors(err) == [f"newsclean: error: {tree / 'locked'}: permission denied"]
    assert out.splitlines() == newsclean.clean(ARTICLE).splitlines()


def test_input_is_never_rewritten_without_in_place(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE)
    before = (page.stat().st_ino, page.stat().st_mtime_ns)
    for args in ([page], [page, "-o", page], [page, "-O", tmp_path], ["-r", tmp_path, "-O", tmp_path]):
        run(*args)
        assert page.read_text() == ARTICLE
        assert (page.stat().st_ino, page.stat().st_mtime_ns) == before
    assert leftovers(tmp_path) == []


# -- Ctrl-C --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("jsonl", [False, True])
def test_sigint_with_output_file_open_leaves_it_as_it_was(tmp_path: Path, jsonl: bool) -> None:
    out = tmp_path / "out.txt"
    out.write_text("precious\n")
    flags = ["--jsonl", "--chunk-size", "1"] if jsonl else []
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsclean", *flags, "-j", "1", "-o", str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env(),
        preexec_fn=sigint_as_in_a_terminal,
    )
    assert proc.stdin is not None
    proc.stdin.write((RECORD if jsonl else ARTICLE).encode())
    proc.stdin.flush()
    wait_until_idle(proc)  # started, and waiting for the rest of standard input
    stdout, stderr = interrupt(proc)
    assert proc.returncode == 130
    assert stderr == b""
    assert stdout == b""
    assert out.read_text() == "precious\n"
    assert leftovers(tmp_path) == []


def _processes_naming(marker: str) -> list[int]:
    """The pids of the live processes whose command line contains ``marker``."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if marker.encode() in cmdline and state != "Z":
                pids.append(int(entry.name))
    return pids


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists() or not hasattr(os, "mkfifo"), reason="Linux")
def test_second_sigint_stops_the_workers_too(tmp_path: Path) -> None:
    # A worker blocks for ever opening a FIFO nobody writes: the first Ctrl-C
    # waits for the chunks in hand; the second must not leave that worker
    # (and the idle one) running, orphaned, after the command has exited.
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE)
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    # Outputs to files: an orphaned worker holding a pipe would block reading it.
    with open(tmp_path / "out", "wb") as out, open(tmp_path / "err", "wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "newsclean", "-j", "2", "--chunk-size", "1", str(page), str(fifo)],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=env(),
            preexec_fn=sigint_as_in_a_terminal,
        )
    try:
        wait_until_idle(proc)
        proc.send_signal(signal.SIGINT)
        time.sleep(1.0)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) == 130
        assert_no_traceback((tmp_path / "err").read_text())
        deadline = time.monotonic() + 10
        while _processes_naming(str(fifo)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _processes_naming(str(fifo)) == []
    finally:
        if proc.poll() is None:
            proc.kill()
        for pid in _processes_naming(str(fifo)):
            os.kill(pid, signal.SIGKILL)


def test_sigint_while_reading_a_file_list_exits_130() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env(),
        preexec_fn=sigint_as_in_a_terminal,
    )
    assert proc.stdin is not None
    proc.stdin.write(ARTICLE.encode())
    proc.stdin.flush()
    wait_until_idle(proc)
    stdout, stderr = interrupt(proc)
    assert (proc.returncode, stdout, stderr) == (130, b"", b"")


def test_bodies_still_reach_stdout(tmp_path: Path) -> None:
    """Sanity check of the helpers above: a normal run writes the article."""
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE)
    r = run(p)
    assert r.returncode == 0
    assert BODY_1 in r.stdout
    assert BODY_2 in r.stdout


def test_atomic_writer_removes_its_temporary_file_when_close_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Flush and close both fail (a full disk): the error is the flush's, and
    the temporary file is still removed."""
    real_fdopen = os.fdopen

    class Failing:
        def __init__(self, fh: IO[bytes]) -> None:
            self._fh = fh

        @property
        def closed(self) -> bool:
            return self._fh.closed

        def write(self, data: bytes) -> int:
            return self._fh.write(data)

        def flush(self) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self) -> None:
            self._fh.close()
            raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(nio.os, "fdopen", lambda fd, mode: Failing(real_fdopen(fd, mode)))
    target = tmp_path / "out.txt"
    with pytest.raises(OSError, match="No space left") as info, nio.AtomicWriter(target) as fh:
        fh.write(b"data\n")
    assert info.value.errno == errno.ENOSPC
    assert not target.exists()
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("jsonl", [False, True])
def test_in_place_through_a_symlink_rewrites_the_file_and_keeps_the_link(tmp_path: Path, jsonl: bool) -> None:
    target = tmp_path / ("real.jsonl" if jsonl else "real.txt")
    target.write_text(RECORD if jsonl else ARTICLE)
    link = tmp_path / ("link.jsonl" if jsonl else "link.txt")
    link.symlink_to(target.name)
    r = run(*(["--jsonl"] if jsonl else []), "-q", "--in-place", link)
    assert r.returncode == 0, r.stderr
    assert link.is_symlink()
    assert os.readlink(link) == target.name
    if jsonl:
        assert json.loads(target.read_text())["text"] == newsclean.clean(ARTICLE)
    else:
        assert target.read_text() == newsclean.clean(ARTICLE) + "\n"
    assert leftovers(tmp_path) == []

"""The newsclean command on single files, stdin and stdout: output, errors,
exit status, decoding, --explain/--diff/--format json, --config, pipes, Ctrl-C.

Most tests run ``python -m newsclean`` in a subprocess, as a user would.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import Config
from newsclean.cli import main

SRC = str(Path(newsclean.__file__).resolve().parent.parent)

ARTICLE = (
    "Home\n"
    "World\n"
    "Share\n"
    "Council approves bike network expansion\n"
    "By Jane Doe\n"
    "The city council voted on Tuesday to expand the bike network by 40 kilometres, "
    "officials said after the meeting.\n"
    "The plan will be paid for by a new parking levy, the mayor told reporters at city hall.\n"
    "Related Stories\n"
    "Other news from the region today\n"
)
BODY_1 = (
    "The city council voted on Tuesday to expand the bike network by 40 kilometres, "
    "officials said after the meeting."
)
BODY_2 = "The plan will be paid for by a new parking levy, the mayor told reporters at city hall."
HEADLINE = "Council approves bike network expansion"
CAFE = (
    "Café owners protest new rules\n"
    "The owners of the Café Central said on Monday that the new rules would cost them dearly.\n"
    "Share this article\n"
)


def env(**extra: str) -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = SRC + os.pathsep + e.get("PYTHONPATH", "")
    e.pop("NO_COLOR", None)
    e.update(extra)
    return e


def wait_until_idle(proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    """Return once ``proc`` has started and sits waiting (its CPU time still
    for half a second), so that a signal sent next reaches the command's own
    handling and not the interpreter's start-up. Without /proc (not Linux),
    wait a fixed 1.5 s."""
    stat = Path(f"/proc/{proc.pid}/stat")
    if not stat.exists():
        time.sleep(1.5)
        return
    deadline = time.monotonic() + timeout
    last: tuple[int, int] | None = None
    still = 0
    while time.monotonic() < deadline and proc.poll() is None:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        ticks = (int(fields[11]), int(fields[12]))  # utime, stime
        still = still + 1 if ticks == last and fields[0] == "S" else 0
        if still >= 5 and ticks != (0, 0):
            return
        last = ticks
        time.sleep(0.1)


def _proc_state(pid: int) -> str:
    """What Linux says of a process that did not act on a signal: its state,
    where it sleeps, its pending, blocked, ignored and caught signals, and the
    same for each of its threads (empty without /proc)."""
    parts = []
    for task in sorted(Path(f"/proc/{pid}/task").glob("*")):
        try:
            status = dict(
                line.split(":", 1) for line in (task / "status").read_text().splitlines() if ":" in line
            )
            wchan = (task / "wchan").read_text()
        except OSError:
            continue
        keys = ("State", "SigPnd", "ShdPnd", "SigBlk", "SigIgn", "SigCgt")
        fields = " ".join(f"{k}={status.get(k, '?').strip()}" for k in keys)
        parts.append(f"thread {task.name} ({status.get('Name', '?').strip()}): {fields} wchan={wchan}")
    return "; ".join(parts) or "no /proc"


def sigint_as_in_a_terminal() -> None:
    """Run in the child before the command starts: SIGINT's default action,
    as a terminal's foreground job has it. A shell starts a background job
    (a CI step, ``pytest &``) with SIGINT ignored, every child inherits that,
    and Python then leaves it ignored: the command would rightly not react
    to the Ctrl-C these tests send."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def interrupt(proc: subprocess.Popen[bytes], timeout: float = 60.0) -> tuple[bytes, bytes]:
    """Send SIGINT to ``proc`` and wait for it to exit with its standard input
    still open, then return what it wrote. ``communicate`` would close standard
    input at once: on a loaded machine the command could then read the end of
    its input before it handled the signal, and finish as if nothing happened.
    The commands here write far less than a pipe holds, so waiting before
    reading cannot block."""
    assert proc.stdin is not None
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        state = _proc_state(proc.pid)
        proc.kill()
        proc.wait()
        raise AssertionError(f"no exit {timeout:.0f} s after SIGINT; {state}") from None
    proc.stdin.close()
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    return out, err


def run(
    *args: str | Path, stdin: bytes | None = None, cwd: Path | None = None, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *map(str, args)],
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env(**extra_env),
        timeout=120,
        check=False,
    )


def assert_no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


# -- basics ----------------------------------------------------------------------------------------


def test_cleans_a_file_to_stdout(article: Path) -> None:
    r = run(article)
    assert r.returncode == 0
    assert r.stdout == newsclean.clean(ARTICLE) + "\n"
    assert r.stdout.splitlines() == [HEADLINE, BODY_1, BODY_2]
    assert r.stderr == ""


def test_stdin_without_arguments_and_with_dash() -> None:
    for args in ((), ("-",)):
        r = run(*args, stdin=ARTICLE.encode())
        assert r.returncode == 0, r.stderr
        assert r.stdout.splitlines() == [HEADLINE, BODY_1, BODY_2]


def test_version_and_help() -> None:
    r = run("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"newsclean {newsclean.__version__}"
    r = run("--help")
    assert r.returncode == 0
    for flag in ("--explain", "--diff", "--jsonl", "--in-place", "--output-dir", "--jobs", "--config"):
        assert flag in r.stdout


def test_empty_file_gives_empty_output(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = run(empty)
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    p = tmp_path / "cafe.txt"
    p.write_bytes(CAFE.encode("latin-1"))
    r = run(p)
    assert r.returncode == 0, r.stderr
    assert "Café owners protest new rules" in r.stdout
    assert "Café Central" in r.stdout


def test_cp1252_quotes_and_utf8_bom_are_decoded(tmp_path: Path) -> None:
    smart = "The minister said the “new era” of talks – long delayed – had begun on Monday in the capital.\n"
    p = tmp_path / "smart.txt"
    p.write_bytes(smart.encode("cp1252"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + smart.encode("utf-8"))
    r = run(p, bom, "--no-headers")
    assert r.returncode == 0, r.stderr
    assert r.stdout == smart + smart


# -- errors ----------------------------------------------------------------------------------------


def test_missing_directory_and_binary_inputs_fail_but_others_are_cleaned(
    tmp_path: Path, article: Path
) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    folder = tmp_path / "folder"
    folder.mkdir()
    missing = tmp_path / "missing.txt"
    r = run(missing, article, folder, binary)
    assert r.returncode == 1
    assert_no_traceback(r.stderr)
    errors = [line for line in r.stderr.splitlines() if ": error: " in line]
    assert errors == [
        f"newsclean: error: {missing}: no such file or directory",
        f"newsclean: error: {folder}: is a directory (use -r to clean the files under it)",
        f"newsclean: error: {binary}: binary file (contains NUL bytes)",
    ]
    assert BODY_1 in r.stdout
    assert BODY_2 in r.stdout


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_one_line_error(tmp_path: Path, article: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE)
    secret.chmod(0)
    r = run(secret, article)
    assert r.returncode == 1
    assert f"newsclean: error: {secret}: permission denied" in r.stderr.splitlines()
    assert BODY_1 in r.stdout


def test_unreadable_file_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """Permission denied, simulated so that the test also runs as root."""
    import builtins

    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE)
    real_open = builtins.open

    def guarded_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(secret):
            raise PermissionError(13, "Permission denied", str(secret))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", guarded_open)
    assert main([str(secret), "-j", "1"]) == 1
    err = capfd.readouterr().err
    assert err.splitlines() == [f"newsclean: error: {secret}: permission denied"]


@pytest.mark.parametrize(
    "args",
    [
        ["--no-such-flag"],
        ["--jobs", "many"],
        ["--jobs", "-1"],
        ["--explain", "--diff", "x.txt"],
        ["--field", "body", "x.txt"],
        ["--format", "yaml", "x.txt"],
        ["--in-place"],
        ["-O", "out", "-"],
        ["-o", "a", "-O", "b", "x.txt"],
        ["--in-place", "--explain", "x.txt"],
        ["--glob", "*.md", "x.txt"],
    ],
)
def test_usage_errors_exit_2(args: list[str], tmp_path: Path) -> None:
    r = run(*args, cwd=tmp_path, stdin=b"")
    assert r.returncode == 2
    assert_no_traceback(r.stderr)
    assert r.stderr.splitlines()[-1].startswith("newsclean: error: ")
    assert r.stdout == ""


def test_output_directory_as_output_file_is_usage_error(tmp_path: Path, article: Path) -> None:
    r = run(article, "-o", tmp_path)
    assert r.returncode == 2
    assert f"{tmp_path}: is a directory" in r.stderr


# -- -o --------------------------------------------------------------------------------------------


def test_output_file_is_written(tmp_path: Path, article: Path) -> None:
    out = tmp_path / "clean.txt"
    r = run(article, "-o", out)
    assert (r.returncode, r.stdout) == (0, "")
    assert out.read_text(encoding="utf-8") == newsclean.clean(ARTICLE) + "\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "clean.txt"]


def test_output_file_replaced_atomically_keeps_mode(tmp_path: Path, article: Path) -> None:
    out = tmp_path / "clean.txt"
    out.write_text("old content\n")
    out.chmod(0o640)
    old_inode = out.stat().st_ino
    r = run(article, "-o", out)
    assert r.returncode == 0
    assert out.read_text() == newsclean.clean(ARTICLE) + "\n"
    assert out.stat().st_mode & 0o777 == 0o640
    # a new file took the old one's place (os.replace), not a rewrite in place
    assert out.stat().st_ino != old_inode
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_output_file_untouched_when_interrupted_midway(tmp_path: Path, article: Path) -> None:
    """A failure after output began (here: --on-error fail) leaves the old -o file as it was."""
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n")
    data = tmp_path / "in.jsonl"
    data.write_text(json.dumps({"text": ARTICLE}) + "\nnot json\n")
    r = run("--jsonl", "--on-error", "fail", data, "-o", out)
    assert r.returncode == 1
    assert out.read_text() == "precious\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_output_to_a_device_writes_through_it(article: Path) -> None:
    before = os.stat(os.devnull)
    r = run(article, "-o", os.devnull)
    assert (r.returncode, r.stderr) == (0, "")
    after = os.stat(os.devnull)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    r = run("--in-place", os.devnull)
    assert r.returncode == 1
    assert "not a regular file" in r.stderr
    assert os.stat(os.devnull).st_ino == before.st_ino


def test_output_refuses_to_overwrite_an_input(article: Path) -> None:
    r = run(article, "-o", article)
    assert r.returncode == 2
    assert "is also an input" in r.stderr
    assert article.read_text() == ARTICLE


# -- explain, diff, json ---------------------------------------------------------------------------


def test_explain_marks_every_line(article: Path) -> None:
    r = run("--explain", article)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == len([x for x in ARTICLE.splitlines() if x.strip()])
    assert "\x1b[" not in r.stdout  # piped: no colour
    parsed = [re.fullmatch(r"([+-]) +(\d+)  (.*)  \[(.*)\]", line) for line in lines]
    assert all(parsed), lines
    by_text = {m.group(3): m for m in parsed if m}
    assert [int(m.group(2)) for m in parsed if m] == list(range(1, len(lines) + 1))
    assert by_text["Share"].group(1) == "-"
    assert by_text["Share"].group(4).startswith("dropped: ")
    assert by_text[BODY_1].group(1) == "+"
    assert by_text[BODY_1].group(4).startswith("kept: ")
    assert by_text["Related Stories"].group(1) == "-"


def test_explain_colour_always_and_no_color(article: Path) -> None:
    r = run("--explain", "--color", "always", article)
    assert "\x1b[31m-" in r.stdout
    assert "\x1b[32m+" in r.stdout
    r = run("--explain", article, NO_COLOR="1")
    assert "\x1b[" not in r.stdout


def test_explain_is_coloured_on_a_terminal_unless_no_color(article: Path) -> None:
    pty = pytest.importorskip("pty")

    def on_tty(**extra: str) -> str:
        pid, fd = pty.fork()
        if pid == 0:  # child: stdout is the terminal
            os.execvpe(
                sys.executable, [sys.executable, "-m", "newsclean", "--explain", str(article)], env(**extra)
            )
        chunks = []
        while True:
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        os.waitpid(pid, 0)
        return b"".join(chunks).decode("utf-8", "replace")

    assert "\x1b[31m" in on_tty()
    assert "\x1b[" not in on_tty(NO_COLOR="1")


def test_format_json_is_the_explanation(article: Path, tmp_path: Path) -> None:
    other = tmp_path / "cafe.txt"
    other.write_text(CAFE)
    r = run("--format", "json", article, other)
    assert r.returncode == 0, r.stderr
    objs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["path"] for o in objs] == [str(article), str(other)]
    expected = newsclean.explain(ARTICLE).to_dict()
    got = dict(objs[0])
    del got["path"]
    assert got == json.loads(json.dumps(expected))


def test_diff_shows_dropped_lines(article: Path) -> None:
    r = run("--diff", article)
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    assert lines[0] == f"--- {article} (normalized)"
    assert lines[1] == f"+++ {article} (cleaned)"
    assert "-Share" in lines
    assert "-Related Stories" in lines
    assert f" {BODY_1}" in lines
    assert not any(line.startswith("+") and not line.startswith("+++") for line in lines)


# -- configuration ---------------------------------------------------------------------------------


def test_config_file_is_used(tmp_path: Path, article: Path) -> None:
    cfg = tmp_path / "nc.toml"
    cfg.write_text('keep_headline = false\ndrop_contains = ["parking levy"]\n')
    r = run("--config", cfg, article)
    assert r.returncode == 0, r.stderr
    expected = newsclean.clean(ARTICLE, Config(keep_headline=False, drop_contains=("parking levy",)))
    assert r.stdout == expected + "\n"
    assert BODY_1 in r.stdout
    assert BODY_2 not in r.stdout


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("no_such_setting = true\n", "unknown key 'no_such_setting'"),
        ('keep_bylines = "yes"\n', "keep_bylines must be true or false"),
        ('drop_regex = ["(unclosed"]\n', "drop_regex: invalid regular expression"),
        ("keep_bylines = \n", "not valid TOML"),
    ],
)
def test_bad_config_is_one_line_exit_2(tmp_path: Path, article: Path, content: str, needle: str) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text(content)
    r = run("--config", cfg, article)
    assert r.returncode == 2
    assert r.stdout == ""
    assert len(r.stderr.splitlines()) == 1, r.stderr
    assert r.stderr.startswith("newsclean: error: ")
    assert needle in r.stderr


def test_missing_config_file_exit_2(tmp_path: Path, article: Path) -> None:
    r = run("--config", tmp_path / "nope.toml", article)
    assert r.returncode == 2
    assert len(r.stderr.splitlines()) == 1
    assert "nope.toml" in r.stderr


def test_switches_map_to_config(article: Path, tmp_path: Path) -> None:
    expected = newsclean.clean(ARTICLE, Config(keep_headline=False, language="de"))
    assert run("--no-headline", "--language", "de", article).stdout == expected + "\n"
    quotes = tmp_path / "q.txt"
    quotes.write_text("The minister said the “new era” of talks had begun on Monday in the capital city.\n")
    out = run("--uncurl-quotes", "--nfkc", quotes).stdout
    assert out == newsclean.clean(quotes.read_text(), Config(uncurl_quotes=True, unicode_form="NFKC")) + "\n"
    assert '"new era"' in out
    byline = tmp_path / "b.txt"
    byline.write_text("By Jane Doe\n" + BODY_1 + "\n" + BODY_2 + "\n")
    assert "By Jane Doe" in run("--keep-bylines", byline).stdout
    assert "By Jane Doe" not in run(byline).stdout


def test_build_config_flags_override_file(tmp_path: Path) -> None:
    from newsclean.cli import build_config, build_parser

    cfg = tmp_path / "nc.toml"
    cfg.write_text('language = "fr"\nkeep_bylines = false\n')
    args = build_parser().parse_args(["--config", str(cfg), "--keep-bylines", "--language", "de", "--nfkc"])
    c = build_config(args)
    assert (c.language, c.keep_bylines, c.unicode_form, c.keep_headline) == ("de", True, "NFKC", True)


# -- pipes and signals -----------------------------------------------------------------------------


def test_closed_pipe_is_quiet(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 3000)
    many = tmp_path / "many"
    many.mkdir()
    for i in range(200):
        (many / f"{i:03}.txt").write_text(ARTICLE)
    for cmd in (
        f'"{sys.executable}" -m newsclean "{big}" | head -1',
        f'"{sys.executable}" -m newsclean -r -q "{many}" | head -1',
        f'"{sys.executable}" -m newsclean --explain "{big}" | head -1',
    ):
        r = subprocess.run(
            ["sh", "-c", cmd], capture_output=True, text=True, env=env(), timeout=120, check=False
        )
        assert r.stderr == "", (cmd, r.stderr)
        assert len(r.stdout.splitlines()) == 1


def test_jsonl_closed_pipe_is_quiet(tmp_path: Path) -> None:
    data = tmp_path / "big.jsonl"
    data.write_text((json.dumps({"id": 1, "text": ARTICLE}) + "\n") * 3000)
    cmd = f'"{sys.executable}" -m newsclean --jsonl -q "{data}" | head -2'
    r = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True, env=env(), timeout=120, check=False)
    assert r.stderr == ""
    assert len(r.stdout.splitlines()) == 2


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigint_exits_130_without_traceback(jobs: str) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "--jsonl", "--jobs", jobs, "--chunk-size", "1"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env(),
        preexec_fn=sigint_as_in_a_terminal,
    )
    assert proc.stdin is not None
    assert proc.stdout is not None
    record = json.dumps({"text": ARTICLE}) + "\n"
    proc.stdin.write(record.encode() * 2)
    proc.stdin.flush()
    # The first record coming out means the main loop runs; it now waits for more input.
    first = proc.stdout.readline()
    assert json.loads(first)["text"] == newsclean.clean(ARTICLE)
    wait_until_idle(proc)
    _, err = interrupt(proc)
    assert proc.returncode == 130
    assert err == b""


@pytest.mark.parametrize("jsonl", [False, True])
def test_huge_jobs_is_lowered_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, jsonl: bool
) -> None:
    # -j 100000 must not start 100000 processes (JSON Lines would, at once).
    from newsclean import cli

    sizes: list[int] = []

    class Recording(cli.WorkerPool):  # type: ignore[type-arg]
        def __init__(self, task: Any, jobs: int | None = None, **kw: Any) -> None:
            super().__init__(task, 1, **kw)  # run in-process; record what was asked
            sizes.append(jobs or 0)

    monkeypatch.setattr(cli, "available_cores", lambda: 1)
    monkeypatch.setattr(cli, "WorkerPool", Recording)
    if jsonl:
        data = tmp_path / "a.jsonl"
        data.write_text(json.dumps({"text": ARTICLE}) + "\n")
        paths = [str(data)]
    else:
        paths = []
        for name in ("a.txt", "b.txt"):
            (tmp_path / name).write_text(ARTICLE)
            paths.append(str(tmp_path / name))
    code = cli.main(
        [*(["--jsonl"] if jsonl else []), "-q", "-j", "100000", *paths, "-o", str(tmp_path / "out")]
    )
    assert code == 0
    assert sizes
    assert max(sizes) <= 4
    assert capsys.readouterr().err == "newsclean: warning: -j 100000: using 4 worker processes (4 per core)\n"


def test_language_without_a_lexicon_is_warned_about(article: Path) -> None:
    r = run("--language", "xx", article)
    assert r.returncode == 0
    assert r.stderr.startswith("newsclean: warning: language 'xx' has no lexicon")
    assert "known: auto, " in r.stderr
    assert ", de, " in r.stderr
    assert r.stdout == newsclean.clean(ARTICLE, Config(language="xx")) + "\n"
    assert run("--language", "de", article).stderr == ""

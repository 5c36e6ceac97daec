"""The ``newsclean`` command: clean files, directories and JSON Lines streams.

See ``docs/cli.md`` for the reference with examples; ``newsclean --help``
for the summary. Exit status: 0 success, 1 some input failed, 2 usage or
configuration error, 130 interrupted (Ctrl-C), 141 output pipe closed.
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import importlib
import json
import os
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, Literal, Protocol

from ._version import __version__
from .config import Config, ConfigError
from .io import AtomicWriter, InputError, decode_bytes, describe_os_error
from .parallel import DEFAULT_CHUNKSIZE, WorkerPool, available_cores, chunked

__all__ = ["main"]

PROG = "newsclean"
View = Literal["clean", "explain", "diff", "json"]
OnError = Literal["skip", "keep", "fail"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

#: How standard output is named in error messages.
STDOUT = "<stdout>"

#: A JSON Lines chunk also ends at this many bytes, so that a chunk of big
#: records does not hold much memory or keep one worker busy for long.
CHUNK_BYTES = 1 << 20

_GREEN, _RED, _CYAN, _DIM, _BOLD, _RESET = "\x1b[32m", "\x1b[31m", "\x1b[36m", "\x1b[2m", "\x1b[1m", "\x1b[0m"


class UsageError(Exception):
    """A wrong combination of arguments or a bad argument value: exit 2."""


class FailRun(Exception):
    """``--on-error fail`` met a bad record: stop the run, exit 1."""


class OutputError(Exception):
    """Writing an output failed (disk full, I/O error, permission denied).

    ``str(err)`` is ``"<path>: <reason>"``. Standard output or a ``-o`` file
    failing stops the run (exit 1, the old ``-o`` file left as it was); a
    file under ``-O`` or ``--in-place`` failing is that input's error.
    """

    def __init__(self, where: str, exc: OSError) -> None:
        super().__init__(f"{where}: {describe_os_error(exc)}")
        self.where = where


# -- arguments -------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Turn scraped news text into clean article text: site chrome removed, text normalized.",
        epilog=(
            "Exit status: 0 ok, 1 some input failed, 2 usage or config error, 130 interrupted. "
            "Full reference: docs/cli.md."
        ),
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="text files to clean ('-' or none: standard input); directories with -r",
    )
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")

    out = p.add_argument_group("output")
    out.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    out.add_argument(
        "-O", "--output-dir", metavar="DIR", help="write each result to DIR/<path relative to its input>"
    )
    out.add_argument("--in-place", action="store_true", help="rewrite each input file with its result")
    out.add_argument(
        "--no-headers",
        action="store_true",
        help="with several inputs to one output, do not print '==> PATH <==' before each",
    )
    out.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour --explain and --diff (default auto: on a terminal unless NO_COLOR is set)",
    )

    view = p.add_argument_group("what to print")
    view.add_argument(
        "--explain", action="store_true", help="every input line, marked kept (+) or dropped (-), with why"
    )
    view.add_argument(
        "--diff", action="store_true", help="a unified diff from the normalized input to the output"
    )
    view.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="json: the explanation as one JSON object per input (default text)",
    )

    corpus = p.add_argument_group("corpus")
    corpus.add_argument(
        "-r", "--recursive", action="store_true", help="clean the files under directory PATHs"
    )
    corpus.add_argument(
        "--glob",
        metavar="PATTERN",
        help="with -r, the file names to take (default '*.txt'; '*.jsonl' with --jsonl)",
    )
    corpus.add_argument(
        "--jsonl", action="store_true", help="inputs are JSON Lines; clean one field of each record"
    )
    corpus.add_argument("--field", metavar="NAME", help="with --jsonl, the field to clean (default 'text')")
    corpus.add_argument(
        "--explain-field", metavar="NAME", help="with --jsonl, add the explanation of each record under NAME"
    )
    corpus.add_argument(
        "--on-error",
        choices=("skip", "keep", "fail"),
        help="with --jsonl, a malformed line or a record without the field is dropped (skip, the default), "
        "passed through unchanged (keep), or stops the run (fail)",
    )
    corpus.add_argument(
        "-j",
        "--jobs",
        type=_non_negative_int,
        default=0,
        metavar="N",
        help=f"worker processes (default 0: all {available_cores()} cores; 1: no pool)",
    )
    corpus.add_argument(
        "--chunk-size",
        type=_positive_int,
        default=DEFAULT_CHUNKSIZE,
        metavar="N",
        help=f"documents sent to a worker at a time (default {DEFAULT_CHUNKSIZE})",
    )
    corpus.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")

    cfg = p.add_argument_group("configuration")
    cfg.add_argument(
        "--config", metavar="FILE.toml", help="read settings from a TOML file (keys: Config fields)"
    )
    cfg.add_argument("--keep-bylines", action="store_true", help="keep byline and timestamp lines")
    cfg.add_argument("--no-headline", action="store_true", help="drop the headline above the article")
    cfg.add_argument(
        "--language", metavar="CODE", help="page language: 'auto' (default) or a code such as 'de'"
    )
    cfg.add_argument("--nfkc", action="store_true", help="normalize to Unicode NFKC instead of NFC")
    cfg.add_argument("--uncurl-quotes", action="store_true", help="straighten curly quotes")
    return p


def _non_negative_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {n}")
    return n


def _positive_int(value: str) -> int:
    n = _non_negative_int(value)
    if n == 0:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def build_config(args: argparse.Namespace) -> Config:
    """The configuration from ``--config`` and the switches; ConfigError if wrong."""
    config = Config.from_toml(args.config) if args.config else Config()
    changes: dict[str, Any] = {}
    if args.keep_bylines:
        changes["keep_bylines"] = True
    if args.no_headline:
        changes["keep_headline"] = False
    if args.language is not None:
        changes["language"] = args.language
    if args.nfkc:
        changes["unicode_form"] = "NFKC"
    if args.uncurl_quotes:
        changes["uncurl_quotes"] = True
    return config.replace(**changes) if changes else config


def _check_args(args: argparse.Namespace) -> View:
    if args.explain and args.diff:
        raise UsageError("--explain and --diff cannot be combined")
    if args.diff and args.format == "json":
        raise UsageError("--diff and --format json cannot be combined")
    view: View = "clean"
    if args.format == "json":
        view = "json"
    elif args.explain:
        view = "explain"
    elif args.diff:
        view = "diff"
    if args.jsonl:
        if view != "clean":
            raise UsageError(
                "--jsonl writes JSON Lines: use --explain-field NAME, not --explain/--diff/--format"
            )
    else:
        jsonl_only = {
            "--field": args.field,
            "--explain-field": args.explain_field,
            "--on-error": args.on_error,
        }
        for flag, value in jsonl_only.items():
            if value is not None:
                raise UsageError(f"{flag} needs --jsonl")
    if args.field is not None and args.field == args.explain_field:
        raise UsageError("--field and --explain-field must differ")
    if sum(bool(x) for x in (args.output, args.output_dir, args.in_place)) > 1:
        raise UsageError("use one of -o, -O and --in-place")
    stdin = not args.paths or "-" in args.paths
    if stdin and (args.output_dir or args.in_place):
        raise UsageError("standard input cannot be used with -O or --in-place")
    if args.in_place and view != "clean":
        raise UsageError("--in-place cannot be combined with --explain, --diff or --format json")
    if args.glob is not None and not args.recursive:
        raise UsageError("--glob needs -r")
    if args.output is not None:
        if os.path.isdir(args.output):
            raise UsageError(f"{args.output}: is a directory (use -O DIR to write one file per input)")
        parent = os.path.dirname(args.output) or "."
        if not os.path.isdir(parent):
            raise UsageError(f"{args.output}: directory {parent} does not exist")
    if args.output_dir is not None and os.path.exists(args.output_dir) and not os.path.isdir(args.output_dir):
        raise UsageError(f"{args.output_dir}: not a directory")
    return view


# -- inputs ----------------------------------------------------------------------------------------


@dataclass(slots=True)
class Input:
    """One input: a file, or standard input when ``path`` is None."""

    path: str | None
    display: str
    rel: str = ""
    error: str | None = None


def expand_inputs(paths: Sequence[str], *, recursive: bool, pattern: str, exclude: str | None) -> list[Input]:
    """The inputs in command-line order, directories walked in sorted order.

    Under a directory, hidden files and directories (dot names) are skipped,
    and so is the output directory ``exclude``; a file found there that is
    not a regular file (a FIFO, a device, a link to one) is an error input,
    not read. A path named on the command line is read whatever it is.
    """
    inputs: list[Input] = []
    for arg in paths or ["-"]:
        if arg == "-":
            inputs.append(Input(None, "<stdin>", "stdin"))
        elif os.path.isdir(arg):
            if not recursive:
                inputs.append(Input(arg, arg, error="is a directory (use -r to clean the files under it)"))
                continue
            found = list(_walk(arg, pattern, exclude))
            if not found:
                inputs.append(Input(arg, arg, error=f"no files matching {pattern!r} under this directory"))
            inputs.extend(found)
        else:
            inputs.append(Input(arg, arg, os.path.basename(arg)))
    return inputs


def _walk(top: str, pattern: str, exclude: str | None) -> Iterator[Input]:
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(top, onerror=errors.append):
        keep = []
        for d in sorted(dirnames):
            full = os.path.join(dirpath, d)
            if d.startswith(".") or (exclude is not None and _same(full, exclude)):
                continue
            keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            if name.startswith(".") or not fnmatch.fnmatch(name, pattern):
                continue
            full = os.path.join(dirpath, name)
            if _is_special(full):  # a FIFO would block the run for ever, a device never end
                yield Input(full, full, error="not a regular file (skipped)")
                continue
            yield Input(full, full, os.path.relpath(full, top))
    for exc in errors:
        yield Input(exc.filename, str(exc.filename), error=describe_os_error(exc))


def _is_special(path: str) -> bool:
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _read_only(path: str) -> bool:
    """Whether the file at ``path`` is read-only: no write bit at all, or not
    writable by this process. ``--in-place`` replaces a file by a rename in
    its directory, which would otherwise ignore the file's own protection."""
    try:
        return not stat.S_IMODE(os.stat(path).st_mode) & 0o222 or not os.access(path, os.W_OK)
    except OSError:
        return False


def _in_place_target(path: str) -> str:
    """The file that ``--in-place`` rewrites for ``path``: a symbolic link is
    followed, so that the link stays and the file it points to is rewritten
    (replacing the link itself would leave that file as it was)."""
    return os.path.realpath(path)


def _same(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# -- rendering (runs in the workers) ---------------------------------------------------------------


def _render(text: str, display: str, view: View, config: Config, color: bool) -> str:
    """What to write for one input: cleaned text, explanation, diff or JSON."""
    from . import clean, explain, normalize

    if view == "clean":
        out = clean(text, config)
        return out + "\n" if out else ""
    if view == "diff":
        return _diff(normalize(text, config), clean(text, config), display, color)
    ex = explain(text, config)
    if view == "json":
        return json.dumps({"path": display, **ex.to_dict()}, ensure_ascii=False) + "\n"
    lines = []
    for b in ex.blocks:
        mark = "+" if b.kept else "-"
        if color:
            tint = _GREEN if b.kept else _RED
            lines.append(f"{tint}{mark} {b.line + 1:>4}  {b.text}{_RESET}  {_DIM}[{b.reason}]{_RESET}\n")
        else:
            lines.append(f"{mark} {b.line + 1:>4}  {b.text}  [{b.reason}]\n")
    return "".join(lines)


def _diff(before: str, after: str, display: str, color: bool) -> str:
    import difflib  # here: only --diff needs it

    diff = difflib.unified_diff(
        before.splitlines(),
        after.splitlines(),
        fromfile=f"{display} (normalized)",
        tofile=f"{display} (cleaned)",
        lineterm="",
    )
    lines = []
    for line in diff:
        if color:
            if line.startswith(("---", "+++")):
                line = f"{_BOLD}{line}{_RESET}"
            elif line.startswith("@@"):
                line = f"{_CYAN}{line}{_RESET}"
            elif line.startswith("+"):
                line = f"{_GREEN}{line}{_RESET}"
            elif line.startswith("-"):
                line = f"{_RED}{line}{_RESET}"
        lines.append(line + "\n")
    return "".join(lines)


def _encode(text: str) -> bytes:
    # surrogateescape: file names that are not valid UTF-8 come back as their bytes.
    return text.encode("utf-8", "surrogateescape")


@dataclass(frozen=True, slots=True)
class FileJob:
    index: int
    path: str | None
    display: str
    out: str | None = None
    data: bytes | None = None  # standard input, read by the parent
    in_place: bool = False
    error: str | None = None  # known before reading: reported in input order


@dataclass(frozen=True, slots=True)
class FileResult:
    index: int
    output: bytes | None
    error: str | None
    size: int


@dataclass(frozen=True, slots=True)
class FileTask:
    """Picklable worker task: read, decode, clean and render (and write) files."""

    config: Config
    view: View
    color: bool

    def __call__(self, jobs: list[FileJob]) -> list[FileResult]:
        return [self.one(job) for job in jobs]

    def one(self, job: FileJob) -> FileResult:
        size = 0
        if job.error is not None:
            return FileResult(job.index, None, f"{job.display}: {job.error}", size)
        try:
            if job.data is not None:
                data = job.data
            else:
                assert job.path is not None
                with open(job.path, "rb") as fh:
                    data = fh.read()
            size = len(data)
            text = decode_bytes(data)
        except OSError as exc:
            return FileResult(job.index, None, f"{job.display}: {describe_os_error(exc)}", size)
        except InputError as exc:
            return FileResult(job.index, None, f"{job.display}: {exc}", size)
        try:
            rendered = _encode(_render(text, job.display, self.view, self.config, self.color))
        except Exception as exc:  # a bug in a cleaner must not end a corpus run
            reason = f"internal error: {type(exc).__name__}: {exc}"
            return FileResult(job.index, None, f"{job.display}: {reason}", size)
        if job.out is None:
            return FileResult(job.index, rendered, None, size)
        try:
            if job.in_place and rendered == data:
                return FileResult(job.index, None, None, size)
            os.makedirs(os.path.dirname(job.out) or ".", exist_ok=True)
            # fsync only when rewriting an input: under -O the input is the backup.
            with OutputFile(job.out, fsync=job.in_place) as fh:
                fh.write(rendered)
        except OutputError as exc:
            return FileResult(job.index, None, str(exc), size)
        except OSError as exc:
            return FileResult(job.index, None, f"{exc.filename or job.out}: {describe_os_error(exc)}", size)
        return FileResult(job.index, None, None, size)


@dataclass(frozen=True, slots=True)
class RecordResult:
    lineno: int
    output: bytes | None
    error: str | None
    blank: bool = False


@dataclass(frozen=True, slots=True)
class JsonlTask:
    """Picklable worker task: parse, clean and re-serialize JSON Lines records."""

    config: Config
    field: str
    explain_field: str | None
    keep_bad: bool

    def __call__(self, lines: list[tuple[int, bytes]]) -> list[RecordResult]:
        return [self.one(lineno, raw) for lineno, raw in lines]

    def one(self, lineno: int, raw: bytes) -> RecordResult:
        from . import clean, explain

        line = raw.rstrip(b"\r\n")
        if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            return RecordResult(lineno, None, None, blank=True)
        error: str
        try:
            record = json.loads(line)
        except UnicodeDecodeError:
            error = "malformed line: not UTF-8"
        except ValueError as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            col = f" at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
            error = f"malformed JSON: {msg}{col}"
        else:
            if not isinstance(record, dict):
                error = f"not a JSON object but {_json_type(record)}"
            elif self.field not in record:
                error = f"no {self.field!r} field"
            elif not isinstance(record[self.field], str):
                error = f"field {self.field!r} is {_json_type(record[self.field])}, not a string"
            else:
                try:
                    text = record[self.field]
                    if self.explain_field is None:
                        record[self.field] = clean(text, self.config)
                    else:
                        ex = explain(text, self.config)
                        record[self.field] = ex.text
                        decisions = ex.to_dict()
                        del decisions["text"]
                        record[self.explain_field] = decisions
                    return RecordResult(lineno, _dump(record), None)
                except Exception as exc:
                    error = f"internal error: {type(exc).__name__}: {exc}"
        kept = line + b"\n" if self.keep_bad else None
        return RecordResult(lineno, kept, error)


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", int: "a number"}
    names[float] = "a number"
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _dump(record: dict[str, Any]) -> bytes:
    try:
        return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # lone surrogates from "\ud800" escapes in the input
        return json.dumps(record, ensure_ascii=True).encode("ascii") + b"\n"


# -- reporting -------------------------------------------------------------------------------------


class _Bar(Protocol):
    def update(self, n: int = 1) -> object: ...
    def close(self) -> None: ...


class Reporter:
    """Errors, warnings, progress and the summary, all on stderr."""

    def __init__(self, *, quiet: bool, progress: bool) -> None:
        self.quiet = quiet
        self.progress = progress
        self.failed = 0
        self._bar: _Bar | None = None
        self._tqdm: Any = None

    def start(self, total: int | None, unit: str) -> None:
        if not self.progress:
            return
        try:
            tqdm = importlib.import_module("tqdm").tqdm
        except ImportError:  # tqdm is optional: no bar without it
            return
        self._tqdm = tqdm
        scale = unit == "B"
        self._bar = tqdm(
            total=total,
            unit=unit,
            unit_scale=scale,
            unit_divisor=1024 if scale else 1000,
            file=sys.stderr,
            leave=False,
            dynamic_ncols=True,
        )

    def advance(self, n: int) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def _say(self, line: str) -> None:
        if self._bar is not None:
            self._tqdm.write(line, file=sys.stderr)
        else:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()

    def error(self, message: str) -> None:
        self.failed += 1
        self._say(f"{PROG}: error: {message}")

    def warning(self, message: str) -> None:
        self._say(f"{PROG}: warning: {message}")

    def summary(self, line: str) -> None:
        if not self.quiet:
            self._say(f"{PROG}: {line}")


@dataclass(slots=True)
class Stats:
    inputs: int = 0
    records: int = 0
    cleaned: int = 0
    skipped: int = 0
    kept: int = 0
    size: int = 0
    started: float = field(default_factory=time.monotonic)

    def seconds(self) -> float:
        return time.monotonic() - self.started


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


# -- output ----------------------------------------------------------------------------------------


class OutputFile:
    """An :class:`AtomicWriter` whose I/O errors, from creating the temporary
    file to the final rename, are :class:`OutputError` naming ``path`` (not
    the temporary file). On any error the temporary file is removed and the
    file at ``path`` is left as it was."""

    def __init__(self, path: str, *, fsync: bool = True) -> None:
        self.path = path
        self._writer = AtomicWriter(path, fsync=fsync)
        self._fh: IO[bytes] | None = None

    def __enter__(self) -> OutputFile:
        try:
            self._fh = self._writer.__enter__()
        except OSError as exc:
            raise OutputError(self.path, exc) from exc
        return self

    def __exit__(self, *exc_info: Any) -> None:
        try:
            self._writer.__exit__(*exc_info)
        except OSError as exc:
            if exc_info[0] is not None:
                raise
            raise OutputError(self.path, exc) from exc

    def write(self, data: bytes) -> None:
        assert self._fh is not None
        try:
            self._fh.write(data)
        except OSError as exc:
            raise OutputError(self.path, exc) from exc

    def flush(self) -> None:
        assert self._fh is not None
        try:
            self._fh.flush()
        except OSError as exc:
            raise OutputError(self.path, exc) from exc


class Sink:
    """Standard output, or a ``-o`` file written atomically.

    A ``-o`` target that exists and is not a regular file (``/dev/null``, a
    FIFO, a terminal) is written directly: it cannot be replaced, nor be
    left half-written. A write that fails raises :class:`OutputError`
    (:class:`BrokenPipeError` on standard output stays as it is: a reader
    that went away is not an error); a ``-o`` file is then left as it was.
    """

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.display = path if path is not None else STDOUT
        self._file: OutputFile | None = None
        self._direct: IO[bytes] | None = None
        self.stream: IO[bytes] = sys.stdout.buffer

    def __enter__(self) -> Sink:
        if self.path is not None:
            if _is_special(self.path):
                try:
                    self._direct = open(self.path, "wb")
                except OSError as exc:
                    raise OutputError(self.path, exc) from exc
                self.stream = self._direct
            else:
                self._file = OutputFile(self.path).__enter__()
        return self

    def __exit__(self, *exc_info: Any) -> None:
        if self._file is not None:
            self._file.__exit__(*exc_info)
            return
        try:
            if self._direct is not None:
                self._direct.close()
            elif exc_info[0] is None:
                self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            if exc_info[0] is None:
                raise OutputError(self.display, exc) from exc

    def write(self, data: bytes) -> None:
        if self._file is not None:
            self._file.write(data)
            return
        try:
            self.stream.write(data)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(self.display, exc) from exc

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()
            return
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(self.display, exc) from exc


# -- the two modes ---------------------------------------------------------------------------------


def run_files(
    args: argparse.Namespace, inputs: list[Input], config: Config, view: View, report: Reporter
) -> Stats:
    stats = Stats()
    out_dir = args.output_dir
    color = _use_color(args.color, to_file=bool(args.output or out_dir))
    to_stream = out_dir is None and not args.in_place
    headers = to_stream and len(inputs) > 1 and view in ("clean", "explain") and not args.no_headers
    jobs: list[FileJob] = []
    used: dict[str, str] = {}
    for i, inp in enumerate(inputs):
        if inp.error is not None:
            jobs.append(FileJob(i, inp.path, inp.display, error=inp.error))
            continue
        data = sys.stdin.buffer.read() if inp.path is None else None
        out: str | None = None
        error: str | None = None
        if out_dir is not None:
            assert inp.path is not None
            out = os.path.join(out_dir, inp.rel)
            if _same(out, inp.path):
                error = f"output {out} is the input (use --in-place to rewrite inputs)"
            elif out in used:
                error = f"output {out} is already written for {used[out]}"
            used.setdefault(out, inp.display)
        elif args.in_place:
            assert inp.path is not None
            out = _in_place_target(inp.path)
        jobs.append(FileJob(i, inp.path, inp.display, out, data, args.in_place, error))
    stats.inputs = len(inputs)
    task = FileTask(config, view, color)
    n_work = sum(job.error is None for job in jobs)
    n_jobs = 1 if n_work <= 1 else min(args.jobs or available_cores(), n_work)
    report.start(len(jobs), "file")
    first = True
    with Sink(args.output if to_stream else None) as sink, WorkerPool(task, n_jobs) as pool:
        for results in pool.map(chunked(jobs, args.chunk_size)):
            for r in results:
                stats.size += r.size
                if r.error is not None:
                    report.error(r.error)
                elif r.output is not None:
                    if headers:
                        sep = b"" if first else b"\n"
                        sink.write(sep + _encode(f"==> {inputs[r.index].display} <==\n"))
                    first = False
                    sink.write(r.output)
                stats.cleaned += r.error is None
            report.advance(len(results))
            if sink.path is None:
                sink.flush()
    report.stop()
    if len(inputs) > 1 or out_dir is not None or args.in_place:
        report.summary(
            f"{_plural(stats.inputs, 'input')}, {stats.cleaned} cleaned, {report.failed} failed; "
            f"{_mb(stats.size)} in {stats.seconds():.1f} s"
        )
    return stats


def run_jsonl(args: argparse.Namespace, inputs: list[Input], config: Config, report: Reporter) -> Stats:
    stats = Stats()
    on_error: OnError = args.on_error or "skip"
    task = JsonlTask(config, args.field or "text", args.explain_field, keep_bad=on_error == "keep")
    total = 0
    for inp in inputs:
        if inp.path is not None and inp.error is None:
            with contextlib.suppress(OSError):
                total += os.path.getsize(inp.path)
    report.start(total or None, "B")
    to_stream = args.output_dir is None and not args.in_place
    with Sink(args.output if to_stream else None) as sink, WorkerPool(task, args.jobs or None) as pool:
        for inp in inputs:
            if inp.error is not None:
                report.error(f"{inp.display}: {inp.error}")
                continue
            out: str | None = None
            if args.output_dir is not None:
                assert inp.path is not None
                out = os.path.join(args.output_dir, inp.rel)
                if _same(out, inp.path):
                    report.error(f"{inp.display}: output {out} is the input (use --in-place for that)")
                    continue
            elif args.in_place:
                assert inp.path is not None
                out = _in_place_target(inp.path)
            try:
                _jsonl_one(inp, out, sink, pool, args.chunk_size, on_error, stats, report)
            except BrokenPipeError:
                raise
            except OutputError as exc:
                if out is None:  # standard output or -o: nothing more can be written
                    raise
                report.error(str(exc))
            except OSError as exc:
                report.error(f"{exc.filename or inp.display}: {describe_os_error(exc)}")
    report.stop()
    report.summary(
        f"{_plural(stats.records, 'record')}, {stats.cleaned} cleaned, {stats.skipped} skipped"
        + (f", {stats.kept} kept as they were" if stats.kept else "")
        + f"; {_mb(stats.size)} in {stats.seconds():.1f} s"
    )
    return stats


def _jsonl_one(
    inp: Input,
    out: str | None,
    sink: Sink,
    pool: WorkerPool[tuple[int, bytes], RecordResult],
    chunk_size: int,
    on_error: OnError,
    stats: Stats,
    report: Reporter,
) -> None:
    with contextlib.ExitStack() as stack:
        if inp.path is None:
            source: IO[bytes] = sys.stdin.buffer
        else:
            source = stack.enter_context(open(inp.path, "rb"))
        target: OutputFile | Sink
        if out is not None:
            os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
            in_place = inp.path is not None and _same(out, inp.path)
            target = stack.enter_context(OutputFile(out, fsync=in_place))
        else:
            target = sink
        write: Callable[[bytes], object] = target.write
        lines = _counted(enumerate(source, 1), stats, report)
        chunks = chunked(lines, chunk_size, max_bytes=CHUNK_BYTES, sizeof=lambda item: len(item[1]))
        for results in pool.map(chunks):
            for r in results:
                if r.blank:
                    continue
                stats.records += 1
                if r.error is None:
                    stats.cleaned += 1
                else:
                    where = f"{inp.display}:{r.lineno}: {r.error}"
                    if on_error == "fail":
                        report.error(where)
                        raise FailRun(where)
                    if on_error == "keep":
                        stats.kept += 1
                        report.warning(f"{where} (kept as it was)")
                    else:
                        stats.skipped += 1
                        report.warning(f"{where} (skipped)")
                if r.output is not None:
                    write(r.output)
            if out is None and sink.path is None:
                sink.flush()


def _counted(
    lines: Iterable[tuple[int, bytes]], stats: Stats, report: Reporter
) -> Iterator[tuple[int, bytes]]:
    for item in lines:
        n = len(item[1])
        stats.size += n
        report.advance(n)
        yield item


def _use_color(choice: str, *, to_file: bool) -> bool:
    if choice != "auto":
        return choice == "always"
    if to_file or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()


# -- entry point -----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    with contextlib.suppress(AttributeError, ValueError):
        sys.stderr.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    try:
        return _main(args)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        sys.stderr.write(f"{PROG}: error: {exc}\n")
        return EXIT_USAGE
    except ConfigError as exc:
        sys.stderr.write(f"{PROG}: error: {_one_line(str(exc))}\n")
        return EXIT_USAGE
    except FailRun:
        return EXIT_FAILED
    except OutputError as exc:
        sys.stderr.write(f"{PROG}: error: {exc}\n")
        if exc.where == STDOUT:
            _quiet_stdout()
        return EXIT_FAILED
    except KeyboardInterrupt:
        _quiet_stdout()
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE


#: More worker processes than this many per core only cost memory and start-up
#: (cleaning is CPU-bound): ``-j`` above it is lowered, with a warning.
JOBS_PER_CORE = 4


def _main(args: argparse.Namespace) -> int:
    view = _check_args(args)
    config = build_config(args)
    known = _known_languages()
    if config.language != "auto" and config.language not in known:
        sys.stderr.write(
            f"{PROG}: warning: language {config.language!r} has no lexicon, its chrome words are not "
            f"recognised (known: auto, {', '.join(known)})\n"
        )
    most = JOBS_PER_CORE * available_cores()
    if args.jobs > most:
        sys.stderr.write(
            f"{PROG}: warning: -j {args.jobs}: using {most} worker processes ({JOBS_PER_CORE} per core)\n"
        )
        args.jobs = most
    pattern = args.glob or ("*.jsonl" if args.jsonl else "*.txt")
    inputs = expand_inputs(args.paths, recursive=args.recursive, pattern=pattern, exclude=args.output_dir)
    if args.in_place:
        for inp in inputs:
            if inp.path is not None and inp.error is None:
                if _is_special(inp.path):
                    inp.error = "not a regular file (cannot rewrite it in place)"
                elif _read_only(inp.path):
                    inp.error = "read-only file (not rewritten in place)"
    if args.output is not None:
        for inp in inputs:
            if inp.path is not None and inp.error is None and _same(args.output, inp.path):
                raise UsageError(f"{args.output}: is also an input (use --in-place to rewrite inputs)")
    to_terminal = (
        args.output is None and args.output_dir is None and not args.in_place and sys.stdout.isatty()
    )
    report = Reporter(quiet=args.quiet, progress=not args.quiet and sys.stderr.isatty() and not to_terminal)
    (run_jsonl(args, inputs, config, report) if args.jsonl else run_files(args, inputs, config, view, report))
    return EXIT_FAILED if report.failed else EXIT_OK


def _known_languages() -> list[str]:
    """The language codes with a lexicon (``data/lexicon/<code>.toml``)."""
    from importlib import resources

    folder = resources.files("newsclean").joinpath("data", "lexicon")
    return sorted(entry.name[: -len(".toml")] for entry in folder.iterdir() if entry.name.endswith(".toml"))


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so that the flush at exit cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def run() -> None:
    """Entry point of ``newsclean`` and ``python -m newsclean``: exit with
    :func:`main`'s status. After Ctrl-C or a closed pipe the process ends at
    once, without waiting for a reader thread still blocked on the input
    (interpreter shutdown would abort on it)."""
    code = main()
    if code in (EXIT_INTERRUPTED, EXIT_BROKEN_PIPE):
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.flush()
        os._exit(code)
    raise SystemExit(code)


if __name__ == "__main__":  # pragma: no cover
    run()

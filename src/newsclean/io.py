"""Reading scraped text files and writing results safely.

Decoding (:func:`decode_bytes`):

1. a UTF-32 or UTF-16 byte-order mark decodes as that encoding;
2. otherwise NUL bytes mean a binary file, an error;
3. UTF-8 (with or without a BOM) is tried next, strictly;
4. otherwise charset-normalizer's best guess, with two corrections that
   matter on short files: UTF-16/32 without a BOM and EBCDIC code pages are
   never guessed, and among equally good guesses that decode to the same
   text Windows-1252 (the usual legacy encoding of Western web pages) wins;
5. no plausible guess, or a result full of control characters, is an error.

Writing (:class:`AtomicWriter`, :func:`atomic_write`): the text goes to a
temporary file in the target's directory that replaces the target with
:func:`os.replace` only once it is complete, so a reader never sees a
half-written file and a failed run leaves the old file as it was.

>>> decode_bytes("Café".encode("latin-1"))
'Café'
>>> decode_bytes(b"\\xef\\xbb\\xbfhello")
'hello'
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO

__all__ = [
    "AtomicWriter",
    "InputError",
    "atomic_write",
    "decode_bytes",
    "describe_os_error",
    "read_text",
]

# Encodings never guessed without a byte-order mark: on short inputs
# charset-normalizer happily reads Latin-1 text as UTF-16 or EBCDIC.
_NEVER_GUESS = ("utf_16", "utf_32", "cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140")
# Among guesses that decode to the same text, the first of these wins.
_PREFERRED = ("cp1252", "latin_1", "iso8859_15")
# Controls that plain text may contain.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")


class InputError(Exception):
    """An input cannot be read as text. ``str(err)`` is a one-line reason."""


def describe_os_error(exc: OSError) -> str:
    """A short, lower-case reason for an I/O error, without the path."""
    code = exc.errno
    if isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        return "no such file or directory"
    if isinstance(exc, IsADirectoryError) or code == errno.EISDIR:
        return "is a directory"
    if isinstance(exc, NotADirectoryError) or code == errno.ENOTDIR:
        return "not a directory"
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.strerror:
        return exc.strerror[:1].lower() + exc.strerror[1:]
    return str(exc) or type(exc).__name__


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    controls = sum(1 for ch in text if ch < " " and ch not in _TEXT_CONTROLS)
    return controls > max(2, len(text) // 100)


def decode_bytes(data: bytes) -> str:
    """Decode the bytes of a text file; raise :class:`InputError` if binary.

    >>> decode_bytes("Smart “quotes”".encode("cp1252"))
    'Smart “quotes”'
    >>> decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    Traceback (most recent call last):
    ...
    newsclean.io.InputError: binary file (contains NUL bytes)
    """
    if not data:
        return ""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"invalid {codec.upper()} text") from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _guess(data)
    if _looks_binary(text):
        raise InputError("binary file (control characters)")
    return text


def _guess(data: bytes) -> str:
    from charset_normalizer import from_bytes

    results = [r for r in from_bytes(data) if not any(r.encoding.startswith(bad) for bad in _NEVER_GUESS)]
    if not results:
        raise InputError("binary file (not text in any known encoding)")
    least = min(r.chaos for r in results)
    best = [r for r in results if r.chaos <= least]
    for codec in _PREFERRED:
        for r in best:
            if codec in r.could_be_from_charset:
                return data.decode(codec)
    return str(best[0])


def read_text(path: str | os.PathLike[str]) -> str:
    """Read and decode the file at ``path``; :class:`InputError` on failure."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(describe_os_error(exc)) from None
    return decode_bytes(data)


class AtomicWriter:
    """A context manager writing a file atomically.

    Writes go to a temporary file next to ``path``; a clean exit from the
    ``with`` block moves it over ``path``, an exception deletes it. The new
    file keeps the permission bits of the file it replaces (or gets the usual
    ``0o666`` minus umask when new).

    The rename alone makes the write atomic for readers and against the
    process dying. ``fsync=True`` (the default) also flushes the data to
    disk before the rename, so that a power loss cannot leave an empty file
    in place of the old one; it costs a disk round trip per file, which is
    why the command line turns it off for new files under ``-O`` (the
    inputs are intact there) and keeps it for ``-o`` and ``--in-place``.

    >>> import tempfile, pathlib
    >>> d = tempfile.mkdtemp()
    >>> with AtomicWriter(pathlib.Path(d, "out.txt")) as fh:
    ...     _ = fh.write(b"done\\n")
    >>> pathlib.Path(d, "out.txt").read_text()
    'done\\n'
    """

    def __init__(self, path: str | os.PathLike[str], *, fsync: bool = True) -> None:
        self.path = Path(path)
        self.fsync = fsync
        self._fh: IO[bytes] | None = None
        self._tmp: str | None = None

    def __enter__(self) -> IO[bytes]:
        directory = self.path.parent
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
        self._tmp = tmp
        try:
            try:
                mode = stat.S_IMODE(os.stat(self.path).st_mode)
            except FileNotFoundError:
                umask = os.umask(0)
                os.umask(umask)
                mode = 0o666 & ~umask
            os.fchmod(fd, mode)
            self._fh = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            os.unlink(tmp)
            raise
        return self._fh

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._fh is not None
        assert self._tmp is not None
        try:
            if exc_type is None:
                self._fh.flush()
                if self.fsync:
                    os.fsync(self._fh.fileno())
                self._fh.close()
                os.replace(self._tmp, self.path)
                self._tmp = None
        finally:
            if not self._fh.closed:
                # the data is thrown away: closing must not fail before the unlink
                with contextlib.suppress(OSError):
                    self._fh.close()
            if self._tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(self._tmp)


def atomic_write(path: str | os.PathLike[str], data: str | bytes, *, fsync: bool = True) -> None:
    """Write ``data`` (``str`` as UTF-8) to ``path`` atomically."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with AtomicWriter(path, fsync=fsync) as fh:
        fh.write(payload)

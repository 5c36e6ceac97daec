"""Text normalization: the first stage of :func:`newsclean.clean`.

Each step is a small function; :func:`normalize` runs them in order. Every
step is linear in the input and skips its work when the characters that
trigger it are absent, so clean text costs a few scans at C speed.

Mojibake is repaired by ftfy, but ftfy's detector (a large regex that costs
about 5 MB/s) only runs on the lines a cheap test cannot rule out; see
:func:`fix_mojibake`.

>>> normalize("Caf\\u00c3\\u00a9 &amp; bar\\u00a0\\u00a0 \\r\\n\\r\\n\\r\\nnext")
'Café & bar\\n\\nnext'
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import cache

from .config import DEFAULT_CONFIG, Config

__all__ = [
    "collapse_spacing",
    "fix_line_breaks",
    "fix_mojibake",
    "fix_surrogates",
    "may_be_mojibake",
    "normalize",
    "remove_invisible",
    "remove_terminal_escapes",
    "uncurl",
    "unescape_entities",
]

# -- line breaks ---------------------------------------------------------------


def fix_line_breaks(text: str) -> str:
    r"""Turn CR LF and lone CR into ``\n``.

    The other line separators (U+2028, U+2029, VT, FF, the ASCII record
    separators) are mapped to ``\n`` by :func:`remove_invisible`, after the
    mojibake repair, which can produce them. NEL (U+0085) is a C1 character:
    as in ftfy it becomes the ellipsis it stood for in Windows-1252.

    >>> fix_line_breaks("a\r\nb\rc")
    'a\nb\nc'
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


# -- HTML entities -------------------------------------------------------------
# Only well-formed references (with the closing semicolon) are decoded, so that
# "AT&T" or "R&D;" in prose stay as they are. A chain of escaped ampersands
# ("&amp;amp;lt;") is decoded in one pass, which keeps normalize idempotent.
_AMP_CHAIN = re.compile(r"&(?:amp;)+(?=#?[0-9A-Za-z]{1,32};)")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@cache
def _named_entities() -> dict[str, str]:
    """Entity reference ("&eacute;") -> its character, made when a text first
    holds a well-formed reference."""
    import html.entities  # here: most texts have no entity

    table: dict[str, str] = {}
    for name, char in html.entities.html5.items():
        if name.endswith(";"):
            table["&" + name] = char
    # Names upper-cased by a database ("P&EACUTE;REZ"): only for lower-case
    # names whose upper-case form is not itself an entity.
    for name, char in html.entities.html5.items():
        if name.endswith(";") and name == name.lower():
            upper = "&" + name.upper()
            if upper not in table:
                table[upper] = char.upper()
    return table


def _entity(match: re.Match[str]) -> str:
    ref = match.group(0)
    if ref[1] == "#":
        import html

        return html.unescape(ref)
    return _named_entities().get(ref, ref)


def unescape_entities(text: str) -> str:
    """Decode well-formed HTML entities, escaped chains included.

    >>> unescape_entities("Tom &amp; Jerry&#8217;s &amp;amp;lt; AT&T &bogus; P&EACUTE;REZ")
    'Tom & Jerry’s < AT&T &bogus; PÉREZ'
    """
    if "&" not in text:
        return text
    if "&amp;" in text:
        text = _AMP_CHAIN.sub("&", text)
    return _ENTITY.sub(_entity, text)


def _has_entity(text: str) -> bool:
    return "&" in text and any(_entity(m) != m.group(0) for m in _ENTITY.finditer(text))


# -- terminal escapes ------------------------------------------------------------
_TERMINAL_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def remove_terminal_escapes(text: str) -> str:
    r"""Drop ANSI terminal escapes (colours) that logs leave in text.

    >>> remove_terminal_escapes("\x1b[36;44mblue\x1b[0m text")
    'blue text'
    """
    if "\x1b" not in text:
        return text
    return _TERMINAL_ESCAPE.sub("", text)


# -- mojibake --------------------------------------------------------------------
# ftfy only repairs a line when its detector, BADNESS_RE, matches it. Every
# alternative of BADNESS_RE needs a non-ASCII character of ftfy's mojibake
# categories, and nearly all need two of them side by side; the others are a
# C1 control, "Ã" or "Â" before a space, and "œ" before a non-letter. The
# regex below is a superset of the detector that runs at C speed: the lines it
# does not touch are lines ftfy would leave alone.


def _bmp_past_ascii() -> str:
    """Every character of the Basic Multilingual Plane past ASCII, in order
    (surrogates included), decoded from UTF-32-LE bytes made by slicing:
    about a tenth of the time of ``"".join(map(chr, range(0x80, 0x10000)))``."""
    code_units = bytearray(4 * 0x10000)
    code_units[0::4] = bytes(range(256)) * 256  # the low byte of each code point
    code_units[1::4] = b"".join(bytes([high]) * 256 for high in range(256))  # the high byte
    return code_units.decode("utf-32-le", "surrogatepass")[0x80:]


def _suspect_chars() -> str:
    from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES

    # the members of the categories' classes, found by one search at C speed
    # (a match per code point took a seventh of a second at import)
    in_a_category = "|".join(f"[{members}]" for members in MOJIBAKE_CATEGORIES.values())
    chars = set(re.findall(in_a_category, _bmp_past_ascii()))
    # non-ASCII literals outside the categories ("ÂÃÎÐ", "√", "вЂ", ...)
    chars.update(c for c in BADNESS_RE.pattern if not c.isascii())
    return "".join(sorted(chars))


def _make_detector() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ftfy's detector and the gate before it, made from ftfy's module."""
    from ftfy.badness import BADNESS_RE

    suspect = "[" + re.escape(_suspect_chars()) + "]"
    # Written to start with one character class, so that the engine skips ahead
    # to the next suspect character at C speed (about 200 MB/s on German text).
    gate = re.compile(rf"{suspect}(?:{suspect}|(?<=[\x80-\x9f])|(?<=[ÃÂ]) |(?<=[Œœ])[^A-Za-z])")
    return BADNESS_RE, gate


# Importing ftfy (its package loads all of its modules and wcwidth's tables)
# is about two thirds of the start-up of a command that cleans one short page,
# and nearly every text is not ASCII; a line the detector flags is in about
# one text in a hundred. So the detector and the gate are kept, compiled
# (``_sre.compile``'s arguments, as the lexicon keeps its trigger pattern), in
# the lexicon's cache folder, in a file named after ftfy's badness module,
# this module and the Python version; ftfy is imported when a line is flagged.
_DETECTOR_CACHE = "newsclean ftfy detector 1"
_DETECTOR_PREFIX = "ftfy-"
_DETECTOR_TABLES = frozenset({"detector", "gate"})


def _ftfy_badness_source() -> bytes | None:
    """The bytes of ftfy's ``badness`` module, found without importing ftfy
    (None: not found as a file)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("ftfy")
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or ()) if spec is not None else ():
        try:
            with open(os.path.join(folder, "badness.py"), "rb") as f:
                return f.read()
        except OSError:
            continue
    return None


def _detector_digest() -> str | None:
    """The hash that names the detector's cache file, or None when ftfy's
    module or this one cannot be read (then nothing is cached)."""
    from . import lexicon

    badness = _ftfy_badness_source()
    return None if badness is None else lexicon._cache_digest(_DETECTOR_CACHE, "normalize.py", [badness])


@cache
def _detector() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ftfy's detector and the gate before it, made when a text that is not
    ASCII first needs them, from the cache folder if they are there (see
    above), else from ftfy's module (and cached)."""
    from . import lexicon

    folder = lexicon.cache_dir()
    digest = _detector_digest() if folder is not None else None
    if folder is None or digest is None:
        return _make_detector()
    tables = lexicon._read_analysis(folder, digest, _DETECTOR_PREFIX, _DETECTOR_TABLES)
    if tables is not None:
        detector = lexicon._from_sre_args(tables["detector"])
        gate = lexicon._from_sre_args(tables["gate"])
        if detector is not None and gate is not None:
            return detector, gate
    detector, gate = _make_detector()
    made = {
        "detector": lexicon._sre_args(detector.pattern, detector.flags),
        "gate": lexicon._sre_args(gate.pattern),
    }
    if None not in made.values():
        lexicon._write_analysis(folder, digest, made, _DETECTOR_PREFIX)
    return detector, gate


# BADNESS_RE matches are at most 7 characters long and start at most two
# characters before the gate match that covers them (or one character after
# it, when finditer swallowed that match in the previous pair).
_BEFORE, _AFTER = 3, 12
# After this many windows of one line found nothing, the rest of the line is
# searched at once: a window costs about what 25 characters of a search do, and
# a line of nothing but suspect characters ("ééé…") has a gate match every
# two characters. The search of the rest of the line is the detector on the
# line itself (where ftfy runs it), so it finds all that the windows would.
_WINDOWS_PER_LINE = 32


def may_be_mojibake(text: str) -> bool:
    """A fast test: False means ftfy's detector finds nothing in ``text``.

    >>> may_be_mojibake("Köln – „schön“ im Süden")
    False
    >>> may_be_mojibake("GrÃ¼ÃŸe")
    True
    """
    return not text.isascii() and _detector()[1].search(text) is not None


def _bad_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines, their "\\n" included, that ftfy's detector
    flags when it looks at each line on its own, as ``ftfy.fix_text`` does.

    The detector only runs in a small window around each gate match.
    """
    lines: list[tuple[int, int]] = []
    line_start = line_end = -1
    windows = 0
    detector, gate = _detector()
    for m in gate.finditer(text):
        # A gate match never spans a line break: "\n" is not suspect, and
        # "œ" before "\n" ends at the line's end.
        pos = m.start()
        if pos >= line_end:
            line_start = text.rfind("\n", 0, pos) + 1
            line_end = text.find("\n", pos) + 1 or len(text)
            windows = 0
        elif windows > _WINDOWS_PER_LINE or (lines and lines[-1][0] == line_start):
            continue  # this line is decided already
        if pos == line_start and text[pos] in "ÃÂ" and text[pos + 1 : pos + 2] == " ":
            bad = True  # ftfy's "^[ÃÂ] ", which only holds at the start of a line
        else:
            windows += 1
            end = min(line_end, pos + _AFTER) if windows <= _WINDOWS_PER_LINE else line_end
            bad = detector.search(text, max(line_start, pos - _BEFORE), end) is not None
        if bad:
            lines.append((line_start, line_end))
    return lines


def fix_mojibake(text: str) -> str:
    """Repair text that was decoded with the wrong codec, line by line, as
    ftfy does (its ``fix_encoding``, with ``restore_byte_a0``,
    ``replace_lossy_sequences`` and ``decode_inconsistent_utf8``).

    Only the lines ftfy's detector flags go to ftfy, and the detector only
    looks where :func:`may_be_mojibake` finds something.

    >>> fix_mojibake("The Mona Lisa doesnÃ¢â‚¬â„¢t have eyebrows.")
    'The Mona Lisa doesn’t have eyebrows.'
    >>> fix_mojibake("Köln – „schön“\\nGrÃ¼ÃŸe aus KÃ¶ln")
    'Köln – „schön“\\nGrüße aus Köln'
    """
    return _fix_mojibake(text)[0]


def _fix_mojibake(text: str) -> tuple[str, bool]:
    """:func:`fix_mojibake`, and whether any line went to ftfy."""
    if text.isascii():
        return text, False
    lines = _bad_lines(text)
    if not lines:
        return text, False
    import ftfy  # (here: a text no line of which is flagged does without it)

    out: list[str] = []
    pos = 0
    for start, end in lines:
        line = text[start:end]
        fixed: str = ftfy.fix_encoding(line)
        if fixed != line:
            out.append(text[pos:start])
            out.append(fixed)
            pos = end
    if not out:
        return text, True
    out.append(text[pos:])
    return "".join(out), True


def _is_settled(text: str) -> bool:
    """True when ftfy's detector flags no line of ``text``."""
    return text.isascii() or not _bad_lines(text)


# -- surrogates ------------------------------------------------------------------


def fix_surrogates(text: str) -> str:
    r"""Join UTF-16 surrogate pairs into their character; a lone surrogate,
    which UTF-8 cannot encode, becomes U+FFFD.

    >>> fix_surrogates("\ud83d\ude00 and \udce9")
    '😀 and �'
    """
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return text  # the common case, checked at codec speed
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


# -- characters scrapers leave -------------------------------------------------
# C1 controls are what Windows-1252 bytes 0x80-0x9F become in Latin-1: map them
# back (as ftfy's fix_c1_controls does); the five bytes Windows-1252 leaves
# undefined are dropped.
_C1 = {cp: bytes([cp]).decode("cp1252", "ignore") or None for cp in range(0x80, 0xA0)}
# Dropped: C0 controls but tab and newline, DEL, soft hyphen, zero-width
# space, word joiner, invisible operators, BOM / zero-width no-break space,
# interlinear annotation marks, deprecated format characters, the Mongolian
# vowel separator. ZWJ and ZWNJ stay: they carry meaning in emoji and in
# Persian and Indic text.
_DELETE: dict[int, str | None] = dict.fromkeys(
    [
        *(c for c in range(0x20) if c not in (0x09, 0x0A, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E)),
        0x7F,
        0xAD,
        0x180E,
        0x200B,
        *range(0x2060, 0x2065),
        *range(0x206A, 0x2070),
        0xFEFF,
        0xFFF9,
        0xFFFA,
        0xFFFB,
    ]
)
# Mapped to a space: tab, no-break space and the typographic spaces.
_SPACES: dict[int, str | None] = dict.fromkeys(
    [0x09, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B)], " "
)
# Mapped to a line break: the other line and paragraph separators.
_BREAKS: dict[int, str | None] = dict.fromkeys([0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x2028, 0x2029], "\n")
_TRANSLATE: dict[int, str | None] = {**_C1, **_DELETE, **_SPACES, **_BREAKS}
_INVISIBLE = re.compile("[" + re.escape("".join(map(chr, sorted(_TRANSLATE)))) + "]")
# No-break space, soft hyphen and C1 controls are what mojibake is made of:
# they stay until the repair is done; the rest can go before it.
_MOJIBAKE_PARTS = frozenset([0xA0, 0xAD, *range(0x80, 0xA0)])
_EARLY = {k: v for k, v in _TRANSLATE.items() if k not in _MOJIBAKE_PARTS}
_EARLY_INVISIBLE = re.compile("[" + re.escape("".join(map(chr, sorted(_EARLY)))) + "]")


def remove_invisible(text: str) -> str:
    r"""Drop control and zero-width characters; map exotic spaces to a space
    and exotic line separators to ``\n``; turn C1 controls into the
    Windows-1252 characters they stand for.

    >>> remove_invisible("soft\u00adhyphen\u200b and\u00a0nbsp\x07\x85 \x93q\x94\u2028")
    'softhyphen and nbsp… “q”\n'
    """
    if _INVISIBLE.search(text) is None:
        return text
    return text.translate(_TRANSLATE)


def _remove_mojibake_parts(text: str) -> str:
    """No-break space and soft hyphen, on text with no C1 control."""
    if "\xa0" in text:
        text = text.replace("\xa0", " ")
    if "\xad" in text:
        text = text.replace("\xad", "")
    return text


def _remove_invisible_early(text: str) -> str:
    """:func:`remove_invisible` but for the characters mojibake is made of."""
    if _EARLY_INVISIBLE.search(text) is None:
        return text
    return text.translate(_EARLY)


# -- quotes ----------------------------------------------------------------------
_UNCURL = {
    **dict.fromkeys(map(ord, "‘’‚‛′"), "'"),
    **dict.fromkeys(map(ord, "“”„‟″"), '"'),
}
_CURLY = re.compile("[‘’‚‛′“”„‟″]")


def uncurl(text: str) -> str:
    """Straighten curly quotes.

    >>> uncurl("“Hello,” she said. ‘Don’t’")
    '"Hello," she said. \\'Don\\'t\\''
    """
    if _CURLY.search(text) is None:
        return text
    return text.translate(_UNCURL)


# -- spacing -------------------------------------------------------------------
# After remove_invisible the only whitespace left is " " and "\n". Each regex
# starts with a literal, so that the engine skips ahead at C speed, and tries
# each position of a run once: linear time.
_INNER_SPACES = re.compile(r"  (?<=\S  ) *")  # a run of 2+ spaces after a non-space
_BLANK_LINE_SPACES = re.compile(r"\n +(?=\n)")  # a line holding only spaces
_BLANK_RUNS = re.compile(r"\n\n\n+")


def collapse_spacing(text: str) -> str:
    r"""Collapse runs of spaces, drop trailing spaces and runs of blank lines.

    Leading indentation is kept: it is the page's layout. Expects the only
    whitespace to be spaces and ``\n``, as :func:`remove_invisible` leaves it.

    >>> collapse_spacing("  a   b  \n   \n\n\n c \n d")
    '  a b\n\n c\n d'
    >>> collapse_spacing("   \n x  ")
    ' x'
    """
    if "  " in text:
        text = _INNER_SPACES.sub(" ", text)
    if " \n" in text:
        if "\n " in text:
            text = _BLANK_LINE_SPACES.sub("\n", text)
        # the trailing space left after a non-space is a single one now
        text = text.replace(" \n", "\n")
        # a first line holding only spaces (its "\n" is stripped below)
        if text[:1] == " ":
            first = text.find("\n")
            if first > 0 and not text[:first].strip(" "):
                text = text[first:]
    if text[-1:] == " ":
        text = text.rstrip(" ")
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n")


# -- the whole -------------------------------------------------------------------


def _apply_unicode_form(text: str, form: str) -> str:
    if text.isascii():
        return text
    return unicodedata.normalize(form, text)  # type: ignore[arg-type]


def _one_pass(text: str, config: Config) -> tuple[str, bool, bool]:
    """One run of every step; whether the steps after the mojibake repair
    changed the text in a way that can make new mojibake; and whether any
    line went to ftfy."""
    text = fix_line_breaks(text)
    if config.unescape_html:
        text = unescape_entities(text)
    text = remove_terminal_escapes(text)
    text = fix_surrogates(text)
    text = _remove_invisible_early(text)
    flagged = True
    if config.fix_mojibake:
        text, flagged = _fix_mojibake(text)
    repaired = text
    # C1 leftovers can only be on flagged lines, with what ftfy produced
    text = remove_invisible(text) if flagged else _remove_mojibake_parts(text)
    if config.uncurl_quotes:
        text = uncurl(text)
    text = _apply_unicode_form(text, config.unicode_form)
    recheck = text is not repaired
    if not config.keep_spacing:
        collapsed = collapse_spacing(text)
        # Spaces are in few of ftfy's patterns: collapsing a run of them can
        # only complete "[a-z] [ÃÂ] " (see _needs_another_pass). But ftfy's
        # repair of a line its detector flags depends on more than the
        # detector sees: it leaves "à  Ü†" as it is and repairs "à Ü†" to
        # "à ܆", so when a line was flagged, changed spacing is checked again.
        recheck = recheck or (flagged and collapsed != text) or "Ã " in collapsed or "Â " in collapsed
        text = collapsed
    return text, recheck, flagged and config.fix_mojibake


def _needs_another_pass(text: str, config: Config, recheck: bool) -> bool:
    # A later step can make work for an earlier one: removing an invisible
    # character joins "&amp" and ";", NFC composes "A" + tilde into the "Ã" of
    # mojibake, NFKC turns "＆" into "&". Rare, and checked at C speed.
    if config.unescape_html and _has_entity(text):
        return True
    return config.fix_mojibake and recheck and not _is_settled(text)


# Passes beyond the first; each one only runs when the last one left work.
_MAX_EXTRA_PASSES = 3


def normalize(text: str, config: Config = DEFAULT_CONFIG) -> str:
    """Normalize text without removing anything of the article.

    Line breaks become ``\\n``, HTML entities are decoded, mojibake is
    repaired, invisible characters are dropped, spacing is tidied and the
    text is put in Unicode normal form (NFC by default). The result encodes
    as UTF-8, has no control character but ``\\n`` and is a fixed point:
    ``normalize(normalize(x)) == normalize(x)``.

    >>> normalize("  Hello&nbsp;world \\r\\n")
    '  Hello world'
    >>> normalize("ﬁne", Config(unicode_form="NFKC"))
    'fine'
    >>> normalize(b"bytes")
    Traceback (most recent call last):
    ...
    TypeError: normalize() takes a str, not bytes; decode bytes first, e.g. data.decode('utf-8')
    """
    return _normalize(text, config)[0]


def _normalize(text: str, config: Config) -> tuple[str, bool]:
    """:func:`normalize`, and whether its result is known to be settled:
    its last pass sent no line to ftfy (whose repair of a line need not be
    a fixed point) and left nothing for another pass. The pipeline only
    normalizes a text once more when it is not."""
    if not isinstance(text, str):
        hint = ""
        if isinstance(text, bytes | bytearray):
            hint = "; decode bytes first, e.g. data.decode('utf-8')"
        raise TypeError(f"normalize() takes a str, not {type(text).__name__}{hint}")
    text, recheck, flagged = _one_pass(text, config)
    for _ in range(_MAX_EXTRA_PASSES):
        if not _needs_another_pass(text, config, recheck):
            return text, not flagged
        again, recheck, flagged = _one_pass(text, config)
        if again == text:
            return text, not flagged
        text = again
    return text, False

"""Text normalization: the first stage of :func:`newsclean.clean`.

Each step is a small function with its regexes compiled once at import.
:func:`normalize` runs them in order; every step is linear in the input.

>>> normalize("Caf\\u00c3\\u00a9 &amp; bar\\u00a0\\u00a0 \\r\\n\\r\\n\\r\\nnext")
'Café & bar\\n\\nnext'
"""

from __future__ import annotations

import unicodedata

import ftfy
import regex

from .config import DEFAULT_CONFIG, Config

__all__ = ["normalize"]

# -- line breaks ---------------------------------------------------------------
# CR LF, lone CR and the Unicode line/paragraph separators all become "\n".
_LINE_BREAKS = regex.compile(r"\r\n?|[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

# -- HTML entities -------------------------------------------------------------
# Only well-formed entities (with the closing semicolon) are decoded, so that
# "AT&T" or "R&D;" in prose stay as they are. A chain of escaped ampersands
# ("&amp;amp;lt;") is decoded in one pass, which keeps normalize idempotent.
_AMP_CHAIN = regex.compile(r"&(?:amp;)+(?=#?[0-9A-Za-z]{1,32};)")
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# -- characters scrapers leave -------------------------------------------------
# Removed outright: C0/C1 controls (but tab and newline), soft hyphen, zero-width
# space, word joiner, BOM / zero-width no-break space, interlinear annotation
# marks. ZWJ and ZWNJ stay: they carry meaning in emoji and in Persian/Indic text.
_DELETE = dict.fromkeys(
    [c for c in range(0x20) if c not in (0x09, 0x0A)]
    + [0x7F]
    + list(range(0x80, 0xA0))
    + [0xAD, 0x200B, 0x2060, 0xFEFF, 0xFFF9, 0xFFFA, 0xFFFB, 0x180E],
)
# Mapped to a plain space: tab, no-break and the typographic spaces.
_SPACES = dict.fromkeys(
    [0x09, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B)],
    " ",
)
_TRANSLATE = {**_DELETE, **_SPACES}
# Lone surrogates (text decoded with "surrogateescape") cannot be encoded as UTF-8.
_SURROGATE = regex.compile(r"[\ud800-\udfff]")

# -- spacing -------------------------------------------------------------------
_INNER_SPACES = regex.compile(r"(?<=\S) {2,}")
_TRAILING_SPACES = regex.compile(r" +$", regex.MULTILINE)
_BLANK_RUNS = regex.compile(r"\n{3,}")

# Characters that can only appear in text when something went wrong: a fast
# test that lets clean text skip ftfy's detector entirely.
_SUSPICIOUS = regex.compile(
    r"[\u0080-\u00ff\u0100-\u017f\u0192\u02c6\u02dc\u0391-\u03c9\u0401-\u045f\u2013-\u2030"
    r"\u2039\u203a\u20ac\u2122\ufffd\u2500-\u257f\u00c0-\u00ff]"
)
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


def fix_line_breaks(text: str) -> str:
    r"""Turn every kind of line break into ``\n``.

    >>> fix_line_breaks("a\r\nb\rc\u2028d")
    'a\nb\nc\nd'
    """
    if "\r" not in text and not _LINE_BREAKS.search(text):
        return text
    return _LINE_BREAKS.sub("\n", text)


def _entity(match: regex.Match[str]) -> str:
    import html

    return html.unescape(match.group(0))


def unescape_entities(text: str) -> str:
    """Decode well-formed HTML entities, escaped chains included.

    >>> unescape_entities("Tom &amp; Jerry &#8217;s &amp;amp;lt; AT&T")
    'Tom & Jerry ’s < AT&T'
    """
    if "&" not in text:
        return text
    text = _AMP_CHAIN.sub("&", text)
    return _ENTITY.sub(_entity, text)


def fix_mojibake(text: str) -> str:
    """Repair text that was decoded with the wrong codec, with ftfy.

    Text without any character that mojibake is made of skips ftfy.

    >>> fix_mojibake("The Mona Lisa doesnÃ¢â‚¬â„¢t have eyebrows.")
    'The Mona Lisa doesn’t have eyebrows.'
    >>> fix_mojibake("plain ASCII stays")
    'plain ASCII stays'
    """
    if text.isascii() or not _SUSPICIOUS.search(text):
        return text
    fixed: str = ftfy.fix_text(text, _FTFY_CONFIG)
    return fixed


def remove_invisible(text: str) -> str:
    """Drop control and zero-width characters; map exotic spaces to a space.

    >>> remove_invisible("soft\\u00adhyphen\\u200b and\\u00a0nbsp\\x07")
    'softhyphen and nbsp'
    """
    text = text.translate(_TRANSLATE)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text


def collapse_spacing(text: str) -> str:
    r"""Collapse runs of spaces, drop trailing spaces and runs of blank lines.

    Leading indentation is kept: it is the page's layout.

    >>> collapse_spacing("  a   b  \n\n\n\n c ")
    '  a b\n\n c'
    """
    text = _INNER_SPACES.sub(" ", text)
    text = _TRAILING_SPACES.sub("", text)
    # lines holding only spaces became empty above
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n")


def uncurl(text: str) -> str:
    """Straighten curly quotes.

    >>> uncurl("“Hello,” she said. ‘Don’t’")
    '"Hello," she said. \\'Don\\'t\\''
    """
    return text.translate(_UNCURL)


_UNCURL = {
    **dict.fromkeys(map(ord, "‘’‚‛′"), "'"),
    **dict.fromkeys(map(ord, "“”„‟″"), '"'),
}


def normalize(text: str, config: Config = DEFAULT_CONFIG) -> str:
    """Normalize text without removing anything of the article.

    Line breaks become ``\\n``, HTML entities are decoded, mojibake is
    repaired, invisible characters are dropped, spacing is tidied and the
    text is put in Unicode normal form (NFC by default).

    >>> normalize("  Hello&nbsp;world \\r\\n")
    '  Hello world'
    >>> normalize("ﬁne", Config(unicode_form="NFKC"))
    'fine'
    """
    if not isinstance(text, str):
        raise TypeError(
            f"normalize() takes a str, not {type(text).__name__}"
            + (
                "; decode bytes first, e.g. data.decode('utf-8')"
                if isinstance(text, bytes | bytearray)
                else ""
            )
        )
    text = fix_line_breaks(text)
    if config.unescape_html:
        text = unescape_entities(text)
    text = remove_invisible(text)
    if config.fix_mojibake:
        text = fix_mojibake(text)
        # repairs can reveal characters that must go
        text = remove_invisible(text)
    if config.uncurl_quotes:
        text = uncurl(text)
    if not text.isascii():
        text = unicodedata.normalize(config.unicode_form, text)
    if not config.keep_spacing:
        text = collapse_spacing(text)
    return text

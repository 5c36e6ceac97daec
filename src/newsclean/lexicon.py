"""Chrome knowledge as data: lexicons and function-word lists.

The package data files under ``newsclean/data`` are read once, compiled and
cached; the compiled :class:`Lexicon` is immutable and picklable. The
analysis of the lexicon is also cached on disk, for the next process (see
:func:`cache_dir`; ``NEWSCLEAN_CACHE_DIR=""`` turns that off).

* ``data/lexicon/<lang>.toml``: chrome labels, section headings, patterns
  and byline vocabulary for one language (see ``en.toml`` for the format).
* ``data/stopwords/<lang>.txt``: the language's function words.

A new language is a new data file; nothing in the code names a language.

>>> lex = load_lexicon()
>>> lex.label("Open in App")
'app'
>>> lex.section_heading("International Realted Stories")
'related'
>>> lex.label("The minister said on Monday")
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import marshal
import os
import re
import sys
import tempfile
import warnings
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from functools import cache, lru_cache
from importlib import resources
from itertools import groupby
from typing import Any

import regex

__all__ = ["KEY_MEMO", "Lexicon", "key", "load_lexicon", "load_stopwords"]

# The name of the per-line memo (see newsclean.document.Document.memo) of key().
KEY_MEMO = __name__ + ".key"

# Most lines are written with characters below U+0590 (Latin, Greek, Cyrillic,
# Armenian, combining accents) and from U+1E00 to U+2E7F (Latin and Greek
# extended, punctuation, symbols; the CJK scripts start at U+2E80). On these
# "low" lines the standard library's engine runs a pattern of the `regex`
# module faster once its classes are spelled out (see low_pattern).
LOW_RANGES = ((0x0000, 0x0590), (0x1E00, 0x2E80))
# finds a character outside them
NOT_LOW = re.compile("[^" + "".join(f"\\u{lo:04x}-\\u{end - 1:04x}" for lo, end in LOW_RANGES) + "]")
# In a pattern: a character class (without nested brackets), a property or a
# class escape, to spell out; or another escape.
_PATTERN_CLASS = re.compile(r"(\[\^?\]?(?:\\.|[^\]\\])*\]|\\[pP]\{\w+\}|\\[sSdDwW])|\\.")
_INLINE_FLAGS = re.compile(r"(?<!\\)\(\?[a-zA-OQ-Z^-]")


@lru_cache(maxsize=1)
def _low_chars() -> tuple[tuple[int, str], ...]:
    """Each of LOW_RANGES as its first code point and its characters."""
    return tuple((lo, "".join(map(chr, range(lo, end)))) for lo, end in LOW_RANGES)


def _spell_class(m: re.Match[str]) -> str:
    """The class matched by ``m``, as the low characters it matches."""
    cls = m.group(1)
    if cls is None:
        if m.group()[1].isalnum():  # \b, \A, \N{...}: not the same in both engines
            raise ValueError(f"low_pattern: {m.group()!r} is not supported")
        return m.group()
    if "[:" in cls:
        raise ValueError(f"low_pattern: the POSIX class in {cls!r} is not supported")
    runs = regex.compile(cls + "+")
    ranges = []
    for lo, chars in _low_chars():
        for run in runs.finditer(chars):
            first, last = _class_char(lo + run.start()), _class_char(lo + run.end() - 1)
            ranges.append(first if first == last else first + "-" + last)
    return "[" + "".join(ranges) + "]" if ranges else "(?!)"


def _class_char(code: int) -> str:
    """The character ``code`` in a class of the standard library's engine
    (as itself: an escape is slower to compile)."""
    c = chr(code)
    return "\\" + c if c in "\\]-^[" else c


@cache
def low_pattern(rx: regex.Pattern[str]) -> re.Pattern[str]:
    r"""``rx`` for the standard library's engine, each class written out as
    the low characters (see :data:`LOW_RANGES`) it matches: the same
    matches on a text that :data:`NOT_LOW` does not find. Cached: a pattern
    is built when a line first needs it (a few milliseconds).

    The classes match the same characters there by construction; ``rx`` is
    restricted to what means the same in both engines besides them:
    literals, groups, alternatives, repeats and look-arounds, no flags.

    >>> low_pattern(regex.compile(r"\p{N}+")).findall("3:1, Ⅻ or ³")
    ['3', '1', 'Ⅻ', '³']
    """
    if rx.flags != regex.compile("").flags or _INLINE_FLAGS.search(rx.pattern):
        raise ValueError("low_pattern: patterns with flags are not supported")
    return re.compile(_PATTERN_CLASS.sub(_spell_class, rx.pattern))


# A line's key: case-folded words, without digits, punctuation and symbols.
_NON_WORD = regex.compile(r"[^\p{L}\p{M}']+")
# The same for ASCII: lower case, every byte but a-z and ' a space.
_ASCII_KEY = bytes(c if (97 <= c <= 122 or c == 39) else 32 for c in range(256))


def key(text: str) -> str:
    """The matching key of a line: lowercase words, no digits or punctuation.

    >>> key("  Share 0 |  ")
    'share'
    >>> key("12 Comments")
    'comments'
    >>> key("İLGİLİ HABERLER") == key("İlgili haberler") == "ilgili haberler"
    True
    >>> key("Tıklayın") == key("TIKLAYIN")
    True
    """
    if text.isascii():  # casefold() is lower(), \p{L} is [A-Za-z], no \p{M}
        return " ".join(text.encode("ascii").lower().translate(_ASCII_KEY).decode("ascii").split())
    # (Turkish: a dotted capital "İ" folds to "i" and a combining dot, and a
    # dotless "ı" is the small letter of "I", which folds to "i": both to "i")
    folded = text.casefold().replace("\u2019", "'").replace("i\u0307", "i").replace("ı", "i")
    return " ".join(
        (_NON_WORD if NOT_LOW.search(folded) else low_pattern(_NON_WORD)).sub(" ", folded).split()
    )


def fuzzy_word(word: str) -> str:
    """A key for a word that tolerates transposed letters (typos such as
    "Realted"): words of five letters or more keep their first letter and
    sort the rest.

    >>> fuzzy_word("realted") == fuzzy_word("related")
    True
    >>> fuzzy_word("news")
    'news'
    """
    if len(word) < 5:
        return word
    return word[0] + "".join(sorted(word[1:]))


def fuzzy_key(text: str) -> str:
    """:func:`key` with :func:`fuzzy_word` applied to every word."""
    return " ".join(fuzzy_word(w) for w in key(text).split())


def _data_files(folder: str, suffix: str) -> list[tuple[str, str]]:
    root = resources.files("newsclean").joinpath("data", folder)
    out = []
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(suffix):
            out.append((entry.name[: -len(suffix)], entry.read_text(encoding="utf-8")))
    return out


# The flags every lexicon pattern is compiled with.
PATTERN_FLAGS = regex.IGNORECASE | regex.V0
# The characters on which a lexicon pattern means the same in the standard
# library's engine (with re.IGNORECASE) as in `regex` (with PATTERN_FLAGS):
# Latin, Greek and Cyrillic with their punctuation, quotation marks, dashes,
# currency, letterlike symbols, arrows, dingbats and emoji, less those where
# \w, \s or the case rules differ ("²", "½", control characters U+001C-U+001F,
# "ı" and "İ", which `re` takes for a case of "i", "ƛ" (a capital in regex's
# newer Unicode), joiners, combining marks, super- and subscripts, circled
# digits; tests/test_lexicon.py checks every character of the class against
# both engines). `re` compiles a pattern in about a third of the time.
PLAIN_CHARS = (
    "\x00-\x1b\x20-\xb1\xb4-\xb8\xba\xbb\xbf-\u012f\u0132-\u019a\u019c-\u024f"
    "\u2000-\u200b"
    "\u200e-\u203e\u2041-\u2053\u2055-\u206f\u20a0-\u20cf\u2100-\u214f\u2190-\u21ff"
    "\u25a0-\u25ff\u27f0-\u27ff"
    # Greek and Cyrillic (a menu's language names) without the Cyrillic
    # combining marks; symbols and dingbats, emoji, without circled or
    # squared digits and letters
    "\u0370-\u0482\u048a-\u052f\u2600-\u2775\u2794-\u27bf"
    "\U0001f000-\U0001f0ff\U0001f10d-\U0001f12f\U0001f14a-\U0001f14f\U0001f16a-\U0001f16f"
    "\U0001f18a-\U0001faff"
)
# finds a character outside PLAIN_CHARS
NOT_PLAIN = re.compile(f"[^{PLAIN_CHARS}]")
# pattern characters that `re` takes for another letter's case, and escapes
# that may spell one (such a pattern stays with `regex`)
_RE_CASE_ONLY = re.compile(r"[\u0130\u0131]|\\[uUxN0-7]")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled chrome knowledge of every language shipped.

    Chrome in any language is chrome on any page (an English "Share" button
    on a German page), so labels and patterns of all languages are merged.
    """

    labels: dict[str, str]
    """line key -> family ("navigation", "widgets", "readmore", "app", "pager")"""
    label_words: frozenset[str]
    """every word of a label key (a line holding another word is no bar of labels)"""
    sections: dict[str, str]
    """fuzzy heading key -> section family ("related", "comments", "newsletter")"""
    heading_firsts: frozenset[str]
    """the first word of every key of ``sections``"""
    heading_lasts: frozenset[str]
    """the last word of every key of ``sections``"""
    sources: tuple[tuple[str, str], ...]
    """(family, pattern source), one per pattern, in the lexicon's order"""
    compiled: list[regex.Pattern[str] | None]
    """``sources[i]`` compiled, or None until it is first tried on a line: a
    process that cleans one page compiles only the patterns whose trigger
    words it met"""
    triggers: re.Pattern[str]
    """the literal words of the patterns, to find which patterns can match a line
    (factored by prefixes: at each position the longest word starting there,
    in a look-ahead, so that a word that starts inside another is found too);
    the words that start with a Latin letter or a mark"""
    script_triggers: re.Pattern[str]
    """``triggers`` of the words in other scripts (Cyrillic, Han, Kana,
    Hangul), tried on a line that ``script_gate`` finds one of their first
    characters in: the engine tries the trie's first characters one by one at
    every position of every line, and these would make it twice as slow"""
    script_gate: re.Pattern[str]
    """a class of the first characters of the words of ``script_triggers``"""
    mark_triggers: re.Pattern[str]
    """``triggers`` of the words of ``triggers`` that are not all letters
    ("(c)", "©", "/"): :meth:`pattern` looks the others up word by word"""
    mark_gate: re.Pattern[str]
    """a class of the first characters of the words of ``mark_triggers``"""
    word_patterns: dict[str, tuple[int, ...]]
    """a run of letters of a case-folded line -> the patterns of the words
    of ``triggers`` in it (a memo of :meth:`pattern`, filled as lines come,
    emptied when it holds WORD_MEMO_MAX runs)"""
    by_trigger: dict[str, tuple[int, ...]]
    """trigger word -> indices in ``each`` of the patterns that contain it"""
    always: tuple[int, ...]
    """patterns without a trigger word, tried on every line"""
    anchored: tuple[int, ...]
    """the ``always`` patterns that only match at the start of a line: tried
    on a line only if ``start_gate`` matches it (but those that open with a
    run of any characters, ``^.{10,250}``, which are tried alone)"""
    gate: list[regex.Pattern[str] | None]
    """``start_gate``, compiled when first used"""
    plain: list[re.Pattern[str] | regex.Pattern[str] | None]
    """``sources[i]`` compiled by the standard library's engine, for lines
    that :data:`NOT_PLAIN` finds nothing in (the same matches there), or
    ``compiled[i]`` when the pattern has no such form (``\\p{..}``, a
    look-behind of several widths); None until first used. Index
    ``len(sources)``: the start gate's"""
    plain_code: tuple[tuple[Any, ...] | None, ...]
    """what ``re`` hands its engine for ``plain[i]`` (``_sre_args``, the code
    packed as bytes), kept in the cached analysis: made from it, a pattern
    takes microseconds, parsed and compiled by ``re`` about a millisecond
    (of a page's first lines, a tenth of their work); None for a pattern
    ``re`` does not compile, empty when the analysis is not cached"""
    by_words: frozenset[str]
    stamp_words: frozenset[str]
    counter_words: frozenset[str]
    months: frozenset[str]
    """month names and abbreviations of every language"""
    short_months: frozenset[str]
    """the months that can be another word: abbreviations ("out", "set",
    "mar", "ago": a word in some other language) and months that are a
    function word of some language ("may")"""
    page_months: dict[str, frozenset[str]]
    """page language -> the words that name a month on its pages wherever
    they stand: the months of that language and the other languages' months
    that are not short (``sure_months``)"""
    sure_months: frozenset[str]
    """``months`` without ``short_months``: a month on a page of any language"""
    weekdays: frozenset[str]
    relative: frozenset[str]
    ago: frozenset[str]
    """words that make a duration a relative timestamp ("ago", "vor", "hace")"""
    ago_frames: frozenset[tuple[str, str]]
    """two words around a relative duration ("for 5 minutter siden"): the
    first is a word of the timestamp only with the second after it"""
    stamp_vocabulary: frozenset[str]
    """the words of a timestamp line besides numbers and names: months,
    weekdays, stamp, byline, relative-time and counter words"""
    signoffs: frozenset[str]
    """how a blog post or a letter is signed off ("Yours", "Liebe Grüße", "Bisous")"""
    reply_words: frozenset[str]
    """a comment's reply button ("reply", "antworten", "répondre")"""
    reply_with: frozenset[str]
    """the words of the buttons beside it ("report", "melden", "signaler")"""
    says: frozenset[str]
    """the verb of a comment's head, as keys ("says", "schreibt", "a écrit")"""
    wire_credit: frozenset[str]
    """the words that open a news agency's sign-off, as keys ("reporting",
    "bericht", "reportage", "reporte")"""
    wire_editor: frozenset[str]
    """the words of its editor's credit after a semicolon or a comma, as
    keys ("editing by", "redigiert von", "édité par", "editado por")"""
    more_by: frozenset[str]
    """the words of a link to more of an author's articles before the
    author's name, as keys ("more from", "mehr von", "plus d'articles de")"""
    media_tags: frozenset[str]
    """the kinds of media in brackets at the end of a link to the site's
    videos or galleries, as keys ("video", "fotos", "en images")"""
    ago_more: frozenset[str]
    """more words of a comment's relative time besides ``relative`` and
    ``ago`` ("weeks", "monaten", "an", "einem")"""
    reply_marks: frozenset[str]
    """``reply_words`` and ``reply_with``: the words of a reply button's line"""
    time_marks: frozenset[str]
    """``relative``, ``ago`` and ``ago_more``: the words of a comment's relative time"""
    time_units: frozenset[str]
    """the units of a comment's relative time ("hours", "stunden", "semaines"):
    the words of ``relative`` and ``ago_more`` of three letters or more
    that are not ``ago``"""
    mark_firsts: frozenset[str]
    """``reply_marks`` and ``time_marks``: the first word of a line that is a
    comment's reply button or relative time is one"""
    languages: tuple[str, ...]

    def compiled_pattern(self, i: int) -> regex.Pattern[str]:
        """``sources[i]`` compiled (once)."""
        rx = self.compiled[i]
        if rx is None:
            rx = self.compiled[i] = regex.compile(self.sources[i][1], PATTERN_FLAGS)
        return rx

    def plain_pattern(self, i: int) -> re.Pattern[str] | regex.Pattern[str]:
        """``sources[i]`` for a line without a character :data:`NOT_PLAIN`
        finds: compiled by ``re`` if it can be, else ``compiled_pattern(i)``.
        ``i == len(sources)``: the start gate (see ``start_gate``)."""
        rx = self.plain[i]
        if rx is None:
            if i == len(self.sources):
                source, fallback = self._gate_source(), self.start_gate
            else:
                source, fallback = self.sources[i][1], lambda: self.compiled_pattern(i)
            code = self.plain_code[i] if i < len(self.plain_code) else None
            # (the code of this very source: a Lexicon made with other sources keeps none)
            rx = _from_sre_args(_unpacked(code)) if code is not None and code[0] == source else None
            if rx is not None:
                self.plain[i] = rx
                return rx
            try:
                if _RE_CASE_ONLY.search(source):
                    raise re.error("a letter that re matches as another's case")
                with warnings.catch_warnings():
                    # "[[" or "--" in a class, which re may read otherwise one day
                    warnings.simplefilter("error", FutureWarning)
                    rx = re.compile(source, re.IGNORECASE)
            except (re.error, FutureWarning):
                rx = fallback()
            self.plain[i] = rx
        return rx

    @property
    def each(self) -> tuple[tuple[str, regex.Pattern[str]], ...]:
        """(family, compiled pattern), one per pattern, every one compiled.

        >>> lex = load_lexicon()
        >>> len(lex.each) == len(lex.sources) and all(rx is not None for rx in lex.compiled)
        True
        """
        return tuple((family, self.compiled_pattern(i)) for i, (family, _) in enumerate(self.sources))

    @property
    def patterns(self) -> tuple[tuple[str, regex.Pattern[str]], ...]:
        """(family, compiled alternation of that family's patterns), in the
        lexicon's order. Compiled on each access: the cleaners match the
        patterns one by one (``compiled_pattern``), so loading the lexicon
        does not pay for these."""
        families: dict[str, list[str]] = {}
        for family, source in self.sources:
            families.setdefault(family, []).append(source)
        return tuple(
            (family, regex.compile("|".join(f"(?:{p})" for p in pats), PATTERN_FLAGS))
            for family, pats in families.items()
        )

    def months_on(self, language: str) -> frozenset[str]:
        """The words that name a month wherever they stand in a line of a page
        in ``language`` (a short month of another language only does next to
        a day or a year; see ``newsclean.cleaners.bylines``).

        >>> lex = load_lexicon()
        >>> "out" in lex.months_on("pt"), "out" in lex.months_on("en"), "out" in lex.months
        (True, False, True)
        >>> "march" in lex.months_on("de"), "may" in lex.months_on("en"), "may" in lex.months_on("und")
        (True, True, False)
        """
        return self.page_months.get(language, self.sure_months)

    def label(self, text: str) -> str | None:
        """The chrome family of a whole line that is a known label, or None."""
        k = key(text)
        return self.labels.get(k) if k else None

    def section_heading(
        self, text: str, max_prefix_words: int = 2, max_suffix_words: int = 4, *, text_key: str | None = None
    ) -> str | None:
        """The section family if ``text`` is a heading that starts a chrome
        section. A short prefix is allowed ("International Related Stories",
        a category glued to the heading), and after a heading of two words or
        more a short suffix ("More from CBS News", "Mehr zum Thema Berlin");
        transposed letters are tolerated.

        >>> lex = load_lexicon()
        >>> lex.section_heading("More in U.S."), lex.section_heading("More")
        ('related', None)

        ``text_key`` is ``key(text)`` when the caller has it already.
        """
        kw = (key(text) if text_key is None else text_key).split()
        if not kw or len(kw) > 8:
            return None
        # a key looked up below ends with the line's last word or, on a line of
        # three words or more, starts with its first: a heading's
        if fuzzy_word(kw[-1]) not in self.heading_lasts and (
            len(kw) < 3 or fuzzy_word(kw[0]) not in self.heading_firsts
        ):
            return None
        words = [fuzzy_word(w) for w in kw]
        for start in range(min(max_prefix_words, len(words) - 1) + 1):
            fam = self.sections.get(" ".join(words[start:]))
            if fam is not None:
                return fam
        for end in range(len(words) - 1, max(1, len(words) - max_suffix_words - 1), -1):
            if end >= 2:
                fam = self.sections.get(" ".join(words[:end]))
                if fam is not None:
                    return fam
        return None

    def trigger_words(self, low: str) -> list[str]:
        """The trigger words in ``low`` (a case-folded line), at every position.

        >>> load_lexicon().trigger_words("share this · kommentare · 分享到")
        ['share', 'kommentar', '分享到']
        """
        found: list[str] = self.triggers.findall(low)
        if self.script_gate.search(low) is not None:
            found += self.script_triggers.findall(low)
        return found

    def candidates(self, low: str) -> set[int]:
        """The patterns that :meth:`pattern` tries on a line, ``low`` case-folded:
        those with no trigger and those of the trigger words in it. Those of
        :meth:`trigger_words`, found with fewer steps: a word of letters
        is in a run of letters, whose words are looked up once (the runs of a
        page are mostly words of its other lines); the engine tries the trie
        at every position of the line only for the other scripts and for the
        marks, on a line that holds a first character of one.

        >>> lex = load_lexicon()
        >>> line = "share this · (c) 2024 · kommentare · 分享到"
        >>> lex.candidates(line) == set(lex.always).union(*(lex.by_trigger[w] for w in lex.trigger_words(line)))
        True
        """
        cand = set(self.always)
        by_trigger = self.by_trigger
        memo = self.word_patterns
        ascii_line = low.isascii()
        if ascii_line:  # the runs of [A-Za-z], with bytes methods
            runs = low.encode("ascii").translate(_ASCII_RUNS).decode("ascii").split()
        elif NOT_LOW.search(low) is None:
            runs = _low_letter_runs().findall(low)
        else:
            runs = _LETTER_RUNS.findall(low)
        for run in runs:
            found = memo.get(run)
            if found is None:
                found = tuple(sorted({i for w in self.triggers.findall(run) for i in by_trigger[w]}))
                if len(run) <= WORD_MEMO_CHARS:
                    if len(memo) >= WORD_MEMO_MAX:
                        memo.clear()
                    memo[run] = found
            if found:
                cand.update(found)
        if self.mark_gate.search(low) is not None:
            for w in self.mark_triggers.findall(low):
                cand.update(by_trigger[w])
        # (the other scripts' triggers start with no ASCII character)
        if not ascii_line and self.script_gate.search(low) is not None:
            for w in self.script_triggers.findall(low):
                cand.update(by_trigger[w])
        return cand

    def start_gate(self) -> regex.Pattern[str]:
        """The ``anchored`` patterns as one alternation, compiled once: one
        attempt at the start of a line instead of one search per pattern."""
        rx = self.gate[0]
        if rx is None:
            rx = self.gate[0] = regex.compile(self._gate_source(), PATTERN_FLAGS)
        return rx

    def _gate_source(self) -> str:
        return "|".join(f"(?:{self.sources[i][1]})" for i in self.anchored) or r"(?!)"

    def pattern(self, text: str) -> str | None:
        """The family of the first chrome pattern that matches ``text``, or None."""
        cand = self.candidates(text.casefold().replace("i\u0307", "i"))
        compiled: list[re.Pattern[str] | regex.Pattern[str] | None]
        if NOT_PLAIN.search(text) is None:  # the standard library's engine
            compiled, get = self.plain, self.plain_pattern
            gate = compiled[-1] or get(len(self.sources))
        else:
            compiled, get = self.compiled, self.compiled_pattern  # type: ignore[assignment]
            gate = self.start_gate()
        if self.anchored and gate.match(text) is None:
            cand.difference_update(self.anchored)
        for i in sorted(cand):
            rx = compiled[i]
            if rx is None:
                rx = get(i)
            if rx.search(text):
                return self.sources[i][0]
        return None


# A run of letters (and of the other characters of a word, digits apart):
# a trigger word of letters is in one.
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
# ...on an ASCII line, [A-Za-z]: every other byte to a space, then split
_ASCII_RUNS = bytes(c if (65 <= c <= 90 or 97 <= c <= 122) else 32 for c in range(256))


@lru_cache(maxsize=1)
def _low_letter_runs() -> re.Pattern[str]:
    """``_LETTER_RUNS`` on a low line (see ``NOT_LOW``), its class spelled
    out as the low characters it matches: the same runs, in about half the
    steps (a positive class of ranges against a negated one of categories).

    >>> line = "Größe · Ærø, naïve: l'été 2024 — ŝi İstanbul"
    >>> _low_letter_runs().findall(line) == _LETTER_RUNS.findall(line)
    True
    """
    ranges = []
    for lo, chars in _low_chars():
        for m in _LETTER_RUNS.finditer(chars):
            first, last = lo + m.start(), lo + m.end() - 1
            ranges.append(f"\\u{first:04x}" if first == last else f"\\u{first:04x}-\\u{last:04x}")
    return re.compile("[" + "".join(ranges) + "]+")


# ``Lexicon.word_patterns`` holds runs of up to this many characters (a
# line of a language written without spaces is one run, seldom seen twice)...
WORD_MEMO_CHARS = 40
# ...and is emptied when it holds this many (a word of a corpus is met again
# soon after or seldom: the memory stays a few megabytes)
WORD_MEMO_MAX = 50_000

# The last character of Latin Extended-B: trigger words that start with a
# later one (Cyrillic, Han, Kana, Hangul) are in ``script_triggers``.
_LAST_LATIN = "\u024f"
# Literal words shorter than this are not used as triggers...
TRIGGER_MIN_LETTERS = 4
# ...unless a pattern has none in some alternative ("(get|download) the app"):
# its words of this many letters are, rather than trying it on every line.
SHORT_TRIGGER_LETTERS = 3
# ...and a pattern that has no trigger of those and is not in the start
# gate (see ``Lexicon.anchored``) has its words of this many letters, rather
# than being tried on its own on every line.
ALONE_TRIGGER_LETTERS = 2
# Literal marks that are triggers as words are: rare in prose, frequent in
# chrome (the pattern's spelling -> the mark in a case-folded line; "ⓒ" is the
# circled c that Korean pages write for "©").
TRIGGER_MARKS = {"©": "©", "ⓒ": "ⓒ", r"\(c\)": "(c)"}
_MARK_FIRST = frozenset(spelling[0] for spelling in TRIGGER_MARKS)
# ...and marks of last resort, for a pattern with no trigger word of
# SHORT_TRIGGER_LETTERS letters in some alternative: a bracket or a slash is
# in a few lines in a hundred, a pattern is tried on those rather than on
# every line (an agency's credit "(AP)", "(Photo: Name/AFP)", "3 / 12"); an
# arrow or an "@" in fewer ("Older post →", "Jane Roe @janeroe"), a bar
# ("Photo: Agency | Name") in fewer still. A class of one-character marks
# ("[→⟶]", "[/|]") stands for its marks (see ``_class_marks``); the bar is
# spelled "\\|" outside a class, "|" inside one.
LAST_RESORT_MARKS = {
    **TRIGGER_MARKS,
    r"\(": "(",
    "/": "/",
    "@": "@",
    r"\|": "|",
    "|": "|",
    **{a: a for a in "←→⟵⟶"},
}


def pattern_triggers(pattern: str, common: frozenset[str] = frozenset()) -> set[str]:
    """The triggers of a lexicon pattern (see :func:`_triggers`): words of
    TRIGGER_MIN_LETTERS letters or more, else of SHORT_TRIGGER_LETTERS, else
    with the marks of last resort; none if a match can hold none of those
    (tried on every line). ``common``: words frequent in prose.

    >>> sorted(pattern_triggers(r"^(get|download) (our|the) app")), pattern_triggers(r"^\\d+$")
    (['app'], set())
    >>> sorted(pattern_triggers(r"\\(\\w+/ ?(ap|afp)\\)$"))
    ['(']
    """
    return (
        _triggers(pattern, common=common)
        or _triggers(pattern, SHORT_TRIGGER_LETTERS, common=common)
        or _triggers(pattern, SHORT_TRIGGER_LETTERS, LAST_RESORT_MARKS, common)
    )


def lexicon_triggers(pattern: str, common: frozenset[str] = frozenset()) -> set[str]:
    """The triggers of a lexicon pattern as the lexicon files' analysis
    takes them: :func:`pattern_triggers`, or, for a pattern that has none
    and is not in the start gate (tried alone on every line), its words of
    ALONE_TRIGGER_LETTERS letters ("by" is in fewer lines than all of them).

    >>> lexicon_triggers(r"^.{10,250}[.!?]\\s+by \\w+$"), lexicon_triggers(r"^by \\w+$")
    ({'by'}, set())
    """
    words = pattern_triggers(pattern, common)
    if not words and not (_at_start(pattern) and not _ANY_RUN.match(pattern)):
        words = _triggers(pattern, ALONE_TRIGGER_LETTERS, LAST_RESORT_MARKS, common)
    return words


def _triggers(
    pattern: str,
    letters: int = TRIGGER_MIN_LETTERS,
    marks: dict[str, str] = TRIGGER_MARKS,
    common: frozenset[str] = frozenset(),
) -> set[str]:
    """Literal lower-case words of a pattern, one of which is in every line the
    pattern matches; none (the pattern is tried on every line) if a match can
    hold no such word, as one of ``^(copyright|\\d{4})`` can (``_has_word``).
    The marks of ``marks`` (by default ``TRIGGER_MARKS``: "©", "(c)") count
    as words. Words have at least ``letters`` letters.

    Of the words and groups that every match of an alternative holds, the
    one whose words are the rarest in a line (see :func:`_rarity`: the longest,
    a word of ``common`` last) stands for the alternative; a word that
    ``casefold()`` changes ("ß"), or one whose capital does (the Turkish
    dotless "ı", whose capital "I" folds to "i"), for none (the look-up reads the line
    case-folded). The fewer the triggers, the fewer lines a pattern is tried on.

    >>> sorted(_triggers(r"^\\d+ (comments?|replies) (to|on)\\b"))
    ['comment', 'replies']
    >>> _triggers(r"^(copyright|\\d{4})\\s")
    set()
    >>> sorted(_triggers(r"^(copyright|\\(c\\)|©)\\s*\\d{4}"))
    ['(c)', 'copyright', '©']
    >>> _triggers(r"get (our|the) app"), _triggers(r"get (our|the) app", 3)
    (set(), {'get'})
    >>> _triggers(r"^(read|see) (more|also) stories"), sorted(_triggers(r"^(eine )?große (welt|sache)"))
    ({'stories'}, ['sache', 'welt'])
    """
    if not _has_word(pattern, letters, marks):
        return set()
    return _cover(pattern, letters, marks, common) or set()


def _rarity(words: set[str], common: frozenset[str]) -> float:
    """How often a line holds one of ``words``, roughly: a word of n letters
    in one of 26**n, a word of ``common`` a thousand times more often."""
    return sum((1000.0 if w in common else 1.0) * 26.0 ** -_word_letters(w) for w in words)


def _cover(pattern: str, letters: int, marks: dict[str, str], common: frozenset[str]) -> set[str] | None:
    """The triggers of :func:`_triggers`, read as :func:`_has_word` reads the
    pattern: of each alternative, the run of ``letters`` required letters, the
    mark or the required group (the union of its alternatives' triggers) of
    the lowest :func:`_rarity`; None if some alternative has none."""
    pos = 0
    end = len(pattern)
    mark_first = frozenset(spelling[0] for spelling in marks)

    def alternation() -> set[str] | None:
        nonlocal pos
        out = sequence()
        while pos < end and pattern[pos] == "|":
            pos += 1
            other = sequence()
            out = None if out is None or other is None else out | other
        return out

    def sequence() -> set[str] | None:
        nonlocal pos
        best: set[str] | None = None
        best_rarity = 0.0

        def offer(words: set[str]) -> None:
            nonlocal best, best_rarity
            rarity = _rarity(words, common)
            if best is None or rarity < best_rarity:
                best, best_rarity = words, rarity

        def close(start: int, stop: int) -> None:
            # the run of required letters pattern[start:stop] ends
            # (not a word with a Turkish dotless "ı": its capital "I" folds to "i")
            word = pattern[start:stop]
            if word.casefold() == word and "ı" not in word and _word_letters(word) >= letters:
                offer({word})

        # the run of required letters: pattern[start:stop], stop == pos while it goes on
        start = stop = -1
        while pos < end and pattern[pos] not in "|)":
            ch = pattern[pos]
            letter = False
            group: set[str] | None = None
            if "a" <= ch <= "z" and (letter_run := _ASCII_LETTERS.match(pattern, pos)) is not None:
                # all but the last letter are required, the last is the atom
                # a quantifier would apply to
                if stop != pos:
                    close(start, stop)
                    start = pos
                pos = letter_run.end()
                stop = pos - 1
                letter = True
            elif ch in mark_first and (mark := _mark_at(pattern, pos, marks)) is not None:
                pos += len(mark)
                group = {marks[mark]}
            elif ch == "(":
                pos, look = _group_start(pattern, pos)
                inner = alternation()
                group = None if look else inner
                pos += 1  # the closing bracket
            elif ch == "[":
                after = _class_end(pattern, pos)
                group = _class_marks(pattern[pos:after], marks)
                pos = after
            elif ch == "\\":
                pos += 2
                if pattern[pos - 1] in "pPN" and pattern.startswith("{", pos):
                    pos = pattern.index("}", pos) + 1
            else:
                if _letter_weight(ch):
                    if stop != pos:
                        close(start, stop)
                        start = pos
                    stop = pos
                    letter = True
                pos += 1
            q = _QUANTIFIER.match(pattern, pos) if pos < end and pattern[pos] in _QUANTIFIER_FIRST else None
            required = True
            if q is not None:
                required = q.group(0)[0] == "+" or bool(q.group(1) and int(q.group(1)) > 0)
                pos = q.end()
            if letter and required and q is None:
                stop += 1  # the last letter too: stop == pos
            else:
                close(start, stop)
                start = stop = -1
                if group is not None and required:
                    offer(group)
        close(start, stop)
        return best

    return alternation()


# A quantifier: ?, *, +, {m}, {m,}, {m,n}, then a lazy ? or possessive +.
_QUANTIFIER = re.compile(r"(?:[?*+]|\{(\d*)(?:,\d*)?\})[?+]?")
# the characters a quantifier starts with
_QUANTIFIER_FIRST = frozenset("?*+{")
# a run of ASCII lower-case letters (most of a pattern), scanned at once
_ASCII_LETTERS = re.compile(r"[a-z]+")


def _letter_weight(ch: str) -> int:
    """How many letters the pattern character ``ch`` counts for in a trigger:
    1 for a lower-case letter, 2 for a letter of a script without case (Han,
    Kana, Hangul: a word of two such characters is as rare in a line as one
    of four Latin letters, and these scripts put no spaces between words),
    0 for anything else (a capital, which a case-folded line does not hold).

    >>> _letter_weight("a"), _letter_weight("ж"), _letter_weight("A"), _letter_weight("新"), _letter_weight("기")
    (1, 1, 0, 2, 2)
    """
    if ch.islower():
        return 1
    return 2 if not ch.isascii() and ch.isalpha() and not ch.isupper() and not ch.istitle() else 0


def _word_letters(word: str) -> int:
    """The letters a literal word of a pattern counts for (see :func:`_letter_weight`).

    >>> _word_letters("share"), _word_letters("分享到"), _word_letters("관련기사")
    (5, 6, 8)
    """
    return len(word) if word.isascii() else sum(_letter_weight(c) for c in word)


def _has_word(
    pattern: str, letters: int = TRIGGER_MIN_LETTERS, marks: dict[str, str] = TRIGGER_MARKS
) -> bool:
    """Whether every match of ``pattern`` holds, literally, a run of
    ``letters`` lower-case letters of the pattern (or a mark of ``marks``): in each
    alternative, a run of letters or a group with that property that the
    match cannot skip. Escapes, classes, ``.`` and look-arounds hold no word.

    >>> _has_word(r"^(read|see) more\\b"), _has_word(r"^(more|©) news")
    (True, True)
    >>> _has_word(r"^(copyright|\\d{4}) "), _has_word(r"(photos?)?: \\d"), _has_word(r"^(copyright|©) ")
    (False, False, True)
    """
    pos = 0
    end = len(pattern)
    mark_first = _MARK_FIRST if marks is TRIGGER_MARKS else frozenset(spelling[0] for spelling in marks)

    def alternation() -> bool:
        # every branch must hold a word
        ok = sequence()
        nonlocal pos
        while pos < end and pattern[pos] == "|":
            pos += 1
            ok = sequence() and ok
        return ok

    def sequence() -> bool:
        nonlocal pos
        found = False
        run = 0  # letters in a row that the match must hold (see _letter_weight)
        weight = 0
        while pos < end and pattern[pos] not in "|)":
            ch = pattern[pos]
            letter = group = False
            if "a" <= ch <= "z" and (letter_run := _ASCII_LETTERS.match(pattern, pos)) is not None:
                # a run of ASCII letters at once: all but the last are
                # required, the last is the atom a quantifier would apply to
                run += letter_run.end() - pos - 1
                found = found or run >= letters
                pos = letter_run.end()
                letter = True
                weight = 1
            elif ch in mark_first and (mark := _mark_at(pattern, pos, marks)) is not None:
                pos += len(mark)
                group = True  # holds a trigger, as a group holding a word does
            elif ch == "(":
                pos, look = _group_start(pattern, pos)
                group = alternation() and not look
                pos += 1  # the closing bracket
            elif ch == "[":
                after = _class_end(pattern, pos)
                group = _class_marks(pattern[pos:after], marks) is not None
                pos = after
            elif ch == "\\":
                pos += 2
                if pattern[pos - 1] in "pPN" and pattern.startswith("{", pos):
                    pos = pattern.index("}", pos) + 1
            else:
                weight = _letter_weight(ch)
                letter = weight > 0
                pos += 1
            q = _QUANTIFIER.match(pattern, pos) if pos < end and pattern[pos] in _QUANTIFIER_FIRST else None
            required = True
            if q is not None:
                required = q.group(0)[0] == "+" or bool(q.group(1) and int(q.group(1)) > 0)
                pos = q.end()
            if letter and required and q is None:
                run += weight
                found = found or run >= letters
            else:
                run = 0
                found = found or (group and required)
        return found

    return alternation()


def _group_start(pattern: str, pos: int) -> tuple[int, bool]:
    """Past the opening of the group at ``pattern[pos]`` ("(", "(?:", "(?P<name>",
    "(?i:", a look-around): where its content starts, and whether it is a
    look-around (whose content a match does not hold).

    >>> _group_start("(?:ab)", 0), _group_start("(?<!ab)", 0), _group_start("(?-i:ab)", 0)
    ((3, False), (4, True), (5, False))
    """
    look = pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), pos)
    pos += 1
    if pattern.startswith("?:", pos):
        pos += 2
    elif pattern.startswith("?P<", pos):
        pos = pattern.index(">", pos) + 1
    elif pattern.startswith("?", pos):
        pos = pattern.index(":", pos) + 1 if not look else pos + (3 if pattern[pos + 1] == "<" else 2)
    return pos, look


def _mark_at(pattern: str, pos: int, marks: dict[str, str]) -> str | None:
    """The spelling of the mark of ``marks`` at ``pattern[pos]``, if any (the
    first listed: "\\(c\\)" before "\\(")."""
    return next((m for m in marks if pattern.startswith(m, pos)), None)


def _class_marks(cls: str, marks: dict[str, str]) -> set[str] | None:
    """The marks the character class ``cls`` ("[...]") stands for when each
    of its members is a mark of ``marks`` of one character ("[→⟶]": a line
    it matches in holds "→" or "⟶"); None for any other class (a negation,
    a range, an escape, a letter).

    >>> sorted(_class_marks("[→⟶]", LAST_RESORT_MARKS)), _class_marks("[^→]", LAST_RESORT_MARKS)
    (['→', '⟶'], None)
    >>> _class_marks("[→a]", LAST_RESORT_MARKS), _class_marks("[]", LAST_RESORT_MARKS)
    (None, None)
    """
    body = cls[1:-1]
    if not body or not all(c in marks for c in body):
        return None
    return {marks[c] for c in body}


def _class_end(pattern: str, pos: int) -> int:
    """The index after the character class that starts at ``pattern[pos]``
    (a "]" right after "[" or "[^" is a member, not the end).

    >>> _class_end("[^]a]b", 0), _class_end("[a\\\\]]b", 0)
    (5, 5)
    """
    pos += 3 if pattern.startswith("[^]", pos) else 2 if pattern.startswith("[]", pos) else 1
    while pattern[pos] != "]":
        pos += 2 if pattern[pos] == "\\" else 1
    return pos + 1


# A pattern that opens with a run of any characters ("^.{10,250}…, by
# AGENCY") stays out of the start gate: in the gate's alternation it keeps
# the engine from failing fast on every line (on the dev dumps the gate took
# 7.2 µs a line with one such pattern in it, 2.7 µs without; the pattern
# tried alone, where the engine looks for its literal first, 1.4 µs more).
# So does one that opens with a look-ahead over the whole line
# ("^(?=.*+(?<=…))": its end read first, backwards).
_ANY_RUN = re.compile(r"\^(?:\(\?=)?\.[*+{]")


def _at_start(pattern: str) -> bool:
    """Whether ``pattern`` only matches at the start of a line: it starts with
    ``^`` and has no ``|`` outside brackets (flags hold no MULTILINE).

    >>> _at_start(r"^(nom|web)\\s*$"), _at_start(r"^nom|web"), _at_start(r"nom")
    (True, False, False)
    """
    if not pattern.startswith("^"):
        return False
    depth, pos = 0, 0
    while pos < len(pattern):
        ch = pattern[pos]
        if ch == "\\":
            pos += 2
            continue
        if ch == "[":
            pos = _class_end(pattern, pos)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return False
        pos += 1
    return True


def _closure(by_trigger: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
    """Each trigger word -> the patterns of every trigger inside it, itself
    included, in order: a line holding a trigger word holds every trigger
    inside it too ("comments" holds "comment").

    >>> _closure({"comment": [1], "comments": [0], "ment": [2], "app": [3]})
    {'comment': (1, 2), 'comments': (0, 1, 2), 'ment': (2,), 'app': (3,)}
    """
    # the triggers by their first SHORT_TRIGGER_LETTERS letters: one look-up
    # per position of a word finds those that start there (the shorter
    # triggers, such as the mark "©", are tested one by one)
    head = SHORT_TRIGGER_LETTERS
    by_head: dict[str, list[str]] = {}
    shorter = []
    for v in by_trigger:
        if len(v) < head:
            shorter.append(v)
        else:
            by_head.setdefault(v[:head], []).append(v)
    out = {}
    for w in by_trigger:
        inside = [
            v
            for i in range(len(w) - head + 1)
            for v in by_head.get(w[i : i + head], ())
            if w.startswith(v, i)
        ]
        inside += [v for v in shorter if v in w]
        if len(inside) == 1:  # w alone (a trigger's list is sorted and distinct)
            out[w] = tuple(by_trigger[w])
        else:
            out[w] = tuple(sorted({i for v in inside for i in by_trigger[v]}))
    return out


def _trie(words: Iterable[str]) -> str:
    """A pattern matching any of ``words``, factored by common prefixes, that
    finds at each position the longest word starting there: the match of the
    alternation of the words, longest first, but the engine follows one
    branch per character instead of trying every word. No quantifier: an
    optional ending is an empty alternative, tried last.

    >>> _trie(["comment", "comments", "cookie"])
    'co(?:mment(?:s|)|okie)'
    >>> [m.group() for m in re.finditer(_trie(["comment", "comments", "ment"]), "commentsment")]
    ['comments', 'ment']
    """

    def emit(group: list[str], depth: int) -> str:
        # the pattern for ``group``, sorted distinct words that share their
        # first ``depth`` characters, after those
        if len(group) == 1:
            return re.escape(group[0][depth:])
        alts = []
        ends = False  # a word of the group ends here (the first, if any)
        for ch, longer in groupby(group, lambda w: w[depth : depth + 1]):
            if ch:
                alts.append(re.escape(ch) + emit(list(longer), depth + 1))
            else:
                ends = True
        if ends:
            alts.append("")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    distinct = sorted(set(words))
    return emit(distinct, 0) if distinct else ""


# The [words] lists of a lexicon file.
# The order in which the pattern families are tried: ``Lexicon.pattern``
# names the first family whose pattern matches a line, so a line two families
# match gets the one earlier here. Fixed here, not by whichever lexicon file
# is read first; a family no file lists is skipped, one not named here comes
# after these, in the order the files first list it.
_FAMILY_ORDER = (
    "noscript",
    "credits",
    "donation",
    "appeal",
    "account",
    "gallery",
    "ads",
    "pager",
    "related",
    "cookies",
    "disclaimers",
    "comments",
    "social",
    "newsletter",
    "advertise",
    "paywall",
    "player",
    "embeds",
    "embed_links",
    "errors",
    "forms",
    "navigation",
    "tags",
    "app",
    "contact",
    "consent",
    "authors",
    "bios",
    "markup",
    "authorbox",
    "source_notes",
)

_WORD_LISTS = (
    "by",
    "stamp",
    "counters",
    "months",
    "months_short",
    "weekdays",
    "relative",
    "ago",
    "ago_frames",
    "signoff",
    "reply",
    "reply_with",
    "says",
    "ago_more",
    "wire_credit",
    "wire_editor",
    "more_by",
    "media_tags",
)


def _words(entries: list[str]) -> frozenset[str]:
    return frozenset(key(e) for e in entries if key(e))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load and compile every ``data/lexicon/*.toml`` (cached, in memory and
    on disk: see :func:`cache_dir`)."""
    return _load_lexicon(cache_dir())


def _load_lexicon(cache: str | None) -> Lexicon:
    """The lexicon, its analysis read from or written to the folder ``cache``
    (None: analysed here, nothing read or written)."""
    lexicon_files = _data_files("lexicon", ".toml")
    digest = _analysis_digest(lexicon_files, _stopword_files()) if cache is not None else None
    tables = _read_analysis(cache, digest) if cache is not None and digest is not None else None
    if tables is None:
        tables = _analyse(lexicon_files, all_stopwords())
        tables["plain_code"] = ()
        if cache is not None and digest is not None:
            # (made only for the cache: a second or so, that each later process saves)
            tables["plain_code"] = _plain_codes(tables["sources"])
            _write_analysis(cache, digest, tables)
    compiled: dict[str, Any] = {
        "triggers": _from_sre_args(tables.pop("triggers_code")) or re.compile(tables["triggers"]),
        "script_triggers": _from_sre_args(tables.pop("script_triggers_code"))
        or re.compile(tables["script_triggers"]),
        "script_gate": re.compile(tables["script_gate"]),
        "mark_triggers": re.compile(tables["mark_triggers"]),
        "mark_gate": re.compile(tables["mark_gate"]),
        "word_patterns": {},
        "compiled": [None] * len(tables["sources"]),
        "gate": [None],
        "plain": [None] * (len(tables["sources"]) + 1),
    }
    return Lexicon(**{**tables, **compiled})


# the fields of Lexicon that _analyse makes, and the trigger pattern compiled
# (see _sre_args)
_TABLES = frozenset(f.name for f in fields(Lexicon)) - {"compiled", "gate", "plain", "word_patterns"} | {
    "triggers_code",
    "script_triggers_code",
}


def _sre_args(source: str, flags: int = 0) -> tuple[Any, ...] | None:
    """What the standard library's ``re.compile(source, flags)`` hands its engine
    (``_sre.compile``'s arguments), or None if this Python's ``re`` has no
    such internals. The trigger pattern is thousands of words: ``re`` takes
    about a tenth of the start-up of a command to parse and compile it, the
    engine a few microseconds to make it from these arguments (kept in the
    cached analysis, whose name holds the Python version: the same bytes).

    >>> _from_sre_args(_sre_args("(?=(ab(?:c|)))")) == re.compile("(?=(ab(?:c|)))")
    True
    >>> _from_sre_args(_sre_args("a b # c", re.X)) == re.compile("a b # c", re.X)
    True
    """
    try:
        parser = importlib.import_module("re._parser")
        compiler = importlib.import_module("re._compiler")
        parsed = parser.parse(source, flags)
        code = compiler._code(parsed, flags)
        state = parsed.state
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in state.groupdict.items():
            indexgroup[index] = name
        code = [int(c) for c in code]  # some are named constants, an int subclass
        return (
            source,
            int(flags | state.flags),
            code,
            state.groups - 1,
            dict(state.groupdict),
            tuple(indexgroup),
        )
    except Exception:  # another Python's internals: compiled by re.compile
        return None


def _plain_codes(sources: Sequence[tuple[str, str]]) -> tuple[tuple[Any, ...] | None, ...]:
    """``_sre_args`` of each pattern of ``sources`` as ``Lexicon.plain_pattern``
    compiles it with ``re``, the code packed (see ``_packed``); None where it
    does not (``plain_pattern`` then tries as it would with no cache)."""
    codes: list[tuple[Any, ...] | None] = []
    for _, source in sources:
        args = None
        if not _RE_CASE_ONLY.search(source):
            with warnings.catch_warnings():
                warnings.simplefilter("error", FutureWarning)  # (caught in _sre_args)
                args = _sre_args(source, re.IGNORECASE)
        codes.append(_packed(args))
    return tuple(codes)


# the size of a word of the standard library engine's code (``_sre.CODESIZE``)
_CODE_WORD_BYTES = 4


def _packed(args: tuple[Any, ...] | None) -> tuple[Any, ...] | None:
    """``_sre_args`` with the code as the bytes of an array of 32-bit words:
    the cache file reads a thousand patterns' code as one string each, not
    as hundreds of thousands of ints (a fortieth of a second at start-up)."""
    if args is None or array("I").itemsize != _CODE_WORD_BYTES:
        return None
    try:
        return (*args[:2], array("I", args[2]).tobytes(), *args[3:])
    except OverflowError:
        return None


def _unpacked(packed: tuple[Any, ...]) -> tuple[Any, ...]:
    """``_sre_args``'s arguments from what ``_packed`` made of them."""
    code = array("I")
    code.frombytes(packed[2])
    return (*packed[:2], code.tolist(), *packed[3:])


def _from_sre_args(args: tuple[Any, ...] | None) -> re.Pattern[str] | None:
    """The pattern ``_sre_args`` described (None: none described, or this
    Python's engine cannot make it)."""
    if args is None:
        return None
    try:
        rx: re.Pattern[str] = importlib.import_module("_sre").compile(*args)
    except Exception:  # compiled by re.compile instead
        return None
    return rx


def _analyse(lexicon_files: list[tuple[str, str]], stopwords: frozenset[str]) -> dict[str, Any]:
    """The tables of the lexicon files (language, TOML text): every field of
    :class:`Lexicon` but the compiled patterns (``compiled``, ``gate``, ``plain``), the
    trigger pattern as its source. ``stopwords`` are the function words of
    every language."""
    import tomllib  # here: a process that finds the analysis cached does without

    labels: dict[str, str] = {}
    sections: dict[str, str] = {}
    patterns: dict[str, list[str]] = {}
    vocab: dict[str, set[str]] = {}
    months_of: dict[str, frozenset[str]] = {}
    langs = []
    for lang, raw in lexicon_files:
        data = tomllib.loads(raw)
        langs.append(lang)
        for family, entries in data.get("labels", {}).items():
            for e in entries:
                k = key(e)
                if k:
                    labels.setdefault(k, family)
        for family, entries in data.get("sections", {}).items():
            for e in entries:
                k = fuzzy_key(e)
                if k:
                    sections.setdefault(k, family)
        for family, entries in data.get("patterns", {}).items():
            patterns.setdefault(family, []).extend(entries)
        words = data.get("words", {})
        for name, entries in words.items():
            vocab.setdefault(name, set()).update(entries)
        months_of[lang] = _words([*words.get("months", ()), *words.get("months_short", ())])
    rank = {family: i for i, family in enumerate(_FAMILY_ORDER)}
    ordered = sorted(patterns.items(), key=lambda item: rank.get(item[0], len(rank)))
    # a pattern two languages share is matched once
    sources = tuple(dict.fromkeys((family, p) for family, pats in ordered for p in pats))
    by_trigger: dict[str, list[int]] = {}
    always: list[int] = []
    for i, (_, source) in enumerate(sources):
        words = lexicon_triggers(source, stopwords)
        if not words:
            always.append(i)
        for w in words:
            by_trigger.setdefault(w, []).append(i)
    # each trigger stands for the patterns of the triggers inside it as well
    closure = _closure(by_trigger)
    vocabulary = {name: _words(list(vocab.get(name, ()))) for name in _WORD_LISTS}
    months = vocabulary["months"] | vocabulary["months_short"]
    # a month that is a function word somewhere can be that word
    short_months = vocabulary["months_short"] | frozenset(m for m in months if m in stopwords)
    sure_months = months - short_months
    # (every position: "einer" in "keinerlei", where "kein" was found); the
    # words of other scripts than Latin apart (see Lexicon.script_triggers)
    latin = [w for w in by_trigger if w[0] <= _LAST_LATIN]
    script = [w for w in by_trigger if w[0] > _LAST_LATIN]
    triggers = f"(?=({_trie(latin)}))" if latin else "(?!)"
    script_triggers = f"(?=({_trie(script)}))" if script else "(?!)"
    script_gate = "[" + "".join(sorted({re.escape(w[0]) for w in script})) + "]" if script else "(?!)"
    # (the Latin ones that are not all letters, looked for in the whole line:
    # Lexicon.pattern looks the others up in each run of letters)
    marks = [w for w in latin if not w.isalpha()]
    mark_triggers = f"(?=({_trie(marks)}))" if marks else "(?!)"
    mark_gate = "[" + "".join(sorted({re.escape(w[0]) for w in marks})) + "]" if marks else "(?!)"
    # (a comment's reply button and relative time: see Lexicon.reply_marks)
    ago_more = frozenset(w for k in vocabulary["ago_more"] for w in k.split())
    reply_words = frozenset(w for k in vocabulary["reply"] for w in k.split())
    reply_with = frozenset(w for k in vocabulary["reply_with"] for w in k.split())
    reply_marks = reply_words | reply_with
    time_marks = vocabulary["relative"] | vocabulary["ago"] | ago_more
    return {
        "labels": labels,
        "label_words": frozenset(w for k in labels for w in k.split()),
        "sections": sections,
        "heading_firsts": frozenset(k.split()[0] for k in sections),
        "heading_lasts": frozenset(k.split()[-1] for k in sections),
        "sources": sources,
        "triggers": triggers,
        "triggers_code": _sre_args(triggers),
        "script_triggers": script_triggers,
        "script_triggers_code": _sre_args(script_triggers),
        "script_gate": script_gate,
        "mark_triggers": mark_triggers,
        "mark_gate": mark_gate,
        "by_trigger": closure,
        "always": tuple(always),
        "anchored": tuple(
            i for i in always if _at_start(sources[i][1]) and not _ANY_RUN.match(sources[i][1])
        ),
        "by_words": vocabulary["by"],
        "stamp_words": vocabulary["stamp"],
        "counter_words": vocabulary["counters"],
        "months": months,
        "short_months": short_months,
        "page_months": {lang: sure_months | own for lang, own in months_of.items()},
        "sure_months": sure_months,
        "weekdays": vocabulary["weekdays"],
        "relative": vocabulary["relative"],
        "ago": vocabulary["ago"],
        "ago_frames": frozenset(
            (first, last) for first, _, last in (f.partition(" ") for f in vocabulary["ago_frames"]) if last
        ),
        "signoffs": vocabulary["signoff"],
        "reply_words": reply_words,
        "reply_with": reply_with,
        "says": vocabulary["says"],
        "wire_credit": vocabulary["wire_credit"],
        "wire_editor": vocabulary["wire_editor"],
        "more_by": vocabulary["more_by"],
        "media_tags": vocabulary["media_tags"],
        "ago_more": ago_more,
        "reply_marks": reply_marks,
        "time_marks": time_marks,
        "time_units": frozenset(
            w for w in (vocabulary["relative"] | ago_more) - vocabulary["ago"] if len(w) >= 3
        ),
        "mark_firsts": reply_marks | time_marks,
        "languages": tuple(langs),
        "stamp_vocabulary": months
        | vocabulary["weekdays"]
        | vocabulary["stamp"]
        | vocabulary["by"]
        | vocabulary["relative"]
        | vocabulary["counters"],
    }


# -- the analysis, cached on disk -----------------------------------------------
# Analysing the lexicon (its TOML, the triggers of each pattern, their closure
# and trie) is about a fifth of the start-up of a command that cleans a page.
# Its result depends only on the data files, this module's code and the Python
# and regex versions, so it is kept in a file of the user's cache folder whose
# name is a hash of all of those: a change to any of them is another file.
# The file ends with a hash of its name and content, checked before it is
# read: a damaged or truncated file is analysed anew (and rewritten). A
# folder that cannot be made, read or written only means no cache.

# The environment variable that names the cache folder; set empty, no cache.
CACHE_DIR_ENV = "NEWSCLEAN_CACHE_DIR"
# Another layout of the cached tables is another version: another file name.
_CACHE_VERSION = "newsclean lexicon analysis 3"
_CACHE_PREFIX = "lexicon-"
_CACHE_SUFFIX = ".marshal"
_CHECK_BYTES = hashlib.sha256().digest_size
# How many analyses a cache folder keeps (of other versions or lexicons).
_CACHE_KEEP = 4


def cache_dir() -> str | None:
    """The folder the lexicon's analysis is cached in: ``$NEWSCLEAN_CACHE_DIR``
    if set (set empty: no cache), else ``newsclean`` in ``$XDG_CACHE_HOME``
    or in ``~/.cache``. None: no cache (also when there is no home folder)."""
    chosen = os.environ.get(CACHE_DIR_ENV)
    if chosen is not None:
        return chosen or None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home == "~":  # no $HOME and no home in the password database
            return None
        base = os.path.join(home, ".cache")
    return os.path.join(base, "newsclean")


def _analysis_digest(
    lexicon_files: Sequence[tuple[str, str]], stopword_files: Sequence[tuple[str, str]]
) -> str | None:
    """The hash that names the cache file of the analysis of these files, or
    None if this module's source cannot be read (then nothing is cached)."""
    parts: list[bytes] = []
    for folder, files in (("lexicon", lexicon_files), ("stopwords", stopword_files)):
        parts.append(f"{folder} {len(files)}".encode())
        for name, text in files:
            parts += (name.encode(), text.encode())
    return _cache_digest(_CACHE_VERSION, "lexicon.py", parts)


def _cache_digest(version: str, module: str, parts: Iterable[bytes]) -> str | None:
    """The hash that names a cache file: of the layout ``version``, the
    Python, marshal, ``regex`` and ``re`` engine versions, the source of the
    package's ``module`` that makes the file, and ``parts``; None if that
    source cannot be read (then nothing is cached)."""
    try:
        code = resources.files("newsclean").joinpath(module).read_bytes()
    except OSError:
        return None
    digest = hashlib.sha256()
    engine = str(getattr(importlib.import_module("_sre"), "MAGIC", ""))  # of the compiled patterns
    head = (version, sys.version, str(marshal.version), regex.__version__, engine)
    for part in (*(h.encode() for h in head), code, *parts):
        # each part with its length: no two lists of parts feed the same bytes
        digest.update(len(part).to_bytes(8, "little") + part)
    return digest.hexdigest()


def _cache_file(cache: str, digest: str, prefix: str = _CACHE_PREFIX) -> str:
    return os.path.join(cache, prefix + digest + _CACHE_SUFFIX)


def _check(digest: str, payload: bytes) -> bytes:
    return hashlib.sha256(digest.encode() + payload).digest()


def _read_analysis(
    cache: str, digest: str, prefix: str = _CACHE_PREFIX, keys: frozenset[str] = _TABLES
) -> dict[str, Any] | None:
    """The analysis cached under ``digest``, or None if there is none or it
    fails its check (its keys must be ``keys``). ``prefix`` starts the names
    of the files of one kind of cached tables (normalize keeps ftfy's
    detector under its own)."""
    try:
        with open(_cache_file(cache, digest, prefix), "rb") as f:
            data = f.read()
    except OSError:
        return None
    payload, check = data[:-_CHECK_BYTES], data[-_CHECK_BYTES:]
    if len(data) <= _CHECK_BYTES or check != _check(digest, payload):
        return None
    try:
        tables = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(tables, dict) or tables.keys() != keys:
        return None
    return tables


def _write_analysis(cache: str, digest: str, tables: dict[str, Any], prefix: str = _CACHE_PREFIX) -> None:
    """Cache ``tables`` under ``digest`` (written whole or not at all) and
    drop all but the last few files of the same ``prefix`` (analyses of other
    lexicons); on an error, nothing is cached."""
    payload = marshal.dumps(tables)
    target = _cache_file(cache, digest, prefix)
    try:
        os.makedirs(cache, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=cache, prefix="." + prefix, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(payload + _check(digest, payload))
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        _prune(cache, os.path.basename(target), prefix)
    except OSError:
        pass


def _prune(cache: str, written: str, prefix: str = _CACHE_PREFIX) -> None:
    """Drop the analyses in ``cache`` but the one just ``written`` and the
    :data:`_CACHE_KEEP` - 1 others written last: two installed versions
    sharing one folder each keep theirs, and old ones do not pile up."""
    others: list[tuple[float, str]] = []
    for name in os.listdir(cache):
        if name.startswith(prefix) and name.endswith(_CACHE_SUFFIX) and name != written:
            path = os.path.join(cache, name)
            with contextlib.suppress(OSError):
                others.append((os.stat(path).st_mtime, path))
    others.sort(reverse=True)
    for _, path in others[_CACHE_KEEP - 1 :]:
        with contextlib.suppress(OSError):
            os.unlink(path)


@lru_cache(maxsize=1)
def _stopword_files() -> tuple[tuple[str, str], ...]:
    """(language, text) of each ``data/stopwords/*.txt``, read once: the
    lexicon's cache is named after what :func:`load_stopwords` reads."""
    return tuple(_data_files("stopwords", ".txt"))


@lru_cache(maxsize=1)
def load_stopwords() -> dict[str, frozenset[str]]:
    """Function words per language, from ``data/stopwords/*.txt`` (cached).

    >>> "the" in load_stopwords()["en"]
    True
    """
    out: dict[str, frozenset[str]] = {}
    for lang, raw in _stopword_files():
        words: set[str] = set()
        for line in raw.splitlines():
            if line.startswith("#"):
                continue
            words.update(w.casefold() for w in line.split())
        out[lang] = frozenset(words)
    return out


@lru_cache(maxsize=1)
def all_stopwords() -> frozenset[str]:
    """The function words of every language shipped, in one set (cached):
    for a page whose language is unknown.

    >>> "the" in all_stopwords() and "der" in all_stopwords()
    True
    """
    return frozenset().union(*load_stopwords().values())


@lru_cache(maxsize=1)
def stopword_languages() -> dict[str, tuple[int, ...]]:
    """Function word -> the indices, in :func:`load_stopwords`' order, of the
    languages it is a function word of (cached): a page's function words are
    counted per language in one pass over them, not once per language.

    >>> langs = list(load_stopwords())
    >>> sorted(langs[i] for i in stopword_languages()["und"])
    ['de']
    """
    out: dict[str, list[int]] = {}
    for i, words in enumerate(load_stopwords().values()):
        for word in words:
            out.setdefault(word, []).append(i)
    return {word: tuple(langs) for word, langs in out.items()}

"""Block features that hold in any language, and page-language detection.

Computed once per document and shared by every cleaner that needs them;
computed once per distinct line text within one ``clean`` call (see
:meth:`~newsclean.document.Document.memo`).
Chinese and Japanese lines have no spaces between words: their length is
measured in characters (two characters count as one word).

>>> from newsclean.document import Document
>>> doc = Document.from_text("Share\\nThe minister said on Monday that the talks would go on.")
>>> f = features(doc)
>>> f[1].words, f[1].ends_sentence, doc.language
(11, True, 'en')
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

import regex

from .document import Document
from .lexicon import KEY_MEMO, NOT_LOW, all_stopwords, key, load_stopwords, low_pattern, stopword_languages

__all__ = ["Features", "detect_language", "features", "title_limit"]

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*")
# The character before the stop is looked behind, so that a search tries the
# rare stops, not every letter; as the character after a match (a capital or
# an ideographic stop) never passes that test, the matches are counted alike.
# A script without case (Arabic, Hebrew, Devanagari, Thai) has no capital to
# start its next sentence: there a stop after a letter of the script and
# before one, over a space, ends a sentence, and so do the script's own
# stops, the danda "।" and "॥", the Arabic question mark "؟" and the Urdu
# full stop "۔".
_INNER_SENTENCE = regex.compile(
    r"(?<=[\p{Ll}\p{N})\"”’»])[.!?](?:[\"'”’»)\]]*) \p{Lu}|[。！？]"
    r"|(?<=[\p{Lo}\p{M}])[.!?।॥؟۔](?:[\"'”’»)\]]*) (?=[\p{Lo}\"“«])"
)
_PIPES = regex.compile(r"\s[|•·/»›>]\s")
_GLUED = regex.compile(r"(?<=\p{Ll}{3})\p{Lu}\p{Ll}")  # searched: the capital first
_UPPER = regex.compile(r"\p{Lu}")
# Counting by deletion: what a run of these leaves is the characters of one
# class (one match per run, not per character).
_NOT_CJK = regex.compile(r"[^\p{Han}\p{Hiragana}\p{Katakana}]+")
_NOT_KANA = regex.compile(r"[^\p{Hiragana}\p{Katakana}]+")
_NOT_DIGIT = regex.compile(r"[^\p{N}]+")
# Letters are counted by deleting them: what is left is shorter to build.
_LETTERS = regex.compile(r"\p{L}+")
# the letters with a dot below or a hook above (U+1EA0 to U+1EF9: "ạ", "ả",
# "ế", "ợ", "ữ"), which only Vietnamese writes, nearly every line of it
_SYLLABIC = re.compile("[\u1ea0-\u1ef9]")


@lru_cache(maxsize=1)
def _maybe_cjk() -> re.Pattern[str]:
    """A character from U+2E80 up: no Han, Hiragana or Katakana character is
    below it. Compiled when a line first has a character that is not low
    (a millisecond; a page of Latin, Greek or Cyrillic script seldom needs
    it). Written as the characters not below U+2E80, the class compiles in a
    quarter of the time of the range U+2E80 to U+10FFFF."""
    return re.compile("[^\x00-\u2e7f]")


_CLOSERS = "\"'”’»)]"
_ENDERS = frozenset(".!?。！？…।॥؟۔")  # (the danda, the Arabic question mark, the Urdu full stop)
# what _ends_sentence strips from the end of a line
_TRAILING = frozenset("\n |" + _CLOSERS)
_FIRST = itemgetter(0)

_Pattern = regex.Pattern[str] | re.Pattern[str]


class _Scans(NamedTuple):
    """The patterns of a non-ASCII line's features that have a faster
    version for low lines (see :data:`newsclean.lexicon.NOT_LOW`)."""

    token: _Pattern
    not_digit: _Pattern
    letters: _Pattern
    upper: _Pattern
    pipes: _Pattern


_SCANS = _Scans(_TOKEN, _NOT_DIGIT, _LETTERS, _UPPER, _PIPES)


@lru_cache(maxsize=1)
def _low_scans() -> _Scans:
    """The :class:`_Scans` for a low line: the same matches (see
    :func:`newsclean.lexicon.low_pattern`), built when a line first needs them."""
    return _Scans(
        low_pattern(_TOKEN),
        low_pattern(_NOT_DIGIT),
        low_pattern(_LETTERS),
        low_pattern(_UPPER),
        low_pattern(_PIPES),
    )


# The same patterns for ASCII lines, where \p{L} is [A-Za-z], \p{N} is [0-9],
# \p{M} and the non-ASCII characters match nothing and \s is [\t-\r ]:
# the standard library's engine is faster on them.
_A_TOKEN = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)*")
# (The stop and the capital come first, the letters before them are looked
# behind: a match is tried where the rarer character is, not at every
# lower-case letter. The stops are counted alike: the capital that ends a
# match is never the character before the next stop.)
_A_INNER_SENTENCE = re.compile(r"[.!?](?<=[a-z0-9)\"][.!?])[\"')\]]* [A-Z]")
_A_PIPES = re.compile(r"[\t-\r ][|/>][\t-\r ]")
_A_GLUED = re.compile(r"[A-Z](?<=[a-z]{3}[A-Z])[a-z]")
_A_DIGITS = b"0123456789"
_A_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_A_UPPER = bytes(range(65, 91))
# In " " + the tokens joined by spaces: a token starting with a capital, a digit.
_A_CAP_START = re.compile(r" [A-Z]")
_A_DIGIT_START = re.compile(r" [0-9]")

# Minimum evidence (function-word hits) before a language is named.
LANGUAGE_MIN_HITS = 5
# This share of a CJK page's Han and Kana characters in Kana makes it Japanese
# (a Japanese text has some in most sentences, a third of its characters and
# more; a Chinese one none but a Japanese name or brand now and then).
JA_MIN_KANA = 0.1
# Blocks shorter than this (in tokens) are not used to detect the language.
LANGUAGE_MIN_TOKENS = 6
# Only the first tokens of a page are needed to tell its language.
LANGUAGE_MAX_TOKENS = 4000
# ...and of each block, its first characters.
LANGUAGE_MAX_CHARS = 3000
# The share of a sentence's words a language capitalises whatever they are:
# German and Luxembourgish capitalise every noun. Measured on the German dev
# pages: the capital share of their article paragraphs (25 words and more)
# is at its median, 75th and 90th percentile 0.356, 0.408 and 0.465, of the
# English ones 0.120, 0.163 and 0.256; with German = n + (1 - n) * English,
# n is 0.27, 0.29 and 0.28 at those points.
NOUN_CAPITALS = {"de": 0.27, "lb": 0.27}


def title_limit(limit: float, language: str) -> float:
    """A limit on a line's share of capitalised words (``title_ratio``: a
    headline in Title Case, a list of names), set for a language that
    capitalises names and sentence starts only, for a page in ``language``:
    in a language that capitalises its nouns too, that share of the other
    words may be capitalised besides.

    >>> title_limit(0.4, "en"), round(title_limit(0.4, "de"), 3)
    (0.4, 0.562)
    """
    nouns = NOUN_CAPITALS.get(language, 0.0)
    return nouns + (1.0 - nouns) * limit if nouns else limit


# Share-of-tokens features of a very long block are estimated on its first tokens.
SAMPLE_TOKENS = 2000


def _count(rx: _Pattern, text: str) -> int:
    """How many times ``rx`` matches in ``text`` (without building a list)."""
    return rx.subn("", text)[1]


class Features(NamedTuple):
    """What the scoring cleaners know of one block. Immutable: one object
    serves every block with the same text, in every pass (a named tuple,
    which builds faster than a frozen dataclass)."""

    tokens: int
    words: int
    chars: int
    cjk: int
    stopwords: float
    ends_sentence: bool
    sentences: int
    title_ratio: float
    digit_ratio: float
    separators: int
    ends_colon: bool
    commas: int
    letters: int
    upper: int
    key: str
    """the block's matching key (see :func:`newsclean.lexicon.key`)"""
    quotes: bool
    glued: bool
    """a word with a capital glued after lower-case letters ("StudentAthleteA"): text of
    several links run together"""
    content_words: frozenset[str]
    """case-folded words of four letters or more that are not function words"""


class _Tokens(NamedTuple):
    """A line's tokens, as its features and the language detection read them
    (they depend on the line's text only)."""

    ntok: int
    sample: list[str]
    """the first :data:`SAMPLE_TOKENS` tokens"""
    joined: str
    """a space, then the sample joined by spaces"""
    lows: list[str]
    """the sample case-folded"""
    cjk: int
    """Han, Hiragana and Katakana characters"""
    scans: _Scans
    """the patterns to read the line with"""


def _tokens(text: str) -> _Tokens:
    """The tokens of a line (see :class:`_Tokens`)."""
    if text.isascii():
        toks = _A_TOKEN.findall(text)
        cjk = 0
        scans = _SCANS  # not read: an ASCII line has its own patterns
    else:
        # one scan finds a low line, which has no CJK character, or where to look for one
        outside = NOT_LOW.search(text)
        if outside is None:
            scans = _low_scans()
            cjk = 0
        else:
            scans = _SCANS
            cjk = len(_NOT_CJK.sub("", text)) if _maybe_cjk().search(text, outside.start()) else 0
        toks = scans.token.findall(text)
    ntok = len(toks)
    sample = toks[:SAMPLE_TOKENS] if ntok > SAMPLE_TOKENS else toks
    joined = " " + " ".join(sample)
    # The tokens hold no white space and casefold() maps character by character,
    # a letter, mark or digit never to white space: the split gives the tokens
    # case-folded, one for one.
    return _Tokens(ntok, sample, joined, joined.casefold().split(), cjk, scans)


def _language_evidence(text: str, pending: dict[str, _Tokens]) -> tuple[int, tuple[str, ...], int, int]:
    """A block's tokens, the function words (of any language) among them, its
    CJK characters and its Kana (Hiragana and Katakana) characters, as
    :func:`detect_language` counts them (of its first characters; no function
    word on a block of fewer than ``LANGUAGE_MIN_TOKENS`` tokens).

    The tokens of a line read whole go to ``pending``, for its features.
    """
    if len(text) > LANGUAGE_MAX_CHARS:
        tokens = _tokens(text[:LANGUAGE_MAX_CHARS])
    else:
        tokens = pending[text] = _tokens(text)
    # The case-folded tokens are those of the case-folded text: casefold() maps
    # each character to characters of its class among letters and marks,
    # digits, apostrophes and the rest (tests/test_features.py checks every
    # code point; on ASCII it is lower()), and the token pattern only reads
    # these classes. The sample is every token: a text of LANGUAGE_MAX_CHARS
    # characters has at most half as many tokens, fewer than SAMPLE_TOKENS.
    ntok, _, _, lows, cjk, _ = tokens
    # (Kana are looked for only in a line with CJK characters)
    kana = len(_NOT_KANA.sub("", text[:LANGUAGE_MAX_CHARS])) if cjk else 0
    if ntok < LANGUAGE_MIN_TOKENS:
        return ntok, (), cjk, kana
    # only the function words of some language count for any
    return ntok, tuple(filter(all_stopwords().__contains__, lows)), cjk, kana


def detect_language(doc: Document) -> str:
    """Name the page language from the function words of its longer blocks.

    Returns ``"und"`` when there is too little evidence; ``"zh"`` or
    ``"ja"`` when Han and Kana characters dominate: ``"ja"`` when Kana
    (Hiragana, Katakana) make up ``JA_MIN_KANA`` of them, as Japanese writes
    its particles and endings in Hiragana and Chinese has no Kana.
    Korean, written with spaces, is told by its function words.
    """
    return _detect_language(doc, {})


def _detect_language(doc: Document, pending: dict[str, _Tokens]) -> str:
    """:func:`detect_language`, leaving in ``pending`` the tokens of the lines
    it tokenized."""
    stop = load_stopwords()
    langs = list(stop)
    # the function words of the blocks read, counted per language at the end
    # (once per page, not once per block)
    found: list[str] = []
    seen = 0
    cjk = 0
    kana = 0
    memo = doc.memo(__name__ + ".language")
    for b in doc.blocks:
        text = b.content
        ev = memo.get(text)
        if ev is None:
            ev = memo[text] = _language_evidence(text, pending)
        ntok, words, c, k = ev
        cjk += c
        kana += k
        if ntok < LANGUAGE_MIN_TOKENS:
            continue
        found += words
        seen += ntok
        if seen > LANGUAGE_MAX_TOKENS:
            break
    if cjk > 2 * max(seen, 1):
        return "ja" if kana >= JA_MIN_KANA * cjk else "zh"
    if not langs:
        return "und"
    # (each function word counted once, then added to the languages it is a
    # function word of: one pass over the words found, not one per language)
    hits = [0] * len(langs)
    languages_of = stopword_languages()
    for word, n in Counter(found).items():
        for lang in languages_of[word]:
            hits[lang] += n
    # the first language with the most hits
    best = max(range(len(langs)), key=hits.__getitem__)
    if hits[best] < LANGUAGE_MIN_HITS:
        return "und"
    return langs[best]


def _ascii_features(text: str, words_of: frozenset[str], text_key: str, tokens: _Tokens) -> Features:
    """:func:`_block_features` of an ASCII line, with ``str`` and ``bytes``
    methods where it can."""
    ntok, sample, joined, lows, _, _ = tokens
    nsample = len(sample)
    sw = sum(map(words_of.__contains__, lows)) / nsample if nsample else 0.0
    # a token starts with a letter or a digit
    nalpha = nsample - len(_A_DIGIT_START.findall(joined))
    title = len(_A_CAP_START.findall(joined)) / nalpha if nalpha else 0.0
    nchar = len(text)
    raw = text.encode("ascii")
    ndigits = nchar - len(raw.translate(None, _A_DIGITS))
    digits = ndigits / nchar if nchar else 0.0
    ends = _ends_sentence(text)
    sentences = (
        len(_A_INNER_SENTENCE.findall(text)) if ("." in text or "!" in text or "?" in text) else 0
    ) + (1 if ends else 0)
    # the content words: the lower-case tokens of four characters or more
    # (lower() keeps an ASCII token's length), but the function words and
    # numbers. The distinct tokens first (their hashes are cached: the
    # function words were counted above), then a loop over the few left; a
    # line without a digit holds no number
    distinct = frozenset(lows).difference(words_of)
    if ndigits:
        content = frozenset([w for w in distinct if len(w) >= 4 and not w.isdigit()])
    else:
        content = frozenset([w for w in distinct if len(w) >= 4])
    # (positional: a named tuple builds faster so; in the order of its fields)
    return Features(
        ntok,  # tokens
        ntok,  # words
        nchar,  # chars
        0,  # cjk
        sw,  # stopwords
        ends,  # ends_sentence
        sentences,
        title,  # title_ratio
        digits,  # digit_ratio
        len(_A_PIPES.findall(text)) if ("|" in text or "/" in text or ">" in text) else 0,  # separators
        text.endswith(":"),  # ends_colon
        text.count(","),  # commas
        nchar - len(raw.translate(None, _A_LETTERS)),  # letters
        nchar - len(raw.translate(None, _A_UPPER)),  # upper
        text_key,  # key
        '"' in text,  # quotes
        _A_GLUED.search(text) is not None,  # glued
        content,  # content_words
    )


def _ends_sentence(text: str) -> bool:
    """Does the last character before the closing quotes and brackets (and a
    final line break) end a sentence? The border of a table cell ("... today. |")
    does not count."""
    last = text[-1:]
    if last not in _TRAILING:  # (nothing to strip: the common case)
        return last in _ENDERS or (last == ";" and _greek_before(text))
    s = (text[:-1] if text.endswith("\n") else text).rstrip(" |").rstrip(_CLOSERS)
    return bool(s) and (s[-1] in _ENDERS or (s[-1] == ";" and _greek_before(s)))


def _greek_before(text: str) -> bool:
    """Is the character before the last of ``text`` a Greek letter? The Greek
    question mark (U+037E) is a semicolon once the text is in NFC: after a
    Greek word, ";" ends a question ("… στο αεροδρόμιο;")."""
    c = text[-2:-1]
    return "\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff"


def _block_features(
    text: str, words_of: frozenset[str], text_key: str | None = None, tokens: _Tokens | None = None
) -> Features:
    """The features of one block's content, with ``words_of`` the function
    words of the page language (and ``text_key`` its key, ``tokens`` its
    tokens if known)."""
    if text_key is None:
        text_key = key(text)
    if tokens is None:
        tokens = _tokens(text)
    if text.isascii():
        return _ascii_features(text, words_of, text_key, tokens)
    ntok, sample, _, lows, cjk, scans = tokens
    words = ntok + cjk // 2 if cjk else ntok
    if cjk:  # a run of CJK characters is one token: count its characters instead
        words = max(1, ntok - 1) + cjk // 2
    elif ntok > 3 and _SYLLABIC.search(text):
        # Vietnamese writes a space between syllables, a word being one or two
        # of them: its tokens count as two thirds of a word each
        words = (ntok * 2 + 2) // 3
    nsample = len(sample)
    sw = sum(map(words_of.__contains__, lows)) / nsample if nsample else 0.0
    # of the tokens starting with a letter, those starting with a capital
    heads = "".join(map(_FIRST, sample))
    if heads.isalpha():
        nalpha, nupper = len(heads), sum(map(str.isupper, heads))
    else:
        letters = [c for c in heads if c.isalpha()]
        nalpha, nupper = len(letters), sum(map(str.isupper, letters))
    title = nupper / nalpha if nalpha else 0.0
    nchar = len(text)
    digits = len(scans.not_digit.sub("", text)) / nchar if nchar else 0.0
    ends = _ends_sentence(text)
    sentences = _count(_INNER_SENTENCE, text) + (1 if ends else 0)
    # a mark of _PIPES; a quotation mark (tested one by one: any() over a
    # generator of the tests costs several times more)
    marked = (
        "|" in text or "/" in text or ">" in text or "•" in text or "·" in text or "»" in text or "›" in text
    )
    quoted = '"' in text or "“" in text or "”" in text or "„" in text
    quoted = quoted or "«" in text or "»" in text or "「" in text or "」" in text
    return Features(
        ntok,  # tokens
        words,
        nchar,  # chars
        cjk,
        sw,  # stopwords
        ends,  # ends_sentence
        sentences,
        title,  # title_ratio
        digits,  # digit_ratio
        _count(scans.pipes, text) if marked else 0,  # separators
        text.endswith(":"),  # ends_colon
        text.count(",") + text.count("，") + text.count("、"),  # commas
        nchar - len(scans.letters.sub("", text)),  # letters
        len(scans.upper.findall(text)),  # upper
        text_key,  # key
        quoted,  # quotes
        bool(_GLUED.search(text)),  # glued
        frozenset(  # content_words
            low
            for t, low in zip(sample, lows, strict=True)
            if len(t) >= 4 and low not in words_of and not t.isdigit()
        ),
    )


def features(doc: Document) -> list[Features]:
    """The features of every block of ``doc`` (computed once, then cached).

    Also sets ``doc.language`` when the configuration says ``"auto"``.
    """
    cached = doc.records.features
    if cached is not None:
        return cached
    # the tokens of the lines the language detection read, until their features are made
    pending: dict[str, _Tokens] = {}
    if doc.language == "und":
        lang = doc.config.language
        doc.language = _detect_language(doc, pending) if lang == "auto" else lang
    words_of = load_stopwords().get(doc.language)
    if words_of is None:
        words_of = all_stopwords()
    # a block's features depend on its text and the language only
    memo = doc.memo((__name__, doc.language))
    keys = doc.memo(KEY_MEMO)
    out: list[Features] = []
    for b in doc.blocks:
        text = b.content
        f = memo.get(text)
        if f is None:
            f = memo[text] = _block_features(text, words_of, keys.get(text), pending.pop(text, None))
        out.append(f)
    doc.records.features = out
    return out

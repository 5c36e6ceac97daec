"""Block features that hold in any language, and page-language detection.

Computed once per document and shared by every cleaner that needs them.
Chinese and Japanese lines have no spaces between words: their length is
measured in characters (two characters count as one word).

>>> from newsclean.document import Document
>>> doc = Document.from_text("Share\\nThe minister said on Monday that the talks would go on.")
>>> f = features(doc)
>>> f[1].words, f[1].ends_sentence, doc.language
(11, True, 'en')
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .document import Document
from .lexicon import key, load_stopwords

__all__ = ["Features", "detect_language", "features"]

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_SENTENCE_END = regex.compile(r"[.!?。！？…](?:[\"'”’»)\]]*)$")
_INNER_SENTENCE = regex.compile(r"[\p{Ll}\p{N})\"”’»][.!?](?:[\"'”’»)\]]*) \p{Lu}|[。！？]")
_PIPES = regex.compile(r"\s[|•·/»›>]\s")
_DIGIT = regex.compile(r"\p{N}")
_GLUED = regex.compile(r"\p{Ll}{3}\p{Lu}\p{Ll}")
_QUOTE = regex.compile(r"[\"“”„«»「」]")
_LETTER = regex.compile(r"\p{L}")
_UPPER = regex.compile(r"\p{Lu}")

# Minimum evidence (function-word hits) before a language is named.
LANGUAGE_MIN_HITS = 5
# Blocks shorter than this (in tokens) are not used to detect the language.
LANGUAGE_MIN_TOKENS = 6
# Only the first tokens of a page are needed to tell its language.
LANGUAGE_MAX_TOKENS = 4000
# ...and of each block, its first characters.
LANGUAGE_MAX_CHARS = 3000
# Share-of-tokens features of a very long block are estimated on its first tokens.
SAMPLE_TOKENS = 2000


def _count(rx: regex.Pattern[str], text: str) -> int:
    """How many times ``rx`` matches in ``text`` (without building a list)."""
    return rx.subn("", text)[1]


@dataclass(frozen=True, slots=True)
class Features:
    """What the scoring cleaners know of one block."""

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


def detect_language(doc: Document) -> str:
    """Name the page language from the function words of its longer blocks.

    Returns ``"und"`` when there is too little evidence; ``"zh"``/``"ja"``
    when Han/Kana characters dominate.
    """
    stop = load_stopwords()
    hits = dict.fromkeys(stop, 0)
    seen = 0
    cjk = 0
    for b in doc.blocks:
        text = b.content[:LANGUAGE_MAX_CHARS]
        toks = _TOKEN.findall(text.casefold())
        cjk += _count(_CJK, text) if not text.isascii() else 0
        if len(toks) < LANGUAGE_MIN_TOKENS:
            continue
        for lang, words in stop.items():
            hits[lang] += sum(1 for t in toks if t in words)
        seen += len(toks)
        if seen > LANGUAGE_MAX_TOKENS:
            break
    if cjk > 2 * max(seen, 1):
        return "zh"
    best = max(hits, key=lambda k: hits[k]) if hits else "und"
    if not hits or hits[best] < LANGUAGE_MIN_HITS:
        return "und"
    return best


def features(doc: Document) -> list[Features]:
    """The features of every block of ``doc`` (computed once, then cached).

    Also sets ``doc.language`` when the configuration says ``"auto"``.
    """
    cached = doc.meta.get("features")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    if doc.language == "und":
        lang = doc.config.language
        doc.language = detect_language(doc) if lang == "auto" else lang
    stop = load_stopwords()
    words_of = stop.get(doc.language)
    if words_of is None:
        words_of = frozenset().union(*stop.values()) if stop else frozenset()
    out: list[Features] = []
    for b in doc.blocks:
        text = b.content
        toks = _TOKEN.findall(text)
        ntok = len(toks)
        cjk = 0 if text.isascii() else _count(_CJK, text)
        words = ntok + cjk // 2 if cjk else ntok
        if cjk:  # a run of CJK characters is one token: count its characters instead
            words = max(1, ntok - 1) + cjk // 2
        sample = toks[:SAMPLE_TOKENS] if ntok > SAMPLE_TOKENS else toks
        sw = sum(1 for t in sample if t.casefold() in words_of) / len(sample) if sample else 0.0
        alpha = [t for t in sample if t[0].isalpha()]
        title = sum(1 for t in alpha if t[0].isupper()) / len(alpha) if alpha else 0.0
        nchar = len(text)
        digits = _count(_DIGIT, text) / nchar if nchar else 0.0
        ends = bool(_SENTENCE_END.search(text))
        sentences = _count(_INNER_SENTENCE, text) + (1 if ends else 0)
        out.append(
            Features(
                tokens=ntok,
                words=words,
                chars=nchar,
                cjk=cjk,
                stopwords=sw,
                ends_sentence=ends,
                sentences=sentences,
                title_ratio=title,
                digit_ratio=digits,
                separators=_count(_PIPES, text),
                ends_colon=text.endswith(":"),
                commas=text.count(",") + text.count("，") + text.count("、"),
                letters=_count(_LETTER, text),
                upper=_count(_UPPER, text),
                key=key(text),
                quotes=bool(_QUOTE.search(text)),
                glued=bool(_GLUED.search(text)),
                content_words=frozenset(
                    low
                    for t in sample
                    if len(t) >= 4 and (low := t.casefold()) not in words_of and not t.isdigit()
                ),
            )
        )
    doc.meta["features"] = out
    return out

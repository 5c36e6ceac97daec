"""Bylines, timestamps and counters.

Lines such as "By IANS | Updated: January 6, 2025 07:50 IST",
"March 17, 2021 - 09:15 By Yonhap", "Associated Press November 19, 2019,
9:02 AM", "15. Juni 2022", "Von Anna Schmidt", "Daniel Kim Views" or
"5 min read": who wrote it and when, not the article.

>>> from newsclean.document import Document
>>> doc = Document.from_text("Headline here\\nBy IANS | Updated: January 6, 2025 07:50 IST\\nBody text.")
>>> Bylines().annotate(doc)
>>> doc.render()
'Headline here\\nBody text.'
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..document import Document
from ..features import features
from ..lexicon import NOT_LOW, Lexicon, load_lexicon, low_pattern
from .base import Cleaner

__all__ = ["Bylines"]

# Bylines are short.
BYLINE_MAX_WORDS = 16
# This many dated lines in a row are a list (a schedule), not bylines.
STAMP_LIST_MIN = 3
# Words in a timestamp line that are not date, time or byline vocabulary.
STAMP_MAX_OTHER_WORDS = 4

_NUMERIC_DATE = regex.compile(
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})\b|\b\d{1,2}:\d{2}\b"
    r"|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}]+)*|\p{N}+")
_TIME_BITS = frozenset({"a", "m", "p", "am", "pm", "h", "th", "st", "nd", "rd", "uhr"})
_TIMEZONE = regex.compile(r"^(?:[A-Z]{2,4}T|UTC|GMT|IST|CET|CEST|EST|EDT|PST|PDT|MEZ|MESZ|AM|PM)$")
# line text -> does it name a date (shared by byline_reason and dated_runs)
_DATED_MEMO = __name__ + ".dated"
_AUTHOR_LABEL = regex.compile(
    r"^(?:author|authors|autor|autorin|autoren|auteur|auteurs|autora|autores|redakteur|redaktion|"
    r"reporter|correspondent|korrespondent)\s*:",
    regex.IGNORECASE,
)


# The signature of an embedded post ("— Jane Doe (@janedoe) May 3, 2024"):
# the quoted post's, not the article's byline.
# (its dash is the block's bullet)
_POST_SIGNATURE = regex.compile(r"^[^()]{1,80}\(@\w{1,30}\)")
_DASHES = frozenset("—–-")


@lru_cache(maxsize=1)
def _by_regex(by_words: frozenset[str]) -> regex.Pattern[str]:
    alts = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(by_words, key=len, reverse=True))
    return regex.compile(rf"^(?i:{alts})\s*:?\s+(?=[\p{{Lu}}\p{{Lt}}@])")


def _words(text: str) -> list[str]:
    """The words of ``text`` (``_WORD``), found by the standard library's
    engine on a low line (the same matches, see ``low_pattern``)."""
    rx = low_pattern(_WORD) if text.isascii() or NOT_LOW.search(text) is None else _WORD
    return rx.findall(text)


def _is_name(word: str) -> bool:
    return word[:1].isupper() or word.isdigit()


def byline_reason(
    text: str, words: int, ends_sentence: bool, lex: Lexicon, dated_memo: dict[str, bool] | None = None
) -> str | None:
    """Why ``text`` is a byline or timestamp line, or None. Whether it is
    dated, when that is tested, goes into ``dated_memo`` (see ``dated_runs``)."""
    if words == 0 or words > BYLINE_MAX_WORDS:
        return None
    toks = _words(text)
    low = " ".join(toks).casefold().split()  # casefold() never makes white space
    if _AUTHOR_LABEL.match(text):
        return "an author line"
    # "By Jane Doe", "Von Anna Schmidt | 12.03.2024"
    if _by_regex(lex.by_words).match(text) and (not ends_sentence or words <= 6):
        return "a byline"
    dated = _dated(text, low, lex)
    if dated_memo is not None:
        dated_memo[text] = dated
    # "5 minutes ago", "vor 5 Minuten"; "15 Min" alone is a duration (a recipe's baking time)
    relative = (
        not lex.relative.isdisjoint(low) and any(t.isdigit() for t in low) and not lex.ago.isdisjoint(low)
    )
    if dated or relative:
        vocab = lex.stamp_vocabulary
        other = [
            t
            for t, lo in zip(toks, low, strict=True)
            if not (
                t.isdigit()
                or lo in vocab
                or _TIMEZONE.match(t)
                or lo in ("a", "m", "p", "am", "pm", "th", "st", "nd", "rd")
            )
        ]
        if len(other) <= STAMP_MAX_OTHER_WORDS and all(_is_name(t) for t in other):
            return "a timestamp" if not other else "a byline with a timestamp"
    # "Daniel Kim Views", "1,234 views", "5 min read"
    if low and (low[-1] in lex.counter_words or " ".join(low[-2:]) in lex.counter_words):
        head = toks[:-1]
        if len(head) <= 5 and all(_is_name(t) for t in head):
            return "a byline with a counter"
    return None


class Bylines(Cleaner):
    """Drop byline, timestamp and view-counter lines (any lexicon language).

    A run of ``STAMP_LIST_MIN`` or more dated lines in a row is a list (tour
    dates, a schedule, a timeline), not a byline: it is left to the other
    cleaners. With ``Config(keep_bylines=True)`` the bylines are not dropped;
    the region cleaner keeps the ones just above the article.
    """

    name = "bylines"

    def annotate(self, doc: Document) -> None:
        lex = load_lexicon()
        feats = features(doc)
        found: list[tuple[int, str]] = []
        # words and ends_sentence are features of the text: the reason is too
        memo = doc.memo(__name__)
        dated_memo = doc.memo(_DATED_MEMO)
        for block in doc.undecided():
            text = block.content
            if "(@" in text and block.text.lstrip()[:1] in _DASHES and _POST_SIGNATURE.match(text):
                continue  # an embedded post's signature stays with the post
            why = memo.get(text, "")
            if why == "":
                f = feats[block.index]
                why = memo[text] = byline_reason(text, f.words, f.ends_sentence, lex, dated_memo)
            if why:
                found.append((block.index, why))
        if not found:
            return
        # the runs of dated lines (a timestamp line in one is a list item)
        listed = dated_runs(doc, lex)
        i = 0
        while i < len(found):
            j = i + 1
            while j < len(found) and found[j][0] == found[j - 1][0] + 1:
                j += 1
            dated = sum(1 for _, why in found[i:j] if "timestamp" in why)
            if dated < STAMP_LIST_MIN:
                for index, why in found[i:j]:
                    if "timestamp" in why and index in listed:
                        continue
                    if doc.config.keep_bylines:
                        # left for the region cleaner, which keeps the ones
                        # that sign the article
                        doc.meta.setdefault("bylines", set()).add(index)
                    else:
                        doc.drop(doc.blocks[index], self.name, f"dropped: {why}")
            i = j


def _dated(text: str, low: list[str], lex: Lexicon) -> bool:
    """Does a line (``low``: its words, case-folded) name a date (a month, or
    a date in digits)?"""
    return bool(_NUMERIC_DATE.search(text)) or not lex.months.isdisjoint(low)


def line_dated(doc: Document, text: str, lex: Lexicon) -> bool:
    """Does a line of ``doc`` name a date (see ``_dated``)? Answered once per
    line text (the memo ``byline_reason`` fills too)."""
    memo = doc.memo(_DATED_MEMO)
    dated = memo.get(text)
    if dated is None:
        # (casefold() never maps a character to white space)
        dated = memo[text] = bool(text) and _dated(text, " ".join(_words(text)).casefold().split(), lex)
    return bool(dated)


def dated_runs(doc: Document, lex: Lexicon) -> set[int]:
    """Indices of the blocks in runs of ``STAMP_LIST_MIN`` or more dated lines
    in a row (tour dates, a schedule, a timeline)."""
    out: set[int] = set()
    run: list[int] = []
    for b in doc.blocks:
        if line_dated(doc, b.content, lex):
            run.append(b.index)
            continue
        if len(run) >= STAMP_LIST_MIN:
            out.update(run)
        run = []
    if len(run) >= STAMP_LIST_MIN:
        out.update(run)
    return out

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

import re
from collections import Counter
from functools import lru_cache

import regex

from ..document import Block, DecisionKind, Document
from ..features import features
from ..lexicon import NOT_LOW, Lexicon, all_stopwords, key, load_lexicon, load_stopwords, low_pattern
from .base import Cleaner

__all__ = ["Bylines", "post_signature"]

# Bylines are short.
BYLINE_MAX_WORDS = 16
# This many dated lines in a row are a list (a schedule), not bylines.
STAMP_LIST_MIN = 3
# Words in a timestamp line that are not date, time or byline vocabulary.
STAMP_MAX_OTHER_WORDS = 4
# A count's magnitude in lower case after its number is at most this long
# ("3,4 k vues", "12 mil visualizaciones", "1,2 mln wyświetleń").
MAGNITUDE_MAX_CHARS = 3
# ...but in a meta bar ("New Delhi, Example Bureau | Updated: 19 November
# 2019"), this many in each part between two bars.
BAR_PART_MAX_WORDS = 5
# A timestamp in a script without case ("记者 张三 3分钟前", "2시간 전 김철수 기자",
# "김철수 기자 2024.03.12 10:21", "2024年3月12日 10時21分 配信") has its names told by their length: this many words of this many letters at most.
CASELESS_NAMES_MAX = 2
CASELESS_NAME_MAX_CHARS = 4

_NUMERIC_DATE = regex.compile(
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})\b|\b(?:[01]?\d|2[0-4]):[0-5]\d\b"
    r"|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)"
    # a date in Han or Hangul units, with its year or with its month
    # ("2024年3月12日", "2024년 3월 12일", "3月12日"), a time ("10時21分", "10시 21분")
    r"|(?<!\d)(?:\d{4}\s?[年년]\s?)?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]"
    r"|(?<!\d)\d{1,2}\s?[時시]\s?\d{1,2}\s?[分분]",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}]+)*|\p{N}+")
_TIME_BITS = frozenset({"a", "m", "p", "am", "pm", "h", "th", "st", "nd", "rd", "uhr"})
# ASCII letters, no flag: the standard library's engine matches as `regex`
# does, and compiles it in a fraction of the time
_TIMEZONE = re.compile(r"^(?:[A-Z]{2,4}T|UTC|GMT|IST|CET|CEST|EST|EDT|PST|PDT|MEZ|MESZ|AM|PM)$")
# a line that opens with a time of day ("19:30", "10.00 Uhr", "7:30 pm",
# "13:00 – 17:00 Uhr"), after a bullet maybe
# ("12.03" alone is a day and a month: the dot takes "Uhr" or "h" after it)
_SCHEDULE_TIME = re.compile(
    r"^[^\w]{0,3}\d{1,2}(?::\d{2}(?!\d|[./-]\d)|\.\d{2}\s?(?:uhr|h)\b)", re.IGNORECASE
)
# a time of day alone, or a span of two ("9:00 am", "13:00 – 13:15 Uhr")
_CLOCK_TIME = r"\d{1,2}(?::\d{2}(?:\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.))?|\.\d{2}\s?(?:uhr|h)\b)"
_TIME_ONLY = re.compile(rf"^\W{{0,3}}{_CLOCK_TIME}(?:\s*[-–—]\s*{_CLOCK_TIME})?\W*$", re.IGNORECASE)
# the end of a span after its first time (" – 13:15 Uhr")
_SPAN_END = re.compile(r"^\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.)?\s*[-–—]\s*\d{1,2}[:.]\d{2}", re.IGNORECASE)
# line text -> does it name a date (shared by byline_reason and dated_runs)
_DATED_MEMO = __name__ + ".dated"
# A short month of another language than the page's ("out", "set", "mar")
# names a month next to a day (1 to 31) or a year (19xx, 20xx), with at most
# a dot, a slash or a hyphen between ("Set. 12", "12. Okt", "03/out/2019"),
# or a short stamp word ("3 de out", "out. de 2019").
DAY_MAX = 31
_DATE_JOINTS = frozenset({"", ".", "/", "-"})
DATE_JOINER_MAX_LETTERS = 3
_AUTHOR_LABEL = regex.compile(
    r"^(?:author|authors|autor|autorin|autoren|auteur|auteurs|autora|autores|redakteur|redaktion|"
    r"reporter|correspondent|korrespondent)\s*:",
    regex.IGNORECASE,
)


# A post's meta line: its date, the author, the categories or tags it is
# filed under ("21/06/2014 Jane Roe Books, Kit Reviews, News",
# "12. März 2020 von Anna in Garten, Allgemein 0", "Max Muster – 12.03.2020
# – Kolumne, Allgemein"): a date in full (a day, a month, a year), at most
# this many words before it (the author, the site's desk) ...
META_HEAD_MAX_WORDS = 6
# (the bylines cleaner notes the lines it drops as such in
# ``doc.records.meta_lines``: the region cleaner counts none as chrome around
# the lines next to it, as it sits in the article's header)
META_LINE = "a post's meta line with a timestamp"
# ... and a list of two or more items after it, each of at most this many
# words (the first one may hold the author's name and a first category:
# that many more), the last one followed by a comment count ("0",
# "3 Comments")
META_ITEM_MAX_WORDS = 3
META_FIRST_MAX_WORDS = 7
META_MIN_ITEMS = 2
# a date in full: "21/06/2014", "2020-03-12", "12. März 2020", "March 12,
# 2020", "20 janvier 2020" (the year may run into what follows,
# "20 janvier 202020 janvier 2020" where a dump glued two dates); at the
# line's start a month and a year will do, as the segmenter takes the day of
# "6. Dezember 2022 …" for a list's number
_FULL_DATE = regex.compile(
    r"^(?P<m>\p{L}{3,12})\.?\s+(?:19|20)\d{2}\b"
    r"|\b(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b|\d{4}-\d{1,2}-\d{1,2}\b"
    r"|\d{1,2}\.?\s*(?:de\s+)?(?P<m>\p{L}{3,12})\.?\s*(?:de\s+)?(?:19|20)\d{2}"
    r"|(?P<m>\p{L}{3,12})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2})",
)
# "and" in the languages of the lexicons: a list whose items it joins is a
# sentence's ("Am 12. März 2024 kamen Anna, Max und Paul"), not a list of tags
_AND = frozenset({"and", "und", "et", "y", "e", "i", "en", "og", "och", "ja", "и", "oraz", "eta"})
# a comment count closing a meta line: "0", "3 Comments"
COUNT_MAX_DIGITS = 5


def _without_count(tail: str) -> str:
    """``tail`` without the comment count that closes it ("Garten,
    Allgemein 0" -> "Garten, Allgemein"; "News, Books 3 Comments")."""
    parts = tail.rsplit(None, 2)
    if len(parts) >= 2 and parts[-1].isalpha() and parts[-2].isdigit() and len(parts[-2]) <= COUNT_MAX_DIGITS:
        return tail[: tail.rfind(parts[-2])]
    if parts and parts[-1].isdigit() and len(parts[-1]) <= COUNT_MAX_DIGITS:
        return tail[: tail.rfind(parts[-1])]
    return tail


# The signature of an embedded post ("— Jane Doe (@janedoe) May 3, 2024"):
# the quoted post's, not the article's byline.
# (its dash is the block's bullet)
_POST_SIGNATURE = regex.compile(r"^[^()]{1,80}\(@\w{1,30}\)")
_DASHES = frozenset("—–-")
# A section break: one rule character three times or more, in a row or
# spaced ("___", "* * *", "---", "•••"), or an asterism; not a bar ("|"), an
# ellipsis, a table's rule ("------ ------") nor a rating ("★★★★☆").
SECTION_BREAK = regex.compile(r"^(?:([-_=*~#+•·◆◇♦❖✦–—―])\1{2,}|([-_=*~#+•·◆◇♦❖✦–—―])(?: \2){2,}|⁂)$")
# The characters a section break starts with (a cheap test before the pattern).
_BREAK_FIRST = frozenset("-_=*~#+•·◆◇♦❖✦–—―⁂")


def section_break(text: str) -> bool:
    """Does ``text`` (stripped) match ``SECTION_BREAK``? Most lines start
    with a character no break starts with: a set look-up says so.

    >>> section_break("* * *"), section_break("———"), section_break("Anna")
    (True, True, False)
    """
    return text[:1] in _BREAK_FIRST and SECTION_BREAK.match(text) is not None


# A time of day and nothing else: "4:14 p.m.", "10 p.m.", "14:35 Uhr", "9h30".
_CLOCK = regex.compile(r"^\d{1,2}(?:[:.h]\d{2})?(?:\s*(?:[ap]\.?\s?m\.?|uhr|h))?$", regex.IGNORECASE)
# An entry of a live story opens with its time under a rule and above a
# paragraph of at least this many words.
ENTRY_MIN_WORDS = 8


def post_signature(block: Block) -> bool:
    """Is ``block`` the signature of an embedded post, a dash, a name and
    a handle ("— Jane Doe (@janedoe) May 3, 2024")?

    >>> from newsclean.document import Document
    >>> [post_signature(b) for b in Document.from_text("— Jane Doe (@janedoe) May 3, 2024\\nJane Doe (@janedoe)").blocks]
    [True, False]
    """
    text = block.content
    return "(@" in text and block.text.lstrip()[:1] in _DASHES and _POST_SIGNATURE.match(text) is not None


@lru_cache(maxsize=1)
def _by_regex(by_words: frozenset[str]) -> regex.Pattern[str]:
    alts = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(by_words, key=len, reverse=True))
    return regex.compile(rf"^(?i:{alts})\s*:?\s+(?=[\p{{Lu}}\p{{Lt}}@])")


@lru_cache(maxsize=1)
def _by_ascii_starts(by_words: frozenset[str]) -> frozenset[str] | None:
    """The ASCII characters a match of ``_by_regex`` can start with, asked
    of its engine: each against the first characters of the words, as the
    pattern spells them (None when a word is empty and no such set exists)."""
    if not all(by_words):
        return None
    firsts = "|".join(sorted({regex.escape(w[0]).replace(r"\ ", r"\s") for w in by_words}))
    rx = regex.compile(rf"(?i:{firsts})")
    return frozenset(c for c in map(chr, range(128)) if rx.fullmatch(c))


def _by_match(text: str, by_words: frozenset[str]) -> bool:
    """Does ``_by_regex`` match ``text``? A line starting with an ASCII
    character no word of ``by_words`` starts with (most lines) is not tried.

    >>> lex = load_lexicon()
    >>> _by_match("By Jane Doe", lex.by_words), _by_match("Jane Doe", lex.by_words)
    (True, False)
    """
    first = text[:1]
    starts = _by_ascii_starts(by_words)
    if starts is not None and first.isascii() and first not in starts:
        return False
    return _by_regex(by_words).match(text) is not None


def _words(text: str) -> list[str]:
    """The words of ``text`` (``_WORD``), found by the standard library's
    engine on a low line (the same matches, see ``low_pattern``)."""
    rx = low_pattern(_WORD) if text.isascii() or NOT_LOW.search(text) is None else _WORD
    return rx.findall(text)


@lru_cache(maxsize=8)
def _phrases(vocabulary: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The entries of ``vocabulary`` of several words, as their words, by
    their first word ("just now" -> "just": (("just", "now"),))."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for entry in sorted(vocabulary):
        words = tuple(_words(entry))
        if len(words) > 1:
            by_first.setdefault(words[0], []).append(words)
    return {first: tuple(phrases) for first, phrases in by_first.items()}


_NO_WORDS: frozenset[str] = frozenset()


def _phrase_words(low: list[str], phrases: dict[str, tuple[tuple[str, ...], ...]]) -> frozenset[str]:
    """The words of the ``phrases`` that stand in ``low`` (a line's words,
    case-folded) one after the other ("il y a 5 minutes": "il", "y", "a")."""
    firsts = phrases.keys() & low  # most lines hold no first word of any: one set operation
    if not firsts:
        return _NO_WORDS
    found: set[str] = set()
    for i, word in enumerate(low):
        if word in firsts:
            for phrase in phrases[word]:
                if tuple(low[i : i + len(phrase)]) == phrase:
                    found.update(phrase)
    return frozenset(found)


def _is_name(word: str) -> bool:
    return word[:1].isupper() or word.isdigit()


def _caseless_names(words: list[str]) -> bool:
    """Can ``words`` be the names and titles of a timestamp (relative or
    dated) in a script without case (Han, Kana, Hangul), which no capital tells: a few
    short words of such letters ("张三", "기자"), never a clause?"""
    return len(words) <= CASELESS_NAMES_MAX and all(
        len(w) <= CASELESS_NAME_MAX_CHARS
        and not w.isascii()
        and w.isalpha()
        and w == w.casefold() == w.upper()
        for w in words
    )


# A timestamp's label whose date the dump lost ("Release date:", "Veröffentlicht
# am:", "Publié le :", "Fecha de publicación:"): a line of at most this many
# words of the stamp vocabulary, ending with a colon, one word of this many
# letters or more (not "On:")
EMPTY_STAMP_MAX_WORDS = 4
EMPTY_STAMP_MIN_CHARS = 4
EMPTY_STAMP = "a date's label without its date"
# a counter's label and a duration ("Reading time: 3 min")
READING_TIME = "a reading time"
# but not one with another label ending with a colon at most this many lines
# from it (a fact box's: see Bylines.annotate)
FACT_BOX_REACH = 2


def _empty_stamp(low: list[str], lex: Lexicon) -> bool:
    """Are ``low`` (a line's words, case-folded) only the words of a
    timestamp's label ("release date", "publié le")?"""
    if not low or all(len(w) < EMPTY_STAMP_MIN_CHARS for w in low):
        return False
    said = _phrase_words(low, _phrases(lex.stamp_words))
    return all(w in lex.stamp_words or w in said for w in low)


def _dated_head(text: str, other: list[str]) -> bool:
    """Are ``other``, the words of a line dated in digits that are no part
    of its date, a head of at most ``CASELESS_NAMES_MAX`` words parted from
    the date by a comma ("Thứ hai, 10/3/2025, 08:30", "Δευτέρα, 12/06/2025")?
    A weekday in a language the lexicons lack, which no capital tells: the
    head holds no digit and ends with the comma.

    >>> [_dated_head(t, w) for t, w in (("Thứ hai, 10/3/2025, 08:30", ["Thứ", "hai"]), ("Hôm nay là 10/3/2025", ["Hôm", "nay", "là"]))]
    [True, False]
    """
    if len(other) > CASELESS_NAMES_MAX:
        return False
    head, comma, _ = text.partition(",")
    return bool(comma) and not any(c.isdigit() for c in head) and len(head.split()) == len(other)


def byline_reason(
    text: str,
    words: int,
    ends_sentence: bool,
    lex: Lexicon,
    dated_memo: dict[str, bool] | None = None,
    language: str = "und",
    digits: bool = True,
) -> str | None:
    """Why ``text`` is a byline or timestamp line, or None, on a page in
    ``language``. Whether it is dated, when that is tested, goes into
    ``dated_memo`` (see ``dated_runs``). ``digits`` False says that ``text``
    holds no digit (no ``\\p{N}``): no date in digits is looked for.

    >>> lex = load_lexicon()
    >>> byline_reason("NBC OUT", 2, False, lex, language="en")
    >>> byline_reason("3 out 2019", 3, False, lex, language="en")
    'a timestamp'
    >>> byline_reason("Maria Souza OUT", 3, False, lex, language="pt")
    'a byline with a timestamp'
    """
    if words == 0 or words > BYLINE_MAX_WORDS:
        return None
    toks = _words(text)
    low = " ".join(toks).casefold().split()  # casefold() never makes white space
    if ":" in text and _AUTHOR_LABEL.match(text):
        return "an author line"
    if words <= EMPTY_STAMP_MAX_WORDS and text.endswith(":") and _empty_stamp(low, lex):
        return EMPTY_STAMP
    # "By Jane Doe", "Von Anna Schmidt | 12.03.2024"
    if _by_match(text, lex.by_words) and (not ends_sentence or words <= 6):
        return "a byline"
    numeric, month = _date_evidence(text, low, lex, digits)
    if dated_memo is not None:
        dated_memo[text] = numeric or month
    # a timestamp names a date for sure: "Sign Out" names none on an English page
    dated = numeric or (month and _month_named(text, low, lex, language))
    # "5 minutes ago", "vor 5 Minuten"; "15 Min" alone is a duration (a recipe's baking time);
    # an entry of several words needs no number ("Updated just now")
    ago_said = _phrase_words(low, _phrases(lex.ago))
    relative = bool(ago_said) or (
        not lex.relative.isdisjoint(low) and any(t.isdigit() for t in low) and not lex.ago.isdisjoint(low)
    )
    if dated or relative:
        # the words of the vocabulary's entries of several words where the line says them
        # ("il y a 5 minutes", "Mis à jour le 12 mars 2024", "last updated 12 May 2024")
        # (the few words this line adds to the vocabulary, kept apart: a union with
        # ``stamp_vocabulary``, a thousand words and more, would copy it on every dated line)
        said = ago_said | _phrase_words(low, _phrases(lex.stamp_vocabulary))
        if relative:
            # ("for 5 minutter siden": "for" is the timestamp's with "siden" after it)
            said = said | {
                first
                for first, last in lex.ago_frames
                if first in low and last in low[low.index(first) + 1 :]
            }
        vocab = lex.stamp_vocabulary
        other = [
            t
            for t, lo in zip(toks, low, strict=True)
            if not (
                t.isdigit()
                or lo in vocab
                or lo in said
                or _TIMEZONE.match(t)
                or lo in ("a", "m", "p", "am", "pm", "th", "st", "nd", "rd")
            )
        ]
        if other and not month and _programme_item(text):
            # a time of day and what happens then ("19:30 Uhr Konzert",
            # "10.00 Uhr Eröffnung"): an item of a programme, unless the
            # same words follow another time ("19:29 Jane Roe" signing the
            # entries of a live blog: see Bylines.annotate)
            return PROGRAMME_ITEM
        if (
            all(_is_name(t) for t in other)
            and (len(other) <= STAMP_MAX_OTHER_WORDS or _bar_of_names(text, said, vocab))
        ) or (not ends_sentence and (_caseless_names(other) or (numeric and _dated_head(text, other)))):
            return "a timestamp" if not other else "a byline with a timestamp"
    if "," in text and not ends_sentence and _meta_line(text, lex):
        return META_LINE
    # "Daniel Kim Views", "1,234 views", "5 min read"
    if low and (low[-1] in lex.counter_words or " ".join(low[-2:]) in lex.counter_words):
        head = toks[:-1]
        if (
            len(head) >= 2
            and head[-2].isdigit()
            and head[-1].isalpha()
            and len(head[-1]) <= MAGNITUDE_MAX_CHARS
        ):
            # the abbreviation of a count's magnitude in lower case
            # ("3,4 k vues", "12 mil visualizaciones"): a unit, no word
            head = head[:-1]
        if not head and lex.section_heading(text, 0, 0) == "comments":
            return None  # the word alone heads a section ("Commentaires", "Comentarios"): no count
        if len(head) <= 5 and all(_is_name(t) for t in head):
            return "a byline with a counter"
    # "Reading time: 3 min", "Tiempo de lectura: 4 minutos": a counter's label
    # before a colon, then only its count and the count's unit of time
    label, colon, count = text.partition(":")
    if colon and any(c.isdigit() for c in count):
        units = " ".join(_words(count)).casefold().split()
        if (
            units
            and " ".join(_words(label)).casefold() in lex.counter_words
            and all(u.isdigit() or u in lex.relative for u in units)
            and not units[-1].isdigit()
        ):
            return READING_TIME
    return None


def _programme_item(text: str) -> bool:
    """Does ``text`` open with a time of day (or a span of two) and go on
    with words alone ("19:30 Uhr Konzert", "7:30 pm Fireworks")? Not with
    a date, nor with figures (a result, "18:00 Home FC 57 : 33 Away FC"),
    nor with a label in capitals ("18:28 KEY EVENT").

    >>> [_programme_item(t) for t in ("19:30 Uhr Konzert", "18:00 Home 2 : 1 Away", "18:28 KEY EVENT")]
    [True, False, False]
    """
    m = _SCHEDULE_TIME.match(text)
    if m is None:
        return False
    rest = _SPAN_END.sub("", text[m.end() :], count=1)
    return not any(c.isdigit() for c in rest) and not rest.isupper()


def _meta_line(text: str, lex: Lexicon) -> bool:
    """Is ``text`` a post's meta line: a date in full with at most
    ``META_HEAD_MAX_WORDS`` words before it, and after it a list of
    categories or tags, short items parted by commas, ending maybe with a
    comment count ("21/06/2014 Jane Roe All, Books, Kit Reviews, News",
    "6. Dezember 2022 von Anna in Gefühle, Popkultur", "Jane Roe 20 janvier
    2020 évaluation, recherche 0 Comment")? Not a sentence that names a date
    and a list ("On 12 May 2024 she met Jane Roe, John Doe and Max Muster in
    Berlin, where ..."), whose parts are longer.

    >>> lex = load_lexicon()
    >>> _meta_line("21/06/2014 Jane Roe All, Books, Kit Reviews, News", lex)
    True
    >>> _meta_line("On 12 May 2024 Jane Roe met the mayor, the council and the press in Berlin", lex)
    False
    >>> _meta_line("Am 12. März 2024 kamen Anna, Max und Paul", lex)
    False
    """
    dates = [
        m
        for m in _FULL_DATE.finditer(text)
        if (
            all(w.casefold() in lex.months for w in m.captures("m"))
            if m.captures("m")
            else _month_in(m.group())
        )
    ]
    if not dates:
        return False
    if len(_words(text[: dates[0].start()])) > META_HEAD_MAX_WORDS:
        return False
    tail = _without_count(text[dates[-1].end() :])
    items = [_words(item) for item in tail.split(",")]
    if len(items) < META_MIN_ITEMS or not all(items):
        return False
    if len(items[0]) > META_FIRST_MAX_WORDS:
        return False
    if any(w.casefold() in _AND for item in items[1:] for w in item):
        return False
    return all(len(item) <= META_ITEM_MAX_WORDS for item in items[1:])


def _month_in(date: str) -> bool:
    """Does a date in digits hold a month, a number from 1 to 12 among its
    first two ("21/06/2014", "2020-03-12"; not "20-20-20", a fertilizer's
    grade)?"""
    parts = [int(p) for p in regex.split(r"[./-]", date) if p.isdigit()]
    if len(parts) >= 3 and parts[0] > DAY_MAX:  # year first
        return 1 <= parts[1] <= 12
    return any(1 <= p <= 12 for p in parts[:2])


def _in_vocab(word: str, vocab: frozenset[str], said: frozenset[str]) -> bool:
    return word in vocab or word in said


def _bar_of_names(text: str, said: frozenset[str], vocab: frozenset[str]) -> bool:
    """Is a dated line a meta bar: parts between bars ("|"), one the date
    and nothing else, the others a few names ("New Delhi, Example Bureau | Updated: 19 November 2019,
    09:01 AM"; the place, the desk or the author, and when)? ``vocab`` and
    ``said`` are the words of a timestamp (the stamp vocabulary, and the
    words its entries of several words add on this line)."""
    if "|" not in text:
        return False
    stamp = False
    for part in text.split("|"):
        toks = _words(part)
        names = [
            t for t in toks if not (t.isdigit() or _in_vocab(t.casefold(), vocab, said) or _TIMEZONE.match(t))
        ]
        if len(names) > BAR_PART_MAX_WORDS:
            return False
        # (one part is the date and nothing else: "Updated: 19 November 2019")
        stamp = stamp or (not names and any(t.isdigit() for t in toks))
    return stamp


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
        # (what names a month depends on the page language)
        memo = doc.memo((__name__, doc.language))
        dated_memo = doc.memo(_DATED_MEMO)
        for block in doc.undecided():
            text = block.content
            if post_signature(block):
                continue  # an embedded post's signature stays with the post
            why = memo.get(text, "")
            if why == "":
                f = feats[block.index]
                why = memo[text] = byline_reason(
                    text, f.words, f.ends_sentence, lex, dated_memo, doc.language, f.digit_ratio > 0
                )
            if why:
                found.append((block.index, why))
        if not found:
            return
        # a date's label among other labels ending with a colon ("Beginn:",
        # "Ende:", "Aktualisiert:", "Anschrift:": a fact box whose values
        # the dump sets apart) is the box's, not a timestamp's
        blocks = doc.blocks
        found = [
            (index, why)
            for index, why in found
            if why != EMPTY_STAMP
            or not any(
                blocks[k].content.endswith(":")
                for k in range(max(0, index - FACT_BOX_REACH), min(len(blocks), index + FACT_BOX_REACH + 1))
                if k != index
            )
        ]
        if not found:
            return
        found = _programme_items(doc, found)
        found = _byline_shaped(doc, found)
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
                    if "timestamp" in why and (index in listed or _entry_time(doc, index)):
                        continue
                    if why == BYLINE:
                        _record_name(doc, doc.blocks[index].content, lex.by_words)
                    elif why == BYLINE_STAMP:
                        _record_stamp_names(doc, doc.blocks[index].content, lex)
                    if doc.config.keep_bylines:
                        # left for the region cleaner, which keeps the ones
                        # that sign the article
                        doc.records.bylines.add(index)
                    else:
                        doc.drop(
                            doc.blocks[index], self.name, f"dropped: {why}", kind=_KIND.get(why, "byline")
                        )
                        if why == META_LINE:
                            # (no chrome around its neighbours: see region.feature_matrix)
                            doc.records.meta_lines.add(index)
            i = j
        _unsigned_byline(doc, self.name)
        _name_bios(doc)
        _author_links(doc, lex)


# A byline without its by-word: two authors or more joined by "and" ("und",
# "et", "y", …), maybe with the outlet or the place after them, right above
# one of the page's first timestamps ("Jane Roe and John Doe Springfield
# Gazette" / "Published 6:00 a.m. ET May 3, 2024"). Only the first this many
# timestamps the cleaner dropped are looked at (the article's is near the
# page's top; a list of co-signed teasers lower down is no byline) ...
UNSIGNED_STAMPS = 2
# ... each author's name is this many capitalised words (an initial counts:
# "John T. Doe"), no function word but the conjunction; the outlet or place
# after the last name at most this many words, capitalised too
UNSIGNED_NAME_MIN_WORDS = 2
UNSIGNED_NAME_MAX_WORDS = 3
UNSIGNED_OUTLET_MAX_WORDS = 5
UNSIGNED = "a byline (its authors joined by 'and', above the timestamp)"
_UNSIGNED_AND = _AND | {"&"}
# A headline of two names and more words ("Jane Roe and John Doe Open a
# Shop", Title Case) names the people its article is about: a surname of
# the names before "and" among the words of this many lines under the
# timestamp makes the line the headline (a byline's authors are not the
# story's subjects)
UNSIGNED_TEXT_LINES = 3
_TEXT_WORD = re.compile(r"\w+")


def _co_authors(text: str, stop: frozenset[str]) -> bool:
    """Is ``text`` the names of two authors or more joined by one "and" (and
    commas), maybe followed by the outlet or the place, every word
    capitalised and none a function word of ``stop``?

    >>> stop = load_stopwords()["en"]
    >>> _co_authors("Jane Roe and John T. Doe Springfield Evening Gazette", stop)
    True
    >>> _co_authors("Jane Roe, Max Muster and John Doe", stop)
    True
    >>> [_co_authors(t, stop) for t in ("Jane Roe and John Doe Tie the Knot", "Farmers and Growers Fear Drought")]
    [False, False]
    """
    if text.endswith((".", "!", "?", ":")) or any(c.isdigit() for c in text):
        return False
    words = text.split()
    joints = [k for k, w in enumerate(words) if w.casefold() in _UNSIGNED_AND]
    if len(joints) != 1:
        return False
    k = joints[0]
    for word in words[:k] + words[k + 1 :]:
        w = word.rstrip(",")
        if not w[:1].isupper() or w.casefold() in stop:
            return False
    before = " ".join(words[:k]).split(",")
    after = len(words) - k - 1
    return (
        all(UNSIGNED_NAME_MIN_WORDS <= len(name.split()) <= UNSIGNED_NAME_MAX_WORDS for name in before)
        and UNSIGNED_NAME_MIN_WORDS <= after <= UNSIGNED_NAME_MAX_WORDS + UNSIGNED_OUTLET_MAX_WORDS
    )


def _unsigned_byline(doc: Document, cleaner: str) -> None:
    """Drop (with ``keep_bylines``, leave to the region cleaner) the byline
    without a by-word right above one of the page's first ``UNSIGNED_STAMPS``
    timestamps (see ``_co_authors``): not the page's first line, nor a line
    its title bar names (a Title-Case headline of two names and a verb,
    "Prince Harry and Meghan Markle Step Back", above the date), nor one
    whose names the text under the date names (the same headline, with no
    title bar: see ``_named_below``)."""
    blocks = doc.blocks
    stamps = [
        b.index
        for b in blocks
        if b.kept is False and b.cleaner == cleaner and b.kind in ("timestamp", "signed_timestamp")
    ][:UNSIGNED_STAMPS]
    if not stamps:
        return
    stop = load_stopwords().get(doc.language) or all_stopwords()
    feats = features(doc)
    bar = feats[0].key
    for index in stamps:
        if index < 2 or blocks[index - 1].decided:
            continue
        above = blocks[index - 1]
        key = feats[above.index].key
        text = above.content.strip()
        if (key and key in bar) or not _co_authors(text, stop) or _named_below(doc, index, text):
            continue
        _record_co_authors(doc, text)
        if doc.config.keep_bylines:
            doc.records.bylines.add(above.index)
        else:
            doc.drop(above, cleaner, f"dropped: {UNSIGNED}", kind="byline")
        return


def _co_author_parts(text: str) -> tuple[list[str], str]:
    """The names before the first "and" of a byline without a by-word (parted
    by commas) and what follows the "and" (the last name, maybe the outlet).

    >>> _co_author_parts("Jane Roe, Max Muster and John Doe Gazette")
    (['Jane Roe', ' Max Muster'], 'John Doe Gazette')
    """
    words = text.split()
    joint = next((k for k, w in enumerate(words) if w.casefold() in _UNSIGNED_AND), 0)
    return " ".join(words[:joint]).split(","), " ".join(words[joint + 1 :])


def _record_co_authors(doc: Document, text: str) -> None:
    """Record the names of the byline without a by-word ``text`` (see
    ``_co_authors``): each name before "and" in full, and the first two and
    three words after it (the last name, which the outlet may follow).

    >>> doc = Document.from_text("x")
    >>> _record_co_authors(doc, "Jane Roe, Max Muster and John T. Doe Springfield Gazette")
    >>> sorted(doc.records.byline_names)
    ['jane roe', 'john t', 'john t doe', 'max muster']
    """
    before, rest = _co_author_parts(text)
    for name in before:
        _add_name(doc, [w.casefold() for w in _words(name)])
    after = [w.casefold() for w in _words(rest)]
    for n in range(UNSIGNED_NAME_MIN_WORDS, UNSIGNED_NAME_MAX_WORDS + 1):
        if n <= len(after):
            _add_name(doc, after[:n])


def _record_stamp_names(doc: Document, text: str, lex: Lexicon) -> None:
    """Record the names of a byline with a timestamp and no by-word ("Jane
    Roe | 12 March 2024", "Updated 12 March 2024 Anna Schmidt und Max
    Muster"): each run of capitalised words that are no word of a timestamp,
    in full, parted by "and" in the lexicons' languages.

    >>> doc = Document.from_text("x")
    >>> _record_stamp_names(doc, "Jane Roe | Updated 12 March 2024", load_lexicon())
    >>> _record_stamp_names(doc, "Veröffentlicht am 12.03.2024 Anna Schmidt und Max Muster", load_lexicon())
    >>> sorted(doc.records.byline_names)
    ['anna schmidt', 'jane roe', 'max muster']
    """
    name: list[str] = []
    for word in _words(text):
        low = word.casefold()
        if word[:1].isupper() and low not in lex.stamp_vocabulary and low not in _AND:
            name.append(low)
            continue
        _add_name(doc, name)
        name = []
    _add_name(doc, name)


# A link to more of an author's articles ("More from Jane Roe", "Mehr von
# Anna Schmidt", "Plus d'articles de Jean Dupont", "Más artículos de Ana
# García"): the lexicons' ``more_by`` words and then, alone, a name that a
# byline of the page gives (the name is the evidence: "More from the Valley"
# heads a list of related stories)
AUTHOR_LINK = "a link to more of an author's articles"


@lru_cache(maxsize=1)
def _more_by_firsts(more_by: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The ``more_by`` entries by their first word."""
    out: dict[str, list[str]] = {}
    for entry in sorted(more_by, key=len, reverse=True):
        out.setdefault(entry.split(" ", 1)[0], []).append(entry)
    return {first: tuple(entries) for first, entries in out.items()}


def _author_links(doc: Document, lex: Lexicon) -> None:
    """Drop the links to more of an author's articles that name an author of
    the page's bylines (``AUTHOR_LINK``). One look-up per line.

    >>> doc = Document.from_text("By Jane Roe\\nText.\\nMore from Jane Roe\\nMore from the Valley")
    >>> Bylines().annotate(doc)
    >>> [b.kept for b in doc.blocks]
    [False, None, False, None]
    """
    names = doc.records.byline_names
    if not names:
        return
    keys = {key(n) for n in names}
    firsts = _more_by_firsts(lex.more_by)
    feats = features(doc)
    for block in doc.undecided():
        k = feats[block.index].key
        entries = firsts.get(k.split(" ", 1)[0]) if k else None
        if entries is None:
            continue
        for entry in entries:
            if k.startswith(entry + " ") and k[len(entry) + 1 :] in keys:
                doc.drop(block, "bylines", f"dropped: {AUTHOR_LINK}")
                break


def _named_below(doc: Document, stamp: int, text: str) -> bool:
    """Does a surname of the names before the "and" of ``text`` stand among
    the words of the ``UNSIGNED_TEXT_LINES`` lines under the timestamp
    ``stamp``? Then ``text`` is the headline of a story about them.

    >>> doc = Document.from_text("Jane Roe and John Doe Open a Shop\\nMay 3, 2024\\nRoe's shop opened on Monday.")
    >>> _named_below(doc, 1, doc.blocks[0].content)
    True
    >>> _named_below(doc, 1, "Anna Smith and John Doe Gazette")
    False
    """
    surnames = {name.split()[-1].strip(".") for name in _co_author_parts(text)[0] if name.split()}
    below = doc.blocks[stamp + 1 : stamp + 1 + UNSIGNED_TEXT_LINES]
    return any(not surnames.isdisjoint(_TEXT_WORD.findall(b.content)) for b in below)


# the name a byline gives ("By Jane Roe", "Von Jane Roe | 12.03."): at least
# this many and at most this many words in capitals after the by-word
NAME_MIN_WORDS = 2
NAME_MAX_WORDS = 4
# the characters of a line in which its name and verb are looked for
BIO_HEAD_CHARS = 80
# what a bio's first sentence says after the author's name ("Jane Roe is a
# reporter", "Jane Roe hat …", "Jane Roe est …", "Jane Roe fue …")
_BIO_VERBS = frozenset(
    ("is", "was", "has", "ist", "war", "hat", "est", "était", "a", "es", "fue", "era", "ha", "è", "é")
)


# a byline names at most this many authors ("By Jane Roe, John Doe and Anna Smith")
BYLINE_MAX_NAMES = 5


def _record_name(doc: Document, text: str, by_words: frozenset[str]) -> None:
    """Record in ``doc.records.byline_names`` the names that the byline
    ``text`` gives, each as its words in lower case ("By Jane Roe | 5 May" ->
    "jane roe"; "Von Anna Schmidt und Max Muster" -> "anna schmidt", "max
    muster"): the names parted by commas and "and" in the lexicons'
    languages, up to the first word in lower case or figure.

    >>> doc = Document.from_text("x")
    >>> lex = load_lexicon()
    >>> _record_name(doc, "Von Jane Roe | 12.03.2024", lex.by_words)
    >>> _record_name(doc, "By Staff", lex.by_words)
    >>> sorted(doc.records.byline_names)
    ['jane roe']
    >>> _record_name(doc, "By John Doe, Anna Smith and Max Muster in Berlin", lex.by_words)
    >>> sorted(doc.records.byline_names)
    ['anna smith', 'jane roe', 'john doe', 'max muster']
    """
    m = _by_regex(by_words).match(text)
    if m is None:
        return
    found = 0
    for part in text[m.end() :].split(","):
        name: list[str] = []
        for word in _words(part):
            if word.casefold() in _AND and name:
                # ("Anna Schmidt und Max Muster": the next name)
                found += _add_name(doc, name)
                name = []
            elif word[:1].isupper() and len(name) < NAME_MAX_WORDS + 1:
                name.append(word.casefold())
            else:
                # (the first word in lower case or figure ends the names)
                _add_name(doc, name)
                return
        found += _add_name(doc, name)
        if not name or found >= BYLINE_MAX_NAMES:
            return


def _add_name(doc: Document, name: list[str]) -> int:
    """Record ``name`` (its words, case-folded) if it has the length of a
    name; 1 if it was recorded."""
    if NAME_MIN_WORDS <= len(name) <= NAME_MAX_WORDS:
        doc.records.byline_names.add(" ".join(name))
        return 1
    return 0


def _name_bios(doc: Document) -> None:
    """Add to ``doc.records.bios`` (and ``doc.records.name_bios``) the
    lines that open with the name a byline of the page gives and a verb of a
    bio's first sentence ("Jane Roe is a professor of …", "Jane Roe hat …"):
    an author's bio, which the region cleaner drops where it closes the
    article (not among its first lines: a profile opens with its subject's
    name). One look-up per line in the set of names."""
    names = doc.records.byline_names
    if not names:
        return
    firsts = {n.split(" ", 1)[0] for n in names}
    for block in doc.undecided():
        text = block.content
        if not text[:1].isupper():
            continue
        words = _words(text[:BIO_HEAD_CHARS])
        if not words or words[0].casefold() not in firsts:
            continue
        for n in range(NAME_MIN_WORDS, min(NAME_MAX_WORDS, len(words) - 1) + 1):
            if (
                words[n].casefold() in _BIO_VERBS
                and all(w[:1].isupper() for w in words[:n])
                and " ".join(words[:n]).casefold() in names
            ):
                doc.records.bios.add(block.index)
                doc.records.name_bios.add(block.index)
                break


BYLINE = "a byline"
PROGRAMME_ITEM = "a time and its item"
BYLINE_STAMP = "a byline with a timestamp"
# the kind of a drop (``Block.kind``) for its reason; any other is a byline's
# ("a byline", "an author line")
_KIND: dict[str, DecisionKind] = {
    "a timestamp": "timestamp",
    BYLINE_STAMP: "signed_timestamp",
    META_LINE: "meta_line",
    "a byline with a counter": "counter",
    READING_TIME: "counter",
}
# the kinds of the lines that name a date (a timestamp's, alone, with a byline or on a meta line)
STAMP_KINDS: frozenset[DecisionKind] = frozenset({"timestamp", "signed_timestamp", "meta_line"})


def _programme_items(doc: Document, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``found`` without the items of a programme ("19:30 Uhr Konzert"): a
    line that opens with a time of day and goes on with words that follow
    no other such time; the same words after two times or more are the
    name that signs the entries of a live blog ("19:29 Jane Roe", "18:02
    Jane Roe"), a byline with a timestamp."""
    items = [index for index, why in found if why == PROGRAMME_ITEM]
    if not items:
        return found
    tails: dict[int, str] = {}
    for index in items:
        text = doc.blocks[index].content
        words = [w for w in _words(text) if not w.isdigit() and w.casefold() not in _TIME_BITS]
        tails[index] = " ".join(words).casefold()
    counts = Counter(tails.values())
    out: list[tuple[int, str]] = []
    for index, why in found:
        if why != PROGRAMME_ITEM:
            out.append((index, why))
        elif counts[tails[index]] > 1:
            out.append((index, BYLINE_STAMP))
    return out


# the second line of a byline block ("By Jane Doe and" / "John Roe"): at most
# this many words, all names
BYLINE_CONTINUED_MAX_WORDS = 5


def _runs_on(text: str, stop: frozenset[str], word: bool = True) -> bool:
    """Does ``text`` run on into the next line: end with a comma or (with
    ``word``) with a function word ("… und die Pläne", "… of the board and")?
    (A headline may end with one, "… ohne Fehlentscheidungen aus": the next
    line runs on from it only if it starts in lower case.)"""
    text = text.rstrip()
    if text.endswith(","):
        return True
    if not word:
        return False
    words = _words(text[-40:])
    return bool(words) and text.endswith(words[-1]) and words[-1].casefold() in stop


def _byline_shaped(doc: Document, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``found`` without the lines that start with a byline's word inside a
    sentence, and with the second line of a byline block.

    A line that opens with "von", "by", "par" is a byline at the top of a
    block: not when the block before it runs on into it (it ends with a comma,
    or with a function word and the line starts in lower case, "… und die
    Pläne" / "von Architekten, Planern, Bürgern,") unless that block is a byline itself ("Von Anna Muster und" /
    "von Dr. Max Beispiel"), nor when it runs on into the next line itself
    with a comma. A byline that runs on ("By Jane Doe and") takes the line of
    a few names under it ("John Roe") with it.
    """
    stop = load_stopwords().get(doc.language) or all_stopwords()
    bylines = {index for index, why in found if why == BYLINE}
    out: list[tuple[int, str]] = []
    blocks = doc.blocks
    for index, why in found:
        if why == BYLINE and index - 1 not in bylines:
            text = blocks[index].content
            before = blocks[index - 1].content if index > 0 else ""
            if text.rstrip().endswith(",") or (before and _runs_on(before, stop, text[:1].islower())):
                bylines.discard(index)
                continue
        out.append((index, why))
    extra: list[tuple[int, str]] = []
    for index in sorted(bylines):
        nxt = index + 1
        if nxt >= len(blocks) or nxt in bylines or not _runs_on(blocks[index].content, stop | _AND):
            continue
        block = blocks[nxt]
        if block.decided:
            continue
        words = _words(block.content)
        if (
            0 < len(words) <= BYLINE_CONTINUED_MAX_WORDS
            and all(_is_name(w) for w in words)
            and not block.content.rstrip().endswith((".", "!", "?", ":"))
        ):
            extra.append((nxt, BYLINE))
    return sorted(out + extra) if extra else out


def _entry_time(doc: Document, index: int) -> bool:
    """Is the block at ``index`` the time that opens an entry of a live
    story (a news agency's "The Latest", a live blog): a time of day and
    nothing else, right under a section break ("___", "* * *") or under the
    paragraph that announces the entries, ending with a colon ("The Latest
    on the storm (all times local):"), and right above a paragraph? Then it
    is the entry's heading, not the article's timestamp.

    >>> doc = Document.from_text("___\\n4:14 p.m.\\nA transit chief says a man was stabbed on a train this afternoon.")
    >>> _entry_time(doc, 1), _entry_time(doc, 2)
    (True, False)
    >>> doc = Document.from_text("The Latest on the stabbing on a commuter train (all times local):\\n"
    ...     "10 p.m.\\nA transit chief says a man was stabbed on a train this afternoon.")
    >>> _entry_time(doc, 1)
    True
    """
    blocks = doc.blocks
    if not (0 < index < len(blocks) - 1 and _CLOCK.match(blocks[index].content.strip())):
        return False
    feats = features(doc)
    above = feats[index - 1]
    if not (
        section_break(blocks[index - 1].text.strip()) or (above.words >= ENTRY_MIN_WORDS and above.ends_colon)
    ):
        return False
    f = feats[index + 1]
    return f.words >= ENTRY_MIN_WORDS and f.ends_sentence


def _date_evidence(text: str, low: list[str], lex: Lexicon, digits: bool = True) -> tuple[bool, bool]:
    """Does a line (``low``: its words, case-folded) hold a date in digits,
    and does it hold a word that is a month in some language? (``digits``
    False: the line holds no digit, so no date in digits.) A short month,
    which is another word too, counts written with a capital ("May",
    "Mar") or next to a day or a year ("3 mai", "set. 2019"): "may" and
    "ago" in a sentence name none ("the toll may be higher", "two years ago").

    >>> lex = load_lexicon()
    >>> [_date_evidence(t, t.casefold().split(), lex)[1] for t in ("In May", "it may rain", "3 mai", "June")]
    [True, False, True, True]
    """
    numeric = digits and bool(_NUMERIC_DATE.search(text))
    found = lex.months.intersection(low)
    if not found or not found <= lex.short_months:
        return numeric, bool(found)
    # (only short months: a quick test of the line's words first)
    month = any(t[:1].isupper() and t.casefold() in found for t in _words(text)) or (
        digits and _date_shaped(text, lex)
    )
    return numeric, month


def _dated(text: str, low: list[str], lex: Lexicon, digits: bool = True) -> bool:
    """Can a line name a date (either of :func:`_date_evidence`)? Enough to
    make it an item of a dated list (see ``dated_runs``), which keeps lines;
    a timestamp, which goes, must name a date for sure (``_month_named``)."""
    return any(_date_evidence(text, low, lex, digits))


def _month_named(text: str, low: list[str], lex: Lexicon, language: str) -> bool:
    """Does a line (``low``: its words, case-folded) of a page in ``language``
    name a month for sure? A month of the page language does, and so does a
    month of another language that is no other word; a short one ("out",
    "set", "mar" and "ago" are words elsewhere) only next to a day or a year
    (see ``_date_shaped``).

    >>> lex = load_lexicon()
    >>> [_month_named(t, t.casefold().split(), lex, "en") for t in ("Sign Out", "Set 12", "May", "März")]
    [False, True, True, True]
    >>> [_month_named(t, t.casefold().split(), lex, lang) for t, lang in (("Sign Out", "pt"), ("Mai", "it"), ("Mai", "de"))]
    [True, False, True]
    """
    if not lex.months_on(language).isdisjoint(low):
        return True
    return any(t.isdigit() for t in low) and _date_shaped(text, lex)


def _date_number(text: str, m: regex.Match[str]) -> str:
    """``"day"``, ``"year"`` or ``""``: what the token ``m`` of ``text`` can
    be in a date. A number with a decimal point or comma is neither ("4.5")."""
    t = m.group()
    if not (t.isascii() and t.isdigit()):
        return ""
    start, end = m.start(), m.end()
    if start >= 2 and text[start - 1] in ".," and text[start - 2].isdigit():
        return ""
    if end + 1 < len(text) and text[end] in ".," and text[end + 1].isdigit():
        return ""
    if len(t) <= 2 and 1 <= int(t) <= DAY_MAX:
        return "day"
    if len(t) == 4 and t.startswith(("19", "20")):
        return "year"
    return ""


def _joint(text: str, end: int, start: int) -> bool:
    """Is what stands between two tokens (``text[end:start]``) a date's joint:
    white space, a dot, a slash or a hyphen?"""
    return "".join(text[end:start].split()) in _DATE_JOINTS


def _date_shaped(text: str, lex: Lexicon) -> bool:
    """Does a short month of ``text`` stand in a date: next to a day or a
    year ("3 out 2019", "Set. 12", "03/out/2019"), or after a day and a short
    stamp word ("3 de out.") or before one and a year ("out. de 2019")?
    Not "Sign Out", "Check Out: 12 Tips" nor "Score 4.5 out of 5".

    >>> lex = load_lexicon()
    >>> [_date_shaped(t, lex) for t in ("3 de out. de 2019", "Set. 12", "Check Out: 12 Tips", "4.5 out of 5")]
    [True, True, False, False]
    """
    toks = list(_WORD.finditer(text))
    short = lex.short_months
    joiners = lex.stamp_words
    for i, m in enumerate(toks):
        if m.group().casefold() not in short:
            continue
        if i >= 1 and _joint(text, toks[i - 1].end(), m.start()):
            if _date_number(text, toks[i - 1]):
                return True
            # "3 de out"
            w = toks[i - 1].group().casefold()
            if (
                i >= 2
                and len(w) <= DATE_JOINER_MAX_LETTERS
                and w in joiners
                and _joint(text, toks[i - 2].end(), toks[i - 1].start())
                and _date_number(text, toks[i - 2]) == "day"
            ):
                return True
        if i + 1 < len(toks) and _joint(text, m.end(), toks[i + 1].start()):
            if _date_number(text, toks[i + 1]):
                return True
            # "out. de 2019"
            w = toks[i + 1].group().casefold()
            if (
                i + 2 < len(toks)
                and len(w) <= DATE_JOINER_MAX_LETTERS
                and w in joiners
                and _joint(text, toks[i + 1].end(), toks[i + 2].start())
                and _date_number(text, toks[i + 2]) == "year"
            ):
                return True
    return False


def line_dated(doc: Document, text: str, lex: Lexicon) -> bool:
    """Can a line of ``doc`` name a date (see ``_dated``)? Answered once per
    line text (the memo ``byline_reason`` fills too)."""
    return _line_dated(doc.memo(_DATED_MEMO), text, lex)


def _line_dated(memo: dict[str, bool], text: str, lex: Lexicon, digits: bool = True) -> bool:
    """:func:`line_dated` with the memo at hand (``digits`` False: ``text``
    holds no digit)."""
    dated = memo.get(text)
    if dated is None:
        # (casefold() never maps a character to white space)
        dated = memo[text] = bool(text) and _dated(
            text, " ".join(_words(text)).casefold().split(), lex, digits
        )
    return bool(dated)


def dated_runs(doc: Document, lex: Lexicon) -> set[int]:
    """Indices of the blocks in runs of ``STAMP_LIST_MIN`` or more dated lines
    in a row (tour dates, a schedule, a timeline)."""
    out: set[int] = set()
    run: list[int] = []
    memo = doc.memo(_DATED_MEMO)
    feats = features(doc)
    for b in doc.blocks:
        if _line_dated(memo, b.content, lex, feats[b.index].digit_ratio > 0):
            run.append(b.index)
            continue
        if len(run) >= STAMP_LIST_MIN:
            out.update(run)
        run = []
    if len(run) >= STAMP_LIST_MIN:
        out.update(run)
    blocks = doc.blocks
    out.update(
        _schedule_rows(
            [
                b.index
                for b in blocks
                if _TIME_ONLY.match(b.content)
                and b.index + 1 < len(blocks)
                and _schedule_item(blocks[b.index + 1].content)
            ]
        )
    )
    return out


# the item under a schedule's time is a label of at most this many words
# ("Arrival", "Tour of the plant"), not the sentence of a live blog's entry
SCHEDULE_ITEM_MAX_WORDS = 8


def _schedule_item(text: str) -> bool:
    words = _words(text)
    return 0 < len(words) <= SCHEDULE_ITEM_MAX_WORDS and not text.rstrip().endswith((".", "!", "?"))


def _schedule_rows(dated: list[int]) -> set[int]:
    """Indices of the times of a schedule set out as a time over its item
    ("13:00 – 13:15 Uhr" / "Arrival" / "13:15 – 17:00 Uhr" / ...):
    ``STAMP_LIST_MIN`` lines or more of a time of day alone (``dated``),
    each over a short label and two lines under the last (a live blog's
    times stand over sentences). (A name and a date over a comment, a
    date over a teaser, are no such time.)"""
    out: set[int] = set()
    run: list[int] = []
    for index in dated:
        if run and index == run[-1] + 2:
            run.append(index)
            continue
        if len(run) >= STAMP_LIST_MIN:
            out.update(run)
        run = [index]
    if len(run) >= STAMP_LIST_MIN:
        out.update(run)
    return out

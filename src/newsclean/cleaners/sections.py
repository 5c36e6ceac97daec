"""Related-content, comment and newsletter sections (and the headings of an
article's own lists).

A heading such as "Related Stories", "Weitere Artikel", "À lire aussi",
"Noticias relacionadas", "Leave a Reply" or "Most Commented" starts a chrome
section. The heading and the blocks under it are dropped until article prose
resumes: a block of at least ``PROSE_MIN_WORDS`` words that ends a sentence.
Prose under a heading (teasers with a summary, comments) is left to the
region cleaner, which weighs it against the article.

A heading of the article's own list ("Ingredients", "Zubereitung",
"Technical data") ends such a section and is noted for the region cleaner,
which keeps the list under it when it adjoins the article.

>>> from newsclean.document import Document
>>> text = "The talks ended on Monday.\\n\\nRelated Stories\\nPakistan reports polio case\\nFBI arrests judge"
>>> doc = Document.from_text(text)
>>> Sections().annotate(doc)
>>> doc.render()
'The talks ended on Monday.'
"""

from __future__ import annotations

from ..document import Block, DecisionKind, Document
from ..features import Features, features, title_limit
from ..lexicon import Lexicon, all_stopwords, fuzzy_word, key, load_lexicon
from .base import Cleaner
from .region import (
    _NUMBERED,
    CARD_TITLES,
    CARDS_MIN,
    _thread_spans,
    asking_headline,
    card_summary,
    count_cards,
    run_on,
)
from .teasers import CARD_NEAR, is_glued_lead

__all__ = ["Sections"]

# A section runs until a block this long (in words) that ends a sentence.
PROSE_MIN_WORDS = 10
# How far after two paragraphs in a row the next entry's timestamp is looked for.
ENTRY_WINDOW = 4
# ...and how far once the section has shown two entries (long comments).
ENTRY_WINDOW_LONG = 12
# (a comment's text: at most this many blocks before the next entry's date)
ENTRY_TEXT_LONG = 30
# Under a related-content heading, a paragraph whose first words are this
# many capitalised words but one is a teaser card, not the article resuming.
TITLE_LEAD_WORDS = 5
# In a text whose first OPENING_BLOCKS hold a paragraph and no chrome, a comment heading
# after CLOSING_AFTER_PARAGRAPHS paragraphs starts the comment thread.
OPENING_BLOCKS = 4
CLOSING_AFTER_PARAGRAPHS = 3
# A comment heading above any paragraph, with a paragraph within this many
# blocks under it, is a link to the comments ("12 Comments") above the
# article, not the thread.
LINK_AHEAD = 3
# "12 thoughts on “…”", "3 Kommentare zu „…“": a comment heading of this many
# words after a number, and the title of the article.
COUNT_HEADING_WORDS = 2
# ...or a count and a prompt after its full stop ("4 Comments. Leave new"):
# the prompt has at most this many words
PROMPT_WORDS = 4
# A numbered list under a related-content heading ("Most Read": "1. <headline>
# <summary>") holds at most this many teasers; a longer one is the article's
# own (a list of references).
TEASER_LIST_MAX = 10
# (a number alone on its line, of at most this many digits, numbers the
# item whose headline is on the line under it)
BARE_NUMBER_DIGITS = 2
# Headings are short...
HEADING_MAX_CHARS = 70
# ...but for one that counts the comments and names the article, which has
# as many as a headline: it ends with the title's closing quote ("12
# thoughts on “…”"; a sentence about the comments ends with its full stop).
COUNT_HEADING_MAX_CHARS = 250
_CLOSING_QUOTE_MARKS = "\"“”«»’'‹›」』"
_CLOSING_QUOTES = frozenset(_CLOSING_QUOTE_MARKS)
# ...and one that asks ("Schon gelesen?") has at most this many words.
QUESTION_MAX_WORDS = 4
# ...and no code: a line with a brace, "=" or ";" ('"Comment": {') is a key in a listing.

# Under a related-content heading, a line (not an item of a list) with two
# paragraphs in a row at most this many blocks under it, with no item or
# label between, is the article's start (its headline, a lede, a standfirst):
# the section ends above it. A list of teasers alternates a title and its
# summary and never has two paragraphs in a row.
START_REACH = 5
# (a paragraph here: this many words or more; the second of the two ends a
# sentence, not with a question: a headline may ask)
START_MIN_WORDS = 10
# (and both are in sentence case: at most this share of their words
# capitalised; a caption in Title Case is none)
START_MAX_TITLE = 0.5

# Under a related-content heading after the article (CARD_LIST_PROSE_BEFORE
# paragraphs above it), a list of teaser cards that runs to the page's tail:
# each card a headline (CARD_LIST_TITLE_WORDS words, opening with a capital,
# a digit or a quote, ending no sentence, or asking after a colon: "Rail
# strike looms: will the trains run?") right over its summary (one sentence
# of CARD_LIST_SUMMARY_WORDS words), a date the bylines cleaner dropped
# above, between or under them; CARD_LIST_MIN cards or more in a row, and
# under the last one nothing but lines the earlier cleaners dropped, short
# lines (at most CARD_LIST_TAIL_WORDS words, ending no sentence: a footer's
# links) or the heading of another section. Each summary reads as prose, so
# the section would end under the first card. An article's own sections under
# their subheadings have paragraphs of several sentences, or two in a row; a
# box of related links inside the article has a link over the article going
# on (two titles in a row: no card).
CARD_LIST_PROSE_BEFORE = 2
CARD_LIST_TITLE_WORDS = (3, 16)
CARD_LIST_SUMMARY_WORDS = (4, 40)
CARD_LIST_MIN = 3
CARD_LIST_TAIL_WORDS = 6
_TITLE_ENDS = (".", "!", ":", ";", ",")
_TITLE_OPENS = "'\"\u2018\u201c\u201e\u00ab"

# A thread with no heading of its own (or one the dump puts under its first
# comment): the first reply label ("Reply", "Antworten", "Répondre") heads a
# comment section, and the comment right above it (a name, a timestamp the
# bylines cleaner dropped, at most ENTRY_TEXT_MAX blocks of text) is the
# thread's too, when another comment follows the label (a timestamp within
# ENTRY_NEXT blocks under it) and a paragraph of the article stands above.
ENTRY_TEXT_MAX = 6
ENTRY_NEXT = 4
# (the commenter's name on a line of its own: at most this many words,
# "Jane Roe", "Aylin sagt:")
ENTRY_NAME_WORDS = 4

# A comment's marks, short lines: its reply button ("Reply", "Antworten
# Melden", "Répondre Signaler"; at most REPLY_WORDS words, each of the
# buttons), its head ("Jane Roe says:", "Anna schreibt:", "Claire a écrit :":
# a name of one to ENTRY_NAME_WORDS words that are no function words, the
# verb, a colon, maybe a date after it of at most HEAD_DATE_WORDS words), its
# relative time ("3 hours ago", "vor 3 Stunden", "il y a 3 heures", "hace un
# día", "gestern": at most TIME_WORDS words of the relative-time vocabulary).
# None is a thread's start on its own: a reply button or a time counts only
# inside a thread or with a comment's name above it (see _thread_above), and
# heads start a thread where MIN_HEADS of them follow the article.
REPLY_WORDS = 4
HEAD_DATE_WORDS = 8
HEAD_MAX_CHARS = 90
TIME_WORDS = 5
MIN_HEADS = 2
REPLY, HEAD, TIME = "reply", "head", "time"

_MARK_WHAT = {REPLY: "reply button", HEAD: "head", TIME: "time"}

# A box of links inside the page: a line naming its topic ("Climate
# Policy", "Politik"; or with its "More" link run in, "Climate Policy
# More"), the titles of the topic's stories, and a link to the topic under
# them that is a related-content heading before the topic ("More in Climate
# Policy", "Mehr aus Politik", "Más de Opinión"). The link closes the box:
# the box goes, from its topic line down to the link (at most BOX_MAX_LINES
# lines, BOX_MIN_TITLES titles or more, and no paragraph ending a sentence
# among them: an article's subheading with its paragraphs under it, then
# "More on <the subheading>", is no box); the link heads the section under it
# as any related-content heading does.
BOX_MAX_LINES = 12
BOX_MIN_TITLES = 2

# Families whose heading drops the short lines under it ("Newsletter" or
# "Follow us" head a box of one or two lines, not a list).
RUN_ON = frozenset({"related", "comments"})

_WHAT = {"related": "related-content", "comments": "comment", "newsletter": "newsletter"}
# the kind of a decision (``Block.kind``) on a section's heading and on a line under it
_HEAD_KIND: dict[str, DecisionKind] = {
    "related": "related_head",
    "comments": "comments_head",
    "newsletter": "newsletter_head",
}
_LINE_KIND: dict[str, DecisionKind] = {
    "related": "related",
    "comments": "comments",
    "newsletter": "newsletter",
}


def _comment_marks(doc: Document, lex: Lexicon, stop: frozenset[str]) -> dict[int, str]:
    """The blocks of ``doc`` that are a comment's reply button, head or
    relative time (see ``REPLY_WORDS``): block index -> REPLY, HEAD or TIME.

    >>> doc = Document.from_text("Jane Roe says:\\nGood point.\\n3 hours ago\\nReply Report\\nHe says: no.")
    >>> _comment_marks(doc, load_lexicon(), all_stopwords())
    {0: 'head', 2: 'time', 3: 'reply'}
    """
    feats = features(doc)
    reply_words = lex.reply_marks
    time_words = lex.time_marks
    units = lex.time_units
    firsts = lex.mark_firsts
    marks: dict[int, str] = {}
    for block, f in zip(doc.blocks, feats, strict=True):
        text = block.content
        if len(text) > HEAD_MAX_CHARS or f.words > HEAD_DATE_WORDS + ENTRY_NAME_WORDS + 2 or not f.key:
            continue
        # (a reply button's or a time's words are all of the lexicon's, the
        # first one too; a head has a colon: most lines are none of them)
        marked = f.key.partition(" ")[0] in firsts
        if not marked and ":" not in text:
            continue
        kw = f.key.split() if marked else []
        if (
            marked
            and len(kw) <= REPLY_WORDS
            and not lex.reply_words.isdisjoint(kw)
            and all(w in reply_words for w in kw)
        ):
            marks[block.index] = REPLY
        elif (
            marked
            and len(kw) <= TIME_WORDS
            and not lex.ago.isdisjoint(kw)
            and all(w in time_words for w in kw)
            and (any(w in units for w in kw) or (len(kw) == 1 and len(kw[0]) > 3 and kw[0] in lex.relative))
            and not f.ends_sentence
        ):
            marks[block.index] = TIME
        elif ":" in text:
            said, _, after = text.partition(":")
            tail = len(after.split())
            if not text.endswith(":") and (
                tail > HEAD_DATE_WORDS or (tail and not any(map(str.isdigit, after)))
            ):
                continue  # no head (below): words after the colon, no date
            words = key(said).split()
            if 2 <= len(words) <= ENTRY_NAME_WORDS + 2 and tail <= HEAD_DATE_WORDS:
                if tail and not any(c.isdigit() for c in after):
                    continue  # "He says: no." (a quote after the colon)
                if _head_name(words, len(words), lex, stop):
                    marks[block.index] = HEAD
                    continue
            if text.endswith(":") and any(c.isdigit() for c in text):
                # the date before the colon ("Klaus schreibt am 3. Mai 2024 um
                # 10:36:", "Jane Roe says on May 3, 2024 at 10:36 am:")
                words = key(text).split()
                for end in range(2, min(len(words), ENTRY_NAME_WORDS + 2) + 1):
                    if _head_name(words, end, lex, stop):
                        date = words[end:]
                        if (
                            date
                            and len(date) <= HEAD_DATE_WORDS
                            and all(_date_word(w, lex, stop) for w in date)
                        ):
                            marks[block.index] = HEAD
                        break
    return marks


def _head_name(words: list[str], end: int, lex: Lexicon, stop: frozenset[str]) -> bool:
    """Do ``words[:end]`` (a line's key words) end with the verb of a
    comment's head (one word or two: "says", "a écrit") after a name of one
    to ``ENTRY_NAME_WORDS`` words that are no function words?"""
    for n in (2, 1):
        if end > n and end <= len(words) and " ".join(words[end - n : end]) in lex.says:
            name = words[: end - n]
            return len(name) <= ENTRY_NAME_WORDS and not any(w in stop for w in name)
    return False


def _date_word(word: str, lex: Lexicon, stop: frozenset[str]) -> bool:
    """Is ``word`` (a key word, no digits) a word of a date and time ("on",
    "mai", "um", "a las", "h" of "10h36", "am")?"""
    return (
        len(word) <= 2
        or word in stop
        or word in lex.months
        or word in lex.weekdays
        or word in lex.stamp_words
    )


def _counted_prompt(text: str, ends_sentence: bool, lex: Lexicon) -> bool:
    """Is ``text`` a count of the comments and a prompt to write one after
    it ("4 Comments. Leave new", "12 Kommentare. Neuen Kommentar schreiben",
    "3 comentarios. Deja tu comentario"): a number, a comment heading of at
    most ``COUNT_HEADING_WORDS`` words, a full stop, then at most
    ``PROMPT_WORDS`` words that end no sentence?

    >>> lex = load_lexicon()
    >>> _counted_prompt("4 Comments. Leave new", False, lex), _counted_prompt("4 comments. That was all.", True, lex)
    (True, False)
    """
    if ends_sentence or not text[:1].isdigit() or ". " not in text:
        return False
    count, _, prompt = text.partition(". ")
    words = key(count).split()
    return (
        0 < len(words) <= COUNT_HEADING_WORDS
        and 0 < len(prompt.split()) <= PROMPT_WORDS
        and lex.section_heading(count, 0, 0) == "comments"
    )


def _dated_head(doc: Document, index: int, marks: dict[int, str]) -> bool:
    """Is the comment under the head at ``index`` ("Jane Roe says:") dated
    or answered: a date on the head's line, or a timestamp the bylines
    cleaner dropped, a relative time or a reply button within
    ``ENTRY_NEXT`` blocks under it? (A forum's quote of an earlier post,
    "Jane Roe said:", the quoted text, "Click to expand...", has none.)"""
    if any(c.isdigit() for c in doc.blocks[index].content):
        return True
    return any(
        (b.kept is False and b.cleaner == "bylines") or marks.get(b.index) in (TIME, REPLY)
        for b in doc.blocks[index + 1 : index + 1 + ENTRY_NEXT]
    )


def _dated_entry_near(doc: Document, index: int, window: int, marks: dict[int, str] | None = None) -> bool:
    """Does a timestamp or byline follow the run of paragraphs at ``index``
    within ``window`` blocks? Comments
    and teaser cards come as entries (a name, a date, a text): their
    paragraphs are followed by the next entry's date, an article's are not."""
    end = index + 1
    # (a comment's short lines are its text too: "Danke!", a line cut off
    # with a dash; up to ENTRY_TEXT_LONG blocks)
    stop = min(len(doc.blocks), index + ENTRY_TEXT_LONG)
    while end < stop and doc.blocks[end].kept is None:
        end += 1
    # (or a comment's mark: its reply button, the next comment's head or time)
    return any(
        (b.kept is False and b.cleaner == "bylines") or (marks is not None and b.index in marks)
        for b in doc.blocks[end : end + window]
    )


def _entry_above(doc: Document, index: int, floor: int, marks: dict[int, str] | None = None) -> int:
    """The first block of the comment right above block ``index`` (a reply
    label heading the thread), or -1: a timestamp the bylines cleaner dropped,
    with the commenter's name on the line above it (at most
    ``ENTRY_NAME_WORDS`` words, ending no sentence: "Jane Roe", "Aylin
    sagt:") or on its own line ("Jane Roe 3. März 2024 um 10:36"), then one
    to ``ENTRY_TEXT_MAX`` blocks of text, none of them decided but by the
    labels or boilerplate cleaners, all below ``floor``; and a paragraph of
    the article above it all (comments follow an article)."""
    feats = features(doc)
    blocks = doc.blocks
    marks = marks or {}
    for k in range(index - 2, max(floor, index - ENTRY_TEXT_MAX - 2), -1):
        b = blocks[k]
        if b.kept is False and b.cleaner == "bylines":
            break
        if marks.get(k) == TIME:
            break  # a comment's relative time ("3 hours ago"), with its name above
        if marks.get(k) == HEAD and k > floor:
            # a comment's head ("Jane Roe says:") over its text
            text = range(k + 1, index)
            if any(feats[j].words > 0 and blocks[j].kept is None for j in text) and any(
                f.words >= PROSE_MIN_WORDS and f.ends_sentence for f in feats[floor + 1 : k]
            ):
                return k
            return -1
        if b.kept is False and b.cleaner not in ("labels", "boilerplate"):
            return -1
    else:
        return -1
    name = blocks[k - 1] if k > floor + 1 else None
    head = k
    if (
        name is not None
        and name.kept is None
        and 0 < feats[k - 1].words <= ENTRY_NAME_WORDS
        and not feats[k - 1].ends_sentence
    ):
        head = k - 1
    elif marks.get(k) == TIME or blocks[k].kind != "signed_timestamp":
        return -1
    text = range(k + 1, index)
    if not any(feats[j].words > 0 and blocks[j].kept is None for j in text):
        return -1
    if not any(f.words >= PROSE_MIN_WORDS and f.ends_sentence for f in feats[floor + 1 : head]):
        return -1
    return head


def _thread_above(
    doc: Document,
    index: int,
    heads: list[int],
    under: dict[int, str],
    name: str,
    marks: dict[int, str] | None = None,
    drop_name: bool = True,
) -> bool:
    """Block ``index`` is a reply label that heads a comment section: when
    another comment follows it (a timestamp within ``ENTRY_NEXT`` blocks),
    the comment right above it (see ``_entry_above``) starts the thread, a
    comment heading of its own (the region does not reach across it); its
    name line goes. With ``marks`` (see ``_comment_marks``), a comment's
    relative time ("3 hours ago") is its timestamp, and its head ("Jane Roe
    says:") its name. Did a thread start?"""
    blocks = doc.blocks
    marks = marks or {}
    if not any(
        (b.kept is False and b.cleaner == "bylines") or marks.get(b.index) in (TIME, HEAD)
        for b in blocks[index + 1 : index + 1 + ENTRY_NEXT]
    ):
        return False
    head = _entry_above(doc, index, heads[-1] if heads else -1, marks)
    if head < 0:
        return False
    heads.append(head)
    for j in range(head, index):
        under[j] = "comments"
        if marks.get(j) == TIME and blocks[j].kept is None:
            doc.drop(blocks[j], name, "dropped: the time of a comment of the thread", kind="comments")
    if drop_name and blocks[head].kept is None:
        doc.drop(blocks[head], name, "dropped: the name over a comment of the thread", kind="comments")
    return True


def _card_title(block: Block, f: Features) -> bool:
    """Is ``block`` a teaser card's headline (see ``CARD_LIST_TITLE_WORDS``)?"""
    text = block.content.rstrip()
    if not CARD_LIST_TITLE_WORDS[0] <= f.words <= CARD_LIST_TITLE_WORDS[1]:
        return False
    first = text[:1]
    if not (first.isupper() or first.isdigit() or first in _TITLE_OPENS):
        return False
    if text.rstrip(_CLOSING_QUOTE_MARKS).endswith("?"):
        return asking_headline(text)  # (an interview's question is no headline)
    return not f.ends_sentence and not text.endswith(_TITLE_ENDS)


def _card_line_summary(block: Block, f: Features) -> bool:
    """Is ``block`` a teaser card's summary: one sentence that asks nothing
    (see ``CARD_LIST_SUMMARY_WORDS``)?"""
    return (
        CARD_LIST_SUMMARY_WORDS[0] <= f.words <= CARD_LIST_SUMMARY_WORDS[1]
        and f.ends_sentence
        and f.sentences == 1
        and not block.content.rstrip().rstrip(_CLOSING_QUOTE_MARKS).endswith("?")
    )


def _card_list(doc: Document, feats: list[Features], start: int) -> tuple[int, int]:
    """The teaser cards in a row from block ``start`` on, each an undecided
    headline right over its undecided summary, a date the bylines cleaner
    dropped above, between or under them (see ``CARD_LIST_MIN``): (how
    many, the block after the last one's summary).

    >>> doc = Document.from_text("Storm closes the coastal road\\nCrews clear the rocks from the road.\\n"
    ...     "Ferry service resumes after repairs\\nBoats run on the summer timetable again.\\nContact")
    >>> _card_list(doc, features(doc), 0)
    (2, 4)
    """
    blocks = doc.blocks
    n = len(blocks)

    def dated(i: int) -> bool:
        b = blocks[i]
        return b.kept is False and b.cleaner == "bylines"

    cards = 0
    i = end = start
    while True:
        while i < n and dated(i):
            i += 1
        if i >= n or blocks[i].kept is not None or not _card_title(blocks[i], feats[i]):
            return cards, end
        j = i + 1
        while j < n and dated(j):
            j += 1
        if j >= n or blocks[j].kept is not None or not _card_line_summary(blocks[j], feats[j]):
            return cards, end
        cards += 1
        i = end = j + 1


def _box_topic(words: list[str], lex: Lexicon) -> str:
    """The topic a box's closing link names after its related-content
    heading ("more in climate policy" -> "climate policy"; key words of the
    line), or "" when the line is no heading and a topic.

    >>> _box_topic("more in climate policy".split(), load_lexicon()), _box_topic(["more", "in"], load_lexicon())
    ('climate policy', '')
    """
    fuzzy = [fuzzy_word(w) for w in words]
    for end in range(len(words) - 1, 1, -1):
        if lex.sections.get(" ".join(fuzzy[:end])) == "related":
            return " ".join(words[end:])
    return ""


def _box_above(doc: Document, index: int, topic: str, lex: Lexicon) -> int:
    """The first line of the box that the link at ``index`` closes (see
    ``BOX_MAX_LINES``): the nearest line above it, at most ``BOX_MAX_LINES``
    up, whose key is ``topic`` alone or with a navigation label after it
    ("climate policy more"), with ``BOX_MIN_TITLES`` titles or more between
    them and no paragraph ending a sentence; else -1."""
    feats = features(doc)
    titles = 0
    for j in range(index - 1, max(-1, index - BOX_MAX_LINES - 1), -1):
        f = feats[j]
        k = f.key
        if k == topic or (k.startswith(topic + " ") and lex.label(k[len(topic) + 1 :]) == "navigation"):
            return j if titles >= BOX_MIN_TITLES else -1
        if f.words >= PROSE_MIN_WORDS and f.ends_sentence:
            return -1
        if f.words and doc.blocks[j].kept is not False:
            titles += 1
    return -1


def _first_pair(doc: Document) -> int:
    """The first of the page's first two paragraphs in a row (see
    ``_pair_at``), or -1."""
    return next((j for j in range(len(doc.blocks) - 1) if _pair_at(doc, j)), -1)


def _pair_at(doc: Document, j: int) -> bool:
    """Are blocks ``j`` and ``j + 1`` two paragraphs in a row: undecided, of
    ``START_MIN_WORDS`` words or more, in sentence case, the second ending a
    sentence that asks nothing?"""
    feats = features(doc)
    a, b = doc.blocks[j], doc.blocks[j + 1]
    f, g = feats[j], feats[j + 1]
    return (
        a.kept is None
        and b.kept is None
        and f.words >= START_MIN_WORDS
        and g.words >= START_MIN_WORDS
        and g.ends_sentence
        and max(f.title_ratio, g.title_ratio) <= title_limit(START_MAX_TITLE, doc.language)
        and not b.content.rstrip("\"'\u201c\u201d\u00bb\u00ab").endswith("?")
    )


def _article_start(doc: Document, index: int, first: int) -> bool:
    """Is block ``index``, under a related-content heading, the start of the
    article: a line that is no item of a list, with the page's first two
    paragraphs in a row (``first``: the lede and the next one, or a
    standfirst and the lede) within ``START_REACH`` blocks under it, no item
    or label between, and neither it nor a line between a capitalised long
    line (a teaser's title or a caption in Title Case)?"""
    feats = features(doc)
    blocks = doc.blocks
    if (
        first < index
        or first >= index + START_REACH
        or blocks[index].bullet
        or blocks[index].kept is not None
    ):
        return False
    for j in range(index, first):
        b, f = blocks[j + 1], feats[j]
        if b.bullet or (b.kept is False and b.cleaner not in ("bylines", "boilerplate")):
            return False  # an item of a list or a menu's label between them
        if f.words >= START_MIN_WORDS and f.title_ratio > title_limit(START_MAX_TITLE, doc.language):
            return False  # a caption or a teaser's title in Title Case (this line or one between)
    return first > index


def _title_lead(text: str) -> bool:
    """Does ``text`` open with a Title-Case headline (a teaser card: "Police
    Arrest Two After Break-In A 24-year-old man was ...")?"""
    words = text.split(None, TITLE_LEAD_WORDS)[:TITLE_LEAD_WORDS]
    if len(words) < TITLE_LEAD_WORDS:
        return False
    return sum(1 for w in words if w[0].isupper() or w[0].isdigit()) >= TITLE_LEAD_WORDS - 1


def _bare_number(text: str) -> int:
    """The number of a list item's number on a line of its own ("3" -> 3;
    a "Most read" list that sets its numbers apart from its headlines),
    else 0."""
    return int(text) if len(text) <= BARE_NUMBER_DIGITS and text.isascii() and text.isdigit() else 0


def _list_number(block: Block) -> int:
    """The number of a numbered list item ("  3. Text" -> 3), else 0 (a
    bullet, or no list item)."""
    # (a block with a bullet has a mark or "<number>." / "<number>)" before its
    # content; the region cleaner's pattern reads the number of the second)
    m = _NUMBERED.match(block.text) if block.bullet else None
    return int(m.group(2)) if m is not None and m.group(1) is None else 0


class Sections(Cleaner):
    """Drop chrome sections: their heading and what follows until prose resumes."""

    name = "sections"

    def annotate(self, doc: Document) -> None:
        lex = load_lexicon()
        stop = all_stopwords()
        feats = features(doc)
        heading: str | None = None
        title = ""  # the last section heading (``heading`` is None once prose resumes under it)
        family = ""
        # the family of the last section heading above each block: evidence
        # for the region cleaner (comments are prose, but not the article)
        under: dict[int, str] = {}
        prev_prose: int | None = None
        entries = 0  # timestamps and bylines seen in the current section
        counted = 0  # the last number of a numbered list under the current heading
        numbered_at = -1  # the block of that number
        prose_seen = 0  # paragraphs seen so far
        run_on_seen = False  # a run-on paragraph before them was left to the region
        closing = False  # the current section is the comment thread after the article
        after_prose = False  # the current section's heading came after a paragraph
        opens_with_prose = all(b.kept is not False for b in doc.blocks[:OPENING_BLOCKS]) and any(
            f.words >= PROSE_MIN_WORDS and f.ends_sentence for f in feats[:OPENING_BLOCKS]
        )
        doc.records.section_under = under
        # where related-content and comment sections start: the article
        # region does not reach across them
        heads: list[int] = []
        doc.records.section_heads = heads
        # where the article's own lists start ("Ingredients", "Technische Daten")
        content: list[int] = []
        doc.records.content_heads = content
        # where a heading that counts the comments ("12 thoughts on “…”")
        # starts the thread: what lies beyond it under the article is the thread
        threads: list[int] = []
        doc.records.thread_heads = threads
        memo = doc.memo(__name__)
        # the lines the boilerplate cleaner dropped as comment prompts: among
        # them the head of a thread that counts its comments ("12 Gedanken zu
        # „…“"), which the lexicon's section headings may not spell
        prompts = doc.records.comment_prompts
        # the page's first two paragraphs in a row: the article's start
        first_pair = _first_pair(doc)
        # a comment's reply buttons, heads and times (see _comment_marks)
        marks = _comment_marks(doc, lex, stop)
        if HEAD in marks.values():
            # in a forum's numbered posts ("#3", a date, the post), "Jane Roe
            # said:" heads a quote of an earlier post: no comment
            undecided = [b for b in doc.blocks if b.kept is None]
            for first, end in _thread_spans(doc, undecided)[0]:
                for b in undecided[first:end]:
                    if marks.get(b.index) == HEAD:
                        del marks[b.index]
        n_heads = sum(1 for m in marks.values() if m == HEAD)

        def prose_ahead(i: int) -> bool:
            # a paragraph right under block i
            return any(
                f.words >= PROSE_MIN_WORDS and (f.ends_sentence or f.ends_colon)
                for f in feats[i + 1 : i + 1 + LINK_AHEAD]
            )

        glued_memo: dict[int, bool] = {}

        def cards_open(i: int) -> bool:
            # block i, a headline that asks after a colon, opens a list of
            # teaser cards (two or more: its summary, the next card's title
            # and summary), not the article resuming with a question
            if not asking_headline(doc.blocks[i].content):
                return False
            ahead = [b for b in doc.blocks[i : i + CARDS_MIN * (CARD_TITLES + 1)] if b.kept is not False]
            return count_cards([card_summary(feats[b.index], b.content) for b in ahead]) >= CARDS_MIN

        def glued_at(i: int) -> bool:
            # block i is a teaser card in sentence case (see is_glued_lead)
            if not 0 <= i < len(feats) or feats[i].words < PROSE_MIN_WORDS:
                return False
            if i not in glued_memo:
                glued_memo[i] = is_glued_lead(doc.blocks[i].content, stop)
            return glued_memo[i]

        def heading_at(i: int) -> bool:
            # block i is a section's heading (as the loop below reads one
            # that asks nothing)
            text = doc.blocks[i].content
            if len(text) > HEADING_MAX_CHARS or feats[i].ends_sentence:
                return False
            fam = memo.get(text, "")
            if fam == "":
                fam = memo[text] = lex.section_heading(text, text_key=feats[i].key)
            return fam is not None

        def card_list(head: int) -> None:
            # the teaser cards under the related-content heading at block
            # head, when they run to the page's tail (see CARD_LIST_MIN): they go
            cards, end = _card_list(doc, feats, head + 1)
            if cards < CARD_LIST_MIN:
                return
            # (by index: a slice would copy the rest of the page at every heading)
            for i in range(end, len(doc.blocks)):
                g = feats[i]
                if heading_at(i):
                    break  # (another section under the cards: its own rules decide)
                if doc.blocks[i].kept is False or (g.words <= CARD_LIST_TAIL_WORDS and not g.ends_sentence):
                    continue
                return  # text under the cards: not the page's tail
            title = doc.blocks[head].content
            for b in doc.blocks[head + 1 : end]:
                if b.kept is None:
                    doc.drop(
                        b,
                        self.name,
                        f'dropped: a teaser card in a list under the "{title}" related-content heading',
                        kind="related",
                    )

        for block, f in zip(doc.blocks, feats, strict=True):
            text = block.content
            # a heading asking its question ("Schon gelesen?", "Lust auf
            # mehr?") is one only as the lexicon writes it, whole: an article's
            # own subheadings ask questions too
            asks = f.ends_sentence and text.endswith("?") and f.words <= QUESTION_MAX_WORDS
            # "12 thoughts on “<the article's title>”", longer than a heading
            # (a count the boilerplate cleaner took for a comment prompt may
            # be a word: "One thought on “…”")
            counts = text[:1].isdigit() or block.index in prompts
            counted_long = (
                HEADING_MAX_CHARS < len(text) <= COUNT_HEADING_MAX_CHARS
                and counts
                and text[-1] in _CLOSING_QUOTES
            )
            if (
                (
                    len(text) <= HEADING_MAX_CHARS
                    and (not f.ends_sentence or text.endswith(("...", "\u2026")) or asks)
                )
                or counted_long
            ) and not ("{" in text or "}" in text or "=" in text or ";" in text):
                fam = None if counted_long else memo.get(text, "")
                if fam == "":
                    whole = asks and not text.endswith(("...", "\u2026"))
                    fam = memo[text] = (
                        lex.section_heading(text, 0, 0, text_key=f.key)
                        if whole
                        else lex.section_heading(text, text_key=f.key)
                    )
                if fam == "related" and text[:1].isdigit():
                    fam = None  # "12 References": an entry of a table of contents
                if fam is None and counts:
                    # "12 thoughts on “Dry summer”": a count, a comment heading
                    # and the article's title, however long; or a line the
                    # boilerplate cleaner dropped as a comment prompt that
                    # counts the comments or names the article in quotes
                    # ("5 réflexions sur « … »", "One thought on “…”")
                    head = " ".join(f.key.split()[:COUNT_HEADING_WORDS])
                    if (
                        (block.index in prompts and (text[:1].isdigit() or text[-1] in _CLOSING_QUOTES))
                        or (
                            text[:1].isdigit()
                            and lex.section_heading(head, 0, 0, text_key=head) == "comments"
                        )
                        or _counted_prompt(text, f.ends_sentence, lex)
                    ):
                        fam = "comments"
                if fam == "content":
                    # "Ingredients", "Technische Daten": the article's own list
                    # follows (the region cleaner keeps it next to the article)
                    content.append(block.index)
                    heading, family, prev_prose = None, "", None
                    continue
                if fam == "comments" and prose_seen == 0 and prose_ahead(block.index):
                    # a "Comments" link above the article: no thread starts here
                    doc.drop(
                        block, self.name, f'dropped: "{text}" is a link to the comments', kind="comments_link"
                    )
                    continue
                if fam == "related" and not counted_long:
                    topic = _box_topic(f.key.split(), lex)
                    top = _box_above(doc, block.index, topic, lex) if topic else -1
                    # the link closing a box of the topic's stories above it
                    # (it heads the section under it all the same: the link
                    # to more of a topic may stand over a list of it too)
                    if top >= 0:
                        for b in doc.blocks[top : block.index]:
                            if b.kept is None:
                                doc.drop(
                                    b, self.name, f'dropped: in the box closed by "{text}"', kind="related"
                                )
                if fam is not None:
                    doc.drop(
                        block,
                        self.name,
                        f'dropped: "{text}" heading starts a {_WHAT[fam]} section',
                        kind=_HEAD_KIND[fam],
                    )
                    if fam == "comments" and family != "comments" and block.cleaner == "labels":
                        # the thread's first reply label ("Antworten"): the
                        # comment right above it is the thread's too
                        _thread_above(doc, block.index, heads, under, self.name, marks)
                    if fam in RUN_ON:
                        heads.append(block.index)
                        if fam == "comments" and counts and prose_seen > 0:
                            threads.append(block.index)
                        heading, family, prev_prose, entries, counted = text, fam, None, 0, 0
                        title = text
                        if fam == "related" and prose_seen >= CARD_LIST_PROSE_BEFORE:
                            card_list(block.index)
                        # in a text that opens with its article (an extractor's
                        # output), a comment heading after the article starts
                        # the comment thread, which runs to the end
                        closing = (
                            fam == "comments" and opens_with_prose and prose_seen >= CLOSING_AFTER_PARAGRAPHS
                        )
                        # comments follow the article: a comment heading above
                        # every paragraph (a "Comments" link at the top) heads no thread
                        after_prose = prose_seen > 0
                    continue
            mark = marks.get(block.index)
            if (
                prose_seen > 0
                and family != "comments"
                and (
                    (mark == HEAD and n_heads >= MIN_HEADS and _dated_head(doc, block.index, marks))
                    or (
                        mark == REPLY
                        and block.kept is False
                        # (the first comment's name is left to the region cleaner:
                        # a short line, its score parts the article from the thread)
                        and _thread_above(doc, block.index, heads, under, self.name, marks, drop_name=False)
                    )
                )
            ):
                # a thread with no heading: the first of two comment heads or
                # more ("Jane Roe says:"), or the first reply button under a
                # comment, another comment under it (see _thread_above)
                if block.kept is None:
                    doc.drop(block, self.name, f"dropped: a comment's {_MARK_WHAT[mark]} starts the thread")
                # (the thread after the article, for the region cleaner's far
                # runs: from the first comment above the button, or the head)
                threads.append(heads[-1] if mark == REPLY else block.index)
                heads.append(block.index)
                under[block.index] = "comments"
                heading, family, prev_prose, entries, counted = text, "comments", None, 1, 0
                title = text
                closing = opens_with_prose and prose_seen >= CLOSING_AFTER_PARAGRAPHS
                after_prose = True
                continue
            # "1. <headline> <summary>", "2. ...": a numbered teaser list
            # ("Most Read") whose summaries read as prose
            # (or the number on a line of its own, "1", then the item's
            # headline on the line under it: the list ends where its
            # numbering ends, so only the line right under a number goes
            # with it)
            number = _list_number(block) or _bare_number(text)
            listed = family == "related" and counted < TEASER_LIST_MAX and number == counted + 1
            if listed:
                counted += 1
                prev_prose = None
                numbered_at = block.index
            elif (
                family == "related"
                and counted
                and numbered_at == block.index - 1
                and _bare_number(doc.blocks[numbered_at].content)
            ):
                listed = True  # the headline of the item numbered on the line above
                prev_prose = None
            # "<headline> <summary>" in sentence case, run together by a space:
            # a teaser card of the list, however long (not the article resuming)
            # (in a list: another one is near)
            glued = (
                family == "related"
                and glued_at(block.index)
                and any(
                    glued_at(j)
                    for j in range(block.index - CARD_NEAR, block.index + CARD_NEAR + 1)
                    if j != block.index
                )
            )
            if glued and block.kept is None:
                doc.drop(
                    block,
                    self.name,
                    f'dropped: a teaser card under the "{title}" related-content heading',
                    kind="related",
                )
            if family and not listed:
                # two paragraphs in a row: the article resumed (teaser lists and
                # comments alternate with titles, names and dates); the first is not "under" either.
                # A block an earlier cleaner dropped is no paragraph of the article.
                if (
                    f.words >= PROSE_MIN_WORDS
                    and f.ends_sentence
                    and block.kept is not False
                    and not (family == "related" and (_title_lead(text) or cards_open(block.index)))
                    and not glued
                ):
                    window = ENTRY_WINDOW_LONG if entries >= 2 else ENTRY_WINDOW
                    # (a thread has shown a dated entry before: name, date, text)
                    thread = (
                        after_prose and entries > 0 and _dated_entry_near(doc, block.index, window, marks)
                    )
                    if prev_prose is not None and not closing and not thread:
                        under.pop(prev_prose, None)
                        family = ""
                    prev_prose = block.index
                else:
                    prev_prose = None
            if f.words >= PROSE_MIN_WORDS and f.ends_sentence:
                prose_seen += 1
            if family:
                under[block.index] = family
                if block.kept is False and block.cleaner == "bylines":
                    entries += 1
            if heading is None:
                continue
            # (a bulleted line cut off, "... confirmed in wild a...", is a
            # teaser of the list, not prose resuming)
            cut = family == "related" and block.bullet and text.endswith(("...", "\u2026"))
            if f.words >= PROSE_MIN_WORDS and f.ends_sentence and not listed and not cut:
                heading = None
                continue
            if not prose_seen and not run_on_seen and not block.bullet and run_on(f, text, doc.language):
                # the page's first paragraph, run on into a link or cut off,
                # under a heading of the menu above the article (its lede):
                # prose, left to the region cleaner (the section goes on under it)
                run_on_seen = True
                continue
            if (
                family == "related"
                and not entries
                and not listed  # (an item of the list is no start of the article)
                and _article_start(doc, block.index, first_pair)
            ):
                # the article's headline and lede under a heading of the menu
                # above it ("Trending", "Top-Themen"): the section ends here,
                # the region cleaner decides (not in a list of dated teaser
                # cards: a title, its date, the next title)
                under.pop(block.index, None)
                heading, family, prev_prose = None, "", None
                continue
            if block.kept is None:
                doc.drop(
                    block,
                    self.name,
                    f'dropped: under the "{heading}" {_WHAT[family]} heading',
                    kind=_LINE_KIND[family],
                )
                doc.records.section_runon.add(block.index)

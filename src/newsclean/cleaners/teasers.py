"""Teasers: a truncated line ("... were set ...") that repeats the start of
another block, as a teaser repeats the lede; and lists of teaser cards, a
headline glued to its summary ("Bill At Troy SteakhouseA party of six left
...") as a text dump joins the two parts of a card, or a headline and its
one-line summary set off from the next card by a rule ("-", "* * *").

>>> from newsclean.document import Document
>>> doc = Document.from_text(
...     "Seoul, Jan 6 The ministers were set ...\\n"
...     "Seoul, Jan 6 The ministers were set to hold talks in Seoul on Monday, officials said.")
>>> Teasers().annotate(doc)
>>> doc.render()
'Seoul, Jan 6 The ministers were set to hold talks in Seoul on Monday, officials said.'
"""

from __future__ import annotations

from itertools import pairwise

import regex

from ..document import Block, Document
from ..features import features
from ..lexicon import all_stopwords, key, load_lexicon, load_stopwords
from .base import Cleaner

__all__ = ["Teasers"]

# A teaser shares at least this many leading words with the text it repeats.
TEASER_MIN_WORDS = 5

# A card's headline has at least this many words, most of them capitalised...
CARD_TITLE_MIN_WORDS = 5
CARD_TITLE_MIN_CAPS = 0.75
# ...and its summary at least this many, many in lower case.
CARD_SUMMARY_MIN_WORDS = 4
CARD_SUMMARY_MIN_LOWER = 0.4
# A headline joined to its summary by a space: at most this many words,
# this share of them capitalised, and the summary's next words mostly lower case.
CARD_TITLE_MAX_WORDS = 25
SPACED_CARD_MIN_CAPS = 0.9
CARD_SUMMARY_MIN_LOWER_SPACED = 0.5
# the words is_spaced_card reads at most: a headline of CARD_TITLE_MAX_WORDS
# and six words of its summary
_SPACED_CARD_READS = CARD_TITLE_MAX_WORDS + 6
# Cards come in lists: another one within this many blocks.
CARD_NEAR = 2
# Cards set off by rules (lines without words, "-", "* * *"): a headline of
# this many words (not a sentence, but it may ask a question) and at most
# this many lines more (its summary), each of at most this many words...
RULED_TITLE_WORDS = (3, 20)
RULED_CARD_MAX_LINES = 3
RULED_LINE_MAX_WORDS = 30
# ...at least this many in a row, each with a rule above and under it.
RULED_MIN_CARDS = 3
# What a rule is made of ("..." is an elision, in code or in a quote).
_RULE_MARKS = frozenset("-\u2010\u2012\u2013\u2014\u2015\u2500*_=~\u2022\u00b7 ")

# Where a headline can end glued to the summary: a lower-case letter, digit or
# end mark right before a capital that starts a word ("SteakhouseA party").
# A match is that capital (it starts where the summary does): matched first,
# then what stands before and after it looked around, so that a search tries
# the capitals, not every character.
_GLUE = regex.compile(r"\p{Lu}(?<=[\p{Ll}\p{N}?!.'\")]\p{Lu})(?=\p{Ll}|(?<=[AI])\s)")
_GLUE_PART = regex.compile(r"[\p{L}\p{N},]+$")
# A name glued on purpose ("McDonald", "iPad") has at most this many
# characters before its capital.
GLUED_NAME_MAX = 3
# The lookbehind makes a run of dots start a match only once: linear time.
# A list of related headlines in Title Case ("* Moon Rush: Private Lunar Lander
# Plans", "* Here's Where Landers Will Land on the Moon"), a convention of
# English headlines: at least this many bulleted items in a row, each of
# this many words, every word that is no function word capitalised...
HEADLINE_LIST_MIN_ITEMS = 2
# A dump that prints no bullets (a block a line, an extractor's output) sets
# the same list as lines of their own: at least this many in a row then, as
# an article's own Title-Case subheadings stand one at a time.
HEADLINE_LIST_MIN_PLAIN = 3
HEADLINE_LIST_WORDS = (5, 20)
# ...and more than this share of them with one of the short words Title Case
# leaves in lower case (which a list of names or places has not, nor most
# items of a record, "* Venue: Hotel Bellevue, Market Square 2").
HEADLINE_LIST_MIN_LOWER = 0.5
# A link to another story set in capitals between two paragraphs of the
# article ("SENATOR SAYS THE BUDGET VOTE WILL COME BEFORE THE RECESS"): this
# many words or more (an article's own subheadings in capitals are shorter,
# "HOW TO USE A WATER BATH CANNER"), at most the second; nearly every cased
# letter a capital ("... AT THE AMAs"); the paragraphs around it this long.
CAPS_LINK_WORDS = (8, 30)
CAPS_LINK_MIN_UPPER = 0.9
CAPS_LINK_PARAGRAPH_WORDS = 10
# ...the one above may end with no full stop when it is this long (a
# paragraph whose last words were a link, the stop left out after it)
CAPS_LINK_RUNON_WORDS = 20
# a list of dated teaser cards under the article: a headline of this many
# words, a summary of at least this many, a date; this many cards in a row,
# after this many paragraphs of prose (this many words, ending a sentence)
DATED_TITLE_WORDS = (3, 16)
DATED_SUMMARY_MIN_WORDS = 10
DATED_MIN_CARDS = 2
DATED_PROSE_BEFORE = 2
DATED_PROSE_WORDS = 15
# A list of teaser cards that says again the headlines of another list on the
# page, each now run into its summary ("Council shuts the old bridge", then
# "Council shuts the old bridge The crossing will close in May ..."): a
# headline of this many words, this many words of summary or more after it
# and at most REPEAT_SUMMARY_MAX_WORDS (a sentence or two, not an answer of an
# FAQ that repeats its question from a table of contents), at least this many such cards within CARD_NEAR blocks of each other, each
# repeating another headline, the headlines themselves within this many
# blocks of each other (a list, not one title the article's lede repeats).
REPEAT_TITLE_WORDS = (4, CARD_TITLE_MAX_WORDS)
REPEAT_SUMMARY_MAX_WORDS = 40
REPEAT_MIN_CARDS = 2
REPEAT_TITLES_NEAR = 3
# a time of day alone ("16:14 Uhr", "4:14 p.m."): a live story's entry, no card's date
_TIME_ALONE = regex.compile(r"^\W*\d{1,2}[:.h]\d{2}\s*(?:uhr|h|[ap]\.?m\.?)?\W*$", regex.IGNORECASE)
# A list of links to the site's videos or galleries: two titles or more in a
# row, each ending with the kind of its medium in brackets ("Review: the new
# headset [Video]", "Les plus beaux jardins (PHOTOS)", "Neue Single
# erschienen [Audio]", "Así fue la gala (Fotos)"), of this many words before
# the tag (a title, not a service's name: "YouTube (Video)")
MEDIA_TITLE_WORDS = (4, 30)
MEDIA_MIN_TITLES = 2
# (the kinds of media are the lexicons' ``media_tags``, en, de, fr, es, it,
# pt, nl)
_TITLE_SMALL = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "for",
        "on",
        "in",
        "to",
        "and",
        "or",
        "at",
        "by",
        "with",
        "from",
        "as",
        "vs",
        "via",
        "into",
        "over",
    }
)
_HEADLINE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.&-]*")
_ELLIPSIS = regex.compile(r"(?:(?<!\.)\.{3,}|…|\[\s*(?:\.{3}|…)\s*\]|\(\s*(?:\.{3}|…)\s*\))\s*$")


def is_card(text: str) -> bool:
    """Is ``text`` a teaser card: a Title-Case headline glued to a summary?

    >>> is_card("Customers Leave Without Paying Bill At Troy SteakhouseA party of six left without paying.")
    True
    >>> is_card("Following the 16-inch MacBook Pro, Apple plans to release a new model next year.")
    False
    """
    for m in _GLUE.finditer(text):
        i = m.start()
        before = text[i - 1]
        if before == "." and not (i >= 3 and text[i - 2].islower() and text[i - 3].isalpha()):
            continue  # "U.S.", "W.Va."
        # (the run before the capital is looked for in its last characters:
        # as far back as one more than a name's, all the test needs)
        part = _GLUE_PART.search(text, max(0, i - GLUED_NAME_MAX - 1), i)
        if part and part.group()[-1].isalpha() and len(part.group()) <= GLUED_NAME_MAX:
            continue  # a name glued on purpose: "McDonald", "MacBook", "iPad"
        left = text[:i].split()
        right = text[i:].split()
        if len(left) < CARD_TITLE_MIN_WORDS or len(right) < CARD_SUMMARY_MIN_WORDS:
            continue
        caps = sum(1 for w in left if w[0].isupper() or w[0].isdigit()) / len(left)
        lower = sum(1 for w in right[1:] if w[0].islower()) / (len(right) - 1)
        if caps >= CARD_TITLE_MIN_CAPS and lower >= CARD_SUMMARY_MIN_LOWER:
            return True
    return False


def is_spaced_card(text: str, stop: frozenset[str]) -> bool:
    """Is ``text`` a teaser card whose headline and summary are joined by a
    space: a headline in Title Case (its function words capitalised too,
    "Bill At Troy Steakhouse") and then a sentence?

    >>> stop = frozenset({"at", "of", "the", "a"})
    >>> is_spaced_card("Customers Leave Without Paying Bill At Troy Steakhouse A party of six left without paying.", stop)
    True
    >>> is_spaced_card("The ministers of both countries met in Seoul on Monday to discuss the alliance.", stop)
    False
    """
    # (the words past the last the test reads are not split: a paragraph's
    # hundred words cost more to split than the test; a longer line leaves
    # more than that many words, and ``last`` is the same)
    words = text.split(None, _SPACED_CARD_READS)
    if len(words) < 2 * CARD_TITLE_MIN_WORDS:
        return False
    last = min(len(words) - CARD_TITLE_MIN_WORDS, CARD_TITLE_MAX_WORDS)
    # capitalised words among the first k (counted as k grows)
    caps = sum(1 for w in words[:CARD_TITLE_MIN_WORDS] if w[0].isupper() or w[0].isdigit() or w[0] in "'‘\"“")
    for k in range(CARD_TITLE_MIN_WORDS, last):
        if k > CARD_TITLE_MIN_WORDS:
            c = words[k - 1][0]
            caps += 1 if c.isupper() or c.isdigit() or c in "'‘\"“" else 0
        if 10 * (k - caps) >= last:
            return False  # too many small words for a headline of any length left
        if words[k - 1][-1] in ",;:." or not words[k][0].isupper():
            continue
        if caps < SPACED_CARD_MIN_CAPS * k:
            continue
        head = words[:k]
        if not any(len(w) > 1 and w[0].isupper() and w.casefold().strip("'\",:;") in stop for w in head[1:]):
            continue  # a run of names, not a Title-Case headline
        rest = words[k + 1 : k + 7]
        if sum(1 for w in rest if w[0].islower()) >= CARD_SUMMARY_MIN_LOWER_SPACED * len(rest):
            return True
    return False


# A headline in sentence case run into its summary by a space ("... a disaster
# for Republicans Even their own witnesses ..."): at least this many words
# before the summary, at most this share of them (after the first) capitalised.
GLUED_LEAD_MIN_WORDS = 4
GLUED_LEAD_MAX_CAPS = 0.25
_QUOTES = "'\"\u2018\u2019\u201c\u201d"


def is_glued_lead(text: str, stop: frozenset[str]) -> bool:
    """Does ``text`` open with a headline in sentence case run into its
    summary by a space: a function word that starts the summary, capitalised
    in the middle of the line right after a word that is none ("... future
    automation A new study ...")? A capitalised function word followed by a
    capitalised name ("told The Associated Press"), after a function word
    ("in The Lancet"), or in a line whose words are often capitalised (a
    language that capitalises its nouns) is none.

    >>> stop = frozenset({"a", "the", "by", "of", "could", "be", "most"})
    >>> is_glued_lead("Office workers could be the most hit by automation A new study says so.", stop)
    True
    >>> is_glued_lead("The mayor told reporters on Monday The Associated Press had it wrong.", stop)
    False
    """
    words = text.split(None, CARD_TITLE_MAX_WORDS + 1)
    if len(words) < 2 * GLUED_LEAD_MIN_WORDS + 1:
        return False
    first = words[0][0]
    if not (first.isupper() or first.isdigit() or first in _QUOTES):
        return False
    # capitalised words among words[1:k] (counted as k grows)
    caps = sum(1 for w in words[1 : GLUED_LEAD_MIN_WORDS - 1] if w[0].isupper())
    for k in range(GLUED_LEAD_MIN_WORDS, min(len(words) - GLUED_LEAD_MIN_WORDS, CARD_TITLE_MAX_WORDS)):
        prev, word = words[k - 1], words[k]
        caps += prev[0].isupper()
        if not word[0].isupper() or word == "I" or (len(word) > 1 and not word[1:].islower()):
            continue  # (an acronym: "US", "AI")
        if not prev[-1].isalnum() or not words[k + 1][0].islower():
            continue
        if any(c in _QUOTES for c in prev + word):
            continue  # a quoted phrase ("a “Business As Usual” approach")
        if word.strip(_QUOTES).casefold() not in stop or prev.strip(_QUOTES).casefold() in stop:
            continue
        if caps <= GLUED_LEAD_MAX_CAPS * (k - 1):
            return True
    return False


class Teasers(Cleaner):
    """Drop truncated teasers that repeat the start of a longer block, lists
    of teaser cards and related headlines, and links to other stories in
    capitals between two paragraphs."""

    name = "teasers"

    def annotate(self, doc: Document) -> None:
        self._truncated(doc)
        self._cards(doc)
        self._ruled_cards(doc)
        self._dated_cards(doc)
        self._repeated_titles(doc)
        self._headline_list(doc)
        self._capitals_links(doc)
        self._media_links(doc)

    def _truncated(self, doc: Document) -> None:
        feats = features(doc)
        # every ending the pattern matches holds "..." or "…"
        truncated = [
            block
            for block in doc.undecided()
            if ("..." in block.content or "…" in block.content)
            and _ELLIPSIS.search(block.content) is not None
        ]
        if not truncated:
            return
        by_start: dict[str, list[Block]] = {}
        for block in doc.blocks:
            # (only the first words are split: the same first words as a
            # whole split, and as many when there are that many)
            head = feats[block.index].key.split(None, TEASER_MIN_WORDS)
            if len(head) >= TEASER_MIN_WORDS:
                by_start.setdefault(" ".join(head[:TEASER_MIN_WORDS]), []).append(block)
        for block in truncated:
            words = feats[block.index].key.split()
            words = words[:-1]  # the last word may be cut
            if len(words) < TEASER_MIN_WORDS:
                continue
            for other in by_start.get(" ".join(words[:TEASER_MIN_WORDS]), ()):
                if other is block:
                    continue
                full = feats[other.index].key.split()
                if len(full) > len(words) and full[: len(words)] == words:
                    doc.drop(block, self.name, f"dropped: a teaser repeating block {other.index + 1}")
                    break

    def _cards(self, doc: Document) -> None:
        stop = all_stopwords()
        memo = doc.memo(__name__ + ".cards")
        cards = []
        for b in doc.undecided():
            text = b.content
            card = memo.get(text)
            if card is None:
                card = memo[text] = bool(_GLUE.search(text) and is_card(text)) or is_spaced_card(text, stop)
            if card:
                cards.append(b.index)
        for k, i in enumerate(cards):
            near = (k > 0 and i - cards[k - 1] <= CARD_NEAR) or (
                k + 1 < len(cards) and cards[k + 1] - i <= CARD_NEAR
            )
            if near:
                doc.drop(
                    doc.blocks[i],
                    self.name,
                    "dropped: a teaser card (a headline glued to its summary) in a list of them",
                )

    def _ruled_cards(self, doc: Document) -> None:
        """A list of cards set off by rules: "-", a headline, its one-line
        summary, "-", the next headline... (an article's sections are longer,
        and start with no rule between every two of them). The last card of
        a list that ends the text needs no rule under it."""
        feats = features(doc)
        rules = [
            b.index
            for b in doc.blocks
            if feats[b.index].tokens == 0 and _RULE_MARKS.issuperset(b.text.strip())
        ]
        if len(rules) < RULED_MIN_CARDS:  # (the text's end may close the last card)
            return

        def card(lo: int, hi: int) -> bool:
            # blocks lo..hi-1, between two rules
            if not 1 <= hi - lo <= RULED_CARD_MAX_LINES:
                return False
            title = feats[lo]
            first = doc.blocks[lo].content[:1]
            if not (first.isupper() or first.isdigit() or first in "'\"\u2018\u201c"):
                return False  # a headline starts with a capital (code, a list's items need not)
            if not RULED_TITLE_WORDS[0] <= title.words <= RULED_TITLE_WORDS[1] or (
                title.ends_sentence and not doc.blocks[lo].content.endswith(("...", "\u2026", "?"))
            ):
                return False
            return all(feats[i].words <= RULED_LINE_MAX_WORDS for i in range(lo + 1, hi))

        run: list[tuple[int, int]] = []
        for a, b in pairwise(rules):
            if card(a + 1, b):
                run.append((a + 1, b))
                continue
            self._drop_cards(doc, run)
            run = []
        # the text's end closes the last card of a list as a rule would
        if run and run[-1][1] == rules[-1] and card(rules[-1] + 1, len(doc.blocks)):
            run.append((rules[-1] + 1, len(doc.blocks)))
        self._drop_cards(doc, run)

    def _dated_cards(self, doc: Document) -> None:
        """A list of dated teaser cards under the article: a headline, its
        one-paragraph summary and its date or dated byline (the bylines
        cleaner dropped it), the date under the headline or under the
        summary, two cards or more in a row ("Council votes to close the
        bridge", "The old crossing will shut in May ...", "12.03.2024", the
        next headline...). Only after the article: two paragraphs of prose
        come before the list, so a page that is such a list (an archive, a
        blog's front page) keeps it. A time of day alone is no card's date
        (it opens an entry of a live story)."""
        feats = features(doc)
        blocks = doc.blocks
        n = len(blocks)

        def title(i: int) -> bool:
            b = blocks[i]
            f = feats[i]
            first = b.content[:1]
            return (
                not b.decided
                and not b.bullet
                and DATED_TITLE_WORDS[0] <= f.words <= DATED_TITLE_WORDS[1]
                and (first.isupper() or first.isdigit() or first in "'\"\u2018\u201c\u201e\u00ab")
                and not b.content.rstrip().endswith((".", "!", ":", ";", ","))
            )

        def summary(i: int) -> bool:
            return not blocks[i].decided and feats[i].words >= DATED_SUMMARY_MIN_WORDS

        def date(i: int) -> bool:
            b = blocks[i]
            return b.kept is False and b.cleaner == "bylines" and _TIME_ALONE.match(b.content) is None

        def card(i: int) -> int:
            # the blocks of a card starting at i, or 0
            if i + 2 >= n or not title(i):
                return 0
            if (summary(i + 1) and date(i + 2)) or (date(i + 1) and summary(i + 2)):
                return 3
            return 0

        prose = 0  # paragraphs of prose before the block at i
        i = 0
        while i < n:
            run: list[int] = []
            j = i
            while (size := card(j)) > 0:
                run.append(j)
                j += size
            if len(run) >= DATED_MIN_CARDS:
                if prose >= DATED_PROSE_BEFORE:
                    for k in range(run[0], j):
                        if not blocks[k].decided:
                            doc.drop(
                                blocks[k],
                                self.name,
                                "dropped: a dated teaser card in a list under the article",
                            )
                # (a list that opens the page stays whole: its summaries are no prose before it)
                i = j
                continue
            f = feats[i]
            if not blocks[i].decided and f.words >= DATED_PROSE_WORDS and f.ends_sentence:
                prose += 1
            i += 1

    def _repeated_titles(self, doc: Document) -> None:
        """A list of teaser cards whose headlines the page lists again on
        their own (a sidebar's "More from ..." list, then a "Most Read" list
        of the same stories with their summaries): a line that opens with the
        whole of another line, a headline of four words or more that ends no
        sentence with a full stop, and goes on with a summary that starts
        with a capital, of at most forty words; two such cards or more near
        each other, repeating headlines that stand near each other too. One
        paragraph that opens with the article's headline repeats one title
        alone, and the answers of an FAQ that repeat their questions from a
        table of contents are mostly longer."""
        feats = features(doc)
        blocks = doc.blocks
        lo, hi = REPEAT_TITLE_WORDS
        # the headlines by their keys, and their first words: a quick test
        # before a line's first words are looked up as a headline (at most
        # REPEAT_TITLE_WORDS[1] look-ups a line: linear time)
        titles: dict[str, Block] = {}
        starts: set[str] = set()
        for b in blocks:
            f = feats[b.index]
            if lo <= f.words <= hi and not b.content.rstrip().endswith("."):
                words = f.key.split()
                if len(words) >= lo:
                    titles.setdefault(" ".join(words), b)
                    starts.add(" ".join(words[:lo]))
        if not titles:
            return
        cards: list[tuple[int, int]] = []  # (card, the headline it repeats)
        for b in blocks:
            f = feats[b.index]
            if b.decided or not lo + CARD_SUMMARY_MIN_WORDS <= f.words <= hi + REPEAT_SUMMARY_MAX_WORDS:
                continue
            words = f.key.split(None, hi + 1)
            if " ".join(words[:lo]) not in starts:
                continue
            head_key = " ".join(words[: lo - 1])
            for w in words[lo - 1 : hi]:
                head_key += " " + w
                title = titles.get(head_key)
                if title is None:
                    continue
                head = title.content.rstrip()
                rest = b.content[len(head) : len(head) + 2]
                if (
                    feats[title.index].words + CARD_SUMMARY_MIN_WORDS
                    <= f.words
                    <= feats[title.index].words + REPEAT_SUMMARY_MAX_WORDS
                    and b.content.startswith(head)
                    and rest[:1] == " "
                    and (rest[1:].isupper() or rest[1:].isdigit())
                ):
                    cards.append((b.index, title.index))
                    break
        if len(cards) < REPEAT_MIN_CARDS:
            return
        for k, (i, t) in enumerate(cards):
            if any(
                0 < abs(i - j) <= CARD_NEAR and u != t and abs(t - u) <= REPEAT_TITLES_NEAR
                for j, u in cards[max(0, k - CARD_NEAR) : k + CARD_NEAR + 1]
            ):
                doc.drop(
                    blocks[i], self.name, f"dropped: a teaser card repeating the headline of block {t + 1}"
                )

    def _headline_list(self, doc: Document) -> None:
        """A list of Title-Case headlines in an English page, bulleted or three
        lines or more in a row: the related stories a page sets in or under
        its article. Numbered items
        (a ranking, the article's own steps) are left to the region cleaner."""
        if doc.language != "en":
            return
        stop = load_stopwords()["en"]
        blocks = doc.blocks
        n = len(blocks)
        i = 0
        while i < n:
            # the whole list: its bulleted items in a row, or its lines in a
            # row that print no bullet, every one a headline
            j = i
            if blocks[i].bullet:
                while j < n and blocks[j].bullet:
                    j += 1
                least = HEADLINE_LIST_MIN_ITEMS
            else:
                while j < n and not blocks[j].bullet and _title_headline(blocks[j], stop):
                    j += 1
                least = HEADLINE_LIST_MIN_PLAIN
            if j - i >= least:
                run = range(i, j)
                heads = [_title_headline(blocks[k], stop) for k in run]
                if (
                    all(heads)
                    and heads.count(2) > HEADLINE_LIST_MIN_LOWER * len(run)
                    # a list the text announces ("These are the steps:") is its own
                    and not (i > 0 and blocks[i - 1].content.rstrip().endswith(":"))
                ):
                    for k in run:
                        if not blocks[k].decided:
                            doc.drop(
                                blocks[k], self.name, "dropped: a list of related headlines in Title Case"
                            )
            i = max(j, i + 1)

    def _capitals_links(self, doc: Document) -> None:
        """A headline in capitals, eight words or more, between two
        paragraphs of the article: a link to another story the page sets in
        its text ("TAXI DRIVERS PLAN A NEW STRIKE AFTER TALKS WITH THE CITY
        FAIL", "LA CIUDAD APRUEBA EL NUEVO PLAN DE TRÁFICO PARA EL CENTRO").
        Not a sentence, a question or a lead-in (the line ends with no full
        stop, "!", "?" or colon), nor a speaker's words under his name (a
        colon after the first one or two words, "ANNA MUSTER: ..."), as an
        interview's subheadings are."""
        feats = features(doc)
        blocks = doc.blocks
        for i in range(1, len(blocks) - 1):
            b = blocks[i]
            f = feats[i]
            if b.decided or f.words < CAPS_LINK_WORDS[0] or f.upper < CAPS_LINK_MIN_UPPER * f.letters:
                continue
            if b.content.rstrip().endswith((".", "!", "?", ":", "…")):
                continue
            # (words with a letter or a digit: a quotation mark is none)
            if (
                not CAPS_LINK_WORDS[0]
                <= sum(1 for w in b.content.split() if any(map(str.isalnum, w)))
                <= CAPS_LINK_WORDS[1]
            ):
                continue
            # (the cased letters: a line in a script without case has none)
            cased = sum(1 for c in b.content if c.isalpha() and (c.isupper() or c.islower()))
            if not cased or sum(1 for c in b.content if c.islower()) > (1 - CAPS_LINK_MIN_UPPER) * cased:
                continue
            if ":" in b.content and len(b.content.split(":", 1)[0].split()) <= 2:
                continue  # "ANNA MUSTER: WE BUILT IT OURSELVES" ("LE MAIRE : ..."), an interview's subheading
            if all(
                feats[k].words >= CAPS_LINK_PARAGRAPH_WORDS
                and (feats[k].ends_sentence or (k < i and feats[k].words >= CAPS_LINK_RUNON_WORDS))
                and feats[k].upper < CAPS_LINK_MIN_UPPER * feats[k].letters
                for k in (i - 1, i + 1)
            ):
                doc.drop(b, self.name, "dropped: a link to another story in capitals between two paragraphs")

    def _media_links(self, doc: Document) -> None:
        """Two undecided titles or more in a row, each ending with its
        medium's kind in brackets ("... Review: my new headset [Video]",
        "... beauties (PHOTOS)"): a list of links to the site's videos or
        galleries (see ``MEDIA_TITLE_WORDS``). One such line alone stays (it
        may be the page's own headline).

        The lines are left undecided and recorded
        (``DocRecords.media_links``): the region cleaner drops them once it
        has found the article, which it finds as if they were text. Dropped
        here, they would count as chrome around the lines next to them and
        cut off the article's own closing lines under such a list (a
        disclosure, a credit), which the list's lines, read as text, keep in
        the article."""
        tags = load_lexicon().media_tags
        run: list[Block] = []
        for block in doc.blocks:
            if block.kept is None and _media_title(block.content, tags):
                run.append(block)
                continue
            if len(run) >= MEDIA_MIN_TITLES:
                doc.records.media_links.update(b.index for b in run)
            run = []
        if len(run) >= MEDIA_MIN_TITLES:
            doc.records.media_links.update(b.index for b in run)

    def _drop_cards(self, doc: Document, run: list[tuple[int, int]]) -> None:
        # (the cards of a run are consecutive: each one's rules are the next one's)
        if len(run) < RULED_MIN_CARDS:
            return
        for lo, hi in run:
            for i in range(lo, hi):
                block = doc.blocks[i]
                if not block.decided:
                    doc.drop(block, self.name, "dropped: a teaser card in a list of cards set off by rules")


def _title_headline(block: Block, stop: frozenset[str]) -> int:
    """2 for a headline in Title Case holding a small word in lower
    case ("Keck Observatory: Twin Telescopes on Mauna Kea"), 1 for one
    without ("Moon Rush: Private Lunar Lander Plans"), 0 for no headline (a
    sentence, a numbered item, a line with a word in lower case)."""
    text = block.content.rstrip()
    if (
        text.count(" ") < HEADLINE_LIST_WORDS[0] - 1  # (too few words: a quick test first)
        or block.text.lstrip()[:1].isdigit()
        or text.endswith((".", ":", ",", ";"))
    ):
        return 0
    words = _HEADLINE_WORD.findall(text)
    if not HEADLINE_LIST_WORDS[0] <= len(words) <= HEADLINE_LIST_WORDS[1]:
        return 0
    lower_small = False
    for w in words:
        if w[0].isupper() or w[0].isdigit():
            continue
        if w in _TITLE_SMALL:
            lower_small = True
        elif w not in stop:
            return 0  # a word in lower case that Title Case would capitalise
    if not words[0][0].isupper():
        return 0
    return 2 if lower_small else 1


def _media_title(text: str, tags: frozenset[str]) -> bool:
    """Does ``text`` end with a medium's kind in brackets, one of ``tags``
    ("[Video]", "(FOTOS)"), after a title of ``MEDIA_TITLE_WORDS`` words
    that ends no sentence?

    >>> tags = frozenset({"video", "fotos"})
    >>> [_media_title(t, tags) for t in ("Review: the new headset [ VIDEO]", "YouTube (Video)", "The best gardens of the year (Fotos)")]
    [True, False, True]
    """
    text = text.rstrip()
    if not text or text[-1] not in ")]":
        return False  # (the quick test first)
    opener = "(" if text[-1] == ")" else "["
    start = text.rfind(opener)
    if start <= 0:
        return False
    if key(text[start + 1 : -1]) not in tags:
        return False
    title = text[:start].rstrip()
    if not title or title[-1] in ".!?:;,":
        return False
    return MEDIA_TITLE_WORDS[0] <= len(title.split()) <= MEDIA_TITLE_WORDS[1]

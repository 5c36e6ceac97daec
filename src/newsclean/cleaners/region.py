"""Find the article region: score every block, smooth with its neighbours,
keep the main region and its headline, drop the rest.

Two stages, as jusText classifies paragraphs and then revises with context:

1. **Score** (context-free): each undecided block gets a log-odds score of
   being article text from language-independent features (length, sentence
   punctuation, function-word share, Title-Case share, digits, separators,
   bullets), with weights from ``data/weights.json``.
2. **Smooth** (context): a two-state model (article / chrome) decoded with
   Viterbi; switching state costs ``transition_cost``. Short lines inside the
   article (subheadings, list items) stay; prose-like blocks far from it
   (teasers of other stories, comments) go.

Then the main region is the run of article blocks with the most evidence,
joined by the article runs close to it; the headline is the title-like line
just above it; repeated lines keep one copy. If no block looks like article
text at all, the text is kept as it is: newsclean does not guess (but for
the lines under a related-content or comment heading, and its menus).

>>> from newsclean.document import Document
>>> from newsclean.cleaners import Labels
>>> text = ("Home\\nNews\\nSport\\nMinisters meet in Seoul\\n"
...         "The foreign ministers of both countries met in Seoul on Monday to discuss the alliance.\\n"
...         "They agreed to meet again next year, officials said after the talks ended.\\n"
...         "Contact\\nImprint")
>>> doc = Document.from_text(text)
>>> Labels().annotate(doc)
>>> Region().annotate(doc)
>>> print(doc.render())
Ministers meet in Seoul
The foreign ministers of both countries met in Seoul on Monday to discuss the alliance.
They agreed to meet again next year, officials said after the talks ended.
"""

from __future__ import annotations

import json
import math
import operator
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Container
from dataclasses import MISSING, dataclass, fields
from functools import lru_cache
from importlib import resources
from itertools import accumulate, chain, pairwise
from operator import attrgetter
from typing import Any

import regex

from ..document import Block, DecisionKind, Document
from ..features import Features, features, title_limit
from ..lexicon import all_stopwords, load_lexicon
from .base import Cleaner
from .bylines import STAMP_KINDS, STAMP_LIST_MIN, byline_reason, line_dated, post_signature, section_break
from .labels import READ_MORE, LabelKind

__all__ = ["FEATURE_NAMES", "PARAMETERS", "Region", "Weights", "feature_matrix", "load_weights"]

# An emoticon alone on its line (":)", ";-)", "=)", ":(", "^^"): a line
# without words, but the writer's own when it closes a paragraph of the
# article (a blog post's last line); no quantifier nests
_EMOTICON = regex.compile(r"[:;=][\-'^]?[()\[\]/\\|*]{1,3}|\^\^")
# a dash parting a sentence ("Berlin - Am Montag …", "… — for now"): prose, not a caption
_DASH = regex.compile(r"\s[-–—]\s")
# A news agency's sign-off under its story: who reported, then who edited
# ("Reporting by Jane Roe; Editing by John Doe", "(Bericht von Anna Schmidt,
# redigiert von Max Muster)", "(Reportagem de Ana Souza; Edição de João
# Silva)"): the article's last line, not chrome. Its words are the
# lexicons' ``wire_credit`` (what opens it) and ``wire_editor`` (the
# editor's credit after a semicolon or a comma, then a name in capitals).
# A wire's sign-off: at most this many words
WIRE_SIGNOFF_MAX_WORDS = 40


FEATURE_NAMES = (
    "bias",
    "log_words",
    "ends_sentence",
    "log_sentences",
    "stopwords",
    "title_ratio",
    "digit_ratio",
    "separators",
    "bullet",
    "ends_colon",
    "indented",
    "very_short",
    "cjk",
    "comma_rate",
    "upper_ratio",
    "repeated",
    "under_comments",
    "under_related",
    "prev_log_words",
    "next_log_words",
    "window_short",
    "window_log_words",
    "cohesion",
    "title_overlap",
    "quotes",
    "glued",
    "near_dropped",
    "prev_dropped",
    "next_dropped",
)
# Blocks at least this long (in words) define the page's vocabulary for "cohesion".
COHESION_MIN_WORDS = 15

_WINDOW = 3
_KEY = attrgetter("key")
# A page of at least this many blocks with no prose-like block still has an
# article region: the one around its best-scoring blocks.
FALLBACK_MIN_BLOCKS = 8
# How far above the smoothing threshold the best block is put in that case.
FALLBACK_MARGIN = 1.0
# With no article region, the text is kept as it is but for its menus: a run
# of at least MENU_RUN_MIN short lines in a row (each of at most
# MENU_ITEM_WORDS words and MENU_ITEM_CHARS characters, no sentence, no colon:
# "Harbour Life", "Old Boats", "+ Nachthimmel"), across the lines the earlier
# cleaners dropped among them ("Home", "Shop"). Not a list that a line ending
# with a colon or a list heading ("Zutaten:", "Ingredients") announces, and
# the run's last line stays when text follows (it may be a heading).
MENU_RUN_MIN = 6
MENU_ITEM_WORDS = 3
MENU_ITEM_CHARS = 40
# The labels dropped that tell such a run is a menu (at least one among its
# lines or right above it): a navigation label ("Home"), a bar of labels.
_MENU_LABELS = frozenset((LabelKind.NAVIGATION, LabelKind.BAR))
_MENU_NUMBER = regex.compile(r"^\d{1,2}[.)]\s+")
# ...and a line made wholly of at least this many items of those menus (or of
# the labels dropped), as a footer repeats the menu on one line ("Harbour
# Life Old Boats Night Skies Shop")
MENU_LINE_MIN_ITEMS = 4
# The families of the section headings (``sections.py``), as a reason names them.
_SECTION_WHAT = {"related": "a related-content", "comments": "a comment"}
# A page's first line is its title bar if it is at most this long.
TITLE_BAR_MAX_CHARS = 300
# The headline is looked for this many blocks above the region when the
# page's title bar names it.
TITLE_WINDOW = 40
# The lede is the first paragraph of at least this many words...
LEDE_MIN_WORDS = 10
# ...within this many undecided blocks under the headline.
LEDE_WINDOW = 3
# Under the line the title bar names, the lede is looked for this many blocks
# down (bylines, dates and share buttons in between).
NAMED_LEDE_REACH = 12
# A block at the region's edge joins it if it ends a sentence, is this long...
EDGE_MIN_WORDS = 8
# Right under the region, a short last paragraph ("Work starts in May.") of
# this many words or more (and fewer than EDGE_MIN_WORDS) joins it too when it
# reads as a sentence (see closing_sentence).
CLOSING_MIN_WORDS = 3
# the caption of a picture inside the article, right above its credit
# (see :func:`_captions_by_credits`)
CAPTION_MIN_WORDS = 4
CAPTION_MAX_WORDS = 25
CAPTION_CREDIT_MAX_WORDS = 8
# a credit is names ("Jane Roe/Agency", "Photo by Jane Roe"), not a caption
# with its tag ("Die Kinder spielen im Hof (Symbolbild)")
CAPTION_CREDIT_MIN_TITLE = 0.5
CLOSING_MAX_TITLE = 0.5
# A share bar: lines the labels cleaner dropped as widget labels ("Teilen",
# "Link kopieren"), at least this many, and short lines among them that the
# lexicon does not know ("Text kopieren"), of at most SHARE_BAR_MAX_WORDS
# words each; the region grows across it without counting them as a gap.
SHARE_BAR_MIN_LABELS = 2
SHARE_BAR_MAX_WORDS = 3
_BUTTON_MARKS = regex.compile(r"[^\w\s'’-]")
# In a clean text, chrome runs of up to this many blocks at its ends are
# trimmed whatever they hold (longer ones up to ``Weights.edge_trim_max``
# only if they hold no paragraph).
EDGE_TRIM_ALWAYS = 3
# ...and a longer one after the article when it is a list of other stories'
# headlines (see _titles_tail): this many lines at least, half of them this
# many words or more
TITLES_TAIL_MIN_LINES = 8
TITLES_TAIL_MIN_WORDS = 5
# A text is no clean text, however few of its lines are short or were
# dropped, when the earlier cleaners dropped this many lines of chrome above
# its article (a site's menu and log-in links: a whole page), or when this
# many lines above it are under a related-content heading (a sidebar of
# other articles that the dump puts first): an extractor keeps neither.
DUMP_HEAD_CHROME = 10
DUMP_RELATED_LINES = 10
# Nor is a text more than this share of whose lines are menus the scoring is
# sure of: runs of at least MENU_RUN_MIN short lines in a row (of at most
# four words) each scoring at most DUMP_MENU_SCORE, whatever the earlier
# cleaners found and whatever paragraph the text opens with (a browser or
# cookie notice over a site's nested menus): an extractor keeps a list of
# the article's, never mostly menus.
DUMP_MENU_SHARE = 0.5
DUMP_MENU_SCORE = -8.0
# ...but not a list that ends the text under a heading of at most this many
# words ending with a colon ("Awards:"), right after the article.
CLOSING_HEADING_WORDS = 4
# With keep_bylines, bylines this many blocks above the article are kept.
BYLINE_WINDOW = 4
# The items of a list that a line ending with a colon announces are kept
# when they are this short and score at least ``Weights.list_min_score``.
LIST_ITEM_MAX_WORDS = 40
# The headline shares this share of its words with the first blocks of the
# article region (words compared on their first STEM letters).
HEADLINE_BODY_BLOCKS = 10
HEADLINE_OVERLAP = 0.3
# A title of fewer words (a name, a tag: "Jane Roe", "Davis Cup") is the
# headline only when no longer title is near.
HEADLINE_MIN_WORDS = 4
STEM = 5
# Hangul, Han and kana words are shorter than the words compared on their
# first STEM letters (a Korean word of two or three syllables, Chinese and
# Japanese written without spaces): their lines are compared on pairs of
# characters within a run of one script (a Han compound, a katakana word, a
# Korean word; hiragana, Japanese particles and endings, is no content), and
# a headline must share at least this many pairs, and pairs covering
# HEADLINE_OVERLAP of the characters of its runs.
_PAIR_SCRIPT = regex.compile(r"\p{Han}{2,}|[\p{Katakana}\u30fc]{2,}|\p{Hangul}{2,}")
_CJK_CHAR = regex.compile(r"[\p{Hangul}\p{Han}\p{Hiragana}\p{Katakana}]")
HEADLINE_MIN_PAIRS = 2
# A line under a related-content heading is a teaser card of its list, no
# headline, when at least this many titles above it in the same list each
# have their date under them (title, date, title, date, ...), looked for
# this many blocks up.
CARD_MIN_DATED = 2
CARD_REACH = 12
# (a date of at most this many words: "September 12, 2016")
CARD_DATE_WORDS = 6
# The headline above its standfirst (a dek): looked for this many blocks
# above the line first taken, past chrome the earlier cleaners dropped.
DEK_REACH = 8
# A headline with its kicker run in ("Exclusive: ...", "Das steckt dahinter:
# ..."): a colon after at most this many words, then more words. Such a line
# under a title without a colon is the headline, the title above it its kicker.
RUN_IN_KICKER_WORDS = 4
_RUN_IN_KICKER = regex.compile(r"^(?P<kicker>[^:]{2,60}?)\s?:\s+\S")
# A quote run in after its speaker and a colon, three words at most before
# it ("Er sagt: „…“", "Elle affirme : « … »"); not a headline that ends with
# a quote ("Video shows the rescue of a girl: “We got her!”")
_RUN_IN_QUOTE = regex.compile(r"^\S+(?:\s\S+){0,2}\s?:\s+[\"„“”«»‚‘‹›]")
# A run of at least this many titles right above the region (each a
# headline's shape, none decided: "16-Inch Laptop Now Available", "Mac Pro
# Shipping in December", ...) is a list of other stories, none of them the
# headline, when the region opens with a title of its own over its byline
# or date.
TITLE_LIST_MIN = 4
# A paragraph above the headline with a menu of this many bulleted items
# between them is the site's (a product's blurb in a mega-menu), not the
# article's.
MENU_BETWEEN_ITEMS = 8
# The standfirst between the headline and the article's text: a sentence of
# EDGE_MIN_WORDS words or more among the byline, the date and the share
# buttons, at most this many blocks above the article...
STANDFIRST_REACH = 20
# ...with at most this many undecided short lines between them.
STANDFIRST_SHORT_LINES = 4
# The dek right under the headline needs no byline or date under it, nor a
# full stop, when it shares this many terms with the article's first blocks.
DEK_SHARED_TERMS = 3
# The page's first paragraph right under its headline, above the region with
# only chrome between (share buttons, a related box, a byline): the lede of
# the article's header, when it shares this many terms with the article's
# first blocks and stands at most STANDFIRST_REACH blocks above it; the
# headline may have one short line under it (the author's name) of at most
# HEADER_LEDE_NAME_WORDS words.
HEADER_LEDE_SHARED_TERMS = 3
HEADER_LEDE_NAME_WORDS = 4
# A run of at least this many (title, one paragraph) pairs, making up this
# share of its blocks, is a list of teasers (its evidence of being the article
# is multiplied by ``Weights.teaser_list_evidence``).
TEASER_TITLE_WORDS = (3, 20)
# A meta line opens with its date of up to this many words before a bar
# ("12.12.2022 | 06:46 | Energy"): no headline
DATED_BAR_WORDS = 5
TEASER_LIST_MIN_PAIRS = 3
# ...or two, each signed by a byline or a date after its summary
TEASER_LIST_SIGNED_PAIRS = 2
TEASER_LIST_SHARE = 0.6
# a list of links: at least this many blocks, this share of them bulleted titles
LINK_LIST_MIN_ITEMS = 5
# At the region's end, right after its last paragraph, this many bulleted
# headlines are a list of links too ("* Ferry operators welcome the terminal")
LINK_TAIL_MIN_ITEMS = 3
# headlines without bullets closing the region: how many in a row, and their words
BARE_TAIL_MIN_ITEMS = 3
BARE_TAIL_WORDS = (5, 20)
BARE_TAIL_MAX_SHARED = 0.4
LINK_LIST_SHARE = 0.8
# teasers cut off without bullets ("Farmers fear the dri..") that open the
# region and are taken for a list of other stories: at least this many
CUT_TEASERS_MIN = 2
# The list under a heading such as "Ingredients" joins the article across
# this many blocks.
CONTENT_GAP = 3
# Its items: at most this many, ending where the earlier cleaners dropped
# more than one block in a row.
CONTENT_MAX_ITEMS = 80
CONTENT_MAX_SKIP = 2
# A line ending with a colon that announces a list above the region has at
# least this many words, and the list at most this many lines (a sanity
# bound: a grid of teasers under "5 people are watching:" is no list).
LEAD_IN_MIN_WORDS = 4
# Between two paragraphs of the article, the short lines (of at most
# ANNOUNCED_ITEM_MAX_WORDS words) under a lead-in ending with a colon are its
# list, up to this many.
ANNOUNCED_BREAK_MAX_LINES = 12
ANNOUNCED_ITEM_MAX_WORDS = 12
ANNOUNCED_MAX_ITEMS = 30
# A page's tabs or in-page links right above the article ("Overview",
# "Programme", "Getting there"): TABS_MIN_ITEMS to TABS_MAX_ITEMS short lines
# (at most TAB_MAX_WORDS words), at least TABS_MIN_SECTIONS of which head a
# section of the page over a paragraph of its own.
TABS_MIN_ITEMS = 3
TABS_MAX_ITEMS = 10
TAB_MAX_WORDS = 5
TABS_MIN_SECTIONS = 2
# The items of a numbered list ("1. ...", "2. ...") are at most this many
# blocks apart.
NUMBERED_GAP = 4
NUMBERED_MIN_ITEMS = 3
# The separators of a breadcrumb on one line ("example.com › Sport › Tennis";
# spaced, unlike the quotation marks »...« of German; " » " closes a quote
# « ... » in French, so it is a separator only in a line without "«").
_CRUMB_SEPARATORS = (" › ", " > ")
_CRUMB_GUILLEMET = " » "
# A bracket closing a line: a credit after a caption ("... in 2007. (Source:
# NASA)", "... on Monday. (AP Photo/Jane Roe)").
_TRAILING_BRACKET = regex.compile(r"\s*\([^()]*\)$")
# "1. ...", "2) ...", or a word and a number ("Step 3", "Krok 3:", "Schritt 3 –")
_NUMBERED = regex.compile(r"^[ \t]*(?:(\p{L}+)[ \t]+)?(\d{1,3})(?:[.):]|[ \t]*$|[ \t]+[–—-])")
# A field of a record: a label of one to three words, a colon, a value.
# A post's number in a forum thread ("#661", "- #662"), a line of its own.
_POST_NUMBER = regex.compile(r"^#[ \t]?(\d{1,7})$")
THREAD_MIN_POSTS = 3
THREAD_DATE_REACH = 2
# the most blocks one post of a thread may take (its text, the poster's rank)
THREAD_POST_MAX_BLOCKS = 30
_FIELD = regex.compile(r"^(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2})\s*:\s+\S")
# Records: at least two labels recur this many times in a run of fields.
RECORD_MIN = 3
# A subheading in capitals ("GIRLS BASKETBALL"): at most CAPS_HEADING_WORDS
# words, CAPS_HEADING_MIN_LETTERS letters or more, all of them capitals, and
# no sentence. One right above the region joins it when the region holds
# CAPS_HEADINGS_MIN or more of its own (a roundup's parts: the smoothing
# takes the first, with chrome or nothing above it, for chrome).
CAPS_HEADING_WORDS = 5
CAPS_HEADING_MIN_LETTERS = 4
CAPS_HEADINGS_MIN = 2


def _caps_heading(b: Block, f: Features) -> bool:
    """Is the line a short subheading in capitals (see ``CAPS_HEADING_WORDS``)?"""
    return (
        0 < f.words <= CAPS_HEADING_WORDS
        and f.letters >= CAPS_HEADING_MIN_LETTERS
        and f.upper == f.letters
        and not f.ends_sentence
        and not f.separators
        and not b.bullet
    )


# A field of an entry (a dictionary's word, a fact sheet): a label alone on
# its line, of at most FIELD_LABEL_WORDS words, ending with a colon
# ("MEANING:", "Herkunft:", "Étymologie :"), over its value of at most
# FIELD_VALUE_WORDS words. Such fields right above the region, the last one
# right over its first line, join it when the region holds such a label of
# its own ("USAGE:" over a paragraph): the entry's first fields
# ("PRONUNCIATION:" over "(MAWD-lin)", "MEANING:" over "adjective: Overly
# sentimental.", "ETYMOLOGY:" over the region).
FIELD_LABEL_WORDS = 2
FIELD_VALUE_WORDS = 12


def _field_label(b: Block, f: Features) -> bool:
    """Is the line a field's label alone on its line (see ``FIELD_LABEL_WORDS``)?

    >>> from newsclean.document import Document
    >>> from newsclean.features import features
    >>> doc = Document.from_text("MEANING:\\nÉtymologie :\\nTags: news\\nThe figures so far:")
    >>> [_field_label(b, f) for b, f in zip(doc.blocks, features(doc))]
    [True, True, False, False]
    """
    return (
        f.ends_colon
        and 0 < f.words <= FIELD_LABEL_WORDS
        and b.content.count(":") == 1
        and not b.bullet
        and not f.separators
    )


# A fact: a label of at most FACT_LABEL_WORDS words, a colon and a value of
# at most FACT_VALUE_WORDS words ("Boot space: 634 litres", "England (Group
# A): 10th appearance"); a fact box is FACT_MIN_ITEMS of them or more in a row
# under a subheading of at most FACT_HEADING_WORDS words.
_FACT = regex.compile(r"^\p{L}[^:]{0,39}?\s*:\s+([^:]{1,40})$")
FACT_LABEL_WORDS = 4
FACT_VALUE_WORDS = 3
FACT_MIN_ITEMS = 4
FACT_HEADING_WORDS = 4
# Spec rows under the article's last paragraph, with no subheading over them
# (a product page's "Colour: green", "Weight: 125 g"), join it when there are
# this many rows, this many of them facts (see ``Region._annotate``)
SPEC_MIN_ROWS = 5
SPEC_MIN_FACTS = 3
# A table of facts between two parts of the article: its rows are "Label:
# value" lines with a label of at most TABLE_LABEL_WORDS words and at most
# TABLE_ROW_WORDS words in all ("Sonderzahlung in Form einer Anzahlung: 4.000
# Euro", "Total: 4,000 + 10,800 (300 x 36) = 14,800"), FACT_MIN_ITEMS of them
# facts, under subheadings of at most FACT_HEADING_WORDS words.
_TABLE_ROW = regex.compile(r"^(\p{L}[^:]{0,59}?)\s*:\s+\S")
TABLE_LABEL_WORDS = 6
TABLE_ROW_WORDS = 20
# A related-content box inside the article: its heading and at most this many
# items, with the article going on under it.
BOX_MAX_ITEMS = 4
# A line wholly in quotation marks (a pull quote).
_QUOTED = regex.compile(r"^[\"„“”«»‚‘’'][^\"„“”«»]{3,120}[\"“”«»‘’']$")
# A sign-off: a lexicon sign-off and at most this many words (a name).
SIGNOFF_MAX_NAME_WORDS = 3
# ...and may stand under this many closing lines ("Have a lovely Sunday!").
SIGNOFF_CLOSING_LINES = 2
# An embedded post under the article: at most this many lines of its text
# above its signature ("— Jane Doe (@janedoe) May 3, 2024").
EMBED_MAX_LINES = 3
# A run of at most this many lines between two paragraphs of the article
# (with nothing the earlier cleaners dropped among them) is the article's.
BREAK_MAX_LINES = 3
# A note where the article first appeared ("This post originally appeared on
# …") is kept right above the region's first line or right under its last,
# past at most this many lines of at most this many words that end no
# sentence (the author's name over the note).
SOURCE_NOTE_GAP = 1
SOURCE_NOTE_GAP_WORDS = 4
# An author's bio this many blocks or fewer above the end of the region ends it.
BIO_TAIL = 2
# A paragraph outside the region is kept on its own when it is this long
# and scores at least ``Weights.paragraph_min_score`` (and, past a short
# line, a paragraph at the region's edge joins it when it is this long).
PARAGRAPH_MIN_WORDS = 15
# how many lines the earlier cleaners dropped (a byline, a date, share
# buttons) may stand between the article's headline, its first paragraph and
# its byline (see ``_header_lede``)
HEADER_WINDOW = 4
# the words of a headline the page names again (see ``_header_lede``)
HEADER_TITLE_WORDS = 3
# how often the page names its headline (its title bar, a breadcrumb, a
# teaser of itself; a gallery names the heading of its cards over and over)
HEADER_NAMED = (2, 3)
# how many of the headline's words a run of text must share to be the
# article the header heads (see ``Region._annotate``)
HEADER_SHARED_TERMS = 2
# The lines of a paragraph wrapped over lines (but its last) hold this many
# words or more.
WRAPPED_MIN_WORDS = 4
# A run far from the article is kept only if it holds a sentence this long.
FAR_PROSE_MIN_WORDS = 10
# A block this long that holds a whole sentence but ends none, with at most
# this share of capitalised words, is a paragraph run on into a link or cut
# off (see run_on).
RUN_ON_MIN_WORDS = 25
RUN_ON_MAX_TITLE = 0.4
# a line that ends with an emoji or an emoticon right after a lower-case
# letter (constant work at each position a search tries: linear)
_SMILEY_END = regex.compile(
    r"(?<=\p{Ll})[ \t]?(?:[\p{Extended_Pictographic}\uFE0F\u200D]{1,8}|[:;]-?[)D(P]|<3)$"
)
# where a sentence ends inside a line (what follows the last is its tail)
_LAST_SENTENCE = regex.compile(r"[.!?][\"'”’»)\]]*\s+(?=\S)")


def feature_matrix(doc: Document, blocks: list[Block], unchrome: Collection[int] = ()) -> list[list[float]]:
    """The numbers each block's score is a weighted sum of (see ``FEATURE_NAMES``).

    ``blocks`` is the sequence the region cleaner smooths (the undecided
    blocks); context features look at neighbours in that sequence. The
    dropped blocks in ``unchrome`` do not count as chrome found around a
    block (captions scored as lines of the text: see ``Region``).
    """
    feats = features(doc)
    under = doc.records.section_under
    # how many blocks of the page have each key
    counts = Counter(map(_KEY, feats))
    fs = [feats[b.index] for b in blocks]
    n = len(blocks)
    logw = [math.log1p(f.words) for f in fs]
    short = [1.0 if f.words <= 3 else 0.0 for f in fs]
    # running sums for the windows (linear time)
    cs_short = list(accumulate(short, initial=0.0))
    cs_logw = list(accumulate(logw, initial=0.0))
    # how many long blocks use each content word
    df = Counter(chain.from_iterable([f.content_words for f in fs if f.words >= COHESION_MIN_WORDS]))
    # the content words another long block uses too: of a long block, those
    # used by two; of a short one, by one
    shared = {cw for cw, k in df.items() if k > 1}
    used = set(df)
    title = feats[0].content_words if feats else frozenset()
    # chrome the earlier cleaners found around each block, in the whole page:
    # article paragraphs sit among paragraphs, teasers and comments among
    # "Reply", "Share", timestamps and "Read more"
    # (a line without words, "-" or "* * *", is decoration, not chrome; a
    # post's meta line, its date, author and categories, is the article's
    # header, which the weights were fitted with, undecided, among the text)
    all_blocks = doc.blocks
    meta_lines = doc.records.meta_lines
    chrome = [
        1
        if ab.kept is False
        and feats[ab.index].tokens > 0
        and ab.index not in unchrome
        and ab.index not in meta_lines
        else 0
        for ab in all_blocks
    ]
    cs_drop = list(accumulate(chrome, initial=0))
    m = len(all_blocks)
    rows = []
    for i, (b, f) in enumerate(zip(blocks, fs, strict=True)):
        j = b.index
        words = f.words
        # the windows around the block, in the page and among ``blocks``
        # (clamped with conditional expressions: min() and max() calls cost
        # more than a row's arithmetic)
        dlo = j - _WINDOW if j > _WINDOW else 0
        dhi = j + _WINDOW + 1 if j + _WINDOW + 1 < m else m
        near_dropped = (cs_drop[dhi] - cs_drop[dlo]) / (dhi - dlo - 1 if dhi - dlo > 2 else 1)
        prev_dropped = 1.0 if j > 0 and chrome[j - 1] else 0.0
        next_dropped = 1.0 if j + 1 < m and chrome[j + 1] else 0.0
        cws = f.content_words
        cohesion = len(cws & (shared if words >= COHESION_MIN_WORDS else used)) / len(cws) if cws else 0.0
        t_overlap = len(cws & title) / len(cws) if cws and j > 0 else 0.0
        lo = i - _WINDOW if i > _WINDOW else 0
        hi = i + _WINDOW + 1 if i + _WINDOW + 1 < n else n
        width = hi - lo - 1
        wshort = (cs_short[hi] - cs_short[lo] - short[i]) / width if width else 0.0
        wlogw = (cs_logw[hi] - cs_logw[lo] - logw[i]) / width if width else 0.0
        letters = f.letters
        k = f.key
        section = under.get(j)
        rows.append(
            [
                1.0,
                logw[i],
                1.0 if f.ends_sentence else 0.0,
                math.log1p(f.sentences),
                f.stopwords,
                f.title_ratio,
                f.digit_ratio,
                1.0 if f.separators else 0.0,
                1.0 if b.bullet else 0.0,
                1.0 if f.ends_colon else 0.0,
                1.0 if b.indent > 0 else 0.0,
                short[i],
                1.0 if f.cjk else 0.0,
                f.commas / words if words else 0.0,
                f.upper / letters if letters else 0.0,
                1.0 if counts[k] > 1 and k else 0.0,
                1.0 if section == "comments" else 0.0,
                1.0 if section == "related" else 0.0,
                logw[i - 1] if i > 0 else 0.0,
                logw[i + 1] if i + 1 < n else 0.0,
                wshort,
                wlogw,
                cohesion,
                t_overlap,
                1.0 if f.quotes else 0.0,
                1.0 if f.glued else 0.0,
                near_dropped,
                prev_dropped,
                next_dropped,
            ]
        )
    return rows


@dataclass(frozen=True, slots=True)
class Weights:
    """The fitted scoring model and the smoothing and region parameters."""

    coef: tuple[float, ...]
    transition_cost: float
    region_max_gap: int
    headline_window: int
    region_min_share: float = 2.0
    clean_short_max: float = -1.0
    score_scale: float = 1.0
    score_offset: float = 0.0
    edge_min_score: float = 1e9
    clean_opens: int = -1
    clean_dropped_max: float = -1.0
    clean_dropped_known: float = -1.0
    edge_trim_max: int = 3
    """in a clean text, chrome runs of up to this many blocks at its start or
    end are trimmed; longer ones are kept (they are the article's own lines)"""
    list_min_score: float = 1e9
    teaser_list_evidence: float = 1.0
    edge_gap: int = 0
    """a paragraph at the region's edge joins it across up to this many short
    blocks (a one-line credit, "More from our reporter.")"""
    region_near_gap: int = 1_000_000
    """runs this close to the region join it whatever they hold; runs up to
    ``region_max_gap`` away only if they hold a paragraph"""
    paragraph_min_score: float = 1e9
    """a paragraph outside the region that scores this much on its own is
    kept (unless it is under a related or comment heading)"""

    def scores(self, doc: Document, blocks: list[Block], unchrome: Collection[int] = ()) -> list[float]:
        coef, a, b = self.coef, self.score_scale, self.score_offset
        mul = operator.mul
        # sum(map(mul, ...)): the products and their order of addition of a
        # generator over zip, at C speed (feature_matrix's rows have one
        # number per coefficient)
        return [a * sum(map(mul, coef, row)) + b for row in feature_matrix(doc, blocks, unchrome)]


# The smoothing and region parameters: every field of Weights but the coefficients.
PARAMETERS = tuple(f.name for f in fields(Weights) if f.name != "coef")


@lru_cache(maxsize=1)
def load_weights() -> Weights:
    """Read ``data/weights.json`` (cached). A parameter the file does not
    name takes its default in :class:`Weights` (the rule it tunes is off)."""
    raw = resources.files("newsclean").joinpath("data", "weights.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    coef = data["coef"]
    params: dict[str, Any] = {}
    for f in fields(Weights):
        if f.name == "coef" or (f.name not in data and f.default is not MISSING):
            continue
        params[f.name] = int(data[f.name]) if f.type in ("int", int) else float(data[f.name])
    return Weights(coef=tuple(float(coef.get(name, 0.0)) for name in FEATURE_NAMES), **params)


def viterbi(scores: list[float], cost: float) -> list[bool]:
    """Most likely article/chrome labelling of a score sequence (True = article).

    Emissions are ``log sigmoid(s)`` for article and ``log sigmoid(-s)`` for
    chrome; every change of state costs ``cost``. Linear time.

    >>> viterbi([3.0, -0.5, 2.5, -4.0, -3.0], 2.0)
    [True, True, True, False, False]
    """
    n = len(scores)
    if n == 0:
        return []
    # the emissions: log sigmoid(x) is -log1p(exp(-x)), or x itself far below
    # zero (written out: a function call per score costs more than the sums)
    article = [-math.log1p(math.exp(-s)) if s > -30 else s for s in scores]
    chrome = [-math.log1p(math.exp(s)) if s < 30 else -s for s in scores]
    # the best predecessor of each state at each step: came from article
    # into article (``into_a``), came from article into chrome (``into_c``)
    into_a: list[bool] = []
    into_c: list[bool] = []
    a = article[0]
    c = chrome[0]
    for ea, ec in zip(article[1:], chrome[1:], strict=True):
        ca = c - cost
        ac = a - cost
        from_a_to_a = a >= ca
        from_a_to_c = ac >= c
        into_a.append(from_a_to_a)
        into_c.append(from_a_to_c)
        # (both sums read the scores before the step)
        a, c = (a if from_a_to_a else ca) + ea, (ac if from_a_to_c else c) + ec
    state = a >= c
    out = [state] * n
    for i in range(n - 1, 0, -1):
        state = into_a[i - 1] if state else into_c[i - 1]
        out[i - 1] = state
    return out


# A teaser card's title that asks after a colon has at most this many words.
HEADLINE_MAX_WORDS = 25
# (its statement before the colon has this many words or more: an
# interview names its speaker before the question, "Q:", "Jane Roe:")
HEADLINE_MIN_LEAD = 3
# (one sentence: no sentence ends inside it)
_SENTENCE_END = regex.compile(r"\w[.!?] +\S")


def asking_headline(text: str) -> bool:
    """Is ``text`` a headline that asks after a colon, one sentence ("Alarm
    level looms: what does it mean for sport?", "Corona-Alarmstufe droht: Was
    bedeutet das für den Sport?"), as a teaser card's title under a
    related-content heading is? An interview's question asks with no colon
    ("How do you finance the deal?") or after its speaker ("Q: How …?",
    "Jane Roe: Why …?"), and the answer that follows is the article
    resuming.

    >>> asking_headline("Rail strike looms in the north: will the trains run?")
    True
    >>> asking_headline("Q: Will the trains run?"), asking_headline("Will the trains run?")
    (False, False)
    """
    body = text.rstrip("\"'\u201c\u201d\u00bb\u00ab")
    if not body.endswith("?") or len(body.split()) > HEADLINE_MAX_WORDS:
        return False
    head, colon, _ = body.partition(": ")
    return bool(colon) and len(head.split()) >= HEADLINE_MIN_LEAD and not _SENTENCE_END.search(body)


# (two cards at least under the heading: a paragraph or two under a box of
# related links, the article's last ones, are no list of cards; a card has
# at most this many lines of title above its summary)
CARDS_MIN = 2
CARD_TITLES = 3
# A card's line that the sections cleaner dropped counts as one of its lines
# when it has this many words at least (a headline, not a kicker).
CARD_HEADLINE_MIN_WORDS = 4


def _cards(doc: Document, head: int, stop: int, under: dict[int, str]) -> int:
    """How many teaser cards open the related-content section under the
    heading at ``head`` (up to the block ``stop``, or to the section's end),
    one after the other among the undecided blocks: each one to
    ``CARD_TITLES`` title lines (a kicker, a headline: lines that are no
    paragraph, or a headline that asks after a colon, "Alert looms: what now
    for sport?") and the paragraph of its summary. The article resuming
    opens with a paragraph, or has paragraphs in a row. A card's headline
    the sections cleaner dropped under the heading (the first card's, right
    under it: ``CARD_HEADLINE_MIN_WORDS`` words or more, no link) counts
    too: without it, the first summary would read as the article resuming."""
    feats = features(doc)
    section = []
    for i in range(head + 1, min(stop, len(doc.blocks))):
        b = doc.blocks[i]
        related = under.get(i) == "related"
        if b.kept is None:
            if not related:
                break
        elif not (
            related
            and b.kept is False
            and b.cleaner == "sections"
            and feats[i].words >= CARD_HEADLINE_MIN_WORDS
            and "://" not in b.content
        ):
            # (a date, a share button: no line of a card; nor a short line
            # or a link under a heading of references, "History", "↑ https://…")
            continue
        section.append(card_summary(feats[i], b.content))
    return count_cards(section)


def count_cards(section: list[bool]) -> int:
    """How many teaser cards open ``section`` (a flag a block: is it a
    summary, a paragraph?), one after the other: each one to
    ``CARD_TITLES`` lines of title, then its summary.

    >>> count_cards([False, True, False, False, True, True])
    2
    >>> count_cards([True, False, True])
    0
    """
    found = i = 0
    while True:
        titles = 0
        while i + titles < len(section) and not section[i + titles] and titles < CARD_TITLES:
            titles += 1
        if titles == 0 or i + titles >= len(section) or not section[i + titles]:
            return found
        found += 1
        i += titles + 1


def card_summary(f: Features, text: str) -> bool:
    """Is the block a paragraph that could be a card's summary (not a
    headline that asks after a colon)?"""
    return _paragraph(f, text) and not asking_headline(text)


def _paragraph(f: Features, text: str) -> bool:
    """A paragraph that asks nothing (a card's summary)."""
    return f.words >= FAR_PROSE_MIN_WORDS and f.ends_sentence and not text.endswith("?")


def _cards_cuts(
    doc: Document, blocks: list[Block], runs: list[tuple[int, int]], under: dict[int, str]
) -> list[int]:
    """Where a run of the smoothing goes on across the heading of a
    related-content section ("Meistgelesen", "Most Read") to its end with
    every block under the heading, two teaser cards or more (a headline and
    its summary, which read as prose; see ``_cards``): the run is cut
    there, the cards are no part of the article above (a section that ends
    where prose resumes, inside the run, cuts nothing). Every heading in
    the run is looked at, not only its first: a related box inside the
    article that prose resumes under ("Read also", a link, the article
    going on) is no reason to let the cards under a later heading join it.
    So is a run that goes on across a comment heading to its end with every
    block under it: the comments read as prose, but are no part of the
    article above."""
    heads = sorted(doc.records.section_heads)
    if not heads:
        return []
    index = [b.index for b in blocks]
    cuts: list[int] = []
    for lo, hi in runs:
        # the run's last blocks, all under a related-content heading
        tail = hi
        while tail > lo and under.get(index[tail - 1]) == "related":
            tail -= 1
        # (and the run's last blocks all under a comment heading: the thread)
        thread = hi
        while thread > lo and under.get(index[thread - 1]) == "comments":
            thread -= 1
        i = bisect_right(heads, index[lo])
        while i < len(heads) and heads[i] < index[hi - 1]:
            k = bisect_right(index, heads[i], lo, hi)  # the run's first block under it
            stop = heads[i + 1] if i + 1 < len(heads) else len(doc.blocks)
            if k >= tail and _cards(doc, heads[i], stop, under) >= CARDS_MIN:
                cuts.append(k)
                break
            if thread <= k < hi and under.get(index[k]) == "comments":
                cuts.append(k)  # the comments the run goes on into
                break
            i += 1
    return cuts


def _split(runs: list[tuple[int, int]], cuts: list[int]) -> list[tuple[int, int]]:
    """``runs`` split at the ``cuts`` (positions where a wall stands right
    before the block).

    >>> _split([(0, 5), (7, 9)], [3, 8])
    [(0, 3), (3, 5), (7, 8), (8, 9)]
    """
    out: list[tuple[int, int]] = []
    for lo, hi in runs:
        i = bisect_right(cuts, lo)
        while i < len(cuts) and cuts[i] < hi:
            out.append((lo, cuts[i]))
            lo = cuts[i]
            i += 1
        out.append((lo, hi))
    return out


def _runs(labels: list[bool]) -> list[tuple[int, int]]:
    """Maximal runs of True as (start, end) pairs, end exclusive."""
    runs: list[tuple[int, int]] = []
    start = -1
    for i, lab in enumerate(labels):
        if lab and start < 0:
            start = i
        elif not lab and start >= 0:
            runs.append((start, i))
            start = -1
    if start >= 0:
        runs.append((start, len(labels)))
    return runs


def _absorbable(f: Features, score: float, min_score: float, text: str = "") -> bool:
    """Is a block at the region's edge a paragraph of the article? (With its
    ``text``, one that ends with an emoji or an emoticon ends a sentence.)"""
    return score >= min_score and (f.ends_sentence or _smiley_end(text)) and f.words >= EDGE_MIN_WORDS


def _smiley_end(text: str) -> bool:
    """Does a line end its last sentence with an emoji or an emoticon after a
    word ("... und das gefällt mir 😉", "... see you there :)")? A blog's
    last paragraph often does.

    >>> _smiley_end("and that is how we like it 😉"), _smiley_end("see you there :-)"), _smiley_end("Menu ☰")
    (True, True, False)
    """
    return _SMILEY_END.search(text.rstrip()) is not None


def closing_sentence(f: Features, text: str, language: str = "") -> bool:
    """Is a short block a sentence that can close an article ("Work starts
    in May.", "Colombia had lost to Belgium on Monday.")? It has
    ``CLOSING_MIN_WORDS`` words or more, starts with a capital, a digit or a
    quotation mark, holds a function word of the page's language, ends with a
    full stop (not "...", a cut teaser; not "?" or "!": a prompt under the
    article asks or exclaims, "Was this article helpful?", "Sharing is
    caring!"), and has no colon (a label: "Photo: AP."), no separator and few
    capitalised words (a headline; few for ``language``: see
    :func:`title_limit`).

    >>> from newsclean.document import Document
    >>> from newsclean.features import features
    >>> doc = Document.from_text(
    ...     "The vote is expected in March.\\nRead The Full Story.\\nPhoto: AP Images.\\n"
    ...     "Tell us what you think...\\nWas this article helpful?"
    ... )
    >>> [closing_sentence(f, b.content) for f, b in zip(features(doc), doc.blocks)]
    [True, False, False, False, False]
    """
    if not (CLOSING_MIN_WORDS <= f.words < EDGE_MIN_WORDS and f.ends_sentence and f.stopwords > 0):
        return False
    if f.separators or f.title_ratio > title_limit(CLOSING_MAX_TITLE, language) or ":" in text:
        return False
    first = text[:1]
    end = text.rstrip("\"'”’»)]")
    return (
        (first.isupper() or first.isdigit() or first in "\"'“„«‘‚") and end[-1:] == "." and end[-2:-1] != "."
    )


def run_on(f: Features, text: str, language: str = "") -> bool:
    """Is a block a paragraph that ends no sentence: run on into a link
    ("... on Tuesday. Latest news") or cut off? It is long and holds a whole
    sentence, and it is no caption: neither are most of its words
    capitalised (a list of names) nor does a label follow its last sentence
    ("... in 2021. Photo: Jane Roe"). Most is more in a language that
    capitalises its nouns (``language``: see :func:`title_limit`).

    >>> from newsclean.document import Document
    >>> from newsclean.features import features
    >>> lede = ("The wells have fallen to their lowest level in twenty years, the board said on Monday. "
    ...         "Growers now fear for the autumn planting and ask the council for help Latest news")
    >>> caption = lede.replace("Latest news", "Photo: Jane Roe")
    >>> doc = Document.from_text(lede + "\\n" + caption)
    >>> [run_on(f, b.content) for f, b in zip(features(doc), doc.blocks)]
    [True, False]
    """
    if not (
        f.words >= RUN_ON_MIN_WORDS
        and f.sentences > 0
        and f.title_ratio <= title_limit(RUN_ON_MAX_TITLE, language)
    ):
        return False
    tail = _LAST_SENTENCE.split(text)[-1]
    return ":" not in tail.rstrip(":")


def _share_bar(doc: Document, feats: list[Features]) -> set[int]:
    """The undecided lines of the page's share bars: short lines among
    widget labels the labels cleaner dropped, with at least
    SHARE_BAR_MIN_LABELS of them in the bar ("Artikel teilen", "Link
    kopieren", "Text kopieren", "Text herunterladen")."""
    out: set[int] = set()
    members: list[int] = []
    labels = 0
    for b in [*doc.blocks, None]:
        if b is not None and b.label is LabelKind.WIDGET:
            labels += 1
            continue
        if b is not None and b.kept is None:
            f = feats[b.index]
            # (a button's words and nothing else: no comma, colon or stop, as
            # a post's tags, "Business, Selling", or its author's name line
            # under the bar are no buttons)
            if 0 < f.words <= SHARE_BAR_MAX_WORDS and not _BUTTON_MARKS.search(b.content):
                members.append(b.index)
                continue
        if labels >= SHARE_BAR_MIN_LABELS:
            out.update(members)
        members, labels = [], 0
    return out


def _titles_tail(feats: list[Features], blocks: list[Block], run: tuple[int, int]) -> bool:
    """Is a run a list of titles: ``TITLES_TAIL_MIN_LINES`` lines or more,
    none ending a sentence, at least half of them of a headline's length
    (``TITLES_TAIL_MIN_WORDS`` words or more; Chinese and Japanese lines
    measured in characters, two to a word)? The headlines of other stories
    under an article, in any language; not a list of the article's own: its
    items are names, places, numbers of a word or two ("Weingut Roe, Rust",
    "roe.at"), addresses ("E-Mail: jane.roe@example.org"), or sentences.

    >>> doc = Document.from_text("\\n".join(["Talks on the port budget resume after the summer"] * 8))
    >>> _titles_tail(features(doc), doc.blocks, (0, 8)), _titles_tail(features(doc), doc.blocks, (0, 7))
    (True, False)
    """
    size = run[1] - run[0]
    if size < TITLES_TAIL_MIN_LINES:
        return False
    titles = 0
    for k in range(run[0], run[1]):
        f = feats[blocks[k].index]
        if f.ends_sentence:
            return False
        # (an address is no title: "E-Mail: jane.roe@example.org")
        text = blocks[k].content
        titles += f.words >= TITLES_TAIL_MIN_WORDS and "@" not in text and "://" not in text
    return 2 * titles >= size


def _has_prose(feats: list[Features], blocks: list[Block], run: tuple[int, int]) -> bool:
    """Does a run hold a paragraph? A list of titles far from the article
    (a menu of headlines) is no article of its own, however long."""
    for k in range(run[0], run[1]):
        f = feats[blocks[k].index]
        if f.ends_sentence and f.words >= FAR_PROSE_MIN_WORDS:
            return True
    return False


def _numbers(blocks: list[Block], feats: list[Features] | None = None) -> dict[int, tuple[str, int]]:
    """The numbered lines among ``blocks``: position -> (the word before the
    number, lower case, or "", the number). With the page's ``feats``, a line
    whose content holds no digit and that has no bullet (its text is its
    content and white space) is known to be none."""
    nums: dict[int, tuple[str, int]] = {}
    for k, b in enumerate(blocks):
        if feats is not None and not b.bullet and not feats[b.index].digit_ratio:
            continue
        if not _may_number(b.text):
            continue
        m = _NUMBERED.match(b.text)
        if m:
            nums[k] = ((m.group(1) or "").casefold(), int(m.group(2)))
    return nums


def _may_number(text: str) -> bool:
    """Can ``_NUMBERED`` match ``text``? Its number comes first, after the
    indentation, or after a first word of letters and its spaces: a line
    whose character there is ASCII but no digit holds none. (Other
    characters are left to the pattern, whose Unicode tables may differ from
    ``str``'s.) Most lines with a digit have it elsewhere: the test costs
    less than a match of the pattern.

    >>> [_may_number(t) for t in ("3. Item", "  Teil 2: Ende", "Seite 1", "Am Montag 3 Mai", "- 1 -", "")]
    [True, True, True, False, False, False]
    """
    s = text.lstrip(" \t")
    c = s[:1]
    if not c.isascii() or "0" <= c <= "9":
        return True
    if not c.isalpha():
        return False
    words = s.split(None, 2)
    if len(words) < 2:
        return False
    c = words[1][0]
    return not c.isascii() or "0" <= c <= "9"


def _next_number(nums: dict[int, tuple[str, int]], k: int, step: int) -> int | None:
    """The position of the item after (``step`` 1) or before (-1) the
    numbered line at ``k``: the same word, the next number, at most
    ``NUMBERED_GAP`` blocks away."""
    word, n = nums[k]
    return next(
        (j for j in range(k + step, k + step * (NUMBERED_GAP + 1), step) if nums.get(j) == (word, n + step)),
        None,
    )


def _numbered_spans(nums: dict[int, tuple[str, int]]) -> list[tuple[int, int]]:
    """The spans (first, last position) of numbered lists: at least
    ``NUMBERED_MIN_ITEMS`` lines numbered one after the other, each at most
    ``NUMBERED_GAP`` blocks after the one before."""
    spans: list[tuple[int, int]] = []
    done: set[int] = set()
    for k in sorted(nums):
        if k in done:
            continue
        last, count = k, 1
        while (nxt := _next_number(nums, last, 1)) is not None:
            done.add(nxt)
            last, count = nxt, count + 1
        if count >= NUMBERED_MIN_ITEMS:
            spans.append((k, last))
    return spans


def _thread_spans(doc: Document, blocks: list[Block]) -> tuple[list[tuple[int, int]], set[int]]:
    """The spans (first, stop position) of forum threads among ``blocks``:
    posts numbered one after the other ("#661", its text, "#662", ...; at
    least ``THREAD_MIN_POSTS``), each number dated (a timestamp the bylines
    cleaner found at most ``THREAD_DATE_REACH`` lines from it) and at most
    ``THREAD_POST_MAX_BLOCKS`` blocks after the one before. The last post
    takes at most as many blocks after its number as the longest post before
    it, up to the first line the earlier cleaners decided after its first
    (a footer, a widget, the heading of the next section). Also returns the
    positions of the numbers.

    >>> from newsclean.cleaners.bylines import Bylines
    >>> doc = Document.from_text(
    ...     "Menu\\nMay 3, 2024\\n#7\\nI agree.\\nMay 4, 2024\\n#8\\nMe too.\\nYes.\\nMay 5, 2024\\n#9\\nNo."
    ...     "\\nMay 6, 2024\\nTerms of use\\nHelp"
    ... )
    >>> Bylines().annotate(doc)
    >>> _thread_spans(doc, [b for b in doc.blocks if b.kept is None])
    ([(1, 8)], {1, 3, 6})
    """
    stamps = doc.records.bylines

    def dated(b: Block) -> bool:
        return any(
            0 <= i < len(doc.blocks)
            and (i in stamps or (doc.blocks[i].kept is False and doc.blocks[i].cleaner == "bylines"))
            for i in range(b.index - THREAD_DATE_REACH, b.index + THREAD_DATE_REACH + 1)
        )

    posts = {}
    for k, b in enumerate(blocks):
        # (the pattern's first character: most lines start with another)
        m = _POST_NUMBER.match(b.content) if b.content[:1] == "#" else None
        if m and dated(b):
            posts[k] = int(m.group(1))
    spans: list[tuple[int, int]] = []
    numbers: set[int] = set()
    order = sorted(posts)
    i = 0
    while i < len(order):
        j = i
        while (
            j + 1 < len(order)
            and posts[order[j + 1]] == posts[order[j]] + 1
            and order[j + 1] - order[j] <= THREAD_POST_MAX_BLOCKS
        ):
            j += 1
        if j + 1 - i >= THREAD_MIN_POSTS:
            thread = order[i : j + 1]
            spacing = max(b - a for a, b in pairwise(thread))
            last = thread[-1]
            stop = min(len(blocks), last + spacing)
            stop = next((q for q in range(last + 2, stop) if blocks[q].index - blocks[q - 1].index > 1), stop)
            spans.append((thread[0], stop))
            numbers.update(thread)
        i = j + 1
    return spans, numbers


def _signoff(text_key: str, signoffs: frozenset[str]) -> bool:
    """Is a line (its key) a sign-off: "Yours, Anna", "Liebe Grüße", "x Franzi"?"""
    words = text_key.split()
    return any(
        " ".join(words[:n]) in signoffs and len(words) - n <= SIGNOFF_MAX_NAME_WORDS for n in (1, 2, 3)
    )


def _record_runs(blocks: list[Block]) -> list[tuple[int, int]]:
    """Runs of "Label: value" lines in which at least two labels recur
    ``RECORD_MIN`` times or more: a list of records (quests, events, specs)."""
    runs: list[tuple[int, int]] = []
    # each line's field (one holds a colon)
    fields = [_FIELD.match(b.content) if ":" in b.content else None for b in blocks]
    k = 0
    n = len(blocks)
    while k < n:
        if not fields[k]:
            k += 1
            continue
        start, gap = k, 0
        counts: dict[str, int] = {}
        j = k
        while j < n:
            m = fields[j]
            if m:
                lab = m.group(1).casefold()
                counts[lab] = counts.get(lab, 0) + 1
                gap = 0
            else:
                gap += 1
                if gap > 1:
                    break
            j += 1
        end = j - gap
        if sum(1 for c in counts.values() if c >= RECORD_MIN) >= 2:
            runs.append((start, end))
        k = max(end, k + 1)
    return runs


def _dated_list_runs(doc: Document, blocks: list[Block], feats: list[Features]) -> list[tuple[int, int]]:
    """Runs (start, end) of ``blocks`` positions of at least ``STAMP_LIST_MIN``
    short dated lines with a number in a row, with nothing the earlier
    cleaners decided among them: a list of tour dates, a schedule, a timeline."""
    lex = load_lexicon()
    runs: list[tuple[int, int]] = []
    k, n = 0, len(blocks)
    while k < n:
        j = k
        while (
            j < n
            and (j == k or blocks[j].index - blocks[j - 1].index == 1)
            and feats[blocks[j].index].words <= LIST_ITEM_MAX_WORDS
            # (a number too: "out", "set" and "may" are months in some language)
            and feats[blocks[j].index].digit_ratio > 0
            and line_dated(doc, blocks[j].content, lex)
        ):
            j += 1
        if j - k >= STAMP_LIST_MIN:
            runs.append((k, j))
        k = max(j, k + 1)
    return runs


def _fact(text: str) -> bool:
    """Is a line one fact of a fact box ("Top speed: 187 km/h")?

    >>> _fact("Top speed: 187 km/h"), _fact("Czech Republic (Group A): Seventh appearance")
    (True, True)
    >>> _fact("Hong Kong protests: 800 students under siege in university")
    False
    """
    m = _FACT.match(text)
    if m is None:
        return False
    label = text[: m.start(1)].rstrip().rstrip(":")
    return len(label.split()) <= FACT_LABEL_WORDS and len(m.group(1).split()) <= FACT_VALUE_WORDS


def _table_end(blocks: list[Block], feats: list[Features], start: int) -> int:
    """The end of the table of facts (a cost example, a spec sheet) that
    starts at ``blocks[start]``, or ``start``: a subheading, then rows "Label:
    value" (see ``_TABLE_ROW``), ``FACT_MIN_ITEMS`` of them facts, and more
    subheadings, each over a row, one line after the other. (The page's own
    metadata, "Category: News", "Views: 1,204", stands under no subheading.)

    >>> from newsclean.document import Document
    >>> from newsclean.features import features
    >>> doc = Document.from_text(
    ...     "Example A\\nPrice: 20,000 euros\\nTerm: three years\\n"
    ...     "Down payment made at signing: 4,000 euros\\nRate: 300 euros\\nFee: 50 euros\\n"
    ...     "Total: 4,000 + 10,800 (300 x 36) = 14,850 euros\\nThe end of the example, as we said."
    ... )
    >>> _table_end(doc.blocks, features(doc), 0), _table_end(doc.blocks[:4], features(doc), 0)
    (7, 0)
    >>> _table_end(doc.blocks, features(doc), 1)
    1
    """
    return _table_scan(blocks, feats, start)[0]


def _table_scan(blocks: list[Block], feats: list[Features], start: int) -> tuple[int, int]:
    """``_table_end`` and where the scan stopped (no table starts at a line
    before that: it would end where this one does, with fewer facts)."""
    facts = 0
    end = start
    heading = False
    k = start
    for k in range(start, len(blocks)):
        b = blocks[k]
        f = feats[b.index]
        if k > start and b.index - blocks[k - 1].index != 1:
            break
        if k == start and not 0 < f.words <= FACT_HEADING_WORDS:
            break  # (the table's first line is its subheading)
        m = _TABLE_ROW.match(b.content) if ":" in b.content else None
        if (
            k > start
            and m is not None
            and len(m.group(1).split()) <= TABLE_LABEL_WORDS
            and f.words <= TABLE_ROW_WORDS
        ):
            facts += _fact(b.content)
            heading = False
            end = k + 1
        elif (
            m is None
            and 0 < f.words <= FACT_HEADING_WORDS
            and not f.ends_sentence
            and not f.ends_colon
            and not heading
        ):
            heading = True
        else:
            break
    else:
        k = len(blocks)
    return (end if facts >= FACT_MIN_ITEMS else start), max(k, start + 1)


def _repeat_key(b: Block, f: Features) -> str:
    """What a repeated line shares with the line it repeats: its words and
    its figures (the rows of two tables that differ in their figures only,
    "Monthly rate: 300 euros", "Monthly rate: 293 euros", are no repeat)."""
    if not f.digit_ratio:  # (no character of \p{N}: none is a digit)
        return f.key
    digits = "".join(filter(str.isdigit, b.content))
    return f"{f.key} {digits}" if digits else f.key


def _table_cell(b: Block) -> bool:
    """Is the line a cell or a row of a table, as an extractor prints one
    ("| Pos | Player | Snaps |", "Did not play. |")? A table repeats
    its cells (the same value for two rows, a header over each of two
    tables): they are no copy of a line the text said already."""
    text = b.content.rstrip()
    return text.startswith("|") or text.endswith("|")


# a repeated line that is an item of a list, of code or of a spec (see
# _structure_repeat): at most this many words
REPEAT_ITEM_MAX_WORDS = 15
# a stretch of this many lines or more that each say an earlier line again is
# the extractor's copy of a part of the page (a table printed twice), whatever
# its lines
REPEAT_RUN_MIN = 5
# A lead-in that the article says again over another of its passages
# ("Here's the thing:", "So gehen Sie vor:"): a line of at most
# LEAD_IN_MAX_WORDS words ending with a colon, one of two copies on the page,
# the other LEAD_IN_MIN_GAP lines or more above it, each right over a
# sentence of EDGE_MIN_WORDS words or more or a paragraph of
# PARAGRAPH_MIN_WORDS; no copy of the text (a prompt that the page repeats
# has more copies, or no paragraph under it)
LEAD_IN_MAX_WORDS = 8
LEAD_IN_MIN_GAP = 10


# A line of the article that says again, word for word, the opening of
# another of its paragraphs (a standfirst copying a later paragraph's first
# sentence, a summary the page prints again under the article): a copy, one
# sentence or more of at least OPENING_COPY_MIN_WORDS words ending a
# sentence and no item of a list, whose paragraph goes on after it (the
# words stay in the text with that paragraph). Lines are matched on their
# first OPENING_COPY_MIN_WORDS key words, and at most OPENING_COPY_TRIES
# paragraphs opening with the same words are compared with one line.
OPENING_COPY_MIN_WORDS = 8
OPENING_COPY_TRIES = 4


_QUOTES = "\"'“”„«»‘’‚‹› "


def _opening_copies(lines: list[tuple[int, str, str]], may_copy: Callable[[int], bool]) -> dict[int, int]:
    """The lines that copy the opening of another paragraph (see
    ``OPENING_COPY_MIN_WORDS``): ``lines`` holds (position, key words, text)
    for each line of the article, and ``may_copy(position)`` tells whether
    the line may be a copy (it ends a sentence and is no item), asked only of
    a line that opens as another does; the result maps the position of each
    copy to the position of its paragraph. The paragraph's text opens with
    the copy's, but for quotation marks around either, so that it goes on
    after the copy's last sentence (not after a clause: "… no more." is no
    copy of "… no more, and …").

    >>> para = "The mill was built in 1802 by the river. It still grinds flour today."
    >>> from newsclean.lexicon import key
    >>> def line(pos, text):
    ...     return (pos, key(text), text)
    >>> _opening_copies([line(0, "“The mill was built in 1802 by the river.”"), line(1, para)], lambda pos: True)
    {0: 1}
    >>> _opening_copies([line(0, "The mill was built in 1802 by the river."), line(1, para)], lambda pos: pos != 0)
    {}
    >>> _opening_copies([line(0, "The mill was built in 1802 by the river."), line(1, para.replace(". It", ", it"))], lambda pos: True)
    {}
    """
    by_start: dict[str, list[tuple[int, str, str]]] = {}
    starts: list[tuple[int, str, str, str]] = []
    for pos, k, text in lines:
        words = k.split(" ", OPENING_COPY_MIN_WORDS)
        if len(words) < OPENING_COPY_MIN_WORDS:
            continue
        start = " ".join(words[:OPENING_COPY_MIN_WORDS])
        starts.append((pos, k, text, start))
        if len(words) > OPENING_COPY_MIN_WORDS:
            by_start.setdefault(start, []).append((pos, k, text))
    found: dict[int, int] = {}
    for pos, k, text, start in starts:
        paras = by_start.get(start)
        # (most lines open as no other does: asked no more)
        if paras is None or (len(paras) == 1 and paras[0][0] == pos) or not may_copy(pos):
            continue
        copy = text.strip(_QUOTES)
        for other, longer, para in paras[:OPENING_COPY_TRIES]:
            if (
                other != pos
                and len(longer) > len(k)
                and longer.startswith(k + " ")
                and para.strip(_QUOTES).startswith(copy)
            ):
                found[pos] = other
                break
    return found


# an item: a bullet or dash, a "Label: value", a figure, or a mark of code
_ITEM_MARK = regex.compile(r"^[-–•*+>] |\S:\s+\S|\p{N}|[=(){}\[\]<>;$%\\/|#@]|^\p{Lu}{2,} \S")


def _item_like(b: Block, f: Features) -> bool:
    """Is the line a short item of a structure (a list, code, a spec, a
    table's row) rather than a sentence of prose, a caption or a link (an
    address alone on its line)?"""
    return (
        0 < f.words <= REPEAT_ITEM_MAX_WORDS
        and (b.bullet or bool(_ITEM_MARK.search(b.content)))
        and not b.content.lower().startswith(("http://", "https://", "www."))
    )


def _structure_repeat(
    blocks: list[Block], feats: list[Features], i: int, copies: dict[str, list[int]]
) -> bool:
    """Is block ``i``, which repeats an earlier line word for word, an item
    that the page's own list, code or spec says again, among other items
    ("CMD flask run app:app" closing a second Dockerfile, "- Ort: Marktplatz"
    in a second event, "- Easy to set up" among the pros of a second
    product), not a copy of the text? ``copies`` holds the blocks of each
    repeat key. It stands in another structure than the copy above it (a
    line that is no item between them: not a line printed twice in a row,
    nor a list naming one item twice), with other lines around it: not in a stretch of
    ``REPEAT_RUN_MIN`` lines or more that each say an earlier line again
    (a stretch an extractor printed twice); it is an item, and so is a line
    next to it; and it is no chrome that the page repeats (three copies or
    more, one of them dropped by an earlier cleaner: "Click to enlarge")."""

    def key(k: int) -> str:
        return _repeat_key(blocks[k], feats[k])

    mine = copies[key(i)]
    if not _item_like(blocks[i], feats[i]):
        return False
    # (a structure of its own: a line that is no item stands between the copy
    # and the copy above it, not a list that names one item twice)
    # (``mine`` is in page order, and holds a copy above ``i``)
    above = mine[bisect_left(mine, i) - 1]
    if all(_item_like(blocks[k], feats[k]) for k in range(above + 1, i)):
        return False
    if len(mine) >= 3 and any(blocks[k].kept is False for k in mine):
        return False

    def repeats(k: int) -> bool:
        return copies[key(k)][0] < k

    stretch = 1
    for step in (-1, 1):
        k = i + step
        while stretch < REPEAT_RUN_MIN and 0 <= k < len(blocks) and (not key(k) or repeats(k)):
            stretch += bool(key(k))
            k += step
    if stretch >= REPEAT_RUN_MIN:
        return False
    return any(
        0 <= n < len(blocks) and key(n) != key(i) and _item_like(blocks[n], feats[n]) for n in (i - 1, i + 1)
    )


def _lead_in_again(blocks: list[Block], feats: list[Features], i: int, mine: list[int]) -> bool:
    """Is block ``i``, which repeats an earlier line, a lead-in the article
    says again over another passage (see ``LEAD_IN_MAX_WORDS``)? ``mine``
    holds the blocks of its repeat key, in page order."""
    f = feats[i]
    if (
        not (f.ends_colon and 0 < f.words <= LEAD_IN_MAX_WORDS)
        or len(mine) != 2
        or mine[1] - mine[0] < LEAD_IN_MIN_GAP
    ):
        return False
    for c in mine:
        if c + 1 >= len(blocks):
            return False
        g = feats[c + 1]
        if not (g.words >= PARAGRAPH_MIN_WORDS or (g.words >= EDGE_MIN_WORDS and g.ends_sentence)):
            return False
    return True


def _tab_sections(
    blocks: list[Block], feats: list[Features], lo: int, hi: int, walled: Callable[[int, int], bool]
) -> set[int]:
    """The lines under the region that belong to sections the page's tabs
    name: a list of short lines right above the region ("Overview",
    "Programme", "Getting there"; in-page links of an event's or a product's
    page), at least TABS_MIN_SECTIONS of its items each heading, from the
    region on, a paragraph of its own; below the region such a heading and
    the paragraphs right under it are the article's (not past a
    related-content or comment heading).

    Each line under the region is read once, and once more as a section's
    paragraph."""
    if not 0 < lo < hi <= len(blocks):
        return set()
    tabs: set[str] = set()
    j = lo - 1
    count = 0
    while j >= 0 and lo - j <= TABS_MAX_ITEMS and blocks[j + 1].index - blocks[j].index == 1:
        f = feats[blocks[j].index]
        if not (0 < f.words <= TAB_MAX_WORDS and f.key) or f.ends_sentence or f.ends_colon:
            break
        tabs.add(f.key)
        count += 1
        j -= 1
    if count < TABS_MIN_ITEMS or len(tabs) < count:  # (distinct items)
        return set()

    def section(k: int) -> int:
        # the end of the paragraphs right under heading k (k + 1: none)
        m = k + 1
        while m < len(blocks) and blocks[m].index - blocks[m - 1].index == 1:
            g = feats[blocks[m].index]
            if not (g.ends_sentence and g.words >= EDGE_MIN_WORDS):
                break
            m += 1
        return m

    found: set[str] = set()
    out: set[int] = set()
    k = lo
    while k < len(blocks):
        f = feats[blocks[k].index]
        if f.key not in tabs:
            k += 1
            continue
        if k >= hi and walled(hi - 1, k):
            break
        end = section(k)
        if end > k + 1:
            found.add(f.key)
            if k >= hi:
                out.update(range(k, end))
        k = max(k + 1, end)
    return out if len(found) >= TABS_MIN_SECTIONS else set()


def _title_bar(feats: list[Features]) -> str:
    """The key of the page's first line if it can be a title bar (a long
    first line is text: comparing every line with it would cost its length
    each time)."""
    bar = feats[0].key if feats else ""
    return bar if len(bar) <= TITLE_BAR_MAX_CHARS else ""


def _title_bar_repeated(feats: list[Features]) -> bool:
    """Does a line after the first repeat (as a title) what the page's first
    line, its title bar, says: the headline, named by the page title?"""
    bar = _title_bar(feats)
    # (a key of three words or more: two spaces, one between each two words;
    # looked for in the bar first: a key longer than the bar, a paragraph's,
    # fails that at once, and most keys fail it, where counting its spaces
    # reads it whole)
    return bool(bar) and any(f.key in bar and f.key.count(" ") >= 2 and _title_like(f) for f in feats[1:])


def _list_item(f: Features, score: float, min_score: float) -> bool:
    """Can a block be an item of a list the article announces with a colon
    (or the line announcing the next list: "What we like:" ... "What we do not like:")?"""
    return score >= min_score and f.words <= LIST_ITEM_MAX_WORDS


def _headline_shape(b: Block, f: Features) -> bool:
    """A title: a few words without a full stop (a cut one, "...", is fine)."""
    cut = b.content.endswith(("...", "\u2026"))
    return TEASER_TITLE_WORDS[0] <= f.words <= TEASER_TITLE_WORDS[1] and (cut or not f.ends_sentence)


def _teaser_list(
    feats: list[Features], blocks: list[Block], run: tuple[int, int], signed: Container[int] = ()
) -> bool:
    """Is a run a list of teasers: a title, its one-paragraph summary, the
    next title...? (An article's subheadings head more than one paragraph.)
    Two cards make one when each is signed: a line the bylines cleaner
    dropped (``signed``: "Von Jane Roe", a date) between its summary and the
    next undecided line, as the cards of a list of other stories are; an
    article's sections carry no byline each.

    >>> doc = Document.from_text(
    ...     "Ten quiet hotels in the forest\\nFrom a chalet to a suite in the trees, these hotels let you rest.\\n"
    ...     "By Jane Roe\\nA new hotel in the Alps for climbers\\nThe designer mixed Nordic calm with local wood "
    ...     "in every room.\\nBy John Doe"
    ... )
    >>> blocks = [b for b in doc.blocks if not b.text.startswith("By ")]
    >>> _teaser_list(features(doc), blocks, (0, 4)), _teaser_list(features(doc), blocks, (0, 4), {2, 5})
    (False, True)
    """
    pairs = signed_pairs = 0
    k = run[0]
    while k + 1 < run[1]:
        title, summary = feats[blocks[k].index], feats[blocks[k + 1].index]
        after = blocks[k + 2] if k + 2 < run[1] else None
        if (
            _headline_shape(blocks[k], title)
            and summary.ends_sentence
            and summary.words >= LEDE_MIN_WORDS
            and (after is None or _headline_shape(after, feats[after.index]))
        ):
            pairs += 1
            stop = after.index if after is not None else blocks[k + 1].index + 2
            signed_pairs += any(i in signed for i in range(blocks[k + 1].index + 1, stop))
            k += 2
        else:
            k += 1
    enough = pairs >= TEASER_LIST_MIN_PAIRS or (signed_pairs == pairs >= TEASER_LIST_SIGNED_PAIRS)
    return enough and 2 * pairs >= TEASER_LIST_SHARE * (run[1] - run[0])


def _header_lede(
    doc: Document, feats: list[Features], b: Block, score: float, keys: Counter[str]
) -> Block | None:
    """The headline of the article's header, when ``b`` is a paragraph right
    under it: the headline right above it, named again on the page (in its
    title bar, its breadcrumb, a teaser of itself; but not the heading of
    every card of a gallery), and a byline or a date the bylines cleaner
    dropped between them or right under it ("Headline", "By Jane Roe",
    "<lede>"; "Headline", "<dek>", "By Jane Roe | May 2, 2024"). Only chrome
    the earlier cleaners dropped may stand between them. None otherwise."""
    f = feats[b.index]
    if not (f.ends_sentence and f.words >= LEDE_MIN_WORDS and score > 0):
        return None
    bylines = 0
    headline = None
    for c in reversed(doc.blocks[max(0, b.index - HEADER_WINDOW) : b.index]):
        if c.kept is None:
            fc = feats[c.index]
            # (a heading repeated word for word on the line right above or
            # below it is a tab or an accordion's heading the dump gives
            # twice, "Prices", "Prices": the page names it no second time;
            # a breadcrumb's last item right above it, "3. Prices", does)
            twins = sum(
                1
                for j in (c.index - 1, c.index + 1)
                if 0 <= j < len(doc.blocks) and doc.blocks[j].text.strip() == c.text.strip()
            )
            named = HEADER_NAMED[0] <= keys[fc.key] - twins <= HEADER_NAMED[1] or (
                c.index > 0 and fc.key in feats[0].key
            )
            if (
                _title_like(fc)
                and not fc.ends_sentence
                and not fc.ends_colon
                and not c.bullet
                and len(fc.key.split()) >= HEADER_TITLE_WORDS
                and named
            ):
                headline = c
            break
        if c.kept is False and c.cleaner == "bylines":
            bylines += 1
    if headline is None:
        return None
    for c in doc.blocks[b.index + 1 : b.index + 1 + HEADER_WINDOW]:
        if c.kept is not False:
            break
        if c.cleaner == "bylines":
            bylines += 1
    return headline if bylines else None


def _link_list(feats: list[Features], blocks: list[Block], run: tuple[int, int]) -> bool:
    """Is a run a list of links: bulleted lines of one sentence at most, a
    headline or a question each ("* How do I reset the counter?", "* Where
    to eat in Lyon")? A sidebar of other pages' titles, however many; an
    article's own list comes with its paragraphs, or is numbered."""
    size = run[1] - run[0]
    if size < LINK_LIST_MIN_ITEMS:
        return False
    items = sum(_link_item(blocks[k], feats[blocks[k].index]) for k in range(run[0], run[1]))
    return items >= LINK_LIST_SHARE * size


def _bulleted(b: Block) -> bool:
    """Is a line an item with a bullet, not a number (a numbered list is the
    article's own)?"""
    return b.bullet and not b.text.lstrip()[:1].isdigit()


def _link_item(b: Block, f: Features) -> bool:
    """Is a line an item of a list of links: bulleted, one sentence at most, a
    title (no full stop: an item that states a fact, "Fixed the login bug.",
    is of a list of the article's: patch notes, a summary)?"""
    return (
        _bulleted(b) and f.sentences <= 1 and f.words <= TEASER_TITLE_WORDS[1] and not b.content.endswith(".")
    )


def _headline_item(b: Block, f: Features) -> bool:
    """Is a line a bulleted headline: a link to another page ("* Ferry
    operators welcome the new terminal", "* 12.03.2024 Where to eat in
    Lyon?")? Not a numbered item, nor an item of a list of the article's: a
    sentence ("* Stir the sauce."), a phrase in lower case ("* more
    affordable housing"), a word or two ("* Flour").

    >>> doc = Document.from_text("* Ferry operators welcome the new terminal\\n* Stir the sauce.\\n* more housing")
    >>> [_headline_item(b, f) for b, f in zip(doc.blocks, features(doc))]
    [True, False, False]
    """
    text = b.content
    return (
        _link_item(b, f)
        and f.words >= TEASER_TITLE_WORDS[0]
        and not text.endswith(("!", ":", ";", ","))
        and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'\u201c\u201e\u00ab\u00bf\u00a1")
    )


def _bare_headline(b: Block, feats: list[Features]) -> bool:
    """Is a line a headline without a bullet, in sentence or title case: five
    to twenty words, no mark that ends a sentence or announces a list, no
    table cell, no date list item ("Council shuts the old bridge for a
    year", not "Stir the sauce.", "June 9 – Tampa, FL @ Arena")?

    >>> doc = Document.from_text("Council shuts the old bridge for a year\\nStir the sauce.\\nTampa | Arena | 9")
    >>> f = features(doc)
    >>> [_bare_headline(b, f) for b in doc.blocks]
    [True, False, False]
    """
    f = feats[b.index]
    text = b.content
    return (
        not _bulleted(b)
        and BARE_TAIL_WORDS[0] <= f.words <= BARE_TAIL_WORDS[1]
        and f.sentences <= 1
        and not text.endswith(
            (".", "!", "?", ":", ";", ",", "\u2026", "\u3002", "\uff01", "\uff1f", "\uff1a")
        )
        and "|" not in text
        and (text[:1].isupper() or text[:1] in "\"'\u201c\u201e\u00ab\u00bf\u00a1")
    )


def _foreign_run(feats: list[Features], body: list[Block], run: list[Block]) -> bool:
    """Do the lines of ``run`` share few of the content words of ``body`` (on
    average less than ``BARE_TAIL_MAX_SHARED`` of theirs): other stories'
    headlines, not the article's own summary or captions?"""
    words: set[str] = set()
    for b in body:
        words |= feats[b.index].content_words
    shares = [
        len(feats[b.index].content_words & words) / len(feats[b.index].content_words)
        for b in run
        if feats[b.index].content_words
    ]
    return bool(shares) and sum(shares) / len(shares) < BARE_TAIL_MAX_SHARED


def _listed(doc: Document, feats: list[Features], b: Block) -> bool:
    """Is a line an item of a list, next to another short item of it (a
    bulleted line, or one marked with "o ", the mark of a nested list in
    some dumps)? A headline stands alone: such items above the article are
    a breadcrumb, a menu or a list of related headlines (an item of fifteen
    words or more is no menu: a page may put its whole article in a list).

    >>> doc = Document.from_text("* Home\\n* Tennis\\nPlayers protest at the new format")
    >>> [_listed(doc, features(doc), b) for b in doc.blocks]
    [True, True, False]
    """

    def item(c: Block) -> bool:
        # (a bullet, not a number: "15. Forum on rural life" is a title)
        return _bulleted(c) or (c.content[:2] == "o " and c.content[2:3].isupper())

    if not item(b):
        return False
    return any(
        item(doc.blocks[i]) and feats[i].words < PARAGRAPH_MIN_WORDS
        for i in (b.index - 1, b.index + 1)
        if 0 <= i < len(doc.blocks)
    )


def _cut_teaser(b: Block) -> bool:
    """Is a line a bulleted teaser cut off ("* Farmers fear the driest su..")?"""
    return _bulleted(b) and _cut_off(b)


def _cut_off(b: Block) -> bool:
    """Does a line end cut off ("Farmers fear the driest su..", "… the dri…")?"""
    return b.content.endswith(("..", "\u2026"))


def read_more_link(text: str) -> bool:
    """Is a line, as a whole, a read-more link (the lexicon's read-more labels:
    "Artikel lesen", "Read more", "Lire la suite"; "Weiterlesen »" with its
    marks)? A run of text ending in a cut-off line right above one is a
    teaser of another article (see ``_teaser_box``).

    >>> read_more_link("Weiterlesen »"), read_more_link("Read more about the plan")
    (True, False)
    """
    return load_lexicon().label(text) == READ_MORE


# A read-more label opens a line of at most this many words of its own
# ("Sigue leyendo la noticia", "Haberin devamı için tıklayın")
READ_MORE_HEAD_WORDS = 3


def _opens_read_more(f: Features) -> bool:
    """Does a line open with a read-more label, a link to the rest of a text
    run on ("Sigue leyendo la noticia", "Read more about the plan"), no
    headline?

    >>> doc = Document.from_text("Sigue leyendo la noticia\\nReaders want more about the plan")
    >>> [_opens_read_more(f) for f in features(doc)]
    [True, False]
    """
    labels = load_lexicon().labels
    words = f.key.split()
    return any(
        labels.get(" ".join(words[:n])) == READ_MORE
        for n in range(1, min(READ_MORE_HEAD_WORDS, len(words)) + 1)
    )


# A teaser box holds at most this many lines of text (its summary, a
# paragraph or two and the cut-off line; its title a related-content heading
# may have taken).
TEASER_BOX_MAX_LINES = 5


def _read_more_below(doc: Document, last: Block) -> bool:
    """Does ``last`` end a teaser: cut off ("... the gardens of the old town …")
    right above a read-more link ("Weiterlesen", "Read more")?"""
    i = last.index + 1
    return _cut_off(last) and i < len(doc.blocks) and read_more_link(doc.blocks[i].content)


def _teaser_box(doc: Document, blocks: list[Block], lo: int, hi: int) -> int | None:
    """Where a teaser box starts that ends the run ``blocks[lo:hi]``: its last
    line cut off ("... the gardens of the old town …") right above a read-more
    link ("Weiterlesen", "Read more"), its lines one under the other, and
    lines the earlier cleaners dropped right above it (chrome, a related-content
    heading, the box's title); or None."""
    if not _read_more_below(doc, blocks[hi - 1]):
        return None
    start = hi - 1
    while (
        start > lo
        and hi - start < TEASER_BOX_MAX_LINES
        and blocks[start].index - blocks[start - 1].index == 1
    ):
        start -= 1
    if start > 0 and blocks[start].index - blocks[start - 1].index == 1:
        return None  # (longer than a box, or the run goes on above it)
    return start


def _run_in_kicker(b: Block) -> bool:
    """Does a line open with a kicker run in before a colon, a headline's
    form ("Exclusive: Council delays the vote", "Das steckt dahinter: Was
    …", "Vidéo : le maire répond")? Not a time ("10:30") nor a line ending
    with its colon.

    >>> doc = Document.from_text("Exclusive: Council delays the vote\\nAt 10:30 the vote\\nOur view:")
    >>> [_run_in_kicker(b) for b in doc.blocks]
    [True, False, False]
    """
    m = _RUN_IN_KICKER.match(b.content)
    return m is not None and len(m.group("kicker").split()) <= RUN_IN_KICKER_WORDS


def _title_list(doc: Document, feats: list[Features], b: Block, start: int) -> bool:
    """Is ``b`` one of a run of ``TITLE_LIST_MIN`` titles or more right above
    the region (block ``start``), none of them decided, each of a headline's
    shape, when the region opens with a title over its byline or date: a
    list of other stories ("More news") over an article that opens with its
    headline?"""
    first = doc.blocks[start]
    if feats[start].ends_sentence or not _headline_shape(first, feats[start]):
        return False
    under = doc.blocks[start + 1] if start + 1 < len(doc.blocks) else None
    if under is None or under.kept is not False or under.cleaner != "bylines":
        return False  # (a title over the article's first paragraph: its subheading, or its lede)

    def title(i: int) -> bool:
        c = doc.blocks[i]
        return c.kept is None and not c.bullet and _headline_shape(c, feats[i])

    if not title(b.index):
        return False
    lo = b.index
    while lo - 1 >= 0 and title(lo - 1):
        lo -= 1
    hi = b.index
    while hi + 1 < start and title(hi + 1):
        hi += 1
    return hi == start - 1 and hi - lo + 1 >= TITLE_LIST_MIN


def _menu_between(doc: Document, upper: int, lower: int) -> bool:
    """Is there a menu between blocks ``upper`` and ``lower``: at least
    ``MENU_BETWEEN_ITEMS`` bulleted lines, and no heading of a related-content
    or comment section (under which a footer's menu follows an article
    whose region was not found)?"""
    if lower <= upper:
        return False
    between = doc.blocks[upper + 1 : lower]
    if any(c.cleaner == "sections" for c in between):
        return False
    return sum(_bulleted(c) for c in between) >= MENU_BETWEEN_ITEMS


def _menu_item(b: Block, f: Features) -> bool:
    """Is ``b`` a short line of a menu: a link's words ("Old Boats",
    "2. Night Skies"), at most ``MENU_ITEM_WORDS`` of them, no sentence, no
    colon?

    >>> from newsclean.document import Document
    >>> doc = Document.from_text("  * Old Boats\\nThe talks ended.\\nPreis: 5 Euro")
    >>> [_menu_item(b, f) for b, f in zip(doc.blocks, features(doc), strict=True)]
    [True, False, False]
    """
    c = _MENU_NUMBER.sub("", b.content)
    return (
        0 < len(c) <= MENU_ITEM_CHARS
        and len(c.split()) <= MENU_ITEM_WORDS
        and any(ch.isalpha() for ch in c)
        and ":" not in c
        and not any(ch.isdigit() for ch in c)
        and not f.ends_sentence
        and c[-1] not in ",;…"
    )


def _menu_lines(feats: list[Features], blocks: list[Block], scores: list[float]) -> int:
    """How many of ``blocks`` stand in runs of at least ``MENU_RUN_MIN``
    short lines in a row that each score at most ``DUMP_MENU_SCORE`` (see
    ``DUMP_MENU_SHARE``).

    >>> from newsclean.document import Document
    >>> from newsclean.features import features
    >>> doc = Document.from_text("\\n".join(["Home", "News", "Sport", "Shop", "Help", "Login", "Jobs"]))
    >>> _menu_lines(features(doc), doc.blocks, [-9.0] * 7)
    7
    >>> _menu_lines(features(doc), doc.blocks, [-9.0] * 3 + [1.0] + [-9.0] * 3)
    0
    """
    total = run = 0
    for b, s in zip(blocks, scores, strict=True):
        if s <= DUMP_MENU_SCORE and feats[b.index].words <= 4:
            run += 1
            continue
        if run >= MENU_RUN_MIN:
            total += run
        run = 0
    return total + (run if run >= MENU_RUN_MIN else 0)


def _menus(doc: Document, feats: list[Features], undecided: Container[int]) -> set[int]:
    """The undecided blocks of a text with no article region that are its
    menus (see ``MENU_RUN_MIN``): runs of short lines, and a line made
    wholly of their items."""
    out: set[int] = set()
    blocks = doc.blocks
    heads = set(doc.records.content_heads)  # (a list: looked up once per run)
    n = len(blocks)
    # (a line of two words or more that the page's title bar names is its
    # headline, not a menu's: "Harbour Lights" under "Harbour Lights | Example")
    bar = feats[0].key if n and len(blocks[0].content) <= TITLE_BAR_MAX_CHARS else ""

    def item(k: int) -> bool:
        key = feats[k].key
        return (
            k in undecided
            and _menu_item(blocks[k], feats[k])
            and not (k > 0 and len(key.split()) >= 2 and key in bar)
        )

    i = 0
    while i < n:
        if not item(i):
            i += 1
            continue
        items: list[int] = []
        # (the navigation labels among its lines, and right above it)
        labels = 0
        k = i - 1
        while k >= 0 and blocks[k].kept is False:
            labels += blocks[k].label in _MENU_LABELS
            k -= 1
        j = i
        while j < n:
            if item(j):
                items.append(j)
            elif blocks[j].kept is not False:
                break
            elif blocks[j].label in _MENU_LABELS:
                labels += 1
            j += 1
        # (k: the line above the run, past the lines dropped)
        announced = (k >= 0 and blocks[k].content.endswith(":")) or any(x in heads for x in range(k, i))
        if len(items) >= MENU_RUN_MIN and labels and not announced:
            if j < n:
                items.pop()  # (text follows: the last line may be its heading)
            out.update(items)
        i = j
    if not out:
        return out
    # a line made wholly of the menus' items and the labels dropped
    vocab = {blocks[k].content.casefold() for k in out}
    vocab.update(b.content.casefold() for b in blocks if b.kept is False and b.cleaner == "labels")
    for b in blocks:
        if b.index not in undecided or b.index in out or feats[b.index].ends_sentence:
            continue
        words = b.content.casefold().split()
        if len(words) < MENU_LINE_MIN_ITEMS:
            continue
        p = count = 0
        while p < len(words):
            most = min(MENU_ITEM_WORDS, len(words) - p)
            step = next((m for m in range(most, 0, -1) if " ".join(words[p : p + m]) in vocab), 0)
            if not step:
                break
            p += step
            count += 1
        if p == len(words) and count >= MENU_LINE_MIN_ITEMS:
            out.add(b.index)
    return out


def _address(b: Block) -> bool:
    """Is a line a web address (the page's own, printed by the dump)?"""
    return "://" in b.content or b.content.startswith("www.")


# The words of an address's last part, its slug ("the-latest-council-vote-12345.html")
_SLUG_WORDS = regex.compile(r"[\p{L}]+")
_SLUG_EXTENSION = regex.compile(r"\.[A-Za-z]{2,5}$")
# a slug names a page: this many words, this share of them in its headline
SLUG_MIN_WORDS = 3
SLUG_MIN_SHARE = 0.75


def _slug_names(address: str, *keys: str) -> bool:
    """Does the slug of a web address alone on its line ("https://example.com/
    news/council-votes-to-close-the-bridge-12345.html") spell the words of one
    of ``keys`` (the headline under it, the page's title bar)? The page's own
    address, printed by the dump or an extractor, not a link of the article."""
    if " " in address:
        return False
    path = address.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    if "/" not in path.split("://", 1)[-1]:
        return False  # a site's home page, no article's address
    slug = _SLUG_EXTENSION.sub("", path.rsplit("/", 1)[-1])
    words = [w.casefold() for w in _SLUG_WORDS.findall(slug)]
    if len(words) < SLUG_MIN_WORDS:
        return False
    for key in keys:
        have = set(_SLUG_WORDS.findall(key.casefold()))
        if sum(w in have for w in words) >= SLUG_MIN_SHARE * len(words):
            return True
    return False


def _fragment(b: Block) -> bool:
    """Does ``b`` open with a function word in lower case ("from University
    of Example", "von der Universität Beispiel", "de l'Université …")? The
    rest of a byline or a sentence broken over lines, no headline: a
    headline opens with a capital or a digit."""
    first = b.content.split(None, 1)[0] if b.content.strip() else ""
    return first.islower() and first in all_stopwords()


def _opening_title(doc: Document, blocks: list[Block], lo: int, feats: list[Features]) -> Block | None:
    """The first line of a clean text above its region, when it is a title
    (four words or more) that names a word of the first paragraphs: the
    headline an extractor prints first. Not a title with the site's name
    ("… | Example News"), a breadcrumb, the page's address, a caption or a
    sentence, nor the start of a byline ("Submitted by admin on", "von
    Jane Roe"), nor a title the text repeats under it (the title bar)."""
    if not doc.blocks or lo >= len(blocks):
        return None
    b, f = doc.blocks[0], feats[0]
    if b.kept is not None or b.index >= blocks[lo].index or b.bullet:
        return None
    if not _title_like(f) or f.ends_colon or len(f.key.split()) < HEADLINE_MIN_WORDS:
        return None
    text = b.content
    if (
        "|" in text
        or any(sep in text for sep in _CRUMB_SEPARATORS)
        or text.startswith((">", "»", "›", "<", "‹"))
        or _address(b)
        or _fragment(b)
        or _open_ended(b)
        or (text.endswith("..") and not text.endswith("..."))
        or (f.words >= LEDE_MIN_WORDS and _TRAILING_BRACKET.sub("", text).endswith("."))
        or _title_bar_repeated(feats)
    ):
        return None
    body: set[str] = set()
    for k in blocks[lo : lo + HEADLINE_BODY_BLOCKS]:
        body |= _terms(k, feats[k.index])[0]
    return b if _terms(b, f)[0] & body else None


# The prepositions that put a date after a byline ("Submitted by admin on")
_DATE_PREPOSITIONS = frozenset({"on", "am", "le", "el", "il", "op", "em"})


def _open_ended(b: Block) -> bool:
    """Does ``b`` end with the preposition of a date in lower case
    ("Submitted by admin on", "Gespeichert von admin am", "Publié par
    admin le")? A byline's line whose date follows, no headline."""
    words = b.content.split()
    return bool(words) and words[-1] in _DATE_PREPOSITIONS


def _wire_alternation(words: frozenset[str]) -> str:
    """``words`` (keys of one word or more) as one alternation, longest
    first, a space standing for any white space."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _wire_patterns(
    credit: frozenset[str], editor: frozenset[str]
) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    """The sign-off's opening and its editor's credit, from the lexicons'
    words (None when either list is empty)."""
    if not credit or not editor:
        return None
    return (
        regex.compile(rf"^[(\[]?(?:{_wire_alternation(credit)})\b", regex.IGNORECASE),
        regex.compile(rf"[;,]\s?(?:{_wire_alternation(editor)}):?\s(?-i:\p{{Lu}})", regex.IGNORECASE),
    )


def _wire_signoff(b: Block, f: Features) -> bool:
    """Is ``b`` a news agency's sign-off ("Reporting by Jane Roe; Editing by John Doe")?

    >>> from newsclean.document import Document
    >>> doc = Document.from_text("Reportagem de Ana Souza; Edição de João Silva")
    >>> _wire_signoff(doc.blocks[0], features(doc)[0])
    True
    """
    text = b.content
    if f.words > WIRE_SIGNOFF_MAX_WORDS or (";" not in text and "," not in text):
        return False
    lex = load_lexicon()
    patterns = _wire_patterns(lex.wire_credit, lex.wire_editor)
    return (
        patterns is not None and patterns[0].match(text) is not None and patterns[1].search(text) is not None
    )


def _title_like(f: Features) -> bool:
    return 2 <= f.words <= 30 and f.sentences <= 1 and f.separators <= 2


def _terms(b: Block, f: Features) -> tuple[set[str], bool]:
    """The terms a headline and its article are compared on: the first
    ``STEM`` letters of the content words, and the pairs of characters of
    each run of Hangul, Han or kana (whose words are too short to be content
    words: "분야별 뉴스", "東京都知事選"); with whether there are such pairs.

    >>> doc = Document.from_text("서울시 교통정책 발표\\nHarvest begins early")
    >>> [sorted(_terms(b, f)[0]) for b, f in zip(doc.blocks, features(doc), strict=True)]
    [['교통', '발표', '서울', '울시', '정책', '통정'], ['begin', 'early', 'harve']]
    >>> doc = Document.from_text("札幌で路面電車が走る")
    >>> sorted(_terms(doc.blocks[0], features(doc)[0])[0])
    ['札幌', '路面', '電車', '面電']
    """
    if b.content.isascii():
        return {cw[:STEM] for cw in f.content_words}, False
    runs = _PAIR_SCRIPT.findall(b.content)
    if not runs:
        return {cw[:STEM] for cw in f.content_words}, False
    # (a word with such characters is compared on its pairs only)
    stems = {cw[:STEM] for cw in f.content_words if _CJK_CHAR.search(cw) is None}
    return stems | {run[i : i + 2] for run in runs for i in range(len(run) - 1)}, True


def _covered(b: Block, f: Features, body: set[str]) -> tuple[int, int]:
    """How many characters of a line's runs of Han, katakana or Hangul (and
    of its other words) the pairs (the words) ``body`` shares cover, of how
    many: a compound the article writes otherwise ("路面電車", "市電") leaves
    its characters uncovered, a particle between two compounds ("で", "が")
    is not counted.

    >>> doc = Document.from_text("札幌で路面電車の延伸工事が始まる")
    >>> _covered(doc.blocks[0], features(doc)[0], {"札幌", "工事", "電気"})
    (4, 10)
    """
    covered = total = 0
    for run in _PAIR_SCRIPT.findall(b.content):
        total += len(run)
        hit = [run[i : i + 2] in body for i in range(len(run) - 1)]
        covered += sum(1 for i in range(len(run)) if (i < len(hit) and hit[i]) or (i > 0 and hit[i - 1]))
    stems = {cw[:STEM] for cw in f.content_words if _CJK_CHAR.search(cw) is None}
    return covered + len(stems & body), total + len(stems)


def _label_and_number(b: Block) -> bool:
    """Is a line a word and a number, the label of a chart or a list ("Hot
    50", "Top 10", "Liga 2"), not a headline?"""
    parts = b.content.split()
    return len(parts) == 2 and any(p.isdigit() for p in parts) and any(p.isalpha() for p in parts)


def _dated_bar(doc: Document, b: Block) -> bool:
    """Is a line a meta line that opens with its date before a bar ("12.12.2022
    | 06:46 | Energy | Comment", "3 mai 2024 | Politique"): the date and time,
    the section, the links to the comments, no headline?

    >>> doc = Document.from_text("12.12.2022 | 06:46 | Energie Kommentieren\\nDer Rat | Ein Jahr danach")
    >>> [_dated_bar(doc, b) for b in doc.blocks]
    [True, False]
    """
    head, bar, _ = b.content.partition("|")
    return (
        bool(bar) and len(head.split()) <= DATED_BAR_WORDS and line_dated(doc, head.strip(), load_lexicon())
    )


# the kinds of the sections cleaner's drops of a section's heading
_SECTION_HEADS: frozenset[DecisionKind] = frozenset({"related_head", "comments_head", "newsletter_head"})
# ...and of its drops of a related-content heading or a line under one
_RELATED_KINDS: frozenset[DecisionKind] = frozenset({"related", "related_head"})


def _dated_card(doc: Document, feats: list[Features], b: Block) -> bool:
    """Is a line under a related-content heading, with its date under it, a
    teaser card of a list of them: in the same list, above it or under it,
    ``CARD_MIN_DATED`` other titles or more with their date under each
    ("More stories", a title, its date, the next title, its date, ...)? The
    article's headline under a menu's heading comes with no such list."""
    if b.kept is not False or b.cleaner != "sections" or b.kind not in _RELATED_KINDS:
        return False
    lex = load_lexicon()

    def date(k: int) -> bool:
        # a timestamp (one the bylines cleaner left in a list of dates too)
        c = doc.blocks[k] if k < len(doc.blocks) else None
        if c is None or c.kept is not False:
            return False
        return c.cleaner == "bylines" or (
            feats[k].words <= CARD_DATE_WORDS and line_dated(doc, c.content, lex)
        )

    if not date(b.index + 1):
        return False  # a card has its date under it

    def card(k: int) -> bool:
        c = doc.blocks[k]
        return (
            c.cleaner == "sections"
            and feats[k].words >= 3
            and not line_dated(doc, c.content, lex)
            and date(k + 1)
        )

    def listed(k: int) -> bool:
        # a line of the list: decided by the sections cleaner (not its
        # heading), a date, a label
        c = doc.blocks[k]
        if c.kept is not False or c.cleaner not in ("sections", "bylines", "labels"):
            return False
        return not (c.cleaner == "sections" and c.kind in _SECTION_HEADS)

    dated = 0
    for step in (-1, 1):  # the other cards of the list, above it and under it
        k = b.index + step
        while 0 <= k < len(doc.blocks) - 1 and abs(k - b.index) <= CARD_REACH and listed(k):
            dated += card(k)
            k += step
    return dated >= CARD_MIN_DATED


# A box describing the site or its publisher under the article: the
# paragraphs under its heading ("About us", "Über uns", "Qui sommes-nous ?")
# go when they are the last text kept, at most this many, each a sentence of
# at least ABOUT_BOX_MIN_WORDS words, with at least ABOUT_BOX_ARTICLE_ABOVE
# kept lines of the article above the heading (a page whose title is "About
# us" is about the site: its text stays)
ABOUT_BOX_MAX_PARAGRAPHS = 2
ABOUT_BOX_MIN_WORDS = 8
ABOUT_BOX_ARTICLE_ABOVE = 2
# the longest line read as the box's heading
ABOUT_BOX_HEADING_MAX_CHARS = 40


def _about_box(doc: Document, name: str) -> None:
    """Drop the paragraphs of a box describing the site that end the text.

    >>> from newsclean import clean
    >>> one = "The council met on Monday and voted to close the old bridge to traffic for the winter, officials said."
    >>> two = "Repairs are due to start in March and should take about six weeks, the engineers told the meeting."
    >>> box = "We are a small team of local reporters and have covered the valley since 1998."
    >>> clean("\\n".join(["Bridge to close for the winter", one, two, "About us", box, "Imprint"])).endswith(two)
    True
    """
    blocks = doc.blocks
    kept = [b.index for b in blocks if b.kept]
    if len(kept) <= ABOUT_BOX_ARTICLE_ABOVE:
        return
    last = kept[-1]
    # the heading stands under the article's first lines
    for h in range(max(kept[ABOUT_BOX_ARTICLE_ABOVE - 1] + 1, last - ABOUT_BOX_MAX_PARAGRAPHS), last):
        head = blocks[h]
        run = blocks[h + 1 : last + 1]
        if (
            head.kept is False
            and len(head.content) <= ABOUT_BOX_HEADING_MAX_CHARS
            and all(
                b.kept
                and b.cleaner == name
                and len(b.content.split()) >= ABOUT_BOX_MIN_WORDS
                and b.content.rstrip().endswith((".", "!", "?"))
                for b in run
            )
            and load_lexicon().pattern(head.content) == "about_us"
        ):
            for b in run:
                doc.drop(
                    b,
                    name,
                    f'dropped: under the "{head.content}" box describing the site',
                    score=b.score,
                    force=True,
                )
            return


# A box describing the site under its own address ("About example.com",
# "Über das Portal www.example.de"; an "about_us" heading of the lexicons that
# ends with a web address) under the article: the paragraphs right under the
# heading that name the address ("Example.com brings you …", "Seit 1999
# werden über www.example.de …"), at most ABOUT_SITE_MAX_PARAGRAPHS, each
# a sentence of at least ABOUT_BOX_MIN_WORDS words, go wherever they stand
# (more of the page's text may follow the box); the first paragraph that does
# not name it ends the box
ABOUT_SITE_MAX_PARAGRAPHS = 3
ABOUT_SITE_HEADING_MAX_CHARS = 80
ABOUT_SITE_MIN_LABEL = 4
_SITE_ADDRESS = regex.compile(r"(?:www\.)?([\w-]+)\.[a-z]{2,4}\W*$", regex.IGNORECASE)
# (its end, searched first: led by the dot, the search skips to the dots,
# where the address's search tries every letter)
_SITE_END = regex.compile(r"\.[a-z]{2,4}\W*$", regex.IGNORECASE)


def _about_site_box(doc: Document, name: str) -> None:
    """Drop the paragraphs under a heading that names the site by its own
    address, which name the address too.

    >>> from newsclean import clean
    >>> one = "The council met on Monday and voted to close the old bridge to traffic for the winter, officials said."
    >>> two = "Repairs are due to start in March and should take about six weeks, the engineers told the meeting."
    >>> box = "Since 2001 example-news.com has brought the valley's readers the news of their towns every morning."
    >>> out = clean("\\n".join(["Bridge to close", one, two, "About example-news.com", box, "Repairs", two + " Soon."]))
    >>> box in out, one in out
    (False, True)
    """
    blocks = doc.blocks
    kept = [b.index for b in blocks if b.kept]
    if len(kept) <= ABOUT_BOX_ARTICLE_ABOVE:
        return
    lex = load_lexicon()
    # the heading stands under the article's first lines
    for h in range(kept[ABOUT_BOX_ARTICLE_ABOVE - 1] + 1, len(blocks) - 1):
        head = blocks[h].content
        if len(head) > ABOUT_SITE_HEADING_MAX_CHARS or "." not in head or _SITE_END.search(head) is None:
            continue
        m = _SITE_ADDRESS.search(head)
        if m is None or len(m.group(1)) < ABOUT_SITE_MIN_LABEL or lex.pattern(head) != "about_us":
            continue
        label = m.group(1).casefold()
        box = []
        for b in blocks[h + 1 : h + 1 + ABOUT_SITE_MAX_PARAGRAPHS]:
            if not (
                b.kept
                and b.cleaner == name
                and len(b.content.split()) >= ABOUT_BOX_MIN_WORDS
                and b.content.rstrip().endswith((".", "!", "?"))
                and label in b.content.casefold()
            ):
                break
            box.append(b)
        for b in box:
            doc.drop(
                b, name, f'dropped: under the "{head}" box describing the site', score=b.score, force=True
            )
        if box and blocks[h].kept and blocks[h].cleaner == name:
            doc.drop(
                blocks[h],
                name,
                "dropped: the heading of a box describing the site",
                score=blocks[h].score,
                force=True,
            )


# The site's description in its header, above the article: a paragraph
# that opens with the site's name as the title bar gives it after a
# separator ("Rioja wines | Example Wines"), then a copula and an article
# ("Example Wines is a family business …", "… sind ein …", "… est une …",
# "… es una …"), with no sentence kept above it (only the bar and short
# lines: the header). A page about the site ("About us | Example Wines")
# keeps it; so does a lede under its headline, one whose verb is no such
# self-description ("Example Wines is proud to announce …"), and a paragraph
# with a sentence of the article kept right under it: the article's lede on
# a page whose bar ends with its subject, not its site ("Porträt – Greta
# Thunberg" over "Greta Thunberg ist eine schwedische Klimaaktivistin, …").
_BAR_SEPARATOR = regex.compile(r"\s[|\-\u2013\u2014\u00b7\u2022\u00bb]\s")
SITE_NAME_MIN_CHARS = 4
# copulas and the article after them (en, de, fr, es, it, nl, pt)
_SELF_COPULAS = frozenset(
    {"is", "are", "ist", "sind", "est", "sont", "es", "son", "\u00e8", "sono", "zijn", "\u00e9", "s\u00e3o"}
)
_SELF_ARTICLES = frozenset(
    {"a", "an", "the", "ein", "eine", "der", "die", "das", "un", "une", "le", "la", "l'", "les", "des"}
    | {"una", "el", "los", "las", "uno", "il", "lo", "gli", "een", "de", "het", "um", "uma", "o", "os", "as"}
)


def _site_header_description(doc: Document, name: str) -> None:
    """Drop the site's description of itself above the article, opening with
    the name the title bar gives the site.

    >>> from newsclean import clean
    >>> bar = "Bridge to close for the winter | Valley Daily News"
    >>> desc = "Valley Daily News is an independent newspaper covering the towns of the valley since 1998."
    >>> one = "The council met on Monday and voted to close the old bridge to traffic for the winter, officials said."
    >>> two = "Repairs are due to start in March and should take about six weeks, the engineers told the meeting."
    >>> out = clean("\\n".join([bar, desc, "Bridge to close for the winter", one, two]))
    >>> desc in out, one in out
    (False, True)
    """
    blocks = doc.blocks
    if not blocks:
        return
    bar = blocks[0].content
    if len(bar) > TITLE_BAR_MAX_CHARS:
        return
    seps = list(_BAR_SEPARATOR.finditer(bar))
    if not seps or load_lexicon().pattern(bar[: seps[0].start()]) == "about_us":
        return
    names = [n for n in (bar[m.end() :].strip().casefold() for m in seps) if len(n) >= SITE_NAME_MIN_CHARS]
    for b in blocks[1:]:
        if not b.kept:
            continue
        text = b.content.strip()
        if len(text.split()) >= ABOUT_BOX_MIN_WORDS and b.cleaner == name:
            low = text.casefold()
            for n in names:
                if low.startswith(n + " "):
                    after = low[len(n) :].split(None, 2)
                    if len(after) >= 2 and after[0] in _SELF_COPULAS and after[1] in _SELF_ARTICLES:
                        under = blocks[b.index + 1] if b.index + 1 < len(blocks) else None
                        if (
                            under is not None
                            and under.kept
                            and under.content.rstrip().endswith((".", "!", "?"))
                        ):
                            # the article's text goes on right under it: its
                            # lede, on a page whose bar ends with its subject
                            # ("Porträt – Greta Thunberg" over "Greta Thunberg
                            # ist eine schwedische Klimaaktivistin, …")
                            return
                        doc.drop(
                            b,
                            name,
                            "dropped: the site's description of itself above the article",
                            score=b.score,
                            force=True,
                        )
                        return
        if text.endswith((".", "!", "?")):
            # a sentence kept: the article has started
            return


# An author's box closing the text without a link to the author's posts:
# the author's name alone on a line ("Jane Roe", two to NAME_BOX_MAX_WORDS
# words, the first and the last capitalised), at most NAME_BOX_GAP lines the
# earlier cleaners dropped under it (a "Follow" button), and the bio, the last
# line the text keeps, a paragraph of at least NAME_BOX_MIN_WORDS words that
# opens with the same name ("Jane Roe has covered the city since 2010. ...").
# The name is the article's author's: a byline of the page gives it, or it
# stands alone on a line above the article's first long line (a byline without
# "By": above the standfirst or the lede), so a last section on a person under
# their name, in an article not signed by them, stays.
NAME_BOX_MAX_WORDS = 4
NAME_BOX_MAX_CHARS = 40
NAME_BOX_GAP = 2
NAME_BOX_MIN_WORDS = 10


def _drop_recorded(doc: Document, name: str, recorded: set[int], what: str) -> None:
    """Drop the lines an earlier cleaner found and left undecided (recorded
    in ``doc.records``), which this cleaner decided as if they were text
    ("dropped: <what>"): the region was found with them read as text, so
    they set no chrome around their neighbours. A line the region dropped
    itself gets this reason too, which says what the line is."""
    for i in sorted(recorded):
        b = doc.blocks[i]
        if b.cleaner == name:
            doc.drop(b, name, f"dropped: {what}", score=b.score, force=True)


def _name_box(doc: Document, name: str) -> None:
    """Drop the author's box that ends the text: the author's name alone on
    a line and the bio under it that opens with the name.

    >>> from newsclean import clean
    >>> one = "The council met on Monday and voted to close the old bridge to traffic for the winter, officials said."
    >>> two = "Repairs are due to start in March and should take about six weeks, the engineers told the meeting."
    >>> bio = "Jane Roe has reported on the valley's towns for ten years and lives by the river with two cats."
    >>> clean("\\n".join(["Bridge to close for the winter", "Jane Roe", one, two, "Jane Roe", bio])).endswith(two)
    True
    """
    blocks = doc.blocks
    kept = [b.index for b in blocks if b.kept]
    if len(kept) < 3:
        return
    bio = blocks[kept[-1]]
    words = bio.content.split()
    if (
        bio.cleaner != name
        or len(words) < NAME_BOX_MIN_WORDS
        or not bio.content.rstrip().endswith((".", "!", "?"))
        or not words[0][:1].isupper()
    ):
        return
    # the name's line right above it, across at most NAME_BOX_GAP dropped lines
    h = bio.index - 1
    while (
        h > 0
        and bio.index - h <= NAME_BOX_GAP
        and blocks[h].kept is False
        and not _box_name(blocks[h].content)
    ):
        h -= 1
    head = blocks[h].content.strip()
    if (
        h <= 0
        or bio.index - h > NAME_BOX_GAP + 1
        or not _box_name(head)
        or not bio.content.startswith(head + " ")
    ):
        return
    # the article above it, whose header gives the name
    key = " ".join(head.split()).casefold()
    if key not in doc.records.byline_names:
        first = next(
            (k for k in kept if k < h and len(blocks[k].content.split()) >= NAME_BOX_MIN_WORDS),
            h,
        )
        if first >= h or not any(" ".join(blocks[k].content.split()).casefold() == key for k in range(first)):
            return
    for b in (blocks[h], bio):
        if b.kept and b.cleaner == name:
            doc.drop(
                b,
                name,
                "dropped: an author's box under the article (the name and the bio)",
                score=b.score,
                force=True,
            )


def _box_name(text: str) -> bool:
    """Is ``text`` a person's name alone on its line ("Jane Roe", "Sanne de
    Vries"): two to NAME_BOX_MAX_WORDS words without digits, the first and the
    last capitalised, ending no sentence?

    >>> _box_name("Jane Roe"), _box_name("Sanne de Vries"), _box_name("Read more"), _box_name("Jane Roe.")
    (True, True, False, False)
    """
    parts = text.split()
    return (
        2 <= len(parts) <= NAME_BOX_MAX_WORDS
        and len(text) <= NAME_BOX_MAX_CHARS
        and parts[0][:1].isupper()
        and parts[-1][:1].isupper()
        and not text.rstrip().endswith((".", "!", "?", ":"))
        and not any(c.isdigit() for c in text)
    )


def _credit_line(f: Features) -> bool:
    """Is a picture's credit the boilerplate cleaner found short enough to
    be one alone on its line (at most ``CAPTION_CREDIT_MAX_WORDS`` words, one
    sentence)?"""
    return f.words <= CAPTION_CREDIT_MAX_WORDS and f.sentences <= 1


def _caption_line(b: Block, f: Features, sentences: int) -> bool:
    """Is ``b`` shaped as a picture's caption: ``CAPTION_MIN_WORDS`` to
    ``CAPTION_MAX_WORDS`` words in at most ``sentences`` sentences, no
    comma, no clause after a dash, ending with a full stop?"""
    return (
        CAPTION_MIN_WORDS <= f.words <= CAPTION_MAX_WORDS
        and f.sentences <= sentences
        and not f.commas
        and _DASH.search(b.text) is None
        and b.text.rstrip().endswith(".")
    )


def _captions_by_credits(doc: Document, name: str) -> None:
    """Drop the caption of a picture the article's paragraphs stand around,
    next to the picture's credit alone on its line (at most
    :data:`CAPTION_CREDIT_MAX_WORDS` words, one sentence: the boilerplate
    cleaner found it). The caption (see :func:`_caption_line`) is one or two
    sentences ending with a full stop, with no comma and no dash parting it
    (a question or a call is a subheading or the writer's own; a dateline's
    lede or a clause after a dash is prose). Two passes over the credits,
    in this order:

    - Above the credit (mostly capitalised names, no sentence before it),
      with a paragraph of the article at least twice as long right above
      the caption and another right under the credit. A paragraph of the
      article right above the credit of a picture with no caption is as
      long as its neighbours, and the article's last line has none under
      it: both stay.
    - Under the credit, one sentence, when the credit stands right under a
      subheading of the article (a kept line that ends no sentence, under a
      paragraph: the picture opens the section) and a paragraph at least
      twice as long follows the caption. Under a paragraph, the short line
      under a credit is the article's next paragraph, and under the
      headline it may be the standfirst: both stay.

    >>> from newsclean import clean
    >>> one = "The council met on Monday and voted to close the old bridge to traffic for the winter, officials said."
    >>> two = "Repairs are due to start in March and should take about six weeks, the engineers told the meeting."
    >>> text = "\\n".join([one, "Workers inspect the bridge.", "Jane Roe/Example Agency/Getty Images", two])
    >>> "Workers inspect" in clean(text)
    False
    >>> text = "\\n".join([one, "Cracks in the old bridge", "© Jane Roe", "Workers inspect the bridge.", two])
    >>> "Workers inspect" in clean(text)
    False
    """
    credits = doc.records.credits
    if not credits:
        return
    feats = features(doc)
    blocks = doc.blocks
    n = len(blocks)
    order = sorted(credits)
    for i in order:  # the caption above its credit
        if not 2 <= i < n - 1:
            continue
        cap, above, below = blocks[i - 1], blocks[i - 2], blocks[i + 1]
        if not (cap.kept and cap.cleaner == name and above.kept and below.kept):
            continue
        fc, fa, fb, fr = feats[i - 1], feats[i - 2], feats[i + 1], feats[i]
        if (
            not _credit_line(fr)
            or fr.title_ratio < CAPTION_CREDIT_MIN_TITLE
            or not _caption_line(cap, fc, 2)
            or fc.words * 2 > fa.words
            or fc.words * 2 > fb.words
            or not fa.ends_sentence
        ):
            continue
        doc.drop(cap, name, "dropped: the caption above a picture's credit", score=cap.score, force=True)
    for i in order:  # the caption under its credit, under a subheading
        if not 2 <= i < n - 2:
            continue
        para, head, cap, below = blocks[i - 2], blocks[i - 1], blocks[i + 1], blocks[i + 2]
        if not (cap.kept and cap.cleaner == name and para.kept and head.kept and below.kept):
            continue
        fh, fc, fb, fr = feats[i - 1], feats[i + 1], feats[i + 2], feats[i]
        if (
            not feats[i - 2].ends_sentence
            or not _credit_line(fr)
            or fh.ends_sentence
            or fh.ends_colon
            or not _caption_line(cap, fc, 1)
            or fc.words * 2 > fb.words
            or not fb.ends_sentence
        ):
            continue
        doc.drop(cap, name, "dropped: the caption under a picture's credit", score=cap.score, force=True)


# a caption with its source run in after "via" and no full stop ("The new
# keyboard, taken apart via Example Labs", "Die neue Tastatur via Example
# Labs", "vía Example"): the source one to three capitalised words closing
# the line
_VIA_CREDIT = regex.compile(r"\s(?:via|vía)\s([^\s@#][^@#]{0,60})$")
VIA_CAPTION_MAX_WORDS = 16


def _source_word(word: str) -> bool:
    """A word of a source's name: capitalised, or a brand's capital second
    ("Example", "eFoto", "3Sat"); not a word of prose ("the", "email")."""
    return word[0].isupper() or (len(word) > 1 and (word[0].isdigit() or word[1].isupper()))


def _captions_via_source(doc: Document, name: str, kept: list[Block]) -> None:
    """Drop a caption that ends with its source after "via" ("The new
    keyboard via Example Labs"), between two paragraphs of the article: a
    line of :data:`CAPTION_MIN_WORDS` to :data:`VIA_CAPTION_MAX_WORDS`
    words ending no sentence, the paragraphs on both sides ending
    sentences and at least twice as long. A sentence naming its source
    ("… the company said via Twitter.") ends with a full stop and stays; so
    does a headline, with no paragraph above it.

    >>> from newsclean import clean
    >>> one = "The council met on Monday and voted to close the old bridge to traffic for the winter, officials said."
    >>> two = "Repairs are due to start in March and should take about six weeks, the engineers told the meeting."
    >>> "via" in clean("\\n".join([one, "The cracked support via Example Labs", two]))
    False

    ``kept``: the blocks this cleaner kept (a superset of those it still
    keeps), in order.
    """
    blocks = doc.blocks
    n = len(blocks)
    feats: list[Features] | None = None
    for cap in kept:
        i = cap.index
        text = cap.text
        if not (0 < i < n - 1 and ("via " in text or "vía " in text) and cap.kept):
            continue
        via = _VIA_CREDIT.search(text)
        # the source: one to three capitalised words ("Example Labs")
        source = via.group(1).split() if via is not None else []
        if not 1 <= len(source) <= 3 or not all(_source_word(w) for w in source):
            continue
        above, below = blocks[i - 1], blocks[i + 1]
        if not (above.kept and below.kept):
            continue
        if feats is None:
            feats = features(doc)
        fc, fa, fb = feats[i], feats[i - 1], feats[i + 1]
        if (
            fc.ends_sentence
            or fc.ends_colon
            or not CAPTION_MIN_WORDS <= fc.words <= VIA_CAPTION_MAX_WORDS
            or fc.sentences > 1
            or not fa.ends_sentence
            or not fb.ends_sentence
            or fc.words * 2 > fa.words
            or fc.words * 2 > fb.words
        ):
            continue
        doc.drop(cap, name, "dropped: a caption ending with its source", score=cap.score, force=True)


# the caption of the article's lead picture between its date and its byline
HEADER_CAPTION_MAX_WORDS = 12


def _captions_in_header(doc: Document, name: str, kept: list[Block]) -> None:
    """Drop the caption of the lead picture printed between the article's
    date and its byline ("Updated May 4, 9:10 AM" / "The band performs on
    stage." / "By Jane Roe"): one short sentence (:data:`CAPTION_MIN_WORDS`
    to :data:`HEADER_CAPTION_MAX_WORDS` words) ending with a full stop, the
    line above it a timestamp and the one under it a byline the bylines
    cleaner dropped. A standfirst there is longer, or asks, and stays.

    >>> from newsclean import clean
    >>> lede = "The council met on Monday and voted to close the old bridge to traffic for the winter, officials said."
    >>> text = "\\n".join(["Council closes old bridge", "Updated May 4, 2024, 9:10 AM", "Workers inspect the bridge.", "By Jane Roe", lede])
    >>> "Workers inspect" in clean(text)
    False

    ``kept``: the blocks this cleaner kept (a superset of those it still
    keeps), in order.
    """
    blocks = doc.blocks
    n = len(blocks)
    feats: list[Features] | None = None
    for cap in kept:
        i = cap.index
        if not (0 < i < n - 1 and cap.kept):
            continue
        above, below = blocks[i - 1], blocks[i + 1]
        if above.kind not in ("timestamp", "signed_timestamp") or below.kind != "byline":
            continue
        if feats is None:
            feats = features(doc)
        fc = feats[i]
        if (
            not CAPTION_MIN_WORDS <= fc.words <= HEADER_CAPTION_MAX_WORDS
            or fc.sentences > 1
            or fc.commas
            or not cap.text.rstrip().endswith(".")
        ):
            continue
        doc.drop(
            cap,
            name,
            "dropped: the lead picture's caption between the date and the byline",
            score=cap.score,
            force=True,
        )


# Another story printed inside the article (or right under it): its
# headline, its own byline, its paragraphs (see _embedded_story)
EMBEDDED_HEADLINE_WORDS = (6, 25)
# the paragraphs of the article above the other story's headline
EMBEDDED_ABOVE_PARAGRAPHS = 3
# the other story's lede shares this many content words with its headline
EMBEDDED_LEDE_SHARED = 3
# at most this many lines of the other story, up to the line that ends it
EMBEDDED_MAX_LINES = 15


def _embedded_story(doc: Document, name: str, kept: list[Block]) -> None:
    """Drop another story printed inside the article: its headline (a line of
    six to 25 words ending no sentence) right above its own byline, which the
    bylines cleaner dropped, in the middle of the article (three paragraphs
    of it above, and the article's own byline or signed date further up).
    When the first paragraph under that byline shares three content words
    or more (a third of the headline's at least) with the headline, it is
    the other story's lede, and the other story's lines go with it up to
    the first line dropped ("Advertisement") or the end of the text (at
    most :data:`EMBEDDED_MAX_LINES`; with more, only the headline goes).
    Only one such pair on the page: two or more are a roundup of signed
    stories or a live blog's entries, which stay.

    >>> from newsclean import clean
    >>> article = ["Harbour town votes to rebuild its old sea wall", "By Ellen Marsh",
    ...     "The town council voted on Monday to rebuild the old sea wall that has protected the harbour since 1870, after two winter storms broke through it.",
    ...     "The work will take three years and cost about 14 million euros, most of it paid by the regional government, the mayor said after the vote.",
    ...     "Fishermen who use the harbour welcomed the decision but asked the council to keep the quay open while the builders are at work."]
    >>> other = ["Farmers fear a dry summer as the river falls to a record low", "By Tom Hale for Example News",
    ...     "Farmers fear a dry summer after the river that waters their fields fell to a record low this week, the regional water board said.",
    ...     "The board has asked them to water their crops only at night and to share the wells of the valley until the rain comes back.",
    ...     "Advertisement"]
    >>> rest = ["Engineers will first test the old stones to see which of them can be used again in the new wall, the council said in a statement.",
    ...     "The harbour master said the quay would stay open for the fishing fleet during the first year of the works on the northern side."]
    >>> out = clean("\\n".join(article + other + rest))
    >>> "Farmers fear" in out, "The board has asked" in out, "The harbour master" in out
    (False, False, True)

    ``kept``: the blocks this cleaner kept, in order.
    """
    blocks = doc.blocks
    n = len(blocks)
    feats: list[Features] | None = None
    # the article's own byline or signed date, above the other story's
    signed = next((b.index for b in blocks if b.kind in ("byline", "signed_timestamp")), n)
    paragraphs = 0  # the article's paragraphs kept above the line
    found: int | None = None
    pos = 0
    lo, hi = EMBEDDED_HEADLINE_WORDS
    for pos, b in enumerate(kept):
        i = b.index
        if not b.kept or i + 1 >= n:
            continue
        if feats is None:
            feats = features(doc)
        f = feats[i]
        below = blocks[i + 1]
        if (
            below.kind == "byline"
            and signed < i
            and paragraphs >= EMBEDDED_ABOVE_PARAGRAPHS
            and lo <= f.words <= hi
            and not f.ends_sentence
            and not f.ends_colon
        ):
            if found is not None:
                return  # a second pair: a roundup or a live blog
            found = pos
        if f.ends_sentence and f.words >= 10:
            paragraphs += 1
    if found is None or feats is None:
        return
    head = kept[found]
    hf = feats[head.index]
    doc.drop(
        head,
        name,
        "dropped: the headline of another story printed inside the article",
        score=head.score,
        force=True,
    )
    lede = kept[found + 1] if found + 1 < len(kept) else None
    if lede is None or lede.index > head.index + 3:
        return
    shared = len(hf.content_words & feats[lede.index].content_words)
    if shared < EMBEDDED_LEDE_SHARED or 3 * shared < len(hf.content_words):
        return
    # the other story runs from its lede to the first line dropped, or to
    # the end of the text
    run: list[Block] = []
    k = lede.index
    while k < n and len(run) <= EMBEDDED_MAX_LINES:
        c = blocks[k]
        if c.kept and c.cleaner == name:
            run.append(c)
        elif c.kept is False:
            break
        k += 1
    if len(run) > EMBEDDED_MAX_LINES:
        return
    for c in run:
        doc.drop(
            c, name, "dropped: a line of another story printed inside the article", score=c.score, force=True
        )


class Region(Cleaner):
    """Keep the article region and its headline; drop everything else.

    ``weights`` defaults to the shipped ``data/weights.json``.
    """

    name = "region"

    def __init__(self, weights: Weights | None = None) -> None:
        self.weights = weights

    def annotate(self, doc: Document) -> None:
        self._annotate(doc)
        # a section break between two lines the article keeps ("___",
        # "* * *") is the article's own: it stays, as the article's
        # structure (the rule an extractor keeps between the entries of a
        # news agency's story); at the article's edges, or next to chrome, it
        # goes with the chrome
        blocks = doc.blocks
        for k in range(1, len(blocks)):
            b = blocks[k]
            if (
                b.kept is False
                and b.cleaner == self.name
                and k + 1 < len(blocks)
                and section_break(b.text.strip())
                and blocks[k - 1].kept is not False
                and blocks[k + 1].kept is not False
            ):
                doc.keep(b, self.name, "kept: a section break inside the article", force=True)
            elif (
                b.kept is False
                and b.cleaner == self.name
                and blocks[k - 1].kept
                and blocks[k - 1].cleaner == self.name
                and len(text := b.text.strip()) <= 4
                and _EMOTICON.fullmatch(text) is not None
            ):
                # an emoticon right under a line of the article is the
                # writer's own ("… when he first saw him." then "=)")
                doc.keep(b, self.name, "kept: an emoticon closing a paragraph of the article", force=True)
        # the caption of a photo in a gallery (between its counter and its
        # credit, which the boilerplate cleaner found) goes, though the
        # article was read on around it
        _drop_recorded(doc, self.name, doc.records.gallery_captions, "the caption of a photo in a gallery")
        # the caption of a picture inside the article: a short sentence
        # right above the picture's credit alone on its line ("Officials
        # hand out masks on Monday." then "Jane Roe/Agency/Getty Images"),
        # half as long as the paragraphs of the article on both sides of it
        # (or under the credit, below a subheading)
        _captions_by_credits(doc, self.name)
        # a caption ending with its source after "via", and the lead
        # picture's caption between the article's date and its byline
        # (both read only the lines this cleaner kept: one pass to find them)
        kept = [b for b in doc.blocks if b.kept and b.cleaner == self.name]
        _captions_via_source(doc, self.name, kept)
        _captions_in_header(doc, self.name, kept)
        # another story printed inside the article: its headline over its
        # own byline, and its lines when its lede repeats its headline
        _embedded_story(doc, self.name, kept)
        # the paragraphs of a box describing the site ("About us") that end
        # the text under the article
        _about_box(doc, self.name)
        # ... and of one under the site's own address ("About example.com"),
        # wherever it stands under the article
        _about_site_box(doc, self.name)
        # the site's description of itself in its header, above the article,
        # opening with the name the title bar gives the site
        _site_header_description(doc, self.name)
        # an author's box ending the text: the author's name alone on a
        # line and the bio that opens with it
        _name_box(doc, self.name)
        # an appeal to support the publication ("We are funded by our
        # readers. Support us …"), which the boilerplate cleaner found and
        # left undecided: it goes once the article is found, which was
        # decided as if it were text
        _drop_recorded(doc, self.name, doc.records.appeals, "an appeal to support the publication")
        # a list of links to videos or galleries ("… Review [Video]", "…
        # (PHOTOS)"), which the teasers cleaner found and left undecided: it
        # goes once the article is found, which was decided as if its lines
        # were text (dropped, they would count as chrome around the
        # article's closing lines under them)
        _drop_recorded(doc, self.name, doc.records.media_links, "a list of links to videos or galleries")

    def _annotate(self, doc: Document) -> None:
        w = self.weights or load_weights()
        feats = features(doc)
        blocks = []
        for b in doc.blocks:
            if b.kept is not None:
                continue
            if feats[b.index].tokens == 0:
                # "___", "* * *", "|": decoration is no evidence either way
                doc.drop(b, self.name, "dropped: a line without words")
                continue
            blocks.append(b)
        if not blocks:
            return
        scores = w.scores(doc, blocks)
        # a block's position among the undecided ones
        where = {b.index: k for k, b in enumerate(blocks)}
        labels = viterbi(scores, w.transition_cost)
        # a link to the next or previous post ("Next article", its title)
        # ends the run of article it stands in, however the smoothing
        # labelled the lines beyond it (that post's date, title and summary):
        # the runs are split there (``cuts``: positions with a pager right
        # before them), and the region does not grow across it
        pagers = sorted(doc.records.pagers)
        cuts = [
            k
            for k in range(1, len(blocks))
            if (i := bisect_right(pagers, blocks[k - 1].index)) < len(pagers) and pagers[i] < blocks[k].index
        ]
        # a numbered list ("Step 1", text, "Step 2", text...) is one run of the
        # article: its numbers split it into runs of one paragraph
        nums = _numbers(blocks, feats)
        for first, last in _numbered_spans(nums):
            if len(_runs(labels[first : last + 1])) >= 2:
                labels[first : last + 1] = [True] * (last + 1 - first)
        # a forum thread ("#661", a post, "#662", a post...) is one run of
        # the article: its posts, however short, are the page's text
        threads, post_numbers = _thread_spans(doc, blocks)
        # (but for the short lines the smoothing took for chrome: the
        # poster's name and rank, "Reactions: ...")
        post_chrome: set[int] = set()
        for first, stop in threads:
            post_chrome.update(
                k
                for k in range(first, stop)
                if not labels[k]
                and (pf := feats[blocks[k].index]).words < EDGE_MIN_WORDS
                and not (pf.ends_sentence or pf.ends_colon)
            )
            labels[first:stop] = [True] * (stop - first)
        runs = _split(_runs(labels), cuts)
        if not runs and len(blocks) >= FALLBACK_MIN_BLOCKS:
            # a page with no block that looks like prose on its own: take the
            # region around its best blocks rather than keep the whole page
            shift = FALLBACK_MARGIN - max(scores)
            labels = viterbi([s + shift for s in scores], w.transition_cost)
            runs = _split(_runs(labels), cuts)
        under = doc.records.section_under
        if under:
            runs = _split(runs, _cards_cuts(doc, blocks, runs, under))
        # the blocks whose text is no evidence of where the article is
        unweighed: dict[int, str] | set[int] = under
        if not runs and any(v == "related" for v in under.values()):
            # no article region, and a related-content heading above some of
            # the text: a heading over the article itself ("Aktuelle
            # Nachrichten", "Empfehlungen" in the sidebar a dump puts first),
            # not over teasers after it. Weighed as text under no heading,
            # the article stands out
            lift = -w.coef[FEATURE_NAMES.index("under_related")] * w.score_scale
            lifted = [
                s + lift if under.get(b.index) == "related" else s
                for b, s in zip(blocks, scores, strict=True)
            ]
            labels = viterbi(lifted, w.transition_cost)
            runs = _split(_runs(labels), cuts)
            if runs:
                scores = lifted
                unweighed = {j for j, v in under.items() if v != "related"}
        credits = doc.records.credits
        notices = doc.records.notices
        if not runs and credits:
            # still no article region, and captions the boilerplate cleaner
            # dropped: captions part the paragraphs of a short article, and
            # dropped, they leave each paragraph among chrome (and take the
            # words it shares with them). Scored with its captions as lines
            # of the text, the article stands out; the captions stay dropped
            # (their labels are read for the region only). Only on a whole
            # page, with chrome the earlier cleaners found above the region
            # (its menu): an extractor's text with no region is kept as it is
            both = sorted(blocks + [doc.blocks[i] for i in credits], key=attrgetter("index"))
            rescored = w.scores(doc, both, unchrome=credits)
            pairs = [
                (s, lab)
                for b, s, lab in zip(both, rescored, viterbi(rescored, w.transition_cost), strict=True)
                if b.index not in credits
            ]
            found = _split(_runs([lab for _, lab in pairs]), cuts)
            if found and (
                sum(
                    1
                    for b in doc.blocks[: blocks[found[0][0]].index]
                    if b.kept is False and b.index not in notices and b.index not in credits
                )
                >= DUMP_HEAD_CHROME
            ):
                scores = [s for s, _ in pairs]
                labels = [lab for _, lab in pairs]
                runs = found
        if not runs:
            # no article region: the text is kept as it is, but for the lines
            # the sections cleaner found under a related-content or comment
            # heading (other stories, readers' comments: no part of the
            # article, wherever it is; with no heading over the article
            # itself, as the rescoring above found), as long as some text is
            # under no such heading. A "Read also: <title>" link the
            # boilerplate cleaner dropped heads no section: it stands inside
            # the article, whose text goes on under it
            heads = doc.records.section_heads
            aside = {
                b.index: under[b.index]
                for b in blocks
                if b.index in under
                and not (
                    (head_at := bisect_right(heads, b.index)) > 0
                    and doc.blocks[heads[head_at - 1]].cleaner == "boilerplate"
                )
            }
            if all(b.index in aside for b in blocks):
                aside = {}
            # its menus go too (runs of short lines: see MENU_RUN_MIN), as
            # long as some text stays
            menus = _menus(doc, feats, {b.index for b in blocks if b.index not in aside})
            if all(b.index in aside or b.index in menus for b in blocks):
                menus = set()
            for b, s in zip(blocks, scores, strict=True):
                if b.index in aside:
                    what = _SECTION_WHAT.get(aside[b.index], "a chrome section's")
                    doc.drop(
                        b, self.name, f"dropped: no article region found, and under {what} heading", score=s
                    )
                elif b.index in menus:
                    doc.drop(b, self.name, "dropped: no article region found, and a menu's line", score=s)
                else:
                    doc.keep(
                        b, self.name, "kept: no article region found, the text is kept as it is", score=s
                    )
            return

        lex = load_lexicon()

        def mass(run: tuple[int, int]) -> float:
            # text under a comment or related-content heading is no evidence
            # of where the article is
            return sum(max(0.0, scores[k]) for k in range(run[0], run[1]) if blocks[k].index not in unweighed)

        n_all = len(doc.blocks)
        # (the notices a page lays over its article count for neither side:
        # see below)
        n_text = n_all - len(notices)
        short_share = sum(1 for f in feats if f.words <= 4) / n_text if n_text else 0.0
        # The text is already clean (an extractor's output, a clean article)
        # when it has few short lines (no menus, no link lists), or when it
        # opens with a paragraph and the earlier cleaners found little chrome,
        # or when they found (almost) none in a language whose chrome they know.
        # The notices a page lays over or under its article (a cookie banner,
        # a consent box's line, a log-in prompt: ``boilerplate.NOTICES``) are
        # no evidence either way, as an extractor keeps them as readily as a
        # whole page holds them: they count neither as chrome found nor as
        # lines of the text, so one more notice the lexicon learns cannot
        # flip a clean text to a page (and send its article through the
        # region scoring)...
        # (nor are the article's section breaks chrome found, "___", "* * *",
        # which this cleaner dropped above as decoration)
        chrome_found = [
            b
            for b in doc.blocks
            if b.kept is False and not (b.cleaner == self.name and section_break(b.text.strip()))
        ]
        dropped = sum(1 for b in chrome_found if b.index not in notices)
        # ...but a text that does not open with a paragraph is clean only
        # with (almost) no chrome at all, notices too
        dropped_all = len(chrome_found)
        opens = next((i for i, f in enumerate(feats) if f.words >= LEDE_MIN_WORDS and f.ends_sentence), n_all)
        known = doc.language in lex.languages
        # but a whole page is none: one with chrome the earlier cleaners
        # found above its article (its menu, "Login", "Search"), or with a
        # list of other articles above it under a related-content heading
        # (an extractor puts neither before the article)
        page_top = doc.blocks[: blocks[runs[0][0]].index]
        page = (
            sum(1 for b in page_top if b.kept is False and b.index not in notices) >= DUMP_HEAD_CHROME
            or sum(1 for b in page_top if under.get(b.index) == "related") >= DUMP_RELATED_LINES
            or _menu_lines(feats, blocks, scores) > DUMP_MENU_SHARE * n_text
        )
        clean_text = not page and (
            short_share <= w.clean_short_max
            or (opens <= w.clean_opens and dropped <= w.clean_dropped_max * n_text)
            or (known and dropped_all <= w.clean_dropped_known * n_all)
        )
        # (what the region cleaner took the text for: read by the tests)
        doc.records.clean_text = clean_text
        # (and what it was decided on: read by tools/tune.py clean)
        doc.records.clean_text_evidence = (
            page,
            short_share,
            opens,
            dropped / n_text if n_text else 0.0,
            known,
            dropped_all / n_all if n_all else 0.0,
        )
        if clean_text:
            # keep every block, but for chrome runs at its very start and end
            # (see trimmed) and the text under a comment heading
            head, tail = (0, runs[0][0]), (runs[-1][1], len(blocks))

            def trimmed(run: tuple[int, int]) -> bool:
                size = run[1] - run[0]
                if size > 1 and 2 * sum(1 for k in range(*run) if blocks[k].content.startswith("|")) >= size:
                    return False  # the rows of a table ("| Origin | Ethiopia |") are the article's
                if run[0] > 0 and _titles_tail(feats, blocks, run):
                    return True  # a list of other stories' headlines after the article
                return size <= EDGE_TRIM_ALWAYS or (
                    size <= w.edge_trim_max
                    and not _has_prose(feats, blocks, run)
                    and (run[0] == 0 or set_off(run[0]))
                )

            def set_off(k: int) -> bool:
                # the text's last lines are chrome when chrome the earlier
                # cleaners found ("Related", "Share") sets them off from the
                # article; right after it they are its own (a list, a note)
                return blocks[k].index - blocks[k - 1].index > 1

            def closing_list(k: int) -> bool:
                # the text ends with a list of the article's under a short
                # heading ending with a colon right after it ("Awards:", its
                # items), nothing the earlier cleaners dropped among them;
                # not a credit or a byline cut in two ("Photos:", "Jane Roe")
                f = feats[blocks[k].index] if 0 < k < len(blocks) - 1 else None
                if not (
                    f is not None
                    and f.ends_colon
                    and f.words <= CLOSING_HEADING_WORDS
                    and blocks[-1].index == n_all - 1
                    and blocks[-1].index - blocks[k - 1].index == len(blocks) - k
                    and all(feats[b.index].words <= LIST_ITEM_MAX_WORDS for b in blocks[k + 1 :])
                ):
                    return False
                line = f"{blocks[k].content} {blocks[k + 1].content}"
                return (
                    lex.pattern(line) is None and byline_reason(line, len(line.split()), False, lex) is None
                )

            lo = head[1] if trimmed(head) else 0
            # (a text that ends with a paragraph ends with its article)
            final = feats[blocks[-1].index]
            ends_prose = final.ends_sentence and final.words >= PARAGRAPH_MIN_WORDS
            hi = tail[0] if trimmed(tail) and not ends_prose and not closing_list(tail[0]) else len(blocks)
            # but for the text under a comment heading
            labels = [under.get(b.index) != "comments" for b in blocks]
            runs = [(lo, hi)]

        # a list of teasers is weak evidence of where the article is, and no
        # article run of its own
        signed = {b.index for b in doc.blocks if b.kept is False and b.cleaner == "bylines"}
        teasers = {r for r in runs if _teaser_list(feats, blocks, r, signed) or _link_list(feats, blocks, r)}

        def evidence(r: int) -> float:
            return mass(runs[r]) * (w.teaser_list_evidence if runs[r] in teasers else 1.0)

        main = max(range(len(runs)), key=evidence)
        # the paragraph right under the page's first header (its headline and
        # its byline) is the article, however short, when the run with the
        # most evidence lies far below it, has no header of its own and
        # shares fewer than HEADER_SHARED_TERMS of the headline's words (a
        # list of teasers further down, an FAQ, a log-in dialog): it is the
        # main run then, that run does not join it, and no far run is kept
        headed = False
        displaced: tuple[int, int] | None = None
        if not clean_text:
            keys = Counter(f.key for f in feats)
            first_header = next(
                (
                    (k, h)
                    for k, b in enumerate(blocks)
                    if (h := _header_lede(doc, feats, b, scores[k], keys)) is not None
                ),
                None,
            )
            # (a run that would join the header's anyway is the article going
            # on: only one further off than ``region_max_gap`` loses to it)
            if first_header is not None and first_header[0] + 1 + w.region_max_gap < runs[main][0]:
                header, header_title = first_header
                span = range(runs[main][0], runs[main][1])
                # the run shares the headline's words, but for the lines that
                # repeat the headline or the header's paragraph (a teaser of
                # the article itself)
                named = _terms(header_title, feats[header_title.index])[0]
                own = {feats[header_title.index].key, feats[blocks[header].index].key}
                shared: set[str] = set()
                for k in span:
                    if feats[blocks[k].index].key not in own:
                        shared |= named & _terms(blocks[k], feats[blocks[k].index])[0]
                if len(shared) < HEADER_SHARED_TERMS and not any(
                    _header_lede(doc, feats, blocks[k], scores[k], keys) for k in span
                ):
                    displaced = runs[main]
                    at = next((r for r, run in enumerate(runs) if run[0] <= header < run[1]), None)
                    if at is None:
                        at = bisect_right([run[0] for run in runs], header)
                        runs.insert(at, (header, header + 1))
                        labels[header] = True
                    main, headed = at, True
        lo, hi = runs[main]
        # join article runs that are close to the region, but not across the
        # heading of a related-content or comment section, nor across a link
        # to the next or previous post with its title ("Previous article
        # <Title>"): the paragraph under it is that post's summary
        heads = sorted({*doc.records.section_heads, *doc.records.pagers})
        heads_set = set(heads)

        def walled(a: int, b: int) -> bool:
            # a related-content or comment heading between blocks a and b
            lo_i, hi_i = blocks[a].index, blocks[b].index
            i = bisect_right(heads, lo_i)
            return i < len(heads) and heads[i] < hi_i

        def joins(run: tuple[int, int], gap: int) -> bool:
            # a run close to the region joins it; one further off only if it
            # holds a paragraph (not a list of headlines after the article)
            # (nor the run the header took the region from)
            return (
                run != displaced
                and gap <= w.region_max_gap
                and (gap <= w.region_near_gap or _has_prose(feats, blocks, run))
            )

        left, right = main - 1, main + 1
        while left >= 0 and joins(runs[left], lo - runs[left][1]) and not walled(runs[left][1] - 1, lo):
            lo = runs[left][0]
            left -= 1
        while (
            right < len(runs)
            and joins(runs[right], runs[right][0] - hi)
            and not walled(hi - 1, runs[right][0])
        ):
            hi = runs[right][1]
            right += 1
        # far runs with enough evidence of their own are article too, but for
        # one under the article beyond a heading that counts the comments
        # ("12 Gedanken zu „…“"): the thread, however long its comments
        thread_heads = doc.records.thread_heads
        t = bisect_right(thread_heads, blocks[hi - 1].index)
        thread_at = thread_heads[t] if t < len(thread_heads) else n_all
        main_mass = mass(runs[main])
        # nor one between two cookie notices the boilerplate cleaner dropped
        # (a cookie dialog's headings and paragraphs) with no part of the
        # article between them: a line of that dialog (what one of its
        # cookies is for), however long
        laid = sorted(i for i in notices if doc.blocks[i].kind == "cookie")
        region_lo, region_hi = blocks[lo].index, blocks[hi - 1].index

        def in_notice(r: tuple[int, int]) -> bool:
            i = bisect_left(laid, blocks[r[0]].index)
            j = bisect_right(laid, blocks[r[1] - 1].index)
            if i == 0 or j == len(laid):
                return False
            return laid[i - 1] > region_hi or laid[j] < region_lo

        far_runs = [
            r
            for r in runs[: left + 1] + [r for r in runs[right:] if blocks[r[0]].index < thread_at]
            if mass(r) >= w.region_min_share * main_mass
            and _has_prose(feats, blocks, r)
            and r not in teasers
            and not headed
            and not in_notice(r)
        ]
        extra = {k for r in far_runs for k in range(r[0], r[1])}

        # a line of text right above a caption the boilerplate cleaner dropped
        # ("Image caption: ..."), right under a line of the article: the
        # article's last line or a subheading above its picture, whatever its
        # score (the chrome dropped next to it lowered it)
        credits = doc.records.credits

        def above_caption(k: int) -> bool:
            i = blocks[k].index
            f = feats[i]
            return (
                k > 0
                and i + 1 in credits
                and blocks[k - 1].index == i - 1
                and f.words >= CLOSING_MIN_WORDS
                and f.stopwords > 0
                and not f.separators
            )

        # revise the edges: a paragraph right at the region's edge that ends a
        # sentence belongs to it (the last paragraph before the footer)
        # (also across a few short lines: they stay out)
        def boxed(k: int) -> bool:
            # a related-content box inside the article between paragraph k and
            # the block under it: its heading right under the paragraph and at
            # most BOX_MAX_ITEMS lines the earlier cleaners dropped under it
            # ("Related articles", two links, then the article goes on)
            i, j = blocks[k].index, blocks[k + 1].index
            return (
                i + 1 in heads_set
                and j - i - 2 <= BOX_MAX_ITEMS
                and under.get(i + 2) == "related"
                and not any(h in heads_set for h in range(i + 2, j))
            )

        # (the short lines of a share bar do not count as a gap: the article
        # goes on under its buttons)
        bar = _share_bar(doc, feats)

        # (a line above a caption with at most this share of capitals is no headline)
        closing_title = title_limit(CLOSING_MAX_TITLE, doc.language)

        def reach(k: int, step: int) -> int:
            # the paragraph nearest to block k in direction step, past short lines, or -1
            skipped = gap = 0
            while gap <= w.edge_gap:
                if not 0 <= k < len(blocks):
                    return -1
                if walled(min(k, k - step), max(k, k - step)):
                    # (but for a paragraph right above a short related box
                    # that the article goes on under)
                    f = feats[blocks[k].index]
                    if (
                        step < 0
                        and not skipped
                        and boxed(k)
                        and _absorbable(f, scores[k], w.edge_min_score)
                        and f.words >= PARAGRAPH_MIN_WORDS
                    ):
                        return k
                    return -1
                f = feats[blocks[k].index]
                # (past a short line only a full paragraph, not a headline with a full stop)
                if _absorbable(f, scores[k], w.edge_min_score, blocks[k].content) and (
                    not skipped or f.words >= PARAGRAPH_MIN_WORDS
                ):
                    return k
                # (right above it, a lede run on into a link or cut off)
                if (
                    step < 0
                    and not skipped
                    and scores[k] >= w.edge_min_score
                    and run_on(f, blocks[k].content, doc.language)
                ):
                    return k
                # (right under it, a short last paragraph, "Work starts in
                # May.", or a line above a caption that is no headline: a
                # link's title there is a teaser's, "Mission Could Spot Life")
                if (
                    step > 0
                    and not skipped
                    and (
                        closing_sentence(f, blocks[k].content, doc.language)
                        or (above_caption(k) and f.title_ratio <= closing_title)
                    )
                ):
                    return k
                if f.words >= EDGE_MIN_WORDS:
                    return -1
                skipped += 1
                gap += blocks[k].index not in bar
                k += step
            return -1

        # and the lists under a heading such as "Ingredients" or "Technical
        # data" next to it (chained: "Ingredients" above "Preparation")
        starts = sorted(where[i] for i in doc.records.content_heads if i in where)
        lists: list[tuple[int, int]] = []
        for j, p in enumerate(starts):
            end = starts[j + 1] if j + 1 < len(starts) else len(blocks)
            # its items: short lines or paragraphs, up to the next heading or
            # the chrome the earlier cleaners found
            q = p + 1
            while (
                q < end
                and q - p <= CONTENT_MAX_ITEMS
                and blocks[q].index - blocks[q - 1].index <= CONTENT_MAX_SKIP
                and (
                    feats[blocks[q].index].words <= LIST_ITEM_MAX_WORDS
                    or _absorbable(feats[blocks[q].index], scores[q], w.edge_min_score)
                )
            ):
                q += 1
            if q > p + 1:  # (a heading with no items is no list)
                lists.append((p, q))

        def announced_above(lo: int) -> int:
            # the line ending with a colon that announces the list (or table)
            # right above the region ("The figures:", a caption, its rows, the
            # region), or lo: short lines in a row, with no chrome the earlier
            # cleaners found among them
            j = lo - 1
            while (
                j >= 0
                and lo - j <= ANNOUNCED_MAX_ITEMS
                and blocks[j + 1].index - blocks[j].index == 1
                and not walled(j, j + 1)
            ):
                f = feats[blocks[j].index]
                if f.ends_colon:
                    # (a lead-in is a sentence, not a form's label: "Search for:")
                    return j if j < lo - 1 and f.words >= LEAD_IN_MIN_WORDS else lo
                if f.words > LIST_ITEM_MAX_WORDS:
                    break
                j -= 1
            return lo

        def next_to(a: int, b: int) -> bool:
            # nothing but a picture's credit between blocks a and b
            return all(i in credits for i in range(blocks[a].index + 1, blocks[b].index))

        def announced_below(hi: int) -> int:
            # under the region, past up to edge_gap short lines (a subheading),
            # a lead-in ending with a colon, its list and the paragraph after
            # it: the article goes on (returns the end of that paragraph, or hi;
            # a picture's credit the boilerplate cleaner dropped between two
            # lines does not part them)
            k = hi
            while k < len(blocks) and k - hi <= w.edge_gap and next_to(k - 1, k) and not walled(k - 1, k):
                f = feats[blocks[k].index]
                if f.ends_colon and f.words >= LEAD_IN_MIN_WORDS:
                    break
                if f.words >= EDGE_MIN_WORDS:
                    return hi
                k += 1
            else:
                return hi
            first = k + 1
            k = first
            while (
                k < len(blocks)
                and k - first <= ANNOUNCED_MAX_ITEMS
                and next_to(k - 1, k)
                and not walled(k - 1, k)
            ):
                f = feats[blocks[k].index]
                if f.ends_sentence and f.words >= PARAGRAPH_MIN_WORDS:
                    return k + 1 if k > first else hi
                if f.words > LIST_ITEM_MAX_WORDS:
                    break
                k += 1
            return hi

        def specs_below(hi: int) -> int:
            # a product's spec rows right under the article's last paragraph
            # ("Colour: green", "Weight: 125 g", "Available in: 12 ml, 125 ml"),
            # no subheading over them: rows "Label: value" one line after the
            # other, each label its own, most of them facts (returns the end
            # of the rows, or hi)
            if not (0 < hi < len(blocks) and blocks[hi].index - blocks[hi - 1].index == 1):
                return hi
            f = feats[blocks[hi - 1].index]
            if not (f.ends_sentence and f.words >= EDGE_MIN_WORDS):
                return hi
            labels_seen: set[str] = set()
            facts = 0
            j = hi
            while (
                j < len(blocks)
                and j - hi < ANNOUNCED_MAX_ITEMS
                and blocks[j].index - blocks[j - 1].index == 1
                and not walled(j - 1, j)
            ):
                m = _TABLE_ROW.match(blocks[j].content) if ":" in blocks[j].content else None
                g = feats[blocks[j].index]
                if m is None or len(m.group(1).split()) > TABLE_LABEL_WORDS or g.words > TABLE_ROW_WORDS:
                    break
                label = m.group(1).casefold()
                if label in labels_seen or g.ends_sentence:
                    break
                labels_seen.add(label)
                facts += _fact(blocks[j].content)
                j += 1
            return j if j - hi >= SPEC_MIN_ROWS and facts >= SPEC_MIN_FACTS else hi

        def facts_below(hi: int) -> int:
            # a fact box under a subheading that ends the region ("Test
            # results:", "Qualified teams", then "Comfort: 1", "Boot: 2", ...):
            # a subheading with nothing under it ends no article (returns
            # the end of the box, or hi)
            k = hi
            if (end := specs_below(hi)) > hi:
                return end
            if not (
                hi < len(blocks)
                and blocks[hi].index - blocks[hi - 1].index == 1
                and not walled(hi - 1, hi)
                and _fact(blocks[hi].content)
            ):
                # (the subheading is the region's last line, or the first under it)
                k += 1
                if not (
                    k < len(blocks)
                    and blocks[k].index - blocks[hi].index == 1
                    and blocks[hi].index - blocks[hi - 1].index == 1
                    and not walled(hi - 1, k)
                ):
                    return hi
                head, item = hi, k
            else:
                head, item = hi - 1, hi
            f = feats[blocks[head].index]
            if not (
                0 < f.words <= FACT_HEADING_WORDS and not f.ends_sentence and not _fact(blocks[head].content)
            ):
                return hi
            j = item
            while (
                j < len(blocks)
                and j - item < ANNOUNCED_MAX_ITEMS
                and (j == item or blocks[j].index - blocks[j - 1].index == 1)
                and _fact(blocks[j].content)
            ):
                j += 1
            return j if j - item >= FACT_MIN_ITEMS else hi

        def grow(lo: int, hi: int) -> tuple[int, int]:
            # lists inside the region are the article's; the others join it in
            # order, from the region outwards (each is looked at once)
            below = [pq for pq in lists if pq[0] >= hi]
            above = [pq for pq in reversed(lists) if pq[0] < lo]
            for p, q in lists:
                if lo <= p < hi:
                    labels[p:q] = [True] * (q - p)
                    hi = max(hi, q)
            up = down = 0
            grown = True
            while grown:
                grown = False
                while (k := reach(lo - 1, -1)) >= 0:
                    lo = k
                    labels[lo] = True
                while (k := reach(hi, 1)) >= 0:
                    labels[k] = True
                    hi = k + 1
                while down < len(below):
                    p, q = below[down]
                    if p >= hi and (p - hi > CONTENT_GAP or walled(hi - 1, p)):
                        break  # (not yet) next to the region
                    down += 1
                    labels[p:q] = [True] * (q - p)
                    if q > hi:
                        hi, grown = q, True
                while up < len(above):
                    p, q = above[up]
                    # above the region, up to it or into it
                    if lo - q > CONTENT_GAP or walled(min(q, lo) - 1, lo):
                        break
                    up += 1
                    labels[p:q] = [True] * (q - p)
                    lo, hi, grown = p, max(hi, q), True
                if (top := announced_above(lo)) < lo:
                    labels[top:lo] = [True] * (lo - top)
                    lo, grown = top, True
                if (end := announced_below(hi)) > hi:
                    labels[hi:end] = [True] * (end - hi)
                    hi, grown = end, True
            # a list the article announces ("The tour dates:") belongs to it,
            # inside the region or at its end
            k = lo
            while k < hi:
                k += 1
                if not (labels[k - 1] and feats[blocks[k - 1].index].ends_colon):
                    continue
                while (
                    k < len(blocks)
                    and _list_item(feats[blocks[k].index], scores[k], w.list_min_score)
                    and not walled(k - 1, k)  # (the list ends at a comment or related heading)
                ):
                    labels[k] = True
                    k += 1
                hi = max(hi, k)
            # (and the lead-in, list and paragraph under such a list)
            if (end := announced_below(hi)) > hi:
                labels[hi:end] = [True] * (end - hi)
                hi = end
            if (end := facts_below(hi)) > hi:
                labels[hi:end] = [True] * (end - hi)
                hi = end
            # a line in quotation marks right above the text (its pull quote),
            # a sign-off right under it ("Yours, Anna", "Liebe Grüße, Tom")
            if (
                lo > 0
                and blocks[lo].index - blocks[lo - 1].index == 1
                and _QUOTED.match(blocks[lo - 1].content)
            ):
                lo -= 1
                labels[lo] = True
            # a subheading in capitals right above it, when the region holds
            # such subheadings of its own (a roundup's first part, "GIRLS
            # BASKETBALL", over its results, the region holding "BOYS SOCCER"
            # and "GIRLS SOCCER")
            if (
                lo > 0
                and blocks[lo].index - blocks[lo - 1].index == 1
                and _caps_heading(blocks[lo - 1], feats[blocks[lo - 1].index])
                and not walled(lo - 1, lo)
            ):
                own = 0
                for k in range(lo, hi):
                    if labels[k] and _caps_heading(blocks[k], feats[blocks[k].index]):
                        own += 1
                        if own >= CAPS_HEADINGS_MIN:
                            lo -= 1
                            labels[lo] = True
                            break
            # the fields of an entry right above it, when the region holds a
            # field's label of its own (see FIELD_LABEL_WORDS)
            if (
                lo > 0
                and blocks[lo].index - blocks[lo - 1].index == 1
                and _field_label(blocks[lo - 1], feats[blocks[lo - 1].index])
                and not walled(lo - 1, lo)
                # (a label inside it, over a line of the article)
                and any(
                    labels[k + 1] and _field_label(blocks[k], feats[blocks[k].index])
                    for k in range(lo, hi - 1)
                )
            ):
                top = k = lo - 1
                # (up a value and its label at a time)
                while (
                    k >= 2
                    and lo - k < ANNOUNCED_MAX_ITEMS
                    and blocks[k].index - blocks[k - 2].index == 2
                    and not walled(k - 2, k)
                    and 0 < feats[blocks[k - 1].index].words <= FIELD_VALUE_WORDS
                    and not feats[blocks[k - 1].index].ends_colon
                    and _field_label(blocks[k - 2], feats[blocks[k - 2].index])
                ):
                    k -= 2
                    top = k
                if top < lo - 1:
                    labels[top:lo] = [True] * (lo - top)
                    lo = top
            # an embedded post right under it, its text and its signature
            # ("— Jane Doe (@janedoe) May 3, 2024"), is the article's too
            k = hi
            while (
                k < len(blocks) and k - hi <= EMBED_MAX_LINES and blocks[k].index - blocks[k - 1].index == 1
            ):
                if post_signature(blocks[k]):
                    labels[hi : k + 1] = [True] * (k + 1 - hi)
                    hi = k + 1
                    break
                k += 1
            # (or under the closing lines before it: "Have a lovely Sunday!")
            k = hi
            while (
                k < len(blocks)
                and k - hi <= SIGNOFF_CLOSING_LINES
                and blocks[k].index - blocks[k - 1].index == 1
            ):
                f = feats[blocks[k].index]
                if _signoff(f.key, lex.signoffs):
                    labels[hi : k + 1] = [True] * (k + 1 - hi)
                    hi = k + 1
                    break
                if f.words >= PARAGRAPH_MIN_WORDS:
                    break
                k += 1
            # (and a news agency's sign-off right under it: "Reporting by
            # Jane Roe; Editing by John Doe")
            if (
                0 < hi < len(blocks)
                and blocks[hi].index - blocks[hi - 1].index == 1
                and _wire_signoff(blocks[hi], feats[blocks[hi].index])
            ):
                labels[hi] = True
                hi += 1
            return lo, hi

        lo, hi = grow(lo, hi)
        # (the lines of teaser boxes, see below)
        boxes: set[int] = set()
        # a teaser box at the region's end, under a related-content heading
        # (the summary of another article, cut off above its read-more link),
        # is no part of it
        box = _teaser_box(doc, blocks, lo, hi)
        if box is not None and box > lo and walled(box - 1, box):
            labels[box:hi] = [False] * (hi - box)
            boxes.update(range(box, hi))
            hi = box
        # the far runs kept on their own grow the same way
        for r in far_runs:
            start, stop = grow(*r)
            if (
                start >= hi
                and stop - start <= TEASER_BOX_MAX_LINES
                and _read_more_below(doc, blocks[stop - 1])
            ):
                # (but for a teaser box under the article: the summary of
                # another article, cut off above its read-more link)
                extra.difference_update(range(*r))
                boxes.update(range(start, stop))
                continue
            extra.update(range(start, stop))
        # a numbered list the article holds goes on to its last number
        # ("4. ...", "5. ...", ..., "10. ..." below the region), and back to
        # its first
        lo, hi = self._numbered(nums, blocks, labels, lo, hi, walled)

        # an author's bio closing the article ("Jane Roe is a reporter for
        # ...") is not the article's
        bios = doc.records.bios
        # (a line known a bio by the byline's name it opens with, never
        # among the region's first lines: a profile opens with its subject's
        # name)
        name_bios = doc.records.name_bios
        # (with what follows it in the author's box: the name, an offer; not
        # above a paragraph, which is the article's last)
        for k in range(max(lo + 1, hi - 1 - BIO_TAIL), hi):
            if blocks[k].index in bios and (k > lo + BIO_TAIL or blocks[k].index not in name_bios):
                f = feats[blocks[k + 1].index] if k + 1 < hi else None
                if f is None or not (f.words >= EDGE_MIN_WORDS and f.ends_sentence):
                    hi = k
                    break
        # ... and one right above the comments ("Jane Roe is a reporter …",
        # then "3 responses to …"), whatever the region took in under them
        # (in the region's second half: a comment count under the headline
        # is no thread)
        prompts = doc.records.comment_prompts
        if prompts:
            for k in range(max(lo + 1, (lo + hi) // 2), hi - 1):
                if (
                    blocks[k].index in bios
                    and (k > lo + BIO_TAIL or blocks[k].index not in name_bios)
                    and any(i in prompts for i in range(blocks[k].index + 1, blocks[k + 1].index))
                ):
                    hi = k
                    break
        # ... and one in the author's box above the article, among the
        # region's first lines (under the headline, the byline), set off from
        # the article's first paragraph by chrome (a share bar, a caption);
        # a first-person lede runs straight on into the article
        head_bio = -1
        for k in range(lo, min(hi - 1, lo + BIO_TAIL + 1)):
            f = feats[blocks[k].index]
            if blocks[k].index in bios and blocks[k].index not in name_bios:
                if blocks[k + 1].index - blocks[k].index > 1:
                    head_bio = k
                break
            if f.words >= EDGE_MIN_WORDS and f.ends_sentence:
                break
        # a few bulleted headlines closing the region right after its last
        # paragraph are links to other stories (a list of related articles
        # without its heading), not the article's: its own lists are
        # announced with a colon, or hold sentences or phrases in lower case
        k = hi
        while k > lo and _headline_item(blocks[k - 1], feats[blocks[k - 1].index]):
            k -= 1
        # (with the list's items right under the region: its end may have
        # been taken for chrome)
        end = hi
        while (
            end < len(blocks)
            and blocks[end].index - blocks[end - 1].index == 1
            and _headline_item(blocks[end], feats[blocks[end].index])
        ):
            end += 1
        closing = feats[blocks[k - 1].index] if k > lo else None
        if (
            k < hi
            and end - k >= LINK_TAIL_MIN_ITEMS
            and closing is not None
            and closing.ends_sentence
            and not closing.ends_colon
            and closing.words >= EDGE_MIN_WORDS
        ):
            labels[k:hi] = [False] * (hi - k)
            hi = k
        # in a dump that prints no bullets, three or more such headlines
        # closing the region right under its last paragraph (lines taken for
        # chrome may sit among them: "Read more", "Topics") go too when they
        # share few of the article's words: a subheading of the article
        # stands alone over its paragraph, a list inside it has a paragraph
        # under it, its own summary or captions share its words, tour dates
        # and schedules are dated; an extractor's clean text keeps its lists
        # of titles whole
        k = hi
        while k - 1 > lo and (not labels[k - 1] or _bare_headline(blocks[k - 1], feats)):
            k -= 1
        bare = [b for b, kept in zip(blocks[k:hi], labels[k:hi], strict=True) if kept]
        closing = feats[blocks[k - 1].index] if k > lo else None
        if (
            not clean_text
            and len(bare) >= BARE_TAIL_MIN_ITEMS
            and closing is not None
            and closing.ends_sentence
            and not closing.ends_colon
            and closing.words >= EDGE_MIN_WORDS
            and not _dated_list_runs(doc, bare, feats)
            and _foreign_run(feats, blocks[lo:k], bare)
        ):
            labels[k:hi] = [False] * (hi - k)
            hi = k
        # teasers cut off and bulleted ("* Farmers fear the driest summer
        # in a ce..") opening the region are a list of other stories above
        # the article, not its first lines; so are two or more teasers cut
        # off without bullets (a single line ending in "..." may be the
        # headline or a lede that trails off)
        k = lo
        while k + 1 < hi and _cut_teaser(blocks[k]):
            k += 1
        cut = lo
        while (
            cut + 1 < hi and _cut_off(blocks[cut]) and feats[blocks[cut].index].words <= TEASER_TITLE_WORDS[1]
        ):
            cut += 1
        # (counting those right above the region, taken for chrome already)
        above = blocks[lo].index - 1
        while cut > lo and above >= 0 and _cut_off(doc.blocks[above]):
            above -= 1
        if cut - lo + blocks[lo].index - 1 - above >= CUT_TEASERS_MIN:
            k = max(k, cut)
        labels[lo:k] = [False] * (k - lo)
        lo = k
        headline = self._headline(doc, blocks, lo, feats, w.headline_window, doc.config.keep_headline)
        if (
            clean_text
            and (opening := _opening_title(doc, blocks, lo, feats)) is not None
            and opening is not headline
        ):
            # a clean text (an extractor's output) opens with the article's
            # title, though it shares few words with the first paragraphs
            # (a feature's, a roundup's); a title under it may be one too
            if doc.config.keep_headline:
                doc.keep(opening, self.name, "kept: the headline the text opens with", force=True)
            else:
                doc.drop(opening, self.name, "dropped: the headline (keep_headline is off)", force=True)
        if doc.config.keep_captions and hi > lo:
            # captions between the headline and the article's last block
            first = headline.index if headline is not None else blocks[lo].index
            last = blocks[hi - 1].index
            for i in sorted(doc.records.captions):
                if first < i < last:
                    doc.keep(
                        doc.blocks[i], self.name, "kept: a caption inside the article (keep_captions is on)"
                    )
        if doc.config.keep_bylines:
            # the byline and date that sign the article, between its headline and its text
            start = blocks[lo].index
            top = headline.index if headline is not None else start - BYLINE_WINDOW - 1
            for i in sorted(doc.records.bylines):
                if max(top, start - BYLINE_WINDOW - 1) < i < start:
                    doc.keep(
                        doc.blocks[i], self.name, "kept: the byline above the article (keep_bylines is on)"
                    )

        notes = self._source_notes(doc, blocks, feats, lo, hi, under, walled)
        named_ledes = self._named_ledes(doc, where, feats, lo, hi)
        standfirsts = self._standfirsts(doc, where, feats, scores, w, headline, blocks[lo].index, under)
        header_lede = self._lede_above(doc, blocks, feats, scores, w, lo, under)
        # a list of records ("Name: ...", "Level: ...", "Name: ...") that
        # holds kept text is the article's, all of it
        # (and so is a list of dated lines: tour dates, a schedule)
        records = _record_runs(blocks)
        for first, stop in records + _dated_list_runs(doc, blocks, feats):
            if any((lo <= k < hi and labels[k]) or k in extra for k in range(first, stop)):
                extra.update(k for k in range(first, stop) if not lo <= k < hi)
                for k in range(max(first, lo), min(stop, hi)):
                    labels[k] = True
                if (first, stop) in records:
                    self._record_dates(doc, blocks[first].index, blocks[stop - 1].index)
        # the sections under the article that the page's tabs right above it
        # name (their heading and the paragraphs right under it) are the
        # article's
        tabbed = _tab_sections(blocks, feats, lo, hi, walled)
        # a short run of lines between two paragraphs of the article, with no
        # chrome the earlier cleaners found among them (an outfit list, a
        # sign-off, a caption), is the article's
        sandwiched: set[int] = set()

        def paragraph(k: int) -> bool:
            # (one that announces a list with a colon too)
            f = feats[blocks[k].index]
            return _absorbable(f, scores[k], w.edge_min_score) or (
                f.ends_colon and f.words >= PARAGRAPH_MIN_WORDS and scores[k] >= w.edge_min_score
            )

        def announced_break(k: int, j: int) -> bool:
            # lines k..j-1 between two article lines: a lead-in ending with a
            # colon (the article's line above them, or the first of them)
            # and its short items, with only credits dropped among them
            lead = k - 1 if feats[blocks[k - 1].index].ends_colon else k
            g = feats[blocks[lead].index]
            return (
                g.ends_colon
                and g.words >= LEAD_IN_MIN_WORDS
                and (lead == k - 1 or paragraph(k - 1))
                and 0 < j - lead - 1 <= ANNOUNCED_BREAK_MAX_LINES
                and all(feats[blocks[m].index].words <= ANNOUNCED_ITEM_MAX_WORDS for m in range(lead + 1, j))
                and all(
                    i in credits for i in range(blocks[k - 1].index + 1, blocks[j].index) if i not in where
                )
            )

        k = lo
        while k < hi:
            if labels[k]:
                k += 1
                continue
            j = k
            while j < hi and not labels[j]:
                j += 1
            if (
                j - k <= BREAK_MAX_LINES
                and k > lo
                and j < hi
                and paragraph(k - 1)
                and paragraph(j)
                and blocks[j].index - blocks[k - 1].index == j - k + 1
            ):
                sandwiched.update(range(k, j))
            elif k > lo and j < hi and announced_break(k, j):
                # a list the article announces with a colon inside it ("How
                # to mix it:", the ingredients, the method), with nothing the
                # earlier cleaners dropped among its lines but a picture's
                # credit
                sandwiched.update(range(k, j))
            elif k > lo and labels[k - 1] and above_caption(k):
                # (a subheading above a picture: its caption was dropped)
                sandwiched.add(k)
            k = j
        # a table of facts between two parts of the article (a cost example
        # between its paragraphs, "Neupreis: 20.000 Euro", "Laufzeit: drei
        # Jahre", ...: the smoothing takes a run of short lines for chrome),
        # with nothing the earlier cleaners dropped among its rows, is the
        # article's
        tables: set[int] = set()

        def article(k: int) -> bool:
            return (lo <= k < hi and labels[k]) or k in extra

        # (and so is one between two runs the article keeps on their own, or
        # between the region and such a run: a subheading over the next
        # part, "Mission", "Our approach")
        k = 1
        while k < len(blocks):
            if lo < k < hi or article(k) or not article(k - 1):
                k += 1
                continue
            j = k
            while j < len(blocks) and j - k <= BREAK_MAX_LINES and not article(j):
                j += 1
            if (
                j < len(blocks)
                and j - k <= BREAK_MAX_LINES
                and article(j)
                and paragraph(k - 1)
                and paragraph(j)
                and blocks[j].index - blocks[k - 1].index == j - k + 1
                and not walled(k - 1, j)
            ):
                sandwiched.update(range(k, j))
            k = j + 1

        # (each line is scanned once: a table is tried from a line past
        # where the last scan stopped)
        scanned = 0
        for k in range(1, len(blocks) - 1):
            if k < scanned or not (article(k - 1) and blocks[k].index - blocks[k - 1].index == 1):
                continue
            end, scanned = _table_scan(blocks, feats, k)
            if (
                end > k
                and end < len(blocks)
                and article(end)
                and blocks[end].index - blocks[end - 1].index == 1
                and not walled(k - 1, end)
            ):
                tables.update(j for j in range(k, end) if not article(j))
        wrapped = self._wrapped_paragraphs(blocks, feats, scores, w, under)

        # (the article's lines that copy the opening of another of its paragraphs)
        def may_copy(k: int) -> bool:
            # (a copy ends a sentence and is no item of a list, a schedule or
            # a table: "9:00 Doors open." over "9:00 Doors open. Coffee is
            # served." is an item of its own; see _ITEM_MARK)
            b = blocks[k]
            return feats[b.index].ends_sentence and not b.bullet and _ITEM_MARK.search(b.content) is None

        opening_copies = _opening_copies(
            [
                (k, feats[blocks[k].index].key, blocks[k].content)
                for k in range(lo, hi)
                if labels[k] and blocks[k] is not headline
            ],
            may_copy,
        )
        seen: dict[str, int] = {}
        copies_found: dict[str, list[int]] | None = None

        def copies() -> dict[str, list[int]]:
            # (the blocks of each repeat key on the page, computed once, on the first repeat)
            nonlocal copies_found
            if copies_found is None:
                copies_found = {}
                for c in doc.blocks:
                    copies_found.setdefault(_repeat_key(c, feats[c.index]), []).append(c.index)
            return copies_found

        if headline is not None:
            seen[_repeat_key(headline, feats[headline.index])] = headline.index
        for k, (b, s) in enumerate(zip(blocks, scores, strict=True)):
            if b is headline:
                continue
            if b.index in bios and not lo <= k < hi:
                doc.drop(
                    b, self.name, f"dropped: an author's bio outside the article (score {s:+.2f})", score=s
                )
                continue
            if k == head_bio:
                doc.drop(
                    b, self.name, f"dropped: an author's bio above the article (score {s:+.2f})", score=s
                )
                continue
            if k in post_numbers:
                doc.drop(b, self.name, f"dropped: the number of a post in a thread (score {s:+.2f})", score=s)
                continue
            if k in post_chrome:
                doc.drop(
                    b, self.name, f"dropped: a short line around a post in a thread (score {s:+.2f})", score=s
                )
                continue
            if lo <= k < hi:
                if k in opening_copies:
                    doc.drop(
                        b,
                        self.name,
                        f"dropped: repeats the opening of block {blocks[opening_copies[k]].index + 1}",
                        score=s,
                    )
                    continue
                if labels[k]:
                    kk = _repeat_key(b, feats[b.index])
                    if (
                        feats[b.index].key.count(" ") >= 2
                        and kk in seen
                        and not _table_cell(b)
                        and not _structure_repeat(doc.blocks, feats, b.index, copies())
                        and not _lead_in_again(doc.blocks, feats, b.index, copies()[kk])
                    ):  # (three words or more)
                        doc.drop(b, self.name, f"dropped: repeats block {seen[kk] + 1}", score=s)
                        continue
                    seen.setdefault(kk, b.index)
                    doc.keep(b, self.name, f"kept: inside the article region (score {s:+.2f})", score=s)
                elif k in sandwiched:
                    doc.keep(b, self.name, f"kept: a short break in the article (score {s:+.2f})", score=s)
                elif k in tables:
                    doc.keep(b, self.name, f"kept: a table of facts in the article (score {s:+.2f})", score=s)
                else:
                    doc.drop(b, self.name, f"dropped: chrome between article runs (score {s:+.2f})", score=s)
            elif k in notes:
                doc.keep(
                    b,
                    self.name,
                    f"kept: a note on the article's source at its edge (score {s:+.2f})",
                    score=s,
                )
            elif k in extra:
                doc.keep(b, self.name, f"kept: an article run of its own (score {s:+.2f})", score=s)
            elif k in sandwiched:
                doc.keep(
                    b,
                    self.name,
                    f"kept: a short break between parts of the article (score {s:+.2f})",
                    score=s,
                )
            elif k in tabbed:
                doc.keep(
                    b, self.name, f"kept: a section the tabs above the article name (score {s:+.2f})", score=s
                )
            elif k in tables:
                doc.keep(b, self.name, f"kept: a table of facts in the article (score {s:+.2f})", score=s)
            elif k in boxes:
                doc.drop(
                    b,
                    self.name,
                    f"dropped: a teaser box under the article, cut off above its read-more link (score {s:+.2f})",
                    score=s,
                )
            elif k == header_lede:
                doc.keep(
                    b,
                    self.name,
                    f"kept: the lede under the headline, above the article's chrome (score {s:+.2f})",
                    score=s,
                )
            elif labels[k]:
                doc.drop(b, self.name, f"dropped: text outside the article region (score {s:+.2f})", score=s)
            elif k in standfirsts:
                doc.keep(
                    b,
                    self.name,
                    f"kept: the standfirst between the headline and the article (score {s:+.2f})",
                    score=s,
                )
            elif k in named_ledes:
                doc.keep(
                    b,
                    self.name,
                    f"kept: the lede under the line the page title names (score {s:+.2f})",
                    score=s,
                )
            elif (
                self._paragraph(feats[b.index], s, w)
                and b.index not in under
                and b.index < thread_at  # (not in the thread under the article)
                and not _cut_teaser(b)
                and not (headline is not None and _menu_between(doc, b.index, headline.index))
            ):
                # prose on its own among chrome, under no related or comment
                # heading (not a bulleted teaser cut off)
                doc.keep(b, self.name, f"kept: a paragraph of its own (score {s:+.2f})", score=s)
            elif k in wrapped:
                doc.keep(
                    b,
                    self.name,
                    f"kept: a paragraph of its own, wrapped over lines (score {s:+.2f})",
                    score=s,
                )
            else:
                doc.drop(
                    b, self.name, f"dropped: chrome outside the article region (score {s:+.2f})", score=s
                )

    @staticmethod
    def _source_notes(
        doc: Document,
        blocks: list[Block],
        feats: list[Features],
        lo: int,
        hi: int,
        under: Container[int],
        walled: Callable[[int, int], bool],
    ) -> set[int]:
        """The notes where the article first appeared or what it is taken
        from ("This post originally appeared on …", "Dieser Artikel erschien
        zuerst in …", "Aus: <book>, Verlag, 2019"; the boilerplate cleaner's
        ``source_notes``) right above the region's first line or right under its
        last, past at most ``SOURCE_NOTE_GAP`` short lines (the author's
        name over the note): the article's own lines, which the scoring
        takes for chrome among the byline and the tags. The region does not
        grow past them. Returns their positions in ``blocks``."""
        sources = doc.records.source_notes
        notes: set[int] = set()
        if not sources or hi <= lo:
            return notes
        for k, edge in (
            *((lo - d, lo) for d in range(1, SOURCE_NOTE_GAP + 2)),
            *((hi - 1 + d, hi - 1) for d in range(1, SOURCE_NOTE_GAP + 2)),
        ):
            if not 0 <= k < len(blocks) or blocks[k].index not in sources or blocks[k].index in under:
                continue
            a, b = sorted((blocks[k].index, blocks[edge].index))
            between = range(a + 1, b)
            if (
                len(between) <= SOURCE_NOTE_GAP
                and not walled(min(k, edge), max(k, edge))
                and all(
                    feats[i].words <= SOURCE_NOTE_GAP_WORDS and not feats[i].ends_sentence for i in between
                )
            ):
                notes.add(k)
        return notes

    @staticmethod
    def _record_dates(doc: Document, first: int, last: int) -> None:
        """Keep the dates of a list of records kept with the article, which
        the bylines cleaner took for timestamps: a field with a date that
        each record holds ("Termin: 21.02.2020, 19 Uhr", "Date: March 3,
        2024"), its label three times or more in the list (from the line
        above its first field, which may open the first record, to its last
        field)."""
        found: dict[str, list[Block]] = {}
        for b in doc.blocks[max(0, first - 1) : last + 1]:
            if b.kept is False and b.cleaner == "bylines" and b.kind in STAMP_KINDS:
                m = _FIELD.match(b.content)
                if m:
                    found.setdefault(m.group(1).casefold(), []).append(b)
        for dates in found.values():
            if len(dates) >= RECORD_MIN:
                for b in dates:
                    doc.keep(b, "region", "kept: the date of a record in a list of records", force=True)

    @staticmethod
    def _numbered(
        nums: dict[int, tuple[str, int]],
        blocks: list[Block],
        labels: list[bool],
        lo: int,
        hi: int,
        walled: Callable[[int, int], bool],
    ) -> tuple[int, int]:
        """The region grown along a numbered list it holds: from its last
        number in the region on to the next numbers ("5. ...", "6. ...", each
        at most ``NUMBERED_GAP`` blocks after the one before) and the lines of
        the last item, and back from its first number to the ones before.
        Labels the numbered lines article; returns the new ``lo, hi``."""
        inside = [k for k in nums if lo <= k < hi]
        if not inside:
            return lo, hi
        for step in (1, -1):
            k = max(inside) if step == 1 else min(inside)
            spacing, moved = 0, False
            while (nxt := _next_number(nums, k, step)) is not None and not walled(min(k, nxt), max(k, nxt)):
                labels[k] = labels[nxt] = True  # the numbers themselves stay
                spacing, k, moved = abs(nxt - k), nxt, True
            if not moved:
                continue
            if step == 1:
                # the last item and its lines (as many as the items before had)
                end = min(len(blocks), k + spacing)
                end = next((j for j in range(k + 1, end) if walled(j - 1, j)), end)
                if end > hi:
                    for j in range(hi, end):
                        labels[j] = True
                    hi = end
            elif k < lo:
                for j in range(k, lo):
                    labels[j] = True
                lo = k
        return lo, hi

    @staticmethod
    def _named_ledes(
        doc: Document, where: dict[int, int], feats: list[Features], lo: int, hi: int
    ) -> set[int]:
        """Outside the region, the first paragraph within ``LEDE_WINDOW``
        undecided blocks under a line that the page's first line (its title
        bar) names: the headline and its lede, wherever the region was found
        (and whatever an earlier cleaner decided about the headline line)."""
        bar = _title_bar(feats)
        found: set[int] = set()
        if not bar:
            return found
        # (the region's last block: a line named again under the article, once
        # named above its end, repeats the headline in the footer, over the
        # publisher's or the next page's text)
        end = next((i for i, k in where.items() if k == hi - 1), len(doc.blocks))
        named: set[str] = set()
        for b in doc.blocks[1:]:
            f = feats[b.index]
            # (a key of fewer than three words has fewer than two spaces)
            if f.key.count(" ") < 2 or f.key not in bar or not _title_like(f):
                continue
            if b.index > end and f.key in named:
                continue
            named.add(f.key)
            seen = 0
            for c in doc.blocks[b.index + 1 : b.index + 1 + NAMED_LEDE_REACH]:
                j = where.get(c.index)
                if j is None:
                    continue  # decided already
                g = feats[c.index]
                if g.ends_sentence and g.words >= PARAGRAPH_MIN_WORDS:
                    if not lo <= j < hi:
                        found.add(j)
                    break
                seen += 1
                if seen >= LEDE_WINDOW:
                    break
        return found

    @staticmethod
    def _standfirsts(
        doc: Document,
        where: dict[int, int],
        feats: list[Features],
        scores: list[float],
        w: Weights,
        headline: Block | None,
        doc_first: int,
        under: dict[int, str],
    ) -> set[int]:
        """The standfirst between the headline and the region's first block
        (the dek under the title, among the byline, the date and the share
        buttons the earlier cleaners dropped): a block of ``EDGE_MIN_WORDS``
        words or more that ends a sentence (or, a dek often ending with no
        full stop, of ``PARAGRAPH_MIN_WORDS`` or more), in sentence case,
        under no related or comment heading, with at most
        ``STANDFIRST_SHORT_LINES`` undecided short lines and no other
        paragraph between it and the region, at most ``STANDFIRST_REACH``
        blocks above it; and with a byline or a date the bylines cleaner
        dropped between the headline and the region (the article's header),
        or, when no headline was found, between it and the region. A dek
        right under the headline (only chrome the earlier cleaners dropped
        between them) needs neither the byline nor a full stop, when it
        shares ``DEK_SHARED_TERMS`` terms with the article's first blocks."""
        found: set[int] = set()
        first = doc_first
        start = headline.index if headline is not None else max(-1, first - STANDFIRST_REACH - 1)
        if not start < first <= start + STANDFIRST_REACH + 1:
            return found
        # (the article's header: a byline or a date under the headline, or
        # under the standfirst when no headline was found)
        header = headline is not None and any(
            b.kept is False and b.cleaner == "bylines" for b in doc.blocks[start + 1 : first]
        )
        dated = False
        short = 0
        text: list[set[str]] = []

        def body() -> set[str]:
            # the terms of the article's first blocks
            if not text:
                text.append(set())
                for x in doc.blocks[first : first + HEADLINE_BODY_BLOCKS]:
                    text[0].update(_terms(x, feats[x.index])[0])
            return text[0]

        for b in reversed(doc.blocks[start + 1 : first]):
            if b.kept is False and b.cleaner == "bylines":
                dated = True
                continue
            j = where.get(b.index)
            if j is None or b.kept is not None:
                continue
            f = feats[b.index]
            # the dek right under the headline, with only chrome the earlier
            # cleaners dropped between them (share buttons), ends no sentence
            # as often as not ("Seit Mai ausgefallener Sender wieder aktiv")
            # (and names what the article names: a title of a list of other
            # stories under a headline taken from that list shares nothing)
            dek = (
                headline is not None
                and all(x.kept is False for x in doc.blocks[start + 1 : b.index])
                and len(_terms(b, f)[0] & body()) >= DEK_SHARED_TERMS
            )
            if (
                (f.ends_sentence or f.words >= PARAGRAPH_MIN_WORDS or dek)
                and not f.ends_colon
                and f.words >= EDGE_MIN_WORDS
                and scores[j] >= w.edge_min_score
                and f.title_ratio <= title_limit(CLOSING_MAX_TITLE, doc.language)
                and not f.separators
                and f.stopwords > 0
                and not b.bullet
                and b.index not in under
                and not _cut_off(b)
            ):
                if header or dated or dek:
                    found.add(j)
            elif f.words >= EDGE_MIN_WORDS or short >= STANDFIRST_SHORT_LINES:
                break  # other text between it and the article
            else:
                short += 1
        return found

    @staticmethod
    def _lede_above(
        doc: Document,
        blocks: list[Block],
        feats: list[Features],
        scores: list[float],
        w: Weights,
        lo: int,
        under: dict[int, str],
    ) -> int:
        """The position in ``blocks`` of the lede of the article's header
        above the region, or -1: the page's first paragraph (the first
        undecided block above the region of ``PARAGRAPH_MIN_WORDS`` words or
        more that ends a sentence), scoring at least ``Weights.edge_min_score``
        (as a standfirst does), in sentence case, with no separator,
        not cut off, under no related or comment heading, right under a
        title-like line (the headline; maybe past one short line under it,
        the author's name, and chrome the earlier cleaners dropped; not a
        tab's heading given twice in a row), at most
        ``STANDFIRST_REACH`` blocks above the region's first line, and sharing
        ``HEADER_LEDE_SHARED_TERMS`` terms with the article's first blocks;
        with no menu between it and the region (a product's blurb in the
        site's menu, under the menu's tagline). Share buttons, a box of
        related links or a byline between the header and the article's text
        part it from the region; a teaser of another story shares few of the
        article's words."""
        if lo <= 0:
            return -1
        start = blocks[lo].index
        k = next(
            (
                j
                for j in range(lo)
                if feats[blocks[j].index].words >= PARAGRAPH_MIN_WORDS
                and feats[blocks[j].index].ends_sentence
            ),
            -1,
        )
        if k < 0:
            return -1
        b = blocks[k]
        f = feats[b.index]
        if (
            start - b.index > STANDFIRST_REACH
            or scores[k] < w.edge_min_score
            or f.title_ratio > title_limit(CLOSING_MAX_TITLE, doc.language)
            or f.separators
            or b.bullet
            or b.index in under
            or _cut_off(b)
            or _menu_between(doc, b.index, start)
        ):
            return -1
        # the headline right above it (past a short line, the author's name)
        above = k - 1
        if above >= 0 and feats[blocks[above].index].words <= HEADER_LEDE_NAME_WORDS:
            above -= 1
        if above < 0:
            return -1
        h = blocks[above]
        fh = feats[h.index]
        if (
            not _title_like(fh)
            or fh.ends_sentence
            or fh.ends_colon
            or h.bullet
            or h.index in under
            or len(fh.key.split()) < HEADLINE_MIN_WORDS
            or any(
                c.kept is not False for c in doc.blocks[h.index + 1 : b.index] if c is not blocks[above + 1]
            )
        ):
            return -1
        if any(
            0 <= j < len(doc.blocks) and doc.blocks[j].text.strip() == h.text.strip()
            for j in (h.index - 1, h.index + 1)
        ):
            return -1  # a tab's or an accordion's heading the dump gives twice, over its panel
        body: set[str] = set()
        for x in blocks[lo : lo + HEADLINE_BODY_BLOCKS]:
            body |= _terms(x, feats[x.index])[0]
        if len(_terms(b, f)[0] & body) < HEADER_LEDE_SHARED_TERMS:
            return -1
        return k

    @staticmethod
    def _wrapped_paragraphs(
        blocks: list[Block], feats: list[Features], scores: list[float], w: Weights, under: dict[int, str]
    ) -> set[int]:
        """The positions of paragraphs wrapped over lines (each line but the
        last holds ``WRAPPED_MIN_WORDS`` words or more and ends in a word or a
        comma, the next one starts in lower case, with nothing the earlier
        cleaners decided between them) that
        stand on their own as a paragraph does (see ``_paragraph``): together
        they are a paragraph, and one of them scores as one."""
        out: set[int] = set()
        k, n = 0, len(blocks)
        while k < n:
            j = k
            while (
                j + 1 < n
                and blocks[j + 1].index - blocks[j].index == 1
                and feats[blocks[j].index].words >= WRAPPED_MIN_WORDS
                and (blocks[j].content[-1:].isalpha() or blocks[j].content.endswith(","))
                and blocks[j + 1].content[:1].islower()
            ):
                j += 1
            if j > k:
                chain = range(k, j + 1)
                last = feats[blocks[j].index]
                if (
                    last.ends_sentence
                    and sum(feats[blocks[i].index].words for i in chain) >= PARAGRAPH_MIN_WORDS
                    and max(scores[i] for i in chain) >= w.paragraph_min_score
                    and not any(blocks[i].index in under for i in chain)
                ):
                    out.update(chain)
            k = j + 1
        return out

    @staticmethod
    def _paragraph(f: Features, score: float, w: Weights) -> bool:
        """Is a block outside the region a paragraph that stands on its own
        (the smoothing took it for chrome only for its neighbours)?"""
        return score >= w.paragraph_min_score and f.words >= PARAGRAPH_MIN_WORDS and f.ends_sentence

    @staticmethod
    def _over_dek(
        doc: Document,
        feats: list[Features],
        chosen: Block,
        candidate: Callable[[Block], bool],
        fuller: Callable[[Block], bool],
    ) -> Block | None:
        """The headline above ``chosen`` when that is its standfirst: the
        nearest candidate above it past chrome the earlier cleaners dropped
        (``DEK_REACH`` blocks at most), a fuller title, with no such title
        right above it in turn."""
        key = feats[chosen.index].key
        upper = None
        for b in reversed(doc.blocks[max(0, chosen.index - DEK_REACH) : chosen.index]):
            if feats[b.index].key != key and candidate(b):
                upper = b
                break
            if b.kept is not False or (b.cleaner == "sections" and any(c.isalpha() for c in b.content)):
                return None  # text between them (a menu's line): no headline and its standfirst
            if b.label is LabelKind.NAVIGATION:
                return None  # a menu between them: the line above is the site's, over its menu
        if (
            upper is None
            or upper.bullet
            or "/" in upper.content
            or not fuller(upper)
            or upper.content.isupper()
        ):
            # (an item of a list, a breadcrumb's; a caption's credit,
            # "Photo: AFP/Jane Roe"; a section's name in capitals, "GROWING
            # YOUR BUSINESS")
            return None
        if _RUN_IN_QUOTE.match(upper.content) and ":" not in chosen.content:
            # the title above is a quote run in after its speaker and a colon
            # ("Er sagt: „…“", "She says: “…”"): the kicker over the headline
            return None
        if _run_in_kicker(chosen) and ":" not in upper.content:
            # the line under it is a headline with its kicker run in ("Das
            # steckt dahinter: …"), no standfirst: the title above is a kicker
            return None
        mine, theirs = _terms(upper, feats[upper.index])[0], _terms(chosen, feats[chosen.index])[0]
        if mine <= theirs or theirs <= mine:
            # a tag naming what the headline names ("Election 2024"), or the
            # headline again after a breadcrumb ("Home News <headline>")
            return None
        for b in reversed(doc.blocks[max(0, upper.index - DEK_REACH) : upper.index]):
            if (
                feats[b.index].key == feats[upper.index].key
                or not any(c.isalpha() for c in b.content)
                or _address(b)
            ):
                continue  # a copy of it, a line without words, the page's address
            if b.kept is None and _headline_shape(b, feats[b.index]):
                return None  # a list of titles: the one under it was the headline
            break
        return upper

    def _headline(
        self, doc: Document, blocks: list[Block], lo: int, feats: list[Features], window: int, keep: bool
    ) -> Block | None:
        """The title-like line just above the region: the nearest one, or one
        that the page's first line (its title bar) contains. Kept, or with
        ``keep`` false (``Config(keep_headline=False)``) dropped, together with
        a title-like first line of the region itself. None when there is none,
        or when the region's first line is the headline the title bar names."""
        start = blocks[lo].index
        first = doc.blocks[0] if doc.blocks else None
        title_bar = feats[0].key if first is not None else ""
        f0 = feats[start]
        # the region opens with the headline the title bar names (a question
        # too): no line above it is the headline; so it does under the page's
        # address ("https://example.com/news/...", then the headline)
        opener = blocks[lo]
        if _address(opener) and lo + 1 < len(blocks):
            opener = blocks[lo + 1]
        fo = feats[opener.index]
        opens_named = (
            opener is not first and _title_like(fo) and len(fo.key.split()) >= 3 and fo.key in title_bar
        )
        if not keep and _title_like(f0) and (opens_named or not f0.ends_sentence) and lo + 1 < len(blocks):
            doc.drop(blocks[lo], self.name, "dropped: the headline (keep_headline is off)")
        if (
            not opens_named
            and _address(blocks[lo])
            and _slug_names(
                blocks[lo].content,
                fo.key if opener is not blocks[lo] else "",
                "" if first is None or _address(first) else title_bar,
            )
        ):
            # the page's address, its slug the headline under it or in the
            # title bar (not a title bar that is an address itself: a copy of
            # the same one names itself)
            doc.drop(blocks[lo], self.name, "dropped: the page's address above the headline")
        if opens_named:
            if opener is not blocks[lo] and " " not in blocks[lo].content:
                doc.drop(blocks[lo], self.name, "dropped: the page's address above the headline")
            if first is not None and first.kept is None:
                doc.drop(first, self.name, "dropped: the page title repeating the headline")
            return None
        runon = doc.records.section_runon

        # the headline names what the article is about: it shares words with
        # its first paragraphs (a byline, a caption or "Learn More" does not)
        # (compared on the first letters of words: "Sommer" and "Sommers")
        # (lines in Hangul, Han or kana on pairs of characters)
        body: set[str] = set()
        for b in blocks[lo : lo + HEADLINE_BODY_BLOCKS]:
            body |= _terms(b, feats[b.index])[0]

        def shared(b: Block) -> tuple[int, int, bool]:
            # the terms of a line the body shares, how many it has, whether pairs
            terms, pairs = _terms(b, feats[b.index])
            return len(terms & body), len(terms), pairs

        def candidate(b: Block, near: bool) -> bool:
            if b.kept is not None and not (near and b.kept is False and b.index in runon):
                return False
            f = feats[b.index]
            if not _title_like(f) or f.ends_colon or b.content.startswith((">", "»", "›", "<", "«", "‹")):
                return False  # (an arrow: a breadcrumb or a "next/previous" link)
            if _listed(doc, feats, b) or _cut_teaser(b):
                return False  # an item of a list: a breadcrumb, a menu, related links
            if any(sep in b.content for sep in _CRUMB_SEPARATORS) or (
                _CRUMB_GUILLEMET in b.content and "«" not in b.content
            ):
                return False  # a breadcrumb on one line ("example.com › Sport")
            if _address(b):
                return False  # the page's address
            if _opens_read_more(f):
                return False  # a read-more link ("Sigue leyendo la noticia")
            if _fragment(b):
                return False  # a byline's second line ("from University of Example")
            if f.words >= LEDE_MIN_WORDS and _TRAILING_BRACKET.sub("", b.content).endswith("."):
                return False  # a paragraph (the lede) or a caption and its credit, not a headline
            if b.content.endswith("..") and not b.content.endswith("..."):
                return False  # a teaser cut off ("Farmers fear the dri..")
            if _cut_off(b) and any(
                0 <= i < len(doc.blocks) and _cut_off(doc.blocks[i]) for i in (b.index - 1, b.index + 1)
            ):
                return False  # one of a list of teasers cut off ("Why the council delays the…")
            if _label_and_number(b):
                return False  # the label of a chart or a list ("Hot 50", "Top 10")
            if _dated_card(doc, feats, b):
                return False  # a teaser card under "More stories" (its title, its date)
            if _dated_bar(doc, b):
                return False  # the article's meta line ("12.12.2022 | 06:46 | Energy | Comment")
            common, nterms, pairs = shared(b)
            if not nterms and not any(c.isalpha() for c in b.content):
                return False  # no word at all: a count ("3.409"), a price, a date in digits
            if not nterms or not body:
                return True  # nothing to compare (only short words, a short page)
            if pairs:
                # (a pair of characters is a weaker match than a word: at least
                # two, and they cover a share of the line's characters)
                covered, total = _covered(b, f, body)
                return common >= HEADLINE_MIN_PAIRS and covered >= HEADLINE_OVERLAP * total
            return common >= max(1.0, HEADLINE_OVERLAP * nterms)

        def fuller(b: Block) -> bool:
            # a headline of HEADLINE_MIN_WORDS words or more that names two
            # words of the article, no sentence, no table row or breadcrumb
            f = feats[b.index]
            if len(f.key.split()) < HEADLINE_MIN_WORDS or b.content.endswith("."):
                return False
            if f.separators or any(c in b.content for c in "|»›"):
                return False
            return shared(b)[0] >= 2

        # the title bar itself is no headline when the page repeats the headline
        bar_repeats = _title_bar_repeated(feats)
        near = [
            b
            for b in reversed(doc.blocks[max(0, start - window) : start])
            if candidate(b, True) and not (b is first and bar_repeats)
        ]
        # the page's title bar names the headline: look further up for it
        far = [
            b
            for b in reversed(doc.blocks[max(1, start - TITLE_WINDOW) : max(1, start - window)])
            if candidate(b, False)
        ]
        named = next(
            (
                b
                for b in near + far
                if b is not first and len(feats[b.index].key.split()) >= 3 and feats[b.index].key in title_bar
            ),
            None,
        )
        chosen = named or (near[0] if near else None)
        if (
            chosen is not None
            and chosen is not named
            and len(feats[chosen.index].key.split()) < HEADLINE_MIN_WORDS
        ):
            # a name, a tag or a section ("Jane Roe", "Davis Cup", "Back to
            # Gallery") gives way to a fuller headline a little further up;
            # a tag of a list ("* Davis Cup", under the buttons to follow the
            # article's topics) to one up to the title bar's window
            pool = near + far if chosen.bullet else near
            chosen = next((b for b in pool if fuller(b)), chosen)
        elif chosen is not None and chosen is not named:
            # a standfirst (a dek) under its headline, with only chrome the
            # earlier cleaners dropped between them (a byline, a date, share
            # buttons): the headline is the title above it, when that one
            # stands alone (a list of headlines above the article is none)
            chosen = self._over_dek(doc, feats, chosen, lambda b: candidate(b, True), fuller) or chosen
        if chosen is not None and chosen is not named and _title_list(doc, feats, chosen, start):
            # one of a list of other stories' titles right above the region,
            # which opens with a title of its own: that one is the headline
            return None
        if chosen is None:
            return None
        if chosen.index < start - 1:
            # the lede: a paragraph right under the headline, above a photo or a
            # box (one run on into a link too, "... in Kunst. [ more ]")
            seen = 0
            for b in doc.blocks[chosen.index + 1 : start]:
                if b.kept is not None:
                    continue
                f = feats[b.index]
                if f.words >= LEDE_MIN_WORDS and (f.ends_sentence or run_on(f, b.content, doc.language)):
                    doc.keep(b, self.name, "kept: the lede under the headline")
                    break
                seen += 1
                if seen >= LEDE_WINDOW:
                    break
        if keep:
            doc.keep(chosen, self.name, "kept: the headline above the article", force=True)
        else:
            doc.drop(chosen, self.name, "dropped: the headline (keep_headline is off)", force=True)
        if first is not None and first is not chosen and first.kept is None:
            kf = feats[chosen.index].key
            if kf and kf in title_bar:
                doc.drop(first, self.name, "dropped: the page title repeating the headline")
        return chosen

"""Navigation, widget and app-prompt labels: whole lines that are chrome.

>>> from newsclean.document import Document
>>> doc = Document.from_text("City\\nEpaper\\nHeadline of the story\\nOpen in App\\nShare 12")
>>> Labels().annotate(doc)
>>> doc.render()
'Headline of the story'
>>> doc.blocks[3].reason
'dropped: "Open in App" is an app label'
>>> doc.blocks[3].label
<LabelKind.APP: 'app'>
"""

from __future__ import annotations

import enum

import regex

from ..document import Document
from ..lexicon import KEY_MEMO, Lexicon, key, load_lexicon
from .base import Cleaner

__all__ = ["PLAYER", "READ_MORE", "LabelKind", "Labels"]

# Lines longer than this (in characters) are never a label.
LABEL_MAX_CHARS = 60
# A line of several labels ("Share to Twitter Share to Facebook", "Home | News |
# Sport") is chrome too, up to this length.
LABEL_BAR_MAX_CHARS = 200
# Labels are at most this many words long.
LABEL_MAX_WORDS = 6

_SEPARATORS = regex.compile(r"(?<!\s)\s+[|•·/»›]\s+")

# A bar of bracketed labels ("【关闭窗口】【打印】", "[Print] [Email] [Close
# window]", "« Back | Print »"): the brackets a site sets its buttons in ->
# their closing bracket. Not the Chinese title marks 《》〈〉 nor the corner
# quotes 「」, which hold a title or a quotation, nor parentheses.
BRACKETS = {
    "【": "】",
    "〔": "〕",
    "〖": "〗",
    "［": "］",
    "[": "]",
    "«": "»",
    "‹": "›",
    "<": ">",
    "＜": "＞",
}
# Brackets that hold no text but a button's label in a line made only of
# them. The others also set off a quotation (« Oui », ‹ non ›), a sound cue
# in a transcript ("[Applause] [Laughter]") or markup: a bar in them needs a
# label the lexicon knows ("Print").
_BUTTON_BRACKETS = frozenset("【〔〖［")
_BRACKET_CLOSERS = frozenset(BRACKETS.values())
# what parts the labels inside one pair of brackets ("« Back | Print »")
_BRACKET_SEPARATORS = str.maketrans({"•": "|", "·": "|", "/": "|"})
# A bracketed label is at most this many words and characters long...
BRACKET_LABEL_MAX_WORDS = 4
BRACKET_LABEL_MAX_CHARS = 24
# ...and holds no digit (a citation, "[1]", "[Smith 2010]") and none of
# these marks (a sentence, a quotation, a "Source: …" note)
_NOT_IN_LABEL = frozenset('.,;:!?"“”„()。，；：！？、')


def label_bar(text: str, labels: dict[str, str], text_key: str | None = None) -> int:
    """How many labels ``text`` is made of, when it is wholly made of labels
    (with or without separators); 0 when it is not.

    >>> from newsclean.lexicon import load_lexicon
    >>> label_bar("Share on Facebook Share on Twitter Email", load_lexicon().labels)
    3
    >>> label_bar("Home | News | Our story of the week", load_lexicon().labels)
    0
    """
    words = (key(text) if text_key is None else text_key).split()
    n = len(words)
    if n < 2:
        return 0
    # fewest labels covering words[:i], by dynamic programming (linear in n)
    best = [0] + [-1] * n
    last = 0  # the last i with words[:i] covered
    for i in range(1, n + 1):
        if i - last > LABEL_MAX_WORDS:
            return 0  # no label reaches past a gap this long: nothing further is covered
        for j in range(max(0, i - LABEL_MAX_WORDS), i):
            if best[j] >= 0 and " ".join(words[j:i]) in labels and (best[i] < 0 or best[j] + 1 < best[i]):
                best[i] = best[j] + 1
        if best[i] >= 0:
            last = i
    return best[n] if best[n] >= 2 else 0


def bracket_bar(text: str) -> list[str]:
    """The labels of a line made only of two or more bracketed short labels
    ("【关闭窗口】【打印】", "[Print] [Email] [Close window]", "« Back | Print
    »"), with or without separators between them; [] when it is not one.

    >>> bracket_bar("【 关闭窗口 】 【 发表评论 】 【 打印本稿 】")
    ['关闭窗口', '发表评论', '打印本稿']
    >>> bracket_bar("<< Back | Print >>")
    ['Back', 'Print']
    >>> bracket_bar("[1] [2]"), bracket_bar("[Print] the page and sign it")
    ([], [])
    """
    s = text.strip()
    n = len(s)
    if n < 4 or s[0] not in BRACKETS or s[-1] not in _BRACKET_CLOSERS:
        return []
    labels: list[str] = []
    i = 0
    while i < n:
        c = s[i]
        if c.isspace() or c in "|•·/":
            i += 1
            continue
        close = BRACKETS.get(c)
        if close is None:
            return []  # text outside the brackets
        while i < n and s[i] == c:  # a doubled bracket, "<< Back"
            i += 1
        j = s.find(close, i)
        if j < 0:
            return []
        inner = s[i:j]
        if c in inner:
            return []  # nested brackets
        for part in (p.strip() for p in inner.translate(_BRACKET_SEPARATORS).split("|")):
            if not (
                0 < len(part) <= BRACKET_LABEL_MAX_CHARS
                and len(part.split()) <= BRACKET_LABEL_MAX_WORDS
                and any(ch.isalpha() for ch in part)
                and not any(ch.isdigit() or ch in _NOT_IN_LABEL for ch in part)
            ):
                return []
            labels.append(part)
        i = j
        while i < n and s[i] == close:
            i += 1
    return labels if len(labels) >= 2 else []


class LabelKind(enum.Enum):
    """What the labels cleaner took a line it dropped for: the rules of the
    later cleaners read it from the line's :attr:`~newsclean.document.Block.label`
    (the reason is for people)."""

    NAVIGATION = "navigation"
    """a navigation label ("Home", "Sport", "Startseite")"""
    WIDGET = "widget"
    """a widget's label ("Share", "Print", "Teilen"; a read-more link, "Read more")"""
    APP = "app"
    """a link to the site's app ("Open in App")"""
    PAGER = "pager"
    """a link to the next or previous post ("Previous article")"""
    OTHER = "other"
    """a label of a family that no rule here names (its reason names it)"""
    BAR = "bar"
    """a bar of labels ("Share on Facebook Share on Twitter Email", "Home | News")"""
    MENU = "menu"
    """a menu of items split by separators, most of them labels"""


# The lexicon's label family of read-more links ("Read more", "Weiterlesen",
# "Lire la suite"): widget labels to this cleaner; the region cleaner knows a
# teaser box by the cut-off line right above one.
READ_MORE = "readmore"

# The lexicon's label family of a media player's controls and states
# ("Watch later", "Fullscreen", "Video wird geladen"): widget labels to the
# rules that read the widget labels around a line (a share bar). A player
# stands inside the article, and an extractor keeps its controls with it as
# readily as a whole page holds them: like the notice that the browser cannot
# play it (``boilerplate.NOTICES``), they are recorded as notices, no
# evidence for the region cleaner of whether the text is an extractor's
# clean text or a page.
PLAYER = "player"

# The lexicon's label families -> what a line of the family is taken for
# (another family: LabelKind.OTHER).
_KINDS = {
    "navigation": LabelKind.NAVIGATION,
    "widgets": LabelKind.WIDGET,
    READ_MORE: LabelKind.WIDGET,
    PLAYER: LabelKind.WIDGET,
    "app": LabelKind.APP,
    "pager": LabelKind.PAGER,
}
# How a reason names a label of each kind.
_NAMES = {LabelKind.NAVIGATION: "a navigation", LabelKind.WIDGET: "a widget", LabelKind.APP: "an app"}


# the reason of a label that links to the next or previous post ("Previous article")
_PAGER = " links to the next or previous post"


class Labels(Cleaner):
    """Drop lines that are, as a whole, a navigation, widget or app label
    in any of the lexicon's languages ("Home", "Share", "Open in App",
    "Teilen", "Partager", "Compartir", "12 Comments")."""

    name = "labels"

    def annotate(self, doc: Document) -> None:
        lex = load_lexicon()
        memo = doc.memo(__name__)
        keys = doc.memo(KEY_MEMO)  # shared with the features
        for block in doc.undecided():
            text = block.content
            if len(text) > LABEL_BAR_MAX_CHARS:
                continue
            # (no tuple as a "not seen" sentinel: compiled by mypyc, a tuple
            # constant is a new object at each use, and ``is`` never holds)
            if text in memo:
                decision = memo[text]
            else:
                k = keys.get(text)
                if k is None:
                    k = keys[text] = key(text)
                decision = memo[text] = self._decision(text, k, lex)
            if decision is not None:
                why, kind = decision
                if doc.drop(block, self.name, why):
                    block.label = kind
                if kind is LabelKind.PAGER:
                    # ("Previous article", then that post's title and
                    # summary: the region cleaner does not grow across it)
                    doc.records.pagers.add(block.index)
                elif kind is LabelKind.WIDGET and lex.labels.get(keys.get(text) or key(text)) == PLAYER:
                    doc.records.notices.add(block.index)

    @staticmethod
    def _decision(text: str, k: str, lex: Lexicon) -> tuple[str, LabelKind] | None:
        """Why a line of at most ``LABEL_BAR_MAX_CHARS`` is dropped and what
        it is taken for, or None (``k`` is its key)."""
        family = (lex.labels.get(k) if k else None) if len(text) <= LABEL_MAX_CHARS else None
        if family is not None:
            kind = _KINDS.get(family, LabelKind.OTHER)
            if kind is LabelKind.PAGER:
                return f'dropped: "{text}"{_PAGER}', kind
            if family == PLAYER:
                return f'dropped: "{text}" is a media player\'s widget label', kind
            return f'dropped: "{text}" is {_NAMES.get(kind) or "a " + family} label', kind
        # a bar is made of labels only: each of its words is a label's
        n = label_bar(text, lex.labels, k) if lex.label_words.issuperset(k.split()) else 0
        if n:
            return f"dropped: a bar of {n} navigation or widget labels", LabelKind.BAR
        # a bar of bracketed buttons, known labels or not ("【关闭窗口】【打印】",
        # "[Print] [Email] [Close window]"); in brackets that may also quote
        # or cue a sound, one label of it the lexicon knows
        if text[:1] in BRACKETS and text[-1:] in _BRACKET_CLOSERS:
            parts = bracket_bar(text)
            if parts and (text[:1] in _BUTTON_BRACKETS or any(lex.label(p) for p in parts)):
                return f"dropped: a bar of {len(parts)} bracketed labels", LabelKind.BAR
        # every separator holds one of these marks
        marked = "|" in text or "/" in text or "•" in text or "·" in text or "»" in text or "›" in text
        parts = _SEPARATORS.split(text) if marked else [text]
        if len(parts) >= 3 and 2 * sum(1 for p in parts if lex.label(p)) >= len(parts):
            return f"dropped: a menu of {len(parts)} items, most of them labels", LabelKind.MENU
        return None

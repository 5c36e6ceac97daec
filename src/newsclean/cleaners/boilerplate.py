"""Disclaimers, legal lines, cookie notices, comment-form prompts, app and
newsletter prompts: lines that match a chrome pattern of the lexicon.

>>> from newsclean.document import Document
>>> doc = Document.from_text("Article text.\\nYour email address will not be published. Required fields are marked *")
>>> Boilerplate().annotate(doc)
>>> doc.render()
'Article text.'
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from itertools import pairwise

import regex

from ..document import Block, DecisionKind, Document
from ..lexicon import PATTERN_FLAGS, Lexicon, load_lexicon
from .base import Cleaner

__all__ = ["NOTICES", "Boilerplate"]

# Blocks longer than this (in characters) are article prose, whatever they quote...
PATTERN_MAX_CHARS = 600
# ...and so is a block of more than this share of the text's characters,
# if it is at least this long.
MOST_OF_TEXT = 0.5
MOST_MIN_CHARS = 250
# A longer block is a disclaimer still when its label, up to the first colon
# within this many characters, is one ("Disclaimer (varies by section): …",
# "Avertissement : …"): a legal notice runs long.
LABEL_MAX_CHARS = 80
# A longer block is an author's bio still when its first sentence, ending
# within this many characters, is one ("JANE ROE has written for … She lives
# in …"): the region cleaner then drops it only where it closes the article,
# as it does a short one.
BIO_SENTENCE_MAX_CHARS = 300
# the end of a sentence: its stop (and a closing quote or bracket), then a space
_SENTENCE_END = regex.compile(r"[.!?][\"”’»)]?\s")
# A longer block is a cookie or consent dialog still when at least this many
# of its sentences, and at least this share of them, are each a cookie
# notice or a consent line of the lexicon ("We use cookies … Some of them are
# essential … You can change your settings at any time."): a dialog runs
# long, an article about cookies or privacy law quotes a banner once.
DIALOG_MIN_SENTENCES = 2
DIALOG_SHARE = 0.3
# the pattern families of a cookie or consent dialog
_DIALOG = frozenset({"cookies", "consent"})
# the end of a sentence in a dialog: a stop that does not close a word of one
# letter ("z. B.", "e.g.", "i. e."), then a space
_DIALOG_SENTENCE_END = regex.compile(r"(?<!\b\w)[.!?][\"”’»)]?\s")

_WHAT = {
    "comments": "a comment-form prompt",
    "disclaimers": "a disclaimer or legal line",
    "cookies": "a cookie notice",
    "app": "an app prompt",
    "newsletter": "a newsletter prompt",
    "social": "a social-media prompt",
    "contact": "an author's contact line",
    "authors": "an author's name and role",
    "consent": "a consent checkbox line",
    "credits": "a photo, image or reporting credit",
    "related": "a link to related content",
    "pager": "a link to the next or previous post",
    "tags": "a tags or categories line",
    "markup": "leftover markup (a shortcode)",
    "ads": "an advertisement's break in the article",
    "gallery": "the counter of a photo gallery",
    "advertise": "a link to the site's advertising offer",
    "paywall": "a paywall prompt",
    "navigation": "a navigation link",
    "account": "a sign-up or log-in button",
    "donation": "an appeal to donate or to turn the ad blocker off",
    "appeal": "an appeal to support the publication",
    "errors": "a widget's error message",
    "forms": "a form's notice on one of its fields",
    "noscript": "a notice that the page needs JavaScript",
    "player": "a notice that the browser cannot play a widget or that its video is unavailable, or a player's media link",
    "embeds": "the text an embedded post prints around it",
    "authorbox": "an author box's link to the author's posts",
}

# the kind of a drop (``Block.kind``) for the families that other rules read
_KIND: dict[str, DecisionKind] = {
    "newsletter": "newsletter",
    "account": "sign_up",
    "consent": "consent",
    "cookies": "cookie",
    "embeds": "embed",
}

# The families of notices and forms that a page lays over or under its
# article (a cookie banner, a consent box, a log-in or comment prompt, a
# newsletter box): a main-content extractor keeps them as readily as a
# whole-page dump holds them.
NOTICES = frozenset(
    {
        "cookies",
        "consent",
        "comments",
        "newsletter",
        "paywall",
        "noscript",
        "player",
        "donation",
        "errors",
        "forms",
    }
)


class Boilerplate(Cleaner):
    """Drop lines matching a chrome pattern (any language of the lexicon).

    With ``Config(keep_captions=True)`` photo credits and captions are not
    dropped; the region cleaner keeps the ones inside the article.
    """

    name = "boilerplate"

    def annotate(self, doc: Document) -> None:
        lex = load_lexicon()
        memo = doc.memo(__name__)
        # a block holding most of the text is the text, whatever phrase it holds
        # (a page dumped as one line ends with "All rights reserved" too)
        total = sum(len(b.content) for b in doc.blocks)
        paywalls: list[int] = []  # the paywall's prompts, in order
        embed_links: list[int] = []  # links to the privacy policy, in order
        for block in doc.undecided():
            text = block.content
            if len(text) > MOST_OF_TEXT * total and len(text) >= MOST_MIN_CHARS:
                continue
            if len(text) > PATTERN_MAX_CHARS:
                if _long_disclaimer(text, lex.pattern):
                    doc.drop(block, self.name, f"dropped: {_WHAT['disclaimers']}")
                elif _long_dialog(text, lex):
                    doc.drop(
                        block, self.name, f"dropped: {_WHAT['cookies']} (a dialog's paragraph)", kind="cookie"
                    )
                    doc.records.notices.add(block.index)
                elif _long_bio(text, lex.pattern):
                    doc.records.bios.add(block.index)
                continue
            family = memo.get(text, "")
            if family == "":
                family = memo[text] = lex.pattern(text)
            if family == "bios":
                # an author's bio is chrome at the article's end only, which
                # the region cleaner knows ("Jane Roe is a reporter" opens
                # news prose too)
                if text[:1].isupper():
                    doc.records.bios.add(block.index)
                continue
            if family == "source_notes":
                # a note where the piece first appeared or what it is taken
                # from ("This post originally appeared on …", "Aus: <book>,
                # Verlag, 2019"): the article's own line, which the region
                # cleaner keeps at the article's edge (where the region's
                # scoring may take it for chrome)
                doc.records.source_notes.add(block.index)
                continue
            if family == "embed_links":
                # a link to the privacy policy ("Mehr Informationen zum
                # Datenschutz"): a blocked embed's when it stands next to the
                # embed's notice or placeholder, a menu's item or a page's
                # own heading elsewhere (see _embed_links)
                embed_links.append(block.index)
                continue
            if family == "about_us":
                # the heading of a box describing the site ("About us"): a
                # menu's item as often, or a page's own title; the region
                # cleaner drops the box's paragraphs under the article
                continue
            if family == "appeal":
                # an appeal to support the publication under or inside the
                # article ("Wir finanzieren uns durch Spenden …"): dropped by
                # the region cleaner once it has found the article, so that
                # its neighbours are decided as if it were text (dropped
                # here, it would count as chrome around them)
                doc.records.appeals.add(block.index)
                continue
            if family == "credits" and doc.config.keep_captions:
                # left for the region cleaner, which keeps the ones in the article
                doc.records.captions.add(block.index)
                continue
            if family is not None:
                doc.drop(block, self.name, f"dropped: {_WHAT.get(family, family)}", kind=_KIND.get(family))
                if family in NOTICES:
                    # (no evidence that the text is a whole page: the region
                    # cleaner's clean-text decision does not count it)
                    doc.records.notices.add(block.index)
                if family == "comments":
                    # (an author's bio right above it closes the article: see
                    # the region cleaner)
                    doc.records.comment_prompts.add(block.index)
                if family == "credits":
                    # (the region cleaner keeps the line above a caption
                    # with the article it ends)
                    doc.records.credits.add(block.index)
                if family == "paywall":
                    paywalls.append(block.index)
                if family == "pager":
                    # what follows it is the summary of that other post: the
                    # region cleaner does not grow across it
                    doc.records.pagers.add(block.index)
        if not doc.config.keep_captions:
            _gallery_captions(doc)
        _newsletter_pitch(doc)
        _paywall_box(doc, paywalls)
        _author_box(doc)
        _embed_previews(doc)
        _embed_links(doc, embed_links)


def _long_disclaimer(text: str, pattern: Callable[[str], str | None]) -> bool:
    """A block too long for the patterns that opens with a disclaimer's
    label: the words up to its first colon are a disclaimer line."""
    colon = text.find(":", 0, LABEL_MAX_CHARS)
    return colon > 0 and pattern(text[: colon + 1]) == "disclaimers"


def _long_dialog(text: str, lex: Lexicon) -> bool:
    """A block too long for the patterns that is a cookie or consent dialog:
    it names the cookies, and DIALOG_MIN_SENTENCES of its sentences, and
    DIALOG_SHARE of them, are each a cookie notice or a consent line.

    >>> lex = load_lexicon()
    >>> dialog = "We use cookies on our website. Some help us improve it. You can change your settings at any time."
    >>> essay = "Regulators ask sites to explain why they track readers. " * 12
    >>> _long_dialog(dialog, lex), _long_dialog(essay + dialog, lex)
    (True, False)
    """
    # (cheap first: a dialog names the cookies, in every language of the
    # lexicon: "cookie", "Cookie", "COOKIE")
    if "ookie" not in text and "OOKIE" not in text:
        return False
    sentences = matched = 0
    start = 0
    for end in _DIALOG_SENTENCE_END.finditer(text):
        sentences += 1
        if lex.pattern(text[start : end.start() + 1]) in _DIALOG:
            matched += 1
        start = end.end()
    if text[start:].strip():
        sentences += 1
        if lex.pattern(text[start:].strip()) in _DIALOG:
            matched += 1
    return matched >= DIALOG_MIN_SENTENCES and matched >= DIALOG_SHARE * sentences


def _long_bio(text: str, pattern: Callable[[str], str | None]) -> bool:
    """A block too long for the patterns whose first sentence is an author's
    bio ("Jane Roe is a reporter who covers … She …").

    >>> lex = load_lexicon()
    >>> bio = "JANE ROE has written for several magazines. " + "She likes long walks. " * 30
    >>> _long_bio(bio, lex.pattern), _long_bio("Jane Roe is a nurse. " + bio, lex.pattern)
    (True, False)
    """
    if not text[:1].isupper():
        return False
    end = _SENTENCE_END.search(text, 0, BIO_SENTENCE_MAX_CHARS)
    return end is not None and pattern(text[: end.start() + 1]) == "bios"


# an author box: its heading ("About Jane Roe", "Über Jane Roe"), the bio,
# then the link to the author's posts, which names the author again ("View all
# posts by Jane Roe →"); at most this many lines of bio between them
BOX_MAX_BIO = 3
# the heading: the author's name after at most this many words ("À propos de")
BOX_MAX_HEAD_WORDS = 3
# and the name has at least this many characters
BOX_MIN_NAME = 4
# A heading that is the name alone ("Jane Roe", capitalised, two to four
# words) may stand further up, over the author's role, a label, the bio and a
# contact line ("Your savings adviser", "Biography", …, "Contact", a phone
# number): at most this many lines between it and the link, ...
BOX_NAMED_MAX_LINES = 6
BOX_NAME_MAX_WORDS = 4
# ... of which at most this many are paragraphs (a sentence of this many
# words or more: the bio; more of them are the article under its author's name)
BOX_NAMED_MAX_PARAGRAPHS = 1
BOX_PARAGRAPH_MIN_WORDS = 10
_WORD = regex.compile(r"\w[\w.'’-]*")


@cache
def _box_link(sources: tuple[tuple[str, str], ...]) -> regex.Pattern[str] | None:
    """The lexicons' patterns of an author box's link, as one alternation."""
    found = [f"(?:{p})" for family, p in sources if family == "authorbox"]
    return regex.compile("|".join(found), PATTERN_FLAGS) if found else None


def _author_box(doc: Document) -> None:
    """Drop an author box under the article: a heading that names the
    author ("About Jane Roe", "Über Jane Roe", "À propos de Jane Roe"), one
    to three lines of bio, and the link to the author's posts that names
    the same author ("View all posts by Jane Roe →", "Zeige alle Beiträge
    von Jane Roe »"); or a heading that is the name alone, up to
    ``BOX_NAMED_MAX_LINES`` lines above the link, with at most one paragraph
    between ("Jane Roe" / "Your savings adviser" / "Biography" / <bio> /
    "Contact" / <phone> / "All posts by Jane Roe"). The name in both lines is
    the evidence: a bio line above such a link under no heading that names
    the author stays, and so does an article under its author's name."""
    link = _box_link(load_lexicon().sources)
    if link is None:
        return
    blocks = doc.blocks
    # (whether a line is such a link, once per line text: a page repeats
    # lines, and the later passes read the first one's)
    memo = doc.memo(__name__ + ".box_link")
    for i, block in enumerate(blocks):
        text = block.content
        if block.kept is True or len(text) > PATTERN_MAX_CHARS:
            continue
        linked = memo.get(text)
        if linked is None:
            linked = memo[text] = link.search(text) is not None
        if not linked:
            continue
        names = f" {' '.join(_WORD.findall(block.content.casefold()))} "
        paragraphs = 0
        for h in range(i - 2, max(-1, i - 2 - BOX_NAMED_MAX_LINES), -1):
            if blocks[h + 1].content.endswith((".", "!", "?")) and blocks[h + 1].content.count(" ") >= (
                BOX_PARAGRAPH_MIN_WORDS - 1
            ):
                paragraphs += 1
            if paragraphs > BOX_NAMED_MAX_PARAGRAPHS and h < i - 1 - BOX_MAX_BIO:
                break
            words = _WORD.findall(blocks[h].content.casefold())
            if not 2 <= len(words) <= BOX_MAX_HEAD_WORDS + 3 or blocks[h].kept is True:
                continue
            headed = h >= i - 1 - BOX_MAX_BIO and any(
                # the heading's last words are the name the link gives, word
                # for word, after words the link does not give ("About"; a
                # name alone, "Anna Schmidt", is the other kind of heading)
                f" {' '.join(words[k:])} " in names
                and len(" ".join(words[k:])) >= BOX_MIN_NAME
                and f" {' '.join(words[k - 1 :])} " not in names
                for k in range(1, min(BOX_MAX_HEAD_WORDS, len(words) - 1) + 1)
            )
            if not headed and not (
                paragraphs <= BOX_NAMED_MAX_PARAGRAPHS and _name_heading(blocks[h].content, words, names)
            ):
                continue
            box = blocks[h : i + 1]
            if any(b.kept is True or len(b.content) > PATTERN_MAX_CHARS for b in box):
                break
            for b in box:
                if b.kept is None:
                    doc.drop(b, "boilerplate", "dropped: an author box under the article")
            break


def _name_heading(text: str, words: list[str], names: str) -> bool:
    """Is ``text`` (its ``words`` case-folded) a name alone that the link
    to the author's posts gives (``names``: the link's words, case-folded,
    between spaces)? Two to ``BOX_NAME_MAX_WORDS`` words, the first and the
    last capitalised ("Jane Roe", "Sanne de Vries"), not the link's first
    words ("All posts").

    >>> _name_heading("Jane Roe", ["jane", "roe"], " all posts by jane roe ")
    True
    >>> _name_heading("All posts", ["all", "posts"], " all posts by jane roe ")
    False
    """
    if len(words) > BOX_NAME_MAX_WORDS:
        return False
    heading = " ".join(words)
    parts = text.split()
    return (
        len(heading) >= BOX_MIN_NAME
        and parts[0][:1].isupper()
        and parts[-1][:1].isupper()
        and f" {heading} " in names
        and not names.startswith(f" {heading} ")
    )


# the pitch of a newsletter's sign-up box is one short line, a phrase or a
# sentence (not a name: "Jane Roe" under "Subscribe" is the author's)
PITCH_MIN_WORDS = 4
PITCH_MAX_WORDS = 25
# what stands under the pitch: the box's button or its consent line, or its
# address field ("Email", "E-Mail-Adresse"); not another prompt (a paragraph
# of the article between two prompts is no pitch)
_SIGN_UP: frozenset[DecisionKind] = frozenset({"sign_up", "consent"})
# or the list of what the box brings: two lines or more, at most this many,
# of at most this many words each ("aktuelle Angebote", "tolle Gewinnspiele")
LIST_MAX_ITEMS = 4
LIST_MAX_WORDS = 8
# the address field's own label, a line of at most this many words naming the
# mail ("Ihre E-Mail-Adresse", "Your email address")
FIELD_MAX_WORDS = 4
_ADDRESS_WORDS = ("mail", "correo", "courriel")


# A paywall's box: its prompt that the story goes on for subscribers ("To
# read the full story, please subscribe …", a sentence of at least this many
# words, not a log-in link alone, "Already a subscriber? Log in"), then what
# the subscription brings, at most this many lines, then its next prompt
# ("Already a subscriber? Log in"): the lines between are the offer
PAYWALL_PROMPT_MIN_WORDS = 8
PAYWALL_BOX_MAX_LINES = 10


def _paywall_box(doc: Document, prompts: list[int]) -> None:
    """Drop the offer between a paywall's two prompts (``prompts``, the
    indexes of the lines dropped as such, in order; see
    ``PAYWALL_BOX_MAX_LINES``): one pass over the pairs of prompts."""
    blocks = doc.blocks
    for first, second in pairwise(prompts):
        if not 0 < second - first - 1 <= PAYWALL_BOX_MAX_LINES:
            continue
        between = blocks[first + 1 : second]
        if len(blocks[first].content.split()) < PAYWALL_PROMPT_MIN_WORDS or any(
            b.kept is not None for b in between
        ):
            continue
        for b in between:
            doc.drop(b, "boilerplate", "dropped: a paywall's offer between its prompts")
            doc.records.notices.add(b.index)


def _newsletter_pitch(doc: Document) -> None:
    """Drop the pitch of a newsletter's sign-up box: one short line between
    the box's heading or prompt ("Newsletter", "Sign up for the Example
    Newsletter") and the box's address field, button or consent line ("Email",
    "Jetzt anmelden", "By submitting your email, you agree …"): "Daily news
    about the politics shaping our world.", "Immer aktuell informiert über
    Spartipps."; or the list of what it brings, two to four short lines
    ("… und erhalten Sie regelmäßig", "aktuelle Angebote", "Reisetipps",
    "tolle Gewinnspiele"), with the address field's own label under them
    ("Ihre E-Mail-Adresse") when the button or the consent line follows it."""
    lex = load_lexicon()
    blocks = doc.blocks

    def field(after: Block) -> bool:
        # (a button the label cleaner dropped first: "Subscribe now")
        return (after.cleaner == "boilerplate" and after.kind in _SIGN_UP) or (
            after.cleaner == "labels"
            and ("mail" in after.content.casefold() or lex.pattern(after.content) == "account")
        )

    def address_label(block: Block) -> bool:
        low = block.content.casefold()
        return (
            block.kept is None
            and len(low.split()) <= FIELD_MAX_WORDS
            and any(w in low for w in _ADDRESS_WORDS)
        )

    for i in range(1, len(blocks) - 1):
        block, before = blocks[i], blocks[i - 1]
        if block.kept is not None or before.kept is not False:
            continue
        heads = (before.cleaner == "boilerplate" and before.kind == "newsletter") or (
            before.cleaner == "labels" and lex.section_heading(before.content) == "newsletter"
        )
        if not heads:
            continue
        after = blocks[i + 1]
        if after.kept is False:
            if PITCH_MIN_WORDS <= len(block.content.split()) <= PITCH_MAX_WORDS and field(after):
                doc.drop(block, "boilerplate", "dropped: the pitch of a newsletter's sign-up box")
            continue
        # a list: short undecided lines up to the field (at most LIST_MAX_ITEMS + 2 looked at)
        j = i
        while (
            j < len(blocks)
            and j - i < LIST_MAX_ITEMS
            and blocks[j].kept is None
            and not address_label(blocks[j])
            and 0 < len(blocks[j].content.split()) <= LIST_MAX_WORDS
        ):
            j += 1
        if j - i < 2 or j >= len(blocks):
            continue
        end = j
        if address_label(blocks[j]) and j + 1 < len(blocks) and blocks[j + 1].kept is False:
            end, j = j + 1, j + 1
        if blocks[j].kept is False and field(blocks[j]):
            for b in blocks[i:end]:
                doc.drop(b, "boilerplate", "dropped: what a newsletter's sign-up box offers")


# the text of an embedded post cut off by the embed ("… dürfen Familien nicht
# noch zusätzlich belastet…"): its last word runs into the ellipsis
_CUT_OFF = regex.compile(r"\w(?:…|\.\.\.)$")


def _embed_previews(doc: Document) -> None:
    """Drop the cut-off text of an embedded post right above the post's
    signature ("Posted by Jane Roe on Monday, March 4, 2024", "Gepostet von
    … am Montag, 4. März 2024"): an embed prints the start of the post and
    links to the rest. A line that ends a sentence above such a signature
    stays (the post may be quoted whole)."""
    blocks = doc.blocks
    for i in range(1, len(blocks)):
        after = blocks[i]
        if after.kept is not False or after.kind != "embed" or after.cleaner != "boilerplate":
            continue
        block = blocks[i - 1]
        if block.kept is None and _CUT_OFF.search(block.content) is not None:
            doc.drop(block, "boilerplate", "dropped: the cut-off text of an embedded post")


# the kinds of a blocked embed's lines: its notice or placeholder
_EMBED_KINDS = frozenset({"embed", "cookie"})


def _embed_links(doc: Document, links: list[int]) -> None:
    """Drop a link to the privacy policy ("Mehr Informationen zum
    Datenschutz", "More information about privacy") right above or under a
    blocked embed's notice or placeholder, or a cookie notice, that this
    cleaner dropped ("Dieser Inhalt stammt von YouTube und wird erst nach
    Ihrer Zustimmung geladen.", "Video laden"): the embed's own link. Alone,
    the line may be a menu's item or a heading of the text."""
    blocks = doc.blocks
    for i in links:
        block = blocks[i]
        if block.kept is not None:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(blocks):
                near = blocks[j]
                if near.kept is False and near.cleaner == "boilerplate" and near.kind in _EMBED_KINDS:
                    doc.drop(block, "boilerplate", "dropped: a blocked embed's link to the privacy policy")
                    break


def _gallery_captions(doc: Document) -> None:
    """Note for the region cleaner the caption of a photo in a gallery: the
    line between the gallery's counter ("Image 3 of 5") and the photo's
    credit ("(Image credit: Jane Roe)"; a line between two counters may be
    the article's). It is dropped only once the article is found: the
    article reads on around it."""
    lex = load_lexicon()
    memo = doc.memo(__name__)

    def family(text: str) -> str | None:
        # (the label cleaner may have dropped a counter first: "Bild 1 von 5")
        found: str | None = memo.get(text, "")
        if found == "":
            found = memo[text] = lex.pattern(text)
        return found

    blocks = doc.blocks
    for i in range(1, len(blocks) - 1):
        block, before, after = blocks[i], blocks[i - 1], blocks[i + 1]
        if block.kept is not None or before.kept is not False or after.kept is not False:
            continue
        if family(before.content) == "gallery" and family(after.content) == "credits":
            doc.records.gallery_captions.add(block.index)

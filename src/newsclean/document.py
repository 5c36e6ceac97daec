"""The document model: a text as a sequence of annotated blocks.

Cleaners never delete text. They annotate :class:`Block` objects with a
decision (keep or drop), the name of the cleaner that made it and a reason.
The output is rendered once, at the end, from the blocks that are kept.

>>> doc = Document.from_text("Headline\\n\\nFirst paragraph.\\nShare")
>>> [b.text for b in doc.blocks]
['Headline', 'First paragraph.', 'Share']
>>> doc.drop(doc.blocks[2], "widgets", "a share-widget label")
True
>>> doc.render()
'Headline\\n\\nFirst paragraph.'
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import regex

from .config import DEFAULT_CONFIG, Config

if TYPE_CHECKING:
    from .cleaners.labels import LabelKind
    from .features import Features

__all__ = ["Block", "DecisionKind", "DocRecords", "Document"]

# The family of chrome (or of the article's own lines) a decision took a line
# for, which another rule reads (``Block.kind``); the reason says the same in
# words, for the user. Set by the cleaner that decides:
# - sections: the heading that starts a related-content, comment or
#   newsletter section ("related_head", "comments_head", "newsletter_head"),
#   a line under one ("related", "comments", "newsletter") and a link to the
#   comments above the article ("comments_link");
# - bylines: a timestamp ("timestamp"), a byline with a timestamp
#   ("signed_timestamp"), a post's meta line with its date ("meta_line"), a
#   byline ("byline") and a name with a counter ("counter");
# - boilerplate: a newsletter prompt ("newsletter"), a sign-up or log-in
#   button ("sign_up"), a consent checkbox line ("consent"), a cookie
#   notice ("cookie"), the text an embedded post prints around it ("embed").
DecisionKind = Literal[
    "related_head",
    "comments_head",
    "newsletter_head",
    "related",
    "comments",
    "newsletter",
    "comments_link",
    "timestamp",
    "signed_timestamp",
    "meta_line",
    "byline",
    "counter",
    "sign_up",
    "consent",
    "cookie",
    "embed",
]

# Layout marks a text dump puts in front of a line: indentation, list bullets.
_LAYOUT_PREFIX = regex.compile(r"^[ \t]*(?:[*+•·▪►▸‣◦–—-][ \t]+|\d{1,2}[.)][ \t]+)?")
# ASCII characters that start no layout prefix (white space, a bullet or a digit
# does); a line starting with one of them has none, and one with one of them
# right after its indentation has no bullet or number: its prefix is the
# indentation.
_NOT_LAYOUT = frozenset(chr(c) for c in range(128)) - frozenset(" \t*+-0123456789")
# what follows a bullet of a layout prefix
_BLANK = frozenset(" \t")


@dataclass(slots=True)
class Block:
    """One non-blank line of the input.

    ``index`` is the block's position among blocks, ``line`` its line number
    in the normalized text, ``text`` the line as it is and ``content`` the
    line without its layout (indentation and list bullet). ``kept`` is
    ``None`` until a cleaner decides; ``cleaner``, ``reason`` and ``score``
    say who decided, why, and on what score when a score decided.
    ``blank_before`` records a blank line above it in the input; ``final``
    marks a decision no later cleaner may change (a user's rule). ``label``
    is what the labels cleaner took the line for when it dropped it (a
    :class:`~newsclean.cleaners.labels.LabelKind`), None once another
    decision replaces that one, or when there was none. ``kind`` is the
    family of chrome the decision took the line for (a
    :data:`DecisionKind`: "related", "timestamp", "sign_up", ...), which
    the rules of other cleaners read instead of the reason's words; None
    when the decision names none (or there is no decision). Neither is in
    :meth:`to_dict`.

    >>> block = Document.from_text("Intro\\n\\n  * Item one").blocks[1]
    >>> block.line, block.text, block.content, block.indent, block.bullet, block.blank_before
    (2, '  * Item one', 'Item one', 2, True, True)
    >>> block.kept is None
    True
    """

    index: int
    line: int
    text: str
    content: str
    indent: int = 0
    bullet: bool = False
    blank_before: bool = False
    kept: bool | None = None
    cleaner: str = ""
    reason: str = ""
    score: float | None = None
    final: bool = False
    label: LabelKind | None = None
    kind: DecisionKind | None = None

    @property
    def decided(self) -> bool:
        """True once a cleaner has kept or dropped the block.

        >>> doc = Document.from_text("Share")
        >>> doc.blocks[0].decided
        False
        >>> doc.drop(doc.blocks[0], "labels", "a widget label")
        True
        >>> doc.blocks[0].decided
        True
        """
        return self.kept is not None

    def to_dict(self) -> dict[str, Any]:
        """The block as plain JSON-able data (an undecided block counts as kept).

        >>> Document.from_text("Share").blocks[0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
        {'index': 0, 'line': 0, 'text': 'Share', 'kept': True, 'cleaner': '', 'reason': '',
         'score': None}
        """
        return {
            "index": self.index,
            "line": self.line,
            "text": self.text,
            "kept": self.kept is not False,
            "cleaner": self.cleaner,
            "reason": self.reason,
            "score": self.score,
        }


@dataclass(slots=True)
class DocRecords:
    """What the cleaners of one pass record about a document for the
    cleaners after them (block indexes, names, the pipeline's caches).

    ``source`` is the normalized text the document was made from and
    ``memo`` the caches of :meth:`Document.memo` (the pipeline hands them to
    the next passes); ``features`` caches :func:`newsclean.features.features`.
    The sections cleaner records ``section_under`` (block -> the family of
    the section it is under: "related", "comments", "newsletter"),
    ``section_heads`` (where related-content and comment sections start),
    ``content_heads`` (headings of the article's own lists), ``thread_heads``
    (headings that count a comment thread) and ``section_runon`` (lines it
    dropped as under a heading); the bylines cleaner ``bylines`` (bylines
    left to the region cleaner), ``meta_lines``, ``byline_names`` (the names
    bylines give, in lower case) and, with the boilerplate cleaner, ``bios``
    and ``name_bios``; the boilerplate and labels cleaners ``source_notes``,
    ``appeals``, ``captions``, ``notices``, ``comment_prompts``, ``credits``,
    ``pagers`` and ``gallery_captions``; the teasers cleaner ``media_links``
    (lists of links to videos or galleries, left to the region cleaner to
    drop); the region cleaner ``clean_text``
    (whether it took the text for an extractor's output: None until it runs)
    and ``clean_text_evidence`` (what that was decided on: page flag,
    short-line share, opening paragraph, dropped share, known language,
    dropped-all share).

    >>> records = Document.from_text("Share").records
    >>> records.section_heads, records.clean_text
    ([], None)
    """

    source: str | None = None
    memo: dict[Hashable, dict[str, Any]] = field(default_factory=dict)
    features: list[Features] | None = None
    clean_text: bool | None = None
    clean_text_evidence: tuple[bool, float, int, float, bool, float] | None = None
    section_under: dict[int, str] = field(default_factory=dict)
    section_heads: list[int] = field(default_factory=list)
    content_heads: list[int] = field(default_factory=list)
    thread_heads: list[int] = field(default_factory=list)
    section_runon: set[int] = field(default_factory=set)
    bylines: set[int] = field(default_factory=set)
    meta_lines: set[int] = field(default_factory=set)
    byline_names: set[str] = field(default_factory=set)
    bios: set[int] = field(default_factory=set)
    name_bios: set[int] = field(default_factory=set)
    source_notes: set[int] = field(default_factory=set)
    appeals: set[int] = field(default_factory=set)
    captions: set[int] = field(default_factory=set)
    notices: set[int] = field(default_factory=set)
    comment_prompts: set[int] = field(default_factory=set)
    credits: set[int] = field(default_factory=set)
    pagers: set[int] = field(default_factory=set)
    gallery_captions: set[int] = field(default_factory=set)
    media_links: set[int] = field(default_factory=set)


@dataclass(slots=True)
class Document:
    """A text split into blocks, with the configuration it is cleaned under.

    Build one with :meth:`from_text`; cleaners annotate it through
    :meth:`drop` and :meth:`keep`; :meth:`render` gives the output.
    ``language`` is set by the pipeline (``"und"`` until then).
    ``records`` holds what the built-in cleaners record for the ones after
    them, typed (a :class:`DocRecords`); ``meta`` is free for a user's own
    cleaners to share what they computed (the built-in cleaners no longer
    keep their records there).

    >>> doc = Document.from_text("Home\\nThe talks ended on Monday.")
    >>> len(doc), [b.text for b in doc]
    (2, ['Home', 'The talks ended on Monday.'])
    """

    blocks: list[Block]
    config: Config = DEFAULT_CONFIG
    language: str = "und"
    meta: dict[str, Any] = field(default_factory=dict)
    records: DocRecords = field(default_factory=DocRecords)

    @classmethod
    def from_text(cls, text: str, config: Config = DEFAULT_CONFIG) -> Document:
        """Segment already-normalized text: one block per non-blank line.

        >>> doc = Document.from_text("Headline\\n\\n- first item\\n- second item\\n")
        >>> [(b.line, b.content, b.bullet) for b in doc.blocks]
        [(0, 'Headline', False), (2, 'first item', True), (3, 'second item', True)]
        """
        blocks: list[Block] = []
        blank = False
        for lineno, line in enumerate(text.split("\n")):
            stripped = line.strip()
            if not stripped:
                blank = True
                continue
            body = line.lstrip(" \t") if line[0] in " \t" else line
            if body[0] in _NOT_LAYOUT:
                # no bullet or number after the indentation: the line without
                # it is its content
                blocks.append(Block(len(blocks), lineno, line, stripped, len(line) - len(body), False, blank))
                blank = False
                continue
            if body[0] in "*+-" and body[1:2] in _BLANK:
                # an ASCII bullet and its spaces: what _LAYOUT_PREFIX reads,
                # without it (a dump's lists are written so)
                content = body[1:].strip()
                if content:
                    blocks.append(
                        Block(len(blocks), lineno, line, content, len(line) - len(body), True, blank)
                    )
                else:  # a bare bullet: keep it whole as content
                    blocks.append(Block(len(blocks), lineno, line, stripped, 0, False, blank))
                blank = False
                continue
            m = _LAYOUT_PREFIX.match(line)
            prefix = m.group(0) if m else ""
            content = line[len(prefix) :].strip()
            if not content:  # a bare bullet: keep it whole as content
                content = line.strip()
                prefix = ""
            indent = len(prefix) - len(prefix.lstrip(" \t"))
            bullet = bool(prefix.strip())
            blocks.append(Block(len(blocks), lineno, line, content, indent, bullet, blank))
            blank = False
        return cls(blocks, config)

    def __iter__(self) -> Iterator[Block]:
        return iter(self.blocks)

    def __len__(self) -> int:
        return len(self.blocks)

    def memo(self, name: Hashable) -> dict[str, Any]:
        """A cache named ``name`` of per-line results: line text -> result.

        What goes in must depend on the line's text only (and on what the
        name says, such as the language): the pipeline hands the caches of
        one document to the next passes over its output (see
        :meth:`newsclean.Pipeline.clean`), and a page repeats lines. The
        cleaners store ``str | None`` results and read them with ``""`` as
        the default, meaning "not computed yet" (the labels cleaner a
        reason and a kind, or None).

        >>> doc = Document.from_text("Share")
        >>> doc.memo("demo")["Share"] = 1
        >>> doc.memo("demo")
        {'Share': 1}
        """
        caches = self.records.memo
        cache = caches.get(name)
        if cache is None:
            cache = caches[name] = {}
        return cache

    def undecided(self) -> list[Block]:
        """The blocks no cleaner has decided on yet, as a list made when
        called (a cleaner that decides the block it is on, as every cleaner
        here does, loops over it as it is; a list costs less to go through
        than a generator).

        >>> doc = Document.from_text("Share\\nThe talks ended on Monday.")
        >>> doc.drop(doc.blocks[0], "labels", "a widget label")
        True
        >>> [b.text for b in doc.undecided()]
        ['The talks ended on Monday.']
        """
        return [b for b in self.blocks if b.kept is None]

    def _decide(
        self,
        block: Block,
        kept: bool,
        cleaner: str,
        reason: str,
        score: float | None,
        final: bool,
        force: bool,
        kind: DecisionKind | None,
    ) -> bool:
        if block.final or (block.kept is not None and not force):
            return False
        block.kept = kept
        block.cleaner = cleaner
        block.reason = reason
        block.score = score
        block.final = final
        block.label = None  # (the labels cleaner sets it after its decision)
        block.kind = kind
        return True

    def drop(
        self,
        block: Block,
        cleaner: str,
        reason: str,
        *,
        score: float | None = None,
        final: bool = False,
        force: bool = False,
        kind: DecisionKind | None = None,
    ) -> bool:
        """Mark ``block`` dropped by ``cleaner`` for ``reason`` (``kind``:
        the family of chrome it was taken for, see :attr:`Block.kind`).

        The first decision on a block stands: later cleaners change it only
        with ``force=True``, and never once a decision is ``final`` (user
        rules). Returns whether the decision was recorded.

        >>> doc = Document.from_text("Share")
        >>> doc.drop(doc.blocks[0], "labels", "dropped: a widget label")
        True
        >>> doc.keep(doc.blocks[0], "region", "kept: inside the article")  # the first decision stands
        False
        >>> doc.keep(doc.blocks[0], "region", "kept: inside the article", force=True)
        True
        >>> doc.blocks[0].cleaner
        'region'
        """
        return self._decide(block, False, cleaner, reason, score, final, force, kind)

    def keep(
        self,
        block: Block,
        cleaner: str,
        reason: str,
        *,
        score: float | None = None,
        final: bool = False,
        force: bool = False,
        kind: DecisionKind | None = None,
    ) -> bool:
        """Mark ``block`` kept by ``cleaner`` for ``reason`` (see :meth:`drop`).

        >>> doc = Document.from_text("Photo: AP")
        >>> doc.keep(doc.blocks[0], "rules", "kept: a user rule", final=True)
        True
        >>> doc.drop(doc.blocks[0], "boilerplate", "dropped: a photo credit", force=True)  # final wins
        False
        >>> doc.render()
        'Photo: AP'
        """
        return self._decide(block, True, cleaner, reason, score, final, force, kind)

    def kept_blocks(self) -> list[Block]:
        """The blocks that will be in the output (undecided blocks are kept).

        >>> doc = Document.from_text("Share\\nThe talks ended on Monday.")
        >>> doc.drop(doc.blocks[0], "labels", "a widget label")
        True
        >>> [b.text for b in doc.kept_blocks()]
        ['The talks ended on Monday.']
        """
        return [b for b in self.blocks if b.kept is not False]

    def render(self) -> str:
        """The output: kept lines in input order, dropped lines removed.

        A blank line in the input between two kept lines stays as one blank
        line; there are no leading or trailing blank lines. Indentation goes
        unless the configuration's ``keep_indent`` is set.

        >>> doc = Document.from_text("Home\\n\\nHeadline\\n\\n\\n  First paragraph.\\nShare")
        >>> doc.drop(doc.blocks[0], "labels", "a navigation label")
        True
        >>> doc.drop(doc.blocks[3], "labels", "a widget label")
        True
        >>> print(doc.render())
        Headline
        <BLANKLINE>
        First paragraph.
        """
        out: list[str] = []
        pending_blank = False
        keep_indent = self.config.keep_indent
        for b in self.blocks:
            if b.blank_before:
                pending_blank = True
            if b.kept is False:
                continue
            if out and pending_blank:
                out.append("")
            out.append(b.text if keep_indent else b.text.lstrip(" \t"))
            pending_blank = False
        return "\n".join(out)

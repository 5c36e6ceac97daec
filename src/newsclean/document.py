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
from typing import TYPE_CHECKING, Any

import regex

from .config import DEFAULT_CONFIG, Config

if TYPE_CHECKING:
    from .cleaners.labels import LabelKind

__all__ = ["Block", "Document"]

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
    decision replaces that one, or when there was none.

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
class Document:
    """A text split into blocks, with the configuration it is cleaned under.

    Build one with :meth:`from_text`; cleaners annotate it through
    :meth:`drop` and :meth:`keep`; :meth:`render` gives the output.
    ``language`` is set by the pipeline (``"und"`` until then) and ``meta``
    is free for cleaners to share what they computed.

    >>> doc = Document.from_text("Home\\nThe talks ended on Monday.")
    >>> len(doc), [b.text for b in doc]
    (2, ['Home', 'The talks ended on Monday.'])
    """

    blocks: list[Block]
    config: Config = DEFAULT_CONFIG
    language: str = "und"
    meta: dict[str, Any] = field(default_factory=dict)

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
        caches = self.meta.get("memo")
        if caches is None:
            caches = self.meta["memo"] = {}
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
    ) -> bool:
        if block.final or (block.kept is not None and not force):
            return False
        block.kept = kept
        block.cleaner = cleaner
        block.reason = reason
        block.score = score
        block.final = final
        block.label = None  # (the labels cleaner sets it after its decision)
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
    ) -> bool:
        """Mark ``block`` dropped by ``cleaner`` for ``reason``.

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
        return self._decide(block, False, cleaner, reason, score, final, force)

    def keep(
        self,
        block: Block,
        cleaner: str,
        reason: str,
        *,
        score: float | None = None,
        final: bool = False,
        force: bool = False,
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
        return self._decide(block, True, cleaner, reason, score, final, force)

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

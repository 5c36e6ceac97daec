"""The pipeline: normalize -> segment -> annotate -> render.

>>> from newsclean import Pipeline
>>> p = Pipeline()
>>> p.names
('rules', 'labels', 'boilerplate', 'bylines', 'teasers', 'sections', 'region')
>>> p.without("bylines").names
('rules', 'labels', 'boilerplate', 'teasers', 'sections', 'region')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .cleaners import Boilerplate, Bylines, CleanerLike, Labels, Region, Rules, Sections, Teasers
from .config import DEFAULT_CONFIG, Config
from .document import Document
from .normalize import _normalize, normalize

__all__ = ["MAX_PASSES", "BlockDecision", "Explanation", "Pipeline", "default_cleaners"]

# clean() re-reads its own output until it is stable, at most this many passes.
MAX_PASSES = 8


def default_cleaners() -> tuple[CleanerLike, ...]:
    """The cleaners of the default pipeline, in the order they run.

    >>> default_cleaners()
    (Rules(), Labels(), Boilerplate(), Bylines(), Teasers(), Sections(), Region())
    """
    return (Rules(), Labels(), Boilerplate(), Bylines(), Teasers(), Sections(), Region())


@dataclass(frozen=True, slots=True)
class BlockDecision:
    """What happened to one input block, and why.

    ``index`` is the block's position among blocks and ``line`` its line
    number in the normalized text; ``cleaner`` names the cleaner that
    decided, ``reason`` says why, ``score`` is the region score when a score
    decided.

    >>> from newsclean import explain
    >>> decision = explain("Share\\nThe talks ended on Monday, officials said after the meeting.").blocks[0]
    >>> decision.kept, decision.cleaner, decision.reason
    (False, 'labels', 'dropped: "Share" is a widget label')
    """

    index: int
    line: int
    text: str
    kept: bool
    cleaner: str
    reason: str
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data.

        >>> from newsclean import explain
        >>> explain("Share\\nThe talks ended on Monday, officials said after the meeting.").blocks[0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
        {'index': 0, 'line': 0, 'text': 'Share', 'kept': False, 'cleaner': 'labels',
         'reason': 'dropped: "Share" is a widget label', 'score': None}
        """
        return {
            "index": self.index,
            "line": self.line,
            "text": self.text,
            "kept": self.kept,
            "cleaner": self.cleaner,
            "reason": self.reason,
            "score": self.score,
        }


@dataclass(frozen=True, slots=True)
class Explanation:
    """The cleaned text with the decision on every input block.

    ``text`` is exactly what :func:`newsclean.clean` returns for the same
    input; ``blocks`` lists every non-blank line of the normalized input in
    order. ``language`` is the page language the pipeline worked with and
    ``stats`` counts the dropped blocks per cleaner. ``str()`` gives one line
    per block: ``+`` kept or ``-`` dropped, the text and the reason.

    >>> from newsclean import explain
    >>> ex = explain("Share\\nThe talks ended on Monday, officials said after the meeting.")
    >>> ex.text
    'The talks ended on Monday, officials said after the meeting.'
    >>> [(b.text, b.kept) for b in ex.blocks]
    [('Share', False), ('The talks ended on Monday, officials said after the meeting.', True)]
    >>> ex.language, ex.stats
    ('en', {'labels': 1})
    """

    text: str
    blocks: tuple[BlockDecision, ...]
    language: str = "und"
    stats: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data: ``text``, ``language``, ``blocks`` (each
        :meth:`BlockDecision.to_dict`) and ``stats``.

        >>> import json
        >>> from newsclean import explain
        >>> data = explain("Share\\nThe talks ended on Monday, officials said after the meeting.").to_dict()
        >>> sorted(data), data["stats"]
        (['blocks', 'language', 'stats', 'text'], {'labels': 1})
        >>> json.loads(json.dumps(data)) == data
        True
        """
        return {
            "text": self.text,
            "language": self.language,
            "blocks": [b.to_dict() for b in self.blocks],
            "stats": dict(self.stats),
        }

    def __str__(self) -> str:
        lines = []
        for b in self.blocks:
            mark = "+" if b.kept else "-"
            lines.append(f"{mark} {b.text.strip()[:80]:<80}  {b.reason}")
        return "\n".join(lines)


class Pipeline:
    """A sequence of named cleaners and the configuration they run under.

    ``Pipeline()`` is the default pipeline that :func:`newsclean.clean` uses.
    Pipelines are immutable: :meth:`without`, :meth:`with_cleaner` and
    :meth:`with_config` return new ones.

    >>> from newsclean.cleaners import LineRule
    >>> p = Pipeline().with_cleaner(LineRule("promo", lambda t: "a promo" if "PROMO" in t else None),
    ...                             before="region")
    >>> p.clean("PROMO CODE 2024\\nThe talks ended on Monday, officials said after the meeting.")
    'The talks ended on Monday, officials said after the meeting.'
    """

    __slots__ = ("_cleaners", "_config")

    def __init__(
        self, cleaners: Iterable[CleanerLike] | None = None, config: Config = DEFAULT_CONFIG
    ) -> None:
        cl = tuple(default_cleaners() if cleaners is None else cleaners)
        for c in cl:
            if not isinstance(c, CleanerLike):
                raise TypeError(f"{c!r} is not a cleaner: it needs a name and an annotate(doc) method")
        names = [c.name for c in cl]
        if len(set(names)) != len(names):
            raise ValueError(f"cleaner names must be unique, got {names}")
        self._cleaners = cl
        self._config = config

    @property
    def cleaners(self) -> tuple[CleanerLike, ...]:
        """The cleaners, in the order they run.

        >>> Pipeline().cleaners[:2]
        (Rules(), Labels())
        """
        return self._cleaners

    @property
    def names(self) -> tuple[str, ...]:
        """The cleaners' names, in the order they run.

        >>> Pipeline().names[-1]
        'region'
        """
        return tuple(c.name for c in self._cleaners)

    @property
    def config(self) -> Config:
        """The configuration the cleaners run under.

        >>> Pipeline().config.keep_bylines
        False
        """
        return self._config

    def without(self, *names: str) -> Pipeline:
        """A copy without the named cleaners; an unknown name is a ``KeyError``.

        >>> Pipeline().without("teasers", "bylines").names
        ('rules', 'labels', 'boilerplate', 'sections', 'region')
        """
        unknown = set(names) - set(self.names)
        if unknown:
            raise KeyError(f"no cleaner named {sorted(unknown)}; the pipeline has {list(self.names)}")
        return Pipeline([c for c in self._cleaners if c.name not in names], self._config)

    def with_cleaner(
        self, cleaner: CleanerLike, *, before: str | None = None, after: str | None = None
    ) -> Pipeline:
        """A copy with ``cleaner`` added: at the end, or before/after a named one.

        >>> from newsclean import LineRule
        >>> rule = LineRule("promo", lambda line: "a promo" if line.startswith("PROMO") else None)
        >>> Pipeline().with_cleaner(rule, after="labels").names
        ('rules', 'labels', 'promo', 'boilerplate', 'bylines', 'teasers', 'sections', 'region')
        """
        cl = list(self._cleaners)
        if before is not None and after is not None:
            raise ValueError("give before= or after=, not both")
        anchor = before if before is not None else after
        if anchor is None:
            cl.append(cleaner)
        else:
            if anchor not in self.names:
                raise KeyError(f"no cleaner named {anchor!r}; the pipeline has {list(self.names)}")
            pos = self.names.index(anchor) + (1 if after is not None else 0)
            cl.insert(pos, cleaner)
        return Pipeline(cl, self._config)

    def with_config(self, config: Config) -> Pipeline:
        """A copy running under another configuration.

        >>> from newsclean import Config
        >>> text = "By Ellen Marsh\\nThe talks ended on Monday, officials said after the meeting."
        >>> Pipeline().clean(text)
        'The talks ended on Monday, officials said after the meeting.'
        >>> print(Pipeline().with_config(Config(keep_bylines=True)).clean(text))
        By Ellen Marsh
        The talks ended on Monday, officials said after the meeting.
        """
        return Pipeline(self._cleaners, config)

    def document(self, text: str, *, memo: dict[Any, Any] | None = None) -> Document:
        """Normalize, segment and annotate ``text``; the annotated document.

        ``memo`` is a cache of per-line results (see :meth:`Document.memo`)
        to share with other documents cleaned under this pipeline.

        >>> doc = Pipeline().document("Share\\nThe talks ended on Monday, officials said after the meeting.")
        >>> [(b.text, b.kept, b.cleaner) for b in doc.blocks][0]
        ('Share', False, 'labels')
        >>> doc.render()
        'The talks ended on Monday, officials said after the meeting.'
        """
        normalized, settled = _normalize(text, self._config)
        # normalize once more where a repair could reveal another (mojibake
        # of mojibake next to removed control characters): clean's output
        # must be normal text itself. When the text was normal already, that
        # is the call just made; when normalize's last pass sent no line to
        # ftfy and left no work for another, its result is settled.
        for _ in range(0 if settled or normalized == text else 2):
            again = normalize(normalized, self._config)
            if again == normalized:
                break
            normalized = again
        doc = Document.from_text(normalized, self._config)
        doc.records.source = normalized
        if memo is not None:
            doc.records.memo = memo
        skip = self._config.skip
        for cleaner in self._cleaners:
            if cleaner.name not in skip:
                cleaner.annotate(doc)
        return doc

    def _settle(self, text: str) -> tuple[Document, list[Document], str]:
        """Annotate ``text``, then annotate the output again until it is
        stable: with the chrome gone, the cleaners may see a line differently
        (a region they could not tell before). Returns the first document, the
        later passes, and the output. It ends when a pass gives back the text
        it read, so ``clean(clean(x)) == clean(x)``; at most ``MAX_PASSES``
        passes."""
        # the later passes read lines the first one read: they share its
        # per-line results (features, lexicon look-ups)
        memo: dict[Any, Any] = {}
        first = self.document(text, memo=memo)
        out = first.render()
        later: list[Document] = []
        current = first
        # a fixed point: the output is the very text the last pass read
        while out != current.records.source and len(later) + 1 < MAX_PASSES:
            nxt = self.document(out, memo=memo)
            later.append(nxt)
            out = nxt.render()
            current = nxt
        return first, later, out

    def clean(self, text: str) -> str:
        """The article text of ``text``; calling the pipeline does the same.

        >>> p = Pipeline()
        >>> p.clean("Share\\nThe talks ended on Monday, officials said after the meeting.")
        'The talks ended on Monday, officials said after the meeting.'
        >>> p("Share\\nThe talks ended on Monday, officials said after the meeting.") == p.clean("Share\\nThe talks ended on Monday, officials said after the meeting.")
        True
        """
        return self._settle(text)[2]

    __call__ = clean

    def explain(self, text: str) -> Explanation:
        """The cleaned text and the decision on every block.

        A block kept by the first pass and dropped by a later one (see
        :meth:`clean`) carries the later pass's decision.

        >>> ex = Pipeline().explain("Share\\nThe talks ended on Monday, officials said after the meeting.")
        >>> ex.blocks[0].reason
        'dropped: "Share" is a widget label'
        """
        doc, later, out = self._settle(text)
        final: list[tuple[bool, str, str, float | None]] = [
            (b.kept is not False, b.cleaner, b.reason, b.score) for b in doc.blocks
        ]
        alive = [i for i, b in enumerate(doc.blocks) if b.kept is not False]
        for nxt in later:
            if len(nxt.blocks) != len(alive):  # cannot happen: one block per kept line
                break
            still = []
            for i, b in zip(alive, nxt.blocks, strict=True):
                if b.kept is False:
                    final[i] = (False, b.cleaner, b.reason, b.score)
                else:
                    still.append(i)
            alive = still
        decisions = []
        stats: dict[str, int] = {}
        for b, (kept, cleaner, reason, score) in zip(doc.blocks, final, strict=True):
            reason = reason or "kept: no cleaner dropped it"
            decisions.append(BlockDecision(b.index, b.line, b.text, kept, cleaner, reason, score))
            if not kept:
                stats[cleaner] = stats.get(cleaner, 0) + 1
        return Explanation(out, tuple(decisions), doc.language, stats)

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Pipeline, (self._cleaners, self._config))

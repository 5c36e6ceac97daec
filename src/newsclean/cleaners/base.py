"""The cleaner interface.

A cleaner is a small named unit with one job: it reads a
:class:`~newsclean.document.Document` and annotates blocks (drop or keep,
with a reason). It never removes text itself. Any object with a ``name`` and
an ``annotate(doc)`` method is a cleaner; subclass :class:`Cleaner`, or wrap
a function with :class:`LineRule`.

>>> from newsclean.document import Document
>>> shouting = LineRule("shouting", lambda text: "all capitals" if text.isupper() else None)
>>> doc = Document.from_text("SUBSCRIBE NOW\\nA calm sentence.")
>>> shouting.annotate(doc)
>>> doc.render()
'A calm sentence.'
>>> doc.blocks[0].reason
'dropped: all capitals'
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from ..document import Document

__all__ = ["Cleaner", "CleanerLike", "LineRule"]


@runtime_checkable
class CleanerLike(Protocol):
    """What a pipeline needs of a cleaner: a ``name`` and ``annotate(doc)``.

    Any such object will do, without subclassing :class:`Cleaner`:

    >>> class DropShort:
    ...     name = "short"
    ...     def annotate(self, doc):
    ...         for block in doc.undecided():
    ...             if len(block.content) < 4:
    ...                 doc.drop(block, self.name, "dropped: under four characters")
    >>> isinstance(DropShort(), CleanerLike)
    True
    >>> from newsclean import Pipeline
    >>> Pipeline([DropShort()]).clean("Ok\\nThe talks ended on Monday.")
    'The talks ended on Monday.'
    """

    name: str

    def annotate(self, doc: Document) -> None:
        """Annotate the blocks of ``doc``."""


class Cleaner(ABC):
    """Base class of the built-in cleaners.

    Subclasses set ``name`` and implement :meth:`annotate`. A cleaner holds
    no state between documents, so one instance serves any number of
    documents in any number of threads or processes.

    >>> class NoQuestions(Cleaner):
    ...     name = "questions"
    ...     def annotate(self, doc):
    ...         for block in doc.undecided():
    ...             if block.content.endswith("?"):
    ...                 doc.drop(block, self.name, "dropped: a question to the reader")
    >>> doc = Document.from_text("Did you like this story?\\nThe talks ended on Monday.")
    >>> NoQuestions().annotate(doc)
    >>> doc.render()
    'The talks ended on Monday.'
    >>> NoQuestions()
    NoQuestions()
    """

    name: str = "cleaner"

    @abstractmethod
    def annotate(self, doc: Document) -> None:
        """Annotate the blocks of ``doc`` with :meth:`Document.drop` and
        :meth:`Document.keep`; see the class's example."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class LineRule(Cleaner):
    """A cleaner made from a function of one line.

    ``func(text)`` returns a reason (a short phrase) to drop the line, or
    ``None`` to leave it to the other cleaners. Only blocks no earlier
    cleaner decided are asked, with the line's text without indentation or
    list bullet. The reason shows as ``"dropped: <reason>"``.

    >>> from newsclean import Pipeline, explain
    >>> promo = LineRule("promo", lambda line: "a promo" if line.startswith("PROMO") else None)
    >>> p = Pipeline().with_cleaner(promo, before="region")
    >>> ex = p.explain("PROMO: two months free\\nThe talks ended on Monday, officials said.")
    >>> ex.text
    'The talks ended on Monday, officials said.'
    >>> ex.blocks[0].cleaner, ex.blocks[0].reason
    ('promo', 'dropped: a promo')
    """

    def __init__(self, name: str, func: Callable[[str], str | None]) -> None:
        self.name = name
        self.func = func

    def annotate(self, doc: Document) -> None:
        """Drop each undecided block for which ``func`` gives a reason.

        >>> doc = Document.from_text("Ad: buy now\\nThe talks ended on Monday.")
        >>> LineRule("ads", lambda line: "an ad" if line.startswith("Ad:") else None).annotate(doc)
        >>> [(b.kept, b.reason) for b in doc.blocks]
        [(False, 'dropped: an ad'), (None, '')]
        """
        for block in doc.undecided():
            why = self.func(block.content)
            if why:
                doc.drop(block, self.name, f"dropped: {why}")

    def __repr__(self) -> str:
        return f"LineRule({self.name!r}, {self.func!r})"

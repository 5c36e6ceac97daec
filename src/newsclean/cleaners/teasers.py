"""Teasers: a truncated line ("... were set ...") that repeats the start of
another block, as a teaser repeats the lede.

>>> from newsclean.document import Document
>>> doc = Document.from_text(
...     "Seoul, Jan 6 The ministers were set ...\\n"
...     "Seoul, Jan 6 The ministers were set to hold talks in Seoul on Monday, officials said.")
>>> Teasers().annotate(doc)
>>> doc.render()
'Seoul, Jan 6 The ministers were set to hold talks in Seoul on Monday, officials said.'
"""

from __future__ import annotations

import regex

from ..document import Block, Document
from ..features import features
from .base import Cleaner

__all__ = ["Teasers"]

# A teaser shares at least this many leading words with the text it repeats.
TEASER_MIN_WORDS = 5

# The lookbehind makes a run of dots start a match only once: linear time.
_ELLIPSIS = regex.compile(r"(?:(?<!\.)\.{3,}|…|\[\s*(?:\.{3}|…)\s*\]|\(\s*(?:\.{3}|…)\s*\))\s*$")


class Teasers(Cleaner):
    """Drop truncated teasers that repeat the start of a longer block."""

    name = "teasers"

    def annotate(self, doc: Document) -> None:
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
        keys: list[list[str]] = []
        for block in doc.blocks:
            words = feats[block.index].key.split()
            keys.append(words)
            if len(words) >= TEASER_MIN_WORDS:
                by_start.setdefault(" ".join(words[:TEASER_MIN_WORDS]), []).append(block)
        for block in truncated:
            words = keys[block.index]
            words = words[:-1]  # the last word may be cut
            if len(words) < TEASER_MIN_WORDS:
                continue
            for other in by_start.get(" ".join(words[:TEASER_MIN_WORDS]), ()):
                if other is block:
                    continue
                full = keys[other.index]
                if len(full) > len(words) and full[: len(words)] == words:
                    doc.drop(block, self.name, f"dropped: a teaser repeating block {other.index + 1}")
                    break

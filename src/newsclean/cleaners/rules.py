"""User rules from the configuration: lines always kept, lines always dropped.

>>> from newsclean import Config
>>> from newsclean.document import Document
>>> cfg = Config(drop_contains=("sign up for",), keep_regex=(r"^Photo:",))
>>> doc = Document.from_text("Sign up for our briefing\\nPhoto: AP\\nText.", cfg)
>>> Rules().annotate(doc)
>>> [(b.kept, b.reason) for b in doc.blocks[:2]]
[(False, 'dropped: matches the drop rule "sign up for"'), (True, 'kept: matches the keep rule "^Photo:"')]
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..config import Config
from ..document import Document
from .base import Cleaner

__all__ = ["Rules"]

_Compiled = tuple[tuple[str, regex.Pattern[str]], ...]


@lru_cache(maxsize=32)
def _compile(contains: tuple[str, ...], regexes: tuple[str, ...], case_sensitive: bool) -> _Compiled:
    flags = 0 if case_sensitive else regex.IGNORECASE
    out = [(c, regex.compile(regex.escape(c), flags)) for c in contains if c]
    out += [(r, regex.compile(r, flags)) for r in regexes if r]
    return tuple(out)


def _first(rules: _Compiled, text: str) -> str | None:
    for label, rx in rules:
        if rx.search(text):
            return label
    return None


class Rules(Cleaner):
    """Apply the configuration's keep and drop rules before any cleaner."""

    name = "rules"

    def annotate(self, doc: Document) -> None:
        cfg: Config = doc.config
        keep = _compile(cfg.keep_contains, cfg.keep_regex, cfg.case_sensitive)
        drop = _compile(cfg.drop_contains, cfg.drop_regex, cfg.case_sensitive)
        if not keep and not drop:
            return
        for block in doc.blocks:
            label = _first(keep, block.content) if keep else None
            if label is not None:
                doc.keep(block, self.name, f'kept: matches the keep rule "{label}"', final=True)
                continue
            label = _first(drop, block.content) if drop else None
            if label is not None:
                doc.drop(block, self.name, f'dropped: matches the drop rule "{label}"', final=True)

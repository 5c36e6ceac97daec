"""Navigation, widget and app-prompt labels: whole lines that are chrome.

>>> from newsclean.document import Document
>>> doc = Document.from_text("City\\nEpaper\\nHeadline of the story\\nOpen in App\\nShare 12")
>>> Labels().annotate(doc)
>>> doc.render()
'Headline of the story'
>>> doc.blocks[3].reason
'dropped: "Open in App" is an app label'
"""

from __future__ import annotations

from ..document import Document
from ..lexicon import load_lexicon
from .base import Cleaner

__all__ = ["Labels"]

# Lines longer than this (in characters) are never a label.
LABEL_MAX_CHARS = 60

_ARTICLE = {"app": "an", "navigation": "a", "widgets": "a"}
_NAMES = {"widgets": "widget"}


class Labels(Cleaner):
    """Drop lines that are, as a whole, a navigation, widget or app label
    in any of the lexicon's languages ("Home", "Share", "Open in App",
    "Teilen", "Partager", "Compartir", "12 Comments")."""

    name = "labels"

    def annotate(self, doc: Document) -> None:
        lex = load_lexicon()
        for block in doc.undecided():
            text = block.content
            if len(text) > LABEL_MAX_CHARS:
                continue
            family = lex.label(text)
            if family is not None:
                noun = _NAMES.get(family, family)
                art = _ARTICLE.get(family, "a")
                doc.drop(block, self.name, f'dropped: "{text}" is {art} {noun} label')

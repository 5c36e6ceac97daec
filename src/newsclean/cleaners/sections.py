"""Related-content, comment and newsletter sections.

A heading such as "Related Stories", "Weitere Artikel", "À lire aussi",
"Noticias relacionadas", "Leave a Reply" or "Most Commented" starts a chrome
section. The heading and the blocks under it are dropped until article prose
resumes: a block of at least ``PROSE_MIN_WORDS`` words that ends a sentence.
Prose under a heading (teasers with a summary, comments) is left to the
region cleaner, which weighs it against the article.

>>> from newsclean.document import Document
>>> text = "The talks ended on Monday.\\n\\nRelated Stories\\nPakistan reports polio case\\nFBI arrests judge"
>>> doc = Document.from_text(text)
>>> Sections().annotate(doc)
>>> doc.render()
'The talks ended on Monday.'
"""

from __future__ import annotations

from ..document import Document
from ..features import features
from ..lexicon import load_lexicon
from .base import Cleaner

__all__ = ["Sections"]

# A section runs until a block this long (in words) that ends a sentence.
PROSE_MIN_WORDS = 10
# Headings are short.
HEADING_MAX_CHARS = 70

# Families whose heading drops the short lines under it ("Newsletter" or
# "Follow us" head a box of one or two lines, not a list).
RUN_ON = frozenset({"related", "comments"})

_WHAT = {"related": "related-content", "comments": "comment", "newsletter": "newsletter"}


class Sections(Cleaner):
    """Drop chrome sections: their heading and what follows until prose resumes."""

    name = "sections"

    def annotate(self, doc: Document) -> None:
        lex = load_lexicon()
        feats = features(doc)
        heading: str | None = None
        family = ""
        # the family of the last section heading above each block: evidence
        # for the region cleaner (comments are prose, but not the article)
        under: dict[int, str] = {}
        prev_prose: int | None = None
        doc.meta["section_under"] = under
        memo = doc.memo(__name__)
        for block, f in zip(doc.blocks, feats, strict=True):
            text = block.content
            if len(text) <= HEADING_MAX_CHARS and not f.ends_sentence:
                fam = memo.get(text, "")
                if fam == "":
                    fam = memo[text] = lex.section_heading(text, text_key=f.key)
                if fam is not None:
                    doc.drop(block, self.name, f'dropped: "{text}" heading starts a {_WHAT[fam]} section')
                    if fam in RUN_ON:
                        heading, family, prev_prose = text, fam, None
                    continue
            if family:
                # two paragraphs in a row: the article resumed (teaser lists and
                # comments alternate with titles, names and dates); the first is not "under" either
                if f.words >= PROSE_MIN_WORDS and f.ends_sentence:
                    if prev_prose is not None:
                        under.pop(prev_prose, None)
                        family = ""
                    prev_prose = block.index
                else:
                    prev_prose = None
            if family:
                under[block.index] = family
            if heading is None:
                continue
            if f.words >= PROSE_MIN_WORDS and f.ends_sentence:
                heading = None
                continue
            if block.kept is None:
                doc.drop(block, self.name, f'dropped: under the "{heading}" {_WHAT[family]} heading')
                doc.meta.setdefault("section_runon", set()).add(block.index)

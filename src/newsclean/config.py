"""One immutable configuration, every default in one place.

>>> from newsclean import Config
>>> Config().unicode_form
'NFC'
>>> Config(uncurl_quotes=True).uncurl_quotes
True
>>> cfg = Config().replace(language="de")
>>> cfg.language
'de'
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

UnicodeForm = Literal["NFC", "NFKC"]


@dataclass(frozen=True, slots=True)
class Config:
    """Settings for :func:`newsclean.clean` and its pipeline.

    The configuration is immutable (safe to share between threads and to send
    to worker processes); derive a changed copy with :meth:`replace`.

    Normalization:

    ``unicode_form``
        ``"NFC"`` (default) or ``"NFKC"`` (also folds compatibility characters
        such as full-width letters and ligatures).
    ``fix_mojibake``
        Repair text decoded with the wrong codec, as ftfy does (default on).
    ``unescape_html``
        Turn HTML entities such as ``&amp;`` and ``&#8217;`` into characters.
    ``uncurl_quotes``
        Straighten curly quotes to ``'`` and ``"`` (default off: kept as they are).
    ``keep_spacing``
        Keep the input's runs of spaces, tabs and blank lines as they are
        (default off: runs collapse, trailing spaces go).

    Cleaning:

    ``language``
        ``"auto"`` (default) detects the page language from its function
        words; or a code such as ``"en"``, ``"de"``, ``"fr"``, ``"es"``.
    ``keep_headline``
        Keep the headline above the article (default on).
    ``keep_bylines``
        Keep byline and timestamp lines (default off: dropped).
    ``keep_indent``
        Keep each kept line's leading indentation (default off).
    """

    # normalization
    unicode_form: UnicodeForm = "NFC"
    fix_mojibake: bool = True
    unescape_html: bool = True
    uncurl_quotes: bool = False
    keep_spacing: bool = False
    # cleaning
    language: str = "auto"
    keep_headline: bool = True
    keep_bylines: bool = False
    keep_indent: bool = False

    def __post_init__(self) -> None:
        if self.unicode_form not in ("NFC", "NFKC"):
            raise ValueError(f"unicode_form must be 'NFC' or 'NFKC', not {self.unicode_form!r}")
        if not isinstance(self.language, str) or not self.language:
            raise ValueError("language must be 'auto' or a language code such as 'en'")

    def replace(self, **changes: Any) -> Config:
        """Return a copy with some settings changed.

        >>> Config().replace(keep_bylines=True).keep_bylines
        True
        """
        return dataclasses.replace(self, **changes)


DEFAULT_CONFIG = Config()

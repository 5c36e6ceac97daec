"""newsclean: turn scraped news text into clean article text.

>>> from newsclean import clean
>>> print(clean("Home\\nShare\\nThe talks ended on Monday, officials said after the meeting."))
The talks ended on Monday, officials said after the meeting.
"""

from __future__ import annotations

from functools import lru_cache

from ._version import __version__
from .cleaners import Cleaner, LineRule
from .config import Config, ConfigError
from .document import Block, Document
from .normalize import normalize as _normalize
from .parallel import clean_many
from .pipeline import BlockDecision, Explanation, Pipeline

__all__ = [
    "Block",
    "BlockDecision",
    "Cleaner",
    "Config",
    "ConfigError",
    "Document",
    "Explanation",
    "LineRule",
    "Pipeline",
    "__version__",
    "clean",
    "clean_many",
    "explain",
    "normalize",
]


@lru_cache(maxsize=8)
def _pipeline(config: Config) -> Pipeline:
    return Pipeline(config=config)


def clean(text: str, config: Config | None = None) -> str:
    """Return the article in ``text``: site chrome removed, text normalized.

    The output keeps the input's line structure minus the dropped lines, with
    runs of blank lines collapsed to one and no leading or trailing blank line.

    >>> clean("Open in App\\nBlinken arrived in South Korea late on Sunday for talks.")
    'Blinken arrived in South Korea late on Sunday for talks.'
    """
    return _pipeline(config or Config()).clean(text)


def normalize(text: str, config: Config | None = None) -> str:
    """Normalize ``text`` only (no chrome removal): line breaks, HTML
    entities, mojibake, invisible characters, spacing, Unicode form.

    >>> normalize("Don&#8217;t   panic\\r\\n")
    'Don’t panic'
    """
    return _normalize(text, config or Config())


def explain(text: str, config: Config | None = None) -> Explanation:
    """Clean ``text`` and say why each block was kept or dropped.

    >>> ex = explain("Share\\nThe talks ended on Monday, officials said after the meeting.")
    >>> ex.text == clean("Share\\nThe talks ended on Monday, officials said after the meeting.")
    True
    >>> ex.blocks[0].kept, ex.blocks[0].cleaner
    (False, 'labels')
    """
    return _pipeline(config or Config()).explain(text)

"""The built-in cleaners, one module per family of chrome.

=============== ======================================================
name            what it drops
=============== ======================================================
``rules``       what the configuration's drop rules name (keep rules win)
``labels``      navigation, widget and app labels ("Home", "Share")
``boilerplate`` disclaimers, cookie notices, comment-form prompts
``sections``    related-content, comment and newsletter sections
``bylines``     bylines, timestamps, view counters
``teasers``     truncated teasers repeating another block
``region``      everything outside the article region and its headline
=============== ======================================================
"""

from .base import Cleaner, CleanerLike, LineRule
from .boilerplate import Boilerplate
from .bylines import Bylines
from .labels import Labels
from .region import Region
from .rules import Rules
from .sections import Sections
from .teasers import Teasers

__all__ = [
    "Boilerplate",
    "Bylines",
    "Cleaner",
    "CleanerLike",
    "Labels",
    "LineRule",
    "Region",
    "Rules",
    "Sections",
    "Teasers",
]

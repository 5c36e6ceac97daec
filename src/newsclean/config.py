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
from pathlib import Path
from typing import Any, Literal, get_args

import regex

UnicodeForm = Literal["NFC", "NFKC"]

__all__ = ["DEFAULT_CONFIG", "Config", "ConfigError"]


class ConfigError(ValueError):
    """A configuration value or file is wrong; the message names the key."""


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
    ``keep_captions``
        Keep photo credit and caption lines the ``boilerplate`` cleaner
        recognises ("Photo: AP", "Foto: dpa") (default off: dropped).
    ``keep_indent``
        Keep each kept line's leading indentation (default off).
    ``skip``
        Names of cleaners not to run, e.g. ``("teasers",)``.

    User rules (case-insensitive unless ``case_sensitive``), applied before
    every cleaner: a keep rule wins over every cleaner, a drop rule over
    every cleaner but a keep rule.

    ``keep_contains`` / ``keep_regex``
        Lines containing one of these strings / matching one of these
        regular expressions are always kept.
    ``drop_contains`` / ``drop_regex``
        Lines containing one of these strings / matching one of these
        regular expressions are always dropped.
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
    keep_captions: bool = False
    keep_indent: bool = False
    skip: tuple[str, ...] = ()
    # user rules
    keep_contains: tuple[str, ...] = ()
    keep_regex: tuple[str, ...] = ()
    drop_contains: tuple[str, ...] = ()
    drop_regex: tuple[str, ...] = ()
    case_sensitive: bool = False

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.type in ("bool",) and not isinstance(value, bool):
                raise ConfigError(f"{f.name} must be true or false, not {value!r}")
            if f.type == "tuple[str, ...]":
                if isinstance(value, list):
                    value = tuple(value)
                    object.__setattr__(self, f.name, value)
                if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
                    raise ConfigError(f"{f.name} must be a list of strings, not {value!r}")
        if self.unicode_form not in get_args(UnicodeForm):
            raise ConfigError(f"unicode_form must be 'NFC' or 'NFKC', not {self.unicode_form!r}")
        if not isinstance(self.language, str) or not self.language:
            raise ConfigError(
                f"language must be 'auto' or a language code such as 'en', not {self.language!r}"
            )
        for name in ("keep_regex", "drop_regex"):
            for pattern in getattr(self, name):
                try:
                    regex.compile(pattern)
                except regex.error as exc:
                    raise ConfigError(f"{name}: invalid regular expression {pattern!r}: {exc}") from None

    @classmethod
    def from_toml(cls, path: str | Path) -> Config:
        """Read a configuration from a TOML file whose keys are the field names.

        Unknown keys, wrong types and invalid regular expressions raise
        :class:`ConfigError` with a one-line message naming the key.
        """
        import tomllib  # here: the TOML parser is a few milliseconds to import

        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"{p}: cannot read: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise ConfigError(f"{p}: not UTF-8 text") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{p}: not valid TOML: {exc}") from None
        return cls.from_dict(data, source=str(p))

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str = "config") -> Config:
        """Build a configuration from plain data (as read from TOML or JSON).

        >>> Config.from_dict({"drop_contains": ["Sign up"]}).drop_contains
        ('Sign up',)
        """
        fields = {f.name: f for f in dataclasses.fields(cls)}
        kwargs: dict[str, Any] = {}
        for k, v in data.items():
            if k not in fields:
                raise ConfigError(f"{source}: unknown key {k!r} (known: {', '.join(sorted(fields))})")
            if fields[k].type == "tuple[str, ...]":
                if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                    raise ConfigError(f"{source}: {k} must be a list of strings")
                v = tuple(v)
            elif fields[k].type == "bool" and not isinstance(v, bool):
                raise ConfigError(f"{source}: {k} must be true or false")
            elif fields[k].type in ("str", "UnicodeForm") and not isinstance(v, str):
                raise ConfigError(f"{source}: {k} must be a string")
            kwargs[k] = v
        try:
            return cls(**kwargs)
        except ConfigError as exc:
            raise ConfigError(f"{source}: {exc}") from None

    def replace(self, **changes: Any) -> Config:
        """Return a copy with some settings changed.

        >>> Config().replace(keep_bylines=True).keep_bylines
        True
        """
        return dataclasses.replace(self, **changes)


DEFAULT_CONFIG = Config()

"""newsclean repairs what ftfy repairs and leaves alone what ftfy leaves alone.

The cases are ftfy's own test cases (``ftfy-cases.json``, kept outside the
repository in ``$NEWSCLEAN_SHARED/normalize`` or ``../shared/normalize``);
their ``fixed`` field is what ``ftfy.fix_text`` returns with its defaults.

Both sides are folded before they are compared, and only by documented
policy differences between ftfy's defaults and newsclean's:

* quotes: ftfy's defaults straighten curly quotes (and U+02BC), newsclean
  keeps them unless ``uncurl_quotes``: folded to ``'`` and ``"``;
* ligatures and width: ftfy's defaults split Latin ligatures ("ﬁ") and
  fold full-width/half-width forms, newsclean keeps them unless NFKC: folded
  with ftfy's own tables;
* spaces and controls: newsclean turns no-break and typographic spaces into
  a plain space and drops every control character but ``\\n`` (ftfy keeps
  no-break spaces and the C1 controls Windows-1252 leaves undefined);
* spacing: under the default configuration newsclean also collapses runs of
  spaces and drops trailing spaces; with ``keep_spacing=True`` it does not.

Any other difference is a bug.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from ftfy.chardata import LIGATURES, WIDTH_MAP

from newsclean import Config, normalize

ROOT = Path(__file__).resolve().parents[1]


def _cases_file() -> Path | None:
    env = os.environ.get("NEWSCLEAN_SHARED")
    candidates = [Path(env) / "normalize"] if env else []
    candidates.append(ROOT.parent / "shared" / "normalize")
    for folder in candidates:
        path = folder / "ftfy-cases.json"
        if path.is_file():
            return path
    return None


def _load() -> list[dict[str, Any]]:
    path = _cases_file()
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("ftfy-cases.json not found: set NEWSCLEAN_SHARED (required when CI=true)")
        return []
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return cases


CASES = _load()

_QUOTES = {
    **dict.fromkeys(map(ord, "\u02bc\u2018\u2019\u201a\u201b\u2032"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033"), '"'),
}
_SPACE = re.compile(r"[^\S\n]")  # every whitespace character but the newline
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\xad\u200b\u2060\ufeff]")


def fold(text: str, *, spacing: bool) -> str:
    """The policy folds of the module docstring, applied to either side."""
    text = text.translate(LIGATURES).translate(WIDTH_MAP).translate(_QUOTES)
    text = _CONTROL.sub("", _SPACE.sub(" ", text))
    if spacing:
        text = re.sub(r"(?<=\S) {2,}", " ", text)
        text = "\n".join(line.rstrip(" ") for line in text.split("\n")).strip("\n")
    return text


def _id(case: dict[str, Any]) -> str:
    return f"{case['set']}: {case['label']}"


if not CASES:
    pytestmark = pytest.mark.skip(reason="ftfy-cases.json not found (set NEWSCLEAN_SHARED)")


def test_all_cases_are_there() -> None:
    assert len(CASES) == 151
    assert len(UNCHANGED) >= 25
    assert {c["set"] for c in CASES} == {"in-the-wild", "synthetic", "negative", "language-names"}


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_agrees_with_ftfy(case: dict[str, Any]) -> None:
    got = normalize(case["original"])
    assert fold(got, spacing=True) == fold(case["fixed"], spacing=True)


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_agrees_with_ftfy_keeping_spacing(case: dict[str, Any]) -> None:
    got = normalize(case["original"], Config(keep_spacing=True))
    assert fold(got, spacing=False) == fold(case["fixed"], spacing=False)


UNCHANGED = [c for c in CASES if c["fixed"] == c["original"]]


@pytest.mark.parametrize("case", UNCHANGED, ids=_id)
def test_negative_cases_come_through(case: dict[str, Any]) -> None:
    """What ftfy leaves as it is stays, up to the policy folds."""
    got = normalize(case["original"], Config(keep_spacing=True))
    assert fold(got, spacing=False) == fold(case["original"], spacing=False)


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_output_is_stable(case: dict[str, Any]) -> None:
    once = normalize(case["original"])
    assert normalize(once) == once

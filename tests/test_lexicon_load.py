"""Loading the lexicon fast gives the tables the plain way gives.

The analysis that ``load_lexicon`` runs on every pattern has fast code paths;
these tests hold them to simple reference versions of the same analysis.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.lexicon import (
    _MARK_FIRST,
    _QUANTIFIER,
    SHORT_TRIGGER_LETTERS,
    TRIGGER_MARKS,
    _class_end,
    _closure,
    _has_word,
    _trie,
    _triggers,
    load_lexicon,
)

LEX = load_lexicon()
SOURCES = [source for _, source in LEX.sources]


def has_word_reference(pattern: str, letters: int) -> bool:
    """``_has_word`` one character at a time, without its fast paths."""
    pos = 0

    def alternation() -> bool:
        ok = sequence()
        nonlocal pos
        while pos < len(pattern) and pattern[pos] == "|":
            pos += 1
            ok = sequence() and ok
        return ok

    def sequence() -> bool:
        nonlocal pos
        found = False
        run = 0
        while pos < len(pattern) and pattern[pos] not in "|)":
            ch = pattern[pos]
            letter = group = False
            mark = None
            if ch in _MARK_FIRST:
                mark = next((m for m in TRIGGER_MARKS if pattern.startswith(m, pos)), None)
            if mark is not None:
                pos += len(mark)
                group = True
            elif ch == "(":
                look = pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), pos)
                pos += 1
                if pattern.startswith("?:", pos):
                    pos += 2
                elif pattern.startswith("?P<", pos):
                    pos = pattern.index(">", pos) + 1
                elif pattern.startswith("?", pos):
                    pos = (
                        pattern.index(":", pos) + 1
                        if not look
                        else pos + (3 if pattern[pos + 1] == "<" else 2)
                    )
                group = alternation() and not look
                pos += 1
            elif ch == "[":
                pos = _class_end(pattern, pos)
            elif ch == "\\":
                pos += 2
                if pattern[pos - 1] in "pPN" and pattern.startswith("{", pos):
                    pos = pattern.index("}", pos) + 1
            else:
                letter = ch.islower()
                pos += 1
            q = _QUANTIFIER.match(pattern, pos)
            required = True
            if q is not None:
                required = q.group(0)[0] == "+" or bool(q.group(1) and int(q.group(1)) > 0)
                pos = q.end()
            if letter and required and q is None:
                run += 1
                found = found or run >= letters
            else:
                run = 0
                found = found or (group and required)
        return found

    return alternation()


def _outcome(pattern: str, letters: int, *, reference: bool) -> bool | str:
    """The analysis' answer, or the name of the error it raised."""
    try:
        return (has_word_reference if reference else _has_word)(pattern, letters)
    except (IndexError, ValueError) as e:
        return type(e).__name__


@pytest.mark.parametrize("letters", [1, 2, 3, 4, 5, 8])
def test_has_word_of_every_lexicon_pattern_is_the_reference(letters: int) -> None:
    for source in SOURCES:
        assert _has_word(source, letters) == has_word_reference(source, letters), source


# pieces of patterns: letters, runs, quantifiers, groups, classes, escapes, marks
_PIECES = st.sampled_from(
    [
        *"abcxyzAB éßĳ.^$,:|()[]{}?*+0-=!<>",
        "news",
        "comments",
        "(?:",
        "(?=",
        "(?!",
        "(?<=",
        "(?<!",
        "(?P<name>",
        "(?i:",
        "{2}",
        "{0,3}",
        "{,2}",
        "??",
        "*+",
        "[^]a]",
        "[a\\]]",
        "\\d",
        "\\p{L}",
        "\\(c\\)",
        "©",
        "\\",
    ]
)


@given(
    pieces=st.lists(_PIECES, max_size=16),
    source=st.sampled_from(SOURCES),
    at=st.integers(min_value=0),
    letters=st.integers(min_value=1, max_value=6),
)
def test_has_word_of_any_pattern_is_the_reference(
    pieces: list[str], source: str, at: int, letters: int
) -> None:
    # the pieces alone, and inserted into a lexicon pattern
    cut = at % (len(source) + 1)
    for pattern in ("".join(pieces), source[:cut] + "".join(pieces) + source[cut:]):
        assert _outcome(pattern, letters, reference=False) == _outcome(pattern, letters, reference=True), (
            pattern
        )


def test_the_reference_sees_words() -> None:
    # the reference is not trivially true or false
    assert has_word_reference(r"^(read|see) more\b", 4)
    assert not has_word_reference(r"(photos?)?: \d", 4)


def closure_reference(by_trigger: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
    """``_closure`` by testing every trigger against every other."""
    return {w: tuple(sorted({i for v in by_trigger if v in w for i in by_trigger[v]})) for w in by_trigger}


def _lexicon_triggers() -> dict[str, list[int]]:
    by_trigger: dict[str, list[int]] = {}
    for i, source in enumerate(SOURCES):
        for w in _triggers(source) or _triggers(source, SHORT_TRIGGER_LETTERS):
            by_trigger.setdefault(w, []).append(i)
    return by_trigger


def test_closure_of_the_lexicon_is_the_reference() -> None:
    by_trigger = _lexicon_triggers()
    closure = _closure(by_trigger)
    assert closure == closure_reference(by_trigger) == LEX.by_trigger
    assert list(closure) == list(by_trigger)


@given(
    st.dictionaries(
        st.text("abc©()", min_size=1, max_size=7),
        st.lists(st.integers(0, 20), unique=True).map(sorted),
    )
)
def test_closure_is_the_reference(by_trigger: dict[str, list[int]]) -> None:
    assert _closure(by_trigger) == closure_reference(by_trigger)


def trie_reference(words: list[str]) -> str:
    """``_trie`` by building the tree of prefixes, one node per character."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if "" in node and alts:
            alts.append("")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" if alts else ""

    return emit(root)


def test_trie_of_the_lexicon_is_the_reference() -> None:
    words = list(LEX.by_trigger)
    assert _trie(words) == trie_reference(words) == LEX.triggers.pattern


@given(st.lists(st.text("ab.c*", max_size=5)))
def test_trie_is_the_reference(words: list[str]) -> None:
    assert _trie(words) == trie_reference(words)

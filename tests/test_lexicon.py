"""The lexicon's pattern look-up: a line is only tried against the patterns
whose trigger word it holds, so every line a pattern matches must hold one
of that pattern's triggers, or the pattern must be tried on every line.
"""

from __future__ import annotations

import contextlib
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.lexicon import PATTERN_FLAGS, _has_word, _triggers, load_lexicon, pattern_triggers

LEX = load_lexicon()

# the patterns the standard library's engine can read too (hypothesis writes
# lines for those); the others use the regex module's \p{..} classes
_READABLE: list[tuple[int, re.Pattern[str]]] = []
for _i, (_, _source) in enumerate(LEX.sources):
    with contextlib.suppress(re.error):
        _READABLE.append((_i, re.compile(_source, re.IGNORECASE)))


def test_most_patterns_are_checked_by_the_property() -> None:
    assert len(_READABLE) > 0.9 * len(LEX.sources)


# lines: a block never holds a line break
_LINES = [
    (i, st.from_regex(readable).map(lambda s: s.replace("\n", " ").replace("\r", " ")))
    for i, readable in _READABLE
]
# the patterns in groups, one test each: a line for every pattern of the group
# in each example (all of them at once is more than an example can hold)
_GROUP = 20
_GROUPS = [_LINES[k : k + _GROUP] for k in range(0, len(_LINES), _GROUP)]


@pytest.mark.parametrize(
    "group",
    _GROUPS,
    ids=[
        f"patterns {k}-{k + len(g) - 1}" for k, g in zip(range(0, len(_LINES), _GROUP), _GROUPS, strict=True)
    ],
)
@settings(
    max_examples=5,
    # (a pattern with word boundaries around a wildcard makes from_regex
    # discard many drawn strings)
    suppress_health_check=[HealthCheck.large_base_example, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_a_line_a_pattern_matches_is_tried_on_that_pattern(
    group: list[tuple[int, st.SearchStrategy[str]]], data: st.DataObject
) -> None:
    for i, lines in group:
        line = data.draw(lines, label=LEX.sources[i][1])
        if LEX.compiled_pattern(i).search(line):
            # some pattern matches: this one at least, if the look-up tried it
            assert LEX.pattern(line) is not None, (LEX.sources[i], line)


@pytest.mark.parametrize(
    ("line", "family"),
    [
        # no trigger word: a mark, a pattern tried on every line, or one tried
        # on every line that its start fits
        ("©2020 Derechos Reservados. Example es una marca registrada.", "disclaimers"),
        ("(c) 2019 Example Media", "disclaimers"),
        ("Get the app", "app"),
        ("Nom *", "comments"),
        ("[vc_row]", "markup"),
        # a bracket or a slash, the marks of last resort
        ("Die Minister trafen sich am Montag in Brüssel. (AP)", "credits"),
        ("(Foto: Erika Muster / dpa)", "credits"),
        ("12 / 40", "gallery"),
    ],
)
def test_lines_without_a_trigger_word_are_matched(line: str, family: str) -> None:
    assert LEX.pattern(line) == family


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"^\d+ (comments?|replies) (to|on)\b", {"comment", "replies"}),
        (r"^(copyright|\d{4})\s", set()),
        # marks count as words: "©" and "(c)" are in every line it matches
        (r"^(copyright|\(c\)|©)\s*\d{4}", {"copyright", "(c)", "©"}),
        (r"get (our|the) (free )?app", set()),  # "free" can be left out
        # of the words every match holds, the rarest: the longest
        (r"^(read|see) (more|also) stories\b", {"stories"}),
        (r"^(read|see) (more|also) news\b", {"news"}),  # one word, not two
        (r"^(read more|see also) news\b", {"news"}),
        (r"^(read more|see also):", {"read", "also"}),  # a word of each alternative
        (r"(?=.*\bnews)\d+", set()),  # a look-ahead holds no word
        (r"[a-z]{4,} news", {"news"}),
        (r"(?:breaking )+news", {"breaking"}),
        (r"(?:breaking )*news", {"news"}),
        (r"^(?!.*\b(wurde|war)\b)zum thema\b", {"thema"}),  # not the look-ahead's
        (r"^(eine )?große (welt|sache)", {"welt", "sache"}),  # casefold(): "grosse"
        (r"comments?", {"comment"}),
        (r"[^]x]+ news", {"news"}),  # "]" right after "[^" is in the class
        (r"[^]news]", set()),
    ],
)
def test_triggers(pattern: str, words: set[str]) -> None:
    assert _triggers(pattern) == words
    assert _has_word(pattern) == bool(words)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"get (our|the) (free )?app", {"get"}),
        # no word of three letters in "ap": the bracket or the slash
        (r"\(\w+/ ?(ap|afp)\)\s*$", {"("}),
        (r"\(?\w+/ ?(ap|afp)\)\s*$", {"/"}),
        (r"^.{10,200}[.!?] \((ap|afp)\)$", {"("}),
        (r"^\d+ / \d+$", {"/"}),
        (r"^\(c\) \d{4}", {"(c)"}),  # a mark of the first rank: no bracket
        # optional, or in a class or a look-around: no mark
        (r"^\(?\w+ /? ?ap\b", set()),
        (r"^\w+[(/]\w{2}$", set()),
        (r"^(?<=\()ap\)", set()),
    ],
)
def test_triggers_of_last_resort(pattern: str, words: set[str]) -> None:
    assert pattern_triggers(pattern) == words


def test_function_words_are_the_last_triggers() -> None:
    assert pattern_triggers(r"^(über|nach) dem thema") == {"thema"}
    assert pattern_triggers(r"^über dem thema", frozenset({"über", "dem"})) == {"thema"}
    assert pattern_triggers(r"^über den mond", frozenset({"über", "den"})) == {"mond"}
    assert pattern_triggers(r"^über den", frozenset({"über", "den"})) == {"über"}


def test_a_trigger_that_starts_inside_another_is_found() -> None:
    # "kein" + "einer" in "keinerlei": the look-up reads every position, not
    # only those after the last trigger found, so a pattern whose one trigger
    # is "einer" is tried on the line
    words = list(LEX.by_trigger)
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w)
    checked = 0
    for a in words:
        for k in range(1, len(a)):
            for b in by_first.get(a[k], ()):
                if len(b) > len(a) - k and b.startswith(a[k:]):
                    assert b in LEX.triggers.findall(a[:k] + b), (a, b)
                    checked += 1
    assert checked > 1000


def test_every_pattern_compiles_with_the_lexicon_flags() -> None:
    for i in range(len(LEX.sources)):
        assert LEX.compiled_pattern(i).flags & PATTERN_FLAGS == PATTERN_FLAGS

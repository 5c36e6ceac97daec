"""The lexicon's pattern look-up: a line is only tried against the patterns
whose trigger word it holds, so every line a pattern matches must hold one
of that pattern's triggers, or the pattern must be tried on every line.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.lexicon import (
    _ANY_RUN,
    _LETTER_RUNS,
    LOW_RANGES,
    NOT_LOW,
    NOT_PLAIN,
    PATTERN_FLAGS,
    WORD_MEMO_CHARS,
    WORD_MEMO_MAX,
    _has_word,
    _low_letter_runs,
    _triggers,
    load_lexicon,
    pattern_triggers,
)

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
# in each example (all of them at once is more than an example can hold; with
# the Japanese and Korean patterns in a group of twenty, hypothesis gave up:
# every example it drew was over its size; ten is under it)
_GROUP = 10
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
        if NOT_PLAIN.search(line) is None:
            # the standard library's engine finds the same match on the line
            plain, full = LEX.plain_pattern(i).search(line), LEX.compiled_pattern(i).search(line)
            assert (plain and plain.span()) == (full and full.span()), (LEX.sources[i], line)


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
                    assert b in LEX.trigger_words(a[:k] + b), (a, b)
                    checked += 1
    assert checked > 1000


def test_every_pattern_compiles_with_the_lexicon_flags() -> None:
    for i in range(len(LEX.sources)):
        assert LEX.compiled_pattern(i).flags & PATTERN_FLAGS == PATTERN_FLAGS


# every code point of the Basic Multilingual Plane but the surrogates, and the
# emoji's
_BMP = "".join(chr(c) for c in [*range(0xD800), *range(0xE000, 0x10000), *range(0x1F000, 0x1FB00)])
_PLAIN = "".join(c for c in _BMP if NOT_PLAIN.match(c) is None)


@pytest.mark.parametrize(
    "probe",
    [
        r"\w",
        r"\W",
        r"\s",
        r"\S",
        r"\d",
        r"\D",
        r"\b",
        r"\B",
        r".",
        r"[a-z]",
        r"[^a-z]",
        r"[à-ÿ]",
        r"[^\W\d_]",
    ],
)
def test_plain_characters_match_the_same_in_both_engines(probe: str) -> None:
    # on a line of these characters a lexicon pattern runs in re (see
    # Lexicon.plain_pattern): its classes and word boundaries match there
    # as in regex, case-insensitively or not
    for text in (_PLAIN, _PLAIN[::-1], " ".join(_PLAIN)):
        for re_flags, regex_flags in ((0, regex.V0), (re.IGNORECASE, PATTERN_FLAGS)):
            plain = [m.span() for m in re.finditer(probe, text, re_flags)]
            assert plain == [m.span() for m in regex.finditer(probe, text, regex_flags)], (probe, re_flags)


def test_plain_characters_have_the_same_cases_in_both_engines() -> None:
    # a pattern's letter (any character but "ı" and "İ", which re takes for
    # cases of "i": such a pattern stays with regex) matches a plain character
    # of a line in re.IGNORECASE exactly when it does with the lexicon's flags
    assert len(_PLAIN) > 1000
    assert all(c in _PLAIN for c in "äßłő„“–€→ЖжΣς❤🙂")
    assert not any(c in _PLAIN for c in "ı²\x1c\u0301")
    letters = _BMP.replace("ı", "").replace("İ", "")
    for c in _PLAIN:
        cased = re.findall(re.escape(c), letters, re.IGNORECASE)
        assert cased == regex.findall(regex.escape(c), letters, PATTERN_FLAGS), c


@pytest.mark.parametrize(
    ("line", "family"),
    [
        # lines of plain characters (the standard library's engine) and not
        ("Jetzt die App herunterladen", "app"),
        ("Jetzt die App herunterladen ²", "app"),
        ("Teilen Sie diesen Artikel auf Facebook", None),
        ("Lire aussi : la réforme des retraites", "related"),
        ("Lire aussi ı la réforme", "related"),
        ("Czytaj także: nowe przepisy", "related"),
        ("Der Gemeinderat beschloss am Montag die Sanierung der Kaimauer.", None),
        ("Le conseil municipal a voté lundi la rénovation du vieux port.", None),
    ],
)
def test_plain_and_other_lines_find_the_same_family(line: str, family: str | None) -> None:
    assert LEX.pattern(line) == family


@pytest.mark.parametrize(
    "source",
    [
        r"^[[a-z]+ more\b",  # "[[" in a class: re warns it may read a nested set one day
        r"\bp\p{L}+ kaydet\b",  # \p{..}: regex only
        r"\bpayla\u015f\u0131n\b",  # "ı" (re takes it for a case of "i"), as an escape
        "\\bpayla\u015f\u0131n\\b",  # and as itself
    ],
)
def test_patterns_re_cannot_read_alike_stay_with_regex(source: str) -> None:
    lex = dataclasses.replace(LEX, sources=(("widgets", source),), compiled=[None], plain=[None, None])
    assert isinstance(lex.plain_pattern(0), regex.Pattern)
    plain = dataclasses.replace(lex, sources=(("widgets", "more"),), compiled=[None], plain=[None, None])
    assert isinstance(plain.plain_pattern(0), re.Pattern)


def test_patterns_in_scripts_without_case_have_triggers() -> None:
    # Chinese, Japanese and Korean patterns: a literal run of two characters
    # counts as a trigger word, so none is tried on every line
    from newsclean.lexicon import _letter_weight, pattern_triggers

    lex = load_lexicon()
    uncased = [src for _, src in lex.sources if any(_letter_weight(c) == 2 for c in src)]
    assert len(uncased) >= 10
    for src in uncased:
        assert pattern_triggers(src), src
    always = {lex.sources[i][1] for i in lex.always}
    assert not always & set(uncased)
    assert pattern_triggers("^(分享到|分享至)\\s*[:：]?") == {"分享到", "分享至"}
    # a single character is no trigger: the pattern would be tried on every line
    assert pattern_triggers("^(图|图片)\\s*[:：]") == set()


def test_a_pattern_opening_with_any_characters_is_tried_alone_and_still_matches() -> None:
    # ("^.{10,250}…" in the start gate's alternation keeps the engine from
    # failing fast on every line: such a pattern is tried on its own)
    line = "The harbour at dawn on Monday, seen from the old pier. By PORT AUTHORITY OF EXAMPLE"
    # (tried on every line, or on the lines holding its two-letter trigger)
    opening = [i for i, (_, source) in enumerate(LEX.sources) if _ANY_RUN.match(source)]
    assert opening
    assert not set(opening) & set(LEX.anchored)
    assert any(LEX.compiled_pattern(i).search(line) for i in opening)
    assert LEX.pattern(line) == "credits"


def test_comment_mark_tables_are_their_word_lists_joined() -> None:
    # (sections._comment_marks reads these, made once with the lexicon)
    lex = load_lexicon()
    assert lex.reply_marks == lex.reply_words | lex.reply_with
    assert lex.time_marks == lex.relative | lex.ago | lex.ago_more
    assert lex.time_units == {w for w in (lex.relative | lex.ago_more) - lex.ago if len(w) >= 3}
    assert lex.mark_firsts == lex.reply_marks | lex.time_marks
    assert {"reply", "antworten", "répondre", "responder"} <= lex.reply_marks
    assert {"hours", "stunden", "heures", "horas"} <= lex.time_units
    assert "" not in lex.mark_firsts


def _tried(lex: object, low: str) -> set[int]:
    # the patterns of the trigger words the trie finds at every position of the line
    assert isinstance(lex, type(LEX))
    return set(lex.always).union(*(lex.by_trigger[w] for w in lex.trigger_words(low)))


_MARKS = sorted({w for w in LEX.by_trigger if not w.isalpha()})


@pytest.mark.parametrize(
    "low",
    [
        "",
        "nothing to see in this line at all",
        "kommentare (12) · partagez ça / teilen | mehr",
        "le dossier (c) 2031 la gazette, tous droits réservés",
        "keinerlei einwände, sagte die ministerin am abend.",
        "© 2031 beispielverlag gmbh → weiter",
        "新闻 分享到 微博 · 评论 3",
        "jane_roe@example @janeroe photo/foto: j. roe",
        "x9share9y shareit it's l'abonnement",
    ],
)
def test_candidates_are_the_patterns_of_the_trigger_words(low: str) -> None:
    # (looked up run by run of letters, the marks in the whole line)
    lex = dataclasses.replace(LEX, word_patterns={})
    assert lex.candidates(low) == _tried(lex, low)
    assert lex.candidates(low) == _tried(lex, low)  # from the memo, the same


def test_every_trigger_is_found_inside_a_word_and_beside_marks() -> None:
    lex = dataclasses.replace(LEX, word_patterns={})
    words = sorted(lex.by_trigger)
    for k, w in enumerate(words):
        mark = _MARKS[k % len(_MARKS)]
        for low in (f"ab{w}cd 3{w}", f"{mark}{w}{mark} x", f"{w[1:]} {w[:-1]}_{w}"):
            assert lex.candidates(low) == _tried(lex, low), low


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(alphabet="aceiklmnorstuäé'’-_ 0123(/)|©@→ⓒ分享到評論", max_size=60))
def test_candidates_match_the_trie_on_any_line(low: str) -> None:
    assert LEX.candidates(low) == _tried(LEX, low)


def test_the_runs_of_a_low_line_are_the_letter_runs() -> None:
    # (candidates reads a low line's runs with the class spelled out: the
    # same characters, each of the low ranges)
    for lo, end in LOW_RANGES:
        for cp in range(lo, end):
            c = chr(cp)
            assert (_low_letter_runs().fullmatch(c) is None) == (_LETTER_RUNS.fullmatch(c) is None), hex(cp)
    # (and an ASCII line's, split with bytes methods: each ASCII character
    # between letters and beside a trigger word)
    lex = dataclasses.replace(LEX, word_patterns={})
    for cp in range(128):
        for low in (f"ab{chr(cp)}cd", f"{chr(cp)}kommentare{chr(cp)}", f"kommentar{chr(cp)}"):
            assert lex.candidates(low) == _tried(lex, low), repr(low)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(alphabet="abcXYZ019_ -'’.,:(/)|©@→ßäöüéèçñøåæœıİ\u0301µªºάωжЖ\u1e9eⅫ²", max_size=60))
def test_candidates_of_ascii_and_low_lines_match_the_trie(line: str) -> None:
    # an ASCII line is split with bytes methods, a low one with the spelled
    # class: the same runs of letters, the same patterns
    assert NOT_LOW.search(line) is None
    lex = dataclasses.replace(LEX, word_patterns={})
    low = line.casefold()
    assert lex.candidates(low) == _tried(lex, low)
    assert lex.candidates(line) == _tried(lex, line)  # (upper case too)
    assert _low_letter_runs().findall(line) == _LETTER_RUNS.findall(line)


def test_the_memo_of_letter_runs_stays_small() -> None:
    lex = dataclasses.replace(LEX, word_patterns={})
    lex.candidates("x" * (WORD_MEMO_CHARS + 1) + " kommentare")
    assert set(lex.word_patterns) == {"kommentare"}  # (a long run is not kept)
    runs = [
        f"w{chr(0x61 + n % 26)}{chr(0x61 + n // 26 % 26)}{chr(0x61 + n // 676 % 26)}{chr(0x61 + n // 17576)}"
        for n in range(WORD_MEMO_MAX + 10)
    ]
    lex.candidates(" ".join(runs))
    assert 0 < len(lex.word_patterns) <= WORD_MEMO_MAX


# Patterns rewritten to fail fast (their end read first, backwards, by a
# look-behind; or the search given up at the first position when the line's
# end cannot hold the match): the same span as the plain form on any line.
_CREDIT_TAIL = "(?-i:\\p{Lu}[\\p{Lu}.&'’ -]{2,60})$"
_AGENCIES = (
    "(getty ?images|shutterstock|istock(photo)?|adobe ?stock|stock\\.adobe|depositphotos|unsplash|pixabay|"
    "pexels|fotolia|imago( images)?|picture[ -]alliance|123rf|dreamstime|alamy)"
)
_PLAIN_FORMS = {
    **{
        f"^.{{10,250}}\\p{{Ll}}{{2}}[.!?]\\s+{w} {_CREDIT_TAIL}": w
        for w in ("by", "von", "par", "por", "door")
    },
    f"(^|\\s){_AGENCIES}(\\.com)?\\s*[/|]\\s*[\\p{{L}}\\d ._-]{{2,40}}$": "getty images",
}
_PIECES = [
    "by",
    "von",
    "par",
    "por",
    "door",
    "getty images",
    "gettyimages",
    "istockphoto",
    "imago",
    "picture-alliance",
    "123rf",
    ".com",
    "a",
    "zz",
    "Anna",
    "ANNA",
    "DPA",
    "O'NEIL",
    "&",
    "-",
    ".",
    "!",
    "?",
    "/",
    "|",
    " ",
    "  ",
    "\t",
    "é",
    "É",
    "9",
    "(",
    ")",
    "_",
]


def _fast_form(plain: str) -> regex.Pattern[str]:
    # (the lexicon's form: a look-ahead or a group before the plain form's
    # pattern, its "^" apart; Spanish and Portuguese share the "por" credit)
    tail = plain.removeprefix("^")
    found = {source for _, source in LEX.sources if source != plain and source.endswith(tail)}
    assert len(found) == 1, plain
    return regex.compile(found.pop(), PATTERN_FLAGS)


_PAIRS = [(regex.compile(plain, PATTERN_FLAGS), _fast_form(plain)) for plain in _PLAIN_FORMS]


# (a line's end from the words and characters of a credit, so that many lines match)
_WORDS = [
    "by ",
    "von ",
    "par ",
    "por ",
    "door ",
    "getty images",
    "imago",
    "123rf.com",
    "picture alliance",
    "",
]


def _ends(word: str) -> st.SearchStrategy[str]:
    return st.tuples(
        st.sampled_from(["ab.", "zz!", "xé?", "ab. ", "A."]),
        st.sampled_from([" ", " ", "  ", "\t", ""]),
        st.sampled_from([word] * 8 + _WORDS),
        st.sampled_from(["", "", "", "", " / ", "|", "/", " | "]),
        st.lists(
            st.sampled_from(["ANNA", "O'NEIL", "É", "-", "&", " ", ".", "J.", "ROE"]), min_size=1, max_size=8
        ),
        st.sampled_from(["", "", "", "", "", "9", "é", "Anna", "_", "/"]),
    ).map(lambda parts: "".join(parts[:4]) + "".join(parts[4]) + parts[5])


@pytest.mark.parametrize("k", range(len(_PAIRS)))
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_fast_forms_match_as_the_plain_ones(k: int, data: st.DataObject) -> None:
    plain, fast = _PAIRS[k]
    word = list(_PLAIN_FORMS.values())[k]
    body = data.draw(st.lists(st.sampled_from(_PIECES), min_size=10, max_size=90).map("".join))
    line = body + data.draw(_ends(word if word.endswith("s") else word + " "))
    p, f = plain.search(line), fast.search(line)
    assert (p and p.span()) == (f and f.span()), (plain.pattern, line)


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("The harbour at dawn, seen from the old pier. " * 3 + "Von ANNA MÜLLER-ROE", "von"),
        ("A street at night in the old town, after the rain. By JANE O'ROE & J. DOE", "by"),
        ("The quay at dawn, seen from a boat on the river.  Par JEAN ROE", "par"),
        ("A market on Sunday morning in the old square. Por ANA ROE", "por"),
        ("Ein Hafen im Nebel, am Morgen. Foto: Getty Images / Jane Roe", "getty images"),
        ("Ein Hafen im Nebel | picture alliance|dpa", "getty images"),
    ],
)
def test_the_fast_forms_find_their_credits(line: str, word: str) -> None:
    for (plain, fast), w in zip(_PAIRS, _PLAIN_FORMS.values(), strict=True):
        if w == word:
            p, f = plain.search(line), fast.search(line)
            assert p is not None
            assert f is not None
            assert f.span() == p.span()

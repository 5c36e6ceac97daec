"""Loading the lexicon fast gives the tables the plain way gives.

The analysis that ``load_lexicon`` runs on every pattern has fast code paths;
these tests hold them to simple reference versions of the same analysis.
"""

from __future__ import annotations

import dataclasses
import marshal
import os
import re
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import lexicon
from newsclean.lexicon import (
    _QUANTIFIER,
    CACHE_DIR_ENV,
    LAST_RESORT_MARKS,
    TRIGGER_MARKS,
    Lexicon,
    _analysis_digest,
    _check,
    _class_end,
    _closure,
    _data_files,
    _has_word,
    _letter_weight,
    _load_lexicon,
    _read_analysis,
    _trie,
    _triggers,
    all_stopwords,
    cache_dir,
    lexicon_triggers,
    load_lexicon,
    pattern_triggers,
)

LEX = load_lexicon()
SOURCES = [source for _, source in LEX.sources]


def has_word_reference(pattern: str, letters: int, marks: dict[str, str] = TRIGGER_MARKS) -> bool:
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
        run = weight = 0
        while pos < len(pattern) and pattern[pos] not in "|)":
            ch = pattern[pos]
            letter = group = False
            mark = None
            mark = next((m for m in marks if pattern.startswith(m, pos)), None)
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
                end = _class_end(pattern, pos)
                members = pattern[pos + 1 : end - 1]
                # a class of one-character marks: a match holds one of them
                group = bool(members) and all(c in marks for c in members)
                pos = end
            elif ch == "\\":
                pos += 2
                if pattern[pos - 1] in "pPN" and pattern.startswith("{", pos):
                    pos = pattern.index("}", pos) + 1
            else:
                weight = _letter_weight(ch)  # 1 a lower-case letter, 2 Han, Kana or Hangul
                letter = weight > 0
                pos += 1
            q = _QUANTIFIER.match(pattern, pos)
            required = True
            if q is not None:
                required = q.group(0)[0] == "+" or bool(q.group(1) and int(q.group(1)) > 0)
                pos = q.end()
            if letter and required and q is None:
                run += weight
                found = found or run >= letters
            else:
                run = 0
                found = found or (group and required)
        return found

    return alternation()


def _outcome(pattern: str, letters: int, marks: dict[str, str], *, reference: bool) -> bool | str:
    """The analysis' answer, or the name of the error it raised."""
    try:
        return (has_word_reference if reference else _has_word)(pattern, letters, marks)
    except (IndexError, ValueError) as e:
        return type(e).__name__


@pytest.mark.parametrize("marks", [TRIGGER_MARKS, LAST_RESORT_MARKS], ids=["marks", "last resort"])
@pytest.mark.parametrize("letters", [1, 2, 3, 4, 5, 8])
def test_has_word_of_every_lexicon_pattern_is_the_reference(letters: int, marks: dict[str, str]) -> None:
    for source in SOURCES:
        assert _has_word(source, letters, marks) == has_word_reference(source, letters, marks), source


# pieces of patterns: letters, runs, quantifiers, groups, classes, escapes, marks
_PIECES = st.sampled_from(
    [
        *"abcxyzAB éßĳ.^$,:|()[]{}?*+0-=!<>",
        *"新闻기사ニ",
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
        "\\(",
        "/",
        "©",
        "@",
        "→",
        "[→⟶]",
        "[^←]",
        "[/@]",
        "[/|]",
        "\\|",
        "\\",
    ]
)


@given(
    pieces=st.lists(_PIECES, max_size=16),
    source=st.sampled_from(SOURCES),
    at=st.integers(min_value=0),
    letters=st.integers(min_value=1, max_value=6),
    marks=st.sampled_from([TRIGGER_MARKS, LAST_RESORT_MARKS]),
)
def test_has_word_of_any_pattern_is_the_reference(
    pieces: list[str], source: str, at: int, letters: int, marks: dict[str, str]
) -> None:
    # the pieces alone, and inserted into a lexicon pattern
    cut = at % (len(source) + 1)
    for pattern in ("".join(pieces), source[:cut] + "".join(pieces) + source[cut:]):
        assert _outcome(pattern, letters, marks, reference=False) == _outcome(
            pattern, letters, marks, reference=True
        ), pattern


def test_the_reference_sees_words() -> None:
    # the reference is not trivially true or false
    assert has_word_reference(r"^(read|see) more\b", 4)
    assert not has_word_reference(r"(photos?)?: \d", 4)
    # two characters of a script without case count as four letters
    assert has_word_reference(r"^(关联|관련)\s*:", 4)
    assert not has_word_reference(r"^(关|관)\s*:", 4)


def test_a_bar_is_a_trigger_of_last_resort() -> None:
    # a credit whose only required text is a bar or a slash ("Agency | Name")
    # is tried only on lines holding one, not on every line
    assert pattern_triggers(r"(^|\s)(agencyx|12ab)\s*[/|]\s*\w+$") == {"/", "|"}
    assert pattern_triggers(r"^\d+ \| \d+$") == {"|"}
    # a bar in a class with another member stands for nothing
    assert pattern_triggers(r"^\d+ [|:] \d+$") == set()


def test_arrows_and_at_signs_are_triggers_of_last_resort() -> None:
    # a pattern with no word but an arrow or an "@" is tried only on lines
    # holding one, not on every line
    assert pattern_triggers(r"^[^\n]{1,200}[→⟶]\s*$") == {"→", "⟶"}
    assert pattern_triggers(r"^[←⟵]\s*\S.{0,200}$") == {"←", "⟵"}
    assert pattern_triggers(r"^(?-i:\p{Lu})\w*,? @\w{2,30}$") == {"@"}
    # a class that can match something else, or need not match, holds no mark
    assert pattern_triggers(r"^[^→]{1,20}$") == set()
    assert pattern_triggers(r"^\w+ [→a]$") == set()
    assert pattern_triggers(r"^\w+ [→⟶]?$") == set()
    # a word still comes first
    assert pattern_triggers(r"^next post [→⟶]$") == {"next"}


def closure_reference(by_trigger: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
    """``_closure`` by testing every trigger against every other."""
    return {w: tuple(sorted({i for v in by_trigger if v in w for i in by_trigger[v]})) for w in by_trigger}


def _lexicon_triggers() -> dict[str, list[int]]:
    by_trigger: dict[str, list[int]] = {}
    for i, source in enumerate(SOURCES):
        for w in lexicon_triggers(source, all_stopwords()):
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
    assert _trie(words) == trie_reference(words)
    # the words that start with a Latin letter or a mark in one, the others in another
    latin = [w for w in words if w[0] <= "\u024f"]
    script = [w for w in words if w[0] > "\u024f"]
    assert latin
    assert script
    assert LEX.triggers.pattern == f"(?=({_trie(latin)}))"
    assert LEX.script_triggers.pattern == f"(?=({_trie(script)}))"
    assert {ch for w in script for ch in w[0]} == {
        ch for ch in map(chr, range(0x250, 0x10000)) if LEX.script_gate.fullmatch(ch)
    }


@given(st.lists(st.text("ab.c*", max_size=5)))
def test_trie_is_the_reference(words: list[str]) -> None:
    assert _trie(words) == trie_reference(words)


# -- the analysis cached on disk ---------------------------------------------------


def tables(lexicon: Lexicon) -> dict[str, Any]:
    """Every table of ``lexicon``, the trigger pattern as its source."""
    out = {f.name: getattr(lexicon, f.name) for f in dataclasses.fields(lexicon)}
    out["triggers"] = (lexicon.triggers.pattern, lexicon.triggers.flags)
    out["script_triggers"] = (lexicon.script_triggers.pattern, lexicon.script_triggers.flags)
    out["script_gate"] = lexicon.script_gate.pattern
    out["mark_triggers"] = (lexicon.mark_triggers.pattern, lexicon.mark_triggers.flags)
    out["mark_gate"] = lexicon.mark_gate.pattern
    del out["word_patterns"]  # (a memo, filled as lines are read)
    # (plain_code: made only for a cache, see test_a_cached_analysis_makes_the_plain_patterns_without_re)
    del out["compiled"], out["gate"], out["plain"], out["plain_code"]
    return out


UNCACHED = tables(_load_lexicon(None))


def cache_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("lexicon-*.marshal"))


def test_a_cached_analysis_is_the_analysis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert tables(LEX) == UNCACHED
    missed = _load_lexicon(str(tmp_path / "cache"))  # the folder is made
    assert tables(missed) == UNCACHED
    assert len(cache_files(tmp_path / "cache")) == 1
    # read back, without analysing
    monkeypatch.setattr(lexicon, "_analyse", None)
    hit = _load_lexicon(str(tmp_path / "cache"))
    assert tables(hit) == UNCACHED
    assert [type(v) for v in tables(hit).values()] == [type(v) for v in UNCACHED.values()]
    assert list(hit.by_trigger) == list(missed.by_trigger)
    assert all(rx is None for rx in hit.compiled)
    assert hit.gate == [None]


def test_a_cached_analysis_makes_the_plain_patterns_without_re(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the code re would compile is kept in the cache file; the patterns made
    # from it are the ones re.compile makes, without its parser
    _load_lexicon(str(tmp_path))
    hit = _load_lexicon(str(tmp_path))
    uncached = _load_lexicon(None)
    assert uncached.plain_code == ()
    assert len(hit.plain_code) == len(hit.sources)
    kept = [i for i, code in enumerate(hit.plain_code) if code is not None]
    assert len(kept) > len(hit.sources) * 9 // 10

    def no_parser(*args: object, **kwargs: object) -> None:
        raise AssertionError("re's parser was run")

    with monkeypatch.context() as patch:
        patch.setattr(lexicon.re, "compile", no_parser)
        made = [hit.plain_pattern(i) for i in kept]
    assert made == [uncached.plain_pattern(i) for i in kept]
    assert all(isinstance(rx, re.Pattern) for rx in made)
    # (the others, with no code kept, compiled as without a cache)
    # (compared on source and flags: a `regex` pattern equals another only
    # when it is the same object, which that module's cache of compiled
    # patterns returns only while it holds it)
    others = [i for i, code in enumerate(hit.plain_code) if code is None][:5]
    assert others
    made_others = [hit.plain_pattern(i) for i in others]
    assert [(rx.pattern, rx.flags, type(rx)) for rx in made_others] == [
        (rx.pattern, rx.flags, type(rx)) for rx in (uncached.plain_pattern(i) for i in others)
    ]


def _damage(how: str, file: Path) -> None:
    data = file.read_bytes()
    if how == "byte":
        middle = len(data) // 2
        file.write_bytes(data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :])
    elif how == "truncated":
        file.write_bytes(data[: len(data) // 3])
    elif how == "empty":
        file.write_bytes(b"")
    elif how == "check only":  # the 32 bytes of the check and nothing else
        file.write_bytes(data[-32:])
    elif how == "folder":
        file.unlink()
        file.mkdir()


@pytest.mark.parametrize("how", ["byte", "truncated", "empty", "check only", "folder"])
def test_a_damaged_cache_file_is_analysed_anew(tmp_path: Path, how: str) -> None:
    _load_lexicon(str(tmp_path))
    (file,) = cache_files(tmp_path)
    _damage(how, file)
    assert tables(_load_lexicon(str(tmp_path))) == UNCACHED
    if how != "folder":  # rewritten
        assert _read_analysis(str(tmp_path), file.name[len("lexicon-") : -len(".marshal")]) is not None


def test_a_cache_file_under_another_name_is_not_read(tmp_path: Path) -> None:
    _load_lexicon(str(tmp_path))
    (file,) = cache_files(tmp_path)
    other = "0" * 64
    file.rename(tmp_path / f"lexicon-{other}.marshal")
    assert _read_analysis(str(tmp_path), other) is None


def test_valid_data_of_another_shape_is_not_used(tmp_path: Path) -> None:
    digest = "1" * 64
    for wrong in ({"labels": {}}, ["not", "a", "dict"], {**UNCACHED, "extra": 1}):
        payload = marshal.dumps(
            {k: v for k, v in wrong.items() if k != "triggers"} if isinstance(wrong, dict) else wrong
        )
        (tmp_path / f"lexicon-{digest}.marshal").write_bytes(payload + _check(digest, payload))
        assert _read_analysis(str(tmp_path), digest) is None


def test_a_cache_folder_that_cannot_be_made_means_no_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    assert tables(_load_lexicon(str(blocker))) == UNCACHED
    assert tables(_load_lexicon(str(blocker / "below"))) == UNCACHED
    assert blocker.read_text() == "not a folder"


def test_a_cache_file_that_cannot_be_written_means_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(lexicon.os, "replace", full)
    assert tables(_load_lexicon(str(tmp_path))) == UNCACHED
    assert list(tmp_path.iterdir()) == []  # the temporary file is gone too


def test_the_last_analyses_of_other_lexicons_are_kept(tmp_path: Path) -> None:
    # five analyses of other lexicons (or installed versions), written one
    # after another; the folder keeps the new one and the three written last
    older = []
    for n in range(5):
        file = tmp_path / f"lexicon-{str(n) * 64}.marshal"
        file.write_bytes(b"another lexicon's analysis")
        os.utime(file, (1_000_000 + n, 1_000_000 + n))
        older.append(file)
    unrelated = tmp_path / "notes.txt"
    unrelated.write_text("kept")
    _load_lexicon(str(tmp_path))
    assert [f.exists() for f in older] == [False, False, True, True, True]
    assert unrelated.exists()
    assert len(cache_files(tmp_path)) == lexicon._CACHE_KEEP


def test_two_versions_sharing_a_folder_keep_their_analyses(tmp_path: Path) -> None:
    other = tmp_path / f"lexicon-{'2' * 64}.marshal"
    other.write_bytes(b"the other version's analysis")
    _load_lexicon(str(tmp_path))
    assert other.exists()
    assert len(cache_files(tmp_path)) == 2


def _files_of(folder: str) -> list[tuple[str, str]]:
    return _data_files(folder, ".toml" if folder == "lexicon" else ".txt")


def test_the_cache_file_is_named_after_every_input() -> None:
    lexicon_files, stopword_files = _files_of("lexicon"), _files_of("stopwords")
    base = _analysis_digest(lexicon_files, stopword_files)
    assert base is not None
    assert base == _analysis_digest(lexicon_files, stopword_files)
    (lang, text), *rest = lexicon_files
    changed = [
        [(lang, text + " "), *rest],  # a byte more in a file
        [(lang, text.replace("a", "b", 1)), *rest],  # a byte changed
        [(lang + "x", text), *rest],  # a file renamed
        rest,  # a file removed
        [*lexicon_files, ("zz", "")],  # a file added
    ]
    digests = {_analysis_digest(files, stopword_files) for files in changed}
    stop_lang, stop_text = stopword_files[0]
    digests.add(_analysis_digest(lexicon_files, [(stop_lang, stop_text + "\nzzz"), *stopword_files[1:]]))
    # the boundary between two parts is part of the hash
    digests.add(_analysis_digest([(lang, text[:10]), ("x", text[10:])], []))
    digests.add(_analysis_digest([(lang, text[:11]), ("x", text[11:])], []))
    assert base not in digests
    assert len(digests) == len(changed) + 3


def test_the_cache_file_is_named_after_the_code(monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon_files, stopword_files = _files_of("lexicon"), _files_of("stopwords")
    base = _analysis_digest(lexicon_files, stopword_files)
    monkeypatch.setattr(lexicon.regex, "__version__", "0.0")
    assert _analysis_digest(lexicon_files, stopword_files) != base
    monkeypatch.undo()
    monkeypatch.setattr(lexicon.sys, "version", "3.99")
    assert _analysis_digest(lexicon_files, stopword_files) != base


def test_the_cache_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path))
    assert cache_dir() == str(tmp_path)
    monkeypatch.setenv(CACHE_DIR_ENV, "")
    assert cache_dir() is None
    monkeypatch.delenv(CACHE_DIR_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == str(tmp_path / "xdg" / "newsclean")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == str(tmp_path / "home" / ".cache" / "newsclean")


def test_the_tests_do_not_write_to_the_users_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """The run's folder is conftest's own, or the one NEWSCLEAN_CACHE_DIR
    names; never the default one, the user's cache folder."""
    cache = cache_dir()
    assert cache is not None
    monkeypatch.delenv(CACHE_DIR_ENV)
    assert cache != cache_dir()


@given(
    pieces=st.lists(_PIECES, max_size=8),
    source=st.sampled_from(SOURCES),
    at=st.integers(min_value=0),
    letters=st.integers(min_value=1, max_value=5),
    marks=st.sampled_from([TRIGGER_MARKS, LAST_RESORT_MARKS]),
    data=st.data(),
)
def test_a_line_a_pattern_matches_holds_one_of_its_triggers(
    pieces: list[str], source: str, at: int, letters: int, marks: dict[str, str], data: st.DataObject
) -> None:
    # the pieces inserted into a lexicon pattern (or the pattern alone, if
    # that does not compile); a line drawn from the pattern holds a trigger
    cut = at % (len(source) + 1)
    for pattern in (source[:cut] + "".join(pieces) + source[cut:], source):
        try:
            with warnings.catch_warnings():
                # a piece inserted may open a "[[" the engine warns of
                warnings.simplefilter("ignore", FutureWarning)
                compiled = re.compile(pattern, re.IGNORECASE)
            words = _triggers(pattern, letters, marks)
        except (re.error, IndexError, ValueError):
            continue
        if words:
            with warnings.catch_warnings():
                # (hypothesis parses the pattern again, and warns again)
                warnings.simplefilter("ignore", FutureWarning)
                line = data.draw(st.from_regex(compiled))
            if compiled.search(line):
                folded = line.casefold()
                assert any(w in folded for w in words), (pattern, line, words)
        return


def test_the_cached_trigger_pattern_is_what_re_compiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the trigger pattern is made from the engine's arguments kept in the
    # analysis: the same pattern (flags and engine code) as re.compile's
    expected = re.compile(LEX.triggers.pattern)
    assert LEX.triggers == expected
    _load_lexicon(str(tmp_path))
    monkeypatch.setattr(lexicon, "_analyse", None)
    hit = _load_lexicon(str(tmp_path))
    assert hit.triggers == expected
    line = "jetzt kommentieren und teilen: keinerlei werbung (c) 2024 / newsletter abonnieren"
    assert hit.triggers.findall(line) == expected.findall(line)
    assert hit.triggers.findall(line)


def test_without_the_engines_internals_re_compiles_the_triggers(monkeypatch: pytest.MonkeyPatch) -> None:
    real = lexicon.importlib.import_module

    def missing(name: str) -> Any:
        if name.startswith(("re.", "_sre")):  # another Python's internals
            raise ImportError(name)
        return real(name)

    monkeypatch.setattr(lexicon.importlib, "import_module", missing)
    assert lexicon._sre_args("(?=(ab(?:c|)))") is None
    assert lexicon._from_sre_args(None) is None
    assert _load_lexicon(None).triggers == LEX.triggers


def test_engine_arguments_it_cannot_use_mean_re_compile() -> None:
    assert lexicon._from_sre_args(("ab", 32, "not code", 0, {}, (None,))) is None


def test_the_family_order_does_not_follow_the_first_file_read() -> None:
    # two lexicons listing their pattern families in opposite orders, read
    # in either order: the families are tried in the order lexicon.py fixes
    first = '[patterns]\nmarkup = ["^x1$"]\nnoscript = ["^x2$"]\ncredits = ["^x3$"]\n'
    second = '[patterns]\ncredits = ["^y3$"]\nnoscript = ["^y2$"]\n'
    want = ["noscript", "noscript", "credits", "credits", "markup"]
    for files in ([("aa", first), ("bb", second)], [("aa", second), ("bb", first)]):
        sources = lexicon._analyse(files, frozenset())["sources"]
        assert [family for family, _ in sources] == want


def test_a_pattern_tried_alone_takes_a_two_letter_trigger() -> None:
    # a pattern with no trigger of three letters that is not in the start gate
    # would be tried on its own on every line: its two-letter words are its
    # triggers; one the start gate holds (anchored, no run of any characters
    # first) stays there, and one with no literal word at all is still
    # tried on every line
    toml = (
        "[patterns]\n"
        'credits = ["^.{5,80}[.!?]\\\\s+by (?-i:\\\\p{Lu}{2,})$", "^on \\\\d+ km$", "^\\\\d+$", "\\\\d+ x \\\\d+"]\n'
    )
    tables = lexicon._analyse([("aa", toml)], frozenset())
    alone, gated, digits, shape = range(4)
    assert tables["by_trigger"]["by"] == (alone,)
    assert "on" not in tables["by_trigger"]
    assert tables["always"] == (gated, digits, shape)
    assert tables["anchored"] == (gated, digits)

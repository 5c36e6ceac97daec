"""Behaviour of newsclean.normalize: each step, the whole, and its invariants."""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsclean import Config, clean, normalize

N = importlib.import_module("newsclean.normalize")

# -- steps -----------------------------------------------------------------------


def test_line_breaks() -> None:
    assert normalize("a\r\nb\rc\u2028d\u2029e\x0bf\x0cg") == "a\nb\nc\nd\ne\nf\ng"


def test_nel_is_the_windows_1252_ellipsis_as_in_ftfy() -> None:
    assert normalize("parlé\x85 Tu sais") == "parlé… Tu sais"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("it&#8217;s &#x2019; &rsquo;", "it’s ’ ’"),
        ("&amp;amp;lt;b&amp;gt;", "<b>"),
        ("AT&T and R&D; stay", "AT&T and R&D; stay"),
        ("&notanentity; stays", "&notanentity; stays"),
        ("P&EACUTE;REZ", "PÉREZ"),
        ("no semicolon &amp here", "no semicolon &amp here"),
    ],
)
def test_entities(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_entities_can_be_kept() -> None:
    assert normalize("a &amp; b", Config(unescape_html=False)) == "a &amp; b"


def test_invisible_characters_go() -> None:
    text = "\ufeffsoft\u00adhyphen zero\u200bwidth\u2060 bell\x07 del\x7f esc\x1b"
    assert normalize(text) == "softhyphen zerowidth bell del esc"


def test_joiners_stay() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert normalize(family) == family
    assert normalize("می\u200cخواهم") == "می\u200cخواهم"


def test_exotic_spaces_become_spaces() -> None:
    assert normalize("a\u00a0b\u2009c\u3000d\u202fe\tf") == "a b c d e f"


def test_terminal_escapes() -> None:
    assert normalize("\x1b[1;31mred\x1b[0m alert") == "red alert"


def test_surrogates() -> None:
    assert normalize("\ud83d\ude00 \udce9") == "\U0001f600 \ufffd"


def test_c1_controls_are_windows_1252() -> None:
    assert normalize("\x93quoted\x94 \x81") == "“quoted”"


def test_spacing() -> None:
    text = "  indented   words  \n\n\n\n   \nnext\t\tline \n"
    assert normalize(text) == "  indented words\n\nnext line"
    assert normalize(text, Config(keep_spacing=True)) == "  indented   words  \n\n\n\n   \nnext  line \n"


def test_mojibake() -> None:
    assert normalize("The Mona Lisa doesnÃ¢â‚¬â„¢t have eyebrows.") == "The Mona Lisa doesn’t have eyebrows."
    assert normalize("GrÃ¼ÃŸe aus KÃ¶ln\nZeile zwei") == "Grüße aus Köln\nZeile zwei"
    # one bad line does not touch its clean neighbours
    text = "naïve café – “fine”\nsoft Ã© here"
    assert normalize(text) == "naïve café – “fine”\nsoft é here"


def test_mojibake_can_be_kept() -> None:
    assert normalize("cafÃ©", Config(fix_mojibake=False)) == "cafÃ©"


def test_clean_text_in_many_scripts_is_unchanged() -> None:
    text = "Grüße aus Köln – „schön“\nΚαλημέρα κόσμε\nПривет, мир\nمرحبا بالعالم\n你好，世界\nこんにちは"
    assert normalize(text) == text


def test_unicode_forms() -> None:
    assert normalize("e\u0301") == "é"
    assert normalize("ﬁne ＬＯＵＤ") == "ﬁne ＬＯＵＤ"
    assert normalize("ﬁne ＬＯＵＤ", Config(unicode_form="NFKC")) == "fine LOUD"


def test_quotes_kept_or_straightened() -> None:
    assert normalize("“Hi,” she said. ‘Don’t’") == "“Hi,” she said. ‘Don’t’"
    assert normalize("“Hi,” she said. ‘Don’t’", Config(uncurl_quotes=True)) == "\"Hi,\" she said. 'Don't'"


def test_type_errors() -> None:
    with pytest.raises(TypeError, match="decode bytes first"):
        normalize(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes a str, not int"):
        normalize(42)  # type: ignore[arg-type]


def test_clean_normalizes() -> None:
    assert clean("The talks ended on Monday, officials said after the meetingâ€¦") == (
        "The talks ended on Monday, officials said after the meeting…"
    )


# -- the mojibake gate is exact --------------------------------------------------
# ftfy runs its detector on each line (with its "\n"); the gate must find every
# line the detector flags.

_SUSPECT = sorted(set(N._suspect_chars()))


def test_suspect_chars_are_those_of_ftfys_categories_and_detector() -> None:
    # the plain way: a search of the Basic Multilingual Plane per category
    bmp = "".join(map(chr, range(0x80, 0x10000)))
    assert N._bmp_past_ascii() == bmp
    chars = {c for members in MOJIBAKE_CATEGORIES.values() for c in re.findall(f"[{members}]", bmp)}
    chars.update(c for c in BADNESS_RE.pattern if not c.isascii())
    assert N._suspect_chars() == "".join(sorted(chars))


_alphabet = st.sampled_from([*_SUSPECT, *"aeAZ .,!?\n '\"1-", "\xa0", "\u2003"])


@settings(max_examples=3000, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=_alphabet, max_size=40))
@example("x\nÃ \nB")
@example("Ã \nb")
@example("œ\nx")
def test_gate_finds_every_line_ftfy_flags(text: str) -> None:
    _assert_gate_finds_every_line_ftfy_flags(text)


def _assert_gate_finds_every_line_ftfy_flags(text: str) -> None:
    flagged = {text[s:e] for s, e in N._bad_lines(text)}
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]] + [parts[-1]]
    for line in lines:
        if BADNESS_RE.search(line):
            assert line in flagged, line


# a line with more gate matches than the windows the gate runs on one line
# ("ééé…" has a match every two characters), then anything
@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.sampled_from([*"éüöàÃÂ", *_SUSPECT]), min_size=2 * N._WINDOWS_PER_LINE + 10, max_size=120
    ),
    st.text(alphabet=_alphabet, max_size=40),
)
@example("é" * 100, " GrÃ¼ÃŸe aus KÃ¶ln")
def test_gate_finds_every_line_ftfy_flags_past_its_windows(head: str, tail: str) -> None:
    _assert_gate_finds_every_line_ftfy_flags(head + tail)


# -- invariants -------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_interesting = st.sampled_from(
    [
        *"aé\u00a0\u00ad\u200b\r\n\t &;#x",
        "&amp;",
        "&#8217;",
        "Ã",
        "©",
        "Â",
        "â€",
        "\x85",
        "\x93",
        "\ud83d",
        "\ude00",
        "e\u0301",
        "ﬁ",
        "＆",
        "“",
        "’",
        "œ",
        "\x1b[1m",
        "  ",
        "\n\n\n",
        "A\u0303",
    ]
)
_texts = st.one_of(
    st.text(max_size=60),
    st.lists(_interesting, max_size=25).map("".join),
)
CONFIGS = [
    Config(),
    Config(unicode_form="NFKC"),
    Config(uncurl_quotes=True),
    Config(keep_spacing=True),
    Config(fix_mojibake=False, unescape_html=False),
]


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(_texts, st.sampled_from(CONFIGS))
@example("&am\u00adp;lt;", Config())
@example("A\u0303\u00a9", Config())
@example("＆amp;", Config(unicode_form="NFKC"))
@example("x  Ã  y", Config())
@example("à  Ü\x86", Config())  # collapsing the spaces makes ftfy repair "Ü†"
def test_invariants(text: str, config: Config) -> None:
    out = normalize(text, config)
    assert normalize(out, config) == out  # idempotent
    assert unicodedata.is_normalized(config.unicode_form, out)
    assert not _CONTROL.search(out)
    out.encode("utf-8")  # no lone surrogates
    if config.uncurl_quotes:
        assert not re.search("[‘’“”]", out)
    if not config.keep_spacing:
        assert all("  " not in line.lstrip(" ") for line in out.split("\n"))
        assert not out.startswith("\n")
        assert not out.endswith("\n")
        assert " \n" not in out
        assert not out.endswith(" ")
        assert "\n\n\n" not in out


def test_ascii_text_is_cleaned_without_importing_ftfy() -> None:
    # ftfy (a tenth of a second to import) is loaded when a text that is not
    # ASCII first needs its detector
    code = (
        "import sys, newsclean\n"
        "newsclean.clean('Harbour town votes\\nThe council voted on Monday to rebuild the wall.')\n"
        "assert 'ftfy' not in sys.modules\n"
        "newsclean.clean('Gr\\u00c3\\u00bc\\u00c3\\u0178e aus K\\u00f6ln')\n"
        "assert 'ftfy' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_text_without_mojibake_is_cleaned_without_importing_ftfy(tmp_path: Path) -> None:
    # the detector and its gate come from the cache folder, written by the
    # first process; ftfy is imported when a line is flagged
    code = (
        "import sys, newsclean\n"
        "out = newsclean.clean('Gr\\u00fc\\u00dfe aus K\\u00f6ln \\u2013 \\u201esch\\u00f6n\\u201c, hei\\u00dft es.')\n"
        "print('ftfy' in sys.modules, out)\n"
        "out = newsclean.clean('Gr\\u00c3\\u00bc\\u00c3\\u0178e aus K\\u00c3\\u00b6ln')\n"
        "print('ftfy' in sys.modules, out)\n"
    )
    env = {**os.environ, "NEWSCLEAN_CACHE_DIR": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True
        ).stdout
        for _ in range(2)
    ]
    fine, fixed = "Grüße aus Köln – „schön“, heißt es.", "Grüße aus Köln"
    assert runs[0] == f"True {fine}\nTrue {fixed}\n"  # the first one makes the detector from ftfy's
    assert runs[1] == f"False {fine}\nTrue {fixed}\n"
    assert [p.name[:5] for p in tmp_path.glob("ftfy-*.marshal")] == ["ftfy-"]


def test_the_cached_detector_is_ftfys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", str(tmp_path))
    made = N._detector.__wrapped__()  # written to the folder
    (file,) = tmp_path.glob("ftfy-*.marshal")
    monkeypatch.setattr(N, "_make_detector", None)  # read back, not made
    read = N._detector.__wrapped__()
    assert made[0] is BADNESS_RE
    assert read[0] == BADNESS_RE
    assert read[0] is not BADNESS_RE
    assert read[1] == made[1]
    # a damaged file is made anew (and rewritten)
    monkeypatch.undo()
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", str(tmp_path))
    file.write_bytes(file.read_bytes()[:-1])
    assert N._detector.__wrapped__()[0] is BADNESS_RE
    assert N._detector.__wrapped__()[0] == BADNESS_RE


def test_the_detector_cache_is_named_after_ftfys_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", str(tmp_path))
    base = N._detector_digest()
    assert base is not None
    monkeypatch.setattr(N, "_ftfy_badness_source", lambda: b"BADNESS_RE = re.compile('x')")
    assert N._detector_digest() not in (None, base)
    # ftfy's module not found as a file: made from ftfy, nothing cached
    monkeypatch.setattr(N, "_ftfy_badness_source", lambda: None)
    assert N._detector_digest() is None
    assert N._detector.__wrapped__()[0] is BADNESS_RE
    assert list(tmp_path.iterdir()) == []


# -- when the pipeline normalizes once more ------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected", "settled"),
    [
        ("Grüße aus Köln  \r\n", "Grüße aus Köln", True),  # changed, but no line went to ftfy
        ("Καλημέρα κόσμε – 你好世界 ", "Καλημέρα κόσμε – 你好世界", True),
        ("Tom &amp;amp; Jerry", "Tom & Jerry", True),  # another pass, then nothing left
        ("GrÃ¼ÃŸe aus KÃ¶ln", "Grüße aus Köln", False),  # ftfy repaired a line
    ],
)
def test_normalize_says_when_its_result_is_settled(raw: str, expected: str, settled: bool) -> None:
    assert N._normalize(raw, Config()) == (expected, settled)
    assert normalize(expected) == expected


def test_the_pipeline_normalizes_once_more_only_what_is_not_settled(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = N.normalize

    def counted(text: str, config: Config) -> str:
        calls.append(text)
        result: str = real(text, config)
        return result

    pipeline = importlib.import_module("newsclean.pipeline")
    monkeypatch.setattr(pipeline, "normalize", counted)
    body = "The council said the new rules would apply from spring, officials said on Monday."
    assert clean(f"Grüße aus Köln  \n{body}\n").endswith(body)
    assert calls == []
    assert clean(f"GrÃ¼ÃŸe aus KÃ¶ln\n{body}\n").endswith(body)
    assert len(calls) == 1

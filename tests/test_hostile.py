"""Malformed and hostile input: any ``str`` is accepted and the output always
encodes as UTF-8; anything else is a TypeError that says what to do.

Timing is not asserted here: linear-time budgets live in test_linear_time.py.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclean import Config, clean, explain, normalize

from .strategies import HOSTILE_CHARS, hostile_page, hostile_text, script_page

BODY = [
    "The city council voted on Tuesday to expand the bike network by 40 kilometres, "
    "officials said after the meeting.",
    "The plan will be paid for by a new parking levy, the mayor told reporters at city hall.",
    "Work on the first new lanes is due to start in the spring, once the winter is over.",
]
CONTROL = regex.compile(r"[\p{Cc}--[\n]]", regex.V1)
SURROGATE = regex.compile(r"[\ud800-\udfff]")


def assert_sound(text: str, config: Config | None = None) -> str:
    """clean/explain/normalize accept ``text``; the outputs are str that
    encode as UTF-8, without controls but newlines, in NFC; explain agrees
    with clean. Returns clean's output."""
    out = clean(text, config)
    assert type(out) is str
    out.encode("utf-8")  # raises on a lone surrogate
    assert not CONTROL.search(out)
    assert unicodedata.is_normalized("NFC", out)
    assert explain(text, config).text == out
    norm = normalize(text, config)
    assert type(norm) is str
    norm.encode("utf-8")
    assert not CONTROL.search(norm)
    return out


# -- not a str -------------------------------------------------------------------------------------

FUNCTIONS: list[Callable[[str], object]] = [clean, explain, normalize]


@pytest.mark.parametrize("func", FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(
    "value", [b"The talks ended.", bytearray(b"The talks ended.")], ids=["bytes", "bytearray"]
)
def test_bytes_raise_type_error_saying_decode_first(func: Callable[[object], object], value: object) -> None:
    with pytest.raises(TypeError, match=r"not (bytes|bytearray); decode bytes first, e\.g\. data\.decode"):
        func(value)


@pytest.mark.parametrize("func", FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("value", [None, 42, 1.5, ["a line"], memoryview(b"x")], ids=repr)
def test_other_types_raise_type_error_naming_the_type(
    func: Callable[[object], object], value: object
) -> None:
    with pytest.raises(TypeError, match=rf"takes a str, not {type(value).__name__}$"):
        func(value)


def test_str_subclass_is_accepted() -> None:
    class Page(str):
        pass

    text = Page("Share\n" + "\n".join(BODY))
    assert clean(text) == clean(str(text)) == "\n".join(BODY)
    assert type(clean(text)) is str


# -- hostile characters ------------------------------------------------------------------------------

HOSTILE = {
    "empty": "",
    "only whitespace and breaks": " \t\n\r\n\u2028\u2029\x85\v\f\u00a0\u3000",
    "lone surrogates from surrogateescape": b"caf\xe9 \xff\xfe na\xefve\n".decode("utf-8", "surrogateescape"),
    "lone high and low surrogates": "\ud800 x \udfff y \udbff\n\udc00",
    "surrogate pair as two code points": "smile \ud83d\ude00 please",
    "NUL bytes": "a\x00b\x00\x00c\n\x00",
    "C0 and C1 controls": "".join(map(chr, range(32))) + "\x7f" + "".join(map(chr, range(0x80, 0xA0))),
    "ANSI escapes": "\x1b[31mred\x1b[0m \x1b]0;title\x07",
    "bidi overrides (Trojan Source)": "access = \u202e\u2066 if admin\u2069 \u2066 begin\u202c",
    "RTL Arabic and Hebrew": "مرحبا بالعالم، قال المسؤولون بعد الاجتماع.\nשלום עולם, אמרו הפקידים אחרי הפגישה.\u200f",
    "CJK": "东京电力公司周一表示，处理水排放工作将于本月底开始。\n日本語のテキスト、한국어 텍스트",
    "Thai and Devanagari": "สวัสดีชาวโลก ภาษาไทยไม่มีช่องว่างระหว่างคำ\nनमस्ते दुनिया, अधिकारियों ने बैठक के बाद कहा।",
    "emoji sequences": "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 \U0001f1eb\U0001f1f7 "
    "\U0001f3f3\ufe0f\u200d\U0001f308 \U0001f44d\U0001f3fd 1\ufe0f\u20e3",
    "combining marks (zalgo)": "Z\u0337\u0322\u031ba\u0336l\u0334g\u0338o\u0335 " + "e" + "\u0301" * 500,
    "combining mark at the start of a line": "\u0301\u0302 starts with marks\n\u0338",
    "noncharacters and private use": "\ufffe\uffff\U0001fffe\U0010ffff\ue000\U000f0000 \ufffd",
    "BOMs everywhere": "\ufeffHome\n\ufeffShare\ufeff\n\ufeff",
    "zero-width characters": "in\u200bvisible\u200c\u200d\u2060\u180e",
    "compatibility characters": "ﬁne ＡＢＣ ① ㌀ ℌ ½",
    "HTML entities of bad code points": "&#0; &#xD800; &#x110000; &#55296; &#9999999999; &amp;#0;",
    "mojibake": "CafÃ© Ã¼ber â€œquotedâ€\x9d â€™ Ã\x83Â©",
    "every hostile character": "".join(HOSTILE_CHARS),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_is_cleaned_to_utf8(name: str) -> None:
    out = assert_sound(HOSTILE[name])
    assert clean(out) == out


@pytest.mark.parametrize("name", list(HOSTILE))
@pytest.mark.parametrize(
    "config",
    [Config(unicode_form="NFKC"), Config(uncurl_quotes=True, keep_bylines=True), Config(language="de")],
    ids=["nfkc", "uncurl+bylines", "de"],
)
def test_hostile_input_with_other_settings(name: str, config: Config) -> None:
    out = clean(HOSTILE[name], config)
    out.encode("utf-8")
    assert explain(HOSTILE[name], config).text == out


def test_lone_surrogates_do_not_survive() -> None:
    text = HOSTILE["lone surrogates from surrogateescape"] + "\n" + "\n".join(BODY)
    out = assert_sound(text)
    assert not SURROGATE.search(out)
    assert not SURROGATE.search(normalize(text))
    for line in BODY:
        assert line in out.splitlines()


@pytest.mark.parametrize("name", [n for n in HOSTILE if n != "empty"])
def test_article_survives_a_hostile_line_around_it(name: str) -> None:
    """A junk line above and below a clear article costs no article line."""
    junk = HOSTILE[name].replace("\n", " ")
    out = assert_sound("\n".join(["Home", junk, *BODY, junk, "Share"]))
    lines = out.splitlines()
    for line in BODY:
        assert line in lines


def test_nul_bytes_inside_article_lines_are_removed() -> None:
    text = "\n".join(line.replace(" ", " \x00", 3) for line in BODY)
    out = assert_sound(text)
    assert "\x00" not in out
    assert out.splitlines() == BODY


def test_surrogates_become_the_character_they_stand_for_or_u_fffd() -> None:
    """A surrogate pair split into two code points is joined into its
    character; a lone surrogate becomes U+FFFD."""
    assert normalize("smile \ud83d\ude00 please") == "smile \U0001f600 please"
    assert normalize("caf\udce9 au lait") == "caf\ufffd au lait"
    assert normalize("a\udcffb") == "a\ufffdb"
    out = assert_sound("\n".join(BODY) + "\nsmile \ud83d\ude00")
    assert not SURROGATE.search(out)


# -- big inputs --------------------------------------------------------------------------------------


def assert_big_sound(text: str) -> str:
    """assert_sound for big inputs, running clean only once."""
    out = clean(text)
    out.encode("utf-8")
    assert not CONTROL.search(out)
    return out


def test_ten_megabyte_line_between_article_lines() -> None:
    line = "漢字かな交じり文 " * 625_000  # 10 MB of UTF-8 on one line
    assert len(line.encode("utf-8")) >= 10_000_000
    out = assert_big_sound("\n".join([BODY[0], line, *BODY[1:]]))
    lines = out.splitlines()
    for body in BODY:
        assert body in lines


def test_ten_megabytes_of_nul_and_surrogates() -> None:
    text = ("\x00" * 1000 + "\udcff" * 1000 + "\n") * 3_000
    assert len(text.encode("utf-8", "surrogatepass")) >= 10_000_000
    out = assert_big_sound(text + "\n".join(BODY))
    assert not SURROGATE.search(out)
    for body in BODY:
        assert body in out.splitlines()


# -- properties ------------------------------------------------------------------------------------


@given(hostile_text)
def test_any_hostile_text_is_cleaned_to_utf8(text: str) -> None:
    out = assert_sound(text)
    assert clean(out) == out


@given(hostile_page())
def test_pages_with_hostile_characters_are_cleaned_to_utf8(text: str) -> None:
    assert_sound(text)


@given(st.text(alphabet=st.characters(codec=None, categories=None), max_size=200))
def test_any_code_point_including_surrogates(text: str) -> None:
    assert_sound(text)


@given(st.binary(max_size=300))
def test_any_bytes_through_surrogateescape(data: bytes) -> None:
    assert_sound(data.decode("utf-8", "surrogateescape"))


def _article_survives(p: tuple[str, list[str]]) -> None:
    text, paragraphs = p
    out_lines = set(clean(text).splitlines())
    for para in paragraphs:
        assert para in out_lines


@given(script_page("ar"))
def test_article_in_arabic_survives(p: tuple[str, list[str]]) -> None:
    _article_survives(p)


@given(script_page("zh"))
def test_article_in_chinese_survives(p: tuple[str, list[str]]) -> None:
    _article_survives(p)


@given(script_page("ru"))
def test_article_in_russian_survives(p: tuple[str, list[str]]) -> None:
    _article_survives(p)


@given(script_page())
def test_idempotent_on_pages_in_other_scripts(p: tuple[str, list[str]]) -> None:
    once = clean(p[0])
    assert clean(once) == once

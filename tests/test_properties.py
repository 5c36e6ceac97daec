"""Properties that hold for every input."""

from __future__ import annotations

import unicodedata

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclean import clean, explain, normalize

from .strategies import page

WORD = regex.compile(r"\w+")
CONTROL = regex.compile(r"[\p{Cc}--[\n]]", regex.V1)

# Text with the characters scrapers produce: lines, entities, odd spaces, mojibake.
scraped = st.lists(
    st.one_of(
        st.text(),
        st.sampled_from(
            ["\n", "\n\n", "\r\n", "&amp;", "&nbsp;", "\u00a0", "\u200b", "Ã©", "â€™", "\t", "..."]
        ),
        st.sampled_from(["Home", "Share", "Related Stories", "By Jane Doe", "Open in App"]),
    ),
    max_size=30,
).map("".join)
any_text = st.one_of(st.text(), scraped)


@given(any_text)
def test_never_raises(text: str) -> None:
    assert isinstance(clean(text), str)


@given(any_text)
def test_idempotent(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


@given(page())
def test_idempotent_on_pages(p: tuple[str, list[str]]) -> None:
    once = clean(p[0])
    assert clean(once) == once


@given(any_text)
def test_invents_no_words(text: str) -> None:
    source = set(WORD.findall(normalize(text)))
    assert set(WORD.findall(clean(text))) <= source


@given(any_text)
def test_output_is_nfc_without_controls(text: str) -> None:
    out = clean(text)
    assert unicodedata.is_normalized("NFC", out)
    assert not CONTROL.search(out)
    out.encode("utf-8")  # no lone surrogates
    assert not out.startswith("\n")
    assert not out.endswith("\n")
    assert "\n\n\n" not in out


@given(page())
def test_article_wrapped_in_chrome_survives(p: tuple[str, list[str]]) -> None:
    text, paragraphs = p
    out_lines = set(clean(text).splitlines())
    for para in paragraphs:
        assert para in out_lines


@given(any_text)
def test_explain_text_equals_clean(text: str) -> None:
    assert explain(text).text == clean(text)

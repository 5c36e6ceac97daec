"""The per-line features: the language detection reads the features' tokens."""

from __future__ import annotations

import importlib

import regex
from hypothesis import given
from hypothesis import strategies as st

F = importlib.import_module("newsclean.features")

_LETTER_OR_MARK = regex.compile(r"[\p{L}\p{M}]")
_DIGIT = regex.compile(r"\p{N}")


def _token_class(c: str) -> str:
    """The class of ``c`` as the token pattern reads it."""
    if c in "'\u2019":
        return "apostrophe"
    if _LETTER_OR_MARK.match(c):
        return "letter"
    if _DIGIT.match(c):
        return "digit"
    return "other"


def test_casefold_keeps_the_class_of_every_character() -> None:
    # Why tokenizing and then case-folding gives the tokens of the case-folded
    # text: each character folds to one or more characters of its own class.
    for cp in range(0x110000):
        c = chr(cp)
        folded = c.casefold()
        if folded != c:
            assert folded, hex(cp)
            assert {_token_class(d) for d in folded} == {_token_class(c)}, hex(cp)


# characters whose case folding changes their length or depends on nothing around them
_FOLDING = "ßẞİıΣσςﬁﬀŉǰΐͅᾳÅÀAa'’ -1Ⅻⅻ²\u0301.\n"


@given(st.text(alphabet=st.sampled_from(_FOLDING) | st.characters(), max_size=80))
def test_tokens_are_those_of_the_casefolded_text(text: str) -> None:
    lows = F._tokens(text).lows
    if text.isascii():
        assert lows == F._A_TOKEN.findall(text.lower())
    else:
        assert lows == F._TOKEN.findall(text.casefold())

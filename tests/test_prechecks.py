"""The cheap tests that spare a pattern most lines say what the pattern says."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclean.cleaners import bylines, region
from newsclean.cleaners.bylines import SECTION_BREAK, section_break
from newsclean.lexicon import load_lexicon

LEX = load_lexicon()
_MARKS = "-_=*~#+•·◆◇♦❖✦–—―⁂ aZ1.\u212a"


@given(st.text(alphabet=_MARKS, max_size=8) | st.text(max_size=8))
def test_section_break_is_the_pattern(text: str) -> None:
    assert section_break(text) == (SECTION_BREAK.match(text) is not None)


def test_section_break_in_several_scripts() -> None:
    assert [section_break(t) for t in ("* * *", "———", "⁂", "___", "• • •")] == [True] * 5
    assert [section_break(t) for t in ("Anna Weber", "Fin.", "Suite", "— Juan", "1 2 3")] == [False] * 5


_BY_WORDS = sorted(LEX.by_words)


@given(
    st.sampled_from(_BY_WORDS + [w.upper() for w in _BY_WORDS] + [w.title() for w in _BY_WORDS] + [""]),
    st.sampled_from(["", " ", ": ", "  "]),
    st.text(max_size=12),
)
def test_byline_start_gate_is_the_pattern(word: str, sep: str, rest: str) -> None:
    # every first character, ASCII or not, the words' own and others
    for text in (word + sep + rest, rest + sep + word, rest):
        assert bylines._by_match(text, LEX.by_words) == (
            bylines._by_regex(LEX.by_words).match(text) is not None
        )


def test_byline_start_gate_in_several_languages() -> None:
    lines = ["By Jane Roe", "Von Anna Schmidt", "Par Marie Curie", "Por Ana Souza", "door Piet de Vries"]
    assert all(bylines._by_match(t, LEX.by_words) for t in lines)
    prose = ["Jane Roe said", "Heute regnet es", "Il pleut", "Hoy llueve", "Het regent"]
    assert not any(bylines._by_match(t, LEX.by_words) for t in prose)


_NUMBER_CHARS = " \t\xa0-.):–1٣7aZéß\u2003"


@given(st.text(alphabet=_NUMBER_CHARS, max_size=10) | st.text(max_size=10))
def test_numbered_precheck_keeps_every_match(text: str) -> None:
    # the pre-check skips a line only where the pattern cannot match
    if region._NUMBERED.match(text) is not None:
        assert region._may_number(text)


def test_numbered_precheck_in_several_languages() -> None:
    numbered = ["3. Schritt", "Teil 2: Ende", "Étape 4 – fin", "  12) Paso", "Capitolo 7", "١. بند"]
    assert [region._may_number(t) for t in numbered] == [True] * 6
    prose = ["Am Montag 3 Mai", "- 1 -", "Le mardi 12 mars", "(5) points", "#4", "Il giorno 3"]
    assert [region._may_number(t) for t in prose] == [False, False, False, False, False, False]

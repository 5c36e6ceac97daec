"""The per-line features: the language detection reads the features' tokens."""

from __future__ import annotations

import importlib

import pytest
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


def test_casefold_keeps_whether_a_character_is_a_digit() -> None:
    # A token is all digits exactly when its case-folded form is (the content
    # words may be told from numbers on either).
    for cp in range(0x110000):
        c = chr(cp)
        assert c.casefold().isdigit() == c.isdigit(), hex(cp)


_FUNCTION = frozenset({"und", "über", "strasse", "the", "with"})


def _content_words(tokens: F._Tokens) -> frozenset[str]:
    """The content words the features must give, read off the tokens: four
    characters or more, no function word, no number."""
    return frozenset(
        low
        for t, low in zip(tokens.sample, tokens.lows, strict=True)
        if len(t) >= 4 and low not in _FUNCTION and not t.isdigit()
    )


@given(
    st.text(
        alphabet=st.sampled_from(_FOLDING + "UNDüberStraßeSTRASSE4567²³ with The") | st.characters(),
        max_size=80,
    )
)
def test_content_words_are_the_long_tokens_but_function_words_and_numbers(text: str) -> None:
    tokens = F._tokens(text)
    assert F._block_features(text, _FUNCTION, tokens=tokens).content_words == _content_words(tokens)


@given(st.text(alphabet="abcdXYZ 0123'.,-|", max_size=80))
def test_content_words_of_ascii_lines(text: str) -> None:
    # (an ASCII line's are read from its distinct tokens; a line with no
    # digit holds no number to leave out)
    tokens = F._tokens(text)
    assert F._block_features(text, _FUNCTION, tokens=tokens).content_words == _content_words(tokens)
    assert F._block_features("Numbers 2024 and 12345 with the Words", _FUNCTION).content_words == {
        "numbers",
        "words",
    }


def test_content_words_of_lines_in_several_languages() -> None:
    cases = {
        "Die Straße und die STRASSE über 2024 Brücken": {"brücken"},  # "straße" folds to "strasse"
        "The council met with 1234 residents": {"council", "residents"},
        "Le conseil municipal s'est réuni ²³⁴⁵ fois": {"conseil", "municipal", "s'est", "réuni", "fois"},
    }
    for text, words in cases.items():
        assert F._block_features(text, _FUNCTION).content_words == words, text


# -- the standard library's engine on low lines --

L = importlib.import_module("newsclean.lexicon")
B = importlib.import_module("newsclean.cleaners.bylines")

_CONVERTED = [*F._SCANS, F._INNER_SENTENCE, F._GLUED, L._NON_WORD, B._WORD]
# text of low characters only (not "ﬁ", U+FB01, which is above the low ranges)
_LOW_TEXT = st.text(
    alphabet=st.sampled_from(
        "aZ9 .!?\"'’”»)]|/•·›>\t\u00a0\u2009²Ⅻß\u0301İΣЖ"
    )  # (no "ﬁ": U+FB01 is no low character)
    | st.characters(max_codepoint=0x058F)
    | st.characters(min_codepoint=0x1E00, max_codepoint=0x2E7F),
    max_size=60,
)


@given(_LOW_TEXT)
def test_low_patterns_match_as_the_regex_module(text: str) -> None:
    assert L.NOT_LOW.search(text) is None
    for rx in _CONVERTED:
        low = L.low_pattern(rx)
        assert low.findall(text) == rx.findall(text), rx.pattern
        assert low.sub("#", text) == rx.sub("#", text), rx.pattern


def test_low_pattern_refuses_what_differs_between_the_engines() -> None:
    for pattern in (r"\bword\b", r"[[:alpha:]]+", r"(?i)\p{Lu}", r"a(?i:b)"):
        with pytest.raises(ValueError, match="not supported"):
            L.low_pattern(regex.compile(pattern))
    assert L.low_pattern(regex.compile(r"[。！？]|a\.")).findall("a. b.") == ["a."]


def test_maybe_cjk_finds_the_characters_from_u2e80_on() -> None:
    every = "".join(map(chr, range(0x110000)))
    assert F._maybe_cjk().search(every[:0x2E80]) is None
    assert len(F._maybe_cjk().findall(every)) == 0x110000 - 0x2E80


@given(st.text(alphabet=st.sampled_from("abZY9 .!?\"')]|/>\t"), max_size=60))
def test_ascii_patterns_count_as_the_generic_ones(text: str) -> None:
    # (the ASCII ones look behind for what comes before the stop or the capital)
    assert len(F._A_INNER_SENTENCE.findall(text)) == F._count(F._INNER_SENTENCE, text)
    assert (F._A_GLUED.search(text) is None) == (F._GLUED.search(text) is None)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # the danda ends a Hindi sentence, the Arabic question mark an Arabic one
        ("सरकार का कहना है कि काम जल्दी पूरा होगा। मेट्रो से जाम कम होगा।", 2),
        ("هل تكفي حديقة واحدة؟ يرى الخبراء أن المدينة تحتاج المزيد.", 2),
        # a stop between two words of a script without case
        ("وقال أحد السكان إن الحي هادئ. وأكدت البلدية ذلك.", 2),
        # after NFC the Greek question mark (U+037E) is a semicolon: after a Greek word it ends a question
        ("Πότε θα φτάσει το μετρό στο αεροδρόμιο;", 1),
        # not a semicolon after a Latin word or a bracket, nor a line without a stop
        ("for (i = 0; i < n; i++);", 0),
        ("जयपुर मेट्रो परियोजना", 0),
    ],
)
def test_the_stops_of_scripts_without_a_latin_full_stop_end_sentences(text: str, sentences: int) -> None:
    f = F._block_features(text, _FUNCTION)
    assert f.sentences == sentences
    assert f.ends_sentence == (sentences > 0)


def test_a_vietnamese_line_counts_its_syllables_as_fewer_words() -> None:
    # Vietnamese writes a space between the syllables of a word ("Đà Nẵng",
    # "xe buýt"): nine tokens are six words, as many as a title of six words
    # elsewhere; a line without its letters counts its tokens
    assert F._block_features("Đà Nẵng cấm xe tải vào giờ cao điểm", _FUNCTION).words == 6
    assert F._block_features("Da Nang cam xe tai vao gio cao diem", _FUNCTION).words == 9
    assert F._block_features("Über die Brücke fährt kein Zug mehr heute", _FUNCTION).words == 8


def test_each_function_word_counts_for_every_language_it_belongs_to() -> None:
    from newsclean.lexicon import load_stopwords, stopword_languages

    stop = load_stopwords()
    langs = list(stop)
    of = stopword_languages()
    assert set(of) == set().union(*stop.values())
    for word, indices in of.items():
        assert [langs[i] for i in indices] == [lang for lang in langs if word in stop[lang]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La alcaldesa dijo que el puente de la ciudad se abrirá otra vez en mayo, "
            "porque las obras que empezaron en enero ya están casi terminadas.",
            "es",
        ),
        (
            "Le maire a dit que le pont de la ville sera ouvert de nouveau en mai, "
            "parce que les travaux qui ont commencé en janvier sont presque finis.",
            "fr",
        ),
        (
            "Wali kota mengatakan bahwa jembatan yang ada di kota itu akan dibuka lagi pada bulan Mei, "
            "karena pekerjaan yang dimulai sejak Januari sudah hampir selesai.",
            "id",
        ),
    ],
)
def test_the_language_of_a_page_whose_function_words_other_languages_share(text: str, language: str) -> None:
    from newsclean.document import Document

    assert F.detect_language(Document.from_text("\n\n".join([text] * 3))) == language


def test_a_function_word_of_two_languages_is_a_hit_for_both() -> None:
    from newsclean.document import Document
    from newsclean.lexicon import load_stopwords, stopword_languages

    stop = load_stopwords()
    langs = list(stop)
    # two languages that share function words no third language has
    pairs = {}
    for word, indices in stopword_languages().items():
        if len(indices) == 2 and word.isalpha():
            pairs.setdefault(indices, []).append(word)
    (first, second), shared = next((p, sorted(w)) for p, w in sorted(pairs.items()) if len(w) >= 6)
    own = sorted(w for w in stop[langs[second]] if stopword_languages()[w] == (second,) and w.isalpha())[0]
    line = " ".join(shared[:6] * 2)
    # as many hits for both: the first in the lexicon's order is named
    assert F.detect_language(Document.from_text(line)) == langs[first]
    # one function word of the second language's own more: the second
    assert F.detect_language(Document.from_text(f"{line} {own}")) == langs[second]

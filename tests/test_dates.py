"""Month abbreviations that are words in another language ("out", "set",
"mar", "ago", "dez", "mai"): a month on a page of a language that writes
them so, or next to a day or a year; an ordinary word elsewhere.

Every example is written here; none is a phrase of one site.
"""

from __future__ import annotations

import pytest
import regex

from newsclean import explain
from newsclean.cleaners import bylines
from newsclean.lexicon import load_lexicon

# three paragraphs per language, long enough to tell the page language
PROSE = {
    "en": [
        "The city council voted on Tuesday to keep the old library open for another two years at least.",
        "Residents had gathered outside the building for weeks, asking the members to change their minds.",
        "The mayor said the money would come from a fund that was set aside for repairs to the town hall.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstag beschlossen, die alte Bibliothek noch mindestens zwei Jahre zu öffnen.",
        "Die Anwohner hatten sich wochenlang vor dem Gebäude versammelt und um eine andere Entscheidung gebeten.",
        "Der Bürgermeister sagte, das Geld komme aus einem Fonds, der für die Reparatur des Rathauses gedacht war.",
    ],
    "pt": [
        "A câmara municipal decidiu na terça-feira manter a biblioteca antiga aberta por mais dois anos.",
        "Os moradores tinham se reunido em frente ao prédio durante semanas para pedir uma nova decisão.",
        "O prefeito disse que o dinheiro virá de um fundo que estava reservado para as obras da prefeitura.",
    ],
    "it": [
        "Il consiglio comunale ha deciso martedì di tenere aperta la vecchia biblioteca per altri due anni.",
        "Gli abitanti si erano riuniti per settimane davanti all'edificio per chiedere una nuova decisione.",
        "Il sindaco ha detto che i soldi arriveranno da un fondo che era stato messo da parte per il municipio.",
    ],
    "es": [
        "El ayuntamiento decidió el martes mantener abierta la antigua biblioteca durante dos años más.",
        "Los vecinos se habían reunido durante semanas delante del edificio para pedir otra decisión.",
        "El alcalde dijo que el dinero saldrá de un fondo que estaba reservado para las obras del ayuntamiento.",
    ],
}


def _decisions(lang: str, line: str) -> tuple[str, list[tuple[str, bool, str]]]:
    """The page language and (text, kept, cleaner) of every block of a page
    in ``lang`` with ``line`` between its first and second paragraphs."""
    p = PROSE[lang]
    ex = explain("\n".join(["Library stays open", p[0], line, p[1], p[2]]))
    return ex.language, [(b.text, b.kept, b.cleaner) for b in ex.blocks]


def _cleaner_of(lang: str, line: str) -> tuple[str, bool, str]:
    language, blocks = _decisions(lang, line)
    assert language == lang
    (found,) = [(text, kept, cleaner) for text, kept, cleaner in blocks if text == line]
    return found


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # a word of the page language that is a month abbreviation elsewhere
        # (Portuguese "out", Italian and Portuguese "set", Spanish "mar",
        # Portuguese "dez", Portuguese "mai")
        ("en", "TV OUT"),
        ("en", "Lights Out"),
        ("en", "Set Menu"),
        ("de", "Hotel Mar Azul"),
        ("en", "Dez Holloway"),
        ("en", "Rated 4.5 out of 5"),
        ("en", "Check Out: 10 Ideas For Spring"),
        ("de", "Set Angebote"),
        ("it", "Mai Più"),
        ("es", "Set De Regalo"),
        ("es", "Dez Holloway"),
    ],
)
def test_a_word_that_is_a_month_elsewhere_is_no_timestamp(lang: str, line: str) -> None:
    _, _, cleaner = _cleaner_of(lang, line)
    assert cleaner != "bylines", f"{line!r} dropped as a byline on a page in {lang}"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # the page language writes its months so
        ("pt", "12 set 2019"),
        ("pt", "3 de out. de 2019 às 14h"),
        ("pt", "Atualizado em 5 dez 2021"),
        ("pt", "Maria Souza OUT"),
        ("it", "12 set 2019"),
        ("it", "Aggiornato il 3 ago 2020"),
        ("es", "5 ago. 2019"),
        ("es", "Publicado el 3 de mar de 2021"),
        # another language's abbreviation next to a day or a year
        ("en", "12 set 2019"),
        ("en", "Set. 12, 2019"),
        ("en", "Updated 03/out/2019"),
        ("de", "3 de out. de 2019"),
        ("de", "Ago 2020"),
    ],
)
def test_a_dateline_with_a_month_abbreviation_goes(lang: str, line: str) -> None:
    _, kept, cleaner = _cleaner_of(lang, line)
    assert (kept, cleaner) == (False, "bylines")


def test_full_month_names_are_months_on_any_page() -> None:
    # "Mai" is the German and French May: a month wherever it stands on their
    # pages; an English month name is one on a German page too
    for lang, line in [("de", "Mai"), ("de", "Anna Schmidt, March 2021")]:
        _, kept, cleaner = _cleaner_of(lang, line)
        assert (kept, cleaner) == (False, "bylines")


def test_the_lexicon_tells_short_months() -> None:
    lex = load_lexicon()
    assert {"out", "set", "mar", "ago", "dez", "mai", "may"} <= lex.short_months
    assert not {"march", "mars", "oktober", "maggio", "maj"} & lex.short_months
    assert lex.short_months <= lex.months
    assert lex.sure_months == lex.months - lex.short_months
    pages = {lang: lex.months_on(lang) for lang in ("en", "de", "es", "it", "pt")}
    assert [lang for lang, months in pages.items() if "out" in months] == ["pt"]
    assert [lang for lang, months in pages.items() if "set" in months] == ["it", "pt"]
    assert [lang for lang, months in pages.items() if "may" in months] == ["en", "es"]
    # a page of unknown language: only the months that are no other word
    assert lex.months_on("und") == lex.sure_months


@pytest.mark.parametrize(
    "token",
    [
        "UTC",
        "CEST",
        "MESZ",
        "AEST",
        "PM",
        "utc",
        "Utc",
        "UTCX",
        "U",
        "UTC\n",
        "\nUTC",
        "ＵＴＣ",
        "ᴜᴛᴄ",
        "ÜTC",
        "KST",
        "\u212aST",
        "ſT",
        "",
    ],
)
def test_the_timezone_pattern_matches_as_regex_does(token: str) -> None:
    # compiled by the standard library's engine (ASCII letters, no flag): the
    # same matches as `regex`'s, non-ASCII look-alikes included
    same = regex.compile(bylines._TIMEZONE.pattern)
    assert (bylines._TIMEZONE.match(token) is None) == (same.match(token) is None)
    assert bylines._TIMEZONE.match("UTC")
    assert bylines._TIMEZONE.match("UTC\n")
    assert not bylines._TIMEZONE.match("utc")

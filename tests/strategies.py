"""Hypothesis strategies that build realistic pages: article paragraphs
wrapped in chrome lines of several languages."""

from __future__ import annotations

from hypothesis import strategies as st

FUNCTION_WORDS = {
    "en": [
        "the",
        "of",
        "and",
        "to",
        "in",
        "that",
        "it",
        "was",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "but",
        "not",
    ],
    "de": [
        "der",
        "die",
        "das",
        "und",
        "zu",
        "in",
        "den",
        "nicht",
        "von",
        "mit",
        "sich",
        "auf",
        "für",
        "ist",
        "im",
        "dem",
    ],
    "fr": [
        "le",
        "la",
        "les",
        "de",
        "des",
        "et",
        "en",
        "un",
        "une",
        "du",
        "dans",
        "que",
        "pour",
        "sur",
        "pas",
        "au",
        "avec",
    ],
    "es": [
        "el",
        "la",
        "los",
        "de",
        "que",
        "y",
        "en",
        "un",
        "una",
        "por",
        "con",
        "para",
        "del",
        "las",
        "se",
        "al",
        "como",
    ],
}
CONTENT_WORDS = {
    "en": [
        "minister",
        "talks",
        "council",
        "budget",
        "city",
        "river",
        "school",
        "report",
        "market",
        "vote",
        "police",
        "court",
        "officials",
        "plan",
        "winter",
        "farmers",
        "museum",
        "border",
        "election",
        "company",
        "workers",
        "hospital",
    ],
    "de": [
        "Minister",
        "Gespräche",
        "Rat",
        "Haushalt",
        "Stadt",
        "Fluss",
        "Schule",
        "Bericht",
        "Markt",
        "Wahl",
        "Polizei",
        "Gericht",
        "Behörden",
        "Plan",
        "Winter",
        "Bauern",
        "Museum",
        "Grenze",
        "Firma",
        "Arbeiter",
        "Klinik",
    ],
    "fr": [
        "ministre",
        "discussions",
        "conseil",
        "budget",
        "ville",
        "rivière",
        "école",
        "rapport",
        "marché",
        "vote",
        "police",
        "tribunal",
        "responsables",
        "plan",
        "hiver",
        "agriculteurs",
        "musée",
        "frontière",
        "entreprise",
    ],
    "es": [
        "ministro",
        "conversaciones",
        "consejo",
        "presupuesto",
        "ciudad",
        "río",
        "escuela",
        "informe",
        "mercado",
        "voto",
        "policía",
        "tribunal",
        "funcionarios",
        "plan",
        "invierno",
        "agricultores",
        "museo",
        "frontera",
        "empresa",
    ],
}
CHROME = {
    "en": [
        "Home",
        "Share",
        "Tweet",
        "Open in App",
        "Related Stories",
        "Leave a Reply",
        "Most Read",
        "Sign in",
        "By Jane Doe | Updated: March 3, 2024 10:15 EST",
        "Advertisement",
        "Subscribe",
        "We use cookies to improve your experience.",
        "Newsletter",
        "12 Comments",
        "Print",
    ],
    "de": [
        "Startseite",
        "Teilen",
        "Weitere Artikel",
        "Kommentare",
        "Anmelden",
        "Von Anna Schmidt",
        "15. Juni 2022",
        "Impressum",
        "Datenschutz",
        "Drucken",
        "Das könnte Sie auch interessieren",
    ],
    "fr": [
        "Accueil",
        "Partager",
        "À lire aussi",
        "Commentaires",
        "Se connecter",
        "Par Marie Dubois",
        "Mis à jour le 3 mars 2024 à 10h15",
        "Mentions légales",
        "Imprimer",
    ],
    "es": [
        "Inicio",
        "Compartir",
        "Noticias relacionadas",
        "Comentarios",
        "Iniciar sesión",
        "Por Juan Pérez",
        "Actualizado el 3 de marzo de 2024",
        "Aviso legal",
        "Imprimir",
    ],
}


@st.composite
def sentence(draw: st.DrawFn, lang: str) -> str:
    n = draw(st.integers(8, 18))
    words = [draw(st.sampled_from(FUNCTION_WORDS[lang] if i % 2 else CONTENT_WORDS[lang])) for i in range(n)]
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


@st.composite
def paragraph(draw: st.DrawFn, lang: str) -> str:
    return " ".join(draw(st.lists(sentence(lang), min_size=2, max_size=4)))


@st.composite
def page(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A page and its article paragraphs."""
    lang = draw(st.sampled_from(sorted(FUNCTION_WORDS)))
    paras = draw(st.lists(paragraph(lang), min_size=3, max_size=7))
    chrome = CHROME[lang] + CHROME["en"]
    before = draw(st.lists(st.sampled_from(chrome), max_size=12))
    after = draw(st.lists(st.sampled_from(chrome), max_size=12))
    lines = [*before, *paras, *after]
    sep = draw(st.sampled_from(["\n", "\n\n"]))
    return sep.join(lines), paras

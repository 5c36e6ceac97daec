"""Which label entries of the English (and German) lexicon have an equivalent
in the other languages.

    python tools/lexicon_coverage.py              # every family, entry by entry
    python tools/lexicon_coverage.py --missing    # only the gaps, per language

The label families grew page by page, mostly on English and German pages, so
a language can lack a common button that its sites print ("Partager sur
Instagram" where "Partager sur Facebook" is known). ``EQUIVALENTS`` holds
the standard UI wording of each language for the entries of the share,
follow, print, save, copy-link and loading families (the wording of the
platforms' own buttons, not a sentence of one site); ``SHARE_ON`` spells
"share on <platform>" for each platform. An entry is covered in a language
when one of its wordings is a label of that language's file (compared by
``newsclean.lexicon.key``) or a pattern of that file matches it. English entries with no row in the tables are
listed with "-": nobody has written their equivalents here yet.
Prints the lexicons' own words only (no dev page is read).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

import regex

from newsclean.lexicon import PATTERN_FLAGS, key

LEXICONS = Path(__file__).resolve().parent.parent / "src" / "newsclean" / "data" / "lexicon"
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")

PLATFORMS = (
    "facebook", "twitter", "x", "instagram", "whatsapp", "telegram", "linkedin", "pinterest",
    "threads", "bluesky", "mastodon", "reddit",
)  # fmt: skip
# "share on <platform>" in each language: the first wording is the one to add
SHARE_ON = {
    "en": ("share on {}", "share to {}"),
    "de": ("auf {} teilen", "bei {} teilen", "per {} teilen", "teilen auf {}"),
    "fr": ("partager sur {}",),
    "es": ("compartir en {}",),
    "it": ("condividi su {}",),
    "pt": ("compartilhar no {}", "partilhar no {}"),
    "nl": ("delen op {}", "deel op {}"),
}

# English label -> language -> its wordings there (the first is the one to add)
EQUIVALENTS: dict[str, dict[str, tuple[str, ...]]] = {
    "share this article": {
        "de": ("artikel teilen", "diesen artikel teilen", "jetzt artikel teilen"),
        "fr": ("partager cet article", "partager l'article"),
        "es": ("compartir este artículo", "comparte este artículo", "compartir artículo"),
        "it": ("condividi questo articolo", "condividi l'articolo"),
        "pt": (
            "compartilhe este artigo",
            "compartilhar este artigo",
            "partilhar este artigo",
            "partilhe este artigo",
        ),
        "nl": ("deel dit artikel", "dit artikel delen", "artikel delen"),
    },
    "share via email": {
        "de": ("per e-mail teilen", "per mail teilen"),
        "fr": ("partager par e-mail", "partager par email", "envoyer par e-mail", "envoyer par email"),
        "es": (
            "compartir por correo",
            "compartir por email",
            "enviar por correo electrónico",
            "enviar por email",
        ),
        "it": ("condividi via email", "condividi via e-mail", "invia per email", "invia per e-mail"),
        "pt": ("compartilhar por e-mail", "partilhar por e-mail", "enviar por e-mail", "enviar por email"),
        "nl": ("delen via e-mail", "deel via e-mail", "delen per e-mail", "verstuur per e-mail"),
    },
    "copy link": {
        "de": ("link kopieren",),
        "fr": ("copier le lien", "copier lien"),
        "es": ("copiar enlace", "copiar el enlace"),
        "it": ("copia link", "copia il link"),
        "pt": ("copiar link", "copiar o link"),
        "nl": ("link kopiëren", "kopieer link", "kopieer de link"),
    },
    "link copied": {
        "de": ("link kopiert",),
        "fr": ("lien copié",),
        "es": ("enlace copiado",),
        "it": ("link copiato",),
        "pt": ("link copiado",),
        "nl": ("link gekopieerd",),
    },
    "print article": {
        "de": ("artikel drucken", "beitrag drucken"),
        "fr": ("imprimer l'article", "imprimer cet article"),
        "es": ("imprimir artículo", "imprimir el artículo"),
        "it": ("stampa l'articolo", "stampa articolo"),
        "pt": ("imprimir artigo", "imprimir o artigo"),
        "nl": ("artikel afdrukken", "artikel printen", "print artikel"),
    },
    "printer friendly version": {
        "de": ("druckversion", "druckansicht"),
        "fr": ("version imprimable",),
        "es": ("versión para imprimir", "versión imprimible"),
        "it": ("versione stampabile", "versione per la stampa"),
        "pt": ("versão para impressão", "versão imprimível"),
        "nl": ("printvriendelijke versie", "afdrukversie"),
    },
    "save article": {
        "de": ("artikel merken", "artikel speichern"),
        "fr": ("sauvegarder l'article", "enregistrer l'article"),
        "es": ("guardar artículo", "guardar el artículo"),
        "it": ("salva articolo", "salva l'articolo"),
        "pt": ("salvar artigo", "guardar artigo"),
        "nl": ("artikel opslaan", "bewaar artikel"),
    },
    "bookmark": {
        "de": ("merken", "zur merkliste hinzufügen"),
        "fr": ("ajouter aux favoris",),
        "es": ("añadir a favoritos", "agregar a favoritos", "guardar en favoritos"),
        "it": ("aggiungi ai preferiti",),
        "pt": ("adicionar aos favoritos",),
        "nl": ("toevoegen aan favorieten",),
    },
    "follow us": {
        "de": ("folge uns", "folgen sie uns"),
        "fr": ("suivez-nous",),
        "es": ("síguenos",),
        "it": ("seguici",),
        "pt": ("siga-nos", "siganos"),
        "nl": ("volg ons",),
    },
    # a map's or a widget's loading notice ("Karte wird geladen - bitte warten...")
    "loading map": {
        "en": ("loading map", "map loading", "map is loading"),
        "de": ("karte wird geladen", "karte lädt"),
        "fr": ("chargement de la carte",),
        "es": ("cargando mapa", "cargando el mapa"),
        "it": ("caricamento mappa", "caricamento della mappa"),
        "pt": ("carregando mapa", "a carregar o mapa"),
        "nl": ("kaart wordt geladen", "kaart laden"),
    },
    "loading please wait": {
        "en": ("loading please wait", "please wait"),
        "de": ("wird geladen bitte warten", "bitte warten"),
        "fr": ("chargement veuillez patienter", "veuillez patienter"),
        "es": ("cargando espere por favor", "por favor espere", "espere por favor"),
        "it": ("caricamento in corso attendere", "attendere prego", "attendere"),
        "pt": ("carregando aguarde", "aguarde"),
        "nl": ("even geduld", "een moment geduld"),
    },
    "loading": {
        "de": ("wird geladen", "lädt"),
        "fr": ("chargement en cours", "chargement"),
        "es": ("cargando",),
        "it": ("caricamento in corso", "caricamento"),
        "pt": ("carregando", "a carregar"),
        "nl": ("bezig met laden", "wordt geladen"),
    },
    "read more": {
        "de": ("weiterlesen", "mehr lesen"),
        "fr": ("lire la suite", "lire plus"),
        "es": ("leer más", "lee más"),
        "it": ("leggi di più", "leggi tutto"),
        "pt": ("leia mais", "ler mais"),
        "nl": ("lees meer", "lees verder"),
    },
    "continue reading": {
        "de": ("weiterlesen",),
        "fr": ("continuer la lecture", "lire la suite"),
        "es": ("seguir leyendo", "sigue leyendo"),
        "it": ("continua a leggere",),
        "pt": ("continue lendo", "continuar a ler"),
        "nl": ("verder lezen", "lees verder"),
    },
    "read full article": {
        "de": ("ganzen artikel lesen", "den ganzen artikel lesen"),
        "fr": ("lire l'article complet", "lire l'article en entier"),
        "es": ("leer el artículo completo", "lee el artículo completo"),
        "it": ("leggi l'articolo completo",),
        "pt": ("leia o artigo completo", "ler o artigo completo", "leia a matéria completa"),
        "nl": ("lees het volledige artikel", "lees het hele artikel"),
    },
    "next article": {
        "de": ("nächster artikel",),
        "fr": ("article suivant",),
        "es": ("artículo siguiente", "siguiente artículo"),
        "it": ("articolo successivo", "prossimo articolo"),
        "pt": ("próximo artigo",),
        "nl": ("volgend artikel",),
    },
    "previous article": {
        "de": ("vorheriger artikel",),
        "fr": ("article précédent",),
        "es": ("artículo anterior",),
        "it": ("articolo precedente",),
        "pt": ("artigo anterior",),
        "nl": ("vorig artikel",),
    },
    "next post": {
        "de": ("nächster beitrag",),
        "fr": ("billet suivant", "article suivant"),
        "es": ("entrada siguiente", "siguiente entrada"),
        "it": ("post successivo",),
        "pt": ("próximo post",),
        "nl": ("volgend bericht",),
    },
    "previous post": {
        "de": ("vorheriger beitrag",),
        "fr": ("billet précédent", "article précédent"),
        "es": ("entrada anterior",),
        "it": ("post precedente",),
        "pt": ("post anterior",),
        "nl": ("vorig bericht",),
    },
    "open in app": {
        "de": ("in der app öffnen", "in app öffnen"),
        "fr": ("ouvrir dans l'app", "ouvrir dans l'application"),
        "es": ("abrir en la app", "abrir en app"),
        "it": ("apri nell'app", "apri in app"),
        "pt": ("abrir no app", "abrir na app"),
        "nl": ("open in de app", "open in app"),
    },
    "download the app": {
        "de": ("app herunterladen", "jetzt die app laden"),
        "fr": ("télécharger l'application", "télécharger l'app"),
        "es": ("descargar la app", "descarga la app"),
        "it": ("scarica l'app",),
        "pt": ("baixe o app", "descarregue a app"),
        "nl": ("download de app",),
    },
}
for _p in PLATFORMS:
    EQUIVALENTS[f"share on {_p}"] = {lang: tuple(w.format(_p) for w in ws) for lang, ws in SHARE_ON.items()}


def labels(lang: str) -> dict[str, str]:
    """The label keys of ``lang``'s own file -> their family."""
    data = tomllib.loads((LEXICONS / f"{lang}.toml").read_text(encoding="utf-8"))
    return {key(entry): family for family, entries in data.get("labels", {}).items() for entry in entries}


def patterns(lang: str) -> list[regex.Pattern[str]]:
    """The patterns of ``lang``'s own file (a line one matches is chrome to
    the boilerplate cleaner: "Compartir en Facebook" needs no label)."""
    data = tomllib.loads((LEXICONS / f"{lang}.toml").read_text(encoding="utf-8"))
    return [regex.compile(p, PATTERN_FLAGS) for ps in data.get("patterns", {}).values() for p in ps]


def covered(wording: str, own: dict[str, str], rxs: list[regex.Pattern[str]]) -> bool:
    """Whether a label or a pattern of a language's file takes ``wording``
    (as a button prints it, first letter capitalised) for chrome."""
    line = wording[:1].upper() + wording[1:]
    return key(wording) in own or any(rx.search(line) for rx in rxs)


def table(langs: Sequence[str]) -> tuple[list[tuple[str, str, list[str]]], dict[str, list[str]]]:
    """Each English label, and each German one English lacks, as (family,
    entry, its mark per language: "ok", "MISS", or "-" where no wording is
    known), then the wordings to add, per language (the first of each
    missing row)."""
    own = {lang: labels(lang) for lang in langs}
    rxs = {lang: patterns(lang) for lang in langs}
    en_labels = labels("en")
    # (family, entry, the language it is written in)
    entries = [(family, k, "en") for k, family in en_labels.items()]
    entries += [(family, k, "de") for k, family in labels("de").items() if k not in en_labels]
    entries += [("(not in en.toml)", k, "en") for k in EQUIVALENTS if k not in en_labels]
    rows = []
    gaps: dict[str, list[str]] = {lang: [] for lang in langs}
    for family, entry, source in entries:
        row = EQUIVALENTS.get(entry, {}) if source == "en" else {}
        marks = []
        for lang in langs:
            words = (entry, *row.get(lang, ())) if lang == source else row.get(lang, ())
            if not words:
                marks.append("-")
            elif any(covered(w, own[lang], rxs[lang]) for w in words):
                marks.append("ok")
            else:
                marks.append("MISS")
                gaps[lang].append(words[0])
        rows.append((family, entry, marks))
    return rows, gaps


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--missing", action="store_true", help="list only the gaps, per language")
    ap.add_argument("--languages", default=",".join(LANGUAGES), help="comma-separated (default: %(default)s)")
    args = ap.parse_args(argv)
    langs = args.languages.split(",")
    rows, gaps = table(langs)
    if args.missing:
        for lang, words in gaps.items():
            if words:
                print(f"{lang}: " + ", ".join(f'"{w}"' for w in words))
        return 0
    family = None
    for fam, entry, marks in sorted(rows, key=lambda r: r[0]):
        if fam != family:
            family = fam
            print(f"[{fam}]".ljust(43) + " ".join(f"{lang:>4}" for lang in langs))
        print(f"  {entry:<40} " + " ".join(f"{m:>4}" for m in marks))
    return 0


if __name__ == "__main__":
    sys.exit(main())

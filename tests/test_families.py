"""Each cleaner on its family of chrome, in English, German, French and Spanish.

Every example is written here; none is a phrase of one site.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from newsclean import Config, clean, explain
from newsclean.cleaners import Boilerplate, Labels, Sections
from newsclean.cleaners.bylines import Bylines
from newsclean.cleaners.labels import LabelKind
from newsclean.cleaners.region import FEATURE_NAMES, Region, Weights, _share_bar, _teaser_list, read_more_link
from newsclean.document import Block, DecisionKind, Document
from newsclean.features import Features, features
from newsclean.lexicon import load_lexicon
from newsclean.pipeline import Pipeline


def length_only_weights() -> Weights:
    """Region weights that score a block by its length alone (a model that
    takes every short line for chrome), to test the region's rules."""
    coef = tuple({"bias": -5.0, "log_words": 3.0}.get(name, 0.0) for name in FEATURE_NAMES)
    return Weights(coef=coef, transition_cost=1.5, region_max_gap=8, headline_window=12, edge_min_score=-4.0)


ARTICLE = {
    "en": [
        "Farmers in the valley began the harvest early this year because of the dry summer and warm nights.",
        "The regional council said it would review the water rules before the next planting season begins.",
        "Several growers told reporters that their wells had fallen to the lowest level in two decades.",
    ],
    "de": [
        "Die Bauern im Tal haben in diesem Jahr wegen des trockenen Sommers früher mit der Ernte begonnen.",
        "Der Regionalrat kündigte an, die Regeln für das Wasser vor der nächsten Saison zu überprüfen.",
        "Mehrere Landwirte sagten, ihre Brunnen seien so niedrig wie seit zwanzig Jahren nicht mehr.",
    ],
    "fr": [
        "Les agriculteurs de la vallée ont commencé la récolte plus tôt cette année à cause de la sécheresse.",
        "Le conseil régional a indiqué qu'il réexaminerait les règles sur l'eau avant la prochaine saison.",
        "Plusieurs producteurs ont dit que leurs puits étaient au plus bas depuis vingt ans dans la région.",
    ],
    "es": [
        "Los agricultores del valle empezaron la cosecha antes este año por el verano seco y las noches cálidas.",
        "El consejo regional dijo que revisará las normas sobre el agua antes de la próxima temporada.",
        "Varios productores contaron que sus pozos han bajado al nivel más bajo en dos décadas en la zona.",
    ],
}

# family -> language -> (lines before the article, lines after it)
CHROME: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "navigation": {
        "en": (["Home", "World", "Business", "Sports", "E-Paper"], ["About Us", "Contact", "Privacy Policy"]),
        "de": (["Startseite", "Politik", "Wirtschaft", "Sport"], ["Impressum", "Datenschutz", "Kontakt"]),
        "fr": (
            ["Accueil", "Politique", "Économie", "Sport"],
            ["Mentions légales", "Contact", "Plan du site"],
        ),
        "es": (["Inicio", "Política", "Economía", "Deportes"], ["Aviso legal", "Contacto", "Mapa del sitio"]),
    },
    "app prompts": {
        "en": (["Open in App", "Download our free app"], ["Get the app"]),
        "de": (["In der App öffnen"], ["Jetzt die App laden"]),
        "fr": (["Ouvrir dans l'application"], ["Téléchargez notre application"]),
        "es": (["Abrir en la app"], ["Descarga nuestra app"]),
    },
    "bylines and timestamps": {
        "en": (
            ["By Mary Smith | Updated: February 2, 2024 08:30 EST", "Posted 3 hours ago", "Tom Baker Views"],
            [],
        ),
        "de": (["Von Anna Müller", "Aktualisiert am 12. März 2024, 14:05 Uhr", "vor 2 Stunden"], []),
        "fr": (["Par Claire Martin", "Publié le 12 mars 2024 à 14:05", "Mis à jour le 13 mars 2024"], []),
        "es": (
            ["Por Lucía Gómez", "Actualizado el 12 de marzo de 2024 a las 14:05", "Publicado: 12/03/2024"],
            [],
        ),
    },
    "teasers": {lang: ([ARTICLE[lang][0][:60].rsplit(" ", 1)[0] + " ..."], []) for lang in ARTICLE},
    "disclaimers": {
        "en": (
            [],
            [
                "Disclaimer: This story was auto-published from a syndicated feed without edits.",
                "© 2024 Example Media. All rights reserved.",
            ],
        ),
        "de": (["*Werbung: Dieser Beitrag enthält Werbung für eine Marke."], ["Alle Rechte vorbehalten."]),
        "fr": ([], ["Tous droits réservés.", "Cet article contient des liens affiliés."]),
        "es": ([], ["Todos los derechos reservados.", "Este artículo contiene enlaces de afiliados."]),
    },
    "related sections": {
        "en": (
            [],
            [
                "Related Stories",
                "Drought hits wheat prices",
                "Council delays vote on wells",
                "Most Read",
                "Storm closes coastal road",
                "Next Up In Farming & Food",
                "A clever new pump for the driest fields",
            ],
        ),
        "de": (
            [],
            [
                "Weitere Artikel",
                "Dürre lässt Weizenpreise steigen",
                "Das könnte Sie auch interessieren",
                "Sturm sperrt Küstenstraße",
            ],
        ),
        "fr": (
            [],
            [
                "Sur le même sujet",
                "La sécheresse fait grimper le prix du blé",
                "Les plus lus",
                "Une tempête ferme la route côtière",
            ],
        ),
        "es": (
            [],
            [
                "Noticias relacionadas",
                "La sequía dispara el precio del trigo",
                "Lo más leído",
                "Un temporal cierra la carretera de la costa",
            ],
        ),
    },
    "comment sections": {
        "en": (
            [],
            [
                "Leave a Reply",
                "Your email address will not be published. Required fields are marked *",
                "Comment",
                "Name *",
                "Post Comment",
            ],
        ),
        "de": (
            [],
            [
                "Schreibe einen Kommentar",
                "Deine E-Mail-Adresse wird nicht veröffentlicht.",
                "Kommentar abschicken",
            ],
        ),
        "fr": ([], ["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée.", "Commentaires"]),
        "es": (
            [],
            ["Deja un comentario", "Tu dirección de correo electrónico no será publicada.", "Comentarios"],
        ),
    },
    "widget labels": {
        "en": (["Share", "Tweet", "Email", "Print", "From", "Send to"], ["Share this article", "Copy link"]),
        "de": (["Teilen", "Drucken", "Link kopieren"], ["Artikel teilen", "Merken"]),
        "fr": (["Partager", "Imprimer", "Copier le lien"], ["Partager cet article"]),
        "es": (["Compartir", "Imprimir", "Copiar enlace"], ["Compartir en Facebook"]),
    },
    "author trailers": {
        "en": (
            [],
            [
                "Write to Jane Doe at jane.doe@example.com",
                "Email Sam Lee at slee@example.org or follow him @samlee.",
                "Follow Metro Desk on Instagram, Facebook and TikTok.",
                "Subscribe to Example Tech on YouTube for more reviews:",
            ],
        ),
        "de": (
            [],
            [
                "Sie erreichen die Autorin unter a.weber@example.de",
                "Folgen Sie Anna Weber auf Twitter und Instagram",
            ],
        ),
        "fr": (
            [],
            [
                "Pour joindre la rédaction : redaction@example.fr",
                "Suivez Claire Martin sur Twitter et LinkedIn.",
            ],
        ),
        "es": (
            [],
            [
                "Escriba a la autora a lgomez@example.es",
                "Sigue a Lucía Gómez en Twitter, Instagram y YouTube",
            ],
        ),
    },
    "app and channel prompts": {
        "en": (["Click here to get the Example News app"], ["Download the Morning Post app"]),
    },
    "consent checkboxes": {
        "en": (
            ["Advert", "Learn more"],
            [
                "By checking this box, I agree to the terms of use of Example Media.",
                "I agree that Example Sports can send me its weekly newsletter.",
                "Please tick the box to confirm that you would like to subscribe.",
            ],
        ),
        "de": (
            [],
            [
                "Ich habe die Datenschutzhinweise gelesen und akzeptiere sie.",
                "Ich bin damit einverstanden, dass mir der Verlag Angebote per E-Mail schickt.",
            ],
        ),
        "fr": (
            [],
            [
                "En cochant cette case, vous acceptez nos conditions.",
                "J'accepte de recevoir la lettre d'information.",
            ],
        ),
        "es": (
            [],
            [
                "Al marcar esta casilla aceptas la política de privacidad.",
                "Acepto recibir el boletín semanal.",
            ],
        ),
    },
    "cookie notices": {
        "en": (["We use cookies to give you the best experience. Accept all cookies"], []),
        "de": (["Diese Website verwendet Cookies. Alle Cookies akzeptieren"], []),
        "fr": (["Ce site utilise des cookies. Accepter les cookies"], []),
        "es": (["Este sitio web utiliza cookies. Aceptar todas las cookies"], []),
    },
}

CASES = [(fam, lang) for fam, by_lang in CHROME.items() for lang in by_lang]


@pytest.mark.parametrize(("family", "lang"), CASES)
def test_family_is_cleaned(family: str, lang: str) -> None:
    before, after = CHROME[family][lang]
    headline = {
        "en": "Dry summer speeds up the harvest",
        "de": "Trockener Sommer beschleunigt die Ernte",
        "fr": "Un été sec accélère la récolte",
        "es": "Un verano seco adelanta la cosecha",
    }[lang]
    text = "\n".join([*before, headline, *ARTICLE[lang], *after])
    out = clean(text).splitlines()
    for line in ARTICLE[lang]:
        assert line in out, f"article line lost: {line!r}"
    assert headline in out
    for line in before + after:
        assert line not in out, f"{family} kept: {line!r}"


@pytest.mark.parametrize("lang", sorted(ARTICLE))
def test_clean_article_is_untouched(lang: str) -> None:
    text = "\n\n".join(ARTICLE[lang])
    assert clean(text) == text


def test_reasons_name_the_family() -> None:
    text = "\n".join(["Related Stories", *ARTICLE["en"], "Open in App", "By Mary Smith"])
    reasons = {b.text: (b.cleaner, b.reason) for b in explain(text).blocks}
    assert reasons["Open in App"] == ("labels", 'dropped: "Open in App" is an app label')
    assert reasons["By Mary Smith"][0] == "bylines"
    assert reasons["Related Stories"][0] == "sections"


def test_every_lexicon_has_the_section_families() -> None:
    from newsclean.lexicon import load_lexicon

    lex = load_lexicon()
    assert lex.section_heading("Leave a Reply") == "comments"
    assert lex.section_heading("Kommentar verfassen") == "comments"
    assert lex.section_heading("Laisser un commentaire") == "comments"
    assert lex.section_heading("Deja un comentario") == "comments"
    assert lex.section_heading("Related Stories") == "related"
    assert lex.section_heading("More from the Newsroom") == "related"
    assert lex.section_heading("Newsletter") == "newsletter"


# an article's own lists: a recipe's ingredients, a spec sheet (heading, items)
CONTENT_LISTS = {
    "en": ("Ingredients", ["200 g flour", "2 eggs", "1 pinch of salt", "300 ml milk"]),
    "de": ("Zutaten", ["200 g Mehl", "2 Eier", "1 Prise Salz", "300 ml Milch"]),
    "fr": ("Ingrédients", ["200 g de farine", "2 œufs", "1 pincée de sel", "30 cl de lait"]),
    "es": ("Ingredientes", ["200 g de harina", "2 huevos", "1 pizca de sal", "300 ml de leche"]),
}


@pytest.mark.parametrize("lang", sorted(CONTENT_LISTS))
def test_a_list_under_a_content_heading_stays_with_the_article(lang: str) -> None:
    heading, items = CONTENT_LISTS[lang]
    menu = CHROME["navigation"][lang][0]
    text = "\n".join([*menu, *ARTICLE[lang][:2], heading, *items, ARTICLE[lang][2], *menu])
    out = clean(text).splitlines()
    for line in [*ARTICLE[lang], heading, *items]:
        assert line in out, f"lost: {line!r}"
    for line in menu:
        assert line not in out


def test_a_list_under_a_content_heading_above_the_article_joins_it() -> None:
    heading, items = CONTENT_LISTS["en"]
    menu = CHROME["navigation"]["en"][0]
    text = "\n".join([*menu, heading, *items, "Method", *ARTICLE["en"], *menu])
    out = clean(text).splitlines()
    for line in [heading, *items, "Method", *ARTICLE["en"]]:
        assert line in out, f"lost: {line!r}"
    for line in menu:
        assert line not in out


# A page whose sidebar of latest headlines, under a related-content heading,
# comes before the article: the article sits under that heading too, and its
# paragraphs, set apart by photo credits, never come two in a row. Language ->
# (the heading and its headlines, the headline, the paragraphs, the credits,
# the footer's lines).
SIDEBAR_FIRST = {
    "en": (
        [
            "Latest News",
            "Storm closes the coastal road",
            "Council approves the new budget",
            "Local team wins the cup",
        ],
        "Farmers start the harvest early",
        [
            "Farmers in the valley began the harvest early this year because of the dry summer and the warm nights,"
            " and many of them said the grain was smaller than usual. The regional council said it would review"
            " the water rules before the next planting season begins in the spring.",
            "Several growers told reporters that their wells had fallen to the lowest level in two decades, and that"
            " they had to buy water from the town for their animals. The farmers' union asked the ministry for help"
            " with the cost of deeper wells and of new pumps for the valley.",
            "The ministry said it would send experts to the valley next week to look at the wells and at the water"
            " rules, and that it would decide on the help for the farmers before the end of the year.",
        ],
        ["Photo: Jane Roe", "Photo: John Doe"],
        ["Photo galleries", "Reader trips", "Crossword", "Your news from the valley since 1950"],
    ),
    "de": (
        [
            "Aktuelle Nachrichten",
            "Sturm sperrt die Küstenstraße",
            "Rat beschließt den Haushalt",
            "Heimteam holt den Pokal",
        ],
        "Bauern beginnen früh mit der Ernte",
        [
            "Die Bauern im Tal haben in diesem Jahr wegen des trockenen Sommers und der warmen Nächte früher mit der"
            " Ernte begonnen, und viele von ihnen sagten, das Korn sei kleiner als sonst. Der Regionalrat kündigte"
            " an, die Regeln für das Wasser vor der nächsten Saison im Frühjahr zu überprüfen.",
            "Mehrere Landwirte sagten, ihre Brunnen seien so niedrig wie seit zwanzig Jahren nicht mehr, und sie"
            " müssten für ihre Tiere Wasser von der Stadt kaufen. Der Bauernverband bat das Ministerium um Hilfe bei"
            " den Kosten für tiefere Brunnen und für neue Pumpen im Tal.",
            "Das Ministerium will in der nächsten Woche Fachleute in das Tal schicken, die sich die Brunnen und die"
            " Regeln für das Wasser ansehen, und noch vor dem Ende des Jahres über die Hilfe für die Bauern entscheiden.",
        ],
        ["Foto: Max Muster", "Foto: Erika Muster"],
        ["Bildergalerien", "Leserreisen", "Kreuzworträtsel", "Ihre Nachrichten aus dem Tal seit 1950"],
    ),
    "fr": (
        [
            "Dernières actualités",
            "La tempête ferme la route côtière",
            "Le conseil vote le budget",
            "Le club local gagne la coupe",
        ],
        "Les agriculteurs commencent la récolte plus tôt",
        [
            "Les agriculteurs de la vallée ont commencé la récolte plus tôt cette année à cause de l'été sec et des"
            " nuits chaudes, et beaucoup d'entre eux ont dit que le grain était plus petit que d'habitude. Le conseil"
            " régional a indiqué qu'il réexaminerait les règles sur l'eau avant la prochaine saison au printemps.",
            "Plusieurs producteurs ont dit que leurs puits étaient au plus bas depuis vingt ans, et qu'ils devaient"
            " acheter de l'eau à la ville pour leurs bêtes. Le syndicat a demandé au ministère une aide pour le coût"
            " de puits plus profonds et de nouvelles pompes dans la vallée.",
            "Le ministère a dit qu'il enverrait des experts dans la vallée la semaine prochaine pour examiner les"
            " puits et les règles sur l'eau, et qu'il déciderait de l'aide aux agriculteurs avant la fin de l'année.",
        ],
        ["Photo : Jean Dupont", "Photo : Claire Martin"],
        ["Galeries photos", "Voyages des lecteurs", "Mots croisés", "Vos nouvelles de la vallée depuis 1950"],
    ),
    "es": (
        [
            "Últimas noticias",
            "La tormenta cierra la carretera",
            "El consejo aprueba el presupuesto",
            "El club gana la copa",
        ],
        "Los agricultores adelantan la cosecha",
        [
            "Los agricultores del valle empezaron la cosecha antes este año por el verano seco y las noches cálidas,"
            " y muchos de ellos dijeron que el grano era más pequeño que de costumbre. El consejo regional dijo que"
            " revisará las normas sobre el agua antes de la próxima temporada en la primavera.",
            "Varios productores contaron que sus pozos han bajado al nivel más bajo en dos décadas, y que tienen que"
            " comprar agua a la ciudad para sus animales. El sindicato pidió al ministerio ayuda con el coste de"
            " pozos más profundos y de bombas nuevas para el valle.",
            "El ministerio dijo que enviará expertos al valle la próxima semana para revisar los pozos y las normas"
            " sobre el agua, y que decidirá sobre la ayuda a los agricultores antes de que termine el año.",
        ],
        ["Foto: Juan Pérez", "Foto: Lucía Gómez"],
        ["Galerías de fotos", "Viajes de lectores", "Crucigramas", "Sus noticias del valle desde 1950"],
    ),
}


@pytest.mark.parametrize("lang", sorted(SIDEBAR_FIRST))
def test_an_article_under_a_related_heading_on_a_page_with_no_other_is_found(lang: str) -> None:
    # no region stands out while the article counts as related content; on a
    # page with no other article, the heading is over the article itself: the
    # article and its headline stay, the footer goes
    sidebar, headline, paragraphs, credits, footer = SIDEBAR_FIRST[lang]
    body = [paragraphs[0], credits[0], paragraphs[1], credits[1], paragraphs[2]]
    out = clean("\n".join([*sidebar, headline, *body, *footer])).splitlines()
    assert out == [headline, *paragraphs]


def test_a_comments_link_above_the_article_starts_no_thread() -> None:
    # "News Comment" (a category and a link to the comments) right above the
    # article: the article is not a comment thread
    menu = CHROME["navigation"]["en"][0]
    text = "\n".join(
        [*menu, "Dry summer speeds up the harvest", "News Comment", *ARTICLE["en"], "Leave a Reply"]
    )
    out = clean(text).splitlines()
    for line in ARTICLE["en"]:
        assert line in out, f"lost: {line!r}"
    assert "News Comment" not in out


@pytest.mark.parametrize(
    "heading",
    [
        "12 thoughts on “Dry summer speeds up the harvest”",
        '3 Responses to "Dry summer speeds up the harvest"',
        "3 Kommentare zu „Trockener Sommer beschleunigt die Ernte“",
        "5 commentaires sur « L'été sec avance la récolte »",
        "4 comentarios en “El verano seco adelanta la cosecha”",
        # an article's title longer than any heading
        "12 thoughts on “Dry summer speeds up the harvest: why the growers of the valley fear for their wells”",
        "3 Kommentare zu „Trockener Sommer beschleunigt die Ernte: Warum die Bauern im Tal um ihre Brunnen bangen“",
        "5 commentaires sur « L'été sec avance la récolte : pourquoi les producteurs de la vallée craignent pour leurs puits »",
        "4 comentarios en “El verano seco adelanta la cosecha: por qué los agricultores del valle temen por sus pozos”",
        # a count word the section headings do not spell, which the
        # boilerplate cleaner takes for a comment prompt
        "12 Gedanken zu „Trockener Sommer beschleunigt die Ernte“",
        "11 Antworten zu „Trockener Sommer beschleunigt die Ernte“",
        "3 réflexions sur « L'été sec avance la récolte »",
        "2 respuestas en «El verano seco adelanta la cosecha»",
        "12 Gedanken zu „Trockener Sommer beschleunigt die Ernte: Warum die Bauern im Tal um ihre Brunnen bangen“",
        # one comment, its count in words
        "One thought on “Dry summer speeds up the harvest”",
        "Ein Gedanke zu „Trockener Sommer beschleunigt die Ernte“",
        "Une réponse à « L'été sec avance la récolte »",
        "Un comentario en «El verano seco adelanta la cosecha»",
    ],
)
def test_a_heading_counting_the_comments_starts_the_thread(heading: str) -> None:
    # the count and the article's title around a comment heading: the name of
    # the first commenter under it goes with the heading
    text = "\n".join(
        [*ARTICLE["en"], heading, "Mary Jones", "I have never seen the wells this low, Mary wrote."]
    )
    blocks = {b.text: b for b in explain(text).blocks}
    assert (blocks["Mary Jones"].kept, blocks["Mary Jones"].cleaner) == (False, "sections")
    assert blocks[heading].kept is False


def test_the_thread_beyond_a_heading_counting_the_comments_goes() -> None:
    # a whole page: the article, its share bar and post links, then a heading
    # that counts the comments and names the article, and long comments with
    # paragraphs in a row (the section ends there, the thread goes on): no
    # comment is kept as a paragraph of its own
    menu = ["Startseite", "Politik", "Wirtschaft", "Kontakt"]
    headline = "Der Brunnen im Dorf ist wieder trocken"
    article = [
        "Zum dritten Mal in diesem Sommer ist der alte Brunnen am Marktplatz trocken gefallen, teilte die Gemeinde mit.",
        "Die Bauern in der Umgebung müssen ihr Wasser seit Wochen mit Tankwagen aus der Stadt holen lassen.",
        "Der Bürgermeister kündigte an, im Herbst einen neuen und tieferen Brunnen bohren zu lassen.",
        "Die Kosten dafür schätzt die Gemeinde auf rund achtzigtausend Euro, die das Land zur Hälfte trägt.",
    ]
    after = ["Teilen:", "Drucken", "E-Mail", "Gefällt mir:", "Ähnliche Beiträge", "Beitragsnavigation"]
    heading = "12 Gedanken zu „Der Brunnen im Dorf ist wieder trocken“"
    thread = [
        "Anna Berger 3. Juli 2021 um 10:15",
        "Das war doch absehbar, seit Jahren wird hier über den Wasserverbrauch der großen Höfe gestritten.",
        "Niemand wollte damals auf die Warnungen der Fachleute hören, und jetzt zahlen wir alle dafür.",
        "Antworten",
        "Peter Lang 3. Juli 2021 um 11:40",
        "Achtzigtausend Euro für ein Loch im Boden, das ist doch eine Verschwendung von Steuergeld ohnegleichen.",
        "Man hätte lieber die alten Leitungen reparieren sollen, die verlieren jeden Tag tausende Liter Wasser.",
        "Antworten",
        "Maria Roth 3. Juli 2021 um 12:02",
        "Ich wohne seit vierzig Jahren hier und habe den Brunnen noch nie so leer gesehen wie in diesem Sommer.",
        "Früher haben wir als Kinder im Sommer noch aus dem Brunnen getrunken, das kann man sich kaum vorstellen.",
        "Antworten",
    ]
    out = clean("\n".join([*menu, headline, *article, *after, heading, *thread])).splitlines()
    assert out == [headline, *article]


def test_a_key_in_a_code_listing_is_no_heading() -> None:
    # '"comments": {' in a JSON listing inside the article starts no comment
    # thread: the paragraphs after the listing stay
    more = [
        "The council will publish the new rules for wells and pumps in the spring, a spokesman said on Tuesday.",
        "Growers who draw more than their share of water will have to pay a fee for every cubic metre they use.",
        "Some farmers said that they would rather plant less next year than pay the fee, which they called unfair.",
        "The council said that the money from the fee would go to repairs of the old canals in the valley.",
    ]
    listing = ["{", '  "well": "north field",', '  "comments": {', '    "level": "low"', "  }", "}"]
    out = clean("\n".join([*ARTICLE["en"], *listing, *more])).splitlines()
    for line in more:
        assert line in out, f"lost: {line!r}"


def test_a_numbered_list_goes_on_to_its_last_number() -> None:
    # a list article: the smoothing may cut it after a few short items, the
    # numbering carries it to the end
    items = []
    for n, (name, note) in enumerate(
        [
            (
                "Anna Berg",
                "She runs the valley's oldest farm and has kept records of every harvest since 1990.",
            ),
            ("Tom Reyes", "Grower."),
            ("Lena Park", "Water engineer."),
            ("Omar Haddad", "Beekeeper."),
            ("Ruth Klein", "Seed trader."),
        ],
        start=1,
    ):
        items += [f"{n}. {name}", note]
    menu = CHROME["navigation"]["en"][0]
    text = "\n".join([*menu, "Five people who feed the valley", *ARTICLE["en"], *items, *menu])
    out = clean(text)
    for line in items:
        assert line.split(". ", 1)[-1] in out, f"lost: {line!r}"


QUESTION = [
    "Why does my bread not rise in a cold kitchen?",
    "The yeast works slowly below twenty degrees, so the dough needs more time to rise, often twice as long.",
    "Put the bowl in the oven with only the light on, or next to a warm radiator, and cover it with a damp towel.",
    "You can also use a little more yeast, but the bread will then taste of it, and the crumb will be coarser.",
    "Many bakers prefer the slow rise anyway: leave the dough in the fridge overnight and bake it in the morning.",
]

OTHER_QUESTIONS = [
    "* How do I keep a sourdough starter alive while I am away for two weeks?",
    "* What is the difference between bread flour and plain flour in a recipe?",
    "* Can I freeze pizza dough after the first rise without ruining it?",
    "* Why do my cookies spread flat on the baking tray every time I bake them?",
    "* Is it safe to eat raw cake batter made with eggs from the shop?",
    "* How long can cooked rice stay in the fridge before it goes bad?",
    "* What can I use instead of buttermilk in a pancake recipe for children?",
    "* Why does the caramel turn grainy when I stir the sugar in the pan?",
    "* How do restaurants make their fried potatoes so crisp on the outside?",
    "* Should I salt the water before or after it starts to boil for pasta?",
]


def test_a_sidebar_of_linked_titles_is_no_article() -> None:
    # a long bulleted list of other pages' titles far below a short article
    # (questions of the same site, headlines) scores high line by line; it is
    # no article run of its own, and never the region
    menu = ["Home", "Questions", "Tags", "Users", "Unanswered", "Ask Question"]
    form = ["Share", "Improve this answer", "Follow", "Your Answer", "Name", "Email", "Post Your Answer"]
    form += ["Discard", "Sign up", "Log in", "Trending"]
    text = "\n".join([*menu, *QUESTION, *form, *OTHER_QUESTIONS, "About", "Privacy"])
    assert clean(text).splitlines() == QUESTION


def test_bulleted_facts_below_the_article_stay() -> None:
    # a bulleted list whose items state facts, each with its full stop (patch
    # notes, a summary), is the article's, inside it or far below it
    notes = [
        "* Fixed the timer that stopped when the oven door was opened.",
        "* The recipe list now opens at the last recipe you read.",
        "* Added a setting for the weight of a cup of flour in grams.",
        "* Removed the old sharing menu from the recipe pages.",
        "* The shopping list keeps its order when you add a new item.",
    ]
    menu = ["Home", "Questions", "Tags", "Users", "Unanswered", "Ask Question"]
    form = ["Share", "Improve this answer", "Follow", "Your Answer", "Name", "Email", "Post Your Answer"]
    form += ["Discard", "Sign up", "Log in", "Trending"]
    for text in (
        "\n".join([*menu, *QUESTION[:3], *notes, *QUESTION[3:], "About", "Privacy"]),
        "\n".join([*menu, *QUESTION, *form, *notes, "About", "Privacy"]),
    ):
        out = clean(text).splitlines()
        for line in [*QUESTION[:3], *notes]:
            assert line in out, f"lost: {line!r}"


THREAD = [
    (
        "Gärtner77",
        "Neues Mitglied",
        "12.04.2021, 09:14",
        ["Meine Tomaten bekommen gelbe Blätter, woran kann das liegen"],
    ),
    (
        "Rosalie",
        "Stammgast",
        "12.04.2021, 09:40",
        ["Zu viel Wasser vermutlich. Gieß mal nur noch morgens und nicht täglich"],
    ),
    ("Gärtner77", "Neues Mitglied", "12.04.2021, 10:02", ["Danke, probiere ich aus!"]),
    (
        "Kraut",
        "Gehört zum Inventar",
        "12.04.2021, 10:30",
        [
            "Hier steht es ganz gut erklärt:",
            "Yellow leaves on tomato plants are most often caused by overwatering, poor drainage or a lack of"
            " nitrogen in the soil, and the lower leaves usually turn first.",
            "Remove the affected leaves, water at the base of the plant in the morning and feed it with a"
            " balanced fertiliser every two weeks until the fruit sets.",
        ],
    ),
    (
        "Rosalie",
        "Stammgast",
        "12.04.2021, 11:05",
        ["Genau so hab ich es letztes Jahr gemacht, die Pflanzen haben sich erholt"],
    ),
    (
        "Gärtner77",
        "Neues Mitglied",
        "13.04.2021, 08:20",
        ["Heute sehen die Blätter schon besser aus, vielen Dank an alle"],
    ),
]


def test_the_posts_of_a_numbered_thread_stay() -> None:
    # a forum thread: each post dated and numbered ("#41", "#42", ...); its
    # posts are the page's text, however short, not only the long quote one
    # of them holds; the numbers and the posters' names and ranks go
    lines = [
        "Forum",
        "Garten",
        "Gemüse",
        "Anmelden",
        "Registrieren",
        "Gelbe Blätter an Tomaten",
        "Seite 3 von 5",
    ]
    for n, (user, rank, date, text) in enumerate(THREAD, start=41):
        lines += [user, rank, date, f"#{n}", *text]
    lines += ["Ähnliche Themen", "Tomaten im Kübel", "Gurken vorziehen", "Impressum", "Datenschutz"]
    out = clean("\n".join(lines)).splitlines()
    for *_, text in THREAD:
        for line in text:
            assert line in out, f"lost: {line!r}"
    for user, rank, date, _ in THREAD:
        assert user not in out
        assert rank not in out
        assert date not in out
    assert not [line for line in out if line.startswith("#")]


def test_numbered_lines_without_dates_are_no_thread() -> None:
    # a ranking numbered "#1", "#2", ... is no forum thread: no line of it
    # is taken for a post's number or a poster's name
    items = [
        (
            "Lisbon",
            "The old town climbs seven hills above the river, and the trams still rattle up the steepest of them.",
        ),
        (
            "Porto",
            "Port wine cellars line the south bank, and most of them offer tastings in the afternoon for a small fee.",
        ),
        (
            "Coimbra",
            "The university library holds a colony of bats that eat the insects which would otherwise damage the books.",
        ),
    ]
    lines = ["Home", "Travel", "Three cities to visit in Portugal", *ARTICLE["en"][:1]]
    for n, (city, text) in enumerate(items, start=1):
        lines += [f"#{n}", city, text]
    ex = explain("\n".join([*lines, "About", "Privacy"]))
    assert "thread" not in " ".join(b.reason for b in ex.blocks)
    for _, text in items:
        assert text in ex.text, f"lost: {text!r}"


def test_a_breadcrumb_arrow_is_no_headline() -> None:
    # "> Harvest news" (a breadcrumb) sits between the headline and the
    # article: the headline stays, the breadcrumb goes
    menu = CHROME["navigation"]["en"][0]
    headline = "Dry summer speeds up the harvest in the valley"
    text = "\n".join([*menu, headline, "> Harvest news", *ARTICLE["en"], *menu])
    out = clean(text).splitlines()
    assert headline in out
    assert "> Harvest news" not in out


@pytest.mark.parametrize(
    ("lang", "headline", "badge"),
    [
        ("en", "Is the valley running out of water this summer?", "Hot 50"),
        ("de", "Geht dem Tal in diesem Sommer das Wasser aus?", "Top 7"),
    ],
)
def test_the_named_headline_opening_the_article_is_the_only_headline(
    lang: str, headline: str, badge: str
) -> None:
    # the title bar names the headline, which opens the article; a short
    # line of the menu above (a badge, "Hot 50") is no second headline. With
    # keep_headline off the headline goes, though it ends with a question mark.
    menu = CHROME["navigation"][lang][0]
    text = "\n".join(
        [f"{headline} | Valley Courier", menu[0], badge, *menu[1:], headline, *ARTICLE[lang], *menu]
    )
    out = clean(text).splitlines()
    assert out == [headline, *ARTICLE[lang]]
    assert clean(text, Config(keep_headline=False)).splitlines() == ARTICLE[lang]


@pytest.mark.parametrize(
    "above",
    [
        ["Valley Harvest"],  # a tag naming the article's words
        ["Growers Farmers Valley"],  # a line of tags
        ["Back to harvest"],  # a link back to the gallery
    ],
)
def test_a_short_tag_or_name_gives_way_to_a_fuller_headline(above: list[str]) -> None:
    # a short title-like line between the headline and the article (a tag,
    # the author's name, a link) that shares words with the article is no
    # headline when a fuller one is right above it
    menu = CHROME["navigation"]["en"][0]
    headline = "Dry summer speeds up the harvest in the valley"
    text = "\n".join([*menu, headline, "Share", *above, *ARTICLE["en"], *menu])
    out = clean(text).splitlines()
    assert out == [headline, *ARTICLE["en"]]


def test_a_bulleted_list_above_the_article_gives_no_headline() -> None:
    # a breadcrumb or a list of related headlines above the article, in
    # bullets: none of its items is the headline, the line above it is
    menu = CHROME["navigation"]["en"][0]
    headline = "Dry summer speeds up the harvest in the valley"
    items = ["* Farmers", "* Harvest news"]
    text = "\n".join([*menu, headline, "Share", *items, *ARTICLE["en"], *menu])
    out = clean(text).splitlines()
    assert out[0] == headline
    assert out[-3:] == ARTICLE["en"]


def test_a_fuller_line_with_a_bar_or_a_full_stop_is_no_headline() -> None:
    # the fuller line looked for above a short one is a title: not a row of
    # a table nor a sentence
    menu = CHROME["navigation"]["en"][0]
    text = "\n".join(
        [
            *menu,
            "Valley farmers | harvest | water",
            "Print this page about the valley farmers.",
            "Valley Harvest",
        ]
        + ARTICLE["en"]
        + menu
    )
    out = clean(text).splitlines()
    assert out == ["Valley Harvest", *ARTICLE["en"]]


@pytest.mark.parametrize("count", ["3.409", "2.289", "12"])
def test_a_count_under_the_headline_is_no_headline(count: str) -> None:
    # a share or comment count between the headline and the article has no
    # word: it is no headline, the line above it is
    menu = CHROME["navigation"]["en"][0]
    headline = "Dry summer speeds up the harvest in the valley"
    text = "\n".join([*menu, headline, count, *ARTICLE["en"], *menu])
    out = clean(text).splitlines()
    assert out == [headline, *ARTICLE["en"]]


def test_a_schedule_the_article_ends_with_goes_on_to_its_last_date() -> None:
    # tour dates under the article: with weights that score by length alone,
    # the long dates are article text and the short ones are not; the
    # schedule runs to its last date all the same, and the line after it
    # (no date) stays out
    weights = length_only_weights()
    long_dates = [
        "June 9 – Lakeside, FL @ Harbor Amphitheatre",
        "June 12 – Greenfield, GA @ County Fair Stage",
        "June 15 – Oak Ridge, TN @ Riverside Arena",
    ]
    short_dates = ["July 2 – Millbrook", "July 8 – Eastport", "August 1 – Stonebridge", "Sept. 3 – Westlake"]
    after = ["Tickets sold out", "Share", "Home"]
    doc = Document.from_text("\n".join([*ARTICLE["en"], *long_dates, *short_dates, *after]))
    Region(weights).annotate(doc)
    assert doc.render().splitlines() == [*ARTICLE["en"], *long_dates, *short_dates]


# chrome between the paragraphs of an article: family -> language -> two lines
INSIDE: dict[str, dict[str, list[str]]] = {
    "advertisement breaks": {
        "en": ["Story continues below advertisement", "Article continues after this ad"],
        "de": ["Weiter nach der Anzeige", "Der Artikel wird unter der Werbung fortgesetzt"],
        "fr": ["La suite après cette publicité", "L'article continue sous la publicité"],
        "es": ["Continúa después de la publicidad", "La noticia continúa tras el anuncio"],
        "pt": ["CONTINUA DEPOIS DA PUBLICIDADE", "A matéria continua após o anúncio"],
        "it": ["Continua dopo la pubblicità", "L'articolo continua sotto l'annuncio"],
        "nl": ["Het artikel gaat verder onder de advertentie", "Lees verder na de advertentie"],
        "pl": ["Dalsza część artykułu pod reklamą", "Artykuł jest kontynuowany poniżej reklamy"],
    },
    "gallery counters": {
        "en": ["Image 1 of 5", "Photo 2/5"],
        "de": ["Bild 1 von 12", "Foto 2 / 12"],
        "fr": ["Photo 1 sur 8", "Diapo 2/8"],
        "es": ["Imagen 1 de 6", "Foto 2 de 6"],
        "pt": ["Imagem 1 de 4", "Foto 2/4"],
        "it": ["Immagine 1 di 9", "Foto 2 di 9"],
        "nl": ["Afbeelding 1 van 3", "Foto 2 van 3"],
        "pl": ["Zdjęcie 1 z 7", "Slajd 2 z 7"],
    },
    "captions of an illustration": {
        "en": [
            "An artist's concept of the probe above the icy moon.",
            "An artist's impression of the new dam",
        ],
        "de": [
            "Künstlerische Darstellung der Raumsonde über dem Mond",
            "Eine künstlerische Darstellung des Damms",
        ],
        "fr": ["Vue d'artiste de la sonde au-dessus de la lune.", "Une vue d'artiste du futur barrage"],
        "es": ["Recreación artística de la sonda sobre la luna.", "Ilustración artística del futuro embalse"],
        "pt": ["Concepção artística da sonda sobre a lua.", "Ilustração artística da futura barragem"],
        "it": ["Rappresentazione artistica della sonda sopra la luna.", "Illustrazione artistica della diga"],
        "nl": ["Artistieke impressie van de sonde boven de maan.", "Een artistieke weergave van de dam"],
        "pl": ["Wizja artystyczna sondy nad Księżycem.", "Wizja artystyczna nowej tamy"],
    },
    # a blog's share buttons, each "click to share on <network> (opens in a new window)"
    "share buttons of a blog": {
        "en": [
            "* Click to share on Mastodon (Opens in new window)",
            "* Click to print (Opens in new window)",
        ],
        "de": [
            "* Klick, um auf Mastodon zu teilen (Wird in neuem Fenster geöffnet)",
            "* Klicken, um dies einem Freund per E-Mail zu senden (Wird in neuem Fenster geöffnet)",
        ],
        "fr": [
            "* Cliquez pour partager sur Mastodon(ouvre dans une nouvelle fenêtre)",
            "* Cliquer pour imprimer(ouvre dans une nouvelle fenêtre)",
        ],
        "es": [
            "* Haz clic para compartir en Mastodon (Se abre en una ventana nueva)",
            "* Haz clic para imprimir (Se abre en una ventana nueva)",
        ],
        "it": [
            "* Fai clic per condividere su Mastodon (Si apre in una nuova finestra)",
            "* Clicca per stampare (Si apre in una nuova finestra)",
        ],
        "nl": [
            "* Klik om te delen op Mastodon (Wordt in een nieuw venster geopend)",
            "* Klik om af te drukken (Wordt in een nieuw venster geopend)",
        ],
        "pt": [
            "* Clique para compartilhar no Mastodon(abre em nova janela)",
            "* Clique para partilhar no Pocket(abre numa nova janela)",
        ],
        "pl": [
            "* Kliknij, aby udostępnić na Mastodonie (Otwiera się w nowym oknie)",
            "* Kliknij, aby wydrukować (Otwiera się w nowym oknie)",
        ],
        "sv": [
            "* Klicka för att dela på Mastodon (Öppnas i ett nytt fönster)",
            "* Klicka för att skriva ut (Öppnas i ett nytt fönster)",
        ],
        "da": [
            "* Klik for at dele på Mastodon (Åbner i et nyt vindue)",
            "* Klik for at udskrive (Åbner i et nyt vindue)",
        ],
        "no": [
            "* Klikk for å dele på Mastodon (Åpnes i et nytt vindu)",
            "* Klikk for å skrive ut (Åpnes i et nytt vindu)",
        ],
        "fi": [
            "* Napsauta jakaaksesi Mastodonissa (Avautuu uudessa ikkunassa)",
            "* Napsauta tulostaaksesi (Avautuu uudessa ikkunassa)",
        ],
    },
    # an embed held back with a placeholder, and a cookie dialog's notice
    # that refusing its necessary cookies breaks the site
    "embed placeholders and necessary cookies": {
        "en": [
            "You are currently viewing a placeholder content from Vimeo. To access the actual content, "
            "click the button below. Please note that doing so will share data with third-party providers.",
            "Because these cookies are strictly necessary to deliver the website, refusing them will have "
            "impact how our site functions.",
        ],
        "de": [
            "Sie sehen gerade einen Platzhalterinhalt von Vimeo. Um auf den eigentlichen Inhalt "
            "zuzugreifen, klicken Sie auf die Schaltfläche unten.",
            "Da diese Cookies für den Betrieb der Seite technisch notwendig sind, hat die Ablehnung "
            "Auswirkungen auf die Funktionsweise der Seite.",
        ],
        "fr": [
            "Pour accéder au contenu réel, cliquez sur le bouton ci-dessous. Des données seront "
            "transmises à des tiers.",
            "Ces cookies étant strictement nécessaires au fonctionnement du site, les refuser aura un "
            "impact sur son fonctionnement.",
        ],
        "es": [
            "Para acceder al contenido real, haz clic en el botón de abajo. Ten en cuenta que se "
            "compartirán datos con terceros.",
            "Como estas cookies son estrictamente necesarias para ofrecer el sitio, rechazarlas afectará "
            "a su funcionamiento.",
        ],
        "it": [
            "Stai visualizzando un contenuto segnaposto di Vimeo. Per accedere al contenuto effettivo, "
            "clicca sul pulsante sottostante.",
            "Poiché questi cookie sono strettamente necessari per fornire il sito, rifiutarli avrà un "
            "impatto sul suo funzionamento.",
        ],
    },
    # a magazine's button to order its issue
    "buttons to order the issue": {
        "en": [">>> Order the current issue now! <<<", "Get the latest issue"],
        "de": [">>> Jetzt die aktuelle Ausgabe bestellen! <<<", "Die neue Ausgabe hier kaufen"],
        "fr": ["Commandez le dernier numéro !", "Achetez le numéro en cours"],
        "es": ["¡Compra el último número!", "Consigue el número actual aquí"],
        "it": ["Acquista il nuovo numero!", "Compra l'ultimo numero in edicola"],
        "nl": ["Bestel het nieuwste nummer!", "Koop de laatste editie"],
        "pt": ["Compre a edição atual!", "Compre já a última edição"],
    },
}

# lines of those families' words that are the article's own
INSIDE_PROSE = {
    "en": [
        "Readers who click to share the story on a social network are counted, the developer said.",
        "The curators said the current issue of the magazine sold out within two days of its release.",
    ],
    "de": [
        "Die aktuelle Ausgabe bestellen viele Leser inzwischen online, sagte die Verlegerin am Montag.",
        "Da diese Cookies laut dem Gericht nicht notwendig waren, muss der Betreiber nun eine Strafe zahlen.",
    ],
    "fr": ["Le dernier numéro de la revue, paru en mars, consacre un dossier entier à la sécheresse."],
    "es": ["El último número de la revista, publicado en marzo, dedica un dossier a la sequía del valle."],
}


@pytest.mark.parametrize("lang", sorted(INSIDE_PROSE))
def test_prose_with_the_words_of_those_families_stays(lang: str) -> None:
    body = ARTICLE[lang]
    text = "\n".join([body[0], *INSIDE_PROSE[lang], body[1], body[2]])
    assert clean(text).splitlines() == [body[0], *INSIDE_PROSE[lang], body[1], body[2]]


# sentences of the article that open as a chrome pattern's line does (a
# comment count, an ad's or a disclaimer's label, a copyright line, a
# consent box, an appeal, an author's bio in capitals): the pattern must
# read on to where the chrome would end
PROSE_LIKE_CHROME = {
    "en": [
        "12 comments on “the new rules” were sent to the council before the vote.",
        "Comment by the company was not immediately available on Tuesday.",
        "In this country, pictures of the president hang in every classroom.",
        "In this case, photographs taken by a neighbour helped the police find the car.",
        "Image by image, the exhibition tells the story of the harbour.",
        "Advertisement spending rose by five percent last year, the agency said.",
        "Sponsored by Senator Jane Roe, the bill would raise the minimum wage over three years.",
        "Copyright law changed in 2019, when the European Parliament adopted the new directive.",
        "Disclaimer aside, the report holds few surprises for investors.",
        "I agree that the terms of the deal were unfair, but we had no better option.",
        "Yes, I want to get the bill passed before the summer recess.",
        "Every bit counts when a team is fighting relegation in the last weeks of the season.",
        "WHY THE RIVER IS RISING AGAIN",
        "Scientists from forty countries contributed to the report, which was published in March.",
        "Voters, left, right and centre, condemned the attack on the town hall.",
        "The charity said the posts violated its community guidelines on hate speech.",
        "The platform's community rules ban videos of violence, the company said.",
        "The names of the victims may not be published until their families have been told.",
        "The minister's report may not be published before the election, the court ruled.",
        # news about cookies, consent and newsletters: a banner speaks to the reader, a report does not
        "Regulators said sites must let users accept cookies only after a clear explanation.",
        "The commission published new cookie consent rules on Monday.",
        "The cookie policy of the retailer was changed after the fine, the authority said.",
        "Critics say the cookie settings of many sites are designed to confuse.",
        "The law requires consent to the use of cookies for advertising, the court said.",
        "Readers who subscribe to the newsletter received the story first, the editor said.",
        "Thousands of people sign up for the weekly newsletter of the museum every year.",
    ],
    "de": [
        "30 Kommentare zu dem Entwurf gingen bis Freitag bei der Behörde ein, teilte das Ministerium mit.",
        "Eine Antwort auf die Frage nach dem Wasser hat der Rat bis heute nicht gegeben.",
        "Ein Gedanke zu Ende gedacht",
        "Kommentar von der Stadtverwaltung gab es bis zum Abend nicht.",
        "Copyright gilt in der EU seit 2019 auch für kurze Ausschnitte von Presseartikeln.",
        "Stimme der Vernunft ist in diesem Streit ein Ökonom, der sich auf neue Daten beruft.",
        "Folgt ihm auf dem Chefsessel ein Externer, wäre das ein Bruch mit der Tradition.",
        "Foto von der Unfallstelle zeigt zerstörte Autos und ein umgestürztes Verkehrsschild.",
        "DIE STADT HAT GEWÄHLT",
        "Die Software steht unter einer freien Lizenz, teilte das Unternehmen am Dienstag mit.",
        "Die neuen Regeln für Cookies akzeptieren die Verbände nicht.",
        "Viele Nutzer wollen nicht alle Cookies akzeptieren, sagt die Verbraucherzentrale.",
        "Die Datenschutzeinstellungen des Netzwerks wurden im Mai geändert, teilte der Konzern mit.",
    ],
    "fr": [
        "12 commentaires sur le projet de loi ont été déposés en mairie avant le vote.",
        "Une réponse à la sécheresse",
        "3 réflexions sur l'avenir de la vallée",
        "Publicité mensongère : l'enseigne a été condamnée à une amende de deux millions d'euros.",
        "Avertissement sans frais pour le gouvernement : la majorité a perdu le vote au Sénat.",
        "J'accepte que les électeurs me jugent sur mon bilan, a déclaré le maire.",
        "Les internautes veulent accepter les cookies moins souvent, selon l'étude.",
        "Les sites doivent permettre de refuser aussi simplement que d'accepter les cookies, selon la Cnil.",
        "POURQUOI LA VILLE A PERDU SON MAIRE",
    ],
    "es": [
        "45 comentarios a la propuesta llegaron al ayuntamiento antes de la votación del jueves.",
        "Una respuesta a la sequía",
        "Publicidad engañosa: la multa a la empresa asciende a dos millones de euros según el tribunal.",
        "Su apoyo permite al presidente seguir en el poder hasta el final de la legislatura.",
        "LA CIUDAD HA CAMBIADO",
        "La periodista encontró en su bandeja de entrada un correo del ministerio con la lista.",
        "La política de cookies de la empresa cambió tras la sanción.",
        "Muchos usuarios suelen aceptar las cookies sin leer el aviso, según la OCU.",
        "La configuración de cookies de muchas webs confunde a los usuarios.",
    ],
}
# and the chrome those patterns are for, which they still take
CHROME_LIKE_THOSE = {
    "12 thoughts on “Dry summer speeds up the harvest”": "comments",
    "3 Kommentare zu Trockener Sommer beschleunigt die Ernte": "comments",
    "12 Gedanken zu „Trockener Sommer beschleunigt die Ernte“": "comments",
    "One thought on “Dry summer speeds up the harvest”": "comments",
    "Ein Gedanke zu „Trockener Sommer“": "comments",
    "3 réflexions sur « L'été sec »": "comments",
    "Una respuesta a «El verano seco»": "comments",
    "Comment by Jane Roe — 3 March 2019 @ 14:29": "comments",
    "Kommentar von Jane Roe — 03.03.2019 @ 14:29 | Antworten": "comments",
    "In this Sunday, March 3, 2019, file photo, a tractor stands in a dry field.": "credits",
    "Photo by Jane Roe on Unsplash": "credits",
    "Foto von Jane Roe von Pexels": "credits",
    "Advertisement": "disclaimers",
    "ADVERTISEMENT – Example Homes": "disclaimers",
    "Publicité": "disclaimers",
    "Sponsored by Example Corp.": "disclaimers",
    "Copyright Example Media 2019": "disclaimers",
    "Copyright by Example Verlag 2019": "disclaimers",
    "Disclaimer: The views expressed here are the author's own.": "disclaimers",
    "I agree to the Terms of Service and the Privacy Policy.": "consent",
    "Yes, I would like to receive the newsletter.": "consent",
    "J'accepte que mes données soient utilisées pour recevoir la lettre d'information.": "consent",
    "Su donación nos ayuda a seguir informando.": "donation",
    "Every little bit helps!": "donation",
    "Folge mir auf Instagram": "social",
    "JANE ROE is a reporter who covers the valley.": "bios",
    "Jane Roe contributed to this report.": "credits",
    "Staff writer Jane Roe contributed to the report.": "credits",
    "Jane Roe, left, and John Doe shake hands at the opening of the new dam.": "credits",
    "Please read our community guidelines before you comment.": "comments",
    "This material may not be published, broadcast, rewritten or redistributed.": "disclaimers",
    "Reciba las noticias de la región cada mañana en su bandeja de entrada.": "newsletter",
    "Dieser Beitrag steht unter einer Creative-Commons-Lizenz (CC BY 4.0).": "disclaimers",
    "Accept all cookies": "cookies",
    "Cookie Policy | Terms of Use": "cookies",
    "Privacy Policy and Cookie Policy": "cookies",
    "You can change your cookie settings at any time.": "cookies",
    "By clicking “Accept all cookies”, you agree to the storing of cookies on your device.": "cookies",
    "Subscribe to the Morning Briefing newsletter": "newsletter",
    "Sign up for the weekend newsletter!": "newsletter",
    "Nur notwendige Cookies akzeptieren": "cookies",
    "Statistik-Cookies zulassen": "cookies",
    "Alle Cookies akzeptieren": "cookies",
    "Ihre Datenschutzeinstellungen": "cookies",
    "Impressum | Datenschutzeinstellungen | AGB": "cookies",
    "Sie können die Cookies zulassen, um alle Funktionen der Seite zu nutzen.": "cookies",
    "Accepter les cookies": "cookies",
    "Tout refuser | Accepter tous les cookies": "cookies",
    "Vous pouvez paramétrer les cookies à tout moment.": "cookies",
    "Aceptar todas las cookies": "cookies",
    "Consulte nuestra política de cookies.": "cookies",
    "Política de cookies | Aviso legal": "cookies",
    "Configuración de cookies": "cookies",
}


@pytest.mark.parametrize("line", [line for lines in PROSE_LIKE_CHROME.values() for line in lines])
def test_prose_opening_like_chrome_matches_no_pattern(line: str) -> None:
    assert load_lexicon().pattern(line) is None


@pytest.mark.parametrize(("line", "family"), sorted(CHROME_LIKE_THOSE.items()))
def test_the_chrome_of_those_patterns_still_matches(line: str, family: str) -> None:
    assert load_lexicon().pattern(line) == family


@pytest.mark.parametrize("lang", sorted(PROSE_LIKE_CHROME))
def test_prose_opening_like_chrome_stays_in_the_article(lang: str) -> None:
    body = ARTICLE[lang]
    prose = [line for line in PROSE_LIKE_CHROME[lang] if not line.isupper()]
    lines = [body[0], *prose, body[1], body[2]]
    assert clean("\n".join(lines)).splitlines() == lines


@pytest.mark.parametrize(("family", "lang"), [(f, lang) for f, by in INSIDE.items() for lang in sorted(by)])
def test_chrome_inside_the_article_goes(family: str, lang: str) -> None:
    body = ARTICLE.get(lang, ARTICLE["en"])
    first, second = INSIDE[family][lang]
    text = "\n".join([body[0], first, body[1], second, body[2]])
    assert clean(text).splitlines() == body
    # ("Foto" alone is a navigation label: a counter may go as one)
    assert {b.cleaner for b in explain(text).blocks if not b.kept} <= {"boilerplate", "labels"}


# bylines and timestamps in the languages with smaller lexicons
MORE_BYLINES = {
    "it": (
        ["A cura di Maria Rossi", "Aggiornato il 12 marzo 2024 alle 14:05", "5 minuti fa"],
        [
            "I viticoltori della valle hanno iniziato la vendemmia prima quest'anno a causa dell'estate secca.",
            "Il consiglio regionale ha detto che rivedrà le regole sull'acqua prima della prossima stagione.",
            "Diversi produttori hanno raccontato che i loro pozzi sono al livello più basso da vent'anni.",
        ],
    ),
    "pt": (
        ["Por Ana Souza", "Atualizado em 12 de março de 2024 às 14:05", "há 5 minutos"],
        [
            "Os agricultores do vale começaram a colheita mais cedo este ano por causa do verão seco.",
            "O conselho regional disse que vai rever as regras sobre a água antes da próxima temporada.",
            "Vários produtores contaram que os seus poços estão no nível mais baixo em vinte anos.",
        ],
    ),
    "nl": (
        ["Door Jan de Vries", "Bijgewerkt op 12 maart 2024 om 14:05", "5 minuten geleden"],
        [
            "De boeren in het dal zijn dit jaar eerder met de oogst begonnen door de droge zomer.",
            "De regionale raad zei dat hij de regels voor het water voor het volgende seizoen zal herzien.",
            "Verschillende telers vertelden dat hun putten het laagste peil in twintig jaar hebben bereikt.",
        ],
    ),
    "pl": (
        ["Autor: Anna Nowak", "Aktualizacja: 12 marca 2024, 14:05", "5 minut temu"],
        [
            "Rolnicy w dolinie rozpoczęli w tym roku żniwa wcześniej z powodu suchego lata i ciepłych nocy.",
            "Rada regionu zapowiedziała, że przed kolejnym sezonem przejrzy zasady korzystania z wody.",
            "Kilku producentów powiedziało, że poziom wody w ich studniach jest najniższy od dwudziestu lat.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(MORE_BYLINES))
def test_bylines_in_more_languages(lang: str) -> None:
    before, article = MORE_BYLINES[lang]
    ex = explain("\n".join([*before, *article]))
    out = ex.text.splitlines()
    for line in article:
        assert line in out, f"article line lost: {line!r}"
    cleaner = {b.text: b.cleaner for b in ex.blocks}
    for line in before:
        assert cleaner[line] == "bylines", f"not taken for a byline: {line!r}"


def test_the_lede_under_the_line_the_page_title_names_stays() -> None:
    # a one-paragraph article (a video page) beside longer prose of a log-in
    # box: the page title names the headline, and the paragraph under it stays
    lede = (
        "Farmers in the valley began the harvest early this year because of the dry summer, "
        "and the council has promised help."
    )
    account = [
        "Your account lets you save programmes, rate them and get suggestions that fit what you like to watch.",
        "To use all features of the service, please confirm the link in the message we have just sent to you.",
        "You can change your settings at any time, and you can delete your account with all its data whenever you wish.",
        "If you are under sixteen, a parent has to agree before you can create a profile of your own on this service.",
    ]
    page = [
        "Dry summer speeds up the harvest - Valley TV",
        *CHROME["navigation"]["en"][0],
        "Dry summer speeds up the harvest",
        "by Mary Smith",
        lede,
        "04.04.2020",
        "Download video",
        "Related Videos",
        *account,
    ]
    assert lede in clean("\n".join(page)).splitlines()


def test_numbered_spans() -> None:
    from newsclean.cleaners.region import _numbered_spans, _numbers

    text = "\n".join(
        ["Intro", "Step 1", "a", "Step 2", "b", "c", "Step 3", "x", "1. one", "2. two", "Chapter 4", "Step 5"]
    )
    blocks = Document.from_text(text).blocks
    # "Step 1" to "Step 3" (three, at most four blocks apart); "1. one",
    # "2. two" are two only; "Step 5" does not follow "Step 3"
    assert _numbered_spans(_numbers(blocks)) == [(1, 6)]


def test_a_table_at_the_start_of_a_clean_text_stays() -> None:
    # an extractor's output that opens with a table (the rows of a spec sheet)
    rows = [
        "| Origin | Ethiopia |",
        "| Process | Washed, sun-dried |",
        "| Roast | Medium |",
        "| Body | Full |",
    ]
    text = "\n".join([*rows, *ARTICLE["en"]])
    out = clean(text).splitlines()
    for line in rows + ARTICLE["en"]:
        assert line in out, f"lost: {line!r}"


def test_short_lines_right_after_a_clean_article_stay() -> None:
    # an extractor's output: the article, then its own short lines (event
    # records) with nothing between; teaser titles after a "Related" heading go
    records = ["Place: Town hall", "Entry: 5 euros", "Tickets at the door", "More dates soon"]
    teasers = ["Farmers fear a second dry year", "Council buys new pumps", "Wells run low in the north"]
    text = "\n".join([*ARTICLE["en"], *records])
    out = clean(text).splitlines()
    for line in ARTICLE["en"] + records:
        assert line in out, f"lost: {line!r}"
    out = clean("\n".join([*ARTICLE["en"], "Related Stories", *teasers])).splitlines()
    for line in teasers:
        assert line not in out, f"kept: {line!r}"


def test_a_short_break_between_paragraphs_stays() -> None:
    # an outfit list between two paragraphs of a blog post, which a model
    # that scores by length alone takes for chrome between article runs
    weights = length_only_weights()
    outfit = ["Jumper: wool", "Jacket: fleece", "Skirt: denim"]
    article = ARTICLE["en"]
    doc = Document.from_text("\n".join([article[0], article[1], *outfit, article[2]]))
    Region(weights).annotate(doc)
    reasons = {b.content: b.reason for b in doc.blocks}
    for line in outfit:
        assert reasons[line].startswith("kept: a short break"), reasons[line]
    assert doc.render().splitlines() == [article[0], article[1], *outfit, article[2]]


def test_short_lines_between_a_paragraph_and_one_announcing_a_list_stay() -> None:
    # two one-word subheadings between two paragraphs, the second of which
    # ends with a colon (it announces a list): the article's
    weights = length_only_weights()
    article = ARTICLE["en"]
    breaks = ["Outlook", "Wells"]
    announce = "As it stands, the growers below will share what is left of the water in the wells this summer, in this order:"
    doc = Document.from_text("\n".join([article[0], *breaks, announce, article[1], article[2]]))
    Region(weights).annotate(doc)
    assert doc.render().splitlines() == [article[0], *breaks, announce, article[1], article[2]]


def test_a_list_of_records_that_holds_kept_text_stays_whole() -> None:
    # quests of a game guide: "Name:", "Level:", "Goal:" recur; with weights
    # that score by length alone only the long goals are article text, and
    # the records around them come with them
    weights = length_only_weights()
    goals = [
        "Find the lost son of the village chief and bring him a message from his father in the hills.",
        "Drive the wolves away from the sheep before the shepherd comes back to the pasture tonight.",
        "Carry the sacks of grain from the mill to the baker in the next town before it gets dark.",
        "Ask the old hunter at the river about the tracks that were found near the burnt farm.",
    ]
    records = []
    for n, goal in enumerate(goals, start=1):
        records += [f"Name: Quest {n}", f"Level: {n * 10}", f"Reward: {n * 100} gold", f"Goal: {goal}"]
    doc = Document.from_text("\n".join(records))
    Region(weights).annotate(doc)
    assert doc.render().splitlines() == records


def test_a_pull_quote_above_and_a_sign_off_under_the_text_stay() -> None:
    # weights that score by length alone take both short lines for chrome
    weights = length_only_weights()
    for quote, signoff, article in (
        ("“Dry, then drier”", "Yours, Mary", ARTICLE["en"]),
        ("„Trocken, dann trockener“", "Liebe Grüße, Anna", ARTICLE["de"]),
    ):
        lines = ["Home", quote, *article, signoff, "Imprint"]
        doc = Document.from_text("\n".join(lines))
        Region(weights).annotate(doc)
        assert doc.render().splitlines() == [quote, *article, signoff]


@pytest.mark.parametrize(
    ("lang", "closing", "signoff"),
    [
        ("en", ["Thanks for reading!", "Have a lovely weekend <3"], "xx Mary"),
        ("de", ["Ich wünsche euch allen einen schönen Abend", "Bis zum nächsten Mal!"], "Liebe Grüße, Anna"),
        ("fr", ["Passez une belle semaine !"], "Bisous, Léa"),
        ("es", ["¡Gracias por leer!", "Buen domingo"], "Un abrazo, Lucía"),
    ],
)
def test_a_sign_off_under_closing_lines_stays_with_them(lang: str, closing: list[str], signoff: str) -> None:
    # weights that score by length alone take the closing lines for chrome
    lines = ["Home", *ARTICLE[lang], *closing, signoff, "Imprint"]
    doc = Document.from_text("\n".join(lines))
    Region(length_only_weights()).annotate(doc)
    assert doc.render().splitlines() == [*ARTICLE[lang], *closing, signoff]


def short_lines_weights() -> Weights:
    """Region weights that score a block by its length alone and take every
    line of fewer than about ten words for chrome."""
    coef = tuple({"bias": -7.0, "log_words": 3.0}.get(name, 0.0) for name in FEATURE_NAMES)
    return Weights(coef=coef, transition_cost=1.5, region_max_gap=8, headline_window=12, edge_min_score=-4.0)


@pytest.mark.parametrize(
    ("lang", "signoff"),
    [
        ("en", "Reporting by Jane Roe; Editing by John Doe"),
        ("de", "(Bericht von Anna Schmidt, redigiert von Max Muster)"),
        ("fr", "(Reportage Jean Dupont, édité par Paul Durand)"),
        ("es", "(Reporte de Ana García; editado por Luis Pérez)"),
    ],
)
def test_a_news_agencys_sign_off_under_the_text_stays(lang: str, signoff: str) -> None:
    # weights that take short lines for chrome take the sign-off for chrome
    lines = ["Home", *ARTICLE[lang], signoff, "Our Principles", "Imprint"]
    doc = Document.from_text("\n".join(lines))
    Region(short_lines_weights()).annotate(doc)
    assert doc.render().splitlines() == [*ARTICLE[lang], signoff]


@pytest.mark.parametrize(
    "signoff",
    [
        # the sign-off words of the other lexicon languages (the lexicons'
        # wire_credit and wire_editor), under an article of any language
        "(Servizio di Anna Rossi; in redazione Marco Bianchi)",
        "(Verslag Anna de Vries; bewerkt door Jan Jansen)",
        "(Reportagem de Ana Souza; Edição de João Silva)",
        "(Opracowanie Anna Nowak; redakcja: Jan Kowalski)",
    ],
)
def test_a_news_agencys_sign_off_in_another_language_stays(signoff: str) -> None:
    lines = ["Home", *ARTICLE["en"], signoff, "Our Principles", "Imprint"]
    doc = Document.from_text("\n".join(lines))
    Region(short_lines_weights()).annotate(doc)
    assert doc.render().splitlines() == [*ARTICLE["en"], signoff]


@pytest.mark.parametrize(
    "line",
    [
        # a credit without an editor, and an editor without a reporter's credit
        "Reporting by Jane Roe and Tom Hill",
        "Editing by John Doe; photos by Mary Poe",
        # a title that names who edited
        "Best stories, edited by John Doe",
        # the editor's word, then no name in capitals
        "Reporting from the valley, edited by hand",
    ],
)
def test_a_line_that_is_no_agency_sign_off_is_not_kept_as_one(line: str) -> None:
    lines = ["Home", *ARTICLE["en"], line, "Imprint"]
    doc = Document.from_text("\n".join(lines))
    Region(short_lines_weights()).annotate(doc)
    assert doc.render().splitlines() == ARTICLE["en"]


def test_a_sign_off_ends_an_extractors_text_with_its_closing_line() -> None:
    # a text that opens with its article: its last lines are the author's
    lines = [*ARTICLE["de"], "Ich wünsche euch allen einen schönen Sonntag <3", "x Anna"]
    assert clean("\n".join(lines)).splitlines() == lines


def test_closing_lines_with_no_sign_off_under_them_do_not_join() -> None:
    # three short lines and no sign-off: what follows the article is not its own
    lines = ["Home", *ARTICLE["en"], "More from the valley", "Subscribe", "Contact us", "Imprint"]
    doc = Document.from_text("\n".join(lines))
    Region(length_only_weights()).annotate(doc)
    assert doc.render().splitlines() == ARTICLE["en"]


@pytest.mark.parametrize(
    ("lang", "post"),
    [
        (
            "en",
            [
                "Dry again.",
                "— Valley Growers (@valleygrowers) May 3, 2024",
            ],
        ),
        (
            "de",
            [
                "Die Brunnen im Tal sind so leer wie nie.",
                "#Dürre",
                "— Bauernverband Tal (@bauern_tal) 3. Mai 2024",
            ],
        ),
        (
            "fr",
            ["Encore à sec.", "— Agriculteurs du Val (@agri_val) 3 mai 2024"],
        ),
    ],
)
def test_an_embedded_post_under_the_article_stays(lang: str, post: list[str]) -> None:
    # weights that score by length alone take the post for chrome
    lines = ["Home", *ARTICLE[lang], *post, "Imprint"]
    doc = Document.from_text("\n".join(lines))
    Region(length_only_weights()).annotate(doc)
    assert doc.render().splitlines() == [*ARTICLE[lang], *post]


def test_an_embedded_post_ends_an_extractors_text() -> None:
    # a text that opens with its article, then a post it quotes and the author
    post = [
        "Les puits n'ont jamais été aussi bas, « malgré les promesses » de @PrefetVal pic.twitter.com/x1",
        "— Agriculteurs du Val (@agri_val) 3 mai 2024",
    ]
    lines = [*ARTICLE["fr"], *post, "Jean Dupont"]
    assert clean("\n".join(lines)).splitlines() == [*ARTICLE["fr"], *post]


@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        ("en", ["Awards:", "2019 City Prize", "2017 Young Designer Award"]),
        (
            "de",
            ["Auszeichnungen:", "2019 Preis der Stadt // 2017 Förderpreis des Landes // 2015 Nominierung"],
        ),
        ("fr", ["Expositions :", "2021 Galerie du Port, Lyon", "2019 Maison des arts, Nantes"]),
        ("es", ["Premios:", "2020 Premio de la ciudad", "2018 Premio joven de diseño"]),
    ],
)
def test_a_list_under_a_heading_that_ends_an_extractors_text_stays(lang: str, tail: list[str]) -> None:
    # a text that opens with its article ends with one of its lists
    lines = [*ARTICLE[lang], *tail]
    assert clean("\n".join(lines)).splitlines() == lines


@pytest.mark.parametrize(
    "tail",
    [
        ["Photos:", "Jane Roe", "Max Muster"],
        ["Autor:", "Max Muster"],
        ["Tags:", "harvest", "water"],
        ["Share this:", "Facebook", "Twitter"],
    ],
)
def test_a_credit_byline_or_tags_cut_in_two_still_leaves_an_extractors_text(tail: list[str]) -> None:
    assert clean("\n".join([*ARTICLE["en"], *tail])).splitlines() == ARTICLE["en"]


# a table (or list) that a line ending with a colon announces, right above the
# paragraphs the region finds: its lead-in, caption and rows are the article's
ANNOUNCED_TABLES = {
    "en": (
        "The council published the figures for the first half of the year, in tonnes:",
        [
            "Harvest by crop",
            "Crop 2023 2024 Change",
            "Wheat 1,200 1,350 +12 %",
            "Barley 800 640 -20 %",
            "Maize 430 450 +5 %",
            "Rapeseed 210 190 -10 %",
        ],
    ),
    "de": (
        "Der Rat veröffentlichte die Zahlen für das erste Halbjahr in Tonnen:",
        [
            "Ernte nach Sorte",
            "Sorte 2023 2024 Änderung",
            "Weizen 1.200 1.350 +12 %",
            "Gerste 800 640 -20 %",
            "Hafer 430 450 +5 %",
            "Raps 210 190 -10 %",
        ],
    ),
    "fr": (
        "Le conseil a publié les chiffres du premier semestre, en tonnes :",
        [
            "Récolte par culture",
            "Culture 2023 2024 Variation",
            "Blé 1 200 1 350 +12 %",
            "Orge 800 640 -20 %",
            "Maïs 430 450 +5 %",
            "Colza 210 190 -10 %",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(ANNOUNCED_TABLES))
def test_a_table_announced_above_the_article_stays(lang: str) -> None:
    lead_in, rows = ANNOUNCED_TABLES[lang]
    menu, footer = CHROME["navigation"][lang]
    text = "\n".join([*menu, ARTICLE[lang][0], lead_in, *rows, *ARTICLE[lang][1:], *footer])
    out = clean(text).splitlines()
    for line in [*ARTICLE[lang], lead_in, *rows]:
        assert line in out, f"lost: {line!r}"
    for line in menu + footer:
        assert line not in out


@pytest.mark.parametrize(
    "above",
    [
        ["Harvest", "Prices", "Weather", "Markets", "Machinery"],  # no colon
        ["Choose a size:", "Small", "Medium", "Large"],  # a form's label, no lead-in
        ["Filtern nach:", "Preis", "Marke", "Farbe"],
    ],
)
def test_short_lines_above_the_article_without_a_lead_in_stay_out(above: list[str]) -> None:
    text = "\n".join(["Farm News", *above, *ARTICLE["en"], "About Us", "Contact"])
    out = clean(text).splitlines()
    for line in above:
        assert line not in out


# under the region: a subheading, a lead-in ending with a colon, its list and
# the paragraph after it: the article goes on
LISTS_BELOW = {
    "en": (
        "Water use",
        "Growers can watch their fields with a few simple checks before they irrigate:",
        [
            "* soil moisture,",
            "* leaf colour,",
            "* last week's rain,",
            "* well level,",
            "* pump hours,",
            "* field notes.",
        ],
        "Keeping these records for a season can cut the water bill by a fifth, the adviser said.",
    ),
    "de": (
        "Wasserverbrauch",
        "Landwirte können ihre Felder vor dem Bewässern mit einfachen Prüfungen beobachten:",
        [
            "* Bodenfeuchte,",
            "* Blattfarbe,",
            "* Regen der Woche,",
            "* Brunnenpegel,",
            "* Pumpstunden,",
            "* Notizen.",
        ],
        "Wer diese Werte eine Saison lang notiert, spart ein Fünftel der Wasserkosten, sagte der Berater.",
    ),
    "fr": (
        "L'eau",
        "Les producteurs peuvent surveiller leurs champs avec quelques contrôles simples avant d'arroser :",
        ["* l'humidité,", "* les feuilles,", "* la pluie,", "* le puits,", "* la pompe,", "* les notes."],
        "Tenir ces relevés pendant une saison réduit la facture d'eau d'un cinquième, a dit le conseiller.",
    ),
}


@pytest.mark.parametrize("lang", sorted(LISTS_BELOW))
def test_a_lead_in_its_list_and_the_paragraph_after_it_stay(lang: str) -> None:
    subheading, lead_in, items, closing = LISTS_BELOW[lang]
    menu, footer = CHROME["navigation"][lang]
    text = "\n".join([*menu, *ARTICLE[lang], subheading, lead_in, *items, closing, *footer])
    out = clean(text).splitlines()
    for line in [*ARTICLE[lang], subheading, lead_in, *items, closing]:
        assert line in out, f"lost: {line!r}"
    for line in menu + footer:
        assert line not in out


def test_a_list_under_the_article_with_no_paragraph_after_it_stays_out() -> None:
    items = ["* Water rights", "* Crop prices", "* Farm machinery", "* Weather and climate"]
    text = "\n".join(
        ["Farm News", *ARTICLE["en"], "Browse more topics from our archive:", *items, "About Us"]
    )
    out = clean(text).splitlines()
    for line in items:
        assert line not in out


# a list of dated lines (tour dates, a schedule) that the region holds part of
# is the article's, all of it
TOURS = {
    "en": (
        "Band announces summer tour",
        [
            "The band said on Tuesday that it would play eighteen shows across the country next summer, its first tour in a decade.",
            "Tickets go on sale on Friday morning, and fans who joined the mailing list will be able to buy them a day earlier.",
            "The band will play in these towns and cities next year:",
        ],
        ["May", "June", "July"],
    ),
    "de": (
        "Band kündigt Sommertournee an",
        [
            "Die Band kündigte am Dienstag an, im nächsten Sommer achtzehn Konzerte im ganzen Land zu spielen, zum ersten Mal seit zehn Jahren.",
            "Der Vorverkauf beginnt am Freitagmorgen, und wer den Newsletter bezieht, kann schon einen Tag früher Karten kaufen.",
            "Die Band spielt im nächsten Jahr in diesen Städten:",
        ],
        ["Mai", "Juni", "Juli"],
    ),
}
TOWNS = [
    "Leeds",
    "York",
    "Hull",
    "Derby",
    "Bath",
    "Ely",
    "Wells",
    "Truro",
    "Ripon",
    "Lincoln",
    "Exeter",
    "Durham",
]


@pytest.mark.parametrize("lang", sorted(TOURS))
def test_a_list_of_dated_lines_stays_whole(lang: str) -> None:
    headline, paragraphs, months = TOURS[lang]
    dates = [
        f"{months[i % 3]} {2 * i + 2} – {town}, "
        + ("North Yorkshire @ The Old Grand Theatre" if i < 6 else "Hall")
        for i, town in enumerate(TOWNS)
    ] + ["July 36 – Cardiff, Hall"]
    menu = ["Home", "News", "Music", "Film", "TV", "Culture", "Sport", "Opinion", "Video", "Podcasts"]
    after = ["Share this article", "Most Read", "Storm closes coastal road", "Council delays vote on wells"]
    text = "\n".join([*menu, headline, *paragraphs, *dates, *after, "About Us", "Contact"])
    out = clean(text).splitlines()
    for line in [*paragraphs, *dates]:
        assert line in out, f"lost: {line!r}"
    for line in after:
        assert line not in out


@pytest.mark.parametrize(
    "signature",
    [
        "— Jane Doe (@JaneDoe) May 3, 2024",
        "— Stadtwerke Beispiel (@StadtwerkeBsp) 2. Juni 2023",
        "— Mairie d'Exemple (@MairieEx) 14 juillet 2022",
    ],
)
def test_an_embedded_posts_signature_is_no_byline(signature: str) -> None:
    post = "The water rules will be reviewed before the spring, and every farm will be asked for its view."
    lang = "en"
    text = "\n".join(
        [
            "Water rules under review",
            "By Mary Smith | May 4, 2024",
            *ARTICLE[lang][:2],
            post,
            signature,
            ARTICLE[lang][2],
        ]
    )
    out = clean(text).splitlines()
    assert signature in out
    assert "By Mary Smith | May 4, 2024" not in out


# a paragraph wrapped over lines (a line break inside a sentence) outside the
# region stands on its own as one paragraph, all of its lines
WRAPPED = {
    "en": (
        [
            "The band said on Tuesday that it would play eighteen shows across the country next summer, its first tour in a decade.",
            "Tickets go on sale on Friday morning, and fans who joined the mailing list will be able to buy them a day earlier.",
            "The singer told the crowd at the last concert that the new songs had been written during the long winter at home.",
        ],
        [
            "The old hall where the first show takes place lies in a quiet valley between meadows,",
            "fields and woods, at the edge of the hills, near the river, the mill and the old bridge, and the town "
            "rebuilt it, stone by stone, after the great flood of last spring, with the help of many volunteers.",
        ],
    ),
    "de": (
        [
            "Die Band kündigte am Dienstag an, im nächsten Sommer achtzehn Konzerte im ganzen Land zu spielen, zum ersten Mal seit zehn Jahren.",
            "Der Vorverkauf beginnt am Freitagmorgen, und wer den Newsletter bezieht, kann schon einen Tag früher Karten kaufen.",
            "Der Sänger erzählte beim letzten Konzert, dass die neuen Lieder im langen Winter zu Hause entstanden seien.",
        ],
        [
            "Die alte Halle, in der das erste Konzert stattfindet, liegt in einem ruhigen Tal zwischen Wiesen,",
            "weiten Feldern und Wäldern, am Rande der Hügel, nahe am Fluss, an der Mühle und der alten Brücke, und die "
            "Stadt hat sie, Stein für Stein, nach dem großen Hochwasser im letzten Frühjahr, mit vielen Helfern, wieder aufgebaut.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(WRAPPED))
def test_a_paragraph_wrapped_over_lines_stays_whole(lang: str) -> None:
    paragraphs, wrapped = WRAPPED[lang]
    menu = ["Home", "News", "Music", "Film", "TV", "Culture", "Sport", "Opinion", "Video", "Podcasts"]
    details = [
        "Venue",
        "Motorway: 6 km",
        "Station: 30 km",
        "Airport: 90 km",
        "Parking",
        "Garden",
        "Bar",
        "Toilets",
    ]
    footer = ["About Us", "Contact", "Privacy Policy", "Terms of Use", "Advertise"]
    text = "\n".join(
        [*menu, TOURS[lang][0], *paragraphs, *details, *wrapped, "Prices", "Tickets", "Seats", *footer]
    )
    out = clean(text).splitlines()
    for line in [*paragraphs, *wrapped]:
        assert line in out, f"lost: {line!r}"


# teaser cards set off by rules: a headline, its one-line summary, "-", the next
RULED_CARDS = {
    "en": [
        ("Council approves new bus lanes", "The vote came after a debate that lasted until the early hours."),
        (
            "Storm closes the coastal road",
            "Drivers are asked to avoid the area until the weekend, police said.",
        ),
        ("Local team wins the cup final", None),
        (
            "Museum reopens after repairs",
            "Entry is free for the first week, and the café opens again in June.",
        ),
    ],
    "de": [
        (
            "Stadtrat beschließt neue Busspuren",
            "Die Abstimmung folgte einer Debatte, die bis in die Nacht dauerte.",
        ),
        (
            "Sturm sperrt die Küstenstraße",
            "Autofahrer sollen die Gegend bis zum Wochenende meiden, sagt die Polizei.",
        ),
        (
            "Museum öffnet nach der Sanierung",
            "Der Eintritt ist in der ersten Woche frei, das Café öffnet im Juni.",
        ),
    ],
    "fr": [
        (
            "Le conseil vote de nouvelles voies de bus",
            "Le vote a suivi un débat qui a duré jusque tard dans la nuit.",
        ),
        (
            "Une tempête ferme la route côtière",
            "Les automobilistes sont invités à éviter le secteur jusqu'au week-end.",
        ),
        (
            "Le musée rouvre après des travaux",
            "L'entrée est gratuite la première semaine et le café rouvre en juin.",
        ),
    ],
    "es": [
        (
            "El consejo aprueba nuevos carriles bus",
            "La votación llegó tras un debate que duró hasta la madrugada.",
        ),
        (
            "Un temporal cierra la carretera de la costa",
            "Se pide a los conductores evitar la zona hasta el fin de semana.",
        ),
        (
            "El museo reabre tras las obras",
            "La entrada es gratuita la primera semana y el café abre en junio.",
        ),
    ],
}


@pytest.mark.parametrize(("lang", "rule"), [("en", "-"), ("de", "—"), ("fr", "* * *"), ("es", "___")])
def test_teaser_cards_set_off_by_rules_go(lang: str, rule: str) -> None:
    cards: list[str] = []
    for title, summary in RULED_CARDS[lang]:
        cards += [rule, title] + ([summary] if summary else [])
    text = "\n".join([*ARTICLE[lang], *cards, rule])
    out = clean(text).splitlines()
    assert out == ARTICLE[lang]


def test_teaser_cards_ending_the_text_go_with_their_last_card() -> None:
    # no rule under the last card, and one card asks a question
    cards = [
        "-",
        "Who will run the council next year?",
        "Three names come up again and again in the town's cafés.",
        "-",
        "Storm closes the coastal road",
        "Drivers are asked to avoid the area until the weekend.",
        "-",
        "Local team wins the cup final",
        "The goal came in the last minute of extra time.",
    ]
    text = "\n".join([*ARTICLE["en"], *cards])
    assert clean(text).splitlines() == ARTICLE["en"]


def test_cut_teasers_in_bullets_under_a_related_heading_go() -> None:
    # a bulleted teaser cut off ("..."), however long, does not end the
    # related-content section: it is one of its cards
    body = ARTICLE["en"]
    cards = [
        "* Growers in the north warn that the dry summer could cost them half of their late...",
        "* Council to vote on water rules",
    ]
    text = "\n".join([body[0], body[1], "Related articles", *cards, body[2], *body])
    out = clean(text)
    for card in cards:
        assert card not in out


def test_sentence_case_teaser_cards_under_a_related_heading_go() -> None:
    # "Most Read": each headline run into its summary by a space, no capital stop
    cards = [
        "Most Read",
        "Storm closes the coastal road for a week The drivers are asked to avoid the area until Friday.",
        "Council backs a plan for new bus lanes downtown A vote came after a debate that lasted all night.",
        "Why the old mill may reopen next spring This is what the owners told the town council.",
    ]
    text = "\n".join([*ARTICLE["en"], *cards])
    assert clean(text).splitlines() == ARTICLE["en"]


def test_the_article_resuming_under_a_related_heading_is_no_teaser_card() -> None:
    # prose with a capitalised pronoun or a name after a function word stays
    resumed = {
        "en": [
            "The mayor spoke to reporters on Monday after she told The Associated Press about the plan.",
            "Growers in the valley said the rules came too late for them, and The Valley Times agreed.",
        ],
        "de": [
            "Wer im Tal wohnt, kennt das Problem: Im Sommer finden Sie kaum noch Wasser in den Brunnen.",
            "Die Bauern schreiben an die Behörde, dass Sie die Regeln für das Wasser bald ändern möge.",
        ],
    }
    for lang, heading in (("en", "Related Stories"), ("de", "Weitere Artikel")):
        text = "\n".join([ARTICLE[lang][0], heading, "Dry summer speeds up the harvest", *resumed[lang]])
        out = clean(text).splitlines()
        for line in resumed[lang]:
            assert line in out


# a list of headlines, then the same stories as teaser cards, each headline
# run into its summary by a space ("Most Read" under "More from ...")
REPEATED_CARDS = {
    "en": [
        ("Council approves new bus lanes downtown", "The vote came after a debate that lasted all night."),
        ("Storm closes the coastal road for a week", "Drivers are asked to avoid the area until Friday."),
        ("Museum reopens after two years of repairs", "Entry is free for the first week of June."),
    ],
    "de": [
        (
            "Stadtrat beschließt neue Busspuren in der Innenstadt",
            "Die Abstimmung folgte einer langen Debatte.",
        ),
        ("Sturm sperrt die Küstenstraße für eine Woche", "Autofahrer sollen die Gegend bis Freitag meiden."),
        ("Museum öffnet nach zwei Jahren Sanierung wieder", "Der Eintritt ist in der ersten Woche frei."),
    ],
    "fr": [
        ("Le conseil vote de nouvelles voies de bus", "Le vote a suivi un débat qui a duré toute la nuit."),
        (
            "Une tempête ferme la route côtière",
            "Les automobilistes doivent éviter le secteur jusqu'à vendredi.",
        ),
        ("Le musée rouvre après deux ans de travaux", "L'entrée est gratuite la première semaine de juin."),
    ],
    "es": [
        ("El consejo aprueba nuevos carriles bus en el centro", "La votación llegó tras un largo debate."),
        (
            "Un temporal cierra la carretera de la costa",
            "Se pide a los conductores evitar la zona hasta el viernes.",
        ),
        ("El museo reabre tras dos años de obras", "La entrada es gratuita la primera semana de junio."),
    ],
}


def _teasers_dropped(lines: list[str]) -> list[str]:
    from newsclean.cleaners.teasers import Teasers

    doc = Document.from_text("\n".join(lines))
    Teasers().annotate(doc)
    return [b.content for b in doc.blocks if b.kept is False]


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_teaser_cards_repeating_a_list_of_headlines_go(lang: str) -> None:
    titles = [t for t, _ in REPEATED_CARDS[lang]]
    cards = [f"{t} {s}" for t, s in REPEATED_CARDS[lang]]
    lines = [*ARTICLE[lang], *titles, *cards]
    assert _teasers_dropped(lines) == cards
    assert clean("\n".join(lines)).splitlines() == ARTICLE[lang]


def test_a_lede_or_a_single_card_repeating_a_title_stays() -> None:
    body = ARTICLE["en"]
    headline = "Dry summer speeds up the harvest"
    # the lede opens with the headline: one title repeated, no list
    lede = f"{headline} Farmers in the valley began the harvest early this year, the council said."
    assert _teasers_dropped([headline, lede, *body]) == []
    # one card alone repeats one headline of the list
    title, summary = REPEATED_CARDS["en"][0]
    other = REPEATED_CARDS["en"][1][0]
    assert _teasers_dropped([*body, title, other, f"{title} {summary}", body[0]]) == []
    # two cards repeating headlines that stand far apart: no list of them
    far = [title, *body, other, f"{title} {summary}", f"{other} {REPEATED_CARDS['en'][1][1]}"]
    assert _teasers_dropped(far) == []


def test_sections_set_off_by_rules_stay() -> None:
    # an article's own sections: a subheading and its paragraphs between rules
    sections = [
        "The harvest",
        ARTICLE["en"][0],
        "-",
        "The council",
        ARTICLE["en"][1],
        "-",
        "The wells",
        ARTICLE["en"][2],
    ]
    assert clean("\n".join(sections)).splitlines() == [s for s in sections if s != "-"]


def test_a_code_listing_with_elisions_is_no_list_of_cards() -> None:
    code = [
        "...",
        "from app import models",
        "...",
        "class PageTests(TestCase):",
        "...",
        "Run the tests",
        "...",
    ]
    text = "\n".join([*ARTICLE["en"], *code, *ARTICLE["en"][:1]])
    blocks = explain(text).blocks
    assert not any(b.cleaner == "teasers" for b in blocks)


# where a test puts its line in an article of three paragraphs
PLACES: dict[str, Callable[[list[str], str], list[str]]] = {
    "after the article": lambda body, line: [*body, line],
    "after the first paragraph": lambda body, line: [body[0], line, *body[1:]],
    "before the last paragraph": lambda body, line: [*body[:2], line, body[2]],
    "between the headline and the article": lambda body, line: [
        "Dry summer speeds up the harvest",
        line,
        *body,
    ],
    "after the article, over a teaser": lambda body, line: [
        *body,
        line,
        "A clever new pump for the driest fields",
    ],
}

# chrome lines that go, each on its own in the English article: family ->
# (where the line stands, the cleaner that drops it, the lines)
CHROME_THAT_GOES: dict[str, tuple[str, str, list[str]]] = {
    "a notice about the site's functions": (
        "after the article",
        "boilerplate",
        [
            "Hinweis: Die Kommentarfunktion wird drei Tage nach der Veröffentlichung geschlossen.",
            "Hinweis: Ihr Browser ist veraltet, einige Funktionen dieser Seite stehen nicht zur Verfügung.",
            "Hinweis: Einträge mit Werbung werden ohne Angabe von Gründen gelöscht.",
            "Hinweis: Alle Bilder unterliegen dem Urheberrecht und dürfen nicht kopiert werden.",
        ],
    ),
    "button to follow the author or the article's topics": (
        "after the article",
        "boilerplate",
        [
            "Follow the author of this article",
            "Follow this writer",
            "Follow the topics within this article",
            "Dem Autor folgen",
            "Suivre l'auteur",
            "Seguir al autor",
            "Segui l'autore",
            "Seguir o autor",
            "Volg de auteur",
        ],
    ),
    "views expressed are the authors' own": (
        "after the article",
        "boilerplate",
        [
            "Les opinions exprimées dans les blogs n'engagent que leurs auteurs.",
            "Cet article n’engage que son auteur.",
            "Las opiniones expresadas en esta columna son responsabilidad exclusiva de sus autores.",
            "Le opinioni espresse negli articoli impegnano esclusivamente gli autori.",
        ],
    ),
    "what a newsletter sign-up's address is used for": (
        "after the article",
        "boilerplate",
        [
            "Your email address will only be used to send you our newsletter.",
            "Votre adresse de messagerie est uniquement utilisée pour vous envoyer les lettres d'information.",
            "Vous pouvez à tout moment utiliser le lien de désabonnement intégré dans la newsletter.",
            "Ihre E-Mail-Adresse wird nur für den Versand des Newsletters verwendet.",
        ],
    ),
    "consent banner's buttons explained": (
        "after the article",
        "boilerplate",
        [
            "By clicking “Accept all cookies”, you agree that we can store cookies on your device.",
            "En cliquant sur « Tout accepter », vous acceptez le dépôt de cookies.",
            "Wenn Sie auf „Alle akzeptieren“ klicken, stimmen Sie der Verwendung von Cookies zu.",
        ],
    ),
    "licence of the site's texts": (
        "after the article",
        "boilerplate",
        [
            "This work is licensed under a Creative Commons Attribution 4.0 International License.",
            "Texte auf dieser Webseite stehen unter einer Creative Commons Namensnennung-Keine Bearbeitung"
            " 3.0 Unported Lizenz. Eine Ausnahme bilden die Presseartikel.",
        ],
    ),
    "newsletter pitch with the day's top stories": (
        "after the article",
        "boilerplate",
        [
            "Get the day's big stories + fun stuff you love like picks and rankings.",
            "Receive the week's top headlines every Friday.",
            "Erhalten Sie die wichtigsten Nachrichten des Tages.",
            "Recevez l'essentiel de l'actualité chaque matin.",
            "Recibe las noticias más importantes del día.",
        ],
    ),
    "notice that the page needs JavaScript": (
        "after the article",
        "boilerplate",
        [
            "Please enable JavaScript to view the comments powered by Disqus.",
            "This slideshow requires JavaScript.",
            "JavaScript is disabled. For a better experience, please enable JavaScript in your browser.",
            "Bitte aktivieren Sie JavaScript in Ihrem Browser.",
            "JavaScript ist deaktiviert.",
            "Veuillez activer JavaScript pour voir les commentaires.",
            "Habilita JavaScript para ver los comentarios.",
            "Ative o JavaScript para ver os comentários.",
            "Abilita JavaScript per vedere i commenti.",
            "Schakel JavaScript in om de reacties te zien.",
            "Włącz JavaScript, aby zobaczyć komentarze.",
        ],
    ),
    "advertising-offer link": (
        "after the article",
        "boilerplate",
        [
            "Advertise with Example News",
            "Advertise on The Daily Sample",
            "Werben auf Beispiel.de",
            "Annoncer sur Le Journal d'Exemple",
            "Anúnciate en El Diario Ejemplo",
            "Anuncie no Jornal Exemplo",
            "Adverteren bij Het Voorbeeldblad",
        ],
    ),
    "author trailer or magazine prompt": (
        "after the article",
        "boilerplate",
        [
            "Follow me on Twitter or LinkedIn. Check out my website.",
            "Jane Doe is the author of a book on rivers. Follow her on Twitter @janedoe.",
            "Sam Lee writes about farming. Follow him on Instagram and Facebook.",
            "Folgt mir gerne auf Instagram, dort gibt es mehr Bilder.",
            "Suivez-moi sur Twitter pour les prochains articles",
            "Sígueme en Instagram para más recetas",
            "Volg mij op Instagram voor meer foto's",
            "Seguimi su Instagram per altre ricette",
            "Need a break? Subscribe to our sister title Example Gardens Magazine for more ideas!",
            "Get breaking farm news and the latest updates on harvests and markets!",
            "Abonnieren Sie unser gedrucktes Magazin und lesen Sie jede Ausgabe zuerst.",
            "Wir bei WhatsApp: 0160 - 11 22 33 4",
            "Leserhotline per Signal: 0170 1234567",
            "Message us on WhatsApp: +44 7700 900123",
        ],
    ),
    "newsletter pitch or sign-up checkbox": (
        "after the article",
        "boilerplate",
        [
            "Die besten Geschichten der Woche bequem in Ihr Postfach!",
            "Unsere Tipps jeden Freitag direkt in deinen Posteingang.",
            "Danke für die Anmeldung! Bitte prüfen Sie Ihr E-Mail-Postfach.",
            "Mit dem kostenlosen Newsletter bleiben Sie immer auf dem Laufenden.",
            "Ja, ich möchte den wöchentlichen Newsletter des Verlags erhalten.",
            "Yes, I would like to receive news and offers by email.",
            "Toute l'actualité de la région dans votre boîte mail chaque matin.",
            "Las mejores recetas, cada semana en tu bandeja de entrada.",
            "Le notizie più lette, ogni giorno nella tua casella di posta.",
            "As principais notícias do dia na sua caixa de entrada.",
            "Het belangrijkste nieuws elke ochtend in je inbox.",
            "Ja, ik wil graag de wekelijkse nieuwsbrief ontvangen.",
            "Najważniejsze wiadomości prosto na Twoją skrzynkę e-mail.",
        ],
    ),
    "paywall prompt": (
        "after the article",
        "boilerplate",
        [
            "To read the full article, please subscribe to The Sample Gazette.",
            "Already a subscriber? Sign in to continue.",
            "Subscribe today for the whole story and our weekly edition.",
            "Bereits Abonnent? Hier anmelden",
            "Dieser Artikel ist exklusiv für Abonnenten.",
            "Cet article est réservé aux abonnés.",
            "¿Ya eres suscriptor? Inicia sesión",
            "Questo articolo è riservato agli abbonati.",
            "Já é assinante? Entre aqui.",
            "Al abonnee? Log dan in.",
            "Masz już prenumeratę? Zaloguj się.",
            "Pour lire la suite de cet article, abonnez-vous",
        ],
    ),
    "a paywall's answer buttons": (
        "after the article",
        "boilerplate",
        [
            "Yes, I'm a subscriber.",
            "No, I need a subscription.",
            "Ja. Ich bin Abonnentin.",
            "Nein, ich brauche ein Abo.",
            "Oui, je suis abonnée.",
            "Non, je veux m'abonner.",
            "Sí, soy suscriptor.",
            "No, quiero suscribirme.",
            "Sì, sono abbonato.",
            "No, voglio abbonarmi.",
            "Ja, ik ben abonnee.",
            "Nee, ik wil een abonnement.",
            "Sim, sou assinante.",
            "Não, quero uma assinatura.",
            "Tak, mam prenumeratę.",
            "Nie, chcę kupić abonament.",
        ],
    ),
    "you-may-also-like link": (
        "before the last paragraph",
        "boilerplate",
        [
            "Le puede interesar: Nuevas reglas para el agua de riego",
            "TAMBIÉN TE PODRÍA INTERESAR: El valle espera lluvias",
            "Potrebbe interessarti: Le nuove regole per l'acqua",
            "Pode te interessar: As novas regras da água",
            "Ook interessant: Nieuwe regels voor water",
            "Czytaj również: Nowe zasady dotyczące wody",
        ],
    ),
    "meta line with a bar before its tags": (
        "between the headline and the article",
        "boilerplate",
        [
            "January 13, 2020 at 08:45 AM | categories: Farming, Water | View Comments",
            "Sonntag, 02.11.2014 | Kategorien: Landwirtschaft | Tags: Wasser, Ernte",
            "12 mars 2024 | Catégories : Agriculture",
            "12 de marzo de 2024 | Etiquetas: agua, cosecha",
        ],
    ),
    "more stories on a list of topics": (
        "after the article",
        "boilerplate",
        [
            "More news on: Farming, Water, Weather",
            "Weitere Nachrichten zu: Aktien, Anleihen, Rohstoffe",
            "Weitere Topthemen zu: Banken, Börsen, Finanzen",
            "Plus d'articles sur : Agriculture, Eau",
            "Más noticias sobre: Agua, Cosecha",
        ],
    ),
    "prompt to share the article": (
        "after the article",
        "boilerplate",
        [
            "Den Artikel mit anderen teilen/diskutieren:",
            "Diesen Beitrag empfehlen:",
            "Partagez cet article avec vos amis",
            "Compartir esta nota",
            "Condividi questo articolo",
            "Deel dit artikel",
            "Udostępnij ten artykuł",
            "Compartilhe esta matéria",
        ],
    ),
    "messenger channel to join": (
        "after the article",
        "boilerplate",
        [
            "Get the news first: join our Telegram channel.",
            "Die wichtigsten Nachrichten gibt es auch in unserem WhatsApp-Kanal.",
            "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.",
            "Rejoignez notre chaîne WhatsApp pour ne rien manquer.",
            "Unisciti al nostro canale Telegram.",
            "Entre no nosso canal do WhatsApp.",
            "Volg ons WhatsApp-kanaal.",
            "Dołącz do naszego kanału na WhatsAppie.",
        ],
    ),
    "the site's apps for both stores": (
        "after the article",
        "boilerplate",
        ["For the latest stories download our apps for iOS and Android."],
    ),
    "a link to the site's coverage of the topic": (
        "after the article",
        "boilerplate",
        [
            "Follow our full coverage of the drought at https://example.com/drought",
            "Read more coverage of the harvest here.",
        ],
    ),
    "a teaser from the site after its name and a colon": (
        "after the article",
        "boilerplate",
        ["On example.com: Car sales plunge nearly 17 percent in August"],
    ),
    "a blog's e-mail subscription box": (
        "after the article",
        "boilerplate",
        [
            "Enter your email address to subscribe to this blog and receive notifications of new posts by email.",
            "Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse eingeben.",
            "Wenn du per E-Mail über Aktuelles aus dem Verein informiert werden möchtest, melde dich an.",
            "Recevez une notification de chaque nouvel article par e-mail.",
            "Introduce tu correo para recibir avisos de nuevas entradas por correo.",
            "Inserisci la tua email per ricevere notifiche di nuovi articoli via email.",
            "Receba notificações de novos posts por e-mail.",
            "Ontvang meldingen van nieuwe berichten via e-mail.",
            "Otrzymuj powiadomienia o nowych wpisach przez e-mail.",
        ],
    ),
    "comment guidelines": (
        "after the article",
        "boilerplate",
        ["We ask that comments are civil and free of hateful material."],
    ),
    "link to the next or previous post, its title alone": (
        "after the article",
        "boilerplate",
        ["Next: Activating a virtual environment in a container", "Previous: The cost of slow builds"],
    ),
    "a widget's error message": (
        "after the article",
        "boilerplate",
        [
            "An error has occurred, please try again later.",
            "Sorry, an unexpected error occurred. Please reload the page.",
            "Beim Absenden Ihres Kommentars ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.",
            "Die Veranstaltungen konnten nicht geladen werden, bitte versuchen Sie es erneut!",
            "Une erreur s'est produite. Veuillez réessayer plus tard.",
            "Se ha producido un error. Inténtalo de nuevo.",
        ],
    ),
    "a gallery's counter alone": (
        "after the first paragraph",
        "boilerplate",
        ["1 / 9", "12 / 40", "Image 1 of / 13"],
    ),
    "a breaking-news sign-up label": (
        "after the article",
        "labels",
        ["Breaking News Emails", "Breaking News Alerts"],
    ),
    "a photo credit on its own line": (
        "after the first paragraph",
        "boilerplate",
        [
            "Courtesy of the Valley Museum",
            "Photo courtesy Jane Roe",
            "Jane Roe, Associated Press",
            "Max Muster/Example Times/Getty Images",
            "REUTERS",
        ],
    ),
    "stock-photo credit ending a caption": (
        "after the first paragraph",
        "boilerplate",
        [
            "Pumps at dusk. Image: Jane Roe/Shutterstock.com",
            "Ein Hermelin im Schnee. (jdoe / iStock.com)",
            "Die Brücke im Nebel. Foto: Adobe Stock",
            "Le marché du samedi. Photo by Jean Dupont on Unsplash",
            "El puerto al amanecer. Foto: Pixabay",
            "Deniz Roe / Kevin Doe/GettyImages",
            "Beitragsbild: Titelseite der Zeitung vom 2.4.2019, Ausriss.",
            "Titelbild: Jane Roe",
        ],
    ),
    "timestamp with pm in lower case": (
        "between the headline and the article",
        "bylines",
        [
            "Updated 10:01 pm PST, Tuesday, November 19, 2019",
            "Published 11:26 pm EST, Wednesday, November 20, 2019",
            "Posted 9 pm, March 3, 2024",
            "Updated: 8:15pm, 20 Jan, 2020",
        ],
    ),
    # a heading that starts a related section, with a teaser under it
    "next-up heading": (
        "after the article, over a teaser",
        "sections",
        ["Next Up", "Next Up In Farming & Food", "Up Next"],
    ),
    "more-of-the-same heading": (
        "after the article, over a teaser",
        "sections",
        [
            "Ähnliche Nachrichten",
            "Empfohlen für dich",
            "Die meistgelesenen Artikel bei Beispiel.de",
            "Meist-diskutiert",
            "Weitere Meldungen",
            "Similar News",
            "More about Gardening",
            "Más sobre El Diario Ejemplo",
            "Notizie simili",
            "Mais sobre Agricultura",
            "Meer over landbouw",
            "Podobne wiadomości",
            "Polecamy",
        ],
    ),
    "more-of-one-kind heading": (
        "after the article, over a teaser",
        "sections",
        [
            "Mehr Kolumnen auf Beispiel.de:",
            "More columns from Example News",
            "Plus de chroniques",
            "Más columnas",
            "Mais colunas",
            "Altre rubriche",
            "Meer columns",
            "Więcej felietonów",
        ],
    ),
    "may-interest-you heading": (
        "after the article, over a teaser",
        "sections",
        [
            "You may also be interested in",
            "You might also be interested in...",
            "Sie könnten auch an folgenden Artikeln interessiert sein",
            "Diese Artikel könnten dich interessieren",
            "Ces articles pourraient vous intéresser",
            "Estos artículos te pueden interesar",
            "Questi articoli potrebbero interessarti",
            "Dit vind je misschien ook interessant",
            "Te artykuły mogą cię zainteresować",
            "Você também pode se interessar",
        ],
    ),
    "link back to the list": (
        "after the article",
        "boilerplate",
        [
            "Back to the list",
            "« Back to all posts",
            "Zurück zur Übersicht",
            "« Zurück zur Liste",
            "Zurück zur Newsübersicht",
            "Retour à l’accueil",
            "Volver al listado",
            "Torna alla home",
            "Terug naar overzicht",
            "Powrót do listy",
            "Voltar para a lista",
        ],
    ),
    "sign-up or log-in button": (
        "after the article",
        "boilerplate",
        [
            "Sign up now",
            "HIER KOSTENLOS ANMELDEN »",
            "Jetzt anmelden!",
            "Inscrivez-vous gratuitement",
            "Regístrate gratis",
            "Iscriviti ora",
            "Meld je nu aan",
            "Zapisz się teraz",
            "Inscreva-se agora",
        ],
    ),
    "next-or-previous-post link": (
        "after the article",
        "boilerplate",
        [
            "Previous Post: A new pump for the driest fields",
            "Next article: The council votes on the water rules",
            "Nächster Beitrag: Neue Regeln für das Wasser",
            "Article précédent : La récolte commence tôt",
            "Artículo anterior: La cosecha empieza antes",
            "Articolo successivo: Il raccolto anticipato",
            "Volgend artikel: De oogst begint vroeg",
            "Poprzedni artykuł: Żniwa zaczynają się wcześniej",
            "Próximo artigo: A colheita começa cedo",
        ],
    ),
    "embed code or an editor's leftover tag": (
        "after the first paragraph",
        "boilerplate",
        [
            '<iframe width="560" height="315" src="https://video.example.com/embed/123" allowfullscreen></iframe>',
            '<script type="text/javascript" src="https://player.example.com/load.js"></script>',
            '<span data-mce-type="bookmark" style="display: inline-block;" class="mce_SELRES_start"></span>',
        ],
    ),
    "teaser from the site": (
        "after the first paragraph",
        "boilerplate",
        ["Also on example.com Farmers in the next valley wait for rain as wells run dry"],
    ),
    "loading indicator": (
        "after the article",
        "labels",
        ["Loading...", "Wird geladen …", "Chargement en cours", "Cargando…", "Carregando..."],
    ),
    "media availability or affiliate note": (
        "after the article",
        "boilerplate",
        [
            "Video verfügbar bis 28.02.2031",
            "Video available until March 3, 2031",
            "Vidéo disponible jusqu’au 12 mars 2031",
            "Anzeige, enthält Affiliate Links",
        ],
    ),
    "prompt to comment or comment policy": (
        "after the article",
        "boilerplate",
        [
            "Let us know in the comments below!",
            "Comments may be printed in the paper; email addresses will not be published.",
            "Verraten Sie gerne in den Kommentaren: Wie war Ihre Ernte?",
            "Diskutiere auch gerne mit uns in den Kommentaren.",
            "Dites-nous en commentaire ce que vous en pensez",
            "Cuéntanos en los comentarios",
            "Fateci sapere nei commenti",
            "Laat het ons weten in de reacties",
            "Dajcie znać w komentarzach",
            "Conte nos comentários",
        ],
    ),
    "subscriber-count pitch or more-by-the-author link": (
        "after the article",
        "boilerplate",
        [
            "Join thousands of people who get the farm news in their inbox every morning.",
            "Join 25,000 readers who read our weekly letter",
            "Schließe dich über 15.000 Newsletter-Abonnenten an!",
            "find more by Jane Porter",
            "See more stories by Sam Lee",
        ],
    ),
    "letters-to-the-editor prompt": (
        "after the article",
        "boilerplate",
        ["Tell us what you think: submit a letter to the editor.", "Schreiben Sie uns einen Leserbrief!"],
    ),
    "donation or ad-blocker appeal": (
        "after the article",
        "boilerplate",
        [
            "Support independent journalism",
            "Your contribution helps us keep our reporting free for everyone.",
            "Please disable your ad blocker to keep reading.",
            "Donate now",
            "Unterstützen Sie unabhängigen Journalismus",
            "Ihr Beitrag hilft, unsere Berichterstattung kostenlos zu halten.",
            "Bitte deaktivieren Sie Ihren Adblocker.",
            "Jetzt spenden",
            "Soutenez notre journalisme indépendant",
            "Désactivez votre bloqueur de publicité",
            "Apoya el periodismo independiente",
            "Sostieni il giornalismo libero",
            "Steun onze journalistiek",
            "Wesprzyj niezależne dziennikarstwo",
            "Apoie o jornalismo independente",
            "Gefällt dir unser Magazin?",
            "Every little donation helps us keep the lights on.",
            "Jede kleine Spende hilft den Menschen in Not.",
            "Gefällt dir unser Klettermagazin? Wir haben uns gegen eine Bezahlschranke entschieden.",
            "Do you like our journalism?",
            "If you’re running an ad-blocker, you are costing us the money we need to report.",
            "We keep every story free to read, so we need your financial support to keep going.",
            "Support Example News so we can continue to report on the city.",
            "Damit das so bleibt, brauchen wir Ihre finanzielle Unterstützung.",
            "Pour rester libres, nous avons besoin de votre soutien financier.",
            "Para seguir informando, necesitamos tu apoyo económico.",
            "Para continuar independentes, precisamos do seu apoio financeiro.",
            "Per restare liberi abbiamo bisogno del tuo sostegno economico.",
            "Om onafhankelijk te blijven hebben we uw financiële steun nodig.",
            "Aby pisać dalej, potrzebujemy twojego wsparcia finansowego.",
        ],
    ),
    "link to the next or previous post with its title": (
        "after the article",
        "boilerplate",
        [
            "Next article The town that kept its old cinema open",
            "Previous post 12 ways to keep a garden green in August",
            "Vorheriger Beitrag Wie ein Dorf sein altes Kino rettete",
            "Nächster Artikel „Der Hafen wird wieder gebaut“",
            "Article suivant Le village qui a sauvé son vieux cinéma",
            "Artículo anterior El pueblo que salvó su viejo cine",
            "Articolo successivo Il paese che ha salvato il suo cinema",
        ],
    ),
    "a blog post's meta line": (
        "after the article",
        "boilerplate",
        [
            "This entry was posted in Gardening and tagged roses, summer. Bookmark the permalink.",
            "Der Beitrag wurde am Montag, den 3. Juni 2024 um 10:12 Uhr veröffentlicht und wurde unter Garten"
            " abgelegt.",
            "Cette entrée a été publiée dans Jardin, avec comme mot(s)-clef(s) roses.",
            "Esta entrada fue publicada en Jardín y etiquetada rosas. Guarda el enlace permanente.",
            "Questa voce è stata pubblicata in Giardino e contrassegnata con rose.",
        ],
    ),
    "some rights reserved": (
        "after the article",
        "boilerplate",
        [
            "Some rights reserved 2019-2024 by Example Valley News, a member of the Example Media Group.",
            "Einige Rechte vorbehalten. Beispiel-Blog 2024",
            "Certains droits réservés - Exemple Média",
            "Algunos derechos reservados. Ejemplo Noticias",
        ],
    ),
    "related heading that the reader may also like": (
        "after the article, over a teaser",
        "sections",
        [
            "Diese Artikel könnten dich ebenfalls interessieren:",
            "Das könnte Sie ebenfalls interessieren",
            "Weitere Topthemen des Monats:",
            "Schon gelesen?",
            "Lust auf mehr?",
            "Ces articles pourraient également vous intéresser",
        ],
    ),
    "heading of the editors' recommendations": (
        "after the article, over a teaser",
        "sections",
        [
            "Our editors recommend:",
            "Recommended by our editors",
            "La rédaction vous conseille :",
            "Notre rédaction vous recommande",
            "La redacción recomienda:",
            "La redazione consiglia:",
            "De redactie raadt aan:",
            "A redação recomenda:",
            "Empfehlungen der Redaktion",
            "Redaktionen anbefaler:",
            "Redakcja poleca:",
        ],
    ),
    "heading of more on the article's topic": (
        "after the article, over a teaser",
        "sections",
        [
            "Artikel und Videos zum Thema",
            "Videos on this topic",
            "Sobre el mismo tema",
            "Sullo stesso argomento",
            "Sobre o mesmo assunto",
            "Więcej na ten temat",
        ],
    ),
    "appeal to support the site if the reader liked the article": (
        "after the article",
        "boilerplate",
        [
            "Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie unabhängigen Lokaljournalismus mit einem Abo.",
            "Wenn dir dieser Beitrag gefallen hat, unterstütze den Blog mit einer kleinen Spende.",
            "If you enjoyed this article, please consider supporting our newsroom.",
            "Si vous avez aimé cet article, soutenez notre rédaction.",
            "Si te ha gustado este artículo, apóyanos con una donación.",
            "Se ti è piaciuto questo articolo, sostienici con una donazione.",
            "Se você gostou deste artigo, apoie o nosso jornalismo.",
            "Als je dit artikel waardevol vond, steun dan onze redactie.",
            "Jeśli podobał ci się ten artykuł, wesprzyj naszą redakcję.",
        ],
    ),
    "notice that the links are affiliate links": (
        "after the article",
        "boilerplate",
        [
            "Letzte Aktualisierung am 3.05.2024 / Bei den Verlinkungen handelt es sich um Affiliate Links",
            "Last update on 2024-05-03 / Affiliate links / Images from Amazon Product Advertising API",
            "All links are affiliate links: we earn from qualifying purchases.",
            "Les liens sont des liens affiliés.",
            "Los enlaces son de afiliados.",
            "I link sono link di affiliazione.",
            "Os links são links de afiliados.",
            "De links zijn affiliate links.",
            "Te linki są linkami afiliacyjnymi.",
        ],
    ),
    "comment form asking the reader to log in": (
        "after the article",
        "boilerplate",
        [
            "Du musst angemeldet sein, um einen Kommentar abzugeben.",
            "You must be signed in to leave a comment.",
            "Debes iniciar sesión para publicar un comentario.",
            "Devi essere connesso per inviare un commento.",
            "Você precisa fazer login para publicar um comentário.",
            "Je moet ingelogd zijn om een reactie te plaatsen.",
            "Musisz być zalogowany, aby dodać komentarz.",
        ],
    ),
    "heading over links to more information": (
        "after the article",
        "labels",
        [
            "Weitere Informationen:",
            "Weitere Infos",
            "More information",
            "Further information:",
            "Plus d'informations",
            "Maggiori informazioni:",
            "Mais informações",
            "Meer informatie",
            "Więcej informacji:",
        ],
    ),
    "a link to the previous or next post: an arrow and its title": (
        "after the article",
        "boilerplate",
        [
            "← Older post: the spring flood in the valley",
            "Neue Pumpen für das Tal →",
            "← Der Brunnen im Dorf ist wieder voll",
            "La sécheresse de l'été dernier →",
            "← El invierno más seco del siglo",
        ],
    ),
    "a credit via a source, or agency / photographer after a caption": (
        "after the article",
        "boilerplate",
        [
            "A tractor on a dry field near the river, image via Wikimedia Commons",
            "Photo via Flickr",
            "Ein Traktor auf dem Feld, Bild via Instagram",
            "Un tracteur dans un champ, photo via Pixabay",
            "Un tractor en el campo, imagen vía Instagram",
            "The new pump on the Miller farm. Farm Press / Jane Roe",
            "Die neue Pumpe auf dem Hof. Landpresse / Max Muster",
        ],
    ),
    "a comment held for moderation, the comment rules": (
        "after the article",
        "boilerplate",
        [
            "Your comment is awaiting moderation.",
            "Your comment has been marked as spam.",
            "Ihr Kommentar wurde gespeichert und wartet auf Freischaltung.",
            "Dein Kommentar wurde als Spam erkannt.",
            "Bitte beachten Sie beim Kommentieren unsere Netiquette.",
            "Votre commentaire est en attente de modération.",
            "Tu comentario está pendiente de moderación.",
            "Il tuo commento è in attesa di moderazione.",
            "Je reactie wacht op moderatie.",
            "O seu comentário aguarda moderação.",
            "Twój komentarz oczekuje na moderację.",
        ],
    ),
    "news offered to the reader's phone or inbox, a magazine's free issues": (
        "after the article",
        "boilerplate",
        [
            "Get the latest news straight to your phone with the Valley Times app.",
            "Hol dir die wichtigsten Nachrichten direkt aufs Handy.",
            "Recevez toute l'actualité de la région sur votre smartphone.",
            "Recibe las últimas noticias en tu móvil.",
            "Tips and deals for gardeners by email",
            "Tipps und Schnäppchen für Gärtner per E-Mail",
            "Wähle ein Datum, trage deine E-Mail-Adresse ein und klicke auf Senden.",
            "Jetzt 3 Ausgaben gratis lesen!",
            "Get 3 free issues of the magazine today!",
            "Recevez 3 numéros offerts !",
            "Suscríbete y recibe 3 números gratis.",
        ],
    ),
    "a page's last change": (
        "after the article",
        "boilerplate",
        [
            "Valley wells guide was last modified: March 2nd, 2018 by Jane Roe",
            "This page was last modified on 4 May 2020, at 10:15.",
            "wells.html - Created 03-10-2004 2:20pm - Last Modified: 03-10-2004 2:20pm",
        ],
    ),
    "a health page's review note": (
        "after the article",
        "boilerplate",
        [
            "Medically reviewed by Jane Roe, MD",
            "Medizinisch geprüft von Dr. Max Muster",
            "Dieser Text wurde von Ärzten geprüft und entspricht den medizinischen Leitlinien.",
            "Relu par le Dr Jean Dupont",
            "Revisado médicamente por la Dra. Ana Ruiz",
        ],
    ),
    "the site's own offer promoted, its archive linked, an appeal after liking the article": (
        "after the article",
        "boilerplate",
        [
            "Kennst du schon unseren Garten-Podcast?",
            "Have you seen our gardening podcast?",
            "Connaissez-vous notre podcast ?",
            "¿Conoces nuestro pódcast de jardinería?",
            "Besuchen Sie unseren Online-Shop!",
            "Visit our online store!",
            "Visitez notre boutique en ligne !",
            "¡Visita nuestra tienda online!",
            "Mehr aus dem Garten-Archiv:",
            "Ihnen hat der Artikel gefallen? Dann unterstützen Sie uns mit einer Spende!",
        ],
    ),
    "print view, send and report buttons": (
        "after the article",
        "labels",
        [
            "Druckansicht | Artikel versenden | Tippfehler melden",
            "Versenden",
            "Netiquette",
            "Print view",
            "Report a typo",
            "Version imprimable",
            "Versión para imprimir",
        ],
    ),
    "a count of reviews or ratings": (
        "after the article",
        "bylines",
        [
            "1,234 reviews",
            "52 Rezensionen",
            "120 valoraciones",
            "85 recensioni",
            "40 beoordelingen",
            "12 avaliações",
        ],
    ),
    # consent by browsing on: the banner says going on counts as consent
    "cookie notice that browsing on is consent": (
        "after the article",
        "boilerplate",
        [
            "By continuing to browse the site you are agreeing to our use of cookies.",
            "If you continue to use this site we will assume that you are happy with it. Ok",
            "By continuing to use the site, you agree to the use of cookies. More information",
            "Further use of this site will be considered consent.",
            "Our site uses cookies so that we can remember you and understand how you use our site.",
            "Wenn Sie auf example.de weitersurfen, stimmen Sie der Cookie-Nutzung zu. OK",
            "Wenn du die Website weiter nutzt, gehen wir von deinem Einverständnis aus.",
            "Wenn Sie die Website weiter nutzen, stimmen Sie der Verwendung von Cookies zu.",
            "Durch die weitere Nutzung der Webseite stimmen Sie der Verwendung von Cookies zu.",
            "Mit der weiteren Nutzung von example.com erklären Sie sich damit einverstanden. Mehr erfahren",
            "Wenn Sie fortfahren, diese Seite zu verwenden, nehmen wir an, dass Sie damit zufrieden sind.",
            "Al continuar navegando, aceptas el uso de cookies.",
            "Si sigues utilizando este sitio asumiremos que estás de acuerdo.",
            "Al navegar en este sitio aceptas las cookies.",
            "En continuant à naviguer sur ce site, vous acceptez l'utilisation de cookies.",
            "Si vous continuez à utiliser ce site, nous supposerons que vous en êtes satisfait.",
            "En naviguant sur ce site, vous acceptez l'utilisation de cookies.",
            "Continuando a navigare su questo sito acconsenti all'uso dei cookie.",
            "Chiudendo questo banner o proseguendo la navigazione in altra maniera, acconsenti all’uso dei cookie.",
            "Door verder te surfen ga je akkoord met het gebruik van cookies.",
            "Als je doorgaat met het gebruiken van deze site gaan we ervan uit dat je ermee instemt.",
            "Ao continuar a navegar, concorda com a utilização de cookies.",
            "Se continuar a utilizar este site, assumiremos que está satisfeito com ele.",
            "Korzystając ze strony, wyrażasz zgodę na używanie plików cookies.",
            "Dalsze korzystanie z serwisu oznacza akceptację tego stanu rzeczy.",
        ],
    ),
    "cookie notice with the verb first (Dutch)": (
        "after the article",
        "boilerplate",
        [
            "Op deze website gebruiken we cookies om het gebruik te meten.",
        ],
    ),
    "a cookie-settings dialog: its categories, what they do, its toggles": (
        "after the article",
        "boilerplate",
        [
            "Marketing cookies",
            "These cookies are necessary for the website to function and cannot be switched off.",
            "Please note that blocking some types of cookies may impact your experience of the site.",
            "If you are under 16 and wish to give consent to optional services, you must ask your parents.",
            "Notwendige Cookies",
            "Statistik-Cookies erfassen Informationen anonym.",
            "Diese Cookies sind unbedingt erforderlich, damit die Website funktioniert.",
            "Hier klicken, um notwendige Cookies zu aktivieren/deaktivieren.",
            "Bitte wählen Sie aus, welche Cookies gesetzt werden dürfen:",
            "Wenn Cookies von externen Medien akzeptiert werden, bedarf der Zugriff keiner Zustimmung mehr.",
            "Die Cookies sind deaktiviert. Bitte aktivieren Sie die Cookies in Ihrem Browser.",
            "Cookies de mesure d'audience",
            "Ces cookies permettent d'établir des statistiques de fréquentation du site.",
            "Votre consentement est nécessaire pour certains d'entre eux.",
            "Cookies analíticas",
            "Estas cookies nos permiten contar las visitas y las fuentes de tráfico del sitio.",
            "Cookie di profilazione",
            "Questi cookie ci permettono di contare le visite al sito.",
            "Cookies analíticos",
            "Estes cookies permitem contar as visitas ao site.",
            "Analytische cookies",
            "Deze cookies helpen ons de website te verbeteren.",
        ],
    ),
    "an embed held back until the reader consents": (
        "after the article",
        "boilerplate",
        [
            "Please accept YouTube cookies to play this video.",
            "Um deine Daten zu schützen, haben wir das automatische Laden der Inhalte von example.com blockiert.",
            "Zustimmen und Inhalt laden",
            "Mit dem Anklicken bauen Sie eine Verbindung zu den Servern des Dienstes auf.",
            "2 Klicks für mehr Datenschutz: Erst wenn Sie hier klicken, wird der Button aktiv.",
            "Ich bin einverstanden, dass mir externe Inhalte angezeigt werden.",
        ],
    ),
    "a form's line about the privacy policy": (
        "after the article",
        "boilerplate",
        [
            "By submitting your email, you agree to our Terms and Privacy Notice.",
            "By entering your email address you agree to receive a daily newsletter from us.",
            "I have read and understood the Example Privacy Notice.",
            "Ich akzeptiere die Datenschutzerklärung.",
            "Bitte akzeptiere die Datenschutzbestimmungen.",
            "Hiermit bestätige ich, dass ich die Datenschutzbestimmungen zur Kenntnis genommen habe.",
            "Allgemeinen Geschäftsbedingungen und unserer Datenschutzerklärung einverstanden.",
            "Ich kann diese Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.",
        ],
    ),
    "a box of forum posts or of the archive": (
        "after the article",
        "sections",
        [
            "Aus dem Forum",
            "Beiträge aus dem Forum",
            "From the forums",
            "From our archives",
            "Dans nos archives",
            "De nuestro archivo",
        ],
    ),
    "a consent box's line, worded otherwise": (
        "after the article",
        "boilerplate",
        [
            "Ich habe die Datenschutzerklärung für den Newsletter gelesen und stimme zu",
            "Datenschutzerklärung akzeptieren *",
            "Mit der Eintragung Ihrer E-Mail-Adresse akzeptieren Sie unsere Datenschutzerklärung.",
            "I agree to the processing of my personal data",
            "I accept the privacy policy.",
            "J'ai pris connaissance de la politique de confidentialité du site.",
            "J'accepte la politique de confidentialité *",
            "He leído la política de privacidad y acepto las condiciones.",
            "Acepto el tratamiento de mis datos personales",
            "Ho letto e accetto l'informativa sulla privacy",
            "Acconsento al trattamento dei miei dati personali",
            "Ik heb de privacyverklaring gelezen en ga akkoord",
            "Ik ga akkoord met het privacybeleid *",
            "Li e aceito a política de privacidade",
            "Concordo com os termos de uso",
        ],
    ),
    "a cookie notice with its verb first or words between": (
        "after the article",
        "boilerplate",
        [
            "Diese Website benutzt Cookies, um Ihnen das beste Erlebnis zu bieten.",
            "Wir verwenden auf dieser Website Cookies, um die Nutzung zu analysieren.",
            "Diese Seite setzt Cookies ein, damit sie richtig funktioniert.",
            "Auf unserer Website verwenden wir Cookies, um Inhalte zu personalisieren.",
            "Um unser Angebot zu verbessern, nutzen wir Cookies und ähnliche Techniken.",
            "Damit die Seite funktioniert, setzen wir sogenannte Cookies ein.",
        ],
    ),
    "a prompt to log in before commenting, worded otherwise": (
        "after the article",
        "boilerplate",
        [
            "Sie müssen sich einloggen, um einen Kommentar zu schreiben.",
            "Um Kommentare schreiben zu können, musst du eingeloggt sein.",
            "Nur registrierte Nutzer können kommentieren.",
            "You have to be logged in to reply.",
            "Please sign in to comment.",
            "Only registered users can comment on this article.",
            "Vous devez être connecté pour réagir à cet article.",
            "Connectez-vous pour commenter",
            "Tienes que iniciar sesión para comentar.",
            "Inicia sesión para dejar un comentario",
            "Devi essere loggato per commentare.",
            "Accedi per commentare",
            "U moet ingelogd zijn om te kunnen reageren.",
            "Log in om te reageren",
            "Tem de iniciar sessão para comentar.",
            "Faça login para deixar um comentário",
        ],
    ),
}


@pytest.mark.parametrize(
    ("place", "cleaner", "line"),
    [
        pytest.param(place, cleaner, line, id=f"{family}: {line}")
        for family, (place, cleaner, lines) in CHROME_THAT_GOES.items()
        for line in lines
    ],
)
def test_a_chrome_line_goes(place: str, cleaner: str, line: str) -> None:
    text = "\n".join(PLACES[place](ARTICLE["en"], line))
    (block,) = [b for b in explain(text).blocks if b.text == line]
    assert (block.kept, block.cleaner) == (False, cleaner)


# chrome lines after which the English article is left, all of it and nothing
# else: family -> (where the line stands, the lines)
CHROME_THAT_LEAVES_THE_ARTICLE: dict[str, tuple[str, list[str]]] = {
    "news agency caption describing its photo": (
        "after the first paragraph",
        [
            "This March 28, 2017, file photo, provided by the state registry, shows the former governor.",
            "This satellite image from the space agency shows fires near the city on Nov. 3, 2019.",
            "This undated photo shows the old mill before the flood.",
            "This photo provided by the fire department shows the burned barn.",
            "Das undatierte Foto zeigt die alte Mühle vor dem Hochwasser.",
            "Dieses Archivbild zeigt den Hafen im Jahr 1990.",
            "Cette photo d'archives montre le port en 1990.",
            "Esta foto de archivo muestra el puerto en 1990.",
            "Esta foto de arquivo mostra o porto em 1990.",
            "Questa foto d'archivio mostra il porto nel 1990.",
            "Deze archieffoto toont de haven in 1990.",
            "Archiwalne zdjęcie przedstawia port w 1990 roku.",
        ],
    ),
    "author's bio closing the article": (
        "after the article",
        [
            "Jane Roe is a reporter for Example News. She covers farming and the weather.",
            "J.R. Doe is the Senior Editor of The Daily Sample.",
            "John Doe is an award-winning writer based in Ohio who has covered farming for 20 years.",
            "Max Muster ist seit 2023 Wirtschaftsredakteur bei Beispiel.de.",
            "Jeanne Dupont est journaliste indépendante à Lyon.",
            "Juana Pérez es periodista y cubre el campo desde 2010.",
            "João Silva é jornalista e escreve sobre agricultura.",
            "Mario Rossi è un giornalista freelance di Milano.",
            "Jan de Vries is redacteur bij Het Voorbeeldblad.",
            "Jan Kowalski jest dziennikarzem i publicystą.",
            "Jane Roe is Example Weekly's senior editor and news reporter.",
            "I'm Jane, a gardener and mother of two who writes about roses.",
            "Ich bin Anna, Gärtnerin und Mutter von zwei Kindern, und schreibe hier über Rosen.",
            "Je suis Claire, jardinière et maman de deux enfants.",
            "Soy Lucía, jardinera y madre de dos hijos.",
        ],
    ),
    "wire-agency credit ending a caption": (
        "after the first paragraph",
        [
            "The mayor speaks at the town hall on May 2, 2024. Jane Roe / AP file",
            "Firefighters at the edge of the valley on Sunday. John Doe / Reuters",
            "Die Ministerin am Montag in Berlin. Max Muster / Reuters",
            "Farmers wait for rain near the river on Friday. (AP Photo/Jane Roe)",
            "The minister at the opening of the school on Monday. (Picture by Jane Roe)",
            "Two friends pose for a photo at the fair in June. (Photo by John Doe/Example Images)",
            "Fans cheer as the team bus arrives at the stadium in Denver. (Jane Roe/AP)",
            "A cargo ship leaves the harbour on May 3, 2024. (AP)",
            "The old mill, in a picture from the county archive via AP",
            "Die Ministerin vor dem Rathaus. (Max Muster/dpa)",
        ],
    ),
    "caption ending with its photographer's name in brackets or a credit in capitals": (
        "after the first paragraph",
        [
            "The harbour at dawn on Monday. (Jane Roe)",
            "La alcaldesa anunció que dejará el cargo en mayo. (Juana Pérez Gómez)",
            "Die Ministerin nach der Sitzung am Montag. (Max Muster)",
            "Le maire devant la mairie mardi. (Jean-Pierre Dupont)",
            "(Juana Gómez Rivera)",
            "Officers search the boat in the harbour on Sunday. By EXAMPLE BORDER POLICE",
            "Agentes revisan la embarcación en el puerto. Por POLICÍA PORTUARIA",
            "Des policiers fouillent le bateau dans le port. Par POLICE NATIONALE",
            "Polizisten durchsuchen das Boot im Hafen. Von POLIZEI MUSTERSTADT",
            "Agenten doorzoeken de boot in de haven. Door POLITIE VOORBEELD",
        ],
    ),
    "news agency caption dated as the agencies date them": (
        "after the first paragraph",
        [
            "A farmer checks the level of his well near Fresno, Calif., Tuesday, June 4, 2024.",
            "Volunteers fill sandbags along the river, Sunday, Nov. 17, 2024, in Dayton, Ohio.",
            "The goalkeeper dives for the ball in Leeds, England, Saturday, Jan. 6, 2024. (Jane Roe/AP)",
        ],
    ),
    "caption ending with a photographer's credit": (
        "after the first paragraph",
        [
            "The skater at the final in Beijing. © Agency / Jane Roe",
            "Der Windpark bei Nacht. © Muster Energie GmbH",
            "Die Ministerin am Montag in Berlin. Foto: Max Muster",
            "La presidenta en el acto del martes. Imagen: Juan Pérez",
            "Le maire devant la mairie. Crédit photo : Jean Dupont",
            "Il sindaco in piazza. Foto: Mario Rossi",
            "De burgemeester op het plein. Beeld: Jan Jansen",
            "Burmistrz na rynku. Zdjęcie: Jan Kowalski",
            "O prefeito na praça. Imagem: João Silva",
            # a credit holding a dot, not a sentence after it
            "Die Ministerin am Montag in Berlin. Foto: Max Muster | Example | CC BY 2.0",
            "The old mill in spring. Photo: J. R. Roe/Example Museum",
            "Der Chor auf der Bühne. Bild: Max Muster/Theater St . Gallen",
            "Le maire devant la mairie / (C) Jean Dupont",
            "Ein Stapel Ziegel auf der Baustelle. - © Max Muster - stock.adobe.com",
            "A dry well at the edge of the farm. Jane Roe / depositphotos.com",
        ],
    ),
    "short caption placing the people in its picture": (
        "after the first paragraph",
        [
            "Die Ministerin (links) mit dem Bürgermeister vor dem Rathaus in Musterstadt",
            "Der neue Vorstand (v. l.): Max Muster, Erika Muster und Hans Beispiel",
            "Jane Roe (left) and John Doe at the opening of the new school",
            "Jeanne Dupont (à gauche) et le maire devant la mairie",
            "Juana Pérez (izquierda) y el alcalde en la plaza",
            "Mario Rossi (a destra) con il sindaco in piazza",
            "João Silva (à direita) com o prefeito na praça",
            "Jan de Vries (links) met de burgemeester op het plein",
            "Jan Kowalski (z lewej) z burmistrzem na rynku",
            "Die Ministerin (li.) mit dem Bürgermeister vor dem Rathaus in Musterstadt",
            "Max Muster (r.) und Erika Muster beim Richtfest der neuen Schule",
        ],
    ),
    "caption of a picture that only illustrates the story": (
        "after the first paragraph",
        [
            "Symbolbild: Ein Traktor auf einem trockenen Feld bei Sonnenuntergang",
            "Ein Traktor auf einem trockenen Feld (Symbolbild).",
            "(Symbolfoto)",
            "Stock image: a tractor on a dry field at sunset",
            "A tractor on a dry field at sunset (file photo)",
            "Un tracteur dans un champ sec (photo d'illustration)",
            "Image d'illustration : un tracteur dans un champ sec",
            "Imagen ilustrativa de un tractor en un campo seco",
            "Un trattore in un campo secco (immagine di repertorio)",
            "Imagem ilustrativa de um trator num campo seco",
            "Een tractor op een droog veld (archieffoto)",
            "Zdjęcie ilustracyjne: traktor na suchym polu",
        ],
    ),
    "author's contact line": (
        "after the article",
        ["Email Jane Porter at jporter@example.com or follow her @janeporter."],
    ),
}


@pytest.mark.parametrize(
    ("place", "line"),
    [
        pytest.param(place, line, id=f"{family}: {line}")
        for family, (place, lines) in CHROME_THAT_LEAVES_THE_ARTICLE.items()
        for line in lines
    ],
)
def test_a_chrome_line_goes_and_leaves_the_article(place: str, line: str) -> None:
    body = ARTICLE["en"]
    assert clean("\n".join(PLACES[place](body, line))).splitlines() == body


# prose that stays, before the last paragraph of an article: family ->
# language of the article -> the lines (which may be in another language)
PROSE_THAT_STAYS: dict[str, dict[str, list[str]]] = {
    "a note of the author's in the article": {
        "de": [
            "Hinweis: Die folgende Reportage entstand im Frühjahr, bevor die Brücke für den Verkehr gesperrt wurde.",
            "Hinweis: Für das Foto wurde die Abdeckung der Säge abgenommen, beim Arbeiten gehört sie dran!",
        ],
    },
    "a sentence that follows an author": {
        "en": ["Follow the author of the report, the minister said, and the valley will run out of water."],
        "de": ["Dem Autor folgen viele Landwirte, seit er im Frühjahr vor der Dürre gewarnt hat."],
    },
    "a quote or a citation ending with a name in brackets": {
        "en": [
            '"We will rebuild the harbour before the winter comes." (Jane Roe)',
            "The drought of that summer was the worst on record (Roe 2019).",
            "The council will vote on the plan in May, the mayor said (John Doe).",
        ],
        "de": ['"Wir bauen den Hafen vor dem Winter wieder auf." (Max Muster)'],
        "es": ['"Reconstruiremos el puerto antes del invierno." (Juana Pérez)'],
    },
    "a sentence ending with a word in capitals": {
        "en": [
            "The boat was searched by officers of the border police. By NIGHTFALL the cargo was gone, they said."
        ],
    },
    "a subheading asking about comments or more": {
        "de": ["Und die Kommentare?"],
        "en": ["What about the comments?"],
    },
    "a sentence opening with who one is": {
        "de": ["Ich bin gespannt, ob der Regen kommt, sagte der Landwirt am Montag vor seinem Hof."],
        "en": ["I'm Jane, she told the court, and she repeated her name twice before the judge."],
    },
    "a sentence of what the editors recommend": {
        "en": ["Our editors recommend booking the ferry early, as the summer crossings sell out fast."],
        "fr": ["La rédaction vous conseille de réserver tôt, car les traversées d'été sont vite complètes."],
        "de": [
            "Die Redaktion empfiehlt, die Fähre früh zu buchen, weil die Überfahrten schnell ausverkauft sind."
        ],
    },
    "a sentence about the next article, a post or a photo": {
        "en": [
            "Next article in the series will look at the harbour and the men who rebuilt it after the storm.",
            "The mayor spoke after the vote. Photo: the council published a picture of the new bridge later.",
        ],
        "de": [
            "Nächster Artikel erscheint am Montag, wenn die Gemeinde über den neuen Hafen entschieden hat.",
            "Der Beitrag wurde am Montag im Stadtrat veröffentlicht und sorgte für eine lange Debatte.",
            "Die Ministerin kam spät. Foto: Max Muster. Sie sprach dann über den Hafen und die neuen Pläne.",
        ],
    },
    "a sentence with a bar or about more news": {
        "en": [
            "The vote was 12 | 3 in the end, and the topics: water, roads and schools, were left for May.",
            "More news on the harvest is expected on Friday, when the ministry publishes its figures.",
        ],
        "de": ["Weitere Nachrichten zur Ernte erwartet das Ministerium am Freitag, wenn die Zahlen kommen."],
    },
    "a sentence about sharing or an app": {
        "en": ["The company said its apps for iOS and Android would be updated to fix the flaw by Friday."],
        "de": ["Den Artikel teilen sich zwei Autoren, die seit Jahren über den Hafen berichten."],
        "es": ["Compartir el artículo 27 de la ley con los vecinos fue la idea del alcalde."],
    },
    "a sentence about an author, an address or a click": {
        "fr": ["Les auteurs du rapport engagent la commune à revoir ses règles avant la prochaine saison."],
        "en": ["By clicking through the council's website, residents can find the new water rules."],
    },
    "a sentence about a photo": {
        "en": ["This photo shows how dry the valley has become, the farmers' union said in a statement."],
        "de": ["Das Bild zeigt, wie trocken das Tal geworden ist, sagte der Sprecher der Bauern."],
    },
    "a sentence with a full date or about an illustration": {
        "en": [
            "On Tuesday, March 5, 2024, the council voted to close the old well for good.",
            "The new water rules were published Monday, June 3, 2024, after a long debate.",
            "An artist's impression of the new dam was shown to residents at the meeting.",
            "The hearing was moved to Tuesday, Nov. 19, 2024, in the old courthouse, the clerk said.",
            "Tickets for the fair are on sale until Friday, Dec. 6, 2024.",
        ],
        "de": ["Eine künstlerische Darstellung des Damms wurde den Anwohnern am Montag gezeigt."],
    },
    "a sentence naming a news agency or a courtesy": {
        "en": [
            "Courtesy of a neighbour, the family had water again by Friday.",
            "The mayor told Reuters",
            "She worked for the Associated Press for ten years before she joined the council.",
        ],
    },
    "a sentence about JavaScript": {
        "en": ["JavaScript is a language that browsers run, and the council's new site uses little of it."],
        "de": ["JavaScript ist eine Sprache, die jeder Browser ausführt, sagte der Entwickler der Stadt."],
    },
    "a sentence naming someone's job (an author's bio only at the end)": {
        "en": [
            "Jane Roe is a reporter who covered the trial for a decade, and she said the verdict surprised her."
        ],
        "de": [
            "Max Muster ist Redakteur der Lokalzeitung und sagt, die Brunnen seien noch nie so leer gewesen."
        ],
        "es": ["Juana Pérez es periodista y vecina del pueblo, y cuenta que el río nunca bajó tanto."],
    },
    "a sentence naming a photo or a copyright": {
        "en": [
            "The vote was 12 / 40 in the end, the clerk said, and the plan was dropped.",
            "The coverage of the harvest on local radio was praised by the farmers at the meeting.",
            "An error occurred during the launch, and the agency said it would try again in May.",
            "Next: the council will vote on the plan in May, after the hearings are over.",
            "The town sends updates by email to every farmer who asks, the clerk said on Friday.",
            "The council published the plans (photos by the architects) and asked for comments by May.",
            "The agency kept the photo. Image: that was what the campaign sold, and it sold well.",
            "Copyright is marked with the sign ©, followed by the holder's name and the year 2024.",
        ],
        "de": ["Das Bild zeigt den Hafen. Foto und Text stammen vom selben Autor, der dort seit 1990 lebt."],
    },
    "a sentence about advertising": {
        "en": ["Advertise with care, the council told the shops, because the new rules on signs are strict."],
    },
    "a sentence with a time": {
        "en": ["The last train left at 10 pm on Tuesday, November 19, and the drivers went home."],
    },
    "a sentence about following someone": {
        "en": ["The minister urged farmers to follow him on Twitter for news of the water rules."],
    },
    "a sentence naming a messenger": {
        "en": [
            "Wir bei WhatsApp nehmen den Schutz der Daten ernst, sagte ein Sprecher am Montag.",
            "He was reached on WhatsApp: 2 days later he replied from the border crossing.",
        ],
    },
    # inbox and paywall prompts address the reader; a sentence about someone's
    # mailbox or a club's members is the article's
    "prose that names members or a mailbox": {
        "de": [
            "Der Brief lag seit Tagen im Postfach der Gemeinde, bevor der Rat die neuen Regeln beschloss."
        ],
        "en": [
            "The lounge at the harbour has been open only to members of the sailing club since 2019.",
            "Die Mail mit der Rechnung landete in ihrem Postfach, als die Polizei schon ermittelte.",
            "Der anonyme Drohbrief kam in ihr Postfach, zwei Tage bevor die Ministerin zurücktrat.",
            "La vecina encontró una carta sin remitente en su buzón el lunes por la mañana temprano.",
            "Kurier postawił paczkę na skrzynkę przy drzwiach, zanim ktokolwiek zdążył ją odebrać.",
        ],
    },
    "a sentence by a subscriber": {
        "de": [
            "Ich bin Abonnentin der Zeitung seit dreißig Jahren und lese sie jeden Morgen beim Frühstück."
        ],
        "en": ["I am a subscriber of the regional paper, she said, and I read every story on the wells."],
        "fr": ["Je suis abonnée au journal depuis trente ans, a-t-elle dit devant la mairie lundi."],
    },
    "a sentence more about something": {
        "de": [
            "Mehr über die Ursachen der Dürre wissen die Forscher erst, wenn die Messungen ausgewertet sind."
        ],
    },
    "a sentence about a full story": {
        "en": ["Readers can find the full story of the wells in the annual report of the regional council."],
    },
    "a sentence about a stock-photo agency": {
        "en": [
            "The council bought its pictures of the valley from a local photographer rather than from Unsplash."
        ],
    },
    "a sentence naming two agencies": {
        "en": ["The farmers told AP/Reuters that the wells had been dry since the end of the spring."],
    },
    "a sentence naming a photo and a number": {
        "en": ["Photo 3 of 5 shows the well at the edge of the farm, dry since the end of May."],
    },
    # a back link or a sign-up button is the whole line, and names a page
    "a heading or sentence that starts like a back link or a button": {
        "en": [
            "Back to the future of farming in the valley",
            "Sign up now to get the report on the harvest before anyone else in the valley.",
            "Zurück zur Normalität",
            "Zurück zu Deutschland: die Reise endet in Hamburg",
            "Jetzt anmelden, sagte der Bürgermeister, sei die beste Entscheidung für die Bauern.",
        ],
    },
    "a sentence that starts with next or previous": {
        "en": [
            "Next: the council will vote on the water rules, and the farmers will wait for its word.",
            "Previous post office manager Tom Hale said the valley had never seen a summer this dry.",
        ],
    },
    "a sentence naming a site or a tag": {
        "en": [
            "On Example.com, the report on the wells was read more than any other story this year.",
            "Also on example.com the council published its list of wells, with a long paragraph on each of them, "
            "their depth, their owners and the year they were dug, and the rules that apply to each of them now.",
            "The web page used a <div> element for each well, the council's web designer said.",
        ],
    },
    "a sentence about comments": {
        "en": ["Many readers told us in the comments that the wells in their own villages were dry too."],
        "de": ["In den Kommentaren vermuteten viele Leser, die Brunnen seien schon im Frühjahr gesunken."],
    },
    "a sentence about joining people or seeing more": {
        "en": [
            "Residents were urged to join thousands of people at the march on the water office.",
            "See more by the end of the week, the council said, when the new pumps arrive.",
        ],
    },
    "a sentence that opens with more information": {
        "de": ["Weitere Informationen zu den Brunnen will der Rat nach der Sitzung im Juni veröffentlichen."],
        "en": ["More information about the wells will be published by the council after its June meeting."],
    },
    "a long paragraph that places something on the left": {
        "de": [
            "Die Karte des Rates (links) zeigt die Brunnen im Tal, die seit dem Frühjahr trocken sind, und die Tabelle"
            " daneben ihre Tiefe; der Bürgermeister sagte am Montag, er wolle beide Übersichten jeden Monat erneuern,"
            " damit die Bauern sehen, wo das Wasser noch reicht und wo die neuen Pumpen zuerst gebraucht werden."
        ],
    },
    "a sentence about affiliate links": {
        "en": [
            "The council said that affiliate links on its own website had paid for the new pumps in the valley."
        ],
    },
    "a sentence about liking an article": {
        "en": [
            "If you enjoyed the story of the wells, the council's report has more of them, the mayor said."
        ],
        "de": [
            "Wenn Ihnen der Artikel gefallen hat, sagte der Bürgermeister, dann lesen Sie auch den Bericht des Rates."
        ],
    },
    "a sentence about a symbolic or stock picture": {
        "de": [
            "Symbolbilder wie dieses prägen seit Jahren die Debatte über die Dürre im Tal, sagte der Bürgermeister."
        ],
        "en": [
            "The stock image of the valley was sold to a newspaper in the city, the photographer said on Monday."
        ],
        "fr": [
            "L'image d'illustration choisie par le conseil a fait débat dans la vallée, a dit la maire lundi."
        ],
    },
    "a sentence with an arrow, a photo sent via e-mail, news by e-mail": {
        "en": [
            "The road from the farm → the river was closed for a week, the council said on Monday.",
            "He sent the photo via email to the council, which published it on its site on Monday.",
        ],
        "de": [
            "Die Stadt verschickt Tipps für Gärtner künftig per E-Mail.",
            "Die Behörde informiert die Bauern per E-Mail über den Wasserstand der Brunnen im Tal.",
        ],
    },
    "a sentence about comments, rules, reviews or changes": {
        "en": [
            "Your comment is welcome at the council meeting on Monday, the mayor told the farmers.",
            "The study was reviewed by a panel of doctors before it was published in the spring.",
            "The rules were last modified in 2019, when the council cut the quota for the wells.",
            "Have you seen our wells, the farmers asked the minister when she came to the valley?",
        ],
        "de": [
            "Bitte halten Sie sich an die Regeln, sagte der Bürgermeister den Bauern am Montag.",
            "Kennst du schon unseren Nachbarn, fragte der Bauer den Besucher aus der Stadt.",
        ],
    },
    # (not a notice that browsing on is consent)
    "a sentence about going on with something and agreeing": {
        "en": [
            "If you continue to use this drug, you agree to the risks, the doctor said.",
            "By continuing to use the old well, the farmers accept a risk to their health, the council said.",
            "Continued use of the site by hikers has damaged the trail, the ranger said on Monday.",
            "The council says its site uses cookies to count visitors, the regulator said on Monday.",
        ],
        "de": [
            "Wenn Sie das Medikament weiter nehmen, stimmen Sie den Risiken zu, sagte der Arzt den Bauern.",
            "Mit der weiteren Nutzung des Brunnens stimmte der Rat im Mai zu, sagte der Bürgermeister.",
        ],
        "fr": [
            "Si vous continuez à puiser dans ce puits, vous acceptez un risque pour votre santé, a dit la maire.",
            "En poursuivant ses recherches, l'équipe a accepté de nouvelles données sur les puits de la vallée.",
        ],
        "es": [
            "Al continuar la investigación, los fiscales aceptaron nuevas pruebas sobre los pozos del valle.",
            "Si sigue lloviendo, aceptaremos el retraso de la cosecha, dijo el consejo regional.",
            "Continuando a lavorare insieme, il governo ha accettato la proposta dei contadini della valle.",
            "Door verder te onderhandelen gingen beide partijen akkoord met het plan voor de putten.",
            "Ao continuar a investigação, a polícia aceitou novas provas sobre os poços do vale.",
            "Korzystając z okazji, minister wyraził zgodę na nowe przepisy o studniach w dolinie.",
        ],
    },
    "a sentence about cookies one bakes, or about consent": {
        "de": [
            "Im Winter backen wir Cookies mit Zimt, sagt die Bäckerin aus dem Tal.",
            "Es reicht, die Cookies zu deaktivieren, sagt die Verbraucherzentrale den Bauern im Tal.",
            "Experten sagen, diese Cookies werden von Werbefirmen verwendet, um Nutzer zu verfolgen.",
            "Diese Cookies sind in zehn Minuten fertig und schmecken der ganzen Familie.",
            "Die Einwilligung kann jederzeit mit Wirkung für die Zukunft widerrufen werden, sagte die Anwältin.",
            "Ich bin damit einverstanden, dass die Kinder länger spielen, sagte die Lehrerin am Montag.",
        ],
        "fr": [
            "Ces cookies sont délicieux avec un café, a dit la boulangère de la vallée.",
            "Selon la CNIL, des cookies sont déposés par les annonceurs sans consentement des lecteurs.",
        ],
        "en": [
            "These cookies are baked with brown butter and sea salt, and the children love them.",
            "By entering the race, the runners accept the rules of the club, the organisers said.",
        ],
        "es": ["Estas cookies son perfectas para la merienda de los niños del valle."],
    },
    "a sentence about funding journalism": {
        "en": [
            "The grant will fund local journalism in rural areas, the foundation said on Monday.",
            "He said he would give now or never, and the council took the money the same week.",
        ],
    },
    "a sentence about privacy rules, cookies or logging in": {
        "de": [
            "Ich habe die Datenschutzerklärung des Konzerns gelesen und finde sie viel zu lang, sagte die Anwältin.",
            "Wir verwenden für das Rezept nur Butter, Mehl und Zucker, keine fertigen Cookies aus dem Laden.",
            "Um die Kommentare zu lesen, musste der Richter sich erst in das System der Behörde einloggen.",
            "Nur angemeldete Besucher dürfen die Halle am Sonntag betreten, teilte die Stadt mit.",
        ],
        "en": [
            "I accept the privacy policy is flawed, the minister said, but it will not be changed this year.",
            "You need to log in to the county portal to see the water rules, the council said.",
            "Only registered farmers can apply for the grant before the end of the month.",
        ],
        "fr": [
            "Vous devez être connecté au réseau de la mairie pour consulter les règles, a précisé le maire.",
        ],
        "es": [
            "Tienes que iniciar sesión en el portal del ayuntamiento para ver las normas, dijo el alcalde.",
            "Quien quiera votar debe registrarse para participar en la consulta, dijo el alcalde.",
        ],
    },
}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        pytest.param(lang, line, id=f"{family}: {line}")
        for family, by_lang in PROSE_THAT_STAYS.items()
        for lang, lines in by_lang.items()
        for line in lines
    ],
)
def test_prose_stays(lang: str, line: str) -> None:
    text = "\n".join(PLACES["before the last paragraph"](ARTICLE[lang], line))
    assert line in clean(text).splitlines()


def test_prose_that_only_names_a_continuing_story_stays() -> None:
    # where it stood, not only that it stayed
    line = "The story continues after the war, when the brothers return to the farm and find it sold."
    text = "\n".join(PLACES["before the last paragraph"](ARTICLE["en"], line))
    assert clean(text).splitlines()[2] == line


def test_a_sentence_naming_a_network_or_an_app_is_no_prompt() -> None:
    # the four sentences together, under a headline and above the article
    lines = [
        "Follow the money on Facebook and you find who paid for the adverts, the report says.",
        "Users were told to download the contact tracing app before the school term starts.",
        "Contact the police at the station on Main Street if you saw the car that night.",
        "I agree that the council should review the rules, the mayor told reporters after the vote.",
    ]
    text = "\n".join(["Adverts under scrutiny", *lines, *ARTICLE["en"]])
    out = clean(text).splitlines()
    for line in lines:
        assert line in out


MOST_READ = {
    "en": (
        "Most Read",
        [
            "Council approves the new budget after a long night The vote came after hours of debate over school funding.",
            "Storm closes the coast road for a second day Crews expect to reopen it once the water has gone down.",
            "Local bakery wins the regional prize again Its owner says the secret is patience and good flour.",
        ],
    ),
    "de": (
        "Meistgelesen",
        [
            "Stadtrat beschließt den neuen Haushalt nach langer Nacht Die Abstimmung folgte auf stundenlange Debatten.",
            "Sturm sperrt die Küstenstraße zum zweiten Tag Die Arbeiter wollen sie öffnen, sobald das Wasser sinkt.",
            "Bäckerei gewinnt erneut den regionalen Preis Der Inhaber sagt, das Geheimnis seien Geduld und gutes Mehl.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(MOST_READ))
def test_a_numbered_teaser_list_under_a_related_heading_goes(lang: str) -> None:
    # "1. <headline> <summary>": each item reads as a paragraph, but the
    # numbers run on from the heading, so the list is the heading's
    heading, items = MOST_READ[lang]
    teasers = [f"  {n}. {item}" for n, item in enumerate(items, 1)]
    text = "\n".join([*ARTICLE[lang], heading, *teasers])
    assert clean(text).splitlines() == ARTICLE[lang]


def test_the_article_resumes_after_a_numbered_list_that_does_not_run_on() -> None:
    # a paragraph that opens with a number ("31. Oktober 2023. ...") is no
    # item of the list above it: the article resumes there
    heading, items = MOST_READ["de"]
    resumed = [f"31. {ARTICLE['de'][0]}", *ARTICLE["de"][1:]]
    text = "\n".join([heading, f"  1. {items[0]}", *resumed])
    assert clean(text).splitlines() == resumed


def test_an_author_box_after_the_article_goes_with_its_bio() -> None:
    # the bio, the author's name and an offer under it: the author's box
    box = [
        "Jane Roe is an online educator, author, and the founder of Example Academy.",
        "Jane Roe",
        "I want to help you take the next step. Pick your free workshop topic today!",
    ]
    assert clean("\n".join([*ARTICLE["en"], *box])).splitlines() == ARTICLE["en"]


# a subheading that ends the article and the facts under it ("Label: value",
# four or more in a row): language -> (subheading, facts)
FACT_BOXES = {
    "en": ("Test results:", ["Comfort: 1", "Boot space: 2", "Fuel use: 2", "Finish: 1", "Visibility: 3"]),
    "de": (
        "Unser Testurteil:",
        ["Hubraum: 1.598 ccm", "Leistung: 132 kW", "Getriebe: 6-Gang", "Tank: 47 Liter"],
    ),
    "fr": (
        "Notre verdict :",
        ["Cylindrée : 1 598 cm3", "Puissance : 132 kW", "Boîte : automatique", "Poids : 1 965 kg"],
    ),
    "es": (
        "Clasificados",
        [
            "Inglaterra (Grupo A): décima vez",
            "España (Grupo F): undécima vez",
            "Suecia (Grupo F): séptima vez",
            "Francia (Grupo H): décima vez",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(FACT_BOXES))
def test_a_fact_box_under_the_last_subheading_ends_the_article(lang: str) -> None:
    # a subheading with nothing under it ends no article: the facts under it
    # are the article's, and the chrome after them is not
    heading, facts = FACT_BOXES[lang]
    text = "\n".join([*ARTICLE[lang], heading, *facts, "Share", "Home", "About Us"])
    assert clean(text).splitlines() == [*ARTICLE[lang], heading, *facts]


def test_headlines_with_a_colon_under_a_heading_are_no_fact_box() -> None:
    # teasers ("Storm: coast road closed for a second day") have long values
    teasers = [
        "Storm: coast road closed again for a second day",
        "Budget: council approves the plan after a long night",
        "Schools: teachers ask for more time to prepare",
        "Harvest: growers fear the driest summer in decades",
    ]
    text = "\n".join([*ARTICLE["en"], "More stories", *teasers, "Share", "Home"])
    assert clean(text).splitlines() == ARTICLE["en"]


def test_facts_without_a_subheading_after_the_article_stay_out() -> None:
    # the page's own metadata under the article is no fact box of it
    meta = ["Category: Farming", "Tags: water, harvest", "Views: 1,204", "Comments: 0"]
    text = "\n".join([*ARTICLE["en"], *meta, "Share", "Home"])
    assert clean(text).splitlines() == ARTICLE["en"]


# a lede that ends no sentence (run on into a link, or cut off), under a
# related-content heading of the menu above the article: language ->
# (heading, menu items, lede)
RUN_ON_LEDES = {
    "en": (
        "Related Stories",
        ["Politics", "Weather"],
        "The valley's wells have fallen to their lowest level in twenty years, the water board said on Monday. "
        "Growers now fear for the autumn planting and ask for help Latest news",
    ),
    "de": (
        "Weitere Artikel",
        ["Politik", "Wetter"],
        "Die Brunnen im Tal sind so niedrig wie seit zwanzig Jahren nicht mehr, teilte der Wasserverband am "
        "Montag mit. Die Landwirte fürchten nun um die Aussaat im Herbst und bitten um Hilfe",
    ),
    "fr": (
        "Sur le même sujet",
        ["Politique", "Météo"],
        "Les puits de la vallée sont au plus bas depuis vingt ans, a indiqué lundi le syndicat des eaux de la "
        "région. Les agriculteurs craignent pour les semis d'automne et demandent de l'aide",
    ),
    "es": (
        "Noticias relacionadas",
        ["Política", "Tiempo"],
        "Los pozos del valle han bajado a su nivel más bajo en veinte años, informó el lunes la junta del agua "
        "de la región. Los agricultores temen por la siembra de otoño y piden ayuda",
    ),
}


@pytest.mark.parametrize("lang", sorted(RUN_ON_LEDES))
def test_a_run_on_lede_under_a_menu_heading_stays(lang: str) -> None:
    # the lede is the page's first prose: a paragraph, whatever its end, not
    # an item of the section a heading of the menu started
    heading, menu, lede = RUN_ON_LEDES[lang]
    text = "\n".join([heading, *menu, lede, *ARTICLE[lang]])
    assert clean(text).splitlines() == [lede, *ARTICLE[lang]]


def test_a_run_on_caption_under_a_menu_heading_goes() -> None:
    # a long caption whose words are mostly capitalised ("Film by ..., on
    # Monday at 8.15 pm ...") is no lede
    caption = (
        "RIVER VALLEY 2024, Film By Anna Berg And Tom Lee, Monday At 20:15 On Channel One. River Valley "
        "Cartoon: Harvest © Channel One/Max Roe, Free For Use With Reports On The Film, Press Office, Tel 0123 456"
    )
    heading, menu, _ = RUN_ON_LEDES["en"]
    text = "\n".join([heading, *menu, caption, *ARTICLE["en"]])
    assert clean(text).splitlines() == ARTICLE["en"]


def test_run_on_comments_after_the_article_stay_in_their_thread() -> None:
    # only the page's first prose is left to the region: a comment after the
    # article, however long, stays under the comment heading
    comment = (
        "Thanks for writing this. I grew up in the valley and we never saw the wells this low, my father "
        "says the same and he has farmed there for fifty years 👍"
    )
    text = "\n".join([*ARTICLE["en"], "Leave a Reply", "Anna", "May 3, 2024", comment, "Reply"])
    assert clean(text).splitlines() == ARTICLE["en"]


# The edges of the article region: a short last paragraph, a line next to a
# dropped caption, the summary under a link to the next or previous post.
HARBOUR = {
    "en": [
        "The city council approved on Tuesday a plan to rebuild the old harbour, after two years of debate"
        " among residents and the port authority.",
        "The plan foresees new quays, a ferry terminal and a park along the water, and the works are to start"
        " next spring if the region funds its share.",
        "Opponents had argued that the project would raise rents in the district and drive out the small"
        " workshops that have lined the docks for decades.",
        "The mayor said the council would set aside a fund to help the workshops move, and that no family"
        " would lose its home because of the works.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstag nach zwei Jahren Streit einen Plan für den Umbau des alten Hafens"
        " beschlossen, wie die Stadt mitteilte.",
        "Geplant sind neue Kais, ein Fährterminal und ein Park am Wasser, die Arbeiten sollen im kommenden"
        " Frühjahr beginnen, wenn das Land zahlt.",
        "Gegner fürchten, dass die Mieten im Viertel steigen und die kleinen Werkstätten verschwinden, die"
        " seit Jahrzehnten am Kai arbeiten.",
        "Die Bürgermeisterin sagte, die Stadt werde einen Fonds einrichten, der den Werkstätten beim Umzug"
        " helfen soll, und niemand verliere seine Wohnung.",
    ],
    "fr": [
        "Le conseil municipal a adopté mardi un plan pour reconstruire le vieux port, après deux ans de débats"
        " entre les habitants et le port.",
        "Le plan prévoit de nouveaux quais, un terminal pour les ferries et un parc au bord de l'eau, et les"
        " travaux doivent commencer au printemps.",
        "Les opposants craignent que les loyers montent dans le quartier et que les petits ateliers installés"
        " sur les quais depuis des décennies disparaissent.",
        "La maire a promis un fonds pour aider les ateliers à déménager, et assuré qu'aucune famille ne"
        " perdrait son logement à cause des travaux.",
    ],
    "es": [
        "El ayuntamiento aprobó el martes un plan para reconstruir el viejo puerto, después de dos años de"
        " debate entre los vecinos y la autoridad portuaria.",
        "El plan prevé nuevos muelles, una terminal de ferris y un parque junto al agua, y las obras empezarán"
        " en primavera si la región paga su parte.",
        "Los opositores temen que suban los alquileres del barrio y que desaparezcan los pequeños talleres que"
        " llevan décadas en los muelles.",
        "La alcaldesa dijo que el ayuntamiento creará un fondo para ayudar a los talleres a mudarse, y que"
        " ninguna familia perderá su casa por las obras.",
    ],
}
HARBOUR_PAGE = {
    "en": (["Home", "News", "Council approves new harbour plan"], ["Share", "Tweet", "About us", "Imprint"]),
    "de": (
        ["Startseite", "Politik", "Der Rat beschließt den neuen Hafen"],
        ["Teilen", "Impressum", "Datenschutz"],
    ),
    "fr": (
        ["Accueil", "Politique", "Le conseil adopte le plan du port"],
        ["Partager", "Mentions légales", "Contact"],
    ),
    "es": (
        ["Inicio", "Política", "El ayuntamiento aprueba el plan del puerto"],
        ["Compartir", "Aviso legal", "Contacto"],
    ),
}
SHORT_LAST_PARAGRAPHS = {
    "en": ["Work starts in May.", "The port will stay open."],
    "de": ["Die Arbeiten beginnen im Mai."],
    "fr": ["Les travaux commencent en mai."],
    "es": ["Las obras empiezan en mayo."],
}


@pytest.mark.parametrize("lang", sorted(SHORT_LAST_PARAGRAPHS))
def test_a_short_last_paragraph_before_the_footer_stays(lang: str) -> None:
    before, after = HARBOUR_PAGE[lang]
    short = SHORT_LAST_PARAGRAPHS[lang]
    out = clean("\n".join([*before, *HARBOUR[lang], *short, *after])).splitlines()
    for line in [*HARBOUR[lang], *short]:
        assert line in out, f"lost: {line!r}"
    for line in after:
        assert line not in out


@pytest.mark.parametrize(
    "prompt",
    ["Was this article helpful?", "Sharing is caring!", "Tell us what you think...", "Read The Full Story."],
)
def test_a_prompt_under_the_article_is_no_short_last_paragraph(prompt: str) -> None:
    before, after = HARBOUR_PAGE["en"]
    out = clean("\n".join([*before, *HARBOUR["en"], prompt, *after])).splitlines()
    assert HARBOUR["en"][-1] in out
    assert prompt not in out


# a subheading right above a picture whose caption the boilerplate cleaner
# drops (with the photographer's name on lines of its own)
SUBHEADING_ABOVE_CAPTION = {
    "en": ("What the workshops fear", ["Image caption: The old harbour at dusk.", "Photo:", "JANE ROE"]),
    "de": (
        "Was die Werkstätten fürchten",
        ["Die Bürgermeisterin (li.) mit dem Hafenmeister am Kai.", "Foto:", "MAX MUSTER"],
    ),
    "fr": ("Ce que craignent les ateliers", ["Image d'illustration : le vieux port au crépuscule."]),
}


@pytest.mark.parametrize("lang", sorted(SUBHEADING_ABOVE_CAPTION))
def test_a_subheading_above_a_dropped_caption_stays(lang: str) -> None:
    before, after = HARBOUR_PAGE[lang]
    sub, caption = SUBHEADING_ABOVE_CAPTION[lang]
    body = HARBOUR[lang]
    out = clean("\n".join([*before, body[0], body[1], sub, *caption, body[2], body[3], *after])).splitlines()
    assert sub in out
    for line in body:
        assert line in out
    for line in caption:
        assert line not in out, f"kept: {line!r}"


# a link to the next or previous post: the title on its line, or on the next
PAGERS = {
    "en": (
        ["Previous article Schools reopen after the summer floods"],
        "Teachers and parents cleaned the classrooms over the weekend so that the pupils could return on Monday.",
    ),
    "en-label": (
        ["Previous article", "Schools reopen after the summer floods"],
        "Teachers and parents cleaned the classrooms over the weekend so that the pupils could return on Monday.",
    ),
    "de": (
        ["Vorheriger Artikel Schulen öffnen nach dem Hochwasser wieder"],
        "Lehrer und Eltern haben am Wochenende die Klassenräume geputzt, damit die Kinder am Montag kommen können.",
    ),
    "de-label": (
        ["Nächster Beitrag", "Schulen öffnen nach dem Hochwasser wieder"],
        "Lehrer und Eltern haben am Wochenende die Klassenräume geputzt, damit die Kinder am Montag kommen können.",
    ),
    "fr": (
        ["Article précédent Les écoles rouvrent après les inondations"],
        "Les enseignants et les parents ont nettoyé les classes ce week-end pour que les élèves reviennent lundi.",
    ),
    "es": (
        ["Artículo anterior Las escuelas reabren tras las inundaciones"],
        "Profesores y padres limpiaron las aulas el fin de semana para que los alumnos puedan volver el lunes.",
    ),
}


@pytest.mark.parametrize("case", sorted(PAGERS))
def test_the_summary_under_a_link_to_the_next_or_previous_post_goes(case: str) -> None:
    lang = case.split("-")[0]
    before, after = HARBOUR_PAGE[lang]
    link, summary = PAGERS[case]
    out = clean("\n".join([*before, *HARBOUR[lang], *link, summary, *after])).splitlines()
    for line in HARBOUR[lang]:
        assert line in out
    assert summary not in out
    for line in link:
        assert line not in out


def test_a_link_to_the_next_or_previous_post_is_its_own_family() -> None:
    lex = load_lexicon()
    assert lex.pattern("Vorheriger Artikel Schulen öffnen wieder") == "pager"
    assert lex.pattern("Next post: Schools reopen") == "pager"
    assert lex.label("Article suivant") == "pager"
    # (a sentence about the next article is prose)
    assert lex.pattern("Next article in the series will look at the harbour.") is None


RELATED_BOX = {
    "en": (
        "Related Stories",
        ["* Ferry line to the islands returns in spring", "* Workshops fear higher rents"],
    ),
    "de": (
        "Mehr zum Thema",
        ["* Die Fähre zu den Inseln fährt wieder", "* Werkstätten fürchten höhere Mieten"],
    ),
    "fr": (
        "À lire aussi",
        ["* Le ferry vers les îles reprend au printemps", "* Les ateliers craignent les loyers"],
    ),
}


def box_weights() -> Weights:
    """Region weights that score a block by its length, less a lot for chrome
    the earlier cleaners dropped right under it (a paragraph above a box)."""
    coef = tuple(
        {"bias": -5.0, "log_words": 3.0, "next_dropped": -8.0}.get(name, 0.0) for name in FEATURE_NAMES
    )
    return Weights(coef=coef, transition_cost=1.5, region_max_gap=8, headline_window=12, edge_min_score=-4.0)


@pytest.mark.parametrize("lang", sorted(RELATED_BOX))
def test_the_paragraph_above_a_related_box_inside_the_article_stays(lang: str) -> None:
    # the article's first paragraph, a box of two related links, the rest of
    # the article: the box walls the paragraph (which the dropped heading
    # under it makes look like chrome) off from the region
    heading, items = RELATED_BOX[lang]
    body = HARBOUR[lang]
    doc = Document.from_text("\n".join([body[0], heading, *items, *body[1:]]))
    Sections().annotate(doc)
    Region(box_weights()).annotate(doc)
    assert doc.render().splitlines() == body


def test_a_paragraph_above_a_long_related_list_stays_out() -> None:
    # a related list of more than a box's items under a paragraph is no box
    # inside the article: the paragraph above it is not joined across it
    body = HARBOUR["en"]
    items = [f"* Harbour story number {n} of the week" for n in range(1, 7)]
    doc = Document.from_text("\n".join([body[0], "Related Stories", *items, *body[1:]]))
    Sections().annotate(doc)
    Region(box_weights()).annotate(doc)
    assert doc.render().splitlines() == body[1:]


SMILEY_ENDINGS = {
    "en": "We will be back at the harbour next summer, and you should come too 😉",
    "de": "Wir kommen nächsten Sommer wieder an den Hafen, und ihr solltet auch kommen :)",
    "fr": "Nous reviendrons au port l'été prochain, et vous devriez venir aussi ❤️",
}


@pytest.mark.parametrize("lang", sorted(SMILEY_ENDINGS))
def test_a_last_paragraph_ending_with_an_emoji_stays(lang: str) -> None:
    # the blog post's last paragraph ends with an emoji, not a full stop;
    # a model that scores by length, less for chrome dropped right under a
    # block, takes it for chrome: it joins the region as a paragraph would
    coef = tuple(
        {"bias": -5.0, "log_words": 3.0, "next_dropped": -6.0}.get(name, 0.0) for name in FEATURE_NAMES
    )
    weights = Weights(
        coef=coef, transition_cost=1.5, region_max_gap=8, headline_window=12, edge_min_score=-4.0
    )
    last = SMILEY_ENDINGS[lang]
    _, after = HARBOUR_PAGE[lang]
    doc = Document.from_text("\n".join([*HARBOUR[lang], last, *after]))
    Labels().annotate(doc)
    Region(weights).annotate(doc)
    assert doc.render().splitlines() == [*HARBOUR[lang], last]


# an author's name and role on a line of its own, under the headline
AUTHOR_ROLES = {
    "en": ["Jane Roe Senior Contributor", "John A. Doe, Staff Writer"],
    "de": ["Anna Schmidt, Redakteurin", "Max Muster Korrespondent"],
    "fr": ["Claire Martin, journaliste", "Paul Durand, rédacteur en chef"],
    "es": ["Ana Pérez, periodista", "Luis Gómez Corresponsal"],
    "it": ["Giulia Rossi, giornalista"],
    "nl": ["Eva Jansen, redacteur"],
    "pt": ["Ana Souza, jornalista"],
    "pl": ["Anna Nowak, dziennikarka"],
}


def _article(lang: str) -> list[str]:
    return ARTICLE[lang] if lang in ARTICLE else MORE_BYLINES[lang][1]


@pytest.mark.parametrize(
    ("lang", "line"), [(lang, line) for lang, lines in AUTHOR_ROLES.items() for line in lines]
)
def test_an_author_name_and_role_goes(lang: str, line: str) -> None:
    article = _article(lang)
    ex = explain("\n".join([line, *article]))
    assert ex.text.splitlines() == article
    assert {b.text: b.reason for b in ex.blocks}[line] == "dropped: an author's name and role"


@pytest.mark.parametrize(
    "line",
    [
        "The Paper Names Its New Editor",  # a headline: "The", "New" are no names
        "Meet Our Staff Writer",
        "Jane Roe, the paper's senior editor, said the vote was close.",  # a sentence
        "He worked as a staff writer",
        "Der Verlag sucht eine neue Redakteurin",
    ],
)
def test_a_role_in_a_headline_or_a_sentence_is_no_author_line(line: str) -> None:
    ex = explain("\n".join([line, *ARTICLE["en"]]))
    assert {b.text: b.reason for b in ex.blocks}[line] != "dropped: an author's name and role"


@pytest.mark.parametrize(
    ("lang", "bar"),
    [
        ("en", "New Delhi, Valley News Bureau | Updated: 19 November 2019, 09:01 AM"),
        ("de", "Bad Homburg, Ressort Politik Hessen | Aktualisiert: 3. März 2024, 10:15 Uhr"),
        ("fr", "Saint-Étienne, Service Société Région | Publié le 12 mai 2023 à 08:00"),
        ("es", "San Sebastián, Redacción Costa Vasca Norte | Actualizado el 4 de junio de 2023, 09:30"),
    ],
)
def test_a_meta_bar_of_place_desk_and_date_goes(lang: str, bar: str) -> None:
    # the place, the desk or the author, and when, between bars: a byline
    # (five names before the bar: more than a timestamp line holds)
    article = ARTICLE[lang]
    ex = explain("\n".join([bar, *article]))
    assert ex.text.splitlines() == article
    assert {b.text: b.cleaner for b in ex.blocks}[bar] == "bylines"


@pytest.mark.parametrize(
    "line",
    [
        # a title with a date in it and the site's name: no part is the date alone
        "Results: Junior Girls A, Springfield-North, 19.5.2007 | Valley Athletics",
        # a part of many words is a headline, not a name
        "Concert tour dates announced for the summer | May 3, 2024",
    ],
)
def test_a_title_with_a_date_between_bars_is_no_byline(line: str) -> None:
    from newsclean.cleaners.bylines import byline_reason
    from newsclean.lexicon import load_lexicon

    assert byline_reason(line, len(line.split()), False, load_lexicon(), language="en") is None


def test_a_caption_with_its_credit_in_brackets_is_no_headline() -> None:
    # a caption, a sentence and its credit in brackets, between the headline
    # and the byline (both under a heading of the menu): the headline is the
    # title above it
    menu = CHROME["navigation"]["en"][0]
    headline = "Dry summer speeds up the harvest in the valley"
    caption = (
        "Farmers in the valley check the dry wells before the harvest this summer. (Source: Valley Courier)"
    )
    top = [
        *menu,
        "What's Trending",
        "Calendar",
        "Community",
        headline,
        caption,
        "By Jane Roe | May 3, 2024 at 2:26 PM",
    ]
    ex = explain("\n".join([*top, *ARTICLE["en"], *menu]))
    assert ex.text.splitlines() == [headline, *ARTICLE["en"]]


def test_the_page_address_above_the_named_headline_goes() -> None:
    # the dump prints the page's address right above the headline the title
    # bar names: the headline opens the article; the address and a teaser's
    # title above it (a sidebar) go
    menu = CHROME["navigation"]["en"][0]
    headline = "Dry summer speeds up the harvest in the valley"
    text = "\n".join(
        [
            f"{headline} - Valley Courier",
            *menu,
            "Local Services",
            "Growers scramble as the wells run dry",
            "https://www.example.com/news/dry-summer-speeds-up-the-harvest-123.php",
            headline,
            "Updated 10:01 pm, Tuesday, November 19, 2019",
            *ARTICLE["en"],
            *menu,
        ]
    )
    assert clean(text).splitlines() == [headline, *ARTICLE["en"]]


GALLERIES = {
    "en": (
        ["Image 1 of 2", "Image 2 of 2"],
        [
            "A concept of the new water tower planned for the valley.",
            "The dry riverbed near the farms in August.",
        ],
        ["(Image credit: Valley Courier)", "(Photo: Jane Roe/AFP)"],
    ),
    "de": (
        ["Bild 1 von 2", "Bild 2 von 2"],
        ["So soll der neue Wasserturm im Tal aussehen.", "Das trockene Flussbett bei den Höfen im August."],
        ["Foto: Max Muster", "Foto: Anna Schmidt/dpa"],
    ),
    "fr": (
        ["Photo 1 sur 2", "Photo 2 sur 2"],
        [
            "Le futur château d'eau prévu dans la vallée.",
            "Le lit asséché de la rivière près des fermes en août.",
        ],
        ["Photo: Jean Dupont/AFP", "(Photo: Claire Martin)"],
    ),
    "es": (
        ["Foto 1 de 2", "Foto 2 de 2"],
        [
            "Así será el nuevo depósito de agua del valle.",
            "El cauce seco del río junto a las granjas en agosto.",
        ],
        ["Foto: Ana Pérez/EFE", "(Foto: Luis Gómez)"],
    ),
}


@pytest.mark.parametrize("lang", sorted(GALLERIES))
def test_the_captions_of_a_gallery_in_the_article_go(lang: str) -> None:
    # a gallery inside the article: each photo's counter, caption and credit
    # go; the caption, a sentence, is known by the counter above it and the
    # credit under it
    counters, captions, credits = GALLERIES[lang]
    first, *rest = ARTICLE[lang]
    gallery = [line for trio in zip(counters, captions, credits, strict=True) for line in trio]
    ex = explain("\n".join([first, *gallery, *rest]))
    assert ex.text.splitlines() == ARTICLE[lang]
    reasons = {b.text: b.reason for b in ex.blocks}
    for caption in captions:
        assert reasons[caption].startswith("dropped: the caption of a photo in a gallery")


def test_a_paragraph_after_a_gallery_counter_without_a_credit_stays() -> None:
    # a counter with no credit under the line after it: the line stays
    first, *rest = ARTICLE["en"]
    text = "\n".join(
        [first, "Image 1 of 2", "The council will meet again next week to vote on the plan.", *rest]
    )
    assert "The council will meet again next week to vote on the plan." in clean(text).splitlines()


def test_a_paragraph_between_two_gallery_counters_stays() -> None:
    # only a credit under it makes the line after a counter a caption
    first, *rest = ARTICLE["en"]
    line = "The council will meet again next week to vote on the new water plan."
    text = "\n".join([first, "Image 1 of 2", line, "Image 2 of 2", *rest])
    assert clean(text).splitlines() == [first, line, *rest]


def test_the_headline_repeated_in_the_footer_brings_no_lede() -> None:
    # the title bar names the headline, above the article and again in the
    # footer (a share box): the paragraph under the footer's copy is the
    # publisher's, no lede
    menu = CHROME["navigation"]["en"][0]
    headline = "Dry summer speeds up the harvest in the valley"
    publisher = (
        "The Valley Courier is part of Example Media Inc, an international media group and a leading "
        "digital publisher of regional news."
    )
    text = "\n".join(
        [f"{headline} | Valley Courier", *menu, headline, *ARTICLE["en"], *menu, headline, publisher, *menu]
    )
    assert clean(text).splitlines() == [headline, *ARTICLE["en"]]


@pytest.mark.parametrize(
    ("lang", "headline", "crumb"),
    [
        ("en", "Dry summer speeds up the harvest in the valley", "valleycourier.com › Harvest"),
        (
            "de",
            "Trockener Sommer beschleunigt die Ernte im Tal",
            "Startseite » Ernte » Trockener Sommer im Tal",
        ),
        ("fr", "Un été sec accélère la récolte dans la vallée", "Accueil > Agriculture > Un été sec"),
    ],
)
def test_a_breadcrumb_on_one_line_is_no_headline(lang: str, headline: str, crumb: str) -> None:
    # a breadcrumb whose items are spaced separators is no headline: the
    # headline above it is, or none when there is none
    menu = CHROME["navigation"][lang][0]
    assert clean("\n".join([*menu, headline, "Share", crumb, *ARTICLE[lang], *menu])).splitlines() == [
        headline,
        *ARTICLE[lang],
    ]
    assert clean("\n".join([*menu, crumb, *ARTICLE[lang], *menu])).splitlines() == ARTICLE[lang]


@pytest.mark.parametrize(
    ("lang", "headline"),
    [
        # »...« quote, unspaced inside: no breadcrumb
        ("de", "Bauern warnen vor »dem trockensten Sommer« im Tal"),
        # « ... », spaced inside as French writes it: " » " closes a quote
        ("fr", "Les agriculteurs craignent « l'été le plus sec » depuis vingt ans"),
    ],
)
def test_a_headline_with_quotation_marks_stays(lang: str, headline: str) -> None:
    menu = CHROME["navigation"][lang][0]
    text = "\n".join([*menu, headline, *ARTICLE[lang], *menu])
    assert clean(text).splitlines() == [headline, *ARTICLE[lang]]


@pytest.mark.parametrize(
    "line",
    [
        "Thank you for signing up!",
        "Sign in with Google",
        "Vielen Dank für Ihre Anmeldung.",
        "Mit Example-Konto anmelden.",
        "Merci pour votre inscription.",
        "Connectez-vous avec Facebook",
        "Gracias por suscribirte.",
        "Inicia sesión con Google",
        "Grazie per la tua iscrizione.",
        "Bedankt voor je aanmelding.",
        "Obrigado por se inscrever.",
        "Dziękujemy za rejestrację.",
    ],
)
def test_a_sign_up_thanks_or_a_sign_in_button_goes(line: str) -> None:
    ex = explain("\n".join([line, *ARTICLE["en"]]))
    assert ex.text.splitlines() == ARTICLE["en"]
    assert {b.text: b.reason for b in ex.blocks}[line] == "dropped: a sign-up or log-in button"


@pytest.mark.parametrize(
    "line",
    [
        "Looking for something?",
        "Suchst du etwas?",
        "Wonach suchen Sie?",
        "Vous cherchez quelque chose ?",
        "¿Qué estás buscando?",
        "Cerchi qualcosa?",
        "Zoek je iets?",
        "Procura algo?",
        "Czego szukasz?",
    ],
)
def test_a_search_box_prompt_goes(line: str) -> None:
    ex = explain("\n".join([line, *ARTICLE["en"]]))
    assert ex.text.splitlines() == ARTICLE["en"]
    assert {b.text: b.cleaner for b in ex.blocks}[line] == "labels"


@pytest.mark.parametrize(
    "line",
    [
        "Farmers can sign in with the council to report their wells, the mayor said on Monday.",
        "Sign in with your neighbours: the council asks every farm to report its wells.",
        "Are you looking for something to do this weekend in the valley? The fair opens on Friday.",
    ],
)
def test_prose_about_signing_up_or_searching_stays(line: str) -> None:
    assert line in clean("\n".join([*ARTICLE["en"][:2], line, ARTICLE["en"][2]])).splitlines()


CUT_TEASERS = {
    "en": [
        "* Growers in the valley fear the driest summer in a century, say farmers..",
        "* The regional council votes on new water rules for the farms of the val..",
        "* Wells in the valley have fallen to their lowest level in twenty years, growers s…",
    ],
    "de": [
        "* Die Bauern im Tal fürchten den trockensten Sommer seit hundert Jahren, sagen die Landw..",
        "* Der Regionalrat stimmt über neue Regeln für das Wasser der Höfe im Tal ab, heißt es in der Stad…",
        "* Die Brunnen im Tal sind so niedrig wie seit zwanzig Jahren nicht mehr, sagen die Landwirte im..",
    ],
}


@pytest.mark.parametrize("lang", sorted(CUT_TEASERS))
def test_cut_bulleted_teasers_above_the_article_go(lang: str) -> None:
    # bulleted teasers cut off ("..", "…") that open the region are other
    # stories: neither the article's first lines, nor a headline, nor
    # paragraphs of their own
    menu = CHROME["navigation"][lang][0]
    text = "\n".join([*menu, *CUT_TEASERS[lang], *ARTICLE[lang], *menu])
    assert clean(text).splitlines() == ARTICLE[lang]


def test_a_bulleted_list_of_whole_items_opening_the_article_stays() -> None:
    # items that end whole are the article's own list
    items = [
        "* Farmers in the valley began the harvest early this year.",
        "* The regional council will review the water rules.",
    ]
    text = "\n".join([*items, *ARTICLE["en"]])
    assert clean(text).splitlines() == [*items, *ARTICLE["en"]]


# A sidebar of other articles under a related-content heading, which a dump
# of the whole page puts before the article (one of its headlines a long
# question, which reads like a paragraph).
SIDEBAR_MOST_READ = {
    "en": (
        "Most read",
        [
            "Will the old swimming pool close its doors for good after the school holidays?",
            "Local choir wins the national singing contest in the capital",
            "Museum opens a new wing for modern sculpture and painting",
            "Police look for witnesses after a burglary at the bakery",
            "Football club signs a young striker from the second division",
            "Theatre festival brings twenty companies to the old town",
            "Train services cut on weekends while the tunnel is repaired",
            "School pupils plant a thousand trees along the motorway",
            "New cinema shows classic films every Sunday afternoon",
            "Hospital gets a new ward for children with heart problems",
        ],
    ),
    "de": (
        "Meistgelesen",
        [
            "Schließt das alte Schwimmbad nach den Schulferien für immer seine Türen?",
            "Chor aus der Stadt gewinnt den nationalen Gesangswettbewerb",
            "Museum eröffnet einen neuen Flügel für moderne Skulptur und Malerei",
            "Polizei sucht nach einem Einbruch in die Bäckerei nach Zeugen",
            "Fußballverein holt einen jungen Stürmer aus der zweiten Liga",
            "Theaterfestival bringt zwanzig Ensembles in die Altstadt",
            "Weniger Züge am Wochenende, solange der Tunnel repariert wird",
            "Schüler pflanzen tausend Bäume entlang der Autobahn",
            "Neues Kino zeigt jeden Sonntagnachmittag klassische Filme",
            "Krankenhaus bekommt eine neue Station für herzkranke Kinder",
        ],
    ),
    "fr": (
        "Les plus lus",
        [
            "La vieille piscine va-t-elle fermer ses portes pour de bon après les vacances scolaires ?",
            "La chorale de la ville remporte le concours national de chant",
            "Le musée ouvre une nouvelle aile pour la sculpture et la peinture modernes",
            "La police cherche des témoins après un cambriolage à la boulangerie",
            "Le club de football recrute un jeune attaquant de deuxième division",
            "Le festival de théâtre accueille vingt troupes dans la vieille ville",
            "Moins de trains le week-end pendant la réparation du tunnel",
            "Des écoliers plantent mille arbres le long de l'autoroute",
            "Le nouveau cinéma projette des films classiques chaque dimanche",
            "L'hôpital ouvre un nouveau service pour les enfants cardiaques",
        ],
    ),
    "es": (
        "Lo más leído",
        [
            "¿Cerrará sus puertas para siempre la vieja piscina después de las vacaciones escolares?",
            "El coro de la ciudad gana el concurso nacional de canto",
            "El museo abre una nueva ala para la escultura y la pintura modernas",
            "La policía busca testigos tras un robo en la panadería",
            "El club de fútbol ficha a un joven delantero de segunda división",
            "El festival de teatro trae veinte compañías al casco antiguo",
            "Menos trenes los fines de semana mientras se repara el túnel",
            "Los alumnos plantan mil árboles junto a la autopista",
            "El nuevo cine proyecta películas clásicas cada domingo por la tarde",
            "El hospital estrena una nueva planta para niños con problemas de corazón",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(SIDEBAR_MOST_READ))
def test_a_sidebar_of_other_articles_above_the_article_makes_a_whole_page(lang: str) -> None:
    # few of its lines are short, yet ten lines above the article under a
    # related-content heading make the text a whole page, not an
    # extractor's clean text: the sidebar goes
    heading, items = SIDEBAR_MOST_READ[lang]
    _, headline, paragraphs, _, _ = SIDEBAR_FIRST[lang]
    text = "\n".join([heading, *items, headline, *paragraphs])
    assert Pipeline().document(text).records.clean_text is False
    assert clean(text).splitlines() == [headline, *paragraphs]


# A site's menu (labels the lexicon knows) that a dump prints above the
# article, and lists of other articles' titles under it.
MENUS = {
    "en": [
        "Home",
        "Login",
        "Register",
        "Search",
        "Newsletter",
        "Subscribe",
        "Contact",
        "Imprint",
        "Menu",
        "Share",
    ],
    "de": [
        "Startseite",
        "Anmelden",
        "Registrieren",
        "Suche",
        "Newsletter",
        "Abonnieren",
        "Kontakt",
        "Impressum",
        "Menü",
        "Teilen",
    ],
    "fr": [
        "Accueil",
        "Connexion",
        "S'inscrire",
        "Rechercher",
        "Newsletter",
        "S'abonner",
        "Contact",
        "Mentions légales",
        "Menu",
        "Partager",
    ],
    "es": [
        "Inicio",
        "Iniciar sesión",
        "Registrarse",
        "Buscar",
        "Boletín",
        "Suscríbete",
        "Contacto",
        "Aviso legal",
        "Menú",
        "Compartir",
    ],
}
TITLES = {
    "en": (
        [
            "Letter to the mayor",
            "Notes for the council",
            "A reply to the minister",
            "Questions for the governor",
        ],
        [
            "about the new bridge",
            "on the school buses",
            "about the old market",
            "on the winter roads",
            "about the river banks",
        ],
    ),
    "de": (
        [
            "Brief an den Bürgermeister",
            "Notizen für den Stadtrat",
            "Antwort an die Ministerin",
            "Fragen an den Landrat",
        ],
        [
            "zur neuen Brücke",
            "zu den Schulbussen",
            "zum alten Markt",
            "zu den Winterstraßen",
            "zum Flussufer",
        ],
    ),
    "fr": (
        ["Lettre au maire", "Notes pour le conseil", "Réponse à la ministre", "Questions au préfet"],
        [
            "sur le nouveau pont",
            "sur les bus scolaires",
            "sur le vieux marché",
            "sur les routes d'hiver",
            "sur les berges",
        ],
    ),
    "es": (
        ["Carta al alcalde", "Notas para el concejo", "Respuesta a la ministra", "Preguntas al gobernador"],
        [
            "sobre el puente nuevo",
            "sobre los autobuses escolares",
            "sobre el mercado viejo",
            "sobre las carreteras de invierno",
            "sobre la orilla del río",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(MENUS))
def test_a_menu_above_the_article_makes_a_whole_page(lang: str) -> None:
    # ten lines of chrome the earlier cleaners found above the article: a
    # whole page, however few of its lines are short. Its lists of other
    # articles' titles go; with fewer lines of chrome above it the same
    # text is still taken for an extractor's clean text, kept but for the
    # lists of headlines after its article (see _titles_tail)
    _, headline, paragraphs, _, _ = SIDEBAR_FIRST[lang]
    who, what = TITLES[lang]
    titles = [f"{w} {x}" for w in who for x in what]
    teasers = SIDEBAR_MOST_READ[lang][1][1:]
    text = "\n".join([*MENUS[lang], headline, *paragraphs, *teasers, *titles])
    assert Pipeline().document(text).records.clean_text is False
    out = clean(text).splitlines()
    assert out[:4] == [headline, *paragraphs]
    assert not set(titles) & set(out)
    fewer = "\n".join([*MENUS[lang][:6], headline, *paragraphs, *teasers, *titles])
    assert Pipeline().document(fewer).records.clean_text is True
    out = clean(fewer).splitlines()
    assert out[:4] == [headline, *paragraphs]
    assert not set(titles) & set(out)


def test_a_related_list_under_an_extractors_text_leaves_it_a_clean_text() -> None:
    # a "See also" list of ten links under the article (an extractor keeps
    # it) is no sign of a whole page: the short headings and lines of the
    # article above it stay
    body = [
        "Installation",
        "The tool is available as a package for most systems and takes a minute to install.",
        "API Reference",
        "For a complete reference of every function, please read the online manual.",
        "Local setup",
        "Poetry",
        "The tool uses a package manager to install its dependencies and to run its tests.",
        "If the package manager is missing on your system, follow its own guide before you go on.",
        "Running the tests",
        "Once the environment is set up, the whole test suite runs with a single command.",
    ]
    links = [f"- {w} {x}" for w in TITLES["en"][0][:2] for x in TITLES["en"][1]]
    text = "\n".join(["A tool for farm records", *body, "See also", *links])
    assert Pipeline().document(text).records.clean_text is True
    out = clean(text).splitlines()
    assert out[: len(body) + 1] == ["A tool for farm records", *body]


# a table of facts between two parts of the article (a cost example, a spec
# sheet under its subheadings): language -> its lines. Rows with a long
# label or a long value (a sum) are no facts of a fact box, and the rows of
# the two examples differ in their figures only
TABLES = {
    "en": [
        "Leasing example",
        "Price: 20,000 euros",
        "Term: three years",
        "Down payment made at the signing: 4,000 euros",
        "Monthly rate: 300 euros",
        "Total: 4,000 + 10,800 (300 x 36) = 14,800 euros",
        "Loan example",
        "Price: 20,000 euros",
        "Term: five years",
        "Interest rate: 3.9 percent",
        "Monthly rate: 293 euros",
    ],
    "de": [
        "Beispiel Leasing",
        "Neupreis: 20.000 Euro",
        "Laufzeit: drei Jahre",
        "Anzahlung bei Beginn des Vertrags: 4.000 Euro",
        "Monatliche Rate: 300 Euro",
        "Gesamtkosten: 4.000 + 10.800 (300 x 36) = 14.800 Euro",
        "Beispiel Kredit",
        "Neupreis: 20.000 Euro",
        "Laufzeit: fünf Jahre",
        "Effektiver Zins: 3,9 Prozent",
        "Monatliche Rate: 293 Euro",
    ],
    "es": [
        "Ejemplo de leasing",
        "Precio: 20.000 euros",
        "Plazo: tres años",
        "Entrada pagada a la firma: 4.000 euros",
        "Cuota mensual: 300 euros",
        "Total: 4.000 + 10.800 (300 x 36) = 14.800 euros",
        "Ejemplo de crédito",
        "Precio: 20.000 euros",
        "Plazo: cinco años",
        "Interés: 3,9 %",
        "Cuota mensual: 293 euros",
    ],
}


@pytest.mark.parametrize("lang", sorted(TABLES))
def test_a_table_of_facts_between_two_parts_of_the_article_stays(lang: str) -> None:
    # the smoothing takes the table's short lines for chrome, and the
    # article goes on under it
    body = ARTICLE[lang]
    last = f"{body[0][:60]} {body[1][30:]}"
    article = [body[0], body[1], *TABLES[lang], body[2], last]
    assert clean("\n".join([*article, "Share", "Home"])).splitlines() == article


def test_metadata_between_two_parts_of_the_article_is_no_table() -> None:
    # "Label: value" lines under no subheading are no table of the article's
    meta = ["Category: Farming", "Views: 1,204", "Comments: 0", "Rating: 4 of 5", "Reading time: 3 min"]
    body = ARTICLE["en"]
    last = f"{body[0][:60]} {body[1][30:]}"
    out = clean("\n".join([body[0], body[1], *meta, body[2], last, "Share", "Home"])).splitlines()
    assert not set(meta) & set(out)


def test_rows_that_differ_in_their_figures_are_no_repeats() -> None:
    # a line repeated inside the article keeps one copy; a row with other
    # figures is no repeat of it
    rows = ["Monthly rate for the first car: 300 euros", "Monthly rate for the first car: 293 euros"]
    doc = Document.from_text("\n".join([*ARTICLE["en"][:2], *rows, rows[0], ARTICLE["en"][2]]))
    Region(length_only_weights()).annotate(doc)
    assert doc.render().splitlines() == [*ARTICLE["en"][:2], *rows, ARTICLE["en"][2]]


# -- the Nordic languages: Swedish, Danish, Norwegian (Bokmål) and Finnish ------

NORDIC_ARTICLE = {
    "sv": [
        "Bönderna i dalen började skörda tidigare i år på grund av den torra sommaren och de varma nätterna.",
        "Regionen säger att den ska se över reglerna för vattnet innan nästa säsong börjar på allvar.",
        "Flera odlare berättade att deras brunnar har den lägsta nivån på tjugo år, och att de oroar sig.",
    ],
    "da": [
        "Landmændene i dalen begyndte høsten tidligere i år på grund af den tørre sommer og de varme nætter.",
        "Regionsrådet siger, at det vil se på reglerne for vandet, før den næste sæson går i gang.",
        "Flere avlere fortalte, at deres brønde har den laveste vandstand i tyve år, og at de er bekymrede.",
    ],
    "no": [
        "Bøndene i dalen begynte innhøstingen tidligere i år på grunn av den tørre sommeren og de varme nettene.",
        "Fylkesrådet sier at det vil se på reglene for vannet før neste sesong kommer i gang.",
        "Flere dyrkere fortalte at brønnene deres har det laveste nivået på tjue år, og at de er bekymret.",
    ],
    "fi": [
        "Laakson viljelijät aloittivat sadonkorjuun tänä vuonna aiemmin, koska kesä oli kuiva ja yöt lämpimiä.",
        "Maakunnan valtuusto kertoi, että se käy vesisäännöt läpi ennen kuin seuraava kausi alkaa.",
        "Useat viljelijät kertoivat, että heidän kaivoissaan on vettä vähemmän kuin kahteenkymmeneen vuoteen.",
    ],
}

NORDIC_HEADLINE = {
    "sv": "Torr sommar påskyndar skörden",
    "da": "Tør sommer fremskynder høsten",
    "no": "Tørr sommer fremskynder innhøstingen",
    "fi": "Kuiva kesä aikaisti sadonkorjuun",
}

# language -> (lines above the headline, lines under the article): navigation
# and widget labels, a byline and a timestamp, a caption ending with its credit,
# a related-content heading and its links, a newsletter prompt, a cookie notice
NORDIC_CHROME: dict[str, tuple[list[str], list[str]]] = {
    "sv": (
        [
            "Hoppa till innehållet",
            "Meny",
            "Sök",
            "Nyheter",
            "Logga in",
            "Av Anna Lindqvist",
            "Publicerad 12 mars 2024 kl 14.05",
        ],
        [
            "Skörden i dalen den här veckan. Foto: Karl Berg",
            "Dela artikeln",
            "Kopiera länk",
            "Läs också",
            "Torkan höjer priset på vete",
            "Regionen skjuter upp beslut om brunnar",
            "Få de viktigaste nyheterna direkt i din inkorg!",
            "Vi använder cookies för att ge dig en bättre upplevelse.",
            "Alla rättigheter förbehållna.",
        ],
    ),
    "da": (
        [
            "Gå til indhold",
            "Forside",
            "Søg",
            "Nyheder",
            "Log ind",
            "Af Mette Holm",
            "Publiceret 12. marts 2024 kl. 14.05",
        ],
        [
            "Høsten i dalen i denne uge. Foto: Jens Dahl",
            "Del artiklen",
            "Kopiér link",
            "Læs også",
            "Tørken får prisen på hvede til at stige",
            "Regionen udskyder beslutning om brønde",
            "Tilmeld dig vores nyhedsbrev",
            "Vi bruger cookies for at give dig den bedste oplevelse.",
            "Alle rettigheder forbeholdes.",
        ],
    ),
    "no": (
        [
            "Hopp til innhold",
            "Forsiden",
            "Søk",
            "Nyheter",
            "Logg inn",
            "Av Kari Nordmann",
            "Publisert 12. mars 2024 kl. 14.05",
        ],
        [
            "Innhøstingen i dalen denne uken. Foto: Ola Berg",
            "Del artikkelen",
            "Kopier lenke",
            "Les også",
            "Tørken får prisen på hvete til å stige",
            "Fylket utsetter vedtak om brønner",
            "Meld deg på vårt nyhetsbrev",
            "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.",
            "Alle rettigheter reservert.",
        ],
    ),
    "fi": (
        ["Siirry sisältöön", "Etusivu", "Hae", "Uutiset", "Kirjaudu", "Julkaistu 12.3.2024 klo 14.05"],
        [
            "Sadonkorjuu laaksossa tällä viikolla. Kuva: Matti Virtanen",
            "Jaa artikkeli",
            "Kopioi linkki",
            "Lue myös:",
            "Kuivuus nostaa vehnän hintaa",
            "Maakunta lykkää päätöstä kaivoista",
            "Saat parhaat jutut suoraan sähköpostiisi!",
            "Käytämme evästeitä parantaaksemme käyttökokemusta.",
            "Kaikki oikeudet pidätetään.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(NORDIC_CHROME))
def test_nordic_chrome_goes_and_the_article_stays(lang: str) -> None:
    before, after = NORDIC_CHROME[lang]
    headline = NORDIC_HEADLINE[lang]
    ex = explain("\n".join([*before, headline, *NORDIC_ARTICLE[lang], *after]))
    assert ex.language == lang
    out = ex.text.splitlines()
    assert out == [headline, *NORDIC_ARTICLE[lang]]
    # each chrome line goes for its family, not only for standing outside the region
    decided = {b.text: b.cleaner for b in ex.blocks if not b.kept}
    assert all(decided[line] != "region" for line in before + after), decided


@pytest.mark.parametrize("lang", sorted(NORDIC_ARTICLE))
def test_a_clean_nordic_article_is_untouched(lang: str) -> None:
    text = "\n\n".join(NORDIC_ARTICLE[lang])
    ex = explain(text)
    assert ex.language == lang
    assert ex.text == text


@pytest.mark.parametrize(
    ("lines", "family"),
    [
        # a related-content heading and the links under it
        (["Relaterade artiklar", "Torkan höjer priset på vete", "Brunnarna sinar i söder"], "sv"),
        (["Mest læste", "Tørken rammer hveden", "Brøndene tørrer ud i syd"], "da"),
        (["Siste saker", "Tørken rammer hveten", "Brønnene tørker ut i sør"], "no"),
        (["Lue aiheesta lisää:", "Kuivuus iskee vehnään", "Kaivot kuivuvat etelässä"], "fi"),
        # a comment section
        (["Lämna ett svar", "Din e-postadress kommer inte publiceras."], "sv"),
        (["Læserkommentarer", "Din e-mailadresse vil ikke blive publiceret."], "da"),
        (["Legg igjen en kommentar", "E-postadressen din vil ikke bli publisert."], "no"),
        (["Osallistu keskusteluun", "Kirjaudu sisään kommentoidaksesi"], "fi"),
    ],
)
def test_nordic_sections_under_the_article_go(lines: list[str], family: str) -> None:
    article = NORDIC_ARTICLE[family]
    ex = explain("\n".join([*article, *lines]))
    assert ex.text.splitlines() == article
    # the heading starts its section (not only left outside the region)
    heading = next(b for b in ex.blocks if b.text == lines[0])
    assert heading.cleaner == "sections"


# chrome between the paragraphs of a Nordic article: an advertisement break,
# a gallery's counter, an "read also" link, a caption ending with its credit
NORDIC_INSIDE = {
    "sv": ["Artikeln fortsätter under annonsen", "Bild 2 av 5", "Läs också: Torkan höjer priset på vete"],
    "da": ["Artiklen fortsætter under annoncen", "Billede 2 af 5", "Læs også: Tørken rammer hveden"],
    "no": ["Saken fortsetter under annonsen", "Bilde 2 av 5", "Les også: Tørken rammer hveten"],
    "fi": ["Artikkeli jatkuu mainoksen jälkeen", "Kuva 2/5", "Lue myös: Kuivuus iskee vehnään"],
}


@pytest.mark.parametrize("lang", sorted(NORDIC_INSIDE))
def test_chrome_inside_a_nordic_article_goes(lang: str) -> None:
    body = NORDIC_ARTICLE[lang]
    ad, counter, also = NORDIC_INSIDE[lang]
    text = "\n".join([body[0], ad, body[1], counter, also, body[2]])
    ex = explain(text)
    assert ex.text.splitlines() == body
    assert {b.cleaner for b in ex.blocks if not b.kept} <= {"boilerplate", "labels"}


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Av Anna Lindqvist", "sv"),
        ("Uppdaterad 5 mars 2024 kl 08.30", "sv"),
        ("för 5 minuter sedan", "sv"),
        ("Af Mette Holm", "da"),
        ("Opdateret 5. marts 2024 kl. 08.30", "da"),
        ("5 min. siden", "da"),
        ("Av Kari Nordmann", "no"),
        ("Oppdatert 5. desember 2024 kl. 08.30", "no"),
        ("2 timer siden", "no"),
        ("Teksti: Matti Virtanen", "fi"),
        ("Päivitetty 5.3.2024 klo 8.30", "fi"),
        ("5 minuuttia sitten", "fi"),
    ],
)
def test_nordic_bylines_and_timestamps(line: str, lang: str) -> None:
    ex = explain("\n".join([line, *NORDIC_ARTICLE[lang]]))
    assert ex.text.splitlines() == NORDIC_ARTICLE[lang]
    assert next(b.cleaner for b in ex.blocks if b.text == line) == "bylines"


@pytest.mark.parametrize(
    "line",
    [
        # prose that starts with a chrome word, or holds one, stays
        "Av alla som svarade i enkäten ville två av tre att regionen skulle bygga fler dammar.",
        "Del af problemet er, at grundvandet ikke når at blive fyldt op i løbet af vinteren.",
        "Les også gjerne rapporten fra i fjor, sier hun, for der står det meste om brønnene.",
        "Kuva maaseudun arjesta on muuttunut, kun nuoret ovat muuttaneet kaupunkeihin töihin.",
        "Lue myös ohjeet huolella ennen kuin kastelet, neuvoo puutarhuri Anna Virtanen.",
    ],
)
def test_nordic_prose_with_chrome_words_stays(line: str) -> None:
    assert explain(line).blocks[0].kept
    lex = load_lexicon()
    assert lex.label(line) is None
    assert lex.pattern(line) is None


# prose of the languages shipped before the Nordic ones: their function words
# that the Nordic lists share ("de", "den", "er", "i", "at", "over") must not
# tip a page to a Nordic language
NOT_NORDIC = {
    "de": "Der Rat hat über die Regeln für das Wasser beraten, und er will sie vor der Saison ändern. "
    "Die Bauern sagen, dass alle Brunnen in diesem Jahr so niedrig sind wie nie zuvor.",
    "en": "The council met at the town hall for over an hour, and I asked the mayor about the wells. "
    "Men and women from the valley said that the water had never been so low in their lives.",
    "nl": "De raad heeft over de regels voor het water gesproken, en er komt een besluit voor de zomer. "
    "De boeren zeggen dat hun putten dit jaar lager staan dan ooit tevoren in de streek.",
}


@pytest.mark.parametrize("lang", sorted(NOT_NORDIC))
def test_other_languages_are_not_taken_for_nordic_ones(lang: str) -> None:
    assert explain(NOT_NORDIC[lang]).language == lang


def test_nordic_languages_are_told_apart() -> None:
    # Danish and Norwegian share most function words: their own forms decide
    # ("af", "efter", "meget" against "av", "etter", "mye")
    for lang, body in NORDIC_ARTICLE.items():
        assert explain("\n".join(body)).language == lang


# An article, a link to the next post and that post's date, title and summary
# (each in the language of the page): the run of article ends at the link
NEXT_POST = {
    "en": (
        ["Home", "News", "Sport", "Harbour plan approved after long debate"],
        [
            "The city council approved the new harbour plan on Tuesday after a debate that lasted more than six hours.",
            "The plan foresees a new quay, a ferry terminal and a park along the water, and it will cost about 40"
            " million euros.",
            "Opponents said the costs were too high, but the mayor argued that the harbour had been neglected for"
            " decades.",
            "Work is expected to start next spring and to last three years, the city's planning office said in a"
            " statement.",
        ],
        "Next article",
        [
            "12.03.2024 Ferry operators welcome the new terminal",
            "The operators of the ferries said they were pleased with the decision and hoped for more passengers.",
        ],
    ),
    "fr": (
        ["Accueil", "Politique", "Sport", "Le plan du port adopté après un long débat"],
        [
            "Le conseil municipal a adopté mardi le nouveau plan du port après un débat de plus de six heures.",
            "Le plan prévoit un nouveau quai, un terminal pour les ferries et un parc au bord de l'eau, pour"
            " environ 40 millions d'euros.",
            "Les opposants ont jugé les coûts trop élevés, mais le maire a estimé que le port avait été négligé"
            " pendant des décennies.",
            "Les travaux devraient commencer au printemps prochain et durer trois ans, selon le service"
            " d'urbanisme de la ville.",
        ],
        "Article suivant",
        [
            "12.03.2024 Les exploitants de ferries saluent le nouveau terminal",
            "Les exploitants des ferries se sont dits satisfaits de la décision et espèrent accueillir davantage"
            " de passagers cet été.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(NEXT_POST))
def test_the_article_run_ends_at_a_link_to_the_next_post(lang: str) -> None:
    # the smoothing may label the next post's date, title and summary as the
    # article's, across the link: the link splits the run, and the region
    # does not grow across it
    top, article, pager, other = NEXT_POST[lang]
    out = clean("\n".join([*top, *article, pager, *other, "Contact"])).splitlines()
    for line in article:
        assert line in out, f"lost: {line!r}"
    for line in [pager, *other]:
        assert line not in out, f"kept: {line!r}"
    # without the link, the same lines are the article's last paragraph
    out = clean("\n".join([*top, *article, *other[1:], "Contact"])).splitlines()
    assert other[1] in out


# Bulleted headlines (a list of related links without its heading) right
# after the article's last paragraph, in the article's languages
LINK_TAIL = {
    "en": [
        "* Drought hits wheat prices across the region",
        "* 12.03.2024 Council delays vote on new wells",
        "* Where have all the summer storms gone?",
    ],
    "de": [
        "* Dürre lässt die Weizenpreise in der Region steigen",
        "* 12.03.2024 Gemeinderat vertagt Abstimmung über neue Brunnen",
        "* Wo sind die Sommergewitter geblieben?",
        "* Neue Pumpe für die trockensten Felder",
    ],
    "fr": [
        "* La sécheresse fait grimper le prix du blé",
        "* 12.03.2024 Le conseil reporte le vote sur les nouveaux puits",
        "* Où sont passés les orages d'été ?",
    ],
    "es": [
        "* La sequía dispara el precio del trigo en la región",
        "* 12.03.2024 El consejo aplaza la votación sobre los pozos",
        "* ¿Dónde están las tormentas de verano?",
    ],
}


@pytest.mark.parametrize("lang", sorted(LINK_TAIL))
def test_a_few_bulleted_headlines_after_the_last_paragraph_go(lang: str) -> None:
    menu = CHROME["navigation"][lang][0]
    text = "\n".join([*menu, *ARTICLE[lang], *LINK_TAIL[lang], *CHROME["navigation"][lang][1]])
    out = clean(text).splitlines()
    for line in ARTICLE[lang]:
        assert line in out, f"lost: {line!r}"
    for line in LINK_TAIL[lang]:
        assert line not in out, f"kept: {line!r}"


def test_the_article_own_bulleted_lists_stay() -> None:
    # three bulleted sentences inside the article or closing it, a list a
    # line announces with a colon: the article's
    menu = CHROME["navigation"]["en"][0]
    sentences = [
        "* The wells in the north have fallen by two metres.",
        "* Two villages now bring water in by truck.",
        "* The council will vote on new rules in May.",
    ]
    announced = [
        "The council listed the projects it will fund next year, in order of their cost to the town:",
        "* A new pump station near the river",
        "* Pipes for the villages in the hills",
        "* Rain tanks for the two primary schools",
        "Work on the pump station will start in the summer, the council said after the meeting.",
    ]
    for body in (
        [*ARTICLE["en"][:2], *sentences, ARTICLE["en"][2]],
        [*ARTICLE["en"], *sentences],
        [*ARTICLE["en"], *announced],
    ):
        out = clean("\n".join([*menu, *body, "About Us", "Contact"])).splitlines()
        for line in body:
            assert line in out, f"lost: {line!r}"


# Headlines of other stories without bullets or a heading (a dump that
# prints no bullets), three in a row right under the article's last paragraph
BARE_TAIL = {
    "en": [
        "City museum reopens its east wing after a long renovation",
        "Local striker signs a new contract with the league champions",
        "Night trains to the coast return for the winter holidays",
    ],
    "de": [
        "Stadtmuseum öffnet den Ostflügel nach langer Renovierung wieder",
        "Stürmer aus der Stadt unterschreibt beim Meister einen neuen Vertrag",
        "Nachtzüge an die Küste fahren in den Winterferien wieder",
    ],
    "fr": [
        "Le musée de la ville rouvre son aile est après des travaux",
        "L'attaquant du club signe un nouveau contrat avec le champion",
        "Les trains de nuit vers la côte reviennent pour les vacances d'hiver",
    ],
    "es": [
        "El museo de la ciudad reabre su ala este tras una larga reforma",
        "El delantero local firma un nuevo contrato con el campeón de liga",
        "Los trenes nocturnos a la costa vuelven en las vacaciones de invierno",
    ],
}


@pytest.mark.parametrize("lang", sorted(BARE_TAIL))
def test_headlines_without_bullets_after_the_last_paragraph_go(lang: str) -> None:
    # with weights that score by length alone, the headlines are as long as
    # text; their shape and place tell them (and they share no words with it)
    article = ARTICLE[lang]
    doc = Document.from_text("\n".join([*article, *BARE_TAIL[lang]]))
    Region(length_only_weights()).annotate(doc)
    assert doc.render().splitlines() == article
    # two are no run: they stay with the article
    doc = Document.from_text("\n".join([*article, *BARE_TAIL[lang][:2]]))
    Region(length_only_weights()).annotate(doc)
    assert doc.render().splitlines() == [*article, *BARE_TAIL[lang][:2]]


# an article with subheadings over its paragraphs, a list without bullets
# inside it, and a summary of its points closing it (its words are the
# article's): none of them is a run of other stories' headlines
OWN_SHORT_LINES = [
    ARTICLE["en"][0],
    "Why the wells in the valley are running dry",
    ARTICLE["en"][1],
    "What the council wants to change next season",
    ARTICLE["en"][2],
    "New pumps for the wells of the northern farms",
    "Rain tanks for the two primary schools in the valley",
    "Pipes for the villages in the hills above the river",
    "The growers said they would meet the council again before the planting season begins in the spring.",
]
OWN_SUMMARY = [
    "Farmers in the valley began the harvest early because of the dry summer",
    "The regional council will review the water rules before the next season",
    "Several growers say their wells have fallen to the lowest level in decades",
]


@pytest.mark.parametrize("body", [OWN_SHORT_LINES, [*OWN_SHORT_LINES, *OWN_SUMMARY]])
def test_the_article_own_unbulleted_subheadings_lists_and_summary_stay(body: list[str]) -> None:
    doc = Document.from_text("\n".join(body))
    Region(length_only_weights()).annotate(doc)
    assert doc.render().splitlines() == body
    menu = CHROME["navigation"]["en"][0]
    out = clean("\n".join([*menu, *body, "About Us", "Contact"])).splitlines()
    for line in body:
        assert line in out, f"lost: {line!r}"


@pytest.mark.parametrize(
    "line",
    [
        "Thanks for signing up! Check your inbox for a link to confirm your address.",
        "Welcome back. Thanks for subscribing.",
        "Thank you for signing up to Example Weekly. You will receive a confirmation email shortly.",
        "Vielen Dank für Ihre Registrierung. Sie haben den Aktivierungslink per E-Mail erhalten.",
        "Merci pour votre inscription ! Vous allez recevoir un e-mail de confirmation.",
        "Gracias por registrarte. Revisa tu correo para activar la cuenta.",
        "Grazie per la registrazione. Controlla la tua casella di posta.",
        "Bedankt voor je inschrijving. Je ontvangt zo een bevestiging per e-mail.",
        "Obrigado por se registar. Verifique o seu e-mail.",
        "Dziękujemy za rejestrację. Sprawdź swoją skrzynkę e-mail.",
    ],
)
def test_a_sign_up_thanks_and_what_follows_it_goes(line: str) -> None:
    assert clean("\n".join([line, *ARTICLE["en"]])).splitlines() == ARTICLE["en"]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "Thank you for signing up to help the farmers, the mayor told the volunteers at the town hall.",
        ),
        (
            "en",
            '"Thanks for registering to vote," the clerk said to the students who had lined up since dawn.',
        ),
        (
            "de",
            "Vielen Dank für Ihre Anmeldung, sagte der Bürgermeister zu den Helfern, die aus dem ganzen Tal kamen.",
        ),
        (
            "fr",
            "Merci de votre inscription, a lancé le maire aux bénévoles venus de toute la vallée pour aider.",
        ),
        (
            "es",
            "Gracias por registrarte, dijo el alcalde a cada voluntario que llegó al ayuntamiento por la mañana.",
        ),
    ],
)
def test_prose_thanking_for_a_sign_up_stays(lang: str, line: str) -> None:
    # the thanks as a sentence of the article, which goes on after a comma
    body = [*ARTICLE[lang][:2], line, ARTICLE[lang][2]]
    menu = CHROME["navigation"][lang][0]
    assert clean("\n".join([*menu, *body, *CHROME["navigation"][lang][1]])).splitlines() == body


# A list of events, each a record of "Label: value" fields opened by its date
RECORDS = {
    "en": (
        "The tasting club has set the dates of its spring evenings, and more will be announced in the coming"
        " weeks.",
        [
            [
                "Date: 21.02.2024, 7 pm",
                "* Venue: The Old Mill, Harbour Street 4",
                "* Topic: Whiskies of the islands",
                "Six whiskies from the western islands will be poured with a dinner of three courses.",
                "* Admission: 40 euros with the dinner",
            ],
            [
                "Date: 06.03.2024, 7 pm",
                "* Venue: Hotel Bellevue, Market Square 2",
                "* Topic: Rum from the Caribbean",
                "Old and new rums from four islands will be tasted, with a small buffet and coffee.",
                "* Admission: 35 euros, buffet included",
            ],
            [
                "Date: 27.03.2024, 6.30 pm",
                "* Venue: Café Central, Station Road 9",
                "* Topic: Gin and tonic",
                "Eight gins from small distilleries will be tried with the tonics that suit them best.",
                "* Admission: 30 euros at the door",
            ],
        ],
    ),
    "de": (
        "Auch in diesem Frühjahr lädt der Verein wieder zu seinen Verkostungen ein, weitere Termine folgen in den"
        " nächsten Wochen.",
        [
            [
                "Termin: 21.02.2024, 19 Uhr",
                "* Ort: Alte Mühle, Hafenstraße 4",
                "* Thema: Whisky von den Inseln",
                "Sechs Whiskys von den westlichen Inseln werden an diesem Abend zu einem Menü mit drei Gängen verkostet, dazu gibt es Wasser.",
                "* Eintritt: 40 Euro mit Menü",
            ],
            [
                "Termin: 06.03.2024, 19 Uhr",
                "* Ort: Hotel Bellevue, Marktplatz 2",
                "* Thema: Rum aus der Karibik",
                "Alte und neue Rums von vier Inseln der Karibik werden an diesem Abend probiert, dazu gibt es ein kleines Buffet.",
                "* Eintritt: 35 Euro inklusive Buffet",
            ],
            [
                "Termin: 27.03.2024, 18:30 Uhr",
                "* Ort: Café Central, Bahnhofstraße 9",
                "* Thema: Gin und Tonic",
                "Acht Gins aus kleinen Brennereien im ganzen Land werden an diesem Abend mit den passenden Tonics verkostet und verglichen.",
                "* Eintritt: 30 Euro an der Abendkasse",
            ],
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(RECORDS))
def test_the_dates_of_a_list_of_records_stay_with_it(lang: str) -> None:
    # each record's date field is no timestamp of the page: the list of
    # records is the article's, with its dates
    intro, records = RECORDS[lang]
    menu = CHROME["navigation"][lang]
    body = [*ARTICLE[lang][:2], intro, *[line for record in records for line in record]]
    out = clean("\n".join([*menu[0], *body, *menu[1]])).splitlines()
    for line in body:
        assert line in out, f"lost: {line!r}"
    # a date field alone above the article is a timestamp still
    out = clean("\n".join([*menu[0], records[0][0], *ARTICLE[lang], *menu[1]])).splitlines()
    assert records[0][0] not in out


# Articles in scripts whose words are too short to compare on their first
# letters (Korean words of two or three syllables; Chinese and Japanese
# written without spaces): the headline is compared with them on pairs of
# characters.
CJK_ARTICLE = {
    "ko": [
        "서울시는 내년부터 도심 교통정책을 크게 바꾸겠다고 밝혔다. 버스 노선이 새로 짜이고 자전거 도로가 늘어난다.",
        "시민들의 반응은 엇갈렸다. 출퇴근 시간이 줄어들 것이라는 기대와 함께 공사 기간의 불편을 걱정하는 목소리도 나왔다.",
        "서울시 관계자는 교통정책의 세부 내용을 다음 달 공청회에서 설명하겠다고 말했다.",
    ],
    "zh": [
        "北京市政府昨天宣布，明年起将全面调整城市交通政策，公交线路重新规划，自行车道也会增加。",
        "市民对新的交通政策反应不一，有人期待通勤时间缩短，也有人担心施工期间出行不便。",
        "北京市有关负责人表示，交通政策的具体内容将在下个月的听证会上公布。",
    ],
    "ja": [
        "東京都は来年から都心の交通政策を大きく見直すと発表した。バス路線を再編し、自転車道も増やすという。",
        "都民の反応はさまざまで、通勤時間の短縮を期待する声がある一方、工事期間中の不便を心配する声も上がった。",
        "東京都の担当者は、交通政策の詳しい内容を来月の説明会で明らかにすると話した。",
    ],
}


@pytest.mark.parametrize(
    ("lang", "label", "headline"),
    [
        ("ko", "분야별 뉴스", "서울시 교통정책 전면 개편, 시민들 반응 엇갈려"),
        ("zh", "社会新闻", "北京市明年全面调整交通政策"),
        ("ja", "ニュース一覧", "東京都、来年から交通政策を見直し"),
    ],
)
def test_a_section_label_in_hangul_or_cjk_is_no_headline(lang: str, label: str, headline: str) -> None:
    # a section's label above the article shares no pair of characters with
    # it: no headline; the headline, which shares several, is
    menu = ["* 1", "* 2", "* 3"]
    article = CJK_ARTICLE[lang]
    out = clean("\n".join([*menu, label, *article, *menu])).splitlines()
    assert label not in out
    assert out[-3:] == article
    out = clean("\n".join([*menu, label, "* 4", headline, *article, *menu])).splitlines()
    assert out == [headline, *article]


@pytest.mark.parametrize(
    ("lang", "badge"),
    [("en", "Hot 50"), ("en", "Top 10"), ("de", "Top 7"), ("fr", "Top 14"), ("es", "Liga 2")],
)
def test_a_word_and_a_number_is_no_headline(lang: str, badge: str) -> None:
    # the label of a chart or a list in the menu above the article has no
    # word of four letters to compare: no headline
    menu = CHROME["navigation"][lang][0]
    out = clean("\n".join([*menu, badge, *ARTICLE[lang], *menu])).splitlines()
    assert out == ARTICLE[lang]


@pytest.mark.parametrize(
    ("lang", "headline"),
    [
        ("en", "Apollo 11 crew returns to the valley harvest"),
        ("de", "Ernte 2024: Bauern im Tal beginnen früher"),
    ],
)
def test_a_headline_with_a_number_stays(lang: str, headline: str) -> None:
    menu = CHROME["navigation"][lang][0]
    out = clean("\n".join([*menu, headline, *ARTICLE[lang], *menu])).splitlines()
    assert out == [headline, *ARTICLE[lang]]


STANDFIRST = {
    # language -> (headline, byline, standfirst)
    "en": (
        "Dry summer speeds up the harvest in the valley",
        "By Jane Roe",
        "Growers say the new water rules came too late for this year's crops",
    ),
    "es": (
        "El verano seco adelanta la cosecha en el valle",
        "Por Juana Pérez",
        "Los productores dicen que las normas sobre el agua llegan tarde para esta temporada",
    ),
    "fr": (
        "La sécheresse avance la récolte dans la vallée",
        "Par Jeanne Dupont",
        "Les agriculteurs estiment que les règles sur l'eau arrivent trop tard cette saison",
    ),
}


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_the_headline_above_its_standfirst_is_the_headline(lang: str) -> None:
    # a headline, its byline, then its standfirst (a dek, a summary in a
    # sentence without a full stop) above the share buttons and the
    # article: the headline is the title above the standfirst, not the
    # standfirst
    menu = CHROME["navigation"][lang][0]
    headline, byline, dek = STANDFIRST[lang]
    share = ["Share", "Tweet", "Email"]
    out = clean("\n".join([*menu, headline, byline, dek, *share, *ARTICLE[lang], *menu])).splitlines()
    assert out[0] == headline
    assert out[-3:] == ARTICLE[lang]


@pytest.mark.parametrize(
    "above",
    [
        ["Harvest in the Valley"],  # a tag naming the headline's words
        ["Home News Dry summer speeds up the harvest in the valley"],  # a breadcrumb and the headline
        ["HARVEST AND VALLEY NEWS"],  # a section's name in capitals
        ["* Farmers fear the dry summer"],  # an item of a list
        ["* Home", "Water rules for the harvest", "Growers fear the dry summer"],  # a list of titles
    ],
)
def test_a_tag_a_copy_or_a_list_above_the_headline_is_no_headline(above: list[str]) -> None:
    # the headline above the share buttons and the article stays the
    # headline when the line above it is a tag, a copy of it, a section or
    # a list's item: none of these is a headline above its standfirst
    menu = CHROME["navigation"]["en"][0]
    headline = "Dry summer speeds up the harvest in the valley"
    text = "\n".join([*menu, *above, headline, "Share", "Tweet", "Email", *ARTICLE["en"], *menu])
    out = clean(text).splitlines()
    assert out == [headline, *ARTICLE["en"]]


TEASER_CARDS = {
    # language -> (heading, cards: (title, date))
    "en": (
        "More Stories",
        [
            ("Valley growers test new irrigation pipes", "May 3, 2021"),
            ("Harvest festival returns to the valley", "June 14, 2020"),
            ("Dry summer leaves the valley wells low", "July 2, 2019"),
        ],
    ),
    "de": (
        "Weitere Artikel",
        [
            ("Bauern im Tal testen neue Bewässerung", "3. Mai 2021"),
            ("Erntefest kehrt ins Tal zurück", "14. Juni 2020"),
            ("Trockener Sommer lässt die Brunnen sinken", "2. Juli 2019"),
        ],
    ),
    "es": (
        "Más noticias",
        [
            ("Los agricultores del valle prueban nuevos riegos", "3 de mayo de 2021"),
            ("Vuelve la fiesta de la cosecha al valle", "14 de junio de 2020"),
            ("El verano seco deja los pozos del valle bajos", "2 de julio de 2019"),
        ],
    ),
}


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_teaser_card_under_more_stories_is_no_headline(lang: str) -> None:
    # a list of teaser cards (a title, its date) under a related-content
    # heading right above the article: its last card is no headline
    menu = CHROME["navigation"][lang][0]
    heading, cards = TEASER_CARDS[lang]
    lines = [*menu, heading]
    for title, date in cards:
        lines += [title, date]
    out = clean("\n".join([*lines, *ARTICLE[lang], *menu])).splitlines()
    assert out == ARTICLE[lang]


@pytest.mark.parametrize(
    ("lang", "teaser"),
    [
        ("en", "Valley growers fear the dri.."),
        ("en", "Why the valley harvest came so ear.."),
        ("de", "Bauern im Tal fürchten den trockensten Sommer.."),
        ("ko", "서울시 교통정책 개편, 시민들 반응은.."),
    ],
)
def test_a_teaser_cut_off_by_two_dots_is_no_headline(lang: str, teaser: str) -> None:
    # a teaser of another story, cut off with two dots as lists of teasers
    # cut them, right above the article: no headline, bullet or not
    menu = CHROME["navigation"]["en"][0]
    article = ARTICLE.get(lang) or CJK_ARTICLE[lang]
    out = clean("\n".join([*menu, teaser, "Share", *article, *menu])).splitlines()
    assert out == article


@pytest.mark.parametrize(
    "headline", ["And then the valley wells ran dry...", "The summer the harvest never ended …"]
)
def test_a_headline_ending_with_an_ellipsis_stays(headline: str) -> None:
    menu = CHROME["navigation"]["en"][0]
    out = clean("\n".join([*menu, headline, "Share", *ARTICLE["en"], *menu])).splitlines()
    assert out == [headline, *ARTICLE["en"]]


# Teasers of other stories cut off without bullets ("..", "…"), two or more
# opening the region: a list of other stories above the article.
UNBULLETED_CUT_TEASERS = {
    "en": ["Valley growers fear the driest summer in a cen..", "Why the council delays the new water ru…"],
    "de": ["Bauern im Tal fürchten den trockensten Som..", "Warum der Rat die neuen Wasserregeln vert…"],
    "fr": ["Les agriculteurs de la vallée craignent l'é..", "Pourquoi le conseil reporte les règles de l'…"],
    "ko": [
        "서울시 교통정책 개편, 시민들 반응은 엇..",
        "지하철 요금 인상 앞두고 출퇴근길 시민들 ..",
        "도심 공원 새 단장, 주말마다 가족 나들이..",
    ],
}


@pytest.mark.parametrize("lang", sorted(UNBULLETED_CUT_TEASERS))
def test_unbulleted_cut_teasers_opening_the_region_go(lang: str) -> None:
    menu = CHROME["navigation"]["en"][0]
    article = ARTICLE.get(lang) or CJK_ARTICLE[lang]
    out = clean("\n".join([*menu, *UNBULLETED_CUT_TEASERS[lang], *article, *menu])).splitlines()
    assert out == article


@pytest.mark.parametrize(
    "first", ["And then the valley wells ran dry...", "Und dann fielen die Brunnen im Tal trocken …"]
)
def test_a_single_line_trailing_off_opening_the_article_stays(first: str) -> None:
    # one line ending in an ellipsis is the headline or a lede that trails off
    menu = CHROME["navigation"]["en"][0]
    out = clean("\n".join([*menu, first, *ARTICLE["en"], *menu])).splitlines()
    assert out == [first, *ARTICLE["en"]]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("da", "for 5 minutter siden"),
        ("da", "Opdateret for 2 timer siden"),
        ("da", "for 3 dage siden"),
        ("no", "for 10 minutter siden"),
        ("no", "Oppdatert for 3 dager siden"),
    ],
)
def test_a_danish_or_norwegian_relative_timestamp_goes(lang: str, line: str) -> None:
    # "for ... siden" around a duration is a timestamp ("5 minutes ago")
    article = NORDIC_ARTICLE[lang]
    ex = explain("\n".join([line, *article]))
    assert ex.text.splitlines() == article
    assert {b.text: b.cleaner for b in ex.blocks}[line] == "bylines"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Tickets for 5 May"),
        ("en", "for 5 minutes"),
        ("en", "Running for 5 minutes"),
        ("en", "for 5 minutes ago"),
        ("da", "siden for 5 timer"),
        # a sentence that tells when something happened is prose
        ("da", "Branden brød ud for 2 timer siden, fortæller naboen, der så røgen fra sin have."),
    ],
)
def test_for_and_a_duration_without_siden_after_it_is_no_timestamp(lang: str, line: str) -> None:
    # "for" is a word of the timestamp only with "siden" after it
    from newsclean.cleaners.bylines import byline_reason
    from newsclean.lexicon import load_lexicon

    assert byline_reason(line, len(line.split()), False, load_lexicon(), language=lang) is None


# An extractor's text: the article with a short list in it, and under it the
# notices a page lays over its article (a cookie banner, a consent box's
# line, a log-in prompt), which the extractor kept.
EXTRACTED_WITH_NOTICES = {
    "en": (
        "What the farmers grow",
        ["Wheat", "Barley", "Maize", "Oats", "Rye"],
        [
            "This website uses cookies to improve your experience on our pages.",
            "I have read the privacy policy and agree to its terms.",
            "You must be logged in to post a comment.",
        ],
    ),
    "de": (
        "Was die Bauern anbauen",
        ["Weizen", "Gerste", "Raps", "Hafer", "Roggen"],
        [
            "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.",
            "Ich habe die Datenschutzerklärung gelesen und bin einverstanden.",
            "Sie müssen angemeldet sein, um einen Kommentar abzugeben.",
        ],
    ),
    "fr": (
        "Ce que cultivent les agriculteurs",
        ["Blé", "Orge", "Maïs", "Avoine", "Seigle"],
        [
            "Ce site utilise des cookies pour améliorer votre expérience sur nos pages.",
            "J'ai lu et j'accepte la politique de confidentialité du site.",
            "Vous devez être connecté pour publier un commentaire.",
        ],
    ),
    "es": (
        "Lo que cultivan los agricultores",
        ["Trigo", "Cebada", "Maíz", "Avena", "Centeno"],
        [
            "Este sitio web utiliza cookies para mejorar su experiencia en nuestras páginas.",
            "He leído y acepto la política de privacidad del sitio.",
            "Debes iniciar sesión para publicar un comentario.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(EXTRACTED_WITH_NOTICES))
def test_notices_under_an_extractors_text_leave_it_a_clean_text(lang: str) -> None:
    # notices worded as sentences are no evidence of a whole page (an
    # extractor keeps them as readily as a dump holds them): however many
    # the lexicon finds, the text opening with a paragraph stays a clean
    # text, its short list kept, and only the notices go
    heading, items, notices = EXTRACTED_WITH_NOTICES[lang]
    _, headline, paragraphs, _, _ = SIDEBAR_FIRST[lang]
    body = [headline, *paragraphs, heading, *items, *ARTICLE[lang]]
    text = "\n".join([*body, *notices])
    doc = Pipeline().document(text)
    assert {b.content for b in doc.blocks if b.kept is False} == set(notices)
    assert doc.records.clean_text is True
    assert clean(text).splitlines() == body


# A browser notice worded as a paragraph over a site's nested menus, and the
# menu's sections and their pages. Language -> (notice, sections, pages).
NESTED_MENU_PAGE = {
    "en": (
        "Note: you are using an outdated browser that cannot show this site properly, so please update it.",
        ["Garden", "Orchard", "Meadow", "Pond"],
        ["Spring", "Summer", "Autumn", "Winter"],
    ),
    "de": (
        "Hinweis: Sie verwenden einen veralteten Browser, der diese Seite nicht richtig darstellen kann.",
        ["Garten", "Obstwiese", "Weide", "Teich"],
        ["Frühling", "Sommer", "Herbst", "Winter"],
    ),
    "fr": (
        "Remarque : vous utilisez un navigateur obsolète qui ne peut pas afficher ce site correctement.",
        ["Jardin", "Verger", "Prairie", "Étang"],
        ["Printemps", "Été", "Automne", "Hiver"],
    ),
    "es": (
        "Aviso: está usando un navegador antiguo que no puede mostrar este sitio correctamente.",
        ["Jardín", "Huerto", "Prado", "Estanque"],
        ["Primavera", "Verano", "Otoño", "Invierno"],
    ),
}


@pytest.mark.parametrize("lang", sorted(NESTED_MENU_PAGE))
def test_a_text_mostly_of_menus_is_a_page_whatever_it_opens_with(lang: str) -> None:
    # a page dump that opens with a paragraph (a browser notice, caught or
    # not) and holds little chrome the earlier cleaners know, but whose lines
    # are mostly menus the scoring is sure of: no extractor's clean text. Its
    # menus go, the article stays
    notice, sections, pages = NESTED_MENU_PAGE[lang]
    menu = [line for s in sections for line in (f"* {s}", *(f"+ {s} {p}" for p in pages))]
    text = "\n".join([notice, *menu, *ARTICLE[lang], *menu])
    assert Pipeline().document(text).records.clean_text is False
    assert clean(text).splitlines() == ARTICLE[lang]
    # a run of such lines under an article that makes the most of the text
    # leaves it a clean text: the list is kept
    _, headline, paragraphs, _, _ = SIDEBAR_FIRST[lang]
    body = [headline, *paragraphs, *ARTICLE[lang], *menu[:6]]
    text = "\n".join([notice, *body])
    assert Pipeline().document(text).records.clean_text is True
    assert clean(text).splitlines()[-6:] == body[-6:]


# -- Russian, Chinese (simplified and traditional), Korean and Japanese ---------

RU_ARTICLE = [
    "Фермеры в долине начали уборку урожая раньше обычного, потому что лето было сухим и жарким.",
    "В администрации региона сказали, что правила пользования водой будут пересмотрены до нового сезона.",
    "Несколько фермеров рассказали, что уровень воды в их колодцах самый низкий за последние двадцать лет.",
]


def test_russian_chrome_goes_and_the_article_stays() -> None:
    before = ["Перейти к содержанию", "Главная", "Поиск", "Новости", "Войти", "15 марта 2024, 13:43"]
    after = [
        "Урожай в долине на этой неделе. Фото: Иван Петров",
        "Поделиться",
        "Читайте также",
        "Засуха подняла цены на пшеницу",
        "Регион отложил решение о колодцах",
        "Мы используем файлы cookie, чтобы сайт работал лучше.",
        "Все права защищены.",
    ]
    headline = "Сухое лето ускорило уборку урожая"
    ex = explain("\n".join([*before, headline, *RU_ARTICLE, *after]))
    assert ex.language == "ru"
    assert ex.text.splitlines() == [headline, *RU_ARTICLE]
    decided = {b.text: b.cleaner for b in ex.blocks if not b.kept}
    assert all(decided[line] != "region" for line in before + after), decided


def test_a_clean_russian_article_is_untouched() -> None:
    text = "\n\n".join(RU_ARTICLE)
    ex = explain(text)
    assert ex.language == "ru"
    assert ex.text == text


@pytest.mark.parametrize(
    ("line", "family"),
    [
        # Russian
        ("Поделиться", "widgets"),
        ("Комментарии", "widgets"),
        ("Реклама", "widgets"),
        ("Читайте также: Засуха подняла цены на пшеницу", "related"),
        ("Фото: Иван Петров", "credits"),
        ("Все права защищены.", "disclaimers"),
        ("Статья продолжается ниже", "ads"),
        ("Фото 2 из 5", "gallery"),
        ("Подписывайтесь на наш канал в Telegram", "social"),
        # Chinese, simplified and traditional
        ("分享到：", "widgets"),
        ("返回首页", "navigation"),
        ("關閉視窗", "widgets"),
        ("版权所有 © 2024 示例新闻网", "disclaimers"),
        ("版權所有，未經授權不得轉載", "disclaimers"),
        ("未经许可不得转载", "disclaimers"),
        ("京ICP备12345678号", "disclaimers"),
        ("图片来源：示例图片社", "credits"),
        ("来源：示例日报", "authors"),
        ("本报记者 张三 李四", "authors"),
        ("扫描二维码关注我们", "social"),
        ("相关阅读：小麦价格上涨", "related"),
        # Korean
        ("공유하기", "widgets"),
        ("관련기사: 가뭄에 밀 가격 상승", "related"),
        # Japanese
        ("シェア", "widgets"),
        ("写真：山田太郎", "credits"),
        ("無断転載を禁じます", "disclaimers"),
        ("関連記事：干ばつで小麦高騰", "related"),
    ],
)
def test_chrome_of_the_new_languages(line: str, family: str) -> None:
    lex = load_lexicon()
    assert (lex.label(line) or lex.pattern(line)) == family


@pytest.mark.parametrize(
    "line", ["相关新闻", "相關新聞", "관련기사", "関連記事", "Читайте также", "Похожие новости"]
)
def test_related_headings_of_the_new_languages(line: str) -> None:
    assert load_lexicon().section_heading(line) == "related"


@pytest.mark.parametrize(
    "line",
    [
        # prose that starts with a chrome word, or holds one, stays
        "Читайте также внимательно инструкцию, говорит агроном Анна Петрова.",
        "Фото было сделано в понедельник утром, когда фермеры вышли в поле.",
        "Поделиться своим опытом фермеры смогут на встрече в четверг.",
        "记者在现场看到，农民们正在抢收小麦。",
        "他说，这些照片的来源尚不清楚。",
        "分享经验是这次会议的主要目的。",
        "版权问题一直是出版业关注的焦点。",
        "记者招待会将于下午举行。",
        "관련기사를 읽은 농민들은 정부의 대책을 기다리고 있다.",
        "写真は月曜日の朝、農家が畑に出たときに撮影された。",
    ],
)
def test_prose_of_the_new_languages_stays(line: str) -> None:
    lex = load_lexicon()
    assert lex.label(line) is None
    assert lex.section_heading(line) is None
    assert lex.pattern(line) is None


def test_chinese_chrome_around_an_article_goes() -> None:
    article = [
        "今年夏天干旱少雨，山谷里的农民比往年更早开始收割小麦，许多人担心明年的收成。",
        "当地政府表示，将在下一个种植季节开始之前重新审查用水规定，并听取农民的意见。",
        "几位农民说，他们的水井水位是二十年来最低的，有些村庄已经开始从外地运水。",
    ]
    chrome = ["分享到：", "相关阅读：小麦价格上涨", "版权所有 © 2024 示例新闻网", "京ICP备12345678号"]
    ex = explain("\n".join([*article, *chrome]))
    assert ex.text.splitlines() == article
    decided = {b.text: b.cleaner for b in ex.blocks if not b.kept}
    assert all(decided[line] != "region" for line in chrome), decided


KICKER = {
    # language -> (kicker, headline with its kicker run in before a colon, byline)
    "de": (
        "Trockener Sommer und Wasser im Tal",
        "Das steckt dahinter: Die Bauern beginnen die Ernte früher",
        "Von Anna Schmidt",
    ),
    "en": (
        "Dry summer and water in the valley",
        "Explained: Why valley farmers began the harvest early",
        "By Jane Roe",
    ),
    "fr": (
        "Sécheresse et eau dans la vallée",
        "Décryptage : les agriculteurs de la vallée récoltent plus tôt",
        "Par Jeanne Dupont",
    ),
    "es": (
        "Verano seco y agua en el valle",
        "Análisis: los agricultores del valle adelantan la cosecha",
        "Por Juana Pérez",
    ),
}


# (a fourth paragraph: the German article alone is too short to stand out as a region)
KICKER_MORE = {
    "de": "Im Herbst wollen die Bauern im Tal mit dem Regionalrat über neue Brunnen und das Wasser sprechen.",
    "en": "In the autumn the valley farmers will meet the council to talk about new wells and the water.",
    "fr": "À l'automne, les agriculteurs de la vallée parleront des puits et de l'eau avec le conseil.",
    "es": "En otoño los agricultores del valle hablarán con el consejo de los pozos y del agua.",
}


@pytest.mark.parametrize("lang", ["de", "en", "fr", "es"])
def test_a_kicker_above_a_headline_with_a_colon_is_no_headline(lang: str) -> None:
    # a kicker (a topic line of four words or more) above the headline,
    # which runs a kicker of its own in before a colon ("Das steckt
    # dahinter: …"): a headline, no standfirst, so the line above it is
    # its kicker, not the headline over a standfirst
    menu = CHROME["navigation"][lang][0]
    kicker, headline, byline = KICKER[lang]
    article = [*ARTICLE[lang], KICKER_MORE[lang]]
    text = "\n".join([*menu, kicker, headline, byline, "Share", *article, *menu])
    assert clean(text).splitlines() == [headline, *article]


def test_a_headline_with_a_colon_above_a_standfirst_with_one_stays() -> None:
    # a headline with a colon of its own above a standfirst with one: the
    # headline over its standfirst still
    menu = CHROME["navigation"]["en"][0]
    headline = "Harvest 2024: Dry summer speeds up the harvest in the valley"
    dek = "Analysis: growers say the new water rules came too late for this year's crops"
    out = clean("\n".join([*menu, headline, "By Jane Roe", dek, "Share", *ARTICLE["en"], *menu])).splitlines()
    assert out[0] == headline
    assert out[-3:] == ARTICLE["en"]


SITE_TAGLINE = {
    # language -> (the site's tagline above its menu, the menu, the headline)
    "de": (
        "Neues vom Tal, von den Bauern und ihrer Ernte",
        ["Menü", "Startseite", "Kontakt"],
        "Trockener Sommer: Bauern ernten früher",
    ),
    "en": (
        "News of the valley, its farmers and their harvest",
        ["Menu", "Home", "Contact"],
        "Dry summer speeds up the harvest",
    ),
    "es": (
        "Noticias del valle, sus agricultores y su cosecha",
        ["Menú", "Inicio", "Contacto"],
        "El verano seco adelanta la cosecha",
    ),
}


@pytest.mark.parametrize("lang", ["de", "en", "es"])
def test_a_sites_tagline_above_its_menu_is_no_headline(lang: str) -> None:
    # a blog's tagline above its menu, then the post's headline and the
    # post: the tagline is no headline over a standfirst (a menu is between)
    tagline, menu, headline = SITE_TAGLINE[lang]
    out = clean("\n".join([tagline, *menu, headline, *ARTICLE[lang]])).splitlines()
    assert out == [headline, *ARTICLE[lang]]


TITLE_LIST = {
    # language -> (titles of other stories above the article, its headline, its byline)
    "en": (
        [
            "New tractor models now available",
            "Valley farmers praise the early harvest, larger yields",
            "Water rules for the valley delayed again",
            "Market prices fall in December",
        ],
        "Dry summer speeds up the harvest in the valley",
        "Monday November 18, 2019 7:45 am by Jane Roe",
    ),
    "de": (
        [
            "Neue Traktoren ab sofort erhältlich",
            "Bauern im Tal loben die frühe Ernte und größere Erträge",
            "Regeln für das Wasser im Tal erneut verschoben",
            "Marktpreise sinken im Dezember",
        ],
        "Trockener Sommer: Bauern im Tal ernten früher",
        "Montag, 18. November 2019 von Anna Schmidt",
    ),
    "fr": (
        [
            "Nouveaux tracteurs disponibles dès maintenant",
            "Les agriculteurs de la vallée saluent une récolte précoce",
            "Les règles sur l'eau encore reportées",
            "Les prix du marché baissent en décembre",
        ],
        "La sécheresse avance la récolte dans la vallée",
        "Lundi 18 novembre 2019 par Jeanne Dupont",
    ),
}


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_a_list_of_titles_above_an_article_opening_with_its_headline(lang: str) -> None:
    # four titles of other stories right above an article that opens with
    # its own headline and byline: the last title of the list is no
    # headline (the article's own opens it)
    menu = CHROME["navigation"][lang][0]
    titles, headline, byline = TITLE_LIST[lang]
    out = clean("\n".join([*menu, *titles, headline, byline, *ARTICLE[lang], *menu])).splitlines()
    assert out == [headline, *ARTICLE[lang]]


@pytest.mark.parametrize(
    ("lang", "headline", "tag"),
    [
        ("en", "Valley Podcast: Dry summer speeds up the harvest in the valley", "* Valley Harvest"),
        ("de", "Tal-Podcast: Trockener Sommer, frühe Ernte für die Bauern", "* Bauern im Tal"),
        ("es", "Podcast del valle: el verano seco adelanta la cosecha", "* La cosecha"),
    ],
)
def test_a_topic_tag_gives_way_to_the_headline_far_above_it(lang: str, headline: str, tag: str) -> None:
    # a topic tag of a list ("* Valley Harvest") under the buttons to
    # follow the article's topics, the headline twelve lines above it past
    # its share icons, date and follow buttons: the headline, not the tag
    menu = CHROME["navigation"][lang][0]
    chrome = [
        "*",
        "*",
        "*",
        "*",
        "Save",
        "* Example Sport",
        "19 November 2019 • 1:16pm",
        "Follow",
        "Follow the author of this article",
        "* Example Sport",
        "Follow the topics within this article",
    ]
    article = [*ARTICLE[lang], KICKER_MORE[lang]]
    out = clean("\n".join([*menu, headline, *chrome, tag, "Share", *article, *menu])).splitlines()
    assert out == [headline, *article]


MEGA_MENU = {
    # language -> (the menu's heading and tagline, a product's blurb, the menu's items, the headline)
    "en": (
        ["The Harvest Platform", "Sell the harvest in the valley"],
        "Farmers in the valley use our platform to sell their harvest, and it gives them the data they"
        " need to plan the next season with far more confidence than before.",
        [
            "Mobile Commerce",
            "Ticketing",
            "Data Solutions",
            "Who we are",
            "Our team",
            "Work with us",
            "Blog",
            "Careers",
        ],
        "Dry summer speeds up the harvest in the valley",
    ),
    "de": (
        ["Die Ernte-Plattform", "Die Ernte im Tal verkaufen"],
        "Die Bauern im Tal verkaufen ihre Ernte über unsere Plattform, und sie liefert ihnen die Daten,"
        " mit denen sie die nächste Saison viel sicherer planen als vorher.",
        [
            "Mobiler Handel",
            "Ticketing",
            "Datenlösungen",
            "Wer wir sind",
            "Unser Team",
            "Mitarbeit",
            "Blog",
            "Karriere",
        ],
        "Trockener Sommer: Bauern im Tal ernten früher",
    ),
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_blurb_in_the_menu_above_the_headline_goes(lang: str) -> None:
    # a product's blurb (a sentence of fifteen words or more) in the site's
    # menu, eight bulleted items or more between it and the headline: the
    # site's text, not a paragraph of the article's standing on its own
    heading, blurb, items, headline = MEGA_MENU[lang]
    article = [*ARTICLE[lang], KICKER_MORE[lang]]
    menu = ["* Home", "* Solutions", *heading, blurb, *(f"* {item}" for item in items)]
    assert clean("\n".join([*menu, headline, *article])).splitlines() == [headline, *article]


# A standfirst between the headline and the article's text, among the byline,
# the date and the share buttons (often with no full stop at its end): the
# smoothing takes it for chrome for the chrome around it.
STANDFIRSTS = {
    "en": (
        "Council Approves New Bridge Over The River",
        "The vote ends a decade of arguments over how the town should cross the water and who would pay for it",
        ["By Jane Roe", "March 5, 2024", "Share", "Facebook", "Twitter", "Email"],
        [
            "The town council approved the new bridge on Tuesday evening after a long debate that ran past midnight.",
            "Work on the foundations is expected to begin in the spring, and the first cars should cross it within "
            "three years.",
            "Residents who spoke at the meeting were divided, with some worried about traffic on the narrow streets "
            "near the school.",
        ],
    ),
    "de": (
        "Gemeinderat Beschließt Neue Brücke Über Den Fluss",
        "Die Abstimmung beendet einen jahrelangen Streit darüber, wie die Stadt den Fluss queren soll und wer das "
        "bezahlt",
        ["Von Anna Schmidt", "5. März 2024", "Teilen", "Facebook", "Twitter", "E-Mail"],
        [
            "Der Gemeinderat hat am Dienstagabend nach einer langen Debatte, die bis nach Mitternacht dauerte, die "
            "neue Brücke beschlossen.",
            "Die Arbeiten an den Fundamenten sollen im Frühjahr beginnen, und die ersten Autos sollen in drei Jahren "
            "darüber fahren.",
            "Die Anwohner, die bei der Sitzung sprachen, waren gespalten, manche fürchten mehr Verkehr in den engen "
            "Straßen bei der Schule.",
        ],
    ),
    "fr": (
        "Le Conseil Approuve Un Nouveau Pont Sur La Rivière",
        "Le vote met fin à dix ans de disputes sur la manière dont la ville doit traverser la rivière et sur qui "
        "paiera",
        ["Par Marie Dupont", "5 mars 2024", "Partager", "Facebook", "Twitter", "E-mail"],
        [
            "Le conseil municipal a approuvé le nouveau pont mardi soir après un long débat qui a duré jusqu'après "
            "minuit.",
            "Les travaux sur les fondations doivent commencer au printemps, et les premières voitures devraient le "
            "traverser dans trois ans.",
            "Les habitants qui ont pris la parole lors de la réunion étaient divisés, certains craignant la "
            "circulation près de l'école.",
        ],
    ),
    "es": (
        "El Consejo Aprueba Un Nuevo Puente Sobre El Río",
        "La votación pone fin a una década de discusiones sobre cómo debe cruzar el río la ciudad y quién lo pagará",
        ["Por Ana García", "5 de marzo de 2024", "Compartir", "Facebook", "Twitter", "Email"],
        [
            "El concejo municipal aprobó el nuevo puente el martes por la noche tras un largo debate que se prolongó "
            "hasta pasada la medianoche.",
            "Las obras de los cimientos comenzarán en primavera, y los primeros coches deberían cruzarlo dentro de "
            "tres años.",
            "Los vecinos que hablaron en la reunión estaban divididos, y algunos temen el tráfico en las calles "
            "estrechas junto a la escuela.",
        ],
    ),
}
STANDFIRST_MENU = ["Home", "World", "Business", "Sports", "Culture", "Opinion", "Contact"]


@pytest.mark.parametrize("lang", sorted(STANDFIRSTS))
def test_the_standfirst_between_the_headline_and_the_byline_stays(lang: str) -> None:
    headline, dek, header, body = STANDFIRSTS[lang]
    text = "\n".join([*STANDFIRST_MENU, headline, dek, *header, *body, "Privacy Policy", "Terms of Use"])
    ex = explain(text)
    assert ex.text.splitlines() == [headline, dek, *body]
    assert {b.text: b.reason for b in ex.blocks}[dek].startswith("kept: the standfirst")


@pytest.mark.parametrize("lang", sorted(STANDFIRSTS))
def test_a_line_between_the_headline_and_the_article_without_a_byline_is_no_standfirst(lang: str) -> None:
    # with no byline or date under the headline, nothing shows it is the
    # article's header: the line is left to the smoothing, as before
    headline, dek, header, body = STANDFIRSTS[lang]
    share = [h for h in header if not any(c.isdigit() for c in h) and len(h.split()) == 1]
    text = "\n".join([*STANDFIRST_MENU, headline, dek, *share, *body, "Privacy Policy"])
    assert not any(
        b.text == dek and b.reason.startswith("kept: the standfirst") for b in explain(text).blocks
    )


def test_a_title_case_promo_between_the_headline_and_the_article_still_goes() -> None:
    headline, _, header, body = STANDFIRSTS["en"]
    promo = "Watch Live: Ten Best Bridges Of The Region In Pictures And Video"
    text = "\n".join([*STANDFIRST_MENU, headline, *header[:2], promo, *header[2:], *body, "Privacy Policy"])
    assert promo not in clean(text).splitlines()


# A list the article announces with a colon between two of its paragraphs,
# a picture's credit under the lead-in: its short lines score as chrome, but
# the lead-in and the paragraph after them show they are the article's.
ANNOUNCED_INSIDE = {
    "en": (
        [
            "The drink was first mixed in a pharmacy in the old town more than a century ago, and it has kept its "
            "fans ever since.",
            "It needs only a few things, but each of them matters, and the bitters above all cannot be replaced by "
            "another brand.",
        ],
        "This is how you make it:",
        "Photo: Shutterstock",
        [
            "1 sugar cube",
            "2 dashes of bitters",
            "1 teaspoon of water",
            "5 cl rye whiskey",
            "a twist of lemon peel",
        ],
        [
            "Fill a glass with ice and set it aside. In a second glass, crush the sugar with the bitters and the "
            "water, then stir in the whiskey.",
            "Empty the first glass, pour the drink into it and twist the lemon peel over the top before you serve it.",
        ],
    ),
    "fr": (
        [
            "La boisson a été préparée pour la première fois dans une pharmacie de la vieille ville il y a plus d'un "
            "siècle, et elle a gardé ses fans.",
            "Elle ne demande que peu de choses, mais chacune compte, et les amers ne peuvent pas être remplacés par "
            "une autre marque.",
        ],
        "Voici comment le préparer :",
        "Photo : Shutterstock",
        [
            "1 morceau de sucre",
            "2 traits d'amer",
            "1 cuillère à café d'eau",
            "5 cl de whisky de seigle",
            "un zeste",
        ],
        [
            "Remplir un verre de glace et le mettre de côté. Dans un second verre, écraser le sucre avec les amers "
            "et l'eau, puis ajouter le whisky.",
            "Vider le premier verre, y verser la boisson et presser le zeste de citron au-dessus avant de servir.",
        ],
    ),
    "es": (
        [
            "La bebida se preparó por primera vez en una farmacia del casco antiguo hace más de un siglo, y desde "
            "entonces conserva a sus fans.",
            "Necesita pocas cosas, pero cada una cuenta, y el amargo no se puede sustituir por el de otra marca.",
        ],
        "Así es como se prepara:",
        "Foto: Shutterstock",
        [
            "1 terrón de azúcar",
            "2 golpes de amargo",
            "1 cucharadita de agua",
            "5 cl de whisky",
            "una piel de limón",
        ],
        [
            "Llenar un vaso con hielo y reservarlo. En un segundo vaso, machacar el azúcar con el amargo y el agua, "
            "y luego añadir el whisky.",
            "Vaciar el primer vaso, verter la bebida en él y retorcer la piel de limón por encima antes de servir.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(ANNOUNCED_INSIDE))
def test_a_list_announced_inside_the_article_stays_past_a_credit(lang: str) -> None:
    above, lead, credit, items, below = ANNOUNCED_INSIDE[lang]
    text = "\n".join(
        [*STANDFIRST_MENU, *above, lead, credit, *items, *below, "Privacy Policy", "Terms of Use"]
    )
    assert clean(text).splitlines() == [*above, lead, *items, *below]


@pytest.mark.parametrize("lang", sorted(ANNOUNCED_INSIDE))
def test_chrome_under_a_lead_in_inside_the_article_still_goes(lang: str) -> None:
    # share buttons among the lines under the lead-in: no list of the article
    above, lead, _, _, below = ANNOUNCED_INSIDE[lang]
    share = ["Share on Facebook", "Share on Twitter", "Email this"]
    text = "\n".join([*STANDFIRST_MENU, *above, lead, *share, *below, "Privacy Policy", "Terms of Use"])
    out = clean(text).splitlines()
    assert not set(share) & set(out)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("sv", "för 5 minuter sedan"),
        ("sv", "Uppdaterad för 2 timmar sedan"),
        # an entry of several words of the ago words needs no number
        ("en", "Just now"),
        ("en", "Updated just now"),
        # the words of the vocabulary's entries of several words, where the line says them
        ("fr", "il y a 5 minutes"),
        ("fr", "mis à jour le 12 mars 2024"),
        ("en", "last updated 12 May 2024"),
        ("en", "May 3, 2024 · 5 min read"),
    ],
)
def test_a_timestamp_of_several_words_goes(lang: str, line: str) -> None:
    from newsclean.cleaners.bylines import byline_reason
    from newsclean.lexicon import load_lexicon

    assert byline_reason(line, len(line.split()), False, load_lexicon(), language=lang) is not None


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # Swedish "för" is a word of any line ("for"), not of a timestamp
        ("sv", "Biljetter för 12 maj 2024"),
        ("en", "Jane Roe för 12 May 2024"),
        ("sv", "för 5 minuter"),
        # "just now" inside a line of other words
        ("en", "I just now realised"),
        ("en", "just now the council voted"),
        # "y a" outside "il y a"
        ("fr", "Il en y a 5 minutes"),
    ],
)
def test_a_word_of_a_timestamp_phrase_alone_makes_no_timestamp(lang: str, line: str) -> None:
    from newsclean.cleaners.bylines import byline_reason
    from newsclean.lexicon import load_lexicon

    assert byline_reason(line, len(line.split()), False, load_lexicon(), language=lang) is None


@pytest.mark.parametrize(
    "heading",
    [
        "Artikel und Videos zum Thema",
        "Articles on this topic",
        "Stories on this topic",
        "Sobre el mismo tema",
        "Sullo stesso tema",
        "Sobre o mesmo tema",
        "Więcej na ten temat",
    ],
)
def test_a_heading_of_more_on_the_topic_starts_a_related_section(heading: str) -> None:
    from newsclean.lexicon import load_lexicon

    assert load_lexicon().section_heading(heading) == "related"


# a newsletter's sign-up box inside the article: its heading or prompt, its
# one-line pitch, its address field, button or consent line
NEWSLETTER_BOXES = {
    "en": [
        "Sign up for the Valley Letter newsletter",
        "Daily news about the farms, the water and the weather that shape our valley.",
        "Email",
    ],
    "de": [
        "Newsletter",
        "Immer aktuell informiert über die Ernte, das Wasser und das Wetter in unserem Tal.",
        "Jetzt anmelden",
    ],
    "fr": [
        "Newsletter",
        "Toute l'actualité des fermes, de l'eau et de la météo de notre vallée, chaque matin.",
        "E-mail",
    ],
    "es": [
        "Newsletter",
        "Las noticias del campo, del agua y del tiempo de nuestro valle, cada mañana en tu correo.",
        "Email",
    ],
}


@pytest.mark.parametrize("lang", sorted(NEWSLETTER_BOXES))
def test_the_pitch_of_a_newsletter_box_goes(lang: str) -> None:
    body = ARTICLE[lang]
    ex = explain("\n".join([body[0], *NEWSLETTER_BOXES[lang], body[1], body[2]]))
    assert ex.text.splitlines() == body
    pitch = NEWSLETTER_BOXES[lang][1]
    assert {b.text: b.cleaner for b in ex.blocks}[pitch] == "boilerplate"


def test_a_paragraph_under_a_newsletter_label_above_no_sign_up_stays() -> None:
    # the menu's last label, then the article's short first paragraph: no box
    body = ARTICLE["en"]
    lede = "The valley's farmers started the harvest two weeks early this year."
    text = "\n".join(["Home", "World", "Newsletter", lede, *body])
    assert clean(text).splitlines()[:2] == [lede, body[0]]


def test_a_consent_line_after_the_box_label_goes() -> None:
    from newsclean.lexicon import load_lexicon

    line = "Terms & Privacy Notice By submitting your email, you agree to our Terms and Privacy Notice."
    assert load_lexicon().pattern(line) == "consent"


def test_a_name_under_a_subscribe_prompt_is_no_pitch() -> None:
    # the newsletter's author above its welcome line: a name, not a pitch
    from newsclean.cleaners.boilerplate import Boilerplate
    from newsclean.cleaners.labels import Labels
    from newsclean.document import Document

    doc = Document.from_text("Subscribe\nJane Roe\nThanks for subscribing to the Valley Letter.")
    Labels().annotate(doc)
    Boilerplate().annotate(doc)
    assert doc.blocks[1].kept is None


# headline, the byline's name, the byline's second line (in lower case), the
# article's first paragraph naming what that line names
BYLINE_SECOND_LINE = {
    "en": (
        "Dry summer speeds up the harvest in the valley",
        "Jane Roe",
        "from University of Example",
        "Last updated on 20 Feb, 2020. 3 min read",
        "Researchers at the University of Example have measured the wells of the valley for ten years.",
    ),
    "de": (
        "Trockener Sommer beschleunigt die Ernte im Tal",
        "Anna Schmidt",
        "von der Universität Beispiel",
        "Aktualisiert am 20.02.2020",
        "Forscher der Universität Beispiel messen seit zehn Jahren die Brunnen im Tal und ihre Pegel.",
    ),
    "es": (
        "El verano seco acelera la cosecha en el valle",
        "Lucía Gómez",
        "de la Universidad Ejemplo",
        "Actualizado el 20 de febrero de 2020",
        "Investigadores de la Universidad Ejemplo miden desde hace diez años los pozos del valle y su nivel.",
    ),
}


@pytest.mark.parametrize("lang", sorted(BYLINE_SECOND_LINE))
def test_the_second_line_of_a_byline_is_no_headline(lang: str) -> None:
    # "from University of Example" under the author's name, above the date and
    # the topics the article is filed under: a line opening with a function
    # word in lower case is the rest of the byline, not the headline; the
    # headline above the byline is
    headline, name, second, stamp, first = BYLINE_SECOND_LINE[lang]
    menu, footer = CHROME["navigation"][lang]
    tags = ["Follow", "Topic", "Farming", "Follow", "Tags", "Harvest", "Water"]
    text = "\n".join([*menu, headline, name, second, stamp, *tags, first, *ARTICLE[lang], *footer])
    out = clean(text).splitlines()
    assert out[0] == headline
    assert second not in out
    assert out[-3:] == ARTICLE[lang]


# a heading of the menu above the article, the menu's items, the headline, its
# standfirst (a dek with no full stop)
MENU_HEADING_ABOVE = {
    "en": (
        "Trending",
        ["* Election results", "* Weather warning", "* Cup final"],
        "Dry summer speeds up the harvest in the valley",
        "Growers expect smaller yields as the wells in the valley run low – a first look at the figures",
    ),
    "de": (
        "Top-Themen",
        ["* Wahlergebnisse", "* Unwetterwarnung", "* Pokalfinale"],
        "Trockener Sommer beschleunigt die Ernte im Tal",
        "Die Landwirte erwarten kleinere Erträge, weil die Brunnen im Tal sinken – ein erster Blick auf die Zahlen",
    ),
    "fr": (
        "Tendances",
        ["* Résultats des élections", "* Alerte météo", "* Finale de la coupe"],
        "L'été sec accélère la récolte dans la vallée",
        "Les producteurs attendent de plus petites récoltes car les puits de la vallée baissent"
        " – un premier regard sur les chiffres",
    ),
}


@pytest.mark.parametrize("lang", sorted(MENU_HEADING_ABOVE))
def test_the_article_under_a_menu_heading_keeps_its_headline_and_standfirst(lang: str) -> None:
    # "Trending" heads the menu right above the article: the headline and the
    # standfirst under the menu, with the article's paragraphs in a row under
    # them, are the article's start, not teasers of the "Trending" list
    heading, items, headline, standfirst = MENU_HEADING_ABOVE[lang]
    menu, footer = CHROME["navigation"][lang]
    text = "\n".join([*menu, heading, *items, headline, standfirst, *ARTICLE[lang], *footer])
    out = clean(text).splitlines()
    assert out == [headline, standfirst, *ARTICLE[lang]]


def test_a_trending_list_of_headlines_and_summaries_still_goes() -> None:
    # a real "Trending" list under the article: titles, each with a
    # one-paragraph summary (never two paragraphs in a row), or bare titles
    menu, footer = CHROME["navigation"]["en"]
    cards = [
        "Council delays the vote on the new wells",
        "The vote on the three new wells was moved to May after a long debate in the council.",
        "Storm damages the old bridge over the river",
        "Engineers will inspect the bridge on Monday before it opens to traffic again this week.",
        "School opens a garden for the whole village",
        "Pupils planted beans and potatoes in the new garden behind the school on Friday morning.",
    ]
    titles = ["Cup final ends in a draw", "Bakery wins the regional prize", "Museum reopens after repairs"]
    for below in (cards, titles):
        text = "\n".join(
            [*menu, "Dry summer speeds up the harvest", *ARTICLE["en"], "Trending", *below, *footer]
        )
        out = clean(text).splitlines()
        assert out == ["Dry summer speeds up the harvest", *ARTICLE["en"]]


# a whole page (its menu, its footer) with a short article: a lede, a
# byline and share buttons, a caption with its photographer's name, one
# paragraph, related links
SHORT_ARTICLE_WITH_A_CAPTION = {
    "en": (
        "Harbour master warns of silt in the old port",
        "Jane Roe, who will retire in June, said the dredging of the channel had been put off for years"
        " and that larger ferries could soon run aground at low tide.",
        "The harbour master, Jane Roe, said that she will leave the post in June after twelve years. (Max Muster)",
        "The harbour master of the old port, Jane Roe, told the council on Tuesday that the silt in the"
        " channel had risen by half a metre since the last survey, that the ferry company had asked for"
        " dredging before the summer, and that the fishing fleet, which moors in the inner basin, had"
        " already lost two days at sea.",
    ),
    "es": (
        "La capitana del puerto alerta del lodo en el muelle viejo",
        "Juana Pérez, que se jubilará en junio, dijo que el dragado del canal se había aplazado durante"
        " años y que los ferris más grandes podrían encallar pronto con la marea baja.",
        "La capitana del puerto, Juana Pérez, dijo que dejará el cargo en junio después de doce años. (Pedro Gómez)",
        "La capitana del puerto viejo, Juana Pérez, dijo el martes al ayuntamiento que el lodo del canal"
        " había subido medio metro desde el último estudio, que la naviera había pedido el dragado antes"
        " del verano, y que la flota pesquera, que amarra en la dársena interior, ya había perdido dos"
        " días de mar.",
    ),
}


@pytest.mark.parametrize("lang", sorted(SHORT_ARTICLE_WITH_A_CAPTION))
def test_a_short_article_parted_by_a_caption_still_has_its_region(lang: str) -> None:
    # the caption dropped leaves each paragraph among chrome (the byline,
    # the share buttons): no region stood out, and the whole page, menu and
    # all, was kept. Scored with the caption as a line of the text, the
    # article stands out; the caption still goes
    headline, lede, caption, body = SHORT_ARTICLE_WITH_A_CAPTION[lang]
    menu = [
        "* Home",
        "* World",
        "* Business",
        "* Sports",
        "* Opinion",
        "* Weather",
        "* Health",
        "* Subscribe",
    ]
    menu += ["* Contact", "* Newsletter", "* Crime and courts", "* Schools", "* Arts", "* Harbour news"]
    menu += ["* Island life", "* Ferries", "* Fishing fleet", "* Tide tables", "* Letters", "* Obituaries"]
    meta = ["May 3, 2024 - 8:40 a.m.", "By John Doe", "* Facebook", "* Twitter", "* Email"]
    related = ["Related:", "Council delays the vote on the new wells", "Ferry company buys two smaller boats"]
    footer = ["About Us", "Contact", "Privacy Policy"]
    text = "\n".join([*menu, headline, lede, *meta, caption, body, *related, *footer])
    assert clean(text).splitlines() == [headline, lede, body]


def test_an_extractors_text_with_no_region_is_still_kept_as_it_is() -> None:
    # with no menu above it (an extractor's output), a text with captions
    # and no region standing out is kept as it is: newsclean does not guess
    lines = [
        "Pocket sized",
        "Agency / Jane Roe",
        "2/5",
        "A small phone with a big battery",
        "Agency / Jane Roe",
        "3/5",
        "All of this comes at less than half the price of the big models, the company said.",
    ]
    text = "\n".join(lines)
    assert "less than half the price" in clean(text)


# the article's own section breaks and the entries of a live story (a news
# agency's "The Latest": a rule, the entry's time, its text)
SECTION_BREAKS = ["___", "* * *", "***", "---", "• • •", "⁂"]


@pytest.mark.parametrize("lang", sorted(ARTICLE))
@pytest.mark.parametrize("rule", SECTION_BREAKS)
def test_a_section_break_inside_the_article_stays(lang: str, rule: str) -> None:
    first, second, third = ARTICLE[lang]
    body = [first, rule, second, rule, third]
    # an extractor's text, and the same article in a whole page
    assert clean("\n".join(body)).splitlines() == body
    menu, footer = CHROME["navigation"][lang]
    assert clean("\n".join([*menu, *body, *footer])).splitlines() == body


@pytest.mark.parametrize("lang", sorted(ARTICLE))
def test_a_rule_at_the_article_edge_or_a_lone_mark_still_goes(lang: str) -> None:
    first, second, third = ARTICLE[lang]
    menu, footer = CHROME["navigation"][lang]
    # rules above and under the article, next to the chrome, and marks that
    # are no section break ("-", "|", "...") go
    text = "\n".join([*menu, "___", first, "-", second, "|", third, "___", *footer])
    assert clean(text).splitlines() == [first, second, third]
    assert clean("\n".join(["* * *", first, second, third, "* * *"])).splitlines() == [first, second, third]


# an emoticon alone on its line ("=)", ":-)", "^^") under a paragraph of the
# article is the writer's own (a blog post's last line); among the chrome,
# above the article, a line without words still goes
@pytest.mark.parametrize("lang", sorted(ARTICLE))
@pytest.mark.parametrize("face", ["=)", ":-)", ";)", ":(", "^^"])
def test_an_emoticon_closing_a_paragraph_of_the_article_stays(lang: str, face: str) -> None:
    first, second, third = ARTICLE[lang]
    menu, footer = CHROME["navigation"][lang]
    body = [first, second, face, third, face]
    assert clean("\n".join([*menu, *body, *footer])).splitlines() == body
    above = [*menu, face, first, second, third, *footer]
    assert clean("\n".join(above)).splitlines() == [first, second, third]


LIVE_ENTRIES = {
    "en": (
        ["10 p.m.", "4:14 p.m."],
        "Utility crews say they have restored power to most of the homes that lost it during the storm.",
    ),
    "de": (
        ["22:00 Uhr", "16:14 Uhr"],
        "Die Stadtwerke sagen, dass die meisten Häuser nach dem Sturm wieder Strom haben, wie ein Sprecher sagte.",
    ),
    "fr": (
        ["22:00", "16:14"],
        "Les services de la ville disent que la plupart des maisons ont de nouveau du courant après la tempête.",
    ),
    "es": (
        ["22:00", "16:14"],
        "Los servicios de la ciudad dicen que la mayoría de las casas ya tienen luz de nuevo tras la tormenta.",
    ),
}


@pytest.mark.parametrize("lang", sorted(LIVE_ENTRIES))
def test_the_time_of_a_live_entry_under_a_rule_stays(lang: str) -> None:
    (late, early), entry = LIVE_ENTRIES[lang]
    first, second, third = ARTICLE[lang]
    body = [first, "___", late, entry, "___", early, second, third]
    assert clean("\n".join(body)).splitlines() == body


@pytest.mark.parametrize("lang", sorted(LIVE_ENTRIES))
def test_a_time_under_no_rule_or_above_no_paragraph_is_still_a_timestamp(lang: str) -> None:
    (late, early), _ = LIVE_ENTRIES[lang]
    first, second, third = ARTICLE[lang]
    # the time under the headline, with no rule above it
    assert clean("\n".join([early, first, second, third])).splitlines() == [first, second, third]
    # under a rule, but above another rule: no entry opens there
    out = clean("\n".join([first, second, "___", late, "___", third])).splitlines()
    assert late not in out


LIVE_INTROS = {
    "en": "The Latest on the storm that cut the power to the valley (all times local):",
    "de": "Die neuesten Entwicklungen zum Sturm, der dem Tal den Strom nahm, im Überblick:",
    "fr": "Les dernières informations sur la tempête qui a privé la vallée de courant (heure locale) :",
    "es": "Lo último sobre la tormenta que dejó sin luz al valle (todas las horas son locales):",
}


@pytest.mark.parametrize("lang", sorted(LIVE_ENTRIES))
def test_the_first_live_entry_under_the_intro_ending_in_a_colon_stays(lang: str) -> None:
    # the story announces its entries ("(all times local):"), the first one
    # opens right under it with no rule, the next under a rule
    (late, early), entry = LIVE_ENTRIES[lang]
    first, second, third = ARTICLE[lang]
    body = [LIVE_INTROS[lang], late, entry, "___", early, first, second, third]
    assert clean("\n".join(body)).splitlines() == body


# a short month that is another word too, in lower case in a sentence ("the
# toll may be higher", "el mar", "un ago"), names no month: the paragraph is
# no line of a dated list, and the timestamp above it still goes
SHORT_MONTH_PROSE = {
    "en": (
        "March 3, 2024 - 11:28",
        "Officials said on 2 March that at least forty people were hurt when the storm hit the coast.",
        "The real toll may be much higher, and some reports set out twice as many injured.",
    ),
    "es": (
        "3 de marzo de 2024 - 11:28",
        "Las autoridades dijeron el 2 de marzo que al menos cuarenta personas resultaron heridas.",
        "El mar sigue agitado y los pescadores no han podido salir del puerto en toda la semana.",
    ),
    "it": (
        "3 marzo 2024 - 11:28",
        "Le autorità hanno detto il 2 marzo che almeno quaranta persone sono rimaste ferite.",
        "Il medico ha usato un ago sottile per ogni prelievo, ha detto il sindaco della città.",
    ),
}


@pytest.mark.parametrize("lang", sorted(SHORT_MONTH_PROSE))
def test_a_short_month_in_lower_case_in_prose_makes_no_dated_list(lang: str) -> None:
    stamp, dated, prose = SHORT_MONTH_PROSE[lang]
    headline = {
        "en": "Storm hits the coast",
        "es": "La tormenta golpea la costa",
        "it": "La tempesta colpisce la costa",
    }
    more = ARTICLE.get(lang, ARTICLE["en"])
    lines = [headline[lang], stamp, dated, prose, *more]
    blocks = {b.text: b for b in explain("\n".join(lines)).blocks}
    assert (blocks[stamp].kept, blocks[stamp].cleaner) == (False, "bylines")
    assert all(blocks[line].kept for line in (dated, prose))


# the headline, its dek (a standfirst with no full stop, naming what the
# article names), then share buttons with no byline or date, then the article
DEK_OVER_SHARE_BUTTONS = {
    "en": (
        ARTICLE["en"],
        "Dry summer speeds up the harvest",
        "Growers in the valley start early as their wells fall to a record low",
        ["Share", "Facebook", "Twitter"],
    ),
    "es": (
        ARTICLE["es"],
        "El verano seco adelanta la cosecha",
        "Los productores del valle empiezan antes porque sus pozos están en el nivel más bajo",
        ["Compartir", "Facebook", "Twitter"],
    ),
    "it": (
        [
            "Gli agricoltori della valle hanno iniziato il raccolto prima quest'anno per l'estate secca e le notti"
            " calde.",
            "Il consiglio regionale ha detto che rivedrà le regole sull'acqua prima della prossima stagione di semina.",
            "Diversi coltivatori hanno raccontato che i loro pozzi sono scesi al livello più basso da vent'anni.",
        ],
        "L'estate secca anticipa il raccolto",
        "I coltivatori della valle iniziano prima perché i loro pozzi sono al livello più basso",
        ["Condividi", "Facebook", "Twitter"],
    ),
    "nl": (
        [
            "De boeren in het dal zijn dit jaar vroeg met de oogst begonnen door de droge zomer en de warme nachten.",
            "De regionale raad zei dat hij de regels voor het water zal herzien voor het volgende plantseizoen begint.",
            "Verschillende telers vertelden dat hun putten op het laagste niveau in twintig jaar staan.",
        ],
        "Droge zomer versnelt de oogst",
        "Telers in het dal beginnen vroeg nu hun putten op het laagste niveau staan",
        ["Delen", "Facebook", "Twitter"],
    ),
}


@pytest.mark.parametrize("lang", sorted(DEK_OVER_SHARE_BUTTONS))
def test_the_dek_right_under_the_headline_stays_without_a_byline(lang: str) -> None:
    # a dek ends no sentence as often as not, and the share buttons under it
    # are the only chrome before the article: right under the headline, it is
    # the article's header all the same
    article, headline, dek, share = DEK_OVER_SHARE_BUTTONS[lang]
    menu = ["Home", "News", "Sport", "Kultur"]
    text = "\n".join([*menu, headline, dek, *share, *article, "Impressum", "Kontakt"])
    assert clean(text).splitlines() == [headline, dek, *article]


def test_a_title_under_the_headline_that_names_nothing_of_the_article_still_goes() -> None:
    # a line under the headline that shares no words with the article (the
    # title of another story in a list the headline came from) is no dek
    other = "Council delays the vote on the new bridge over the river until May"
    menu = ["Home", "News", "Sport"]
    text = "\n".join([*menu, "Dry summer speeds up the harvest", other, "Share", "Facebook", *ARTICLE["en"]])
    out = clean(text).splitlines()
    assert other not in out
    assert out[-3:] == ARTICLE["en"]


# a notice that the browser or the device cannot play a widget (a video, an
# audio player), left in the article where the widget stood
PLAYER_NOTICES = {
    "en": [
        "Media playback is unsupported on your device",
        "Your browser does not support the video tag.",
        "This video is unavailable",
        "Sorry, this clip is not available in your country.",
    ],
    "de": ["Ihr Browser unterstützt kein HTML5-Video.", "Das Video ist leider nicht mehr verfügbar."],
    "fr": [
        "Votre navigateur ne prend pas en charge la lecture de vidéos.",
        "Cette vidéo n'est plus disponible",
    ],
    "es": ["Tu navegador no soporta el elemento de audio.", "Este vídeo ya no está disponible."],
    "it": ["Il tuo browser non supporta il tag video."],
    "nl": ["Je browser ondersteunt geen HTML5-video."],
    "pt": ["O seu navegador não suporta o elemento de vídeo."],
}


@pytest.mark.parametrize(("lang", "notice"), [(lg, n) for lg, ns in PLAYER_NOTICES.items() for n in ns])
def test_a_player_notice_in_the_article_goes(lang: str, notice: str) -> None:
    body = ARTICLE.get(lang, ARTICLE["en"])
    text = "\n".join(["Dry summer speeds up the harvest", body[0], notice, *body[1:]])
    out = clean(text).splitlines()
    assert notice not in out
    assert all(line in out for line in body)


@pytest.mark.parametrize(
    "prose",
    [
        "Your browser does not support some features of this page, our reporter found, so the maps"
        " in the council's new app stay blank for many of the farmers who use it.",
        "Ihr Browser unterstützt keine Erweiterungen mehr, seit das Update im März erschien, und viele"
        " Leser beschwerten sich darüber beim Hersteller.",
        "The video is not available to the public, the council said after its meeting on Tuesday.",
        "Das Video ist nicht mehr verfügbar, seit der Rat es am Dienstag von seiner Seite genommen hat.",
    ],
)
def test_a_sentence_about_a_browser_stays(prose: str) -> None:
    text = "\n".join(["Dry summer speeds up the harvest", ARTICLE["en"][0], prose, *ARTICLE["en"][1:]])
    assert prose in clean(text).splitlines()


@pytest.mark.parametrize(
    "line", ["Jane Roe @janeroe", "Max Mustermann @maxmuster", "News reporter @jroe_news"]
)
def test_an_authors_name_and_handle_go(line: str) -> None:
    # the author box in the article: the name (or the role) and the handle
    body = ARTICLE["en"]
    text = "\n".join(["Dry summer speeds up the harvest", body[0], line, *body[1:]])
    out = clean(text).splitlines()
    assert out == ["Dry summer speeds up the harvest", *body]


def test_a_sentence_naming_a_handle_stays() -> None:
    prose = "Readers can follow the harvest updates from Jane Roe @janeroe, who visits the farms every week."
    text = "\n".join(["Dry summer speeds up the harvest", ARTICLE["en"][0], prose, *ARTICLE["en"][1:]])
    assert prose in clean(text).splitlines()


# a bulleted list of related headlines in Title Case set in the article of an
# English page
RELATED_TITLE_CASE = [
    "* Drought Maps: Where the Wells Ran Dry This Summer",
    "* Here's How the Valley Plans to Save Water for Next Year",
    "* Council Opens a New Fund for Farmers Hit by the Heat",
]


def test_a_bulleted_list_of_title_case_headlines_in_the_article_goes() -> None:
    body = ARTICLE["en"]
    text = "\n".join(["Dry summer speeds up the harvest", body[0], body[1], *RELATED_TITLE_CASE, body[2]])
    out = clean(text).splitlines()
    assert out == ["Dry summer speeds up the harvest", *body]


@pytest.mark.parametrize(
    "items",
    [
        # a list the text announces is its own (a table of contents)
        [
            "The guide covers these parts:",
            "* Getting the Soil Ready for the Seeds",
            "* Watering the Beds in the Heat",
        ],
        # names and places: no small word in lower case
        [
            "* Blue Harvest Cooperative, Valley Springs, Nevada",
            "* Green Acres Farm Supply, Lake Town, Oregon",
        ],
        # one item is a sentence: the article's own points
        ["* Planting Guide for the Dry Months", "* the wells are checked every week by the council"],
        # numbered: a ranking or the article's steps
        ["1. Choose the Right Seeds for the Valley", "2. Water the Beds Early in the Morning"],
    ],
)
def test_the_articles_own_lists_stay(items: list[str]) -> None:
    body = ARTICLE["en"]
    text = "\n".join(["Dry summer speeds up the harvest", body[0], body[1], *items, body[2]])
    out = clean(text).splitlines()
    assert all(line in out for line in body)
    assert all(item.lstrip("*1234567890. ") in " ".join(out) for item in items)


def test_a_title_case_list_on_a_german_page_stays() -> None:
    # German capitalises its nouns: Title Case tells no headline there
    body = ARTICLE["de"]
    items = ["* Neue Regeln für die Brunnen im Tal", "* Hilfe für die Bauern nach dem Sommer"]
    text = "\n".join(["Trockener Sommer beschleunigt die Ernte", body[0], body[1], *items, body[2]])
    out = clean(text).splitlines()
    assert all(item[2:] in " ".join(out) for item in items)


# Invented article texts of the East Asian languages: Japanese (Kana among the
# Han), Chinese (Han only), Korean (Hangul, with spaces)
EAST_ASIAN = {
    "ja": [
        "東京都は十二日、川沿いに新しい公園を造る計画を発表した。",
        "公園は二年後に完成する予定で、市民の意見を聞きながら設計を進めるという。",
        "都の担当者は「多くの人に使ってほしい」と話している。",
    ],
    "zh": [
        "北京市政府十二日宣布了在河边建设新公园的计划。",
        "该公园预计两年后建成，设计将听取市民的意见。",
        "市政府负责人表示，希望更多的人能够使用这个公园。",
    ],
    "zh-hant": [
        "臺北市政府十二日宣布了在河邊建設新公園的計畫。",
        "該公園預計兩年後建成，設計將聽取市民的意見。",
        "市政府負責人表示，希望更多的人能夠使用這個公園。",
    ],
    "ko": [
        "서울시는 12일 강변에 새로운 공원을 조성하는 계획을 발표했다.",
        "공원은 2년 뒤 완공될 예정이며 시민들의 의견을 듣고 설계를 진행할 것이라고 밝혔다.",
        "시 관계자는 많은 사람들이 이용할 수 있는 공간이 될 것이라고 말했다.",
    ],
}


@pytest.mark.parametrize("lang", sorted(EAST_ASIAN))
def test_east_asian_pages_are_told_apart(lang: str) -> None:
    # Japanese writes its particles in Hiragana: Kana among the Han make a page
    # Japanese (its lexicon's language), not Chinese; Korean is told by the
    # function words that stand alone between its spaces
    assert explain("\n".join(EAST_ASIAN[lang])).language == lang.split("-")[0]
    assert lang.split("-")[0] in load_lexicon().languages


def test_a_chinese_page_with_a_japanese_name_stays_chinese() -> None:
    # a brand in Katakana now and then does not make a Chinese page Japanese
    text = "\n".join(
        [*EAST_ASIAN["zh"], "该公司的新产品名为「ソラ」，将于明年在北京和上海两地同时上市销售。"]
    )
    assert explain(text).language == "zh"


# relative timestamps, alone or with a name: Chinese and Japanese glue the unit to "前" ("ago")
RELATIVE_STAMPS = {
    "zh": [
        "3分钟前",
        "2小时前",
        "刚刚 · 5分钟前",
        "1天前",
        "昨天 09:12",
        "记者 张三 3分钟前",
        "新华社 2小時前",
    ],
    "ja": ["5時間前", "30分前", "3日前", "5時間前 毎日新報", "昨日 18:05"],
    "ko": ["3분 전", "2시간 전", "1일 전", "어제 14:30", "2시간 전 김철수 기자", "5분 전 | 한빛일보"],
}


@pytest.mark.parametrize("lang", sorted(RELATIVE_STAMPS))
def test_east_asian_relative_timestamps_go(lang: str) -> None:
    for stamp in RELATIVE_STAMPS[lang]:
        lines = EAST_ASIAN[lang]
        text = "\n".join([lines[0], stamp, *lines[1:]])
        blocks = explain(text).blocks
        assert blocks[1].text == stamp
        assert blocks[1].kept is False, (stamp, blocks[1])
        assert all(b.kept for b in blocks if b.text != stamp)


# prose with a relative time in it stays (a clause, a sentence)
RELATIVE_PROSE = {
    "zh": ["3天前，他离开了北京，去了南方的一个小城市工作。", "两年前的公园建设计划已经完成了一半。"],
    "ja": ["3年前に東京へ移り、小さな店を開いた。", "5時間前から雨が降り続いている。"],
    "ko": ["10년 전 그는 서울에 왔다.", "2시간 전 시작된 회의는 아직 끝나지 않았다."],
}


@pytest.mark.parametrize("lang", sorted(RELATIVE_PROSE))
def test_east_asian_prose_with_a_relative_time_stays(lang: str) -> None:
    for line in RELATIVE_PROSE[lang]:
        lines = EAST_ASIAN[lang]
        text = "\n".join([lines[0], line, *lines[1:]])
        assert clean(text).splitlines() == [lines[0], line, *lines[1:]], line


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("来源：新华社", False),
        ("文章来源：人民网", False),
        ("2024-03-12 10:21 来源：中国新闻网", False),
        ("发布时间：2024-03-12 | 來源：中央社", False),
        # a field of a list, not the article's source
        ("资金来源：财政拨款", True),
        ("收入來源：工資", True),
    ],
)
def test_a_source_credit_goes_and_a_list_field_naming_a_source_stays(line: str, kept: bool) -> None:
    lines = EAST_ASIAN["zh"]
    blocks = explain("\n".join([lines[0], line, *lines[1:]])).blocks
    assert blocks[1].text == line
    assert blocks[1].kept is kept


# Two teaser cards signed by a byline or a date (segprec4): a title, its
# summary, then "Von Anna Beispiel" / "By Jane Roe" / "Par Claire Exemple"
# that the bylines cleaner drops, the next title... make a list of other
# stories (no article run of its own), where three unsigned pairs are needed.
SIGNED_CARDS = {
    "en": [
        "Ten quiet hotels in the forest to unwind",
        "From a cabin to a suite in the treetops, these hotels let you slow down for a while.",
        "By Jane Roe",
        "A new mountain hotel for climbers and hikers",
        "The architect blended Nordic calm with the wood of the valley in every one of its rooms.",
        "By John Doe",
    ],
    "de": [
        "Zehn ruhige Hotels im Wald zum Durchatmen",
        "Ob Hütte, Öko-Resort oder Suite in den Baumkronen: In diesen Hotels kommen Sie zur Ruhe.",
        "Von Anna Beispiel",
        "Neues Hotel in den Bergen für Kletterer und Wanderer",
        "Für das neue Haus verband die Architektin nordische Ruhe mit dem Holz aus der Gegend.",
        "Von Max Muster",
    ],
    "fr": [
        "Dix hôtels calmes en forêt pour souffler",
        "Du chalet à la suite dans les arbres, ces hôtels vous invitent à ralentir un peu.",
        "Par Claire Exemple",
        "Un nouvel hôtel en montagne pour les grimpeurs",
        "L'architecte a marié le calme nordique et le bois de la vallée dans toutes les chambres.",
        "12 mars 2024",
    ],
}


def _cards(lines: list[str]) -> tuple[list[Features], list[Block], set[int]]:
    doc = Document.from_text("\n".join(lines))
    Bylines().annotate(doc)
    signed = {b.index for b in doc.blocks if b.kept is False and b.cleaner == "bylines"}
    return features(doc), [b for b in doc.blocks if b.kept is None], signed


@pytest.mark.parametrize("lang", sorted(SIGNED_CARDS))
def test_two_teaser_cards_signed_by_a_byline_are_a_list(lang: str) -> None:
    feats, blocks, signed = _cards(SIGNED_CARDS[lang])
    assert len(signed) == 2  # the bylines cleaner drops both signatures
    assert _teaser_list(feats, blocks, (0, len(blocks)), signed)


@pytest.mark.parametrize("lang", sorted(SIGNED_CARDS))
def test_two_unsigned_or_half_signed_cards_are_no_list(lang: str) -> None:
    # an article's sections (a subheading over one paragraph) carry no
    # byline each; one signature is no list either
    lines = SIGNED_CARDS[lang]
    feats, blocks, _ = _cards([line for k, line in enumerate(lines) if k % 3 != 2])
    assert not _teaser_list(feats, blocks, (0, len(blocks)), set())
    feats, blocks, signed = _cards(lines[:-1])
    assert len(signed) == 1
    assert not _teaser_list(feats, blocks, (0, len(blocks)), signed)


# A meta line that opens with its date before a bar (segprec4): the date, the
# time, the section, "Comment", no headline, though it names the article's
# terms; a headline that opens with a date and has no bar, or a bar after
# words, stays.
DATED_BARS = {
    "en": "March 3, 2024 | 6:46 am | Valley harvest Comment more articles",
    "fr": "3 mars 2024 | 06:46 | Récolte vallée Commenter autres articles",
    "es": "3 de marzo de 2024 | 06:46 | Cosecha del valle Comentar más artículos",
}


@pytest.mark.parametrize("lang", sorted(DATED_BARS))
def test_a_meta_line_opening_with_its_date_before_a_bar_is_no_headline(lang: str) -> None:
    before, after = CHROME["navigation"][lang]
    out = clean("\n".join([*before, DATED_BARS[lang], *ARTICLE[lang], *after])).splitlines()
    assert DATED_BARS[lang] not in out
    assert out == ARTICLE[lang]


@pytest.mark.parametrize(
    ("lang", "headline"),
    [
        ("en", "March 3, 2024: the valley's harvest comes early"),
        ("de", "Ernte im Tal | Die Bauern beginnen früher"),
        ("fr", "Récolte dans la vallée : les agriculteurs commencent tôt"),
    ],
)
def test_a_headline_with_a_date_or_a_bar_stays(lang: str, headline: str) -> None:
    before, after = CHROME["navigation"][lang]
    out = clean("\n".join([*before, headline, *ARTICLE[lang], *after])).splitlines()
    assert out == [headline, *ARTICLE[lang]]


# A post's meta line: the date, the author, the categories it is filed under
META_LINES = {
    "en": "14/03/2021 Jane Roe All, Garden Tips, News",
    "de": "6. Dezember 2022 von Anna in Garten, Allgemein 0",
    "fr": "Claire Dupont 20 janvier 2020 jardinage, actualités 0 commentaire",
    "es": "Ana García – 05.04.2022 – Huerto, Consejos, Noticias",
}


@pytest.mark.parametrize("lang", sorted(META_LINES))
def test_a_posts_meta_line_goes(lang: str) -> None:
    body = ARTICLE[lang]
    text = "\n".join(["A dry summer in the valley", META_LINES[lang], *body])
    out = clean(text).splitlines()
    assert META_LINES[lang] not in out
    assert all(line in out for line in body)
    assert "a post's meta line" in str(explain(text))


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that names a date and people
        "On 12 May 2024 Jane Roe met the mayor, the council and the press in Berlin.",
        # no full stop, but its list is joined by "and": a sentence's
        "Am 12. März 2024 kamen Anna, Max und Paul",
        # a headline in Title Case with a date and a comma
        "The Harvest Festival Returns on 12 May 2024, Bigger Than Ever Before With New Stalls",
        # a dateline: a place and a date, no list after it
        "Berlin, 12.03.2024",
    ],
)
def test_a_line_with_a_date_and_a_list_is_no_meta_line(line: str) -> None:
    from newsclean.cleaners.bylines import byline_reason

    why = byline_reason(line, len(line.split()), line.endswith("."), load_lexicon(), language="en")
    assert "meta line" not in str(why)


def test_a_sentence_naming_a_date_and_people_stays() -> None:
    body = ARTICLE["en"]
    line = "On 12 May 2024 Jane Roe met the mayor, the council and the press in Berlin."
    out = clean("\n".join(["A dry summer in the valley", body[0], line, body[1], body[2]])).splitlines()
    assert line in out


def test_a_product_grade_is_no_date_of_a_meta_line() -> None:
    from newsclean.cleaners.bylines import _meta_line

    assert not _meta_line("Classic 20-20-20 All Purpose Fertilizer, 8-Ounce", load_lexicon())
    assert _meta_line("2021-03-14 Jane Roe All, Garden Tips, News", load_lexicon())


# Korean and Japanese reporter lines, meta bars and rights notices
# (kobylines): "<name> 기자" alone, with co-authors, the paper's name or the
# reporter's e-mail; "<name>記者"; a date in Han or Hangul units
# ("2024년 3월 12일", "2024年3月12日 10時21分 配信") with a stamp word or a
# short name; a Korean rights notice with the circled c "ⓒ" or "무단전재 ...
# 금지" (as the other lexicons drop "©" and "all rights reserved"; Japanese
# "無断転載を禁じます" was dropped already).
EAST_ASIAN_META = {
    "ko": [
        "김철수 기자",
        "김철수 기자 kim@example.co.kr",
        "김철수·이영희 기자",
        "[예시일보 김철수 기자]",
        "[한빛일보=박영희 특파원]",
        "김철수 기자 (kim@example.co.kr)",
        "입력 2024년 3월 12일 10시 21분",
        "기사입력 2024-03-12 오전 10:21",
        "김철수 기자 2024.03.12 10:21",
        "박영희 기자 2024년 3월 12일",
    ],
    "ja": [
        "山田太郎記者",
        "（山田太郎記者）",
        "毎日新報 山田太郎 記者",
        "2024年3月12日 10時21分 配信",
        "更新 2024年3月12日",
        "2024年3月12日 午後3時05分 更新",
        "佐藤花子 2024年3月12日",
    ],
    "zh": ["2024年3月12日 星期二", "张三 2024年3月12日 10:21"],
}


def _inserted(lang: str, line: str, at: int) -> list[Block]:
    lines = EAST_ASIAN[lang]
    blocks = explain("\n".join([*lines[:at], line, *lines[at:]])).blocks
    assert blocks[at].text == line
    return blocks


@pytest.mark.parametrize(
    ("lang", "line"), [(lang, line) for lang, lines in EAST_ASIAN_META.items() for line in lines]
)
def test_east_asian_reporter_lines_and_dated_meta_lines_go(lang: str, line: str) -> None:
    blocks = _inserted(lang, line, 1)
    assert blocks[1].kept is False, blocks[1]
    assert blocks[1].cleaner in ("bylines", "boilerplate"), blocks[1]
    assert all(b.kept for b in blocks if b.text != line)


EAST_ASIAN_RIGHTS = {
    "ko": [
        "ⓒ 예시일보, 무단전재 및 재배포 금지",
        "Copyright ⓒ Example News",
        "저작권자 © 한빛일보 무단 전재 및 재배포 금지",
        "<저작권자(c) 예시일보, 무단 전재-재배포 금지>",
    ],
}


@pytest.mark.parametrize(
    ("lang", "line"), [(lang, line) for lang, lines in EAST_ASIAN_RIGHTS.items() for line in lines]
)
def test_east_asian_rights_notices_go(lang: str, line: str) -> None:
    assert load_lexicon().pattern(line) == "disclaimers"
    blocks = _inserted(lang, line, len(EAST_ASIAN[lang]))
    assert blocks[-1].kept is False, blocks[-1]
    assert blocks[-1].cleaner != "region", blocks[-1]


# prose that names a reporter, a date or a reprint stays
EAST_ASIAN_META_PROSE = {
    "ko": [
        "김 기자는 현장에서 시민들의 이야기를 들었다고 말했다.",
        "김철수 기자는 지난달 서울 시청을 찾았다.",
        "2024년 3월 12일 서울시는 새로운 교통 정책을 발표했다.",
        "3월 12일 개막하는 축제에는 많은 시민이 참여할 예정이다.",
        "그는 사진을 무단 전재한 혐의로 기소됐다.",
    ],
    "ja": [
        "山田記者は現場で住民の話を聞いた。",
        "2024年3月12日、東京都は新しい計画を発表した。",
        "配信は3月12日10時から始まる予定だ。",
    ],
    "zh": ["2024年3月12日，北京市政府发布了新的交通规划。"],
}


@pytest.mark.parametrize(
    ("lang", "line"), [(lang, line) for lang, lines in EAST_ASIAN_META_PROSE.items() for line in lines]
)
def test_east_asian_prose_naming_a_reporter_or_a_date_stays(lang: str, line: str) -> None:
    lines = EAST_ASIAN[lang]
    assert load_lexicon().pattern(line) is None
    assert clean("\n".join([lines[0], line, *lines[1:]])).splitlines() == [lines[0], line, *lines[1:]]


# A short article right under its header (its headline, named again on the
# page by the breadcrumb, and its byline) is the article, though a longer run
# of text further down that shares none of the headline's words (an account
# dialog, an FAQ) has more evidence: that run is no part of the region.
HEADED_PAGES = {
    "en": (
        "Harbour town votes on new ferry link",
        "By Jane Roe",
        "May 2, 2024",
        "The council of the small harbour town approved on Tuesday a plan for a ferry link to the island, "
        "after months of debate among residents. The first boats are to sail next spring, the mayor said, "
        "if the region pays its share of the cost.",
        [
            "Please enter a valid email address with an @ and an existing domain.",
            "There is no account for this email address, or the password you entered is wrong.",
            "Please choose the name other readers will see next to your comments.",
            "The password must be at least eight characters long and hold a capital letter.",
            "Your registration did not work this time. Please check the details you entered.",
            "We have sent you an email with a link to reset your password within the next minutes.",
            "Your password was changed and you can now sign in again with the new one.",
            "Thank you for registering. Please confirm the link in the email we sent you.",
        ],
    ),
    "de": (
        "Hafenstadt stimmt über neue Fährverbindung ab",
        "Von Anna Schmidt",
        "2. Mai 2024",
        "Der Gemeinderat der kleinen Hafenstadt hat am Dienstag einen Plan für eine Fährverbindung zur Insel "
        "gebilligt, nach monatelangem Streit unter den Anwohnern. Die ersten Schiffe sollen im nächsten "
        "Frühjahr fahren, sagte die Bürgermeisterin, wenn das Land seinen Anteil an den Kosten trägt.",
        [
            "Diese E-Mail-Adresse scheint nicht korrekt zu sein, sie muss ein @ und eine gültige Domain enthalten.",
            "Zu dieser E-Mail-Adresse gibt es kein Konto, oder das eingegebene Passwort ist falsch.",
            "Bitte wähle den Namen, den andere Leser neben deinen Kommentaren sehen werden.",
            "Das Passwort muss mindestens acht Zeichen lang sein und einen Großbuchstaben enthalten.",
            "Leider hat deine Anmeldung diesmal nicht geklappt. Bitte prüfe deine Angaben noch einmal.",
            "Wir haben dir eine E-Mail mit einem Link geschickt, mit dem du dein Passwort neu setzen kannst.",
            "Dein Passwort wurde geändert, und du kannst dich ab sofort mit dem neuen Passwort anmelden.",
            "Danke für deine Registrierung. Bitte bestätige den Link in der E-Mail, die wir dir geschickt haben.",
        ],
    ),
    "fr": (
        "La ville portuaire vote sur une nouvelle liaison par ferry",
        "Par Marie Dupont",
        "2 mai 2024",
        "Le conseil de la petite ville portuaire a approuvé mardi un projet de liaison par ferry vers l'île, "
        "après des mois de débat entre les habitants. Les premiers bateaux devraient partir au printemps "
        "prochain, a indiqué la maire, si la région paie sa part du coût.",
        [
            "Quelles sont les conditions pour ouvrir un compte chez nous en ligne ? Il suffit d'avoir une adresse valide.",
            "Comment modifier mon mot de passe ? Rendez-vous dans votre espace client, rubrique sécurité.",
            "Puis-je annuler ma commande après le paiement ? Oui, dans un délai de quatorze jours.",
            "Combien de temps dure la livraison en France ? En général entre trois et cinq jours ouvrés.",
            "Que faire si mon colis arrive abîmé ? Contactez notre service client avec une photo du colis.",
            "Comment recevoir une facture pour mon achat ? Elle est envoyée par courriel après l'expédition.",
            "Les frais de retour sont-ils gratuits ? Ils le sont pour toute commande de plus de cinquante euros.",
            "Où trouver le suivi de ma commande ? Le numéro de suivi figure dans le courriel de confirmation.",
        ],
    ),
    "es": (
        "El pueblo costero vota una nueva línea de ferry",
        "Por Lucía García",
        "2 de mayo de 2024",
        "El ayuntamiento del pequeño pueblo costero aprobó el martes un plan para una línea de ferry hacia la "
        "isla, tras meses de debate entre los vecinos. Los primeros barcos zarparán la próxima primavera, "
        "dijo la alcaldesa, si la región paga su parte del coste.",
        [
            "¿Cómo puedo crear una cuenta en nuestra tienda? Solo necesita una dirección de correo válida.",
            "¿Cómo cambio mi contraseña? Entre en su área de cliente y abra el apartado de seguridad.",
            "¿Puedo cancelar mi pedido después del pago? Sí, durante los catorce días siguientes a la compra.",
            "¿Cuánto tarda el envío a la península? Normalmente entre tres y cinco días laborables.",
            "¿Qué hago si el paquete llega dañado? Escriba a atención al cliente con una foto del paquete.",
            "¿Cómo obtengo la factura de mi compra? Se la enviamos por correo cuando sale el pedido.",
            "¿Las devoluciones son gratuitas? Lo son para todos los pedidos de más de cincuenta euros.",
            "¿Dónde veo el estado de mi pedido? El número de seguimiento está en el correo de confirmación.",
        ],
    ),
}
HEADED_MENU = [
    "Skip to content",
    "Home",
    "News",
    "Sport",
    "Culture",
    "Search",
    "Log in",
    "Newsletter",
    "Subscribe",
]
# other stories' titles between the article and the long run (chrome, no heading):
# more than ``region_max_gap`` lines, so that the long run would not join the article's
HEADED_TITLES = [
    "Storm closes the coastal road",
    "Museum reopens after repairs",
    "Local team wins the cup final",
    "New bakery opens at the market",
    "Bridge works start in June",
    "Concert season announced",
    "Rail strike called off",
    "School gets a new gym",
    "Harvest festival this weekend",
    "Library extends its hours",
]


def _headed_page(lang: str, rest: list[str] | None = None) -> str:
    headline, byline, stamp, lede, other = HEADED_PAGES[lang]
    lines = [*HEADED_MENU, "1. Home", "2. Politics", f"3. {headline}", headline, byline, stamp, lede]
    return "\n".join(
        [*lines, "Share", "Video", *HEADED_TITLES, "Account", *(other if rest is None else rest)]
    )


@pytest.mark.parametrize("lang", sorted(HEADED_PAGES))
def test_a_short_article_under_its_header_beats_a_longer_run_that_shares_no_word_of_its_headline(
    lang: str,
) -> None:
    headline, _, _, lede, other = HEADED_PAGES[lang]
    out = clean(_headed_page(lang)).splitlines()
    assert out == [headline, lede]
    assert not set(other) & set(out)


@pytest.mark.parametrize("lang", sorted(HEADED_PAGES))
def test_the_article_under_its_header_goes_on_further_down_when_it_shares_the_headline(lang: str) -> None:
    # the run further down speaks of what the headline names: the article
    # goes on there (after a box of other titles), and it stays
    headline = HEADED_PAGES[lang][0]
    words = [w for w in headline.split() if len(w) > 5][:3]
    rest = [
        f"{sentence.rstrip('.')} ({', '.join(words)})." for sentence in HEADED_PAGES[lang][4]
    ]  # (invented: the other run names the headline's words)
    out = clean(_headed_page(lang, rest))
    assert sum(line in out for line in rest) >= len(rest) - 2


# the chrome of the languages with smaller lexicons (Italian, Dutch, Portuguese,
# Polish) and of those with a small one of their own (Turkish, Czech, Hungarian):
# app prompts, tags, errors, follow and sign-up prompts, read-also links, cookie
# notices, rights lines, comment forms, relative timestamps. Each page is invented.
LANG_GAP_ARTICLE = {
    **{lang: MORE_BYLINES[lang][1] for lang in ("it", "pt", "nl", "pl")},
    **{lang: ARTICLE[lang] for lang in ("es", "fr")},
    "tr": [
        "Vadideki çiftçiler bu yıl kurak geçen yaz nedeniyle hasada her zamankinden daha erken başladı.",
        "Bölge meclisi, bir sonraki ekim döneminden önce su kurallarını yeniden gözden geçireceğini açıkladı.",
        "Birçok üretici, kuyularındaki suyun son yirmi yılın en düşük seviyesine indiğini söyledi.",
    ],
    "cs": [
        "Zemědělci v údolí letos začali se sklizní dříve než obvykle, protože léto bylo velmi suché.",
        "Krajská rada uvedla, že pravidla pro odběr vody před další sezónou znovu posoudí.",
        "Několik pěstitelů řeklo, že hladina vody v jejich studnách je nejnižší za posledních dvacet let.",
    ],
    "hu": [
        "A völgy gazdái idén a száraz nyár miatt a szokásosnál korábban kezdték meg az aratást.",
        "A megyei közgyűlés szerint a következő szezon előtt felülvizsgálják a vízhasználat szabályait.",
        "Több termelő elmondta, hogy a kutakban a víz szintje az elmúlt húsz év legalacsonyabb értéke.",
    ],
}
LANG_GAP_CHROME = {
    "es": ["Lee más", "Compartir vía Bluesky"],
    "fr": ["Continuer la lecture"],
    "it": [
        "Apri nell'app",
        "Scarica l'app",
        "Scarica gratis la nostra app di notizie",
        "Ricevi le ultime notizie direttamente sul tuo smartphone",
        "Tag: siccità, agricoltura, acqua",
        "Si è verificato un errore. Riprova più tardi.",
        "Seguici anche su Telegram per restare aggiornato",
        "Iscriviti gratis alla newsletter del mattino per ricevere le notizie",
        "Inserisci il tuo indirizzo e-mail",
        "Puoi annullare l'iscrizione in qualsiasi momento.",
        "Condividi via Bluesky",
    ],
    "nl": [
        "Open in de app",
        "Download onze gratis app voor het laatste nieuws",
        "Ontvang het laatste nieuws direct op je telefoon",
        "Trefwoorden: droogte, landbouw, water",
        "Er is iets misgegaan. Probeer het later opnieuw.",
        "Volg ons ook op Instagram voor het laatste nieuws uit de regio",
        "Schrijf je nu in voor onze gratis nieuwsbrief",
        "Vul je e-mailadres in",
        "Je kunt je op elk moment weer afmelden.",
        "Lees verder",
        "Delen via Bluesky",
    ],
    "pt": [
        "Abrir no app",
        "Baixe o nosso aplicativo gratuito",
        "Receba as últimas notícias no seu celular",
        "Tópicos: seca, agricultura, água",
        "Ocorreu um erro. Tente novamente mais tarde.",
        "Siga-nos no Instagram e no Facebook",
        "Saiba mais: como economizar água no campo",
        "Assine a nossa newsletter diária",
        "Digite o seu e-mail",
        "Pode cancelar a inscrição a qualquer momento.",
        "Compartilhar no WhatsApp",
    ],
    "pl": [
        "Otwórz w aplikacji",
        "Pobierz naszą darmową aplikację",
        "Otrzymuj najnowsze wiadomości na swoim telefonie",
        "Tagi: susza, rolnictwo, woda",
        "Wystąpił błąd. Spróbuj ponownie później.",
        "Obserwuj nas w Google News, aby być na bieżąco",
        "Przeczytaj też: Susza w dolinie trwa",
        "Akceptuję wszystkie pliki cookies",
        "Zapisz się do naszego newslettera",
        "Podaj swój adres e-mail",
        "Możesz w każdej chwili zrezygnować z subskrypcji.",
        "Udostępnij na Twitterze",
        "Fot. PAP/Jan Kowalski",
    ],
    "tr": [
        "Uygulamada aç",
        "Uygulamamızı ücretsiz indirin",
        "İlgili Haber: Kuraklık vadide sürüyor",
        "Bizi Instagram'da takip edin",
        "Paylaş",
        "Sitemizde çerezler kullanılmaktadır.",
        "Tüm hakları saklıdır.",
        "E-posta adresiniz yayınlanmayacak.",
        "Bültenimize abone olun",
        "3 saat önce",
        "Fotoğraf: Ayşe Yılmaz / AA",
        "BURAYA TIKLAYIN",
        "AYRICA BAKINIZ: Kuraklık vadide sürüyor",
        "WhatsApp'ta paylaş",
    ],
    "cs": [
        "Otevřít v aplikaci",
        "Stáhněte si naši mobilní aplikaci",
        "Čtěte také: Sucho v údolí pokračuje",
        "Sledujte nás na Facebooku",
        "Sdílet",
        "Tento web používá soubory cookies.",
        "Všechna práva vyhrazena.",
        "Vaše e-mailová adresa nebude zveřejněna.",
        "Přihlaste se k odběru novinek",
        "před 3 hodinami",
        "Ilustrační foto",
        "Sdílet na Twitteru",
    ],
    "hu": [
        "Megnyitás az alkalmazásban",
        "Töltse le ingyenes alkalmazásunkat",
        "Kapcsolódó cikk: Folytatódik az aszály a völgyben",
        "Kövessen minket a Facebookon",
        "Megosztás",
        "Weboldalunk sütiket használ.",
        "Minden jog fenntartva.",
        "Az e-mail-címet nem tesszük közzé.",
        "Iratkozzon fel hírlevelünkre",
        "3 órája",
        "Fotó: MTI",
        "Megosztás Facebookon",
    ],
}
# prose holding the words of those lines in mid-sentence: it stays
LANG_GAP_PROSE = {
    "es": ["Los vecinos pueden compartir en WhatsApp las fotos de los daños, dijo el alcalde del pueblo."],
    "fr": ["Les habitants ont pu continuer la lecture du rapport lors de la réunion publique de mardi."],
    "it": [
        "Il sindaco ha invitato i cittadini a scaricare l'app del comune per segnalare i guasti alla rete.",
        "Il gruppo ha scritto «Seguici su Facebook» sui volantini per raccogliere adesioni tra i produttori.",
        "Tra gli argomenti discussi: il prezzo dell'acqua e le nuove regole per i pozzi della valle.",
    ],
    "nl": [
        "De gemeente vraagt inwoners om de app van het waterschap te downloaden en schade te melden.",
        "Wie zich inschrijft voor de nieuwsbrief van de coöperatie, krijgt elke week de waterstanden.",
    ],
    "pt": [
        "O prefeito pediu aos moradores que baixem o aplicativo da prefeitura para relatar vazamentos.",
        "Os produtores que quiserem assinar a newsletter da cooperativa recebem os dados da seca.",
    ],
    "pl": [
        "Burmistrz zachęcił mieszkańców, aby pobrali aplikację gminy i zgłaszali awarie wodociągu.",
        "Rolnicy, którzy zapisali się do newslettera spółdzielni, co tydzień dostają dane o suszy.",
        "Fotograf z Krakowa udostępnił na Twitterze zdjęcia wyschniętych studni w dolinie.",
    ],
    "tr": [
        "Belediye başkanı, vatandaşlardan arızaları bildirmek için belediyenin uygulamasını indirmelerini istedi.",
        "Kooperatif, üreticilere bizi takip edin diyerek her hafta su seviyelerini paylaşıyor.",
    ],
    "cs": [
        "Starosta vyzval obyvatele, aby si stáhli aplikaci obce a hlásili poruchy vodovodu.",
        "Zemědělci, kteří čtou také odborný tisk, o suchu věděli dříve než úřady v kraji.",
    ],
    "hu": [
        "A polgármester arra kérte a lakosokat, hogy töltsék le a város alkalmazását a hibák bejelentéséhez.",
        "A szövetkezet hírlevelére sok gazda iratkozott fel, mert abban hetente közlik a vízszintet.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "line"), [(lang, line) for lang, lines in LANG_GAP_CHROME.items() for line in lines]
)
def test_chrome_of_the_smaller_lexicons_goes(lang: str, line: str) -> None:
    body = LANG_GAP_ARTICLE[lang]
    assert clean("\n".join([body[0], line, *body[1:]])).splitlines() == body


@pytest.mark.parametrize(
    ("lang", "line"), [(lang, line) for lang, lines in LANG_GAP_PROSE.items() for line in lines]
)
def test_prose_with_the_words_of_the_smaller_lexicons_stays(lang: str, line: str) -> None:
    body = LANG_GAP_ARTICLE[lang]
    assert clean("\n".join([body[0], line, *body[1:]])).splitlines() == [body[0], line, *body[1:]]


@pytest.mark.parametrize("lang", sorted(LANG_GAP_ARTICLE))
def test_a_page_in_a_language_of_a_smaller_lexicon_is_detected(lang: str) -> None:
    page = [*LANG_GAP_ARTICLE[lang], *LANG_GAP_PROSE[lang]]
    assert explain("\n".join(page)).language == lang


@pytest.mark.parametrize(
    "heading",
    ["İlgili Haberler", "İLGİLİ HABERLER", "Související články", "Kapcsolódó cikkek", "Podobne artykuły"],
)
def test_a_related_heading_of_a_smaller_lexicon_is_one(heading: str) -> None:
    # (a Turkish dotted capital "İ" folds to "i" and a combining dot)
    assert load_lexicon().section_heading(heading) == "related"


# A caption with the enlarge button's label run into it ("Vergrößern <caption>",
# "Enlarge this image <caption>"): the picture's caption, not the article.
ENLARGE_CAPTIONS = {
    "de": "Vergrößern Der neue Steg am Hafen bei Sonnenuntergang.",
    "en": "Enlarge this image The new pier at the harbour at sunset.",
    "fr": "Agrandir l'image Le nouveau ponton du port au coucher du soleil.",
    "es": "Ampliar imagen El nuevo muelle del puerto al atardecer.",
    "it": "Ingrandisci immagine Il nuovo pontile del porto al tramonto.",
    "nl": "Vergroot afbeelding De nieuwe steiger in de haven bij zonsondergang.",
    "pt": "Ampliar imagem O novo cais do porto ao pôr do sol.",
}
# the button's word as a verb of a sentence stays
ENLARGE_PROSE = [
    "Vergrößern Sie die Karte mit einem Klick auf die Lupe, um die Wanderwege zu sehen.",
    "Vergrößern lässt sich der Hafen nur, wenn die Stadt das Grundstück am Kai kauft.",
    "Enlarge the photo with a tap to see the trails on the map.",
    "Agrandir le port coûterait plus de vingt millions d'euros, selon la mairie.",
]


@pytest.mark.parametrize("lang", sorted(ENLARGE_CAPTIONS))
def test_a_caption_with_the_enlarge_label_run_in_is_a_credit(lang: str) -> None:
    assert load_lexicon().pattern(ENLARGE_CAPTIONS[lang]) == "credits"


@pytest.mark.parametrize("line", ENLARGE_PROSE)
def test_a_sentence_opening_with_the_enlarge_verb_is_no_caption(line: str) -> None:
    assert load_lexicon().pattern(line) is None


def test_an_enlarge_caption_between_paragraphs_goes_and_the_paragraphs_stay() -> None:
    paras = [
        "Die Gemeinde hat am Montag den neuen Steg am Hafen eröffnet, sagte die Bürgermeisterin bei der Feier.",
        "Der Bau kostete knapp zwei Millionen Euro und dauerte wegen des Hochwassers länger als geplant.",
    ]
    out = clean("\n".join([paras[0], ENLARGE_CAPTIONS["de"], paras[1]])).splitlines()
    assert out == paras


# A download link with its file type and size, any language ("Jahresbericht
# 2023 PDF | 38 KB | Datei ist nicht barrierefrei", "Download (ZIP 20,5 MB)").
DOWNLOAD_LINKS = [
    "Jahresbericht 2023 PDF | 38 KB | Datei ist nicht barrierefrei",
    "* Merkblatt zur Antragstellung PDF | 151 KB",
    "Download (ZIP 20,5 MB)",
    "Annual report 2023 (PDF, 2.4 MB)",
    "Informe anual PDF - 1,2 MB",
    "Relatório anual (PDF, 850 KB)",
    # the link's text run on to its file type by an extractor
    "Rundschreiben vom 3. Mai 2023PDF | 38 KB | Datei ist nicht barrierefrei",
    "Circular of 3 May 2023PDF, 120 KB",
]
# sentences that name a file and a size stay
DOWNLOAD_PROSE = [
    "The council published a PDF of 40 pages on its website on Monday.",
    "Das Archiv ist 20 MB groß und enthält alle Protokolle seit 2010.",
    "Le fichier PDF fait 3 Mo et peut être imprimé.",
    "In 2023PDF files of up to 10 MB were accepted by the court's portal.",
]


@pytest.mark.parametrize("line", DOWNLOAD_LINKS)
def test_a_download_link_with_its_file_type_and_size_is_chrome(line: str) -> None:
    assert load_lexicon().pattern(line) == "navigation"


@pytest.mark.parametrize("line", DOWNLOAD_PROSE)
def test_a_sentence_naming_a_file_and_its_size_stays(line: str) -> None:
    assert load_lexicon().pattern(line) is None


# A sign-up's double opt-in notice ("Please click the confirmation link in the
# e-mail") and the German sign-up prompts with "den" or "jetzt": a newsletter box.
NEWSLETTER_CONFIRM = [
    "Please click the confirmation link in the email we just sent you.",
    "Now tap the verification link we sent to finish signing up.",
    "Bitte klicken Sie den Bestätigungslink in der E-Mail!",
    "Bitte bestätige deine Anmeldung über den Link in der E-Mail.",
    "Cliquez sur le lien de confirmation dans l'e-mail que nous vous avons envoyé.",
    "Haz clic en el enlace de confirmación que te enviamos por correo.",
    "Clicca sul link di conferma nella email che ti abbiamo inviato.",
    "Klik op de bevestigingslink in de e-mail die we je stuurden.",
    "Clique no link de confirmação enviado para o seu e-mail.",
    "Melden Sie sich jetzt für den Wander-Newsletter an und erhalten Sie jede Woche neue Touren",
    "Abonnieren Sie jetzt unseren Newsletter und verpassen Sie keine Angebote mehr",
]
# a sentence about such a link in an article stays
NEWSLETTER_CONFIRM_PROSE = [
    "The scammers ask their victims to click the confirmation link in a fake email from the bank.",
    "Wer den Bestätigungslink in der E-Mail nicht anklickt, bleibt nach dem Gesetz unangemeldet.",
    "Le juge a estimé que cliquer sur le lien de confirmation valait signature du contrat.",
]


@pytest.mark.parametrize("line", NEWSLETTER_CONFIRM)
def test_a_sign_up_confirmation_notice_is_a_newsletter_prompt(line: str) -> None:
    assert load_lexicon().pattern(line) == "newsletter"


@pytest.mark.parametrize("line", NEWSLETTER_CONFIRM_PROSE)
def test_a_sentence_about_a_confirmation_link_stays(line: str) -> None:
    assert load_lexicon().pattern(line) is None


# the same list of related headlines in Title Case in a dump that prints no
# bullets (a block a line, an extractor's output): three lines or more in a
# row, set in or under the article of an English page
RELATED_TITLE_CASE_PLAIN = [
    "Drought Maps: Where the Wells Ran Dry This Summer",
    "Here's How the Valley Plans to Save Water for Next Year",
    "Council Opens a New Fund for Farmers Hit by the Heat",
    "Why the Old Dam Still Matters to the Towns Downstream",
]


@pytest.mark.parametrize("count", [3, 4])
def test_a_plain_run_of_title_case_headlines_in_the_article_goes(count: int) -> None:
    body = ARTICLE["en"]
    items = RELATED_TITLE_CASE_PLAIN[:count]
    text = "\n".join(["Dry summer speeds up the harvest", body[0], body[1], *items, body[2]])
    out = clean(text).splitlines()
    assert out == ["Dry summer speeds up the harvest", *body]


@pytest.mark.parametrize("count", [3, 4])
def test_a_plain_run_of_title_case_headlines_under_the_article_goes(count: int) -> None:
    body = ARTICLE["en"]
    items = RELATED_TITLE_CASE_PLAIN[:count]
    out = clean("\n".join(["Dry summer speeds up the harvest", *body, *items])).splitlines()
    assert not set(items) & set(out)
    assert all(line in out for line in body)


@pytest.mark.parametrize(
    "items",
    [
        # the article's own subheadings stand one at a time, or two
        ["Where the Wells Ran Dry This Summer"],
        ["Where the Wells Ran Dry This Summer", "How the Valley Plans to Save Water"],
        # a list the text announces is its own (a table of contents)
        [
            "The guide covers these parts:",
            "Getting the Soil Ready for the Seeds",
            "Watering the Beds in the Heat",
            "Picking the Fruit Before the Storms",
        ],
        # names and places: no small word in lower case
        [
            "Blue Harvest Cooperative, Valley Springs, Nevada",
            "Green Acres Farm Supply, Lake Town, Oregon",
            "Red Barn Seed Company, River Bend, Idaho",
        ],
        # one line is a sentence: the article's own points
        [
            "Planting Guide for the Dry Months",
            "the wells are checked every week by the council",
            "Watering the Beds in the Heat",
        ],
    ],
)
def test_the_articles_own_plain_lines_stay(items: list[str]) -> None:
    body = ARTICLE["en"]
    text = "\n".join(["Dry summer speeds up the harvest", body[0], body[1], *items, body[2]])
    out = clean(text).splitlines()
    assert all(line in out for line in body)
    assert all(item in out for item in items)


def test_a_plain_run_of_capitalised_titles_on_a_german_page_stays() -> None:
    # German capitalises its nouns: Title Case tells no headline there
    body = ARTICLE["de"]
    items = [
        "Neue Regeln für die Brunnen im Tal",
        "Hilfe für die Bauern nach dem Sommer",
        "Der Stausee und die Dörfer am Fluss",
    ]
    text = "\n".join(["Trockener Sommer beschleunigt die Ernte", body[0], body[1], *items, body[2]])
    out = clean(text).splitlines()
    assert all(item in out for item in items)


# A product page's spec rows right under the last paragraph of its
# description, with no subheading over them ("Colour: green", "Weight:
# 125 g"), are the description's (invented pages)
SPEC_PAGES = {
    "en": (
        [
            "The repair grease fills small scratches in bearings and protects them from rust for a long time.",
            "Remove the old grease first, then fill the bearing with the new grease up to half of its volume.",
            "The grease suits bicycles, garden tools and small machines, and it keeps working in cold winters as well as in hot summers, so that a bearing treated once runs quietly for many months without any further care.",
        ],
        [
            "Colour: green",
            "Thickener/base oil: lithium soap/mineral oil",
            "Penetration: 220 – 250",
            "Working temperature range: -40 ... +120 °C",
            "Available in: 12 ml, 125 ml, 450 ml, 1 l",
        ],
        ["Additional information", "Reviews", "Write your own review"],
    ),
    "de": (
        [
            "Der Wanderschuh ist leicht, wasserdicht und hält auch auf langen Touren im Gebirge warm und trocken.",
            "Die Sohle greift auf nassem Fels und lässt sich nach vielen Kilometern beim Schuster erneuern.",
            "Wer viel unterwegs ist, schätzt den weichen Schaft, der am Knöchel nicht drückt, und die Schnürung, die sich mit einem Griff nachziehen lässt, wenn der Weg steiler wird und der Fuß mehr Halt braucht.",
        ],
        [
            "Farbe: anthrazit",
            "Obermaterial: Nubukleder",
            "Gewicht: 540 g",
            "Futter: wasserdichte Membran mit Netzgewebe",
            "Lieferbar: Größen 38 bis 47, auch in halben Größen",
        ],
        ["Zusatzinformation", "Bewertungen", "Schreiben Sie Ihre eigene Kundenmeinung"],
    ),
    "fr": (
        [
            "Cette lampe de bureau éclaire toute la table sans éblouir et se replie pour tenir dans un tiroir.",
            "La tête pivote dans tous les sens et la lumière se règle du blanc chaud au blanc froid en un geste.",
            "Le pied lesté tient la lampe bien droite même quand le bras est tendu, et la prise placée dans le socle permet de recharger un téléphone pendant que vous travaillez ou lisez le soir.",
        ],
        [
            "Couleur : noir mat",
            "Matériau : aluminium",
            "Puissance : 8 W",
            "Hauteur : de 30 à 45 cm selon le bras",
            "Disponible : en noir, en blanc et en laiton",
        ],
        ["Informations complémentaires", "Avis", "Donnez votre avis"],
    ),
    "es": (
        [
            "La mochila reparte el peso entre los hombros y la cadera y deja pasar el aire por la espalda.",
            "El bolsillo superior guarda el móvil y las llaves, y la funda para la lluvia va dentro del fondo.",
            "Las correas se ajustan con una sola mano mientras caminas, y el compartimento principal se abre del todo para que encuentres lo que buscas sin tener que vaciar la mochila en el suelo.",
        ],
        [
            "Color: azul marino",
            "Capacidad: 28 litros",
            "Peso: 950 g",
            "Material: poliéster reciclado con refuerzos",
            "Disponible en: azul, negro, verde y gris claro",
        ],
        ["Información adicional", "Opiniones", "Escribe tu opinión"],
    ),
}


def _spec_page(lang: str, rows: list[str] | None = None) -> str:
    paragraphs, specs, chrome = SPEC_PAGES[lang]
    foot = [
        "Imprint",
        "Privacy",
        "Contact",
        "Terms",
        "Shipping",
        "Returns",
        "Newsletter",
        "Facebook",
        "Instagram",
    ]
    return "\n".join(
        [*HEADED_MENU, *paragraphs, *(specs if rows is None else rows), *chrome, *HEADED_TITLES[:4], *foot]
    )


@pytest.mark.parametrize("lang", sorted(SPEC_PAGES))
def test_spec_rows_under_a_product_description_stay_with_it(lang: str) -> None:
    paragraphs, specs, chrome = SPEC_PAGES[lang]
    out = clean(_spec_page(lang)).splitlines()
    assert out[-len(specs) :] == specs
    assert all(p in out for p in paragraphs)
    assert not set(chrome) & set(out)


@pytest.mark.parametrize("lang", sorted(SPEC_PAGES))
def test_a_few_label_rows_or_sentences_with_a_colon_under_a_description_are_no_spec_sheet(lang: str) -> None:
    # three rows are no sheet (a page's own "Category: ...", "Views: ..."), nor
    # are lines that end a sentence ("Note: keep it away from children.")
    paragraphs, specs, _ = SPEC_PAGES[lang]
    out = clean(_spec_page(lang, specs[:3])).splitlines()
    assert all(p in out for p in paragraphs)
    assert not set(specs[:3]) & set(out)
    sentences = [f"{row}." for row in specs]
    out = clean(_spec_page(lang, sentences)).splitlines()
    assert not set(sentences) & set(out)


# A tab's or an accordion's heading that the dump gives twice, word for word,
# right above a short note with a date under it (a booking calendar's hint and
# its "last updated" line) is no headline the page names again: the note is
# no article's header, and the page's long run further down is not given up
# for it (a breadcrumb's last item right above a headline, "3. <headline>",
# still names it: see the tests of the article's header above)
TWIN_TABS = {
    "en": (
        "Choose your travel dates online",
        "Please pick your day of arrival in the calendar, and the days on which you may leave are then shown to you.",
        "Last updated on 14 March 2021",
    ),
    "de": (
        "Ihre Reisedaten bequem online auswählen",
        "Bitte wählen Sie im Kalender den Tag Ihrer Anreise. Danach werden Ihnen die Tage angezeigt, an denen "
        "eine Abreise möglich ist, und Sie können einen davon wählen.",
        "Zuletzt aktualisiert am 14.03.2021",
    ),
    "fr": (
        "Choisir vos dates de séjour en ligne",
        "Veuillez choisir votre jour d'arrivée dans le calendrier, puis les jours de départ possibles vous seront proposés.",
        "Mis à jour le 14 mars 2021",
    ),
    "es": (
        "Elegir las fechas del viaje en línea",
        "Elija en el calendario su día de llegada, y después se le mostrarán los días en los que puede salir.",
        "Actualizado el 14 de marzo de 2021",
    ),
}


@pytest.mark.parametrize("lang", sorted(TWIN_TABS))
def test_a_heading_given_twice_in_a_row_heads_no_article(lang: str) -> None:
    heading, note, stamp = TWIN_TABS[lang]
    other = HEADED_PAGES[lang][4]
    text = "\n".join(
        [*HEADED_MENU, heading, heading, note, stamp, "Share", "Video", *HEADED_TITLES, "Account", *other]
    )
    doc = Pipeline().document(text)
    assert doc.blocks[len(HEADED_MENU) + 3].cleaner == "bylines"  # the date under the note
    out = clean(text).splitlines()
    assert note not in out
    assert sum(line in out for line in other) >= len(other) - 2


# An author box under the article: a heading that names the author, one to
# three lines of bio, and the link to the author's posts that names the same
# author; the name in both lines is the evidence that the bio is the box's
AUTHOR_BOXES = {
    "en": (
        "About Jane Roe",
        "Jane writes about rivers, towns and the people who live on them.",
        "View all posts by Jane Roe →",
    ),
    "de": (
        "Über Anna Schmidt",
        "Anna schreibt über Gärten, Städte und die Menschen darin.",
        "Zeige alle Beiträge von Anna Schmidt »",
    ),
    "fr": (
        "À propos de Marie Dupont",
        "Marie écrit sur les jardins, les villes et ceux qui les habitent.",
        "Voir tous les articles de Marie Dupont",
    ),
    "es": (
        "Acerca de Lucía Gómez",
        "Lucía escribe sobre jardines, ciudades y la gente que las habita.",
        "Ver todas las entradas de Lucía Gómez →",
    ),
    "it": (
        "Informazioni su Marco Rossi",
        "Marco scrive di giardini, di città e di chi le abita.",
        "Visualizza tutti gli articoli di Marco Rossi",
    ),
    "nl": (
        "Over Sanne de Vries",
        "Sanne schrijft over tuinen, steden en de mensen die er wonen.",
        "Bekijk alle berichten van Sanne de Vries",
    ),
    "pt": (
        "Sobre Ana Costa",
        "Ana escreve sobre jardins, cidades e as pessoas que as habitam.",
        "Ver todos os posts de Ana Costa",
    ),
}
AUTHOR_BOX_ARTICLE = [
    "The council voted on Tuesday to build a new bridge over the river, officials said after the long meeting.",
    "Work on the bridge will start in May and should end two years later, the mayor told reporters at the town hall.",
    "Residents had asked for a second crossing for more than a decade, as the old bridge is closed every winter.",
]


@pytest.mark.parametrize("lang", sorted(AUTHOR_BOXES))
def test_an_author_box_naming_its_author_twice_goes(lang: str) -> None:
    heading, bio, link = AUTHOR_BOXES[lang]
    text = "\n".join(
        ["Menu", "Home", "Bridge vote", *AUTHOR_BOX_ARTICLE, heading, bio, link, "Related posts"]
    )
    ex = explain(text)
    box = [b for b in ex.blocks if b.text in (heading, bio)]
    assert [b.cleaner for b in box] == ["boilerplate", "boilerplate"]
    out = ex.text.splitlines()
    assert all(p in out for p in AUTHOR_BOX_ARTICLE)
    assert not {heading, bio, link} & set(out)


@pytest.mark.parametrize("lang", sorted(AUTHOR_BOXES))
def test_a_paragraph_above_a_posts_link_under_no_heading_naming_the_author_stays_undecided(lang: str) -> None:
    # the heading names someone else (or nobody): the lines above the link are
    # no box the boilerplate cleaner knows
    _, bio, link = AUTHOR_BOXES[lang]
    for heading in ("The new bridge", "Jane Doe"):
        text = "\n".join(["Menu", "Home", "Bridge vote", *AUTHOR_BOX_ARTICLE, heading, bio, link])
        ex = explain(text)
        assert [b.cleaner for b in ex.blocks if b.text in (heading, bio)] != ["boilerplate", "boilerplate"]
        assert all(p in ex.text.splitlines() for p in AUTHOR_BOX_ARTICLE)


# A line that opens with a byline's word inside a sentence ("… und die Pläne" /
# "von Architekten, Planern, Bürgern,") is prose, not a byline: the block before
# runs on into it (a comma, a function word) or it runs on itself with a comma.
# A byline block that runs on ("By Jane Doe and") takes the names under it.
RUN_ON_BY = {
    "en": (
        "The plan for the new school was backed on Tuesday by the members of the board and",
        "by Teachers, Parents, Pupils,",
        "who had all asked for it for many years. The work will start in the spring, officials said.",
    ),
    "de": (
        "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, und die Pläne",
        "von Architekten, Planern, Bürgern,",
        "die sich beteiligt haben, wurden angenommen. Die Sprecherin sagte, das sei ein guter Tag für die Stadt.",
    ),
    "fr": (
        "Le projet de la nouvelle école a été soutenu mardi par les membres du conseil et",
        "par Enseignants, Parents, Élèves,",
        "qui le demandaient depuis des années. Les travaux commenceront au printemps, a indiqué la mairie.",
    ),
    "es": (
        "El proyecto de la nueva escuela fue apoyado el martes por los miembros del consejo y",
        "por Maestros, Padres, Alumnos,",
        "que lo pedían desde hace años. Las obras empezarán en primavera, informó el ayuntamiento.",
    ),
}
BYLINE_BLOCKS = {
    "en": ("Council backs the new budget", "By Jane Doe and", "John Roe"),
    "de": ("Stadtrat beschließt den Haushalt", "Von Anna Muster und", "Max Beispiel"),
    "fr": ("Le conseil vote le budget", "Par Marie Dupont et", "Jean Martin"),
    "es": ("El consejo aprueba el presupuesto", "Por María López y", "Juan García"),
}


@pytest.mark.parametrize("lang", sorted(RUN_ON_BY))
def test_a_line_opening_with_by_inside_a_sentence_is_no_byline(lang: str) -> None:
    before, line, after = RUN_ON_BY[lang]
    body = RUN_ON_BY[lang][2]
    doc = Pipeline().document("\n".join([before, line, after, body, body + " " + body]))
    assert doc.blocks[1].cleaner != "bylines"


@pytest.mark.parametrize("lang", sorted(BYLINE_BLOCKS))
def test_a_byline_running_on_takes_the_names_under_it(lang: str) -> None:
    title, first, second = BYLINE_BLOCKS[lang]
    body = RUN_ON_BY[lang][2]
    doc = Pipeline().document("\n".join([title, first, second, body, body + " " + body]))
    assert [b.cleaner for b in doc.blocks[1:3]] == ["bylines", "bylines"]
    assert clean("\n".join([title, first, second, body])).splitlines()[-1] == body
    # a sentence under a byline's line is no name
    doc = Pipeline().document("\n".join([title, first, "The council said so.", body]))
    assert doc.blocks[2].cleaner != "bylines"


# A link to another story set in capitals between two paragraphs of the
# article (eight words or more, no full stop, question mark or colon at its
# end) goes; the article's own subheadings in capitals are shorter, an
# interview's name their speaker before a colon, and a sentence in capitals
# ends with a full stop: they stay
CAPS_LINK_PAGES = {
    "en": (
        [
            "The council voted on Tuesday evening to close the old bridge for repairs over the whole winter.",
            "Drivers will have to use the ring road, which adds about ten minutes to the trip into town.",
            "The works are expected to cost around four million pounds, according to the city engineer.",
        ],
        "HARBOUR WORKERS WALK OUT AS PAY TALKS WITH THE PORT COLLAPSE",
        "HOW TO PLAN YOUR TRIP",
        "MAYOR: WE HAVE NO OTHER CHOICE THIS WINTER",
    ),
    "de": (
        [
            "Der Gemeinderat hat am Dienstagabend beschlossen, die alte Brücke den ganzen Winter zu sperren.",
            "Autofahrer müssen über die Umgehungsstraße fahren, was etwa zehn Minuten mehr in die Stadt kostet.",
            "Die Arbeiten sollen nach Angaben des Stadtbaumeisters rund vier Millionen Euro kosten.",
        ],
        "HAFENARBEITER LEGEN DIE ARBEIT NIEDER, NACHDEM DIE TARIFGESPRÄCHE MIT DEM HAFEN GESCHEITERT SIND",
        "SO PLANEN SIE IHRE FAHRT",
        "BÜRGERMEISTERIN: WIR HABEN IN DIESEM WINTER KEINE ANDERE WAHL",
    ),
    "fr": (
        [
            "Le conseil municipal a décidé mardi soir de fermer le vieux pont pendant tout l'hiver pour travaux.",
            "Les automobilistes devront emprunter la rocade, ce qui ajoute une dizaine de minutes pour aller en ville.",
            "Les travaux devraient coûter environ quatre millions d'euros, selon l'ingénieur de la ville.",
        ],
        "LES DOCKERS CESSENT LE TRAVAIL APRÈS L'ÉCHEC DES NÉGOCIATIONS SALARIALES AVEC LE PORT",
        "COMMENT PRÉPARER VOTRE TRAJET",
        "LE MAIRE : NOUS N'AVONS PAS D'AUTRE CHOIX CET HIVER",
    ),
    "es": (
        [
            "El ayuntamiento decidió el martes por la noche cerrar el viejo puente durante todo el invierno por obras.",
            "Los conductores tendrán que usar la circunvalación, lo que añade unos diez minutos para llegar al centro.",
            "Las obras costarán unos cuatro millones de euros, según el ingeniero municipal de la ciudad.",
        ],
        "LOS ESTIBADORES DEJAN DE TRABAJAR TRAS EL FRACASO DE LAS NEGOCIACIONES CON EL PUERTO",
        "CÓMO PLANIFICAR SU VIAJE",
        "ALCALDESA: NO TENEMOS OTRA OPCIÓN ESTE INVIERNO EN LA CIUDAD",
    ),
}


def _caps_page(paragraphs: list[str], middle: str) -> str:
    return "\n".join(
        ["Home", "News", "Local", paragraphs[0], paragraphs[1], middle, paragraphs[2], "Share", "Print"]
    )


@pytest.mark.parametrize("lang", sorted(CAPS_LINK_PAGES))
def test_a_headline_in_capitals_between_two_paragraphs_is_a_link(lang: str) -> None:
    paragraphs, link, _, _ = CAPS_LINK_PAGES[lang]
    text = _caps_page(paragraphs, link)
    out = clean(text).splitlines()
    assert link not in out
    assert all(p in out for p in paragraphs)
    [block] = [b for b in explain(text).blocks if b.text == link]
    assert block.cleaner == "teasers"


@pytest.mark.parametrize("lang", sorted(CAPS_LINK_PAGES))
def test_a_subheading_or_a_sentence_in_capitals_stays(lang: str) -> None:
    paragraphs, link, subheading, speaker = CAPS_LINK_PAGES[lang]
    # a short subheading, an interview's "NAME: words", a sentence with a full stop
    for middle in (subheading, speaker, link + "."):
        blocks = explain(_caps_page(paragraphs, middle)).blocks
        [block] = [b for b in blocks if b.text == middle]
        assert block.cleaner != "teasers"
    # not between two paragraphs: under a line that ends no sentence
    page = "\n".join(
        ["Home", "News", paragraphs[0], "Read the council's notice", link, paragraphs[2], "Share"]
    )
    [block] = [b for b in explain(page).blocks if b.text == link]
    assert block.cleaner != "teasers"


# the last words of a paragraph, a link (the dump left out the full stop after it)
CAPS_LINK_TAILS = {
    "en": "as the transport office explained in its winter guide for commuters",
    "de": "wie das Verkehrsamt in seinem Winterratgeber für Pendler erklärt",
    "fr": "comme l'explique le service des transports dans son guide d'hiver",
    "es": "como explica la oficina de transportes en su guía de invierno",
}


@pytest.mark.parametrize("lang", sorted(CAPS_LINK_PAGES))
def test_a_link_in_capitals_under_a_long_paragraph_ending_in_a_link_goes(lang: str) -> None:
    # the paragraph above ends with a link, the full stop left out after it
    # (twenty words or more): the link in capitals under it goes all the same
    paragraphs, link, subheading, _ = CAPS_LINK_PAGES[lang]
    runon = paragraphs[1].rstrip(".") + " " + CAPS_LINK_TAILS[lang]
    text = _caps_page([paragraphs[0], runon, paragraphs[2]], link)
    out = clean(text).splitlines()
    assert link not in out
    assert runon in out
    assert paragraphs[2] in out
    # a short subheading there stays, and so does the link under a short line
    # ending no sentence
    [block] = [
        b
        for b in explain(_caps_page([paragraphs[0], runon, paragraphs[2]], subheading)).blocks
        if b.text == subheading
    ]
    assert block.cleaner != "teasers"
    short = " ".join(paragraphs[1].split()[:12]).rstrip(".,")
    [block] = [
        b for b in explain(_caps_page([paragraphs[0], short, paragraphs[2]], link)).blocks if b.text == link
    ]
    assert block.cleaner != "teasers"


# -- the cells of a table an extractor prints are no repeats ---------------------
# (an extractor prints a table's cells one a line, ending with a bar, or its
# rows between bars: two rows with the same value, or a header over each of
# two tables, repeat a cell the text gave already, and keep it)
TABLE_CELLS = {
    "en": ("Pos | Player | Snaps |", "No stats recorded this week. |", "Injured and did not play. |"),
    "de": (
        "| Pos. | Spieler | Einsätze |",
        "| Keine Statistik erfasst bisher |",
        "| Verletzt und nicht gespielt |",
    ),
    "fr": (
        "Poste | Joueur | Matchs |",
        "Aucune statistique enregistrée encore. |",
        "Blessé et absent du match. |",
    ),
    "es": (
        "| Pos. | Jugador | Partidos |",
        "| Sin estadísticas registradas aún |",
        "| Lesionado y no jugó |",
    ),
}


@pytest.mark.parametrize("lang", sorted(TABLE_CELLS))
def test_the_cells_of_a_table_repeated_are_kept(lang: str) -> None:
    header, empty, injured = TABLE_CELLS[lang]
    body = ARTICLE[lang]
    lines = [body[0], header, empty, injured, body[1], header, empty, empty, body[2]]
    doc = Document.from_text("\n".join(lines))
    Region(length_only_weights()).annotate(doc)
    assert doc.render().splitlines() == lines


def test_a_sentence_repeated_in_the_article_still_keeps_one_copy() -> None:
    # (a line with no bar is no cell: the copy of a line goes as before)
    body = ARTICLE["en"]
    note = "No stats were recorded this week for the team."
    doc = Document.from_text("\n".join([body[0], note, body[1], note, body[2]]))
    Region(length_only_weights()).annotate(doc)
    assert doc.render().splitlines() == [body[0], note, body[1], body[2]]


# A share bar between the article's lede and its next paragraph: widget labels
# the lexicon knows ("Copy link", "Print") and buttons it does not ("Copy
# text", "Download chart") among them. The unknown buttons are part of the bar,
# no gap that ends the article: the region grows across the bar to the
# paragraph under it (the bar's lines stay out)
SHARE_BAR_PAGES = {
    "en": (
        "Fewer parties on the ballot than ever",
        "After an election the news mostly reports the winners and the results of the large parties, while the "
        "many small parties that stood are hardly ever named at all in the reports. Yet in the last election more "
        "than forty parties were on the ballot, and in some regions voters could choose between almost thirty of "
        "them. Our map shows how many parties stood in each region and which of them won seats.",
        ["Download chart", "Share", "Copy link", "Print", "Copy text", "Download text"],
        "Because there are so many of them and most stand in only a few regions with a list of their own, "
        "we have limited the map to the largest ones. The full list of all parties is on the website of the "
        "electoral office.",
    ),
    "de": (
        "So wenige Parteien auf dem Stimmzettel wie nie",
        "Nach einer Wahl werden in den Nachrichten meist nur die Gewinner und die Ergebnisse der großen Parteien "
        "genannt, während die vielen kleinen Parteien, die angetreten sind, kaum erwähnt werden. Dabei standen bei "
        "der letzten Wahl mehr als vierzig Parteien auf dem Stimmzettel, und in manchen Ländern konnten die Wähler "
        "zwischen fast dreißig wählen. Unsere Karte zeigt, wie viele Parteien in jedem Land angetreten sind.",
        ["Grafik herunterladen", "Teilen", "Link kopieren", "Drucken", "Text kopieren", "Text herunterladen"],
        "Weil es so viele sind und die meisten nur in wenigen Ländern mit einer eigenen Liste antreten, haben "
        "wir uns auf die größten beschränkt. Die ganze Liste aller Parteien steht auf der Seite der "
        "Wahlleitung.",
    ),
    "fr": (
        "Jamais si peu de partis sur le bulletin",
        "Après une élection, les journaux ne parlent le plus souvent que des gagnants et des résultats des grands "
        "partis, tandis que les nombreux petits partis qui se sont présentés sont à peine cités. Pourtant, lors de "
        "la dernière élection, plus de quarante partis figuraient sur le bulletin, et dans certaines régions les "
        "électeurs pouvaient choisir entre près de trente. Notre carte montre combien de partis se sont présentés.",
        [
            "Télécharger le graphique",
            "Partager",
            "Copier le lien",
            "Imprimer",
            "Copier le texte",
            "Télécharger le texte",
        ],
        "Comme ils sont très nombreux et que la plupart ne se présentent que dans quelques régions avec une liste "
        "propre, nous nous sommes limités aux plus grands. La liste complète de tous les partis se trouve sur le "
        "site de la commission électorale.",
    ),
    "es": (
        "Nunca hubo tan pocos partidos en la papeleta",
        "Después de unas elecciones, las noticias suelen hablar solo de los ganadores y de los resultados de los "
        "grandes partidos, mientras que los muchos partidos pequeños que se presentaron apenas se mencionan. Sin "
        "embargo, en las últimas elecciones hubo más de cuarenta partidos en la papeleta, y en algunas regiones los "
        "votantes podían elegir entre casi treinta. Nuestro mapa muestra cuántos partidos se presentaron.",
        ["Descargar gráfico", "Compartir", "Copiar enlace", "Imprimir", "Copiar texto", "Descargar texto"],
        "Como son tantos y la mayoría solo se presenta en unas pocas regiones con una lista propia, nos hemos "
        "limitado a los más grandes. La lista completa de todos los partidos está en la página de la junta "
        "electoral.",
    ),
}
SHARE_BAR_MENU = ["Home", "Newsletter", "About us", "Jobs", "Imprint", "Privacy", "Menu", "Politics"]
SHARE_BAR_FOOTER = ["Current issue", "Subscribe", "Authors", "Latest articles", "Imprint", "Privacy"]


def _share_bar_article(lang: str) -> list[str]:
    # the article's first two paragraphs: the lede's first two sentences, its third
    sentences = SHARE_BAR_PAGES[lang][1].split(". ")
    return [". ".join(sentences[:2]) + ".", ". ".join(sentences[2:])]


def _share_bar_page(lang: str, bar: list[str]) -> str:
    headline, _, _, rest = SHARE_BAR_PAGES[lang]
    head = [f"{headline} | Example", *SHARE_BAR_MENU, headline, "By Anna Example", "12 March 2024"]
    return "\n".join([*head, *_share_bar_article(lang), *bar, rest, *SHARE_BAR_FOOTER])


@pytest.mark.parametrize("lang", sorted(SHARE_BAR_PAGES))
def test_the_article_goes_on_under_a_share_bar_with_unknown_buttons(lang: str) -> None:
    _, _, bar, rest = SHARE_BAR_PAGES[lang]
    out = clean(_share_bar_page(lang, bar)).splitlines()
    assert all(p in out for p in _share_bar_article(lang))
    assert rest in out
    assert not set(bar) & set(out)


@pytest.mark.parametrize("lang", sorted(SHARE_BAR_PAGES))
def test_short_lines_with_no_share_label_among_them_are_still_a_gap(lang: str) -> None:
    # the same short lines with no label the lexicon knows among them are no
    # share bar: a gap of three lines that ends the article
    _, _, bar, rest = SHARE_BAR_PAGES[lang]
    unknown = [bar[0], bar[4], bar[5]]
    out = clean(_share_bar_page(lang, unknown)).splitlines()
    assert all(p in out for p in _share_bar_article(lang))
    assert rest not in out


# A shop's description of its product: the feature list under a "Product
# description" heading after the text is the page's content, as a recipe's
# ingredients are (the sections cleaner's content headings)
PRODUCT_DESCRIPTIONS = {
    "en": (
        "Product description:",
        [
            "Lightest harness in its class, only 70 grams",
            "Packs down to the size of a wallet",
            "Adjustable waist belt with elastic cord",
            "Gear loops made of hard-wearing polyethylene",
            "Very breathable",
        ],
    ),
    "de": (
        "Produktbeschreibung:",
        [
            "Leichtester Gurt seiner Klasse, nur 70 Gramm",
            "Verpackt nicht größer als eine Geldbörse",
            "Verstellbarer Hüftgurt mit elastischer Schnur",
            "Materialschlaufen aus strapazierfähigem Polyethylen",
            "Sehr atmungsaktiv",
        ],
    ),
    "fr": (
        "Description du produit :",
        [
            "Le baudrier le plus léger de sa catégorie, 70 grammes seulement",
            "Une fois plié, pas plus grand qu'un portefeuille",
            "Ceinture réglable avec cordon élastique",
            "Porte-matériel en polyéthylène très résistant",
            "Très respirant",
        ],
    ),
    "es": (
        "Descripción del producto:",
        [
            "El arnés más ligero de su clase, solo 70 gramos",
            "Plegado no es más grande que una cartera",
            "Cinturón regulable con cordón elástico",
            "Portamateriales de polietileno muy resistente",
            "Muy transpirable",
        ],
    ),
    "it": (
        "Descrizione del prodotto:",
        [
            "L'imbracatura più leggera della sua categoria, solo 70 grammi",
            "Piegata non è più grande di un portafoglio",
            "Cintura regolabile con cordino elastico",
            "Portamateriali in polietilene molto resistente",
            "Molto traspirante",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(PRODUCT_DESCRIPTIONS))
def test_the_feature_list_under_a_product_description_stays_with_the_text(lang: str) -> None:
    heading, items = PRODUCT_DESCRIPTIONS[lang]
    article = ARTICLE.get(lang, ARTICLE["en"])
    menu = CHROME["navigation"]["en"][0]
    text = "\n".join([*menu, *article, heading, *items, *menu])
    out = clean(text).splitlines()
    for line in [*article, *items]:
        assert line in out, f"lost: {line!r}"
    for line in menu:
        assert line not in out


def test_product_descriptions_are_content_headings_and_similar_news_related_ones() -> None:
    lex = load_lexicon()
    for heading, _ in PRODUCT_DESCRIPTIONS.values():
        assert lex.section_heading(heading) == "content", heading
    for heading in ("Productbeschrijving", "Descrição do produto", "Opis produktu"):
        assert lex.section_heading(heading) == "content", heading
    # (German "similar news", as the other lexicons have it)
    assert lex.section_heading("Ähnliche Neuigkeiten:") == "related"
    assert lex.section_heading("Produkte") is None


# a page of short lines with no article region (a photo's data, an event's
# details): the text is kept as it is, but for what lies under a comment or
# related-content heading (a sidebar's blurb, other events), which is no part
# of the article wherever it is
NO_REGION_COMMENTS = {
    "en": (
        ["Home", "News", "Gallery"],
        [
            "Sunset over the harbour",
            "Taken with a long lens at dusk, the boats coming home after the storm",
            "Camera: Example X100",
            "Lens: 50 mm",
            "Place: Old harbour",
        ],
        ["Leave a Reply", "Your email address will not be published.", "Name *", "Email *", "Website"],
        [
            "Harbour Light was a monthly magazine for amateur photographers in the north. "
            "It closed in 2015 after twenty years.",
            "Books for beginners",
            "Order now",
        ],
    ),
    "de": (
        ["Startseite", "News", "Galerie"],
        [
            "Sonnenuntergang am Hafen",
            "Mit dem Teleobjektiv aufgenommen, die Boote kommen nach dem Sturm heim",
            "Kamera: Beispiel X100",
            "Objektiv: 50 mm",
            "Ort: Alter Hafen",
        ],
        [
            "Schreibe einen Kommentar",
            "Deine E-Mail-Adresse wird nicht veröffentlicht.",
            "Name *",
            "E-Mail *",
            "Website",
        ],
        [
            "Hafenlicht war eine Zeitschrift für Hobbyfotografen im Norden. "
            "Sie wurde nach zwanzig Jahren im Jahr 2015 eingestellt.",
            "Bücher für Einsteiger",
            "Jetzt bestellen",
        ],
    ),
    "fr": (
        ["Accueil", "Actualités", "Galerie"],
        [
            "Coucher de soleil sur le port",
            "Pris au téléobjectif au crépuscule, les bateaux rentrant après la tempête",
            "Appareil : Exemple X100",
            "Objectif : 50 mm",
            "Lieu : Vieux port",
        ],
        [
            "Laisser un commentaire",
            "Votre adresse e-mail ne sera pas publiée.",
            "Nom *",
            "E-mail *",
            "Site web",
        ],
        [
            "Lumière du port était un magazine mensuel pour les photographes amateurs du nord. "
            "Il a cessé de paraître en 2015.",
            "Livres pour débutants",
            "Commander",
        ],
    ),
    "es": (
        ["Inicio", "Noticias", "Galería"],
        [
            "Atardecer en el puerto",
            "Tomada con teleobjetivo al anochecer, los barcos volviendo tras la tormenta",
            "Cámara: Ejemplo X100",
            "Objetivo: 50 mm",
            "Lugar: Puerto viejo",
        ],
        [
            "Deja una respuesta",
            "Tu dirección de correo electrónico no será publicada.",
            "Nombre *",
            "Correo electrónico *",
            "Web",
        ],
        [
            "Luz del Puerto fue una revista mensual para fotógrafos aficionados del norte. "
            "Cerró en 2015 tras veinte años.",
            "Libros para principiantes",
            "Comprar ahora",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(NO_REGION_COMMENTS))
def test_with_no_region_the_text_under_a_comment_heading_still_goes(lang: str) -> None:
    menu, text, form, aside = NO_REGION_COMMENTS[lang]
    assert clean("\n".join([*menu, *text, *form, *aside])).splitlines() == text


NO_REGION_RELATED = {
    "en": (
        [
            "Harbour market",
            "This event has already taken place.",
            "Address: 45 Quay Street, Northport",
            "Stalls, music and old crafts on the quay, as every spring",
        ],
        "Related posts",
        [
            "A choir and a brass band play by candlelight in the old church, as they do every December.",
            "Christmas fair",
        ],
    ),
    "de": (
        [
            "Historischer Markt",
            "Diese Veranstaltung ist bereits vorbei.",
            "Anschrift: Hafenstraße 45, Nordhafen",
            "Stände, Musik und altes Handwerk am Kai, wie in jedem Frühjahr",
        ],
        "Ähnliche Beiträge",
        [
            "Ein Chor und eine Blaskapelle spielen bei Kerzenschein in der alten Kirche, wie jeden Dezember.",
            "Weihnachtsmarkt",
        ],
    ),
    "fr": (
        [
            "Marché du port",
            "Cet événement est déjà passé.",
            "Adresse : 45 rue du Quai, Portnord",
            "Des stands, de la musique et de vieux métiers sur le quai, comme chaque printemps",
        ],
        "Articles similaires",
        [
            "Une chorale et une fanfare jouent à la bougie dans la vieille église, comme chaque décembre.",
            "Marché de Noël",
        ],
    ),
    "es": (
        [
            "Mercado del puerto",
            "Este evento ya ha terminado.",
            "Dirección: Calle del Muelle 45, Puertonorte",
            "Puestos, música y oficios antiguos en el muelle, como cada primavera",
        ],
        "Artículos relacionados",
        [
            "Un coro y una banda tocan a la luz de las velas en la vieja iglesia, como cada diciembre.",
            "Mercado de Navidad",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(NO_REGION_RELATED))
def test_with_no_region_the_text_under_a_related_heading_still_goes(lang: str) -> None:
    text, heading, teasers = NO_REGION_RELATED[lang]
    # (a teaser's title right under the heading, the sections cleaner drops)
    lines = ["Home", "Contact", *text, heading, "Winter concert", *teasers]
    assert clean("\n".join(lines)).splitlines() == text


def test_with_no_region_a_text_wholly_under_a_heading_is_kept_as_it_is() -> None:
    # (with no text under no heading, nothing tells the article: kept as it is)
    _, _, _, aside = NO_REGION_COMMENTS["en"]
    text = "\n".join(["Leave a Reply", *aside])
    assert clean(text).splitlines() == aside


# (a "Read also: <title>" link inside such a page heads no section: the text
# goes on under it and stays)
NO_REGION_READ_ALSO = {
    "en": (
        ["Sunset over the harbour", "Taken with a long lens at dusk", "Camera: Example X100"],
        "Read also: Storm closes the harbour",
        ["The boats came home after the storm, one by one, with their lights on.", "Lens: 50 mm"],
    ),
    "de": (
        ["Sonnenuntergang am Hafen", "Mit dem Teleobjektiv aufgenommen", "Kamera: Beispiel X100"],
        "Lesen Sie auch: Sturm schließt den Hafen",
        ["Die Boote kamen nach dem Sturm nach Hause, eines nach dem anderen, mit Licht.", "Objektiv: 50 mm"],
    ),
    "fr": (
        ["Coucher de soleil sur le port", "Pris au téléobjectif au crépuscule", "Appareil : Exemple X100"],
        "Lire aussi : La tempête ferme le port",
        ["Les bateaux sont rentrés après la tempête, un par un, tous feux allumés.", "Objectif : 50 mm"],
    ),
    "es": (
        ["Atardecer en el puerto", "Tomada con teleobjetivo al anochecer", "Cámara: Ejemplo X100"],
        "Lee también: La tormenta cierra el puerto",
        ["Los barcos volvieron tras la tormenta, uno a uno, con las luces encendidas.", "Objetivo: 50 mm"],
    ),
}


@pytest.mark.parametrize("lang", sorted(NO_REGION_READ_ALSO))
def test_with_no_region_the_text_under_a_read_also_link_stays(lang: str) -> None:
    above, link, below = NO_REGION_READ_ALSO[lang]
    menu = NO_REGION_COMMENTS[lang][0]
    ex = explain("\n".join([*menu, *above, link, *below]))
    assert ex.text.splitlines() == [*above, *below]
    # (no region: the region cleaner's fallback keeps the line under the link)
    assert any(b.text == below[0] and b.cleaner == "region" and b.kept for b in ex.blocks)


# The items of a list, of code or of a spec that the page says again among
# other items (a second Dockerfile, a second event's place, a second
# product's pros) are the page's own, not a copy: each stays. An invented
# structure per language, an item repeated with different neighbours.
STRUCTURE_REPEATS = {
    "en": (
        ("FROM python:3.12-slim", "COPY . /srv/app", "CMD run-server --port 8000"),
        ("COPY requirements.txt /srv/", "RUN pip install -r /srv/requirements.txt"),
    ),
    "de": (
        (
            "- Termin: am 12.03.2025 um 19 Uhr",
            "- Ort: Stadthalle am Markt, Saal 2",
            "- Eintritt: 12 Euro pro Person",
        ),
        ("- Termin: am 14.05.2025 um 20 Uhr", "- Thema: Whisky aus Irland"),
    ),
    "fr": (
        ("- Prise en main facile", "- Frais de 1,5 % par ordre", "- Application mobile complète"),
        ("- Interface avancée pour les pros", "- Ordres à cours limité"),
    ),
    "es": (
        ("* 200 g de harina de trigo", "* 2 huevos grandes de granja", "* 1 cucharadita de sal fina"),
        ("* 300 g de azúcar moreno", "* 50 ml de leche entera"),
    ),
}


@pytest.mark.parametrize("lang", sorted(STRUCTURE_REPEATS))
def test_an_item_of_a_structure_said_again_is_kept(lang: str) -> None:
    (a, repeated, c), (d, e) = STRUCTURE_REPEATS[lang]
    body = ARTICLE[lang]
    lines = [body[0], a, repeated, c, body[1], d, e, repeated, body[2]]
    doc = Document.from_text("\n".join(lines))
    Region(length_only_weights()).annotate(doc)
    assert doc.render().splitlines() == lines


@pytest.mark.parametrize("lang", sorted(STRUCTURE_REPEATS))
def test_a_stretch_printed_twice_keeps_one_copy(lang: str) -> None:
    # (five lines or more, each saying an earlier line again: an extractor's
    # copy of the list, not the page's own structure)
    (a, b, c), (d, e) = STRUCTURE_REPEATS[lang]
    body = ARTICLE[lang]
    items = [a, b, c, d, e]
    doc = Document.from_text("\n".join([body[0], *items, body[1], *items, body[2]]))
    Region(length_only_weights()).annotate(doc)
    assert doc.render().splitlines() == [body[0], *items, body[1], body[2]]


def test_a_caption_or_a_link_said_again_still_keeps_one_copy() -> None:
    # (no item: a caption line among paragraphs, an address alone on its line)
    body = ARTICLE["de"]
    caption = "Zum Vergrößern bitte anklicken"
    link = "https://www.example.org/termine/"
    lines = [body[0], caption, link, body[1], caption, link, body[2]]
    doc = Document.from_text("\n".join(lines))
    Region(length_only_weights()).annotate(doc)
    assert doc.render().splitlines() == [body[0], caption, link, body[1], body[2]]


# The page's own address alone on its line where the article opens, right
# above its headline, its slug spelling the headline ("https://example.com/
# news/council-votes-to-shut-old-bridge-4821.php"), goes: as an extractor
# prints it first, and as a page dump prints it under the menu. An address
# in a sentence of the article, a link whose slug names another page, a short
# link and a site's home page stay.
OWN_ADDRESS = {
    "en": (
        "https://news.example.com/local/article/council-votes-to-shut-old-bridge-for-winter-4821.php",
        "Council votes to shut the old bridge for the winter",
        [
            "The council voted on Tuesday evening to close the old bridge for repairs over the whole winter.",
            "Drivers will have to use the ring road, which adds about ten minutes to the trip into town.",
            "The works are expected to cost around four million pounds, according to the city engineer.",
        ],
    ),
    "de": (
        "https://www.example.de/lokales/gemeinderat-sperrt-die-alte-bruecke-100.html",
        "Gemeinderat sperrt die alte Brücke",
        [
            "Der Gemeinderat hat am Dienstagabend beschlossen, die alte Brücke den ganzen Winter zu sperren.",
            "Autofahrer müssen über die Umgehungsstraße fahren, was etwa zehn Minuten mehr in die Stadt kostet.",
            "Die Arbeiten sollen nach Angaben des Stadtbaumeisters rund vier Millionen Euro kosten.",
        ],
    ),
    "fr": (
        "https://www.example.fr/region/le-conseil-ferme-le-vieux-pont-cet-hiver_2841.html",
        "Le conseil ferme le vieux pont pour tout l'hiver",
        [
            "Le conseil municipal a décidé mardi soir de fermer le vieux pont pendant tout l'hiver pour travaux.",
            "Les automobilistes devront emprunter la rocade, ce qui ajoute une dizaine de minutes pour aller en ville.",
            "Les travaux devraient coûter environ quatre millions d'euros, selon l'ingénieur de la ville.",
        ],
    ),
    "es": (
        "https://www.example.es/local/el-ayuntamiento-cierra-viejo-puente-por-obras-nid2841/",
        "El ayuntamiento cierra el viejo puente por obras",
        [
            "El ayuntamiento decidió el martes por la noche cerrar el viejo puente durante todo el invierno.",
            "Los conductores tendrán que usar la circunvalación, lo que añade unos diez minutos hasta el centro.",
            "Las obras costarán unos cuatro millones de euros, según el ingeniero municipal de la ciudad.",
        ],
    ),
}
OWN_ADDRESS_MENU = [
    "* Home",
    "* Local",
    "* Sports",
    "* Weather",
    "* Business",
    "* Opinion",
    "* Jobs",
    "* Cars",
]


@pytest.mark.parametrize("lang", sorted(OWN_ADDRESS))
def test_the_pages_address_over_its_headline_goes_from_a_clean_text(lang: str) -> None:
    address, headline, paragraphs = OWN_ADDRESS[lang]
    assert clean("\n".join([address, headline, *paragraphs])).splitlines() == [headline, *paragraphs]


@pytest.mark.parametrize("lang", sorted(OWN_ADDRESS))
def test_the_pages_address_over_its_headline_goes_from_a_page_dump(lang: str) -> None:
    address, headline, paragraphs = OWN_ADDRESS[lang]
    doc = Document.from_text("\n".join([*OWN_ADDRESS_MENU, address, headline, *paragraphs]))
    Region(length_only_weights()).annotate(doc)
    assert doc.render().splitlines() == [headline, *paragraphs]


@pytest.mark.parametrize("lang", sorted(OWN_ADDRESS))
def test_an_address_that_names_another_page_or_sits_in_prose_stays(lang: str) -> None:
    _, headline, paragraphs = OWN_ADDRESS[lang]
    others = (
        "https://www.example.org/reports/annual-traffic-survey-of-the-region-2019.pdf",  # another page
        "https://amzn.to/2hWw372",  # a short link
        "https://www.example.org/",  # a site's home page
    )
    for other in others:
        doc = Document.from_text("\n".join([*OWN_ADDRESS_MENU, other, headline, *paragraphs]))
        Region(length_only_weights()).annotate(doc)
        [block] = [b for b in doc.blocks if b.content == other]
        assert block.reason != "dropped: the page's address above the headline"
    address = OWN_ADDRESS[lang][0]
    prose = f"{paragraphs[0][:-1]}, as the notice at {address} says."
    lines = [headline, prose, *paragraphs[1:]]
    assert clean("\n".join(lines)).splitlines() == lines


# A clean text (an extractor's output) opens with the article's headline:
# it stays, though it names only one word of the first paragraphs (a
# roundup's, a feature's headline) and the region scoring leaves it out
# with a section label under it. Not the start of a byline ("Submitted by
# the editor on") nor a title with the site's name, which go as before.
OPENING_TITLES = {
    "en": [
        "Roundup: Northside rivals stay unbeaten after a long night",
        "GIRLS SOCCER",
        "Northside beat Lakeview 3-1 on Tuesday, with two late goals from its captain in the second half.",
        "Lakeview had taken the lead early through a header, but could not hold on after the break.",
        "Both teams play again on Friday, when the weather is expected to turn cold and wet.",
    ],
    "de": [
        "Zwischen Tradition und Aufbruch in der alten Hansestadt am Hafen",
        "REPORTAGE",
        "Wer durch die Gassen der Altstadt geht, sieht zuerst die Giebel der Kaufmannshäuser am Hafen.",
        "Doch hinter den Fassaden haben junge Gründer Werkstätten und kleine Läden eröffnet.",
        "Die Stadt fördert die neuen Betriebe seit drei Jahren mit günstigen Mieten und Beratung.",
    ],
    "fr": [
        "Entre tradition et renouveau dans la vieille cité du port",
        "REPORTAGE",
        "Celui qui flâne dans les ruelles voit d'abord les pignons des maisons de marchands sur le port.",
        "Mais derrière les façades, de jeunes créateurs ont ouvert des ateliers et de petites boutiques.",
        "La ville aide ces nouvelles entreprises depuis trois ans avec des loyers modérés et des conseils.",
    ],
    "es": [
        "Entre la tradición y el cambio en el viejo puerto de la costa",
        "REPORTAJE",
        "Quien pasea por las callejuelas ve primero las fachadas de las casas de los comerciantes del puerto.",
        "Pero detrás de las fachadas, jóvenes emprendedores han abierto talleres y pequeñas tiendas.",
        "La ciudad apoya a estos nuevos negocios desde hace tres años con alquileres bajos y asesoría.",
    ],
}


@pytest.mark.parametrize("lang", sorted(OPENING_TITLES))
def test_a_clean_text_keeps_the_headline_it_opens_with(lang: str) -> None:
    headline, _, *paragraphs = OPENING_TITLES[lang]
    text = "\n".join(OPENING_TITLES[lang])
    out = clean(text).splitlines()
    assert out[0] == headline
    assert out[-3:] == paragraphs
    [block] = [b for b in explain(text).blocks if b.text == headline]
    assert block.reason == "kept: the headline the text opens with"


@pytest.mark.parametrize("lang", sorted(OPENING_TITLES))
def test_a_byline_or_a_title_with_the_sites_name_opening_a_clean_text_goes(lang: str) -> None:
    headline, label, *paragraphs = OPENING_TITLES[lang]
    openers = {
        "en": "Submitted by Northside sports desk on",
        "de": "Gespeichert von Redaktion Hafen Nord am",
        "fr": "Publié par Marie Roux pour la ville le",
        "es": "Publicado por Ana Ruiz para la ciudad el",
    }
    for opener in (openers[lang], f"{headline} | Example News"):
        out = clean("\n".join([opener, label, *paragraphs])).splitlines()
        assert opener not in out
        assert out[-3:] == paragraphs


# A quote run in after its speaker and a colon ("Er sagt: „…“") above the
# headline is its kicker, no headline over a standfirst: the line under it,
# with no colon of its own, stays the headline.
RUN_IN_QUOTES = {
    "en": (
        "She says: “The old bridge is safe and must stay open”",
        "City engineer rejects the plan to close the old bridge",
        [
            "The city engineer said on Tuesday that the old bridge was safe and that closing it would cost too much.",
            "The council had proposed to shut the bridge over the whole winter for a series of repairs.",
            "A final vote on the plan is expected at the next meeting of the council in December.",
        ],
    ),
    "de": (
        "Er sagt: „Die alte Brücke ist für niemanden gefährlich“",
        "Stadtbaumeister lehnt die Sperrung der alten Brücke ab",
        [
            "Der Stadtbaumeister sagte am Dienstag, die alte Brücke sei sicher und eine Sperrung koste zu viel.",
            "Der Gemeinderat hatte vorgeschlagen, die Brücke den ganzen Winter für Reparaturen zu sperren.",
            "Über den Plan soll in der nächsten Sitzung des Gemeinderats im Dezember abgestimmt werden.",
        ],
    ),
    "fr": (
        "Il affirme : « Le vieux pont est sûr et doit rester ouvert »",
        "L'ingénieur de la ville rejette la fermeture du vieux pont",
        [
            "L'ingénieur de la ville a déclaré mardi que le vieux pont était sûr et que sa fermeture coûterait cher.",
            "Le conseil avait proposé de fermer le pont pendant tout l'hiver pour une série de réparations.",
            "Un vote final sur le projet est attendu lors de la prochaine séance du conseil en décembre.",
        ],
    ),
    "es": (
        "Él afirma: «El viejo puente es seguro y debe seguir abierto»",
        "El ingeniero municipal rechaza cerrar el viejo puente",
        [
            "El ingeniero municipal dijo el martes que el viejo puente era seguro y que cerrarlo costaría demasiado.",
            "El ayuntamiento había propuesto cerrar el puente durante todo el invierno para unas reparaciones.",
            "Se espera una votación final sobre el plan en la próxima sesión del ayuntamiento en diciembre.",
        ],
    ),
}
QUOTE_MENU = ["* Home", "* Local", "* Sports", "* Weather", "* Business", "* Opinion", "* Jobs", "* Cars"]


@pytest.mark.parametrize("lang", sorted(RUN_IN_QUOTES))
def test_a_run_in_quote_over_the_headline_is_no_headline(lang: str) -> None:
    quote, headline, paragraphs = RUN_IN_QUOTES[lang]
    menu = [*QUOTE_MENU, "* Homes", "* Deals", "Search", "Login", "News November 19, 2021"]
    text = "\n".join([*menu, quote, headline, "Photo: Jane Roe", *paragraphs])
    reasons = {b.text: b.reason for b in explain(text).blocks}
    assert reasons[headline] == "kept: the headline above the article"
    assert reasons[quote] != "kept: the headline above the article"
    assert clean(text).splitlines()[-3:] == paragraphs


# -- teaser cards whose headline asks, under a most-read heading ----------------
# (a card: a kicker or none, a headline that asks after a colon, "Storm warning
# issued: what does it mean for …?", and its summary; two cards or more in a
# row under the heading are a list of them, not the article resuming with a
# question and its answer)
ASKING_CARDS = {
    "en": (
        "Most Read",
        [
            "Weather Desk Storm warning issued: what does it mean for the weekend markets?",
            "Forecasters expect strong winds on the coast from Friday evening, and several towns have closed their harbours.",
            "Transport",
            "Rail strike looms in the north: will the Monday trains run at all?",
            "The union said talks with the operator had stalled over pay, and a vote on the walkout is due next week.",
        ],
    ),
    "de": (
        "Meistgelesen",
        [
            "Wetter aktuell Sturmwarnung ausgegeben: Was bedeutet das für die Wochenmärkte am Samstag?",
            "Die Meteorologen erwarten ab Freitagabend starken Wind an der Küste, mehrere Häfen bleiben deshalb geschlossen.",
            "Verkehr",
            "Bahnstreik im Norden droht: Fahren die Züge am Montag überhaupt noch?",
            "Die Gewerkschaft erklärte, die Gespräche über den Lohn seien festgefahren, am Dienstag wird abgestimmt.",
        ],
    ),
    "fr": (
        "Les plus lus",
        [
            "Météo Alerte tempête déclenchée : que faut-il prévoir pour les marchés du week-end ?",
            "Les prévisionnistes attendent des vents violents sur la côte dès vendredi soir, et plusieurs ports ont fermé.",
            "Transports",
            "Grève du rail dans le Nord : les trains rouleront-ils vraiment lundi ?",
            "Le syndicat affirme que les discussions sur les salaires sont bloquées et qu'un vote aura lieu mardi.",
        ],
    ),
    "es": (
        "Lo más leído",
        [
            "Tiempo Alerta por temporal activada: ¿qué significa para los mercados del fin de semana?",
            "Los meteorólogos esperan fuertes vientos en la costa desde el viernes por la tarde y varios puertos han cerrado.",
            "Transporte",
            "Huelga de trenes en el norte: ¿circularán los trenes el lunes?",
            "El sindicato dijo que las conversaciones sobre los salarios están bloqueadas y que la huelga se votará el martes.",
        ],
    ),
}


def _cards_page(lang: str, heading: str, lines: list[str]) -> str:
    menu = ["Home", "News", "Sport", "Weather", "Local", "A headline about the dry harvest in the valley"]
    return "\n".join([*menu, *ARTICLE[lang], heading, *lines, "Contact", "Imprint", "Privacy"])


@pytest.mark.parametrize("lang", sorted(ASKING_CARDS))
def test_teaser_cards_that_ask_under_a_most_read_heading_go(lang: str) -> None:
    heading, cards = ASKING_CARDS[lang]
    out = clean(_cards_page(lang, heading, cards)).splitlines()
    assert all(p in out for p in ARTICLE[lang])
    assert not any(c in out for c in cards)


# the article resuming under a box of related links stays: an interview's
# questions (no colon, or after the speaker's name) and their answers, and a
# single line asking after a colon with the article's last paragraph under it
RESUMING = {
    "de": (
        "Mehr zum Thema",
        [
            "Wie finanzieren Sie den Ausbau der Leitungen in den Dörfern am Fluss?",
            "Wir haben dafür einen Kredit aufgenommen und bekommen zusätzlich Geld vom Land und vom Bund.",
            "Wann sollen die ersten Haushalte im Dorf angeschlossen werden?",
            "Die ersten Straßen folgen im Herbst, der Rest des Dorfes im Frühjahr des nächsten Jahres.",
        ],
    ),
    "en": (
        "Related Stories",
        [
            "Q: How will the council pay for the new pipes in the villages?",
            "We have taken out a loan, and the regional and national governments are adding money as well.",
            "Q: When will the first homes in the village be connected?",
            "The first streets follow in the autumn, and the rest of the village in the spring of next year.",
        ],
    ),
    "fr": (
        "À lire aussi",
        [
            "Sécheresse : les nappes phréatiques pourront-elles se remplir cet hiver ?",
            "Le conseil régional publiera la liste complète des puits sur son site d'ici la fin du mois prochain.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(RESUMING))
def test_the_article_resuming_with_a_question_under_a_related_box_stays(lang: str) -> None:
    heading, lines = RESUMING[lang]
    out = clean(_cards_page(lang, heading, lines)).splitlines()
    assert all(p in out for p in ARTICLE[lang])
    assert all(line in out for line in lines)


# a reporting credit under the article: the names of the reporters who helped
# ("Additional reporting by …", "Mitarbeit: …", "Con información de …"); a
# sentence that opens with the same words stays
REPORTING_CREDITS = [
    "Additional reporting by Jane Roe and John Doe",
    "(With additional reporting by J. Doe in Paris)",
    "Jane Roe and John Doe contributed reporting from Lisbon.",
    "Mitarbeit: Anna Schmidt",
    "Mit Material von dpa und AFP",
    "Avec AFP",
    "Avec la collaboration de Claire Martin",
    "Con información de EFE y AP",
    "Ha collaborato Mario Rossi",
    "Met medewerking van Jan de Vries",
    "Com informações da Agência Brasil",
]


@pytest.mark.parametrize("line", REPORTING_CREDITS)
def test_a_reporting_credit_under_the_article_goes(line: str) -> None:
    body = ARTICLE["en"]
    text = "\n".join(PLACES["after the article"](body, line))
    (block,) = [b for b in explain(text).blocks if b.text == line]
    assert (block.kept, block.cleaner) == (False, "boilerplate")
    assert clean(text).splitlines() == body


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Additional reporting by the Times found that the mayor had known about the dry wells."),
        (
            "es",
            "Con información de la policía, los vecinos dejaron sus casas antes de que llegara la crecida.",
        ),
        ("de", "Mit Material der Agenturen ließ sich nicht klären, wann die Brunnen zuletzt geprüft wurden."),
        # a wire's sign-off naming its editors is left as it is
        ("en", "Reporting by Jane Roe; Editing by John Doe"),
    ],
)
def test_prose_opening_like_a_reporting_credit_stays(lang: str, line: str) -> None:
    text = "\n".join(PLACES["before the last paragraph"](ARTICLE[lang], line))
    assert line in clean(text).splitlines()


# a first-person bio that gives no name ("I am a writer, journalist and
# professor"): the bios rule, so it goes at the article's end only
FIRST_PERSON_BIOS = [
    "I am a writer, journalist, professor and gardener, not always in that order.",
    "I'm a freelance reporter based in Ohio.",
    "Ich bin freie Journalistin und lebe in Köln.",
    "Je suis journaliste à Lyon et j'écris sur l'agriculture.",
    "Soy periodista en Madrid y escribo sobre el campo.",
    "Sono una giornalista di Milano.",
    "Ik ben een freelance journalist uit Utrecht.",
    "Sou jornalista e escrevo sobre agricultura.",
]


# an author's box heading and bio on one line ("About the author: Jane Roe
# writes …"), short: the bios family, at the article's end only
ABOUT_THE_AUTHOR = [
    "About the author: Jane Roe writes about farming and water for the paper.",
    "Über den Autor: Max Müller schreibt über Landwirtschaft und Wasser.",
    "À propos de l'auteur : Jean Dupont écrit sur l'agriculture et l'eau.",
    "Sobre el autor: Juan Pérez escribe sobre el campo y el agua.",
    "L'autore: Mario Rossi scrive di agricoltura e di acqua.",
    "Over de auteur: Jan Jansen schrijft over landbouw en water.",
    "Sobre o autor: João Silva escreve sobre agricultura e água.",
]


@pytest.mark.parametrize("line", [*FIRST_PERSON_BIOS, *ABOUT_THE_AUTHOR])
def test_a_bio_line_closing_the_article_goes(line: str) -> None:
    body = ARTICLE["en"]
    assert clean("\n".join(PLACES["after the article"](body, line))).splitlines() == body


def test_a_first_person_bio_in_the_authors_box_above_the_article_goes() -> None:
    # the author's box under the headline: the name and role, the bio, a
    # share bar, then the article
    bio = "I am a writer, journalist, professor and gardener, not always in that order."
    text = "\n".join(
        [
            "Menu",
            "Home",
            "Dry summer speeds up the harvest",
            "Jane Roe Senior Contributor",
            bio,
            "Share to facebook",
            "Share to twitter",
            *ARTICLE["en"],
            "Read More",
        ]
    )
    out = clean(text).splitlines()
    assert bio not in out
    assert all(p in out for p in ARTICLE["en"])


def test_a_first_person_lede_stays() -> None:
    # the article's own first paragraph in the first person runs straight
    # on into the next: no author's box
    lede = "I am a reporter, and for twenty years I have watched the wells in this valley fall."
    text = "\n".join(["Menu", "Home", "Dry summer speeds up the harvest", lede, *ARTICLE["en"], "Read More"])
    assert lede in clean(text).splitlines()
    # nor one closing the article under a paragraph that ends it
    closing = "I am a reporter who grew up here, and I have never seen the river this low."
    assert closing in clean("\n".join([*ARTICLE["en"][:2], closing, ARTICLE["en"][2]])).splitlines()


# a list of dated teaser cards under the article, with no heading the
# sections cleaner knows: a headline, its one-paragraph summary and its date
# (under the summary or under the headline)
DATED_CARDS = {
    "en": [
        "Council votes to close the old bridge",
        "The crossing over the river will shut in May while engineers check the pillars and the deck.",
        "12.03.2024",
        "Ferry service to return next summer",
        "The harbour office said a small boat would carry cyclists and walkers across from June on.",
        "08.03.2024",
    ],
    "de": [
        "Stadtrat beschließt Sperrung der alten Brücke",
        "Die Brücke über den Fluss wird ab Mai gesperrt, während Ingenieure die Pfeiler und die Fahrbahn prüfen.",
        "vor 2 Tagen von Anna Schmidt",
        "Fähre soll im nächsten Sommer zurückkehren",
        "Das Hafenamt kündigte an, dass ab Juni ein kleines Boot Radfahrer und Fußgänger übersetzen werde.",
        "vor 5 Tagen von Anna Schmidt",
    ],
    "fr": [
        "Le conseil vote la fermeture du vieux pont",
        "Le pont sur la rivière sera fermé en mai pendant que les ingénieurs vérifient les piles et le tablier.",
        "04.12.2023",
        "Le bac reviendra l'été prochain",
        "La capitainerie a annoncé qu'un petit bateau transportera les cyclistes et les piétons dès le mois de juin.",
        "28.11.2023",
    ],
    "es": [
        "El ayuntamiento vota cerrar el puente viejo",
        "El puente sobre el río se cerrará en mayo mientras los ingenieros revisan los pilares y el tablero.",
        "4 de diciembre de 2023",
        "El transbordador volverá el próximo verano",
        "La capitanía anunció que una pequeña barca llevará a ciclistas y peatones desde el mes de junio.",
        "28 de noviembre de 2023",
    ],
}


def _article_page(lang: str, lines: list[str]) -> str:
    menu = ["Home", "News", "Sport", "Weather", "Local", "A headline about the dry harvest in the valley"]
    return "\n".join([*menu, *ARTICLE[lang], *lines, "Contact", "Imprint", "Privacy"])


@pytest.mark.parametrize("lang", sorted(DATED_CARDS))
def test_dated_teaser_cards_under_the_article_go(lang: str) -> None:
    cards = DATED_CARDS[lang]
    out = clean(_article_page(lang, cards)).splitlines()
    assert all(p in out for p in ARTICLE[lang])
    assert not any(c in out for c in cards)


@pytest.mark.parametrize("lang", sorted(DATED_CARDS))
def test_a_page_that_is_a_list_of_dated_cards_keeps_them(lang: str) -> None:
    # no article above them: an archive or a blog's front page is the list
    cards = DATED_CARDS[lang]
    doc = Document.from_text("\n".join(["Home", "News", "Sport", *cards, *cards, *cards]))
    Bylines().annotate(doc)
    from newsclean.cleaners.teasers import Teasers

    Teasers().annotate(doc)
    assert not any(b.cleaner == "teasers" for b in doc.blocks)


def test_the_entries_of_a_live_story_under_their_times_stay() -> None:
    # a time of day alone opens an entry of a live story: no card's date
    lines = [
        "Storm reaches the northern coast",
        "The first gusts hit the harbour in the afternoon and the ferries stayed in port until the evening.",
        "4:14 p.m.",
        "Power cut in three villages",
        "The grid operator said about two thousand homes had no power and crews were on their way there.",
        "5:02 p.m.",
    ]
    doc = Document.from_text("\n".join([*ARTICLE["en"], *lines]))
    Bylines().annotate(doc)
    from newsclean.cleaners.teasers import Teasers

    Teasers().annotate(doc)
    assert not any(b.cleaner == "teasers" for b in doc.blocks)


# a disclaimer too long for the patterns, under its label and a colon
LONG_DISCLAIMERS = {
    "en": "Disclaimer (varies by section): ",
    "fr": "Avertissement : ",
    "es": "Aviso: ",
}
LONG_NOTICE = {
    "en": "The opinions in the columns on this site are their authors' own and may not reflect the views of the site. ",
    "fr": "Les opinions exprimées dans les tribunes de ce site n'engagent que leurs auteurs et pas la rédaction. ",
    "es": "Las opiniones expresadas en las columnas de este sitio son de sus autores y no reflejan las del medio. ",
}


@pytest.mark.parametrize("lang", sorted(LONG_DISCLAIMERS))
def test_a_long_disclaimer_under_its_label_goes(lang: str) -> None:
    notice = LONG_DISCLAIMERS[lang] + LONG_NOTICE[lang] * 7
    assert len(notice) > 600
    body = ARTICLE[lang] * 4
    out = clean("\n".join([*body, notice.strip(), "Contact"])).splitlines()
    assert notice.strip() not in out
    assert all(p in out for p in ARTICLE[lang])


def test_a_long_paragraph_with_a_colon_that_is_no_disclaimer_stays() -> None:
    para = "The council said: " + LONG_NOTICE["en"].replace("opinions", "repairs") * 7
    body = ARTICLE["en"] * 4
    out = clean("\n".join([*body, para.strip(), *ARTICLE["en"]])).splitlines()
    assert para.strip() in out


@pytest.mark.parametrize("heading", ["Articles en relation"])
def test_french_related_headings(heading: str) -> None:
    doc = Document.from_text("\n".join([*ARTICLE["fr"], heading, "Le bac reviendra l'été prochain"]))
    Sections().annotate(doc)
    assert doc.blocks[3].kept is False


# an author's bio closing the article that opens with the name in capitals,
# as magazines set it
CAPS_BIOS = {
    "en": "JANE ROE has written about farming for twenty years and lives by the river with two dogs.",
    "de": "ANNA SCHMIDT lebt mit ihrer Familie am Fluss und schreibt seit zwanzig Jahren über die Landwirtschaft.",
    "fr": "JEANNE DUPONT vit au bord de la rivière et écrit sur l'agriculture depuis vingt ans pour la revue.",
    "es": "JUANA PÉREZ vive junto al río y escribe sobre el campo desde hace veinte años para la revista.",
}


@pytest.mark.parametrize("lang", sorted(CAPS_BIOS))
def test_a_bio_opening_with_the_name_in_capitals_after_the_article_goes(lang: str) -> None:
    bio = CAPS_BIOS[lang]
    out = clean("\n".join(["Home", "News", *ARTICLE[lang], bio, "Contact", "Imprint"])).splitlines()
    assert bio not in out
    assert all(p in out for p in ARTICLE[lang])


def test_a_paragraph_opening_in_capitals_inside_the_article_stays() -> None:
    # (a bio only closes the article: a paragraph below it is the article's)
    para = "JANE ROE has farmed the valley for twenty years and says she has never seen the wells so low."
    lines = [*ARTICLE["en"][:2], para, ARTICLE["en"][2]]
    out = clean("\n".join(["Home", "News", *lines, "Contact", "Imprint"])).splitlines()
    assert all(p in out for p in lines)


# a page with no article region (a photo's data, an event's details) keeps its
# text as it is, but for its menus: a run of six short lines or more (three
# words at most, no sentence, no colon, no figure) among navigation labels
# the labels cleaner dropped, and a footer line made wholly of their items;
# the run's last line stays when text follows (it may head that text)
NO_REGION_MENUS = {
    "en": (
        [
            "Home",
            "Harbour Life",
            "Old Boats",
            "Night Skies",
            "Field Notes",
            "Our Walks",
            "Local Birds",
            "Tide Tables",
        ],
        [
            "Sunset over the harbour",
            "Taken with a long lens at dusk, the boats coming home after the storm",
            "Camera: Example X100",
            "Lens: 50 mm",
        ],
        "Harbour Life Old Boats Night Skies Field Notes",
    ),
    "de": (
        [
            "Startseite",
            "Hafenleben",
            "Alte Boote",
            "Nachthimmel",
            "Feldnotizen",
            "Unsere Wanderungen",
            "Vögel",
            "Gezeiten",
        ],
        [
            "Sonnenuntergang am alten Hafen",
            "Mit dem Teleobjektiv aufgenommen, die Boote kommen nach dem Sturm heim",
            "Kamera: Beispiel X100",
            "Objektiv: 50 mm",
        ],
        "Hafenleben Alte Boote Nachthimmel Feldnotizen Vögel",
    ),
    "fr": (
        [
            "Accueil",
            "Vie du port",
            "Vieux bateaux",
            "Ciel nocturne",
            "Carnets",
            "Nos balades",
            "Oiseaux",
            "Marées",
        ],
        [
            "Coucher de soleil sur le port",
            "Pris au téléobjectif au crépuscule, les bateaux rentrant après la tempête",
            "Appareil : Exemple X100",
            "Objectif : 50 mm",
        ],
        "Vie du port Vieux bateaux Ciel nocturne Carnets Oiseaux",
    ),
    "es": (
        [
            "Inicio",
            "Vida del puerto",
            "Barcos viejos",
            "Cielo nocturno",
            "Cuadernos",
            "Paseos",
            "Aves",
            "Mareas",
        ],
        [
            "Atardecer sobre el viejo puerto",
            "Tomada con teleobjetivo al anochecer, los barcos volviendo tras la tormenta",
            "Cámara: Ejemplo X100",
            "Objetivo: 50 mm",
        ],
        "Vida del puerto Barcos viejos Cielo nocturno Cuadernos Aves",
    ),
}


@pytest.mark.parametrize("lang", sorted(NO_REGION_MENUS))
def test_with_no_region_a_menu_of_short_lines_goes(lang: str) -> None:
    menu, text, footer = NO_REGION_MENUS[lang]
    ex = explain("\n".join([*menu, *text, footer]))
    assert all("region" in b.reason for b in ex.blocks[1:] if b.kept), "a region was found"
    # (the menu's last line stays: it may head the text under it)
    assert ex.text.splitlines() == [menu[-1], *text]


# ...but not a list that a line ending with a colon announces, nor one whose
# lines hold figures, nor a run of short lines with no navigation label among
# them (the page's own list: a product's contents, a photo's tags)
NO_REGION_LISTS = {
    "en": [
        "Home",
        "Sunset over the harbour",
        "Taken with a long lens at dusk, the boats coming home after the storm",
        "In this photo:",
        "Old Boats",
        "Fishermen",
        "Harbour Wall",
        "Lighthouse",
        "Seagulls",
        "Evening Sky",
        "Camera: Example X100",
        "Shutter",
        "1/250 s",
        "Aperture",
        "f/8",
        "ISO",
        "200",
        "Focal length",
        "50 mm",
    ],
    "de": [
        "Startseite",
        "Sonnenuntergang am alten Hafen",
        "Mit dem Teleobjektiv aufgenommen, die Boote kommen nach dem Sturm heim",
        "Auf dem Bild:",
        "Alte Boote",
        "Fischer",
        "Hafenmauer",
        "Leuchtturm",
        "Möwen",
        "Abendhimmel",
        "Kamera: Beispiel X100",
        "Belichtung",
        "1/250 s",
        "Blende",
        "f/8",
        "ISO",
        "200",
        "Brennweite",
        "50 mm",
    ],
    "fr": [
        "Accueil",
        "Coucher de soleil sur le port",
        "Pris au téléobjectif au crépuscule, les bateaux rentrant après la tempête",
        "Sur cette photo :",
        "Vieux bateaux",
        "Pêcheurs",
        "Digue",
        "Phare",
        "Mouettes",
        "Ciel du soir",
        "Appareil : Exemple X100",
        "Vitesse",
        "1/250 s",
        "Ouverture",
        "f/8",
        "ISO",
        "200",
        "Focale",
        "50 mm",
    ],
    "es": [
        "Inicio",
        "Atardecer sobre el viejo puerto",
        "Tomada con teleobjetivo al anochecer, los barcos volviendo tras la tormenta",
        "En esta foto:",
        "Barcos viejos",
        "Pescadores",
        "Muelle",
        "Faro",
        "Gaviotas",
        "Cielo de tarde",
        "Cámara: Ejemplo X100",
        "Obturador",
        "1/250 s",
        "Diafragma",
        "f/8",
        "ISO",
        "200",
        "Distancia focal",
        "50 mm",
    ],
}


@pytest.mark.parametrize("lang", sorted(NO_REGION_LISTS))
def test_with_no_region_an_announced_list_and_a_list_of_figures_stay(lang: str) -> None:
    lines = NO_REGION_LISTS[lang]
    assert clean("\n".join(lines)).splitlines() == lines[1:]


# the same page's own list under no colon stays when no navigation label is
# among its lines (a photo's tags), and a run of five short lines is no menu
@pytest.mark.parametrize("lang", sorted(NO_REGION_MENUS))
def test_with_no_region_short_lines_without_a_navigation_label_stay(lang: str) -> None:
    menu, text, _ = NO_REGION_MENUS[lang]
    tags = menu[1:]
    assert clean("\n".join([*text, *tags])).splitlines() == [*text, *tags]
    five = [menu[0], *menu[1:6], *text]
    assert clean("\n".join(five)).splitlines() == [*menu[1:6], *text]


# ...and a line of the run that the title bar names is the page's headline
@pytest.mark.parametrize("lang", sorted(NO_REGION_MENUS))
def test_with_no_region_the_headline_the_title_bar_names_stays_in_a_menu(lang: str) -> None:
    menu, text, _ = NO_REGION_MENUS[lang]
    bar = f"{menu[2]} | Example"
    lines = [bar, *menu[:3], *menu[3:], *text]
    out = clean("\n".join(lines)).splitlines()
    assert menu[2] in out
    assert all(line in out for line in text)


# A "Most read" list that sets its numbers on lines of their own ("1", then
# the item's headline, "2", ...) is a numbered list under its heading, its
# headlines however long (one that asks, of ten words or more, is no prose
# resuming); the list ends where its numbering ends: the line after the last
# item's headline is no item (the article under a list of the menu)
BARE_NUMBERED = {
    "de": (
        "Meistgelesen",
        [
            "Noch einmal: Was hat der Minister gegen den Plan der Stadt in der Hand?",
            "Kein Amt, kein Geld: Wie trifft eine Abwahl die Politiker im Land finanziell?",
            "Warum die Bahn im Norden ab Montag weniger Züge fahren lässt als bisher geplant",
        ],
    ),
    "en": (
        "Most Read",
        [
            "Why are the council's plans for the old bridge over the river still on hold?",
            "What does the new water rule mean for the farmers in the valley this year?",
            "Harbour workers walk out as the pay talks with the port collapse again",
        ],
    ),
    "fr": (
        "Les plus lus",
        [
            "Pourquoi les travaux du vieux pont sur la rivière sont-ils encore à l'arrêt ?",
            "Que change la nouvelle règle sur l'eau pour les agriculteurs de la vallée ?",
            "Les dockers du port en grève après l'échec des négociations sur les salaires",
        ],
    ),
}


def _bare_numbered(lang: str) -> tuple[Document, list[int], list[int]]:
    heading, items = BARE_NUMBERED[lang]
    lines = [heading]
    for n, item in enumerate(items, 1):
        lines += [str(n), item]
    doc = Document.from_text("\n".join([*lines, *ARTICLE[lang]]))
    Sections().annotate(doc)
    listed = list(range(1, len(lines)))
    article = list(range(len(lines), len(lines) + len(ARTICLE[lang])))
    return doc, listed, article


@pytest.mark.parametrize("lang", sorted(BARE_NUMBERED))
def test_a_most_read_list_with_its_numbers_on_lines_of_their_own_goes_with_its_heading(lang: str) -> None:
    doc, listed, article = _bare_numbered(lang)
    assert all(doc.blocks[i].kept is False and doc.blocks[i].cleaner == "sections" for i in listed)
    assert all(doc.records.section_under.get(i) == "related" for i in listed)
    # the list ends with its numbering: the article under it is left to the region cleaner
    assert all(doc.blocks[i].kept is None for i in article)


@pytest.mark.parametrize("lang", sorted(BARE_NUMBERED))
def test_numbers_on_lines_of_their_own_under_no_heading_or_not_from_one_are_no_most_read_list(
    lang: str,
) -> None:
    heading, items = BARE_NUMBERED[lang]
    # no heading: the article's own numbered steps
    plain = Document.from_text("\n".join(["1", items[0], "2", items[1], *ARTICLE[lang]]))
    Sections().annotate(plain)
    assert all(b.kept is None for b in plain.blocks)
    # under the heading, numbers that do not count on from 1 are no list of it
    doc = Document.from_text("\n".join([heading, "7", items[0], "8", items[1], *ARTICLE[lang]]))
    Sections().annotate(doc)
    assert doc.blocks[2].kept is None  # the first question of ten words or more: prose resuming


def test_most_shared_headings_in_more_languages() -> None:
    lex = load_lexicon()
    for text in ("Meistgeteilt", "Meist geteilt", "Più condivisi", "Meest gedeeld", "Mais compartilhadas"):
        assert lex.section_heading(text) == "related", text


# An appeal to support the publication, under or inside the article: a
# statement that the site lives on its readers' money with the appeal to give,
# a line saying the work needs the reader's support. The region cleaner drops
# it once it has found the article (its neighbours decided as if it were text)
APPEALS = {
    "en": [
        "We are funded entirely by our readers. If you value this work, please support us with a donation today.",
        "This work is only possible with your support.",
        "You've read this article for free. Please consider becoming a supporter.",
    ],
    "de": [
        "Example ist gemeinnützig. Wir finanzieren uns durch Spenden und Abos. Unterstütze unsere Arbeit!",
        "Diese Arbeit ist nur mit Ihrer Unterstützung möglich!",
        "Diesen Artikel konnten Sie kostenlos lesen. Wenn Sie Example gut finden, unterstützen Sie uns!",
        "Helfen Sie mit, sichern Sie kritischen, unabhängigen Journalismus.",
    ],
    "fr": [
        "Nous sommes financés uniquement par nos lecteurs. Soutenez-nous en faisant un don.",
        "Ce travail n'est possible que grâce à votre soutien.",
    ],
    "es": [
        "Nos financiamos gracias a nuestros lectores. Apóyanos con una suscripción.",
        "Este trabajo solo es posible gracias a tu apoyo.",
    ],
}
APPEALS_MORE = {
    "it": "Ci finanziamo grazie ai lettori. Sostienici con un contributo.",
    "nl": "Wij worden gefinancierd door onze lezers. Steun ons met een donatie.",
    "pt": "Somos financiados pelos nossos leitores. Apoie o nosso trabalho.",
}


@pytest.mark.parametrize("lang", sorted(APPEALS))
def test_an_appeal_to_support_the_publication_goes_from_the_article(lang: str) -> None:
    for appeal in APPEALS[lang]:
        paragraphs = ARTICLE[lang]
        # under the article, and between its paragraphs
        for page in (
            [*paragraphs, appeal, "Impressum", "Datenschutz"],
            [*paragraphs[:2], appeal, *paragraphs[2:]],
        ):
            out = clean("\n".join(page)).splitlines()
            assert appeal not in out, appeal
            assert all(p in out for p in paragraphs), appeal


def test_an_appeal_is_found_in_more_languages() -> None:
    lex = load_lexicon()
    for lang, text in APPEALS_MORE.items():
        assert lex.pattern(text) == "appeal", lang


def test_an_appeal_leaves_the_region_decisions_on_its_neighbours_as_they_were() -> None:
    # the page, and the page read with no boilerplate cleaner (the appeal is text there)
    paragraphs = ARTICLE["de"]
    appeal = APPEALS["de"][0]
    page = "\n".join(
        [*paragraphs[:1], "Kurz gesagt: mehr Regen.", appeal, *paragraphs[1:], "Impressum", "AGB"]
    )
    with_appeal = explain(page).blocks
    with_text = Pipeline().without("boilerplate").explain(page).blocks
    appeal_at = page.splitlines().index(appeal)
    assert with_text[appeal_at].kept
    assert not with_appeal[appeal_at].kept
    assert with_appeal[appeal_at].reason == "dropped: an appeal to support the publication"
    for a, b in zip(with_appeal, with_text, strict=True):
        if a.index != appeal_at:
            assert a.kept == b.kept, a.text


# prose about money and support stays
APPEAL_PROSE = [
    "The shelter is funded by donations, its director said, and it needs a new roof before the winter.",
    "Der Verein finanziert sich durch Spenden und hofft auf Unterstützung durch die Stadt.",
    "Les associations sont financées par les dons des particuliers, selon le rapport publié mardi.",
    "The minister said the work is only possible with the support of the regional councils and the farmers.",
    "Die Stiftung will nach eigenen Angaben unabhängigen Journalismus in den Regionen fördern.",
]


@pytest.mark.parametrize("text", APPEAL_PROSE)
def test_prose_about_funding_is_no_appeal(text: str) -> None:
    assert load_lexicon().pattern(text) is None


# a programme's item opens with its time of day and says what happens then
# ("19:30 Uhr Konzert"): no byline, though its words are capitalised as names
PROGRAMME_ITEMS = [
    ("de", "19:30 Uhr Konzert"),
    ("de", "* 14:30 Uhr Kinderflohmarkt"),
    ("en", "7:30 pm Fireworks"),
    ("en", "11:00 Opening Ceremony"),
    ("fr", "21:00 Spectacle"),
    ("it", "17:30 Apertura Mostra"),
    ("es", "20:00 Concierto"),
    ("nl", "19:30 Optocht"),
    ("pt", "15:00 Abertura"),
]
# a time alone, with its date, with a stamp word or after a name stays a timestamp
STAMPS_WITH_TIMES = [
    ("de", "18:27", "a timestamp"),
    ("de", "08:30 Uhr", "a timestamp"),
    ("de", "18:34 19.10.2019", "a timestamp"),
    ("de", "Aktualisiert 14:35 Uhr", "a timestamp"),
    ("en", "10:21 am EST", "a timestamp"),
    ("de", "12.03.2024 14:35 Anna Schmidt", "a byline with a timestamp"),
    ("en", "Jane Roe 10:21", "a byline with a timestamp"),
    ("en", "May 3, 2024 10:21 Jane Roe", "a byline with a timestamp"),
]


def _bylines_dropped(lines: list[str], lang: str = "und") -> set[str]:
    doc = Document.from_text("\n".join(lines))
    doc.language = lang
    Bylines().annotate(doc)
    return {b.text.strip() for b in doc.blocks if b.cleaner == "bylines"}


@pytest.mark.parametrize(("lang", "line"), PROGRAMME_ITEMS)
def test_a_programme_item_opening_with_its_time_is_no_byline(lang: str, line: str) -> None:
    assert _bylines_dropped(["Programm", line, "Eintritt frei"], lang) == set()


@pytest.mark.parametrize(("lang", "line", "why"), STAMPS_WITH_TIMES)
def test_a_time_alone_dated_or_after_a_name_is_still_a_timestamp(lang: str, line: str, why: str) -> None:
    from newsclean.cleaners.bylines import byline_reason

    assert byline_reason(line, len(line.split()), False, load_lexicon(), {}, lang) == why
    assert _bylines_dropped([line], lang) == {line}


def test_a_name_after_the_times_of_a_live_blog_is_its_byline() -> None:
    # the same words after two times or more sign the entries
    lines = [
        "19:29 Jane Roe",
        "The council has confirmed that the bridge will stay shut until Monday morning.",
        "18:02 Jane Roe",
        "Bus services are running as normal across the city tonight, the operator said.",
    ]
    assert _bylines_dropped(lines, "en") == {"19:29 Jane Roe", "18:02 Jane Roe"}


# a schedule set out as a time over its item, three times or more: the
# times are the schedule's, not timestamps
TIMED_SCHEDULES = {
    "de": [
        "Ablauf",
        "13:00 – 13:15 Uhr",
        "Ankunft der Gäste",
        "13:15 – 17:00 Uhr",
        "Führung durch das Werk",
        "17:00 – 18:00 Uhr",
        "Apéro im Hof",
    ],
    "en": ["Timetable", "9:00 am", "Doors open", "10:30 am", "Keynote talk", "12:00 pm", "Lunch in the hall"],
    "fr": [
        "Programme",
        "14:00",
        "Accueil des participants",
        "15:30",
        "Visite guidée",
        "17:00",
        "Verre de l'amitié",
    ],
}


@pytest.mark.parametrize("lang", sorted(TIMED_SCHEDULES))
def test_the_times_of_a_schedule_set_over_their_items_stay(lang: str) -> None:
    lines = TIMED_SCHEDULES[lang]
    assert _bylines_dropped(lines, lang) == set()


def test_a_time_over_a_line_twice_is_no_schedule() -> None:
    lines = [
        "Jane Roe",
        "10:21",
        "Heavy rain flooded the road to the harbour on Tuesday.",
        "10:48",
        "More to come.",
    ]
    assert _bylines_dropped(lines, "en") == {"10:21", "10:48"}


def test_the_times_of_a_live_blog_over_one_line_entries_are_no_schedule() -> None:
    lines = [
        "18:45",
        "The rain has stopped at last.",
        "18:38",
        "The home side are still unbeaten after two rounds.",
        "18:37",
        "Track work before the next heat.",
    ]
    assert _bylines_dropped(lines, "en") == {"18:45", "18:38", "18:37"}


# A teaser box under the article: another article's title, a paragraph of
# its summary, a line cut off, and a read-more link.
READ_MORE_BOXES = {
    "de": [
        "Wie ein kleines Dorf im Schwarzwald seine alte Mühle rettete",
        "Jahrelang stand die Mühle am Bach leer, und niemand im Dorf wollte sich um das morsche Gebäude"
        " kümmern, bis ein Verein aus Rentnern und Schülern die Arbeit aufnahm.",
        "Heute mahlt das große Rad wieder jeden Sonntag Korn, und Besucher kommen aus der ganzen Region,"
        " um zuzusehen, wie …",
        "Weiterlesen",
    ],
    "en": [
        "How a small village in the hills saved its old mill",
        "For years the mill by the stream stood empty, and nobody in the village wanted to look after the"
        " rotting building, until a club of pensioners and pupils took on the work.",
        "Today the great wheel grinds grain again every Sunday, and visitors come from all over the region"
        " to watch how …",
        "Read more »",
    ],
    "fr": [
        "Comment un petit village des collines a sauvé son vieux moulin",
        "Pendant des années, le moulin au bord du ruisseau est resté vide, et personne au village ne voulait"
        " s'occuper du bâtiment pourri, jusqu'à ce qu'une association de retraités et d'élèves s'y mette.",
        "Aujourd'hui, la grande roue moud de nouveau le grain chaque dimanche, et les visiteurs viennent de"
        " toute la région pour voir comment ...",
        "Lire la suite",
    ],
    "es": [
        "Cómo un pequeño pueblo de las colinas salvó su viejo molino",
        "Durante años el molino junto al arroyo estuvo vacío, y nadie en el pueblo quería ocuparse del"
        " edificio podrido, hasta que una asociación de jubilados y alumnos se puso a trabajar.",
        "Hoy la gran rueda vuelve a moler grano cada domingo, y los visitantes llegan de toda la región"
        " para ver cómo …",
        "Leer más",
    ],
}


@pytest.mark.parametrize(
    ("lang", "items"), [("de", 0), ("en", 0), ("es", 0), *((k, 1) for k in READ_MORE_BOXES)]
)
def test_a_teaser_box_with_a_read_more_link_under_the_article_goes(lang: str, items: int) -> None:
    # under the most-read list, a box with another article's summary cut off
    # above its read-more link: a run of its own far from the article (first
    # rows), or the region's end right under the list's heading (the rest)
    _, headline, paragraphs, _, _ = SIDEBAR_FIRST[lang]
    heading, titles = SIDEBAR_MOST_READ[lang]
    page = [*MENUS[lang], headline, *paragraphs, heading, *titles[items : items + 5]]
    text = "\n".join([*page, *READ_MORE_BOXES[lang], *MENUS[lang][:5]])
    assert clean(text).splitlines() == [headline, *paragraphs]


@pytest.mark.parametrize("lang", sorted(READ_MORE_BOXES))
def test_an_article_cut_off_above_a_read_more_link_stays(lang: str) -> None:
    # the article's own last line cut off above the link (a paywall's
    # teaser): in a clean text, and on a whole page with nothing between
    # its paragraphs and that line
    _, headline, paragraphs, _, _ = SIDEBAR_FIRST[lang]
    cut, link = READ_MORE_BOXES[lang][2:]
    assert clean("\n".join([headline, *paragraphs, cut, link])).splitlines()[-1] == cut
    page = "\n".join([*MENUS[lang], headline, *paragraphs, cut, link, *MENUS[lang][:5]])
    assert clean(page).splitlines() == [headline, *paragraphs, cut]


@pytest.mark.parametrize("lang", sorted(READ_MORE_BOXES))
def test_a_teaser_box_names_its_reason(lang: str) -> None:
    _, headline, paragraphs, _, _ = SIDEBAR_FIRST[lang]
    heading, titles = SIDEBAR_MOST_READ[lang]
    box = READ_MORE_BOXES[lang]
    text = "\n".join([*MENUS[lang], headline, *paragraphs, heading, *titles[1:6], *box, *MENUS[lang][:5]])
    reasons = {b.text: b.reason for b in explain(text).blocks}
    assert reasons[box[2]].startswith("dropped: a teaser box under the article")


@pytest.mark.parametrize(
    ("line", "link"),
    [
        ("Read more", True),
        ("Read more »", True),
        ("....weiterlesen", True),
        ("Mehr lesen...", True),
        ("Artikel lesen", True),
        ("Continue reading →", True),
        ("Leggi tutto", True),
        ("Lees meer", True),
        ("Ler mais", True),
        ("Read more about the plan in our guide to the budget.", False),
        ("Weiterlesen lohnt sich, sagt die Autorin.", False),
        ("Lire", False),
    ],
)
def test_a_read_more_link_is_a_whole_line(line: str, link: bool) -> None:
    assert read_more_link(line) is link


@pytest.mark.parametrize(
    "line", ["Read more »", "Weiterlesen", "Lire la suite", "Leer más", "Läs mer", "続きを読む"]
)
def test_a_read_more_link_is_a_family_of_the_lexicon_and_a_widget_label(line: str) -> None:
    # the lexicon asks for read-more links on their own; the labels cleaner
    # drops one standing alone as it drops a widget's label
    assert load_lexicon().label(line) == "readmore"
    block = explain(f"The council met on Monday to discuss the plan.\n{line}").blocks[1]
    assert (block.kept, block.cleaner, block.reason) == (
        False,
        "labels",
        f'dropped: "{line}" is a widget label',
    )


def test_the_labels_cleaner_records_what_it_took_a_line_for() -> None:
    lines = {
        "Home": LabelKind.NAVIGATION,
        "Share": LabelKind.WIDGET,
        "Continue reading": LabelKind.WIDGET,
        "Open in App": LabelKind.APP,
        "Previous article": LabelKind.PAGER,
        "Share on Facebook Share on Twitter Email": LabelKind.BAR,
        "News | Sport | Our story of the week": LabelKind.MENU,
        "The council met on Monday to discuss the plan.": None,
    }
    doc = Document.from_text("\n".join(lines))
    Labels().annotate(doc)
    assert [b.label for b in doc.blocks] == list(lines.values())
    # another decision replaces the cleaner's, and what it took the line for
    assert doc.keep(doc.blocks[0], "region", "kept: inside the article", force=True)
    assert doc.blocks[0].label is None


@pytest.mark.parametrize(
    ("kind", "bar"), [(LabelKind.WIDGET, True), (LabelKind.NAVIGATION, False), (None, False)]
)
def test_a_share_bar_is_told_by_what_the_labels_cleaner_took_its_lines_for(
    kind: LabelKind | None, bar: bool
) -> None:
    # two lines the labels cleaner dropped, the line between them a button
    # the lexicon does not know: whatever the reasons say, the kind decides
    doc = Document.from_text("Teilen\nText kopieren\nLink kopieren")
    for b in (doc.blocks[0], doc.blocks[2]):
        doc.drop(b, "labels", "dropped: a line")
        b.label = kind
    assert _share_bar(doc, features(doc)) == ({1} if bar else set())


# the text an embedded post prints around it, the platforms' own strings in
# the language the embed was made in: Instagram's link over the post and its
# "shared by" line under it, Facebook's "posted by" line with the weekday,
# YouTube's and TikTok's player labels
EMBED_LEFTOVERS = {
    "en": [
        "View this post on Instagram",
        "A post shared by Jane Roe (@janeroe)",
        "A post shared by Farm News (@farm.news) on Mar 4, 2024 at 10:21am PST",
        "View this profile on Instagram",
        "Watch on YouTube",
        "Tap to unmute",
        "If playback doesn't begin shortly, try restarting your device.",
        "♬ original sound - Jane Roe",
    ],
    "de": [
        "Sieh dir diesen Beitrag auf Instagram an",
        "Ein Beitrag geteilt von Anna Schmidt (sie/ihr) (@anna_schmidt)",
        "Ein Beitrag geteilt von Hofladen Muster (@hofladen.muster) am 4. Mär 2024 um 10:21 Uhr",
        "Auf YouTube ansehen",
        "♬ Originalton - Anna Schmidt",
    ],
    "fr": [
        "Voir cette publication sur Instagram",
        "Une publication partagée par Jean Dupont (@jdupont)",
        "Regarder sur YouTube",
        "Publiée par Jean Dupont sur lundi 4 mars 2024",
    ],
    "es": [
        "Ver esta publicación en Instagram",
        "Una publicación compartida de Ana Pérez (@anaperez)",
        "Ver en YouTube",
    ],
    "it": [
        "Visualizza questo post su Instagram",
        "Un post condiviso da Mario Rossi (@mariorossi)",
        "Guarda su YouTube",
    ],
    "nl": [
        "Bekijk dit bericht op Instagram",
        "Een bericht gedeeld door Jan Jansen (@janjansen)",
        "Bekijken op YouTube",
    ],
    "pt": [
        "Ver essa foto no Instagram",
        "Uma publicação compartilhada por Ana Silva (@anasilva)",
        "Assistir no YouTube",
    ],
}


@pytest.mark.parametrize(("lang", "line"), [(lg, x) for lg, xs in EMBED_LEFTOVERS.items() for x in xs])
def test_the_text_an_embedded_post_prints_around_it_goes(lang: str, line: str) -> None:
    body = ARTICLE.get(lang, ARTICLE["en"])
    text = "\n".join(["Dry summer speeds up the harvest", body[0], line, *body[1:]])
    out = clean(text).splitlines()
    assert line not in out
    assert all(b in out for b in body)


def test_an_instagram_embed_between_paragraphs_leaves_its_post() -> None:
    # the link over the post and the "shared by" line under it go; the post's
    # own text, quoted in the article, stays
    body = ARTICLE["de"]
    post = "Endlich Regen über dem Tal – die Ernte kann weitergehen! #landwirtschaft"
    embed = [
        "Sieh dir diesen Beitrag auf Instagram an",
        post,
        "Ein Beitrag geteilt von Hof Muster (@hof.muster)",
    ]
    text = "\n".join(["Trockener Sommer beschleunigt die Ernte", body[0], *embed, *body[1:]])
    out = clean(text).splitlines()
    assert embed[0] not in out
    assert embed[2] not in out
    assert post in out
    assert all(b in out for b in body)


# sentences that speak of an embedded post or a media player: prose, not the
# embed's or the player's own text
EMBED_PROSE = [
    "A post shared by the mayor on Monday drew thousands of comments from farmers who had waited for weeks.",
    "Watch on YouTube: the council's full debate on the new water rules is online, a spokesman said.",
    "Ein Beitrag geteilt von der Bürgermeisterin (@stadt) löste am Montag eine Debatte über die Brunnen aus.",
    "Voir cette publication sur Instagram a suffi pour que des centaines d'agriculteurs se mobilisent.",
    "Publicado por Ana Silva em segunda-feira, o relatório mostra que os poços baixaram em toda a região.",
]
PLAYER_PROSE = [
    "Watch later this week as the council debates the water rules, the chairwoman told farmers.",
    "The video player loading screen froze for an hour during the council's live stream on Tuesday.",
    "Fullscreen adverts on the council's website drew complaints from readers, the clerk said.",
    "Später ansehen können die Bürger die Debatte des Rates in der Mediathek, sagte die Sprecherin.",
    "Regarder plus tard le débat du conseil sera possible sur le site de la mairie, selon la porte-parole.",
    "Ver más tarde el debate del concejo será posible en la web del ayuntamiento, dijo la portavoz.",
]


@pytest.mark.parametrize("prose", EMBED_PROSE + PLAYER_PROSE)
def test_a_sentence_about_a_shared_post_or_a_player_stays(prose: str) -> None:
    body = ARTICLE["en"]
    text = "\n".join(["Dry summer speeds up the harvest", body[0], prose, *body[1:]])
    assert prose in clean(text).splitlines()


# an author's bio longer than the patterns read (600 characters): its first
# sentence is a bio, so it goes where it closes the article, as a short one
# does; the article is long enough that the bio is not most of the text
LONG_BIO_ARTICLE = [
    "The city council voted on Tuesday to approve the budget for the coming year after a long debate.",
    "Members said the plan would pay for new schools, roads and parks, and that taxes would not rise.",
    "The mayor welcomed the vote and said the city would publish the details of the spending next week.",
    "Opponents said they would keep pressing for cuts to the budget of the police in the months to come.",
    "A first public hearing on the plan for the parks is set for the end of the month at the town hall.",
    "The council will vote on the rules for the new tram line in the spring, its chairwoman told reporters.",
    "Several shop owners said they hoped the works on the main street would be over before the summer.",
    "The budget also sets aside money for the old library, which has been closed since the flood in May.",
    "A vote on the fees for the public pools was put off until the autumn, to the dismay of the swim clubs.",
]


def _long(first: str, *more: str) -> str:
    text = first
    while len(text) <= 600:
        text += " " + " ".join(more)
    return text


LONG_BIOS = {
    "en": _long(
        "Jane Roe is a reporter who covers city hall, the courts and the schools for the paper.",
        "She grew up by the river and has lived in the city for twenty years.",
        "Before that she wrote about farming for a weekly in the north.",
    ),
    "en, the name in capitals": _long(
        "JANE ROE has written for many magazines about cities and the people who run them.",
        "She lives by the river with two cats and far too many books.",
        "Her first novel comes out next spring.",
    ),
    "de": _long(
        "ANNA SCHMIDT hat für viele Zeitungen über Städte und ihre Bürger geschrieben.",
        "Sie lebt mit zwei Katzen am Fluss und liest viel zu viele Bücher.",
        "Ihr erster Roman erscheint im nächsten Frühjahr.",
    ),
    "fr": _long(
        "Jeanne Dupont est journaliste et couvre la mairie, les tribunaux et les écoles pour le journal.",
        "Elle a grandi au bord du fleuve et vit en ville depuis vingt ans.",
        "Auparavant, elle écrivait sur l'agriculture pour un hebdomadaire du nord.",
    ),
    "es": _long(
        "JUANA PÉREZ ha escrito para muchas revistas sobre las ciudades y sus vecinos.",
        "Vive junto al río con dos gatos y demasiados libros.",
        "Su primera novela sale la próxima primavera.",
    ),
    "en, about the author": _long(
        "About the author: Jane Roe writes about cities, courts and schools.",
        "She grew up by the river and has lived in the city for twenty years.",
        "Before that she wrote about farming for a weekly in the north.",
    ),
    "de, über die Autorin": _long(
        "Über die Autorin: Anna Schmidt schreibt über Städte und ihre Bürger.",
        "Sie lebt mit zwei Katzen am Fluss und liest viel zu viele Bücher.",
        "Ihr erster Roman erscheint im nächsten Frühjahr.",
    ),
}


@pytest.mark.parametrize("key", sorted(LONG_BIOS))
def test_a_long_bio_closing_the_article_goes(key: str) -> None:
    bio = LONG_BIOS[key]
    assert len(bio) > 600
    out = clean("\n".join(["Menu", "Home", *LONG_BIO_ARTICLE, bio, "Share", "Related posts"])).splitlines()
    assert out == LONG_BIO_ARTICLE


@pytest.mark.parametrize("key", sorted(LONG_BIOS))
def test_a_long_bio_inside_the_article_stays(key: str) -> None:
    # the same block between two paragraphs of the article is the article's
    bio = LONG_BIOS[key]
    body = [*LONG_BIO_ARTICLE[:4], bio, *LONG_BIO_ARTICLE[4:]]
    assert clean("\n".join(["Menu", "Home", *body, "Share"])).splitlines() == body


# a long paragraph of the article that only looks like a bio's opening stays
# where it stands, at the article's end too
LONG_BIO_PROSE = [
    _long(
        "Jane Roe is a nurse who has worked nights at the city hospital for twenty years.",
        "She said the ward had never been so short of staff as this winter, when half of her team fell ill.",
    ),
    _long(
        "Jane Roe, a teacher at the school by the river, said the parents had waited long enough for the new roof.",
        "The council promised the works for the summer, but nothing has happened since, she said on Tuesday.",
    ),
    _long(
        "About the authors of the letter, the council said nothing more on Tuesday.",
        "Its chairwoman said only that every letter would get an answer, and that the budget would not change.",
    ),
]


@pytest.mark.parametrize("para", LONG_BIO_PROSE)
def test_a_long_paragraph_opening_like_a_bio_stays(para: str) -> None:
    for body in ([*LONG_BIO_ARTICLE[:4], para, *LONG_BIO_ARTICLE[4:]], [*LONG_BIO_ARTICLE, para]):
        assert clean("\n".join(["Menu", "Home", *body, "Share"])).splitlines() == body


def test_a_bio_right_above_the_comments_ends_the_article() -> None:
    # the region took in a reader's comment under the bio; the bio and what
    # follows the comment thread's head go
    bio = LONG_BIOS["en, the name in capitals"]
    text = "\n".join(
        [
            "Menu",
            "Home",
            *LONG_BIO_ARTICLE,
            bio,
            "12 responses to “The budget vote”",
            "1. Tom Smith says:",
            "Thank you for this piece, I had no idea that the council had spent so long on the budget this year.",
            "And the parks really do need the money, as anyone who walks there in the evening can tell you.",
            "Reply",
        ]
    )
    assert clean(text).splitlines() == LONG_BIO_ARTICLE


# teaser cards under a most-read heading that follows the article (each a
# headline, then its summary, which reads as prose): the first card's
# headline, right under the heading, is dropped with it by the sections
# cleaner, but still counts as a card's line, so the summaries are no
# article resuming; and a box of related links inside the article, which the
# article goes on under, does not hide the later heading
CARDS_AFTER = {
    "en": {
        "article": [
            "Drought: farmers in the valley fear for their harvest",
            "Farmers in the valley have lost a large part of their harvest this year because of the long drought.",
            "The regional council announced that it would review the rules on water use before the end of next month.",
            "Several growers said that their wells had not been this low for at least twenty years in the region.",
            "Farm unions are asking for emergency aid and a review of the calendar of the irrigation restrictions.",
            "A meeting between the councillors and the farmers' representatives is planned at the town hall next week.",
        ],
        "box": ["Read also", "Groundwater at its lowest level in twenty years"],
        "heading": "Most read",
        "cards": [
            "Old town pool: is closing it for good now the only option left?",
            "The mayor confirmed on Tuesday that renovating the pool would cost the town far too much, and that it was now looking for other solutions with the swimming clubs and the schools.",
            "Choir: a first national prize for the singers of the town",
            "The forty singers won the national contest on Saturday in front of an international jury, a first for the region, which had waited more than thirty years for the title, its chairman said.",
            "Museum: a new wing for modern sculpture",
            "The opening exhibition brings together a hundred works lent by private collections from all over Europe, and the museum hopes to welcome more than fifty thousand visitors before the end of the year.",
        ],
    },
    "de": {
        "article": [
            "Dürre: Die Bauern im Tal bangen um ihre Ernte",
            "Die Bauern im Tal haben in diesem Jahr wegen der langen Trockenheit einen großen Teil ihrer Ernte verloren.",
            "Der Regionalrat kündigte an, die Regeln für die Wassernutzung bis zum Ende des nächsten Monats zu überprüfen.",
            "Mehrere Landwirte sagten, ihre Brunnen seien seit mindestens zwanzig Jahren nicht mehr so niedrig gewesen.",
            "Die Bauernverbände fordern eine Soforthilfe und einen neuen Zeitplan für die Einschränkungen beim Bewässern.",
            "Ein Treffen der Ratsmitglieder mit den Vertretern der Landwirte ist für die kommende Woche im Rathaus geplant.",
        ],
        "box": ["Lesen Sie auch", "Grundwasser so niedrig wie seit zwanzig Jahren nicht mehr"],
        "heading": "Meistgelesen",
        "cards": [
            "Hallenbad der Stadt: Bleibt jetzt nur noch die Schließung?",
            "Der Bürgermeister bestätigte am Dienstag, dass die Sanierung des Bades die Stadt viel zu viel kosten würde, und sucht nun mit den Schwimmvereinen und den Schulen nach anderen Lösungen.",
            "Chor: Ein erster nationaler Preis für die Sänger der Stadt",
            "Die vierzig Sänger gewannen am Samstag den nationalen Wettbewerb vor einer internationalen Jury, eine Premiere für die Region, die seit mehr als dreißig Jahren auf den Titel gewartet hatte.",
            "Museum: Ein neuer Flügel für moderne Skulptur",
            "Die erste Ausstellung zeigt hundert Werke aus Privatsammlungen in ganz Europa, und das Museum hofft, bis zum Ende des Jahres mehr als fünfzigtausend Besucher zu empfangen.",
        ],
    },
    "fr": {
        "article": [
            "Sécheresse : les agriculteurs de la vallée inquiets pour leurs récoltes",
            "Les agriculteurs de la vallée ont perdu une grande partie de leur récolte cette année à cause de la sécheresse.",
            "Le conseil régional a annoncé qu'il réexaminerait les règles d'usage de l'eau avant la fin du mois prochain.",
            "Plusieurs exploitants ont déclaré que leurs puits n'avaient jamais été aussi bas depuis au moins vingt ans.",
            "Les syndicats agricoles demandent une aide d'urgence et une révision du calendrier des restrictions d'irrigation.",
            "Une réunion entre les élus et les représentants des agriculteurs est prévue la semaine prochaine à la mairie.",
        ],
        "box": ["À lire aussi", "Les nappes phréatiques au plus bas depuis vingt ans"],
        "heading": "Les plus lus",
        "cards": [
            "Piscine municipale : la fermeture définitive est-elle inévitable ?",
            "Le maire a confirmé mardi que les travaux de rénovation du bassin coûteraient beaucoup trop cher à la commune, qui cherche désormais d'autres solutions avec les clubs de natation et les écoles du quartier.",
            "Chorale : un premier prix national pour les chanteurs de la ville",
            "Les quarante choristes ont remporté samedi le concours national devant un jury international, une première pour la région qui attendait ce titre depuis plus de trente ans, selon le président de l'association.",
            "Musée : une nouvelle aile pour la sculpture moderne",
            "L'exposition inaugurale réunit une centaine d'œuvres prêtées par des collections privées de toute l'Europe, et le musée espère accueillir plus de cinquante mille visiteurs avant la fin de l'année.",
        ],
    },
    "es": {
        "article": [
            "Sequía: los agricultores del valle temen por su cosecha",
            "Los agricultores del valle han perdido este año gran parte de su cosecha por culpa de la larga sequía.",
            "El consejo regional anunció que revisará las normas sobre el uso del agua antes de que termine el mes próximo.",
            "Varios productores dijeron que sus pozos no habían estado tan bajos desde hace al menos veinte años.",
            "Los sindicatos agrarios piden una ayuda urgente y una revisión del calendario de las restricciones de riego.",
            "Está prevista para la semana que viene una reunión entre los concejales y los representantes de los agricultores.",
        ],
        "box": ["Lee también", "Los acuíferos, en su nivel más bajo en veinte años"],
        "heading": "Lo más leído",
        "cards": [
            "Piscina municipal: ¿es el cierre definitivo la única salida?",
            "El alcalde confirmó el martes que la reforma de la piscina costaría demasiado al municipio, que busca ahora otras soluciones con los clubes de natación y los colegios del barrio.",
            "Coro: un primer premio nacional para los cantantes de la ciudad",
            "Los cuarenta cantantes ganaron el sábado el concurso nacional ante un jurado internacional, algo inédito en la región, que esperaba el título desde hacía más de treinta años, según su presidente.",
            "Museo: una nueva ala para la escultura moderna",
            "La exposición inaugural reúne un centenar de obras prestadas por colecciones privadas de toda Europa, y el museo espera recibir a más de cincuenta mil visitantes antes de fin de año.",
        ],
    },
}


@pytest.mark.parametrize("lang", sorted(CARDS_AFTER))
@pytest.mark.parametrize("boxed", [False, True])
def test_teaser_cards_under_a_most_read_heading_after_the_article_go(lang: str, boxed: bool) -> None:
    page = CARDS_AFTER[lang]
    article, box, cards = page["article"], page["box"], page["cards"]
    menu, footer = CHROME["navigation"][lang]
    body = [*article[:3], *(box if boxed else []), *article[3:]]
    out = clean("\n".join([*menu, *body, page["heading"], *cards, *footer])).splitlines()
    assert all(p in out for p in article)
    assert not any(c in out for c in cards)


# a recipe site's box of other recipes under the recipe ("More recipes",
# "Polecane przepisy"): a heading of the related family in every language
@pytest.mark.parametrize(
    ("lang", "heading", "cards"),
    [
        ("en", "More recipes", ["Lemon tart with a crisp almond base", "Quick bean stew for cold evenings"]),
        (
            "en",
            "Recommended recipes",
            ["Lemon tart with a crisp almond base", "Quick bean stew for cold evenings"],
        ),
        (
            "de",
            "Mehr Rezepte",
            ["Zitronentarte mit knusprigem Mandelboden", "Schneller Bohneneintopf für kalte Abende"],
        ),
        ("de", "Empfohlene Rezepte", ["Zitronentarte mit knusprigem Mandelboden", "Schneller Bohneneintopf"]),
        (
            "fr",
            "Plus de recettes",
            ["Tarte au citron sur fond d'amandes", "Ragoût de haricots pour les soirs froids"],
        ),
        ("fr", "Recettes recommandées", ["Tarte au citron sur fond d'amandes", "Ragoût de haricots"]),
        (
            "es",
            "Más recetas",
            ["Tarta de limón con base de almendras", "Guiso rápido de alubias para el invierno"],
        ),
        ("es", "Recetas recomendadas", ["Tarta de limón con base de almendras", "Guiso rápido de alubias"]),
        (
            "en",
            "Polecane przepisy",
            ["Tarta cytrynowa na migdałowym spodzie", "Szybki gulasz z fasoli na zimę"],
        ),
        (
            "en",
            "Więcej przepisów z tym składnikiem",
            ["Tarta cytrynowa na migdałowym spodzie", "Szybki gulasz"],
        ),
    ],
)
def test_a_box_of_other_recipes_goes_with_its_heading(lang: str, heading: str, cards: list[str]) -> None:
    assert load_lexicon().section_heading(heading) == "related"
    text = "\n".join([*ARTICLE[lang], heading, *cards])
    out = clean(text).splitlines()
    assert out == ARTICLE[lang]


# an embedded Facebook post: the start of its text, cut off by the embed, over
# its signature in the language the embed was made in
FACEBOOK_EMBEDS = {
    "en": (
        "Families must not be burdened even more in these times of rising…",
        "Posted by Example Party on Monday, February 7, 2022",
    ),
    "de": (
        "Familien dürfen in diesen Zeiten nicht noch zusätzlich belastet…",
        "Gepostet von Beispielpartei am Montag, 7. Februar 2022",
    ),
    "fr": (
        "Les familles ne doivent pas être davantage pénalisées en ces temps...",
        "Publiée par Parti Exemple sur lundi 7 février 2022",
    ),
    "es": (
        "Las familias no pueden cargar con más costes en estos tiempos de…",
        "Publicado por Partido Ejemplo en lunes, 7 de febrero de 2022",
    ),
}


@pytest.mark.parametrize("lang", sorted(FACEBOOK_EMBEDS))
def test_the_cut_off_text_of_an_embedded_post_goes_with_its_signature(lang: str) -> None:
    post, signature = FACEBOOK_EMBEDS[lang]
    text = "\n".join([*ARTICLE[lang][:2], post, signature, ARTICLE[lang][2]])
    assert clean(text).splitlines() == ARTICLE[lang]


def test_a_whole_sentence_over_a_post_signature_stays() -> None:
    # the post quoted whole ends a sentence; a line cut off with no signature
    # under it is the article's
    whole = "Families must not be burdened even more in these times of rising costs."
    text = "\n".join([*ARTICLE["en"][:2], whole, FACEBOOK_EMBEDS["en"][1], ARTICLE["en"][2]])
    assert whole in clean(text).splitlines()
    trailing = "And then the growers waited for the rain, and waited, and waited…"
    text = "\n".join([*ARTICLE["en"], trailing])
    assert trailing in clean(text).splitlines()


# A form's notice on one of its fields: a spam trap to leave empty, a field to
# fill in, an error under it ("Leave this field empty if you're human:",
# "Dieses Feld ist ein Pflichtfeld.", "Ce champ est obligatoire.").
FORM_NOTICES = {
    "en": [
        "Leave this field blank if you are human:",
        "This field is required.",
        "You're already subscribed!",
    ],
    "de": ["Bitte das Feld leer lassen", "Bitte fülle dieses Feld aus.", "Die E-Mail-Adresse ist ungültig."],
    "fr": ["Merci de laisser ce champ vide", "Veuillez renseigner ce champ.", "Vous êtes déjà inscrite."],
    "es": ["Por favor, deje este campo en blanco", "Rellena este campo.", "Este campo es requerido."],
}
# sentences about a field or a subscription stay
FORM_PROSE = [
    "The judges said this field is required reading for anyone who studies the old river maps.",
    "Leave this field of study to the experts, the dean told the first-year students on Monday.",
    "Wer sich bereits für den Newsletter angemeldet hat, bekommt die Ausgabe schon am Freitag.",
    "Le maire a demandé aux agriculteurs de laisser ce champ vide jusqu'à la fin des travaux.",
]


@pytest.mark.parametrize("lang", sorted(FORM_NOTICES))
def test_a_forms_notice_on_a_field_is_chrome(lang: str) -> None:
    lex = load_lexicon()
    for line in FORM_NOTICES[lang]:
        assert lex.pattern(line) == "forms", line
    text = "\n".join([*ARTICLE[lang][:2], *FORM_NOTICES[lang], ARTICLE[lang][2]])
    assert clean(text).splitlines() == ARTICLE[lang]


@pytest.mark.parametrize("line", FORM_PROSE)
def test_a_sentence_about_a_field_stays(line: str) -> None:
    assert load_lexicon().pattern(line) is None


# a newsletter's sign-up box that lists what it brings, between its prompt and
# its consent line or button, with the address field's label over them
NEWSLETTER_OFFERS = {
    "en": [
        "Sign up for our newsletter",
        "Weekly farm prices",
        "Tips for the garden",
        "Prize draws",
        "Your email address",
        "Subscribe now",
    ],
    "de": [
        "Melden Sie sich jetzt für unseren Newsletter an und erhalten Sie regelmäßig",
        "aktuelle Angebote aus der Region",
        "Ausflugstipps für das Wochenende",
        "tolle Gewinnspiele",
        "Ihre E-Mail-Adresse",
        "Mit der Eintragung Ihrer E-Mail-Adresse akzeptieren Sie unsere Datenschutzerklärung.",
    ],
    "fr": [
        "Inscrivez-vous à notre newsletter",
        "Les prix du marché",
        "Nos conseils de jardinage",
        "Jeux-concours",
        "Votre adresse e-mail",
        "Inscrivez-vous maintenant",
    ],
    "es": [
        "Suscríbete a nuestro newsletter",
        "Precios del mercado",
        "Consejos para el huerto",
        "Sorteos",
        "Tu correo electrónico",
        "Suscríbete ahora",
    ],
}


@pytest.mark.parametrize("lang", sorted(NEWSLETTER_OFFERS))
def test_what_a_newsletter_box_offers_goes(lang: str) -> None:
    body = ARTICLE[lang]
    ex = explain("\n".join([body[0], *NEWSLETTER_OFFERS[lang], body[1], body[2]]))
    assert ex.text.splitlines() == body
    reasons = {b.text: b.reason for b in ex.blocks}
    assert reasons[NEWSLETTER_OFFERS[lang][2]] == "dropped: what a newsletter's sign-up box offers"


def test_short_lines_after_a_newsletter_prompt_with_no_sign_up_stay() -> None:
    # a list of the article's own under a prompt, with the article going on
    # under it (no button, no consent line): not the box's offer
    body = ARTICLE["en"]
    items = ["Two wells ran dry", "Three farms sold their herds"]
    text = "\n".join([body[0], "Sign up for our newsletter", *items, body[1], body[2]])
    out = clean(text).splitlines()
    for item in items:
        assert item in out


# a media player's controls and states, left as text where the player stood
# in the article: its buttons ("Watch later", "Fullscreen"), its loading
# notice and its ad's "Skip" button, in each language's own words
PLAYER_CONTROLS = {
    "en": [
        "Watch later",
        "Replay",
        "Autoplay",
        "Fullscreen",
        "Video player loading",
        "Skip Ad",
        "Copy embed code",
    ],
    "de": [
        "Später ansehen",
        "Erneut abspielen",
        "Vollbild",
        "Untertitel",
        "Video wird geladen",
        "Embed-Code kopieren",
    ],
    "fr": ["Regarder plus tard", "Rejouer", "Lecture automatique", "Plein écran", "Passer la publicité"],
    "es": ["Ver más tarde", "Volver a ver", "Reproducción automática", "Pantalla completa", "Omitir anuncio"],
    "it": ["Guarda più tardi", "Riproduzione automatica", "Schermo intero", "Salta annuncio"],
    "pt": ["Assistir mais tarde", "Reprodução automática", "Tela cheia", "Pular anúncio"],
    "nl": ["Later bekijken", "Automatisch afspelen", "Volledig scherm", "Advertentie overslaan"],
    "pl": ["Obejrzyj później", "Pełny ekran"],
    "sv": ["Titta senare", "Hoppa över annons"],
    "da": ["Se senere", "Fuld skærm"],
    "fi": ["Katso myöhemmin", "Ohita mainos"],
    "cs": ["Celá obrazovka", "Přeskočit reklamu"],
    "tr": ["Daha sonra izle", "Tam ekran"],
    "ru": ["Смотреть позже", "Пропустить рекламу"],
}


@pytest.mark.parametrize(("lang", "line"), [(lg, x) for lg, xs in PLAYER_CONTROLS.items() for x in xs])
def test_a_media_players_control_in_the_article_goes(lang: str, line: str) -> None:
    assert load_lexicon().label(line) == "player"
    body = ARTICLE.get(lang, ARTICLE["en"])
    text = "\n".join(["Dry summer speeds up the harvest", body[0], line, *body[1:]])
    out = clean(text).splitlines()
    assert line not in out
    assert all(b in out for b in body)


def test_a_media_players_control_is_a_widget_label_and_no_evidence_of_a_page() -> None:
    # read as a widget label by the rules that read those around a line (a
    # share bar), and, like the notice that the browser cannot play the
    # video, no evidence of whether the text is an extractor's or a page's
    doc = Document.from_text("Share\nFullscreen\nVideo player loading\nSkip ad")
    Labels().annotate(doc)
    assert all(b.label is LabelKind.WIDGET for b in doc.blocks)
    assert doc.records.notices == {1, 2, 3}


def test_an_extractors_text_with_a_player_in_it_stays_a_clean_text() -> None:
    # an extractor keeps the player's controls with the article as readily
    # as a whole page holds them: six of them do not make the text a page
    # (sent through the region scoring), and its short lines stay
    body = LONG_BIO_ARTICLE
    player = ["Watch later", "Share video", "Fullscreen", "Subtitles", "Autoplay", "Video player loading"]
    article = ["The budget vote", body[0], "The parks", *body[1:4], "The tram", *body[4:]]
    text = "\n".join([*article[:2], *player, *article[2:]])
    assert Pipeline().document(text).records.clean_text is True
    assert clean(text).splitlines() == article


# a video's or a post's counter alone on its line, its magnitude abbreviated
# in lower case in some languages ("3,4 k vues", "12 mil visualizaciones")
PLAYER_COUNTERS = [
    "3,4 k vues",
    "12 mil visualizaciones",
    "1,2 mil vistas",
    "340 reproducciones",
    "1.234 Wiedergaben",
    "3.456 Abrufe",
    "2,1 mln visualizzazioni",
    "87 riproduzioni",
    "12 mil reproduções",
]


@pytest.mark.parametrize("line", PLAYER_COUNTERS)
def test_a_players_counter_alone_goes(line: str) -> None:
    doc = Document.from_text(line)
    Bylines().annotate(doc)
    assert doc.blocks[0].reason == "dropped: a byline with a counter"


@pytest.mark.parametrize(
    "line",
    [
        "The clip drew 340 reproducciones in an hour",
        "Farmers want 12 new views",
        "12 mil visualizaciones en una hora, dijo la portavoz del concejo",
    ],
)
def test_a_line_with_a_count_and_other_words_is_no_counter(line: str) -> None:
    doc = Document.from_text(line)
    Bylines().annotate(doc)
    assert doc.blocks[0].kept is None


# a note where the piece first appeared or what it is taken from, at the
# article's edge: the article's own line (the source_notes family, kept by the
# region cleaner right above or under the region; the region does not grow
# past it)
SOURCE_NOTES = {
    "en": [
        "This post originally appeared on The Valley Ledger.",
        "This article was first published in the spring issue of Field Notes.",
        "A version of this story appeared in the Sunday print edition.",
        "Originally published at Harvest Weekly.",
        "This article is republished from a farming quarterly under a Creative Commons license.",
        "Excerpted from Dry Years, a memoir of the valley, published by Example Press.",
    ],
    "de": [
        "Dieser Artikel erschien zuerst bei der Talzeitung.",
        "Dieser Beitrag ist zuerst im Magazin Feldweg erschienen.",
        "Der Text wurde ursprünglich im Blog Landleben veröffentlicht.",
        "Aus: Trockene Jahre. Ein Tal erzählt. Beispielverlag, Kassel 2019",
        "Auszug aus dem Buch Trockene Jahre, Beispielverlag 2019.",
    ],
    "fr": [
        "Cet article a été publié initialement sur La Gazette du Val.",
        "Cet article a d'abord été publié dans la revue Terres.",
        "Une version de cet article est parue dans Le Journal des champs.",
        "Article initialement publié sur le blog Campagne.",
        "Extrait du livre Années sèches, Éditions Exemple, 2019.",
    ],
    "es": [
        "Este artículo fue publicado originalmente en La Gaceta del Valle.",
        "Este texto se publicó originalmente en la revista Campo.",
        "Una versión de este artículo apareció en El Diario Rural.",
        "Publicado originalmente en el blog Tierra Seca.",
        "Extracto del libro Años secos, Editorial Ejemplo, 2019.",
    ],
}
SOURCE_NOTE_CASES = [(lang, line) for lang, lines in SOURCE_NOTES.items() for line in lines]


@pytest.mark.parametrize(("lang", "line"), SOURCE_NOTE_CASES)
def test_a_source_note_is_the_sources_family(lang: str, line: str) -> None:
    assert load_lexicon().pattern(line) == "source_notes"


@pytest.mark.parametrize(
    "line",
    [
        # prose that says where something appeared, and a timestamp
        "The first estimate of the harvest appeared in a report on Monday.",
        "Dieser Artikel wurde am 12. März aktualisiert.",
        "First published on March 12, 2024 / 8:16 AM",
        "Adapting from the drought took the farmers years.",
        "Cet article contient des liens affiliés.",
        "Der Beitrag, den Sie suchen, wurde bereits gelöscht.",
        "Publicado em 12 de março de 2024",
        "Het verhaal is eerder een sprookje dan een verslag.",
    ],
)
def test_prose_about_what_appeared_is_no_source_note(line: str) -> None:
    assert load_lexicon().pattern(line) != "source_notes"


def _source_page(lang: str, note: str, where: str) -> tuple[list[str], list[str]]:
    """A page whose article has a source note right above (or under) it,
    set among a byline, tags and the menus; returns (page, article)."""
    menu, footer = CHROME["navigation"][lang]
    byline = CHROME["bylines and timestamps"][lang][0]
    body = [*ARTICLE[lang], *ARTICLE[lang]]
    if where == "above":
        lines = [*menu, *byline, note, *body, "Jane Roe", "Tags", "Harvest", "Water", *footer]
    else:
        lines = [*menu, *byline, *body, "Jane Roe", note, "Tags", "Harvest", "Water", *footer]
    return lines, body


@pytest.mark.parametrize("where", ["above", "under"])
@pytest.mark.parametrize(("lang", "line"), SOURCE_NOTE_CASES)
def test_a_source_note_at_the_articles_edge_stays(lang: str, line: str, where: str) -> None:
    page, body = _source_page(lang, line, where)
    out = clean("\n".join(page)).splitlines()
    assert line in out
    assert all(p in out for p in body)
    # the region does not grow past it: the byline's name, the tags go
    assert not {"Jane Roe", "Tags", "Harvest", "Water"} & set(out)


def test_a_source_note_away_from_the_article_goes() -> None:
    # in the footer, under the tags and a menu, the note is no line of this article
    note = SOURCE_NOTES["en"][0]
    menu, footer = CHROME["navigation"]["en"]
    page = [*menu, *ARTICLE["en"], *ARTICLE["en"], "Tags", "Harvest", "Water", "Drought", *footer, note]
    out = clean("\n".join(page)).splitlines()
    assert note not in out
    assert all(p in out for p in ARTICLE["en"])


# the family in Italian, Portuguese and Dutch too
@pytest.mark.parametrize(
    "line",
    [
        "Questo articolo è stato pubblicato originariamente su La Gazzetta della Valle.",
        "Pubblicato originariamente sul blog Campi Secchi.",
        "Estratto dal libro Anni secchi, Editore Esempio, 2019.",
        "Este artigo foi publicado originalmente no Diário do Vale.",
        "Publicado originalmente na revista Campo.",
        "Dit artikel verscheen eerder in De Dalkrant.",
        "Dit stuk is eerder gepubliceerd op het blog Droge Jaren.",
        "Oorspronkelijk verschenen in het tijdschrift Akker.",
    ],
)
def test_a_source_note_in_other_languages_is_the_family(line: str) -> None:
    assert load_lexicon().pattern(line) == "source_notes"


# A comment thread with no heading of its own: a name, a date, the comment's
# text, the reply button ("Antworten", "Répondre", "Responder"), the next comment.
REPLY_THREAD = {
    "de": (
        "Antworten",
        [
            (
                "Petra sagt:",
                "3. Mai 2024 um 10:36 Uhr",
                ["Danke für den Bericht, bei uns im Dorf sieht es genauso aus und keiner tut etwas dagegen."],
            ),
            (
                "Klaus",
                "3. Mai 2024 um 11:02 Uhr",
                ["Das sehe ich auch so, die Brunnen waren noch nie so leer wie in diesem Sommer."],
            ),
        ],
    ),
    "fr": (
        "Répondre",
        [
            (
                "Claire",
                "3 mai 2024 à 10:36",
                [
                    "Merci pour cet article, chez nous aussi les puits sont presque vides depuis le mois de juin."
                ],
            ),
            (
                "Marc",
                "3 mai 2024 à 11:02",
                ["Je suis bien d'accord, personne ne se souvient d'un été aussi sec dans notre vallée."],
            ),
        ],
    ),
    "es": (
        "Responder",
        [
            (
                "Lucía",
                "3 de mayo de 2024 a las 10:36",
                [
                    "Gracias por el artículo, en nuestro pueblo los pozos también están casi vacíos desde junio."
                ],
            ),
            (
                "Javier",
                "3 de mayo de 2024 a las 11:02",
                ["Estoy de acuerdo, nadie recuerda un verano tan seco en todo el valle desde hace años."],
            ),
        ],
    ),
}


def _thread(lang: str) -> list[str]:
    label, entries = REPLY_THREAD[lang]
    return [line for name, date, body in entries for line in (name, date, *body, label)]


@pytest.mark.parametrize("lang", sorted(REPLY_THREAD))
def test_a_thread_with_no_heading_starts_at_its_first_comment(lang: str) -> None:
    # the first reply button heads the thread, and the comment right above it
    # (its name, its date, its text) is the thread's too: no part of the article
    text = "\n".join(["Home", "News", "Weather", "Contact", *ARTICLE[lang], *_thread(lang), "Impressum"])
    assert clean(text).splitlines() == ARTICLE[lang]


@pytest.mark.parametrize("lang", sorted(REPLY_THREAD))
def test_one_dated_paragraph_above_a_reply_button_is_no_thread(lang: str) -> None:
    # a name and a date over a paragraph, with no second comment under the
    # button: nothing shows a thread, the paragraph is left to the region
    label, entries = REPLY_THREAD[lang]
    name, date, body = entries[0]
    lines = ["Home", "News", "Weather", "Contact", *ARTICLE[lang], name, date, *body, label, "Impressum"]
    doc = Pipeline().document("\n".join(lines))
    under = doc.records.section_under
    assert not any(under.get(b.index) == "comments" for b in doc.blocks if b.text == body[0])
    assert doc.records.section_heads == [lines.index(label)]


def test_a_comment_goes_on_across_its_short_lines() -> None:
    # under the thread's heading, a comment whose paragraphs a short line
    # parts ("Danke!", a line cut off with a dash) stays in the thread up to
    # the next comment's date
    comment = [
        "Wer hier wen über den Tisch gezogen hat, ist noch offen, das hängt nicht nur vom Rat der Stadt ab.",
        "Den Vorschlag abzulehnen war natürlich richtig, aber jetzt muss der Rat sagen, was er stattdessen will.",
        "Hier ging es nur um die Nebenfrage, wer die Pumpen liefert, und das ist nicht das eigentliche Thema.",
        "Danke!",
        "Ich fände es richtig, wenn die Bauern selbst einmal erklären würden, wie viel Wasser sie brauchen -",
        "dann wäre die Debatte am Ende ehrlicher.",
        "Und ich verspreche, dass ich mir die Brunnen im Sommer selbst ansehen werde, bevor ich wieder schreibe.",
    ]
    second = "Das sehe ich anders, die Bauern haben schon oft gesagt, wie viel Wasser sie brauchen, nur hört keiner zu."
    lines = [
        "Startseite",
        "Politik",
        "Wirtschaft",
        "Sport",
        *ARTICLE["de"],
        "Leserkommentare",
        "Petra",
        "14. 01. 2020, 13:47",
        *comment,
        "antworten",
        "melden",
        "Klaus",
        "14. 01. 2020, 20:29",
        second,
        "antworten",
    ]
    doc = Pipeline().document("\n".join(lines))
    under = doc.records.section_under
    assert all(under.get(lines.index(line)) == "comments" for line in comment)
    assert clean("\n".join(lines)).splitlines() == ARTICLE["de"]


def test_a_run_of_the_article_that_goes_on_into_the_comments_ends_at_their_heading() -> None:
    # with weights that score by length alone, the comments' paragraphs read
    # as the article's, and with the heading, the name and the date dropped
    # they follow its last paragraph in one run: the run ends at the heading
    weights = length_only_weights()
    comments = [
        "Ich habe mit den Bauern aus dem Nachbardorf gesprochen, und sie erzählen dasselbe über ihre Brunnen.",
        "Man sollte endlich darüber reden, wie viel Wasser die großen Betriebe im Sommer aus dem Boden holen.",
    ]
    lines = [
        *ARTICLE["de"],
        "Kommentare",
        "Petra",
        "3. Mai 2024 um 10:36 Uhr",
        *comments,
        "Antworten",
        "Klaus",
        "3. Mai 2024 um 11:02 Uhr",
        "Sehe ich auch so.",
    ]
    doc = Document.from_text("\n".join(lines))
    for cleaner in (Labels(), Bylines(), Sections()):
        cleaner.annotate(doc)
    assert all(doc.records.section_under.get(lines.index(line)) == "comments" for line in comments)
    Region(weights).annotate(doc)
    assert doc.render().splitlines() == ARTICLE["de"]


# The share, follow, print, save and loading labels in each language's own UI
# wording, as the platforms' buttons and the sites' widgets print them
# (tools/lexicon_coverage.py lists the English entries and their equivalents).
UI_LABELS = {
    "en": ["Share on Instagram", "Share on Bluesky", "Share on Telegram", "Loading map...", "Please wait"],
    "de": [
        "Auf Instagram teilen",
        "Per WhatsApp teilen",
        "Jetzt Artikel teilen!",
        "Karte wird geladen, bitte warten …",
        "Link kopiert",
        "Folge uns",
    ],
    "fr": [
        "Partager sur Instagram",
        "Partager sur WhatsApp",
        "Imprimer l'article",
        "Suivez-nous",
        "Chargement de la carte…",
        "Ajouter aux favoris",
    ],
    "es": [
        "Compartir en Instagram",
        "Compartir en X",
        "Compartir este artículo",
        "Imprimir artículo",
        "Síguenos",
        "Cargando mapa...",
    ],
    "it": [
        "Condividi su Instagram",
        "Condividi questo articolo",
        "Stampa l'articolo",
        "Link copiato",
        "Seguici",
        "Caricamento mappa",
    ],
    "pt": [
        "Compartilhar no Instagram",
        "Partilhar no WhatsApp",
        "Imprimir artigo",
        "Link copiado",
        "Siga-nos",
        "Carregando mapa...",
    ],
    "nl": [
        "Delen op Instagram",
        "Deel dit artikel",
        "Artikel afdrukken",
        "Link gekopieerd",
        "Volg ons",
        "Kaart wordt geladen...",
    ],
}
# an article in the languages ARTICLE does not hold
MORE_ARTICLES = {
    "it": [
        "Gli agricoltori della valle hanno iniziato la raccolta prima del solito a causa dell'estate secca.",
        "Il consiglio regionale ha detto che rivedrà le regole sull'acqua prima della prossima semina.",
        "Diversi coltivatori hanno raccontato che i loro pozzi non erano mai stati così bassi da vent'anni.",
    ],
    "pt": [
        "Os agricultores do vale começaram a colheita mais cedo este ano por causa do verão muito seco.",
        "O conselho regional disse que vai rever as regras da água antes da próxima época de plantio.",
        "Vários produtores contaram que os seus poços estão no nível mais baixo das últimas duas décadas.",
    ],
    "nl": [
        "De boeren in het dal zijn dit jaar vroeger met de oogst begonnen door de droge zomer en warme nachten.",
        "De regionale raad zei dat hij de regels voor het water zal herzien voor het volgende plantseizoen.",
        "Verschillende telers vertelden dat hun putten zo laag staan als in twintig jaar niet is voorgekomen.",
    ],
}


@pytest.mark.parametrize("lang", sorted(UI_LABELS))
def test_share_follow_print_and_loading_labels_in_each_language(lang: str) -> None:
    body = ARTICLE.get(lang) or MORE_ARTICLES[lang]
    labels = UI_LABELS[lang]
    # in the article, between its paragraphs, where a share bar or a map stands
    text = "\n".join([body[0], *labels[:3], body[1], *labels[3:], body[2]])
    ex = explain(text)
    dropped = {b.text: b.cleaner for b in ex.blocks if not b.kept}
    for label in labels:
        # (a label, or a line the language's share pattern takes: "Compartir en Instagram")
        assert dropped.get(label) in {"labels", "boilerplate"}, f"{label!r} kept or dropped otherwise"
    assert ex.text.splitlines() == body


# a one-word subheading that a widget's label would be ("Karte" over a map,
# "Print" over a story on newspapers): the lexicon holds the widget's whole
# phrase ("Karte wird geladen", "Print article"), never such a word alone
SUBHEADINGS = {
    "en": ["Map", "Threads"],
    "de": ["Karte", "Warten"],
    "fr": ["Carte", "Favoris"],
    "es": ["Mapa", "Favoritos"],
}


@pytest.mark.parametrize("lang", sorted(SUBHEADINGS))
def test_a_one_word_subheading_like_a_widget_word_stays(lang: str) -> None:
    body = ARTICLE[lang]
    first, second = SUBHEADINGS[lang]
    lines = [body[0], first, body[1], second, body[2]]
    assert clean("\n".join(lines)).splitlines() == lines


def test_the_coverage_tool_finds_no_gap_in_the_main_languages() -> None:
    """tools/lexicon_coverage.py: every English share, follow, print, save,
    loading, read-more, pager and app label it has a row for has its
    equivalent in de, fr, es, it, pt and nl."""
    import importlib.util as iu
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "tools" / "lexicon_coverage.py"
    spec = iu.spec_from_file_location("lexicon_coverage", path)
    assert spec is not None
    assert spec.loader is not None
    tool = iu.module_from_spec(spec)
    spec.loader.exec_module(tool)
    rows, gaps = tool.table(tool.LANGUAGES)
    assert {lang: words for lang, words in gaps.items() if words} == {}
    # and it reads the families: "share on instagram" is a row, marked in every language
    marks = {entry: m for _, entry, m in rows}
    assert marks["share on instagram"] == ["ok"] * len(tool.LANGUAGES)


# An author's bio closing the article that opens with the name the page's
# byline gives ("By Jane Roe" ... "Jane Roe is director of ..."), which no
# role word of the bios patterns tells: the byline's name is the evidence.
# Never among the region's first lines (a profile opens with its subject's
# name), never with a name no byline gives.
NAME_BIO_PAGES = {
    "en": (
        "By Jane Roe",
        [
            "The council voted on Tuesday to build a new bridge over the river, officials said after the long meeting.",
            "Work on the bridge will start in May and should end two years later, the mayor told reporters on the steps.",
            "Residents had asked for a second crossing for more than a decade, as the old bridge is closed every winter.",
            "The cost will be shared by the region and the town, which will borrow part of its share from a state fund.",
        ],
        "Jane Roe has taught urban planning at the state university since 2015 and edits its quarterly review.",
        "Jane Roe was born in the valley and has walked over the old bridge every morning of her childhood.",
    ),
    "de": (
        "Von Anna Schmidt",
        [
            "Der Gemeinderat hat am Dienstag beschlossen, eine neue Brücke über den Fluss zu bauen, wie die Stadt mitteilte.",
            "Die Arbeiten sollen im Mai beginnen und zwei Jahre dauern, sagte der Bürgermeister nach der langen Sitzung.",
            "Die Anwohner fordern seit mehr als zehn Jahren einen zweiten Übergang, weil die alte Brücke im Winter gesperrt ist.",
            "Die Kosten teilen sich das Land und die Stadt, die einen Teil ihres Anteils aus einem Fonds leihen wird.",
        ],
        "Anna Schmidt hat in Wien Stadtplanung studiert und lebt seit 2015 mit ihrer Familie am Rand von Mannheim.",
        "Anna Schmidt ist im Tal geboren und ist als Kind jeden Morgen über die alte Brücke zur Schule gegangen.",
    ),
    "fr": (
        "Par Marie Dupont",
        [
            "Le conseil municipal a voté mardi la construction d'un nouveau pont sur le fleuve, a annoncé la mairie.",
            "Les travaux commenceront en mai et devraient durer deux ans, a précisé le maire à la sortie de la séance.",
            "Les habitants réclament un second passage depuis plus de dix ans, car le vieux pont est fermé chaque hiver.",
            "La région et la ville partageront le coût, la ville empruntant une partie de sa part à un fonds de l'État.",
        ],
        "Marie Dupont a étudié l'urbanisme à Lyon et vit depuis 2015 avec sa famille au bord du fleuve.",
        "Marie Dupont est née dans la vallée et a traversé le vieux pont chaque matin de son enfance pour aller à l'école.",
    ),
    "es": (
        "Por Lucía Gómez",
        [
            "El ayuntamiento aprobó el martes la construcción de un nuevo puente sobre el río, informó el consistorio.",
            "Las obras empezarán en mayo y durarán dos años, explicó el alcalde al salir de la larga reunión del pleno.",
            "Los vecinos piden un segundo paso desde hace más de una década, porque el puente viejo cierra cada invierno.",
            "La región y la ciudad compartirán el coste, y la ciudad pedirá prestada una parte a un fondo del Estado.",
        ],
        "Lucía Gómez ha estudiado urbanismo en Sevilla y vive desde 2015 con su familia junto al río.",
        "Lucía Gómez nació en el valle y cruzó el puente viejo cada mañana de su infancia para ir a la escuela.",
    ),
}
NAME_BIO_HEAD = ["Menu", "Home", "World", "Bridge vote"]
NAME_BIO_FOOT = ["Related posts", "Contact", "Imprint"]


@pytest.mark.parametrize("lang", sorted(NAME_BIO_PAGES))
def test_a_bio_opening_with_the_bylines_name_closing_the_article_goes(lang: str) -> None:
    byline, article, bio, _ = NAME_BIO_PAGES[lang]
    text = "\n".join([*NAME_BIO_HEAD, byline, *article, bio, *NAME_BIO_FOOT])
    out = clean(text).splitlines()
    assert all(p in out for p in article)
    assert bio not in out


@pytest.mark.parametrize("lang", sorted(NAME_BIO_PAGES))
def test_a_bio_shaped_line_with_a_name_no_byline_gives_stays(lang: str) -> None:
    _, article, bio, _ = NAME_BIO_PAGES[lang]
    other = {"en": "By Tom Berg", "de": "Von Tom Berg", "fr": "Par Tom Berg", "es": "Por Tom Berg"}[lang]
    text = "\n".join([*NAME_BIO_HEAD, other, *article, bio, *NAME_BIO_FOOT])
    assert bio in clean(text).splitlines()


@pytest.mark.parametrize("lang", sorted(NAME_BIO_PAGES))
def test_a_paragraph_opening_with_the_bylines_name_among_the_first_lines_stays(lang: str) -> None:
    # a profile of its own author's sort: the name opens the article
    # (set off from the next paragraph by a share bar, or the article short)
    byline, article, _, lede = NAME_BIO_PAGES[lang]
    for body in ([lede, *article], [lede, "Share", *article], [lede, *article[:1]]):
        text = "\n".join([*NAME_BIO_HEAD, byline, *body, *NAME_BIO_FOOT])
        out = clean(text).splitlines()
        assert lede in out
        assert all(p in out for p in body if p != "Share")


# Block.kind: the family of chrome a decision took a line for, which the rules
# of other cleaners read (the reason says it in words, for the user only)

_KIND_STAMPS = {
    # (a timestamp, a name with a timestamp, a related-content heading, a comment heading)
    "en": ("May 3, 2024 10:21 am", "Jane Roe May 3, 2024 10:21 am", "Related stories", "Comments"),
    "de": (
        "12. März 2024, 10:21 Uhr",
        "Anna Schmidt 12. März 2024, 10:21 Uhr",
        "Mehr zum Thema",
        "Kommentare",
    ),
    "fr": ("12 mars 2024 à 10h21", "Jeanne Dupont 12 mars 2024 à 10h21", "À lire aussi", "Commentaires"),
    "es": (
        "12 de marzo de 2024 10:21",
        "Juana Pérez 12 de marzo de 2024 10:21",
        "Noticias relacionadas",
        "Comentarios",
    ),
}


@pytest.mark.parametrize("lang", sorted(_KIND_STAMPS))
def test_the_bylines_cleaner_sets_the_kind_of_a_timestamp_and_a_signed_one(lang: str) -> None:
    stamp, signed, _, _ = _KIND_STAMPS[lang]
    doc = Document.from_text("\n".join([signed, "Bus routes change", stamp, *ARTICLE[lang]]))
    Bylines().annotate(doc)
    assert (doc.blocks[0].kept, doc.blocks[0].kind) == (False, "signed_timestamp")
    assert (doc.blocks[2].kept, doc.blocks[2].kind) == (False, "timestamp")
    # the reasons the user reads are as they were
    assert doc.blocks[0].reason == "dropped: a byline with a timestamp"
    assert doc.blocks[2].reason == "dropped: a timestamp"
    assert all(b.kind is None for b in doc.blocks[3:])


def test_the_bylines_cleaner_sets_the_kind_of_a_byline_a_counter_and_a_meta_line() -> None:
    lines = ["By Jane Roe", "Jane Roe 1,234 views", "21/06/2014 Jane Roe All, Books, News", *ARTICLE["en"]]
    doc = Document.from_text("\n".join(lines))
    Bylines().annotate(doc)
    assert [b.kind for b in doc.blocks[:3]] == ["byline", "counter", "meta_line"]


@pytest.mark.parametrize("lang", sorted(_KIND_STAMPS))
def test_the_sections_cleaner_sets_the_kind_of_a_related_heading_and_the_lines_under_it(lang: str) -> None:
    related = _KIND_STAMPS[lang][2]
    titles = ["Bus fares rise again next year", "Trams return to the old town"]
    doc = Document.from_text("\n".join([*ARTICLE[lang], related, *titles]))
    Sections().annotate(doc)
    head = len(ARTICLE[lang])
    assert (doc.blocks[head].cleaner, doc.blocks[head].kind) == ("sections", "related_head")
    assert [(b.cleaner, b.kind) for b in doc.blocks[head + 1 :]] == [("sections", "related")] * 2
    assert "related-content" in doc.blocks[head + 1].reason
    assert all(b.kind is None for b in doc.blocks[:head])


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_sections_cleaner_sets_the_kind_of_a_comment_heading_and_the_thread(lang: str) -> None:
    comments = _KIND_STAMPS[lang][3]
    text = "\n".join([*ARTICLE[lang], comments, "Jane Doe", "Great news for the town, thank you."])
    doc = Document.from_text(text)
    Sections().annotate(doc)
    head = len(ARTICLE[lang])
    assert [b.kind for b in doc.blocks[head:]] == ["comments_head", "comments", "comments"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Subscribe to our newsletter", "newsletter"),
        ("Abonnieren Sie unseren Newsletter", "newsletter"),
        ("Sign up now", "sign_up"),
        ("Jetzt anmelden", "sign_up"),
        ("By checking this box, I agree to the terms", "consent"),
        ("View this post on Instagram", "embed"),
        ("Sieh dir diesen Beitrag auf Instagram an", "embed"),
        ("Voir cette publication sur Instagram", "embed"),
        ("Ver esta publicación en Instagram", "embed"),
    ],
)
def test_the_boilerplate_cleaner_sets_the_kind_its_other_rules_read(line: str, kind: str) -> None:
    doc = Document.from_text("\n".join([*ARTICLE["en"], line]))
    Boilerplate().annotate(doc)
    assert (doc.blocks[-1].kept, doc.blocks[-1].kind) == (False, kind)


def test_the_embed_preview_rule_reads_the_kind_not_the_reason() -> None:
    from newsclean.cleaners.boilerplate import _embed_previews

    cut = "The council will vote on the new bus routes next week and…"
    # the signature under the cut-off text, taken for an embed's: the text goes
    doc = Document.from_text(f"{cut}\nPosted by Jane Roe")
    doc.drop(doc.blocks[1], "boilerplate", "dropped: a signature", kind="embed")
    _embed_previews(doc)
    assert doc.blocks[0].kept is False
    # the embed's reason without its kind: no evidence, the text stays
    doc = Document.from_text(f"{cut}\nPosted by Jane Roe")
    doc.drop(doc.blocks[1], "boilerplate", "dropped: the text an embedded post prints around it")
    _embed_previews(doc)
    assert doc.blocks[0].kept is None


def test_the_newsletter_pitch_rule_reads_the_kind_not_the_reason() -> None:
    from newsclean.cleaners.boilerplate import _newsletter_pitch

    lines = ["Newsletter box", "Daily news about the city and its people, every morning.", "Go"]

    def pitch(head: DecisionKind | None, button: DecisionKind | None) -> bool | None:
        doc = Document.from_text("\n".join(lines))
        doc.drop(doc.blocks[0], "boilerplate", "dropped: a box", kind=head)
        doc.drop(doc.blocks[2], "boilerplate", "dropped: a button", kind=button)
        _newsletter_pitch(doc)
        return doc.blocks[1].kept

    assert pitch("newsletter", "sign_up") is False
    assert pitch("newsletter", "consent") is False
    assert pitch(None, "sign_up") is None
    assert pitch("newsletter", None) is None


def test_a_later_decision_replaces_the_kind_and_json_has_no_kind() -> None:
    doc = Document.from_text("May 3, 2024")
    block = doc.blocks[0]
    assert doc.drop(block, "bylines", "dropped: a timestamp", kind="timestamp")
    assert block.kind == "timestamp"
    assert doc.keep(block, "region", "kept: a date in a list", force=True)
    assert block.kind is None
    assert "kind" not in block.to_dict()


def test_the_records_are_typed_fields_and_meta_is_left_to_user_cleaners() -> None:
    text = "\n".join([*ARTICLE["en"], "Comments", "Jane Doe", "Great news for the town, thank you."])
    doc = Pipeline().document(text)
    assert doc.meta == {}
    assert doc.records.source == text
    assert doc.records.section_heads == [len(ARTICLE["en"])]
    assert doc.records.clean_text in (True, False)


def test_a_short_article_with_one_notice_line_stays_a_clean_text() -> None:
    # an extractor's short article with a cookie banner's line under its
    # headline: the notice goes, but counts neither as chrome found nor as a
    # line of the text, so the text is still taken for a clean one and every
    # paragraph stays
    paragraphs = [
        "The county council voted on Tuesday to keep the old ferry running for another two years.",
        "Its members said the crossing was the only link for the villages on the far bank of the river.",
        "The ferry's owners had asked for a larger grant to repair the landing stages before the winter.",
    ]
    notice = "We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies."
    text = "\n".join(["Council keeps the river ferry running", notice, *paragraphs])
    doc = Pipeline().document(text)
    assert doc.records.clean_text is True
    evidence = doc.records.clean_text_evidence
    assert evidence is not None
    page, _short, _opens, dropped, _known, dropped_all = evidence
    assert (page, dropped) == (False, 0.0)
    assert dropped_all > 0.0
    out = clean(text).splitlines()
    assert notice not in out
    assert out[-3:] == paragraphs


def test_a_page_of_menus_with_one_paragraph_is_a_page() -> None:
    # a page that is mostly its menus, with one paragraph among them is
    # never taken for a clean text (kept whole): its menus go, the headline
    # and the paragraph stay
    top = ["Home", "News", "Sport", "Weather", "Business", "Culture", "Travel", "Login", "Search"]
    foot = ["About us", "Contact", "Careers", "Privacy", "Terms of use", "Advertise", "Sitemap", "Help"]
    paragraph = (
        "The county council voted on Tuesday to keep the old ferry running for another two years, "
        "as its members said the crossing was the only link for the villages on the far bank."
    )
    text = "\n".join([*top, "Council keeps the river ferry running", paragraph, *foot])
    assert Pipeline().document(text).records.clean_text is not True
    out = clean(text).splitlines()
    assert out == ["Council keeps the river ferry running", paragraph]
    assert paragraph in out
    assert not (set(top) | set(foot)) & set(out)


# the caption of a picture inside the article, right above the picture's
# credit alone on its line, between two paragraphs of the article
CAPTION_PAGES = {
    "en": (
        [
            "The city council voted on Tuesday to close the old bridge over the river to all traffic for the winter.",
            "Engineers found cracks in two of the supports last month and warned that the repairs could take a year.",
            "Residents on the east bank say the detour adds half an hour to the drive to school and to the hospital.",
            "The council will decide in March whether to repair the bridge or to build a new one a little upstream.",
        ],
        "Workers inspect a support of the old bridge on Monday.",
        "Jane Roe/Example Agency/Getty Images",
    ),
    "de": (
        [
            "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss den ganzen Winter zu sperren.",
            "Ingenieure hatten im vergangenen Monat Risse in zwei Pfeilern gefunden und vor langen Arbeiten gewarnt.",
            "Anwohner am Ostufer sagen, dass der Umweg die Fahrt zur Schule und zum Krankenhaus deutlich verlängert.",
            "Im März will der Rat entscheiden, ob die Brücke repariert oder ein Stück flussaufwärts neu gebaut wird.",
        ],
        "Arbeiter untersuchen am Montag einen Pfeiler der alten Brücke.",
        "Foto: Anna Schmidt/dpa",
    ),
    "fr": (
        [
            "Le conseil municipal a voté mardi la fermeture du vieux pont sur la rivière pendant tout l'hiver prochain.",
            "Les ingénieurs ont trouvé des fissures dans deux piliers le mois dernier et prévoient de longs travaux.",
            "Les habitants de la rive est disent que le détour allonge beaucoup le trajet vers l'école et l'hôpital.",
            "Le conseil décidera en mars s'il faut réparer le pont ou en construire un nouveau un peu plus en amont.",
        ],
        "Des ouvriers inspectent lundi un pilier du vieux pont.",
        "Photo : Jean Dupont/AFP",
    ),
    "es": (
        [
            "El ayuntamiento aprobó el martes cerrar el puente viejo sobre el río a todo el tráfico durante el invierno.",
            "Los ingenieros encontraron grietas en dos de los pilares el mes pasado y prevén unas obras muy largas.",
            "Los vecinos de la orilla este dicen que el desvío alarga mucho el trayecto a la escuela y al hospital.",
            "El pleno decidirá en marzo si repara el puente o si construye uno nuevo un poco más arriba del río.",
        ],
        "Unos obreros inspeccionan el lunes un pilar del puente viejo.",
        "Foto: Juan Pérez/EFE",
    ),
}
CAPTION_HEAD = ["Menu", "Home", "World"]
CAPTION_FOOT = ["Related posts", "Contact", "Imprint"]


@pytest.mark.parametrize("lang", sorted(CAPTION_PAGES))
def test_a_caption_above_its_credit_inside_the_article_goes(lang: str) -> None:
    sentences, caption, credit = CAPTION_PAGES[lang]
    # paragraphs of two sentences each, the caption half as long or less
    article = [" ".join(sentences[:2]), " ".join(sentences[2:])]
    text = "\n".join([*CAPTION_HEAD, article[0], caption, credit, article[1], *CAPTION_FOOT])
    out = clean(text).splitlines()
    assert all(p in out for p in article)
    assert caption not in out
    assert credit not in out


@pytest.mark.parametrize("lang", sorted(CAPTION_PAGES))
def test_a_paragraph_or_subheading_above_a_credit_stays(lang: str) -> None:
    sentences, caption, credit = CAPTION_PAGES[lang]
    article = [" ".join(sentences[:2]), " ".join(sentences[2:])]
    # a short paragraph with a dash or a comma, or a subheading that asks,
    # right above the credit of a picture with no caption
    for line in (
        caption.replace(" ", " – ", 1),
        caption.replace(" ", ", ", 1),
        caption.rstrip(".") + "?",
    ):
        text = "\n".join([*CAPTION_HEAD, article[0], line, credit, article[1], *CAPTION_FOOT])
        assert line in clean(text).splitlines(), line
    # a paragraph of the article as long as its neighbours
    text = "\n".join([*CAPTION_HEAD, *sentences[:2], credit, *sentences[2:], *CAPTION_FOOT])
    out = clean(text).splitlines()
    assert all(p in out for p in sentences)
    # the article's last line, with no paragraph under the credit
    text = "\n".join([*CAPTION_HEAD, *article, caption, credit, *CAPTION_FOOT])
    assert caption in clean(text).splitlines()


# a subheading of the article per language, over a picture whose credit
# comes before its caption
CAPTION_SUBHEADS = {
    "en": "Cracks in the supports",
    "de": "Risse in den Pfeilern",
    "fr": "Des fissures dans les piliers",
    "es": "Grietas en los pilares",
}


@pytest.mark.parametrize("lang", sorted(CAPTION_PAGES))
def test_a_caption_under_its_credit_under_a_subheading_goes(lang: str) -> None:
    sentences, caption, _ = CAPTION_PAGES[lang]
    article = [" ".join(sentences[:2]), " ".join(sentences[2:])]
    head = CAPTION_SUBHEADS[lang]
    text = "\n".join([*CAPTION_HEAD, article[0], head, "© Jane Roe", caption, article[1], *CAPTION_FOOT])
    out = clean(text).splitlines()
    assert out == [article[0], head, article[1]]


@pytest.mark.parametrize("lang", sorted(CAPTION_PAGES))
def test_a_short_paragraph_under_a_credit_under_a_paragraph_stays(lang: str) -> None:
    sentences, caption, _ = CAPTION_PAGES[lang]
    article = [" ".join(sentences[:2]), " ".join(sentences[2:])]
    # the picture between two paragraphs, its credit alone: the short line
    # under it is the article's next paragraph
    text = "\n".join([*CAPTION_HEAD, article[0], "© Jane Roe", caption, article[1], *CAPTION_FOOT])
    assert caption in clean(text).splitlines()
    # under the headline, with no paragraph above it, it may be the standfirst
    text = "\n".join([*CAPTION_HEAD, CAPTION_SUBHEADS[lang], "© Jane Roe", caption, *article, *CAPTION_FOOT])
    assert caption in clean(text).splitlines()


# a news agency's credit alone on its line, agency and photographer around a
# slash with no space, either way round
AGENCY_SLASH_CREDITS = {
    "en": "AFP/Jane Roe",
    "de": "Anna Schmidt/dpa",
    "fr": "AFP/Jean Dupont",
    "es": "EFE/Juan Pérez",
}


@pytest.mark.parametrize("lang", sorted(CAPTION_PAGES))
def test_an_agency_slash_credit_and_its_caption_go(lang: str) -> None:
    sentences, caption, _ = CAPTION_PAGES[lang]
    credit = AGENCY_SLASH_CREDITS[lang]
    article = [" ".join(sentences[:2]), " ".join(sentences[2:])]
    text = "\n".join([*CAPTION_HEAD, article[0], caption, credit, article[1], *CAPTION_FOOT])
    assert clean(text).splitlines() == article


def test_an_agency_and_a_title_around_a_slash_stay() -> None:
    sentences = CAPTION_PAGES["en"][0]
    article = [" ".join(sentences[:2]), " ".join(sentences[2:])]
    # a poll's name and a headline of four words or more, or in lower case,
    # are no photographer
    for line in ("Reuters/Ipsos Poll Shows Council Ahead", "Reuters/Ipsos poll shows support"):
        text = "\n".join([*CAPTION_HEAD, article[0], line, article[1], *CAPTION_FOOT])
        ex = explain(text)
        assert not any(b.cleaner == "boilerplate" for b in ex.blocks if b.text == line), line


# a caption with its source run in after "via", no full stop
VIA_CAPTIONS = {
    "en": "The cracked support via Example Labs",
    "de": "Der beschädigte Pfeiler via Example Labs",
    "fr": "Le pilier fissuré via Example Labs",
    "es": "El pilar agrietado vía Example Labs",
}


@pytest.mark.parametrize("lang", sorted(CAPTION_PAGES))
def test_a_caption_ending_with_its_source_via_goes(lang: str) -> None:
    sentences, _, _ = CAPTION_PAGES[lang]
    article = [" ".join(sentences[:2]), " ".join(sentences[2:])]
    text = "\n".join([*CAPTION_HEAD, article[0], VIA_CAPTIONS[lang], article[1], *CAPTION_FOOT])
    assert clean(text).splitlines() == article


@pytest.mark.parametrize("lang", sorted(CAPTION_PAGES))
def test_a_sentence_or_headline_ending_via_a_source_stays(lang: str) -> None:
    sentences, _, _ = CAPTION_PAGES[lang]
    article = [" ".join(sentences[:2]), " ".join(sentences[2:])]
    via = VIA_CAPTIONS[lang]
    # a sentence naming its source ends with a full stop; a source in lower
    # case or a handle is no credit
    for line in (
        via + ".",
        via.replace("Example Labs", "the example labs"),
        via.replace("Example", "@Example"),
    ):
        text = "\n".join([*CAPTION_HEAD, article[0], line, article[1], *CAPTION_FOOT])
        assert line in clean(text).splitlines(), line


# the caption of the lead picture between the article's date and its byline
HEADER_CAPTIONS = {
    "en": ("Updated May 4, 2024, 9:10 AM", "By Jane Roe"),
    "de": ("Aktualisiert am 4. Mai 2024, 09:10 Uhr", "Von Anna Schmidt"),
    "fr": ("Mis à jour le 4 mai 2024 à 09h10", "Par Jean Dupont"),
    "es": ("Actualizado el 4 de mayo de 2024, 09:10", "Por Juan Pérez"),
}


@pytest.mark.parametrize("lang", sorted(CAPTION_PAGES))
def test_the_lead_pictures_caption_between_date_and_byline_goes(lang: str) -> None:
    sentences, caption, _ = CAPTION_PAGES[lang]
    stamp, byline = HEADER_CAPTIONS[lang]
    article = [" ".join(sentences[:2]), " ".join(sentences[2:])]
    text = "\n".join([*CAPTION_HEAD, stamp, caption, byline, *article, *CAPTION_FOOT])
    out = clean(text).splitlines()
    assert caption not in out
    assert all(p in out for p in article)


@pytest.mark.parametrize("lang", sorted(CAPTION_PAGES))
def test_a_standfirst_between_date_and_byline_stays(lang: str) -> None:
    sentences, _, _ = CAPTION_PAGES[lang]
    stamp, byline = HEADER_CAPTIONS[lang]
    article = sentences[2:]
    # a standfirst of more than twelve words, or with a comma, stays
    for standfirst in (sentences[1], sentences[0]):
        text = "\n".join([*CAPTION_HEAD, stamp, standfirst, byline, *article, *CAPTION_FOOT])
        assert standfirst in clean(text).splitlines(), standfirst


# a broadcaster's promo of the programme under its story: the programme goes,
# a sentence of the story about listening to something stays
PROGRAMME_PROMOS = {
    "en": (
        [
            "Listen to Morning Desk live at 7:00 and 18:00 weekdays - or listen back here.",
            "Or watch again online.",
        ],
        "Residents could listen back to the council's debate on the local radio station on Tuesday evening.",
    ),
    "de": (
        ["Die ganze Sendung hier zum Nachhören", "Das Gespräch mit der Bürgermeisterin zum Nachhören."],
        "Die Anwohner konnten die Sendung am Abend im Radio hören und danach im Rathaus nachfragen.",
    ),
    "fr": (
        ["Réécoutez l'émission ici", "L'entretien est à réécouter en intégralité."],
        "Les habitants ont pu réécouter l'émission du conseil municipal mardi soir sur la radio locale.",
    ),
    "es": (
        ["Vuelve a escuchar el programa aquí", "Escucha aquí la entrevista completa."],
        "Los vecinos pudieron escuchar el programa sobre el puente el martes por la noche en la radio local.",
    ),
}


@pytest.mark.parametrize("lang", sorted(PROGRAMME_PROMOS))
def test_a_broadcasters_programme_promo_goes_a_sentence_about_listening_stays(lang: str) -> None:
    promos, prose = PROGRAMME_PROMOS[lang]
    sentences, _, _ = CAPTION_PAGES[lang]
    article = [" ".join(sentences[:2]), prose, " ".join(sentences[2:])]
    for promo in promos:
        out = clean("\n".join([*CAPTION_HEAD, *article, promo, *CAPTION_FOOT])).splitlines()
        assert all(p in out for p in article), promo
        assert promo not in out, promo


def _goes_as(family: str, lang: str, line: str) -> list[str]:
    """Assert that ``line`` matches the lexicon ``family`` and goes from
    between the first paragraphs of ``lang``'s article; the blocks dropped."""
    assert load_lexicon().pattern(line) == family
    body = ARTICLE[lang]
    text = "\n".join([body[0], line, body[1], body[2]])
    assert clean(text).splitlines() == body
    return [b.cleaner for b in explain(text).blocks if not b.kept]


def _stays_in(family: str, lang: str, line: str) -> None:
    """Assert that ``line`` matches no pattern of ``family`` and stays
    between the first paragraphs of ``lang``'s article."""
    assert load_lexicon().pattern(line) != family
    body = ARTICLE[lang]
    lines = [body[0], line, body[1], body[2]]
    assert clean("\n".join(lines)).splitlines() == lines


# Picture credits the earlier patterns missed: a caption's credit closed by a
# full stop, a source label, the text's and the pictures' authors, the kind of
# picture before ©, two pictures' credits side by side, a credit after a
# bullet, a stock agency with the photographer's handle. Language -> (credits,
# prose that starts the same way and stays).
MORE_CREDITS: dict[str, tuple[list[str], list[str]]] = {
    "en": (
        [
            "The old mill at dawn. Photo: Jane Roe.",
            "Photo source: John Doe",
            "Words & photos: Jane Roe",
            "Words: Jane Roe Photos: John Doe",
            "Drawings © Example Architects",
            "Left image: Example Agency, right image: Jane Roe",
            "The harbour at night • Credits: Example Agency",
            "Solar panels on a barn roof © iStock.com/jroe",
            "Shutterstock/jdoe",
            "A farmer in his dry field. Picture Alliance | Jane Roe",
        ],
        [
            "Photo sources close to the museum said the exhibition would open in May.",
            "Words and photos can both mislead, the professor told her students on Monday.",
            "Drawings by children from the school hang in the town hall until the end of the month.",
            "Left behind in the image archive were hundreds of photos of the old harbour.",
            "Shutterstock shares fell by five percent on Tuesday after the company cut its forecast.",
            "Picture Alliance, the photo agency, said it would close two of its offices this year.",
        ],
    ),
    "de": (
        [
            "Die alte Mühle im Morgenlicht. Foto: Max Muster.",
            "Bildquelle: Beispiel AG",
            "Text & Fotos: Max Muster",
            "Text: Max Muster Fotos: Erika Muster",
            "Zeichnungen © Beispiel Architekten",
            "Bild links: Beispiel Agentur, Bild rechts: Max Muster",
            "Der Hafen bei Nacht • Foto: Beispiel Agentur",
            "Eine Wärmepumpe vor dem Haus © AdobeStock.com/mmuster",
        ],
        [
            "Bildquellen aus dem Stadtarchiv zeigen, wie der Hafen vor hundert Jahren aussah.",
            "Text und Fotos der Ausstellung stammen aus dem Stadtarchiv, sagte die Kuratorin.",
            "Zeichnungen von Kindern aus der Nachbarschaft hängen bis Ende Mai im Rathaus.",
            "Bild links und Bild rechts zeigen denselben Platz, einmal im Jahr 1950 und einmal heute.",
        ],
    ),
    "fr": (
        [
            "Le vieux moulin à l'aube. Photo : Jean Dupont.",
            "Source photo : Jean Dupont",
            "Texte et photos : Jean Dupont",
            "Texte : Jean Dupont Photos : Marie Martin",
            "Dessins © Exemple Architectes",
            "Photo de gauche : Agence Exemple, photo de droite : Jean Dupont",
            "Le port la nuit • Crédits : Agence Exemple",
            "Le port la nuit. Crédits photo : Agence Exemple",
        ],
        [
            "Texte et photos ont été rassemblés par les élèves du lycée pendant tout l'hiver.",
            "Dessins et maquettes sont exposés à la mairie jusqu'à la fin du mois de mai.",
            "Les crédits de la région financeront la moitié des travaux du nouveau pont.",
        ],
    ),
    "es": (
        [
            "El viejo molino al amanecer. Foto: Juan Pérez.",
            "Fuente de la imagen: Juan Pérez",
            "Texto y fotos: Juan Pérez",
            "Texto: Juan Pérez Fotos: Lucía Gómez",
            "Dibujos © Estudio Ejemplo",
            "Imagen izquierda: Agencia Ejemplo, imagen derecha: Juan Pérez",
            "El puerto de noche • Créditos: Agencia Ejemplo",
        ],
        [
            "Texto y fotos del archivo municipal muestran cómo era el puerto en 1950.",
            "Dibujos de los niños del barrio decoran el ayuntamiento hasta finales de mayo.",
            "Créditos baratos y plazos largos atrajeron a miles de familias al barrio nuevo.",
        ],
    ),
}


@pytest.mark.parametrize(
    ("lang", "line"),
    [(lang, line) for lang, (credits, _) in sorted(MORE_CREDITS.items()) for line in credits],
)
def test_more_picture_credits_go(lang: str, line: str) -> None:
    assert _goes_as("credits", lang, line) == ["boilerplate"]


@pytest.mark.parametrize(
    ("lang", "line"), [(lang, line) for lang, (_, prose) in sorted(MORE_CREDITS.items()) for line in prose]
)
def test_prose_opening_like_a_picture_credit_stays(lang: str, line: str) -> None:
    _stays_in("credits", lang, line)


# The link an audio or video player leaves in the text: a media file's address
# alone on its line, in any language; an address of a page, or a sentence
# naming a media file, stays.
PLAYER_LINKS = [
    "https://example.com/wp-content/uploads/2024/05/episode-12.mp3",
    "http://radio.example.org:8000/live.m3u",
    "https://media.example.net/podcast/folge-7.m4a?download=1",
    "https://cdn.example.com/clips/harbour-at-night.mp4",
]
LINKS_THAT_STAY = [
    "https://example.com/2024/05/the-harbour-reopens-after-the-storm/",
    "The recording is online at https://example.com/uploads/episode-12.mp3 for anyone who missed it.",
    "Die Aufnahme gibt es unter https://example.com/folge-7.mp3 zum Anhören.",
]


@pytest.mark.parametrize("line", PLAYER_LINKS)
def test_a_players_media_link_goes(line: str) -> None:
    for lang in ("en", "de", "fr", "es"):
        _goes_as("player", lang, line)


@pytest.mark.parametrize("line", LINKS_THAT_STAY)
def test_a_page_link_or_a_sentence_naming_a_media_file_stays(line: str) -> None:
    _stays_in("player", "en", line)


# A consent dialog's section per outside service: the service's settings or
# cookies, and the heading over the other services. Language -> (the
# dialog's lines, prose that starts the same way and stays).
SERVICE_SETTINGS: dict[str, tuple[list[str], list[str]]] = {
    "en": (
        ["Google Maps settings:", "YouTube cookies", "Other external services"],
        [
            "Google Maps settings can be changed by every user, the company said on Tuesday.",
            "YouTube cookies are set only once the reader clicks play, the regulator found.",
            "Other external services, such as map providers, also store data about visitors.",
        ],
    ),
    "de": (
        ["Google Fonts Einstellungen:", "Vimeo und YouTube Einstellungen:", "Andere externe Dienste"],
        [
            "Google Maps Einstellungen lassen sich jederzeit ändern, teilte das Unternehmen mit.",
            "Andere externe Dienste wie Kartenanbieter speichern ebenfalls Daten, kritisierte die Behörde.",
        ],
    ),
    "fr": (
        ["Paramètres Google Maps :", "Autres services externes"],
        [
            "Paramètres Google Maps modifiés, la carte affichait de nouveau le village entier.",
            "Autres services externes visés par l'enquête : les cartes et les polices de caractères.",
        ],
    ),
    "es": (
        ["Configuración de YouTube:", "Otros servicios externos"],
        [
            "Configuración de YouTube aparte, la plataforma cambió sus normas el martes.",
            "Otros servicios externos, como los mapas, también guardan datos de los usuarios.",
        ],
    ),
}


@pytest.mark.parametrize(
    ("lang", "line"),
    [(lang, line) for lang, (lines, _) in sorted(SERVICE_SETTINGS.items()) for line in lines],
)
def test_a_consent_dialogs_section_per_service_goes(lang: str, line: str) -> None:
    _goes_as("cookies", lang, line)


@pytest.mark.parametrize(
    ("lang", "line"),
    [(lang, line) for lang, (_, prose) in sorted(SERVICE_SETTINGS.items()) for line in prose],
)
def test_prose_opening_like_a_consent_dialogs_section_stays(lang: str, line: str) -> None:
    _stays_in("cookies", lang, line)


# A lede right under the headline, run on into its read-more link, with the
# site's sidebar between it and the rest of the article.
LINKED_LEDES = {
    "en": (
        "Growers in the valley harvest early",
        "Growers in the valley picked their first grapes three weeks early this year: the summer left them "
        "no choice. The council now weighs new water rules for the autumn. [ more harvest ]",
        [
            "Farm shops",
            "Shop - Green Acre",
            "Shop - Hill Barn",
            "Shop - River Stall",
            "Markets",
            "Oldtown Market",
        ],
    ),
    "de": (
        "Die Winzer im Tal lesen früher",
        "Die Winzer im Tal haben in diesem Jahr drei Wochen früher gelesen, weil der heiße und trockene Sommer "
        "ihnen keine andere Wahl ließ. Der Rat prüft nun, wie das Wasser im Herbst verteilt wird. [ mehr Ernte ]",
        ["Hofläden", "Shop - Grünhof", "Shop - Bergscheune", "Shop - Flussstand", "Märkte", "Altstadtmarkt"],
    ),
    "fr": (
        "Les vignerons de la vallée vendangent plus tôt",
        "Les vignerons de la vallée ont vendangé trois semaines plus tôt cette année : l'été ne leur a pas "
        "laissé le choix. Le conseil étudie de nouvelles règles pour l'eau. [ plus de vendanges ]",
        [
            "Fermes",
            "Boutique - Pré Vert",
            "Boutique - Grange",
            "Boutique - Bord de l'eau",
            "Marchés",
            "Vieux marché",
        ],
    ),
    "es": (
        "Los viticultores del valle vendimian antes",
        "Los viticultores del valle vendimiaron tres semanas antes este año: el verano no les dejó otra "
        "opción. El consejo estudia nuevas normas para el agua. [ más vendimia ]",
        [
            "Granjas",
            "Tienda - Prado Verde",
            "Tienda - Granero",
            "Tienda - Orilla",
            "Mercados",
            "Mercado viejo",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(LINKED_LEDES))
def test_a_lede_run_on_into_its_link_under_the_headline_stays(lang: str) -> None:
    # the headline the page title names, its lede ending in a link ("[ more
    # harvest ]"), then a sidebar of shops longer than the region's reach,
    # then the article: the lede stays, the sidebar goes
    headline, lede, sidebar = LINKED_LEDES[lang]
    # (a teaser in the sidebar, run on into its link as well, is no lede)
    teaser = lede.replace("[", "").replace("]", "") + " [ 2 ]"
    page = [f"{headline} | Valley Post", *CHROME["navigation"][lang][0], headline, lede, *sidebar * 2]
    page += [teaser, *sidebar]
    out = clean("\n".join([*page, *ARTICLE[lang]])).splitlines()
    assert lede in out
    assert teaser not in out
    assert not set(sidebar) & set(out)
    assert out[-3:] == ARTICLE[lang]


def test_a_german_lede_dense_with_nouns_run_on_into_its_link_stays() -> None:
    # German capitalises every noun: half the words of this lede are
    # capitalised, as in many a German paragraph, and it is no list of names
    # (the limit on the share of capitals is the English one shifted by the
    # nouns' share: see features.title_limit)
    headline, _, sidebar = LINKED_LEDES["de"]
    lede = (
        "Die Stadtwerke in Neustadt erhöhen zum Jahresbeginn die Preise für Strom, Gas und Fernwärme. Der "
        "Aufsichtsrat begründet den Schritt mit den Kosten im Einkauf, die Verbraucherzentrale rät Kunden zum "
        "Vergleich der Tarife und Anbieter [ mehr Energie ]"
    )
    page = [f"{headline} | Valley Post", *CHROME["navigation"]["de"][0], headline, lede, *sidebar * 2]
    out = clean("\n".join([*page, *ARTICLE["de"]])).splitlines()
    assert lede in out
    assert not set(sidebar) & set(out)
    assert out[-3:] == ARTICLE["de"]


# A comment thread's own marks (see sections._comment_marks): its reply
# buttons ("Reply", "Rispondi", "Reply Report"), its heads ("Jane Roe says:",
# "Anna schreibt:") and its relative times ("3 hours ago", "vor 3 Stunden").
# Three comments, each a name, a time, its text and a button.
MARKED_THREAD = {
    "en": (
        ["Jane Roe", "Tom Baker", "Ann Lee"],
        ["3 hours ago", "2 hours ago", "an hour ago"],
        ["Reply", "Like Reply", "Reply Report"],
    ),
    "de": (["Petra", "Klaus Meier", "Eva"], ["vor 3 Stunden", "vor 2 Stunden", "gestern"], ["Antworten"] * 3),
    "fr": (
        ["Claire", "Marc Dubois", "Luc"],
        ["il y a 3 heures", "il y a 2 heures", "il y a un jour"],
        ["Répondre", "Répondre Signaler", "Répondre"],
    ),
    "es": (
        ["Lucía", "Javier Ruiz", "Ana"],
        ["hace 3 horas", "hace 2 horas", "hace un día"],
        ["Responder", "Responder Denunciar", "Responder"],
    ),
    "it": (["Giulia", "Marco Rossi", "Luca"], ["3 ore fa", "2 ore fa", "1 giorno fa"], ["Rispondi"] * 3),
    "pt": (["Joana", "Pedro Costa", "Rui"], ["há 3 horas", "há 2 horas", "há 1 dia"], ["Responder"] * 3),
    "nl": (
        ["Sanne", "Jan de Vries", "Pieter"],
        ["3 uur geleden", "2 uur geleden", "1 dag geleden"],
        ["Beantwoorden"] * 3,
    ),
}
# (the comments' text: the article's language matters little to the rule)
MARKED_TEXT = [
    "This is the worst summer for the wells that I can remember in all the years I have lived here.",
    "I agree with you, and the council should have acted on the water rules a long time ago.",
    "Same here.",
]
# the articles of the other languages: their own sentences
MARKED_ARTICLE = {
    **ARTICLE,
    "it": [
        "Gli agricoltori della valle hanno iniziato la raccolta prima quest'anno a causa dell'estate secca.",
        "Il consiglio regionale ha detto che rivedrà le regole sull'acqua prima della prossima stagione.",
        "Diversi coltivatori hanno raccontato che i loro pozzi sono al livello più basso da vent'anni.",
    ],
    "pt": [
        "Os agricultores do vale começaram a colheita mais cedo este ano por causa do verão muito seco.",
        "O conselho regional disse que vai rever as regras sobre a água antes da próxima estação.",
        "Vários produtores contaram que os seus poços estão no nível mais baixo em duas décadas.",
    ],
    "nl": [
        "De boeren in het dal zijn dit jaar eerder met de oogst begonnen vanwege de droge zomer.",
        "De regionale raad zei dat hij de regels voor het water voor het volgende seizoen zal herzien.",
        "Verschillende telers vertelden dat hun putten zo laag staan als in twintig jaar niet meer.",
    ],
}


def _marked_thread(lang: str) -> list[str]:
    names, times, buttons = MARKED_THREAD[lang]
    return [
        line
        for name, time, body, button in zip(names, times, MARKED_TEXT, buttons, strict=True)
        for line in (name, time, body, button)
    ]


@pytest.mark.parametrize("lang", sorted(MARKED_THREAD))
def test_a_reply_button_under_a_comment_starts_its_thread(lang: str) -> None:
    # the first reply button, a comment (name, relative time, text) above it
    # and the next comment's time under it: the thread starts at the comment
    article = MARKED_ARTICLE[lang]
    lines = ["Home", "News", "Weather", *article, *_marked_thread(lang), "Impressum"]
    doc = Pipeline().document("\n".join(lines))
    first = len(article) + 3
    under = doc.records.section_under
    assert under.get(first + 2) == "comments"  # the first comment's text
    assert first in doc.records.section_heads
    assert clean("\n".join(lines)).splitlines() == article


@pytest.mark.parametrize("lang", sorted(MARKED_THREAD))
def test_a_reply_button_alone_starts_no_thread(lang: str) -> None:
    # a button under the article, with no comment above it (no name and
    # time over a text) and none under it: no thread, the article stays
    article = MARKED_ARTICLE[lang]
    buttons = MARKED_THREAD[lang][2]
    lines = ["Home", "News", *article, buttons[0], "Impressum"]
    doc = Pipeline().document("\n".join(lines))
    under = doc.records.section_under
    assert not any(under.get(b.index) == "comments" for b in doc.blocks if b.text in article)
    assert clean("\n".join(lines)).splitlines() == article


COMMENT_HEADS = {
    "en": ["Jane Roe says:", "Tom Baker says:", "Ann Lee says:"],
    "de": ["Petra schreibt:", "Klaus Meier schreibt:", "Eva schreibt:"],
    "fr": ["Claire a écrit :", "Marc Dubois a écrit :", "Luc a écrit :"],
    "es": ["Lucía escribió:", "Javier Ruiz escribió:", "Ana escribió:"],
    "it": ["Giulia ha scritto:", "Marco Rossi ha scritto:", "Luca ha scritto:"],
    "pt": ["Joana disse:", "Pedro Costa disse:", "Rui disse:"],
    "nl": ["Sanne schreef:", "Jan de Vries schreef:", "Pieter schreef:"],
}


@pytest.mark.parametrize("lang", sorted(COMMENT_HEADS))
def test_comment_heads_start_the_thread(lang: str) -> None:
    # two heads or more ("Jane Roe says:"), each over its time and text: the
    # first starts the thread, and the heads go
    article = MARKED_ARTICLE[lang]
    _, times, _ = MARKED_THREAD[lang]
    thread = [
        line
        for head, time, body in zip(COMMENT_HEADS[lang], times, MARKED_TEXT, strict=True)
        for line in (head, time, body)
    ]
    lines = ["Home", "News", *article, *thread, "Impressum"]
    ex = explain("\n".join(lines))
    head = ex.blocks[len(article) + 2]
    assert (head.kept, head.cleaner) == (False, "sections")
    assert ex.text.splitlines() == article


def test_one_comment_head_or_a_quote_after_a_colon_is_no_thread() -> None:
    # the article quotes its people after "says:": a head needs a second one
    # and its time or button under it, and a quote after the colon is none
    lines = [
        "Home",
        *ARTICLE["en"],
        "Jane Roe says: the wells were never this low.",
        "The mayor says:",
        "We will review the rules before the next season, and every farmer will be heard.",
        "Tom Baker says:",
        "The council has promised this for years, and nothing has changed in the valley.",
        "About Us",
    ]
    doc = Pipeline().document("\n".join(lines))
    assert not any(v == "comments" for v in doc.records.section_under.values())
    assert not any(b.cleaner == "sections" for b in doc.blocks)


@pytest.mark.parametrize(
    "line",
    [
        "Three hours ago the council said the wells in the valley had never been this low.",
        "Vor 3 Stunden hat der Rat mitgeteilt, dass die Brunnen so leer sind wie nie zuvor.",
        "Il y a 3 heures, le conseil a annoncé que les puits étaient presque vides.",
        "Hace 3 horas el consejo dijo que los pozos nunca habían estado tan vacíos.",
        "Jane Roe says: “We have never seen the wells this low, and we fear the next summer.”",
        "The reply from the council came a day ago, after weeks of silence from the ministry.",
    ],
)
def test_prose_with_comment_words_is_no_comment_mark(line: str) -> None:
    from newsclean.cleaners.sections import _comment_marks
    from newsclean.lexicon import all_stopwords

    doc = Document.from_text(line)
    assert _comment_marks(doc, load_lexicon(), all_stopwords()) == {}


@pytest.mark.parametrize(
    ("line", "mark"),
    [
        ("3 hours ago", "time"),
        ("a day ago", "time"),
        ("vor einem Monat", "time"),
        ("gestern", "time"),
        ("il y a 2 semaines", "time"),
        ("hace un año", "time"),
        ("3 ore fa", "time"),
        ("há 3 horas", "time"),
        ("3 uur geleden", "time"),
        ("Reply", "reply"),
        ("Like Reply", "reply"),
        ("Antworten Melden", "reply"),
        ("Répondre Signaler", "reply"),
        ("Responder", "reply"),
        ("Rispondi", "reply"),
        ("Beantwoorden", "reply"),
        ("Jane Roe says:", "head"),
        ("Jane Roe says: May 3, 2024 at 10:36 am", "head"),
        ("Anna Schmidt schreibt:", "head"),
        ("Claire a écrit :", "head"),
        ("Javier escribió:", "head"),
        ("Marco ha scritto:", "head"),
        ("Jan schreef:", "head"),
    ],
)
def test_comment_marks(line: str, mark: str) -> None:
    from newsclean.cleaners.sections import _comment_marks
    from newsclean.lexicon import all_stopwords

    assert _comment_marks(Document.from_text(line), load_lexicon(), all_stopwords()) == {0: mark}


# A comment heading's word alone on its line ("Commentaires", "Comentarios")
# is no counter with nothing counted: it heads the thread (see
# bylines.byline_reason and the sections cleaner).
BARE_COMMENT_HEADINGS = {
    "en": "Comments",
    "de": "Kommentare",
    "fr": "Commentaires",
    "es": "Comentarios",
    "it": "Commenti",
    "pt": "Comentários",
    "nl": "Reacties",
}


@pytest.mark.parametrize("lang", sorted(BARE_COMMENT_HEADINGS))
def test_a_comment_headings_word_alone_heads_the_thread(lang: str) -> None:
    article = MARKED_ARTICLE[lang]
    heading = BARE_COMMENT_HEADINGS[lang]
    names = MARKED_THREAD[lang][0]
    thread = [line for name, body in zip(names, MARKED_TEXT, strict=True) for line in (name, body)]
    lines = ["Home", "News", *article, heading, *thread, "Impressum"]
    doc = Pipeline().document("\n".join(lines))
    at = len(article) + 2
    block = doc.blocks[at]
    assert block.kept is False
    assert block.cleaner != "bylines"
    if block.cleaner == "sections":  # (not a label the labels cleaner dropped first)
        assert block.kind == "comments_head"
    assert at in doc.records.section_heads
    assert doc.records.section_under.get(at + 1) == "comments"
    assert clean("\n".join(lines)).splitlines() == article


def test_a_bare_comment_heading_is_no_counter_but_a_counted_one_is() -> None:
    from newsclean.cleaners.bylines import byline_reason

    lex = load_lexicon()
    for word in ("Commentaires", "Comentarios", "Réactions", "Comments"):
        assert byline_reason(word, 1, False, lex) is None
    assert byline_reason("Jane Roe Commentaires", 3, False, lex) == "a byline with a counter"
    assert byline_reason("1,234 vues", 2, False, lex) == "a byline with a counter"
    assert byline_reason("Reviews", 1, False, lex) == "a byline with a counter"


# A comment's head with its date before the colon
DATED_HEADS = {
    "en": ["Jane Roe says on May 3, 2024 at 10:36 am:", "Tom Baker says on May 3, 2024 at 11:02 am:"],
    "de": ["Klaus schreibt am 3. Mai 2024 um 10:36:", "Petra Weber schreibt am 3. Mai 2024 um 11:02:"],
    "fr": ["Jeanne a écrit le 3 mai 2024 à 10h36 :", "Marc Dubois a écrit le 3 mai 2024 à 11h02 :"],
    "es": [
        "Juana escribió el 3 de mayo de 2024 a las 10:36:",
        "Javier Ruiz escribió el 3 de mayo de 2024 a las 11:02:",
    ],
}


@pytest.mark.parametrize("lang", sorted(DATED_HEADS))
def test_comment_heads_with_their_date_before_the_colon_start_the_thread(lang: str) -> None:
    from newsclean.cleaners.sections import _comment_marks
    from newsclean.lexicon import all_stopwords

    heads = DATED_HEADS[lang]
    marks = _comment_marks(Document.from_text("\n".join(heads)), load_lexicon(), all_stopwords())
    assert marks == {0: "head", 1: "head"}
    article = ARTICLE[lang]
    thread = [line for head, body in zip(heads, MARKED_TEXT[:2], strict=True) for line in (head, body)]
    lines = ["Home", "News", *article, *thread, "Impressum"]
    doc = Pipeline().document("\n".join(lines))
    first = len(article) + 2
    assert first in doc.records.section_heads
    # (a thread after the article, for the region cleaner's far runs)
    assert first in doc.records.thread_heads
    assert clean("\n".join(lines)).splitlines() == article


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said on 3 May 2024 at 10:36:",
        "Jane Roe says on 3 May there were 12 people:",
        "Die Ministerin sagt am 3. Mai 2024 um 10:36:",
        "Le maire a dit le 3 mai 2024 à 10h36 :",
        "El alcalde dijo el 3 de mayo de 2024 a las 10:36:",
    ],
)
def test_a_dated_sentence_before_a_colon_is_no_comment_head(line: str) -> None:
    from newsclean.cleaners.sections import _comment_marks
    from newsclean.lexicon import all_stopwords

    assert _comment_marks(Document.from_text(line), load_lexicon(), all_stopwords()) == {}


def test_a_reply_buttons_thread_is_recorded_in_thread_heads() -> None:
    article = MARKED_ARTICLE["en"]
    lines = ["Home", "News", "Weather", *article, *_marked_thread("en"), "Impressum"]
    doc = Pipeline().document("\n".join(lines))
    assert len(article) + 3 in doc.records.thread_heads  # the first comment's name


# A count of the comments with a prompt to write one after it
COUNTED_PROMPTS = {
    "en": "4 Comments. Leave new",
    "de": "12 Kommentare. Neuen Kommentar schreiben",
    "fr": "5 commentaires. Laisser un commentaire",
    "es": "3 comentarios. Deja tu comentario",
}


@pytest.mark.parametrize("lang", sorted(COUNTED_PROMPTS))
def test_a_count_of_the_comments_with_a_prompt_heads_the_thread(lang: str) -> None:
    article = ARTICLE[lang]
    names = MARKED_THREAD[lang][0]
    thread = [line for name, body in zip(names, MARKED_TEXT, strict=True) for line in (name, body)]
    lines = ["Home", "News", *article, COUNTED_PROMPTS[lang], *thread, "Impressum"]
    doc = Pipeline().document("\n".join(lines))
    at = len(article) + 2
    assert (doc.blocks[at].cleaner, doc.blocks[at].kind) == ("sections", "comments_head")
    assert at in doc.records.thread_heads
    assert clean("\n".join(lines)).splitlines() == article


@pytest.mark.parametrize(
    "line",
    [
        "4 comments. That was all.",
        "12 Kommentare. Mehr gab es nicht.",
        "3 comentarios. Nada más.",
    ],
)
def test_a_count_of_comments_ending_a_sentence_is_no_counted_prompt(line: str) -> None:
    from newsclean.cleaners.sections import _counted_prompt

    assert not _counted_prompt(line, True, load_lexicon())
    article = ARTICLE["en"]
    text = "\n".join([article[0], line, *article[1:]])
    assert line in clean(text).splitlines()


def test_a_list_the_article_announces_ends_at_a_comment_heading() -> None:
    # the article's list under its lead-in ("… the steps it will take:")
    # stays; the comments under the heading after it are no items of it,
    # however well they score
    import dataclasses

    weights = dataclasses.replace(length_only_weights(), list_min_score=-4.0)
    listed = ["The council named the steps it will take:", "New meters for every well", "A cap on summer use"]
    thread = [
        "Comments",
        "Tom Baker",
        "I have lived here for thirty years and I have never seen the river this low.",
        "Ann Lee",
        "The council should have acted on the water rules a long time ago, in my view.",
    ]
    doc = Document.from_text("\n".join([*ARTICLE["en"], *listed, *thread]))
    Sections().annotate(doc)
    Region(weights).annotate(doc)
    assert doc.render().splitlines() == [*ARTICLE["en"], *listed]


# A picture's caption carrying its credit after "©", with no sentence in it:
# language -> (headline, caption)
CREDITED_CAPTIONS = {
    "en": ("Valley growers start the harvest early", "The old mill above the river © Jane Roe"),
    "de": ("Die Bauern im Tal ernten früher", "Die alte Mühle über dem Fluss © Jane Roe"),
    "fr": ("Les agriculteurs récoltent plus tôt", "Le vieux moulin au-dessus de la rivière © Jane Roe"),
    "es": ("Los agricultores cosechan antes", "El viejo molino sobre el río © Jane Roe"),
}


@pytest.mark.parametrize("lang", sorted(CREDITED_CAPTIONS))
def test_a_caption_with_its_credit_between_headline_and_lede_goes(lang: str) -> None:
    # the caption right under the byline is dropped as a credit, as the
    # credits of the article's other pictures are: the headline, the lede
    # and the paragraphs the credits part stay
    headline, caption = CREDITED_CAPTIONS[lang]
    before, after = CHROME["navigation"][lang]
    one, two, three = ARTICLE[lang]
    page = [f"{headline} | Valley Post", *before, headline, "By Jane Roe", caption, one]
    page += ["Photos © Jane Roe", two, "Photo: © Jane Roe", three, *after]
    out = clean("\n".join(page)).splitlines()
    assert caption not in out
    assert out[-4:] == [headline, one, two, three]
    # (a sentence with a copyright year in it is no caption)
    assert load_lexicon().pattern("The mill opened in May. It dates from 1802 © 2024") is None


# A clean text (an extractor's output, or a page whose article comes first)
# that goes on after its article with a list of other stories' headlines:
# the list goes, in Chinese too (its lines measured in characters); an
# article's own list of names and places, or of addresses, stays.
_ZH_BRIDGE = [
    "江城旧桥今日起封闭维修",
    "本市交通部门周一宣布，连接东西两岸的江城旧桥将从下周起封闭维修，预计工期约为六周，其间过往车辆需绕行新建的南环大桥。",
    "据介绍，旧桥建成已有四十余年，近年来桥面多处出现裂缝，此次维修将更换全部伸缩缝并加固桥墩。工程人员表示，施工期间将尽量减少对周边居民的影响。",
    "市民王女士说：“每天上班都要过这座桥，绕行会多花二十分钟，但安全更重要，我们能够理解。”交通部门提醒市民提前规划出行路线。",
]
_ZH_TITLES = [
    "南环大桥晚高峰车流量创新高",
    "市区三条公交线路临时调整走向",
    "城东新建停车场下月正式投入使用",
    "全市中小学今年秋季将新增学位两千个",
    "老城区雨污分流改造工程进入收尾阶段",
    "江滨公园周末举办市民音乐节",
    "地铁五号线首批列车完成调试",
    "夏季用电高峰来临 电力部门加强巡检",
    "社区食堂让独居老人吃上热乎饭",
    "本地农产品直播带货销售额增长明显",
]


def test_a_list_of_headlines_after_a_chinese_article_goes() -> None:
    text = "\n".join(_ZH_BRIDGE + _ZH_TITLES)
    assert Pipeline().document(text).records.clean_text is True
    out = clean(text)
    assert all(line in out for line in _ZH_BRIDGE[1:])
    assert not [t for t in _ZH_TITLES if t in out]


def test_a_chinese_article_of_long_paragraphs_stays_a_clean_text() -> None:
    text = "\n".join(_ZH_BRIDGE)
    assert Pipeline().document(text).records.clean_text is True
    assert all(line in clean(text) for line in _ZH_BRIDGE[1:])


@pytest.mark.parametrize(
    "items",
    [
        # an article's list of places to go: a name and a place, a web address
        [x for i in range(5) for x in (f"Weinhaus Roe {i}, Rust", f"weinhaus-roe{i}.example")],
        # its contacts: a name, an office, an address
        [
            x
            for i in range(4)
            for x in (
                f"Dr. Jane Roe {i}",
                "Institute of Harbour and Coastal Studies",
                f"E-Mail: jane.roe{i}@example.org",
            )
        ],
    ],
)
def test_an_articles_own_list_at_a_clean_texts_end_stays(items: list[str]) -> None:
    article = [
        "Where to taste the new vintage",
        "The growers of the lake's western shore opened their cellars on Saturday, and the first visitors came by boat from the other side.",
        "Most of them offer tastings until the end of October, and some serve a small meal with the wine, the growers' association said.",
        "These are the cellars and the people to ask:",
    ]
    out = clean("\n".join(article + items))
    assert all(item in out for item in items)


# a related-content heading under the article, then a list of teaser cards
# to the page's end: each a headline over a one-sentence summary (maybe a
# date), as an extractor's text or a page ends with them; every summary reads
# as prose, so the section used to end under the first card
CARD_LIST: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "en": (
        "Related stories",
        [
            (
                "Orchard growers test a new kind of drip hose",
                "The hoses release water at night so that less of it is lost to the afternoon heat.",
                "June 4, 2024",
            ),
            (
                "Village school plants a garden of dry-land herbs",
                "Pupils chose twelve plants that need rain only twice a month in the summer.",
                "May 28, 2024",
            ),
            (
                "River pumps fall silent for the first time in years",
                "The water board switched them off after the level dropped below the old mark.",
                "May 21, 2024",
            ),
            (
                "Beekeepers move their hives to the cooler hills",
                "About forty keepers drove their colonies up the valley road over the weekend.",
                "May 14, 2024",
            ),
        ],
    ),
    "de": (
        "Mehr zum Thema",
        [
            (
                "Obstbauern testen einen neuen Tropfschlauch",
                "Die Schläuche geben das Wasser nachts ab, damit weniger davon in der Mittagshitze verloren geht.",
                "4. Juni 2024",
            ),
            (
                "Dorfschule legt einen Garten mit Trockenkräutern an",
                "Die Kinder wählten zwölf Pflanzen aus, die im Sommer nur zweimal im Monat Regen brauchen.",
                "28. Mai 2024",
            ),
            (
                "Die Pumpen am Fluss stehen erstmals seit Jahren still",
                "Der Wasserverband schaltete sie ab, nachdem der Pegel unter die alte Marke gefallen war.",
                "21. Mai 2024",
            ),
            (
                "Imker bringen ihre Völker in die kühleren Hügel",
                "Rund vierzig Imker fuhren ihre Bienen am Wochenende die Talstraße hinauf.",
                "14. Mai 2024",
            ),
        ],
    ),
    "fr": (
        "À lire aussi",
        [
            (
                "Les arboriculteurs testent un nouveau tuyau goutte-à-goutte",
                "Les tuyaux libèrent l'eau la nuit pour qu'elle se perde moins dans la chaleur de l'après-midi.",
                "4 juin 2024",
            ),
            (
                "L'école du village plante un jardin d'herbes sèches",
                "Les élèves ont choisi douze plantes qui n'ont besoin de pluie que deux fois par mois en été.",
                "28 mai 2024",
            ),
            (
                "Les pompes de la rivière s'arrêtent pour la première fois",
                "Le syndicat des eaux les a coupées quand le niveau est passé sous l'ancienne marque.",
                "21 mai 2024",
            ),
            (
                "Les apiculteurs montent leurs ruches vers les collines",
                "Une quarantaine d'apiculteurs ont transporté leurs colonies par la route de la vallée ce week-end.",
                "14 mai 2024",
            ),
        ],
    ),
    "es": (
        "Más noticias",
        [
            (
                "Los fruticultores prueban una nueva manguera de goteo",
                "Las mangueras sueltan el agua de noche para que se pierda menos con el calor de la tarde.",
                "4 de junio de 2024",
            ),
            (
                "La escuela del pueblo planta un huerto de hierbas de secano",
                "Los alumnos eligieron doce plantas que en verano solo necesitan lluvia dos veces al mes.",
                "28 de mayo de 2024",
            ),
            (
                "Las bombas del río se paran por primera vez en años",
                "La junta del agua las apagó cuando el nivel bajó de la antigua marca.",
                "21 de mayo de 2024",
            ),
            (
                "Los apicultores suben sus colmenas a las colinas más frescas",
                "Unos cuarenta apicultores llevaron sus colonias por la carretera del valle el fin de semana.",
                "14 de mayo de 2024",
            ),
        ],
    ),
}


def _card_lines(lang: str, cards: int, dated: bool) -> list[str]:
    # (the date under the first card's headline only, when dated: most cards have none)
    lines = []
    for k, (title, summary, date) in enumerate(CARD_LIST[lang][1][:cards]):
        lines += [title, date, summary] if dated and k == 0 else [title, summary]
    return lines


@pytest.mark.parametrize("lang", sorted(CARD_LIST))
@pytest.mark.parametrize(
    ("cards", "dated", "footer"), [(3, False, False), (4, True, False), (3, False, True)]
)
def test_teaser_cards_under_a_related_heading_to_the_end_go(
    lang: str, cards: int, dated: bool, footer: bool
) -> None:
    heading = CARD_LIST[lang][0]
    lines = _card_lines(lang, cards, dated)
    tail = CHROME["navigation"][lang][1] if footer else []
    out = clean("\n".join(["A headline about the dry harvest", *ARTICLE[lang], heading, *lines, *tail]))
    assert all(p in out for p in ARTICLE[lang])
    assert not [line for line in lines if line in out]


def test_teaser_cards_to_the_end_go_from_the_sections_cleaner() -> None:
    # the cards go with the heading, whatever the region cleaner makes of them
    heading = CARD_LIST["en"][0]
    lines = _card_lines("en", 3, False)
    ex = explain("\n".join([*ARTICLE["en"], heading, *lines]))
    assert [(b.kept, b.cleaner) for b in ex.blocks[len(ARTICLE["en"]) :]] == [(False, "sections")] * (
        1 + len(lines)
    )


# an article's own sections under a box of related links: a subheading over a
# paragraph, to the end; they stay when the box's link stands above them (two
# titles in a row: no card), when a paragraph has two sentences (no card's
# summary), when there are too few of them, or when the article goes on
# under them (no page's tail)
ARTICLE_SECTIONS = [
    "What the growers ask for",
    "They want the council to let them pump from the river for two more weeks in August.",
    "What the council says",
    "The water board will decide on the request at its next meeting in July.",
    "What comes next",
    "A second meeting is planned for the first week of September in the town hall.",
]


@pytest.mark.parametrize(
    "under",
    [
        ["Dry summer speeds up the harvest in the south", *ARTICLE_SECTIONS],
        [
            *ARTICLE_SECTIONS[:3],
            "The water board will decide in July. It has asked the growers for their figures first.",
            *ARTICLE_SECTIONS[4:],
        ],
        ARTICLE_SECTIONS[:2] + ARTICLE_SECTIONS[4:],
        [
            *ARTICLE_SECTIONS,
            "The growers' association will publish its own figures on the harvest at the end of the month.",
            "Until then, the wells in the lower valley stay closed, and the farmers there share what is left.",
        ],
    ],
)
def test_an_articles_subheadings_over_their_paragraphs_under_a_related_box_stay(under: list[str]) -> None:
    text = "\n".join(["A headline about the dry harvest", *ARTICLE["en"], "Related Stories", *under])
    out = clean(text).splitlines()
    assert all(p in out for p in ARTICLE["en"])
    # (the lines right under the heading, above the first paragraph, go as its links)
    first = next(k for k, line in enumerate(under) if line.endswith("."))
    assert under[first:] == out[-len(under[first:]) :]


# A bar of bracketed buttons, in the brackets sites set them in
BRACKET_BARS = {
    "en": "[Print] [Email this page] [Close window]",
    "de": "« Zurück | Seite drucken »",
    "fr": "[ Imprimer ] [ Envoyer à un ami ]",
    "es": "<< Volver | Imprimir >>",
    "zh": "【 打印此页 】 【 关闭本页 】 【 推荐给好友 】",
}


@pytest.mark.parametrize("lang", sorted(BRACKET_BARS))
def test_a_bar_of_bracketed_labels_goes(lang: str) -> None:
    bar = BRACKET_BARS[lang]
    doc = Document.from_text(bar)
    Labels().annotate(doc)
    assert doc.blocks[0].kept is False
    assert doc.blocks[0].label is LabelKind.BAR
    # and under an article that is already clean text
    text = "\n".join([*ARTICLE["en" if lang == "zh" else lang], bar])
    assert Pipeline().document(text).records.clean_text is True
    assert bar not in clean(text)


@pytest.mark.parametrize(
    "line",
    [
        "[1] [2] [3]",  # citations
        "[Smith 2010] [Roe and Doe 2012]",
        "[Print] the form and bring it to the town hall",  # text with a bracket
        "The council [of the region] met on Monday [in the old hall].",
        "« Oui » « Non »",  # quotations, no label known
        "[Applause] [Laughter]",  # a transcript's sound cues
        "【新华社】",  # one bracket alone
        "【注意：本站将于周一维护】【敬请谅解】",  # a sentence in brackets
    ],
)
def test_a_bracketed_citation_quote_or_text_is_no_bracket_bar(line: str) -> None:
    doc = Document.from_text(line)
    Labels().annotate(doc)
    assert doc.blocks[0].kept is None


# The heading of a box describing the series, column or blog the article is part of
SERIES_BOX_HEADINGS = {
    "en": "About this series",
    "de": "Über diese Reihe",
    "fr": "À propos de cette chronique",
    "es": "Acerca de esta serie",
}


@pytest.mark.parametrize("lang", sorted(SERIES_BOX_HEADINGS))
def test_the_heading_of_a_series_box_after_the_article_goes(lang: str) -> None:
    heading = SERIES_BOX_HEADINGS[lang]
    doc = Document.from_text("\n".join([*ARTICLE[lang], heading]))
    Sections().annotate(doc)
    assert doc.blocks[-1].kept is False
    assert doc.blocks[-1].cleaner == "sections"
    assert heading not in clean("\n".join([*ARTICLE[lang], heading, *ARTICLE[lang][:1]]))


def test_a_sentence_about_a_series_is_no_series_box_heading() -> None:
    line = "About this series of paintings, the artist said little until the day of the opening."
    doc = Document.from_text("\n".join([*ARTICLE["en"], line]))
    Sections().annotate(doc)
    assert doc.blocks[-1].kept is None


# A date's label whose date the dump lost, alone on its line
EMPTY_DATE_LABELS = {
    "en": "Release date:",
    "de": "Veröffentlicht am:",
    "fr": "Date de publication :",
    "es": "Fecha de publicación:",
}


@pytest.mark.parametrize("lang", sorted(EMPTY_DATE_LABELS))
def test_a_dates_label_without_its_date_goes(lang: str) -> None:
    label = EMPTY_DATE_LABELS[lang]
    text = "\n".join([ARTICLE[lang][0], label, *ARTICLE[lang][1:]])
    doc = Document.from_text(text)
    Bylines().annotate(doc)
    assert doc.blocks[1].kept is False
    assert label not in clean(text)
    assert all(line in clean(text) for line in ARTICLE[lang])


@pytest.mark.parametrize(
    "lines",
    [
        # a fact box of labels whose values the dump sets apart
        ["Beginn:", "Ende:", "Aktualisiert:", "Ort:"],
        ["Start:", "Updated:", "Venue:"],
        # no date's label: a function word, a label with its value
        ["On:"],
        ["Release date: the spring, the council said"],
    ],
)
def test_a_date_label_in_a_fact_box_or_with_its_value_is_no_empty_stamp(lines: list[str]) -> None:
    doc = Document.from_text("\n".join([ARTICLE["en"][0], *lines, ARTICLE["en"][1]]))
    Bylines().annotate(doc)
    assert all(b.kept is None for b in doc.blocks)


# A caption ending with its credit in brackets, the credit's label written
# out ("(Photo credit: …)", "(Crédit photo : …)", "(Crédito: …)"), spaces
# before the colon and all; a sentence that only speaks of a credit stays.
BRACKETED_CREDITS = {
    "en": "The old mill above the river was restored last spring. (Photo Credit : Valley Courier File Photo )",
    "de": "Die alte Mühle über dem Fluss wurde im Frühjahr renoviert. (Bildnachweis: Anna Schmidt)",
    "fr": "Le vieux moulin au-dessus de la rivière a été restauré au printemps (Crédit photo : Jean Dupont)",
    "es": "El viejo molino sobre el río fue restaurado en primavera (Crédito de la foto: Ana Pérez)",
}


@pytest.mark.parametrize("lang", sorted(BRACKETED_CREDITS))
def test_a_caption_ending_with_its_credit_in_brackets_goes(lang: str) -> None:
    caption = BRACKETED_CREDITS[lang]
    one, two, three = ARTICLE[lang]
    ex = explain("\n\n".join([one, two, caption, three]))
    assert ex.text.splitlines() == [one, "", two, "", three]
    assert next(b for b in ex.blocks if b.text == caption).cleaner == "boilerplate"
    lex = load_lexicon()
    assert lex.pattern("The bank raised the photo studio's credit (to cover its loans) in May.") is None


# A box of another story list inside the article: the topic's line ("Climate
# Policy More": its "More" link run in), the titles, and the link to the
# topic under them ("More in Climate Policy") that closes the box.
TOPIC_BOXES = {
    "en": (
        "Climate Policy More",
        ["Council approves new flood barrier", "Why the river keeps rising"],
        "More in Climate Policy",
    ),
    "de": (
        "Politik",
        ["Rat beschließt neuen Hochwasserschutz", "Warum der Fluss weiter steigt"],
        "Mehr aus Politik",
    ),
    "fr": (
        "Climat",
        ["Le conseil adopte une nouvelle digue", "Pourquoi la rivière monte encore"],
        "Plus d'actualités Climat",
    ),
    "es": (
        "Opinión",
        ["El consejo aprueba un nuevo dique", "Por qué el río sigue subiendo"],
        "Más de Opinión",
    ),
}


@pytest.mark.parametrize("lang", sorted(TOPIC_BOXES))
def test_a_box_closed_by_its_topics_more_link_goes(lang: str) -> None:
    opener, titles, link = TOPIC_BOXES[lang]
    one, two, three = ARTICLE[lang]
    doc = Document.from_text("\n".join([one, two, opener, *titles, link, three]))
    Sections().annotate(doc)
    dropped = {b.text for b in doc.blocks if b.kept is False}
    assert {opener, *titles} <= dropped
    assert all(b.kept is None for b in doc.blocks if b.text in (one, two, three))


def test_a_subheading_with_its_paragraphs_over_a_more_link_stays() -> None:
    # the same topic named above paragraphs that end sentences: no box
    one, two, three = ARTICLE["en"]
    doc = Document.from_text("\n".join([one, "Climate Policy", two, three, "More in Climate Policy"]))
    Sections().annotate(doc)
    assert all(b.kept is None for b in doc.blocks[:4])
    # nor a box of one title only
    doc = Document.from_text(
        "\n".join([one, two, "Climate Policy", "Why the river keeps rising", "More in Climate Policy", three])
    )
    Sections().annotate(doc)
    assert doc.blocks[2].kept is None
    assert doc.blocks[3].kept is None


# A line of the article that copies the opening of another of its paragraphs
# word for word (a standfirst taken from a later paragraph, a summary printed
# again under the article) goes: its words stay, in that paragraph.
OPENING_COPIES = {
    "en": (
        "The mill above the river will grind flour again after a long restoration.",
        " Volunteers rebuilt the wheel over three winters with oak from the valley.",
    ),
    "de": (
        "Die alte Mühle über dem Fluss soll nach langer Sanierung wieder Mehl mahlen.",
        " Freiwillige haben das Rad in drei Wintern mit Eichenholz aus dem Tal erneuert.",
    ),
    "fr": (
        "Le vieux moulin au-dessus de la rivière va de nouveau moudre de la farine.",
        " Des bénévoles ont reconstruit la roue pendant trois hivers avec du chêne.",
    ),
    "es": (
        "El viejo molino sobre el río volverá a moler harina tras una larga restauración.",
        " Los voluntarios reconstruyeron la rueda durante tres inviernos con roble del valle.",
    ),
}


@pytest.mark.parametrize("lang", sorted(OPENING_COPIES))
@pytest.mark.parametrize("where", ["above", "below"])
def test_a_line_copying_the_opening_of_a_paragraph_goes(lang: str, where: str) -> None:
    copy, rest = OPENING_COPIES[lang]
    one, two, three = ARTICLE[lang]
    body = [one, two, copy + rest, three]
    lines = [copy, *body] if where == "above" else [*body, copy]
    out = clean("\n\n".join(lines)).splitlines()
    assert [line for line in out if line] == body


def test_a_short_line_or_an_item_opening_a_paragraph_stays() -> None:
    one, two, three = ARTICLE["en"]
    # (fewer than eight words: a line of its own)
    short = "The mill reopens on Sunday."
    # (an item of a schedule with its time: an item of its own)
    item = "At 9:00 the doors open to the public for the first time."
    text = "\n\n".join(
        [one, short, two, short + " Tickets are free for children.", item, item + " Tours run hourly.", three]
    )
    out = clean(text).splitlines()
    assert short in out
    assert item in out


# An article's two paragraphs, in the languages the tests below write
_PAYWALL_ARTICLE = {
    "en": (
        "The ferry between the two islands will run every hour from Monday, the operator said after a meeting with the harbour board.",
        "The board had asked for more crossings after the summer, when queues at the pier grew longer than ever before.",
    ),
    "de": (
        "Die Fähre zwischen den beiden Inseln fährt ab Montag jede Stunde, teilte der Betreiber nach einem Treffen mit der Hafenbehörde mit.",
        "Die Behörde hatte mehr Fahrten verlangt, nachdem die Schlangen am Anleger im Sommer länger waren als je zuvor.",
    ),
    "fr": (
        "Le bac entre les deux îles partira toutes les heures à partir de lundi, a indiqué l'exploitant après une réunion avec le port.",
        "Le port avait demandé plus de traversées après l'été, quand les files d'attente sur la jetée étaient plus longues que jamais.",
    ),
    "es": (
        "El ferry entre las dos islas saldrá cada hora a partir del lunes, dijo el operador tras una reunión con la autoridad del puerto.",
        "La autoridad había pedido más viajes después del verano, cuando las colas en el muelle fueron más largas que nunca.",
    ),
}


# A paywall's box: its prompt that the story goes on for subscribers, what
# the subscription brings (a pitch and a list), its log-in prompt; the lines
# between go.
_PAYWALL_BOX = {
    "en": (
        "To read the full story, please subscribe to the Harbour Gazette today.",
        [
            "When you join our readers, you get unlimited digital access to the reporting on the islands that you will not find anywhere else.",
            "Join now to get:",
            "— Unlimited access to every story on the site",
            "— A daily digest of the harbour's news",
            "— Invitations to our readers' evenings",
        ],
        "Already a subscriber? Log in",
    ),
    "de": (
        "Dieser Artikel ist nur für Abonnenten verfügbar, lesen Sie weiter mit unserem Digital-Abo.",
        [
            "Mit dem Digital-Abo lesen Sie unbegrenzt alle Berichte über die Inseln, die Sie sonst nirgends finden, auf allen Ihren Geräten.",
            "Jetzt abonnieren und erhalten:",
            "— Unbegrenzter Zugang zu allen Artikeln",
            "— Jeden Morgen die wichtigsten Nachrichten vom Hafen",
            "— Einladungen zu unseren Leserabenden",
        ],
        "Bereits Abonnent? Hier anmelden",
    ),
    "fr": (
        "Pour lire la suite de cet article, abonnez-vous à notre journal dès maintenant.",
        [
            "En vous abonnant, vous accédez sans limite à tous nos reportages sur les îles, que vous ne trouverez nulle part ailleurs.",
            "Abonnez-vous pour recevoir :",
            "— Un accès illimité à tous nos articles",
            "— Les nouvelles du port chaque matin",
            "— Des invitations à nos soirées de lecteurs",
        ],
        "Déjà abonné ? Connectez-vous",
    ),
    "es": (
        "Contenido exclusivo para suscriptores: suscríbete para leer el artículo completo hoy.",
        [
            "Al suscribirte tendrás acceso ilimitado a todos nuestros reportajes sobre las islas, que no encontrarás en ningún otro lugar.",
            "Suscríbete ahora y recibe:",
            "— Acceso ilimitado a todas las noticias",
            "— Las noticias del puerto cada mañana",
            "— Invitaciones a nuestras veladas de lectores",
        ],
        "¿Ya eres suscriptor? Inicia sesión",
    ),
}


@pytest.mark.parametrize("lang", sorted(_PAYWALL_BOX))
def test_a_paywalls_offer_between_its_prompts_goes(lang: str) -> None:
    first, second = _PAYWALL_ARTICLE[lang]
    prompt, offer, login = _PAYWALL_BOX[lang]
    out = clean("\n".join([first, second, prompt, *offer, login]))
    assert first in out
    assert second in out
    assert not [line for line in offer if line in out]


def test_the_article_between_a_log_in_link_and_a_paywall_prompt_stays() -> None:
    # the log-in link alone over the article is no prompt that opens a box
    first, second = _PAYWALL_ARTICLE["en"]
    prompt, _, login = _PAYWALL_BOX["en"]
    doc = Pipeline().without("region").document("\n".join([login, first, second, prompt]))
    assert doc.blocks[1].kept is None
    assert doc.blocks[2].kept is None


def test_a_paywalls_box_of_too_many_lines_is_left_to_the_region_cleaner() -> None:
    prompt, offer, login = _PAYWALL_BOX["en"]
    lines = [prompt, *offer, *offer, *offer, login]
    doc = Pipeline().without("region").document("\n".join(lines))
    assert doc.blocks[1].kept is None


@pytest.mark.parametrize(
    "line",
    [
        "Like it? Add the ingredients to your basket and we deliver them.",
        "Add all ingredients to shopping list",
        "Alle Zutaten in den Warenkorb legen",
        "Schon Hunger? Zutaten auf die Einkaufsliste setzen",
        "Ajouter les ingrédients à ma liste de courses",
        "Ajoutez les ingrédients au panier",
        "Añadir los ingredientes a la lista de la compra",
        "¿Te gusta? Añade los ingredientes al carrito",
    ],
)
def test_a_recipes_button_to_shop_its_ingredients_goes(line: str) -> None:
    from newsclean.lexicon import load_lexicon

    assert load_lexicon().pattern(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # a step of the recipe itself
        "Add the ingredients to the bowl and stir until smooth.",
        "Die Zutaten in den Topf geben und aufkochen.",
        "Ajoutez les ingrédients dans la casserole.",
        "Añade los ingredientes a la olla y remueve.",
        # a sentence that says it, not the button
        "If you like, add the ingredients to your shopping list as you plan the week and buy them all at once.",
    ],
)
def test_a_recipes_step_with_its_ingredients_stays(line: str) -> None:
    from newsclean.lexicon import load_lexicon

    assert load_lexicon().pattern(line) is None


# the paragraphs of an article above a dialog
ARTICLE_LINES = [
    "The council approved the new budget for the harbour district on Thursday after a debate of four hours.",
    "Most of the money will go to the repair of the quays and to a new school, the treasurer told the members.",
    "The opposition voted against it and said the plan leaves too little for the bus lines of the outer villages.",
    "Work on the quays is to start in the spring and should be finished before the sailing season of next year.",
    "The school will be built on the site of the old fish market, which closed six years ago and has stood empty.",
    "A first design shows two floors of classrooms around a courtyard, with a sports hall on the side of the bay.",
    "Parents will be able to see the plans at an evening meeting in the town hall at the end of the month.",
]


# A cookie or consent dialog's paragraph, too long for the lexicon's
# patterns: several of its sentences are each a cookie notice or a consent line.
_DIALOGS = [
    "We use cookies and similar technologies on our website. Some of them are essential, while others help us "
    "to improve this website and your experience. Personal data may be processed, for example your address "
    "on the network, for ads and content that suit you and to measure how they perform. We share some of it "
    "with the companies that work with us on advertising and analysis. Some of these companies are based in "
    "countries outside the European Union, where the protection of personal data may be weaker. More information about how we use "
    "your data can be found in our privacy policy. You can change your settings at any time.",
    "Wir verwenden Cookies und ähnliche Technologien auf unserer Website. Einige davon sind technisch "
    "notwendig, andere helfen uns, diese Website und Ihr Erlebnis zu verbessern. Dabei können personenbezogene "
    "Daten verarbeitet werden, etwa für Anzeigen und Inhalte, die zu Ihnen passen, und um deren Wirkung zu "
    "messen. Einen Teil davon geben wir an Unternehmen weiter, die mit uns für Werbung und Analyse arbeiten. "
    "Einige dieser Unternehmen haben ihren Sitz außerhalb der Europäischen Union, wo der Schutz Ihrer Daten "
    "schwächer sein kann. "
    "Weitere Informationen über die Verwendung Ihrer Daten finden Sie in unserer Datenschutzerklärung. "
    "Sie können Ihre Auswahl jederzeit unter Einstellungen widerrufen oder anpassen.",
    "Nous utilisons des cookies et des technologies similaires sur notre site. Certains sont indispensables, "
    "d'autres nous aident à améliorer ce site et votre expérience de lecture. Des données personnelles peuvent "
    "être traitées, par exemple pour des annonces et des contenus adaptés et pour en mesurer l'audience. "
    "Une partie est transmise aux sociétés qui travaillent avec nous sur la publicité et la mesure. Certaines "
    "de ces sociétés sont établies hors de l'Union européenne, où la protection des données peut être plus "
    "faible. Pour plus "
    "d'informations, consultez notre politique de confidentialité. Vous pouvez modifier vos choix à tout moment.",
    "Utilizamos cookies y tecnologías similares en nuestra web. Algunas son imprescindibles y otras nos ayudan "
    "a mejorar este sitio y su experiencia de lectura. Se pueden tratar datos personales, por ejemplo para "
    "mostrar anuncios y contenidos adaptados y para medir su rendimiento. Una parte se comparte con las "
    "empresas que trabajan con nosotros en publicidad y análisis. Algunas de estas "
    "empresas tienen su sede fuera de la Unión Europea, donde la protección de los datos puede ser menor. "
    "Para más información, consulte nuestra "
    "política de privacidad. Puede cambiar su configuración en cualquier momento.",
]


@pytest.mark.parametrize("dialog", _DIALOGS)
def test_a_long_cookie_dialog_paragraph_goes(dialog: str) -> None:
    assert len(dialog) > 600
    # (under an article: a block holding most of a text is that text)
    doc = Document.from_text("\n".join([*ARTICLE_LINES, dialog]))
    Boilerplate().annotate(doc)
    assert doc.blocks[-1].kept is False
    assert "cookie" in doc.blocks[-1].reason


@pytest.mark.parametrize(
    "sentence",
    [
        "You can withdraw your consent at any time in the privacy settings.",
        "Du kannst deine Einwilligung jederzeit in den Einstellungen widerrufen.",
        "Vous pouvez à tout moment retirer votre consentement.",
        "Puedes retirar tu consentimiento en cualquier momento.",
        "For more information, see our cookie policy.",
        "Mehr dazu erfahren Sie in unserer Datenschutzerklärung.",
        "En savoir plus dans notre politique de confidentialité.",
        "Más información sobre el uso de sus datos en nuestra política de cookies.",
    ],
)
def test_a_consent_dialogs_closing_lines_are_cookie_notices(sentence: str) -> None:
    assert load_lexicon().pattern(sentence) == "cookies"


def test_an_article_paragraph_about_cookies_and_privacy_law_stays() -> None:
    # an article on the GDPR: it quotes a banner once, and speaks of consent,
    # cookies, partners and settings throughout
    paragraph = (
        "Four years after the data protection rules took effect, the regulator says most websites still do not "
        "ask properly before they set cookies. Many banners simply announce that we use cookies on our website "
        "and hide the button that refuses them behind a second screen of settings. Under the rules, consent must "
        "be as easy to withdraw as it is to give, and advertising partners that receive personal data need a "
        "legal basis of their own. The regulator has opened cases against a dozen publishers and two large "
        "advertising networks, and it expects the first fines before the end of the year. Consumer groups "
        "welcomed the move but said the fines would have to be large to change how the industry works."
    )
    assert len(paragraph) > 600
    text = "\n".join(["Regulator steps up its fight against cookie banners", *ARTICLE_LINES, paragraph])
    doc = Document.from_text(text)
    Boilerplate().annotate(doc)
    assert doc.blocks[-1].kept is not False
    assert paragraph in clean(text)
    # nor one that opens with the rules' own wording of consent
    opening = (
        "You can withdraw your consent at any time, the court said in its ruling on Tuesday. " + paragraph
    )
    doc = Document.from_text("\n".join([*ARTICLE_LINES, opening]))
    Boilerplate().annotate(doc)
    assert doc.blocks[-1].kept is not False


# -- the families' wording in more languages (session 19) ---------------------

# a link to another story by a label and a colon, in Spanish
ES_READ_ALSO_LINKS = [
    "Lea más: La sequía deja los embalses al mínimo",
    "Lee aquí: Los pozos del valle, al nivel más bajo",
    "Nota relacionada: El consejo revisa las normas del agua",
    "Noticia relacionada: Sube el precio del trigo",
    "Artículos relacionados: Cosecha temprana en el sur",
    "Te recomendamos: Cómo ahorrar agua en el huerto",
]
# prose that opens with the same words and no colon after them stays
ES_READ_ALSO_PROSE = [
    "Lea más despacio la etiqueta antes de regar, aconseja el técnico de la cooperativa.",
    "Le recomendamos que riegue por la noche, dijo la agrónoma a los productores del valle.",
    "La nota relacionada con el agua llegó tarde a la reunión del consejo regional.",
]


@pytest.mark.parametrize("line", ES_READ_ALSO_LINKS)
def test_spanish_read_also_links_by_their_label_go(line: str) -> None:
    assert load_lexicon().pattern(line) == "related"
    body = ARTICLE["es"]
    out = clean("\n".join(["Verano seco acelera la cosecha", body[0], line, *body[1:]])).splitlines()
    assert line not in out
    assert all(b in out for b in body)


@pytest.mark.parametrize("line", ES_READ_ALSO_PROSE)
def test_spanish_prose_opening_with_a_read_also_word_stays(line: str) -> None:
    assert load_lexicon().pattern(line) is None


# Russian and Polish chrome of the families the main languages cover: an
# embedded post's own text, a photo's source on its line, a PDF button
@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("Посмотреть эту публикацию в Instagram", "embeds"),
        ("Публикация от Иван Петров (@ivan.petrov)", "embeds"),
        ("Смотреть на YouTube", "embeds"),
        ("Фото из открытых источников", "credits"),
        ("Фото из Инстаграма Ивана Петрова 15 марта 2024, 13:43", "credits"),
        ("Wyświetl ten post na Instagramie", "embeds"),
        ("Post udostępniony przez Jan Kowalski (@jan_kowalski)", "embeds"),
        ("Obejrzyj w YouTube", "embeds"),
        ("Zdjęcie z archiwum rodzinnego Jana Kowalskiego", "credits"),
        ("Pobierz PDF", "widgets"),
    ],
)
def test_russian_and_polish_chrome_of_the_main_families(line: str, family: str) -> None:
    lex = load_lexicon()
    assert (lex.label(line) or lex.pattern(line)) == family


@pytest.mark.parametrize(
    "line",
    [
        # prose about the same things stays
        "Фото из архива показывает, как выглядела деревня до наводнения.",
        "Публикация от 15 марта вызвала споры среди фермеров региона.",
        "Zdjęcie z archiwum rodzinnego pokazuje, jak wyglądała wieś przed powodzią.",
        "Post udostępniony przez ministra wywołał burzę wśród rolników.",
    ],
)
def test_russian_and_polish_prose_about_photos_and_posts_stays(line: str) -> None:
    lex = load_lexicon()
    assert lex.label(line) is None
    assert lex.pattern(line) is None


def test_a_russian_embed_between_paragraphs_goes_and_the_article_stays() -> None:
    embed = ["Посмотреть эту публикацию в Instagram", "Публикация от Иван Петров (@ivan.petrov)"]
    text = "\n".join(["Сухое лето ускорило уборку урожая", RU_ARTICLE[0], *embed, *RU_ARTICLE[1:]])
    assert clean(text).splitlines() == ["Сухое лето ускорило уборку урожая", *RU_ARTICLE]


# a comment thread's marks in Russian and Polish (see MARKED_THREAD)
@pytest.mark.parametrize(
    ("line", "mark"),
    [
        ("2 недели назад", "time"),
        ("месяц назад", "time"),
        ("3 года назад", "time"),
        ("2 tygodnie temu", "time"),
        ("miesiąc temu", "time"),
        ("rok temu", "time"),
        ("Ответить", "reply"),
        ("Ответить Пожаловаться", "reply"),
        ("Odpowiedz", "reply"),
        ("Odpowiedz Zgłoś", "reply"),
        ("Иван Петров пишет:", "head"),
        ("Anna Nowak pisze:", "head"),
    ],
)
def test_russian_and_polish_comment_marks(line: str, mark: str) -> None:
    from newsclean.cleaners.sections import _comment_marks
    from newsclean.lexicon import all_stopwords

    assert _comment_marks(Document.from_text(line), load_lexicon(), all_stopwords()) == {0: mark}


@pytest.mark.parametrize(
    "line",
    [
        "Месяц назад совет обещал пересмотреть правила пользования водой в долине.",
        "Rok temu rada obiecała, że zmieni zasady korzystania z wody w dolinie.",
        "Иван Петров пишет: «Колодцы никогда не были такими пустыми».",
    ],
)
def test_russian_and_polish_prose_with_comment_words_is_no_comment_mark(line: str) -> None:
    from newsclean.cleaners.sections import _comment_marks
    from newsclean.lexicon import all_stopwords

    assert _comment_marks(Document.from_text(line), load_lexicon(), all_stopwords()) == {}


# a link to another story by a label and a colon ("Related:", "Read more:"),
# in each language's usual wording; prose opening with the words stays
LABELLED_LINKS = [
    "Verwandte Artikel: Dürre lässt die Brunnen sinken",
    "Weiterlesen: Dürre lässt die Brunnen sinken",
    "Articles liés : La sécheresse vide les puits",
    "En savoir plus : La sécheresse vide les puits",
    "Articoli correlati: La siccità svuota i pozzi",
    "Leggi di più: La siccità svuota i pozzi",
    "Gerelateerd: Droogte laat putten leeglopen",
    "Lees meer: Droogte laat putten leeglopen",
    "Leia aqui: A seca esvazia os poços",
    "Artigos relacionados: A seca esvazia os poços",
    "Czytaj więcej: Susza opróżnia studnie",
    "Powiązane: Susza opróżnia studnie",
    "Подробнее: Засуха опустошила колодцы",
    "Читайте: Засуха опустошила колодцы",
]
LABELLED_LINK_PROSE = [
    "Weiterlesen wollten die Schüler erst nach der Pause, sagte die Lehrerin.",
    "En savoir plus sur les nappes phréatiques est devenu urgent pour les agriculteurs.",
    "Leggi di più e informati prima di votare, ha detto il sindaco ai cittadini.",
    "Lees meer boeken, adviseert de bibliotheek de ouders in het dorp.",
    "Czytaj więcej książek, radzi bibliotekarka rodzicom we wsi.",
    "Подробнее о новых правилах фермеры узнают на встрече в четверг.",
]


@pytest.mark.parametrize("line", LABELLED_LINKS)
def test_a_labelled_link_to_another_story_is_related(line: str) -> None:
    assert load_lexicon().pattern(line) == "related"


@pytest.mark.parametrize("line", LABELLED_LINK_PROSE)
def test_prose_opening_with_a_link_label_is_not_related(line: str) -> None:
    assert load_lexicon().pattern(line) is None


# An author box under the article whose heading is the author's name alone,
# with the author's role, a label, the bio and a contact line between it and
# the link to the author's posts; the link may be short ("All posts by …",
# "Alles von …", "Tous les articles de …", "Todos los artículos de …")
# language -> (name, lines between the name and the link, the link)
NAMED_BOXES = {
    "en": (
        "Jane Roe",
        [
            "Your savings adviser",
            "Biography",
            "Jane Roe has helped small firms plan their savings for twenty years and writes our weekly money column.",
            "Contact",
            "Phone 0123 456 789",
        ],
        "All posts by Jane Roe",
    ),
    "de": (
        "Anna Schmidt",
        [
            "Ihre Sparberaterin",
            "Biografie",
            "Anna Schmidt berät seit zwanzig Jahren kleine Betriebe beim Sparen und schreibt unsere Geldkolumne.",
            "Kontakt",
            "Telefon 0123 456 789",
        ],
        "Alles von Anna Schmidt",
    ),
    "fr": (
        "Marie Dupont",
        [
            "Votre conseillère épargne",
            "Biographie",
            "Marie Dupont conseille les petites entreprises depuis vingt ans et tient notre chronique argent.",
            "Contact",
            "Téléphone 0123 456 789",
        ],
        "Tous les articles de Marie Dupont",
    ),
    "es": (
        "Lucía Gómez",
        [
            "Tu asesora de ahorro",
            "Biografía",
            "Lucía Gómez asesora a pequeñas empresas desde hace veinte años y firma nuestra columna de dinero.",
            "Contacto",
            "Teléfono 0123 456 789",
        ],
        "Todos los artículos de Lucía Gómez",
    ),
}


@pytest.mark.parametrize("lang", sorted(NAMED_BOXES))
def test_an_author_box_headed_by_the_name_alone_goes_with_its_short_link(lang: str) -> None:
    name, between, link = NAMED_BOXES[lang]
    text = "\n".join(["Menu", "Home", "Bridge vote", *AUTHOR_BOX_ARTICLE, name, *between, link])
    ex = explain(text)
    # (the name, the role and the bio go as the box's; "Contact" is a label anyway)
    assert [b.cleaner for b in ex.blocks if b.text in (name, *between[:3], link)] == ["boilerplate"] * 5
    out = ex.text.splitlines()
    assert all(p in out for p in AUTHOR_BOX_ARTICLE)
    assert not {name, *between, link} & set(out)


@pytest.mark.parametrize("lang", sorted(NAMED_BOXES))
def test_the_article_between_its_signature_and_a_posts_link_stays(lang: str) -> None:
    # the author's name signing the top of a short article, the link to the
    # author's posts under it: the paragraphs between are the article, no box
    name, _, link = NAMED_BOXES[lang]
    text = "\n".join(["Menu", "Home", "Bridge vote", name, *AUTHOR_BOX_ARTICLE, link])
    ex = explain(text)
    assert not any(b.cleaner == "boilerplate" for b in ex.blocks if b.text in AUTHOR_BOX_ARTICLE)
    assert all(p in ex.text.splitlines() for p in AUTHOR_BOX_ARTICLE)


@pytest.mark.parametrize(
    "line",
    [
        "All posts by the river",
        "Alles von A bis Z",
        "Tous les articles de la semaine",
        "Todos los artículos de hoy",
    ],
)
def test_a_short_posts_link_names_a_person(line: str) -> None:
    assert load_lexicon().pattern(line) != "authorbox"


# A byline naming several authors ("By Jane Roe, John Doe and Anna Smith"):
# each name is the byline's, so a bio opening with any of them closes the
# article. language -> (byline, the last author's bio)
CO_AUTHORS = {
    "en": ("By Jane Roe, John Doe and Anna Smith", "Anna Smith is a reporter who covers farming and water."),
    "de": ("Von Anna Schmidt und Max Muster", "Max Muster ist Redakteur und schreibt über Landwirtschaft."),
    "fr": ("Par Jean Dupont et Marie Martin", "Marie Martin est journaliste et couvre l'agriculture."),
    "es": ("Por Ana García y Luis Pérez", "Luis Pérez es periodista y escribe sobre el campo."),
}


@pytest.mark.parametrize("lang", sorted(CO_AUTHORS))
def test_every_author_of_a_byline_is_known_by_name(lang: str) -> None:
    byline, bio = CO_AUTHORS[lang]
    doc = Document.from_text("\n".join(["Headline of the day", byline, *ARTICLE[lang], bio]))
    Bylines().annotate(doc)
    names = doc.records.byline_names
    assert len(names) == byline.count(",") + 2
    assert len(doc.records.name_bios) == 1
    assert clean("\n".join(["Headline of the day", byline, *ARTICLE[lang], bio])).splitlines()[-1] != bio


# A byline without a by-word: the name and the date on one line. language ->
# (byline, bio)
STAMP_BYLINES = {
    "en": ("Jane Roe | 12 March 2024", "Jane Roe is a reporter and writes about farming."),
    "de": ("Anna Schmidt | 12. März 2024", "Anna Schmidt ist Redakteurin und schreibt über Landwirtschaft."),
    "fr": ("Marie Martin | 12 mars 2024", "Marie Martin est journaliste et couvre l'agriculture."),
    "es": ("Luis Pérez | 12 de marzo de 2024", "Luis Pérez es periodista y escribe sobre el campo."),
}


@pytest.mark.parametrize("lang", sorted(STAMP_BYLINES))
def test_a_byline_with_a_date_and_no_by_word_records_the_full_name(lang: str) -> None:
    byline, bio = STAMP_BYLINES[lang]
    doc = Document.from_text("\n".join(["Headline of the day", byline, *ARTICLE[lang], bio]))
    Bylines().annotate(doc)
    assert doc.records.byline_names == {" ".join(bio.split()[:2]).casefold()}
    assert len(doc.records.name_bios) == 1


def test_a_byline_without_a_by_word_records_each_author_in_full() -> None:
    headline, byline, stamp = UNSIGNED_BYLINES["en"]
    doc = Document.from_text("\n".join(["Menu", "Home", headline, byline, stamp, *ARTICLE["en"]]))
    Bylines().annotate(doc)
    assert {"jane roe", "john t doe"} <= doc.records.byline_names


# A link to more of an author's articles, the name alone after the words
# ("More from Jane Roe"): dropped when a byline of the page gives the name,
# in any form of the byline. language -> (byline, link, a heading of other
# stories with the same words)
AUTHOR_LINKS = {
    "en": ("By Jane Roe", "More from Jane Roe", "More from the Valley"),
    "de": ("Von Anna Schmidt", "Mehr von Anna Schmidt", "Mehr von Unterwegs"),
    "fr": ("Par Marie Martin", "Plus d'articles de Marie Martin", "Plus de Sport"),
    "es": ("Por Luis Pérez", "Más artículos de Luis Pérez", "Más de Economía"),
    "it": ("A cura di Mario Rossi", "Altri articoli di Mario Rossi", "Altro di Cronaca"),
    "nl": ("Door Jan Jansen", "Meer van Jan Jansen", "Meer van Binnenland"),
    "pt": ("Por João Silva", "Mais de João Silva", "Mais de Esportes"),
}


@pytest.mark.parametrize("lang", sorted(AUTHOR_LINKS))
def test_a_link_to_more_of_the_bylines_author_is_dropped(lang: str) -> None:
    byline, link, heading = AUTHOR_LINKS[lang]
    body = ARTICLE.get(lang, ARTICLE["en"])
    doc = Document.from_text("\n".join(["Headline of the day", byline, *body, link, heading]))
    Bylines().annotate(doc)
    kept = {b.content: (b.kept, b.cleaner) for b in doc.blocks}
    assert kept[link] == (False, "bylines")
    assert kept[heading][0] is None


def test_a_link_to_more_of_an_author_without_a_by_word_is_dropped() -> None:
    # the name the byline with a date gives, in full
    doc = Document.from_text(
        "\n".join(["Headline of the day", "Jane Roe | 12 March 2024", *ARTICLE["en"], "More from Jane Roe"])
    )
    Bylines().annotate(doc)
    assert doc.blocks[-1].kept is False


@pytest.mark.parametrize(
    "link",
    [
        "Other articles by Jane Roe",
        "Weitere Artikel von Anna Schmidt",
        "Plus d'articles de Marie Martin",
        "Más artículos de Luis Pérez",
        "Altri articoli di Mario Rossi",
        "Meer artikelen van Jan Jansen",
        "Mais artigos de João Silva",
    ],
)
def test_a_link_to_more_articles_of_a_named_author_is_author_box_chrome(link: str) -> None:
    assert load_lexicon().pattern(link) == "authorbox"


@pytest.mark.parametrize(
    "line",
    ["Weitere Artikel von heute", "Más artículos de economía", "Other articles by the same team are here."],
)
def test_a_line_of_more_articles_with_no_name_is_no_author_link(line: str) -> None:
    assert load_lexicon().pattern(line) != "authorbox"


# A byline without "By": two authors joined by "and" ("und", "et", "y") and
# the outlet, right above the article's timestamp. language -> (headline,
# byline, timestamp)
UNSIGNED_BYLINES = {
    "en": (
        "Farmers start the harvest early",
        "Jane Roe and John T. Doe Springfield Evening Gazette",
        "Published 6:00 a.m. ET May 3, 2024",
    ),
    "de": (
        "Bauern beginnen früh mit der Ernte",
        "Anna Schmidt und Max Muster Rheinische Abendpost",
        "Veröffentlicht am 3. Mai 2024, 06:00 Uhr",
    ),
    "fr": (
        "Les agriculteurs récoltent plus tôt",
        "Jean Dupont et Marie Martin Courrier Picard",
        "Publié le 3 mai 2024 à 06h00",
    ),
    "es": (
        "Los agricultores adelantan la cosecha",
        "Ana García y Luis Pérez Diario Andaluz",
        "Publicado el 3 de mayo de 2024 a las 06:00",
    ),
}


@pytest.mark.parametrize("lang", sorted(UNSIGNED_BYLINES))
def test_authors_joined_by_and_above_the_timestamp_are_a_byline(lang: str) -> None:
    headline, byline, stamp = UNSIGNED_BYLINES[lang]
    text = "\n".join(["Menu", "Home", headline, byline, stamp, *ARTICLE[lang]])
    ex = explain(text)
    assert {b.text: b.cleaner for b in ex.blocks}[byline] == "bylines"
    assert byline not in ex.text.splitlines()
    assert all(p in ex.text.splitlines() for p in ARTICLE[lang])


@pytest.mark.parametrize(
    "headline",
    [
        # a Title-Case headline of two names and a verb, above the date
        "Jane Roe and John Doe Tie the Knot",
        "Farmers and Growers Fear the Drought",
        # a headline a title bar names
        "Prince Harry and Meghan Markle Step Back",
        # a list of names and something else, not two names
        "Radical Pop-Ups und Dips",
    ],
)
def test_a_title_case_headline_above_the_timestamp_is_no_byline(headline: str) -> None:
    text = "\n".join([headline, "Menu", "Home", headline, "May 3, 2024", *ARTICLE["en"]])
    ex = explain(text)
    assert [b.cleaner for b in ex.blocks if b.text == headline][1] != "bylines"


# A Title-Case headline of two names and more words right above the date,
# with no title bar that names it: the text under the date names the people
# of the headline, as no text names its authors. language -> (headline,
# timestamp, the article's first lines)
NAMED_HEADLINES = {
    "en": (
        "Mayor Jane Roe and Chief Max Muster Leave Office",
        "May 3, 2024",
        [
            "Mayor Jane Roe and fire chief Max Muster stepped down on Monday after a long dispute over the budget.",
            "Roe said she would stay in the valley and return to her work on the family farm next spring.",
        ],
    ),
    "de": (
        "Bürgermeisterin Anna Schmidt und Landrat Paul Weber Treten Zurück",
        "3. Mai 2024",
        [
            "Die Bürgermeisterin Anna Schmidt und der Landrat Paul Weber haben am Montag ihren Rücktritt erklärt.",
            "Schmidt will nach eigenen Worten im Tal bleiben und im nächsten Frühjahr auf den Hof zurückkehren.",
        ],
    ),
    "fr": (
        "Jean Dupont et Marie Martin Démissionnent Ensemble",
        "3 mai 2024",
        [
            "Le maire Jean Dupont et son adjointe Marie Martin ont annoncé lundi leur départ après un long conflit.",
            "Dupont a dit qu'il resterait dans la vallée et reprendrait le travail à la ferme au printemps prochain.",
        ],
    ),
    "es": (
        "Ana García y Luis Pérez Dimiten Juntos",
        "3 de mayo de 2024",
        [
            "La alcaldesa Ana García y su concejal Luis Pérez anunciaron el lunes su salida tras un largo conflicto.",
            "García dijo que se quedaría en el valle y volvería a trabajar en la granja la próxima primavera.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(NAMED_HEADLINES))
def test_a_headline_of_two_names_that_its_text_names_is_no_byline(lang: str) -> None:
    headline, stamp, lede = NAMED_HEADLINES[lang]
    text = "\n".join(["Menu", "Home", headline, stamp, *lede, *ARTICLE[lang]])
    ex = explain(text)
    assert {b.text: b.cleaner for b in ex.blocks}[headline] != "bylines"
    assert headline in ex.text.splitlines()


# The page's first paragraph right under its headline (maybe past the
# author's name), parted from the article's text only by chrome (a date,
# share buttons, a caption's title and credit), is the lede of the article's
# header when it names what the article names; a teaser of another story in
# its place shares none of the article's words and goes.
HEADER_LEDES = {
    "en": (
        ["Home", "News", "Sport", "Culture", "Harvest"],
        "Dry summer pushes the valley harvest forward",
        "Jane Roe",
        "Farmers in the valley are bringing in the harvest weeks early, and the council wants to review the water rules.",
        "The city museum reopens its east wing on Sunday after a renovation that took four long years.",
        ["May 3, 2024 10:21", "Rating:", "Share", "Tweet", "Email", "Print", "Facebook", "WhatsApp"],
        ["Growers fear for their wells in the valley", "Photo: Max Lee"],
    ),
    "de": (
        ["Startseite", "Politik", "Wirtschaft", "Sport", "Ernte"],
        "Trockener Sommer bringt die Ernte im Tal nach vorn",
        "Anna Schmidt",
        "Die Bauern im Tal bringen die Ernte früher ein, und der Rat will die Regeln für das Wasser prüfen.",
        "Das Stadtmuseum öffnet am Sonntag seinen Ostflügel wieder, nach einer Sanierung von vier Jahren.",
        [
            "3. Mai 2024, 10:21 Uhr",
            "Bewertung:",
            "Teilen",
            "Tweet",
            "E-Mail",
            "Drucken",
            "Facebook",
            "WhatsApp",
        ],
        ["Landwirte fürchten um ihre Brunnen im Tal", "Foto: Max Muster"],
    ),
    "fr": (
        ["Accueil", "Politique", "Économie", "Sport", "Récolte"],
        "Un été sec avance la récolte dans la vallée",
        "Claire Martin",
        "Les agriculteurs de la vallée rentrent la récolte plus tôt cette année, et le conseil régional veut revoir les règles sur l'eau.",
        "Le musée de la ville rouvre dimanche son aile est après une rénovation qui a duré quatre longues années.",
        ["3 mai 2024 à 10:21", "Note :", "Partager", "Tweet", "E-mail", "Imprimer", "Facebook", "WhatsApp"],
        ["Les producteurs craignent pour leurs puits dans la vallée", "Photo : Jean Dupont"],
    ),
    "es": (
        ["Inicio", "Política", "Economía", "Deportes", "Cosecha"],
        "Un verano seco adelanta la cosecha en el valle",
        "Lucía Gómez",
        "Los agricultores del valle recogen la cosecha antes este año, y el consejo regional quiere revisar las normas sobre el agua.",
        "El museo de la ciudad reabre el domingo su ala este tras una renovación que duró cuatro largos años.",
        [
            "3 de mayo de 2024, 10:21",
            "Valoración:",
            "Compartir",
            "Tweet",
            "Correo",
            "Imprimir",
            "Facebook",
            "WhatsApp",
        ],
        ["Los productores temen por sus pozos en el valle", "Foto: Ana Pérez"],
    ),
}


@pytest.mark.parametrize("lang", sorted(HEADER_LEDES))
def test_the_lede_above_the_articles_chrome_stays(lang: str) -> None:
    menu, headline, author, lede, _, bar, caption = HEADER_LEDES[lang]
    out = clean("\n".join([*menu, headline, author, lede, *bar, *caption, *ARTICLE[lang]])).splitlines()
    assert lede in out
    assert author not in out
    assert all(line in out for line in ARTICLE[lang])


@pytest.mark.parametrize("lang", sorted(HEADER_LEDES))
def test_a_teaser_above_the_articles_chrome_goes(lang: str) -> None:
    # another story's teaser in the lede's place names nothing the article names
    menu, headline, author, _, teaser, bar, caption = HEADER_LEDES[lang]
    out = clean("\n".join([*menu, headline, author, teaser, *bar, *caption, *ARTICLE[lang]])).splitlines()
    assert teaser not in out
    assert all(line in out for line in ARTICLE[lang])


# A cookie dialog's table under the article, far from it: between two of the
# dialog's notices, the line that says what one of its cookies is for reads
# like a sentence, but it is no article run of its own
COOKIE_TABLES = {
    "en": (
        "Cookie settings",
        "Purpose Remembers which of the optional services a visitor allowed in the settings box, so that the box "
        "stays closed on the next visit to any page.",
        "Cookie preferences",
    ),
    "de": (
        "Datenschutzeinstellungen",
        "Zweck Merkt sich, welche der freiwilligen Dienste ein Besucher im Auswahlfenster erlaubt hat, damit das "
        "Fenster beim nächsten Besuch einer Seite geschlossen bleibt.",
        "Datenschutzeinstellungen",
    ),
    "fr": (
        "Gérer mes cookies",
        "Finalité Retient les services facultatifs qu'un visiteur a autorisés dans la fenêtre de réglages, pour "
        "que la fenêtre reste fermée lors de sa prochaine visite sur une page.",
        "Paramétrer les cookies",
    ),
    "es": (
        "Configuración de cookies",
        "Finalidad Recuerda qué servicios opcionales ha permitido un visitante en la ventana de ajustes, para que "
        "la ventana siga cerrada en su próxima visita a cualquier página.",
        "Configuración de cookies",
    ),
}


@pytest.mark.parametrize("lang", sorted(COOKIE_TABLES))
def test_a_cookie_tables_purpose_line_between_its_notices_is_no_article_run(lang: str) -> None:
    above, purpose, below = COOKIE_TABLES[lang]
    # (a model that scores by length, and keeps a far run of a tenth of the
    # region's evidence; a footer of short lines, more than the region's gap,
    # between the article and the dialog)
    weights = replace(length_only_weights(), region_min_share=0.1)
    footer = [f"Item {k}" for k in range(12)]

    def kept(around: tuple[str, str]) -> list[str]:
        doc = Document.from_text("\n".join([*ARTICLE[lang], *footer, around[0], purpose, around[1]]))
        Boilerplate().annotate(doc)
        Region(weights).annotate(doc)
        return doc.render().splitlines()

    doc = Document.from_text("\n".join([above, below]))
    Boilerplate().annotate(doc)
    assert [b.kind for b in doc.blocks] == ["cookie", "cookie"]
    assert kept((above, below)) == ARTICLE[lang]
    # with other lines around it, or a notice on one side only, the same
    # line is a run of its own
    assert kept(("Item a", "Item b")) == [*ARTICLE[lang], purpose]
    assert kept((above, "Item b")) == [*ARTICLE[lang], purpose]
    assert kept(("Item a", below)) == [*ARTICLE[lang], purpose]


# A roundup whose parts are headed by subheadings in capitals: the first one,
# right above the region with only the headline above it, is the article's
# when the region holds such subheadings of its own
CAPS_ROUNDUPS = {
    "en": [
        "Weekend roundup: Northfield stays unbeaten",
        "WOMEN'S HOCKEY",
        "Northfield d. Lakeside 4-1",
        "Northfield (5-0): Ada Grant 2 goals. Mia Cole 1 goal, 1 assist. Ruth Lane 1 goal. Eva Moss 22 saves.",
        "Lakeside (2-3): Nora Hill 1 goal. Tess Gray 30 saves.",
        "MEN'S VOLLEYBALL",
        "Eastbrook d. Riverton 3-1",
        "Eastbrook (4-1): Sam Reed 14 kills. Leo Park 9 kills, 3 blocks. Ian Shaw 31 assists.",
        "CROSS COUNTRY",
        "Riverton won the county meet with 41 points, ahead of Northfield with 58 and Lakeside with 77 points.",
    ],
    "de": [
        "Der Spieltag im Überblick: Nordheim bleibt ungeschlagen",
        "FRAUEN-HANDBALL",
        "Nordheim gegen Seedorf 28 zu 21",
        "Nordheim: Anna Berg traf siebenmal, Lea Koch fünfmal und Mia Roth viermal. Im Tor hielt Eva Lang zwölf "
        "Würfe.",
        "Seedorf: Nina Vogt traf sechsmal, Tina Graf fünfmal.",
        "HERREN-VOLLEYBALL",
        "Ostbrück gegen Rietberg 3 zu 1",
        "Ostbrück: Jan Beck holte 14 Punkte, Tom Wolf neun Punkte und drei Blocks, Ole Krause spielte 31 Zuspiele.",
        "CROSSLAUF",
        "Rietberg gewann die Kreismeisterschaft mit 41 Punkten vor Nordheim mit 58 und Seedorf mit 77 Punkten.",
    ],
    "fr": [
        "Le week-end sportif : Nordville reste invaincu",
        "HANDBALL FÉMININ",
        "Nordville bat Lacville 28 à 21",
        "Nordville (5-0) : Anne Roux 7 buts, Léa Petit 5 buts, Mia Blanc 4 buts. Dans les cages, Eva Morel a fait "
        "douze arrêts.",
        "Lacville (2-3) : Nina Faure 6 buts, Tina Giraud 5 buts.",
        "VOLLEY MASCULIN",
        "Estbourg bat Rivière 3 à 1",
        "Estbourg (4-1) : Jean Blanc 14 points, Tom Leroy 9 points et trois contres, Paul Henry 31 passes.",
        "CROSS-COUNTRY",
        "Rivière a remporté le championnat départemental avec 41 points, devant Nordville avec 58 et Lacville "
        "avec 77 points.",
    ],
    "es": [
        "La jornada deportiva: Nortevilla sigue invicto",
        "BALONMANO FEMENINO",
        "Nortevilla vence a Lagovilla 28-21",
        "Nortevilla (5-0): Ana Ruiz 7 goles, Lea Gil 5 goles, Mía Sanz 4 goles. En la portería, Eva Mora hizo doce "
        "paradas.",
        "Lagovilla (2-3): Nina Vidal 6 goles, Tina Gómez 5 goles.",
        "VOLEIBOL MASCULINO",
        "Estevilla vence a Riberas 3-1",
        "Estevilla (4-1): Juan Blanco 14 puntos, Tomás León 9 puntos y tres bloqueos, Pablo Cruz 31 pases.",
        "CAMPO A TRAVÉS",
        "Riberas ganó el campeonato provincial con 41 puntos, por delante de Nortevilla con 58 y Lagovilla con 77 "
        "puntos.",
    ],
}


@pytest.mark.parametrize("lang", sorted(CAPS_ROUNDUPS))
def test_a_capitalised_subheading_above_the_region_joins_it_when_the_region_has_its_own(lang: str) -> None:
    lines = CAPS_ROUNDUPS[lang]
    assert clean("\n".join(lines)).splitlines() == lines
    # (with the region's own subheadings in sentence case, the first one in
    # capitals has nothing to be told by: the smoothing's decision stands)
    mixed = [line if k < 2 or not line.isupper() else line.capitalize() for k, line in enumerate(lines)]
    assert lines[1] not in clean("\n".join(mixed)).splitlines()


# A score written with a colon ("28:31", "87:63") is no time of day when its
# hour or its minutes cannot be one: the line with two teams' names is a
# result, not a byline with a timestamp; a time of day still dates a byline
@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Nordheim – Seedorf 28:31", False),
        ("Lakeside – Eastbrook 87:63", False),
        ("Nordville – Lacville 24:75", False),
        ("Anna Berg – 14:30", True),
        ("Jane Roe – 23:05", True),
    ],
)
def test_a_score_with_a_colon_is_no_timestamp(line: str, stamp: bool) -> None:
    prose = "The home side led from the first minute and never let the visitors come close again."
    doc = Document.from_text("\n".join([prose, line, prose.replace("home", "away")]))
    Bylines().annotate(doc)
    assert (doc.blocks[1].kept is False) == stamp


# A lead-in that the article says again over another of its passages, far
# below ("Here is the catch:"), is no copy of the text: both stay; a line the
# page prints three times is a prompt, and one copy stays
LEAD_INS = {
    "en": (
        "Here is the catch:",
        "The council said the old wall near the harbour had been repaired {n} times since the great storm of "
        "the last winter.",
    ),
    "de": (
        "Und jetzt kommt der Haken:",
        "Der Gemeinderat sagte, die alte Mauer am Hafen sei seit dem großen Sturm des letzten Winters {n} Mal "
        "repariert worden.",
    ),
    "fr": (
        "Voici le problème :",
        "Le conseil a expliqué que le vieux mur du port avait été réparé {n} fois depuis la grande tempête de "
        "l'hiver dernier.",
    ),
    "es": (
        "Aquí está el problema:",
        "El ayuntamiento explicó que el viejo muro del puerto había sido reparado {n} veces desde la gran "
        "tormenta del invierno pasado.",
    ),
}


@pytest.mark.parametrize("lang", sorted(LEAD_INS))
def test_a_lead_in_the_article_says_again_far_below_stays(lang: str) -> None:
    lead, paragraph = LEAD_INS[lang]
    body = [paragraph.format(n=n) for n in range(2, 22)]
    lines = [*body[:3], lead, *body[3:15], lead, *body[15:]]
    assert clean("\n".join(lines)).splitlines() == lines
    thrice = [*lines[:-2], lead, *lines[-2:]]
    assert clean("\n".join(thrice)).splitlines().count(lead) == 1
    # (close together, the second is a copy)
    near = [*body[:3], lead, *body[3:6], lead, *body[6:]]
    assert clean("\n".join(near)).splitlines().count(lead) == 1


# A consent dialog's headings and buttons, in every lexicon language, and a
# sentence of prose using the same words (which is no label).
CONSENT_BUTTONS: dict[str, tuple[list[str], str]] = {
    "en": (
        ["Privacy settings", "Accept all", "Reject all", "Save settings", "Load external content"],
        "The committee decided to accept all of the changes to the privacy settings of the school app.",
    ),
    "de": (
        [
            "Cookie-Einstellungen",
            "Alle akzeptieren",
            "Alle ablehnen",
            "Auswahl speichern",
            "Externe Inhalte laden",
        ],
        "Der Verband will nicht alle akzeptieren, die sich für den Vorstand beworben haben.",
    ),
    "fr": (
        [
            "Paramètres des cookies",
            "Tout accepter",
            "Tout refuser",
            "Enregistrer mes choix",
            "Contenu externe",
        ],
        "Le maire a dit qu'il ne pouvait pas tout accepter ni tout refuser dans le projet de budget.",
    ),
    "es": (
        [
            "Preferencias de cookies",
            "Aceptar todo",
            "Rechazar todo",
            "Guardar preferencias",
            "Cargar contenido externo",
        ],
        "El sindicato no quiso aceptar todo lo que proponía la empresa en la reunión del martes.",
    ),
    "it": (
        [
            "Impostazioni dei cookie",
            "Accetta tutti",
            "Rifiuta tutti",
            "Salva impostazioni",
            "Contenuto esterno",
        ],
        "Il sindaco ha detto che non intende accettare tutti i progetti presentati dai quartieri.",
    ),
    "pt": (
        [
            "Preferências de cookies",
            "Aceitar todos",
            "Rejeitar todos",
            "Guardar preferências",
            "Conteúdo externo",
        ],
        "O clube decidiu aceitar todos os sócios que pagaram a quota até ao fim do mês.",
    ),
    "nl": (
        [
            "Cookie-instellingen",
            "Alles accepteren",
            "Alles weigeren",
            "Voorkeuren opslaan",
            "Externe inhoud laden",
        ],
        "De gemeente wil niet alles accepteren wat de bouwer in het nieuwe plan voorstelt.",
    ),
    "pl": (
        [
            "Ustawienia prywatności",
            "Akceptuj wszystkie",
            "Odrzuć wszystkie",
            "Zapisz ustawienia",
            "Treść zewnętrzna",
        ],
        "Rada miasta nie chce akceptować wszystkich wniosków złożonych przez mieszkańców.",
    ),
    "sv": (
        [
            "Cookieinställningar",
            "Acceptera alla",
            "Neka alla",
            "Spara inställningar",
            "Visa externt innehåll",
        ],
        "Kommunen vill inte acceptera alla förslag som kom in under sommaren.",
    ),
    "da": (
        ["Cookieindstillinger", "Accepter alle", "Afvis alle", "Gem indstillinger", "Vis eksternt indhold"],
        "Kommunen vil ikke accepter alle de nye regler uden en grundig debat i byrådet.",
    ),
    "no": (
        ["Personverninnstillinger", "Godta alle", "Avvis alle", "Lagre innstillinger", "Eksternt innhold"],
        "Kommunen vil ikke godta alle endringene som utbyggeren har foreslått i planen.",
    ),
    "fi": (
        ["Evästeasetukset", "Hyväksy kaikki", "Hylkää kaikki", "Tallenna asetukset", "Ulkoinen sisältö"],
        "Kunta ei aio hyväksyä kaikkia uusia hakemuksia ennen kesää.",
    ),
    "cs": (
        ["Nastavení soukromí", "Přijmout vše", "Odmítnout vše", "Uložit nastavení", "Externí obsah"],
        "Starosta řekl, že město nemůže přijmout vše, co investor navrhuje.",
    ),
    "hu": (
        [
            "Adatvédelmi beállítások",
            "Az összes elfogadása",
            "Mindet elutasítom",
            "Beállítások mentése",
            "Külső tartalom",
        ],
        "A képviselők nem akarták az összes módosítást elfogadni a tavaszi ülésen.",
    ),
    "tr": (
        ["Çerez ayarları", "Tümünü kabul et", "Tümünü reddet", "Ayarları kaydet", "Harici içerik"],
        "Belediye, mahalle sakinlerinin tüm taleplerini kabul etmeyeceğini açıkladı.",
    ),
    "ru": (
        [
            "Настройки конфиденциальности",
            "Принять все",
            "Отклонить все",
            "Сохранить настройки",
            "Внешний контент",
        ],
        "Совет города не стал принять все поправки, предложенные жителями района.",
    ),
    "ja": (
        ["プライバシー設定", "すべて許可", "すべて拒否", "設定を保存", "外部コンテンツ"],
        "市はすべての提案を許可する方針を示したが、住民の一部は反対している。",
    ),
    "ko": (
        ["쿠키 설정", "모두 허용", "모두 거부", "설정 저장", "외부 콘텐츠"],
        "시는 주민들의 요청을 모두 허용하기로 했지만 일부 의원들은 반대했다.",
    ),
    "zh": (
        ["隐私设置", "全部接受", "全部拒绝", "保存设置", "外部内容"],
        "市政府表示不会全部接受开发商提出的方案，将继续听取居民意见。",
    ),
}


@pytest.mark.parametrize("lang", sorted(CONSENT_BUTTONS))
def test_a_consent_dialogs_headings_and_buttons_are_labels(lang: str) -> None:
    lex = load_lexicon()
    buttons, prose = CONSENT_BUTTONS[lang]
    assert None not in [lex.label(line) for line in buttons]
    assert lex.label(prose) is None
    assert lex.pattern(prose) is None


@pytest.mark.parametrize("lang", sorted(ARTICLE))
def test_a_consent_dialog_under_the_article_goes_and_prose_with_its_words_stays(lang: str) -> None:
    buttons, prose = CONSENT_BUTTONS[lang]
    article = [*ARTICLE[lang][:2], prose, ARTICLE[lang][2]]
    assert clean("\n\n".join([*article, *buttons])).split("\n\n") == article


# A cookie dialog's row of toggles (necessary, preferences, statistics,
# marketing, the link to the details), as a dump prints it on one line.
CONSENT_TOGGLES = {
    "en": "Necessary Preferences Statistics Marketing Show details",
    "de": "Notwendig Präferenzen Statistiken Marketing Details zeigen",
    "fr": "Nécessaires Préférences Statistiques Marketing Afficher les détails",
    "es": "Necesarias Preferencias Estadísticas Marketing Mostrar detalles",
    "it": "Necessari Preferenze Statistiche Marketing Mostra dettagli",
    "pt": "Necessários Preferências Estatísticas Marketing Mostrar detalhes",
    "nl": "Noodzakelijk Voorkeuren Statistieken Marketing Details tonen",
    "pl": "Niezbędne Preferencje Statystyka Marketing Pokaż szczegóły",
    "sv": "Nödvändiga Inställningar Statistik Marknadsföring Visa detaljer",
    "da": "Nødvendige Præferencer Statistik Marketing Vis detaljer",
    "no": "Nødvendige Preferanser Statistikk Markedsføring Vis detaljer",
    "fi": "Välttämättömät Asetukset Tilastot Markkinointi Näytä tiedot",
    "cs": "Nutné Předvolby Statistiky Marketing Zobrazit podrobnosti",
    "hu": "Szükséges Beállítások Statisztika Marketing Részletek megjelenítése",
    "tr": "Gerekli Tercihler İstatistikler Pazarlama Detayları göster",
    "ru": "Необходимые Предпочтения Статистика Маркетинг Показать подробности",
}
# prose naming the same things
TOGGLE_PROSE = [
    "Necessary statistics on marketing budgets were missing from the report.",
    "Notwendig seien Statistiken zum Marketing der Region, sagte die Ministerin.",
    "Les statistiques du marketing sont nécessaires pour le budget, selon le rapport.",
    "Marketing",
    "Statistics",
]


@pytest.mark.parametrize("lang", sorted(CONSENT_TOGGLES))
def test_a_cookie_dialogs_row_of_toggles_is_a_cookie_line(lang: str) -> None:
    lex = load_lexicon()
    assert lex.pattern(CONSENT_TOGGLES[lang]) == "cookies"
    # without its first toggles, or in a sentence, it is none
    assert lex.pattern(CONSENT_TOGGLES[lang].split(" ", 2)[2]) is None


@pytest.mark.parametrize("line", TOGGLE_PROSE)
def test_prose_naming_a_dialogs_toggles_is_no_cookie_line(line: str) -> None:
    assert load_lexicon().pattern(line) is None


# An embed's notice naming the platform it comes from, and prose that opens so.
EMBED_NOTICES: dict[str, tuple[str, str]] = {
    "en": (
        "This content is provided by Instagram.",
        "This content is provided by the museum to explain its new rooms.",
    ),
    "de": (
        "Dieser Inhalt stammt von YouTube.",
        "Dieser Inhalt stammt von einem Verein, der Spenden sammelt.",
    ),
    "fr": (
        "Ce contenu est fourni par Twitter.",
        "Ce contenu est fourni par la mairie pour expliquer les travaux.",
    ),
    "es": (
        "Este contenido es proporcionado por Facebook",
        "Este contenido es proporcionado por el museo para sus visitantes.",
    ),
    "it": (
        "Questo contenuto è fornito da YouTube.",
        "Questo contenuto è fornito da una scuola del quartiere.",
    ),
    "pt": (
        "Este conteúdo é fornecido por Instagram.",
        "Este conteúdo é fornecido por uma associação de moradores.",
    ),
    "nl": (
        "Deze inhoud wordt geleverd door YouTube.",
        "Deze inhoud wordt geleverd door een lokale vereniging.",
    ),
    "pl": (
        "Ta treść jest dostarczana przez YouTube.",
        "Ta treść jest dostarczana przez szkołę dla rodziców.",
    ),
    "sv": (
        "Detta innehåll tillhandahålls av Instagram",
        "Detta innehåll kommer från en lokal förening i staden.",
    ),
    "da": ("Dette indhold leveres af YouTube.", "Dette indhold leveres af en lokal forening i byen."),
    "no": ("Dette innholdet leveres av Vimeo.", "Dette innholdet leveres av en lokal forening i byen."),
    "fi": (
        "Tämän sisällön tarjoaa YouTube.",
        "Tämän sisällön tarjoaa kaupungin kirjasto kaikille asukkaille.",
    ),
    "cs": ("Tento obsah poskytuje YouTube.", "Tento obsah poskytuje městská knihovna všem čtenářům."),
    "ru": (
        "Этот контент предоставлен YouTube",
        "Этот контент предоставлен городской библиотекой для читателей.",
    ),
}


@pytest.mark.parametrize("lang", sorted(EMBED_NOTICES))
def test_an_embeds_notice_naming_its_platform_is_an_embed_line(lang: str) -> None:
    lex = load_lexicon()
    notice, prose = EMBED_NOTICES[lang]
    assert lex.pattern(notice) == "embeds"
    assert lex.pattern(prose) is None


# Prose naming a capitalised provider and going on in the same sentence (a
# second capitalised word is part of its name, no new sentence), and the
# notice with a new sentence after the platform, which is still one.
EMBED_NAMED_PROSE: dict[str, tuple[str, str]] = {
    "en": (
        "This content is provided by City Library for the pupils of the district.",
        "This content is provided by YouTube. Load it to watch.",
    ),
    "de": (
        "Dieser Inhalt stammt von Radio Nordwest und wurde für Schulen erstellt.",
        "Dieser Inhalt stammt von Vimeo. Laden Sie ihn, um ihn anzusehen.",
    ),
    "fr": (
        "Ce contenu est fourni par Radio Centre pour les écoles du quartier.",
        "Ce contenu est fourni par Twitter. Chargez-le pour le voir.",
    ),
    "es": (
        "Este contenido es proporcionado por Radio Sur para las escuelas del barrio.",
        "Este contenido es proporcionado por Facebook. Cárguelo para verlo.",
    ),
    "it": (
        "Questo contenuto è fornito da Radio Centro per le scuole del quartiere.",
        "Questo contenuto è fornito da YouTube. Caricalo per vederlo.",
    ),
    "nl": (
        "Deze inhoud wordt geleverd door Radio Noord voor de scholen in de wijk.",
        "Deze inhoud wordt geleverd door YouTube. Laad hem om te kijken.",
    ),
}


@pytest.mark.parametrize("lang", sorted(EMBED_NAMED_PROSE))
def test_a_capitalised_provider_inside_a_sentence_is_no_embeds_notice(lang: str) -> None:
    lex = load_lexicon()
    prose, notice = EMBED_NAMED_PROSE[lang]
    assert lex.pattern(prose) is None
    assert lex.pattern(notice) == "embeds"


# A cookie-settings dialog's category heading, and prose naming the same kind
# of cookies (a sentence, not the heading alone).
COOKIE_CATEGORIES: dict[str, tuple[list[str], str]] = {
    "fr": (
        ["Cookies statistiques"],
        "Les cookies statistiques sont utilisés par la plupart des grands sites.",
    ),
    "pl": (
        ["Niezbędne pliki cookie", "Pliki cookie marketingowe"],
        "Niezbędne pliki cookie nie wymagają zgody, mówi urząd.",
    ),
    "sv": (
        ["Nödvändiga cookies", "Marknadsföringscookies"],
        "Nödvändiga cookies kräver inget samtycke, enligt myndigheten.",
    ),
    "da": (
        ["Nødvendige cookies", "Statistiske cookies"],
        "Nødvendige cookies kræver ikke samtykke, siger myndigheden.",
    ),
    "no": (
        ["Nødvendige informasjonskapsler", "Markedsføringscookies"],
        "Nødvendige informasjonskapsler krever ikke samtykke.",
    ),
    "fi": (
        ["Välttämättömät evästeet", "Markkinointievästeet"],
        "Välttämättömät evästeet eivät vaadi suostumusta, viranomainen sanoi.",
    ),
    "cs": (
        ["Nezbytné soubory cookie", "Marketingové cookies"],
        "Nezbytné soubory cookie nevyžadují souhlas, uvedl úřad.",
    ),
    "hu": (
        ["Szükséges sütik", "Marketing sütik"],
        "A szükséges sütik nem igényelnek hozzájárulást a hatóság szerint.",
    ),
    "tr": (
        ["Zorunlu çerezler", "Pazarlama çerezleri"],
        "Zorunlu çerezler için onay gerekmediğini kurum açıkladı.",
    ),
    "ru": (
        ["Необходимые файлы cookie", "Маркетинговые cookie"],
        "Необходимые файлы cookie не требуют согласия, заявили в ведомстве.",
    ),
}


@pytest.mark.parametrize("lang", sorted(COOKIE_CATEGORIES))
def test_a_cookie_dialogs_category_is_a_cookie_line(lang: str) -> None:
    lex = load_lexicon()
    headings, prose = COOKIE_CATEGORIES[lang]
    assert [lex.pattern(line) for line in headings] == ["cookies"] * len(headings)
    assert lex.pattern(prose) is None


# A cookie notice in the languages written without spaces between words
# (Japanese) or with particles on the noun (Korean), and prose about cookies.
COOKIE_NOTICES_CJK: dict[str, tuple[str, str]] = {
    "ja": (
        "当ウェブサイトではクッキーを使用しています。",
        "クッキーの規制について、政府は来年から新しい指針を示す。",
    ),
    "ko": ("이 사이트는 쿠키를 사용합니다.", "정부는 쿠키 규제에 관한 새로운 지침을 내년에 발표한다."),
}


@pytest.mark.parametrize("lang", sorted(COOKIE_NOTICES_CJK))
def test_a_cookie_notice_without_spaces_is_a_cookie_line(lang: str) -> None:
    lex = load_lexicon()
    notice, prose = COOKIE_NOTICES_CJK[lang]
    assert lex.pattern(notice) == "cookies"
    assert lex.pattern(prose) is None


# A consent dialog's closing line (the reader may change the choice at any
# time), and prose about changing one's mind at any time.
CONSENT_ANYTIME: dict[str, tuple[str, str]] = {
    "it": (
        "Puoi modificare le tue preferenze in qualsiasi momento.",
        "Puoi cambiare idea in qualsiasi momento, ha detto l'allenatore.",
    ),
    "pt": (
        "Pode alterar as suas preferências a qualquer momento.",
        "Pode mudar de ideias a qualquer momento, disse o treinador.",
    ),
    "nl": (
        "U kunt uw toestemming op elk moment intrekken.",
        "U kunt op elk moment van gedachten veranderen, zei de coach.",
    ),
    "pl": (
        "Możesz w każdej chwili wycofać zgodę.",
        "Możesz w każdej chwili zmienić zdanie, powiedział trener.",
    ),
    "sv": (
        "Du kan när som helst ändra dina inställningar.",
        "Du kan när som helst ändra dig, sa tränaren till spelarna.",
    ),
    "da": (
        "Du kan til enhver tid ændre dine indstillinger.",
        "Du kan til enhver tid skifte mening, sagde træneren.",
    ),
    "no": (
        "Du kan når som helst endre dine innstillinger.",
        "Du kan når som helst ombestemme deg, sa treneren.",
    ),
    "fi": (
        "Voit milloin tahansa muuttaa asetuksiasi.",
        "Voit milloin tahansa muuttaa mieltäsi, valmentaja sanoi.",
    ),
}


@pytest.mark.parametrize("lang", sorted(CONSENT_ANYTIME))
def test_a_consent_dialogs_closing_line_is_a_cookie_line(lang: str) -> None:
    lex = load_lexicon()
    line, prose = CONSENT_ANYTIME[lang]
    assert lex.pattern(line) == "cookies"
    assert lex.pattern(prose) is None


# A newsletter box's heading in Japanese and Korean, and a sentence about a newsletter.
NEWSLETTER_HEADINGS_CJK = [
    ("ニュースレター登録", "ニュースレターの読者は昨年から二倍に増えた。"),
    ("メールマガジン", "メールマガジンの読者は昨年から二倍に増えた。"),
    ("뉴스레터 구독", "뉴스레터 구독자는 작년보다 두 배로 늘었다."),
]


@pytest.mark.parametrize(("line", "prose"), NEWSLETTER_HEADINGS_CJK)
def test_a_newsletter_boxs_heading_in_japanese_and_korean(line: str, prose: str) -> None:
    lex = load_lexicon()
    assert lex.section_heading(line) == "newsletter"
    assert lex.section_heading(prose) is None


def test_a_korean_read_more_link_is_a_label() -> None:
    lex = load_lexicon()
    assert [lex.label(line) for line in ["더 읽기", "계속 읽기", "기사 전문 보기"]] == ["readmore"] * 3
    assert lex.label("그는 책을 더 읽기로 했다.") is None


# A donation box under the article: the question that opens it, the ways to
# give and the account to give to (the lines of a club's or a small site's
# sidebar, which no heading marks as a section).
DONATION_BOXES = {
    "en": [
        "Would you like to support our association without joining it?",
        "Donate via PayPal",
        "Donate by bank transfer",
        "You can also send your donation to the following account: IBAN GB00 0000 0000 0000 00",
    ],
    "de": [
        "Möchtest du den Gartenverein einfach so unterstützen?",
        "Spende per PayPal",
        "Spende per Überweisung",
        "Überweise deine Spende bitte auf folgendes Konto: IBAN DE00 0000 0000 0000 00",
    ],
    "fr": [
        "Vous souhaitez soutenir notre association ?",
        "Faire un don par PayPal",
        "Faire un don par chèque",
        "Vos dons peuvent aussi être versés sur notre compte : IBAN FR00 0000 0000 0000 00",
    ],
    "es": [
        "¿Quieres apoyar nuestro trabajo?",
        "Dona vía PayPal",
        "Dona por transferencia bancaria",
        "Puedes hacer tu donación en la siguiente cuenta: ES00 0000 0000 0000 00",
    ],
}


@pytest.mark.parametrize("lang", sorted(DONATION_BOXES))
def test_a_donation_box_under_the_article_goes(lang: str) -> None:
    lex = load_lexicon()
    for line in DONATION_BOXES[lang]:
        assert lex.pattern(line) == "donation", line
    out = clean("\n".join([*ARTICLE[lang], *DONATION_BOXES[lang], "Impressum"])).splitlines()
    assert out == ARTICLE[lang]


# what reads like such a box's lines and is the article's text: an interview's
# question to a politician, advice to the reader, a report on a donation
NOT_A_DONATION_BOX = [
    "Wollen Sie den Kandidaten der Partei unterstützen?",
    "Möchten Sie die Bewerbung der Stadt unterstützen?",
    "Want to support local businesses this winter?",
    "The charity said the donations had been sent to the wrong account in March.",
    "Donate via the new app, the mayor urged, and the money will reach the shelter within days.",
    "Die Spenden wurden auf das Konto der Stadt überwiesen, sagte der Kassenwart.",
    "¿Quieres apoyar al candidato?, le preguntó el periodista.",
    "Spendenkonto: Stadtkasse Nord, IBAN DE00 0000 0000 0000 01",
]


@pytest.mark.parametrize("line", NOT_A_DONATION_BOX)
def test_prose_about_donating_is_no_donation_box(line: str) -> None:
    assert load_lexicon().pattern(line) is None, line


# A box describing the site or its publisher under the article: its heading
# and one or two paragraphs that end the text.
ABOUT_BOXES = {
    "en": (
        "About us",
        [
            "We are a small team of reporters and have covered the valley and its towns since 1998.",
            "Our newsroom is funded by local businesses and by the readers who subscribe to the paper.",
        ],
    ),
    "de": (
        "Über uns",
        [
            "Wir sind ein kleines Team aus Reportern und berichten seit 1998 über das Tal und seine Orte.",
        ],
    ),
    "fr": (
        "Qui sommes-nous ?",
        [
            "Nous sommes une petite équipe de journalistes qui couvre la vallée et ses villages depuis 1998.",
        ],
    ),
    "es": (
        "Quiénes somos",
        [
            "Somos un pequeño equipo de periodistas que cubre el valle y sus pueblos desde 1998.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(ABOUT_BOXES))
def test_an_about_us_box_under_the_article_goes(lang: str) -> None:
    heading, box = ABOUT_BOXES[lang]
    out = clean("\n".join([*ARTICLE[lang], heading, *box, "Impressum", "Kontakt"])).splitlines()
    assert out == ARTICLE[lang]


@pytest.mark.parametrize("lang", sorted(ABOUT_BOXES))
def test_the_text_of_an_about_us_page_stays(lang: str) -> None:
    heading, box = ABOUT_BOXES[lang]
    # the page's own title over its text: no article above the heading
    out = clean("\n".join(["Home", heading, *box, *ARTICLE[lang], "Impressum"])).splitlines()
    assert all(line in out for line in box)
    # the box's paragraphs followed by more of the text are the article's
    # (more than two paragraphs under the heading)
    more = {
        "en": "The council will meet the growers again in the spring, a spokesman said on Friday.",
        "de": "Der Rat will sich im Frühjahr erneut mit den Bauern treffen, sagte ein Sprecher am Freitag.",
        "fr": "Le conseil rencontrera de nouveau les producteurs au printemps, a indiqué un porte-parole.",
        "es": "El consejo volverá a reunirse con los agricultores en primavera, dijo un portavoz el viernes.",
    }[lang]
    text = "\n".join([*ARTICLE[lang][:2], heading, *box, *ARTICLE[lang][2:], more, "Impressum"])
    out = clean(text).splitlines()
    assert all(line in out for line in [*box, *ARTICLE[lang], more])


# An embed's notice that goes on past the platform's name to the reader's
# consent or the loading of the content, and prose that opens with the same
# words but tells of something else.
EMBED_CONSENT_NOTICES: dict[str, tuple[list[str], str]] = {
    "en": (
        [
            "This content is provided by Vimeo, which may set cookies once you load it.",
            "External content from Spotify: by loading it you agree to the platform's privacy policy.",
            "Content from Instagram can only be shown with your consent.",
        ],
        "This content is provided by NASA to help schools teach the planets to children.",
    ),
    "de": (
        [
            "Dieser Inhalt stammt von Vimeo und wird erst nach Ihrer Zustimmung geladen.",
            "Dieser Beitrag wird von Instagram bereitgestellt.",
            "An dieser Stelle findest du einen externen Inhalt von Spotify, der den Text ergänzt.",
            "Externer Inhalt von Twitter: Mit dem Laden akzeptierst du die Datenschutzerklärung.",
        ],
        "Dieser Inhalt stammt von Vimeo-Nutzern, die das Hochwasser am Fluss gefilmt haben.",
    ),
    "fr": (
        [
            "Ce contenu provient de Vimeo et ne sera chargé qu'après votre accord.",
            "Contenu externe de Spotify : en l'affichant, vous acceptez l'envoi de données.",
        ],
        "Ce contenu provient de Radio Nord et raconte l'histoire du vieux port.",
    ),
    "es": (
        [
            "Este contenido lo proporciona Vimeo y podría usar cookies y otras tecnologías.",
            "Contenido externo de Spotify. Al cargarlo aceptas su política de privacidad.",
        ],
        "Este contenido lo proporciona la Universidad del Norte a sus alumnos de primer año.",
    ),
    "it": (
        ["Questo contenuto proviene da Vimeo e viene caricato solo con il tuo consenso."],
        "Questo contenuto proviene da una scuola del quartiere e racconta la sua storia.",
    ),
    "nl": (
        ["Deze inhoud wordt geleverd door Vimeo en wordt pas geladen na je toestemming."],
        "Deze inhoud wordt geleverd door een lokale vereniging en vertelt over de haven.",
    ),
    "pt": (
        ["Este conteúdo é fornecido pelo Vimeo e só é carregado com o seu consentimento."],
        "Este conteúdo é fornecido pela associação de moradores e conta a história do bairro.",
    ),
    "pl": (
        ["Ta treść pochodzi z Vimeo i zostanie załadowana po wyrażeniu zgody."],
        "Ta treść pochodzi z archiwum miejskiego i opowiada o historii portu.",
    ),
    # the platform's name before the verb
    "hu": (
        ["Ezt a tartalmat a Vimeo biztosítja.", "A Spotify által biztosított tartalom"],
        "A Spotify által biztosított tartalom egyre népszerűbb a fiatalok körében.",
    ),
    "tr": (
        ["Vimeo tarafından sağlanan içerik", "Bu içerik Spotify tarafından sağlanmaktadır."],
        "Vimeo tarafından sağlanan içerik her yıl biraz daha artıyor.",
    ),
    "ja": (
        ["Vimeoが提供するコンテンツ", "このコンテンツはSpotifyによって提供されています。"],
        "Netflixが提供するコンテンツは毎月少しずつ変わる。",
    ),
    "ko": (
        ["Vimeo에서 제공하는 콘텐츠", "이 콘텐츠는 Spotify에서 제공됩니다."],
        "Netflix가 제공하는 콘텐츠는 매달 조금씩 바뀐다.",
    ),
    "zh": (
        ["本内容由Vimeo提供", "以下内容来自Spotify，显示前需要您的同意。"],
        "本内容由Reuters记者在现场拍摄，经编辑后发布。",
    ),
}


@pytest.mark.parametrize("lang", sorted(EMBED_CONSENT_NOTICES))
def test_an_embeds_notice_going_on_to_the_consent_is_an_embed_line(lang: str) -> None:
    lex = load_lexicon()
    notices, prose = EMBED_CONSENT_NOTICES[lang]
    for notice in notices:
        assert lex.pattern(notice) == "embeds", notice
    assert lex.pattern(prose) is None


# Consent by browsing on, in the languages whose lexicon lacked it, and prose
# about going on with something else.
BROWSING_CONSENT: dict[str, tuple[list[str], str]] = {
    "sv": (
        [
            "Genom att fortsätta använda webbplatsen godkänner du att vi använder cookies.",
            "Om du fortsätter att surfa accepterar du vår användning av kakor.",
        ],
        "Om du fortsätter att använda medicinen godkänner läkaren inga nya recept.",
    ),
    "da": (
        [
            "Ved at fortsætte med at bruge hjemmesiden accepterer du brugen af cookies.",
            "Ved fortsat brug af siden accepterer du vores vilkår.",
        ],
        "Hvis du fortsætter med at bruge medicinen, accepterer du risikoen for bivirkninger.",
    ),
    "no": (
        [
            "Ved å fortsette å bruke nettstedet godtar du bruk av informasjonskapsler.",
            "Hvis du fortsetter å surfe, godtar du bruk av cookies.",
        ],
        "Hvis du fortsetter å bruke bilen, godtar du at forsikringen blir dyrere.",
    ),
    "fi": (
        [
            "Jatkamalla sivuston käyttöä hyväksyt evästeiden käytön.",
            "Käyttämällä sivustoa hyväksyt evästeet.",
        ],
        "Jatkamalla lääkkeen käyttöä hyväksyt sivuvaikutusten riskin, lääkäri sanoi.",
    ),
    "cs": (
        ["Pokračováním v prohlížení webu souhlasíte s používáním cookies."],
        "Pokračováním v jednání s odbory souhlasíte s jejich návrhem, řekl ministr.",
    ),
    "hu": (
        ["Az oldal további használatával hozzájárulsz a sütik használatához."],
        "A gép további használatával a gyártó nem vállal felelősséget.",
    ),
    "tr": (
        ["Siteyi kullanmaya devam ederek çerez kullanımını kabul etmiş olursunuz."],
        "İlacı kullanmaya devam ederek riskleri kabul etmiş olursunuz, dedi doktor.",
    ),
    "ja": (
        ["本サイトを引き続きご利用いただくことで、Cookieの使用に同意したものとみなされます。"],
        "引き続き薬を使用する場合は、医師の同意が必要です。",
    ),
    "ko": (
        ["사이트를 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다."],
        "약을 계속 사용하려면 의사의 동의가 필요하다.",
    ),
    "zh": (
        ["继续浏览本网站即表示您接受我们的隐私政策。"],
        "如果继续使用这种药物，即表示患者同意承担风险。",
    ),
}


@pytest.mark.parametrize("lang", sorted(BROWSING_CONSENT))
def test_consent_by_browsing_on_is_a_cookie_notice(lang: str) -> None:
    lex = load_lexicon()
    notices, prose = BROWSING_CONSENT[lang]
    for notice in notices:
        assert lex.pattern(notice) == "cookies", notice
    assert lex.pattern(prose) is None


# A blocked embed's placeholder as a whole line, and a sentence with its words.
EMBED_PLACEHOLDERS: dict[str, tuple[list[str], str]] = {
    "en": (
        ["Click here to load the tweet", "Tap to show the Instagram post", "Load video"],
        "Click here to load the truck, the foreman shouted at the crew.",
    ),
    "de": (
        [
            "Klicken Sie hier, um den Inhalt von Instagram anzuzeigen",
            "Klicke hier, um das Video zu laden.",
            "Tweet laden",
        ],
        "Die Polizei ließ das Video laden und prüfte es am Abend.",
    ),
    "fr": (
        ["Cliquez ici pour afficher le contenu de Twitter", "Charger la vidéo"],
        "Charger la vidéo a pris trois heures selon le technicien.",
    ),
    "es": (
        ["Haz clic aquí para cargar el tuit", "Cargar vídeo"],
        "Cargar el vídeo costó tres horas, según el técnico de la emisora.",
    ),
    "it": (
        ["Clicca qui per caricare il video", "Carica il contenuto"],
        "Carica il video sul camion, disse il capo agli operai.",
    ),
    "nl": (
        ["Klik hier om de video te laden", "Inhoud laden"],
        "Klik hier om de video te laden, zei de technicus tegen de klas.",
    ),
    "pt": (
        ["Clique aqui para carregar o vídeo", "Carregar conteúdo"],
        "Carregar o vídeo levou três horas, disse o técnico da emissora.",
    ),
}


@pytest.mark.parametrize("lang", sorted(EMBED_PLACEHOLDERS))
def test_a_blocked_embeds_placeholder_is_an_embed_line(lang: str) -> None:
    lex = load_lexicon()
    lines, prose = EMBED_PLACEHOLDERS[lang]
    for line in lines:
        assert lex.pattern(line) in ("embeds", "cookies"), line
    assert lex.pattern(prose) is None


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_a_blocked_embed_under_the_article_goes(lang: str) -> None:
    notice = EMBED_CONSENT_NOTICES[lang][0][0]
    placeholder = EMBED_PLACEHOLDERS[lang][0][0]
    text = "\n\n".join([*ARTICLE[lang], notice, placeholder])
    assert clean(text).split("\n\n") == ARTICLE[lang]


# A link to the privacy policy on a line of its own: a blocked embed's when it
# stands next to the embed's notice, the text's own line elsewhere.
EMBED_PRIVACY_LINKS = {
    "en": "More information about privacy",
    "de": "Mehr Informationen zum Datenschutz",
    "fr": "Plus d'informations sur la protection des données",
    "es": "Más información sobre privacidad",
}


@pytest.mark.parametrize("lang", sorted(EMBED_PRIVACY_LINKS))
def test_a_blocked_embeds_privacy_link_goes_with_its_notice(lang: str) -> None:
    notice = EMBED_CONSENT_NOTICES[lang][0][0]
    link = EMBED_PRIVACY_LINKS[lang]
    text = "\n\n".join([*ARTICLE[lang][:2], notice, link, ARTICLE[lang][2]])
    assert clean(text).split("\n\n") == ARTICLE[lang]
    # above the notice too
    text = "\n\n".join([*ARTICLE[lang][:2], link, notice, ARTICLE[lang][2]])
    assert clean(text).split("\n\n") == ARTICLE[lang]


@pytest.mark.parametrize("lang", sorted(EMBED_PRIVACY_LINKS))
def test_a_privacy_link_with_no_embed_next_to_it_is_left_alone(lang: str) -> None:
    link = EMBED_PRIVACY_LINKS[lang]
    doc = Document.from_text("\n\n".join([*ARTICLE[lang][:2], link, ARTICLE[lang][2]]))
    Boilerplate().annotate(doc)
    assert [b.kept for b in doc.blocks] == [None, None, None, None]


# (language -> menu, a section's label, other stories' titles, the headline,
# its article) a headline that writes a compound the article says otherwise
# ("路線再編" where the text has "経路を組み替える", "노선" for "운행 경로"),
# with particles and endings between its words
CJK_PAGES: dict[str, tuple[list[str], str, list[str], str, list[str]]] = {
    "ja": (
        ["ホーム", "国内", "経済", "地域", "スポーツ"],
        "地域ニュース",
        ["港の倉庫が美術館に生まれ変わる", "秋祭りの人出、過去最多に"],
        "仙台で市営バスの路線再編が決まる",
        [
            "仙台市は十日、バスの運行経路を来年四月から大きく組み替えると発表した。利用の少ない便を減らし、駅と病院を結ぶ便を増やす。",
            "市によると、地域の住民から寄せられた要望をもとに、通学や通院に使われる時間帯の本数を優先して見直したという。",
            "一方で、山沿いの団地では便が半分ほどになるため、住民からは買い物に行きにくくなるとの不安の声も出ている。",
            "市は来月から各地区で説明会を開き、意見を聞いたうえで細かい時刻表を決める方針だ。",
        ],
    ),
    "zh": (
        ["首页", "本地", "财经", "体育", "视频"],
        "本地新闻",
        ["老城区菜市场完成改造", "今年第一场雪比往年来得早"],
        "成都地铁新线明年通车 沿线居民盼出行更方便",
        [
            "成都市交通部门日前表示，连接城北和天府新区的轨道交通新线路将在明年上半年建成通车，全长约三十公里。",
            "新线路共设二十一座车站，其中多座车站与现有线路换乘，预计高峰时段每四分钟发一趟车。",
            "家住城北的一位本地居民说，目前上班要换乘两次公交，路上需要一个多小时，通车以后能节省不少时间。",
            "交通部门同时提醒，施工期间部分道路仍将封闭，请市民提前规划出行路线。",
        ],
    ),
    "ko": (
        ["홈", "정치", "경제", "사회", "지역"],
        "지역 소식",
        ["전통시장 주차장 확장 공사 마무리", "올해 첫눈, 예년보다 일찍 내려"],
        "광주시, 시내버스 노선 내년부터 손질",
        [
            "광주시는 내년 3월부터 시내버스 운행 경로를 크게 바꾼다고 12일 밝혔다. 이용객이 적은 구간은 줄이고 병원과 학교를 잇는 구간은 늘린다.",
            "시는 지역 주민들의 의견을 모아 출퇴근 시간대의 배차 간격을 먼저 조정했다고 설명했다.",
            "하지만 외곽 마을에서는 운행 횟수가 절반으로 줄어 장을 보러 가기 어려워진다는 걱정도 나온다.",
            "시는 다음 달부터 구별로 설명회를 열어 주민 의견을 들은 뒤 세부 시간표를 확정할 계획이다.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(CJK_PAGES))
def test_a_cjk_headline_is_compared_on_the_pairs_within_its_words(lang: str) -> None:
    # the headline shares few pairs of characters with its article, but they
    # cover its names ("仙台", "バス"); the menu, the section's label and the
    # titles of other stories above it share fewer: they go
    menu, label, others, headline, article = CJK_PAGES[lang]
    text = "\n".join([*menu, label, *others, headline, "2025.03.12 10:30", *article, *menu])
    out = clean(text).splitlines()
    assert out == [headline, *article]
    # with no headline, the label or a title above the article is none
    out = clean("\n".join([*menu, label, *others, *article, *menu])).splitlines()
    assert out == article


# A page's tabs right above the article ("Overview", "Programme", "Getting
# there"), whose items head sections of the page under it: each section's
# heading and paragraphs are the article's, however far down, below a grid of
# teaser titles.
TAB_PAGES = {
    "en": (
        ["Overview", "Exhibitors", "Programme", "Getting there"],
        [
            "The spring fair brings forty firms from the region to the old market hall for one afternoon.",
            "Students and young graduates can meet the firms and ask them about jobs and internships.",
            "Programme",
            "The afternoon opens with short talks by three of the firms, followed by a tour of their stands.",
        ],
        (
            "Getting there",
            ["The market hall is a five-minute walk from the main station, and there is parking behind it."],
        ),
    ),
    "de": (
        ["Übersicht", "Aussteller", "Programm", "Anfahrt"],
        [
            "Die Frühjahrsmesse bringt vierzig Firmen aus der Region für einen Nachmittag in die alte Markthalle.",
            "Studierende und junge Absolventen können die Firmen treffen und nach Stellen und Praktika fragen.",
            "Programm",
            "Der Nachmittag beginnt mit kurzen Vorträgen von drei Firmen, danach folgt ein Rundgang über die Stände.",
        ],
        (
            "Anfahrt",
            ["Die Markthalle liegt fünf Gehminuten vom Hauptbahnhof entfernt, dahinter gibt es Parkplätze."],
        ),
    ),
    "fr": (
        ["Aperçu", "Exposants", "Programme", "Accès"],
        [
            "Le salon de printemps réunit quarante entreprises de la région dans l'ancienne halle pour un après-midi.",
            "Les étudiants et les jeunes diplômés peuvent rencontrer les entreprises et les interroger sur les stages.",
            "Programme",
            "L'après-midi commence par de courtes présentations de trois entreprises, puis une visite des stands.",
        ],
        (
            "Accès",
            ["La halle se trouve à cinq minutes à pied de la gare centrale, avec un parking juste derrière."],
        ),
    ),
    "es": (
        ["Resumen", "Expositores", "Programa", "Cómo llegar"],
        [
            "La feria de primavera reúne a cuarenta empresas de la región en el antiguo mercado durante una tarde.",
            "Los estudiantes y los jóvenes titulados pueden conocer a las empresas y preguntar por las prácticas.",
            "Programa",
            "La tarde empieza con breves charlas de tres empresas y sigue con una visita a sus puestos de la feria.",
        ],
        (
            "Cómo llegar",
            ["El mercado está a cinco minutos a pie de la estación central y hay aparcamiento detrás."],
        ),
    ),
}
TAB_TEASERS = {
    "en": [
        "Robots in the packaging line",
        "A day at the pharma plant",
        "Design thinking for beginners",
        "The smart home of tomorrow",
        "New paths for rural regions",
    ],
    "de": [
        "Roboter an der Verpackungslinie",
        "Ein Tag im Pharmawerk",
        "Design Thinking für Einsteiger",
        "Das vernetzte Zuhause von morgen",
        "Neue Wege für ländliche Regionen",
    ],
    "fr": [
        "Des robots sur la ligne d'emballage",
        "Une journée à l'usine pharmaceutique",
        "Le design thinking pour débutants",
        "La maison connectée de demain",
        "De nouvelles voies pour les régions rurales",
    ],
    "es": [
        "Robots en la línea de embalaje",
        "Un día en la planta farmacéutica",
        "Design thinking para principiantes",
        "La casa conectada del mañana",
        "Nuevos caminos para las regiones rurales",
    ],
}


@pytest.mark.parametrize("lang", sorted(TAB_PAGES))
def test_a_section_the_tabs_above_the_article_name_stays(lang: str) -> None:
    tabs, body, (heading, section) = TAB_PAGES[lang]
    nav_before, nav_after = CHROME["navigation"][lang]
    text = "\n".join(
        [
            *nav_before,
            *tabs,
            *body[:2],
            *ARTICLE[lang],
            *body[2:],
            *TAB_TEASERS[lang],
            heading,
            *section,
            *nav_after,
        ]
    )
    out = clean(text).splitlines()
    assert all(line in out for line in [*body, heading, *section])
    assert not any(line in out for line in TAB_TEASERS[lang])
    # without the tabs above the article, the same lines far under it are
    # not the article's (a box under the page); nor are they when only one
    # item of the list above heads a section (a menu naming one of them)
    for above in ([], [tab for tab in tabs if tab != body[2]]):
        text = "\n".join(
            [
                *nav_before,
                *above,
                *body[:2],
                *ARTICLE[lang],
                *body[2:],
                *TAB_TEASERS[lang],
                heading,
                *section,
                *nav_after,
            ]
        )
        out = clean(text).splitlines()
        assert heading not in out
        assert not any(line in out for line in section)


# Two parts of a page kept on their own, far under the article, with a short
# run of headings between them ("Vision", its motto, "Mission"): the headings
# are the page's, as between two paragraphs of the article.
SPLIT_PARTS = {
    "en": (
        "Energy transition and society",
        [
            "Cables under the sea",
            "A week on the wind farm",
            "Heat pumps in old houses",
            "The price of green steel",
            "Solar roofs for schools",
        ],
        (
            "Our institute studies how the energy supply of a whole region can do without coal, oil and gas within"
            " thirty years. The work asks who pays for the change, who gains from it and how the people who live"
            " there can have their say in the plans that affect their towns."
        ),
        ["Vision", "A fair and climate-neutral energy future", "Mission"],
        (
            "We bring together researchers, city councils and firms to test new ways of heating homes and running"
            " factories on clean power. Each project starts with the questions the people on the ground are asking,"
            " and ends with advice that they can put to use in the following years."
        ),
    ),
    "de": (
        "Energiewende und Gesellschaft",
        [
            "Kabel unter dem Meer",
            "Eine Woche im Windpark",
            "Wärmepumpen in alten Häusern",
            "Der Preis von grünem Stahl",
            "Solardächer für Schulen",
        ],
        (
            "Unser Institut untersucht, wie die Energieversorgung einer ganzen Region in dreißig Jahren ohne Kohle,"
            " Öl und Gas auskommen kann. Die Arbeit fragt, wer den Wandel bezahlt, wer davon profitiert und wie die"
            " Menschen vor Ort bei den Plänen für ihre Städte mitreden können."
        ),
        ["Vision", "Eine gerechte und klimaneutrale Energiezukunft", "Mission"],
        (
            "Wir bringen Forschende, Stadträte und Unternehmen zusammen, um neue Wege zu erproben, Wohnungen zu"
            " heizen und Fabriken mit sauberem Strom zu betreiben. Jedes Projekt beginnt mit den Fragen der Menschen"
            " vor Ort und endet mit Ratschlägen, die sie in den folgenden Jahren nutzen können."
        ),
    ),
}


@pytest.mark.parametrize("lang", sorted(SPLIT_PARTS))
def test_headings_between_two_parts_kept_on_their_own_stay(lang: str) -> None:
    title, teasers, first, headings, second = SPLIT_PARTS[lang]
    nav_before, nav_after = CHROME["navigation"][lang]
    filler = [*TAB_TEASERS[lang], *teasers]

    def page(between: list[str]) -> list[str]:
        text = [
            *nav_before,
            title,
            *ARTICLE[lang],
            *filler,
            first,
            *between,
            second,
            *TAB_TEASERS[lang],
            *nav_after,
        ]
        return clean("\n".join(text)).splitlines()

    out = page(headings)
    assert all(line in out for line in [*ARTICLE[lang], first, *headings, second])
    assert not any(line in out for line in filler)
    # (not with chrome an earlier cleaner dropped among them: a share button)
    label = {"en": "Share", "de": "Teilen"}[lang]
    out = page([*headings[:1], label, *headings[1:]])
    assert all(line in out for line in [first, second])
    assert not any(line in out for line in headings)


# An entry's fields right above the region, each a label alone on its line
# ending with a colon over its value, the last label right over the region's
# first paragraph: the entry's first fields, kept when the region holds such
# a label of its own over its text (a dictionary's word of the day)
FIELD_ENTRIES = {
    "en": (
        ["Word of the Day", "gloaming"],
        ["PRONUNCIATION:", "(GLOH-ming)", "MEANING:", "noun: Twilight; the fall of dusk.", "ORIGIN:"],
        [
            "From Old English glōmung, from glōm, twilight, related to glow. The word lived on in Scotland and the"
            " north of England long after the south had forgotten it, and poets brought it back.",
            "Songwriters of the nineteenth century liked it for its soft sound, and it still turns up in verse.",
            "USAGE:",
            "We walked home along the shore in the gloaming, when the lamps of the village came on one by one and the"
            " sea turned grey.",
        ],
    ),
    "de": (
        ["Wort des Tages", "Abendrot"],
        [
            "AUSSPRACHE:",
            "(A-bend-rot)",
            "BEDEUTUNG:",
            "Substantiv: rote Färbung des Himmels am Abend.",
            "HERKUNFT:",
        ],
        [
            "Aus dem Mittelhochdeutschen, zusammengesetzt aus Abend und rot. Das Wort ist seit dem Mittelalter"
            " belegt und wurde früh in Wetterregeln gebraucht, die Bauern und Seeleute weitergaben.",
            "In der Dichtung der Romantik steht es oft für Abschied und Sehnsucht, und so wird es noch heute gelesen.",
            "GEBRAUCH:",
            "Wir gingen am Ufer entlang nach Hause, als das Abendrot über dem Dorf langsam verblasste und die Lampen"
            " in den Fenstern eine nach der anderen angingen.",
        ],
    ),
    "fr": (
        ["Le mot du jour", "crépuscule"],
        ["PRONONCIATION :", "(kʁe.pys.kyl)", "SENS :", "nom : lueur du soleil couchant.", "ÉTYMOLOGIE :"],
        [
            "Du latin crepusculum, diminutif de creper, obscur. Le mot est entré dans la langue au treizième siècle"
            " et a d'abord désigné la lumière incertaine du matin autant que celle du soir.",
            "Les poètes du dix-neuvième siècle l'ont beaucoup aimé, et il garde pour nous un parfum de mélancolie.",
            "EMPLOI :",
            "Nous sommes rentrés par la plage au crépuscule, quand les lampes du village s'allumaient une à une et que"
            " la mer devenait grise.",
        ],
    ),
    "es": (
        ["La palabra del día", "ocaso"],
        [
            "PRONUNCIACIÓN:",
            "(o-ka-so)",
            "SIGNIFICADO:",
            "sustantivo: puesta del sol en el horizonte.",
            "ORIGEN:",
        ],
        [
            "Del latín occasus, de occidere, caer. La palabra se usa desde la Edad Media y pronto pasó a nombrar"
            " también el final de una época, de una vida o de un imperio entero.",
            "Los poetas del siglo diecinueve la usaron mucho, y todavía hoy suena a despedida y a nostalgia.",
            "USO:",
            "Volvimos a casa por la playa en el ocaso, cuando las luces del pueblo se encendían una a una y el mar se"
            " volvía gris.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(FIELD_ENTRIES))
def test_an_entrys_fields_above_the_region_join_it_when_the_region_has_a_field_of_its_own(lang: str) -> None:
    head, fields, text = FIELD_ENTRIES[lang]
    nav_before, nav_after = CHROME["navigation"][lang]

    def kept(body: list[str]) -> list[str]:
        page = [*nav_before, *head, *fields, *body, *nav_after]
        return clean("\n".join(page)).splitlines()

    out = kept(text)
    assert all(line in out for line in [*fields, *text])
    assert not any(line in out for line in [*nav_before, *nav_after])
    # (with no label of its own in the region, nothing tells the fields from
    # a form's or a menu's lines: the smoothing's decision stands; the
    # headline's finder may take the first value for the headline)
    out = kept(text[:2])
    assert not any(line in out for line in fields[2:])


# An author's box closing the text with no link to the author's posts: the
# author's name alone on a line (a "Follow" button under it) and the bio that
# opens with the name; the name is the author's, standing alone above the
# article (a byline without "By") or given by a byline.
NAME_BOXES = {
    "en": (
        "Jane Roe",
        "Follow",
        "Jane Roe has reported on the valley's farms for ten years and lives by the river with two cats.",
    ),
    "de": (
        "Anna Schmidt",
        "Folgen",
        "Anna Schmidt berichtet seit zehn Jahren über die Höfe im Tal und lebt mit zwei Katzen am Fluss.",
    ),
    "fr": (
        "Marie Dupont",
        "Suivre",
        "Marie Dupont couvre les fermes de la vallée depuis dix ans et vit au bord de la rivière avec deux chats.",
    ),
    "es": (
        "Lucía Gómez",
        "Seguir",
        "Lucía Gómez informa sobre las granjas del valle desde hace diez años y vive junto al río con dos gatos.",
    ),
}
NAME_BOX_BYLINES = {"en": "By", "de": "Von", "fr": "Par", "es": "Por"}


@pytest.mark.parametrize("lang", sorted(NAME_BOXES))
def test_an_author_box_of_the_name_and_its_bio_ending_the_text_goes(lang: str) -> None:
    name, follow, bio = NAME_BOXES[lang]
    nav_before, nav_after = CHROME["navigation"][lang]
    for byline in (name, f"{NAME_BOX_BYLINES[lang]} {name}"):
        text = "\n".join(
            [*nav_before, "Harvest starts early", byline, *ARTICLE[lang], name, follow, bio, *nav_after]
        )
        ex = explain(text)
        out = ex.text.splitlines()
        assert all(p in out for p in ARTICLE[lang])
        assert bio not in out
        assert [b.cleaner for b in ex.blocks if b.text == bio] == ["region"]


NAME_BOX_SECTIONS = {
    "en": (
        "Tom Baker",
        "Tom Baker grows apples on the slope above the village and lost half of his crop this summer.",
    ),
    "de": (
        "Karl Weber",
        "Karl Weber baut am Hang über dem Dorf Äpfel an und hat in diesem Sommer die halbe Ernte verloren.",
    ),
    "fr": (
        "Paul Martin",
        "Paul Martin cultive des pommes sur la pente au-dessus du village et a perdu la moitié de sa récolte.",
    ),
    "es": (
        "Juan Pérez",
        "Juan Pérez cultiva manzanas en la ladera sobre el pueblo y perdió la mitad de su cosecha este verano.",
    ),
}


@pytest.mark.parametrize("lang", sorted(NAME_BOXES))
def test_a_last_section_on_someone_else_under_their_name_stays(lang: str) -> None:
    # the article ends with a section on a grower under the grower's name, and
    # another writer signs it: no author's box
    name, _, bio = NAME_BOXES[lang]
    other, section = NAME_BOX_SECTIONS[lang]
    nav_before, nav_after = CHROME["navigation"][lang]
    text = "\n".join([*nav_before, "Harvest starts early", name, *ARTICLE[lang], other, section, *nav_after])
    out = clean(text).splitlines()
    assert all(p in out for p in [*ARTICLE[lang], section])
    # nor a bio above a paragraph of the article: the box ends the text
    text = "\n".join(
        [*nav_before, "Harvest starts early", name, *ARTICLE[lang][:2], name, bio, ARTICLE[lang][2]]
    )
    out = clean(text).splitlines()
    assert all(p in out for p in [*ARTICLE[lang], bio])


# A box describing the site under its own address ("About valley-news.com"):
# the paragraphs right under the heading that name the address go, wherever
# the box stands under the article (more of the page's text may follow it).
ABOUT_SITE_BOXES = {
    "en": (
        "About valley-news.com",
        "Since 2001 valley-news.com has brought the readers of the valley the news of their towns every morning.",
    ),
    "de": (
        "Über das Portal www.tal-nachrichten.de",
        "Seit 2001 bringt www.tal-nachrichten.de den Lesern im Tal jeden Morgen die Nachrichten aus ihren Orten.",
    ),
    "fr": (
        "À propos de vallee-infos.fr",
        "Depuis 2001, vallee-infos.fr apporte chaque matin aux lecteurs de la vallée les nouvelles de leurs villages.",
    ),
    "es": (
        "Acerca de noticias-del-valle.es",
        "Desde 2001, noticias-del-valle.es lleva cada mañana a los lectores del valle las noticias de sus pueblos.",
    ),
}
ABOUT_SITE_AFTER = {
    "en": (
        "Using our photos",
        "Our photos may be printed by other papers if they name the photographer and the source.",
    ),
    "de": (
        "Nutzung der Fotos",
        "Unsere Fotos dürfen andere Zeitungen drucken, wenn sie den Fotografen und die Quelle nennen.",
    ),
    "fr": (
        "Nos photos",
        "Nos photos peuvent être reprises par d'autres journaux s'ils citent le photographe et la source.",
    ),
    "es": (
        "Nuestras fotos",
        "Otros diarios pueden publicar nuestras fotos si citan al fotógrafo y la fuente de la imagen.",
    ),
}


@pytest.mark.parametrize("lang", sorted(ABOUT_SITE_BOXES))
def test_a_box_about_the_site_under_its_address_goes(lang: str) -> None:
    heading, box = ABOUT_SITE_BOXES[lang]
    assert load_lexicon().pattern(heading) == "about_us"
    after = list(ABOUT_SITE_AFTER[lang])
    out = clean("\n".join(["Harvest starts early", *ARTICLE[lang], heading, box, *after])).splitlines()
    assert all(p in out for p in ARTICLE[lang])
    assert heading not in out
    assert box not in out


@pytest.mark.parametrize("lang", sorted(ABOUT_SITE_BOXES))
def test_text_under_an_about_the_site_heading_that_does_not_name_it_stays(lang: str) -> None:
    heading, box = ABOUT_SITE_BOXES[lang]
    # a paragraph under the heading that does not name the address is no box
    after = list(ABOUT_SITE_AFTER[lang])
    text = "\n".join(["Harvest starts early", *ARTICLE[lang][:2], heading, ARTICLE[lang][2], *after])
    assert ARTICLE[lang][2] in clean(text).splitlines()
    # the page's own title over its text: no article above the heading
    out = clean("\n".join(["Home", heading, box, *ARTICLE[lang], "Imprint"])).splitlines()
    assert box in out


@pytest.mark.parametrize(
    "line",
    [
        "About 3.5 million people live in the valley.",
        "About Node.js",
        "Über 2.000 Besucher kamen zum Fest",
        "Sobre el río: la crecida de marzo",
        "À propos du projet de loi",
    ],
)
def test_lines_about_no_site_address_are_no_about_box_heading(line: str) -> None:
    assert load_lexicon().pattern(line) != "about_us", line


# A list of links to the site's videos or galleries: two titles or more in a
# row, each ending with its medium's kind in brackets, goes; one such title
# alone stays (the page's own headline), and so does a service's name
# ("Vimeo (Video)") and a sentence ending before the tag
MEDIA_LINK_PAGES = {
    "en": (
        [
            "The council voted on Tuesday evening to close the old bridge for repairs over the whole winter.",
            "Drivers will have to use the ring road, which adds about ten minutes to the trip into town.",
            "The works are expected to cost around four million pounds, according to the city engineer.",
        ],
        [
            "Harbour festival draws record crowds to the old quay [Video]",
            "Ten of the best walks along the river this autumn (PHOTOS)",
            "Our weekly look at the town's football results [Podcast]",
        ],
    ),
    "de": (
        [
            "Der Gemeinderat hat am Dienstagabend beschlossen, die alte Brücke den ganzen Winter zu sperren.",
            "Autofahrer müssen über die Umgehungsstraße fahren, was etwa zehn Minuten mehr in die Stadt kostet.",
            "Die Arbeiten sollen nach Angaben des Stadtbaumeisters rund vier Millionen Euro kosten.",
        ],
        [
            "So bunt war der Umzug durch die Altstadt am Sonntag [Fotostrecke]",
            "Neue Fähre legt zum ersten Mal am Hafen an (Video)",
            "Der Bürgermeister im Gespräch über den Haushalt [Audio]",
        ],
    ),
    "fr": (
        [
            "Le conseil municipal a décidé mardi soir de fermer le vieux pont pendant tout l'hiver pour travaux.",
            "Les automobilistes devront emprunter la rocade, ce qui ajoute une dizaine de minutes en ville.",
            "Les travaux devraient coûter environ quatre millions d'euros, selon l'ingénieur de la ville.",
        ],
        [
            "La fête du port attire une foule record sur le quai (VIDÉO)",
            "Les plus belles balades le long du fleuve cet automne [EN IMAGES]",
            "Le maire répond aux questions sur le budget (Podcast)",
        ],
    ),
    "es": (
        [
            "El ayuntamiento decidió el martes por la noche cerrar el viejo puente durante todo el invierno.",
            "Los conductores tendrán que usar la circunvalación, lo que añade unos diez minutos hasta el centro.",
            "Las obras costarán unos cuatro millones de euros, según el ingeniero municipal de la ciudad.",
        ],
        [
            "Así fue la fiesta del puerto con miles de vecinos (Vídeo)",
            "Los paseos más bonitos junto al río este otoño [Fotogalería]",
            "La alcaldesa responde sobre el presupuesto municipal (Audio)",
        ],
    ),
    "it": (
        [
            "Il consiglio comunale ha deciso martedì sera di chiudere il vecchio ponte per tutto l'inverno.",
            "Gli automobilisti dovranno usare la tangenziale, che aggiunge una decina di minuti per il centro.",
            "I lavori costeranno circa quattro milioni di euro, secondo l'ingegnere del comune.",
        ],
        [
            "La festa del porto richiama migliaia di persone sul molo (VIDEO)",
            "Le passeggiate più belle lungo il fiume in autunno [Fotogallery]",
            "Il sindaco risponde alle domande sul bilancio (Podcast)",
        ],
    ),
    "pt": (
        [
            "A câmara municipal decidiu na terça-feira à noite fechar a velha ponte durante todo o inverno.",
            "Os condutores terão de usar a circular, o que acrescenta cerca de dez minutos até ao centro.",
            "As obras vão custar cerca de quatro milhões de euros, segundo o engenheiro da câmara.",
        ],
        [
            "A festa do porto junta milhares de pessoas no cais (Vídeo)",
            "Os passeios mais bonitos junto ao rio neste outono [Fotogaleria]",
            "O presidente da câmara responde sobre o orçamento (Áudio)",
        ],
    ),
    "nl": (
        [
            "De gemeenteraad heeft dinsdagavond besloten de oude brug de hele winter af te sluiten.",
            "Automobilisten moeten via de ringweg rijden, wat ongeveer tien minuten extra kost naar het centrum.",
            "De werkzaamheden kosten volgens de stadsingenieur ongeveer vier miljoen euro.",
        ],
        [
            "Havenfeest trekt recordaantal bezoekers naar de oude kade (video)",
            "De mooiste wandelingen langs de rivier deze herfst [foto's]",
            "De burgemeester over de begroting van volgend jaar [Podcast]",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(MEDIA_LINK_PAGES))
def test_a_list_of_links_to_videos_or_galleries_goes(lang: str) -> None:
    paragraphs, media = MEDIA_LINK_PAGES[lang]
    for titles in (media, media[:2]):
        text = "\n".join(["Home", "News", "Local", *paragraphs, *titles, "Share", "Print"])
        out = clean(text).splitlines()
        assert all(p in out for p in paragraphs)
        assert not any(t in out for t in titles)
        reasons = {b.text: b.reason for b in explain(text).blocks}
        assert all(reasons[t] == "dropped: a list of links to videos or galleries" for t in titles)


@pytest.mark.parametrize("lang", sorted(MEDIA_LINK_PAGES))
def test_one_title_with_a_media_tag_or_a_services_name_is_no_list(lang: str) -> None:
    paragraphs, media = MEDIA_LINK_PAGES[lang]
    # one title alone (the page's own headline), a service's name, a
    # sentence ending before its tag: no titles of a list
    sentence = media[0].replace(" (", ". (").replace(" [", ". [")
    for lines in ([media[0]], ["Vimeo (Video)", "YouTube (Video)"], [sentence, sentence]):
        blocks = explain("\n".join([*paragraphs[:2], *lines, paragraphs[2]])).blocks
        assert not any(b.reason == "dropped: a list of links to videos or galleries" for b in blocks)


# An extractor's text that ends with a list of links to videos under the
# article and the article's own closing line under it: the list goes, the
# closing line stays (the list's lines, read as text by the region cleaner,
# set it off from the article no more than they did before they were known)
MEDIA_LIST_CLOSINGS = {
    "en": "Prices and dates may change after publication. Details.",
    "de": "Preise und Termine können sich nach Veröffentlichung ändern. Details.",
}


@pytest.mark.parametrize("lang", sorted(MEDIA_LIST_CLOSINGS))
def test_the_closing_line_under_a_list_of_links_to_videos_stays(lang: str) -> None:
    paragraphs, media = MEDIA_LINK_PAGES[lang]
    closing = MEDIA_LIST_CLOSINGS[lang]
    text = "\n".join([*paragraphs, *media, closing])
    out = clean(text).splitlines()
    assert all(p in out for p in paragraphs)
    assert not any(t in out for t in media)
    assert closing in out


# Another story printed inside the article: the article (its headline, its
# byline, three paragraphs), the other story's headline, its own byline and
# its two paragraphs (the lede repeating its headline), a line of chrome, and
# the article going on.
EMBEDDED_STORIES = {
    "en": (
        ["Harbour town votes to rebuild its old sea wall", "By Ellen Marsh"],
        [
            "The town council voted on Monday to rebuild the old sea wall that has protected the harbour since 1870, after two winter storms broke through it.",
            "The work will take three years and cost about 14 million euros, most of it paid by the regional government, the mayor said after the vote.",
            "Fishermen who use the harbour welcomed the decision but asked the council to keep the quay open while the builders are at work.",
        ],
        ["Farmers fear a dry summer as the river falls to a record low", "By Tom Hale for Example News"],
        [
            "Farmers fear a dry summer after the river that waters their fields fell to a record low this week, the regional water board said.",
            "The board has asked them to water their crops only at night and to share the wells of the valley until the rain comes back.",
        ],
        "Advertisement",
        [
            "Engineers will first test the old stones to see which of them can be used again in the new wall, the council said in a statement.",
            "The harbour master said the quay would stay open for the fishing fleet during the first year of the works on the northern side.",
        ],
    ),
    "de": (
        ["Hafenstadt baut ihre alte Kaimauer neu", "Von Anna Schmidt"],
        [
            "Der Stadtrat hat am Montag beschlossen, die alte Kaimauer neu zu bauen, die den Hafen seit 1870 schützt, nachdem zwei Winterstürme sie durchbrochen hatten.",
            "Die Arbeiten sollen drei Jahre dauern und rund 14 Millionen Euro kosten, die zum größten Teil das Land bezahlt, sagte die Bürgermeisterin nach der Abstimmung.",
            "Die Fischer, die den Hafen nutzen, begrüßten den Beschluss, baten den Rat aber, den Kai während der Bauarbeiten offen zu halten.",
        ],
        [
            "Landwirte fürchten einen trockenen Sommer, weil der Fluss so niedrig steht wie nie",
            "Von Max Muster für Beispiel-Nachrichten",
        ],
        [
            "Die Landwirte im Tal fürchten einen trockenen Sommer, weil der Fluss, der ihre Felder bewässert, in dieser Woche so niedrig steht wie nie zuvor.",
            "Der Wasserverband hat sie gebeten, ihre Felder nur noch nachts zu bewässern und die Brunnen des Tals zu teilen, bis der Regen zurückkommt.",
        ],
        "Anzeige",
        [
            "Ingenieure sollen zuerst die alten Steine prüfen, um zu sehen, welche von ihnen in der neuen Mauer wieder verwendet werden können, teilte die Stadt mit.",
            "Der Hafenmeister sagte, der Kai bleibe im ersten Jahr der Arbeiten an der Nordseite für die Fischereiflotte geöffnet, wie es der Rat verlangt habe.",
        ],
    ),
    "fr": (
        ["La ville portuaire va reconstruire sa vieille digue", "Par Claire Martin"],
        [
            "Le conseil municipal a voté lundi la reconstruction de la vieille digue qui protège le port depuis 1870, après que deux tempêtes d'hiver l'ont percée.",
            "Les travaux dureront trois ans et coûteront environ 14 millions d'euros, payés pour l'essentiel par la région, a déclaré le maire après le vote.",
            "Les pêcheurs qui utilisent le port ont salué la décision, mais ont demandé au conseil de laisser le quai ouvert pendant les travaux.",
        ],
        [
            "Les agriculteurs redoutent un été sec avec une rivière au plus bas",
            "Par Jean Dupont pour Exemple Info",
        ],
        [
            "Les agriculteurs redoutent un été sec après que la rivière qui arrose leurs champs est tombée cette semaine à son plus bas niveau, selon l'agence de l'eau.",
            "L'agence leur a demandé d'arroser leurs cultures seulement la nuit et de partager les puits de la vallée jusqu'au retour de la pluie.",
        ],
        "Publicité",
        [
            "Les ingénieurs testeront d'abord les vieilles pierres pour savoir lesquelles pourront servir à nouveau dans la nouvelle digue, a indiqué la mairie.",
            "Le capitaine du port a précisé que le quai resterait ouvert à la flotte de pêche pendant la première année des travaux sur le côté nord.",
        ],
    ),
    "es": (
        ["El pueblo costero reconstruirá su viejo malecón", "Por Ana Pérez"],
        [
            "El ayuntamiento votó el lunes reconstruir el viejo malecón que protege el puerto desde 1870, después de que dos temporales de invierno lo rompieran.",
            "Las obras durarán tres años y costarán unos 14 millones de euros, pagados en su mayor parte por el gobierno regional, dijo el alcalde tras la votación.",
            "Los pescadores que usan el puerto celebraron la decisión, pero pidieron al ayuntamiento que mantenga abierto el muelle durante las obras.",
        ],
        [
            "Los agricultores temen un verano seco con el río en mínimos históricos",
            "Por Javier López para Ejemplo Noticias",
        ],
        [
            "Los agricultores temen un verano seco después de que el río que riega sus campos cayera esta semana a mínimos históricos, según la confederación.",
            "La confederación les ha pedido regar sus cultivos solo de noche y compartir los pozos del valle hasta que vuelva la lluvia.",
        ],
        "Publicidad",
        [
            "Los ingenieros probarán primero las viejas piedras para saber cuáles podrán usarse de nuevo en el nuevo malecón, informó el ayuntamiento.",
            "El capitán del puerto dijo que el muelle seguirá abierto para la flota pesquera durante el primer año de las obras en el lado norte.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(EMBEDDED_STORIES))
def test_another_story_printed_inside_the_article_goes(lang: str) -> None:
    head, article, other_head, other, chrome, rest = EMBEDDED_STORIES[lang]
    out = clean("\n".join([*head, *article, *other_head, *other, chrome, *rest])).splitlines()
    assert all(p in out for p in article + rest)
    assert other_head[0] not in out
    assert not any(p in out for p in other)


@pytest.mark.parametrize("lang", sorted(EMBEDDED_STORIES))
def test_only_the_headline_of_another_story_goes_when_the_text_under_it_is_not_its_lede(lang: str) -> None:
    # a teaser's headline and byline inside the article, and the article
    # going on under them: its paragraphs share nothing with the headline
    head, article, other_head, _other, _chrome, rest = EMBEDDED_STORIES[lang]
    out = clean("\n".join([*head, *article, *other_head, *rest])).splitlines()
    assert other_head[0] not in out
    assert all(p in out for p in article + rest)


@pytest.mark.parametrize("lang", sorted(EMBEDDED_STORIES))
def test_a_roundup_of_signed_stories_stays(lang: str) -> None:
    # two headlines each over its own byline inside the text: a roundup (or a
    # live blog's entries), whose stories are the text
    head, article, other_head, other, chrome, rest = EMBEDDED_STORIES[lang]
    second_head = rest[0].split(",")[0]
    text = [*head, *article, *other_head, *other, chrome, second_head, head[1], *rest]
    out = clean("\n".join(text)).splitlines()
    assert other_head[0] in out
    assert second_head in out
    assert all(p in out for p in other + rest)


def test_a_short_subheading_over_a_correspondents_byline_stays() -> None:
    # a section of the article signed by a correspondent: its subheading is
    # too short for another story's headline
    head, article, _other_head, _other, _chrome, rest = EMBEDDED_STORIES["en"]
    sub = ["A quay in limbo", "By Jane Roe, Example News, Harbourtown"]
    out = clean("\n".join([*head, *article, *sub, *rest])).splitlines()
    assert sub[0] in out
    assert all(p in out for p in article + rest)


# The site's description of itself in its header, above the article: the
# title bar names the site after its separator, and the paragraph opens with
# that name, a copula and an article.
SITE_HEADER_DESCRIPTIONS = {
    "en": (
        "Orchard Post",
        "Orchard Post is a small magazine for fruit growers and their families in the north.",
    ),
    "de": (
        "Obstbau Heute",
        "Obstbau Heute ist ein kleines Magazin für Obstbauern und ihre Familien im Norden.",
    ),
    "fr": (
        "Verger Actu",
        "Verger Actu est un petit magazine pour les arboriculteurs et leurs familles du nord.",
    ),
    "es": (
        "Huerto Hoy",
        "Huerto Hoy es una pequeña revista para los fruticultores y sus familias del norte.",
    ),
}


@pytest.mark.parametrize("lang", sorted(SITE_HEADER_DESCRIPTIONS))
def test_the_sites_description_of_itself_above_the_article_goes(lang: str) -> None:
    site, desc = SITE_HEADER_DESCRIPTIONS[lang]
    bar = f"Harvest starts early | {site}"
    out = clean("\n".join([bar, site, desc, "Harvest starts early", *ARTICLE[lang]])).splitlines()
    assert desc not in out
    assert all(p in out for p in ARTICLE[lang])


@pytest.mark.parametrize("lang", sorted(SITE_HEADER_DESCRIPTIONS))
def test_the_sites_description_of_itself_stays_on_its_about_page_and_under_a_lede(lang: str) -> None:
    site, desc = SITE_HEADER_DESCRIPTIONS[lang]
    heading = {"en": "About us", "de": "Über uns", "fr": "Qui sommes-nous ?", "es": "Quiénes somos"}[lang]
    # the page about the site: its description is its text
    out = clean("\n".join([f"{heading} | {site}", heading, desc, *ARTICLE[lang]])).splitlines()
    assert desc in out
    # a paragraph naming the site under the article's first sentences
    text = "\n".join([f"Harvest starts early | {site}", "Harvest starts early", *ARTICLE[lang][:2], desc])
    assert desc in clean(text).splitlines()


def test_a_lede_opening_with_the_sites_name_and_no_self_description_stays() -> None:
    lede = (
        "Orchard Post is proud to welcome Jane Roe, a grower from the valley, as its new editor this spring."
    )
    text = "\n".join(["New editor for the magazine | Orchard Post", lede, *ARTICLE["en"]])
    assert lede in clean(text).splitlines()


@pytest.mark.parametrize(
    ("bar", "lede"),
    [
        (
            "Portrait – Jane Roe",
            "Jane Roe is a grower from the valley who has kept bees on the old orchard slopes for thirty years.",
        ),
        (
            "Porträt – Anna Schmidt",
            "Anna Schmidt ist eine Winzerin aus dem Tal, die seit dreißig Jahren an den alten Hängen Reben zieht.",
        ),
        (
            "Portrait – Claire Martin",
            "Claire Martin est une vigneronne de la vallée qui cultive depuis trente ans les vieux coteaux du village.",
        ),
    ],
)
def test_a_portraits_lede_opening_with_the_name_its_bar_ends_with_stays(bar: str, lede: str) -> None:
    # The bar ends with the page's subject, not its site: the paragraph that
    # opens with that name and a copula is the article's lede, as the
    # article goes on right under it.
    lang = {"J": "en", "A": "de", "C": "fr"}[lede[0]]
    text = "\n".join([bar, "Home", "News", lede, *ARTICLE[lang]])
    assert lede in clean(text).splitlines()

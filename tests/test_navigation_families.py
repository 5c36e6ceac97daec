"""Links back to a list, sign-up buttons, letters-to-the-editor prompts and
"you may also be interested in" headings, in the lexicon's languages.

Every example is written here; none is a phrase of one site.
"""

from __future__ import annotations

import pytest

from newsclean import clean, explain
from tests.test_families import ARTICLE


@pytest.mark.parametrize(
    "line",
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
        "Sign up now",
        "HIER KOSTENLOS ANMELDEN »",
        "Jetzt anmelden!",
        "Inscrivez-vous gratuitement",
        "Regístrate gratis",
        "Iscriviti ora",
        "Meld je nu aan",
        "Zapisz się teraz",
        "Inscreva-se agora",
        "Tell us what you think: submit a letter to the editor.",
        "Schreiben Sie uns einen Leserbrief!",
    ],
)
def test_a_back_link_sign_up_button_or_letters_prompt_goes(line: str) -> None:
    text = "\n".join([*ARTICLE["en"], line])
    (block,) = [b for b in explain(text).blocks if b.text == line]
    assert (block.kept, block.cleaner) == (False, "boilerplate")


@pytest.mark.parametrize(
    "line",
    [
        "Zurück zur Normalität",
        "Zurück zu Deutschland: die Reise endet in Hamburg",
        "Back to the future of farming in the valley",
        "Sign up now to get the report on the harvest before anyone else in the valley.",
        "Jetzt anmelden, sagte der Bürgermeister, sei die beste Entscheidung für die Bauern.",
    ],
)
def test_a_heading_or_sentence_that_starts_the_same_way_stays(line: str) -> None:
    assert line in clean("\n".join([*ARTICLE["en"][:2], line, ARTICLE["en"][2]])).splitlines()


@pytest.mark.parametrize(
    "heading",
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
)
def test_a_may_interest_you_heading_starts_a_related_section(heading: str) -> None:
    text = "\n".join([*ARTICLE["en"], heading, "A clever new pump for the driest fields"])
    (block,) = [b for b in explain(text).blocks if b.text == heading]
    assert (block.kept, block.cleaner) == (False, "sections")

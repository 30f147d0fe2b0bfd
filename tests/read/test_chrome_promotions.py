"""A site's promotions and footer lines inside a copied page (issue 19: seen on dev pages of some twenty sites): calls
to subscribe or to keep reading, rights notices, share counters, widgets still loading, links to other stories
without a colon. None is the story's text; a story sentence that says the same words stays."""

from __future__ import annotations

import pytest

from generator.read.chrome import byline_names, strip_chrome

_STORY = [
    "Le maire en visite à Lyon",
    "",
    "Le maire de Tours, Paul Martin, se rendra jeudi à Lyon pour une visite de deux jours, a annoncé la mairie.",
    "",
    "Il y rencontrera les élus de la métropole et visitera le nouveau tramway de la ville avec son homologue.",
    "",
]
_STORY_EN = [
    "Mayor to visit Leeds",
    "",
    "The mayor of York, Jane Roe, will visit Leeds on Thursday for two days, the council said in a statement.",
    "",
    "She will meet the city's councillors and ride the new tram line with her counterpart, the council added.",
    "",
]


def _inside(story: list[str], line: str) -> list[str]:
    """The story with `line` set between its two paragraphs."""
    return [*story[:4], line, "", *story[4:]]


def _text(lines: list[str]) -> list[str]:
    """The lines that are not blank: a dropped line leaves its blank line, which the paragraphs' joining drops."""
    return [line for line in lines if line.strip()]


@pytest.mark.parametrize(
    "line",
    [
        "Recevoir les informations du Collectif Vélo Lyon",
        "Inscrivez-vous gratuitement",
        "Pour ne rien manquer de nos articles, abonnez vous :",
        "S’abonner à la newsletter",
        "Newsletter Radio Loire",
        "Chargement…",
        "Partages",
        "Lire la suite",
        "Copyright © 2021 Lyon-Infos.fr. Tous droits réservés.",
        "À lire aussi Le tramway de Tours fête ses dix ans",
        ">> LIRE AUSSI - À Lyon, les commerçants attendent le tramway",
        "Lire aussi. REPORTAGE. « On attend ça depuis longtemps » : à Tours, le tramway divise",
    ],
)
def test_a_french_promotion_or_footer_line_goes_and_the_story_stays(line: str):
    assert _text(strip_chrome(_inside(_STORY, line))) == _text(_STORY)


@pytest.mark.parametrize(
    "line",
    [
        "Thank you for reading Northern Gazette!",
        "Subscribe now for a 14 day free trial.",
        "Subscribe to our newsletter",
        "Loading...",
        "SHARES",
        "VIEWS",
        "Continue reading",
        "Share this article now:",
        "All content on this website is protected by copyright law in the U.K. and elsewhere.",
        "Copying is prohibited without written permission in advance from Northern Gazette.",
        "Read more Leeds tram line opens ahead of schedule",
    ],
)
def test_an_english_promotion_or_footer_line_goes_and_the_story_stays(line: str):
    assert _text(strip_chrome(_inside(_STORY_EN, line))) == _text(_STORY_EN)


@pytest.mark.parametrize(
    "line",
    [
        "Voir aussi le rapport publié mardi par la Cour des comptes sur les finances des communes.",
        "Le journal a lancé une newsletter quotidienne sur le climat, qui compte déjà 100 000 abonnés en France.",
        "Vues de Paris, les réformes semblent lointaines.",
        "Copyright holders will be paid under the new law, the minister said.",
        "The company said its newsletter had reached 20,000 subscribers across the county by the end of March.",
        "Lire aussi le rapport de la commission, qui sera rendu public le 12 mars.",
    ],
)
def test_a_story_sentence_with_the_same_words_stays(line: str):
    story = _inside(_STORY, line)
    assert strip_chrome(story) == story


def test_a_long_line_that_glues_a_link_to_the_next_paragraph_stays():
    glued = (
        "À LIRE AUSSI Le tramway de Tours fête ses dix ansLe maire a rappelé que la ligne avait coûté trois cents "
        "millions d'euros, une dépense que l'opposition juge excessive pour une ville de cette taille."
    )
    story = _inside(_STORY, glued)
    assert strip_chrome(story) == story


_LONG_STORY = [
    "Le maire en visite à Lyon",
    "",
    "Le maire de Tours, Paul Martin, se rendra jeudi à Lyon pour une visite de deux jours, a annoncé la mairie.",
    "",
    "Il y rencontrera les élus de la métropole et visitera le nouveau tramway de la ville avec son homologue.",
    "",
    "La visite se terminera vendredi par une conférence de presse commune à l'hôtel de ville, en fin de matinée.",
    "",
]


@pytest.mark.parametrize("signature", ["M. D.", "J.-L. R.", "A.B.C."])
def test_the_authors_initials_under_the_last_paragraph_go(signature: str):
    page = [*_LONG_STORY, signature, "", "0 commentaire"]
    assert _text(strip_chrome(page)) == _text(_LONG_STORY)


def test_an_authors_full_name_under_the_story_goes_and_is_the_author():
    # a signed author ("Jeanne ROUX") is metadata, not one of the story's people (issue 19; bench/gold/README.md)
    page = [*_LONG_STORY, "Jeanne ROUX"]
    assert _text(strip_chrome(page)) == _text(_LONG_STORY)
    assert byline_names(page) == "Jeanne ROUX"

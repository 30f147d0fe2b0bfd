"""The blocks after a story that a copied page keeps: the comment section's headings, a list of other stories set
apart by lone dashes, a front-page block's heading that names its site. The story's paragraphs stay, every one."""

import pytest

from generator.read.chrome import strip_chrome


def _text(lines: list[str]) -> list[str]:
    """The lines that hold words (a blank line left before the cut says nothing)."""
    return [line for line in lines if line.strip()]


STORY = [
    "Le conseil municipal de Vernon a voté mardi soir le budget de la nouvelle médiathèque, après trois heures de"
    " débat entre la majorité et l'opposition.",
    "",
    "Les travaux commenceront au printemps et dureront dix-huit mois, a précisé l'adjointe chargée de la culture,"
    " qui attend l'ouverture pour la rentrée suivante.",
    "",
    "L'opposition a voté contre, estimant que le coût de l'opération dépasse ce que la ville peut engager cette"
    " année sans augmenter les impôts locaux.",
]
STORY_EN = [
    "The county board approved the new library budget on Tuesday night after a three-hour debate between the"
    " majority and the minority members.",
    "",
    "Work will begin in the spring and last eighteen months, the deputy in charge of culture said, adding that she"
    " expects the building to open next autumn.",
]


@pytest.mark.parametrize(
    ("story", "heading", "after"),
    [
        (STORY, "Réagir à cet article", ["L'espace des commentaires est réservé aux abonnés.", "Météo - 03/04 Mai"]),
        (STORY, "Voir les commentaires", ["Réagir", "Vous avez droit à 3 commentaires par jour."]),
        (STORY, "Aucun commentaire :", ["Publier un commentaire", "Jeanne Roux, 12 mai 2019"]),
        (STORY_EN, "Post a Comment", ["Newer Post Older Post Home", "Jane Roe said... May 12, 2019"]),
        (STORY_EN, "No comments:", ["Post a Comment", "Subscribe to: Post Comments (Atom)"]),
    ],
)
def test_the_comment_sections_heading_after_the_story_cuts_what_follows(story, heading, after):
    assert _text(strip_chrome([*story, "", heading, *after])) == _text(story)


def test_a_list_of_other_stories_between_lone_dashes_goes_and_the_story_stays():
    teasers = [
        "-",
        "",
        "    Budget Les députés ont adopté le projet de loi de finances, après...",
        "-",
        "",
        "    Interview La romancière revient sur son dernier livre.",
        "-",
        "09:12Sport - Le club de Vannes s'impose à domicile",
        "-",
        "",
        "    Justice Le procès du maire de Vernon renvoyé à l'automne.",
    ]
    assert _text(strip_chrome([*STORY, "", *teasers])) == _text(STORY)


def test_one_or_two_dashes_inside_the_story_leave_it_whole():
    last = "La séance s'est achevée à minuit, sans incident, après le vote du dernier amendement sur les tarifs."
    lines = [*STORY[:2], "-", "", *STORY[2:4], "-", "", *STORY[4:], "", last]
    kept = strip_chrome(lines)
    assert all(paragraph in kept for paragraph in [*_text(STORY), last])


@pytest.mark.parametrize(
    ("story", "heading"),
    [(STORY, "À la une de vernon-direct.fr"), (STORY, "À la une"), (STORY_EN, "Most popular on countynews.com")],
)
def test_a_front_page_blocks_heading_naming_its_site_cuts_the_other_stories(story, heading):
    after = [
        "Le sommet de Lomé reporté",
        "Suivez en direct la fin du congrès à Rennes",
        "Les patrons écrivent au président : voici ce qu'ils demandent dans leur appel.",
    ]
    assert _text(strip_chrome([*story, "", heading, *after])) == _text(story)


def test_a_links_words_naming_the_site_inside_the_story_do_not_cut_it():
    lines = [*STORY[:4], "LIRE AUSSI SUR VERNON-DIRECT.FR", ">> Le budget de la ville en débat", *STORY[4:]]
    kept = strip_chrome(lines)
    assert STORY[4] in kept and STORY[2] in kept


@pytest.mark.parametrize(
    "listed",
    [
        [
            "12/05/23 Vernon : le conseil adopte son budget",
            "03/05/23 Vernon : nouveau directeur des services",
            "28/04/23 Vernon : résultats de l'exercice 2022",
        ],
        [
            "- 14 mars 2021 : Article Le Courrier de Vernon",
            "",
            "- 2 février 2021 : Reportage Radio Vernon",
            "- 1er février 2021 : Dépêche AFP",
            "- 19 décembre 2020 : Interview France Bleu",
        ],
        ["May 12, 2023 County approves new budget", "May 3, 2023 New director named", "April 28, 2023 Results"],
    ],
)
def test_a_list_of_dated_items_newest_first_after_the_story_goes(listed):
    assert _text(strip_chrome([*STORY, "", *listed])) == _text(STORY)


def test_a_programme_of_dated_items_oldest_first_stays():
    programme = [
        "- 14 mars 2021 : réunion publique à la salle des fêtes",
        "- 2 avril 2021 : vote du conseil municipal",
        "- 1er septembre 2021 : début des travaux de la médiathèque",
    ]
    assert _text(strip_chrome([*STORY, "", *programme])) == _text([*STORY, *programme])


@pytest.mark.parametrize(
    ("story", "heading"),
    [
        (STORY_EN, "More from Local News"),
        (STORY_EN, "Latest from the County Herald"),
        (STORY_EN, "MORE IN SPORT"),
        (STORY, "Plus d'articles dans Culture"),
        (STORY, "Derniers articles de la rubrique « Vie locale / Politique » :"),
        (STORY_EN, "You might also like"),
        (STORY, "Article précédent"),
    ],
)
def test_a_block_heading_naming_its_section_cuts_the_other_stories_after_the_story(story, heading):
    after = ["Mayor Jane Roe opens the new swimming pool", "Jeanne Roux", "Le marché de Noël revient place Carnot"]
    assert _text(strip_chrome([*story, "", heading, *after])) == _text(story)


@pytest.mark.parametrize(
    "sentence",
    [
        "More from the council is expected on Tuesday, when the mayor presents the final figures to the board.",
        "Plus de détails sur le chantier seront donnés lors de la réunion publique de jeudi à la mairie.",
    ],
)
def test_a_sentence_opening_with_the_same_words_stays(sentence):
    assert sentence in strip_chrome([*STORY_EN, "", sentence])

"""The headings a blog's software prints under a post (issue 19: WordPress's related posts and comment form, seen on
dev pages of several sites): other stories' titles and the comment form after them are no part of the article."""

from __future__ import annotations

import pytest

from generator.read.chrome import strip_chrome

_STORY = [
    "Le maire en visite à Lyon",
    "",
    "Le maire de Tours, Paul Martin, se rendra jeudi à Lyon pour une visite de deux jours, a annoncé la mairie.",
    "",
    "Il y rencontrera les élus de la métropole et visitera le nouveau tramway de la ville avec son homologue.",
    "",
]


@pytest.mark.parametrize(
    ("heading", "after"),
    [
        ("Articles similaires", ["Sommet de l'Union : le ministre Ouédraogo à Genève", "", "Laisser un commentaire"]),
        ("Laisser un commentaire", ["Votre adresse e-mail ne sera pas publiée.", "Nom *"]),
        ("Leave a Reply", ["Your email address will not be published.", "Name *"]),
        ("Similar posts", ["Council leader Jane Roe visits Leeds", "Mayor Tom Reed opens the market"]),
    ],
)
def test_a_blog_widget_heading_ends_the_article(heading: str, after: list[str]):
    assert strip_chrome([*_STORY, heading, "", *after]) == _STORY

"""The labels a page's head sets above its headline (issue 19: a copied page's first line is a section or a button,
"Business", "Actualité", "To Top", "403", on some twenty dev pages of as many sites): the headline is the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.read import read_article
from generator.read.chrome import past_labels

_HEADLINE = "Le maire de Tours attendu jeudi à Lyon"
_LEAD = "Le maire de Tours, Paul Martin, se rendra jeudi à Lyon pour une visite de deux jours, a annoncé la mairie."


@pytest.mark.parametrize(
    "head",
    [["Politique"], ["Visite officielle"], ["En direct"], ["404"], ["Menu", "", "Rechercher"]],
)
def test_a_label_above_the_headline_is_not_the_title(head: list[str], tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text("\n".join([*head, "", _HEADLINE, "", _LEAD]) + "\n", encoding="utf-8")
    article = read_article(page)
    assert article.title == _HEADLINE
    assert article.text.endswith(_LEAD)  # the labels stay in the text: a section's may name the story's place


def test_a_stamp_between_the_label_and_the_headline_stays_for_the_page_date():
    lines = ["Politique", "", "Publié le 3 mars 2024", "", _HEADLINE, "", _LEAD]
    assert past_labels(lines, 0) == 4


@pytest.mark.parametrize(
    "lines",
    [
        ["Brexit", "", "Le sommet reporté", "", _LEAD],  # a short headline, a short line under it
        ["Un", "", "Deux", "", "Trois", "", "Quatre", "", _HEADLINE],  # more labels than a head sets
        [_HEADLINE, "", _LEAD],  # a headline first
        ["Brexit", "", _LEAD],  # a short headline over the lead paragraph
    ],
)
def test_a_short_headline_stays_the_title(lines: list[str]):
    assert past_labels(lines, 0) == 0

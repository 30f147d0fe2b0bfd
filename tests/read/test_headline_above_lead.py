"""The headline is the line above the lead, past the chrome a page's head sets first (issue 19: a login box, a
slogan, an app's banner, a skip link, a contact line were the title on 13 dev pages of 13 sites): the page's stamp
or byline under a line marks it as the headline, and a headline with a standfirst under it stays the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.read import read_article

_HEADLINE = "Le port de Brest rouvre ses quais aux ferries"
_LEAD = (
    "Fermés depuis la tempête de février, les quais du port de Brest accueilleront de nouveau les ferries dès lundi, "
    "a annoncé mercredi la région Bretagne."
)
_HEADLINE_EN = "Riverside council approves a new library budget"
_LEAD_EN = (
    "The Riverside city council voted on Tuesday night to fund a new public library on Mill Street, after two years "
    "of debate over its cost."
)


def _title(tmp_path: Path, lines: list[str]) -> tuple[str, str]:
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    article = read_article(page)
    return article.title, article.text


@pytest.mark.parametrize(
    "head",
    [
        ["Identifiez-vous pour retrouver vos articles", "Mot de passe oublié ?"],  # a login box
        ["Votre quotidien depuis trente ans, chaque matin", "Le journal des marins et des ports"],  # slogans
        ["Écoutez la radio des îles en direct", "Météo des plages et des ports"],  # widgets
    ],
)
def test_the_line_above_the_stamp_and_the_lead_is_the_headline(head: list[str], tmp_path: Path):
    title, text = _title(tmp_path, [*head, "", _HEADLINE, "", "Publié le 4 avril 2024 à 10h12", "", _LEAD])
    assert title == _HEADLINE
    assert text.endswith(_LEAD)


def test_an_english_head_of_chrome_gives_way_to_the_headline(tmp_path: Path):
    head = ["Jump to the main story of the day", "Your weekly paper since the first fair"]
    lines = [*head, "", _HEADLINE_EN, "Jane Roe", "", _LEAD_EN]
    assert _title(tmp_path, lines)[0] == _HEADLINE_EN


@pytest.mark.parametrize(
    "lines",
    [
        [_HEADLINE, "", "Les ferries reprendront leurs rotations dès lundi matin", "", _LEAD],  # a standfirst
        [_HEADLINE, "Publié le 3 mars 2024", "Partagez cet article avec vos proches", "", _LEAD],  # its stamp under it
        [_HEADLINE, "", "Actualité publiée le 23/03/24 07:22", "", _LEAD],  # a stamp is no headline
        [_HEADLINE, "", "» Télécharger le programme des traversées", "", _LEAD],  # nor a link's arrow
    ],
)
def test_a_first_headline_stays_the_title(lines: list[str], tmp_path: Path):
    assert _title(tmp_path, lines)[0] == _HEADLINE

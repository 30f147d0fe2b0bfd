"""A site's banner above the headline is no title (issue 19, the 'title' column): a picture's text that names the
site's emblem ("Bandeau", "Armoiries de la Suisse"), the outlet's name and its slogan, a press release's label between
the headline and the lead, and a headline written in Title Case, which the line above the lead may be."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.read.chrome import is_emblem, is_release_label, outlet_slogan
from tests.read.pagekit import title_and_text

_HEADLINE = "Le conseil municipal vote le budget du nouveau théâtre"
_LEAD = (
    "Réunis jeudi soir, les élus de Montbrison ont adopté le budget du futur théâtre municipal, dont les travaux "
    "commenceront au printemps prochain."
)
_LEAD_EN = (
    "The Harbor County commissioners will meet on Monday to review the proposed budget for the new courthouse, the "
    "county's administrator said."
)


def _read(tmp_path: Path, lines: list[str], url: str | None = None) -> tuple[str, str]:
    return title_and_text(tmp_path, lines, url)


@pytest.mark.parametrize(
    "line", ["Logo", "Bandeau", "Armoiries du canton de Vaud", "Blason de la commune", "Harbor County seal", "BANNER"]
)
def test_a_picture_s_text_naming_the_site_s_emblem_is_an_emblem(line: str):
    assert is_emblem(line)


@pytest.mark.parametrize(
    "line",
    [
        "Seal pups return to the estuary",  # an emblem's word that opens a headline
        "Le logo de la ville change de couleur cette année après un vote des habitants.",  # a sentence
        "Navy band and marine corps banner parade",  # more than a picture's short text before the emblem's word
    ],
)
def test_a_line_that_only_opens_on_an_emblem_s_word_is_none(line: str):
    assert not is_emblem(line)


def test_an_emblem_above_a_name_line_gives_way_to_the_headline(tmp_path: Path):
    lines = [
        "Armoiries du canton de Vaud",
        "",
        "CANTON VAUD",
        "Le site officiel de l'État de Vaud",
        "",
        "Accueil",
        "Contact",
        "",
        _HEADLINE,
        "",
        _LEAD,
    ]
    title, text = _read(tmp_path, lines)
    assert title == _HEADLINE
    assert _LEAD in text
    assert "Armoiries" not in text


@pytest.mark.parametrize(
    "line",
    [
        "Communiqué de la préfecture du Rhône",
        "NOTE AUX RÉDACTIONS",
        "Press release",
        "Press release by the Ministry of Health",
    ],
)
def test_a_press_release_s_label_and_its_issuer_is_a_release_label(line: str):
    assert is_release_label(line)


def test_a_sentence_that_opens_on_a_release_s_word_is_none():
    assert not is_release_label("Communiqué hier soir, le calendrier des travaux a surpris les riverains.")


def test_a_release_s_label_between_the_headline_and_the_lead_keeps_the_headline_and_stays_text(tmp_path: Path):
    lines = [
        "Bandeau du site",
        "Toute l'actualité de la Loire depuis 2001",
        "chaque jour, librement et gratuitement",
        "",
        _HEADLINE,
        "Communiqué de la mairie de Montbrison",
        "Article mis en ligne le 3 mars 2024",
        "",
        _LEAD,
    ]
    title, text = _read(tmp_path, lines)
    assert title == _HEADLINE
    assert "Communiqué de la mairie de Montbrison" in text
    assert "3 mars 2024" in text


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Loirenews.fr, toute l'actualité de la Loire", True),
        ("Loirenews – le journal des Ligériens", True),
        ("Loirenews, le maire et le budget : ce qui change.", False),  # a sentence
        ("Montbrison, le maire présente son budget", False),  # another name first
    ],
)
def test_the_outlet_s_name_then_a_slogan_is_its_masthead(line: str, name: bool):
    assert outlet_slogan(line, ("loirenews",)) is name


def test_the_outlet_s_masthead_above_the_headline_is_no_title(tmp_path: Path):
    lines = ["Loirenews.fr, toute l'actualité de la Loire", "", _HEADLINE, "", "Publié le 3 mars 2024", "", _LEAD]
    title, text = _read(tmp_path, lines, "https://www.loirenews.fr/article123")
    assert title == _HEADLINE
    assert text.startswith("Publié le 3 mars 2024")
    assert _LEAD in text


def test_a_headline_in_title_case_above_the_lead_is_the_headline(tmp_path: Path):
    headline = "County Commissioners To Review Courthouse Budget On Monday"
    lines = [
        "Serving Harbor County for forty years",
        "Subscribe today and save on your first year",
        "",
        "Courthouse Budget Up For Review",
        "",
        headline,
        "",
        _LEAD_EN,
    ]
    title, text = _read(tmp_path, lines)
    assert title == headline
    assert text.startswith(_LEAD_EN)


def test_a_headline_in_title_case_with_a_standfirst_under_it_stays_the_title(tmp_path: Path):
    headline = "Harbor County Courthouse Budget Heads To Vote"
    standfirst = "The commissioners are expected to approve the plan after months of debate"
    title, text = _read(tmp_path, [headline, "", standfirst, "", _LEAD_EN])
    assert title == headline
    assert standfirst in text

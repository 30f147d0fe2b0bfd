"""The headline is the line that says what the page's address names, not a line of the page's chrome above it
(issue 19: "Skip to main content", "Continue reading the main story", "Modèle Par Ahlam NAZIH" were titles); and the
address's words are read as the page writes them when it is the title."""

from __future__ import annotations

from pathlib import Path

from generator.read.slug import title_from_address
from tests.read.pagekit import title_and_text

_URL = "https://www.example.com/news/2024/03/08/northfield-bus-drivers-extend-strike-into-december"
_HEADLINE = "Northfield bus drivers extend their strike into December"
_LEAD = (
    "The drivers' union said the walkouts, announced on Monday, would hit every depot of the Northfield line in the "
    "weeks before the holidays."
)
_NEXT = "The operator said it would publish a reduced timetable."


def _read(tmp_path: Path, lines: list[str], url: str = _URL) -> tuple[str, str]:
    return title_and_text(tmp_path, lines, url, separator="\n\n")


def test_a_button_above_the_headline_gives_way_to_the_line_the_address_names(tmp_path: Path):
    title, text = _read(tmp_path, ["Jump to the menu", "March 8, 2024", _HEADLINE, _LEAD, _NEXT])
    assert title == _HEADLINE
    assert "Jump to the menu" not in text  # the head's chrome is no text of the story
    assert text.startswith("March 8, 2024")  # its stamp stays: it dates the page


def test_a_shorter_line_above_the_lead_that_says_the_address_is_the_headline(tmp_path: Path):
    url = "https://www.exemple.fr/article/actualites/une-rencontre-avec-la-prefete-pour-les-maires-du-nord"
    headline = "Une rencontre avec la préfète pour les maires du Nord"
    standfirst = (
        "Des maires du Nord réunis en association rencontreront la préfète le 2 novembre à Lille pour parler de la "
        "rencontre annuelle des élus"
    )
    lead = "La rencontre aura pour but de discuter des aides promises aux communes après les inondations de l’hiver."
    title, text = _read(
        tmp_path,
        [
            headline,
            "  • Publié le 31 oct. 2022 (Mis à jour le 4 nov. 2022)",
            "  • Lecture < 1 minute",
            "Marie-Ève Tremblay",
            standfirst,
            lead,
        ],
        url,
    )
    assert title == headline
    assert standfirst in text


def test_a_first_line_that_says_what_the_address_names_stays(tmp_path: Path):
    headline = "Strike: the Northfield line stops again"
    assert _read(tmp_path, [headline, _LEAD, _NEXT])[0] == headline


def test_a_line_holding_a_link_is_no_headline(tmp_path: Path):
    link = "Share: example.com/news/northfield-bus-drivers-extend-strike"
    assert _read(tmp_path, [_HEADLINE, link, _LEAD, _NEXT])[0] == _HEADLINE


def test_an_address_s_character_names_go_and_its_last_word_cut_short_is_the_page_s():
    text = (
        "Le maire de l’Île-aux-Moines est arrivé à Rouen mardi pour une visite de trois jours. "
        "Rouen l’accueille à l’hôtel de ville, rue Rousseau."
    )
    url = "https://exemple.fr/dev/News/le-maire-de-l-rsquo-ile-est-arrive-a-rou_n_88454.html"
    assert title_from_address(url, text) == "Le maire de l’Île est arrivé à Rouen"  # "Rouen", the most frequent


def test_two_words_a_page_glues_are_no_elision():
    text = (
        "The Lyric Theatre celebrates its 30thAnniversary with a new season of plays, the theatre said on Monday. "
        "Tickets go on sale in May."
    )
    url = "https://example.org/news/lyric-theatre-opens-its-30th-anniversary-season"
    assert title_from_address(url, text) == "Lyric theatre opens its 30th anniversary season"

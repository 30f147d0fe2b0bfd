"""A first line that is a label, not the story's headline, gives way to the headline the page's address spells (issue
19: "Print Friendly, PDF & Email", "LINKEDINCOMMENTMORE", "Bourges, France", "Magazine Wildlife Justice", a standfirst
said again in the text were titles on seven dev pages): a label shares no word with the address, a headline keeps
one however it is reworded."""

from __future__ import annotations

from pathlib import Path

from generator.read import read_article
from tests.read.pagekit import title_and_text

_URL = "https://www.example.com/local/2024/05/11/riverside-jazz-festival-tickets-on-sale/"
_LEAD = (
    "Tickets for the Riverside Jazz Festival went on sale on Monday, and the organisers expect the Saturday "
    "concerts to sell out within a week."
)
_NEXT = "Festival tickets can be bought at the festival office on Main Street or online."
_FR_URL = "https://www.exemple.fr/infos/culture/le-festival-de-jazz-de-vienne-devoile-sa-programmation-1669116"
_FR_LEAD = (
    "Le festival de jazz de Vienne dévoile sa programmation pour l’été : trente concerts au théâtre antique, du "
    "28 juin au 13 juillet."
)
_FR_NEXT = "La billetterie ouvrira le 2 mai à 10 heures."


def _read(tmp_path: Path, lines: list[str], url: str = _URL) -> tuple[str, str]:
    return title_and_text(tmp_path, lines, url, separator="\n\n")


def test_a_button_row_first_gives_way_to_the_address_s_headline(tmp_path: Path):
    title, text = _read(tmp_path, ["Print Friendly, PDF & Email", _LEAD, _NEXT])
    assert title == "Riverside Jazz festival tickets on sale"
    assert text.endswith(_NEXT)


def test_a_place_line_first_gives_way_to_the_address_s_headline(tmp_path: Path):
    title, text = _read(tmp_path, ["Lyon, France", _FR_LEAD, _FR_NEXT], _FR_URL)
    assert title == "Le festival de jazz de Vienne dévoile sa programmation"
    assert "Lyon, France" in text  # the line stays in the text: it may name a place


def test_a_sentence_of_the_text_said_again_above_it_gives_way_to_the_address_s_headline(tmp_path: Path):
    standfirst = "La billetterie ouvrira le 2 mai à 10 heures"
    title, _ = _read(tmp_path, [standfirst, _FR_LEAD, _FR_NEXT], _FR_URL)
    assert title == "Le festival de jazz de Vienne dévoile sa programmation"


def test_a_short_headline_that_keeps_a_word_of_the_address_stays(tmp_path: Path):
    assert _read(tmp_path, ["Jazz tickets go fast", _LEAD, _NEXT])[0] == "Jazz tickets go fast"


def test_a_reworded_headline_of_its_own_stays(tmp_path: Path):
    headline = "Saturday concerts expected to sell out within a week"
    assert _read(tmp_path, [headline, _LEAD, _NEXT])[0] == headline


def test_an_address_that_spells_no_headline_leaves_the_label(tmp_path: Path):
    url = "https://www.example.com/story/88123"
    assert _read(tmp_path, ["Print Friendly, PDF & Email", _LEAD, _NEXT], url)[0] == "Print Friendly, PDF & Email"


def test_a_saved_page_s_label_title_gives_way_to_the_address_s_headline(tmp_path: Path):
    page = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in [_FR_LEAD, _FR_NEXT] * 3)
    page.write_text(
        "<html><head><title>Magazine Culture</title></head><body><article><h1>Magazine Culture</h1>"
        f"{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "page.yml").write_text(f"url: {_FR_URL}\n", encoding="utf-8")
    article = read_article(page)
    assert article.title == "Le festival de jazz de Vienne dévoile sa programmation"
    assert article.title_from_address

"""A name never crosses a line break: a page's lines are blocks (a section label, a headline, a menu entry), and a
name read across two of them is the recogniser's reading of two blocks."""

from __future__ import annotations

from entitykit import run

from generator.extract.ner.cue import Mention
from generator.extract.ner.mentions import within_a_line
from generator.extract.ner.words import LOC, ORG, PER

PAGE_COPY = (
    "Le conseil vote le budget\n\n"
    "Accueil\nActualités\nSociété\n"
    "Le conseil communautaire votera le budget le 12 mars, a précisé mardi le vice-président chargé des transports, "
    "Paul Lefebvre, lors de la présentation du plan de mobilité à la salle des fêtes de Pontivy.\n"
    "Publié le 8 mars\n"
)


def _mention(text: str, label: str, start: int) -> Mention:
    words = len(text.split())
    return Mention(text, label, start, start + len(text), 0, words, 0, 0, words)


def test_a_name_read_across_a_line_break_is_dropped():
    kept = within_a_line(
        [
            _mention("Société\nPour le néolibéralisme", ORG, 0),
            _mention("route\nProjection", LOC, 40),
            _mention("Barbara Stiegler", PER, 80),
        ]
    )
    assert [m.text for m in kept] == ["Barbara Stiegler"]


def test_the_names_of_a_page_copy_on_their_lines_are_kept():
    people, _, places = run(PAGE_COPY, "fr")
    assert "Paul Lefebvre" in people
    assert any("Pontivy" in place for place in places)

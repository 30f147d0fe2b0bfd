"""A picture's caption signed by a wire's credit after its last sentence, the agency in capitals, a slash and the
photographer (issue 19: the names a caption alone gives are chrome; seen on dev pages of two sites, a Swiss and a
wire's). Lines of our own."""

from __future__ import annotations

import pytest

from generator.read.chrome import is_caption, is_credit


@pytest.mark.parametrize(
    "line",
    [
        "Le ministre Jean Roux visitera la Chine cet été, tandis que Marie Blanc inaugurera le musée de Berne et se "
        "rendra au festival de Locarno (archives). KEYSTONE/PAUL MARTIN sda-ats",
        "Mayor Jane Roe speaks in Leeds, Britain, March 3, 2024. REUTERS/Tom Reed Purchase Licensing Rights",
        "Le président à Verdun, mardi. AFP/Jean Dupont",
    ],
)
def test_a_caption_ending_in_an_agency_slash_photographer_credit_is_chrome(line: str):
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The strike began on Monday. UNAC/UHCP members joined the picket line on Thursday.",
        "Les syndicats ont appelé à la grève. CGT/FO et Solidaires défileront ensemble jeudi à Paris, a dit Jean Roux.",
    ],
)
def test_a_paragraph_naming_joint_unions_after_a_sentence_is_no_caption(line: str):
    assert not is_caption(line)


@pytest.mark.parametrize(
    "line", ["Photo portrait de Jeanne Roux", "Illustration d'archives, Ville de Tours", "Image courtesy of Tom Reed"]
)
def test_a_pictures_label_of_a_few_words_is_chrome(line: str):
    assert is_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Photos à l'appui, le journal révèle que le ministre Jean Roux dînait mercredi.",
        "Photo de famille pour les ministres réunis à Tours mardi.",
    ],
)
def test_a_sentence_opened_by_a_pictures_word_is_kept(line: str):
    assert not is_credit(line)

"""A dateline's agency and place stay with the article when the dateline leaves the text (issue 19). Its wire agency is
a source of the story (on the dev pages of four sites the dateline's "(AP)" or "(Reuters)" was the annotated
organisation); its place is a place of the story (on eleven dev pages of ten sites the gold names the dateline's city,
"BEIJING (Reuters) –", "SEOUL, Aug. 25 (Yonhap) --", "QUÉBEC —"). They are kept as the article's `agency` and
`dateline`. Lines written for the test."""

from __future__ import annotations

import pytest

from generator.read import read_article
from generator.read.chrome import dateline_agency, dateline_place

LEAD = "The harbour will close for repairs next month, the port authority said on Tuesday in a short statement."


@pytest.mark.parametrize(
    "line, agency",
    [
        ("GLASGOW (AP) — " + LEAD, "AP"),
        ("PORTLAND, Ore. (AP) — " + LEAD, "AP"),
        ("LISBONNE, 12 mars (Reuters) - Le port fermera pour travaux le mois prochain.", "Reuters"),
        ("OSLO, June 3 (Reuters) - " + LEAD, "Reuters"),
    ],
)
def test_the_agency_of_a_dateline_is_the_pages_agency(line: str, agency: str):
    assert dateline_agency(["Harbour to close for repairs", line]) == agency


@pytest.mark.parametrize(
    "line",
    [
        "GLASGOW — " + LEAD,
        "Le maire (PS) - qui présidait la séance - a levé la réunion.",
        LEAD,
    ],
)
def test_no_agency_without_a_dateline_that_names_one(line: str):
    assert dateline_agency(["Harbour to close for repairs", line]) is None


def test_a_pasted_page_keeps_its_datelines_agency_and_place_out_of_the_text(tmp_path):
    path = tmp_path / "harbour.txt"
    path.write_text("Harbour to close for repairs\n\nGLASGOW (AP) — " + LEAD + "\n", encoding="utf-8")
    article = read_article(path)
    assert (article.agency, article.dateline) == ("AP", "GLASGOW")
    assert article.text.startswith("The harbour")


@pytest.mark.parametrize(
    "line, place",
    [
        ("GLASGOW (AP) — " + LEAD, "GLASGOW"),
        ("PORTLAND, Ore. (AP) — " + LEAD, "PORTLAND"),
        ("LISBONNE, 12 mars (Reuters) - Le port fermera pour travaux le mois prochain.", "LISBONNE"),
        ("CAPE TOWN, June 3 (Reuters) - " + LEAD, "CAPE TOWN"),
        ("TROIS-RIVIÈRES — Le port fermera pour travaux le mois prochain.", "TROIS-RIVIÈRES"),
    ],
)
def test_the_place_of_a_dateline_is_the_pages_dateline(line: str, place: str):
    assert dateline_place(["Harbour to close for repairs", line]) == place


@pytest.mark.parametrize(
    "line",
    [
        "GLASGOW",  # a line of its own, no dateline's dash, agency or date after it
        "GLASGOW — the port's repairs, in pictures",  # a dash and a caption in lower case: no story opens
        "Le maire (PS) - qui présidait la séance - a levé la réunion.",
        LEAD,
    ],
)
def test_no_place_without_a_dateline(line: str):
    assert dateline_place(["Harbour to close for repairs", line]) is None


def test_a_dateline_below_the_pages_head_is_not_the_pages():
    filler = [f"Paragraph {i} of the story, long enough to be a paragraph of its own." for i in range(20)]
    assert dateline_place(["Harbour to close for repairs", *filler, "GLASGOW (AP) — " + LEAD]) is None

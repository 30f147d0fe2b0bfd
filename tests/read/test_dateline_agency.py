"""The wire agency a dateline names is a source of the story (issue 19: outlets cited as sources missed; on the dev
pages of four sites the dateline's "(AP)" or "(Reuters)" was the annotated organisation, and the page-chrome stage
dropped it with the dateline). The dateline leaves the text; its agency is kept as the article's `agency`. Lines
written for the test."""

from __future__ import annotations

import pytest

from generator.read import read_article
from generator.read.chrome import dateline_agency

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


def test_a_pasted_page_keeps_its_datelines_agency_out_of_the_text(tmp_path):
    path = tmp_path / "harbour.txt"
    path.write_text("Harbour to close for repairs\n\nGLASGOW (AP) — " + LEAD + "\n", encoding="utf-8")
    article = read_article(path)
    assert article.agency == "AP"
    assert article.text.startswith("The harbour")

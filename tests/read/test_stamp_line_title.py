"""A page's stamp with more than its date on its line (its hour and zone, the agency after a bar, the name that signs
it, the wire that carries it) is no headline, even alone at the page's top: it stays in the text, where it dates the
page (issue 19: "03 August,2009 01:02 PM IST | | IANS", "samedi 7 janvier 2017 par Présidence", "OTTAWA, le 9 nov.
2018 /CNW/ -" were titles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.read.chrome import is_stamp_line
from tests.read.pagekit import title_and_text

_LEAD = (
    "The city's council voted on Monday to raise the fees charged for the collection of household waste, after a "
    "debate of four hours in which residents spoke against the plan."
)
_NEXT = "The new fees take effect in the spring, the mayor said."


def _read(tmp_path: Path, lines: list[str], url: str | None = None) -> tuple[str, str]:
    return title_and_text(tmp_path, lines, url)


@pytest.mark.parametrize(
    "stamp",
    [
        "12 March,2021 04:17 PM IST | | PTI",
        "Mar 12, 2021 16:17 GMT | Source: Reuters",
        "vendredi 12 mars 2021 par Rédaction",
        "LYON, le 12 mars 2021 /PRNewswire/ -",
        "03/12/2021 | Communiqué | Publié par Agence le 03/12/2021 16:17",
    ],
)
def test_a_stamp_with_its_hour_agency_signer_or_wire_is_a_stamp_line(stamp: str):
    assert is_stamp_line(stamp)


@pytest.mark.parametrize(
    "line",
    [
        "Fête de la Musique - 21 juin 2024",  # a headline with its day: no stamp's mark beside it
        "Budget 2024 | Le Journal",  # a year alone, no day
        "Le 12 mars 2021, le conseil a voté la hausse des tarifs",  # a sentence's words in lower case
        "Council raises waste fees after four-hour debate on 12 March 2021 at 16:17",
    ],
)
def test_a_headline_or_a_sentence_with_a_date_is_no_stamp_line(line: str):
    assert not is_stamp_line(line)


def test_a_stamp_line_at_the_top_is_no_title_and_stays_in_the_text(tmp_path: Path):
    title, text = _read(
        tmp_path,
        ["12 March,2021 04:17 PM IST | | PTI", _LEAD, _NEXT],
        "https://www.example.in/news/city/council-raises-waste-collection-fees-12345",
    )
    assert title == "Council raises waste collection fees"
    assert text.startswith("12 March,2021 04:17 PM IST")  # it dates the page
    assert _LEAD in text and _NEXT in text


def test_a_signed_stamp_above_a_headline_gives_way_to_it(tmp_path: Path):
    headline = "Le conseil municipal relève les tarifs de la collecte des déchets"
    lead = (
        "Le conseil municipal a voté lundi la hausse des tarifs de la collecte des déchets ménagers, après un débat "
        "de quatre heures où des habitants se sont opposés au projet."
    )
    title, text = _read(tmp_path, ["vendredi 12 mars 2021 par Rédaction", headline, lead])
    assert title == headline
    assert "vendredi 12 mars 2021" in text and lead in text


def test_a_line_that_introduces_a_list_is_no_headline(tmp_path: Path):
    items = [
        "– Ouverture des Nuits par l’orchestre de la ville (jeudi 21)",
        "– Concert d’orgues à la collégiale de Vernon (samedi 23 après-midi)",
        "– Soirée des musicales au parc du château (dimanche 24)",
    ]
    title, text = _read(
        tmp_path,
        ["Au programme du festival :", *items],
        "https://www.exemple.fr/evenements/nuits-musicales-vernon-2025/",
    )
    assert title == "Nuits musicales Vernon 2025"
    assert text.startswith("Au programme du festival :")  # the line stays: it is the article's
    assert all(item in text for item in items)


def test_of_a_row_of_fields_only_the_stamp_stays_in_the_text(tmp_path: Path):
    row = "03/12/2021 | Communiqué | Diffusé par Agence le 03/12/2021 16:17"
    headline = "Le conseil municipal relève les tarifs de la collecte des déchets"
    lead = (
        "Le conseil municipal a voté lundi la hausse des tarifs de la collecte des déchets ménagers, après un débat "
        "de quatre heures où des habitants se sont opposés au projet."
    )
    title, text = _read(tmp_path, [row, headline, lead])
    assert title == headline
    assert text.startswith("03/12/2021\n")  # the row's other fields are the distributor's, no words of the story
    assert "Communiqué" not in text and lead in text


def test_a_lead_that_introduces_a_list_gives_way_to_the_address_even_when_it_says_its_words(tmp_path: Path):
    lead = "Plusieurs changements, liés à la météo, sont intervenus dans le programme de la fête des jardins :"
    items = ["• Le concert de jeudi est annulé.", "• Le marché aux plantes aura lieu samedi matin."]
    title, text = _read(
        tmp_path, [lead, *items], "https://www.exemple.fr/2024/05/02/changements-dans-le-programme-de-la-fete/"
    )
    assert title == "Changements dans le programme de la fête"
    assert text.startswith(lead) and all(item in text for item in items)

"""An author's contact line, an e-mail address that spells a name the line writes, is chrome (issue 19: the story's
writer is no participant; the names only chrome gives are the most frequent false people of the dev run at
ed77f73). Lines of our own."""

from __future__ import annotations

import pytest

from generator.read.chrome import is_contact, strip_chrome


@pytest.mark.parametrize(
    "line",
    [
        "Vous pouvez joindre Jeanne Roux par courriel à jeanne.roux@radio.ca ou par téléphone.",
        "Contact Jane Roe at jroe@paper.com or 555-1234.",
    ],
)
def test_a_line_with_an_address_spelling_a_name_it_writes_is_a_contact(line: str):
    assert is_contact(line)
    assert strip_chrome(["Le titre", "Le maire de Tours a parlé mardi devant le conseil municipal réuni.", line]) == [
        "Le titre",
        "Le maire de Tours a parlé mardi devant le conseil municipal réuni.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Write to the Mayor's office, Paul Martin, at info@tours.fr before 3 March.",
        "Got a story? Email webnews@metro.co.uk",
    ],
)
def test_an_address_that_spells_no_name_of_its_line_is_no_contact(line: str):
    assert not is_contact(line)

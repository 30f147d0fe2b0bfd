"""What a name has, capitalised after its "'s", is no part of the name when it is a month, a day or another
organisation: "Acme's July move", "Hamas's Telegram channel" (issue 19, organisations: a name glued to what it has,
seen on two dev pages of two sites); "National People's Congress", "King's College" go on. Sentences written for the
test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, owner",
    [
        ("Mining company Brambleco's August offer for the shares was rejected.", "Brambleco"),
        ("Shareholders cheered Veltrax's Friday announcement of a buyback.", "Veltrax"),
        ("Hezbollah's Twitter account was suspended on Sunday.", "Hezbollah"),
    ],
)
def test_a_month_a_day_or_an_organisation_after_s_is_what_the_name_has(text: str, owner: str):
    _, orgs, _ = run("Title\n\n" + text)
    assert owner in orgs
    assert not any("'s" in name for name in orgs)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The National People's Congress opened in Beijing on Tuesday.", "National People's Congress"),
        ("Children's Hospital Colorado said the wing would open in May.", "Children's Hospital Colorado"),
    ],
)
def test_a_name_with_s_inside_stays_whole(text: str, name: str):
    _, orgs, _ = run("Title\n\n" + text)
    assert name in orgs

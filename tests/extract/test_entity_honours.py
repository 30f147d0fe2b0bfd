"""An order's decoration is given, no organisation (issue 19, organisations on real pages: "Légion d'honneur" and
"Commandeur de l'Ordre national" taken as bodies on ministers' agendas). Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text",
    [
        "Vendredi, la ministre remettra sa Légion d'honneur à une ancienne infirmière de Rodez.",
        "15h : remise des insignes de Commandeur de la Légion d'Honneur au président de l'association.",
        "Le maire sera fait Chevalier de l'Ordre national du Mérite lors de la cérémonie.",
        "La reine sera élevée au grade de Grand Officier de l'Ordre du Lion.",
    ],
)
def test_a_decoration_or_an_order_after_its_rank_is_no_organisation(text: str):
    _, orgs, _ = run("Titre\n\n" + text, "fr")
    assert not any("Légion" in name or "Ordre" in name for name in orgs)


def test_a_body_named_order_without_a_rank_stays_a_body():
    _, orgs, _ = run("Titre\n\nLe Conseil de l'ordre des avocats de Lyon a saisi la cour.", "fr")
    assert orgs

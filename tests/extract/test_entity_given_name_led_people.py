"""A name opening with a common given name is a person where the page writes the surname in capitals or lists the
name with people (issue 19, people on real pages): official releases write "Prénom NOM", and lists of leaders give
each one beside the others or with a country in brackets; the recogniser reads some of those names as a body or a
thing. Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Titre\n\nLa délégation comprend Hélène VARIN, Secrétaire d’État chargée du Numérique, et Bruno CASTEIL.",
            "Hélène VARIN",
        ),
        (
            "Titre\n\nOnt répondu présents Alpha Condé (Guinée), Idriss Mahamat Itno (Tchad) et Denis Nguesso (Congo).",
            "Idriss Mahamat Itno",
        ),
        (
            "Titre\n\nSont annoncés les Présidents nigérien, tchadien et malien, Mahamadou Issoufou, Idriss Déby Itno, "
            "Ibrahim Boubacar Keïta.",
            "Idriss Déby Itno",
        ),
    ],
)
def test_a_given_name_led_name_in_capitals_or_in_a_list_of_people_is_a_person(text: str, person: str):
    people, orgs, places = run(text, "fr")
    assert person in people
    assert person not in orgs and person not in places

"""A common word that opens a line or a sentence, capitalised there, is no part of the organisation's name glued to
it (issue 19, organisations on real pages: "names glued wrongly", seen on five French sites: a strike's headline
before the company, "Côté" before the network, a press review's "Article" before each newspaper). The rest must be
a name on its own: the organisations list knows it, or the text names that organisation elsewhere. A body's own
head ("Groupe PSA") and a name whose rest is a country ("Reform UK") stay whole. Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, body, glued",
    [
        ("Titre\n\nGrève Air France : les vols annulés jeudi.\n\nAir France a confirmé l'appel des pilotes.", "fr",
         "Air France", "Grève Air France"),
        ("Titre\n\nCôté SNCF, les trains rouleront moins. La SNCF le confirme.", "fr", "SNCF", "Côté SNCF"),
        ("Titre\n\nArticle Le Figaro publié hier sur la réforme.", "fr", "Le Figaro", "Article Le Figaro"),
        ("Titre\n\nStrike RMT: workers walk out on Monday. The RMT said talks failed.", "en", "RMT", "Strike RMT"),
    ],
)  # fmt: skip
def test_a_common_word_opening_the_line_is_no_part_of_the_name(text: str, lang: str, body: str, glued: str):
    _, orgs, _ = run(text, lang)
    assert body in orgs
    assert glued not in orgs


@pytest.mark.parametrize(
    "text, lang, body",
    [
        ("Titre\n\nGroupe PSA annonce des résultats. PSA recrute.", "fr", "Groupe PSA"),
        ("Title\n\nReform UK held its conference in Birmingham. The UK is divided.", "en", "Reform UK"),
        ("Titre\n\nAir France annonce une grève des pilotes.", "fr", "Air France"),
    ],
)  # fmt: skip
def test_a_name_whose_first_word_is_its_own_stays_whole(text: str, lang: str, body: str):
    _, orgs, _ = run(text, lang)
    assert body in orgs

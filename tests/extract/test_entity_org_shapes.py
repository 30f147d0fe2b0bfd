"""Organisation shapes that pages of any site carry (issue 19, organisations on pages never seen): the presidency of
the state written in lower case, a body whose name a government's domain opens, and an agenda's roman numerals.
Sentences written for the tests."""

from __future__ import annotations

from entitykit import run


def test_the_presidency_of_the_republic_in_lower_case_is_an_organisation():
    _, orgs, _ = run(
        "Titre\n\nLe chef de l'Etat se rendra à Lomé jeudi, selon un communiqué de la présidence de la République.",
        "fr",
    )
    assert "présidence de la République" in orgs
    _, orgs, _ = run("Titre\n\nLe secrétaire général de la présidence de la république, Paul Ndong, a signé.", "fr")
    assert "présidence de la république" in orgs


def test_the_palace_of_the_presidency_is_no_organisation():
    _, orgs, _ = run("Titre\n\nLe dîner aura lieu samedi au palais de la présidence de la République.", "fr")
    assert not any("présidence" in name for name in orgs)


def test_a_body_named_by_a_domain_keeps_it():
    _, orgs, _ = run("Title\n\nThe mayor will name three residents to the Budget Advisory Committee on Monday.", "en")
    assert "Budget Advisory Committee" in orgs
    _, orgs, _ = run("Title\n\nShe gave evidence to the Health Select Committee last week.", "en")
    assert "Health Select Committee" in orgs


def test_a_ministry_s_domain_before_the_minister_s_name_stays_out():
    people, _, _ = run("Titre\n\nLe ministre de l'Économie Bruno Lemaire est arrivé à Bruxelles.", "fr")
    assert "Bruno Lemaire" in people


def test_an_agenda_s_roman_numerals_are_no_names():
    people, orgs, places = run(
        "Title\n\nThe board will meet on Tuesday. The agenda is below.\n\nII. Old Business\n\na) Minutes of the last "
        "meeting.\n\nIII. New Business\n\nIV. Public Comments",
        "en",
    )
    numerals = {"II", "III", "IV"}
    assert not numerals & (set(people) | set(orgs) | set(places))


def test_a_numeral_inside_a_name_stays():
    people, _, _ = run("Title\n\nKing Charles III will open the session on Tuesday, the palace said.", "en")
    assert "Charles III" in people


def test_a_body_of_the_presidency_is_named_whole():
    _, orgs, _ = run(
        "Titre\n\nLe programme a été rendu public par le Cabinet civil de la présidence de la République. Il prévoit "
        "trois jours de visite.",
        "fr",
    )
    assert "Cabinet civil de la présidence de la République" in orgs
    assert "présidence de la République" not in orgs


def test_an_ensemble_named_by_its_kind_is_an_organisation():
    _, orgs, places = run("Titre\n\nLe concert du Quatuor Ébène aura lieu samedi soir sur la place.", "fr")
    assert "Quatuor Ébène" in orgs and "Quatuor Ébène" not in places
    people, orgs, _ = run("Title\n\nThe Gulf Coast Salsa Orchestra will play on Friday night.", "en")
    assert "Gulf Coast Salsa Orchestra" in orgs and not people


def test_a_piece_called_a_fanfare_is_no_ensemble():
    _, orgs, _ = run("Title\n\nThe bands will play the Freedom Fanfare and two hymns.", "en")
    assert not orgs

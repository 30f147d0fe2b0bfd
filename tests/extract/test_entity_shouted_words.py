"""Organisations real pages made of words that are no names (issue 19), tested on sentences other than the pages
that showed them: a word of the language written in capitals (a button, a label, a shouted heading) is no acronym,
and an organisation's head word alone opening a line before its complement is the common noun."""

from __future__ import annotations

from entitykit import run


def test_a_french_word_in_capitals_is_no_organisation():
    _, orgs, _ = run(
        "Titre\n\nLa caisse de solidarité reste ouverte.\n\nDONNEZ, PARTAGEZ !\n\n"
        "Le syndicat appelle à soutenir la LUTTE des salariés jeudi.",
        "fr",
    )
    assert not {"DONNEZ", "LUTTE"} & set(orgs)


def test_an_english_word_in_capitals_is_no_organisation():
    _, orgs, _ = run('Title\n\nReporters wore vests with "PRESS" written on them.')
    assert "PRESS" not in orgs


def test_a_short_acronym_and_a_known_organisation_in_capitals_stay_organisations():
    _, orgs, _ = run("Title\n\nThe union UNITE said on Monday that the NHS would face strikes.")
    assert "NHS" in orgs


def test_an_organisation_word_alone_opening_a_line_before_a_determiner_is_no_organisation():
    _, orgs, _ = run(
        "Title\n\nThe mayor will hear residents on the new car park on Monday evening.\n\nPost a reply below.",
    )
    assert "Post" not in orgs


def test_a_body_named_by_its_head_that_the_text_names_again_stays_an_organisation():
    _, orgs, _ = run("Title\n\nThe Forum will meet in March.\n\nForum members said the vote was close.")
    assert "Forum" in orgs


def test_a_company_in_capitals_after_its_chief_s_title_stays_an_organisation():
    _, orgs, _ = run("Titre\n\nLe directeur général de TOTAL a annoncé lundi une hausse des investissements.", "fr")
    assert "TOTAL" in orgs


def test_an_organisation_before_the_weekday_it_meets_on_ends_before_the_preposition():
    _, orgs, _ = run("Title\n\nThe decision was taken by the Executive Board of the World Rowing Council on Friday.")
    assert "Executive Board of the World Rowing Council" in orgs
    assert not any(name.endswith(" on") for name in orgs)


def test_an_organisation_word_opening_a_line_before_its_adjective_stays_an_organisation():
    _, orgs, _ = run(
        "Titre\n\nAgenda du ministre pour la semaine.\n\nAssemblée nationale\n\nQuestions au ministre.", "fr"
    )
    assert "Assemblée nationale" in orgs


def test_the_plural_honorific_without_its_full_stop_is_no_organisation():
    people, orgs, _ = run(
        "Titre\n\nProgramme de la ministre.\n\n- Entretien avec MM Paul DURAND, député, et Jacques MOREAU, sénateur",
        "fr",
    )
    assert "MM" not in orgs
    assert "Paul DURAND" in people

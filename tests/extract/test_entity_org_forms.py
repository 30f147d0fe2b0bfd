"""Forms of an organisation's name the dev split of bench/real showed (issue 19, organisations on real pages): a
government named after the person who leads it, the short head of a body the text names in full once, an article
that belongs to a title. Each a shape of language, tested on sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, body, person",
    [
        (
            "Titre\n\nAlain Juppé a présenté la réforme. Le gouvernement Juppé devra la défendre devant les députés.",
            "fr",
            "gouvernement Juppé",
            "Alain Juppé",
        ),
        (
            "Title\n\nPresident Ronald Reagan spoke on Monday. The Reagan administration then cut the tax rates.",
            "en",
            "Reagan administration",
            "Ronald Reagan",
        ),
    ],
)
def test_a_government_named_after_its_leader_is_an_organisation_and_the_leader_a_person(
    text: str, lang: str, body: str, person: str
):
    people, orgs, _ = run(text, lang)
    assert body in orgs
    assert person in people


def test_a_noun_after_a_name_that_is_no_person_makes_no_government():
    _, orgs, _ = run("Title\n\nThe Ministry of Finance said the Treasury administration would change.", "en")
    assert not any(name.endswith("administration") for name in orgs)


def test_a_body_s_head_alone_is_the_one_body_the_text_names_in_full():
    _, orgs, _ = run(
        "Titre\n\nLe procès s'ouvre lundi devant la cour d'assises du Rhône. La cour d'assises rendra son verdict "
        "vendredi.",
        "fr",
    )
    assert list(orgs) == ["cour d'assises du Rhône"]
    assert "cour d'assises" in orgs["cour d'assises du Rhône"].aliases


def test_a_head_alone_between_two_full_names_stays_apart():
    _, orgs, _ = run(
        "Titre\n\nLa cour d'assises du Rhône a jugé l'affaire, puis la cour d'assises de l'Isère en appel. La cour "
        "d'assises a siégé trois jours.",
        "fr",
    )
    assert "cour d'assises du Rhône" in orgs and "cour d'assises de l'Isère" in orgs
    assert not any("cour d'assises" in o.aliases for o in orgs.values())


def test_a_complement_with_or_without_its_article_is_one_name():
    _, orgs, _ = run(
        "Titre\n\nLe tribunal administratif de la Guadeloupe a rejeté le recours. Le tribunal administratif de "
        "Guadeloupe avait été saisi en mars.",
        "fr",
    )
    assert len([name for name in orgs if name.startswith("tribunal administratif")]) == 1


@pytest.mark.parametrize(
    "text, lang, title",
    [
        ("Title\n\nThe mayor told The Chronicle on Monday that the bridge would reopen.", "en", "The Chronicle"),
        (
            "Title\n\nThe Boston Herald reported the deal first; the mayor later confirmed it.",
            "en",
            "The Boston Herald",
        ),
    ],
)
def test_an_article_inside_a_sentence_or_before_a_newspaper_s_name_belongs_to_the_title(
    text: str, lang: str, title: str
):
    people, orgs, _ = run(text, lang)
    assert title in orgs
    assert title not in people


def test_a_title_with_and_without_its_article_is_one_organisation():
    _, orgs, _ = run(
        "Title\n\nThe Washington Post reported the plan, and a spokesman later told the Washington Post it was final.",
        "en",
    )
    assert len([name for name in orgs if "Washington Post" in name]) == 1


def test_a_sentence_s_first_article_before_a_name_stays_out_of_it():
    _, orgs, places = run("Title\n\nThe European Commission said on Friday it would act.", "en")
    assert "European Commission" in orgs


def test_an_article_before_a_style_stays_out_of_any_organisation():
    _, orgs, _ = run("Title\n\nAt noon, as patron of the charity, The Duke of Kent will open the new wing.", "en")
    assert not any(name.startswith("The") for name in orgs)


def test_a_government_that_completes_a_person_s_office_is_no_organisation_of_its_own():
    _, orgs, _ = run(
        "Titre\n\nAlain Juppé a parlé. Marie Dupont, ancienne ministre de la culture du gouvernement Juppé, a répondu.",
        "fr",
    )
    assert "gouvernement Juppé" not in orgs

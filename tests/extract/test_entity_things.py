"""Things whose names read like people's (issue 19): a ship after its prefix or its noun, a building or a work named
in quotation marks after the noun that says what it is, or after a word that gives a title. Sentences written for
these tests; a person in quotation marks after a role word, and a newspaper in quotation marks, stay as they were."""

from __future__ import annotations

from entitykit import run


def test_a_ship_after_a_navy_prefix_is_no_person_and_the_prefix_no_organisation():
    people, orgs, _ = run("Title\n\nThe sailors of the USS Carl Vinson were welcomed in Busan on Monday.")
    assert not any("Vinson" in name for name in people)
    assert "USS" not in orgs


def test_a_ship_after_a_vessel_noun_is_no_person():
    people, _, _ = run(
        "Titre\n\nLes migrants ont été secourus mardi par le navire Louise Michel au large de Malte.", "fr"
    )
    assert "Louise Michel" not in people


def test_a_building_named_in_quotation_marks_after_its_noun_is_no_person():
    people, _, _ = run(
        "Titre\n\nLa ministre a visité le bâtiment « Charles Michel » de la Commission à Bruxelles.", "fr"
    )
    assert "Charles Michel" not in people


def test_a_dam_named_in_quotation_marks_after_an_article_is_no_person():
    people, _, _ = run("Title\n\nThe minister will open the 'Alison Hartley Dam' in Zambia on Friday.")
    assert not any("Hartley" in name for name in people)


def test_the_words_of_an_english_title_after_a_word_that_gives_it_are_no_person():
    people, _, _ = run("Title\n\nThe gallery shows a tapestry titled 'Evening with Thomas Keller' until May.")
    assert "Thomas Keller" not in people


def test_the_words_of_a_title_after_a_word_that_gives_it_are_no_person():
    people, _, _ = run(
        "Titre\n\nLe musée expose une œuvre intitulée « Rencontre avec Jacques Martin » jusqu'en mai.", "fr"
    )
    assert "Jacques Martin" not in people


def test_a_person_in_quotation_marks_after_a_role_stays_a_person_and_a_quoted_newspaper_an_organisation():
    people, orgs, _ = run("Titre\n\nSelon « Le Monde », le ministre « Jean Dupont » a démissionné.", "fr")
    assert "Jean Dupont" in people
    assert "Le Monde" in orgs


def test_a_title_right_after_a_work_noun_is_no_person():
    people, _, _ = run("Title\n\nShe read the novel Anna Karenina last summer.")
    assert "Anna Karenina" not in people


def test_a_french_title_right_after_a_work_noun_is_no_person_and_the_actor_stays():
    people, _, _ = run("Titre\n\nLa chaîne diffuse le téléfilm Louis Pasteur ce soir avec Denis Podalydès.", "fr")
    assert "Louis Pasteur" not in people
    assert "Denis Podalydès" in people


def test_a_work_noun_ending_the_line_above_names_no_person_opening_the_next():
    # a media player's leftover line ("lecteur vidéo", "watch video") has no full stop: the splitter glues it to the
    # next line, whose first words are a person's, no title of the work the noun says
    people, _, _ = run(
        "Titre\n\nLe club prépare la saison.\n\nlecteur vidéo\nJean-Pierre Papin présentera jeudi son équipe à Lille.",
        "fr",
    )
    assert "Jean-Pierre Papin" in people


def test_a_work_noun_right_before_the_name_on_its_line_still_names_a_work():
    people, _, _ = run("Titre\n\nLe cinéma de Lille projette ce soir le film Jean de Florette en plein air.", "fr")
    assert "Jean de Florette" not in people

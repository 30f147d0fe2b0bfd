"""People found where a page's words only look like names (issue 19, people precision): words glued to a number or
to the next cell of the page's layout, a building's or a medium's name that opens with its noun, a name glued to the
place or the outlet after it ("de Paris") or to a thing before it ("Nike de"), and a town the text names as a town
more often than a cue reads it a person. Sentences written for these tests."""

from __future__ import annotations

from entitykit import run

from generator.extract.ner.notname import glued_words


def test_names_glued_to_shirt_numbers_and_initials_are_no_people():
    people, _, _ = run(
        "Titre\n\nLe match s'est terminé sur un nul.\n\nTITULAIRES14T. Moreau22J. Lambert9S. RenaudB. Colin\n\n"
        "Moreau a ouvert le score avant la pause.",
        "fr",
    )
    assert not any(any(c.isdigit() for c in name) for name in people)
    assert not any(name[-1].isupper() and name[-2].islower() for name in people)


def test_a_given_name_glued_after_a_credit_word_is_no_part_of_the_name():
    people, _, _ = run(
        "Titre\n\nPhoto issue du site de la mairie ou de WikimediaPaul Girard, maire : « Nous ouvrirons le pont. »",
        "fr",
    )
    assert not any(name.startswith("Wikimedia") for name in people)


def test_a_building_s_name_that_opens_with_its_noun_is_a_place_not_a_person():
    people, _, places = run(
        "Titre\n\n10 h 00 |\nLe ministre visitera le chantier avec les élus. |\nMaison Fournier |\n\n"
        "Il repartira ensuite vers Lille.",
        "fr",
    )
    assert "Maison Fournier" not in people
    assert "Maison Fournier" in places


def test_a_medium_s_name_that_opens_with_its_noun_is_no_person():
    people, _, _ = run(
        "Titre\n\nLa grève a été relayée dans la presse.\n\n3 mars 2020 : Vidéo Dailymotion\n"
        "5 mars 2020 : Blog Rouge Gorge\n",
        "fr",
    )
    assert "Vidéo Dailymotion" not in people
    assert "Blog Rouge Gorge" not in people


def test_the_town_after_a_full_name_is_no_part_of_it():
    people, _, places = run("Titre\n\nIl sera accueilli par le préfet Michel Garnier de Lyon et par le maire.", "fr")
    assert "Michel Garnier" in people
    assert "Lyon" in places


def test_a_thing_before_de_and_a_full_name_is_no_part_of_the_name():
    people, _, _ = run("Titre\n\nLe survêtement Adidas de Gustavo Petro est devenu viral sur les réseaux.", "fr")
    assert "Gustavo Petro" in people
    assert not any("Adidas" in name for name in people)


def test_a_name_s_particle_and_a_building_named_after_someone_stay_whole():
    people, _, places = run("Titre\n\nDominique de Villepin et Valéry Giscard d'Estaing ont parlé mardi.", "fr")
    assert {"Dominique de Villepin", "Valéry Giscard d'Estaing"} <= set(people)
    people, _, places = run("Titre\n\nLa visite de la Maison de Jean Monnet est prévue mardi.", "fr")
    assert "Jean Monnet" not in people


def test_a_town_the_text_names_as_a_town_more_often_than_as_a_person_is_the_town():
    people, _, places = run(
        "Governor Smith coming to Hanford, says plan works\n\nGovernor Ann Smith will visit Hanford on Friday. "
        "She spoke in Hanford last year, and the plant at Hanford will reopen."
    )
    assert "Hanford" not in people
    assert "Hanford" in places


def test_a_surname_that_is_a_town_stays_the_person_the_text_titles():
    people, _, _ = run("Title\n\nPrime Minister Carney said the deal was done. Carney flew home on Monday.")
    assert "Carney" in people


def test_a_newspaper_of_the_organisations_list_listed_under_a_press_review_is_no_person():
    people, _, _ = run(
        "Titre\n\nLa grève a été couverte par la presse nationale.\n\n- 16 juin 2016 : Article L’Humanité\n"
        "- 14 juin 2016 : Article L’Humanité\n- 11 juin 2016 : Reportage RTL\n",
        "fr",
    )
    assert not any("Humanité" in name for name in people)


def test_words_glued_by_a_page_s_layout_and_sites_addresses_are_told_from_names_with_inner_capitals():
    for glued in ("Delaplace23T", "Ribeiro12", "AndersenJ", "WikimediaPaul Girard", "INFOSUD.COM", "Lemag.fr"):
        assert glued_words(glued), glued
    for name in ("Ronald McDonald", "Douglas MacArthur", "Ron DeSantis", "Neil deGrasse Tyson", "J.R.R. Tolkien"):
        assert not glued_words(name), name


def test_a_show_s_title_after_its_noun_is_no_person():
    people, _, _ = run("Titre\n\nLe premier ministre visitera l'exposition Monet Lumière et Ombre au musée.", "fr")
    assert not any("Monet" in name for name in people)
    people, _, _ = run("Titre\n\nLe public découvrira le spectacle Marie Stuart au théâtre.", "fr")
    assert "Marie Stuart" not in people


def test_a_state_visit_is_an_event_not_a_person():
    people, _, _ = run("Title\n\nThe Spanish State Visit to the UK starts on Tuesday, when King Felipe arrives.")
    assert "State Visit" not in people
    assert "Felipe" in people


def test_a_public_building_named_after_someone_is_no_person():
    people, _, places = run(
        "Titre\n\nLe match aura lieu au complexe Henri Dunant. Le ministre ira ensuite à l'hôpital Simone Veil.", "fr"
    )
    assert not {"Henri Dunant", "Simone Veil"} & set(people)
    assert {"complexe Henri Dunant", "hôpital Simone Veil"} <= set(places)

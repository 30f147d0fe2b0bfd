"""Places on real pages (issue 19), tested on sentences other than the pages that showed them: a common noun opening
a line that a place's name without its article spells, a name after an office's noun that is a person, and a surname
after a title that is the person the text names in full."""

from __future__ import annotations

from entitykit import run


def test_a_common_noun_opening_a_line_is_no_place_spelt_without_its_article():
    _, _, places = run("Titre\n\nRéunion du 12 avril 2011 à 10h00\n\nLes élus ont voté le budget.", "fr")
    assert places == []


def test_a_common_noun_opening_a_list_item_is_no_place_spelt_without_its_article():
    _, _, places = run("Agenda du préfet\n\n- Réunion avec les maires du canton.\n- Visite d'une ferme.", "fr")
    assert "La Réunion" not in places


def test_the_place_with_its_article_stays_a_place():
    _, _, places = run("Titre\n\nLa Réunion accueille le congrès. Le ministre se rendra à La Réunion.", "fr")
    assert places == ["La Réunion"]


def test_a_name_after_an_office_s_place_noun_is_the_holder_not_a_place():
    people, _, places = run("Title\n\nThe visit was confirmed by secretary of state Maria Delgado on Monday.")
    assert "Maria Delgado" in people
    assert "Maria Delgado" not in places


def test_a_name_right_after_a_lower_case_place_noun_stays_a_place():
    _, _, places = run("Title\n\nThe delegation then flew to the capital Kathmandu.")
    assert "Kathmandu" in places


def test_a_surname_that_is_a_place_after_a_title_is_the_person_named_in_full():
    people, _, places = run(
        "Titre\n\nLe chancelier Paul Vienne arrivera lundi. La visite du chancelier Vienne durera deux jours.", "fr"
    )
    assert "Vienne" not in places
    assert people["Paul Vienne"].mentions == 2


def test_a_surname_that_is_a_place_without_a_title_stays_the_place():
    people, _, places = run("Titre\n\nLe ministre Paul Vienne partira ensuite pour Vienne, en Autriche.", "fr")
    assert "Vienne" in places


def test_the_town_an_office_serves_is_a_place():
    _, _, places = run(
        "Titre\n\nLa crue a touché la vallée jeudi. « Nous sommes prêts », assure le maire de Vielle-Saint-Girons.",
        "fr",
    )
    assert "Vielle-Saint-Girons" in places


def test_a_town_that_is_a_given_name_after_an_office_is_a_place_by_rules_alone():
    people, _, places = run("Title\n\nThe flood hit the valley. The mayor of Augusta, Jane Roe, toured the area.")
    assert "Augusta" in places
    assert "Jane Roe" in people


def test_the_town_the_holders_of_an_office_serve_is_a_place():
    _, _, places = run(
        "Titre\n\nL'incendie a repris dans la nuit. Les gendarmes de Mimizan-Plage sont sur place.", "fr"
    )
    assert "Mimizan-Plage" in places


def test_a_state_s_formal_name_in_an_office_names_the_country_after_its_de():
    _, _, places = run("Titre\n\nM. Bio, président de la République de la Sierra Leone, arrivera lundi.", "fr")
    assert places == ["Sierra Leone"]


def test_a_state_named_by_its_adjective_in_an_office_is_no_place():
    _, _, places = run("Titre\n\nLe président de la République française recevra son homologue lundi.", "fr")
    assert places == []


def test_a_state_s_formal_name_stays_whole_outside_an_office_or_when_known_whole():
    _, _, places = run(
        "Titre\n\nLa République du Sénégal a signé l'accord. Le président de la République tchèque aussi.", "fr"
    )
    assert places == ["République du Sénégal", "République tchèque"]
    _, _, places = run("Title\n\nFelix Tshisekedi, President of the Democratic Republic of the Congo, spoke.")
    assert places == ["Democratic Republic of the Congo"]


def test_an_office_s_own_body_capitalised_after_its_de_is_no_place():
    _, _, places = run(
        "Titre\n\nLe bilan est lourd. « Tout est prêt », a assuré le directeur adjoint du Village jeudi.", "fr"
    )
    assert places == []


def test_a_state_written_before_an_office_s_abbreviation_is_a_place():
    people, _, places = run("Title\n\nThe bill passed on Monday. Vermont Gov. Jane Roe signed it at noon.")
    assert "Vermont" in places
    assert people["Jane Roe"].role


def test_a_site_named_after_a_titled_person_is_a_place_whole():
    people, _, places = run("Title\n\nThe couple will walk in Queen Victoria Gardens before lunch on Friday.")
    assert "Queen Victoria Gardens" in places
    assert "Victoria Gardens" not in places


def test_a_nationality_before_a_noun_leaves_no_place_before_it():
    _, _, places = run("Title\n\nGulf Arab power Qatar warned on Friday that the talks had stalled.")
    assert "Gulf" not in places


def test_the_names_that_end_a_programme_s_item_are_its_places():
    _, _, places = run(
        "Agenda du préfet\n\nJeudi 4 avril\n\n10h00 - Visite d'une ferme laitière, Sauveterre\n\n"
        "12h30 - Déjeuner de travail avec les élus, Préfecture",
        "fr",
    )
    assert "Sauveterre" in places
    assert "Préfecture" in places


def test_a_line_of_names_under_a_programme_s_item_is_its_place():
    _, _, places = run(
        "Programme\n\nVendredi 9 mai | |\n09 h 15 | Visite de l'école du village |\nTiéti – Poya | |\nToute presse | |",
        "fr",
    )
    assert "Tiéti" in places
    assert "Poya" in places


def test_a_numbered_list_is_no_programme():
    _, _, places = run("Titre\n\nLes étapes du rallye :\n\n1. Départ, Pluvier\n\n2. Arrivée, Galion", "fr")
    assert "Pluvier" not in places


def test_a_given_name_and_a_surname_after_a_place_noun_and_de_are_the_person_whose_place_it_is():
    people, _, places = run(
        "Titre\n\nL'étape part du village de Julien Dupré, puis file vers la commune de Saint-Martin.", "fr"
    )
    assert "Julien Dupré" in people and "Julien Dupré" not in places
    assert "Saint-Martin" in places

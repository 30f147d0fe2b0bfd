"""Places whose name is a head noun and what goes on it (issue 19): a capitalised common word cut from its lower-case
complement is no place, an official residence or a monument keeps its complement, and a numbered room, gate or road
is one place with its number. Sentences of our own, not the pages that showed the shapes."""

from __future__ import annotations

from entitykit import run


def test_a_capitalised_common_word_cut_from_its_lower_case_complement_is_no_place():
    _, _, places = run(
        "Titre\n\nLe préfet a visité une crèche située à la Patte d'oie, puis une ferme dans l'Ouest du département. "
        "Les bus circuleront peu en Zone nord, et il a parlé de la région des Grands lacs.",
        "fr",
    )
    assert not {"Patte", "Ouest", "Zone", "Grands"} & set(places)


def test_a_place_that_a_common_word_names_stays_before_a_day():
    _, _, places = run("Titre\n\nLe préfet ira dans le Cher lundi, puis à Gap mardi.", "fr")
    assert {"Cher", "Gap"} <= set(places)


def test_a_residence_and_a_monument_keep_their_complement():
    _, _, places = run(
        "Titre\n\nLe ministre recevra la communauté française à la Résidence de France, puis déposera une gerbe au "
        "Monument commémoratif des Acadiens.",
        "fr",
    )
    assert {"Résidence de France", "Monument commémoratif des Acadiens"} <= set(places)
    assert not {"Résidence", "Monument"} & set(places)


def test_a_numbered_room_gate_or_road_is_one_place_with_its_number():
    _, _, places = run(
        "Title\n\nThe prints in Gallery 12 will move to Gallery 14, and buses will leave from Terminal 2 on Route 17.",
    )
    assert {"Gallery 12", "Gallery 14", "Terminal 2", "Route 17"} <= set(places)
    assert not {"Terminal", "Route"} & set(places)
    _, _, places = run("Titre\n\nLes étudiants se sont réunis dans le bâtiment C3, puis en salle 204.", "fr")
    assert {"bâtiment C3", "salle 204"} <= set(places)


def test_a_numbered_hall_before_a_month_is_a_date():
    _, _, places = run("Title\n\nThe concert moved from the Hall on 28 November to Room 5 November 30.")
    assert not any(p.endswith(("28", "5")) for p in places)


def test_the_building_a_programme_visits_is_a_place_with_its_head_when_named_after_it():
    _, _, places = run(
        "Titre\n\n10h00 : Visite de la caserne Vauban\n\n"
        "Le ministre participera ensuite à l'inauguration de la raffinerie Dangote, puis à celle de l'hôpital "
        "régional de Kaffrine.",
        "fr",
    )
    assert {"caserne Vauban", "raffinerie Dangote", "Kaffrine"} <= set(places)
    assert not any(p.startswith("hôpital") for p in places)  # an unnamed building of the town: the town


def test_a_visit_of_a_person_is_no_visited_building():
    people, _, places = run(
        "Titre\n\nVisite de Marie Dupont au lycée, puis inauguration de l'entreprise Upcycle.", "fr"
    )
    assert "Marie Dupont" in people and not {"Marie Dupont", "entreprise Upcycle"} & set(places)


def test_islands_in_the_plural_keep_their_head_as_an_island_does():
    _, _, places = run("Titre\n\nLe navire a rejoint les îles Marquises, puis l'île de Sein.", "fr")
    assert {"îles Marquises", "île de Sein"} <= set(places) and "Marquises" not in places


def test_a_month_s_abbreviation_is_no_place():
    _, _, places = run("Title\n\nThe tournament starts in Nov; the final is in Dec. in Doha.")
    assert not {"Nov", "Dec", "Dec."} & set(places) and "Doha" in places


def test_a_town_the_recogniser_reads_as_a_body_is_the_place_after_a_and_en():
    _, orgs, places = run(
        "Titre\n\nDes frappes ont fait deux morts à Vorokhta, dans l'ouest du pays. Vorokhta est une petite ville. "
        "De retour en Calédonie, le ministre ira à l'ONU puis à Air France.",
        "fr",
    )
    assert {"Vorokhta", "Calédonie"} <= set(places) and not {"Vorokhta", "Calédonie"} & set(orgs)
    assert {"ONU", "Air France"} <= set(orgs)


def test_a_town_s_quarter_or_zone_qualified_before_its_de_is_the_town():
    """ "le quartier populaire de X", "la zone industrielle de X": an area of the town, as "le quartier de X" is
    (issue 19, places too long)."""
    _, _, places = run("Titre\n\nLes habitants du quartier populaire de Lille manifesteront samedi.", "fr")
    assert places == ["Lille"]
    _, _, places = run("Titre\n\nUn incendie a ravagé un entrepôt de la zone industrielle de Vridi dans la nuit.", "fr")
    assert places == ["Vridi"]


def test_a_quarter_named_by_a_bare_name_keeps_its_noun_whatever_towns_bear_that_name():
    # one shape, one reading: whether a town somewhere is called Malakoff says nothing of a Nantes quarter
    _, _, places = run("Titre\n\nLe festival s'installe cet été dans le quartier Malakoff, à Nantes.", "fr")
    assert places == ["quartier Malakoff", "Nantes"]
    _, _, places = run(
        "Titre\n\nLa délégation se rendra dans la zone Asie-Pacifique en mars, puis dans le quartier de la Duchère.",
        "fr",
    )
    assert {"zone Asie-Pacifique", "quartier de la Duchère"} <= set(places)

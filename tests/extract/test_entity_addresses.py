"""Addresses, venues and the names places complete (issue 19, places on fresh pages): a postal code after a town is
no part of the town ("London NW6 6RD"), a venue's own name and the town after its "de" are two places ("au stade
Henri Konan Bédié d'Abengourou"), and a country that completes a competition's or a national side's name ("la Coupe
de France", "l'équipe de France") is no place of the story. Sentences written for the test, about places of no
benchmark page."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, town",
    [
        ("Title\n\nThe meeting will be held at Acme House, 12 Harbour Road, Leeds LS1 4AB, on Friday.", "Leeds"),
        ("Title\n\nForms go to the tax centre in Ottawa K1A 0B1 before June.", "Ottawa"),
    ],
)  # fmt: skip
def test_a_postal_code_after_a_town_is_no_part_of_it(text: str, town: str):
    _, _, places = run(text, "en")
    assert town in places


@pytest.mark.parametrize(
    "text, venue, town",
    [
        ("Titre\n\nLes notables sont attendus samedi au stade Jean-Baptiste Kouamé d'Agnibilékrou pour la fête.",
         "stade Jean-Baptiste Kouamé", "Agnibilékrou"),
        ("Titre\n\nLe concert aura lieu au parc Amadou Hampâté Bâ de Dianrabougou le 4 juin.",
         "parc Amadou Hampâté Bâ", "Dianrabougou"),
    ],
)  # fmt: skip
def test_a_venues_name_and_the_town_after_it_are_two_places(text: str, venue: str, town: str):
    _, _, places = run(text, "fr")
    assert venue in places
    assert town in places


@pytest.mark.parametrize("text", ["Titre\n\nLe match aura lieu au stade Pierre de Coubertin samedi."])
def test_a_particle_inside_a_venues_name_leaves_it_whole(text: str):
    _, _, places = run(text, "fr")
    assert "stade Pierre de Coubertin" in places


@pytest.mark.parametrize(
    "text, country",
    [
        ("Titre\n\nLa finale de la Coupe de France se jouera le 8 mai à Saint-Denis.", "France"),
        ("Titre\n\nL'équipe de Belgique affrontera l'Écosse mercredi à Glasgow.", "Belgique"),
        ("Titre\n\nLe championnat d'Afrique des nations aura lieu au Cameroun en avril.", "Afrique"),
        ("Titre\n\nL'ancien capitaine du XV de France sera reçu lundi à Toulouse.", "France"),
    ],
)  # fmt: skip
def test_a_place_that_completes_a_competitions_or_a_sides_name_is_no_place(text: str, country: str):
    _, _, places = run(text, "fr")
    assert country not in places


def test_a_coach_after_a_sides_head_is_still_a_person():
    people, _, places = run("Titre\n\nL'équipe de Didier Deschamps jouera mardi à Marseille.", "fr")
    assert "Didier Deschamps" in people
    assert "Marseille" in places


@pytest.mark.parametrize(
    "text, lang, zone, place",
    [
        ("Titre\n\nHeure de Rabat : 10:42\n\nLe ministre sera lundi à Nador.", "fr", "Rabat", "Nador"),
        ("Titre\n\nLa séance débutera à 14h, heure de Paris, au siège de Bruxelles.", "fr", "Paris", "Bruxelles"),
        ("Title\n\nKick-off: 12 March at 3pm UK. The final is at Murrayfield.", "en", "UK", "Murrayfield"),
        ("Title\n\nVoting opens at 10am Madrid time, the commission said in Brussels.", "en", "Madrid", "Brussels"),
    ],
)  # fmt: skip
def test_a_place_that_names_a_clocks_time_zone_is_no_place(text: str, lang: str, zone: str, place: str):
    _, _, places = run(text, lang)
    assert zone not in places
    assert place in places


def test_an_hour_from_a_town_is_a_distance_and_the_town_a_place():
    _, _, places = run("Titre\n\nLe village, à une heure de Lyon, accueillera la foire samedi.", "fr")
    assert "Lyon" in places


@pytest.mark.parametrize(
    "text, lang, person, place",
    [
        ("Titre\n\nLe président togolais Faure Gnassingbé recevra le président ivoirien Jean-Paul Lyon. Les "
         "entretiens entre les présidents Gnassingbé et Lyon commenceront à 15 heures à Lomé.", "fr", "Jean-Paul Lyon",
         "Lyon"),
        ("Title\n\nSenator Mary Smith met Representative Tom Jordan on Monday. Talks between Senators Smith and Jordan "
         "will resume in Boston.", "en", "Tom Jordan", "Jordan"),
    ],
)  # fmt: skip
def test_a_surname_in_a_list_after_a_plural_title_is_the_person_not_the_place(
    text: str, lang: str, person: str, place: str
):
    people, _, places = run(text, lang)
    assert person in people
    assert place not in places


def test_the_same_word_after_a_place_preposition_stays_the_place():
    people, _, places = run("Titre\n\nLe maire Jean-Paul Lyon ira de Lomé à Lyon mardi.", "fr")
    assert "Jean-Paul Lyon" in people
    assert "Lyon" in places


@pytest.mark.parametrize(
    "text, person",
    [
        ("Title\n\nJury selection, which U.S. District Judge Ann Island will handle herself, starts Monday in Dallas.",
         "Ann Island"),
        ("Title\n\nSenator Tom Valley said on Tuesday he would vote against the bill.", "Tom Valley"),
    ],
)  # fmt: skip
def test_a_titled_name_that_ends_as_a_place_is_a_person(text: str, person: str):
    people, _, places = run(text, "en")
    assert person in people
    assert person not in places and f"Judge {person}" not in places and f"Senator {person}" not in places


def test_a_place_named_after_a_monarch_stays_a_place():
    _, _, places = run("Title\n\nThe concert will be held at Queen Elizabeth Park on Sunday.", "en")
    assert "Queen Elizabeth Park" in places


@pytest.mark.parametrize(
    "text, place",
    [
        ("Titre\n\nLes ministres reçus : Paul Mba (Congo Brazzaville) et Jean Obiang (Gabon).", "Congo Brazzaville"),
        ("Titre\n\nLa délégation est partie de Saint Étienne pour Lyon jeudi.", "Saint Étienne"),
    ],
)  # fmt: skip
def test_a_compound_place_written_with_spaces_is_the_lists_hyphenated_place(text: str, place: str):
    people, _, places = run(text, "fr")
    assert place in places
    assert place not in people


@pytest.mark.parametrize(
    "text, name",
    [
        ("Titre\n\nLa directrice de Lille Danse présentera la programmation mardi à Roubaix.", "Lille Danse"),
        ("Titre\n\nArmoiries de la Norvège\n\nLe gouvernement réunira les ministres à Bergen.",
         "Armoiries de la Norvège"),
    ],
)  # fmt: skip
def test_a_place_and_a_common_word_only_the_recogniser_calls_a_place_are_no_place(text: str, name: str):
    _, _, places = run(text, "fr")
    assert name not in places


def test_a_venues_word_with_a_place_stays_a_place():
    _, _, places = run("Titre\n\nLe ministre inaugurera le petit théâtre de Guéret samedi.", "fr")
    assert "petit théâtre de Guéret" in places


@pytest.mark.parametrize(
    "text, address",
    [
        ("Titre\n\nLa permanence se tient au guichet de la commune, rue des Tanneurs 27.", "rue des Tanneurs 27"),
        ("Titre\n\nRendez-vous mardi au siège de l'association, chemin des Vignes 4 à Morges.", "chemin des Vignes 4"),
        ("Titre\n\nLes dossiers sont à déposer au boulevard Anspach 12 (rez-de-chaussée).", "boulevard Anspach 12"),
    ],
)  # fmt: skip
def test_a_house_number_after_its_street_is_part_of_the_address(text: str, address: str):
    _, _, places = run(text, "fr")
    assert address in places


@pytest.mark.parametrize(
    "text, street",
    [
        ("Titre\n\nLe marché de la rue des Tanneurs 12 mars a attiré la foule.", "rue des Tanneurs"),
        ("Titre\n\nLe bureau de poste, rue Garibaldi 1000 Tunis, ferme samedi.", "rue Garibaldi"),
    ],
)  # fmt: skip
def test_a_number_that_ends_no_address_stays_out_of_the_street(text: str, street: str):
    _, _, places = run(text, "fr")
    assert not any(p.startswith(street) and p != street for p in places)


@pytest.mark.parametrize(
    "text, room",
    [
        ("Titre\n\nCette année, la salle Gaston Monnerville accueillera une exposition de cartes anciennes.",
         "salle Gaston Monnerville"),
        ("Titre\n\nLe public découvrira le bureau du maire et la salle de réunion Louise Weiss.",
         "salle de réunion Louise Weiss"),
    ],
)  # fmt: skip
def test_a_room_named_after_someone_is_a_place_without_a_preposition(text: str, room: str):
    people, _, places = run(text, "fr")
    assert room in places
    assert not any(name in room for name in people)


@pytest.mark.parametrize(
    "text, venue",
    [
        ("Titre\n\nLes élus siégeront jeudi dans la salle du Conseil municipal, au premier étage.",
         "salle du Conseil municipal"),
        ("Titre\n\nLe ministre se rendra ensuite au Palais de la Présidence malienne pour un entretien.",
         "Palais de la Présidence malienne"),
    ],
)  # fmt: skip
def test_a_venues_complement_keeps_its_lower_case_adjective(text: str, venue: str):
    _, _, places = run(text, "fr")
    assert venue in places


@pytest.mark.parametrize(
    "text, town",
    [
        ("Titre\n\nL'Élysée a confirmé la venue du Président de la République ce mardi 4 octobre à Montluçon, pour "
         "une visite d'usine.", "Montluçon"),
        ("Titre\n\nOn attend la visite du Premier ministre ce dimanche 5 mars à Carpentras, avec le maire.",
         "Carpentras"),
        ("Titre\n\nLe déplacement de la ministre des Sports lundi 9 janvier à Vichy est confirmé.", "Vichy"),
    ],
)  # fmt: skip
def test_a_town_after_a_date_is_no_holder_of_the_role_before_the_date(text: str, town: str):
    people, _, places = run(text, "fr")
    assert town in places
    assert town not in people


@pytest.mark.parametrize(
    "text, lang, street",
    [
        ("Title\n\nThe new school on Summit Road opens next week.", "en", "Summit Road"),
        ("Title\n\nStalls will line Festival Square on Saturday.", "en", "Festival Square"),
        ("Titre\n\nLa nouvelle école de la rue du Sommet ouvre ses portes lundi.", "fr", "rue du Sommet"),
    ],
)  # fmt: skip
def test_a_street_named_after_an_event_is_a_place(text: str, lang: str, street: str):
    _, _, places = run(text, lang)
    assert street in places


def test_an_event_is_still_no_place():
    _, _, places = run("Title\n\nThe Climate Summit opens in Lima, before the Festival of Lights.", "en")
    assert places == ["Lima"]


@pytest.mark.parametrize(
    "text, address",
    [
        ("Title\n\nThe clinic will reopen at 45 Harbour Street on Monday.", "45 Harbour Street"),
        ("Title\n\nForms can be dropped off at the town office at 212 N. Elm St. until Friday.", "212 N. Elm St."),
        ("Title\n\nThe hearing is at the county annex, located at 9 E 14th Street in Dover.", "9 E 14th Street"),
        ("Title\n\nThe vote takes place at the offices of Acme House, 7 Quarry Lane, Bristol, on 3 May.",
         "7 Quarry Lane"),
    ],
)  # fmt: skip
def test_a_house_number_before_its_street_is_part_of_the_address(text: str, address: str):
    people, _, places = run(text, "en")
    assert address in places
    assert not any(name in address for name in people)


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Title\n\nIn December, 2011 Oak Street Repaving Program bids were opened.", "2011 Oak Street"),
        ("Title\n\nCrews worked at 14 Elm Road Sewer Project sites all week.", "14 Elm Road"),
        ("Title\n\nThe buildings (12 Mill St., 18 Mill St.) will be raised.", "18 Mill St."),
    ],
)  # fmt: skip
def test_a_number_that_opens_no_address_stays_out_of_the_street(text: str, wrong: str):
    _, _, places = run(text, "en")
    assert not any(p.startswith(wrong) for p in places)


@pytest.mark.parametrize(
    "text, towns",
    [
        ("Titre\n\nLe ministre inaugurera jeudi la route Ziguinchor – Bignona, longue de trente kilomètres.",
         ["Ziguinchor", "Bignona"]),
        ("Titre\n\nLes travaux de la route Korhogo-Ferkessédougou seront lancés lundi par le préfet.",
         ["Korhogo", "Ferkessédougou"]),
    ],
)  # fmt: skip
def test_a_road_named_by_the_towns_it_joins_gives_the_towns(text: str, towns: list[str]):
    _, _, places = run(text, "fr")
    assert all(town in places for town in towns)
    assert not any(p.startswith("route") for p in places)


@pytest.mark.parametrize(
    "text, street",
    [
        ("Titre\n\nLa manifestation partira de la rue Jean-Jaurès samedi.", "rue Jean-Jaurès"),
        ("Titre\n\nLe convoi empruntera la route Bobo-Dioulasso jusqu'au carrefour.", "route Bobo-Dioulasso"),
    ],
)  # fmt: skip
def test_a_street_named_after_a_person_or_one_town_stays_the_street(text: str, street: str):
    _, _, places = run(text, "fr")
    assert street in places


@pytest.mark.parametrize(
    "text, venue",
    [
        ("Title\n\nThe rodeo returns on July 9 to the Clark County Fairgrounds.", "Clark County Fairgrounds"),
        ("Title\n\nThe show opens on Friday at the Royal Showground.", "Royal Showground"),
        ("Title\n\nThe race meeting at Kelso Racecourse was abandoned.", "Kelso Racecourse"),
    ],
)  # fmt: skip
def test_the_grounds_of_a_fair_a_show_or_a_race_are_a_place(text: str, venue: str):
    people, orgs, places = run(text, "en")
    assert venue in places
    assert venue not in people and venue not in orgs

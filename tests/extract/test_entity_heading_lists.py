"""Names listed after a line's plural role heading (issue 19, people and roles: a squad called up as "Défenseurs :
Koundé, Clauss, T. Hernandez" on a dev page of the 35th batch): the heading says what every item is, a person
even by a surname alone, and gives each the role in the singular. A heading's list of towns, clubs or performers
(bands are organisations) makes no one a person. Sentences written for the test."""

from __future__ import annotations

from entitykit import run

SQUAD = (
    "Le sélectionneur dévoile sa liste\n\nLe sélectionneur a dévoilé jeudi la liste des joueurs retenus pour les deux "
    "matchs amicaux de juin.\n\nGardiens : Lloris, Costil, Mandanda\nDéfenseurs : Varane, Pavard, L. Hernandez, "
    "Kimpembe\nMilieux : Pogba, Rabiot, Tolisso\nAttaquants : Giroud, Ben Yedder, Coman\n"
)


def test_surnames_listed_after_a_role_heading_are_people():
    people, orgs, places = run(SQUAD, "fr")
    assert {"Lloris", "Varane", "L. Hernandez", "Kimpembe", "Pogba", "Tolisso", "Ben Yedder", "Coman"} <= set(people)
    assert not orgs and not places


def test_each_listed_name_holds_the_heading_s_role_in_the_singular():
    people, _, _ = run(SQUAD, "fr")
    assert people["Costil"].role == "gardien"  # (the heading's capital is its line's)
    assert people["L. Hernandez"].role == "défenseur"
    assert people["Rabiot"].role == "milieu"  # ("Milieux": a plural in -x)
    assert people["Ben Yedder"].role == "attaquant"


def test_an_english_squad_list_gives_people_and_roles():
    people, _, _ = run(
        "Squad named\n\nThe manager named his squad on Friday.\n\nGoalkeepers: Pickford, Ramsdale\n"
        "Midfielders: Bellingham, Mainoo, Gallagher\n",
        "en",
    )
    assert {"Pickford", "Ramsdale", "Bellingham", "Mainoo", "Gallagher"} <= set(people)
    assert people["Mainoo"].role == "midfielder"


def test_towns_or_clubs_after_a_role_heading_are_no_people():
    people, _, _ = run(
        "Tirage au sort\n\nLe tirage a eu lieu hier soir au siège de la fédération.\n\nVainqueurs : Brest, Lorient, "
        "Rennes\nFinalistes : Lyon, Monaco, Nantes\n",
        "fr",
    )
    assert not people


def test_known_clubs_after_a_role_heading_are_no_people():
    people, _, _ = run(
        "Fixtures\n\nThe draw was made at the league's offices on Monday.\n\nOpponents: Chelsea, Real Madrid, PSG\n",
        "en",
    )
    assert not people


def test_a_heading_of_performers_makes_no_band_a_person():
    people, _, _ = run(
        "Line-up\n\nThe festival announced its first names on Monday.\n\nActs: Blossoms, Editors, Kodaline\n",
        "en",
    )
    assert not {"Blossoms", "Editors", "Kodaline"} & set(people)


ROLL = (
    "La liste est tombée\n\nLe sélectionneur a dévoilé jeudi sa liste de joueurs pour les deux matchs amicaux.\n\n"
    "Liste des joueurs retenus\n\nGardiens de but\n1.    Jean Moukoko (Union Douala)\n2.    Samuel Eto (Coton Sport)\n"
    "Défenseurs\n3.    Nkoulou\n4. Paul Mbarga (FC Metz)\n"
)


def test_names_one_a_line_under_a_role_heading_line_are_people_of_that_role():
    people, _, _ = run(ROLL, "fr")
    assert {"Jean Moukoko", "Samuel Eto", "Nkoulou", "Paul Mbarga"} <= set(people)
    assert people["Jean Moukoko"].role == "gardien de but"  # (the heading's complement kept)
    assert people["Samuel Eto"].role == "gardien de but"
    assert people["Nkoulou"].role == "défenseur"


def test_a_heading_line_over_towns_makes_no_one_a_person():
    people, _, _ = run(
        "Le palmarès\n\nLa fédération a publié lundi le palmarès de la saison.\n\nVainqueurs\n1. Brest\n2. Lorient\n"
        "3. Rennes\n",
        "fr",
    )
    assert not people


def test_lines_of_prose_under_a_role_heading_are_no_list():
    people, _, _ = run(
        "Les conseillers\n\nConseillers\nLe conseil municipal se réunira jeudi.\nMartin a présenté le budget.\n",
        "fr",
    )
    assert "Martin" not in people or people["Martin"].role != "conseiller"

"""Person shapes of real pages (issue 19), tested on sentences other than the pages that showed them: names listed
after a plural honorific or a plural role word, named days, a function word opening a sentence before an article,
and a sentence's first word set off by a comma or followed by an adverb."""

from __future__ import annotations

from entitykit import run


def test_surnames_in_capitals_listed_after_a_plural_honorific_are_people():
    people, orgs, _ = run(
        "Compte rendu\n\nÉtaient présents : MM. BERNARD, LEGRAND, FOUCHER, Mmes ROUSSEL, LAMBERT, M. CHAPUIS et Mme "
        "DUVAL formant la majorité des membres en exercice.",
        "fr",
    )
    assert {"BERNARD", "LEGRAND", "FOUCHER", "ROUSSEL", "LAMBERT", "CHAPUIS", "DUVAL"} <= set(people)
    assert not orgs


def test_names_listed_after_an_english_plural_honorific_are_people():
    people, _, _ = run("Statement\n\nMessrs Okafor and Lindqvist declined to comment on the sale.", "en")
    assert {"Okafor", "Lindqvist"} <= set(people)


def test_surnames_listed_after_a_plural_role_word_are_people():
    people, _, _ = run("Minutes\n\nCouncilmembers Hadley, Brzezinski and myself voted against the plan.", "en")
    assert {"Hadley", "Brzezinski"} <= set(people)


def test_parties_listed_after_a_plural_role_word_stay_organisations():
    people, orgs, _ = run("Vote\n\nLes députés LR, PS et LFI ont voté contre le texte.", "fr")
    assert not people and {"LR", "PS", "LFI"} <= set(orgs)


def test_a_plural_role_word_does_not_cut_an_organisation_s_name():
    people, _, _ = run("Strike\n\nThe Directors Guild of America said on Monday it would strike.", "en")
    assert not people


def test_a_name_ending_with_a_weekday_is_a_named_day():
    people, _, _ = run(
        "Sales\n\nShops expect record sales on Small Business Saturday, then on Cyber Monday. Monday was busy. "
        "Stores opened early for Black Friday.",
        "en",
    )
    assert not people


def test_a_holiday_dated_in_apposition_is_no_person_even_after_a_given_name():
    people, _, _ = run("Visit\n\nSchools close on Victoria Day, Monday, 20 May, and reopen on Tuesday.", "en")
    assert not people


def test_a_function_word_opening_a_sentence_is_no_given_name_before_an_article():
    people, orgs, _ = run(
        "Titre\n\nComme le Conseil constitutionnel reçoit les formulaires, ses services les vérifient.", "fr"
    )
    assert not people and "Conseil constitutionnel" in orgs


def test_a_sentence_s_first_word_set_off_by_a_comma_or_before_an_adverb_is_no_person():
    people, _, _ = run(
        "Titre\n\nLe procès a repris lundi.\nHeureusement, le témoin est revenu à la barre.\n"
        "Signé notamment par le Premier ministre, le texte entre en vigueur.",
        "fr",
    )
    assert not people


def test_a_surname_set_off_by_a_comma_at_a_sentence_start_stays_a_person():
    people, _, _ = run("Titre\n\nLe match a commencé.\nGriezmann, lui, a marqué dès la 5e minute.", "fr")
    assert "Griezmann" in people


def test_a_lone_surname_listed_with_full_names_is_a_person():
    people, _, _ = run(
        "Salon\n\nLes invités sont nombreux : Kerbrat, Pellouard, Edouard Louis, Quéméner, Marie Dupraz viendront "
        "signer.",
        "fr",
    )
    assert {"Kerbrat", "Quéméner", "Edouard Louis", "Marie Dupraz"} <= set(people)


def test_a_lone_word_listed_with_an_organisation_is_no_person_even_beside_a_full_name():
    people, _, _ = run(
        "Réunion\n\nSont invités Marie Dupraz, la CGT et Kerbrat pour discuter du plan social.",
        "fr",
    )
    assert "Kerbrat" not in people


def test_a_lone_name_after_a_speech_verb_closing_a_quotation_is_its_speaker():
    people, orgs, _ = run(
        "Grève\n\n« On tiendra jusqu'au bout », glisse Kerbrat, étudiante en histoire. « Rien ne bouge », raconte "
        "Ibrahim, boulanger du quartier.",
        "fr",
    )
    assert {"Kerbrat", "Ibrahim"} <= set(people) and "Ibrahim" not in orgs


def test_a_seat_of_power_after_a_speech_verb_is_no_speaker():
    people, _, _ = run("Budget\n\n« Le déficit sera tenu », assure Matignon, sans donner de chiffres.", "fr")
    assert "Matignon" not in people


def test_a_capitalised_plural_role_after_a_determiner_heads_a_list_of_names():
    people, _, _ = run(
        "Titre\n\nLe sommet s'est ouvert en présence des Présidents Mahamat Déby et Faure Gnassingbé, mardi.", "fr"
    )
    assert people["Mahamat Déby"].role == "Président" and people["Faure Gnassingbé"].role == "Président"
    # a plural word inside a role's complement heads no list
    people, _, _ = run("Titre\n\nLe ministre des Anciens Combattants, Pierre Lagrange, assistera à la cérémonie.", "fr")
    assert set(people) == {"Pierre Lagrange"}


def test_a_word_before_a_role_word_in_a_list_of_names_qualifies_the_role():
    people, _, _ = run("Title\n\nHe met physicist Carla Rossi and Nobel laureate economist Paul Romer on Friday.")
    assert set(people) == {"Carla Rossi", "Paul Romer"}
    assert people["Paul Romer"].role == "Nobel laureate economist"


def test_full_names_listed_on_a_line_after_a_label_are_people():
    people, _, _ = run(
        "Board minutes\n\nThe board met in the library hall on Monday evening.\n\nAttendance\n\n"
        "Present: Janet Holloway, Peter Quince, Brannock Oduya, Linda Farrow\nAbsent: None\n\n"
        "The minutes of the last meeting were approved.",
        "en",
    )
    assert {"Janet Holloway", "Peter Quince", "Brannock Oduya", "Linda Farrow"} <= set(people)


def test_a_menu_line_of_capitalised_pairs_gives_no_people():
    people, _, _ = run(
        "Storm warning\n\nWorld News, Local Sport, Business Insider, Weather Today\n\n"
        "Heavy rain is expected across the valley on Monday.",
        "en",
    )
    assert not people


def test_an_office_title_before_a_country_s_name_makes_its_holder():
    people, _, places = run(
        "Council vote\n\nThe motion passed on Tuesday. Mayor Jordan declined to cast a vote.",
        "en",
    )
    assert people["Jordan"].role == "Mayor" and "Jordan" not in places


def test_a_country_the_text_also_writes_untitled_stays_a_place():
    _, _, places = run(
        "Trade\n\nTalks with Jordan resumed on Monday. Mayor Jordan of Amman said the deal was close.",
        "en",
    )
    assert "Jordan" in places

"""A description that opens a clause gives the person it stands for a role (issue 19): in English, read with no
tagger, the verb after it comes from the closed verb lists or is a past right after the role word, and a description
may open with a capitalised title word ("The Prime Minister", "the Conservative MP"). Sentences of our own."""

from __future__ import annotations

from entitykit import run


def test_an_english_description_opening_the_next_sentence_is_the_role_of_the_person_named_before():
    people, _, _ = run(
        "Title\n\nMaria Lopez’s new album will reach the shops earlier than expected.\n\nThe superstar pop singer "
        "announced on Monday that the album would be out on Friday."
    )
    assert people["Maria Lopez"].role == "singer"
    people, _, _ = run(
        "Title\n\nTom Baker warned on Monday that the airline sector faces job cuts.\n\nSpeaking in the Commons, the "
        "Conservative MP said the government should act."
    )
    assert people["Tom Baker"].role == "Conservative MP"


def test_a_capitalised_description_of_the_main_person_is_their_role():
    people, _, _ = run(
        "Title\n\nSir John Reed defended accepting gifts from a donor. The Prime Minister suggested he would take "
        "more gifts. Reed spoke in Leeds. Reed later left."
    )
    assert people["John Reed"].role == "Prime Minister"


def test_a_capitalised_name_opening_a_sentence_is_no_description():
    people, _, _ = run("Title\n\nAnna Weber met reporters on Monday. The Guardian reported that the meeting was short.")
    assert people["Anna Weber"].role is None


def test_a_description_whose_verb_names_another_person_is_not_the_main_persons_role():
    people, _, _ = run(
        "Title\n\nNomsa Dlamini will face trial in November. Dlamini denies the charges. Dlamini said the case was "
        "weak.\n\nThe first witness at the trial was police head Major-Gen Peter Ndlovu, who led the inquiry."
    )
    assert people["Nomsa Dlamini"].role is None


def test_the_main_persons_office_may_be_named_by_a_description_that_is_no_subject():
    # "la visite de la ministre": no subject description gives the main person's office, one in a sentence that
    # names no one does
    people, _, _ = run(
        "Titre\n\nVoici le programme de la visite de la ministre à Lille. Claire Morin arrivera jeudi matin. "
        "Claire Morin visitera une école. Claire Morin repartira vendredi.",
        "fr",
    )
    assert people["Claire Morin"].role == "ministre"
    people, _, _ = run(
        "Titre\n\nLa tournée du président de la République en Afrique n'a rien changé. Paul Garnier reste à 30 %. "
        "Paul Garnier perd deux points. Paul Garnier recule chez les jeunes.",
        "fr",
    )
    assert people["Paul Garnier"].role == "président de la République"


def test_a_description_inside_anothers_title_or_beside_a_name_is_not_the_main_persons():
    # "auprès de la ministre" is part of Luc Petit's title, yet "la ministre" elsewhere is still Claire Morin's
    people, _, _ = run(
        "Titre\n\nVoici le programme de la ministre à Lille. Claire Morin arrivera jeudi avec Luc Petit, secrétaire "
        "d'État auprès de la ministre. Claire Morin visitera une école. Claire Morin repartira vendredi.",
        "fr",
    )
    assert people["Claire Morin"].role == "ministre"
    # a description in a sentence that names someone may be that person's office
    people, _, _ = run(
        "Titre\n\nLa visite du ministre de l'Intérieur, Marc Roux, est prévue. Claire Morin arrivera jeudi. "
        "Claire Morin visitera une école. Claire Morin repartira vendredi.",
        "fr",
    )
    assert people["Claire Morin"].role is None


def test_a_description_as_a_verbs_object_or_in_a_set_phrase_is_not_the_main_persons():
    people, _, _ = run(
        "Title\n\nAnna Reid fell ill in Vang Vieng. Police have detained the owner of the hostel. Anna Reid is in "
        "hospital. Anna Reid is recovering.",
    )
    assert people["Anna Reid"].role is None
    people, _, _ = run(
        "Titre\n\nLa réunion s'inscrit dans le cadre de la lutte contre le braconnage. Paul Garnier a été arrêté. "
        "Paul Garnier a quitté Conakry. Paul Garnier nie les faits.",
        "fr",
    )
    assert people["Paul Garnier"].role is None


def test_a_description_after_a_semicolon_is_the_role_of_the_one_person_named_before_it():
    people, _, _ = run(
        "Titre\n\nLe programme est chargé. Claire Morin aura une journée plus calme ; la ministre de la Santé "
        "publique et des Sports est attendue jeudi à Lyon.",
        "fr",
    )
    assert people["Claire Morin"].role == "ministre de la Santé publique et des Sports"
    # two people before it: whose office it is, the sentence does not say
    people, _, _ = run(
        "Titre\n\nClaire Morin et Paul Garnier auront une journée calme ; la ministre de la Santé est attendue jeudi.",
        "fr",
    )
    assert people["Claire Morin"].role is None


def test_two_descriptions_joined_by_a_conjunction_are_no_ones_role():
    people, _, _ = run(
        "Titre\n\nLe procès de Paul Garnier s'est ouvert lundi. Le procureur militaire et l'avocat du prévenu ont "
        "plaidé toute la journée.",
        "fr",
    )
    assert people["Paul Garnier"].role is None

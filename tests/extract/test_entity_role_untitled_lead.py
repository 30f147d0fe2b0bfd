"""A description given later in the story stands for the person the story names first when every other person it
names has a title (issue 19, roles): "X, accompagné de son adjoint Y, ... Le président du conseil l'avait dit". A
description before the name, or one in a sentence naming the person, tells of someone else. Sentences of our own."""

from __future__ import annotations

from entitykit import run


def test_a_later_description_is_the_role_of_the_first_named_person_when_every_other_one_has_a_title():
    people, _, _ = run(
        "Titre\n\nMarc Delorme, accompagné du ministre des Sports, Paul Brun, a visité les écoles de Vienne lundi.\n\n"
        "Le maire de la commune l’avait promis pendant la campagne.",
        "fr",
    )
    assert people["Marc Delorme"].role == "maire de la commune"
    assert people["Paul Brun"].role == "ministre des Sports"


def test_a_description_in_a_sentence_that_names_no_one_after_a_visitors_arrival():
    people, _, _ = run(
        "Titre\n\nM. Kaboré arrive lundi à Dakar où il sera reçu par son homologue sénégalais, Amadou Ndiaye.\n\n"
        "Une rencontre est prévue à 17h00 au palais. Le président burkinabè se rendra ensuite à Thiès.",
        "fr",
    )
    assert people["Kaboré"].role == "président burkinabè"


def test_a_description_before_the_first_name_is_not_the_untitled_persons():
    people, _, _ = run(
        "Titre\n\nLe préfet de la région a annoncé la fermeture du pont.\n\nJeanne Roux, adjointe au maire, "
        "s’inquiète. Lucie Martin y habite.",
        "fr",
    )
    assert people["Lucie Martin"].role is None


def test_two_untitled_people_leave_the_description_to_no_one():
    people, _, _ = run(
        "Titre\n\nMarc Delorme et Lucie Martin ont visité les écoles de Vienne lundi.\n\n"
        "Le maire de la commune l’avait promis pendant la campagne.",
        "fr",
    )
    assert people["Marc Delorme"].role is None
    assert people["Lucie Martin"].role is None


def test_a_role_word_spelt_without_its_accent_opens_a_description():
    people, _, _ = run(
        "Titre\n\nPedro Alves, accompagné de la ministre de la Santé, Ana Reis, a visité Lisbonne.\n\n"
        "Le futur president du Conseil européen va organiser un sommet.",
        "fr",
    )
    assert people["Pedro Alves"].role == "futur president du Conseil européen"


def test_a_thing_named_by_a_compound_with_a_role_word_is_no_description():
    people, _, _ = run(
        "Titre\n\nSophie Caron, accompagnée du ministre des Transports, Luc Petit, a présenté les trottinettes.\n\n"
        "Le projet-pilote a été lancé en juin.",
        "fr",
    )
    assert people["Sophie Caron"].role is None

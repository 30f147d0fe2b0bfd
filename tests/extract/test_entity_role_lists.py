"""Roles in lists of people given with appositions (issue 19): a role phrase between two names and their commas
belongs to one of them by the list's shape, each tested on sentences of our own."""

from __future__ import annotations

from entitykit import run


def test_a_titled_role_between_two_described_names_is_the_next_ones():
    # every item is "description Name": "le roi du Maroc" opens the second item, it does not close the first
    people, _, _ = run(
        "Titre\n\nÉtaient présents le Malien Amadou Traoré, le président du Niger, Ali Souley, et la Togolaise Ama "
        "Kodjo.",
        "fr",
    )
    assert people["Ali Souley"].role == "président du Niger"
    assert people["Amadou Traoré"].role != "président du Niger"


def test_a_titled_role_after_a_titled_name_in_an_english_list_is_the_next_ones():
    people, _, _ = run(
        "Title\n\nGuests included President John Mahama, the king of Lesotho, Letsie III, and Prime Minister Ruth "
        "Wanjiru.",
    )
    assert people["John Mahama"].role == "President"
    assert people["Letsie III"].role == "king of Lesotho"
    assert people["Ruth Wanjiru"].role == "Prime Minister"


def test_a_role_after_a_name_given_without_a_title_stays_that_names_apposition():
    people, _, _ = run(
        "Titre\n\nAu sommet, Paul Girard, le ministre des Finances, Anne Petit et Marc Leroy ont parlé.",
        "fr",
    )
    assert people["Paul Girard"].role == "ministre des Finances"
    assert people["Anne Petit"].role is None


def test_the_complement_of_an_apposition_between_two_names_is_the_second_ones_role():
    people, _, _ = run(
        "Titre\n\nLe ministre de l'Intérieur, Jean Morel, représentant du président de la République, Louis Garnier, "
        "a reçu les maires.",
        "fr",
    )
    assert people["Jean Morel"].role == "ministre de l'Intérieur"
    assert people["Louis Garnier"].role == "président de la République"


def test_an_indefinite_apposition_between_two_names_describes_the_first():
    people, _, _ = run(
        "Title\n\nThe prime minister, John Smith, an adviser to the president, Ana Perez, spoke.",
    )
    assert people["John Smith"].role == "prime minister"
    assert people["Ana Perez"].role is None


def test_a_plural_role_after_a_list_of_names_gives_each_its_adjective_in_order():
    # "X, Y et Z, les chefs d'État ...": read name by name, the last would take the whole plural phrase
    people, _, _ = run(
        "Titre\n\nAu forum sont attendus Jean Mbala, Paul Ndong et Marc Issa, les chefs d’État gabonais, "
        "camerounais et sierra-léonais, ainsi que des ministres.",
        "fr",
    )
    assert people["Jean Mbala"].role == "chef d’État gabonais"
    assert people["Paul Ndong"].role == "chef d’État camerounais"
    assert people["Marc Issa"].role == "chef d’État sierra-léonais"


def test_a_plural_role_with_its_adjectives_before_a_list_of_names_gives_each_its_own():
    people, _, _ = run(
        "Titre\n\nLe forum accueillera les présidents malien et nigérien, Amadou Keita et Issa Moussa, mardi.",
        "fr",
    )
    assert people["Amadou Keita"].role == "président malien"
    assert people["Issa Moussa"].role == "président nigérien"


def test_the_english_adjectives_before_a_plural_role_go_to_the_names_after_it_in_order():
    people, _, _ = run("Title\n\nThe Malian and Nigerien presidents, Amadou Keita and Issa Moussa, arrived.")
    assert people["Amadou Keita"].role == "Malian president"
    assert people["Issa Moussa"].role == "Nigerien president"


def test_a_shared_out_complement_leaves_each_name_the_bare_role():
    # "the presidents of Mali, Niger and Ghana": no name is the president of Mali alone
    people, _, _ = run(
        "Title\n\nThe forum will welcome Amadou Keita, Issa Moussa and John Mensah, the presidents of Mali, Niger "
        "and Ghana."
    )
    assert {people[n].role for n in ("Amadou Keita", "Issa Moussa", "John Mensah")} == {"president"}


def test_names_given_as_examples_of_a_plural_role_each_hold_it():
    people, _, _ = run("Titre\n\nLe café fut fréquenté par des écrivains comme Jean Morel et Paul Vidal.", "fr")
    assert people["Jean Morel"].role == "écrivain"
    assert people["Paul Vidal"].role == "écrivain"
    people, _, _ = run("Title\n\nThe bar was a haunt of writers such as Jean Morel and Paul Vidal.")
    assert people["Jean Morel"].role == "writer"


def test_the_first_name_after_a_plural_role_and_its_adjectives_is_a_person():
    # the list's title is the plural role, its adjectives between it and the first name
    people, _, _ = run(
        "Titre\n\nSont attendus les présidents tchadien, gabonais et ivoirien, Idrissa Malam Dabo, Ali Bongui et "
        "Alain Ouédra.",
        "fr",
    )
    assert people["Idrissa Malam Dabo"].role == "président tchadien"
    assert people["Alain Ouédra"].role == "président ivoirien"


def test_a_plural_subject_after_a_list_of_names_gives_them_no_role():
    people, _, _ = run("Title\n\nModi will also meet Anna Fell, Marc Duval and Omar Haddad, officials said.")
    assert {people[n].role for n in ("Anna Fell", "Marc Duval", "Omar Haddad")} == {None}


def test_names_given_as_examples_of_a_relational_plural_get_no_role_from_it():
    # "plusieurs de leurs homologues, comme X": "homologue" relates them to someone, it is no role of their own
    people, _, _ = run(
        "Titre\n\nPlusieurs de leurs homologues, comme Amadou Keita et Issa Moussa, ont confirmé leur venue.", "fr"
    )
    assert people["Amadou Keita"].role is None


def test_a_plural_role_with_its_complement_right_before_a_list_of_names_is_each_ones():
    # read name by name, the first would take "ministres d'État" whole and the second nothing
    people, _, _ = run("Titre\n\nLa délégation comprend les ministres d'État Paul Kaboré et Ali Traoré.", "fr")
    assert people["Ali Traoré"].role == "ministre d'État"
    assert people["Paul Kaboré"].role == "ministre d'État"


def test_each_name_of_a_titled_list_keeps_its_own_place_complement():
    people, _, _ = run("Titre\n\nIls seront reçus par les préfets Jean Morel de Nantes et Marc Leroy de Paris.", "fr")
    assert people["Marc Leroy"].role == "préfet de Paris"
    people, _, _ = run("Title\n\nThe summit hosted the presidents Amadou Keita of Mali and John Mensah of Ghana.")
    assert people["John Mensah"].role == "president of Ghana"


def test_a_plural_trade_noun_before_a_list_of_names_gives_each_the_trade():
    people, _, _ = run("Titre\n\nElle est la fille des comédiens Paul Girard et Anne Vidal.", "fr")
    assert people["Paul Girard"].role == "comédien"
    assert people["Anne Vidal"].role == "comédien"
    people, _, _ = run("Title\n\nThe defenders Paul Smith and Rick Jones will miss the game.")
    assert people["Rick Jones"].role == "defender"


def test_names_given_as_examples_of_a_plural_trade_noun_each_hold_it():
    people, _, _ = run(
        "Titre\n\nLe bistrot fut fréquenté par des géants de la chanson comme Jacques Morel et Paul Vidal.", "fr"
    )
    assert people["Paul Vidal"].role == "géant de la chanson"


def test_a_plural_trade_noun_with_a_name_as_its_complement_gives_the_list_no_role():
    # "les partisans de X et Y": X and Y are whom the partisans follow
    people, _, _ = run("Titre\n\nLes partisans de Paul Girard et Marc Leroy ont manifesté samedi.", "fr")
    assert {people[n].role for n in ("Paul Girard", "Marc Leroy")} == {None}

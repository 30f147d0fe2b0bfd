"""Long titles before a name (issue 19): a role that lists its portfolios with commas, and one qualified "par
intérim", stay whole, so that in a list of such titles and names each name keeps its own. Sentences of our own."""

from __future__ import annotations

from entitykit import run


def test_a_role_listing_its_portfolios_with_commas_is_whole():
    people, _, _ = run(
        "Titre\n\nAprès le ministre de l'Économie, des Finances et de la Souveraineté, Roland Lescure, la délégation a "
        "visité le port. Elle a vu le président du Conseil économique, social et environnemental, Paul Ebrin.",
        "fr",
    )
    assert people["Roland Lescure"].role == "ministre de l'Économie, des Finances et de la Souveraineté"
    assert people["Paul Ebrin"].role == "président du Conseil économique, social et environnemental"
    people, _, _ = run(
        "Title\n\nThe talks were led by the Minister of Trade, Industry and Energy, John Bakely, on Tuesday."
    )
    assert people["John Bakely"].role == "Minister of Trade, Industry and Energy"


def test_names_and_roles_in_a_list_are_not_taken_for_items_of_one_role():
    people, _, _ = run("Titre\n\nLe maire de Lyon, Grégory Doucet, et de Marseille, Benoît Payan, ont signé.", "fr")
    assert people["Grégory Doucet"].role == "maire de Lyon"
    people, _, _ = run("Titre\n\nIl a remercié les élus, les bénévoles et le maire, Jean Dupuis.", "fr")
    assert people["Jean Dupuis"].role == "maire"


def test_an_interim_role_stays_with_its_holder_in_a_list_of_titles_and_names():
    people, _, _ = run(
        "Titre\n\nÉtaient présents le président du Conseil régional, Marc Ehui, le président par intérim du Sénat, "
        "Paul Kouassi, l'inspecteur général des finances, Marc Yao Koffi.",
        "fr",
    )
    assert people["Marc Ehui"].role == "président du Conseil régional"
    assert people["Paul Kouassi"].role == "président par intérim du Sénat"
    assert people["Marc Yao Koffi"].role == "inspecteur général des finances"
    people, _, _ = run("Titre\n\nPaul Kouassi, président par intérim du Sénat, a ouvert la séance.", "fr")
    assert people["Paul Kouassi"].role == "président par intérim du Sénat"


def test_a_title_before_a_name_starts_after_a_verb_the_tagger_read_as_a_noun():
    # "prendra" is tagged a noun: the role is the preposition's object, which holds a role word of its own
    people, _, _ = run(
        "Titre\n\nLe chef de l'État prendra part à la cérémonie d'investiture du Président élu du Bénin, S.E.M. "
        "Patrice TALON. A cette occasion, il prononcera un discours.",
        "fr",
    )
    assert people["Patrice TALON"].role == "Président élu du Bénin"
    people, _, _ = run("Titre\n\nLe chargé de mission à la DRH, Paul Martin, a signé.", "fr")
    assert people["Paul Martin"].role == "chargé de mission à la DRH"
    people, _, _ = run("Titre\n\nLe conseiller technique au ministère de la Santé, Paul Martin, a signé.", "fr")
    assert people["Paul Martin"].role == "conseiller technique au ministère de la Santé"


def test_a_given_name_and_two_surnames_after_a_capitalised_complement_are_the_person():
    """ "ministre de l'Administration Pénitentiaire Jean Claude Mbida": the complement's last word, an adjective the
    dictionaries write in lower case, stays in the role; the name begins at the given name."""
    people, _, _ = run(
        "Titre\n\nLe conseil sera ouvert par le Ministre de l’Administration Pénitentiaire Jean Claude Mbida. Puis le "
        "délégué de la Commission Régionale Louis Tabi Mvondo parlera.",
        "fr",
    )
    assert people["Jean Claude Mbida"].role == "Ministre de l’Administration Pénitentiaire"
    assert people["Louis Tabi Mvondo"].role == "délégué de la Commission Régionale"
    people, _, _ = run("Title\n\nThe meeting was chaired by the head of the National Agency Peter Ondoua Essomba.")
    assert people["Peter Ondoua Essomba"].role == "head of the National Agency"
    # every given name before the surname is still the name's
    people, _, _ = run("Titre\n\nLe président du Faso Roch Marc Christian Kaboré est arrivé.", "fr")
    assert people["Roch Marc Christian Kaboré"].role == "président du Faso"

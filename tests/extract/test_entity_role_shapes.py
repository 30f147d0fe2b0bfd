"""Roles real pages give in shapes the first rules missed (issue 19, dev pages), each tested on sentences other than
the pages': a description opening the paragraph under a subheading that is a name, a style or rank between a name and
the office before it, a name that is a preposition's object, what a person leads, the capacity a clause says a person
acts in."""

from __future__ import annotations

from entitykit import run


def test_a_description_opening_the_paragraph_under_a_name_is_that_persons_role():
    # another minister's role ("ministre des Sports") does not take "le ministre des Finances": it says more
    people, _, _ = run(
        "Titre\n\nDeux affaires classées\n\nPierre Lenoir\nFin 2017, le ministre des Finances est accusé de fraude. "
        "Le 31 août, Pierre Lenoir a obtenu un non-lieu.\nBonus\nAnne Morel\nLa ministre de la Culture a frôlé le "
        "conflit d'intérêts. Le ministre des Sports Jean Valet a démissionné.",
        "fr",
    )
    assert people["Pierre Lenoir"].role == "ministre des Finances"
    assert people["Anne Morel"].role == "ministre de la Culture"
    assert people["Jean Valet"].role == "ministre des Sports"


def test_an_office_before_a_comma_wins_over_a_rank_or_a_style_before_the_name():
    people, _, _ = run(
        "Title\n\nOn Monday, the navy's chief spokesperson, Vice Admiral John Kerr, said the ship was safe. The King "
        "and the Queen Consort, First Lady Ann Moyo, will attend. Colonel Tom Reed said nothing."
    )
    assert people["John Kerr"].role == "chief spokesperson"
    assert people["Ann Moyo"].role == "First Lady"  # an office of its own, no rank
    assert people["Tom Reed"].role == "Colonel"
    people, _, _ = run(
        "Titre\n\nEn présence du recteur de l'académie de Lyon et du docteur Paul Ferrand, directeur général de "
        "l'hôpital, le préfet a parlé. Le docteur Jean Abel a soigné les blessés.",
        "fr",
    )
    assert people["Paul Ferrand"].role == "directeur général de l'hôpital"
    assert people["Jean Abel"].role == "docteur"


def test_a_name_after_a_preposition_takes_no_title_from_before_it():
    people, _, _ = run(
        "Titre\n\nLe président a confié la médaille du préfet à Paul Martin, maire de Tours, samedi.",
        "fr",
    )
    assert people["Paul Martin"].role == "maire de Tours"
    people, _, _ = run("Title\n\nShe is one of two daughters to Mark Hale, a Canadian economist, and his wife.")
    assert people["Mark Hale"].role == "Canadian economist"


def test_what_a_person_leads_is_their_role():
    people, _, _ = run(
        "Titre\n\nLe président a reçu les élus. Claire Vasseur, désignée à la tête du syndicat le 3 mai, a parlé. "
        "Luc Bart, qui dirige la Fédération française de voile, a refusé. Hugo Lenoir, qui dirige les débats, a "
        "parlé.",
        "fr",
    )
    assert people["Claire Vasseur"].role == "à la tête du syndicat"
    assert people["Luc Bart"].role == "dirige la Fédération française de voile"
    assert people["Hugo Lenoir"].role is None  # an activity, no body
    people, _, _ = run(
        "Title\n\nThe roads were closed, according to Olena Marchuk, who heads the city administration. Tom Baker, "
        "who runs a bakery in Leeds, said prices rose."
    )
    assert people["Olena Marchuk"].role == "heads the city administration"
    assert people["Tom Baker"].role is None  # one of a kind, not a body the text names


def test_the_capacity_a_clause_says_a_person_acts_in_is_their_role():
    people, _, _ = run(
        "Titre\n\nJean Morel entame lundi sa dernière semaine en tant que président du conseil régional. Le "
        "sélectionneur sera là: Paul Dorin l'accompagnera en sa qualité de ministre des transports. Marc Vidal a "
        "reçu Luc Perrin en tant que président.",
        "fr",
    )
    assert people["Jean Morel"].role == "président du conseil régional"
    assert people["Paul Dorin"].role == "ministre des transports"
    assert people["Marc Vidal"].role is None  # another name stands between: whose capacity it is, is unsaid
    people, _, _ = run("Title\n\nAnn Lee, in her capacity as chair of the panel, opened the hearing.")
    assert people["Ann Lee"].role == "chair of the panel"


def test_a_title_before_a_name_keeps_the_place_it_sits_in():
    # "delegate in Valencia", "Minister in the OPM": a preposition of place between the role and a proper name
    people, _, _ = run(
        "Title\n\nThe victims were found, the national government delegate in Sevilla, Ana Ruiz, told reporters."
    )
    assert people["Ana Ruiz"].role == "delegate in Sevilla"
    people, _, _ = run("Title\n\nThe team includes Trade Minister Dennis Moss and Minister in the OPM Stuart Yale.")
    assert people["Stuart Yale"].role == "Minister in the OPM"
    people, _, _ = run("Titre\n\nLe délégué du gouvernement à Lyon, Jean Dupont, a parlé.", "fr")
    assert people["Jean Dupont"].role == "délégué du gouvernement à Lyon"


def test_a_role_met_in_a_place_before_a_fronted_name_is_not_the_names():
    people, _, _ = run("Titre\n\nReçu par le ministre à Paris, Jean Dupont a déclaré qu'il partirait.", "fr")
    assert people["Jean Dupont"].role is None


def test_a_possessive_of_the_first_person_opens_an_apposed_role():
    people, _, _ = run("Titre\n\nIl a reçu Paul Girard, notre ministre des Affaires étrangères, et son adjoint.", "fr")
    assert people["Paul Girard"].role == "ministre des Affaires étrangères"
    people, _, _ = run("Title\n\nHe met Paul Gray, our ambassador to France, on Monday.")
    assert people["Paul Gray"].role == "ambassador to France"


def test_a_possessive_may_open_the_complement_of_a_role():
    # "chef de ses opérations", "manager of his campaign": the complement's determiner is a possessive
    people, _, _ = run(
        "Titre\n\nL’ONU, par la voix du chef de ses opérations humanitaires, Marc Lenoir, a déploré l'attaque.", "fr"
    )
    assert people["Marc Lenoir"].role == "chef de ses opérations humanitaires"
    people, _, _ = run("Title\n\nThe manager of his campaign, Paul Gray, said the rally would go ahead.")
    assert people["Paul Gray"].role == "manager of his campaign"


def test_an_acronym_spelt_like_an_article_is_no_determiner_of_a_complement():
    # "UN" folds to the French article "un": a name, not the determiner of the complement of "spokesman for"
    people, _, _ = run("Title\n\nJean Morel, spokesman for UN secretary general Ana Silva, said it was false.")
    assert people["Ana Silva"].role == "secretary general"

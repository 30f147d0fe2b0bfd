"""Roles real pages give in shapes the first rules missed (issue 19), each tested on sentences other than the page
that showed it: trades and standings as role words, a possessor opening an apposed role, a plural role before a
list of names, coordinated ministries, and a role's complement that is no holder."""

from __future__ import annotations

import pytest
from entitykit import run


def test_a_trade_or_a_standing_before_a_name_is_a_role():
    people, _, _ = run(
        "Title\n\nRepublican pollster Dan Hardy said the race was close. Last week Treasury official Martin Keane "
        "met billionaire Tom Stark, and comedian Rita Vale joked about it."
    )
    assert people["Dan Hardy"].role == "Republican pollster"
    assert people["Martin Keane"].role == "Treasury official"
    assert people["Tom Stark"].role == "billionaire"
    assert people["Rita Vale"].role == "comedian"


def test_an_apposed_role_may_open_with_its_possessor():
    people, _, _ = run(
        "Title\n\n“We feel good,” said Maria Lopez, the Obama campaign’s field director. Officials said Ana Pereira, "
        "Clinton's nominee for the federal bench, would testify."
    )
    assert people["Maria Lopez"].role == "director"
    assert people["Ana Pereira"].role == "nominee for the federal bench"


def test_an_envoy_to_a_country_is_one_role():
    people, _, places = run("Title\n\nFormer special envoy to Sudan Alan Wright said he was hopeful.")
    assert people["Alan Wright"].role == "Former special envoy to Sudan"
    assert "Sudan" in places


def test_a_given_name_that_also_names_a_law_opens_a_persons_name():
    people, _, _ = run("Title\n\nPresident Bill Clinton signed the Finance Bill in June.")
    assert people["Bill Clinton"].role == "President"


def test_the_first_lady_is_a_role():
    people, _, _ = run("Title\n\nThe senator, speaking with the first lady, Laura Bush, said so.")
    assert people["Laura Bush"].role == "first lady"


def test_each_name_listed_after_a_plural_role_holds_that_role():
    people, _, _ = run(
        "Titre\n\nLe Premier ministre, accompagné des ministres Paul Dubois (santé) et Claire Martin (culture), "
        "arrivera à Lyon mardi.",
        "fr",
    )
    assert people["Paul Dubois"].role == "ministre"
    assert people["Claire Martin"].role == "ministre"
    people, _, _ = run("Title\n\nThe ministers Ann Cole and Mark Reed arrived on Monday.")
    assert people["Ann Cole"].role == people["Mark Reed"].role == "minister"


def test_a_role_in_apposition_makes_a_person_of_an_unknown_name():
    people, orgs, _ = run("Titre\n\nKarim Benali, député socialiste de la Loire, a voté contre le texte.", "fr")
    assert people["Karim Benali"].role == "député socialiste de la Loire"
    assert "Karim Benali" not in orgs


def test_coordinated_ministries_belong_to_the_role_not_to_the_name():
    people, orgs, _ = run(
        "Titre\n\nÉtait présent le ministre de l'Agriculture et de l'Alimentation Julien Denormandie, "
        "attendu à Rennes.",
        "fr",
    )
    assert people["Julien Denormandie"].role == "ministre de l'Agriculture et de l'Alimentation"
    assert not orgs


def test_the_complement_of_a_role_is_not_its_holder():
    people, _, _ = run("Titre\n\nSoirée : dîner avec Paul Roux, maire de Sancerre, à la mairie de Sancerre.", "fr")
    assert set(people) == {"Paul Roux"}
    assert people["Paul Roux"].role == "maire de Sancerre"


def test_a_members_title_after_a_party_is_no_part_of_the_party():
    people, orgs, _ = run("Title\n\nThandi Mokoena, a Labour Party MP, said the vote was close.")
    assert "Labour Party" in orgs and "Labour Party MP" not in orgs
    assert people["Thandi Mokoena"].role == "Labour Party MP"


def test_a_description_opening_the_next_sentence_is_the_role_of_the_one_untitled_person_named_before():
    people, _, _ = run(
        "Titre\n\nLe ministre Paul Roux a visité la maison natale de Jeanne Morel. L'écrivaine y a vécu vingt ans.",
        "fr",
    )
    assert people["Jeanne Morel"].role == "écrivaine"
    assert people["Paul Roux"].role == "ministre"
    people, _, _ = run(
        "Titre\n\nLe programme de la visite de Claire Dumas à Lille a été publié. Dimanche, le chef de l'État "
        "partira pour Dakar.",
        "fr",
    )
    assert people["Claire Dumas"].role == "chef de l'État"


def test_a_town_named_with_an_article_after_de_is_no_surname():
    people, _, places = run(
        "Titre\n\nArrivée à l'aéroport de Saint-Denis de La Réunion. La visite d'Anne Roux à La Réunion a commencé.",
        "fr",
    )
    assert "La Réunion" not in people and "La Réunion" in places


def test_a_surname_that_is_a_role_word_does_not_take_that_role_word_alone():
    people, _, _ = run(
        "Titre\n\nLe ministre des Sports Paul Le Maire est attendu vendredi. Le soir, entretien avec Anne Roux, "
        "Maire de Vierzon, à Vierzon.",
        "fr",
    )
    assert people["Anne Roux"].role == "Maire de Vierzon"
    assert "Maire" not in people["Paul Le Maire"].aliases


def test_a_party_label_before_a_name_is_no_part_of_it_and_a_party_adjective_is_a_role():
    people, orgs, _ = run(
        "Titre\n\nParmi les opposants figurent l'UDI Marie de la Fontaine et l'écologiste Paul Dubois.", "fr"
    )
    assert "Marie de la Fontaine" in people and "UDI" in orgs
    assert people["Paul Dubois"].role == "écologiste"


def test_a_holiday_is_no_person():
    people, orgs, _ = run("Title\n\nVoters head to the polls on Election Day, two months after Labor Day.")
    assert not people and not orgs


def test_one_word_cited_as_a_source_is_an_outlet_and_a_surname_stays_its_persons():
    people, orgs, _ = run(
        "Titre\n\nLe ministre a démissionné, confirmant une information de Valeurs. Selon Bastamag, qui a révélé "
        "les faits, il a quitté Paris. Le président Jean Castel est arrivé hier. Selon Castel, rien ne change.",
        "fr",
    )
    assert {"Valeurs", "Bastamag"} <= set(orgs) and "Castel" not in orgs
    assert "Castel" in people["Jean Castel"].aliases
    _, orgs, _ = run("Title\n\nWith reports from Proceso. According to Politico, the deal is done.")
    assert {"Proceso", "Politico"} <= set(orgs)


def test_an_article_after_of_belongs_to_the_roles_complement():
    people, _, _ = run(
        "Titre\n\nLa cheffe de la diplomatie allemande Annalena Baerbock est arrivée à Kiev. "
        "Le porte-parole de l'armée Jean Dupont a confirmé.",
        "fr",
    )
    assert people["Annalena Baerbock"].role == "cheffe de la diplomatie allemande"
    assert people["Jean Dupont"].role == "porte-parole de l'armée"
    people, _, _ = run("Title\n\nThe head of the agency, Mark Stone, resigned on Monday.")
    assert people["Mark Stone"].role == "head of the agency"


def test_coordinated_words_inside_a_role_before_a_name():
    people, _, _ = run(
        "Titre\n\nLe ministre des Affaires sociales et familiales du Québec, Paul Martin, visitera Lyon. "
        "Le photographe et réalisateur suisse Marc Weber exposera ses images.",
        "fr",
    )
    assert people["Paul Martin"].role == "ministre des Affaires sociales et familiales du Québec"
    assert people["Marc Weber"].role == "photographe et réalisateur suisse"


def test_organisers_programmers_and_fortunes_are_roles():
    people, _, _ = run(
        "Titre\n\nPierre Durand, programmateur du festival, et Marc Blanc, organisateur du salon, ont parlé. "
        "Le groupe appartient au milliardaire Petr Novak, et le consultant Luc Borg a dessiné les salles.",
        "fr",
    )
    assert people["Pierre Durand"].role == "programmateur du festival"
    assert people["Marc Blanc"].role == "organisateur du salon"
    assert people["Petr Novak"].role == "milliardaire"
    assert people["Luc Borg"].role == "consultant"


def test_a_fronted_prepositional_phrase_is_no_apposition_to_the_subject():
    people, _, _ = run(
        "Titre\n\nDevant le juge, Paul Martin a reconnu les faits. Selon le maire, Anne Petit a quitté la salle. "
        "Il a été reçu par le procureur de la République, Marc Lenoir, mardi.",
        "fr",
    )
    assert people["Paul Martin"].role is None
    assert people["Anne Petit"].role is None
    assert people["Marc Lenoir"].role == "procureur de la République"
    people, _, _ = run("Title\n\nAfter a talk with the mayor, Ann Cole left the hall.")
    assert people["Ann Cole"].role is None


def test_in_a_list_of_names_and_roles_each_role_is_the_name_before_it():
    people, _, _ = run(
        "Titre\n\n9h00 Réunion avec M. Paul DURAND, ministre de la Culture et de la Communication, Mme Anne ROUX, "
        "ministre chargée des Sports.",
        "fr",
    )
    assert people["Anne ROUX"].role == "ministre chargée des Sports"
    assert people["Paul DURAND"].role.startswith("ministre de la Culture")


def test_a_kinship_word_before_de_belongs_to_the_person_named_before():
    people, _, _ = run("Titre\n\nElle a reçu la veuve du chanteur français Jean Dubois à Paris.", "fr")
    assert people["Jean Dubois"].role == "chanteur français"


def test_a_party_adjective_after_a_noun_of_the_role_is_no_role_of_its_own():
    people, _, _ = run(
        "Titre\n\nLe président du groupe écologiste, Paul Rivière, a voté contre. Le porte-parole du parti "
        "communiste, Jean Roux, a applaudi.",
        "fr",
    )
    assert people["Paul Rivière"].role == "président du groupe écologiste"
    assert people["Jean Roux"].role == "porte-parole du parti communiste"


def test_a_trade_the_role_words_lack_is_known_by_its_ending_before_a_name_or_opening_an_apposition():
    people, _, _ = run(
        "Titre\n\nSelon le climatologue Paul Moreau, la saison sera sèche. L'étude du sociologue Alain Lambert le "
        "confirme. Claire Rivet, pharmacienne, expose à Lyon. La cour a entendu Marc Olier, un cordonnier breton "
        "installé près de Rennes.",
        "fr",
    )
    assert people["Paul Moreau"].role == "climatologue"
    assert people["Alain Lambert"].role == "sociologue"
    assert people["Claire Rivet"].role == "pharmacienne"
    assert people["Marc Olier"].role == "cordonnier breton"


def test_a_plural_trade_after_two_names_is_each_ones_role():
    people, _, _ = run("Titre\n\nLa police a interpellé Jean et Luc Morin, plombiers de métier, à Brest.", "fr")
    assert people["Luc Morin"].role == "plombier"


def test_a_word_of_the_role_list_wins_over_a_trade_known_by_its_ending_only():
    people, _, _ = run(
        "Titre\n\nLe joaillier Hugo Marchal a été reçu. Hugo Marchal, président de la fédération, a parlé.", "fr"
    )
    assert people["Hugo Marchal"].role == "président de la fédération"


def test_a_word_ending_like_a_trade_is_no_role_when_it_is_no_noun_of_a_person():
    people, _, _ = run("Titre\n\nPaul Moreau, optimiste, parle. Le dossier Paul Moreau est clos.", "fr")
    assert people["Paul Moreau"].role is None


def test_a_title_written_short_is_given_in_full():
    people, _, _ = run(
        "Title\n\n“We will vote no,” said Sen. Laura Finch, D-Vt. Rep. Omar Diaz of Texas agreed. Lt. Col. Paul Reed "
        "testified on Monday. Gov. Alan Brooks signed the order."
    )
    assert people["Laura Finch"].role == "Senator"
    assert people["Omar Diaz"].role == "Representative"
    assert people["Paul Reed"].role == "Lieutenant Colonel"
    assert people["Alan Brooks"].role == "Governor"
    people, _, _ = run("Titre\n\nLe Cdt Marc Lefort a dirigé l'opération, selon le Pdt Henri Valat.", "fr")
    assert people["Marc Lefort"].role == "Commandant"
    assert people["Henri Valat"].role == "Président"


def test_people_named_by_nationality_after_a_plural_role_hold_it_each():
    people, _, places = run(
        "Titre\n\nLa liste des chefs de gouvernement attendus à Bruxelles s'allonge. Plusieurs viendront, comme le "
        "Portugais António Reis, la Lettone Ilze Kalnina et l'Austro-Hongrois Karl Weber. Enfin, trois chefs "
        "d'État ne sont pas invités (le Biélorusse Ivan Petrov, le Chilien Luis Ortega).",
        "fr",
    )
    assert people["António Reis"].role == "chef de gouvernement portugais"
    assert people["Ilze Kalnina"].role == "chef de gouvernement lettone"
    assert people["Karl Weber"].role == "chef de gouvernement austro-hongrois"
    assert people["Ivan Petrov"].role == "chef d'État biélorusse"
    assert people["Luis Ortega"].role == "chef d'État chilien"
    assert not any("Karl Weber" in p for p in places)


def test_a_group_by_what_it_belongs_to_gives_no_role_nor_does_one_name_alone():
    people, _, _ = run(
        "Titre\n\nLes dirigeants africains sont attendus. Les membres du défunt club seront là, comme le Malien "
        "Amadou Traoré et le Nigérien Issa Moussa. Les avocats ont plaidé hier. Le lendemain, le Tunisien Karim "
        "Bensalah a été arrêté.",
        "fr",
    )
    assert people["Amadou Traoré"].role == "dirigeant malien"  # not "membre du défunt malien"
    assert people["Issa Moussa"].role == "dirigeant nigérien"
    assert people["Karim Bensalah"].role is None


def test_a_role_before_a_comma_after_a_preposition_is_an_apposition_when_no_verb_follows_the_name():
    people, _, _ = run(
        "Titre\n\nLe maire déjeunera avec la présidente du conseil départemental, Anne Morel à 12h30. Il verra ensuite "
        "le ministre de l'Agriculture (par intérim), Luc Berthier. Devant le juge, Paul Dumas a reconnu les faits.",
        "fr",
    )
    assert people["Anne Morel"].role == "présidente du conseil départemental"
    assert people["Luc Berthier"].role == "ministre de l'Agriculture (par intérim)"
    assert people["Paul Dumas"].role is None


def test_a_role_in_parentheses_after_a_name():
    people, _, _ = run(
        "Titre\n\nLe président recevra Claire Vidal (ancienne ministre de la Culture) à 9h. L'Italien Marco Neri "
        "(représenté par Paolo Conti, son conseiller) ne viendra pas.",
        "fr",
    )
    assert people["Claire Vidal"].role == "ancienne ministre de la Culture"
    assert people["Marco Neri"].role is None


def test_an_apposed_role_may_open_with_the_name_of_what_it_serves():
    people, _, _ = run(
        "Title\n\n“We are ready,” said Tom Baker, Acme Corp regional sales manager. The report came from Rita "
        "Vale, Cook County public health director, on Monday."
    )
    assert people["Tom Baker"].role == "Acme Corp regional sales manager"
    assert people["Rita Vale"].role == "Cook County public health director"


def test_a_title_said_by_its_initials_is_the_role_spelt_out():
    people, _, _ = run(
        "Title\n\nDelhi CM Arvind Kejriwal met Britain PM Rishi Sunak on Friday. Later PM Sunak flew home; the talks "
        "had ended at 9 PM Sunday."
    )
    assert people["Arvind Kejriwal"].role == "Delhi Chief Minister"
    assert people["Rishi Sunak"].role == "Britain Prime Minister"
    assert set(people) == {"Arvind Kejriwal", "Rishi Sunak"}  # "PM Sunak" is the same man; "9 PM" is an hour


def test_irelands_heads_of_government_are_titled_in_irish():
    people, _, _ = run("Title\n\nTánaiste Micheál Martin said the budget would pass. Martin spoke in Dublin.")
    assert people["Micheál Martin"].role == "Tánaiste"


def test_a_role_that_opens_the_clause_after_a_colon_or_a_dash_is_the_names():
    people, _, _ = run(
        "Titre\n\nLe programme de Paul Girard est chargé, mais pas celui de Claire Martin : la ministre de la Culture "
        "doit seulement visiter un musée. Il rejoindra ensuite Jean Roux - le président du conseil régional aura déjà "
        "inauguré la foire. Selon le programme de Luc Moreau, le préfet arrive mercredi.",
        "fr",
    )
    assert people["Claire Martin"].role == "ministre de la Culture"
    assert people["Jean Roux"].role == "président du conseil régional"
    assert people["Luc Moreau"].role is None  # after a comma, the role is the main clause's subject


def test_a_witness_and_a_volunteer_are_standings():
    people, _, _ = run(
        "Title\n\nA key witness, Maria Delgado, testified on Tuesday about the fire reported by parish volunteer Tom "
        "Baker, said Carl Ortiz."
    )
    assert people["Maria Delgado"].role == "witness"
    assert people["Tom Baker"].role == "volunteer"
    assert people["Carl Ortiz"].role is None


def test_an_officer_named_by_the_task_given_holds_it_as_a_role():
    people, _, _ = run(
        "Titre\n\n« Rien n'est joué », explique Julie Morel, chargée de mission au conseil départemental. Le chargé de "
        "communication Luc Ferrand a confirmé, selon Paul Girard.",
        "fr",
    )
    assert people["Julie Morel"].role == "chargée de mission au conseil départemental"
    assert people["Luc Ferrand"].role == "chargé de communication"
    assert people["Paul Girard"].role is None


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Title\n\nMarta Quill, an expert in maritime law at Leiden University, said the rules were clear.",
            "Marta Quill",
            "expert",
        ),
        (
            "Title\n\nThe utility's principal meteorologist Owen Tarrant said the winds would ease.",
            "Owen Tarrant",
            "meteorologist",
        ),
        ("Title\n\nThe cameraman Rafiq Haddad was hurt in the blast.", "Rafiq Haddad", "cameraman"),
        ("Title\n\nHer neighbour Gwen Albright said she heard nothing.", "Gwen Albright", "neighbour"),
    ],
)
def test_english_trades_and_standings_name_the_role(text: str, name: str, role: str):
    people, _, _ = run(text)
    assert role in (people[name].role or "")


def test_a_surname_that_is_a_trade_stays_a_name():
    people, _, _ = run("Title\n\nSenator Barbara Boxer said the vote would wait.")
    assert "Barbara Boxer" in people


def test_a_mayors_deputy_before_the_name_is_a_role():
    people, _, _ = run(
        "Titre\n\nLe chantier sera livré en mai, selon l'adjointe à la Culture Hélène Marchetti, présente lundi.",
        "fr",
    )
    assert people["Hélène Marchetti"].role == "adjointe à la Culture"

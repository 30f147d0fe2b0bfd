"""Roles a clause after the name gives and roles of the names of a list (issue 19), each kind tested on sentences
other than the pages that showed it: a relative clause of remaining or working as ("qui reste ministre", "who works as
a nurse"), a participle of description ("présenté comme un des chefs"), a copula or a verb of appointment whose subject
is the name ("X est le président de ...", "X was named the new leader of ..."); a title that opens the next item of a
list ("X, Premier Y and Mayor Z": the title is Y's, not X's apposition), a plural role before a colon ("Parmi les
prévenus : X, Y et Z"), offices in a list of names ("X, secrétaire d'État chargée de ..., Y, secrétaire d'État chargé
de ..."), abbreviated titles joined by a hyphen ("Lt.-Gov. X"); a capitalised preposition that opens the sentence, no
part of the role ("En chef de la majorité, X").
"""

from __future__ import annotations

from entitykit import run


def test_a_relative_clause_of_working_as_gives_the_role():
    people, _, _ = run("Title\n\nKevin Marsh, who works as a nurse at the city hospital, said shifts were too long.")
    assert people["Kevin Marsh"].role == "nurse"


def test_a_relative_clause_of_serving_as_gives_the_role():
    people, _, _ = run("Title\n\nKevin Marsh, who serves as deputy mayor of Leeds, said the plan was ready.")
    assert people["Kevin Marsh"].role == "deputy mayor of Leeds"


def test_a_relative_clause_of_remaining_gives_the_role_in_parentheses_too():
    people, _, _ = run("Titre\n\nIl doit rencontrer Paul Girard (qui reste ministre de l'Intérieur) mardi.", "fr")
    assert people["Paul Girard"].role == "ministre de l'Intérieur"


def test_a_participle_of_description_opens_an_apposed_role():
    people, _, _ = run("Titre\n\nL'armée dit avoir arrêté Marc Dubois, présenté comme un des chefs du réseau.", "fr")
    assert people["Marc Dubois"].role == "chefs du réseau"


def test_a_copula_then_one_of_opens_an_apposed_role():
    people, _, _ = run("Titre\n\nPaul Girard, qui est l'un des fondateurs du collectif, a pris la parole.", "fr")
    assert people["Paul Girard"].role == "fondateurs du collectif"


def test_an_english_copula_after_the_name_gives_the_role():
    people, _, _ = run(
        "Title\n\nA deal is still possible, Tom Baker told reporters. Tom Baker is the head of the Northern Trade "
        "Council, which says it helps exporters."
    )
    assert people["Tom Baker"].role == "head of the Northern Trade Council"


def test_a_verb_of_appointment_after_the_name_gives_the_role():
    people, _, _ = run(
        "Title\n\nHours after Tom Baker was named the new leader of the party's parliamentary group, critics spoke."
    )
    assert people["Tom Baker"].role == "new leader of the party's parliamentary group"


def test_a_french_copula_after_the_name_gives_the_role():
    people, _, _ = run(
        "Titre\n\nLes agriculteurs manifesteront jeudi. Paul Girard est le président de la chambre d'agriculture "
        "de la Creuse.",
        "fr",
    )
    assert people["Paul Girard"].role == "président de la chambre d'agriculture de la Creuse"


def test_a_french_appointment_gives_the_role():
    people, _, _ = run("Titre\n\nOn apprend que Claire Moreau a été nommée directrice de l'hôpital de Lille.", "fr")
    assert people["Claire Moreau"].role == "directrice de l'hôpital de Lille"


def test_a_copula_whose_attribute_is_no_role_gives_none():
    people, _, _ = run("Title\n\nTom Baker is expected to speak on Monday in Leeds.")
    assert people["Tom Baker"].role is None


def test_a_name_that_completes_the_subject_is_not_given_its_role():
    people, _, _ = run("Titre\n\nLe fils de Paul Girard est ministre depuis mai.", "fr")
    assert people["Paul Girard"].role is None


def test_a_title_that_opens_the_next_item_of_a_list_is_that_name_s():
    people, _, _ = run("Title\n\nGreeting them will be Frank Moore, Premier Robert Dale and Mayor Anne Kerr.")
    assert people["Frank Moore"].role is None
    assert people["Robert Dale"].role == "Premier"
    assert people["Anne Kerr"].role == "Mayor"


def test_a_french_list_of_ranks_gives_each_name_its_own():
    people, _, _ = run(
        "Titre\n\nLa cérémonie a réuni Paul Girard, Premier ministre Marc Leroy et Colonel Anne Petit.", "fr"
    )
    assert people["Paul Girard"].role is None
    assert people["Marc Leroy"].role == "Premier ministre"
    assert people["Anne Petit"].role == "Colonel"


def test_a_role_that_links_to_the_next_name_stays_the_first_name_s():
    people, _, _ = run("Titre\n\nPaul Girard, conseiller de Jacques Chirac, a parlé mardi.", "fr")
    assert people["Paul Girard"].role == "conseiller"


def test_an_ordinal_after_one_of_is_no_role():
    people, _, _ = run(
        "Titre\n\nLe journal publie un article sur ce député. Paul Girard, un des premiers « marcheurs », est visé "
        "par une enquête.",
        "fr",
    )
    assert people["Paul Girard"].role is None


def test_a_plural_role_before_a_colon_is_each_listed_name_s():
    people, _, _ = run(
        "Titre\n\nLe tribunal juge mardi. Parmi les prévenus : Paul Girard, Marc Leroy et Anne Petit.", "fr"
    )
    assert [people[n].role for n in ("Paul Girard", "Marc Leroy", "Anne Petit")] == ["prévenu"] * 3


def test_an_english_plural_role_before_a_colon_is_each_listed_name_s():
    people, _, _ = run("Title\n\nThe court will rule on Tuesday. Among the defendants: John Carter and Mary Ellis.")
    assert [people[n].role for n in ("John Carter", "Mary Ellis")] == ["defendant"] * 2


def test_a_preposition_that_opens_the_sentence_is_no_part_of_the_role():
    people, _, _ = run("Titre\n\nLe congrès s'ouvre.\nEn chef de la majorité, Paul Girard livre bataille.", "fr")
    assert people["Paul Girard"].role == "chef de la majorité"


def test_a_contracted_article_that_opens_the_sentence_is_no_part_of_the_role():
    people, _, _ = run("Titre\n\nAu ministre de l'Intérieur Paul Girard, le syndicat a écrit une lettre.", "fr")
    assert people["Paul Girard"].role == "ministre de l'Intérieur"


def test_a_delegate_is_a_role_like_a_delegue():
    people, _, _ = run(
        "Title\n\nFirefighters found a tenth victim, the government delegate, Sarah Cole, told journalists on Monday."
    )
    assert people["Sarah Cole"].role == "delegate"


def test_in_a_list_of_names_with_their_offices_each_keeps_its_own():
    people, _, _ = run(
        "Titre\n\nLe ministre est attendu avec Claire Moreau, Secrétaire d'État chargée de la Santé, Paul Girard, "
        "Secrétaire d'État chargé des Transports, et Anne Petit, ministre des Sports.",
        "fr",
    )
    assert people["Claire Moreau"].role == "Secrétaire d'État chargée de la Santé"
    assert people["Paul Girard"].role == "Secrétaire d'État chargé des Transports"
    assert people["Anne Petit"].role == "ministre des Sports"


def test_in_an_english_list_of_names_with_their_offices_each_keeps_its_own():
    people, _, _ = run(
        "Title\n\nThe minister will be joined by Claire Moore, Secretary of State for Health, Paul Grant, "
        "Secretary of State for Transport, and Anne Pike, Minister for Sport."
    )
    assert people["Claire Moore"].role == "Secretary of State for Health"
    assert people["Paul Grant"].role == "Secretary of State for Transport"
    assert people["Anne Pike"].role == "Minister for Sport"


def test_abbreviated_titles_joined_by_a_hyphen_end_no_sentence():
    from generator.extract.ner.text import sentences

    assert len(sentences("Greeting them will be Lt.-Gov. Frank Moore and the mayor.")) == 1
    people, _, _ = run("Title\n\nGreeting them will be Lt.-Gov. Frank Moore, Premier Robert Dale and Mayor Anne Kerr.")
    assert people["Frank Moore"].role == "Lt.-Gov."


def test_an_ordinal_opening_a_sentence_is_no_role_of_the_main_person():
    # "Le premier ..." picks one of the people just named; it says nothing of an office
    people, _, _ = run(
        "Titre\n\nBruno Lemaire a marqué deux buts samedi. Lemaire a aussi donné le ballon du troisième à Marc "
        "Rastel. Le premier avait réalisé une parade exceptionnelle devant Paul Nardi. Lemaire est en forme.",
        "fr",
    )
    assert people["Bruno Lemaire"].role is None

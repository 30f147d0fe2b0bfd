"""A signature's label before the author's name ("Auteur : ...", "Un texte de ...") and the readers' comments under
the story (issue 19: names from a page's chrome become participants). Lines written for these tests."""

from __future__ import annotations

from generator.read.chrome import byline_names, strip_chrome

STORY = [
    "Le conseil municipal a voté mardi le budget de la ville, après trois heures de débat.",
    "Le maire a annoncé une réunion publique sur les transports le 12 mai, à la salle des fêtes.",
    "L'opposition a voté contre le budget et demande un audit des comptes de la ville pour l'automne.",
]


def test_a_signature_s_label_and_the_author_s_name_go_and_give_the_author():
    for line, names in (
        ("Auteur : Jeanne Martin", "Jeanne Martin"),
        ("Auteur: Paul DURAND", "Paul DURAND"),
        ("Un texte de Louise Perrin d'Investigation", "Louise Perrin d'Investigation"),
        ("Author: Jane Roe", "Jane Roe"),
    ):
        assert strip_chrome([line, *STORY]) == STORY
        assert byline_names([line, *STORY]) == names


def test_a_sentence_that_opens_with_the_label_stays():
    sentence = "Auteur de plusieurs livres sur la ville, Jean Dupont présentera le projet au conseil."
    assert strip_chrome([*STORY, sentence]) == [*STORY, sentence]


def test_the_readers_comments_under_the_story_go_with_their_authors_names():
    comments = [
        "Commentaires :",
        "Georges Lemoine, Tournus 12.05.2024 à 21:50",
        "Je ne suis pas d'accord avec ce budget.",
    ]
    assert strip_chrome([*STORY, *comments]) == STORY
    english = ["Comments", "Mary Stone, Leeds 2 May 2024 at 9:50pm", "I do not agree with the council."]
    assert strip_chrome([*STORY, *english]) == STORY


def test_a_byline_glued_after_the_text_before_the_page_stamp_goes_and_the_stamp_stays():
    lines = [
        "Visite ministérielle à Saint-Pierre. Voici le programme : Par Julien Morvan - Publié le Jeudi 7 Juillet 2022",
        *STORY,
        "The council met on Monday. By Jane Roe | Updated May 3, 2024",
    ]
    kept = strip_chrome(lines)
    assert kept[0] == "Visite ministérielle à Saint-Pierre. Voici le programme : Publié le Jeudi 7 Juillet 2022"
    assert kept[-1] == "The council met on Monday. Updated May 3, 2024"
    # "par" in the text's own sentence, in lower case, stays
    line = "Le livre écrit par Marie Curie - Publié en 1903 chez Gauthier-Villars, il reste lu."
    assert strip_chrome([*STORY, line])[-1] == line


def test_a_name_alone_under_the_story_is_its_signature_and_gives_the_author():
    for signature, names, after in (
        ("Martine KOUASSI", "Martine KOUASSI", ["Fraternité Matin"]),
        ("P Lemaire", "P Lemaire", ["Budget : la colère des commerçants"]),
        ("J.-M. Roux", "J.-M. Roux", []),
        ("Amadou S. Diallo pour conakrylive.info", "Amadou S. Diallo", ["Commentaires"]),
        ("Tom Walsh for Reuters", "Tom Walsh", []),
    ):
        page = [*STORY, "", signature, "", *after]
        assert signature not in strip_chrome(page)
        assert byline_names(page) == names


def test_a_known_given_name_alone_under_the_story_goes_without_becoming_the_author():
    # a tag under the story is written as a name alone: it is no participant, and no author either
    page = [*STORY, "", "Anne Hidalgo", "", "Newsletter"]
    assert "Anne Hidalgo" not in strip_chrome(page)
    assert byline_names(page) is None


def test_a_french_quotation_closed_after_a_space_ends_the_sentence_above_a_signature():
    quoted = "« Nous demandons un audit des comptes avant l'été », a dit la conseillère. »"
    page = [*STORY[:2], quoted, "", "Louis MARCHAND"]
    assert strip_chrome(page) == [*STORY[:2], quoted, ""]


def test_a_name_line_that_heads_a_paragraph_or_opens_a_list_of_names_stays():
    paragraph = "La conseillère présentera le rapport sur les transports devant le conseil en mai."
    heading = [*STORY, "Sophie Marchand", paragraph]
    assert "Sophie Marchand" in strip_chrome(heading)
    names = [*STORY, "Sophie Marchand", "Paul Girard", "Louise Perrin"]
    assert strip_chrome(names) == names


def test_an_outline_heading_or_capitalised_words_under_the_story_stay():
    for line in ("I. Preliminary Business", "Basic Program", "DÉROULÉ PRÉVISIONNEL"):
        page = [*STORY, line, "1) Call to Order"]
        assert line in strip_chrome(page)

from generator.read.chrome import is_breadcrumb, strip_chrome


def test_breadcrumb_and_trailing_link_blocks_are_removed():
    lines = [
        "Accueil Actu Monde International",
        "",
        "Le titre de l'article",
        "Le ministre a annoncé mardi une réforme.",
        "Il a ajouté que le texte serait présenté en juillet.",
        "La réforme concerne les retraites.",
        "",
        "À lire aussi",
        "Un autre article sans rapport",
        "Sélectionné pour vous",
    ]
    assert strip_chrome(lines) == lines[1:7]


def test_sentences_that_start_like_a_breadcrumb_are_kept():
    assert not is_breadcrumb("Accueil chaleureux pour le président, qui a salué la foule.")
    assert not is_breadcrumb("Home Secretary James Cleverly said the plan would go ahead.")
    assert is_breadcrumb("Home > World > Europe")


def test_a_read_also_line_in_the_middle_is_dropped_but_the_text_after_it_is_kept():
    lines = ["Premier paragraphe.", "Lire aussi", "Deuxième paragraphe.", "Troisième.", "Quatrième.", "Fin."]
    assert strip_chrome(lines) == ["Premier paragraphe.", "Deuxième paragraphe.", "Troisième.", "Quatrième.", "Fin."]


def test_furniture_lines_of_every_language_go_whatever_their_accents_and_case() -> None:
    lines = ["PARTAGER", "Share this:", "5 min read", "3 minutes de lecture", "Le ministre a parlé.", "Publicite"]
    assert strip_chrome(lines) == ["Le ministre a parlé."]


def test_the_chrome_lines_come_from_the_language_folders() -> None:
    from generator.lang import language

    assert "à lire aussi" in language("fr").chrome.trailers
    assert "read more" in language("en").chrome.trailers
    assert is_breadcrumb("Actualités > Monde")

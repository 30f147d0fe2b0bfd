"""A headline read from the page's address loses what the address did to it (issue 19: "Visite ministérielle dyves
Jego", "le lourd programme demmanuel Macron", "Article 587 1 travaux de voirie traversée du village fr", "Detail grèves
sur le rail", "Actualité François Hollande au Mont samedi"): an elided word the address glued to the next or cut from
it gets its apostrophe back on a page that elides (nine dev pages), and the section's word, the article's numbers and
the language's code the address sets around the headline's words go (three dev pages)."""

from __future__ import annotations

from pathlib import Path

from generator.read.slug import title_from_address
from tests.read.pagekit import title_and_text

_TEXT = (
    "Alain Martin, le ministre de l’Agriculture, sera à Lyon mardi pour une visite officielle de deux jours. "
    "Il rencontrera les éleveurs de la région et l’équipe municipale.\n\n"
    "La préfecture détaillera son programme jeudi."
)


def test_an_elided_word_glued_to_a_name_gets_its_apostrophe_back():
    url = "https://www.exemple.fr/politique/visite-officielle-dalain-martin-a-lyon"
    assert title_from_address(url, _TEXT) == "Visite officielle d’Alain Martin à Lyon"


def test_an_elided_word_glued_to_a_common_word_is_written_as_the_page_writes_it():
    text = _TEXT.replace("l’équipe municipale", "son équipe municipale")  # "équipe", never "l’équipe"
    url = "https://www.exemple.fr/politique/le-ministre-recoit-lequipe-municipale-de-lyon"
    assert title_from_address(url, text) == "Le ministre reçoit l’équipe municipale de Lyon"


def test_an_elided_word_the_address_sets_apart_is_joined_back():
    url = "https://www.exemple.fr/politique/le-programme-d-alain-martin-a-lyon-mardi"
    assert title_from_address(url, _TEXT) == "Le programme d’Alain Martin à Lyon mardi"


def test_the_page_s_apostrophe_is_the_one_given_back():
    text = _TEXT.replace("’", "'")
    url = "https://www.exemple.fr/politique/visite-officielle-dalain-martin-a-lyon"
    assert title_from_address(url, text) == "Visite officielle d'Alain Martin à Lyon"


def test_a_word_of_the_language_is_no_glued_elision():
    text = _TEXT + " Le ministre passera par la dune du Pilat."
    url = "https://www.exemple.fr/politique/alain-martin-visitera-la-dune-mardi"
    assert title_from_address(url, text) == "Alain Martin visitera la dune mardi"


def test_a_page_that_never_elides_glues_no_elision():
    text = (
        "Mayor Alton Reed will meet residents of Dalby on Tuesday to discuss the new bypass. "
        "The meeting starts at 7 pm in the town hall."
    )
    url = "https://www.example.com/news/mayor-alton-reed-meets-dalton-residents-on-tuesday"
    title = title_from_address(url, text)
    assert title is not None and "’" not in title and "'" not in title


def test_the_section_numbers_and_language_code_around_an_underscored_headline_go():
    text = (
        "Des travaux de voirie auront lieu sur la route de la gare du 3 au 14 mars. "
        "La circulation sera alternée pendant toute la durée du chantier."
    )
    url = "https://www.mairie-exemple.fr/article_412_3_travaux-de-voirie-route-de-la-gare_fr.html"
    assert title_from_address(url, text) == "Travaux de voirie route de la gare"


def test_a_section_word_and_the_article_s_number_before_the_headline_go():
    url = "https://www.exemple.fr/actualite-104522-alain-martin-a-lyon-mardi"
    assert title_from_address(url, _TEXT) == "Alain Martin à Lyon mardi"


def test_an_intertitle_below_the_lead_that_says_half_of_the_address_is_no_headline(tmp_path: Path):
    lead = (
        "Comme annoncé dans le bulletin municipal, des travaux de voirie auront lieu sur la route de la gare du "
        "3 au 14 mars, à la demande de la mairie."
    )
    url = "https://www.mairie-exemple.fr/article_412_3_travaux-de-voirie-route-de-la-gare_fr.html"
    lines = [lead, "- Dates : du 3 au 14 mars", "LES TRAVAUX COMMENCENT PAR LA GARE", "La circulation sera alternée."]
    title, _ = title_and_text(tmp_path, lines, url)
    assert title == "Travaux de voirie route de la gare"


def test_a_headline_below_a_teaser_that_says_the_address_is_still_found(tmp_path: Path):
    teaser = (
        "Le ministre de l’Agriculture sera à Lyon mardi pour une visite officielle de deux jours, sa première dans la "
        "région depuis sa nomination."
    )
    url = "https://www.exemple.fr/politique/alain-martin-en-visite-officielle-a-lyon-mardi"
    headline = "Alain Martin en visite officielle à Lyon mardi"
    title, _ = title_and_text(tmp_path, [teaser, "", headline, "", _TEXT], url)
    assert title == headline

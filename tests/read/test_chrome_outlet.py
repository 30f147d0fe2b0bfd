"""Bylines inside stamps, signatures with the signer's trade, and the page's own outlet's name (issue 19)."""

from pathlib import Path

from generator.read.article import read_article
from generator.read.chrome import (
    byline_names,
    is_stamp,
    outlet_keys,
    own_outlet,
    strip_chrome,
    without_outlet_suffix,
)

STORY = [
    "Le conseil municipal votera le budget le 12 avril, a annoncé la maire lundi soir devant les élus.",
    "L'opposition a promis de déposer une vingtaine d'amendements avant la séance publique.",
]


def test_a_byline_inside_a_dated_stamp_goes_and_its_date_stays():
    lines = ["Publié le 3 mars 2024 à 10h12 par Jeanne Lefort", *STORY]
    assert strip_chrome(lines) == ["Publié le 3 mars 2024 à 10h12", *STORY]
    assert byline_names(lines) == "Jeanne Lefort"
    upper = ["Publié par Marc DUVAL le lun, 04/03/2024 - 09:00", *STORY]
    assert strip_chrome(upper) == ["Publié le lun, 04/03/2024 - 09:00", *STORY]
    assert byline_names(upper) == "Marc DUVAL"
    outlet = ["Publiée par Gazette du Haut Pays sur Lundi 4 mars 2024", *STORY]
    assert strip_chrome(outlet)[0] == "Publiée sur Lundi 4 mars 2024"


def test_a_stamp_signed_by_its_byline_word_and_a_sentence_stay():
    signed = ["Post by Jane Roe » Mon Mar 4, 2024 9:12 am", *STORY]  # the names show the date is the page's own
    assert strip_chrome(signed) == signed
    assert byline_names(["By JANE ROE MAR. 4, 2024", *STORY]) == "JANE ROE"
    sentence = ["Publié en 2019 par Gallimard Jeunesse, le roman a été traduit en douze langues.", *STORY]
    assert strip_chrome(sentence) == sentence
    days = ["By Monday 4 March the council will have voted", "By March, 2025 the plan ends", *STORY]
    assert strip_chrome(days) == days


def test_a_signature_with_the_signers_trade_is_a_byline():
    lines = [
        "Auteure : Claire Fontaine, maîtresse de conférences en droit",
        "Relectrice : Ana Lopes, doctorante à l’Université de Nantes",
        *STORY,
    ]
    assert strip_chrome(lines) == STORY
    assert byline_names(lines) == "Claire Fontaine"
    assert byline_names(["By JANE ROE, JOHN DOE and ERIC ROE", *STORY]) == "JANE ROE, JOHN DOE and ERIC ROE"


def test_a_sentence_that_goes_on_after_par_and_a_name_stays():
    lines = ["par Madame Claire Fontaine, Ministre de la Santé, accompagnée du Préfet", *STORY]
    assert strip_chrome(lines) == lines
    lines = ["Par Madame Claire Fontaine, Ministre de la Santé, accompagnée du Préfet", *STORY]
    assert strip_chrome(lines) == lines


def test_a_line_that_only_names_the_pages_own_outlet_goes():
    keys = outlet_keys("https://www.lechoduval.fr/politique/budget-12345")
    assert own_outlet("L'Écho du Val", keys)
    assert own_outlet("lechoduval.fr", keys)
    assert own_outlet("New Haven Post", outlet_keys("https://nhpost.com/news/1"))  # initials, then the last word
    assert own_outlet("The Daily Harbour", outlet_keys("https://dailyharbour.co.uk/a"))
    assert not own_outlet("L'Écho du Val a révélé l'affaire.", keys)
    assert not own_outlet("Jean Martin", keys)
    assert not own_outlet("L'Écho du Val", ())
    assert strip_chrome(["L'Écho du Val", *STORY], keys) == STORY
    assert strip_chrome(["L'Écho du Val", *STORY]) == ["L'Écho du Val", *STORY]


def test_the_outlets_name_after_the_headline_goes():
    keys = outlet_keys("https://www.lechoduval.fr/a", "L'Écho du Val")
    assert without_outlet_suffix("Le budget voté en avril | L'Écho du Val", keys) == "Le budget voté en avril"
    assert without_outlet_suffix("Le budget voté en avril - L'Écho du Val", keys) == "Le budget voté en avril"
    kept = "Paris - Lyon : la ligne rouverte en avril"
    assert without_outlet_suffix(kept, keys) == kept


def test_a_caption_with_its_credit_after_its_sentence_goes():
    # (a credit's word opens the credit: the sentence is the picture's caption, chrome with it)
    assert strip_chrome(["La ministre à Rodez, mardi. Archives Journal du Rouergue", *STORY]) == STORY


def test_the_pages_address_names_its_outlet(tmp_path: Path):
    page = tmp_path / "budget.txt"
    page.write_text("L'Écho du Val\n\nLe budget voté en avril\n\n" + "\n\n".join(STORY) + "\n", encoding="utf-8")
    page.with_suffix(".yml").write_text("url: https://www.lechoduval.fr/politique/budget\n", encoding="utf-8")
    article = read_article(page)
    assert article.title == "Le budget voté en avril"
    assert "Écho" not in article.text and all(p in article.text for p in STORY)


def test_a_place_or_a_club_that_begins_the_outlets_address_stays():
    assert not own_outlet("Marseille", outlet_keys("https://marseillenews.fr/a"))
    assert own_outlet("Marseille News", outlet_keys("https://marseillenews.fr/a"))
    assert own_outlet("KTV News", outlet_keys("https://ktv.com/a"))
    assert not own_outlet("KTV Sports Network", outlet_keys("https://ktv.com/a"))


def test_a_date_stamp_is_no_title_and_stays_in_the_text(tmp_path: Path):
    assert is_stamp("Jeudi 14 mars 2024")
    assert is_stamp("Publié le 14.03.2024 à 08h15")
    assert is_stamp("Thursday, March 14, 2024")
    assert not is_stamp("Budget 2024 : le Sénat vote")
    assert not is_stamp("Élections de mars 2024")
    page = tmp_path / "conseil.txt"
    page.write_text(
        "Jeudi 14 mars 2024\n\nLe conseil vote son budget\n\n" + "\n\n".join(STORY) + "\n", encoding="utf-8"
    )
    article = read_article(page)
    assert article.title == "Le conseil vote son budget"
    assert article.text.startswith("Jeudi 14 mars 2024") and all(p in article.text for p in STORY)


def test_a_reading_time_is_furniture():
    assert strip_chrome(["Temps de lecture : 3 minutes", *STORY]) == STORY

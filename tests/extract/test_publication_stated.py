"""Days a page states in shapes other than a byline at its head: a press wire's dateline, an update label, a
release's closing date, a stamp signed after its date; and labels of other days that state nothing."""

import datetime as dt

import pytest

from generator.extract.dates import infer_published


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Résultats\n\nLYON, le 12 mars 2019 /CNW Telbec/ - La société annonce une hausse de ses ventes. "
            "L'assemblée se tiendra le jeudi 4 avril 2019.",
            "fr",
            dt.date(2019, 3, 12),
        ),
        (
            "Dividend\n\nDENVER, Feb. 3, 2020 (GLOBE NEWSWIRE) -- The board declared a dividend payable on "
            "March 2, 2020 to holders of record on February 17, 2020.",
            "en",
            dt.date(2020, 2, 3),
        ),
        (
            "Earnings\n\nAUSTIN, Texas, July 9, 2018 /PRNewswire/ -- The company will report its results on "
            "Thursday, August 2, 2018.",
            "en",
            dt.date(2018, 7, 9),
        ),
    ],
)
def test_a_press_wire_s_dateline_dates_the_release(text, lang, day):
    assert infer_published(text, lang)[0] == day


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Réforme\n\nDernière modification : 14 octobre 2022\n\nLe conseil municipal a voté le budget. "
            "Les travaux commenceront en 2023.",
            "fr",
            dt.date(2022, 10, 14),
        ),
        (
            "Bridge\n\nThe council approved the bridge repairs on Monday after a long debate. Work will begin on "
            "April 20.\n\nLast modified: March 8, 2021",
            "en",
            dt.date(2021, 3, 8),
        ),
    ],
)
def test_an_update_label_s_day_stands_in_for_the_publication_s(text, lang, day):
    assert infer_published(text, lang)[0] == day


def test_a_weekday_s_date_just_before_an_update_bears_its_year_out():
    # "mardi 4 octobre" is a Tuesday in 2022, ten days before the update: told as a past plan, read as a future
    text = (
        "Procès\n\nMis à jour le 14 octobre 2022\n\nCe mardi 4 octobre devait se tenir le procès du maire. "
        "L'audience a été renvoyée à une date ultérieure par le tribunal de la ville."
    )
    assert infer_published(text, "fr")[0] == dt.date(2022, 10, 14)


def test_a_site_clock_is_not_borne_out_by_a_weekday_s_date_just_before_it():
    # "Thursday (22 February)" holds in 2018, three days before the clock, but the programme's "Thursday (19
    # October)" does not: the clock is the day the page was saved, not its own
    text = (
        "Sunday\n25th Feb 2018\n\nEU leaders will meet on Thursday (22 February) to prepare the summit, and they "
        "will meet again on Thursday (19 October) in Brussels with the British prime minister."
    )
    assert infer_published(text, "en")[0] != dt.date(2018, 2, 25)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Communiqué\n\nLe gouvernement a décidé de reporter la consultation prévue en juin. Une nouvelle date "
            "sera fixée à la rentrée, a indiqué le porte-parole.\n\nLe porte-parole du gouvernement\nJeanne Roe\n"
            "03.04.2012",
            "fr",
            dt.date(2012, 4, 3),
        ),
        (
            "Communiqué\n\nLe ministre a reçu les représentants des syndicats. Il se rendra à Bouaké demain.\n\n"
            "Fait à Yamoussoukro, le mardi 10 mars 2015",
            "fr",
            dt.date(2015, 3, 10),
        ),
        (
            "Statement\n\nThe Council welcomed the agreement reached by the parties and will review it next "
            "month.\n\nDone at Brussels, 14 June 2016",
            "en",
            dt.date(2016, 6, 14),
        ),
    ],
)
def test_a_full_date_that_closes_the_page_dates_it(text, lang, day):
    assert infer_published(text, lang)[0] == day


def test_a_date_closing_a_line_of_the_story_dates_nothing():
    # the last line is a sentence that ends on a day to come, not the page's stamp
    text = "Festival\n\nLe festival a présenté sa programmation. La première soirée aura lieu le 12 juillet 2024."
    assert infer_published(text, "fr")[0] != dt.date(2024, 7, 12)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "vendredi 5 mai 2017 par Rédaction\n\nLe président a quitté la capitale ce vendredi pour Dakar, où il "
            "prendra part au sommet régional.",
            "fr",
            dt.date(2017, 5, 5),
        ),
        (
            "March 4, 2019 by Jane Roe\n\nThe mayor left for the capital on Monday, where she will attend the "
            "governors' meeting.",
            "en",
            dt.date(2019, 3, 4),
        ),
    ],
)
def test_a_stamp_signed_after_its_date_dates_the_page(text, lang, day):
    assert infer_published(text, lang)[0] == day


def test_a_dividend_calendar_s_date_labels_are_no_byline():
    # "Ex date :", "Record date :" name the dividend's days, not the release's
    text = (
        "Dividende\n\nL'assemblée générale du 9 mai 2023 a approuvé le dividende.\n\nDates Euronext : Ex date : "
        "15.05.2023 ; Record date : 16.05.2023 ; Date de paiement : 17.05.2023"
    )
    date, evidence = infer_published(text, "fr")
    assert date != dt.date(2023, 5, 15) and "byline" not in (evidence or "")


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Tournée des élus\n\nLes deux élus visiteront la vallée et rencontreront les maires : Publié le mardi "
            "14 mai 2024 à 11:42\n\nJeudi 16 mai\n\n9h00 : Visite de la fromagerie",
            "fr",
            dt.date(2024, 5, 14),
        ),
        (
            "Bridge works\n\nThe council will vote on the plan next week and the works will start in June. | Posted on "
            "October 3, 2023\n\nThe mayor will speak on Tuesday.",
            "en",
            dt.date(2023, 10, 3),
        ),
    ],
)
def test_a_label_set_apart_in_a_future_sentence_s_line_still_dates_the_page(text, lang, day):
    # the label opens its own part of the line (after a colon, a bar): the sentence before it speaks of days to come,
    # the label's day is the page's
    assert infer_published(text, lang)[0] == day


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Réforme\n\nLe décret sera publié le 3 mars 2025 au Journal officiel, a annoncé le ministre.", "fr"),
        ("Notice\n\nThe final notice will be Published on March 3, 2025 in the register, the board said.", "en"),
    ],
)
def test_a_label_word_inside_a_future_clause_states_no_day(text, lang):
    assert infer_published(text, lang)[0] != dt.date(2025, 3, 3)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Grève des transports\nseptembre 20, 2024\nLes syndicats appellent à la grève mardi prochain dans toute la "
            "région, a annoncé la fédération ce matin.",
            dt.date(2024, 9, 20),
        ),
        (
            "Grève des transports\nPar Jeanne Roe | lundi, septembre 16, 2024\nLes syndicats appellent à la grève "
            "mardi prochain dans toute la région, a annoncé la fédération ce matin.",
            dt.date(2024, 9, 16),
        ),
        (  # the author's name as the CMS prints it, then the stamp and its minute
            "Calendrier des assemblées\njeanne roe mars 25, 2025, 7:17 PM\nLes sociétés tiendront leurs assemblées "
            "générales ce vendredi 28 mars 2025 et le 4 avril 2025, selon le calendrier de la Bourse.",
            dt.date(2025, 3, 25),
        ),
    ],
)
def test_a_french_stamp_written_month_first_dates_the_page(text, day):
    # a site set up with the English date format writes French month names month first, its year after a comma
    assert infer_published(text, "fr")[0] == day


def test_words_before_a_month_first_day_without_its_minute_make_no_stamp():
    # "Article précédent mars 12, 2025": a link to another story, no post's stamp
    text = (
        "Calendrier des assemblées\nArticle précédent mars 12, 2025\nLes sociétés tiendront leurs assemblées "
        "générales ce vendredi 28 mars 2025 et le 4 avril 2025, selon le calendrier de la Bourse."
    )
    assert infer_published(text, "fr")[0] != dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Grève des transports\nPar Jeanne Roe le 14 mai 2024 à 11h42\nLes syndicats appellent à la grève mardi "
            "prochain dans toute la région, a annoncé la fédération ce matin.",
            "fr",
            dt.date(2024, 5, 14),
        ),
        (
            "Transit strike\nBy Jane Roe on the 14th of May 2024\nThe union said members will walk out next Tuesday "
            "across the region, its leaders told reporters this morning.",
            "en",
            dt.date(2024, 5, 14),
        ),
    ],
)
def test_a_byline_joined_to_its_stamp_by_le_or_on_dates_the_page(text, lang, day):
    # the "le" of "Par Jeanne Roe le 14 mai" is read as the date's own article: it still joins the name to the stamp
    assert infer_published(text, lang)[0] == day


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Updated: 05/04/2018", None),  # 5 April in London, 4 May in New York: no sure day
        ("Updated: 18/04/2018", dt.date(2018, 4, 18)),  # no month 18: day first
        ("Published: 05/04/2018 | Comments close on 25/04/2018", dt.date(2018, 4, 5)),  # the page shows its order
    ],
)
def test_an_english_numeric_stamp_dates_the_page_only_when_its_order_is_sure(stamp, day):
    text = (
        f"Transit strike\n{stamp}\nThe union said members will walk out next Tuesday across the region, its leaders "
        "told reporters this morning."
    )
    found = infer_published(text, "en")[0]
    assert found == day if day else found not in (dt.date(2018, 4, 5), dt.date(2018, 5, 4))


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Posted on 05/04/20 10:12", None),  # two-digit year, either number may be the month
        ("Posted on 18/04/20 10:12", dt.date(2020, 4, 18)),  # no month 18: day first on an English page too
        ("Posted on 4/18/20 10:12", dt.date(2020, 4, 18)),
    ],
)
def test_an_english_two_digit_year_byline_dates_the_page_only_when_its_order_is_sure(stamp, day):
    text = (
        f"Transit strike\n{stamp}\nThe union said members will walk out next Tuesday across the region, its leaders "
        "told reporters this morning."
    )
    assert infer_published(text, "en")[0] == day


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Interdiction d'un fongicide\nLe produit sera retiré du marché l'an prochain, a annoncé l'office fédéral "
            "jeudi.\nCréé: 14.11.2019, 08h12",
            "fr",
            dt.date(2019, 11, 14),
        ),
        (
            "Revue des sciences\nParu le 3 mai 2021\nLe numéro de printemps consacre son dossier aux océans et à la "
            "pêche, avec un entretien exclusif.",
            "fr",
            dt.date(2021, 5, 3),
        ),
        (
            "Council notice\nCreated: 3 May 2021\nThe council will consider the plans at its next meeting, the clerk "
            "said on Monday.",
            "en",
            dt.date(2021, 5, 3),
        ),
    ],
)
def test_a_label_that_opens_its_line_states_the_page_s_day(text, lang, day):
    assert infer_published(text, lang)[0] == day


def test_the_same_word_inside_a_sentence_states_no_day():
    # "créée le 3 mai 2001" is the association's founding, not the page's day
    text = (
        "Grève des transports\nL'association créée le 3 mai 2001 appelle à la grève mardi prochain dans toute la "
        "région, a annoncé sa présidente ce matin."
    )
    assert infer_published(text, "fr")[0] != dt.date(2001, 5, 3)


def test_an_hour_alone_on_its_line_is_a_programme_s_not_the_page_s_stamp():
    # "09h30" under "Lundi 15 mars" is that day's first appointment; read against the week's last day it made a stamp
    text = (
        "Agenda\n\nSemaine du 15 au 21 mars 2021\n\nLundi 15 mars\n\n09h30\n\nOuverture du salon de l'emploi au "
        "parc des expositions\n\n12h30\n\nDéjeuner de travail avec les élus du département"
    )
    assert infer_published(text, "fr")[0] != dt.date(2021, 3, 21)


@pytest.mark.parametrize(
    ("stamp", "lang"),
    [
        ("14 mai 2024 à 11:42 | Lecture 3 min", "fr"),
        ("14 mai 2024 · 4 min de lecture", "fr"),
        ("May 14, 2024 · 5 min read", "en"),
    ],
)
def test_a_stamp_with_the_page_s_reading_time_beside_it_dates_the_page(stamp, lang):
    body = (
        "Les syndicats appellent à la grève mardi prochain dans toute la région, a annoncé la fédération ce matin."
        if lang == "fr"
        else "The union said members will walk out next Tuesday across the region, its leaders said this morning."
    )
    assert infer_published(f"Transports\n{stamp}\n{body}", lang)[0] == dt.date(2024, 5, 14)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Strike call\n\n12 March,2014 10:41 AM IST | | PTI\nTransport unions will stop work on Thursday and "
            "Friday after talks with the ministry failed.",
            "en",
            dt.date(2014, 3, 12),
        ),
        (
            "Résultats annuels\n\nPar\n\nAgence Bourse | 4 février, 2019\n\nLe groupe versera un dividende le "
            "vendredi 24 mai aux actionnaires inscrits au 22 mai.",
            "fr",
            dt.date(2019, 2, 4),
        ),
    ],
)
def test_a_stamp_s_year_after_its_comma_dates_the_page(text, lang, day):
    # a CMS closes the year up to the comma ("March,2014"), or sets it after one ("4 février, 2019"); a reader may
    # break the byline after its "Par"
    assert infer_published(text, lang)[0] == day


def test_a_number_after_a_day_s_comma_is_no_year():
    text = "Manifestation\n\nLe 3 avril, 2000 personnes ont défilé dans les rues de la ville contre la réforme."
    assert infer_published(text, "fr")[0] is None

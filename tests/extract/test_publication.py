"""A briefing counts from an inferred publication date only when the evidence fixes its year."""

import datetime as dt

import pytest

from generator.extract.dates import dated_events, extract_timexes_inferred, infer_publication_window
from generator.extract.timex.publication import Address
from generator.model import Article
from generator.nlp import load_nlp
from generator.pipeline import analyse


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Écoles\n\nLa réforme a été votée en mars 2019. Les syndicats manifesteront jeudi.", "fr"),  # a bound
        ("Budget\n\nThe budget was passed in 2021. The minister will speak on Friday.", "en"),
        ("Climat\n\nLe pays atteindra son objectif 2030, selon le rapport publié jeudi.", "fr"),  # no tense
        ("Energy\n\nThe 2035 target will be set by 2030, the minister says.", "en"),
    ],
)
def test_a_year_that_is_only_a_bound_is_not_fixed(text, lang):
    assert not infer_publication_window(text, lang).fixed_year


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("Titre\n\nPublié le 3 mars 2023 à 10h\n\nLe ministre a parlé mardi.", "fr", 2023),  # a byline
        ("Titre\n\nIl y a 80 ans, le 6 juin 1944, les Alliés débarquaient en Normandie.", "fr", 2024),
        (
            "Port\n\nLes travaux ont commencé en février 2022. Le nouveau quai ouvrira en novembre 2022.",
            "fr",
            2022,
        ),  # bounds from below and above in one year
        ("Trade\n\nTalks began in January 2019 and a deal will be signed in June 2019.", "en", 2019),
    ],
)
def test_a_stated_day_an_anniversary_or_bounds_within_one_year_fix_it(text, lang, year):
    inference = infer_publication_window(text, lang)
    assert inference.fixed_year and inference.date is not None and inference.date.year == year


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        # "jeudi 6 avril" is a Thursday in 2023 only, of the years around "le 14 mars 2023"
        (
            "Grève\n\nLa réunion du 14 mars 2023 a fixé le calendrier. Les agents feront grève le jeudi 6 avril.",
            "fr",
            2023,
        ),
        # a dated day without a tense ("the March 2021 report") is one too
        ("Hearing\n\nAfter the March 2021 report, the committee will hold a hearing on Tuesday, April 6.", "en", 2021),
    ],
)
def test_a_weekday_s_date_that_holds_in_one_year_near_the_page_s_dated_days_fixes_it(text, lang, year):
    inference = infer_publication_window(text, lang)
    assert inference.fixed_year and inference.date is not None and inference.date.year == year


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a bare year is no dated day: "mardi 20 juin" holds in 2017 and 2023 alike
        ("Visite\n\nLe président s'était rendu au Japon en 2016. Il arrivera à Tokyo le mardi 20 juin.", "fr"),
        # "jeudi 6 avril" holds in 2017 and 2023, neither within a year of March 2019
        ("Grève\n\nLa loi du 14 mars 2019 a été votée. Les agents feront grève le jeudi 6 avril.", "fr"),
        # the two weekdays' dates hold in no one year
        ("Strike\n\nTalks failed on March 3, 2023. Staff will walk out on Thursday, April 6 and Friday, May 13.", "en"),
    ],
)
def test_a_weekday_s_date_far_from_or_without_dated_days_fixes_nothing(text, lang):
    assert not infer_publication_window(text, lang).fixed_year


def _briefing(text: str):
    title, _, body = text.partition("\n\n")
    article = Article(path="seeds/x.txt", title=title, text=body, sha256="0" * 64, lang="fr")
    return analyse(article, load_nlp("fr")).briefing


def test_a_briefing_whose_year_is_not_fixed_has_no_date_and_no_upcoming_dates():
    briefing = _briefing("Écoles\n\nLa réforme a été votée en mars 2019. Les syndicats manifesteront jeudi.")
    assert (briefing.date, briefing.date_source, briefing.date_evidence) == (None, "unknown", None)
    assert briefing.upcoming == []  # "jeudi" counts from nothing


def test_a_briefing_whose_year_is_fixed_says_its_date_is_inferred_and_why():
    briefing = _briefing("Port\n\nLes travaux ont commencé en février 2022. Le nouveau quai ouvrira en novembre 2022.")
    assert briefing.date_source == "inferred" and briefing.date is not None
    assert dt.date.fromisoformat(briefing.date).year == 2022 and briefing.date_evidence


def test_the_month_an_address_gives_fixes_the_year_and_bounds_the_day():
    text = "Schedule\n\nThe mayor will open the bridge on Thursday, June 9, and will meet residents on Friday."
    assert not infer_publication_window(text, "en").fixed_year
    inference = infer_publication_window(text, "en", Address(month=(2016, 6)))
    assert inference.fixed_year and "the address's month 2016-06" in (inference.evidence or "")
    assert inference.earliest is not None and inference.latest is not None
    assert dt.date(2016, 6, 1) <= inference.earliest <= inference.latest < dt.date(2016, 6, 9)
    upcoming, _ = dated_events(extract_timexes_inferred(text, inference, "en"))
    assert "2016-06-09" in [u.date for u in upcoming]


GREVE = (
    "Grève\n\nLes syndicats appellent à la grève dès ce mardi 14 novembre, et le préavis court jusqu'à jeudi. "
    "La direction a répondu lundi qu'elle recevrait les délégués."
)


def test_a_unix_time_in_the_address_counts_when_the_weekdays_of_the_text_hold_after_it():
    inference = infer_publication_window(GREVE, "fr", Address(unix_day=dt.date(2023, 11, 13)))
    assert inference.fixed_year and inference.date is not None
    assert dt.date(2023, 11, 13) <= inference.date <= dt.date(2023, 11, 16)
    assert "Unix time" in (inference.evidence or "")


@pytest.mark.parametrize(
    "unix_day",
    [
        dt.date(2017, 8, 20),  # an article id: 14 November is a Tuesday in 2017 too, but months away
        dt.date(2022, 11, 10),  # four days before, but 14 November 2022 is a Monday
    ],
)
def test_a_number_the_text_does_not_confirm_is_no_date(unix_day):
    assert not infer_publication_window(GREVE, "fr", Address(unix_day=unix_day)).fixed_year


def test_a_unix_time_without_a_weekday_written_with_its_date_is_no_date():
    text = "Visite\n\nLe ministre se rendra à Lyon le 21 juin, puis à Dijon le 22 juin."
    assert not infer_publication_window(text, "fr", Address(unix_day=dt.date(2023, 6, 20))).fixed_year


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Séminaire\n\nLe gouvernement s'installe de lundi à jeudi à Tours. Mardi 5 mai, il visite une usine.", "fr"),
        ("Retreat\n\nThe cabinet meets from Monday to Thursday in York. On Tuesday, May 5, it visits a mill.", "en"),
    ],
)
def test_a_weekday_that_opens_a_span_names_no_present_day(text, lang):
    inference = infer_publication_window(text, lang, Address(month=(2015, 5)))
    assert "present tense" not in (inference.evidence or "")


def test_a_briefing_reads_the_month_of_its_address_and_says_so():
    body = "The mayor will open the bridge on Thursday, June 9, and will meet residents on Friday."
    article = Article(
        path="seeds/x.txt", title="Schedule", text=body, sha256="0" * 64, lang="en",
        url="https://cityblog.example.com/2016/06/the-mayors-week.html",
    )  # fmt: skip
    briefing = analyse(article, load_nlp("en")).briefing
    assert briefing.date_source == "inferred" and (briefing.date or "").startswith("2016-06")
    assert "the address's month 2016-06" in (briefing.date_evidence or "")
    assert "2016-06-09" in [u.date for u in briefing.upcoming]


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Sommet\n\nLe sommet aura lieu le 6 juin 2030 à Lyon. Le ministre partira mardi.", "fr", ["2030-06-06"]),
        ("Bridge\n\nThe bridge will open in September 2031, and the mayor will speak on Friday.", "en", ["2031-09"]),
        ("Sommet\n\nLe sommet a eu lieu le 6 juin 2019 à Lyon. Le ministre partira mardi.", "fr", []),
    ],
)
def test_without_a_date_a_future_date_that_writes_its_year_stays_upcoming_and_a_relative_one_does_not(text, lang, kept):
    title, _, body = text.partition("\n\n")
    article = Article(path="seeds/x.txt", title=title, text=body, sha256="0" * 64, lang=lang)
    briefing = analyse(article, load_nlp(lang)).briefing
    assert briefing.date_source == "unknown"
    assert [u.date for u in briefing.upcoming] == kept


@pytest.mark.parametrize(
    ("text", "lang", "unix_day"),
    [
        ("Sommet\n\nLe programme a été présenté ce jeudi par la préfecture. Il s'ouvrira samedi.", "fr", (2021, 6, 10)),
        ("Recall\n\nThe council approved the plan this Tuesday. A vote follows on Friday.", "en", (2018, 3, 6)),
    ],
)
def test_a_unix_time_counts_when_the_text_names_its_weekday_as_this_one(text, lang, unix_day):
    inference = infer_publication_window(text, lang, Address(unix_day=dt.date(*unix_day)))
    assert inference.fixed_year and inference.date == dt.date(*unix_day)
    assert "Unix time" in (inference.evidence or "")


def test_a_unix_time_on_another_weekday_than_this_one_is_no_date():
    text = "Sommet\n\nLe programme a été présenté ce jeudi par la préfecture. Il s'ouvrira samedi."
    assert not infer_publication_window(text, "fr", Address(unix_day=dt.date(2021, 6, 9))).fixed_year


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Budget\n\nMAR 3, 2021 LISTEN\n\nThe treasury will publish its plan on April 2, 2021.", "en", (2021, 3, 3)),
        ("Budget\n\n3 mars 2021 Partager\n\nLe Trésor publiera son plan le 2 avril 2021.", "fr", (2021, 3, 3)),
    ],
)
def test_a_stamp_in_capitals_or_beside_a_pages_buttons_dates_the_page(text, lang, day):
    inference = infer_publication_window(text, lang)
    assert inference.date == dt.date(*day) and "date stamp" in (inference.evidence or "")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Monday\n\n12th March 2018\n\nAgenda\n\nMinisters will meet on Wednesday (18 October) in Luxembourg.", "en"),
        ("Lundi 12 mars 2018\n\nAgenda\n\nLes ministres se réuniront le mercredi 18 octobre à Luxembourg.", "fr"),
    ],
)
def test_a_stamp_the_texts_weekdays_to_come_deny_dates_nothing(text, lang):
    # 18 October is a Thursday in 2018 and a Wednesday in 2017: the stamp is a site's clock, months after the text
    assert infer_publication_window(text, lang).date != dt.date(2018, 3, 12)


def test_a_stamp_the_texts_weekdays_to_come_agree_with_dates_the_page():
    text = "Monday\n\n12th March 2018\n\nAgenda\n\nMinisters will meet on Thursday (18 October) in Luxembourg."
    assert infer_publication_window(text, "en").date == dt.date(2018, 3, 12)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Budget\n\nMar 3, 2021 10:45 AM EST | Source: Reuters\n\nThe treasury will publish its plan in April.", "en"),
        ("Budget\n\n3 mars 2021 à 10h45 | Source : AFP\n\nLe Trésor publiera son plan en avril.", "fr"),
        ("Budget\n\nMarch 3, 2021 · Sources: Reuters and AP\n\nThe treasury will publish its plan in April.", "en"),
    ],
)
def test_a_stamp_with_its_zone_then_the_source_it_names_dates_the_page(text, lang):
    inference = infer_publication_window(text, lang)
    assert inference.date == dt.date(2021, 3, 3) and "date stamp" in (inference.evidence or "")


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Budget\n\nArticle publié le 14/09/21 à 18:05\n\nLe ministre se rendra jeudi à Lyon.", "fr", (2021, 9, 14)),
        ("Budget\n\nPublished 09/14/21 6:05 PM\n\nThe minister will travel to Lyon on Thursday.", "en", (2021, 9, 14)),
        ("Budget\n\nMis en ligne le 02.11.98\n\nLe ministre se rendra jeudi à Lyon.", "fr", (1998, 11, 2)),
    ],
)
def test_a_byline_whose_day_writes_a_two_digit_year_dates_the_page(text, lang, day):
    inference = infer_publication_window(text, lang)
    assert inference.date == dt.date(*day) and inference.fixed_year and "byline" in (inference.evidence or "")


def test_a_two_digit_year_outside_a_byline_dates_nothing():
    text = "Match\n\nLe score du tournoi était de 3/2/20 au terme de la rencontre. Le club jouera jeudi."
    assert infer_publication_window(text, "fr").date is None


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Vote\n\nThe commission met on Monday.\n\nThe notice of election will be published on March 6, 2023.",
            "en",
            (2023, 3, 6),
        ),
        (
            "Décret\n\nLe conseil s'est réuni lundi.\n\nLe décret sera publié le 6 mars 2023 au Journal officiel.",
            "fr",
            (2023, 3, 6),
        ),
    ],
)
def test_a_publication_to_come_is_no_byline(text, lang, day):
    inference = infer_publication_window(text, lang)
    assert inference.date != dt.date(*day) and "byline" not in (inference.evidence or "")


@pytest.mark.parametrize(
    ("stamp", "lang", "dated"),
    [
        ("Mardi 9 mars 2021 à 16h37", "fr", True),
        ("Tuesday 9 March 2021 4:37 pm", "en", True),
        ("Mardi 9 mars 2021 à 16h30", "fr", False),  # a round time: an event's as well as a page's
        ("Tuesday 9 March 2021 at 4 pm", "en", False),
    ],
)
def test_a_stamp_to_the_minute_below_the_story_dates_the_page(stamp, lang, dated):
    story = {
        "fr": "Le ministre est attendu jeudi à Lyon pour l'inauguration du forum, puis il visitera un centre.\n\n"
        "La ministre doit rencontrer vendredi les élus de la métropole avant de repartir pour Paris dans la soirée.",
        "en": "The minister is expected in Lyon on Thursday to open the forum, then he will visit a shelter.\n\n"
        "The other minister will meet the city's councillors on Friday before she returns to Paris in the evening.",
    }[lang]
    inference = infer_publication_window(f"Visite\n\n{story}\n\n{stamp}\n", lang)
    assert (inference.date == dt.date(2021, 3, 9)) is dated


def test_a_day_taken_from_the_date_told_before_bounds_nothing():
    # "dans la journée" is 29 November, the last day told, in a sentence in the past: the visit to come bounds the page
    text = (
        "Visite\n\nLe 20 novembre 2017, la présidence a réuni la presse. Le président effectuera une visite officielle "
        "du 27 au 29 novembre 2017. L'agenda a été dévoilé dans la journée par les organisateurs."
    )
    inference = infer_publication_window(text, "fr")
    assert inference.date is not None and inference.latest is not None
    assert dt.date(2017, 11, 20) <= inference.date <= inference.latest < dt.date(2017, 11, 27)


def test_the_addresss_month_holds_against_a_bound_of_the_text_outside_it():
    # the period's first day is read in the past of "avons déposé": the page, filed in July, is before it
    text = (
        "Grève\n\nNous avons déposé hier un préavis de grève pour la période allant du 1er septembre au 30 novembre "
        "2025."
    )
    inference = infer_publication_window(text, "fr", Address(month=(2025, 7)))
    assert inference.date is not None and inference.date.month == 7 and inference.fixed_year


def test_a_stamp_in_the_head_wins_over_an_older_stamp_to_the_minute_below():
    text = (
        "Visite\n\nMardi 9 mars 2021 à 16h37\n\n"
        "Le ministre est attendu jeudi à Lyon pour l'inauguration du forum, puis il visitera un centre.\n\n"
        "À lire aussi\n\nLundi 8 mars 2021 à 09h13\n\nUn autre article sur la visite d'un autre ministre."
    )
    assert infer_publication_window(text, "fr").date == dt.date(2021, 3, 9)


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        # 2 February 1945 names an ordinance: "mardi 4 avril" would hold in 1944, a year before it, as in 2023
        (
            "Ordre du jour\n\nRéunion de la conférence des présidents du 14 mars 2023.\n\nLe mardi 4 avril, les députés"
            " examineront le texte qui réforme l'ordonnance du 2 février 1945.",
            "fr",
            2023,
        ),
        (
            "Agenda\n\nThe committee met on 7 March 2023. On Tuesday, April 4, members will debate a bill amending the"
            " Companies Act of 8 November 2006.",
            "en",
            2023,
        ),
    ],
)
def test_the_day_in_a_text_s_name_does_not_place_a_weekday_s_date(text, lang, year):
    inference = infer_publication_window(text, lang)
    assert inference.fixed_year and inference.date is not None and inference.date.year == year


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Justice\n\nLe mardi 4 avril, les députés examineront le texte qui réforme l'ordonnance n° 45-174 du"
            " 2 février 1945.",
            "fr",
        ),
        (
            "Agenda\n\nOn Tuesday, April 4, members will debate a bill amending the Companies Act of 8 November 2006.",
            "en",
        ),
    ],
)
def test_a_weekday_s_date_near_only_a_text_s_name_fixes_nothing(text, lang):
    # 4 April is a Tuesday in 1944 and 2006 as in 2023: the law's years are not the page's
    assert not infer_publication_window(text, lang).fixed_year

"""A publication date stated by the page's address or its file name, and only a whole, sane day."""

import datetime as dt

import pytest

from generator.read import read_article
from generator.read.pagedate import date_in_file_name, date_in_url, month_in_url, unix_day_in_url


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.example.fr/politique/article/2021/06/30/conseil-des-ministres_6086.html", "2021-06-30"),
        ("https://news.example.com/world/2019-11-05/summit-opens", "2019-11-05"),
        ("https://example.com/news/a_20230317_b.html", "2023-03-17"),
        ("https://example.de/artikel?id=4&d=20120704", "2012-07-04"),
        ("https://www.example.co.uk/politics/2015/feb/09/budget-vote", "2015-02-09"),
        ("https://example.fr/2018/mars/12/greve", "2018-03-12"),
        ("https://example.org/2010/7/4/parade", "2010-07-04"),
        ("https://example.lu/fr/actualites/communiques/2019/11-novembre/28-visite-ministre.html", "2019-11-28"),
        ("https://l.example.com/politique/agenda-de-la-semaine_AN-201503220024.html", "2015-03-22"),  # to the minute
        ("https://example.com/a-20150322002400", "2015-03-22"),  # to the second
        ("https://www.example.ca/actualites/politique/201711/05/01-5142-sommet.php", "2017-11-05"),  # month folder
        ("https://www.example.com/english/state/visit-schedule/na20230620225742727727153", "2023-06-20"),  # stamp+id
        ("https://www.example.ie/culture/2019/1105/771234-festival-line-up", "2019-11-05"),  # month and day folder
        ("https://m.example.kr/view/APW20190314004200315", "2019-03-14"),  # a wire's id: desk, day, story number
        ("https://www.example.net/news.nsf/articles/budget+statement+27112019093000?open", "2019-11-27"),  # day first
        ("https://sport.example.fr/football/direct-la-liste-des-bleus_LN-202403140198.html", "2024-03-14"),  # day's nth
        ("https://m.example.com/amp/20240112093015482", "2024-01-12"),  # a stamp to the millisecond
    ],
)
def test_an_address_gives_the_day_it_holds_in_its_usual_shapes(url, day):
    assert date_in_url(url) == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "https://example.org/2019/05/",  # a month says neither the week nor the day
        "https://example.org/article-20151399.html",  # no month 13: an id that looks like a date
        "https://example.org/id/120240402555",  # digits inside a longer number
        "https://20240402.example.org/a",  # the host name is not the page's date
        "https://example.org/0001/01/01/a",  # outside the news range
        "https://example.org/2024/may/x",
        "https://example.org/summit-of-12-states-2019",  # no month word between the numbers
        "https://example.org/top-10-june-2019-picks",  # a number before a month, inside the page's name
        "https://example.fr/sortir/123-manifestation-prevue-samedi-12-octobre-2019/",  # the event's day, in words
        "https://example.org/2019/11-novembre/",  # a month folder without a day
        "https://example.org/a/201503222524",  # no hour 25: twelve digits that are no stamp
        "https://example.org/articles/201913/05/a",  # no month 13 in a year-and-month folder
        "https://example.org/news/2019/4512/summit",  # no month 45: a year folder and an id
        "https://example.org/story/na20231399225742727727153",  # no day 99: an id, not a stamp
        "https://example.org/view/AEN20221399007500325",  # no month 13: a wire id that holds no day
        "https://example.org/a/15052023251000",  # no hour 25: fourteen digits that are no stamp, day first
        "https://example.org/p/product-ABCD20220825007500",  # four letters: a product code, not a desk's
        "https://example.org/p/ref_lnx-202403140198",  # no desk's capitals: a reference, not a day's story number
        "https://example.org/a/_LN-202413140198",  # no month 13
        "https://example.org/amp/20240112253015482",  # no hour 25: seventeen digits that are no stamp
    ],
)
def test_no_day_is_made_up_from_an_address_that_gives_none(url):
    assert date_in_url(url) is None


def test_the_first_date_of_an_address_is_its_own_and_later_ones_are_links_it_names():
    url = "https://example.org/2022/01/10/retour-sur-le-sommet-du-2019-12-03"
    assert date_in_url(url) == dt.date(2022, 1, 10)


@pytest.mark.parametrize(
    ("url", "month"),
    [
        ("https://someblog.example.com/2014/09/council-votes-the-budget.html", (2014, 9)),
        ("https://example.org/news/2009/dec/climate-talks", (2009, 12)),
        ("https://example.org/2019/05/", (2019, 5)),
    ],
)
def test_an_address_may_give_a_month_without_its_day(url, month):
    assert month_in_url(url) == month


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/2021/06/30/a",  # a whole day: that is the date itself
        "https://example.org/2019/13/a",
        "https://example.org/articles/2019-budget",
        "https://2014.example.org/09/a",
        None,
    ],
)
def test_no_month_is_read_where_the_address_gives_a_day_or_none(url):
    assert month_in_url(url) is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.example.fr/infos/societe/la-greve-continue-1700000000", dt.date(2023, 11, 14)),
        ("https://example.com/story/1262304000.html", dt.date(2010, 1, 1)),
    ],
)
def test_a_ten_digit_number_is_the_day_it_would_be_as_a_unix_time(url, day):
    assert unix_day_in_url(url) == day


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/story/123456789",  # nine digits: 1973
        "https://example.com/story/12345678901",  # eleven: inside a longer number
        "https://example.com/story/0946684799",  # 1999-12-31: before the addresses that hold one
        "https://example.com/price/1700000000.5",
    ],
)
def test_no_unix_day_is_read_from_other_numbers(url):
    assert unix_day_in_url(url) is None


@pytest.mark.parametrize(
    ("name", "day"),
    [("2024-04-02-sommet-de-l-otan.txt", "2024-04-02"), ("afp_20230911_visite.html", "2023-09-11")],
)
def test_a_file_name_gives_its_day(name, day):
    assert date_in_file_name(name) == dt.date.fromisoformat(day)


def test_a_file_name_without_a_day_gives_none():
    assert date_in_file_name("sommet-2024.txt") is None


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


ARTICLE = "Visite du ministre à Lyon\n\nLe ministre se rendra jeudi à Lyon pour inaugurer une usine.\n"


def test_an_article_without_a_date_in_its_metadata_takes_the_one_its_address_states(tmp_path):
    page = write(tmp_path / "visite.txt", ARTICLE)
    write(tmp_path / "visite.yml", "url: https://example.fr/regions/2022/03/14/visite-a-lyon\n")
    article = read_article(page)
    assert article.published == dt.date(2022, 3, 14)
    assert article.published_from == "the page's address (https://example.fr/regions/2022/03/14/visite-a-lyon)"


def test_the_file_name_dates_an_article_when_nothing_else_does(tmp_path):
    article = read_article(write(tmp_path / "2021-10-05-visite.txt", ARTICLE))
    assert (article.published, article.published_from) == (
        dt.date(2021, 10, 5),
        "the file name (2021-10-05-visite.txt)",
    )


def test_metadata_wins_over_the_address_and_the_file_name(tmp_path):
    page = write(tmp_path / "2021-10-05-visite.txt", ARTICLE)
    write(tmp_path / "2021-10-05-visite.yml", "published: 2021-10-06\nurl: https://example.fr/2021/10/04/a\n")
    article = read_article(page)
    assert (article.published, article.published_from) == (dt.date(2021, 10, 6), None)

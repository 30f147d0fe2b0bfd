"""The publication day of a saved page: its article's structured data, not the first stamp of the page (issue 19,
dating that is never wrong). Small pages written for the test, shaped like news sites' JSON-LD."""

from __future__ import annotations

import json

from generator.read.html import article_date_in_json_ld, extract_html

_STORY = " ".join(["The council voted on the new budget after a long debate about housing and transport."] * 12)


def _page(*blocks: object, url: str = "https://news.example.org/world/council-budget-1.72880") -> str:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(b)}</script>' for b in blocks)
    return (
        f'<html><head><title>Council passes budget</title><link rel="canonical" href="{url}">{scripts}</head>'
        f"<body><article><h1>Council passes budget</h1><p>{_STORY}</p><p>{_STORY}</p></article></body></html>"
    )


_PHOTOS = {
    "@type": "NewsArticle",
    "image": [{"@type": "ImageObject", "datePublished": "2024-08-07T20:16Z"}],
    "datePublished": "2024-08-08T08:00Z",
}


def test_the_article_s_stamp_not_its_photos_dates_the_page():
    assert article_date_in_json_ld(_page(_PHOTOS)) == "2024-08-08"
    assert extract_html(_page(_PHOTOS)).published == "2024-08-08"


def test_an_article_in_a_graph_is_found_and_a_page_without_one_says_nothing():
    graph = {
        "@graph": [
            {"@type": "WebPage", "datePublished": "2020-01-01"},
            {"@type": ["BlogPosting"], "datePublished": "2021-03-04"},
        ]
    }
    assert article_date_in_json_ld(_page(graph)) == "2021-03-04"
    assert article_date_in_json_ld(_page({"@type": "VideoObject", "datePublished": "2021-03-04"})) is None


def test_an_address_that_states_another_day_wins_over_a_utc_stamp():
    # 01:49 UTC on the 9th is the evening of the 8th on the American west coast, the day the address gives.
    late = {"@type": "NewsArticle", "datePublished": "2023-11-09T01:49:09Z"}
    page = _page(late, url="https://news.example.org/2023/11/08/council-budget/")
    assert extract_html(page).published != "2023-11-09"


def _with_clock(page: str, *stamps: str) -> str:
    """The page with <time> elements the way a site's theme writes its other stories' stamps."""
    times = "".join(f'<time datetime="{s}">a story</time>' for s in stamps)
    return page.replace("</article>", f"</article><aside>{times}</aside>")


def test_a_utc_stamp_is_read_on_the_site_s_own_clock():
    # 03:15 UTC on the 12th is 23:15 on the 11th for a site whose other stamps are written at -04:00
    late = {"@type": "NewsArticle", "datePublished": "2021-03-12T03:15:00+00:00"}
    page = _with_clock(_page(late), "2021-03-11T18:02:10-04:00", "2021-03-11T09:40:00-04:00")
    assert article_date_in_json_ld(page) == "2021-03-11"
    assert extract_html(page).published == "2021-03-11"


def test_a_utc_stamp_keeps_its_day_without_an_agreed_clock():
    late = {"@type": "NewsArticle", "datePublished": "2021-03-12T03:15:00Z"}
    assert article_date_in_json_ld(_page(late)) == "2021-03-12"  # no offset written on the page
    # an offset of the same sign as the stamp's day: the day holds
    assert article_date_in_json_ld(_with_clock(_page(late), "2021-03-11T18:02:10+02:00")) == "2021-03-12"
    # offsets that put the stamp on two different days: the page's clock is not known
    mixed = _with_clock(_page(late), "2021-03-11T18:02:10-04:00", "2021-03-11T09:40:00+01:00")
    assert article_date_in_json_ld(mixed) == "2021-03-12"
    # a stamp written with its own offset is already the site's day
    local = {"@type": "NewsArticle", "datePublished": "2021-03-11T23:15:00-04:00"}
    assert article_date_in_json_ld(_with_clock(_page(local), "2021-03-11T18:02:10-04:00")) == "2021-03-11"


def test_the_article_s_modification_day_is_read_from_its_structured_data_or_open_graph():
    living = {"@type": "NewsArticle", "datePublished": "2021-03-04T08:00Z", "dateModified": "2021-03-09T18:05Z"}
    assert extract_html(_page(living)).modified == "2021-03-09"
    meta = '<meta property="article:modified_time" content="2021-03-09T18:05:00+01:00" />'
    page = _page({"@type": "NewsArticle", "datePublished": "2021-03-04T08:00Z"}).replace("<head>", f"<head>{meta}")
    assert extract_html(page).modified == "2021-03-09"
    assert extract_html(_page(_PHOTOS)).modified is None

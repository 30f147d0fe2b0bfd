"""Saved web pages: trafilatura finds the main text, title, date and site name."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.read.pagedate import date_in_url


@dataclass(frozen=True)
class HtmlContent:
    title: str
    text: str
    published: str | None
    outlet: str | None
    url: str | None
    lang: str | None
    author: str | None = None
    modified: str | None = None  # the day the page's structured data says its article was last modified


_SHORT_TEXT = 1000  # characters: an article's main text this short may be a block of it
_FULLER = 2  # ... when the default reading finds this many times more


def extract_html(html: str) -> HtmlContent | None:
    """Main content and metadata of a page, or None when the page has no article text."""
    import trafilatura  # imported on first use: most runs read no HTML, and the import costs 0.13 s

    def extract(precision: bool):  # trafilatura's Document, or None
        return trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_links=False,
            include_images=False,
            favor_precision=precision,
        )

    doc = extract(precision=True)
    # A dict only comes back with as_dict=True, which is not asked; the check tells mypy so.
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        return None
    if len(doc.text) < _SHORT_TEXT:
        # Precision keeps one block of an article cut into many small ones (a short paragraph where the story
        # has twenty): the default reading, which finds several times more, has the story.
        fuller = extract(precision=False)
        if fuller is not None and not isinstance(fuller, dict) and len(fuller.text or "") > _FULLER * len(doc.text):
            doc = fuller
    return HtmlContent(
        title=(doc.title or "").strip(),
        text=doc.text or "",
        published=_published(html, doc.date, doc.url),
        outlet=doc.sitename,
        url=doc.url,
        lang=doc.language,
        author=doc.author,
        modified=article_date_in_json_ld(html, "dateModified") or _modified_meta(html),
    )


def _published(html: str, found: str | None, url: str | None) -> str | None:
    """The article's own structured-data day over trafilatura's, unless the address states another day: a UTC
    stamp of the evening in America is the next day's ("2023-11-09T01:49Z" for a page of /2023/11/08/)."""
    article = article_date_in_json_ld(html)
    stated = date_in_url(url)
    return article if article and (stated is None or stated.isoformat() == article) else found


_MODIFIED_META = re.compile(
    r"<meta\b[^>]*\bproperty=[\"']article:modified_time[\"'][^>]*\bcontent=[\"'](?P<stamp>[^\"']+)[\"']", re.IGNORECASE
)


def _modified_meta(html: str) -> str | None:
    """The day of the page's `article:modified_time` (Open Graph), on the site's clock when it writes it."""
    match = _MODIFIED_META.search(html)
    day = _DAY.match(match["stamp"]) if match else None
    return (_local_day(match["stamp"], html) or day.group(0)) if match and day else None


_JSON_LD = re.compile(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def article_date_in_json_ld(html: str, key: str = "datePublished") -> str | None:
    """The day the page's structured data says its article (a NewsArticle, a BlogPosting...) was published (or
    last modified, with `key` "dateModified").

    A page's JSON-LD also dates each of its images and videos, often before the article itself (CBC lists its
    photos' stamps of the eve first), and a reading that takes the first `datePublished` gets the day wrong."""
    for block in _JSON_LD.findall(html):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        for item in _objects(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and (k.endswith("Article") or k == "BlogPosting") for k in kinds):
                stamp = str(item.get(key) or "")
                day = _DAY.match(stamp)
                if day:
                    return _local_day(stamp, html) or day.group(0)
    return None


# a stamp to the minute written in UTC ("2022-04-29T02:08:28+00:00", "2023-11-09T01:49Z")
_UTC_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)", re.ASCII)
# the page's own clock: a <time> element whose stamp writes its offset from UTC ("2022-04-28T20:24:21-04:00")
_TIME_OFFSET = re.compile(
    r"<time\b[^>]*\bdatetime=[\"']\d{4}-\d{2}-\d{2}T[\d:.]+(?P<sign>[+-])(?P<h>\d{2}):?(?P<m>\d{2})[\"']",
    re.IGNORECASE | re.ASCII,
)


def _local_day(stamp: str, html: str) -> str | None:
    """The day of a UTC stamp on the site's own clock, when the page's <time> stamps write it: 02:08 UTC on the 29th
    is 22:08 on the 28th for a site whose other stamps are at -04:00. None when the stamp is not in UTC, or the page
    writes no offset, or its offsets (summer and winter time) do not agree on the day."""
    if not _UTC_STAMP.fullmatch(stamp.strip()):
        return None
    moment = dt.datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
    days = set()
    for match in _TIME_OFFSET.finditer(html):
        offset = dt.timedelta(hours=int(match["h"]), minutes=int(match["m"])) * (1 if match["sign"] == "+" else -1)
        if offset:
            days.add((moment + offset).date().isoformat())
    return days.pop() if len(days) == 1 else None


def _objects(data: object) -> Iterator[dict]:
    """Every object of a JSON-LD block, in order: lists and "@graph" unfolded."""
    if isinstance(data, list):
        for element in data:
            yield from _objects(element)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph", []))


# Below this many visible characters, a page with scripts has not been drawn yet: a saved shell of an
# application page holds menus and a title at most, never an article.
_DRAWN_TEXT = 500
# A template's placeholder ("{{ article.title }}", as AngularJS, Vue and Handlebars write them) is text the
# scripts replace: not text the page shows.
_PLACEHOLDER = re.compile(r"\{\{.*?\}\}", re.DOTALL)


def without_placeholders(text: str) -> str:
    """`text` without a template's placeholders ("{{ article.title }}"), which the page's scripts replace."""
    return _PLACEHOLDER.sub(" ", text)


def drawn_by_script(html: str) -> bool:
    """True when the page's text is left to its scripts: script elements, and almost no visible text."""
    import lxml.etree  # type: ignore[import-untyped]  # installed with trafilatura; no stubs needed here
    import lxml.html  # type: ignore[import-untyped]

    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return False
    scripts = tree.xpath("//script")
    for element in tree.xpath("//script | //style | //noscript | //template"):
        element.drop_tree()
    visible = " ".join(without_placeholders(tree.text_content()).split())
    return bool(scripts) and len(visible) < _DRAWN_TEXT

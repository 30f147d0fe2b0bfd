"""Article -> Briefing: runs each extractor on the article and its parsed NLP doc.

No I/O here: reading and writing live in `read/` and `store.py`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from generator.extract.dates import TemporalReading, dated_events
from generator.extract.entities import extract_entities, with_dateline_place, with_source_agency
from generator.extract.facts import extract_key_facts, extract_summary
from generator.extract.language import detect_language
from generator.extract.participation import with_participants
from generator.extract.quotes import extract_quotes
from generator.extract.timex.publication import Address, Inference
from generator.fingerprint import generator_version
from generator.model import Article, Briefing, GeneratorInfo, Source, Timex
from generator.read.pagedate import month_in_url, unix_day_in_url

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass
class Analysis:
    """A briefing together with what it was computed from: the body and every temporal expression."""

    briefing: Briefing
    body: str  # title, blank line, article text: the text every offset refers to
    temporal: list[Timex]


def body_of(article: Article) -> str:
    """The text the extractors work on: the title (it names people too), then the article; the article alone when
    the title is its address's words (a page without headline): they are the text's own words, uncased."""
    return article.text if article.title_from_address else f"{article.title}\n\n{article.text}"


def _headline_end(article: Article) -> int:
    """Where the headline ends in `body_of`'s text: 0 when the title is no headline but a sentence of the article
    that a page without one gave as its title (it ends on a full stop): its dates are the article's own; 0 when the
    title, made from the address, is not in that text."""
    title = article.title
    return 0 if article.title_from_address or title.rstrip().endswith(".") else len(title)


def article_language(article: Article, override: str | None = None) -> str:
    """The language to process the article in: the command line's, the metadata's, or detected."""
    return detect_language(article.text, override or article.lang)


def analyse(
    article: Article,
    nlp: Language,
    published: dt.date | None = None,
    lang: str | None = None,
) -> Analysis:
    """Build the Briefing for an article; `published` and `lang` override the article's metadata."""
    from generator.nlp import describe

    return analyse_doc(article, nlp(body_of(article)), describe(nlp), published, lang)


def analyse_doc(
    article: Article,
    doc: Doc,
    extractor: str,
    published: dt.date | None = None,
    lang: str | None = None,
) -> Analysis:
    """Build the Briefing from an article and the spaCy doc of its `body_of` (so parsing can be batched).

    `extractor` names the NLP pipeline that made the doc; the front matter records it.
    """
    lang = article_language(article, lang)
    body = doc.text
    reading = TemporalReading(body, lang, doc)
    dating = _dating(article, published, reading)
    published, temporal = dating.published, dating.temporal
    stamps = reading.stamps()
    upcoming, timeline = dated_events(
        [t for t in temporal if (t.start, t.end) not in stamps], published, headline_end=_headline_end(article)
    )
    participants, places = extract_entities(doc, lang)
    participants = with_source_agency(participants, article.agency)
    places = with_dateline_place(places, article.dateline, lang, body)
    upcoming = with_participants(reading.spelled_out(upcoming), participants, places, reading.language, body)
    timeline = with_participants(reading.spelled_out(timeline), participants, places, reading.language, body)
    briefing = Briefing(
        title=article.title,
        date=published.isoformat() if published else None,
        date_source=dating.source,
        date_evidence=dating.evidence,
        lang=lang,
        source=Source(
            path=article.path, sha256=article.sha256, url=article.url, outlet=article.outlet, author=article.author
        ),
        summary=extract_summary(doc, lang, temporal, stamps),
        key_facts=extract_key_facts(doc, lang, participants, temporal),
        participants=participants,
        places=places,
        upcoming=upcoming,
        timeline=timeline,
        quotes=extract_quotes(doc, participants, lang),
        generator=GeneratorInfo(version=generator_version(), nlp=extractor),
    )
    return Analysis(briefing=briefing, body=body, temporal=temporal)


@dataclass(frozen=True)
class _Dating:
    """The day a briefing counts from, where it comes from, and the text's temporal expressions read against it."""

    published: dt.date | None
    source: Literal["metadata", "inferred", "unknown"]
    evidence: str | None
    temporal: list[Timex]


def _dating(article: Article, given: dt.date | None, reading: TemporalReading) -> _Dating:
    """The publication day: the one given (command line), else the article's unless the text contradicts it, else
    one the text's evidence fixes, else none."""
    # A date the page states in its address or file name is known, and the page says where it is stated.
    evidence = article.published_from if given is None and article.published else None
    told: list[Timex] = []  # days the text tells as done after the page's metadata day
    stamped_found = None
    if given is None and article.published_in_page and article.published is not None:
        # the page's metadata may be a reader comment's stamp or an older version's: it is not the text's when two
        # days after it are told as done with their year ("a été mise en examen le 29 novembre 2019")
        stamped_found = reading.timexes(article.published)
        told = reading.told_as_done_after(article.published, stamped_found)
    contradicted = len({t.value for t in told}) >= 2
    # the address's or file name's day is not the text's when the text names another day as today ("aujourd'hui
    # mercredi 25 janvier" in a page filed under /2018/06/13/ when a site moved)
    today = reading.today_named(article.published) if evidence is not None and article.published else None
    published = given or (None if contradicted or today is not None else article.published)
    if published is None:
        inference = reading.inference(Address(month_in_url(article.url), unix_day_in_url(article.url)))
        if not inference.fixed_year:  # a likely year is no year: unknown is asked for, wrong is not noticed
            inference = Inference(None, None)
        elif today is not None and inference.date is not None and inference.date.isoformat()[5:] != today.value[5:]:
            inference = Inference(None, None)  # the day the text calls today is not the inferred one either
        elif contradicted and inference.date is not None:
            if inference.date < dt.date.fromisoformat(told[0].value):  # the text's own day is contradicted too
                inference = Inference(None, None)
            else:
                note = f"not the page's metadata {article.published}, before '{told[0].text}' told as done"
                inference = inference._replace(evidence=f"{inference.evidence}; {note}")
        source: Literal["metadata", "inferred", "unknown"] = "inferred" if inference.date else "unknown"
        return _Dating(inference.date, source, inference.evidence, reading.timexes_inferred(inference))
    temporal = stamped_found if stamped_found is not None else reading.timexes(published)
    if given is None and article.published_in_page and article.modified is not None:
        stated = reading.states_day(article.modified)
        if stated is not None:
            # a living page whose text states its modification day ("Point d'étape au 12 janvier 2020") is that
            # version: the publication day in its metadata is the first version's
            evidence = f"the page's modification day, which its text states ('{stated.text}')"
            return _Dating(article.modified, "metadata", evidence, reading.timexes(article.modified))
    later = reading.reported_after(published, temporal) if evidence is not None else None
    if later is not None:
        # the address's or file name's day comes before a day the text reports as past: not the publication's
        published = dt.date.fromisoformat(later.value)
        evidence = f"'{later.text}', reported in the past, after the day of {evidence}"
        return _Dating(published, "inferred", evidence, reading.timexes(published))
    return _Dating(published, "metadata", evidence, temporal)

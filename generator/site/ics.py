"""agenda.ics: the agenda as an iCalendar feed a calendar application can subscribe to.

(Named ics.py rather than calendar.py so that it can never shadow the standard library's calendar module.)

- Day-precision dates (and day intervals) are all-day events.
- Month-precision dates span the whole month, marked transparent so they do not show the reader as busy:
  that is what "in July" means, where an event on 1 July would pretend to an exactness the article lacks.
- Year-precision dates are left out: a year-long event helps no one; the agenda page lists them.
- UIDs are derived from the briefing's path, the date and the article's exact words, never from list order
  or the (tunable) event phrase, so an item keeps its UID across rebuilds and calendar clients update it
  in place instead of duplicating it. An event several briefings announce (events.py) is one VEVENT with
  the UID of its oldest announcement, and a SEQUENCE that grows with each briefing that joins it and with
  each of its briefings corrected by hand (`sequence`).
"""

from __future__ import annotations

import datetime as dt
import hashlib

from generator.safetext import clean
from generator.site.agenda import AgendaItem, source_name, when_label
from generator.site.words import SITE_LANG, site_words

ICS_URI = "agenda.ics"
UID_DOMAIN = "event-briefings"


def item_uid(item: AgendaItem) -> str:
    """A stable, unique identifier for one dated item of one briefing."""
    key = "\n".join([item.entry.src_uri, str(item.event.date), " ".join(item.event.text.split())])
    return f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}@{UID_DOMAIN}"


def sequence(item: AgendaItem) -> int:
    """The event's revision, which a calendar application compares to know it changed: one for each briefing
    that joins the event after the first, and one for each of its briefings corrected by hand (its wording,
    its date). The build keeps no state, so a second correction of the same page does not raise it again;
    adding a source or a first correction of each page always does."""
    return len(item.briefings) - 1 + sum(1 for entry in item.briefings if entry.edited)


def ics_bytes(
    items: list[AgendaItem], urls: dict[str, str], calendar_name: str, stamp: dt.date, lang: str = SITE_LANG
) -> bytes:
    """The iCalendar file; `urls` maps a briefing's src_uri to its absolute URL (absent: no URL property).
    Its words (summaries, descriptions) are the site's, in `lang`.

    `stamp` is the DTSTAMP fallback for briefings without a publication date; using the publication date
    otherwise keeps the file identical across rebuilds of unchanged briefings.
    """
    from icalendar import Calendar  # here: the calendar is made in the build's second process (offload.py)

    cal = Calendar()
    cal.add("prodid", "-//event-briefings//agenda//FR")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", calendar_name)
    seen: set[str] = set()
    for item in items:
        if item.span.precision == "year":
            continue
        uid = item_uid(item)
        if uid in seen:  # the same words at the same date twice in one article: one event
            continue
        seen.add(uid)
        cal.add_component(_event(item, uid, urls.get(item.entry.src_uri), stamp, lang))
    return cal.to_ical()


def _event(item: AgendaItem, uid: str, url: str | None, stamp: dt.date, lang: str):  # -> icalendar.Event
    from icalendar import Event

    words = site_words(lang)
    briefing = item.entry.briefing
    what = _line(item.event.event or item.event.text)
    event = Event()
    event.add("uid", uid)
    published = _date(briefing.date) or stamp
    event.add("dtstamp", dt.datetime(published.year, published.month, published.day, tzinfo=dt.timezone.utc))
    event.add("dtstart", item.span.start)  # a date, not a datetime: VALUE=DATE, an all-day event
    event.add("dtend", item.span.end + dt.timedelta(days=1))  # DTEND is exclusive for all-day events
    if item.span.precision == "month":
        event.add("summary", words["month_unsure"].format(event=what, when=when_label(item.span, lang)))
        event.add("transp", "TRANSPARENT")
    else:
        event.add("summary", what)
    if item.event.where:
        event.add("location", _line(item.event.where))
    description = [what, words["quoted"].format(text=_line(item.event.text))]
    if item.event.who:
        description.append(_line(", ".join(item.event.who)))
    description += [words["from_briefing"].format(title=_line(source.briefing.title)) for source in item.briefings]
    if item.dates:  # announced at dates that disagree: the calendar shows the newest, the others are said
        description.append(words["conflicting_dates"] + " : " + " ; ".join(
            words["according_to"].format(
                when=when_label(span, lang), sources=", ".join(_line(source_name(e, lang)) for e in entries)
            )
            for span, entries in item.dates
        ))  # fmt: skip
    event.add("sequence", sequence(item))
    if url:
        event.add("url", url)
        description.append(url)
    event.add("description", "\n".join(description))
    return event


def _line(text: str) -> str:
    """One line of text a calendar can carry: no control characters (icalendar escapes only line breaks)."""
    return " ".join(clean(text).split())


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None

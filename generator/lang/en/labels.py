"""The words of an English briefing page: pure data, importing nothing of ours.

The same keys as generator/lang/fr/labels.py; `generator.render.labels("en")` looks them up.
"""

LOCALE = "en_GB"  # babel's locale: "Wednesday 3 April 2024", day before month
CODE = "en"

PAGE = {
    "published": "Published",
    "by": "by",
    "summary": "Summary",
    "facts": "Key facts",
    "participants": "Participants",
    "people": "People",
    "organizations": "Organisations",
    "name": "Name",
    "role": "Role",
    "aliases": "Also called",
    "mentions": "Mentions",
    "person": "person",
    "organization": "organisation",
    "places": "Places",
    "upcoming": "Upcoming",
    "timeline": "Background",
    "date": "Date",
    "event": "Event",
    "where": "Where",
    "who": "With",
    "quotes": "Quotes",
    "article": "Original article",
    "source": "source",
    "unknown_date": "date unknown",
    "inferred_date": "date inferred from the text, to be confirmed",
    "inferred_note": (
        "The publication date is inferred from the text ({evidence}). The article's relative dates "
        "('Wednesday', 'in two weeks') enter the agenda only once this date is confirmed: in this page's "
        "front matter, correct 'date:' if needed, write 'date_source: metadata', then remove this note."
    ),
    "unknown_note": (
        "The publication date is unknown: the article's relative dates have no value. Add 'published:' "
        "to the article's metadata and run 'briefings generate' again."
    ),
    "see_also": "See also",
    "see_also_person": "People",
    "see_also_organization": "Organisations",
    "colon": ": ",  # before a list, as the language punctuates it
    "see_also_place": "Places",
    "permalink": "Link to this section",
    # the story a briefing is part of (generator/site/stories.py)
    "story": "In the same story",
    "story_span": "{count} briefings, from {first} to {last}.",
    "story_this": "this briefing",
    "story_more": "… and {count} more briefings in this story.",
    "story_changes": "What changed since {date}",
    "story_nothing_new": "Nothing new: no date, participant or fact the earlier briefings had not given.",
    "story_changed_dates": "Changed dates",
    "story_new_dates": "New dates",
    "story_new_participants": "New participants",
    "story_new_facts": "New key facts",
}

# babel format_date patterns (CLDR syntax).
DATES = {
    "day": "EEEE d MMMM y",  # Wednesday 3 April 2024
    "day_first": "EEEE d MMMM y",
    "day_no_year": "EEEE d MMMM",
    "day_first_no_year": "EEEE d MMMM",
    "day_only": "EEEE d",
    "day_first_only": "EEEE d",
    "month": "LLLL y",  # April 2024
    "range": "{start} – {end}",
    "year_unsure": "{year}, date to be confirmed",
}

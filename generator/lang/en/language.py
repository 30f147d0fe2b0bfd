"""English as one Language record: the vocabulary, temporal grammar, tense cues and event words."""

from __future__ import annotations

from generator.lang.en import chrome, entities, events, facts, quotes, tense, timex
from generator.lang.en import vocabulary as v
from generator.lang.record import Language

LANGUAGE = Language(
    code="en",
    name="English",
    months=v.MONTHS,
    weekdays=v.WEEKDAYS,
    month_abbreviations=v.MONTH_ABBREVIATIONS,
    day_first=False,
    first_of_month="1",
    numbers={**v.NUMBERS, **v.ARTICLE_NUMBERS},
    ordinals=v.ORDINALS,
    seasons=v.SEASONS,
    parts_of_day=v.PARTS_OF_DAY,
    units=v.UNITS,
    unit_plurals=v.UNIT_PLURALS,
    days_from_publication=v.DAYS_FROM_PUBLICATION,
    days_from_discourse=v.DAYS_FROM_DISCOURSE,
    timex_rules=timex.RULES,
    timex_anchors=timex.ANCHORS,
    timex_cues=timex.CUES,
    timex_ignore_case=False,
    bare_plural_unit_is_duration=True,
    range_links=("to", "through", "until", "till"),
    pair_links=("and",),
    between_words=("between",),
    date_articles=("the",),
    counted_back=("ago", "earlier"),
    weekday_prepositions=frozenset({"on"}),
    month_homographs=frozenset({"May", "March"}),  # the modal; the verb and the noun
    month_homograph_contexts=frozenset({"", "and", "or", "to", "of"}),
    nationality_precedes_noun=True,
    tense_cues=tense.TENSE_CUES,
    event_nouns=events.EVENT_NOUNS,
    event_determiner=events.EVENT_DETERMINER,
    event_cut=events.EVENT_CUT,
    event_predicate=events.EVENT_PREDICATE,
    event_place=events.EVENT_PLACE,
    attribution=events.ATTRIBUTION,
    anniversary=events.ANNIVERSARY,
    anniversary_words=events.ANNIVERSARY_WORDS,
    entities=entities.ENTITIES,
    quotes=quotes.QUOTES,
    facts=facts.FACTS,
    chrome=chrome.CHROME,
    function_words=v.FUNCTION_WORDS,
)

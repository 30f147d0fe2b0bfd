"""French as one Language record: the vocabulary, temporal grammar, tense cues and event words."""

from __future__ import annotations

from generator.lang.folding import fold
from generator.lang.fr import chrome, entities, events, facts, quotes, tense, timex
from generator.lang.fr import vocabulary as v
from generator.lang.record import Language

LANGUAGE = Language(
    code="fr",
    name="français",
    months=v.MONTHS,
    weekdays=v.WEEKDAYS,
    month_abbreviations=v.MONTH_ABBREVIATIONS,
    day_first=True,
    first_of_month="1er",
    numbers=v.NUMBERS,
    approximate_numbers=v.APPROXIMATE_NUMBERS,
    number_plurals=v.NUMBER_PLURALS,
    vigesimal=True,
    ordinals=v.ORDINALS,
    seasons=v.SEASONS,
    parts_of_day={fold(w): code for w, code in v.PARTS_OF_DAY.items()},
    units={**v.UNITS, **v.TERMS_OF_OFFICE},
    days_from_publication=v.DAYS_FROM_PUBLICATION,
    days_from_discourse=v.DAYS_FROM_DISCOURSE,
    timex_rules=timex.RULES,
    timex_anchors=timex.ANCHORS,
    timex_cues=timex.CUES,
    timex_ignore_case=True,
    today_is_present_by_punctuation=True,
    range_links=("au", "à"),
    pair_links=("et",),
    between_words=("entre",),
    date_articles=("le",),
    counted_back=("il y a",),
    month_as_name_after=frozenset({"de", "d'", "et", "ou", "avant", "apres", "entre"}),
    tense_cues=tense.TENSE_CUES,
    event_nouns=events.EVENT_NOUNS,
    event_cut=events.EVENT_CUT,
    event_predicate=events.EVENT_PREDICATE,
    event_place=events.EVENT_PLACE,
    attribution=events.ATTRIBUTION,
    anniversary=events.ANNIVERSARY,
    anniversary_words=events.ANNIVERSARY_WORDS,
    event_light_verbs=events.EVENT_LIGHT_VERBS,
    subject_pronouns=events.SUBJECT_PRONOUNS,
    relative_pronouns=events.RELATIVE_PRONOUNS,
    coordinators=events.COORDINATORS,
    event_date_lead=events.EVENT_DATE_LEAD,
    event_lead=events.EVENT_LEAD,
    event_dangling=events.EVENT_DANGLING,
    entities=entities.ENTITIES,
    quotes=quotes.QUOTES,
    facts=facts.FACTS,
    chrome=chrome.CHROME,
    function_words=v.FUNCTION_WORDS,
)

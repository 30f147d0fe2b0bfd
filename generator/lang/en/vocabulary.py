"""English calendar words, numbers and units, as written (the folded lookups are derived from them).

Why not dateparser's `date_translation_data/en.py`: see generator/lang/fr/vocabulary.py. Month and
weekday names are capitalised: the English grammar is case-sensitive ("may" is the modal).
"""

from __future__ import annotations

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# "Sept" before "Sep": the grammar tries them in this order
MONTH_ABBREVIATIONS = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sept": 9,
    "Sep": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "noon": "T12:00"}

NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "and": 0,
}
ARTICLE_NUMBERS = {"a": 1, "an": 1}  # "a year", "an hour": the article counts one

# Units of durations -> (TIMEX3 letter, multiplier, is a clock unit), in the grammar's order.
UNITS = {
    "year": ("Y", 1, False),
    "month": ("M", 1, False),
    "week": ("W", 1, False),
    "day": ("D", 1, False),
    "hour": ("H", 1, True),
    "minute": ("M", 1, True),
    "second": ("S", 1, True),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
    "quarter": ("M", 3, False),
}
UNIT_PLURALS = {"centuries": "century"}

DAYS_FROM_PUBLICATION = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "tonight": 0,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
DAYS_FROM_DISCOURSE = {
    "the day before": -1,
    "the next day": 1,
    "the following day": 1,
    "the same day": 0,
    "the previous day": -1,
    "later that day": 0,
    "later in the day": 0,
    "earlier that day": 0,
    "earlier in the day": 0,
}

# Frequent words that tell English from French.
FUNCTION_WORDS = frozenset(
    "the of and to in is was for on that with by at from have has are were it this his her".split()
)

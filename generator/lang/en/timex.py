"""The English temporal grammar: each rule a name and a pattern, with the words that anchor it.

The patterns are case-sensitive (month and weekday names are capitalised: "may" is the modal); words
that may be written in any case sit in (?i:...) groups. See generator/lang/fr/timex.py.
"""

from __future__ import annotations

import datetime as dt

from generator.lang.en.vocabulary import (
    ARTICLE_NUMBERS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBERS,
    PARTS_OF_DAY,
    UNIT_PLURALS,
    UNITS,
    WEEKDAYS,
)
from generator.lang.patterns import (
    AP,
    DIGIT,
    YEAR4,
    Example,
    RuleTable,
    TimexRule,
    alternation,
    anchor_words,
    longest_first,
    number_words,
)
from generator.lang.record import TimexCues, words

EN_MONTH_FULL = alternation(MONTHS)
# a page's stamp may write its month in capitals ("JAN 6, 2016", "06 JUNE 2023")
EN_MONTH_CAPITALS = alternation(tuple(m.upper() for m in (*MONTHS, *MONTH_ABBREVIATIONS)))
EN_MONTH = rf"(?:{EN_MONTH_FULL}|{alternation(MONTH_ABBREVIATIONS)}\.?|{EN_MONTH_CAPITALS}\b)"
# ... and a programme's day headings their weekdays ("MONDAY - With the royals in London")
EN_WEEKDAY = rf"(?:{alternation(WEEKDAYS)}|{alternation(tuple(w.upper() for w in WEEKDAYS))}\b)"
EN_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
# "twenty-one", "two hundred": after a ten or a hundred, one to nine; "hundred" after any
EN_NUMWORD = number_words(NUMBERS, lambda n: n <= 9 or n == 100, ignore_case=True)
EN_NUM = rf"(?:\d+(?:\.\d+)?|{EN_NUMWORD}|{alternation(longest_first(ARTICLE_NUMBERS), ignore_case=True)})"
EN_FEW = r"(?i:a\s+few|several|a\s+couple\s+of)"
EN_VAGUE = r"(?i:a\s+few|few|several|many|some|a\s+couple\s+of|couple\s+of|recent|coming|past|next|last)"
EN_UNIT = alternation(UNITS, plural=True, plurals=UNIT_PLURALS, ignore_case=True)
EN_POD = alternation((w for w, code in PARTS_OF_DAY.items() if not code.startswith("T")), ignore_case=True)
EN_PRE_DUR = r"(?i:almost|nearly|about|around|more\s+than|less\s+than|at\s+least|some|a\s+mere|roughly|just)"

# Anchors: the folded words every match of a rule must contain (see the grammar).
_EN_MONTHS = anchor_words((*MONTHS, *MONTH_ABBREVIATIONS))
_EN_WEEKDAYS = anchor_words(WEEKDAYS)
_EN_UNITS = anchor_words(UNITS, plural=True, plurals=UNIT_PLURALS)

# The day every example is read from, unless it says otherwise: a Tuesday.
PUBLISHED = dt.date(2024, 4, 2)

RULES = RuleTable(
    (
        TimexRule(
            "block_age",
            rf"\b(?:{EN_NUM})[- ](?i:years?)[- ](?i:old)\b|\b(?i:aged)\s+\d+\b|\b(?i:age\s+of)\s+\d+\b",
            "old aged age",
            (Example("The 45-year-old driver was arrested.", PUBLISHED, ()),),
        ),
        TimexRule(
            "block_anniv",
            rf"\b(?:{EN_NUM})(?:st|nd|rd|th)?\s+(?i:anniversary)\b",
            "anniversary",
            (Example("The town marked the 75th anniversary of its liberation.", PUBLISHED, ()),),
        ),
        TimexRule(
            # "March 16 falls on a Friday": any Friday, what a day of the calendar is, not a day of its own
            "block_weekday",
            rf"\b(?i:a)\s+{EN_WEEKDAY}\b",
            _EN_WEEKDAYS,
            (Example("The market is held on a Friday every other week.", PUBLISHED, ()),),
        ),
        TimexRule(
            "block_num",
            r"\b[A-Z]\d{1,2}\b|[$€£]\s?\d[\d,.]*\s*(?:million|billion|trillion)?|\b\d+(?:\.\d+)?\s*(?:%|percent\b)",
            DIGIT,
            (Example("The company lost $40 million.", PUBLISHED, ()),),
        ),
        TimexRule(
            "numeric",
            r"(?<![\d/.-])(?:(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])"
            r"|(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d))(?![\d/-]|\.\d)",
            DIGIT,
            (
                Example("The deal was signed on 4/2/2024.", PUBLISHED, (("4/2/2024", "DATE", "2024-04-02"),)),
                Example("Berlin, 03.06.2007: the summit opens.", PUBLISHED, (("03.06.2007", "DATE", "2007-06-03"),)),
            ),
        ),
        TimexRule(
            # a schedule's day written in numbers without its year, at the head of its line or after its weekday
            # ("10/8 – Heart of Town", "9/23 VFW Memorial", "Tuesday 10/8"): the language's order ("24/7" is no day)
            "numeric_day",
            rf"(?:\b(?P<wd>{EN_WEEKDAY}),?\s+|(?<![^\n])[ \t]*)(?!24/7\b)(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)"
            r"(?![\d/]|[.,]\d)"
            r"(?(wd)|(?=[ \t]*[-–—:][ \t]|[ \t]+[A-Z]))",
            DIGIT,
            (
                Example(
                    "Hearings are set as follows:\n4/8 – Town Hall\n5/6 – Library",
                    PUBLISHED,
                    (("4/8", "DATE", "2024-04-08"), ("5/6", "DATE", "2024-05-06")),
                ),
                Example("The board meets Tuesday 4/9.", PUBLISHED, (("Tuesday 4/9", "DATE", "2024-04-09"),)),
            ),
        ),
        TimexRule(
            "quarter",
            r"\b(?:(?i:the)\s+)?(?P<q>(?i:first|second|third|fourth|last))\s+(?P<unit>(?i:quarter|half))"
            r"(?:\s+(?i:of)\s+(?P<year>(?:19|20)\d\d))?\b|\b(?P<qn>Q[1-4])\s+(?P<year2>(?:19|20)\d\d)\b",
            "quarter half q1 q2 q3 q4",
            (
                Example(
                    "Profits fell in the third quarter of 2023.",
                    PUBLISHED,
                    (("the third quarter of 2023", "DATE", "2023-Q3"),),
                ),
            ),
        ),
        TimexRule(
            "nth_weekday",
            rf"\b(?:(?i:the)\s+)?(?P<nth>(?i:first|second|third|fourth|last))\s+(?P<wd>{EN_WEEKDAY})\s+(?i:of|in)\s+"
            rf"(?:(?i:the)\s+)?(?P<month>{EN_MONTH_FULL}|(?i:spring|summer|autumn|fall|winter))\b"
            r"(?!\s+(?i:term|semester|session|quarter|season|break|recess))"  # "the fall term" is a school calendar's
            rf"(?:,?\s+(?P<year>{YEAR4}))?",
            _EN_WEEKDAYS,
            (
                Example(
                    "The vote is set for the first Tuesday in November.",
                    PUBLISHED,
                    (("the first Tuesday in November", "DATE", "2024-11-05"),),
                ),
            ),
        ),
        TimexRule(
            "range_days",
            rf"\b(?P<month>{EN_MONTH})\s+(?P<d1>{EN_DAY})\s*(?:-|–|(?i:to|through|and))\s*(?P<rest>(?P<day>{EN_DAY}))"
            rf"(?:,?\s+(?P<year>{YEAR4}))?",
            _EN_MONTHS,
            (
                Example(
                    "The festival will run July 9-11.",
                    PUBLISHED,
                    (("July 9", "DATE", "2024-07-09"), ("11", "DATE", "2024-07-11")),
                ),
            ),
        ),
        TimexRule(
            "range_days",
            rf"(?<![\d$€£.,])\b(?P<listed>(?:{EN_DAY},\s*)+)(?P<d1>{EN_DAY}),?\s+(?i:and|or)\s+"
            rf"(?P<rest>(?P<day>{EN_DAY})\s+(?P<month>{EN_MONTH})\b(?:,?\s+(?P<year>{YEAR4}))?)(?!\s*\d)",
            _EN_MONTHS,
            (
                Example(
                    "Drivers will strike on 13, 14 and 16 December.",
                    PUBLISHED,
                    (("13", "DATE", "2024-12-13"), ("14", "DATE", "2024-12-14"), ("16 December", "DATE", "2024-12-16")),
                ),
            ),
        ),
        TimexRule(
            "range_days",
            rf"(?<![\d$€£.,])\b(?P<pair1>{EN_DAY})\s*[-–]\s*(?P<pair2>{EN_DAY}),?\s+(?i:and)\s+(?P<d1>{EN_DAY})\s*[-–]\s*"
            rf"(?P<rest>(?P<day>{EN_DAY})\s+(?P<month>{EN_MONTH})\b(?:,?\s+(?P<year>{YEAR4}))?)(?!\s*\d)",
            _EN_MONTHS,
            (
                Example(
                    "Nurses will walk out on 2-3 and 9-10 May.",
                    PUBLISHED,
                    (
                        ("2", "DATE", "2024-05-02"),
                        ("3", "DATE", "2024-05-03"),
                        ("9", "DATE", "2024-05-09"),
                        ("10 May", "DATE", "2024-05-10"),
                    ),
                ),
            ),
        ),
        TimexRule(
            "range_days",
            rf"(?<![\d$€£.,])\b(?P<d1>{EN_DAY})\s*(?:-|–|(?i:to|and))\s*(?P<rest>(?P<day>{EN_DAY})\s+(?P<month>{EN_MONTH})\b"
            rf"(?:,?\s+(?P<year>{YEAR4}))?)(?!\s*\d)",
            _EN_MONTHS,
            (
                Example(
                    "The conference will be held 9-11 July.",
                    PUBLISHED,
                    (("9", "DATE", "2024-07-09"), ("11 July", "DATE", "2024-07-11")),
                ),
            ),
        ),
        TimexRule(
            "nth_week",
            # "the second week of June", "the last week of May", "in the first week of next month": the week that
            # holds the month's n-th seven days, not the month
            rf"\b(?:(?i:the)\s+)?(?P<nth>(?i:first|second|third|fourth|last))\s+(?i:week)\s+(?i:of|in)\s+"
            rf"(?:(?i:the\s+month\s+of\s+)?(?P<month>{EN_MONTH_FULL})\b(?:,?\s+(?P<year>{YEAR4}))?|(?P<next>(?i:next\s+month)))",
            "week",
            (
                Example(
                    "The bill goes to the Senate in the second week of June.",
                    PUBLISHED,
                    (("the second week of June", "DATE", "2024-W24"),),
                ),
                Example(
                    "The minister will visit Colombo in the first week of next month.",
                    PUBLISHED,
                    (("the first week of next month", "DATE", "2024-W19"),),
                ),
            ),
        ),
        TimexRule(
            "week_of",
            # "the week of May 25", "the week of 25 May": the week, not its first day
            # "the weekend of April 13": that week's Saturday and Sunday
            rf"\b(?:(?P<det>(?i:the))\s+)?(?:(?i:week)|(?P<we>(?i:week-?end)))\s+(?i:of)\s+(?:(?P<wd>{EN_WEEKDAY}),?\s+)?"
            rf"(?:(?P<month>{EN_MONTH})\s+(?P<day>{EN_DAY})|(?P<day2>{EN_DAY})\s+(?P<month2>{EN_MONTH}))\b"
            rf"(?:,?\s+(?P<year>{YEAR4}))?",
            "week weekend",
            (
                Example(
                    "The final is set for the weekend of April 13.",
                    PUBLISHED,
                    (("the weekend of April 13", "DATE", "2024-W15-WE"),),
                ),
                Example(
                    "Hearings resume the week of April 15.",
                    PUBLISHED,
                    (("the week of April 15", "DATE", "2024-W16"),),
                ),
                Example(
                    "The talks are set for the week of 15 April.",
                    PUBLISHED,
                    (("the week of 15 April", "DATE", "2024-W16"),),
                ),
            ),
        ),
        TimexRule(
            "date",
            # "Thursday (October 19)", "Thursday (19 October)": the press's weekday with its date in brackets; and
            # after it, "March 11th, 2024 (Monday)": the date's own weekday, no day of its own; a stamp may close its
            # year up to the comma ("August 3,2009")
            rf"(?:(?P<wd>{EN_WEEKDAY})(?:,?\s+|\s+(?P<bracket>\()))?\b(?P<month>{EN_MONTH})\s+(?P<day>{EN_DAY})\b"
            rf"(?:(?:,\s*|\s+)(?P<year>{YEAR4}))?(?(bracket)\)|(?:\s*\((?P<wd_after>{EN_WEEKDAY})\))?)",
            _EN_MONTHS,
            (Example("The minister will visit Berlin on April 15.", PUBLISHED, (("April 15", "DATE", "2024-04-15"),)),),
        ),
        TimexRule(
            "date",
            rf"(?:(?P<wd>{EN_WEEKDAY})(?:,?\s+|\s+(?P<bracket>\()))?(?:(?i:the)\s+)?\b(?P<day>{EN_DAY})\s+(?:(?i:of)\s+)?"
            # "03 August,2009 01:02 PM IST": a stamp may close its year up to the comma
            rf"(?P<month>{EN_MONTH})\b(?:(?:,\s*|\s+)(?P<year>{YEAR4}))?(?(bracket)\)|(?:\s*\((?P<wd_after>{EN_WEEKDAY})\))?)",
            _EN_MONTHS,
            (
                Example(
                    "The vote will take place on the 15th of April.",
                    PUBLISHED,
                    (("15th of April", "DATE", "2024-04-15"),),
                ),
            ),
        ),
        TimexRule(
            "weekday_day",
            rf"\b(?P<wd>{EN_WEEKDAY}),?\s+(?:(?i:the)\s+)?(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:(?i:of)\s+)?{EN_MONTH})",
            _EN_WEEKDAYS,
            (
                Example(
                    "The hearing is scheduled for Monday the 15th.",
                    PUBLISHED,
                    (("Monday the 15th", "DATE", "2024-04-15"),),
                ),
            ),
        ),
        TimexRule(
            "month_range",
            rf"\b(?P<m1>{EN_MONTH_FULL})\s*(?:-|–|(?i:to|through|and|or))\s*(?P<m2>{EN_MONTH_FULL})\b(?:,?\s+(?P<year>{YEAR4}))?",
            _EN_MONTHS,
            (
                Example(
                    "The museum will be closed from June to August.",
                    PUBLISHED,
                    (("June", "DATE", "2024-06"), ("August", "DATE", "2024-08")),
                ),
            ),
        ),
        TimexRule(
            "month",
            rf"(?P<pre>\b(?i:in|since|by|until|till|through|throughout|during|from|of|for|before|after|early|late|mid|last"
            rf"|next|this|that|last|between|and|to|or)\b(?:\s+(?i:last|next|this))?[\s-]*)?\b(?P<month>{EN_MONTH_FULL})\b"
            rf"(?:,?\s+(?P<year>{YEAR4}|{AP}\d\d))?(?!\s+\d)",
            _EN_MONTHS,
            (Example("The law will take effect in May.", PUBLISHED, (("May", "DATE", "2024-05"),)),),
        ),
        TimexRule(
            "year_range",
            rf"(?<![\d.,])\b(?P<y1>{YEAR4})\s*(?:-|–|/|(?i:to|through))\s*(?P<y2>{YEAR4}|\d\d(?!\d))\b(?![.,]\d)",
            DIGIT,
            (
                Example(
                    "He served as mayor from 2015 to 2019.",
                    PUBLISHED,
                    (("2015", "DATE", "2015"), ("2019", "DATE", "2019")),
                ),
            ),
        ),
        TimexRule(
            "year",
            rf"(?P<pre>\b(?i:in|since|by|until|till|through|during|from|of|for|before|after|early|late|mid|between|and|to|fiscal"
            rf"|the\s+year|year|around|circa|or|spring|summer|fall|autumn|winter)\b[\s-]*)?(?<![\d.,])\b(?P<year>{YEAR4})\b(?![.,]\d|\s\d)",
            DIGIT,
            (Example("The law was passed in 2021.", PUBLISHED, (("2021", "DATE", "2021"),)),),
        ),
        TimexRule(
            "decade",
            r"\b(?:(?P<pre>(?i:the\s+)?(?i:early|late|mid)[\s-]*)|(?i:the)\s+)?(?P<dec>(?:19|20)?\d0)'?s\b",
            DIGIT,
            (Example("The factory closed in the 1990s.", PUBLISHED, (("the 1990s", "DATE", "199X"),)),),
        ),
        TimexRule(
            "century",
            r"\b(?P<c>\d{1,2})(?:st|nd|rd|th)\s+(?i:century)\b",
            "century",
            (Example("The church was built in the 12th century.", PUBLISHED, (("12th century", "DATE", "11"),)),),
        ),
        # the n-th day of an event whose first day the text has just given ("opens on April 10 ... on the
        # second day"): counted from the discourse date; "the first day" is left out (often "of the month")
        TimexRule(
            "event_day",
            r"\b(?i:the)\s+(?P<nth>(?i:second|third|fourth))\s+day\b"  # "a third day": one more, not a day of it
            r"(?!\s+(?:in\s+a\s+row|running|straight|of\s+the\s+(?:month|week|year)))",
            "day",
            (
                Example(
                    "The summit opens on April 10. On the third day, ministers will vote.",
                    PUBLISHED,
                    (("April 10", "DATE", "2024-04-10"), ("the third day", "DATE", "2024-04-12")),
                ),
            ),
        ),
        TimexRule(
            "deictic",
            rf"\b(?P<word>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight"
            rf"|the\s+day\s+before|the\s+next\s+day|the\s+following\s+day|the\s+same\s+day|the\s+previous\s+day"
            rf"|(?:later|earlier)\s+(?:that|in\s+the)\s+day))\b"
            rf"(?:{AP}s)?(?:\s+(?P<pod>{EN_POD})\b)?",
            "yesterday today tomorrow tonight day",
            (
                Example(
                    "The president will speak tomorrow morning.",
                    PUBLISHED,
                    (("tomorrow morning", "TIME", "2024-04-03TMO"),),
                ),
                Example(
                    "The envoy lands in Oslo on April 10. Later that day, she will meet the prime minister.",
                    PUBLISHED,
                    (("April 10", "DATE", "2024-04-10"), ("Later that day", "DATE", "2024-04-10")),
                ),
            ),
        ),
        TimexRule(
            "weekday_of_week",
            rf"\b(?P<wd>{EN_WEEKDAY})\s+(?P<which>(?i:next|last|this))\s+(?i:week)\b",
            _EN_WEEKDAYS,
            (
                Example(
                    "The drills run until Wednesday next week.",
                    PUBLISHED,
                    (("Wednesday next week", "DATE", "2024-04-10"),),
                ),
            ),
        ),
        TimexRule(
            "weekday",
            rf"(?:\b(?P<mod>(?i:last|next|this|on|coming|past))\s+)?(?<!Black\s)(?<!Bloody\s)(?<!Cyber\s)(?<!Super\s)"
            rf"(?<!Giving\s)\b(?P<wd>{EN_WEEKDAY})\b(?:{AP}s)?(?:\s+(?P<pod>{EN_POD})\b)?",
            _EN_WEEKDAYS,
            (Example("The council will meet on Wednesday.", PUBLISHED, (("Wednesday", "DATE", "2024-04-03"),)),),
        ),
        TimexRule(
            "set",
            rf"\b(?i:every|each)\s+(?:(?P<num>{EN_NUM})\s+)?(?P<unit>(?i:days?|weeks?|months?|years?|mornings?|evenings?|nights?"
            rf"|seasons?|summers?|winters?|hours?|weekends?)|{EN_WEEKDAY})\b",
            "every each",
            (Example("The magazine is published every week.", PUBLISHED, (("every week", "SET", "P1W"),)),),
        ),
        TimexRule(
            "set",
            r"\b(?i:per)\s+(?P<unit>(?i:year|month|week|day|hour))\b",
            "per",
            (Example("Rents rise by 3 percent per year.", PUBLISHED, (("per year", "SET", "P1Y"),)),),
        ),
        TimexRule(
            "set",
            r"\b(?P<adj>(?i:annually|yearly|weekly|monthly|daily|nightly))\b(?!\s+(?i:mail|telegraph|news|beast|show))",
            "annually yearly weekly monthly daily nightly",
            (Example("The figures are updated daily.", PUBLISHED, (("daily", "SET", "P1D"),)),),
        ),
        TimexRule(
            "relunit",
            r"\b(?:(?P<pre>(?i:earlier|later|early|late))\s+)?(?P<det>(?i:this|next|last|the\s+past|the\s+next|the\s+coming"
            r"|the\s+last|the\s+previous|the\s+following|that))\s+(?P<unit>(?i:week|month|year|weekend|quarter|season|spring|summer"
            r"|fall|autumn|winter|fiscal\s+year))\b",
            "week month year quarter season spring summer fall autumn winter weekend",
            (Example("The report will be released next week.", PUBLISHED, (("next week", "DATE", "2024-W15"),)),),
        ),
        TimexRule(
            "season",
            rf"\b(?P<pre>(?i:in|during|by|until|since|through|over|for|early|late))\s+(?:(?i:the)\s+)?(?P<season>(?i:spring|summer|fall"
            rf"|autumn|winter))\b(?:\s+(?:of\s+)?(?P<year>{YEAR4}))?",
            "spring summer fall autumn winter",
            (Example("Construction will begin in the fall.", PUBLISHED, (("fall", "DATE", "2024-FA"),)),),
        ),
        TimexRule(
            "edge",
            r"(?:\b(?i:by|before|until|at|in|toward|towards)\s+)?(?:(?i:the)\s+)?\b(?P<edge>(?i:end|beginning|start|middle))\s+(?i:of)"
            r"\s+(?:(?P<mod>(?i:this|next|last))\s+|(?i:the)\s+)?(?P<unit>(?i:year|month|week|decade|summer|winter|spring|fall|season))\b",
            "end beginning start middle",
            (
                Example(
                    "The bridge will be finished by the end of the year.",
                    PUBLISHED,
                    (("the end of the year", "DATE", "2024"),),
                ),
            ),
        ),
        TimexRule(
            "ago",
            rf"\b(?:(?P<pre>{EN_PRE_DUR})\s+)?(?P<num>{EN_NUM}|{EN_VAGUE})\s+(?P<unit>{EN_UNIT})\s+(?i:ago)\b",
            "ago earlier",
            (Example("The plant closed three years ago.", PUBLISHED, (("three years ago", "DATE", "2021"),)),),
        ),
        TimexRule(
            "in",
            rf"\b(?i:in|within)\s+(?:(?i:the\s+next)\s+)?(?:{EN_PRE_DUR}\s+)?(?P<num>{EN_NUM}|{EN_FEW})\s+(?P<unit>{EN_UNIT})"
            # "in five days a week": a rate
            # "in a quarter century": a unit of a longer unit
            r"\b(?!\s+(?i:of|ago|centur(?:y|ies)|(?:a|an|per|each|every)\s+(?:day|week|month|year)\b))",
            _EN_UNITS,
            (
                Example(
                    "The verdict will be announced in two weeks.", PUBLISHED, (("in two weeks", "DATE", "2024-04-16"),)
                ),
                Example("The polls close in just ten days.", PUBLISHED, (("in just ten days", "DATE", "2024-04-12"),)),
                Example("Election Day is in just 63 days.", PUBLISHED, (("in just 63 days", "DATE", "2024-06-04"),)),
            ),
        ),
        TimexRule(
            "duration_range",
            rf"\b(?P<n1>{EN_NUM})\s*(?:-|–|(?i:to|and))\s*(?P<rest>(?P<num>{EN_NUM})\s+(?P<unit>{EN_UNIT}))\b",
            _EN_UNITS,
            (
                Example(
                    "The repairs will take three to five months.",
                    PUBLISHED,
                    (("three", "DURATION", "P3M"), ("five months", "DURATION", "P5M")),
                ),
            ),
        ),
        TimexRule(
            "duration",
            rf"(?:\b(?P<pre>{EN_PRE_DUR})\s+)?(?:(?P<last>(?i:the\s+)?(?i:past|last|next|coming|previous|following|recent)\s+))?"
            rf"(?:(?i:the)\s+)?(?:(?P<num>\b{EN_NUM}|\b{EN_VAGUE})[\s-])?(?<!\w)(?P<unit>{EN_UNIT})\b(?:(?<=s){AP})?",
            _EN_UNITS,
            (Example("The strike lasted two weeks.", PUBLISHED, (("two weeks", "DURATION", "P2W"),)),),
        ),
        TimexRule(
            "duration",
            r"\b(?P<hh>\d{1,2}):(?P<mm>[0-5]\d):(?P<ss>[0-5]\d)\b",
            _EN_UNITS,
            (
                Example(
                    "The winner's time of 2:05:30 beat the record by two minutes.",
                    PUBLISHED,
                    (("2:05:30", "DURATION", "PT2H5M30S"), ("two minutes", "DURATION", "PT2M")),
                ),
            ),
        ),
        TimexRule(
            "pod",
            rf"\b(?:(?P<this>(?i:this|that|last|tomorrow|yesterday))\s+)(?P<pod>{EN_POD})\b",
            "morning afternoon evening night",
            (Example("The minister spoke this morning.", PUBLISHED, (("this morning", "TIME", "2024-04-02TMO"),)),),
        ),
        TimexRule(
            "time",
            rf"(?:\b(?P<pre>(?i:at|around|about|by|until|before|after))\s+)?\b(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*"
            rf"(?P<ampm>(?i:a\.m\.|p\.m\.|am\b|pm\b))(?:\s+(?P<tz>GMT|UTC|ET|EST|EDT|PT|PST|local\s+time))?"
            rf"(?:,?\s+(?:on\s+)?(?P<day>(?i:today|tomorrow|yesterday)|{EN_WEEKDAY})\b)?",
            DIGIT,
            (Example("The meeting starts at 9 a.m.", PUBLISHED, (("9 a.m.", "TIME", "2024-04-02T09:00"),)),),
        ),
        TimexRule(
            "time",
            rf"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?!:\d)\s*(?P<tz>GMT|UTC|ET|EST|EDT|BST|CET)?"
            rf"(?:,?\s+(?:on\s+)?(?P<day>(?i:today|tomorrow|yesterday)|{EN_WEEKDAY})\b)?",
            DIGIT,
            (Example("The train left at 14:30 GMT.", PUBLISHED, (("14:30 GMT", "TIME", "2024-04-02T14:30"),)),),
        ),
        TimexRule(
            "time",
            r"(?:(?<=\bat\s)|(?<=by\s)|(?<=er\s)|(?<=re\s)|(?<=il\s))(?P<noon>(?i:noon|midnight))\b",
            "noon midnight",
            (Example("The session ended at midnight.", PUBLISHED, (("midnight", "TIME", "2024-04-02T24:00"),)),),
        ),
        TimexRule(
            "present",
            r"\b(?i:now|currently|nowadays|at\s+present|these\s+days|at\s+the\s+moment|for\s+the\s+time\s+being"
            r"|presently)\b(?!\s+that\b)",
            "now currently nowadays present days moment time presently",
            (Example("The plan is currently under review.", PUBLISHED, (("currently", "DATE", "PRESENT_REF"),)),),
        ),
        TimexRule(
            "holiday",
            r"\b(?P<hol>(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday"
            r"|Thanksgiving(?:\s+Day)?|Halloween|Valentine['’]s\s+Day|Independence\s+Day|Memorial\s+Day|Labor\s+Day"
            r"|Pentecost|Whitsun|All\s+Saints['’]\s+Day))\b(?!\s+[a-z])",
            "christmas new easter good thanksgiving halloween valentine independence memorial labor pentecost "
            "whitsun all",
            (Example("The bill will pass before Christmas.", PUBLISHED, (("Christmas", "DATE", "2024-12-25"),)),),
        ),
        TimexRule(
            "future",
            r"\b(?i:the\s+future|in\s+the\s+future|future|upcoming)\b",
            "future upcoming soon",
            (
                Example(
                    "More details will be released in the future.",
                    PUBLISHED,
                    (("in the future", "DATE", "FUTURE_REF"),),
                ),
            ),
        ),
        TimexRule(
            "past",
            r"\b(?:(?i:in)\s+)?(?P<ref>(?i:the\s+past|at\s+the\s+time|recently|formerly))\b(?!\s+(?:this|that|last))",
            "past time recently formerly previously earlier",
            (Example("The building was recently renovated.", PUBLISHED, (("recently", "DATE", "PAST_REF"),)),),
        ),
    )
)

# Anchors by rule name, as the Language record holds them (a name's records pooled).
ANCHORS = RULES.anchors()


# The words around a date that resolve it (see generator.lang.record.TimexCues); seasons come from the vocabulary.
CUES = TimexCues(
    next_words=words("next the_next the_coming coming the_following"),
    last_words=words("last the_last the_past past the_previous"),
    this_words=words("this"),
    year_followers=words(
        "and to in on at for with was were is are has had have by the a an of from that which when after before "
        "as but or it he she they we during until since"
    ),
    year_openers=words("in since by until till through during before after the_year year circa around"),
    year_span_openers=words("early late mid fiscal"),
    year_determiners=words("a an the his her its their our this that"),
    month_openers=words("early late mid last next this"),
    mid_words=words("mid middle"),
    commemorations=(
        "commemorations?",
        "ceremony",
        "ceremonies",
        "anniversary",
        "celebrations?",
        "remembrance",
    ),
    commemoration_links=(r"of(?:\s+the)?",),
    instruments=(
        "acts?",
        "laws?",
        "decrees?",
        "ordinances?",
        "directives?",
        "regulations?",
        "treaty",
        "treaties",
        "charter",
    ),
    instrument_links=("of", "dated"),
    deadline_before=r"(?:by|before|until|till|later)\s*(?:the\s+)?",
    open_before=words("until till by before starting from through throughout"),
    until_openers=("until", "till"),  # "the warning stays in force until Monday": the next Monday
    postponed_to=(
        r"(?:postponed|delayed|pushed\s+back|put\s+off|rescheduled|moved)\s+(?:(?:again|once\s+more)\s+)?"
        r"(?:from\s+[^.;:!?]{1,30}?\s+)?"  # "postponed from April 5 to April 12": the new date after the old
        r"(?:until|till|to|for)\s+(?:the\s+)?"
        r"|(?:postponed|delayed|pushed\s+back|rescheduled|moved)\s+from\s+(?:the\s+)?"  # the first date, given up
    ),
    year_after=r"(?:of\s+)?(next|last)\s+year",
    year_in_after=r"in",
    superseded_before=(
        r"(?:originally|initially|previously)\s+(?:been\s+)?(?:scheduled|planned|set|slated|due|expected|meant|intended)"
        r"|had\s+been\s+(?:scheduled|planned|slated|due)"
        # the adverb fronted before its clause's subject: "Originally, it was scheduled to commence from"
        r"|(?:originally|initially|at\s+first),?\s+(?:it|they|the\s+[\w-]+)\s+(?:was|were|had\s+been)\s+"
        r"(?:scheduled|planned|set|slated|due)"
        r"|(?:postponed|moved|rescheduled|delayed|pushed\s+back|brought\s+forward|put\s+off|shifted)\s+from"
        r"|(?:earlier|previously),?\s+it\s+(?:was|had\s+been)\s+(?:reported|announced|said)"
        r"|instead\s+of"
        # a cancellation told of the event whose planned day follows ("cancelled the concert planned for April 20");
        # a past or present verb, not a base form ("could cancel": nothing is cancelled yet)
        r"|(?:cancell?(?:ed|s)|called\s+off|calls\s+off|scrapped|scraps|suspended|suspends|axed)\s+"
        r"(?:[\w'’-]+\s+){1,4}?(?:planned|scheduled|set|slated)"
    ),
    superseded_after=(
        r"(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:now\s+)?(?:moved|postponed|pushed\s+back|rescheduled"
        r"|brought\s+forward|cancell?ed|called\s+off|scrapped|delayed|put\s+off)"
        # the event of the day will not happen: "The festival scheduled for April 20 will not take place"
        r"|(?:will|would|did|does)\s+not\s+(?:\w+\s+)?(?:take\s+place|be\s+held|go\s+ahead)"
        r"|(?:won['’]t|didn['’]t|doesn['’]t)\s+(?:\w+\s+)?(?:take\s+place|be\s+held|go\s+ahead)"
    ),
    # an auxiliary or a modal with "not" (not "do not", which opens an imperative: "Do not miss the show on May 5"),
    # or "there will be no"
    negation=(
        r"\b(?:will|would|shall|is|are|was|were|has|have|had|does|did|can|could|should|must|may|might)\s+not\b"
        r"|\b(?:won|isn|aren|wasn|weren|hasn|haven|hadn|doesn|didn|couldn|shouldn|wouldn|mustn)['’]t\b"
        r"|\b(?:cannot|can['’]t)\b|\bthere\s+(?:will\s+be|would\s+be|is|are)\s+no\b|\bno\s+longer\b"
    ),
    # a bound ("not before", "not until"), a restriction ("only"), a contrast ("not Friday but Saturday") or a clause
    # opener between the negation and the date
    negation_lifted=(
        r"\b(?:before|until|till|after|from|since|as\s+of|beyond|past|earlier|later|only|just|but|instead|rather"
        r"|than|that|which|who|whether|if|unless|because|when|without)\b"
    ),
    # litotes and wishes: the negated verb affirms what follows ("will not hesitate to", "can't wait for")
    negation_affirms=r"\b(?:miss|hesitat|forget|fail|stop|wait|rule\s+out|exclude)",
    range_end_link=r"(?:-|–|to|through|until|and)\s+",
    year_deadline=r"(?:by|before|until)\s+(?:(?:the\s+)?end\s+of\s+)?",
    today_words=words("today"),
    tonight_words=words("tonight"),
    yesterday_words=words("yesterday"),
    tomorrow_words=words("tomorrow"),
    habitual_days=(
        "every day",
        "each day",
        "every night",
        "each night",
        "every evening",
        "each evening",
        "every morning",
        "each morning",
        "daily",
    ),
    since_words=words("since"),
    determiners=words("the this that"),
    end_words=words("end late"),
    start_words=words("beginning start"),
    weekend_words=words("weekend"),
    week_parts={"beginning": (1, 2), "start": (1, 2), "middle": (3, 4), "end": (4, 7)},
    half_year_words=words("half"),
    period_openers=words("the_next the_coming the_following the_previous"),
    period_units=words("year month week"),
    counted_back_openers=words("the_past"),
    unit_aliases={"fiscal year": "year"},
    approximations=words("around about approximately roughly"),
    edge_leads=words("by before until at in toward towards"),
    span_openers=r"within\b|in\s+the\s+next\b",  # "within a week", "in the next two days"
    point_before=(
        r"\b(?:is|are|will\s+be|(?:will\s+)?take\s+(?:place|effect)|takes\s+(?:place|effect)|falls|comes|opens|begins"
        r"|starts|(?:will\s+)?come\s+into\s+force|comes\s+into\s+force)"
    ),
    meridiem=(r"[ap]\.?m",),
    before_noon=words("am"),
    after_noon=words("pm"),
    possessive_endings=("'s", "’s"),  # "Friday's announcement"
    frequency_stems={"annual": "Y", "year": "Y", "week": "W", "month": "M", "daily": "D", "nightly": "D"},
    yearly_units=words("season"),  # "every season"
    not_bare_durations=words("seconds"),  # "in seconds", "for seconds"
    ordinal_nouns=words("time round chance place session phase"),  # "a second time", "the second round"
    anniversary_nouns=("anniversary",),
    anniversary_determiners=("the",),
    ordinal_suffixes=("th", "st", "nd", "rd"),
    anniversary_links=(r"of\s+the", "of"),
    easter_offsets={
        "easter": 0,
        "easter sunday": 0,
        "easter monday": 1,
        "good friday": -2,
        "pentecost": 49,
        "whitsun": 49,
    },
    fixed_feasts={
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "all saints' day": (11, 1),
        "new year's eve": (12, 31),
        "new year's": (1, 1),
        "new year's day": (1, 1),
        "valentine's day": (2, 14),
        "halloween": (10, 31),
        "independence day": (7, 4),
    },
    weekday_feasts={
        "thanksgiving": (11, 4, 4),
        "thanksgiving day": (11, 4, 4),
        "memorial day": (5, 1, -1),
        "labor day": (9, 1, 1),
    },
)

"""The English temporal grammar: each rule a name and a pattern, with the words that anchor it.

The patterns are case-sensitive (month and weekday names are capitalised: "may" is the modal); words
that may be written in any case sit in (?i:...) groups. See generator/lang/fr/timex.py.
"""

from __future__ import annotations

from generator.lang.en.vocabulary import MONTH_ABBREVIATIONS, MONTHS, UNIT_PLURALS, UNITS, WEEKDAYS
from generator.lang.patterns import AP, DIGIT, YEAR4, alternation, anchor_words

EN_MONTH_FULL = alternation(MONTHS)
EN_MONTH = rf"(?:{EN_MONTH_FULL}|{alternation(MONTH_ABBREVIATIONS)}\.?)"
EN_WEEKDAY = alternation(WEEKDAYS)
EN_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
EN_NUMWORD = (
    r"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred))*)"
)
EN_NUM = rf"(?:\d+(?:\.\d+)?|{EN_NUMWORD}|(?i:an?))"
EN_FEW = r"(?i:a\s+few|several|a\s+couple\s+of)"
EN_VAGUE = r"(?i:a\s+few|few|several|many|some|a\s+couple\s+of|couple\s+of|recent|coming|past|next|last)"
EN_UNIT = alternation(UNITS, plural=True, plurals=UNIT_PLURALS, ignore_case=True)
EN_POD = r"(?i:morning|afternoon|evening|night)"
EN_PRE_DUR = r"(?i:almost|nearly|about|around|more\s+than|less\s+than|at\s+least|some|a\s+mere|roughly|just)"

RULES: tuple[tuple[str, str], ...] = (
    ("block_age", rf"\b(?:{EN_NUM})[- ](?i:years?)[- ](?i:old)\b|\b(?i:aged)\s+\d+\b|\b(?i:age\s+of)\s+\d+\b"),
    ("block_anniv", rf"\b(?:{EN_NUM})(?:st|nd|rd|th)?\s+(?i:anniversary)\b"),
    (
        "block_num",
        r"\b[A-Z]\d{1,2}\b|[$€£]\s?\d[\d,.]*\s*(?:million|billion|trillion)?|\b\d+(?:\.\d+)?\s*(?:%|percent\b)",
    ),
    (
        "numeric",
        r"(?<![\d/.-])(?:(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])"
        r"|(?P<a>[01]?\d)(?P<sep>/)(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d))(?![\d/-]|\.\d)",
    ),
    (
        "quarter",
        r"\b(?:(?i:the)\s+)?(?P<q>(?i:first|second|third|fourth|last))\s+(?P<unit>(?i:quarter|half))"
        r"(?:\s+(?i:of)\s+(?P<year>(?:19|20)\d\d))?\b|\b(?P<qn>Q[1-4])\s+(?P<year2>(?:19|20)\d\d)\b",
    ),
    (
        "nth_weekday",  # "the first Sunday in May", "the last Monday of August 2025"
        rf"\b(?:(?i:the)\s+)?(?P<nth>(?i:first|second|third|fourth|last))\s+(?P<wd>{EN_WEEKDAY})\s+(?i:of|in)\s+"
        rf"(?:(?i:the)\s+)?(?P<month>{EN_MONTH_FULL}|(?i:spring|summer|autumn|fall|winter))\b"
        r"(?!\s+(?i:term|semester|session|quarter|season|break|recess))"  # "the fall term" is a school calendar's
        rf"(?:,?\s+(?P<year>{YEAR4}))?",
    ),
    (
        "range_days",
        rf"\b(?P<month>{EN_MONTH})\s+(?P<d1>{EN_DAY})\s*(?:-|–|(?i:to|through|and))\s*(?P<rest>(?P<day>{EN_DAY}))"
        rf"(?:,?\s+(?P<year>{YEAR4}))?",
    ),
    (
        "range_days",  # British order: "9-11 July", "9 to 11 July 2024"
        rf"(?<![\d$€£.,])\b(?P<d1>{EN_DAY})\s*(?:-|–|(?i:to|and))\s*(?P<rest>(?P<day>{EN_DAY})\s+(?P<month>{EN_MONTH})\b"
        rf"(?:,?\s+(?P<year>{YEAR4}))?)(?!\s*\d)",  # not a score or a price: "3-2 May 4", "$10-20 May 5"
    ),
    (
        "date",
        rf"(?:(?P<wd>{EN_WEEKDAY}),?\s+)?\b(?P<month>{EN_MONTH})\s+(?P<day>{EN_DAY})\b(?:,?\s+(?P<year>{YEAR4}))?",
    ),
    (
        "date",
        rf"(?:(?P<wd>{EN_WEEKDAY}),?\s+)?(?:(?i:the)\s+)?\b(?P<day>{EN_DAY})\s+(?:(?i:of)\s+)?(?P<month>{EN_MONTH})\b"
        rf"(?:,?\s+(?P<year>{YEAR4}))?",
    ),
    (
        "weekday_day",  # "Monday the 15th"
        rf"\b(?P<wd>{EN_WEEKDAY}),?\s+(?:(?i:the)\s+)?(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:(?i:of)\s+)?{EN_MONTH})",
    ),
    (
        "month_range",
        rf"\b(?P<m1>{EN_MONTH_FULL})\s*(?:-|–|(?i:to|through|and|or))\s*(?P<m2>{EN_MONTH_FULL})\b(?:,?\s+(?P<year>{YEAR4}))?",
    ),
    (
        "month",
        rf"(?P<pre>\b(?i:in|since|by|until|till|through|throughout|during|from|of|for|before|after|early|late|mid|last"
        rf"|next|this|that|last|between|and|to|or)\b(?:\s+(?i:last|next|this))?[\s-]*)?\b(?P<month>{EN_MONTH_FULL})\b"
        rf"(?:,?\s+(?P<year>{YEAR4}|{AP}\d\d))?(?!\s+\d)",  # "July 9" belongs to the date rule
    ),
    (
        "year_range",
        rf"(?<![\d.,])\b(?P<y1>{YEAR4})\s*(?:-|–|/|(?i:to|through))\s*(?P<y2>{YEAR4}|\d\d(?!\d))\b(?![.,]\d)",
    ),
    (
        "year",
        rf"(?P<pre>\b(?i:in|since|by|until|till|through|during|from|of|for|before|after|early|late|mid|between|and|to|fiscal"
        rf"|the\s+year|year|around|circa|or|spring|summer|fall|autumn|winter)\b[\s-]*)?(?<![\d.,])\b(?P<year>{YEAR4})\b(?![.,]\d|\s\d)",
    ),
    ("decade", r"\b(?:(?P<pre>(?i:the\s+)?(?i:early|late|mid)[\s-]*)|(?i:the)\s+)?(?P<dec>(?:19|20)?\d0)'?s\b"),
    ("century", r"\b(?P<c>\d{1,2})(?:st|nd|rd|th)\s+(?i:century)\b"),
    (
        "deictic",
        rf"\b(?P<word>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight"
        rf"|the\s+day\s+before|the\s+next\s+day|the\s+following\s+day|the\s+same\s+day|the\s+previous\s+day))\b"
        rf"(?:{AP}s)?(?:\s+(?P<pod>{EN_POD})\b)?",
    ),
    (
        "weekday",
        # not the names "Black Friday", "Bloody Sunday", "Cyber Monday", "Super Tuesday"
        rf"(?:\b(?P<mod>(?i:last|next|this|on|coming|past))\s+)?(?<!Black\s)(?<!Bloody\s)(?<!Cyber\s)(?<!Super\s)"
        rf"(?<!Giving\s)\b(?P<wd>{EN_WEEKDAY})\b(?:{AP}s)?(?:\s+(?P<pod>{EN_POD})\b)?",
    ),
    (
        "set",
        rf"\b(?i:every|each)\s+(?:(?P<num>{EN_NUM})\s+)?(?P<unit>(?i:days?|weeks?|months?|years?|mornings?|evenings?|nights?"
        rf"|seasons?|summers?|winters?|hours?|weekends?)|{EN_WEEKDAY})\b",
    ),
    (
        "set",
        r"\b(?i:per)\s+(?P<unit>(?i:year|month|week|day|hour))\b",
    ),
    (
        "set",
        r"\b(?P<adj>(?i:annually|yearly|weekly|monthly|daily|nightly))\b(?!\s+(?i:mail|telegraph|news|beast|show))",
    ),
    (
        "relunit",
        r"\b(?:(?P<pre>(?i:earlier|later|early|late))\s+)?(?P<det>(?i:this|next|last|the\s+past|the\s+next|the\s+coming"
        r"|the\s+last|the\s+previous|the\s+following|that))\s+(?P<unit>(?i:week|month|year|weekend|quarter|season|spring|summer"
        r"|fall|autumn|winter|fiscal\s+year))\b",
    ),
    (
        "season",
        rf"\b(?P<pre>(?i:in|during|by|until|since|through|over|for|early|late))\s+(?:(?i:the)\s+)?(?P<season>(?i:spring|summer|fall"
        rf"|autumn|winter))\b(?:\s+(?:of\s+)?(?P<year>{YEAR4}))?",
    ),
    (
        "edge",
        r"(?:\b(?i:by|before|until|at|in|toward|towards)\s+)?(?:(?i:the)\s+)?\b(?P<edge>(?i:end|beginning|start|middle))\s+(?i:of)"
        r"\s+(?:(?i:the|this|next|last)\s+)?(?P<unit>(?i:year|month|week|decade|summer|winter|spring|fall|season))\b",
    ),
    ("ago", rf"\b(?:(?P<pre>{EN_PRE_DUR})\s+)?(?P<num>{EN_NUM}|{EN_VAGUE})\s+(?P<unit>{EN_UNIT})\s+(?i:ago)\b"),
    (
        "in",
        rf"\b(?i:in|within)\s+(?:(?i:the\s+next)\s+)?(?P<num>{EN_NUM}|{EN_FEW})\s+(?P<unit>{EN_UNIT})\b(?!\s+(?i:of|ago))",
    ),
    (
        "duration_range",
        rf"\b(?P<n1>{EN_NUM})\s*(?:-|–|(?i:to|and))\s*(?P<rest>(?P<num>{EN_NUM})\s+(?P<unit>{EN_UNIT}))\b",
    ),
    (
        "duration",
        rf"(?:\b(?P<pre>{EN_PRE_DUR})\s+)?(?:(?P<last>(?i:the\s+)?(?i:past|last|next|coming|previous|following|recent)\s+))?"
        rf"(?:(?i:the)\s+)?(?:(?P<num>\b{EN_NUM}|\b{EN_VAGUE})[\s-])?(?<!\w)(?P<unit>{EN_UNIT})\b(?:(?<=s){AP})?",
    ),
    ("duration", r"\b(?P<hh>\d{1,2}):(?P<mm>[0-5]\d):(?P<ss>[0-5]\d)\b"),
    ("pod", rf"\b(?:(?P<this>(?i:this|that|last|tomorrow|yesterday))\s+)(?P<pod>{EN_POD})\b"),
    (
        "time",
        rf"(?:\b(?P<pre>(?i:at|around|about|by|until|before|after))\s+)?\b(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*"
        rf"(?P<ampm>(?i:a\.m\.|p\.m\.|am\b|pm\b))(?:\s+(?P<tz>GMT|UTC|ET|EST|EDT|PT|PST|local\s+time))?"
        rf"(?:,?\s+(?:on\s+)?(?P<day>(?i:today|tomorrow|yesterday)|{EN_WEEKDAY})\b)?",
    ),
    (
        "time",
        rf"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?!:\d)\s*(?P<tz>GMT|UTC|ET|EST|EDT|BST|CET)?"
        rf"(?:,?\s+(?:on\s+)?(?P<day>(?i:today|tomorrow|yesterday)|{EN_WEEKDAY})\b)?",
    ),
    ("time", r"(?:(?<=\bat\s)|(?<=by\s)|(?<=er\s)|(?<=re\s)|(?<=il\s))(?P<noon>(?i:noon|midnight))\b"),
    (
        "present",
        r"\b(?i:now|currently|nowadays|at\s+present|these\s+days|at\s+the\s+moment|for\s+the\s+time\s+being"
        r"|presently)\b(?!\s+that\b)",
    ),
    ("present_today", r"\b(?i:today)\b"),
    (
        "holiday",
        r"\b(?P<hol>(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday"
        r"|Thanksgiving(?:\s+Day)?|Halloween|Valentine['’]s\s+Day|Independence\s+Day|Memorial\s+Day|Labor\s+Day"
        r"|Pentecost|Whitsun|All\s+Saints['’]\s+Day))\b(?!\s+[a-z])",  # not "the Easter recess"
    ),
    ("future", r"\b(?i:the\s+future|in\s+the\s+future|future|upcoming)\b"),
    (
        "past",
        r"\b(?:(?i:in)\s+)?(?P<ref>(?i:the\s+past|at\s+the\s+time|recently|formerly))\b(?!\s+(?:this|that|last))",
    ),
)

# Anchors: the folded words every match of a rule must contain (see the grammar).
_EN_MONTHS = anchor_words((*MONTHS, *MONTH_ABBREVIATIONS))
_EN_WEEKDAYS = anchor_words(WEEKDAYS)
_EN_UNITS = anchor_words(UNITS, plural=True, plurals=UNIT_PLURALS)
ANCHORS = {
    "block_age": "old aged age",
    "block_anniv": "anniversary",
    "block_num": DIGIT,
    "nth_weekday": _EN_WEEKDAYS,
    "range_days": _EN_MONTHS,
    "numeric": DIGIT,
    "quarter": "quarter half q1 q2 q3 q4",
    "date": _EN_MONTHS,
    "month_range": _EN_MONTHS,
    "month": _EN_MONTHS,
    "year_range": DIGIT,
    "year": DIGIT,
    "decade": DIGIT,
    "century": "century",
    "deictic": "yesterday today tomorrow tonight day",
    "weekday": _EN_WEEKDAYS,
    "weekday_day": _EN_WEEKDAYS,
    "set": "every each per annually yearly weekly monthly daily nightly",
    "relunit": "week month year quarter season spring summer fall autumn winter weekend",
    "season": "spring summer fall autumn winter",
    "edge": "end beginning start middle",
    "ago": "ago earlier",
    "in": _EN_UNITS,
    "duration_range": _EN_UNITS,
    "duration": _EN_UNITS,
    "pod": "morning afternoon evening night",
    "time": DIGIT + " noon midnight",
    "present": "now currently nowadays present days moment time presently",
    "present_today": "today",
    "holiday": "christmas new easter good thanksgiving halloween valentine independence memorial labor pentecost "
    "whitsun all",
    "future": "future upcoming soon",
    "past": "past time recently formerly previously earlier",
}

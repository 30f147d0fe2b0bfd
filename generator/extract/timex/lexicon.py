"""Word tables for the temporal grammar: months, weekdays, numbers, units, parts of day.

Only constants live here (no logic beyond small lookups), one table per language, so
that adding a word never means touching the grammar.
"""

from __future__ import annotations

import re

from generator.extract.folding import fold

# --- months -----------------------------------------------------------------------------

MONTHS_FR = {
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
    # abbreviations: only ever accepted right after a day number (see grammar)
    "janv": 1,
    "fevr": 2,
    "fev": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTHS_EN = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

WEEKDAYS_FR = {"lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7}
WEEKDAYS_EN = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}

# ordinals of a weekday in its month: "le premier dimanche de mai", "the second Tuesday" (folded)
ORDINALS = {
    "premier": 1,
    "1er": 1,
    "first": 1,
    "deuxieme": 2,
    "2e": 2,
    "second": 2,
    "troisieme": 3,
    "3e": 3,
    "third": 3,
    "quatrieme": 4,
    "4e": 4,
    "fourth": 4,
}

SEASONS = {  # TIMEX3 season codes
    "printemps": "SP",
    "ete": "SU",
    "automne": "FA",
    "hiver": "WI",
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

# Parts of the day -> TIMEX3 codes (MO morning, AF afternoon, EV evening, NI night, DT daytime).
PARTS_OF_DAY = {
    "matin": "MO",
    "matinee": "MO",
    "apres-midi": "AF",
    "soir": "EV",
    "soiree": "EV",
    "nuit": "NI",
    "journee": "DT",
    "midi": "T12:00",
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "noon": "T12:00",
}

# --- numbers ----------------------------------------------------------------------------

NUMBERS_FR = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "cent": 100,
    "mille": 1000,
    "et": 0,
}
NUMBERS_EN = {
    "one": 1,
    "a": 1,
    "an": 1,
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
# "une dizaine de jours": approximate counts, kept as their round value
APPROX_FR = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "centaine": 100,
}

# Units of durations -> (TIMEX3 letter, multiplier, is a clock unit (PT...))
UNITS = {
    "an": ("Y", 1, False),
    "annee": ("Y", 1, False),
    "year": ("Y", 1, False),
    "mois": ("M", 1, False),
    "month": ("M", 1, False),
    "semaine": ("W", 1, False),
    "week": ("W", 1, False),
    "jour": ("D", 1, False),
    "journee": ("D", 1, False),
    "day": ("D", 1, False),
    "heure": ("H", 1, True),
    "hour": ("H", 1, True),
    "minute": ("M", 1, True),
    "seconde": ("S", 1, True),
    "second": ("S", 1, True),
    "decennie": ("Y", 10, False),
    "decade": ("Y", 10, False),
    "siecle": ("Y", 100, False),
    "century": ("Y", 100, False),
    "centurie": ("Y", 100, False),
    "trimestre": ("M", 3, False),
    "quarter": ("M", 3, False),
    "semestre": ("M", 6, False),
    "quinquennat": ("Y", 5, False),
    "septennat": ("Y", 7, False),
    "mandat": ("Y", 5, False),
}


_SPLIT = re.compile(r"[\s\-]+")


def parse_number(words: str, lang: str) -> float | None:
    """Cardinal written in digits or words ("21", "30,4", "vingt-cinq", "quatre-vingts", "twenty one").

    Returns None for vague quantities ("plusieurs", "several"); the caller writes X for them.
    """
    w = fold(words)
    if not w:
        return None
    digits = w.replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if re.fullmatch(r"\d+(?:[.,]\d+)?", digits):
        return float(digits.replace(",", "."))
    table = NUMBERS_FR if lang == "fr" else NUMBERS_EN
    total, current = 0, 0
    parts = [p for p in _SPLIT.split(w) if p]
    for i, part in enumerate(parts):
        if part in APPROX_FR:
            return float(APPROX_FR[part])
        if part in ("dix", "ten") and i + 1 < len(parts) and parts[i + 1] in table and table[parts[i + 1]] < 10:
            current += 10  # "dix-sept"
            continue
        part = part.rstrip("s") if part.endswith("vingts") or part.endswith("cents") else part
        if part not in table:
            return None
        value = table[part]
        if value == 100 or value == 1000:
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        elif value == 20 and current == 4 and lang == "fr":  # quatre-vingt(s)
            current = 80
        else:
            current += value
    return float(total + current)

"""French calendar words, numbers and units, as written (the folded lookups are derived from them).

Why not dateparser's `date_translation_data/fr.py`: its abbreviations ("jan", "aoû", "lu") and unit
letters ("a", "j", "m") would be read as dates in running text, and importing its data module runs
dateparser's whole package (about 50 ms). Its full month and weekday names agree with ours, which a
test checks.
"""

from __future__ import annotations

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
# only ever accepted right after a day number, with their full stop (see the grammar)
MONTH_ABBREVIATIONS = {"janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12}
# written elided before a vowel or a mute h, glued to the next word by an apostrophe ("d'Yves", "jusqu'au"); not "t'",
# whose "t" in an address is mostly the hyphened one of "va-t-il"
ELISIONS = ("c", "d", "j", "l", "m", "n", "s", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# ordinals of a weekday in its month or of a quarter: "le premier dimanche de mai", "le dernier trimestre"
ORDINALS = {  # folded; the feminine forms for a week ("la première semaine de juin")
    "premier": 1,
    "premiere": 1,
    "1er": 1,
    "deuxieme": 2,
    "2e": 2,
    "second": 2,
    "troisieme": 3,
    "3e": 3,
    "quatrieme": 4,
    "4e": 4,
    "dernier": -1,
    "derniere": -1,
}

SEASONS = {"printemps": "SP", "ete": "SU", "automne": "FA", "hiver": "WI"}  # TIMEX3 season codes
PARTS_OF_DAY = {  # as written; the Language record keys them folded
    "matin": "MO",
    "matinée": "MO",
    "après-midi": "AF",
    "soir": "EV",
    "soirée": "EV",
    "nuit": "NI",
    "journée": "DT",
    "midi": "T12:00",
}

NUMBERS = {
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
NUMBER_PLURALS = frozenset({"vingts", "cents"})
APPROXIMATE_NUMBERS = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "centaine": 100,
}

# Units of durations -> (TIMEX3 letter, multiplier, is a clock unit). The grammar's unit words are the
# first ones, up to the terms of office, which only their own rule reads.
UNITS = {
    "an": ("Y", 1, False),
    "année": ("Y", 1, False),
    "mois": ("M", 1, False),
    "semaine": ("W", 1, False),
    "jour": ("D", 1, False),
    "journée": ("D", 1, False),
    "heure": ("H", 1, True),
    "minute": ("M", 1, True),
    "seconde": ("S", 1, True),
    "décennie": ("Y", 10, False),
    "siècle": ("Y", 100, False),
    "trimestre": ("M", 3, False),
    "semestre": ("M", 6, False),
}
TERMS_OF_OFFICE = {
    "quinquennat": ("Y", 5, False),
    "septennat": ("Y", 7, False),
    "mandat": ("Y", 5, False),
    "centurie": ("Y", 100, False),
}

DAYS_FROM_PUBLICATION = {"aujourd'hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "apres-demain": 2}
DAYS_FROM_DISCOURSE = {
    "la veille": -1,
    "l'avant-veille": -2,
    "le lendemain": 1,
    "le surlendemain": 2,
    "le meme jour": 0,
    "ce meme jour": 0,
}

# Frequent words that tell French from English.
FUNCTION_WORDS = frozenset(
    "le la les des du une est et dans pour sur avec qui que pas par au aux ont été il elle ce cette ses".split()
)

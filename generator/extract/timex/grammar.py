"""The temporal grammar: regular expressions that find TIMEX3 candidates in running text.

Each rule is a named regex; `find_candidates` runs all rules of a language and keeps the
longest non-overlapping matches (ties go to the earlier rule). Rules only *find* spans and
capture their parts; turning a match into a value is `resolve.py`'s job. Some rules are
"blockers": they match things that look temporal but are not (ages, anniversaries,
"G7"), win the overlap contest, and produce nothing.

Why our own grammar: dateparser's `search_dates` reads any token that could be a date
("Sa" -> Saturday, "la mer" -> Wednesday, "80 ans" -> 2104), so it cannot find spans in
running text. The grammar below only fires on words in a temporal frame.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

AP = r"['\u2019]"  # straight or typographic apostrophe

# --- French -----------------------------------------------------------------------------

FR_MONTH_FULL = r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)"
FR_MONTH = rf"(?:{FR_MONTH_FULL}|(?:janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c)\.)"
FR_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
FR_DAY = r"(?:1\s?er|premier|[12]\d|3[01]|0?[1-9])(?!\d)"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)(?![\d])"
FR_NUMWORD = (
    r"(?:(?:vingt|trente|quarante|cinquante|soixante|quatre-vingts?|cent|deux|trois|quatre|cinq|six|sept|huit|neuf"
    r"|dix|onze|douze|treize|quatorze|quinze|seize|un|une)(?:[- ](?:et[- ])?(?:un|une|deux|trois|quatre|cinq|six"
    r"|sept|huit|neuf|dix|onze|vingts?|cents?))*)"
)
FR_NUM = rf"(?:\d+(?:[.,]\d+)?|{FR_NUMWORD})"
FR_VAGUE = (
    r"(?:quelques|plusieurs|des|de\s+nombreu(?:x|ses)|certaine?s|(?:une|un)\s+(?:dizaine|douzaine|quinzaine"
    r"|vingtaine|trentaine|quarantaine|cinquantaine|centaine)\s+d(?:e\s+|{AP}))"
).replace("{AP}", AP)
FR_UNIT = (
    r"(?:ans|an|ann[ée]es?|mois|semaines?|jours|jour|journ[ée]es?|heures?|minutes?|secondes?|d[ée]cennies?"
    r"|si[èe]cles?|trimestres?|semestres?)"
)
FR_POD = r"(?:matin[ée]e|matin|apr[èe]s-midi|soir[ée]e|soir|nuit|journ[ée]e)"
FR_PRE_DUR = (
    r"(?:pr[èe]s\s+d(?:e\s+|{AP})|environ|plus\s+d(?:e\s+|{AP})|moins\s+d(?:e\s+|{AP})|au\s+moins|presque|quelque"
    r"|au\s+bout\s+d(?:e\s+|{AP}))"
).replace("{AP}", AP)
FR_PERSON = (
    r"(?:homme|femme|fille|fillette|gar[çc]on|enfant|b[ée]b[ée]|adolescente?|jeune|retrait[ée]e?|fils|petite?|victime"
    r"|conducteur|conductrice|automobiliste|motard|cycliste|pi[ée]ton(?:ne)?|patient|patiente|m[èe]re|p[èe]re|[ée]l[èe]ve)"
)

FR_RULES: list[tuple[str, str]] = [
    # blockers first: what looks temporal but is not
    (
        "block_anniv",
        rf"\b(?:les|le|aux|des|du|ses|leurs?)\s+(?:{FR_NUM})(?:e|[èe]me)?\s+(?:ans|anniversaire)\b(?=\s+d)",
    ),
    (
        "block_age",
        rf"\b(?:[âa]g[ée]e?s?\s+d(?:e\s+|{AP})|l{AP}[âa]ge\s+d(?:e\s+|{AP})|{FR_PERSON}\s+d(?:e\s+|{AP}))(?:{FR_NUM})\s+ans\b",
    ),
    ("block_age", r"\(\s*\d{1,3}\s+ans\s*\)|(?<=[A-Za-zé],\s)\d{1,3}\s+ans(?=\s*[,.;)])"),
    (
        "block_age",
        r"\b(?:les|des|aux)\s+(?:moins|plus)\s+de\s+\d{1,2}\s+ans\b|\b(?:les|des|aux)\s+\d{1,2}\s*-\s*\d{1,2}\s+ans\b",
    ),
    (
        "age",
        rf"(?<![\w{AP}])d(?:e\s+|{AP})\s*(?:(?P<n1>{FR_NUM})\s*(?:à|-)\s*)?(?:(?P<num>{FR_NUM})|une?\s+\w+aines?\s+d{AP})\s*"
        rf"(?P<unit>ans|années)\b",
    ),
    ("block_num", r"\b[A-Z]\d{1,2}\b|\b\d+(?:[.,]\d+)?\s*(?:%|‰|€|\$|euros?|dollars?|francs?)"),
    # calendar dates
    (
        "numeric",
        r"(?<![\d/.-])(?:(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])"
        r"|(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d))(?![\d/-]|\.\d)",
    ),
    (
        "quarter",
        r"\b(?P<q>premier|1er|deuxième|second|2e|troisième|3e|quatrième|dernier|4e)\s+(?P<unit>trimestre|semestre)"
        r"(?:\s+(?:de\s+l['’]année\s+)?(?P<year>(?:19|20)\d\d))?\b",
    ),
    (
        # "le premier dimanche de mai", "le dernier lundi du mois d'août", "le premier dimanche du printemps"
        "nth_weekday",
        rf"\b(?:le\s+)?(?P<nth>premier|1er|deuxième|2e|second|troisième|3e|quatrième|4e|dernier)\s+(?P<wd>{FR_WEEKDAY})"
        rf"\s+(?:du\s+mois\s+)?(?:d(?:e\s+|{AP})|du\s+|de\s+l{AP})(?P<month>{FR_MONTH_FULL}|printemps|été|automne|hiver)\b"
        r"(?!\s+(?:scolaire|universitaire|parlementaire))"
        rf"(?:\s+(?P<year>{YEAR4}))?",
    ),
    (
        "range_days",
        rf"(?P<wd1>{FR_WEEKDAY}\s+)?(?P<d1>{FR_DAY})\s*(?:au|à|et|-|–)\s*(?:le\s+)?"
        rf"(?P<rest>(?:{FR_WEEKDAY}\s+)?(?P<day>{FR_DAY})\s+(?P<month>{FR_MONTH})"
        rf"(?:\s+(?P<year>{YEAR4}))?(?:\s+(?P<mod>prochains?|derniers?))?)",
    ),
    (
        "date",
        rf"(?:\b(?P<det>le)\s+)?(?:(?P<wd>{FR_WEEKDAY})\s+)?\b(?P<day>{FR_DAY})\s+(?P<month>{FR_MONTH})(?!\w)"
        rf"(?:\s+(?P<year>{YEAR4}|{AP}?\d\d(?=\s*[,.;:)])))?(?:\s+(?P<mod>prochains?|derniers?))?",
    ),
    (
        "weekday_day",  # "lundi 15": the month is the one around publication where the 15th is a Monday
        rf"\b(?P<wd>{FR_WEEKDAY})\s+(?P<day>{FR_DAY})\b(?!\s*(?:h\b|heures?|%|[,.]\d|\d|et|au|à|-)|\s+{FR_MONTH})"
        # not "samedi 3 buts": a noun after the number makes it a count
        r"(?!\s+(?!(?:à|au|aux|pour|par|dans|en|de|du|des|avec|sur|chez|lors|afin|entre|devant|puis|le|la|les|ou)\b)"
        r"[a-zàâçéèêëîïôûùüÿœ])",
    ),
    (
        "month_range",
        rf"(?P<m1>{FR_MONTH_FULL})\s*(?:-|–|\bet\b|\bou\b|\bà\b)\s*(?P<m2>{FR_MONTH_FULL})\b"
        rf"(?:\s+(?P<mod>prochains?|derniers?))?(?:\s+(?P<year>{YEAR4}))?",
    ),
    (
        "month",
        rf"(?P<pre>\b(?:(?:à\s+la\s+|la\s+|au\s+)?(?:fin|début|milieu)\s+du\s+mois\s+d(?:e|{AP})"
        rf"|en|dès|depuis|courant|jusqu{AP}en|fin|début|mi|au\s+mois\s+d(?:e|{AP})|le\s+mois\s+d(?:e|{AP})"
        rf"|du\s+mois\s+d(?:e|{AP})|mois\s+d(?:e|{AP})|à\s+partir\s+d(?:e|{AP})|avant|après|de|d{AP}|entre|et|ou)(?:\b|(?<={AP}))[\s-]*)?"
        rf"\b(?P<month>{FR_MONTH_FULL})\b(?:\s+(?P<year>{YEAR4}|{AP}?\d\d(?=\s*[,.;:)])))?(?:\s+(?P<mod>prochains?|derniers?|pass[ée]))?",
    ),
    (
        "year_range",
        rf"(?<!\d\s)(?<!\d[.,])(?<!\d)\b(?P<y1>{YEAR4})\s*(?:-|–|/|\bà\b|\bau\b)\s*(?P<y2>{YEAR4}|\d\d(?!\d))\b(?![.,]\d)",
    ),
    (
        "year",
        rf"(?P<pre>\b(?:en|depuis|dès|de|d{AP}|entre|et|à|jusqu{AP}en|avant|après|fin|début|mi|courant|l{AP}année|l{AP}an"
        rf"|année|saison|exercice|budget|printemps|été|automne|hiver|vers|ou|au|pour|d{AP}ici)(?:\b|(?<={AP}))[\s-]*)?"
        rf"(?<!\d\s)(?<!\d[.,])(?<!\d)\b(?P<year>{YEAR4})\b(?![.,]\d|\s\d)",
    ),
    ("year2", r"\b(?P<pre>en|depuis|dès)\s+(?P<year>[5-9]\d)(?=\s*[,.;:()])"),
    (
        "decade",
        r"(?:(?P<pre>(?:au\s+)?(?:début|fin|milieu)\s+des)\s+|\bles\s+|\bdes\s+)?\bannées\s+(?P<dec>(?:19|20)?\d0)\b",
    ),
    (
        "century",
        r"(?:\b(?:la|le|au)\s+)?(?:(?:début|fin|milieu)\s+du\s+)?\b(?P<c>[XVI]{1,5}|\d{1,2})(?:e|ème|è)\s+siècle\b",
    ),
    # relative to the publication date
    (
        "deictic",
        rf"\b(?P<word>aujourd{AP}hui|avant-hier|après-demain|hier|demain|la\s+veille|l{AP}avant-veille|le\s+lendemain"
        rf"|le\s+surlendemain|le\s+même\s+jour)\b(?:\s+(?P<wd>{FR_WEEKDAY})\b)?(?:\s+(?:en\s+)?(?:(?P<edge>début|fin)\s+"
        rf"(?:de\s+|d{AP}))?(?P<pod>{FR_POD})\b)?(?:\s+à\s+(?P<h>[01]?\d|2[0-3])\s?h(?:\s?(?P<mi>[0-5]\d))?\b)?",
    ),
    (
        "weekday",
        rf"(?:\b(?P<det>ce|cette|le|dès|depuis)\s+(?:même\s+)?)?\b(?P<wd>{FR_WEEKDAY})\b"
        rf"(?!\s+saint)(?:\s+(?P<mod>prochain|dernier|passé|précédent|suivant))?(?:\s+(?P<pod>{FR_POD}|midi)\b)?",
    ),
    ("night_of", rf"\b(?:dans\s+)?la\s+nuit\s+d[eu]\s+(?P<wd>{FR_WEEKDAY})\s+(?:à|au)\s+{FR_WEEKDAY}\b"),
    (
        "set",
        rf"\b(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?P<num>{FR_NUM})\s+)?(?P<unit>jours?|semaines?|mois|ans|années?|matins?"
        rf"|soirs?|nuits?|{FR_WEEKDAY}s?|week-ends?|étés?|hivers?|heures?|minutes?|trimestres?)\b",
    ),
    ("set", r"\bpar\s+(?P<unit>an|année|mois|semaine|jour|heure|minute|trimestre|semestre)\b"),
    # adjectives after a noun ("le dîner annuel", "le lot quotidien"); not "les quotidiens" (newspapers)
    (
        "set",
        r"(?<=[a-zé]{3}\s)(?<!presse\s)(?<!aux\s)(?<!les\s)(?<!des\s)(?<!ses\s)"
        r"(?P<adj>annuel(?:le)?s?|quotidien(?:ne)?|hebdomadaire|mensuel(?:le)?s?)\b",
    ),
    ("set", rf"\b(?:uniquement|seulement|généralement|habituellement)\s+le\s+(?P<wd>{FR_WEEKDAY})\b"),
    (
        "relunit",
        rf"\b(?P<det>cette|ce|cet|la|le|l{AP})\s*(?P<unit>semaine|mois|année|an|week-end|weekend|trimestre|saison"
        rf"|hiver|été|automne|printemps)(?:\s*-ci|\s+(?P<mod>prochaine?|derni[eè]re?|pass[ée]e?|précédente?|suivante?"
        rf"|en\s+cours|écoulée?|à\s+venir))?\b(?!-là)",  # "cette année-là" points back to another year
    ),
    (
        "season",
        rf"(?:(?<!jeux\s)(?<!sports\s)(?<!station\s)(?<!heure\s)(?<!olympiques\s)\b(?P<pre>en|au|d{AP}|à\s+l{AP}|jusqu{AP}à\s+l{AP}|pendant\s+l{AP}|durant\s+l{AP}|dès\s+l{AP}|depuis\s+l{AP})\s*)"
        rf"(?P<season>été|hiver|printemps|automne)\b(?:\s+(?P<mod>prochain|dernier)|\s+(?P<year>{YEAR4}))?",
    ),
    (
        "edge",
        rf"(?:\b(?:à|a|en)\s+)?(?:\bla\s+|\ble\s+|\bau\s+)?\b(?P<edge>fin|début|milieu|mi)[\s-]*(?:de\s+l{AP}|du\s+|de\s+la\s+|d{AP}|de\s+cette\s+|de\s+ce\s+|de\s+)"
        rf"\s*(?P<unit>année|an|mois|semaine|décennie|été|hiver|printemps|automne|saison)"
        rf"(?:\s+(?P<mod>prochaine?|derni[eè]re?|pass[ée]e?|précédente?|en\s+cours))?"
        rf"(?!\s+d(?:e\s+|{AP}){FR_MONTH_FULL})",  # "la fin du mois de mai" is May's end, the month rule's
    ),
    (
        "rentree",
        r"\b(?:(?:à|a|dès|pour|avant|après|depuis|de)\s+)?la\s+(?P<w>rentrée)(?:\s+(?:scolaire|parlementaire|politique|sociale))?"
        rf"(?:\s+(?P<mod>prochaine|derni[eè]re))?\b(?!\s+d(?:e\s+|{AP}){FR_MONTH_FULL})",  # not "rentrée de mai"
    ),
    (
        "ici",
        rf"\bd{AP}ici(?=\s+(?:à|au|la|le|l{AP}|les|fin|début|mi|ce|cette|demain|quelques|plusieurs|peu|\d|un|une|deux|trois"
        rf"|quatre|cinq|six|sept|huit|neuf|dix|{FR_MONTH_FULL}|{FR_WEEKDAY})\b)",
    ),
    ("ago", rf"\bil\s+y\s+a\s+(?:(?P<pre>{FR_PRE_DUR})\s*)?(?P<num>{FR_NUM}|{FR_VAGUE})\s*(?P<unit>{FR_UNIT})\b"),
    ("in", rf"\b(?:dans|d{AP}ici\s+(?:à\s+)?)\s*(?:les\s+)?(?P<num>{FR_NUM}|{FR_VAGUE})\s*(?P<unit>{FR_UNIT})\b"),
    ("duration_range", rf"(?P<n1>{FR_NUM})\s+(?:à|-|et)\s+(?P<rest>(?P<num>{FR_NUM})\s+(?P<unit>{FR_UNIT}))\b"),
    (
        "duration",
        rf"(?:(?P<pre>{FR_PRE_DUR})\s*)?(?P<last>\b(?:ces|les|des)\s+(?:derni[eè]re?s|prochaine?s)\s+)?"
        rf"(?:(?P<num>\b{FR_NUM}|\b{FR_VAGUE})\s*)?(?<![\w-])(?P<unit>{FR_UNIT})\b(?P<half>\s+et\s+demie?)?",
    ),
    ("duration", rf"\b(?:un|une)\s+(?P<frac>demi-|quart\s+d(?:e\s+|{AP}))(?P<unit>siècle|heure|journée|année|an)\b"),
    ("duration", r"\b(?P<word>quinquennat|septennat)\b"),
    (
        "pod",
        rf"\b(?:(?P<this>ce|cet|cette)\s+(?:même\s+)?|(?P<rel>(?:dans|pendant|durant|au\s+cours\s+de)\s+la|(?:en\s+)?(?:début|fin)"
        rf"\s+(?:de\s+|d{AP}))\s*|(?P<det>la|le)\s+)(?P<pod>{FR_POD})(?P<meme>\s+même)?\b",
    ),
    (
        "time",
        rf"(?:\b(?P<pre>vers)\s+)?\b(?P<h>[01]?\d|2[0-3])\s?h(?:\s?(?P<m>[0-5]\d))?\b(?:\s+(?P<tz>locales?|GMT|HEC))?"
        rf"(?:\s+(?P<day>hier|demain|aujourd{AP}hui|{FR_WEEKDAY})\b)?",
    ),
    ("time", r"(?:(?<=\bà\s)|(?<=rs\s)|(?<=de\s)|(?<=ès\s))(?P<noon>midi|minuit)\b"),
    (
        "present",
        rf"\b(?:maintenant|désormais|actuellement|actuel(?:le)?s?|à\s+présent|pour\s+l{AP}instant|pour\s+le\s+moment"
        rf"|en\s+ce\s+moment|de\s+nos\s+jours|à\s+l{AP}heure\s+actuelle)\b",
    ),
    ("present_today", rf"\baujourd{AP}hui\b"),
    (
        "holiday",
        rf"\b(?:à|a|avant|après|pour|depuis|dès|de|le|la|cette|ce|et|ou|d{AP}ici)\s+(?P<hol>(?:(?:la\s+)?(?:fête|veille|lendemain|lundi|jour)\s+"
        rf"(?:de\s+(?:la\s+|l{AP})?|d{AP}))?(?P<h>Noël|Pâques|Pentecôte|Ascension|Toussaint|Saint-Sylvestre|Saint-Valentin"
        rf"|Nouvel\s+An|jour\s+de\s+l{AP}an|Armistice))\b(?!\s+[A-Z])",
    ),
    ("nocturnal", r"\bnocturnes?\b"),
    (
        "future",
        rf"\b(?:l{AP}avenir|à\s+l{AP}avenir|avenir|prochainement|ultérieurement|une\s+date\s+ultérieure|futur(?:e|s|es)?)\b"
        r"|\b(?:le|la|les|leur|leurs|son|sa|ses|du|des|au|aux)\s+(?P<adj>prochaine?s?)\b(?!\s+(?:fois))"
        r"|\bla\s+nouvelle\s+année\b",
    ),
    (
        "past",
        r"\b(?:auparavant|autrefois|jadis|naguère|récemment|dernièrement|précédemment|nouvellement)\b"
        r"|(?<=\w\s)précédente?s?\b(?!\s+\w)",  # "le recensement précédent", not "le précédent gouvernement"
    ),
]

# --- English ----------------------------------------------------------------------------

EN_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
EN_MONTH = rf"(?:{EN_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
EN_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
EN_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
EN_NUMWORD = (
    r"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred))*)"
)
EN_NUM = rf"(?:\d+(?:\.\d+)?|{EN_NUMWORD}|(?i:an?))"
EN_FEW = r"(?i:a\s+few|several|a\s+couple\s+of)"
EN_VAGUE = r"(?i:a\s+few|few|several|many|some|a\s+couple\s+of|couple\s+of|recent|coming|past|next|last)"
EN_UNIT = r"(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|quarters?)"
EN_POD = r"(?i:morning|afternoon|evening|night)"
EN_PRE_DUR = r"(?i:almost|nearly|about|around|more\s+than|less\s+than|at\s+least|some|a\s+mere|roughly|just)"

EN_RULES: list[tuple[str, str]] = [
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
]


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: str
    match: re.Match[str]
    order: int  # rule priority: lower wins ties


# Anchors: the words every match of a rule must contain. A rule's regex only runs in a
# window around its anchor words, found by one dictionary lookup per token: a rule with
# optional lead-ins ("près de", "ces derniers") would otherwise be tried at every character.
DIGIT = "<digit>"  # any token with a digit
_FR_MONTHS = (
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre janv fevr fev avr juil "
    "sept oct nov dec"
)
_FR_WEEKDAYS = (
    "lundi mardi mercredi jeudi vendredi samedi dimanche lundis mardis mercredis jeudis vendredis samedis dimanches"
)
_FR_UNITS = (
    "an ans annee annees mois semaine semaines jour jours journee journees heure heures minute minutes seconde "
    "secondes decennie decennies siecle siecles trimestre trimestres semestre semestres"
)
FR_ANCHORS = {
    "block_anniv": "ans anniversaire",
    "block_age": "ans",
    "age": "ans annees",
    "nocturnal": "nocturne nocturnes",
    "holiday": "noel paques pentecote ascension toussaint sylvestre valentin nouvel an armistice",
    "block_num": DIGIT,
    "nth_weekday": _FR_WEEKDAYS,
    "range_days": _FR_MONTHS,
    "numeric": DIGIT,
    "quarter": "trimestre semestre",
    "date": _FR_MONTHS,
    "month_range": _FR_MONTHS,
    "month": _FR_MONTHS,
    "year_range": DIGIT,
    "year": DIGIT,
    "year2": DIGIT,
    "decade": "annees",
    "century": "siecle",
    "deictic": "aujourd hier demain veille lendemain surlendemain jour",
    "weekday": _FR_WEEKDAYS,
    "weekday_day": _FR_WEEKDAYS,
    "night_of": "nuit",
    "set": "chaque tous toutes par uniquement seulement generalement habituellement annuel annuelle annuels annuelles "
    "quotidien quotidienne quotidiens quotidiennes hebdomadaire hebdomadaires mensuel mensuelle mensuels mensuelles",
    "relunit": "semaine mois annee an week weekend trimestre saison hiver ete automne printemps",
    "season": "hiver ete automne printemps",
    "edge": "fin debut milieu mi",
    "ici": "ici",
    "rentree": "rentree",
    "ago": "y",
    "in": "dans ici",
    "duration_range": _FR_UNITS,
    "duration": _FR_UNITS + " quinquennat septennat",
    "pod": "matin matinee soir soiree nuit midi journee",
    "time": DIGIT + " midi minuit",
    "present": "maintenant desormais actuellement actuel actuelle actuels actuelles present instant moment jours heure",
    "present_today": "aujourd",
    "future": "nouvelle avenir prochainement ulterieurement ulterieure futur future futurs futures prochain prochaine "
    "prochains prochaines",
    "past": "auparavant autrefois jadis naguere recemment dernierement precedemment precedent precedente precedents "
    "precedentes nouvellement epoque",
}
_EN_MONTHS = (
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec"
)
_EN_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
_EN_UNITS = (
    "year years month months week weeks day days hour hours minute minutes second seconds decade decades century "
    "centuries quarter quarters"
)
EN_ANCHORS = {
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
_BEFORE, _AFTER = 60, 60  # window around an anchor word: longer than any lead-in or tail of a rule
# Rules anchored on any number run around every figure of an article: their windows are kept to
# what the rule can reach from a digit ("jusqu'en 2024", "02/04/2024", "vers 21 h 45, hier").
_DIGIT_WINDOWS = {
    "block_num": (12, 25),
    "numeric": (12, 12),
    "year_range": (12, 12),
    "year": (25, 12),
    "year2": (12, 8),
    "time": (12, 30),
    "decade": (30, 8),
}
_ACCENTS = str.maketrans("àâäáãéèêëíìîïóòôöõúùûüçñ", "aaaaaeeeeiiiiooooouuuucn")
_TOKEN = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Grammar:
    rules: list[tuple[str, re.Pattern[str]]]
    anchors: dict[str, frozenset[str]]  # word -> names of the rules it anchors


def _compile(rules: list[tuple[str, str]], anchors: dict[str, str], flags: int) -> Grammar:
    by_word: dict[str, set[str]] = {}
    for name, words in anchors.items():
        for word in words.split():
            by_word.setdefault(word, set()).add(name)
    return Grammar(
        [(name, re.compile(pattern, flags)) for name, pattern in rules],
        {w: frozenset(names) for w, names in by_word.items()},
    )


GRAMMARS = {
    "fr": _compile(FR_RULES, FR_ANCHORS, re.IGNORECASE),
    "en": _compile(EN_RULES, EN_ANCHORS, 0),
}


def _rule_windows(text: str, grammar: Grammar) -> dict[str, list[tuple[int, int]]]:
    """For each rule, the merged windows of text around its anchor words."""
    folded = text.lower().translate(_ACCENTS)  # same length as text: offsets carry over
    digit_rules = grammar.anchors.get(DIGIT, frozenset())
    windows: dict[str, list[tuple[int, int]]] = {}
    n = len(text)
    for m in _TOKEN.finditer(folded):
        word = m.group(0)
        names = grammar.anchors.get(word)
        is_number = word[-1].isdigit() or word[0].isdigit()
        if is_number:
            names = digit_rules | names if names else digit_rules
        if not names:
            continue
        for name in names:
            before, after = _DIGIT_WINDOWS.get(name, (_BEFORE, _AFTER)) if is_number else (_BEFORE, _AFTER)
            a, b = max(0, m.start() - before), min(n, m.end() + after)
            spans = windows.setdefault(name, [])
            if spans and a <= spans[-1][1]:
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
    return windows


def find_candidates(text: str, lang: str) -> list[Candidate]:
    """All rule matches, then the longest non-overlapping ones, in text order."""
    grammar = GRAMMARS.get(lang, GRAMMARS["fr"])
    found: list[Candidate] = []
    windows = _rule_windows(text, grammar)
    for order, (name, pattern) in enumerate(grammar.rules):
        for a, b in windows.get(name, ()):
            for m in pattern.finditer(text, a, b):
                if m.end() > m.start() and m.group(0).strip():
                    found.append(Candidate(m.start(), m.end(), name, m, order))
    found.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    taken = bytearray(len(text) + 1)
    kept: list[Candidate] = []
    for c in found:
        if any(taken[c.start : c.end]):
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept

"""The French temporal grammar: each rule a name and a pattern, with the words that anchor it.

Rules only find spans and capture their parts; `generator.extract.timex` resolves them by name.
Month, weekday and unit words come from the vocabulary; see generator/extract/timex/grammar.py for
how rules compete and what anchors are.
"""

from __future__ import annotations

from generator.lang.fr.vocabulary import MONTH_ABBREVIATIONS, MONTHS, UNITS, WEEKDAYS
from generator.lang.patterns import AP, DIGIT, YEAR4, alternation, anchor_words

FR_MONTH_FULL = alternation(MONTHS)
# an abbreviation only with its full stop: "sept." not the number, "oct." not a word
FR_MONTH = rf"(?:{FR_MONTH_FULL}|{alternation(MONTH_ABBREVIATIONS)}\.)"
FR_WEEKDAY = alternation(WEEKDAYS)
FR_DAY = r"(?:1\s?er|premier|[12]\d|3[01]|0?[1-9])(?!\d)"
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
FR_UNIT = alternation(UNITS, plural=True)
FR_POD = r"(?:matin[ée]e|matin|apr[èe]s-midi|soir[ée]e|soir|nuit|journ[ée]e)"
FR_PRE_DUR = (
    r"(?:pr[èe]s\s+d(?:e\s+|{AP})|environ|plus\s+d(?:e\s+|{AP})|moins\s+d(?:e\s+|{AP})|au\s+moins|presque|quelque"
    r"|au\s+bout\s+d(?:e\s+|{AP}))"
).replace("{AP}", AP)
FR_PERSON = (
    r"(?:homme|femme|fille|fillette|gar[çc]on|enfant|b[ée]b[ée]|adolescente?|jeune|retrait[ée]e?|fils|petite?|victime"
    r"|conducteur|conductrice|automobiliste|motard|cycliste|pi[ée]ton(?:ne)?|patient|patiente|m[èe]re|p[èe]re|[ée]l[èe]ve)"
)

RULES: tuple[tuple[str, str], ...] = (
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
)

# Anchors: the folded words every match of a rule must contain (see the grammar).
_FR_MONTHS = anchor_words((*MONTHS, *MONTH_ABBREVIATIONS))
_FR_WEEKDAYS = anchor_words(WEEKDAYS, plural=True)
_FR_UNITS = anchor_words(UNITS, plural=True)
ANCHORS = {
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

"""The French temporal grammar: each rule a name and a pattern, with the words that anchor it.

Rules only find spans and capture their parts; `generator.extract.timex` resolves them by name.
Month, weekday and unit words come from the vocabulary; see generator/extract/timex/grammar.py for
how rules compete and what anchors are.
"""

from __future__ import annotations

import datetime as dt

from generator.lang.fr.vocabulary import (
    APPROXIMATE_NUMBERS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_PLURALS,
    NUMBERS,
    PARTS_OF_DAY,
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

FR_MONTH_FULL = alternation(MONTHS)
# an abbreviation only with its full stop: "sept." not the number, "oct." not a word
FR_MONTH = rf"(?:{FR_MONTH_FULL}|{alternation(MONTH_ABBREVIATIONS)}\.)"
FR_WEEKDAY = alternation(WEEKDAYS)
FR_DAY = r"(?:1\s?er|premier|[12]\d|3[01]|0?[1-9])(?!\d)"
# "vingt-deux", "quatre-vingts", "soixante et onze": after a ten, one to eleven; "vingt" after "quatre", "cent";
# after "soixante" and "quatre-vingt", twelve to sixteen too ("soixante-douze", "quatre-vingt-seize")
FR_NUMWORD = number_words(
    NUMBERS,
    lambda n: n <= 11 or n in (20, 100),
    NUMBER_PLURALS,
    joiner=True,
    after={60: lambda n: n < 20, 20: lambda n: n < 20},
)
FR_NUM = rf"(?:\d+(?:[.,]\d+)?|{FR_NUMWORD})"
# "quelques", "une dizaine de": how many, without a number
FR_VAGUE = (
    r"(?:quelques|plusieurs|des|de\s+nombreu(?:x|ses)|certaine?s|"
    rf"(?:{alternation(longest_first(w for w, n in NUMBERS.items() if n == 1))})\s+"
    rf"{alternation(APPROXIMATE_NUMBERS)}\s+d(?:e\s+|{AP}))"
)
FR_UNIT = alternation(UNITS, plural=True)
FR_POD = alternation(longest_first(w for w, code in PARTS_OF_DAY.items() if not code.startswith("T")))
FR_PRE_DUR = (
    r"(?:pr[èe]s\s+d(?:e\s+|{AP})|environ|plus\s+d(?:e\s+|{AP})|moins\s+d(?:e\s+|{AP})|au\s+moins|presque|quelque"
    r"|au\s+bout\s+d(?:e\s+|{AP}))"
).replace("{AP}", AP)
FR_PERSON = (
    r"(?:homme|femme|fille|fillette|gar[çc]on|enfant|b[ée]b[ée]|adolescente?|jeune|retrait[ée]e?|fils|petite?|victime"
    r"|conducteur|conductrice|automobiliste|motard|cycliste|pi[ée]ton(?:ne)?|patient|patiente|m[èe]re|p[èe]re|[ée]l[èe]ve)"
)

# Anchors: the folded words every match of a rule must contain (see the grammar).
_FR_MONTHS = anchor_words((*MONTHS, *MONTH_ABBREVIATIONS))
_FR_WEEKDAYS = anchor_words(WEEKDAYS, plural=True)
_FR_UNITS = anchor_words(UNITS, plural=True)

# The day every example is read from, unless it says otherwise: a Tuesday.
PUBLISHED = dt.date(2024, 4, 2)

RULES = RuleTable(
    (
        # blockers first: what looks temporal but is not
        TimexRule(
            "block_anniv",
            rf"\b(?:les|le|aux|des|du|ses|leurs?)\s+(?:{FR_NUM})(?:e|[èe]me)?\s+(?:ans|anniversaire)\b(?=\s+d)",
            "ans anniversaire",
            (Example("Les 80 ans du débarquement seront célébrés en Normandie.", PUBLISHED, ()),),
        ),
        TimexRule(
            "block_age",
            rf"\b(?:[âa]g[ée]e?s?\s+d(?:e\s+|{AP})|l{AP}[âa]ge\s+d(?:e\s+|{AP})|{FR_PERSON}\s+d(?:e\s+|{AP}))(?:{FR_NUM})\s+ans\b",
            "ans",
            (Example("Un homme âgé de 45 ans a été interpellé.", PUBLISHED, ()),),
        ),
        TimexRule(
            "block_age",
            r"\(\s*\d{1,3}\s+ans\s*\)|(?<=[A-Za-zé],\s)\d{1,3}\s+ans(?=\s*[,.;)])",
            "ans",
            (Example("Le conducteur, 23 ans, a été légèrement blessé.", PUBLISHED, ()),),
        ),
        TimexRule(
            "block_age",
            r"\b(?:les|des|aux)\s+(?:moins|plus)\s+de\s+\d{1,2}\s+ans\b|\b(?:les|des|aux)\s+\d{1,2}\s*-\s*\d{1,2}\s+ans\b",
            "ans",
            (Example("Le vaccin reste réservé aux moins de 12 ans.", PUBLISHED, ()),),
        ),
        TimexRule(
            "age",
            rf"(?<![\w{AP}])d(?:e\s+|{AP})\s*(?:(?P<n1>{FR_NUM})\s*(?:à|-)\s*)?(?:(?P<num>{FR_NUM})|une?\s+\w+aines?\s+d{AP})\s*"
            rf"(?P<unit>ans|années)\b",
            "ans annees",
            (Example("Il a été condamné à une peine de 3 ans de prison.", PUBLISHED, (("3 ans", "DURATION", "P3Y"),)),),
        ),
        TimexRule(
            # "le 16 mars tombant un vendredi", "un vendredi sur deux": any Friday, not a day of its own
            "block_weekday",
            rf"\b(?i:un)\s+(?:{FR_WEEKDAY})\b",
            _FR_WEEKDAYS,
            (Example("Le marché se tient un vendredi sur deux.", PUBLISHED, ()),),
        ),
        TimexRule(
            "block_num",
            r"\b[A-Z]\d{1,2}\b|\b\d+(?:[.,]\d+)?\s*(?:%|‰|€|\$|euros?|dollars?|francs?)",
            DIGIT,
            (Example("Les dirigeants du G20 se retrouvent à Rio.", PUBLISHED, ()),),
        ),
        # calendar dates
        TimexRule(
            "numeric",
            r"(?<![\d/.-])(?:(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])"
            r"|(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d))(?![\d/-]|\.\d)",
            DIGIT,
            (Example("Le contrat a été signé le 02/04/2024.", PUBLISHED, (("02/04/2024", "DATE", "2024-04-02"),)),),
        ),
        TimexRule(
            # a schedule's day written in numbers without its year, at the head of its line or after its weekday
            # ("10/11 – Réunion publique", "mardi 8/10"): the language's order, day first ("24/7" is no day)
            "numeric_day",
            rf"(?:\b(?P<wd>{FR_WEEKDAY}),?\s+|(?<![^\n])[ \t]*)(?!24/7\b)(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)"
            r"(?![\d/]|[.,]\d)"
            r"(?(wd)|(?=[ \t]*[-–—:][ \t]|[ \t]+(?-i:[A-ZÀ-Ý])))",
            DIGIT,
            (
                Example(
                    "Les réunions auront lieu :\n8/4 – Mairie\n15/5 – Salle des fêtes",
                    PUBLISHED,
                    (("8/4", "DATE", "2024-04-08"), ("15/5", "DATE", "2024-05-15")),
                ),
                Example("Le conseil se réunira mardi 9/4.", PUBLISHED, (("mardi 9/4", "DATE", "2024-04-09"),)),
            ),
        ),
        TimexRule(
            "quarter",
            r"\b(?P<q>premier|1er|deuxième|second|2e|troisième|3e|quatrième|dernier|4e)\s+(?P<unit>trimestre|semestre)"
            r"(?:\s+(?:de\s+l['’]année\s+)?(?P<year>(?:19|20)\d\d))?\b",
            "trimestre semestre",
            (
                Example(
                    "Les ventes ont progressé au premier trimestre 2023.",
                    PUBLISHED,
                    (("premier trimestre 2023", "DATE", "2023-Q1"),),
                ),
            ),
        ),
        TimexRule(
            "nth_weekday",
            rf"\b(?:le\s+)?(?P<nth>premier|1er|deuxième|2e|second|troisième|3e|quatrième|4e|dernier)\s+(?P<wd>{FR_WEEKDAY})"
            rf"\s+(?:du\s+mois\s+)?(?:d(?:e\s+|{AP})|du\s+|de\s+l{AP})(?P<month>{FR_MONTH_FULL}|printemps|été|automne|hiver)\b"
            r"(?!\s+(?:scolaire|universitaire|parlementaire))"
            rf"(?:\s+(?P<year>{YEAR4}))?",
            _FR_WEEKDAYS,
            (
                Example(
                    "Le scrutin aura lieu le premier dimanche de juin.",
                    PUBLISHED,
                    (("le premier dimanche de juin", "DATE", "2024-06-02"),),
                ),
            ),
        ),
        TimexRule(
            "range_days",
            rf"(?<![\d,.])\b(?P<listed>(?:{FR_DAY},\s*)+)(?P<d1>{FR_DAY})\s+(?:et|ou)\s+"
            rf"(?P<rest>(?P<day>{FR_DAY})\s+(?P<month>{FR_MONTH})(?:\s+(?P<year>{YEAR4}))?)",
            _FR_MONTHS,
            (
                Example(
                    "Les contrôleurs seront en grève les 13, 14 et 16 décembre.",
                    PUBLISHED,
                    (("13", "DATE", "2024-12-13"), ("14", "DATE", "2024-12-14"), ("16 décembre", "DATE", "2024-12-16")),
                ),
            ),
        ),
        TimexRule(
            "range_days",
            # never a day cut from a year: "du 1er octobre 2025 au 31 octobre 2025" is no "25 au 31 octobre"
            rf"(?<![\d,.])\b(?P<wd1>{FR_WEEKDAY}\s+)?(?P<d1>{FR_DAY})\s*(?:au|à|et|-|–|/)\s*(?:(?:le|ce)\s+)?"
            rf"(?P<rest>(?:{FR_WEEKDAY}\s+)?(?P<day>{FR_DAY})\s+(?P<month>{FR_MONTH})"
            rf"(?:\s+(?P<year>{YEAR4}))?(?:\s+(?P<mod>prochains?|derniers?))?)",
            _FR_MONTHS,
            (
                Example(
                    "Le festival se tiendra du 12 au 14 juillet.",
                    PUBLISHED,
                    (("12", "DATE", "2024-07-12"), ("14 juillet", "DATE", "2024-07-14")),
                ),
                Example(
                    "Il sera en visite ce mercredi 10 et ce jeudi 11 avril.",
                    PUBLISHED,
                    (("mercredi 10", "DATE", "2024-04-10"), ("jeudi 11 avril", "DATE", "2024-04-11")),
                ),
            ),
        ),
        TimexRule(
            # "le 23 pour repartir le 25 octobre": a day whose month is the next date's, in the same clause
            "day_before_month",
            rf"\ble\s+(?P<d1>{FR_DAY})(?=\s+(?:pour|puis|avant|et|ou)\s[^.;:!?\d]{{0,60}}?\ble\s+(?P<day>{FR_DAY})\s+"
            rf"(?P<month>{FR_MONTH})(?!\w)(?:\s+(?P<year>{YEAR4}))?)",
            _FR_MONTHS,
            (
                Example(
                    "Le président arrivera le 23 pour repartir le 25 octobre.",
                    PUBLISHED,
                    (("le 23", "DATE", "2024-10-23"), ("le 25 octobre", "DATE", "2024-10-25")),
                ),
            ),
        ),
        TimexRule(
            "date",
            rf"(?:\b(?P<det>le)\s+)?(?:(?P<wd>{FR_WEEKDAY})\s+)?\b(?P<day>{FR_DAY})\s+(?P<month>{FR_MONTH})(?!\w)"
            # "Cercle Finance | 16 mars, 2020": a stamp may set its year after a comma, a year with no word after it
            # (not "le 3 avril, 2000 personnes")
            rf"(?:(?:\s+|,[ \t]*(?={YEAR4}[ \t]*(?:à\s*\d|[^\w \t]|$)))(?P<year>{YEAR4}|{AP}?\d\d(?=\s*[,.;:)])))?"
            rf"(?:\s+(?P<mod>prochains?|derniers?))?"
            # "le 11 mars 2024 (lundi)": the date's own weekday in brackets after it, no day of its own
            rf"(?:\s*\((?P<wd_after>{FR_WEEKDAY})\))?",
            _FR_MONTHS,
            (
                Example(
                    "Le ministre se rendra à Berlin le 15 avril.", PUBLISHED, (("le 15 avril", "DATE", "2024-04-15"),)
                ),
            ),
        ),
        TimexRule(
            "date",
            # "mars 25, 2025", "mardi, septembre 20, 2024": the month first and the year after a comma, as a site set
            # up with the English date format writes French month names (a CMS's stamp); with its year only, the
            # shape no French sentence writes
            rf"(?:\b(?P<wd>{FR_WEEKDAY}),?\s+)?\b(?P<month>{FR_MONTH_FULL})\s+(?P<day>{FR_DAY}),\s*(?P<year>{YEAR4})",
            _FR_MONTHS,
            (
                Example(
                    "Publié par la rédaction mars 25, 2025.",
                    PUBLISHED,
                    (("mars 25, 2025", "DATE", "2025-03-25"),),
                ),
            ),
        ),
        TimexRule(
            "week_of",
            # "la semaine du 25 mai", "la semaine de relâche parlementaire du 18 mai": the week, not its first day
            # (what the week is for, "de relâche parlementaire", stays out of the date's words: it is the event)
            # "le week-end du 12 novembre": that week's Saturday and Sunday
            rf"\b(?:(?P<det>la|le)\s+)?(?:semaine|(?P<we>week-?end))\s+(?:(?P<of>(?:de|d{AP})\s*\w+(?:\s+\w+)?)\s+)?(?P<du>du)\s+"
            rf"(?:(?P<wd>{FR_WEEKDAY})\s+)?(?P<day>{FR_DAY})\s+(?P<month>{FR_MONTH})(?!\w)(?:\s+(?P<year>{YEAR4}))?",
            "semaine week weekend",
            (
                Example(
                    "La reprise se fera durant la semaine du 15 avril.",
                    PUBLISHED,
                    (("la semaine du 15 avril", "DATE", "2024-W16"),),
                ),
                Example(
                    "Le tournoi se jouera le week-end du 13 avril.",
                    PUBLISHED,
                    (("le week-end du 13 avril", "DATE", "2024-W15-WE"),),
                ),
            ),
        ),
        TimexRule(
            "nth_week",
            # "la deuxième semaine de juin", "la dernière semaine du mois de juillet", "la première semaine du mois
            # prochain": the week that holds the month's n-th seven days, not the month
            rf"\b(?:(?:la|une)\s+)?(?P<nth>première|premiere|deuxième|deuxieme|2e|seconde|troisième|troisieme|3e"
            rf"|quatrième|quatrieme|4e|dernière|derniere)\s+semaine\s+(?:du\s+mois\s+)?"
            rf"(?:(?:de\s+|d{AP}\s*)(?P<month>{FR_MONTH_FULL})\b(?:\s+(?P<year>{YEAR4}))?|(?P<next>du\s+mois\s+prochain|prochain))",
            "semaine",
            (
                Example(
                    "Le texte sera examiné par les députés la deuxième semaine de juin.",
                    PUBLISHED,
                    (("la deuxième semaine de juin", "DATE", "2024-W24"),),
                ),
                Example(
                    "Le festival se tiendra la dernière semaine de juillet.",
                    PUBLISHED,
                    (("la dernière semaine de juillet", "DATE", "2024-W31"),),
                ),
            ),
        ),
        TimexRule(
            "weekday_day",
            # "samedi 21 au dimanche 22" is a range's start, "samedi 21 au matin" a day and its part
            # "mercredi 14 et lundi 19": "et" before another weekday lists days; "mardi 3 et 4" is a range's start
            rf"(?:\b(?P<det>le|ce)\s+)?\b(?P<wd>{FR_WEEKDAY})\s+(?P<day>{FR_DAY})\b"
            rf"(?!\s*(?:h\b|heures?|%|[,.]\d|\d|et(?!\s+(?:l[e']\s*|ce\s+)?{FR_WEEKDAY}\b)|au(?!\s+{FR_POD}\b)|à|-)"
            rf"|\s+{FR_MONTH})"
            # not "samedi 3 buts": a noun after the number makes it a count; after an article the weekday is a day
            # ("Le mardi 6 témoigneront les juges"); an article or a verb after the number leaves it a day
            # ("faire de mardi 14 une journée de grève", "la grève de mardi 14 sera suivie")
            r"(?(det)|(?!\s+(?!(?:à|au|aux|pour|par|dans|en|de|du|des|avec|sur|chez|lors|afin|entre|devant|puis|le|la|les"
            r"|un|une|ou|et|est|sera|sont|seront|a|aura|ont|auront)\b)[a-zàâçéèêëîïôûùüÿœ]))",
            _FR_WEEKDAYS,
            (
                Example(
                    "La réunion se tiendra lundi 15, a précisé le maire.",
                    PUBLISHED,
                    (("lundi 15", "DATE", "2024-04-15"),),
                ),
                Example(
                    "Elle appelle à manifester le samedi 13 au matin devant la mairie.",
                    PUBLISHED,
                    (("le samedi 13", "DATE", "2024-04-13"),),
                ),
                Example(
                    "Les syndicats veulent faire de mardi 16 une grande grève.",
                    PUBLISHED,
                    (("mardi 16", "DATE", "2024-04-16"),),
                ),
            ),
        ),
        TimexRule(
            "month_range",
            rf"(?P<m1>{FR_MONTH_FULL})\s*(?:-|–|\bet\b|\bou\b|\bà\b)\s*(?P<m2>{FR_MONTH_FULL})\b"
            rf"(?:\s+(?P<mod>prochains?|derniers?))?(?:\s+(?P<year>{YEAR4}))?",
            _FR_MONTHS,
            (
                Example(
                    "Le musée sera fermé de juin à septembre.",
                    PUBLISHED,
                    (("juin", "DATE", "2024-06"), ("septembre", "DATE", "2024-09")),
                ),
            ),
        ),
        TimexRule(
            "month",
            rf"(?P<pre>\b(?:(?:à\s+la\s+|la\s+|au\s+)?(?:fin|début|milieu)\s+du\s+mois\s+d(?:e|{AP})"
            rf"|en|dès|depuis|courant|jusqu{AP}en|fin|début|mi|au\s+mois\s+d(?:e|{AP})|le\s+mois\s+d(?:e|{AP})"
            rf"|du\s+mois\s+d(?:e|{AP})|mois\s+d(?:e|{AP})|à\s+partir\s+d(?:e|{AP})|avant|après|de|d{AP}|entre|et|ou)(?:\b|(?<={AP}))[\s-]*)?"
            rf"\b(?P<month>{FR_MONTH_FULL})\b(?:\s+(?P<year>{YEAR4}|{AP}?\d\d(?=\s*[,.;:)])))?(?:\s+(?P<mod>prochains?|derniers?|pass[ée]))?",
            _FR_MONTHS,
            (Example("Le texte sera examiné en mai.", PUBLISHED, (("en mai", "DATE", "2024-05"),)),),
        ),
        TimexRule(
            "year_range",
            rf"(?<!\d\s)(?<!\d[.,])(?<!\d)\b(?P<y1>{YEAR4})\s*(?:-|–|/|\bà\b|\bau\b)\s*(?P<y2>{YEAR4}|\d\d(?!\d))\b(?![.,]\d)",
            DIGIT,
            (
                Example(
                    "Il a dirigé le club de 2015 à 2019.",
                    PUBLISHED,
                    (("2015", "DATE", "2015"), ("2019", "DATE", "2019")),
                ),
            ),
        ),
        TimexRule(
            "year",
            rf"(?P<pre>\b(?:en|depuis|dès|de|d{AP}|entre|et|à|jusqu{AP}en|avant|après|fin|début|mi|courant|l{AP}année|l{AP}an"
            rf"|année|saison|exercice|budget|printemps|été|automne|hiver|vers|ou|au|pour|d{AP}ici)(?:\b|(?<={AP}))[\s-]*)?"
            rf"(?<!\d\s)(?<!\d[.,])(?<!\d)\b(?P<year>{YEAR4})\b(?![.,]\d|\s\d)",
            DIGIT,
            (Example("La loi a été votée en 2021.", PUBLISHED, (("2021", "DATE", "2021"),)),),
        ),
        TimexRule(
            "year2",
            r"\b(?P<pre>en|depuis|dès)\s+(?P<year>[5-9]\d)(?=\s*[,.;:()])",
            DIGIT,
            (Example("Il a quitté le pays en 98.", PUBLISHED, (("98", "DATE", "1998"),)),),
        ),
        TimexRule(
            "decade",
            r"(?:(?P<pre>(?:au\s+)?(?:début|fin|milieu)\s+des)\s+|\bles\s+|\bdes\s+)?\bannées\s+(?P<dec>(?:19|20)?\d0)\b",
            "annees",
            (
                Example(
                    "La ville a beaucoup changé depuis les années 1980.",
                    PUBLISHED,
                    (("les années 1980", "DATE", "198X"),),
                ),
            ),
        ),
        TimexRule(
            "century",
            r"(?:\b(?:la|le|au)\s+)?(?:(?:début|fin|milieu)\s+du\s+)?\b(?P<c>[XVI]{1,5}|\d{1,2})(?:e|ème|è)\s+siècle\b",
            "siecle",
            (Example("Le château date du XVIIe siècle.", PUBLISHED, (("XVIIe siècle", "DATE", "16"),)),),
        ),
        # relative to the publication date
        TimexRule(
            "deictic",
            rf"\b(?P<word>aujourd{AP}hui|avant-hier|après-demain|hier|demain|la\s+veille|l{AP}avant-veille|le\s+lendemain"
            rf"|le\s+surlendemain|(?:le|ce)\s+même\s+jour)\b(?:\s+(?P<wd>{FR_WEEKDAY})\b)?(?:\s+(?:en\s+)?(?:(?P<edge>début|fin)\s+"
            rf"(?:de\s+|d{AP}))?(?P<pod>{FR_POD})\b)?(?:\s+à\s+(?P<h>[01]?\d|2[0-3])\s?h(?:\s?(?P<mi>[0-5]\d))?\b)?",
            "aujourd hier demain veille lendemain surlendemain jour",
            (Example("Le président s'exprimera demain soir.", PUBLISHED, (("demain soir", "TIME", "2024-04-03TEV"),)),),
        ),
        # the n-th day of an event whose first day the text has just given ("s'ouvrira le 10 avril ... le
        # deuxième jour"): counted from the discourse date; "le premier jour" is left out (often "du mois")
        TimexRule(
            "event_day",
            # "jour" only: "la deuxième journée" is as often a round of a championship or a day of action
            r"\b(?:le|la)\s+(?P<nth>deuxième|2e|second|troisième|3e|quatrième|4e)\s+jour\b"
            # "le quatrième jour de grève": a count of days of action, not of one event's days
            r"(?!\s+(?:consécuti|d\W?affilée|de\s+suite|du\s+mois|de\s+la\s+semaine|de\s+l\W?année"
            r"|d(?:e\s+|\W)(?!la\b|l\W)))",
            "jour",
            (
                Example(
                    "Le sommet s'ouvrira le 10 avril. Le deuxième jour, les ministres voteront.",
                    PUBLISHED,
                    (("le 10 avril", "DATE", "2024-04-10"), ("Le deuxième jour", "DATE", "2024-04-11")),
                ),
            ),
        ),
        TimexRule(
            "weekday_of_week",
            rf"\b(?P<wd>{FR_WEEKDAY})\s+de\s+la\s+semaine\s+(?P<which>prochaine|dernière|passée)\b",
            _FR_WEEKDAYS,
            (
                Example(
                    "Le vote aura lieu mercredi de la semaine prochaine.",
                    PUBLISHED,
                    (("mercredi de la semaine prochaine", "DATE", "2024-04-10"),),
                ),
            ),
        ),
        TimexRule(
            "weekday",
            rf"(?:\b(?P<det>ce|cette|le|dès|depuis)\s+(?:même\s+)?)?\b(?P<wd>{FR_WEEKDAY})\b"
            rf"(?!\s+saint)(?:\s+(?P<mod>prochain|dernier|passé|précédent|suivant))?(?:\s+(?P<pod>{FR_POD}|midi)\b)?",
            _FR_WEEKDAYS,
            (Example("Le conseil se réunira mercredi.", PUBLISHED, (("mercredi", "DATE", "2024-04-03"),)),),
        ),
        TimexRule(
            "night_of",
            rf"\b(?:dans\s+)?la\s+nuit\s+d[eu]\s+(?P<wd>{FR_WEEKDAY})\s+(?:à|au)\s+{FR_WEEKDAY}\b",
            "nuit",
            (
                Example(
                    "L'incendie s'est déclaré dans la nuit de samedi à dimanche.",
                    PUBLISHED,
                    (("dans la nuit de samedi à dimanche", "TIME", "2024-03-30TNI"),),
                ),
            ),
        ),
        TimexRule(
            "set",
            rf"\b(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?P<num>{FR_NUM})\s+)?(?P<unit>jours?|semaines?|mois|ans|années?|matins?"
            rf"|soirs?|nuits?|{FR_WEEKDAY}s?|week-ends?|étés?|hivers?|heures?|minutes?|trimestres?)\b",
            "chaque tous toutes",
            (Example("La revue paraît chaque semaine.", PUBLISHED, (("chaque semaine", "SET", "P1W"),)),),
        ),
        TimexRule(
            "set",
            r"\bpar\s+(?P<unit>an|année|mois|semaine|jour|heure|minute|trimestre|semestre)\b",
            "par",
            (Example("Le loyer augmente de 2 % par an.", PUBLISHED, (("par an", "SET", "P1Y"),)),),
        ),
        # adjectives after a noun ("le dîner annuel", "le lot quotidien"); not "les quotidiens" (newspapers)
        TimexRule(
            "set",
            r"(?<=[a-zé]{3}\s)(?<!presse\s)(?<!aux\s)(?<!les\s)(?<!des\s)(?<!ses\s)"
            r"(?P<adj>annuel(?:le)?s?|quotidien(?:ne)?|hebdomadaire|mensuel(?:le)?s?)\b",
            "annuel annuelle annuels annuelles quotidien quotidienne quotidiens quotidiennes hebdomadaire "
            "hebdomadaires mensuel mensuelle mensuels mensuelles",
            (Example("Le bal annuel attire les foules.", PUBLISHED, (("annuel", "SET", "P1Y"),)),),
        ),
        TimexRule(
            "set",
            rf"\b(?:uniquement|seulement|généralement|habituellement)\s+le\s+(?P<wd>{FR_WEEKDAY})\b",
            "uniquement seulement generalement habituellement",
            (Example("Le marché se tient uniquement le samedi.", PUBLISHED, (("le samedi", "SET", "XXXX-WXX-6"),)),),
        ),
        TimexRule(
            "relunit",
            rf"\b(?P<det>cette|ce|cet|la|le|l{AP})\s*(?P<unit>semaine|mois|année|an|week-end|weekend|trimestre|saison"
            rf"|hiver|été|automne|printemps)(?:\s*(?P<this>-ci)|\s+(?P<mod>prochaine?|derni[eè]re?|pass[ée]e?|précédente?|suivante?"
            rf"|en\s+cours|écoulée?|à\s+venir))?\b(?!-là)",
            "semaine mois annee an week weekend trimestre saison hiver ete automne printemps",
            (
                Example(
                    "Le rapport sera publié la semaine prochaine.",
                    PUBLISHED,
                    (("la semaine prochaine", "DATE", "2024-W15"),),
                ),
            ),
        ),
        TimexRule(
            "season",
            rf"(?:(?<!jeux\s)(?<!sports\s)(?<!station\s)(?<!heure\s)(?<!olympiques\s)\b(?P<pre>en|au|d{AP}|à\s+l{AP}|jusqu{AP}à\s+l{AP}|pendant\s+l{AP}|durant\s+l{AP}|dès\s+l{AP}|depuis\s+l{AP})\s*)"
            rf"(?P<season>été|hiver|printemps|automne)\b(?:\s+(?P<mod>prochain|dernier)|\s+(?P<year>{YEAR4}))?",
            "hiver ete automne printemps",
            (Example("Les travaux commenceront en automne.", PUBLISHED, (("automne", "DATE", "2024-FA"),)),),
        ),
        TimexRule(
            "edge",
            rf"(?:\b(?:à|a|en)\s+)?(?:\bla\s+|\ble\s+|\bau\s+)?\b(?P<edge>fin|début|milieu|mi)[\s-]*(?:de\s+l{AP}|du\s+|de\s+la\s+|d{AP}|de\s+cette\s+|de\s+ce\s+|de\s+)"
            rf"\s*(?P<unit>année|an|mois|semaine|décennie|été|hiver|printemps|automne|saison)"
            rf"(?:\s+(?P<mod>prochaine?|derni[eè]re?|pass[ée]e?|précédente?|en\s+cours))?"
            rf"(?!\s+d(?:e\s+|{AP}){FR_MONTH_FULL})",
            "fin debut milieu mi",
            (
                Example(
                    "Le chantier sera terminé à la fin de l'année.", PUBLISHED, (("la fin de l'année", "DATE", "2024"),)
                ),
            ),
        ),
        TimexRule(
            "rentree",
            r"\b(?:(?:à|a|dès|pour|avant|après|depuis|de)\s+)?la\s+(?P<w>rentrée)(?:\s+(?:scolaire|parlementaire|politique|sociale))?"
            rf"(?:\s+(?P<mod>prochaine|derni[eè]re))?\b(?!\s+d(?:e\s+|{AP}){FR_MONTH_FULL})"
            # "la rentrée des étudiants", "la rentrée de la législature": a return of someone or something, on a day of
            # its own, not September's (but "la rentrée des classes" is the school's)
            rf"(?!\s+(?:des\s+(?!classes\b)|du\s|de\s+la\s|de\s+l{AP}))",
            "rentree",
            (
                Example(
                    "La réforme entrera en vigueur à la rentrée.", PUBLISHED, (("à la rentrée", "DATE", "2024-09"),)
                ),
            ),
        ),
        TimexRule(
            "ici",
            rf"\bd{AP}ici(?=\s+(?:à|au|la|le|l{AP}|les|fin|début|mi|ce|cette|demain|quelques|plusieurs|peu|\d|un|une|deux|trois"
            rf"|quatre|cinq|six|sept|huit|neuf|dix|{FR_MONTH_FULL}|{FR_WEEKDAY})\b)",
            "ici",
            (Example("Les résultats seront connus d'ici peu.", PUBLISHED, (("d'ici", "DATE", "2024-04-02"),)),),
        ),
        TimexRule(
            "ago",
            rf"\bil\s+y\s+a\s+(?:(?P<pre>{FR_PRE_DUR})\s*)?(?P<num>{FR_NUM}|{FR_VAGUE})\s*(?P<unit>{FR_UNIT})\b",
            "y",
            (Example("L'usine a fermé il y a trois ans.", PUBLISHED, (("il y a trois ans", "DATE", "2021"),)),),
        ),
        TimexRule(
            "in",
            rf"\b(?:dans|d{AP}ici\s+(?:à\s+)?)\s*(?:les\s+)?(?:{FR_PRE_DUR}\s*)?(?P<num>{FR_NUM}|{FR_VAGUE})\s*"
            rf"(?P<unit>{FR_UNIT})\b",
            "dans ici",
            (
                Example(
                    "Le verdict sera rendu dans deux semaines.",
                    PUBLISHED,
                    (("dans deux semaines", "DATE", "2024-04-16"),),
                ),
                Example(
                    "Les bureaux de vote ouvriront dans environ dix jours.",
                    PUBLISHED,
                    (("dans environ dix jours", "DATE", "2024-04-12"),),
                ),
                Example("Le scrutin aura lieu dans 63 jours.", PUBLISHED, (("dans 63 jours", "DATE", "2024-06-04"),)),
            ),
        ),
        TimexRule(
            "duration_range",
            rf"(?P<n1>{FR_NUM})\s+(?:à|-|et)\s+(?P<rest>(?P<num>{FR_NUM})\s+(?P<unit>{FR_UNIT}))\b",
            _FR_UNITS,
            (
                Example(
                    "Les travaux dureront trois à cinq mois.",
                    PUBLISHED,
                    (("trois", "DURATION", "P3M"), ("cinq mois", "DURATION", "P5M")),
                ),
            ),
        ),
        TimexRule(
            "time",
            # "à 16 heures", "A 18 heures" (a capital A without its accent), "vers 10 heures": an hour of the
            # clock; "16 heures" alone is a duration
            r"(?:(?<=\bà\s)|(?<=(?-i:\bA)\s)|(?<=\bvers\s)|(?<=\bdès\s))(?P<h>[01]?\d|2[0-3])\s+heures?"
            r"(?:\s+(?P<m>[0-5]\d)\b)?",
            DIGIT,
            (
                Example("Le conseil se réunira à 16 heures.", PUBLISHED, (("16 heures", "TIME", "2024-04-02T16:00"),)),
                Example("- A 18 heures, réunion de travail.", PUBLISHED, (("18 heures", "TIME", "2024-04-02T18:00"),)),
            ),
        ),
        TimexRule(
            "time",
            # "à quinze heures", "à vingt et une heures trente": the hour in words of formal agendas (the
            # Assemblée's order of business); not "à deux heures de route", a distance
            rf"(?:(?<=\bà\s)|(?<=(?-i:\bA)\s)|(?<=\bvers\s)|(?<=\bdès\s))(?P<h>{FR_NUMWORD})\s+heures?"
            rf"(?!\s+d(?:e\b|{AP}))(?:\s+(?P<m>{FR_NUMWORD})\b(?!\s+minutes?\s+d))?",
            "heure heures",
            (
                Example(
                    "La séance reprendra à vingt et une heures trente.",
                    PUBLISHED,
                    (("vingt et une heures trente", "TIME", "2024-04-02T21:30"),),
                ),
                Example(
                    "Le mardi, à quinze heures, questions au Gouvernement.",
                    PUBLISHED,
                    (("Le mardi", "DATE", "2024-04-02"), ("quinze heures", "TIME", "2024-04-02T15:00")),
                ),
            ),
        ),
        TimexRule(
            "duration",
            rf"(?:(?P<pre>{FR_PRE_DUR})\s*)?(?P<last>\b(?:ces|les|des)\s+(?:derni[eè]re?s|prochaine?s)\s+)?"
            rf"(?:(?P<num>\b{FR_NUM}|\b{FR_VAGUE})\s*)?(?<![\w-])(?P<unit>{FR_UNIT})\b(?P<half>\s+et\s+demie?)?",
            _FR_UNITS,
            (Example("La grève a duré deux semaines.", PUBLISHED, (("deux semaines", "DURATION", "P2W"),)),),
        ),
        TimexRule(
            "duration",
            rf"\b(?:un|une)\s+(?P<frac>demi-|quart\s+d(?:e\s+|{AP}))(?P<unit>siècle|heure|journée|année|an)\b",
            _FR_UNITS,
            (Example("Il a patienté une demi-heure.", PUBLISHED, (("une demi-heure", "DURATION", "PT30M"),)),),
        ),
        TimexRule(
            "duration",
            r"\b(?P<word>quinquennat|septennat)\b",
            "quinquennat septennat",
            (Example("Il achève son quinquennat.", PUBLISHED, (("quinquennat", "DURATION", "P5Y"),)),),
        ),
        TimexRule(
            "pod",
            rf"\b(?:(?P<this>ce|cet|cette)\s+(?:même\s+)?|(?P<rel>(?:dans|pendant|durant|au\s+cours\s+de)\s+la|(?:en\s+)?(?:début|fin)"
            rf"\s+(?:de\s+|d{AP}))\s*|(?P<det>la|le)\s+)(?P<pod>{FR_POD})(?P<meme>\s+même)?\b",
            "matin matinee soir soiree nuit midi journee",
            (Example("Le ministre s'est exprimé ce matin.", PUBLISHED, (("ce matin", "TIME", "2024-04-02TMO"),)),),
        ),
        TimexRule(
            "time",
            rf"(?:\b(?P<pre>vers)\s+)?\b(?P<h>[01]?\d|2[0-3])\s?h(?:\s?(?P<m>[0-5]\d))?\b(?:\s+(?P<tz>locales?|GMT|HEC))?"
            rf"(?:\s+(?P<day>hier|demain|aujourd{AP}hui|{FR_WEEKDAY})\b)?",
            DIGIT,
            (Example("La séance reprendra à 14 h 30.", PUBLISHED, (("14 h 30", "TIME", "2024-04-02T14:30"),)),),
        ),
        TimexRule(
            "time",
            # "l'après midi", "cet après midi" written without their hyphen are the afternoon, not noon
            rf"(?:(?<=\bà\s)|(?<=rs\s)|(?<=de\s)|(?<=ès\s))(?<!l{AP}après\s)(?<!cet\saprès\s)(?P<noon>midi|minuit)\b",
            "midi minuit",
            (Example("Le rendez-vous est fixé à midi.", PUBLISHED, (("midi", "TIME", "2024-04-02T12:00"),)),),
        ),
        TimexRule(
            "present",
            rf"\b(?:maintenant|désormais|actuellement|actuel(?:le)?s?|à\s+présent|pour\s+l{AP}instant|pour\s+le\s+moment"
            rf"|en\s+ce\s+moment|de\s+nos\s+jours|à\s+l{AP}heure\s+actuelle)\b",
            "maintenant desormais actuellement actuel actuelle actuels actuelles present instant moment jours heure",
            (Example("Le projet est actuellement à l'étude.", PUBLISHED, (("actuellement", "DATE", "PRESENT_REF"),)),),
        ),
        TimexRule(
            "holiday",
            rf"\b(?:à|a|avant|après|pour|depuis|dès|de|le|la|cette|ce|et|ou|d{AP}ici)\s+(?P<hol>(?:(?:la\s+)?(?:fête|veille|lendemain|lundi|jour)\s+"
            rf"(?:de\s+(?:la\s+|l{AP})?|d{AP}))?(?P<h>Noël|Pâques|Pentecôte|Ascension|Toussaint|Saint-Sylvestre|Saint-Valentin"
            rf"|Nouvel\s+An|jour\s+de\s+l{AP}an|Armistice))\b(?!\s+[A-Z])",
            "noel paques pentecote ascension toussaint sylvestre valentin nouvel an armistice",
            (Example("Le texte sera voté avant Noël.", PUBLISHED, (("Noël", "DATE", "2024-12-25"),)),),
        ),
        TimexRule(
            "nocturnal",
            r"\bnocturnes?\b",
            "nocturne nocturnes",
            (Example("Une marche nocturne a réuni les habitants.", PUBLISHED, (("nocturne", "TIME", "TNI"),)),),
        ),
        TimexRule(
            "future",
            rf"\b(?:l{AP}avenir|à\s+l{AP}avenir|avenir|prochainement|ultérieurement|une\s+date\s+ultérieure|futur(?:e|s|es)?)\b"
            r"|\b(?:le|la|les|leur|leurs|son|sa|ses|du|des|au|aux)\s+(?P<adj>prochaine?s?)\b(?!\s+(?:fois))"
            r"|\b(?P<this_year>la\s+nouvelle\s+année)\b",
            "nouvelle avenir prochainement ulterieurement ulterieure futur future futurs futures prochain prochaine "
            "prochains prochaines",
            (
                Example(
                    "Les modalités seront précisées prochainement.",
                    PUBLISHED,
                    (("prochainement", "DATE", "FUTURE_REF"),),
                ),
            ),
        ),
        TimexRule(
            "past",
            r"\b(?:auparavant|autrefois|jadis|naguère|récemment|dernièrement|précédemment|nouvellement)\b"
            r"|(?<=\w\s)précédente?s?\b(?!\s+\w)",
            "auparavant autrefois jadis naguere recemment dernierement precedemment precedent precedente precedents "
            "precedentes nouvellement epoque",
            (Example("Le bâtiment a été récemment rénové.", PUBLISHED, (("récemment", "DATE", "PAST_REF"),)),),
        ),
    )
)

# Anchors by rule name, as the Language record holds them (a name's records pooled).
ANCHORS = RULES.anchors()


# The words around a date that resolve it (see generator.lang.record.TimexCues); seasons come from the vocabulary.
CUES = TimexCues(
    next_words=words("prochain prochaine prochains prochaines suivant suivante a_venir"),
    last_words=words("dernier derniere derniers dernieres passe passee precedent precedente ecoule ecoulee"),
    this_words=words("ce cet cette en_cours"),
    year_followers=words(
        "et à a au aux pour par sur dans avec le la les un une est sont ont été qui que où en de du ou mais puis "
        "lors contre selon avant après alors déjà il elle ils elles on ce cette se sa son ses leur leurs y ne pas n"
    ),
    year_openers=words("en depuis des jusqu'en avant apres l'an annee saison exercice budget d'ici"),
    year_span_openers=words("fin debut mi courant l'annee"),
    year_determiners=words("la le les sa son ses leur"),
    month_openers=words("en fin debut mi courant"),
    mid_words=words("mi milieu"),
    commemorations=("commémorations?", "cérémonies?", "célébrations?", "anniversaire"),
    commemoration_links=("du", r"de\s+la", "des", "de"),
    instruments=(
        "lois?",
        "ordonnances?",
        "décrets?",
        "arrêtés?",
        "circulaires?",
        "directives?",
        "règlements?",
        "conventions?",
        "traités?",
        "accords?",
        "protocoles?",
        "chartes?",
    ),
    instrument_links=("du", r"en\s+date\s+du"),
    deadline_before=rf"(?:d{AP}ici|avant|jusqu{AP}(?:à|a|au))\s*(?:à\s+|la\s+)?",
    open_before=(
        rf"jusqu{AP}(?:au|à|a|en)",
        rf"d{AP}ici(?:\s+(?:au|à|le|la))?",
        rf"avant\s+(?:le|la|l{AP})?",
        r"à\s+partir\s+d[ue]",
        r"dès\s+le",
    ),
    ahead_openers=(rf"d{AP}ici",),  # "d'ici la Toussaint" looks ahead whatever the verb
    until_openers=(rf"jusqu{AP}(?:au|à|a)",),  # "la vigilance est maintenue jusqu'à lundi": the next Monday
    postponed_to=(
        r"(?:report[ée]e?s?|repouss[ée]e?s?|décal[ée]e?s?|ajourn[ée]e?s?)\s+"
        r"(?:(?:encore|de\s+nouveau|à\s+nouveau|une\s+nouvelle\s+fois)\s+)?"
        r"(?:du\s+[^.;:!?]{1,30}?\s+)?"  # "décalé du 5 au 12 avril": the new date after the old
        rf"(?:à|au|jusqu{AP}(?:à|au))\s+(?:le\s+|la\s+)?"
        r"|(?:report[ée]e?s?|repouss[ée]e?s?|décal[ée]e?s?)\s+du\s+"  # the range's first date, given up
    ),
    year_after=rf"de\s+l{AP}(?:an|année)\s+(prochaine?|derni[eè]re?|pass[ée]e?)",
    superseded_before=(
        rf"(?:initialement|originellement|à\s+l{AP}origine|au\s+départ|primitivement)\s+"
        r"(?:prévu|programmé|fixé|attendu|envisagé)e?s?"
        # any participle after the adverb that says a first plan ("initialement convoquée pour", "annoncé")
        r"|(?:initialement|originellement|primitivement)\s+\w+(?:é|u|i)e?s?\b"
        # the adverb fronted before its clause's subject: "Initialement, la reprise était prévue le 21 avril"
        rf"|(?:initialement|originellement|à\s+l{AP}origine|au\s+départ),?\s+(?:[\w'’-]+\s+){{1,3}}?"
        r"(?:était|étaient|avait\s+été|avaient\s+été)\s+(?:prévu|programmé|fixé|annoncé)e?s?"
        rf"|qui\s+devai(?:t|ent)\s+(?:se\s+tenir|avoir\s+lieu|se\s+dérouler|commencer|débuter|s{AP}ouvrir)"
        r"|(?:report|repouss|décal|avanc|déplac)[ée]e?s?\s+du"
        r"|au\s+lieu\s+d[ue]"
        # a cancellation told of the event whose planned day follows ("a annulé le concert prévu le 20 avril"); a
        # conjugated verb or participle, not an infinitive ("menace d'annuler": nothing is cancelled yet)
        r"|(?:annul|supprim|suspend)(?:e|ent|é|ée|és|ées|u|ue|us|ues)\s+(?:[\w'’-]+\s+){1,4}?"
        r"(?:prévue?s?|programmée?s?|fixée?s?)"
    ),
    superseded_after=(
        r"(?:(?:a|ont|avait|avaient)\s+été|est|sont)\s+(?:finalement\s+)?"
        r"(?:report|repouss|décal|avanc|annul|déplac)[ée]e?s?"
        # the event of the day will not happen: "Le festival prévu le 20 avril n'aura finalement pas lieu"
        rf"|n{AP}(?:aura|auront|a|ont|avait|avaient)\s+(?:\w+\s+)?pas\s+(?:eu\s+)?lieu"
        r"|ne\s+se\s+(?:tiendra|tiendront|déroulera|dérouleront|tiendrait|déroulerait)\s+(?:\w+\s+)?pas"
        r"|ne\s+sera\s+(?:\w+\s+)?pas\s+maintenue?s?"
    ),
    # "ne ... pas/plus/jamais" around a conjugated verb (not an imperative "ne manquez pas", nor "ne pas" before an
    # infinitive), or "pas de" opening the sentence ("Pas de votation le 23 septembre")
    negation=(
        rf"\bn(?:e\s+|{AP})(?:(?:y|en|se|le|la|les|lui|leur)\s+|[sl]{AP})*(?!\w*(?:ez|ons)\b)\w+(?:-t)?"
        r"(?:-(?:il|elle|on|ils|elles))?\s+(?:pas|plus|jamais|point|guère)\b"
        rf"|^[\s«\"“]*pas\s+d(?:e\s|{AP})"
    ),
    # a bound ("pas avant", "plus à partir du", "jusqu'au"), a restriction ("ne ... que", "seulement"), a contrast
    # ("pas vendredi mais le lendemain") or a clause opener between the negation and the date
    negation_lifted=(
        rf"\b(?:avant|après|jusqu|dès|depuis|à\s+partir|au-delà|d{AP}ici|plus\s+tard|plus\s+tôt|que|qu{AP}|qui|dont"
        r"|mais|seulement|uniquement|sauf|si|lorsque|quand|tant|sans)\b"
    ),
    # litotes: the negated verb affirms what follows ("ne manquera pas d'évoquer", "n'exclut pas de se rendre")
    negation_affirms=r"\b(?:manqu|hésit|oubli|cess|empêch|exclu|tard|rat(?:e|er|era|eront)\b|échapp)",
    range_end_link=rf"(?:-|–|au|à|et|jusqu{AP}au)\s+(?:le\s+)?",
    year_deadline=rf"(?:d{AP}ici|avant|jusqu{AP}(?:en|à))\s+(?:(?:la\s+)?fin\s+)?(?:l{AP}année\s+)?",
    duration_nouns=words(
        "peine duree periode delai contrat mandat bail plan programme emprisonnement prison reclusion travaux retard "
        "absence exil attente moratoire interdiction suspension garantie engagement sejour regne carriere chantier "
        "negociations? tractations guerre conflit occupation sursis condamnation obligation concession pret credit "
        "emprunt etudes? espace intervalle service plus moins pres environ terme bout cours issue long"
    ),
    duration_after=(r"d(?:e\s|')", r"ferme\b", r"avec\s+sursis"),  # "trois ans de prison", "2 ans ferme"
    today_words=words("aujourd'hui"),
    yesterday_words=words("hier"),
    tomorrow_words=words("demain"),
    habitual_days=(
        "chaque jour",
        "tous les jours",
        "chaque soir",
        "tous les soirs",
        "chaque matin",
        "tous les matins",
        "chaque nuit",
        "toutes les nuits",
        "quotidiennement",
    ),
    present_before=rf"\bn(?:e\s|{AP})\w+\s+$",  # "ce n'est aujourd'hui": "nowadays"
    since_words=words("depuis"),
    determiners=words("le la l' les ce cet cette"),
    article_parts_of_day=words("nuit soiree matinee"),
    whole_day_words=words("journee"),
    end_words=words("fin"),
    start_words=words("debut"),
    weekend_words=words("week-end weekend"),
    week_parts={"debut": (1, 2), "milieu": (3, 4), "mi": (3, 4), "fin": (4, 7)},
    half_year_words=words("semestre"),
    approximations=words("vers environ approximativement"),
    edge_leads=words("à a en"),
    span_openers=rf"dans\s+les\b|d{AP}ici\b",  # "dans les deux semaines", "d'ici deux mois"
    point_before=(
        r"\b(?:est|sera|aura\s+lieu|a\s+lieu|se\s+tiendra|tombe|commence|commencera|s['’]ouvrira|débute"
        r"|entre(?:ra)?\s+en\s+vigueur)"
    ),
    hour_separators=(r"h",),  # "15h30", "15 h"
    hour_words=(r"heures?",),
    frequency_stems={"annu": "Y", "hebdo": "W", "mensu": "M", "quotidien": "D"},  # "annuel", "hebdomadaire"
    fractions={"demi": 0.5, "quart": 0.25},  # "une demi-heure", "un quart de siècle"
    ordinal_nouns=words("fois chance vague guerre place manche mi-temps édition session phase étape partie"),
    anniversary_nouns=("ans", "anniversaire"),
    anniversary_determiners=("les", "aux", "des", "du", "le"),
    ordinal_suffixes=("e", "ème"),
    anniversary_links=("du", r"de\s+la", rf"de\s+l{AP}", "des", rf"d{AP}"),
    easter_offsets={"paques": 0, "ascension": 39, "pentecote": 49},
    day_after_easter=words("lundi"),
    eve_words=words("veille"),
    fixed_feasts={
        "noel": (12, 25),
        "toussaint": (11, 1),
        "saint-sylvestre": (12, 31),
        "saint-valentin": (2, 14),
        "armistice": (11, 11),
        "nouvel an": (1, 1),
        "jour de l'an": (1, 1),
    },
)

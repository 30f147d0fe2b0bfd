"""French tense cues: the surface forms that say a verb is past or future (see generator/extract/timex/tense.py)."""

from __future__ import annotations

_ADVERBS = (
    r"(?:(?:été|pas|plus|jamais|déjà|aussi|également|encore|bien|notamment|toutefois|ensuite|alors|finalement|même"
    r"|en\s+effet|d['’]abord|dû|pu|su|voulu|fait|su|tout|tous|très|longtemps|enfin|ainsi)\s+)*"
)
# Verbs conjugated with être in the passé composé: "est arrivé" is past, "est prévu" a passive present.
_ETRE_PAST = (
    r"(?:arriv|parti|venu|mort|né|décédé|tomb|allé|entr|sorti|rest|devenu|retourn|rentr|revenu|pass|intervenu|survenu"
    r"|apparu|parvenu)(?:e|é|ée|és|ées|s|es)?"
)
# A past participle after avoir: not a determiner or a noun ("ont rendez-vous", "a des ...").
_PARTICIPLE = (
    r"(?!(?:des|les|ses|mes|tes|ces|nos|vos|leurs|plus|pas|moins|très|trop|tout|tous|toutes|sept|huit|lieu|besoin|peur"
    r"|envie|raison|tort|droit|rendez|affaire|beau|hâte|jusqu|depuis|dès|après)\b)\w+(?:é|ée|és|ées|i|ie|is|ies|it|ite|its|u|ue|us|ues|t|te|ts|tes"
    r"|s)\b"
)
# what comes before the "r" of an imperfect in "-rait" of a verb in "-rer" ("déclarait", "assurait", "espérait",
# "ignorait", "entourait"), never of a conditional (infinitive + "ait": "déclarerait", "finirait", "aurait", "saurait")
_IMPERFECT_R = r"(?:[aéèo]|(?<=[^a]u))"
_NOT_IMPERFECT = r"(?<![aéèo])(?<![^a]u)"
# the participles of a plan ("prévue", "programmé"), after "était" in the cue of neither way
_PLANNED = r"(?:prévue?s?|programmée?s?|fixée?s?|attendue?s?)"
# the participles of a request or an agreement, whose infinitive is done after them ("a demandé aux
# compagnies de renoncer mardi 7", "ont convenu de se revoir le 2 juin"), in the cue of neither way
_PROJECTING = r"(?:demandé|accepté|convenu|proposé|invité|exhorté|autorisé|ordonné|prié|promis)"
# the participles of a saying or a promise, whose conditional after "que" is a future seen from then
_REPORTING = (
    r"(?:dit|affirmé|assuré|promis|annoncé|indiqué|déclaré|expliqué|estimé|précisé|prévenu|averti|juré|prédit"
    r"|laissé\s+entendre|fait\s+savoir|garanti)"
)
TENSE_CUES: tuple[tuple[str, str], ...] = (
    (
        # neither way, first so that it wins over the future and past cues at the same words: a plan told in the
        # imperfect ("la reprise était prévue le 21 avril") may be behind or ahead of the day told, and the future
        # perfect ("la suspension, le 17 mars, aura duré deux mois") looks back from a day to come
        "present",
        rf"\b(?:était|étaient)\s+{_ADVERBS}(?:initialement\s+|d['’]abord\s+)?{_PLANNED}\b"
        r"|\b(?:aura|auront)\s+(?:été\s+)?(?!lieu\b)\w+(?:é|ée|és|ées|i|is|u|us)\b"
        # a past request or agreement and its infinitive: what it asks for is after it, behind or ahead of
        # the day told
        rf"|\b(?:a|ont|avait|avaient|avons|avez)\s+{_ADVERBS}{_PROJECTING}\s+(?:[\w'’-]+\s+){{0,5}}?"
        r"(?:de\s+|d['’]|à\s+)(?:se\s+|s['’])?\w+(?:er|ir|re|oir)\b"
        # a past saying or promise and the conditional it reports, a future seen from then ("a promis qu'il
        # se rendrait à Dakar le 5 mai"): behind or ahead of the day told
        rf"|\b(?:a|ont|avait|avaient|avons|avez)\s+{_ADVERBS}{_REPORTING}\s+(?:[\w'’-]+\s+){{0,3}}?qu(?:e\s+|['’])"
        rf"(?:[\w'’-]+\s+){{0,4}}?\w{{2,}}{_NOT_IMPERFECT}(?:rait|raient)\b",
    ),
    (
        "future",
        # simple future and conditional (a future seen from the past): "se rendra", "se rendrait"
        # the conditional's "-rait" is not the imperfect of a verb in "-rer" ("assurait", "déclarait", "espérait",
        # "ignorait": a vowel other than "e", "i" before it, "au" aside: "aurait", "saurait")
        rf"\b(?:\w{{2,}}(?:eront|iront|ront|rai|ras|rons|rez)|\w{{2,}}{_NOT_IMPERFECT}(?:rait|raient)"
        r"|\w{3,}(?:era|ira|dra|tra|ura|vra|ora)"
        r"|sera|aura|fera|ira|devra|pourra|saura|verra|faudra|vaudra|viendra|tiendra)\b"
        # periphrastic future and modals of plan + infinitive: "va signer", "doit participer"
        r"|\b(?:va|vont|allons|allez|doit|doivent|devait|devaient|pourrait|pourraient|peut|peuvent|compte|comptent"
        r"|entend|entendent|souhaite|souhaitent|veut|veulent|prévoit|prévoient|espère|espèrent|envisage|envisagent)\s+"
        r"(?:(?:ensuite|aussi|également|encore|bien|pas|y|en|se|s['’]|le|la|les|lui|leur|me|nous|vous)\s+)*"
        r"\w+(?:er|ir|re|oir)\b"
        # the present of scheduling and travel verbs announces: "Macron se rend jeudi à Berlin"
        r"|\b(?:se\s+rend(?:ent)?|se\s+réuni(?:t|ssent)|se\s+tien(?:t|nent)|se\s+déroulen?t?|a\s+lieu|ont\s+lieu"
        r"|débuten?t?|commencen?t?|s['’]ouvren?t?|reçoi(?:t|vent)|accueillen?t?|rencontren?t?|entamen?t?|s['’]envolen?t?"
        r"|quitten?t?|regagnen?t?|atterri(?:t|ssent)"  # a departure or an arrival: "la délégation quitte Dakar samedi"
        r"|est\s+attendue?|sont\s+attendue?s|entren?t?\s+en\s+vigueur|expiren?t?"
        r"|appellen?t?\s+(?:à|au|aux))\b"  # a call to an event: "les syndicats appellent à la grève jeudi"
        r"|\b(?:soit|soient)\s+\w+"  # subjunctive: "que le bilan soit rendu public lundi" is still to come
        r"|\b(?<!était\s)(?<!étaient\s)(?:prévue?s?|programmée?s?|attendue?s?|annoncée?s?\s+pour|à\s+venir|aura\s+lieu|auront\s+lieu"
        r"|se\s+tiendra|prochaine?s?|fixée?s?|reportée?s?|convoquée?s?)\b",
    ),
    (
        "past",
        r"\b(?:a|ont|avait|avaient|avons|avez|eut|eurent|ayant|aurait|auraient|a-t-(?:il|elle|on)|ont-(?:ils|elles))\s+"
        + _ADVERBS
        + _PARTICIPLE
        + r"|\b(?:s['’]est|se\s+sont|s['’]était|s['’]étaient|était|étaient|fut|furent)\s+"
        + _ADVERBS
        + r"\w{2,}\b"
        r"|\b(?:est|sont)\s+" + _ADVERBS + _ETRE_PAST + r"\b"
        r"|\b\w{2,}(?<!r)(?:ait|aient)\b|\b\w+" + _IMPERFECT_R + r"r(?:ait|aient)\b"
        r"|\b(?:hier|dernier|dernière|derniers|dernières|passé|passée)\b"
        # a participle in apposition just before its date: "Le ministre, arrivé en février 2022", "(né le 3 mai
        # 1950)"; not "qui sera signé en juin"
        r"|[,(]\s?(?:né|arrivé|élu|créé|fondé|signé|adopté|nommé|décédé|disparu|mort|entré|parti|installé|lancé"
        r"|inauguré|libéré|arrêté|condamné|investi)e?s?(?=\s+(?:en|le|depuis|au\s+début|à\s+la\s+fin)\b)",
    ),
)
# a past verb that announces, calls or sets events: "La CGT a annoncé une grève le 13 décembre" dates the grève,
# not the annonce (a date right after the verb still dates it: "a annoncé lundi")
ANNOUNCING_VERBS = r"\b(?:annoncé|appelé|programmé|prévu|fixé|confirmé|convoqué|proposé|organisé|déposé)e?s?\b"
# what an event comes before: "à l'approche du scrutin du 5 novembre" is still to come,
# whatever the tense of the sentence's verb
AHEAD_OF = r"\b(?:à\s+l['’]approche|en\s+vue|dans\s+la\s+perspective)\s+d(?:u|es?|['’])"
# the words that open a relative or a completive clause: a verb after them is that clause's ("a adopté mardi un texte
# qui entrera en vigueur", "a annoncé lundi qu'il se rendra"); not "où", whose clause is the date's own ("mardi, où il
# se rendra"), nor the "que" of a comparison, a list or a restriction ("ainsi que", "plus que", "ne ... que")
CLAUSE_OPENERS = (
    r"\b(?:qui|dont|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles)\b"
    r"|(?<!\bainsi\s)(?<!\bplus\s)(?<!\bmoins\s)(?<!\bne\s)(?<!\bn['’])\bqu(?:e\b|['’])"
)
# what before a date makes it name an event: "l'incendie du 9 juin qui a détruit la scierie" (the relative is the
# event's, and dates it)
DATE_OF_NOUN = r"\b(?:du|des)\s+$"

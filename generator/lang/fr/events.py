"""French words of an event phrase: the nouns that name an event and where its phrase ends.

Used by generator/extract/timex/ (context.py, wording.py, programme.py); patterns are case-insensitive unless said.
"""

from __future__ import annotations

EVENT_NOUNS = (
    "réunion|sommet|conférence|visite|voyage|déplacement|élections?|scrutin|vote|référendum|rencontre|entretien|débat"
    "|procès|audience|jugement|verdict|sortie|lancement|ouverture|fermeture|inauguration|cérémonie|commémoration"
    "|anniversaire|festival|salon|match|finale|course|tournoi|concert|spectacle|manifestation|grève|assemblée|congrès"
    "|forum|séance|session|négociations|pourparlers|accord|signature|invasion|attaque|attentat|offensive|débarquement"
    "|mariage|obsèques|funérailles|décès|réouverture|publication|annonce|discours|allocution|présidentielle|législatives"
    "|municipales|européennes|primaire|conseil|fête|célébration|exposition|rentrée|dîner|déjeuner|tournée|mission"
    "|opération|livraisons?|entrée\\s+en\\s+vigueur|échéance|réforme|examen|audition|comparution|rendez-vous|consultation"
    "|sommet|investiture|retour|départ|arrivée|création|fondation|mandat|guerre|marche|défilé|hommage|journée"
    "|semaine|nuit|soirée|week-end|séminaire|colloque|vente|enchères|rapport|bilan|enquête|essai|tir|lancement"
    "|interrogatoire|plaidoiries?|réquisitoire|témoignage|délibéré|réception|banquet|séjour|plénière|votations?"
    "|rassemblement|projection|permanence|atelier"
    # "la venue du président": the noun with its owner, not the participle ("elle est venue à Brest")
    "|venue(?=\\s+(?:du|de|des|d['’]))"
)
# what opens a condition after an event ("une grève le 12 juin dans le cas où la direction refuserait"): the strike is
# the event, the condition is not
CONDITION_OPENERS = (r"dans\s+le\s+cas", r"au\s+cas", r"en\s+cas\s+d", r"sauf\s+si", r"à\s+condition")
# where the phrase ends: a relative pronoun, a speech verb, a condition
EVENT_CUT = (
    r"\s(?:qui|dont|où|à\s+l['’]occasion|lors\s+d|afin\s+d|alors\s+que|en\s+marge|selon|a\s+indiqué|a\s+déclaré"
    r"|a\s+annoncé|a-t-on|a\s+précisé|a\s+souligné|a\s+fait\s+savoir|indique|précise|estime|"
    + "|".join(CONDITION_OPENERS)
    + r")\b"
)
# the verb after the event's noun group: the event is the group before it
EVENT_PREDICATE = (  # a negation's "ne" said with it ("n'est pas reconduite", "ne sera pas")
    r"\s(?:n['’]|ne\s+)?(?:est|sont|sera|seront|était|étaient|a|ont|avait|aura|auront|doit|doivent|devrait|devraient|va|vont|se"
    r"|s['’]\w+)\b"
)
# the place after the event: case-sensitive, a name is capitalised
EVENT_PLACE = r"\b(?:à|au|aux|en)\s+(?P<place>[A-ZÉÈ][\w'’-]+(?:\s+(?:de\s+|du\s+|d['’])?[A-ZÉÈ][\w'’-]+)*)"
# a speech verb: what it says after a date is not part of the event; what it reports after it is ("La CGT a
# indiqué que la grève serait reconduite jusqu'au 12 juin")
ATTRIBUTION = (
    r",?\s*(?:a|ont|avait|avaient)(?:-t-(?:il|elle|on))?\s+(?:indiqué|déclaré|annoncé|précisé|souligné|affirmé"
    r"|expliqué|ajouté|assuré|fait\s+savoir|appris)\b|\ba-t-on\s+appris\b"
)
# what a date commemorates: "les 80 ans du", "80th anniversary" (groups n, n2 and w)
ANNIVERSARY = (
    r"\b(?:les|aux|des|du|le|ses|leurs?|pour\s+les)\s+(?P<n>\d+|[a-zà-ü-]+)\s+ans\s+d|\b(?P<n2>\d+)(?:e|ème|è)\s+anniversaire"
    r"|(?P<w>bicentenaire|centenaire"
    r"|cinquantenaire|tricentenaire)"
)
ANNIVERSARY_WORDS = {"bicentenaire": 200, "centenaire": 100, "cinquantenaire": 50, "tricentenaire": 300}
# verbs that only say an event happens or is set ("aura lieu", "se tiendra", "takes place", "is held"):
# their subject names the event (lemmas)
EVENT_LIGHT_VERBS = frozenset(
    {
        "avoir",
        "tenir",
        "dérouler",
        "débuter",
        "commencer",
        "ouvrir",
        "prévoir",
        "programmer",
        "intervenir",
        "reprendre",
        "poursuivre",
        "achever",
        "terminer",
        "clore",
    }
)
# nouns that only name when an event happens: set at a date ("les dates des élections ont été fixées aux 15 et 22
# mars"), their complement is the event; "le calendrier sera fixé le 12 mai" is an event of its own
DATE_NOUNS = frozenset({"date", "calendrier"})
DATE_VALUE_PREPOSITIONS = ("au", "aux", "à")
# demonstratives that take up the last noun of their gender and number ("une réunion ... Celle-ci aura lieu jeudi")
DEMONSTRATIVES = {
    f"{stem}-{place}": agreement
    for stem, agreement in {
        "celui": ("Masc", "Sing"),
        "celle": ("Fem", "Sing"),
        "ceux": ("Masc", "Plur"),
        "celles": ("Fem", "Plur"),
    }.items()
    for place in ("ci", "la")
}
# a subject that stands for the person named before it
SUBJECT_PRONOUNS = frozenset({"il", "elle"})
# subjects that name no one and that nothing resolves: no one to head an event with
VAGUE_SUBJECTS = frozenset({"je", "nous", "on", "vous"})
# what introduces a date and goes with it when the date is left out of its phrase ("jusqu'au 5 mai", "dès ce lundi")
EVENT_DATE_LEAD = (
    r"jusqu['’](?:au|à|en)",
    r"d['’]ici(?:\s+(?:à|au))?",
    r"à\s+partir\s+d(?:[ue]|['’])",  # "à partir d'avril": the elided "de" goes with its month too
    r"dès(?:\s+(?:le|ce|cette))?",
    r"depuis(?:\s+le)?",
    r"avant(?:\s+le)?",
    r"après(?:\s+le)?",
    r"au",
    r"le",
    r"la",
    r"les",
    r"en",
    r"du",
    r"de",
    r"d['’]",  # "la session d'avril 2008"
    r"à",
    r"a",
    r"vers",
    r"pour",  # "prévue pour le 12 mai"
    r"ce",
    r"cette",
    r"ces",
)
# a conjunction of contrast opens a clause without saying what happens; between a date and its clause, it opens an
# aside ("Ce dimanche 11 juin, alors que les Français voteront, le président recevra ...")
CONTRAST_CONJUNCTIONS = (r"tandis\s+que", r"alors\s+que", r"bien\s+que", r"même\s+si")
# what opens an adverbial of circumstance between an opening date and its clause ("Le 16 octobre, à l'occasion du
# remaniement, X n'est pas reconduite"): the clause after it is the date's
# what places another event before or after the date's ("le 12 mars avant le sommet")
SEQUENCE_PREPOSITIONS = (r"avant", r"après", r"à\s+la\s+veille\s+d", r"au\s+lendemain\s+d", r"à\s+la\s+suite\s+d")
CIRCUMSTANCE_OPENERS = (
    r"à\s+l['’]occasion\s+d",
    r"lors\s+d",
    r"au\s+cours\s+d",
    r"en\s+marge\s+d",
    r"dans\s+le\s+cadre\s+d",
    r"pendant",
    r"durant",
    r"malgré",
    r"et\s+malgré",
    r"face\s+à",
    r"après",
    r"avant",
    r"à",
    r"au",
    r"aux",
    r"en",
    r"dans",
    r"depuis",
)
# what opens a phrase without saying anything, and what cannot end one
EVENT_LEAD = (
    # "il y aura aussi une grève": the existential says nothing, the noun after it is the event
    r"il\s+y\s+(?:aura|aurait|avait|a)(?:\s+(?:aussi|également|encore))?",
    # "c'est la fin de la campagne": the presentative says nothing, the noun after it is the event
    r"c['’]est(?:\s+(?:aussi|également|encore))?",
    *CONTRAST_CONJUNCTIONS,
    r"et",
    r"mais",
    r"ou",
    r"puis",
    r"alors",
    r"ensuite",
    r"que",
    r"qui",
    r"le",
    r"la",
    r"les",
    r"du",
    r"de",
    r"des",
    r"à",
    r"au",
    r"aux",
    r"en",
    r"a",
    r"avant",
    r"après",
    r"lors",
    r"pendant",
    r"ce",
    r"cette",
    r"qu['’]",
    r"l['’]",
    r"d['’]",
)
EVENT_DANGLING = (
    r"entre",
    r"si",  # "la cour dira si": what it will say is cut
    r"et",
    r"ou",
    r"mais(?:\s+aussi)?",  # "des grèves le 8 avril mais aussi les 15 et 22": the next dates' link
    r"ainsi\s+que",
    r"de",
    r"du",
    r"des",
    r"d['’]",
    r"à",
    r"au",
    r"aux",
    r"le",
    r"la",
    r"les",
    r"l['’]",
    r"en",
    r"pour",
    r"par",
    r"sur",
    r"dans",
    r"avec",
    r"que",
    r"qui",
    r"dont",
    r"où",
    r"a",
    r"un",
    r"une",
    r"est",
    r"sont",
    r"inclus",
    r"incluse",
    r"compris",
    r"qu",
    r"lorsqu",
    r"puisqu",
    r"ce",
    r"cette",
)
# a relative pronoun that opens an event's clause stands for the name just before it
RELATIVE_PRONOUNS = frozenset({"qui"})
# a relative pronoun that stands for the whole clause before it ("..., ce qui pourrait intervenir mardi")
CLAUSE_RELATIVES = (r"ce\s+qui",)
# what opens a relative aside between commas ("A book, which he wrote with X, is due in May"): the subject is before it
RELATIVE_WORDS = (r"qui", r"que", r"qu['’]", r"dont", r"où", r"lequel", r"laquelle", r"lesquels", r"lesquelles")
RELATIVE_OPENERS = (
    *RELATIVE_WORDS,
    # a past participle opens an aside too ("Le procès de X, jugé pour meurtre, aura lieu", "La réunion, prévue
    # mardi, est reportée"): a lower-case word in -é, -u or -i (feminine, plural), alone or before a preposition that
    # is no "de" ("journée de grève", "député de la Somme" are nouns); adverbs in -i, -is are no participles
    r"(?-i:(?!(?:ainsi|aussi|parmi|depuis|jamais|désormais|celui|voici|aujourd)\b)[a-zà-ÿ]{3,}[éui]e?s?)"
    r"(?=\s*$|\s+(?:pour|par|à|au|aux|en|dans|depuis|après|avant|sur|sous|contre|lors|jusqu|de\s+longue)\b)",
)
# besides the tense cues, what shows a clause has its verb: the verbs after an event's noun group, reflexives
CLAUSE_VERBS = EVENT_PREDICATE
# "X seront au programme de Y", "X will be on the agenda of Y": the event is Y, about X
ON_THE_AGENDA = (
    r"\b(?:sera|seront|est|sont|figure(?:ra|ront|nt)?)\s+(?:aussi\s+|également\s+)?"
    r"(?:au\s+(?:programme|menu|cœur|centre)|à\s+l['’]ordre\s+du\s+jour)\s+(?:d[eu]|des|de\s+la|de\s+l['’])"
)
# what joins two clauses, each its own event
COORDINATORS = ("et", "mais", "puis")
# what joins the last item of a list to the others: the commas before it part no clause ("les infirmiers, les médecins
# et les internes feront grève")
LIST_COORDINATORS = ("et", "ou")
# what joins two items of one sentence that each close on their own date: the coordinators of clauses and of lists,
# the sequence and contrast links ("La finale aura lieu le 8 mai tandis que le Trophée se jouera le 1er août")
# what opens, after a date, the event that comes next the same day, part of the date's row ("Le déroulement du scrutin
# doit intervenir le 13 décembre, suivi du début du dépouillement"), up to the article of that event
FOLLOWED_BY = (r"suivie?s?\s*(?:,[^,]{1,20},\s*)?(?:de\s+la|de\s+l['’]|d['’]|du|des|de)",)
ITEM_LINKS = (r"et", r"puis", r"mais", r"ensuite", r"et\s+enfin", r"ainsi\s+que", r"tandis\s+que", r"alors\s+que")
# the words of a frame that only spans its date before the clause that says what happens ("Sur toute la période allant
# du 23 janvier au 30 mai, la commission organisera des rencontres"): the prepositions that open it, nouns of a stretch
# of time, their quantifier, the participles of extent
SPAN_WORDS = (
    "sur", "durant", "pendant", "période", "périodes", "semaine", "semaines", "quinzaine", "durée", "intervalle",
    "tout", "toute", "tous", "toutes", "allant", "courant", "comprise", "compris", "s'étendant", "s’étendant",
)  # fmt: skip
# what stands for a list of dates as its subject, naming no event ("Pour le réseau, ce sont les 2, 8 et 14 novembre";
# "Autres dates : 3 juin, 1er juillet"): the list's event is named before it
DATE_LIST_HEADS = ("ce sont", "celles-ci", "ceux-ci", "dates", "jours")
# a determiner that names the event's owner elsewhere ("ses services seront ouverts"): the agenda line names the owner
POSSESSIVE_DETERMINERS = ("son", "sa", "ses", "leur", "leurs")
# what a day or a programme (DAY_NOUNS) does to say what it holds ("sa journée débutera par une rencontre avec ..."):
# what follows is the event
PROGRAMME_VERBS = (r"(?:débute|débutera|commence|commencera)\s+(?:par|avec)", r"comprend(?:ra)?", r"inclut", r"inclura")
# the forms of "être" an auxiliary goes on with: with the auxiliary, they cannot end a phrase ("... a été")
AUXILIARY_FORMS = ("été", "être")
# what makes a noun plural ("réunions", "meetings")
PLURAL_ENDINGS = ("s", "x")
# a date a quotation places after one of these is a hypothesis ("if I wake up tomorrow"), not an event; so is one
# inside a condition opening its clause ("Si le texte est adopté le 5 mai, ...")
CONDITIONALS = (r"si", r"s['’]ils?", r"sauf\s+si", r"à\s+moins\s+que")
# event nouns that are also adjectives ("l'école primaire", "la finale"): events only after an article or
# another event noun ("la primaire", "les élections législatives"); folded, singular
EVENT_ADJECTIVES = frozenset({"primaire", "presidentielle", "legislative", "municipale", "europeenne", "finale"})
# the place after one of these is where an event happens ("à Paris", "travel to London")
VENUE_PREPOSITIONS = ("à", "au", "aux", "en", "dans", "chez")
# what opens a complement of the event set off by a comma after its clause: its venue, its purpose, its court
# ("Le procès débutera lundi, devant la cour d'assises, à Vesoul", "..., pour la célébration de ...")
EVENT_COMPLEMENTS = ("pour", "devant", "dans", "à", "au", "aux", "chez", "auprès", "avec", r"en\s+présence")
# what joins an event noun to its topic, besides "of": "réunion sur le budget"
TOPIC_LINKS = ("sur", "contre")
# what names a listing of days (a programme, an agenda), as a day's heading or a span's
LISTING_NOUNS = ("programmes?", "agendas?")
# what names a day of a programme: before a colon, the list after it is the day's events
DAY_NOUNS = ("journées?", "jours?", "menu", *LISTING_NOUNS)
# what names a listing of days (an agenda, a programme, a week): a span of three days or more that a heading with one
# gives ("Agenda de X – semaine du 7 au 11 avril", "l'agenda de la semaine à venir") is the frame of the days listed
# in it
SCHEDULE_NOUNS = (*LISTING_NOUNS, r"ordres?\s+du\s+jour", r"emplois?\s+du\s+temps", "calendriers?", "semaines?")
# what opens a noun group by pointing at it ("cette mobilisation lancée le 5 décembre")
DEMONSTRATIVE_DETERMINERS = ("ce", "cet", "cette", "ces")
# nouns that name any event without saying which: "l’événement" at a date takes up the event another sentence gives
# that day
GENERIC_EVENT_NOUNS = ("événement", "évènement")
# event nouns that only say a time, or that name other things as often: a determiner before them at a date takes up
# no event
TIME_EVENT_NOUNS = ("journée", "semaine", "nuit", "soirée", "week-end", "rentrée", "fête")
# nouns of a part or a moment of an event, said bare once the article is about that event ("Le verdict sera rendu
# la semaine du 13 juin" in a page on a trial, "Le rendez-vous a été fixé devant l'usine" under a demonstration's
# headline): the event they are part of is the one the page's opening line names; a hearing ("audience") is an event
# of its own, as in English
PART_EVENT_NOUNS = (
    "verdict", "délibéré", "réquisitoire", "plaidoiries", "débats", "séance", "séances", "rendez-vous", "préavis",
    "ouverture", "clôture", "reprise", "billetterie",
)  # fmt: skip
# nouns of a stay over several days, and what says the day one begins
# ("effectue à partir de ce jeudi une visite officielle"): that day's row opens the stay, and the day's own events are
# said in other rows
STAY_NOUNS = ("visite", "séjour", "tournée", "voyage", "déplacement", "mission")
STAY_OPENERS = (
    r"à\s+partir\s+d[eu]",
    r"à\s+compter\s+d[eu]",
    r"dès",
    r"débute",
    r"débutera",
    r"commence",
    r"commencera",
)
# what opens a clause that says what happens when: after a date, it says what happened then ("depuis janvier, lorsque le
# gouvernement a lancé son plan")
WHEN_CLAUSES = (r"lorsqu[e'’]", r"quand")
# what opens a clause of its own with its verb: a date after one dates that clause ("avant de quitter ses
# fonctions le 30 octobre")
SUBORDINATORS = (
    r"avant\s+d[e'’]",
    r"avant\s+qu[e'’]",
    r"après\s+qu[e'’]",
    r"jusqu['’]à\s+ce\s+qu[e'’]",
    *WHEN_CLAUSES,
)
# what opens a sentence that sums up the list of dates before it ("Suivront les 8 et 9 avril, 13 et 14. Soit douze jours
# de grève."): what it counts is the list's event
SUMMING_OPENERS = (r"soit", r"au\s+total", r"en\s+tout")
# what opens a sentence on its topic ("Quant à la réunion du Conseil, trois sont programmées : ..."): the words
# after it, up to the comma, name the event its dates belong to
TOPIC_OPENERS = (
    r"quant\s+(?:à|aux?)",
    r"s['’]agissant\s+d(?:e|u|es|['’])",
    r"pour\s+ce\s+qui\s+est\s+d(?:e|u|es|['’])",
)
# a past participle that can follow its noun ("un traité de défense mutuelle, signé en juin", "un double assassinat
# commis à Nice le 6 mai"): a word in -é, -i(s), -u or -it with their feminine and plural forms; the nouns of those
# endings that follow a noun group as often ("été", "journée", "député", "société") are none
PAST_PARTICIPLE = (
    r"(?!(?:été|années?|journées?|soirées?|matinées?|durées?|idées?|armées?|entrées?|arrivées?|musées?|lycées?"
    r"|côtés?|comités?|députée?s?|marchés?|sociétés?|santé|sécurité|majorité|université|communauté|liberté|égalité"
    r"|identité|activités?|autorités?|priorités?|qualité|réalité|unités?|employée?s?|déléguée?s?|retraitée?s?"
    r"|salariée?s?|alliée?s?|parti|menu|produit|circuit|esprit|crédit|appétit|profit|conflit|édit|nuit|fruit|bruit"
    r"|depuis|parmi|ainsi|aussi|aujourd|jamais|désormais|celui|voici|lui|qui|oui|tu|vu|plus)\b)"
    r"[a-zà-ÿ]{2,}(?:ée?s?|(?:m|pr|qu|c)ise?s?|(?:cr|d|du|tru|fa)ite?s?|(?:d|n|ç|v|l|r|p|b)ue?s?)\b"
)
# a gerund opening a clause ("En quittant Londres le 15 octobre, le couple ...")
GERUND = r"en\s+[a-zà-ÿ]{2,}ant"
# what opens an agenda item that may not be held, before its comma: the next item says what the day holds
OPTIONAL_ITEMS = (r"éventuellement", r"le\s+cas\s+échéant", r"si\s+nécessaire")
# a cleft sentence puts the date forward ("C'est le 28 novembre que le président recevra ...", "C'est à partir de
# lundi qu'aura lieu ..."): the event is the clause after the link
CLEFT_OPENINGS = (
    r"c['’]est(?:\s+(?:donc|aussi|également|bien|justement|précisément|d['’]abord|ensuite|enfin))?",
    r"ce\s+sera",
    r"ce\s+sont",
    r"ce\s+n['’]est(?:\s+(?:donc|aussi|également))?\s+qu(?:e|(?=['’]))",  # "Ce n'est qu'après cela, à la mi-mars, que"
)
# a pronoun before a verb that only says an event happens, is set, begins or ends stands for the event the sentence
# before names ("Le gouvernement a annoncé une réunion avec les syndicats. Elle aura lieu le 30 juin")
EVENT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
_MAY = r"(?:(?:devrait|devraient|doit|doivent|pourrait|pourraient|va|vont)\s+)"
HAPPENING_VERBS = (
    rf"(?:aura|auront|a|ont|{_MAY}avoir)\s+lieu|{_MAY}(?:se\s+tenir|se\s+dérouler|débuter|commencer|s['’]ouvrir"
    r"|s['’]achever|se\s+terminer|reprendre|durer)|se\s+tien(?:dra|dront|t|nent)|se\s+déroul(?:e|ent|era|eront)"
    r"|début(?:e|ent|era|eront)|commen(?:ce|cent|cera|ceront)|s['’]ouvr(?:e|ent|ira|iront)|s['’]achèver(?:a|ont)"
    r"|se\s+terminer(?:a|ont)|repren(?:d|nent|dra|dront)|durer(?:a|ont)|prendr(?:a|ont)\s+fin|interviendr(?:a|ont)"
    r"|(?:est|sont|sera|seront|était|étaient)\s+(?:prévue?s?|programmée?s?|fixée?s?|organisée?s?)"
)
TAKING_PLACE_VERBS = (
    rf"(?:aura|auront|a|ont|{_MAY}avoir)\s+lieu|{_MAY}(?:se\s+tenir|se\s+dérouler)|se\s+tien(?:dra|dront|t|nent)"
    r"|se\s+déroul(?:e|ent|era|eront)|(?:est|sont|sera|seront)\s+(?:prévue?s?|programmée?s?|organisée?s?)"
)
# a verb whose subject holds, organises, hosts or calls an event, the event its object or complement ("Le syndicat
# organisera un rassemblement", "L'Assemblée tiendra une plénière", "Les textes sont soumis à votation", "Les syndicats
# appellent à la grève"): it says nothing an agenda row does not; not "se tiendra", the event's own verb
HOLDING_VERBS = (
    rf"(?<!\bse\s){_MAY}?(?:tenir|organiser|accueillir|convoquer|donner)|(?<!\bse\s)tien(?:dra|dront|t|nent)"
    r"|organis(?:e|ent|era|eront)|accueill(?:e|ent|era|eront)|convoqu(?:e|ent|era|eront)|donner(?:a|ont)"
    r"|(?:est|sont|sera|seront)\s+soumise?s?\s+à|(?:appelle|appellent|appellera|appelleront|(?:a|ont)\s+appelé)\s+à"
)
# what opens a clause that a verb of saying or thinking governs ("a rappelé que", "espèrent qu'il")
COMPLEMENTIZERS = (r"qu['’]", r"que")
CLEFT_LINKS = COMPLEMENTIZERS
# the link of a cleft that puts the subject forward ("Le 22 juillet, c'est la ministre qui viendra à Rodez"): the focus
# and the clause after the link, read together, say who does what
CLEFT_SUBJECT_LINKS = (r"qui",)
# what after "c'est" makes it a connective, not a cleft: "C'est pourquoi le ministre, qui ...", "c'est-à-dire"
CLEFT_NOT_FOCUS = (r"pourquoi", r"à\s+dire", r"à-dire", r"ainsi", r"alors", r"dire")
# verbs of thought, hope, expectation or meaning, and the speech verbs' plural forms (the quotes' list has the others):
# a date in the clause they govern is that clause's ("Les élus espèrent que le chantier débutera en septembre", "Cela
# ne signifie pas que le jury sera constitué dès le 14 novembre"); their present participles too, which report after a
# comma what the main clause's source adds ("..., indique la Bourse, notant que le paiement est prévu le 5 juillet")
COMPLEMENT_VERBS = (
    r"espère|espèrent|espéré|pense|pensent|pensé|croit|croient|craint|craignent|redoute|redoutent|signifie|signifient"
    r"|veut\s+dire|veulent\s+dire|dire|prévoit|prévoient|souhaite|souhaitent|souhaité|considère|considèrent|sait"
    r"|savent|parie|parient|parié|décidé|décide|décident|attend(?:ent)?\s+à\s+ce|estiment|affirment|déclarent"
    r"|indiquent|annoncent|rappellent|précisent|expliquent|soulignent|assurent|préviennent|ajoutent|promettent"
    r"|notant|précisant|ajoutant|indiquant|soulignant|rappelant|expliquant|estimant|annonçant|affirmant|assurant"
    r"|déclarant|confirmant|signalant|prévenant|jugeant|espérant|promettant"
)
# what an agenda line says shorter: "en compagnie du président X" is "avec le président X"
_ALONGSIDE = r"\b(?:en\s+compagnie|aux\s+côtés)\s+"
HEADLINE_FORMS = (
    (_ALONGSIDE + r"du\b", "avec le"),
    (_ALONGSIDE + r"des\b", "avec les"),
    (_ALONGSIDE + r"d(?:e\s+|['’])", "avec "),
)
# what opens an adverbial that says where the news comes from: no event before a date set off by commas
SOURCE_OPENERS = (r"(?:toujours\s+|encore\s+|aussi\s+)?(?:selon|d['’]après)",)
# the verb that says what the subject is ("Mardi sera la dernière journée du procès"): the attribute names the event
COPULAS = (
    r"(?:sera|seront|serait|seraient)",
    r"(?:devrait|devraient|pourrait|pourraient|doit|doivent|va|vont)\s+être",
    r"(?:constituera|constitueront|marquera|marqueront)",
)
# what opens a comment between a subject and its verb ("La réunion, comme prévu, aura lieu"): no part of the event
COMMENT_ASIDES = (
    r"comme",
    r"ainsi\s+que",
    r"selon",
    r"d['’]après",
    r"en\s+tout\s+(?:état\s+de\s+)?cause",
    r"en\s+principe",
    r"semble-t-il",
    r"pour\s+sa\s+part",
    r"de\s+son\s+côté",
    r"quant\s+à\s+(?:lui|elle|eux|elles)",
    r"toutefois",
    r"cependant",
    r"néanmoins",
    r"par\s+ailleurs",
    r"sauf\s+(?:changement|imprévu|contretemps)",
)
# the of-word and the singular article between an event noun and its owner ("la venue du président", "the visit of the
# President"), with the article it stands for: a role there is its holder's, named as an agenda line does
EVENT_OWNER_LINKS = (("du", "le"), ("de la", "la"), ("de l'", "l'"), ("de l’", "l'"))
NAME_OF_WORDS = ("de ", "d'")  # the of-word before a name: before a consonant, before a vowel

# a phrase that stands for a role: its subject is the one person of the briefing who holds the role ("le chef de
# l'État sera à Kaolack" is the "président"'s event)
ROLE_STAND_INS = (("chef de l'État", "président"), ("chef du gouvernement", "premier ministre"))

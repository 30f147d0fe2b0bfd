"""English words of an event phrase: the nouns that name an event and where its phrase ends.

Used by generator/extract/timex/ (context.py, wording.py, programme.py); patterns are case-insensitive unless said.
"""

from __future__ import annotations

EVENT_NOUNS = (
    "meeting|summit|conference|visit|trip|elections?|vote|referendum|talks|hearing|trial|ruling|verdict|launch|opening"
    "|closing|ceremony|anniversary|festival|match|final|race|tournament|concert|show|protest|strike|assembly|congress"
    "|forum|session|negotiations|agreement|signing|invasion|attack|war|landing|wedding|funeral|death|release"
    "|publication|announcement|speech|address|deadline|review|report|debate|primary|inauguration|celebration"
    "|exhibition|dinner|lunch|tour|mission|operation|deal|sale|auction|game|visit|deliver(?:y|ies)|hearing|decision"
    "|raid|crash|shooting|explosion|storm|closure|reopening|start|return|arrival|departure|sentencing|plea|interview"
    "|walkout|stoppage|rally|ban|championships?|games|olympics|cup|marathon|convention|parade|gala|premiere"
    "|banquet|reception|breakfast|procession|screenings?|vigil|briefing|workshop|picket"
)
# many English event nouns are also verbs ("return", "vote"): they count after one of these ("A vote on the bill",
# "the vote", "the leaders' summit"; an acronym, case-sensitive: "the G20 summit", "the EU summit")
EVENT_DETERMINER = (
    r"(?:\b(?i:the|a|an|this|that|its|their|his|her|our|next|last|first|annual|upcoming|planned|new|for)|['’]s|s['’]"
    r"|\b[A-Z][A-Z\d]+)"
    r"\s+(?:[\w-]+\s+)?$"
)
# what before a date makes it qualify the noun after it: "Trump's July 25 call", "the 2016 election", "a May 7 memo",
# "the U.K.'s Dec. 12 election"
ATTRIBUTIVE_DATE = r"(?:\b(?:the|a|an|its|their|his|her|our)|[\w.]['’]s)\s+$"
# what opens a condition after an event ("a strike on June 12 unless the talks resume"): the strike is the event, the
# condition is not
CONDITION_OPENERS = (r"in\s+case", r"unless", r"provided\s+that", r"on\s+condition")
# where the phrase ends: a relative pronoun, a speech verb, a condition
EVENT_CUT = (
    r"\s(?:which|who|where|while|according\s+to|said|says|told|announced|added|" + "|".join(CONDITION_OPENERS) + r")\b"
)
# the verb after the event's noun group: the event is the group before it
EVENT_PREDICATE = r"\s(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must)\b"
# the place after the event: case-sensitive, a name is capitalised
EVENT_PLACE = r"\b(?:in|at)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
# a speech verb with its subject: what it says after a date is not part of the event; what it reports after
# it is ("The union said there would be a ban from 18 December")
# (not a participle after its noun, which a finite verb follows: "the measures announced will take effect")
ATTRIBUTION = (
    r",?\s*(?:\w+\s+)?(?:said|says|told|announced|added|reported)\b"
    r"(?!\s+(?:will|would|is|are|was|were|has|have|had|can|could|must|should|may|might|shall)\b)"
)
# what a date commemorates: "les 80 ans du", "80th anniversary" (groups n, n2 and w)
ANNIVERSARY = (
    r"\b(?P<n2>\d+)(?:st|nd|rd|th)\s+anniversary\b|\b(?P<n>\d+|[a-z-]+)\s+years\s+since\b|(?P<w>bicentenary|centenary"
    r"|centennial|bicentennial)"
)
ANNIVERSARY_WORDS = {"bicentenary": 200, "centenary": 100, "centennial": 100, "bicentennial": 200}
# verbs that only say an event happens or is set ("aura lieu", "se tiendra", "takes place", "is held"):
# their subject names the event (lemmas)
EVENT_LIGHT_VERBS = frozenset({"take", "hold", "begin", "start", "open", "schedule", "plan", "resume", "end", "close"})
# a subject that stands for the person named before it
SUBJECT_PRONOUNS = frozenset({"he", "she"})
# an auxiliary written onto its pronoun ("they'll", "we've"), and its full form
CONTRACTED_AUXILIARIES = (("'ll", "will"), ("'re", "are"), ("'ve", "have"), ("'d", "would"))
# subjects that name no one and that nothing resolves: their clause says less than its event noun
VAGUE_SUBJECTS = frozenset({"i", "we", "you", "one"})
# an English agenda line says who does what ("Ban Ki-moon will address the opening of the AU summit"), not only the
# event noun its verb governs
HEADLINE_CLAUSE = True
# a headline says what is planned with an infinitive ("Trial to begin", "Modi to travel to the US for a state visit"):
# the words of scheduling leave room for the event's own
HEADLINE_FORMS = ((r"\b(?:is|are)\s+(?:also\s+|now\s+)?(?:scheduled|set|due|slated|expected)\s+to\b", "to"),)
# what introduces a date and goes with it when the date is left out of its phrase ("jusqu'au 5 mai", "dès ce lundi")
EVENT_DATE_LEAD = (
    r"on",
    r"in",
    r"by",
    r"until",
    r"since",
    r"from",
    r"at",
    r"before",
    r"after",
    r"the",
    r"this",
    r"next",
    r"starting",
    r"as\s+of",
    r"for",  # "scheduled for next year"
)
# a conjunction of contrast opens a clause without saying what happens; between a date and its clause, it opens an
# aside ("On Sunday, while voters go to the polls, the president will receive ...")
CONTRAST_CONJUNCTIONS = (r"while", r"whereas")
# what opens an adverbial of circumstance between an opening date and its clause ("On Monday, during the summit, X met
# Y"): the clause after it is the date's
# what places another event before or after the date's ("on June 3 before a trip to Ireland")
SEQUENCE_PREPOSITIONS = (r"before", r"after", r"ahead\s+of", r"prior\s+to", r"following")
CIRCUMSTANCE_OPENERS = (
    r"during",
    r"amid",
    r"despite",
    r"on\s+the\s+sidelines\s+of",
    r"as\s+part\s+of",
    r"ahead\s+of",
    r"after",
    r"before",
    r"following",
    r"at",
    r"in",
    r"from",
)
# what opens a phrase without saying anything, and what cannot end one
EVENT_LEAD = (
    # "there will also be an overtime ban": the existential says nothing, the noun after it is the event
    r"there\s+(?:will|would|could|may|might|is|are|was|were)(?:\s+(?:also|still|now))?(?:\s+be)?",
    *CONTRAST_CONJUNCTIONS,
    r"as\s+well\s+as",  # "..., as well as Paolo Nutini's gigs in Glasgow on 13 December"
    # "..., where he will address the summit": the place is said before it
    r"where",
    # a date that is the subject says nothing of the event: what it will see is ("Tuesday will see the first round")
    r"(?:will\s+)?(?:see|sees|mark|marks|bring|brings)",
    r"although",
    r"as",
    r"and",
    r"but",
    r"or",
    r"then",
    r"so",
    r"once",
    r"that",
    r"on",
    r"in",
    r"at",
    r"by",
    r"the",
    r"a",
    r"an",
    r"before",
    r"after",
    r"during",
    r"['’]s",
)
EVENT_DANGLING = (
    r"between",
    r"if",
    r"whether",
    r"and",
    r"or",
    r"but(?:\s+also)?",  # "strikes on April 8 but also on April 15 and 22": the next dates' link
    r"as\s+well\s+as",
    r"of",
    r"to",
    r"the",
    r"in",
    r"on",
    r"at",
    r"for",
    r"with",
    r"by",
    r"from",
    r"is",
    r"are",
    r"was",
    r"were",
    r"inclusive",
    r"as",
    r"who",
    r"which",
    r"where",
    r"this",
    r"next",
)
# a relative pronoun that opens an event's clause stands for the name just before it
RELATIVE_PRONOUNS = frozenset({"who"})
# a relative pronoun that stands for the whole clause before it: "which" before a verb of happening ("..., ratified by
# the Senate, which could happen this week"); before another verb it stands for a noun as often ("Pennsylvania and
# Wisconsin, which form ...")
CLAUSE_RELATIVES = (r"which(?=\s+(?:\w+\s+){0,3}?(?:happen|occur|take\s+place|come\s+into\s+force)\w*\b)",)
# a relative pronoun that stands for the noun group before it ("Roof will represent himself in the penalty phase of the
# trial, which begins Jan. 3": the penalty phase of the trial begins), when no clause relative reads it first
THING_RELATIVES = (r"which",)
# what opens a relative aside between commas ("A book, which he wrote with X, is due in May"): the subject is before it
RELATIVE_WORDS = (r"who", r"whom", r"whose", r"which", r"that", r"where")
RELATIVE_OPENERS = (
    *RELATIVE_WORDS,
    # a past participle opens an aside too ("Officials expect the report, commissioned after the floods, to be ...")
    r"(?-i:[a-z]{2,}ed)",
)
# besides the tense cues, what shows a clause has its verb: none (English "have", "is" are as often auxiliaries or
# main verbs of either side)
CLAUSE_VERBS = ""
# "X seront au programme de Y", "X will be on the agenda of Y": the event is Y, about X
ON_THE_AGENDA = (
    r"\b(?:will\s+be|is|are)\s+(?:also\s+)?(?:on\s+the\s+agenda|at\s+the\s+top\s+of\s+the\s+agenda|on\s+the\s+menu)"
    r"\s+(?:of|at|for)\b"
)
# what opens a comment on the sentence after a comma: a participle (", adding that talks had failed", ", meaning the
# union will be taking action for four weeks")
COMMENT_CLAUSES = (r"\w+ing",)
# what joins two clauses, each its own event
COORDINATORS = ("and", "but")
# what joins the last item of a list to the others: the commas before it part no clause ("the nurses, the porters
# and the cleaners will strike")
LIST_COORDINATORS = ("and", "or")
# what joins two items of one sentence that each close on their own date: the coordinators of clauses and of lists,
# the sequence and contrast links ("Kay plays London on 16 December, as well as Nutini's gigs in Glasgow on 13
# December")
# what opens, after a date, the event that comes next the same day, part of the date's row ("Andrews will perform on
# Saturday, followed by The Wood Brothers")
FOLLOWED_BY = (r"followed\s+by",)
ITEM_LINKS = (r"and", r"then", r"but", r"as\s+well\s+as", r"while", r"whereas")
# the words of a frame that only spans its date before the clause that says what happens ("Over the whole period running
# from June 3 to June 7, the council will hold drop-in sessions"): nouns of a stretch of time, their quantifier, the
# participles of extent
SPAN_WORDS = (
    "period", "periods", "week", "weeks", "fortnight", "span", "stretch", "interval",
    "whole", "entire", "all", "running", "lasting", "stretching", "extending", "spanning", "over", "throughout",
)  # fmt: skip
# what opens an absolute clause, a noun group and its gerund, that a date after it belongs to ("The drivers will strike
# on Monday, with the guards joining on Thursday": Thursday is the guards')
ABSOLUTE_OPENERS = (r"with",)
# what stands for a list of dates as its subject, naming no event ("For its network, these are November 2, 8 and 14";
# "Other dates: June 3, July 1"): the list's event is named before it
DATE_LIST_HEADS = ("these", "those", "dates", "days")
# a determiner that names the event's owner elsewhere ("his first visit to Britain"): the agenda line names the owner
POSSESSIVE_DETERMINERS = ("his", "her", "its", "their")
# what a day or a programme (DAY_NOUNS) does to say what it holds ("the Prime Minister's day begins with a meeting
# with ..."): what follows is the event
PROGRAMME_VERBS = (
    r"begins?\s+with",
    r"starts?\s+with",
    r"will\s+(?:begin|start)\s+with",
    r"includes?",
    r"will\s+include",
)
# the forms of "be" an auxiliary goes on with: with the auxiliary, they cannot end a phrase ("... have been")
AUXILIARY_FORMS = ("been", "be", "being")
# what makes a noun plural ("réunions", "meetings")
PLURAL_ENDINGS = ("s", "es")
# a date a quotation places after one of these is a hypothesis ("if I wake up tomorrow"), not an event
CONDITIONALS = (r"if", r"unless", r"in\s+case")
# the place after one of these is where an event happens ("à Paris", "travel to London")
VENUE_PREPOSITIONS = ("in", "at", "to", "into", "inside")
# what opens a complement of the event set off by a comma after its clause: its venue, its purpose, its court
# ("The trial opens on Monday, before the High Court, in Pretoria", "..., for talks on trade")
EVENT_COMPLEMENTS = ("for", "before", "in", "at", "to", "with", "inside", "alongside")
# what joins an event noun to its topic, besides "of": "hearing on the rules"
TOPIC_LINKS = ("on", "about", "into", "against")
# what names a listing of days (a programme, an agenda, an itinerary), as a day's heading or a span's
LISTING_NOUNS = ("programmes?", "programs?", "agendas?", "schedules?", r"itinerar(?:y|ies)")
# what names a day of a programme: before a colon, the list after it is the day's events
DAY_NOUNS = ("days?", *LISTING_NOUNS)
# what names a listing of days (an agenda, an itinerary, a week): a span of three days or more that a heading with
# one gives ("The week in Westminster: March 19th – 23rd") is the frame of the days listed in it
SCHEDULE_NOUNS = (*LISTING_NOUNS, r"diar(?:y|ies)", "timetables?", "calendars?", "weeks?")
# what opens a noun group by pointing at it ("this treaty signed in May"); "that" opens clauses as often: left out
DEMONSTRATIVE_DETERMINERS = ("this", "these", "those")
# nouns that name any event without saying which: "the event" at a date takes up the event another sentence gives
# that day
GENERIC_EVENT_NOUNS = ("event",)
# event nouns that only say a time, or that name other things as often: a determiner before them at a date takes up
# no event
TIME_EVENT_NOUNS = ("start", "return", "final")
# nouns of a part or a moment of an event, said bare once the article is about that event ("The verdict is expected
# on June 13" in a page on a trial, "The resumption is set for Monday" under a strike's headline): the event they
# are part of is the one the page's opening line names
PART_EVENT_NOUNS = (
    "verdict", "ruling", "sentencing", "deliberations", "arguments", "testimony", "session", "sessions", "opening",
    "closing", "resumption", "kickoff", "notice",
)  # fmt: skip
# nouns of a stay over several days, and what says the day one begins
# ("the visit that commences on Tuesday"): that day's row opens the stay, and the day's own events are
# said in other rows
STAY_NOUNS = ("visit", "stay", "tour", "trip", "journey", "mission")
STAY_OPENERS = (r"from", r"(?:starting|beginning|commencing|commences?|begins?|starts?)(?:\s+on)?")
# "when" is never a preposition: a date after it is its clause's whatever the subject ("when the union launched the
# strike on September 15")
WHEN_CLAUSES = (r"when",)
# what opens a clause of its own with its verb: a date after one dates that clause ("before it takes another
# recess in October")
# (only before a subject pronoun: "before the summit" is a preposition); "where" after a place opens what happens there
# ("Modi will then travel to Port Moresby where he will host the summit on May 22": the date is the summit's)
SUBORDINATORS = (r"(?:before|after|until|once|where)(?=\s+(?:it|he|she|they|we|you)\b)", *WHEN_CLAUSES)
# what opens a sentence that sums up the list of dates before it ("Walkouts follow on 8, 13 and 18 May. In all, twelve
# days of strikes."): what it counts is the list's event
SUMMING_OPENERS = (r"in\s+all", r"in\s+total", r"all\s+told", r"altogether")
# what opens a sentence on its topic ("Quant à la réunion du Conseil, trois sont programmées : ..."): the words
# after it, up to the comma, name the event its dates belong to
TOPIC_OPENERS = (r"as\s+for", r"as\s+to", r"when\s+it\s+comes\s+to")
# what opens an adverbial before a sentence's subject, up to its comma ("On Tuesday, it will call ...", "Speaking
# at the press conference, Ebrard said ...", "Tomorrow in Switzerland, Mr. Ban will meet ...")
SENTENCE_OPENERS = (
    r"on",
    r"in",
    r"at",
    r"by",
    r"after",
    r"before",
    r"during",
    r"since",
    r"until",
    r"from",
    r"with",
    r"under",
    r"as",
    r"when",
    r"while",
    r"once",
    r"if",
    r"according\s+to",
    r"earlier",
    r"later",
    r"meanwhile",
    r"however",
    r"tomorrow",
    r"today",
    r"tonight",
    r"this",
    r"next",
    r"last",
    r"\w+ing",  # "Speaking at ...", "Following ..."
    r"\w+ly",  # "Separately,", "Originally ..."
)
# a past participle that can follow its noun ("the ban, passed by parliament last October", "the 15% tariffs imposed on
# Sept. 1"): a word in -ed that is no noun ("need", "hundred"), or an irregular one
PAST_PARTICIPLE = (
    r"(?!(?:need|speed|seed|feed|bleed|greed|creed|indeed|hundred|shed|bed|red|wed|sacred|naked|wicked|embed)\b)"
    r"(?:[a-z]{2,}ed|held|made|given|taken|sent|won|lost|built|sold|brought|shot|struck|seen|done|found|known|born"
    r"|written|told|paid|kept|led|begun|broken|chosen|spent|thrown|shown|drawn|stolen|hidden|signed|set|put|cut)\b"
)
# a gerund opening a clause ("After leaving London on October 15, Harry and Meghan will ..."): no noun in -ing
GERUND = (
    r"(?!(?:during|morning|evening|meeting|building|thing|nothing|something|anything|everything|king|spring|string)\b)"
    r"[a-z]{2,}ing"
)
# what opens an agenda item that may not be held, before its comma: the next item says what the day holds
OPTIONAL_ITEMS = (r"possibly", r"if\s+necessary", r"if\s+required", r"if\s+needed")
# a cleft sentence puts the date forward ("It is on Monday that the council will vote", "It was in 2019 that ..."): the
# event is the clause after the link
CLEFT_OPENINGS = (r"it\s+(?:is|was|will\s+be|['’]s)(?:\s+(?:also|only|precisely))?",)
# a pronoun before a verb that only says an event happens, is set, begins or ends stands for the event the sentence
# before names ("The government announced a meeting with the unions. It will take place on June 30")
EVENT_PRONOUNS = frozenset({"it", "they"})
HAPPENING_VERBS = (
    r"(?:(?:will|would|should|could|may|might|is|are|was|were)\s+(?:(?:due|set|expected|scheduled)\s+to\s+)?)?"
    r"(?:take\s+place|be\s+held|begin|start|open|close|end|resume|last)|(?:takes|took)\s+place"
    r"|(?:is|are|was|were|will\s+be)\s+(?:held|scheduled|planned|set|due)|begins|starts|opens|ends|resumes"
)
TAKING_PLACE_VERBS = (
    r"(?:(?:will|would|should|could|may|might|is|are)\s+(?:(?:due|set|expected|scheduled)\s+to\s+)?)?"
    r"(?:take\s+place|be\s+held)|takes\s+place|(?:is|are|will\s+be)\s+(?:held|scheduled|planned)(?!\s+to\b)"
)
# a verb whose subject holds, organises or calls an event, the event its object or complement ("The union will
# stage a walkout", "The committee will hold a hearing", "The board is scheduled for two hearings", "Unions called for a
# general strike"): it says nothing an agenda row does not
HOLDING_VERBS = (
    # the modal in lower case: "Theresa May" is no modal
    r"(?-i:(?:will|would|should|could|may|might|to|is\s+to|are\s+to)\s+)?(?:hold|stage|organi[sz]e|convene|give)"
    r"|holds|stages|organi[sz]es|convenes|gives"
    r"|(?:is|are|was|were|will\s+be)\s+(?:scheduled|set|due)\s+for|(?:call|calls|called|will\s+call)\s+for"
)
# what opens a clause that a verb of saying or thinking governs ("warned that", "hope that"); English often leaves it
# out ("Officials say residents must stay indoors until Friday")
COMPLEMENTIZERS = (r"that",)
COMPLEMENTIZER_OPTIONAL = True
CLEFT_LINKS = (*COMPLEMENTIZERS, r"when")
# the link of a cleft that puts the subject forward ("On Thursday, it is the health minister who will open the ward"):
# the focus and the clause after the link, read together, say who does what
CLEFT_SUBJECT_LINKS = (r"who",)
# what after "it is" makes it a connective, not a cleft: "It is why the minister, who ..."
CLEFT_NOT_FOCUS = (r"why", r"because", r"as\s+if", r"likely", r"possible", r"expected", r"unclear", r"not\s+clear")
# verbs of thought, hope, expectation or meaning, and the speech verbs' forms the quotes' list has not: a date in the
# clause they govern is that clause's ("Officials hope that construction will begin in September"); their present
# participles too, which report after a comma what the main clause's source adds ("..., noting that the payment is due
# on July 5")
COMPLEMENT_VERBS = (
    r"say|tell|warn|announce|confirm|hope[sd]?|expect(?:s|ed)?|believe[sd]?|think|thinks|thought|fear(?:s|ed)?"
    r"|mean|means|meant|predict(?:s|ed)?|estimate[sd]?|anticipate[sd]?|assume[sd]?|agree[sd]?|decide[sd]?|know|knows"
    r"|knew|suggest(?:s|ed)?|indicate[sd]?|signal(?:s|led)?|claim(?:s|ed)?|promise[sd]?|vow(?:s|ed)?|pledge[sd]?"
    r"|insist|argue|ensure[sd]?|note[sd]?"
    r"|noting|adding|saying|stating|explaining|announcing|confirming|warning|indicating|insisting|hoping|expecting"
    r"|promising|pledging|predicting|estimating|signalling|signaling"
)
# what opens an adverbial that says where the news comes from: no event before a date set off by commas
SOURCE_OPENERS = (r"(?:also\s+)?according\s+to", r"citing")
# the verb that says what the subject is ("Monday will be the last day of the trial"): the attribute names the event
COPULAS = (r"(?:will|would|should|could|is\s+to|are\s+to)\s+(?:also\s+)?be",)
# what opens a comment between a subject and its verb ("The council, as required by law, will vote"): no part of the
# event
COMMENT_ASIDES = (
    r"as(?!\s+well)",  # "X, as well as Y, will attend": Y takes part
    r"according\s+to",
    r"in\s+any\s+case",
    r"however",
    r"meanwhile",
    r"though",
    r"for\s+(?:its|his|her|their)\s+part",
    r"in\s+turn",
    r"of\s+course",
    r"barring\s+(?:a|any)\s+\w+",
    r"if\s+all\s+goes\s+(?:well|to\s+plan)",
)
# the of-word and the singular article between an event noun and its owner ("la venue du président", "the visit of the
# President"), with the article it stands for: a role there is its holder's, named as an agenda line does
EVENT_OWNER_LINKS = (("of the", "the"),)
NAME_OF_WORDS = ("of ", "of ")  # the of-word before a name: before a consonant, before a vowel

# a phrase that stands for a role: its subject is the one person of the briefing who holds the role ("the head of
# state will fly to Accra" is the "president"'s event)
ROLE_STAND_INS = (("head of state", "president"), ("head of government", "prime minister"))

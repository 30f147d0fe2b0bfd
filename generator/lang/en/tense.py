"""English tense cues: the surface forms that say a verb is past or future (see generator/extract/timex/tense.py)."""

from __future__ import annotations

_EN_PAST_IRREGULAR = (
    r"said|told|met|went|came|took|made|gave|held|left|began|saw|found|got|sent|spoke|wrote|won|lost|fell|rose|paid|"
    r"bought|sold|brought|thought|felt|kept|led|ran|struck|shot|fought|flew|drove|knew|became|broke|chose|"
    r"did|had|was|were|stood|sat|heard|meant|built|spent|taught|caught|sought|withdrew|overtook|forgot|understood"
)
PAST_IRREGULAR = tuple(_EN_PAST_IRREGULAR.split("|"))  # the same words, for the entity rules ("Reporters met X")
# "-ed" after be, stay, remain, get is an adjective or a passive, not a past: "schools will stay closed"
_EN_NOT_PASSIVE = "".join(
    rf"(?<!\b{w}\s)"
    for w in (
        "be",
        "is",
        "are",
        "am",
        "been",
        "being",
        "stay",
        "stays",
        "remain",
        "remains",
        "get",
        "gets",
        "will",
        "to",
        # after an article or a possessive, an "-ed" word is an adjective: "a dedicated hearing", "the revised plan"
        "a",
        "an",
        "the",
        "another",  # "another packed month of events"
        "its",
        "their",
        "his",
        "her",
        "our",
        "become",
        "becomes",
    )
)
# what a verb's form is a noun or an adjective after ("the vote", "a planned strike", "rounds of planned outages")
_EN_NOUN_READING = "".join(
    rf"(?<!\b{w}\s)" for w in ("a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "of")
)
# a past request or agreement: what its infinitive says is done after it ("have agreed to resume talks on
# June 2", "asked the airlines to cancel flights on Tuesday"), behind or ahead of the day told
_PROJECTING = r"(?:agreed|asked|invited|urged|ordered|requested|promised|pledged|vowed|called\s+on)"
# a past saying, promise or belief: the "would" it reports is a future seen from then ("has vowed it would never rule
# out force, calling Monday's drills", "his vow that Britain would leave the EU on Oct. 31"), behind or ahead of the
# day told
_REPORTING = (
    r"(?:said|told|vowed|promised|pledged|predicted|warned|insisted|claimed|announced|stated|indicated|signall?ed"
    r"|hinted|expected|believed|thought|hoped|decided|vow|promise|pledge|prediction|warning)"
)
TENSE_CUES: tuple[tuple[str, str], ...] = (
    (
        # neither way, first so that it wins over the past cue of the same verb
        "present",
        rf"\b{_PROJECTING}\s+(?:[\w'’-]+\s+){{0,4}}?to\s+(?!(?:a|an|the|this|that|his|her|their|its|our|be)\b)[a-z]+\b"
        rf"|\b{_REPORTING}\s+(?:[\w'’-]+\s+){{0,4}}?would\b",
    ),
    (
        "future",
        # infinitive passive: "to be published", "will be held"
        r"\b(?:will|to|would|could|should|may|might|must|shall)\s+(?:not\s+)?be\s+(?:\w+ly\s+)?\w+\b"
        r"|\bbe\s+(?:\w+ly\s+)?\w+ed\b"
        r"|\b(?:will|won['’]t|shall|['’]ll|going\s+to|due\s+to|scheduled|expected\s+to|plans?\s+to|set\s+(?:to|for)|would"
        r"|to\s+be\s+held|upcoming|next|slated|intends?\s+to|aims?\s+to|hopes?\s+to|will\s+be"
        # the present of scheduling and travel verbs announces: "voters head to the polls on Sunday"
        r"|opens|begins|starts|ends|closes|meets|heads|travels|visits|hosts|resumes|kicks\s+off|takes\s+place|convenes"
        r"|head\s+to|meet"
        r"|departs|leaves|arrives|flies|lands"  # a departure or an arrival: "the delegation departs Saturday"
        # "seeking to stop the ban from taking effect July 1": the participle of an entry into force announces it too
        r"|tak(?:es?|ing)\s+effect|com(?:es?|ing)\s+into\s+force|expires|calls?\s+for"  # "the union calls for a strike"
        r"|gather|travel\s+to"
        r"|is\s+expected|are\s+expected)\b"
        # a noun or an adjective after a determiner or "of" says no tense: "the vote in June was", "four rounds of
        # planned outages in October"
        rf"|{_EN_NOUN_READING}\b(?:planned|vote)\b",
    ),
    (
        "past",
        # not after a hyphen: "Republican-led", "state-owned" are adjectives; a regular past starts in lower case: a
        # capitalised "-ed" word is a name's ("the United Kingdom", "Allied Command", "Red Bull")
        # nor before one: "assigned-seating events", "closed-door talks" are adjectives too
        rf"(?<!-)\b(?:{_EN_PAST_IRREGULAR})\b|{_EN_NOT_PASSIVE}(?<!-)\b(?-i:[a-z])\w{{2,}}ed\b(?!-\w)"
        r"|\b(?:ago|last|yesterday|earlier)\b",
    ),
)
# a past verb that announces, calls or sets events: "The union has announced strikes on 13 December" dates the
# strikes, not the announcement (a date right after the verb still dates it: "announced on Monday")
ANNOUNCING_VERBS = r"\b(?:announced|called|scheduled|planned|set|confirmed|unveiled|proposed|organised|organized)\b"
# what an event comes before: "the leaders met ahead of the Oct. 27 election" is still to come,
# whatever the tense of the sentence's verb
AHEAD_OF = r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to)\b"
# the words that open a relative or a completive clause: a verb after them is that clause's ("approved the amendment on
# Tuesday that will grant billions"); "when", "where" are left out: their clause is the date's own ("on Tuesday, when
# the council will vote")
CLAUSE_OPENERS = r"\b(?:that|which|who|whom|whose)\b"

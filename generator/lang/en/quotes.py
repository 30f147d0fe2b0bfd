"""English words the quote extractor reads: speech verbs and the words around a speaker.

Weekdays come from the calendar (vocabulary.py); see generator.lang.record.QuoteWords for each list.
"""

from __future__ import annotations

from generator.lang.record import QuoteWords, words

from .events import CONTRACTED_AUXILIARIES

QUOTES = QuoteWords(
    speech_verbs=words(
        "said says added adds told tells stated states announced explained explains warned warns noted notes "
        "insisted argued wrote writes declared continued concluded acknowledged admitted asked replied recalled "
        "remembered observed remarked recounted confirmed confirms"
    ),
    attributions=words("according_to"),
    that_words=words("that"),
    object_pronouns=words("it"),
    prepositions=words("to in at on during after before"),
    phrase_stops=words("while who which as when"),
    person_pronouns=words("he she"),
    organisation_pronouns=words("it they"),
    definite=words("the this"),
    determiners=words("the a"),
    speaker_starts=words("the a an his her its their this that these one he she they it we i"),
    adverbials=words("later yesterday today tomorrow also then again"),
    statements=words("statement report"),
    document_nouns=words("letter note"),
    source_links=words("from of by"),
    source_verbs=words("said says confirm"),  # "confirm" starts "confirms", "confirmed" and French "confirme"
    subject_verbs=words("has had is was will"),
    finite_words=words(
        "is are was were will would have has had do does did can could should must may might I we you he she they it"
    ),
    finite_endings=(*words("'s 'm n't"), *(short for short, _ in CONTRACTED_AUXILIARIES)),
    infinitive_marker="to",
)

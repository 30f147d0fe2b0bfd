"""What the key-fact ranking looks for in an English sentence: amounts, decisions, meetings, what comes next.

Regex fragments (see generator.lang.record.FactWords): a stem takes any ending, "s?" an optional plural.
"""

from __future__ import annotations

from generator.lang.record import FactWords, words

FACTS = FactWords(
    figure_units=(r"per\s?cent", "billions?", "trillions?", "millions?", "bn", r"m\b", "people", "dead", "killed"),
    decision_stems=words(
        "announc decid adopt approv sign vot block sentenc elect appoint resign accept reject suspend ban launch "
        "rais cut agree buy sell sold bought quit join kill injur destroy releas fled arrest charg vow pledg"
    ),
    meeting_stems=("meet", r"met\b", "talks", "summit", "visit", "negotiat", "conference"),
    next_markers=(
        "will",
        "is due",
        "are due",
        "expected to",
        "plans? to",
        "is to",
        "are to",
        "next week",
        "next month",
    ),
    record_words=("all-time", "first time", "first since", "highest", "lowest", "record"),
    connectives=words("But And"),
    dropped_openers=words("Also Meanwhile"),
    sequence_openers=words("Then"),
    subject_titles=words("Senator President"),
    subject_speech=words("said says"),
    verb_endings=words("ed"),
    deictic_words=("last", "next", "this", "ago"),
)

"""The subject of a sentence, read by rules: what a pronoun opening a later event stands for.

Without a parse (English runs on rules), a sentence's subject is the words between its opening adverbials ("On
Tuesday,", "Speaking at the press conference,") and its first verb ("will", "is", "said", "plans to"): "The state
is expected to call an expert" has the subject "The state", so "On Tuesday, it will call X" is the state's event.
"""

from __future__ import annotations

import functools
import re

from generator.lang import Language
from generator.lang.folding import fold

_OPENING = 60  # characters: an opening adverbial longer than this is a clause of its own
_SUBJECT_WORDS = 5  # a subject of more words is a clause read wrongly


@functools.cache
def _verb(language: Language) -> re.Pattern[str]:
    """What ends a subject: an auxiliary or a tense cue, as the first word after it."""
    cues = [language.event_predicate, *(pattern for _, pattern in language.tense_cues)]
    return re.compile("|".join(f"(?:{c})" for c in cues if c) or "(?!)", re.IGNORECASE)


@functools.cache
def _speech(language: Language) -> re.Pattern[str]:
    return re.compile(language.attribution or "(?!)", re.IGNORECASE)


def _verb_at(text: str, language: Language) -> int | None:
    """Where the first verb of `text` starts; a speech verb's pattern may take a word before it ("The unions said"
    matches " unions said"): there, the verb is its last word."""
    starts = []
    verb = _verb(language).search(text)
    if verb:
        starts.append(verb.start())
    speech = _speech(language).search(text)
    if speech:
        said = speech.group(0).rstrip()
        starts.append(speech.start() + said.rfind(" ") + 1 if " " in said.strip() else speech.start())
    return min(starts) if starts else None


@functools.cache
def _opener(language: Language) -> re.Pattern[str]:
    """An opening adverbial up to its comma ("On Tuesday, ", "Earlier, ", "Speaking at X, ")."""
    openers = "|".join(language.sentence_openers) or "(?!)"
    return re.compile(rf"(?:{openers})\b[^,;:]{{0,{_OPENING}}},\s*", re.IGNORECASE)


def without_openers(sentence: str, language: Language) -> str:
    """The sentence without its opening adverbials ("After the talks, Ms. Lagarde flies" -> "Ms. Lagarde flies")."""
    text = sentence.strip().lstrip("\"“«‘'(-–— ")
    opener = _opener(language)
    while m := opener.match(text):
        text = text[m.end() :]
    return text


def sentence_subject(sentence: str, language: Language) -> str | None:
    """The words that open `sentence` as its subject, without its opening adverbials and the adverbs before its
    verb ("The Secretary-General tomorrow also intends to" -> "The Secretary-General"); None when no verb
    follows within a few words."""
    text = without_openers(sentence, language)
    verb = _verb_at(text, language)
    if verb is None:
        return None
    words = text[:verb].split()
    adverbs = {fold(w) for w in language.quotes.adverbials}
    while words and (fold(words[-1]) in adverbs or fold(words[-1]) in language.weekday_numbers):
        words.pop()  # "tomorrow also", "Monday": said between the subject and its verb
    articles = {fold(a) for a in language.entities.articles}
    if not words or len(words) > _SUBJECT_WORDS or words[-1].endswith(",") or fold(words[-1]) in articles:
        return None
    return " ".join(words)


def without_article(phrase: str, language: Language) -> str:
    """The phrase without the article that opens it ("The state" -> "state")."""
    first, _, rest = phrase.partition(" ")
    return rest if rest and fold(first) in {fold(a) for a in language.entities.articles} else phrase

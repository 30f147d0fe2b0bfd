"""What the event-phrase tests share: the event the extractor gives a date of a sentence."""

from __future__ import annotations

from generator.extract.timex.context import event_phrase
from generator.lang import language


def event_at(sentence: str, date: str, lang: str, *others: str) -> str:
    """The event at `date`, the `others` dates of the sentence left out of it as the extractor leaves them."""
    start = sentence.index(date)
    spans = [(sentence.index(o), sentence.index(o) + len(o)) for o in others]
    return event_phrase(sentence, start, start + len(date), language(lang), spans)

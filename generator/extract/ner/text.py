"""Small text utilities: folding for comparisons, content words, sentences with offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx

if TYPE_CHECKING:
    from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per doc: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get("briefings.text")
    if text is None:
        text = doc.user_data["briefings.text"] = doc.text
    return text


_STOP = lx.STOP_WORDS


def content_words(text: str) -> set[str]:
    """Folded words that carry meaning (no stop words, no 1-letter words): the unit of fact coverage."""
    words = re.findall(r"\w+", fold(text).replace("'", " "))
    return {w for w in words if w not in _STOP and len(w) > 1}


@dataclass(frozen=True)
class Sentence:
    start: int  # character offsets into doc.text
    end: int
    text: str
    paragraph: int  # 0 is the title


# A sentence ends at . ! ? (optionally followed by a closing quote) before a space and an upper-case
# letter, a digit or an opening quote; "M." and other abbreviations do not end one.
_END = re.compile(r"""(?<=[.!?])["»”)]?\s+(?=["«“(]?\s?[A-ZÀ-ÖØ-Þ0-9])""")
_ABBREVIATIONS = lx.ABBREVIATIONS


def sentences(text: str) -> list[Sentence]:
    """Sentences of a body (title line, blank line, paragraphs) with offsets; paragraphs never merge."""
    out: list[Sentence] = []
    for para_index, match in enumerate(re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)):
        para = match.group()
        if not para.strip():
            continue
        base = match.start()
        cut = 0
        for end in _END.finditer(para):
            before = para[: end.start()].rsplit(None, 1)
            last = before[-1].lower().rstrip('"»”)') if before else ""
            if _abbreviation(last) or re.fullmatch(r"[a-zà-ÿ]?\.|(?:[A-Z]\.)+", before[-1] if before else ""):
                continue
            _add(out, text, base + cut, base + end.start(), para_index)
            cut = end.end()
        _add(out, text, base + cut, base + len(para), para_index)
    return out


def _abbreviation(word: str) -> bool:
    """A word whose full stop ends no sentence: an abbreviation, or abbreviations joined by hyphens ("Lt.-Gov.")."""
    return word in _ABBREVIATIONS or ("-" in word and all(part in _ABBREVIATIONS for part in word.split("-")))


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    raw = text[start:end]
    stripped = raw.strip()
    if not stripped:
        return
    start += len(raw) - len(raw.lstrip())
    out.append(Sentence(start, start + len(stripped), stripped, paragraph))


def headline_is_lead(sents: list[Sentence]) -> bool:
    """True when the body's first line is a paragraph rather than a headline.

    The reader takes the first line as the title; texts without a headline then start with their
    lead there. A headline has no final full stop and is short; a paragraph has both or several sentences.
    """
    first = [s for s in sents if s.paragraph == 0]
    if not first:
        return False
    text = " ".join(s.text for s in first)
    return len(first) >= 2 or (len(text.split()) >= 15 and text.rstrip('"»” ')[-1:] in (".", "!", "?", "…"))


def story_sentences(text: str) -> list[Sentence]:
    """The sentences of the story proper: the headline is left out, a lead standing in its place is not."""
    sents = sentences(text)
    return sents if headline_is_lead(sents) else [s for s in sents if s.paragraph > 0]

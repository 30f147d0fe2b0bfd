"""The summary (the lead, cleaned) and the key facts (ranked sentences) of an article.

Key facts are whole sentences of the body, so each one can be traced to where it came from. They
are ranked by what an analyst looks for first: figures and amounts, decisions and announcements,
who meets whom, what is blocked or changed; the lead and named participants add weight, sentences
that are mostly a quotation or a heading lose it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.ner.text import Sentence, content_words, sentences
from generator.model import KeyFact

_MIN_FACTS, _MAX_FACTS = 3, 7

_FIGURE = re.compile(
    r"\d[\d\s.,]*\s*(?:%|pour\s?cent|per\s?cent|milliards?|millions?|billions?|trillions?|bn|m\b|euros?|dollars?|"
    r"livres?|€|\$|£|km|tonnes?|personnes|morts|victimes|people|dead|killed)|[$€£]\s?\d|\bde \w+ à \w+ par\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\b\d[\d.,]*\b|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|cent|mille|two|three|"
    r"four|five|six|seven|eight|nine|ten|twelve|hundred|thousand)\b",
    re.IGNORECASE,
)
_DECISION = re.compile(
    r"\b(?:annonc|décid|adopt|approuv|sign|vot|bloqu|condamn|élu|nomm|démission|accept|rejet|suspend|interdi|"
    r"lanc|augment|rédui|baiss|hauss|pass\w* de|accord|ratifi|arrêt|lev[ée]|gel|sanction|quitt|rejoint|"
    r"rachet|vend|achet|supprim|ferm|ouvr|attaqu|tu[ée]s?\b|bless|détru|libér|extrad|hospitalis|"
    r"announc|decid|adopt|approv|sign|vot|block|sentenc|elect|appoint|resign|accept|reject|suspend|ban|"
    r"launch|rais|cut|agree|buy|sell|sold|bought|quit|join|kill|injur|destroy|releas|fled|arrest|charg)\w*",
    re.IGNORECASE,
)
_MEETING = re.compile(
    r"\b(?:rencontr|reçu|recevr|entretien|réunion|sommet|visite|discut|négoci|conférence|se rendr|rendu|"
    r"s'est rendu|meet|met\b|talks|summit|visit|negotiat|conference)\w*",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^\s*(?:[A-ZÀ-Ý][\w\-' ]{1,40}\s*)?\((?:AFP|Reuters|AP|Belga|ATS)\)\s*[-–—:]\s*")
_LEAD_CONNECTOR = re.compile(r"^(?:Mais|Et|Or|Par ailleurs|En outre|De plus|But|And|Also|Meanwhile),?\s+")


def _body_sentences(doc: Doc) -> list[Sentence]:
    """Sentences after the title, without headings (short lines with no final punctuation)."""
    out = []
    for s in sentences(doc.text):
        if s.paragraph == 0:
            continue
        if not re.search(r"[.!?»\"”)]$", s.text) and len(s.text.split()) < 10:
            continue
        out.append(s)
    return out


def _clean(text: str) -> str:
    text = _DATELINE.sub("", text)
    return " ".join(text.split())


def extract_summary(doc: Doc, lang: str) -> str:
    """One or two sentences: the lead, cleaned of datelines; a short first sentence takes the next one."""
    body = _body_sentences(doc)
    if not body:
        return ""
    first = body[0]
    summary = _clean(first.text)
    if len(summary.split()) < 20 and len(body) > 1 and body[1].paragraph == first.paragraph:
        summary += " " + _clean(body[1].text)
    return summary


def _quoted_share(text: str) -> float:
    quoted = sum(len(m.group()) for m in re.finditer(r"«[^»]*»|\"[^\"]*\"|“[^”]*”", text))
    return quoted / max(1, len(text))


def _score(s: Sentence, rank: int, capitalised: int) -> float:
    text = s.text
    score = 0.0
    if _FIGURE.search(text):
        score += 2.5
    elif _NUMBER.search(text):
        score += 1.0
    score += 1.5 * min(2, len(_DECISION.findall(text)))
    score += 1.0 * min(1, len(_MEETING.findall(text)))
    score += 0.3 * min(5, capitalised)
    score += max(0.0, 2.0 - 0.4 * rank)  # the lead and the first paragraphs carry the news
    score -= 2.5 * _quoted_share(text)
    n = len(text.split())
    if n < 8:
        score -= 2.0
    elif n > 60:
        score -= 1.0
    if text.endswith("?"):
        score -= 1.5
    return score


def extract_key_facts(doc: Doc, lang: str) -> list[KeyFact]:
    """3 to 7 sentences, best first; each KeyFact keeps its source sentence."""
    body = _body_sentences(doc)
    if not body:
        return []
    scored = []
    for rank, s in enumerate(body):
        capitalised = len(re.findall(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Ý][\w\-]+", s.text))
        scored.append((_score(s, rank, capitalised), rank, s))
    count = max(_MIN_FACTS, min(_MAX_FACTS, round(len(body) / 2.5)))
    chosen: list[tuple[float, int, Sentence]] = []
    for item in sorted(scored, key=lambda x: (-x[0], x[1])):
        # Two sentences saying the same thing waste a slot.
        words = content_words(item[2].text)
        if any(len(words & content_words(c[2].text)) > 0.6 * max(1, len(words)) for c in chosen):
            continue
        chosen.append(item)
        if len(chosen) == count:
            break
    return [KeyFact(text=_statement(s.text), sentence=s.text) for _, _, s in chosen]


def _statement(sentence: str) -> str:
    """The sentence as a stand-alone statement: no dateline, no leading "Mais"."""
    text = _LEAD_CONNECTOR.sub("", _clean(sentence))
    return text[:1].upper() + text[1:]

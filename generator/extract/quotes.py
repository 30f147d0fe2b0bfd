"""Quotes and who said them.

A quote is text between quotation marks, long enough to be a statement, attributed in its sentence
by a speech verb: after it ("..., a déclaré M. Blinken", "...," said David Lammy) or before it
("BP chairman Carl-Henric Svanberg said: ..."). The speaker is resolved to a participant's canonical
name when the words name one, to the last person met for a pronoun, to the person whose role they
repeat for a definite description ("le ministre français"); otherwise it is kept as written
("un diplomate de l'Unesco").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.ner import lexicon as lx
from generator.extract.ner.text import Sentence, content_words, doc_text, fold, story_sentences
from generator.model import Participant, Quote

_QUOTE = re.compile(r"«\s*([^«»\n]+?)\s*»|\"([^\"\n]+?)\"|“([^“”\n]+?)”")
_SPEECH = (
    r"(?:déclaré|dit|indiqué|souligné|affirmé|estimé|ajouté|expliqué|fait valoir|prévenu|assuré|annoncé|"
    r"confié|précisé|rappelé|insisté|lancé|jugé|commenté|martelé|averti|déploré|dénoncé|reconnu|confirmé|"
    r"poursuivi|écrit|tweeté|conclu|observé|noté|relevé|résumé|plaidé|répété|regretté|salué|fait savoir|"
    r"déclare|dit|affirme|estime|ajoute|explique|souligne|indique|précise|assure|confie|rappelle|juge|"
    r"prévient|martèle|avertit|déplore|dénonce|reconnaît|confirme|poursuit|écrit|conclut|note|relève|"
    r"insiste|lance|résume|plaide|répète|regrette|salue|fait valoir|fait savoir|"
    r"said|says|added|adds|told|tells|stated|states|announced|explained|warned|warns|noted|insisted|argued|"
    r"wrote|declared|continued|concluded|acknowledged|admitted|according to)"
)
_AUX = r"(?:(?:a|ont|avait|avaient|aurait|va|vont)(?:-t-(?:il|elle|on))?\s+)?"
_AFTER = re.compile(
    rf"^[^«»\"“”]{{0,120}}?,?\s*{_AUX}{_SPEECH}\b(?:-t-(?:il|elle|on)|-(?:il|elle))?\s*(?P<rest>.*)$", re.S
)
_SUBJECT_BEFORE_VERB = re.compile(rf"^\s*,?\s*(?P<np>[^,.;:]{{1,80}}?)\s+{_AUX}{_SPEECH}\b", re.S)
_INVERTED = re.compile(rf"^[^,.;:]{{0,120}}?,\s*{_AUX}{_SPEECH}\b", re.S)
_BEFORE = re.compile(rf"(?P<np>[^,.;:«»\"“”]{{1,120}}?)\s+{_AUX}{_SPEECH}\s*(?:que\s*|that\s*|it\s*)?:?\s*$", re.S)
_PREPOSITION = frozenset(
    fold(w)
    for w in "à au aux auprès devant dans lors pendant sur pour selon en to in at on during after before".split()
)
_NP_STOP = frozenset(fold(w) for w in "alors qui que lors dans pendant tandis où while who which as when".split())
_PRONOUNS_PERSON = frozenset(["il", "elle", "he", "she"])
_PRONOUNS_ORG = frozenset(["it", "they"])
_DEFINITE = frozenset(fold(w) for w in "le la l' les the this ce cette".split())
_MIN_WORDS = 4


def extract_quotes(doc: Doc, participants: list[Participant], lang: str) -> list[Quote]:
    """Attributed quotes of the body (the title's excluded: it repeats one), in text order."""
    text = doc_text(doc)
    sents = story_sentences(text)
    people = [p for p in participants if p.kind == "person"]
    out: list[Quote] = []
    for s in sents:
        for match in _QUOTE.finditer(s.text):
            quoted = next(g for g in match.groups() if g is not None).strip(" ,")
            if len(quoted.split()) < _MIN_WORDS:
                continue
            np = _speaker_phrase(s.text, match.start(), match.end())
            if np is None:
                continue
            speaker = _resolve(np, participants, people, text, s, lang)
            if speaker:
                out.append(Quote(speaker=speaker, text=quoted))
    return out


def _speaker_phrase(sentence: str, start: int, end: int) -> str | None:
    """The words naming who speaks, as written, or None when the quote is not attributed here."""
    after = sentence[end:]
    m = _AFTER.match(after)
    if m:
        subject = _SUBJECT_BEFORE_VERB.match(after)
        np_words = subject.group("np").split() if subject else []
        if subject and _looks_like_np(subject.group("np")) and not _INVERTED.match(after):
            return _clean_np(subject.group("np"))
        np = _first_np(m.group("rest"))
        if np:
            return np
        if np_words:
            return _clean_np(" ".join(np_words))
    before = sentence[:start]
    m = _BEFORE.search(before)
    if m:
        return _clean_np(m.group("np").split(",")[-1])
    return None


def _looks_like_np(words: str) -> bool:
    """A subject before a speech verb: a name, a pronoun or a short noun phrase, not a clause."""
    ws = words.split()
    return 0 < len(ws) <= 8 and not any(fold(w) in _NP_STOP for w in ws)


def _first_np(rest: str) -> str | None:
    """The inverted subject after the verb: skip adverbials ("à cet égard"), stop at the next one."""
    ws = re.findall(r"[\w'’.\-]+|[,.;:()]", rest)
    k = 0
    while k < len(ws) and (fold(ws[k]) in _PREPOSITION or fold(ws[k]) in ("encore", "également", "aussi", "ensuite")):
        if fold(ws[k]) in _PREPOSITION:  # "à la presse", "à cet égard", "dans un communiqué"
            k += 1
            while k < len(ws) and fold(ws[k]) in (
                "la",
                "le",
                "l'",
                "les",
                "un",
                "une",
                "cet",
                "cette",
                "ce",
                "the",
                "a",
            ):
                k += 1
        k += 1
    np: list[str] = []
    while k < len(ws) and ws[k] not in ",.;:()" and fold(ws[k]) not in _NP_STOP:
        if np and fold(ws[k]) in _PREPOSITION:
            break
        np.append(ws[k])
        k += 1
    return _clean_np(" ".join(np)) if np else None


def _clean_np(np: str) -> str:
    np = " ".join(np.replace("’", "'").split()).strip(" ,.;:")
    return re.sub(r"(\b[ldLD]') ", r"\1", np)


def _resolve(
    np: str, participants: list[Participant], people: list[Participant], text: str, s: Sentence, lang: str
) -> str:
    key = fold(np)
    words = key.split()
    if key in _PRONOUNS_PERSON:
        return _last_person(people, text, s.start) or np
    if key in _PRONOUNS_ORG:
        orgs = [p for p in participants if p.kind == "organization"]
        return _last_person(orgs, text, s.start) or np
    # A participant named in the phrase: the phrase is that participant unless the name depends on
    # another noun ("l'entourage de Stéphane Séjourné"), then the name inside is made canonical.
    for p in sorted(participants, key=lambda p: -max(len(n) for n in [p.name, *p.aliases])):
        for name in sorted([p.name, *p.aliases], key=len, reverse=True):
            pos = _find_word(key, fold(name))
            if pos < 0:
                continue
            before = key[:pos].split()
            if (
                not before
                or all(
                    w in _DEFINITE
                    or w in lx.HONORIFICS
                    or lx.is_role_head(w)
                    or w in lx.ROLE_MODIFIERS
                    or lx.is_nationality(w)
                    or w.isupper()
                    for w in before
                )
                and not any(w in ("de", "du", "des", "d'", "of") for w in before)
            ):
                return p.name
            return np[: len(np) - len(np.lstrip())] + _replace_name(np, name, p.name)
    # A definite description repeating a person's role: "le ministre français" -> that minister.
    if words and words[0].rstrip("'") in {w.rstrip("'") for w in _DEFINITE} or key.startswith("l'"):
        described = content_words(np)
        best = None
        best_pos = -1
        for p in people:
            if p.role and described & content_words(p.role):
                pos = _last_mention(p, text, s.start)
                if pos > best_pos:
                    best, best_pos = p, pos
        if best is not None:
            return best.name
    return np


def _find_word(haystack: str, needle: str) -> int:
    m = re.search(rf"(?<![\w]){re.escape(needle)}(?![\w])", haystack)
    return m.start() if m else -1


def _replace_name(np: str, name: str, canonical: str) -> str:
    return re.sub(re.escape(name), canonical, np, flags=re.IGNORECASE) if name != canonical else np


def _last_mention(p: Participant, text: str, before: int) -> int:
    best = -1
    for name in [p.name, *p.aliases]:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text[:before]):
            best = max(best, m.start())
    return best


def _last_person(candidates: list[Participant], text: str, before: int) -> str | None:
    scored = [(p, _last_mention(p, text, before)) for p in candidates]
    scored = [(p, pos) for p, pos in scored if pos >= 0]
    return max(scored, key=lambda x: x[1])[0].name if scored else None

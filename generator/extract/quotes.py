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
from collections.abc import Callable, Iterable

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.text import Sentence, content_words, doc_text, sentences, story_sentences
from generator.lang.every import every
from generator.lang.record import QuoteWords
from generator.model import Participant, Quote

_QUOTE = re.compile(r"«\s*([^«»\n]+?)\s*»|\"([^\"\n]+?)\"|“([^“”\n]+?)”")


def _words(get: Callable[[QuoteWords], Iterable[str]]) -> tuple[str, ...]:
    """One list of every built-in language's quote words (a quote's language need not be the article's)."""
    return every(lambda lang: get(lang.quotes))


def _one_of(found: Iterable[str]) -> str:
    """A regex group of the words as written, in their order."""
    return "(?:" + "|".join(re.escape(w) for w in found) + ")"


def _joined(found: Iterable[str]) -> str:
    """The words as alternatives, each followed by a space unless it ends with an apostrophe ("l'", "de ")."""
    return "|".join(re.escape(w) + ("" if w.endswith(("'", "’")) else r"\s+") for w in found)


def _folded(found: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in found)


_SPEECH = _one_of((*_words(lambda q: q.speech_verbs), *_words(lambda q: q.attributions)))
_INVERTED = _one_of(_words(lambda q: q.inverted_pronouns))  # "a-t-il", "a-t-on"
# "dit-elle": the pronoun right after the verb ("dit-on" names nobody)
_INVERTED_PERSON = _one_of(p for p in _words(lambda q: q.inverted_pronouns) if p in _words(lambda q: q.person_pronouns))
# "a-t-elle ajouté": the pronoun after the auxiliary is the subject (group `pro0`)
_AUX = rf"(?:{_one_of(_words(lambda q: q.auxiliaries))}(?:-t-(?P<pro0>{_INVERTED}))?\s+)?"
_THAT = _one_of(_words(lambda q: q.that_words))
_AFTER = re.compile(
    rf"^[^«»\"“”]{{0,120}}?,?\s*{_AUX}{_SPEECH}\b(?:-t-(?P<pro1>{_INVERTED})|-(?P<pro2>{_INVERTED_PERSON}))?\s*(?P<rest>.*)$",
    re.S,
)
_SUBJECT_BEFORE_VERB = re.compile(rf"^\s*,?\s*(?P<np>[^,;:]{{1,80}}?)\s+{_AUX}{_SPEECH}\b", re.S)
_INVERTED_SUBJECT = re.compile(rf"^[^,.;:]{{0,120}}?,\s*{_AUX}{_SPEECH}\b", re.S)
# "Mr. Netanyahu's office confirmed that the Israeli leader ... "agreed to ...": the quote ends a reported clause.
_BEFORE_THAT = re.compile(rf"^\s*(?P<np>[^,;:«»\"“”]{{1,80}}?)\s+{_AUX}{_SPEECH}\s+{_THAT}\b[^«»\"“”]{{0,160}}$", re.S)
_BEFORE = re.compile(
    rf"(?P<np>[^,.;:«»\"“”]{{1,120}}?)\s+{_AUX}{_SPEECH}\s*"
    rf"(?:{_one_of((*_words(lambda q: q.that_words), *_words(lambda q: q.object_pronouns)))}\s*)?:?\s*$",
    re.S,
)
_PREPOSITION = _folded(_words(lambda q: q.prepositions))
_NP_STOP = _folded(_words(lambda q: q.phrase_stops))
_PRONOUNS_PERSON = _folded(_words(lambda q: q.person_pronouns))
_PRONOUNS_ORG = _folded(_words(lambda q: q.organisation_pronouns))
_DEFINITE = _folded(_words(lambda q: q.definite))
_DETERMINERS = _folded(_words(lambda q: q.determiners))
_MIN_WORDS = 4
# Adverbs and times between a speech verb and its subject ("a indiqué hier soir un communiqué", "mardi").
_ADVERBIALS = _folded((*_words(lambda q: q.adverbials), *every(lambda lang: lang.weekdays)))
# What a participant issues rather than who speaks for it: the quote is the participant's own.
_DOCUMENT_NOUNS = _folded((*_words(lambda q: q.statements), *_words(lambda q: q.document_nouns)))


def extract_quotes(doc: Doc, participants: list[Participant], lang: str) -> list[Quote]:
    """Attributed quotes of the body (the title's excluded: it repeats one), in text order.

    A quote may run over several sentences; one without an attribution of its own that opens its
    sentence right after another attributed quote continues it (same speaker).
    """
    text = doc_text(doc)
    sents = story_sentences(text)
    if not sents:
        return []
    people = [p for p in participants if p.kind == "person"]
    out: list[Quote] = []
    previous: tuple[str, int] | None = None  # last speaker and the index of the sentence its quote ended in
    for start, end, inner in _quotations(text, sents[0].start):
        quoted = _clean_quote(inner)
        first = _sentence_at(sents, start)
        last = _sentence_at(sents, end - 1)
        if last is None:  # the closing mark after the sentence's full stop
            last = _sentence_at(sents, end - 2)
        if first is None or last is None or not _is_statement(quoted, doc, start, end):
            continue
        before = text[sents[first].start : start]
        after = text[end : sents[last].end]
        speaker = None
        np = _speaker_phrase(before, after)
        if np is not None and _is_the_document(np):
            np = _document_source(text[:start]) or (previous[0] if previous else np)
        if np is not None:
            speaker = _resolve(np, participants, people, text, start)
        elif before.rstrip().endswith(":"):
            speaker = _colon_speaker(before.rstrip()[:-1], people, text, start)
        if speaker is None and previous and not before.strip() and first - previous[1] <= 2:
            speaker = previous[0]  # « ... », analyse X. « ... »: the same voice goes on
        if speaker:
            out.append(Quote(speaker=speaker, text=quoted))
            previous = (speaker, last)
    return out


def _quotations(text: str, offset: int) -> list[tuple[int, int, str]]:
    """(start, end, inner text) of each quotation, paragraph by paragraph.

    Straight quotes pair up inside a paragraph; an opening one left alone runs to the paragraph's end
    (a quote that goes on in the next paragraph reopens there, as English news writes it).
    """
    out: list[tuple[int, int, str]] = []
    for para in re.finditer(r"[^\n]+", text[offset:]):
        base = offset + para.start()
        body = para.group()
        for m in _QUOTE.finditer(body):
            out.append((base + m.start(), base + m.end(), next(g for g in m.groups() if g is not None)))
        rest = _QUOTE.sub(lambda m: " " * len(m.group()), body)
        for mark in ('"', "«", "“"):
            pos = rest.find(mark)
            if pos >= 0 and len(body) - pos > 20:
                out.append((base + pos, base + len(body), body[pos + 1 :]))
                break
    return sorted(out)


def _is_the_document(np: str) -> bool:
    """ "the statement", "le communiqué": a document named before, not a new speaker."""
    words = fold(np).replace("l'", "l' ").split()
    return len(words) == 2 and words[0] in _DEFINITE and words[1] in _DOCUMENT_NOUNS


# "A statement from Netanyahu's office said", "le communiqué de la présidence a": who issued it
_DOCUMENT_SOURCE = re.compile(
    rf"{_one_of(_words(lambda q: q.statements))}\s+{_one_of(_words(lambda q: q.source_links))}\s*"
    rf"(?P<source>[^,.;:«»\"“”]{{2,60}}?)(?=\s+(?:{_one_of(_words(lambda q: q.source_verbs))}|,|\.))",
    re.IGNORECASE,
)


def _document_source(before: str) -> str | None:
    """Who issued the document mentioned last ("A statement from Netanyahu's office said ...")."""
    found = list(_DOCUMENT_SOURCE.finditer(before))
    return found[-1].group("source").strip() if found else None


def _sentence_at(sents: list[Sentence], pos: int) -> int | None:
    for n, s in enumerate(sents):
        if s.start <= pos < s.end:
            return n
    return None


def _clean_quote(quoted: str) -> str:
    """Without the punctuation that belongs to the reporting sentence, nor a closing ellipsis, ! or ?."""
    return re.sub(r"[\s,.;:!?…]+$", "", " ".join(quoted.split())).strip()


# Without a parser, a clause is told by its auxiliaries, pronouns and contractions ("is", "they", "n't").
_FINITE = re.compile(  # the first word of a quote is capitalised ("Nous manquons", "We will")
    rf"\b{_one_of(_words(lambda q: q.finite_words))}\b|{_one_of(_words(lambda q: q.finite_endings))}\b",
    re.IGNORECASE,
)
_INFINITIVE_MARKERS = tuple(m + " " for m in every(lambda lang: (lang.quotes.infinitive_marker,)) if m)


def _is_statement(quoted: str, doc: Doc, start: int, end: int) -> bool:
    """A clause with a finite verb, not a quoted phrase ("un homme libre", "tenir compte de l'agenda")."""
    if len(quoted.split()) < _MIN_WORDS:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and doc.has_annotation("MORPH"):
        # the parse, or the clause's own pronouns and auxiliaries where it misreads a verb ("Nous manquons de bras")
        finite = any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []) for t in span)
        return finite or bool(_FINITE.search(quoted))
    infinitive = quoted.lower().startswith(_INFINITIVE_MARKERS)  # "to take account of ..."
    return len(quoted.split()) >= 5 and not infinitive or bool(_FINITE.search(quoted))


def _colon_speaker(clause: str, people: list[Participant], text: str, pos: int) -> str | None:
    """ "il estime que ... : « ... »", "le général Kelche ... l'a rappelé ... : « ... »": the clause's subject."""
    clause = re.split(r"[.;!?]\s", clause)[-1]
    best: tuple[int, str] | None = None
    for p in people:
        for name in [p.name, *p.aliases]:
            found = _find_word(fold(clause), fold(name))
            if found >= 0 and (best is None or found < best[0]):
                best = (found, p.name)
    if best:
        return best[1]
    if set(fold(clause).replace(",", " ").split()) & _PRONOUNS_PERSON:  # "Sur ce plan, il estime que ... :"
        return _pronoun_person(people, text, pos)
    subject = _DESCRIPTION_SUBJECT.match(clause.strip())
    if subject:  # "Le président de l'UIMM n'est pas très optimiste : « ... »"
        resolved = _resolve(subject.group("np"), people, people, text, pos)
        if resolved in {p.name for p in people}:
            return resolved
    return None


# "Le président de l'UIMM n'est pas", "the chairman has": a described subject and its verb
_DESCRIPTION_SUBJECT = re.compile(
    rf"^(?P<np>{_one_of(every(lambda lang: lang.entities.articles))}\s*[^,:;]{{1,60}}?)\s+"
    rf"(?:{_joined(_words(lambda q: q.negations))})?{_one_of(_words(lambda q: q.subject_verbs))}\b",
    re.IGNORECASE,
)


def _speaker_phrase(before: str, after: str) -> str | None:
    """The words naming who speaks, as written, or None when the quote is not attributed here."""
    np = _speaker_words(before, after)
    return np if np is not None and _plausible_speaker(np) else None


_SPEAKER_START = _folded(_words(lambda q: q.speaker_starts))


def _plausible_speaker(np: str) -> bool:
    """A name, a pronoun or a determined noun phrase ("un diplomate"), not a stray clause fragment."""
    first = np.split()[0] if np.split() else ""
    return bool(first) and (first[0].isupper() or fold(first) in _SPEAKER_START or fold(first).startswith("l'"))


def _speaker_words(before: str, after: str) -> str | None:
    m = _AFTER.match(after)
    if m and (m.group("pro0") or m.group("pro1") or m.group("pro2")):
        # "dit-elle", "a-t-il ajouté": the pronoun is the subject
        return m.group("pro0") or m.group("pro1") or m.group("pro2")
    if m:
        subject = _SUBJECT_BEFORE_VERB.match(after)
        np_words = subject.group("np").split() if subject else []
        if subject and _looks_like_np(subject.group("np")) and not _INVERTED_SUBJECT.match(after):
            return _clean_np(subject.group("np"))
        np = _first_np(m.group("rest"))
        if np:
            return np
        if np_words:
            return _clean_np(" ".join(np_words))
    m = _BEFORE.search(before) or _BEFORE_THAT.search(before)
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
    while k < len(ws) and (fold(ws[k]) in _PREPOSITION or fold(ws[k]) in _ADVERBIALS):
        if fold(ws[k]) in _PREPOSITION:  # "à la presse", "à cet égard", "dans un communiqué"
            k += 1
            while k < len(ws) and fold(ws[k]) in _DETERMINERS:
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


def _resolve(np: str, participants: list[Participant], people: list[Participant], text: str, pos: int) -> str:
    """The canonical participant the phrase names, or the phrase itself ("un diplomate de l'Unesco")."""
    key = fold(np)
    orgs = [p for p in participants if p.kind == "organization"]
    if key in _PRONOUNS_PERSON:
        return _pronoun_person(people, text, pos) or np
    if key in _PRONOUNS_ORG:
        return _last_person(orgs, text, pos) or np
    return (
        _named_in(np, key, participants, orgs)
        or _issuer(key, orgs)
        or _described(np, key, people, orgs, text, pos)
        or np
    )


def _named_in(np: str, key: str, participants: list[Participant], orgs: list[Participant]) -> str | None:
    """A participant named in the phrase: the phrase is that participant unless the name depends on another
    noun ("l'entourage de Stéphane Séjourné"), then the phrase with the name inside made canonical."""
    org_words = {w for o in orgs for n in [o.name, *o.aliases] for w in fold(n).split()}
    for p in sorted(participants, key=lambda p: -max(len(n) for n in [p.name, *p.aliases])):
        for name in sorted([p.name, *p.aliases], key=len, reverse=True):
            at = _find_word(key, fold(name))
            if at < 0:
                continue
            if re.match(r"\s*'s\s+\w", key[at + len(fold(name)) :]):  # "Mr. Netanyahu's office"
                return _replace_name(np, name, p.name)
            before = key[:at].split()
            if _title_only(before, org_words) and not any(w in lx.OF_WORDS for w in before):
                return p.name
            if set(before) & _DOCUMENT_NOUNS:  # "un communiqué de l'Alliance": the Alliance speaks
                return p.name
            of = lx.OF_WORDS
            dependent = bool(before) and (
                before[-1] in of or (len(before) > 1 and before[-2] in of and before[-1] in lx.SINGULAR_ARTICLES)
            )
            if p.kind == "person" and not dependent and any(lx.is_role_head(w) for w in before):
                return p.name  # "la porte-parole de la présidence française Catherine Colonna"
            return _replace_name(np, name, p.name)
    return None


def _title_only(before: list[str], org_words: set[str]) -> bool:
    """The words before a name are only its titles: articles, honorifics, roles, nationalities, an
    organisation's words ("BP chairman Carl-Henric Svanberg")."""
    return all(
        w in _DEFINITE
        or w in lx.HONORIFICS
        or lx.is_role_head(w)
        or w in lx.ROLE_MODIFIERS
        or lx.is_nationality(w)
        or w in org_words
        for w in before
    )


def _issuer(key: str, orgs: list[Participant]) -> str | None:
    """ "un communiqué de l'Alliance" -> OTAN (Alliance atlantique): the organisation a document comes from."""
    document = _DOCUMENT_OF.search(key)
    if document and set(key.split()) & _DOCUMENT_NOUNS:
        for o in orgs:
            if any(fold(n).split()[0] == document.group("head") for n in [o.name, *o.aliases]):
                return o.name
    return None


def _described(
    np: str, key: str, people: list[Participant], orgs: list[Participant], text: str, pos: int
) -> str | None:
    """A definite description: the person whose role it repeats ("le ministre français" -> that minister), or
    the organisation it describes ("the oil giant", met as "Oil giant BP"; "le ministère")."""
    words = key.split()
    if not words or not (words[0] in _DEFINITE or key.startswith("l'")):
        return None
    described = content_words(np)
    best, best_at = None, -1
    for p in people:
        if p.role and described & content_words(p.role):
            at = _last_mention(p, text, pos)
            if at > best_at:
                best, best_at = p, at
    if best is not None:
        return best.name
    head = " ".join(words[1:]) if words[0] in _DEFINITE else key[2:]
    for o in orgs:
        names = [fold(n) for n in [o.name, *o.aliases]]
        if head and any(n.startswith(head + " ") or f"{head} {n}" in fold(text) for n in names):
            return o.name
    return None


# "un communiqué de l'Alliance", "a statement of the party": the head word of who issued it (folded text)
_OF = _joined(every(lambda lang: lang.entities.of_words))
_THE = _joined(every(lambda lang: lang.entities.singular_articles))
_DOCUMENT_OF = re.compile(rf"\b(?:{_OF})(?:{_THE})?(?P<head>\w+)$")


def _find_word(haystack: str, needle: str) -> int:
    m = re.search(rf"(?<![\w]){re.escape(needle)}(?![\w])", haystack)
    return m.start() if m else -1


def _replace_name(np: str, name: str, canonical: str) -> str:
    """The phrase with the canonical name in it, without an honorific ("Mr. Netanyahu's office")."""
    np = re.sub(re.escape(name), canonical, np, flags=re.IGNORECASE) if name != canonical else np
    return re.sub(rf"{lx.HONORIFIC_PATTERN}\s+(?={re.escape(canonical)})", "", np)


def _last_mention(p: Participant, text: str, before: int) -> int:
    best = -1
    for name in [p.name, *p.aliases]:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text[:before]):
            best = max(best, m.start())
    return best


def _pronoun_person(people: list[Participant], text: str, pos: int) -> str | None:
    """Who "il" / "he" is: among the people of the last sentences, the subject-like one (first named in
    its sentence), the one the story is about (most mentions), the nearest."""
    sents = [s for s in sentences(text) if s.start < pos]
    window = sents[-3:]
    best: tuple[float, int, str] | None = None
    for p in people:
        names = [p.name, *p.aliases]
        score = 0.0
        last_at = -1
        for n, s in enumerate(window):
            chunk = text[s.start : min(s.end, pos)]
            found = [m.start() for name in names for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", chunk)]
            if not found:
                continue
            first_person = min(
                (
                    m.start()
                    for q in people
                    for name in [q.name, *q.aliases]
                    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", chunk)
                ),
                default=-1,
            )
            score = max(score, 2.0 if min(found) == first_person else 0.0)
            last_at = max(last_at, s.start + max(found))
            if n == len(window) - 1:
                score += 1.0
        if last_at < 0:
            continue
        score += min(3, p.mentions)
        if best is None or (score, last_at) > best[:2]:
            best = (score, last_at, p.name)
    return best[2] if best else _last_person(people, text, pos)


def _last_person(candidates: list[Participant], text: str, before: int) -> str | None:
    scored = [(p, _last_mention(p, text, before)) for p in candidates]
    scored = [(p, pos) for p, pos in scored if pos >= 0]
    return max(scored, key=lambda x: x[1])[0].name if scored else None

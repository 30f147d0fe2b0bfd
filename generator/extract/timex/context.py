"""Sentences and event phrases: what the reader needs next to a date.

Sentences are split with a small rule set (lines, then end punctuation not after an
abbreviation such as "M." or "Dr."), offsets kept. The event phrase is taken from the
clause around the date: a nominal event ("réunion avec ses homologues de l'Otan") when the
clause has an event noun, plus the place introduced by "à"/"in" when it is outside that
phrase; otherwise the clause itself, without the date and the attribution ("a indiqué X").
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

from generator.lang import Language
from generator.lang.folding import fold

from .objects import opening_article
from .programme import (
    _ends_line,
    _hour_alone,
    _item_event,
    _item_text,
    programme_items,
)
from .subject import sentence_subject, without_article, without_openers
from .wording import (
    _APPOSITION_WORDS,
    _EDGES,
    _LIST_ITEM_WORDS,
    _NAME_RUN,
    _PROGRAMME_ITEMS,
    _PROPER,
    _TITLED_NAME,
    FEW_WORDS,
    MAX_WORDS,
    Sentences,
    _adjective_after_noun,
    _any,
    _capital_article_before,
    _cues,
    _event_words,
    _EventWords,
    _group_start,
    _modifiers_start,
    _noun_group_before,
    _noun_phrase,
    _placed_apart,
    _says_verb,
    _trim,
    _verb_cues,
    _with_antecedent,
    content_words,
    is_name,
    says_finite_verb,
    says_only_when,
)


def event_nouns(language: Language) -> re.Pattern[str]:
    """The nouns that name an event in `language` ("sommet", "visit"), case-insensitive."""
    return _event_words(language).nouns


def names_event(phrase: str, language: Language) -> bool:
    """Whether a short phrase is an event's name with more than its noun and no verb ("plaidoiries individuelles",
    "G20 summit"; not "débats pourraient"): a whole clause would say less of the event."""
    return (
        len(content_words(phrase)) >= 2
        and _event_words(language).nouns.search(phrase) is not None
        and _verb_cues(language).search(phrase) is None
    )


_CLAUSE = re.compile(r"[,;:()\u2014]|\s[-\u2013]\s")


_ACRONYM_PARENTHESIS = re.compile(r"\(\s*[A-ZÀ-Ý][\w.'’-]*\s*\)")  # "(AU)", "(Otan)": part of the name before it


def _clauses(sentence: str) -> list[tuple[int, int]]:
    out, last = [], 0
    bounds = _ACRONYM_PARENTHESIS.sub(lambda m: " " * len(m.group(0)), sentence)
    for m in _CLAUSE.finditer(bounds):
        out.append((last, m.start()))
        last = m.end()
    out.append((last, len(sentence)))
    return out


# "les 80 ans du débarquement", "the 75th anniversary of": every built-in language's words
_ANNIVERSARY = re.compile(
    rf"\b(?:{_cues(lambda c: c.anniversary_determiners)}\s+)?\d+{_cues(lambda c: c.ordinal_suffixes)}?\s+"
    rf"{_cues(lambda c: c.anniversary_nouns)}\s+.*",
    re.IGNORECASE,
)


_POSSESSIVE = re.compile(r"['’]s\b")


def _mask(sentence: str, spans: list[tuple[int, int]], words: _EventWords) -> str:
    """The sentence with every date and the preposition that introduced it blanked (offsets kept)."""
    chars = list(sentence)
    for s, e in spans:
        lead = words.date_lead.search(sentence[max(0, s - 30) : s])
        s0 = max(0, s - 30) + lead.start() if lead else s
        e += len(m.group(0)) if (m := _POSSESSIVE.match(sentence, e)) else 0  # "last month's bombing"
        chars[s0:e] = " " * (e - s0)
        _join_incise(sentence, chars, s0, e, words)
    # a defined term in brackets ('the annual general meeting (the "AGM")', "l'assemblée générale (« l'AG »)") only
    # names again what is before it: neither a bound of the clause nor a word of the event
    for m in _DEFINED_TERM.finditer(sentence):
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    # the commas and the short word that join a list of dates ("13, 14 and 16 December") go with them: the list
    # is one part of its clause
    ordered = sorted(spans)
    for (_, e), (s, _) in itertools.pairwise(ordered):
        if words.list_link.fullmatch(sentence[e:s]):
            chars[e:s] = " " * (s - e)
    return "".join(chars)


# a quoted name alone in brackets, after an article or "hereinafter" ('(the "AGM")', '("the Company")', "(ci-après
# « la Société »)"); a backslash before a quote is one a page's script left escaped
_QUOTE_OPEN = r"\\?[\"“«]\s*"
_QUOTE_CLOSE = r"\s*\\?[\"”»]"
_DEFINED_TERM = re.compile(
    rf"\s*\(\s*(?:(?:the|ci-après|hereinafter|dite?s?|ci-dessous|l['’]|la|le|les)\s*)?{_QUOTE_OPEN}[^()\"“”«»]{{1,40}}?"
    rf"{_QUOTE_CLOSE}\s*\)",
    re.IGNORECASE,
)
_INCISE_COMMA = re.compile(r"\s*,\s*$")
_INCISE_OBJECT = re.compile(r"\s*,\s*(?P<det>[\w'’]+)")


def _join_incise(sentence: str, chars: list[str], s0: int, e: int, words: _EventWords) -> None:
    """Blank the commas around a date set off between a verb and its object ("L'Assemblée tiendra, lundi 26 octobre,
    une plénière de dialogue", "The board will hold, on Thursday, a special session"): the object after the date is
    the clause's, and the event; the commas would end the clause at its verb. Not after a speech verb, whose subject
    may follow it ("a indiqué, mardi, le ministre")."""
    before = _INCISE_COMMA.search(sentence, 0, s0)
    after = _INCISE_OBJECT.match(sentence, e)
    if before is None or after is None or opening_article(after.group("det")) not in words.determiners:
        return
    # the verb ends where the comma is ("tiendra"), or its modal is the word before ("will hold")
    cues = list(words.verb.finditer(sentence, max(0, before.start() - 30), before.start()))
    if not cues or not re.fullmatch(r"(?:\s+[\w'’-]+)?", sentence[cues[-1].end() : before.start()]):
        return
    verb = cues[-1]
    if words.attribution.search(sentence, max(0, verb.start() - 20), before.start()):
        return
    for comma in (before.start() + sentence[before.start() : s0].index(","), e + sentence[e:].index(",")):
        chars[comma] = " "


def event_phrase(
    sentence: str,
    start: int,
    end: int,
    language: Language,
    others: list[tuple[int, int]] | None = None,
    anniversary: bool = False,
    following: str = "",
) -> str:
    """A short phrase saying what happens at the date found at [start, end) of `sentence`.

    `others` are the spans of the other dates of the sentence (offsets into it), kept out of
    the phrase; `anniversary` says the date is a commemoration ("les 80 ans du débarquement");
    `following` is the text after the sentence, which says what a date standing alone as a heading
    announces (a programme's day, then its items).
    """
    words = _event_words(language)
    # a character the page's encoding lost, written alone between spaces, stood for a dash ("before the Nov. 3 election
    # \ufffd and Democrats' efforts"): it parts clauses as one (same length, offsets kept)
    sentence = sentence.replace(" \ufffd ", " – ")
    if anniversary:
        m = _ANNIVERSARY.search(sentence[max(0, start - 200) : start])
        if m:
            return _trim(words.lead.sub("", m.group(0)), words)
    masked = _mask(sentence, [(start, end), *(others or [])], words)
    masked = _own_item(masked, start, end, others or [], words)
    masked = _without_cleft(masked, start, end, words)
    attributed = _attributive(sentence, masked, start, end, words)
    if attributed:
        return attributed
    phrase = _phrase(sentence, masked, start, language, following)
    phrase = _with_next_item(sentence, masked, start, phrase, following, words)
    phrase = _with_next_event(sentence, masked, end, phrase, words)
    if not anniversary and "\n" not in sentence.strip() and len(content_words(phrase)) < _FEW_CONTENT:
        # the words around the date say nothing ("les", "Semaine", "à la grève"): the sentence, never a fragment
        whole = _whole_sentence(masked, words, start)
        if len(content_words(whole)) > len(content_words(phrase)):
            return whole
    return phrase


_FOLLOWING_EVENT_WORDS = 6  # words between a date and what follows it: a venue, an hour ("au palais, à 10 h")


def _with_next_event(sentence: str, masked: str, end: int, phrase: str, words: _EventWords) -> str:
    """The phrase with the event said to follow it the same day, after the date ("Le déroulement du scrutin doit
    intervenir le 13 décembre, suivi du début du dépouillement"; "Andrews will perform on Saturday, followed by The Wood
    Brothers"): a day's row names both, as an analyst's agenda does. The phrase alone when the words between the date
    and the link say a verb of their own (another clause) or when the phrase already holds the link."""
    link = words.followed.search(masked, end)
    if link is None or words.followed.search(phrase) or re.search(r"[.;:!?]", masked[end : link.start()]):
        return phrase
    between = masked[end : link.start()]
    if content_words(between) - content_words(phrase) and (
        # the date's clause said after it ("On Saturday, Andrews will perform, followed by ...") is the phrase's own
        len(re.findall(r"\w+", between)) > _FOLLOWING_EVENT_WORDS or _says_verb(between, words)
    ):
        return phrase
    stop = re.compile(rf"{_CLAUSE_STOP.pattern}|[.!?]|{_BLANK.pattern}").search(masked, link.end())
    group = masked[link.end() : stop.start() if stop else len(masked)].strip()
    if not content_words(group) or _says_verb(group, words):
        return phrase
    said = re.sub(r"\s*,[^,]*,\s*", " ", sentence[link.start() : link.end()].lstrip(", "))  # ", suivie, pêle-mêle, d'"
    joined = f"{said}{group}" if said.endswith(("'", "’")) else f"{said} {group}"
    return _trim(f"{phrase}, {joined}", words)


def _own_item(masked: str, start: int, end: int, others: list[tuple[int, int]], words: _EventWords) -> str:
    """The sentence with the items of its other dates blanked, where a link parts items that each close on their own
    date ("des meetings à Arrah le 10, M'batto le 11 puis la clôture le 12": the 11th's is "M'batto"; "La finale aura
    lieu le 8 mai tandis que le Trophée se jouera le 1er août": August's is the Trophée's) or each open with it ("le 10,
    il ira à Paris et le 11, il rencontrera les maires"): the words past the link are the next date's, those before it
    the previous date's (offsets kept). A link between two dates with no words of an item beside it joins a list of
    dates ("les 13, 14 et 16"), no items: the list is one date of its item ("rail strikes on 13-14 and 16-17 December,
    and a walkout on 14-15 December"). An item after the link that only goes on with the clause before it ("et
    rouvrira le 2 mai": a verb without its subject) keeps that clause."""
    spans = sorted({(start, end), *(s for s in others if s[1] <= start or s[0] >= end)})
    first = last = spans.index((start, end))
    while first > 0 and not content_words(masked[spans[first - 1][1] : spans[first][0]]):
        first -= 1
    while last + 1 < len(spans) and not content_words(masked[spans[last][1] : spans[last + 1][0]]):
        last += 1
    opening, closing = spans[first][0], spans[last][1]
    previous_end = spans[first - 1][1] if first > 0 else 0
    if last + 1 < len(spans) and (middle := _middle_link(masked, closing, spans[last + 1][0], words)) is not None:
        masked = masked[: middle[0]] + " " * (len(masked) - middle[0])  # the next date's member is past the link
    elif last + 1 < len(spans):
        bound = _item_bound(masked, closing, spans[last + 1][0], words)
        # an item that closes on its date has its words before it: "Le 10 et le 11, ..." has none
        if bound is not None and (bound[2] or content_words(masked[previous_end:opening])):
            masked = masked[: bound[0]] + " " * (len(masked) - bound[0])
    if first > 0 and (middle := _middle_link(masked, previous_end, opening, words)) is not None:
        masked = _past_link(masked, middle, words)
    elif first > 0:
        bound = _item_bound(masked, previous_end, opening, words)
        item = masked[bound[1] : opening] if bound is not None else ""
        if bound is not None and (bound[2] or words.nouns.search(item) or _own_clause(item, words)):
            masked = " " * bound[1] + masked[bound[1] :]
        elif bound is not None:
            masked = _next_stop(masked, spans[first - 1][0], bound[1], item, words)
    return masked


# the name that ends the words before, from a word's start ("iPhone" ends on no name)
_PLACE_END = re.compile(r"(?<![\w'’.-])[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*\s*$")


def _next_stop(masked: str, previous: int, link_end: int, item: str, words: _EventWords) -> str:
    """The sentence with the stop before the previous date blanked, when the date's own item is only the next stop
    of the same verb: a place ("Le président sera à Lyon le 3 mai, puis à Grenoble le 4 mai" -> the 4th's is "président
    sera à Grenoble"; "The minister will visit Leeds on May 3 and York on May 4" -> "minister will visit York"). The
    verb and its subject are said once for every stop (offsets kept); a name the verb takes counts as a stop. Unchanged
    when the item is no place or name, when no place or name of the same shape ends the words before the previous date,
    or when an honorific opens that name (a person, not a stop)."""
    said = item.strip()
    before = masked[:previous].rstrip()
    if words.place.fullmatch(said):
        stop = next((m for m in words.place.finditer(before) if m.end() == len(before)), None)
    elif _NAME_RUN.fullmatch(said):
        stop = _PLACE_END.search(before)
    else:
        return masked
    if stop is None or not content_words(before[: stop.start()]):
        return masked  # the stop opens the clause: it is its subject, not a place the verb goes to
    last = before[: stop.start()].split()[-1:]
    opening = words.honorific.match(f"{last[0]} ") if last else None
    if opening is not None and opening.end() == len(last[0]):
        return masked  # "recevra M. Dupont le 3 mai et Mme Durand le 4": people received, each named whole
    return masked[: stop.start()] + " " * (link_end - stop.start()) + masked[link_end:]


def _item_bound(masked: str, a: int, b: int, words: _EventWords) -> tuple[int, int, bool] | None:
    """The link that parts the items of two dates, between the first date's end `a` and the second's start `b`: at the
    start of the gap, before the words of the second date's item (items close on their dates), or at its end, after
    the words of the first's (items open with them; True then). None for no link there, a link at both ends, or a gap
    with no words of an item (a list of dates, each with its aside in parentheses)."""
    # an aside in parentheses qualifies the date before it ("les 24 mai (aller) et 29 mai (retour)"): no item's words
    gap = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), masked[a:b])
    links = list(words.item_link.finditer(gap))
    opening = links[0] if links and not gap[: links[0].start()].strip(" ,;") else None
    closing = links[-1] if links and not gap[links[-1].end() :].strip(" ,;") else None
    if (opening is None) == (closing is None):
        return None
    link = opening or closing
    assert link is not None
    rest = gap[link.end() :] if opening else gap[: link.start()]
    if not content_words(rest):
        return None
    return a + link.start(), a + link.end(), closing is not None


def _middle_link(masked: str, a: int, b: int, words: _EventWords) -> tuple[int, int] | None:
    """The link inside the gap between two dates, between the first date's end `a` and the second's start `b`, that
    parts two members of the sentence, each holding its date inside it: a coordinated verb ("Le ministre prendra part,
    le 3, à un dîner et visitera, le 4, la prison") or another event placed after the first ("Ça démarre le 12 à Moscou
    avant le duel en France, le 16, contre le Sénégal"). The words of the gap before the link are the first date's,
    those after it the second's. None when the gap has no such link, or words of an item on one side only (those are
    items that open or close on their dates: see `_item_bound`)."""
    gap = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), masked[a:b])
    last = gap.split()[-1:]
    if last and fold(last[0]) in words.of_words:
        return None  # the second date qualifies a noun ("victims of last month's bombing"): no member's own date
    links = [(m, False) for m in words.item_link.finditer(gap)] + [(m, True) for m in words.sequence.finditer(gap)]
    for link, sequence in sorted(links, key=lambda found: -found[0].start()):
        before, after = gap[: link.start()], gap[link.end() :]
        if not content_words(before) or not content_words(after) or _CLAUSE_STOP.search(before.strip(" ,")):
            continue
        opening = re.match(r"\s*([\w]+['’]?)", after)
        first = fold(opening.group(1)) if opening else ""
        placed = sequence and (first in words.determiners or first in words.of_words)
        if placed or (not sequence and _opens_on_verb(after, words)):
            return a + link.start(), a + link.end()
    return None


def _past_link(masked: str, link: tuple[int, int], words: _EventWords) -> str:
    """The sentence with the first member of a `_middle_link` blanked: up to the link, but the subject the first member
    opens on, which a coordinated verb shares ("Le ministre prendra part ... et visitera": the minister visits), is kept
    (offsets kept)."""
    start, end = link
    if _opens_on_verb(masked[end:], words):
        verb = words.verb.search(masked, 0, start)
        if verb is not None and content_words(masked[: verb.start()]):
            return masked[: verb.start()] + " " * (end - verb.start()) + masked[end:]
    return " " * end + masked[end:]


def _own_clause(item: str, words: _EventWords) -> bool:
    """Whether an item says a verb of its own with its subject before it ("le Trophée des Champions se jouera"), no verb
    that goes on with the clause before the link ("rouvrira", "will reopen")."""
    return _says_verb(item, words) and not _opens_on_verb(item, words)


def _without_cleft(masked: str, start: int, end: int, words: _EventWords) -> str:
    """The sentence without the cleft that puts its date forward ("C'est le 28 novembre que le président recevra ...",
    "It is on Monday that the council will vote ..."): the clause after the link says what happens, as a sentence
    the date opens would (offsets kept)."""
    opening = words.cleft_opening.match(masked)
    if opening is None or masked[opening.end() : start].strip():
        return _without_focusing_cleft(masked, start, end, words)
    link = words.cleft_link.match(masked, end)
    if link is None:
        return masked
    return " " * link.end() + masked[link.end() :]


_SENTENCE_PART_END = re.compile(r"[.;:!?]")
_FOCUS_WORDS = 16  # words between a cleft's opening and its link: a name and its apposition ("X, ministre de ...,")


def _without_focusing_cleft(masked: str, start: int, end: int, words: _EventWords) -> str:
    """The sentence without a cleft that opens a clause after the date or holds it in its focus (offsets kept).

    A cleft that puts the subject forward ("Le 22 juillet, c'est la ministre de la Santé qui viendra à Rodez", "C'est
    d'abord la ministre qui est attendue le 15 juillet") says "the minister will come": its opening and its link go,
    and what comes before an opening the date precedes ("Une semaine plus tard, le 22 juillet,") is the date's frame,
    no event. A cleft whose focus holds the date with other words of time ("Ce n'est qu'après cela, à la mi-mars, que
    les accusés seront interrogés") leaves the clause after its link, as the cleft that puts the date alone does."""
    for opening in words.cleft_anywhere.finditer(masked):
        link = words.cleft_any_link.search(masked, opening.end())
        if link is None or len(masked[opening.end() : link.start()].split()) > _FOCUS_WORDS:
            continue
        if _SENTENCE_PART_END.search(masked, opening.end(), link.start()):
            continue  # the link is another clause's: "c'est un succès. Le comité qui ..."
        before = masked[: opening.start()]
        if before.strip() and (not before.rstrip().endswith(",") or _says_verb(before, words)):
            # a copula inside its clause ("il dit que c'est le maire qui"), or after a clause of its own ("Le ministre
            # viendra le 5 mai, c'est une visite qui compte"): no cleft around the date
            continue
        if words.cleft_not_focus.match(masked, opening.end()):
            continue  # "C'est pourquoi le ministre, qui ...": a connective, no focus
        frame = start < opening.start()  # the date opens the sentence before the cleft: what precedes it is its frame
        if link.group("subject"):
            if not frame and before.strip():
                continue
            # the focus without its apposition ("Brigitte Dupont, ministre de la Santé,"): the name says who
            focus = masked[opening.end() : link.start()]
            head = focus.split(",")[0]
            kept = head + " " * (len(focus) - len(head) + link.end() - link.start())
            return " " * opening.end() + kept + masked[link.end() :]
        if opening.end() <= start and end <= link.start():  # the date in a focus of time: the clause after the link
            return " " * link.end() + masked[link.end() :]
    return masked


_POSSESSOR = re.compile(r"([^,;:]+?)['’]s\s+(?:\w+\s+)?$")  # "the Prime Minister's (first) day": the owner
_OWNER_CHARS = 60

_NAME_BEFORE = re.compile(r"(?:[A-ZÀ-Ý][\w.'’-]*\s+)*[\w.'’-]+$")  # "Donald Trump", "the mayor"


def named_event_group(sentence: str, dates: list[tuple[int, int]], language: Language) -> str:
    """The group of the last event noun a sentence names, without the verb that may follow it ("Le programme du
    sommet a été dévoilé" -> "sommet"), "" when it names none."""
    group = named_event(sentence, dates, language)
    verb = _event_words(language).predicate.search(f" {group} ")
    return _trim(group[: max(0, verb.start() - 1)], _event_words(language)) if verb else group


def named_event(sentence: str, dates: list[tuple[int, int]], language: Language, first: bool = False) -> str:
    """The group of the last event noun a sentence names (the first with `first`), its dates left out ("En juin, il
    faut aussi prévoir douze jours de grève." -> "douze jours de grève"), "" when it names none."""
    words = _event_words(language)
    masked = _mask(sentence, dates, words) if dates else sentence
    noun = _event_noun(masked, 0 if first else len(masked), words, language)
    return _noun_phrase(masked, noun, words) if noun is not None else ""


_TAKEN_UP_WORDS = 4  # a demonstrative, a number or an adjective, its noun: "These six days", "Ces trois journées"


def listed_for(phrase: str, sentence: str, start: int, language: Language) -> str | None:
    """What a sentence whose subject only stands for its list of dates says the list is for, when its first date
    (`start`) follows such a head and the date's phrase names no event ("For processing and admin, these are November
    3, 9 and 15" -> "processing and admin"; "Other dates: June 3" -> ""): its event is named before it. None for any
    other phrase."""
    if not language.date_list_heads or event_nouns(language).search(phrase):
        return None
    words = _event_words(language)
    # the head, then only its verb, what introduces the dates, a year: "these are", "ce sont les", "Autres dates 2019 :"
    head = words.list_head.search(sentence[:start])
    if head is None or _says_verb(sentence[: head.start()], words):
        return None  # "le syndicat mènera son action sur huit jours, les 25 et 26 juin": a clause of its own
    opening = words.complement.match(sentence[: head.start()])  # "For its network,": what the list is for
    if opening is None:
        return ""  # "Autres dates :", "Other dates:" say nothing more
    return _trim(words.lead.sub("", sentence[opening.end() : head.start()].strip(_EDGES)), words)


def taken_up_group(phrase: str, previous: str, language: Language) -> str:
    """What a phrase that is only a demonstrative and its noun ("These six days are August 26, 27 and 31", "Ces trois
    journées auront lieu les 3, 4 et 5 mars") takes up from the sentence before it: the noun group that ends on the
    same noun, with the rest of its clause ("The first six days of jury selection will be spent on hardship inquiry:
    ..." -> "first six days of jury selection will be spent on hardship inquiry"); "" when the phrase is no such
    demonstrative or the sentence before names no such noun."""
    words = _event_words(language)
    tokens = phrase.split()
    demonstratives = {fold(d) for d in language.demonstrative_determiners}
    if not 2 <= len(tokens) <= _TAKEN_UP_WORDS or fold(tokens[0]) not in demonstratives:
        return ""
    head = [m for m in re.finditer(rf"(?<![\w'’-]){re.escape(tokens[-1])}(?![\w'’-])", previous, re.IGNORECASE)]
    if not head:
        return ""
    before = list(re.finditer(r"\S+", previous[: head[-1].start()]))
    at = head[-1].start()  # the group opens on its determiner, a few words before the noun at most
    for token in before[::-1][:_TAKEN_UP_WORDS]:
        if fold(re.split(r"(?<=['’])", token.group(0))[0]) in words.determiners:
            at = token.start()
            break
    clause = re.split(r"[:;.!?()]|\s[-–—]\s", previous[at:])[0]
    return _trim(words.lead.sub("", clause.strip()), words)


_BARE_CLAUSE = 3  # an article, a noun, a verb: "La billetterie ouvre"
_UNNAMED_WORDS = 5  # "Les billets seront disponibles", "La billetterie ouvre", "le jour J !": a clause of how or when


def says_no_event(phrase: str, language: Language) -> bool:
    """Whether a date's phrase is a short clause that names neither an event nor anyone ("Les billets seront
    disponibles", "La billetterie ouvre", "le jour J !", "will be available"): it says how or when, and the event it is
    of was named before it, in the sentences above or the headline."""
    tokens = phrase.split()
    if not tokens or len(tokens) > _UNNAMED_WORDS or event_nouns(language).search(phrase):
        return False
    words = _event_words(language)
    verb = _verb_cues(language).search(phrase)
    if verb is not None:
        said = phrase[: verb.start()]
    elif len(tokens) <= _BARE_CLAUSE and fold(tokens[0]) in words.determiners:
        said = " ".join(tokens[:-1])  # "La billetterie ouvre": a verb no cue knows ends a subject and its article
    else:
        return False  # "chiffres du déficit public": a noun group says what by itself
    pronouns = {
        fold(p)
        for p in (
            *language.subject_pronouns,
            *language.quotes.organisation_pronouns,
            *language.entities.more_subject_pronouns,
        )
    }
    subject = [t for t in said.split() if fold(t) not in words.determiners and fold(t) not in pronouns]
    if len(subject) > 1 or (subject and (subject[0][:1].isupper() or len(subject[0]) < 2)):
        return False  # "Divers témoins seront interrogés", "Liverpool recevra": the subject says who ("y": none)
    # a name or a number says who or which; a capital alone does not ("le jour J")
    return not any((t[:1].isupper() and len(t.strip(_EDGES)) > 1) or any(c.isdigit() for c in t) for t in tokens[1:])


def opens_without_subject(phrase: str, language: Language) -> bool:
    """Whether a phrase opens on its verb ("will close"): its subject is in its own sentence (a verb coordinated with
    another, "The café will remain open, but will close"), never in the sentences above."""
    return _opens_on_verb(phrase, _event_words(language))


def with_event_named(phrase: str, named: str, language: Language) -> str:
    """A phrase that names no event (`says_no_event`) with the event the text named before it ("La billetterie ouvre"
    + "prochaine tournée" -> "La billetterie ouvre – prochaine tournée"); the phrase alone when `named` is no event's
    group or the phrase names one."""
    if not named or not says_no_event(phrase, language) or not event_nouns(language).search(named):
        return phrase
    return f"{phrase} – {_trim(named, _event_words(language))}"


_FULL_NAME_REACH = 2000  # characters before the sentence where the event's full name is looked for: a few paragraphs
_FULL_NAME_END = re.compile(r"[,;:.!?()«»\"“”\n]|\s[-–—]\s")


def named_in_full(
    phrase: str, before: str, language: Language, group_at: Callable[[int], str | None] | None = None
) -> str:
    """A phrase opened by a bare event noun ("forum prévu sur deux jours", "la réunion aura lieu à Tulle") with the
    noun's complement that the text said when it last named the same event in full ("... du Forum international de
    Dakar sur la paix ...": "Forum international de Dakar sur la paix prévu sur deux jours"): a second mention
    drops what the first one said. The phrase itself when it opens otherwise, its noun has its complement already,
    or `before` names the noun with none. `group_at` gives the noun group the parse hangs on the word at an offset
    of `before`, where there is a parse; without one the group runs to its clause's verb."""
    words = _event_words(language)
    tokens = phrase.split(" ")
    opening = 1 if tokens and fold(tokens[0]) in words.articles else 0
    if len(tokens) <= opening or not words.nouns.fullmatch(tokens[opening]):
        return phrase
    rest = " ".join(tokens[opening + 1 :])
    if rest and not (_opens_on_verb(rest, words) or words.participle.match(rest)):
        return phrase  # "grève générale", "visite d'une ferme", "réunion du conseil": the noun says more already
    noun = tokens[opening]
    links = sorted({*words.of_words, *(fold(w) for w in language.topic_links)}, key=len, reverse=True)
    linked = "|".join(re.escape(w).replace("'", "['’]") for w in links)
    mention = re.compile(rf"(?<![\w'’-]){re.escape(noun)}\s+(?:[\w-]+\s+)??(?:{linked})(?:(?<=['’])|\s)", re.IGNORECASE)
    window = before[-_FULL_NAME_REACH:]
    mentions = list(mention.finditer(window))
    if not mentions:
        return phrase
    last = mentions[-1]  # the nearest mention before: the same event
    parsed = group_at(len(before) - len(window) + last.start()) if group_at is not None else None
    if parsed:
        return _trim(f"{parsed} {rest}", words)
    end = _FULL_NAME_END.search(window, last.end())
    full = window[last.start() : end.start() if end else len(window)]
    said = _said_at(full, words)  # the group ends where its clause's verb starts ("la session de X vient de ...")
    full = full[:said].strip() if said is not None else full.strip()
    return _trim(f"{full} {rest}", words)


def part_of_whole(
    phrase: str, opening: str, language: Language, group_at: Callable[[int], str | None] | None = None
) -> str:
    """A phrase opened by a bare noun of a part or a moment of an event ("verdict sera rendu", "rendez-vous a été fixé
    devant l'usine", "ruling is expected") with the event the page's opening line names ("Le procès des attentats du
    13-Novembre suspendu ..." -> "verdict sera rendu – procès des attentats du 13-Novembre"): once a page is about one
    event, its parts are said without it, and an agenda row read alone needs it. The phrase itself when it opens
    otherwise, its noun has a complement already, or the opening line names no other event. `group_at` gives the noun
    group the parse hangs on the word at an offset of `opening`, where there is a parse; without one the group ends at
    the first past participle ("suspendu jusqu'au ...")."""
    words = _event_words(language)
    tokens = phrase.split(" ")
    at = 1 if tokens and fold(tokens[0]) in words.articles else 0
    parts = {fold(n) for n in language.part_event_nouns}
    if len(tokens) <= at or fold(tokens[at]) not in parts:
        return phrase
    rest = " ".join(tokens[at + 1 :])
    if rest and not (_opens_on_verb(rest, words) or words.participle.match(rest)):
        return phrase  # "verdict du procès", "rendez-vous des élus": it says its whole already
    # a headline opens on its noun without a determiner ("Strike at the Acme plant postponed")
    noun = _event_noun(opening, 0, words, language) or words.nouns.match(opening)
    if noun is None:
        return phrase
    parsed = group_at(noun.start()) if group_at is not None else None
    whole = _FULL_NAME_END.split(parsed or _noun_phrase(opening, noun, words))[0]
    if not parsed:  # the headline goes on past its event with what happened to it ("procès ... suspendu")
        said = next(
            (m.start() for m in re.finditer(r"\S+", whole) if m.start() and words.participle.match(m.group(0))), None
        )
        whole = whole[:said] if said is not None else whole
    whole = words.lead.sub("", whole.strip())
    if not whole or fold(tokens[at]) in fold(whole):
        return phrase
    return _trim(f"{phrase} – {whole}", words)


def _said_at(group: str, words: _EventWords) -> int | None:
    """Where, in a noun group run on into its clause, the clause's verb starts; None when it says none."""
    for m in re.finditer(r"\S+", group):
        if m.start() and _opens_on_verb(group[m.start() :], words) and not _PROPER.match(m.group(0)):
            return m.start()
    return None


@functools.cache
def _taking_place(language: Language) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-])(?:{language.taking_place_verbs or '(?!)'})(?![\w'’-])", re.IGNORECASE)


def without_taking_place(phrase: str, language: Language) -> str:
    """An event phrase without the verb that only says its event takes place or is set, right after the event's noun
    group ("réunion du conseil aura lieu à la mairie" -> "réunion du conseil à la mairie", "the hearing will be held
    in Leeds" -> "hearing in Leeds"): an agenda row says that already. The phrase itself when no such verb follows a
    subject that names the event (a noun group, "reprise du championnat", "la première"), or when a pronoun, a name
    or a clause of its own comes before the verb."""
    said = _taking_place(language).search(phrase)
    if said is None:
        return phrase
    words = _event_words(language)
    before = phrase[: said.start()].strip(_EDGES)
    if not before or _says_verb(before, words):
        return phrase
    pronouns = {fold(p) for p in (*language.subject_pronouns, *language.event_pronouns)}
    if fold(before) in pronouns or not content_words(before):
        return phrase
    if not words.nouns.search(before) and _PROPER.match(before):
        return phrase  # "Board of County Commissioners is scheduled for two hearings": a name says who, not what
    shorter = _trim(f"{before} {phrase[said.end() :].strip()}", words)
    # a phrase of a word or two says too little for an agenda row, with the verb or without it: the row is the one the
    # other readings make of it ("L'opération aura lieu samedi. Rendez-vous samedi.": one event said twice, or two)
    return shorter if len(shorter.split()) >= FEW_WORDS else phrase


@functools.cache
def _holding(language: Language) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-])(?:{language.holding_verbs or '(?!)'})(?![\w'’-])", re.IGNORECASE)


_HELD_MODIFIER = re.compile(r"\s*([\w'’-]+)\s+")  # one word before the event noun ("early screenings", "two hearings")


def held_event(phrase: str, language: Language) -> str:
    """An event phrase whose verb only says its subject holds, organises, hosts or calls the event its object or
    complement names ("Le syndicat organisera un rassemblement devant la préfecture" -> "syndicat – rassemblement devant
    la préfecture"; "The committee will hold a hearing on the budget" -> "committee – hearing on the budget"; "The board
    is scheduled for two hearings"), written as an agenda row is: who, then the event, without the verb and the article,
    which say nothing the row does not. The phrase itself when no event noun heads the object (at most one word before
    it), when a clause of its own or a pronoun is the subject (the pronoun is resolved on the whole phrase), and the
    event alone when the subject is too long for a row's head."""
    said = _holding(language).search(phrase)
    if said is None:
        return phrase
    words = _event_words(language)
    rest = phrase[said.end() :].lstrip()
    article = re.match(r"(\w+['’]?)\s*", rest)  # "une", "the", "l'"
    if article is not None and fold(article.group(1).replace("’", "'")) in words.determiners:
        rest = rest[article.end() :]
    noun = words.nouns.match(rest)
    if noun is None:
        modifier = _HELD_MODIFIER.match(rest)
        if modifier is None or words.nouns.match(rest, modifier.end()) is None:
            return phrase
    event = rest.strip(_EDGES)
    # who is the subject right before the verb, past an opening adverbial or a heading ("Pour imposer la rupture,
    # l'intersyndicale appelle à", "GREVE SNCF - La CGT appelle à")
    who = _CLAUSE_STOP.split(phrase[: said.start()])[-1].strip(_EDGES)
    who = words.lead.sub("", who).strip(_EDGES)
    pronouns = {fold(p) for p in (*language.subject_pronouns, *language.event_pronouns)}
    if fold(who) in pronouns or _says_verb(who, words) or words.relative_word.search(who):
        return phrase
    if not re.search(r"[^\W\d]{2,}", who) or len(who.split()) > _HEADLINE_WHO:  # "CGT" says who
        return _trim(event, words)
    return _trim(f"{who} – {event}", words)


def _attributive(sentence: str, masked: str, start: int, end: int, words: _EventWords) -> str:
    """The noun a date qualifies, standing between a determiner and it ("Trump's July 25 call", "the 2016 election",
    "the Saturday debate"), with its possessor and its complements; "" when the date qualifies no noun."""
    determiner = words.attributive.search(sentence[max(0, start - 30) : start]) if words.attributive else None
    noun = re.match(r"\s+([a-z][\w-]*)", sentence[end:])
    if determiner is None or noun is None:
        return ""
    if words.dangling.search(" " + noun.group(1)) or _says_verb(noun.group(1), words):
        return ""  # "the 25th in Paris", "the 25th was": no noun after it
    tail = masked[end:]
    stop = _CLAUSE_STOP.search(tail)
    tail = tail[: stop.start()] if stop else tail
    cut = words.cut.search(tail)
    tail = tail[: cut.start()] if cut else tail
    owner = ""
    mark = re.search(r"['’]s\s+$", determiner.group(0))
    if mark:  # "Trump's": whose it is, said with it
        at = start - len(determiner.group(0)) + mark.start()
        name = _NAME_BEFORE.search(sentence[:at])
        owner = name.group(0) + sentence[at : at + 2] if name else ""
    return _trim(f"{owner} {tail}", words)


_ITEM_WORDS = 8  # a programme line's first sentence this short leaves room for the next one in the agenda row


def _with_next_item(sentence: str, masked: str, start: int, phrase: str, following: str, words: _EventWords) -> str:
    """A day that heads a line of a programme ("--Monday, Nov. 18: The Gorbachevs arrive in the late morning. The
    Swiss hold two welcoming ceremonies at Le Reposoir.") holds the line's sentences: a short first one is followed
    by the next of the same line."""
    label = re.match(r"[\s\-–—•*·]*:", masked[:start] + masked[start:].lstrip(" ,"))
    if label is None or masked[:start].strip(" -–—•*·") or len(phrase.split()) >= _ITEM_WORDS:
        return phrase
    if not following[:1].isspace() or following[:1] == "\n" or "\n" in following.split(".")[0]:
        return phrase  # the line ends with the sentence
    sentences = Sentences(following.split("\n")[0])
    a, b = sentences.spans[0]
    return _trim(f"{phrase}; {following[a:b].strip().rstrip('.')}", words)


def _phrase(sentence: str, masked: str, start: int, language: Language, following: str) -> str:
    """The phrase the words around the date give: a heading's programme, a parenthesis' name, an event
    noun's group, or the clause without one."""
    words = _event_words(language)
    alone = following and "\n" not in sentence.strip() and len(re.findall(r"\w+", masked)) <= 1
    if alone and _ends_line(following):
        return programme_items(following, language, hour=_hour_alone(sentence))
    if alone and all(words.lead.fullmatch(w) for w in re.findall(r"\w+", masked)):
        # "– 28 janvier. Date limite de dépôt des amendements.": the date, a full stop, then its item on the line; not
        # "Suivront les 8 et 9 mars. Soit quatre jours de grève.", a sentence of its own
        return _trim(words.lead.sub("", _item_event(_item_text(following.split("\n")[0], language), language)), words)
    on_agenda = words.agenda.search(masked)
    if on_agenda and on_agenda.end() <= start:
        # "Le climat et les océans seront au programme de la session de lundi": the session, about the climate
        host, about = _trim(words.lead.sub("", masked[on_agenda.end() :]), words), masked[: on_agenda.start()]
        return _trim(f"{host} – {words.lead.sub('', about).strip()}" if host else about, words)
    labelled = _labelled_items(masked, start, words)
    if labelled:
        return labelled
    masked = _without_parenthesis_asides(masked, start)
    masked = _without_source(masked, start, words)
    masked = _without_opening_asides(masked, start, words, language)
    masked = _without_subject_aside(masked, start, words)
    masked = _without_comment_aside(masked, start, words)
    clauses = _clauses(masked)  # a comma inside a date or a list of dates ("Tuesday, the 24th") parts no clause
    idx = next((i for i, (a, b) in enumerate(clauses) if a <= start < b or a <= start <= b), len(clauses) - 1)
    if sentence[max(0, start - 2) : start].strip().endswith("(") and idx > 0:
        previous = masked[clauses[idx - 1][0] : clauses[idx - 1][1]].rstrip()
        qualified = _participle_apposition(masked, clauses, idx - 1, words) if idx > 1 else None
        return _trim(f"{qualified} {previous.strip()}", words) if qualified else _before_parenthesis(previous, words)
    reported = _reported_before(masked, clauses, idx, start, words)
    if reported:
        return reported
    listed = _day_list(masked, start, words)
    if listed:
        return listed
    participled = _participle_phrase(masked, start, words, language)
    if participled:
        return participled
    opened = _opening_participle(masked, clauses, idx, start, words, language)
    if opened:
        return opened
    when = words.when_clause.match(masked, start)
    if when and not words.nouns.search(masked[clauses[idx][0] : start]):
        # "since 2 March, when Israel imposed a blockade": the clause after the date says what happened then, when
        # the words before it name no event of their own
        stop = _CLAUSE_STOP.search(masked, when.end())
        said = _trim(masked[when.end() : stop.start() if stop else len(masked)], words)
        if len(said.split()) >= FEW_WORDS:
            return said
    holds = words.holds.search(masked)
    if holds and start < holds.end() and not _CLAUSE_STOP.search(masked, holds.start(), holds.end()):
        # "On Sunday, the Prime Minister's day begins with a meeting with ...": what the day holds is its event
        stop = _CLAUSE_STOP.search(masked, holds.end())
        held = words.lead.sub("", masked[holds.end() : stop.start() if stop else len(masked)].strip())
        first, _, rest = held.partition(" ")
        held = rest if rest and fold(first) in words.articles else held  # "une rencontre avec ..."
        # whose day it is, said with a possessive ("the Prime Minister's day"), is who the agenda line names
        owner = _POSSESSOR.search(masked, max(0, holds.start() - _OWNER_CHARS), holds.start())
        whose = words.lead.sub("", owner.group(1).strip(_EDGES)) if owner else ""
        if len(content_words(held)) >= _FEW_CONTENT:
            return _trim(f"{whose} – {held}" if whose else held, words)
    if _apposed_to_name(masked, clauses, idx, words):
        x, y = clauses[idx - 1]
        masked = masked[: x - 1] + " " * (y - x + 1) + masked[y:]  # and the comma before it
        clauses = _clauses(masked)
        idx = next((i for i, (a, b) in enumerate(clauses) if a <= start < b or a <= start <= b), len(clauses) - 1)
    a, b = _date_clause(masked, clauses, idx, words)
    condition = words.condition.search(masked, start, b)
    if condition:  # "Staff will walk out on June 12 unless the talks resume": the condition is no part of the event
        b = condition.start()
    attribute = _copular(masked, a, b, start, words)
    if attribute:
        return attribute
    absolute = words.absolute.search(masked, a, start)
    if absolute and _BLANK.search(masked, a, absolute.start()) and len(content_words(absolute.group("clause"))) >= 2:
        # "The drivers strike on Monday, with the guards joining on Thursday": the main clause says another date's event
        # (blanked before the absolute clause), the absolute clause this one's; "meet with the leaders visiting on
        # Thursday", with no other date, is one clause
        return _trim(words.lead.sub("", absolute.group("clause")), words)
    relative = _relative_before(masked, a, start, words)
    happens = relative is not None and words.happens.match(masked, relative, start)
    if relative is not None and not happens:
        # "... de Marseille qui recevra dimanche Brest": what the relative says is the date's; "X, qui aura lieu à Sète"
        # names the event itself, read below
        return _clause_phrase(masked, relative, b, start, words, language)
    list_from = _list_start(masked, clauses, a, words)
    in_list, a = list_from < a, min(a, list_from)
    clause_end = b  # the event noun is the clause's own: a complement's noun is often another event's
    masked, b = _with_complements(masked, clauses, b, words)
    own = clauses[idx][0]
    masked = _without_asides(masked, clauses, a, b, words)
    masked = _without_dash_aside(masked, a, own, words)
    if a < own and masked[own - 1] == "," and not in_list:  # the subject: "La ministre, Claire Dubois, recevra"
        masked = masked[: own - 1] + " " + masked[own:]
    own_end = clauses[idx][1]
    if (
        own_end < b
        and masked[own_end] == ","
        and not _says_verb(masked[own:own_end], words)
        and _opens_on_verb(masked[own_end + 1 : b], words)
    ):
        masked = masked[:own_end] + " " + masked[own_end + 1 :]  # the verb after it: "Le président, mardi, recevra"
    region = masked[a:b]
    noun = _event_noun(masked[a:clause_end], start - a, words, language)
    complement = None if noun is not None else _complement_noun(masked, a, clause_end, b, words)
    if complement is not None:
        # the clause names no event, its complement does: who, then the event ("Joe Biden – celebration of ...")
        group = _noun_phrase(region, complement, words)
        who = sentence_subject(masked[a:clause_end].strip(_EDGES), language)
        if who is None or fold(who) in language.vague_subjects or len(who.split()) > _HEADLINE_WHO:
            return group
        return _trim(f"{who} – {group}", words)  # its article kept: "le chef de l'État" is a role to resolve
    if noun is not None:
        group = _noun_phrase(region, noun, words)
        if not _said_by_its_subject(region[: noun.start()], language):
            return group
        # who does it, then the event's group: "Ban Ki-moon will address the opening of the AU summit"; a longer
        # run of words before the noun is a clause of its own, read as one below
        who = _past_other_date(
            region[: _modifiers_start(region, _group_start(region, noun), words)], start - a, words, language
        )
        who = words.lead.sub("", _unattributed(who, start - a, words).strip())
        if len(who.split()) <= _HEADLINE_WHO:
            return _trim(f"{who} {group}", words)
    topic = words.topic.match(masked)
    if topic and topic.end() <= start:  # "Quant à la réunion du Conseil, trois sont programmées : le 1er mars"
        return _trim(words.lead.sub("", topic.group(1)), words)
    return _clause_phrase(masked, a, b, start, words, language)


_SPEAKER_WORDS = 6  # words of who says it, in an attribution after its clause ("the two sides", "le maire")


def _copular(masked: str, a: int, b: int, start: int, words: _EventWords) -> str:
    """What a clause that says what its subject is names: the attribute, when the subject is only the date ("Mardi
    sera la dernière journée du procès" -> "dernière journée du procès"; "Tuesday will be the third and final public
    hearing"); the clause, when the subject is an event the attribute names again ("La 19e journée, programmée le 22
    décembre, sera la dernière des matchs aller"; "His first game will be a home fixture against Norwich on
    Saturday"), without a participle's aside. "" otherwise: an attribute that judges ("sera un moment de bascule")
    says nothing of what happens."""
    copula = words.copula.search(masked, a, b)
    if copula is None or _CLAUSE_STOP.search(masked, copula.end(), max(copula.end(), start)):
        return ""
    subject, attribute = masked[a : copula.start()], masked[copula.end() : b]
    pieces = subject.split(",")  # without a participle's aside ("La 19e journée, programmée le 22 décembre, sera")
    subject = " ".join(p for k, p in enumerate(pieces) if not k or not words.participle.match(p.strip()))
    if _says_verb(subject, words) or words.relative_word.search(subject):
        return ""  # "the protests that will mark his visit": the copula is a relative's
    first = attribute.split()[0] if attribute.split() else ""
    if fold(re.sub(r"(?<=['’]).*", "", first).replace("’", "'")) not in words.articles | words.determiners:
        return ""  # "sera suivie de", "will be held": no noun group
    if start < copula.start() and not content_words(words.lead.sub("", subject.strip(" ,"))):
        if masked[b : b + 1] == ",":  # "Mercredi sera une grosse journée, avec le conseil des ministres": said after
            return ""
        return _trim(attribute[attribute.index(first) + len(first) :], words)
    if words.nouns.search(subject) and words.nouns.search(attribute):
        return _trim(words.lead.sub("", f"{subject} {copula.group(0)} {attribute}"), words)
    return ""


def _reported_before(masked: str, clauses: list[tuple[int, int]], idx: int, start: int, words: _EventWords) -> str:
    """What an attribution set after its clause reports, when the date is the saying's ("Stellantis and the union have
    reached an agreement, the two sides said Saturday" -> "Stellantis and the union have reached an agreement"; "La
    mairie a fermé la piscine, a indiqué mardi le maire"): the clause before the comma is what happened, who said it
    and when says nothing of it. "" when the date's clause is no such attribution."""
    if idx == 0:
        return ""
    a, b = clauses[idx]
    if masked[clauses[idx - 1][1] : a].strip() != ",":
        return ""
    verb = words.attribution.search(masked, a, b)
    if verb is None or masked[verb.end() : start].strip():
        return ""  # the date is the saying's: right after its verb ("said Saturday", "a indiqué mardi")
    speaker = f"{masked[a : verb.start()]} {masked[verb.end() : b]}"
    if (
        len(speaker.split()) > _SPEAKER_WORDS
        or _says_verb(speaker, words)
        # a preposition: no speaker ("with details to be announced next week")
        or any(words.dangling.fullmatch(" " + w) and fold(w) not in words.determiners for w in speaker.split())
    ):
        return ""
    before = words.lead.sub("", masked[clauses[0][0] : clauses[idx - 1][1]].strip())
    if len(before.split()) < FEW_WORDS or not _says_verb(before, words):
        return ""  # "In a statement, officials said Monday": no clause before it
    return _trim(before, words)


def _labelled_items(masked: str, start: int, words: _EventWords) -> str:
    """The items after the colon of a line that a date opens as its label, when what stands between the date and the
    colon only says when and in what circumstance ("Le mardi 28 avril, à quinze heures, après les questions au
    Gouvernement, et à vingt et une heures trente : proposition de loi sur ... ; deuxième lecture de ..." -> the two
    bills; "– 19 juin à zéro heure : c'est la fin de la campagne" -> "fin de la campagne"): the label's hours and its
    "after the questions" are no event. A date alone before its colon is read as a label below. An item that is
    only possible ("éventuellement, suite de ...") gives way to the next. "" when the line has no such label."""
    colon = masked.find(":", start)
    if colon < 0 or re.search(r"\w", masked[:start]) or re.search(r"[;.!?]", masked[start:colon]):
        return ""
    label = [p for p in masked[start:colon].split(",") if re.search(r"\w", p)]
    if not label or not all(_says_only_when(p, words) or words.circumstance.match(p) for p in label):
        return ""  # "Friday, June 13: The delegates arrive": a bare label, read as one below
    listed = _items_after(masked[colon + 1 :], ";", words, _EDGES + "!?")
    items = [item for item in listed if not words.optional_item.match(item)]
    if not items or len(content_words(items[0])) < _FEW_CONTENT:
        return ""  # "20 juin : le jour J !": the label's words say too little to stand for the day
    return _trim("; ".join(items[:_PROGRAMME_ITEMS]), words)


def _items_after(listed: str, separator: str, words: _EventWords, edges: str = _EDGES) -> list[str]:
    """The items of what follows a colon, split at `separator`, each without its lead word ("puis", "and then") and
    its edges; empty ones dropped."""
    items = (words.lead.sub("", piece.strip(edges)).strip(edges) for piece in re.split(separator, listed))
    return [item for item in items if item]


def _day_list(masked: str, start: int, words: _EventWords) -> str:
    """The first events of the list after a colon, when the date's clause before it names a day of a programme ("La
    journée du jeudi sera le grand moment de la visite : cérémonie d'accueil à la Maison Blanche, hymnes nationaux, ..."
    -> "cérémonie d'accueil à la Maison Blanche; hymnes nationaux"): the clause says only that the day is full, the list
    says what fills it. "" otherwise."""
    colon = masked.find(":", start)
    opening = max(masked.rfind(mark, 0, start) for mark in ".;:")
    if colon < 0 or not words.day_noun.search(masked, opening + 1, colon) or re.search(r"[;()]", masked[start:colon]):
        return ""
    items = _items_after(masked[colon + 1 :], r"[,;]\s+", words)
    items = [part.group(0) if (part := words.coordinated.match(item)) else item for item in items]
    if len(items) < 2:
        return ""  # one clause after the colon: what the day is, read as a clause
    return _trim("; ".join(items[:_PROGRAMME_ITEMS]), words)


def _without_opening_asides(masked: str, start: int, words: _EventWords, language: Language) -> str:
    """A sentence opened by its date, with what stands between the date and its clause blanked: an adverbial of
    circumstance ("Le 16 octobre, à l'occasion du remaniement, Françoise Nyssen n'est pas reconduite" -> "Françoise
    Nyssen n'est pas reconduite"), and what is set off by commas after the clause's subject, before its verb: an
    apposition ("On Tuesday, Israel's military spokesperson, Daniel Hagari, said ..." -> "Daniel Hagari said ...";
    "Lundi, Sebastian Kurz, le chancelier autrichien, a dit" -> "Sebastian Kurz a dit"), of which the name is kept
    (the agenda line says who acts by name), or a relative aside ("the Council, which represents the companies,
    pushed back")."""
    clauses = _clauses(masked)
    if not clauses or not clauses[0][0] <= start <= clauses[0][1] or re.search(r"\w", masked[slice(*clauses[0])]):
        return masked
    k = next((k for k in range(1, len(clauses)) if re.search(r"\w", masked[slice(*clauses[k])])), None)
    if k is None or any(masked[clauses[j][1]] != "," for j in range(k)):
        return masked
    text = lambda i: masked[slice(*clauses[i])]  # noqa: E731
    set_off = lambda j: _set_off(masked, clauses, j, words)  # noqa: E731

    def whole(j: int) -> bool:
        """Whether clause j ends its sentence or what follows it is a comment or a complement of it: no verb after a
        comma is its own ("officials led by Wen Jiabao, then the prime minister, put forward ...": read as it was)."""
        after = clauses[j][1]
        return (
            after >= len(masked)
            or masked[after] != ","
            or words.comment.match(masked, after) is not None
            or (j + 1 < len(clauses) and words.complement.match(text(j + 1)) is not None)
        )

    while (
        k + 1 < len(clauses)
        and masked[clauses[k][1]] == ","
        and words.circumstance.match(text(k))  # its own verb or not: "after the talks ended", "during a flooded ..."
        and (set_off(k + 1) or (sentence_subject(text(k + 1), language) is not None and whole(k + 1)))
    ):
        masked = masked[: clauses[k][0]] + " " * (clauses[k][1] - clauses[k][0]) + masked[clauses[k][1] :]
        k += 1
    return _without_set_off(masked, clauses, k, words) if set_off(k) else masked


def _set_off(masked: str, clauses: list[tuple[int, int]], j: int, words: _EventWords) -> bool:
    """Whether clause j is a subject and clause j + 1 what is set off after it, before the verb of clause j + 2."""
    text = lambda i: masked[slice(*clauses[i])]  # noqa: E731
    return (
        j + 2 < len(clauses)
        and masked[clauses[j][1]] == masked[clauses[j + 1][1]] == ","
        and 0 < len(text(j).split()) <= _APPOSITION_WORDS
        and not _says_verb(words.participle.sub(" ", text(j)), words)  # "officials led by Wen Jiabao" has none
        and not words.relative.match(text(j))
        and not words.complement.match(text(j))
        and (
            (words.relative.match(text(j + 1)) and len(text(j + 1).split()) <= MAX_WORDS)
            or (
                0 < len(text(j + 1).split()) <= _APPOSITION_WORDS
                and not _says_verb(text(j + 1), words)
                and not words.complement.match(text(j + 1))
            )
        )
        and bool(_opens_on_verb(text(j + 2), words) or words.attribution.match(text(j + 2)))
    )


def _without_set_off(masked: str, clauses: list[tuple[int, int]], k: int, words: _EventWords) -> str:
    """The sentence without what clause k + 1 sets off after the subject of clause k (offsets kept): an apposition
    that is the name goes with the subject it names ("Israel's military spokesperson, Daniel Hagari, said" ->
    "Daniel Hagari said"), any other aside goes with its commas ("Sebastian Kurz, le chancelier autrichien, a dit" ->
    "Sebastian Kurz a dit")."""
    named = [is_name(masked[slice(*clauses[i])], words) for i in (k, k + 1)]
    if named == [False, True]:
        x, y, comma = clauses[k][0], clauses[k + 1][0], clauses[k + 1][1]
        return masked[:x] + " " * (y - x) + masked[y:comma] + " " + masked[comma + 1 :]
    x, y = clauses[k][1], clauses[k + 1][1] + 1
    return masked[:x] + " " * (y - x) + masked[y:]


def _without_subject_aside(masked: str, start: int, words: _EventWords) -> str:
    """The sentence without what is set off between its subject and the verb whose clause holds the date ("The Smith
    Band, a folk group from Ohio, will play on Saturday" -> "The Smith Band will play on Saturday"; "Le ministre,
    qui revient de Rome, recevra les maires lundi"), as `_without_opening_asides` does after an opening date: the
    clause before the verb is an aside, the subject is the one before it, and the agenda line says who acts. The
    subject opens the sentence, or the clause after a colon or a semicolon (offsets kept)."""
    clauses = _clauses(masked)
    idx = next((i for i, (a, b) in enumerate(clauses) if a <= start < b), None)
    if idx is None or idx < 2 or not re.search(r"\w", masked[clauses[idx][0] : start]):
        return masked  # the date opens its clause: no verb of the subject's before it
    j = idx - 2
    opening = masked[: clauses[j][0]].rstrip(" ,;:")
    if (
        (opening.strip() and masked[: clauses[j][0]].rstrip()[-1:] not in (":", ";"))
        or not _set_off(masked, clauses, j, words)
        or _place_qualified(masked, clauses, j + 1, words)  # "The festival in Cannes, France, will": one place
    ):
        return masked
    return _without_set_off(masked, clauses, j, words)


def _without_comment_aside(masked: str, start: int, words: _EventWords) -> str:
    """The sentence without a comment set off by commas between its subject and its verb, before the date ("La
    réunion, comme prévu par les statuts, aura lieu le 14 mai" -> "La réunion aura lieu le 14 mai"; "The council, as
    required by law, will vote on June 3"): the comment says nothing of the event, and the subject it parts from its
    verb says who or what the event is. The subject is any short clause without a verb before the comment, and the
    clause after the comment opens on a verb (offsets kept)."""
    clauses = _clauses(masked)
    for j in range(len(clauses) - 2):
        (a, b), (x, y) = clauses[j], clauses[j + 1]
        if y > start:
            break
        subject, aside = masked[a:b], masked[x:y]
        if (
            masked[b] != ","
            or masked[y] != ","
            or not 0 < len(subject.split()) <= _APPOSITION_WORDS
            or _says_verb(subject, words)
            or words.comment_aside.match(aside) is None
            or len(aside.split()) > 2 * MAX_WORDS
            or not _opens_on_verb(masked[slice(*clauses[j + 2])], words)
        ):
            continue
        return masked[:b] + " " * (y + 1 - b) + masked[y + 1 :]
    return masked


def _without_source(masked: str, start: int, words: _EventWords) -> str:
    """The sentence without the adverbial of source that opens it before its date set off by commas ("Toujours selon
    la LC, le vendredi 27 janvier, le président Ouattara rencontrera ...", "According to the agency, on Monday, the
    board will vote ..."): the sentence is then opened by its date (offsets kept)."""
    clauses = _clauses(masked)
    if len(clauses) < 3 or not words.source.match(masked, *clauses[0]):
        return masked
    if masked[clauses[0][1]] != "," or not clauses[1][0] <= start <= clauses[1][1]:
        return masked
    if re.search(r"\w", masked[slice(*clauses[1])]) or masked[clauses[1][1]] != ",":
        return masked  # the date is not set off alone: "According to the agency, the board voted on Monday"
    return " " * clauses[1][0] + masked[clauses[1][0] :]


_PARTICIPLE_REACH = 6  # words between a participle and the date its phrase holds ("passed by Israel's parliament")


def _participle_phrase(masked: str, start: int, words: _EventWords, language: Language) -> str:
    """The noun group a past participle follows, with the participle's phrase, when the date is in that phrase and
    the group names no event ("Les deux alliés sont unis par un traité, signé en juin" -> "traité signé"; "a double
    murder committed in Nice on 6 May" -> "double murder committed in Nice"; "The ban, passed by parliament last
    October, followed ..." -> "ban passed by parliament"): the participle says what happened to the noun at the date.
    The participle follows its noun, set off by a comma or after the clause's verb (the noun is its object): "the
    parliament passed the ban" opens its clause on a subject and a finite verb. "" when the date is in no such phrase,
    or when the group names an event (its own reading, by the event noun, says as much)."""
    before = masked[:start]
    participles = list(words.participle.finditer(before))
    if not participles:
        return ""
    p = participles[-1]
    between = before[p.end() :]
    if (
        len(between.split()) > _PARTICIPLE_REACH
        or re.search(r"[;:()«»\"“”]", between)
        or _says_verb(between, words)
        or not words.coordinated.fullmatch(between)  # "des puissances industrialisées et de la Russie le 6 mai"
    ):
        return ""
    head = before[: p.start()].rstrip()
    aside = head.endswith(",")
    head = head.rstrip(" ,")
    if not head:
        return ""  # the participle opens the text ("signé le 6 mai à Paris, le traité ..."): it follows no noun
    last, previous = (head.split()[-2:] if len(head.split()) > 1 else ["", *head.split()])[::-1]
    if (
        not last
        or fold(last) in words.determiners
        or words.dangling.search(" " + last)
        or (words.participle.fullmatch(last) and fold(previous) not in words.determiners)  # "le permis accordé"
        or (_says_verb(last, words) and fold(previous) not in words.determiners)  # "ce traité signé": a noun
    ):
        return ""  # "a signé", "ont été arrêtés", "has been passed": no noun before the participle
    group = _noun_group_before(head, words)
    if not group or _planned(language, p.group(0)) or (words.nouns.search(group) and not aside):
        return ""  # "La réunion, prévue mardi, est reportée", "investiture par le Parlement prévue le 15": the event's
    governing = head[: len(head) - len(group)].split()[-1:]
    if not aside and not (governing and _governs(governing[0], words)):
        # "The parliament passed the ban last October", "the bill the House passed in May": a subject and its verb
        return ""
    opening = group.split(" ", 1)
    if len(opening) == 2 and fold(opening[0]) in words.determiners:
        group = opening[1]  # "un traité signé en juin": the agenda line says "traité signé"
    tail = masked[start:]
    stop = _CLAUSE_STOP.search(tail)
    named = _NAME_RUN.match(tail, stop.end() + 1) if stop and tail[stop.start()] == "," else None
    if named and re.fullmatch(r"\s*[,.;:]?", tail[named.end() : named.end() + 2][:1]):
        stop = None if named.end() >= len(tail) else re.compile(r"\W").search(tail, named.end())
    tail = tail[: stop.start()] if stop else tail
    part = words.coordinated.match(tail)
    tail = part.group(0) if part else ""
    return _trim(words.lead.sub("", f"{group} {masked[p.start() : start]} {tail}"), words)


def _opening_participle(
    masked: str, clauses: list[tuple[int, int]], idx: int, start: int, words: _EventWords, language: Language
) -> str:
    """An opening clause on a gerund or a past participle that holds the date, headed by the sentence's subject ("After
    leaving London on October 15, Harry and Meghan will be welcomed ..." -> "Harry and Meghan leaving London"; "Arrivé à
    Dakar le 3 mai, le président a rencontré ..." -> "le président arrivé à Dakar"): the subject does it at the date,
    the main clause says what it does next. "" when the date is in no such clause or the main clause has no subject."""
    if idx + 1 >= len(clauses) or masked[clauses[idx][1]] != "," or re.search(r"\w", masked[: clauses[idx][0]]):
        return ""
    opening = masked[clauses[idx][0] : clauses[idx][1]].strip()
    opening = opening[:1].lower() + opening[1:]  # the sentence's capital: "Arrivé", "En quittant"
    text = words.lead.sub("", opening)
    if not any(w.gerund.match(t) or w.participle.match(t) for w in [words] for t in (opening, text)):
        return ""
    main = masked[clauses[idx + 1][0] :].strip()
    subject = sentence_subject(main, language)
    if subject is None or fold(subject) in language.vague_subjects or words.attribution.match(main, len(subject)):
        return ""  # "Speaking on Monday, he said ...": the saying is the event
    text = text if words.gerund.match(text) or words.participle.match(text) else opening
    return _trim(f"{subject} {text}", words)


def _governs(word: str, words: _EventWords) -> bool:
    """Whether the word before a noun group makes it a complement: a preposition, or a verb ("sont unis par un traité",
    "a regretté le changement", "to eliminate the tariffs" is no such verb by its shape, and is left out)."""
    return bool(
        words.dangling.search(" " + word)
        or words.lead.fullmatch(word)  # "après", "after"
        or words.participle.fullmatch(word)
        or _says_verb(word, words)
    )


@functools.cache
def _future_cues(language: Language) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for tense, p in language.tense_cues if tense == "future") or "(?!)", re.I)


def _planned(language: Language, participle: str) -> bool:
    """Whether a participle says an event is planned ("prévue", "scheduled"): it dates the event, says nothing of it."""
    return _future_cues(language).fullmatch(participle) is not None


_BLANK = re.compile(r"\s{3,}")  # where a date was blanked out of the sentence


def _past_other_date(who: str, date_at: int, words: _EventWords, language: Language) -> str:
    """Who does the event, without what they do at another date of the sentence: its subject, then the complement after
    that date ("Albanese will travel to Rome on Friday to attend the inauguration of Pope Leo XIV on Sunday" ->
    "Albanese to attend the" for Sunday: the travel is Friday's)."""
    blanks = [m for m in _BLANK.finditer(who) if not m.start() <= date_at <= m.end()]
    if not blanks or not words.complement.match(who[blanks[-1].end() :]):
        return who
    subject = sentence_subject(who[: blanks[-1].start()], language)
    return who if subject is None else f"{subject} {who[blanks[-1].end() :]}"


_PARENTHESIS_ASIDE = re.compile(r"\((?:[^()]*\s[^()]*)\)")  # of two words or more: not a name's acronym "(Otan)"


def _without_parenthesis_asides(masked: str, start: int) -> str:
    """The text with the asides in parentheses blanked, but the one that holds the date: the clause goes on after one
    ("Les Français votent les 11 et 18 juin (sauf ceux de l'étranger, qui votent dès le 4) pour les législatives")."""

    def blanked(m: re.Match[str]) -> str:
        return m.group(0) if m.start() <= start < m.end() else " " * len(m.group(0))

    return _PARENTHESIS_ASIDE.sub(blanked, masked)


def _said_by_its_subject(before_noun: str, language: Language) -> bool:
    """Whether the event noun is the object of a clause whose subject says who acts ("Ban Ki-moon will address the
    opening of the summit", "The court will deliver its verdict in the fraud trial"): the clause tells more than the
    noun. A subject that names no one ("We will wait for the arrival") leaves the noun the event, and so does a
    language whose agenda lines are nominal (French: "Antony Blinken – réunion avec ses homologues")."""
    if not language.headline_clause:
        return False
    subject = sentence_subject(before_noun, language)
    return subject is not None and fold(subject) not in language.vague_subjects


def _participle_apposition(masked: str, clauses: list[tuple[int, int]], k: int, words: _EventWords) -> str | None:
    """The event noun a clause opening on a past participle qualifies, when the clause before it ends on one ("le
    forum, prévu sur deux jours (18-19 novembre)": the forum is what is planned); None otherwise."""
    if not words.participle.match(masked[clauses[k][0] : clauses[k][1]].lstrip()):
        return None
    before = masked[clauses[k - 1][0] : clauses[k - 1][1]].rstrip()
    noun = next((m for m in words.nouns.finditer(before) if m.end() == len(before)), None)
    return noun.group(0) if noun else None


def _before_parenthesis(previous: str, words: _EventWords) -> str:
    """What a parenthetical date qualifies: the name just before it, with the word that links it
    ("... quittée sous Donald Trump (2017-2021)" -> "sous Donald Trump"), else the last words."""
    name = next((m for m in _NAME_RUN.finditer(previous) if m.end() == len(previous)), None)
    if name:
        link = re.search(r"(?<!\S)[a-zà-ÿ]{1,6}\s+$", previous[: name.start()])
        return _trim(previous[link.start() if link else name.start() :], words)
    return _trim(" ".join(previous.split()[-8:]), words)


def _date_clause(masked: str, clauses: list[tuple[int, int]], idx: int, words: _EventWords) -> tuple[int, int]:
    """The clause that says what happens at the date: its own, or, when it is only the date ("..., le 15
    avril"), the neighbour before it (the one after when that neighbour is a mere label, "Day 1: On June 21,
    Modi will ..."). A clause that opens on its verb has its subject before it ("Le gymnich – la réunion
    informelle – aura lieu les 9 et 10 mars")."""
    a, b = clauses[idx]
    after_label = _label_end(masked, clauses, idx, words)
    if after_label is not None:
        return after_label
    if idx == 0 and not re.search(r"\w", masked[a:b]):
        # a sentence opened by its date ("Le dimanche 8 mars, le président sera ...", "On Tuesday, the 24th, the
        # President will travel ..."): the first clause with words after it, past the dates, is the date's
        k = next((k for k in range(1, len(clauses)) if re.search(r"\w", masked[slice(*clauses[k])])), None)
        if k is not None and (
            all(masked[clauses[j][1]] == "," for j in range(k))
            # a date that heads its line with a colon, its hour set off after it ("July 9: at 10 am, hearing of ...")
            or (k > 1 and masked[clauses[0][1]] == ":" and all(masked[clauses[j][1]] == "," for j in range(1, k)))
        ):
            aside = k
            while (
                aside + 1 < len(clauses)
                and words.contrast.match(masked[slice(*clauses[aside])])
                and masked[clauses[aside][1]] == ","
            ):
                aside += 1  # "Ce dimanche 11 juin, alors que les Français voteront, le président recevra ..."
            return (a, clauses[k][1]) if aside == k else clauses[aside]
    if (
        0 < idx < len(clauses) - 1
        and words.relative.match(masked[a:b])
        and not words.antecedent.match(masked[a:b])  # "..., qui avait démissionné en mars": the name did
        and not words.nouns.search(masked[a:b])
    ):
        # a date inside a relative aside dates its antecedent, and the verb after the aside says what it does
        # ("The conference, which is scheduled for June 13 to 17, will take place at ..."), when the antecedent opens
        # the sentence; after an antecedent inside another clause, the verb is the sentence subject's ("The statement,
        # coming ahead of Xi's visit to India, which is expected between October 11 and 13, is a departure from ...")
        after = clauses[idx + 1]
        opens = idx == 1 and _opens_on_verb(masked[after[0] : after[1]], words)
        return clauses[idx - 1][0], after[1] if opens else clauses[idx - 1][1]
    subject_end = a if not re.search(r"\w", masked[a:b]) and idx > 0 else b
    subject_start = clauses[idx - 1][0] if subject_end == a else a
    if (
        idx + 1 < len(clauses)
        and subject_start == clauses[0][0]  # the sentence's subject, not a number's decimals ("4,3 % en juin, ...")
        and not words.nouns.search(masked[subject_start:subject_end])  # "Deux jours de plaidoiries, mardi, clôtureront"
        and not _says_verb(masked[a:b], words)
        and _opens_on_verb(masked[clauses[idx + 1][0] : clauses[idx + 1][1]], words)
        and (re.search(r"\w", masked[a:b]) or (idx > 0 and not _says_verb(masked[clauses[idx - 1][0] : a], words)))
    ):
        # the subject, the date, then its verb: "The UN's top court on Friday, 2 May, heard a final day of arguments",
        # "Le président, mardi, recevra les syndicats"
        return a if re.search(r"\w", masked[a:b]) else clauses[idx - 1][0], clauses[idx + 1][1]
    if idx > 0 and _opens_on_verb(masked[a:b], words):
        subject = idx - 1
        while subject > 0 and (
            words.relative.match(masked[clauses[subject][0] : clauses[subject][1]])  # "A book, which he wrote, is"
            or _place_qualified(masked, clauses, subject, words)  # "in Eugene, Oregon, will take place"
        ):
            subject -= 1
        return _before_dash_aside(masked, clauses, subject), b
    # a short clause says its event with the one before it; one opened by "which" has the group before it as subject
    if len(re.findall(r"\w+", masked[a:b])) < 3 and idx > 0 and not words.thing_relative.match(masked[a:b]):
        before = masked[clauses[idx - 1][0] : clauses[idx - 1][1]]
        label = len(re.findall(r"\w+", before)) <= 2
        # "Autre temps fort : le lundi 5 octobre, avec l'interrogatoire d'un témoin": the event is named after the
        # date when the words before it name none and say no verb
        named_after = (
            idx + 1 < len(clauses)
            and not words.nouns.search(before)
            and not words.predicate.search(f" {before} ")
            and bool(words.nouns.search(masked[clauses[idx + 1][0] : clauses[idx + 1][1]]))
        )
        # a listing's title, its town, its dates: "Welcome in Tziganie, Seissan, Gers, du 2 au 4 juillet"
        title = idx - 1
        while title > 0 and _NAME_ALONE.fullmatch(masked[clauses[title][0] : clauses[title][1]]):
            title -= 1
        if title < idx - 1 and not words.nouns.search(masked[clauses[title + 1][0] : a]):
            a = clauses[title][0]
        elif (label or named_after) and idx + 1 < len(clauses):
            b = clauses[idx + 1][1]
        else:
            a = clauses[idx - 1][0]
    return a, b


def _list_start(masked: str, clauses: list[tuple[int, int]], a: int, words: _EventWords) -> int:
    """Where the clause that starts at `a` starts when it ends a list set off by commas: at the clause that holds the
    list's first item ("The nurses, the porters and the cleaners will strike"; "UNAC, USW 7600, and OFNHP are expected
    to strike"; "the members who collect, sort and deliver parcels have been asked to strike"). The commas of a list
    part no clause: the list's last items alone, without the first, are a fragment. `a` when it ends no list."""
    k = next((i for i, (x, _) in enumerate(clauses) if x == a), 0)
    end = words.list_end.match(masked, a) if k > 0 else None
    if end is None or end.end() > clauses[k][1] or not _list_item(end.group("item"), words, last=True):
        return a
    first = k
    while first > 0 and _list_item(masked[slice(*clauses[first - 1])], words):
        first -= 1
    if not end.group("item").strip():
        # ", and OFNHP are expected": a list only after two items ("A, B, and C"); "The talks ended, and ..." is two
        # clauses
        return clauses[first][0] if k - first >= 2 else a
    if first == k > 0 and not _opens_aside(masked[slice(*clauses[first - 1])], words):
        first -= 1  # the clause whose last words are the list's first item ("the members who collect, sort and ...")
    return clauses[first][0]


def _list_item(text: str, words: _EventWords, last: bool = False) -> bool:
    """Whether the words between two commas can be an item of a list: a few words, no verb, not an opening adverbial
    ("In Paris", "On Monday"); the last item before the coordinator may be empty (", and C")."""
    count = len(re.findall(r"[\w'’.-]+", text))
    if count == 0:
        return last and not text.strip()
    return count <= _LIST_ITEM_WORDS and not _says_verb(text, words) and not _opens_aside(text, words)


def _opens_aside(text: str, words: _EventWords) -> bool:
    """Whether a clause is an adverbial, a comment or a clause of its own rather than a noun or verb group: it opens on
    a preposition, a circumstance, a source, a contrast, a subordinator or a coordinator, or it only says when."""
    first = text.lstrip().split(" ")[0] if text.strip() else ""
    return (
        not re.search(r"\w", text)
        or _says_only_when(text, words)
        or any(
            p.match(text)
            for p in (words.complement, words.circumstance, words.source, words.contrast, words.relative, words.opener)
        )
        or words.subordinate.match(text.lstrip()) is not None
        or words.coordinated.fullmatch(f"x {first} x") is None
    )


def _says_only_when(text: str, words: _EventWords) -> bool:
    """Whether the words left around a blanked date only say when ("Late  or  ": "Late Tuesday afternoon or 8:30 a.m.
    Wednesday")."""
    return all(
        w.isdigit() or fold(w) in words.when_words or words.lead.fullmatch(w) for w in re.findall(r"[\w'’]+", text)
    )


def _label_end(masked: str, clauses: list[tuple[int, int]], idx: int, words: _EventWords) -> tuple[int, int] | None:
    """The clause after a date that heads a programme's line or opens its sentence, when what comes before it only
    says when: an opening adverbial ("On Day 2 of the visit, June 22, PM Modi will be given ..."), words of time
    ("Late Tuesday afternoon or 8:30 a.m. Wednesday, Feb. 1: The prosecution puts on its first witness"); None
    otherwise."""
    a, b = clauses[idx]
    if not _says_only_when(masked[a:b], words) or not re.search(r"\w", masked[clauses[0][0] : b]):
        return None  # a sentence opened by its date alone is read below
    if any(
        not words.opener.fullmatch(masked[x:y]) and not _says_only_when(masked[x:y], words) for x, y in clauses[:idx]
    ):
        return None
    k = next((k for k in range(idx + 1, len(clauses)) if not _says_only_when(masked[slice(*clauses[k])], words)), None)
    if k is None or any(masked[clauses[j][1]] not in ",:" for j in range(k)):
        return None
    return clauses[k]


def _with_complements(masked: str, clauses: list[tuple[int, int]], b: int, words: _EventWords) -> tuple[str, int]:
    """Where the clause ending at `b` ends with the complements set off by commas after it: its venue, its purpose, its
    court ("Le procès débutera lundi, le 16 novembre, devant la cour d'assises, à Vesoul"; "The minister flies to
    Paris on Monday, for talks on trade"), past the dates between them, whose commas go with them. A complement says
    no verb of its own."""
    k = next((i for i, (_, y) in enumerate(clauses) if y == b), None)
    if k is None:
        return masked, b
    end = b
    dated = masked[clauses[k][0] : b].endswith("  ")  # a date ends the clause: the comma after it goes with it
    for (_, y0), (x, y) in itertools.pairwise(clauses[k:]):
        if masked[y0] != ",":
            break
        text = masked[x:y]
        if not re.search(r"\w", text):
            dated = True  # a date between commas ("lundi, le 16 novembre, devant ..."): its commas go with it
            continue
        if _says_verb(text, words) or words.subordinate.match(text.lstrip()):
            break  # "..., before it votes on the bill": a clause of its own
        if not words.complement.match(text) and _event_object_at(text, words) is None:
            break
        if dated:
            masked = masked[:end] + " " * (x - end) + masked[x:]
        end, dated = y, False
    return masked, end


# what may stand between a complement's preposition and its head noun: an article, a possessive, an ordinal ("pour sa
# deuxième visite", "for the 29th summit"); a longer word is a verb or an adjective of other things ("pour préparer le
# sommet")
_COMPLEMENT_DETERMINERS = re.compile(r"(?:(?:\w{1,4}|\w+(?:ième|ème|th|st|nd|rd))(?:['’]\s*|\s+)){0,2}")


def _complement_noun(masked: str, a: int, clause_end: int, b: int, words: _EventWords) -> re.Match[str] | None:
    """The event noun that heads a complement after the clause (in [clause_end, b)), for a clause that names none:
    "le président sera aux côtés de son épouse, pour la célébration de la journée de la femme" -> "célébration";
    offsets are the region's, from `a`."""
    region = masked[a:b]
    for m in re.finditer(r"[^,]+", region[clause_end - a :]):
        displaced = _event_object_at(m.group(0), words)
        if displaced is not None:  # the clause's object, set off after its adverbials: the event itself
            return words.nouns.match(region, clause_end - a + m.start() + displaced)
        opening = words.complement.match(m.group(0))
        if opening is None:
            continue
        at = clause_end - a + m.start() + opening.end()
        at += len(re.match(r"\s*", region[at:]).group(0))  # type: ignore[union-attr]
        at += _COMPLEMENT_DETERMINERS.match(region, at).end() - at  # type: ignore[union-attr]
        noun = words.nouns.match(region, at)
        if noun is not None and (words.determiner is None or words.determiner.search(region[max(0, at - 30) : at])):
            return noun
    return None


_OBJECT_ARTICLE = re.compile(r"\s*([\w]+(?:['’]|\s+))")
_OBJECT_MODIFIER = re.compile(r"[\w-]+\s+")  # "la nouvelle édition", "the annual festival": one word before the noun


def _event_object_at(piece: str, words: _EventWords) -> int | None:
    """Where the event noun of a piece set off by commas after its clause is, when the piece is a noun group opened by
    an article whose head (or the word after one modifier) is an event noun: the verb's object, put after its
    adverbials ("va présider lundi à Tulle, la cérémonie d'ouverture du salon"; "will open on Saturday in the square,
    the annual festival"); None for any other piece (a verb of its own is read by the caller)."""
    article = _OBJECT_ARTICLE.match(piece)
    if article is None or fold(article.group(1).strip()) not in words.articles:
        return None
    at = article.end()
    for skip in (0, 1):
        if skip:
            modifier = _OBJECT_MODIFIER.match(piece, at)
            if modifier is None:
                return None
            at = modifier.end()
        if words.nouns.match(piece, at):
            return at
    return None


_NAME_ALONE = re.compile(r"\s*[A-ZÀ-Ý][\w'’.-]*\s*")  # "Oregon", "Seine-Saint-Denis"


# words of an apposition to a name before a date ("the birthplace of Islam", "a live weekly radio show from Nashville")
_NAME_APPOSITION_WORDS = 8
_NAME_END = re.compile(r"[A-ZÀ-Ý][\w'’.-]*\s*$")


def _apposed_to_name(masked: str, clauses: list[tuple[int, int]], idx: int, words: _EventWords) -> bool:
    """Whether the clause before a date that stands alone ("..., on May 20") is an apposition to the name that ends
    the clause before it ("Trump arrives in Saudi Arabia, the birthplace of Islam, on May 20"; "Le président arrivera
    à Dakar, capitale du Sénégal, le 12 mars"): a noun group without verb or event noun, saying what the name is, not
    what happens; the event is the clause before it."""
    if idx < 2 or len(re.findall(r"\w+", masked[slice(*clauses[idx])])) >= 3:
        return False
    if masked[clauses[idx - 1][1]] != "," or masked[clauses[idx - 2][1]] != ",":
        return False
    aside = masked[slice(*clauses[idx - 1])].strip()
    head = re.match(r"\w+['’]?", aside)
    return (
        head is not None
        and len(re.findall(r"[\w'’-]+", aside)) <= _NAME_APPOSITION_WORDS
        and (fold(head.group()).replace("’", "'") in words.determiners or aside[0].islower())
        and _NAME_END.search(masked[slice(*clauses[idx - 2])]) is not None
        and not words.nouns.search(aside)
        and not _says_verb(aside, words)
        and not _opens_aside(aside, words)
        and not _says_only_when(aside, words)
    )


def _place_qualified(masked: str, clauses: list[tuple[int, int]], k: int, words: _EventWords) -> bool:
    """Whether clause `k` is one name qualifying the place that ends the clause before it ("in Eugene, Oregon",
    "à Sète, Hérault"): part of that clause, no subject of its own."""
    if k == 0 or not _NAME_ALONE.fullmatch(masked[clauses[k][0] : clauses[k][1]]):
        return False
    before = masked[clauses[k - 1][0] : clauses[k - 1][1]].rstrip()
    return any(m.end() == len(before) for m in words.place.finditer(before))


_DASH = re.compile(r"\s[-–—]\s|—")
# where a clause stops: a comma, a semicolon, a colon, a bracket or a dash between spaces
_CLAUSE_STOP = re.compile(r"[,;:()]|\s[-–—]\s")


def _before_dash_aside(masked: str, clauses: list[tuple[int, int]], subject: int) -> int:
    """Where the subject clause starts, before the aside between dashes that ends at it ("ASLEF members at nine rail
    companies – Avanti West Coast, ..., Southeastern – will be on strike"): the aside lists, the subject is before."""
    end = clauses[subject][1]
    if not _DASH.match(masked, end) and not masked.startswith("—", end):
        return clauses[subject][0]
    for k in range(subject, 0, -1):
        if _DASH.search(masked[clauses[k - 1][1] : clauses[k][0]]):
            return clauses[k - 1][0]
    return clauses[subject][0]


def _without_dash_aside(masked: str, a: int, own: int, words: _EventWords) -> str:
    """The text with the aside between dashes before the date's clause blanked, when it names no event: the list
    between the subject and its verb ("ASLEF members at nine rail companies – Avanti West Coast, ..., Southeastern –
    will be on strike"); "Le gymnich – la réunion informelle – aura lieu" keeps its event noun."""
    dashes = list(_DASH.finditer(masked, a, own))
    if len(dashes) < 2:
        return masked
    x, y = dashes[-2].start(), dashes[-1].end()
    if not masked[a:x].strip() or words.nouns.search(masked[x:y]):
        return masked
    return masked[:x] + " " * (y - x) + masked[y:]


def _opens_on_verb(clause: str, words: _EventWords) -> bool:
    """Whether a clause starts with its verb ("aura lieu …", "recevra les syndicats …", "will take place …")."""
    return bool(words.predicate.match(" " + clause.lstrip()) or words.verb.match(clause.lstrip()))


def _without_asides(masked: str, clauses: list[tuple[int, int]], a: int, b: int, words: _EventWords) -> str:
    """The text with the relative asides inside [a, b) blanked: they say something else than the event."""
    asides = [(x, y) for x, y in clauses if a < x and y < b and words.relative.match(masked[x:y])]
    for x, y in asides:
        x -= masked[x - 1] in ",(–—"  # and the commas around it
        y += y < len(masked) and masked[y] in ",)–—"
        masked = masked[:x] + " " * (y - x) + masked[y:]
    return masked


def _event_noun(region: str, local_start: int, words: _EventWords, language: Language) -> re.Match[str] | None:
    """The event noun nearest the date (one after it is preferred), at the head of a run of them."""
    nouns = list(words.nouns.finditer(region))
    if words.determiner:  # many English event nouns are also verbs ("return", "vote"): those after a determiner
        nouns = [n for n in nouns if words.determiner.search(region[max(0, n.start() - 30) : n.start()])]
    # "la primaire", "les législatives" name events; "l'école primaire" does not: such a word counts after an
    # article or another event noun only
    nouns = [n for n in nouns if not _adjective_after_noun(n, region, words, language)]
    # "à La Réunion": a capitalised noun after a capitalised article inside the sentence is a name, not an event
    nouns = [n for n in nouns if not (n.group(0)[0].isupper() and _capital_article_before(region, n.start(), language))]
    # "a state visit on June 3 before a trip to Ireland": a noun after the date that a sequence word places before or
    # after it is another event
    nouns = [n for n in nouns if n.start() < local_start or not _placed_apart(region[local_start : n.start()], words)]
    if not nouns:
        return None
    noun = min(nouns, key=lambda m: abs(m.start() - local_start) + (0 if m.start() > local_start else 5))
    for other in reversed(nouns):  # "élections européennes": start at the head of a run of event nouns
        if other.end() <= noun.start() and _joins_group(region[other.end() : noun.start()], words):
            noun = other
    return noun


def _joins_group(between: str, words: _EventWords) -> bool:
    """Whether the words between two event nouns make them one name: nothing, or an of-word without an article
    ("cérémonie d'ouverture", "day of action"): the name's head is the first noun; with an article, the second
    is an event of its own ("the debate of the election")."""
    joint = fold(between.strip())
    return not joint or (joint in words.of_words and joint not in words.determiners)  # "du" is "de le"


def _clause_phrase(masked: str, a: int, b: int, start: int, words: _EventWords, language: Language) -> str:
    """Without an event noun: the coordinated part of the clause that holds the date ("... and the Senate
    is expected to take up the bill by the end of the month"), its subject named."""
    region = masked[a:b]
    parts = _clause_parts(region, words)
    part = next(((x, y) for x, y in parts if x <= start - a <= y), (0, len(region)))
    shared = ""
    if len(region[part[0] : part[1]].split()) >= 3:
        shared = _shared_subject(region, part[0], words, language)
        region, a = region[part[0] : part[1]], a + part[0]
    # a date so far into a long clause that a phrase from its opening would end six words or more before it
    # dates the words just before it
    # ("Le ministre abordera ... la mise en œuvre des initiatives décidées ... fin février à Paris"); a clause a speech
    # verb reports opens after it ("X said he will present the case against ... to officials next week")
    reported = words.attribution.search(masked, a, start)
    if reported and not masked[reported.end() : start].strip():
        reported = None  # the date is the saying's ("a déclaré mercredi que ..."): who said it stays
    if reported and len(masked[reported.end() : start].split()) <= MAX_WORDS + MAX_WORDS // 2:
        region, a = masked[reported.end() : b], reported.end()
    elif reported is None:
        # "Les élus espèrent que le chantier débutera en septembre": the clause a verb of thinking governs
        governed = _complement_clause(masked, a, start, b, words)
        if governed is not None:
            region, a = masked[governed:b], governed
    # a date in a clause of its own after the main one dates that clause ("Congress returns from its break before it
    # takes another long recess in October"), whose subject a pronoun takes up or the main clause's is
    stand_in = ""
    sub = list(words.subordinate.finditer(masked, a, start))
    said = sub and len(masked[sub[-1].end() : start].split()) >= 2  # a clause: a subject and a verb, or an infinitive
    if sub and said and len(masked[a : sub[-1].start()].split()) >= FEW_WORDS:
        main, region, a = masked[a : sub[-1].start()], masked[sub[-1].end() : b], sub[-1].end()
        # "before it takes": "it" stands for a name opening the main clause, past its opening adverbial ("From Japan,
        # Modi will travel to Port Moresby where he will host ...")
        named = _TITLED_NAME.match(without_openers(main, language))
        if named and len(named.group(0).split()) <= FEW_WORDS + 1 and fold(named.group(0)) not in words.articles:
            stand_in = named.group(0)  # "The delegation": no name, the pronoun stays
    before = masked[a:start].split()
    window = " ".join(before[-(MAX_WORDS - 2) :])
    # ... unless no verb is near it: the date hangs on the clause's own verb ("he will present the case against the
    # imposition of the tariffs on steel and aluminum to U.S. officials next week")
    far = len(before) > MAX_WORDS + MAX_WORDS // 2
    if far and (words.verb.search(window) or not _said_by_its_subject(region, language)):
        region = window + masked[start:b]
        a = start - len(window)
    text = _unattributed(region, start - a, words)
    text = _with_antecedent(text, masked[:a], words)
    text = words.lead.sub("", text.strip())
    phrase = _trim(text, words)
    pronouns = (*language.subject_pronouns, *language.quotes.organisation_pronouns)
    if stand_in and (opening := re.match(rf"(?:{_any(pronouns)})\b", phrase, re.IGNORECASE)):
        phrase = _trim(stand_in + phrase[opening.end() :], words)
    if shared and _opens_on_verb(phrase, words):
        phrase = _trim(f"{shared} {phrase}", words)
    if len(phrase.split()) < 2:  # too little left in the clause: the sentence says more
        phrase = _whole_sentence(masked, words, start)
    return phrase


def _shared_subject(region: str, at: int, words: _EventWords, language: Language) -> str:
    """The subject a coordinated clause opening on its verb at `at` shares with the clause before it ("The museum is
    closed and will reopen on May 2", "Le musée est fermé et rouvrira le 2 mai": the museum reopens), its article left
    out; "" when the part opens on no verb, the first clause has no subject a few words long, or a relative clause
    before the coordinator may be the one the verb goes on."""
    said = words.lead.sub("", region[at:].lstrip())
    if at == 0 or not _opens_on_verb(said, words) or words.relative_word.search(region, 0, at):
        return ""  # after a relative ("the visit that begins on Monday and will end on Tuesday"), the verb may be its
    who = sentence_subject(region[:at].strip(_EDGES), language)
    if who is None or fold(who) in language.vague_subjects or fold(who) in language.subject_pronouns:
        return ""
    return without_article(who, language)


def _relative_before(masked: str, a: int, start: int, words: _EventWords) -> int | None:
    """Where the relative clause that holds the date opens, when a subject relative pronoun inside the clause [a, ...)
    introduces it after a main clause with its own verb ("Lyon reste troisième, à deux points de Marseille qui recevra
    dimanche Brest"; "The mayor praised the charity which will hold a toy drive on Saturday"): the date is the
    relative's, whose subject is the noun before the pronoun. None when the pronoun opens the clause (its antecedent is
    found apart), or when it is inside the sentence's subject ("The minister who will chair the talks on Monday is")."""
    found = [
        m
        for m in re.finditer(r"(?<=\s)[\w'’]+", masked[a:start])
        if words.antecedent.fullmatch(m.group(0)) or words.thing_relative.fullmatch(m.group(0))
    ]
    if not found:
        return None
    at = a + found[-1].start()
    if not masked[a:at].strip() or _CLAUSE_STOP.search(masked, at, start):
        return None
    if any(m.end() >= at for m in words.clause_relative.finditer(masked, a, start)):
        return None  # "ce qui pourrait intervenir mardi" stands for the clause before it
    if not _says_verb(masked[:at], words) and not re.search(r"\w", masked[:a]):
        return None  # the subject's relative: the main verb comes after it
    before = masked[:at].rstrip()
    group = _noun_group_before(before, words)
    if not group and not re.search(r"[A-ZÀ-Ý][\w'’-]*$", before):
        return None  # no noun group or name just before the pronoun to be its subject
    if words.nouns.search(group):
        return None  # "le sommet de l'Otan qui se déroulera à Washington en juillet": the event noun's group says it
    said = masked[at + len(found[-1].group(0)) : start]
    verb = re.match(r"\s*\S+", said)
    # its verb opens it, and no other comes before the date: "anyone who attended the service must stay ... until"
    # dates the main clause
    if verb is None or not _opens_on_verb(said, words) or words.predicate.search(said, verb.end()):
        return None
    return at


def _complement_clause(masked: str, a: int, start: int, b: int, words: _EventWords) -> int | None:
    """Where the clause that holds the date starts, when a verb of saying or thinking governs it ("Officials hope that
    construction of the tramway will begin in September", "cela ne signifie pas que le jury sera constitué dès ce 14
    novembre"): who hopes or says is no part of what happens. None when no such verb is before the date in [a, start),
    or what follows it is no clause (a subject and a verb of its own: "expect the report in May" has none)."""
    found = [
        m
        for m in words.said_clause.finditer(masked, a, start)
        if m.end() <= start
        and m.group(0)[0].islower()  # "the G8 States", "Hope Street": a name
        # without its complementizer, a clause opens on its subject: "the heads of state to meet" has none
        and (m.group("link") or not words.dangling.match(" " + masked[m.end() : start].split(" ", 1)[0]))
        # nor on a verb: the verb was a participle after its noun ("The dividends declared will be payable", "the
        # measures announced are due")
        and (m.group("link") or not words.verb.match(masked, m.end()))
    ]
    if not found:
        return None
    at = found[-1].end()
    said, before = masked[at:b], masked[at:start].split()
    if not before or len(before) > MAX_WORDS + MAX_WORDS // 2 or len(said.split()) < FEW_WORDS:
        return None  # the date right after the verb is the saying's ("said on Monday that ...")
    return at if _says_verb(said, words) else None


def _clause_parts(region: str, words: _EventWords) -> list[tuple[int, int]]:
    """The parts a coordinator joins, as clauses. Where one side says its verb and the other does not, the other
    is a noun's part ("Édouard Philippe et la plupart de ses conseillers s'installent", "a donné aux responsables
    catholiques et protestants") and they stay one; where neither or both do, they are two clauses. A part that
    ends a few words after "between" is the first of the pair it names ("the match between Senegal and the
    Netherlands has been moved"): one group."""
    out: list[tuple[int, int]] = []
    for a, b in ((p.start(), p.end()) for p in words.coordinated.finditer(region)):
        if out and (
            says_finite_verb(region[a:b], words) != says_finite_verb(region[out[-1][0] : out[-1][1]], words)
            or words.between.search(region[out[-1][0] : out[-1][1]])
        ):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def verb_cues(language: Language) -> re.Pattern[str]:
    """What says a clause has its verb in `language` (a tense cue, a clause verb), case-insensitive."""
    return _verb_cues(language)


def _whole_sentence(masked: str, words: _EventWords, start: int | None = None) -> str:
    """The sentence without its dates, attribution, empty opening, and the comment or condition after the date (",
    adding that talks had failed", ", meaning the union will ...", "unless the talks resume")."""
    comment = words.comment.search(masked, start or 0)
    if comment and start is not None:
        masked = masked[: comment.start()]
    condition = words.condition.search(masked, start or 0)
    if condition and start is not None:  # "... dans le cas où la direction refuserait": no part of the event
        masked = masked[: condition.start()]
    return _trim(words.lead.sub("", _unattributed(masked, start, words).strip()), words)


def _unattributed(text: str, date_at: int | None, words: _EventWords) -> str:
    """What the text says without who says it. A speech verb before the date reports the event ("The union said
    there would be a ban from 18 December": the ban); one after it only says who said it ("..., a-t-il indiqué")."""
    verb = words.attribution.search(text)
    if not verb:
        return text
    said = text[verb.end() :]
    # a date before the verb dates the saying whatever it says ("On Tuesday, the minister told reporters that the",
    # cut at the event noun); one after it, only when the saying says more than a few words
    if date_at is not None and (len(content_words(said)) > _FEW_CONTENT or date_at < verb.start()):
        speaker = text[: verb.start()]
        # the date is the saying's: right after its verb ("a déclaré mercredi que ...", "said on Monday that ..."), or
        # before a speaker who does nothing else ("Last week, Defence Minister Israel Katz said the country would")
        if (date_at >= verb.end() and not text[verb.end() : date_at].strip()) or (
            # the speaker a one-word name the verb's pattern took with it ("On Tuesday, Dangor told the court that"):
            # nothing is left before the verb, the date is still the saying's
            date_at < verb.start()
            and (content_words(speaker) or _determiners_only(speaker, words))
            and not _says_verb(speaker, words)
        ):
            return text
    if date_at is not None and date_at >= verb.end():
        # a clause after the verb is what it reports; a bare object is what it announces ("announced strikes")
        return text[verb.end() :] if len(text[verb.end() :].split()) > _FEW_CONTENT else text
    return text[: verb.start()]


def _determiners_only(text: str, words: _EventWords) -> bool:
    """Whether the words say nothing but determiners, or nothing ("the" before "minister told", whose noun the speech
    verb's pattern took)."""
    return all(fold(w) in words.determiners for w in re.findall(r"[\w'’]+", text))


_FEW_CONTENT = 2  # a phrase with fewer content words than this says nothing
_HEADLINE_WHO = 7  # words of subject and verb before an event noun ("President Cyril Ramaphosa will conduct a")


_ELIDED = re.compile(r"^\w['’]")  # "l’Élysée", "d'Avignon": the name after the elided article


def says_nothing(phrase: str, language: Language) -> bool:
    """Whether an event phrase tells nothing of what happens: empty, or only a place after its preposition ("dans
    Saint-Roch", "in London", "à l'Élysée"), which says where, not what. A name alone without a preposition may be
    the event's own ("Roland-Garros", "Super Bowl"): it stays. Nor do dates and hours alone say what happens ("7pm",
    "samedi 27 novembre de 9h à 12h": the next slot of a list, read as the date's item)."""
    words = phrase.split()
    if not words or says_only_when(phrase, language):
        return True
    prepositions = {fold(p) for p in (*language.entities.place_prepositions, *language.venue_prepositions)}
    if fold(words[0]) not in prepositions or event_nouns(language).search(phrase):
        return False
    connectors = {fold(c) for c in language.entities.connectors}
    rest = [_ELIDED.sub("", w) for w in words[1:]]
    return bool(rest) and all(w[:1].isupper() or fold(w) in connectors for w in rest if w)


_STRONG_BOUND = re.compile(r"[;:()\u2014]|\s[-\u2013]\s")  # bounds of a clause; a comma may be inside one


def whole_clause(sentence: str, at: int, dates: list[tuple[int, int]], language: Language) -> str:
    """The shortest whole clause around the date at `at` in `sentence`, its dates and their leading words left out
    ("L'installation sera déployée à Québec, dans Saint-Roch, du 10 au 20 juin" -> "L'installation sera déployée à
    Québec, dans Saint-Roch"): where the words around the date say nothing of what happens, the clause says more than
    a fragment. Its comma-parts that say nothing else are dropped; it is cut after the part that reaches `MAX_WORDS`.
    "" when nothing but the dates is left."""
    a = max((m.end() for m in _STRONG_BOUND.finditer(sentence, 0, at)), default=0)
    bound = _STRONG_BOUND.search(sentence, at)
    b = bound.start() if bound else len(sentence)
    text = sentence[a:b]
    lead = _event_words(language).date_lead
    for x, y in sorted(((x - a, y - a) for x, y in dates if a <= x and y <= b), reverse=True):
        text = lead.sub("", text[:x].rstrip() + " ").rstrip() + " " + text[y:]
    parts = [p.strip(" .!?\n\t") for p in text.split(",")]
    kept: list[str] = []
    for part in (p for p in parts if content_words(p)):
        kept.append(" ".join(part.split()))
        if sum(len(k.split()) for k in kept) >= MAX_WORDS:
            break
    return ", ".join(kept)

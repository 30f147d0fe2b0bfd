"""Names listed together are of one kind: "les syndicats SNES, SNALC et CGC", "Telstra, Optus and TPG", "les villages
de Tomboroncoto, Ngari et de Maroucounding". A reader types an unknown item of a list by its typed neighbours; so do
we, by their votes, for an item the cues left untyped or typed by a weak vote (the recogniser's alone, a shape
alone). An item with evidence of its own keeps its kind, so a list of mixed kinds ("Emmanuel Macron, l'Élysée et
Matignon": a full name with its given name) is not forced into one (issue 19).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import Mention
from generator.extract.ner.placecues import place_noun_word
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import LOC, OF_WORDS, ORG, PER, Word, is_cap, sentence_start

_ITEM_WORDS = 3  # an untyped item of a list is a short name ("Sundep", "Médina Gounass")
_PERSON_WORDS = 4  # "Ali El Haddad Asufi": a full name an untyped item of a list of people may be
_VOTES = 2  # typed neighbours of one kind needed to type another item
_PLACES_OVER_A_GIVEN_NAME = 3  # places listed around a name a given name opens that make it a town too
_HEAD_REACH = 5  # words back from a list in brackets to the collective noun it details ("l'intersyndicale du second
# degré (...)")
_Item = tuple[int, int, Mention | None]  # words [a, b) and the mention there, if any


def shared_list_kinds(doc: Doc, ws: list[Word], mentions: list[Mention]) -> list[Mention]:
    """The mentions with each list's weak or missing items given the kind its typed items agree on."""
    by_start = {m.wa: m for m in mentions if m.wb > m.wa}
    out = list(mentions)
    for items, anded in _lists(ws, by_start):
        votes = Counter(m.label for _, _, m in items if m is not None)
        if not votes:
            continue
        kind, count = votes.most_common(1)[0]
        if count < _VOTES or len(votes) > 2 or (len(items) < 3 and not anded):
            continue
        others = sum(votes.values()) - count
        for a, b, m in items:
            if m is None and not others and _headed(ws, items[0][0], kind):
                new = _untyped_item(doc, ws, a, b, kind)
                if new is not None and not any(o.start < new.end and new.start < o.end for o in out):
                    out.append(new)
            elif m is not None and m.label != kind and votes[m.label] == 1 and _weak(m, kind, count):
                out[out.index(m)] = replace(m, label=kind, recognised=False, tentative=False, by_town_list=False)
    return sorted(out, key=lambda m: m.start)


def _lists(ws: list[Word], by_start: dict[int, Mention]) -> list[tuple[list[_Item], bool]]:
    """Each list of two names or more in one sentence, joined by commas and "and" (each item maybe after an article or
    "de": "de Ngari et de Maroucounding"), with whether an "and" joins two of its items."""
    found: list[tuple[list[_Item], bool]] = []
    k = 0
    while k < len(ws):
        item = _item_at(ws, k, by_start)
        if item is None:
            k += 1
            continue
        items, anded = [item], False
        while True:
            n = _next_item(ws, items[-1][1], ws[k].sent)
            if n is None:
                break
            linked, start, joined_by_and = n
            # (the article may be the next name's own: "La Pocatière")
            opening = next((p for p in range(linked, start) if p in by_start), start)
            following = _item_at(ws, opening, by_start)
            if following is None:
                break
            items.append(following)
            anded = anded or joined_by_and
        if len(items) >= 2:
            found.append((items, anded))
        k = items[-1][1]
    return found


def _item_at(ws: list[Word], k: int, by_start: dict[int, Mention]) -> _Item | None:
    """The name at word `k`: a mention, or a run of capitalised words that opens no sentence."""
    if k in by_start:
        return (k, by_start[k].wb, by_start[k])
    if not is_cap(ws[k].text) or sentence_start(ws, k) or not ws[k].text[:1].isalpha():
        return None
    end = k
    while end < len(ws) and ws[end].sent == ws[k].sent and is_cap(ws[end].text) and end not in by_start:
        end += 1
    return (k, end, None)


def _next_item(ws: list[Word], b: int, sent: int) -> tuple[int, int, bool] | None:
    """Where the words after a link at `b` (a comma, "and", ", and") start, where the next item starts after an
    article or "de" there, and whether the link is an "and"; None when no link follows."""
    k, anded, linked = b, False, False
    while k < len(ws) and ws[k].sent == sent and (ws[k].text == "," or fold(ws[k].text) in lx.AND_WORDS):
        anded = anded or fold(ws[k].text) in lx.AND_WORDS
        linked = True
        k += 1
    if not linked:
        return None
    after_link = k
    # (a capitalised article inside the sentence is the next name's own: "Blossoms, Editors, The Coral")
    while k < len(ws) and ws[k].sent == sent and fold(ws[k].text) in lx.ARTICLES | OF_WORDS:
        if ws[k].text in lx.GROUP_ARTICLES:
            break
        k += 1
    return (after_link, k, anded) if k < len(ws) and ws[k].sent == sent else None


def _untyped_item(doc: Doc, ws: list[Word], a: int, b: int, kind: str) -> Mention | None:
    """The mention of kind `kind` for the untyped item at words [a, b): a short name of no dictionary word and no
    given name, or among people a full name."""
    keys = [fold(w.text) for w in ws[a:b]]
    if ws[a].text in lx.GROUP_ARTICLES and b - a > 1:
        if kind == PER:
            return None  # ("The Coral" is no person)
        keys = keys[1:]  # (the name's own article, "The Coral", "Les Zanimos")
    if not (_full_name(keys) if kind == PER else _short_name(keys)):
        return None
    text = doc_text(doc)[ws[a].start : ws[b - 1].end]
    return Mention(text, kind, ws[a].start, ws[b - 1].end, ws[a].i, ws[b - 1].j, ws[a].sent, a, b)


def _headed(ws: list[Word], first: int, kind: str) -> bool:
    """Whether a list opening at word `first` may type its untyped items: a list in the sentence's run, or one in
    brackets after a collective noun of its kind ("les syndicats (...)", "l'intersyndicale du second degré (...)",
    "villages (...)"). A list in brackets after another noun names things ("les lignes régionales (Intercités, TER,
    RER et Transilien)"), whatever its typed items read as."""
    if first == 0 or ws[first - 1].text != "(":
        return True
    before = [fold(w.text) for w in ws[max(0, first - 1 - _HEAD_REACH) : first - 1] if w.sent == ws[first].sent]
    if kind == LOC:
        return any(place_noun_word(w) for w in before)
    return any(w in lx.ORG_HEADS or w in lx.JOINT_BODIES for w in before)


def _short_name(keys: list[str]) -> bool:
    """Words a list of organisations or places may add as one more: a short name of letters, no dictionary word,
    no given name first (a person's name needs its own evidence)."""
    if len(keys) > _ITEM_WORDS or keys[0] in lx.FIRST_NAMES or len(keys[0]) < 2:
        return False
    return not any(k in lx.COMMON_WORDS or k in lx.STOP_WORDS or not k.replace("-", "").isalpha() for k in keys)


def _full_name(keys: list[str]) -> bool:
    """Words a list of people may add as one more person: two words or more, all letters, a given name first
    ("Daniel Singer") or no dictionary word at all ("Smail Farisi"); not "Grand Palais"."""
    if len(keys) < 2 or len(keys) > _PERSON_WORDS or not all(k.replace("-", "").isalpha() for k in keys):
        return False
    return keys[0] in lx.FIRST_NAMES or not any(k in lx.COMMON_WORDS or k in lx.STOP_WORDS for k in keys)


def _weak(m: Mention, kind: str, votes: int) -> bool:
    """A mention typed by the recogniser's vote or a shape alone, that no evidence of its own keeps from `kind`
    (`votes` items of the list say so): a person with an honorific stays one, and so does a full name a given name
    opens, unless three places or more surround it ("à Kaffrine, Tambacounda, Médina Gounass et Kédougou": a town
    may open on a given name)."""
    if m.honorific or m.team:
        return False
    words = m.text.split()
    given = len(words) > 1 and fold(words[0]) in lx.FIRST_NAMES
    if m.label == PER and given and not (kind == LOC and votes >= _PLACES_OVER_A_GIVEN_NAME):
        return False
    if m.label == LOC and lx.is_known_place(m.text):
        return False
    if m.label == ORG and kind == PER:
        return False
    return m.recognised or m.tentative or m.by_town_list

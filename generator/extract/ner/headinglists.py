"""Names a page lists under a heading that says what each is: "Défenseurs : Koundé, Clauss, T. Hernandez", or a heading
line ("Gardiens de but", "Goalkeepers") over one name a line ("1. Devis Epassy (Al Ahba Club)").

A squad, a cast or a panel is written so: the heading is a plural role, every item a person of that role, even a
surname alone; read as text, the line of capitalised names looks like a menu and each surname like a word. A heading of
performers lists bands among the singers (organisations), and a list of towns or clubs names sides: neither makes
anyone a person.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.roles import singular_role
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import Word

_HEADING_WORDS = 3  # a list's heading before its colon: a plural role word and maybe its adjective
_HEADING_LINE_WORDS = 4  # a heading line: "Gardiens de but", "Défenseurs centraux"
_ITEM_LINES = 40  # item lines walked up to their heading
_ITEM_SPLIT = re.compile(r"[,;]|\s(?:" + "|".join(sorted(lx.AND_WORDS)) + r")\s")  # a list's items
# an item line: a number or a bullet maybe, a name of up to four words, maybe what brackets add (its club, the bracket
# maybe cut) and a comma or full stop
_ITEM_OPENING = re.compile(r"[ \t]*(?:\d{1,2}[.)-]|[-•*–])?[ \t]*")
_ITEM_CLOSING = re.compile(r"[ \t]*(?:\([^()\n]*\)?)?[ \t]*[,.;]?[ \t]*")
_ITEM_NAME_WORDS = 4  # "Jean-Charles Castelletto", "Paco de Lucia", "Pierre Kunde Malong"
_PARTICLE_CHARS = 3  # a name's lower-case particle: "de", "van", "da"


def heading_role(doc: Doc, ws: list[Word], colon: int) -> str | None:
    """The role each name listed after a line's heading holds ("Défenseurs : A, B, C" -> "défenseur", "Goalkeepers:
    X, Y"): the heading opens its line (after a bullet) and is a plural role word, alone or with one adjective
    ("Défenseurs centraux"), then the colon. A heading of performers ("Artistes", "Acts") lists bands, organisations,
    among the singers: no role and no person by it."""
    text = doc_text(doc)
    k = colon - 1
    while k > 0 and colon - k < _HEADING_WORDS and "\n" not in text[ws[k - 1].end : ws[k].start]:
        k -= 1
    opens_line = k == 0 or "\n" in text[ws[k - 1].end : ws[k].start]
    while k < colon and not any(ch.isalnum() for ch in ws[k].text):
        k += 1  # a bullet
    if not opens_line or not 1 <= colon - k < _HEADING_WORDS or fold(ws[k].text) in lx.PERFORMANCE_WORDS:
        return None
    role = singular_role(ws[k].text)
    if role is None or _lists_things(text, ws[colon].end):
        return None
    return role.lower()  # (capitalised as the line opens)


def _lists_things(text: str, start: int) -> bool:
    """Whether the list from `start` to the line's end names things (`_things`)."""
    end = text.find("\n", start)
    items = [i.strip(" .") for i in _ITEM_SPLIT.split(text[start : end if end >= 0 else len(text)]) if i.strip(" .")]
    return _things(items)


def item_heading_role(doc: Doc, ws: list[Word], a: int, b: int) -> str | None:
    """The role of the name at words [a, b) that holds a line of its own (a number or a bullet before it, a bracket
    after it), under a heading line that is a plural role, over other such item lines maybe ("Gardiens de but" /
    "1. Devis Epassy (Al Ahba Club)" / "2. Fabrice Ondoa" -> "gardien de but"), or None."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, ws[a].start) + 1
    end = text.find("\n", ws[b - 1].end)
    end = len(text) if end < 0 else end
    if not _ITEM_OPENING.fullmatch(text[start : ws[a].start]) or not _ITEM_CLOSING.fullmatch(text[ws[b - 1].end : end]):
        return None
    items = [text[ws[a].start : ws[b - 1].end]]
    for line in reversed(text[: max(start - 1, 0)].split("\n")[-_ITEM_LINES:]):
        role = _heading_line_role(line.strip())
        if role is not None:
            return None if _things(items) else role
        if not line.strip():
            continue
        name = _item_name(line)
        if name is None:
            return None
        items.append(name)
    return None


def _item_name(line: str) -> str | None:
    """The name an item line holds (`item_heading_role`), or None: capitalised words, a short particle between them."""
    opening = _ITEM_OPENING.match(line)
    rest = line[opening.end() if opening else 0 :]
    cut = rest.find("(")
    name, after = (rest, "") if cut < 0 else (rest[:cut], rest[cut:])
    words = name.strip().rstrip(",.;").split()
    if not 1 <= len(words) <= _ITEM_NAME_WORDS or not _ITEM_CLOSING.fullmatch(after):
        return None
    particles_only = all(w[:1].isupper() or w.islower() and len(w) <= _PARTICLE_CHARS for w in words)
    return " ".join(words) if particles_only and words[0][:1].isupper() and words[0][:1].isalpha() else None


def _heading_line_role(line: str) -> str | None:
    """The role a heading line alone gives: a plural role word opening it, then a complement ("Gardiens de but" ->
    "gardien de but") or adjectives ("Défenseurs centraux" -> "défenseur"), maybe a colon."""
    words = line.rstrip(" :").split()
    if not 1 <= len(words) <= _HEADING_LINE_WORDS or fold(words[0]) in lx.PERFORMANCE_WORDS:
        return None
    role = singular_role(words[0])
    if role is None or not all(w.islower() for w in words[1:]):
        return None
    complement = words[1:] if len(words) > 1 and fold(words[1]) in lx.OF_WORDS else []
    return " ".join([role.lower(), *complement])


def _things(items: list[str]) -> bool:
    """Whether half the items of a list or more are known places or organisations ("Vainqueurs : Brest, Lorient,
    Rennes", "Opponents: Chelsea, Real Madrid"): sides named by their towns or clubs, which a role heading does not
    make people."""
    known = sum(lx.is_place(i) or fold(i) in lx.ORG_NAMES for i in items)
    return 2 * known >= len(items)

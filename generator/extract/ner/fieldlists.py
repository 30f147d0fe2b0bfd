"""A body named by the fields it covers, listed with commas and closed by "and" ("Ministry of Environment, Forestry
and Tourism", "Conseil économique, social, environnemental et culturel", "ministère de l'Agriculture, de
l'Alimentation et de la Forêt"): the list belongs to the name, which the commas would otherwise cut into one
organisation per field."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import Mention
from generator.extract.ner.words import ORG, Word, is_cap

_MAX_FIELDS = 6  # more items than a body's name lists are an enumeration of things


def with_listed_fields(doc: Doc, ws: list[Word], found: list[Mention]) -> list[Mention]:
    """Each organisation whose name ends on a field and goes on with ", field, ... and field" takes the list in; the
    mentions the list held (a capitalised field read as a name of its own) are dropped."""
    text = doc.text
    grown: dict[int, Mention] = {}
    for n, m in enumerate(found):
        end = _list_end(ws, m) if m.label == ORG and m.wb > m.wa else None
        if end is None:
            continue
        last = ws[end - 1]
        grown[n] = Mention(text[m.start : last.end], ORG, m.start, last.end, m.i, last.j, m.sent, m.wa, end)
    if not grown:
        return found
    spans = [(g.end, m.end) for n, g in grown.items() for m in [found[n]]]
    out = []
    for n, m in enumerate(found):
        if n in grown:
            out.append(grown[n])
        elif not any(inner < m.start < outer for outer, inner in spans):
            out.append(m)
    return out


def _list_end(ws: list[Word], m: Mention) -> int | None:
    """One past the list's last field, when the words after the name are ", field, ..., and field" with fields of
    the name's last word's kind and nothing capitalised after the last (no name goes on); else None."""
    last = ws[m.wb - 1]
    capitalised = is_cap(last.text)
    # (a body's head opens the name: "Le Monde, Libération et Les Echos" are three titles)
    if m.wb - m.wa < 2 or fold(ws[m.wa].text) not in lx.GENERIC_ORG_WORDS or not _field(last.text, capitalised):
        return None
    k, fields = m.wb, 0
    while fields < _MAX_FIELDS and k < len(ws) and ws[k].sent == last.sent:
        sep = fold(ws[k].text)
        # (the list opens on a comma, or on "and" that repeats the name's "of": "Chambre de Commerce et d'Industrie";
        # "the Commission of the African Union and the Secretary" are two)
        repeated_of = k + 1 < len(ws) and fold(ws[k + 1].text) in lx.OF_WORDS
        if not (sep == "," or sep in lx.AND_WORDS and (fields or repeated_of)):
            return None
        item = _field_at(ws, k + 1, capitalised, last.sent)
        if item is None:
            return None
        k, fields = item, fields + 1
        if sep in lx.AND_WORDS:
            k = _seat_end(ws, k)
            after = ws[k] if k < len(ws) and ws[k].sent == last.sent else None
            return None if after is not None and is_cap(after.text) and not lx.is_role_head(after.text) else k
    return None


def _seat_end(ws: list[Word], k: int) -> int:
    """One past the town or country the name ends on, "of" and a known place after the fields ("... et d'Industrie
    de Paris"), or `k`."""
    if k + 1 >= len(ws) or ws[k + 1].sent != ws[k].sent or fold(ws[k].text) not in lx.OF_WORDS:
        return k
    return k + 2 if is_cap(ws[k + 1].text) and lx.is_known_place(ws[k + 1].text) else k


def _field_at(ws: list[Word], k: int, capitalised: bool, sent: int) -> int | None:
    """One past the field at `k` (after "de" and an article if they open it: "de l'Alimentation"), or None."""
    if k < len(ws) and fold(ws[k].text) in lx.OF_WORDS:
        k += 1
    if k < len(ws) and fold(ws[k].text).replace("’", "'") in lx.ARTICLES:
        k += 1
    if k >= len(ws) or ws[k].sent != sent or not _field(ws[k].text, capitalised):
        return None
    return k + 1


def _field(word: str, capitalised: bool) -> bool:
    """A word that names a field: an adjective of the kind that names one ("économique", "social": the language's
    `field_adjective_endings`), or a common noun of the dictionary written with its capital as the name's own words
    are ("Forestry", "Tourism"); never a place, a given name or a known organisation."""
    key = fold(word)
    if not word.isalpha() or is_cap(word) != capitalised or len(key) < 3:
        return False
    if lx.is_place(word) or key in lx.FIRST_NAMES or key in lx.ORG_NAMES:
        return False
    if key in lx.GENERIC_ORG_WORDS:
        return False  # another body's head ("du Conseil d'Etat et de la Cour de cassation")
    if key.endswith(lx.FIELD_ADJECTIVE_ENDINGS):
        return True
    return capitalised and key in lx.COMMON_WORDS

"""Parties written by a short name or a nickname of one word ("the GOP", "Tory MPs", "the Tories"): news names the
party so more often than in full, and the word before a title or a plural of members is dropped with it elsewhere
(`notname._plural_acronym`). Not the members' nouns and adjectives ("Senate Republicans", "a Maryland Democrat"):
bench/gold counts them as no entity."""

from __future__ import annotations

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import Mention
from generator.extract.ner.notname import PLURAL_ACRONYM
from generator.extract.ner.words import ORG, Word, is_cap, sentence_start


def party_members(ws: list[Word], found: list[Mention]) -> list[Mention]:
    """A party's one-word name or nickname (`party_members`), capitalised and no part of a longer name, as the
    party."""
    taken = {n for m in found for n in range(m.wa, m.wb)}
    out = []
    for k, w in enumerate(ws):
        if k in taken or fold(w.text) not in lx.PARTY_MEMBERS or not (is_cap(w.text) or w.text.isupper()):
            continue
        if _inside_a_name(ws, k) or sentence_start(ws, k) and fold(w.text) in lx.COMMON_WORDS:
            continue  # (the first word of a sentence, "Tory rhetoric hardened": maybe only an adjective)
        out.append(Mention(w.text, ORG, w.start, w.end, w.i, w.j, w.sent, k, k + 1))
    return out


def _inside_a_name(ws: list[Word], k: int) -> bool:
    """A capitalised word before it in the sentence ("Young Labour"), or one after it that is no title or plural of
    members ("Labour Party", "Tory Reform Group"; not "Tory MPs", "GOP Sen. Thune")."""
    prev = ws[k - 1] if k > 0 and ws[k - 1].sent == ws[k].sent else None
    # (a common word capitalised as the sentence's first is no name: "Former Tory MP", "Neither Labour nor")
    opener = prev is not None and sentence_start(ws, k - 1) and fold(prev.text) in lx.COMMON_WORDS
    if prev is not None and is_cap(prev.text) and fold(prev.text) not in lx.ARTICLES and not opener:
        return True
    nxt = ws[k + 1] if k + 1 < len(ws) and ws[k + 1].sent == ws[k].sent else None
    if nxt is None or not is_cap(nxt.text):
        return False
    key = fold(nxt.text)
    return not (lx.is_role_head(nxt.text) or key in lx.HONORIFICS or PLURAL_ACRONYM.fullmatch(nxt.text))

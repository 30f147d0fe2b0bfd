"""Outlets and companies whose brand is written with a lower-case initial ("sur franceinfo", "selon dpa"): the
organisation tables write them so, and no run of capitalised words can find them (issue 19, outlets cited as
sources on real pages)."""

from __future__ import annotations

from generator.extract.ner import lexicon as lx
from generator.extract.ner.cue import Mention
from generator.extract.ner.words import ORG, Word


def lowercase_brands(ws: list[Word], found: list[Mention]) -> list[Mention]:
    """Each word written exactly as a lower-case brand of the organisation tables, no part of a mention found, as
    that organisation (the exact spelling only: "France info" or a common word in lower case is something else)."""
    taken = {n for m in found for n in range(m.wa, m.wb)}
    return [
        Mention(w.text, ORG, w.start, w.end, w.i, w.j, w.sent, k, k + 1)
        for k, w in enumerate(ws)
        if k not in taken and w.text in lx.LOWERCASE_BRANDS
    ]

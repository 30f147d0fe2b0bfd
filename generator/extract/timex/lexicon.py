"""Numbers written in words, read with a language's number words (`generator.lang`)."""

from __future__ import annotations

import re

from generator.extract.folding import fold
from generator.lang import Language

_SPLIT = re.compile(r"[\s\-]+")


def parse_number(words: str, language: Language) -> float | None:
    """Cardinal written in digits or words ("21", "30,4", "vingt-cinq", "quatre-vingts", "twenty one").

    Returns None for vague quantities ("plusieurs", "several"); the caller writes X for them.
    """
    w = fold(words)
    if not w:
        return None
    digits = w.replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if re.fullmatch(r"\d+(?:[.,]\d+)?", digits):
        return float(digits.replace(",", "."))
    table, approximate = language.numbers, language.approximate_numbers
    total, current = 0, 0
    parts = [p for p in _SPLIT.split(w) if p]
    for i, part in enumerate(parts):
        if part in approximate:
            return float(approximate[part])
        if table.get(part) == 10 and i + 1 < len(parts) and parts[i + 1] in table and table[parts[i + 1]] < 10:
            current += 10  # "dix-sept"
            continue
        part = part[:-1] if part in language.number_plurals else part
        if part not in table:
            return None
        value = table[part]
        if value == 100 or value == 1000:
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        elif value == 20 and current == 4 and language.vigesimal:  # quatre-vingt(s)
            current = 80
        else:
            current += value
    return float(total + current)

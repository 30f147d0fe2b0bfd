"""Rules for durations and repetitions: "deux ans", "de 8 à 24 mois", "chaque année", ages.

Each rule is a function of the `RuleContext` and the grammar's match; `resolvers.RESOLVERS`
names them for the grammar.
"""

from __future__ import annotations

import re

from generator.extract.folding import fold

from .lexicon import parse_number
from .rulecontext import RuleContext
from .values import Found, _fmt, duration_value, pod_code, unit_of


def set_(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    g = m.groupdict()
    cues = ctx.language.timex_cues
    if g.get("adj"):  # "annuel", "weekly": its stem says the unit
        a = fold(g["adj"])
        unit = next((u for stem, u in cues.frequency_stems.items() if a.startswith(stem)), None)
        return [Found(m.start(), m.end(), "SET", f"P1{unit}")] if unit else []
    if g.get("wd"):
        return [Found(m.start("wd") - 3, m.end(), "SET", f"XXXX-WXX-{ctx.weekday(g['wd'])}")]
    unit = g.get("unit") or ""
    u = fold(unit).rstrip("s")
    if u in ctx.weekdays:
        return [Found(m.start(), m.end(), "SET", f"XXXX-WXX-{ctx.weekdays[u]}")]
    if u in ctx.language.parts_of_day:
        return [Found(m.start(), m.end(), "SET", "XXXX-XX-XX" + pod_code(ctx.language, u))]
    if u in ctx.language.seasons:
        return [Found(m.start(), m.end(), "SET", "XXXX-" + ctx.language.seasons[u])]
    if u in cues.weekend_words:
        return [Found(m.start(), m.end(), "SET", "XXXX-WXX-WE")]
    if u in cues.yearly_units:
        return [Found(m.start(), m.end(), "SET", "P1Y")]
    num = parse_number(g["num"], ctx.language) if g.get("num") else 1.0
    return [Found(m.start(), m.end(), "SET", duration_value(ctx.language, num, unit))]


def duration_range(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    unit = m.group("unit")
    n1 = parse_number(m.group("n1"), ctx.language)
    n2 = parse_number(m.group("num"), ctx.language)
    if n1 is None or n2 is None or n1 >= n2:
        return []
    return [
        Found(m.start("n1"), m.end("n1"), "DURATION", duration_value(ctx.language, n1, unit)),
        Found(m.start("rest"), m.end("rest"), "DURATION", duration_value(ctx.language, n2, unit)),
    ]


def duration(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """ "deux semaines", "une demi-heure", "quinquennat", "2:05:30", "for years", "the next decade"."""
    g = m.groupdict()
    if g.get("word"):
        return [Found(m.start(), m.end(), "DURATION", duration_value(ctx.language, 1, g["word"]))]
    if g.get("hh"):
        h, mi, se = int(g["hh"]), int(g["mm"]), int(g["ss"])
        return [Found(m.start(), m.end(), "DURATION", f"PT{h}H{mi}M{se}S")]
    if g.get("frac"):
        value = _fraction(ctx, g["frac"], g["unit"])
        return [Found(m.start(), m.end(), "DURATION", value)] if value else []
    if not g.get("num") and not g.get("last"):
        return _bare_unit(ctx, m)
    return _counted(ctx, m)


def _fraction(ctx: RuleContext, frac: str, unit: str) -> str | None:
    """ "une demi-heure" (PT30M), "un quart de siècle" (P25Y), "une demi-année" (P6M); None for no fraction word."""
    letter, mult, clock = unit_of(ctx.language, unit)
    f = fold(frac)
    part = next((v for word, v in ctx.language.timex_cues.fractions.items() if word in f), None)
    if part is None:
        return None
    n = part * mult
    if clock and letter == "H":
        return f"PT{_fmt(n * 60)}M"
    if letter == "Y" and not float(n).is_integer():
        return f"P{_fmt(n * 12)}M"
    return ("PT" if clock else "P") + _fmt(n) + letter


def _bare_unit(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """ "for years", "over months": a duration of unknown length, where the language reads it so."""
    u = fold(m.group("unit"))
    if (
        not ctx.language.bare_plural_unit_is_duration
        or not u.endswith("s")
        or u in ctx.language.timex_cues.not_bare_durations
    ):
        return []
    start = m.start() if m.groupdict().get("pre") else m.start("unit")
    return [Found(start, m.end(), "DURATION", duration_value(ctx.language, None, m.group("unit")))]


def _counted(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """ "deux semaines", "the past three years", "la dernière semaine" (one), "plusieurs mois" (X)."""
    g = m.groupdict()
    unit, num_text, last = g["unit"], g.get("num"), g.get("last")
    u = fold(unit)
    if unit_of(ctx.language, unit) == ("S", 1, True) and ctx.cues.ordinal_after.match(ctx.text[m.end() : m.end() + 15]):
        return []  # "une seconde fois", "a second time": the ordinal, not the unit (the language's second)
    num = parse_number(num_text, ctx.language) if num_text else None
    if num is None and not num_text and last and not u.endswith("s"):
        num = 1.0  # "the next decade", "la dernière semaine"; not "ces derniers mois", a plural
    if num is not None and num > 10000:
        return []
    value = duration_value(ctx.language, num, unit, half=bool(g.get("half")))
    return [Found(m.start(), m.end(), "DURATION", value)]


def age(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """ "un chauffeur de 38 ans" is an age; "une peine de 2 ans", "de 8 à 24 mois" are durations."""
    before = fold(ctx.text[max(0, m.start() - 30) : m.start()]) + " "  # fold() trims: the noun ends in a space
    after = fold(ctx.text[m.end() : m.end() + 25])
    if not (ctx.cues.duration_noun.search(before) or ctx.cues.duration_after.match(after)):
        return []
    out = []
    unit = m.group("unit")
    if m.group("n1"):
        out.append(
            Found(
                m.start("n1"),
                m.end("n1"),
                "DURATION",
                duration_value(ctx.language, parse_number(m.group("n1"), ctx.language), unit),
            )
        )
    num = parse_number(m.group("num"), ctx.language) if m.group("num") else None
    start = m.start("num") if m.group("num") else m.start() + 2
    out.append(Found(start, m.end(), "DURATION", duration_value(ctx.language, num, unit)))
    return out

"""Rules for dates told from the publication day: "mercredi", "demain", "la semaine prochaine", "ce soir".

Each rule is a function of the `RuleContext` and the grammar's match; `resolvers.RESOLVERS`
names them for the grammar.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.extract.folding import fold

from .calendar import add_months, iso, month_value, shift, valid_date, week_value
from .lexicon import parse_number
from .rulecontext import RuleContext
from .values import Found, day_of_month, duration_value, pod_code, unit_of


def deictic(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    word = fold(m.group("word"))
    pod = m.groupdict().get("pod")
    if word in ("aujourd'hui", "today") and not pod and not m.groupdict().get("wd") and _is_present_ref(ctx, m):
        return [Found(m.start(), m.end(), "DATE", "PRESENT_REF")]
    d = ctx.relative_day(m.group("word"))
    if word == "tonight":
        return [Found(m.start(), m.end(), "TIME", (iso(d) if d else "XXXX-XX-XX") + "TNI")]
    if d is None:
        if ctx.anchor is None and word in ("aujourd'hui", "today"):
            return [Found(m.start(), m.end(), "DATE", "PRESENT_REF")]
        return [Found(m.start(), m.end(), "DATE", "XXXX-XX-XX")]
    if m.groupdict().get("h"):
        clock = f"T{int(m.group('h')):02d}:{int(m.group('mi') or 0):02d}"
        return [Found(m.start(), m.end(), "TIME", iso(d) + clock)]
    if pod:
        return [Found(m.start(), m.end(), "TIME", iso(d) + pod_code(ctx.language, pod, m.groupdict().get("edge")))]
    return [Found(m.start(), m.end(), "DATE", iso(d))]


def _is_present_ref(ctx: RuleContext, m: re.Match[str]) -> bool:
    """ "aujourd'hui" as "nowadays" (present-tense generalisation) rather than the publication day."""
    s0, _ = ctx.sentence_of(m.start())
    before = ctx.text[s0 : m.start()]
    after = ctx.text[m.end() : m.end() + 2]
    if ctx.language.today_is_present_by_punctuation:
        return (
            after.startswith(",") or before.rstrip().endswith(",") or bool(re.search(r"\bn(?:e\s|['’])\w+\s+$", before))
        )
    return ctx.tense_of(m) not in ("past", "future")


def weekday(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    wd = ctx.weekday(m.group("wd"))
    det = fold(m.group("det") or "") if m.groupdict().get("det") else ""
    mod = ctx.cues.mod(m.groupdict().get("mod"))
    if det in ("ce", "cette"):
        mod = mod or "this"
    tense = ctx.tense_of(m)
    if det == "depuis":
        tense = "past"
    value = ctx.weekday_value(wd, mod, tense)
    pod = m.groupdict().get("pod")
    start = (
        m.start()
        if det in ("ce", "cette", "le")
        or m.group("mod")
        and m.start("mod") < m.start("wd")  # "next Monday": a modifier before the weekday is in its span
        and fold(m.group("mod")) not in ctx.language.weekday_prepositions
        else m.start("wd")
    )
    end = m.end() - 2 if re.search(r"['’]s$", m.group(0)) else m.end()  # "Friday's announcement"
    if pod:
        return [Found(start, m.end(), "TIME", value + pod_code(ctx.language, pod))]
    return [Found(start, end, "DATE", value)]


def weekday_day(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """ "lundi 15", "Monday the 15th": the month around publication where that day has that weekday."""
    wd, day = ctx.weekday(m.group("wd")), day_of_month(m.group("day"), ctx.language)
    if ctx.anchor is None:
        return [Found(m.start(), m.end(), "DATE", f"XXXX-XX-{day:02d}")]
    options = []
    for k in (-2, -1, 0, 1, 2):
        y, mo = add_months(ctx.anchor.year, ctx.anchor.month, k)
        d = valid_date(y, mo, day)
        if d and d.isoweekday() == wd:
            options.append(d)
    if not options:
        return []
    return [Found(m.start(), m.end(), "DATE", iso(ctx.pick(options, ctx.tense_of(m), None)))]


def night_of(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    value = ctx.weekday_value(ctx.weekday(m.group("wd")), None, ctx.tense_of(m))
    return [Found(m.start(), m.end(), "TIME", value + "TNI")]


def relunit(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    det = fold(m.group("det"))
    unit = fold(m.group("unit"))
    mod = ctx.cues.mod(m.group("mod")) if m.groupdict().get("mod") else None
    if "-ci" in m.group(0) or det in ("ce", "cet", "cette", "this"):
        mod = mod or "this"
    if det in ("next", "the next", "the coming", "the following"):
        mod = "next"
    elif det in ("last", "the past", "the last", "the previous"):
        mod = "last"
    if mod is None:
        return []
    if det == "that":
        return []
    if (
        det.startswith("the ")
        and unit in ("year", "month", "week")
        and mod in ("next", "last")
        and det != "the last"
        or det == "the past"
    ):
        # "the past year", "the next month": a period counted from now (a duration)
        return [Found(m.start(), m.end(), "DURATION", duration_value(ctx.language, 1, unit))]
    n = {"next": 1, "last": -1, "this": 0}[mod]
    pre = fold(m.groupdict().get("pre") or "")
    deadline = pre == "later" and n == 0
    a = ctx.anchor
    if unit in ("semaine", "week"):
        value = week_value(a + dt.timedelta(weeks=n)) if a else "XXXX-WXX"
    elif unit in ("mois", "month"):
        value = month_value(*add_months(a.year, a.month, n)) if a else "XXXX-XX"
    elif unit in ("annee", "an", "year", "fiscal year"):
        value = str(a.year + n) if a else "XXXX"
    elif unit in ("week-end", "weekend"):
        if a is None:
            value = "XXXX-WXX-WE"
        else:
            base = a + dt.timedelta(weeks=n)
            if n == 0 and ctx.tense_of(m) == "past" and a.isoweekday() < 6:
                base = a - dt.timedelta(weeks=1)
            value = week_value(base) + "-WE"
    elif unit in ("trimestre", "quarter"):
        if a is None:
            value = "XXXX-QX"
        else:
            q = (a.month - 1) // 3 + n
            value = f"{a.year + q // 4}-Q{q % 4 + 1}"
    elif fold(unit) in ctx.language.seasons:
        code = ctx.language.seasons[fold(unit)]
        value = f"{a.year + (n if n else 0)}-{code}" if a else f"XXXX-{code}"
    else:
        return []
    return [Found(m.start(), m.end(), "DATE", value, deadline=deadline)]


def season(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    code = ctx.language.seasons[fold(m.group("season"))]
    mod = ctx.cues.mod(m.groupdict().get("mod"))
    if m.groupdict().get("year"):
        return [Found(m.start("season"), m.end(), "DATE", f"{m.group('year')}-{code}")]
    if ctx.anchor is None:
        return [Found(m.start("season"), m.end(), "DATE", f"XXXX-{code}")]
    y = ctx.anchor.year + (1 if mod == "next" else -1 if mod == "last" else 0)
    if mod is None:
        last = {"SP": 5, "SU": 8, "FA": 11, "WI": 14}[code]
        month = ctx.anchor.month + (12 if code == "WI" and ctx.anchor.month <= 2 else 0)
        tense = ctx.tense_of(m)
        if tense == "future" and month > last:
            y += 1  # "will publish its review in the spring", said in November
    return [Found(m.start("season"), m.end(), "DATE", f"{y}-{code}")]


def edge(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    unit = fold(m.group("unit"))
    mod = ctx.cues.mod(m.groupdict().get("mod"))
    context = fold(ctx.text[max(0, m.start() - 12) : m.start("edge")])
    if mod is None:
        mod = "next" if re.search(r"\bnext\s*$", context) else "last" if re.search(r"\blast\s*$", context) else None
    n = {"next": 1, "last": -1}.get(mod or "", 0)
    edge_word = fold(m.group("edge"))
    if mod is None and not re.search(r"\b(?:this|cette|ce)\s*$", context):
        tense = ctx.tense_of(m)
        if edge_word in ("fin", "end") and tense == "past" and unit in ("annee", "an", "year", "mois", "month"):
            n = -1  # "peaked by the end of the year" (said in March): last year's end
        elif edge_word in ("debut", "beginning", "start") and tense == "future":
            n = 1  # "sera lancé début de l'année" (said in May): next year's start
    a = ctx.anchor
    if unit in ("annee", "an", "year"):
        value = str(a.year + n) if a else "XXXX"
    elif unit in ("mois", "month"):
        value = month_value(*add_months(a.year, a.month, n)) if a else "XXXX-XX"
    elif unit in ("semaine", "week"):
        value = week_value(a + dt.timedelta(weeks=n)) if a else "XXXX-WXX"
    elif unit in ctx.language.seasons:
        code = ctx.language.seasons[unit]
        value = f"{a.year + n}-{code}" if a else f"XXXX-{code}"
    elif unit in ("decennie", "decade"):
        value = f"{str(a.year)[:3]}X" if a else "XXXX"
    else:
        return []
    edge = fold(m.group("edge"))
    before = ctx.text[max(0, m.start() - 20) : m.start()]
    deadline = (
        n == 0
        and edge in ("fin", "end")
        and bool(ctx.cues.deadline_before.search(before + m.group(0)[: m.start("edge") - m.start()]))
    )
    if n == 0 and edge in ("fin", "end") and ctx.tense_of(m) == "future":
        deadline = True
    start = m.start()
    lead = re.match(r"(?:à|a|en|by|before|until|at|in|toward|towards)\s+", m.group(0), re.IGNORECASE)
    if lead:
        start += lead.end()
    return [Found(start, m.end(), "DATE", value, deadline=deadline)]


def rentree(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """« la rentrée »: the return to school and work, early September."""
    if ctx.anchor is None:
        return [Found(m.start(), m.end(), "DATE", "XXXX-09")]
    a = ctx.anchor
    if ctx.cues.mod(m.groupdict().get("mod")) == "last" or ctx.tense_of(m) == "past":
        year = a.year if a.month >= 9 else a.year - 1  # the last one
    else:
        year = a.year if a.month <= 9 else a.year + 1  # the coming one (this September's, in September)
    return [Found(m.start(), m.end(), "DATE", month_value(year, 9))]


def ici(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    return [Found(m.start(), m.end(), "DATE", iso(ctx.anchor) if ctx.anchor else "PRESENT_REF")]


def ago(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    num = parse_number(m.group("num"), ctx.language)
    unit = m.group("unit")
    letter, mult, clock = unit_of(ctx.language, unit)
    if num is None or clock:
        return [Found(m.start("num"), m.end("unit"), "DURATION", duration_value(ctx.language, num, unit))]
    if ctx.anchor is None:
        return [Found(m.start(), m.end(), "DATE", "PAST_REF")]
    d = shift(ctx.anchor, -num * mult, letter)
    value = str(d.year) if letter == "Y" else month_value(d.year, d.month) if letter == "M" else iso(d)
    return [Found(m.start(), m.end(), "DATE", value)]


def in_(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    num = parse_number(m.group("num"), ctx.language)
    unit = m.group("unit")
    letter, mult, clock = unit_of(ctx.language, unit)
    if clock or re.match(r"(?i)within\b|in\s+the\s+next\b|dans\s+les\b|d['’]ici\b", m.group(0)):
        # "within a week", "dans les deux semaines", "d'ici deux mois": a span to act in, not a day
        return [Found(m.start("num"), m.end("unit"), "DURATION", duration_value(ctx.language, num, unit))]
    if letter == "D" and mult == 1 and fold(m.group("num")) in ("un", "une", "a", "one"):
        return []  # "dans un jour de grande forme"
    if num is not None and (letter == "Y" or num * mult > {"D": 31, "W": 8, "M": 24}.get(letter, 0)):
        # "do it in 100 days", "d'ici à dix ans": a span of work or too vague a date; the span is its length
        return [Found(m.start("num"), m.end("unit"), "DURATION", duration_value(ctx.language, num, unit))]
    if num is None or ctx.anchor is None:
        return [Found(m.start(), m.end(), "DATE", "FUTURE_REF")]
    d = shift(ctx.anchor, num * mult, letter)
    value = str(d.year) if letter == "Y" else month_value(d.year, d.month) if letter == "M" else iso(d)
    return [Found(m.start(), m.end(), "DATE", value)]


def pod(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    g = m.groupdict()
    pod = fold(g["pod"])
    this = fold(g.get("this") or "")
    det = fold(g.get("det") or "")
    if det and not g.get("rel") and not this:
        if det == "le" and not g.get("meme"):
            return []
        if det == "la" and pod not in ("nuit", "soiree", "matinee"):
            return []
    if pod == "journee" and not g.get("rel"):  # "la journée" alone is a span of the day, not a time
        return []
    edge = None
    rel = fold(g.get("rel") or "")
    if "fin" in rel:
        edge = "fin"
    elif "debut" in rel:
        edge = "debut"
    if this in ("ce", "cet", "cette", "this"):
        base = ctx.anchor
    elif this in ("last", "yesterday"):
        base = ctx.anchor - dt.timedelta(days=1) if ctx.anchor else None
    elif this == "tomorrow":
        base = ctx.anchor + dt.timedelta(days=1) if ctx.anchor else None
    else:
        base = ctx.base(m.start())
    code = pod_code(ctx.language, pod, edge)
    if pod == "apres-midi" and edge:
        code = "TAF"
    prefix = iso(base) if base else "XXXX-XX-XX"
    return [Found(m.start(), m.end(), "TIME", prefix + code)]


def time(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    g = m.groupdict()
    if g.get("noon"):
        hh, mm = (12, 0) if fold(g["noon"]) in ("midi", "noon") else (24, 0)
    else:
        hh, mm = int(g["h"]), int(g.get("m") or 0)
        ampm = fold(g.get("ampm") or "").replace(".", "")
        if ampm == "pm" and hh < 12:
            hh += 12
        elif ampm == "am" and hh == 12:
            hh = 0
    base = ctx.base(m.start())
    if g.get("day"):
        dword = g["day"]
        if fold(dword).rstrip("s") in ctx.weekdays:
            v = ctx.weekday_value(ctx.weekday(dword), None, ctx.tense_of(m))
            base = dt.date.fromisoformat(v) if v[:4].isdigit() else None
        else:
            base = ctx.relative_day(dword)
    prefix = iso(base) if base else "XXXX-XX-XX"
    start = (
        m.start()
        if g.get("pre") and fold(g["pre"]) in ("vers", "around", "about")
        else (m.start("h") if g.get("h") else m.start())
    )
    return [Found(start, m.end(), "TIME", f"{prefix}T{hh:02d}:{mm:02d}")]


def nocturnal(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    return [Found(m.start(), m.end(), "TIME", "TNI")]


def present(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    return [Found(m.start(), m.end(), "DATE", "PRESENT_REF")]


def future(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    if "nouvelle" in fold(m.group(0)):
        return [Found(m.start(), m.end(), "DATE", str(ctx.anchor.year) if ctx.anchor else "XXXX")]
    start = m.start("adj") if m.groupdict().get("adj") else m.start()
    return [Found(start, m.end(), "DATE", "FUTURE_REF")]


def past(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    start = m.start("ref") if m.groupdict().get("ref") else m.start()  # "in the past": the phrase is "the past"
    return [Found(start, m.end(), "DATE", "PAST_REF")]

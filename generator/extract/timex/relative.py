"""Rules for dates told from the publication day: "mercredi", "demain", "la semaine prochaine", "ce soir".

Each rule is a function of the `RuleContext` and the grammar's match; `resolvers.RESOLVERS`
names them for the grammar.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from generator.extract.folding import fold
from generator.lang.patterns import BULLETS, DASHES

from .calendar import add_months, iso, month_value, shift, valid_date, week_value
from .lexicon import parse_number
from .rulecontext import RuleContext
from .values import Found, Mod, day_of_month, duration_value, pod_code, unit_of


def deictic(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    g = m.groupdict()
    word = fold(m.group("word"))
    pod = g.get("pod")
    today = word in ctx.language.timex_cues.today_words
    if today and not pod and not g.get("wd") and _is_present_ref(ctx, m):
        return [Found(m.start(), m.end(), "DATE", "PRESENT_REF")]
    d = ctx.relative_day(m.group("word"))
    if word in ctx.language.days_from_discourse and (_habitual_sentence(ctx, m) or _date_apposed(ctx, m)):
        # "chaque soir … pour le lendemain": the day after each evening, no day of the calendar; "the next day
        # (Monday)", "dès le lendemain, le 3 et le 4": the date written after it says which day, and carries it
        d = None
    if word in ctx.language.timex_cues.tonight_words:
        return [Found(m.start(), m.end(), "TIME", (iso(d) if d else "XXXX-XX-XX") + "TNI")]
    if d is None:
        if ctx.anchor is None and today:
            return [Found(m.start(), m.end(), "DATE", "PRESENT_REF")]
        return [Found(m.start(), m.end(), "DATE", "XXXX-XX-XX")]
    if g.get("h"):
        clock = f"T{int(m.group('h')):02d}:{int(m.group('mi') or 0):02d}"
        return [Found(m.start(), m.end(), "TIME", iso(d) + clock)]
    if pod:
        return [Found(m.start(), m.end(), "TIME", iso(d) + pod_code(ctx.language, pod, _late(ctx, g.get("edge"))))]
    return [Found(m.start(), m.end(), "DATE", iso(d))]


def _habitual_sentence(ctx: RuleContext, m: re.Match[str]) -> bool:
    """Whether the sentence of `m` repeats a day ("chaque jour", "every night": `habitual_days`)."""
    s0, s1 = ctx.sentence_of(m.start())
    sentence = fold(ctx.text[s0:s1])
    return any(re.search(rf"\b{re.escape(fold(w))}\b", sentence) for w in ctx.language.timex_cues.habitual_days)


# what may stand between a day told from another and the date that names it: a bracket, a comma, an article
_APPOSED = re.compile(r"[ \t]*[(,]?[ \t]*(?:(?:le|les|the|on)\s+)?(?P<word>\d{1,2}\b|[^\W\d_]+)")


def _date_apposed(ctx: RuleContext, m: re.Match[str]) -> bool:
    """Whether a weekday, a month or a day's number follows `m` at once ("the next day (Monday)", "the next day Dec
    2nd", "le lendemain, samedi 3")."""
    after = _APPOSED.match(ctx.text, m.end())
    if after is None:
        return False
    word = fold(after.group("word"))
    return word.isdigit() or word in ctx.language.weekday_numbers or word in ctx.language.month_numbers


def event_day(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """ "le deuxième jour", "the third day": an event's n-th day, the discourse date being its first."""
    n = ctx.language.ordinals.get(fold(m.group("nth")), 0)
    if n < 2 or ctx.discourse is None or ctx.discourse_at < 0:
        return []  # no day told before it to count from
    if ctx.discourse_at >= ctx.sentence_of(m.start())[0]:
        # a day told in its own sentence dates it ("Jeudi, lors de la quatrième journée de grèves"; "on 13-14 December,
        # and on the second day of a walkout"): the count is of something else than the days from that one
        return []
    return [Found(m.start(), m.end(), "DATE", iso(ctx.discourse + dt.timedelta(days=n - 1)))]


def _late(ctx: RuleContext, edge: str | None) -> bool | None:
    """Whether an edge word is a period's end ("fin") rather than its start ("début"); None without one."""
    return fold(edge) in ctx.language.timex_cues.end_words if edge else None


def _is_present_ref(ctx: RuleContext, m: re.Match[str]) -> bool:
    """ "aujourd'hui" as "nowadays" (present-tense generalisation) rather than the publication day."""
    s0, _ = ctx.sentence_of(m.start())
    before = ctx.text[s0 : m.start()]
    after = ctx.text[m.end() : m.end() + 2]
    if ctx.language.today_is_present_by_punctuation:
        return after.startswith(",") or before.rstrip().endswith(",") or bool(ctx.cues.present_before.search(before))
    return ctx.tense_of(m) not in ("past", "future")


def _heads_its_line(text: str, start: int) -> bool:
    """Whether only a list mark or spaces come before `start` on its line: a programme's heading."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(f" \t{DASHES}{BULLETS}>")  # ">": a list mark of pages drawn as quotes


# what ends a day's heading after its weekday: the line's end or a label's mark ("THURSDAY - Normandy", "> Jeudi :
# le déficit"); a comma goes on with a sentence ("Samedi, après avoir donné une balle de but…")
_HEADING_END = re.compile(r"[ \t]*(?:$|[:|–—-])", re.MULTILINE)


def weekday(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    g = m.groupdict()
    wd = ctx.weekday(m.group("wd"))
    det = fold(g.get("det") or "")
    mod = ctx.cues.mod(g.get("mod"))
    if ctx.cues.mod(det) == "this":
        mod = mod or "this"
    tense = ctx.tense_of(m)
    if det in ctx.language.timex_cues.since_words:
        tense = "past"
    value = ctx.weekday_value(wd, mod, tense)
    heading = tense is None and mod is None and _heads_its_line(ctx.text, m.start())
    if heading and wd in ctx.span_days:
        value = ctx.span_days[wd].isoformat()  # "June 3-5 ... MONDAY - With the royals": a day of the announced span
    elif heading and _HEADING_END.match(ctx.text, m.end()) and (after := ctx.heading_after(wd)):
        value = after.isoformat()  # "WEDNESDAY - Portsmouth ... THURSDAY - Normandy": the programme's next day
    pod = g.get("pod")
    start = (
        m.start()
        if det in ctx.language.timex_cues.determiners
        or g.get("mod")
        and m.start("mod") < m.start("wd")  # "next Monday": a modifier before the weekday is in its span
        and fold(m.group("mod")) not in ctx.language.weekday_prepositions
        else m.start("wd")
    )
    possessive = next((e for e in ctx.language.timex_cues.possessive_endings if m.group(0).endswith(e)), "")
    end = m.end() - len(possessive)  # "Friday's announcement": the date is "Friday"
    if pod:
        return [Found(start, m.end(), "TIME", value + pod_code(ctx.language, pod))]
    return [Found(start, end, "DATE", value)]


def weekday_of_week(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """ "Wednesday next week", "mercredi de la semaine prochaine": that weekday of the week named, not the
    next such weekday (on a Monday, "Wednesday next week" is nine days on)."""
    wd = ctx.weekday(m.group("wd"))
    mod = ctx.cues.mod(m.group("which"))
    if ctx.anchor is None or mod is None:
        return [Found(m.start(), m.end(), "DATE", f"XXXX-WXX-{wd}")]
    monday = ctx.anchor - dt.timedelta(days=ctx.anchor.isoweekday() - 1)
    weeks = {"next": 1, "last": -1, "this": 0}[mod]
    return [Found(m.start(), m.end(), "DATE", iso(monday + dt.timedelta(days=7 * weeks + wd - 1)))]


def weekday_day(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """ "lundi 15", "Monday the 15th": the month around publication where that day has that weekday."""
    wd, day = ctx.weekday(m.group("wd")), day_of_month(m.group("day"), ctx.language)
    if ctx.anchor is None:
        return [Found(m.start(), m.end(), "DATE", f"XXXX-XX-{day:02d}")]
    listed = _list_month_after(ctx, m.end(), day, wd)
    if listed is not None:
        return [Found(m.start(), m.end(), "DATE", iso(listed))]
    options = []
    for k in (-2, -1, 0, 1, 2):
        y, mo = add_months(ctx.anchor.year, ctx.anchor.month, k)
        d = valid_date(y, mo, day)
        if d and d.isoweekday() == wd:
            options.append(d)
    if not options:
        return []
    return [Found(m.start(), m.end(), "DATE", iso(ctx.pick(options, ctx.tense_of(m), None)))]


@functools.cache
def _list_rest(links: tuple[str, ...]) -> re.Pattern[str]:
    """The rest of a list of days whose month (and year) the last one writes: ", samedi 7 et dimanche 8 août 2021"
    (`links`: the language's `day_list_links`)."""
    joined = "|".join(rf"\b{re.escape(w)}\b" for w in links)
    return re.compile(
        rf"(?:\s*(?:,|{joined or '(?!)'})\s*(?:[^\W\d_]+\s+)?\d{{1,2}}(?:er|st|nd|rd|th)?){{1,4}}"
        r"\s+(?P<month>[^\W\d_]+)\.?(?:\s+(?P<year>\d{4})\b)?"
    )


def _list_month_after(ctx: RuleContext, end: int, day: int, wd: int) -> dt.date | None:
    """ "vendredi 6, samedi 7 et dimanche 8 août 2021": the first days of a list take the month and year its last day
    writes, when the weekday holds there (the year nearest the publication without one)."""
    rest = _list_rest(ctx.language.day_list_links).match(ctx.text, end)
    month = ctx.language.month_numbers.get(fold(rest.group("month"))) if rest else None
    if rest is None or month is None or ctx.anchor is None:
        return None
    years = [int(rest.group("year"))] if rest.group("year") else [ctx.anchor.year, ctx.anchor.year + 1]
    held = [d for y in years if (d := valid_date(y, month, day)) and d.isoweekday() == wd]
    return held[0] if held else None


def night_of(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    value = ctx.weekday_value(ctx.weekday(m.group("wd")), None, ctx.tense_of(m))
    return [Found(m.start(), m.end(), "TIME", value + "TNI")]


def relunit(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """ "la semaine prochaine", "cette année", "next week", "the past year" (a duration counted from now)."""
    det = fold(m.group("det"))
    unit = fold(m.group("unit"))
    mod = _relunit_mod(ctx, m, det)
    if mod is None:
        return []
    cues = ctx.language.timex_cues
    if det in cues.period_openers and unit in cues.period_units or det in cues.counted_back_openers:
        # "the past year", "the next month": a period counted from now (a duration)
        return [Found(m.start(), m.end(), "DURATION", duration_value(ctx.language, 1, unit))]
    n = {"next": 1, "last": -1, "this": 0}[mod]
    pre = fold(m.groupdict().get("pre") or "")
    deadline = n == 0 and bool(ctx.cues.deadline_before.fullmatch(pre))  # "later this month": by its end
    kind = _period(ctx, unit)
    if kind == "weekend":
        value = _weekend_value(ctx, m, n)
    elif kind in ("week", "month", "year", "quarter", "season"):
        value = _period_value(ctx, kind, unit, n)
    else:
        return []
    return [Found(m.start(), m.end(), "DATE", value, deadline=deadline)]


def _relunit_mod(ctx: RuleContext, m: re.Match[str], det: str) -> Mod | None:
    """Where "cette semaine", "la semaine prochaine", "the last week" point: the determiner says, else the modifier."""
    g = m.groupdict()
    mod = ctx.cues.mod(g.get("mod"))
    said = ctx.cues.mod(det)
    if said == "this" or g.get("this"):  # "cette semaine", "cette semaine-ci"
        return mod or "this"
    return said or mod


# (TIMEX3 letter, multiplier) of a unit -> the calendar period it names
_PERIODS = {("W", 1): "week", ("M", 1): "month", ("Y", 1): "year", ("M", 3): "quarter", ("Y", 10): "decade"}


def _period(ctx: RuleContext, unit: str) -> str | None:
    """The calendar period a folded unit word names: a week, month, year, quarter, decade, season or weekend."""
    cues = ctx.language.timex_cues
    unit = cues.unit_aliases.get(unit, unit)
    if unit in cues.weekend_words:
        return "weekend"
    if unit in ctx.language.seasons:
        return "season"
    found = ctx.language.unit_values.get(unit)
    return _PERIODS.get((found[0], found[1])) if found and not found[2] else None


def _period_value(ctx: RuleContext, kind: str, unit: str, n: int) -> str:
    """The value of the period of `kind` `n` periods from the publication day's (X's without one)."""
    a = ctx.anchor
    if kind == "week":
        return week_value(a + dt.timedelta(weeks=n)) if a else "XXXX-WXX"
    if kind == "month":
        return month_value(*add_months(a.year, a.month, n)) if a else "XXXX-XX"
    if kind == "year":
        return str(a.year + n) if a else "XXXX"
    if kind == "quarter":
        if a is None:
            return "XXXX-QX"
        q = (a.month - 1) // 3 + n
        return f"{a.year + q // 4}-Q{q % 4 + 1}"
    if kind == "decade":
        return f"{str(a.year)[:3]}X" if a else "XXXX"
    code = ctx.language.seasons[unit]
    return f"{a.year + n}-{code}" if a else f"XXXX-{code}"


def _weekend_value(ctx: RuleContext, m: re.Match[str], n: int) -> str:
    """ "ce week-end", "last weekend": this weekend, unless told in the past on a weekday (the one just gone)."""
    a = ctx.anchor
    if a is None:
        return "XXXX-WXX-WE"
    base = a + dt.timedelta(weeks=n)
    if n == 0 and ctx.tense_of(m) == "past" and a.isoweekday() < 6:
        base = a - dt.timedelta(weeks=1)
    return week_value(base) + "-WE"


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
    """ "fin de l'année", "à la fin du mois", "by the end of the year", "début de l'été"."""
    unit = fold(m.group("unit"))
    kind = _period(ctx, unit)
    if kind not in ("year", "month", "week", "season", "decade"):
        return []
    edge_word = fold(m.group("edge"))
    n = _edge_shift(ctx, m, edge_word, kind)
    value = _period_value(ctx, kind, unit, n)
    end_words = ctx.language.timex_cues.end_words
    before = ctx.text[max(0, m.start() - 20) : m.start()]
    deadline = (
        n == 0
        and edge_word in end_words
        and bool(ctx.cues.deadline_before.search(before + m.group(0)[: m.start("edge") - m.start()]))
    )
    # "viendront en fin de semaine": a part of the week, unless a lead makes its end a deadline ("d'ici la fin")
    part = None if deadline or kind != "week" else ctx.language.timex_cues.week_parts.get(edge_word)
    if n == 0 and edge_word in end_words and ctx.tense_of(m) == "future":
        deadline = True
    start = m.start()
    lead = ctx.cues.edge_lead.match(m.group(0))
    if lead:
        start += lead.end()
    return [Found(start, m.end(), "DATE", value, deadline=deadline, week_part=part)]


def _edge_shift(ctx: RuleContext, m: re.Match[str], edge_word: str, kind: str) -> int:
    """Which period's edge: the modifier's ("fin de l'année prochaine", "next end of"), else by the tense."""
    mod = ctx.cues.mod(m.groupdict().get("mod"))
    if mod is None:  # a modifier just before the edge: "this end of year"
        said = re.search(r"\b(\w+)\s*$", fold(ctx.text[max(0, m.start() - 12) : m.start("edge")]))
        mod = ctx.cues.mod(said.group(1)) if said else None
    if mod is not None:
        return {"next": 1, "last": -1}.get(mod, 0)
    tense = ctx.tense_of(m)
    cues = ctx.language.timex_cues
    if edge_word in cues.end_words and tense == "past" and kind in ("year", "month"):
        return -1  # "peaked by the end of the year" (said in March): last year's end
    if edge_word in cues.start_words and tense == "future":
        return 1  # "sera lancé début de l'année" (said in May): next year's start
    return 0


def rentree(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """« la rentrée »: the return to school and work, early September."""
    if ctx.anchor is None:
        return [Found(m.start(), m.end(), "DATE", "XXXX-09")]
    a = ctx.anchor
    # without a tense, or as a noun's complement ("la séquence de la rentrée", whatever the clause's verb), the
    # nearest: after September, the one just past
    mod = ctx.cues.mod(m.groupdict().get("mod"))
    tenseless = ctx.tense_of(m) is None or m.group(0).lower().startswith("de ")
    if mod == "last" or ctx.tense_of(m) == "past" or mod is None and tenseless and a.month > 9:
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
    if clock or ctx.cues.span_opener.match(m.group(0)):
        # "within a week", "dans les deux semaines", "d'ici deux mois": a span to act in, not a day
        return [Found(m.start("num"), m.end("unit"), "DURATION", duration_value(ctx.language, num, unit))]
    if letter == "D" and mult == 1 and ctx.language.numbers.get(fold(m.group("num"))) == 1:
        return []  # "dans un jour de grande forme"
    far = num is not None and (letter == "Y" or num * mult > {"D": 31, "W": 8, "M": 24}.get(letter, 0))
    said_as_a_day = ctx.cues.point_before.search(ctx.text, max(0, m.start() - 40), m.start()) is not None
    if far and not (said_as_a_day and letter in ("D", "W")):
        # "do it in 100 days", "d'ici à dix ans": a span of work or too vague a date; the span is its length
        return [Found(m.start("num"), m.end("unit"), "DURATION", duration_value(ctx.language, num, unit))]
    if num is None or ctx.anchor is None:
        return [Found(m.start(), m.end(), "DATE", "FUTURE_REF")]
    d = shift(ctx.anchor, num * mult, letter)
    value = str(d.year) if letter == "Y" else month_value(d.year, d.month) if letter == "M" else iso(d)
    return [Found(m.start(), m.end(), "DATE", value)]


def pod(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """ "ce matin", "dans la soirée", "en fin de journée", "this morning", "tomorrow night"."""
    g = m.groupdict()
    pod = fold(g["pod"])
    this = fold(g.get("this") or "")
    cues = ctx.language.timex_cues
    if g.get("det") and not g.get("rel") and not this and not g.get("meme") and pod not in cues.article_parts_of_day:
        return []  # "le soir" alone is any evening ("le soir même" is one); "la nuit" is a time
    if pod in cues.whole_day_words and not g.get("rel"):  # "la journée" alone is a span of the day, not a time
        return []
    rel = fold(g.get("rel") or "").split()
    late = True if any(w in cues.end_words for w in rel) else False if any(w in cues.start_words for w in rel) else None
    base = _pod_day(ctx, m, this)
    prefix = iso(base) if base else "XXXX-XX-XX"
    return [Found(m.start(), m.end(), "TIME", prefix + pod_code(ctx.language, pod, late))]


def _pod_day(ctx: RuleContext, m: re.Match[str], this: str) -> dt.date | None:
    """The day of a part of the day: today's ("ce matin"), yesterday's ("last night", "yesterday
    morning"), tomorrow's, else the day the text is telling."""
    said = ctx.cues.mod(this)
    if said == "this":
        return ctx.anchor
    if said == "last":
        return ctx.anchor - dt.timedelta(days=1) if ctx.anchor else None
    if this in ctx.language.days_from_publication:
        return ctx.relative_day(this)
    return ctx.base(m.start())


def time(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    g = m.groupdict()
    if g.get("noon"):
        # "midi", "noon": the part of the day's clock time; "minuit", "midnight": the day's end
        code = ctx.language.parts_of_day.get(fold(g["noon"]), "")
        hh, mm = (int(code[1:3]), int(code[4:6])) if code.startswith("T") else (24, 0)
    else:
        # the hour in figures or, in formal agendas, in words ("à vingt et une heures trente")
        hours, minutes = parse_number(g["h"], ctx.language), parse_number(g.get("m") or "0", ctx.language)
        if hours is None or minutes is None or hours > 24 or minutes > 59:
            return []
        hh, mm = int(hours), int(minutes)
        ampm = fold(g.get("ampm") or "").replace(".", "")
        cues = ctx.language.timex_cues
        if ampm in cues.after_noon and hh < 12:
            hh += 12
        elif ampm in cues.before_noon and hh == 12:
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
        if g.get("pre") and fold(g["pre"]) in ctx.language.timex_cues.approximations
        else (m.start("h") if g.get("h") else m.start())
    )
    return [Found(start, m.end(), "TIME", f"{prefix}T{hh:02d}:{mm:02d}")]


def nocturnal(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    return [Found(m.start(), m.end(), "TIME", "TNI")]


def present(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    return [Found(m.start(), m.end(), "DATE", "PRESENT_REF")]


def future(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    if m.groupdict().get("this_year"):  # "la nouvelle année"
        return [Found(m.start(), m.end(), "DATE", str(ctx.anchor.year) if ctx.anchor else "XXXX")]
    start = m.start("adj") if m.groupdict().get("adj") else m.start()
    return [Found(start, m.end(), "DATE", "FUTURE_REF")]


def past(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    start = m.start("ref") if m.groupdict().get("ref") else m.start()  # "in the past": the phrase is "the past"
    return [Found(start, m.end(), "DATE", "PAST_REF")]

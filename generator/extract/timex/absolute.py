"""Rules for dates that name the calendar: "le 15 avril", "juillet 2024", "2017-2021", "Noël".

Each rule is a function of the `RuleContext` and the grammar's match; `resolvers.RESOLVERS`
names them for the grammar.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from generator.extract.folding import fold

from .calendar import MONTHS_IN_YEAR, easter, iso, month_value, numeric_day_first, valid_date, week_value
from .calendar import nth_weekday as weekday_of_month
from .rulecontext import RuleContext
from .values import Found, _roman, day_of_month

_LAST_DAY = 31  # the last day a month can have
_SEASON_STARTS = {"SP": (3, 20), "SU": (6, 21), "FA": (9, 22), "WI": (12, 21)}


def date(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    month = ctx.month_num(m.group("month"))
    day = day_of_month(m.group("day"), ctx.language)
    year = ctx.year(m.group("year")) if m.group("year") else None
    if year is None:
        # "du 3 avril au 6 mai 2019", "from July 9 to July 11, 2019": the range's end gives the year
        linked = ctx.cues.range_end_year.match(ctx.text, m.end(), m.end() + 40)
        year = int(linked.group(1)) if linked else None
    if year is None:
        year = ctx.year_following(m.end())  # "Jan. 6 next year", "July 23-August 8 next year", "May 3 in 2022"
    if year is None:
        year = ctx.year_labelling(m.start())  # "Autres dates 2019: 20 octobre, 24 novembre"
    written = m.group("wd") or m.groupdict().get("wd_after")  # "Monday, March 11" or "March 11 (Monday)"
    wd = ctx.weekday(written) if written else None
    mod = ctx.cues.mod(m.groupdict().get("mod"))
    value = ctx.resolve_day_month(day, month, year, wd, ctx.tense_of(m), mod, m.start())
    if value is None:
        return []
    if year is None and value[:4].isdigit():
        value = _after_range_start(ctx, m.start(), value)
    if value[:4].isdigit() and wd is not None:
        d = dt.date.fromisoformat(value)
        ctx.weekday_seen.setdefault(d.isoweekday(), d)  # "samedi 29 mai ... samedi à 8 h"
    start = m.start()
    # "the 15th of March": a lower-case lead-in that is not a determiner stays out of the span
    # ("septembre 20, 2024", the month first, keeps its month)
    lead_in = m.group(0)[:1].islower() and m.start("day") < m.start("month")
    if m.groupdict().get("det") is None and lead_in and m.group("wd") is None:
        start = m.start("day")
    return [Found(start, m.end(), "DATE", value)]


def _after_range_start(ctx: RuleContext, start: int, value: str) -> str:
    """A range's end read without its year comes after the range's first day: "over the run from September 29 to
    October 16" told in the past tense does not end the October before it begins."""
    first = ctx.range_start(start)
    day = dt.date.fromisoformat(value)
    if first is None or day >= first:
        return value
    later = valid_date(day.year + 1, day.month, day.day)
    return later.isoformat() if later is not None and later >= first else value


def week_of(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """ "la semaine du 25 mai", "the week of May 25": the week that day opens, not the day alone; "le week-end du
    12 novembre", "the weekend of May 25": that week's weekend."""
    g = m.groupdict()
    month = ctx.month_num(g["month"] or g["month2"])  # English writes the day before or after the month
    day = day_of_month(g["day"] or g["day2"], ctx.language)
    year = ctx.year(m.group("year")) if m.group("year") else ctx.year_following(m.end())
    value = ctx.resolve_day_month(day, month, year, None, ctx.tense_of(m), None, m.start())
    if value is None:
        return []
    week = week_value(dt.date.fromisoformat(value)) if value[:4].isdigit() else value  # no anchor: the day stays
    if g.get("we") and week != value:
        week += "-WE"  # "le week-end du 12 novembre": the Saturday and Sunday of that day's week
    # "la semaine de relâche parlementaire du 18 mai": the week's purpose is the event, the date starts at "du"
    start = m.start("du") if g.get("of") else m.start()
    return [Found(start, m.end(), "DATE", week)]


def range_days(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """ "du 12 au 14 juillet", "July 9-11", and a list of days or ranges of one month ("les 13, 14 et 16 décembre",
    "13-14 and 16-17 December")."""
    month = ctx.month_num(m.group("month"))
    year = ctx.year(m.group("year")) if m.group("year") else ctx.year_following(m.end())  # "July 15-24 in 2022"
    year = year or ctx.year_labelling(m.start())  # "Dates 2025 : 3-4 et 17-18 mai"
    tense, mod = ctx.tense_of(m), ctx.cues.mod(m.groupdict().get("mod"))
    first = m.start("wd1") if m.groupdict().get("wd1") else m.start("d1")
    # the days listed before the pair, each its own date ("13, " of "13, 14 and 16 December")
    at = m.start("listed") if m.groupdict().get("listed") else m.start()
    listed = [(at + d.start(), at + d.end()) for d in re.finditer(r"\w+", m.groupdict().get("listed") or "")]
    # a range listed before the last ("13-14 and 16-17 December"): its two days, read in the same month
    listed += [(m.start(g), m.end(g)) for g in ("pair1", "pair2") if m.groupdict().get(g)]
    spans = [*listed, (first, m.end("d1")), (m.start("rest"), m.end("rest"))]
    days = [day_of_month(m.string[a:b], ctx.language) for a, b in listed]
    days += [day_of_month(m.group("d1"), ctx.language), day_of_month(m.group("day"), ctx.language)]
    if any(a >= b for a, b in itertools.pairwise(days)):
        return []  # "3-2 May": a score, not a range
    out = []
    for day, span in zip(days, spans, strict=True):
        value = ctx.resolve_day_month(day, month, year, None, tense, mod, m.start())
        if value:
            out.append(Found(span[0], span[1], "DATE", value))
    if out and m.start("month") < m.start("d1"):  # "March 3-5": the month is the first's
        out[0].start = m.start()
    _name_the_span_days(ctx, out[-2:])
    return out


_SPAN_WEEK = 7  # days: a span of a week at most names the weekdays a programme's headings give alone


def _name_the_span_days(ctx: RuleContext, ends: list[Found]) -> None:
    """ "a state visit on June 3-5 ... MONDAY - ...": the weekdays of an announced span of days are its days, for a
    programme's headings that give a weekday alone."""
    if len(ends) != 2 or not all(f.value[:4].isdigit() for f in ends):
        return
    first, last = (dt.date.fromisoformat(f.value[:10]) for f in ends)
    if not 0 < (last - first).days < _SPAN_WEEK:
        return
    for n in range((last - first).days + 1):
        day = first + dt.timedelta(days=n)
        ctx.span_days.setdefault(day.isoweekday(), day)


def day_before_month(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """ "le 23 pour repartir le 25 octobre": the first day takes the month (and year) of the date after it."""
    first, then = day_of_month(m.group("d1"), ctx.language), day_of_month(m.group("day"), ctx.language)
    if first >= then:
        return []  # "le 28 puis le 2 mars": another month, unsaid
    year = ctx.year(m.group("year")) if m.group("year") else None
    value = ctx.resolve_day_month(first, ctx.month_num(m.group("month")), year, None, ctx.tense_of(m), None, m.start())
    return [Found(m.start(), m.end(), "DATE", value)] if value else []


def month_range(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    year = ctx.year(m.group("year")) if m.group("year") else None
    tense, mod = ctx.tense_of(m), ctx.cues.mod(m.groupdict().get("mod"))
    return [
        Found(
            m.start(g),
            m.end(g) if g == "m1" else m.end(),
            "DATE",
            ctx.resolve_month(ctx.month_num(m.group(g)), year, tense, mod, m.start()),
        )
        for g in ("m1", "m2")
    ]


def month(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    pre = fold(m.group("pre") or "").strip(" -")
    word = m.group("month")
    year = ctx.year(m.group("year")) if m.group("year") else None
    mod = ctx.cues.mod(m.group("mod")) if m.groupdict().get("mod") else None
    if not pre and year is None and mod is None:
        return []
    if word in ctx.language.month_homographs and year is None and pre in ctx.language.month_homograph_contexts:
        return []  # "May" the modal, "March" the verb or noun
    if pre in ctx.language.month_as_name_after and year is None and not word.islower() and not word.isupper():
        return []  # "Mars" the planet, a capitalised name
    if mod is None:  # "last March", "next May": the modifier before the month
        mod = ctx.cues.mod(pre.split(" ")[-1])
    if (
        year is None
        and mod is None
        and ctx.last_year
        and 0 <= m.start() - ctx.last_year[0] < 45
        and not re.search(r"[;:.]", ctx.text[ctx.last_year[0] : m.start()])  # same clause only
        and ctx.sentence_of(m.start()) == ctx.sentence_of(ctx.last_year[0] - 1)
    ):
        year = ctx.last_year[1]  # "en 97 (en janvier ..., en octobre ...)": the year in focus
    tense = ctx.tense_of(m)
    value = ctx.resolve_month(ctx.months[fold(word)], year, tense, mod, m.start())
    # "au mois de mai", "à la fin du mois de mai": a lead-in that names the month as a unit is in the span
    names_month = any(ctx.language.unit_values.get(w) == ("M", 1, False) for w in pre.split())
    start = m.start() if pre.split(" ")[0] in ctx.cues.month_openers or names_month else m.start("month")
    # "fin avril" said on 2 April, in the future tense: the end of this month is still to come
    end_words = ctx.language.timex_cues.end_words
    deadline = (
        ctx.anchor is not None
        and (pre in end_words or names_month and any(w in end_words for w in pre.split()))
        and value == month_value(ctx.anchor.year, ctx.anchor.month)
        and tense == "future"
    )
    return [Found(start, m.end(), "DATE", value, deadline=deadline)]


def year_range(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    y1 = int(m.group("y1"))
    raw2 = m.group("y2")
    y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
    if not (y1 < y2 <= y1 + 100):
        return []
    return [Found(m.start("y1"), m.end("y1"), "DATE", str(y1)), Found(m.start("y2"), m.end("y2"), "DATE", str(y2))]


def year(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    pre = fold(m.group("pre") or "").strip(" -")
    year = int(m.group("year"))
    after = ctx.text[m.end() : m.end() + 30]
    if re.match(r"\s*(?:%|€|\$|£|[.,]\d|-\d)", after):
        return []
    strong = pre in ctx.cues.strong_year_openers
    if not strong:
        if year < 1900 and not pre:
            return []
        det_before = ctx.cues.determiner_before.search(ctx.text[max(0, m.start() - 8) : m.start()])
        nxt = None if det_before else re.match(r"\s+([^\W\d]+)", after)
        if (
            nxt
            and nxt.group(1)[0].islower()
            and fold(nxt.group(1)) not in ctx.cues.year_followers
            and nxt.group(1).lower() not in ctx.cues.year_followers
        ):
            return []  # "2000 soldats", "1500 personnes"
    value = str(ctx.anniversary(m.start(), year))
    ctx.last_year = (m.end(), year)
    start = m.start() if pre in ctx.cues.year_span_openers else m.start("year")
    # "before the end of 2024", "d'ici 2024" said in 2024: a deadline still to come
    deadline = (
        ctx.anchor is not None
        and value == str(ctx.anchor.year)
        and bool(ctx.cues.year_deadline.search(ctx.text, max(0, m.start() - 30), m.start("year")))
    )
    return [Found(start, m.end(), "DATE", value, deadline=deadline)]


def year2(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    ctx.last_year = (m.end(), ctx.year(m.group("year")))
    return [Found(m.start("year"), m.end(), "DATE", str(ctx.year(m.group("year"))))]


def decade(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    dec = m.group("dec")
    if len(dec) == 2:
        dec = "19" + dec
    return [Found(m.start(), m.end(), "DATE", dec[:3] + "X")]


def century(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    c = m.group("c")
    n = _roman(c.upper()) if not c.isdigit() else int(c)
    if not 1 <= n <= 21:
        return []
    return [Found(m.start(), m.end(), "DATE", f"{n - 1:02d}")]


def numeric(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """2024-04-02; 02/04/2024 (day first in French), 4/2/2024 (month first in English); 03.06.2007 (dotted:
    day first wherever the form is written, even on an English page); 18/10/2018 (day first wherever: no month
    is above 12)."""
    if m.group("iy"):
        y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    else:
        first, second, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        # a number above 12 is no month: "18/10/2018" is day first on an English page too ("Publication date:
        # 18/10/2018" on a British council's page); "4/2/2024" keeps the language's order
        # a page that shows its order ("Publication date: 18/10/2018") keeps it for its other dates ("05/11/2018")
        order = ctx.numeric_order if ctx.language.numeric_order_varies else None
        usual = ctx.language.day_first or m.group("sep") == "." if order is None else order
        day_first = numeric_day_first(first, second, usual)
        d, mo = (first, second) if day_first else (second, first)
    date = valid_date(y, mo, d)
    return [Found(m.start(), m.end(), "DATE", iso(date))] if date else []


def numeric_day(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """ "10/8 – Heart of Town", "Tuesday 10/8": a schedule's day in numbers without its year, read in the
    language's order (or the page's, when its dates show one) and dated as the same day written in words is."""
    first, second = int(m.group("a")), int(m.group("b"))
    order = ctx.numeric_order if ctx.language.numeric_order_varies else None
    day_first = numeric_day_first(first, second, ctx.language.day_first if order is None else order)
    d, mo = (first, second) if day_first else (second, first)
    if not (1 <= mo <= MONTHS_IN_YEAR and 1 <= d <= _LAST_DAY):
        return []
    wd = ctx.weekday(m.group("wd")) if m.group("wd") else None
    value = ctx.resolve_day_month(d, mo, None, wd, ctx.tense_of(m), None, m.start())
    start = m.start("wd") if m.group("wd") else m.start("a")
    return [Found(start, m.end(), "DATE", value)] if value else []


def quarter(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    g = m.groupdict()
    if g.get("qn"):
        return [Found(m.start(), m.end(), "DATE", f"{g['year2']}-{g['qn'].upper()}")]
    q = ctx.language.ordinals.get(fold(g["q"]), 1)
    if q == -1:
        q = 4  # "le dernier trimestre", "the last quarter": the fourth
    year = g.get("year") or (str(ctx.anchor.year) if ctx.anchor else "XXXX")
    if fold(g.get("unit") or "") in ctx.language.timex_cues.half_year_words:  # TIMEX3 halves: 2024-H1, 2024-H2
        return [Found(m.start(), m.end(), "DATE", f"{year}-H{min(q, 2) if q != 4 else 2}")]
    return [Found(m.start(), m.end(), "DATE", f"{year}-Q{q}")]


def nth_weekday(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """ "le premier dimanche de mai", "the last Monday of August", "le premier dimanche du printemps"."""
    wd = ctx.weekday(m.group("wd"))
    nth = fold(m.group("nth"))
    n = ctx.language.ordinals[nth]
    season = ctx.language.seasons.get(fold(m.group("month")))

    def day_in(year: int) -> dt.date | None:
        if season is None:
            month = ctx.month_num(m.group("month"))
            return weekday_of_month(year, month, wd, n)
        if n == -1:
            return None  # the last Sunday of spring: rare enough to leave unresolved
        start = dt.date(year, *_SEASON_STARTS[season])  # astronomical seasons, northern hemisphere
        return start + dt.timedelta(days=(wd - start.isoweekday()) % 7 + 7 * (n - 1))

    year = int(m.group("year")) if m.group("year") else None
    if year is None and ctx.anchor is None:
        return [Found(m.start(), m.end(), "DATE", "XXXX-XX-XX")]
    if year is not None:
        day = day_in(year)
    else:
        assert ctx.anchor is not None
        options = [d for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1) if (d := day_in(y))]
        day = ctx.pick(options, ctx.tense_of(m), None) if options else None
    return [Found(m.start(), m.end(), "DATE", iso(day) if day else "XXXX-XX-XX")]


def nth_week(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """ "la deuxième semaine de juin", "the second week of next month", "the last week of May": the n-th (or last) week,
    Monday to Sunday, that starts in the month; a week, not the month it is said in."""
    n = ctx.language.ordinals[fold(m.group("nth"))]
    if m.group("month"):
        month = ctx.month_num(m.group("month"))
        year = int(m.group("year")) if m.group("year") else None
        # the ordinal ("last", "dernière") says which week of the month, not that the month is gone by
        value = ctx.resolve_month(month, year, ctx.tense_of(m), None, m.start())
    elif ctx.anchor is not None:  # "of next month", "du mois prochain"
        following = ctx.anchor.replace(day=1) + dt.timedelta(days=31)
        value = f"{following.year:04d}-{following.month:02d}"
    else:
        value = "XXXX-XX"
    if not value[:4].isdigit():
        return [Found(m.start(), m.end(), "DATE", "XXXX-WXX")]
    monday = weekday_of_month(int(value[:4]), int(value[5:7]), 1, n)
    return [Found(m.start(), m.end(), "DATE", week_value(monday))]


def holiday(ctx: RuleContext, m: re.Match[str]) -> list[Found]:
    """Feasts and public holidays, in the year the tense points to: "d'ici Noël", "before Christmas"."""
    whole = fold(m.group("hol"))
    name = fold(m.group("h"))
    cues = ctx.language.timex_cues
    if not (name in cues.easter_offsets or name in cues.fixed_feasts or name in cues.weekday_feasts):
        return []  # a feast the language's tables do not date

    def day_in(year: int) -> dt.date:
        if any(w in cues.day_after_easter for w in whole.split()):
            return easter(year) + dt.timedelta(days=1)  # "lundi de Pâques", "Easter Monday"
        if name in cues.easter_offsets:
            return easter(year) + dt.timedelta(days=cues.easter_offsets[name])
        if name in cues.weekday_feasts:
            month, wd, nth = cues.weekday_feasts[name]
            return weekday_of_month(year, month, wd, nth)
        d = dt.date(year, *cues.fixed_feasts[name])
        return d - dt.timedelta(days=1) if any(w in cues.eve_words for w in whole.split()[:2]) else d

    if ctx.anchor is None:
        # a feast that moves with the year (Pâques, Pentecôte, Thanksgiving) has no day without one
        month_day = day_in(2000).isoformat()[4:]
        fixed_day = month_day == day_in(2001).isoformat()[4:]
        return [Found(m.start("hol"), m.end(), "DATE", "XXXX" + (month_day if fixed_day else "-XX-XX"))]
    options = [day_in(y) for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)]
    return [Found(m.start("hol"), m.end(), "DATE", iso(ctx.pick(options, ctx.tense_of(m), None)))]

"""The context every resolution rule is given: the text, its anchor, the tense lookup and the discourse.

The rules in `absolute`, `relative` and `spans` are plain functions of a `RuleContext` and a
grammar match. The context holds what they read (the text, the publication date, the
language's word tables, the tense and sentence of a span) and the discourse state some of
them update as the text is read in order (the last day-precise date, the last explicit year,
the day each weekday was resolved to), with the helpers that read that state.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from generator.extract.folding import fold
from generator.lang import Language

from .calendar import iso, month_value, page_numeric_order, valid_date, weekday_date
from .cues import Cues, cues_of
from .lexicon import parse_number
from .tense import Tense, past_after
from .values import _WEEKDAY_DEFAULT, Found, Mod, TenseFn

__all__ = ["Rule", "RuleContext"]

# A weekday that does not fit the day nearest the publication (within these days) while it fits it only in another
# year (beyond these days) is a slip of the writer's, not a date a year away.
_WEEKDAY_SLIP_NEAR, _WEEKDAY_SLIP_FAR = 45, 180


@dataclass
class RuleContext:
    """What the rules read about a text and the discourse state they keep while it is resolved in order."""

    text: str
    anchor: dt.date | None  # the publication date; None leaves relative values with X's
    language: Language
    tense: TenseFn  # the tense governing a span (start, end)
    sentence_of: Callable[[int], tuple[int, int]]  # the sentence span around an offset
    discourse: dt.date | None = field(init=False)  # the last day-precise date, for times and "la veille"
    discourse_at: int = field(init=False, default=-1)  # offset where the discourse date was last set
    discourse_end: int = field(init=False, default=-1)  # and where its words end
    last_year: tuple[int, int] | None = field(init=False, default=None)  # (offset, year) of the last explicit year
    # weekday -> date it was resolved to with a tense or a date
    weekday_seen: dict[int, dt.date] = field(init=False, default_factory=dict)
    span_days: dict[int, dt.date] = field(init=False, default_factory=dict)  # the days of a span of a week at most
    # (month, day) -> date a day written without its year was resolved to with a tense or a year
    day_month_seen: dict[tuple[int, int], dt.date] = field(init=False, default_factory=dict)
    months: Mapping[str, int] = field(init=False)  # folded name or abbreviation -> month number
    weekdays: Mapping[str, int] = field(init=False)  # folded name -> ISO weekday
    cues: Cues = field(init=False)  # the language's words around a date, compiled
    numeric_order: bool | None = field(init=False)  # the page writes numbers day first (True), month first, or unknown

    def __post_init__(self) -> None:
        self.discourse = self.anchor
        self.months = self.language.month_numbers
        self.weekdays = self.language.weekday_numbers
        self.cues = cues_of(self.language)
        self.numeric_order = page_numeric_order(self.text) if self.language.numeric_order_varies else None

    def base(self, offset: int) -> dt.date | None:
        """The day an undated time or "la veille" refers to: the last date of the same paragraph, else the anchor."""
        if self.discourse_at >= 0 and (
            "\n" not in self.text[self.discourse_at : offset]
            or offset - self.discourse_at < 300
            or _list_under(self.text[self.discourse_at : offset])
        ):
            return self.discourse
        return self.anchor

    def range_start(self, start: int) -> dt.date | None:
        """The day a range ending at `start` opens on: the discourse date when only a range's link ("to", "au", a
        dash) stands between its words and `start` ("from September 29 to October 16")."""
        if self.discourse is None or self.discourse_end < 0 or self.discourse_end > start:
            return None
        between = self.text[self.discourse_end : start]
        return self.discourse if self.cues.range_link.fullmatch(between) else None

    def month_num(self, word: str) -> int:
        return self.months[fold(word).rstrip(".")]

    def weekday(self, word: str) -> int:
        return (
            self.weekdays[fold(word).rstrip("s")]
            if fold(word).rstrip("s") in self.weekdays
            else self.weekdays[fold(word)]
        )

    def tense_of(self, m: re.Match[str]) -> Tense | None:
        """The tense that places the date matched by `m`, with the openers and postponements that override it."""
        starts = [m.start(g) for g in ("month", "day", "d1", "m1", "wd", "year", "unit") if g in m.re.groupindex]
        core = min([x for x in starts if x >= 0] or [m.start()])
        opener = self.cues.open_before.search(self.text, max(0, core - 25), core)
        tense = self.tense(m.start(), m.end())
        if self.cues.since_before.search(self.text, max(0, m.start() - 12), m.start()):
            return "past"  # "diffusées depuis le 24 avril", "closed since May 3": whatever the sentence's verb
        if self.cues.postponed_to.search(self.text, max(0, m.start() - 60), m.start()):
            # "reporté à samedi", "was postponed until Saturday": ahead, unless the story goes on in the
            # past after it ("ajourné au 15 mars, a repris mardi", "delayed to March 28, went ahead")
            s0, s1 = self.sentence_of(m.start())
            if not past_after(self.text[s0:s1], m.end() - s0, self.language):
                return "future"
        if opener and self.cues.ahead_opener.match(opener.group(0)):
            return "future"  # "d'ici la Toussaint" looks ahead whatever the verb
        if opener and tense == "past":
            return None  # "a donné jusqu'au 30 juin": a past verb does not place the deadline
        if opener and tense is None and self.cues.until_opener.match(opener.group(0)):
            return "future"  # "maintenue jusqu'à lundi": without a verb that says otherwise, the bound is ahead
        return tense

    def year_following(self, end: int) -> int | None:
        """The year written after a day and month that have none ("July 15-24 in 2022", "Jan. 6 next year",
        "du 3 avril au 6 mai de l'année prochaine"), or None."""
        written = self.cues.year_in_after.match(self.text, end, end + 12)
        if written:
            return int(written.group(1))
        if self.anchor is None:
            return None
        rel = self.cues.year_after.match(self.text, end, end + 30) or self.cues.range_end_relative_year.match(
            self.text, end, end + 60
        )
        if rel is None:
            return None
        return self.anchor.year + (1 if self.cues.mod(next(g for g in rel.groups() if g)) == "next" else -1)

    def year_labelling(self, start: int) -> int | None:
        """The one year of a short label before a colon that the date follows on its line: the year of the list it
        heads ("Autres dates 2019: 20 octobre, 24 novembre", "Calendar 2024: March 12 and April 4"), or None."""
        line = self.text[self.text.rfind("\n", 0, start) + 1 : start]
        label, colon, _ = line.partition(":")
        years = re.findall(r"\b(?:1[89]|2[01])\d\d\b", label)
        if not colon or len(years) != 1 or len(label.split()) > _LABEL_WORDS:
            return None
        return int(years[0])

    def year(self, word: str) -> int:
        digits = re.sub(r"\D", "", word)
        if len(digits) == 4:
            return int(digits)
        ref = self.anchor.year if self.anchor else 2000
        year = ref - ref % 100 + int(digits)
        return year - 100 if year > ref + 5 else year

    def anniversary(self, start: int, year: int) -> int:
        """Year of the anniversary when the date is what a "80 ans du ..." in its sentence commemorates."""
        s0, _ = self.sentence_of(start)
        window = self.text[max(s0, start - 200) : start]
        for m in _anniversary(self.language).finditer(window):
            n = self.language.anniversary_words.get(fold(m.group("w") or "")) or parse_number(
                m.group("n") or m.group("n2") or "", self.language
            )
            if not n or n < 1 or n > 1000:
                continue
            target = year + int(n)
            if self.anchor is None and target <= 2100:
                return target
            if self.anchor is not None and abs(target - self.anchor.year) <= 1:
                return target
        return year

    def pick(self, options: list[dt.date], tense: Tense | None, mod: Mod | None) -> dt.date:
        """The option the tense and modifier allow, nearest the anchor."""
        a = self.anchor
        assert a is not None

        def cost(d: dt.date) -> float:
            delta = (d - a).days
            penalty = 0
            if mod == "next" and delta <= 0 or mod == "last" and delta >= 0:
                penalty = 1000
            elif tense == "future" and delta < 0 or tense == "past" and delta > 0:
                penalty = 400  # more than a year: a tense contradiction outweighs any distance
            return abs(delta) + penalty

        return min(options, key=cost)

    def resolve_day_month(
        self, day: int, month: int, year: int | None, wd: int | None, tense: Tense | None, mod: Mod | None, start: int
    ) -> str | None:
        if year is not None:
            original = year
            year = self.anniversary(start, year)
            if (
                year == original
                and self.anchor is not None
                and year < self.anchor.year - 1
                and tense != "past"
                and self.cues.commemoration_before.search(self.text, max(0, start - 40), start)
            ):
                # "assistera aux commémorations du 6 juin 1944": the next 6 June is the event
                this_year = valid_date(self.anchor.year, month, day)
                year = self.anchor.year if this_year and this_year >= self.anchor else self.anchor.year + 1
            d = valid_date(year, month, day)
            if d:
                self.day_month_seen.setdefault((month, day), d)
            return iso(d) if d else None
        if self.anchor is None:
            return f"XXXX-{month:02d}-{day:02d}"
        if tense is None and mod is None and wd is None and (month, day) in self.day_month_seen:
            # "behind the Oct. 7 attacks ... the rest of the Oct. 7 terrorists": a day the text has already dated is
            # that day again where nothing else says which year
            return iso(self.day_month_seen[(month, day)])
        options = [
            d
            for y in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1)
            if (d := valid_date(y, month, day))
        ]
        if not options:
            return None
        if wd is not None:
            same = [d for d in options if d.isoweekday() == wd]
            anchor = self.anchor
            near = min(options, key=lambda d: abs((d - anchor).days))
            # "le jeudi 12 décembre" two weeks ahead, a Friday this year: a slip of the weekday, not last year's
            slip = abs((near - anchor).days) <= _WEEKDAY_SLIP_NEAR and near not in same
            if same and not (slip and all(abs((d - anchor).days) > _WEEKDAY_SLIP_FAR for d in same)):
                options = same
        picked = self.pick(options, tense, mod)
        if tense is not None:
            self.day_month_seen.setdefault((month, day), picked)
        return iso(picked)

    def resolve_month(self, month: int, year: int | None, tense: Tense | None, mod: Mod | None, start: int) -> str:
        if year is not None:
            return month_value(self.anniversary(start, year), month)
        if self.anchor is None:
            return f"XXXX-{month:02d}"
        a = self.anchor

        def cost(y: int) -> float:
            delta = (y * 12 + month) - (a.year * 12 + a.month)
            penalty = 0
            if mod == "next" and delta <= 0 or mod == "last" and delta >= 0:
                penalty = 100
            elif tense == "future" and delta < 0 or tense == "past" and delta > 0:
                penalty = 12
            return abs(delta) + penalty

        return month_value(min((a.year - 1, a.year, a.year + 1), key=cost), month)

    def weekday_value(self, wd: int, direction: Mod | None, tense: Tense | None) -> str:
        if self.anchor is None:
            return f"XXXX-WXX-{wd}"
        if direction == "next" or direction == "last":
            return iso(weekday_date(self.anchor, wd, direction))
        if wd == self.anchor.isoweekday():
            return iso(self.anchor)  # the article's own weekday is the publication day
        if direction == "this":
            return iso(weekday_date(self.anchor, wd, "past" if tense == "past" else "future"))
        if tense == "future" or tense == "past":
            d = weekday_date(self.anchor, wd, tense)
            self.weekday_seen.setdefault(wd, d)
            return iso(d)
        if wd in self.weekday_seen:
            return iso(self.weekday_seen[wd])  # "FERA LA FÊTE DIMANCHE ... Dimanche soir, ...": the same Sunday
        return iso(weekday_date(self.anchor, wd, _WEEKDAY_DEFAULT))

    def heading_after(self, wd: int) -> dt.date | None:
        """The day a weekday heading a programme's line names when the text's last day is to come: that weekday in
        the days that follow it ("WEDNESDAY - Portsmouth ... THURSDAY - Normandy", "Lundi 5 janvier ... Mardi, ...");
        the headings of an announced programme go in day order. None before any day, or after a past one."""
        last = self.discourse
        if self.anchor is None or last is None or self.discourse_at < 0 or last < self.anchor:
            return None
        return last + dt.timedelta(days=(wd - last.isoweekday()) % 7)

    def relative_day(self, word: str) -> dt.date | None:
        """The day "demain", "hier", "la veille", "the next day" name: from the anchor, or from the discourse date."""
        w = fold(word)
        from_anchor, from_discourse = self.language.days_from_publication, self.language.days_from_discourse
        if w in from_anchor:
            return self.anchor + dt.timedelta(days=from_anchor[w]) if self.anchor else None
        if w in from_discourse and self.discourse and self.discourse_at >= 0:
            # with no date before it, "la veille", "le même jour" name a day the text has not given
            return self.discourse + dt.timedelta(days=from_discourse[w])
        return None


@functools.cache
def _anniversary(language: Language) -> re.Pattern[str]:
    """What a "80 ans du ..." before a date looks like in the language (never matches when it has none)."""
    return re.compile(language.anniversary or r"(?!)", re.IGNORECASE)


Rule = Callable[[RuleContext, re.Match[str]], list[Found]]


# a line of a list: a list mark, or an hour that opens the line ("15h00  Questions au gouvernement")
# a programme's item: a list mark, an hour, or a label of up to three words and a colon ("Matin : visite…",
# "Fin d'après-midi : entretien…", "Morning: tour of…")
_LIST_LINE = re.compile(r"\s*(?:[-–—•*·]|\d{1,2}\s?(?:h|:)\s?\d{0,2}\b|[^\W\d][\w'’-]*(?:\s[\w'’-]+){0,2}\s?:\s)")


_PLACE_LINE = 6  # words: a line under a programme's item as short as this, without a full stop, is its place


def _list_under(between: str) -> bool:
    """Whether the text after a date is the list its line heads (a day's programme): every line after
    the date's own is an item of the list, the short line of an item's place ("Hôtel de Roquelaure") or
    a blank line between items; a line of prose ends the programme."""
    own, *lines = between.split("\n")
    items = [line for line in lines if line.strip()]
    return (
        bool(lines)
        and _in_programme(own)  # the date heads the programme or is one of its items, not a date in prose
        and all(_in_programme(line) for line in items)
    )


def _in_programme(line: str) -> bool:
    """A line of a programme: an item (a list mark, an hour), or a heading or place short and without a full stop."""
    return bool(_LIST_LINE.match(line)) or (len(line.split()) <= _PLACE_LINE and not line.rstrip().endswith("."))


_LABEL_WORDS = 6  # a list label is short ("Autres dates 2019"); a longer one is a sentence

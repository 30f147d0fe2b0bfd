"""Normalisation: turn a grammar match into TIMEX3 (type, value), resolved against an anchor.

The anchor is the publication date. Relative expressions are resolved with the tense of
the clause ("se rendra mercredi" -> the next Wednesday, "a déclaré mardi" -> the last
one), times and "la veille" against the last day-precise date of the discourse. With no
anchor, relative values keep X's (XXXX-WXX-3, XXXX-07) and nothing is upcoming.

The rules live in three mixins: `absolute` (calendar names), `relative` (told from the
publication day) and `spans` (durations and sets); this module holds their shared state
and helpers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from generator.extract.folding import fold

from .absolute import AbsoluteRules
from .calendar import iso, month_value, valid_date, weekday_date
from .grammar import AP, Candidate
from .lexicon import MONTHS_EN, MONTHS_FR, PARTS_OF_DAY, WEEKDAYS_EN, WEEKDAYS_FR, parse_number
from .relative import RelativeRules
from .spans import SpanRules
from .tense import Tense, past_after
from .values import (
    _ANNIV,
    _ANNIV_WORDS,
    _COMMEMORATION_BEFORE,
    _HANDLERS,
    _OPEN_BEFORE,
    _POSTPONED_TO,
    _WEEKDAY_DEFAULT,
    Found,
    TenseFn,
    duration_value,
)

__all__ = ["Found", "Resolver", "duration_value"]


class Resolver(AbsoluteRules, RelativeRules, SpanRules):
    """Resolves candidates in text order; keeps the discourse date for times and "la veille"."""

    def __init__(
        self,
        text: str,
        anchor: dt.date | None,
        lang: str,
        tense: TenseFn,
        sentence_of: Callable[[int], tuple[int, int]],
    ):
        self.text = text
        self.anchor = anchor
        self.lang = lang
        self.tense = tense
        self.sentence_of = sentence_of
        self.discourse: dt.date | None = anchor
        self.discourse_at = -1  # offset where the discourse date was last set
        self.last_year: tuple[int, int] | None = None  # (offset, year) of the last explicit year
        self.weekday_seen: dict[int, dt.date] = {}  # weekday -> date it was resolved to with a tense or a date
        self.months = MONTHS_FR if lang == "fr" else MONTHS_EN
        self.weekdays = WEEKDAYS_FR if lang == "fr" else WEEKDAYS_EN

    def resolve(self, c: Candidate) -> list[Found]:
        handler = getattr(self, _HANDLERS.get(c.rule, "_" + c.rule), None)
        if handler is None or c.rule.startswith("block"):
            return []
        found: list[Found] = handler(c.match) or []
        for f in found:
            if (
                len(f.value) >= 10
                and f.value[:4].isdigit()
                and f.value[4] == "-"
                and f.value[7] == "-"
                and f.value[8:10].isdigit()
            ):
                self.discourse = dt.date.fromisoformat(f.value[:10])
                self.discourse_at = f.start
        return found

    def _base(self, offset: int) -> dt.date | None:
        """The day an undated time or "la veille" refers to: the last date of the same paragraph, else the anchor."""
        if self.discourse_at >= 0 and (
            "\n" not in self.text[self.discourse_at : offset] or offset - self.discourse_at < 300
        ):
            return self.discourse
        return self.anchor

    def _month_num(self, word: str) -> int:
        return self.months[fold(word).rstrip(".")]

    def _weekday(self, word: str) -> int:
        return (
            self.weekdays[fold(word).rstrip("s")]
            if fold(word).rstrip("s") in self.weekdays
            else self.weekdays[fold(word)]
        )

    def _tense(self, m: re.Match[str]) -> Tense | None:
        starts = [m.start(g) for g in ("month", "day", "d1", "m1", "wd", "year", "unit") if g in m.re.groupindex]
        core = min([x for x in starts if x >= 0] or [m.start()])
        opener = _OPEN_BEFORE.search(self.text, max(0, core - 25), core)
        tense = self.tense(m.start(), m.end())
        if _POSTPONED_TO.search(self.text, max(0, m.start() - 60), m.start()):
            # "reporté à samedi", "was postponed until Saturday": ahead, unless the story goes on in the
            # past after it ("ajourné au 15 mars, a repris mardi", "delayed to March 28, went ahead")
            s0, s1 = self.sentence_of(m.start())
            if not past_after(self.text[s0:s1], m.end() - s0, self.lang):
                return "future"
        if opener and re.match(rf"d{AP}ici", opener.group(0), re.IGNORECASE):
            return "future"  # "d'ici la Toussaint" looks ahead whatever the verb
        if opener and tense == "past":
            return None  # "a donné jusqu'au 30 juin": a past verb does not place the deadline
        return tense

    def _day(self, word: str) -> int:
        w = fold(word).replace(" ", "")
        if w in ("1er", "premier"):
            return 1
        return int(re.sub(r"\D", "", w))

    def _year(self, word: str) -> int:
        digits = re.sub(r"\D", "", word)
        if len(digits) == 4:
            return int(digits)
        ref = self.anchor.year if self.anchor else 2000
        year = ref - ref % 100 + int(digits)
        return year - 100 if year > ref + 5 else year

    def _anniversary(self, start: int, year: int) -> int:
        """Year of the anniversary when the date is what a "80 ans du ..." in its sentence commemorates."""
        s0, _ = self.sentence_of(start)
        window = self.text[max(s0, start - 200) : start]
        for m in _ANNIV[self.lang].finditer(window):
            n = _ANNIV_WORDS.get(fold(m.group("w") or "")) or parse_number(
                m.group("n") or m.group("n2") or "", self.lang
            )
            if not n or n < 1 or n > 1000:
                continue
            target = year + int(n)
            if self.anchor is None and target <= 2100:
                return target
            if self.anchor is not None and abs(target - self.anchor.year) <= 1:
                return target
        return year

    def _pick(self, options: list[dt.date], tense: Tense | None, mod: str | None) -> dt.date:
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

    def _resolve_day_month(
        self, day: int, month: int, year: int | None, wd: int | None, tense: Tense | None, mod: str | None, start: int
    ) -> str | None:
        if year is not None:
            original = year
            year = self._anniversary(start, year)
            if (
                year == original
                and self.anchor is not None
                and year < self.anchor.year - 1
                and tense != "past"
                and _COMMEMORATION_BEFORE.search(self.text, max(0, start - 40), start)
            ):
                # "assistera aux commémorations du 6 juin 1944": the next 6 June is the event
                this_year = valid_date(self.anchor.year, month, day)
                year = self.anchor.year if this_year and this_year >= self.anchor else self.anchor.year + 1
            d = valid_date(year, month, day)
            return iso(d) if d else None
        if self.anchor is None:
            return f"XXXX-{month:02d}-{day:02d}"
        options = [
            d
            for y in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1)
            if (d := valid_date(y, month, day))
        ]
        if not options:
            return None
        if wd is not None:
            same = [d for d in options if d.isoweekday() == wd]
            if same:
                options = same
        return iso(self._pick(options, tense, mod))

    def _resolve_month(self, month: int, year: int | None, tense: Tense | None, mod: str | None, start: int) -> str:
        if year is not None:
            return month_value(self._anniversary(start, year), month)
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

    def _weekday_value(self, wd: int, direction: str | None, tense: Tense | None) -> str:
        if self.anchor is None:
            return f"XXXX-WXX-{wd}"
        if direction in ("next", "last"):
            return iso(weekday_date(self.anchor, wd, direction))  # type: ignore[arg-type]
        if wd == self.anchor.isoweekday():
            return iso(self.anchor)  # the article's own weekday is the publication day
        if direction == "this":
            return iso(weekday_date(self.anchor, wd, "past" if tense == "past" else "future"))
        if tense in ("future", "past"):
            d = weekday_date(self.anchor, wd, tense)
            self.weekday_seen.setdefault(wd, d)
            return iso(d)
        if wd in self.weekday_seen:
            return iso(self.weekday_seen[wd])  # "FERA LA FÊTE DIMANCHE ... Dimanche soir, ...": the same Sunday
        return iso(weekday_date(self.anchor, wd, _WEEKDAY_DEFAULT))

    def _pod_code(self, pod: str | None, edge: str | None = None) -> str:
        p = fold(pod or "")
        code = PARTS_OF_DAY.get(p, "DT")
        if p == "journee" and edge:
            code = "EV" if fold(edge) == "fin" else "MO"
        return code if code.startswith("T") else "T" + code

    def _relative_day(self, word: str, offset: int) -> dt.date | None:
        w = fold(word)
        offsets = {
            "aujourd'hui": 0,
            "hier": -1,
            "demain": 1,
            "avant-hier": -2,
            "apres-demain": 2,
            "today": 0,
            "yesterday": -1,
            "tomorrow": 1,
            "tonight": 0,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }
        discourse = {
            "la veille": -1,
            "l'avant-veille": -2,
            "le lendemain": 1,
            "le surlendemain": 2,
            "le meme jour": 0,
            "the day before": -1,
            "the next day": 1,
            "the following day": 1,
            "the same day": 0,
            "the previous day": -1,
        }
        if w in offsets:
            return self.anchor + dt.timedelta(days=offsets[w]) if self.anchor else None
        if w in discourse and self.discourse:
            return self.discourse + dt.timedelta(days=discourse[w])
        return None

"""Normalisation: turn a grammar match into TIMEX3 (type, value), resolved against an anchor.

The anchor is the publication date. Relative expressions are resolved with the tense of
the clause ("se rendra mercredi" -> the next Wednesday, "a déclaré mardi" -> the last
one), times and "la veille" against the last day-precise date of the discourse. With no
anchor, relative values keep X's (XXXX-WXX-3, XXXX-07) and nothing is upcoming.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .calendar import add_months, easter, iso, month_value, nth_weekday, shift, valid_date, week_value, weekday_date
from .grammar import AP, Candidate
from .lexicon import MONTHS_EN, MONTHS_FR, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS_EN, WEEKDAYS_FR, fold, parse_number
from .tense import Tense


@dataclass
class Found:
    start: int
    end: int
    type: str
    value: str
    deadline: bool = False  # "d'ici la fin du mois": a deadline after publication inside the current period


TenseFn = Callable[[int, int], "Tense | None"]

_NEXT = {
    "prochain",
    "prochaine",
    "prochains",
    "prochaines",
    "suivant",
    "suivante",
    "a venir",
    "next",
    "the next",
    "the coming",
    "coming",
    "the following",
}
_LAST = {
    "dernier",
    "derniere",
    "derniers",
    "dernieres",
    "passe",
    "passee",
    "precedent",
    "precedente",
    "ecoule",
    "ecoulee",
    "last",
    "the last",
    "the past",
    "past",
    "the previous",
}
_THIS = {"ce", "cet", "cette", "this", "en cours"}
# Followers that make a bare four-digit number a year: function words, verbs, punctuation.
_YEAR_FOLLOWERS = set(
    "et à a au aux pour par sur dans avec le la les un une est sont ont été qui que où en de du des, ou mais puis lors "
    "contre selon avant après alors déjà il elle ils elles on ce cette se sa son ses leur leurs y ne pas n "
    "and to in on at for with was were is are has had have by the a an of from that which when after before as but or "
    "it he she they we during until since".split()
)
_STRONG_YEAR_PRE = {
    "en",
    "depuis",
    "des",
    "jusqu'en",
    "avant",
    "apres",
    "fin",
    "debut",
    "mi",
    "courant",
    "l'annee",
    "l'an",
    "annee",
    "saison",
    "exercice",
    "budget",
    "in",
    "since",
    "by",
    "until",
    "till",
    "through",
    "during",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "fiscal",
    "the year",
    "year",
    "printemps",
    "ete",
    "automne",
    "hiver",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "d'ici",
    "circa",
    "around",
}
_INCLUDED_MONTH_PRE = {"en", "fin", "debut", "mi", "courant", "early", "late", "mid"}
_ANNIV = {
    "fr": re.compile(
        r"\b(?:les|aux|des|du|le|ses|leurs?|pour\s+les)\s+(?P<n>\d+|[a-zà-ü-]+)\s+ans\s+d|\b(?P<n2>\d+)(?:e|ème|è)\s+anniversaire"
        r"|(?P<w>bicentenaire|centenaire"
        r"|cinquantenaire|tricentenaire)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?P<n2>\d+)(?:st|nd|rd|th)\s+anniversary\b|\b(?P<n>\d+|[a-z-]+)\s+years\s+since\b|(?P<w>bicentenary|centenary"
        r"|centennial|bicentennial)",
        re.IGNORECASE,
    ),
}
_ANNIV_WORDS = {
    "bicentenaire": 200,
    "centenaire": 100,
    "cinquantenaire": 50,
    "tricentenaire": 300,
    "bicentenary": 200,
    "centenary": 100,
    "centennial": 100,
    "bicentennial": 200,
}
_DEADLINE_BEFORE = re.compile(
    rf"(?:d{AP}ici|avant|jusqu{AP}(?:à|a|au)|by|before|until|till|later)\s*(?:à\s+|la\s+|the\s+)?$", re.IGNORECASE
)
_OPEN_BEFORE = re.compile(
    rf"(?:jusqu{AP}(?:au|à|a|en)|d{AP}ici(?:\s+(?:au|à|le|la))?|avant\s+(?:le|la|l{AP})?|à\s+partir\s+d[ue]|dès\s+le|until|till"
    rf"|by|before|starting|from|through|throughout)\s*$",
    re.IGNORECASE,
)
_DURATION_NOUN = re.compile(
    r"\b(?:peine|duree|periode|delai|contrat|mandat|bail|plan|programme|emprisonnement|prison|reclusion|travaux|retard"
    r"|absence|exil|attente|moratoire|interdiction|suspension|garantie|engagement|sejour|regne|carriere|chantier"
    r"|negociations?|tractations|guerre|conflit|occupation|sursis|condamnation|obligation|concession|pret|credit|emprunt"
    r"|etudes?|espace|intervalle|service|plus|moins|pres|environ|terme|bout|cours|issue|long)\s+(?:\w+\s+)?$"
)
# "trois ans de tractations", "2 ans de prison": a span of something, not an age
_DURATION_AFTER = re.compile(r"\s*(?:d(?:e\s|')|ferme\b|avec\s+sursis)")
_YEAR_AFTER = re.compile(
    rf",?\s+(?:(?:of\s+)?(next|last)\s+year|de\s+l{AP}(?:an|année)\s+(prochaine?|derni[eè]re?|pass[ée]e?))\b",
    re.IGNORECASE,
)
_RANGE_END_YEAR = re.compile(
    rf"\s*(?:-|–|au|à|to|through|until|and|et|jusqu{AP}au)\s+(?:le\s+)?[\w.]+(?:\s+[\w.]+){{0,2}}?,?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)

_WEEKDAY_DEFAULT = "nearest"  # with no tense cue, within three days either way (tried "future": worse on both corpora)
_HANDLERS = {"month": "_month_rule", "year": "_year_rule", "weekday": "_weekday_rule"}
_ORDINAL_EN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(s: str) -> int:
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


def _mod(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", fold(word)).strip()
    if w in _NEXT:
        return "next"
    if w in _LAST:
        return "last"
    if w in _THIS:
        return "this"
    return None


def _unit_key(unit: str) -> str:
    u = fold(unit).strip()
    if u in UNITS:
        return u
    if u == "ans":
        return "an"
    if u == "centuries":
        return "century"
    if u.endswith("s") and u[:-1] in UNITS:
        return u[:-1]
    return u


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(num: float | None, unit: str, half: bool = False) -> str:
    letter, mult, clock = UNITS.get(_unit_key(unit), ("Y", 1, False))
    if num is None:
        return ("PTX" if clock else "PX") + letter
    n = num * mult + (0.5 * mult if half else 0)
    if letter == "M" and not clock and not float(n).is_integer():
        n = n  # keep "P1.5M"
    return ("PT" if clock else "P") + _fmt(n) + letter


class Resolver:
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

    # -- entry point -------------------------------------------------------------------

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

    # -- helpers -----------------------------------------------------------------------

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
            year = self._anniversary(start, year)
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
        w = re.sub(r"\s+", " ", fold(word))
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

    # -- rules -------------------------------------------------------------------------

    def _date(self, m: re.Match[str]) -> list[Found]:
        month = self._month_num(m.group("month"))
        day = self._day(m.group("day"))
        year = self._year(m.group("year")) if m.group("year") else None
        if year is None:
            # "du 3 avril au 6 mai 2019", "from July 9 to July 11, 2019": the range's end gives the year
            linked = _RANGE_END_YEAR.match(self.text, m.end(), m.end() + 40)
            year = int(linked.group(1)) if linked else None
        if year is None and self.anchor is not None:
            # "Jan. 6 next year", "le 15 mars de l'année prochaine"
            rel = _YEAR_AFTER.match(self.text, m.end(), m.end() + 30)
            if rel:
                year = self.anchor.year + (1 if _mod(rel.group(1) or rel.group(2)) == "next" else -1)
        wd = self._weekday(m.group("wd")) if m.group("wd") else None
        value = self._resolve_day_month(day, month, year, wd, self._tense(m), _mod(m.groupdict().get("mod")), m.start())
        if value is None:
            return []
        if value[:4].isdigit():
            d = dt.date.fromisoformat(value)
            self.weekday_seen.setdefault(d.isoweekday(), d)  # "samedi 29 mai ... samedi à 8 h"
        start = m.start()
        if (
            m.groupdict().get("det") is None
            and self.lang == "en"
            and m.group(0)[:1].islower()
            and m.group("wd") is None
        ):
            start = m.start("day")
        return [Found(start, m.end(), "DATE", value)]

    def _range_days(self, m: re.Match[str]) -> list[Found]:
        month = self._month_num(m.group("month"))
        year = self._year(m.group("year")) if m.group("year") else None
        tense, mod = self._tense(m), _mod(m.groupdict().get("mod"))
        out = []
        first = m.start("wd1") if m.groupdict().get("wd1") else m.start("d1")
        for group, span in (("d1", (first, m.end("d1"))), ("day", (m.start("rest"), m.end("rest")))):
            value = self._resolve_day_month(self._day(m.group(group)), month, year, None, tense, mod, m.start())
            if value:
                out.append(Found(span[0], span[1], "DATE", value))
        if self.lang == "en" and out:  # "March 3-5": the month belongs to the first day's span
            out[0].start = m.start()
        return out

    def _month_range(self, m: re.Match[str]) -> list[Found]:
        year = self._year(m.group("year")) if m.group("year") else None
        tense, mod = self._tense(m), _mod(m.groupdict().get("mod"))
        return [
            Found(
                m.start(g),
                m.end(g) if g == "m1" else m.end(),
                "DATE",
                self._resolve_month(self._month_num(m.group(g)), year, tense, mod, m.start()),
            )
            for g in ("m1", "m2")
        ]

    def _month_rule(self, m: re.Match[str]) -> list[Found]:
        pre = re.sub(r"\s+", " ", fold(m.group("pre") or "")).strip(" -")
        word = m.group("month")
        year = self._year(m.group("year")) if m.group("year") else None
        mod = _mod(m.group("mod")) if m.groupdict().get("mod") else None
        if not pre and year is None and mod is None:
            return []
        if self.lang == "en" and word in ("May", "March") and year is None and pre in ("", "and", "or", "to", "of"):
            return []  # "May" the modal, "March" the verb or noun
        if (
            self.lang == "fr"
            and pre in ("de", "d'", "et", "ou", "avant", "apres", "entre")
            and year is None
            and not word.islower()
            and not word.isupper()
        ):
            return []  # "Mars" the planet, a capitalised name
        if pre.split(" ")[-1] in ("last", "next", "this") and mod is None:
            mod = _mod(pre.split(" ")[-1])
        if (
            year is None
            and mod is None
            and self.last_year
            and 0 <= m.start() - self.last_year[0] < 60
            and self.sentence_of(m.start()) == self.sentence_of(self.last_year[0] - 1)
        ):
            year = self.last_year[1]  # "en 97 (en janvier ..., en octobre ...)": the year in focus
        tense = self._tense(m)
        value = self._resolve_month(self.months[fold(word)], year, tense, mod, m.start())
        start = (
            m.start()
            if pre.split(" ")[0] in _INCLUDED_MONTH_PRE or pre.startswith(("au mois", "le mois", "mois"))
            else m.start("month")
        )
        # "fin avril" said on 2 April, in the future tense: the end of this month is still to come
        deadline = (
            self.anchor is not None
            and pre in ("fin", "late")
            and value == month_value(self.anchor.year, self.anchor.month)
            and tense == "future"
        )
        return [Found(start, m.end(), "DATE", value, deadline=deadline)]

    def _year_range(self, m: re.Match[str]) -> list[Found]:
        y1 = int(m.group("y1"))
        raw2 = m.group("y2")
        y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
        if not (y1 < y2 <= y1 + 100):
            return []
        return [Found(m.start("y1"), m.end("y1"), "DATE", str(y1)), Found(m.start("y2"), m.end("y2"), "DATE", str(y2))]

    def _year_rule(self, m: re.Match[str]) -> list[Found]:
        pre = re.sub(r"\s+", " ", fold(m.group("pre") or "")).strip(" -")
        year = int(m.group("year"))
        after = self.text[m.end() : m.end() + 30]
        if re.match(r"\s*(?:%|€|\$|£|[.,]\d|-\d)", after):
            return []
        strong = pre in _STRONG_YEAR_PRE
        if not strong:
            if year < 1900 and not pre:
                return []
            det_before = re.search(
                r"\b(?:a|an|the|his|her|its|their|our|this|that|la|le|les|sa|son|ses|leur)\s+$",
                self.text[max(0, m.start() - 8) : m.start()],
                re.IGNORECASE,
            )
            nxt = None if det_before else re.match(r"\s+([^\W\d]+)", after)
            if (
                nxt
                and nxt.group(1)[0].islower()
                and fold(nxt.group(1)) not in _YEAR_FOLLOWERS
                and nxt.group(1).lower() not in _YEAR_FOLLOWERS
            ):
                return []  # "2000 soldats", "1500 personnes"
        value = str(self._anniversary(m.start(), year))
        self.last_year = (m.end(), year)
        start = (
            m.start()
            if pre in ("fin", "debut", "mi", "courant", "l'annee", "early", "late", "mid", "fiscal")
            else m.start("year")
        )
        return [Found(start, m.end(), "DATE", value)]

    def _year2(self, m: re.Match[str]) -> list[Found]:
        self.last_year = (m.end(), self._year(m.group("year")))
        return [Found(m.start("year"), m.end(), "DATE", str(self._year(m.group("year"))))]

    def _decade(self, m: re.Match[str]) -> list[Found]:
        dec = m.group("dec")
        if len(dec) == 2:
            dec = "19" + dec
        return [Found(m.start(), m.end(), "DATE", dec[:3] + "X")]

    def _century(self, m: re.Match[str]) -> list[Found]:
        c = m.group("c")
        n = _roman(c.upper()) if not c.isdigit() else int(c)
        if not 1 <= n <= 21:
            return []
        return [Found(m.start(), m.end(), "DATE", f"{n - 1:02d}")]

    def _deictic(self, m: re.Match[str]) -> list[Found]:
        word = fold(m.group("word"))
        pod = m.groupdict().get("pod")
        if word in ("aujourd'hui", "today") and not pod and not m.groupdict().get("wd") and self._is_present_ref(m):
            return [Found(m.start(), m.end(), "DATE", "PRESENT_REF")]
        d = self._relative_day(m.group("word"), m.start())
        if word == "tonight":
            return [Found(m.start(), m.end(), "TIME", (iso(d) if d else "XXXX-XX-XX") + "TNI")]
        if d is None:
            if self.anchor is None and word in ("aujourd'hui", "today"):
                return [Found(m.start(), m.end(), "DATE", "PRESENT_REF")]
            return [Found(m.start(), m.end(), "DATE", "XXXX-XX-XX")]
        if m.groupdict().get("h"):
            clock = f"T{int(m.group('h')):02d}:{int(m.group('mi') or 0):02d}"
            return [Found(m.start(), m.end(), "TIME", iso(d) + clock)]
        if pod:
            return [Found(m.start(), m.end(), "TIME", iso(d) + self._pod_code(pod, m.groupdict().get("edge")))]
        return [Found(m.start(), m.end(), "DATE", iso(d))]

    def _is_present_ref(self, m: re.Match[str]) -> bool:
        """ "aujourd'hui" as "nowadays" (present-tense generalisation) rather than the publication day."""
        s0, _ = self.sentence_of(m.start())
        before = self.text[s0 : m.start()]
        after = self.text[m.end() : m.end() + 2]
        if self.lang == "fr":
            return (
                after.startswith(",")
                or before.rstrip().endswith(",")
                or bool(re.search(r"\bn(?:e\s|['’])\w+\s+$", before))
            )
        return self._tense(m) not in ("past", "future")

    def _weekday_rule(self, m: re.Match[str]) -> list[Found]:
        wd = self._weekday(m.group("wd"))
        det = fold(m.group("det") or "") if m.groupdict().get("det") else ""
        mod = _mod(m.groupdict().get("mod"))
        if det in ("ce", "cette"):
            mod = mod or "this"
        tense = self._tense(m)
        if det == "depuis":
            tense = "past"
        value = self._weekday_value(wd, mod, tense)
        pod = m.group("pod")
        start = (
            m.start()
            if det in ("ce", "cette", "le")
            or m.group("mod")
            and self.lang == "en"
            and fold(m.group("mod")) not in ("on",)
            else m.start("wd")
        )
        if pod:
            return [Found(start, m.end(), "TIME", value + self._pod_code(pod))]
        return [Found(start, m.end(), "DATE", value)]

    def _night_of(self, m: re.Match[str]) -> list[Found]:
        value = self._weekday_value(self._weekday(m.group("wd")), None, self._tense(m))
        return [Found(m.start(), m.end(), "TIME", value + "TNI")]

    def _set(self, m: re.Match[str]) -> list[Found]:
        g = m.groupdict()
        if g.get("adj"):
            a = fold(g["adj"])
            unit = (
                "Y"
                if a.startswith(("annu", "year"))
                else "W"
                if a.startswith(("hebdo", "week"))
                else "M"
                if a.startswith(("mensu", "month"))
                else "D"
            )
            return [Found(m.start(), m.end(), "SET", f"P1{unit}")]
        if g.get("wd"):
            return [Found(m.start("wd") - 3, m.end(), "SET", f"XXXX-WXX-{self._weekday(g['wd'])}")]
        unit = g.get("unit") or ""
        u = fold(unit).rstrip("s")
        if u in self.weekdays:
            return [Found(m.start(), m.end(), "SET", f"XXXX-WXX-{self.weekdays[u]}")]
        if u in PARTS_OF_DAY or u in ("matin", "soir", "mornings", "morning", "evening", "night", "nuit"):
            return [Found(m.start(), m.end(), "SET", "XXXX-XX-XX" + self._pod_code(u))]
        if u in SEASONS or u in ("ete",):
            return [Found(m.start(), m.end(), "SET", "XXXX-" + SEASONS.get(u, "SU"))]
        if u in ("week-end", "weekend"):
            return [Found(m.start(), m.end(), "SET", "XXXX-WXX-WE")]
        if u == "season":
            return [Found(m.start(), m.end(), "SET", "P1Y")]
        num = parse_number(g["num"], self.lang) if g.get("num") else 1.0
        return [Found(m.start(), m.end(), "SET", duration_value(num, unit))]

    def _relunit(self, m: re.Match[str]) -> list[Found]:
        det = re.sub(r"\s+", " ", fold(m.group("det")))
        unit = fold(m.group("unit"))
        mod = _mod(m.group("mod")) if m.groupdict().get("mod") else None
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
            self.lang == "en"
            and det.startswith("the ")
            and unit in ("year", "month", "week")
            and mod in ("next", "last")
            and det != "the last"
            or det == "the past"
        ):
            # "the past year", "the next month": a period counted from now (a duration)
            return [Found(m.start(), m.end(), "DURATION", duration_value(1, unit))]
        n = {"next": 1, "last": -1, "this": 0}[mod]
        pre = fold(m.groupdict().get("pre") or "")
        deadline = pre == "later" and n == 0
        a = self.anchor
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
                if n == 0 and self._tense(m) == "past" and a.isoweekday() < 6:
                    base = a - dt.timedelta(weeks=1)
                value = week_value(base) + "-WE"
        elif unit in ("trimestre", "quarter"):
            if a is None:
                value = "XXXX-QX"
            else:
                q = (a.month - 1) // 3 + n
                value = f"{a.year + q // 4}-Q{q % 4 + 1}"
        elif fold(unit) in SEASONS:
            code = SEASONS[fold(unit)]
            value = f"{a.year + (n if n else 0)}-{code}" if a else f"XXXX-{code}"
        else:
            return []
        return [Found(m.start(), m.end(), "DATE", value, deadline=deadline)]

    def _season(self, m: re.Match[str]) -> list[Found]:
        code = SEASONS[fold(m.group("season"))]
        mod = _mod(m.groupdict().get("mod"))
        if m.groupdict().get("year"):
            return [Found(m.start("season"), m.end(), "DATE", f"{m.group('year')}-{code}")]
        if self.anchor is None:
            return [Found(m.start("season"), m.end(), "DATE", f"XXXX-{code}")]
        y = self.anchor.year + (1 if mod == "next" else -1 if mod == "last" else 0)
        return [Found(m.start("season"), m.end(), "DATE", f"{y}-{code}")]

    def _edge(self, m: re.Match[str]) -> list[Found]:
        unit = fold(m.group("unit"))
        mod = _mod(m.groupdict().get("mod"))
        context = fold(self.text[max(0, m.start() - 12) : m.start("edge")])
        if mod is None:
            mod = "next" if re.search(r"\bnext\s*$", context) else "last" if re.search(r"\blast\s*$", context) else None
        n = {"next": 1, "last": -1}.get(mod or "", 0)
        edge_word = fold(m.group("edge"))
        if mod is None and not re.search(r"\b(?:this|cette|ce)\s*$", context):
            tense = self._tense(m)
            if edge_word in ("fin", "end") and tense == "past" and unit in ("annee", "an", "year", "mois", "month"):
                n = -1  # "peaked by the end of the year" (said in March): last year's end
            elif edge_word in ("debut", "beginning", "start") and tense == "future":
                n = 1  # "sera lancé début de l'année" (said in May): next year's start
        a = self.anchor
        if unit in ("annee", "an", "year"):
            value = str(a.year + n) if a else "XXXX"
        elif unit in ("mois", "month"):
            value = month_value(*add_months(a.year, a.month, n)) if a else "XXXX-XX"
        elif unit in ("semaine", "week"):
            value = week_value(a + dt.timedelta(weeks=n)) if a else "XXXX-WXX"
        elif unit in SEASONS:
            value = f"{a.year + n}-{SEASONS[unit]}" if a else f"XXXX-{SEASONS[unit]}"
        elif unit in ("decennie", "decade"):
            value = f"{str(a.year)[:3]}X" if a else "XXXX"
        else:
            return []
        edge = fold(m.group("edge"))
        before = self.text[max(0, m.start() - 20) : m.start()]
        deadline = (
            n == 0
            and edge in ("fin", "end")
            and bool(_DEADLINE_BEFORE.search(before + m.group(0)[: m.start("edge") - m.start()]))
        )
        if n == 0 and edge in ("fin", "end") and self._tense(m) == "future":
            deadline = True
        start = m.start()
        lead = re.match(r"(?:à|a|en|by|before|until|at|in|toward|towards)\s+", m.group(0), re.IGNORECASE)
        if lead:
            start += lead.end()
        return [Found(start, m.end(), "DATE", value, deadline=deadline)]

    def _ici(self, m: re.Match[str]) -> list[Found]:
        return [Found(m.start(), m.end(), "DATE", iso(self.anchor) if self.anchor else "PRESENT_REF")]

    def _ago(self, m: re.Match[str]) -> list[Found]:
        num = parse_number(m.group("num"), self.lang)
        unit = m.group("unit")
        key = _unit_key(unit)
        letter, mult, clock = UNITS.get(key, ("Y", 1, False))
        if num is None or clock:
            return [Found(m.start("num"), m.end("unit"), "DURATION", duration_value(num, unit))]
        if self.anchor is None:
            return [Found(m.start(), m.end(), "DATE", "PAST_REF")]
        d = shift(self.anchor, -num * mult, letter)
        value = str(d.year) if letter == "Y" else month_value(d.year, d.month) if letter == "M" else iso(d)
        return [Found(m.start(), m.end(), "DATE", value)]

    def _in(self, m: re.Match[str]) -> list[Found]:
        num = parse_number(m.group("num"), self.lang)
        unit = m.group("unit")
        letter, mult, clock = UNITS.get(_unit_key(unit), ("Y", 1, False))
        if clock:
            return [Found(m.start("num"), m.end("unit"), "DURATION", duration_value(num, unit))]
        if letter == "D" and mult == 1 and fold(m.group("num")).strip() in ("un", "une", "a", "one"):
            return []  # "dans un jour de grande forme"
        if num is not None and num * mult > {"D": 31, "W": 8, "M": 24}.get(letter, 0):
            # "do it in 100 days", "d'ici à dix ans": a span of work, not a date
            return [Found(m.start(), m.end(), "DURATION", duration_value(num, unit))]
        if letter == "Y" and num is not None:
            return [
                Found(m.start(), m.end(), "DURATION", duration_value(num, unit))
            ]  # "d'ici à dix ans": too vague a date
        if num is None or self.anchor is None:
            return [Found(m.start(), m.end(), "DATE", "FUTURE_REF")]
        d = shift(self.anchor, num * mult, letter)
        value = str(d.year) if letter == "Y" else month_value(d.year, d.month) if letter == "M" else iso(d)
        return [Found(m.start(), m.end(), "DATE", value)]

    def _duration_range(self, m: re.Match[str]) -> list[Found]:
        unit = m.group("unit")
        n1 = parse_number(m.group("n1"), self.lang)
        n2 = parse_number(m.group("num"), self.lang)
        if n1 is None or n2 is None or n1 >= n2:
            return []
        return [
            Found(m.start("n1"), m.end("n1"), "DURATION", duration_value(n1, unit)),
            Found(m.start("rest"), m.end("rest"), "DURATION", duration_value(n2, unit)),
        ]

    def _duration(self, m: re.Match[str]) -> list[Found]:
        g = m.groupdict()
        if g.get("word"):
            return [Found(m.start(), m.end(), "DURATION", duration_value(1, g["word"]))]
        if g.get("hh"):
            h, mi, se = int(g["hh"]), int(g["mm"]), int(g["ss"])
            return [Found(m.start(), m.end(), "DURATION", f"PT{h}H{mi}M{se}S")]
        unit = g["unit"]
        if g.get("frac"):
            frac = 0.5 if "demi" in fold(g["frac"]) else 0.25
            letter, mult, clock = UNITS[_unit_key(unit)]
            n = frac * mult
            if clock and letter == "H":
                return [Found(m.start(), m.end(), "DURATION", f"PT{_fmt(n * 60)}M")]
            if letter == "Y" and not float(n).is_integer():
                return [Found(m.start(), m.end(), "DURATION", f"P{_fmt(n * 12)}M")]
            return [Found(m.start(), m.end(), "DURATION", ("PT" if clock else "P") + _fmt(n) + letter)]
        num_text = g.get("num")
        last = g.get("last")
        if not num_text and not last:
            u = fold(unit)
            if self.lang == "fr" or not u.endswith("s") or u in ("seconds",):
                return []
            start = m.start("unit")
            if g.get("pre"):
                start = m.start()
            return [Found(start, m.end(), "DURATION", duration_value(None, unit))]
        if re.match(
            r"\s+(?:fois|chance|vague|guerre|place|manche|mi-temps|édition|session|phase|étape|partie|time|round)\b",
            self.text[m.end() : m.end() + 15],
            re.IGNORECASE,
        ) and fold(unit).startswith("second"):
            return []  # "une seconde fois", "a second time": the ordinal, not the unit
        num = parse_number(num_text, self.lang) if num_text else None
        if num is None and not num_text and last and not fold(unit).endswith("s") and fold(unit) != "mois":
            num = 1.0  # "the next decade", "la dernière semaine"
        if num_text and num is None and fold(num_text).strip() in ("a", "an", "un", "une"):
            num = 1.0
        if num is not None and num > 10000:
            return []
        value = duration_value(num, unit, half=bool(g.get("half")))
        return [Found(m.start(), m.end(), "DURATION", value)]

    def _pod(self, m: re.Match[str]) -> list[Found]:
        g = m.groupdict()
        pod = fold(g["pod"])
        this = fold(g.get("this") or "")
        det = fold(g.get("det") or "")
        if det and not g.get("rel") and not this:
            if det == "le" and not g.get("meme"):
                return []
            if det == "la" and pod not in ("nuit", "soiree", "matinee"):
                return []
        if self.lang == "fr" and pod == "journee" and not g.get("rel"):
            return []
        edge = None
        rel = fold(g.get("rel") or "")
        if "fin" in rel:
            edge = "fin"
        elif "debut" in rel:
            edge = "debut"
        if this in ("ce", "cet", "cette", "this"):
            base = self.anchor
        elif this in ("last", "yesterday"):
            base = self.anchor - dt.timedelta(days=1) if self.anchor else None
        elif this == "tomorrow":
            base = self.anchor + dt.timedelta(days=1) if self.anchor else None
        else:
            base = self._base(m.start())
        code = self._pod_code(pod, edge)
        if pod == "apres-midi" and edge:
            code = "TAF"
        prefix = iso(base) if base else "XXXX-XX-XX"
        return [Found(m.start(), m.end(), "TIME", prefix + code)]

    def _time(self, m: re.Match[str]) -> list[Found]:
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
        base = self._base(m.start())
        if g.get("day"):
            dword = g["day"]
            if fold(dword).rstrip("s") in self.weekdays:
                v = self._weekday_value(self._weekday(dword), None, self._tense(m))
                base = dt.date.fromisoformat(v) if v[:4].isdigit() else None
            else:
                base = self._relative_day(dword, m.start())
        prefix = iso(base) if base else "XXXX-XX-XX"
        start = (
            m.start()
            if g.get("pre") and fold(g["pre"]) in ("vers", "around", "about")
            else (m.start("h") if g.get("h") else m.start())
        )
        return [Found(start, m.end(), "TIME", f"{prefix}T{hh:02d}:{mm:02d}")]

    def _age(self, m: re.Match[str]) -> list[Found]:
        """ "un chauffeur de 38 ans" is an age; "une peine de 2 ans", "de 8 à 24 mois" are durations."""
        before = fold(self.text[max(0, m.start() - 30) : m.start()])
        after = fold(self.text[m.end() : m.end() + 25])
        if not (_DURATION_NOUN.search(before) or _DURATION_AFTER.match(after)):
            return []
        out = []
        unit = m.group("unit")
        if m.group("n1"):
            out.append(
                Found(m.start("n1"), m.end("n1"), "DURATION", duration_value(parse_number(m.group("n1"), "fr"), unit))
            )
        num = parse_number(m.group("num"), "fr") if m.group("num") else None
        start = m.start("num") if m.group("num") else m.start() + 2
        out.append(Found(start, m.end(), "DURATION", duration_value(num, unit)))
        return out

    def _holiday(self, m: re.Match[str]) -> list[Found]:
        """Feasts and public holidays, in the year the tense points to: "d'ici Noël", "before Christmas"."""
        whole = fold(m.group("hol"))
        name = re.sub(r"\s+", " ", fold(m.group("h")))

        def day_in(year: int) -> dt.date:
            e = easter(year)
            if "lundi" in whole or "monday" in name:
                return e + dt.timedelta(days=1)
            offsets = {
                "paques": 0,
                "easter": 0,
                "easter sunday": 0,
                "good friday": -2,
                "ascension": 39,
                "pentecote": 49,
                "pentecost": 49,
                "whitsun": 49,
            }
            if name in offsets:
                return e + dt.timedelta(days=offsets[name])
            if name.startswith("thanksgiving"):
                return nth_weekday(year, 11, 4, 4)
            if name == "memorial day":
                return nth_weekday(year, 5, 1, -1)
            if name == "labor day":
                return nth_weekday(year, 9, 1, 1)
            fixed = {
                "noel": (12, 25),
                "christmas": (12, 25),
                "christmas day": (12, 25),
                "christmas eve": (12, 24),
                "toussaint": (11, 1),
                "all saints' day": (11, 1),
                "saint-sylvestre": (12, 31),
                "new year's eve": (12, 31),
                "saint-valentin": (2, 14),
                "valentine's day": (2, 14),
                "halloween": (10, 31),
                "independence day": (7, 4),
                "armistice": (11, 11),
            }
            month, day = fixed.get(name, (1, 1))  # Nouvel An, jour de l'an, New Year's Day
            d = dt.date(year, month, day)
            return d - dt.timedelta(days=1) if whole.startswith(("veille", "la veille")) else d

        if self.anchor is None:
            return [Found(m.start("hol"), m.end(), "DATE", "XXXX" + day_in(2000).isoformat()[4:])]
        options = [day_in(y) for y in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1)]
        return [Found(m.start("hol"), m.end(), "DATE", iso(self._pick(options, self._tense(m), None)))]

    def _numeric(self, m: re.Match[str]) -> list[Found]:
        """2024-04-02; 02/04/2024 (day first in French), 4/2/2024 (month first in English)."""
        if m.group("iy"):
            y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        else:
            first, second, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
            d, mo = (first, second) if self.lang == "fr" else (second, first)
        date = valid_date(y, mo, d)
        return [Found(m.start(), m.end(), "DATE", iso(date))] if date else []

    def _quarter(self, m: re.Match[str]) -> list[Found]:
        g = m.groupdict()
        if g.get("qn"):
            return [Found(m.start(), m.end(), "DATE", f"{g['year2']}-{g['qn'].upper()}")]
        q = {
            "premier": 1,
            "1er": 1,
            "first": 1,
            "deuxieme": 2,
            "second": 2,
            "2e": 2,
            "troisieme": 3,
            "third": 3,
            "3e": 3,
            "quatrieme": 4,
            "dernier": 4,
            "4e": 4,
            "fourth": 4,
            "last": 4,
        }.get(fold(g["q"]), 1)
        year = g.get("year") or (str(self.anchor.year) if self.anchor else "XXXX")
        return [Found(m.start(), m.end(), "DATE", f"{year}-Q{q}")]

    def _nocturnal(self, m: re.Match[str]) -> list[Found]:
        return [Found(m.start(), m.end(), "TIME", "TNI")]

    def _present(self, m: re.Match[str]) -> list[Found]:
        return [Found(m.start(), m.end(), "DATE", "PRESENT_REF")]

    def _present_today(self, m: re.Match[str]) -> list[Found]:
        return self._present(m)

    def _future(self, m: re.Match[str]) -> list[Found]:
        if "nouvelle" in fold(m.group(0)):
            return [Found(m.start(), m.end(), "DATE", str(self.anchor.year) if self.anchor else "XXXX")]
        start = m.start("adj") if m.groupdict().get("adj") else m.start()
        return [Found(start, m.end(), "DATE", "FUTURE_REF")]

    def _past(self, m: re.Match[str]) -> list[Found]:
        return [Found(m.start(), m.end(), "DATE", "PAST_REF")]

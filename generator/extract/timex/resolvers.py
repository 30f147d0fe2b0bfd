"""The function that resolves each kind of temporal rule, by the name a language's rule gives.

A language's rules are data (`generator/lang/<code>/timex.py`, or a file for a registered one), and
`generator.lang` imports no extractor, so a rule names its resolver; this table is where a name meets
its function. The grammar reads it once per language, when it compiles the rules, and raises for a
rule whose name has no function here (a "block_*" rule has none: it only keeps its span from others).
"""

from __future__ import annotations

from . import absolute, relative, spans
from .rulecontext import Rule

__all__ = ["BLOCKER_PREFIX", "RESOLVERS", "UnresolvedRule", "resolver_of"]

BLOCKER_PREFIX = "block"  # a rule named so finds what looks temporal and is not ("80 ans", "G7")

RESOLVERS: dict[str, Rule] = {
    # calendar names (absolute)
    "date": absolute.date,
    "range_days": absolute.range_days,
    "week_of": absolute.week_of,
    "nth_week": absolute.nth_week,
    "day_before_month": absolute.day_before_month,
    "month_range": absolute.month_range,
    "month": absolute.month,
    "year_range": absolute.year_range,
    "year": absolute.year,
    "year2": absolute.year2,
    "decade": absolute.decade,
    "century": absolute.century,
    "numeric": absolute.numeric,
    "numeric_day": absolute.numeric_day,
    "quarter": absolute.quarter,
    "nth_weekday": absolute.nth_weekday,
    "holiday": absolute.holiday,
    # told from the publication day (relative)
    "deictic": relative.deictic,
    "event_day": relative.event_day,
    "weekday": relative.weekday,
    "weekday_day": relative.weekday_day,
    "weekday_of_week": relative.weekday_of_week,
    "night_of": relative.night_of,
    "relunit": relative.relunit,
    "season": relative.season,
    "edge": relative.edge,
    "rentree": relative.rentree,
    "ici": relative.ici,
    "ago": relative.ago,
    "in": relative.in_,
    "pod": relative.pod,
    "time": relative.time,
    "nocturnal": relative.nocturnal,
    "present": relative.present,
    "future": relative.future,
    "past": relative.past,
    # durations, repetitions, ages (spans)
    "set": spans.set_,
    "duration_range": spans.duration_range,
    "duration": spans.duration,
    "age": spans.age,
}


class UnresolvedRule(ValueError):
    """A rule whose name is neither a blocker's nor a resolver's: its matches would vanish silently."""

    def __init__(self, language: str, name: str) -> None:
        super().__init__(
            f"temporal rule {name!r} of language {language!r} has no resolver: "
            f"name it after one of {', '.join(sorted(RESOLVERS))}, or start it with {BLOCKER_PREFIX!r}"
        )
        self.name = name


def resolver_of(language: str, name: str) -> Rule | None:
    """The function resolving rule `name`; None for a blocker; UnresolvedRule for an unknown name."""
    if name.startswith(BLOCKER_PREFIX):
        return None
    found = RESOLVERS.get(name)
    if found is None:
        raise UnresolvedRule(language, name)
    return found

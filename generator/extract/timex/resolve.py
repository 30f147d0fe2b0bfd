"""Normalisation: turn a grammar match into TIMEX3 (type, value), resolved against an anchor.

The anchor is the publication date. Relative expressions are resolved with the tense of
the clause ("se rendra mercredi" -> the next Wednesday, "a déclaré mardi" -> the last
one), times and "la veille" against the last day-precise date of the discourse. With no
anchor, relative values keep X's (XXXX-WXX-3, XXXX-07) and nothing is upcoming.

The rules are plain functions in three modules: `absolute` (calendar names), `relative`
(told from the publication day) and `spans` (durations and sets); the grammar binds each
candidate to its function (`resolvers`). Each is given the
`RuleContext` (`rulecontext`): the text, the anchor, the tense lookup and the discourse
state, which the `Resolver` updates as it reads the candidates in text order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from generator.lang import Language

from .grammar import Candidate
from .rulecontext import RuleContext
from .values import Found, TenseFn, duration_value

__all__ = ["Found", "Resolver", "duration_value"]


class Resolver:
    """Resolves candidates in text order; keeps the discourse date for times and "la veille"."""

    def __init__(
        self,
        text: str,
        anchor: dt.date | None,
        language: Language,
        tense: TenseFn,
        sentence_of: Callable[[int], tuple[int, int]],
    ):
        self.context = RuleContext(text, anchor, language, tense, sentence_of)

    def resolve(self, c: Candidate) -> list[Found]:
        if c.resolver is None:
            return []  # a blocker's span: kept from the other rules, nothing to say
        found: list[Found] = c.resolver(self.context, c.match) or []
        for f in found:
            if (
                len(f.value) >= 10
                and f.value[:4].isdigit()
                and f.value[4] == "-"
                and f.value[7] == "-"
                and f.value[8:10].isdigit()
            ):
                self.context.discourse = dt.date.fromisoformat(f.value[:10])
                self.context.discourse_at = f.start
                self.context.discourse_end = f.end
        return found

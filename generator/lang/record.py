"""What the extractors and the reader know about one language, as one typed record."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from generator.lang.folding import fold

Unit = tuple[str, int, bool]  # TIMEX3 letter, multiplier, whether it is a clock unit (PT...)


def _empty() -> Mapping[str, str]:
    return {}


@dataclass(frozen=True, eq=False)  # eq=False: hashed by identity, so caches can key on a language
class Language:
    """One language's vocabulary, temporal grammar and the choices its extractors make.

    Word tables hold words as they are written (accents, capitals); the lookups by folded key
    (`month_numbers`, `weekday_numbers`) are derived from them. Regex fields are pattern strings,
    compiled by the module that uses them, so importing a language compiles nothing.
    """

    code: str
    name: str

    # --- calendar words
    months: tuple[str, ...]  # the twelve month names, January first
    weekdays: tuple[str, ...]  # the seven weekday names, Monday first
    # short forms, accepted only where the grammar says (after a day number in French)
    month_abbreviations: Mapping[str, int] = field(default_factory=dict)
    day_first: bool = True  # "02/04/2024" is 2 April (else 4 February)
    first_of_month: str = "1"  # how a date's first day is written: "1er avril", "April 1"

    # --- numbers (folded keys)
    numbers: Mapping[str, int] = field(default_factory=dict)  # "et"/"and" count 0: "vingt et un"
    approximate_numbers: Mapping[str, int] = field(default_factory=dict)  # "une dizaine": kept as its round value
    number_plurals: frozenset[str] = frozenset()  # "quatre-vingts", "deux cents": the number without its "s"
    vigesimal: bool = False  # "quatre-vingt" is 80, not 4 + 20
    ordinals: Mapping[str, int] = field(default_factory=dict)  # -1 is the last

    # --- periods (folded keys)
    seasons: Mapping[str, str] = field(default_factory=_empty)  # -> TIMEX3 season code
    parts_of_day: Mapping[str, str] = field(default_factory=_empty)  # -> TIMEX3 code (MO, AF, EV, NI, DT, T12:00)
    units: Mapping[str, Unit] = field(default_factory=dict)  # as written; `unit_values` by folded key
    unit_plurals: Mapping[str, str] = field(default_factory=_empty)  # plurals that are not the unit + "s"
    days_from_publication: Mapping[str, int] = field(default_factory=dict)  # "demain": +1
    days_from_discourse: Mapping[str, int] = field(default_factory=dict)  # "le lendemain": the date told before + 1

    # --- the temporal grammar (see generator.extract.timex.grammar)
    timex_rules: tuple[tuple[str, str], ...] = ()  # (rule name, pattern), in priority order
    timex_anchors: Mapping[str, str] = field(default_factory=_empty)  # rule name -> its anchor words
    timex_ignore_case: bool = False

    # --- choices of the resolution rules
    bare_plural_unit_is_duration: bool = False  # "for years" is a duration of unknown length
    today_is_present_by_punctuation: bool = False  # "aujourd'hui," is "nowadays" (else: by the tense)
    weekday_prepositions: frozenset[str] = frozenset()  # "on" before a weekday stays out of its span
    month_homographs: frozenset[str] = frozenset()  # "May" the modal: a month only with a year or a cue
    month_homograph_contexts: frozenset[str] = frozenset()  # words before a homograph that do not make it a month
    month_as_name_after: frozenset[str] = frozenset()  # "de Mars": a capitalised month there is a name

    # --- names
    nationality_precedes_noun: bool = False  # "an Israeli": a nationality ending a capitalised run is a title

    # --- tense and event phrases (patterns, case-insensitive unless said)
    tense_cues: tuple[tuple[str, str], ...] = ()  # ("past" | "future", pattern)
    event_nouns: str = ""
    event_determiner: str = ""  # when set, an event noun counts only after one ("the vote", not "to vote")
    event_cut: str = ""  # where the event phrase ends: a relative pronoun, a speech verb
    event_predicate: str = ""  # the verb after the event's noun group
    event_place: str = ""  # "à Paris" after the event (case-sensitive)
    attribution: str = ""  # ", a-t-il indiqué": cut from a phrase
    anniversary: str = ""  # "les 80 ans du", "80th anniversary": groups n, n2 (ordinal) and w (a word)
    anniversary_words: Mapping[str, int] = field(default_factory=dict)  # "centenaire": 100 (folded)

    # --- the language itself
    function_words: frozenset[str] = frozenset()  # frequent words that tell it from the others

    @cached_property
    def month_numbers(self) -> Mapping[str, int]:
        """Folded month name or abbreviation -> month number."""
        table = {fold(w): i for i, w in enumerate(self.months, 1)}
        table.update((fold(w), n) for w, n in self.month_abbreviations.items())
        return table

    @cached_property
    def weekday_numbers(self) -> Mapping[str, int]:
        """Folded weekday name -> ISO weekday number (Monday 1)."""
        return {fold(w): i for i, w in enumerate(self.weekdays, 1)}

    @cached_property
    def unit_values(self) -> Mapping[str, Unit]:
        """Folded unit word -> (TIMEX3 letter, multiplier, clock unit)."""
        return {fold(w): v for w, v in self.units.items()}

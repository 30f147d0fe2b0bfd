"""What the site reads across languages: the tables of generator/lang/equivalents.yml, folded.

Data, not rules, all folded to lower case without accents (accents and case never matter). The tables
are YAML so that editing them regenerates no briefing (only the site reads them); this module only reads
them into the shapes the site's rules use:

- NAME_GROUPS: the names of one entity (organisations, parties, countries, regions, cities, people); one
  entity page for each group (generator/site/identity.py);
- SOVEREIGN_TITLES, NOBLE_TITLES, OFFICE_TITLES: titles before a name, each folded title -> the title it
  stands for in every language ("pope" -> "pape");
- GIVEN_NAMES: a sovereign's given name -> the name it stands for ("francis" -> "francois");
- NICKNAMES: each short form -> the full first names it may stand for ("bill" -> {"william"});
- EVENT_WORD_GROUPS: words of an event phrase that say the same thing in French and English ("sommet",
  "summit"), nationalities joined to their country's names (generator/site/samewords.py, events.py);
- EVENT_PHASES: each word that says a part of an event (its start, its end) -> that part;
- EVENT_PHRASES: several words that say one event -> how they are read ("runoff" -> "second tour");
- SAINT_WORDS, LINKING_WORDS, LANDMARK_KINDS, LANDMARK_WORDS: how a landmark's name is read across
  languages ("St. Peter's Square", "place Saint-Pierre"): saint words, words left out, each kind word ->
  the kind it stands for, each landmark word -> the word it stands for;
- SURNAME_PARTICLES: words a surname may start with ("von der Leyen"), each folded;
- NATIONALITIES: the nationality words ("américain", "ukrainian"), each folded;
- RESCHEDULED: words that say an event has moved ("reporté", "postponed"), whatever the page's language.
- SHORT_NAMES: (short names, the names of the entities each may stand for): "Congo" is either Congo.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.lang.folding import fold

# the parsed file, read by generator/site/nametables.py too (one parse for both); with libyaml's safe loader
# when PyYAML has it: the same tables, parsed in 0.02 s rather than 0.2 s in every build and worker process
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
TABLES = yaml.load((Path(__file__).with_name("equivalents.yml")).read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
_PREFIX = 5  # a nationality meets its country's names on their first letters ("roumain", "Roumanie")


def folded_lines(table: object) -> list[list[str]]:
    """The lines of a table (a list of lists, or a mapping of such lists), each word folded."""
    if isinstance(table, dict):
        return [line for part in table.values() for line in folded_lines(part)]
    return [[fold(str(word)) for word in line] for line in table] if isinstance(table, list) else []


def _stands_for(lines: list[list[str]]) -> dict[str, str]:
    """Each word of each line -> the line's first word."""
    return {word: line[0] for line in lines for word in line}


def _with_country(nationalities: list[list[str]], names: list[list[str]]) -> list[frozenset[str]]:
    """Each nationality line with the names of its country: the names line sharing most first letters with it
    (one line only: "austrian" shares its letters with "Australia" as well, but fewer than with "Austria")."""
    joined = []
    keyed = [{n[:_PREFIX] for n in line if " " not in n and "-" not in n} for line in names]
    for line in nationalities:
        keys = {w[:_PREFIX] for w in line}
        shared = [len(keys & k) for k in keyed]
        best = max(shared, default=0)
        found = [i for i, n in enumerate(shared) if n == best] if best else []
        extra = {n for n in names[found[0]] if " " not in n and "-" not in n} if len(found) == 1 else set()
        joined.append(frozenset(line) | extra)
    return joined


_NAMES = folded_lines(TABLES["names"])
NAME_GROUPS: tuple[frozenset[str], ...] = tuple(frozenset(line) for line in _NAMES)
SOVEREIGN_TITLES = _stands_for(folded_lines(TABLES["titles"]["sovereign"]))
NOBLE_TITLES = _stands_for(folded_lines(TABLES["titles"]["nobility"]))
OFFICE_TITLES = _stands_for(folded_lines(TABLES["titles"]["office"]))
SURNAME_PARTICLES = frozenset(fold(str(w)) for w in TABLES["surname_particles"])
NATIONALITIES = frozenset(word for line in folded_lines(TABLES["nationalities"]) for word in line)
GIVEN_NAMES = _stands_for(folded_lines(TABLES["given_names"]))
NICKNAMES: dict[str, frozenset[str]] = {}
for _line in folded_lines(TABLES["nicknames"]):
    for _short in _line[1:]:
        NICKNAMES[_short] = NICKNAMES.get(_short, frozenset()) | {_line[0]}
EVENT_WORD_GROUPS: tuple[frozenset[str], ...] = tuple(
    [frozenset(line) for line in folded_lines(TABLES["event_words"])]
    + [
        frozenset(line)
        for line in folded_lines(TABLES["titles"]["sovereign"]) + folded_lines(TABLES["titles"]["nobility"])
    ]
    + [frozenset(line) for line in folded_lines(TABLES["given_names"])]
    + [frozenset(fold(str(w)) for w in line) for line in TABLES["event_phases"].values()]
    + _with_country(folded_lines(TABLES["nationalities"]), _NAMES)
)
EVENT_PHASES = {fold(str(w)): phase for phase, line in TABLES["event_phases"].items() for w in line}
EVENT_PHRASES = {phrase: line[0] for line in folded_lines(TABLES["event_phrases"]) for phrase in line}
SAINT_WORDS = frozenset(fold(str(w)) for w in TABLES["landmarks"]["saint"])
LINKING_WORDS = frozenset(fold(str(w)) for w in TABLES["landmarks"]["linking"])
LANDMARK_KINDS = _stands_for(folded_lines(TABLES["landmarks"]["kinds"]))
LANDMARK_WORDS = _stands_for(folded_lines(TABLES["landmarks"]["words"]))
RESCHEDULED: tuple[str, ...] = tuple(fold(str(w)) for w in TABLES["rescheduled"])
SHORT_NAMES: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = tuple(
    (frozenset(fold(str(w)) for w in line["short"]), tuple(fold(str(w)) for w in line["of"]))
    for line in TABLES.get("short_names", [])
)

"""One identity per real-world entity across the archive, from the names the briefings give.

Each briefing names its participants and places on its own: "Aznar" in one, "José María Aznar" in
another, "Otan" here and "NATO" there. The site gives each real entity one page, so these names are
joined, by rules a reader can check:

- case and accents never matter ("Séjourné", "Sejourne");
- names of one group in the equivalents table are one (generator/lang/equivalents.py: OTAN/NATO,
  Kiev/Kyiv), whole names only;
- an acronym and its expansion are one when a briefing gives both for one entity and the acronym is
  the initials of the expansion ("Otan" and "Organisation du traité de l'Atlantique nord"); an alias
  that is not (an extractor's wrong guess) joins nothing;
- a surname alone is its full name when one full name in the archive has that surname ("Aznar");
- two full names with the same surname are one when their first names are spelling variants of each
  other ("Anthony"/"Antony", "Mohammed"/"Mohamed"): the same letters but for an h, a doubled letter or
  a final y/i.

Names are never joined across kinds. The result maps every name to its identity's key (the slug of its
most used name: the page's address), and lists for each identity the keys of its other names (old or
variant addresses that lead to its page).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from generator.lang.equivalents import NAME_GROUPS
from generator.lang.folding import fold

_GROUP_OF = {name: min(group) for group in NAME_GROUPS for name in group}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_TITLE = re.compile(r"^(?:m|mme|mr|mrs|ms|dr|pr)\.?\s+", re.IGNORECASE)  # honorifics before a surname


@dataclass(frozen=True)
class Mention:
    """One entity as one briefing names it: its kind, its name and the other names given for it."""

    kind: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass
class Identities:
    """Every name's identity, per kind."""

    keys: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, name) -> identity key
    variants: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (kind, key) -> other keys

    def key(self, kind: str, name: str) -> str | None:
        """The identity key of `name` (None for a name never seen)."""
        return self.keys.get((kind, " ".join(name.split())))


def identify(mentions: Iterable[Mention], slug: Callable[[str], str]) -> Identities:
    """Join the names of `mentions` into identities; `slug` gives a name's address (and first key)."""
    mentions = list(mentions)
    names: Counter[tuple[str, str]] = Counter()
    joins = _Joins()
    for m in mentions:
        name = " ".join(m.name.split())
        if not name:
            continue
        names[(m.kind, name)] += 1
        joins.add((m.kind, _folded_key(name)))
        for alias in m.aliases:
            alias = " ".join(alias.split())
            if alias and _same_by_initials(name, alias):
                joins.join((m.kind, _folded_key(name)), (m.kind, _folded_key(alias)))
    _join_people(joins, [n for kind, n in names if kind == "person"])

    # The key of an identity is the slug of its most used name (ties: the longest, then A to Z).
    members: dict[tuple[str, str], list[str]] = {}
    for kind, name in names:
        members.setdefault(joins.find((kind, _folded_key(name))), []).append(name)
    result = Identities()
    for root, group in members.items():
        kind = root[0]
        best = max(group, key=lambda n: (names[(kind, n)], len(n), [-ord(c) for c in n]))
        key = slug(best)
        for name in group:
            result.keys[(kind, name)] = key
        others = {slug(n) for n in group} - {key}
        if others:
            result.variants[(kind, key)] = others
    return result


def _folded_key(name: str) -> str:
    """Case, accents, honorifics and known equivalent spellings dropped: the key names are joined on."""
    plain = fold(_TITLE.sub("", name))
    return _GROUP_OF.get(plain, plain)


def _same_by_initials(name: str, alias: str) -> bool:
    """True when one of the two is an acronym (one word) whose letters are the other's initials."""
    for short, long in ((name, alias), (alias, name)):
        words = _WORD.findall(long)
        if len(short.split()) != 1 or len(words) < 2:
            continue
        acronym = fold(short).replace(".", "")
        if not acronym.isalpha() or not 2 <= len(acronym) <= 8:
            continue
        # The initials of every word, or of its capitalised words, or of its words of four letters or more:
        # "Organisation des Nations unies" gives ONU, "Centers for Disease Control" gives CDC.
        readings = (
            words,
            [w for w in words if w[0].isupper()],
            [w for w in words if len(w.split("'")[-1]) >= 4],
        )
        if any(acronym == "".join(fold(w.split("'")[-1])[0] for w in reading) for reading in readings if reading):
            return True
    return False


def _join_people(joins: _Joins, people: list[str]) -> None:
    """A surname alone joins the one full name with that surname; first-name variants join."""
    full: dict[str, set[str]] = {}  # folded surname -> folded full names
    for name in people:
        words = _folded_key(name).split()
        if len(words) >= 2:
            full.setdefault(words[-1], set()).add(" ".join(words))
    for names in full.values():
        ordered = sorted(names)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if _first_names_alike(a.split()[:-1], b.split()[:-1]):
                    joins.join(("person", a), ("person", b))
    for name in people:
        words = _folded_key(name).split()
        if len(words) != 1:
            continue
        candidates = {joins.find(("person", n)) for n in full.get(words[0], ())}
        if len(candidates) == 1:  # the surname is one person's in this archive
            joins.join(("person", words[0]), candidates.pop())


def _first_names_alike(a: list[str], b: list[str]) -> bool:
    if len(a) != len(b):
        return False
    return all(x == y or _variant(x, y) for x, y in zip(a, b, strict=True))


def _variant(x: str, y: str) -> bool:
    """ "Anthony"/"Antony", "Mohammed"/"Mohamed", "Dmitry"/"Dmitri": the same name but for an h, a doubled
    letter or a final y/i. Any other letter makes another name ("Dan" and "Dana" are two people)."""
    return _skeleton(x) == _skeleton(y)


def _skeleton(first_name: str) -> str:
    plain = first_name.replace("h", "")
    plain = re.sub(r"(.)\1+", r"\1", plain)
    return plain[:-1] + "i" if plain.endswith("y") else plain


class _Joins:
    """Union-find over (kind, folded name)."""

    def __init__(self) -> None:
        self._parent: dict[tuple[str, str], tuple[str, str]] = {}

    def add(self, item: tuple[str, str]) -> None:
        self._parent.setdefault(item, item)

    def find(self, item: tuple[str, str]) -> tuple[str, str]:
        self.add(item)
        root = item
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[item] != root:  # path compression: later finds are one step
            self._parent[item], item = root, self._parent[item]
        return root

    def join(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)  # deterministic whatever the order of the briefings

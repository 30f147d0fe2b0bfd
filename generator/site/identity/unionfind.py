"""The union-find the identity rules join names in, and the two ways a rule joins a group of names.

Every rule joins (kind, folded name) pairs in one `Joins`; a pair a hand correction keeps apart
(`not_same_as`) is never joined, whatever the rule. `join_alike` joins the names that share a key;
`join_the_one_alike` joins a name to the one identity alike, none when names of two are.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable


class Joins:
    """Union-find over (kind, folded name), with pairs of names that must never end up joined."""

    def __init__(self) -> None:
        self._parent: dict[tuple[str, str], tuple[str, str]] = {}
        self._apart: dict[tuple[str, str], set[tuple[str, str]]] = {}  # root -> names its group must not join

    def keep_apart(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        if a != b:
            self._apart.setdefault(self.find(a), set()).add(b)
            self._apart.setdefault(self.find(b), set()).add(a)

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

    def join(self, a: tuple[str, str], b: tuple[str, str]) -> bool:
        """Join the groups of a and b, unless a name kept apart from one is in the other; True if joined."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if any(self.find(x) == rb for x in self._apart.get(ra, ())) or any(
            self.find(x) == ra for x in self._apart.get(rb, ())
        ):
            return False
        root, child = min(ra, rb), max(ra, rb)  # deterministic whatever the order of the briefings
        self._parent[child] = root
        if child in self._apart:
            self._apart.setdefault(root, set()).update(self._apart.pop(child))
        return True


def join_alike(joins: Joins, kind: str, names: Iterable[str], key: Callable[[str], Hashable | None]) -> None:
    """Names of one kind that have the same key are one (a name whose key is None joins none)."""
    by_key: dict[Hashable, list[str]] = {}
    for name in names:
        found = key(name)
        if found is not None:
            by_key.setdefault(found, []).append(name)
    for group in by_key.values():
        for other in group[1:]:
            joins.join((kind, group[0]), (kind, other))


def join_the_one_alike(joins: Joins, kind: str, group: list[str], alike: Callable[[str, str], bool]) -> None:
    """Join each name of `group` to the one identity among the others that `alike` says it is; a name alike to
    names of two identities or more joins neither."""
    for a in group:
        found = {joins.find((kind, b)) for b in group if b != a and alike(a, b)}
        if len(found) == 1:
            joins.join((kind, a), found.pop())


def join_each_others_only(joins: Joins, kind: str, group: list[str], alike: Callable[[str, str], bool]) -> None:
    """Join two names of `group` when each is the only other name `alike` says it is: a name alike to two joins
    neither (stricter than `join_the_one_alike`, which asks one identity, not one name)."""
    others = {a: [b for b in group if b != a and alike(a, b)] for a in group}
    for a, found in sorted(others.items()):
        if len(found) == 1 and others[found[0]] == [a]:
            joins.join((kind, a), (kind, found[0]))

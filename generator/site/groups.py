"""Items joined into groups, two at a time (union-find): the agenda's rows of one event, a story's briefings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


class Groups:
    """Items numbered 0 to n-1, each alone until joined; a group is named by its smallest item."""

    def __init__(self, n: int) -> None:
        self._parent = list(range(n))

    def find(self, i: int) -> int:
        """The smallest item of i's group."""
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]  # halve the path: later finds are shorter
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        """One group of i's and j's."""
        a, b = self.find(i), self.find(j)
        if a != b:
            self._parent[max(a, b)] = min(a, b)

    def of(self, items: Sequence[T]) -> list[list[T]]:
        """The items by group, each group in item order, the groups in the order of their first item."""
        found: dict[int, list[T]] = {}
        for i, item in enumerate(items):
            found.setdefault(self.find(i), []).append(item)
        return list(found.values())

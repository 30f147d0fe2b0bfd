"""The entity an article's mentions are grouped into, which the extractors of people, organisations and places
build and the role rules complete."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.extract.ner.mentions import Mention


@dataclass
class Cluster:
    """One real entity of an article: its kind, its mentions, the aliases added to them and its roles."""

    kind: str
    mentions: list[Mention] = field(default_factory=list)
    extra_aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @property
    def first(self) -> int:
        """Where its first mention starts in the text."""
        return min(m.start for m in self.mentions)

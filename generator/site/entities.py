"""Entity pages: one page per person, organisation and place, and one index page per kind.

The same name in two briefings is one page: pages are keyed by a slug of the canonical name
(python-slugify folds accents and case, so "Stéphane Séjourné" and "Stephane Sejourne" meet). Only the
three index pages go in the navigation; the entity pages themselves are reached from the indexes and
from the briefings, so thousands of them cost nothing in every page's nav.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby

from slugify import slugify

from generator.render import inline, title_front_matter
from generator.site.catalog import Entry, link
from generator.site.search import fold

# kind -> (folder, index title, one-entity label)
KINDS = {
    "person": ("personnes", "Personnes", "Personne"),
    "organization": ("organisations", "Organisations", "Organisation"),
    "place": ("lieux", "Lieux", "Lieu"),
}
OTHERS = "Autres"
_RESERVED = {"index"}  # would collide with the folder's index page


@dataclass
class Appearance:
    entry: Entry
    role: str | None


@dataclass
class Entity:
    kind: str
    slug: str
    names: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    appearances: list[Appearance] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The spelling used most often (ties: the first seen, which is the newest briefing's)."""
        return self.names.most_common(1)[0][0]

    @property
    def src_uri(self) -> str:
        return f"{KINDS[self.kind][0]}/{self.slug}.md"


@lru_cache(maxsize=65536)
def entity_slug(name: str) -> str:
    """A stable file name for a canonical name; never empty, never a reserved name."""
    slug = slugify(name, max_length=80, word_boundary=True)
    if not slug:  # a name of symbols only: still one stable page per name
        slug = "n-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    return f"{slug}-1" if slug in _RESERVED else slug


def collect_entities(entries: list[Entry]) -> dict[str, dict[str, Entity]]:
    """kind -> slug -> Entity, with each briefing listed once per entity, newest first."""
    found: dict[str, dict[str, Entity]] = {kind: {} for kind in KINDS}
    for entry in entries:
        mentioned: list[tuple[str, str, str | None, list[str]]] = [
            (p.kind, p.name, p.role, p.aliases) for p in entry.briefing.participants if p.kind in KINDS
        ]
        mentioned += [("place", place, None, []) for place in entry.briefing.places]
        seen: set[tuple[str, str]] = set()
        for kind, name, role, aliases in mentioned:
            name = " ".join(str(name).split())
            if not name:
                continue
            slug = entity_slug(name)
            entity = found[kind].setdefault(slug, Entity(kind, slug))
            entity.names[name] += 1
            entity.aliases.update(a for a in aliases if a and a != name)
            if (kind, slug) in seen:  # listed twice in one briefing: keep the first role, add a missing one
                last = entity.appearances[-1]
                if not last.role and role:
                    last.role = role
                continue
            seen.add((kind, slug))
            entity.appearances.append(Appearance(entry, role))
    return found


def entity_markdown(entity: Entity) -> str:
    """One entity's page: its names and every briefing it appears in, with its role there."""
    folder, plural, label = KINDS[entity.kind]
    # An escaped front matter title: without it MkDocs takes the h1's text, unescaped, and Material prints
    # it raw into <title> and the header, so a name such as "</title><script>" would become markup.
    lines = [title_front_matter(entity.name) + f"# {inline(entity.name)}", "", f"*{label}* · [{plural}](index.md)", ""]
    others = sorted((set(entity.names) | entity.aliases) - {entity.name})
    if others:
        lines += ["Aussi appelé : " + ", ".join(inline(n) for n in others), ""]
    count = len(entity.appearances)
    lines += [f"## {count} briefing{'s' if count > 1 else ''}", ""]
    if entity.kind == "place":
        lines += ["| Date | Briefing |", "| --- | --- |"]
    else:
        lines += ["| Date | Briefing | Rôle |", "| --- | --- | --- |"]
    for a in entity.appearances:
        b = a.entry.briefing
        row = f"| {b.date or ''} | [{inline(b.title)}]({link(entity.src_uri, a.entry.src_uri)}) |"
        lines.append(row if entity.kind == "place" else f"{row} {inline(a.role or '')} |")
    return "\n".join(lines) + "\n"


def index_markdown(kind: str, entities: dict[str, Entity]) -> str:
    """A kind's index: every entity alphabetically (accents ignored), under one heading per initial."""
    folder, plural, _ = KINDS[kind]
    lines = [f"# {plural}", ""]
    if not entities:
        return "\n".join(lines + ["Aucune pour l'instant.", ""])
    count = len(entities)
    lines += [f"{count} fiche{'s' if count > 1 else ''} ; entre parenthèses, le nombre de briefings.", ""]
    # Letters A-Z first, names that start with a digit or a symbol last.
    ordered = sorted(entities.values(), key=lambda e: (_initial(e.name) == OTHERS, fold(e.name).casefold(), e.slug))
    for initial, group in groupby(ordered, key=lambda e: _initial(e.name)):
        lines += [f"## {initial}", ""]
        lines += [f"- [{inline(e.name)}]({e.slug}.md) ({len(e.appearances)})" for e in group]
        lines.append("")
    return "\n".join(lines)


def see_also_markdown(entry: Entry, entities: dict[str, dict[str, Entity]]) -> str:
    """A short section appended to a briefing page, linking each of its entities to its page."""
    groups = []
    b = entry.briefing
    for kind, names in (("person", [p.name for p in b.people]), ("organization", [p.name for p in b.organizations]),
                        ("place", b.places)):  # fmt: skip
        links = []
        for name in dict.fromkeys(" ".join(str(n).split()) for n in names):
            entity = entities[kind].get(entity_slug(name)) if name else None
            if entity is not None:
                links.append(f"[{inline(name)}]({link(entry.src_uri, entity.src_uri)})")
        if links:
            groups.append(f"- {KINDS[kind][1]} : " + " · ".join(links))
    if not groups:
        return ""
    return "\n\n## Fiches\n\n" + "\n".join(groups) + "\n"


def _initial(name: str) -> str:
    first = fold(name)[:1].upper()
    return first if first.isalpha() else OTHERS

"""Entity pages: one page per person, organisation and place, and one index page per kind.

The same name in two briefings is one page: pages are keyed by a slug of the canonical name
(python-slugify folds accents and case, so "Stéphane Séjourné" and "Stephane Sejourne" meet). Only the
three index pages go in the navigation; the entity pages themselves are reached from the indexes and
from the briefings, so thousands of them cost nothing in every page's nav. The index pages are Markdown
pages of the site; an entity page is HTML put into the theme's frame (see frame.py), so its address is
its output file, `personnes/<slug>/index.html`, served as `personnes/<slug>/`.
"""

from __future__ import annotations

import hashlib
import html
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby

from slugify import slugify

from generator.render import inline
from generator.site.catalog import Entry, link
from generator.site.search import CANONICAL_SPELLING, fold

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
        """The page's file in the site: HTML, not Markdown (see frame.py)."""
        return f"{KINDS[self.kind][0]}/{self.slug}/index.html"


@lru_cache(maxsize=65536)
def entity_slug(name: str) -> str:
    """A stable file name for a canonical name; never empty, never a reserved name.

    Usual variant spellings meet ("Kyiv" and "Kiev", "Zelensky" and "Zelenskyy"): one page each.
    """
    slug = slugify(name, max_length=80, word_boundary=True)
    slug = "-".join(CANONICAL_SPELLING.get(word, word) for word in slug.split("-"))
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


def entity_html(entity: Entity, href: Callable[[str], str]) -> str:
    """One entity's article: its names and every briefing it appears in, with its role there.

    `href` gives the address of a site file (by src_uri) relative to the entity page.
    """
    _, plural, label = KINDS[entity.kind]
    lines = [
        f"<h1>{_text(entity.name)}</h1>",
        f'<p><em>{label}</em> · <a href="{href(f"{KINDS[entity.kind][0]}/index.md")}">{plural}</a></p>',
    ]
    others = sorted((set(entity.names) | entity.aliases) - {entity.name})
    if others:
        lines.append("<p>Aussi appelé : " + ", ".join(_text(n) for n in others) + "</p>")
    count = len(entity.appearances)
    lines.append(f'<h2 id="briefings">{count} briefing{"s" if count > 1 else ""}</h2>')
    columns = ["Date", "Briefing"] + ([] if entity.kind == "place" else ["Rôle"])
    lines += ["<table>", "<thead><tr>" + "".join(f"<th>{c}</th>" for c in columns) + "</tr></thead>", "<tbody>"]
    for a in entity.appearances:
        b = a.entry.briefing
        cells = [_text(b.date or ""), f'<a href="{html.escape(href(a.entry.src_uri))}">{_text(b.title)}</a>']
        if entity.kind != "place":
            cells.append(_text(a.role or ""))
        lines.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines) + "\n"


def entity_search_doc(entity: Entity, location: str) -> dict[str, str]:
    """The entity page's entry in the search index (Material shows title and text as HTML: both escaped)."""
    return {"location": location, "title": _text(entity.name), "text": entity_search_text(entity)}


def entity_search_text(entity: Entity) -> str:
    """What search finds an entity page by: its kind, names and roles (the briefings have their own entries)."""
    names = sorted(set(entity.names) | entity.aliases)
    roles = sorted({a.role for a in entity.appearances if a.role})
    parts = [KINDS[entity.kind][2], ", ".join(names), ", ".join(roles)]
    return " ".join(f"<p>{_text(part)}</p>" for part in parts if part)


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
        index = f"{folder}/index.md"
        lines += [f"- [{inline(e.name)}]({link(index, e.src_uri)}) ({len(e.appearances)})" for e in group]
        lines.append("")
    return "\n".join(lines)


def see_also_markdown(entry: Entry, entities: dict[str, dict[str, Entity]], href: Callable[[str], str]) -> str:
    """A short section appended to a briefing page, linking each of its entities to its page.

    The links are HTML, with addresses from `href` (a site file's address relative to the briefing):
    a briefing has a dozen of them, and MkDocs resolving each Markdown link cost more than the page.
    """
    groups = []
    b = entry.briefing
    for kind, names in (("person", [p.name for p in b.people]), ("organization", [p.name for p in b.organizations]),
                        ("place", b.places)):  # fmt: skip
        links = []
        for name in dict.fromkeys(" ".join(str(n).split()) for n in names):
            entity = entities[kind].get(entity_slug(name)) if name else None
            if entity is not None:
                links.append(f'<a href="{html.escape(href(entity.src_uri))}">{_text(name)}</a>')
        if links:
            groups.append(f"<li>{KINDS[kind][1]} : " + " · ".join(links) + "</li>")
    if not groups:
        return ""
    return "\n\n## Fiches\n\n<ul>\n" + "\n".join(groups) + "\n</ul>\n"


def _text(text: str) -> str:
    """Article text as HTML text: one line, escaped."""
    return html.escape(" ".join(str(text).split()), quote=False)


def _initial(name: str) -> str:
    first = fold(name)[:1].upper()
    return first if first.isalpha() else OTHERS

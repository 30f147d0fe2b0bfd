"""Entity pages: one page per person, organisation and place, and one index page per kind.

The same entity in two briefings is one page, whatever name each gives it: identity/ joins "Draghi"
and "Mario Draghi", "Otan" and "NATO", "Séjourné" and "Sejourne", and the page's address is the slug of
the most used name; the other names' addresses lead to it (`redirects`). Only the
three index pages go in the navigation; the entity pages themselves are reached from the indexes and
from the briefings, so thousands of them cost nothing in every page's nav. The index pages are generated
pages of the site (Markdown headings, HTML lists: see blocks.py); an entity page is HTML put into the
theme's frame (see frame.py), so its address is its output file, `personnes/<slug>/index.html`, served
as `personnes/<slug>/`.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import groupby

from slugify import slugify

from generator.lang import folding
from generator.render import human_date, labels
from generator.site.agenda import AgendaItem, item_table
from generator.site.blocks import GeneratedPage, Href, html_link, items, table, text
from generator.site.catalog import Entry
from generator.site.identity import Correction, Identities, Mention, identify, named_by_title
from generator.site.search import CANONICAL_SPELLING, ENTITY_BOOST, fold
from generator.site.words import SITE_LANG, counted, site_words

# kind -> the site words (generator/lang/<code>/site.yml) of its index title and of one entity
_KIND_WORDS = {"person": ("people", "person"), "organization": ("organizations", "organization"),
               "place": ("places", "place")}  # fmt: skip
# kind -> (folder, index title, one-entity label); the folders are addresses, the same in every language
KINDS = {
    kind: (folder, site_words(SITE_LANG)[_KIND_WORDS[kind][0]], site_words(SITE_LANG)[_KIND_WORDS[kind][1]])
    for kind, folder in (("person", "personnes"), ("organization", "organisations"), ("place", "lieux"))
}
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
        """The spelling used most often; on a tie, one the page's address is made of ("Nato" at
        organisations/nato/, not "OTAN"), then the first seen (the newest briefing's: "Kyiv" over "Kiev")."""
        return max(self.names, key=lambda n: (self.names[n], entity_slug(n) == self.slug))

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


class Entities(dict[str, dict[str, Entity]]):
    """kind -> page slug -> Entity, one per real entity; `find` gives the entity any of its names stands for."""

    def __init__(self, identities: Identities) -> None:
        super().__init__({kind: {} for kind in KINDS})
        self.identities = identities

    def find(self, kind: str, name: str) -> Entity | None:
        """The entity `name` stands for in this archive, if any."""
        name = " ".join(str(name).split())
        if not name:
            return None
        page_kind, key = self.identities.page(kind, name) or (kind, entity_slug(name))
        return self.get(page_kind, {}).get(key)

    def identity(self, kind: str, name: str) -> str | None:
        """The address of the page `name` has (its identity across the archive), if any."""
        entity = self.find(kind, name)
        return None if entity is None else entity.src_uri

    def redirects(self) -> list[tuple[Entity, str, str]]:
        """(entity, file, href) for each address of another name of an entity, that leads to its page.

        `file` is the redirect page's file in the site, `href` the entity's page relative to it. A name
        of another kind joined to the entity ("Quai d'Orsay", place and organisation) has one too.
        """
        found = []
        for (kind, key), others in sorted(self.identities.variants.items()):
            entity = self.get(kind, {}).get(key)
            for slug in sorted(others):
                if entity is not None and slug not in self[kind]:  # never over another entity's page
                    found.append((entity, f"{KINDS[kind][0]}/{slug}/index.html", f"../{entity.slug}/"))
        for (kind, slug), (page_kind, key) in sorted(self.identities.moved.items()):
            entity = self.get(page_kind, {}).get(key)
            if entity is not None and slug not in self[kind]:
                found.append((entity, f"{KINDS[kind][0]}/{slug}/index.html", f"../../{KINDS[page_kind][0]}/{key}/"))
        return found


def _first_place(entry: Entry) -> str:
    """The first place a briefing names (its title's, most often): the country an institution it names
    without a country belongs to, when that place is a language's country (identity/institutions.py)."""
    return str(entry.briefing.places[0]) if entry.briefing.places else ""


def collect_entities(entries: list[Entry]) -> Entities:
    """kind -> slug -> Entity, with each briefing listed once per entity, newest first."""
    mentions: list[list[tuple[str, str, str | None, list[str]]]] = [
        [(p.kind, " ".join(str(p.name).split()), p.role, p.aliases) for p in e.briefing.participants if p.kind in KINDS]
        + [("place", " ".join(str(place).split()), None, []) for place in e.briefing.places]
        for e in entries
    ]
    corrections = [
        Correction(c.kind, c.name, tuple(c.aliases), tuple(c.not_same_as))
        for e in entries
        for c in e.briefing.identities or ()
        if c.kind in KINDS
    ]
    found = Entities(
        identify(
            (
                Mention(kind, name, tuple(a), role, e.briefing.lang, _first_place(e), e.src_uri)
                for e, per in zip(entries, mentions, strict=True)
                for kind, name, role, a in per
                if name
            ),
            entity_slug,
            corrections,
        )
    )
    for entry, mentioned in zip(entries, mentions, strict=True):
        seen: set[tuple[str, str]] = set()
        for mentioned_kind, name, role, aliases in mentioned:
            if not name:
                continue
            kind, slug = found.identities.page(mentioned_kind, name) or (mentioned_kind, entity_slug(name))
            entity = found[kind].setdefault(slug, Entity(kind, slug))
            entity.names[name] += 1
            entity.aliases.update(a for a in aliases if a and a != name)
            if (kind, slug) in seen:  # listed twice in one briefing: keep the first role, add a missing one
                last = entity.appearances[-1]
                if not last.role and role:
                    last.role = role
                continue
            seen.add((kind, slug))
            if role is None and mentioned_kind == "person" and named_by_title(name):
                role = name  # "Kenyan president" on William Ruto's page: what that briefing calls him
            entity.appearances.append(Appearance(entry, role))
    return found


def redirect_html(entity: Entity, href: str, lang: str = SITE_LANG) -> str:
    """A page at another name's address that sends the reader (and search engines) to the entity's page."""
    target = text(href)
    return (
        f'<!doctype html>\n<html lang="{text(lang)}"><head><meta charset="utf-8">'
        f'<title>{text(entity.name)}</title><link rel="canonical" href="{target}">'
        f'<meta http-equiv="refresh" content="0; url={target}"></head>'
        f'<body><p><a href="{target}">{text(entity.name)}</a></p></body></html>\n'
    )


def entity_upcoming(entity: Entity, upcoming: dict[str, list[AgendaItem]]) -> list[AgendaItem]:
    """The upcoming events of the entity's briefings that name it in their sentence or event phrase.

    A rule a reader can check: the date's sentence says one of the entity's names (or, for a person, the
    family name alone: "M. Blinken se rendra..."). A sentence that only says "il" does not count.
    `upcoming` holds each briefing's upcoming items, by the briefing's src_uri.
    """
    names = set(entity.names) | entity.aliases
    if entity.kind == "person":
        names |= {n.split()[-1] for n in names if len(n.split()) > 1}
    pattern = re.compile(
        r"\b(?:" + "|".join(sorted((re.escape(folding.fold(n)) for n in names), key=len, reverse=True)) + r")\b"
    )
    found = [
        item
        for appearance in entity.appearances
        for item in upcoming.get(appearance.entry.src_uri, ())
        if pattern.search(folding.fold(f"{item.event.sentence} {item.event.event}"))
    ]
    return sorted(found, key=lambda item: item.sort_key)


def entity_ics_uri(entity: Entity) -> str:
    """The entity's own calendar: its upcoming events, to subscribe to one minister's agenda."""
    return f"{KINDS[entity.kind][0]}/{entity.slug}/agenda.ics"


def entity_html(entity: Entity, href: Href, upcoming: list[AgendaItem] | None = None, lang: str = SITE_LANG) -> str:
    """One entity's article: what is coming for it, its names, and every briefing it appears in, with its
    role there.

    `href` gives the address of a site file (by src_uri) relative to the entity page; `upcoming` are the
    entity's upcoming events (entity_upcoming), listed first with a link to the entity's calendar. The
    site's words are in `lang`.
    """
    words = site_words(lang)
    folder = KINDS[entity.kind][0]
    plural, label = (words[key] for key in _KIND_WORDS[entity.kind])
    kind_link = html_link(href(f"{folder}/index.md"), text(plural))
    lines = [f"<h1>{text(entity.name)}</h1>", f"<p><em>{text(label)}</em> · {kind_link}</p>"]
    if upcoming:
        lines.append(f'<h2 id="a-venir">{text(words["upcoming"])}</h2>')
        lines.append(item_table(upcoming, lang)(href))
        lines.append(f"<p>{html_link('agenda.ics', text(words['subscribe']))} (iCalendar)</p>")
    others = sorted((set(entity.names) | entity.aliases) - {entity.name})
    if others:
        # text() folds the label's trailing space away: put it back between the label and the names
        lines.append(f"<p>{text(words['aliases'])} " + ", ".join(text(n) for n in others) + "</p>")
    count = len(entity.appearances)
    lines.append(f'<h2 id="briefings">{text(counted(words, "briefings", count))}</h2>')
    # (a place has no role; a body, or a person, that no briefing gives one has an empty column: none is shown)
    with_role = entity.kind != "place" and any(a.role for a in entity.appearances)
    rows = [
        [
            text(human_date(a.entry.briefing.date, lang) if a.entry.briefing.date else ""),
            html_link(href(a.entry.src_uri), text(a.entry.briefing.title)),
        ]
        + ([text(a.role or "")] if with_role else [])
        for a in entity.appearances
    ]
    lines.append(table([words["date"], words["briefing"]] + ([words["role"]] if with_role else []), rows))
    return "\n".join(lines)


def entity_search_doc(entity: Entity, location: str, lang: str = SITE_LANG) -> dict[str, str | float]:
    """The entity page's entry in the search index (Material shows title and text as HTML: both escaped),
    boosted so that the page of a person or place comes first for its name (search.ENTITY_BOOST)."""
    title, words = text(entity.name), entity_search_text(entity, lang)
    return {"location": location, "title": title, "text": words, "boost": ENTITY_BOOST}


def entity_search_text(entity: Entity, lang: str = SITE_LANG) -> str:
    """What search finds an entity page by: its kind, names and roles (the briefings have their own entries)."""
    names = sorted(set(entity.names) | entity.aliases)
    roles = sorted({a.role for a in entity.appearances if a.role})
    parts = [site_words(lang)[_KIND_WORDS[entity.kind][1]], ", ".join(names), ", ".join(roles)]
    return " ".join(f"<p>{text(part)}</p>" for part in parts if part)


def index_page(kind: str, entities: dict[str, Entity], lang: str = SITE_LANG) -> GeneratedPage:
    """A kind's index: every entity alphabetically (accents ignored), under one heading per initial."""
    words = site_words(lang)
    page = GeneratedPage([f"# {words[_KIND_WORDS[kind][0]]}", ""])
    if not entities:
        page.add(words["no_entities"])
        return page
    page.add(counted(words, "index_count", len(entities)), "")

    # Letters A-Z first, names that start with a digit or a symbol last; people by family name (the last
    # word: "Antony Blinken" under B), the rest by their whole name.
    def key(e: Entity) -> str:
        return sort_name(e.name) if kind == "person" else e.name

    ordered = sorted(entities.values(), key=lambda e: (not _initial(key(e)), fold(key(e)).casefold(),
                                                      fold(e.name).casefold(), e.slug))  # fmt: skip
    for initial, group in groupby(ordered, key=lambda e: _initial(key(e))):
        page.add(f"## {initial or words['others']}", "")
        page.add_block(partial(_entity_list, list(group)))
    return page


def _entity_list(entities: list[Entity], href: Href) -> str:
    return items([f"{html_link(href(e.src_uri), text(e.name))} ({len(e.appearances)})" for e in entities])


def see_also_html(entry: Entry, entities: Entities, href: Href) -> str:
    """The list under a briefing's "Fiches" heading: each of its entities linked to its page ("" if none).

    HTML, with addresses from `href` (a site file's address relative to the briefing): a briefing has a
    dozen of these links, and MkDocs resolving each Markdown link cost more than the page.
    """
    groups = []
    b = entry.briefing
    words = labels(b.lang).PAGE  # in the briefing's language, like the rest of its page
    for kind, names in (("person", [p.name for p in b.people]), ("organization", [p.name for p in b.organizations]),
                        ("place", b.places)):  # fmt: skip
        links = []
        for name in dict.fromkeys(" ".join(str(n).split()) for n in names):
            entity = entities.find(kind, name)
            if entity is not None:
                links.append(html_link(href(entity.src_uri), text(name)))
        if links:
            groups.append(f"{words['see_also_' + kind]}{words['colon']}" + " · ".join(links))
    return items(groups) if groups else ""


def sort_name(name: str) -> str:
    """A person's name as an index sorts it, its last word (the family name, most often) first:
    "Blinken Antony", "Leyen Ursula von der". A one-word name ("Poutine") is its own family name."""
    words = name.split()
    if len(words) < 2:
        return name
    return " ".join(words[-1:] + words[:-1])


def _date(day: str | None) -> str:
    """A briefing's date as the site's pages write it ("mardi 2 avril 2024"), or nothing."""
    return text(human_date(day, SITE_LANG)) if day else ""


def _initial(name: str) -> str:
    """The letter a name is listed under; "" for a name that starts with a digit or a symbol."""
    first = fold(name)[:1].upper()
    return first if first.isalpha() else ""

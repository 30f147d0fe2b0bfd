"""A briefing page as the site shows it: its names linked to their pages, its content in its language.

Pure functions over the HTML Markdown made of a briefing's body (generator/render.py writes it) and the
briefing's front matter: no MkDocs here, the plugin calls them from on_page_content.

A name is linked where the page shows it as render.py writes it: the first cell of a participants table
row, and the places line. A page edited by hand so that a name no longer reads that way keeps it as text.
"""

from __future__ import annotations

from generator.site.blocks import Href, html_link, text
from generator.site.catalog import Entry
from generator.site.entities import Entities, Entity


def link_names(html: str, entry: Entry, entities: Entities, href: Href) -> str:
    """The page's HTML with each participant's name (table rows) and each place (the places line) linked."""
    b = entry.briefing
    for participant in b.participants:
        entity = _entity(entities, participant.kind, participant.name)
        if entity is not None:
            cell = f"<tr>\n<td>{text(participant.name)}</td>"
            linked = f"<tr>\n<td>{html_link(href(entity.src_uri), text(participant.name))}</td>"
            html = html.replace(cell, linked, 1)
    if b.places:
        line = "<p>" + " · ".join(text(place) for place in b.places) + "</p>"
        if line in html:
            links = []
            for place in b.places:
                entity = _entity(entities, "place", place)
                links.append(text(place) if entity is None else html_link(href(entity.src_uri), text(place)))
            html = html.replace(line, "<p>" + " · ".join(links) + "</p>", 1)
    return html


def in_language(html: str, lang: str, site_lang: str) -> str:
    """The content marked with its language when it is not the site's, so screen readers say it right."""
    return html if lang == site_lang else f'<div lang="{text(lang)}">\n{html}\n</div>'


def _entity(entities: Entities, kind: str, name: str) -> Entity | None:
    return entities.find(kind, name)

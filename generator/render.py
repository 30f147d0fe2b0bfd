"""Briefing <-> Markdown: YAML front matter that is the Briefing, and a body rendered from it.

Everything that comes from an article is text, never markup: it is HTML-escaped and its
Markdown punctuation backslash-escaped, so no article can inject a tag, a link or an
attribute list into the site.

One front matter value reaches the site's HTML without going through Markdown: MkDocs Material
writes `title` as it is into <title> and the page header (its templates do not escape). So the
title is stored HTML-escaped in the front matter (`&lt;`, `&gt;`, `&amp;`: an ordinary title is
unchanged) and `split_front_matter` unescapes it: the Briefing round-trips exactly.
"""

from __future__ import annotations

import html
import re
from dataclasses import MISSING, fields
from typing import Any

import yaml

from generator.frontmatter import split_front_matter
from generator.model import Briefing, DatedEvent, Participant
from generator.safetext import clean

LABELS = {
    "fr": {
        "published": "Publié le",
        "summary": "Résumé",
        "facts": "Faits clés",
        "participants": "Participants",
        "people": "Personnes",
        "organizations": "Organisations",
        "name": "Nom",
        "role": "Rôle",
        "aliases": "Aussi appelé",
        "mentions": "Mentions",
        "person": "personne",
        "organization": "organisation",
        "places": "Lieux",
        "upcoming": "À venir",
        "timeline": "Contexte",
        "date": "Date",
        "event": "Événement",
        "quotes": "Citations",
        "article": "Article original",
        "source": "source",
        "unknown_date": "date inconnue",
    },
    "en": {
        "published": "Published",
        "summary": "Summary",
        "facts": "Key facts",
        "participants": "Participants",
        "people": "People",
        "organizations": "Organisations",
        "name": "Name",
        "role": "Role",
        "aliases": "Also called",
        "mentions": "Mentions",
        "person": "person",
        "organization": "organisation",
        "places": "Places",
        "upcoming": "Upcoming",
        "timeline": "Background",
        "date": "Date",
        "event": "Event",
        "quotes": "Quotes",
        "article": "Original article",
        "source": "source",
        "unknown_date": "date unknown",
    },
}
# Characters that start inline markup (emphasis, code, links, attribute lists, table cells) and that
# Python-Markdown accepts backslash-escaped; < > & are HTML-escaped instead.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]|#])")
# What makes a paragraph a list, heading, quote, rule or admonition when it stands at its start.
_BLOCK_START = re.compile(r"^(?:[-+*#>=!?:%@$]|&gt;|\d+[.)](?=\s|$))")
_SAFE_URL = re.compile(r"https?://[^\s<>\"'`\\]+", re.IGNORECASE)  # used with fullmatch


def render_markdown(briefing: Briefing, article_text: str) -> str:
    """The briefing page: front matter, then a body rendered from it and the article text."""
    return front_matter(briefing) + render_body(briefing, article_text)


class _Dumper(yaml.SafeDumper):
    """The safe dumper, with strings that PyYAML would not read back as written forced into escapes."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # NEL and the Unicode line/paragraph separators are line breaks to YAML: in a plain or folded
    # scalar PyYAML writes them raw and reads them back as spaces. Double quotes escape them (\N, \L, \P).
    style = '"' if _YAML_BREAKS.search(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_YAML_BREAKS = re.compile("[\x85\u2028\u2029]")
_Dumper.add_representer(str, _represent_str)


def front_matter(briefing: Briefing) -> str:
    """The Briefing as a YAML front matter block (stable key order, Unicode kept, title HTML-escaped)."""
    data = _drop_empty(briefing.to_dict())
    data["key_facts"] = [{k: v for k, v in fact.items() if v is not None} for fact in data["key_facts"]]
    data["title"] = html.escape(str(briefing.title), quote=False)
    dumped = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
    return f"---\n{dumped}---\n"


def parse_markdown(markdown: str) -> Briefing:
    """The Briefing held in a page's front matter (yaml.safe_load only; the title unescaped)."""
    meta, _ = split_front_matter(markdown)
    meta.setdefault("date", None)  # an unknown date is left out of the front matter
    return Briefing.from_dict(meta)


def render_body(briefing: Briefing, article_text: str) -> str:
    """The page body in Markdown; every value is escaped."""
    t = LABELS.get(briefing.lang, LABELS["fr"])
    out = [f"# {inline(briefing.title)}", "", _byline(briefing, t), ""]
    if briefing.summary:
        out += [f'!!! abstract "{t["summary"]}"', "", "    " + block(briefing.summary), ""]
    if briefing.key_facts:
        out += [f"## {t['facts']}", ""] + [f"- {block(f.text)}" for f in briefing.key_facts] + [""]
    if briefing.participants:
        out += [f"## {t['participants']}", ""]
    if briefing.people:
        out += [f"### {t['people']}", "", f"| {t['name']} | {t['role']} | {t['aliases']} | {t['mentions']} |"]
        out += ["| --- | --- | --- | ---: |"] + [_participant_row(p, with_role=True) for p in briefing.people] + [""]
    if briefing.organizations:
        out += [f"### {t['organizations']}", "", f"| {t['name']} | {t['aliases']} | {t['mentions']} |"]
        out += ["| --- | --- | ---: |"] + [_participant_row(p, with_role=False) for p in briefing.organizations]
        out.append("")
    if briefing.places:
        out += [f"## {t['places']}", "", block(" · ".join(" ".join(str(p).split()) for p in briefing.places)), ""]
    for key, events in (("upcoming", briefing.upcoming), ("timeline", briefing.timeline)):
        if events:
            out += [f"## {t[key]}", "", f"| {t['date']} | {t['event']} |", "| --- | --- |"]
            out += [f"| {_date_cell(e.date, briefing.lang)} | {_event_cell(e)} |" for e in events] + [""]
    if briefing.quotes:
        out += [f"## {t['quotes']}", ""]
        for q in briefing.quotes:
            out += [f"> « {inline(q.text)} »", ">", f"> — {inline(q.speaker)}", ""]
    out += [f'??? quote "{t["article"]}"']
    for paragraph in article_text.split("\n\n"):
        if paragraph.strip():
            out += ["", "    " + block(paragraph)]
    return "\n".join(out) + "\n"


def inline(text: str) -> str:
    """Text made safe for one line of Markdown: no markup, no line breaks, no control characters."""
    text = " ".join(clean(str(text)).split())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def block(paragraph: str) -> str:
    """One paragraph of article text made safe (a block marker at its start cannot start a block)."""
    text = inline(paragraph)
    match = _BLOCK_START.match(text)
    if match:  # a numeric character reference shows the same character but starts no block
        first = html.unescape(match.group())[0]
        text = f"&#{ord(first)};{html.unescape(match.group())[1:]}{text[match.end() :]}"
    return text


def _byline(briefing: Briefing, t: dict[str, str]) -> str:
    published = f"{t['published']} {inline(human_date(briefing.date, briefing.lang))}" if briefing.date else ""
    parts = [published or t["unknown_date"]]
    if briefing.source.outlet:
        parts.append(inline(briefing.source.outlet))
    if briefing.source.url and _SAFE_URL.fullmatch(str(briefing.source.url)):
        parts.append(f"[{t['source']}](<{briefing.source.url}>)")
    return "*" + " · ".join(parts) + "*"


def _participant_row(p: Participant, with_role: bool) -> str:
    cells = [inline(p.name)] + ([inline(p.role or "")] if with_role else [])
    cells += [inline(", ".join(p.aliases)), inline(str(p.mentions))]
    return "| " + " | ".join(cells) + " |"


_MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def human_date(value: str, lang: str) -> str:
    """'2024-04-02' as a reader writes it ('2 avril 2024', 'April 2, 2024'); anything else as it is."""
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", str(value))
    if not match or not 1 <= int(match.group(2)) <= 12:
        return str(value)
    year, month = match.group(1), _MONTHS.get(lang, _MONTHS["fr"])[int(match.group(2)) - 1]
    if match.group(3) is None:
        return f"{month} {year}"
    day = int(match.group(3))
    if lang == "en":
        return f"{month} {day}, {year}"
    return f"{'1er' if day == 1 else day} {month} {year}"


def _date_cell(value: str, lang: str) -> str:
    """A date or a start/end range in words, the ISO value kept beside it for search and sorting."""
    words = " – ".join(human_date(part, lang) for part in str(value).split("/"))
    return inline(words) if words == value else f"{inline(words)} ({inline(value)})"


def _event_cell(event: DatedEvent) -> str:
    what = inline(event.event) if event.event else ""
    quoted = f"« {inline(event.text)} »"
    return f"{what} ({quoted})" if what else quoted


def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    """Omit None values of optional keys so the front matter stays short and hand-editable.

    Required keys stay, even when None (`date: null` for an unknown date): the JSON Schema requires
    them, and Briefing.from_dict needs them to rebuild the briefing.
    """
    required = {f.name for f in fields(Briefing) if f.default is MISSING and f.default_factory is MISSING}
    return {k: v for k, v in data.items() if v is not None or k in required}

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

import datetime as dt
import hashlib
import html
import re
from dataclasses import MISSING, fields, replace
from functools import lru_cache
from types import ModuleType
from typing import Any

import yaml
from babel.dates import format_date

from generator.frontmatter import split_front_matter
from generator.lang.en import labels as en_labels
from generator.lang.fr import labels as fr_labels
from generator.model import Briefing, DatedEvent, Participant
from generator.safetext import clean


class UnknownLanguage(ValueError):
    """A briefing language the pages have no words for (generator/lang/<code>/labels.py)."""


_LABELS: dict[str, ModuleType] = {"fr": fr_labels, "en": en_labels}


def labels(lang: str) -> ModuleType:
    """The labels module of a language (PAGE words, DATES patterns, LOCALE): the one place a code is looked up.

    No fallback: a page in an unknown language would be labelled, read aloud and dated in another one.
    """
    try:
        return _LABELS[lang]
    except KeyError:
        known = ", ".join(sorted(_LABELS))
        raise UnknownLanguage(
            f"no page labels for language {lang!r} (known: {known}); add generator/lang/{lang}/labels.py"
        ) from None


# Characters that start inline markup (emphasis, code, links, attribute lists, table cells) and that
# Python-Markdown accepts backslash-escaped; < > & are HTML-escaped instead.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]|#])")
# What makes a paragraph a list, heading, quote, rule or admonition when it stands at its start.
_BLOCK_START = re.compile(r"^(?:[-+*#>=!?:%@$]|&gt;|\d+[.)](?=\s|$))")
_SAFE_URL = re.compile(r"https?://[^\s<>\"'`\\]+", re.IGNORECASE)  # used with fullmatch


def render_markdown(briefing: Briefing, article_text: str) -> str:
    """The briefing page: front matter, then a body rendered from it and the article text; the front matter
    keeps the body's digest (`generator.body`)."""
    body = render_body(briefing, article_text)
    signed = replace(briefing, generator=replace(briefing.generator, body=body_digest(body)))
    return front_matter(signed) + body


def body_digest(body: str) -> str:
    """The SHA-256 of a page's body, its line ends read as newlines (an editor saving in CRLF changes nothing)."""
    return hashlib.sha256(body.replace("\r\n", "\n").encode("utf-8")).hexdigest()


def refreshed_body(briefing: Briefing, body: str) -> str:
    """A body rendered again from a front matter corrected by hand, with the old body's article section kept
    as written: a corrected date or role shows on the page as it does in the agenda."""
    article = next(reversed(list(_ARTICLE_SECTION.finditer(body))), None)
    return body if article is None else _body_head(briefing) + body[article.start() :]


# the last section of a body: the article's text, folded ('??? quote "Article"')
_ARTICLE_SECTION = re.compile(r'^\?\?\? quote "[^"\n]*"[ \t]*$', re.MULTILINE)


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
    """The page body in Markdown; every value is escaped.

    In the order a reader needs it: title and date, summary, what comes next ("À venir", the product's
    promise, above the fold), key facts, who is involved (most mentioned first) and where, then the rest,
    and last the article's text, folded.
    """
    t = labels(briefing.lang).PAGE
    out = [f'??? quote "{t["article"]}"']
    for paragraph in article_text.split("\n\n"):
        if paragraph.strip():
            out += ["", "    " + block(paragraph)]
    return _body_head(briefing) + "\n".join(out) + "\n"


def _body_head(briefing: Briefing) -> str:
    """The body up to the article's text: what render_body writes from the front matter alone."""
    t = labels(briefing.lang).PAGE
    out = [f"# {inline(briefing.title)}", "", _byline(briefing, t), ""]
    note = _date_note(briefing, t)
    if note:
        out += [note, ""]
    if briefing.summary:
        out += [f'!!! abstract "{t["summary"]}"', "", "    " + block(briefing.summary), ""]
    out += _events(t["upcoming"], briefing.upcoming, briefing.lang, t)
    if briefing.key_facts:
        out += [f"## {t['facts']}", ""] + [f"- {block(f.text)}" for f in briefing.key_facts] + [""]
    if briefing.participants:
        out += [f"## {t['participants']}", ""]
    if briefing.people:
        out += [f"### {t['people']}", "", f"| {t['name']} | {t['role']} | {t['aliases']} | {t['mentions']} |"]
        out += ["| --- | --- | --- | ---: |"] + [_participant_row(p, with_role=True) for p in _ranked(briefing.people)]
        out.append("")
    if briefing.organizations:
        out += [f"### {t['organizations']}", "", f"| {t['name']} | {t['aliases']} | {t['mentions']} |"]
        out += ["| --- | --- | ---: |"] + [
            _participant_row(p, with_role=False) for p in _ranked(briefing.organizations)
        ]
        out.append("")
    if briefing.places:
        out += [f"## {t['places']}", "", block(" · ".join(" ".join(str(p).split()) for p in briefing.places)), ""]
    out += _events(t["timeline"], briefing.timeline, briefing.lang, t)
    if briefing.quotes:
        out += [f"## {t['quotes']}", ""]
        for q in briefing.quotes:
            out += [f"> « {inline(q.text)} »", ">", f"> — {inline(q.speaker)}", ""]
    return "\n".join(out) + "\n"


def _events(heading: str, events: list[DatedEvent], lang: str, t: dict[str, str]) -> list[str]:
    if not events:
        return []
    out = [f"## {heading}", "", f"| {t['date']} | {t['event']} |", "| --- | --- |"]
    return out + [f"| {inline(human_date(str(e.date), lang))} | {_event_cell(e, t)} |" for e in events] + [""]


def _ranked(participants: list[Participant]) -> list[Participant]:
    """Most mentioned first (ties: as the article names them): Blinken's 7 mentions before Poutine's one."""
    return sorted(participants, key=lambda p: -(p.mentions or 0))


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
    if published and briefing.date_source == "inferred":
        published += f" ({t['inferred_date']})"
    parts = [published or t["unknown_date"]]
    if briefing.source.outlet:
        parts.append(inline(briefing.source.outlet))
    if briefing.source.author:
        parts.append(f"{t['by']} {inline(briefing.source.author)}")
    if briefing.source.url and _SAFE_URL.fullmatch(str(briefing.source.url)):
        parts.append(f"[{t['source']}](<{briefing.source.url}>)")
    return "*" + " · ".join(parts) + "*"


def _date_note(briefing: Briefing, t: dict[str, str]) -> str:
    """What the reader must know of a publication date that is not the article's own: how to settle it."""
    if briefing.date_source == "inferred":
        return "*" + inline(t["inferred_note"].format(evidence=briefing.date_evidence or "?")) + "*"
    if briefing.date_source == "unknown":
        return "*" + inline(t["unknown_note"]) + "*"
    return ""


def _participant_row(p: Participant, with_role: bool) -> str:
    cells = [inline(p.name)] + ([inline(p.role or "")] if with_role else [])
    cells += [inline(", ".join(p.aliases)), inline(str(p.mentions))]
    return "| " + " | ".join(cells) + " |"


_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@lru_cache(maxsize=8192)
def day_words(day: dt.date, lang: str, year: bool = True, month: bool = True) -> str:
    """A day as a reader says it, weekday first: "mercredi 3 avril 2024", "Wednesday 3 April 2024".

    Written by babel from CLDR with the language's patterns (generator/lang/<code>/labels.py); without
    `year` ("mercredi 3 avril") or without `month` either ("mercredi 3", the start of a range).
    """
    patterns = labels(lang).DATES
    key = "day" if year else "day_no_year" if month else "day_only"
    if day.day == 1:
        key = key.replace("day", "day_first", 1)
    return format_date(day, patterns[key], locale=labels(lang).LOCALE)


@lru_cache(maxsize=1024)
def month_words(year: int, month: int, lang: str) -> str:
    """A month as a reader says it: "avril 2024", "April 2024"."""
    return format_date(dt.date(year, month, 1), labels(lang).DATES["month"], locale=labels(lang).LOCALE)


def range_words(start: dt.date, end: dt.date, lang: str) -> str:
    """Two days: "lundi 3 – mercredi 5 juin 2024", "vendredi 31 mai – lundi 3 juin 2024"."""
    if start.year != end.year:
        first = day_words(start, lang)
    else:
        first = day_words(start, lang, year=False, month=(start.month != end.month))
    return labels(lang).DATES["range"].format(start=first, end=day_words(end, lang))


def human_date(value: str, lang: str) -> str:
    """An ISO date of the front matter as a reader writes it, in the briefing's language; anything else as it is.

    '2024-04-03' -> 'mercredi 3 avril 2024'; '2024-07' -> 'juillet 2024'; '2024' -> '2024';
    '2024-06-03/2024-06-05' -> 'lundi 3 – mercredi 5 juin 2024'.
    """
    value = str(value)
    if "/" in value:
        first, _, last = value.partition("/")
        start, end = _day(first), _day(last)
        if start is not None and end is not None:
            return range_words(start, end, lang)
        return labels(lang).DATES["range"].format(start=human_date(first, lang), end=human_date(last, lang))
    match = _ISO.fullmatch(value.strip())
    if not match:
        return value
    try:
        if match.group(3):
            return day_words(dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))), lang)
        if match.group(2):
            if not 1 <= int(match.group(2)) <= 12:
                return value
            return month_words(int(match.group(1)), int(match.group(2)), lang)
    except ValueError:  # 2024-02-30: not a day
        return value
    return match.group(1)


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()) if len(value.strip()) == 10 else None
    except ValueError:
        return None


def _event_cell(event: DatedEvent, t: dict[str, str]) -> str:
    what = inline(event.event) if event.event else ""
    quoted = f"« {inline(event.text)} »"
    cell = f"{what} ({quoted})" if what else quoted
    if event.unsaid_where:
        cell += f" · {t['where']} : {inline(event.unsaid_where)}"
    if event.who:
        cell += f" · {t['who']} : {inline(', '.join(event.who))}"
    return cell


def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    """Omit None values of optional keys so the front matter stays short and hand-editable.

    Required keys stay, even when None (`date: null` for an unknown date): the JSON Schema requires
    them, and Briefing.from_dict needs them to rebuild the briefing.
    """
    required = {f.name for f in fields(Briefing) if f.default is MISSING and f.default_factory is MISSING}
    for key in ("upcoming", "timeline"):  # an item's optional `who` and `where` only when known
        data[key] = [{k: v for k, v in item.items() if v or k not in _OPTIONAL_ITEM} for item in data.get(key) or []]
    return {k: v for k, v in data.items() if v is not None or k in required}


_OPTIONAL_ITEM = ("who", "where")

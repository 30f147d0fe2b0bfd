"""Real pages benchmark: the whole pipeline, from a page as a reader saves or copies it, against gold.

Each article in bench/real/ (NAME.html or NAME.txt, with the page chrome; NAME.yml with what a user would
give, never the publication date; NAME.json, annotated before the system ever ran on it) goes through the
reader and the extractors exactly as `briefings generate` does, twice: once with the gold publication
date given (as `--published` would), once without any (the page's own evidence only). Articles are split
into `dev` (rules may be written from their errors) and `blind` (never tuned on: the figures that count).

Printed, per split and per language:
- people, organisations, places (P/R/F1), roles (accuracy over gold people with a role), and chrome noise
  (predicted names the gold lists in `not_entities`), matching as bench/entities.py does;
- the publication date without metadata: right, near (inferred in the right year, as the page says),
  unknown (allowed) and wrong (a wrong year, or a wrong day given as known: never allowed);
- upcoming dates (P/R/F1 on values, or on days for the gold's own words: a week written by the annotator as
  Monday to Friday matches the same words listed Monday to Sunday) with and without metadata;
  `same_day_optional` items and a year alone ("en 2027": no agenda date, docs/dates.md) neither count nor
  cost; a list the gold wrote as one span ("13, 14 and 16 December") is hit by any of its days, the others
  then neither count nor cost (the product lists such days apart, docs/dates.md); nor does an hour of a
  programme listed as its own row
  ("17h30", "at 9.30 am") on a day the gold lists (the annotation guideline: a programme's day is one gold
  item, its hours may be listed apart), nor the day's own row when one of its hours took the day's item;
- the agenda's event phrases: the share of gold upcoming dates "described" (content-word F1 >= 0.4 between
  the system's `event` and the gold's, words folded, cut to five letters, stop words dropped; a missed date
  is not described) and the mean F1, next to the baseline that uses the whole sentence as the event;
  and the share of gold timeline (past) items described the same way;
- the title (issue 19: the first thing the reader reads): the share of pages whose briefing title matches the
  gold `title` (content-word F1 >= 0.8, words folded and cut as for the event phrases); pages whose gold has
  no title are left out.

    python bench/real.py [--split dev|blind|all] [--verbose] [--only NAME] [--folder DIR] [--pages DIR]

The same table for the clean-newswire gold (`--folder bench/gold`) and the reference article
(`--folder ../shared/gold --pages seeds`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from entities import Counts, _alternatives, _names, match, role_right  # noqa: E402

from generator.lang.folding import fold  # noqa: E402  # as bench/entities.py folds the gold's names
from generator.model import Briefing, DatedEvent  # noqa: E402

REAL = ROOT / "bench" / "real"
DESCRIBED = 0.4  # content-word F1 at which a date counts as described (issue 18)
TITLED = 0.8  # content-word F1 at which the briefing's title is the page's (issue 19)
PREFIX = 5  # words are compared on their first five letters


@dataclass
class Score:
    articles: int = 0
    people: Counts = field(default_factory=Counts)
    orgs: Counts = field(default_factory=Counts)
    places: Counts = field(default_factory=Counts)
    roles: Counts = field(default_factory=Counts)
    noise: int = 0
    date_right: int = 0
    date_near: int = 0  # inferred in the right year, the day only approximate (the page says it is inferred)
    date_unknown: int = 0
    date_wrong: int = 0
    upcoming_meta: Counts = field(default_factory=Counts)
    upcoming_bare: Counts = field(default_factory=Counts)
    described: int = 0
    event_f1: float = 0.0
    baseline_described: int = 0
    past: int = 0  # gold timeline items
    past_described: int = 0
    baseline_f1: float = 0.0
    titles: int = 0  # pages whose gold has a title
    titles_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("people", "orgs", "places", "roles", "upcoming_meta", "upcoming_bare"):
            getattr(self, name).add(getattr(other, name))
        for name in (
            "articles", "noise", "date_right", "date_near", "date_unknown", "date_wrong", "described", "past",
            "past_described", "titles", "titles_right",
        ):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("event_f1", "baseline_f1", "baseline_described"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for the language, folded (the bench needs no list of its own)."""
    from spacy.util import get_lang_class

    return frozenset(fold(w) for w in get_lang_class(lang).Defaults.stop_words)


def event_words(text: str, lang: str) -> set[str]:
    """Content words of an event phrase: folded, stop words dropped, cut to their first five letters."""
    stop = _stop_words(lang)
    words = "".join(c if c.isalnum() else " " for c in fold(text)).split()
    return {w[:PREFIX] for w in words if w not in stop and (len(w) > 1 or w.isdigit())}


def event_f1(pred: str, gold: str, lang: str) -> float:
    p, g = event_words(pred, lang), event_words(gold, lang)
    if not p or not g:
        return 0.0
    common = len(p & g)
    return 2 * common / (len(p) + len(g))


def _value(item: DatedEvent) -> str:
    """The item's date at its precision, each end of a range cut the same way ("2017/2021")."""
    cut = 7 if item.precision == "month" else 4 if item.precision == "year" else 10
    return "/".join(part[:cut] for part in item.date.split("/"))


def _dates(
    pred: list[DatedEvent], gold: dict, label: str, misses: list[str], lang: str = "fr"
) -> tuple[Counts, dict[int, DatedEvent]]:
    """Upcoming values matched one to one; returns the counts and, per gold item, the predicted item.

    Among items of the same value (a programme's day, a date said twice), which pairs with which is
    arbitrary: the pairs are chosen by the event phrases, best content-word F1 first.
    """
    wanted = [g["value"] for g in gold.get("upcoming") or []]
    optional = {g["value"] for g in gold.get("same_day_optional") or []}
    listed = [_listed_days(g) for g in gold.get("upcoming") or []]
    pairs = sorted(
        (
            (-event_f1(item.event, gold["upcoming"][k]["event"], lang), i, k)
            for i, item in enumerate(pred)
            for k, v in enumerate(wanted)
            if v == _value(item) or _same_words_overlapping(item, gold["upcoming"][k]) or _value(item) in listed[k]
        ),
    )
    matched: dict[int, DatedEvent] = {}
    taken: set[int] = set()
    for _, i, k in pairs:
        if i not in taken and k not in matched:
            matched[k] = pred[i]
            taken.add(i)
    counted = len(matched)
    # a programme's day is one gold item: when one of its hours took it, the day's own row is that day said again
    hour_taken = {wanted[k] for k, item in matched.items() if _HOUR.match(item.text.strip())}
    # the other days of a list the gold wrote as one span, once one of them took it
    list_taken = {day for k in matched for day in listed[k]}
    for i, item in enumerate(pred):
        if i in taken or _value(item) in optional | hour_taken | list_taken or _hour_of(item, wanted):
            continue
        counted += 1
        misses.append(f"{label} FP {_value(item)} {item.text!r}")
    for k, v in enumerate(wanted):
        if k not in matched:
            misses.append(f"{label} FN {v} {gold['upcoming'][k]['text']!r}")
    return Counts(len(matched), counted, len(wanted)), matched


_LIST_WORDS = re.compile(r",|\b(?:et|and)\b")
_RANGE_WORDS = re.compile(r"\b(?:au|to|through|until|jusqu)\b|[-–]")


def _listed_days(gold: dict) -> set[str]:
    """The days of a list the gold wrote as one span ("13, 14 and 16 December" as 2022-12-13/2022-12-16): the
    product lists days that do not follow each other as days of their own (docs/dates.md), and each of them is
    the gold's date; empty for any other item."""
    text, value = str(gold.get("text", "")), str(gold["value"])
    ends = value.split("/")
    if (
        len(ends) != 2
        or not all(len(d) == 10 for d in ends)
        or not _LIST_WORDS.search(text)
        or _RANGE_WORDS.search(text)
    ):
        return set()
    numbers = {int(n) for n in re.findall(r"\b\d{1,2}\b", text)}
    first, last = dt.date.fromisoformat(ends[0]), dt.date.fromisoformat(ends[1])
    days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    return {d.isoformat() for d in days if d.day in numbers}


def _same_words_overlapping(item: DatedEvent, gold: dict) -> bool:
    """Whether the item is the gold's own expression with days that overlap the gold's value: a week or a weekend
    ("next week", "later this week") has no one value, and annotators wrote it as Monday to Friday, Monday to
    Sunday or the one day they knew; the same words over the same days are the same date."""
    if fold(item.text.strip()) != fold(str(gold.get("text", "")).strip()):
        return False
    ours, theirs = item.date.split("/"), str(gold["value"]).split("/")
    if not all(len(d) == 10 for d in (*ours, *theirs)):
        return False
    return ours[0] <= theirs[-1] and theirs[0] <= ours[-1]


_HOUR = re.compile(r"^(?:\w{1,2}\s+)?\d{1,2}\s*(?:h|:|\.)\s*\d{0,2}\b|^\d{1,2}\s*(?:am|pm)\b", re.IGNORECASE)


def _hour_of(item: DatedEvent, wanted: list[str]) -> bool:
    """Whether the item is an hour of a programme ("17h30", "à 9h", "10.15") on a day a gold item covers."""
    if not _HOUR.match(item.text.strip()):
        return False
    day = item.date[:10]
    return any(day == v or ("/" in v and v.split("/")[0] <= day <= v.split("/")[1]) for v in wanted)


_YEAR_ONLY = re.compile(r"\d{4}(?:/\d{4})?")


def agenda_gold(gold: dict) -> dict:
    """The gold with its upcoming items that are a year alone ("en 2027", "by 2030") left out: the product keeps
    those in `temporal`, never in the agenda (docs/dates.md), so they neither count nor cost."""
    upcoming = [g for g in gold.get("upcoming") or [] if not _YEAR_ONLY.fullmatch(str(g["value"]))]
    return {**gold, "upcoming": upcoming}


def score(gold: dict, with_meta: Briefing, bare: Briefing) -> Score:
    s = Score(articles=1)
    gold = agenda_gold(gold)
    people = [p for p in with_meta.participants if p.kind == "person"]
    orgs = [p for p in with_meta.participants if p.kind == "organization"]
    names = lambda p: {fold(p.name), *map(fold, p.aliases)}  # noqa: E731
    s.people = match([names(p) for p in people], [_names(g) for g in gold["people"]], "person", s.misses)
    s.orgs = match([names(p) for p in orgs], [_names(g) for g in gold["organizations"]], "org", s.misses)
    s.places = match([{fold(p)} for p in with_meta.places], [_names(g) for g in gold["places"]], "place", s.misses)
    noise = {fold(n) for n in gold.get("not_entities") or []}
    found = [names(p) for p in with_meta.participants] + [{fold(p)} for p in with_meta.places]
    chrome = [sorted(n & noise)[0] for n in found if n & noise]
    s.noise = len(chrome)
    s.misses.extend(f"noise {name!r}" for name in chrome)
    note = gold.get("role_note") or ""
    for g in gold["people"]:
        if not g.get("role"):
            continue
        s.roles.gold += 1
        person = next((p for p in people if names(p) & _names(g)), None)
        if person and role_right(person.role, [g["role"], *_alternatives(note, g["name"])]):
            s.roles.tp += 1
        else:
            s.misses.append(f"role {g['name']}: {person.role if person else None!r} vs {g['role']!r}")

    if bare.date is None or bare.date_source == "unknown":
        s.date_unknown = 1
        s.misses.append(f"date unknown vs {gold['published']}")
    elif bare.date == gold["published"]:
        s.date_right = 1
    elif bare.date_source == "inferred" and bare.date[:4] == gold["published"][:4]:
        s.date_near = 1
        s.misses.append(f"date near {bare.date} (inferred) vs {gold['published']}")
    else:
        s.date_wrong = 1
        s.misses.append(f"date WRONG {bare.date} ({bare.date_source}) vs {gold['published']}")

    lang = gold.get("lang") or "fr"
    if gold.get("title"):
        s.titles = 1
        f1 = event_f1(with_meta.title, gold["title"], lang)
        s.titles_right = int(f1 >= TITLED)
        if not s.titles_right:
            s.misses.append(f"title {with_meta.title!r} vs {gold['title']!r} (F1 {f1:.2f})")
    s.upcoming_meta, matched = _dates(with_meta.upcoming, gold, "upcoming", s.misses, lang)
    s.upcoming_bare, _ = _dates(bare.upcoming, gold, "upcoming(no meta)", [], lang)
    for k, g in enumerate(gold.get("upcoming") or []):
        item = matched.get(k)
        ours = event_f1(item.event, g["event"], lang) if item else 0.0
        base = event_f1(item.sentence, g["event"], lang) if item else 0.0
        s.event_f1 += ours
        s.baseline_f1 += base
        s.described += ours >= DESCRIBED
        s.baseline_described += base >= DESCRIBED
        if item and ours < DESCRIBED:
            s.misses.append(f"event {g['value']}: {item.event!r} vs {g['event']!r} (F1 {ours:.2f})")
    past = {"upcoming": gold.get("past") or []}
    _, found = _dates(with_meta.timeline, past, "timeline", [], lang)
    s.past = len(past["upcoming"])
    s.past_described = sum(
        event_f1(found[k].event, g["event"], lang) >= DESCRIBED for k, g in enumerate(past["upcoming"]) if k in found
    )
    for k, g in enumerate(past["upcoming"]):
        f1 = event_f1(found[k].event, g["event"], lang) if k in found else 0.0
        if k in found and f1 < DESCRIBED:
            s.misses.append(f"past event {g['value']}: {found[k].event!r} vs {g['event']!r} (F1 {f1:.2f})")
    return s


PAGES: list[Path] = []  # other folders where pages may be (--pages): the reference article's seeds/


def page_of(gold_path: Path) -> Path | None:
    """The saved or copied page an annotation describes, if it is on this machine."""
    for folder in (gold_path.parent, *PAGES):
        for suffix in (".html", ".htm", ".txt", ".md"):
            page = (folder / gold_path.name).with_suffix(suffix)
            if page.is_file():
                return page
    return None


def run(gold_path: Path, gold: dict) -> tuple[Briefing, Briefing]:
    """The briefing with the gold publication date given, and the one with no date given."""
    from generator.nlp import load_nlp
    from generator.pipeline import analyse, article_language
    from generator.read import read_article

    page = page_of(gold_path)
    assert page is not None  # main() skips the annotations whose page is missing
    article = read_article(page)
    lang = article_language(article)
    nlp = load_nlp(lang)
    published = dt.date.fromisoformat(gold["published"])
    with_meta = analyse(article, nlp, published, lang).briefing
    bare = analyse(article, nlp, None, lang).briefing
    return with_meta, bare


def _row(label: str, s: Score) -> str:
    events = s.upcoming_meta.gold or 1
    return (
        f"| {label} | {s.articles} | {s.people.p:.2f} | {s.people.r:.2f} | {s.people.f1:.2f} | {s.orgs.f1:.2f} "
        f"| {s.places.f1:.2f} | {s.roles.r:.2f} | {s.noise} "
        f"| {s.date_right}/{s.date_near}/{s.date_unknown}/{s.date_wrong} "
        f"| {s.upcoming_meta.p:.2f} / {s.upcoming_meta.r:.2f} "
        f"| {s.upcoming_bare.p:.2f} / {s.upcoming_bare.r:.2f} "
        f"| {s.described / events:.2f} ({s.event_f1 / events:.2f}) "
        f"| {s.baseline_described / events:.2f} ({s.baseline_f1 / events:.2f}) "
        f"| {s.past_described / (s.past or 1):.2f} | {s.titles_right / (s.titles or 1):.2f} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "blind", "all"), default="all")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--only", help="one article (NAME)")
    parser.add_argument("--folder", type=Path, default=REAL, help="where the pages and their gold are")
    parser.add_argument("--pages", type=Path, help="another folder with the pages (e.g. seeds/ for ../shared/gold)")
    args = parser.parse_args()
    if args.pages:
        PAGES.append(args.pages)

    totals: dict[tuple[str, str], Score] = {}
    unreadable, missing = [], []
    for gold_path in sorted(args.folder.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        split = gold.get("split", "dev")
        if (args.split != "all" and split != args.split) or (args.only and gold_path.stem != args.only):
            continue
        if gold.get("no_article_text"):
            unreadable.append(gold_path.stem)
            continue
        if page_of(gold_path) is None:  # third-party pages are not committed: see bench/real/README.md
            missing.append(gold_path.stem)
            continue
        s = score(gold, *run(gold_path, gold))
        for key in ((split, gold.get("lang") or "fr"), (split, "all")):
            totals.setdefault(key, Score()).add(s)
        if args.verbose:
            print(f"\n{gold_path.stem} ({split})")
            print("\n".join(f"  {m}" for m in s.misses) or "  (no miss)")

    print(
        "\n| split | articles | people P | people R | people F1 | orgs F1 | places F1 | roles | noise "
        "| pub. date right/near/unknown/wrong (no meta) | upcoming P / R | upcoming P / R (no meta) "
        "| events described (mean F1) | sentence baseline | timeline described | title |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|---|---|---:|")
    for (split, lang), s in sorted(totals.items(), key=lambda kv: (kv[0][0] != "blind", kv[0])):
        print(_row(f"{split} {lang}", s))
    if unreadable:
        print(f"\npages with no article text (JavaScript-drawn): {', '.join(unreadable)}")
    if missing:
        print(f"\nannotations whose page is not on this machine (see bench/real/README.md): {', '.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

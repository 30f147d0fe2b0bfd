"""How far two careful annotators agree: the ceiling of bench/real.py's columns.

A second annotator, who never saw the first annotation, writes the same fields for some pages (people with
roles, organisations, places, upcoming dates with their events, the publication date). This script scores the
second annotation against the first exactly as bench/real.py scores the system: names folded and matched with
their aliases, roles by `role_right`, events by content-word F1 >= 0.4. A column where two annotators agree at
0.80 cannot be asked of the system at 0.95; the gap between the system and this row is what rules can still win.

    python bench/agreement.py SECOND_DIR [--gold bench/real]

SECOND_DIR holds one NAME.json per page (the gold's format); the first annotation is GOLD/NAME.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from entities import Counts, _alternatives, _names, match, role_right  # noqa: E402
from real import DESCRIBED, agenda_gold, event_f1  # noqa: E402


def _values(items: list[dict]) -> list[str]:
    return [str(g["value"]) for g in items]


def _dates(second: list[dict], gold: list[dict]) -> tuple[Counts, list[tuple[dict, dict]]]:
    """Upcoming items matched on their value (a span is hit by any day it covers), one to one."""
    used: set[int] = set()
    pairs = []
    for item in second:
        value = str(item["value"])
        hit = next((k for k, g in enumerate(gold) if k not in used and _covers(str(g["value"]), value)), None)
        if hit is not None:
            used.add(hit)
            pairs.append((item, gold[hit]))
    return Counts(len(pairs), len(second), len(gold)), pairs


def _covers(gold: str, value: str) -> bool:
    """Whether a value falls on a gold value: the same, or a day inside a gold span, or a span starting on it."""
    if gold == value:
        return True
    first, _, last = gold.partition("/")
    day = value.split("/")[0]
    return bool(last) and first <= day <= last or day == first


def compare(second: dict, gold: dict) -> dict:
    """The second annotation scored against the first, column by column."""
    gold = agenda_gold(gold)
    second = agenda_gold(second)
    misses: list[str] = []
    people = match([_names(p) for p in second["people"]], [_names(g) for g in gold["people"]], "person", misses)
    orgs = match(
        [_names(o) for o in second["organizations"]], [_names(g) for g in gold["organizations"]], "org", misses
    )
    places = match([_names(p) for p in second["places"]], [_names(g) for g in gold["places"]], "place", misses)
    roles = Counts()
    note = gold.get("role_note") or ""
    for g in gold["people"]:
        if not g.get("role"):
            continue
        roles.gold += 1
        person = next((p for p in second["people"] if _names(p) & _names(g)), None)
        if person and role_right(person.get("role"), [g["role"], *_alternatives(note, g["name"])]):
            roles.tp += 1
    lang = gold.get("lang") or "fr"
    upcoming, pairs = _dates(second.get("upcoming") or [], gold.get("upcoming") or [])
    described = sum(event_f1(a.get("event") or "", b["event"], lang) >= DESCRIBED for a, b in pairs)
    return {
        "people": people,
        "orgs": orgs,
        "places": places,
        "roles": roles,
        "upcoming": upcoming,
        "described": Counts(described, len(pairs), len(gold.get("upcoming") or [])),
        "date": second.get("published") in (None, gold["published"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("second", type=Path)
    parser.add_argument("--gold", type=Path, default=ROOT / "bench" / "real")
    args = parser.parse_args()
    totals = {k: Counts() for k in ("people", "orgs", "places", "roles", "upcoming", "described")}
    pages = dates_agree = 0
    for path in sorted(args.second.glob("*.json")):
        scores = compare(json.loads(path.read_text(encoding="utf-8")), json.loads((args.gold / path.name).read_text()))
        pages += 1
        dates_agree += scores.pop("date")
        for key, counts in scores.items():
            totals[key].add(counts)
    t = totals
    print("| pages | people P / R / F1 | orgs F1 | places F1 | roles | upcoming P / R | described | publication date |")
    print("|---:|---|---:|---:|---:|---|---:|---:|")
    print(
        f"| {pages} | {t['people'].p:.2f} / {t['people'].r:.2f} / {t['people'].f1:.2f} | {t['orgs'].f1:.2f} "
        f"| {t['places'].f1:.2f} | {t['roles'].r:.2f} | {t['upcoming'].p:.2f} / {t['upcoming'].r:.2f} "
        f"| {t['described'].tp / max(t['described'].gold, 1):.2f} | {dates_agree}/{pages} |"
    )


if __name__ == "__main__":
    main()

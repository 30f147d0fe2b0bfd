"""Entity benchmark: people, organisations, places, roles, quotes and key facts against hand-made gold.

Reads gold JSON files in the reference format (../shared/gold/*.json, ../shared/eval/**/*.json when they
have the same keys, bench/gold/*.json), builds each article's body the way the pipeline does (the reader,
then "title\\n\\ntext"), runs our extractors and raw spaCy (its PER / ORG / LOC entities as they come: the
baseline), and prints one table per set and per article.

Matching is on the canonical name or any alias, accent- and case-insensitive; a second prediction for an
entity already matched is a false positive (so unmerged aliases cost precision). Role accuracy is over the
gold people that have a role (a person not found counts as a wrong role); a role is right when at least half
of its content words (endings -e/-s ignored) are in the gold role or in one of the alternatives quoted in the
gold's `role_note`. A gold quote is found when a predicted quote shares most of its words and its speaker
matches (same name or alias, or the same source words). A gold key fact is covered when one statement (the
summary's sentences or a key fact) holds at least half of its content words; summary and key facts get the
article's dates resolved against the gold's `published`, as in the pipeline. `lead5` is the same score for
the first five sentences of the body, for scale.

    python bench/entities.py [--verbose] [--only NAME]
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

from generator.extract.dates import extract_timexes  # noqa: E402
from generator.extract.entities import extract_entities  # noqa: E402
from generator.extract.facts import extract_key_facts, extract_summary  # noqa: E402
from generator.extract.folding import fold  # noqa: E402
from generator.extract.ner.text import content_words, sentences, story_sentences  # noqa: E402
from generator.extract.quotes import extract_quotes  # noqa: E402
from generator.nlp import load_nlp  # noqa: E402

GOLD_DIRS = [ROOT.parent / "shared" / "gold", ROOT.parent / "shared" / "eval", ROOT / "bench" / "gold"]


@dataclass
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    @property
    def p(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def r(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


@dataclass
class Score:
    people: Counts = field(default_factory=Counts)
    orgs: Counts = field(default_factory=Counts)
    places: Counts = field(default_factory=Counts)
    roles: Counts = field(default_factory=Counts)  # tp = right roles, gold = gold people with a role
    quotes: Counts = field(default_factory=Counts)  # tp = gold quotes found with the right speaker
    facts: Counts = field(default_factory=Counts)  # tp = gold facts covered by facts alone
    covered: Counts = field(default_factory=Counts)  # by summary + facts
    lead5: Counts = field(default_factory=Counts)
    noise: int = 0  # predicted names that the gold lists in not_entities
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("people", "orgs", "places", "roles", "quotes", "facts", "covered", "lead5"):
            getattr(self, name).add(getattr(other, name))
        self.noise += other.noise


def _names(entity: dict | str) -> set[str]:
    if isinstance(entity, str):
        return {fold(entity)}
    return {fold(entity["name"]), *(fold(a) for a in entity.get("aliases") or [])}


def match(pred: list[set[str]], gold: list[set[str]], label: str, misses: list[str]) -> Counts:
    """Greedy one-to-one matching on shared names."""
    used: set[int] = set()
    tp = 0
    for names in pred:
        hit = next((k for k, g in enumerate(gold) if k not in used and names & g), None)
        if hit is None:
            misses.append(f"{label} FP {sorted(names)[0]!r}")
        else:
            used.add(hit)
            tp += 1
    for k, g in enumerate(gold):
        if k not in used:
            misses.append(f"{label} FN {sorted(g)[0]!r}")
    return Counts(tp, len(pred), len(gold))


def _stems(text: str) -> set[str]:
    return {re.sub(r"(e?s|e)$", "", w) if len(w) > 4 else w for w in content_words(text)}


def role_right(pred: str | None, references: list[str]) -> bool:
    if not pred:
        return False
    words = _stems(pred)
    return any(len(words & _stems(r)) * 2 >= len(words) for r in references if r)


def _alternatives(note: str, name: str) -> list[str]:
    """Roles quoted in the gold's role_note next to a person's name ("'homologue chinois' for Wang Yi")."""
    out = []
    surname = fold(name.split()[-1])
    for clause in re.split(r"[;.]\s", note):
        if surname in fold(clause):
            out += re.findall(r"'([^']+)'", clause)
    return out


def body_of(gold_path: Path, gold: dict) -> tuple[str, str]:
    """(body, lang): the first line is the title, then the paragraphs, page chrome dropped (as the tests do).

    The whole first line is kept even when it is a long lead paragraph (the reader cuts such a "title").
    """
    candidates = [gold_path.parent.parent / gold["article"], ROOT / gold["article"], gold_path.with_suffix(".txt")]
    path = next(p for p in candidates if p.is_file())
    chrome = set(gold.get("boilerplate") or [])
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln and ln not in chrome]
    return lines[0] + "\n\n" + "\n\n".join(lines[1:]), gold.get("lang") or "fr"


def _covers(fact: str, statements: list[str]) -> bool:
    words = content_words(fact)
    return bool(words) and any(len(words & content_words(s)) * 2 >= len(words) for s in statements)


def _speaker_right(pred: str, gold: str, people: list[dict]) -> bool:
    if fold(pred) == fold(gold):
        return True
    for person in people:
        names = _names(person)
        if fold(gold) in names and fold(pred) in names:
            return True
    words = content_words(gold)
    return bool(words) and len(words & content_words(pred)) * 2 > len(words)


def _same_quote(pred: str, gold: str) -> bool:
    p, g = content_words(pred), content_words(gold)
    return bool(g) and len(p & g) >= 0.7 * len(g)


def score_ours(doc, lang: str, gold: dict, body: str) -> Score:
    s = Score()
    participants, places = extract_entities(doc, lang)
    people = [p for p in participants if p.kind == "person"]
    orgs = [p for p in participants if p.kind == "organization"]
    s.people = match(
        [{fold(p.name), *map(fold, p.aliases)} for p in people], [_names(g) for g in gold["people"]], "person", s.misses
    )
    s.orgs = match(
        [{fold(p.name), *map(fold, p.aliases)} for p in orgs],
        [_names(g) for g in gold["organizations"]],
        "org",
        s.misses,
    )
    s.places = match([{fold(p)} for p in places], [_names(g) for g in gold["places"]], "place", s.misses)
    note = gold.get("role_note") or ""
    for g in gold["people"]:
        if not g.get("role"):
            continue
        s.roles.gold += 1
        found = next((p for p in people if {fold(p.name), *map(fold, p.aliases)} & _names(g)), None)
        refs = [g["role"], *_alternatives(note, g["name"])]
        if found and role_right(found.role, refs):
            s.roles.tp += 1
        else:
            s.misses.append(f"role {g['name']}: {found.role if found else None!r} vs {g['role']!r}")
    quotes = extract_quotes(doc, participants, lang)
    s.quotes = Counts(0, len(quotes), len(gold.get("quotes") or []))
    for g in gold.get("quotes") or []:
        hit = [q for q in quotes if _same_quote(q.text, g["text"])]
        if any(_speaker_right(q.speaker, g["speaker"], gold["people"]) for q in hit):
            s.quotes.tp += 1
        else:
            s.misses.append(f"quote {g['speaker']!r}: {[q.speaker for q in hit]} {g['text'][:50]!r}")
    # Dates as the pipeline gives them: resolved against the publication date.
    published = dt.date.fromisoformat(gold["published"][:10]) if gold.get("published") else None
    timexes = extract_timexes(body, published, lang, doc)
    summary = extract_summary(doc, lang, timexes)
    facts = [f.text for f in extract_key_facts(doc, lang, timexes=timexes)]
    statements = [x.text for x in sentences(summary)] + facts
    lead5 = [x.text for x in story_sentences(body)][:5]
    for fact in gold.get("key_facts") or []:
        s.facts.gold += 1
        s.covered.gold += 1
        s.lead5.gold += 1
        s.facts.tp += _covers(fact, facts)
        s.covered.tp += _covers(fact, statements)
        s.lead5.tp += _covers(fact, lead5)
        if not _covers(fact, statements):
            s.misses.append(f"fact not covered: {fact[:90]!r}")
    noise = {fold(n.split(" (")[0]) for n in gold.get("not_entities") or []}
    predicted = [fold(p.name) for p in participants] + [fold(p) for p in places]
    s.noise = sum(1 for n in predicted if n in noise)
    s.misses += [f"not_entity {n!r}" for n in predicted if n in noise]
    return s


_BASE_LABELS = {"PER": "people", "PERSON": "people", "ORG": "orgs", "LOC": "places", "GPE": "places"}


def score_baseline(doc, gold: dict) -> Score:
    """Raw spaCy: each distinct entity text is one prediction, typed by its label; no role, no merging."""
    s = Score()
    found: dict[str, list[str]] = {"people": [], "orgs": [], "places": []}
    for ent in doc.ents:
        kind = _BASE_LABELS.get(ent.label_)
        if kind and ent.text not in found[kind]:
            found[kind].append(ent.text)
    sink: list[str] = []
    s.people = match([{fold(t)} for t in found["people"]], [_names(g) for g in gold["people"]], "", sink)
    s.orgs = match([{fold(t)} for t in found["orgs"]], [_names(g) for g in gold["organizations"]], "", sink)
    s.places = match([{fold(t)} for t in found["places"]], [_names(g) for g in gold["places"]], "", sink)
    s.roles = Counts(0, 0, sum(1 for g in gold["people"] if g.get("role")))
    noise = {fold(n.split(" (")[0]) for n in gold.get("not_entities") or []}
    s.noise = sum(1 for texts in found.values() for t in texts if fold(t) in noise)
    return s


def gold_files() -> list[tuple[str, Path]]:
    out = []
    for folder in GOLD_DIRS:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(data, dict) and {"people", "organizations", "places", "article"} <= data.keys():
                name = "reference" if folder.parent.name == "shared" else f"{folder.parent.name}/{folder.name}"
                out.append((name, path))
    return out


def _row(label: str, ours: Score, base: Score) -> str:
    def pct(c: Counts) -> str:
        return f"{c.tp}/{c.gold}" if c.gold else "-"

    return (
        f"| {label} | {ours.people.p:.2f} {ours.people.r:.2f} **{ours.people.f1:.2f}** | {base.people.f1:.2f} "
        f"| {ours.orgs.p:.2f} {ours.orgs.r:.2f} **{ours.orgs.f1:.2f}** | {base.orgs.f1:.2f} "
        f"| {ours.places.p:.2f} {ours.places.r:.2f} **{ours.places.f1:.2f}** | {base.places.f1:.2f} "
        f"| {ours.roles.r:.2f} | {pct(ours.quotes)} (+{max(0, ours.quotes.pred - ours.quotes.tp)}) "
        f"| {ours.facts.r:.2f} | {ours.covered.r:.2f} | {ours.lead5.r:.2f} | {ours.noise} / {base.noise} |"
    )


HEADER = (
    "| set / article | people P R **F1** | base | orgs P R **F1** | base | places P R **F1** | base "
    "| roles | quotes ok (extra) | facts cov | +summary | lead5 | not_entities ours / base |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="list misses per article")
    parser.add_argument("--only", help="articles whose name contains this")
    args = parser.parse_args()
    per_set: dict[str, tuple[Score, Score]] = {}
    rows = []
    details = []
    for set_name, path in gold_files():
        if args.only and args.only not in path.stem:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        body, lang = body_of(path, gold)
        doc = load_nlp(lang)(body)
        ours, base = score_ours(doc, lang, gold, body), score_baseline(doc, gold)
        rows.append(_row(f"{path.stem[:28]} ({lang})", ours, base))
        for key in (set_name, f"{set_name}:{lang}", "all"):
            agg = per_set.setdefault(key, (Score(), Score()))
            agg[0].add(ours)
            agg[1].add(base)
        if args.verbose:
            details.append(f"\n{path.stem}:\n  " + "\n  ".join(ours.misses))
    print(HEADER)
    for key in sorted(per_set, key=lambda k: (k == "all", k)):
        print(_row(f"**{key}**", *per_set[key]))
    print(HEADER.split("\n")[1].replace("---", "   ").replace("|   ", "|   "))
    for row in rows:
        print(row)
    for d in details:
        print(d)


if __name__ == "__main__":
    main()

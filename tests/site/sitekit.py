"""Test helpers: sample briefings and throw-away copies of the site project (shared with tests/browser)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from slugify import slugify

from generator.model import Briefing, DatedEvent, Participant, Source
from generator.render import render_markdown
from generator.site.blocks import GeneratedPage

ROOT = Path(__file__).resolve().parents[2]
REFERENCE_NAME = "2024-04-02-blinken-paris.md"


def shown(page: GeneratedPage) -> str:
    """A generated page's Markdown with its HTML blocks in, every link shown as HREF:<src_uri>."""
    return page.fill(page.markdown, lambda uri: f"HREF:{uri}")


def reference_briefing() -> Briefing:
    """A stand-in for the reference briefing (Antony Blinken in Paris, 2024-04-02)."""
    return Briefing(
        title="« Poutine n'a pas intérêt à élargir le conflit contre un membre de l'OTAN », prévient Antony Blinken",
        date="2024-04-02",
        date_source="metadata",
        lang="fr",
        source=Source(path="seeds/blinken.txt", sha256="0" * 64),
        summary="Le chef de la diplomatie américaine Antony Blinken est en France pour évoquer l'Ukraine et le "
        "Proche-Orient avec Stéphane Séjourné et Emmanuel Macron à l'Elysée.",
        participants=[
            Participant("Antony Blinken", "person", "secrétaire d'Etat américain", ["Anthony Blinken"], 4),
            Participant("Stéphane Séjourné", "person", "ministre français des Affaires étrangères", [], 4),
            Participant("Emmanuel Macron", "person", "président", [], 1),
            Participant("Sébastien Lecornu", "person", "ministre des Armées", [], 2),
            Participant("KNDS", "organization", "groupe franco-allemand", [], 1),
            Participant("OTAN", "organization", None, ["Otan"], 2),
        ],
        places=["Paris", "Versailles", "Kiev", "Washington", "Elysée"],
        upcoming=[
            DatedEvent("2024-04-03", "day", "mercredi", "réunion des ministres de l'Otan", "Mercredi, réunion."),
            DatedEvent("2024-04-15", "day", "le 15 avril", "conférence internationale sur le Soudan",
                       "en amont de la conférence internationale que la France coorganisera, le 15 avril"),
            DatedEvent("2024-06-06", "day", "le 6 juin", "80 ans du débarquement allié en Normandie",
                       "Joe Biden doit participer aux 80 ans du débarquement le 6 juin."),
            DatedEvent("2024-07", "month", "en juillet", "sommet de l'Otan à Washington",
                       "le sommet de l'Otan qui se déroulera à Washington en juillet"),
        ],
    )  # fmt: skip


def other_briefings() -> list[Briefing]:
    """Two more briefings: the same person in another role, ranges, a year, and hostile text."""
    second = Briefing(
        title="Stéphane Séjourné reçoit à l'Élysée son homologue ukrainien",
        date="2024-05-10",
        date_source="metadata",
        lang="fr",
        source=Source(path="seeds/sejourne.txt", sha256="1" * 64),
        summary="Visite à Kyiv préparée.",
        participants=[
            Participant("Stéphane Séjourné", "person", "chef de la diplomatie", [], 3),
            Participant("Dmytro Kouleba", "person", "ministre ukrainien", [], 2),
        ],
        places=["Kyiv", "Elysée"],
        upcoming=[
            DatedEvent("2024-06-03/2024-06-05", "day", "du 3 au 5 juin", "visite à Kyiv", "Du 3 au 5 juin, visite."),
            DatedEvent("2025", "year", "en 2025", "adhésion envisagée", "En 2025, peut-être."),
            DatedEvent("2024-05-31", "day", "le 31 mai", "réunion à Prague", "Le 31 mai, réunion."),
        ],
    )
    hostile = Briefing(
        title="Un titre avec *étoiles*, [lien](javascript:alert(1)) et <script>x</script>",
        date="2024-03-01",
        date_source="metadata",
        lang="fr",
        source=Source(path="seeds/hostile.txt", sha256="2" * 64),
        summary="Résumé | avec | barres et {: .attr }",
        participants=[
            Participant("<b>Gras</b> [x](y)", "person", "rôle *fort*", [], 1),
            Participant("</title><script>alert(2)</script>", "organization", None, [], 1),
        ],
        places=["***"],
        upcoming=[DatedEvent("2024-03-20", "day", "le 20", "<img src=x onerror=alert(1)>", "phrase")],
    )
    return [second, hostile]


def english_briefing() -> Briefing:
    """A briefing in English: its page reads in English (labels, dates, lang) in the French site."""
    return Briefing(
        title="Nato foreign ministers meet in Brussels",
        date="2024-04-02",
        date_source="metadata",
        lang="en",
        source=Source(path="seeds/nato-en.txt", sha256="3" * 64, url="https://example.org/nato", outlet="Wire"),
        summary="The US Secretary of State meets Nato foreign ministers in Brussels on Wednesday.",
        participants=[
            Participant("Antony Blinken", "person", "US Secretary of State", ["Blinken"], 5),
            Participant("Jens Stoltenberg", "person", "Nato Secretary General", [], 2),
            Participant("Nato", "organization", None, ["OTAN"], 3),
        ],
        places=["Brussels", "Washington"],
        upcoming=[
            DatedEvent("2024-04-03", "day", "Wednesday", "Nato ministers meet", "On Wednesday, ministers meet."),
            DatedEvent("2024-07", "month", "in July", "Nato summit in Washington", "The summit in July."),
        ],
    )  # fmt: skip


def write_briefings(folder: Path, briefings: list[Briefing]) -> list[Path]:
    """Render each briefing to folder/<date>-<slug>.md (the reference one under REFERENCE_NAME)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for briefing in briefings:
        # Named from the briefing itself, like the store does, so the same briefing keeps its path.
        name = REFERENCE_NAME if "Blinken" in briefing.title else f"{briefing.date}-{slugify(briefing.title)[:30]}.md"
        path = folder / name
        path.write_text(render_markdown(briefing, f"{briefing.title}\n\nTexte de l'article."), encoding="utf-8")
        paths.append(path)
    return paths


def repository_reference() -> Path | None:
    """The real reference briefing in the repository's briefings/, once it has been generated."""
    for page in sorted((ROOT / "briefings").glob("*.md")):
        head = page.read_text(encoding="utf-8", errors="replace")[:4000]
        if "Blinken" in head and "2024-04-02" in head:
            return page
    return None


def make_project(
    dest: Path, briefings: list[Briefing] | None = None, site_url: str = "", real_reference: bool = False
) -> Path:
    """A copy of the site project (mkdocs.yml, docs/) with the given briefings; returns its directory.

    With `real_reference`, the repository's generated reference briefing replaces the stand-in when it exists.
    """
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", dest / "docs")
    if site_url:
        text = (dest / "mkdocs.yml").read_text(encoding="utf-8")
        (dest / "mkdocs.yml").write_text(text.replace('!ENV [SITE_URL, ""]', f'"{site_url}"'), encoding="utf-8")
    reference = repository_reference() if real_reference else None
    if briefings is None:
        briefings = [reference_briefing(), *other_briefings()]
    if reference:  # the real one replaces the stand-in
        briefings = [b for b in briefings if "Blinken" not in b.title]
    write_briefings(dest / "briefings", briefings)
    if reference:
        shutil.copy(reference, dest / "briefings" / reference.name)
    return dest


def mkdocs(project: Path, *args: str, today: str = "2024-04-02", env: dict[str, str] | None = None):
    """Run mkdocs in `project` (BRIEFINGS_TODAY fixed, SITE_URL unset unless given); returns the process."""
    environ = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "BRIEFINGS_TODAY")}
    environ["BRIEFINGS_TODAY"] = today
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args], cwd=project, env=environ, capture_output=True, text=True, timeout=300
    )


def build(project: Path, today: str = "2024-04-02", env: dict[str, str] | None = None) -> Path:
    """`mkdocs build --strict`; fails the test with mkdocs' output on error; returns the site directory."""
    result = mkdocs(project, "build", "--strict", today=today, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"

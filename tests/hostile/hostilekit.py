"""Test helpers for tests/hostile: the hostile corpus (issue 6), the real command, the real site build.

Small readable samples live in tests/data/bad/; binary, encoded and big inputs are generated here so
that nothing odd (a 20 MB file, bytes an editor would "fix") is committed.
"""

from __future__ import annotations

import codecs
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "data" / "bad"
TODAY = "2024-04-02"

BODY = (
    "Le ministre des Affaires étrangères se rendra mercredi à Bruxelles pour une réunion de l'Otan, "
    "a annoncé mardi le Quai d'Orsay.\n\n"
    "Il y rencontrera ses homologues européens. « Nous devons agir ensemble », a-t-il déclaré lundi."
)
FRENCH_TITLE = "Réunion à l'Élysée : « accord » sur l’été, 5 € de plus"
LATIN1_TITLE = "Réunion à l'Élysée : « accord » pour l'été"

# Titles that break naive YAML, Markdown, Jinja or file naming; each must come back exactly.
HOSTILE_TITLES = {
    "title-colons.txt": "Paris: le ministre dit: « non »: fin",
    "title-quotes.txt": "'Simples' \"doubles\" `accents graves` et \\ barre",
    "title-dashes.txt": "--- Titre entre tirets ---",
    "title-anchor.txt": "&ancre *alias !!python/object/apply:os.system ['echo PWNED']",
    "title-star.txt": "* étoile en tête",
    "title-python.txt": "!!python/object:__main__.Evil",
    "title-jinja.txt": "{{ config }} et {% include 'x' %} {# c #}",
    "title-script.txt": "<script>alert('PWN-t1')</script><img src=x onerror=alert('PWN-t2')>",
    "title-comment.txt": "<!-- PWN-t3 --> [x](javascript:alert('PWN-t4')) &amp; &lt;b&gt;",
    "title-yaml-doc.txt": "... --- ? : - | > % @ `",
    "title-slug-nothing.txt": "«»!?…",
    "title-dotdot.txt": "..",
    "title-traversal.txt": "../../../../tmp/évasion",
}


@dataclass(frozen=True)
class Case:
    """One input file and what must happen to it."""

    name: str
    data: bytes
    error: str | None = None  # a fragment of the one error line, or None when a briefing is expected
    title: str | None = None  # the exact title expected (when a briefing is expected)
    text: str | None = None  # a fragment the article text must contain, decoded correctly


def _article(title: str, body: str = BODY) -> str:
    return f"{title}\n\n{body}\n"


def corpus_cases(big: bool = True) -> list[Case]:
    """Every hostile input, with its expected outcome."""
    utf8 = _article(FRENCH_TITLE).encode("utf-8")
    broken = bytearray(utf8)
    broken[40:40] = b"\xff\xfe"
    broken += "Fin du texte tronquée: é".encode()[:-1]
    mixed = _article(LATIN1_TITLE).encode("cp1252") + "Une ligne en UTF-8 : déjà.\n".encode()
    cases = [
        Case("empty.txt", b"", error="empty file"),
        Case("whitespace.txt", b" \t\r\n\n   \n", error="empty file"),
        Case("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", error="binary file (a PNG image)"),
        Case("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", error="binary file (a PDF"),
        Case("archive.md", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)), error="binary file (a zip"),
        Case("nul-bytes.txt", b"Titre\n\nTexte\x00\x00\x01\x02 avec des octets nuls\x00", error="binary file"),
        Case("broken-utf8.txt", bytes(broken), error="invalid UTF-8"),
        Case("mixed-encodings.txt", mixed, error="mixed encodings"),
        Case("cp1252.txt", _article(FRENCH_TITLE).encode("cp1252"), title=FRENCH_TITLE, text="homologues européens"),
        Case("latin1.txt", _article(LATIN1_TITLE).encode("latin-1"), title=LATIN1_TITLE, text="« Nous devons"),
        Case("utf16-bom.txt", _article(FRENCH_TITLE).encode("utf-16"), title=FRENCH_TITLE, text="l'Otan"),
        Case("utf8-bom.txt", codecs.BOM_UTF8 + utf8, title=FRENCH_TITLE, text="Affaires étrangères"),
        Case("crlf.txt", _article(FRENCH_TITLE).replace("\n", "\r\n").encode(), title=FRENCH_TITLE, text="mardi"),
        Case("markup-in-text.txt", (BAD / "markup-in-text.txt").read_bytes(), text="<script>alert('PWN-script')"),
        Case("hostile-page.html", (BAD / "hostile-page.html").read_bytes(), title="Sommet de l'Otan à Bruxelles",
             text="Il y rencontrera ses homologues européens"),
        Case("frontmatter-lookalike.txt", (BAD / "frontmatter-lookalike.txt").read_bytes(),
             title="Ceci ressemble à un en-tête mais n'est pas du YAML clé-valeur", text="title: faux"),
        Case("frontmatter-invalid.md", (BAD / "frontmatter-invalid.md").read_bytes(), error="invalid YAML"),
        Case("frontmatter-python-tag.md", (BAD / "frontmatter-python-tag.md").read_bytes(), error="invalid YAML"),
        Case("same-title-1.txt", _article("Deux articles, un titre", BODY).encode(), title="Deux articles, un titre"),
        Case("same-title-2.txt", _article("Deux articles, un titre", BODY.replace("mercredi", "jeudi")).encode(),
             title="Deux articles, un titre", text="jeudi"),
        Case("twice-a.txt", _article("Le même article deux fois").encode(), title="Le même article deux fois"),
        Case("twice-b.txt", _article("Le même article deux fois").encode(), title="Le même article deux fois"),
        Case("Réunion à l'Élysée avec espaces.txt", _article("Nom de fichier accentué").encode(),
             title="Nom de fichier accentué"),
        Case("ÉTÉ été – 東京.md", _article("# Titre Markdown").encode(), title="Titre Markdown"),
    ]  # fmt: skip
    cases += [Case(name, _article(title).encode(), title=title) for name, title in HOSTILE_TITLES.items()]
    if big:
        cases.append(Case("big.txt", b"", error="file too large"))  # written by write_corpus, 20 MB
    return cases


def write_corpus(folder: Path, big: bool = True) -> list[Case]:
    """Write the corpus into `folder`; the 20 MB file is written in chunks, never held in memory."""
    folder.mkdir(parents=True, exist_ok=True)
    cases = corpus_cases(big)
    for case in cases:
        if case.name == "big.txt":
            chunk = ("Le ministre se rendra mercredi à Bruxelles. " * 1000 + "\n").encode()
            with open(folder / case.name, "wb") as fh:
                while fh.tell() < 20 * 1024 * 1024:
                    fh.write(chunk)
        else:
            (folder / case.name).write_bytes(case.data)
    # A sidecar that tries to run code: the error names the sidecar.
    (folder / "sidecar-evil.txt").write_bytes(_article("Article avec métadonnées piégées").encode())
    (folder / "sidecar-evil.yml").write_bytes(b"published: !!python/object/apply:os.system ['echo PWNED']\n")
    cases.append(Case("sidecar-evil.txt", b"", error="sidecar"))
    return cases


def run_cli(*args: str, cwd: Path, seed: str = "0", timeout: int = 900) -> subprocess.CompletedProcess[str]:
    """`briefings ARGS` in a fresh interpreter (as a user runs it), with a fixed PYTHONHASHSEED."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def make_site_project(dest: Path) -> Path:
    """A copy of the site project (mkdocs.yml, docs/) with an empty briefings/ folder."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", dest / "docs", ignore=shutil.ignore_patterns("img"))
    (dest / "briefings").mkdir(exist_ok=True)
    return dest


def build_site(project: Path, site_dir: Path | None = None, site_url: str = "") -> Path:
    """`mkdocs build --strict` of a project; fails the test with mkdocs' output on error."""
    env = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "BRIEFINGS_TODAY")}
    env["BRIEFINGS_TODAY"] = TODAY
    if site_url:
        env["SITE_URL"] = site_url
    site = site_dir or project / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site

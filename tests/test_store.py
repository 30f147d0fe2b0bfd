import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.model import Briefing, GeneratorInfo, Source
from generator.read import ArticleError
from generator.render import parse_markdown, render_markdown
from generator.store import BriefingStore, Status, is_hand_edited, with_checksum


def briefing(title="Un sommet à Bruxelles", path="seeds/a.txt", date="2024-04-02") -> Briefing:
    return Briefing(
        title=title,
        date=date,
        date_source="metadata",
        lang="fr",
        source=Source(path=path, sha256="ab" * 32),
        generator=GeneratorInfo(version="1.0"),
    )


def save(store: BriefingStore, b: Briefing, force: bool = False) -> tuple[Status, Path]:
    return store.save(b, render_markdown(b, "Texte de l'article."), force=force)


def test_file_name_is_an_ascii_slug_of_date_and_title(tmp_path):
    _, path = save(BriefingStore(tmp_path), briefing(title="Élysée : « Séjourné » reçoit Blinken !"))
    assert path == tmp_path / "2024-04-02-elysee-sejourne-recoit-blinken.md"


def test_titles_that_slug_to_nothing_or_to_dot_dot_stay_inside_the_folder(tmp_path):
    store = BriefingStore(tmp_path)
    for i, title in enumerate(["..", "../../etc/passwd", "«»", "/"]):
        _, path = save(store, briefing(title=title, path=f"seeds/{i}.txt", date=None))
        assert path.parent == tmp_path and path.name.endswith(".md") and not path.name.startswith(".")


def test_same_title_from_two_sources_gets_two_files(tmp_path):
    store = BriefingStore(tmp_path)
    _, first = save(store, briefing(path="seeds/a.txt"))
    _, second = save(store, briefing(path="seeds/b.txt"))
    assert first != second and second.name.endswith("-2.md")


def test_a_source_keeps_its_file_when_its_title_changes(tmp_path):
    _, first = save(BriefingStore(tmp_path), briefing(title="Premier titre"))
    _, again = save(BriefingStore(tmp_path), briefing(title="Titre corrigé"))
    assert again == first and "Titre corrigé" in first.read_text(encoding="utf-8")


def test_same_content_is_reported_unchanged(tmp_path):
    save(BriefingStore(tmp_path), briefing())
    status, _ = save(BriefingStore(tmp_path), briefing())
    assert status is Status.UNCHANGED
    assert BriefingStore(tmp_path).is_current("seeds/a.txt", "ab" * 32, "1.0")
    assert not BriefingStore(tmp_path).is_current("seeds/a.txt", "cd" * 32, "1.0")


def test_hand_edits_are_kept_unless_forced_and_then_backed_up(tmp_path):
    _, path = save(BriefingStore(tmp_path), briefing())
    edited = path.read_text(encoding="utf-8").replace("lang: fr", "lang: fr\nsummary: Corrigé à la main.")
    path.write_text(edited, encoding="utf-8")

    status, _ = save(BriefingStore(tmp_path), briefing())
    assert status is Status.KEPT and path.read_text(encoding="utf-8") == edited

    status, _ = save(BriefingStore(tmp_path), briefing(), force=True)
    assert status is Status.WRITTEN
    assert path.with_name(path.name + ".bak").read_text(encoding="utf-8") == edited
    assert "Corrigé à la main" not in path.read_text(encoding="utf-8")


def test_checksum_detects_any_edit_and_no_leftover_temp_files(tmp_path):
    page = with_checksum(render_markdown(briefing(), "Texte."))
    assert not is_hand_edited(page)
    assert is_hand_edited(page.replace("Texte.", "Texte modifié."))

    store = BriefingStore(tmp_path)
    save(store, briefing())
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [".frontmatter.jsonl", ".lock"]


# --- hardening -------------------------------------------------------------------------------------


def test_reserved_names_and_bad_dates_never_reach_the_file_name(tmp_path):
    store = BriefingStore(tmp_path)
    _, index = save(store, briefing(title="Index", path="seeds/i.txt", date=None))
    _, readme = save(store, briefing(title="README", path="seeds/r.txt", date=None))
    _, odd = save(store, briefing(title="Titre", path="seeds/d.txt", date="../../2024"))
    assert (index.name, readme.name, odd.name) == ("index-briefing.md", "readme-briefing.md", "titre.md")


def test_a_symlinked_page_is_never_followed_or_replaced(tmp_path):
    outside = tmp_path / "outside.md"
    outside.write_text("précieux", encoding="utf-8")
    folder = tmp_path / "briefings"
    folder.mkdir()
    (folder / "2024-04-02-un-sommet-a-bruxelles.md").symlink_to(outside)
    _, path = save(BriefingStore(folder), briefing())
    assert path.name == "2024-04-02-un-sommet-a-bruxelles-2.md"
    assert outside.read_text(encoding="utf-8") == "précieux"


def test_a_page_that_cannot_be_written_is_one_error_naming_the_article(tmp_path, monkeypatch):
    # A read-only folder refuses the temporary file; simulated, because root may write anywhere.
    def read_only(*_args, **kwargs):
        raise PermissionError(13, "Permission denied", str(kwargs.get("dir", "")))

    monkeypatch.setattr("generator.atomic.tempfile.mkstemp", read_only)
    with pytest.raises(ArticleError, match=r"^seeds/a.txt: cannot write the briefing: Permission denied$"):
        save(BriefingStore(tmp_path), briefing())
    assert not list(tmp_path.glob("*.md"))


def test_write_errors_become_article_errors(tmp_path, monkeypatch):
    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("generator.store.os.replace", full_disk)
    with pytest.raises(ArticleError, match="seeds/a.txt: cannot write the briefing: No space left on device"):
        save(BriefingStore(tmp_path), briefing())
    assert [p.name for p in tmp_path.iterdir()] == [".lock"]  # the temporary file is cleaned up


def test_an_older_different_backup_is_kept_too(tmp_path):
    _, path = save(BriefingStore(tmp_path), briefing())
    backups = []
    for edit in ("Première correction.", "Seconde correction."):
        text = path.read_text(encoding="utf-8").replace("lang: fr", f"lang: fr\nsummary: {edit}")
        path.write_text(text, encoding="utf-8")
        backups.append(text)
        save(BriefingStore(tmp_path), briefing(), force=True)
    assert path.with_name(path.name + ".bak").read_text(encoding="utf-8") == backups[1]
    assert path.with_name(path.name + ".bak.1").read_text(encoding="utf-8") == backups[0]


def test_an_edit_that_breaks_the_yaml_is_still_kept_and_no_duplicate_appears(tmp_path):
    _, path = save(BriefingStore(tmp_path), briefing())
    broken = path.read_text(encoding="utf-8").replace("lang: fr", "lang: fr\nsummary: [pas fermé")
    path.write_text(broken, encoding="utf-8")
    status, again = save(BriefingStore(tmp_path), briefing())
    assert (status, again) == (Status.BROKEN, path)
    assert path.read_text(encoding="utf-8") == broken and len(list(tmp_path.glob("*.md"))) == 1


def test_stale_temporary_files_of_a_killed_run_are_removed_fresh_ones_kept(tmp_path):
    stale, fresh = tmp_path / ".a.md.x1.tmp", tmp_path / ".b.md.x2.tmp"
    for tmp in (stale, fresh):
        tmp.write_text("partiel", encoding="utf-8")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    BriefingStore(tmp_path)
    assert not stale.exists() and fresh.exists()


def test_pages_are_compared_as_bytes_so_a_crlf_copy_is_an_edit(tmp_path):
    _, path = save(BriefingStore(tmp_path), briefing())
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    status, _ = save(BriefingStore(tmp_path), briefing())
    assert status is Status.KEPT


# --- hand edits through the real command (needs the extractors) -----------------------------------

SEED = (
    "Le ministre en visite à Lyon\n\n"
    "Le Premier ministre Gabriel Attal se rendra jeudi à Lyon, a annoncé Matignon. "
    "Il y rencontrera le maire Grégory Doucet pour parler des transports.\n"
)


def cli(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", "generate", "--quiet", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_hand_edits_survive_regeneration_through_the_cli(tmp_path):
    (tmp_path / "seeds").mkdir()
    seed = tmp_path / "seeds" / "lyon.txt"
    seed.write_text(SEED, encoding="utf-8")
    (tmp_path / "seeds" / "lyon.yml").write_text("published: 2024-04-02\n", encoding="utf-8")
    assert cli(tmp_path).returncode == 0
    [page] = list((tmp_path / "briefings").glob("*.md"))

    # An analyst corrects a role, adds a key fact and fixes a date.
    meta = parse_markdown(page.read_text(encoding="utf-8"))
    assert meta.participants, "the extractor found nobody to correct"
    text = page.read_text(encoding="utf-8")
    edited = text.replace("key_facts:\n", "key_facts:\n- text: Fait ajouté à la main.\n  sentence: Note.\n", 1)
    edited = edited.replace("date: '2024-04-02'", "date: '2024-04-03'", 1)
    edited = re.sub(r"(  kind: person\n  role:)[^\n]*", r"\1 rôle corrigé à la main", edited, count=1)
    assert edited.count("à la main") == 2 and "2024-04-03" in edited
    page.write_text(edited, encoding="utf-8")

    # Same article: kept. Changed article: still kept. Both reported, neither is a failure.
    for change in ("", "Il visitera aussi le métro.\n"):
        seed.write_text(SEED + change, encoding="utf-8")
        result = cli(tmp_path)
        assert result.returncode == 0, result.stderr
        assert "kept: seeds/lyon.txt: briefing was edited by hand" in result.stdout
        assert "1 kept" in result.stdout
        assert page.read_text(encoding="utf-8") == edited
        assert [p.name for p in (tmp_path / "briefings").glob("*.md*")] == [page.name]  # no copy, no backup

    # --force regenerates after a backup of the edited page.
    result = cli(tmp_path, "--force")
    assert result.returncode == 0, result.stderr
    assert page.with_name(page.name + ".bak").read_text(encoding="utf-8") == edited
    regenerated = page.read_text(encoding="utf-8")
    assert "à la main" not in regenerated and "métro" in regenerated
    assert not is_hand_edited(regenerated)


def test_an_edit_saved_while_the_run_is_going_is_kept(tmp_path):
    _, path = save(BriefingStore(tmp_path), briefing())
    store = BriefingStore(tmp_path)  # the run starts: the page is not edited yet
    edited = path.read_text(encoding="utf-8").replace("lang: fr", "lang: fr\nsummary: Corrigé pendant le calcul.")
    path.write_text(edited, encoding="utf-8")  # the analyst saves while the articles are analysed
    status, _ = save(store, briefing(title="Nouveau titre"))
    assert status is Status.KEPT and path.read_text(encoding="utf-8") == edited


def test_an_inferred_date_stays_out_of_the_file_name(tmp_path):
    guessed = briefing(title="Sommet à Bruxelles")
    guessed.date_source = "inferred"
    _, path = save(BriefingStore(tmp_path), guessed)
    assert path.name == "sommet-a-bruxelles.md"


def test_pages_get_the_mode_of_an_ordinary_file(tmp_path):
    umask = os.umask(0)
    os.umask(umask)
    _, path = save(BriefingStore(tmp_path), briefing())
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_checksum_quoted_by_yaml_is_the_generator_s_and_a_quote_left_open_is_an_edit():
    page = with_checksum(render_markdown(briefing(), "Texte."))
    quoted = re.sub(r"checksum: ([0-9a-f]{64})", r"checksum: '\1'", page)
    assert quoted != page and not is_hand_edited(quoted)
    assert is_hand_edited(re.sub(r"checksum: ([0-9a-f]{64})", r"checksum: '\1", page))
    assert is_hand_edited(re.sub(r"checksum: ([0-9a-f]{64})", r"checksum: \1'", page))

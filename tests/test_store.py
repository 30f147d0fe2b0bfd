from pathlib import Path

from generator.model import Briefing, GeneratorInfo, Source
from generator.render import render_markdown
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
    save(BriefingStore(tmp_path), briefing())
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

"""Property-based tests over arbitrary Unicode: no unexpected exception, exact round-trip, determinism."""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import re
import shutil
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml
from hostilekit import PAYLOADS, make_site_project, run_cli, write_corpus
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from generator.frontmatter import split_front_matter, strip_front_matter
from generator.model import Briefing, DatedEvent, GeneratorInfo, KeyFact, Participant, Quote, Source
from generator.read import ArticleError, read_article
from generator.read.encoding import UndecodableError, decode_bytes
from generator.render import body_digest, render_markdown
from generator.store import BriefingStore, Status, is_hand_edited, with_checksum

# Any Unicode scalar value (lone surrogates cannot come out of decoding bytes, so they are left out).
ANY_CHAR = st.characters(blacklist_categories=("Cs",))
ANY_TEXT = st.text(ANY_CHAR, max_size=60)
HOSTILE_TEXT = st.one_of(
    ANY_TEXT, st.sampled_from(PAYLOADS), st.sampled_from(["---", "...", "- x", "  checksum: pending"])
)
TEXT = st.one_of(HOSTILE_TEXT, st.lists(HOSTILE_TEXT, max_size=4).map(" ".join), st.lists(HOSTILE_TEXT).map("\n".join))
DATE = st.dates().map(lambda d: d.isoformat())


def dated(draw_text=TEXT) -> st.SearchStrategy[DatedEvent]:
    return st.builds(DatedEvent, date=DATE, precision=st.sampled_from(["day", "month", "year"]), text=draw_text,
                     event=draw_text, sentence=draw_text)  # fmt: skip


BRIEFINGS = st.builds(
    Briefing,
    title=TEXT,
    date=st.one_of(st.none(), DATE),
    date_source=st.sampled_from(["metadata", "inferred", "unknown"]),
    lang=st.sampled_from(["fr", "en"]),
    source=st.builds(Source, path=TEXT, sha256=st.text("0123456789abcdef", min_size=64, max_size=64),
                     url=st.one_of(st.none(), TEXT, st.just("https://example.org/a?b=1&c=<d>")),
                     outlet=st.one_of(st.none(), TEXT)),
    summary=TEXT,
    key_facts=st.lists(st.builds(KeyFact, text=TEXT, sentence=TEXT), max_size=3),
    participants=st.lists(st.builds(Participant, name=TEXT, kind=st.sampled_from(["person", "organization"]),
                                    role=st.one_of(st.none(), TEXT), aliases=st.lists(TEXT, max_size=2),
                                    mentions=st.integers(0, 10**6)), max_size=3),
    places=st.lists(TEXT, max_size=3),
    upcoming=st.lists(dated(), max_size=2),
    timeline=st.lists(dated(), max_size=2),
    quotes=st.lists(st.builds(Quote, speaker=TEXT, text=TEXT), max_size=2),
    date_evidence=st.one_of(st.none(), TEXT),
    generator=st.builds(GeneratorInfo, version=st.sampled_from(["0.1.0", "1"]), nlp=TEXT),
)  # fmt: skip

# What the renderer may produce, once Markdown has run: anything else came from article text.
ALLOWED_TAGS = {"h1", "h2", "h3", "p", "em", "a", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "blockquote",
                "details", "summary", "div", "br"}  # fmt: skip
EXTENSIONS = ["admonition", "pymdownx.details", "tables", "toc", "attr_list", "md_in_html"]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_comment(self, data):
        self.comments.append(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(briefing=BRIEFINGS, article=TEXT)
def test_front_matter_loads_back_to_the_same_briefing(briefing, article):
    page = render_markdown(briefing, article)
    meta, body = split_front_matter(page)
    assert Briefing.from_dict(meta) == _signed(briefing, page)
    assert body.startswith("# ")
    raw = yaml.safe_load(page.split("\n---\n", 1)[0].removeprefix("---\n"))  # as MkDocs reads it
    assert isinstance(raw, dict) and "<" not in raw["title"]
    checked = with_checksum(page)
    assert not is_hand_edited(checked)
    again = Briefing.from_dict(split_front_matter(checked)[0])
    assert again.generator.checksum != "pending"
    again.generator.checksum = briefing.generator.checksum
    assert again == _signed(briefing, page)


def _signed(briefing: Briefing, page: str) -> Briefing:
    """The briefing as its page holds it: with the digest of the body rendered from it (generator.body)."""
    digest = body_digest(strip_front_matter(page))
    return dataclasses.replace(briefing, generator=dataclasses.replace(briefing.generator, body=digest))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(briefing=BRIEFINGS, article=TEXT)
def test_the_rendered_body_is_text_whatever_the_briefing_says(briefing, article):
    _, body = split_front_matter(render_markdown(briefing, article))
    parser = _Tags()
    parser.feed(markdown.markdown(body, extensions=EXTENSIONS))
    for tag, attrs in parser.tags:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs:
            assert not name.startswith("on") and name not in ("src", "srcdoc"), (tag, name)
            if name == "style":  # the tables extension aligns the mentions column
                assert value == "text-align: right;", value
            if name == "href":
                assert re.match(r"https?://|#", value or ""), value
    assert parser.comments == []


@settings(max_examples=200, deadline=None)
@given(briefing=BRIEFINGS, article=TEXT)
def test_rendering_is_a_pure_function(briefing, article):
    assert render_markdown(briefing, article) == render_markdown(briefing, article)


@settings(max_examples=300, deadline=None)
@given(text=st.text(ANY_CHAR, max_size=400), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
@example(text="\ufeff", encoding="utf-8")
def test_any_unicode_text_decodes_exactly_in_any_utf_encoding(text, encoding):
    try:
        decoded = decode_bytes(text.encode(encoding))
    except UndecodableError as exc:  # text full of control or unassigned characters, or "Ã©" pairs
        assert "binary" in str(exc) or "NUL" in str(exc) or "mojibake" in str(exc), exc
        return
    if encoding == "utf-8":  # in UTF-8 a leading U+FEFF is a byte order mark, whatever the writer meant
        text = text.removeprefix("\ufeff")
    expected = unicodedata.normalize("NFC", re.sub("\r\n|[\r\x0b\x0c\x85\u2028\u2029]", "\n", text))
    expected = re.sub("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]", "", expected)
    assert decoded == expected


SENTENCES = st.sampled_from(
    [
        "Le président a reçu mercredi à l'Élysée le chancelier, a indiqué l’entourage du chef de l’État.",
        "« Nous ne céderons pas », a déclaré la ministre déléguée, déjà critiquée pour sa réforme.",
        "La réunion aura lieu le 15 août à Genève ; coût estimé : 5 € par habitant.",
        "ÉCONOMIE — Les élèves du lycée Noël-Coëtlogon ont dîné à l'hôpital Saint-Louis.",
        "Il a reçu 12 000 € d’indemnités, selon « Le Canard enchaîné ».",
        "Ça ne s’arrêtera pas là\xa0», prévient le maire de Besançon.",
        "The Prime Minister's office said talks would resume on Thursday in Brussels.",
    ]
)


@settings(max_examples=100, deadline=None)
@given(text=st.lists(SENTENCES, min_size=1, max_size=6).map(" ".join), encoding=st.sampled_from(["cp1252", "latin-1"]))
def test_french_news_in_legacy_code_pages_decodes_exactly(text, encoding):
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:  # latin-1 has no "’", "€", "œ" or "—"
        raw = text.encode("cp1252")
    assert decode_bytes(raw) == text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.one_of(st.binary(max_size=2000), st.text(ANY_CHAR).map(lambda t: t.encode("utf-8", "replace"))),
       suffix=st.sampled_from([".txt", ".md", ".html"]))  # fmt: skip
def test_reading_any_bytes_gives_an_article_or_one_article_error(tmp_path, raw, suffix):
    path = tmp_path / f"article{suffix}"
    path.write_bytes(raw)
    try:
        article = read_article(path)
    except ArticleError as exc:
        assert str(exc).startswith(path.as_posix()) and "\n" not in exc.reason
        return
    assert article.title and article.text.strip()
    assert "\ufffd" not in article.title + article.text or "\ufffd".encode() in raw
    assert "\r" not in article.text and "\x00" not in article.text


# --- the whole pipeline (needs the extractors; spaCy is slow-ish, so few examples) -----------------

FRENCH = st.sampled_from(
    [
        "Le président Emmanuel Macron recevra mercredi à l'Élysée le chancelier Olaf Scholz.",
        "« Nous ne céderons pas », a déclaré lundi la ministre Catherine Vautrin.",
        "La conférence se tiendra du 3 au 5 juin à Genève, en présence de l'ONU.",
        "The summit will take place on April 15 in Washington, said Antony Blinken.",
        "Le 14 juillet prochain, le défilé aura lieu sur les Champs-Élysées.",
        "Il y a deux ans, l'accord avait été signé à Paris.",
    ]
)
PARAGRAPH = st.lists(st.one_of(FRENCH, HOSTILE_TEXT), min_size=1, max_size=5).map(" ".join)
ARTICLES = st.tuples(
    st.one_of(FRENCH, st.text(ANY_CHAR, min_size=1, max_size=80)),
    st.lists(PARAGRAPH, min_size=1, max_size=4).map("\n\n".join),
    st.one_of(st.none(), st.dates(dt.date(1800, 1, 1), dt.date(2200, 12, 31)).map(lambda d: d.isoformat())),
)


def _analyse(article):
    from generator.workers import analyse_chunk  # imports the extractors

    [result] = analyse_chunk([article])
    return result


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(case=ARTICLES)
def test_the_pipeline_never_fails_round_trips_and_is_deterministic(tmp_path_factory, case):
    title, body, published = case
    folder = tmp_path_factory.mktemp("article")
    path = folder / "article.txt"
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    if published:
        path.with_suffix(".yml").write_text(f"published: {published}\n", encoding="utf-8")
    try:
        article = read_article(path)
    except ArticleError:
        assume(False)  # not an article (no text after the title...): covered by the reader's tests
        return
    result = _analyse(article)
    assert result.error is None, f"{result.error}\ntitle={article.title!r}\ntext={article.text!r}"
    assert Briefing.from_dict(split_front_matter(result.markdown)[0]) == _signed(result.briefing, result.markdown)
    assert _analyse(article).markdown == result.markdown
    store = BriefingStore(folder / "briefings")
    status, page = store.save(result.briefing, result.markdown)
    assert status is Status.WRITTEN and page.parent == folder / "briefings"
    assert store.save(result.briefing, result.markdown)[0] is Status.UNCHANGED


def test_regression_extractor_crash_found_by_hypothesis(tmp_path):
    from generator.model import Article

    article = Article(
        path="seeds/x.txt",
        title="Le président Emmanuel Macron recevra mercredi à l'Élysée le chancelier Olaf Scholz.",
        text="A\n\n0A",
        sha256="0" * 64,
    )
    assert _analyse(article).error is None


@pytest.fixture(scope="module")
def corpus_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_site_project(tmp_path_factory.mktemp("determinism"))
    write_corpus(project / "seeds", big=False)
    for n, text in enumerate(PAYLOADS):
        (project / "seeds" / f"payload-{n}.txt").write_text(f"{text}\n\n{text} Le ministre viendra mercredi.\n")
    return project


def test_output_is_byte_identical_across_runs_hash_seeds_and_job_counts(corpus_project, tmp_path):
    outputs = []
    for seed, jobs in (("0", "1"), ("1", "1"), ("4242", "2"), ("random", "1")):
        project = tmp_path / f"run-{seed}"
        shutil.copytree(corpus_project, project)
        result = run_cli("generate", "--quiet", "--jobs", jobs, cwd=project, seed=seed)
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr  # the corpus has bad files
        pages = {p.name: p.read_bytes() for p in sorted((project / "briefings").glob("*.md"))}
        assert len(pages) > 20
        outputs.append((pages, [line for line in result.stderr.splitlines() if line.startswith("error:")]))
    for pages, errors in outputs[1:]:
        assert pages == outputs[0][0]
        assert errors == outputs[0][1]


def test_utf8_boms_and_utf16_give_the_same_briefing_as_utf8(tmp_path):
    text = "Sommet à Bruxelles\n\nLe ministre se rendra mercredi à Bruxelles, a annoncé l'Élysée.\n"
    variants = {"utf8.txt": text.encode(), "bom.txt": codecs.BOM_UTF8 + text.encode(), "u16.txt": text.encode("utf-16"),
                "crlf.txt": text.replace("\n", "\r\n").encode(), "cp1252.txt": text.encode("cp1252")}  # fmt: skip
    articles = []
    for name, raw in variants.items():
        (tmp_path / name).write_bytes(raw)
        articles.append(read_article(tmp_path / name))
    assert {(a.title, a.text) for a in articles} == {(articles[0].title, articles[0].text)}


EDITED_BRIEFING = Briefing(
    title="Antony Blinken à Bruxelles",
    date="2024-04-02",
    date_source="metadata",
    lang="fr",
    source=Source(path="seeds/blinken.txt", sha256="ab" * 32),
    participants=[Participant(name="Antony Blinken", kind="person", role="secrétaire d'État")],
    generator=GeneratorInfo(version="1.0"),
)
EDITED_TEXT = "Le secrétaire d'État américain est arrivé mardi à Bruxelles pour une réunion de l'Otan."


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    at=st.integers(0, 10**6),
    removed=st.integers(0, 60),
    inserted=st.one_of(ANY_TEXT, st.sampled_from(["---\n", "\t", "'", '"', "[", ": x\n", "\n- ", "*a"])),
    latin1=st.booleans(),
    caches=st.booleans(),
)
def test_no_hand_edit_ever_gives_a_briefing_a_second_page(tmp_path_factory, at, removed, inserted, latin1, caches):
    from generator.briefingpage import BrokenPage, read_page

    folder = tmp_path_factory.mktemp("edit")
    store = BriefingStore(folder)
    _, page = store.save(EDITED_BRIEFING, render_markdown(EDITED_BRIEFING, EDITED_TEXT))
    store.close()
    text = page.read_text(encoding="utf-8")
    at %= len(text)
    edited = text[:at] + inserted + text[at + removed :]
    raw = edited.encode("latin-1", "replace") if latin1 else edited.encode("utf-8", "surrogatepass")
    try:
        _, still = read_page(raw)
    except BrokenPage:
        pass
    else:  # a valid edit that gives the page to another article is a choice, not a duplicate
        assume(still.source.path == EDITED_BRIEFING.source.path)
    page.write_bytes(raw)
    if not caches:
        (folder / ".frontmatter.jsonl").unlink()
    status, again = BriefingStore(folder).save(EDITED_BRIEFING, render_markdown(EDITED_BRIEFING, EDITED_TEXT))
    assert again == page
    assert sorted(folder.glob("*.md")) == [page]
    if raw != text.encode("utf-8"):
        assert status in (Status.KEPT, Status.BROKEN) and page.read_bytes() == raw


def test_a_hand_edit_that_cuts_the_source_path_at_a_folder_keeps_one_page(tmp_path, monkeypatch):
    # Found by the property above: "path: seeds\ns/x.txt" reads the folder "seeds", which exists where the
    # generator runs; a folder is no article, so the broken page stays this briefing's, with no second page.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    folder = tmp_path / "briefings"
    store = BriefingStore(folder)
    _, page = store.save(EDITED_BRIEFING, render_markdown(EDITED_BRIEFING, EDITED_TEXT))
    store.close()
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("path: seeds/", "path: seeds\n/", 1), encoding="utf-8")
    (folder / ".frontmatter.jsonl").unlink()
    status, again = BriefingStore(folder).save(EDITED_BRIEFING, render_markdown(EDITED_BRIEFING, EDITED_TEXT))
    assert again == page
    assert sorted(folder.glob("*.md")) == [page]

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator.briefingpage import BrokenPage, parse_page, read_page
from generator.frontmatter import FrontMatterError, load_mapping
from generator.model import Briefing, GeneratorInfo, Participant, Source
from generator.render import render_markdown


def page() -> str:
    briefing = Briefing(
        title="Antony Blinken à Bruxelles",
        date="2024-04-02",
        date_source="metadata",
        lang="fr",
        source=Source(path="seeds/blinken.txt", sha256="ab" * 32),
        participants=[Participant(name="Antony Blinken", kind="person", role="secrétaire d'État")],
        generator=GeneratorInfo(version="1.0"),
    )
    return render_markdown(briefing, "Le secrétaire d'État américain est arrivé mardi à Bruxelles.")


def line_of(text: str, start: str) -> int:
    return next(i for i, line in enumerate(text.split("\n"), 1) if line.startswith(start))


def test_a_generated_page_reads_back():
    meta, briefing = parse_page(page())
    assert briefing.title == "Antony Blinken à Bruxelles" and meta["source"]["path"] == "seeds/blinken.txt"


@pytest.mark.parametrize(
    ("edit", "reason", "line"),
    [
        (lambda t: t.replace("---\n# ", "# ", 1), "no closing '---' line", lambda t: 1),
        (lambda t: "Notes\n" + t, "no front matter", lambda t: 1),
        (
            lambda t: t.replace("lang: fr", "lang: 'fr"),
            "quote opened on this line is not closed",
            lambda t: line_of(t, "lang:"),
        ),
        (
            lambda t: t.replace("source:\n  path:", "source:\n\tpath:"),
            "cannot start any token",
            lambda t: line_of(t, "\t"),
        ),
        (lambda t: t.replace("source:\n", "source: [\n"), "flow", lambda t: line_of(t, "source:")),
        (
            lambda t: t.replace("participants:\n", "participants: oops\nx:\n"),
            "participants: expected a list",
            lambda t: line_of(t, "participants:"),
        ),
        (
            lambda t: t.replace("date: '2024-04-02'", 'date: "2024-04-02 <img src=x onerror=alert(1)>"'),
            "date: ",
            lambda t: line_of(t, "date:"),
        ),
        (
            lambda t: t.replace("date_source: metadata", "date_source: guessed"),
            "date_source: 'guessed' is not one of",
            lambda t: line_of(t, "date_source:"),
        ),
        (
            lambda t: t.replace("kind: person", "kind: robot"),
            "participants: kind: 'robot'",
            lambda t: line_of(t, "participants:"),
        ),
        (lambda t: t.replace("lang: fr", "lang: '\"><script>'"), "lang: ", lambda t: line_of(t, "lang:")),
        (lambda t: t.replace("lang: fr\n", ""), "lang: missing", lambda t: None),
    ],
)
def test_each_broken_edit_is_named_with_its_line_and_reason(edit, reason, line):
    text = edit(page())
    with pytest.raises(BrokenPage) as caught:
        parse_page(text)
    assert reason in caught.value.reason
    assert caught.value.line == line(text)
    assert str(caught.value).startswith(f"line {line(text)}: " if line(text) else caught.value.reason)


def test_a_page_saved_in_latin1_is_broken_at_its_first_accent():
    raw = page().encode("latin-1")
    with pytest.raises(BrokenPage, match=r"line 2: not UTF-8 \(byte 0xE0\)"):
        read_page(raw)


def test_a_bom_and_crlf_line_ends_from_an_editor_still_read():
    _, briefing = read_page(b"\xef\xbb\xbf" + page().replace("\n", "\r\n").encode("utf-8"))
    assert briefing.title == "Antony Blinken à Bruxelles"


def test_an_alias_bomb_is_refused_before_it_expands():
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        levels.append(f"{chr(97 + i)}: &{chr(97 + i)} [{', '.join([f'*{chr(96 + i)}'] * 9)}]")
    bomb = "\n".join([*levels, "url: *i"]) + "\n"
    assert len(bomb) < 500
    with pytest.raises(FrontMatterError, match=r"line 2: .*alias \(\*a\) is not accepted"):
        load_mapping(bomb)


@given(st.recursive(st.text(max_size=5), lambda kids: st.lists(kids, min_size=1, max_size=3), max_leaves=6))
def test_any_yaml_with_an_alias_is_refused_and_any_without_is_loaded(value):
    shared = {"first": value, "second": value}  # the same object twice: PyYAML writes an anchor and an alias
    with_alias = yaml.safe_dump(shared)
    if "*" in with_alias and isinstance(value, list):
        with pytest.raises(FrontMatterError, match="alias"):
            load_mapping(with_alias)
    without = yaml.safe_dump({"first": value, "second": yaml.safe_load(yaml.safe_dump(value))})
    assert load_mapping(without) == {"first": value, "second": value}


def test_front_matter_over_a_megabyte_is_refused():
    with pytest.raises(FrontMatterError, match="larger than 1 MB"):
        load_mapping("summary: " + "x" * (1024 * 1024 + 1))


def test_a_hand_correction_of_the_entity_pages_loads_and_a_page_without_one_is_unchanged():
    text = page()
    assert "identities" not in text  # the generator never writes it: old and new pages look the same
    assert parse_page(text)[1].identities is None
    corrected = text.replace(
        "---\n#",
        "identities:\n- name: José María Aznar\n  aliases: [Aznar]\n  not_same_as: Ana Aznar\n"
        "- {name: Quai d'Orsay, kind: place}\n---\n#",
        1,
    )
    [aznar, quai] = parse_page(corrected)[1].identities
    assert (aznar.name, aznar.kind, aznar.aliases, aznar.not_same_as) == (
        "José María Aznar", "person", ["Aznar"], ["Ana Aznar"]
    )  # fmt: skip
    assert (quai.kind, quai.aliases, quai.not_same_as) == ("place", [], [])
    assert render_markdown(parse_page(corrected)[1], "x").count("José María Aznar") == 1  # written back as read


@pytest.mark.parametrize(
    ("correction", "reason"),
    [
        ("identities: Aznar\n", "identities: expected a list"),
        ("identities:\n- aliases: [Aznar]\n", "identities: each correction needs a name"),
        ("identities:\n- {name: Aznar, kind: robot}\n", "identities: kind: 'robot'"),
        ("identities:\n- {name: Aznar, aliases: {a: b}}\n", "identities: expected text"),
    ],
)
def test_a_wrong_hand_correction_is_named_with_its_line(correction, reason):
    text = page().replace("---\n#", correction + "---\n#", 1)
    with pytest.raises(BrokenPage) as caught:
        parse_page(text)
    assert reason in caught.value.reason and caught.value.line == line_of(text, "identities:")

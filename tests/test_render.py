from dataclasses import replace

import markdown
import pytest
import yaml

from generator.frontmatter import strip_front_matter
from generator.model import Briefing, DatedEvent, GeneratorInfo, KeyFact, Participant, Quote, Source
from generator.render import block, body_digest, front_matter, inline, parse_markdown, refreshed_body, render_markdown

ARTICLE = "Le ministre se rendra mercredi à Bruxelles.\n\nIl rencontrera ses homologues de l'Otan."


def briefing(**changes) -> Briefing:
    values = dict(
        title="Sommet de l'Otan: le ministre à Bruxelles",
        date="2024-04-02",
        date_source="metadata",
        lang="fr",
        source=Source(path="seeds/a.txt", sha256="0" * 64, url="https://example.org/a", outlet="AFP"),
        summary="Le ministre se rendra mercredi à Bruxelles.",
        key_facts=[KeyFact(text="Réunion de l'Otan mercredi.", sentence="Le ministre se rendra mercredi à Bruxelles.")],
        participants=[
            Participant(name="Antony Blinken", kind="person", role="secrétaire d'Etat", aliases=["M. Blinken"]),
            Participant(name="OTAN", kind="organization", aliases=["Otan"], mentions=2),
        ],
        places=["Bruxelles"],
        upcoming=[DatedEvent("2024-04-03", "day", "mercredi", "réunion de l'Otan", "Le ministre se rendra mercredi.")],
        quotes=[Quote(speaker="Antony Blinken", text="Nous sommes là")],
        generator=GeneratorInfo(version="0.1.0", nlp="spacy:fr_core_news_sm"),
    )
    values.update(changes)
    return Briefing(**values)


def test_front_matter_loads_back_to_the_same_briefing_with_its_bodys_digest():
    original = briefing()
    page = render_markdown(original, ARTICLE)
    loaded = parse_markdown(page)
    assert loaded.generator.body == body_digest(strip_front_matter(page))
    assert loaded == replace(original, generator=replace(original.generator, body=loaded.generator.body))


def test_a_body_rendered_again_from_a_corrected_front_matter_keeps_the_article_as_written():
    page = render_markdown(briefing(), ARTICLE)
    corrected = replace(briefing(), date="2024-04-09")
    body = refreshed_body(corrected, strip_front_matter(page))
    assert "9 avril 2024" in body and "2 avril 2024" not in body.split("??? quote")[0]
    assert body.split("??? quote")[1] == strip_front_matter(page).split("??? quote")[1]


def test_front_matter_holds_the_documented_keys_in_order():
    meta = yaml.safe_load(front_matter(briefing()).strip("-\n"))
    assert list(meta)[:6] == ["title", "date", "date_source", "lang", "source", "summary"]
    assert meta["upcoming"][0] == {
        "date": "2024-04-03",
        "precision": "day",
        "text": "mercredi",
        "event": "réunion de l'Otan",
        "sentence": "Le ministre se rendra mercredi.",
    }


def test_body_shows_every_part_of_the_briefing():
    html = markdown.markdown(render_markdown(briefing(), ARTICLE).split("---\n", 2)[2], extensions=["tables"])
    for text in (
        "Faits clés",
        "Antony Blinken",
        "secrétaire d'Etat",
        "mercredi 3 avril 2024",
        "Nous sommes là",
        "Bruxelles",
    ):
        assert text in html.replace("&#x27;", "'")
    assert "<table>" in html
    assert "Il rencontrera ses homologues" in html


def test_english_briefings_get_english_headings():
    page = render_markdown(briefing(lang="en"), ARTICLE)
    assert "## Key facts" in page and "## Upcoming" in page and "### People" in page and "## Places" in page
    assert "Published Tuesday 2 April 2024" in page
    assert "Personnes" not in page and "À venir" not in page


def test_markup_in_article_values_stays_text():
    hostile = '<script>alert(1)</script> [x](javascript:alert(1)) {: onclick="x" } **gras** `code`'
    html = markdown.markdown(inline(hostile), extensions=["attr_list"])
    assert "<script" not in html and "<a " not in html and "onclick=" not in html.replace('onclick="x"', "")
    assert "<strong>" not in html and "<code>" not in html
    assert "&lt;script&gt;" in html


def test_a_paragraph_cannot_start_a_list_heading_or_quote():
    for paragraph in ("- item", "# Titre", "> cité", "1. premier", "??? note", "!!! danger", "---"):
        html = markdown.markdown(block(paragraph), extensions=["admonition"])
        assert html.startswith("<p>"), (paragraph, html)


def test_only_web_urls_become_links():
    page = render_markdown(briefing(source=Source(path="a", sha256="0", url="javascript:alert(1)")), ARTICLE)
    assert "](<javascript" not in page


def test_dates_read_as_words_in_the_briefings_language():
    from generator.render import human_date

    assert human_date("2024-04-03", "fr") == "mercredi 3 avril 2024"
    assert human_date("2024-05-01", "fr") == "mercredi 1er mai 2024"
    assert human_date("2024-07", "fr") == "juillet 2024"
    assert human_date("2024-04-03", "en") == "Wednesday 3 April 2024"
    assert human_date("2024-05-01", "en") == "Wednesday 1 May 2024"
    assert human_date("2024-07", "en") == "July 2024"
    assert human_date("2024", "fr") == "2024"
    assert human_date("2024-06-03/2024-06-05", "fr") == "lundi 3 – mercredi 5 juin 2024"
    assert human_date("2024-05-31/2024-06-03", "en") == "Friday 31 May – Monday 3 June 2024"
    assert human_date("2024-12-31/2025-01-02", "fr") == "mardi 31 décembre 2024 – jeudi 2 janvier 2025"
    assert human_date("2024-13-01", "fr") == "2024-13-01"
    assert human_date("2024-02-30", "fr") == "2024-02-30"


def test_an_unknown_language_is_a_clear_error_not_french():
    from generator.render import UnknownLanguage, labels

    with pytest.raises(UnknownLanguage, match="'de'.*known: en, fr"):
        labels("de")
    with pytest.raises(UnknownLanguage):
        render_markdown(briefing(lang="de"), ARTICLE)


def test_the_page_reads_in_the_order_a_reader_needs():
    page = render_markdown(briefing(), ARTICLE).split("---\n", 2)[2]
    order = ["# Sommet", "Publié le", "!!! abstract", "## À venir", "## Faits clés", "## Participants", "## Lieux",
             "## Citations", "??? quote"]  # fmt: skip
    positions = [page.index(marker) for marker in order]
    assert positions == sorted(positions), list(zip(order, positions, strict=True))


def test_participants_are_listed_most_mentioned_first():
    people = [Participant("Poutine", "person", None, [], 1), Participant("Antony Blinken", "person", None, [], 7),
              Participant("Emmanuel Macron", "person", None, [], 2)]  # fmt: skip
    page = render_markdown(briefing(participants=people), ARTICLE)
    assert page.index("Antony Blinken") < page.index("Emmanuel Macron") < page.index("| Poutine")


def test_people_and_organisations_get_their_own_tables():
    page = render_markdown(briefing(), ARTICLE)
    people = page.split("### Personnes")[1].split("###")[0]
    organisations = page.split("### Organisations")[1].split("##")[0]
    assert "Antony Blinken" in people and "secrétaire d'Etat" in people and "M. Blinken" in people
    assert "OTAN" in organisations and "Otan" in organisations and "Antony Blinken" not in organisations
    assert "Publié le mardi 2 avril 2024" in page
    assert "| mercredi 3 avril 2024 |" in page and "(2024-04-03)" not in page  # ISO only in the front matter


def test_a_date_that_is_not_the_articles_own_says_so_and_how_to_settle_it():
    evidence = "après « en février 2022 » <b>"
    inferred = render_markdown(briefing(date_source="inferred", date_evidence=evidence), ARTICLE)
    assert "(date déduite du texte, à confirmer)" in inferred and "« date\\_source: metadata »" in inferred
    assert "&lt;b&gt;" in inferred and "<b>" not in inferred.split("---\n", 2)[2]  # the evidence stays text
    unknown = render_markdown(briefing(date=None, date_source="unknown"), ARTICLE)
    assert "date inconnue" in unknown and "« published: »" in unknown
    english = render_markdown(briefing(lang="en", date_source="inferred", date_evidence="x"), ARTICLE)
    assert "date inferred from the text, to be confirmed" in english
    assert "à confirmer" not in render_markdown(briefing(), ARTICLE)


def test_the_byline_names_the_author_as_text():
    source = Source("seeds/a.txt", "0" * 64, outlet="AFP", author="Jeanne <b>Martin</b>")
    page = render_markdown(briefing(source=source), ARTICLE)
    assert "· par Jeanne &lt;b&gt;Martin&lt;/b&gt;" in page


@pytest.mark.parametrize(
    ("lang", "where", "who"),
    [("fr", "Lieu : Bruxelles", "Avec : Antony Blinken"), ("en", "Where : Bruxelles", "With : Antony Blinken")],
)
def test_an_items_place_and_participants_show_in_its_row_and_only_when_known(lang, where, who):
    known = DatedEvent(
        "2024-04-03", "day", "mercredi", "réunion de l'Otan", "s", who=["Antony Blinken"], where="Bruxelles"
    )
    unknown = DatedEvent("2024-04-15", "day", "le 15 avril", "conférence", "s")
    briefing = Briefing(
        title="t", date="2024-04-02", date_source="metadata", lang=lang, source=Source(path="a.txt", sha256="x"),
        upcoming=[known, unknown],
    )  # fmt: skip
    page = render_markdown(briefing, "")
    row = next(line for line in page.splitlines() if "réunion de l'Otan" in line and line.startswith("|"))
    assert where in row and who in row
    other = next(line for line in page.splitlines() if "conférence" in line and line.startswith("|"))
    assert "Bruxelles" not in other
    data = yaml.safe_load(page.split("---")[1])
    assert "who" not in data["upcoming"][1] and data["upcoming"][0]["where"] == "Bruxelles"
    assert parse_markdown(page).upcoming == [known, unknown]


def test_a_row_whose_event_names_its_place_does_not_repeat_it():
    item = DatedEvent("2024-07", "month", "en juillet", "sommet de l'Otan à Washington", "s", where="Washington")
    briefing = Briefing(
        title="t", date="2024-04-02", date_source="metadata", lang="fr", source=Source(path="a.txt", sha256="x"),
        upcoming=[item],
    )  # fmt: skip
    row = next(line for line in render_markdown(briefing, "").splitlines() if "sommet" in line and line[0] == "|")
    assert "Lieu" not in row

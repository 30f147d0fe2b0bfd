"""Entity pages: one per name across briefings, stable slugs, roles per briefing, index pages."""

from __future__ import annotations

import json
import re
from pathlib import Path

from sitekit import other_briefings, reference_briefing, shown

from generator.site.catalog import Entry
from generator.site.entities import (
    collect_entities,
    entity_html,
    entity_search_doc,
    entity_search_text,
    entity_slug,
    index_page,
    see_also_html,
)


def entries():
    briefings = [*other_briefings(), reference_briefing()]
    return [Entry(f"briefings/b{n}.md", None, b) for n, b in enumerate(briefings)]  # type: ignore[arg-type]


def test_slugs_are_stable_and_fold_accents_and_case():
    assert entity_slug("Stéphane Séjourné") == "stephane-sejourne" == entity_slug("STEPHANE SEJOURNE")
    assert entity_slug("Index") == "index-1"  # never the folder's index page
    assert entity_slug("***").startswith("n-") and entity_slug("***") == entity_slug("***")
    assert entity_slug("عمر") != ""
    assert entity_slug("Volodymyr Zelenskyy") == entity_slug("Volodymyr Zelensky") == "volodymyr-zelenski"


def test_same_person_in_two_briefings_is_one_page_with_each_role():
    found = collect_entities(entries())
    sejourne = found["person"]["stephane-sejourne"]
    assert [a.role for a in sejourne.appearances] == [
        "chef de la diplomatie",
        "ministre français des Affaires étrangères",
    ]
    page = entity_html(sejourne, lambda uri: f"HREF:{uri}")
    assert page.startswith("<h1>Stéphane Séjourné</h1>\n")
    assert (
        '<td data-label="Rôle">chef de la diplomatie</td>' in page
        and '<a href="HREF:personnes/index.md">Personnes</a>' in page
    )
    assert '<a href="HREF:briefings/b0.md">' in page and '<a href="HREF:briefings/b2.md">' in page
    assert "Aussi appelé : Anthony Blinken" in entity_html(found["person"]["antony-blinken"], str)  # aliases shown
    assert "Anthony Blinken" in entity_search_text(found["person"]["antony-blinken"])
    assert set(found["place"]) >= {"paris", "elysee", "kiev"} and "kyiv" not in found["place"]
    kiev = found["place"]["kiev"]  # "Kiev" in one briefing, "Kyiv" in the other: one place
    assert set(kiev.names) == {"Kiev", "Kyiv"} and len(kiev.appearances) == 2
    assert found["organization"]["otan"].src_uri == "organisations/otan/index.html"


def test_an_entity_that_no_briefing_gives_a_role_has_no_role_column():
    found = collect_entities(entries())
    otan = found["organization"]["otan"]
    assert not any(a.role for a in otan.appearances)
    assert 'data-label="Rôle"' not in entity_html(otan, str) and "<th>Rôle</th>" not in entity_html(otan, str)
    sejourne = entity_html(found["person"]["stephane-sejourne"], str)
    assert "Rôle" in sejourne  # a role in one briefing: the column stays, empty where a briefing gives none


def test_entity_page_escapes_names_titles_and_roles():
    found = collect_entities(entries())
    person = found["person"]["stephane-sejourne"]
    person.names["<script>alert(1)</script>"] += 1
    person.appearances[0].role = "<b>ministre</b>"
    page = entity_html(person, lambda uri: 'x" onmouseover="alert(1)')
    assert "<script>" not in page and "<b>" not in page and 'href="x&quot; onmouseover' in page
    person.names["<script>alert(1)</script>"] += 5  # now the name most used: the page's title
    doc = entity_search_doc(person, "personnes/x/")
    assert doc["title"] == "&lt;script&gt;alert(1)&lt;/script&gt;" and "<b>" not in doc["text"]


def test_index_pages_list_everyone_alphabetically_people_by_family_name():
    found = collect_entities(entries())
    text = shown(index_page("person", found["person"]))
    assert text.startswith("# Personnes")
    blinken = '<li><a href="HREF:personnes/antony-blinken/index.html">Antony Blinken</a> (1)</li>'
    assert text.index("## B") < text.index(blinken) < text.index("## K") < text.index("## L") < text.index("## M")
    assert text.index("## M") < text.index("## S") < text.index("## Autres")
    assert "## A\n" not in text and "## D\n" not in text and "## E\n" not in text  # Antony, Dmytro, Emmanuel
    assert '<a href="HREF:personnes/stephane-sejourne/index.html">Stéphane Séjourné</a> (2)' in text
    assert text.rstrip().endswith("(1)</li>\n</ul>") and "## Autres" in text  # symbols last
    assert "Aucune" in index_page("place", {}).markdown


def test_briefings_link_to_their_entities():
    items = entries()
    text = see_also_html(items[2], collect_entities(items), lambda uri: f"HREF:{uri}")
    assert text.startswith("<ul>") and text.rstrip().endswith("</ul>")
    assert '<a href="HREF:personnes/stephane-sejourne/index.html">Stéphane Séjourné</a>' in text
    assert '<a href="HREF:organisations/otan/index.html">OTAN</a>' in text and ">Kiev</a>" in text


def test_entity_pages_are_built_but_only_indexes_are_in_the_nav(built_site: Path):
    assert (built_site / "personnes/stephane-sejourne/index.html").is_file()
    assert (built_site / "lieux/elysee/index.html").is_file()
    home = (built_site / "index.html").read_text(encoding="utf-8")
    sidebar = home[home.index('<nav class="md-nav md-nav--primary"') : home.index('<div class="md-content"')]
    links = set(re.findall(r'href="([^"#]+)"', sidebar))
    assert links == {
        ".",
        "agenda/",
        "archives/",
        "personnes/",
        "organisations/",
        "lieux/",
        "methode/",
    }
    page = (built_site / "personnes/stephane-sejourne/index.html").read_text(encoding="utf-8")
    assert "chef de la diplomatie" in page and "../../briefings/2024-04-02-blinken-paris/" in page


def test_a_briefing_ends_with_its_fiches_listed_in_its_contents_but_not_in_search(built_site: Path):
    page = (built_site / "briefings/2024-04-02-blinken-paris/index.html").read_text(encoding="utf-8")
    section = page[page.index('<h2 id="fiches">') :]
    section = section[: section.index("</ul>")]
    assert '<a href="../../personnes/stephane-sejourne/">Stéphane Séjourné</a>' in section
    # a permalink, as Markdown gives the other headings
    assert 'href="#fiches" title="Lien vers cette section"' in section
    assert 'href="#fiches" class="md-nav__link"' in page  # in the table of contents
    assert "briefings: fiches" not in page  # the marker is gone
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    assert "briefings/2024-04-02-blinken-paris/" in locations
    assert not [loc for loc in locations if loc.endswith("#fiches")]  # names already found via Participants


def _briefing_naming(title: str, day: str, people: list[str], orgs: list[str]):
    from generator.model import Briefing, Participant, Source

    return Briefing(
        title=title,
        date=day,
        date_source="metadata",
        lang="fr",
        source=Source(path=f"seeds/{day}.txt", sha256="0" * 64),
        participants=[Participant(n, "person") for n in people] + [Participant(n, "organization") for n in orgs],
    )


ARCHIVE = [
    _briefing_naming("La BCE relève ses taux", "2023-07-27", ["Christine Lagarde"], ["Banque centrale européenne"]),
    _briefing_naming("Lagarde défend la hausse", "2023-07-28", ["Lagarde"], ["BCE"]),
    _briefing_naming("Rate rise in Frankfurt", "2023-07-29", ["Christine Lagarde"], ["European Central Bank"]),
]


def test_the_names_of_one_entity_across_briefings_make_one_page_and_the_others_lead_to_it():
    found = collect_entities([Entry(f"briefings/b{n}.md", None, b) for n, b in enumerate(ARCHIVE)])  # type: ignore[arg-type]
    assert list(found["person"]) == ["christine-lagarde"]
    assert len(found["person"]["christine-lagarde"].appearances) == 3
    [bank] = found["organization"].values()
    assert len(bank.appearances) == 3 and {"BCE", "European Central Bank"} <= set(bank.names)
    assert found.find("person", "Lagarde") is found["person"]["christine-lagarde"]
    redirects = {(entity.slug, uri, href) for entity, uri, href in found.redirects()}
    assert ("christine-lagarde", "personnes/lagarde/index.html", "../christine-lagarde/") in redirects


def test_a_variant_address_of_an_entity_leads_to_its_page_in_the_built_site(tmp_path: Path):
    from sitekit import build, make_project

    site = build(make_project(tmp_path / "project", ARCHIVE))
    page = site / "personnes" / "christine-lagarde" / "index.html"
    assert page.is_file() and page.read_text(encoding="utf-8").count("<tr>") >= 4  # header and three briefings
    redirect = (site / "personnes" / "lagarde" / "index.html").read_text(encoding="utf-8")
    assert 'http-equiv="refresh" content="0; url=../christine-lagarde/"' in redirect
    index = (site / "personnes" / "index.html").read_text(encoding="utf-8")
    assert index.count("christine-lagarde/") >= 1 and "personnes/lagarde/" not in index


def test_an_entity_looks_ahead_to_the_events_whose_sentence_names_it():
    from generator.site.agenda import agenda_items
    from generator.site.entities import entity_upcoming

    listed = entries()
    found = collect_entities(listed)
    upcoming: dict = {}
    for item in agenda_items(listed):
        upcoming.setdefault(item.entry.src_uri, []).append(item)
    otan = entity_upcoming(found["organization"]["otan"], upcoming)
    assert [i.event.date for i in otan] == ["2024-04-03", "2024-07"]  # "l'Otan" in both, by its alias
    assert [i.event.date for i in entity_upcoming(found["place"]["washington"], upcoming)] == ["2024-07"]
    assert entity_upcoming(found["person"]["antony-blinken"], upcoming) == []  # no sentence names him


def test_an_entity_page_starts_with_what_is_coming_and_has_its_own_calendar(tmp_path: Path):
    from icalendar import Calendar
    from sitekit import build, make_project

    site = build(make_project(tmp_path / "project", [reference_briefing()]))
    page = (site / "organisations" / "otan" / "index.html").read_text(encoding="utf-8")
    article = page[page.index("<article") :]
    assert article.index("À venir") < article.index('id="briefings"')
    assert "sommet de l&#x27;Otan à Washington" in article or "sommet de l'Otan à Washington" in article
    assert 'href="agenda.ics"' in article
    calendar = Calendar.from_ical((site / "organisations" / "otan" / "agenda.ics").read_bytes())
    assert len(calendar.walk("VEVENT")) == 2
    assert not (site / "personnes" / "antony-blinken" / "agenda.ics").exists()


def test_a_person_named_by_a_title_alone_shows_that_title_as_the_role_on_the_merged_page():
    from generator.model import Briefing, Participant, Source

    def briefing(n: int, who: Participant) -> Entry:
        b = Briefing(
            title=f"Chile {n}",
            date=f"2024-05-0{n}",
            date_source="metadata",
            lang="en",
            source=Source(path=f"seeds/chile-{n}.txt", sha256=str(n) * 64, outlet="Wire"),
            participants=[who],
            places=["Chile"],
        )
        return Entry(f"briefings/chile-{n}.md", None, b)  # type: ignore[arg-type]

    found = collect_entities(
        [
            briefing(1, Participant("Gabriel Boric", "person", "président chilien", [], 3)),
            briefing(2, Participant("Chilean president", "person", None, [], 1)),
        ]
    )
    [boric] = found["person"].values()
    assert sorted(str(a.role) for a in boric.appearances) == ["Chilean president", "président chilien"]
    unnamed = collect_entities([briefing(3, Participant("Michelle Bachelet", "person", None, [], 2))])
    assert [a.role for a in unnamed["person"]["michelle-bachelet"].appearances] == [None]  # a name: no role made up

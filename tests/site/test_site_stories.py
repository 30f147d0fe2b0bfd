"""Stories: briefings that share events and main participants link up, in date order, and say what changed."""

from __future__ import annotations

from pathlib import Path

from generator.model import Briefing, DatedEvent, KeyFact, Participant, Source
from generator.site.agenda import agenda_items
from generator.site.catalog import Entry
from generator.site.entities import collect_entities
from generator.site.events import merge_events
from generator.site.stories import changes, find_stories, story_html


def briefing(
    name: str,
    day: str,
    people: dict[str, int],
    *,
    lang: str = "fr",
    title: str = "",
    summary: str = "",
    events: tuple[tuple[str, str, str], ...] = (),
    facts: tuple[str, ...] = (),
) -> Entry:
    """A briefing with people (name -> mentions) and upcoming events (date, event phrase, sentence)."""
    b = Briefing(
        title=title or name,
        date=day,
        date_source="metadata",
        lang=lang,
        source=Source(f"seeds/{name}.txt", "0" * 64, outlet=name.split("-")[0]),
        summary=summary,
        participants=[Participant(p, "person", None, [], n) for p, n in people.items()],
        upcoming=[DatedEvent(date, "day", date, event, sentence) for date, event, sentence in events],
        key_facts=[KeyFact(f) for f in facts],
    )
    return Entry(f"briefings/{day}-{name}.md", None, b)  # type: ignore[arg-type]


def stories_of(entries: list[Entry]):
    found = collect_entities(entries)
    return find_stories(entries, merge_events(agenda_items(entries), found.identity), found.identity)


SUMMIT = ("2024-07-09", "sommet de l'Otan à Washington", "Jens Stoltenberg ouvrira le sommet de l'Otan le 9 juillet.")
FIRST = briefing(
    "monde",
    "2024-06-14",
    {"Jens Stoltenberg": 4, "Joe Biden": 2},
    events=(SUMMIT,),
    facts=("Les alliés promettent 40 milliards d'euros à l'Ukraine.",),
)
SECOND = briefing(
    "reuters",
    "2024-06-20",
    {"Stoltenberg": 3, "Mark Rutte": 2},
    lang="en",
    events=(
        ("2024-07-09", "NATO summit in Washington", "Stoltenberg: the NATO summit opens on July 9."),
        ("2024-10-01", "Mark Rutte takes over at NATO", "Mark Rutte takes over on October 1."),
    ),
    facts=("Allies pledge 40 billion euros to Ukraine.", "Hungary will not block the aid package."),
)
UNRELATED = briefing(
    "figaro",
    "2024-06-18",
    {"Joe Biden": 3, "Justin Trudeau": 4},
    events=(("2024-06-27", "débat présidentiel", "Joe Biden, le 27 juin."),),
)


def test_briefings_that_announce_one_event_and_share_a_main_participant_are_one_story_in_date_order():
    stories = stories_of([SECOND, UNRELATED, FIRST])
    story = stories.story(FIRST)
    assert story is stories.story(SECOND) and [e.briefing.title for e in story.entries] == ["monde", "reuters"]
    assert stories.story(UNRELATED) is None  # Joe Biden in common with the first, but no event and no words


def test_briefings_weeks_apart_with_words_in_common_are_one_story_and_months_apart_are_not():
    words = "grève des contrôleurs contre la réforme des retraites"
    one = briefing("echos", "2023-01-10", {"Élisabeth Borne": 3}, title=f"Avant la {words}")
    two = briefing("monde", "2023-01-30", {"Borne": 2}, title=f"Après la {words}")
    later = briefing("libe", "2023-04-30", {"Borne": 2}, title=f"Encore la {words}")
    stories = stories_of([one, two, later])
    assert stories.story(one) is stories.story(two) and stories.story(later) is None
    few = briefing("libe", "2023-01-31", {"Élisabeth Borne": 2}, title="Réforme des retraites : la suite")
    assert stories_of([one, few]).story(few) is None  # two words in common only ("réforme", "retraites")


def test_briefings_that_name_one_landmark_with_words_in_common_are_one_story_without_a_common_participant():
    from dataclasses import replace

    fire = briefing("figaro", "2019-04-16", {"Emmanuel Macron": 4}, title="Incendie de la cathédrale Notre-Dame")
    fire = replace(fire, briefing=replace(fire.briefing, places=["Paris", "cathédrale Notre-Dame"]))
    works = briefing(
        "guardian", "2019-05-02", {"Philippe Villeneuve": 3}, lang="en",
        title="Notre-Dame cathedral fire: chief architect plans the works",
    )  # fmt: skip
    works = replace(works, briefing=replace(works.briefing, places=["Paris", "Notre-Dame Cathedral"]))
    stories = stories_of([fire, works])
    assert stories.story(fire) is not None and stories.story(fire) is stories.story(works)
    city = replace(works, briefing=replace(works.briefing, places=["Paris"]))
    assert stories_of([fire, city]).story(city) is None  # a city is no landmark: no common anchor


def test_a_follow_up_says_what_changed_since_the_earlier_briefings():
    changed = changes(SECOND, stories_of([FIRST, SECOND]))
    assert changed is not None and changed.since == [FIRST]
    assert [item.event.event for item in changed.new_dates] == ["Mark Rutte takes over at NATO"]
    assert changed.changed_dates == []
    assert changed.new_participants == ["Mark Rutte"]  # "Stoltenberg" is FIRST's Jens Stoltenberg
    assert changed.new_facts == ["Hungary will not block the aid package."]  # the pledge was said before
    assert changes(FIRST, stories_of([FIRST, SECOND])) is None  # the first of its story


def test_a_follow_up_says_when_a_date_changed():
    march = briefing(
        "figaro",
        "2023-03-10",
        {"Charles III": 4},
        events=(("2023-03-26", "visite d'État de Charles III en France", "Charles III, le 26 mars."),),
    )
    september = briefing(
        "parisien",
        "2023-09-05",
        {"Charles III": 3},
        events=(
            (
                "2023-09-20",
                "visite d'État de Charles III en France",
                "La visite de Charles III, reportée, aura lieu le 20 septembre.",
            ),
        ),
    )
    stories = stories_of([march, september])
    changed = changes(september, stories)
    assert changed is not None and [
        (b.start.isoformat(), a.start.isoformat()) for _, b, a in changed.changed_dates
    ] == [("2023-03-26", "2023-09-20")]
    html = story_html(september, stories, lambda uri: f"HREF:{uri}")
    changed_line = "Dates modifiées : visite d'État de Charles III en France : dimanche 26 mars 2023 → "
    assert changed_line + "<strong>mercredi 20 septembre 2023</strong>" in html


def test_the_story_section_links_the_others_in_date_order_in_the_briefings_language():
    stories = stories_of([FIRST, SECOND])
    html = story_html(SECOND, stories, lambda uri: f"HREF:{uri}")
    assert html.index('<a href="HREF:briefings/2024-06-14-monde.md">monde</a>') < html.index("<strong>reuters</strong>")
    assert "this briefing" in html and "What changed since Friday 14 June 2024" in html and "New dates: " in html
    first = story_html(FIRST, stories, lambda uri: f"HREF:{uri}")
    assert "ce briefing" in first and "Ce qui change" not in first
    assert story_html(UNRELATED, stories_of([FIRST, UNRELATED]), str) == ""


def test_a_follow_up_with_nothing_new_says_so():
    again = briefing(
        "afp",
        "2024-06-21",
        {"Jens Stoltenberg": 2},
        events=(SUMMIT,),
        facts=("Les alliés promettent 40 milliards d'euros à l'Ukraine.",),
    )
    html = story_html(again, stories_of([FIRST, again]), str)
    assert "Rien de nouveau" in html


def test_a_long_story_lists_the_nearest_briefings_and_counts_the_others():
    many = [briefing(f"b{n:02d}", f"2024-05-{n + 1:02d}", {"Jens Stoltenberg": 3}, events=(SUMMIT,)) for n in range(25)]
    stories = stories_of(many)
    assert len(stories.story(many[12]).entries) == 25
    html = story_html(many[12], stories, str)
    assert html.count("<li>") <= 11 + 10 and "14 autres briefings" in html


def test_a_briefing_page_of_the_built_site_shows_its_story(tmp_path: Path):
    from sitekit import build, make_project

    site = build(make_project(tmp_path / "project", [FIRST.briefing, SECOND.briefing]))
    pages = {p.parent.name: p.read_text(encoding="utf-8") for p in (site / "briefings").glob("*/index.html")}
    [first] = [html for name, html in pages.items() if "monde" in name]
    [second] = [html for name, html in pages.items() if "reuters" in name]
    assert 'id="dans-la-meme-histoire"' in first and "reuters</a>" in first
    assert 'id="in-the-same-story"' in second and "monde</a>" in second and "What changed since" in second
    assert second.index('id="in-the-same-story"') < second.index('id="see-also"')


def test_function_words_and_numbers_shared_by_two_stories_do_not_link_them():
    one = briefing(
        "croix",
        "2024-12-08",
        {"Emmanuel Macron": 3},
        title="Après trois jours de fêtes, la cathédrale rouvre",
        summary="Depuis samedi, les visiteurs reviennent entre les colonnes.",
    )
    two = briefing(
        "monde",
        "2024-12-16",
        {"Emmanuel Macron": 4},
        title="Après le cyclone, trois villages coupés du monde",
        summary="Depuis dimanche, l'aide arrive entre deux averses.",
    )
    assert stories_of([one, two]).story(one) is None


def test_one_main_person_and_words_that_only_say_who_they_are_do_not_link_two_stories():
    housing = briefing(
        "pais",
        "2024-03-04",
        {"Pedro Sánchez": 3},
        title="Le chef du gouvernement espagnol annonce un plan pour le logement",
        summary="Le président du gouvernement, entouré de sa ministre du Logement, a détaillé douze mesures.",
    )
    ukraine = briefing(
        "abc",
        "2024-03-18",
        {"Pedro Sánchez": 4},
        title="Pedro Sánchez reçoit le président ukrainien à Madrid",
        summary="Le président du gouvernement espagnol promet des blindés, avec sa ministre de la Défense.",
    )
    # "président", "ministre", "gouvernement", "espagnol" in common: who the person is, not what happened
    assert stories_of([housing, ukraine]).story(housing) is None


def test_a_title_of_office_in_both_titles_says_what_happened():
    named = briefing(
        "monde",
        "2024-01-12",
        {"Catherine Vautrin": 3},
        title="Catherine Vautrin nommée ministre de la Santé",
        summary="Elle rejoint le gouvernement français.",
    )
    visit = briefing(
        "union",
        "2024-01-19",
        {"Catherine Vautrin": 2},
        title="La nouvelle ministre de la Santé en visite à Reims",
        summary="Catherine Vautrin a rencontré les soignants du premier hôpital français.",
    )
    stories = stories_of([named, visit])  # "ministre", "santé" (and "français"): a nomination followed
    assert stories.story(named) is not None and stories.story(named) is stories.story(visit)


MIGRANTS = (
    "La présidente du Conseil italien a présenté un décret qui durcit l'accueil des migrants secourus en mer : "
    "les navires humanitaires devront rejoindre sans délai un port désigné, loin des zones de sauvetage, et "
    "les demandeurs d'asile originaires de pays sûrs seront retenus dans des centres fermés en Albanie. Les "
    "associations dénoncent une mesure contraire au droit maritime ; sa majorité soutient le texte."
)
BUDGET = (
    "Le gouvernement italien a adopté une loi de finances qui baisse les cotisations des salariés modestes, "
    "finance la natalité et repousse la réforme des retraites, au prix d'un déficit plus élevé que prévu. "
    "Bruxelles surveille la dette publique ; sa majorité le soutient, mais les syndicats appellent à la "
    "grève générale contre les coupes dans la santé."
)


def test_one_main_person_in_two_long_stories_with_a_few_words_in_common_are_two_stories():
    decree = briefing(
        "repubblica", "2023-10-02", {"Giorgia Meloni": 4}, title="Décret sur les migrants", summary=MIGRANTS
    )
    budget = briefing("corriere", "2023-10-16", {"Giorgia Meloni": 5}, title="Loi de finances", summary=BUDGET)
    # "italien", "majorité", "soutient" in common (the three words of the rule): two about what happens, out of
    # twenty-five and more, about anything she does
    assert stories_of([decree, budget]).story(decree) is None
    follow = briefing(
        "stampa",
        "2023-10-09",
        {"Giorgia Meloni": 3},
        title="Les navires humanitaires contestent le décret sur les migrants",
        summary="Les associations de sauvetage en mer refusent le port désigné et saisissent la justice contre "
        "les centres fermés pour demandeurs d'asile.",
    )
    stories = stories_of([decree, follow, budget])
    assert stories.story(decree) is stories.story(follow) and stories.story(budget) is None


def test_a_name_cited_twice_in_an_article_about_someone_else_is_not_a_main_participant():
    rome = briefing(
        "messaggero",
        "2023-10-02",
        {"Giorgia Meloni": 6, "Mario Draghi": 2},
        title="Rome défend sa dette devant Bruxelles",
        summary="Meloni promet de réduire la dette publique, que Draghi avait laissée en baisse.",
    )
    bce = briefing(
        "echos",
        "2023-10-10",
        {"Mario Draghi": 4},
        title="Draghi plaide pour une dette publique européenne",
        summary="L'ancien président de la BCE veut réduire la dette des États par un emprunt commun.",
    )
    assert stories_of([rome, bce]).story(rome) is None  # Draghi is cited in passing in the first


def test_briefings_that_announce_one_event_and_name_one_town_first_are_one_story():
    def announcing(name: str, people: dict[str, int], first: str) -> Entry:
        entry = briefing(
            name,
            "2024-11-10",
            people,
            events=(("2024-11-19", "clôture du sommet du G20 à Rio", "Le sommet du G20 s'achève le 19 novembre."),),
        )
        entry.briefing.places = [first, "Brésil"]
        return entry

    host, guest = (
        announcing("globo", {"Fernando Haddad": 3}, "Rio de Janeiro"),
        announcing("figaro", {"Jean-Noël Barrot": 3}, "Rio de Janeiro"),
    )
    stories = stories_of([host, guest])
    assert stories.story(host) is not None and stories.story(host) is stories.story(guest)
    country = [
        announcing("folha", {"Fernando Haddad": 3}, "Brésil"),
        announcing("croix", {"Jean-Noël Barrot": 3}, "Brésil"),
    ]
    assert stories_of(country).story(country[0]) is None  # a country is the first place of too many stories


def test_a_town_of_short_words_named_first_links_as_any_town_and_a_countrys_acronym_does_not():
    def announcing(name: str, people: dict[str, int], first: str) -> Entry:
        entry = briefing(
            name,
            "2025-03-02",
            people,
            events=(("2025-03-14", "sommet régional à Ufa", "Le sommet régional s'ouvre le 14 mars."),),
        )
        entry.briefing.places = [first, "Russie"]
        return entry

    host, guest = (
        announcing("kommersant", {"Radiy Khabirov": 3}, "Ufa"),
        announcing("croix", {"Mikhaïl Michoustine": 3}, "Ufa"),
    )
    stories = stories_of([host, guest])
    assert stories.story(host) is not None and stories.story(host) is stories.story(guest)
    country = [
        announcing("times", {"Radiy Khabirov": 3}, "UK"),
        announcing("guardian", {"Mikhaïl Michoustine": 3}, "UK"),
    ]
    assert stories_of(country).story(country[0]) is None  # "UK" is a country: the first place of too many stories


def test_a_town_named_in_passing_does_not_link_one_leaders_two_stories():
    summit = briefing(
        "nation",
        "2023-09-05",
        {"William Ruto": 5},
        title="Sommet africain du climat à Nairobi",
        summary="William Ruto ouvre à Nairobi le sommet africain du climat et réclame une taxe mondiale sur le "
        "carbone ; les chefs d'État demandent la réforme des banques de développement et un allègement de la "
        "dette des pays pauvres, frappés par la sécheresse et les inondations.",
    )
    summit.briefing.places = ["Nairobi", "Kenya"]
    strike = briefing(
        "standard",
        "2023-09-08",
        {"William Ruto": 4},
        title="Grève des médecins : Ruto convoque ses ministres",
        summary="De retour du sommet de Nairobi, William Ruto convoque ses ministres à Mombasa sur la grève des "
        "médecins des hôpitaux publics, qui réclament le paiement des salaires en retard et des recrutements ; "
        "les syndicats menacent de prolonger le mouvement.",
    )
    strike.briefing.places = ["Mombasa", "Nairobi", "Kenya"]
    assert stories_of([summit, strike]).story(summit) is None  # one leader; Nairobi said in passing
    again = briefing(
        "star",
        "2023-09-12",
        {"William Ruto": 3},
        title="Les médecins de Mombasa poursuivent la grève",
        summary="À Mombasa, la grève des médecins des hôpitaux publics continue : les syndicats refusent l'offre "
        "sur les salaires et les recrutements.",
    )
    again.briefing.places = ["Mombasa", "Kenya"]
    stories = stories_of([summit, strike, again])
    assert stories.story(strike) is stories.story(again) and stories.story(summit) is None


def test_two_main_participants_in_common_link_a_story_that_pauses_for_two_months():
    vote = "élections législatives au Portugal, la coalition entre socialistes et sociaux-démocrates"
    election = briefing(
        "publico", "2024-03-11", {"Luís Montenegro": 4, "Pedro Nuno Santos": 3}, title=f"Après les {vote}"
    )
    deal = briefing("lusa", "2024-05-20", {"Luís Montenegro": 3, "Pedro Nuno Santos": 2}, title=f"Enfin la {vote}")
    one = briefing(
        "rtp", "2024-05-21", {"Luís Montenegro": 3, "Marcelo Rebelo de Sousa": 1},
        title="Luís Montenegro reçu à Bruxelles", summary=f"Encore les {vote}",
    )  # fmt: skip
    stories = stories_of([election, deal])
    assert stories.story(election) is stories.story(deal)
    # ten weeks with one main participant in common (and headlines that do not say the same thing)
    assert stories_of([election, one]).story(one) is None


def test_two_titles_that_name_the_event_both_announce_are_one_story_months_apart():
    vote = ("2026-09-27", "élections législatives au Portugal", "Les Portugais voteront le 27 septembre.")
    called = briefing(
        "publico", "2026-07-20", {"António Costa": 4}, title="Le Premier ministre démissionne, législatives anticipées",
        events=(vote,),
    )  # fmt: skip
    campaign = briefing(
        "expresso", "2026-09-22", {"Luís Montenegro": 5}, title="À cinq jours des législatives, la droite en tête",
        events=(("2026-09-27", "legislative election in Portugal", "Portugal votes on September 27."),),
    )  # fmt: skip
    stories = stories_of([called, campaign])
    assert stories.story(called) is not None and stories.story(called) is stories.story(campaign)
    aside = briefing(
        "diario", "2026-09-22", {"Luís Montenegro": 5}, title="La droite promet des baisses d'impôts",
        events=(("2026-09-27", "legislative election in Portugal", "Portugal votes on September 27."),),
    )  # fmt: skip
    assert stories_of([called, aside]).story(called) is None  # the event is not what the second article is about


def _with_organizations(entry: Entry, organizations: dict[str, int]) -> Entry:
    """`entry` with organisations (name -> mentions) among its participants."""
    extra = [Participant(name, "organization", None, [], n) for name, n in organizations.items()]
    entry.briefing.participants.extend(extra)
    return entry


def _ministerial(day: str) -> tuple[str, str, str]:
    return (day, "OECD ministerial meeting in Paris", "Ministers meet for the OECD ministerial council in Paris.")


def test_an_institutions_meeting_months_ahead_does_not_link_two_stories_about_it():
    def pair(meeting: str) -> tuple[Entry, Entry]:
        inauguration = briefing(
            "lusa", "2026-03-09", {"António José Seguro": 4}, lang="en",
            title="Seguro sworn in as Portugal's president, pledges to defend the constitution",
            summary="António José Seguro took the oath before parliament in Lisbon on Monday.",
            events=(_ministerial(meeting),),
            facts=("Costa Rica, which applied in 2015, formally joined the OECD last year.",
                   "Seguro will attend the OECD ministerial meeting in Paris."),
        )  # fmt: skip
        accession = briefing(
            "efe", "2026-03-12", {"Rodrigo Chaves": 2}, lang="en",
            title="Chile seeks a seat on the OECD steering board",
            summary="Chile formally applied for a seat on the OECD steering board, a step it has sought since 2015.",
            events=(_ministerial(meeting),),
            facts=("The request is on the agenda of the ministerial meeting in Paris.",),
        )  # fmt: skip
        return _with_organizations(inauguration, {"OECD": 2}), _with_organizations(accession, {"OECD": 5})

    far = pair("2026-06-03")  # three months ahead: named in passing, by phrase and by words
    assert stories_of(list(far)).story(far[0]) is None
    near = pair("2026-03-25")  # within four weeks: what both articles look ahead to
    stories = stories_of(list(near))
    assert stories.story(near[0]) is not None and stories.story(near[0]) is stories.story(near[1])


def test_an_event_months_ahead_still_links_by_a_participant_its_phrase_does_not_name():
    inauguration = ("2027-01-01", "inauguration of the new president", "The new president takes office on Jan. 1.")
    won = briefing("folha", "2026-10-26", {"Ana Souza": 5, "Pedro Lima": 2}, lang="en", events=(inauguration,))
    conceded = briefing(
        "globo", "2026-10-28", {"Ana Souza": 3},
        events=(("2027-01-01", "investiture du nouveau président", "Il prendra ses fonctions le 1er janvier."),),
    )  # fmt: skip
    stories = stories_of([won, conceded])
    assert stories.story(won) is not None and stories.story(won) is stories.story(conceded)


def test_a_briefing_that_moves_an_events_date_follows_the_one_that_gave_it_without_a_common_participant():
    def crossing(name: str, day: str, people: dict[str, int], date: str, sentence: str, first: str) -> Entry:
        entry = briefing(
            name, day, people, lang="en", events=((date, "reopening of the Narva border crossing", sentence),)
        )
        entry.briefing.places.extend([first, "Narva"])  # first places differ: no town in common to link them
        return entry

    closed = crossing(
        "err", "2026-01-10", {"Kaja Tamm": 3}, "2026-02-01", "The Narva crossing will reopen on Feb. 1.", "Tallinn"
    )
    extended = crossing(
        "bns",
        "2026-01-28",
        {"Mart Kask": 4},
        "2026-03-01",
        "The government extended the closure: Narva reopens on March 1.",
        "Tartu",
    )
    stories = stories_of([closed, extended])
    assert stories.story(closed) is not None and stories.story(closed) is stories.story(extended)
    # the same phrase at another date, written once the first had passed and saying no move: another event
    later = crossing(
        "postimees", "2026-02-03", {"Mart Kask": 4}, "2026-04-01", "Narva reopens on April 1 for trucks.", "Tartu"
    )
    assert stories_of([closed, later]).story(closed) is None


def test_a_briefing_that_reports_an_events_outcome_follows_the_announcements_about_it():
    elected = briefing(
        "publico", "2026-02-09", {"Helena Matos": 4, "Rui Costa": 2},
        title="Helena Matos élue présidente, elle prendra ses fonctions le 9 mars",
        events=(("2026-03-09", "prise de fonctions d'Helena Matos", "Elle prendra ses fonctions le 9 mars."),),
    )  # fmt: skip
    sworn = briefing(
        "reuters", "2026-03-09", {"Helena Matos": 5}, lang="en",
        title="Matos sworn in as Portugal's president, vows to fight corruption",
        summary="Helena Matos took the oath before parliament on Monday.",
    )  # fmt: skip
    stories = stories_of([elected, sworn])
    assert stories.story(sworn) is not None and stories.story(sworn) is stories.story(elected)
    # published a week after: not the report of that day
    late = briefing(
        "expresso", "2026-03-16", {"Helena Matos": 5}, lang="en", title="Matos sworn in last week, names a cabinet"
    )
    assert stories_of([elected, late]).story(late) is None


def test_an_events_outcome_does_not_join_a_briefing_that_named_the_event_in_passing():
    reform = briefing(
        "echos", "2026-06-09", {"Claire Vidal": 4, "Marc Pons": 2},
        title="Claire Vidal maintient la réforme des retraites malgré la campagne",
        events=(("2026-06-14", "premier tour des élections législatives", "Les Français votent dimanche."),),
    )  # fmt: skip
    result = briefing(
        "monde", "2026-06-14", {"Claire Vidal": 3, "Marc Pons": 3},
        title="Législatives : la gauche en tête du premier tour, second tour le 21 juin",
    )  # fmt: skip
    assert stories_of([reform, result]).story(result) is None  # the first title is about something else


def test_two_sides_of_one_story_each_naming_the_others_main_participant_are_one_story():
    # A port strike told by the union's leader, then by the minister who answers her: no main participant in
    # common, but each article names the other's, one of them twice, and they say the same story in words.
    union = briefing(
        "ouest",
        "2022-03-02",
        {"Nadia Kessler": 5, "Paul Arnoux": 2},  # Arnoux twice, not a main participant
        title="Les dockers du Havre en grève illimitée contre la fermeture du terminal",
        summary="Nadia Kessler appelle les dockers à bloquer le port, Paul Arnoux refuse de recevoir le syndicat.",
        facts=("Le terminal fermerait en juin.", "Les dockers bloquent le port depuis lundi."),
    )
    minister = briefing(
        "guardian",
        "2022-03-09",
        {"Paul Arnoux": 4, "Nadia Kessler": 1},
        lang="en",
        title="French minister rules out saving the Le Havre terminal as dockers' strike goes on",
        summary="Paul Arnoux says the terminal closure stands; dockers led by Nadia Kessler keep blocking the port.",
        facts=("The terminal would close in June.",),
    )
    stories = stories_of([union, minister])
    assert stories.story(union) is not None and stories.story(union) is stories.story(minister)
    # named once each, in passing: two stories that cross, not one
    passing = briefing(
        "figaro",
        "2022-03-09",
        {"Paul Arnoux": 4, "Nadia Kessler": 1},
        title="Paul Arnoux présente la réforme du permis de conduire",
        summary="Le ministre, interpellé par Nadia Kessler, a présenté le nouvel examen du permis de conduire.",
    )
    once = briefing("ouest", "2022-03-02", {"Nadia Kessler": 4, "Paul Arnoux": 1}, title=union.briefing.title)
    assert stories_of([once, passing]).story(passing) is None
    # one names the other's main participant, the other does not name back: no link
    alone = briefing(
        "guardian",
        "2022-03-09",
        {"Paul Arnoux": 4},
        lang="en",
        title=minister.briefing.title,
        summary="The minister says the terminal closure stands; dockers keep blocking the port.",
    )
    assert stories_of([union, alone]).story(alone) is None


# A farmers' protest told over six weeks: the minister's late article names the union's two leaders twice each.
_MEETING = ("2026-01-09", "réunion des syndicats agricoles au ministère", "Les syndicats seront reçus vendredi.")
BLOCKADE = briefing(
    "depeche",
    "2026-01-05",
    {"Lucie Marchand": 4, "Henri Delmas": 3, "Yves Carrel": 2},
    title="Les agriculteurs bloquent les autoroutes autour de Toulouse",
    events=(_MEETING,),
)
INVITED = briefing(
    "monde", "2026-01-07", {"Henri Delmas": 4, "Lucie Marchand": 3},
    title="Henri Delmas recevra vendredi les syndicats", events=(_MEETING,),
)  # fmt: skip
SETTLED_TITLE = "Les agriculteurs quittent les autoroutes, les syndicats signent l'accord"


def test_a_late_briefing_with_three_main_participants_of_a_story_joins_it_by_the_storys_words_as_a_whole():
    # six weeks after the last one; two words in common with the first ("agriculteurs", "autoroutes"), one
    # with the second ("syndicats"): no pair says one story, the story's briefings together do
    settled = briefing(
        "figaro", "2026-02-17", {"Henri Delmas": 6, "Lucie Marchand": 2, "Yves Carrel": 2}, title=SETTLED_TITLE
    )
    stories = stories_of([BLOCKADE, INVITED, settled])
    assert stories.story(BLOCKADE) is stories.story(INVITED)
    story = stories.story(settled)
    assert story is stories.story(BLOCKADE) and [e.briefing.date for e in story.entries][-1] == "2026-02-17"
    # with the first briefing alone, the words are too few
    assert stories_of([BLOCKADE, settled]).story(settled) is None


def test_a_late_briefing_that_names_the_storys_other_participants_once_does_not_join_it():
    passing = briefing(
        "figaro", "2026-02-17", {"Henri Delmas": 6, "Lucie Marchand": 1, "Yves Carrel": 1}, title=SETTLED_TITLE
    )
    assert stories_of([BLOCKADE, INVITED, passing]).story(passing) is None  # one main participant, past four weeks
    two = briefing(
        "figaro", "2026-02-17", {"Henri Delmas": 6, "Lucie Marchand": 2, "Yves Carrel": 1}, title=SETTLED_TITLE
    )
    assert stories_of([BLOCKADE, INVITED, two]).story(two) is None  # two in common: the pair rule's, not the chain's


def test_three_participants_of_a_story_without_its_words_do_not_join_it():
    other = briefing(
        "figaro", "2026-02-17", {"Henri Delmas": 6, "Lucie Marchand": 2, "Yves Carrel": 2},
        title="Henri Delmas inaugure la nouvelle ligne ferroviaire entre Lyon et Turin",
    )  # fmt: skip
    assert stories_of([BLOCKADE, INVITED, other]).story(other) is None


def test_two_headlines_on_one_person_that_say_the_same_two_things_are_one_story_weeks_apart():
    # seven weeks apart, one main participant in common, three words in common, two of them in both headlines:
    # the headlines count as a second participant in common (the twelve weeks, no share of the words)
    start = briefing(
        "progres", "2025-03-03", {"Anne Roussel": 3}, title="Les éboueurs de la ville en grève illimitée",
        summary="Les poubelles s'entassent dans les rues, la collecte est arrêtée.",
    )  # fmt: skip
    end = briefing(
        "monde", "2025-04-21", {"Anne Roussel": 4, "Karim Benali": 2},
        title="Anne Roussel signe un accord avec les éboueurs, fin de la grève",
        summary="La collecte reprendra lundi dans tous les quartiers, après sept semaines de conflit social.",
    )  # fmt: skip
    stories = stories_of([start, end])
    assert stories.story(start) is not None and stories.story(start) is stories.story(end)
    months = briefing(
        "monde", "2025-07-21", {"Anne Roussel": 4}, title=end.briefing.title, summary=end.briefing.summary
    )
    assert stories_of([start, months]).story(months) is None  # past twelve weeks
    bare = briefing("monde", "2025-04-21", {"Anne Roussel": 4}, title=end.briefing.title)
    assert stories_of([start, bare]).story(bare) is None  # the headlines' two words alone: the word rule wants three


def test_two_headlines_on_one_person_with_one_word_or_only_who_in_common_are_two_stories():
    from dataclasses import replace

    strike = briefing("progres", "2025-03-03", {"Anne Roussel": 3}, title="Les éboueurs en grève contre le budget")
    budget = briefing("monde", "2025-04-21", {"Anne Roussel": 4}, title="Anne Roussel présente le budget de la ville")
    assert stories_of([strike, budget]).story(budget) is None  # "budget" alone: one word
    museum = briefing("progres", "2025-03-03", {"Anne Roussel": 3}, title="La maire de Lyon inaugure un musée")
    loan = briefing("monde", "2025-04-21", {"Anne Roussel": 4}, title="La maire de Lyon lance un emprunt")
    museum, loan = (replace(e, briefing=replace(e.briefing, places=["Lyon"])) for e in (museum, loan))
    assert stories_of([museum, loan]).story(loan) is None  # a title of office and a place say who and where


def _telling(entry: Entry, *told: tuple[str, str]) -> Entry:
    """The briefing with past events (date, event phrase) in its timeline (format 2)."""
    from dataclasses import replace

    timeline = [DatedEvent(date, "day", date, event, f"{event}.") for date, event in told]
    return replace(entry, briefing=replace(entry.briefing, timeline=timeline))


def test_an_event_a_briefing_reports_as_its_news_links_those_that_announced_it_and_tell_it_since():
    # Announced by the president's briefing, reported the day it happened by the new governor's, told weeks later
    # by the briefing on the governor's first decree: three steps of one story, though the first and the last
    # share no word (one main participant each in common: the president with the last, the governor with both).
    vote = ("2026-04-13", "vote du conseil régional pour désigner le gouverneur")
    announced = briefing("matin", "2026-04-10", {"Anna Weber": 4}, events=(vote + ("Lundi, le vote.",),))
    reported = _telling(
        briefing("post", "2026-04-13", {"Lukas Brandt": 5}, lang="en", title="Brandt named governor"),
        ("2026-04-13", "regional council votes to designate Lukas Brandt as governor"),
    )
    decree = _telling(
        briefing("soir", "2026-05-06", {"Lukas Brandt": 4, "Anna Weber": 2}, title="Premier décret de Brandt"),
        ("2026-04-13", "vote du conseil régional désignant Lukas Brandt gouverneur"),
    )
    stories = stories_of([announced, reported, decree])
    assert stories.story(announced) is stories.story(reported) is stories.story(decree) is not None


def test_a_past_event_no_briefing_reports_is_background_and_links_nothing():
    # The meeting was announced by one story's briefing; weeks later, another story's briefing recalls it in its
    # timeline. No briefing reported it as its news: the two stay apart, their main person in common or not.
    meeting = ("2026-03-02", "rencontre entre Anna Weber et Paolo Conti à Rome", "Lundi, à Rome.")
    summit = briefing("matin", "2026-02-27", {"Anna Weber": 4, "Paolo Conti": 2}, events=(meeting,))
    ship = _telling(
        briefing("soir", "2026-03-20", {"Paolo Conti": 4, "Marie Roux": 2}, title="Le navire accueilli à Toulon"),
        ("2026-03-02", "rencontre entre Anna Weber et Paolo Conti à Rome"),
    )
    stories = stories_of([summit, ship])
    assert stories.story(summit) is None and stories.story(ship) is None


VOTE = ("2026-04-12", "élections législatives anticipées", "Les élections anticipées auront lieu le 12 avril.")
CALLED = briefing(
    "aftenposten",
    "2026-03-02",
    {"Tomas Vik": 3, "Ola Berg": 2},
    title="Norvège : Tomas Vik convoque des élections législatives anticipées",
    events=(VOTE,),
    facts=("Le gouvernement a perdu sa majorité au Storting.",),
)
CAMPAIGN = briefing(
    "reuters",
    "2026-03-20",
    {"Tomas Vik": 3, "Kari Lunde": 2},
    lang="en",
    title="Vik opens his campaign for the snap election",
    events=(("2026-04-12", "snap election", "The snap election is on April 12."),),
    facts=("Polls show his Labour Party ahead in Oslo.",),
)
EVE = briefing(
    "nrk",
    "2026-04-05",
    {"Tomas Vik": 4},
    lang="en",
    title="A week before the snap election, Vik debates his rivals",
    events=(("2026-04-12", "snap election", "Voters go to the polls on April 12."),),
    facts=("The debate turned on taxes and oil.",),
)
OATH = briefing(
    "vg",
    "2026-04-15",
    {"Tomas Vik": 2},
    title="Tomas Vik présentera son nouveau cabinet jeudi",
    summary="Reconduit après les élections anticipées, Tomas Vik présentera jeudi son cabinet.",
)


def test_a_lone_briefing_on_a_storys_protagonist_joins_it_by_the_storys_words_as_a_whole():
    # Every briefing of the story has Tomas Vik as a main participant; a short one on him alone, days after, meets
    # the words of the story taken together ("élections", "anticipées", "gouvernement"), not those of any one.
    story = stories_of([CALLED, CAMPAIGN, EVE, OATH]).story(OATH)
    assert story is not None and len(story.entries) == 4


def test_a_lone_briefing_on_a_person_who_leads_another_briefing_in_the_same_weeks_joins_no_story():
    # Vik is also the main participant of a briefing on a fishing dispute that week: he leads more than one story
    # then, and a short briefing on him alone may be of either.
    fishing = briefing(
        "dagbladet",
        "2026-04-10",
        {"Tomas Vik": 3},
        title="Tomas Vik reçoit les pêcheurs de Tromsø",
        facts=("Les quotas de cabillaud divisent le nord du pays.",),
    )
    stories = stories_of([CALLED, CAMPAIGN, EVE, fishing, OATH])
    assert stories.story(OATH) is None


def test_a_lone_briefing_on_a_storys_protagonist_without_its_words_does_not_join_it():
    visit = briefing("vg", "2026-04-15", {"Tomas Vik": 2}, title="Tomas Vik inaugure un pont à Bergen")
    assert stories_of([CALLED, CAMPAIGN, EVE, visit]).story(visit) is None


def _sworn_later(day: str, oath: str) -> Entry:
    return briefing(
        "rfi",
        day,
        {"Amara Kouyaté": 2, "Fodé Camara": 1},
        title="La Cour suprême rejette les recours de l'opposition",
        events=((oath, "prestation de serment d'Amara Kouyaté", "Amara Kouyaté prêtera serment devant les juges."),),
    )


def test_a_title_that_tells_an_election_and_the_winners_swearing_in_months_after_are_one_story():
    elected = briefing(
        "lemonde",
        "2025-11-10",
        {"Amara Kouyaté": 4, "Mariama Diallo": 2},
        title="Amara Kouyaté élu président dès le premier tour",
    )
    later = _sworn_later("2026-02-27", "2026-03-12")  # fifteen weeks after: past the pair rule's twelve
    stories = stories_of([elected, later])
    assert stories.story(elected) is not None and stories.story(elected) is stories.story(later)


def test_an_election_and_a_swearing_in_stay_apart_without_the_title_the_person_or_within_six_months():
    ahead = briefing(
        "lemonde", "2025-11-10", {"Amara Kouyaté": 4, "Mariama Diallo": 2}, title="Amara Kouyaté en tête du scrutin"
    )
    assert stories_of([ahead, _sworn_later("2026-02-27", "2026-03-12")]).story(ahead) is None  # no election told
    other = briefing(
        "lemonde", "2025-11-10", {"Mariama Diallo": 4, "Amara Kouyaté": 1}, title="Mariama Diallo élue députée"
    )
    assert stories_of([other, _sworn_later("2026-02-27", "2026-03-12")]).story(other) is None  # another's election
    elected = briefing(
        "lemonde", "2025-11-10", {"Amara Kouyaté": 4, "Mariama Diallo": 2}, title="Amara Kouyaté élu président"
    )
    assert stories_of([elected, _sworn_later("2026-06-01", "2026-06-15")]).story(elected) is None  # past six months


def _count(
    name: str, day: str, people: dict[str, int], place: str, title: str, body: str = "Commission électorale"
) -> Entry:
    """A briefing on the count of a presidential vote, naming the electoral body twice, about `place`."""
    from dataclasses import replace

    entry = briefing(
        name,
        day,
        people,
        title=title,
        summary="Selon les résultats provisoires du dépouillement, aucun candidat n'obtient la majorité absolue ; "
        "la participation recule et un second tour se profile.",
        facts=("Le dépouillement des bulletins se poursuit dans les bureaux de vote.",),
    )
    entry = _with_organizations(entry, {body: 2})
    return replace(entry, briefing=replace(entry.briefing, places=[place]))


COUNTED = "Le dépouillement se poursuit, les résultats provisoires attendus"
RUNOFF = "Vers un second tour de la présidentielle"


def test_two_countries_counts_sharing_only_an_electoral_body_of_one_name_are_two_stories():
    zambia = _count("lusakatimes", "2026-08-14", {"Chanda Mwale": 3, "Bwalya Phiri": 2}, "Zambie", COUNTED)
    madagascar = _count("midi", "2026-08-20", {"Hery Rakoto": 3, "Solo Andria": 2}, "Madagascar", RUNOFF)
    assert stories_of([zambia, madagascar]).story(zambia) is None  # one body's name, two countries: two stories
    # the same two briefings about one country are one story
    same = _count("midi", "2026-08-20", {"Hery Rakoto": 3, "Solo Andria": 2}, "Zambie", RUNOFF)
    stories = stories_of([zambia, same])
    assert stories.story(zambia) is not None and stories.story(zambia) is stories.story(same)
    # and a person in common (an observer on a mission) still links two countries' briefings
    visit = _count("midi", "2026-08-20", {"Hery Rakoto": 3, "Chanda Mwale": 2}, "Madagascar", RUNOFF, "Union africaine")
    stories = stories_of([zambia, visit])
    assert stories.story(zambia) is not None and stories.story(zambia) is stories.story(visit)

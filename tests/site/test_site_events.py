"""One agenda row per real event: announcements of the same event join, others stay apart."""

from __future__ import annotations

import datetime as dt

from generator.model import Briefing, DatedEvent, Source
from generator.site.agenda import agenda_items, item_table
from generator.site.catalog import Entry
from generator.site.events import merge_events
from generator.site.ics import ics_bytes, item_uid


def briefing(title: str, day: str, *events: tuple[str, str, str, str]) -> Entry:
    upcoming = [
        DatedEvent(date, precision, text, event, f"{text} : {event}.") for date, precision, text, event in events
    ]
    b = Briefing(
        title=title,
        date=day,
        date_source="metadata",
        lang="fr",
        source=Source(f"seeds/{day}.txt", "0" * 64),
        upcoming=upcoming,
    )
    return Entry(f"briefings/{day}-{len(title)}.md", None, b)  # type: ignore[arg-type]


SUMMIT = ("2025-07", "month", "en juillet", "sommet de l'Alliance atlantique à La Haye")
FIRST = briefing(
    "Les alliés préparent La Haye", "2025-05-02", SUMMIT, ("2025-05-20", "day", "le 20 mai", "Conseil des ministres")
)
SECOND = briefing(
    "Défense : le sommet de juillet", "2025-05-09", ("2025-07", "month", "en juillet", "sommet de l'Alliance à La Haye")
)
OTHER = briefing("Culture", "2025-05-10", ("2025-07", "month", "en juillet", "festival d'Avignon"))
TWICE = briefing(
    "Conférence de presse le 20 mai",
    "2025-05-11",
    ("2025-05-20", "day", "le 20 mai", ""),
    ("2025-05-20", "day", "mardi 20 mai", "conférence de presse du gouvernement"),
)


def test_announcements_of_one_event_make_one_row_listing_every_source():
    rows = merge_events(agenda_items([FIRST, SECOND, OTHER]))
    july = [r for r in rows if r.event.date == "2025-07"]
    assert len(july) == 2  # the summit, and the festival apart
    summit = next(r for r in july if "sommet" in r.event.event)
    assert [e.briefing.title for e in summit.briefings] == [FIRST.briefing.title, SECOND.briefing.title]
    assert summit.event.event == "sommet de l'Alliance atlantique à La Haye"  # the most informative wording


def test_the_same_date_twice_in_one_briefing_is_one_row_and_other_events_that_day_stay_apart():
    rows = merge_events(agenda_items([FIRST, TWICE]))
    may = [r for r in rows if r.event.date == "2025-05-20"]
    assert sorted(r.event.event for r in may) == ["Conseil des ministres", "conférence de presse du gouvernement"]


def test_a_row_keeps_its_uid_when_a_source_joins_and_its_sequence_grows():
    alone = next(r for r in merge_events(agenda_items([FIRST])) if r.event.date == "2025-07")
    joined = next(r for r in merge_events(agenda_items([SECOND, FIRST])) if r.event.date == "2025-07")
    assert item_uid(alone) == item_uid(joined)
    calendar = ics_bytes(merge_events(agenda_items([FIRST, SECOND])), {}, "Agenda", dt.date(2025, 5, 12)).decode()
    assert calendar.count("BEGIN:VEVENT") == 2 and "SEQUENCE:1" in calendar


def test_the_agenda_row_links_every_briefing_and_counts_them():
    [row] = [r for r in merge_events(agenda_items([FIRST, SECOND])) if r.event.date == "2025-07"]
    html = item_table([row])(lambda uri: uri)
    assert FIRST.src_uri in html and SECOND.src_uri in html and "(2 sources)" in html


def test_an_inferred_date_lets_into_the_agenda_only_the_dates_that_state_their_month_or_year():
    from dataclasses import replace

    inferred = replace(
        briefing(
            "Grève",
            "2025-05-02",
            ("2025-05-07", "day", "mercredi", "grève des contrôleurs"),
            ("2025-05-15", "day", "le 15 mai", "manifestation nationale"),
            ("2026", "year", "en 2026", "réforme des retraites"),
        ).briefing,
        date_source="inferred",
    )
    entry = Entry("briefings/greve.md", None, inferred)  # type: ignore[arg-type]
    assert [i.event.text for i in agenda_items([entry])] == ["le 15 mai", "en 2026"]
    confirmed = Entry("briefings/greve.md", None, replace(inferred, date_source="metadata"))  # type: ignore[arg-type]
    assert [i.event.text for i in agenda_items([confirmed])] == ["mercredi", "le 15 mai", "en 2026"]


def announcing(title: str, day: str, people: list[str], places: list[str], *events: tuple[str, str, str, str, str]):
    """A briefing by the given people and places, with its events as (date, precision, text, event, sentence)."""
    from generator.model import Participant

    b = Briefing(
        title=title,
        date=day,
        date_source="metadata",
        lang="fr",
        source=Source(f"seeds/{title}.txt", "0" * 64, outlet=title.split()[0]),
        participants=[Participant(p, "person", None, [], 2) for p in people],
        places=places,
        upcoming=[DatedEvent(*event) for event in events],
    )
    return Entry(f"briefings/{day}-{title}.md", None, b)  # type: ignore[arg-type]


VISIT = "visite d'État de Charles III en France"
MARCH = announcing(
    "Figaro",
    "2023-03-10",
    ["Charles III", "Emmanuel Macron"],
    ["Paris"],
    (
        "2023-03-26/2023-03-29",
        "day",
        "du 26 au 29 mars",
        VISIT,
        "Emmanuel Macron recevra Charles III du 26 au 29 mars.",
    ),
)
SEPTEMBER = announcing(
    "Parisien",
    "2023-09-05",
    ["Charles III"],
    ["Bordeaux"],
    (
        "2023-09-20/2023-09-22",
        "day",
        "du 20 au 22 septembre",
        VISIT,
        "La visite de Charles III, reportée en mars, aura lieu du 20 au 22 septembre.",
    ),
)


def test_a_postponed_event_is_one_row_at_its_new_date_that_shows_both_dates_and_sources():
    [row] = merge_events(agenda_items([MARCH, SEPTEMBER]))
    assert row.span.start == dt.date(2023, 9, 20)  # the newest announcement's date
    assert [(span.start, [e.briefing.title for e in entries]) for span, entries in row.dates] == [
        (dt.date(2023, 9, 20), ["Parisien"]),
        (dt.date(2023, 3, 26), ["Figaro"]),
    ]
    html = item_table([row])(lambda uri: uri)
    assert "Dates divergentes" in html and MARCH.src_uri in html and SEPTEMBER.src_uri in html
    assert "mercredi 20 – vendredi 22 septembre 2023" in html and "dimanche 26 – mercredi 29 mars 2023" in html


def test_a_postponed_event_keeps_its_calendar_uid_and_moves_in_the_calendar():
    [before] = merge_events(agenda_items([MARCH]))
    [after] = merge_events(agenda_items([MARCH, SEPTEMBER]))
    assert item_uid(before) == item_uid(after)
    calendar = ics_bytes([after], {}, "Agenda", dt.date(2023, 9, 6)).decode()
    assert calendar.count("BEGIN:VEVENT") == 1 and "DTSTART;VALUE=DATE:20230920" in calendar
    assert "SEQUENCE:1" in calendar and "Dates divergentes" in calendar


def test_two_sources_that_give_one_coming_event_different_dates_are_a_conflict():
    summit = "sommet pour la paix en Ukraine"
    one = announcing(
        "Temps",
        "2024-04-10",
        ["Viola Amherd"],
        ["Bürgenstock"],
        ("2024-06-15/2024-06-16", "day", "les 15 et 16 juin", summit, "Viola Amherd : les 15 et 16 juin."),
    )
    other = announcing(
        "Swissinfo",
        "2024-04-10",
        ["Viola Amherd"],
        ["Bürgenstock"],
        (
            "2024-06-16/2024-06-17",
            "day",
            "June 16-17",
            "Ukraine peace summit",
            "The summit, Viola Amherd said, is on June 16-17.",
        ),
    )
    [row] = merge_events(agenda_items([one, other]))
    assert len(row.dates) == 2


def test_a_weekly_meeting_announced_each_week_is_many_events():
    first = announcing(
        "Echos",
        "2023-01-10",
        ["Élisabeth Borne"],
        [],
        ("2023-01-11", "day", "mercredi", "Conseil des ministres", "Élisabeth Borne, mercredi."),
    )
    second = announcing(
        "Monde",
        "2023-01-23",
        ["Élisabeth Borne"],
        [],
        ("2023-01-25", "day", "mercredi", "Conseil des ministres", "Élisabeth Borne, mercredi."),
    )
    rows = merge_events(agenda_items([first, second]))
    assert len(rows) == 2 and not any(r.dates for r in rows)


def test_different_dates_without_a_participant_or_place_in_common_are_two_events():
    one = announcing(
        "A",
        "2024-05-02",
        ["Anne Martin"],
        [],
        ("2024-06-10", "day", "le 10 juin", "réunion des ministres de l'Énergie", "Anne Martin, le 10 juin."),
    )
    two = announcing(
        "B",
        "2024-05-03",
        ["Paul Dubois"],
        [],
        ("2024-06-17", "day", "le 17 juin", "réunion des ministres de l'Énergie", "Paul Dubois, le 17 juin."),
    )
    assert len(merge_events(agenda_items([one, two]))) == 2


def test_one_briefing_giving_two_dates_for_one_phrase_tells_of_two_events():
    both = announcing(
        "Vote",
        "2024-06-10",
        ["Gabriel Attal"],
        ["Paris"],
        ("2024-06-30", "day", "le 30 juin", "tour des élections législatives", "Gabriel Attal : le 30 juin."),
        ("2024-07-07", "day", "le 7 juillet", "tour des élections législatives", "Gabriel Attal : le 7 juillet."),
    )
    assert len(merge_events(agenda_items([both]))) == 2


def test_a_date_made_more_precise_joins_and_the_row_shows_the_precise_date():
    vague = announcing(
        "Monde",
        "2024-04-02",
        ["Jens Stoltenberg"],
        ["Washington"],
        ("2024-07", "month", "en juillet", "sommet de l'Otan à Washington", "En juillet."),
    )
    precise = announcing(
        "Reuters",
        "2024-06-20",
        ["Jens Stoltenberg"],
        ["Washington"],
        ("2024-07-09/2024-07-11", "day", "July 9-11", "NATO summit in Washington", "July 9-11."),
        ("2024-07-09", "day", "July 9", "NATO summit opens in Washington", "On July 9."),
    )
    [row] = merge_events(agenda_items([vague, precise]))
    assert (row.span.start, row.span.end) == (dt.date(2024, 7, 9), dt.date(2024, 7, 11)) and not row.dates
    assert item_uid(row) == item_uid(merge_events(agenda_items([vague]))[0])  # the first announcement's UID


def test_a_part_of_a_longer_event_is_its_own_row():
    visit = announcing(
        "Guardian",
        "2023-09-19",
        ["Charles III"],
        ["Paris"],
        ("2023-09-20/2023-09-22", "day", "from Wednesday", "state visit of Charles III to France", "x"),
        ("2023-09-21", "day", "Thursday", "Charles III addresses the French Senate", "y"),
    )
    assert len(merge_events(agenda_items([visit]))) == 2


def _said(lang: str, title: str, day: str, event: tuple[str, str, str, str]) -> Entry:
    from dataclasses import replace

    entry = briefing(title, day, event)
    return replace(entry, briefing=replace(entry.briefing, lang=lang))


def test_an_act_at_an_event_meets_the_event_by_the_words_after_at():
    french = _said(
        "fr",
        "Meloni à Rio",
        "2024-11-15",
        ("2024-11-18", "day", "lundi", "intervention de Giorgia Meloni au sommet du G20 à Rio"),
    )
    english = _said(
        "en", "G20 in Rio", "2024-11-16", ("2024-11-18", "day", "Monday", "G20 leaders' summit on global hunger in Rio")
    )
    rows = merge_events(agenda_items([french, english]))
    assert len(rows) == 1 and len(rows[0].briefings) == 2  # fmt: skip


def test_an_act_at_a_one_word_place_does_not_meet_everything_else_there_that_day():
    speech = _said("fr", "Discours", "2024-03-01", ("2024-03-05", "day", "mardi", "discours du roi au Sénat"))
    vote = _said("fr", "Vote", "2024-03-02", ("2024-03-05", "day", "mardi", "vote solennel au Sénat"))
    talk = _said("en", "Talk", "2024-03-02", ("2024-03-05", "day", "Tuesday", "press conference at the NATO summit"))
    other = _said("en", "Summit", "2024-03-03", ("2024-03-05", "day", "Tuesday", "European Council summit"))
    assert len(merge_events(agenda_items([speech, vote]))) == 2
    assert len(merge_events(agenda_items([talk, other]))) == 2


def test_one_election_said_in_french_and_english_words_is_one_row_and_another_that_day_is_not():
    # The event-phrase table (generator/lang/equivalents.yml): "runoff" reads "second tour", "general
    # election" and "snap election" read as the French elections; a different election stays its own row.
    runoff_en = _said("en", "Runoff", "2022-10-03", ("2022-10-30", "day", "October 30", "Brazil's presidential runoff"))
    runoff_fr = _said(
        "fr",
        "Second tour",
        "2022-10-04",
        ("2022-10-30", "day", "le 30 octobre", "second tour de l'élection présidentielle"),
    )
    assert len(merge_events(agenda_items([runoff_en, runoff_fr]))) == 1
    snap_en = _said("en", "Snap", "2024-06-10", ("2024-06-30", "day", "June 30", "snap parliamentary election"))
    snap_fr = _said(
        "fr", "Dissolution", "2024-06-10", ("2024-06-30", "day", "le 30 juin", "élections législatives anticipées")
    )
    assert len(merge_events(agenda_items([snap_en, snap_fr]))) == 1
    general = _said("en", "Canada", "2025-03-24", ("2025-04-28", "day", "April 28", "Canadian general election"))
    legislative = _said("fr", "Canada", "2025-03-24", ("2025-04-28", "day", "le 28 avril", "législatives au Canada"))
    assert len(merge_events(agenda_items([general, legislative]))) == 1
    other = _said(
        "fr", "Autre", "2022-10-05", ("2022-10-30", "day", "le 30 octobre", "élections municipales à Lisbonne")
    )
    assert len(merge_events(agenda_items([runoff_en, other]))) == 2


def test_a_legislative_election_said_by_its_chamber_or_as_fresh_polls_is_one_row():
    # "House of Representatives elections", "general polls" and "fresh elections" (fresh: which one of a series,
    # like "new") are the legislative elections of that day; a presidential election that day stays apart.
    chamber = _said("en", "Chamber", "2027-01-10", ("2027-04-18", "day", "April 18", "National Assembly elections"))
    polls = _said("en", "Polls", "2027-01-12", ("2027-04-18", "day", "April 18", "general polls in Malawi"))
    french = _said("fr", "Vote", "2027-01-14", ("2027-04-18", "day", "le 18 avril", "élections législatives"))
    fresh = _said("en", "Fresh", "2027-01-15", ("2027-04-18", "day", "April 18", "fresh elections"))
    assert len(merge_events(agenda_items([chamber, polls, french, fresh]))) == 1
    president = _said("en", "Head", "2027-01-16", ("2027-04-18", "day", "April 18", "presidential polls"))
    assert len(merge_events(agenda_items([chamber, president]))) == 2


def test_a_government_said_as_its_cabinet_or_its_ministers_is_one_row_and_a_minister_is_not_it():
    # "the cabinet", "the ministers" (plural) name the government as a body; one minister is a person.
    french = _said("fr", "Équipe", "2027-02-01", ("2027-02-04", "day", "jeudi", "présentation du gouvernement Rossi"))
    ministers = _said("en", "Team", "2027-02-02", ("2027-02-04", "day", "Thursday", "Rossi presents his ministers"))
    cabinet = _said("en", "Cabinet", "2027-02-03", ("2027-02-04", "day", "Thursday", "Rossi unveils his cabinet"))
    assert len(merge_events(agenda_items([ministers, french]))) == 1
    assert len(merge_events(agenda_items([cabinet, french]))) == 1
    one = _said("en", "Finance", "2027-02-03", ("2027-02-04", "day", "Thursday", "Rossi presents his finance minister"))
    assert len(merge_events(agenda_items([one, french]))) == 2


def test_an_event_word_table_joins_a_meeting_said_in_two_languages():
    cabinet = _said("en", "Cabinet", "2025-01-03", ("2025-01-08", "day", "Wednesday", "cabinet meeting"))
    conseil = _said("fr", "Conseil", "2025-01-03", ("2025-01-08", "day", "mercredi", "Conseil des ministres"))
    press = _said("fr", "Presse", "2025-01-03", ("2025-01-08", "day", "mercredi", "conférence de presse du ministre"))
    assert len(merge_events(agenda_items([cabinet, conseil]))) == 1
    assert len(merge_events(agenda_items([cabinet, press]))) == 2


def test_the_start_of_an_event_in_two_languages_is_one_row_and_its_end_another():
    start = briefing("Synode", "2024-09-02", ("2024-10-02", "day", "le 2 octobre", "ouverture du synode des évêques"))
    opening = briefing("Synod", "2024-09-03", ("2024-10-02", "day", "October 2", "opening of the bishops' synod"))
    closing = briefing("Fin", "2024-09-04", ("2024-10-02", "day", "le 2 octobre", "clôture du synode des évêques"))
    rows = merge_events(agenda_items([start, opening, closing]))
    assert sorted(len(r.briefings) for r in rows) == [1, 2]  # the opening twice; the closing apart


def test_a_sentence_that_names_no_one_stands_for_its_articles_main_participant():
    def article(title: str, day: str, people: list[tuple[str, int]], event: tuple[str, str, str, str, str]):
        from generator.model import Participant

        entry = announcing(title, day, [], [], event)
        entry.briefing.participants = [Participant(n, "person", None, [], m) for n, m in people]
        return entry

    vague = article(
        "NOS",
        "2023-07-08",
        [("Mark Rutte", 5), ("Sigrid Kaag", 1)],
        ("2023-12", "month", "en décembre", "élections anticipées", "Élections en décembre."),
    )
    precise = article(
        "Volkskrant",
        "2023-07-14",
        [("Mark Rutte", 3)],
        ("2023-11-22", "day", "le 22 novembre", "élections anticipées", "Le scrutin est fixé au 22 novembre."),
    )
    [row] = merge_events(agenda_items([vague, precise]))
    assert len(row.dates) == 2  # shown as a conflict, not two rows
    other = article(
        "Soir",
        "2023-07-14",
        [("Alexander De Croo", 3)],
        ("2023-11-22", "day", "le 22 novembre", "élections anticipées", "Le scrutin est fixé au 22 novembre."),
    )
    assert len(merge_events(agenda_items([vague, other]))) == 2  # another country's leader: two events
    tied = article(
        "Trouw",
        "2023-07-14",
        [("Mark Rutte", 2), ("Sigrid Kaag", 2)],
        ("2023-11-22", "day", "le 22 novembre", "élections anticipées", "Le scrutin est fixé au 22 novembre."),
    )
    assert len(merge_events(agenda_items([vague, tied]))) == 2  # no one main participant: nothing to anchor on


POLIO = announcing(
    "Reuters",
    "2025-02-10",
    ["Amina Haroun"],
    ["Chad", "N'Djamena"],
    (
        "2025-03-01",
        "day",
        "March 1",
        "launch of the polio vaccination campaign in Chad",
        "Chad will launch its polio vaccination campaign on March 1, Amina Haroun said.",
    ),
)


def moved(places: list[str], sentence: str) -> Entry:
    return announcing(
        "TV5",
        "2025-03-04",
        ["Mahamat Saleh"],
        places,
        (
            "2025-03-08",
            "day",
            "samedi 8 mars",
            "lancement de la campagne de vaccination contre la polio à Moundou",
            sentence,
        ),
    )


def test_an_event_whose_earlier_date_the_newer_sentence_recalls_is_a_conflict():
    later = moved(
        ["Tchad", "Moundou"], "La campagne, initialement prévue le 1er mars, débutera samedi 8 mars à Moundou."
    )
    [row] = merge_events(agenda_items([POLIO, later]))
    assert [span.start for span, _ in row.dates] == [dt.date(2025, 3, 8), dt.date(2025, 3, 1)]
    english = moved(
        ["Tchad", "Moundou"], "The campaign, originally scheduled for March 1, starts on March 8 in Moundou."
    )
    assert len(merge_events(agenda_items([POLIO, english]))) == 1
    silent = moved(["Tchad", "Moundou"], "La campagne débutera samedi 8 mars à Moundou.")
    assert len(merge_events(agenda_items([POLIO, silent]))) == 2  # written after the first date, no word of a move


def test_a_name_in_the_shorter_phrase_must_be_one_the_other_article_names():
    # "in Chad" and "à Moundou" are two names, not two words that disagree: the French article names Chad first.
    elsewhere = moved(["Moundou"], "La campagne, initialement prévue le 1er mars, débutera samedi 8 mars à Moundou.")
    assert len(merge_events(agenda_items([POLIO, elsewhere]))) == 2  # an article that never names Chad
    germany = announcing(
        "Times",
        "2023-03-24",
        ["Charles III"],
        ["Germany", "Berlin"],
        ("2023-03-29", "day", "Wednesday", "state visit to Germany", "Charles III's state visit goes ahead."),
    )
    assert len(merge_events(agenda_items([germany, SEPTEMBER]))) == 2  # a visit elsewhere, by the same king


def test_two_events_of_one_briefing_on_one_day_with_other_actors_and_objects_are_two_rows():
    both = briefing(
        "Acier et cognac",
        "2024-10-04",
        ("2024-10-07", "day", "lundi", "entrée en vigueur des quotas européens sur l'acier chinois"),
        ("2024-10-07", "day", "dès lundi", "droits de douane chinois sur le cognac européen"),
    )
    assert len(merge_events(agenda_items([both]))) == 2  # "chinois", "européen" in common: not one event
    headline = briefing(
        "Sommet UE-Chine",
        "2024-10-05",
        ("2024-10-21", "day", "lundi 21", "sommet UE-Chine"),
        ("2024-10-21", "day", "le 21 octobre", "sommet UE-Chine à Pékin sur les véhicules électriques"),
    )
    assert len(merge_events(agenda_items([headline]))) == 1  # a headline and its body: one event


def test_a_day_of_a_two_day_meeting_is_compared_as_its_date():
    meeting = briefing(
        "Taux", "2024-03-12", ("2024-03-18/2024-03-19", "day", "les 18 et 19 mars", "réunion de la Banque du Japon")
    )
    decision = briefing(
        "Yen", "2024-03-14", ("2024-03-19", "day", "mardi", "décision de la Banque du Japon sur ses taux")
    )
    assert len(merge_events(agenda_items([meeting, decision]))) == 1
    longer = briefing(
        "Taux", "2024-03-12", ("2024-03-17/2024-03-19", "day", "du 17 au 19 mars", "réunion de la Banque du Japon")
    )
    assert len(merge_events(agenda_items([longer, decision]))) == 2  # a day of a longer event may be another event


def test_any_phrase_of_a_row_may_find_the_other_date_and_a_suspension_is_a_move():
    def tax(source: str, day: str, date: str, event: str, sentence: str) -> Entry:
        return announcing(source, day, ["Maroš Šefčovič"], ["Bruxelles"], (date, "day", date, event, sentence))

    said = "Maroš Šefčovič l'a confirmé à Bruxelles."
    first = tax("Echos", "2025-01-10", "2025-02-01", "taxe carbone sur l'acier importé d'Asie et d'Afrique", said)
    second = tax("Tribune", "2025-01-12", "2025-02-01", "entrée en vigueur de la taxe carbone sur l'acier", said)
    suspended = tax(
        "Monde", "2025-02-01", "2025-03-01", "entrée en vigueur de la taxe carbone aux frontières sur l'acier",
        "La taxe, qui devait s'appliquer samedi, est suspendue jusqu'au 1er mars, a dit Maroš Šefčovič à Bruxelles.",
    )  # fmt: skip
    repeated = tax(
        "Figaro", "2025-02-27", "2025-03-01", "entrée en vigueur de la taxe carbone aux frontières sur l'acier", said
    )
    [row] = merge_events(agenda_items([first, second, suspended, repeated]))
    assert [span.start for span, _ in row.dates] == [dt.date(2025, 3, 1), dt.date(2025, 2, 1)]
    silent = tax(
        "Monde", "2025-02-01", "2025-03-01", "entrée en vigueur de la taxe carbone aux frontières sur l'acier", said
    )
    assert len(merge_events(agenda_items([first, second, silent, repeated]))) == 2  # no word of a move


def test_a_short_word_that_says_the_end_counts_as_the_end():
    french = briefing("G20", "2024-11-10", ("2024-11-19", "day", "le 19 novembre", "clôture du G20"))
    other = briefing("G20 bis", "2024-11-12", ("2024-11-19", "day", "mardi", "fin des travaux du G20"))
    assert len(merge_events(agenda_items([french, other]))) == 1  # "fin" and "clôture": one word


def test_the_start_or_the_end_of_an_event_on_that_edge_of_its_dates_is_that_event():
    festival = briefing(
        "Cannes",
        "2025-04-10",
        ("2025-05-13/2025-05-24", "day", "du 13 au 24 mai", "Festival de Cannes sur la Croisette"),
    )

    def said(day: str, event: str) -> Entry:
        return briefing("Palmarès", "2025-04-12", (day, "day", "ce jour-là", event))

    assert len(merge_events(agenda_items([festival, said("2025-05-24", "fin du Festival de Cannes")]))) == 1
    assert len(merge_events(agenda_items([festival, said("2025-05-13", "début du Festival de Cannes")]))) == 1
    assert len(merge_events(agenda_items([festival, said("2025-05-24", "début du Festival de Cannes")]))) == 2
    assert len(merge_events(agenda_items([festival, said("2025-05-20", "fin du Festival de Cannes")]))) == 2


def test_a_sentence_that_names_no_one_stands_for_the_place_its_article_names_first():
    def opening(first_place: str) -> Entry:
        return announcing(
            "Monde",
            "2025-11-10",
            [],
            [first_place, "Brésil"],
            ("2025-11-21", "day", "21 novembre", "clôture de la COP30", "La conférence doit s'achever le 21 novembre."),
        )

    def overtime(sentence: str, written: str = "2025-11-21") -> Entry:
        return announcing(
            "Reuters",
            written,
            ["André Corrêa do Lago"],
            ["Belém", "Brazil"],
            ("2025-11-22", "day", "Saturday", "close of the COP30 climate talks", sentence),
        )

    late = overtime("Talks will run into Saturday, a day after the summit was due to close.")
    [row] = merge_events(agenda_items([opening("Belém"), late]))
    assert [span.start for span, _ in row.dates] == [dt.date(2025, 11, 22), dt.date(2025, 11, 21)]
    # Written once the first date has passed, no word of a move (written on that very day, it would be one: the
    # day's event said to be a day away, see the next tests).
    silent = overtime("Talks will run into Saturday.", "2025-11-22")
    assert len(merge_events(agenda_items([opening("Belém"), silent]))) == 2
    assert len(merge_events(agenda_items([opening("Dubaï"), late]))) == 2  # an article about another place


def test_what_an_event_does_is_one_word_in_french_and_english():
    leaves = briefing(
        "Budapest quitte la CPI", "2025-04-03", ("2026-06-02", "day", "le 2 juin", "sortie de la Hongrie de la CPI")
    )
    english = briefing("Hungary and the ICC", "2025-04-04", ("2026-06-02", "day", "June 2", "Hungary leaves the ICC"))
    tax = briefing("Taxe carbone", "2025-04-05", ("2026-01-01", "day", "le 1er janvier", "hausse de la taxe carbone"))
    rise = briefing("Carbon tax", "2025-04-06", ("2026-01-01", "day", "January 1", "carbon tax increase"))
    rows = merge_events(agenda_items([leaves, english, tax, rise]))
    assert sorted(len(r.briefings) for r in rows) == [2, 2]


def test_meals_trade_troops_and_a_deadline_are_one_row_in_french_and_english():
    lunch = briefing(
        "Déjeuner", "2025-03-03", ("2025-03-07", "day", "vendredi", "déjeuner entre Keir Starmer et Friedrich Merz")
    )
    english = briefing(
        "Lunch", "2025-03-04", ("2025-03-07", "day", "Friday", "Starmer's lunch with Chancellor Friedrich Merz")
    )
    fin = briefing(
        "Mali", "2025-03-05", ("2025-12-31", "day", "31 décembre", "fin du retrait des troupes françaises du Mali")
    )
    deadline = briefing(
        "Mali", "2025-03-06", ("2025-12-31", "day", "December 31", "deadline for French troops to leave Mali")
    )
    debut = briefing(
        "Mali", "2025-03-07", ("2025-12-31", "day", "31 décembre", "début du retrait des troupes françaises du Mali")
    )
    rows = merge_events(agenda_items([lunch, english, fin, deadline, debut]))
    assert sorted(len(r.briefings) for r in rows) == [1, 2, 2]  # the start of the withdrawal is another row


def test_a_round_of_trade_talks_and_a_protest_movement_are_one_row_in_french_and_english():
    cycle = briefing(
        "Mercosur",
        "2025-03-03",
        ("2025-04-14", "day", "14 avril", "cycle de négociations commerciales avec le Mercosur"),
    )
    english = briefing(
        "Mercosur", "2025-03-04", ("2025-04-14", "day", "April 14", "round of trade negotiations with Mercosur")
    )
    vests = briefing("Paris", "2025-03-05", ("2025-03-08", "day", "samedi", "mobilisation des gilets jaunes à Paris"))
    protest = briefing("Paris", "2025-03-06", ("2025-03-08", "day", "Saturday", "yellow vest demonstration in Paris"))
    rows = merge_events(agenda_items([cycle, english, vests, protest]))
    assert sorted(len(r.briefings) for r in rows) == [2, 2]


def test_the_next_of_a_series_and_a_meeting_of_army_chiefs_moved_are_a_conflict_in_two_languages():
    first = announcing(
        "Reuters",
        "2024-02-01",
        ["Ursula von der Leyen"],
        ["Bruxelles"],
        (
            "2024-02-20",
            "day",
            "Feb. 20",
            "next round of EU-Mercosur trade talks",
            "The next round of trade talks is set for Feb. 20.",
        ),
    )
    later = announcing(
        "Monde",
        "2024-02-10",
        ["Ursula von der Leyen"],
        ["Bruxelles"],
        (
            "2024-03",
            "month",
            "en mars",
            "cycle de négociations commerciales entre l'UE et le Mercosur",
            "Le cycle de négociations commerciales entre l'UE et le Mercosur, qui devait s'ouvrir le 20 février, "
            "aura lieu en mars.",
        ),
    )
    [row] = merge_events(agenda_items([first, later]))
    assert len(row.dates) == 2
    chiefs = announcing(
        "RFI",
        "2024-05-02",
        ["Oumar Diallo"],
        ["Dakar"],
        (
            "2024-05-04",
            "day",
            "samedi",
            "réunion des chefs d'état-major à Dakar",
            "Les chefs d'état-major se réunissent samedi à Dakar.",
        ),
    )
    army = announcing(
        "AP",
        "2024-05-07",
        ["Oumar Diallo"],
        ["Dakar"],
        (
            "2024-05-09",
            "day",
            "Thursday",
            "army chiefs' meeting in Dakar",
            "The army chiefs meet in Dakar on Thursday, after a meeting set for Saturday was postponed.",
        ),
    )
    [row] = merge_events(agenda_items([chiefs, army]))
    assert len(row.dates) == 2


def test_the_expiry_of_an_ultimatum_and_its_deadline_are_one_row():
    fr = briefing(
        "Ultimatum", "2024-06-01", ("2024-06-09", "day", "dimanche", "expiration de l'ultimatum de l'Union africaine")
    )
    en = briefing(
        "Ultimatum", "2024-06-02", ("2024-06-09", "day", "Sunday", "deadline of the African Union's ultimatum")
    )
    assert len(merge_events(agenda_items([fr, en]))) == 1


def test_taking_office_a_swearing_in_and_an_investiture_are_one_event_also_after_an_elided_article():
    day = ("2027-05-14", "day")
    rows = merge_events(
        agenda_items(
            [
                briefing("Passation", "2027-05-02", (*day, "le 14 mai", "l'investiture de la présidente élue")),
                briefing("Handover", "2027-05-03", (*day, "May 14", "the president-elect takes office")),
                briefing("Presse", "2027-05-04", (*day, "le 14 mai", "conférence de presse de l'élue")),
            ]
        )
    )
    assert sorted(len(r.briefings) for r in rows) == [1, 2]  # the press conference is another event that day


def test_joining_members_an_accession_a_closure_and_first_measures_are_one_row_in_french_and_english():
    # The event-word table: "membre"/"member", "adhésion"/"accession", "fermeture"/"closure", "avec"/"with",
    # "mesure"/"measure", and "Premier ministre" read as "prime minister" (not "first minister"): the month
    # made precise by a day, so every word of the shorter phrase must be in the other.
    pairs = [
        ("2026-07", "month", "en juillet", "adhésion de la Moldavie au Conseil de l'Europe", "fr"),
        ("2026-07-01", "day", "July 1", "Moldova's accession to the Council of Europe", "en"),
        ("2026-03-15", "day", "le 15 mars", "admission des nouveaux membres de l'OMC", "fr"),
        ("2026-03-15", "day", "March 15", "admission of new WTO members", "en"),
        ("2026-05", "month", "en mai", "fin de la fermeture de la frontière avec la Biélorussie", "fr"),
        ("2026-05-02", "day", "May 2", "end of the border closure with Belarus", "en"),
        ("2026-09", "month", "en septembre", "premières mesures économiques du Premier ministre", "fr"),
        ("2026-09-08", "day", "Tuesday", "the prime minister's first economic measures", "en"),
    ]
    entries = [_said(lang, f"Page {n}", f"2026-01-{n + 10:02d}", event) for n, (*event, lang) in enumerate(pairs)]
    rows = merge_events(agenda_items(entries))
    assert sorted(len(r.briefings) for r in rows) == [2, 2, 2, 2]


def test_a_board_meeting_said_with_a_currency_sign_is_the_month_made_precise():
    # "conseil d'administration" reads as "board", "$" as "dollars", "versement" as "disbursement".
    month = _said(
        "fr",
        "Banque mondiale",
        "2026-04-02",
        (
            "2026-04",
            "month",
            "en avril",
            "réunion du conseil d'administration sur un versement de 500 millions de dollars",
        ),  # noqa: E501
    )
    day = _said(
        "en",
        "World Bank",
        "2026-04-10",
        ("2026-04-21", "day", "April 21", "World Bank board meeting on a $500 million disbursement to Kenya"),
    )
    [row] = merge_events(agenda_items([month, day]))
    assert row.span.start == dt.date(2026, 4, 21) and len(row.briefings) == 2


def _with_facts(entry: Entry, *facts: str) -> Entry:
    from dataclasses import replace

    from generator.model import KeyFact

    return replace(entry, briefing=replace(entry.briefing, key_facts=[KeyFact(text) for text in facts]))


def test_a_move_that_a_later_briefing_tells_in_another_sentence_is_a_conflict():
    # The newer date is announced after the older one has passed and its sentence says nothing of a move; a key
    # fact of a briefing written since says it (two words of the event with "put off"): a conflict.
    first = announcing(
        "Orient",
        "2025-02-01",
        ["Léon XIV"],
        ["Liban"],
        ("2025-03-10", "day", "le 10 mars", "visite de Léon XIV au Liban", "Léon XIV se rendra au Liban le 10 mars."),
    )
    later = _with_facts(
        announcing(
            "Nahar",
            "2025-03-20",
            ["Léon XIV"],
            ["Liban"],
            ("2025-04-20", "day", "le 20 avril", "visite de Léon XIV au Liban", "Léon XIV ira au Liban le 20 avril."),
        ),
        "La visite de Léon XIV au Liban avait été reportée pour raisons de santé.",
    )
    [row] = merge_events(agenda_items([first, later]))
    assert len(row.dates) == 2
    # One word of the event in a sentence that says another thing moved is not enough: a weekly meeting stays two.
    weekly = [
        announcing(
            "Echos",
            "2023-01-10",
            ["Élisabeth Borne"],
            [],
            ("2023-01-11", "day", "mercredi", "Conseil des ministres", "Élisabeth Borne, mercredi."),
        ),  # noqa: E501
        _with_facts(
            announcing(
                "Monde",
                "2023-01-23",
                ["Élisabeth Borne"],
                [],
                ("2023-01-25", "day", "mercredi", "Conseil des ministres", "Élisabeth Borne, mercredi."),
            ),  # noqa: E501
            "Le vote des ministres sur la réforme a été reporté.",
        ),
    ]
    rows = merge_events(agenda_items(weekly))
    assert len(rows) == 2 and not any(r.dates for r in rows)


def test_a_move_told_after_the_older_date_has_passed_is_about_another_round_and_joins_nothing():
    # A vote held on 10 March; on 15 March a briefing says "the vote" was put off (the next one); on 20 March the
    # next is set for 2 April. Only a briefing written before the older date, or the newer date's own, tells
    # that the older date moved: the vote held on 10 March stays its own row.
    vote = "vote du Parlement pour élire le président"
    held = announcing(
        "Matin",
        "2025-03-01",
        ["Ana Costa"],
        ["Lisbonne"],
        ("2025-03-10", "day", "le 10 mars", vote, "Ana Costa, le 10 mars."),
    )  # noqa: E501
    told = _with_facts(
        announcing(
            "Soir",
            "2025-03-15",
            ["Ana Costa"],
            ["Lisbonne"],
            ("2025-03-18", "day", "mardi", "grève des dockers", "Mardi."),
        ),  # noqa: E501
        "Le vote du Parlement pour élire le président a été reporté.",
    )
    later = announcing(
        "Jour",
        "2025-03-20",
        ["Ana Costa"],
        ["Lisbonne"],
        ("2025-04-02", "day", "le 2 avril", vote, "Ana Costa, le 2 avril."),
    )  # noqa: E501
    rows = merge_events(agenda_items([held, told, later]))
    assert len(rows) == 3 and not any(r.dates for r in rows)  # the two votes, and the strike


def test_a_participant_the_item_lists_is_named_by_it_though_its_sentence_does_not_say_him():
    # Format 2 lists who takes part in each dated item: the speaker who set the first date is one of the
    # newer item's participants, though its sentence names only the candidate. The dates disagree: a conflict.
    phrase = "vote du Sénat sur la réforme des retraites"
    first = announcing(
        "Matin",
        "2025-05-01",
        ["Jean Dupont", "Anne Roy"],
        [],
        ("2025-05-05", "day", "le 5 mai", phrase, "Jean Dupont a fixé au 5 mai le vote.", ["Jean Dupont"]),
    )
    later = announcing(
        "Soir",
        "2025-05-03",
        ["Jean Dupont", "Marc Roux"],
        [],
        (
            "2025-05-12",
            "day",
            "le 12 mai",
            phrase,
            "Le texte de Marc Roux sera voté le 12 mai.",
            ["Marc Roux", "Jean Dupont"],
        ),  # noqa: E501
    )
    [row] = merge_events(agenda_items([first, later]))
    assert len(row.dates) == 2
    # Without a participant in common (the item lists only its candidate), two rows.
    alone = announcing(
        "Soir",
        "2025-05-03",
        ["Jean Dupont", "Marc Roux"],
        [],
        ("2025-05-12", "day", "le 12 mai", phrase, "Le texte de Marc Roux sera voté le 12 mai.", ["Marc Roux"]),
    )
    assert len(merge_events(agenda_items([first, alone]))) == 2


def test_the_telling_of_a_plan_is_the_plan_and_a_vote_on_a_one_word_thing_is_not_its_presentation():
    # "présentation", "unveils" (`telling` in site.yml) say the event is the telling of the plan: the month made
    # precise by the day in the other language. With one word left ("budget"), the word stays: a vote is another.
    month = _said("fr", "Climat", "2026-02-02", ("2026-03", "month", "en mars", "présentation du plan climat"))
    day = _said(
        "en", "Climate", "2026-02-20", ("2026-03-18", "day", "March 18", "the government unveils its climate plan")
    )  # noqa: E501
    [row] = merge_events(agenda_items([month, day]))
    assert len(row.briefings) == 2
    shown = _said("fr", "Budget", "2026-09-01", ("2026-09-24", "day", "le 24 septembre", "présentation du budget"))
    voted = _said("fr", "Vote", "2026-09-02", ("2026-09-24", "day", "le 24 septembre", "vote du budget"))
    assert len(merge_events(agenda_items([shown, voted]))) == 2


def test_an_event_said_days_away_on_the_day_first_given_is_a_conflict_but_not_the_next_of_a_series():
    def said(title: str, day: str, date: str, lang: str, phrase: str) -> Entry:
        from dataclasses import replace

        entry = announcing(title, day, ["Marta Ruiz"], ["Madrid"], (date, "day", date, phrase, f"Marta Ruiz, {date}."))
        return replace(entry, briefing=replace(entry.briefing, lang=lang))

    # Written on 3 June, the day first given, for 5 June, in words holding all of the first phrase's: moved.
    first = said("Reuters", "2025-06-02", "2025-06-03", "en", "Marta Ruiz announces the first budget measures")
    moved = said(
        "País",
        "2025-06-03",
        "2025-06-05",
        "fr",
        "Marta Ruiz présente les premières mesures budgétaires du gouvernement",
    )  # noqa: E501
    [row] = merge_events(agenda_items([first, moved]))
    assert len(row.dates) == 2
    # A bare "Conseil des ministres" written the day a bill went to an extra council: the series' next meeting.
    extra = said("Monde", "2025-06-02", "2025-06-03", "fr", "examen du projet de loi en Conseil des ministres")
    next_one = said("Echos", "2025-06-03", "2025-06-05", "fr", "Conseil des ministres")
    assert len(merge_events(agenda_items([extra, next_one]))) == 2
    # Written on the council's day for the one a week later: the next of a weekly series.
    weekly = said("Croix", "2025-06-01", "2025-06-04", "fr", "Conseil des ministres")
    week_on = said("Figaro", "2025-06-04", "2025-06-11", "fr", "Conseil des ministres")
    assert len(merge_events(agenda_items([weekly, week_on]))) == 2


def test_an_end_date_extended_is_a_move():
    # "extended", "prolongé" (the rescheduled table) say an end date moved later, though the first has passed.
    first = announcing(
        "Monde",
        "2026-01-05",
        ["Luc Martin"],
        ["Nouvelle-Calédonie"],
        (
            "2026-01-31",
            "day",
            "31 janvier",
            "fin de l'état d'urgence",
            "Luc Martin : l'état d'urgence jusqu'au 31 janvier.",
        ),  # noqa: E501
    )
    later = announcing(
        "AFP",
        "2026-02-10",
        ["Luc Martin"],
        ["New Caledonia"],
        (
            "2026-03-31",
            "day",
            "March 31",
            "end of the state of emergency",
            "Luc Martin extended the state of emergency until March 31.",
        ),  # noqa: E501
    )
    [row] = merge_events(agenda_items([first, later]))
    assert len(row.dates) == 2


def test_a_month_made_precise_compares_the_names_of_its_phrases_as_entities():
    # "rencontre entre X et Y" late in May and "Y meets X in Lisbon" on 28 May: the words but the names agree
    # ("rencontre"/"meets"), the two phrases name the same people, and "Lisbon" is a place the other article names.
    def month(places: list[str]) -> Entry:
        return announcing(
            "Publico",
            "2026-04-20",
            ["Luís Montenegro", "Friedrich Merz"],
            places,
            ("2026-05", "month", "fin mai", "rencontre entre Friedrich Merz et Luís Montenegro", "Rencontre fin mai."),
        )

    day = announcing(
        "Reuters",
        "2026-05-25",
        ["Luís Montenegro", "Friedrich Merz"],
        ["Lisbon", "Portugal"],
        ("2026-05-28", "day", "Thursday", "Montenegro meets Merz in Lisbon", "Montenegro meets Merz on Thursday."),
    )
    [row] = merge_events(agenda_items([month(["Lisbonne", "Berlin"]), day]))
    assert row.span.start == dt.date(2026, 5, 28) and len(row.briefings) == 2
    # An article that never names Lisbon may announce another meeting of the two: apart.
    assert len(merge_events(agenda_items([month(["Berlin"]), day]))) == 2
    # A day within a range of days is a part of the longer event, even with the same people and place.
    visit = announcing(
        "Publico",
        "2026-04-20",
        ["Friedrich Merz"],
        ["Portugal", "Porto"],
        ("2026-05-27/2026-05-29", "day", "du 27 au 29 mai", "visite de Friedrich Merz au Portugal", "Visite."),
    )
    porto = announcing(
        "Reuters", "2026-05-25", ["Friedrich Merz"], ["Porto", "Portugal"],
        ("2026-05-28", "day", "Thursday", "Merz visits Porto", "Merz visits Porto on Thursday."),
    )  # fmt: skip
    assert len(merge_events(agenda_items([visit, porto]))) == 2


def test_counter_tariffs_are_the_tariffs_and_their_amount_tells_them_from_the_next_tranche():
    # "retaliatory" says the measure answers another: the phrase is the same without it. The amount ("21") tells
    # the first wave from the rest of the same announcement ("72"), and "a 90-day pause" says the date moved.
    first = announcing(
        "Echos",
        "2026-04-10",
        ["Maros Sefcovic"],
        ["Bruxelles"],
        ("2026-04-15", "day", "mardi", "première vague de droits de douane européens sur 21 milliards d'euros de "
         "produits américains", "Maros Sefcovic a confirmé la première vague."),
        ("2026-05-15", "day", "le 15 mai", "droits de douane européens sur les 72 milliards d'euros de produits "
         "restants", "Maros Sefcovic a confirmé la suite."),
    )  # fmt: skip
    later = announcing(
        "Reuters",
        "2026-07-10",
        ["Maros Sefcovic"],
        ["Brussels"],
        ("2026-07-14", "day", "Tuesday", "European retaliatory tariffs on €21 billion of U.S. goods",
         "Sefcovic said the tariffs take effect on Tuesday, at the end of a 90-day pause."),
    )  # fmt: skip
    rows = merge_events(agenda_items([first, later]))
    [moved_row] = [r for r in rows if r.dates]
    assert [span.start for span, _ in moved_row.dates] == [dt.date(2026, 7, 14), dt.date(2026, 4, 15)]
    assert len(rows) == 2  # the 72 billion tranche stays its own row
    # Without a word of the pause, written once the first date has passed: another event.
    silent = announcing(
        "Reuters", "2026-07-10", ["Maros Sefcovic"], ["Brussels"],
        ("2026-07-14", "day", "Tuesday", "European retaliatory tariffs on €21 billion of U.S. goods",
         "Sefcovic said the tariffs take effect on Tuesday."),
    )  # fmt: skip
    assert len(merge_events(agenda_items([first, silent]))) == 3


def test_a_rerun_announced_for_a_year_is_the_first_of_the_days_a_later_briefing_gives_its_rounds():
    # "rerun" says which one of a series (`which_one`), like "new": the rerun of a vote "next year" is that vote,
    # made precise by a later briefing that gives its two rounds; it begins at the first of them, whatever the
    # order of their texts ("le 14 juin" sorts before "le 7 juin").
    year = _said("en", "Voided", "2026-11-20", ("2027", "year", "next year", "rerun of the local elections"))
    rounds = briefing(
        "Municipales : la date est fixée",
        "2027-02-03",
        ("2027-06-14", "day", "le 14 juin", "second tour des élections municipales"),
        ("2027-06-07", "day", "le 7 juin", "premier tour des élections municipales"),
    )
    rows = merge_events(agenda_items([year, rounds]))
    assert len(rows) == 2
    joined = next(r for r in rows if len(r.briefings) == 2)
    assert joined.span.start == dt.date(2027, 6, 7) and joined.event.event == "premier tour des élections municipales"
    # Without "rerun" read as which one, its word is the phrase's own: the year stays its own row.
    other = _said("en", "Court", "2026-11-20", ("2027", "year", "next year", "recount of the local elections"))
    assert len(merge_events(agenda_items([other, rounds]))) == 3


def test_the_start_of_one_event_told_a_day_apart_is_a_conflict_when_the_phrases_name_the_same_people():
    # Two phrases that say the start of an event, a day apart, naming the same person, half their other words in
    # common: one event at two dates, though each has a word the other has not ("corruption", "jury"). Written on
    # the earlier date's very day, the newer source contradicts it.
    def trial(day: str, date: str, phrase: str, people: list[str]) -> Entry:
        return announcing("Source " + day, day, people, ["Lyon"], (date, "day", date, phrase, f"{phrase}, {date}."))

    older = trial("2026-01-20", "2026-03-09", "Nadia Keller's corruption trial opens", ["Nadia Keller"])
    newer = trial(
        "2026-03-09", "2026-03-10", "ouverture du procès de Nadia Keller avec le choix du jury", ["Nadia Keller"]
    )
    [row] = merge_events(agenda_items([older, newer]))
    assert [span.start for span, _ in row.dates] == [dt.date(2026, 3, 10), dt.date(2026, 3, 9)]
    # Another person's trial the next day, a week later, or without a word of its start: apart.
    other = trial(
        "2026-03-09", "2026-03-10", "ouverture du procès de Marc Keller avec le choix du jury", ["Marc Keller"]
    )
    assert len(merge_events(agenda_items([older, other]))) == 2
    later = trial(
        "2026-03-09", "2026-03-16", "ouverture du procès de Nadia Keller avec le choix du jury", ["Nadia Keller"]
    )
    assert len(merge_events(agenda_items([older, later]))) == 2
    hearing = trial(
        "2026-03-09", "2026-03-10", "audience du procès de Nadia Keller sur le choix du jury", ["Nadia Keller"]
    )
    assert len(merge_events(agenda_items([older, hearing]))) == 2


def test_a_hyphenated_name_in_a_phrase_names_its_bearer_not_those_whose_surnames_it_is_made_of():
    # "Keller-Roth" is Nadia Keller-Roth, not also Paul Keller and Eva Roth, whom her article names.
    from generator.site.events import phrase_entities

    entry = announcing(
        "Source",
        "2026-01-20",
        ["Nadia Keller-Roth", "Paul Keller", "Eva Roth"],
        ["Lyon"],
        ("2026-03-09", "day", "lundi", "Keller-Roth's trial opens", "Keller-Roth's trial opens on Monday."),
    )
    entry.briefing.participants[0].aliases.append("Keller-Roth")
    [item] = agenda_items([entry])
    assert phrase_entities(item, lambda kind, name: name) == {"Nadia Keller-Roth"}


def test_a_later_announcement_saying_what_two_rows_of_its_day_say_makes_them_one_row():
    day = ("2026-03-04", "day", "le 4 mars")
    early = briefing("Paix : une invitation", "2026-02-10", (*day, "négociations de paix entre les deux armées"))
    middle = briefing("Sommet à Oslo", "2026-02-20", (*day, "pourparlers à Oslo sous l'égide de la Norvège"))
    late = briefing("Oslo, J-1", "2026-03-03", (*day, "ouverture des négociations de paix à Oslo"))
    [row] = [r for r in merge_events(agenda_items([early, middle, late])) if r.event.date == "2026-03-04"]
    assert len(row.briefings) == 3
    # Without the later one, the two first share too few words: two rows, as before.
    assert len(merge_events(agenda_items([early, middle]))) == 2


def test_an_announcement_never_joins_two_rows_that_one_briefing_gives_apart():
    day = ("2026-10-25", "day", "le 25 octobre")
    early = briefing("Dimanche", "2026-10-01", (*day, "second tour entre les deux candidats arrivés en tête"))
    both = briefing(
        "Deux scrutins dimanche",
        "2026-10-05",
        (*day, "second tour de l'élection du gouverneur de São Paulo"),
        (*day, "second tour de l'élection présidentielle"),
    )
    rows = [r for r in merge_events(agenda_items([early, both])) if r.event.date == "2026-10-25"]
    assert len(rows) == 2  # the governor's and the president's, though the first says what both say


def test_a_move_said_in_the_newer_sentence_joins_a_phrase_in_other_words_when_most_of_them_agree():
    first = announcing(
        "Reuters",
        "2025-05-02",
        ["Ursula von der Leyen"],
        ["Kyiv"],
        (
            "2025-05-12",
            "day",
            "May 12",
            "delivery of a first batch of 40 Leopard tanks to Ukraine",
            "The tanks arrive May 12.",
        ),
    )

    def later(sentence: str, event: str = "livraison du premier lot de 40 chars Leopard à l'Ukraine") -> Entry:
        return announcing(
            "Monde",
            "2025-05-09",
            ["Ursula von der Leyen"],
            ["Kyiv"],
            ("2025-05-19", "day", "le 19 mai", event, sentence),
        )

    delayed = later("Retardée d'une semaine, la livraison des 40 premiers chars Leopard aura lieu le 19 mai.")
    [row] = merge_events(agenda_items([first, delayed]))
    assert [span.start for span, _ in row.dates] == [dt.date(2025, 5, 19), dt.date(2025, 5, 12)]
    silent = later("La livraison des 40 premiers chars Leopard aura lieu le 19 mai.")
    assert len(merge_events(agenda_items([first, silent]))) == 2  # no word of a move: maybe a second batch
    other = later(
        "Retardée d'une semaine, la formation aura lieu le 19 mai.", "formation des équipages de chars à Kyiv"
    )
    assert len(merge_events(agenda_items([first, other]))) == 2  # another thing moved


def test_a_withdrawal_said_with_the_verb_in_one_language_and_the_noun_in_the_other_is_one_row():
    said = briefing("Mali : le retrait", "2025-03-01", ("2025-03-15", "day", "le 15 mars", "retrait de Kidal"))
    told = briefing("Troops to leave", "2025-03-02", ("2025-03-15", "day", "March 15", "the army withdraws from Kidal"))
    other = briefing(
        "Mali : la visite", "2025-03-03", ("2025-03-15", "day", "le 15 mars", "visite du ministre à Kidal")
    )
    rows = [r for r in merge_events(agenda_items([said, told, other])) if r.event.date == "2025-03-15"]
    assert len(rows) == 2  # the withdrawal, announced twice; the visit apart


def _with_party(lang: str, title: str, day: str, party: str, acronym: str, event: tuple[str, str, str, str]) -> Entry:
    """A briefing in `lang` that names a party with its acronym, and announces one event."""
    from generator.model import Participant

    b = Briefing(
        title=title,
        date=day,
        date_source="metadata",
        lang=lang,
        source=Source(f"seeds/{title}.txt", "0" * 64, outlet=title.split()[0]),
        participants=[
            Participant(party, "organization", None, [acronym], 2),
            Participant("Ada Okafor", "person", None, [], 1),
        ],
        places=["Lagos"],
        upcoming=[DatedEvent(*event, f"{event[1]} : {event[3]}.")],
    )
    return Entry(f"briefings/{day}-{title}.md", None, b)  # type: ignore[arg-type]


def _rows_by_entities(*entries: Entry) -> list:
    from generator.site.entities import collect_entities

    return merge_events(agenda_items(list(entries)), collect_entities(list(entries)).identity)


def _nup_english(event: str) -> Entry:
    """An English briefing naming the National Unity Party by its acronym, announcing `event` on 14 March."""
    return _with_party(
        "en", "Herald NUP race", "2026-03-02", "National Unity Party", "NUP", ("2026-03-14", "day", "March 14", event)
    )


def _nup_french() -> Entry:
    """A French briefing naming the party by its French name, announcing the party leader's election on 14 March."""
    return _with_party(
        "fr",
        "Monde Nigeria",
        "2026-03-05",
        "Parti de l'unité nationale",
        "NUP",
        ("2026-03-14", "day", "14 mars", "élection du chef du Parti de l'unité nationale"),
    )


def test_a_party_named_by_its_acronym_in_one_phrase_and_its_name_in_the_other_is_one_event():
    english = _nup_english("NUP leadership election to replace Okafor")
    french = _nup_french()
    assert len(_rows_by_entities(english, french)) == 1


def test_a_party_named_in_two_phrases_of_one_day_that_share_no_other_word_is_two_events():
    english = _nup_english("NUP congress opens in Lagos")
    french = _nup_french()
    assert len(_rows_by_entities(english, french)) == 2
    other = _with_party(
        "fr",
        "Monde Ghana",
        "2026-03-05",
        "Parti du progrès",
        "PPG",
        ("2026-03-14", "day", "14 mars", "élection du chef du Parti du progrès"),
    )
    english = _nup_english("NUP leadership election to replace Okafor")
    assert len(_rows_by_entities(english, other)) == 2  # another party's election that day


def test_an_inquiry_is_a_probe_in_english():
    french = _with_party(
        "fr",
        "Monde ONU",
        "2026-04-02",
        "Nations unies",
        "ONU",
        ("2026-04-09", "day", "9 avril", "mission d'enquête de l'ONU sur la répression à Lagos"),
    )
    english = _with_party(
        "en",
        "Herald UN",
        "2026-04-03",
        "United Nations",
        "UN",
        ("2026-04-09", "day", "April 9", "UN team arrives to probe the crackdown"),
    )
    assert len(_rows_by_entities(french, english)) == 1


def _cast(lang: str, title: str, day: str, event: tuple[str, str, str, str], who: list[str], where: str) -> Entry:
    """A briefing of `lang` naming `who` (people) and `where`, with one dated item that lists them (format 2)."""
    from dataclasses import replace

    date, precision, text, phrase = event
    entry = announcing(title, day, who, [where], (date, precision, text, phrase, f"{text}: {phrase}.", who, where))
    return replace(entry, briefing=replace(entry.briefing, lang=lang))


def test_two_items_listing_the_same_cast_at_one_date_are_one_event_though_a_phrase_says_a_title():
    # "the new prime minister" is Lena Horvat: the phrase says her title, the item lists her. With the same
    # participants and place, the words but the names decide ("prestation", "serment": two of three).
    french = _cast(
        "fr",
        "Vjesnik",
        "2026-03-02",
        ("2026-03-10", "day", "mardi", "prestation de serment de Lena Horvat devant le Parlement"),
        ["Lena Horvat", "Parlement"],
        "Zagreb",
    )
    english = _cast(
        "en",
        "Herald",
        "2026-03-04",
        ("2026-03-10", "day", "Tuesday", "swearing-in ceremony of the new prime minister"),
        ["Lena Horvat", "Parliament"],
        "Zagreb",
    )
    assert len(merge_events(agenda_items([french, english]))) == 1
    # Another cast that day (another prime minister sworn in, elsewhere): two events.
    other = _cast(
        "en",
        "Herald",
        "2026-03-04",
        ("2026-03-10", "day", "Tuesday", "swearing-in ceremony of the new prime minister"),
        ["Marko Ilic", "Parliament"],
        "Zagreb",
    )
    assert len(merge_events(agenda_items([french, other]))) == 2


def test_before_parliament_is_devant_le_parlement():
    from generator.site.events import words

    assert words("prestation de serment devant le Parlement") == words("sworn in before parliament")


def test_the_start_of_a_term_of_office_is_its_holders_swearing_in():
    # "début du nouveau mandat présidentiel" is the day the president is sworn in for a "second term".
    start = ("2026-06-01", "day", "1er juin", "début du nouveau mandat présidentiel")
    french = _said("fr", "Monde", "2026-05-02", start)
    english = _said("en", "Post", "2026-05-30", ("2026-06-01", "day", "Monday", "president sworn in for a second term"))
    assert len(merge_events(agenda_items([french, english]))) == 1
    from generator.site.events import words

    assert words("troisième mandat") == words("third term")
    assert not {"prest", "serme"} & words("mandat d'arrêt contre l'opposant")  # a warrant: no start, no oath


def test_a_swearing_in_and_the_start_of_the_term_two_days_later_are_two_events():
    # The oath on Monday, the term "officially begins" on Wednesday: the start of a term is read as the
    # swearing-in on one day, but at two dates it is another event, not the oath moved (no row, no conflict).
    oath = _cast(
        "fr",
        "Courrier",
        "2026-05-20",
        ("2026-06-01", "day", "lundi 1er juin", "prestation de serment de Ana Costa"),
        ["Ana Costa"],
        "Lisbonne",
    )
    start = _cast(
        "en",
        "Post",
        "2026-05-28",
        ("2026-06-03", "day", "June 3", "official start of Ana Costa's second term"),
        ["Ana Costa"],
        "Lisbon",
    )
    rows = merge_events(agenda_items([oath, start]))
    assert len(rows) == 2
    assert not any(row.dates for row in rows)
    # The same oath announced for another day by another briefing is still the one event moved.
    moved = _cast(
        "en",
        "Post",
        "2026-05-28",
        ("2026-06-03", "day", "June 3", "Ana Costa's swearing-in, postponed to Wednesday"),
        ["Ana Costa"],
        "Lisbon",
    )
    assert len(merge_events(agenda_items([oath, moved]))) == 1


def test_an_appearance_the_summoned_stayed_away_from_and_set_again_is_a_conflict():
    # Summoned for Monday; written after that Monday, a new summons for Thursday whose sentence says he did not
    # come: the appearance did not happen, its date moved. Without such a word, the next of a series.
    first = announcing(
        "Matin",
        "2026-02-06",
        ["Ivo Marek"],
        ["Prague"],
        ("2026-02-09", "day", "lundi", "audition d'Ivo Marek par les juges", "Ivo Marek est convoqué lundi."),
    )

    def again(sentence: str) -> Entry:
        return announcing(
            "Soir",
            "2026-02-10",
            ["Ivo Marek"],
            ["Prague"],
            ("2026-02-12", "day", "jeudi", "nouvelle audition d'Ivo Marek par les juges", sentence),
        )

    said = "Ivo Marek, qui ne s'est pas présenté lundi, est convoqué jeudi pour son audition par les juges."
    [row] = merge_events(agenda_items([first, again(said)]))
    assert len(row.dates) == 2
    english = "Marek, who ignored Monday's summons, must appear on Thursday for his hearing by the judges."
    assert len(merge_events(agenda_items([first, again(english)]))) == 1
    silent = "Ivo Marek est convoqué jeudi pour son audition par les juges."
    assert len(merge_events(agenda_items([first, again(silent)]))) == 2


def test_two_dates_for_one_cast_and_what_it_does_are_a_conflict_though_the_phrases_name_them_apart():
    # The same two participants listed (format 2's `who`), the French phrase names them, the English one says
    # "prosecutors": but for the names, "convocation" is all of the shorter's words, and "summoned" is in the
    # longer. Written on the first date, saying he stayed away: the appearance moved.
    cast = ["Ivo Marek", "Parquet général"]
    first = announcing(
        "Herald",
        "2026-02-06",
        cast,
        ["Prague"],
        ("2026-02-09", "day", "Monday", "Marek summoned to appear before prosecutors", "Marek is due Monday.", cast),
    )

    def again(title: str, who: list[str]) -> Entry:
        phrase = "nouvelle convocation d'Ivo Marek au Parquet général"
        return announcing(title, "2026-02-09", cast, ["Prague"], ("2026-02-10", "day", "mardi", phrase, "Mardi.", who))

    [row] = merge_events(agenda_items([first, again("Ivo Marek ne s'est pas présenté lundi à sa convocation", cast)]))
    assert len(row.dates) == 2
    # Another cast listed (the judge, not the prosecution): nothing says the two are one.
    judge = again("Ivo Marek ne s'est pas présenté lundi à sa convocation", ["Ivo Marek", "Prague"])
    assert len(merge_events(agenda_items([first, judge]))) == 2
    # Nothing says it moved: the next of a series.
    assert len(merge_events(agenda_items([first, again("Ivo Marek convoqué mardi", cast)]))) == 2


def test_one_act_by_other_actors_in_one_briefing_is_two_rows():
    from generator.model import Participant

    oaths = announcing(
        "Nation",
        "2025-12-20",
        ["Amina Diallo"],
        [],
        ("2026-01-10", "day", "le 10 janvier", "investiture d'Amina Diallo", "Amina Diallo sera investie."),
        ("2026-01-10", "day", "le même jour", "investiture du Sénat", "Le Sénat sera installé le même jour."),
    )
    oaths.briefing.participants.append(Participant("Sénat", "organization", None, [], 1))
    assert len(merge_events(agenda_items([oaths]))) == 2  # one act, the president and the Senate: two events
    again = announcing(
        "Matin",
        "2025-12-21",
        ["Amina Diallo"],
        [],
        ("2026-01-10", "day", "samedi", "investiture d'Amina Diallo", "Amina Diallo sera investie samedi."),
        ("2026-01-10", "day", "le 10 janvier", "Amina Diallo prête serment", "Elle jurera le 10 janvier."),
    )
    assert len(merge_events(agenda_items([again]))) == 1  # the same actor twice: one event


def test_two_phrases_of_one_briefing_sharing_only_a_participants_name_are_two_rows():
    day = announcing(
        "Gazette",
        "2025-06-02",
        ["Parti vert européen"],
        ["Bruxelles"],
        ("2025-06-05", "day", "jeudi", "sommet européen", "Le sommet européen s'ouvre jeudi."),
        ("2025-06-05", "day", "jeudi matin", "petit-déjeuner du Parti vert européen", "Le parti se réunit jeudi."),
    )
    day.briefing.participants[0].kind = "organization"
    assert len(merge_events(agenda_items([day]))) == 2  # "européen" is the party's name there: no word in common


def test_the_handover_of_power_is_the_new_leaders_swearing_in():
    handover = _said("en", "Transition", "2025-09-01", ("2025-10-01", "day", "Oct. 1", "peaceful transfer of power"))
    sworn = _said(
        "fr", "Investiture", "2025-09-20", ("2025-10-01", "day", "1er octobre", "investiture du président élu")
    )
    budget = _said("fr", "Budget", "2025-09-20", ("2025-10-01", "day", "1er octobre", "présentation du budget"))
    assert len(merge_events(agenda_items([handover, sworn]))) == 1
    assert len(merge_events(agenda_items([handover, budget]))) == 2


def test_the_results_of_a_vote_are_not_the_vote_at_another_date():
    # A vote announced for one day, and its final results for a later day by an article written before the vote:
    # every word of the vote's phrase is in the results', yet the results are another step, never a new date.
    vote = announcing(
        "Union",
        "2025-03-02",
        ["Brice Oligui Nguema"],
        ["Gabon"],
        ("2025-04-12", "day", "12 avril", "élection présidentielle", "Le Gabon votera le 12 avril, au Gabon."),
    )
    results = announcing(
        "Gabonreview",
        "2025-03-20",
        ["Brice Oligui Nguema"],
        ["Gabon"],
        (
            "2025-04-27",
            "day",
            "27 avril",
            "proclamation des résultats définitifs de l'élection présidentielle",
            "La Cour proclamera le 27 avril les résultats de l'élection au Gabon, reportés d'une semaine.",
        ),
    )
    rows = merge_events(agenda_items([vote, results]))
    assert len(rows) == 2 and not any(r.dates for r in rows)


def test_the_results_of_a_runoff_are_not_those_of_the_first_round_at_another_date():
    first_round = announcing(
        "Soleil",
        "2025-02-10",
        ["Commission électorale"],
        ["Sénégal"],
        ("2025-03-05", "day", "5 mars", "résultats provisoires", "La Commission électorale au Sénégal, le 5 mars."),
    )
    runoff = announcing(
        "Observateur",
        "2025-02-12",
        ["Commission électorale"],
        ["Sénégal"],
        (
            "2025-04-02",
            "day",
            "2 avril",
            "résultats provisoires du second tour",
            "La Commission électorale au Sénégal donnera le 2 avril les résultats du second tour.",
        ),
    )
    rows = merge_events(agenda_items([first_round, runoff]))
    assert len(rows) == 2 and not any(r.dates for r in rows)
    # the same step said with a rank in both, or with none, stays a conflict when a move is said
    again = announcing(
        "Quotidien",
        "2025-02-20",
        ["Commission électorale"],
        ["Sénégal"],
        (
            "2025-03-01",
            "day",
            "1er mars",
            "résultats provisoires",
            "La Commission électorale au Sénégal, plus tôt que prévu, le 1er mars.",
        ),
    )
    [row] = merge_events(agenda_items([first_round, again]))
    assert len(row.dates) == 2


def test_results_given_earlier_than_scheduled_are_a_conflict():
    # The newer article, written on the day it gives, says the results come "earlier than scheduled", in its
    # summary, not in the date's sentence.
    from dataclasses import replace

    due = announcing(
        "Nation",
        "2025-08-10",
        ["IEBC"],
        ["Kenya"],
        ("2025-08-24", "day", "August 24", "provisional results", "The IEBC in Kenya will give them on August 24."),
    )
    early = announcing(
        "Standard",
        "2025-08-15",
        ["IEBC"],
        ["Kenya"],
        (
            "2025-08-15",
            "day",
            "later on Friday",
            "declaration of the provisional results of the election",
            "The IEBC in Kenya will declare the results later on Friday.",
        ),
    )
    early = replace(
        early,
        briefing=replace(
            early.briefing, summary="The IEBC will release the provisional results today, earlier than scheduled."
        ),
    )
    [row] = merge_events(agenda_items([due, early]))
    assert len(row.dates) == 2


def test_a_date_within_a_span_of_several_months_joins_it_whether_announced_before_or_after():
    """A transition "de dix-huit mois au plus" ends with a referendum: the month it is later set for, or a day,
    lies within the span and is the same event (not only within a single month or year)."""

    def wide(written: str) -> Entry:
        return announcing(
            "Monde",
            written,
            ["Mamadi Doumbouya"],
            ["Conakry"],
            ("2026-01/2027-06", "month", "dans dix-huit mois au plus", "référendum constitutionnel",
             "La junte promet un référendum constitutionnel dans dix-huit mois au plus."),
        )  # fmt: skip

    later = announcing(
        "Reuters",
        "2026-05-02",
        ["Mamadi Doumbouya"],
        ["Conakry"],
        ("2026-11", "month", "in November", "constitutional referendum", "The referendum will be held in November."),
    )
    day = announcing(
        "AFP",
        "2026-09-30",
        ["Mamadi Doumbouya"],
        ["Conakry"],
        ("2026-11-15", "day", "le 15 novembre", "référendum", "Le référendum aura lieu le 15 novembre."),
    )
    for written in ("2026-01-10", "2026-10-20"):  # the span announced first, then last
        [row] = merge_events(agenda_items([wide(written), later, day]))
        assert row.span.start == dt.date(2026, 11, 15) and not row.dates and len(row.briefings) == 3


def test_one_cast_at_one_date_sharing_two_words_is_one_event_though_each_phrase_tells_more():
    # The Knesset and Netanyahu listed by both, the same day: "vote de confiance" is two words of each phrase, though
    # each tells more of its own (half of neither). One word in common says too little: two events.
    cast = ["Benjamin Netanyahu", "Knesset"]
    french = _cast(
        "fr",
        "Monde",
        "2026-04-20",
        (
            "2026-04-27",
            "day",
            "lundi",
            "discours de politique générale de Benjamin Netanyahu suivi du vote de confiance",
        ),
        cast,
        "Jérusalem",
    )
    english = _cast(
        "en",
        "Post",
        "2026-04-24",
        ("2026-04-27", "day", "Monday", "Knesset sitting that gives Israel a government after a confidence vote"),
        cast,
        "Jérusalem",
    )
    assert len(merge_events(agenda_items([french, english]))) == 1
    one_word = _cast(
        "en",
        "Post",
        "2026-04-24",
        ("2026-04-27", "day", "Monday", "Knesset sitting on the budget ahead of the coalition's vote"),
        cast,
        "Jérusalem",
    )
    assert len(merge_events(agenda_items([french, one_word]))) == 2


def test_one_cast_at_two_dates_sharing_two_words_is_a_conflict_when_its_briefing_says_it_moved():
    # The minister and the inquiry's chair listed by both; the second briefing, written after the first date, gives
    # another act word ("questioning", not "hearing") and says in its summary that the hearing was put off. Without
    # that, an act at a passed date may be the next of a series: two rows.
    from dataclasses import replace

    cast = ["Paul Durand", "Claire Morel"]
    first = _cast(
        "fr",
        "Figaro",
        "2026-03-02",
        (
            "2026-03-10",
            "day",
            "mardi",
            "audition du ministre Paul Durand par la commission d'enquête en séance publique",
        ),
        cast,
        "Paris",
    )
    second = _cast(
        "en",
        "Times",
        "2026-03-11",
        ("2026-03-24", "day", "March 24", "inquiry questions minister Durand behind its doors"),
        cast,
        "Paris",
    )
    summary = "The inquiry's hearing of minister Paul Durand, postponed last week, is set for March 24."
    moved = replace(second, briefing=replace(second.briefing, summary=summary))
    [row] = merge_events(agenda_items([first, moved]))
    assert [span.start for span, _ in row.dates] == [dt.date(2026, 3, 24), dt.date(2026, 3, 10)]
    assert len(merge_events(agenda_items([first, second]))) == 2


def test_the_proclamation_of_final_results_and_their_official_announcement_at_two_dates_are_a_conflict():
    # "proclamation" says the telling of the results, as "announcement" does; "définitifs" and "official" both say
    # the results a court gives as the last word.
    first = announcing(
        "Matinal",
        "2026-03-02",
        ["Patrice Talon"],
        ["Bénin"],
        (
            "2026-03-20",
            "day",
            "au plus tard le 20 mars",
            "proclamation des résultats définitifs des législatives par la Cour",
            "La Cour proclamera les résultats des législatives au Bénin au plus tard le 20 mars.",
        ),
    )
    second = announcing(
        "Benin Times",
        "2026-03-05",
        ["Patrice Talon"],
        ["Bénin"],
        (
            "2026-03-21",
            "day",
            "by 21 March",
            "announcement of the official legislative election results by the Court",
            "The Court is expected to announce the results in Benin by 21 March.",
        ),
    )
    rows = merge_events(agenda_items([first, second]))
    assert len(rows) == 1 and len(rows[0].dates) == 2


def test_provisional_results_and_the_results_without_that_word_are_two_steps_at_two_dates():
    provisional = announcing(
        "Soleil",
        "2026-03-02",
        ["Commission électorale"],
        ["Sénégal"],
        (
            "2026-03-10",
            "day",
            "10 mars",
            "official provisional results of the presidential election",
            "La Commission électorale au Sénégal, le 10 mars.",
        ),
    )
    final = announcing(
        "Observateur",
        "2026-03-04",
        ["Commission électorale"],
        ["Sénégal"],
        (
            "2026-03-24",
            "day",
            "24 mars",
            "official results of the presidential election",
            "Le Conseil au Sénégal donnera le 24 mars les résultats.",
        ),
    )
    rows = merge_events(agenda_items([provisional, final]))
    assert len(rows) == 2 and not any(r.dates for r in rows)


def test_a_day_counted_in_weeks_is_made_precise_by_another_briefings_day_in_that_half_week():
    # "dans trois semaines" written on 3 March counts 24 March; the vote is on Sunday 23 March. The row shows the day
    # the other briefing gives, and is no conflict; a referendum on the same Sunday, in other words, stays apart.
    ahead = briefing(
        "Le Premier ministre en campagne",
        "2025-03-03",
        ("2025-03-24", "day", "dans trois semaines", "élections municipales"),
    )
    on_the_day = briefing(
        "Les bureaux de vote ouvrent",
        "2025-03-21",
        ("2025-03-23", "day", "dimanche", "élections municipales dans les 35 000 communes"),
        ("2025-03-23", "day", "dimanche", "référendum sur la réforme des retraites"),
    )
    rows = merge_events(agenda_items([ahead, on_the_day]))
    [vote] = [r for r in rows if "municipales" in r.event.event]
    assert vote.span.start == dt.date(2025, 3, 23) and not vote.dates
    assert [e.briefing.title for e in vote.briefings] == [ahead.briefing.title, on_the_day.briefing.title]
    assert len(rows) == 2


def test_a_day_counted_in_weeks_stays_apart_from_a_day_more_than_half_a_week_off_or_said_otherwise():
    ahead = briefing("Campagne", "2025-03-03", ("2025-03-24", "day", "in three weeks", "general election"))
    later = briefing("Scrutin", "2025-03-20", ("2025-03-29", "day", "Saturday", "general election"))
    exact = briefing("Conseil", "2025-03-03", ("2025-03-24", "day", "le 24 mars", "élections municipales"))
    other = briefing(
        "Bureaux", "2025-03-21", ("2025-03-23", "day", "dimanche", "élections municipales dans les communes")
    )
    assert len(merge_events(agenda_items([ahead, later]))) == 2
    assert len(merge_events(agenda_items([exact, other]))) == 2  # a date said by its day is no rounding


def test_the_telling_of_a_thing_in_one_word_is_that_thing_told_by_the_same_teller_that_day():
    # "annonce des résultats" keeps its telling word (one word would be left); the other phrase says the results,
    # and both items list the same teller and place: one event.
    short = ("2026-05-10", "day", "dimanche", "annonce des résultats")
    french = _cast("fr", "Quotidien", "2026-05-02", short, ["Autorité électorale"], "Tbilissi")
    english = _cast(
        "en",
        "Tribune",
        "2026-05-04",
        ("2026-05-10", "day", "Sunday", "declaration of the referendum results"),
        ["Autorité électorale"],
        "Tbilissi",
    )
    assert len(merge_events(agenda_items([french, english]))) == 1
    # Another teller that day (the court's results of another vote): two events.
    court = _cast(
        "en",
        "Tribune",
        "2026-05-04",
        ("2026-05-10", "day", "Sunday", "declaration of the referendum results"),
        ["Constitutional Court"],
        "Tbilissi",
    )
    assert len(merge_events(agenda_items([french, court]))) == 2
    # A thing told is not another act on it: "présentation du budget" by a minister, "vote du budget" by the chamber.
    minister = _cast("fr", "Quotidien", "2026-05-02", ("2026-05-12", "day", "mardi", "présentation du budget"),
                     ["Ana Lipa"], "Tbilissi")  # fmt: skip
    chamber = _cast("fr", "Matin", "2026-05-04", ("2026-05-12", "day", "mardi", "vote du budget"), ["Parlement"],
                    "Tbilissi")  # fmt: skip
    assert len(merge_events(agenda_items([minister, chamber]))) == 2


def test_beside_an_outcome_the_words_that_say_it_made_known_are_its_telling():
    from generator.site.events import words

    assert words("declaration of the referendum results") == words("referendum results")
    assert words("publication des résultats du référendum") == words("résultats du référendum")
    assert "decla" in words("deadline for declarations of interest")  # a document, no outcome: a word of its own
    # So the declaration of the results and their full publication, at two dates, are one event announced twice.
    first = _cast(
        "en",
        "Tribune",
        "2026-05-02",
        ("2026-05-10", "day", "Sunday", "declaration of the referendum results"),
        ["Autorité électorale"],
        "Tbilissi",
    )
    then = _cast(
        "fr",
        "Quotidien",
        "2026-05-04",
        ("2026-05-11", "day", "lundi", "résultats complets du référendum"),
        ["Autorité électorale"],
        "Tbilissi",
    )
    [row] = merge_events(agenda_items([first, then]))
    assert len(row.dates) == 2


def test_a_conflict_stays_when_a_later_source_repeats_one_date_once_the_other_has_passed():
    # A deadline counted to Sunday by one source; on that Sunday another gives Monday, and on Monday a third repeats
    # "today": the two dates were given at once, before the first passed. One event, two dates.
    phrase = "résultats complets du référendum"
    counted = _cast("fr", "Quotidien", "2026-05-02", ("2026-05-10", "day", "dimanche", phrase), ["Autorité électorale"],
                    "Tbilissi")  # fmt: skip
    later = _cast("fr", "Matin", "2026-05-10", ("2026-05-11", "day", "lundi", phrase), ["Autorité électorale"],
                  "Tbilissi")  # fmt: skip
    today = _cast("fr", "Soir", "2026-05-11", ("2026-05-11", "day", "aujourd'hui", phrase), ["Autorité électorale"],
                  "Tbilissi")  # fmt: skip
    [row] = merge_events(agenda_items([counted, later, today]))
    assert len(row.dates) == 2
    # A date first given once the other has passed is the next of a series: two rows.
    next_week = _cast("fr", "Matin", "2026-05-12", ("2026-05-17", "day", "dimanche", phrase), ["Autorité électorale"],
                      "Tbilissi")  # fmt: skip
    assert len(merge_events(agenda_items([counted, next_week]))) == 2

"""A date standing alone as a heading (a programme's day) takes the items listed under it as its event."""

import datetime as dt

import pytest

from generator.extract.dates import dated_events, extract_timexes
from generator.extract.timex.programme import programme_items
from generator.lang import language

FRENCH = (
    "Programme de la visite\n\nJeudi 12 juin\n\n9h30    Visite du port de commerce avec les dockers\n"
    "Quai Est\n\n- A 14 h, rencontre avec les élus de la communauté urbaine.\n\nVendredi 13 juin\n\n"
    "Journée    Déplacement dans les Hautes-Alpes sur le thème de l'eau\n"
)
TUESDAY = dt.date(2025, 6, 10)
ENGLISH = (
    "The Secretary's schedule\n\nThursday, June 12\n\n9:30 am - Meeting with the harbour workers' union\n"
    "Pier 4\n\n2 pm - Round table with city councillors on housing\n"
)


def _upcoming(text: str, lang: str, published: dt.date = dt.date(2024, 3, 1)) -> list:
    """The agenda rows of a text published on `published`."""
    upcoming, _ = dated_events(extract_timexes(text, published, lang))
    return upcoming


@pytest.mark.parametrize(
    ("text", "lang", "published", "day", "expected"),
    [
        (FRENCH, "fr", TUESDAY, "2025-06-12", "Visite du port de commerce avec les dockers; rencontre avec"),
        (ENGLISH, "en", TUESDAY, "2025-06-12", "Meeting with the harbour workers' union; Round table with"),
    ],
)
def test_a_heading_date_takes_the_first_items_of_its_day(text, lang, published, day, expected):
    upcoming, _ = dated_events(extract_timexes(text, published, lang))
    heading = next(u for u in upcoming if u.date == day and "\n" not in u.text and u.text[0].isupper())
    assert heading.event.startswith(expected)


def test_items_lose_their_list_mark_and_time_and_stop_at_the_next_heading():
    following = "\n\n- A 8h30, conseil des ministres\nPalais de l'Elysée\n\nVendredi 13 juin\n\n10h00    Autre chose"
    assert programme_items(following, language("fr")) == "conseil des ministres"
    assert programme_items(
        "\n\n15h00    Questions au gouvernement\nAssemblée\n\n17h30    Entretien avec la maire", language("fr")
    ) == ("Questions au gouvernement; Entretien avec la maire")


def test_a_date_inside_a_sentence_keeps_the_sentence_s_event():
    text = "Sommet\n\nLes dirigeants se réuniront jeudi 12 juin à Bruxelles pour un sommet sur la défense.\n\nSuite."
    [item] = dated_events(extract_timexes(text, TUESDAY, "fr"))[0]
    assert "sommet" in item.event and "Suite" not in item.event


def test_each_timed_item_of_a_day_is_its_own_row_with_the_day_of_its_heading():
    text = (
        "Le programme du ministre\n\nJeudi 4 avril\n- A 9h30, visite de l'usine de batteries de Douvrin.\n"
        "- A 15 heures, conférence de presse à la préfecture.\n- Vers 18 heures, dîner avec les élus.\n"
    )
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2024, 4, 1), "fr"))
    rows = {(u.date, u.event) for u in upcoming}
    assert ("2024-04-04", "visite de l'usine de batteries de Douvrin") in rows
    assert ("2024-04-04", "conférence de presse à la préfecture") in rows
    assert ("2024-04-04", "dîner avec les élus") in rows


def test_an_hour_in_running_text_stays_the_hour_of_its_day_not_a_row():
    text = "Le ministre se rendra jeudi à Lille. Il y prendra la parole à 17 h devant les syndicats."
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2024, 4, 1), "fr"))
    assert [u.date for u in upcoming] == ["2024-04-04"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("La séance sera levée à 16 heures.", ("16 heures", "TIME", "2024-04-02T16:00")),
        ("- A 11 heures, dépôt de gerbe.", ("11 heures", "TIME", "2024-04-02T11:00")),
        ("Il a 16 heures de vol derrière lui.", ("16 heures", "DURATION", "PT16H")),
        ("Les négociations ont duré 11 heures.", ("11 heures", "DURATION", "PT11H")),
    ],
)
def test_hours_after_a_preposition_are_the_clock_and_alone_a_duration(sentence, expected):
    found = [(t.text, t.type, t.value) for t in extract_timexes(sentence, dt.date(2024, 4, 2), "fr")]
    assert found == [expected]


def test_a_day_heading_takes_the_clause_of_its_first_item_that_names_an_event():
    following = "\n- A partir de 9 heures, à Lyon à l'hôtel de région, réunion des présidents de région.\n"
    assert programme_items(following, language("fr")) == "réunion des présidents de région"


def test_the_same_date_said_again_is_one_row_and_the_hours_of_a_programme_stay_apart():
    text = (
        "La grève des contrôleurs aériens est prévue le 16 septembre. Le 16 septembre, la grève des "
        "contrôleurs touchera tous les aéroports. Programme du 17 septembre\n- A 9h30, visite de la tour."
        "\n- A 11h00, visite du centre de contrôle.\n"
    )
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2024, 9, 1), "fr"))
    assert [u.date for u in upcoming].count("2024-09-16") == 1
    assert [u.date for u in upcoming].count("2024-09-17") >= 2


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Day 2: On June 22, the delegation will tour the shipyard in Gdansk.", "en", "tour the shipyard"),
        ("Jour 2 : le 22 juin, la délégation visitera le chantier naval de Gdansk.", "fr", "visitera le chantier"),
        ("The committee heard Anna Marsh, who will testify again on June 22.", "en", "Anna Marsh will testify"),
        # a label of three words naming no event: the event is named after the date
        ("Dernier grand moment : le lundi 10 juin, avec la signature du traité de paix.", "fr", "signature du traité"),
        # a listing's title, its town, its dates, then its artists
        ("Les Nuits du jazz, Vienne, Isère, du 10 au 14 juin, Anne Paceo et Kyle Eastwood.", "fr", "Nuits du jazz"),
    ],
)
def test_a_label_before_the_date_or_a_relative_pronoun_is_not_the_event(text, lang, expected):
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2024, 6, 1), lang))
    assert expected in upcoming[0].event


@pytest.mark.parametrize(
    ("text", "lang", "listed"),
    [
        (
            "« Si tout va bien, je rentrerai demain », a confié le skipper. Le départ sera donné samedi.",
            "fr",
            ["samedi"],
        ),
        ('"If the weather holds, we sail on Friday," the captain said. The race starts on Sunday.', "en", ["Sunday"]),
        ("« Nous signerons l'accord vendredi à Genève », a annoncé la ministre.", "fr", ["vendredi"]),
        ('"We will sign the deal on Friday in Geneva," the minister announced.', "en", ["Friday"]),
    ],
)
def test_a_quoted_date_is_an_event_only_when_the_quote_announces_it(text, lang, listed):
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2024, 4, 2), lang))
    assert [u.text for u in upcoming] == listed


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        # who calls the strike, then the strike: no verb left that only says she calls it
        ("Grève à la SNCF : la CGT appelle à la grève mercredi 16 septembre.", "fr", {"CGT", "grève"}),
        ("Rail strike: the RMT calls a walkout on 16 September.", "en", {"RMT", "calls"}),
    ],
)
def test_an_event_that_would_say_one_word_takes_its_sentence(text, lang, words):
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2020, 9, 1), lang))
    assert words <= set(upcoming[0].event.split())


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le pays a rejoint l'accord qu'il avait quitté sous Jacques Chirac (1995-2007).", "fr", "sous Jacques Chirac"),
        ("The country rejoined the pact it had left under Tony Blair (1997-2007).", "en", "under Tony Blair"),
    ],
)
def test_a_parenthetical_span_dates_the_name_just_before_it(text, lang, expected):
    _, timeline = dated_events(extract_timexes(text, dt.date(2024, 4, 2), lang))
    assert timeline[0].event == expected


def test_a_sentence_that_opens_on_an_hour_is_an_item_of_the_days_programme():
    text = (
        "Le président sera à Tours ce mercredi 14 mars. À partir de 16h30, échange avec les apprentis du CFA. "
        "À 19h30, rencontre avec le maire à l'hôtel de ville."
    )
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2018, 3, 12), "fr"))
    rows = {(u.date, u.event) for u in upcoming}
    assert ("2018-03-14", "échange avec les apprentis du CFA") in rows
    assert ("2018-03-14", "rencontre avec le maire à l'hôtel de ville") in rows


def test_a_date_far_into_a_long_clause_dates_the_words_just_before_it():
    text = (
        "Le ministre présentera aussi aux élus de la région le bilan complet des travaux engagés pour la "
        "rénovation du pont de Cheviré en mars 2025."
    )
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2024, 4, 2), "fr"))
    assert "pont de Cheviré" in upcoming[0].event


def test_a_phrase_the_cut_leaves_inside_a_parenthesis_ends_before_it():
    text = (
        "Les réunions formelles des ministres auront lieu à Bruxelles (ou à Luxembourg en avril, juin et "
        "octobre) le 29 janvier."
    )
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2024, 1, 2), "fr"))
    assert upcoming[0].event.endswith("à Bruxelles")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeudi, il inaugurera le collège Jean Moulin et l'école primaire de Loches le 14 mars.", "inaugurera"),
        ("La primaire de la gauche aura lieu le 14 mars.", "primaire de la gauche"),
        ("L'élection présidentielle aura lieu le 14 mars.", "élection présidentielle"),
    ],
)
def test_a_word_that_is_an_event_only_as_a_noun_counts_after_an_article(text, expected):
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2024, 3, 10), "fr"))
    assert expected in next(u for u in upcoming if u.date == "2024-03-14").event


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        (
            "Les conseils auront lieu le 23 avril, le 21 mai et le 25 juin.",
            "fr",
            ["2012-04-23", "2012-05-21", "2012-06-25"],
        ),
        ("Councils meet on April 23, May 21 and June 25.", "en", ["2012-04-23", "2012-05-21", "2012-06-25"]),
        ("Il était venu le 25 juin, puis de nouveau le 21 mai.", "fr", ["2011-06-25", "2011-05-21"]),
    ],
)
def test_an_enumeration_of_days_without_year_runs_forward(text, lang, values):
    assert [t.value for t in extract_timexes(text, dt.date(2011, 12, 13), lang)] == values


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        # a programme's heading after the span it opens: the span's first day again, not the next year's
        ("Programme du congrès, du 10 au 12 octobre 2025\n\nVendredi 10 octobre\n\n9 h : accueil.", "fr", "2025-10-10"),
        ("Fair programme, October 10 to October 12, 2025\n\nFriday, October 10\n\n9am: opening.", "en", "2025-10-10"),
        # a new day whose weekday is this year's: the weekday fixes the year
        ("Les ateliers auront lieu le 20 octobre et le mardi 14 octobre.", "fr", "2025-10-14"),
    ],
)
def test_a_day_said_again_or_fixed_by_its_weekday_does_not_run_forward_a_year(text, lang, day):
    values = [t.value for t in extract_timexes(text, dt.date(2025, 10, 1), lang)]
    assert day in values
    assert day.replace("2025", "2026") not in values


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La fédération a annoncé que le tournoi reprendrait le 14 mars à Lille.", "fr", "tournoi reprendrait à Lille"),
        ("The council said the bridge would reopen to traffic on March 14.", "en", "bridge would reopen to traffic"),
        ("Le tournoi reprendra le 14 mars à Lille, a annoncé la fédération.", "fr", "tournoi reprendra"),
        ("The bridge will reopen on March 14, the council said.", "en", "bridge will reopen"),
    ],
)
def test_a_speech_verb_before_the_date_reports_the_event_and_one_after_it_only_names_the_source(text, lang, expected):
    upcoming = _upcoming(text, lang)
    assert upcoming[0].event.startswith(expected)
    assert "fédération" not in upcoming[0].event and "council" not in upcoming[0].event


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Selon les syndicats, il y aura aussi une manifestation devant la mairie le 14 mars.", "fr", "manifestation"),
        ("There will also be a march past the town hall on March 14.", "en", "march past the town hall"),
    ],
)
def test_there_will_be_says_nothing_and_the_noun_after_it_is_the_event(text, lang, expected):
    upcoming = _upcoming(text, lang)
    assert upcoming[0].event.startswith(expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le congrès – la grande réunion annuelle des maires – se tiendra le 14 mars à Nantes.", "fr", "réunion"),
        ("The gala — the annual dinner of the press club — will be held on March 14.", "en", "dinner"),
    ],
)
def test_a_clause_that_opens_on_its_verb_has_its_subject_before_it(text, lang, expected):
    upcoming = _upcoming(text, lang)
    assert expected in upcoming[0].event


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Quant aux assises de la pêche, deux sont déjà fixées : le 14 mars et le 2 mai.", "fr", "assises de la pêche"),
        ("As for the donor conference, two dates are set: March 14 and May 2.", "en", "donor conference"),
    ],
)
def test_a_sentence_opened_on_its_topic_dates_that_topic(text, lang, expected):
    upcoming = _upcoming(text, lang)
    assert [u.event for u in upcoming] == [expected, expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les contrôleurs seront en grève les 13, 14 et 16 décembre.", "fr"),
        ("Controllers will strike on 13, 14 and 16 December.", "en"),
    ],
)
def test_each_day_of_a_list_is_a_row_and_the_list_stays_out_of_its_event(text, lang):
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2024, 12, 1), lang))
    assert [u.date for u in upcoming] == ["2024-12-13", "2024-12-14", "2024-12-16"]
    assert len({u.event for u in upcoming}) == 1
    assert not any(ch.isdigit() for ch in upcoming[0].event)


def test_ce_qui_stands_for_the_clause_before_it():
    text = "La réforme doit encore être votée par le Sénat, ce qui pourrait intervenir le 14 mars."
    upcoming = _upcoming(text, "fr")
    assert upcoming[0].event.startswith("réforme doit encore être votée par le Sénat")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On March 14, the court will hear Anna Marsh, director of the clinic, who filed the complaint.", "en"),
        ("Le 14 mars, le tribunal entendra Anna Marsh, directrice de la clinique, qui a porté plainte.", "fr"),
    ],
)
def test_an_event_does_not_end_on_a_relative_pronoun(text, lang):
    upcoming = _upcoming(text, lang)
    assert upcoming[0].event.split()[-1] not in ("who", "qui")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le rapport de la commission, dont la rédaction a pris deux ans, sera publié le 14 mars.", "fr", "rapport"),
        ("The report of the inquiry, which took two years to write, will be published on March 14.", "en", "report"),
    ],
)
def test_a_relative_aside_between_commas_is_no_subject(text, lang, expected):
    upcoming = _upcoming(text, lang)
    assert upcoming[0].event.split()[0] == expected


def test_a_coordination_of_nouns_is_no_two_clauses():
    text = "Jeanne Morel et la plupart de ses adjoints s'installent à Vierzon le 14 mars pour trois jours."
    upcoming = _upcoming(text, "fr")
    assert upcoming[0].event.startswith("Jeanne Morel et la plupart de ses adjoints")


@pytest.mark.parametrize(
    ("text", "lang", "host", "about"),
    [
        (
            "La sécurité et les transports seront au programme du conseil municipal de lundi.",
            "fr",
            "conseil",
            "sécurité",
        ),
        ("Trade and energy will be on the agenda of the leaders' summit on Monday.", "en", "leaders", "Trade"),
    ],
)
def test_what_is_on_the_agenda_of_an_event_says_what_the_event_is_about(text, lang, host, about):
    upcoming = _upcoming(text, lang)
    event = upcoming[0].event
    assert event.startswith(host) and about in event


def test_the_cut_does_not_leave_an_initial_or_an_honorific_alone_at_the_end():
    following = "\n\n15h00    Entretien avec M. Paul Durand, sénateur de la Somme\n"
    phrase = programme_items(following + "\n17h30    Entretien avec M. Jean Martin, maire\n", language("fr"))
    assert not phrase.endswith(" M") and not phrase.endswith(" M.")


def test_a_date_inside_a_relative_aside_dates_its_antecedent_and_the_verb_after_the_aside():
    text = "The fair, which is scheduled for March 14 to 16, will take place at the Riverside Hall in Leeds."
    upcoming = _upcoming(text, "en")
    assert upcoming[0].event.startswith("fair at the Riverside Hall")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The ministers will attend the opening of the World Health Organization (WHO) assembly on May 20.",
            "en",
            "WHO",
        ),
        ("Leaders meet for the G20 summit in Rio on November 18.", "en", "G20 summit"),
        (
            "Le sommet de l'Union africaine (UA) se tiendra le 31 janvier à Addis-Abeba.",
            "fr",
            "sommet de l'Union africaine",
        ),
    ],
)
def test_an_acronym_in_parentheses_and_the_names_before_an_event_noun_are_part_of_the_event(text, lang, expected):
    upcoming = _upcoming(text, lang)
    assert expected in upcoming[0].event
    assert not upcoming[0].event.startswith(("Le ", "The "))


def test_a_day_takes_the_month_of_the_date_after_it_and_la_reunion_is_a_place():
    text = "Le préfet arrivera à La Réunion le 23 pour repartir le 25 octobre."
    upcoming = _upcoming(text, "fr")
    assert [u.date for u in upcoming] == ["2024-10-23", "2024-10-25"]
    assert upcoming[0].event.startswith("préfet arrivera à La Réunion")


def test_an_hour_alone_on_its_line_takes_the_next_line_however_short():
    text = (
        "Agenda du ministre\n\n• Mardi 12 mars\n\n    • 10h15\n\n      Visite du centre de tri postal de Nantes\n"
        "    • 15h00\n\n      Questions au Gouvernement\n\n      Assemblée nationale\n\n    • 17h00\n\n"
        "      Entretien avec la présidente de la région\n"
    )
    rows = {(u.text, u.event) for u in _upcoming(text, "fr")}
    assert ("15h00", "Questions au Gouvernement") in rows
    assert ("17h00", "Entretien avec la présidente de la région") in rows


def test_a_date_whose_next_line_is_another_day_s_heading_heads_no_items():
    following = "\n\n• Lundi 15 novembre\n\n    • 09h00\n\n      Conférence inaugurale de la Semaine de l'emploi\n"
    assert programme_items(following, language("fr")) == ""


def test_a_date_blanked_between_two_commas_leaves_one_comma():
    upcoming = _upcoming(
        "Nous resterons mobilisés en attendant le retour, jeudi, de trois navires de ravitaillement.", "fr"
    )
    assert ",," not in upcoming[0].event and ", ," not in upcoming[0].event


def test_a_day_heading_that_says_no_more_than_its_first_hour_is_not_listed_twice():
    text = "Agenda\n\nMardi 12 mars\n\n10h15 Visite du centre de tri postal de Nantes\n"
    rows = [(u.text, u.event) for u in _upcoming(text, "fr")]
    assert [event for _, event in rows].count("Visite du centre de tri postal de Nantes") == 1


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le préfet du Rhône, Paul Lenoir, présentera le 14 mars le plan de circulation.",
            "fr",
            "Paul Lenoir présentera",
        ),
        ("The mayor of Leeds, Anna Holt, will open the new bridge on March 14.", "en", "Anna Holt will open"),
    ],
)
def test_a_clause_opening_on_its_verb_takes_the_apposed_name_before_it_as_subject(text, lang, expected):
    assert _upcoming(text, lang)[0].event.startswith(expected)


def test_an_hour_after_items_with_their_places_and_blank_lines_keeps_the_day_of_its_heading():
    long_item = "Réunion avec " + ", ".join(
        f"Mme Claire Martin{i}, déléguée régionale chargée du dossier {i}" for i in range(6)
    )
    text = (
        "Agenda de la semaine\n\nJeudi 12 juin\n\n8h00    Entretien avec le préfet de région\nPréfecture\n    \n"
        f"8h30    {long_item}\nHôtel de ville\n    \n11h00    Conseil municipal extraordinaire\nMairie\n"
    )
    rows = {u.text: u.date for u in _upcoming(text, "fr", TUESDAY)}
    assert rows["11h00"] == "2025-06-12"


def test_a_day_heading_a_line_of_sentences_holds_the_next_when_the_first_is_short():
    text = (
        "The schedule:\n\n"
        "--Friday, June 13: The delegates arrive at noon. The mayor hosts a dinner at the town hall.\n\n"
        "--Saturday, June 14: The delegates visit the harbour, the museum and the old town with their hosts.\n"
    )
    rows = {u.text: u.event for u in _upcoming(text, "en", TUESDAY)}
    assert rows["Friday, June 13"] == "The delegates arrive; The mayor hosts a dinner at the town hall"
    assert rows["Saturday, June 14"] == "The delegates visit the harbour, the museum and the old town"


@pytest.mark.parametrize(
    ("text", "lang", "day", "words"),
    [
        (
            "Le programme de la ministre\n\nJeudi 6 juin : Caen, Bayeux\n\nMatin : visite du port de Caen, "
            "échanges avec les dockers et les apprentis sur la modernisation des grues et le chantier du "
            "nouveau terminal.\n\nMi-journée : déjeuner avec les chefs d'entreprise de la région sur le fonds "
            "d'investissement, puis visite du pôle de recherche et de ses laboratoires.\n\n"
            "Fin d'après-midi : entretien avec le préfet du Calvados, puis dîner avec les élus.\n",
            "fr",
            "2024-06-06",
            "entretien avec le préfet",
        ),
        (
            "The minister's visit\n\nThursday 6 June: Leeds, York\n\nMorning: tour of the Leeds rail depot, talks "
            "with the engineers and apprentices about the new signalling system and the electrification of the "
            "line to Harrogate.\n\nMidday: lunch with the chamber of commerce on the regional investment fund, "
            "followed by a visit to the new science park and its laboratories.\n\n"
            "2pm: meeting with the mayor and the police chief, then dinner with councillors.\n",
            "en",
            "2024-06-06",
            "meeting with the mayor",
        ),
    ],
)
def test_a_part_of_the_day_labelling_an_item_is_on_its_headings_day(text, lang, day, words):
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2024, 6, 4), lang))
    assert any(u.date == day and words in u.event for u in upcoming), [(u.date, u.event) for u in upcoming]


@pytest.mark.parametrize(
    ("text", "lang", "published", "day", "expected"),
    [
        (
            "Ordre du jour du conseil municipal\n\nLe lundi 16 juin, à dix-huit heures, après l'appel des "
            "conseillers : vote du budget supplémentaire ; adoption du plan local d'urbanisme ;\n",
            "fr",
            dt.date(2025, 6, 10),
            "2025-06-16",
            "vote du budget supplémentaire; adoption du plan local d'urbanisme",
        ),
        (
            "Les dates à retenir\n\n– 14 mars, avant l'ouverture des guichets : c'est la clôture des inscriptions "
            "sur les listes.\n",
            "fr",
            dt.date(2025, 3, 1),
            "2025-03-14",
            "clôture des inscriptions sur les listes",
        ),
        (
            "Council business\n\nOn Monday 16 June, at 6 pm, after the roll call: vote on the supplementary "
            "budget; adoption of the local plan;\n",
            "en",
            dt.date(2025, 6, 10),
            "2025-06-16",
            "vote on the supplementary budget; adoption of the local plan",
        ),
    ],
)
def test_a_date_labelling_its_line_with_hours_and_circumstances_takes_the_items_after_the_colon(
    text, lang, published, day, expected
):
    [row] = [u for u in _upcoming(text, lang, published) if u.date == day]
    assert row.event == expected


def test_an_item_that_may_not_be_held_gives_way_to_the_next():
    text = (
        "Ordre du jour\n\nLe mardi 17 juin, à quinze heures, après les questions au Gouvernement : éventuellement, "
        "suite de la discussion de la veille ; projet de loi sur la sécurité des barrages ;\n"
    )
    [row] = [u for u in _upcoming(text, "fr", dt.date(2025, 6, 10)) if u.date == "2025-06-17"]
    assert row.event.startswith("projet de loi sur la sécurité des barrages")


def test_short_lines_listed_right_under_a_day_heading_are_its_items():
    text = (
        "The council's week\n\nCABINET\nTuesday\nLibrary closures\nSchool meals review\n"
        "Report – the future of the bus depot at Harton Road\nWednesday\nPlanning – new housing estate\n"
    )
    rows = {u.text: u.event for u in _upcoming(text, "en", dt.date(2025, 6, 9))}
    # each item by its head: the report, without the topic after its dash
    assert rows["Tuesday"] == "Library closures; School meals review; Report"


def test_a_short_line_under_a_long_item_stays_its_place():
    text = (
        "Programme\n\nJeudi 12 juin\nVisite du port de commerce avec les dockers\nQuai Est\n"
        "Rencontre avec les élus de la communauté urbaine\n"
    )
    rows = {u.text: u.event for u in _upcoming(text, "fr", dt.date(2025, 6, 10))}
    # the place is no item; the meeting, too long to follow the visit whole, leaves the row to it
    assert rows["Jeudi 12 juin"] == "Visite du port de commerce avec les dockers"


@pytest.mark.parametrize(
    ("text", "lang", "published", "day", "expected"),
    [
        (
            "Le procès.\nLes trois premières journées seront consacrées à l'audition des témoins de l'accusation. "
            "Ces trois journées sont les 3, 4 et 5 mars.",
            "fr",
            dt.date(2025, 2, 20),
            "2025-03-03/2025-03-05",
            "trois premières journées seront consacrées à l'audition des témoins de l'accusation",
        ),
        (
            "The summit.\nThe two days of talks will focus on trade and security. These days are March 3 and 4.",
            "en",
            dt.date(2025, 2, 20),
            "2025-03-03/2025-03-04",
            "two days of talks will focus on trade and security",
        ),
    ],
)
def test_a_demonstrative_and_its_noun_take_up_the_group_of_the_sentence_before(text, lang, published, day, expected):
    [row] = [u for u in _upcoming(text, lang, published) if u.date == day]
    assert row.event == expected


def test_a_demonstrative_whose_noun_the_sentence_before_does_not_name_stays():
    text = "The summit.\nLeaders will meet in Rome. These talks are on March 3."
    [row] = _upcoming(text, "en", dt.date(2025, 2, 20))
    assert "Leaders" not in row.event


@pytest.mark.parametrize(
    ("following", "lang", "expected"),
    [
        (
            "\n\n  • Dans la matinée, la ministre arrivera à Marseille. Elle y sera reçue par le préfet de région.\n"
            "  • Dans l'après-midi, la ministre visitera le chantier du nouveau port.\n",
            "fr",
            "ministre arrivera à Marseille; ministre visitera le chantier du nouveau port",
        ),
        (
            "\n* In the morning, the minister will land in Leeds. She will be met by the mayor.\n"
            "* Later in the afternoon, the minister tours the new hospital.\n",
            "en",
            "minister will land in Leeds; minister tours the new hospital",
        ),
    ],
)
def test_an_item_says_its_first_sentence_without_its_list_mark_and_the_part_of_the_day(following, lang, expected):
    assert programme_items(following, language(lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        (
            "Calendrier du budget :\n– 14 octobre. Vote de la première partie en séance publique.\n"
            "– 21 octobre. Examen des crédits des missions en commission.\n",
            "fr",
            dt.date(2025, 10, 1),
            {"2025-10-14": "Vote de la première partie en séance publique",
             "2025-10-21": "Examen des crédits des missions en commission"},
        ),
        (
            "Tour dates\n\nFriday, June 7. The band opens the festival in Lyon.\nSaturday, June 8. A signing session "
            "at the record shop.\n",
            "en",
            dt.date(2024, 5, 20),
            {"2024-06-07": "band opens the festival in Lyon", "2024-06-08": "signing session at the record shop"},
        ),
    ],
)  # fmt: skip
def test_a_date_ended_by_a_full_stop_takes_the_item_after_it_on_its_line(text, lang, published, expected):
    rows = {u.date: u.event for u in _upcoming(text, lang, published)}
    assert {day: rows.get(day) for day in expected} == expected


@pytest.mark.parametrize(
    ("text", "lang", "heading", "expected"),
    [
        (  # a minister's week: each item by its head, without the appositions and the circumstances after them
            "Agenda de la ministre\n\nLundi 16 juin\n- Entretien avec Paul Martin, président de la chambre "
            "d'agriculture.\n- Accueil des lauréats du concours dans le cadre de la semaine de l'innovation.\n"
            "- Conseil de défense.\n- Dîner avec les préfets de la région.\nMardi 17 juin\n"
            "- Questions au Gouvernement.\n",
            "fr",
            "Lundi 16 juin",
            "Entretien avec Paul Martin; Accueil des lauréats du concours; Conseil de défense",
        ),
        (  # a festival's day: the topic after a dash is left out, each concert said by its head
            "Festival programme\n\nSaturday, July 12\nOpening concert – the city orchestra plays Ravel\n"
            "Jazz night – the Marsh quartet, main stage\nFireworks over the harbour\nSunday, July 13\n"
            "Closing parade\n",
            "en",
            "Saturday, July 12",
            "Opening concert; Jazz night; Fireworks over the harbour",
        ),
        (  # a state visit: a part after a comma that opens on an event noun is an event of its own
            "The state visit\n\nTuesday, July 15\n- Arrival ceremony, lunch with the King.\n"
            "- Wreath-laying at the war memorial.\n- State banquet at the palace.\nWednesday, July 16\n- Departure.\n",
            "en",
            "Tuesday, July 15",
            "Arrival ceremony; lunch with the King; Wreath-laying at the war memorial",
        ),
        (
            "Visite d'État\n\nMercredi 18 juin\n- Cérémonie d'accueil aux Invalides, dîner d'État à l'Élysée.\n"
            "- Dépôt de gerbe.\n- Rencontre avec les étudiants de la Sorbonne.\nJeudi 19 juin\n- Départ.\n",
            "fr",
            "Mercredi 18 juin",
            "Cérémonie d'accueil aux Invalides; dîner d'État à l'Élysée; Dépôt de gerbe",
        ),
    ],
)
def test_a_day_heading_says_what_its_day_holds_by_the_heads_of_its_items(text, lang, heading, expected):
    rows = {u.text: u.event for u in _upcoming(text, lang, dt.date(2025, 6, 10))}
    assert rows[heading] == expected
    assert len(expected.split()) <= 12  # an agenda row


def test_a_day_told_in_sentences_keeps_its_first_sentences_whole():
    text = (
        "The royal week\n\nMonday, June 16\nThe King will travel to Leeds, where he will open a new library.\n"
        "He will then meet nurses at the city's hospital.\nTuesday, June 17\nThe Queen visits a school.\n"
    )
    rows = {u.text: u.event for u in _upcoming(text, "en", dt.date(2025, 6, 10))}
    assert rows["Monday, June 16"].startswith("King will travel to Leeds")


TABLE_PROGRAMME = (
    "Déroulé prévisionnel de la visite de la ministre\n"
    "Lundi 16 juin | |\n"
    "10 h 00 | Visite de la station d’épuration |\n"
    "Saint-Brieuc | |\n"
    "Toute presse | |\n"
    "15 h 30 | Rencontre avec les agriculteurs |\n"
    "Ferme de la Vallée, Lamballe | |\n"
    "Hors presse | |\n"
    "Mardi 17 juin | |\n"
    "09 h 00 | Réunion du comité de pilotage de l’eau |\n"
)


def test_a_programme_pasted_from_a_table_reads_its_rows_without_their_bars():
    rows = {(u.date, u.text): u.event for u in _upcoming(TABLE_PROGRAMME, "fr", TUESDAY)}
    assert rows[("2025-06-16", "Lundi 16 juin")] == "Visite de la station d’épuration; Rencontre avec les agriculteurs"
    assert rows[("2025-06-16", "15 h 30")] == "Rencontre avec les agriculteurs"


@pytest.mark.parametrize(
    ("following", "lang", "expected"),
    [
        (
            "\n14h00 - Inauguration du pôle de santé\nRue des Écoles, Vitré\nPresse accréditée\n"
            "16h30 - Table ronde sur l'emploi des jeunes\nMairie de Fougères, salle du conseil\n",
            "fr",
            "Inauguration du pôle de santé; Table ronde sur l'emploi des jeunes",
        ),
        (
            "\n9:30 am - Tour of the flood defences\nRiverside Park, north gate\nOpen to the press\n"
            "2 pm - Round table on housing\nCity Hall, council chamber\n",
            "en",
            "Tour of the flood defences; Round table on housing",
        ),
    ],
)
def test_the_lines_under_a_timed_item_are_its_place_and_notes(following, lang, expected):
    assert programme_items(following, language(lang)) == expected


@pytest.mark.parametrize(
    ("following", "lang", "expected"),
    [
        (
            "\n\nThe Chancellor will open the new bridge, meeting the engineers afterwards.\n\n"
            "Wednesday October 15th 2025\n\nA visit to the port closes the trip.\n",
            "en",
            "Chancellor will open the new bridge, meeting the engineers afterwards",
        ),
        (
            "\n\nLa préfète présidera le conseil de la digue, visite du chantier ensuite.\n\n"
            "Mercredi 15 octobre 2025\n\nRéunion du comité de suivi à la sous-préfecture.\n",
            "fr",
            "préfète présidera le conseil de la digue, visite du chantier ensuite",
        ),
    ],
)
def test_a_day_s_items_end_at_the_next_date_written_whole_and_a_clause_with_its_verb_is_the_item(
    following, lang, expected
):
    assert programme_items(following, language(lang)) == expected


def test_a_quote_mark_before_a_day_heading_stays_out_of_its_event():
    text = "L'agenda de la semaine\n> Mardi : procès en appel du maire de Sète\n> Jeudi : vote du budget\n"
    rows = {u.text: u.event for u in _upcoming(text, "fr", dt.date(2025, 3, 2))}
    assert rows["Mardi"] == "procès en appel du maire de Sète"


def test_a_marked_line_under_a_timed_item_is_an_item():
    following = "\n- A 9h30, visite du chantier naval.\n- Dans l'après-midi, cérémonie au monument aux morts.\n"
    assert programme_items(following, language("fr")) == "visite du chantier naval; cérémonie au monument aux morts"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Timetable\nOctober 14: at 10 am, hearing of the harbour master before the port board.\n",
            "en",
            "hearing of the harbour master before the port board",
        ),
        (
            "Timetable\n- October 14: 4:30 pm, meeting with the fishermen's union at the town hall\n",
            "en",
            "meeting with the fishermen's union at the town hall",
        ),
        (
            "Calendrier\n14 octobre : à 10 heures, audition du capitaine du port par le conseil portuaire.\n",
            "fr",
            "audition du capitaine du port par le conseil portuaire",
        ),
    ],
)
def test_a_date_that_heads_its_line_with_a_colon_takes_the_item_after_its_hour(text, lang, expected):
    [row] = _upcoming(text, lang, dt.date(2025, 10, 1))
    assert row.event == expected


@pytest.mark.parametrize(
    ("text", "lang", "day", "expected"),
    [
        (
            "Programme du ministre\n\nMardi 17 juin\n"
            "- A 8h15, dépôt de gerbe à la stèle des marins de la rade de Brest et du port de commerce.\n"
            "- A 10h, visite de la criée avec les pêcheurs du port.\n"
            "- A 15h, réunion de travail avec les élus sur le plan littoral.\n",
            "fr",
            "2025-06-17",
            "dépôt de gerbe; visite de la criée; réunion de travail",
        ),
        (
            "The minister's schedule\n\nTuesday, June 17\n"
            "8:15 am: Wreath laying at the memorial that honours the fishermen of the northern harbour"
            " and its lighthouse\n"
            "10 am: Tour of the fish market with the harbour master\n"
            "3 pm: Working meeting with councillors on the coastal plan\n",
            "en",
            "2025-06-17",
            "Wreath laying; Tour of the fish market; Working meeting with councillors",
        ),
    ],
)
def test_a_day_of_hours_sums_its_items_shorter_when_its_first_fills_the_row(text, lang, day, expected):
    """A day whose hours each have their row: a day's row of its first item alone would be that hour's row again
    (and dropped as such), so the day is summed by its items cut to their heads."""
    rows = _upcoming(text, lang, TUESDAY)
    assert [r.event for r in rows if r.date == day and not r.text[:1].isdigit()] == [expected]
    assert len(rows) == 4  # the day and each of its hours


def test_a_day_whose_first_item_is_no_hour_of_its_own_keeps_it_whole():
    """A label over the day's hours ("Concertation avec ... :") has no row of its own: the day's row says it whole."""
    following = (
        "\n\nConcertation avec les parlementaires et les élus locaux concernés par le projet de contournement :\n"
        "11h30 : entretien avec les sénateurs du département\n\n14h30 : entretien avec les députés du département\n"
    )
    assert programme_items(following, language("fr")).startswith(
        "Concertation avec les parlementaires et les élus locaux concernés"
    )


@pytest.mark.parametrize(
    ("following", "lang", "expected"),
    [
        (
            "\nStatements – transport, elections, rural affairs and tourism\nPrivate members' bills – housing\n"
            "Opposition debate\nAdjournment debate – rail services in west Cornwall\n",
            "en",
            "Statements; Private members' bills; Opposition debate; Adjournment debate",
        ),
        (
            "\nVisite de la coopérative laitière avec les producteurs du canton\nConférence de presse\n"
            "Quai des Chartrons\n",
            "fr",
            "Visite de la coopérative laitière; Conférence de presse",
        ),
    ],
)
def test_a_short_line_headed_by_an_event_noun_is_an_item_and_a_dash_topic_lists_no_event(following, lang, expected):
    """Under a day's heading, a short line headed by an event noun ("Opposition debate", "Conférence de presse") is
    an item, not the place of the item above it ("Quai des Chartrons"); the list a dash opens after an item's head
    ("Statements – transport, elections, ... tourism") is its topic, whatever noun it names."""
    assert programme_items(following, language(lang)) == expected

"""Shapes of agenda sentences common on any news page, and the event phrase each gives (timex/context.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from eventkit import event_at as _event

from generator.extract.dates import dated_events, extract_timexes


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "kept", "left"),
    [
        (
            "Le procès de l'ancien maire, poursuivi pour corruption, s'ouvrira le 3 février.",
            "le 3 février",
            "fr",
            "procès de l'ancien maire",
            "poursuivi",
        ),
        (
            "La conférence des donateurs, reportée à deux reprises, se tiendra le 9 juin à Genève.",
            "le 9 juin",
            "fr",
            "conférence des donateurs",
            "reportée",
        ),
        (
            "The donors' conference, postponed twice, will be held on June 9 in Geneva.",
            "on June 9",
            "en",
            "donors' conference",
            "postponed",
        ),
    ],
)
def test_a_participle_aside_between_the_subject_and_its_verb_is_passed_over(
    sentence: str, date: str, lang: str, kept: str, left: str
) -> None:
    event = _event(sentence, date, lang)
    assert event.startswith(kept) and left not in event


@pytest.mark.parametrize(
    ("sentence", "dates", "lang", "event"),
    [
        (
            "L'audience reprendra jeudi, le 4 mars, devant le tribunal correctionnel, à Rennes.",
            ("jeudi", "le 4 mars"),
            "fr",
            "audience reprendra devant le tribunal correctionnel, à Rennes",
        ),
        (
            "La ministre se rendra le 16 mai à Madrid, de mardi à jeudi, pour une réunion des ministres européens.",
            ("le 16 mai", "de mardi à jeudi"),
            "fr",
            "La ministre – réunion des ministres européens à Madrid",  # the complement's event noun: see below
        ),
        (
            "The hearing will resume on Thursday, March 4, before the district court, in Leeds.",
            ("Thursday, March 4",),
            "en",
            "hearing will resume before the district court, in Leeds",
        ),
    ],
)
def test_a_complement_set_off_by_a_comma_after_the_date_goes_on_with_its_clause(
    sentence: str, dates: tuple[str, ...], lang: str, event: str
) -> None:
    assert _event(sentence, dates[0], lang, *dates[1:]) == event


def test_a_clause_after_the_date_s_comma_is_no_complement() -> None:
    sentence = "Le conseil se réunira le 3 avril, et les maires voteront le budget en mai."
    assert "maires" not in _event(sentence, "le 3 avril", "fr", "en mai")


def test_an_event_noun_in_a_complement_is_no_event_of_the_date_s_clause() -> None:
    # the minister goes to Madrid on 16 May to prepare a summit: the summit is not on 16 May
    sentence = "Le ministre se rendra le 16 mai à Madrid, pour préparer le sommet des ministres."
    assert _event(sentence, "le 16 mai", "fr").startswith("ministre se rendra à Madrid")


@pytest.mark.parametrize(
    ("sentence", "dates", "lang", "event"),
    [
        (
            "Le samedi 4 mai, la maire sera aux côtés des bénévoles, dans le parc de la Tête d'Or, pour "
            "l'inauguration du nouveau jardin partagé.",
            ("Le samedi 4 mai",),
            "fr",
            "la maire – inauguration du nouveau jardin partagé",
        ),
        (
            "On Friday, May 3, the governor will be in Albany, at the state capitol, for the signing of the budget.",
            ("Friday, May 3",),
            "en",
            "the governor – signing of the budget in Albany",
        ),
    ],
)
def test_a_clause_that_names_no_event_takes_the_one_its_complement_is_for(
    sentence: str, dates: tuple[str, ...], lang: str, event: str
) -> None:
    assert _event(sentence, dates[0], lang, *dates[1:]) == event


def test_a_sentence_opened_by_its_date_dates_the_clause_after_it_not_the_whole_sentence() -> None:
    sentence = "On Tuesday, the 14th, the mayor will fly to Denver, where she will open a new clinic."
    assert _event(sentence, "On Tuesday", "en", "the 14th") == "the mayor will fly to Denver"


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "Parliament sits for two more weeks of debate before it breaks for the summer recess in July.",
            "in July",
            "en",
            "Parliament breaks for the summer recess",
        ),
        (
            "Le directeur a salué les salariés un à un avant de quitter l'entreprise le 30 juin.",
            "le 30 juin",
            "fr",
            "quitter l'entreprise",
        ),
        (
            # "where" after a place opens what happens there, its pronoun the main clause's subject past its adverbial
            "After the talks, Ms. Lagarde flies on to Nairobi where she will open the African Development Forum on "
            "Friday.",
            "on Friday",
            "en",
            "Ms. Lagarde will open the African Development Forum",
        ),
        (
            "The delegation travels to Brussels where they will meet European Commission officials next week.",
            "next week",
            "en",
            "they will meet European Commission officials",  # no name to stand for "they": never "The will meet"
        ),
    ],
)
def test_a_date_in_a_clause_of_its_own_dates_that_clause(sentence: str, date: str, lang: str, event: str) -> None:
    assert _event(sentence, date, lang) == event


def test_a_preposition_is_no_clause_of_its_own_and_a_clause_no_complement() -> None:
    assert _event("The minister will visit the plant after the summit on Monday.", "on Monday", "en").startswith(
        "minister will visit the plant"
    )
    sentence = "The committee meets on Monday, before it votes on the bill."
    assert "votes" not in _event(sentence, "on Monday", "en")


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "expected"),
    [
        (
            "The mayor and his deputy will open a public consultation on the new northern tramway line on Monday.",
            "on Monday",
            "en",
            "mayor and his deputy will open a public consultation",  # not "... on the new"
        ),
        (
            "Le maire et son adjoint ouvriront une concertation publique sur la future ligne de tramway du nord lundi.",
            "lundi",
            "fr",
            "maire et son adjoint ouvriront une concertation publique sur la future ligne",
        ),
    ],
)
def test_a_long_clause_is_cut_where_a_group_ends(sentence: str, date: str, lang: str, expected: str) -> None:
    """Too long for an agenda line, a clause ends before a preposition or after a comma, never inside a noun group."""
    assert _event(sentence, date, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "date", "event"),
    [
        (
            "The council approved the second phase of the harbour project, which is due to start in April.",
            "in April",
            "second phase of the harbour project to start",
        ),
        (
            "Union leaders rejected the latest offer of the rail operators, which expires on Friday.",
            "on Friday",
            "latest offer of the rail operators expires",
        ),
    ],
)
def test_which_opening_the_date_clause_stands_for_the_group_before_it(sentence: str, date: str, event: str) -> None:
    """'which' is the subject of its clause: the group it stands for, with its of-complement, says what happens."""
    assert _event(sentence, date, "en") == event


def test_which_after_a_preposition_without_a_determiner_stands_for_no_group() -> None:
    assert not _event("The army sent in reinforcements, which arrive on Monday.", "on Monday", "en").startswith("in ")


def test_a_relative_aside_after_an_antecedent_inside_a_clause_dates_that_antecedent_not_the_main_verb() -> None:
    """The verb after the aside is the sentence subject's; the aside's date is its antecedent's, the event before it."""
    sentence = (
        "The report, released ahead of President Ruto's visit to Paris, which is planned for March 4, is a "
        "departure from the government's earlier line."
    )
    assert _event(sentence, "March 4", "en") == "President Ruto's visit to Paris"


@pytest.mark.parametrize(
    ("sentence", "date", "event"),
    [
        (
            "Observers expect a low turnout in the D.R.C.'s Dec. 20 presidential vote.",
            "Dec. 20",
            "D.R.C.'s presidential vote",
        ),
        ("Both campaigns now look to the U.S.’s Nov. 5 election.", "Nov. 5", "U.S.’s election"),
    ],
)
def test_a_date_after_an_abbreviated_name_s_possessive_qualifies_the_noun_after_it(
    sentence: str, date: str, event: str
) -> None:
    assert _event(sentence, date, "en") == event


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "Les habitants voteront le 9 mars (sauf les électeurs des îles, qui voteront dès le 8) pour le référendum "
            "sur la fusion des communes.",
            "le 9 mars",
            "fr",
            "référendum sur la fusion des communes",
        ),
        (
            "Residents will vote on March 9 (islanders a day earlier, on their own ballot) in the referendum on the "
            "merger of the towns.",
            "on March 9",
            "en",
            "referendum on the merger of the towns",
        ),
    ],
)
def test_a_clause_goes_on_past_an_aside_in_parentheses(sentence: str, date: str, lang: str, event: str) -> None:
    assert event in _event(sentence, date, lang)


@pytest.mark.parametrize(
    ("sentence", "date", "event"),
    [
        ("The appeal of the former mayor is set to open on May 4.", "on May 4", "appeal of the former mayor to open"),
        (
            "Finance ministers are also expected to sign the new fiscal rules of the eurozone in Brussels on Tuesday.",
            "on Tuesday",
            "Finance ministers to sign the new fiscal rules of the eurozone",
        ),
    ],
)
def test_a_headline_says_what_is_planned_with_an_infinitive(sentence: str, date: str, event: str) -> None:
    """'is scheduled to', 'are expected to' say no more than 'to': their room goes to the event's words."""
    assert _event(sentence, date, "en") == event


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "German Foreign Minister Annalena Baerbock will chair a meeting of the contact group on Syria in Berlin on "
            "Thursday.",
            "on Thursday",
            "en",
            "Annalena Baerbock will chair a meeting of the contact group",
        ),
        (
            "Le Premier ministre Gabriel Attal inaugurera avec les élus de la métropole la nouvelle ligne de tramway "
            "jeudi.",
            "jeudi",
            "fr",
            "Gabriel Attal inaugurera avec les élus de la métropole la nouvelle ligne",
        ),
    ],
)
def test_a_line_too_long_for_a_title_and_a_name_keeps_the_name(sentence: str, date: str, lang: str, event: str) -> None:
    assert _event(sentence, date, lang) == event


def test_a_regnal_number_is_no_name_and_its_title_stays() -> None:
    sentence = (
        "His Majesty King Charles III will open the new session of Parliament with a speech from the throne on Tuesday."
    )
    assert "King Charles III" in _event(sentence, "on Tuesday", "en")


def test_a_title_after_a_possessive_stays_with_it() -> None:
    sentence = "Mardi, le maire Jean Durand arrivera avec son épouse Claire Martin et ses deux adjoints au gymnase."
    assert _event(sentence, "Mardi", "fr") == "Jean Durand arrivera avec son épouse Claire Martin et ses deux adjoints"


def test_a_character_the_encoding_lost_between_spaces_is_a_dash_and_never_ends_a_phrase() -> None:
    sentence = (
        "Lawmakers want a vote on the bill quickly \ufffd ideally before the June 30 recess \ufffd and the White House "
        "agrees."
    )
    assert _event(sentence, "June 30", "en") == "recess"
    sentence = "The governor said he wanted the budget signed before the legislative session ends May 15.\ufffd"
    assert not _event(sentence, "May 15", "en").endswith("\ufffd")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a time before its clause is not a sentence of its own
        ("On Thursday, 22 May at 9 a.m. Anna Ruiz and the council will open the new library.", "council will open"),
        # after a sentence, "p.m." still ends it
        ("The talks end at 5 p.m. The ministers will then meet the press on Thursday.", "ministers will then meet"),
        # words of time are no sentence either: a programme's line whose event follows its times
        ("Early Wednesday morning or 9 a.m. Thursday, May 22: The jury begins its deliberations.", "jury begins"),
    ],
)
def test_a_clock_abbreviation_ends_a_sentence_only_after_one(text, words):
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2025, 5, 19), "en"), dt.date(2025, 5, 19))
    assert all(words in item.event for item in upcoming)


@pytest.mark.parametrize(
    ("sentence", "date", "event"),
    [
        # an opening adverbial, then the date between commas: the clause after them is the event
        (
            "On the second day of the tour, Tuesday, the king will open a children's hospital in Leeds.",
            "Tuesday",
            "king will open a children's hospital in Leeds",
        ),
        # words of time, then the event after the colon
        (
            "Late Friday or early Saturday, May 24: The rescue team climbs back to the camp.",
            "Saturday, May 24",
            "rescue team climbs back to the camp",
        ),
    ],
)
def test_what_only_says_when_before_a_date_leaves_the_clause_after_it(sentence: str, date: str, event: str) -> None:
    others = ("Friday",) if "Friday" in sentence else ()
    assert _event(sentence, date, "en", *others) == event


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        # two event nouns joined by a bare "de" are one name, headed by the first
        (
            "Le préfet présidera la cérémonie d'inauguration le 14 mai à Brest.",
            "le 14 mai",
            "fr",
            "cérémonie d'inauguration à Brest",
        ),
        ("Les cheminots observeront une journée de grève le 3 avril.", "le 3 avril", "fr", "journée de grève"),
    ],
)
def test_event_nouns_joined_by_a_bare_of_word_are_one_name(sentence: str, date: str, lang: str, event: str) -> None:
    assert _event(sentence, date, lang).startswith(event)


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "Le samedi 4 mai, alors que les supporters envahiront les rues de la ville, le maire recevra les joueurs.",
            "Le samedi 4 mai",
            "fr",
            "maire recevra les joueurs",
        ),
        (
            "On Sunday, while voters head to the polls, the governor will host the Japanese trade minister.",
            "On Sunday",
            "en",
            "governor will host the Japanese trade minister",
        ),
    ],
)
def test_an_aside_of_contrast_after_an_opening_date_is_no_part_of_its_event(
    sentence: str, date: str, lang: str, event: str
) -> None:
    assert _event(sentence, date, lang) == event


def test_what_the_subject_does_at_another_date_is_that_dates_event() -> None:
    sentence = "The chancellor will fly to Brussels on Monday to attend the summit of EU leaders on Tuesday."
    assert _event(sentence, "on Tuesday", "en", "on Monday") == "chancellor to attend the summit of EU leaders"


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        ("La police a retrouvé le véhicule, volé le 3 mars à Lyon.", "le 3 mars", "fr", "véhicule volé à Lyon"),
        (
            "Le maire a contesté le permis accordé le 12 janvier par la préfecture.",
            "le 12 janvier",
            "fr",
            "permis accordé par la préfecture",
        ),
        (
            "Le groupe a racheté une usine fermée en 2019 par son concurrent, Acme Industries, pour la relancer.",
            "en 2019",
            "fr",
            "usine fermée par son concurrent, Acme Industries",
        ),
        (
            "The law, approved by the Senate in March, bans single-use plastics.",
            "in March",
            "en",
            "law approved by the Senate",
        ),
        (
            "Critics attacked the contract awarded on 4 May to a local firm.",
            "on 4 May",
            "en",
            "contract awarded to a local firm",
        ),
    ],
)
def test_a_date_in_a_participle_phrase_after_its_noun_dates_what_the_participle_says(
    sentence: str, date: str, lang: str, event: str
) -> None:
    assert _event(sentence, date, lang) == event


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        # a subject and its finite verb, not a noun and its participle
        ("The parliament passed the law in March.", "in March", "en", "parliament passed the law"),
        ("Republicans never took up the bill the House passed in May.", "in May", "en", "took up the bill"),
        # a participle that says an event is planned dates it: the event noun's own reading
        ("La réunion, prévue mardi, est reportée.", "mardi", "fr", "réunion est reportée"),
        # an adjective in a coordination does not govern the date after the coordinator
        (
            "Le texte a été rédigé par les délégués des pays voisins et de l'Union le 3 juin à Genève.",
            "le 3 juin",
            "fr",
            "texte",
        ),
        ("The summit, scheduled for June 9, will take place in Geneva.", "June 9", "en", "will take place in Geneva"),
    ],
)
def test_a_finite_verb_or_a_planned_event_is_no_participle_phrase(
    sentence: str, date: str, lang: str, event: str
) -> None:
    assert event in _event(sentence, date, lang)


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "Arrivé à Dakar le 3 mai, le président a rencontré son homologue.",
            "le 3 mai",
            "fr",
            "le président arrivé à Dakar",
        ),
        (
            "En quittant Londres le 15 octobre, le couple rejoindra Sydney.",
            "le 15 octobre",
            "fr",
            "le couple en quittant Londres",
        ),
        (
            "Arriving in Paris on Monday, the president will meet his counterpart.",
            "on Monday",
            "en",
            "the president arriving in Paris",
        ),
        (
            "After visiting the flooded towns on Sunday, Ms. Lagarde will hold a press conference.",
            "on Sunday",
            "en",
            "Ms. Lagarde visiting the flooded towns",
        ),
    ],
)
def test_an_opening_clause_on_a_participle_holding_the_date_is_what_the_subject_does_then(
    sentence: str, date: str, lang: str, event: str
) -> None:
    assert _event(sentence, date, lang) == event


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        # a line that opens on a participle in lower case (a list item, a caption cut above it): no noun before it
        (
            "ratifié le 2 février à Berne, l'accord entre en vigueur en mars.",
            "le 2 février",
            "fr",
            "l'accord ratifié à Berne",
        ),
        (
            "approved on 12 March in Brussels, the plan takes effect in May.",
            "on 12 March",
            "en",
            "the plan approved in Brussels",
        ),
    ],
)
def test_a_participle_that_opens_the_line_in_lower_case_follows_no_noun(
    sentence: str, date: str, lang: str, event: str
) -> None:
    assert _event(sentence, date, lang) == event


@pytest.mark.parametrize(
    ("sentence", "date", "event"),
    [
        ("On Tuesday, Dangor told the court that the case was weak.", "On Tuesday", "Dangor told the court"),
        ("Last week, Trump said the tariffs would stay.", "Last week", "Trump said the tariffs would stay"),
    ],
)
def test_a_date_before_a_one_word_speaker_and_the_speech_verb_dates_the_saying(
    sentence: str, date: str, event: str
) -> None:
    assert _event(sentence, date, "en").startswith(event)


@pytest.mark.parametrize(
    ("sentence", "date", "event"),
    [
        ("On Tuesday, the minister told reporters that the talks had failed.", "On Tuesday", "the minister told"),
        ("Yesterday, the mayor said the bridge would reopen.", "Yesterday", "the mayor said the bridge would reopen"),
    ],
)
def test_a_date_before_a_speaker_of_article_and_noun_dates_the_saying_with_the_speaker(
    sentence: str, date: str, event: str
) -> None:
    assert _event(sentence, date, "en").startswith(event)


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "On Monday, the company's chief executive, Jane Doe, told reporters that the plant in Ohio would close.",
            "On Monday",
            "en",
            "Jane Doe told reporters that the plant in Ohio would close",
        ),
        (
            "Mardi, Anne Hidalgo, la maire de Paris, a inauguré la nouvelle ligne de tramway.",
            "Mardi",
            "fr",
            "Anne Hidalgo a inauguré la nouvelle ligne de tramway",
        ),
        (
            "Le 2 juin, Pierre Martin, le président du club, n'a pas voulu commenter la défaite.",
            "Le 2 juin",
            "fr",
            "Pierre Martin n'a pas voulu commenter la défaite",
        ),
        (
            "In 2019, the Electricity Council, which represents the utilities, pushed back against the rules.",
            "In 2019",
            "en",
            "the Electricity Council pushed back against the rules",
        ),
    ],
)
def test_after_an_opening_date_the_subject_s_apposition_is_left_out_and_its_name_kept(
    sentence: str, date: str, lang: str, event: str
) -> None:
    assert _event(sentence, date, lang) == event


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "Le 3 juin, lors d'un conseil des ministres restreint, le gouvernement a adopté le projet de loi.",
            "Le 3 juin",
            "fr",
            "le gouvernement a adopté le projet de loi",
        ),
        (
            "Le 9 mars, à l'occasion d'un déplacement à Lille, la ministre n'a pas annoncé de mesure.",
            "Le 9 mars",
            "fr",
            "la ministre n'a pas annoncé de mesure",
        ),
        (
            "On Friday, during a visit to the flooded valley, the governor declared a state of emergency.",
            "On Friday",
            "en",
            "the governor declared a state of emergency",
        ),
    ],
)
def test_an_adverbial_of_circumstance_after_an_opening_date_leaves_the_clause_after_it(
    sentence: str, date: str, lang: str, event: str
) -> None:
    assert _event(sentence, date, lang) == event


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "Prices have risen since January, when the central bank cut its main rate.",
            "January",
            "en",
            "the central bank cut its main rate",
        ),
        (
            "Le chômage a reculé depuis janvier, lorsque le gouvernement a lancé son plan d'aide.",
            "janvier",
            "fr",
            "le gouvernement a lancé son plan d'aide",
        ),
        (
            "Turnout was higher than in 2017, when the party lost its majority.",
            "2017",
            "en",
            "the party lost its majority",
        ),
    ],
)
def test_a_when_clause_after_a_date_says_what_happened_then(sentence: str, date: str, lang: str, event: str) -> None:
    assert _event(sentence, date, lang) == event


def test_a_date_inside_a_when_clause_dates_that_clause() -> None:
    sentence = "The raise is smaller than the one sought by the drivers when the union called the strike on May 3."
    assert _event(sentence, "on May 3", "en").startswith("union called the strike")


@pytest.mark.parametrize(
    ("sentence", "date", "event"),
    [
        ("Les ministres parleront de ce traité signé le 5 mai à Rome.", "le 5 mai", "traité signé à Rome"),
        ("Le parti s'oppose à cette loi votée le 2 juillet par le Sénat.", "le 2 juillet", "loi votée par le Sénat"),
    ],
)
def test_a_demonstrative_opens_the_noun_group_a_participle_follows(sentence: str, date: str, event: str) -> None:
    assert _event(sentence, date, "fr").startswith(event)


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "La journée de mardi sera la plus chargée du voyage : visite d'une usine à Lyon, déjeuner avec les élus et "
            "rencontre avec des étudiants.",
            "mardi",
            "fr",
            "visite d'une usine à Lyon; déjeuner avec les élus",
        ),
        (
            "Wednesday will be the busiest day of the trip: a tour of a factory in Leeds, lunch with local officials "
            "and a meeting with students.",
            "Wednesday",
            "en",
            "tour of a factory in Leeds; lunch with local officials",
        ),
    ],
)
def test_a_day_whose_clause_ends_on_a_colon_holds_the_first_events_of_the_list_after_it(
    sentence: str, date: str, lang: str, event: str
) -> None:
    assert _event(sentence, date, lang) == event


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        ("C'est mardi que le conseil municipal votera le budget.", "mardi", "fr", "conseil municipal votera"),
        ("C'est le 3 mars qu'aura lieu le procès de l'ancien maire.", "le 3 mars", "fr", "procès de l'ancien maire"),
        ("It is on Monday that the council will vote on the budget.", "on Monday", "en", "council will vote"),
        ("It was in May that the union called its first strike.", "in May", "en", "union called its first strike"),
    ],
)
def test_a_cleft_that_puts_the_date_forward_leaves_the_clause_after_its_link(
    sentence: str, date: str, lang: str, event: str
) -> None:
    phrase = _event(sentence, date, lang)
    assert phrase.startswith(event)
    assert not phrase.lower().startswith(("c'est", "it is", "it was", "que", "that"))


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event", "left"),
    [
        (
            "Deux jours plus tard, le mardi 9 mars, c'est Claire Dubois, ministre de la Culture, qui inaugurera le "
            "musée de Nantes.",
            "le mardi 9 mars",
            "fr",
            "Claire Dubois inaugurera le musée de Nantes",
            "plus tard",
        ),
        (
            "Ce n'est qu'après les vacances, à la mi-septembre, que les travaux de la piscine reprendront.",
            "à la mi-septembre",
            "fr",
            "travaux de la piscine reprendront",
            "vacances",
        ),
        (
            "A week later, on Thursday, it is the health secretary who will open the new ward in Leeds.",
            "on Thursday",
            "en",
            "health secretary will open the new ward in Leeds",
            "week later",
        ),
    ],
)
def test_a_cleft_after_the_date_or_around_it_says_who_does_what(
    sentence: str, date: str, lang: str, event: str, left: str
) -> None:
    # the subject put forward ("c'est X qui", "it is X who") is the clause's subject; a focus of time with the date
    # ("Ce n'est qu'après ..., à la mi-septembre, que") leaves the clause after its link; what opens the sentence
    # before the date is its frame, no event
    phrase = _event(sentence, date, lang)
    assert phrase.startswith(event)
    assert left not in phrase


@pytest.mark.parametrize(
    ("sentence", "date", "event"),
    [
        # a connective, no cleft: the relative stays an aside of the subject
        ("C'est pourquoi le ministre, qui a été élu en 2020, viendra à Lyon le 5 mai.", "le 5 mai", "ministre viendra"),
        # a clause of its own before the opening: the date is that clause's
        ("Le ministre viendra à Lyon le 5 mai, c'est une visite qui compte.", "le 5 mai", "ministre viendra à Lyon"),
    ],
)
def test_a_copula_that_opens_no_cleft_leaves_the_clause_as_it_is(sentence: str, date: str, event: str) -> None:
    phrase = _event(sentence, date, "fr", *(["2020"] if "2020" in sentence else []))
    assert event in phrase
    assert "élu" not in phrase and "compte" not in phrase


def test_a_too_long_line_names_a_person_of_one_word_without_the_title_before_it() -> None:
    sentence = (
        "Le 4 mai, le Premier ministre Castex se rendra à Lille en compagnie du président Biden pour inaugurer un "
        "nouveau centre hospitalier régional."
    )
    assert _event(sentence, "Le 4 mai", "fr").startswith("Castex se rendra à Lille avec Biden")
    # a regnal number is part of the name: the title stays
    assert _event("King Charles III will travel to Kenya on Monday.", "on Monday", "en").startswith("King Charles III")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "The transport minister said on Monday that the consultation on the new bus network would close\n"
            "on 30 June, after which the plans go to the\nregional council for a vote.",
            "en",
            "consultation on the new bus network would close",
        ),
        (
            "Les travaux de rénovation de la piscine municipale de\nLyon commenceront le 12 juin.",
            "fr",
            "piscine municipale de Lyon",
        ),
    ],
)
def test_a_sentence_cut_by_a_hard_wrap_is_read_as_one(text: str, lang: str, words: str) -> None:
    published = dt.date(2025, 5, 19)
    upcoming, _ = dated_events(extract_timexes(text, published, lang), published)
    assert [item.event for item in upcoming if words in item.event]


def test_a_heading_and_a_list_under_it_are_no_hard_wrap() -> None:
    from generator.extract.timex.wording import Sentences

    text = "Mardi 8 avril\nentretien avec le maire\nProgramme de la visite :\nWednesday\nPrime minister's questions"
    assert [text[a:b] for a, b in Sentences(text).spans] == text.split("\n")


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "The city council approved the new budget for the harbour, the mayor said on Monday.",
            "on Monday",
            "en",
            "city council approved the new budget for the harbour",
        ),
        (
            "Le conseil municipal a approuvé le nouveau budget du port, a déclaré lundi le maire.",
            "lundi",
            "fr",
            "conseil municipal a approuvé le nouveau budget du port",
        ),
    ],
)
def test_an_attribution_after_its_clause_dates_what_it_reports(sentence: str, date: str, lang: str, event: str) -> None:
    assert _event(sentence, date, lang) == event


def test_a_date_after_a_passive_speech_verb_is_no_attribution() -> None:
    sentence = "The union will decide on a strike, with details to be announced next week."
    assert _event(sentence, "next week", "en").startswith("with details to be announced")


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "Selon la préfecture, samedi, les manifestants se rassembleront place de la République.",
            "samedi",
            "fr",
            "manifestants se rassembleront place de la République",
        ),
        (
            "According to the agency, on Monday, the board will vote on the merger of the two banks.",
            "on Monday",
            "en",
            "board will vote on the merger",
        ),
    ],
)
def test_an_adverbial_of_source_before_a_date_set_off_by_commas_is_no_event(
    sentence: str, date: str, lang: str, event: str
) -> None:
    phrase = _event(sentence, date, lang)
    assert event in phrase and "agency" not in phrase and "préfecture" not in phrase


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        ("La lecture du verdict est prévue le 3 juin.", "le 3 juin", "fr", "lecture du verdict"),
        ("L'ouverture du sommet aura lieu lundi 4 mars.", "lundi 4 mars", "fr", "ouverture du sommet"),
        ("The reading of the verdict is scheduled for June 3.", "June 3", "en", "reading of the verdict"),
    ],
)
def test_a_subject_whose_head_the_event_noun_complements_keeps_its_head(
    sentence: str, date: str, lang: str, event: str
) -> None:
    """At "La lecture du verdict est prévue", what happens is the reading, of the verdict."""
    assert _event(sentence, date, lang) == event


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "The Japanese prime minister makes an official visit to Canada on 12 May before a trip to Mexico.",
            "on 12 May",
            "en",
            "official visit to Canada",
        ),
        (
            "Le président effectuera une visite d'État en Chine le 3 avril avant un sommet à Tokyo.",
            "le 3 avril",
            "fr",
            "visite d'État en Chine",
        ),
    ],
)
def test_an_event_noun_a_sequence_word_places_after_the_date_is_another_event(
    sentence: str, date: str, lang: str, event: str
) -> None:
    """At "a visit on 12 May before a trip to Mexico": the date's event is the visit, the trip comes after it."""
    assert _event(sentence, date, lang) == event


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "Les élus espèrent que le chantier du tramway débutera en septembre.",
            "en septembre",
            "fr",
            "chantier du tramway débutera",
        ),
        (
            "Cela ne signifie pas pour autant que le marché fermera dès le 3 mars.",
            "le 3 mars",
            "fr",
            "marché fermera",
        ),
        (
            "Le député a rappelé que le texte serait examiné par le Sénat le 12 juin.",
            "le 12 juin",
            "fr",
            "texte serait examiné par le Sénat",
        ),
        (
            "Officials hope that construction of the tramway will begin in September.",
            "in September",
            "en",
            "construction of the tramway will begin",
        ),
        (
            "County officials say residents must stay indoors until Friday.",
            "until Friday",
            "en",
            "residents must stay indoors",
        ),
        (
            "Analysts expect that the central bank will cut rates on June 6.",
            "on June 6",
            "en",
            "central bank will cut rates",
        ),
    ],
)
def test_a_date_in_the_clause_a_verb_of_saying_or_thinking_governs_dates_that_clause(
    sentence: str, date: str, lang: str, event: str
) -> None:
    assert _event(sentence, date, lang) == event


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        # the date right after the verb is the saying's: who said it stays
        ("The mayor said on Monday that the bridge would be closed.", "on Monday", "en", "mayor said"),
        # no clause after the verb: "states" is a noun, "to meet" has no subject
        (
            "The chancellor has invited the heads of government of the G8 states to meet in Heiligendamm from 6 to 8 "
            "June.",
            "from 6 to 8 June",
            "en",
            "heads of government",
        ),
    ],
)
def test_a_verb_of_saying_before_its_date_or_before_no_clause_keeps_the_sentence(
    sentence: str, date: str, lang: str, event: str
) -> None:
    assert event in _event(sentence, date, lang)


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "Le président, qui recevra son homologue allemand jeudi, s'est dit confiant.",
            "jeudi",
            "fr",
            "président recevra son homologue allemand",
        ),
        (
            "Le ministre de l'Intérieur, qui se rendra à Lyon vendredi, a annoncé des renforts.",
            "vendredi",
            "fr",
            "ministre de l'Intérieur se rendra à Lyon",
        ),
        (
            "The prime minister, who will meet his German counterpart on Thursday, said he was confident.",
            "on Thursday",
            "en",
            "prime minister will meet his German counterpart",
        ),
        # a name with no determiner before it stands for itself
        ("He held talks with Xi Jinping, who arrives in Paris on Monday.", "on Monday", "en", "Xi Jinping arrives"),
    ],
)
def test_a_relative_pronoun_stands_for_the_noun_group_before_it(
    sentence: str, date: str, lang: str, event: str
) -> None:
    assert _event(sentence, date, lang).startswith(event)


def test_a_relative_pronoun_after_a_group_a_preposition_governs_is_not_that_group() -> None:
    sentence = "Dr Jones, the curator at the University of Leeds, who first met him in 2005, called him a hero."
    assert not _event(sentence, "in 2005", "en").startswith("University of Leeds")


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        (
            "Le gouvernement a annoncé une réunion avec les syndicats. Elle aura lieu le 30 juin à Matignon.",
            "fr",
            "réunion avec les syndicats à Matignon",
        ),
        (
            "Le programme du sommet a été dévoilé par la présidence.\n\nIl débutera samedi par un dîner.",
            "fr",
            "programme du sommet débutera",
        ),
        (
            "The government announced a meeting with the unions. It will take place on June 30 in London.",
            "en",
            "meeting with the unions in London",
        ),
        (
            "The mayor confirmed the opening of a new swimming pool. It is scheduled for September.",
            "en",
            "opening of a new swimming pool",
        ),
    ],
)
def test_a_pronoun_that_only_takes_place_stands_for_the_event_named_before(text: str, lang: str, event: str) -> None:
    published = dt.date(2025, 5, 19)
    upcoming, _ = dated_events(extract_timexes(text, published, lang), published)
    assert [item.event for item in upcoming if item.event.startswith(event)]


def test_a_pronoun_after_a_sentence_naming_no_event_is_left_to_the_subject() -> None:
    text = "Le ministre est arrivé à Lyon. Il se rendra jeudi à Marseille."
    published = dt.date(2025, 5, 19)
    upcoming, _ = dated_events(extract_timexes(text, published, "fr"), published)
    assert [item.event for item in upcoming] == ["Il se rendra à Marseille"]


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        # a list set off by commas is one subject: its last items alone are a fragment
        ("The nurses, the porters and the cleaners will strike on Monday.", "on Monday", "en", "nurses, the porters"),
        ("Unite, GMB, and Unison are expected to walk out on Friday.", "on Friday", "en", "Unite, GMB, and Unison"),
        (
            "The union says its members who load, drive and unload lorries will stop work on Tuesday.",
            "on Tuesday",
            "en",
            "members who load, drive and unload lorries",
        ),
        ("Les infirmiers, les internes et les médecins feront grève lundi.", "lundi", "fr", "infirmiers, les internes"),
        # the other side of the list shapes: an opening adverbial, two clauses, a place list after a verb
        ("In Leeds, the nurses and the porters will strike on Monday.", "on Monday", "en", "nurses and the porters"),
        ("The talks ended, and the leaders will fly home on Monday.", "on Monday", "en", "leaders will fly home"),
        ("The minister will tour Leeds, York and Hull on Monday.", "on Monday", "en", "minister will tour Leeds, York"),
    ],
)
def test_a_list_subject_is_kept_whole(sentence: str, date: str, lang: str, event: str) -> None:
    assert event in _event(sentence, date, lang)


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "Nantes reste quatrième, à un point de Rennes qui accueillera dimanche le leader, Lens.",
            "dimanche",
            "fr",
            "Rennes accueillera le leader",
        ),
        (
            "The mayor thanked the charity which will hold a toy drive on Saturday.",
            "on Saturday",
            "en",
            "charity will hold a toy drive",
        ),
        ("Le maire a salué Marie Dupont qui présidera dimanche le jury.", "dimanche", "fr", "Marie Dupont présidera"),
    ],
)
def test_a_date_in_a_relative_clause_dates_what_its_antecedent_does(
    sentence: str, date: str, lang: str, event: str
) -> None:
    said = _event(sentence, date, lang)
    assert said.startswith(event) and " qui " not in said and " which " not in said


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # the main clause's verb comes after the relative: the date is the main clause's
        ("Officials say anyone who attended the service must stay in quarantine until March 22.", "until March 22"),
        # the relative is inside the subject
        ("The minister who will chair the talks on Monday is new.", "on Monday"),
    ],
)
def test_a_relative_the_date_does_not_end_keeps_its_main_clause(sentence: str, date: str) -> None:
    said = _event(sentence, date, "en")
    assert said.split()[0] in ("anyone", "minister")


def test_an_absolute_clause_after_another_date_gives_its_own_event() -> None:
    sentence = (
        "The drivers are expected to go on strike starting Monday with the guards joining on Thursday if talks fail."
    )
    said = _event(sentence, "on Thursday", "en", "Monday")
    assert said == "guards joining"
    assert _event(sentence, "Monday", "en", "on Thursday").startswith("drivers to go on strike")


def test_a_phrase_cut_to_an_agenda_line_never_ends_on_an_auxiliary() -> None:
    sentence = (
        "The mayor said the council will make changes to the budget the planning office drafted "
        "will be voted on Friday."
    )
    said = _event(sentence, "on Friday", "en")
    assert said.endswith("drafted")
    # a name that is an auxiliary's word, capitalised, is no auxiliary
    long = "On Tuesday, after a breakfast with business leaders at the embassy, Trump meets Theresa May."
    assert _event(long, "On Tuesday", "en").endswith("May")


def test_a_tour_written_with_its_days_keeps_its_row_beside_its_legs() -> None:
    text = (
        "The prime minister will visit Japan, Korea and Australia from May 19 to 24. "
        "The prime minister will be in Japan from May 19 to 21 for the G7 summit. "
        "The prime minister will visit Australia from May 22 to 24 to attend the Quad summit."
    )
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2023, 5, 10), "en"))
    assert "2023-05-19/2023-05-24" in [u.date for u in upcoming]


@pytest.mark.parametrize(
    ("text", "lang", "published", "events"),
    [
        (
            "The union has announced further dates for strike action which will hit parts of the postal service.\n\n"
            "For sorting, transport and admin, these are November 3, 9 and 15.\n\n"
            "For its counters, these are November 4 and 10.\n",
            "en",
            dt.date(2022, 10, 1),
            {
                "2022-11-03": "strike action – sorting, transport and admin",
                "2022-11-10": "strike action – its counters",
            },
        ),
        (
            "Les syndicats ont annoncé de nouvelles journées de grève contre la réforme des retraites.\n\n"
            "Pour la SNCF, ce sont les 3, 9 et 15 novembre.\n",
            "fr",
            dt.date(2022, 10, 1),
            {"2022-11-09": "journées de grève contre la réforme des retraites – SNCF"},
        ),
    ],
)
def test_a_list_of_dates_whose_subject_only_stands_for_them_takes_the_event_named_before(
    text: str, lang: str, published: dt.date, events: dict[str, str]
) -> None:
    upcoming, _ = dated_events(extract_timexes(text, published, lang))
    said = {u.date: u.event for u in upcoming}
    assert all(said.get(day) == event for day, event in events.items())


def test_a_clause_ending_on_a_count_of_days_is_no_list_head() -> None:
    text = "Le syndicat mènera son action sur huit jours, les 25, 26 et 29 juin."
    upcoming, _ = dated_events(extract_timexes(text, dt.date(2018, 6, 1), "fr"))
    assert all("syndicat" in u.event for u in upcoming)


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "On Sunday, the minister's day begins with a meeting with the mayor of Leeds, followed by a lunch.",
            "On Sunday",
            "en",
            "minister – meeting with the mayor of Leeds",
        ),
        (
            "Her programme in Spain on Monday begins with a visit to a school in Seville.",
            "on Monday",
            "en",
            "visit to a school in Seville",
        ),
        (
            "Mardi, sa journée débutera par une rencontre avec les élus de la région.",
            "Mardi",
            "fr",
            "rencontre avec les élus de la région",
        ),
    ],
)
def test_what_a_day_or_a_programme_begins_with_is_its_event(sentence: str, date: str, lang: str, event: str) -> None:
    said = _event(sentence, date, lang)
    assert said.endswith(event) and "begins" not in said and "débutera" not in said


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        # who announced it is no part of the event: the coming it announces is
        ("La préfecture a confirmé la venue du ministre de l'Intérieur le vendredi 14 mai à Tulle.",
         "le vendredi 14 mai", "venue du ministre de l'Intérieur à Tulle"),
        ("Le cabinet a annoncé le séjour de la ministre à Nouméa le 3 mai.", "le 3 mai",
         "séjour de la ministre à Nouméa"),
        # the participle is no noun: its clause keeps its subject
        ("La ministre est venue à Brest le 3 mai pour signer le contrat.", "le 3 mai",
         "ministre est venue à Brest pour signer le contrat"),
    ],
)  # fmt: skip
def test_a_coming_or_a_stay_announced_is_the_event(sentence: str, date: str, expected: str) -> None:
    assert _event(sentence, date, "fr") == expected

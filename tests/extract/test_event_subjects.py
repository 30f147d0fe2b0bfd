"""The event phrase keeps who or what does it, and leaves out what only frames it (timex/context.py): a pair named
after "between", the subject a coordinated verb shares, a condition after the event, a minute's "To note that"."""

from __future__ import annotations

import pytest
from eventkit import event_at as _event

from generator.extract.timex.context import event_phrase
from generator.lang import language


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "subject"),
    [
        ("The clash between Spain and Italy has been moved on June 21.", "June 21", "en", "clash between Spain"),
        ("Talks between the mayor and the drivers have been set for June 21.", "June 21", "en", "mayor"),
    ],
)
def test_a_pair_after_between_is_one_group(sentence: str, date: str, lang: str, subject: str) -> None:
    assert subject in _event(sentence, date, lang)


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "opening"),
    [
        (
            "The bakery on Main Street is currently closed and will be open again on March 3.",
            "March 3",
            "en",
            "bakery on Main Street will be open",
        ),
        (
            "The annual fair was cancelled last year but will return on June 5.",
            "June 5",
            "en",
            "annual fair will return",
        ),
        (
            "Le gymnase du quartier est fermé depuis mars et rouvrira ses portes le 5 juin.",
            "le 5 juin",
            "fr",
            "gymnase du quartier rouvrira",
        ),
    ],
)
def test_a_coordinated_verb_takes_the_subject_it_shares(sentence: str, date: str, lang: str, opening: str) -> None:
    assert _event(sentence, date, lang).startswith(opening)


def test_a_pronoun_subject_is_not_shared() -> None:
    # "he" says nothing in an agenda line: the pronoun is left to the rules that resolve it
    assert not _event("He was released and will appear in court on June 5.", "June 5", "en").startswith("He")


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "condition"),
    [
        (
            "The union served notice of a strike for June 12 unless management agrees to talks.",
            "June 12",
            "en",
            "unless",
        ),
        ("Nurses have called a strike for June 12 in case the talks fail.", "June 12", "en", "case"),
        ("Le syndicat menace d'une grève le 5 juin en cas d'échec des négociations.", "le 5 juin", "fr", "cas"),
        (
            "Il a déposé un préavis de grève pour le 12 juin dans le cas où la direction refuserait.",
            "12 juin",
            "fr",
            "cas",
        ),
    ],
)
def test_a_condition_after_the_event_is_left_out(sentence: str, date: str, lang: str, condition: str) -> None:
    said = _event(sentence, date, lang)
    assert condition not in said.split() and ("grève" in said or "strike" in said)


def test_what_a_minute_notes_is_the_event() -> None:
    said = _event("To note that the new depot will open on May 4.", "May 4", "en")
    assert said.startswith("new depot will open")


def test_a_verb_after_a_relative_is_not_given_the_main_subject() -> None:
    # the fair ends on Friday, not the mayor: the coordinated verb may be the relative clause's
    said = _event("The mayor will open the fair that starts on Tuesday and will end on Friday.", "Friday", "en")
    assert not said.startswith("mayor will end")


@pytest.mark.parametrize(
    ("sentence", "date", "link"),
    [
        ("Le syndicat annonce des journées de grève le 8 mai mais aussi le 15 mai.", "le 15 mai", "aussi"),
        ("Le syndicat prévoit des grèves le 8 avril ainsi que le 15 avril.", "le 15 avril", "ainsi"),
    ],
)
def test_the_link_to_the_next_dates_does_not_end_the_event(sentence: str, date: str, link: str) -> None:
    said = _event(sentence, date, "fr")
    assert "grève" in said and not said.endswith(link)


def test_a_link_the_cut_left_before_a_mark_is_left_out() -> None:
    # a long sentence cut to an agenda line: the link to the next dates, then the full stop the cut kept
    sentence = (
        "Les syndicats annoncent des journées de grève de 24 heures dès le 8 mai mais aussi les 15 et 22 mai. « Le "
        "mouvement se prolongera ensuite tout au long du mois de juin avec des actions renforcées et graduelles », a "
        "précisé le porte-parole."
    )
    others = [(sentence.index(d), sentence.index(d) + len(d)) for d in ("8 mai", "22 mai")]
    start = sentence.index("les 15")
    said = event_phrase(sentence, start, start + len("les 15"), language("fr"), others)
    assert said.startswith("journées de grève") and not said.endswith("aussi")


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "The Smith Band, a folk group from Ohio, will play on the main stage on Saturday, June 3.",
            "Saturday, June 3",
            "en",
            "Smith Band will play on the main stage",
        ),
        (
            "Good news for fans: the county's new manager, Jane Roe, will present the budget on Tuesday.",
            "Tuesday",
            "en",
            "Jane Roe will present the budget",
        ),
        (
            "Le groupe Tryo, formation phare de la scène reggae, jouera sur la grande scène le samedi 3 juin.",
            "le samedi 3 juin",
            "fr",
            "groupe Tryo jouera sur la grande scène",
        ),
        (
            "Paul Durand, maire de la ville, sera à Lyon le 29 juillet.",
            "le 29 juillet",
            "fr",
            "Paul Durand sera à Lyon",
        ),
        (
            "Le ministre, qui revient de Rome, recevra les maires lundi.",
            "lundi",
            "fr",
            "ministre recevra les maires",
        ),
        # a name after an honorific is the name the subject stands for, kept as it is
        ("Le maire, M. Durand, inaugurera la salle le 3 mai.", "le 3 mai", "fr", "M. Durand inaugurera la salle"),
        ("The mayor, Mr. Smith, will open the hall on May 3.", "May 3", "en", "Mr. Smith will open the hall"),
    ],
)
def test_what_is_set_off_between_the_subject_and_the_date_s_verb_is_left_out(
    sentence: str, date: str, lang: str, event: str
) -> None:
    # the apposition said in the subject's place named the wrong actor ("folk group from Ohio will play")
    assert _event(sentence, date, lang) == event


@pytest.mark.parametrize(
    ("sentence", "date", "lang"),
    [
        # the clause before the aside is no subject of the date's verb: a verb of its own, or a frame
        ("The mayor said, in a statement, that the fair will open on Tuesday.", "Tuesday", "en"),
        ("À Lyon, comme chaque année, le festival ouvrira le 5 juin.", "le 5 juin", "fr"),
    ],
)
def test_no_aside_is_left_out_before_a_clause_with_its_own_subject(sentence: str, date: str, lang: str) -> None:
    said = _event(sentence, date, lang)
    assert "fair" in said or "festival" in said


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "event"),
    [
        (
            "• Paul Durand, maire de la ville, sera à Lyon le 29 juillet.",
            "le 29 juillet",
            "fr",
            "Paul Durand sera à Lyon",
        ),
        ("* The county fair will open on June 5.", "June 5", "en", "The county fair will open"),
    ],
)
def test_a_list_mark_opens_no_event(sentence: str, date: str, lang: str, event: str) -> None:
    assert _event(sentence, date, lang) == event


@pytest.mark.parametrize(
    ("sentence", "date", "other", "lang", "event"),
    [
        (
            "Le président sera à Lyon le 3 mai, puis à Grenoble le lendemain.",
            "le lendemain",
            "le 3 mai",
            "fr",
            "président sera à Grenoble",
        ),
        (
            "La ministre fera étape à Nantes le 3 mai et à Rennes le 4 mai.",
            "le 4 mai",
            "le 3 mai",
            "fr",
            "ministre fera étape à Rennes",
        ),
        (
            "The minister will visit Leeds on May 3 and York on May 4.",
            "May 4",
            "May 3",
            "en",
            "minister will visit York",
        ),
        (
            "Ms Roe will be in Tokyo on May 3, then in Seoul on May 4.",
            "May 4",
            "May 3",
            "en",
            "Ms Roe will be in Seoul",
        ),
    ],
)
def test_the_next_stop_of_a_tour_takes_the_verb_said_once_without_the_stop_before(
    sentence: str, date: str, other: str, lang: str, event: str
) -> None:
    # "président sera à Lyon, puis à Grenoble" gave the second day the first day's town
    assert _event(sentence, date, lang, other) == event


@pytest.mark.parametrize(
    ("sentence", "date", "other", "lang", "kept"),
    [
        ("Le président sera à Lyon le 3 mai, puis à Grenoble le lendemain.", "le 3 mai", "le lendemain", "fr", "Lyon"),
        ("Le magasin fermera le 2 mai et rouvrira le 9 mai.", "le 9 mai", "le 2 mai", "fr", "magasin rouvrira"),
        # a name inside a word, or a person after an honorific, is no stop of a tour
        ("Apple will release the iPhone on May 3 and Samsung on May 4.", "May 4", "May 3", "en", "iPhone"),
        ("Le président recevra M. Dupont le 3 mai et Mme Durand le 4 mai.", "le 4 mai", "le 3 mai", "fr", "M. Dupont"),
    ],
)
def test_a_first_stop_or_a_verb_of_its_own_is_read_as_before(
    sentence: str, date: str, other: str, lang: str, kept: str
) -> None:
    assert kept in _event(sentence, date, lang, other)

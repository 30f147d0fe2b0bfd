"""The event phrase read by rules around an English date (generator/extract/timex/context.py)."""

import pytest

from generator.extract.timex.context import event_phrase
from generator.lang import language

ENGLISH = language("en")


def _event(sentence: str, date: str) -> str:
    start = sentence.index(date)
    return event_phrase(sentence, start, start + len(date), ENGLISH)


@pytest.mark.parametrize(
    ("sentence", "date", "event"),
    [
        # the event noun is the clause's object: who acts says more
        (
            "A court in Lyon will deliver its verdict in the fraud trial on May 7.",
            "on May 7",
            "court in Lyon will deliver its verdict in the fraud trial",
        ),
        (
            "The Treasury Secretary will present the budget to Parliament on Wednesday.",
            "on Wednesday",
            "Treasury Secretary will present the budget to Parliament",
        ),
        # the event noun is the subject, or the subject names no one: the noun
        ("The hearing on the merger is scheduled for May 3.", "May 3", "hearing on the merger"),
        ("A vote on the budget is expected on Wednesday.", "on Wednesday", "vote on the budget"),
        ("We will wait for the arrival of the ships on Friday.", "on Friday", "arrival of the ships"),
    ],
)
def test_a_clause_whose_subject_names_who_acts_heads_its_event(sentence: str, date: str, event: str) -> None:
    assert _event(sentence, date) == event


@pytest.mark.parametrize(
    ("sentence", "date", "event"),
    [
        ("Tuesday will see the first round of talks between the two delegations.", "Tuesday", "first round of talks"),
        ("June 22 marks the start of the state visit.", "June 22", "start of the state visit"),
    ],
)
def test_a_date_that_is_the_subject_leaves_what_it_sees(sentence: str, date: str, event: str) -> None:
    assert _event(sentence, date).startswith(event)


def test_which_before_a_verb_of_happening_stands_for_the_clause_before_it() -> None:
    sentence = "The treaty must still be ratified by the Bundestag, which could happen next week."
    assert _event(sentence, "next week") == "treaty must still be ratified by the Bundestag"


def test_a_comment_after_the_date_is_no_part_of_the_event() -> None:
    sentence = "The pilots' union said there would be a walkout on 20 April, adding that talks had failed."
    assert _event(sentence, "on 20 April") == "walkout"


def test_where_opens_no_event() -> None:
    sentence = "She will then fly to Nairobi, where she will open the regional summit on 14 March."
    assert _event(sentence, "on 14 March") == "she will open the regional summit"


def test_a_date_s_possessive_goes_with_it() -> None:
    sentence = "Rescuers laid wreaths for the victims of last week's earthquake in Izmir."
    assert "'s" not in _event(sentence, "last week")


def test_a_clause_a_speech_verb_reports_opens_after_it_and_keeps_its_verb_far_from_the_date() -> None:
    sentence = (
        "Speaking at the ministry's weekly briefing, Sefcovic said he will present the bloc's objections to the "
        "planned levies on European cars and machine parts to the trade delegation next week."
    )
    assert _event(sentence, "next week").lower().startswith("he will present the bloc's objections")


def test_a_possessive_plural_qualifies_the_event_noun() -> None:
    sentence = "The Commonwealth leaders' meeting will be held in Apia on October 21."
    assert _event(sentence, "on October 21") == "Commonwealth leaders' meeting in Apia"


def test_a_participle_aside_is_passed_over_to_find_the_subject() -> None:
    sentence = "Regulators expect the audit, ordered after the collapse of the bank, to be published on June 30."
    event = _event(sentence, "on June 30")
    assert "audit" in event and "published" in event and "ordered" not in event


def test_who_acts_heads_the_event_noun_s_group_however_far_the_date_comes_after_it():
    sentence = (
        "Chancellor Hans Maier will this week pay a State Visit to the United Republic of Tanzania and the Republic "
        "of Kenya (EAC) from 22 to 23 May."
    )
    date, week = sentence.index("from 22 to 23 May"), sentence.index("this week")
    event = event_phrase(sentence, date, date + len("from 22 to 23 May"), ENGLISH, [(week, week + len("this week"))])
    assert event.startswith("Hans Maier will pay a State Visit")  # too long a line for his title too


def test_a_list_between_dashes_is_passed_over_to_find_the_subject() -> None:
    sentence = "Nurses at four hospitals – Leeds, York, Hull and Bradford – will walk out on 3 October."
    assert _event(sentence, "on 3 October") == "Nurses at four hospitals will walk out"


def test_a_place_s_region_after_a_comma_is_no_subject() -> None:
    sentence = "The film festival in Cannes, France, will take place from May 14."
    assert _event(sentence, "May 14") == "film festival in Cannes, France"


def test_a_date_between_the_subject_and_its_verb_leaves_them_one_clause() -> None:
    sentence = "The appeals court on Monday, 3 March, rejected the ban on night flights."
    assert _event(sentence, "Monday, 3 March") == "appeals court rejected the ban on night flights"
    french = "Le maire, jeudi, présentera le budget aux habitants."
    start = french.index("jeudi")
    assert event_phrase(french, start, start + 5, language("fr")) == "maire présentera le budget aux habitants"


def test_a_date_that_dates_the_saying_keeps_who_said_what() -> None:
    sentence = "On Friday, Finance Minister Ana Ruiz said the budget would be cut by a tenth."
    # too long a line for her title too: the name says who
    assert _event(sentence, "Friday") == "Ana Ruiz said the budget would be cut by a tenth"
    sentence = "The mayor said on Monday that the bridge would reopen in the spring."
    assert _event(sentence, "Monday").startswith("mayor said that the bridge would reopen")
    # a date after the verb that is not the saying's stays the event's
    assert _event("The union said there would be a ban from 18 December.", "18 December") == "ban"


@pytest.mark.parametrize(
    ("sentence", "date", "event"),
    [
        ("Critics recalled the mayor's March 3 speech on housing.", "March 3", "mayor's speech on housing"),
        ("Turnout fell sharply in the 2019 election.", "2019", "election"),
        ("She wrote about it in a June 12 letter to the board.", "June 12", "letter to the board"),
    ],
)
def test_a_date_that_qualifies_a_noun_leaves_the_noun_as_the_event(sentence: str, date: str, event: str) -> None:
    assert _event(sentence, date) == event


def test_a_name_said_with_its_acronym_is_the_acronym_when_the_line_is_too_long() -> None:
    sentence = (
        "The Secretary-General on Tuesday will address the Organization for Security and Co-operation in Europe (OSCE) "
        "about the war."
    )
    assert _event(sentence, "on Tuesday") == "Secretary-General will address the OSCE about the war"
    short = "The summit of the African Union (AU) opens on Monday."
    assert "African Union (AU)" in _event(short, "on Monday")  # a line that fits keeps the name

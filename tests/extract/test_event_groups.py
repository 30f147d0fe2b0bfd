"""Event phrases that keep the whole group naming what happens (timex/context.py): the object after a date set off
between a verb and it, the clause a participle of saying reports, the words that qualify an event noun before it."""

from __future__ import annotations

import pytest

from generator.extract.timex.context import event_phrase
from generator.lang import language


def _event(sentence: str, date: str, lang: str) -> str:
    start = sentence.index(date)
    return event_phrase(sentence, start, start + len(date), language(lang), [])


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "kept"),
    [
        (
            "Le conseil départemental tiendra, le jeudi 12 novembre, une séance extraordinaire sur le budget.",
            "le jeudi 12 novembre",
            "fr",
            "séance extraordinaire sur le budget",
        ),
        (
            "La coordination organisera, samedi 14 mars, un rassemblement devant la préfecture.",
            "samedi 14 mars",
            "fr",
            "rassemblement devant la préfecture",
        ),
        (
            "The planning board will hold, on Thursday, a workshop on the new zoning code.",
            "on Thursday",
            "en",
            "workshop on the new zoning code",
        ),
    ],
)
def test_a_date_set_off_between_a_verb_and_its_object_leaves_the_object_in_the_event(
    sentence: str, date: str, lang: str, kept: str
) -> None:
    assert kept in _event(sentence, date, lang)


def test_a_date_set_off_after_a_speech_verb_keeps_the_inverted_speaker_out() -> None:
    sentence = "La grève sera reconduite, a annoncé, mardi 3 mars, le syndicat."
    assert "annoncé le syndicat" not in _event(sentence, "mardi 3 mars", "fr")


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "kept", "left"),
    [
        (
            "La mairie a publié son calendrier, précisant que les travaux de la rue commenceront le 2 mars.",
            "le 2 mars",
            "fr",
            "travaux de la rue commenceront",
            "précisant",
        ),
        (
            "Le groupe a publié ses comptes, notant que le versement du solde est prévu pour le 30 juin.",
            "le 30 juin",
            "fr",
            "versement du solde est prévu",
            "notant",
        ),
        (
            "The utility published its figures, noting that the new tariffs will apply from June 30.",
            "from June 30",
            "en",
            "new tariffs will apply",
            "noting",
        ),
        (
            "The mayor closed the session, adding that the council will meet again on March 2 to vote the levy.",
            "on March 2",
            "en",
            "council will meet again",
            "adding",
        ),
    ],
)
def test_a_participle_of_saying_reports_the_event_after_it(
    sentence: str, date: str, lang: str, kept: str, left: str
) -> None:
    event = _event(sentence, date, lang)
    assert kept in event and left not in event


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "kept"),
    [
        (
            "The water board's annual general meeting will be held on June 9 at the town hall.",
            "on June 9",
            "en",
            "water board's annual general meeting",
        ),
        (
            "The county will hold a virtual public hearing on June 9 on the bridge permits.",
            "on June 9",
            "en",
            "virtual public hearing",
        ),
        (
            "Les syndicats appellent à une nouvelle journée de mobilisation le 9 juin.",
            "le 9 juin",
            "fr",
            "nouvelle journée de mobilisation",
        ),
    ],
)
def test_the_words_that_qualify_an_event_noun_before_it_stay_in_its_group(
    sentence: str, date: str, lang: str, kept: str
) -> None:
    assert kept in _event(sentence, date, lang)


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "opening"),
    [
        ("The council will vote on June 9 on the levy.", "on June 9", "en", "council will vote"),
        ("Residents may speak at the June 9 hearing at the town hall.", "June 9", "en", "hearing"),
    ],
)
def test_no_determiner_no_qualifying_words(sentence: str, date: str, lang: str, opening: str) -> None:
    """A verb or the clause's subject before the noun, or a date between the determiner and it, qualifies nothing."""
    assert _event(sentence, date, lang).startswith(opening)


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "kept", "left"),
    [
        (
            'The annual general meeting of the Trust (the "Meeting") will be held on 9 June at the Guildhall.',
            "on 9 June",
            "en",
            "annual general meeting of the Trust",
            "Meeting",
        ),
        (
            'The general meeting of members (\\"GMM\\") will be held on 9 June at the Guildhall.',
            "on 9 June",
            "en",
            "general meeting of members",
            "GMM",
        ),
    ],
)
def test_a_defined_term_in_brackets_neither_cuts_the_subject_nor_enters_the_event(
    sentence: str, date: str, lang: str, kept: str, left: str
) -> None:
    event = _event(sentence, date, lang)
    assert event.startswith(kept) and left not in event


@pytest.mark.parametrize(
    ("sentence", "date", "kept"),
    [
        ("The fares confirmed will apply on June 9 to all the lines.", "on June 9", "fares confirmed will apply"),
        ("The cuts announced will take effect on June 9 across the network.", "on June 9", "cuts announced will take"),
    ],
)
def test_a_participle_of_saying_after_its_noun_before_a_finite_verb_is_no_attribution(
    sentence: str, date: str, kept: str
) -> None:
    """The participles "confirmed", "announced" qualify the noun before them: the clause after has no subject."""
    assert _event(sentence, date, "en").startswith(kept)


@pytest.mark.parametrize(
    ("sentence", "date", "left"),
    [
        ("Les permanences auront lieu aussi à partir d'octobre.", "octobre", "d'"),
        ("L'affaire sera jugée à la session d'octobre 2026 devant la cour d'assises.", "octobre 2026", "d'"),
    ],
)
def test_an_elided_de_before_a_month_goes_with_it(sentence: str, date: str, left: str) -> None:
    """In "à partir d'octobre", "la session d'octobre", the "d'" is the date's, not a word of the event left hanging."""
    event = _event(sentence, date, "fr")
    assert not any(word.endswith(left) or word == left.rstrip("'") for word in event.split())


def test_qualifying_words_do_not_end_the_group_at_its_verb() -> None:
    """The group "La première réunion" is no longer than "La réunion": what the meeting is for stays."""
    sentence = "La première réunion est prévue le 16 mars à Namur, pour arrêter le calendrier des travaux."
    event = _event(sentence, "le 16 mars", "fr")
    assert event.startswith("première réunion") and "arrêter le calendrier" in event


def test_a_demonstrative_s_words_take_up_a_group_said_before() -> None:
    """The group "Ces trois journées" points back at one the sentence before says: no qualifiers of an event."""
    sentence = "Ces trois journées sont les 3, 4 et 5 mars."
    assert _event(sentence, "3, 4 et 5 mars", "fr") != "trois journées"

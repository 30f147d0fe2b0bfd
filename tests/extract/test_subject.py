"""The subject of a sentence read by rules: past its opening adverbials, up to its verb."""

import pytest

from generator.extract.timex.subject import sentence_subject, without_article
from generator.lang import language

ENGLISH = language("en")


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The prosecution is expected to call a forensic accountant this month.", "The prosecution"),
        ("On Friday, the central bank will announce its decision.", "the central bank"),
        ("Speaking at a rally in Leeds, Angela Rayner said the vote was close.", "Angela Rayner"),
        ("The Chancellor tomorrow also intends to meet the bankers.", "The Chancellor"),
        ("The nurses' union said talks had failed.", "The nurses' union"),
        ("Earlier, in a statement, the ministry confirmed the closure.", "the ministry"),
    ],
)
def test_the_subject_is_what_opens_the_sentence_before_its_verb(sentence: str, subject: str) -> None:
    assert sentence_subject(sentence, ENGLISH) == subject


@pytest.mark.parametrize(
    "sentence",
    [
        "Rain and wind across the north of the country for most of the afternoon.",  # no verb
        "The talks between the two delegations from the rival capitals ended late.",  # too long for a subject
    ],
)
def test_no_subject_without_a_verb_a_few_words_in(sentence: str) -> None:
    assert sentence_subject(sentence, ENGLISH) is None


def test_the_article_goes_from_a_subject() -> None:
    assert without_article("The state", ENGLISH) == "state"
    assert without_article("Ministers", ENGLISH) == "Ministers"

"""Tense cues: a past request or agreement says nothing of its infinitive's day; an "-ed" word after an article is an
adjective, not a past."""

from __future__ import annotations

import datetime as dt

from generator.extract.dates import extract_timexes


def _values(text: str, published: dt.date, lang: str) -> dict[str, str]:
    return {t.text: t.value for t in extract_timexes(text, published, lang)}


def test_french_request_dates_what_it_asks_for() -> None:
    text = "Jeudi, le préfet a demandé aux habitants de quitter la vallée samedi 11 et dimanche 12 mars."
    found = _values(text, dt.date(2023, 3, 9), "fr")
    assert found["samedi 11"] == "2023-03-11"
    assert found["dimanche 12 mars"] == "2023-03-12"


def test_french_agreement_to_meet_again() -> None:
    text = "Les syndicats et la direction ont convenu de se revoir le 14 juin."
    assert _values(text, dt.date(2022, 6, 8), "fr")["le 14 juin"] == "2022-06-14"


def test_english_agreement_to_resume() -> None:
    text = "On Thursday the pilots and the airline agreed to resume negotiations on July 3 and 5."
    found = _values(text, dt.date(2021, 6, 26), "en")
    assert found["July 3"] == "2021-07-03"


def test_english_request_to_strike() -> None:
    text = "Union members have been asked to strike on Monday, October 10."
    assert _values(text, dt.date(2022, 10, 4), "en")["Monday, October 10"] == "2022-10-10"


def test_a_past_agreement_still_dates_a_past_day() -> None:
    text = "The two sides agreed on May 3 to resume talks."
    assert _values(text, dt.date(2021, 6, 26), "en")["May 3"] == "2021-05-03"


def test_english_adjective_after_an_article() -> None:
    text = "Residents will also have a dedicated public hearing on August 28th."
    assert _values(text, dt.date(2019, 8, 20), "en")["August 28th"] == "2019-08-28"


def test_a_short_aside_or_a_quoted_name_ends_no_clause() -> None:
    # "(UE)", "(EU)", a quoted name: part of a noun of the clause; the verb before them still governs the date
    text = "Le ministre participera au Conseil de l'Union européenne (UE) le 3 janvier."
    assert _values(text, dt.date(2023, 5, 20), "fr")["le 3 janvier"] == "2024-01-03"
    text = 'The minister will attend the "Foreign Affairs" Council of the European Union (EU) on January 3.'
    assert _values(text, dt.date(2023, 5, 20), "en")["January 3"] == "2024-01-03"


def test_a_verb_form_after_a_determiner_is_a_noun() -> None:
    # "vote" and "planned" after an article or "of" are a noun and an adjective: the past verb of the clause decides
    found = _values("The vote in March was the end of a long fight.", dt.date(2019, 8, 20), "en")
    assert found["March"] == "2019-03"
    found = _values("The utility carried out three rounds of planned outages in July.", dt.date(2019, 8, 20), "en")
    assert found["July"] == "2019-07"


def test_the_verbs_still_announce() -> None:
    assert _values("Members vote in October on the plan.", dt.date(2019, 8, 20), "en")["October"] == "2019-10"
    assert _values("A strike is planned for October.", dt.date(2019, 8, 20), "en")["October"] == "2019-10"

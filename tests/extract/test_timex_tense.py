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


# a verb after the date, beyond a relative pronoun or "that"/"que", is its clause's: the main verb dates the day
def test_english_relative_clause_after_the_date() -> None:
    text = "The city council adopted a long-debated school budget on Thursday which will fund two new schools."
    assert _values(text, dt.date(2022, 3, 8), "en")["Thursday"] == "2022-03-03"


def test_english_completive_after_the_date() -> None:
    text = "The company told the workers of its Ohio plant in a letter on Friday that it will close the site."
    assert _values(text, dt.date(2021, 9, 14), "en")["Friday"] == "2021-09-10"


def test_french_relative_clause_after_the_date() -> None:
    text = "Les députés ont voté un texte jeudi qui permettra aux communes de lever une taxe."
    assert _values(text, dt.date(2022, 3, 8), "fr")["jeudi"] == "2022-03-03"


def test_french_completive_after_the_date() -> None:
    text = "La direction a reçu les délégués du personnel de l'usine vendredi pour leur dire qu'elle fermera le site."
    assert _values(text, dt.date(2021, 9, 14), "fr")["vendredi"] == "2021-09-10"


def test_a_date_opening_its_sentence_keeps_its_main_verb() -> None:
    text = "Jeudi 10 mars, le ministre qui a été nommé en janvier se rendra à Lyon."
    assert _values(text, dt.date(2022, 3, 8), "fr")["Jeudi 10 mars"] == "2022-03-10"


def test_the_future_of_the_clause_still_dates_its_day() -> None:
    text = "The board approved a plan that will take effect on Monday."
    assert _values(text, dt.date(2022, 3, 9), "en")["Monday"] == "2022-03-14"


def test_a_relative_after_a_date_that_names_an_event_is_the_event_s() -> None:
    text = "The town still mourns the June 9 fire at the old mill that destroyed forty homes."
    assert _values(text, dt.date(2022, 6, 1), "en")["June 9"] == "2021-06-09"


def test_a_french_relative_after_a_date_that_names_an_event_is_the_event_s() -> None:
    text = "La ville pleure encore l'incendie du 9 juin au vieux moulin qui a détruit quarante maisons."
    assert _values(text, dt.date(2022, 6, 1), "fr")["9 juin"] == "2021-06-09"


# the "would" of a past saying or promise is a future seen from then: the nearest reading, not next year
def test_english_would_reported_after_a_past_promise() -> None:
    text = "The premier had pledged that the province would balance its budget by Dec. 15."
    assert _values(text, dt.date(2020, 2, 3), "en")["Dec. 15"] == "2019-12-15"


def test_english_would_reported_after_a_past_saying() -> None:
    text = "The army said it would keep up the strikes, calling Sunday's raid a warning."
    assert _values(text, dt.date(2023, 5, 10), "en")["Sunday"] == "2023-05-07"


def test_french_conditional_reported_after_a_past_promise() -> None:
    text = "Le gouvernement avait promis que la loi serait votée avant le 30 novembre."
    assert _values(text, dt.date(2021, 1, 12), "fr")["le 30 novembre"] == "2020-11-30"


def test_a_french_conditional_alone_still_announces() -> None:
    text = "Le président se rendrait à Dakar le 20 juillet."
    assert _values(text, dt.date(2024, 1, 10), "fr")["le 20 juillet"] == "2024-07-20"


# a day the text has already dated is that day again where nothing else says which year
def test_english_day_said_again_keeps_its_year() -> None:
    text = "The floods of March 3 destroyed the bridge. Rebuilding has been slow.\nWe remember the March 3 victims."
    found = [t.value for t in extract_timexes(text, dt.date(2021, 1, 20), "en")]
    assert found == ["2020-03-03", "2020-03-03"]


def test_french_day_said_again_keeps_its_year() -> None:
    text = "La crue du 3 mars 2020 a emporté le pont. Les victimes du 3 mars, elles, attendent."
    found = [t.value for t in extract_timexes(text, dt.date(2020, 12, 20), "fr")]
    assert found == ["2020-03-03", "2020-03-03"]


def test_an_ed_word_joined_to_the_next_by_a_hyphen_is_an_adjective() -> None:
    text = "Tickets for reserved-seating shows go on sale July 9."
    assert _values(text, dt.date(2019, 6, 3), "en")["July 9"] == "2019-07-09"


def test_an_ed_word_after_another_is_an_adjective() -> None:
    text = "The council opens another crowded season of hearings on September 12."
    assert _values(text, dt.date(2019, 6, 3), "en")["September 12"] == "2019-09-12"


def test_a_past_verb_before_a_hyphenated_adjective_stays_past() -> None:
    text = "The ministers held closed-door talks on May 28."
    assert _values(text, dt.date(2019, 6, 3), "en")["May 28"] == "2019-05-28"

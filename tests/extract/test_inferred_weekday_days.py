"""A day written with its weekday keeps its day across an inferred window when only the window's edge reads it off its
weekday (docs/dates.md, "La date de publication déduite")."""

import pytest

from generator.extract.dates import dated_events, extract_timexes_inferred, infer_publication_window

_FR = (
    "Enquête publique\n\nL'enquête publique s'ouvrira le 22 novembre. Permanences du commissaire en mairie :\n"
    "- le lundi 22 novembre de 9h à 12h\n- le samedi 27 novembre de 9h à 12h\n- le jeudi 2 décembre de 16h à 19h\n"
    "Le dossier est consultable en mairie jusqu'au 10 décembre 2021."
)
_EN = (
    "Public inquiry\n\nThe public inquiry will open on November 22. Office hours at the town hall:\n"
    "- Monday, November 22, 9am to noon\n- Saturday, November 27, 9am to noon\n- Thursday, December 2, 4pm to 7pm\n"
    "The file can be read at the town hall until December 10, 2021."
)


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        (_FR, "fr", {"le lundi 22 novembre": "2021-11-22", "le samedi 27 novembre": "2021-11-27"}),
        (_EN, "en", {"Monday, November 22": "2021-11-22", "Thursday, December 2": "2021-12-02"}),
    ],
)
def test_a_day_written_with_its_weekday_keeps_its_day_wherever_the_window_starts(text, lang, days):
    inference = infer_publication_window(text, lang)
    # the year is known, not the day: read from the window's first day (1 January), 27 November falls nearer a year
    # back, a Friday, where "samedi" would be a slip
    assert inference.fixed_year and inference.earliest < inference.latest
    found = extract_timexes_inferred(text, inference, lang)
    values = {t.text: t.value for t in found}
    assert {words: values[words] for words in days} == days
    upcoming, _ = dated_events(found)
    assert set(days.values()) <= {u.date for u in upcoming}


def test_a_bare_weekday_stays_unknown_in_the_window():
    text = _FR.replace("le samedi 27 novembre de 9h à 12h", "samedi de 9h à 12h")
    inference = infer_publication_window(text, "fr")
    values = {t.text: t.value for t in extract_timexes_inferred(text, inference, "fr")}
    assert values["samedi"] == "XXXX-XX-XX"  # which Saturday? the window does not say

"""Sentences that hold several dated items, and frames that only span their date (timex/context.py): each date's
event is its own item, the clause after a frame is the date's."""

from __future__ import annotations

import pytest

from generator.extract.timex.context import event_phrase
from generator.lang import language


def _event(sentence: str, date: str, lang: str, *others: str) -> str:
    """The event at `date`, the `others` dates of the sentence left out of it as the extractor leaves them."""
    start = sentence.index(date)
    spans = [(sentence.index(o), sentence.index(o) + len(o)) for o in others]
    return event_phrase(sentence, start, start + len(date), language(lang), spans)


@pytest.mark.parametrize(
    ("sentence", "date", "other", "lang", "kept", "left"),
    [
        # items that close on their dates, joined by a link: the words past the link are the next date's
        (
            "Le premier débat aura lieu le 3 avril tandis que le second se tiendra le 17 avril à Marseille.",
            "3 avril",
            "17 avril",
            "fr",
            "premier débat",
            "second",
        ),
        (
            "Le premier débat aura lieu le 3 avril tandis que le second se tiendra le 17 avril à Marseille.",
            "17 avril",
            "3 avril",
            "fr",
            "second se tiendra",
            "premier",
        ),
        (
            "La grève des contrôleurs est prévue le 8 juin et la manifestation des pilotes le 12 juin.",
            "8 juin",
            "12 juin",
            "fr",
            "grève des contrôleurs",
            "pilotes",
        ),
        (
            "Le président sera à Paris le 10 mai et à Lyon le 11 mai.",
            "10 mai",
            "11 mai",
            "fr",
            "président sera à Paris",
            "Lyon",
        ),
        # items that open with their dates: the words before the link are the previous date's
        (
            "Le 10 mai, le président ira à Paris et le 11 mai, il rencontrera les maires à Lyon.",
            "11 mai",
            "10 mai",
            "fr",
            "rencontrera les maires à Lyon",
            "Paris",
        ),
        (
            "The choir sings in Leeds on 3 May, as well as the brass band's concert in York on 9 May.",
            "3 May",
            "9 May",
            "en",
            "Leeds",
            "brass band",
        ),
    ],
)
def test_each_date_of_a_sentence_of_items_has_its_own_item(
    sentence: str, date: str, other: str, lang: str, kept: str, left: str
) -> None:
    event = _event(sentence, date, lang, other)
    assert kept in event and left not in event


@pytest.mark.parametrize(
    ("sentence", "date", "others", "lang", "kept", "left"),
    [
        (
            "The teachers' strike on 10 March will fall during a week of rail strikes by the Train, Track and Signal "
            "(TTS) union, on 13-14 and 16-17 March, and on the second day of a walkout by the Postal Workers Union "
            "(PWU) at the Post Office, on 17-18 March.",
            "13-14",
            ("10 March", "16-17 March", "17-18 March"),
            "en",
            "strike",
            "walkout",
        ),
        (
            "Le syndicat prévoit des grèves à la SNCF les 3 et 4 mai, puis une manifestation des postiers le 9 mai.",
            "les 3",
            ("4 mai", "9 mai"),
            "fr",
            "grèves à la SNCF",
            "postiers",
        ),
    ],
)
def test_a_list_of_dates_is_one_date_of_its_item(
    sentence: str, date: str, others: tuple[str, ...], lang: str, kept: str, left: str
) -> None:
    event = _event(sentence, date, lang, *others)
    assert kept in event and left not in event


def test_a_middle_item_leaves_the_items_before_and_after_it() -> None:
    sentence = "Le sommet de Lomé le 15 mars, la conférence d'Accra le 20 mars puis le forum de Dakar le 2 avril."
    event = _event(sentence, "20 mars", "fr", "15 mars", "2 avril")
    assert "conférence d'Accra" in event and "forum" not in event and "sommet" not in event


@pytest.mark.parametrize(
    ("sentence", "date", "others", "lang", "event"),
    [
        # a list of dates is no list of items: "et" joins two days of one event
        ("La foire se tiendra les 13 et 14 juin à Caen.", "14 juin", ("13",), "fr", "foire se tiendra à Caen"),
        # an aside in parentheses names the date's part of one event, no item
        (
            "Les demi-finales ont été fixées au mardi 24 mai (aller) et au dimanche 29 mai (retour).",
            "dimanche 29 mai",
            ("mardi 24 mai",),
            "fr",
            "demi-finales",
        ),
        # a verb after the link goes on with the clause before it: its subject stays
        ("The museum closes on June 2 and reopens on June 9.", "June 9", ("June 2",), "en", "museum"),
    ],
)
def test_a_link_with_no_item_of_its_own_parts_nothing(
    sentence: str, date: str, others: tuple[str, ...], lang: str, event: str
) -> None:
    assert event in _event(sentence, date, lang, *others)


@pytest.mark.parametrize(
    ("sentence", "date", "lang", "kept", "left"),
    [
        (
            "Sur toute la période allant du 3 au 7 juin, la commission tiendra des permanences dans les mairies.",
            "3 au 7 juin",
            "fr",
            "permanences",
            "période",
        ),
        (
            "Durant toute la semaine allant du 3 au 7 juin, les agents recevront le public dans les mairies annexes.",
            "3 au 7 juin",
            "fr",
            "recevront le public",
            "semaine",
        ),
        (
            "Over the whole period running from June 3 to June 7, the council will hold drop-in sessions downtown.",
            "June 3 to June 7",
            "en",
            "drop-in sessions",
            "period",
        ),
    ],
)
def test_a_frame_that_only_spans_its_date_leaves_the_clause_after_it(
    sentence: str, date: str, lang: str, kept: str, left: str
) -> None:
    event = _event(sentence, date, lang)
    assert kept in event and left not in event


@pytest.mark.parametrize(
    ("sentence", "date", "other", "lang", "kept", "left"),
    [
        # a coordinated verb holds the second date: the shared subject and that verb's member are its item
        (
            "La ministre assistera, dans la soirée du mardi, à un concert au théâtre et visitera, le mercredi 9 avril, "
            "le chantier du nouveau port.",
            "mercredi 9 avril",
            "mardi",
            "fr",
            "ministre visitera le chantier du nouveau port",
            "concert",
        ),
        (
            "La ministre assistera, dans la soirée du mardi, à un concert au théâtre et visitera, le mercredi 9 avril, "
            "le chantier du nouveau port.",
            "mardi",
            "mercredi 9 avril",
            "fr",
            "concert au théâtre",
            "chantier",
        ),
        # another event placed after the first by a sequence word, with its own date
        (
            "La tournée s'ouvre le 3 juin à Lomé face aux élus locaux avant la conférence des bailleurs à Accra, le "
            "6 juin, avec le gouvernement ghanéen.",
            "6 juin",
            "3 juin",
            "fr",
            "conférence des bailleurs",
            "Lomé",
        ),
        (
            "La tournée s'ouvre le 3 juin à Lomé face aux élus locaux avant la conférence des bailleurs à Accra, le "
            "6 juin, avec le gouvernement ghanéen.",
            "3 juin",
            "6 juin",
            "fr",
            "Lomé face aux élus locaux",
            "bailleurs",
        ),
        (
            "The band opens its tour on 2 May in Cardiff with a free show before a charity gig in Bristol on 5 May.",
            "5 May",
            "2 May",
            "en",
            "charity gig",
            "Cardiff",
        ),
    ],
)
def test_a_link_between_two_members_each_holding_its_date_parts_their_items(
    sentence: str, date: str, other: str, lang: str, kept: str, left: str
) -> None:
    event = _event(sentence, date, lang, other)
    assert kept in event and left not in event, event


def test_an_object_set_off_by_its_date_keeps_its_elided_article() -> None:
    sentence = "Le préfet visitera, vendredi, l’usine de traitement des eaux de Saint-Louis."
    assert "visitera l’usine de traitement des eaux" in _event(sentence, "vendredi", "fr")

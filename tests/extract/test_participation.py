"""Who takes part in a dated event and where it happens, by the briefing's own names."""

import pytest

from generator.extract.participation import with_participants
from generator.lang import language
from generator.model import DatedEvent, Participant

PEOPLE = [
    Participant(name="Clara Chappaz", kind="person", role="ministre"),
    Participant(name="Conseil d'État", kind="organization", aliases=["CE"]),
    Participant(name="Agence France-Presse", kind="organization", aliases=["AFP"]),
]


def _item(event: str, sentence: str) -> DatedEvent:
    return DatedEvent(date="2025-05-12", precision="day", text="le 12 mai", event=event, sentence=sentence)


def test_the_event_phrase_names_who_and_where_by_the_briefing_names():
    item = _item("Chappaz à Lille pour l'avis du CE", "Chappaz sera à Lille le 12 mai pour l'avis du CE.")
    [out] = with_participants([item], PEOPLE, ["Lille", "Paris"], language("fr"))
    assert out.who == ["Clara Chappaz", "Conseil d'État"]
    assert out.where == "Lille"


def test_the_sentence_adds_only_people_when_the_phrase_names_nobody():
    sentence = "La ministre Clara Chappaz visitera le site le 12 mai à Paris, selon l'AFP."
    [out] = with_participants([_item("visite du site", sentence)], PEOPLE, ["Paris"], language("fr"))
    assert out.who == ["Clara Chappaz"]
    assert out.where == "Paris"


def test_a_name_inside_another_word_is_no_mention():
    [out] = with_participants(
        [_item("CEremonie à Parisot", "CEremonie à Parisot le 12 mai.")], PEOPLE, ["Paris"], language("fr")
    )
    assert out.who == [] and out.where is None


def test_a_role_subject_is_the_one_person_who_holds_it():
    item = _item("la ministre visitera l'usine", "La ministre visitera l'usine le 12 mai.")
    [out] = with_participants([item], PEOPLE, [], language("fr"))
    assert out.event == "Clara Chappaz visitera l'usine" and out.who == ["Clara Chappaz"]
    president = Participant(name="Barack Obama", kind="person", role="President of the United States")
    english = _item("the President will travel to London", "The President will travel to London.")
    [out] = with_participants([english], [president], ["London"], language("en"))
    assert out.event == "Barack Obama will travel to London" and out.where == "London"


def test_a_role_two_people_hold_names_no_one():
    two = [*PEOPLE, Participant(name="Rachida Dati", kind="person", role="ministre de la Culture")]
    item = _item("la ministre visitera l'usine", "La ministre visitera l'usine le 12 mai.")
    [out] = with_participants([item], two, [], language("fr"))
    assert out.event == "la ministre visitera l'usine"


def test_a_pronoun_subject_is_the_person_named_last_before_it():
    body = "Clara Chappaz était à Lille hier. Elle inaugurera le 12 mai le campus de Roubaix."
    item = _item("Elle inaugurera le campus de Roubaix", "Elle inaugurera le 12 mai le campus de Roubaix.")
    [out] = with_participants([item], PEOPLE, [], language("fr"), body)
    assert out.event == "Clara Chappaz inaugurera le campus de Roubaix" and out.who == ["Clara Chappaz"]
    [alone] = with_participants([item], PEOPLE, [], language("fr"), "Elle inaugurera le 12 mai le campus.")
    assert alone.event.startswith("Elle")  # nobody named before: the pronoun stays


def test_the_place_after_a_place_preposition_is_where_it_happens():
    item = _item("initiatives en faveur de l'Ukraine décidées à Paris", "s")
    [out] = with_participants([item], PEOPLE, ["Ukraine", "Paris"], language("fr"))
    assert out.where == "Paris"
    english = _item("aid for Ukraine agreed in Paris", "s")
    [out] = with_participants([english], PEOPLE, ["Ukraine", "Paris"], language("en"))
    assert out.where == "Paris"


def test_a_place_named_without_a_place_preposition_is_no_venue():
    item = _item("conférence que la France coorganisera", "La France coorganisera la conférence le 12 mai.")
    [out] = with_participants([item], PEOPLE, ["France"], language("fr"))
    assert out.where is None


def test_the_date_between_the_subject_and_the_event_does_not_push_it_out_of_reach():
    sentence = "Clara Chappaz est attendue ce mercredi 14 et ce jeudi 15 mai pour une visite du campus de Roubaix."
    item = DatedEvent(
        date="2025-05-14/2025-05-15",
        precision="day",
        text="mercredi 14 et ce jeudi 15 mai",
        event="visite du campus de Roubaix",
        sentence=sentence,
    )
    [out] = with_participants([item], PEOPLE, [], language("fr"))
    assert out.event == "Clara Chappaz – visite du campus de Roubaix"


def test_a_word_of_the_event_said_early_in_the_sentence_does_not_bring_the_subject_near():
    sentence = (
        "Clara Chappaz arrive de Lille avec des chiffres qui montrent que le budget de la région reste le même "
        "que celui voté de 2015 à 2017."
    )
    [out] = with_participants(
        [_item("de la région reste le même que celui voté", sentence)], PEOPLE, [], language("fr")
    )
    assert not out.event.startswith("Clara Chappaz")


def test_a_person_called_by_an_honorific_and_surname_is_called_by_their_name():
    people = [*PEOPLE, Participant(name="Paul Durand", kind="person", role="préfet")]
    item = _item("M. Durand présentera le plan de relance", "M. Durand présentera le 12 mai le plan de relance.")
    [out] = with_participants([item], people, [], language("fr"))
    assert out.event == "Paul Durand présentera le plan de relance"
    english = [Participant(name="Ban Ki-moon", kind="person", aliases=["Ban"])]
    item = _item("Mr. Ban will arrive in Slovenia", "Mr. Ban will arrive in Slovenia on 25 January.")
    [out] = with_participants([item], english, [], language("en"))
    assert out.event == "Ban Ki-moon will arrive in Slovenia"


def test_a_surname_inside_another_name_is_left_alone():
    people = [Participant(name="Paul Durand", kind="person")]
    item = _item("inauguration du lycée Durand-Ruel", "Inauguration du lycée Durand-Ruel le 12 mai.")
    [out] = with_participants([item], people, [], language("fr"))
    assert out.event == "inauguration du lycée Durand-Ruel"


@pytest.mark.parametrize(
    ("sentence", "event", "expected"),
    [
        (  # the subject opens the sentence after a date
            "Mercredi, Clara Chappaz est attendue le 12 mai pour une visite du campus de Roubaix.",
            "visite du campus de Roubaix",
            "Clara Chappaz – visite du campus de Roubaix",
        ),
        (  # a name in apposition between commas, after its role, is the subject
            "La ministre de la Culture, Clara Chappaz, est attendue le 12 mai pour une visite du musée.",
            "visite du musée",
            "Clara Chappaz – visite du musée",
        ),
        (  # a name deep in the sentence is an object
            "Le conseil municipal a longuement reçu Clara Chappaz, puis fixé le 12 mai la visite du campus.",
            "visite du campus",
            "visite du campus",
        ),
        (  # a name set off by a comma after a preposition is no subject
            "Aux côtés de Clara Chappaz, le préfet présentera le 12 mai le plan de relance.",
            "plan de relance",
            "plan de relance",
        ),
    ],
)
def test_an_event_that_names_no_one_is_headed_by_the_sentence_s_subject_only(sentence, event, expected):
    [out] = with_participants([_item(event, sentence)], PEOPLE, [], language("fr"))
    assert out.event == expected


def _english(event: str, sentence: str) -> DatedEvent:
    return DatedEvent(date="2025-05-12", precision="day", text="on Friday", event=event, sentence=sentence)


def test_it_stands_for_the_subject_of_the_sentence_before():
    body = (
        "The prosecution is expected to call a forensic accountant this month. "
        "On Friday, it will call Maria Lopez, a former auditor."
    )
    item = _english("it will call Maria Lopez", "On Friday, it will call Maria Lopez, a former auditor.")
    lopez = Participant(name="Maria Lopez", kind="person")
    [out] = with_participants([item], [lopez], [], language("en"), body)
    assert out.event == "prosecution will call Maria Lopez"


def test_they_after_a_speech_verb_stand_for_its_subject():
    sentence = "The train drivers' union said they would walk out on Friday."
    [out] = with_participants([_english("they would walk out", sentence)], [], [], language("en"), sentence)
    assert out.event == "train drivers' union would walk out"


@pytest.mark.parametrize(
    ("sentence", "event", "expected"),
    [
        (
            "The dockers' union held a vote last month. They’ll walk out on Friday.",
            "They’ll walk out",
            "dockers' union will walk out",
        ),
        (
            "The two airlines announced a merger. They've agreed to sign it on Friday.",
            "They've agreed to sign it",
            "two airlines have agreed to sign it",
        ),
    ],
)
def test_an_auxiliary_written_onto_a_pronoun_is_written_out_after_its_antecedent(
    sentence: str, event: str, expected: str
) -> None:
    own = sentence.split(". ")[-1]
    [out] = with_participants([_english(event, own)], [], [], language("en"), sentence)
    assert out.event == expected


def test_he_stands_for_the_person_the_sentence_before_names_by_role():
    body = (
        "United Nations Secretary-General Antonio Guterres left New York on Sunday. "
        "The Secretary-General tomorrow also intends to visit the Human Rights Council. "
        "On Friday, he plans to address the World Health Assembly."
    )
    people = [
        Participant(name="Antonio Guterres", kind="person", role="United Nations Secretary-General"),
        # the last person-like name before the pronoun: a wrong reading of "Human Rights Council" must not win
        Participant(name="Human Rights", kind="person"),
    ]
    item = _english("he plans to address the World Health Assembly", body.split(". ")[-1])
    [out] = with_participants([item], people, [], language("en"), body)
    assert out.event == "Antonio Guterres plans to address the World Health Assembly"


def test_a_title_without_its_article_is_its_holder_only_when_written_whole():
    starmer = Participant(name="Keir Starmer", kind="person", role="Prime Minister")
    item = _english("Prime Minister will then fly to Ottawa", "The Prime Minister will then fly to Ottawa on Friday.")
    [out] = with_participants([item], [starmer], ["Ottawa"], language("en"))
    assert out.event == "Keir Starmer will then fly to Ottawa"
    spokesperson = Participant(name="Jane Doe", kind="person", role="Treasury spokesperson")
    item = _english("Treasury confirmed the sale", "The Treasury confirmed the sale on Friday.")
    [out] = with_participants([item], [spokesperson], [], language("en"))
    assert out.event == "Treasury confirmed the sale"


def test_a_title_before_another_person_s_name_stands_for_no_one():
    holder = Participant(name="Kamala Harris", kind="person", role="Vice President")
    sentence = "On Monday, Vice President Pence and his staff will meet the governors."
    item = _english("Vice President Pence and his staff will meet the governors", sentence)
    [out] = with_participants([item], [holder], [], language("en"))
    assert out.event == "Vice President Pence and his staff will meet the governors"


def test_a_pronoun_stands_for_the_subject_of_the_clause_before_it_in_its_sentence():
    people = [
        Participant(name="Paul Roux", kind="person", role="maire"),
        Participant(name="Anne Vidal", kind="person", role="préfète"),
    ]
    sentence = (
        "Le 11 mai, la préfète visitera le port de Sète, et le 12 mai elle se rendra à Agde, où Paul Roux l'attend."
    )
    body = f"Paul Roux a préparé la visite. {sentence}"
    item = _item("elle se rendra à Agde", sentence)
    [out] = with_participants([item], people, [], language("fr"), body)
    assert out.event == "Anne Vidal se rendra à Agde"


def test_a_title_is_held_by_the_one_whose_role_it_is_whole_before_one_it_only_ends():
    people = [
        Participant(name="Ana Ruiz", kind="person", role="Prime Minister"),
        Participant(name="Lee Park", kind="person", role="Korean Prime Minister"),
    ]
    item = _item("the Prime Minister will attend the summit", "The Prime Minister will attend the summit on 12 May.")
    [out] = with_participants([item], people, [], language("en"))
    assert out.event == "Ana Ruiz will attend the summit"


def test_a_title_said_by_its_initials_is_held_by_its_holder():
    people = [Participant(name="Ana Ruiz", kind="person", role="Prime Minister")]
    item = _item("the PM's visit will start at the port", "On 12 May, the PM's visit will start at the port.")
    [out] = with_participants([item], people, [], language("en"))
    assert out.event == "Ana Ruiz's visit will start at the port"


@pytest.mark.parametrize(
    ("body", "event", "lang", "said"),
    [
        (
            "Comme le Conseil d'État reçoit les recours dès mardi, ses greffes seront ouvertes lundi.",
            "ses greffes seront ouvertes",
            "fr",
            "Conseil d'État – ses greffes seront ouvertes",
        ),
        (
            "Clara Chappaz avoids the crowds that will mark her first visit to Lille next week.",
            "her first visit to Lille",
            "en",
            "Clara Chappaz – her first visit to Lille",
        ),
    ],
)
def test_an_event_opened_by_a_possessive_names_its_owner(body: str, event: str, lang: str, said: str) -> None:
    [out] = with_participants([_item(event, body)], PEOPLE, [], language(lang), body)
    assert out.event == said


LONG_ROLE = Participant(name="Jeanne Roche", kind="person", role="ministre française des Affaires étrangères")


@pytest.mark.parametrize(
    "event",
    [
        "ministre française des Affaires étrangères sera reçue par le président ivoirien",
        "la ministre française des Affaires étrangères sera reçue par le président ivoirien",
    ],
)
def test_a_long_role_opening_the_phrase_without_its_article_is_its_holder(event):
    """An agenda line whose article the phrase left out opens on the whole role: its one holder, all of it replaced."""
    [out] = with_participants([_item(event, event + " le 12 mai.")], [LONG_ROLE], [], language("fr"))
    assert out.event == "Jeanne Roche sera reçue par le président ivoirien"


def test_a_bare_role_with_a_complement_is_someone_else():
    """Without its article, "présidente de la Région" is not the "présidente" of the briefing."""
    people = [Participant(name="Anne Morel", kind="person", role="présidente")]
    event = "présidente de la Région visitera l'usine"
    [out] = with_participants([_item(event, event + " le 12 mai.")], people, [], language("fr"))
    assert out.event == event


@pytest.mark.parametrize(
    "event, lang, holder, expected",
    [
        (
            "arrivée de la ministre à Brest",
            "fr",
            Participant(name="Agnès Leroux", kind="person", role="ministre"),
            "arrivée d'Agnès Leroux à Brest",
        ),
        (
            "visite du président de la République à Limoges",
            "fr",
            Participant(name="Paul Durand", kind="person", role="président de la République"),
            "visite de Paul Durand à Limoges",
        ),
        (
            "the visit of the Governor to the harbour",
            "en",
            Participant(name="Ann Lee", kind="person", role="Governor"),
            "the visit of Ann Lee to the harbour",
        ),
    ],
)
def test_a_role_owning_an_event_noun_is_the_one_person_who_holds_it(event, lang, holder, expected):
    [out] = with_participants([_item(event, event + ".")], [holder], [], language(lang))
    assert out.event == expected and holder.name in out.who


def test_a_role_that_goes_on_with_a_complement_is_another_office():
    mayor = Participant(name="Léa Martin", kind="person", role="présidente")
    item = _item("venue de la présidente du conseil départemental", "La venue de la présidente du conseil est prévue.")
    [out] = with_participants([item], [mayor], [], language("fr"))
    assert out.event == "venue de la présidente du conseil départemental"


@pytest.mark.parametrize(
    ("sentence", "text", "event", "expected"),
    [
        (  # the date opens the sentence, its subject after it
            "Lundi, Clara Chappaz doit se rendre au salon de l'innovation organisé à Lille.",
            "Lundi",
            "salon de l'innovation organisé à Lille",
            "Clara Chappaz – salon de l'innovation organisé à Lille",
        ),
        (  # an opening adverbial set off by its comma, then the subject with its role
            "Après Bordeaux, la ministre Clara Chappaz devrait poursuivre sa tournée régionale à Lyon le 12 mai.",
            "le 12 mai",
            "tournée régionale à Lyon",
            "Clara Chappaz – tournée régionale à Lyon",
        ),
    ],
)
def test_the_subject_after_an_opening_date_or_adverbial_heads_the_event(sentence, text, event, expected):
    item = DatedEvent(date="2025-05-12", precision="day", text=text, event=event, sentence=sentence)
    [out] = with_participants([item], PEOPLE, [], language("fr"))
    assert out.event == expected


def test_a_phrase_that_stands_for_a_role_is_the_one_person_who_holds_it():
    people = [
        Participant(name="Faure Gnassingbé", kind="person", role="président"),
        Participant(name="Sani Yaya", kind="person", role="ministre de l'Économie"),
    ]
    item = _item("le chef de l'État sera à Kara", "Lundi, le chef de l'État sera à Kara pour la foire.")
    [out] = with_participants([item], people, ["Kara"], language("fr"))
    assert out.event == "Faure Gnassingbé sera à Kara" and out.who == ["Faure Gnassingbé"]
    chair = Participant(name="Hakainde Hichilema", kind="person", role="President")
    english = _item("the head of state will open the fair", "On Monday, the head of state will open the fair.")
    [out] = with_participants([english], [chair], [], language("en"))
    assert out.event == "Hakainde Hichilema will open the fair" and out.who == ["Hakainde Hichilema"]


def test_a_role_another_person_holds_said_shorter_names_no_one():
    # "président" and "président de la République": the phrase may stand for either of them
    people = [
        Participant(name="Patrice Talon", kind="person", role="président"),
        Participant(name="Romuald Wadagni", kind="person", role="président de la République"),
    ]
    for phrase in ("président de la République ouvrira la foire", "le chef de l'État ouvrira la foire"):
        [out] = with_participants([_item(phrase, phrase + " le 12 mai.")], people, [], language("fr"))
        assert out.event == phrase and out.who == []
    chairs = [
        Participant(name="Hakainde Hichilema", kind="person", role="president"),
        Participant(name="Mutale Nalumango", kind="person", role="president of the senate"),
    ]
    english = _item("the president of the senate will open the fair", "The president of the senate will open it.")
    [out] = with_participants([english], chairs, [], language("en"))
    assert out.event == "the president of the senate will open the fair"


def test_a_name_the_text_calls_a_place_is_no_one_a_role_stands_for():
    # the entity step read "Kolda Bantang" as a person with the role: the text calls it a village
    people = [
        Participant(name="Bassirou Faye", kind="person", role="président"),
        Participant(name="Kolda Bantang", kind="person", role="président de la République"),
    ]
    body = "Il ira ensuite dans le village de Kolda Bantang. Mardi, le chef de l'État sera à Ziguinchor."
    item = _item("le chef de l'État sera à Ziguinchor", "Mardi, le chef de l'État sera à Ziguinchor.")
    [out] = with_participants([item], people, [], language("fr"), body)
    assert out.event == "Bassirou Faye sera à Ziguinchor" and out.who == ["Bassirou Faye"]
    [out] = with_participants([item], people, [], language("fr"), body.replace("le village de ", ""))
    assert out.event == "le chef de l'État sera à Ziguinchor"


def test_a_pronoun_after_a_phrase_that_stands_for_a_role_is_its_holder():
    people = [Participant(name="Julius Maada Bio", kind="person", role="président")]
    body = "Le chef de l'État est arrivé hier à Bo. Il inaugurera le 12 mai le pont de Kenema."
    item = _item("Il inaugurera le pont de Kenema", "Il inaugurera le 12 mai le pont de Kenema.")
    [out] = with_participants([item], people, [], language("fr"), body)
    assert out.event == "Julius Maada Bio inaugurera le pont de Kenema" and out.who == ["Julius Maada Bio"]

"""Codes and acronyms that name a kind of thing are no organisation (issue 19, organisations on real pages, census of
the org24 session: the largest kind of false organisation after cut names). A code mixes letters and digits ("CO2",
"FFP2", "CE1", "K-12"), a thing's acronym is one of the languages' thing_acronyms ("DNA", "OGM"), a time zone follows
a clock time ("6:05 p.m. ADT"); the organisations' tables ("G7", "M6") and an organisation's noun before it ("le
groupe TNT") still make a body of one, and so does a code named after a determiner, qualifying no noun ("l'UIMM-88
recevait", "du D66 (centre gauche)"). And a church or a hospital where something happens is a place, not its body
("the shooting at X Church"), but for its staff or its own words ("a nurse at X Hospital", "X Hospital said").
Sentences written for the test."""

from __future__ import annotations

import pytest
from entitykit import run


@pytest.mark.parametrize(
    "text, lang, code",
    [
        ("Title\n\nInvestigators will use DNA samples to name the victims, the police said.", "en", "DNA"),
        ("Title\n\nThe carmaker will build an EV plant near Detroit next year.", "en", "EV"),
        ("Title\n\nThe bank said a DDoS attack had slowed its website on Monday.", "en", "DDoS"),
        ("Title\n\nThe new rules cut CO2 emissions from trucks by half.", "en", "CO2"),
        ("Title\n\nThe governor wants more money for K-12 schools in rural counties.", "en", "K-12"),
        ("Title\n\nThe royal couple will land in Halifax at 4:30 p.m. ADT on Sunday.", "en", "ADT"),
        ("Title\n\nThe company will hold its meeting at 9:30 a.m. ET in Newark, the group said.", "en", "ET"),
        ("Titre\n\nLes agriculteurs refusent les semences OGM dans la région.", "fr", "OGM"),
        ("Titre\n\nLes soignants réclament des masques FFP2 depuis des semaines.", "fr", "FFP2"),
        ("Titre\n\nLes enseignants de CE1 boycotteront les évaluations nationales.", "fr", "CE1"),
        ("Titre\n\nLe parlement a voté une hausse de la TVA sur les billets d'avion.", "fr", "TVA"),
        ("Titre\n\nLes démineurs ont retrouvé de la TNT dans la cave.", "fr", "TNT"),
    ],
)
def test_a_thing_s_code_or_acronym_is_no_organisation(text: str, lang: str, code: str):
    people, orgs, places = run(text, lang)
    assert code not in orgs and not any(code in name for name in people)


@pytest.mark.parametrize(
    "text, lang, body",
    [
        ("Title\n\nLeaders of the G7 will meet in Italy in June.", "en", "G7"),
        ("Titre\n\nLa chaîne M6 diffusera le match mardi soir.", "fr", "M6"),
        ("Titre\n\nLe groupe TNT a annoncé 300 suppressions de postes.", "fr", "TNT"),
        ("Title\n\nADT said on Monday it would buy a rival alarm firm.", "en", "ADT"),
        ("Titre\n\nLors de son assemblée générale, l'ABCD-75 recevait hier le ministre.", "fr", "ABCD-75"),
        ("Titre\n\nLes élus du Z99 (centre droit) ont quitté la coalition.", "fr", "Z99"),
    ],
)
def test_a_listed_body_or_one_after_its_noun_stays_an_organisation(text: str, lang: str, body: str):
    _, orgs, _ = run(text, lang)
    assert body in orgs


@pytest.mark.parametrize(
    "text, building",
    [
        ("Title\n\nThe shooting at Grace Baptist Church left three people dead.", "Grace Baptist Church"),
        ("Title\n\nThe injured were treated at Saint Luke Hospital overnight.", "Saint Luke Hospital"),
    ],
)
def test_a_church_or_a_hospital_where_something_happens_is_a_place(text: str, building: str):
    _, orgs, places = run(text, "en")
    assert building in places and building not in orgs


@pytest.mark.parametrize(
    "text, body",
    [
        ("Title\n\nJane Roe, a nurse at Saint Luke Hospital, said the strike would go ahead.", "Saint Luke Hospital"),
        ("Title\n\nSaint Luke Hospital said on Monday that it would close two wards.", "Saint Luke Hospital"),
    ],
)
def test_a_hospital_that_employs_or_speaks_is_an_organisation(text: str, body: str):
    _, orgs, _ = run(text, "en")
    assert body in orgs


@pytest.mark.parametrize(
    "text, lang, clock",
    [
        ("Titre\n\nLe ministre recevra les syndicats à 15H (heure de Paris), puis la presse à 17H.", "fr", "15H"),
        ("Titre\n\nLe conseil municipal se réunira vendredi à 9h au siège de la Métropole.", "fr", "9h"),
        ("Title\n\nThe council will vote at 6PM, then the mayor speaks at the Civic Hall.", "en", "6PM"),
        ("Title\n\nThe curtain rises at 8:15pm at the Linwood Playhouse on Friday.", "en", "8:15pm"),
    ],
)
def test_a_clock_time_is_never_a_name(text: str, lang: str, clock: str):
    """A clock time in one word, in any language's shape ("14H" and "18H" typed organisations on La Dépêche
    d'Abidjan, "7:30pm" a place on the Festival Theatre's season page), is no organisation, person nor place."""
    people, orgs, places = run(text, lang)
    assert not any(clock in name for name in [*people, *orgs, *places])

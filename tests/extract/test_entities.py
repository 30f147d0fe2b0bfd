"""Participants, roles and places: small real sentences, and the reference article."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.entities import extract_entities
from generator.nlp import load_nlp

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_91f61d21f0bcea41.txt"
CHROME = {"Accueil Actu Monde International", "À lire aussi", "Sélectionné pour vous"}


def reference_body() -> str:
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line and line not in CHROME]
    return lines[0] + "\n\n" + "\n\n".join(lines[1:])


def run(text: str, lang: str = "fr"):
    return extract_entities(load_nlp(lang)(text), lang)


def people(participants):
    return {p.name: p for p in participants if p.kind == "person"}


def orgs(participants):
    return {p.name: p for p in participants if p.kind == "organization"}


@pytest.fixture(scope="module")
def reference():
    return run(reference_body())


def test_reference_people_and_roles(reference):
    found = people(reference[0])
    assert set(found) == {
        "Antony Blinken",
        "Stéphane Séjourné",
        "Emmanuel Macron",
        "Sébastien Lecornu",
        "Wang Yi",
        "Joe Biden",
        "Audrey Azoulay",
        "Nikol Pachinian",
        "Donald Trump",
        "Poutine",
    }
    blinken = found["Antony Blinken"]
    assert {"Blinken", "Anthony Blinken"} <= set(blinken.aliases)
    assert blinken.mentions >= 6
    assert found["Sébastien Lecornu"].role == "ministre des Armées"
    assert found["Nikol Pachinian"].role == "Premier ministre arménien"
    assert found["Wang Yi"].role == "homologue chinois"
    assert found["Audrey Azoulay"].role == "directrice générale"
    assert found["Emmanuel Macron"].role == "président"
    assert found["Joe Biden"].role == "président américain"
    assert all(p.role for name, p in found.items() if name not in ("Donald Trump", "Poutine"))


def test_reference_organisations(reference):
    found = orgs(reference[0])
    assert set(found) >= {"OTAN", "Nexter", "KNDS", "AFP", "Unesco", "Union européenne", "Quai d'Orsay"}
    assert "Alliance atlantique" in found["OTAN"].aliases
    assert any(a.startswith("Organisation des Nations unies") for a in found["Unesco"].aliases)
    assert len([n for n in found if n.startswith("Congrès")]) == 1


def test_reference_places_and_no_noise(reference):
    participants, places = reference
    assert {"France", "Le Caire", "Etats-Unis", "Proche-Orient", "Elysée", "Kiev", "Bruxelles"} <= set(places)
    names = {p.name for p in participants} | set(places)
    for noise in ("Caesar", "Accueil Actu Monde International", "Initiatives", "Loin", "Etat", "Armées", "A"):
        assert noise not in names


def test_order_of_first_mention(reference):
    participants, places = reference
    assert participants[0].name == "Poutine"
    assert places[:2] == ["France", "Ukraine"]


def test_apposition_after_name():
    participants, places = run(
        "Titre\n\nTony Blair, le Premier ministre britannique, a achevé hier deux jours de négociations à Belfast. "
        "M. Blair a donné jusqu'au 30 juin aux responsables."
    )
    blair = people(participants)["Tony Blair"]
    assert blair.role == "Premier ministre britannique"
    assert blair.mentions == 2
    assert "Belfast" in places


def test_acronym_with_expansion_in_parentheses():
    participants, _ = run(
        "Titre\n\nLe Parti des travailleurs du Kurdistan (PKK) a revendiqué l'attaque. Le PKK est interdit en Turquie."
    )
    found = orgs(participants)
    assert len(found) == 1
    (org,) = found.values()
    assert {org.name, *org.aliases} >= {"PKK", "Parti des travailleurs du Kurdistan"}


def test_english_rules_without_a_model():
    participants, places = run(
        "Title\n\nBP chairman Carl-Henric Svanberg said the company would buy back shares. "
        "The Foreign Secretary, David Lammy, met officials in Washington. Mr Lammy left for Paris.",
        "en",
    )
    found = people(participants)
    assert found["Carl-Henric Svanberg"].role == "BP chairman"
    assert found["David Lammy"].role == "Foreign Secretary"
    assert found["David Lammy"].mentions == 2
    assert "BP" in orgs(participants)
    assert {"Washington", "Paris"} <= set(places)


def test_role_complement_splits_organisation_from_person():
    participants, places = run(
        "Titre\n\nLe secrétaire-général de l'ONU Kofi Annan a estimé que l'inculpation compliquerait la situation. "
        "A Moscou, l'ambassadeur de Yougoslavie Borislav Milosevic a affirmé que son frère Slobodan ne céderait pas."
    )
    found = people(participants)
    assert found["Kofi Annan"].role == "secrétaire-général de l'ONU"
    assert found["Borislav Milosevic"].role == "ambassadeur de Yougoslavie"
    assert "ONU" in orgs(participants)
    assert {"Moscou", "Yougoslavie"} <= set(places)


def test_demonyms_events_and_generic_words_are_not_entities():
    participants, places = run(
        "Titre\n\nLes Marseillais ont perdu avant la Ligue des Champions. Les Unionistes protestants refusent. "
        "L'Organisation du traité de l'Atlantique-nord a frappé. La Cour des comptes a publié son rapport."
    )
    names = {p.name for p in participants} | set(places)
    assert not names & {"Marseillais", "Ligue des Champions", "Unionistes", "Organisation", "Cour"}
    assert "Cour des comptes" in names
    assert any(n.startswith("Organisation du traité") for n in names)


def test_english_rules_need_evidence_for_people():
    participants, places = run(
        "Title\n\nThe Centers for Disease Control and Prevention said Google Drive was down in Jones Beach. "
        '"We appear to be getting close to the end," said the CDC\'s Dr. Michael Jhung.',
        "en",
    )
    assert set(people(participants)) == {"Michael Jhung"}
    assert "Centers for Disease Control and Prevention" in orgs(participants)


def test_page_chrome_left_in_the_body_gives_no_name():
    raw = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    body = raw[1] + "\n\n" + "\n\n".join([raw[0], *raw[2:]])  # "Accueil Actu Monde International" kept
    participants, places = run(body)
    names = {p.name for p in participants} | set(places)
    assert not any("Monde" in n or "Accueil" in n or "Sélectionné" in n for n in names)
    assert "Antony Blinken" in names


def test_institutions_written_in_lower_case():
    participants, places = run(
        "Titre\n\nIl siège au parlement de Strasbourg et travaille à la convention européenne depuis mars."
    )
    assert {"parlement de Strasbourg", "convention européenne"} <= set(orgs(participants))
    assert "Strasbourg" in places


def test_a_lower_case_institution_goes_on_with_the_nationality_that_names_it():
    participants, _ = run(
        "Titre\n\nLe texte a été adopté par le parlement européen mardi, puis par la commission européenne."
    )
    assert {"parlement européen", "commission européenne"} <= set(orgs(participants))


def test_a_lone_word_in_a_heading_is_a_name_only_if_the_text_names_it_elsewhere():
    participants, places = run(
        "Le gouvernement présente son plan\n\n"
        "Le ministre de l'Économie Antoine Armand a présenté mardi à Lyon un plan pour l'industrie.\n\n"
        "Perspectives\n\nLe plan sera discuté à Lyon avec les syndicats.\n\nLyon"
    )
    names = {p.name for p in participants} | set(places)
    assert "Perspectives" not in names
    assert "Antoine Armand" in names and "Lyon" in names


def test_french_surnames_with_particles():
    participants, _ = run(
        "Marine Le Pen critique le gouvernement\n\n"
        "La présidente du groupe RN à l'Assemblée, Marine Le Pen, a dénoncé mardi le budget. Le ministre de "
        "l'Economie Bruno Le Maire a répondu que le texte serait adopté. Jean-Yves Le Drian, ancien ministre, et "
        "Dominique de Villepin ont commenté. Mme Le Pen a ajouté qu'elle voterait contre. Selon M. Le Maire, la "
        "dette baissera."
    )
    found = people(participants)
    assert set(found) == {"Marine Le Pen", "Bruno Le Maire", "Jean-Yves Le Drian", "Dominique de Villepin"}
    assert found["Marine Le Pen"].role == "présidente du groupe RN à l'Assemblée"
    assert found["Bruno Le Maire"].role == "ministre de l'Economie"
    assert found["Jean-Yves Le Drian"].role == "ancien ministre"
    # the honorific forms join the full name; the honorific is not part of the alias
    assert found["Marine Le Pen"].aliases == ["Le Pen"] and found["Marine Le Pen"].mentions == 3
    assert found["Bruno Le Maire"].aliases == ["Le Maire"] and found["Bruno Le Maire"].mentions == 2
    assert set(orgs(participants)) == {"RN"}


def test_particles_inside_and_before_french_names():
    participants, _ = run(
        "Titre\n\nCharles de Gaulle a reçu Valéry Giscard d'Estaing à l'Elysée. De Gaulle l'avait choisi. "
        "Giscard d'Estaing a souri. M. de Villepin, Jean de La Fontaine et Bertrand Du Guesclin sont cités. "
        "Dominique de Villepin a lu un texte."
    )
    found = people(participants)
    assert set(found) == {
        "Charles de Gaulle",
        "Valéry Giscard d'Estaing",
        "Dominique de Villepin",
        "Jean de La Fontaine",
        "Bertrand Du Guesclin",
    }
    assert "De Gaulle" in found["Charles de Gaulle"].aliases  # a sentence's first "De" kept: the text shows it
    assert "Giscard d'Estaing" in found["Valéry Giscard d'Estaing"].aliases
    assert "de Villepin" in found["Dominique de Villepin"].aliases


def test_sentence_initial_surname_is_kept_when_the_text_confirms_it():
    participants, places = run(
        "Titre\n\nLe Pen a répondu mardi au Premier ministre. Marine Le Pen a ensuite quitté la salle. "
        "Le Maire de Paris a salué la décision."
    )
    found = people(participants)
    assert set(found) == {"Marine Le Pen"}  # "Le Maire de Paris" here is a title, nobody's surname
    assert found["Marine Le Pen"].aliases == ["Le Pen"]
    assert "Paris" in places


def test_articles_of_newspapers_companies_and_places_are_not_surnames():
    participants, places = run(
        "Titre\n\nLe ministre a lu Le Monde mardi. Selon Le Figaro, La Poste va fermer des bureaux. Le Monde "
        "confirme. La France a protesté auprès de la Cour de La Haye. De plus, le maire du Mans a réagi. "
        "L'ambassadeur est parti pour Le Caire puis pour Le Havre."
    )
    assert not people(participants)
    assert {"Le Monde", "Le Figaro", "La Poste"} <= set(orgs(participants))
    assert orgs(participants)["Le Monde"].mentions == 2
    assert {"France", "La Haye", "Le Mans", "Le Caire", "Le Havre"} <= set(places)


def test_english_particles_without_a_model():
    participants, places = run(
        "Title\n\nEuropean Commission President Ursula von der Leyen met Syrian President Bashar al-Assad in "
        "Damascus. Crown Prince Mohammed bin Salman said the talks were useful. Actor Robert De Niro and Conan "
        "O'Brien attended in Los Angeles. Von der Leyen said she was pleased. O'Brien spoke to Ronald McDonald.",
        "en",
    )
    found = people(participants)
    assert set(found) == {
        "Ursula von der Leyen",
        "Bashar al-Assad",
        "Mohammed bin Salman",
        "Robert De Niro",
        "Conan O'Brien",
        "Ronald McDonald",
    }
    assert found["Ursula von der Leyen"].aliases == ["Von der Leyen"]
    assert found["Ursula von der Leyen"].role == "European Commission President"
    assert found["Bashar al-Assad"].role == "Syrian President"
    assert found["Robert De Niro"].role == "Actor"
    assert {"Damascus", "Los Angeles"} <= set(places)

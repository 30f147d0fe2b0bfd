"""A caption whose picture's credit follows its sentence, and a repost's source line (issue 19: the names a caption or
a credit alone gives are chrome). Seen on dev pages of eight sites for captions, three for source lines; lines of our
own."""

from __future__ import annotations

import pytest

from generator.read.chrome import is_caption, is_source_credit, strip_chrome, without_picture_credit

STORY = [
    "Le conseil municipal a voté mardi le budget de la ville, après trois heures de débat sur les investissements.",
    "Le maire, Paul Durand, a salué un budget « responsable » et annoncé une réunion publique pour le mois prochain.",
    "L'opposition a voté contre et dénoncé la hausse des tarifs de la cantine scolaire, qui entrera en vigueur en mai.",
]


@pytest.mark.parametrize(
    "caption",
    [
        # a photographer, a picture agency and the library that sells it, in brackets
        "Des enseignants défilent à Nantes, jeudi. (JEANNE ROUX/Studio Lumière/AFP via Getty Images)",
        # a photographer beside a local agency
        "The finance minister speaks to reporters in Lima on Monday. (Ana Torres/Fotonoticias)",
        # a stock library alone, or a picture agency in capitals after the sentence
        "Steel coils wait at the port of Veracruz before their shipment north. (Shutterstock)",
        "Les bureaux de vote de Morges et de Nyon resteront fermés dimanche. KEYSTONE",
        # a credit's word, then the photographer and the agencies
        "Soldiers guard a checkpoint near the border on Friday. Credit Omar Haddad/Agence France-Presse — Getty Images",
        # a photographer and the agency after hyphens
        "Des affiches électorales à Montreuil, ce samedi. - Paul Martin - AFP",
    ],
)
def test_a_caption_with_its_pictures_credit_goes_whole(caption: str):
    assert is_caption(caption)
    assert strip_chrome([caption, *STORY]) == STORY


@pytest.mark.parametrize(
    "line",
    [
        # a wire's credit closing the story: the agency alone, its reporters' initials, its phrase
        "Les négociations reprendront lundi à Genève, selon le ministère. (ats/nxp)",
        "The talks will resume in Geneva on Monday, the ministry said. (Reuters)",
        "The games are due to take place in Oslo on August 11-21. — AFP",
        "Le sommet s'achèvera vendredi par une déclaration commune des chefs d'État. (Jeanne Roux, AFP)",
        "Hundreds of families remain homeless after the floods. – Additional reporting from Reuters",
        # a programme's line: a title's full stop, a role after the name
        "8h30 Entretien avec M. Jean ROUX, Président du Conseil départemental",
        "10h00 Visite du chantier. Accueil par le maire, Paul Durand",
        # a sentence's last words without a full stop
        "Le ministre a parlé longtemps. Puis il est reparti vers Lyon",
    ],
)
def test_a_wires_credit_or_a_programmes_line_is_no_caption(line: str):
    assert not is_caption(line)
    assert strip_chrome([line, *STORY])[0].startswith(line.split(".")[0])


def test_a_paragraph_of_several_sentences_keeps_them_and_loses_its_pictures_credit():
    # (a site appends the lead picture's credit to the lead paragraph: the paragraph is the story's)
    lead = (
        "À l'occasion de la visite du ministre, la préfecture a publié son programme. Nous le reproduisons "
        "ci-dessous. (Photo Jeanne Roux pour le Journal)"
    )
    assert not is_caption(lead)
    kept = lead.removesuffix(" (Photo Jeanne Roux pour le Journal)")
    assert without_picture_credit(lead) == kept
    assert strip_chrome([lead, *STORY]) == [kept, *STORY]


@pytest.mark.parametrize(
    "line", ["Source : Le Journal du Centre", "Sources: Dakaractu.com", "Source : Page Facebook du Collectif"]
)
def test_a_reposts_source_line_goes(line: str):
    assert is_source_credit(line)
    assert strip_chrome([*STORY, line]) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Source : l'Insee, qui publiera ses chiffres jeudi.",
        "Sources proches du dossier",
        "Source of the River",
        "Sources say the minister will resign",
        "Source : https://t.co/abc — Union CGT (@cgt) August 28, 2020",
    ],
)
def test_a_sentence_or_a_title_about_a_source_stays(line: str):
    assert not is_source_credit(line)


@pytest.mark.parametrize(
    "line, kept",
    [
        # who brought an agenda's item or a bill, by a role word before the name: the item's own words
        ("b) An ordinance to rename Mill Road after a local teacher. (By Alderman Tobias Wren)", True),
        ("1) A resolution on the harbour dredging contract. (Sponsored by Councillor Wren)", True),
        # a picture's credit: a photographer, a credit word, an agency alone
        ("The harbour master greets the first ferry of the season. (Photographer Tobias Wren)", False),
        ("The harbour master greets the first ferry of the season. (Picture courtesy of Mayor Wren)", False),
        ("The harbour master greets the first ferry of the season. (NPA)", False),
    ],
)
def test_a_bracket_naming_who_brought_an_item_by_a_title_is_no_credit(line: str, kept: bool):
    bracket = line[line.index(" (") :]
    assert (bracket in strip_chrome([*STORY, line])[-1]) is kept

import pytest

from generator.read.chrome import byline_names, is_breadcrumb, strip_chrome


def test_breadcrumb_and_trailing_link_blocks_are_removed():
    lines = [
        "Accueil Actu Monde International",
        "",
        "Le titre de l'article",
        "Le ministre a annoncé mardi une réforme.",
        "Il a ajouté que le texte serait présenté en juillet.",
        "La réforme concerne les retraites.",
        "",
        "À lire aussi",
        "Un autre article sans rapport",
        "Sélectionné pour vous",
    ]
    assert strip_chrome(lines) == lines[1:7]


def test_sentences_that_start_like_a_breadcrumb_are_kept():
    assert not is_breadcrumb("Accueil chaleureux pour le président, qui a salué la foule.")
    assert not is_breadcrumb("Home Secretary James Cleverly said the plan would go ahead.")
    assert is_breadcrumb("Home > World > Europe")


def test_a_read_also_line_in_the_middle_is_dropped_but_the_text_after_it_is_kept():
    lines = ["Premier paragraphe.", "Lire aussi", "Deuxième paragraphe.", "Troisième.", "Quatrième.", "Fin."]
    assert strip_chrome(lines) == ["Premier paragraphe.", "Deuxième paragraphe.", "Troisième.", "Quatrième.", "Fin."]


def test_furniture_lines_of_every_language_go_whatever_their_accents_and_case() -> None:
    lines = ["PARTAGER", "Share this:", "5 min read", "3 minutes de lecture", "Le ministre a parlé.", "Publicite"]
    assert strip_chrome(lines) == ["Le ministre a parlé."]


def test_the_chrome_lines_come_from_the_language_folders() -> None:
    from generator.lang import language

    assert "à lire aussi" in language("fr").chrome.trailers
    assert "read more" in language("en").chrome.trailers
    assert is_breadcrumb("Actualités > Monde")


STORY = [
    "Le conseil municipal a voté mardi le budget de la ville, après trois heures de débat.",
    "Par ailleurs, le maire a annoncé une réunion publique sur les transports le 12 mai.",
    "By the end of the year, the council expects the new tram line to open to the public.",
]


@pytest.mark.parametrize(
    "chrome",
    [
        ["Par Jeanne Martin et Paul Durand"],
        ["By JANE DOE, JOHN ROE and MARY SMITH"],
        ["Photo : Jeanne Martin / AFP"],
        ["(Photo by John Roe/Getty Images)"],
        ["Pierre Dubois, AGENCE FRANCE-PRESSE"],
        ["Reporters Jane Doe and John Roe contributed to this report."],
        ["Politique", "Économie", "Sport", "Culture", "Météo"],  # a menu
        ["Sign up", "Contact us", "Privacy policy"],
    ],
)
def test_bylines_credits_contributors_and_menus_go_and_every_story_line_stays(chrome):
    assert strip_chrome([STORY[0], *chrome, *STORY[1:]]) == STORY


def test_short_lines_that_are_not_a_menu_stay():
    programme = ["Mardi 8 avril", "", "15h00    Questions au gouvernement", "Assemblée nationale", "", "Sénat"]
    assert strip_chrome(programme) == programme
    three = ["Paris", "Lyon", "Marseille"]  # three short lines are no menu
    assert strip_chrome(three) == three


def test_a_byline_with_its_date_stays_for_the_page_date():
    dated = ["Par Jeanne Martin - 2 avril 2024", STORY[0]]
    assert strip_chrome(dated) == dated


def test_the_byline_gives_the_author_and_a_sentence_does_not():
    assert byline_names(["Par Jeanne Martin et Paul Durand", STORY[0]]) == "Jeanne Martin et Paul Durand"
    assert byline_names(["By JANE DOE and JOHN ROE", STORY[2]]) == "JANE DOE and JOHN ROE"
    assert byline_names(STORY) is None  # "Par ailleurs, ...", "By the end of the year, ..."


@pytest.mark.parametrize(
    "chrome",
    [
        ["Ministers gather in the Great Hall before the vote (Picture: Getty)"],  # a caption signed by its credit
        ["Le préfet lors de sa visite à la mairie (Photo : AFP)"],
        # a caption whose credit names its author with "by" (issue 19, an agency's name in a credit read as a body)
        ["The lead actor at the opening night (pic by Harbour Pictures)"],
        ["Le maire devant le nouveau pont (photo par Jeanne Martin)"],
        ["MORE : The mayor opens the new bridge over the river"],  # a link to another story
        ["Lire aussi : Le budget de la région adopté en séance"],
        ["Share this article via emailShare this article via sms"],  # a button row
        ["→ À LIRE AUSSI : Le préfet suspend les travaux du port"],  # a link after an arrow
        ["► Read more: Storm closes the coastal road"],
        ["La ministre et le maire à l'inauguration du pont, mardi. © Jeanne Martin/Ouest-France"],  # a credit after ©
    ],
)
def test_captions_links_and_button_rows_go_and_every_story_line_stays(chrome):
    assert strip_chrome([STORY[0], *chrome, *STORY[1:]]) == STORY


def test_a_credit_after_a_captions_last_full_stop_goes_and_the_sentence_stays():
    assert strip_chrome(["The council will vote on the budget in March. (Reuters/File)"]) == [
        "The council will vote on the budget in March."
    ]
    # a parenthesis inside a sentence is the article's
    kept = ["The agency (which reports to parliament) said so."]
    assert strip_chrome(kept) == kept


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("GENEVA (Reuters) — The talks resumed on Monday.", "The talks resumed on Monday."),
        ("SPRINGFIELD, Ill. (AP) — The governor signed the bill.", "The governor signed the bill."),
        ("MADRID — Le gouvernement a démissionné.", "Le gouvernement a démissionné."),
        ("LYON, 3 mars (AFP) - Le maire a parlé.", "3 mars (AFP) - Le maire a parlé."),  # the date dates the page
        ("OTTAWA, June 4 (Reuters) - The vote failed.", "June 4 (Reuters) - The vote failed."),
        ("OTTAWA, Nov. 4 (Reuters) - The vote failed.", "Nov. 4 (Reuters) - The vote failed."),
        ("NATO said on Monday it would meet.", "NATO said on Monday it would meet."),
        ("The EU — and its members — agreed.", "The EU — and its members — agreed."),
    ],
)
def test_a_datelines_place_and_agency_go_and_its_date_stays(line, expected):
    assert strip_chrome([line]) == [expected]


def test_a_print_line_ends_the_article_and_a_late_related_block_goes_by_characters():
    story = [STORY[0] * 3, STORY[1] * 3, STORY[2] * 3]
    related = ["Related Coverage", "Mayor Opens Bridge", "Council Votes Budget", "Trending", "Vote Counted Twice"]
    assert strip_chrome([*story, "A version of this article appears in print on May 2.", *related]) == story
    assert strip_chrome([*story, *related, *["Menu line"] * 12]) == story


@pytest.mark.parametrize(
    "credit",
    [
        "Reporting by Jane Moss in Oslo and Tom Reed in Bergen; Writing by Tom Reed; Editing by Ana Ruiz",
        "Additional reporting by Li Wei; Editing by Mark Potter",
        "(Reportage Claire Martin, version française Paul Henri, édité par Sophie Louet)",
        # (the English credit in brackets, as newspapers reprinting a wire story keep it)
        "(Reporting by Hyonhee Shin; Editing by Kim Coghill)",
        "[Writing by Tom Reed; editing by Ana Ruiz]",
    ],
)
def test_a_wire_story_s_credit_line_ends_it_and_the_next_story_goes(credit):
    story = [STORY[0] * 3, STORY[1] * 3, STORY[2] * 3]
    other = ["Flu cases rose across the region in 2022, with Spain and Portugal worst hit, health officials said."]
    assert strip_chrome([*story, credit, *other]) == story


@pytest.mark.parametrize(
    ("stamped", "names", "stamp"),
    [
        ("Tom HallUpdated 5 June 2023, 09:00", "Tom Hall", "Updated 5 June 2023, 09:00"),
        ("Marie-Claire Dupont Publié le 3 mars 2024 à 10h12", "Marie-Claire Dupont", "Publié le 3 mars 2024 à 10h12"),
    ],
)
def test_names_glued_to_the_page_stamp_are_the_byline_and_the_stamp_stays(stamped, names, stamp):
    lines = ["Un titre", stamped, STORY[0]]
    assert byline_names(lines) == names
    assert strip_chrome(lines) == ["Un titre", stamp, STORY[0]]


def test_a_sentence_that_names_a_stamp_word_later_is_no_byline():
    line = "Le Conseil d'État a publié mardi un avis. Mis à jour, le texte sera voté."
    assert strip_chrome([line]) == [line] and byline_names([line]) is None


LEAD = "The city council approved on Tuesday a new budget that funds two tram lines and a bridge over the river."


@pytest.mark.parametrize(
    ("marker", "titles"),
    [
        ("More Trending", ["Flood warning issued for the coast", "I moved to the country. Here is what I learnt"]),
        ("À lire aussi", ["Le maire de Nantes présente son plan vélo", "Grève : les bus à l'arrêt jeudi ?"]),
        ("MORE", ["Third singer named in probe into TV contest"]),
        # the link's words in the other order, as the Indian press heads the block (issue 19)
        ("ALSO READ", ["Port workers call off strike after wage deal", "Monsoon to reach Kerala by June 4, says IMD"]),
    ],
)
def test_a_block_of_related_links_inside_the_story_goes_and_the_next_paragraph_stays(marker, titles):
    story = [LEAD, STORY[0], STORY[1]]
    assert strip_chrome([story[0], marker, *titles, *story[1:]]) == story


def test_menu_items_before_the_lead_do_not_take_the_headline_with_them():
    lines = ["Latest News", "Markets", "Council approves the tram budget", "Wednesday 3 May 2023 9:10 am", LEAD]
    assert strip_chrome(lines)[-3:] == lines[-3:]


@pytest.mark.parametrize("name", ["Jane Roe", "Associated Press"])
def test_a_name_alone_between_the_headline_and_the_lead_is_the_byline(name):
    lines = ["Council approves the tram budget after a long night", name, LEAD, STORY[2]]
    assert strip_chrome(lines) == [lines[0], LEAD, STORY[2]]
    assert byline_names(lines) == name
    after_byline = ["Council approves the tram budget", "By JANE ROE", name, "Pat Doe, AGENCE FRANCE-PRESSE", LEAD]
    assert strip_chrome(after_byline) == [after_byline[0], LEAD]


@pytest.mark.parametrize(
    ("headline", "name", "trade", "lead"),
    [
        ("Council approves the tram budget after a long night", "Jane Roe", "Correspondent", LEAD),
        (
            "Le conseil municipal adopte le budget du tramway",
            "Jeanne Martin",
            "Journaliste",
            "Le conseil municipal a adopté mardi un budget qui finance deux lignes de tramway et un pont neuf.",
        ),
    ],
)
def test_the_authors_trade_under_the_byline_name_goes_with_it(headline, name, trade, lead):
    lines = [headline, "March 3, 2025 at 06:21 pm", name, trade, lead, STORY[2]]
    assert strip_chrome(lines) == [headline, lines[1], lead, STORY[2]]
    assert byline_names(lines) == name


def test_a_byline_name_said_twice_in_a_row_goes():
    # the author's picture's text, then the name, then a share button before the lead
    lines = ["Council approves the tram budget after a long night", "Jane Roe", "Jane Roe", "", "Share", "", LEAD]
    assert strip_chrome(lines) == [lines[0], "", "", LEAD]
    assert byline_names(lines) == "Jane Roe"


def test_the_stamp_and_share_buttons_around_a_byline_name_do_not_hide_it():
    under = [
        "Council approves the tram budget after a long night",
        "Jane Roe",
        "Published Mar 3, 2025, 11:21am",
        "|Updated Mar 3, 2025, 6:39pm",
        "Share this article via email",
        "Copy link",
        "Comment",
        "Up Next",
        LEAD,
    ]
    assert "Jane Roe" not in strip_chrome(under) and LEAD in strip_chrome(under)
    above = [
        "Council approves the tram budget after a long night",
        "March 3, 2025 at 06:21 pm",
        "Share current article via EmailShare current article via Facebook",
        "Jane Roe",
        "Journalist",
        "lead-art-block.fullscreen-enterExpand",
        LEAD,
    ]
    kept = strip_chrome(above)
    assert not {"Jane Roe", "Journalist"} & set(kept) and LEAD in kept
    assert byline_names(above) == "Jane Roe"


def test_a_long_headline_is_no_lead_paragraph_and_the_byline_under_it_goes():
    # a headline of fifteen words and more, no full stop; the lead under a picture's caption signed in parentheses
    headline = "The city council says the new tram lines will open before the summer despite the long strike"
    caption = "The new tram at the depot on Monday, a week before its first trip through the city centre. (AFP)"
    lines = [headline, "Jane Roe", "Reporter", caption, LEAD]
    kept = strip_chrome(lines)
    assert kept[0] == headline and kept[-1] == LEAD and not {"Jane Roe", "Reporter"} & set(kept)
    assert byline_names(lines) == "Jane Roe"


def test_a_headline_or_a_venue_line_is_no_byline():
    dated = ["Nov. 3, 2021 5:00 AM EST", "Council Approves Budget", LEAD]  # a headline in capitals under its stamp
    assert strip_chrome(dated) == dated
    programme = ["17h30    Entretien avec le préfet de région", "Hôtel de Ville", LEAD, "Hôtel de Ville"]
    assert strip_chrome(programme) == programme


def test_a_credit_of_names_joined_by_slashes_goes():
    credits = ["Jane Roe/Agence France-Presse — Getty Images", "Pierre Martin / Hans Lucas / AFP"]
    assert strip_chrome([STORY[0], *credits, STORY[1]]) == [STORY[0], STORY[1]]


def test_a_menu_of_sections_written_with_initials_goes():
    assert strip_chrome(["World", "U.S.", "Politics", "N.Y.", LEAD]) == [LEAD]


def test_a_caption_with_its_agency_glued_to_the_last_word_goes():
    caption = "Le préfet inaugure le pont lors des journées du patrimoineAFP"
    assert strip_chrome([STORY[0], caption, STORY[1]]) == [STORY[0], STORY[1]]
    kept = ["Apple a présenté le nouvel iOS", "Le fabricant annonce un nouvel iPhone"]  # a brand's capitals stay
    assert strip_chrome(kept) == kept


@pytest.mark.parametrize(
    "caption",
    [
        "Le maire de Lyon au conseil municipal Photo via MaxPPP - Jean Dupont/Maxppp",
        "The minister arrives in Rome Photo: Jane Roe/AFP",
        "La ministre à l'usine Crédit : Paul Durand / Hans Lucas",
    ],
)
def test_a_caption_with_its_credit_after_its_words_goes(caption):
    assert strip_chrome([STORY[0], caption, STORY[1]]) == [STORY[0], STORY[1]]


def test_a_sentence_that_speaks_of_a_photo_stays():
    kept = [STORY[0], "Le témoin a montré une photo par téléphone aux enquêteurs", STORY[1]]
    assert strip_chrome(kept) == kept


@pytest.mark.parametrize(
    ("line", "names", "paragraph"),
    [
        ("By Jane Roe: The council voted on Monday to close the bridge.", "Jane Roe", "The council voted"),
        ("By Mary Clare Jalonick and Eric Tucker — Senators met again.", "Mary Clare Jalonick and Eric Tucker", "Sen"),
        ("Par Jeanne Martin - Le conseil municipal a voté la fermeture du pont.", "Jeanne Martin", "Le conseil"),
    ],
)
def test_a_byline_glued_to_the_lead_paragraph_goes_and_the_paragraph_stays(line, names, paragraph):
    kept = strip_chrome([line, STORY[1]])
    assert kept[0].startswith(paragraph) and kept[0].endswith(line[-12:]) and kept[1] == STORY[1]
    assert byline_names([line, STORY[1]]) == names


def test_sentences_that_open_with_by_or_par_keep_their_words():
    for line in (
        "By Tuesday: the deadline passed and nobody had signed.",  # a lower-case word follows: no byline
        "By the end of the year, the plant will close.",
        "Par ailleurs : Le ministre a démenti.",
    ):
        assert strip_chrome([line]) == [line]


def test_a_row_of_sections_between_bars_goes_and_a_title_with_its_site_stays():
    menu = "Politics | Business | Arts | Local News Video | Search"
    titled = "Council closes the bridge | The Valley Herald"
    assert strip_chrome([menu, titled, STORY[1]]) == [titled, STORY[1]]
    quoted = "He said: yes | no | maybe. The vote was close."
    assert strip_chrome([quoted]) == [quoted]


def test_copyright_notices_and_look_alike_letters_go_and_the_story_stays():
    page = [
        STORY[0],
        "Аdvеrtіѕе wіth uѕ tоdау аnd rеасh thоuѕаndѕ оf rеаdеrѕ",  # Latin words written with Cyrillic letters
        "© 2021, Valley Herald. This article is the property of its publisher.",
        "© Photo Agency",
        STORY[1],
        "Премьер-министр встретился с президентом.",  # a sentence in one script stays
    ]
    assert strip_chrome(page) == [STORY[0], STORY[1], page[-1]]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The final is due in Lisbon on May 30. — Reuters", "The final is due in Lisbon on May 30."),
        ("« Nous irons jusqu'au bout », a-t-il dit. – AFP/Belga", "« Nous irons jusqu'au bout », a-t-il dit."),
        # a dash inside the story, or before words that go on, is the story's
        ("Prix : 12 €. – Entrée libre le dimanche", "Prix : 12 €. – Entrée libre le dimanche"),
        ("The vote — a first — passed.", "The vote — a first — passed."),
    ],
)
def test_a_wire_agency_credit_closing_a_story_goes_and_the_sentence_stays(line, expected):
    assert strip_chrome([line]) == [expected]


def test_a_section_label_and_a_barred_agency_around_a_page_stamp_go_and_the_stamp_stays():
    lines = ["Économie Publié le mardi 3 mars 2015 | APS", "Le port a rouvert mardi, après trois jours de grève."]
    assert strip_chrome(lines) == ["Publié le mardi 3 mars 2015", lines[1]]
    # a sentence with a capitalised "Publié" and no date is no stamp
    kept = ["Le Rapport Publié hier reste introuvable."]
    assert strip_chrome(kept) == kept


@pytest.mark.parametrize(
    ("banner", "titles"),
    [
        (
            "URGENT",
            [
                "Sport : le club de Lyon change d'entraîneur",
                "Santé : une épidémie de grippe précoce",
                "Météo : alerte orange aux orages dans le Sud",
            ],
        ),
        (
            "Breaking News",
            [
                "Floods close the northern motorway",
                "Stocks fall after the rate decision",
                "Minister resigns over expenses",
            ],
        ),
    ],
)
def test_a_banner_over_a_ticker_of_other_stories_goes_with_its_titles(banner, titles):
    story = ["Un titre de l'article", LEAD, STORY[0]]
    assert strip_chrome([banner, *titles, "", *story]) == ["", *story]


def test_a_banner_over_one_headline_keeps_the_headline():
    lines = ["URGENT", "Le Parlement est dissous, des élections dans un mois", "", LEAD]
    assert strip_chrome(lines) == lines


def test_a_long_paragraph_ending_with_a_copyright_sign_stays():
    paragraph = " ".join(["Le conseil municipal a voté le budget de la ville pour l'année prochaine."] * 3) + " © Ville"
    assert strip_chrome([paragraph]) == [paragraph]


def test_teasers_of_other_stories_that_end_a_page_go_and_a_dateline_stays():
    lines = [
        "ROME: The Italian government on Tuesday approved a budget that cuts taxes for families with children.",
        "The plan still needs the approval of both houses of parliament before the end of the year.",
        "WAGE TALKS: Unions said that the offer made by the employers on Monday falls short of inflation and vowed "
        "to strike",
        "",
        "DRY SUMMER? Farmers in the south fear a third year of drought as reservoirs stand at half their level and",
    ]
    assert strip_chrome(lines) == lines[:2]
    assert strip_chrome(lines[:3]) == lines[:3]  # one such paragraph may be the story's own


def test_a_pager_s_teasers_go_and_a_kicker_in_capitals_stays():
    story = [STORY[0] * 3, STORY[1] * 3]
    pager = ["PREV Mayor opens the new bridge over the river", "SUIVANT Le conseil vote le budget du port"]
    kicker = "NEXT STEPS: the council will vote on the plan in May, officials said."
    assert strip_chrome([*story, *pager]) == story
    assert strip_chrome([*story, kicker]) == [*story, kicker]


@pytest.mark.parametrize(
    ("line", "paragraph"),
    [
        ("Info Midi Express. Le préfet a fermé la route du col.", "Le préfet a fermé la route du col."),
        ("INFO LE JOURNAL DU CENTRE - Le maire a démissionné hier.", "Le maire a démissionné hier."),
    ],
)
def test_an_outlets_label_and_name_opening_the_paragraph_go_and_the_paragraph_stays(line, paragraph):
    assert strip_chrome([line, STORY[1]]) == [paragraph, STORY[1]]
    kept = ["Info trafic : la route du col est fermée jusqu'à lundi.", STORY[1]]  # a label of the story's own words
    assert strip_chrome(kept) == kept


@pytest.mark.parametrize(
    ("line", "paragraph"),
    [
        ("[image-2]Jane Roe told the council on Monday that the bridge would close.", "Jane Roe told the council"),
        ('[caption id="attachment_41" width="300"]The mayor spoke.[/caption] The council voted.', "The mayor spoke."),
    ],
)
def test_a_publishing_systems_placeholders_go_and_the_words_around_them_stay(line, paragraph):
    assert strip_chrome([line, STORY[1]])[0].startswith(paragraph)
    kept = ["The report [seen by the council] names three firms.", STORY[1]]  # an editor's brackets stay
    assert strip_chrome(kept) == kept


@pytest.mark.parametrize("widget", ["Recommended Posts", "Related Posts", "Recent Posts"])
def test_a_blogs_widget_title_after_the_story_cuts_the_other_posts_it_lists(widget):
    lines = [*STORY, widget, "Le ministre Paul Durand en visite à Rome", "Le sommet de Lomé reporté"]
    assert strip_chrome(lines) == STORY


def test_a_wires_credit_after_a_hyphen_goes_and_the_sentence_stays():
    kept = strip_chrome(["The ferry leaves the harbour at dawn. - Reuters", *STORY])
    assert kept == ["The ferry leaves the harbour at dawn.", *STORY]


def test_a_caption_whose_credit_names_its_photographer_after_a_hyphen_goes_whole():
    # (the photographer beside the agency makes the credit a picture's: the sentence is its caption, chrome)
    kept = strip_chrome(["Des électeurs devant la mairie de Lyon, ce lundi. - Jeanne Roux - AFP", *STORY])
    assert kept == STORY
    # a hyphen inside the sentence is the article's
    inside = ["Le maire - Paul Durand - a parlé devant le conseil."]
    assert strip_chrome(inside) == inside


@pytest.mark.parametrize("call", ["For The Latest News Follow us on Mastodon", "Stay informed: sign up for our letter"])
def test_a_short_line_with_a_platforms_call_inside_goes(call):
    assert strip_chrome([STORY[0], call, *STORY[1:]]) == STORY
    # a sentence of the story that says the words stays
    said = ["The senator said voters would follow us on the road to the capitol next week, and many agreed."]
    assert strip_chrome(said) == said


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Le Journal.fr avec AFP - Publié le 3 mars 2025", ["Publié le 3 mars 2025"]),
        ("Daily Courier with Reuters", []),
        ("The roads were closed all week. – Additional reporting from Reuters", ["The roads were closed all week."]),
    ],
)
def test_a_sites_credit_to_its_agency_goes_and_the_stamp_stays(line, kept):
    assert strip_chrome([line, *STORY]) == [*kept, *STORY]
    said = ["Le maire a parlé avec AFP mardi, puis avec la presse locale."]
    assert strip_chrome(said) == said

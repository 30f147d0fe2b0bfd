import datetime as dt
import types
from pathlib import Path

import pytest

from generator.read import ArticleError, find_articles, read_article

REFERENCE = Path(__file__).parents[2] / "seeds" / "000_91f61d21f0bcea41.txt"


def test_reference_article_with_its_sidecar():
    article = read_article(REFERENCE)
    assert article.title.startswith("\"Poutine n'a pas intérêt à élargir le conflit")
    assert article.published == dt.date(2024, 4, 2)
    assert article.lang == "fr"
    assert article.text.startswith("Le chef de la diplomatie américaine Antony Blinken est en France mardi")
    for chrome in ("Accueil Actu Monde International", "À lire aussi", "Sélectionné pour vous"):
        assert chrome not in article.text and chrome not in article.title


def test_markdown_front_matter_gives_metadata(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\npublished: 2024-03-01\nurl: https://example.org/a\noutlet: Le Monde\nlang: fr\n---\n"
        "# Sommet à Bruxelles\n\nLes dirigeants se réuniront jeudi.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert (article.title, article.text) == ("Sommet à Bruxelles", "Les dirigeants se réuniront jeudi.")
    expected = (dt.date(2024, 3, 1), "https://example.org/a", "Le Monde")
    assert (article.published, article.url, article.outlet) == expected


def test_saved_html_page(tmp_path):
    paragraphs = "".join(
        f"<p>Le Premier ministre a présenté mardi le paragraphe numéro {i} de son plan pour l'industrie.</p>"
        for i in range(8)
    )
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Plan pour l'industrie</title>"
        '<meta property="og:site_name" content="La Gazette">'
        '<meta property="article:published_time" content="2024-05-14T08:00:00+02:00">'
        "<script>alert(1)</script></head><body><nav>Accueil Politique</nav>"
        f"<article><h1>Plan pour l'industrie</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.title == "Plan pour l'industrie"
    assert "paragraphe numéro 7" in article.text and "alert" not in article.text
    assert article.published == dt.date(2024, 5, 14)
    assert article.outlet == "La Gazette"
    assert article.published_in_page  # the page's own metadata, which the text may contradict (pipeline)
    path.with_suffix(".yml").write_text("published: 2024-05-15\n", encoding="utf-8")
    given = read_article(path)  # the analyst's date is no page reading
    assert (given.published, given.published_in_page) == (dt.date(2024, 5, 15), False)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
        (b"---\npublished: [unclosed\n---\nTitre\n\nTexte.", "invalid YAML"),
        (b"---\npublished: 2024-13-45\n---\nTitre\n\nTexte.", "month must be in 1..12"),
        (b"---\npublished: hier\n---\nTitre\n\nTexte.", "'hier' is not YYYY-MM-DD"),
        (b"Un titre seul\n", "no article text"),
    ],
)
def test_bad_files_raise_an_error_naming_the_file_and_the_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=reason) as info:
        read_article(path)
    assert str(info.value).startswith(path.as_posix())


def test_front_matter_is_loaded_safely(tmp_path):
    path = tmp_path / "evil.md"
    path.write_text("---\ntitle: !!python/object/apply:os.system ['echo hacked']\n---\nTexte.\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="invalid YAML"):
        read_article(path)


def test_find_articles_is_sorted_and_skips_sidecars(tmp_path):
    for name in ("b.txt", "a.md", "a.yml", "c.html", "notes.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in find_articles([tmp_path])] == ["a.md", "b.txt", "c.html"]


def test_find_articles_does_not_walk_hidden_folders_or_files(tmp_path):
    (tmp_path / ".venv" / "lib").mkdir(parents=True)
    (tmp_path / ".venv" / "lib" / "LICENSE.txt").write_text("MIT License\n")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "sommet.md").write_text("# Sommet\n\nLe sommet aura lieu.\n")
    (tmp_path / "seeds" / ".#sommet.md").symlink_to("root@host.1234:1701")  # an editor's lock file
    assert [p.name for p in find_articles([tmp_path])] == ["sommet.md"]
    assert [p.name for p in find_articles([tmp_path / "seeds" / ".#sommet.md"])] == [".#sommet.md"]  # named: read


def test_an_article_without_a_headline_loses_nothing_of_its_lead(tmp_path):
    lead = (
        "Le Premier ministre a présenté mardi devant l'Assemblée nationale un plan de soutien à l'industrie "
        "automobile. " + "Ce plan prévoit des aides à l'achat de véhicules électriques et des prêts aux "
        "sous-traitants, a précisé le ministre de l'Économie, qui doit recevoir jeudi les syndicats du secteur "
        "à Bercy pour en discuter les modalités avec eux et avec les représentants des constructeurs."
    )
    path = tmp_path / "lead.txt"
    path.write_text(f"{lead}\n\nDeuxième paragraphe.\n", encoding="utf-8")
    article = read_article(path)
    assert article.title.endswith("industrie automobile.")
    assert article.text.startswith("Ce plan prévoit des aides")
    assert "les représentants des constructeurs." in article.text
    assert article.text.endswith("Deuxième paragraphe.")


def test_a_page_drawn_by_javascript_says_so_instead_of_having_no_title(tmp_path):
    shell = (
        "<html><head><title>Actualités</title><script src='/app.js'></script></head>"
        "<body><div id='app'></div><noscript>Activez JavaScript pour lire cet article.</noscript>"
        '<script>window.__STATE__ = {"article": "Le conseil des ministres se réunira mercredi."}</script>'
        "</body></html>"
    )
    page = tmp_path / "appli.html"
    page.write_text(shell, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"appli\.html: no article text: the page is drawn by JavaScript"):
        read_article(page)


def test_a_template_whose_placeholders_the_scripts_fill_is_a_page_drawn_by_javascript(tmp_path):
    # An AngularJS shell: its "text" is placeholders such as {{ctrl.article.title}}, which no reader sees.
    fields = "".join(
        f"<span>{{{{ctrl.article.{name} | date : 'dd/MM/yyyy HH:mm' }}}}</span> - "
        for name in ("title", "lead", "author.fullName", "status", "lastUpdateUser.fullName", "updatedAt") * 4
    )
    shell = (
        "<html ng-app='site'><head><script src='/angular.js'></script></head>"
        f"<body ng-controller='ArticleCtrl as ctrl'><div>{fields}</div><p>Modifier la page</p></body></html>"
    )
    page = tmp_path / "gabarit.html"
    page.write_text(shell, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"gabarit\.html: no article text: the page is drawn by JavaScript"):
        read_article(page)


def test_a_page_with_scripts_and_an_article_is_read_as_usual(tmp_path):
    paragraphs = "".join(
        f"<p>Le maire a détaillé mardi la mesure numéro {i} du budget municipal.</p>" for i in range(8)
    )
    page = tmp_path / "budget.html"
    page.write_text(
        f"<html><head><title>Budget</title><script>track()</script></head><body><article><h1>Budget</h1>"
        f"{paragraphs}</article><script>ads()</script></body></html>",
        encoding="utf-8",
    )
    assert "mesure numéro 7" in read_article(page).text


def test_the_byline_of_a_pasted_page_is_its_author_not_its_text(tmp_path):
    page = tmp_path / "maire.txt"
    page.write_text(
        "Le maire présente son budget\n\nPar Jeanne Martin\n\nLe maire a présenté mardi un budget en hausse de 3 %.\n",
        encoding="utf-8",
    )
    article = read_article(page)
    assert article.author == "Jeanne Martin" and "Jeanne Martin" not in article.text
    page.with_suffix(".yml").write_text("author: Rédaction locale\n", encoding="utf-8")
    assert read_article(page).author == "Rédaction locale"  # metadata wins


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_soft_hyphens_leave_the_words_whole(tmp_path, suffix):
    text = "Le pré\u00adsident Emma\u00adnuel Valdor se rendra demain à Tou\u00adlouse pour le sommet régional."
    if suffix == ".html":
        content = f"<html><head><title>Visite à Tou&shy;louse</title></head><body><article><p>{text}</p>" + (
            "<p>Le programme de la visite sera présenté par la préfecture dans la matinée.</p></article></body></html>"
        )
    else:
        content = f"Visite à Tou\u00adlouse\n\n{text}\n"
    path = tmp_path / f"page{suffix}"
    path.write_text(content, encoding="utf-8")
    article = read_article(path)
    assert "\u00ad" not in article.title + article.text
    assert "Emmanuel Valdor" in article.text and "Toulouse" in article.title


def test_a_short_precise_reading_gives_way_to_a_default_one_that_finds_the_story(tmp_path, monkeypatch):
    import trafilatura

    story = " ".join(f"The county will hold hearing {i} on the flood permits next month." for i in range(30))
    readings = {True: "Other projects were assessed by the trust.", False: story}

    def bare_extraction(html, favor_precision=False, **options):  # precision keeps one block of the story
        return types.SimpleNamespace(
            text=readings[favor_precision], title="Flood permits", date=None, sitename=None, url=None,
            language=None, author=None,
        )  # fmt: skip

    monkeypatch.setattr(trafilatura, "bare_extraction", bare_extraction)
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>Flood permits</p></body></html>", encoding="utf-8")
    assert "hearing 29" in read_article(path).text
    readings[True] = story[:1500]  # long enough: the precise reading stands
    assert "hearing 29" not in read_article(path).text


def test_an_accent_typed_for_an_apostrophe_between_letters_is_the_apostrophe(tmp_path):
    page = tmp_path / "conseil.txt"
    page.write_text(
        "Conseil à Douala\n\nIl s´agit d´Ernest Ndongo Mba´a, qui préside l`assemblée depuis 2011.\n", encoding="utf-8"
    )
    article = read_article(page)
    assert "s’agit d’Ernest Ndongo Mba’a" in article.text and "l’assemblée" in article.text


def test_a_list_s_items_above_the_headline_are_no_title(tmp_path: Path):
    # a widget's rows set as a list above the page's stamp (a sun or prayer times box, a ticker): the headline is the
    # line after them
    page = tmp_path / "page.txt"
    page.write_text(
        "  • Ville Lever Coucher\n  • Rennes 07:12 18:44\n3 juin 2024\n\n"
        "La mairie de Rennes ferme ses piscines pour l'été\n\n"
        "La mairie de Rennes a annoncé lundi la fermeture de ses trois piscines municipales pour deux mois de "
        "travaux.\n",
        encoding="utf-8",
    )
    article = read_article(page)
    assert article.title == "La mairie de Rennes ferme ses piscines pour l'été"
    assert "Rennes 07:12" not in article.text


def test_a_list_s_item_that_is_a_sentence_of_the_story_stays_in_the_text(tmp_path: Path):
    page = tmp_path / "page.txt"
    item = "  • La mairie de Rennes a annoncé lundi la fermeture de ses trois piscines municipales pour deux mois."
    page.write_text(f"{item}\n\nLes piscines rouvriront en septembre, selon l'adjointe aux sports.\n", encoding="utf-8")
    assert "la fermeture de ses trois piscines" in read_article(page).text

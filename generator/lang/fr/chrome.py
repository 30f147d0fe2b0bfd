"""The lines French news sites add around an article: "À lire aussi", "Partager", "Accueil > Monde".

Written once with their accents: lines are compared folded (see generator.lang.record.ChromeLines).
"""

from __future__ import annotations

from generator.lang.record import ChromeLines

CHROME = ChromeLines(
    trailers=(
        "à lire aussi",
        "lire aussi",
        "sélectionné pour vous",
        "sur le même sujet",
        "nos articles sur le sujet",
        "voir aussi",
        "les plus lus",
        "à voir aussi",
        "publicité",
        "sujets",
        "mots-clés",
        "les plus partagés",
        "les plus commentés",
        "dans la même rubrique",
        "sur le même thème",
        "à découvrir aussi",
        "à lire également",
        "nos dernières vidéos",
        "dernières actualités",
        "les dernières actualités",
        "en continu",
        "{n} commentaires",
        # the readers' comments under the story, each signed with its author's name
        "commentaires",
        "réactions",
        "{n} réactions",
    ),
    furniture=(
        "partager",
        "écouter",
        "partagez",
        "imprimer",
        "copier le lien",
        "commenter",
        "abonnez-vous",
        "publicité",
        "pub",
        "lecture {n} min",
        "{n} min de lecture",
        "{n} minute de lecture",
        "{n} minutes de lecture",
    ),
    breadcrumb_starts=("accueil", "actu", "actualités"),
    # (a signature's label, "Auteur : Jean Dupont", "Un texte de Jean Dupont")
    # (and the article's reviewer, who signs it too: "Relecteur : Jean Dupont, doctorant")
    byline_starts=(
        "par",
        "écrit par",
        "publié par",
        "publiée par",
        "posté par",
        "auteur",
        "auteure",
        "un texte de",
        "relecteur",
        "relectrice",
        "relu par",
        "édité par",
    ),
    author_titles=(
        "journaliste",
        "rédacteur",
        "rédactrice",
        "correspondant",
        "correspondante",
        "envoyé spécial",
        "envoyée spéciale",
        "chroniqueur",
        "chroniqueuse",
    ),
    credit_starts=("photo", "crédit", "crédits", "illustration", "archives"),
    contributor_phrases=("a contribué à cet article", "ont contribué à cet article"),
    link_starts=("lire aussi", "à lire aussi", "voir aussi", "à voir aussi", "lire", "à lire", "vidéo", "regarder"),
    furniture_starts=("partager sur", "partager cet article", "suivez-nous sur", "abonnez-vous à"),
    # ... and a wire story's credit line closes it ("(Reportage X, version française Y, édité par Z)")
    end_phrases=("cet article est paru dans", "(reportage", "(version française", "(édité par"),
    credit_joiners=("avec",),
    stamp_starts=("Publié", "Publiée", "Mis à jour", "Modifié", "Actualisé", "Posté"),
    source_labels=("source", "sources"),
    exclusive_labels=("Info", "Infos"),
    banners=("urgent", "alerte", "alerte info", "dernière minute", "flash info", "flash"),
    pager_words=("PRÉCÉDENT", "SUIVANT", "ARTICLE PRÉCÉDENT", "ARTICLE SUIVANT"),
    stamp_authors=("par",),
    name_joiners=("de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et"),
    name_articles=("le", "la", "les", "l'", "l’"),
)

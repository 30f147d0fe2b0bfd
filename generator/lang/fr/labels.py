"""The words of a French briefing page and of the site around it: pure data, importing nothing of ours.

Read by generator/render.py (the briefing's Markdown) and generator/site/ (the pages built from front
matter); `generator.render.labels("fr")` is the one place a language code is looked up.
"""

# babel's locale for dates (CLDR month and weekday names); the `lang` attribute of a page's content.
LOCALE = "fr"
CODE = "fr"

# The headings and words of a briefing page.
PAGE = {
    "published": "Publié le",
    "by": "par",
    "summary": "Résumé",
    "facts": "Faits clés",
    "participants": "Participants",
    "people": "Personnes",
    "organizations": "Organisations",
    "name": "Nom",
    "role": "Rôle",
    "aliases": "Aussi appelé",
    "mentions": "Mentions",
    "person": "personne",
    "organization": "organisation",
    "places": "Lieux",
    "upcoming": "À venir",
    "timeline": "Contexte",
    "date": "Date",
    "event": "Événement",
    "where": "Lieu",
    "who": "Avec",
    "quotes": "Citations",
    "article": "Article original",
    "source": "source",
    "unknown_date": "date inconnue",
    "inferred_date": "date déduite du texte, à confirmer",
    # Under the byline when the publication date is not in the article's metadata ({evidence}: why this date).
    "inferred_note": "La date de publication est déduite du texte ({evidence}). Les dates relatives de "
    "l'article (« mercredi », « dans deux semaines ») n'entrent dans l'agenda qu'une fois cette date "
    "confirmée : dans l'en-tête de cette page, corrigez « date: » s'il le faut, écrivez « date_source: metadata », "
    "puis retirez cette note.",
    "unknown_note": "La date de publication est inconnue : les dates relatives de l'article restent sans "
    "valeur. Ajoutez « published: » aux métadonnées de l'article et relancez « briefings generate ».",
    # The plugin's section of links to the briefing's entity pages, and its lines.
    "see_also": "Fiches",
    "see_also_person": "Personnes",
    "see_also_organization": "Organisations",
    "colon": " : ",  # before a list, as the language punctuates it
    "see_also_place": "Lieux",
    "permalink": "Lien vers cette section",
    # the story a briefing is part of (generator/site/stories.py)
    "story": "Dans la même histoire",
    "story_span": "{count} briefings, du {first} au {last}.",
    "story_this": "ce briefing",
    "story_more": "… et {count} autres briefings de cette histoire.",
    "story_changes": "Ce qui change depuis le {date}",
    "story_nothing_new": (
        "Rien de nouveau : ni date, ni participant, ni fait que les briefings précédents n'aient déjà donné."
    ),
    "story_changed_dates": "Dates modifiées",
    "story_new_dates": "Nouvelles dates",
    "story_new_participants": "Nouveaux participants",
    "story_new_facts": "Nouveaux faits",
}

# Dates, as babel's format_date patterns (CLDR syntax: EEEE weekday, d day, MMMM month, LLLL stand-alone
# month, y year; text in quotes is literal). French writes the first of a month "1er".
DATES = {
    "day": "EEEE d MMMM y",  # mercredi 3 avril 2024
    "day_first": "EEEE '1er' MMMM y",  # lundi 1er avril 2024
    "day_no_year": "EEEE d MMMM",  # mercredi 3 avril
    "day_first_no_year": "EEEE '1er' MMMM",
    "day_only": "EEEE d",  # mercredi 3 (the start of a range within one month)
    "day_first_only": "EEEE '1er'",
    "month": "LLLL y",  # avril 2024
    "range": "{start} – {end}",
    "year_unsure": "{year}, date à préciser",
}

"""Page chrome: breadcrumbs, menus, bylines, credits, "read also" blocks: the page around the article.

Each kind is a shape of line (or of a run of lines), with the few words that mark it taken from the
language folders; never a list of names. A line that holds a date stays (a byline's date dates the page).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from urllib.parse import urlparse

from generator.lang import givennames
from generator.lang.every import every
from generator.lang.folding import fold
from generator.lang.names import NEWS_AGENCIES, PICTURE_AGENCIES
from generator.lang.organisations import outlets
from generator.lang.patterns import BULLETS, DASHES, longest_first
from generator.lang.record import Language


def _lines(found: Iterable[str], tail: str = "") -> re.Pattern[str]:
    """A pattern for a whole folded line that is one of `found` (folded; "{n}" a number), maybe followed by `tail` (a
    pattern), with an optional colon."""
    shapes = (re.escape(fold(line)).replace(r"\{n\}", r"\d+") for line in found)
    after = rf"(?:{tail})?" if tail else ""
    return re.compile(r"^(?:" + "|".join(shapes) + r")" + after + r"\s*:?$")


# The lines of every built-in language's sites: the reader does not know an article's language yet.
# Lines that introduce related links or promotions; everything after one of them near
# the end of a page is furniture too.
# (a block's heading may name the site it lists: "À la une de liberation.fr", "Most read on nytimes.com"; a link's
# words do not make one: "LIRE AUSSI SUR REGARDS.FR" stands before one link inside the story)
_SITE_TAIL = (
    r"\s+(?:"
    + "|".join(re.escape(fold(w)) for w in every(lambda lang: lang.chrome.site_joiners))
    + r")\s+[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"
)
_TRAILER_MARKERS = _lines(every(lambda lang: lang.chrome.trailers))
_SITE_TRAILERS = _lines(
    every(lambda lang: tuple(t for t in lang.chrome.trailers if t not in lang.chrome.link_starts)), _SITE_TAIL
)
# A block's heading that names the section or site it lists after a joiner ("More from Politics", "Derniers articles
# de la thématique « Justice »"): a trailer, its name a few words and no sentence.
_BLOCK_HEADING = re.compile(
    rf"^(?:{'|'.join(re.escape(fold(w)) for w in every(lambda lang: lang.chrome.block_heads))})"
    rf"\s+(?:{'|'.join(re.escape(fold(w)) for w in every(lambda lang: lang.chrome.block_joiners))})"
    r"\s+(?P<name>[^.!?]+?)\s*:?$"
)
_WORD = re.compile(r"\w+")
_BLOCK_NAME_WORDS = 8  # a section's or a site's name; a longer line is a sentence that opens so
# A line that is furniture wherever it stands, maybe with an ellipsis after ("Loading...", "Chargement…").
_NOISE = _lines(every(lambda lang: lang.chrome.furniture), r"\s*\.{2,}")


def _any(found: Iterable[str]) -> str:
    """An alternation of the folded words (one that never matches when there are none)."""
    return "|".join(re.escape(fold(w)) for w in found) or "(?!)"


def _as_written(words_of: Callable[[Language], Iterable[str]]) -> str:
    """An alternation of every language's words as written, the longest first ("soumis par" before "par")."""
    return "|".join(map(re.escape, longest_first(every(words_of))))


# Breadcrumbs: "Accueil Actu Monde International", "Home > World > Europe".
_BREADCRUMB_START = re.compile(rf"^(?:{_any(every(lambda lang: lang.chrome.breadcrumb_starts))})\b")
_TAIL_FRACTION = 0.6
_BYLINE_START = re.compile(rf"^(?:{_any(every(lambda lang: lang.chrome.byline_starts))})(?:\s*:)?\s+")
# "Journalist" alone on its line under the author's name: the byline goes on
_AUTHOR_TITLE = _lines(every(lambda lang: lang.chrome.author_titles))
# "Written by" alone on its line, the names on the next one
_BYLINE_ALONE = re.compile(rf"^(?:{_any(every(lambda lang: lang.chrome.byline_starts))})\s*:?$")
_CREDIT_WORDS = _any(every(lambda lang: lang.chrome.credit_starts))  # "photo", "crédit": what opens a credit
_CREDIT_START = re.compile(rf"^[(\[]?(?:{_CREDIT_WORDS})s?\b")
_CONTRIBUTORS = re.compile(_any(every(lambda lang: lang.chrome.contributor_phrases)))
# "Source : Nouvel Horizon", "Sources: Senego.com": a source's label then names alone, a repost's closing credit
_SOURCE_CREDIT = re.compile(rf"^(?:{_any(every(lambda lang: lang.chrome.source_credits))})\s*:\s*(?=\S)")
_SOURCE_CREDIT_WORDS = 12
_NAME = r"[A-ZÀ-Þ][\w'’.-]*"
# "Jean Dupont / AFP", "Patrick Semansky, ASSOCIATED PRESS": a name, then an agency in capitals.
_CREDIT_SHAPE = re.compile(rf"^{_NAME}(?:\s+{_NAME}){{1,3}}\s*[,/]\s*[A-Z][A-Z&.-]+(?:\s+[A-Z][A-Z&.-]+){{0,3}}$")
# "Jane Roe/Agence France-Presse — Getty Images", "Jean Dupont/Hans Lucas/AFP": capitalised names joined by
# slashes (and a dash before the picture agency), nothing else: a caption's credit line.
_NAMES = rf"{_NAME}(?:\s+{_NAME}){{0,3}}"
_SLASHED_CREDIT = re.compile(rf"^{_NAMES}(?:\s*/\s*{_NAMES})+(?:\s*[—–]\s*{_NAMES})?$")
# "MORE : The daily cartoon", "Lire aussi : ...": a link to another story, wherever it stands.
_LINK = re.compile(rf"^(?:{_any(every(lambda lang: lang.chrome.link_starts))})\s*[:|]\s*\S")
# "À lire aussi La natalité en baisse", ">> LIRE AUSSI - À Paris, les manifestants...", "Lire aussi. TÉMOIGNAGES. ...":
# a link's words of two words or more (one, "More", "Lire", opens sentences), no colon, then another story's title
# opening on a capital; matched as written, the title's capital tells it from a sentence ("Voir aussi le rapport ...")
_BARE_LINK_WORDS = longest_first(
    {form for w in every(lambda lang: lang.chrome.link_starts) if " " in w for form in (w, fold(w))}
)
_BARE_LINK = re.compile(rf"^(?i:{'|'.join(map(re.escape, _BARE_LINK_WORDS))})(?:\s*[-–—.]\s*|\s+)(?=[«\"“A-ZÀ-Þ])")
# A line that opens a block of related links: a trailer that is not furniture by itself ("Advertisement" stands
# alone in a story), or a link word alone ("MORE", "Lire aussi").
_LINK_BLOCK_MARKERS = _lines(
    every(lambda lang: tuple(t for t in lang.chrome.trailers if t not in lang.chrome.furniture))
)
_LINK_ALONE = _lines(every(lambda lang: lang.chrome.link_starts))
# "→ À LIRE AUSSI : ...", "► Lire aussi": an arrow or a bullet before a link's words
_LEAD_GLYPHS = re.compile(rf"^[→►▶▸»>{re.escape(BULLETS)}]+\s*")
# "URGENT", "Breaking news": a banner alone on its line, over a ticker of other stories' titles
_BANNER = _lines(every(lambda lang: lang.chrome.banners))
# "Bandeau", "Armoiries de la Suisse", "Logo du site", "Pulse.ng logo": a picture's text naming the site's emblem, the
# emblem's word alone, then a joining word and what it is of, or last after one or two words of whose it is
_EMBLEM_WORDS = _any(every(lambda lang: lang.chrome.emblems))
_EMBLEM_JOINERS = _any(every(lambda lang: lang.chrome.name_joiners))
_EMBLEM = re.compile(
    rf"^(?:(?:{_EMBLEM_WORDS})(?:\s+(?:{_EMBLEM_JOINERS})\b.*)?|\S+(?:\s+\S+)?\s+(?:{_EMBLEM_WORDS}))$"
)
_EMBLEM_LINE_WORDS = 6  # a picture's short text; a longer line is a sentence that names a logo
# "NOTE AUX RÉDACTIONS", "Communiqué de l'Ambassade d'Israël": a press release's label, alone or before its issuer
_RELEASE_JOINERS = _any(every(lambda lang: (*lang.chrome.name_joiners, *lang.chrome.stamp_authors)))
_RELEASE = re.compile(
    rf"^(?:{_any(every(lambda lang: lang.chrome.release_labels))})(?:\s+(?:{_RELEASE_JOINERS})\b.*)?$"
)
_RELEASE_WORDS = 8  # a label and its issuer's name; a longer line is the story's sentence
_TICKER_TITLES = 3  # a ticker has this many titles at least; fewer may be the story's own headline
# A caption's copyright credit at its end: "Le président à Kigali, mardi. © Jean Dupont/JA et Li Wei/AFP"
_COPYRIGHT_CREDIT = re.compile(r"\s©\s*[^©!?]{2,80}(?<!\.)$")
_CAPTION_WORDS = 30  # a caption is one line of at most this many words
# a kicker in capitals, a colon or a question mark, then a paragraph: another story's teaser
_KICKER = re.compile(r"^[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9 '’-]{2,40}[:?]\s+\S.{40,}")
_TEASERS = 2  # this many at the page's end are other stories' teasers; one may be the story's own dateline
_FURNITURE_WORDS = _any(every(lambda lang: lang.chrome.furniture_starts))  # "share this article via", "follow us on"
_FURNITURE_START = re.compile(rf"^(?:{_FURNITURE_WORDS})\b")
# "For Latest Updates Follow us on Google News": the same call to a platform inside a short line that is no sentence
_FURNITURE_INSIDE = re.compile(rf"\b(?:{_FURNITURE_WORDS})\b")
_FURNITURE_LINE_WORDS = 12  # a button's or a call's line; a longer one is the story's text
# "Recevoir les informations d'Attac France", "Subscribe now for a 30 day free trial.", "Thank you for reading
# EUobserver!": a site's call to subscribe or to keep reading, in a short line, sentence or not
_CALLS = re.compile(rf"(?<!\w)(?:{_any(every(lambda lang: lang.chrome.calls))})(?!\w)")
# "Copyright © 2020 Site.com. Tous droits réservés.", "Redistribution and copying are prohibited by law without written
# permission in advance from ...": a rights notice, a footer's line of at most this many words
_RIGHTS = re.compile(
    rf"^copyright\s*(?:©|\(c\)|\d{{4}})|(?<!\w)(?:{_any(every(lambda lang: lang.chrome.rights_phrases))})(?!\w)"
)
_NOTICE_WORDS = 40
# "R. N.", "J.-P. F.", "C.K.N.": an author's initials alone on a line, the way a paper signs its pieces; never a story's
# line
_INITIALS = re.compile(r"^(?:[A-ZÀ-Þ]\.(?:\s?-\s?[A-ZÀ-Þ]\.)?\s*){2,4}$")
# A pager's word in capitals, then another story's title: "PREV Juric, in Turin to ...", "SUIVANT Le maire ..."
_PAGER = re.compile(
    rf"^(?:{_as_written(lambda lang: lang.chrome.pager_words)})"
    r"\s+[A-ZÀ-Þ][a-zà-ÿ]"  # a title's first word, not a kicker's capitals ("NEXT STEPS: ...")
)
# (a wire's credit line is often put in brackets: "(Reporting by Jane Roe; Editing by John Doe)")
_END = re.compile(rf"^[(\[]?\s*(?:{_any(every(lambda lang: lang.chrome.end_phrases))})\b")
# A caption whose wire credit follows its last sentence, the agency in capitals, a slash and the photographer, then at
# most a few words of the agency's (its code, a licensing link), no sentence: "... à Locarno (archives). KEYSTONE/JANE
# ROE sda-ats", "... on Tuesday. REUTERS/Jane Roe Purchase Licensing Rights"
_SLASHED_WIRE_CREDIT = re.compile(
    r"(?<=[.!?)])\s+[A-Z]{2,}[A-Z&-]*(?:\s+[A-Z]{2,}[A-Z&-]*)?\s*/\s*[A-ZÀ-Þ][\w'’.-]*(?:\s+[\w'’,-]+){0,7}$"
)
# A caption signed by its credit: "The King arrives at the Palace (Picture: PA)", "Le ministre (Photo : AFP)", "Dame
# Jane Roe (pic by Harbour Pictures)".
_CAPTION = re.compile(rf"\((?:{_CREDIT_WORDS})s?\s*(?::|\bby\b|\bvia\b|\bpar\b)[^()]*\)\s*$")
# A caption whose credit follows its words on the same line, opened by a credit word: "Le Premier ministre Jean
# Castex Photo via MaxPPP - Le Pictorium/Maxppp", "The minister in Rome Photo: Jane Roe/AFP" (matched folded)
_INLINE_CREDIT = re.compile(rf"\s(?:{_CREDIT_WORDS})s?\s*(?::|\bvia\b|\bby\b|\bpar\b)\s*[^.!?]{{2,80}}$")
# An agency's capitals glued to a caption's last word, with no full stop: "... de la Grande GuerreAFP", "rallyREUTERS"
_GLUED_CREDIT = re.compile(r"[a-zà-ÿ]{3}[A-Z]{2,}(?:\s*/\s*[A-Z][A-Za-z]+)*$")
# A credit after the caption's last full stop: "... is heard in November. (NPA)"; the sentence stays.
_TRAILING_CREDIT = re.compile(r"(?<=[.!?])\s*\((?:[^()\d.!?]{2,40})\)\s*$")
# ... but not who brought an agenda's item or a bill, named by a role word before a capitalised name ("... and to
# provide for related matters. (By Council Member Roe)", "(Sponsored by Senator Roe)"): a picture's credit names a
# photographer or an agency, and says so by a credit word ("Photo", "Picture", "Photographer").
_ROLE_WORDS = frozenset(fold(w) for w in every(lambda lang: lang.entities.role_heads))
_CREDIT_PREFIXES = tuple(fold(w) for w in every(lambda lang: lang.chrome.credit_starts))
_BRACKET_WORD = re.compile(r"[\w'’-]+")
# A wire agency's credit closing a story after its last sentence: "... in Munich on August 11-21. — AFP", "... a-t-il
# dit. – AFP/Reuters"; the sentence stays.
# A caption's credit after its last full stop, a hyphen for the dash and the photographer before the agency:
# "... à Bobigny, ce dimanche. - Jeanne Roux - AFP".
# "... were homeless. – Additional reporting from Reuters": the credit's phrase before the agency.
_DASH = r"(?:[—–]\s*|-\s+)"
_CREDIT_PHRASE = rf"(?i:{_any(every(lambda lang: lang.chrome.end_phrases))})\s+"
_CREDIT_PHRASE_START = re.compile(rf"^(?:{_any(every(lambda lang: lang.chrome.end_phrases))})\b")
_WIRE_CREDIT = re.compile(
    rf"(?<=[.!?»\"”])\s+{_DASH}(?:{_NAMES}\s+{_DASH}|{_CREDIT_PHRASE})?"
    r"[A-Z][\w&.-]*(?:\s*/\s*[A-Z][\w&.-]*){0,2}\s*$"
)
# "Europe1.fr avec AFP - Mis à jour le ...": a site's name and the agency it took the story from open the byline;
# the stamp after them stays (it dates the page).
_AGENCY_BYLINE = re.compile(
    rf"^\S+(?:\s+\S+){{0,3}}\s+(?:{_any(every(lambda lang: lang.chrome.credit_joiners))})\s+"
    rf"(?:{'|'.join(map(re.escape, NEWS_AGENCIES))})\b\s*(?:[—–-]+\s*|$)"
)
# A dateline: "WASHINGTON (AP) — ", "LA CROSSE, Wis. (AP) — ", "BRUXELLES, 8 avril (Reuters) - ", "BRUSSELS,
# March 18 (Reuters) - ": the filing place in capitals (and its agency) go, a date written after it stays (it dates
# the page).
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’. -]*[A-ZÀ-Þ])(?:,\s+[A-Z][a-z]{1,4}\.)?"
    r"(?:\s*(?P<agency>\([A-Za-z][\w .&-]{0,30}\))\s*[—–-]+\s*|\s*[—–]\s*"
    r"|(?P<dated>,\s+(?=\d|[A-Z][a-z]{2,8}\.?\s+\d)))"  # "BRUXELLES, 8 avril", "BRUSSELS, March 18"
)
# the agency after a dateline's date, which stays in the text: "8 avril (Reuters) - ", "March 18 (Reuters) - "
_DATED_AGENCY = re.compile(r"^[^()]{1,25}?\s*\((?P<agency>[A-Za-z][\w .&-]{0,30})\)\s*[—–-]+\s")
# "Jen MillsPublished Jul 17, 2024", "Marie Dupont Publié le 3 mars": a byline's names glued to the page stamp
# (a copied page loses the line break between them); the stamp stays, it dates the page
_STAMP_WORDS = "|".join(every(lambda lang: lang.chrome.stamp_starts))
_STAMPED = re.compile(rf"^(?P<names>(?:{_NAME}\s+){{1,3}}[A-ZÀ-Þ][\w'’-]*?)\s*(?=(?:{_STAMP_WORDS})\b)")
# "Politique Publié le jeudi 26 février 2015 | AIP": a section's label before a page stamp, and the agency after a
# bar; the stamp between them stays (it dates the page).
_SECTION_STAMP = re.compile(rf"^(?:[A-ZÀ-Þ][\w'’-]*\s+){{1,2}}(?=(?:{_STAMP_WORDS})\b)")
_BARRED_CREDIT = re.compile(r"\s+\|\s*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}\s*$")
# "By Aaron Humes: The Americas cannot ...", "Par Jeanne Martin — Le gouvernement a ...": a byline glued to the lead
# paragraph (the copy lost the line break, or the site prints it so): two to six names, short joining words
# between them, then a colon or a dash and the paragraph’s first capital. The names go, the paragraph stays.
_GLUED_BYLINE = re.compile(
    rf"(?P<names>{_NAME}(?:\s+(?:[a-z]{{1,3}}\s+)?{_NAME}){{1,5}})\s*(?::|\s[—–-])\s+(?=[\"«“A-ZÀ-Þ])"
)
# "Info Objectif Gard. Le Premier ministre sera ...": an outlet's label and its own name open the paragraph (its
# scoop); both go, the paragraph stays
_EXCLUSIVE = re.compile(
    rf"^(?i:{_as_written(lambda lang: lang.chrome.exclusive_labels)})\s+"
    rf"{_NAME}(?:\s+{_NAME}){{0,3}}\s*(?:\.|[—–:-])\s+(?=[\"«“A-ZÀ-Þ])"
)
# A publishing system's placeholder or shortcode left in copied text: "[image-1]Dylann Roof appeared ...", WordPress's
# "[caption id=...]" and "[/caption]", "[embed]": markup, never the story's words (it glues itself to a name)
_SHORTCODE = re.compile(
    r"\[/?(?:image|photo|picture|caption|embed|video|audio|gallery)\b[^\[\]]{0,120}\]", re.IGNORECASE
)
# A line of site sections between bars: "World | Defence | Trade | NZ Regional News | Search".
_BAR_MENU_PARTS = 3  # a menu row has this many items at least
_BAR_MENU_ITEM_WORDS = 4  # each of at most this many words
# A word that mixes Latin and look-alike Cyrillic letters ("Веlіzе"): advertising disguised from filters; a story
# never writes a word in two scripts.
_MIXED_SCRIPT = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[\u0400-\u04FF])\w+\b")
_MIXED_WORDS = 2  # this many such words make a line disguised advertising
_BYLINE_LINES = 15  # a byline stands in the page head
_HEADLINE_WORDS = 4  # a headline has this many words at least
_LEAD_WORDS = 15  # the lead paragraph has this many words at least
# a sentence's end, maybe a closing quotation mark (French sets a space before it: "... des salaires. »"), and maybe a
# credit in parentheses ("... in November. (NPA)")
_SENTENCE_END = re.compile(r"[.!?…](?:\s?[\"»”’')\]])*(?:\s*\([^()]*\))?\s*$")
# A signature under the story: a name alone on its line ("Clarisse HEMA", "F Jarraud", "Ibrahima S. Traoré"), maybe
# with the outlet its signer writes for ("pour guinee7.com", "for CNN": a web address or capitalised words)
_SIGNATURE = re.compile(
    r"^(?P<names>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3})"
    rf"(?:\s+(?:{_as_written(lambda lang: lang.chrome.outlet_joiners)})\s+"
    r"(?:[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}|[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}))?$"
)
_GIVEN_NAMES = givennames.load()
_SIGNED_WORDS = 6  # a sentence of the story around a signature has this many words at least
_LINK_TITLE_WORDS = 25  # a related story's title is one line of at most this many words, with no full stop
_STAMP_LINE = 120  # a page stamp with its names is one short line
# "Publié le 3 mars 2024 à 9h par Jeanne Roe", "Publié par Jeanne ROE le mer, 02/03/2022", "By JANE ROE JAN. 13, 2017":
# a byline inside a dated stamp. Two capitalised words at least after the stamp's "par"/"by", joined by a name's short
# words ("Journal du Cameroun"); a month's abbreviation before the day ("JAN. 13") is the date's, not a name's.
_JOINERS = _as_written(lambda lang: lang.chrome.name_joiners)
_STAMP_NAME = rf"{_NAME}(?![\w'’.-])(?!\.?\s+\d)"
_DATED_BYLINE = re.compile(
    rf"(?i:\b(?:{'|'.join(map(re.escape, every(lambda lang: lang.chrome.stamp_authors))) or '(?!)'}))\s+"
    rf"(?P<names>{_STAMP_NAME}(?:\s+(?:(?:{_JOINERS})\s*){{0,2}}{_STAMP_NAME})+)"
)
_STAMP_OPEN = re.compile(rf"^(?:{_STAMP_WORDS})\b")
# "... le programme de la visite : Par Jeanne Roe - Publié le 7 juillet 2022", "... here. By Jane Roe | Updated May 3":
# a byline glued after the text, its word capitalised, then a dash or a bar and the page stamp; the names go, the
# stamp stays ("un livre écrit par Marie Curie - Publié en 1903" is the text's own)
_INLINE_BYLINE = re.compile(
    rf"(?<=\S)\s+(?:{'|'.join(re.escape(w.capitalize()) for w in every(lambda lang: lang.chrome.stamp_authors))})\s+"
    rf"{_STAMP_NAME}(?:\s+(?:(?:{_JOINERS})\s*){{0,2}}{_STAMP_NAME}){{1,3}}\s*[-–—|]\s*(?=(?:{_STAMP_WORDS})\b)"
)
# "... le 29 juillet. Archives Centre Presse", "... on Tuesday. Photo Jane Roe": a caption's credit after its last
# sentence, a credit word then names; the sentence stays
_NAMED_CREDIT = re.compile(
    rf"(?<=[.!?])\s+(?:{'|'.join(re.escape(w.capitalize()) for w in every(lambda lang: lang.chrome.credit_starts))})"
    rf"s?\s+{_NAME}(?:\s+(?:(?:{_JOINERS})\s*){{0,2}}{_NAME}){{0,4}}\s*$"
)
# A picture's credit after a caption's last sentence: in brackets ("(Mario Jasso/Cuartoscuro)", "(GETTY)"), after
# dashes ("- Thomas Samson - AFP"), after a credit word ("Credit Jane Roe/Agence France-Presse — Getty Images") or alone
# ("KEYSTONE"); no sentence inside it. Whether it is a picture's and not the story's wire credit ("— AFP", "(ats/nxp)")
# is `_picture_credit`'s business.
# (a sentence's end after a word of two small letters or a figure, not an initial's or a title's full stop: "M. Jean
# ROE, Sénateur" is a programme's line)
_CREDIT_AFTER_SENTENCE = re.compile(r"(?:(?<=[a-zà-ÿ0-9]{2}[.!?])|(?<=[.!?][»\"”]))\s+(?P<credit>[^.!?]{2,90}?)\s*$")
# (a slash, "via" or a dash between a credit's parts; a comma joins a story's signature too, "(Jane Roe, AFP)")
_CREDIT_PARTS = re.compile(r"\s*(?:/|\bvia\b|\s[—–-]\s|^[—–-]\s)\s*")
_PICTURE_AGENCIES = frozenset(fold(w) for w in PICTURE_AGENCIES)
_WIRE_NAMES = frozenset(fold(w) for w in NEWS_AGENCIES)
_PERSON = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-Þ][\w'’-]*")  # "Mario Jasso", "VICTORIA VALDIVIA"
_CAPTION_CREDITED_WORDS = 45  # a caption with its credit is one sentence of at most this many words
_OUTLET_WORDS = 6  # the outlet's name alone on its line: a few words
_OUTLETS = outlets()  # the known news outlets and agencies, folded
# what a web address's name is not: its host's prefixes and the generic parts of its domain
_HOST_PARTS = frozenset({"www", "m", "amp", "mobile", "com", "co", "org", "net", "gov", "gouv", "ac", "info", "news"})
_ARTICLES = tuple(sorted(every(lambda lang: lang.chrome.name_articles), key=len, reverse=True))  # the longest first
_ADDRESS = re.compile(r"[\w-]+(?:\.[a-z]{2,})+")  # "abcbourse.com"
# between the authors a byline names: "Jane Roe | Fox News", "Jeanne Roe et Paul Roux", "Jane Roe; John Doe"
_AUTHOR_SEPARATORS = re.compile(
    rf"\s*[,;|/&]\s*|\s+(?:{_any(every(lambda lang: lang.chrome.author_joiners))})\s+", re.IGNORECASE
)
_BIOGRAPHY_VERB = re.compile(rf"^(?:{_any(every(lambda lang: lang.chrome.biography_verbs))})\b")
_BIOGRAPHY_WORDS = 80  # an author's biography is a few sentences
# a comment's clock time ("22:09", "16h01", "@11h13"), its signer ("par Horus", "Soumis par jdoe") and what follows the
# signer when the comment answers the story ("En réponse à : ...")
_CLOCK = re.compile(r"(?<!\d)[0-2]?\d\s*[:h]\s*[0-5]\d(?!\d)")
_COMMENT_SIGNER = re.compile(
    rf"(?:^|(?<=[\s,]))(?i:{_as_written(lambda lang: lang.chrome.comment_signers)})"
    r"\s+[^\s,][^,]{0,40}?\s*(?=,|$)"
)
_REPLY_TAIL = re.compile(rf"\s(?i:{_as_written(lambda lang: lang.chrome.reply_markers)})\b.*$")
_COMMENT_GLYPHS = " ,()#^—–-@"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a comment's stamp under its author's name is dated in full
_COMMENTS = 3  # a thread of readers' comments has this many headers at least
_COMMENTER_WORDS = 4
_MENU_RUN = 4  # this many short lines in a row, none a sentence, are a menu
_HEAD_LINES = 40  # the headline and the lead stand within this many lines of the page's first line of text
_UNDER_HEADLINE = 2  # a headline's stamp or byline stands within this many lines under it
_HEAD_LABELS = 3  # a page's head sets at most this many labels (a section, a button) above its headline
_LABEL_WORDS = 2
_MENU_WORDS = 3


def strip_chrome(lines: list[str], outlet: Sequence[str] = (), author: str | None = None) -> list[str]:
    """The article's own lines, without breadcrumbs, share buttons, captions and trailing link blocks; `outlet`, the
    compact forms of the page's own outlet (see `outlet_keys`), drops a line that only names it; `author`, the names
    the page's metadata gives its author, drops the author's signature and biography (see `_page_authors`)."""
    kept: list[str] = []
    # the readers' comments close the story: from the first comment's header on, nothing is the story's; and the
    # page's end is measured without them (a long thread would push the page's last part past the headings above it,
    # "27 commentaires", "Derniers articles de ...")
    cut = _article_end(lines)
    comments = min(_comment_headers(lines[:cut]), default=None)
    if comments is not None:
        cut = _article_end(lines[:comments])
    authors = _page_authors(lines[:cut], author)
    menus = _menu_lines(lines[:cut]) | _link_blocks(lines[:cut]) | _tickers(lines[:cut]) | _teasers(lines[:cut])
    menus |= _dated_lists(lines[:cut]) | _stamped_feeds(lines[:cut])
    # the page's head, above the lead paragraph: where a headline is said again ("Agenda – France Inter" further down
    # is a programme's line, its outlet a participant)
    head = next((i for i, line in enumerate(lines[:cut]) if _paragraph(line)), cut)
    bylines = _standalone_bylines(lines[:cut]) | _split_bylines(lines[:cut]) | _tail_signatures(lines[:cut])
    for i, line in enumerate(lines[:cut]):
        stripped = line.strip()
        folded = fold(stripped)
        if i in menus or i in bylines or _NOISE.match(folded) or _TRAILER_MARKERS.match(folded):
            continue
        if _SITE_TRAILERS.match(folded):
            continue
        if is_breadcrumb(stripped) or is_notice(stripped) or _INITIALS.match(stripped):
            continue
        if is_bar_menu(stripped):
            stamp_bar = _byline_bar(stripped)
            if stamp_bar is None:
                continue
            line = stripped = stamp_bar
        if is_byline(stripped) or is_credit(stripped) or _CONTRIBUTORS.search(folded) or is_contact(stripped):
            continue
        if is_source_credit(stripped):
            continue
        if _LINK.match(_LEAD_GLYPHS.sub("", folded)) or _FURNITURE_START.match(folded) or is_caption(stripped):
            continue
        if _bare_link(stripped):
            continue
        if _furniture_inside(stripped, folded) or is_call(stripped, folded):
            continue
        if _PAGER.match(stripped) or own_outlet(stripped, outlet) or _signs_author(stripped, authors):
            continue
        stamped = _stamped(stripped) or _section_stamp(stripped)
        if stamped:
            line = _BARRED_CREDIT.sub("", stripped[stamped.end() :])
        glued = _glued_byline(stripped) or _EXCLUSIVE.match(stripped)
        if glued:
            line = stripped[glued.end() :]
        line = _AGENCY_BYLINE.sub("", line)
        if stripped and not line.strip():  # the byline was the site and its agency alone
            continue
        line = _INLINE_BYLINE.sub(" ", _NAMED_CREDIT.sub("", _without_dated_byline(_SHORTCODE.sub("", line))))
        line = without_picture_credit(line)
        line = _without_dateline(_WIRE_CREDIT.sub("", _TRAILING_CREDIT.sub(_unless_attribution, line)))
        if i < head and _link_title(line.strip()):  # the headline said again, its masthead after it ("– Jeune Afrique")
            line = without_outlet_suffix(line, outlet)
        kept.append(line)
    return kept


def _page_authors(lines: list[str], given: str | None = None) -> frozenset[str]:
    """The folded names of the page's authors: those of its metadata and of every byline on the page ("Par Jeanne
    Roe", "By Jane Roe | Fox News", "Written by" over the names), wherever it stands (a pasted page's menus push it
    far down). A page signs its author again around the story, alone on a line or opening a short biography; the
    author is metadata, never a participant."""
    found: list[str] = [given] if given else []
    for line in (line.strip() for line in lines):
        if (dated := _dated_byline(line)) is not None:
            found.append(dated.group("names"))
        elif is_byline(line) and (match := _BYLINE_START.match(fold(line))):
            found.append(_byline_names(line[match.end() :]))
    found += [lines[i].strip() for i in _split_bylines(lines) if not _BYLINE_ALONE.match(fold(lines[i].strip()))]
    names = (part.strip() for names in found for part in _AUTHOR_SEPARATORS.split(names))
    return frozenset(fold(name) for name in names if name and all(re.fullmatch(_NAME, w) for w in name.split()))


def _signs_author(line: str, authors: frozenset[str]) -> bool:
    """A line that is an author's name alone (a signature under the story, an author's box), or a short biography it
    opens ("Jane Roe is a politics reporter for ...", "Jeanne Roe  Jeanne Roe est journaliste ..."): a full name,
    then that name again or a biography's verb."""
    folded = fold(line)
    if folded in authors:
        return True
    if len(line.split()) > _BIOGRAPHY_WORDS:
        return False
    for name in authors:
        rest = folded[len(name) :].lstrip() if folded.startswith(name + " ") and " " in name else None
        if rest is not None and (rest.startswith(name) or _BIOGRAPHY_VERB.match(rest)):
            return True
    return False


def _comment_headers(lines: list[str]) -> set[int]:
    """The headers of the readers' comments a page prints around its story, when it has `_COMMENTS` of them at least
    (a page's own stamp is one line): a stamp with its clock time and who signed it, nothing else ("# Le 17 juillet
    à 22:09, par Horus En réponse à : <the story's title>", "Soumis par jdoe, le lundi 29 octobre 2012 à 16h01"), or
    a stamp with its clock time alone under the commenter's name ("Cindy Cats" / "(22 juin 2018 @11h13)"). The
    commenters, and the names their comments give, are no participants of the story."""
    found: set[int] = set()
    headers = 0
    previous: int | None = None
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if _signed_comment_stamp(text):
            found.add(i)
            headers += 1
        elif previous is not None and _dated_comment_stamp(text) and _commenter(lines[previous].strip()):
            found |= {previous, i}
            headers += 1
        previous = i
    return found if headers >= _COMMENTS else set()


def _signed_comment_stamp(text: str) -> bool:
    """A stamp with its clock time and a signer's words and name, maybe the story it answers after them."""
    if len(text) > _STAMP_LINE * 2 or not _CLOCK.search(text) or _STAMP_OPEN.match(text):  # the page's own stamp
        return False
    stamp = _REPLY_TAIL.sub("", text)
    signer = _COMMENT_SIGNER.search(stamp)
    return signer is not None and _comment_stamp(stamp[: signer.start()] + " " + stamp[signer.end() :])


def _comment_stamp(text: str) -> bool:
    """A day and a clock time and nothing else ("(22 juin 2018 @11h13)", "le lundi 29 octobre 2012 à 16h01")."""
    bare = text.strip(_COMMENT_GLYPHS)
    return bool(_CLOCK.search(bare)) and is_date_line(bare)


def _dated_comment_stamp(text: str) -> bool:
    """A comment's stamp under its author's name: dated in full, with its year (a programme's hours have none)."""
    return bool(_YEAR.search(text)) and _comment_stamp(text)


def _commenter(line: str) -> bool:
    """A commenter's name or nickname alone on its line: a few words, no figure, no sentence."""
    return 0 < len(line.split()) <= _COMMENTER_WORDS and not re.search(r"[\d.!?:;]", line)


def _unless_attribution(credit: re.Match[str]) -> str:
    """The bracket after a sentence's end, gone as a credit, or kept where it names who brought the item: a role word
    before a capitalised name, and no credit word ("(By Council Member Roe)", not "(Photographer Jane Roe)")."""
    words = _BRACKET_WORD.findall(credit.group(0))
    if any(fold(w).startswith(_CREDIT_PREFIXES) for w in words):
        return ""
    titled = any(fold(w) in _ROLE_WORDS and nxt[:1].isupper() for w, nxt in itertools.pairwise(words))
    return credit.group(0) if titled else ""


def _dated_byline(line: str) -> re.Match[str] | None:
    """The author's names inside a dated stamp: a short line, no sentence, opened by a stamp's word or a byline's
    ("Publié le 3 mars 2024 par Jeanne Roe", "Post by Jane Roe » Tue Aug 20, 2019"), a date beside the names."""
    text = line.strip()
    if (
        len(text) > _STAMP_LINE
        or text.endswith(".")
        or not (_STAMP_OPEN.match(text) or _BYLINE_START.match(fold(text)))
    ):
        return None
    match = _DATED_BYLINE.search(text)
    if match is None or not re.search(r"\d", text[: match.start()] + text[match.end() :]):
        return None
    return match


def _without_dated_byline(line: str) -> str:
    """The stamp without the byline inside it: "Publié le 3 mars par Jeanne Roe" -> "Publié le 3 mars" (the date
    dates the page; the names are the author's, metadata rather than a participant)."""
    match = _dated_byline(line)
    # (a line opened by the byline's own word, "Post by Jane Roe » Tue Aug 20, 2019", keeps it: the names sign the
    # stamp, they show it is the page's own date)
    if match is None or not _STAMP_OPEN.match(line.strip()):
        return line
    rest = line[match.end() :].strip().lstrip(",;").strip()  # "Par Jeanne Roe, le 3 mars": the comma goes too
    return " ".join(part for part in (line[: match.start()].strip(), rest) if part)


def outlet_keys(url: str | None, outlet: str | None = None) -> tuple[str, ...]:
    """The compact forms (folded letters and digits) of a page's own outlet: its web address's names
    ("https://www.laliberte.ch/news/..." -> "laliberte") and the outlet's name the page gives ("La Liberté")."""
    keys: list[str] = []
    host = urlparse(url).hostname if url and "//" in url else None
    if host:
        labels = host.lower().split(".")[:-1]  # the country's or the generic domain last
        keys += [_compact(label) for label in labels if label not in _HOST_PARTS]
    if outlet:
        keys.append(_compact(_without_article(outlet)))
    return tuple(dict.fromkeys(k for k in keys if len(k) >= 3))


def own_outlet(line: str, keys: Sequence[str]) -> bool:
    """A short line that only names the page's own outlet ("La Liberté", "The New York Times", "Globalnews.ca"): its
    masthead or its signature, never the story's text. The line is a name (capitalised words, a name's short words,
    a web address), and its compact form is the outlet's key, begins with it ("La Dépêche du Midi" on ladepeche.fr),
    begins it ("Centre Presse" on centrepresseaveyron.fr), or is made of its words' initials and its last word
    ("New York Times" on nytimes.com)."""
    words = line.split()
    if not keys or not 0 < len(words) <= _OUTLET_WORDS or re.search(r"[!?,;:«»\"“”()]|\.$", line):
        return False
    if not all(
        w[:1].isupper() or w[:1].isdigit() or fold(w) in _FOLDED_JOINERS or _ADDRESS.fullmatch(w) for w in words
    ):
        return False
    bare = _without_article(line).split() or words
    forms = {_compact(line), _compact(" ".join(bare)), "".join(_compact(w)[:1] for w in bare[:-1]) + _compact(bare[-1])}
    return any(_names_outlet(form, key, len(words)) for form in forms for key in keys)


_SHORT_KEY = 5  # a web address's name this short ("cbc") begins an outlet's name only before a short word ("News")
_KEY_TAIL = 4


def _names_outlet(form: str, key: str, words: int) -> bool:
    """Whether a line's compact `form` names the outlet whose compact name is `key`: the same, the key then more of
    the masthead ("ladepechedumidi" for "ladepeche"; a short key before a short word only: "cbcnews" for "cbc"), or
    the key's beginning in two words at least ("Centre Presse" for "centrepresseaveyron"; "Marseille" alone on
    marseillenews.fr is a place)."""
    if form == key:
        return True
    if form.startswith(key):
        return len(key) >= _SHORT_KEY or len(form) - len(key) <= _KEY_TAIL
    return words >= 2 and len(form) >= _SHORT_KEY and key.startswith(form)


def _compact(text: str) -> str:
    """Folded letters and digits only: "La Dépêche" -> "ladepeche", "www.la-depeche" -> "wwwladepeche"."""
    return re.sub(r"[^a-z0-9]", "", fold(text))


def _without_article(name: str) -> str:
    """An outlet's name without its opening article: "The New York Times" -> "New York Times"."""
    folded = fold(name)
    for article in _ARTICLES:
        key = fold(article)
        if folded.startswith(key) and (key.endswith(("'", "’")) or folded[len(key) : len(key) + 1] == " "):
            return name[len(article) :].strip()
    return name


# the outlet's name, then a comma, a dash, a colon or a bar before its slogan ("LeFaso.net, l'actualité ...")
_SLOGAN_AFTER = re.compile(r"^(?P<name>[^,:|–—]+?)\s*(?:[,:|–—]|\s-)\s+(?P<slogan>\S.*)$")


def outlet_slogan(line: str, keys: Sequence[str]) -> bool:
    """A masthead's line: nothing but the page's own outlet's name and its slogan after a comma, a dash or a colon
    ("LeFaso.net, l'actualité Burkinabé sur le net", "Le Quotidien – toute l'info du pays"), no sentence; never the
    headline, which names a story, though a headline may name the outlet inside its words."""
    found = _SLOGAN_AFTER.match(line.strip())
    if found is None or _SENTENCE_MARK.search(line.strip()):
        return False
    return own_outlet(found.group("name"), keys) and _link_title(found.group("slogan"))


def without_outlet_suffix(title: str, keys: Sequence[str]) -> str:
    """A headline without the outlet's name the page's title adds after its last bar or dash ("Les grévistes ... |
    La Presse de Tunisie", "Drills begin - Navy says - Taipei Times"): the page's own outlet, or a known outlet
    whose headline a site reposts ("Le programme du ministre – Jeune Afrique"); a title that is only the outlet's
    name stays as it is."""
    match = re.match(r"^(?P<head>.+)\s+[|—–-]\s+(?P<tail>[^|—–]+)$", title.strip())
    if match and (own_outlet(tail := match.group("tail").strip(), keys) or fold(tail) in _OUTLETS):
        return match.group("head").strip()
    return title


# The words a page stamp is written with besides its numbers: months, weekdays (and their short forms), the stamp's
# opening word ("Publié", "Updated")
_MONTH_WORDS = frozenset(
    fold(w) for names in (every(lambda lang: lang.months), every(lambda lang: lang.month_abbreviations)) for w in names
)
_DATE_WORDS = (
    _MONTH_WORDS
    | frozenset(fold(w) for w in every(lambda lang: lang.weekdays))
    | frozenset(fold(w) for phrase in every(lambda lang: lang.chrome.stamp_starts) for w in phrase.split())
)
_STAMP_MAX_WORDS = 10
_DATE_LINE_WORDS = 8  # a day said on its own line: "Du 16 au 18 février", "samedi 7 janvier"
_WORD_LETTERS = 3  # shorter words are a stamp's joining words ("le", "à", "on") or its hour's letter ("09h36")


def is_stamp(line: str) -> bool:
    """A page's date stamp alone on its line, no headline: "Thursday, August 23, 2012", "Publié le 07 avril 2025",
    "vendredi , septembre 20 2024": a year, and no word of three letters or more but a date's or a stamp's."""
    text = line.strip()
    if len(text.split()) > _STAMP_MAX_WORDS or text.endswith(".") or not re.search(r"(?:19|20)\d\d\b", text):
        return False
    words = re.findall(r"[^\W\d_]+", text)
    return all(fold(w) in _DATE_WORDS for w in words if len(w) >= _WORD_LETTERS)


# A page's stamp with more on its line than its date: "03 August,2009 01:02 PM IST | | IANS", "samedi 7 janvier 2017 par
# Présidence", "OTTAWA, le 9 nov. 2018 /CNW/ -". A day in full (in figures, or its number beside a month's word and a
# year) and what marks a stamp beside it: a clock's hour, a bar between a page's fields, a wire's slashes, a signer's
# word
_FIGURES_DAY = re.compile(r"(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)(?![\d/-])")
_DAY_NUMBER = re.compile(r"(?<![\d:])[0-3]?\d(?![\d:])")
_YEAR_NUMBER = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_STAMP_SIGNERS = frozenset(fold(w) for w in every(lambda lang: lang.chrome.stamp_authors))
_STAMP_MARK = re.compile(
    rf"(?<!\d)[0-2]?\d\s*[:h]\s*[0-5]\d(?!\d)|\||/[A-Z][\w-]*/|(?i:\b(?:{_any(_STAMP_SIGNERS)})\b)"
)
_STAMP_LINE_WORDS = 14  # a stamp with its hour, zone, agency or signer is one short line
_STAMP_OWN_WORDS = 3  # the names beside it: a zone, an agency, a place, a signer


def is_stamp_line(line: str) -> bool:
    """A page's stamp with its hour and zone, the agency or the name that signs it, or the wire that carries it beside
    its day: no headline, even alone at the page's top, and it dates the page. A day in full, a stamp's mark (a clock's
    hour, a bar, a wire's slashes, a signer's word), and besides the date's words no more than a few words, all
    capitalised (names: "IST", "IANS", "Présidence"): a headline's words are in lower case ("Fête de la Musique - 21
    juin 2024" has no stamp's mark). A row between bars with a dated stamp among its fields is one too ("11/23/2024 |
    Press release | Distributed by Public on 11/23/2024 02:31")."""
    text = strip_bullets(line)
    if not text or len(text.split()) > _STAMP_LINE_WORDS or _STAMP_MARK.search(text) is None:
        return False
    if "|" in text and any(_FIGURES_DAY.search(part) and is_stamp(part) for part in text.split("|")):
        return True
    words = re.findall(r"[^\W\d_]+", text)
    if not (_FIGURES_DAY.search(text) or _worded_day(text, words)):
        return False
    own = [w for w in words if len(w) >= _WORD_LETTERS and fold(w) not in _DATE_WORDS | _STAMP_SIGNERS]
    return len(own) <= _STAMP_OWN_WORDS and all(w[0].isupper() for w in own)


def stamp_of(line: str) -> str:
    """A stamp line's own stamp: of a row of fields between bars, its first dated field ("11/23/2024 | Press release |
    Distributed by Public on ..." gives "11/23/2024"), the other fields being the page's (a label, a distributor, an
    agency); any other line whole."""
    if "|" not in line:
        return line
    parts = [part.strip() for part in line.split("|")]
    return next((part for part in parts if _FIGURES_DAY.search(part) or _YEAR_NUMBER.search(part)), line)


def _worded_day(text: str, words: list[str]) -> bool:
    """A day written with its month's word: a month's word, a day's number and a year on the line."""
    without_year = _YEAR_NUMBER.sub(" ", text)
    month = any(fold(w) in _MONTH_WORDS for w in words)
    return month and _YEAR_NUMBER.search(text) is not None and _DAY_NUMBER.search(without_year) is not None


def strip_bullets(line: str) -> str:
    """The line without the blanks and a list's dashes around it."""
    return line.strip().strip(DASHES + BULLETS).strip()


def is_date_line(line: str) -> bool:
    """A line that only says a day, with or without its year: a site's date bar or a kicker above the headline
    ("vendredi 20 septembre", "Du 16 au 18 février", "Thursday, May 2"): a day's number and a month's name, and no
    word of three letters or more but a date's. A date is no headline."""
    text = line.strip()
    if len(text.split()) > _DATE_LINE_WORDS or not re.search(r"(?<!\d)[0-3]?\d(?!\d)", text):
        return False
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", text)]
    long_words = [w for w in words if len(w) >= _WORD_LETTERS]
    return any(w in _MONTH_WORDS for w in words) and all(w in _DATE_WORDS for w in long_words)


def _furniture_inside(line: str, folded: str) -> bool:
    """A short line, no sentence, that holds a platform's call ("For Latest Updates Follow us on Google News",
    "Stay informed: sign up for our newsletter"): the call makes the line a button, whatever comes before it."""
    short = len(line.split()) <= _FURNITURE_LINE_WORDS and not _SENTENCE_END.search(line)
    return short and _FURNITURE_INSIDE.search(folded) is not None


def _glued_byline(line: str) -> re.Match[str] | None:
    """A byline glued before the lead paragraph's first words ("By Aaron Humes: The Americas ..."); the match ends
    where the paragraph starts, its group "names" holds the names."""
    start = _BYLINE_START.match(fold(line))
    if start is None:
        return None
    return _GLUED_BYLINE.match(line, start.end())


def is_bar_menu(line: str) -> bool:
    """A row of site sections between bars, none a sentence: "World Video | Defence | NZ Regional News | Search"."""
    parts = [p.strip() for p in line.split("|")]
    return (
        len(parts) >= _BAR_MENU_PARTS
        and all(0 < len(p.split()) <= _BAR_MENU_ITEM_WORDS for p in parts)
        and not re.search(r"[.!?;«»\"“”]", line)
    )


def _byline_bar(line: str) -> str | None:
    """A row between bars that holds the page's stamp ("Par L'Economiste| Le 07/06/2023 - 15:30 | Partager") is its
    byline, not a menu: the row without its buttons (the stamp dates the page), or None for a menu row."""
    parts = [p.strip() for p in line.split("|")]
    if not any(is_stamp(p) for p in parts):
        return None
    return " | ".join(p for p in parts if p and not _NOISE.match(fold(p)))


def is_notice(line: str) -> bool:
    """A copyright notice ("© 2022, Site.com. This article is the property of ...", "© PA Photos", "Copyright 2020
    Site.com. Tous droits réservés."), or advertising written with look-alike letters of another script: neither is
    ever the story's own text."""
    if line.startswith("©") or len(_MIXED_SCRIPT.findall(line)) >= _MIXED_WORDS:
        return True
    return len(line.split()) <= _NOTICE_WORDS and _RIGHTS.search(fold(line)) is not None


def is_call(line: str, folded: str) -> bool:
    """A site's call to subscribe or to keep reading it, in a short line ("S'abonner à la newsletter", "Thank you for
    reading Site.com!"): a promotion, whatever it names; a longer line that says the word is the story's."""
    return len(line.split()) <= _FURNITURE_LINE_WORDS and _CALLS.search(folded) is not None


def _article_end(lines: list[str]) -> int:
    """The index of the first line after the article: a line that closes it ("A version of this article appears
    in print"), or a marker of related links in the page's last part, measured in characters (the story's
    paragraphs are long lines, the links after it short ones)."""
    sizes = [len(line.strip()) for line in lines]
    tail_start = _tail_start(sizes)
    seen = 0
    for i, line in enumerate(lines):
        folded = fold(line.strip())
        if folded and _END.match(folded) and seen:
            return i
        tail = i >= tail_start
        if folded and (_TRAILER_MARKERS.match(folded) or _SITE_TRAILERS.match(folded)) and tail:
            return i
        if tail and _block_heading(folded):
            return i
        if tail and _SEPARATOR.match(line) and _separated_list(lines, i):
            return i
        seen += sizes[i]
    return len(lines)


def _block_heading(folded: str) -> bool:
    """A heading over the page's other stories that names their section or site ("More from Politics", "Latest from
    the Nation", "Plus d'articles dans Actualité"): sites name such blocks freely, so no list of headings holds them
    all; the words that open one and the joiner before its name do."""
    found = _BLOCK_HEADING.match(folded)
    return found is not None and len(_WORD.findall(found["name"])) <= _BLOCK_NAME_WORDS


# A list's items set apart by a dash alone on its line (how a page's list of other stories reads once copied: each
# teaser, each ticker's title, between two "-" lines)
_SEPARATOR = re.compile(r"^\s*[-–—]\s*$")
_SEPARATED_ITEMS = 3  # this many separators in a row make a list; one or two may set apart a story's own parts
_ITEM_LINES = 2  # an item between two separators is a title and maybe its teaser


def _separated_list(lines: list[str], start: int) -> bool:
    """Whether the separator at `start` opens a list of other stories in the page's last part: at least
    `_SEPARATED_ITEMS` separators from it on, each item between them one or two lines (a title, its teaser), and
    nothing long after the last (a story's paragraphs would follow a section break)."""
    separators = 1
    between = 0
    for line in lines[start + 1 :]:
        if _SEPARATOR.match(line):
            separators += 1
            between = 0
        elif line.strip():
            between += 1
            if between > _ITEM_LINES:
                return False
    return separators >= _SEPARATED_ITEMS


def _link_blocks(lines: list[str]) -> set[int]:
    """The lines of each block of related links inside the story: a line that introduces them ("More Trending",
    "À lire aussi", "MORE"), then the titles of other stories, one a line, none a sentence ending in a full stop
    (the story's next paragraph ends the block). Before the lead paragraph, such words are a menu's items
    ("More", "Latest News") and the headline follows them: the head is the menus' business."""
    found: set[int] = set()
    i = next((k + 1 for k, line in enumerate(lines) if len(line.split()) >= _LEAD_WORDS), len(lines))
    while i < len(lines):
        folded = fold(lines[i].strip())
        if not folded or not (_LINK_BLOCK_MARKERS.match(folded) or _LINK_ALONE.match(folded)):
            i += 1
            continue
        found.add(i)
        i += 1
        while i < len(lines) and (not lines[i].strip() or _link_title(lines[i].strip())):
            found.add(i)
            i += 1
    return found


def _tickers(lines: list[str]) -> set[int]:
    """A banner alone on its line ("URGENT") and the titles of other stories under it, down to the first blank
    line: three titles at least, one a line, none a sentence ending in a full stop."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not _BANNER.match(fold(line.strip())):
            continue
        end = i + 1
        while end < len(lines) and lines[end].strip() and _link_title(lines[end].strip()):
            end += 1
        if end - i - 1 >= _TICKER_TITLES and (end == len(lines) or not lines[end].strip()):
            found |= set(range(i, end))
    return found


def _teasers(lines: list[str]) -> set[int]:
    """The teasers of other stories that end a page: two paragraphs or more in a row, down to the last, each opening
    on a kicker in capitals ("RISK REMAINS: An official said…", "FIVE-YEAR WINDOW? A defense institute…"). One such
    paragraph is the story's own dateline ("BEIJING: In what is seen as…") or a live feed's topic."""
    found: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        if line and not _KICKER.match(line):
            break
        found.append(i)  # with the blank lines between the teasers
    teasers = [i for i in found if lines[i].strip()]
    return set(range(min(teasers), len(lines))) if len(teasers) >= _TEASERS else set()


# The month names of every language, January first, folded: a list's dates are read before the language is known
_MONTHS = {fold(name): (i % 12) + 1 for i, name in enumerate(every(lambda lang: lang.months))}
_MONTH_NAMES = "|".join(map(re.escape, sorted(_MONTHS, key=len, reverse=True)))
_BULLET = rf"[{re.escape(DASHES + BULLETS)}>]?\s*"
# a full date opening a line: "10/04/24", "26.04.2019", "2019-04-26", "26 avril 2019", "April 26, 2019"
_LEADING_DATE = re.compile(
    rf"^{_BULLET}(?:(?P<d1>\d{{1,2}})[/.](?P<m1>\d{{1,2}})[/.](?P<y1>\d{{4}}|\d{{2}})"
    rf"|(?P<y2>\d{{4}})-(?P<m2>\d{{2}})-(?P<d2>\d{{2}})"
    rf"|(?P<d3>\d{{1,2}})(?:er)?\s+(?P<m3>{_MONTH_NAMES})\s+(?P<y3>\d{{4}})"
    rf"|(?P<m4>{_MONTH_NAMES})\.?\s+(?P<d4>\d{{1,2}}),?\s+(?P<y4>\d{{4}}))\b"
)
_DATED_ITEMS = 3  # this many dated lines in a row, newest first, make a list of past items


def _leading_date(line: str) -> tuple[int, int, int] | None:
    """The full date a line opens with, as (year, month, day), or None."""
    found = _LEADING_DATE.match(fold(line.strip()))
    if found is None:
        return None
    g = found.groupdict()
    for k in "1234":
        if g[f"y{k}"]:
            year, day = int(g[f"y{k}"]), int(g[f"d{k}"])
            month = int(g[f"m{k}"]) if g[f"m{k}"].isdigit() else _MONTHS[g[f"m{k}"]]
            return (year + 2000 if year < 100 else year, month, day)
    return None


def _dated_lists(lines: list[str]) -> set[int]:
    """The lines of a list of past items in the page's last part: three lines in a row at least (blank lines
    between them aside), each opening with a full date then a title, no sentence, the newest first ("24/04/24 M6 :
    résultats du trimestre", "- 26 avril 2019 : Dossier Les Echos"): other stories of the site, or the press's
    coverage of the group. A programme or a timeline runs forward, oldest first, and stays."""
    found: set[int] = set()
    run: list[tuple[int, tuple[int, int, int]]] = []
    for i in range(_tail_start([len(line.strip()) for line in lines]), len(lines)):
        line = lines[i].strip()
        if not line:
            continue
        date = _leading_date(line) if not _SENTENCE_MARK.search(line) else None
        if date and (not run or date <= run[-1][1]):
            run.append((i, date))
            continue
        found |= _past_list(run)
        run = [(i, date)] if date else []
    return found | _past_list(run)


# a stamp's day anywhere in its line, its year maybe left out: "Publié le 2 août", "Posted the September 1, 2017 at
# 0h00", "14/01/2020"
_ANY_DATE = re.compile(_LEADING_DATE.pattern.replace(f"^{_BULLET}", r"(?<![\w/.])"))
_YEARLESS_DATE = re.compile(
    rf"(?<!\w)(?:(?P<d1>\d{{1,2}})(?:er)?\s+(?P<m1>{_MONTH_NAMES})|(?P<m2>{_MONTH_NAMES})\.?\s+(?P<d2>\d{{1,2}}))(?!\d)"
)
_FEED_ITEM_LINES = 4  # a feed's item between two stamps: a section's label, a title, a teaser


def _item_stamp(line: str) -> tuple[int, int, int] | None:
    """The day of a stamp alone on its line ("Publié le 2 août", "July 13, 2017", "- 19/09/2019"), as (year, month,
    day), the year 0 when the stamp leaves it out; None for any other line."""
    text = line.strip().lstrip(DASHES + BULLETS).strip()
    if not text or len(text.split()) > _STAMP_WORDS_MAX or _SENTENCE_MARK.search(text):
        return None
    if not (is_stamp(text) or is_date_line(text) or (_STAMP_OPEN.match(text) and re.search(r"\d", text))):
        return None
    folded = fold(text)
    if found := _ANY_DATE.search(folded):
        return _leading_date(found.group(0))
    if found := _YEARLESS_DATE.search(folded):
        month = found["m1"] or found["m2"]
        return (0, _MONTHS[month], int(found["d1"] or found["d2"]))
    return None


def _stamped_feeds(lines: list[str]) -> set[int]:
    """The lines of a feed of other stories: three stamps alone on their lines at least, a few lines of an item between
    each two (a label, a title, a teaser), the newest first and spanning days ("Mise à la rue de jeunes majeurs" /
    "Publié le 1er août", ... "Publié le 25 juillet"): the site's latest items, in a sidebar a copied page prints
    after the story. A programme runs forward, oldest first, and stays."""
    found: set[int] = set()
    run: list[tuple[int, tuple[int, int, int]]] = []
    # (in the page's last part: a page that lists its site's items, newest first, has them for its story)
    for i in range(_tail_start([len(line.strip()) for line in lines]), len(lines)):
        line = lines[i]
        date = _item_stamp(line)
        if date is None:
            continue
        between = sum(1 for other in lines[run[-1][0] + 1 : i] if other.strip()) if run else 0
        if run and 1 <= between <= _FEED_ITEM_LINES and _not_later(date, run[-1][1]):
            run.append((i, date))
            continue
        found |= _feed(lines, run)
        run = [(i, date)]
    return found | _feed(lines, run)


def _not_later(day: tuple[int, int, int], before: tuple[int, int, int]) -> bool:
    """Whether a stamp's day is the previous stamp's or an earlier one (a year left out compares month and day)."""
    return day[1:] <= before[1:] if not (day[0] and before[0]) else day <= before


def _feed(lines: list[str], run: list[tuple[int, tuple[int, int, int]]]) -> set[int]:
    """The lines from a feed's first stamp to its last, when it has enough stamps and spans days, and the first item's
    lines above its stamp: as many as an item has between two stamps, up to a line that ends a sentence (the story's
    last paragraph, or a teaser, which names the item's people less than its title does)."""
    if len(run) < _DATED_ITEMS or run[0][1] == run[-1][1]:
        return set()
    found = set(range(run[0][0], run[-1][0] + 1))
    item = sum(1 for line in lines[run[0][0] + 1 : run[1][0]] if line.strip())
    above = [k for k in range(run[0][0] - 1, -1, -1) if lines[k].strip()][:item]
    for k in above:
        if _SENTENCE_END.search(lines[k].strip()):
            break
        found.add(k)
    return found


def _past_list(run: list[tuple[int, tuple[int, int, int]]]) -> set[int]:
    """The lines of a run of dated lines, newest first, when it is long enough to be a list and spans days."""
    return {i for i, _ in run} if len(run) >= _DATED_ITEMS and run[0][1] > run[-1][1] else set()


def _tail_start(sizes: list[int]) -> int:
    """The index of the first line of the page's last part, measured in characters: the story's paragraphs are long
    lines, the links after it short ones."""
    total = sum(sizes) or 1
    seen = 0
    for i, size in enumerate(sizes):
        if seen >= total * _TAIL_FRACTION:
            return i
        seen += size
    return len(sizes)


def _bare_link(line: str) -> bool:
    """A link to another story without a colon after its words ("À lire aussi La natalité en baisse"): the words,
    then a title, one short line with no final full stop. A long line is the link glued to the story's next
    paragraph, and stays."""
    text = _LEAD_GLYPHS.sub("", line)
    found = _BARE_LINK.match(text)
    return found is not None and _link_title(text[found.end() :])


def past_labels(lines: list[str], first: int) -> int:
    """The index of the headline, `first` or past the labels a page's head sets above it ("Business", "Actualité",
    "Visite ministérielle", "To Top", "403"): up to `_HEAD_LABELS` lines of at most `_LABEL_WORDS` words (a page's
    stamps between them aside), when a title-shaped line of `_HEADLINE_WORDS` words or more follows them. A short
    headline with a short line under it stays the title."""
    i = first
    labels = 0
    while i < len(lines) and labels <= _HEAD_LABELS:
        text = lines[i].strip()
        if text and not is_stamp(text):
            if len(text.split()) > _LABEL_WORDS:
                headline = labels and len(text.split()) >= _HEADLINE_WORDS and _link_title(text)
                return i if headline else first
            labels += 1
        i += 1
    return first


def headline_above_lead(lines: list[str], first: int, outlet: Sequence[str] = ()) -> int:
    """The index of the headline: the title-shaped line just above the article's lead paragraph, past the page's
    stamps, bylines and credits between them, when the page's head sets other lines above it (a menu, a login box,
    a slogan, an app's banner: "Skip to main content", "Mot de passe oublié ?"); else `first`. A page is read from
    its top, but its headline is where its story begins, whatever chrome stands above. `first` stays when the page
    anchors it as its headline (its stamp or byline right under it), and when it is a headline and the line under it
    a standfirst (the lead's summary, with no full stop), unless it is the page's masthead, the `outlet`'s name and
    its slogan ("LeFaso.net, l'actualité Burkinabé sur le net")."""
    lead = next((i for i in range(first, min(len(lines), first + _HEAD_LINES)) if _paragraph(lines[i])), None)
    if lead is None:
        return first
    i = lead - 1
    while i > first and (not lines[i].strip() or _beside_headline(lines[i].strip())):
        i -= 1
    if i <= first or not _headline_shape(lines[i].strip()) or _holds_stamp(lines[i]):
        return first
    if lines[i].strip() == lines[first].strip():  # the headline said again above its lead: the page's first stays
        return first
    between = [k for k in range(first + 1, i) if lines[k].strip()][:_UNDER_HEADLINE]
    if any(_anchor(lines[k].strip()) for k in between):
        return first
    pick = lines[first].strip()
    headline = _headline_shape(pick) and not _holds_stamp(pick) and not outlet_slogan(pick, outlet)
    if headline and (not between or any(_around_byline(lines[k].strip()) for k in between)):
        return first
    return i


def head_stamp(line: str) -> bool:
    """A line of a page's head that dates the page, whatever else it holds: "Apr 19, 2017 09:12 PM IST | Source: PTI",
    "Published on 6/25/2009 in the Daily", maybe as an item of the head's list of the story's facts ("• Publié le 31
    oct. 2022", beside "• Lecture < 1 minute", which is none): it stays in the text when the head's other lines go."""
    text = _LIST_ITEM.sub("", line, count=1).strip()
    return is_stamp(text) or _STAMP_START.match(text) is not None or _DAY_HOUR.search(text) is not None


def _beside_headline(line: str) -> bool:
    """A line a page sets between its headline and its lead: a stamp, a byline, a credit, the author's name, or the
    source the story is from (a press release's label and issuer, "Source : ...")."""
    return _anchor(line) or is_credit(line) or _around_byline(line) or is_release_label(line) or is_source_credit(line)


def is_emblem(line: str) -> bool:
    """A picture's text that names the site's emblem ("Bandeau", "Armoiries de la Suisse", "Slogan du site", "Hibs
    logo"): a page's head, never its headline nor a line of its story."""
    return _short_label(line, _EMBLEM, _EMBLEM_LINE_WORDS)


def is_release_label(line: str) -> bool:
    """A press release's label on its own line, alone or before its issuer ("NOTE AUX RÉDACTIONS", "Communiqué de
    l'Ambassade d'Israël", "Press release"): it marks the release, as a byline marks a story; no headline."""
    return _short_label(line, _RELEASE, _RELEASE_WORDS)


def _short_label(line: str, shape: re.Pattern[str], most_words: int) -> bool:
    """A short line of no sentence whose folded text has the label's `shape`: no more than `most_words` words."""
    text = line.strip()
    return (
        0 < len(text.split()) <= most_words and not _SENTENCE_MARK.search(text) and shape.match(fold(text)) is not None
    )


def _anchor(line: str) -> bool:
    """A line that marks the headline above it: the page's stamp or the story's byline."""
    stamp_start = _STAMP_START.match(line) is not None and len(line.split()) <= _STAMP_WORDS_MAX
    return is_stamp(line) or is_byline(line) or _name_line(line) or stamp_start or _DAY_HOUR.search(line) is not None


# a stamp's first word, its date maybe left out by the page: "Publié le , mis à jour"
_STAMP_START = re.compile(rf"(?:{_STAMP_WORDS})\b")
# a stamp's day and hour, whatever its words: "Rédigé le Lundi 22 Mai 2023 à 00:37 | Lu 146 fois"
_DAY_HOUR = re.compile(r"\b(?:19|20)\d\d\b.{0,12}\b\d{1,2}(?::|h)\d\d\b")
# what a headline never holds: a day in figures, an hour, a web address, a "|" between a page's fields
_NO_HEADLINE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b\d{1,2}:\d\d\b|https?://|www\.|\|")


def _holds_stamp(line: str) -> bool:
    """A line holding a page's stamp or address: no headline."""
    return _NO_HEADLINE.search(line) is not None


_LIST_MARKS = "»›►▶→+" + BULLETS  # a menu's item's marks, a link's arrows
_LIST_MARK = re.compile(f"[{_LIST_MARKS}]")  # a menu's item or a link's arrow opens the line, never a headline's
# a list's item: its bullet, then a space ("  • Dubai 04:27 05:45", "* Politique"), not markdown's "**bold**"
_LIST_ITEM = re.compile(rf"\s*[{_LIST_MARKS}‣▪◦]\s")


def is_list_item(line: str) -> bool:
    """A line a list's bullet opens: a menu's entry, a widget's row (a prayer-times table, a ticker), a list of links;
    never the page's headline, which a page sets on a line of its own."""
    return _LIST_ITEM.match(line) is not None


def _headline_shape(line: str) -> bool:
    """A headline's shape: a story's title on one line, some of its words in lower case or written in Title Case (no
    menu's capitals), no list's mark first."""
    lower = re.search(r"\b[a-zà-ÿ]{3,}", line) is not None or _title_case(line)
    return len(line.split()) >= _HEADLINE_WORDS and lower and _link_title(line) and not _LIST_MARK.match(line)


# the small words a headline in Title Case may leave in lower case ("Celebrating 25 Years of Scoop")
_TITLE_SMALL = frozenset(fold(w) for w in every(lambda lang: lang.entities.title_small_words))
_TITLE_CASED = 2  # a headline in Title Case has this many words in lower case after their capital at least


def _title_case(line: str) -> bool:
    """A line in Title Case, as a headline is written in English ("Secretary-General Heads To Switzerland, Eastern
    Europe And Africa"): each word opens on a capital or a figure but the title's small words, and words in lower
    case after their capital, not a menu's capitals; a line of names joined by other words ("Armoiries de la
    Suisse") is none."""
    words = re.findall(r"[^\W_][\w'’.-]*", line)
    cased = sum(1 for w in words if w[:1].isupper() and any(c.islower() for c in w[1:]))
    opened = all(w[:1].isupper() or w[:1].isdigit() or fold(w) in _TITLE_SMALL for w in words)
    return opened and cased >= _TITLE_CASED


def _link_title(line: str) -> bool:
    """A line shaped like another story's title: one short line, no sentence that ends in a full stop."""
    words = line.split()
    return 0 < len(words) <= _LINK_TITLE_WORDS and not re.search(r"[.:;,]$", line)


def _standalone_bylines(lines: list[str]) -> set[int]:
    """Lines of two to four capitalised words between the headline and the lead paragraph: the author or the agency
    without their "By" ("Jane Roe", "Associated Press"), maybe with the author's trade on the next line
    ("Journalist"). Between them and the lead stand only such lines, bylines and credits; above them, the headline:
    words of its own, some in lower case, no full stop, and no hour or number first (a programme's line). A line the
    page repeats is a heading or a venue, not the page's one byline."""
    full = [i for i, line in enumerate(lines) if line.strip()]
    # (a name said twice in a row, the author's picture's text then the name, is one byline)
    seen = Counter(
        lines[i].strip() for k, i in enumerate(full) if not k or lines[full[k - 1]].strip() != lines[i].strip()
    )
    # (a long headline is no lead: a paragraph ends as a sentence does)
    lead = next((k for k, i in enumerate(full) if _paragraph(lines[i])), None)
    if lead is None:
        return set()
    found: set[int] = set()
    k = lead - 1
    while k >= 0:
        line = lines[full[k]].strip()
        trade = _AUTHOR_TITLE.match(fold(line)) and k >= 1 and _name_line(lines[full[k - 1]].strip())
        if _name_line(line) and seen[line] == 1 or trade:
            found.add(full[k])
        elif not (is_byline(line) or is_credit(line) or _around_byline(line)):
            break
        k -= 1
    while found and k >= 0 and _around_byline(lines[full[k]].strip()):
        k -= 1  # the page's stamp and share buttons between the headline and the byline
    above = lines[full[k]].strip() if k >= 0 else ""
    headline = len(above.split()) >= _HEADLINE_WORDS and not above.endswith(".") and re.search(r"\b[a-z]", above)
    return found if headline and not above[:1].isdigit() else set()


_STAMP_WORDS_MAX = 8  # "Published Jul 17, 2024, 11:21am", "Wednesday 20 November 2019 9:22 am": a short line


def _around_byline(line: str) -> bool:
    """A line a page sets around its byline, between the headline and the lead: its stamp (a short line with a year
    and no sentence), a share button, or a layout class's name left as text ("lead-art-block.fullscreen-enter")."""
    folded = fold(line)
    stamp = len(line.split()) <= _STAMP_WORDS_MAX and re.search(r"\b(?:19|20)\d\d\b", line) and not line.endswith(".")
    furniture = _NOISE.match(folded) or _FURNITURE_START.match(folded)
    return bool(stamp or furniture or re.fullmatch(r"[a-z]+(?:[-_.][a-zA-Z]+)+", line))


def is_lead(line: str) -> bool:
    """A line that is a paragraph of the story, not a headline: many words, and the end of a sentence."""
    return _paragraph(line.strip())


def _paragraph(line: str) -> bool:
    """A line of a paragraph: many words, and the end of a sentence ("." or "?", maybe a closing quotation mark or a
    credit in parentheses after it)."""
    return len(line.split()) >= _LEAD_WORDS and bool(_SENTENCE_END.search(line))


def _split_bylines(lines: list[str]) -> set[int]:
    """A byline word alone on its line ("Written by") and the line of names after it ("Steven Toplis")."""
    found: set[int] = set()
    full = [i for i, line in enumerate(lines) if line.strip()]
    for k, i in enumerate(full[:-1]):
        if _BYLINE_ALONE.match(fold(lines[i].strip())) and _name_line(lines[full[k + 1]].strip()):
            found |= {i, full[k + 1]}
    return found


def _tail_signatures(lines: list[str]) -> set[int]:
    """A signature under a paragraph of the story: a name alone on its line (see `_signature_names`) under a line
    that ends a sentence, and above nothing of the story (the page's end, the outlet's name, a button, another story's
    title; a paragraph under it makes the name a heading of the story's, and a name under it, a list of names)."""
    full = [i for i, line in enumerate(lines) if line.strip()]
    found: set[int] = set()
    for k in range(1, len(full)):
        if _signature_names(lines[full[k]].strip()) is None:
            continue
        below = lines[full[k + 1]].strip() if k + 1 < len(full) else ""
        if _sentence(lines[full[k - 1]]) and not _sentence(below) and _signature_names(below) is None:
            found.add(full[k])
    return found


def _sentence(line: str) -> bool:
    """A line of the story's prose, however short a paragraph: a few words, and the end of a sentence."""
    return len(line.split()) >= _SIGNED_WORDS and bool(_SENTENCE_END.search(line.strip()))


def _signature_names(line: str) -> str | None:
    """The names of a line that is a person's name alone, maybe with the outlet they write for: a known given name or
    an initial first ("Ibrahima S. Traoré", "F Jarraud"), or a surname in capitals after a capitalised word ("Clarisse
    HEMA"). Capitalised words alone may be a heading ("Roll Call", "Basic Program"); so may capitals alone ("SOCIETE
    GENERALE")."""
    match = _SIGNATURE.match(line)
    if match is None:
        return None
    if _signed_by_shape(match) or fold(match.group("names").split()[0]) in _GIVEN_NAMES:
        return match.group("names")
    return None


def _signed_by_shape(match: re.Match[str]) -> bool:
    """Whether a name line is written as a signature, not only as a name: initials before one surname ("F Jarraud",
    "J.-P. Martin"; "I. Preliminary Business" is an outline's heading), a surname in capitals ("Clarisse HEMA"), or
    the outlet its signer writes for. A name alone may be a tag under the story ("Gabriel Attal"): no author."""
    words = match.group("names").split()
    initials = list(itertools.takewhile(lambda w: re.fullmatch(r"[A-ZÀ-Þ]\.?(?:-[A-ZÀ-Þ]\.?)?", w), words))
    capitals = not words[0].isupper() and all(w.isupper() and len(w) > 1 for w in words[1:])
    return len(initials) == len(words) - 1 >= 1 or capitals or match.end("names") < len(match.string)


def _name_line(line: str) -> bool:
    """Two to four capitalised words and nothing else: a name or an agency's ("Jane Roe", "Associated Press")."""
    words = line.split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(_NAME, w) for w in words) and not line.endswith(".")


def is_caption(line: str) -> bool:
    """A picture's caption signed with its credit in parentheses ("The King arrives (Picture: PA)"), or after a
    copyright sign ("Le président à Verdun. © Jean Dupont/AFP"), or a wire's ("... à Verdun. AFP/Jean Dupont"), or
    with the credit glued to its last word, the line break lost in the copy ("Le président à Verdun lors d'un
    hommageAFP")."""
    line = line.strip()
    if _COPYRIGHT_CREDIT.search(line) and len(line.split()) <= _CAPTION_WORDS:
        return True
    if _SLASHED_WIRE_CREDIT.search(line):
        return True  # ("KEYSTONE/JANE ROE", "REUTERS/Jane Roe": a picture agency's credit, whatever the length)
    return bool(
        _CAPTION.search(fold(line)) or _GLUED_CREDIT.search(line) or _inline_credit(line) or _credited_caption(line)
    )


def _credited_caption(line: str) -> bool:
    """A caption whose picture's credit follows its last sentence ("Le ministre à Bobigny, ce dimanche. - Jane Roe -
    AFP", "The minister in Rome. (Jane Roe/AFP via Getty Images)", "... le 23 août. KEYSTONE"): a story's paragraph
    never carries a picture's credit, only a wire's ("... a-t-il dit. — AFP"), which stays."""
    found = _picture_credit_after(line)
    if found is None or len(line[: found.start()].split()) > _CAPTION_CREDITED_WORDS:
        return False
    # (one sentence: a paragraph of the story may carry its picture's credit, "... le programme. Nous publions
    # ci-dessous le communiqué. (Photo Jane Roe)", and keeps its sentences: see `without_picture_credit`)
    return not _SENTENCE_INSIDE.search(line[: found.start()].strip())


_SENTENCE_INSIDE = re.compile(r"[a-zà-ÿ0-9]{2}[.!?][»\"”]?\s+[«\"“]?[A-ZÀ-Þ]")


def _picture_credit_after(line: str) -> re.Match[str] | None:
    """The picture's credit after the line's last sentence, or None."""
    found = _CREDIT_AFTER_SENTENCE.search(line)
    return found if found is not None and _picture_credit(found.group("credit")) else None


def without_picture_credit(line: str) -> str:
    """A paragraph without the picture's credit a page appends to it ("... le communiqué de la préfecture. (Photo Jane
    Roe)" -> "... le communiqué de la préfecture."): the credit's names are the photographer's."""
    found = _picture_credit_after(line)
    return line[: found.start()].rstrip() if found else line


def _name_part(part: str) -> bool:
    """A credit's part: a name's words, each capitalised or a short joining word ("Agence France-Presse", "AFP")."""
    return all(w[:1].isupper() or w[:1].isdigit() or fold(w) in _FOLDED_JOINERS for w in part.split())


def _picture_credit(credit: str) -> bool:
    """Whether a credit is a picture's: it opens with a credit's word ("Credit", "Archives", "Photo"), names a picture
    agency ("Getty Images", "KEYSTONE"), or a photographer beside the agency ("Mario Jasso/Cuartoscuro", "Thomas
    Samson - AFP"); an agency alone ("(Reuters)", "— AFP"), the story's reporters in initials ("(ats/nxp)") or its wire
    credit's phrase ("Additional reporting from Reuters") are no picture's."""
    inner = credit.strip().strip("()").strip()
    folded = fold(inner)
    if _CREDIT_PHRASE_START.match(folded):
        return False
    if re.match(rf"(?:{_CREDIT_WORDS})s?\b", folded) and inner[:1].isupper():
        return True
    parts = [p.strip() for p in _CREDIT_PARTS.split(inner) if p and p.strip()]
    # (each part a name, capitalised words and a name's short joining words: "Accueil par le maire, Jean Roe" is a
    # programme's line)
    if not parts or not all(_name_part(p) for p in parts):
        return False
    if any(fold(p) in _PICTURE_AGENCIES for p in parts):
        return True
    people = [p for p in parts if _PERSON.fullmatch(p) and fold(p) not in _OUTLETS and fold(p) not in _WIRE_NAMES]
    return len(parts) >= 2 and bool(people)


def _inline_credit(line: str) -> bool:
    """A caption's credit after its words, opened by a capitalised credit word ("... Jean Castex Photo via MaxPPP"): a
    sentence that speaks of a photo writes the word in lower case ("une photo prise par un passant")."""
    folded = fold(line)
    found = _INLINE_CREDIT.search(folded)
    return (
        found is not None
        and len(folded) == len(line)
        and line[found.start() + 1].isupper()
        and len(line.split()) <= _CAPTION_WORDS
    )


def _without_dateline(line: str) -> str:
    """The line without its dateline's place and agency: "WASHINGTON (AP) — The envoy ..." -> "The envoy ..."."""
    match = _dateline(line.strip())
    rest = line.strip()[match.end() :] if match else ""
    return rest if rest else line


def _dateline(line: str) -> re.Match[str] | None:
    """The dateline a stripped line opens on: a place of three letters or more, then its agency, its date, or a dash
    and the story's first capital ("QUÉBEC — Après ...", not "GLASGOW — the port's repairs, in pictures")."""
    match = _DATELINE.match(line)
    if match is None or not re.search(r"[^\W\d_]{3}", match.group("place")):
        return None
    if match.group("agency") or match.group("dated") or line[match.end() :][:1].isupper():
        return match
    return None


def dateline_agency(lines: list[str]) -> str | None:
    """The wire agency a dateline in the page's head names ("WASHINGTON (AP) — ...", "BRUXELLES, 8 avril (Reuters) -
    ..."): the story's source, an organisation of it, though the dateline leaves the text; or None."""
    for line, match in _head_datelines(lines):
        if match.group("agency"):
            return match.group("agency").strip("() ")
        dated = _DATED_AGENCY.match(line[match.end() :]) if match.group("dated") else None
        if dated:
            return dated.group("agency").strip()
    return None


def dateline_place(lines: list[str]) -> str | None:
    """The place a dateline in the page's head files the story from, as written ("BEIJING (Reuters) — ..." ->
    "BEIJING", "QUÉBEC — ..." -> "QUÉBEC"): a place of the story, though the dateline leaves the text; or None. The
    dash alone also opens a banner ("URGENT — ..."): the extractor keeps only a place its gazetteer knows."""
    for _, match in _head_datelines(lines):
        return match.group("place")
    return None


def _head_datelines(lines: list[str]) -> Iterator[tuple[str, re.Match[str]]]:
    """Each line of the page's head that opens on a dateline, with its match."""
    head = [line.strip() for line in lines if line.strip()][:_BYLINE_LINES]
    for line in head:
        if match := _dateline(line):
            yield line, match


def byline_names(lines: list[str]) -> str | None:
    """The names of the page's byline ("Par Jeanne Martin et Paul Durand" -> "Jeanne Martin et Paul Durand"),
    if one of its first lines is one: the article's author, metadata rather than a participant."""
    head = [line.strip() for line in lines if line.strip()][:_BYLINE_LINES]
    for line in head:
        if is_byline(line):
            match = _BYLINE_START.match(fold(line))
            return _byline_names(line[match.end() :]) if match else None
        if dated := _dated_byline(line):
            return dated.group("names")
        if glued := _glued_byline(line):
            return glued.group("names")
    split = [i for i in sorted(_split_bylines(lines)) if not _BYLINE_ALONE.match(fold(lines[i].strip()))]
    if split:  # "Written by" alone on its line: the names on the next one
        return lines[split[0]].strip()
    stamped = next((m for m in map(_stamped, (line.strip() for line in lines)) if m), None)
    if stamped:
        return stamped.group("names")
    alone = sorted(_standalone_bylines(lines))
    if alone:
        return lines[alone[0]].strip()
    signed = [_SIGNATURE.match(lines[i].strip()) for i in sorted(_tail_signatures(lines[: _article_end(lines)]))]
    return next((m.group("names") for m in reversed(signed) if m and _signed_by_shape(m)), None)


def _stamped(line: str) -> re.Match[str] | None:
    """Names glued to a page stamp, on a short line whose stamp holds a date: wherever the page puts it
    (a pasted page's menus may push it far down), a sentence never has that shape."""
    return _before_stamp(_STAMPED, line)


def _section_stamp(line: str) -> re.Match[str] | None:
    """A section's label before a page stamp on a short line whose stamp holds a date ("Politique Publié le ...")."""
    return _before_stamp(_SECTION_STAMP, line)


def _before_stamp(pattern: re.Pattern[str], line: str) -> re.Match[str] | None:
    """`pattern`'s match at the start of a short line, when what follows it (the stamp) holds a date."""
    match = pattern.match(line)
    if match is None or len(line) > _STAMP_LINE or not re.search(r"\d", line[match.end() :]):
        return None
    return match


def is_byline(line: str) -> bool:
    """ "Par Jean Dupont", "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER": names after a byline word."""
    match = _BYLINE_START.match(fold(line))
    if match is None or re.search(r"\d", line):
        return False
    # (a name's elided particle is written with the name: "Jean d'Ormesson")
    tokens = [re.sub(r"^[dl]['’](?=[A-ZÀ-Þ])", "", t) for t in re.findall(r"[^\s,&]+", line[match.end() :])]
    names = [t for t in tokens if t[0].isupper()]
    # Between the names, only short joining words ("and", "et", "de"): a sentence has longer ones.
    if len(names) > 0 and len(tokens) <= 12 and all(t[0].isupper() or len(t) <= 3 for t in tokens):
        return True
    # (a signature with the signer's trade opens its line with a capital: "par Madame X, Ministre de ..." continues a
    # sentence)
    return line[:1].isupper() and _signed_names(line[match.end() :]) != line[match.end() :].strip()


def _byline_names(rest: str) -> str:
    """A byline's names: all of them ("JANE ROE, JOHN DOE and ERIC ROE"), or those before the signer's trade."""
    tokens = re.findall(r"[^\s,&]+", rest)
    if all(t[0].isupper() or len(t) <= 3 for t in tokens):
        return rest.strip()
    return _signed_names(rest)


def _signed_names(rest: str) -> str:
    """The names of a signature followed by the signer's trade after a comma ("Jeanne Roe, doctorante en droit",
    "Jane Roe, staff writer"): two capitalised words at least, then a short description that is no sentence.
    Anything else is returned whole (stripped)."""
    rest = rest.strip()
    names, comma, trade = rest.partition(",")
    tokens = names.split()
    if not comma or len(tokens) < 2 or not all(re.fullmatch(_NAME, t) or t in _JOINER_SET for t in tokens):
        return rest
    # (one trade, no list after it: "Ministre de la Fonction publique, l'Ambassadeur du" goes on as a sentence)
    if len(trade.split()) > _TRADE_WORDS or re.search(r"[.!?;:«»\"“”]\s*$|[\d,]", trade) or not trade.strip():
        return rest
    return names.strip()


_JOINER_SET = frozenset(every(lambda lang: lang.chrome.name_joiners))
_FOLDED_JOINERS = frozenset(fold(w) for w in _JOINER_SET)
_TRADE_WORDS = 12  # a signer's trade after the names: a short description


def is_credit(line: str) -> bool:
    """A picture's credit: "Photo : Jean Dupont / AFP", "(Photo by ...)", "Patrick Semansky, ASSOCIATED PRESS", or its
    label, a credit's word then a few words and no sentence ("Photo portrait de Jean Dupont")."""
    if len(line.split()) > 12:
        return False
    if _CREDIT_START.match(fold(line)) and re.search(r"[:/©]|\bby\b|\bpar\b", line):
        return True
    if _CREDIT_START.match(fold(line)) and len(line.split()) <= _ALT_TEXT_WORDS and not _SENTENCE_MARK.search(line):
        return True  # a picture's alternative text or label: "Photo portrait de Jean Roe", "Illustration d'archives"
    return bool(_CREDIT_SHAPE.match(line) or _SLASHED_CREDIT.match(line))


_ALT_TEXT_WORDS = 8  # a picture's label is a few words, no sentence
_SENTENCE_MARK = re.compile(r"[.!?:;…]\s*$")


def is_source_credit(line: str) -> bool:
    """A line that names only the outlet a story was taken from ("Source : Nouvel Horizon", "Sources: Senego.com"): a
    source's label and its colon, then names (capitalised words, a name's short joining words, web addresses), no
    sentence and no date; "Source : l'Insee, qui publie ce jeudi ..." is the story's own."""
    found = _SOURCE_CREDIT.match(fold(line))
    if found is None or len(line.split()) > _SOURCE_CREDIT_WORDS or re.search(r"\d|[.!?;»”]$", line):
        return False
    # ("d'" glued to a name's first word: "Page Facebook de Libérons-Les" is names, "d'un article" is not)
    names = [re.sub(r"^[dl]['’](?=[A-ZÀ-Þ])", "", w) for w in line[found.end() :].replace(",", " ").split()]
    return bool(names) and all(
        w[:1].isupper() or fold(w) in _FOLDED_JOINERS or w == "&" or _ADDRESS.fullmatch(w) for w in names
    )


_EMAIL = re.compile(r"\b([\w.-]+)@[\w-]+(?:\.[\w-]+)+")
_CONTACT_WORDS = 40  # an author's contact line is a sentence or two


def is_contact(line: str) -> bool:
    """An author's contact line: an e-mail address whose name part spells a name the line writes ("Vous pouvez joindre
    Jeanne Roux par courriel à jeanne.roux@radio.ca", "Contact Jane Roe at jroe@paper.com"): the story's writer, no
    participant of it. An address that spells no name in its line (a service's, "webnews@...") says nothing of a name
    and is left to the other rules."""
    if len(line.split()) > _CONTACT_WORDS:
        return False
    names = re.findall(r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)+", line)
    spelt = {form for name in names for form in _spellings([re.sub(r"[^a-z]", "", fold(w)) for w in name.split()])}
    locals_ = {re.sub(r"[^a-z]", "", fold(found.group(1))) for found in _EMAIL.finditer(line)}
    return any(len(local) >= _MIN_SPELT and local in spelt for local in locals_)


def _spellings(words: list[str]) -> set[str]:
    """How an address may spell a run of a name's words, two or more in a row: whole ("janeroe"), or the first as its
    initial ("jroe"); a word before the name ("Contact Jane Roe") is left out by the runs that start after it."""
    forms = set()
    for i in range(len(words)):
        for j in range(i + 2, len(words) + 1):
            run = words[i:j]
            forms |= {"".join(run), run[0][:1] + "".join(run[1:])}
    return forms


_MIN_SPELT = 4  # an address's name part this long at least spells a name ("jroe")


def _menu_lines(lines: list[str]) -> set[int]:
    """The lines of each run of short lines with no sentence among them: a site's menu or tag list."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        words = line.split()
        bare = re.sub(r"\b(?:[A-Z]\.){2,}", "", line)  # "U.S.", "N.Y.": a section's initials, no full stop
        if words and len(words) <= _MENU_WORDS and not re.search(r"[.!?;:«»\"“”\d]", bare):
            run.append(i)
            continue
        if len(run) >= _MENU_RUN:
            found.update(run)
        run = []
    return found


def is_breadcrumb(line: str) -> bool:
    """A short line of capitalised words (or "a > b" parts) that starts like a site's home link."""
    if not _BREADCRUMB_START.match(fold(line)):
        return False
    parts = [p for p in re.split(r"\s*[>›»/|]\s*|\s+", line) if p]
    return len(parts) <= 8 and not re.search(r"[.!?:;,\"«»]", line) and all(p[0].isupper() for p in parts)

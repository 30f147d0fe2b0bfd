"""Surname particles: "Marine Le Pen", "Dominique de Villepin", "Ursula von der Leyen", "Bertrand Du Guesclin",
"Mohammed bin Salman", "Valéry Giscard d'Estaing".

A capitalised "Le", "La" or "Du" is an article at the start of a sentence ("Le ministre", "La France") or of a
title ("Le Monde", "Le Caire"), but part of a surname after a given name or an honorific ("Marine Le Pen",
"Mme Le Pen"); such a surname may even hold a role word ("Bruno Le Maire"). The rules here tell the cases apart
from the shape of the words and from what the same text writes elsewhere, not from a list of people.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.folding import fold
from generator.extract.ner import lexicon as lx
from generator.extract.ner.text import doc_text
from generator.extract.ner.words import Word, is_acronym, is_cap, sentence_start

# Words that begin a surname or join its parts (folded): "Le Pen", "de La Fontaine", "van der Bellen", "bin Salman".
PARTICLES = lx.PARTICLES
# The particles that are also articles, which a sentence start or a title may carry ("Le ministre", "Le Monde").
ARTICLES = lx.PARTICLE_ARTICLES
_MAX_PARTICLES = 3  # "de La Fontaine", "van der", "Van den"
_MAX_GIVEN = 4  # given names before the particle: "Luiz Inácio Lula da Silva", "Marcelo Nuno Duarte Rebelo de Sousa"
_MAX_LINKS = 3  # patronyms after the first: "bin Nasser bin Khalifa Al Thani"
_CAPITALS_SURNAME = 3  # "PEN", "ROY": a surname in capitals after capital particles has at least three letters
_VOWEL = re.compile(r"[aeiouy]")
_NAME_SHAPE = re.compile(r"[^\W\d_][\w'’\-]*")
# Capitalised words that never start a person's name, whatever follows them.
_NOT_GIVEN = (
    lx.ORG_WORDS
    | lx.VENUE_WORDS
    | lx.LOWER_VENUE_HEADS
    | lx.EVENT_WORDS
    | lx.COMMON_CAPS
    | lx.HONORIFICS
    | lx.PARTISANS
    | lx.GENERIC_ORG_WORDS
    | lx.MINISTRY_DOMAINS
)


def is_particle(text: str) -> bool:
    return fold(text) in PARTICLES


def _glued(ws: list[Word], k: int) -> bool:
    """Word k follows word k-1 in the same sentence with one space or none ("d'Estaing")."""
    return k > 0 and ws[k].sent == ws[k - 1].sent and ws[k].start - ws[k - 1].end <= 1


def _name_shaped(text: str) -> bool:
    """A capitalised word shaped like part of a name, not an acronym and not a particle itself."""
    return is_cap(text) and bool(_NAME_SHAPE.fullmatch(text)) and not is_acronym(text) and fold(text) not in PARTICLES


def given_word(text: str, lang: str) -> bool:
    """A capitalised word that may be a given name: not an organisation, venue, title, nationality or place, nor a
    function word capitalised to open a sentence ("Comme le Conseil constitutionnel reçoit ...")."""
    key = fold(text)
    return (
        _name_shaped(text)
        and key not in _NOT_GIVEN
        and (key not in lx.STOP_WORDS or key in lx.FIRST_NAMES)
        and not lx.is_role_head(key)
        and key not in lx.ROLE_MODIFIERS
        and not lx.is_nationality(key)
        and not lx.place_name(text, lang)
    )


def _core_word(text: str, shouted: bool = False) -> bool:
    """The capitalised word a particle leads to ("Pen", "Maire", "Villepin"): a role word is allowed here. After
    particles written in capitals (`shouted`: "LE", "VAN DEN"), the surname is in capitals too and a short one
    reads like an acronym ("Louis LE FRANC", "M. VAN DEN BOSCH"): the particles say it is a name's."""
    if fold(text) in lx.COMMON_CAPS or fold(text) in lx.HONORIFICS:
        return False
    return _name_shaped(text) or (shouted and _surname_in_capitals(text))


def _surname_in_capitals(text: str) -> bool:
    """A word of letters in capitals, long enough and with a vowel to be said as a word ("PEN", "FRANC", not "CGT")."""
    return text.isalpha() and text.isupper() and len(text) >= _CAPITALS_SURNAME and bool(_VOWEL.search(fold(text)))


def _shouted(ws: list[Word], k: int, n: int) -> bool:
    """Particles k..n-1 all written in capitals ("LE", "VAN DEN", "DE LA"), the way a page writes a surname."""
    return all(len(w.text) > 1 and w.text.isalpha() and w.text.isupper() for w in ws[k:n])


def _named(ws: list[Word], k: int, n: int) -> bool:
    """The capitals word at n after the particles from k is a surname: no word of the language ("LE FRANC" may be
    one, "DANS LA LUTTE" is), or a given name in lower case letters or an honorific stands right before ("Louis LE
    FRANC", "M. LE FRANC")."""
    if fold(ws[n].text) not in lx.COMMON_WORDS:
        return True
    prev = ws[k - 1] if k > 0 and _glued(ws, k) else None
    return prev is not None and (
        fold(prev.text) in lx.HONORIFICS or (_name_shaped(prev.text) and not prev.text.isupper())
    )


def article_before_a_thing(ws: list[Word], k: int, n: int) -> bool:
    """ "ouvrira avec M. Dupont le Forum des entreprises", "a remis à Paul Martin la Charte": a particle in lower case
    that is also an article ("le", "la", "du") before a body's, an event's or a venue's word is the article of the
    verb's next object, no part of the name ("Le Pen", "Bruno le Maire" keep theirs: no such word follows)."""
    return ws[k].text.islower() and fold(ws[k].text) in ARTICLES and n == k + 1 and fold(ws[n].text) in _NOT_GIVEN


def particles_and_surname(ws: list[Word], a: int, b: int) -> bool:
    """Whether the run [a, b) is a surname's particles and the surname they lead to, whole ("VAN DEN BROUCKE", "LE
    FRANC" in capitals): a name's, neither a headline in capitals nor an acronym before a name."""
    return is_particle(ws[a].text) and particle_end(ws, a, b) == b


def particle_end(ws: list[Word], k: int, b: int | None = None) -> int:
    """When words k.. are 1 to 3 particles then a capitalised word ("Le Pen", "von der Leyen"), the index after
    that word (at most `b`); otherwise -1."""
    stop = len(ws) if b is None else b
    n = k
    while n < stop and n - k < _MAX_PARTICLES and is_particle(ws[n].text) and (n == k or _glued(ws, n)):
        n += 1
    if n == k or n >= stop or not _glued(ws, n) or not _core_word(ws[n].text, _shouted(ws, k, n) and _named(ws, k, n)):
        return -1
    if article_before_a_thing(ws, k, n):
        return -1
    end = n + 1
    # "Abdullah bin Nasser bin Khalifa Al Thani", "Pedro da Silva dos Santos": a chain of patronyms or family names,
    # each another language's particle and a capitalised word
    for _ in range(_MAX_LINKS):
        m = end
        while m < stop and m - end < _MAX_PARTICLES and fold(ws[m].text) in lx.CHAIN_PARTICLES and _glued(ws, m):
            m += 1
        if m == end or m >= stop or not _glued(ws, m) or not _core_word(ws[m].text):
            break
        end = m + 1
    return end


def _given_before(ws: list[Word], n: int, particle: int, lang: str) -> bool:
    """Whether word n, before a surname's particle, is a given name; a month's name right before the particle is one
    ("Mars Di Bartolomeo", "April De Vries": a date's month never stands before "Di" or "van")."""
    text = ws[n].text
    return given_word(text, lang) or (n == particle - 1 and fold(text) in lx.MONTH_WORDS and _name_shaped(text))


def surname_start(doc: Doc, ws: list[Word], a: int, b: int, lang: str) -> int:
    """In words [a, b) shaped "Given [Middle] particles Surname" ("Marine Le Pen", "Valéry Giscard d'Estaing"),
    the index of the first particle; -1 for any other shape. Places and organisations do not qualify: "Gare de
    Lyon", "Cour de La Haye", "Paris La Défense"."""
    for k in range(a + 1, min(b - 1, a + 1 + _MAX_GIVEN)):
        if not is_particle(ws[k].text):
            continue
        if particle_end(ws, k, b) != b or not all(_given_before(ws, n, k, lang) for n in range(a, k)):
            return -1
        if not all(_glued(ws, n) for n in range(a + 1, k + 1)):
            return -1
        if lx.place_name(doc_text(doc)[ws[a].start : ws[b - 1].end], lang):
            return -1  # "Côte d'Ivoire", "Val d'Oise"
        if b - k == 2 and fold(ws[k].text) in _WEAK and ws[k].text.islower() and not _weak_ok(doc, ws, a, b, lang):
            return -1
        if _opener_before_article(ws, a, k):
            return -1
        return k
    return -1


def _opener_before_article(ws: list[Word], a: int, k: int) -> bool:
    """ "Même le Soudan et le Zimbabwe", "Seule la Guinée", "Ensuite le Mali": a word of the language that opens the
    sentence, then an article in lower case: the sentence's adverb and the next name's article, no given name and no
    particle ("Marine le Pen" opens with a given name)."""
    key = fold(ws[a].text)
    return (
        k == a + 1
        and ws[k].text.islower()
        and fold(ws[k].text) in ARTICLES
        and sentence_start(ws, a)
        and key in lx.COMMON_WORDS
        and key not in lx.FIRST_NAMES
    )


# A lone lower-case "de" also joins a unit or a building to its town ("Tirailleurs d'Epinal", "Ecole de Metz"):
# it makes a person only with a known given name or the recogniser's vote, and never before a place.
_WEAK = lx.WEAK_PARTICLES


def _weak_ok(doc: Doc, ws: list[Word], a: int, b: int, lang: str) -> bool:
    if lx.place_name(ws[b - 1].text, lang):
        return False
    if not doc.has_annotation("ENT_IOB"):
        return True
    per = any(doc[t].ent_type_ in ("PER", "PERSON") for t in range(ws[a].i, ws[b - 1].j))
    return per or fold(ws[a].text) in lx.FIRST_NAMES


def particle_names(doc: Doc, ws: list[Word], lang: str) -> dict[str, bool]:
    """Names that begin with a particle where it cannot be a sentence's preposition or article, folded, each with
    True when the text shows a person's surname: after an honorific or a given name ("Mme Le Pen", "Bruno Le
    Maire", "Charles de Gaulle"); capitalised articles within a sentence too ("selon Le Monde", "au Caire": a
    person only if named so elsewhere). A sentence that starts "Le Pen a ajouté", "De Gaulle avait dit" or "Le
    Monde révèle" keeps its particle when the name is listed here. Cached on the Doc: the mention finder and the
    run splitter both ask."""
    cached = doc.user_data.get("briefings.particle_names")
    if cached is not None:
        return cached
    out: dict[str, bool] = {}
    for k, w in enumerate(ws):
        end = particle_end(ws, k) if is_particle(w.text) else -1
        if end < 0:
            continue
        name = fold(doc_text(doc)[w.start : ws[end - 1].end])
        prev = ws[k - 1] if k > 0 and ws[k - 1].sent == w.sent else None
        if prev is not None and "\n" in doc_text(doc)[prev.end : w.start]:
            prev = None  # "… en Chine du Sud\nLa Chine a annoncé": a line's first "La" follows no given name
        if prev is not None and fold(prev.text) in lx.HONORIFICS:
            out[name] = True
            continue
        if prev is not None and surname_start(doc, ws, k - 1, end, lang) == k:
            if not lx.place_name(name, lang):  # "Saint-Denis de La Réunion": a town in a place, no surname
                out[name] = True
            continue
        rest = ws[end - 1].text
        own_place = lx.place_name(rest, lang)
        if fold(w.text) not in ARTICLES or not w.text[:1].isupper() or sentence_start(ws, k):
            continue  # a sentence's first "Le" proves nothing
        if (own_place and fold(own_place) == fold(rest)) or lx.is_role_head(rest) or fold(rest) in lx.GENERIC_ORG_WORDS:
            continue  # "La France" is France; "Le Maire de Paris" in a title-cased line is a title
        out.setdefault(name, False)
    doc.user_data["briefings.particle_names"] = out
    return out


def _is_particle_word(word: str) -> bool:
    """A particle as one whitespace-separated word of a name, glued or not ("de", "Le", "d'Estaing")."""
    return is_particle(word) or bool(_ELIDED.match(word))


def surname_only(name: str) -> bool:
    """ "Le Pen", "de Villepin", "Von der Leyen": a surname without the given name (a capitalised particle that
    is also a common given name, "Ben Affleck", is read as a given name)."""
    parts = name.split()
    if len(parts) < 2 or not _is_particle_word(parts[0]):
        return False
    return parts[0].islower() or fold(parts[0]) not in lx.FIRST_NAMES


def name_tails(name: str) -> set[str]:
    """Folded word sequences inside a full name after the given name that may stand for the person:
    "Valéry Giscard d'Estaing" -> "giscard", "giscard d'estaing", "d'estaing", "estaing"."""
    parts = fold(name).split()
    spans = [parts[i:j] for i in range(1, len(parts)) for j in range(i + 1, len(parts) + 1)]
    out = {" ".join(span) for span in spans if not is_particle(span[-1])}
    if len(parts) > 1:
        out.add(bare_surname(parts[-1]))
    return out


_ELIDED = re.compile(rf"(?i){lx.ELIDED}\w")
_GLUED_ARTICLE = re.compile(rf"(?i)^(?:{lx.ELIDED}|{lx.GLUED_PREFIX})(?=\w)")


def bare_surname(word: str) -> str:
    """The surname without a glued article, folded: "al-Baghdadi" -> "baghdadi", "d'Estaing" -> "estaing"."""
    return _GLUED_ARTICLE.sub("", fold(word))


def honorific_particles_start(ws: list[Word], a: int) -> int:
    """Take in lower-case particles between an honorific and the name: "M. de Villepin", "Mme de La Fayette"."""
    k = a
    while k > 0 and a - k < 2 and ws[k - 1].text.islower() and is_particle(ws[k - 1].text) and _glued(ws, k):
        k -= 1
    if k < a and k > 0 and ws[k - 1].sent == ws[a].sent and fold(ws[k - 1].text) in lx.HONORIFICS:
        # ("la Première dame du Sénégal": a country after the particle is what the title is of, no surname)
        return a if lx.is_place(ws[a].text) else k
    return a


def has_particle(name: str) -> bool:
    """A particle after the first word: "Giscard d'Estaing", "Marine Le Pen" (not "Hans-Joachim Klein")."""
    return any(_is_particle_word(w) for w in name.split()[1:])

"""Who takes part in each dated event, and where it happens: the briefing's own names, found in the event.

A name counts when the event phrase says it, or else (people only) the sentence that dates the event: a person by
their name, an alias or their family name; an organisation by its name or an alias; a place as written.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from generator.lang import Language
from generator.lang.folding import fold
from generator.model import DatedEvent, Participant

from .timex.context import verb_cues
from .timex.subject import sentence_subject, without_article
from .timex.wording import Sentences

_MAX_WHO = 4  # more names than this in one sentence is a list, not the event's participants
_NEAR = 60  # characters either side of a date where its place may be said


def with_participants(
    items: list[DatedEvent], participants: list[Participant], places: list[str], language: Language, body: str = ""
) -> list[DatedEvent]:
    """The items with `who` and `where` filled from the briefing's participants and places, and an
    event whose subject is a role ("the President will travel", "le ministre se rendra") naming the one
    person of the briefing who holds it, or a pronoun ("il se rendra") the person `body` names last
    before it."""
    sentences = Sentences(body) if body else None
    # who a role or a pronoun may stand for: never a name the text calls a place ("la localité de X")
    people = [p for p in participants if not _called_a_place(p, body, language)]
    named = (
        _owner_named(
            _named_subject(
                _possessive_owner(
                    _pronoun_subject(item, people, language, body, sentences),
                    people,
                    language,
                    body,
                    sentences,
                ),
                people,
                language,
            ),
            people,
            language,
        )
        for item in items
    )
    return [
        _headed_by_subject(
            _attach(_full_names(item, participants, language), participants, places, language), participants
        )
        for item in named
    ]


def _called_a_place(participant: Participant, body: str, language: Language) -> bool:
    """Whether `body` calls a person of the briefing a place ("la localité de X", "the town of X"): a name the entity
    step read as a person's, that no role nor pronoun stands for."""
    nouns = "|".join(re.escape(n) for n in language.entities.place_nouns)
    ofs = "|".join(re.escape(o).replace("'", "['’]") for o in language.entities.of_words)
    if participant.kind != "person" or not body or not nouns or not ofs:
        return False
    said = rf"(?<!\w)(?:{nouns})\s+(?:{ofs})(?:(?<=['’])|\s+){re.escape(participant.name)}(?!\w)"
    return re.search(said, body, re.IGNORECASE) is not None


def _full_names(item: DatedEvent, participants: list[Participant], language: Language) -> DatedEvent:
    """A person the event calls by an honorific and a surname ("M. Blair", "Mr. Ban") is called by their name in
    the briefing: an agenda line stands alone, and "M." says nothing there."""
    event = item.event
    written = (*language.entities.every_honorific, *language.entities.plural_honorifics)
    honorifics = "|".join(re.escape(h) for h in written) or "(?!)"
    for person in (p for p in participants if p.kind == "person" and len(p.name.split()) > 1):
        if _first(event, [person.name]) is not None:
            continue
        for form in _forms(person)[1:]:
            m = re.search(rf"(?:(?<!\w)(?:{honorifics})\s+)?(?<![\w-]){re.escape(form)}(?![\w-])", event)
            if m and m.group(0) != form:  # only with its honorific: "Trump agreed" reads well as it is
                event = event[: m.start()] + person.name + event[m.end() :]
                break
    return replace(item, event=event) if event != item.event else item


def _pronoun_subject(
    item: DatedEvent, participants: list[Participant], language: Language, body: str, sentences: Sentences | None
) -> DatedEvent:
    """An event opened by a pronoun ("he will meet", "it will call") with what the pronoun stands for: the subject of
    the speech verb before it ("Ebrard said he will"), else of the sentences before ("The state is expected to call
    an expert. On Tuesday, it will call X"); a person pronoun, else, the person `body` names last before it."""
    people_pronouns = "|".join(language.subject_pronouns)
    thing_pronouns = "|".join(language.quotes.organisation_pronouns)
    pronoun = re.match(rf"(?:{people_pronouns or '(?!)'}|(?P<thing>{thing_pronouns or '(?!)'}))\b", item.event, re.I)
    at = body.find(item.sentence) if pronoun and item.sentence else -1
    if not pronoun or at < 0:
        return item
    written = re.search(rf"(?<!\w){re.escape(pronoun.group(0))}\b", item.sentence, re.IGNORECASE)
    own = item.sentence[: written.start() if written else 0]
    thing = pronoun.group("thing") is not None
    for subject in _subjects(own, body, at, language, sentences):
        # "it", "they" stand for what the subject says ("The state", "The unions"); a person pronoun for a person
        person = None if thing else _person_in(subject, participants, language)
        if person is not None:
            return replace(item, event=person + _uncontracted(item.event[pronoun.end() :], language))
        if thing:
            rest = _uncontracted(item.event[pronoun.end() :], language)
            return replace(item, event=without_article(subject, language) + rest)
    if thing:
        return item
    before = body[:at] + own
    people = [p for p in participants if p.kind == "person"]
    last = max(((_last(before, _forms(p)), p.name) for p in people), default=(-1, ""))
    if last[0] < 0:
        return item
    return replace(item, event=last[1] + _uncontracted(item.event[pronoun.end() :], language))


def _possessive_owner(
    item: DatedEvent, participants: list[Participant], language: Language, body: str, sentences: Sentences | None
) -> DatedEvent:
    """An event opened by a possessive ("his first visit to Britain as president", "ses services seront ouverts") with
    its owner before it, as an agenda line names who ("Donald Trump – his first visit ..."): the subject of the clause
    before it in its sentence, else of the sentences before; a person by the briefing's name for them."""
    owners = "|".join(re.escape(d) for d in language.possessive_determiners)
    opening = re.match(rf"(?:{owners})(?!\w)", item.event, re.IGNORECASE) if owners else None
    at = body.find(item.sentence) if opening and item.sentence else -1
    if opening is None or at < 0:
        return item
    written = re.search(rf"(?<!\w){re.escape(opening.group(0))}(?!\w)", item.sentence, re.IGNORECASE)
    own = item.sentence[: written.start() if written else 0]
    subject = next(iter(_subjects(own, body, at, language, sentences)), None)
    if subject is None:
        return item
    articles = {fold(a) for a in language.entities.articles}
    tokens = subject.split()
    # "Comme le Conseil constitutionnel reçoit ...": a conjunction before the subject's article is no part of it
    lead = next((k for k, t in enumerate(tokens[: _OWNER_LEAD + 1]) if fold(t) in articles), 0)
    subject = " ".join(tokens[lead:])
    owner = _person_in(subject, participants, language) or without_article(subject, language)
    return replace(item, event=f"{owner} – {item.event}")


_OWNER_LEAD = 2  # words a subject's article may follow that are no part of it ("Comme le Conseil", "Since the")


def _uncontracted(rest: str, language: Language) -> str:
    """What follows a pronoun, its auxiliary written out when it was written onto the pronoun ("’ll be on strike" ->
    " will be on strike"): on a name, the contraction reads wrongly ("RMT members’ll")."""
    for short, full in language.contracted_auxiliaries:  # "'ll", written with either apostrophe
        written = re.match(rf"[’']{re.escape(short[1:])}(?!\w)", rest)
        if written:
            return f" {full}{rest[written.end() :]}"
    return rest


_SENTENCES_BACK = 2  # a pronoun stands for the subject of one of the sentences just before it


def _subjects(own: str, body: str, at: int, language: Language, sentences: Sentences | None) -> list[str]:
    """The subjects a pronoun may stand for, nearest first: the speaker of its own sentence ("X said he will"),
    then the subjects of the sentences before, a pronoun subject skipped (it stands for the same)."""
    found = []
    if language.attribution and re.search(rf"(?:{language.attribution})\s+(?:that\s+)?$", own, re.IGNORECASE):
        found.append(sentence_subject(own, language))
    # the subject of the clause before it in its own sentence ("le président se rendra à Soubré, et le 6 mars il ira")
    clauses = (sentence_subject(piece, language) for piece in reversed(re.split(r"[,;:]", own)))
    found.append(next((subject for subject in clauses if subject), None))
    if sentences is not None:
        i = bisect.bisect_right(sentences.starts, at) - 1
        for a, b in reversed(sentences.spans[max(0, i - _SENTENCES_BACK) : i]):
            found.append(sentence_subject(body[a:b], language))
    pronouns = {fold(p) for p in (*language.subject_pronouns, *language.quotes.organisation_pronouns)}
    return [s for s in found if s is not None and fold(s) not in pronouns]


def _person_in(subject: str, participants: list[Participant], language: Language) -> str | None:
    """The person a subject names: by a name ("Mr. Ban", "Ebrard"), or by the role one person of the briefing holds
    ("The Secretary-General")."""
    people = [p for p in participants if p.kind == "person"]
    named = [p.name for p in people if _first(subject, _forms(p)) is not None]
    if named:
        return named[0] if len(set(named)) == 1 else None
    holder = _role_holder(subject, participants, language)
    return holder[0].name if holder is not None else None


def _last(text: str, forms: list[str]) -> int:
    """Where the last of the forms is written in `text` as whole words, or -1."""
    return max((m.start() for form in forms if form for m in _written(form).finditer(text)), default=-1)


def _named_subject(item: DatedEvent, participants: list[Participant], language: Language) -> DatedEvent:
    holder = _role_holder(item.event, participants, language, phrase=True)
    if holder is None:
        return item
    person, end = holder
    return replace(item, event=person.name + item.event[end:])


@functools.cache
def _owner_link(language: Language) -> re.Pattern[str] | None:
    """An event noun, then the of-word and article that link it to its owner ("venue du", "visit of the")."""
    if not language.event_nouns or not language.event_owner_links:
        return None
    links = "|".join(re.escape(link).replace(r"\ ", r"\s+") for link, _ in language.event_owner_links)
    return re.compile(rf"(?<![\w-])(?:{language.event_nouns})\s+(?P<link>{links})(?:(?<=['’])|\s+)", re.IGNORECASE)


def _owner_named(item: DatedEvent, participants: list[Participant], language: Language) -> DatedEvent:
    """An event noun whose owner is a role one person of the briefing holds ("venue du Président de la République à
    Guéret", "the visit of the Prime Minister") with that person's name in the role's place ("venue d'Emmanuel Macron
    à Guéret"): an agenda line names who, and the role said there is no one else's. A role that goes on with a
    complement of its own ("du président du conseil départemental") is another office, left as it is."""
    link = _owner_link(language)
    found = link.search(item.event) if link is not None else None
    if found is None:
        return item
    said = fold(re.sub(r"\s+", " ", found.group("link")).replace("’", "'"))
    article = next(a for w, a in language.event_owner_links if fold(w.replace("’", "'")) == said)
    owner = item.event[found.end() :]
    # the owner as it would open a clause, its article written out ("du président" -> "le président"), for the role
    # to be read as a sentence's subject is
    spaced = article if article.endswith(("'", "’")) else f"{article} "
    holder = _role_holder(spaced + owner, participants, language)
    if holder is None:
        return item
    person, end = holder
    rest = (spaced + owner)[end:]
    next_word = re.match(r"\s*([\w'’-]+)", rest)
    if next_word and fold(next_word.group(1)) in {fold(w) for w in language.entities.of_words}:
        return item  # "du président du conseil départemental": the role goes on, another office
    before_consonant, before_vowel = language.name_of_words
    of = before_vowel if fold(person.name[:1]) in "aeiouy" else before_consonant
    return replace(item, event=item.event[: found.start("link")] + of + person.name + rest)


def _role_holder(
    text: str, participants: list[Participant], language: Language, phrase: bool = False
) -> tuple[Participant, int] | None:
    """The one person of the briefing whose role opens `text` ("the Prime Minister's", "le ministre", "The
    Secretary-General" for the United Nations Secretary-General), with where the role ends; None when no one, or
    several ministers, hold it. Without its article a role is a title, capitalised ("Prime Minister will fly"), or,
    in an event `phrase`, the whole role in lower case."""
    articles = "|".join(re.escape(a).replace("'", "['’]") for a in language.entities.singular_articles)
    opening = re.match(rf"(?:{articles})\s*", text, re.IGNORECASE) if articles else None
    # an agenda line opens on the role without its article, which the phrase left out ("ministre français des
    # Affaires étrangères sera reçu"): the whole role then, its verb right after it ("président de la Région" is not
    # the "président")
    bare = opening is None and not text[:1].isupper()
    if bare and not phrase:
        return None
    start = opening.end() if opening else 0
    # the words after the article, each with where it ends ("Prime", "Minister" of "the Prime Minister's")
    words = [(fold(m.group(1)), m.end(1), m.group(1)) for m in re.finditer(r"([\w-]+)(?:['’]s)?\s*", text[start:])]
    # "the PM's day": a title said by its initials is its words, each capitalised as a title is
    titles = language.entities.title_abbreviations
    words = [
        (part, end, part.title()) if w in titles else (w, end, said)
        for w, end, said in words
        for part in (titles[w].split() if w in titles else [w])
    ]
    chosen = _holders(text, start, words, opening is not None, bare, participants, language)
    stood_for = _stood_for(words, language)
    if not chosen and stood_for is not words:
        # "le chef de l'État" for the "président", when no one holds "chef de l'État" as said
        words = stood_for
        chosen = _holders(text, start, words, opening is not None, bare, participants, language)
    if len(chosen) != 1 or _held_by_another(chosen[0][0], words, participants):
        return None
    return chosen[0][0], chosen[0][1]


def _holders(
    text: str,
    start: int,
    words: list[tuple[str, int, str]],
    article: bool,
    bare: bool,
    participants: list[Participant],
    language: Language,
) -> list[tuple[Participant, int, bool, bool]]:
    """The people of the briefing whose role the words after the article say (each with where the role ends, whether
    it is said whole and whether only its head is): the one to choose, else all who may be meant."""
    holders = []
    for p in participants:
        role = _words_read(p.role or "") if p.kind == "person" else []
        if not role or _first(text, _forms(p)) is not None:  # "President Joe Biden will": named already
            continue
        said = next(
            (k for k in range(min(len(role), len(words), 4), 0, -1) if [w for w, _, _ in words[:k]] == role[:k]), 0
        )
        if [w for w, _, _ in words[: len(role)]] == role:
            said = len(role)  # a long role said whole is replaced whole ("ministre français des Affaires étrangères")
        if not article and said < len(role):
            said = 0  # "IRCC confirmed" is not the "IRCC spokesperson": without its article, the whole title
        head = not said
        if not said and _title(p.role or ""):
            # "the Secretary-General" for the "United Nations Secretary-General": a title's head, capitalised
            said = next(
                (
                    k
                    for k in range(min(len(role) - 1, len(words)), 0, -1)
                    if [w for w, _, _ in words[:k]] == role[-k:] and all(x[:1].isupper() for _, _, x in words[:k])
                ),
                0,
            )
        if said and said < len(words) and words[said][2][:1].isupper():
            continue  # "President Obama and White House staff": a title before another name, no one's stand-in
        after = text[start + words[said - 1][1] :].lstrip() if said else ""
        if bare and not verb_cues(language).match(after):
            continue  # its verb right after it: "otage libérée | par le Hamas" is a description, no subject
        if said:
            holders.append((p, start + words[said - 1][1], said == len(role) and not head, head))
    # "the Prime Minister": the one whose role it is in full, before an "Indian Prime Minister" it only ends (the
    # "ministre" and the "ministre de la Culture" stay two)
    whole = [h for h in holders if h[2]]
    chosen = whole if len(whole) == 1 and all(h[3] for h in holders if not h[2]) else holders
    return chosen


def _stood_for(words: list[tuple[str, int, str]], language: Language) -> list[tuple[str, int, str]]:
    """The words after a role's article, a phrase that stands for a role read as that role ("chef de l'État sera"
    as "président sera"), each role word ending where the phrase ends: its holder is the phrase's subject."""
    for phrase, role in language.role_stand_ins:
        said = _words_read(phrase)
        if [w for w, _, _ in words[: len(said)]] == said:
            end = words[len(said) - 1][1]
            return [(w, end, w) for w in _words_read(role)] + words[len(said) :]
    return words


def _held_by_another(holder: Participant, words: list[tuple[str, int, str]], participants: list[Participant]) -> bool:
    """Whether another person of the briefing holds the role the words open on, said shorter ("président" when "le
    président de la République" is another's): the phrase may stand for either, so it names no one ("le chef de
    l'État" with a "président" and a "président de la République" in the briefing)."""
    said = [w for w, _, _ in words]
    for p in participants:
        role = _words_read(p.role or "") if p.kind == "person" and p is not holder else []
        if role and said[: len(role)] == role:
            return True
    return False


def _words_read(text: str) -> list[str]:
    """A role's words as the text's are read after its article: folded, "chef de l'État" is "chef", "de", "l",
    "État"."""
    return re.findall(r"[\w-]+", fold(text))


def _title(role: str) -> bool:
    """Whether a role is a title of capitalised words ("United Nations Secretary-General", "German Chancellor")."""
    return len(role.split()) > 1 and all(w[:1].isupper() for w in role.split())


_OPENING_WORDS = 3  # words before a sentence's subject ("Mercredi,", "Selon l'Élysée,", "Le président")
_APPOSED_OPENING = 8  # ... and when they are a role set off by a comma ("La ministre de la Culture, X,")
_SUBJECT_REACH = 12  # words from the subject to the event it heads ("X est attendu mercredi pour un déplacement")


def _headed_by_subject(item: DatedEvent, participants: list[Participant]) -> DatedEvent:
    """An event that names no one, in a sentence whose subject is a person, is headed by that person ("Emmanuel
    Macron est attendu mercredi pour un déplacement en Touraine" -> "Emmanuel Macron – déplacement en Touraine";
    "Mercredi, Emmanuel Macron doit passer au pot de fin de session" -> "Emmanuel Macron – pot de fin de session";
    "Après le Cameroun, le président Emmanuel Macron poursuivra sa tournée au Bénin"): the subject is before the
    event's words, the date and an opening adverbial set off by its comma before it or not."""
    if not item.event or any(_first(item.event, _forms(p)) is not None for p in participants):
        return item
    sentence = item.sentence
    # its first words ("from" alone is anywhere); two when the third is a place the phrase adds ("visite d'État à X")
    event_at = sentence.find(" ".join(item.event.split()[:3]))
    if event_at < 0 and len(item.event.split()) > 3:
        event_at = sentence.find(" ".join(item.event.split()[:2]))
    if event_at < 0:
        return item
    before = sentence[:event_at]
    named = [(at, p) for p in participants if p.kind == "person" and (at := _first(before, _forms(p))) is not None]
    if not named:
        return item
    at, person = min(named, key=lambda found: found[0])
    name_end = max((m.end() for form in _forms(person) if (m := _written(form).match(sentence, at))), default=at)
    opening = before[:at].replace(item.text, " ")  # the date that opens the sentence is no subject's word
    apposed = sentence[:at].rstrip().endswith(",")  # "La ministre de la Culture, X, ...": a role opens it
    # "Après le Cameroun, le président X": an opening adverbial set off by its comma, then the subject
    opened = opening.rsplit(",", 1)[-1] if "," in opening and not apposed else opening
    if (
        len(opened.split()) > (_APPOSED_OPENING if apposed else _OPENING_WORDS)
        # "Avec X, Y évoquera ...": X is no subject; "La ministre, X, recevra" (an apposition) is
        or (sentence[name_end:].lstrip().startswith(",") and not apposed)
        # the event is a far complement, not X's (the date between them does not count)
        or len(sentence[at:event_at].replace(item.text, "").split()) > _SUBJECT_REACH
    ):
        return item
    return replace(item, event=f"{person.name} – {item.event}")


def _attach(item: DatedEvent, participants: list[Participant], places: list[str], language: Language) -> DatedEvent:
    # the sentence names more than the event: only the people it names take part (an agency it cites does not)
    people = [p for p in participants if p.kind == "person"]
    who = _named(item.event, participants) or _named(item.sentence, people)
    where = _where(item.event, places, language) or _where(_around(item.sentence, item.text), places, language)
    return replace(item, who=who[:_MAX_WHO] if len(who) <= _MAX_WHO else [], where=where)


def _named(text: str, participants: list[Participant]) -> list[str]:
    found = [(at, p.name) for p in participants if (at := _first(text, _forms(p))) is not None]
    return [name for _, name in sorted(found)]


def _forms(p: Participant) -> list[str]:
    forms = [p.name, *p.aliases]
    if p.kind == "person" and len(p.name.split()) > 1:
        forms.append(p.name.split()[-1])  # "Blinken" for Antony Blinken
    return forms


def _around(sentence: str, date: str) -> str:
    """The words of the sentence near the date: a place further away belongs to another clause."""
    at = sentence.find(date)
    return sentence if at < 0 else sentence[max(0, at - _NEAR) : at + len(date) + _NEAR]


def _where(text: str, places: list[str], language: Language) -> str | None:
    """The place the text puts the event in: the first after a place preposition ("à Paris", "in Geneva");
    a place named otherwise is no venue ("la France coorganisera", "en faveur de l'Ukraine")."""
    found = sorted((at, place) for place in places if (at := _first(text, [place])) is not None)
    prepositions = "|".join(re.escape(w) for w in language.venue_prepositions)
    located = [
        place
        for at, place in found
        if prepositions and re.search(rf"(?:{prepositions})\s+(?:\w+['’]\s*)?$", text[:at], re.I)
    ]
    return located[0] if located else None


def _first(text: str, forms: list[str]) -> int | None:
    """Where the first of the forms is written in `text` as whole words, or None."""
    hits = [m.start() for form in forms if form and (m := _written(form).search(text))]
    return min(hits) if hits else None


@functools.lru_cache(maxsize=4096)
def _written(form: str) -> re.Pattern[str]:
    """A name as whole words: "Paris" is not in "Parisot"."""
    return re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")

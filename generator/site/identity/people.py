"""People joined by their names: a surname alone, first names, middle names, nicknames.

- a name that starts with a surname's particle ("von der Leyen", "de Villepin": `surname_particles` of
  equivalents.yml) is a surname alone: the one full name that ends with it, or the one given its role;
- a surname alone is its full name when one full name in the archive has that surname ("Aznar"); when
  several do ("Joe", "Jill" and "Hunter Biden"), when the surname alone is given a role that exactly one
  of them is given somewhere in the archive ("Biden, président américain" and "Joe Biden, président
  américain"), or else two words of it ("Meloni, Italian Prime Minister", "Giorgia Meloni, prime minister"),
  or else when exactly one of them is named in briefings about a place (their first place)
  the briefings naming the surname alone are about ("Solberg" in a briefing on Norway, "Erna Solberg"
  in another, "Anna Solberg" only in briefings on Sweden);
- a name alone that is no one's surname in the archive is the one full name whose first given name it
  is, when they are given a role in common ("Tedros", directeur général de l'OMS, and "Tedros Adhanom
  Ghebreyesus", WHO Director-General); two people with that first name: neither;
- two full names with the same surname are one when their first names are spelling variants of each
  other ("Anthony"/"Antony", "Mohammed"/"Mohamed"): the same letters but for an h, a doubled letter or
  a final y/i; or short forms of one name ("Bill", "Will": the `nicknames` of equivalents.yml);
- a full name whose given name is a part of another's hyphenated given name ("Roger Kamba", "Samuel-Roger
  Kamba") is the one full name of the archive with that surname and that compound given name; two such
  ("Jean-Luc" and "Jean-Marc" for "Jean"): neither;
- a full name with a short first name is the one full name of the archive with that surname whose first
  name it shortens: a known short form ("Bill Nelson", "William Nelson"), or its first three letters or
  more, two letters shorter at least ("Alex", "Alexander"), unless what it leaves out is an ending that
  makes another first name (`first_name_endings` of site.yml: "Jean"/"Jeanne", "Paul"/"Pauline"); two
  such longer names: neither;
- a full name without a middle initial is the one longer full name of its first name that keeps its words
  in order ("Lewis Kaplan", "Lewis A. Kaplan"); without a middle name or the end of a compound surname, when
  the two are given a role in common too, under any of their names ("Bola Tinubu", "Bola Ahmed Tinubu"; "Ali
  Bongo", "Ali Bongo Ondimba"; "Ahmad Massoud" is not his father "Ahmad Shah Massoud"); a whole name a briefing
  gives as another's alias is that person first, so two spellings of the middle name are one longer name;
- a full name without its first given name is the one longer name that ends with it, when the two are
  given a role in common ("Messias Bolsonaro", "Jair Messias Bolsonaro", each "président");
- a person's alias that is a word of its name ("Lula" for "Luiz Inácio Lula da Silva"; a first name, as Thai
  and Ethiopian names are said: "Srettha" for "Srettha Thavisin")
  is that person, when no other person of the archive has that word in their name; a one-word alias that is
  none of its name's words (a byname: "Hemedti"), or an alias of several words (another full name: "Chiz
  Escudero" for "Francis Escudero"), is that person when the archive names someone by it alone and gives it to
  no one else (`join_known_as`);
- a whole name after an honorific that is no part of it ("Sardar Ayaz Sadiq": `honorifics` of site.yml) is
  that name, when no briefing gives both;
- a name whose given names are initials, two at least, each with its dot ("C. P. Radhakrishnan", "J.R.R.
  Tolkien") is the one full name of the archive with that surname and as many given names, each starting with
  its initial ("Chandrapuram Ponnusamy Radhakrishnan"); never one briefing naming both, two such: neither
  (`join_initials`);
- a name is the same words with its last one put first, the family name first as Japanese, Chinese, Korean and
  Hungarian names are written in their own order ("Ishikawa Kenji", "Kenji Ishikawa"), when the two are given
  a role in common, and no briefing gives both.

Surnames are compared through the transliteration table (spelling.py); names spelt apart are in
misspelt.py, titles and regnal names in titles.py: `join_people` runs them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from generator.lang.equivalents import NICKNAMES, OFFICE_TITLES, SURNAME_PARTICLES
from generator.lang.folding import fold
from generator.site.identity.misspelt import (
    join_given_name_letter_added,
    join_given_name_vowels_misspelt,
    join_given_names_transliterated,
    join_misspelt,
    join_rare_name_spelt_apart,
    join_same_role_spelt_apart,
    join_vowels_spelt_apart,
)
from generator.site.identity.names import HONORIFIC
from generator.site.identity.spelling import particles_alike, spelling, variant
from generator.site.identity.titles import join_regnal, join_title_only, join_titled, leading_title
from generator.site.identity.unionfind import Joins
from generator.site.samewords import word_key
from generator.site.words import reading_words


def join_nicknames(joins: Joins, nicknames: set[tuple[str, str]], people: list[str]) -> None:
    """A person's alias that is a word of its name ("Lula" for "Luiz Inácio Lula da Silva", "Srettha" for
    "Srettha Thavisin", as the briefing gives it) is that person, when no other person of the archive has
    that word in their name (not "Bolsonaro" beside "Flávio Bolsonaro")."""
    having: dict[str, set[str]] = {}  # a word -> the names that have it (one pass: linear)
    wanted = {alias for alias, _ in nicknames}
    for person in people:
        for word in set(person.split()) & wanted:
            having.setdefault(word, set()).add(person)
    for alias, name in sorted(nicknames):
        if alias in SURNAME_PARTICLES or len(alias) < 3:
            continue
        root = joins.find(("person", name))
        others = {joins.find(("person", p)) for p in having.get(alias, ()) if p != alias} - {root}
        if not others:
            joins.join(("person", alias), ("person", name))


def join_known_as(joins: Joins, known_as: set[tuple[str, str]], people: list[str]) -> None:
    """A person named alone by a word that a briefing gives another person's name as its alias, and none of its
    words ("Kagwe" for "Mohamed Farah Kagwe, known as Kagwe"; "Hemedti" for "Mohamed Hamdan Dagalo"), or by an
    alias of several words ("Chiz Escudero" for "Francis Escudero"), is that person: the archive names someone by
    it, the briefings give it to one person only, no other person's name has it as a word, and it is no title of
    office ("Président" given to two presidents joins neither)."""
    given: dict[str, set[tuple[str, str]]] = {}  # an alias -> the identities briefings give it to
    for alias, name in sorted(known_as):
        given.setdefault(alias, set()).add(joins.find(("person", name)))
    named = set(people)
    words_of: dict[str, set[str]] = {}  # a word -> the names that have it
    for person in people:
        for word in person.split():
            words_of.setdefault(word, set()).add(person)
    for alias, identities in sorted(given.items()):
        if len(identities) != 1 or alias not in named or alias in OFFICE_TITLES or len(alias) < 3:
            continue
        if words_of.get(alias, set()) - {alias}:
            continue
        joins.join(("person", alias), identities.pop())


def join_people(
    joins: Joins,
    people: list[str],
    roles: dict[str, set[str]],
    named_in: dict[str, set[str]],
    about: dict[str, set[str]],
) -> None:
    """A surname alone joins the one full name with that surname (or the one with its role); first-name
    variants join, and a short first name its one longer form; a name after an office title is that name;
    a title and a name join the one regnal name of that name, and the same title and name in another
    language ("Pope Francis", "pape François")."""
    plain_names, titled = join_titled(joins, people, roles)
    _join_honorific(joins, plain_names, named_in)
    full: dict[str, set[str]] = {}  # spelling key of the surname -> folded full names
    for name in plain_names:
        words = name.split()
        if len(words) >= 2:
            full.setdefault(spelling(words[-1]), set()).add(name)
    alone = {k: set(v) for k, v in full.items()}  # what a name alone may be: a surname, or a titled name
    for name in titled:  # "Camilla" is "Queen Camilla"
        alone.setdefault(spelling(name.split()[-1]), set()).add(name)
    endings = tuple(sorted({fold(e) for e in reading_words("first_name_endings")}))
    groups = _hyphenated(people)
    by_first: dict[str, list[str]] = {}
    for name in plain_names:
        if len(name.split()) >= 2:
            by_first.setdefault(name.split()[0], []).append(name)
    group_roles = _group_roles(joins, plain_names, roles)
    for same_first in by_first.values():
        _join_middle_names(joins, sorted(same_first), group_roles)
    _join_without_first_name(joins, plain_names, roles, named_in)
    _join_family_name_first(joins, plain_names, roles, named_in)
    for names in full.values():
        ordered = sorted(names)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if _first_names_alike(a.split()[:-1], b.split()[:-1]):
                    joins.join(("person", a), ("person", b))
        for a in ordered:  # a short first name: its one longer form with that surname, if only one
            longer = {
                joins.find(("person", b))
                for b in ordered
                if _short_form_of(a.split(), b.split(), endings) or _part_of_compound(groups.get(a), groups.get(b))
            }
            if len(longer) == 1:
                joins.join(("person", a), longer.pop())
    for name in plain_names:
        words = name.split()
        if len(words) != 1:
            continue
        every = {joins.find(("person", n)) for n in alone.get(spelling(words[0]), ())}
        candidates = every
        if len(every) > 1:  # several people have that surname: the one given the same role, if one is
            said = roles.get(words[0], set())
            candidates = {c for c in every if any(roles.get(n, set()) & said for n in _members(joins, c, alone))}
        if len(every) > 1 and not candidates:  # or the one given a role of two words or more in common
            said_words = _role_words(roles.get(words[0], set()))
            candidates = {
                c
                for c in every
                if any(len(_role_words(roles.get(n, set())) & said_words) >= 2 for n in _members(joins, c, alone))
            }
        if len(every) > 1 and len(candidates) != 1:  # or the one named in briefings about the same place
            here = about.get(words[0], set())
            candidates = {c for c in every if any(about.get(n, set()) & here for n in _members(joins, c, alone))}
        if len(candidates) == 1:  # the surname is one person's in this archive
            joins.join(("person", words[0]), candidates.pop())
    join_misspelt(joins, plain_names, named_in, about)
    join_given_names_transliterated(joins, plain_names, named_in)
    join_given_name_letter_added(joins, plain_names, named_in, about)
    join_rare_name_spelt_apart(joins, plain_names, named_in, about)
    join_given_name_vowels_misspelt(joins, plain_names, named_in, about)
    join_vowels_spelt_apart(joins, plain_names, named_in, about)
    join_same_role_spelt_apart(joins, plain_names, roles, named_in)
    _join_particle_surnames(joins, plain_names, roles)
    _join_given_name_alone(joins, plain_names, alone, roles)
    join_regnal(joins, people)
    join_title_only(joins, people, roles, about)


def _join_honorific(joins: Joins, names: list[str], named_in: dict[str, set[str]]) -> None:
    """A whole name after an honorific that is no part of it ("Sardar Ayaz Sadiq", "Alhaji Musa Bello":
    `honorifics` of site.yml) is that name, when the archive names it so too (two words or more: "Sheikh
    Hasina" keeps her name) and no briefing gives both."""
    every = set(names)
    for name in names:
        rest = _after_honorific(name)
        if rest in every and not named_in.get(name, set()) & named_in.get(rest, set()):
            joins.join(("person", name), ("person", rest))


def _after_honorific(name: str) -> str:
    """A folded name without the honorific it starts with, if it does and two words or more are left; else ""."""
    for honorific in _honorifics():
        if name.startswith(honorific + " ") and len(name.split()) - len(honorific.split()) >= 2:
            return name[len(honorific) + 1 :]
    return ""


@lru_cache(maxsize=1)
def _honorifics() -> tuple[str, ...]:
    """The `honorifics` of every language's site.yml, folded, hyphens read as spaces, longest first."""
    found = {" ".join(fold(h).replace("-", " ").split()) for h in reading_words("honorifics")}
    return tuple(sorted(found, key=lambda h: (-len(h), h)))


def _group_roles(joins: Joins, names: list[str], roles: dict[str, set[str]]) -> dict[tuple[str, str], set[str]]:
    """Each identity the rules so far have made (its root) -> the roles the archive gives any of its names: a
    person called "Chantal Nana Camara" (alias "Chantal Nanaba Camara") in one briefing and by the alias in
    another is given her role under either name."""
    found: dict[tuple[str, str], set[str]] = {}
    for name in names:
        found.setdefault(joins.find(("person", name)), set()).update(roles.get(name, set()))
    return found


def _join_middle_names(joins: Joins, names: list[str], roles: dict[tuple[str, str], set[str]]) -> None:
    """A full name without a middle name or initial is the one full name of its first name that adds it
    ("Lewis Kaplan", "Lewis A. Kaplan"; "Bola Tinubu", "Bola Ahmed Tinubu"; "Ali Bongo", "Ali Bongo Ondimba").
    A whole name dropped needs a role in common too: "Ahmad Massoud" is not his father "Ahmad Shah Massoud".
    Roles are those of each identity (`roles`: root -> roles), under any of its names."""
    for a in names:
        short = a.split()
        longer: dict[tuple[str, str], list[list[str]]] = {}
        for b in names:
            long = b.split()
            if len(long) > len(short) and long[0] == short[0] and _in_order(short, long):
                longer.setdefault(joins.find(("person", b)), []).append(long)
        if len(longer) != 1:
            continue
        root, [long, *_] = longer.popitem()
        added = [w for w in long if w not in short]
        same_role = _role_words(roles.get(joins.find(("person", a)), set())) & _role_words(roles.get(root, set()))
        if all(len(w.rstrip(".")) == 1 for w in added) or same_role:
            joins.join(("person", a), root)


def _join_without_first_name(
    joins: Joins, names: list[str], roles: dict[str, set[str]], named_in: dict[str, set[str]]
) -> None:
    """A full name without its first given name is the one longer full name that ends with it ("Messias
    Bolsonaro", "Jair Messias Bolsonaro"), when the two are given a role in common: a name may drop its
    first given name as it drops a middle one, but a son may bear his father's last names ("Ahmad Shah
    Massoud", "Shah Massoud"), so the role says which. Where a son's name is his own given name before his
    father's whole name ("Mahamat Idriss Déby" and "Idriss Déby"), a role word may still be shared (two
    presidents): a briefing that names both says they are two people, so no briefing may give both. Two
    names left: the words compared through the transliteration table; two such longer names: neither."""
    by_rest: dict[tuple[str, ...], list[str]] = {}  # a name's words but its first -> the names, spelt
    for name in names:
        words = name.split()
        if len(words) >= 3:
            by_rest.setdefault(tuple(spelling(w) for w in words[1:]), []).append(name)
    for name in names:
        words = name.split()
        longer = by_rest.get(tuple(spelling(w) for w in words), []) if len(words) >= 2 else []
        found = {joins.find(("person", b)) for b in longer}
        if len(found) != 1:
            continue
        said = _role_words(roles.get(name, set()))
        if any(named_in.get(name, set()) & named_in.get(b, set()) for b in longer):
            continue  # a father and his son, named side by side
        if said and any(said & _role_words(roles.get(b, set())) for b in longer):
            joins.join(("person", name), found.pop())


def _join_family_name_first(
    joins: Joins, names: list[str], roles: dict[str, set[str]], named_in: dict[str, set[str]]
) -> None:
    """A name is the same words with its last one put first ("Ishikawa Kenji", "Kenji Ishikawa"; "Park Min-jun",
    "Min-jun Park"): the family name first, as Japanese, Chinese, Korean and Hungarian names are written in
    their own order and by some of their press, given last by the rest. Two people may bear each other's names
    ("Thomas Martin", "Martin Thomas", both in articles on France), so the two must be given a role in common (a
    word of four letters or more, through the word tables: "Prime Minister", "Premier ministre"), and no
    briefing may give both."""
    every = set(names)
    for name in names:
        words = name.split()
        other = " ".join(words[-1:] + words[:-1])
        if len(words) < 2 or other == name or other not in every:
            continue
        if named_in.get(name, set()) & named_in.get(other, set()):
            continue
        if _role_words(roles.get(name, set())) & _role_words(roles.get(other, set())):
            joins.join(("person", name), ("person", other))


def _in_order(short: list[str], long: list[str]) -> bool:
    """Whether the words of `short` are words of `long`, in the same order."""
    rest = iter(long)
    return all(word in rest for word in short)


def _join_particle_surnames(joins: Joins, plain_names: list[str], roles: dict[str, set[str]]) -> None:
    """A name that starts with a surname's particle ("von der Leyen", "de Gaulle": `surname_particles` of
    equivalents.yml) is a surname alone: the one full name of the archive that ends with it ("Ursula von der
    Leyen"); several ("Marine" and "Jean-Marie Le Pen" for "Le Pen"): the one given the same role, if one is."""
    by_last: dict[str, list[list[str]]] = {}  # the spelling of a last word -> the names ending with it, spelt
    for name in plain_names:
        spelt = [spelling(w) for w in name.split()]
        by_last.setdefault(spelt[-1], []).append(spelt)
    for name in plain_names:
        words = name.split()
        if len(words) < 2 or words[0] not in SURNAME_PARTICLES:
            continue
        tail = [spelling(w) for w in words]
        ends = [n for n in by_last.get(tail[-1], ()) if len(n) > len(tail) and n[-len(tail) :] == tail]
        longer = [n for n in plain_names if [spelling(w) for w in n.split()] in ends]
        candidates = {joins.find(("person", n)) for n in longer}
        if len(candidates) > 1:
            said = roles.get(name, set())
            candidates = {joins.find(("person", n)) for n in longer if roles.get(n, set()) & said}
        if len(candidates) == 1:
            joins.join(("person", name), candidates.pop())


def _join_given_name_alone(
    joins: Joins, plain_names: list[str], surnames: dict[str, set[str]], roles: dict[str, set[str]]
) -> None:
    """A name alone that is no one's surname in the archive joins the one person whose first given name it
    is ("Tedros", "Tedros Adhanom Ghebreyesus"), when the two are given a role in common (a word of four
    letters or more, through the word tables: "directeur général", "Director-General"). Two people of that
    first name ("Emmanuel Macron", "Emmanuel Moulin"): neither; no role said: nothing."""
    firsts: dict[str, set[str]] = {}  # first given name -> folded full names
    for name in plain_names:
        words = name.split()
        if len(words) >= 2:
            firsts.setdefault(words[0], set()).add(name)
    role_words: dict[tuple[str, str], set[str]] = {}  # identity -> the words of the roles its names are given
    for name in plain_names:
        role_words.setdefault(joins.find(("person", name)), set()).update(_role_words(roles.get(name, set())))
    for name in plain_names:
        if " " in name or spelling(name) in surnames or name not in firsts:
            continue
        candidates = {joins.find(("person", n)) for n in firsts[name]}
        if len(candidates) != 1:
            continue
        root = candidates.pop()
        if _role_words(roles.get(name, set())) & role_words.get(root, set()):
            joins.join(("person", name), root)


def _role_words(roles: Iterable[str]) -> set[str]:
    """The words roles are compared on: four letters or more, through the word tables ("général", "general")."""
    return {word_key(w) for role in roles for w in re.findall(r"[^\W\d_]{4,}", role)}


def _short_form_of(a: list[str], b: list[str], endings: tuple[str, ...]) -> bool:
    """Whether full name `a` is `b` with a first name given short: a known short form ("Bill" for
    "William": the `nicknames` of generator/lang/equivalents.yml), or the start of it, of three letters
    and two fewer at least ("Suni" for "Sunita", "Alex" for "Alexander"), unless what it leaves out is an
    ending that makes another first name (`first_name_endings` in site.yml: "Jean", "Jeanne"; "Paul",
    "Pauline"; "Henri", "Henriette")."""
    if len(a) != len(b) or len(a) < 2 or a == b:
        return False
    shortened = False
    for x, y in zip(a[:-1], b[:-1], strict=True):
        if x == y or variant(x, y):
            continue
        left = y[len(x) :]  # an ending, after the last letter doubled or not: "Jean(n)ette", "Paul-ine"
        other = left in endings or (left[:1] == x[-1:] and left[1:] in endings)
        cut = len(x) >= 3 and len(left) >= 2 and y.startswith(x) and not other
        if not (cut or y in NICKNAMES.get(x, ())):
            return False
        shortened = True
    return shortened


def _hyphenated(people: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """Each folded name (an office title left out) -> its words as written, a hyphenated word as its parts:
    "Samuel-Roger Kamba" -> [("samuel", "roger"), ("kamba",)]."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for name in people:
        written = [tuple(p for p in w.split("-") if p) for w in fold(HONORIFIC.sub("", name)).split()]
        written = [w for w in written if w]
        flat = [p for w in written for p in w]
        table, _, rest = leading_title(flat)
        if table not in ("", "office"):
            continue
        drop = len(flat) - len(rest)  # the title's words, from the front
        kept = []
        for w in written:
            if drop >= len(w):
                drop -= len(w)
                continue
            kept.append(w[drop:])
            drop = 0
        found.setdefault(" ".join(rest), kept)
    return found


def _part_of_compound(a: list[tuple[str, ...]] | None, b: list[tuple[str, ...]] | None) -> bool:
    """Whether name `a` is `b` with one of its hyphenated given names given as one of its parts: "Roger
    Kamba" or "Samuel Kamba" for "Samuel-Roger Kamba". The same surname, the other given names the same."""
    if not a or not b or len(a) != len(b) or len(a) < 2 or a[-1] != b[-1]:
        return False
    cut = [(x, y) for x, y in zip(a[:-1], b[:-1], strict=True) if x != y]
    return len(cut) == 1 and len(cut[0][0]) == 1 and len(cut[0][1]) >= 2 and cut[0][0][0] in cut[0][1]


def _members(joins: Joins, root: tuple[str, str], full: dict[str, set[str]]) -> list[str]:
    return [n for names in full.values() for n in names if joins.find(("person", n)) == root]


def _first_names_alike(a: list[str], b: list[str]) -> bool:
    """The same first names, spelt alike (`variant`), or two short forms of one name ("Bill", "Will")."""
    if len(a) != len(b):
        return False
    return all(
        x == y
        or variant(x, y)
        or bool(NICKNAMES.get(x, frozenset()) & NICKNAMES.get(y, frozenset()))
        or particles_alike(x, y)
        for x, y in zip(a, b, strict=True)
    )


_INITIALS = re.compile(r"^(?:[^\W\d_]\.\s*){2,}(?=[^\W\d_]{2})", re.UNICODE)  # "C. P. ", "J.D." before a surname


def initialled(name: str) -> bool:
    """Whether a person's name gives its given names as initials, two at least, each with its dot ("C. P.
    Radhakrishnan", "J.R.R. Tolkien"): a word of two letters without dots may be a name ("Al", "Bo")."""
    return bool(_INITIALS.match(" ".join(name.split())))


def join_initials(joins: Joins, people: list[str], initials: set[str], named_in: dict[str, set[str]]) -> None:
    """A name whose given names are initials ("C. P. Radhakrishnan", folded "cp radhakrishnan": `initials`) is the
    one full name of the archive with that surname (through the transliteration table) and as many given names,
    each starting with its initial, in order ("Chandrapuram Ponnusamy Radhakrishnan"); never a name a briefing
    gives beside it (two people), and two such names: neither."""
    by_surname: dict[str, list[str]] = {}
    for name in people:
        words = name.split()
        if len(words) >= 3 and name not in initials:
            by_surname.setdefault(spelling(words[-1]), []).append(name)
    for short in sorted(initials):
        words = short.split()
        if len(words) != 2:
            continue
        letters, surname = words
        found = {
            joins.find(("person", long))
            for long in by_surname.get(spelling(surname), ())
            if "".join(w[0] for w in long.split()[:-1]) == letters
            and not named_in.get(short, set()) & named_in.get(long, set()) - {""}
        }
        if len(found) == 1:
            joins.join(("person", short), found.pop())

"""People whose names are spelt two ways: a name from another alphabet, written as each language hears it.

- two full names one letter apart after the same first given name are one, a name from another alphabet
  spelt two ways ("Nursultan Nazarbayev", "Nursultan Nazarbaev"; hyphens and spaces do not count): six
  letters or more, the same first two and last letters, never two names one briefing gives, never a name
  with two such others; a last letter a for e ("Wijesinghe", "Wijesingha": the closing vowel of a name of
  South Asia, which French and English write apart) only with the same first given names, named in
  briefings about a place in common;
- two names the same but for a first given name taken from another alphabet and written two ways are one
  person ("Muhammad Yunus", "Mohammad Yunus"; "Saeed Jafari", "Saïd Jafari"): the rest of the name the same
  through the transliteration table, the given names alike but for their transcription
  (`join_given_names_transliterated`); and so are two names the same but for a first given name written with
  one more letter at its end ("Alexandr", "Alexandru"), a letter that makes no other name
  (`join_given_name_letter_added`);
- two full names two letters apart after the same rare first given name (six letters or more, no third
  person's in the archive) are one person ("Abdourahamane Tiani", "Abdourahamane Tchiani"): the rest five
  letters or more, the same first and last letters, never in one briefing, named about a place in common;
- two full names the same but for the vowels of one word after the first are one person, a word taken from
  another alphabet whose vowels two transcriptions write apart ("Raja Pervez Ashraf", "Raja Pervaiz Ashraf";
  "Ahmed Bartchiret", "Ahmed Barticheret"): the same consonants, four or more, the same first and last
  letters, the vowels one by one alike (`join_vowels_spelt_apart`); an organisation's name too ("Front
  El-Mostaqbal", "front El Moustakbel"; "q" and "k" one sound);
- two names the same but for the vowels of a long first given name, one or two of them written otherwise, are one
  person, a rare name an outlet misspells ("Panduleni", "Pandelini"), its last letter the same ("Roberto",
  "Roberta" are two names) (`join_given_name_vowels_misspelt`);
- two names of one office, the given names transcribed alike and the surnames of the same consonants, their
  vowels placed otherwise ("Mohamed Charfi", "Mohammad Sharif", each head of one electoral authority), are one
  person (`join_same_role_spelt_apart`).
"""

from __future__ import annotations

import re

from generator.lang.folding import edit_distance, fold
from generator.site.identity.countries import country_about
from generator.site.identity.spelling import consonants_spelt, one_edit, plain_letters, skeleton, spelling
from generator.site.identity.unionfind import Joins, join_each_others_only, join_the_one_alike
from generator.site.samewords import word_key
from generator.site.words import reading_words

# Last letters two spellings of a name's closing vowel give ("Rajapaksa", "Rajapakse"): read as one in the key,
# a pair that differs so needs the same first given names and a place in common (`join_misspelt`).
_CLOSING_VOWEL = str.maketrans({"e": "a"})


def join_misspelt(joins: Joins, names: list[str], named_in: dict[str, set[str]], about: dict[str, set[str]]) -> None:
    """Two full names spelt one letter apart after their first given name are one person, a name taken from
    another alphabet and written two ways ("Nursultan Nazarbayev", "Nursultan Nazarbaev"; "Chan-o-cha",
    "Chan-ocha": hyphens and spaces do not count): the first given names the same or spelling variants
    (`variant`: "Anthony", "Antony"; never "Marie", "Maria"), the rest of six letters or more, with the same
    first two letters and the same last one through the transliteration table (an ending makes another name:
    "Sorokin", "Sorokina"; "Rashid", "Rashidi"; "Bourhane" ends as "Burhan"), one letter apart as written or
    through that table. Never two names that one briefing gives (two relatives: "Andrei Kovalenko", "Andrei
    Kovalenco"), nor a name with two such others. A last letter a for e ("Anura Wijesinghe", "Anura
    Wijesingha"), the closing vowel of a name of South Asia that the French and English press write apart,
    is the same name only with the same first given names, as written, named in briefings about a place in
    common (`about`: their first places): "Sorokine" and "Sorokina" are a man and a woman."""
    by_first: dict[tuple[str, str, str], list[str]] = {}  # (first name, rest's first two and last letters)
    for name in names:
        words = name.split()
        rest = spelling("".join(words[1:]))  # "Bourhane" ends as "Burhan" does: in n
        if len(words) >= 2 and len(rest) >= 6:
            by_first.setdefault((skeleton(words[0]), rest[:2], rest[-1].translate(_CLOSING_VOWEL)), []).append(name)
    rests = {n: "".join(n.split()[1:]) for group in by_first.values() for n in group}

    def misspelt(a: str, b: str) -> bool:
        one = one_edit(rests[a], rests[b]) or one_edit(spelling(rests[a]), spelling(rests[b]))
        if spelling(rests[a])[-1] != spelling(rests[b])[-1]:  # the closing vowel written apart
            one = one and a.split()[:-1] == b.split()[:-1] and bool(about.get(a, set()) & about.get(b, set()))
        return one and not named_in.get(a, set()) & named_in.get(b, set())

    for group in by_first.values():
        join_the_one_alike(joins, "person", group, misspelt)


def join_given_names_transliterated(joins: Joins, names: list[str], named_in: dict[str, set[str]]) -> None:
    """Two names the same but for a first given name taken from another alphabet and written two ways are one
    person ("Muhammad Yunus", "Mohammad Yunus"; "Najib Mikati", "Nagib Mikati"; "Waker-uz-Zaman",
    "Waqar-uz-Zaman"; "Chalva", "Shalva"): the rest of the name the same (words or hyphenated parts, through the
    transliteration table), the given names alike as `_transcribed_alike` reads them once the table's consonant
    spellings are one; never two names one briefing gives, nor a name with two such others."""
    by_rest: dict[tuple[str, ...], list[str]] = {}
    first: dict[str, str] = {}  # a name -> its first given name
    for name in names:
        parts = re.split(r"[\s-]+", name)
        rest = tuple(spelling(p) for p in parts[1:])
        if len(parts) >= 2 and len("".join(rest)) >= 4:
            by_rest.setdefault(rest, []).append(name)
            first[name] = parts[0]

    def transcribed(a: str, b: str) -> bool:
        x, y = (consonants_spelt(first[n]) for n in (a, b))
        return _transcribed_alike(x, y) and not named_in.get(a, set()) & named_in.get(b, set())

    for group in by_rest.values():
        join_the_one_alike(joins, "person", group, transcribed)


_LETTER_ADDED_FROM = 5  # a shorter first name says too little ("Jan", "Petr")


def join_given_name_letter_added(
    joins: Joins, names: list[str], named_in: dict[str, set[str]], about: dict[str, set[str]]
) -> None:
    """Two names the same but for a first given name written with one more letter at its end are one person, a
    name from another alphabet that outlets close two ways ("Alexandr", "Alexandru", Russian and Romanian
    spellings of one Moldovan; "Arvin", "Arvind"; "Govin", "Govind"): the shorter of five letters or more, the
    rest of the name the same (through the transliteration table), the added letter none that makes another
    name (`first_name_letters` of site.yml: "Louise", "Jana", "Andreas"), never two names one briefing gives,
    named in briefings about a place in common (a capital standing for its country), and never a name with two
    such others."""
    endings = frozenset(fold(w) for w in reading_words("first_name_letters"))
    by_rest: dict[tuple[str, ...], list[str]] = {}
    for name in names:
        words = name.split()
        if len(words) >= 2 and len(words[0]) >= _LETTER_ADDED_FROM:
            by_rest.setdefault(tuple(spelling(w) for w in words[1:]), []).append(name)

    def letter_added(a: str, b: str) -> bool:
        short, long = sorted((a.split()[0], b.split()[0]), key=len)
        if len(long) != len(short) + 1 or not long.startswith(short) or long[-1] in endings:
            return False
        if named_in.get(a, set()) & named_in.get(b, set()):
            return False
        return _about_alike(about.get(a, set()), about.get(b, set()))

    for group in by_rest.values():
        join_each_others_only(joins, "person", group, letter_added)


# Letters that two transcriptions of one sound write apart: "q" and "k" (Arabic qaf: "Waqar", "Waker"), "g" and "j"
# (the Egyptian "Gamal" of "Jamal", inside a name: "Nagib", "Najib").
_SAME_SOUND = str.maketrans({"q": "k", "g": "j"})

# Vowels that two transcriptions of one vowel write apart ("Mohammed", "Muhammad"; "Hamed", "Hamid"), each pair
# A to Z; "a" and "i" are two names ("Jamal", "Jamil").
_SAME_VOWEL = frozenset({("a", "e"), ("e", "i"), ("o", "u"), ("ou", "u"), ("o", "ou")})


# The long i that English writes "ee" and French "i" ("Saeed", "Saïd"; "Fareed", "Farid"; "Waleed", "Walid").
_LONG_I = ("ee", "i")


# A "c" before e, i or y is read "s" (French "Youcef", English "Yousef"); a "y" that opens a name before a vowel is a
# consonant ("Yosef": y, s, f), written here in capitals, which no vowel pattern takes.
_SOFT_C = re.compile("c(?=[eiy])")
_OPENING_Y = re.compile("^y(?=[aeiou])")


def _transcribed_alike(x: str, y: str) -> bool:
    """Whether two given names are one name from another alphabet, transcribed two ways: the same letters once
    English "ee" is read "i" ("Saeed", "Saïd"); or the same first and last letters and the same consonants (h
    silent, a doubled letter one, "q" as "k", "g" as "j", a soft "c" as "s", an opening "y" before a vowel a
    consonant), three or more (an h between two vowels counting: "Zouhair" has three), and their vowel sounds one
    by one the same or transcriptions of one (`_SAME_VOWEL`, "ai" and "ei" as "e": `_VOWEL_READ`): "Mohammed",
    "Muhammad"; "Waqar", "Waker"; "Youcef", "Yosef"; "Zouhair", "Zouheir"; not "Mahmoud", "Mohamed" (a vowel
    more), "Jamal", "Jamil". Vowels alone never tell a name with fewer consonants ("Louis", "Luis" are two names)
    nor one that ends otherwise ("Maria", "Mario")."""
    x, y = (_OPENING_Y.sub("Y", _SOFT_C.sub("s", w.translate(_SAME_SOUND).replace(*_LONG_I))) for w in (x, y))
    if x == y:  # one spelling of each sound: "Saeed", "Saïd" however few their consonants
        return True
    if x[:1] != y[:1] or x[-1:] != y[-1:]:
        return False
    consonants = [_consonants(w) for w in (x, y)]
    vowels = [re.findall("[aeiouy]+", w) for w in (x, y)]  # counted with the h between them: "Mahmoud" has two
    if consonants[0] != consonants[1] or len(vowels[0]) != len(vowels[1]):
        return False
    if len(_sounded(x)) < 3:
        return False
    return all(
        _vowel_read(a) == _vowel_read(b) or tuple(sorted((a, b))) in _SAME_VOWEL for a, b in zip(*vowels, strict=True)
    )


def _sounded(word: str) -> str:
    """A given name's consonants, an h between two vowels counting as one ("zouhair" -> "zhr"): the Arabic h that
    both transcriptions write, unlike the silent h of "Mohammed", "Muhamad", which `_consonants` leaves out."""
    return re.sub("[aeiouy]", "", re.sub(r"(.)\1+", r"\1", re.sub("h(?![aeiouy])|(?<![aeiouy])h", "", word)))


def _vowel_read(vowel: str) -> str:
    """A vowel spelling as `_VOWEL_READ` reads it ("ai", "ei" -> "e")."""
    return next((read for spelt, read in _VOWEL_READ if vowel == spelt), vowel)


def join_rare_name_spelt_apart(
    joins: Joins, names: list[str], named_in: dict[str, set[str]], about: dict[str, set[str]]
) -> None:
    """Two full names two letters apart after the same rare first given name are one person, a name from
    another alphabet that two languages write their own way ("Abdourahamane Tiani", "Abdourahamane Tchiani"):
    the first given name six letters or more and no other person's in the archive (a rare name is one man's),
    the rest five letters or more with the same first and last letters, two letters added, left out or
    changed at most, as written or through the transliteration table; never two names one briefing gives, and
    named in briefings about a place in common (their first place)."""
    by_first: dict[str, list[str]] = {}  # a first given name -> the full names that start with it
    for name in names:
        if len(name.split()) >= 2:
            by_first.setdefault(name.split()[0], []).append(name)
    for first, bearing in sorted(by_first.items()):
        bearers: dict[tuple[str, str], list[str]] = {}
        for name in bearing:
            bearers.setdefault(joins.find(("person", name)), []).append(name)
        if len(first) < 6 or len(bearers) != 2:
            continue
        a, b = bearers.values()
        for x in a:
            for y in b:
                rx, ry = "".join(x.split()[1:]), "".join(y.split()[1:])
                if min(len(rx), len(ry)) < 5 or rx[0] != ry[0] or rx[-1] != ry[-1]:
                    continue
                if named_in.get(x, set()) & named_in.get(y, set()) or not about.get(x, set()) & about.get(y, set()):
                    continue
                if edit_distance(rx, ry) <= 2 or edit_distance(spelling(rx), spelling(ry)) <= 2:
                    joins.join(("person", x), ("person", y))


_MISSPELT_FROM = 6  # letters of a given name whose vowels may be misspelt: shorter, a vowel makes another name
_MISSPELT_VOWELS = 2  # vowels written otherwise, at most


def join_given_name_vowels_misspelt(
    joins: Joins, names: list[str], named_in: dict[str, set[str]], about: dict[str, set[str]]
) -> None:
    """Two names the same but for one or two vowels of a long first given name are one person, a rare name an outlet
    hears or types otherwise ("Panduleni Itula", "Pandelini Itula"; "Katarina", "Katerina"): the rest of the name the
    same (through the transliteration table), the given names of six letters or more and as many, their consonants
    the same in the same places (four or more: "Jamal", "Jamil" are two names), the same first and last letters (an
    ending makes another name: "Roberto", "Roberta"), one or two vowels apart; never two names one briefing gives,
    named in briefings about a place in common (a capital standing for its country), and never a name with two such
    others. Where `join_given_names_transliterated` needs two transcriptions of one vowel (o/u, a/e), this one takes
    any vowel, and asks a longer name."""
    by_shape: dict[tuple[str, ...], list[str]] = {}  # (the given name's consonants by place, the rest) -> the names
    for name in names:
        words = name.split()
        first = words[0] if len(words) >= 2 else ""
        if len(first) >= _MISSPELT_FROM and len(_consonants(first)) >= _MIN_CONSONANTS:
            shape = re.sub("[aeiouy]", "_", first[1:-1])
            by_shape.setdefault((first[0], shape, first[-1], *(spelling(w) for w in words[1:])), []).append(name)

    def misspelt(a: str, b: str) -> bool:
        x, y = a.split()[0], b.split()[0]
        if not 0 < sum(u != v for u, v in zip(x, y, strict=True)) <= _MISSPELT_VOWELS:
            return False
        if named_in.get(a, set()) & named_in.get(b, set()):
            return False
        return _about_alike(about.get(a, set()), about.get(b, set()))

    for group in by_shape.values():
        if len(group) >= 2:
            join_each_others_only(joins, "person", group, misspelt)


# Vowel spellings two transcriptions give one vowel sound, besides `_SAME_VOWEL`: "ai" and "ei" for "e" ("Pervaiz",
# "Pervez"; "Hussein", "Hussen"), "ee" for "i" (`_LONG_I`).
_VOWEL_READ = (("ai", "e"), ("ei", "e"), _LONG_I)
_MIN_CONSONANTS = 4  # fewer, and a vowel tells two names apart ("Karimi", "Karami"; "Hassan", "Hussein")


def join_vowels_spelt_apart(
    joins: Joins, names: list[str], named_in: dict[str, set[str]], about: dict[str, set[str]], kind: str = "person"
) -> None:
    """Two full names the same but for the vowels of one word after the first given name are one person: a
    name taken from another alphabet, whose vowels the French and English press, or two outlets, transcribe
    apart ("Raja Pervez Ashraf", "Raja Pervaiz Ashraf"; "Ahmed Bartchiret", "Ahmed Barticheret"). That word
    keeps its consonants (h silent, a doubled letter one), four or more, and its first and last letters
    ("Martin", "Martine" are two names); between two consonants, the vowels are the same, two transcriptions
    of one (o/u, a/e, e/i, ai/e, ee/i), or one vowel added ("tch", "tich"), two such places at most. Never two
    names one briefing gives, named in briefings about a place in common (a capital stands for its country),
    and never a name with two such others. Of `kind`: an organisation's name may hold a word taken so too
    ("Front El-Mostaqbal", "front El Moustakbel": "q" and "k" one sound)."""
    by_shape: dict[tuple[str, ...], list[str]] = {}  # the words, one of them as its consonants -> the names
    shapes: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        words = name.split()
        for i in range(1, len(words)):
            consonants = _consonants(words[i])
            if len(consonants) >= _MIN_CONSONANTS:
                shape = (*words[:i], "#" + consonants, *words[i + 1 :])
                by_shape.setdefault(shape, []).append(name)
                shapes.setdefault(name, []).append(shape)

    def spelt_apart(a: str, b: str) -> bool:
        if named_in.get(a, set()) & named_in.get(b, set()) or not _about_alike(
            about.get(a, set()), about.get(b, set())
        ):
            return False
        x, y = a.split(), b.split()
        if len(x) != len(y):
            return False
        apart = [(u, v) for u, v in zip(x, y, strict=True) if u != v]
        return len(apart) == 1 and _vowels_alike(*apart[0])

    for group in by_shape.values():
        if len(group) >= 2:
            join_the_one_alike(joins, kind, group, spelt_apart)


_SAME_ROLE = 3  # words of four letters or more two roles share: one office of one body ("head of the ... authority")


def join_same_role_spelt_apart(
    joins: Joins, names: list[str], roles: dict[str, set[str]], named_in: dict[str, set[str]]
) -> None:
    """Two names of a given name and a surname are one person when the given names are one name transcribed two
    ways (`_transcribed_alike`), the surnames keep the same consonants in the same order (three or more, through
    the transliteration table: "ch" and "sh" one, h silent) with the same first letter, though their vowels fall
    elsewhere (an Arabic name's short vowels are not written: "Charfi", "Sharif"), and the archive gives the two
    the same office (three words of four letters or more in common through the word tables: "head of the
    Independent National Authority of Elections", "head of the National Independent Election Authority"). Never
    two names one briefing gives, never a name with two such others; a namesake of another office or another
    given name ("Mohamed Cherif", a candidate) stays apart."""
    by_shape: dict[tuple[str, str], list[str]] = {}  # (the surname's first letter and consonants) -> the names
    for name in names:
        words = name.split()
        if len(words) == 2 and roles.get(name):
            surname = spelling(words[1])
            if len(_consonants(surname)) >= 3:
                by_shape.setdefault((surname[0], _consonants(surname)), []).append(name)

    def role_words(name: str) -> set[str]:
        return {word_key(w) for role in roles.get(name, set()) for w in re.findall(r"[^\W\d_]{4,}", role)}

    def same_office(a: str, b: str) -> bool:
        x, y = (consonants_spelt(n.split()[0]) for n in (a, b))
        if named_in.get(a, set()) & named_in.get(b, set()) or not _transcribed_alike(x, y):
            return False
        return len(role_words(a) & role_words(b)) >= _SAME_ROLE

    for group in by_shape.values():
        if len(group) >= 2:
            join_the_one_alike(joins, "person", group, same_office)


def _about_alike(a: set[str], b: set[str]) -> bool:
    """Whether briefings about places `a` and briefings about places `b` are about a place in common, a capital
    standing for its country ("Islamabad", "Pakistan": `country_about`)."""
    if a & b:
        return True
    countries = {country_about(p) for p in a} - {None}
    return bool(countries & ({country_about(p) for p in b} - {None}))


def _consonants(word: str) -> str:
    """A word's consonants, in order: h silent, a doubled letter one, "q" as "k" (Arabic qaf) ("bartchiret" ->
    "brtcrt")."""
    return re.sub("[aeiouy]", "", plain_letters(word.replace("q", "k")))


def _vowels_alike(x: str, y: str) -> bool:
    """Whether two words of the same consonants differ only as two transcriptions of their vowels (see
    `join_vowels_spelt_apart`): the same first and last letters, two places at most whose vowels differ."""
    if x[:1] != y[:1] or x[-1:] != y[-1:]:
        return False
    slots = [re.split("[^aeiouy]", plain_letters(w)) for w in (x, y)]
    if len(slots[0]) != len(slots[1]):
        return False
    differ = 0
    for u, v in zip(*slots, strict=True):
        for spelt, read in _VOWEL_READ:
            u, v = (read if w == spelt else w for w in (u, v))
        if u == v:
            continue
        differ += 1
        if not ("" in (u, v) and len(u + v) == 1 or tuple(sorted((u, v))) in _SAME_VOWEL):
            return False
    return differ <= 2

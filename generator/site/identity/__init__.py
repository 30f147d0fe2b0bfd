"""One identity per real-world entity across the archive, from the names the briefings give.

Each briefing names its participants and places on its own: "Aznar" in one, "José María Aznar" in
another, "Otan" here and "NATO" there. The site gives each real entity one page, so these names are
joined, by rules a reader can check, each module's docstring listing its own:

- identities.py: `identify`, the entry point (what a briefing names: `Mention`; a hand correction:
  `Correction`; the result: `Identities`), the order the rules run in, an organisation and a place of one
  name, hand corrections;
- unionfind.py: the union-find the names are joined in, which refuses what a hand correction keeps apart;
- names.py: the key names are joined on (case, accents, honorifics, initials) and the equivalents table;
- spelling.py: transliterations and spelling variants names are compared through;
- countries.py: which country a name says;
- people.py: a surname alone, first names, middle names, nicknames; misspelt.py: a person's name spelt
  two ways; titles.py: offices, sovereigns and nobles, a title alone, regnal numbers;
- acronyms.py: an acronym and its expansion, given or named alone; institutions.py: one country's
  institutions and parliaments; organisations.py: organisations named by translated words, a short form,
  without a kind word, one word more;
- places.py: places in another order or spelling, landmarks, compass words, a country added.

A hand correction in a briefing's front matter (`identities`, see docs/methode.md) is stronger than all
of these: its `aliases` are joined to its name whatever the rules say, and no rule ever joins its name to
a name of its `not_same_as`.
"""

from generator.site.identity.identities import Correction, Identities, Mention, identify
from generator.site.identity.places import is_landmark
from generator.site.identity.titles import named_by_title

__all__ = ["Correction", "Identities", "Mention", "identify", "is_landmark", "named_by_title"]

"""Name data that no one language owns: an article in any language names people from everywhere.

Given names, the surname particles of other languages ("von der Leyen", "bin Salman") and the
buildings that stand for a government under one spelling everywhere ("Kremlin") are read by the
entity extractor for every text, whatever its language; each language's own words are in its folder.
"""

from __future__ import annotations

from generator.lang.record import words

# Surname particles of languages we do not read ("Ursula von der Leyen", "Mohammed bin Salman"): they join a
# name's words like "de" does in French.
PARTICLES = words("von van der den di da dos del della bin ben ibn al el")
# Particles met only inside a surname, never joining two names ("Van den Berg", "ter Horst").
SURNAME_ONLY_PARTICLES = words("ter ten das")

# Articles and kin words glued by a hyphen to an Arabic or Hebrew name, written in lower case: "al-Assad",
# "ben-Gvir", "Abu-Mazen". The name is the word after them.
GLUED_PREFIXES = words("al el ad ar as ash at az an bin ibn abu abd ben")

# Buildings and places that stand for an institution, spelt the same in every language we read.
INSTITUTIONS = words("Kremlin Vatican Zhongnanhai Bundeskanzleramt")

# Organisations, parliaments and news agencies that go by one name in every language: a name holding one
# is an organisation ("Sinn Fein", "la Knesset").
ORGANISATIONS = words(
    "Gestapo Hamas Hezbollah Talibans Taliban Unesco Unicef Interpol Europol Frontex Sinn Fein Douma Knesset "
    "Bundestag Reuters Bloomberg"
)

# Legal forms of companies under laws we do not read: a name holding one is an organisation ("Siemens AG").
LEGAL_FORMS = words("GmbH AG SpA")

# Given names of countries whose births neither record of `givennames.txt` counts (the United States' census,
# France's registers: see generator/lang/givennames.py), which the news names often; a name those records or the
# nicknames table (equivalents.yml) hold is not written again here.
GIVEN_NAMES = words(
    "Abdullah Hussein Muhammad Mahmoud Sergei Sergueï Nikolai Alexei Gerhard Helmut Wolfgang Hans Jürgen Klaus "
    "Silvio Romano Xi Li Wen Hu Shinzo Narendra Recep Ariel Shimon Ehud Mao Deng Zhou Jiang Barack"
)

# News agencies, named in a dateline: "PARIS (AFP) -".
NEWS_AGENCIES = words("AFP Reuters AP Belga ATS")
# Picture agencies and photo libraries, named in a picture's credit under its caption ("(Jane Roe/AFP via Getty
# Images)", "... le 23 août. KEYSTONE"), never in a story's own wire credit: the agencies that sell press photographs
# (Wikipedia's "List of photo agencies"), the stock libraries, and the pool of photographers a summit admits.
PICTURE_AGENCIES = words(
    "Getty_Images Getty Keystone Shutterstock Alamy iStock iStockphoto Unsplash Pexels Pixabay Adobe_Stock EPA "
    "EPA-EFE Sipa Sipa_Press Abaca Abacapress MaxPPP Hans_Lucas Magnum Gamma Gamma-Rapho Rapho Corbis Panoramic "
    "Bestimage Hollandse_Hoogte picture_alliance Imago Pool"
)
# Wire services that carry companies' and institutions' press releases, named after the release's dateline:
# "CHICAGO, Oct. 14, 2021 (GLOBE NEWSWIRE) --", "MONTRÉAL, le 29 mai 2017 /CNW Telbec/ -".
PRESS_WIRES = words(
    "GLOBE_NEWSWIRE GlobeNewswire PRNewswire PR_Newswire Business_Wire CNW CNW_Telbec ACCESSWIRE "
    "Marketwired EQS_Newswire"
)

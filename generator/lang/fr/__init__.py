"""French: the data of the extractors (`language.py`, read by `generator.lang.language("fr")`).

Importing this package loads nothing: the site imports its page labels without the extractors' words.
"""

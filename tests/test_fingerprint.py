import re

from generator import __version__
from generator.fingerprint import generator_version


def test_version_is_the_release_plus_a_hash_of_the_content_code():
    version = generator_version()
    assert re.fullmatch(rf"{re.escape(__version__)}\+[0-9a-f]{{8}}", version)
    assert generator_version() == version  # stable within a process

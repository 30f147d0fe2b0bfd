"""Fast paths for reading briefing pages: the same results as the general readers, for the pages that need
nothing more, and None (or False) whenever the general reader must decide.

The site reads the front matter of every briefing on every build. Two steps of the general readers cost
more than the rest of it, and both have a fast path that gives exactly their result on ordinary pages:

- **YAML.** libyaml parses in C, but PyYAML builds the Python values in Python, node by node, through
  a general constructor (tags, anchors, merge keys, recursion guards). A briefing's front matter holds
  only mappings, lists, strings and a few plain scalars: `front_matter` builds those itself from the
  nodes libyaml composed (the same resolver gives the same tags) and calls the safe constructor for
  the other plain scalars (dates, numbers, booleans, null). Anything else (an alias, a merge key, any
  other tag, a key that is a list, an error) gives None: the caller reads the page with
  briefingpage.read_page, which accepts or rejects it with its reason and line.
- **Unsafe characters.** safetext's check for the characters `clean` removes is one character class
  that also lists the noncharacters of the sixteen astral planes; a class with astral ranges is ten
  times slower to scan than one within the Basic Multilingual Plane. `is_clean` scans with the plane's
  part of the class, and with the whole class only a text that holds an astral character.
"""

from __future__ import annotations

import html
import re
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

# Their own patterns, not copies: the fast path must cut and judge exactly as they do.
from generator.frontmatter import _FRONT_MATTER, MAX_BYTES
from generator.safetext import _ESCAPE, clean

# libyaml's loader; without it (a PyYAML built without libyaml), there is no fast path.
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", None)
_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
# The plain scalars the safe constructor turns into other values than strings: left to it.
_PLAIN = frozenset(f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "timestamp"))
# The characters of the Basic Multilingual Plane that safetext.clean removes (tests/site/test_site_fastread.py
# checks it against safetext's class, character by character), and any astral character.
_UNSAFE_IN_PLANE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class _Unusual(Exception):
    """A node the fast path does not build: the general reader decides."""


def front_matter(text: str) -> tuple[dict[str, Any], str] | None:
    """What frontmatter.split_front_matter gives for the page's text (title unescaped), with the block it was
    read from (its "---" lines included), when the front matter is an ordinary mapping; None for anything
    the general reader must judge (see the module's docstring)."""
    match = _FRONT_MATTER.match(text) if _SAFE_LOADER is not None and text.startswith("---") else None
    if match is None:
        return None
    source = match.group(1) or ""
    # Over a quarter of the limit in characters may be over it in bytes; an asterisk may be an alias.
    if len(source) > MAX_BYTES // 4 or "*" in source:
        return None
    loader = _SAFE_LOADER(source)
    try:
        node = loader.get_single_node()
        data = {} if node is None else _value(node, loader)
    except (_Unusual, yaml.YAMLError, TypeError, ValueError, OverflowError, RecursionError):
        return None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        return None
    if isinstance(data.get("title"), str):
        data["title"] = html.unescape(data["title"])
    return data, match.group(0)


def _value(node: Node, loader: Any) -> Any:
    """The value the safe constructor makes of `node`, for mappings, lists and scalars of the usual tags."""
    tag, kind = node.tag, type(node)
    if kind is ScalarNode:
        if tag == _STR:
            return node.value
        if tag in _PLAIN:
            return loader.construct_object(node)
    elif kind is MappingNode and tag == _MAP:
        mapping = {}
        for key_node, value_node in node.value:
            key = _value(key_node, loader)
            mapping[key] = _value(value_node, loader)  # TypeError for an unhashable key: the general reader's
        return mapping
    elif kind is SequenceNode and tag == _SEQ:
        return [_value(item, loader) for item in node.value]
    raise _Unusual(tag)


def is_clean(text: str) -> bool:
    """True when safetext.clean leaves `text` as it is."""
    if _UNSAFE_IN_PLANE.search(text) is not None:
        return False
    return _ASTRAL.search(text) is None or clean(text) == text  # an astral character: the whole class


def may_need_cleaning_fast(serialised: str) -> bool:
    """safetext.may_need_cleaning's answer, faster on text without astral characters."""
    if _ESCAPE.search(serialised) is not None:
        return True
    return not is_clean(serialised)

"""People's names across articles: given names and their short forms, peerage and
regnal forms, and the key a name is known by.

"Vince Cable" and "Vincent Cable" are one name (the shipped table of short forms,
data/hypocorisms.tsv); "Lord Goldsmith" is a name of its own, so its key keeps the
title ("lord goldsmith"), where "Lord Peter Goldsmith" is "peter goldsmith".
"""

from functools import lru_cache

from quotes.extraction.givennames import FEMALE_NAMES, MALE_NAMES
from quotes.extraction.names import alias_key, fold

from .tables import formal_given_names, formal_names

# Titles that make a name with one word after them a name of its own: a peer is
# "Lord Goldsmith", a pope "Pope Francis", a princess "Princess Ubolratana".
PEERAGE = frozenset(
    "lord lady baron baroness viscount viscountess earl countess marquess duke duchess".split()
)
REGNAL = frozenset("pope king queen prince princess emperor empress sultan emir".split())


@lru_cache(maxsize=16384)
def given_forms(word: str) -> frozenset[str]:
    """A given name and the formal names it is short for: "vince" -> {"vince",
    "vincent"}; "vincent" -> {"vincent"}."""
    word = fold(word).rstrip(".")
    return frozenset({word}) | formal_given_names().get(word, frozenset())


def same_given_name(a: str, b: str) -> bool:
    """Whether two given names can be one person's: equal, an initial of the other,
    or one a short form of the other (or both of one formal name)."""
    a, b = fold(a).rstrip("."), fold(b).rstrip(".")
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return not given_forms(a).isdisjoint(given_forms(b))


@lru_cache(maxsize=16384)
def is_given_name(word: str) -> bool:
    """A common given name or a short form of one ("Bernie", "Vince", "Narendra")."""
    key = fold(word).rstrip(".")
    if "-" in key:  # "Jean-Jacques": its first part
        key = key.split("-", 1)[0]
    return (
        key in MALE_NAMES
        or key in FEMALE_NAMES
        or key in formal_given_names()
        or key in formal_names()
    )


def titled_form(words: list[str]) -> bool:
    """Whether `words` are a peerage or regnal title and one name: "Lord Goldsmith",
    "Pope Francis" (not "Lord Peter Goldsmith", not "Lady Melania Trump")."""
    if len(words) < 2:
        return False
    title = fold(words[0]).rstrip(".")
    rest = words[1:]
    if title not in PEERAGE | REGNAL:
        return False
    if title in PEERAGE and is_given_name(rest[0]) and len(rest) > 1:
        return False
    # "Lord Smith of Finsbury": a territorial designation belongs to the title.
    return len(rest) == 1 or (len(rest) >= 3 and rest[1] == "of")


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """The key a name is known by: `alias_key`, except that a peerage or regnal form
    keeps its title ("Lord Goldsmith" -> "lord goldsmith", not "goldsmith", which is
    any Goldsmith)."""
    words = name.split()
    if titled_form(words):
        return " ".join(filter(None, (alias_key(words[0]), alias_key(" ".join(words[1:])))))
    return alias_key(name)


def surname_of(key: str) -> str:
    """The last word of a key: "lord goldsmith" -> "goldsmith"."""
    return key.rsplit(" ", 1)[-1]

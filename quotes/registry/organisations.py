"""Organisations across articles: one record per body, whatever it is called.

"EU" and "European Union", "The Fed" and "US Federal Reserve" are one organisation
when the shipped table (data/organisations.tsv) or the article itself ("the United
States Geological Survey (USGS)") pairs them. A country before the name qualifies it:
"US EPA" and "China's EPA" are two agencies, and a record of one country never takes
a name qualified by another.
"""

import re

from quotes.extraction.names import alias_key

from .tables import countries, organisations


def without_determiner(name: str) -> str:
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].casefold() == "the" else name


def split_country(name: str) -> tuple[str, str]:
    """(country code, the name after it) for a country-qualified name: "China's EPA"
    -> ("CN", "EPA"), "U.S. Geological Survey" -> ("US", "Geological Survey");
    ("", name) when no country comes first, or when what follows would not be a name
    by itself ("American Airlines", "British Airways")."""
    words = without_determiner(name).split()
    table = countries()
    for length in (3, 2, 1):
        if len(words) <= length:
            continue
        code = table.get(" ".join(words[:length]).casefold())
        if code:
            rest = words[length:]
            if len(rest) >= 2 or rest[0].isupper() or alias_key(rest[0]) in organisations():
                return code, " ".join(rest)
            return "", name
    return "", name


def identity(name: str) -> tuple[str, str]:
    """(key, country) that every name of one organisation shares: "The Fed", "US
    Federal Reserve" -> ("federal reserve", "US"); "China's EPA" -> ("epa", "CN");
    a name the table does not know is its own alias key, less its country."""
    name = without_determiner(name)
    listed = organisations().get(alias_key(name))
    if listed:
        return alias_key(listed[0]), listed[1]
    country, base = split_country(name)
    key = alias_key(base)
    listed = organisations().get(key)
    if listed and (not country or not listed[1] or listed[1] == country):
        return alias_key(listed[0]), country or listed[1]
    return key, country


def identity_key(name: str) -> str:
    key, country = identity(name)
    return f"{key} @{country}" if country else key


def countries_compatible(a: set[str], b: set[str]) -> bool:
    """Two sets of countries a record or a cluster was qualified by: one body unless
    both name a country and none in common."""
    return not a or not b or not a.isdisjoint(b)


_NAME_WORD = r"(?:[A-Z][\w.&'’-]*|of|for|and|the|on|de)"
_PAIRED = re.compile(rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,9}})\s+\(([A-Z][A-Za-z&.]{{1,9}})\)")
_SMALL = frozenset("of for and the on de".split())


def acronym_pairs(text: str) -> dict[str, str]:
    """The acronyms an article introduces, as alias keys of both names: "United States
    Geological Survey (USGS)" -> {"usgs": "United States Geological Survey", "united
    states geological survey": "USGS"}. Only where the acronym's letters are the
    initials of the name's words (with or without the small ones)."""
    pairs: dict[str, str] = {}
    for match in _PAIRED.finditer(text or ""):
        words, acronym = match.group(1).split(), match.group(2)
        letters = re.sub(r"[^A-Za-z]", "", acronym).casefold()
        for start in range(len(words)):
            tail = words[start:]
            if tail[0] in _SMALL:
                continue
            full = "".join(w[0] for w in tail).casefold()
            big = "".join(w[0] for w in tail if w not in _SMALL).casefold()
            if letters in (full, big):
                name = " ".join(tail)
                pairs[alias_key(acronym)] = name
                pairs[alias_key(name)] = acronym
                break
    return pairs

"""Close matches between alias keys: transliteration variants of one name.

Everything here works on alias keys (`quotes.extraction.names.alias_key`), which are
already case-folded, accent-free and without honorifics.
"""

import re

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from quotes.extraction.names import HONORIFICS

# How alike two organisation names must be (rapidfuzz ratio, 0-100) to be one speaker.
ORGANISATION_THRESHOLD = 92
# How many edits two surnames may differ by once their spelling is folded.
SURNAME_MAX_EDITS = 2

# Spellings that differ only by transliteration: Volodymyr/Wolodymyr, Zelenskyy/
# Zelenskiy, Mikhail/Mihail, Gadhafi/Gaddafi, Qaddafi/Kaddafi, Carl/Karl, and the
# German and French ways with Cyrillic: Klitschko/Klychko, Kouznetsov/Kuznetsov.
_FOLDS = [
    ("tsch", "ch"),
    ("sch", "sh"),
    ("ou", "u"),
    ("ph", "f"),
    ("kh", "h"),
    ("dh", "d"),
    ("w", "v"),
    ("q", "k"),
    ("c", "k"),
    ("y", "i"),
]
_DOUBLED = re.compile(r"(.)\1+")
# Letters that stand for one sound at the start of a name in different alphabets.
_INTERCHANGEABLE_INITIALS = frozenset("gk")

# Lower-case words that belong inside names: "Ursula von der Leyen", "Bashar al-Assad".
PARTICLES = frozenset("de da di del della der den van von la le du dos das bin ibn al el".split())
# And inside organisations' names: "Ministry of Defence", "Doctors for Peace".
CONNECTORS = frozenset("of for and on the".split())
PRONOUNS = frozenset("i me we us you he him she her it they them one who".split())


def skeleton(key: str) -> str:
    """A key with transliteration differences folded away: "zelenskyy" -> "zelenski"."""
    for old, new in _FOLDS:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", key)


def surname(key: str) -> str:
    return key.rsplit(" ", 1)[-1]


def given_names(key: str) -> str:
    """The words before the surname, less middle initials: "donald j trump" -> "donald";
    "pedro silva costa" -> "pedro silva" (not a close match of "pedro costa")."""
    words = key.split()[:-1]
    return " ".join(words[:1] + [word for word in words[1:] if len(word) > 1])


def surnames_close(a: str, b: str) -> bool:
    """Whether two surname skeletons can be spellings of one name.

    Equal, or (both at least five letters) within two edits sharing their first four
    letters (Zelenski/Zelenskii), or equal after an initial G/K (Gadafi/Kadafi).
    """
    if a == b:
        return True
    if min(len(a), len(b)) < 5:
        return False
    if a[1:] == b[1:] and {a[0], b[0]} <= _INTERCHANGEABLE_INITIALS:
        return True
    return a[:4] == b[:4] and Levenshtein.distance(a, b) <= SURNAME_MAX_EDITS


def closest_surnames(target: str, surnames: dict[str, set[int]]) -> set[int]:
    """Speakers whose surname skeleton is closest to `target` and close enough."""
    candidates = process.extract(
        target,
        surnames.keys(),
        scorer=Levenshtein.distance,
        score_cutoff=SURNAME_MAX_EDITS,
        limit=None,
    )
    best, found = None, set()
    for candidate, distance, _ in candidates:
        if not surnames_close(target, candidate):
            continue
        if best is None or distance < best:
            best, found = distance, set(surnames[candidate])
        elif distance == best:
            found |= surnames[candidate]
    return found


def closest_organisations(target: str, names: dict[str, int]) -> list[int]:
    """Organisations whose name skeleton is like `target` above the threshold, the
    most alike first."""
    found = process.extract(
        target, names.keys(), scorer=fuzz.ratio, score_cutoff=ORGANISATION_THRESHOLD, limit=5
    )
    return [names[match[0]] for match in found]


def usable_as_alias(key: str) -> bool:
    """Keys that name someone: not empty, not a pronoun, not a bare title."""
    return bool(key) and key not in PRONOUNS and key not in HONORIFICS

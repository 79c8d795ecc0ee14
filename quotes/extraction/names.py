"""Name normalisation shared by in-article clustering and the database's alias keys."""

import re
import unicodedata
from functools import lru_cache
from typing import Final

from .givennames import FEMALE_NAMES, MALE_NAMES
from .lexicon import IDENTITY_TITLES, NAME_PARTICLES, NAME_SUFFIXES

# The database's name matching (quotes/services/name_matching.py) reads them from here.
HONORIFICS: Final = IDENTITY_TITLES

_APOSTROPHES = re.compile(r"['\u2019\u2018`\u02bc]")
_NON_WORD: Final = re.compile(r"[^\w][^\w]*")  # not "+", so that re skips ahead
# Letters NFKD does not decompose into a base letter and a mark.
_FOLD: Final = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-folded, accents removed: "Zelenskyy" -> "zelenskyy", "Łukasz" -> "lukasz"."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).translate(_FOLD)


@lru_cache(maxsize=16384)
def alias_key(name: str) -> str:
    """The identity key of a surface form: "Mr. Zelenskyy" -> "zelenskyy".

    Case-folded, accents removed, punctuation folded to spaces and leading
    honorifics dropped; a name made only of honorifics keeps them, so
    "President" alone never collapses to an empty key.
    """
    text = _APOSTROPHES.sub("", fold(name))
    words = _NON_WORD.sub(" ", text).split()
    start = 0
    while start < len(words) - 1 and words[start] in IDENTITY_TITLES:
        start += 1
    return " ".join(words[start:])


@lru_cache(maxsize=16384)
def split_name(name: str) -> tuple[tuple[str, ...], str]:
    """("Ursula von der Leyen") -> (("Ursula",), "von der Leyen"); suffixes dropped."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in NAME_SUFFIXES:
        words.pop()
    if not words:
        return (), ""
    start = len(words) - 1
    while start > 0 and words[start - 1].casefold() in NAME_PARTICLES:
        start -= 1
    return tuple(words[:start]), " ".join(words[start:])


def given_gender(given: str) -> str | None:
    """'m' or 'f' for a common given name, None when unknown or used for both."""
    key = fold(given)
    female, male = key in FEMALE_NAMES, key in MALE_NAMES
    if female != male:
        return "f" if female else "m"
    return None


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at)[-\s]")
_OW: Final = re.compile(r"ow$")
_ENDINGS: Final = re.compile(r"(?:iy|yy|ij|ii|yi|ey)$")
_DOUBLES: Final = re.compile(r"(\w)\1")


@lru_cache(maxsize=16384)
def surname_skeleton(surname: str) -> str:
    """A transliteration-tolerant key: Zelenskyy, Zelenskiy and Zelensky agree."""
    key = _ARTICLE_PREFIX.sub("", fold(surname))
    key = _NON_WORD.sub("", _APOSTROPHES.sub("", key))
    if key.startswith("q"):
        key = "g" + key[1:]
    key = _ENDINGS.sub("y", key)
    key = _DOUBLES.sub(r"\1", key)
    key = key.replace("ph", "f").replace("kh", "h").replace("dh", "d")
    return _OW.sub("ov", key)


_VOWELS: Final = frozenset("aeiou")


@lru_cache(maxsize=16384)
def surnames_match(a: str, b: str) -> bool:
    """Two spellings of one surname: same skeleton, or one edit apart inside the word;
    a short one only by a vowel inside it, as transliterations differ ("Wasef", "Wasif")."""
    ka, kb = surname_skeleton(a), surname_skeleton(b)
    if ka == kb:
        return True
    if len(ka) == len(kb) == 5:
        diffs = [i for i in range(5) if ka[i] != kb[i]]
        return (
            len(diffs) == 1
            and 0 < diffs[0] < 4
            and ka[diffs[0]] in _VOWELS
            and kb[diffs[0]] in _VOWELS
        )
    if min(len(ka), len(kb)) < 6 or ka[:2] != kb[:2] or ka[-2:] != kb[-2:]:
        return False
    return _within_one_edit(ka, kb)


def given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names that can belong to one person: absent, equal, or an initial of the other."""
    if not a or not b:
        return True
    first_a, first_b = fold(a[0]).rstrip("."), fold(b[0]).rstrip(".")
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    if first_a == first_b or surname_skeleton(first_a) == surname_skeleton(first_b):
        return True
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return {fold(w) for w in shorter} <= {fold(w) for w in longer[1:]}


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))

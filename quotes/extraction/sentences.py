"""Sentence boundaries in narration, aware of abbreviations (Mr., U.S.) and initials."""

import bisect
import re
from functools import lru_cache

from .lexicon import words

_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9À-ÖØ-ÞĀ-ſ])")
_ABBREVIATIONS = words("""
    mr mrs ms dr prof st sen rep gov gen lt col capt sgt jr sr inc ltd co corp vs no
    nos jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev fr hon est approx
    dept univ u.s u.k e.g i.e etc al cllr insp det supt maj adm cmdr
    """)
_LAST_WORD = re.compile(r"([\w.]+)[.!?…]*[\"”’')\]]*\s*$")


def sentence_starts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets where sentences start in text[start:end] (the first is `start`)."""
    end = len(text) if end is None else end
    boundaries = _boundaries(text)
    low = bisect.bisect_right(boundaries, start)
    high = bisect.bisect_right(boundaries, end)
    return [start, *boundaries[low:high]]


@lru_cache(maxsize=512)
def _boundaries(text: str) -> tuple[int, ...]:
    found = []
    for match in _BOUNDARY.finditer(text):
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        found.append(match.end())
    return tuple(found)


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _LAST_WORD.search(text, max(0, dot - 12), dot + 1)
    if not word:
        return False
    token = word.group(1).rstrip(".").casefold()
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())

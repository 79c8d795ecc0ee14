"""Sentence boundaries in narration, aware of abbreviations (Mr., U.S.) and initials."""

import bisect
import re
from functools import cache, lru_cache
from typing import Final

from .facts import remember
from .lexicon import ABBREVIATIONS

# "[.!?…][.!?…]*", not "[.!?…]+": a pattern that begins with a plain character class lets
# re skip ahead to the next stop instead of trying every position.
_BOUNDARY: Final = re.compile(r"[.!?…][.!?…]*[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9À-ÖØ-ÞĀ-ſ])")
# The same for a text with no "!", "?" or "…", where every boundary starts with a full stop:
# a pattern that begins with one plain character is searched for much faster than one
# that begins with a class.
_FULL_STOP_BOUNDARY: Final = re.compile(r"\.[.!?…]*[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9À-ÖØ-ÞĀ-ſ])")
# "LONDON (Reuters) - ", "PORT SUDAN, Oct 29 (Reuters) - ", "WASHINGTON — ": where a wire
# story's first paragraph says where it was filed.
DATELINE: Final = re.compile(
    r"^(?:[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*(?:\([^()]{1,30}\))?"
    # A place in title case only with a wire agency: "New York (AFP) – "
    r"|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?"
    r"\s*\((?:AP|AFP|Reuters|UPI|AAP|PA|dpa|DPA|Xinhua|EFE|ANSA|PTI|IANS|TASS|Kyodo|"
    r"Yonhap|Anadolu|Bloomberg|CNN)\))\s*[-–—]+\s*"
)


def sentence_starts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets where sentences start in text[start:end] (the first is `start`)."""
    end = len(text) if end is None else end
    boundaries = _boundaries(text)
    low = bisect.bisect_right(boundaries, start)
    high = bisect.bisect_right(boundaries, end)
    return [start, *boundaries[low:high]]


def without_dateline(text: str) -> str:
    return DATELINE.sub("", text, count=1)


def sentence_start(text: str, floor: int, position: int) -> int:
    """Where the sentence holding `position` starts, but not before `floor`."""
    boundaries = _boundaries(text)
    k = bisect.bisect_right(boundaries, position)
    return boundaries[k - 1] if k and boundaries[k - 1] > floor else floor


def next_sentence_start(text: str, after: int, limit: int) -> int:
    """The first sentence start after `after` and not after `limit`, else `limit`."""
    boundaries = _boundaries(text)
    k = bisect.bisect_right(boundaries, after)
    return boundaries[k] if k < len(boundaries) and boundaries[k] <= limit else limit


def starts_between(text: str, start: int, end: int) -> bool:
    """Does a sentence start after `start` and not after `end`?"""
    boundaries = _boundaries(text)
    k = bisect.bisect_right(boundaries, start)
    return k < len(boundaries) and boundaries[k] <= end


@remember
@cache
def _boundaries(text: str) -> tuple[int, ...]:
    found = []
    plain = "!" not in text and "?" not in text and "…" not in text
    for match in (_FULL_STOP_BOUNDARY if plain else _BOUNDARY).finditer(text):
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        found.append(match.end())
    return tuple(found)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the word ending at this full stop (at most 12 characters back) an abbreviation?"""
    return _ends_with_abbreviation(text[max(0, dot - 12) : dot])


@lru_cache(maxsize=4096)
def _ends_with_abbreviation(window: str) -> bool:
    """Does this text (the 12 characters before a full stop) end with an abbreviation?
    Cached: the same sentence endings ("he said.", "Mr.") come again and again."""
    if not window[-1:].strip():
        return False
    token = window.rsplit(None, 1)[-1]
    if not token.replace(".", "").isalnum():
        start = len(window)
        while start > 0 and (window[start - 1].isalnum() or window[start - 1] in "._"):
            start -= 1
        token = window[start:]
    token = token.rstrip(".").casefold()
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())

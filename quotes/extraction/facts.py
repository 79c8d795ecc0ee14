"""Facts about a paragraph that several stages ask for, worked out once per article.

The cue words of a paragraph (speech, reporting and labelling verbs, anonymous-source
nouns) are found by one scan and then looked up by position, instead of each stage
running its own regex over its own slice. `forget` empties the caches at the start of
every article, so they spare repeated work within an article and never carry anything
from one article to the next.
"""

import bisect
import re
from functools import cache
from typing import Final

from .cues import alternation
from .lexicon import (
    ANONYMOUS_WORDS,
    DESCRIBING_PARTICIPLES,
    LABELLING,
    PARTICIPLES,
    SPEECH_WORDS,
)

_ALL: Final = SPEECH_WORDS | LABELLING | PARTICIPLES | DESCRIBING_PARTICIPLES | ANONYMOUS_WORDS
# A cue word and the character before it, which is not a word character (so the word
# starts at a word boundary): re then skips to each such character, instead of trying the
# lexicon at every position. Texts are scanned with a space put before them.
_CUE_ALTERNATION: Final = alternation(w.replace(" ", "_") for w in _ALL)
_CUE_WORD: Final = re.compile(rf"\W({_CUE_ALTERNATION})\b")
# The same for a text of ASCII characters only, where \W is this class: re tests a class
# of listed characters against its bitmap, faster than it looks up a character's category.
_ASCII_CUE_WORD: Final = re.compile(rf"[^a-zA-Z0-9_]({_CUE_ALTERNATION})\b")


Hit = tuple[int, int, str]  # start, end, the word as in the lexicon (a phrase's words
# joined by one space)


class CueWords:
    # A plain class, not a NamedTuple, whose __new__ is Python that mypyc cannot compile.
    def __init__(self, hits: list[Hit], words: set[str]) -> None:
        self.hits = hits
        self.words = words

    def between(self, start: int, end: int) -> list[Hit]:
        """The hits lying wholly inside text[start:end], in order."""
        hits = self.hits
        low = bisect.bisect_left(hits, (start,))
        high = bisect.bisect_left(hits, (end,), low)
        while high > low and hits[high - 1][1] > end:
            high -= 1
        return hits[low:high]


@cache
def cue_words(text: str) -> CueWords:
    """Every cue word of text; matched case-sensitively, as the cue regexes are."""
    # With its one group, split gives the stretches between the hits and the hits in turn:
    # the offsets follow from the lengths, with no match object made per hit.
    parts = (_ASCII_CUE_WORD if text.isascii() else _CUE_WORD).split(" " + text)
    hits = []
    position = -1  # offsets in " " + text are one more than in text
    for k in range(1, len(parts), 2):
        word = parts[k]
        position += len(parts[k - 1]) + 1  # the character before the word
        hits.append((position, position + len(word), word))
        position += len(word)
    words = set(parts[1::2])
    if not words <= _ALL:  # a phrase with other white space than one space
        hits = [(a, b, " ".join(word.split())) for a, b, word in hits]
        words = {word for _, _, word in hits}
    if "s " in text and _POSSESSIVE_BEFORE.search(text):
        # A word right after a possessive belongs to its noun phrase ("Theresa May's
        # proposed deal", "the company's stated aim"): no verb, so no cue.
        hits = [hit for hit in hits if not _after_possessive(text, hit)]
        words = {word for _, _, word in hits}
    return CueWords(hits, words)


# A possessive before a lower-case word: "X's word" or "Xs' word". Written to begin with
# the apostrophe (the letters before it checked behind), so that re skips ahead to each
# apostrophe instead of trying every word character of the paragraph.
_POSSESSIVE_BEFORE: Final = re.compile(r"['’](?:(?<=\w['’])s|(?<=\ws['’]))\s+[a-z]")
# "'s" after these is "is" or "has" ("it's said", "he's warned"), not a possessive.
_CONTRACTED: Final = re.compile(
    r"(?:^|\W)(?:it|he|she|that|what|there|who|here|where|let|everyone|nobody|someone)['’]s\s+$",
    re.IGNORECASE,
)


def _after_possessive(text: str, hit: Hit) -> bool:
    start, _, word = hit
    if word in ANONYMOUS_WORDS:
        return False  # "the ministry's spokesman" is a source
    before = text[max(0, start - 16) : start]
    if not before.endswith(" ") or not (
        before.rstrip()[-2:] in ("'s", "’s") or before.rstrip()[-2:] in ("s'", "s’")
    ):
        return False
    return _CONTRACTED.search(before) is None


_CACHES = [cue_words]


def remember(function):
    """Register a per-article cache so that `forget` empties it."""
    _CACHES.append(function)
    return function


def forget() -> None:
    for memo in _CACHES:
        memo.cache_clear()

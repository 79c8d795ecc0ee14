"""Quoted text that is not speech: scare quotes, titles, names of things, nicknames."""

import re
from typing import Final

from .lexicon import NAMED_THINGS, NAMING_DETERMINERS, NAMING_MARKERS, TITLE_SMALL_WORDS

_DETERMINER_BEFORE: Final = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those|my|your)|['’]s)"
    r"(?:\s+[\w'’-]+)?\s*$",
    re.IGNORECASE,
)
# What defines a thing just named: "meant to", "used for", "that", "which".
_DEFINED_BY: Final = re.compile(
    r"\s+(?:that|which|meant|known|made|built|given|shown|worn|seen|found|held|kept|[a-z]+ed|"
    r"[a-z]+ing)\b"
)
_NAME_BEFORE: Final = re.compile(r"\b[A-Z][\w'’-]+\s$")
_NAME_AFTER: Final = re.compile(r"\s[A-Z][\w'’-]+")
_LOWER_AFTER: Final = re.compile(r"\s+[a-z]")
_WORD: Final = re.compile(r"[\w'’-][\w'’-]*")  # not "+", so that re skips ahead


def _more_words_than(count: int) -> re.Pattern:
    """A regex that matches a text with more than `count` words (as `_WORD` finds them).
    It reads only that far: most quotes tested are long, and findall would split all of
    one to learn that it is too long to be a title. Possessive, so no word is split."""
    return re.compile(rf"(?:[^\w'’-]*+[\w'’-]++){{{count + 1}}}")


_MORE_THAN_THREE_WORDS: Final = _more_words_than(3)
_MORE_THAN_FOUR_WORDS: Final = _more_words_than(4)
_MORE_THAN_SIX_WORDS: Final = _more_words_than(6)
_MORE_THAN_EIGHT_WORDS: Final = _more_words_than(8)
_MORE_THAN_TWELVE_WORDS: Final = _more_words_than(12)


def is_marked_name(head: str, tail: str, quoted: str) -> bool:
    """Quotes that name a thing (the film "Dune", the so-called "peace plan", a nickname)."""
    if head.endswith("(") and tail.startswith(")") and not _MORE_THAN_SIX_WORDS.match(quoted):
        # 'an anti-Brexit ("British exit") march': a gloss of the word before it.
        return True
    lower = head[-60:].casefold()
    if "so called" in lower:
        lower = lower.replace("so called", "so-called")
    words = lower.rsplit(None, 3)  # only the last three words are looked at
    # A name is short: "the programme \"It is a great loss to ...\"" is what was said on it.
    if words and not _MORE_THAN_TWELVE_WORDS.match(quoted):
        last = words[-1].strip(",:")
        if (
            last in NAMING_MARKERS
            or last.rstrip("s") in NAMED_THINGS
            or (last == "as" and len(words) > 1 and words[-2] == "known")
            or (last == "called" and len(words) > 2 and words[-3] in NAMING_DETERMINERS)
        ):
            return True
    return bool(
        head[-1:].isspace()
        and _NAME_AFTER.match(tail)
        and _NAME_BEFORE.search(head[-40:])
        and _WORD.search(quoted) is not None
        and not _MORE_THAN_FOUR_WORDS.match(quoted)
    )


def is_title(quoted: str) -> bool:
    """Title Case words with no sentence punctuation: "Gonna Fly Now", "Project Fjord"."""
    if _MORE_THAN_SIX_WORDS.match(quoted):
        return False
    words = _WORD.findall(quoted)
    content = [w for w in words if w.casefold() not in TITLE_SMALL_WORDS]
    stripped = quoted.rstrip(" .,")
    if stripped.endswith(("!", "?")) or stripped.isupper():
        return False
    return (
        0 < len(words) <= 6
        and bool(content)
        and all(w[0].isupper() or w[0].isdigit() for w in content)
        and len(content) > 1
    )


def is_scare_quote(head: str, tail: str, quoted: str) -> bool:
    """A short quoted phrase inside a noun phrase, or a title, with no speech verb."""
    if _MORE_THAN_EIGHT_WORDS.match(quoted):
        return False  # every test below is for a phrase of a few words
    words = _WORD.findall(quoted)
    if not words:
        return True
    if is_title_case(head, quoted):
        return True
    if len(words) <= 3 and _DETERMINER_BEFORE.search(head[-30:]):
        return True  # "the "summer of rubbish"": inside a noun phrase
    return bool(len(words) <= 2 and _LOWER_AFTER.match(tail))


def is_title_case(head: str, quoted: str) -> bool:
    """A few words in Title Case with no sentence punctuation: a name or a title ("The
    Impeachment Hoax"), not words someone said."""
    words = _WORD.findall(quoted)
    if not words or len(words) > 8 or quoted.rstrip().endswith((".", "!", "?", ",")):
        return False
    content = [w for w in words if w.casefold() not in TITLE_SMALL_WORDS]
    return (
        bool(content)
        and all(w[0].isupper() or w[0].isdigit() for w in content)
        and not head.rstrip().endswith(":")
    )


def determined_term(head: str, quoted: str, tail: str) -> bool:
    """One to three quoted words after a determiner that head a noun phrase defined by what
    follows: a term the narration names ("to eat a "pig cracker" meant to repel boars"),
    not speech (unlike "was in a "serious" condition", the source's word)."""
    if quoted.rstrip().endswith((".", "!", "?", ",")):
        return False
    return (
        not _MORE_THAN_THREE_WORDS.match(quoted)
        and _DETERMINER_BEFORE.search(head[-30:]) is not None
        and _DEFINED_BY.match(tail) is not None
    )

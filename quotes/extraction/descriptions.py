"""Speakers named by a common noun phrase: anonymous sources ("a senior official"),
groups ("residents") and definite descriptions of someone named before ("the chancellor",
"the ministry", "the 54-year-old").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from .lexicon import (
    ANONYMOUS_HEADS,
    CLAUSE_WORDS,
    COLLECTIVE_NOUNS,
    DETERMINERS,
    GENDERED_NOUNS,
    GENERIC_PEOPLE,
    GROUP_NAMES,
    NATIONALITIES,
    ORG_HEADS,
    PLURAL_NOUNS,
    PREPOSITIONS,
    RELATIVE_WORDS,
    ROLE_HEADS,
    VERBISH,
)
from .names import given_gender
from .phrase import NP

# Determiners that bring in someone not named before: "another MP" is a new source.
_INTRODUCING: Final = DETERMINERS - {"the"}
_YEAR_OLD: Final = re.compile(r"\d+-year-old$")
_PARTITIVES: Final = frozenset(
    "one some many most several two three four five both all each".split()
)
_HEADS: Final = ANONYMOUS_HEADS | ORG_HEADS | ROLE_HEADS
# Where a body is, after its name: not part of the name ("Court of Session in Scotland").
PLACE_AFTER: Final = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")


@lru_cache(maxsize=4096)
def strip_determiner(text: str) -> str:
    tokens = text.split()
    if tokens and tokens[0].casefold() in ("a", "an", "the", "one"):
        tokens = tokens[1:]
    return " ".join(tokens)


def singular(word: str) -> str:
    """The head-noun form of a plural ("charities" -> "charity"), or the word itself."""
    for ending, replacement in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(ending) and word[: -len(ending)] + replacement in _HEADS:
            return word[: -len(ending)] + replacement
    if _agent_plural(word):
        return word[:-1]
    return word


def _agent_plural(word: str) -> bool:
    """A plural of people named for what they do or study, beyond the listed role nouns:
    "Egyptologists", "virologists", "physicians"."""
    return len(word) > 6 and word.endswith(("ists", "ians"))


def is_group(word: str) -> bool:
    """A capitalised plural that names a group of people: Democrats, Palestinians."""
    lower = word.casefold()
    if "-" in lower:  # "African-Americans", "Asian-Americans": by the last part
        lower = lower.rsplit("-", 1)[1]
    return lower in GROUP_NAMES or (lower.endswith("s") and lower[:-1] in NATIONALITIES)


def leads_common_phrase(tokens: list[str]) -> bool:
    """Does a phrase read as a common noun phrase ("Residents", "Another Labour MP",
    "Labour MPs", "The Italian") rather than a name, though it starts with a capital?"""
    first = tokens[0].casefold()
    if first in _INTRODUCING or is_group(tokens[0]):
        return True
    last = tokens[-1].casefold().strip(".")
    if first == "the":
        return (len(tokens) == 2 and last in NATIONALITIES) or is_group(tokens[-1])
    head = singular(last)
    if _agent_plural(last) and any(given_gender(t) is not None for t in tokens[:-1]):
        return False  # "Adrian Sarkisians": a name
    # A plural head makes a group ("Labour MPs", "Aid groups"); "Tyra Banks" is a name.
    if head != last and (
        head not in ORG_HEADS
        or head in ANONYMOUS_HEADS
        or head in ROLE_HEADS
        or all(t[:1].islower() for t in tokens[1:])
    ):
        return True
    return singular(first) in _HEADS and (len(tokens) == 1 or tokens[1][:1].islower())


def group_phrase(text: str) -> str:
    """An anonymous source or group as the gold set names it: without the leading article,
    lower case except for proper words ("senior Labour MP", "Democrats")."""
    phrase = strip_determiner(text)
    first, _, rest = phrase.partition(" ")
    lower = first.casefold()
    if (
        first[:1].isupper()
        and not first.isupper()
        and not is_group(first)
        and (lower not in NATIONALITIES)
        and (lower in DETERMINERS or not rest[:1].isupper())
    ):
        phrase = first[:1].lower() + first[1:] + (" " + rest if rest else "")
    return phrase


def _head_index(lowered: list[str]) -> int:
    """The head noun: the word before the first post-modifier (a preposition, a relative
    pronoun, or a participle after a noun: "people briefed on", "villagers fleeing")."""
    for k in range(1, len(lowered)):
        word = lowered[k]
        if word in PREPOSITIONS or word in RELATIVE_WORDS:
            return k - 1
        if len(word) > 4 and word.endswith(("ing", "ed")) and singular(lowered[k - 1]) in _HEADS:
            return k - 1
    return len(lowered) - 1


def parse_common(part: str, tokens: list[str]) -> NP | None:
    lowered = [w.casefold().strip(".") for w in tokens]
    if len(tokens) > 2 and lowered[1] == "of" and lowered[0] in _PARTITIVES:
        # "One of the victims", "some of the residents": a part of a group.
        group = parse_common(" ".join(tokens[2:]), tokens[2:])
        if group is not None and group.kind in ("anonymous", "description"):
            gender = "p" if lowered[0] != "one" else GENDERED_NOUNS.get(singular(lowered[-1]))
            return NP(
                surface=part, kind="anonymous", name=part[0].lower() + part[1:], gender=gender
            )
        return None
    head_index = _head_index(lowered)
    if any(
        w in CLAUSE_WORDS and not tokens[k].isupper()
        for k, w in enumerate(lowered[: head_index + 1])
    ):  # "US authorities": an acronym, not the pronoun
        return None
    relative = next(
        (k for k in range(head_index + 1, len(lowered)) if lowered[k] in RELATIVE_WORDS),
        len(lowered),
    )
    if any(w in VERBISH for w in lowered[:relative]):
        return None
    word = lowered[head_index]
    head = singular(word)
    plural = (
        head != word
        or word in PLURAL_NOUNS
        or (word.endswith("s") and not word.endswith("ss") and word in _HEADS)
    )
    determiner = lowered[0] if lowered[0] in DETERMINERS else None
    if is_group(tokens[head_index]):
        if determiner in ("a", "an"):
            # "a move Democrats called": the article belongs to another noun.
            start = head_index
            while start > 0 and tokens[start - 1][:1].isupper():
                start -= 1
            return NP(
                surface=part,
                kind="anonymous",
                name=" ".join(tokens[start : head_index + 1]),
                gender="p",
            )
        return NP(surface=part, kind="anonymous", name=group_phrase(part), gender="p")
    if plural and head not in ANONYMOUS_HEADS and head in ORG_HEADS:
        return NP(surface=part, kind="anonymous", name=group_phrase(part), gender="p")
    possessive = any(t.endswith(("'s", "’s")) and t[0].isupper() for t in tokens[:head_index])
    phrase = group_phrase(part)
    gender = "p" if plural else GENDERED_NOUNS.get(head)
    if determiner == "the" and head_index == len(tokens) - 1 and head in NATIONALITIES:
        return NP(surface=part, kind="description", name=head)
    if word in GENERIC_PEOPLE and len(tokens) == 1:
        return None  # "People tell me ...": no one in particular
    if head in ANONYMOUS_HEADS and head not in ("statement", "statements"):
        if (
            determiner == "the"
            and head_index == len(tokens) - 1
            and not word.endswith("s")
            and head not in COLLECTIVE_NOUNS
        ):
            return NP(surface=part, kind="description", name=head, gender=gender)
        return NP(surface=part, kind="anonymous", name=phrase, gender=gender)
    if head in ORG_HEADS:
        named = any(t[0].isupper() for t in tokens[1 if determiner else 0 : head_index])
        if (
            possessive
            or named
            or (
                head_index + 2 < len(tokens)
                and lowered[head_index + 1] in ("of", "for")
                and any(t[0].isupper() for t in tokens[head_index + 2 :])
            )
        ):
            name = PLACE_AFTER.sub("", strip_determiner(part))  # "the Labour Party in Wales"
            return NP(surface=part, kind="organisation", name=name)
        if determiner in _INTRODUCING:
            return NP(surface=part, kind="anonymous", name=phrase)
        return NP(surface=part, kind="description", name=head, gender="o")
    if head in ROLE_HEADS or _YEAR_OLD.match(head) or _agent_plural(word):
        if determiner in _INTRODUCING or plural:
            return NP(surface=part, kind="anonymous", name=phrase, gender=gender)
        return NP(
            surface=part,
            kind="description",
            name=head,
            gender=gender,
            role=" ".join(tokens[1 if determiner else 0 : head_index + 1]),
        )
    return None

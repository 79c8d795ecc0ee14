"""Speakers named by a common noun phrase: anonymous sources ("a senior official"),
groups ("residents") and definite descriptions of someone named before ("the chancellor",
"the ministry", "the 54-year-old").
"""

from __future__ import annotations

import re

from .lexicon import ANONYMOUS_HEADS, GENDERED_NOUNS, ORG_HEADS, ROLE_HEADS, words
from .phrase import NP

DETERMINERS = words("a an the one two three four several some many other another both")
CLAUSE_WORDS = words("""
    as when while after before because if that which who whom whose is was were are
    has had have will would did does do been being not but and or than then said says
    told also could should can may might must what how why where there this these
    those it he she they we i his her their its our my your him them us me to
    """)
PREPOSITIONS = words("for of at close familiar with from in on to within inside")
VERBISH = words(
    "said says told added warned is was were are has had have will would did does been "
    "declined refused called described"
)
_YEAR_OLD = re.compile(r"\d+-year-old$")
_COLLECTIVE = words("crowd audience mob family jury panel police public")


def strip_determiner(text: str) -> str:
    tokens = text.split()
    if tokens and tokens[0].casefold() in ("a", "an", "the", "one"):
        tokens = tokens[1:]
    return " ".join(tokens)


def parse_common(part: str, tokens: list[str]) -> NP | None:
    lowered = [w.casefold().strip(".") for w in tokens]
    head_index = len(tokens) - 1
    for k, word in enumerate(lowered):
        if k and word in PREPOSITIONS:
            head_index = k - 1
            break
    if any(w in CLAUSE_WORDS for w in lowered[: head_index + 1]):
        return None
    if any(w in VERBISH for w in lowered):
        return None
    head = lowered[head_index]
    if head not in ANONYMOUS_HEADS and head.endswith("s") and (
            head[:-1] in ORG_HEADS or (head.endswith("ies") and head[:-3] + "y" in ORG_HEADS)):
        return NP(surface=part, kind="anonymous", name=strip_determiner(part))
    determiner = lowered[0] if lowered[0] in DETERMINERS else None
    possessive = any(
        t.endswith(("'s", "’s")) and t[0].isupper() for t in tokens[:head_index]
    )
    phrase = strip_determiner(part)
    gender = GENDERED_NOUNS.get(head)
    if head in ANONYMOUS_HEADS and head not in ("statement", "statements"):
        if (determiner == "the" and head_index == len(tokens) - 1 and not head.endswith("s")
                and head not in _COLLECTIVE):
            return NP(surface=part, kind="description", name=head, gender=gender)
        return NP(surface=part, kind="anonymous", name=phrase, gender=gender)
    if head in ORG_HEADS:
        named = any(t[0].isupper() for t in tokens[1 if determiner else 0 : head_index])
        if possessive or named or (head_index + 2 < len(tokens) and lowered[head_index + 1] in (
                "of", "for") and any(t[0].isupper() for t in tokens[head_index + 2 :])):
            return NP(surface=part, kind="organisation", name=phrase)
        if determiner in ("a", "an"):
            return NP(surface=part, kind="anonymous", name=phrase)
        return NP(surface=part, kind="description", name=head, gender="o")
    if head in ROLE_HEADS or _YEAR_OLD.match(head):
        if determiner in ("a", "an"):
            return NP(surface=part, kind="anonymous", name=phrase, gender=gender)
        return NP(surface=part, kind="description", name=head, gender=gender,
                  role=" ".join(tokens[1 if determiner else 0 : head_index + 1]))
    return None

"""Organisations named in narration: the whole name around a capitalised word
("Department of Health and Social Care", "Department for Environment, Food and Rural
Affairs"), names joined by "&" or by "and" before a singular verb ("Marks and Spencer
is"), a name with "The" inside a sentence ("tickets for The Hollow Men"), an acronym in
brackets after a name, and the word beside a name that says what kind of organisation it
is ("housebuilder Northgate Homes", "their label, Heavenly Recordings").
"""

from __future__ import annotations

import re
from typing import Final

from .capitals import LISTED_NAME, UPPER, NameHit, classify_tokens, is_title_word, word_key
from .cues import WEEKDAY, last_words_start
from .lexicon import ABBREVIATIONS, COUNTRIES, NOT_NAMES, ORG_DESCRIPTORS, ORG_HEADS, ORG_WORDS
from .mentions import ORG_WORD

# Capitalised words joined by "of", "for", "the", "and" or "&", not by "and the": "the
# Coast Guard and the National Search and Rescue Agency" are two; "on" after a body that
# deliberates on something ("Commission on Presidential Debates", not "the Senate on
# Tuesday").
_ON_TOPIC: Final = "|".join(
    rf"(?<={head}[ \t\u00a0])" for head in ("Commission", "Committee", "Conference", "Council")
)
# ORG_WORD at a word's start, written to begin with its first character (the one before
# it checked behind), so that re skips ahead to each capital instead of trying the
# lookbehind at every position: a third less time.
_FIRST_ORG_WORD: Final = rf"(?:[{UPPER}](?<![\w'’-].)[\w'’&.-]*|&(?<![\w'’-]&))"
_ORG_SCAN = re.compile(
    rf"{_FIRST_ORG_WORD}(?:[ \t\u00a0]+(?:(?:of|for|and(?![ \t\u00a0]+the\b)|the|&|"
    rf"(?:{_ON_TOPIC})on(?![ \t\u00a0]+(?:{WEEKDAY})\b))[ \t\u00a0]+)*{ORG_WORD})*"
)
_FULL_STOP: Final = re.compile(r"(?<=[a-z])\.\s+")
_ACRONYM: Final = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")
_DESCRIPTOR: Final = re.compile(r"[A-Z][\w'’]*-[a-z]")
_CAPITAL_WORD: Final = re.compile(rf"(?<![\w'’-])[{UPPER}][\w'’.-]*")
# Capitalised words joined by spaces, commas and small words: one long name.
_SPELLED: Final = re.compile(
    rf"[{UPPER}][\w'’.-]*(?:(?:\s+|,\s+)(?:(?:and|of|for|the|&)\s+)*[{UPPER}][\w'’.-]*)*"
)
_LISTED_BEFORE: Final = re.compile(r"[A-Z][\w'’-]*,\s*$")
_POSSESSIVE_ENDS: Final = ("'s", "’s")
# A capitalised word with a possessive inside a name: (the word, the possessive), spaces.
_OWNER: Final = re.compile(r"([\w.&-]+)(['’]s)\s+")


def organisation_hit(text: str, match: re.Match, start: int, end: int) -> NameHit | None:
    """The whole organisation name around a capitalised word ("Department of Health and
    Social Care"), with an acronym given in brackets after it."""
    best = None
    for candidate in _ORG_SCAN.finditer(
        text, max(start, match.start() - 80), min(end, match.end() + 80)
    ):
        if candidate.start() <= match.start() and candidate.end() >= match.end():
            best = candidate
            break
    if best is None:
        return None
    listed = LISTED_NAME.match(text, best.start())
    if listed and listed.end() <= end:
        best = listed
    # "Baghdad International Airport. The Foreign Ministry of Iraq": two sentences.
    best_start, best_text = best.start(), best.group(0)
    low, high = 0, len(best_text)
    for stop in _FULL_STOP.finditer(best_text) if "." in best_text else ():
        if word_key(best_text[: stop.start()].rsplit(None, 1)[-1]) in ABBREVIATIONS:
            continue
        if best_start + stop.end() <= match.start():
            low = stop.end()
        else:
            high = stop.start() + 1
            break
    # "the United States Air Force's Nevada Test and Training Range" names the Air Force
    # (a body, by its last word, or an acronym), which a later "The Air Force said" means.
    owners = "'s " in best_text or "’s " in best_text
    for owned in _OWNER.finditer(best_text, low, high) if owners else ():
        owner = owned.group(1)
        if best_start + owned.end() > match.start() and (
            word_key(owner) in ORG_WORDS or (len(owner) > 1 and owner.isupper())
        ):
            high = owned.start(2)
            break
    return _trimmed(text, match, best_start + low, best_text[low:high], start, end)


_COUNTRY_ABBREVIATIONS: Final = frozenset(("UK", "US", "U.S.", "USA", "EU", "UAE"))


def _countries(tokens: list[str]) -> bool:
    """Do `tokens` name a country or a capital ("UK", "Germany", "South Korea")?"""
    if len(tokens) == 1 and tokens[0].rstrip(",") in _COUNTRY_ABBREVIATIONS:
        return True
    return bool(tokens) and len(tokens) <= 2 and word_key(tokens[-1].rstrip(".,")) in COUNTRIES


def _trimmed(
    text: str, match: re.Match, best_start: int, best_text: str, start: int, end: int
) -> NameHit | None:
    tokens = best_text.split()
    while tokens and word_key(tokens[0]) in NOT_NAMES:
        tokens = tokens[1:]
    joint = next((k for k, token in enumerate(tokens) if token in ("of", "for")), 0)
    if joint and best_start + best_text.find(tokens[joint]) < match.start():
        # The name goes on across "of" only from an organisation: "Department of Health",
        # not "Martin Smith of PBS" or "New York for the United Nations".
        head = classify_tokens(tokens[:joint])
        if head is None or head[0] != "organisation":
            tokens = tokens[joint + 1 :]
            while tokens and word_key(tokens[0]) in NOT_NAMES:
                tokens = tokens[1:]
    joined = tokens.index("for") if "for" in tokens[1:] else 0
    if joined and _countries(tokens[:joined]) and _countries(tokens[joined + 1 :]):
        # "Obama departs the UK for Germany": two places, no "Alternative for Germany".
        before = best_start + best_text.find(" for ") + 1
        tokens = tokens[:joined] if match.start() < before else tokens[joined + 1 :]
    while tokens and tokens[-1].casefold() in ("of", "for", "and", "on", "the", "&", "in"):
        tokens = tokens[:-1]
    if not tokens:
        return None
    if tokens[-1].endswith(".") and word_key(tokens[-1]) not in ABBREVIATIONS:
        tokens[-1] = tokens[-1][:-1]  # "Baylor College of Medicine." ends a sentence
    if tokens[-1][-2:] in _POSSESSIVE_ENDS:
        # "the United States Air Force's test range" and "NATO's chief" name the Air Force
        # and NATO, which a later "The Air Force said" must find under their own names;
        # "Trader Joe's" and "McDonald's" are names.
        owner = tokens[-1][:-2]
        if (len(tokens) > 1 and word_key(owner) in ORG_WORDS) or (
            len(owner) > 1 and owner.isupper()
        ):
            tokens[-1] = owner
    while len(tokens) > 1 and _DESCRIPTOR.match(tokens[0]):
        tokens = tokens[1:]  # "Kurdish-led Syrian Democratic Forces"
    classified = classify_tokens(tokens)
    if classified is not None and classified[0] == "organisation" and classified[2]:
        tokens = classified[2]  # without what it is: "Housebuilder X", "Developer X"
    name = " ".join(tokens)
    hit_start = best_start + best_text.find(tokens[0])
    hit_end = hit_start + len(name)
    acronym = _ACRONYM.match(text, hit_end)
    if acronym is not None and _LISTED_BEFORE.search(text, 0, hit_start):
        # The name goes on before a comma: "United Nations Educational, Scientific and
        # Cultural Organization (UNESCO)", as far back as the acronym's letters say.
        spelled = _spelled_out(text, max(start, hit_start - 120), hit_end, acronym.group(1))
        if spelled is None:
            acronym = None
        else:
            hit_start, name = spelled, text[spelled:hit_end]
    return NameHit(
        start=hit_start,
        end=hit_end,
        surface=name,
        kind="organisation",
        name=name,
        given=(),
        gender=None,
        alias=acronym.group(1) if acronym else None,
    )


_KIND_WORDS = ORG_DESCRIPTORS | ORG_HEADS
_NAME_WORD: Final = rf"[{UPPER}][\w'’.-]*"
# The first name word begins with its capital, the character before it checked behind
# (as _FIRST_ORG_WORD), so that re skips from capital to capital.
_JOINED: Final = re.compile(
    rf"[{UPPER}](?<![\w'’-].)[\w'’.-]*(?:\s+{_NAME_WORD})*\s+(and|&)\s+{_NAME_WORD}"
    rf"(?:\s+{_NAME_WORD})*"
)
# "Two names joined by 'and'" is one organisation when a singular verb follows.
_SINGULAR_VERB: Final = re.compile(
    r"\s+(?:is|was|has|says|plans|owns|employs|operates|runs|sells|"
    r"makes|wants|opened|closed)\b"
)
_KIND_BEFORE: Final = re.compile(r"\b([a-z][a-z-]+)\s+(?:The\s+)?$")
_KIND_AFTER: Final = re.compile(
    r",\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?([a-z][a-z-]+)\s*,"
)
_KIND_APPOSED: Final = re.compile(
    r"\b(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?([a-z][a-z-]+),\s*$"
)


def _spelled_out(text: str, floor: int, end: int, acronym: str) -> int | None:
    """Where the name that `acronym` abbreviates starts, if the capitalised words before
    `end` (across commas and small words) begin with its letters."""
    letters = [ch for ch in acronym if ch.isalpha()]
    words = list(_CAPITAL_WORD.finditer(text, floor, end))
    for k in range(len(words) - 1, -1, -1):
        if [m.group()[0] for m in words[k:]] == letters:
            between = text[words[k].start() : end]
            if _SPELLED.fullmatch(between):
                return words[k].start()
    return None


def joined_names(text: str, start: int, end: int) -> list[NameHit]:
    """Organisations named as two names joined by "&", or by "and" before a singular
    verb ("Fortnum and Mason has opened"); "Smith and Jones said" stays two people."""
    found = []
    for match in _JOINED.finditer(text, start, end):
        name = match.group()
        if any(is_title_word(token) for token in name.split()):
            continue  # "Health and Human Services Secretary Robert F. Kennedy Jr."
        if match.group(1) == "&" or _SINGULAR_VERB.match(text, match.end()):
            found.append(
                NameHit(
                    start=match.start(),
                    end=match.end(),
                    surface=name,
                    kind="organisation",
                    name=name,
                    given=(),
                    gender=None,
                )
            )
    return found


def organisation_kind(text: str, start: int, end: int, floor: int) -> str | None:
    """The word beside an organisation's name that says what it is: "housebuilder
    Northgate Homes", "band The Hollow Men", "Heavenly Recordings, their label,"."""
    floor = max(floor, start - 40)
    # Both regexes end at the name and span its last two or four words before it: they
    # are searched from there, not tried at every position of the stretch.
    before = _KIND_BEFORE.search(text, last_words_start(text, floor, start, 2), start)
    if before and before.group(1) in _KIND_WORDS:
        return before.group(1)
    first = text[start:end].split(None, 1)[0].casefold()
    if first in ORG_DESCRIPTORS:
        return first
    after = _KIND_AFTER.match(text, end)
    if after and after.group(1) in _KIND_WORDS:
        return after.group(1)
    apposed = _KIND_APPOSED.search(text, last_words_start(text, floor, start, 4), start)
    if apposed and apposed.group(1) in _KIND_WORDS:
        return apposed.group(1)
    return None

"""Speaker mentions: names with titles and roles, pronouns, organisations, anonymous sources.

`parse_subject` reads the noun phrase that a cue attaches to a quotation ("German
chancellor Friedrich Merz, who has ...", "The defence minister, Anna Kowalska", "a
spokeswoman for the ministry", "He") and says what kind of speaker it names;
common noun phrases (anonymous sources, groups, descriptions) are read in descriptions.py
and capitalised names in capitals.py.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from .capitals import (
    CAPSEQ,
    HONORIFIC_ONLY,
    LISTED_NAME,
    UPPER,
    classify_tokens,
    gender_of,
    is_title_word,
    word_key,
)
from .descriptions import (
    CLAUSE_WORDS,
    DETERMINERS,
    PREPOSITIONS,
    VERBISH,
    group_phrase,
    leads_common_phrase,
    parse_common,
    strip_determiner,
)
from .lexicon import NON_SPEAKERS, ORG_DESCRIPTORS, SUBJECT_PRONOUNS
from .phrase import NP
from .sentences import without_dateline

# One character class first (a space or a comma), so that re skips ahead to candidates.
_RELATIVE: Final = re.compile(
    r"[\s,](?:(?<=\s)(?:who|whose|which)\s|"
    r"(?<=,)\s*(?:who|whose|whom|which|where|when|while|speaking|writing|having|after|before|"
    r"as|now|then|himself|herself|itself|themselves|also|according|adding|in|on|at|"
    r"during|like|with|whom)\b)"
)
# A US politician's party and state: "Sen. Roger Wicker, R-Miss.,".
_PARTY_TAG: Final = re.compile(r",\s*[DRI]-[A-Z][A-Za-z.]{1,12}(?=\s*(?:,|$))")
_AGE: Final = re.compile(r",\s*(\d{1,3})\s*(?=,|$)")
LEAD_ADVERBIAL: Final = re.compile(
    r"^(?:(?:In|On|At|During|After|Before|Speaking|Asked|Writing|Responding|Earlier|Later|"
    r"Meanwhile|However|Separately|Yesterday|Today|Last|Addressing|Talking|Interviewed|"
    r"Following|Since|Despite|Elsewhere|Still|Instead|Previously|Ahead|Outside|Inside|"
    r"Under|From|With|For|As|When|While|Once|Though|Although|If|Now|Then|Back|"
    r"Separately|Nevertheless|Nonetheless|Indeed|Overall|Eventually|Finally|Initially|"
    r"Later|Like|Unlike|Reacting|Commenting|Announcing|Explaining|Defending|Pressed|"
    r"Challenged|Quizzed|Appearing|Testifying)\b[^,]*,\s*)+"
)
_CONJUNCTIONS: Final = ("And", "But", "So", "Yet", "Then", "Also", "Still")
_LEAD_CONJUNCTION: Final = re.compile(rf"^(?:{'|'.join(_CONJUNCTIONS)})\s+")
_PARENTHESES: Final = re.compile(r"\s*\([^()]{0,60}\)")
_DASHED_ASIDE: Final = re.compile(r"\s+[-–—]\s+[^-–—,]{1,40}?\s+[-–—](?=\s|,|$)")
ORG_WORD: Final = rf"(?:[{UPPER}][\w'’&.-]*|&)"
_ORG_NAME: Final = re.compile(
    rf"(?:[Tt]he\s+)?((?:[{UPPER}][\w.-]*\s+)?[{UPPER}][\w.-]*['’]s\s+)?"
    rf"({ORG_WORD}(?:\s+(?:(?:of|for|and|the|de|du|des)\s+)*{ORG_WORD})*)\.?"
)
_COMMA: Final = "\u2063"  # a comma inside a name, kept apart while the phrase is split at commas
_JOINED: Final = re.compile(
    rf"[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*)*\s+and\s+[{UPPER}][\w'’.-]*"
    rf"(?:\s+[{UPPER}][\w'’.-]*)*"
)
_OF_SPLIT: Final = re.compile(r"(.+?)\s+((?:of|at|from|with)\s+.+)")
_OF_WORDS: Final = ("of", "at", "from", "with")


def parse_subject(text: str) -> NP | None:
    """The speaker a subject noun phrase names, or None if it is not one."""
    # Callers slice the same phrase with and without its surrounding spaces and commas
    # (" Mr Yilmaz", "Mr Yilmaz "); the parse depends only on what is inside them.
    return _parse_subject_cached(text.strip().strip(",;:—– "))


@lru_cache(maxsize=8192)
def _parse_subject_cached(text: str) -> NP | None:
    # Each regex is tried only where the character it needs is there: most subjects are
    # two or three plain words, and each new one is parsed once.
    core = without_dateline(text.strip().strip(",;:—– "))
    if "(" in core:
        core = _PARENTHESES.sub("", core)
    if "-" in core or "–" in core or "—" in core:
        core = _DASHED_ASIDE.sub("", core)
    if "," in core:
        core = LEAD_ADVERBIAL.sub("", core)
    if core.startswith(_CONJUNCTIONS):
        core = _LEAD_CONJUNCTION.sub("", core)
    relative = _RELATIVE.search(core)
    whole = core
    if relative:
        core = core[: relative.start()]
    if "-" in core and "," in core:
        core = _PARTY_TAG.sub("", core)
    age = None
    age_match = _AGE.search(core) if "," in core else None
    if age_match:
        age = age_match.group(1)
        core = core[: age_match.start()] + core[age_match.end() :]
    listed = LISTED_NAME.search(core) if "," in core else None
    if listed:  # its commas do not separate appositions
        core = core[: listed.start()] + listed.group().replace(",", _COMMA) + core[listed.end() :]
    parts = [part.strip().replace(_COMMA, ",") for part in core.split(",") if part.strip()]
    core = core.replace(_COMMA, ",")
    if not parts or len(parts) > 3 or core.rstrip().endswith((" who", " which", " that")):
        return None  # the verb after it is inside a relative clause
    # The parts' parses are shared through the cache: only the one chosen is copied,
    # as it is amended below.
    parsed = [_parse_part_cached(part) for part in parts]
    if len(parsed) == 1:
        if parsed[0] is None:
            return None
        chosen = _copy(parsed[0])
    else:
        kinds = [np.kind if np is not None else None for np in parsed]
        names = [k for k, kind in enumerate(kinds) if kind in ("name", "organisation")]
        persons = [k for k in names if kinds[k] == "name"]
        if len(persons) == 1:
            index = persons[0]
        elif len(names) == 1 and names[0] == 0:
            index = 0
        elif kinds[0] == "organisation" and all(
            p.split()[0].casefold() in ("the", "a", "an") for p in parts[1:]
        ):
            index = 0  # "COGAT, the Israeli military body that ...": a description
        else:
            return None
        others = [p for k, p in enumerate(parts) if k != index]
        if any(not _appositive(p) for p in others):
            return None
        named = parsed[index]
        if named is None:
            return None
        chosen = _copy(named)
        if chosen.kind == "name":
            role = "; ".join(strip_determiner(p) for p in others)
            chosen.role = "; ".join(r for r in (chosen.role, role) if r) or None
            chosen.gender = chosen.gender or gender_of([], [], role)
    chosen.age = age
    chosen.surface = core.strip(" ,")
    if relative is not None:
        pronoun = relative.group().strip(" ,")
        restrictive = not relative.group().startswith(",")
        if chosen.kind == "anonymous" and restrictive and pronoun == "who":
            # "Tenants who were evicted last year say": the clause says which tenants.
            chosen.name = group_phrase(whole.strip(" ,"))
            chosen.surface = whole.strip(" ,")
        elif chosen.kind == "name" and pronoun == "which" and len(parts) == 1:
            # People are "who"; "Northvolt, which makes batteries, said" is a company.
            chosen = NP(surface=chosen.surface, kind="organisation", name=chosen.name)
    return chosen


@lru_cache(maxsize=4096)  # the same roles come back: "the coach", "the chief executive"
def _appositive(part: str) -> bool:
    """Can this comma-separated part describe the speaker ("the coach", "54")?"""
    tokens = part.split()
    if len(tokens) > 14:
        return False
    first = tokens[0].casefold()
    if first in CLAUSE_WORDS and first not in ("his", "her", "their", "its"):
        return False
    return not any(t.casefold() in VERBISH for t in tokens)


def _parse_part(part: str) -> NP | None:
    # Parts recur far more than whole subjects ("the defence minister", a name with and
    # without its role); the callers amend what they get, so each gets its own copy.
    np = _parse_part_cached(part)
    return None if np is None else _copy(np)


def _copy(np: NP) -> NP:
    return NP(np.surface, np.kind, np.name, np.role, np.gender, np.given, np.titled, np.age)


@lru_cache(maxsize=8192)
def _parse_part_cached(part: str) -> NP | None:
    tokens = part.split()
    if not tokens or len(tokens) > 14:
        return None
    lower = part.casefold()
    if lower in SUBJECT_PRONOUNS:
        return NP(surface=part, kind="pronoun", name=lower)
    if lower in ("no 10", "no. 10", "number 10", "number ten"):
        return NP(surface=part, kind="organisation", name=part)
    if tokens[-1].casefold() in NON_SPEAKERS and (
        len(tokens) == 1 or (len(tokens) == 2 and tokens[0].casefold() in DETERMINERS)
    ):
        return None
    if leads_common_phrase(tokens):
        common = parse_common(part, tokens)
        if common is not None or lower in ("people", "person"):
            return common
    of = _OF_SPLIT.match(part) if any(word in part for word in _OF_WORDS) else None
    if of and of.group(1)[:1].isupper() and not is_title_word(of.group(1).split()[-1]):
        left = _parse_part(of.group(1))
        if left is not None and left.kind == "name" and (left.given or left.titled):
            left.role = of.group(2)
            return left
    organisation = _ORG_NAME.fullmatch(part)
    if organisation:
        classified = classify_tokens(organisation.group(2).split())
        if classified is not None and classified[0] == "organisation":
            name = " ".join(classified[2])
            if organisation.group(1):
                name = organisation.group(1).strip() + " " + name
            return NP(surface=part, kind="organisation", name=name)
        if _JOINED.fullmatch(organisation.group(2)) and not any(
            is_title_word(token) for token in organisation.group(2).split()
        ):
            # "Marks and Spencer" or "Anna Kowalska and Piotr Nowak": one organisation
            # or two people; resolved only if the article names such an organisation.
            return NP(surface=part, kind="joined", name=organisation.group(2))
    if of:
        left = _parse_part(of.group(1))
        if left is not None and left.kind == "name":
            left.role = of.group(2)
            return left
    matches = list(CAPSEQ.finditer(part))
    if matches and matches[-1].end() in (len(part), len(part.rstrip("."))):
        named = _parse_named(part, matches[-1])
        if named is not None or not any(t.casefold() in PREPOSITIONS for t in tokens):
            return named
    return parse_common(part, tokens)


def _parse_named(part: str, match: re.Match) -> NP | None:
    prefix = part[: match.start()].strip()
    prefix_words = prefix.split()
    titled_of = bool(prefix_words) and all(
        w in ("of", "for", "and") or is_title_word(w) for w in prefix_words
    )
    if len(prefix_words) > 6 or (not titled_of and any(w in PREPOSITIONS for w in prefix_words)):
        return None
    for k, word in enumerate(prefix_words):
        lower = word.casefold()
        if lower in ("and", "&") and k and prefix_words[k - 1][0].isupper():
            continue
        if lower in CLAUSE_WORDS and not word[0].isupper():
            return None
    if prefix_words and prefix_words[-1] in ORG_DESCRIPTORS:
        # "British retailer Next", "drugmaker Pfizer": what comes after names a company.
        return NP(surface=part, kind="organisation", name=match.group(0))
    classified = classify_tokens(match.group(0).split())
    if classified is None:
        return None
    kind, titles, name = classified
    if titled_of and any(w in PREPOSITIONS for w in prefix_words) and kind != "person":
        return None
    if kind in ("organisation", "place"):
        name_text = " ".join(name)
        if (
            prefix_words
            and prefix_words[-1].endswith(("'s", "’s"))
            and prefix_words[-1][0].isupper()
        ):
            name_text = (
                " ".join(
                    prefix_words[-2:]
                    if len(prefix_words) > 1 and prefix_words[-2][0].isupper()
                    else prefix_words[-1:]
                )
                + " "
                + name_text
            )
        return NP(surface=part, kind="organisation", name=name_text)
    role_words = [w for w in prefix_words if w.casefold() not in ("a", "an", "the")]
    role_words += [t for t in titles if word_key(t) not in HONORIFIC_ONLY]
    role = " ".join(role_words) or None
    return NP(
        surface=part,
        kind="name",
        name=" ".join(name),
        role=role,
        gender=gender_of(titles, name, role),
        given=tuple(name[:-1]),
        titled=bool(titles),
    )

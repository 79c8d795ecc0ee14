"""Speaker mentions: names with titles and roles, pronouns, organisations, anonymous sources.

`parse_subject` reads the noun phrase that a cue attaches to a quotation ("German
chancellor Friedrich Merz, who has ...", "The defence minister, Anna Kowalska", "a
spokeswoman for the ministry", "He") and says what kind of speaker it names;
`classify_tokens` tells a person's name from its titles, an organisation or a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (
    ANONYMOUS_HEADS,
    COUNTRIES,
    FEMALE_TITLES,
    GENDERED_NOUNS,
    KNOWN_ORGS,
    MALE_TITLES,
    NATIONALITIES,
    NOT_NAMES,
    ORG_HEADS,
    ORG_WORDS,
    PLACE_FIRST_WORDS,
    ROLE_HEADS,
    TITLE_WORDS,
    words,
)
from .names import fold, given_gender

_UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
_UPPER += "".join(ch for ch in map(chr, range(0x391, 0x430)) if ch.isupper())
_ABBREV = r"(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Jr|Sr|Rev|Fr|Hon|Det|Supt)"
_TOKEN = (
    rf"(?:{_ABBREV}\.|[{_UPPER}]\.(?=[ \t\u00a0]*[{_UPPER}])|"
    rf"(?:(?:al|el|ad|ar|as|ash|an|at|az|ul|bin|ben|abu)-)?[{_UPPER}]"
    rf"(?:[^\W\d_]|['’](?!s\b)(?=[^\W\d_])|-(?=[^\W\d_]))*)"
)
_PARTICLE = r"(?:de|da|di|del|della|der|den|van|von|la|le|du|dos|das|bin|ibn|ter|ten|zu)"
CAPSEQ = re.compile(
    rf"(?=[{_UPPER}])(?<![\w'’-]){_TOKEN}(?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)*{_TOKEN})*"
)
_PRONOUNS = words("he she they it we i")
_DETERMINERS = words("a an the one two three four several some many other another both")
_CLAUSE_WORDS = words("""
    as when while after before because if that which who whom whose is was were are
    has had have will would did does do been being not but and or than then said says
    told also could should can may might must what how why where there this these
    those it he she they we i his her their its our my your him them us me to
    """)
_PREPOSITIONS = words("for of at close familiar with from in on to within inside")
_RELATIVE = re.compile(
    r"\s(?:who|whose|which)\s|"
    r",\s*(?:who|whose|whom|which|where|when|while|speaking|writing|having|after|before|"
    r"as|now|then|himself|herself|itself|themselves|also|according|adding|in|on|at|"
    r"during|like|with|whom)\b"
)
_AGE = re.compile(r",\s*(\d{1,3})\s*(?=,|$)")
_LEAD_ADVERBIAL = re.compile(
    r"^(?:(?:In|On|At|During|After|Before|Speaking|Asked|Writing|Responding|Earlier|Later|"
    r"Meanwhile|However|Separately|Yesterday|Today|Last|Addressing|Talking|Interviewed|"
    r"Following|Since|Despite|Elsewhere|Still|Instead|Previously|Ahead|Outside|Inside|"
    r"Under|From|With|For|As|When|While|Once|Though|Although|If|Now|Then|Back|"
    r"Separately|Nevertheless|Nonetheless|Indeed|Overall|Eventually|Finally|Initially|"
    r"Later|Like|Unlike|Reacting|Commenting|Announcing|Explaining|Defending|Pressed|"
    r"Challenged|Quizzed|Appearing|Testifying)\b[^,]*,\s*)+"
)
_LEAD_CONJUNCTION = re.compile(r"^(?:And|But|So|Yet|Then|Also|Still)\s+")
_YEAR_OLD = re.compile(r"\d+-year-old$")
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*(?:\([^()]{1,30}\))?\s*[-–—]+\s*"
)
_PARENTHESES = re.compile(r"\s*\([^()]{0,60}\)")
_DASHED_ASIDE = re.compile(r"\s+[-–—]\s+[^-–—,]{1,40}?\s+[-–—](?=\s|,|$)")
_COLLECTIVE = words("crowd audience mob family jury panel police public")
_NAME_SUFFIXES = words("kc qc mp mep msp ms cbe obe mbe kbe dbe phd md")
_ROLE_NOUNS = words("parent resident commuter student nurse teacher patient shopper voter")
_VERBISH = words(
    "said says told added warned is was were are has had have will would did does been "
    "declined refused called described"
)
_ORG_WORD = rf"(?:[{_UPPER}][\w'’&.-]*|&)"
_ORG_NAME = re.compile(
    rf"(?:[Tt]he\s+)?((?:[{_UPPER}][\w.-]*\s+)?[{_UPPER}][\w.-]*['’]s\s+)?"
    rf"({_ORG_WORD}(?:\s+(?:(?:of|for|and|the|de|du|des)\s+)*{_ORG_WORD})*)\.?"
)
_OF_SPLIT = re.compile(r"(.+?)\s+((?:of|at|from|with)\s+.+)")
_HONORIFIC_ONLY = words("mr mrs ms miss mx dr sir dame lord lady")


@dataclass(slots=True)
class NP:
    """A speaker noun phrase as the text gives it."""

    surface: str
    kind: str  # name | pronoun | description | organisation | anonymous
    name: str  # name without titles; pronoun; head noun; or the phrase itself
    role: str | None = None
    gender: str | None = None
    given: tuple[str, ...] = ()
    titled: bool = False
    age: str | None = None


@dataclass(slots=True)
class NameHit:
    """A capitalised name found in narration, classified."""

    start: int
    end: int
    surface: str  # with titles, without sentence-initial words
    kind: str  # person | bare | organisation | place
    name: str
    given: tuple[str, ...]
    gender: str | None
    role: str | None = None
    alias: str | None = None  # an acronym given in brackets after an organisation


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    word = fold(word).rstrip(".")
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _is_title(word: str) -> bool:
    key = _key(word)
    if key in TITLE_WORDS or key in NATIONALITIES or key in ROLE_HEADS or key in _ROLE_NOUNS:
        return True
    return "-" in key and all(part in TITLE_WORDS or part in ROLE_HEADS for part in key.split("-"))


def classify_tokens(tokens: list[str]) -> tuple[str, list[str], list[str]] | None:
    """(kind, title tokens, name tokens) for the tokens of a capitalised sequence."""
    classified = _classify(tuple(tokens))
    if classified is None:
        return None
    return classified[0], list(classified[1]), list(classified[2])


@lru_cache(maxsize=16384)
def _classify(tokens: tuple[str, ...]) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    result = _classify_uncached(list(tokens))
    if result is None:
        return None
    return result[0], tuple(result[1]), tuple(result[2])


def _classify_uncached(tokens: list[str]) -> tuple[str, list[str], list[str]] | None:
    start = 0
    while start < len(tokens) and _key(tokens[start]) in NOT_NAMES:
        start += 1
    tokens = tokens[start:]
    while tokens and (_key(tokens[-1]) in NOT_NAMES or _key(tokens[-1]) in _NAME_SUFFIXES):
        tokens = tokens[:-1]
    if not tokens:
        return None
    cut = 0
    for k in range(len(tokens) - 1):
        if _is_title(tokens[k]):
            cut = k + 1
    titles, name = tokens[:cut], tokens[cut:]
    keys = [_key(t) for t in name]
    if any(k in ORG_WORDS or (k.endswith("s") and k[:-1] in ORG_WORDS) for k in keys) or (
        len(name) >= 2 and name[-1].isupper() and 2 <= len(name[-1]) <= 4
    ):
        return "organisation", [], tokens
    if len(name) == 1:
        key = keys[0]
        if key in KNOWN_ORGS or (name[0].isupper() and len(name[0]) > 1 and not titles):
            return "organisation", [], tokens if not titles else name
        if key in COUNTRIES:
            return "place", [], name
        if (key in TITLE_WORDS or key in NATIONALITIES) and not titles:
            return None
        return ("person" if titles else "bare"), titles, name
    if keys[0] in PLACE_FIRST_WORDS and not titles:
        return "place", [], name
    if " ".join(keys) in COUNTRIES:
        return "place", [], name
    return "person", titles, name


def _gender(titles: list[str], name: list[str], role: str | None = None) -> str | None:
    for title in titles:
        key = _key(title)
        if key in MALE_TITLES:
            return "m"
        if key in FEMALE_TITLES:
            return "f"
    if role:
        for word in role.split():
            if fold(word) in GENDERED_NOUNS:
                return GENDERED_NOUNS[fold(word)]
    if len(name) >= 2:
        return given_gender(name[0])
    return None


def parse_subject(text: str) -> NP | None:
    """The speaker a subject noun phrase names, or None if it is not one."""
    return _parse_subject_cached(text)


@lru_cache(maxsize=8192)
def _parse_subject_cached(text: str) -> NP | None:
    surface = text.strip().strip(",;:—– ")
    core = _DASHED_ASIDE.sub("", _PARENTHESES.sub("", _DATELINE.sub("", surface)))
    core = _LEAD_ADVERBIAL.sub("", core)
    core = _LEAD_CONJUNCTION.sub("", core)
    relative = _RELATIVE.search(core)
    if relative:
        core = core[: relative.start()]
    age = None
    age_match = _AGE.search(core)
    if age_match:
        age = age_match.group(1)
        core = core[: age_match.start()] + core[age_match.end() :]
    parts = [part.strip() for part in core.split(",") if part.strip()]
    if not parts or len(parts) > 3:
        return None
    parsed = [_parse_part(part) for part in parts]
    if len(parsed) == 1:
        chosen = parsed[0]
        if chosen is None:
            return None
    else:
        names = [np for np in parsed if np is not None and np.kind in ("name", "organisation")]
        persons = [np for np in names if np.kind == "name"]
        if len(persons) == 1:
            chosen = persons[0]
        elif len(names) == 1 and parsed[0] is names[0]:
            chosen = names[0]
        else:
            return None
        others = [p for p, np in zip(parts, parsed, strict=True) if np is not chosen]
        if any(not _appositive(p) for p in others):
            return None
        if chosen.kind == "name":
            role = "; ".join(_strip_determiner(p) for p in others)
            chosen.role = "; ".join(r for r in (chosen.role, role) if r) or None
            chosen.gender = chosen.gender or _gender([], [], role)
    chosen.age = age
    chosen.surface = core.strip(" ,")
    return chosen


def _appositive(part: str) -> bool:
    """Can this comma-separated part describe the speaker ("the coach", "54")?"""
    tokens = part.split()
    if len(tokens) > 14:
        return False
    first = tokens[0].casefold()
    if first in _CLAUSE_WORDS and first not in ("his", "her", "their", "its"):
        return False
    return not any(t.casefold() in _VERBISH for t in tokens)


def _strip_determiner(text: str) -> str:
    tokens = text.split()
    if tokens and tokens[0].casefold() in ("a", "an", "the", "one"):
        tokens = tokens[1:]
    return " ".join(tokens)


def _parse_part(part: str) -> NP | None:
    tokens = part.split()
    if not tokens or len(tokens) > 14:
        return None
    lower = part.casefold()
    if lower in _PRONOUNS:
        return NP(surface=part, kind="pronoun", name=lower)
    if lower in ("no 10", "no. 10", "number 10", "number ten"):
        return NP(surface=part, kind="organisation", name=part)
    of = _OF_SPLIT.match(part)
    if of and of.group(1)[:1].isupper() and not _is_title(of.group(1).split()[-1]):
        left = _parse_part(of.group(1))
        if left is not None and left.kind == "name" and (left.given or left.titled):
            left.role = of.group(2)
            return left
    organisation = _ORG_NAME.fullmatch(part)
    if organisation:
        classified = classify_tokens(organisation.group(2).split())
        if classified is not None and classified[0] == "organisation":
            name = organisation.group(2)
            if organisation.group(1):
                name = organisation.group(1).strip() + " " + name
            return NP(surface=part, kind="organisation", name=name)
    of = _OF_SPLIT.match(part)
    if of:
        left = _parse_part(of.group(1))
        if left is not None and left.kind == "name":
            left.role = of.group(2)
            return left
    matches = list(CAPSEQ.finditer(part))
    if matches and matches[-1].end() in (len(part), len(part.rstrip("."))):
        named = _parse_named(part, matches[-1])
        if named is not None or not any(t.casefold() in _PREPOSITIONS for t in tokens):
            return named
    return _parse_common(part, tokens)


def _parse_named(part: str, match: re.Match) -> NP | None:
    prefix = part[: match.start()].strip()
    prefix_words = prefix.split()
    titled_of = bool(prefix_words) and all(
        w in ("of", "for", "and") or _is_title(w) for w in prefix_words)
    if len(prefix_words) > 6 or (not titled_of and any(w in _PREPOSITIONS for w in prefix_words)):
        return None
    for k, word in enumerate(prefix_words):
        lower = word.casefold()
        if lower in ("and", "&") and k and prefix_words[k - 1][0].isupper():
            continue
        if lower in _CLAUSE_WORDS and not word[0].isupper():
            return None
    classified = classify_tokens(match.group(0).split())
    if classified is None:
        return None
    kind, titles, name = classified
    if titled_of and any(w in _PREPOSITIONS for w in prefix_words) and kind != "person":
        return None
    if kind in ("organisation", "place"):
        name_text = " ".join(name)
        if prefix_words and prefix_words[-1].endswith(("'s", "’s")) and prefix_words[-1][
            0
        ].isupper():
            name_text = " ".join(prefix_words[-2:] if len(prefix_words) > 1 and prefix_words[
                -2][0].isupper() else prefix_words[-1:]) + " " + name_text
        return NP(surface=part, kind="organisation", name=name_text)
    role_words = [w for w in prefix_words if w.casefold() not in ("a", "an", "the")]
    role_words += [t for t in titles if _key(t) not in _HONORIFIC_ONLY]
    role = " ".join(role_words) or None
    return NP(
        surface=part,
        kind="name",
        name=" ".join(name),
        role=role,
        gender=_gender(titles, name, role),
        given=tuple(name[:-1]),
        titled=bool(titles),
    )


def _parse_common(part: str, tokens: list[str]) -> NP | None:
    lowered = [w.casefold().strip(".") for w in tokens]
    head_index = len(tokens) - 1
    for k, word in enumerate(lowered):
        if k and word in _PREPOSITIONS:
            head_index = k - 1
            break
    if any(w in _CLAUSE_WORDS for w in lowered[: head_index + 1]):
        return None
    if any(w in _VERBISH for w in lowered):
        return None
    head = lowered[head_index]
    if head not in ANONYMOUS_HEADS and head.endswith("s") and (
            head[:-1] in ORG_HEADS or (head.endswith("ies") and head[:-3] + "y" in ORG_HEADS)):
        return NP(surface=part, kind="anonymous", name=_strip_determiner(part))
    determiner = lowered[0] if lowered[0] in _DETERMINERS else None
    possessive = any(
        t.endswith(("'s", "’s")) and t[0].isupper() for t in tokens[:head_index]
    )
    phrase = _strip_determiner(part)
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

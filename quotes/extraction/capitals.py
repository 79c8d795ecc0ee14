"""Capitalised sequences in narration and what they are: a person's name with its
titles, an organisation, or a place.

`CAPSEQ` finds the sequences; `classify_tokens` splits one into its titles and its name
and says which kind of thing it names; `gender_of` reads a gender from titles, a role
or a common given name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from .lexicon import (
    ANONYMOUS_HEADS,
    COUNTRIES,
    FEMALE_TITLES,
    GENDERED_NOUNS,
    HONORIFIC_ONLY,
    KNOWN_ORGS,
    MALE_TITLES,
    NAME_MONTHS,
    NAME_PREPOSITIONS,
    NATIONALITIES,
    NON_SPEAKERS,
    NOT_NAMES,
    ORG_DESCRIPTORS,
    ORG_WORDS,
    PLACE_FIRST_WORDS,
    PORTFOLIOS,
    POSTNOMINALS,
    ROLE_HEADS,
    ROLE_NOUNS,
    TITLE_WORDS,
    US_STATES,
)
from .names import fold, given_gender

UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
UPPER += "".join(ch for ch in map(chr, range(0x391, 0x430)) if ch.isupper())
_ABBREVIATIONS: Final = (
    "Mr Mrs Ms Dr Prof St Sen Rep Gov Gen Lt Col Capt Sgt Jr Sr Rev Fr Hon Det Supt"
)
_ABBREV: Final = "(?:" + "|".join(_ABBREVIATIONS.split()) + ")"
_LETTERS: Final = r"(?:[^\W\d_]++|['’](?!s\b)(?=[^\W\d_])|-(?=[^\W\d_]))*+"
_TOKEN: Final = (
    rf"(?:{_ABBREV}\.|[{UPPER}]\.(?=[ \t\u00a0]*[{UPPER}])|"
    rf"(?:(?:al|el|ad|ar|as|ash|an|at|az|ul|bin|ben|abu)-)?[{UPPER}]{_LETTERS})"
)


def _first_token() -> str:
    """_TOKEN at the start of a sequence, written to begin with a character class: Python's
    re then skips ahead to the next capital letter instead of trying every position."""
    by_initial: dict[str, list[str]] = {}
    for abbreviation in _ABBREVIATIONS.split():
        by_initial.setdefault(abbreviation[0], []).append(abbreviation[1:])
    abbreviations = "|".join(
        f"(?<={initial})(?:{'|'.join(rests)})\\." for initial, rests in by_initial.items()
    )
    # Every abbreviation goes on with a few of these letters and a full stop: a lookahead
    # for that spares trying each of the lookbehinds above after most capitals.
    letters = "".join(sorted({ch for rests in by_initial.values() for ch in "".join(rests)}))
    longest = max(len(rest) for rests in by_initial.values() for rest in rests)
    return (
        rf"[{UPPER}](?<![\w'’-].)"
        rf"(?:(?=[{letters}]{{1,{longest}}}\.)(?:{abbreviations})|\.(?=[ \t\u00a0]*[{UPPER}])|"
        rf"{_LETTERS})"
    )


_PARTICLE = r"(?:de|da|di|del|della|der|den|van|von|la|le|du|dos|das|bin|ibn|ter|ten|zu)"
CAPSEQ: Final = re.compile(
    rf"{_first_token()}(?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)*{_TOKEN})*"
)
# CAPSEQ for a text of ASCII characters only: \w, \W and \d then mean what re.ASCII makes
# them mean, which re tests from a table instead of looking up Unicode categories.
CAPSEQ_ASCII: Final = re.compile(CAPSEQ.pattern, re.ASCII)
_CAPITAL: Final = rf"[{UPPER}][\w'’-]*"
# A body named for a list of things: "Department for Environment, Food and Rural Affairs".
LISTED_NAME: Final = re.compile(
    r"(?:Department|Ministry|Office|Commission|Committee|Agency|Council|Institute|Bureau|"
    r"Authority|Board|Secretariat|Centre|Center|Society|Association|Federation|Foundation|"
    rf"School|Faculty|College|Union)\s+(?:of|for)\s+(?:the\s+)?{_CAPITAL}(?:\s+{_CAPITAL})*"
    rf"(?:,\s+{_CAPITAL}(?:\s+{_CAPITAL})*)+,?\s+(?:and|&)\s+{_CAPITAL}(?:\s+{_CAPITAL})*"
)


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

    # Written out: mypyc compiles it to C, where dataclass's own runs in the interpreter.
    def __init__(
        self,
        start: int,
        end: int,
        surface: str,
        kind: str,
        name: str,
        given: tuple[str, ...],
        gender: str | None,
        role: str | None = None,
        alias: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.surface = surface
        self.kind = kind
        self.name = name
        self.given = given
        self.gender = gender
        self.role = role
        self.alias = alias


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    word = fold(word).rstrip(".")
    return word[:-2] if word.endswith(("'s", "’s")) else word


_JOBS = ROLE_HEADS - TITLE_WORDS


def _is_org_word(key: str) -> bool:
    return key in ORG_WORDS or (key.endswith("s") and key[:-1] in ORG_WORDS)


def is_title_word(word: str) -> bool:
    key = word_key(word)
    if key in TITLE_WORDS or key in NATIONALITIES or key in ROLE_HEADS or key in ROLE_NOUNS:
        return True
    return "-" in key and all(part in TITLE_WORDS or part in ROLE_HEADS for part in key.split("-"))


def _surname_of_a_body_word(name: list[str], keys: list[str], titles: list[str]) -> bool:
    """A given name, perhaps an initial, and a surname that is also a word for a body
    ("Maxine Waters", "Jim Banks", "Joan Rivers"): a person's name when the surname is the
    only such word and a title stands before the name ("Representative Maxine Waters") or
    the surname is the plural of the body's word ("Waters", not "Sydney Water")."""
    if len(name) not in (2, 3) or given_gender(name[0]) is None:
        return False
    if len(name) == 3 and not name[1].endswith("."):
        return False  # only a middle initial between them
    for key in keys[:-1]:
        if _is_org_word(key):
            return False
    return bool(titles) or (keys[-1].endswith("s") and keys[-1] not in ORG_WORDS)


def _plural_title(word: str) -> bool:
    """ "Senators", "Sens.", "Reps." before a name ("Senators Mitch McConnell and John
    Cornyn"): a title of each of the people named after it."""
    return word_key(word) in _PLURAL_TITLES


# Only the titles of people: "States" in "United States Constitution" is no title.
_PLURAL_TITLES: Final = frozenset(
    "senators sens representatives reps congressmen congresswomen governors mayors "
    "ministers mps meps councillors councilmen councilwomen judges justices drs".split()
)


_ROMAN: Final = re.compile(r"[ivxl]{2,6}")


def _name_suffix(key: str) -> bool:
    """A generational suffix or a regnal number ("jr", "iii", "xiv")?"""
    return key in ("jr", "sr") or _ROMAN.fullmatch(key) is not None


def _suffixes_only(tokens: list[str]) -> bool:
    """Are these a name's suffixes and nothing else ("Jr.", "III")?"""
    return all(_name_suffix(word_key(token)) for token in tokens)


def classify_tokens(tokens: list[str]) -> tuple[str, list[str], list[str]] | None:
    """(kind, title tokens, name tokens) for the tokens of a capitalised sequence."""
    classified = _classify(tuple(tokens))
    if classified is None:
        return None
    return classified[0], list(classified[1]), list(classified[2])


# Titles that are common surnames too: after two given names the lexicon does not know,
# a surname ("Billie Jean King"; "Stephen King" is a name by its known given name), as
# titles come before the name ("King Charles"); one unknown word before is no name
# ("Burger King").
_SURNAME_TITLES: Final = frozenset(("king", "bishop", "judge", "dean", "prince", "major"))


def _given_like(keys: list[str]) -> bool:
    """Could these (folded) words be given names: none a place, a nationality, a
    portfolio, a title or an organisation's word ("Information King" is no one)?"""
    return all(
        key not in COUNTRIES
        and key not in US_STATES
        and key not in NATIONALITIES
        and key not in PORTFOLIOS
        and not is_title_word(key)
        and not _is_org_word(key)
        for key in keys
    )


# A speech verb that opens its sentence before the speaker's name ("Said Dorothy Poynter,
# ...: \"...\""); only before a known given name, as "Said" is a name too (Said Hassan).
_INVERTED_VERBS: Final = frozenset(("Said", "Says", "Added", "Asked", "Wrote", "Recalled"))


@lru_cache(maxsize=16384)
def _classify(tokens: tuple[str, ...]) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    result = _classify_uncached(list(tokens))
    if result is None:
        return None
    return result[0], tuple(result[1]), tuple(result[2])


def _classify_uncached(tokens: list[str]) -> tuple[str, list[str], list[str]] | None:
    start = 0
    while start < len(tokens) and word_key(tokens[start]) in NOT_NAMES:
        start += 1
    tokens = tokens[start:]
    if len(tokens) >= 3 and tokens[0] in _INVERTED_VERBS and given_gender(tokens[1]) is not None:
        tokens = tokens[1:]  # "Said Dorothy Poynter, who grew up with Ali": the verb first
    if len(tokens) == 2 and word_key(tokens[0]) == "grand" and not is_title_word(tokens[1]):
        return None  # "Grand Slam", "Grand Prix": no one ("Grand Ayatollah Ali Sistani" is)
    # A capitalised "Today" ends a name ("USA Today", the "Today" programme).
    while tokens and (
        (word_key(tokens[-1]) in NOT_NAMES and tokens[-1] != "Today")
        or word_key(tokens[-1]) in POSTNOMINALS
    ):
        tokens = tokens[:-1]
    if not tokens:
        return None
    lone = word_key(tokens[0]) if len(tokens) == 1 else ""
    if lone and (
        (len(lone) >= 8 and lone.endswith("ly") and given_gender(tokens[0]) is None)
        or lone in NAME_PREPOSITIONS
        or (start and lone in NAME_MONTHS)
        or lone in NON_SPEAKERS
        or (lone.endswith("s") and lone in ANONYMOUS_HEADS)
    ):
        # "Per the decree", "In May", "Reports said", "Officials", "Repeatedly,": no one.
        return None
    described = 0
    while described < len(tokens) - 1 and _is_descriptor(tokens, described):
        described += 1
    if described:
        # "Fourteen-year-old Zoe", "Co-author Jing-Shan Zhao", "Commenting, Mr Brown": what
        # the person is or does, capitalised only as a sentence starts; kept as a title.
        classified = _classify_uncached(tokens[described:])
        if classified is None or classified[0] not in ("person", "bare"):
            return classified
        return "person", tokens[:described] + classified[1], classified[2]
    if "&" in tokens:  # "Procter & Gamble"
        return "organisation", [], tokens
    described = 0
    while described < len(tokens) - 1 and word_key(tokens[described]) in ORG_DESCRIPTORS:
        described += 1
    if described and not _is_org_word(word_key(tokens[described])):
        # "Retailer John Lewis", "Housebuilder Northgate Homes": an organisation.
        return "organisation", [], tokens[described:]
    cut = 0
    for k in range(len(tokens) - 1):
        if (is_title_word(tokens[k]) or _plural_title(tokens[k])) and not _suffixes_only(
            tokens[k + 1 :]
        ):
            cut = k + 1  # not "King" in "Martin Luther King Jr.": a name, not a title
    while cut and word_key(tokens[cut - 1]) in PORTFOLIOS:
        cut -= 1  # "Business Insider": a portfolio is a title only before its head
    titles, name = tokens[:cut], tokens[cut:]
    keys = [word_key(t) for t in name]
    if (any(_is_org_word(k) for k in keys) and not _surname_of_a_body_word(name, keys, titles)) or (
        len(name) >= 2
        and name[-1].isupper()
        and 2 <= len(name[-1]) <= 4
        and not _name_suffix(keys[-1])  # "King Charles III" is no acronym's
    ):
        # A job before an organisation's name is not part of it ("Promoter Live Nation").
        start = 0
        while start < cut and word_key(tokens[start]) in _JOBS:
            start += 1
        return "organisation", [], tokens[start:]
    if len(name) == 1:
        key = keys[0]
        if (
            key in KNOWN_ORGS
            or (name[0].isupper() and len(name[0]) > 1 and not titles)
            or (_CAMEL.search(name[0]) and not _NAME_PREFIX.match(name[0]))
        ):
            # An acronym, or a brand's inner capital ("WalesOnline", "PayPal"): not a
            # surname's ("McArthur", "DeJoy").
            return "organisation", [], tokens if not titles else name
        if key in COUNTRIES or key in US_STATES:
            return "place", [], name
        if (is_title_word(name[0]) or key in NATIONALITIES) and not (
            titles and all(word_key(t) in HONORIFIC_ONLY for t in titles)
        ):
            # "Labour MP", "Prime Minister", "Lord Chief Justice": a title, no name; only
            # after honorifics alone is such a word a surname ("Lord Judge").
            return None
        return ("person" if titles else "bare"), titles, name
    if keys[0] in PLACE_FIRST_WORDS and not titles:
        return "place", [], name
    if " ".join(keys) in COUNTRIES:
        return "place", [], name
    if (
        is_title_word(name[-1])
        and given_gender(name[0]) is None
        and not name[0].endswith(".")
        and not (keys[-1] in _SURNAME_TITLES and len(keys) >= 3 and _given_like(keys[:-1]))
    ):
        return None  # "Information Minister", "Montana Secretary": a title, no name
    return "person", titles, name


_CAMEL: Final = re.compile(r"[a-z][A-Z]")
_NAME_PREFIX: Final = re.compile(r"(?:Mc|Mac|O['’]|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z]")
_PREFIXES: Final = frozenset(("co", "ex", "vice", "then", "self", "non", "anti", "pro", "neo"))


def _is_descriptor(tokens: list[str], k: int) -> bool:
    """A capitalised word before a name that says what someone is, not who: a compound
    whose second part is lower case ("Fourteen-year-old", "Co-author"), or a participle
    before a title ("Commenting Mr Brown"). A given name may be hyphenated in lower case
    too ("Man-kei Tam"): the compound must end in a participle, "old" or a role, or
    start with a prefix ("Co-", "Ex-")."""
    token = tokens[k]
    head, _, rest = token.partition("-")
    if rest[:1].islower() and head[:1].isupper():
        last = rest.rpartition("-")[2].casefold()
        return (
            last.endswith(("ing", "ed", "old", "born"))
            or last in ROLE_HEADS
            or fold(head) in _PREFIXES
        )
    return (
        len(token) > 5
        and token.endswith("ing")
        and word_key(tokens[k + 1]) in TITLE_WORDS
        and given_gender(token) is None
    )


def gender_of(titles: list[str], name: list[str], role: str | None = None) -> str | None:
    for title in titles:
        key = word_key(title)
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


def after_title_object(tokens: list[str]) -> list[str]:
    """The name after a title's object: "London Sadiq Khan" after "Mayor of" is Sadiq Khan;
    the object is a country, a known body or place, or else the first word of three; a
    body's name ends at its last organisation word ("Amnesty International Man-kei Tam")."""
    for k in range(1, len(tokens) - 1):
        if given_gender(tokens[k]) is not None:
            return tokens[k:]
    for k in range(len(tokens) - 2, -1, -1):
        if word_key(tokens[k]) in ORG_WORDS:
            return tokens[k + 1 :]
    key = word_key(tokens[0])
    if len(tokens) >= 3 or (len(tokens) == 2 and (key in COUNTRIES or key in KNOWN_ORGS)):
        return tokens[1:]
    return tokens

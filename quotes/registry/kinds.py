"""Person, organisation or group: decided from what the article says about a speaker.

The extractor guesses a type per article; this weighs the evidence a reader would:
a title before the name ("Mr", "President"), a given name ("Carl Hensman"), a role
("a spokesman for ...": a person; "Greek daily", "a database": not one), an
organisation's word or a known organisation ("Ministry", "NATO"), a country speaking
for its government, a plural people's name ("Samoans", "Democrats"). The first
evidence found, in that order of strength, decides; the extractor's type only when
there is none. A record keeps the kind it was created with (or an editor gave it):
evidence in a later article never changes it.
"""

import re
from typing import NamedTuple

from quotes.extraction.lexicon import (
    ANONYMOUS_HEADS,
    GROUP_NAMES,
    HONORIFICS,
    KNOWN_ORGS,
    NATIONALITIES,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    ORG_WORDS,
    ROLE_HEADS,
    TITLE_WORDS,
)
from quotes.extraction.names import HONORIFICS as NAME_HONORIFICS
from quotes.extraction.names import alias_key, fold

from .organisations import identity
from .people import is_given_name, titled_form
from .shapes import MORE_ORG_WORDS
from .tables import countries, organisations

PERSON, ORGANISATION, GROUP = "person", "organisation", "group"

# Words in a role that say the speaker is not a person ("Greek daily Kathimerini",
# "Airfleets, a database of ...").
_EITHER = frozenset("broadcaster publisher developer promoter maker operator".split())
_NOT_PERSON_ROLES = (
    ORG_DESCRIPTORS
    | MORE_ORG_WORDS
    | ORG_HEADS
    | frozenset("database newspaper website agency publication outlet magazine".split())
) - _EITHER
_PERSON_ROLES = (ROLE_HEADS | TITLE_WORDS | ANONYMOUS_HEADS | _EITHER) - _NOT_PERSON_ROLES
_PERSON_SUFFIXES = ("ist", "ologist", "ian", "man", "woman", "person", "er", "or")
# Peoples and communities whose plural names a group ("Samoans", "Houthis").
PEOPLES = frozenset(
    "samoan houthi kurd uighur uyghur rohingya tamil pashtun maori sunni shia shiite "
    "catholic protestant democrat republican tory loyalist unionist".split()
)
TITLES = HONORIFICS | NAME_HONORIFICS


class Kind(NamedTuple):
    kind: str
    evidence: str


def decide_kind(name: str, mentions=(), role: str | None = None, extracted: str = "") -> Kind:
    """The kind of the speaker called `name` (already cleaned), with the evidence."""
    words = name.split()
    if not words:
        return Kind(extracted or PERSON, "no evidence")
    bares = [fold(w).strip(".,'’") for w in words]
    last = bares[-1]
    if last in GROUP_NAMES or _plural_people(words):
        return Kind(GROUP, f"“{words[-1]}” names a group of people")
    if alias_key(name) in organisations() or identity(name)[0] in _listed_keys():
        return Kind(ORGANISATION, "a listed organisation")
    if len(words) == 1 and bares[0] in KNOWN_ORGS:
        return Kind(ORGANISATION, "a known organisation")
    if last in ORG_WORDS | MORE_ORG_WORDS | ORG_HEADS and not titled_form(words):
        return Kind(ORGANISATION, f"“{words[-1]}” names an organisation")
    if fold(name) in countries():
        return Kind(ORGANISATION, "a country, speaking for its government")
    title = _title_before(name, mentions)
    if title:
        return Kind(PERSON, f"titled “{title}”")
    if len(words) >= 2 and is_given_name(words[0]):
        return Kind(PERSON, f"“{words[0]}” is a given name")
    head = role_head(role)
    if head in _NOT_PERSON_ROLES:
        return Kind(ORGANISATION, f"described as a “{head}”")
    if head in _PERSON_ROLES or head.endswith(_PERSON_SUFFIXES):
        return Kind(PERSON, f"described as a “{head}”")
    if len(words) == 1 and len(words[0]) > 1 and words[0].replace("&", "").isupper():
        return Kind(ORGANISATION, "an acronym")
    if any(b in ORG_WORDS | MORE_ORG_WORDS for b in bares):
        return Kind(ORGANISATION, "an organisation's word in the name")
    if extracted in (PERSON, ORGANISATION):
        return Kind(extracted, "the extractor's guess")
    return Kind(PERSON, "no evidence")


def role_head(role: str | None) -> str:
    """The noun a role is about, lower case: "Houthi military spokesperson" ->
    "spokesperson", "director of Black Panther" -> "director", "a database detailing
    ..." -> "database"."""
    first = fold(role or "").split(";")[0]
    first = re.split(r"\b(?:of|for|at|from|with|in|on|to|who|that|and)\b|\b\w+ing\b", first)[0]
    words = re.findall(r"[a-z][a-z-]+", first)
    return words[-1] if words else ""


def _listed_keys() -> set[str]:
    return {alias_key(name) for name, _ in organisations().values()}


def _plural_people(words: list[str]) -> bool:
    """ "Samoans", "American Samoans", "Kurds": a people's name in the plural."""
    last = fold(words[-1])
    if not last.endswith("s") or last.endswith("ss") or not words[-1][0].isupper():
        return False
    return last[:-1] in NATIONALITIES | PEOPLES


def _title_before(name: str, mentions) -> str | None:
    """A personal title or a person's role straight before the name in a mention:
    "Mr Tong", "President Trump", "Dr. Tristan Smith", "Florida Department of
    Transportation official Troy Roberts"."""
    words = [fold(w).strip(".,") for w in name.split()]
    for mention in mentions:
        said = [fold(w).strip(".,") for w in mention.split()]
        for i in range(1, len(said) - len(words) + 1):
            if said[i : i + len(words)] == words:
                before = said[i - 1]
                if before in TITLES or before in _PERSON_ROLES:
                    return mention.split()[i - 1].rstrip(".,")
    return None

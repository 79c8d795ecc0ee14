"""What is a name: cleaning a speaker's surface form, and the name-shape check.

News copy puts words around names that are not the name: "Though Mr Brown",
"Commenting Mr Jones", "Upon arrival, Zapata", "ABC News.", "Centre for Aviation's",
"BBC's Jonathan Marcus", "Fourteen-year-old Zoe". `clean_name` takes them off;
`shape_problem` says why what is left is still not a name ("Pierce derided the two
party", "Information Minister", "Vietnam War"), or None. The importer stores neither
a speaker nor an alias that fails the check; the editors' queue lists records that do.
"""

import re
from functools import lru_cache

from quotes.extraction.lexicon import (
    ANONYMOUS_HEADS,
    COUNTRIES,
    NATIONALITIES,
    NON_SPEAKERS,
    NOT_NAMES,
    ORG_HEADS,
    ORG_WORDS,
    ROLE_HEADS,
    TITLE_WORDS,
    words,
)
from quotes.extraction.names import fold

from .people import is_given_name, titled_form
from .tables import countries

# Words that open a clause before a name: sentence adverbs, conjunctions, participles
# of speaking ("Commenting Mr Jones", "Though Mr Brown", "Afterwards Trump").
DISCOURSE = words("""
    after afterwards afterward although though whereas while whilst when however
    meanwhile also additionally lastly finally next then still but and so yet recently
    earlier later previously currently initially subsequently separately similarly
    likewise nevertheless moreover furthermore instead indeed yesterday today tonight
    tomorrow this that these those there here according regarding concerning upon
    during despite since until unless because if as before once both either neither
    even only just now thus hence elsewhere overall notably specifically his her their
    its our my your listed current fellow
    asked asking commenting responding replying reacting writing addressing adding
    explaining noting warning arguing insisting stressing acknowledging admitting
    conceding claiming saying describing calling quoting citing announcing confirming
    denying defending discussing recalling tweeting posting continuing concluding
    agreeing praising criticising criticizing welcoming thanking urging reflecting
    referring echoing testifying speaking talking telling interviewed reportedly
    """) | (
    NOT_NAMES - words("first second third one two three four five six seven eight nine ten")
)
DETERMINERS = words("the a an")
# Lower-case words that belong inside names: "Ursula von der Leyen", "Bank of England".
PARTICLES = words(
    "de da di del dela della der den van von la le du dos das des bin ibn al el ter ten zu y"
)
CONNECTORS = words("of for and on the in at & und et")
PRONOUNS = words("i me we us you he him she her it they them who his hers its their")
# What a capitalised name can end in without naming a speaker.
THINGS = words("""
    war wars amendment act treaty accord storm hurricane typhoon cyclone earthquake
    award awards prize cup championship championships olympics games film novel book
    album show series season virus disease pandemic vaccine cocktail festival summit
    conference election elections referendum protocol
    """)
# Offices that end a title and never a surname ("Green", "Sheikh", "King" can).
OFFICES = words("""
    minister secretary representative director spokesman spokeswoman spokesperson
    president chancellor governor mayor senator ambassador commissioner official
    chairman chairwoman chairperson premier envoy adviser advisor prosecutor attorney
    general leader chief executive administrator
    """)
# Words that name a kind of body, not one body, when they stand alone ("State",
# "the Ministry"); "Congress", "Parliament" and "the Kremlin" are bodies of their own.
GENERIC_BODIES = (ORG_HEADS | words("state states city county nation region")) - words(
    "kremlin congress parliament senate"
)
# Publications and other bodies the engine's word lists do not name.
MORE_ORG_WORDS = words("herald tribune gazette telegraph chronicle daily magazine tv radio")
US_STATES = words("""
    alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada
    hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania
    rhode tennessee texas utah vermont virginia washington wisconsin wyoming
    """)
# Words before a name that describe the person rather than name them.
DESCRIBING = (
    TITLE_WORDS
    | ROLE_HEADS
    | NATIONALITIES
    | COUNTRIES
    | US_STATES
    | ORG_WORDS
    | ANONYMOUS_HEADS
    | words("""
    national international regional local federal lead legislator ecologist biologist
    administrator astronomer physicist chemist geologist author co-author co-developer
    co-founder study eyewitness resident student voter actor actress singer tv
    """)
)
COMMON_OWNERS = words("""
    people children women men workers citizens veterans nurses teachers farmers
    soldiers sailors seamen pilots parents students patients people's world nation
    """)
_ROLE_SUFFIXES = ("ologist", "ist", "ator", "ative", "ician", "ographer")
_AGE = re.compile(r"^(?:\d+|[A-Za-z]+)-years?-old$", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*(?:[,;:(){}\[\]\"“”]|\s[—–-]{1,2}\s|—)\s*")
_TRAILING = ".,;:!?'\"”’)]"
_KEEP_DOT = words("jr sr inc co ltd corp bros st plc")
_NUMERALS = frozenset("II III IV".split())
_POSSESSIVE = re.compile(r"['’]s$")


def _bare(word: str) -> str:
    return fold(word).strip(".,;:!?'\"“”’()")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or word[:1] == "&"


def _particle(word: str) -> bool:
    """ "von", "de", and "al-Assad", "el-Sisi" (a lower-case particle joined on)."""
    return word in PARTICLES or bool(re.match(r"^(?:al|el|ad|as|ash|bin|ibn)-\w", word))


def _describing(word: str) -> bool:
    bare = _bare(word)
    if not bare or bare in DESCRIBING:
        return True
    if word.isupper() and len(bare) > 1:  # "NASA Administrator Jim Bridenstine"
        return True
    if _POSSESSIVE.search(word) or bare.startswith("co-"):
        return True
    return len(bare) > 5 and bare.endswith(_ROLE_SUFFIXES) and not is_given_name(bare)


def _strip_lead(tokens: list[str]) -> list[str]:
    """Leading discourse words, determiners, ages and lower-case words (a clause or a
    role: "according to investigators", "former federal prosecutor")."""
    while tokens:
        word, bare = tokens[0], _bare(tokens[0])
        lower = not _capitalised(word) and not _particle(word)
        if bare in DISCOURSE or bare in DETERMINERS or _AGE.match(bare) or lower:
            tokens = tokens[1:]
        elif len(tokens) > 1 and _AGE.match(_bare(tokens[1])):  # "Fourteen-year-old"
            tokens = tokens[2:]
        else:
            break
    return tokens


def _strip_tail(tokens: list[str]) -> list[str]:
    """Trailing punctuation and a possessive: "ABC News." -> "ABC News"; "Centre for
    Aviation's" -> "Centre for Aviation". Abbreviations keep their dot ("Jr.", "D.C.")."""
    if not tokens:
        return tokens
    last = tokens[-1]
    while last and last[-1] in _TRAILING:
        if last[-1] == "." and (_bare(last) in _KEEP_DOT or re.search(r"\.\w\.$|^\w\.$", last)):
            break
        last = last[:-1]
    last = _POSSESSIVE.sub("", last)
    return [*tokens[:-1], last] if last else tokens[:-1]


def _after_owner(tokens: list[str]) -> list[str]:
    """The person after an owner: "BBC's Jonathan Marcus" -> "Jonathan Marcus",
    "Hong Kong's Carrie Lam" -> "Carrie Lam"; "Taiwan's Constitutional Court" and
    "Alachua Sheriff's Office" stay whole."""
    for i, word in enumerate(tokens[:-1]):
        if _POSSESSIVE.search(word):
            rest = tokens[i + 1 :]
            person = len(rest) >= 2 and not _organisation_words(rest)
            owner = " ".join(tokens[: i + 1]).casefold()
            if person and (is_given_name(rest[0]) or owner in countries()):
                return rest  # "Hong Kong's Carrie Lam"
            if len(rest) >= 2 and _organisation_words(rest) and i == 0 and _named_owner(word):
                return rest  # "Trump's State Department" is the State Department
            return tokens
    return tokens


def _named_owner(word: str) -> bool:
    """A proper name owning what follows ("Trump's"), not a country ("Taiwan's") nor
    a common noun in a name ("People's Liberation Army", "Children's Hospital")."""
    bare = _POSSESSIVE.sub("", fold(word))
    return bare not in DESCRIBING and bare not in COMMON_OWNERS and bare not in countries()


def _after_role(tokens: list[str]) -> list[str]:
    """The name after a lower-case role inside the form: "Florida Department of
    Transportation official Troy Roberts" -> "Troy Roberts", "Greek daily Kathimerini"
    -> "Kathimerini"."""
    for i in range(len(tokens) - 2, 0, -1):
        word = tokens[i]
        if not _capitalised(word) and not _particle(word) and word not in CONNECTORS:
            rest = tokens[i + 1 :]
            role = _bare(word) in ROLE_HEADS | ORG_HEADS | ANONYMOUS_HEADS | MORE_ORG_WORDS
            if (len(rest) >= 2 or role) and all(_capitalised(w) or _particle(w) for w in rest):
                return rest
            return tokens
    return tokens


def _before_affiliation(tokens: list[str], person: bool) -> list[str]:
    """A person's name before their affiliation: "Carl Hensman of the Bill and Melinda
    Gates Foundation" -> "Carl Hensman", "Regina Ip from the pro-Beijing camp" ->
    "Regina Ip". Organisations keep theirs ("Bank of England")."""
    for i, word in enumerate(tokens[2:9], start=2):
        if word in _AFFILIATIONS:
            name = tokens[:i]
            if _organisation_words(name) or titled_form(name) or all(map(_describing, name)):
                return tokens
            if person or is_given_name(name[0]):
                return name
            return tokens
    return tokens


_AFFILIATIONS = frozenset("of from at with".split())


def _organisation_words(tokens: list[str]) -> bool:
    return any(_bare(word) in ORG_WORDS | MORE_ORG_WORDS for word in tokens)


@lru_cache(maxsize=65536)  # pure, and the same names recur article after article
def clean_name(surface: str, kind: str = "") -> str:
    """The name in a surface form, without the words news copy puts around it (see
    the module's docstring); "" when nothing is left. `kind` ("person" or "" when not
    known) makes it skip parts that are only a person's titles ("A Republican
    Assemblywoman, Jill Tolles"); titles before a name stay (`person_name` takes them
    off)."""
    parts = [part for part in _SEPARATORS.split(surface or "") if part and part.strip()]
    cleaned = [_clean_part(part, kind == "person") for part in parts]
    for name in cleaned:  # the first part that is a name, else the first one left
        checked = person_name(name) if kind == "person" else name
        if name and shape_problem(checked, kind) is None:
            return name
    return next((name for name in cleaned if name), "")


def _clean_part(part: str, person: bool) -> str:
    tokens = _strip_tail(_strip_lead(part.split()))
    tokens = _after_role(_before_affiliation(_after_owner(tokens), person))
    return " ".join(tokens)


@lru_cache(maxsize=65536)  # pure, and the same names recur article after article
def person_name(name: str) -> str:
    """A person's name without the titles and descriptions before it: "Attorney General
    Lord Goldsmith" -> "Lord Goldsmith", "Vermont Bernie Sanders" -> "Bernie Sanders",
    "Legislator Tanya Chan" -> "Tanya Chan", "President Trump" -> "Trump"; a peerage or
    regnal form keeps its title ("Pope Francis")."""
    tokens = name.split()
    # A given name after words that describe: "India Narendra Modi", "Iran Brian Hook".
    for k in range(1, len(tokens) - 1):
        if is_given_name(tokens[k]) and not titled_form(tokens):
            before = tokens[:k]
            if not any(is_given_name(w) for w in before) and any(map(_describing, before)):
                tokens = tokens[k:]
            break
    while (
        len(tokens) > 1
        and not titled_form(tokens)
        and (
            _describing(tokens[0]) or tokens[0] in CONNECTORS  # "Secretary of State X"
        )
    ):
        if is_given_name(tokens[0]) and _bare(tokens[0]) not in TITLE_WORDS:
            break
        tokens = tokens[1:]
    return " ".join(tokens)


@lru_cache(maxsize=65536)  # pure, and the same names recur article after article
def shape_problem(name: str, kind: str = "") -> str | None:
    """Why `name` is not a speaker's name, or None when it has the shape of one.

    `kind` ("person", "organisation", "group" or "" for unknown) adds the checks that
    depend on it: a person's name has no digits and is not only titles."""
    tokens = (name or "").split()
    if not tokens or not any(ch.isalpha() for ch in name):
        return "no name"
    if len(tokens) > 8:
        return "too long for a name"
    bares = [_bare(word) for word in tokens]
    if any(word in PRONOUNS and not tok.isupper() for word, tok in zip(bares, tokens, strict=True)):
        return "a pronoun inside"
    if not _capitalised(tokens[0]) and not _particle(tokens[0]):
        return "starts in lower case"
    for position, word in enumerate(tokens[1:], start=1):
        if _capitalised(word) or _particle(word) or _bare(word) in CONNECTORS:
            continue
        if position == len(tokens) - 1 and _bare(word) in ORG_HEADS and kind != "person":
            continue  # "the Samoan government", "the Biden campaign"
        return "a clause, not a name"
    if bares[0] in DISCOURSE:
        return "starts with a discourse word"
    if re.search(r"\s[—–-]+\s|[;:\"“”()]", name):
        return "punctuation inside"
    if _POSSESSIVE.search(tokens[-1]):
        return "ends in a possessive"
    if tokens[-1].endswith(",") or (tokens[-1].endswith(".") and not _abbreviation(tokens[-1])):
        return "ends in punctuation"
    if bares[-1] in THINGS:
        return "a thing, not a speaker"
    if len(tokens) == 1 and bares[0] in ANONYMOUS_HEADS | GENERIC_BODIES:
        return "a common noun, not a name"
    if len(tokens) == 1 and re.fullmatch(r"(?:[A-Z]\.){1,3}", tokens[0]):
        return "initials only"
    if re.search(r"\sand the [A-Z]", name):
        return "two names joined"
    if len(tokens) == 1 and bares[0] in NON_SPEAKERS | DISCOURSE:
        return "a common noun, not a name"
    if kind == "person":
        return _person_problem(tokens, bares)
    return None


def _person_problem(tokens: list[str], bares: list[str]) -> str | None:
    if any(ch.isdigit() for word in tokens for ch in word):
        return "digits in a person's name"
    if all(word in DESCRIBING or word in PARTICLES | CONNECTORS for word in bares):
        return "a title, not a name"
    if bares[-1] in OFFICES and not is_given_name(tokens[0]):
        return "a title, not a name"  # "Information Minister", "Special Representative"
    if not titled_form(tokens) and any(word in CONNECTORS for word in tokens[1:]):
        return "an organisation's shape"
    if any(word.isupper() and len(word) > 2 and word not in _NUMERALS for word in tokens):
        return "an acronym in a person's name"
    return None


def _abbreviation(word: str) -> bool:
    return _bare(word) in _KEEP_DOT or bool(re.search(r"\.\w\.$|^\w\.$", word))


def clause_like(name: str) -> bool:
    """A name that reads as part of a sentence: lower-case words, a pronoun, a
    discourse word first."""
    problem = shape_problem(name)
    return problem in {
        "a pronoun inside",
        "starts in lower case",
        "a clause, not a name",
        "starts with a discourse word",
    }

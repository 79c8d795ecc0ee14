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
    after_title_object,
    classify_tokens,
    gender_of,
    is_title_word,
    word_key,
)
from .descriptions import (
    CLAUSE_WORDS,
    DETERMINERS,
    PLACE_AFTER,
    PREPOSITIONS,
    VERBISH,
    group_phrase,
    leads_common_phrase,
    parse_common,
    strip_determiner,
)
from .lexicon import (
    ABBREVIATIONS,
    ANONYMOUS_HEADS,
    DOCUMENTS,
    LEGAL_TEXTS,
    NAME_MONTHS,
    NAME_PARTICLES,
    NON_SPEAKERS,
    NOT_NAMES,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    ORG_WORDS,
    SUBJECT_PRONOUNS,
)
from .names import given_gender
from .phrase import NP
from .sentences import without_dateline

# One character class first (a space or a comma), so that re skips ahead to candidates.
_RELATIVE: Final = re.compile(
    r"[\s,](?:(?<=\s)(?:who|whose|which)\s|"
    r"(?<=,)\s*(?:who|whose|whom|which|where|when|while|speaking|writing|having|after|before|"
    r"as|now|then|himself|herself|itself|themselves|also|according|adding|in|on|at|"
    r"during|like|with|whom)\b)"
)
_RELATIVE_PRONOUNS: Final = frozenset(("who", "whose", "whom", "which", "where", "when", "while"))
_AUXILIARY: Final = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\b"
)
# A finite verb inside what should be a noun phrase: after a name or pronoun ("Trump
# congratulated", "Vanderbilt also authored") or before its object ("attacked the
# inquiry"). Participles after a noun ("people briefed on", "a man named") are not.
_VERB_IN_PHRASE: Final = re.compile(
    r"(?:(?![A-Z][a-z]*ly\s)[A-Z][\w'’.-]*[a-z][\w'’.-]*\s+(?:[a-z]+ly\s+|also\s+|then\s+)?"
    r"(?!(?:named|called|"
    r"dubbed|nicknamed|based|born|aged)\b)[a-z]{3,}ed|\b(?!(?:named|called|dubbed|nicknamed|"
    r"based|born|aged|led|owned|backed|funded|appointed|elected|retired|alleged|so-called)\b)"
    r"[a-z]{3,}ed\s+(?:the|a|an|his|her|their|its|several|many)|\b(?:said|told|made|took|"
    r"gave|won|met|sent|saw|came|went|held|found|got|began|became|spoke|wrote)\s+"
    r"(?:the|a|an|his|her|their|its|that|to)|\b(?:continued|began|started|tried|wanted|"
    r"went on)\s+to)\b"
    # A passive or perfect verb: "Democrats were outraged by Comey's announcement".
    r"|\b(?:was|were|is|are|has|have|had|been)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\b"
    # A headline's verb after a name: "Rep. Gwen Graham slams Trump, praises ...".
    r"|(?<=[a-z])\s+(?:slams|blasts|rips|praises|hails|urges|warns|calls|says|backs|attacks|"
    r"accuses|defends|criticises|criticizes|mocks|lashes|tells)\s+[A-Z]"
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
    r"Challenged|Quizzed|Appearing|Testifying)\b[^,]*,\s*|"
    # Sentence adverbs, only with their comma ("Rather, sources close to her campaign
    # say"): "Yet the minister, in a statement, said" keeps its subject.
    r"(?:Rather|Moreover|Furthermore|Besides|Likewise|Similarly|Consequently|Accordingly|"
    r"Thus|Therefore|Hence|Otherwise|Afterwards|Also|Again|Yet|Notably|Ultimately|"
    r"Crucially|Importantly),\s*)+"
)
# Adverbs that open a sentence without a comma ("Yesterday the agency told ..."), and the
# conjunctions: not part of the subject after them.
_CONJUNCTIONS: Final = (
    "And",
    "But",
    "So",
    "Yet",
    "Then",
    "Also",
    "Still",
    "Yesterday",
    "Today",
    "Tonight",
    "Earlier",
    "Later",
    "Meanwhile",
    "Separately",
    # Subordinators: "While the Wells Fargo board emphasized ...", "Whereas Pierce said".
    "While",
    "Whereas",
    "Although",
    "Though",
    "Because",
    "If",
    "When",
    "Unless",
    "As",
)
_LEAD_CONJUNCTION: Final = re.compile(rf"^(?:{'|'.join(_CONJUNCTIONS)})\s+")
_LEAD_WORDS: Final = tuple(
    f"{word} "
    for word in (
        "Even", "Only", "Without", "Despite", "After", "Before", "During", "Under", "Amid",
        "Following", "Since", "Until", "Unlike", "Like", "Besides", "Beyond", "In", "On",
        "At", "With", "For", "Once", "Now", "Again",
    )
)  # fmt: skip
_UNCOMMAED_LEAD: Final = re.compile(
    r"[A-Z][a-z]+(?:\s+[\w'’-]+){0,6}?\s+(?=(?:the|a|an|its|his|her|their)(?:\s+(?!(?:the|a|an)\s)[a-z][\w'’-]*){1,3}$)"
)
# A modifier coordinated with the next one: "Democratic and " in "Democratic and Republican
# lawmakers".
_COORDINATED_MODIFIER: Final = re.compile(r"\b[\w-]+\s+and\s+(?=[\w-]+\s+[a-z])")
# US states as the press abbreviates them, with their full stop ("Springfield, Va.").
_STATE_ABBREVIATIONS: Final = frozenset(
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo "
    "mont neb nev okla ore pa tenn tex vt va wash wis wyo n.y n.j n.c s.c n.h n.m n.d s.d "
    "r.i w.va d.c".split()
)
_NO_ONE: Final = frozenset(("consensus", "wisdom"))  # "conventional wisdom holds"
_DETERMINERS_AFTER_VERB: Final = frozenset(("the", "a", "an", "his", "her", "their", "its"))
_AGENT: Final = frozenset(("by", *PREPOSITIONS))  # before a group: no subject
_OPEN_DASH: Final = re.compile(r"\s+[—–]\s+|\s+--?\s+")
_BEFORE_A_MONTH: Final = frozenset(("a", "an", "the", "last", "next", "this", "early", "late"))
_PARENTHESES: Final = re.compile(r"\s*\([^()]{0,60}\)")
_DASHED_ASIDE: Final = re.compile(r"\s+[-–—]\s+[^-–—,]{1,60}?\s+[-–—](?=\s|,|$)")
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
_AFFILIATION: Final = re.compile(
    rf"(.+[{UPPER}][\w'’.-]*)\s+(?:of|from)\s+(?:the\s+)?[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*)*$"
)
_PLACE_PREPOSITIONS: Final = frozenset(
    "over under across around through into onto about against between among during after "
    "before since until without within behind beyond near toward towards upon via "
    "despite".split()
)
_POSSESSIVES: Final = {"his": "he", "her": "she", "their": "they", "its": "it"}
_NOT_POSSESSOR: Final = frozenset(("of", "in", "on", "at", "a", "an", "part", "parts"))
_AUTHORS: Final = frozenset(("name", "organisation", "anonymous", "description", "pronoun"))
# Who a written thing is from: "a report from the NTSB", "a tweet on Monday by X".
_DOCUMENT_SOURCE: Final = re.compile(
    r"\b(?:from|by|issued\s+by|released\s+by|published\s+by|posted\s+by)\s+(.{2,80}?)"
    r"(?:\s+(?:on|in|during|at|last|this)\b.*)?$"
)
# The word after a title that takes an object ("Minister of", "Ambassador to", "Senator
# from Vermont").
TITLE_OBJECT: Final = frozenset(("of", "for", "to", "at", "from"))
_CAPITAL_OBJECT: Final = re.compile(r"\w+\s+(?:the\s+)?[A-Z]")
_OF_WORDS: Final = ("of", "at", "from", "with")
# A time phrase opening a sentence without a comma ("A few days later the administration
# said"): when it was said, not who said it.
_TIME_LEAD_HINT: Final = re.compile(
    r"(?:A|An|Two|Three|Four|Five|Several|Some|Days|Weeks|Months|"
    r"Hours|Minutes|Moments|Years)\s"
)
_TIME_LEAD: Final = re.compile(
    r"^(?:(?:A|An)\s+(?:few\s+|couple\s+of\s+)?|(?:Two|Three|Four|Five|Several|Some)\s+)?"
    r"(?:days?|weeks?|months?|hours?|minutes?|moments?|years?|Days|Weeks|Months|Hours|Minutes|"
    r"Moments|Years)\s+(?:later|earlier|after|afterwards|before|ago)\s+(?=\S)"
)
_EXAMPLES: Final = re.compile(r",?\s+(?:such\s+as|including)\s+.*$")
# The name an unnamed source goes by: "a protester using the pseudonym Katya", "a woman
# identified only as Maria", "a man named John Reed".
_GOES_BY: Final = re.compile(
    r"\b(?:(?:using|under|giving|gave)\s+(?:the|a|her|his|their)\s+(?:pseudonym|alias|"
    r"name|first\s+name)|identified\s+(?:only\s+)?as|named|known\s+(?:only\s+)?as)\s+"
    rf"([{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)*)$"
)
# A shop's or a firm's name in the possessive, which a subject can only be as a name.
_TRADING_NAME: Final = re.compile(rf"(?:[{UPPER}][\w&.-]*\s+){{0,3}}[{UPPER}][\w&.-]*['’]s")
_WEBSITE: Final = re.compile(r"[A-Z][\w-]*\.(?:com|org|net|info|io|co\.uk|com\.au|ru|de|fr)")
_ORDINAL: Final = re.compile(r"\d+(?:st|nd|rd|th)")


def parse_subject(text: str) -> NP | None:
    """The speaker a subject noun phrase names, or None if it is not one."""
    # Callers slice the same phrase with and without its surrounding spaces and commas
    # (" Mr Yilmaz", "Mr Yilmaz "); the parse depends only on what is inside them.
    return _parse_subject_cached(text.strip().strip(",;:—– \"“”'’‘"))


@lru_cache(maxsize=8192)
def _parse_subject_cached(text: str) -> NP | None:
    # Each regex is tried only where the character it needs is there: most subjects are
    # two or three plain words, and each new one is parsed once.
    core = without_dateline(text.strip().strip(",;:—– "))
    if "(" in core:
        core = _PARENTHESES.sub("", core)
    if "-" in core or "–" in core or "—" in core:
        core = _DASHED_ASIDE.sub("", core)
        # "Gingrich — mentioned by Newsmax as ...": an aside the slice cut before its
        # closing dash; the subject is before it.
        core = _OPEN_DASH.split(core, 1)[0]
    if "," in core:
        core = LEAD_ADVERBIAL.sub("", core)
    if core.startswith(_CONJUNCTIONS):
        core = _LEAD_CONJUNCTION.sub("", core)
    if core.startswith(_LEAD_WORDS):
        # "Even without changes the board said": the phrase before the last determiner is
        # an adverbial that lacks its comma, not part of the speaker.
        lead = _UNCOMMAED_LEAD.match(core)
        if lead is not None:
            core = core[lead.end() :]
    if _TIME_LEAD_HINT.match(core):
        core = _TIME_LEAD.sub("", core)
    if " such as " in core or " including " in core:
        # "Political commentators such as Brit Hume and Chris Wallace": the group speaks;
        # the names are examples of it.
        core = _EXAMPLES.sub("", core)
    relative = _RELATIVE.search(core)
    whole = core
    if relative:
        core = core[: relative.start()]
        if relative.group().strip(" ,") not in _RELATIVE_PRONOUNS and (
            _AUXILIARY.search(whole, relative.end())
            or _VERB_IN_PHRASE.search(whole, relative.end())
        ):
            # "..., during the weekend, police were investigating", "Maine, on Thursday
            # afternoon, Trump included the Philippines ...": a clause.
            return None
    if _VERB_IN_PHRASE.search(core):
        return None  # "President Trump congratulated Pelosi": a clause, not a speaker
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
        if parsed[0] is None and two_people(parts[0]):
            return None  # "Mr. Clyburn and Mr. Butterfield, the chairman of ...": two people
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
        if chosen.kind == "name" and not chosen.given and _names_a_body(others[0]):
            # "Airfleets, a database of aircraft, states": what the apposition says it is.
            chosen = NP(surface=chosen.surface, kind="organisation", name=chosen.name)
        if chosen.kind == "name":
            role = "; ".join(strip_determiner(p) for p in others)
            chosen.role = "; ".join(r for r in (chosen.role, role) if r) or None
            chosen.gender = chosen.gender or gender_of([], [], role)
    if chosen.kind == "name" and all(is_title_word(t) for t in chosen.name.split()):
        return None  # "the Lord President of the court": a title with no name is no one
    if chosen.kind in ("anonymous", "description"):
        alias = _GOES_BY.search(core)
        if alias is not None:
            # "a protester using the pseudonym Katya": the name the source goes by.
            named = _parse_part(alias.group(1))
            if named is not None and named.kind == "name":
                chosen = named
    chosen.age = age
    chosen.surface = core.strip(" ,")
    if (
        chosen.kind in ("name", "organisation")
        and chosen.name.endswith(("'s", "’s"))
        and chosen.name != parts[0]  # "McDonald's" (see _TRADING_NAME)
    ):
        # "The Centre for Aviation's database ... states": the owner, without the "'s".
        chosen.name = chosen.name[:-2]
    if chosen.kind in ("name", "organisation") and chosen.name.endswith("."):
        last = chosen.name.rsplit(None, 1)[-1]
        if len(last) > 2 and word_key(last) not in ABBREVIATIONS and "." not in last[:-1]:
            chosen.name = chosen.name[:-1]  # "ABC News. reported": the sentence's full stop
    if relative is not None:
        pronoun = relative.group().strip(" ,")
        restrictive = not relative.group().startswith(",")
        if chosen.kind == "anonymous" and restrictive and pronoun == "who":
            # "Tenants who were evicted last year say": the clause says which tenants. A
            # clause that goes on past a comma or a dozen words is a sentence's, not a
            # group's name ("parents who adopt would not be eligible ..., and when ...").
            if "," in whole.strip(" ,") or len(whole.split()) > 12:
                return None
            chosen.name = group_phrase(whole.strip(" ,"))
            chosen.surface = whole.strip(" ,")
        elif chosen.kind == "name" and pronoun == "which" and len(parts) == 1:
            # People are "who"; "Northvolt, which makes batteries, said" is a company.
            chosen = NP(surface=chosen.surface, kind="organisation", name=chosen.name)
    return chosen


def _names_a_body(apposition: str) -> bool:
    """Does an apposition say that a name is a body's or a thing's ("a database detailing
    ...", "the country's largest retailer")? Its head is the word before the first
    preposition, participle or relative pronoun."""
    head = ""
    for word in strip_determiner(apposition).casefold().split():
        if word.endswith(("'s", "’s")):
            continue  # "the country's largest retailer": the owner, then the head
        if word in PREPOSITIONS or word in _HEAD_STOPS or word.endswith("ing"):
            break
        head = word
    return head in ORG_HEADS or head in ORG_DESCRIPTORS


_HEAD_STOPS: Final = frozenset(("that", "which", "who", "whose", "based", "owned", "run", "and"))


@lru_cache(maxsize=4096)  # the same roles come back: "the coach", "the chief executive"
def _appositive(part: str) -> bool:
    """Can this comma-separated part describe the speaker ("the coach", "54")?"""
    tokens = part.split()
    if len(tokens) > 14:
        return False
    first = tokens[0].casefold()
    if first in CLAUSE_WORDS and first not in ("his", "her", "their", "its"):
        return False
    if len(tokens) == 1 and tokens[0].islower() and tokens[0].endswith("ed"):
        return False  # "John Hutchinson, a biologist, questioned": the verb
    return not any(t.casefold() in VERBISH for t in tokens) and not _VERB_IN_PHRASE.search(part)


def _parse_part(part: str) -> NP | None:
    # Parts recur far more than whole subjects ("the defence minister", a name with and
    # without its role); the callers amend what they get, so each gets its own copy.
    np = _parse_part_cached(part)
    return None if np is None else _copy(np)


def _copy(np: NP) -> NP:
    return NP(
        np.surface, np.kind, np.name, np.role, np.gender, np.given, np.titled, np.age, np.written
    )


@lru_cache(maxsize=8192)
def _parse_part_cached(part: str) -> NP | None:
    tokens = part.split()
    if not tokens or len(tokens) > 14:
        return None
    lower = part.casefold()
    if tokens[0] in PREPOSITIONS:
        return None  # "with the Birthday Party": a prepositional phrase names no one
    if lower in SUBJECT_PRONOUNS:
        return NP(surface=part, kind="pronoun", name=lower)
    if (
        len(tokens) > 1
        and tokens[0] in NAME_PARTICLES
        and tokens[-1][:1].isupper()
        and all(t[:1].isupper() or t in NAME_PARTICLES for t in tokens[1:])
    ):
        # "de Blasio said", "von der Leyen said": the particle is the surname's.
        return NP(surface=part, kind="name", name=part)
    if len(tokens) == 1 and part.endswith(".") and lower[:-1] in _STATE_ABBREVIATIONS:
        return None  # "Johnnie Wilson, of Springfield, Va., said": a place
    if len(tokens) == 1 and len(lower) >= 8 and lower.endswith("ly") and given_gender(part) is None:
        return None  # "Repeatedly, the complex filled with ...": an adverb, not a name
    if not _NO_ONE.isdisjoint(lower.split()):
        return None  # "current consensus among scientists says": no source to name
    if (
        len(tokens) > 2
        and tokens[0].endswith("ing")
        and tokens[0].islower()
        and tokens[1] in _DETERMINERS_AFTER_VERB
    ):
        return None  # "attending the South Carolina Tea Party Convention": a verb's phrase
    if _TRADING_NAME.fullmatch(part) and word_key(tokens[0]) not in NOT_NAMES:
        # "McDonald's said", "Trader Joe's, the grocer, said": a possessive with nothing
        # after it to own is a shop's or a firm's name, "'s" and all.
        return NP(surface=part, kind="organisation", name=part)
    if lower in ("no 10", "no. 10", "number 10", "number ten") or (
        len(tokens) == 1 and _WEBSITE.fullmatch(part)
    ):
        return NP(surface=part, kind="organisation", name=part)  # also "Znak.com"
    written = _author(part, tokens)
    if written is not None:
        return written
    if any(
        word_key(token) in LEGAL_TEXTS
        and token[:1].isupper()
        and token[1:].islower()
        and (k == len(tokens) - 1 or tokens[k + 1][:1].isdigit())
        for k, token in enumerate(tokens)
    ):
        return None  # "The 14th Amendment", "Article 2": a text, not who wrote it
    if tokens[-1].casefold() in NON_SPEAKERS:
        if len(tokens) == 1 or (len(tokens) == 2 and tokens[0].casefold() in DETERMINERS):
            return None
        if len(tokens) == 2 and tokens[0][:1].isupper() and tokens[-1].endswith("s"):
            # "Initial reports stated", "Local reports say": sources the article does not
            # name, as the gold names them.
            return NP(surface=part, kind="anonymous", name=part[0].lower() + part[1:], gender="p")
    if " and " in part and tokens[-1] in ANONYMOUS_HEADS and lower.split(None, 1)[0] not in _AGENT:
        # "senior Democratic and Republican lawmakers": one group, with two modifiers.
        simpler = _COORDINATED_MODIFIER.sub("", part, count=1)
        single = _parse_part_cached(simpler) if simpler != part else None
        if single is not None and single.kind == "anonymous":
            return NP(surface=part, kind="anonymous", name=lower, gender="p")
    last = _last_match(part)
    final = _parse_named(part, last) if last is not None else None
    if (
        final is not None
        and final.kind == "name"
        and final.given
        and (final.titled or given_gender(final.given[0]) is not None)
    ):
        return final  # a role and a full name: "Mayor of London Sadiq Khan", "Member of ..."
    affiliated = _AFFILIATION.match(part) if " of " in part or " from " in part else None
    if affiliated is not None:
        # "Member of Parliament Yvette Cooper of the Labour Party": a titled full name,
        # then the body the person belongs to.
        left = _parse_part(affiliated.group(1))
        if left is not None and left.kind == "name" and left.given and left.titled:
            return left
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
        if (
            left is not None
            and left.kind == "name"
            and (left.given or left.titled or _CAPITAL_OBJECT.match(of.group(2)))
        ):  # "Wilson of C-MORE", not "Part of the judge's statement"
            _, conjoined, other = of.group(2).partition(" and ")
            if conjoined:
                second = _parse_part(other)
                if second is not None and second.kind == "name" and (second.given or second.titled):
                    # "James E. Clyburn of South Carolina and G. K. Butterfield of North
                    # Carolina": two people, neither the speaker alone.
                    return None
            left.role = of.group(2)
            return left
    if last is not None and (
        final is not None or not any(t.casefold() in PREPOSITIONS for t in tokens)
    ):
        return final
    return parse_common(part, tokens)


def _last_match(part: str) -> re.Match | None:
    """The capitalised sequence that ends the phrase, if one does."""
    matches = list(CAPSEQ.finditer(part))
    if matches and matches[-1].end() in (len(part), len(part.rstrip("."))):
        return matches[-1]
    return None


def _parse_named(part: str, match: re.Match) -> NP | None:
    prefix = part[: match.start()].strip()
    prefix_words = prefix.split()
    if (
        prefix_words
        and prefix_words[-1].casefold() in _BEFORE_A_MONTH
        and word_key(match.group(0)) in NAME_MONTHS
    ):
        return None  # "In a March 2016 meeting": a month, not Mr March
    # A role before a name may have its own object: "Mayor of London Sadiq Khan", "US
    # Ambassador to Germany Richard Grenell", "Member of parliament Kevin Conolly".
    titled_of = bool(prefix_words) and all(
        _role_word(w) or (w == "and" and k < len(prefix_words) - 1)
        for k, w in enumerate(prefix_words)
    )
    if len(prefix_words) > (9 if titled_of else 6) or (
        not titled_of and any(w in PREPOSITIONS or w in _PLACE_PREPOSITIONS for w in prefix_words)
    ):
        return None  # "Strong winds over the Channel": not a name with a role
    for k, word in enumerate(prefix_words):
        lower = word.casefold()
        if lower in ("and", "&") and k and prefix_words[k - 1][0].isupper():
            continue
        if lower in CLAUSE_WORDS and not word[0].isupper() and not titled_of:
            return None
    if prefix_words and prefix_words[-1] in ORG_DESCRIPTORS:
        # "British retailer Next", "drugmaker Pfizer": what comes after names a company.
        return NP(surface=part, kind="organisation", name=match.group(0))
    tokens = match.group(0).split()
    title_object: list[str] = []  # "State" in "Secretary of State Mike Pompeo", for the role
    # A title's object ("Mayor of London Sadiq Khan"); a bare "of" is where someone is
    # from ("of Climate Action Network Latin America"), all of it the body's name.
    if len(prefix_words) > 1 and (
        prefix_words[-1] in TITLE_OBJECT
        or (
            prefix_words[-1] == "the" and len(prefix_words) > 2 and prefix_words[-2] in TITLE_OBJECT
        )
    ):
        named = after_title_object(tokens)
        if len(named) == len(tokens) and given_gender(tokens[0]) is None:
            return None  # "The Labour MP for Brayford North": the title's object, no name
        title_object = tokens[: len(tokens) - len(named)]
        tokens = named
    classified = classify_tokens(tokens)
    if classified is None:
        return None
    kind, titles, name = classified
    if titled_of and any(w in PREPOSITIONS for w in prefix_words) and kind != "person":
        return None
    if (
        prefix_words
        and prefix_words[-1] in ("and", "&")
        and (not titles or _named_before(prefix_words))
    ):
        return None  # "Anna Kowalska and Piotr Nowak", "Mr. Clyburn and Mr. Butterfield": two
    if kind in ("organisation", "place"):
        name_text = PLACE_AFTER.sub("", " ".join(name))  # "Court of Session in Scotland"
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
    role_words += title_object
    role_words += [t for t in titles if word_key(t) not in HONORIFIC_ONLY]
    role = " ".join(role_words) or None
    return NP(
        surface=part,
        kind="name",
        name=" ".join(name),
        role=role,
        gender=gender_of(titles, name, role),
        given=tuple(name[:-1]),
        titled=bool(titles) or (titled_of and not prefix_words[-1][:1].isupper()),
    )


def two_people(part: str) -> bool:
    """Is `part` two people joined by "and" ("Mr. Clyburn and Mr. Butterfield"), not one
    person described through two ("Baloch and Waseem's mother")?"""
    first, conjoined, second = part.partition(" and ")
    if not conjoined:
        return False
    left, right = _parse_part(first), _parse_part(second)
    return all(
        np is not None and np.kind == "name" and (bool(np.given) or np.titled)
        for np in (left, right)
    )


def _named_before(prefix_words: list[str]) -> bool:
    """Is the word before a role's final "and" a name ("Mr. Clyburn and"), not a title
    ("Chairman and Chief Executive Tim Cook")?"""
    if len(prefix_words) < 2:
        return False
    before = prefix_words[-2].rstrip(",")
    return before[:1].isupper() and not is_title_word(before) and before.casefold() not in ORG_WORDS


def _role_word(word: str) -> bool:
    """Can this word be part of a role before a name: a title or role noun, a capitalised
    word (a place or body: "Montana", "NASA"), or a small word inside a title?"""
    return (
        word in TITLE_OBJECT
        or word == "the"
        or word[:1].isupper()
        or _ORDINAL.fullmatch(word) is not None  # "1st Fleet Command's"
        or (is_title_word(word) or word.casefold() in ORG_WORDS)
    )


def _author(part: str, tokens: list[str]) -> NP | None:
    """The author of a written thing named as a speaker: its possessor ("Judge Miller's
    statement", "their statement") or who it is from ("a report from the NTSB", "a tweet
    on Monday by Mike Pompeo"). A statement with no author named has no speaker here."""
    lowered = [token.casefold() for token in tokens]
    heads = [k for k, word in enumerate(lowered) if word in DOCUMENTS]
    if not heads:
        return None
    head = heads[0]
    for owner in range(head - 1, max(-1, head - 4), -1):
        # "Stardom's official statement", "the judge's statement", "their statement"
        if tokens[owner].endswith(("'s", "’s")):
            start = owner
            while start > 0 and lowered[start - 1] not in _NOT_POSSESSOR:
                start -= 1
            np = parse_subject(" ".join(tokens[start : owner + 1])[:-2])
            if np is not None and np.kind in _AUTHORS:
                return _written(np)
            break
        if lowered[owner] in _POSSESSIVES:
            return _written(
                NP(surface=tokens[owner], kind="pronoun", name=_POSSESSIVES[lowered[owner]])
            )
    source = _DOCUMENT_SOURCE.search(part)
    if source is not None:
        np = parse_subject(source.group(1))
        if np is not None and np.kind in _AUTHORS:
            return _written(np)
    return None


def _written(np: NP) -> NP:
    """An author found through what they wrote: less sure than one named as the speaker."""
    written = _copy(np)
    written.written = True
    return written

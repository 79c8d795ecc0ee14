"""Reported clauses: where the clause after a reporting verb starts and where it ends.

A clause starts after the cue's adjuncts (times, places, channels: "said on Tuesday via
X") and an optional "that"; it must have a finite verb of its own, after its subject,
possibly past appositions and non-restrictive relatives. It ends at ";", at a second
cue ("..., adding", ", and said") or at the sentence's end, without the final stop.
"""

from __future__ import annotations

import re
from typing import Final

from .cues import WEEKDAY
from .lexicon import PARTICIPLES, REPORTING

_ADJUNCTS = re.compile(
    r"(?:\s*,?\s*(?:(?:on\s+)?(?:last|this|next|yesterday|that)\s+(?:" + WEEKDAY + r"|week|"
    r"month|year|night|morning|afternoon|evening|weekend|day)|(?:on\s+)?(?:" + WEEKDAY + r")"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s+(?:morning|afternoon|evening|night))?|"
    r"yesterday|today|tonight|earlier|later|again|also|repeatedly|previously|recently|"
    r"separately|privately|publicly|subsequently|then|"
    r"via\s+(?:[A-Z][\w'’.-]*|social\s+media|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+)|"
    r"(?:around|at|about|before|after)\s+\d{1,2}(?:[:.]\d\d\s*|\s*(?=[ap]\.?m\b))"
    r"(?:a\.?m\.?|p\.?m\.?)?"
    r"(?:\s+(?:local\s+time|[A-Z]{2,4}))?|\([^()]{1,40}\)|in\s+\d{4}|"
    r"in\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|post|"
    r"letter|speech|email|video|message|briefing|address|report|filing|note)"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?|"
    r"(?:in|at|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|"
    r"at\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:conference|briefing|meeting|rally|hearing|"
    r"summit|event|ceremony|scene)|on\s+(?:X|Twitter|Facebook|Instagram|Telegram|"
    r"social\s+media))(?![\w'’-]))*\s*,?"
)

THAT: Final = re.compile(r"\s*that(?:\s+|,\s*(?=[^,]{2,40},))")  # "that, as president, he"

# "warned households that", "told the court that": the cue's object, then the clause.
_OBJECTTHAT: Final = re.compile(r"\s*(?!(?:a|an|any|all|no|some)\s)(?:[\w'’-]+\s+){1,3}?that\s+")

# What does not start a reported clause: a question word, a preposition, an adverbial
# clause ("said on Friday, as costs rose"; "as a teenager she was" is a clause after its
# adjunct).
_NOT_CLAUSE: Final = re.compile(
    r"\s*(?:whether|if|how|why|what|when|where|who|to|for|of|about(?!\s+\d)|with|on|upon|"
    r"in|at(?!\s+(?:least|most)\b)|by|from|during|after|before|into|through|against|without|"
    r"as(?!\s+an?\s)|while|because|since|although|though|until|once|goodbye|"
    r"sorry|nothing|little|(?:so|yes|no)(?=\s*(?:[.,;:!?]|$|to\b|in\b)))\b",
    re.IGNORECASE,
)

FINITE: Final = re.compile(
    r"\b(?:would|will|was|were|is|are|had|has|have|could|can|should|may|might|must|did|"
    r"does|do|wants?|needs?|plans?|expects?|intends?|believes?|remains?|faces?|"
    r"\w{3,}ed|struck|fell|rose|grew|made|took|gave|came|went|saw|knew|thought|found|"
    r"got|left|felt|kept|held|brought|began|ran|won|lost|paid|sent|spent|built|hit|cut|"
    r"put|set|drew|threw|broke|spoke|wrote|chose|drove|flew|fought|led|met|sold|stood|"
    r"became|began|understood|told|said|thinks?(?![\s-]+tanks?\b)|knows?|sees?|feels?|"
    r"seems?|looks?|gets?|"
    r"sat|lay|bought|caught|dealt|fed|fled|forgot|froze|hung|heard|hid|hurt|knew|laid|lent|"
    r"let|lit|meant|quit|rode|rang|shook|shot|shut|sang|sank|slept|slid|spun|split|spread|"
    r"stole|stuck|swore|swept|swung|taught|tore|woke|wore|means|includes?|goes|comes|died|dies|"
    r"makes|takes|gives|keeps|holds|sits|stands|lies|leaves|shows|owns|runs|costs?|"
    r"depends|lacks|poses|puts|risks|suffers|uses|works|lives|cannot|can't|won't|don't|"
    r"doesn't|didn't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|wouldn't|"
    r"couldn't|shouldn't|(?:i|you|he|she|it|we|they|there)['’](?:d|ll|re|ve|s|m))(?!\w)"
)

_SMALL: Final = (
    r"(?:of|in|on|at|for|with|by|from|to|a|an|the|as|is|has|was|this|its|that|which|who|only)"
)

# A subject and a verb in the present: "the site floods", "the lower road often floods",
# "Mahan flies fighters".
_PRESENT_CLAUSE: Final = re.compile(
    r"(?:(?:the|a|an|its|their|his|her|this|our)\s+(?:(?!" + _SMALL + r"\s)[a-z'’-]+\s+){0,2}?"
    r"[a-z-]+|[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s+"
    r"(?:(?:often|always|never|regularly|still|now|already|rarely|simply)\s+)?"
    r"(?!" + _SMALL + r"\s)[a-z]{2,}(?<![su])s\b"
)

# What starts an adverbial or a coordinated clause after a comma, not an apposition.
_NOT_APPOSITION: Final = re.compile(
    r"(?:in|on|at|by|for|with|from|upon|after|before|during|but|and|or|while|though|"
    r"although|because|as|if|when)\b"
    # "disclosed the intrusions in June, saying its investigation determined ...": a
    # participle's clause, whose verb is not the object's.
    r"|(?:saying|adding|noting|claiming|arguing|insisting|explaining|stating|warning|"
    r"citing|describing|calling|according)\b",
    re.IGNORECASE,
)

_COORDINATORS: Final = frozenset(("and", "but", "or", "nor", "then"))
_SUBORDINATORS: Final = frozenset(
    ("so", "because", "unless", "although", "though", "until", "whereas", "lest")
)
# A word right after one of these is a noun, whatever else it can be ("his plan").
_NOUN_DETERMINERS: Final = frozenset(
    ("the", "a", "an", "his", "her", "their", "its", "my", "our", "your")
)

_RELATIVES: Final = frozenset(("that", "which", "who", "whom", "whose"))

# After a number, a verb only if it is one of these ("190 were dead"); "3,000 lives" is
# a noun.
_AUXILIARIES: Final = frozenset(
    "would will was were is are had has have could can should may might must did".split()
)

_NUMBER: Final = re.compile(
    r"[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands"
)

_CUT: Final = re.compile(
    r"(?:,?\s+and\s+(?:has|have|had|is|was|will|would)\s+(?:also\s+)?(?:\w+ed|been|made|"
    r"taken|told|given|said|sought|won|lost|spent|set|put|met|led|held|kept|left)\b|"
    r",?\s+(?:and|but)\s+(?:also\s+)?(?:" + "|".join(sorted(REPORTING)) + r"|called|urged|"
    r"blamed|accused)\b|,?\s+and\s+that[\s,]|"
    r",\s+(?:" + "|".join(sorted(PARTICIPLES)) + r"|according\s+to|citing)\b|"
    r",\s+(?:said|says|told)\s|"
    r"\s+despite\s+\S+\s+(?:" + "|".join(sorted(PARTICIPLES)) + r")\b)"  # another's report
)

_SECOND_CUE: Final = re.compile(r",\s+(?:said|says|told)\s")

_CUT_WORDS: Final = (
    "and",
    "but",
    "according",
    "citing",
    ", said",
    ", says",
    ", told",
    "despite",
    *sorted(PARTICIPLES),
)

# One of these is in every match of _CUT: where none is, the search need not run.
_CUT_HINT: Final = re.compile("|".join(_CUT_WORDS))


def at_candidates(pattern: re.Pattern) -> re.Pattern:
    """A regex matching one character where `pattern` matches, for a pattern whose matches
    begin with a comma or white space: it begins with that class and looks back to check
    the real pattern, so re skips ahead to candidates instead of trying every position."""
    return re.compile(r"[,\s](?<=(?=" + pattern.pattern + r")[,\s])", pattern.flags)


_CUT_AT = at_candidates(_CUT)


def complement(sentence: str, position: int, told: bool = False) -> int | None:
    """Where the reported clause after a cue starts, or None if there is none; `told`: a
    cue that takes a person as its object before the clause ("warned households that")."""
    adjuncts = _ADJUNCTS.match(sentence, position)
    position = adjuncts.end() if adjuncts else position
    that = THAT.match(sentence, position) or (told and _OBJECTTHAT.match(sentence, position))
    if that:
        return that.end()
    while position < len(sentence) and sentence[position] == " ":
        position += 1
    if position >= len(sentence) or _NOT_CLAUSE.match(sentence, position):
        return None
    window = sentence[position:].split(None, 14)[:14]
    if len(window) < 3 or window[0] in REPORTING:
        return None  # "Initial reports stated ...": the cue was a noun before the verb
    if _PRESENT_CLAUSE.match(sentence, position) or _has_verb(" ".join(window)):
        return position
    return None


def _has_verb(window: str) -> bool:
    """Does a clause start here: a finite verb after its subject, in the subject's own part
    of the sentence or after appositions and non-restrictive relatives (`Hamza bin Ladin,
    the son of ..., was killed`, `the road, which is straight, will be examined`)? A verb
    after "and" goes with the cue's ("announced the plan and followed it up")."""
    parts = window.split(", ", 4)
    found = _finite_in(parts[0], 1)
    for part in parts[1:]:
        if found is not None:
            break
        if _NOT_APPOSITION.match(part):
            return False
        if part.split(None, 1)[0].casefold() not in _RELATIVES:
            found = _finite_in(part, 0)
    return bool(found)


def _finite_in(part: str, skip: int) -> bool | None:
    """True: a finite verb in `part` after its first `skip` words that is the clause's own,
    not right after a coordinator ("and followed it up"). False: a relative pronoun came
    first ("a position that only Cyprus has"): a noun with a relative clause is an
    object, not a clause. None: neither."""
    words = part.split()
    for k in range(len(words)):
        word = words[k].casefold()
        before = words[k - 1].casefold() if k else ""
        if word in _RELATIVES and before not in _COORDINATORS:
            return False
        if k and word in _SUBORDINATORS:
            # "declared a state of emergency so he could begin": a noun phrase, then an
            # adverbial clause with the verb; the noun phrase is the cue's object.
            return False
        if (
            (k >= skip or "'" in word or "’" in word)  # "it's", "they'd": subject and verb
            and FINITE.fullmatch(word.strip(".;:!?"))
            and not words[k][:1].isupper()  # "United", "Ted": names, not verbs
            and before not in _COORDINATORS
            and before not in _NOUN_DETERMINERS  # "his plan to", "the costs of": nouns
            and (word in _AUXILIARIES or not _NUMBER.fullmatch(before))  # "3,000 lives"
        ):
            return True
    return None


def clause_span(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The reported clause in sentence[start:end], cut at ";" and at a second cue and
    trimmed; None when fewer than three words are left."""
    semicolon = sentence.find(";", start, end)
    if semicolon >= 0:
        end = semicolon  # what follows is a sentence of its own
    cut = _CUT_AT.search(sentence, start, end) if _CUT_HINT.search(sentence) else None
    if cut:
        end = cut.start()
    while end > start and sentence[end - 1] in " .!?,;:":
        end -= 1
    while start < end and sentence[start] in " ,":
        start += 1
    if len(sentence[start:end].split(None, 2)) < 3:
        return None
    if (
        cut
        and _SECOND_CUE.match(sentence, cut.start())
        and not _has_verb(sentence[start:end])
        and not _PRESENT_CLAUSE.search(sentence, start, end)
    ):
        # "He said that Leeds, in fact, said as much": what comes before the second cue
        # is its subject, with no verb of its own, not a clause of the first cue's.
        return None
    return start, end

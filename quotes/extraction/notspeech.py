"""Quoted text that is not speech: scare quotes, titles, names of things, nicknames."""

import re

from .lexicon import words

_MARKER_BEFORE = re.compile(
    r"(?:\bso[- ]called|\bdubbed|\bnicknamed|\bknown\s+as|\btitled|\bentitled|\bnamed|"
    r"\bcode-?named|\b(?:a|an|the|his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?\s+called|"
    r"\b(?:film|movie|book|novel|memoir|song|single|album|track|show|series|sitcom|drama|"
    r"play|musical|opera|poem|documentary|podcast|programme|program|painting|exhibition|"
    r"hashtag|slogan|operation|word|term|phrase|motto|label|headline|magazine|newspaper|"
    r"column|game|app|brand|nickname|codename|project|initiative|scheme|bill|mission|"
    r"exercise|tour|festival|award|category|banner|sign|placard|t-shirt|episode|"
    r"sculpture|installation|ballet|anthem|chant|catchphrase|mantra|motto|acronym|"
    r"dubbing|moniker|epithet|label)s?)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those|my|your)|['’]s)"
    r"(?:\s+[\w'’-]+)?\s*$",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s$")
_NAME_AFTER = re.compile(r"\s[A-Z][\w'’-]+")
_LOWER_AFTER = re.compile(r"\s+[a-z]")
_WORD = re.compile(r"[\w'’-]+")
_SMALL_WORDS = words("a an the of and or in on at to for with from by vs is")


def is_marked_name(head: str, tail: str, quoted: str) -> bool:
    """Quotes that name a thing (the film "Dune", the so-called "peace plan", a nickname)."""
    if _MARKER_BEFORE.search(head[-60:]):
        return True
    count = len(_WORD.findall(quoted))
    return bool(_NAME_BEFORE.search(head[-40:]) and _NAME_AFTER.match(tail) and 0 < count <= 4)


def is_title(quoted: str) -> bool:
    """Title Case words with no sentence punctuation: "Gonna Fly Now", "Project Fjord"."""
    words = _WORD.findall(quoted)
    content = [w for w in words if w.casefold() not in _SMALL_WORDS]
    stripped = quoted.rstrip(" .,")
    if stripped.endswith(("!", "?")) or stripped.isupper():
        return False
    return 0 < len(words) <= 6 and bool(content) and all(
        w[0].isupper() or w[0].isdigit() for w in content) and len(content) > 1


def is_scare_quote(head: str, tail: str, quoted: str) -> bool:
    """A short quoted phrase inside a noun phrase, or a title, with no speech verb."""
    words = _WORD.findall(quoted)
    if not words:
        return True
    stripped = quoted.rstrip()
    if len(words) <= 8 and not stripped.endswith((".", "!", "?", ",")):
        content = [w for w in words if w.casefold() not in _SMALL_WORDS]
        if content and all(w[0].isupper() or w[0].isdigit() for w in content) and len(
            content
        ) >= 1 and not head.rstrip().endswith(":"):
            return True
    if len(words) <= 3 and _DETERMINER_BEFORE.search(head[-30:]):
        return True
    return bool(len(words) <= 2 and _LOWER_AFTER.match(tail))

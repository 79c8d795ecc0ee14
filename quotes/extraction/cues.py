"""Cue patterns: the regexes built from the cue words of lexicon.py, and the regex pieces
other modules build theirs from (`alternation`, `AUX_WORDS`).

Negated cues ("declined to comment") never make a quotation.
"""

import re
from typing import Final

from .lexicon import SPEECH, SPEECH_PHRASES

# Days and months, a regex piece (cue and clause adjuncts).
WEEKDAY: Final = (
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December"
)
# A lower-case adverb in -ly ("subsequently", "reportedly"), not a noun in -ly.
_ADVERB: Final = (
    r"(?-i:(?!(?:family|ally|rally|supply|assembly|monopoly|anomaly|daily|weekly|monthly|"
    r"only|early|belly|bully|jelly|folly|holly|tally)\b)[a-z]{2,}ly)"
)
# Auxiliaries and adverbs that can stand between a subject and its speech verb.
AUX_WORDS = (
    r"has|have|had|will|would|could|can|did|does|do|was|is|also|later|then|"
    r"previously|repeatedly|once|again|earlier|further|simply|only|recently|"
    r"separately|privately|publicly|reportedly|allegedly|quickly|firmly|bluntly|"
    r"angrily|tearfully|calmly|quietly|openly|often|always|already|just|"
    r"frequently|subsequently|consistently|further|" + _ADVERB + r"|on\s+\w+day|last\s+\w+|"
    r"yesterday|today|in\s+a\s+statement|"
    r"in\s+an\s+interview"
)


def last_words_start(text: str, floor: int, end: int, count: int) -> int:
    """Where text[floor:end]'s last `count` words begin (at the white space before them),
    or `floor` if it has no more words than that: where to search from with a regex that
    ends at `end` (`...$`) and spans at most that many words, which searched from
    `floor` would be tried at every position."""
    parts = text[floor:end].rsplit(None, count)
    return floor + len(parts[0]) if len(parts) > count else floor


def alternation(words) -> str:
    """A regex matching any of the words (longest first), factored into a prefix trie:
    Python's re tries alternatives one by one, so a trie is several times faster."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = []
    optional = "" in node
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == "_" else re.escape(ch)
        branches.append(piece + _trie_regex(node[ch]))
    if not branches:
        return ""
    # Longer matches first: an alternative that continues beats stopping here.
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if optional else body


SPEECH_VERB = re.compile(rf"\b(?:{alternation(SPEECH | SPEECH_PHRASES)})\b")
SPEECH_AT_START: Final = re.compile(rf"(?:{alternation(SPEECH)})\b")
# Case-sensitive: a capitalised word ends a name ("USA Today said").
# A reported clause in which the speaker speaks of itself as "it": an organisation's
# ("Tesco said it would appeal", "its profits fell"). Not "it" with a form of "be"
# ("Jones said it was unfair", "it would be a mistake"): there "it" is no one.
ITSELF: Final = re.compile(
    r"its\s|it\s+(?:would|will|could|can|had|has|did|does|plans|intends|expects|aims|hopes)"
    r"\s+(?!be\b|been\b|not\s+be\b)"
)
TRAILING_AUX: Final = re.compile(rf"(?:\s+(?:{AUX_WORDS}))+\s*$")
# The last words AUX_WORDS can end with; "on Tuesday" and "last week" are checked apart.
_AUX_LAST: Final = frozenset(
    word
    for word in re.sub(r"\\s\+", " ", AUX_WORDS).replace("|", " ").split()
    if word.isalpha() and word not in ("on", "last", "in", "a", "an")
) | {"statement", "interview"}


def strip_aux(text: str) -> str:
    """text without trailing auxiliaries and adverbs ("has also", "on Tuesday")."""
    tokens = text.rsplit(None, 2)[-2:]
    if not tokens:
        return text
    last = tokens[-1].lower()
    # The regex search is anchored at the end but tried from every position: skip it
    # when the last word cannot end an auxiliary.
    if (
        last in _AUX_LAST
        or last.endswith(("day", "ly"))  # "ly": _ADVERB decides
        or (len(tokens) == 2 and tokens[0].lower() == "last")
    ):
        return TRAILING_AUX.sub("", text)
    return text


# A negated cue: the words just before the verb deny that anything was said.
NEGATED: Final = re.compile(
    r"\b(?:not|n't|never|no\s+longer|declined\s+to|refused\s+to|failed\s+to|"
    r"would\s+not|could\s+not|did\s+not|does\s+not|has\s+not|have\s+not)\s*(?:\w+\s+)?$",
    re.IGNORECASE,
)


def negated(text: str) -> bool:
    """Do the words at the end of text deny the verb after them ("declined to")?"""
    lower = text.lower()
    # NEGATED is tried from every position: first make sure one of its words is there.
    return (
        "not" in lower
        or "n't" in lower
        or "never" in lower
        or "longer" in lower
        or "declined" in lower
        or "refused" in lower
        or "failed" in lower
    ) and (NEGATED.search(text) is not None)


NEGATED_PHRASE = re.compile(
    r"\b(?:declined|refused|did\s+not|didn't|would\s+not|wouldn't|could\s+not|couldn't|"
    r"was\s+not\s+able|has\s+not|hasn't|have\s+not|haven't|failed|not)\s+"
    r"(?:immediately\s+)?(?:to\s+)?(?:comment|say|confirm|respond|reply|elaborate|"
    r"answer|discuss|specify|speculate|return|disclose|reveal|identify)",
    re.IGNORECASE,
)

# Where something was said, kept with the cue: "said in a statement", "wrote on X".
_MEDIUM: Final = (
    r"(?:in\s+(?:a|an|his|her|their|its|the)\s+(?:\w+\s+){0,2}?"
    r"(?:statement|interview|post|letter|speech|email|video|message|tweet|podcast|"
    r"briefing|press\s+conference|op-ed|blog|memo|filing|broadcast|address|thread|"
    r"note|report|column|essay|article)"
    # whom the interview was with or the letter to: "with Rolling Stone", "to the BBC"
    r"(?:\s+(?:with|to)\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*))?"
    r"|on\s+(?:X|Twitter|Facebook|Instagram|Telegram|"
    r"TikTok|Threads|Bluesky|LinkedIn|YouTube|Truth\s+Social|social\s+media|Weibo))(?![\w-])"
)
MEDIUM: Final = re.compile(rf"\s*,?\s*{_MEDIUM}", re.IGNORECASE)

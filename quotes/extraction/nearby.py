"""Speakers named next to a quotation without a speech verb.

`X disagreed with these findings: "..."`, `In his message, he praised the general:
"..."`, `Bolsonaro: "..."`: a quotation that a colon introduces is the words of the
subject of the sentence before the colon; with no subject that can speak, of the one
person that sentence names.
"""

from __future__ import annotations

from .capitals import CAPSEQ, classify_tokens
from .cuematch import sentence_subject
from .mentions import LEAD_ADVERBIAL, parse_subject
from .phrase import NP

_SPEAKING_KINDS = frozenset(("name", "organisation", "anonymous", "pronoun", "description"))


def colon_speaker(head: str) -> NP | None:
    """The speaker a colon points to: `head` is the sentence part before the quotation,
    ending with the colon. An unnamed subject gives way to the one person the sentence
    names ("One of the rescuers was Tom Weller, who cited his training:")."""
    clause = head.rstrip().rstrip(":").strip()
    if not clause:
        return None
    clause = LEAD_ADVERBIAL.sub("", clause)
    subject = sentence_subject(clause, pronouns=True)
    if subject is not None and subject.kind in ("name", "organisation", "pronoun"):
        return subject
    persons = []
    for match in CAPSEQ.finditer(clause):
        classified = classify_tokens(match.group().split())
        if classified is not None and classified[0] == "person" and len(classified[2]) > 1:
            persons.append(match.group())
    if len(persons) == 1:
        return parse_subject(persons[0])
    return subject if subject is not None and subject.kind in _SPEAKING_KINDS else None

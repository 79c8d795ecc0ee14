"""Reported speech: narration sentences that say what someone said, without quote marks.

Conservative on purpose: a sentence counts only with a clear subject, a reporting verb
and a complement clause, in one of three shapes:

- `X (has repeatedly) demanded that <clause>` / `X said <clause with a finite verb>`
- `<clause>, X said (on Tuesday).` / `<clause>, said X.`
- `According to X, <clause>.` / `<clause>, according to X.`

The text is the reported clause. Negated verbs ("did not say") and sentences that
hold a quotation are skipped: the quotation already speaks for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cuematch import _OPEN_RELATIVE, _cue_text, cue_after
from .cues import NEGATED, REPORTING, SPEECH_VERB, TRAILING_AUX
from .mentions import NP, parse_subject
from .sentences import sentence_starts

_THAT = re.compile(
    r"(?:\s*,?\s+(?:on|in|at|during|last|this|earlier|late|early|yesterday|today|"
    r"again|also|repeatedly|previously|recently|late)\b[^,.;\"“”]{0,60}?)?\s*,?\s+that\s+"
)
_BARE_CLAUSE = re.compile(
    r"\s+(?=(?:the|a|an|this|these|those|it|he|she|they|we|I|there|his|her|their|its|our|"
    r"[A-Z][\w'’-]*)\b)"
)
_FINITE = re.compile(
    r"\b(?:would|will|was|were|is|are|had|has|have|could|can|should|may|might|must|did|"
    r"does|do|wants?|needs?|plans?|expects?|intends?|believes?|\w{3,}ed)\b"
)
_CUT = re.compile(
    r"(?:,?\s+and\s+(?:has|have|had|is|was|will|would)\s+(?:also\s+)?(?:\w+ed|been|made|"
    r"taken|told|given|said|sought|won|lost|spent|set|put|met|led|held|kept|left)\b|"
    r",\s+(?:adding|saying|according\s+to|citing|noting)\b)"
)
_ACCORDING_START = re.compile(r"According\s+to\s+([^,]{2,80}),\s+")
_ACCORDING_END = re.compile(r",\s+according\s+to\s+([^,]{2,80}?)\s*[.!?]?$")
_QUESTION = re.compile(r"\s*(?:whether|if|how|why|what|when|where|who|to)\b", re.IGNORECASE)
_MARKS = re.compile("[\"“”„«»]")


@dataclass(slots=True)
class Reported:
    start: int  # offsets local to the paragraph
    end: int
    np: NP
    cue: str
    cue_position: int
    rule: str


def find_reported(text: str, quoted: list[tuple[int, int]]) -> list[Reported]:
    """Reported-speech sentences of one paragraph; `quoted` are its quotation spans."""
    found = []
    starts = sentence_starts(text)
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        if any(a < end and start < b for a, b in quoted):
            continue
        sentence = text[start:end].rstrip()
        if len(sentence) < 20 or _MARKS.search(sentence):
            continue
        reported = _reported(sentence)
        if reported is not None:
            reported.start += start
            reported.end += start
            reported.cue_position += start
            found.append(reported)
    return found


def _reported(sentence: str) -> Reported | None:
    according = _ACCORDING_START.match(sentence)
    if according:
        np = parse_subject(according.group(1))
        if np is not None:
            return _clause(sentence, according.end(), len(sentence), np, "according to", 0)
    according = _ACCORDING_END.search(sentence)
    if according:
        np = parse_subject(according.group(1))
        if np is not None:
            return _clause(sentence, 0, according.start(), np, "according to",
                           according.start())
    for verb in SPEECH_VERB.finditer(sentence, 0, min(len(sentence), 200)):
        pre = sentence[: verb.start()]
        if _OPEN_RELATIVE.search(pre):
            continue
        if verb.group(0) not in REPORTING or NEGATED.search(pre):
            break
        np = parse_subject(TRAILING_AUX.sub("", pre))
        if np is None:
            break
        cue, cue_end = _cue_text(sentence, verb, verb.end(), len(sentence))
        that = _THAT.match(sentence, cue_end)
        if that:
            return _clause(sentence, that.end(), len(sentence), np, cue, verb.start())
        bare = _BARE_CLAUSE.match(sentence, cue_end)
        if bare and not _QUESTION.match(sentence, bare.end()):
            window = sentence[bare.end() :].split()[:8]
            if _FINITE.search(" ".join(window[1:])):
                return _clause(sentence, bare.end(), len(sentence), np, cue, verb.start())
        break
    return _cue_at_end(sentence)


def _cue_at_end(sentence: str) -> Reported | None:
    commas = [m.start() for m in re.finditer(",", sentence)]
    for comma in reversed(commas[-2:]):
        cue = cue_after(sentence, comma, len(sentence))
        if cue is None or cue.rule != "cue-after":
            continue
        verb = cue.cue.split()[0]
        if verb not in REPORTING or sentence[cue.end :].strip(" .!?"):
            continue
        return _clause(sentence, 0, comma, cue.np, cue.cue, comma)
    return None


def _clause(sentence: str, start: int, end: int, np: NP, cue: str,
            cue_position: int) -> Reported | None:
    cut = _CUT.search(sentence, start, end)
    if cut:
        end = cut.start()
    while end > start and sentence[end - 1] in " .!?,;:":
        end -= 1
    while start < end and sentence[start] in " ,":
        start += 1
    if len(sentence[start:end].split()) < 3:
        return None
    return Reported(start, end, np, cue, cue_position, "reported-speech")

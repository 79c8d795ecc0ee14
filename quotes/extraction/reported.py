"""Reported speech: narration that says what someone said, without quote marks.

Conservative on purpose: a clause counts only with a clear subject, a reporting verb
and a complement clause with a finite verb, in one of these shapes:

- `X (has repeatedly) demanded that <clause>` / `X said (on Tuesday) <clause>`
- `<clause>, X said (on Tuesday).` / `<clause>, said X.`
- in a sentence that also quotes X: `X said it was "..." but said <clause>` (the second,
  unquoted clause)

The text is the reported clause, without "that" and without the final full stop.
Not reported speech: negated verbs ("did not say"), questions ("asked whether"),
orders and intentions ("urged them to", "vowed to"), and "according to" without marks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from operator import itemgetter
from typing import Final

from .cuematch import (
    OPEN_RELATIVE,
    WEEKDAY,
    cue_after,
    cue_text,
    subject_before,
    trailing_pronoun,
)
from .cues import negated, strip_aux
from .facts import CueWords, cue_words
from .lexicon import (
    ASIDE_PARTICIPLES,
    BASE_FORMS,
    PARTICIPLES,
    REPORTING,
    SECOND_VERBS,
    SPEECH_WORDS,
)
from .mentions import parse_subject
from .phrase import NP
from .sentences import DATELINE, sentence_starts, without_dateline

_ADJUNCTS = re.compile(
    r"(?:\s*,?\s*(?:(?:on\s+)?(?:last|this|next|yesterday|that)\s+(?:" + WEEKDAY + r"|week|"
    r"month|year|night|morning|afternoon|evening|weekend|day)|(?:on\s+)?(?:" + WEEKDAY + r")"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s+(?:morning|afternoon|evening|night))?|"
    r"yesterday|today|tonight|earlier|later|again|also|repeatedly|previously|recently|"
    r"separately|privately|publicly|subsequently|then|"
    r"via\s+(?:[A-Z][\w'’.-]*|social\s+media|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+)|"
    r"(?:around|at|about|before|after)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?"
    r"(?:\s+(?:local\s+time|[A-Z]{2,4}))?|\([^()]{1,40}\)|in\s+\d{4}|"
    r"in\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|post|"
    r"letter|speech|email|video|message|briefing|address|report|filing|note)"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?|"
    r"(?:in|at|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|"
    r"at\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:conference|briefing|meeting|rally|hearing|"
    r"summit|event|ceremony|scene)|on\s+(?:X|Twitter|Facebook|Instagram|Telegram|"
    r"social\s+media))(?![\w'’-]))*\s*,?"
)
_THAT: Final = re.compile(r"\s*that\s+")
# "warned households that", "told the court that": the cue's object, then the clause.
_OBJECT_THAT: Final = re.compile(r"\s*(?!(?:a|an|any|all|no|some)\s)(?:[\w'’-]+\s+){1,3}?that\s+")
_TELLING: Final = frozenset(
    "told tells tell warned warns warn assured assures reminded reminds informed informs "
    "promised promises notified notifies advised advises convinced".split()
)
_PASSIVE: Final = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$")
_THAT_WORD: Final = re.compile(r"\bthat\b")
_NOT_CLAUSE: Final = re.compile(
    r"\s*(?:whether|if|how|why|what|when|where|who|to|for|of|about(?!\s+\d)|with|goodbye|"
    r"sorry|nothing|little|so|yes|no)\b",
    re.IGNORECASE,
)
_FINITE: Final = re.compile(
    r"\b(?:would|will|was|were|is|are|had|has|have|could|can|should|may|might|must|did|"
    r"does|do|wants?|needs?|plans?|expects?|intends?|believes?|remains?|faces?|"
    r"\w{3,}ed|struck|fell|rose|grew|made|took|gave|came|went|saw|knew|thought|found|"
    r"got|left|felt|kept|held|brought|began|ran|won|lost|paid|sent|spent|built|hit|cut|"
    r"put|set|drew|threw|broke|spoke|wrote|chose|drove|flew|fought|led|met|sold|stood|"
    r"became|began|understood|told|said|thinks?|knows?|sees?|feels?|seems?|looks?|gets?|"
    r"sat|lay|bought|caught|dealt|fed|fled|forgot|froze|hung|heard|hid|hurt|knew|laid|lent|"
    r"let|lit|meant|quit|rode|rang|shook|shot|shut|sang|sank|slept|slid|spun|split|spread|"
    r"stole|stuck|swore|swept|swung|taught|tore|woke|wore|means|includes?|goes|comes|"
    r"makes|takes|gives|keeps|holds|sits|stands|lies|leaves|shows|owns|runs|costs?|"
    r"depends|lacks|poses|puts|risks|suffers|uses|works|lives|cannot|can't|won't|don't|"
    r"doesn't|didn't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|wouldn't|"
    r"couldn't|shouldn't)(?!\w)"
)
_SMALL: Final = (
    r"(?:of|in|on|at|for|with|by|from|to|a|an|the|as|is|has|was|this|its|that|which|who|only)"
)
# A subject and a verb in the present: "the site floods", "the lower road often floods",
# "Mahan flies fighters".
_PRESENT_CLAUSE: Final = re.compile(
    r"(?:(?:the|a|an|its|their|his|her|this|our)\s+(?:(?!" + _SMALL + r"\s)[a-z-]+\s+){0,2}?"
    r"[a-z-]+|[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s+"
    r"(?:(?:often|always|never|regularly|still|now|already|rarely|simply)\s+)?"
    r"(?!" + _SMALL + r"\s)[a-z]{2,}(?<![su])s\b"
)
# What starts an adverbial or a coordinated clause after a comma, not an apposition.
_NOT_APPOSITION: Final = re.compile(
    r"(?:in|on|at|by|for|with|from|upon|after|before|during|but|and|or|while|though|"
    r"although|because|as|if|when)\b",
    re.IGNORECASE,
)
_COORDINATORS: Final = frozenset(("and", "but", "or", "nor", "then"))
_RELATIVES: Final = frozenset(("that", "which", "who", "whom", "whose"))
_NUMBER: Final = re.compile(
    r"[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands"
)
_CUT: Final = re.compile(
    r"(?:,?\s+and\s+(?:has|have|had|is|was|will|would)\s+(?:also\s+)?(?:\w+ed|been|made|"
    r"taken|told|given|said|sought|won|lost|spent|set|put|met|led|held|kept|left)\b|"
    r",?\s+(?:and|but)\s+(?:also\s+)?(?:said|added|insisted|warned|called|urged|blamed|"
    r"accused|told|urged)\b|,\s+(?:adding|saying|according\s+to|citing|noting)\b|"
    r",\s+(?:said|says|told)\s)"
)
_CUT_WORDS: Final = (
    "and",
    "but",
    "adding",
    "saying",
    "according",
    "citing",
    "noting",
    ", said",
    ", says",
    ", told",
)
# One of these is in every match of _CUT: where none is, the search need not run.
_CUT_HINT: Final = re.compile("|".join(_CUT_WORDS))
_SECOND_CLAUSE: Final = re.compile(
    rf"(?:,\s*|\s)(?:but|and)\s+(?:also\s+)?(?:(?:{'|'.join(sorted(SECOND_VERBS))})\s+|"
    r"(?=that\s))"
)


def _at_candidates(pattern: re.Pattern) -> re.Pattern:
    """A regex matching one character where `pattern` matches, for a pattern whose matches
    begin with a comma or white space: it begins with that class and looks back to check
    the real pattern, so re skips ahead to candidates instead of trying every position."""
    return re.compile(r"[,\s](?<=(?=" + pattern.pattern + r")[,\s])", pattern.flags)


_CUT_AT = _at_candidates(_CUT)
_SECOND_CLAUSE_AT: Final = _at_candidates(_SECOND_CLAUSE)
_PARTICIPLE: Final = re.compile(
    rf",\s+(?:{'|'.join(sorted(PARTICIPLES))})\s+(?=that\s|(?:he|she|they|it|we|I)\s)"
)
_PARTICIPLE_PHRASE: Final = re.compile(rf",\s+(?:{'|'.join(sorted(ASIDE_PARTICIPLES))})\b")
# A verb form after one of these is a noun: "the claims", "all claims", "fifty states",
# "US states".
_NOUN_BEFORE: Final = re.compile(
    r"\b(?:took|take|takes|taking|made|make|the|his|her|their|its|a|an|these|those|such|"
    r"all|any|some|no|many|several|other|our|your|my|\d[\d,]*|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|US|U\.S\.|UK|EU|federal|"
    r"state|local|new|own)\s+$"
)
_MARKS: Final = re.compile('["“”„«»‘’]')
# Words one of which every shape above needs: a paragraph without any has no reported speech.
_REPORTING_WORDS: Final = REPORTING | PARTICIPLES
_QUOTE_CUE_WORDS: Final = _REPORTING_WORDS | ASIDE_PARTICIPLES | SECOND_VERBS
_QUOTE_MARKS: Final = re.compile('["“”„«»]')
_ASIDE: Final = re.compile(
    r",?\s*(?:speaking|citing|according|referring|requesting|asking|declining|adding)\b"
)
_ENDS_WITH_CONJUNCTION: Final = re.compile(r"(?:,\s*|\s)(?:and|but)\s*$")
_PRONOUN_AFTER: Final = re.compile(r"(?:,\s*|\s)(?:where|and|but|as|because|after|when)\s+$")


@dataclass(slots=True)
class Reported:
    start: int  # offsets local to the paragraph
    end: int
    np: NP | None  # None: the speaker of the quotation in the same sentence
    cue: str
    cue_position: int
    rule: str

    # Written out: mypyc compiles it to C, where dataclass's own runs in the interpreter.
    def __init__(
        self, start: int, end: int, np: NP | None, cue: str, cue_position: int, rule: str
    ) -> None:
        self.start = start
        self.end = end
        self.np = np
        self.cue = cue
        self.cue_position = cue_position
        self.rule = rule


def find_reported(text: str, quoted: list[tuple[int, int]]) -> list[Reported]:
    """Reported-speech clauses of one paragraph; `quoted` are its quotation spans."""
    cues = cue_words(text)
    present = cues.words
    if present.isdisjoint(_QUOTE_CUE_WORDS if quoted else _REPORTING_WORDS) and not (
        quoted and "that" in text
    ):
        return []
    # Which kinds of cue word the paragraph has at all: a sentence is searched for one
    # only if the paragraph has it.
    asides = not ASIDE_PARTICIPLES.isdisjoint(present)
    seconds = "that" in text or not SECOND_VERBS.isdisjoint(present)
    reporting = not _REPORTING_WORDS.isdisjoint(present)
    found = []
    starts = sentence_starts(text)
    quoted = sorted(quoted)
    ends = [b for _, b in quoted]
    count = len(starts)
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < count else len(text)
        sentence = text[start:end].rstrip()
        first_overlap = bisect.bisect_right(ends, start)
        last_overlap = first_overlap
        while last_overlap < len(quoted) and quoted[last_overlap][0] < end:
            last_overlap += 1
        reported = None
        if last_overlap > first_overlap:
            inside = quoted[first_overlap:last_overlap]
            first = min(inside)[0] - start
            aside = None
            if asides and not ASIDE_PARTICIPLES.isdisjoint(
                word for _, _, word in cues.between(start, start + first)
            ):
                aside = _PARTICIPLE_PHRASE.search(sentence, 0, max(0, first))
            if aside and not _QUOTE_MARKS.search(sentence, 0, aside.start()):
                reported = _moved(
                    _reported(
                        sentence[: aside.start()] + ".",
                        _speech_verbs(cues, start, start + aside.start()),
                    ),
                    start,
                )
            last_quote = max(inside, key=_END)[1]
            if (
                reported is None
                and seconds
                and (
                    "that" in text
                    or not SECOND_VERBS.isdisjoint(
                        word for _, _, word in cues.between(last_quote, start + len(sentence))
                    )
                )
            ):
                reported = _moved(
                    _second_clause(text[last_quote : start + len(sentence)]), last_quote
                )
        elif (
            reporting
            and len(sentence) >= 20
            and not _REPORTING_WORDS.isdisjoint(
                word for _, _, word in cues.between(start, start + len(sentence))
            )
        ):
            reported = _moved(
                _reported(sentence, _speech_verbs(cues, start, start + len(sentence))), start
            )
        if reported is not None:
            found.append(reported)
    return found


_END = itemgetter(1)


def _moved(reported: Reported | None, offset: int) -> Reported | None:
    """A clause found in a slice of the paragraph, placed in the paragraph."""
    if reported is not None:
        reported.start += offset
        reported.end += offset
        reported.cue_position += offset
    return reported


def _second_clause(rest: str) -> Reported | None:
    """`... "open to a settlement," but said the Kremlin had not received ...`, read in
    `rest`, the sentence after its last quotation (offsets are local to it)."""
    # Only that slice is read: it is short, and without the quote marks that make the
    # paragraph a wide string (slower for re to walk).
    at = _SECOND_CLAUSE_AT.search(rest)
    second = _SECOND_CLAUSE.match(rest, at.start()) if at else None
    if second is None or _MARKS.search(rest, second.end()):
        return None
    clause = _complement(rest, second.end())
    if clause is None:
        return None
    verb = second.group(0).split()[-1]
    return _clause(rest, clause, len(rest), None, verb, second.start())


def _speech_verbs(cues: CueWords, start: int, end: int) -> list[tuple[int, int, str]]:
    """The speech verbs in text[start:end] that can govern a clause, local to `start`."""
    return [
        (a - start, b - start, word)
        for a, b, word in cues.between(start, min(end, start + 220))
        if word in SPEECH_WORDS
    ]


def _reported(sentence: str, verbs: list[tuple[int, int, str]]) -> Reported | None:
    for verb_start, verb_end, verb in verbs:
        pre = sentence[:verb_start]
        if (verb.endswith("s") or verb in BASE_FORMS) and _NOUN_BEFORE.search(pre):
            continue
        if _PASSIVE.search(pre):
            continue  # "It was reported that ...": no one says it
        bare = strip_aux(pre)
        pronoun = trailing_pronoun(bare)
        clause_pronoun = (
            pronoun if pronoun and _PRONOUN_AFTER.search(pre, 0, pronoun.start()) else None
        )
        if OPEN_RELATIVE.search(pre) and not clause_pronoun:
            continue
        if verb not in REPORTING or negated(pre):
            break
        np = parse_subject(bare)
        if np is None and clause_pronoun:
            np = parse_subject(clause_pronoun.group(1))
        if np is None and _ENDS_WITH_CONJUNCTION.search(bare):
            np = _elided_subject(sentence)
        if np is None and not _ENDS_WITH_CONJUNCTION.search(bare):
            # The subject of a later clause: "...; Smith told Wikinews", "..., but the
            # minister said".
            np = subject_before(pre)
        if np is None:
            break
        cue, cue_end = cue_text(sentence, verb, verb_end, verb_end, len(sentence), clause=True)
        if sentence.startswith(",", cue_end) and not _THAT.match(sentence, cue_end + 1):
            break  # "..., two officials said, speaking on condition of anonymity"
        clause = _complement(sentence, cue_end, verb in _TELLING)
        if clause is not None:
            if (
                np.kind == "name"
                and not np.given
                and not np.titled
                and sentence.startswith(("it ", "its "), clause)
            ):
                # "Tesco said it would appeal": what is "it" about itself is an organisation.
                np = NP(surface=np.surface, kind="organisation", name=np.name)
            return _clause(sentence, clause, len(sentence), np, cue, verb_start)
        break
    participle = _PARTICIPLE.search(sentence)
    if participle:
        np = _elided_subject(sentence[: participle.start()])
        if np is not None:
            clause = _complement(sentence, participle.end())
            if clause is not None:
                verb = participle.group(0).strip(", ").split()[0]
                return _clause(sentence, clause, len(sentence), np, verb, participle.start())
    return _cue_at_end(sentence)


def _elided_subject(text: str) -> NP | None:
    """The subject at the start of a sentence whose later verb has none of its own."""
    tokens = without_dateline(text).split()
    for count in range(min(8, len(tokens)), 0, -1):
        np = parse_subject(" ".join(tokens[:count]))
        if np is not None and np.kind != "pronoun":
            return np
    return None


def _complement(sentence: str, position: int, told: bool = False) -> int | None:
    """Where the reported clause after a cue starts, or None if there is none; `told`: a
    cue that takes a person as its object before the clause ("warned households that")."""
    adjuncts = _ADJUNCTS.match(sentence, position)
    position = adjuncts.end() if adjuncts else position
    that = _THAT.match(sentence, position) or (told and _OBJECT_THAT.match(sentence, position))
    if that:
        return that.end()
    while position < len(sentence) and sentence[position] == " ":
        position += 1
    if position >= len(sentence) or _NOT_CLAUSE.match(sentence, position):
        return None
    window = sentence[position:].split(None, 14)[:14]
    if len(window) < 3:
        return None
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
        if (
            k >= skip
            and _FINITE.fullmatch(word.strip(".;:!?"))
            and before not in _COORDINATORS
            and not _NUMBER.fullmatch(before)  # "3,000 lives"
        ):
            return True
    return None


def _cue_at_end(sentence: str) -> Reported | None:
    commas = [k for k, ch in enumerate(sentence) if ch == ","]
    for comma in reversed(commas[-3:]):
        cue = cue_after(sentence, comma, len(sentence))
        if cue is None or cue.rule != "cue-after":
            continue
        verb = cue.cue.split()[0]
        rest = sentence[cue.end :].strip(" .!?")
        if _ASIDE.match(rest):
            rest = ""
        if verb not in REPORTING or _FINITE.search(rest) or _THAT_WORD.search(rest):
            continue
        dateline = DATELINE.match(sentence)
        return _clause(sentence, dateline.end() if dateline else 0, comma, cue.np, cue.cue, comma)
    return None


def _clause(
    sentence: str, start: int, end: int, np: NP | None, cue: str, cue_position: int
) -> Reported | None:
    semicolon = sentence.find(";", start, end)
    if semicolon >= 0:
        end = semicolon  # what follows is a sentence of its own
    if _CUT_HINT.search(sentence):
        cut = _CUT_AT.search(sentence, start, end)
        if cut:
            end = cut.start()
    while end > start and sentence[end - 1] in " .!?,;:":
        end -= 1
    while start < end and sentence[start] in " ,":
        start += 1
    if len(sentence[start:end].split(None, 2)) < 3:
        return None
    return Reported(start, end, np, cue, cue_position, "reported-speech")

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

from .clauses import FINITE, THAT, at_candidates, clause_span, complement
from .cuematch import (
    OPEN_RELATIVE,
    cue_after,
    cue_text,
    sentence_subject,
    subject_before,
    trailing_pronoun,
)
from .cues import ITSELF, alternation, last_words_start, negated, strip_aux
from .facts import CueWords, cue_words
from .lexicon import (
    ASIDE_PARTICIPLES,
    BASE_FORMS,
    DOCUMENTS,
    ORG_HEADS,
    PARTICIPLES,
    REPORTING,
    SECOND_VERBS,
    SPEECH_WORDS,
    TELLING_VERBS,
    TOLD_FORMS,
)
from .mentions import parse_subject
from .phrase import NP
from .sentences import DATELINE, sentence_starts, without_dateline

_PASSIVE: Final = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$")
_THAT_WORD: Final = re.compile(r"\bthat\b")
_SECOND_CLAUSE: Final = re.compile(
    rf"(?:,\s*|\s)(?:but|and)\s+(?:also\s+)?(?:(?:{'|'.join(sorted(SECOND_VERBS))})\s+|"
    r"(?=that\s))"
)


_SECOND_CLAUSE_AT: Final = at_candidates(_SECOND_CLAUSE)
_PARTICIPLE: Final = re.compile(rf",\s+(?:{'|'.join(sorted(PARTICIPLES))})\s+")
_PARTICIPLE_PHRASE: Final = re.compile(rf",\s+(?:{'|'.join(sorted(ASIDE_PARTICIPLES))})\b")
# A verb form after one of these is a noun: "the claims", "all claims", "fifty states",
# "US states".
_NOUN_BEFORE: Final = re.compile(
    r"\b(?:took|take|takes|taking|made|make|the|his|her|their|its|a|an|another|these|those|such|"
    r"all|any|some|no|many|several|other|our|your|my|\d[\d,]*|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|US|U\.S\.|UK|EU|federal|"
    r"state|local|new|own)\s+$",
    re.IGNORECASE,
)


def _noun_before(pre: str) -> bool:
    """Does `pre` end with a word after which a verb form is a noun (_NOUN_BEFORE)?"""
    if not pre[-1:].isspace():
        return False  # the regex ends with white space
    return _NOUN_BEFORE.search(pre, last_words_start(pre, 0, len(pre), 1)) is not None


def _passive(pre: str) -> bool:
    """Does `pre` end with "was", "is" ... and perhaps an adverb (_PASSIVE)?"""
    return _PASSIVE.search(pre, last_words_start(pre, 0, len(pre), 2)) is not None


def _ends_with_conjunction(text: str) -> bool:
    """Does `text` end with "and" or "but" (_ENDS_WITH_CONJUNCTION)?"""
    start = last_words_start(text, 0, len(text), 2)
    return _ENDS_WITH_CONJUNCTION.search(text, start) is not None


_MARKS: Final = re.compile('["“”„«»‘’]')
# A written thing as the subject, with no author named: "The report", "the complaint".
_UNAUTHORED: Final = re.compile(
    rf"(?:^|[;,]\s*)(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{alternation(DOCUMENTS - ORG_HEADS)})\s*$"  # "the website" is the body running it
)
# Words one of which every shape above needs: a paragraph without any has no reported speech.
_REPORTING_WORDS: Final = REPORTING | PARTICIPLES
_QUOTE_CUE_WORDS: Final = _REPORTING_WORDS | ASIDE_PARTICIPLES | SECOND_VERBS
_QUOTE_MARKS: Final = re.compile('["“”„«»]')
_ASIDE: Final = re.compile(
    r",?\s*(?:speaking|citing|according|referring|requesting|asking|declining|adding)\b"
)
# A quoted clause that starts with its own subject ("everyone started screaming").
_OWN_SUBJECT: Final = re.compile(
    r"(?:everyone|everybody|nobody|no one|someone|he|she|they|it|we|I|you|there|the|a|an|"
    r"this|that|these|those|his|her|their|our|my|its|[A-Z][a-z]*)\s"  # or a capital
)
_ENDS_WITH_CONJUNCTION: Final = re.compile(r"(?:,\s*|\s)(?:and|but)\s*$")
_REPORTING_VERB: Final = "|".join(sorted(REPORTING, key=len, reverse=True))
# After a report, the next one of the same speaker: "..., and that", "... and suggested",
# "..., adding".
_CONTINUATION: Final = re.compile(
    r"(?:,?\s+(?:and|but)\s+(?:also\s+)?(?:(that)(?:\s+|,\s*)|(?=(?:" + _REPORTING_VERB + r")\b))|"
    r",\s+(?=(?:" + "|".join(sorted(PARTICIPLES)) + r")\b))"
)
_WORD: Final = re.compile(r"[\w'’-]+")
_LAST_WORD: Final = re.compile(r"[\w'’.-]+(?=[\s,]*$)")
_CITED: Final = re.compile(r"\b(?:cited|quoted|citing|quoting)\s+(.{2,120}?),?\s+as\s+saying\s+")
# A cue set off by commas inside the clause it reports: ", Roberts said,", ", as CBS noted,".
_PARENTHETICAL: Final = re.compile(
    r",\s+(?:as\s+)?([^,;]{2,60}?)\s+(" + _REPORTING_VERB + r"|described|pointed\s+out|"
    r"reasoned|reason)\s*,\s+(?=\S)"
)
# "..., which NASA said might ...", "... that they note is ...".
_RELATIVE_REPORT: Final = re.compile(
    r"(?:,\s*|;\s*|\s)(which|that)\s+([^,;]{2,50}?)\s+(" + _REPORTING_VERB + r"|note)\s+"
)
_DESPITE: Final = re.compile(
    rf"\s+despite\s+(\S+(?:\s+\S+)?)\s+({'|'.join(sorted(PARTICIPLES))})\b"
)
_SUBJECT_RELATIVE: Final = re.compile(r",\s*who\s+(?:also\s+)?(" + _REPORTING_VERB + r")\b")
# An aside between the subject of an inner report and its verb.
_INNER_ASIDE: Final = re.compile(
    r"(?:who|whom|which|following|after|citing|speaking|according|in|on|at)\b"
)
_ANTECEDENT_STOPS: Final = frozenset(
    "for of to in on at by with from into over about as than and or but is was were are "
    "has had have said says".split()
)
_PRONOUN_AFTER: Final = re.compile(r"(?:,\s*|\s)(?:where|and|but|as|because|after|when)\s+$")


@dataclass(slots=True)
class Reported:
    start: int  # offsets local to the paragraph
    end: int
    np: NP | None  # None: the speaker of the quotation in the same sentence
    cue: str
    cue_position: int
    rule: str
    resume: int  # where a further report in the same sentence may start

    # Written out: mypyc compiles it to C, where dataclass's own runs in the interpreter.
    def __init__(
        self,
        start: int,
        end: int,
        np: NP | None,
        cue: str,
        cue_position: int,
        rule: str,
        resume: int,
    ) -> None:
        self.start = start
        self.end = end
        self.np = np
        self.cue = cue
        self.cue_position = cue_position
        self.rule = rule
        self.resume = resume


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
    # Asked once: asking it per sentence read a long paragraph once for each sentence.
    has_that = "that" in text
    seconds = has_that or not SECOND_VERBS.isdisjoint(present)
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
            colon = sentence.rfind(":", 0, first)
            if colon > 0 and not sentence[colon + 1 : first].strip():
                # "X told Discover Magazine <clause>: "...": the clause before the colon.
                verbs = _speech_verbs(cues, start, start + colon)
                reported = _moved(_reported(sentence[:colon] + ".", verbs, 0, True), start)
            elif aside and not _QUOTE_MARKS.search(sentence, 0, aside.start()):
                reported = _moved(
                    _reported(
                        sentence[: aside.start()] + ".",
                        _speech_verbs(cues, start, start + aside.start()),
                    ),
                    start,
                )
            if reported is None and reporting and colon < 0 and aside is None:
                reported = _moved(
                    _clause_before_quote(sentence[:first], sentence[first + 1 :], cues, start),
                    start,
                )
            last_quote = max(inside, key=_END)[1]
            if (
                reported is None
                and seconds
                and (
                    has_that
                    or not SECOND_VERBS.isdisjoint(
                        word for _, _, word in cues.between(last_quote, start + len(sentence))
                    )
                )
            ):
                reported = _moved(
                    _second_clause(text[last_quote : start + len(sentence)]), last_quote
                )
            if reported is None and reporting:
                # `... of "36 to 40 people under the rubble", while the deputy governor
                # indicated 68 people were missing`: a report of its own after the quotes;
                # `... as a "historic mandate", saying he intends to leave`: the speaker's.
                rest = text[last_quote : start + len(sentence)]
                verbs = _speech_verbs(cues, last_quote, start + len(sentence))
                if verbs and not _MARKS.search(rest, verbs[0][1]):
                    reported = _moved(_reported(rest, verbs, 0, True), last_quote)
                if reported is None:
                    reported = _moved(_participle_clause(rest), last_quote)
        elif (
            reporting
            and len(sentence) >= 20
            and not _REPORTING_WORDS.isdisjoint(
                word for _, _, word in cues.between(start, start + len(sentence))
            )
        ):
            verbs = _speech_verbs(cues, start, start + len(sentence))
            for each in _all_reported(sentence, verbs):
                _moved(each, start)
                found.append(each)
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
        reported.resume += offset
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
    clause = complement(rest, second.end())
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


def _reported(
    sentence: str, verbs: list[tuple[int, int, str]], floor: int = 0, only_before: bool = False
) -> Reported | None:
    """`X said (that) <clause>`, and unless `only_before`, `<clause>, X said` and `X did Y,
    saying <clause>`; the subject no earlier than `floor`."""
    for verb_start, verb_end, verb in verbs:
        pre = sentence[floor:verb_start]
        if (verb.endswith("s") or verb in BASE_FORMS) and _noun_before(pre):
            continue
        if _passive(pre):
            continue  # "It was reported that ...": no one says it
        if pre.endswith(" to ") and verb in BASE_FORMS:
            continue  # "whose plan to announce the endorsements ...": no report yet
        following = sentence[verb_end : verb_end + 16].split(None, 1)
        if following and following[0] in REPORTING:
            continue  # "Initial reports stated": a noun before the verb
        bare = strip_aux(pre)
        pronoun = trailing_pronoun(bare)
        clause_pronoun = (
            pronoun if pronoun and _PRONOUN_AFTER.search(pre, 0, pronoun.start()) else None
        )
        if OPEN_RELATIVE.search(pre) and not clause_pronoun:
            continue
        if verb not in REPORTING or negated(pre):
            break
        if _data_subject(bare):
            break  # "Projections by CNN and NPR indicated he won": data show, no one says
        np = parse_subject(bare)
        if np is None and clause_pronoun:
            np = parse_subject(clause_pronoun.group(1))
        if np is None and _ends_with_conjunction(bare):
            np = sentence_subject(sentence)
        if np is None and not _ends_with_conjunction(bare):
            # The subject of a later clause: "...; Smith told Wikinews", "..., but the
            # minister said".
            np = subject_before(pre)
        if np is None and _UNAUTHORED.search(bare):
            # "The report said ...": a report all the same, its author not named here.
            np = NP(surface=bare.strip(), kind="document", name="")
        if np is None:
            break
        cue, cue_end = cue_text(sentence, verb, verb_end, verb_end, len(sentence), clause=True)
        if sentence.startswith(",", cue_end) and not THAT.match(sentence, cue_end + 1):
            break  # "..., two officials said, speaking on condition of anonymity"
        clause = complement(sentence, cue_end, verb in TELLING_VERBS)
        if clause is None and verb in _CONDITIONAL_VERBS:
            clause = _conditional(sentence, cue_end)
        if clause is not None:
            if (
                np.kind == "name"
                and not np.given
                and not np.titled
                and ITSELF.match(sentence, clause)
            ):
                # "Tesco said it would appeal": what is "it" about itself is an organisation.
                np = NP(surface=np.surface, kind="organisation", name=np.name)
            inner = _inner_report(sentence, clause, verbs)
            if inner is not None:
                return inner
            return _clause(sentence, clause, len(sentence), np, cue, verb_start)
        break
    if floor or only_before:
        return None
    at_end = _cue_at_end(sentence)  # "<clause>, Zapata said, adding <clause>"
    if at_end is not None:
        return at_end
    participle = _PARTICIPLE.search(sentence)
    if participle:
        np = sentence_subject(sentence[: participle.start()], pronouns=True)
        if np is not None:
            clause = complement(sentence, participle.end())
            if clause is not None:
                verb = participle.group(0).strip(", ").split()[0]
                return _clause(sentence, clause, len(sentence), np, verb, participle.start())
    return None


def _clause_before_quote(head: str, quoted: str, cues: CueWords, start: int) -> Reported | None:
    """`Zoe said the roof fell in and "everyone started screaming"`, `X underlined they
    keep channels open and that he would be "very happy"`: a reported clause of its own
    before the quotation, ended by "and" before a quoted clause with its own subject (a
    quotation inside a clause, `said he had cramped and "genuinely thought about
    retiring"`, is its partial quote, not also a report)."""
    conjunction = _ENDS_WITH_CONJUNCTION.search(head, last_words_start(head, 0, len(head), 2))
    if conjunction and not _OWN_SUBJECT.match(quoted):
        return None
    text = head[: conjunction.start()] if conjunction else head
    verbs = _speech_verbs(cues, start, start + len(text))
    if not verbs:
        return None
    reported = _reported(text + ".", verbs, 0, True)
    if reported is None or (conjunction is None and reported.end >= len(text.rstrip()) - 1):
        return None  # the clause runs into the quotation
    return reported


def _participle_clause(rest: str) -> Reported | None:
    """`", saying he intends to leave`, read in `rest`, the sentence after its last
    quotation: a clause of the quotation's speaker (np None)."""
    participle = _PARTICIPLE.search(rest)
    if participle is None or _MARKS.search(rest, participle.end()):
        return None
    clause = complement(rest, participle.end())
    if clause is None:
        return None
    verb = participle.group(0).strip(", ").split()[0]
    return _clause(rest, clause, len(rest), None, verb, participle.start())


def _cue_at_end(sentence: str) -> Reported | None:
    # The last three commas, the last first: found from the end, not by reading every
    # character of the sentence.
    commas: list[int] = []
    comma = len(sentence)
    while len(commas) < 3 and (comma := sentence.rfind(",", 0, comma)) >= 0:
        commas.append(comma)
    for comma in commas:
        cue = cue_after(sentence, comma, len(sentence))
        if cue is None or cue.rule != "cue-after":
            continue
        verb = cue.cue.split()[0]
        rest = sentence[cue.end :].strip(" .!?")
        if _ASIDE.match(rest):
            rest = ""
        if verb not in REPORTING or FINITE.search(rest) or _THAT_WORD.search(rest):
            continue
        dateline = DATELINE.match(sentence)
        start = dateline.end() if dateline else 0
        if not FINITE.search(sentence, start, comma):
            # "In her Facebook video, Jorgensen confirmed this": what comes before the
            # comma has no verb, so it is an adjunct, not a clause that she reported.
            continue
        return _clause(sentence, start, comma, cue.np, cue.cue, comma, cue.end)
    return None


# Verbs after which "if" opens a condition of the report ("he said if he wins he would
# ..."), not a question as after "asked" or "wondered".
_CONDITIONAL_VERBS: Final = frozenset(
    "said says told warned added argued insisted stressed predicted promised threatened "
    "vowed declared".split()
)
_IF: Final = re.compile(r"\s+if\s+")


def _conditional(sentence: str, position: int) -> int | None:
    """Where "<cue> if <condition> <clause>" starts its report: at "if", when a finite
    verb comes after the condition's first words (its own verb, often a present form
    FINITE does not list, "if the council votes no, the project will die")."""
    opening = _IF.match(sentence, position)
    if opening is None:
        return None
    words = sentence[opening.end() :].split(None, 24)[:24]
    finite = [k for k, word in enumerate(words) if FINITE.fullmatch(word.strip(",.;:!?"))]
    return opening.start() + 1 if finite and finite[-1] >= 2 else None


def _clause(
    sentence: str,
    start: int,
    end: int,
    np: NP | None,
    cue: str,
    cue_position: int,
    resume: int = -1,
) -> Reported | None:
    """The report whose clause is in sentence[start:end]; `resume`: where a further report
    may start (by default, where the clause ends)."""
    span = clause_span(sentence, start, end)
    if span is None:
        return None
    return Reported(
        span[0], span[1], np, cue, cue_position, "reported-speech", max(resume, span[1])
    )


_DATA_NOUNS: Final = frozenset(
    "projection projections estimate estimates figure figures data statistics poll polls "
    "survey surveys model models forecast forecasts chart charts map maps count counts "
    "tally tallies results".split()
)
_HEAD_ENDS: Final = frozenset("by from of for in on at with".split())


def _data_subject(subject: str) -> bool:
    """Is the subject's head a noun for data ("Projections by CNN", "Early estimates")?
    Data show things; they do not report speech, whoever compiled them."""
    words = without_dateline(subject).split()
    head = ""
    for k, word in enumerate(words[:8]):
        if word in _HEAD_ENDS and head:
            break
        # A capital inside the phrase is a name's ("the U.S. Geological Survey").
        head = word.strip(",").casefold() if k == 0 or word.islower() else ""
    return head in _DATA_NOUNS


def _all_reported(sentence: str, verbs: list[tuple[int, int, str]]) -> list[Reported]:
    """Every report in a sentence without quotations, in order."""
    first = _cited(sentence) or _reported(sentence, verbs)
    if first is None:
        other = (
            _parenthetical(sentence) or _relative_report(sentence) or _subject_relative(sentence)
        )
        return [other] if other is not None else []
    found = [first]
    while len(found) < 4:
        following = _continued(sentence, found[-1], verbs)
        if following is None:
            break
        found.append(following)
    return found


def _continued(
    sentence: str, previous: Reported, verbs: list[tuple[int, int, str]]
) -> Reported | None:
    """The next report in a sentence after one: a coordinated clause of the same speaker
    (`..., and that <clause>`, `... and suggested <clause>`, `..., adding <clause>`), or a
    new subject and verb (`...; though he also remarked that <clause>`)."""
    at = previous.resume
    more = _CONTINUATION.match(sentence, at)
    if more is not None:
        position = more.end()
        if more.group(1):  # "and that"
            return _clause(sentence, position, len(sentence), previous.np, previous.cue, at)
        word = _WORD.match(sentence, position)
        if word is None:
            return None
        verb = word.group()
        cue, cue_end = cue_text(sentence, verb, word.end(), word.end(), len(sentence), clause=True)
        clause = complement(sentence, cue_end, verb in TELLING_VERBS)
        if clause is None:
            return None
        return _clause(sentence, clause, len(sentence), previous.np, cue, position)
    despite = _DESPITE.match(sentence, at)
    if despite is not None:
        # "... no trace of explosives despite Znak.com claiming an anonymous source said"
        np = parse_subject(despite.group(1))
        clause = complement(sentence, despite.end()) if np is not None else None
        if np is not None and clause is not None:
            return _clause(sentence, clause, len(sentence), np, despite.group(2), despite.start(2))
    later = [verb for verb in verbs if verb[0] >= at]
    following = _reported(sentence, later, at) if later else None
    if following is None and later:
        following = _moved(_subject_relative(sentence[at:]), at)
    return following


def _cited(sentence: str) -> Reported | None:
    """`The BBC cited Budi Gunawan, the agency's chief, as saying <clause>`: the one cited."""
    if "as saying" not in sentence:
        return None
    cited = _CITED.search(sentence)
    if cited is None:
        return None
    np = parse_subject(cited.group(1))
    clause = complement(sentence, cited.end())
    if np is None or clause is None:
        return None
    return _clause(sentence, clause, len(sentence), np, "as saying", cited.start())


def _parenthetical(sentence: str) -> Reported | None:
    """`The guardrail would be examined, Roberts said, to determine ...`, `... that is, as
    news sources noted, completely democratic`: one report, the cue left inside."""
    for cue in _PARENTHETICAL.finditer(sentence):
        np = parse_subject(cue.group(1))
        if np is None:
            continue
        before = sentence[: cue.start()]
        comma = before.rfind(",")
        start = comma + 1 if comma >= 0 and len(before[comma + 1 :].split()) >= 3 else 0
        dateline = DATELINE.match(sentence)
        start = max(start, dateline.end() if dateline else 0)
        if not FINITE.search(sentence, start):
            continue
        if len(before[start:].split()) < 3:
            # A short subject before the aside is the clause's own only when its verb
            # comes right after it: "Day, they said, desired no memorials".
            predicate = _WORD.match(sentence, cue.end())
            if predicate is None or not FINITE.fullmatch(predicate.group()):
                continue
        return _clause(sentence, start, len(sentence), np, cue.group(2), cue.start())
    return None


def _relative_report(sentence: str) -> Reported | None:
    """`... its first crewed mission, which NASA said might take place this summer`: the
    antecedent and the reported predicate, the cue left inside."""
    for cue in _RELATIVE_REPORT.finditer(sentence):
        predicate = _WORD.match(sentence, cue.end())
        if predicate is None or not FINITE.fullmatch(predicate.group()):
            continue
        np = parse_subject(cue.group(2))
        if np is None:
            continue
        start = _antecedent_start(sentence, cue.start(1))
        return _clause(sentence, start, len(sentence), np, cue.group(3), cue.start(3))
    return None


def _subject_relative(sentence: str) -> Reported | None:
    """`... spoke to the Navy, who told it this was unconfirmed`: the antecedent of "who"
    reports the clause."""
    for relative in _SUBJECT_RELATIVE.finditer(sentence):
        words = sentence[: relative.start()].split()
        np = None
        for count in range(min(6, len(words)), 0, -1):
            np = parse_subject(" ".join(words[-count:]))
            if np is not None and np.kind != "pronoun":
                break
            np = None
        if np is None:
            continue
        verb = relative.group(1)
        cue, cue_end = cue_text(
            sentence, verb, relative.end(1), relative.end(1), len(sentence), clause=True
        )
        if verb in TOLD_FORMS and sentence.startswith(" it ", cue_end):
            cue_end += 3  # "who told it this was ...": "it" is whom they told
        clause = complement(sentence, cue_end, verb in TELLING_VERBS)
        if clause is not None:
            return _clause(sentence, clause, len(sentence), np, cue, relative.start(1))
    return None


def _antecedent_start(sentence: str, relative: int) -> int:
    """Where the noun phrase before a relative pronoun starts: up to five words back, not
    past a preposition, a verb or a punctuation mark other than the comma before it."""
    end = relative
    while end > 0 and sentence[end - 1] in " ,":
        end -= 1
    start = end
    for _ in range(5):
        word = _LAST_WORD.search(sentence, 0, start)
        if word is None or word.group().casefold() in _ANTECEDENT_STOPS:
            break
        start = word.start()
    return start


def _inner_report(sentence: str, start: int, verbs: list[tuple[int, int, str]]) -> Reported | None:
    """A report inside a reported clause starting at `start`: "NDTV reported officials,
    following an investigation, stated it was a coconut" is the officials' (adjudication
    rule 5: the outer report is a source note)."""
    for verb_start, verb_end, verb in verbs:
        if verb_start <= start:
            continue
        if verb not in REPORTING:
            return None
        subject, _, aside = sentence[start:verb_start].strip(" ,").partition(",")
        if aside and not _INNER_ASIDE.match(aside.strip()):
            return None
        np = parse_subject(subject)
        if np is None or np.kind == "pronoun":
            return None
        cue, cue_end = cue_text(sentence, verb, verb_end, verb_end, len(sentence), clause=True)
        clause = complement(sentence, cue_end, verb in TELLING_VERBS)
        if clause is None:
            return None
        return _clause(sentence, clause, len(sentence), np, cue, verb_start)
    return None

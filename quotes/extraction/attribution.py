"""Attribution: deciding, for each quotation, who said it, by which rule, how surely.

Rules, tried in order for each quotation found by the marks:

- cue-after: `"...," said the coach, Ana Ruiz.` / `"...," Mr Zelensky told reporters.`
- according-to / dash: `"...", according to X.` / `"..." — X`
- split-cue: the second half of `"A," she said, "B."` (two quotations, one speaker)
- cue-before-colon / cue-before: `X said: "..."`, `He warned that ... "..."` (partial)
- cue-before-colon across paragraphs: a paragraph ending `X said:` then a quote
- inherit-previous: a quote standing alone (a fully quoted paragraph, or a sentence
  after an attributed one) takes the speaker of the last speech in the same or the
  previous paragraph (or the one before a question in narration, as in a press
  conference), unless someone else became the subject in between or the paragraph
  names another person after it
- passive-agent: `The plan was branded a "disaster" by Tom Grey.`: the agent of a passive
  label after the quotation (without one, the label names a term)
- same-sentence: a second quote in one sentence (`called it "A" and said "B"`)
- preceding-subject: a quote standing alone after a sentence about a known person
- sentence-subject: a partial quote with no speech verb goes to the person who is the
  subject of its sentence, with low confidence
- none: unattributed, which is honest; a wrong speaker is worse.

A speaker named by a pronoun or a description ("the chancellor") is resolved through
the registry; the rule then says "pronoun" or "description". Q&A answers are handled by
the extractor (rule "interview").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Final, Literal

from .capitals import CAPSEQ, classify_tokens
from .clustering import SUBJECT, Entity, Registry
from .cuematch import (
    PASSIVE_LABEL,
    Cue,
    according_in_tail,
    cue_after,
    cue_before,
    dash_line,
    passive_agent,
    unread_cue,
)
from .cues import SPEECH_VERB
from .facts import cue_words
from .lexicon import LABELLING, SPEECH_WORDS
from .marks import Passage
from .mentions import LEAD_ADVERBIAL
from .nearby import colon_speaker
from .notspeech import determined_term, is_marked_name, is_scare_quote, is_title, is_title_case
from .phrase import NP
from .resolving import BASE_CONFIDENCE, Resolver, Speaker, rounded
from .sentences import next_sentence_start, sentence_start, sentence_starts

_ENDS_SENTENCE = re.compile(r"[.!?…—–-][\"”’']*\s*$")
_SUBJECT_START: Final = re.compile(r"\s*(?:he|she|they|it)\b", re.IGNORECASE)
_SENTENCE_STOP: Final = re.compile(r"[.!?…]")
_DETERMINER_END: Final = re.compile(r"\b(?:the|a|an|his|her|their|its|these|those)\s+$")
_MORE_THAN_THREE_WORDS: Final = re.compile(r"(?:[^\w'’-]*+[\w'’-]++){4}")
_PASSIVE_LABEL: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:called|named|known\s+as|"
    r"dubbed|labelled|labeled|described\s+as|referred\s+to\s+as)\s+$"
)
# A quotation that starts as a sentence does: a capital, or an editor's bracketed letter.
_CAPITAL_START: Final = re.compile(r"(?:\[\w\]|[^\w\s]*[A-Z0-9])")
_POSSESSIVE_ENDS: Final = ("'s", "’s", "s'", "s’")
_RELATIVE_AFTER_CUE: Final = re.compile(r",\s+(?:whose|who|which|whom)\s")


def _inside_relative(gap: str) -> bool:
    """Does a quotation after `gap` (the text since the quotation before) stand inside a
    relative clause about the speaker ('..., said Ramos, whose new book features ...
    "rebellious" people'), not after its end ('..., who voted against it — "and ...')?"""
    gap = gap.rstrip()
    return gap[-1:].isalnum() and _RELATIVE_AFTER_CUE.search(gap) is not None


# Questions put to someone named: "pressed Flynn", "asked Mr. Smith".
_QUESTIONS: Final = re.compile(
    r"\b(?:pressed|asked|questioned|quizzed|challenged|grilled)\s+"
    r"((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
# A speech verb right before the quotation: it says whose words they are.
_VERB_RIGHT_BEFORE: Final = re.compile(
    r"\b(?:said|says|shouted|shouts|yelled|yells|screamed|cried|chanted|called\s+out|"
    r"wrote|writes|added|asked|replied)\s*[,:]?\s*$"
)
# A cue's words that a programme's or a publication's title follows: "said on", "told",
# "appeared on", "wrote in".
_PROGRAMME_BEFORE: Final = (" said on", " says on", " told", " appeared on", " wrote in")
_ONE_CAPITALISED_WORD: Final = re.compile(r"[A-Z][\w'’-]*")
_ADJUNCT_ONLY: Final = re.compile(
    r"(?:on|in|at|to|via|during|after|before|yesterday|today|earlier|later|last|this|"
    r"from|outside|inside|again|also)\b"
)


@dataclass(slots=True)
class Attributed:
    passage: Passage
    kind: str
    speaker: Speaker
    text: str

    # Written out: mypyc compiles it to C, where dataclass's own runs in the interpreter.
    def __init__(self, passage: Passage, kind: str, speaker: Speaker, text: str) -> None:
        self.passage = passage
        self.kind = kind
        self.speaker = speaker
        self.text = text


@dataclass(slots=True)
class SpeechEvent:
    position: int
    paragraph: int
    speaker: Speaker

    # Written out: mypyc compiles it to C, where dataclass's own runs in the interpreter.
    def __init__(self, position: int, paragraph: int, speaker: Speaker) -> None:
        self.position = position
        self.paragraph = paragraph
        self.speaker = speaker


class BodyAttributor:
    """Attributes the quotations of an article body, in document order."""

    def __init__(
        self,
        paragraphs: tuple[str, ...],
        offsets: tuple[int, ...],
        passages: list[Passage],
        registry: Registry,
    ) -> None:
        self.paragraphs = paragraphs
        self.offsets = offsets
        self.passages = passages
        self.registry = registry
        self.resolver = Resolver(registry, offsets, paragraphs)
        self.events: list[SpeechEvent] = []
        self._event_positions: list[int] = []
        self._pieces: dict[int, list[tuple[int, int, int]]] = {}
        for index, passage in enumerate(passages):
            for number, piece in passage.pieces:
                self._pieces.setdefault(number, []).append((piece.start, piece.end, index))
        # End of the piece before and start of the piece after each piece, looked up often.
        # The pieces of a paragraph come from one scan, so they follow one another.
        self._around: dict[tuple[int, int], tuple[int, int]] = {}
        for number, pieces in self._pieces.items():
            pieces.sort()
            before = 0
            for k in range(len(pieces) - 1):
                start, end, _ = pieces[k]
                self._around[number, start] = (before, pieces[k + 1][0])
                before = end
            self._around[number, pieces[-1][0]] = (before, len(paragraphs[number]))
        # What each passage quotes: the named-thing test and attribution both read it.
        self.quoted = [self._quoted(passage) for passage in passages]
        self.named = self._named_things()
        self._cue_after: dict[int, tuple[Cue | None, Speaker | None]] = {}

    def _quoted(self, passage: Passage) -> str:
        pieces = passage.pieces
        if len(pieces) == 1 and len(pieces[0][1].parts) == 1:  # the common case, without a join
            number, piece = pieces[0]
            start, end = piece.parts[0]
            return self.paragraphs[number][start:end].strip()
        return " ".join(self.paragraphs[n][a:b].strip() for n, p in pieces for a, b in p.parts)

    def _named_things(self) -> set[int]:
        """Passages that name a thing (so-called, titles, nicknames): narration, not speech."""
        named = set()
        for index, passage in enumerate(self.passages):
            if len(passage.pieces) != 1:
                continue
            number, piece = passage.pieces[0]
            text = self.paragraphs[number]
            if is_marked_name(
                text[max(0, piece.start - 60) : piece.start],
                text[piece.end : piece.end + 60],
                self.quoted[index],
            ):
                named.add(index)
        return named

    def neighbours(self, paragraph: int, start: int, end: int) -> tuple[int, int]:
        """End of the piece before `start` and start of the piece after `end`."""
        pieces = self._pieces.get(paragraph, ())
        k = bisect.bisect_left(pieces, (start, -1, -1))
        before = pieces[k - 1][1] if k and pieces[k - 1][1] <= start else 0
        while k < len(pieces) and pieces[k][0] < end:
            k += 1
        after = pieces[k][0] if k < len(pieces) else len(self.paragraphs[paragraph])
        return before, after

    def add_event(self, event: SpeechEvent) -> None:
        if self.events and self.events[-1].position > event.position:
            self.events.insert(bisect.bisect_right(self._event_positions, event.position), event)
            self._event_positions.insert(
                bisect.bisect_right(self._event_positions, event.position), event.position
            )
        else:
            self.events.append(event)
            self._event_positions.append(event.position)

    def term_like(self, index: int) -> bool:
        """Is this quotation a few words inside a noun phrase ("a "pig cracker"")?"""
        passage = self.passages[index]
        if len(passage.pieces) > 1 or index in self.named:
            return False
        number, piece = passage.pieces[0]
        text = self.paragraphs[number]
        previous_end, next_start = self._around[number, piece.start]
        head_start = sentence_start(text, previous_end, piece.start)
        head, tail = text[head_start : piece.start], text[piece.end : next_start]
        return determined_term(head, self.quoted[index], tail)

    def attribute(self, index: int, in_report: bool = False) -> Attributed | None:
        """The kind and speaker of a quotation; `in_report`: a term-like quotation inside a
        reported clause, which is narration, a term."""
        if index in self.named:
            return None
        passage = self.passages[index]
        if in_report:
            return self._term(passage, self.quoted[index])
        first_number, first = passage.pieces[0]
        last_number, last = passage.pieces[-1]
        first_text = self.paragraphs[first_number]
        last_text = self.paragraphs[last_number]
        previous_end = self._around[first_number, first.start][0]
        next_start = self._around[last_number, last.start][1]
        head_start = sentence_start(first_text, previous_end, first.start)
        tail_end = next_sentence_start(last_text, last.end + 1, next_start)
        head = first_text[head_start : first.start]
        quoted = self.quoted[index]
        position = self.offsets[first_number] + first.start
        multi = len(passage.pieces) > 1

        after = cue_after(last_text, last.end, tail_end)
        if after and self._introduces_next(quoted, last_text, after, tail_end, next_start):
            after = None
        before = None if after else cue_before(first_text, head_start, first.start)
        if after is not None and after.rule == "according-to":
            # 'Pelosi called it a "breach of ...", according to NBC': the verb before the
            # quotation says whose words they are; "according to" only cites the report.
            cued = cue_before(first_text, head_start, first.start)
            if isinstance(cued, Cue) and cued.rule != "according-to":
                after, before = None, cued
            elif cued is None and _VERB_RIGHT_BEFORE.search(head):
                # 'after someone near the stage had shouted "Gun!," according to the
                # Secret Service': the words are the unnamed shouter's, not the source's.
                after = None
        speaker = None
        cue_at = self.offsets[last_number] + last.end
        signed = None if after or before is not None else self._signed(last_number, last.end)
        if after:
            speaker = self.resolver.resolve(after.np, after.rule, cue_at, last_number, after.cue)
        elif signed is not None:
            # A block quote signed on the line after it: "― Maria Gonzalez, resident".
            number = last_number + 1
            speaker = self.resolver.resolve(
                signed.np, signed.rule, self.offsets[number] + signed.start, number, signed.cue
            )
        elif unread_cue(last_text, last.end, tail_end) and not is_title(quoted):
            # '"Fine," said <a subject not read>': someone is named right there, so the
            # quotation takes no one else's speaker.
            return Attributed(passage, self._kind(head.strip(), quoted, multi, None, None,
                                                  None, False),
                              Speaker(None, None, None, "none", 0.3), quoted)  # fmt: skip
        else:
            speaker = self._split_cue(index, first_number, previous_end, first.start)
            if speaker is None and before:
                speaker = self.resolver.resolve(
                    before.np,
                    before.rule,
                    self.offsets[first_number] + before.start,
                    first_number,
                    before.cue,
                )
            if speaker is None and not before and not _VERB_RIGHT_BEFORE.search(head):
                according = according_in_tail(last_text, last.end, tail_end)
                if according is None:
                    # `The border is the "main difference" between them, he added.`
                    according = _sentence_final_cue(last_text, last.end, tail_end)
                if according is not None:
                    speaker = self.resolver.resolve(
                        according.np, according.rule, cue_at, last_number, according.cue
                    )
        self._cue_after[index] = (after, speaker if after else None)
        head_text = head.strip()
        verb_next = isinstance(before, Cue) and _object_of_cue(first_text, before, first.start)
        kind = self._kind(head_text, quoted, multi, after, before, speaker, verb_next)
        labelled = not LABELLING.isdisjoint(
            word for _, _, word in cue_words(first_text).between(head_start, first.start)
        )
        if kind == "partial" and not after and is_title(quoted) and not labelled:
            return None  # a title, unless someone calls a thing so ("as \"The Hoax\"")
        if (
            head.rstrip().endswith(_POSSESSIVE_ENDS)
            and (is_title(quoted) or _ONE_CAPITALISED_WORD.fullmatch(quoted))
            and not after
        ):
            return None  # "told MSNBC's \"Morning Joe\"": a programme's title, an owner's
        if head.rstrip().endswith(_PROGRAMME_BEFORE) and is_title(quoted.rstrip(".,")):
            return None  # "Mike Pence said on \"Fox News Sunday.\"": where, not what
        if speaker is None:
            if before is False:
                return None
            if kind == "partial" and head_text:
                # Before the scare-quote test: a label by someone is their word, not a term.
                speaker = self._passive_agent(first_text, first.start, passage)
            tail = last_text[last.end : tail_end]
            standalone = not head_text and (
                _ENDS_SENTENCE.search(quoted) or not tail.strip() or multi
            )
            if speaker is None and head_text:
                speaker = self._same_sentence(index, first_number, head_start)
                if speaker is None and head_text.endswith(":"):
                    speaker = self._inherit(position, first_number, first.start, same=True)
                if speaker is None and head_text.endswith(":"):
                    speaker = self._colon(head, first_number, head_start)
            if (
                speaker is None
                and (kind == "partial" or not head_text)
                and is_scare_quote(head, tail, quoted)
            ):
                # A title or a name is not even a term; a scare-quoted word is one.
                return None if is_title_case(head, quoted) else self._term(passage, quoted)
            if speaker is None and standalone:
                speaker = self._colon_paragraph(first_number, first.start)
                if speaker is None:
                    speaker = self._inherit(position, first_number, first.start)
                if speaker is None:
                    speaker = self._next_quote(index, last_number, last.end, next_start)
                if speaker is None and previous_end == 0 and head_start > 0:
                    speaker = self._preceding_subject(first_text, head_start, first_number)
            elif speaker is None and kind == "partial":
                speaker = self._sentence_subject(first_text, head_start, first.start, first_number)
        if (
            speaker is None
            and kind == "partial"
            and self._uncued_term(first_text, head_start, first.start, quoted)
        ):
            return self._term(passage, quoted)
        if speaker is None:
            speaker = Speaker(None, None, None, "none", 0.5 if kind == "direct" else 0.3)
        if speaker.entity is not None and passage.recovered:
            speaker.confidence = rounded(max(0.05, speaker.confidence - 0.1))
        if speaker.entity is not None and speaker.rule != "sentence-subject":
            self.add_event(SpeechEvent(cue_at, last_number, speaker))
        return Attributed(passage, kind, speaker, quoted)

    def _kind(
        self,
        head: str,
        quoted: str,
        multi: bool,
        after: Cue | None,
        before: Cue | Literal[False] | None,
        speaker: Speaker | None,
        verb_next: bool,
    ) -> str:
        if multi or not head:
            return "direct"
        if speaker is not None and speaker.rule == "split-cue":
            return "direct"
        if verb_next and _CAPITAL_START.match(quoted):
            return "direct"  # `tweeted "Deeply saddened ..."`: a sentence, said whole
        if head.endswith((":", ",")):
            if head.endswith(":") or (before and before.end >= 0 and _cue_only(head, before)):
                return "direct"
            if quoted[:1].isupper() and (before or after):
                return "direct"
        return "partial"

    def _term(self, passage: Passage, quoted: str) -> Attributed:
        """Quoted words that are not speech: a term the narration uses or mentions."""
        return Attributed(passage, "term", Speaker(None, None, None, "none", 0.3), quoted)

    def _passive_agent(self, text: str, start: int, passage: Passage) -> Speaker | None:
        """`was described as "unprecedented" by analysts`: whoever the label is by."""
        label = PASSIVE_LABEL.search(text, sentence_start(text, 0, start), start)
        number, last = passage.pieces[-1]
        if label is None or passage.pieces[0][0] != number:
            return None
        last_text = self.paragraphs[number]
        agent = passive_agent(last_text, last.end, len(last_text))
        if agent is None:
            return None
        position = self.offsets[number] + last.end
        return self.resolver.resolve(agent, "passive-agent", position, number, label.group(1))

    def _uncued_term(self, text: str, head_start: int, start: int, quoted: str) -> bool:
        """One to three quoted words with no speech or labelling verb before them in
        their sentence ("the first human "spacewalk"", "pairs of "handpaws""), or after
        a passive label ("they are called "U.S. nationals""): a term."""
        if _MORE_THAN_THREE_WORDS.match(quoted) or quoted.rstrip().endswith(("!", "?")):
            return False
        head_start = sentence_start(text, 0, start)  # the whole sentence, not since a quote
        head = text[head_start:start]
        if _PASSIVE_LABEL.search(head):
            return True
        if "ccording" in head:
            return False
        return not any(
            (word in SPEECH_WORDS or word in LABELLING)
            and not _DETERMINER_END.search(text, max(0, a - 8), a)  # "the terms"
            for a, _, word in cue_words(text).between(head_start, start)
        )

    def _introduces_next(
        self, quoted: str, text: str, after: Cue, tail_end: int, next_start: int
    ) -> bool:
        """Is a cue after a quotation that ended its sentence the cue of the next quotation
        instead (`"... today." Ms Obadia told reporters "Women ..."`)? Its sentence runs on
        into the next quotation: no sentence ends between them."""
        return (
            tail_end == next_start < len(text)
            and _ENDS_SENTENCE.search(quoted) is not None
            and quoted.rstrip()[-1:] in ".!?…"
            and not _SENTENCE_STOP.search(text, after.end, tail_end)
            # Right after the cue ('told reporters "Women ...') or its aside ('He said, in
            # remarks published by CNN, "...'), not at the end of a phrase of its own
            # ('fumed, using a profane word instead of "guy."').
            and (
                text[after.end : tail_end].rstrip().endswith((",", ":"))
                or len(text[after.end : tail_end].split(None, 4)) <= 3
            )
        )

    def _signed(self, number: int, end: int) -> Cue | None:
        """The dash line that signs a quotation ending paragraph `number` at `end`."""
        if self.paragraphs[number][end:].strip() or number + 1 >= len(self.paragraphs):
            return None
        return dash_line(self.paragraphs[number + 1])

    def _split_cue(self, index: int, paragraph: int, gap_start: int, start: int) -> Speaker | None:
        """The second half of a quote split by its cue: `"A," she said, "B."`."""
        if index == 0:
            return None
        previous = self.passages[index - 1]
        if previous.pieces[-1][0] != paragraph:
            return None
        cue, speaker = self._cue_after.get(index - 1, (None, None))
        if cue is None or speaker is None or speaker.entity is None:
            return None
        between = self.paragraphs[paragraph][cue.end : start]
        if cue.end < gap_start or (
            between.strip(" ,.;:—–-\u00a0")
            and (len(between.split()) > 12 or SPEECH_VERB.search(between))
        ):
            return None
        if _inside_relative(self.paragraphs[paragraph][gap_start:start]):
            return None
        return Speaker(
            speaker.entity,
            speaker.mention,
            speaker.cue,
            _derived("split-cue", speaker),
            rounded(min(speaker.confidence, BASE_CONFIDENCE["split-cue"])),
        )

    def _same_sentence(self, index: int, paragraph: int, head_start: int) -> Speaker | None:
        """A second quote in one sentence: `called it "A" and said it was "B"`."""
        if index == 0:
            return None
        previous = self.passages[index - 1]
        number, piece = previous.pieces[-1]
        if number != paragraph or head_start != piece.end:
            return None
        start = self.passages[index].pieces[0][1].start
        if _inside_relative(self.paragraphs[paragraph][piece.end : start]):
            return None
        target = self.offsets[paragraph] + piece.end
        k = bisect.bisect_right(self._event_positions, target)
        for event in reversed(self.events[max(0, k - 3) : k]):
            if event.paragraph == paragraph and event.position == target:
                spoken = event.speaker
                return Speaker(
                    spoken.entity,
                    spoken.mention,
                    spoken.cue,
                    _derived("same-sentence", spoken),
                    rounded(max(0.3, spoken.confidence - 0.1)),
                )
        return None

    def _colon_paragraph(self, paragraph: int, start: int) -> Speaker | None:
        """A quote opening a paragraph after one that ends `X said:`."""
        text = self.paragraphs[paragraph]
        if paragraph == 0 or text[:start].strip() or self._pieces_before(paragraph, start):
            return None
        previous = self.paragraphs[paragraph - 1]
        if not previous.rstrip().endswith(":"):
            return None
        piece_end, _ = self.neighbours(paragraph - 1, len(previous), len(previous))
        head_start = sentence_start(previous, piece_end, len(previous))
        before = cue_before(previous, head_start, len(previous.rstrip()))
        if not before:
            return None
        return self.resolver.resolve(
            before.np,
            "cue-before-colon",
            self.offsets[paragraph - 1] + before.start,
            paragraph - 1,
            before.cue,
        )

    def _colon(self, head: str, paragraph: int, head_start: int) -> Speaker | None:
        """`X disagreed with these findings: "..."`: the subject before the colon."""
        np = colon_speaker(head)
        if np is None:
            return None
        position = self.offsets[paragraph] + head_start
        speaker = self.resolver.resolve(np, "colon-subject", position, paragraph, None)
        return speaker if speaker.entity is not None else None

    def _pieces_before(self, paragraph: int, start: int) -> bool:
        return any(s < start for s, _, _ in self._pieces.get(paragraph, ()))

    def _inherit(
        self, position: int, paragraph: int, start: int, same: bool = False
    ) -> Speaker | None:
        """The speaker of the last speech in this (or the previous) paragraph, or the one
        before a question put to them ("Did he still have the dressing room?")."""
        k = bisect.bisect_left(self._event_positions, position)
        event = self.events[k - 1] if k else None
        reach = 0 if same else 2 if self._asked(paragraph - 1) else 1
        if event is None or event.paragraph < paragraph - reach:
            return None
        if event.paragraph == paragraph - 1 and self._pieces_before(paragraph, start):
            return None
        if self._other_subject_between(event, position):
            return None
        previous = event.speaker
        if (
            not same
            and event.paragraph == paragraph - 1
            and self._questions_another(event.paragraph, previous.entity)
        ):
            # 'Ruhle pressed Flynn on Russia. "It seems so unusual ...," she said.' then a
            # paragraph of quotation alone: the answer, likelier the other one's.
            return None
        if not same and self._other_person_after(previous.entity, position, paragraph):
            # `"Nobody told us." That was the verdict of Tom Reyes`: the paragraph names
            # someone else, so the last speaker is no longer the likely one.
            return None
        confidence = (
            previous.confidence - 0.15
            if previous.rule != "inherit-previous"
            else (previous.confidence - 0.05)
        )
        return Speaker(
            previous.entity,
            previous.mention,
            previous.cue,
            _derived("inherit-previous", previous),
            rounded(max(0.3, min(confidence, 0.8))),
        )

    def _questions_another(self, paragraph: int, speaker: Entity | None) -> bool:
        """Does `speaker` put questions to someone else named in this paragraph ("Ruhle
        pressed Flynn", "asked Smith")?"""
        if speaker is None or speaker.kind != "person":
            return False
        text = self.paragraphs[paragraph]
        for match in _QUESTIONS.finditer(text):
            put_to = match.group(1).split()[-1].strip(".,'’")
            if put_to not in (speaker.surname, speaker.name):
                return True
        return False

    def _asked(self, paragraph: int) -> bool:
        """Is this paragraph a question in narration, with nothing quoted in it?"""
        return (
            paragraph > 0
            and paragraph not in self._pieces
            and self.paragraphs[paragraph].rstrip().endswith("?")
        )

    def _other_person_after(self, speaker: Entity | None, position: int, paragraph: int) -> bool:
        """Does the narration of this paragraph after `position` name a person other
        than `speaker`? (Quoted words make no mentions.)"""
        events = self.registry._events
        entities = self.registry.entities
        end = self.offsets[paragraph] + len(self.paragraphs[paragraph])
        k = bisect.bisect_left(events, (position, -1, -1))
        while k < len(events) and events[k][0] < end:
            entity = entities[events[k][1]]
            if entity is not speaker and entity.kind == "person":
                return True
            k += 1
        return False

    def _other_subject_between(self, event: SpeechEvent, position: int) -> bool:
        events = self.registry._events
        speaker = event.speaker.entity
        speaker_id = speaker.id if speaker is not None else -1
        k = bisect.bisect_left(events, (event.position, -1, -1))
        while k < len(events) and events[k][0] < position:
            _, entity_id, weight = events[k]
            if weight >= SUBJECT and entity_id != speaker_id:
                return True
            k += 1
        return False

    def _next_quote(self, index: int, paragraph: int, end: int, next_start: int) -> Speaker | None:
        """`"A." "B," she said.`: the first takes the speaker of the second."""
        if index + 1 >= len(self.passages) or self.paragraphs[paragraph][end:next_start].strip():
            return None
        following = self.passages[index + 1]
        number, piece = following.pieces[-1]
        if number != paragraph or following.pieces[0][0] != paragraph:
            return None
        _, after_start = self.neighbours(number, piece.start, piece.end)
        text = self.paragraphs[number]
        cue = cue_after(text, piece.end, next_sentence_start(text, piece.end, after_start))
        if cue is None:
            return None
        speaker = self.resolver.resolve(
            cue.np, cue.rule, self.offsets[number] + piece.end, number, cue.cue
        )
        if speaker.entity is None:
            return None
        return Speaker(
            speaker.entity,
            speaker.mention,
            speaker.cue,
            _derived("split-cue", speaker),
            rounded(min(0.8, speaker.confidence)),
        )

    def _preceding_subject(self, text: str, head_start: int, paragraph: int) -> Speaker | None:
        """`Jones was unconvinced. "It will never work."`: the subject of the sentence
        before, when it is a person and nothing else in the paragraph is quoted."""
        starts = sentence_starts(text, 0, head_start)
        start = starts[-2] if len(starts) > 1 and starts[-1] == head_start else starts[-1]
        if start >= head_start:
            return None
        speaker = self._sentence_subject(text, start, head_start, paragraph)
        if speaker is None:
            return None
        speaker.rule = "preceding-subject"
        speaker.confidence = 0.55
        return speaker

    def _sentence_subject(self, text: str, start: int, end: int, paragraph: int) -> Speaker | None:
        """A partial quote with no speech verb: the person the sentence is about."""
        head = LEAD_ADVERBIAL.sub("", text[start:end].lstrip())
        offset = start
        pronoun = _SUBJECT_START.match(head)
        if pronoun:
            np = NP(
                surface=pronoun.group(0).strip(),
                kind="pronoun",
                name=pronoun.group(0).strip().casefold(),
            )
        else:
            match = CAPSEQ.match(head)
            if not match or head.startswith(_POSSESSIVE_ENDS[:2], match.end()):
                # "Clinton's attacks were echoed by ... comments Trump made saying he "...":
                # the sentence is about something of theirs, not about them.
                return None
            classified = classify_tokens(match.group(0).split())
            if classified is None or classified[0] not in ("person", "bare"):
                return None
            _, titles, name = classified
            np = NP(
                surface=" ".join(titles + name),
                kind="name",
                name=" ".join(name),
                given=tuple(name[:-1]),
                titled=bool(titles),
            )
            if classified[0] == "bare":
                entity, _ = self.registry.find_person((), name[0], None, offset)
                if entity is None:
                    return None
        speaker = self.resolver.resolve(
            np, "sentence-subject", self.offsets[paragraph] + offset, paragraph, None, note=False
        )
        if speaker.entity is None or speaker.entity.kind != "person":
            return None
        speaker.rule = "sentence-subject"
        speaker.confidence = 0.4 if np.kind == "name" else 0.35
        return speaker


def _object_of_cue(text: str, before: Cue, start: int) -> bool:
    """Is the quotation at `start` the object of its cue verb, with nothing between them
    but the cue's own words and adjuncts of time and place (`said on Friday "..."`)?"""
    if before.labelling:
        return False
    rest = text[before.end : start].strip()
    return not rest or (
        len(rest.split()) <= 8 and _ADJUNCT_ONLY.match(rest) is not None and "," not in rest
    )


def _cue_only(head: str, before: Cue) -> bool:
    """Is the head just subject + cue + comma (`He said, "...`)?"""
    return head.rstrip(" ,").endswith(before.cue.split()[-1])


def _derived(rule: str, source: Speaker) -> str:
    """The rule of a speaker taken from another quotation's: a guess stays a guess."""
    return source.rule if source.rule == "role-guess" else rule


def _sentence_final_cue(text: str, start: int, end: int) -> Cue | None:
    """The cue that ends the sentence a quotation is part of (`<clause with the quotation>,
    he added.`), after its last comma, with nothing but the full stop after it."""
    comma = text.rfind(",", start, end)
    if comma < 0:
        return None
    cue = cue_after(text, comma, end)
    if cue is None or cue.rule != "cue-after" or text[cue.end : end].strip(' .!?"”’'):
        return None
    return cue

"""Quote-mark scanning: a per-paragraph state machine over quotation marks.

Each mark is classified by its glyph and its context (what is on either side) as an
opening mark, a closing mark, either, or an apostrophe (it's, '90s, rock 'n' roll,
ministers'). A stack tracks nesting in both styles (double outside single, and single
outside double). Nothing here raises: an odd number of marks, a stray mark or a quote
closed with an opening mark gives the best reading it can, and typo recoveries are
flagged on the piece so attribution can lower its confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Final

from .cues import AUX_WORDS, alternation
from .facts import remember
from .lexicon import SPEECH

DOUBLE = frozenset('"“”„‟«»')
OPEN_GLYPHS: Final = frozenset("“„‟«‘‚‹")
CLOSE_GLYPHS: Final = frozenset("”»’›")
_OPEN_CONTEXT: Final = frozenset("([{<—–-/:;\"“”„‟«»'‘’‚‹›")
_CLOSE_CONTEXT: Final = frozenset(".,;:!?)]}>—–-…\"“”„‟«»'‘’‚‹›")
# A single mark between two letters or digits is an apostrophe whatever else is around
# (it's, O’Neil): leaving those out up front spares classifying most marks one by one.
# It starts with the character class so that re can skip ahead to the next mark.
MARK: Final = re.compile('["“”„‟«»\'‘’‚‹›](?:(?<=["“”„‟«»])|(?<![^\\W_].)|(?![^\\W_]))')
_ELISION: Final = re.compile(
    r"(?:\d\d(?:s|\b)|em\b|n\b|til\b|cause\b|tis\b|twas\b|bout\b|nuff\b)", re.IGNORECASE
)
_SENTENCE_END: Final = re.compile(r"[.!?…][\"”’')\]]*\s*$")
_SPEECH: Final = alternation(SPEECH)
_NAME: Final = r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}"
# Where a quote missing its closing mark must have ended: "..., she said".
_CUE_SPLIT: Final = re.compile(
    rf"[,?!](?=\s+(?:(?:he|she|they|it|I|we|{_NAME}|the\s+\w+(?:\s+\w+)?)\s+"
    rf"(?:(?:{AUX_WORDS})\s+)*(?:{_SPEECH})\b|(?:{_SPEECH})\s+(?:[A-Z]|the\b|a\b)))"
)
CUE_FOLLOWS: Final = re.compile(
    rf"\s*[,.]?\s*(?:[—–]\s*[A-Z]|(?:(?:he|she|they|it|I|we|{_NAME}|(?:the|a|an)\s+"
    rf"[\w-]+(?:\s+[\w-]+){{0,4}}?)\s+(?:(?:{AUX_WORDS})\s+)*(?:{_SPEECH})\b|"
    rf"(?:{_SPEECH})\s+(?:[A-Z]|the\b|a\b|an\b)))"
)

OPEN, CLOSE, EITHER = 1, 2, 3


@dataclass(slots=True)
class Piece:
    """One top-level quotation inside one paragraph (offsets local to the paragraph)."""

    start: int
    end: int
    parts: list[tuple[int, int]] = field(default_factory=list)
    opened: bool = True
    closed: bool = True
    recovered: bool = False
    weak: bool = False  # a lone closing mark with no cue: kept only to end a carried quote

    # Written out: mypyc compiles it to C, where dataclass's own runs in the interpreter.
    def __init__(
        self,
        start: int,
        end: int,
        parts: list[tuple[int, int]] | None = None,
        opened: bool = True,
        closed: bool = True,
        recovered: bool = False,
        weak: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.parts = [] if parts is None else parts
        self.opened = opened
        self.closed = closed
        self.recovered = recovered
        self.weak = weak

    @property
    def runs_to_end(self) -> bool:
        """Open at the paragraph end: a candidate to continue into the next one."""
        return self.opened and not self.closed and not self.recovered


@remember
@cache
def scan_paragraph(text: str) -> list[Piece]:
    """The top-level quotations of one paragraph, in order (the standfirst is scanned by
    the registry and again for its own quotations: once per article is enough)."""
    marks = _marks(text)
    if not marks:
        return []
    for _ in range(4):
        pieces, retry = _scan(text, marks)
        if retry is None:
            return pieces
        # A single mark that opened a quote never closed is an apostrophe after all.
        marks = [mark for mark in marks if mark[0] != retry]
    return pieces


def _marks(text: str) -> list[tuple[int, bool, int, bool]]:
    """(position, is_double, class, possessive_candidate) of every mark but apostrophes."""
    found = []
    padded = " " + text + " "  # no character before or after reads as a space
    for match in MARK.finditer(text):
        i = match.start()
        double, left, kind, possessive = _around(padded[i : i + 3])
        if not double and (
            (left and _ELISION.match(text, i + 1)) or text[i - 2 : i] in (" n", "'n", "‘n")
        ):
            continue
        found.append((i, double, kind, possessive))
    return found


@lru_cache(maxsize=4096)
def _around(trio: str) -> tuple[bool, bool, int, bool]:
    """(is_double, opens by context, class, possessive candidate) of the middle character
    of trio, a mark between the characters before and after it; the same few trios come
    back again and again, so each is worked out once."""
    prev, ch, nxt = trio[0], trio[1], trio[2]
    double = ch in DOUBLE
    left = (prev.isspace() or prev in _OPEN_CONTEXT) and not nxt.isspace()
    right = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_CONTEXT)
    if left and not right:
        kind = OPEN
    elif right and not left:
        kind = CLOSE
    else:
        kind = OPEN if ch in OPEN_GLYPHS else CLOSE if ch in CLOSE_GLYPHS else EITHER
    return double, left, kind, not double and kind != OPEN and prev in ("s", "S", "z")


def _scan(text: str, marks: list[tuple[int, bool, int, bool]]) -> tuple[list[Piece], int | None]:
    pieces: list[Piece] = []
    stack: list[tuple[bool, int]] = []
    parts_from = 0
    parts: list[tuple[int, int]] = []
    stray = None
    for index, (i, double, kind, possessive) in enumerate(marks):
        if not stack:
            if kind == CLOSE:
                if double and stray is None and not pieces:
                    stray = i
                continue
            stack.append((double, i))
            parts_from, parts = i + 1, []
            continue
        top_double = stack[-1][0]
        if kind in (CLOSE, EITHER):
            if double == top_double:
                if possessive and _later_single_close(marks, index):
                    continue
                stack.pop()
            elif kind == EITHER:
                if len(stack) < 4:
                    stack.append((double, i))
                continue
            elif double:
                doubles = [k for k, (d, _) in enumerate(stack) if d]
                if not doubles:
                    continue
                del stack[doubles[-1] :]
            else:
                continue
            if not stack:
                parts.append((parts_from, i))
                pieces.append(Piece(parts[0][0] - 1, i + 1, parts))
            continue
        if double and top_double and len(stack) == 1:
            opened_at = stack[0][1]
            split = _CUE_SPLIT.search(text, max(opened_at + 1, i - 600), i)
            if split:
                parts.append((parts_from, split.end()))
                pieces.append(_recovered(parts, split.end()))
                stack[0] = (True, i)
                parts_from, parts = i + 1, []
            elif _SENTENCE_END.search(text, max(0, i - 12), i):
                parts.append((parts_from, i))
                parts_from = i + 1
            else:
                stack.append((double, i))
            continue
        if len(stack) < 4:
            stack.append((double, i))
    if stack:
        double, opened_at = stack[0]
        if not double and text[:opened_at].strip():
            return pieces, opened_at
        split = _CUE_SPLIT.search(text, parts_from, parts_from + 600)
        if split:
            parts.append((parts_from, split.end()))
            pieces.append(_recovered(parts, split.end()))
        else:
            parts.append((parts_from, len(text)))
            pieces.append(Piece(start=_start_of(parts), end=len(text), parts=parts, closed=False))
    if stray is not None:
        start = len(text) - len(text.lstrip())
        if not any(p.start < stray for p in pieces) and stray > start:
            piece = Piece(
                start=start,
                end=stray + 1,
                parts=[(start, stray)],
                opened=False,
                weak=not CUE_FOLLOWS.match(text, stray + 1),
            )
            pieces.insert(0, piece)
    return pieces, None


def _start_of(parts: list[tuple[int, int]]) -> int:
    return parts[0][0] - 1


def _recovered(parts: list[tuple[int, int]], end: int) -> Piece:
    return Piece(start=_start_of(parts), end=end, parts=parts, closed=False, recovered=True)


def _later_single_close(marks: list[tuple[int, bool, int, bool]], index: int) -> bool:
    """Is there another closing single mark before the enclosing scope ends?"""
    for _, double, kind, _ in marks[index + 1 :]:
        if double:
            return False
        if kind in (CLOSE, EITHER):
            return True
    return False


@dataclass(slots=True)
class Passage:
    """One quotation as found by the marks: pieces in one or more paragraphs."""

    pieces: list[tuple[int, Piece]]

    # Written out: mypyc compiles it to C, where dataclass's own runs in the interpreter.
    def __init__(self, pieces: list[tuple[int, Piece]]) -> None:
        self.pieces = pieces

    @property
    def recovered(self) -> bool:
        if len(self.pieces) == 1:  # most are, and need no generator
            piece = self.pieces[0][1]
            return piece.recovered or not piece.opened or not piece.closed
        return (
            any(p.recovered or not p.opened for _, p in self.pieces)
            or not self.pieces[-1][1].closed
        )


def join_paragraphs(paragraphs: tuple[str, ...] | list[str]) -> list[Passage]:
    """Scan every paragraph and join quotes that run on into the next paragraph.

    News convention: a paragraph that opens a quote and does not close it continues
    in the next paragraph if that one starts with an opening mark. A next paragraph
    that starts without its opening mark but closes a quote (a typo) also continues it.
    """
    passages: list[Passage] = []
    carry: Passage | None = None
    for number, text in enumerate(paragraphs):
        pieces = scan_paragraph(text)
        lead = len(text) - len(text.lstrip())
        for k, piece in enumerate(pieces):
            if k == 0 and carry is not None and piece.start == lead:
                carry.pieces.append((number, piece))
            elif piece.weak:
                carry = None
                continue
            else:
                carry = None
                passages.append(Passage([(number, piece)]))
            if not (k == len(pieces) - 1 and piece.runs_to_end):
                carry = None
            elif carry is None:
                carry = passages[-1]
        if not pieces:
            carry = None
    return passages

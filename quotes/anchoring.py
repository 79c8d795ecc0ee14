"""Anchoring a span of text as the W3C Web Annotation model does: by position
(start, end) and by a text-quote selector (exact, prefix, suffix).

Pure Python, no Django: text in, offsets out. An anchor is found again after the
text changes as long as its exact words are still there; otherwise it is
detached, and the caller shows it as such rather than dropping it.
"""

import itertools
import re
from dataclasses import dataclass

CONTEXT = 32  # characters of prefix and suffix kept with a selector


@dataclass(frozen=True)
class Selector:
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class Segment:
    """A run of text covered by the same annotations (none for plain text)."""

    text: str
    annotations: tuple[int, ...] = ()


def describe(text: str, start: int, end: int) -> Selector:
    """The selector of text[start:end]."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"No span {start}..{end} in a text of {len(text)} characters.")
    return Selector(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
    )


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _candidates(text: str, exact: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in re.finditer(re.escape(exact), text)]
    if spans:
        return spans
    # Typed by hand, the words may differ from the text only in spacing.
    words = exact.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [m.span() for m in re.finditer(pattern, text)]


def locate(
    text: str, *, exact: str, prefix: str = "", suffix: str = "", near: int | None = None
) -> tuple[int, int] | None:
    """Where `exact` stands in `text`: of several occurrences, the one whose
    surroundings best match prefix and suffix, then the one nearest `near`."""
    if not exact:
        return None

    def score(span):
        start, end = span
        context = _common_prefix(text[:start][::-1], prefix[::-1])
        context += _common_prefix(text[end:], suffix)
        distance = abs(start - near) if near is not None else start
        return (-context, distance, start)

    spans = _candidates(text, exact)
    return min(spans, key=score) if spans else None


def anchor(text: str, selector: Selector) -> tuple[int, int] | None:
    """The span a stored selector points at in `text` now, or None when detached."""
    start, end = selector.start, selector.end
    if 0 <= start < end <= len(text) and text[start:end] == selector.exact:
        return start, end
    found = locate(
        text,
        exact=selector.exact,
        prefix=selector.prefix,
        suffix=selector.suffix,
        near=start,
    )
    if found and text[found[0] : found[1]] == selector.exact:
        return found
    return None


def segments(text: str, spans: list[tuple[int, int, int]]) -> list[Segment]:
    """Cut `text` at every span boundary; each piece names the ids of the spans
    (start, end, id) that cover it, so overlapping highlights nest cleanly."""
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces = []
    for left, right in itertools.pairwise(cuts):
        ids = tuple(i for s, e, i in spans if s <= left and right <= e)
        pieces.append(Segment(text[left:right], ids))
    return pieces

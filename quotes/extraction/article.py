"""Parsing an article file: a date line with the headline, a standfirst, then paragraphs.

The format, one item a line::

    date 2025-12-14 Ukraine abandons ambitions to join NATO
    The standfirst, one line
    First body paragraph.
    Second body paragraph.

A UTF-8 byte order mark, CRLF or lone CR line ends, trailing spaces and blank lines
are tolerated; blank lines are dropped, they are never paragraphs. A file with a
headline and standfirst but no body paragraph is an error ("no body paragraphs"):
there is nothing to extract from and nothing for offsets to point into.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, fields
from functools import cached_property
from itertools import accumulate
from typing import Final

_BOM = "\ufeff"
_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
_DATE_LINE: Final = re.compile(r"date[ \t\u00a0]+(\S+)(?:[ \t\u00a0]+(.*))?", re.IGNORECASE)
_ISO_DATE: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Control characters (Unicode category Cc: U+0000-U+001F and U+007F-U+009F) other than
# the white space a text file holds (tab, line feed, vertical tab, form feed, return).
_CONTROL: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def field_values(obj: object) -> tuple[object, ...]:
    """A dataclass's field values in order: the arguments that build it again.

    The `__reduce__` of every result that crosses to the import's worker process returns
    them: pickle's default way to rebuild an object calls `__init__` with no arguments
    (mypyc's compiled classes refuse that) and then assigns the fields (a frozen one
    refuses that), so without it the compiled build cannot be pickled at all.
    """
    return tuple(getattr(obj, field.name) for field in fields(obj))  # type: ignore[arg-type]


class ArticleError(ValueError):
    """An article file that cannot be read or parsed; the message is short and human."""


@dataclass(frozen=True)
class Article:
    date: datetime.date
    headline: str
    standfirst: str
    paragraphs: tuple[str, ...]

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (Article, field_values(self))

    @cached_property
    def body(self) -> str:
        """The body text every body offset points into: paragraphs joined by "\\n"."""
        return "\n".join(self.paragraphs)

    @cached_property
    def paragraph_offsets(self) -> tuple[int, ...]:
        """The start offset in `body` of each paragraph."""
        if not self.paragraphs:
            return ()
        lengths = map(len, self.paragraphs[:-1])
        return tuple(accumulate((length + 1 for length in lengths), initial=0))


def decode_article(data: bytes) -> str:
    """Bytes of an article file to text, or ArticleError saying why they are not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        skipped, data = 3, data[3:]
    else:
        skipped = 0
    if not data.strip():
        raise ArticleError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError("not UTF-8 text (UTF-16 byte order mark)")
    if b"\x00" in data:
        raise ArticleError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start + skipped
        raise ArticleError(
            f"not UTF-8 text (invalid byte 0x{data[error.start]:02x} at offset {offset})"
        ) from None
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 10):
        raise ArticleError("binary file (mostly control characters)")
    return text


def parse_article(text: str) -> Article:
    """Parse article text; raise ArticleError for a file that is not in the format."""
    if text.startswith(_BOM):
        text = text[1:]
    lines = [line.strip() for line in _LINE_BREAK.split(text)]
    lines = [line for line in lines if line]
    if not lines:
        raise ArticleError("empty file")
    match = _DATE_LINE.fullmatch(lines[0])
    if not match:
        raise ArticleError("line 1 must be 'date YYYY-MM-DD headline'")
    date = _parse_date(match.group(1))
    headline = (match.group(2) or "").strip()
    if not headline:
        raise ArticleError("missing headline after the date on line 1")
    if len(lines) < 2:
        raise ArticleError("no standfirst and no body paragraphs")
    if len(lines) < 3:
        raise ArticleError("no body paragraphs")
    return Article(date=date, headline=headline, standfirst=lines[1], paragraphs=tuple(lines[2:]))


def _parse_date(value: str) -> datetime.date:
    match = _ISO_DATE.fullmatch(value)
    if not match:
        raise ArticleError("line 1 must be 'date YYYY-MM-DD headline'")
    try:
        return datetime.date(*(int(part) for part in match.groups()))
    except ValueError as error:
        raise ArticleError(f"invalid date {value} ({error})") from None

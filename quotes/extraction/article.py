"""STAND-IN for the extraction branch's article parser (replaced when it merges).

The format, one item a line: ``date YYYY-MM-DD headline``, the standfirst, then one
body paragraph a line. Blank lines are dropped.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cached_property

_DATE_LINE = re.compile(r"date\s+(\d{4})-(\d{2})-(\d{2})\s+(.+)", re.IGNORECASE)


class ArticleError(ValueError):
    """An article file that cannot be read or parsed; the message is short and human."""


@dataclass(frozen=True)
class Article:
    date: datetime.date
    headline: str
    standfirst: str
    paragraphs: tuple[str, ...]

    @cached_property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


def decode_article(data: bytes) -> str:
    data = data.removeprefix(b"\xef\xbb\xbf")
    if not data.strip():
        raise ArticleError("empty file")
    if b"\x00" in data:
        raise ArticleError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        raise ArticleError(
            f"not UTF-8 text (invalid byte 0x{byte:02x} at offset {error.start})"
        ) from None


def parse_article(text: str) -> Article:
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        raise ArticleError("empty file")
    match = _DATE_LINE.fullmatch(lines[0])
    if not match:
        raise ArticleError("line 1 must be 'date YYYY-MM-DD headline'")
    try:
        date = datetime.date(*(int(g) for g in match.groups()[:3]))
    except ValueError as error:
        raise ArticleError(f"invalid date ({error})") from None
    if len(lines) < 3:
        raise ArticleError("no body paragraphs")
    return Article(date, match.group(4).strip(), lines[1], tuple(lines[2:]))

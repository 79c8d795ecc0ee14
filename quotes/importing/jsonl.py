"""Articles from JSON Lines, a scraper's usual dump: one JSON object a line.

    {"headline": "...", "date": "2025-03-04", "body": "First paragraph.\\n\\nSecond.",
     "standfirst": "...", "url": "https://...", "outlet": "...", "language": "en"}

`body` is a string whose paragraphs are separated by blank lines (a single line break
inside a paragraph is a space), or a list of paragraphs; `date` is YYYY-MM-DD or an
ISO 8601 date and time; `standfirst`, `url`, `outlet`, `language` and `author` are
optional. A bad line is reported as NAME:LINE with its reason and the others go on.
The file is read a line at a time, each line held to the size limit, so a dump of any
length streams through.
"""

import datetime
import json
import re
from urllib.parse import urlsplit

from quotes.extraction.article import ArticleError

from .outcomes import Failed
from .parsing import one_line, parsed_article

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ].*)?")
OPTIONAL = ("standfirst", "url", "outlet", "language", "author")


def read_jsonl(name: str, stream, *, max_bytes: int):
    """A Parsed article, or a Failed line (named NAME:LINE), per non-blank line."""
    number, any_line = 0, False
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            break
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(64 * 1024)) and not rest.endswith(b"\n"):
                pass
            yield Failed(f"{name}:{number}", ArticleError(f"line over {max_bytes:,} bytes"))
            continue
        if not line.strip():
            continue
        any_line = True
        try:
            parsed = article_from_line(f"{name}:{number}", line)
        except Exception as error:
            yield Failed(f"{name}:{number}", error)
        else:
            yield parsed
    if not any_line:
        raise ArticleError("empty file")


def article_from_line(name: str, line: bytes):
    try:
        text = line.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise ArticleError(
            f"not UTF-8 text (invalid byte 0x{line[error.start]:02x} at column {error.start + 1})"
        ) from None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise ArticleError(f"not JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise ArticleError("not JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise ArticleError("not a JSON object")
    for field in ("headline", "date", "body"):
        if field not in record:
            raise ArticleError(f"no {field!r}")
    fields = {key: _text(record, key) for key in ("headline", *OPTIONAL)}
    url = fields["url"]
    if url and urlsplit(url).scheme.lower() not in ("http", "https"):
        raise ArticleError("'url' must be an http or https address")
    parsed = parsed_article(
        name,
        date=_date(record["date"]),
        headline=fields["headline"],
        paragraphs=_paragraphs(record["body"]),
        standfirst=fields["standfirst"],
        url=url,
        outlet=fields["outlet"],
        language=fields["language"],
        byline=fields["author"],
    )
    parsed.named_by_file = False
    return parsed


def _text(record: dict, key: str) -> str:
    value = record.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ArticleError(f"{key!r} must be a string")
    return value


def _date(value) -> datetime.date:
    if not isinstance(value, str) or not _DATE.fullmatch(value.strip()):
        raise ArticleError(f"'date' must be YYYY-MM-DD (got {str(value)[:40]!r})")
    try:
        return datetime.date(*(int(part) for part in value.strip()[:10].split("-")))
    except ValueError as error:
        raise ArticleError(f"invalid date {value.strip()[:10]} ({error})") from None


def _paragraphs(body) -> list[str]:
    if isinstance(body, str):
        return [one_line(part) for part in _PARAGRAPH_BREAK.split(body.replace("\r\n", "\n"))]
    if isinstance(body, list) and all(isinstance(part, str) for part in body):
        return [one_line(part) for part in body]
    raise ArticleError("'body' must be a string or a list of strings")

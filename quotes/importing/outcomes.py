"""What became of each article an import was given, in the order given."""

from collections import Counter
from dataclasses import dataclass, field

from .replacing import Replacement


@dataclass
class QuoteLine:
    paragraph: int | None
    kind: str
    text: str
    speaker: str
    match: str


@dataclass
class Imported:
    """An article that was written (status "created") or, in a dry run, would be
    ("planned")."""

    name: str
    status: str
    headline: str
    source_id: int | None = None
    quotes: list[QuoteLine] = field(default_factory=list)
    speakers_created: list[str] = field(default_factory=list)
    speakers_matched: int = 0
    unattributed: Counter = field(default_factory=Counter)
    previous_ids: list[int] = field(default_factory=list)  # earlier versions' sources
    replacement: Replacement | None = None
    retries: int = 0  # writes retried after a concurrent import won a race


@dataclass
class Skipped:
    """An article whose text was imported before: nothing was written."""

    name: str
    source_id: int
    headline: str = ""
    retries: int = 0


@dataclass
class Failed:
    """An article (or a path) that could not be imported, and why."""

    name: str
    error: Exception


@dataclass
class Notice:
    """Something the run says once, not about one article (e.g. the worker stopped)."""

    message: str


Outcome = Imported | Skipped | Failed | Notice


def reason(error: Exception) -> str:
    """Why an article or input failed, on one line: the importer's own words for bad
    input, the exception's class for anything else (never a traceback)."""
    from django.db import DatabaseError

    from quotes.extraction.article import ArticleError

    if isinstance(error, ArticleError):
        return str(error)
    if isinstance(error, DatabaseError):
        return f"database error: {first_line(error)}"
    return f"unexpected {type(error).__name__}: {first_line(error)}"


def first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__

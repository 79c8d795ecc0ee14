"""The quotes' CSV export a page at a time, every page as cheap as the first.

A page is at most `size` rows in the list's order, read through a server-side cursor
(memory stays flat, the first row arrives at once), with only the exported columns.
In a date order (newest or oldest first: the list without words, or when chosen) the
next page starts after the last row of this one (`after=DATE~ID`, a keyset): reading
page 100 costs what reading page 1 does, where an OFFSET would have the database count
its way through the 990,000 rows before. Best-first order pages by number (`page=N`):
ranks are not a key to continue from, and a ranked search reads its matches anyway.
"""

import datetime
import re
from dataclasses import dataclass

from django.db import connections
from django.db.models import Q

from quotes.filters import QuoteFilter

from .search import quote_export

# What a row of the export holds: columns of the quote and its speaker and source,
# never the article's text.
EXPORT_VALUES = (
    "pk", "text", "kind", "speaker__name", "speaker__slug", "speaker_mention", "cue",
    "said_on", "status", "source_id", "source__headline", "source__outlet", "source__url",
)  # fmt: skip
_AFTER = re.compile(r"(\d{4}-\d{2}-\d{2})?~(\d{1,18})")


@dataclass
class ExportPage:
    filterset: QuoteFilter
    rows: object  # an iterator of dicts of EXPORT_VALUES, streamed from the database
    next: dict | None  # the parameters of the next page, None for the last


def quote_export_page(params, *, size: int) -> ExportPage:
    filterset, quotes = quote_export(params)
    if not filterset.is_valid():
        return ExportPage(filterset, iter(()), None)
    words, order = filterset.search_terms()
    if (order or ("relevance" if words else "newest")) == "relevance":
        number = _number(params.get("page"))
        offset = (number - 1) * size
        more = quotes[offset + size : offset + size + 1].exists()
        rows = quotes.values(*EXPORT_VALUES)[offset : offset + size].iterator(chunk_size=2000)
        return ExportPage(filterset, rows, {"page": number + 1} if more else None)
    after = _cursor(params.get("after"))
    if after:
        quotes = quotes.filter(_after(quotes.db, order or "newest", *after))
    # The page's keys first (the index alone answers): its last row, and whether more follow.
    keys = list(quotes.values_list("said_on", "pk")[: size + 1])
    rows = quotes.values(*EXPORT_VALUES)[:size].iterator(chunk_size=2000)
    if len(keys) <= size:
        return ExportPage(filterset, rows, None)
    said_on, pk = keys[size - 1]
    return ExportPage(filterset, rows, {"after": f"{said_on or ''}~{pk}"})


def _number(value) -> int:
    return (
        int(value) if isinstance(value, str) and value.isdigit() and 0 < int(value) < 10**9 else 1
    )


def _cursor(value) -> tuple | None:
    match = _AFTER.fullmatch(value or "")
    if not match:
        return None
    day, pk = match.groups()
    try:
        return (datetime.date.fromisoformat(day) if day else None, int(pk))
    except ValueError:
        return None


def _after(using: str, order: str, said_on, pk: int) -> Q:
    """The rows after (said_on, pk) in `order`, as the database orders undated rows:
    PostgreSQL puts NULL above every date (first newest-first), SQLite below every
    date (last newest-first)."""
    newest = order == "newest"
    nulls_high = connections[using].vendor == "postgresql"
    later_ids = Q(pk__lt=pk) if newest else Q(pk__gt=pk)
    if said_on is None:
        rows = Q(said_on__isnull=True) & later_ids
        # The dated rows come after the undated ones when NULL sorts first in this order.
        return rows | Q(said_on__isnull=False) if nulls_high == newest else rows
    beyond = Q(said_on__lt=said_on) if newest else Q(said_on__gt=said_on)
    # The bound repeats what the OR says, as one range the date index starts from:
    # without it PostgreSQL read the index from the newest date down to this one
    # (0.5 s a page deep in a million quotes, before the first byte).
    bound = Q(said_on__lte=said_on) if newest else Q(said_on__gte=said_on)
    rows = bound & (beyond | (Q(said_on=said_on) & later_ids))
    # The undated rows come after the dated ones when NULL sorts last in this order.
    return rows | Q(said_on__isnull=True) if nulls_high != newest else rows

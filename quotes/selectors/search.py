"""The quote list: search, filters, a capped count, ordering, facets."""

import datetime
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import F
from django.db.models.functions import Coalesce

from quotes.filters import QuoteFilter
from quotes.models import Quote
from quotes.selectors import paging
from quotes.selectors.facets import Facet, quote_facets
from quotes.selectors.paging import Page, page_number

COUNT_CAP = 1000  # counts stop here ("1,000+"): exact counts of common words are slow
FACET_SAMPLE = 1000  # facets count within the first matches (SAMPLE_ORDERS) when there are more
# Ranking reads every match from the table: for words with more than COUNT_CAP
# matches, relevance ranks those among the latest RANK_WINDOW quotes (a date
# cut-off the database intersects with the word's matches in its indexes).
RANK_WINDOW = 50_000

FACET_FIELDS = ("pk", "speaker_id", "said_on", "kind")


def first_matches(queryset, cap: int | None = None, *, order=()) -> tuple[list[tuple], bool]:
    """The first `cap` matches in `order` as FACET_FIELDS rows, and whether there are
    more: a capped count and the sample the facets count in, from one query.

    Without an order the database returns the rows it meets first, which is cheapest
    but not the same each time: a sequential scan of a large table starts where the
    last one stopped (synchronize_seqscans), so each reload counted other rows."""
    cap = cap or COUNT_CAP
    rows = list(queryset.order_by(*order).values_list(*FACET_FIELDS)[: cap + 1])
    return rows[:cap], len(rows) > cap


# The facets' sample, by the list's date order. Relevance takes the newest: ranking
# reads every match, the date index reads only as far as the thousandth.
SAMPLE_ORDERS = {"newest": ("-said_on", "-pk"), "oldest": ("said_on", "pk")}


@dataclass
class QuoteSearch:
    filterset: QuoteFilter
    page: Page
    facets: dict[str, list[Facet]] = field(default_factory=dict)
    facets_sampled: bool = False
    facets_from: str = ""  # the matches sampled facets count: "the newest 1,000"
    ranked_since: datetime.date | None = None

    @property
    def query(self) -> str:
        return self.filterset.form.cleaned_data.get("q", "") if self.filterset.is_valid() else ""


def quote_search(
    params, *, page=1, size: int | None = None, facets: bool = True, cards: bool = False
) -> QuoteSearch:
    """The quote list: filters, a capped count, one page in the chosen order and
    facet counts. Three queries; invalid filters give an empty result. With `cards`
    the page's quotes carry only what a quote card shows (Quote.objects.for_cards)."""
    size = size or paging.PAGE_SIZE
    filterset = QuoteFilter(params, queryset=Quote.objects.public())
    if not filterset.is_valid():
        return QuoteSearch(filterset, Page([], 1, 0, False, size))
    matches = filterset.qs
    sample_order = "oldest" if filterset.ordering == "oldest" else "newest"
    sample, capped = first_matches(matches, order=SAMPLE_ORDERS[sample_order])
    count = len(sample)
    number = page_number(page, last=max(1, -(-count // size)))
    since = rank_window_start(filterset) if capped else None
    if since:
        matches = matches.filter(said_on__gte=since)
    # Choose the page's ids on the quote table alone, then fetch those rows with
    # their speaker and source: joining first would drag every match's article along.
    offset = (number - 1) * size
    ordered = order_quotes(matches, filterset, count_capped=capped, marked=False)
    page_ids = ordered.values("pk")[offset : offset + size]
    rows = Quote.objects.filter(pk__in=page_ids)
    rows = rows.for_cards() if cards else rows.for_list().defer("source__body")
    items = list(order_quotes(rows, filterset, count_capped=True))
    result = QuoteSearch(filterset, Page(items, number, count, capped, size), ranked_since=since)
    if facets:
        result.facets = quote_facets(sample[:FACET_SAMPLE], selected=filterset.form.cleaned_data)
        result.facets_sampled = capped or count > FACET_SAMPLE
        result.facets_from = f"the {sample_order} {FACET_SAMPLE:,}"
    return result


def rank_window_start(filterset: QuoteFilter) -> datetime.date | None:
    """Where relevance ranking of a very common word starts (see RANK_WINDOW), or
    None when it need not: other orders, or the reader chose a start date."""
    data = filterset.form.cleaned_data
    if not data.get("q") or data.get("date_from") or filterset.ordering != "relevance":
        return None

    def start():  # an index-only scan of the dates (rejected quotes are few)
        dates = Quote.objects.filter(said_on__isnull=False).order_by("-said_on")
        return dates.values_list("said_on", flat=True)[RANK_WINDOW : RANK_WINDOW + 1].first()

    return cache.get_or_set("quotes:rank-window-start", start, 600)


def quote_export(params):
    """(filterset, every matching quote in the list's order), for CSV and feeds."""
    filterset = QuoteFilter(params, queryset=Quote.objects.public())
    if not filterset.is_valid():
        return filterset, Quote.objects.none()
    matches = filterset.qs
    capped = first_matches(matches)[1] if filterset.form.cleaned_data.get("q") else True
    return filterset, order_quotes(matches, filterset, count_capped=capped, marked=False)


def order_quotes(matches, filterset: QuoteFilter, *, count_capped: bool, marked: bool = True):
    """Order a filtered quote list; with words, `rank` and `marked` are annotated.

    Newest/oldest with a text filter: when the words are rare (the capped count
    did not overflow), the date is wrapped in COALESCE so PostgreSQL cannot walk
    the date index hoping to meet the few matches early; it takes them from the
    GIN index and sorts them instead. Common words keep the index walk, which
    finds enough matches at once."""
    text = filterset.form.cleaned_data.get("q")
    ordering = filterset.ordering
    if text:
        matches = matches.ranked(text, marked=marked)
        if ordering == "relevance":
            return matches.order_by("-rank", "-pk")
    date = F("said_on") if not text or count_capped else Coalesce("said_on", "said_on")
    if ordering == "oldest":
        return matches.order_by(date.asc(), "pk")
    return matches.order_by(date.desc(), "-pk")

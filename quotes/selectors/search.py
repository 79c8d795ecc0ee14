"""The quote list: search, filters, a capped count, ordering, facets."""

from dataclasses import dataclass, field
from operator import itemgetter

from django.db.models import TextField, Value
from django.db.models.base import ModelState
from django.db.models.signals import post_init, pre_init

from quotes.filters import QuoteFilter
from quotes.lookups import int_array
from quotes.models import Quote, Source, Speaker
from quotes.selectors import compiled, paging
from quotes.selectors.facets import IN_A_CLAIM, Facet, quote_facets
from quotes.selectors.paging import Page, page_number

COUNT_CAP = 1000  # counts stop here ("1,000+"): exact counts of common words are slow
FACET_SAMPLE = 1000  # facets count within the first matches (see first_matches) when there are more
# The ids a page of relevance-ranked sample is chosen among, as selectors.compiled binds
# them (see ranks_sample).
_RANKED_STAND_IN = frozenset({-5185})
_PAGE_STAND_IN = frozenset({-5186})  # the ids of a page chosen from the sample

# The columns of the sampled matches the facets count (quote_facets): "in_claim" is
# facets.IN_A_CLAIM.
FACET_FIELDS = ("pk", "speaker_id", "said_on", "kind", "in_claim")


def first_matches(queryset, cap: int | None = None) -> tuple[list[int], bool]:
    """The ids of the first `cap` matches of an ordered search, and whether there are
    more: a capped count from one query.

    Ordered by date, as quote_search's sample is (relevance takes the newest: ranking
    reads every match, the date index reads only as far as the thousandth). Without an
    order the database returns the rows it meets first, which is cheapest but not the
    same each time: a sequential scan of a large table starts where the last one stopped
    (synchronize_seqscans), so each reload counted other rows."""
    cap = cap or COUNT_CAP
    rows = list(queryset.values_list("pk", flat=True)[: cap + 1])
    return rows[:cap], len(rows) > cap


@dataclass
class QuoteSearch:
    filterset: QuoteFilter
    page: Page
    query: str = ""  # the words searched for
    facets: dict[str, list[Facet]] = field(default_factory=dict)
    facets_sampled: bool = False
    facets_from: str = ""  # the matches sampled facets count: "the newest 1,000"
    ranked_newest: int = 0  # relevance ranked only this many of the newest matches
    article: str = ""  # the headline of the article the list is filtered to, if it is


def quote_search(
    params, *, page=1, size: int | None = None, facets: bool = True, cards: bool = False
) -> QuoteSearch:
    """The quote list: filters, a capped count, one page in the chosen order and
    facet counts. Three queries; invalid filters give an empty result. With `cards`
    the page's quotes carry only what a quote card shows (Quote.objects.for_cards),
    and a search by words runs SQL built once for its shape (selectors.compiled)."""
    size = size or paging.PAGE_SIZE
    filterset = QuoteFilter(params, queryset=Quote.objects.public())
    if not filterset.is_valid():
        return QuoteSearch(filterset, Page([], 1, 0, False, size))
    text, order = filterset.search_terms()
    using = Quote.objects.db
    shape = _shape(filterset) if cards and text and compiled.usable(using) else None
    sample_order = "oldest" if order == "oldest" else "newest"

    # Relevance ranks within the sample when the sample holds every match there is to
    # rank: the sample query computes each match's rank as it reads it, and the page is
    # chosen from it, rather than a second query reading the thousand matches again by id
    # to rank them (PostgreSQL's compiled path; 8 ms of a common word's 35).
    rank_in_sample = shape is not None and order in (None, "relevance")

    def sample_rows(words):
        matches = filterset.qs.search(
            words, order=sample_order, marked=False, few=False, rank=rank_in_sample
        )
        fields = ("pk",)
        if facets:
            matches = matches.annotate(in_claim=IN_A_CLAIM)
            fields = FACET_FIELDS
        if rank_in_sample:
            fields = (*fields, "rank")
        return matches.values_list(*fields)[: COUNT_CAP + 1]

    if shape is None:
        rows = list(sample_rows(text))
    else:
        key = ("sample", shape, COUNT_CAP, facets, rank_in_sample)
        rows = compiled.rows(key, sample_rows, text, using)
    sample, capped = rows[:COUNT_CAP], len(rows) > COUNT_CAP
    count = len(sample)
    number = page_number(page, last=max(1, -(-count // size)))
    # A word with more matches than the count shows is ranked among the newest of them,
    # the ones counted (see ranks_sample).
    ranks_counted = ranks_sample(filterset, text, capped)
    offset = (number - 1) * size

    def page_rows(words, among=None):
        matches = Quote.objects.filter(pk__any=among) if among is not None else filterset.qs
        # Choose the page's ids on the quote table alone, then fetch those rows with
        # their speaker and source: joining first would drag every match's article along.
        ordered = matches.search(words, order=order, marked=False, few=not capped)
        page_ids = ordered.values("pk")[offset : offset + size]
        rows = Quote.objects.filter(pk__in=page_ids)
        if cards:
            if not words:  # no hits to mark: the card shows the text as it is
                rows = rows.annotate(marked=Value(None, output_field=TextField()))
            return rows.search(words, order=order).values_list(*CARD_COLUMNS)
        return rows.for_list().search(words, order=order)

    def chosen_rows(words, ids):
        """The cards of the page's chosen ids, best first (ranked again, 20 rows)."""
        rows = Quote.objects.filter(pk__any=ids)
        return rows.search(words, order="relevance").values_list(*CARD_COLUMNS)

    from_sample = rank_in_sample and (ranks_counted or not capped)
    # The ids a second page query ranks among, when one does.
    ranked = frozenset(map(itemgetter(0), sample)) if ranks_counted and not from_sample else None
    if from_sample:
        # Best first, ties on the id, as the page query's ORDER BY rank DESC, id DESC.
        best = sorted(sample, key=lambda row: (-row[-1], -row[0]))[offset : offset + size]
        page_ids = [row[0] for row in best]
        values = {compiled.STAND_IN: text, int_array(_PAGE_STAND_IN): int_array(page_ids)}
        built = compiled.bound_rows(
            "page of the sample",  # the same SQL whatever the filters: it takes ids
            lambda: chosen_rows(compiled.STAND_IN, _PAGE_STAND_IN),
            values,
            using,
            generic=True,
        )
        items = card_quotes(built, using)
    elif shape is not None:
        key = ("page", shape, capped, ranked is not None, offset, size)
        values = {compiled.STAND_IN: text}
        if ranked is not None:
            values[int_array(_RANKED_STAND_IN)] = int_array(ranked)
        among = _RANKED_STAND_IN if ranked is not None else None
        built = compiled.bound_rows(
            key,
            lambda: page_rows(compiled.STAND_IN, among),
            values,
            using,
            generic=order in (None, "relevance") and _plain(shape),
        )
        items = card_quotes(built, using)
    elif cards:
        items = card_quotes(page_rows(text, ranked), using)
    else:
        items = list(page_rows(text, ranked))
    result = QuoteSearch(
        filterset,
        Page(items, number, count, capped, size),
        query=text,
        ranked_newest=len(sample) if ranks_counted else 0,
    )
    chosen = filterset.form.cleaned_data.get("source")
    if chosen:  # one query, only for a list of one article's quotes
        headline = Source.objects.filter(pk=chosen).values_list("headline", flat=True).first()
        result.article = headline or f"Article {int(chosen)}"
    if facets:
        result.facets = quote_facets(sample[:FACET_SAMPLE], selected=filterset.form.cleaned_data)
        result.facets_sampled = capped or count > FACET_SAMPLE
        result.facets_from = f"the {sample_order} {FACET_SAMPLE:,}"
    return result


def _shape(filterset: QuoteFilter) -> tuple:
    """Everything of a valid search but its words: what its SQL is built for."""
    return tuple(
        sorted(
            (name, tuple(value) if isinstance(value, list) else value)
            for name, value in filterset.form.cleaned_data.items()
            if name != "q"
        )
    )


def _plain(shape: tuple) -> bool:
    """Whether a search of `shape` filters by its words alone. Ranked by relevance, its
    page query reads every match whatever the words, so one plan serves them all
    (selectors.compiled, `generic`); a filter's value or an order by date can change which
    plan is best (a rare word's few matches sorted, or the date index walked for a common
    one)."""
    return all(not value for name, value in shape if name not in ("order", "page"))


# A quote card's columns (views/cards.py): the quote's, in the model's field order
# (Model.from_db reads them so), then its highlighted text, speaker and source.
_CARD_QUOTE_FIELDS = ("id", "text", "kind", "cue", "said_on", "speaker_id", "source_id")
QUOTE_COLUMNS = tuple(
    f.attname for f in Quote._meta.concrete_fields if f.attname in _CARD_QUOTE_FIELDS
)
CARD_COLUMNS = (*QUOTE_COLUMNS, "marked", "speaker__name", "speaker__slug", "source__headline")


def card_quotes(rows, using: str) -> list[Quote]:
    """Quotes (what Quote.objects.for_cards() would give, with `marked`) from rows of
    CARD_COLUMNS: no query more for a card's speaker or source."""
    width = len(QUOTE_COLUMNS)
    speaker_field, source_field = Quote.speaker.field, Quote.source.field
    at = {name: k for k, name in enumerate(QUOTE_COLUMNS)}
    speaker_at, source_at = at["speaker_id"], at["source_id"]
    new_quote, new_speaker, new_source = (
        _loader(model, using) for model in (Quote, Speaker, Source)
    )
    quotes = []
    for row in rows:
        quote = new_quote(QUOTE_COLUMNS, row[:width])
        marked, name, slug, headline = row[width:]
        quote.marked = marked
        speaker_id = row[speaker_at]
        speaker = (
            new_speaker(("id", "name", "slug"), (speaker_id, name, slug))
            if speaker_id is not None
            else None
        )
        speaker_field.set_cached_value(quote, speaker)
        source = new_source(("id", "headline"), (row[source_at], headline))
        source_field.set_cached_value(quote, source)
        quotes.append(quote)
    return quotes


def _loader(model, using: str):
    """What Model.from_db(using, names, values) gives, made without Model.__init__,
    which walks every field of the model to defer those not read (Quote has 23; sixty
    instances a page cost 0.2 ms). Only while nothing listens to pre_init or post_init,
    which __init__ would have sent: otherwise from_db itself."""
    if pre_init.has_listeners(model) or post_init.has_listeners(model):
        return lambda names, values: model.from_db(using, names, values)

    def load(names, values):
        instance = model.__new__(model)
        instance.__dict__.update(zip(names, values, strict=True))
        state = instance._state = ModelState()
        state.adding, state.db = False, using
        return instance

    return load


def ranks_sample(filterset: QuoteFilter, text: str, capped: bool) -> bool:
    """Whether relevance ranks the counted matches only (the newest COUNT_CAP), as it
    does for a word with more: ranking reads every match it ranks from the table, and
    a common word has tens of thousands. Not when the reader chose a start date (all
    matches since then are ranked) or an order by date."""
    data = filterset.form.cleaned_data
    relevance = (data.get("order") or "relevance") == "relevance"
    return bool(text) and capped and relevance and not data["date_from"]


def quote_export(params, *, order: str | None = None):
    """(filterset, every matching quote in the list's order, or `order`), for CSV and
    feeds."""
    filterset = QuoteFilter(params, queryset=Quote.objects.public())
    if not filterset.is_valid():
        return filterset, Quote.objects.none()
    text, chosen = filterset.search_terms()
    matches = filterset.qs
    counted = matches.search(text, order="newest", marked=False, few=False)
    few = bool(text) and not first_matches(counted)[1]
    return filterset, matches.search(text, order=order or chosen, marked=False, few=few)

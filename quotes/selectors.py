"""Reads behind the public pages: each page calls one of these."""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import (
    CharField,
    Count,
    F,
    Prefetch,
    Q,
    Value,
)
from django.db.models.functions import Cast, Coalesce, ExtractYear

from quotes.filters import ClaimFilter, QuoteFilter, SpeakerFilter
from quotes.models import Annotation, Claim, Quote, Speaker, SpeakerAlias

PAGE_SIZE = 20
COUNT_CAP = 1000  # counts stop here ("1,000+"): exact counts of common words are slow
FACET_SAMPLE = 1000  # facets count within the first matches when there are more
FACET_VALUES = 10  # values shown per facet
# Ranking reads every match from the table: for words with more than COUNT_CAP
# matches, relevance ranks those among the latest RANK_WINDOW quotes (a date
# cut-off the database intersects with the word's matches in its indexes).
RANK_WINDOW = 50_000


@dataclass
class Page:
    """One page of a list whose length is known only up to a cap."""

    items: list
    number: int
    count: int
    capped: bool
    size: int = PAGE_SIZE

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def has_next(self):
        return self.number * self.size < self.count

    @property
    def last_number(self):
        return max(1, -(-self.count // self.size))

    @property
    def start_index(self):
        return (self.number - 1) * self.size + 1 if self.items else 0


def page_number(value, *, last: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), last)


FACET_FIELDS = ("pk", "speaker_id", "said_on", "kind")


def first_matches(queryset, cap: int | None = None) -> tuple[list[tuple], bool]:
    """The first `cap` matches in no particular order (the cheapest for the
    database to find) as FACET_FIELDS rows, and whether there are more: a capped
    count and the sample the facets count in, from one query."""
    cap = cap or COUNT_CAP
    rows = list(queryset.order_by().values_list(*FACET_FIELDS)[: cap + 1])
    return rows[:cap], len(rows) > cap


@dataclass
class Facet:
    name: str
    key: str
    label: str
    count: int
    selected: bool = False


@dataclass
class QuoteSearch:
    filterset: QuoteFilter
    page: Page
    facets: dict[str, list[Facet]] = field(default_factory=dict)
    facets_sampled: bool = False
    ranked_since: datetime.date | None = None

    @property
    def query(self) -> str:
        return self.filterset.form.cleaned_data.get("q", "") if self.filterset.is_valid() else ""


def quote_search(params, *, page=1, size: int | None = None, facets: bool = True) -> QuoteSearch:
    """The quote list: filters, a capped count, one page in the chosen order and
    facet counts. Three queries; invalid filters give an empty result."""
    size = size or PAGE_SIZE
    filterset = QuoteFilter(params, queryset=Quote.objects.public())
    if not filterset.is_valid():
        return QuoteSearch(filterset, Page([], 1, 0, False, size))
    matches = filterset.qs
    sample, capped = first_matches(matches)
    count = len(sample)
    number = page_number(page, last=max(1, -(-count // size)))
    # Choose the page's ids on the quote table alone, then fetch those rows with
    # their speaker and source: joining first would drag every match's article along.
    offset = (number - 1) * size
    since = rank_window_start(filterset) if capped else None
    if since:
        matches = matches.filter(said_on__gte=since)
    ordered = order_quotes(matches, filterset, count_capped=capped, marked=False)
    page_ids = ordered.values("pk")[offset : offset + size]
    rows = Quote.objects.filter(pk__in=page_ids).for_list().defer("source__body")
    items = list(order_quotes(rows, filterset, count_capped=True))
    result = QuoteSearch(filterset, Page(items, number, count, capped, size), ranked_since=since)
    if facets:
        result.facets = quote_facets(sample[:FACET_SAMPLE], selected=filterset.form.cleaned_data)
        result.facets_sampled = capped or count > FACET_SAMPLE
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


def quote_facets(sample: list[tuple], *, selected: dict) -> dict[str, list[Facet]]:
    """The top FACET_VALUES speakers, years, kinds and verdicts of the sampled
    matches (rows of FACET_FIELDS). Speakers, years and kinds are counted here
    from the rows already fetched; one query names the speakers and counts the
    verdicts of published claims (UNION ALL)."""
    ids = [row[0] for row in sample]
    speakers = Counter(row[1] for row in sample if row[1] is not None)
    top_speakers = dict(speakers.most_common(FACET_VALUES))
    years = Counter(str(row[2].year) for row in sample if row[2] is not None)
    kinds = Counter(row[3] for row in sample)

    def columns(queryset, facet, ref, key, label, n):
        return queryset.annotate(
            facet=Value(facet, output_field=CharField()),
            ref=Cast(ref, CharField()),
            key=Cast(key, CharField()),
            label=Cast(label, CharField()),
        ).values("facet", "ref", "key", "label", n)

    names = columns(
        Speaker.objects.filter(pk__in=list(top_speakers)).annotate(n=Value(0)),
        "speaker", "pk", "slug", "name", "n",
    )  # fmt: skip
    verdicts = (
        Quote.objects.filter(pk__any=ids, claims__in=Claim.objects.published())
        .exclude(claims__verdict__rating__isnull=True)
        .values(
            rating_slug=F("claims__verdict__rating__slug"),
            rating_label=F("claims__verdict__rating__label"),
        )
        .annotate(n=Count("pk", distinct=True))
    )
    verdicts = columns(
        verdicts, "verdict", Value(""), "rating_slug", "rating_label", "n"
    ).order_by()  # fmt: skip
    chosen = {
        "speaker": set(selected.get("speaker") or []),
        "kind": {selected.get("kind")},
        "verdict": {selected.get("verdict")},
        "year": _selected_year(selected),
    }
    facets: dict[str, list[Facet]] = {"speaker": [], "year": [], "kind": [], "verdict": []}

    def add(name, key, label, count):
        facets[name].append(Facet(name, key, label, count, key in chosen[name]))

    for row in names.order_by().union(verdicts, all=True) if sample else []:
        count = top_speakers[int(row["ref"])] if row["facet"] == "speaker" else row["n"]
        add(row["facet"], row["key"], row["label"], count)
    for year, count in years.items():
        add("year", year, year, count)
    labels = dict(Quote.Kind.choices)
    for kind, count in kinds.items():
        add("kind", kind, labels.get(kind, kind), count)
    for name, values in facets.items():
        if name == "year":
            values.sort(key=lambda f: f.key, reverse=True)
        else:
            values.sort(key=lambda f: (-f.count, f.label))
        del values[FACET_VALUES:]
    return facets


def _selected_year(data) -> set[str]:
    start, end = data.get("date_from"), data.get("date_to")
    if not (start and end and start.year == end.year):
        return set()
    whole = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    return {str(start.year)} if whole else set()


def quote_detail(pk: int) -> Quote:
    """A public quote with its speaker, source, tags, published claims (with
    verdict and rating) and visible annotations: four queries."""
    claims = Claim.objects.published().select_related("verdict__rating").order_by("-created_at")
    return (
        Quote.objects.public()
        .for_list()
        .prefetch_related(
            "tags",
            Prefetch("claims", queryset=claims, to_attr="public_claims"),
            Prefetch(
                "annotations",
                queryset=Annotation.objects.visible().select_related("author"),
                to_attr="visible_annotations",
            ),
        )
        .get(pk=pk)
    )


@dataclass
class SpeakerRecord:
    speaker: Speaker
    years: list[dict]
    quote_count: int
    checked_count: int
    verdicts: list[dict]
    page: Page


def speaker_record(slug: str, *, page=1) -> SpeakerRecord:
    """A speaker, their aliases, quotes per year (and how many of them appear in
    published claims), their claims' verdicts, and a page of their quotes."""
    speaker = Speaker.objects.prefetch_related(
        Prefetch("aliases", queryset=SpeakerAlias.objects.order_by("name"))
    ).get(slug=slug)
    quotes = Quote.objects.public().filter(speaker=speaker)
    # Claims are few beside quotes: join them (a hash of published appearances)
    # rather than probe for each of a prolific speaker's quotes.
    in_published = Q(claims__in=Claim.objects.published())
    years = list(
        quotes.annotate(year=ExtractYear("said_on"))
        .values("year")
        .annotate(
            n=Count("pk", distinct=True), checked=Count("pk", filter=in_published, distinct=True)
        )
        .order_by("-year")
    )
    total = sum(y["n"] for y in years)
    peak = max((y["n"] for y in years), default=0)
    for year in years:
        year["peak"] = peak
    verdicts = list(
        Claim.objects.published()
        .filter(claimant=speaker)
        .values(
            rating=Coalesce("verdict__rating__label", Value("Not yet rated")),
            rating_slug=Coalesce("verdict__rating__slug", Value("")),
            rating_value=F("verdict__rating__value"),
        )
        .annotate(n=Count("pk"))
        .order_by(F("rating_value").desc(nulls_last=True), "rating")
    )
    number = page_number(page, last=max(1, -(-total // PAGE_SIZE)))
    offset = (number - 1) * PAGE_SIZE
    items = list(
        quotes.select_related("source").order_by("-said_on", "-pk")[offset : offset + PAGE_SIZE]
    )
    for quote in items:
        quote.speaker = speaker
    return SpeakerRecord(
        speaker=speaker,
        years=years,
        quote_count=total,
        checked_count=sum(y["checked"] for y in years),
        verdicts=verdicts,
        page=Page(items, number, total, False),
    )


def latest_quotes(n: int = 10) -> list[Quote]:
    return list(Quote.objects.public().for_list().order_by("-said_on", "-pk")[:n])


def most_quoted_speakers(n: int = 10, among: int = 5_000) -> list[Speaker]:
    """The speakers with the most quotes among the latest `among` public quotes
    (bounded work on any table size; the home page caches it too)."""
    latest = Quote.objects.public().order_by("-said_on", "-pk").values("pk")[:among]
    top = list(
        Quote.objects.filter(pk__in=latest, speaker__isnull=False)
        .values("speaker")
        .annotate(n=Count("pk"))
        .order_by("-n", "speaker")[:n]
    )
    speakers = Speaker.objects.in_bulk([row["speaker"] for row in top])
    for row in top:
        speakers[row["speaker"]].quote_count = row["n"]
    return [speakers[row["speaker"]] for row in top]


def speaker_list(params):
    """(filterset, speakers): name search closest first, otherwise by name."""

    filterset = SpeakerFilter(params, queryset=Speaker.objects.all())
    if not filterset.is_valid():
        return filterset, Speaker.objects.none()
    speakers = filterset.qs
    if not filterset.form.cleaned_data.get("q"):
        speakers = speakers.order_by("name", "pk")
    return filterset, speakers


def add_quote_counts(speakers) -> None:
    """Set `quote_count` on each speaker of a page, in one query."""
    counts = dict(
        Quote.objects.public()
        .filter(speaker__in=[speaker.pk for speaker in speakers])
        .values_list("speaker")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for speaker in speakers:
        speaker.quote_count = counts.get(speaker.pk, 0)


@dataclass
class Segment:
    text: str
    quote: Quote | None = None


def source_quotes(source) -> list[Quote]:
    quotes = Quote.objects.public().filter(source=source).select_related("speaker")
    return list(quotes.order_by("start", "pk"))


def marked_paragraphs(body: str, quotes: list[Quote]) -> list[list[Segment]]:
    """The body as paragraphs of segments; a segment inside a quote's span
    carries the quote. A quote overlapping an earlier one is not marked."""
    segments, position = [], 0
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if quote.location != Quote.Location.BODY or quote.start < position or quote.end > len(body):
            continue
        segments.append(Segment(body[position : quote.start]))
        segments.append(Segment(body[quote.start : quote.end], quote))
        position = quote.end
    segments.append(Segment(body[position:]))
    paragraphs: list[list[Segment]] = [[]]
    for segment in segments:
        for i, part in enumerate(segment.text.split("\n")):
            if i:
                paragraphs.append([])
            if part:
                paragraphs[-1].append(Segment(part, segment.quote))
    return [p for p in paragraphs if p]


def claim_list(params):
    """(filterset, claims): published claims, newest first."""

    claims = Claim.objects.published().select_related("claimant", "verdict__rating")
    filterset = ClaimFilter(params, queryset=claims)
    if not filterset.is_valid():
        return filterset, Claim.objects.none()
    return filterset, filterset.qs.order_by("-created_at", "-pk")


def claim_detail(pk: int) -> Claim:
    """A published claim with claimant, verdict, rating, evidence and appearances."""
    return (
        Claim.objects.published()
        .select_related("claimant", "verdict__rating")
        .prefetch_related(
            "verdict__evidence",
            Prefetch("appearances", queryset=Quote.objects.public().for_list()),
        )
        .get(pk=pk)
    )

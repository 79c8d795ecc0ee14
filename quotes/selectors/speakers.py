"""Speakers: the list, the most quoted, one speaker's record."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.db.models.functions import TruncMonth

from quotes import charts
from quotes.filters import SpeakerFilter
from quotes.models import Claim, Quote, Speaker, SpeakerAlias
from quotes.selectors.paging import PAGE_SIZE, Page, page_number


@dataclass
class SpeakerRecord:
    speaker: Speaker
    years: list[dict]  # newest first, undated last: year (None), n, checked
    timeline: charts.Timeline | None  # quotes per month, drawn (quotes/charts.py)
    undated: int  # quotes without a date, which the timeline leaves out
    verdict_bar: list[charts.Share]
    quote_count: int
    checked_count: int
    verdicts: list[dict]
    claims_checked: int
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
    months = list(
        quotes.annotate(month=TruncMonth("said_on"))
        .values("month")
        .annotate(
            n=Count("pk", distinct=True), checked=Count("pk", filter=in_published, distinct=True)
        )
        .order_by()
    )
    years = per_year(months)
    total = sum(y["n"] for y in years)
    # Retracted claims keep their pages but leave the record.
    live = Claim.objects.published()
    verdicts = verdict_rows(live.filter(claimant=speaker).rating_counts())
    dated = {row["month"]: (row["n"], row["checked"]) for row in months if row["month"]}
    number = page_number(page, last=max(1, -(-total // PAGE_SIZE)))
    offset = (number - 1) * PAGE_SIZE
    # Cards only: the articles' bodies, a few kilobytes a quote, are never shown here.
    items = list(quotes.for_cards().order_by("-said_on", "-pk")[offset : offset + PAGE_SIZE])
    return SpeakerRecord(
        speaker=speaker,
        years=years,
        timeline=charts.timeline(dated),
        undated=sum(row["n"] for row in months if row["month"] is None),
        verdict_bar=charts.verdict_bar(verdicts),
        quote_count=total,
        checked_count=sum(y["checked"] for y in years),
        verdicts=verdicts,
        claims_checked=sum(row["n"] for row in verdicts),
        page=Page(items, number, total, False),
    )


def per_year(months: list[dict]) -> list[dict]:
    """The monthly rows summed by year, newest first, undated last."""
    years: dict = {}
    for row in months:
        year = row["month"].year if row["month"] else None
        entry = years.setdefault(year, {"year": year, "n": 0, "checked": 0})
        entry["n"] += row["n"]
        entry["checked"] += row["checked"]
    return sorted(years.values(), key=lambda y: (y["year"] is None, -(y["year"] or 0)))


NO_RATING = "Written conclusion, no rating"


def verdict_rows(counts) -> list[dict]:
    """Rating counts as rows with their share of all checked claims."""
    rows = list(counts)
    checked = sum(row["n"] for row in rows)
    return [
        {
            "rating": row["verdict__rating__label"] or NO_RATING,
            "rating_slug": row["verdict__rating__slug"] or "",
            "colour": row["verdict__rating__colour"] or "#6e7781",
            "n": row["n"],
            "of": checked,
            "share": round(100 * row["n"] / checked),
        }
        for row in rows
    ]


def most_quoted(n: int, among: int) -> list[Speaker]:
    """The speakers with the most quotes among the latest `among` public quotes
    (bounded work on any table size); the front page caches them (selectors.home)."""
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


def speaker_suggestions(filterset) -> list[Speaker]:
    """When a name search found nobody: the closest names (at most three)."""
    if not filterset.is_valid():
        return []
    text = filterset.form.cleaned_data.get("q") or ""
    return list(Speaker.objects.closest(text)) if text.strip() else []


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

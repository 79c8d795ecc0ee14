"""Speakers: the list, the most quoted, one speaker's record."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.db.models.functions import ExtractYear

from quotes import data_version
from quotes.filters import SpeakerFilter
from quotes.models import Claim, Quote, Speaker, SpeakerAlias
from quotes.selectors.paging import PAGE_SIZE, Page, page_number


@dataclass
class SpeakerRecord:
    speaker: Speaker
    years: list[dict]
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
    # Retracted claims keep their pages but leave the record.
    live = Claim.objects.published()
    verdicts = verdict_rows(live.filter(claimant=speaker).rating_counts())
    number = page_number(page, last=max(1, -(-total // PAGE_SIZE)))
    offset = (number - 1) * PAGE_SIZE
    # Cards only: the articles' bodies, a few kilobytes a quote, are never shown here.
    items = list(quotes.for_cards().order_by("-said_on", "-pk")[offset : offset + PAGE_SIZE])
    return SpeakerRecord(
        speaker=speaker,
        years=years,
        quote_count=total,
        checked_count=sum(y["checked"] for y in years),
        verdicts=verdicts,
        claims_checked=sum(row["n"] for row in verdicts),
        page=Page(items, number, total, False),
    )


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


def most_quoted_speakers(n: int = 10, among: int = 5_000) -> list[Speaker]:
    """The speakers with the most quotes among the latest `among` public quotes
    (bounded work on any table size), cached until the data changes."""
    return data_version.cached(
        f"most-quoted:{n}:{among}", lambda: _most_quoted_speakers(n, among), 300
    )


def _most_quoted_speakers(n: int, among: int) -> list[Speaker]:
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

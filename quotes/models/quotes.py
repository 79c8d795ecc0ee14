from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from simple_history.models import HistoricalRecords

from quotes.links import page_path
from quotes.search import backend as search_backend

from .indexes import PostgresGinIndex
from .sources import Source
from .speakers import Speaker
from .tags import Tag


class QuoteQuerySet(models.QuerySet):
    def get_by_natural_key(self, source_hash, location, start, end):
        return self.get(source__content_hash=source_hash, location=location, start=start, end=end)

    def public(self):
        """What readers see, in every list, count, facet, feed and export: everything
        an editor has not rejected, less terms in quotation marks (Kind.TERM), which
        are not statements."""
        return self.exclude(status=Quote.Status.REJECTED).exclude(kind=Quote.Kind.TERM)

    def for_list(self):
        """With speaker and source, less the article's text: a list never shows it, and
        an article can be megabytes (the quote page adds it back: with_article)."""
        return self.select_related("speaker", "source").defer("source__body")

    def with_article(self):
        """for_list with the article's text, for showing a quote in its paragraph."""
        return self.select_related("speaker", "source")

    def for_cards(self):
        """for_list with only the columns a quote card shows (see
        views/cards.py): a quarter of them (a speed trick: see
        bench/README.md, "Speed tricks in the code"). Any other field costs a query
        per quote."""
        return self.for_list().only(*CARD_FIELDS)

    def search(
        self,
        text: str = "",
        *,
        order: str | None = None,
        marked: bool = True,
        few=True,
        rank: bool = False,
    ):
        """Quotes matching `text` (websearch syntax: "an exact phrase", -word, or; empty:
        every quote), in `order`: "relevance" (best first, the default with words),
        "newest" (the default without) or "oldest". Ties break on the id, so pages
        never shuffle.

        With words each quote has `marked`, its text with the hits between
        search.START and search.STOP (render it with search.highlight), unless
        `marked` is off, and `rank` in relevance order. `few` says the words match few
        quotes (the caller counted): a date order then sorts the matches instead of
        walking the date index in the hope of meeting them early (see selectors.search).
        `rank`: `rank` in a date order too (a sample ranked afterwards).
        """
        text = (text or "").strip()
        order = order or ("relevance" if text else "newest")
        if order not in Quote.ORDERS:
            raise ValueError(f"Unknown order {order!r}; one of {', '.join(Quote.ORDERS)}")
        queryset = self
        if text:
            index = search_backend(self.db)
            queryset = index.ranked(
                index.matching(self, text), text, rank=rank or order == "relevance", marked=marked
            )
            if order == "relevance":
                return queryset.order_by("-rank", "-pk")
        date = F("said_on") if not text or not few else Coalesce("said_on", "said_on")
        if order == "oldest":
            return queryset.order_by(date.asc(), "pk")
        return queryset.order_by(date.desc(), "-pk")


CARD_FIELDS = (
    "text", "kind", "cue", "said_on", "speaker", "speaker__slug", "speaker__name",
    "source", "source__headline",
)  # fmt: skip


class QuoteManager(models.Manager.from_queryset(QuoteQuerySet)):
    def get_queryset(self):
        # The stored search vector is for the database's eyes only: never fetch it.
        return super().get_queryset().defer("search_vector")


class Quote(models.Model):
    """One statement in one source, anchored to its span of the source text."""

    class Kind(models.TextChoices):
        DIRECT = "direct", "Direct"
        PARTIAL = "partial", "Partial"
        INDIRECT = "indirect", "Reported speech"
        # Scare quotes around a word or a phrase ("so-called 'reforms'"): not a
        # statement. Editors see them in the admin; readers never (QuoteQuerySet.public).
        TERM = "term", "Term in quotation marks"

    class Location(models.TextChoices):
        BODY = "body", "Body"
        HEADLINE = "headline", "Headline"
        STANDFIRST = "standfirst", "Standfirst"

    # The orders of Quote.objects.search, with their labels.
    ORDERS = {"relevance": "Relevance", "newest": "Newest first", "oldest": "Oldest first"}

    class Status(models.TextChoices):
        UNREVIEWED = "unreviewed", "Unreviewed"
        VERIFIED = "verified", "Verified"
        REJECTED = "rejected", "Rejected"

    class Origin(models.TextChoices):
        MACHINE = "machine", "Extracted by machine"
        EDITOR = "editor", "Added by an editor"

    class SpeakerMatch(models.TextChoices):
        """How the speaker was found in the database (the extractor's in-article
        decision is `attribution_rule`)."""

        ALIAS = "alias", "Known alias"
        FUZZY = "fuzzy", "Close match to a known alias"
        NEW = "new", "New speaker"
        AMBIGUOUS = "ambiguous", "Ambiguous: several speakers fit"
        SURNAME = "surname", "A bare surname no known speaker fits"
        NOT_A_NAME = "notname", "Not a name: the mention is kept"
        ANONYMOUS = "anonymous", "Anonymous source"
        NONE = "none", "No speaker in the text"
        EDITOR = "editor", "Set by an editor"

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="quotes")
    speaker = models.ForeignKey(
        Speaker, on_delete=models.SET_NULL, null=True, blank=True, related_name="quotes"
    )
    speaker_mention = models.CharField(
        max_length=300, blank=True, help_text='How the source named the speaker, e.g. "He".'
    )
    speaker_suggestion = models.CharField(
        max_length=200,
        blank=True,
        help_text="Who the extractor thinks said it, when it was not sure enough to say so "
        "to readers (below its confidence threshold): an editor accepts it in one click.",
    )
    text = models.TextField()
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.DIRECT)
    location = models.CharField(max_length=10, choices=Location.choices, default=Location.BODY)
    cue = models.CharField(max_length=100, blank=True)
    paragraph = models.PositiveIntegerField(null=True, blank=True)
    start = models.PositiveIntegerField(help_text="Character offset into the source text.")
    end = models.PositiveIntegerField()
    attribution_rule = models.CharField(max_length=40, blank=True)
    attribution_confidence = models.FloatField(default=0.0)
    speaker_match = models.CharField(
        max_length=10, choices=SpeakerMatch.choices, default=SpeakerMatch.NONE
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.UNREVIEWED, db_index=True
    )
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.MACHINE)
    edited_at = models.DateTimeField(
        null=True, blank=True, help_text="When an editor last changed this quote."
    )
    said_on = models.DateField(null=True, blank=True, db_index=True)
    extractor_version = models.CharField(max_length=20, blank=True)
    tags = models.ManyToManyField(Tag, blank=True, related_name="quotes")
    created_at = models.DateTimeField(default=timezone.now)
    context = models.TextField(
        blank=True,
        editable=False,
        help_text="The words around the quote in its paragraph, for the search index "
        "(search.context_around).",
    )
    # PostgreSQL's search document, written by the database's trigger (quotes/search).
    search_vector = SearchVectorField(null=True, editable=False, serialize=False)

    history = HistoricalRecords(excluded_fields=["created_at", "context", "search_vector"])
    objects = QuoteManager()

    class Meta:
        ordering = ["-said_on", "-id"]
        indexes = [
            models.Index(fields=["speaker", "-said_on"], name="quote_speaker_date_idx"),
            PostgresGinIndex(fields=["search_vector"], name="quote_search_vector_gin"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="quote_start_before_end"),
            models.UniqueConstraint(
                fields=["source", "location", "start", "end"], name="quote_unique_span"
            ),
            models.CheckConstraint(
                condition=Q(attribution_confidence__gte=0) & Q(attribution_confidence__lte=1),
                name="quote_confidence_in_unit_range",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["direct", "partial", "indirect", "term"]),
                name="quote_kind_valid",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["unreviewed", "verified", "rejected"]),
                name="quote_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(location="body", paragraph__isnull=False) | ~Q(location="body"),
                name="quote_body_has_paragraph",
            ),
        ]

    def __str__(self):
        return self.excerpt

    def get_absolute_url(self):
        return page_path("quote-detail", self.pk)

    @property
    def excerpt(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:79].rstrip() + "…"

    @property
    def location_text(self) -> str:
        """The text the offsets point into: the body, headline or standfirst."""
        return getattr(self.source, self.location)

    def context_parts(self) -> tuple[str, str, str]:
        """(before, quote, after) within the paragraph(s) the quote spans."""
        text = self.location_text
        begin = text.rfind("\n", 0, self.start) + 1
        finish = text.find("\n", self.end)
        finish = len(text) if finish == -1 else finish
        return text[begin : self.start], text[self.start : self.end], text[self.end : finish]

    @property
    def is_curated(self) -> bool:
        """An editor's work that a re-import must never throw away."""
        return (
            self.origin == self.Origin.EDITOR
            or self.status != self.Status.UNREVIEWED
            or self.edited_at is not None
        )

    def natural_key(self):
        return (*self.source.natural_key(), self.location, self.start, self.end)

    natural_key.dependencies = ["quotes.source", "quotes.speaker"]

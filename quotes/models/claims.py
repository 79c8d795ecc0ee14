import re

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Count, Max, Min, Prefetch, Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from quotes.links import page_path

from .quotes import Quote
from .speakers import Speaker
from .tags import Tag

colour_validator = RegexValidator(r"^#[0-9a-fA-F]{6}$", "A colour looks like #1a7f37.")
SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def first_sentence(text: str, limit: int = 120) -> str:
    sentence = SENTENCE_END.split(text.strip(), maxsplit=1)[0].strip()
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


class RatingScaleQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class RatingScale(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)

    objects = RatingScaleQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def bounds(self) -> tuple[int | None, int | None]:
        """(worst, best) over the on-scale ratings, for ClaimReview."""
        agg = self.ratings.filter(on_scale=True).aggregate(worst=Min("value"), best=Max("value"))
        return agg["worst"], agg["best"]


class RatingQuerySet(models.QuerySet):
    def get_by_natural_key(self, scale_slug, value):
        return self.get(scale__slug=scale_slug, value=value)


class Rating(models.Model):
    """One step of a scale. Off-scale ratings ("Misleading", "Unverifiable") carry a
    negative value so the natural key stays (scale, value), and have on_scale off."""

    scale = models.ForeignKey(RatingScale, on_delete=models.CASCADE, related_name="ratings")
    label = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)
    value = models.IntegerField(help_text="Higher is more accurate; negative when off-scale.")
    on_scale = models.BooleanField(default=True)
    description = models.TextField(blank=True)
    colour = models.CharField(max_length=7, default="#6e7781", validators=[colour_validator])

    objects = RatingQuerySet.as_manager()

    class Meta:
        ordering = ["scale", "-value"]
        constraints = [
            models.UniqueConstraint(fields=["scale", "value"], name="rating_unique_value"),
            models.UniqueConstraint(fields=["scale", "slug"], name="rating_unique_slug"),
            models.CheckConstraint(
                condition=Q(on_scale=True, value__gt=0) | Q(on_scale=False, value__lt=0),
                name="rating_value_sign_matches_scale",
            ),
        ]

    def __str__(self):
        return self.label

    def natural_key(self):
        return (*self.scale.natural_key(), self.value)

    natural_key.dependencies = ["quotes.ratingscale"]


class ClaimQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)

    def public(self):
        """The claims readers can see: published, or retracted (whose page stays, saying
        so). Drafts and claims in review are for editors only. `Claim.is_public` is the
        same rule for one claim."""
        return self.filter(status__in=Claim.PUBLIC_STATUSES)

    def published(self):
        """Published and not retracted: what counts in a record and goes to aggregators."""
        return self.filter(status=Claim.Status.PUBLISHED)

    def rating_counts(self):
        """How many of these claims got each rating (None: a written conclusion only),
        best rating first."""
        return (
            self.values(
                "verdict__rating__label",
                "verdict__rating__slug",
                "verdict__rating__value",
                "verdict__rating__colour",
                "verdict__rating__on_scale",
            )
            .annotate(n=Count("pk"))
            .order_by("-verdict__rating__on_scale", "-verdict__rating__value")
        )

    def for_review(self):
        """Everything a claim page or its ClaimReview shows, in a fixed number of queries."""
        appearances = Quote.objects.for_list().order_by("said_on", "id")
        return self.select_related("claimant", "verdict__rating").prefetch_related(
            Prefetch("appearances", queryset=appearances), "verdict__evidence", "corrections"
        )


class Claim(models.Model):
    """A checkable proposition, separate from the quotes where it appears."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        PUBLISHED = "published", "Published"
        RETRACTED = "retracted", "Retracted"

    PUBLIC_STATUSES = (Status.PUBLISHED, Status.RETRACTED)

    text = models.CharField(
        max_length=300, help_text="The claim as checked; ideally under 75 characters."
    )
    slug = models.SlugField(max_length=120, unique=True)
    claimant = models.ForeignKey(
        Speaker, on_delete=models.SET_NULL, null=True, blank=True, related_name="claims"
    )
    appearances = models.ManyToManyField(Quote, blank=True, related_name="claims")
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    tags = models.ManyToManyField(Tag, blank=True, related_name="claims")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        help_text="The editor who sent it for review; another must publish it.",
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(m2m_fields=[appearances])
    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "in_review", "published", "retracted"]),
                name="claim_status_valid",
            ),
        ]

    def __str__(self):
        return self.text

    def get_absolute_url(self):
        return page_path("claim-detail", self.pk)

    @property
    def is_public(self) -> bool:
        """Whether readers can see this claim (see ClaimQuerySet.public)."""
        return self.status in self.PUBLIC_STATUSES

    def natural_key(self):
        return (self.slug,)


class VerdictQuerySet(models.QuerySet):
    def get_by_natural_key(self, claim_slug):
        return self.get(claim__slug=claim_slug)


class Verdict(models.Model):
    """A claim's review: what the evidence says about it."""

    claim = models.OneToOneField(Claim, on_delete=models.CASCADE, related_name="verdict")
    rating = models.ForeignKey(
        Rating, on_delete=models.PROTECT, null=True, blank=True, related_name="verdicts"
    )
    conclusion_only = models.BooleanField(
        "no rating: written conclusion only",
        default=False,
        help_text="Publish without a rating; the explanation's first sentence is the conclusion.",
    )
    explanation = models.TextField(blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    published_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = VerdictQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(conclusion_only=False) | Q(rating__isnull=True),
                name="verdict_conclusion_only_has_no_rating",
                violation_error_message=(
                    'Choose a rating or "no rating: written conclusion only", not both.'
                ),
            ),
        ]

    def __str__(self):
        return f"Verdict on {self.claim}"

    @property
    def conclusion(self) -> str:
        """The verdict in a few words: the rating's label, or the written conclusion
        (the explanation's first sentence) when the verdict has no rating."""
        if self.rating_id is not None:
            return self.rating.label
        return first_sentence(self.explanation)

    def natural_key(self):
        return self.claim.natural_key()

    natural_key.dependencies = ["quotes.claim"]


class EvidenceQuerySet(models.QuerySet):
    def get_by_natural_key(self, claim_slug, url):
        return self.get(verdict__claim__slug=claim_slug, url=url)


class Evidence(models.Model):
    verdict = models.ForeignKey(Verdict, on_delete=models.CASCADE, related_name="evidence")
    url = models.URLField(max_length=1000)
    title = models.CharField(max_length=300, blank=True)

    history = HistoricalRecords()
    objects = EvidenceQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "evidence"
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["verdict", "url"], name="evidence_unique_url"),
        ]

    def __str__(self):
        return self.title or self.url

    def natural_key(self):
        return (*self.verdict.natural_key(), self.url)

    natural_key.dependencies = ["quotes.verdict"]

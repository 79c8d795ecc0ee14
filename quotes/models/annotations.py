from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from .quotes import Quote


class AnnotationQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(visibility=Annotation.Visibility.VISIBLE)


class Annotation(models.Model):
    """A signed-in reader's note on a span of a quote's text, anchored as in the
    W3C Web Annotation model: by position and by a text-quote selector, so an
    anchor that no longer matches can be shown as detached rather than lost."""

    class Motivation(models.TextChoices):
        COMMENTING = "commenting", "Commenting"
        QUESTIONING = "questioning", "Questioning"
        HIGHLIGHTING = "highlighting", "Highlighting"
        ASSESSING = "assessing", "Assessing"
        TAGGING = "tagging", "Tagging"

    class Visibility(models.TextChoices):
        VISIBLE = "visible", "Visible"
        HIDDEN = "hidden", "Hidden by an editor"

    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="annotations")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="annotations"
    )
    body = models.TextField(max_length=2000)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    exact = models.TextField()
    prefix = models.CharField(max_length=64, blank=True)
    suffix = models.CharField(max_length=64, blank=True)
    motivation = models.CharField(
        max_length=20, choices=Motivation.choices, default=Motivation.COMMENTING
    )
    visibility = models.CharField(
        max_length=10, choices=Visibility.choices, default=Visibility.VISIBLE, db_index=True
    )
    created_at = models.DateTimeField(default=timezone.now)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The editor who last hid or restored this annotation.",
    )
    moderated_at = models.DateTimeField(null=True, blank=True)

    history = HistoricalRecords(excluded_fields=["created_at"])
    objects = AnnotationQuerySet.as_manager()

    class Meta:
        ordering = ["start", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__lt=F("end")), name="annotation_start_before_end"
            ),
            models.CheckConstraint(condition=~Q(exact=""), name="annotation_exact_not_empty"),
        ]

    def __str__(self):
        return f"{self.author} on {self.quote_id}: {self.body[:40]}"


class AnnotationFlag(models.Model):
    """A reader's report that an annotation needs an editor's look; one per reader."""

    annotation = models.ForeignKey(Annotation, on_delete=models.CASCADE, related_name="flags")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="annotation_flags"
    )
    reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["annotation", "user"], name="annotation_flag_once_per_user"
            ),
        ]

    def __str__(self):
        return f"{self.user} flagged annotation {self.annotation_id}"

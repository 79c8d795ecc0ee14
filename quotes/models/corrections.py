from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from .claims import Claim


class CorrectionQuerySet(models.QuerySet):
    def for_log(self):
        return self.select_related("claim", "claim__verdict__rating")


class Correction(models.Model):
    """The public record that a published verdict changed or was withdrawn.

    Written only by the verdict services; never edited or deleted, so the
    corrections log is complete.
    """

    class Kind(models.TextChoices):
        CORRECTION = "correction", "Correction"
        RETRACTION = "retraction", "Retraction"

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="corrections")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    reason = models.TextField(help_text="What changed and why, in words readers understand.")
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["correction", "retraction"]), name="correction_kind_valid"
            ),
            models.CheckConstraint(condition=~Q(reason=""), name="correction_reason_not_empty"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} of {self.claim} on {self.created_at:%Y-%m-%d}"

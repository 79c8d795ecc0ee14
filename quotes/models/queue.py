from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from .speakers import Speaker


class QueueDecision(models.Model):
    """An editor's answer to a suggestion of the speakers' queue that is not a merge:
    two records are different speakers, or a record's name is a real one after all.
    The queue never suggests a decided pair or record again (a merge needs no record:
    the merged speaker is gone, its history says where)."""

    class Verdict(models.TextChoices):
        NOT_DUPLICATE = "distinct", "Not a duplicate"
        NOT_JUNK = "name", "A real name"

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(
        Speaker, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    verdict = models.CharField(max_length=10, choices=Verdict.choices)
    suggestion = models.CharField(
        max_length=300, blank=True, help_text="Why the queue suggested it, at the time."
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    decided_at = models.DateTimeField(default=timezone.now)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-decided_at", "-id"]
        constraints = [
            # A pair is stored once, the lower id first.
            models.CheckConstraint(
                condition=(
                    Q(verdict="distinct", other__isnull=False, speaker__lt=F("other"))
                    | Q(verdict="name", other__isnull=True)
                ),
                name="queue_decision_shape",
            ),
            models.UniqueConstraint(
                fields=["speaker", "other"],
                condition=Q(other__isnull=False),
                name="queue_decision_pair_once",
            ),
            models.UniqueConstraint(
                fields=["speaker"],
                condition=Q(other__isnull=True),
                name="queue_decision_name_once",
            ),
        ]

    def __str__(self):
        return f"{self.get_verdict_display()}: {self.speaker_id} {self.other_id or ''}".strip()

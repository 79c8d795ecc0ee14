"""An import an editor started in the admin: its inputs, and how far it got.

The job runs in a background worker (django-tasks, quotes/tasks.py); the page that
shows it reads these rows. Its counts are the worker's, written as it goes; the
sources it created point back at it (`Source.import_job`), in the same transaction
as each article, so what it made is known exactly even when the worker died.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone


class ImportJob(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "queued"
        RUNNING = "running", "running"
        DONE = "done", "done"
        FAILED = "failed", "failed"

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    input_format = models.CharField(
        max_length=10, blank=True, help_text="Empty: chosen by each input's name and content."
    )
    urls = models.JSONField(default=list, blank=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    attempts = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Moved on by every progress write: a running job whose heartbeat stopped long
    # ago lost its worker, and is run again (services/imports.py).
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    inputs_total = models.PositiveIntegerField(default=0)
    inputs_read = models.PositiveIntegerField(default=0)
    articles_found = models.PositiveIntegerField(default=0)
    articles_done = models.PositiveIntegerField(default=0)
    sources_created = models.PositiveIntegerField(default=0)
    skipped = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    quotes_created = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)  # the first lines, "NAME: reason"
    message = models.TextField(blank=True)  # why the job as a whole stopped, if it did

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "article import"
        verbose_name_plural = "article imports"

    def __str__(self):
        return f"Import {self.pk} ({self.status})"

    @property
    def finished(self) -> bool:
        return self.status in {self.Status.DONE, self.Status.FAILED}


class ImportJobFile(models.Model):
    """An uploaded file, kept in the database so that a worker on any machine reads it;
    its bytes are dropped once the job is done."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="files")
    name = models.CharField(max_length=255)
    size = models.PositiveBigIntegerField()
    data = models.BinaryField()

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.name

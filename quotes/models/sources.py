import hashlib

from django.db import models
from django.db.models import Q
from django.utils import timezone

from quotes.links import page_path


def content_hash(text: str) -> str:
    """The identity of an article's text: re-importing the same text is a no-op."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class SourceQuerySet(models.QuerySet):
    def get_by_natural_key(self, content_hash):
        return self.get(content_hash=content_hash)


class Source(models.Model):
    """An article as imported. The body is an immutable snapshot: quotes and
    annotations point into it by character offsets."""

    headline = models.CharField(max_length=500)
    standfirst = models.TextField(blank=True)
    body = models.TextField()
    published_on = models.DateField(db_index=True)
    outlet = models.CharField(max_length=200, blank=True, db_index=True)
    url = models.URLField(max_length=1000, blank=True)
    language = models.CharField(max_length=10, default="en")
    byline = models.CharField(max_length=300, blank=True)
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    origin_file = models.CharField(max_length=500, blank=True)
    extractor_version = models.CharField(max_length=20, blank=True)
    imported_at = models.DateTimeField(default=timezone.now)
    import_job = models.ForeignKey(
        "quotes.ImportJob",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sources",
        help_text="The admin import that brought it in, if one did.",
    )

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-id"]
        constraints = [
            models.CheckConstraint(condition=~Q(body=""), name="source_body_not_empty"),
            models.CheckConstraint(
                condition=Q(content_hash__regex=r"^[0-9a-f]{64}$"),
                name="source_content_hash_is_sha256",
            ),
        ]

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        stored = getattr(self, "_stored_body", None)
        if stored is not None and stored != self.body:
            raise ValueError("A source's body is immutable: import the corrected text instead.")
        if not self.content_hash:
            self.content_hash = content_hash(self.full_text)
        super().save(*args, **kwargs)
        self._stored_body = self.body

    def get_absolute_url(self):
        return page_path("source-detail", self.pk)

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_body = instance.__dict__.get("body")
        return instance

    @property
    def full_text(self) -> str:
        """What the content hash covers: headline, standfirst and body."""
        return f"{self.published_on}\n{self.headline}\n{self.standfirst}\n{self.body}"

    @property
    def paragraphs(self) -> list[str]:
        return self.body.split("\n")

    def natural_key(self):
        return (self.content_hash,)

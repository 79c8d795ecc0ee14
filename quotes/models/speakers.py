from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator, RegexValidator
from django.db import models
from django.db.models import Count, Q
from simple_history.models import HistoricalRecords

from quotes.links import page_path
from quotes.registry.people import name_key
from quotes.search import backend as search_backend

from .indexes import PostgresGinIndex

wikidata_id_validator = RegexValidator(r"^Q[1-9][0-9]*$", "A Wikidata id looks like Q12345.")

PHOTO_MAX_BYTES = 2 * 1024 * 1024
PHOTO_TYPES = ["jpg", "jpeg", "png", "webp"]


def photo_size_validator(photo) -> None:
    if photo.size > PHOTO_MAX_BYTES:
        raise ValidationError(
            f"The photo is {photo.size / 1024 / 1024:.1f} MB; at most "
            f"{PHOTO_MAX_BYTES // 1024 // 1024} MB, please."
        )


class SpeakerQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)

    def with_quote_count(self):
        return self.annotate(quote_count=Count("quotes", distinct=True))

    def search(self, text: str):
        """Speakers whose name or an alias resembles `text`, closest first (see the
        search backends: trigram similarity on PostgreSQL, rapidfuzz on SQLite; both
        forgive typos)."""
        text = (text or "").strip()
        if not text:
            return self.none()
        return search_backend(self.db).speakers_matching(self, text)

    def closest(self, text: str, limit: int = 3):
        """The speakers whose names are most alike to `text`, even when not alike
        enough to be found: "did you mean" suggestions."""
        text = (text or "").strip()
        if not text:
            return self.none()
        return search_backend(self.db).speakers_closest(self, text, limit)


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        GROUP = "group", "Group of people"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    description = models.CharField(
        max_length=300, blank=True, help_text='Role, e.g. "President of Ukraine".'
    )
    wikidata_id = models.CharField(
        "Wikidata id", max_length=20, blank=True, validators=[wikidata_id_validator]
    )
    # Uploaded by an editor, kept under MEDIA_ROOT/speakers/ and served by this site (the
    # CSP allows images from this origin only). The form checks that Pillow can read it
    # as an image; only these file types and at most PHOTO_MAX_BYTES.
    photo = models.ImageField(
        upload_to="speakers/",
        blank=True,
        validators=[FileExtensionValidator(PHOTO_TYPES), photo_size_validator],
        help_text="Optional: a JPEG, PNG or WebP of at most 2 MB that you may publish, "
        "shown beside the speaker's fact checks.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]
        indexes = [
            models.Index(fields=["name"], name="speaker_name_idx"),
            PostgresGinIndex(
                fields=["name"], opclasses=["gin_trgm_ops"], name="speaker_name_trgm_idx"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["person", "organisation", "group"]),
                name="speaker_kind_valid",
            ),
            models.CheckConstraint(condition=~Q(name=""), name="speaker_name_not_empty"),
            models.UniqueConstraint(
                fields=["wikidata_id"],
                condition=~Q(wikidata_id=""),
                name="speaker_wikidata_id_unique",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return page_path("speaker-detail", self.slug)

    def natural_key(self):
        return (self.slug,)


class SpeakerAliasQuerySet(models.QuerySet):
    def get_by_natural_key(self, key):
        return self.get(key=key)


class SpeakerAlias(models.Model):
    """A surface form seen for a speaker; its key resolves to exactly one speaker."""

    class Origin(models.TextChoices):
        # Anything not known to be machine-made counts as curated (a fixture, a
        # merge, an editor's entry), so that clean-ups never touch it.
        EDITOR = "editor", "Added by an editor or a fixture"
        IMPORT = "import", "Seen in an imported article"

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200, help_text='As written, e.g. "Mr Zelensky".')
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.EDITOR)
    key = models.CharField(
        max_length=200,
        unique=True,
        editable=False,
        help_text="Case-folded, accents and honorifics removed; computed from the name.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()
    objects = SpeakerAliasQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "speaker aliases"
        ordering = ["key"]
        indexes = [
            PostgresGinIndex(
                fields=["name"], opclasses=["gin_trgm_ops"], name="alias_name_trgm_idx"
            ),
        ]
        constraints = [
            models.CheckConstraint(condition=~Q(key=""), name="alias_key_not_empty"),
            models.CheckConstraint(
                condition=Q(origin__in=["editor", "import"]), name="alias_origin_valid"
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.key = name_key(self.name)
        super().save(*args, **kwargs)

    def clean(self):
        # The key is not a form field, so a form never checks it is unique: here.
        self.key = name_key(self.name)
        if not self.key:
            raise ValidationError({"name": "An alias needs letters."})
        taken = SpeakerAlias.objects.filter(key=self.key).exclude(pk=self.pk)
        owner = taken.values_list("speaker__name", flat=True).first()
        if owner is not None:
            raise ValidationError({"name": f"“{self.key}” is already an alias of {owner}."})

    def natural_key(self):
        return (self.key,)

    natural_key.dependencies = ["quotes.speaker"]

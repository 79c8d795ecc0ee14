from django.contrib.postgres.search import TrigramWordSimilarity
from django.core.validators import RegexValidator
from django.db import connections, models
from django.db.models import Count, Exists, FloatField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Greatest
from simple_history.models import HistoricalRecords

from quotes.extraction.names import alias_key
from quotes.links import page_path

wikidata_id_validator = RegexValidator(r"^Q[1-9][0-9]*$", "A Wikidata id looks like Q12345.")


class SpeakerQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)

    def with_quote_count(self):
        return self.annotate(quote_count=Count("quotes", distinct=True))

    def search(self, text: str):
        """Speakers whose name or an alias resembles `text`, closest first.

        PostgreSQL: trigram word similarity (pg_trgm, GIN-indexed), so typos and
        transliterations ("Zelenski", "Selenskyj") still find the speaker.
        SQLite: a case-insensitive substring of the name or an alias."""
        text = (text or "").strip()
        if not text:
            return self.none()
        aliases = SpeakerAlias.objects.filter(speaker=OuterRef("pk"))
        if connections[self.db].vendor != "postgresql":
            named = Q(name__icontains=text) | Exists(aliases.filter(name__icontains=text))
            return self.filter(named).order_by("name", "pk")
        alias_similarity = aliases.annotate(s=TrigramWordSimilarity(text, "name")).order_by("-s")
        # One id list from each trigram index, united: an OR across the two tables
        # would make PostgreSQL read every speaker.
        by_name = Speaker.objects.filter(name__trigram_word_similar=text).values("pk")
        by_alias = SpeakerAlias.objects.filter(name__trigram_word_similar=text).values("speaker")
        return (
            self.filter(pk__in=by_name.union(by_alias))
            .annotate(
                similarity=Greatest(
                    TrigramWordSimilarity(text, "name"),
                    Coalesce(Subquery(alias_similarity.values("s")[:1]), Value(0.0)),
                    output_field=FloatField(),
                )
            )
            .order_by("-similarity", "name", "pk")
        )


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    description = models.CharField(
        max_length=300, blank=True, help_text='Role, e.g. "President of Ukraine".'
    )
    wikidata_id = models.CharField(
        "Wikidata id", max_length=20, blank=True, validators=[wikidata_id_validator]
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["name"], name="speaker_name_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["person", "organisation"]), name="speaker_kind_valid"
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

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200, help_text='As written, e.g. "Mr Zelensky".')
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
        constraints = [models.CheckConstraint(condition=~Q(key=""), name="alias_key_not_empty")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.key = alias_key(self.name)
        super().save(*args, **kwargs)

    def natural_key(self):
        return (self.key,)

    natural_key.dependencies = ["quotes.speaker"]

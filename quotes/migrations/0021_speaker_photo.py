"""Speaker.photo: an optional picture an editor uploads, shown beside the speaker's
fact checks (stored under MEDIA_ROOT/speakers/).

On SQLite, adding the column rebuilds the speaker table, which the search-index
triggers name: search.around_sqlite_table_rebuilds moves them aside meanwhile."""

import django.core.validators
from django.db import migrations, models

import quotes.models.speakers
from quotes.search import around_sqlite_table_rebuilds

HELP = (
    "Optional: a JPEG, PNG or WebP of at most 2 MB that you may publish, shown beside the "
    "speaker's fact checks."
)
VALIDATORS = [
    django.core.validators.FileExtensionValidator(["jpg", "jpeg", "png", "webp"]),
    quotes.models.speakers.photo_size_validator,
]


class Migration(migrations.Migration):
    dependencies = [("quotes", "0020_quote_kind_term")]

    operations = around_sqlite_table_rebuilds(
        [
            migrations.AddField(
                model_name="historicalspeaker",
                name="photo",
                field=models.TextField(
                    blank=True, help_text=HELP, max_length=100, validators=VALIDATORS
                ),
            ),
            migrations.AddField(
                model_name="speaker",
                name="photo",
                field=models.ImageField(
                    blank=True, help_text=HELP, upload_to="speakers/", validators=VALIDATORS
                ),
            ),
        ]
    )

"""Speaker.photo: an optional picture an editor uploads, shown beside the speaker's
fact checks (stored under MEDIA_ROOT/speakers/).

On SQLite, adding the column rebuilds the speaker table, which the search-index
triggers name: they are dropped first and made again after (see 0013)."""

import django.core.validators
from django.db import migrations, models

import quotes.models.speakers
from quotes import search

HELP = (
    "Optional: a JPEG, PNG or WebP of at most 2 MB that you may publish, shown beside the "
    "speaker's fact checks."
)
VALIDATORS = [
    django.core.validators.FileExtensionValidator(["jpg", "jpeg", "png", "webp"]),
    quotes.models.speakers.photo_size_validator,
]


def drop_sqlite_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for name in search.sqlite.TRIGGERS:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}", params=None)


def make_sqlite_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        search.install(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("quotes", "0013_quote_kind_term")]

    operations = [
        migrations.RunPython(drop_sqlite_triggers, make_sqlite_triggers),
        migrations.AddField(
            model_name="historicalspeaker",
            name="photo",
            field=models.TextField(blank=True, help_text=HELP, max_length=100, validators=VALIDATORS),
        ),
        migrations.AddField(
            model_name="speaker",
            name="photo",
            field=models.ImageField(
                blank=True, help_text=HELP, upload_to="speakers/", validators=VALIDATORS
            ),
        ),
        migrations.RunPython(make_sqlite_triggers, drop_sqlite_triggers),
    ]

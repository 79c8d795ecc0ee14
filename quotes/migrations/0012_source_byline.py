"""`Source.byline`: who wrote the article, as a page's or feed's metadata names them.

SQLite adds a NOT NULL column by rebuilding the table, and a rebuild renames it, which
SQLite refuses while the search index's triggers name the table: they are dropped
first and made again after (the FTS5 table and its rows stay as they are).
"""

from django.db import migrations, models

from quotes import search


def drop_sqlite_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for name in search.sqlite.TRIGGERS:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")


def make_sqlite_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        search.install(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("quotes", "0011_claim_submitted_by"),
    ]

    operations = [
        migrations.RunPython(drop_sqlite_triggers, make_sqlite_triggers),
        migrations.AddField(
            model_name="source",
            name="byline",
            field=models.CharField(blank=True, max_length=300),
        ),
        migrations.RunPython(make_sqlite_triggers, drop_sqlite_triggers),
    ]

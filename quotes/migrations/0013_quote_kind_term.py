"""Quote.Kind gains "term": a word or phrase in scare quotes, which the extractor will
report and readers never see (QuoteQuerySet.public). The kind's check constraint
admits it.

On SQLite, changing a constraint rebuilds the quote table, which its search-index
triggers name: they are dropped first and made again after, from the same declaration
(quotes.search.install). The FTS5 table and its rows stay as they are."""

from django.db import migrations, models

from quotes import search

KINDS = [
    ("direct", "Direct"),
    ("partial", "Partial"),
    ("indirect", "Reported speech"),
    ("term", "Term in quotation marks"),
]


def drop_sqlite_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for name in search.sqlite.TRIGGERS:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}", params=None)


def make_sqlite_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        search.install(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("quotes", "0012_username_skeletons")]

    operations = [
        migrations.RunPython(drop_sqlite_triggers, make_sqlite_triggers),
        migrations.RemoveConstraint(model_name="quote", name="quote_kind_valid"),
        migrations.AlterField(
            model_name="historicalquote",
            name="kind",
            field=models.CharField(choices=KINDS, default="direct", max_length=10),
        ),
        migrations.AlterField(
            model_name="quote",
            name="kind",
            field=models.CharField(choices=KINDS, default="direct", max_length=10),
        ),
        migrations.AddConstraint(
            model_name="quote",
            constraint=models.CheckConstraint(
                condition=models.Q(kind__in=["direct", "partial", "indirect", "term"]),
                name="quote_kind_valid",
            ),
        ),
        migrations.RunPython(make_sqlite_triggers, drop_sqlite_triggers),
    ]

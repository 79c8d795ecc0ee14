"""Quote.Kind gains "term": a word or phrase in scare quotes, which the extractor will
report and readers never see (QuoteQuerySet.public). The kind's check constraint
admits it.

On SQLite, changing a constraint rebuilds the quote table, which its search-index
triggers name: search.around_sqlite_table_rebuilds moves them aside meanwhile."""

from django.db import migrations, models

from quotes.search import around_sqlite_table_rebuilds

KINDS = [
    ("direct", "Direct"),
    ("partial", "Partial"),
    ("indirect", "Reported speech"),
    ("term", "Term in quotation marks"),
]


class Migration(migrations.Migration):
    dependencies = [("quotes", "0019_quote_speaker_suggestion")]

    operations = around_sqlite_table_rebuilds(
        [
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
        ]
    )

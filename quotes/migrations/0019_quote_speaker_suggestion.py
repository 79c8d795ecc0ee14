"""`Quote.speaker_suggestion`: the speaker the extractor was not sure enough of to name
to readers, for an editor to accept. (SQLite rebuilds the table to add the column:
search.around_sqlite_table_rebuilds moves the index's triggers aside meanwhile.)"""

from django.db import migrations, models

from quotes.search import around_sqlite_table_rebuilds

FIELD = models.CharField(
    blank=True,
    help_text="Who the extractor thinks said it, when it was not sure enough to say so to "
    "readers (below its confidence threshold): an editor accepts it in one click.",
    max_length=200,
)


class Migration(migrations.Migration):
    dependencies = [("quotes", "0018_editors_import_articles")]

    operations = around_sqlite_table_rebuilds(
        [
            migrations.AddField(model_name="historicalquote", name="speaker_suggestion", field=FIELD),
            migrations.AddField(model_name="quote", name="speaker_suggestion", field=FIELD),
        ]
    )

"""`Source.byline`: who wrote the article, as a page's or feed's metadata names them.

SQLite adds a NOT NULL column by rebuilding the table, which it refuses while the search
index's triggers name the table: search.around_sqlite_table_rebuilds moves them aside.
"""

from django.db import migrations, models

from quotes.search import around_sqlite_table_rebuilds


class Migration(migrations.Migration):
    dependencies = [
        ("quotes", "0015_username_skeletons"),
    ]

    operations = around_sqlite_table_rebuilds(
        [
            migrations.AddField(
                model_name="source",
                name="byline",
                field=models.CharField(blank=True, max_length=300),
            ),
        ]
    )

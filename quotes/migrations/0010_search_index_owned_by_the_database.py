"""The search index kept fresh by the database, from one declaration (quotes/search).

- `Quote.context`: the words around each quote (at most 240 characters each side),
  so a quote's document no longer reads its whole paragraph: importing a long
  paragraph was quadratic. Filled here for the quotes there are.
- The GIN indexes, made by raw SQL in migration 0004, join the models' Meta.indexes
  (on SQLite, plain indexes of the same names: see models/indexes.py).
- Migration 0008's insert trigger is replaced by triggers that also follow edits of a
  quote, renamed speakers, aliases and headlines (PostgreSQL), and that keep the FTS5
  table on SQLite; every document is computed once more.
"""

import importlib

from django.db import migrations, models

import quotes.models.indexes
from quotes import search

OLD = importlib.import_module("quotes.migrations.0008_quote_search_document_at_insert")
CHUNK = 2000


def fill_context(apps, schema_editor):
    Quote = apps.get_model("quotes", "Quote")
    Source = apps.get_model("quotes", "Source")
    source_ids = list(Quote.objects.values_list("source_id", flat=True).distinct().order_by())
    for i in range(0, len(source_ids), 200):
        chunk = source_ids[i : i + 200]
        texts = {
            pk: {"body": body, "headline": headline, "standfirst": standfirst}
            for pk, body, headline, standfirst in Source.objects.filter(pk__in=chunk).values_list(
                "pk", "body", "headline", "standfirst"
            )
        }
        quotes = list(Quote.objects.filter(source_id__in=chunk).only("source_id", "location", "start", "end"))
        for quote in quotes:
            text = texts[quote.source_id][quote.location]
            quote.context = search.context_around(text, quote.start, quote.end)
        Quote.objects.bulk_update(quotes, ["context"], batch_size=CHUNK)


def index_from_scratch(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        for statement in OLD.BACKWARD:
            schema_editor.execute(statement)
    search.install(schema_editor)
    if connection.vendor == "postgresql" or search.sqlite.TABLE in connection.introspection.table_names():
        module = search.postgresql if connection.vendor == "postgresql" else search.sqlite
        module.rebuild(connection)


def back_to_the_insert_trigger(apps, schema_editor):
    search.uninstall(schema_editor)
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        for statement in (OLD.DOCUMENT, OLD.TRIGGER_FUNCTION, OLD.TRIGGER):
            schema_editor.execute(statement)
    elif search.sqlite.available(connection):
        schema_editor.execute(search.sqlite.CREATE_TABLE)


def plain_indexes_on_sqlite(apps, schema_editor):
    """PostgreSQL has had the GIN indexes since 0004; SQLite gets their stand-ins."""
    if schema_editor.connection.vendor == "postgresql":
        return
    for model_name, index in INDEXES:
        schema_editor.add_index(apps.get_model("quotes", model_name), index)


def drop_plain_indexes_on_sqlite(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        return
    for model_name, index in INDEXES:
        schema_editor.remove_index(apps.get_model("quotes", model_name), index)


INDEXES = [
    ("quote", quotes.models.indexes.PostgresGinIndex(fields=["search_vector"], name="quote_search_vector_gin")),
    (
        "speaker",
        quotes.models.indexes.PostgresGinIndex(fields=["name"], name="speaker_name_trgm_idx", opclasses=["gin_trgm_ops"]),
    ),
    (
        "speakeralias",
        quotes.models.indexes.PostgresGinIndex(fields=["name"], name="alias_name_trgm_idx", opclasses=["gin_trgm_ops"]),
    ),
]


class Migration(migrations.Migration):
    dependencies = [("quotes", "0009_cache_tables")]

    operations = [
        migrations.AddField(
            model_name="quote",
            name="context",
            field=models.TextField(
                blank=True,
                editable=False,
                help_text="The words around the quote in its paragraph, for the search index (search.context_around).",
            ),
        ),
        migrations.RunPython(fill_context, migrations.RunPython.noop),
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.AddIndex(model_name=m, index=index) for m, index in INDEXES],
            database_operations=[migrations.RunPython(plain_indexes_on_sqlite, drop_plain_indexes_on_sqlite)],
        ),
        migrations.RunPython(index_from_scratch, back_to_the_insert_trigger),
    ]

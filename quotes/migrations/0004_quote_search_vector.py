"""The quote search index (see quotes/search.py).

PostgreSQL: a stored tsvector with a named GIN index, and trigram GIN indexes on
speaker and alias names. SQLite: an FTS5 table with porter stemming, where the
SQLite build has FTS5 (otherwise search falls back to substring matching).
Fill the index for existing quotes with `manage.py rebuild_search_index`.
"""

import django.contrib.postgres.search
from django.db import migrations

POSTGRES_FORWARD = [
    "CREATE INDEX quote_search_vector_gin ON quotes_quote USING gin (search_vector)",
    "CREATE INDEX speaker_name_trgm_idx ON quotes_speaker USING gin (name gin_trgm_ops)",
    "CREATE INDEX alias_name_trgm_idx ON quotes_speakeralias USING gin (name gin_trgm_ops)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS quote_search_vector_gin",
    "DROP INDEX IF EXISTS speaker_name_trgm_idx",
    "DROP INDEX IF EXISTS alias_name_trgm_idx",
]
SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS quote_fts USING fts5("
    "text, speaker, headline, context, tokenize = 'porter unicode61 remove_diacritics 2')"
]
SQLITE_BACKWARD = ["DROP TABLE IF EXISTS quote_fts"]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        statements = statements_by_vendor.get(schema_editor.connection.vendor, [])
        if schema_editor.connection.vendor == "sqlite" and not _sqlite_has_fts5(schema_editor):
            statements = []
        for sql in statements:
            schema_editor.execute(sql)

    return run


def _sqlite_has_fts5(schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')")
        if cursor.fetchone()[0]:
            return True
        cursor.execute("SELECT 1 FROM pragma_module_list WHERE name = 'fts5'")
        return cursor.fetchone() is not None


class Migration(migrations.Migration):
    dependencies = [("quotes", "0003_pg_trgm_extension")]

    operations = [
        migrations.AddField(
            model_name="quote",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True, serialize=False),
        ),
        migrations.RunPython(
            _run({"postgresql": POSTGRES_FORWARD, "sqlite": SQLITE_FORWARD}),
            _run({"postgresql": POSTGRES_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        ),
    ]

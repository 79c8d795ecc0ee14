"""A file field's value (Django's FieldFile) written as its name by psycopg too.

Django turns a FieldFile into its name before an INSERT or UPDATE; PostgreSQL's COPY,
which the importer uses (quotes.importing.rows), writes the model's attribute values as
they are, and psycopg knows no FieldFile. Speaker.photo is one: without this, every
import that creates a speaker failed on PostgreSQL. Registered once, at start-up
(QuotesConfig.ready), before any connection copies psycopg's adapters."""

from django.db.models.fields.files import FieldFile


def register_psycopg_dumper() -> None:
    try:
        import psycopg
        from psycopg.types.string import StrDumper
    except ImportError:  # SQLite only: nothing to teach
        return

    class FieldFileDumper(StrDumper):
        def dump(self, obj):
            return super().dump(obj.name or "")

    psycopg.adapters.register_dumper(FieldFile, FieldFileDumper)

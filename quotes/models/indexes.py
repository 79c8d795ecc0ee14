"""Indexes that only PostgreSQL can build, declared in the models' Meta so Django's
migration state knows them on every database."""

from django.contrib.postgres.indexes import GinIndex
from django.db.models import Index


class PostgresGinIndex(GinIndex):
    """A GIN index on PostgreSQL (with its operator classes, e.g. pg_trgm's); on SQLite,
    which has neither GIN nor those classes, a plain index of the same name, so the
    state and the migrations stay the same for both. (SQLite searches its FTS5 table.)"""

    def _plain(self):
        return Index(fields=self.fields, name=self.name)

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor == "postgresql":
            return super().create_sql(model, schema_editor, using=using, **kwargs)
        return self._plain().create_sql(model, schema_editor, **kwargs)

    def remove_sql(self, model, schema_editor, **kwargs):
        if schema_editor.connection.vendor == "postgresql":
            return super().remove_sql(model, schema_editor, **kwargs)
        return self._plain().remove_sql(model, schema_editor, **kwargs)

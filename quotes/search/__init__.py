"""Full-text search of quotes, and name search of speakers, on either database.

- `document.py` declares what a quote's search document holds (fields, weights);
- `postgresql.py` and `sqlite.py` are the backends: each installs triggers that keep
  the index fresh from the document's declaration (migrations call `install`), and
  answers queries;
- `highlight.py` turns the hits the database marked into safe <mark> HTML.

`backend(using)` is the backend of a database alias, chosen once per database.
`Quote.objects.search(...)` and `Speaker.objects.search(...)` are the entry points.
"""

from django.db import connections

from . import postgresql, sqlite
from .document import CONFIG, FIELDS, context_around
from .highlight import START, STOP, highlight

__all__ = [
    "CONFIG",
    "FIELDS",
    "START",
    "STOP",
    "backend",
    "context_around",
    "highlight",
    "install",
    "rebuild",
]

_backends: dict[str, object] = {}


def backend(using: str = "default"):
    """The module (or object) that searches this database: postgresql, sqlite, or
    sqlite.Fallback where SQLite lacks FTS5. Remembered per database name, so a search
    costs no extra query."""
    connection = connections[using]
    name = f"{connection.vendor}:{connection.settings_dict['NAME']}"
    if name not in _backends:
        if connection.vendor == "postgresql":
            _backends[name] = postgresql
        elif _has_table(connection, sqlite.TABLE):
            _backends[name] = sqlite
        else:
            _backends[name] = sqlite.Fallback
    return _backends[name]


def _has_table(connection, table: str) -> bool:
    return table in connection.introspection.table_names(include_views=True)


def install(schema_editor) -> None:
    """Create (or replace) the index's triggers, and on SQLite its FTS5 table, from the
    document's declaration. For migrations: run it again after changing `document`."""
    _execute(schema_editor, "install_statements")


def uninstall(schema_editor) -> None:
    _execute(schema_editor, "uninstall_statements")


def around_sqlite_table_rebuilds(operations: list) -> list:
    """Migration operations wrapped for SQLite, which rebuilds a table to change its
    constraints and refuses to while the index's triggers name that table: the
    triggers step aside for `operations` and are installed again after them (the FTS5
    table and its rows stay; nothing the operations do changes a document)."""
    from django.db import migrations

    def drop(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for name in sqlite.TRIGGERS:
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}", params=None)

    def restore(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            install(schema_editor)

    return [
        migrations.RunPython(drop, restore, elidable=True),
        *operations,
        migrations.RunPython(restore, drop, elidable=True),
    ]


def _execute(schema_editor, statements: str) -> None:
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        module = postgresql
    elif connection.vendor == "sqlite" and (
        statements == "uninstall_statements" or sqlite.available(connection)
    ):
        module = sqlite
    else:
        return
    for statement in getattr(module, statements)():
        schema_editor.execute(statement, params=None)
    _backends.clear()


def rebuild(using: str = "default") -> int:
    """Recompute every quote's document; returns how many. Only needed when quotes were
    written with the triggers off (a restore with --disable-triggers, a raw copy)."""
    connection = connections[using]
    index = backend(using)
    return index.rebuild(connection) if hasattr(index, "rebuild") else 0

"""A search's SQL built once per shape, its words bound at each request.

Building the search page's querysets and compiling them to SQL cost about a third of
the page's CPU for a rare word (bench/README.md, "Querysets compiled once"). For one
shape (the same filters, order, page and sample size) the SQL is the same but for the
words. So it is built once, with a stand-in for the words, as quotes/links.py does for
paths; each request puts its words in the stand-in's parameters and runs the SQL.

Only where the database takes the words as they are (PostgreSQL's
websearch_to_tsquery): SQLite's FTS5 index is sent a query made from the words, so
there each request builds its queryset. Both run the same querysets; tests run on both.

A statement whose best plan does not depend on its values (`generic`: a page of a plain
word search ranked by relevance, the facet query) is also prepared on the connection
and planned once (bench/README.md, "Prepared statements"): PostgreSQL spent a third of
such a page query planning it and parsing its text.
"""

from collections.abc import Callable, Hashable

import psycopg
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.backends.utils import CursorDebugWrapper
from django.db.models import QuerySet

# Words no reader types; a parameter equal to them is the words' place in the SQL.
STAND_IN = "claimtracker stand-in words 5183"
SHAPES = 512  # compiled shapes kept (a crawler's filter combinations would be endless)

_built: dict[Hashable, tuple[str, tuple, tuple[int, ...]] | None] = {}
_MISSING = object()


def usable(using: str) -> bool:
    """Whether the words reach this database's SQL unchanged (see the module)."""
    return connections[using].vendor == "postgresql"


def rows(key: Hashable, build: Callable[[str], QuerySet], words: str, using: str) -> list[tuple]:
    """The rows of build(words), a values_list() queryset: its SQL as built once for
    `key` (which must say everything but the words that shapes the queryset), with
    `words` bound."""
    return bound_rows(key, lambda: build(STAND_IN), {STAND_IN: words}, using)


def bound_rows(
    key: Hashable,
    build: Callable[[], QuerySet],
    values: dict[object, object],
    using: str,
    *,
    generic: bool = False,
) -> list[tuple]:
    """The rows of the queryset build() makes with stand-in parameters (the keys of
    `values`), built once for `key`, each stand-in replaced by its value. `generic`: the
    statement's plan is as good for any values (see the module): it is prepared and
    planned once on the connection."""
    key = (using, key)
    # Read once into a local: another thread may clear the table between two reads.
    built = _built.get(key, _MISSING)
    if built is _MISSING:
        if len(_built) >= SHAPES:
            _built.clear()
        built = _built[key] = _compile(build(), values)
    if built is None:  # the filters can match nothing: Django sends no query then
        return []
    sql, params, slots = built
    bound = list(params)
    for slot in slots:
        bound[slot] = values[bound[slot]]
    connection = connections[using]
    with connection.cursor() if not generic else _prepared_cursor(connection) as cursor:
        cursor.execute(sql, bound)
        return cursor.fetchall()


def plan_prepared_once(sender, connection, **kwargs) -> None:
    """`connection_created` receiver: a PostgreSQL connection plans a prepared statement
    once (force_generic_plan; by default PostgreSQL plans it anew while a plan for the
    values looks cheaper, which a word search's estimate always does) and prepares only
    what is asked for (_PreparingCursor). Django's own statements are never prepared
    (it binds on the client), so neither touches them. Set as the connection opens, in
    autocommit: a SET in a transaction that rolls back would be undone."""
    if connection.vendor != "postgresql":
        return
    with connection.connection.cursor() as cursor:
        cursor.execute("SET plan_cache_mode = force_generic_plan")
    # psycopg prepares nothing on a connection whose threshold is None (Django's
    # default), not even when asked; one never reached prepares only what is asked for.
    if connection.connection.prepare_threshold is None:
        connection.connection.prepare_threshold = 2**31 - 1


def _prepared_cursor(connection):
    """A cursor on `connection` (a PostgreSQL one) that binds its parameters in the
    server and prepares each statement, wrapped as Django wraps its own (query logging,
    execute wrappers)."""
    connection.close_if_health_check_failed()  # as connection.cursor() does
    connection.ensure_connection()
    cursor = _PreparingCursor(connection.connection)
    if connection.queries_logged:
        return _LoggedPrepared(cursor, connection)
    return connection.make_cursor(cursor)


class _LoggedPrepared(CursorDebugWrapper):
    """Logs a prepared statement with its values, as Django logs the statements it binds
    on the client (connection.queries, the tests' query counts): psycopg keeps no text
    of a statement it ran by name, so Django's own wrapper would log None."""

    def execute(self, sql, params=None):
        with self.debug_sql(self.db.ops.compose_sql(sql, params)):
            # CursorWrapper's execute (the execute wrappers), not the logging one's.
            return super(CursorDebugWrapper, self).execute(sql, params)


class _PreparingCursor(psycopg.Cursor):
    """psycopg's cursor with server-side binding, preparing every statement it runs
    (the connection's own threshold is off: Django binds on the client)."""

    def execute(self, query, params=None, *, prepare=None, binary=None):
        return super().execute(query, params, prepare=True, binary=binary)


def _compile(queryset: QuerySet, values) -> tuple[str, tuple, tuple[int, ...]] | None:
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return None
    slots = tuple(k for k, value in enumerate(params) if isinstance(value, str) and value in values)
    if {params[k] for k in slots} != set(values):
        # Every stand-in must be somewhere, or the SQL is not the one asked for.
        raise ValueError("a stand-in is not among the query's parameters")
    return sql, tuple(params), slots

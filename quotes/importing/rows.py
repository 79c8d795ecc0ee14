"""Inserting many new rows, with their django-simple-history rows, as fast as the
database allows.

On PostgreSQL the rows go in by COPY: the ORM's multi-row INSERT spends most of its
time preparing every value and building, sending and parsing one enormous statement,
which COPY skips. COPY cannot return the ids, so they are taken from the table's
sequence first, in one query. Elsewhere (SQLite) it is the ORM's bulk_create.

Either way the objects get their ids, and each history row is what
`bulk_history_create` would write: a "+" row with the object's tracked fields, the
time, and the object's `_change_reason`.
"""

import operator
import time

from django.db import connections
from django.utils import timezone
from simple_history.utils import (
    bulk_create_with_history,
    get_history_manager_for_model,
    get_history_model_for_model,
)

from quotes import data_version

_history_managers = {}


def insert(objs, model, *, history: bool = True, using: str = "default") -> None:
    """Insert new, unsaved `objs` of `model`, and their history rows when `history`."""
    if not objs:
        return
    connection = connections[using]
    if connection.vendor == "postgresql":
        data_version.changed(connection)  # COPY bypasses the connection's watch
        _copy(connection, objs, model)
        if history:
            _copy_history(connection, objs, get_history_model_for_model(model))
    elif not history:
        model._default_manager.using(using).bulk_create(objs)
    elif connection.features.can_return_rows_from_bulk_insert:
        model._default_manager.using(using).bulk_create(objs)
        if model not in _history_managers:  # building one is not cheap
            _history_managers[model] = get_history_manager_for_model(model)
        _history_managers[model].bulk_history_create(objs)
    else:
        bulk_create_with_history(objs, model)


def _copy(connection, objs, model) -> None:
    meta = model._meta
    fields = meta.concrete_fields
    # Fields that fill themselves in on save (auto_now, auto_now_add) do so here.
    filled = [
        f for f in fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(objs)],
        )
        for obj, (pk,) in zip(objs, cursor.fetchall(), strict=True):
            obj.pk = pk
            for field in filled:
                field.pre_save(obj, True)
        values = operator.attrgetter(*(field.attname for field in fields))
        _copy_rows(cursor, meta.db_table, [f.column for f in fields], map(values, objs))
    for obj in objs:
        obj._state.adding, obj._state.db = False, connection.alias


def _copy_history(connection, objs, history_model) -> None:
    tracked = history_model.tracked_fields
    columns = [field.column for field in tracked]
    columns += ["history_date", "history_change_reason", "history_type", "history_user_id"]
    values = operator.attrgetter(*(field.attname for field in tracked))
    now = timezone.now()
    rows = [
        (*values(obj), now, getattr(obj, "_change_reason", None) or "", "+", None) for obj in objs
    ]
    with connection.cursor() as cursor:
        _copy_rows(cursor, history_model._meta.db_table, columns, rows)


def _copy_rows(cursor, table: str, columns: list[str], rows) -> None:
    quote = cursor.db.ops.quote_name
    names = ", ".join(quote(column) for column in columns)
    sql = f"COPY {quote(table)} ({names}) FROM STDIN"
    started = time.monotonic()
    # Django's wrapper: a duplicate key is an IntegrityError, as from any query.
    with cursor.db.wrap_database_errors, cursor.cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)
    if cursor.db.queries_logged:  # COPY bypasses execute(): log it for query counts
        duration = time.monotonic() - started
        cursor.db.queries_log.append({"sql": sql, "time": f"{duration:.3f}"})

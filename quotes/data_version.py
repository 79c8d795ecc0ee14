"""The public data's version: a token that changes whenever a committed write touches
the app's tables, so cached public pages are never older than the data they show.

The page cache (`quotes.middleware`) keys every page, and its ETag, by this token;
changing it retires every cached copy at once, in every process. It lives in the
shared "counters" cache (a database table by default, Redis in production), because an
import runs in another process than the site.

The writers do not have to remember it: every connection runs its SQL through
`watch_writes`, which notices an INSERT, UPDATE or DELETE on a table of this app and
changes the token when the transaction commits (at once outside one). The only writes
that bypass the connection's `execute`, PostgreSQL's COPY in `importing.rows`, call
`changed` themselves. (A wrapper that watches every statement is the one place that
sees all writes, bulk ones and raw SQL included; model signals would miss those.)
"""

import logging
import re
import uuid

from django.core.cache import cache, caches
from django.db import transaction

logger = logging.getLogger(__name__)

KEY = "public-data-version"
_WRITE = re.compile(r'\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?quotes_', re.IGNORECASE)


def _store():
    return caches["counters"]


def current() -> str | None:
    """The token of the data as committed now; None when the shared cache cannot be
    read (then nothing may be served from the page cache)."""
    try:
        store = _store()
        token = store.get(KEY)
        if token is None:  # first use, or the cache was cleared: any new token will do
            store.add(KEY, uuid.uuid4().hex, timeout=None)
            token = store.get(KEY)
    except Exception:  # a missing cache table or a cache server down must not stop the site
        logger.exception("The public data version cannot be read; pages are not cached")
        return None
    return token


def cached(key: str, compute, timeout: int):
    """`compute()`, kept in the default cache until the data changes (or `timeout`)."""
    token = current()
    if token is None:
        return compute()
    return cache.get_or_set(f"{key}:{token}", compute, timeout)


def bump() -> None:
    """A new token. Never raises: the write it follows has committed already."""
    try:
        _store().set(KEY, uuid.uuid4().hex, timeout=None)
    except Exception:
        logger.exception("The public data version cannot be changed; cached pages may be stale")


def changed(connection, *, results_pending: bool = False) -> None:
    """The app's data changed on `connection`: a new token once the transaction commits
    (a rolled-back one changes nothing), one per transaction however many writes.

    Outside a transaction the write has committed already, but a statement whose
    results are still to be read (INSERT ... RETURNING) must not be interrupted by
    other SQL (SQLite would commit half of it): that change is noted and the token
    changes before the connection's next statement, or after the model is saved.
    """
    if not connection.in_atomic_block:
        if results_pending:
            connection._public_data_pending = True
        else:
            bump()
        return
    pending = getattr(connection, "_public_data_bump", None)
    # A savepoint or transaction that rolled back took its callback with it.
    if pending is not None and any(func is pending for _, func, _ in connection.run_on_commit):
        return

    def bump_on_commit():
        connection._public_data_bump = None
        bump()

    connection._public_data_bump = bump_on_commit
    transaction.on_commit(bump_on_commit, using=connection.alias)


def forget_pending(connection) -> None:
    """Treat the writes so far as committed (a test, whose transaction never commits,
    simulating one): the next write schedules a change of its own."""
    connection._public_data_bump = None


def flush_pending(connection) -> None:
    if getattr(connection, "_public_data_pending", False):
        connection._public_data_pending = False
        bump()


def watch_writes(execute, sql, params, many, context):
    connection = context["connection"]
    flush_pending(connection)
    result = execute(sql, params, many, context)
    if _WRITE.match(sql):
        changed(connection, results_pending=" RETURNING " in sql)
    return result


def saved(sender, using, **kwargs) -> None:
    """`post_save` receiver: the INSERT's results have been read."""
    from django.db import connections

    flush_pending(connections[using])


def watch_connection(sender, connection, **kwargs) -> None:
    """`connection_created` receiver: every new connection runs its SQL through
    `watch_writes`."""
    if watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(watch_writes)

"""The portable export: everything the site holds, in one gzipped JSON Lines file that
restores into an empty instance on either database.

It carries every table of the app (sources, quotes, speakers and aliases, tags, rating
scales, claims, verdicts, evidence, corrections, readers' notes and flags, and the
history of each), the many-to-many links between them, and the user accounts those
refer to: username, names, staff and superuser flags, join date and groups, never the
password or the email (a restored account sets its password with `changepassword` or
the password reset). Primary keys are kept, so the history rows, which name the ids
of the records they describe, stay true; that is why it restores into an empty
instance only.

Line 1 is a header ({"format": FORMAT, "version": VERSION, "models": [...]}); every other
line is one record, {"model": "app.model", "pk": ..., "fields": {...}}, in an order in
which each record's references come before it. Records are read and written in chunks,
through bulk inserts: memory stays flat and 100,000 quotes take minutes, not hours.
The search index is the database's triggers' work, as for any insert.
"""

import datetime
import gzip
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction

FORMAT, VERSION = "claimtracker-portable-export", 1
CHUNK = 2000
USER_FIELDS = (
    "username", "first_name", "last_name", "is_staff", "is_active", "is_superuser",
    "date_joined",
)  # fmt: skip
MEMBERSHIP = "auth.user_groups"  # a user's group, by the group's name


class _Encoder(DjangoJSONEncoder):
    """Times to the microsecond (DjangoJSONEncoder stops at the millisecond)."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class PortableError(ValueError):
    """A file that is not a portable export, or a database that is not empty."""


def models_in_order() -> list:
    """The user model, the app's models and their many-to-many tables, each after what
    its foreign keys refer to."""
    ordered, waiting = [], list(apps.get_app_config("quotes").get_models())
    while waiting:
        placed = set(ordered)
        ready = [
            model
            for model in waiting
            if all(
                target in placed or target is model or target not in waiting
                for target in _references(model)
            )
        ]
        if not ready:
            raise PortableError(f"foreign keys in a cycle: {[_label(m) for m in waiting]}")
        ordered += ready
        waiting = [model for model in waiting if model not in ready]
    throughs = [
        field.remote_field.through
        for model in ordered
        for field in model._meta.local_many_to_many
        if field.remote_field.through._meta.auto_created
    ]
    return [get_user_model(), *ordered, *throughs]


def export(path: Path) -> dict[str, int]:
    """Write the export to `path`; the number of records of each model."""
    models = models_in_order()
    counts = {}
    with gzip.open(path, "wt", encoding="utf-8") as out:
        header = {"format": FORMAT, "version": VERSION, "models": [_label(m) for m in models]}
        out.write(json.dumps(header) + "\n")
        for model in models:
            counts[_label(model)] = _write_model(out, model)
        counts[MEMBERSHIP] = _write_memberships(out)
    return counts


def _references(model) -> set:
    return {field.related_model for field in model._meta.local_fields if field.is_relation}


def _label(model) -> str:
    return model._meta.label_lower


def _write_model(out, model) -> int:
    user_model = model is get_user_model()
    names = USER_FIELDS if user_model else _stored_fields(model)
    written = 0
    queryset = model._default_manager.order_by("pk")
    for chunk in _chunks(queryset.iterator(chunk_size=CHUNK)):
        for record in serializers.serialize("python", chunk, fields=names):
            if user_model:
                record["fields"]["password"] = make_password(None)  # unusable: never exported
            out.write(json.dumps(record, cls=_Encoder, ensure_ascii=False) + "\n")
            written += 1
    return written


def _stored_fields(model) -> list[str]:
    """Every stored field but the primary key, many-to-many fields (their tables are
    exported apart) and those not to serialize (the search vector)."""
    return [
        field.name
        for field in model._meta.local_fields
        if field.serialize and not field.primary_key
    ]


def _write_memberships(out) -> int:
    through = get_user_model().groups.through
    rows = through.objects.values_list("user_id", "group__name").order_by("pk")
    written = 0
    for user_id, group in rows.iterator(chunk_size=CHUNK):
        record = {"model": MEMBERSHIP, "fields": {"user": user_id, "group": group}}
        out.write(json.dumps(record) + "\n")
        written += 1
    return written


def _chunks(items, size: int = CHUNK) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# Restoring ---------------------------------------------------------------------------


def restore(path: Path) -> dict[str, int]:
    """Load an export into this (empty) database in one transaction; the number of
    records of each model. PortableError when the file or the database is wrong."""
    known = {_label(m): m for m in models_in_order()}
    counts: dict[str, int] = {}
    with _open(path) as lines, transaction.atomic():
        _check_header(next(lines, ""), known)
        _check_empty(known.values())
        pending: list[dict] = []
        for line in lines:
            record = json.loads(line)
            if pending and (record["model"] != pending[0]["model"] or len(pending) >= CHUNK):
                _insert(pending, known, counts)
                pending = []
            pending.append(record)
        if pending:
            _insert(pending, known, counts)
        _reset_sequences(known.values())
    return counts


def _open(path: Path):
    try:
        return gzip.open(path, "rt", encoding="utf-8")
    except OSError as error:
        raise PortableError(f"{path}: cannot read it ({error})") from None


def _check_header(line: str, known: dict) -> None:
    try:
        header = json.loads(line)
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise PortableError("not a Claimtracker portable export (no header line)")
    if header.get("version") != VERSION:
        raise PortableError(f"export version {header.get('version')}; this site reads {VERSION}")
    unknown = set(header.get("models", [])) - set(known)
    if unknown:
        raise PortableError(f"the export holds tables this site does not have: {sorted(unknown)}")


def _check_empty(models) -> None:
    full = [_label(m) for m in models if m._default_manager.exists()]
    if full:
        raise PortableError(
            "the portable export restores into an empty instance (after `migrate`, before "
            f"anything else); this one has {', '.join(full[:4])}"
            + (" and more" if len(full) > 4 else "")
        )


def _insert(records: list[dict], known: dict, counts: dict) -> None:
    label = records[0]["model"]
    if label == MEMBERSHIP:
        _insert_memberships(records)
    else:
        model = known[label]
        objects = [item.object for item in serializers.deserialize("python", records)]
        with _times_as_given(model):
            model._default_manager.bulk_create(objects, batch_size=CHUNK)
    counts[label] = counts.get(label, 0) + len(records)


@contextmanager
def _times_as_given(model):
    """bulk_create would stamp auto_now and auto_now_add fields with the present time;
    a restore keeps the times recorded. (A management command's own process: no other
    thread saves these models meanwhile.)"""
    stamped = [
        (field, field.auto_now, field.auto_now_add)
        for field in model._meta.local_fields
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    ]
    for field, _, _ in stamped:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in stamped:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def _insert_memberships(records: list[dict]) -> None:
    names = {record["fields"]["group"] for record in records}
    groups = {group.name: group for group in Group.objects.filter(name__in=names)}
    for name in names - set(groups):  # a group this instance does not have yet
        groups[name] = Group.objects.create(name=name)
    through = get_user_model().groups.through
    through.objects.bulk_create(
        through(user_id=record["fields"]["user"], group=groups[record["fields"]["group"]])
        for record in records
    )


def _reset_sequences(models) -> None:
    """The next id of each table follows the ids restored (PostgreSQL's sequences)."""
    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)

"""Backups restore: a dump of a seeded database, restored into a fresh one, has the
same rows and a working search (pg_dump/pg_restore on PostgreSQL, SQLite's online
backup on SQLite), as the README's "Backups" section documents."""

import shutil
import sqlite3
import subprocess
from pathlib import Path

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection

from quotes.models import Claim, Quote, Source, Speaker, SpeakerAlias
from tests.factories import EditorFactory, published_claim

ROOT = Path(__file__).resolve().parent.parent
TABLES = {
    "quotes_source": Source,
    "quotes_quote": Quote,
    "quotes_speaker": Speaker,
    "quotes_speakeralias": SpeakerAlias,
    "quotes_claim": Claim,
}

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def seeded(editors_group):
    call_command("loaddata", "fixtures/speakers.json", "fixtures/rating_scales.json", verbosity=0)
    call_command("import_articles", str(ROOT / "seeds"), verbosity=0)
    quote = Quote.objects.get(text__startswith="If Ukraine falls")
    published_claim(editor=EditorFactory(), quotes=[quote], text="Putin will not stop at Ukraine")
    return {table: model.objects.count() for table, model in TABLES.items()}


def counts(cursor) -> dict[str, int]:
    result = {}
    for table in TABLES:
        cursor.execute(f"SELECT count(*) FROM {table}")
        result[table] = cursor.fetchone()[0]
    return result


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump is PostgreSQL's")
def test_a_pg_dump_restores_into_a_fresh_database_with_search_working(seeded, tmp_path):
    for tool in ("pg_dump", "pg_restore"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is not installed (Debian: postgresql-client)")
    settings = connection.settings_dict
    server = (
        f"postgresql://{settings['USER']}@{settings['HOST'] or 'localhost'}:"
        f"{settings['PORT'] or 5432}"
    )
    source_db, fresh_db = settings["NAME"], f"{settings['NAME']}_restored"
    dump = tmp_path / "claimtracker.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", f"--file={dump}", f"{server}/{source_db}"], check=True
    )
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{fresh_db}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{fresh_db}"')
    try:
        subprocess.run(
            ["pg_restore", "--no-owner", f"--dbname={server}/{fresh_db}", str(dump)], check=True
        )
        with psycopg.connect(f"{server}/{fresh_db}") as restored, restored.cursor() as cursor:
            assert counts(cursor) == seeded
            cursor.execute(
                "SELECT text FROM quotes_quote "
                "WHERE search_vector @@ websearch_to_tsquery('english', %s)",
                ['"Ukraine falls"'],
            )
            assert [row[0] for row in cursor.fetchall()] == ["If Ukraine falls, he won't stop,"]
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{fresh_db}" WITH (FORCE)')


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite backup API is SQLite's")
def test_a_sqlite_backup_restores_with_search_working(seeded, tmp_path):
    copy = tmp_path / "claimtracker-backup.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(copy) as target:
        connection.connection.backup(target)
    with sqlite3.connect(copy) as restored:
        cursor = restored.cursor()
        assert counts(cursor) == seeded
        cursor.execute(
            "SELECT q.text FROM quote_fts JOIN quotes_quote q ON q.id = quote_fts.rowid "
            "WHERE quote_fts MATCH ?",
            ['"ukraine falls"'],
        )
        assert [row[0] for row in cursor.fetchall()] == ["If Ukraine falls, he won't stop,"]

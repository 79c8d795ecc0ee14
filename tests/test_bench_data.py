"""The search benchmark's loader still fits the schema: `make bench-search` and `make
load-test` load their data by COPY, column by column, so a model that gains a column
without a database default breaks them (it did: Speaker.photo, SpeakerAlias.origin,
Source.byline and Quote.speaker_suggestion had left the loader failing on its first
COPY)."""

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
LOAD = "import os, sys; sys.path.insert(0, 'bench'); from site_data import load; load()"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the benchmark is PostgreSQL's")
def test_the_benchmark_data_loads_into_the_current_schema():
    server = settings.DATABASES["default"]
    base = f"postgres://{server['USER']}@{server['HOST'] or '127.0.0.1'}:{server['PORT'] or 5432}"
    url = f"{base}/claimtracker_sitebench_tiny"
    env = {
        **os.environ,
        "BENCH_DATABASE_URL": url,
        "BENCH_QUOTES": "1600",
        "BENCH_SPEAKERS": "100",
    }
    try:
        result = subprocess.run(
            [sys.executable, "-c", LOAD], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr[-2000:]
        with psycopg.connect(url) as conn:
            counts = conn.execute(
                "SELECT (SELECT count(*) FROM quotes_quote),"
                " (SELECT count(*) FROM quotes_speaker),"
                " (SELECT count(*) FROM quotes_quote WHERE search_vector IS NOT NULL),"
                " (SELECT count(*) FROM quotes_verdict)"
            ).fetchone()
        assert counts == (1600, 100, 1600, 8)
    finally:
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS claimtracker_sitebench_tiny WITH (FORCE)")

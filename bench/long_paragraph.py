"""Import time against paragraph length: one article whose body is one paragraph of
100 KB to 5 MB, quotes spread through it (one every ~600 bytes, as in news copy).
Time per KB must stay flat: a quote's search document reads a bounded window
(Quote.context), not its whole paragraph.

    .venv/bin/python bench/long_paragraph.py [--sizes 100,200,500,1000,5000]

On PostgreSQL (BENCH_SERVER, default postgres://postgres@127.0.0.1:5432; database
claimtracker_longbench, made afresh), each size in its own fresh database; then a
phrase search over the biggest article's quotes is timed.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("BENCH_SERVER", "postgres://postgres@127.0.0.1:5432")
DATABASE = "claimtracker_longbench"
NAMES = ["Anna Lindqvist", "Tomas Berg", "Kaja Kallas", "Jan Schmidt", "Ana Costa"]
FILLER = (
    "The committee met again on Tuesday to weigh the budget, the harbour works and the "
    "school roof, and members asked for the figures to be published before the vote. "
)


def article(kilobytes: int) -> str:
    parts, size, n = [], 0, 0
    while size < kilobytes * 1024:
        quote = f'"We will publish figure {n} before the vote," {NAMES[n % len(NAMES)]} said. '
        parts += [FILLER * 2, quote]
        size += len(FILLER) * 2 + len(quote)
        n += 1
    return (
        f"date 2025-06-01 A very long paragraph of {kilobytes} KB\nStandfirst.\n{''.join(parts)}\n"
    )


def environment():
    return {**os.environ, "DATABASE_URL": f"{SERVER}/{DATABASE}", "SECRET_KEY": "bench"}


def manage(*args, **kwargs):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment(), check=True, **kwargs
    )


def fresh_database():
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {DATABASE}")
    manage("migrate", "--noinput", "-v", "0")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,200,500,1000,5000", help="KB, comma-separated")
    args = parser.parse_args()
    print(f"{'KB':>6}{'quotes':>8}{'seconds':>10}{'ms per KB':>11}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for kilobytes in map(int, args.sizes.split(",")):
            fresh_database()
            path = Path(tmp) / f"long-{kilobytes}.txt"
            path.write_text(article(kilobytes))
            started = time.perf_counter()
            manage("import_articles", str(path), "-v", "0", "--max-bytes", str(10**8),
                   stdout=subprocess.DEVNULL)  # fmt: skip
            seconds = time.perf_counter() - started
            with psycopg.connect(f"{SERVER}/{DATABASE}") as connection:
                quotes = connection.execute("SELECT count(*) FROM quotes_quote").fetchone()[0]
            print(f"{kilobytes:>6}{quotes:>8}{seconds:>10.2f}{seconds * 1000 / kilobytes:>11.2f}",
                  flush=True)  # fmt: skip
        with psycopg.connect(f"{SERVER}/{DATABASE}") as connection:
            started = time.perf_counter()
            found = connection.execute(
                "SELECT count(*) FROM quotes_quote WHERE search_vector @@ "
                "websearch_to_tsquery('english', '\"publish figure\" vote')"
            ).fetchone()[0]
            print(f"phrase search over the last article's quotes: {found} found in "
                  f"{(time.perf_counter() - started) * 1000:.1f} ms")  # fmt: skip


if __name__ == "__main__":
    main()

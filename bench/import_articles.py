"""Benchmark import_articles on PostgreSQL: speed, memory, re-import, two processes.

    .venv/bin/python bench/import_articles.py [--articles 10000] [--keep] [--database NAME]
        [--workers N]

1. Writes N generated articles to a temporary directory, one at a time.
2. Creates the database claimtracker_importbench afresh and migrates it.
3. Imports everything in one process: wall time, articles per second, peak RSS.
4. Imports it all again: wall time, and rows written (table counts and PostgreSQL's
   own insert/update/delete counters must not move).
5. Recreates the database and runs two import_articles processes side by side over
   disjoint halves of the files: both must succeed, and no speaker may exist twice.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from article_generator import write_articles

ROOT = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("BENCH_SERVER", "postgres://postgres@127.0.0.1:5432")
DATABASE = "claimtracker_importbench"
IMPORT_OPTIONS: list[str] = []  # passed on to every import_articles run
TABLES = [
    "quotes_source",
    "quotes_quote",
    "quotes_speaker",
    "quotes_speakeralias",
    "quotes_historicalquote",
    "quotes_historicalspeaker",
    "quotes_historicalspeakeralias",
]


def recreate_database():
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {DATABASE}")
    manage("migrate", "--noinput", "-v", "0")


def environment():
    return {**os.environ, "DATABASE_URL": f"{SERVER}/{DATABASE}", "SECRET_KEY": "bench"}


def manage(*args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=environment(), check=True)


def start_import(*paths):
    command = [sys.executable, "manage.py", "import_articles", *map(str, paths), "-v", "0"]
    command += IMPORT_OPTIONS
    return subprocess.Popen(
        command, cwd=ROOT, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def finish(process):
    """Wait for one import: (seconds since started, exit status, peak RSS MB, out, err)."""
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return (
        process.returncode,
        usage.ru_maxrss / 1024,
        process.stdout.read().decode(),
        (process.stderr.read().decode()),
    )


def timed_import(*paths):
    started = time.perf_counter()
    code, rss, out, err = finish(start_import(*paths))
    return time.perf_counter() - started, code, rss, out, err


def table_counts():
    with psycopg.connect(f"{SERVER}/{DATABASE}") as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def rows_written_counter():
    """PostgreSQL's cumulative inserts + updates + deletes on the app's tables."""
    time.sleep(1.5)  # statistics reach the shared counters shortly after a backend exits
    with psycopg.connect(f"{SERVER}/{DATABASE}") as connection:
        return connection.execute(
            "SELECT sum(n_tup_ins + n_tup_upd + n_tup_del) FROM pg_stat_user_tables "
            "WHERE relname LIKE 'quotes_%'"
        ).fetchone()[0]


def duplicate_speakers():
    with psycopg.connect(f"{SERVER}/{DATABASE}") as connection:
        return connection.execute(
            "SELECT count(*) FROM (SELECT name FROM quotes_speaker GROUP BY name "
            "HAVING count(*) > 1) AS twice"
        ).fetchone()[0]


def summary_line(out, label):
    return next((line.split()[-1] for line in out.splitlines() if label in line), "0")


def main():
    global DATABASE  # every helper here talks to the one database chosen
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--keep", action="store_true", help="Keep the generated articles.")
    parser.add_argument(
        "--database",
        default=DATABASE,
        help="The PostgreSQL database to drop, create and import into (default: %(default)s).",
    )
    parser.add_argument(
        "--workers",
        type=int,
        help="import_articles --workers (extraction processes beside the importer; "
        "0: all in one process; default: the command's own)",
    )
    options = parser.parse_args()
    DATABASE = options.database
    if options.workers is not None:
        IMPORT_OPTIONS.extend(["--workers", str(options.workers)])

    directory = Path(tempfile.mkdtemp(prefix="claimtracker-bench-"))
    started = time.perf_counter()
    quoted = write_articles(directory, options.articles, per_folder=-(-options.articles // 10))
    size = sum(f.stat().st_size for f in directory.rglob("*.txt")) / 1e6
    print(
        f"generated {options.articles} articles ({size:.1f} MB) in "
        f"{time.perf_counter() - started:.1f}s under {directory}"
    )
    n = options.articles
    rows = []

    recreate_database()
    seconds, code, rss, out, err = timed_import(directory)
    counts = table_counts()
    assert code == 0 and not err, (code, err[-2000:])
    rows.append(("first import, one process", seconds, n / seconds, rss, counts["quotes_quote"]))
    print(out)

    before, counter = table_counts(), rows_written_counter()
    again, code, rss2, _, err2 = timed_import(directory)
    written = rows_written_counter() - counter
    assert code == 0 and not err2, (code, err2[-2000:])
    assert table_counts() == before
    rows.append(("second import (no-op)", again, n / again, rss2, written))

    recreate_database()
    folders = sorted(p for p in directory.iterdir() if p.is_dir())
    halves = folders[0::2], folders[1::2]
    started = time.perf_counter()
    processes = [start_import(*half) for half in halves]
    results = [finish(p) for p in processes]
    both = time.perf_counter() - started
    for code, _, _, err in results:
        assert code == 0 and not err, (code, err[-2000:])
    parallel_counts = table_counts()
    duplicates = duplicate_speakers()
    retries = [summary_line(out, "retried, lost a race") for _, _, out, _ in results]
    rows.append(
        (
            "two processes, halves",
            both,
            n / both,
            max(r[1] for r in results),
            parallel_counts["quotes_quote"],
        )
    )

    print(f"{'run':<28}{'seconds':>9}{'articles/s':>12}{'peak RSS MB':>13}{'rows':>10}")
    for label, secs, rate, peak, count in rows:
        print(f"{label:<28}{secs:>9.1f}{rate:>12.0f}{peak:>13.0f}{count:>10}")
    print(f"speed-up of the second run: {seconds / again:.1f}x; rows it wrote: {written}")
    print(
        f"people and organisations quoted by name: {quoted}; speakers created by "
        f"one process {counts['quotes_speaker']}, by two processes "
        f"{parallel_counts['quotes_speaker']}; speaker names existing twice: {duplicates}; "
        f"retries after a lost race: {', '.join(retries)}"
    )
    if not options.keep:
        for path in sorted(directory.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        directory.rmdir()


if __name__ == "__main__":
    main()

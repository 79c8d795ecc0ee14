"""The portable export (`export_data` / `import_data`) timed on a filled instance.

    .venv/bin/python bench/portable_export.py [--articles 5000] [--postgres]

Builds a source instance (SQLite files in a temporary directory, or with `--postgres`
the PostgreSQL databases `claimtracker_bench_export_a` and `_b`, dropped and made
again): the 170 Wikinews articles (CC BY 2.5, ../shared/corpus/wikinews, see its
LICENSE.md and SOURCES.tsv) and `--articles` generated ones imported with
`import_articles`, then every quote verified once, so each has a history row beyond its
first. It times `export_data` to a .jsonl.gz file and `import_data` of that file into
an empty, migrated instance, and checks that every table the export carries holds the
same number of rows on both sides. Prints one line per step and exits 1 on any
difference.
"""

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from article_generator import write_articles  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "articles"
PG = "postgres://postgres@127.0.0.1:5432/"
TABLES = (
    "quotes_source",
    "quotes_quote",
    "quotes_speaker",
    "quotes_speakeralias",
    "quotes_historicalquote",
    "quotes_historicalspeaker",
    "quotes_claim",
    "auth_user",
)


def environment(url: str) -> dict:
    import os

    return {
        **os.environ,
        "DATABASE_URL": url,
        "SECRET_KEY": "bench-" + "x" * 40,
        "DEBUG": "true",
    }


def manage(url: str, *args: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment(url),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def recreate(name: str) -> str:
    for sql in (f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}"):
        subprocess.run(
            ["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-c", sql],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return PG + name


def counts(url: str) -> dict[str, int]:
    script = (
        "from django.db import connection\n"
        "with connection.cursor() as c:\n"
        f"    for t in {TABLES!r}:\n"
        "        c.execute(f'SELECT COUNT(*) FROM {t}')\n"
        "        print(t, c.fetchone()[0])\n"
    )
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", script],
        cwd=ROOT,
        env=environment(url),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rows = (line.split() for line in out.splitlines())
    return {row[0]: int(row[1]) for row in rows if len(row) == 2 and row[0] in TABLES}


def verify_all(url: str) -> None:
    """Every quote verified by an editor once: a second history row each, as curation
    leaves them."""
    script = (
        "from django.contrib.auth.models import User\n"
        "from quotes.models import Quote\n"
        "from quotes.services.quotes import quotes_set_status\n"
        "editor = User.objects.create_user('bench-editor', is_staff=True)\n"
        "quotes_set_status(quotes=Quote.objects.all(), status=Quote.Status.VERIFIED,"
        " user=editor)\n"
    )
    subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", script],
        cwd=ROOT,
        env=environment(url),
        check=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000, help="generated articles")
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL, not SQLite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        if args.postgres:
            source = recreate("claimtracker_bench_export_a")
            target = recreate("claimtracker_bench_export_b")
        else:
            source = f"sqlite:///{tmp}/a.sqlite3"
            target = f"sqlite:///{tmp}/b.sqlite3"
        generated = tmp_path / "generated"
        write_articles(generated, args.articles)
        manage(source, "migrate", "--noinput")
        spent = manage(source, "import_articles", str(CORPUS), str(generated))
        print(f"source: {170 + args.articles} articles imported in {spent:.1f} s")
        verify_all(source)
        before = counts(source)
        print(
            "source rows:",
            ", ".join(
                f"{t[7:] if t.startswith('quotes_') else t} {n:,}" for t, n in before.items()
            ),
        )
        dump = tmp_path / "claimtracker.jsonl.gz"
        spent = manage(source, "export_data", str(dump))
        print(f"export_data: {spent:.1f} s, {dump.stat().st_size / 1e6:.1f} MB")
        manage(target, "migrate", "--noinput")
        spent = manage(target, "import_data", str(dump))
        print(f"import_data: {spent:.1f} s into an empty instance")
        after = counts(target)
        different = {t: (before[t], after[t]) for t in TABLES if before[t] != after[t]}
        if different:
            print("DIFFERENT row counts (source, restored):", different)
            return 1
        print("every table holds the same rows after the round trip")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Load test: gunicorn on PostgreSQL with 100,000 quotes, the search page and the quote
page driven together by wrk at 8 connections for 60 seconds, on loopback.

    python bench/load_test.py              # loads the data if it is not there yet
    python bench/load_test.py --reload     # loads it afresh
    python bench/load_test.py --cache-seconds 300   # with the anonymous page cache

Database: BENCH_DATABASE_URL, default .../claimtracker_sitebench_100k. Prints requests/s,
p50/p95/p99 and errors; exits 1 if any request failed. The figures go to
bench/out/load-test-cache-<seconds>s.json.
"""

import argparse
import os
import sys

# site_data and site_env read these when imported.
os.environ.setdefault("BENCH_QUOTES", "100000")
os.environ.setdefault("BENCH_SPEAKERS", "5000")
os.environ.setdefault(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/claimtracker_sitebench_100k"
)

from search_load import drive, sample_paths, serve
from site_data import N_CLAIMS, N_QUOTES, load
from site_env import DATABASE_URL, ROOT, manage, save


def fully_loaded() -> bool:
    """Whether a whole load finished: every quote indexed for search (the last step but
    the GIN index) and every verdict in."""
    import psycopg

    try:
        with psycopg.connect(DATABASE_URL) as conn:
            indexed, verdicts = conn.execute(
                "SELECT (SELECT count(*) FROM quotes_quote WHERE search_vector IS NOT NULL),"
                " (SELECT count(*) FROM quotes_verdict)"
            ).fetchone()
            gin = conn.execute("SELECT to_regclass('quote_search_vector_gin')").fetchone()[0]
    except psycopg.Error:
        return False
    return indexed == N_QUOTES and verdicts == N_CLAIMS and gin is not None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds (default 60)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections (8)")
    parser.add_argument("--cache-seconds", type=int, default=0, help="page cache (0: none)")
    parser.add_argument("--reload", action="store_true", help="load the data afresh")
    args = parser.parse_args()
    os.chdir(ROOT)
    if args.reload or not fully_loaded():
        load()
    manage("collectstatic", "--noinput", "-v", "0")
    paths = sample_paths()
    # Half searches (common and rare words, the site's costliest page), half quote pages.
    search = paths["common"] + paths["rare"]
    quotes = paths["detail_cold"][: len(search)]
    with serve(args.cache_seconds) as workers:
        result = drive(
            "search page + quote page",
            search + quotes,
            args.duration,
            args.connections,
            warm_cache=bool(args.cache_seconds),
        )
    errors = result["non_2xx"] + result["socket_errors"]
    report = {
        "quotes": N_QUOTES,
        "workers": workers,
        "connections": args.connections,
        "duration_s": args.duration,
        "page_cache_seconds": args.cache_seconds,
        "urls": {"search": len(search), "quote": len(quotes)},
        **result,
    }
    save(f"load-test-cache-{args.cache_seconds}s", report)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

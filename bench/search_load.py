"""Benchmark of the public site on PostgreSQL: 1,000,000 quotes, ~50,000 speakers.

    python bench/search_load.py load        # synthetic data by COPY, then the search index
    python bench/search_load.py statements  # per-SQL-statement times behind each public page
    python bench/search_load.py http        # gunicorn (2 x cores + 1 workers) driven by wrk
    python bench/search_load.py all         # the three in turn (`make bench-search`)

Database: BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/claimtracker_sitebench.
Results go to bench/out/ (JSON) and stdout. Loopback only; every run is bounded in time.
"""

import argparse
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from site_data import N_CLAIMS, SEED, load, term_lists, vocabulary
from site_env import DATABASE_URL, PORT, ROOT, bench_env, manage, save


def sample_paths():
    """The URLs each scenario requests, and the ids to use."""
    import psycopg

    rng = random.Random(SEED + 2)
    words, _ = vocabulary(random.Random(SEED))
    common, rare = term_lists(words)
    with psycopg.connect(DATABASE_URL) as conn:
        public = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM quotes_quote TABLESAMPLE SYSTEM (5) REPEATABLE (1)"
                " WHERE status <> 'rejected'"
            )
        ]
        top = [r[0] for r in conn.execute("SELECT slug FROM quotes_speaker ORDER BY id LIMIT 20")]
    hot = rng.sample(public, 2000)
    return {
        "common": [f"/quotes/?q={t}" for t in common],
        "rare": [f"/quotes/?q={t}" for t in rare],
        "rare_newest": [f"/quotes/?q={t}&order=newest" for t in rare],
        "detail_hot": [f"/quotes/{i}/" for i in hot],
        "detail_cold": [f"/quotes/{i}/" for i in rng.sample(public, min(20_000, len(public)))],
        "speakers": [f"/speakers/{s}/" for s in top],
    }


# ---------------------------------------------------------------- statements


def statements(rounds: int = 20):
    """Run each public page in-process, capture its SQL, and time every statement
    again on its own (the page's first run warms the cache; reported is p95)."""
    os.environ.update(bench_env())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "claimtracker.settings")
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    paths = sample_paths()
    rng = random.Random(SEED + 3)
    with connection.cursor() as cur:
        cur.execute("SELECT max(id) FROM quotes_source")
        n_sources = cur.fetchone()[0]
    pages = {
        "home": ["/"],
        "search common": paths["common"],
        "search rare": paths["rare"],
        "search common newest": [p + "&order=newest" for p in paths["common"]],
        "search rare newest": paths["rare_newest"],
        "search rare oldest": [p + "&order=oldest" for p in paths["rare"]],
        "search rare + speaker": [
            p + "&speaker=" + s.split("/")[2]
            for p, s in zip(paths["rare"], paths["speakers"] * 20, strict=False)
        ],
        "list newest (no words)": ["/quotes/", "/quotes/?page=40", "/quotes/?order=oldest"],
        "quote detail": paths["detail_cold"][:rounds],
        "speaker list": ["/speakers/", "/speakers/?q=Zelenski", "/speakers/?q=Kowalsky"],
        "speaker detail": paths["speakers"],
        "source detail": [f"/sources/{rng.randrange(1, n_sources)}/" for _ in range(rounds)],
        "claims": ["/claims/", "/claims/?verdict=false"],
        "claim detail": [f"/claims/{rng.randrange(1, N_CLAIMS)}/" for _ in range(rounds)],
        "search feed": [f"/quotes/feed/?q={t.split('=')[1]}" for t in paths["rare"][:rounds]],
        "quotes.json": [p.replace("/quotes/", "/quotes.json") for p in paths["common"][:rounds]],
    }
    client = Client()
    report = {}
    for page, urls in pages.items():
        times: list[float] = []
        worst = (0.0, "")
        for url in urls[:rounds]:
            cache.clear()
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url)
                assert response.status_code == 200, (url, response.status_code)
            for query in captured.captured_queries:
                sql = query["sql"]
                if not sql.lstrip("( ").upper().startswith(("SELECT", "WITH")):
                    continue  # writes (a rate-limit counter, a cache entry) run once
                with connection.cursor() as cur:
                    t = time.perf_counter()
                    cur.execute(sql)
                    if cur.description:
                        cur.fetchall()
                    elapsed = (time.perf_counter() - t) * 1000
                times.append(elapsed)
                worst = max(worst, (elapsed, f"{url}: {sql[:160]}"))
        times.sort()
        report[page] = {
            "statements": len(times),
            "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
            "max_ms": round(times[-1], 2),
            "slowest": worst[1],
        }
        print(
            f"{page:28} p50 {report[page]['p50_ms']:7.2f} ms  p95 "
            f"{report[page]['p95_ms']:7.2f} ms  max {report[page]['max_ms']:7.2f} ms",
            flush=True,
        )
    save("statements", report)
    return report


# ---------------------------------------------------------------- http

WRK_SCRIPT = """
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[math.random(#paths)])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %.2f, "rps": %.1f, "p50_ms": %.2f, "p95_ms": %.2f, '
    .. '"p99_ms": %.2f, "max_ms": %.2f, "non_2xx": %d, "socket_errors": %d}\\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, e.status,
    e.connect + e.read + e.write + e.timeout))
end
"""


@contextlib.contextmanager
def serve(cache_seconds: int = 0, **extra_env):
    """gunicorn (2 x cores + 1 workers, production settings) on PORT until the block ends;
    `cache_seconds` is PUBLIC_PAGE_CACHE_SECONDS (0: no page cache); `extra_env` more
    settings. Yields the number of workers; `serve.pid` is the master's process id."""
    workers = 2 * (os.cpu_count() or 1) + 1
    # Production settings serve hashed static files: without the manifest every page fails
    # (a fresh checkout has none).
    manage("collectstatic", "--noinput", "-v", "0")
    # With a page cache, one shared by all workers (files in shared memory), as a
    # production set-up shares one (CACHE_URL=redis://... or memcached).
    cache_dir = Path("/dev/shm/claimtracker-sitebench-cache")
    subprocess.run(["rm", "-rf", str(cache_dir)], check=True)
    env = bench_env(
        **{
            "CONN_MAX_AGE": "600",
            "LOG_LEVEL": "ERROR",
            "PUBLIC_PAGE_CACHE_SECONDS": str(cache_seconds),
            "CACHE_URL": f"filecache://{cache_dir}?max_entries=200000",
            **extra_env,
        }
    )
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "claimtracker.wsgi",
            "-w",
            str(workers),
            "-b",
            f"127.0.0.1:{PORT}",
            "--access-logfile",
            "-",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    serve.pid = server.pid
    try:
        wait_for(f"http://127.0.0.1:{PORT}/")
        yield workers
    finally:
        server.terminate()
        server.wait(timeout=30)


def drive(name, urls, duration, connections, warm_cache=False):
    """wrk over `urls` (each request picks one at random) for `duration` seconds, after
    5 s of warm-up; prints and returns the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "paths.lua"
        script.write_text(WRK_SCRIPT)
        listing = Path(tmp) / "paths.txt"
        listing.write_text("\n".join(urls) + "\n")
        if warm_cache:  # every URL once, so the measured run reads the page cache
            warm(sorted(set(urls)))
        run_wrk(script, listing, 5, connections)
        result = run_wrk(script, listing, duration, connections)
    print(
        f"{name:40} {result['rps']:8.1f} req/s  p50 {result['p50_ms']:7.2f}  "
        f"p95 {result['p95_ms']:7.2f}  p99 {result['p99_ms']:7.2f} ms  "
        f"errors {result['non_2xx'] + result['socket_errors']}",
        flush=True,
    )
    return result


def http(duration: int = 30, connections: int = 10, cache_seconds: int = 60, only: str = ""):
    """Every scenario in turn against one server."""
    paths = sample_paths()
    scenarios = {
        "mixed common+rare search": paths["common"] + paths["rare"][: len(paths["common"])],
        "selective (rare) search": paths["rare"],
        "rare search, newest first": paths["rare_newest"],
        "quote detail (2,000 hot quotes)": paths["detail_hot"],
        "quote detail (random of 1M, uncached)": paths["detail_cold"],
    }
    report = {"duration_s": duration, "connections": connections}
    report["page_cache_seconds"] = cache_seconds
    with serve(cache_seconds) as workers:
        report["workers"] = workers
        for name, urls in scenarios.items():
            if only in name:
                warm_cache = bool(cache_seconds) and "uncached" not in name
                report[name] = drive(name, urls, duration, connections, warm_cache)
    suffix = "-" + "-".join(only.split()) if only else ""
    save(f"http-cache-{cache_seconds}s{suffix}", report)
    return report


def run_wrk(script, listing, duration, connections, base=None):
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{duration}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            base or f"http://127.0.0.1:{PORT}",
        ],
        env={**os.environ, "BENCH_PATHS": str(listing)},
        capture_output=True,
        text=True,
        check=True,
        timeout=duration + 60,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def warm(paths, threads=4):
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor

    def get(path):
        with urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=30) as response:
            response.read()

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(get, paths))


def wait_for(url, seconds=30):
    import urllib.request

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {seconds}s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=["load", "statements", "http", "all"])
    parser.add_argument("--duration", type=int, default=30, help="seconds per wrk scenario")
    parser.add_argument("--only", default="", help="run only the scenarios whose name has this")
    parser.add_argument(
        "--cache-seconds",
        type=int,
        action="append",
        help="PUBLIC_PAGE_CACHE_SECONDS for the server; repeat to run several (default: 0, 300)",
    )
    args = parser.parse_args()
    os.chdir(ROOT)
    if args.step in ("load", "all"):
        load()
    if args.step in ("statements", "all"):
        manage("collectstatic", "--noinput", "-v", "0")  # its pages use hashed static files
        statements()
    if args.step in ("http", "all"):
        # 300 s: long enough that the warm-up's entries outlive the measured run.
        for seconds in args.cache_seconds or [0, 300]:
            print(f"-- page cache {seconds}s", flush=True)
            http(args.duration, cache_seconds=seconds, only=args.only)


if __name__ == "__main__":
    main()

"""CPU per uncached public page, in process: what a page costs in Python when the page
cache has no copy of it (the search page for common and for rare words, the quote page).

    python bench/render_pages.py                    # every kind, 5 rounds in turn
    python bench/render_pages.py --rounds 9 --kinds quote
    python bench/render_pages.py --profile search-common --sort cumulative

Django's test Client against the loaded 100,000-quote database (BENCH_DATABASE_URL,
default .../claimtracker_sitebench_100k; `python bench/load_test.py` loads it),
production-like settings (DEBUG off) and PUBLIC_PAGE_CACHE_SECONDS=0. CPU time is this
process's own (PostgreSQL's is not in it), so it holds up on a busy machine better
than wall time, which is printed beside it. Rounds go through the kinds in turn, so a
change in the machine's load touches every kind alike; the median is reported.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import time

# site_data and site_env read these when imported.
os.environ.setdefault("BENCH_QUOTES", "100000")
os.environ.setdefault("BENCH_SPEAKERS", "5000")
os.environ.setdefault(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/claimtracker_sitebench_100k"
)

from search_load import sample_paths
from site_env import ROOT, bench_env, manage

PER_KIND = 100  # requests per kind and round


def kinds() -> dict[str, list[str]]:
    paths = sample_paths()
    return {
        "search-common": paths["common"][:PER_KIND],
        "search-rare": paths["rare"][:PER_KIND],
        "quote": paths["detail_cold"][:PER_KIND],
    }


def setup_django():
    os.environ.update(bench_env(PUBLIC_PAGE_CACHE_SECONDS="0"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "claimtracker.settings")
    import django

    django.setup()
    from django.test import Client

    return Client()


def timed(client, urls) -> tuple[float, float]:
    """(CPU ms, wall ms) per request over `urls`."""
    cpu, wall = time.process_time(), time.perf_counter()
    for url in urls:
        client.get(url)
    n = len(urls)
    return 1000 * (time.process_time() - cpu) / n, 1000 * (time.perf_counter() - wall) / n


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="passes over every kind (5)")
    parser.add_argument("--kinds", nargs="+", help="search-common, search-rare, quote (all)")
    parser.add_argument("--profile", metavar="KIND", help="cProfile one kind (CPU clock)")
    parser.add_argument("--sort", default="tottime", help="profile order (tottime)")
    args = parser.parse_args()
    os.chdir(ROOT)
    manage("collectstatic", "--noinput", "-v", "0")  # the manifest the pages link to
    pages = kinds()
    chosen = [args.profile] if args.profile else args.kinds or list(pages)
    client = setup_django()
    for kind in chosen:  # warm: connections, templates, URL resolvers, the rank window
        for url in pages[kind][:10]:
            status = client.get(url).status_code
            assert status == 200, f"{url}: {status}"
    if args.profile:
        profile = cProfile.Profile(time.process_time)
        profile.runcall(timed, client, pages[args.profile])
        pstats.Stats(profile).sort_stats(args.sort).print_stats(50)
        return
    results = {kind: [] for kind in chosen}
    for _ in range(args.rounds):
        for kind in chosen:
            results[kind].append(timed(client, pages[kind]))
    print(f"{'page':<14} {'CPU ms (median)':>16} {'min':>6} {'max':>6} {'wall ms':>8}")
    for kind, runs in results.items():
        cpu = [c for c, _ in runs]
        wall = statistics.median(w for _, w in runs)
        print(
            f"{kind:<14} {statistics.median(cpu):>16.2f} {min(cpu):>6.2f} {max(cpu):>6.2f}"
            f" {wall:>8.2f}"
        )


if __name__ == "__main__":
    main()

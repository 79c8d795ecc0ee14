"""Benchmark of the public site on PostgreSQL: 1,000,000 quotes, ~50,000 speakers.

    python bench/search_load.py load        # synthetic data by COPY, then the search index
    python bench/search_load.py statements  # per-SQL-statement times behind each public page
    python bench/search_load.py http        # gunicorn (2 x cores + 1 workers) driven by wrk
    python bench/search_load.py all         # the three in turn (`make bench-search`)

Database: BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/claimtracker_sitebench.
Results go to bench/out/ (JSON) and stdout. Loopback only; every run is bounded in time.
"""

import argparse
import datetime
import hashlib
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/claimtracker_sitebench"
)
N_QUOTES = int(os.environ.get("BENCH_QUOTES", 1_000_000))
N_SPEAKERS = int(os.environ.get("BENCH_SPEAKERS", 50_000))
QUOTES_PER_SOURCE = 8
N_CLAIMS = N_QUOTES // 200
PORT = int(os.environ.get("BENCH_PORT", 8011))
sys.path.insert(0, str(ROOT))
SEED = 20251214

FIRST = """Anna Ben Carla David Elena Farid Greta Hans Ines Jonas Kaja Luis Maria Nils Olga Pavel
Rosa Samir Tanja Ugo Vera Walter Xenia Yusuf Zofia Adam Bettina Cyril Dora Emil Fatima Gustav
Hana Igor Julia Karim Lena Marek Nadia Oskar Petra Rafael Sofia Tomas Ulla Viktor Wanda Yann
Zeynep Aleksander Birgit Chiara Dmitri Eva Felix Giulia Henrik Irena Jakub Katarina Lorenzo
Mila Nikolai Olena Piotr Renata Stefan Teresa Valentin Wiktoria Arjun Bianca Carlos Daria
Enzo Freya Goran Helga Ivan Jana Kostas Lucia Matteo Nora Otto Paula Radek Sanne Timo Ursula
Vasyl Wim Yara Zdenek Agnes Bruno Clara Dario Edith Fabian Gisela Hugo Ida Jens Klara Leon
Magda Noah Oliwia Paolo Quentin Rita Sven Tilda Uwe Vlad Wilma Xavier Yvonne Zoltan""".split()
LAST = """Novak Schmidt Rossi Kowalski Petrov Dubois Jensen Horvat Silva Garcia Muller Nowak
Ivanova Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Neumann
Schwarz Zimmermann Braun Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Schmid
Schulze Maier Kohler Herrmann Walter Konig Mayer Huber Kaiser Fuchs Peters Lang Scholz Moller
Weiss Jung Hahn Vogel Friedrich Keller Gunther Frank Berger Winkler Roth Beck Lorenz Baumann
Franke Albrecht Schuster Simon Ludwig Bohm Winter Kraus Martin Kramer Vogt Stein Jager Otto
Sommer Gross Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Pohl
Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Bianchi Romano Colombo
Ricci Marino Greco Bruno Gallo Conti Esposito Costa Giordano Mancini Rizzo Lombardi Moretti
Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile
Martinelli Vitale Lombardo Serra Coppola Santis Marchetti Parisi Villa Conte Ferraro Ferri
Fabbri Bianco Marini Grasso Valentini Messina Sala Rossetti Gatti Pellegrini Palumbo Sanna
Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Pellegrino Carbone
Giuliani Benedetti Barone Orlando Damico Palmieri Bernardi Martino Fiore Ruggiero Sartori
Kovacs Szabo Toth Nagy Varga Kiss Molnar Nemeth Farkas Balogh Papp Takacs Juhasz Lakatos
Meszaros Olah Simon Racz Fekete Szilagyi Torok Feher Balazs Gal Kis Szucs Kocsis Orsos Pinter
Fodor Szalai Sipos Magyar Lukacs Gulyas Biro Kiraly Katona Laszlo Jakab Bogdan Balog Sandor
Boros Fazekas Kelemen Antal Orban Somogyi Fulop Veres Budai Hegedus Deak Pal Vincze Bodnar
Illes Lengyel Fischer Vass Szekeres Bakos Major Hajdu Sarkozi Mate Kozma Bozsik Bognar Novakova
Dvorak Cerny Prochazka Kucera Vesely Horak Nemec Pokorny Marek Pospisil Hajek Jelinek Kral
Ruzicka Benes Fiala Sedlacek Dolezal Zeman Kolar Navratil Cermak Vanek Urban Blaha Kriz""".split()
TOP_WORDS = """government security people country economy war peace minister president talks
europe ukraine russia nato sanctions energy prices inflation support border military troops
agreement deal negotiations guarantees future decision parliament election vote budget taxes
workers jobs growth market trade tariffs exports industry climate emissions power gas oil
health hospitals schools children families housing rents police crime justice court law rights
freedom democracy citizens voters reform crisis recovery investment banks debt interest rates
allies partners alliance defence weapons missiles drones attack ceasefire refugees migration
asylum borders sovereignty territory occupation invasion aid humanitarian reconstruction cities
villages farmers grain harvest food water electricity infrastructure railways roads transport
technology innovation digital internet media journalists truth lies responsibility leadership
stability solidarity unity independence history generation victory compromise dialogue
pressure""".split()
STOP = "we the a to of and in that is it will not be this our for are have they with".split()
OUTLETS = [
    "Example News",
    "Daily Planet",
    "The Courier",
    "Morning Post",
    "Evening Standard",
    "Global Wire",
    "City Herald",
    "The Observer Online",
]
CUES = ["said", "told reporters", "warned", "added", "said in a statement", "argued", "insisted"]


def pseudo_words(n: int, rng: random.Random) -> list[str]:
    """Pronounceable made-up words for the long tail of the vocabulary."""
    onsets = "b c d f g h j k l m n p r s t v z br dr gr kr pl st tr sk".split()
    vowels = "a e i o u ai ea io".split()
    codas = ["", "n", "r", "s", "l", "m", "nd", "rt", "st"]
    seen, words = set(TOP_WORDS), []
    while len(words) < n:
        w = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(2, 3)))
        w += rng.choice(codas)
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def vocabulary(rng):
    words = TOP_WORDS + pseudo_words(30_000, rng)
    weights = [1.0 / (rank + 50) for rank in range(1, len(words) + 1)]  # Zipf-Mandelbrot
    cumulative, total = [], 0.0
    for w in weights:
        total += w
        cumulative.append(total)
    return words, cumulative


def term_lists(words):
    """Common terms: the 100 most frequent words (~1-4% of quotes each). Rare terms:
    words ranked 15,000-30,000 (tens of quotes each)."""
    rng = random.Random(SEED + 1)
    common = words[:100]
    rare = rng.sample(words[15_000:30_000], 300)
    return common, rare


# ---------------------------------------------------------------- load


def psql(sql: str, db: str = "postgres"):
    base = DATABASE_URL.rsplit("/", 1)[0]
    subprocess.run(["psql", f"{base}/{db}", "-v", "ON_ERROR_STOP=1", "-qc", sql], check=True)


def load():
    import psycopg

    db = DATABASE_URL.rsplit("/", 1)[1]
    assert db.startswith("claimtracker_sitebench"), "refusing to load into " + db
    started = time.monotonic()
    psql(f"DROP DATABASE IF EXISTS {db}")
    psql(f"CREATE DATABASE {db}")
    manage("migrate", "--noinput", "-v", "0")
    manage("loaddata", "fixtures/rating_scales.json", "-v", "0")
    rng = random.Random(SEED)
    words, cumulative = vocabulary(rng)
    now = datetime.datetime.now(datetime.UTC)
    with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
        speakers = copy_speakers(conn, rng, now)
        copy_sources_and_quotes(conn, rng, now, speakers, words, cumulative)
        copy_claims(conn, rng, now)
        for table in [
            "quotes_speaker",
            "quotes_speakeralias",
            "quotes_source",
            "quotes_quote",
            "quotes_claim",
            "quotes_verdict",
        ]:
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
        print(f"copied in {time.monotonic() - started:.0f}s", flush=True)
        t = time.monotonic()
        conn.execute("DROP INDEX quote_search_vector_gin")
        conn.execute("VACUUM ANALYZE")
    # The importer's own code path: QuoteQuerySet.refresh_search_index, in batches.
    manage("rebuild_search_index", "--batch-size", "50000")
    with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
        print(f"search vectors in {time.monotonic() - t:.0f}s", flush=True)
        t = time.monotonic()
        conn.execute("SET maintenance_work_mem = '1GB'")
        conn.execute(
            "CREATE INDEX quote_search_vector_gin ON quotes_quote USING gin (search_vector)"
        )
        conn.execute("VACUUM ANALYZE")
        print(f"GIN index in {time.monotonic() - t:.0f}s", flush=True)
    print(f"load done in {time.monotonic() - started:.0f}s", flush=True)


def copy_speakers(conn, rng, now):
    from quotes.extraction.names import alias_key

    names = sorted({f"{f} {last}" for last in LAST for f in FIRST})
    rng.shuffle(names)
    initials, seen = "ABCDEFGHJKLMNPRSTW", set(names)
    while len(names) < N_SPEAKERS:  # then "Anna K. Novak": more people than name pairs
        name = f"{rng.choice(FIRST)} {rng.choice(initials)}. {rng.choice(LAST)}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    names = names[:N_SPEAKERS]
    keys = set()
    with conn.cursor() as cur:
        with cur.copy(
            "COPY quotes_speaker (id, name, slug, kind, description, wikidata_id, created_at,"
            " updated_at) FROM STDIN"
        ) as copy:
            for i, name in enumerate(names, 1):
                slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
                copy.write_row((i, name, slug, "person", "Minister for Examples", "", now, now))
        with cur.copy(
            "COPY quotes_speakeralias (speaker_id, name, key, created_at) FROM STDIN"
        ) as copy:
            for i, name in enumerate(names, 1):
                first, last = name.split(" ", 1)
                variants = [name, f"Mr {last} {first[0]}", name.replace("v", "w").replace("y", "i")]
                for variant in variants:
                    key = alias_key(variant)
                    if key not in keys:
                        keys.add(key)
                        copy.write_row((i, variant, key, now))
    return names


def sentence(rng, words, cumulative, n):
    picked = rng.choices(words, cum_weights=cumulative, k=n)
    stops = rng.choices(STOP, k=n // 2)
    out = []
    for i, w in enumerate(picked):
        out.append(w)
        if i < len(stops):
            out.append(stops[i])
    text = " ".join(out)
    return text[0].upper() + text[1:]


def copy_sources_and_quotes(conn, rng, now, speakers, words, cumulative):
    n_sources = N_QUOTES // QUOTES_PER_SOURCE
    speaker_ids = range(1, len(speakers) + 1)
    speaker_cumulative, total = [], 0.0
    for rank in speaker_ids:
        total += 1.0 / (rank + 5)
        speaker_cumulative.append(total)
    start_day = datetime.date(2015, 1, 1)
    quote_rows = []
    with (
        conn.cursor() as cur,
        cur.copy(
            "COPY quotes_source (id, headline, standfirst, body, published_on, outlet, url,"
            " language, content_hash, origin_file, extractor_version, imported_at) FROM STDIN"
        ) as copy,
    ):
        for source_id in range(1, n_sources + 1):
            day = start_day + datetime.timedelta(days=rng.randrange(4000))
            headline = sentence(rng, words, cumulative, 5)
            who = rng.choices(speaker_ids, cum_weights=speaker_cumulative, k=3)
            paragraphs = [f"{headline}, the talks went on."]
            offset = len(paragraphs[0]) + 1
            for p in range(QUOTES_PER_SOURCE):
                text = sentence(rng, words, cumulative, rng.randint(8, 16))
                speaker_id = who[p % 3]
                cue = rng.choice(CUES)
                para = f"“{text},” {speakers[speaker_id - 1]} {cue}."
                roll = rng.random()
                status = "rejected" if roll < 0.01 else "verified" if roll < 0.05 else "unreviewed"
                quote_rows.append(
                    (
                        len(quote_rows) + 1,
                        source_id,
                        speaker_id,
                        speakers[speaker_id - 1],
                        text + ",",
                        "direct",
                        "body",
                        cue,
                        len(paragraphs),
                        offset,
                        offset + len(text) + 3,
                        "cue-after",
                        0.9,
                        "alias",
                        status,
                        "machine",
                        day,
                        "bench",
                        now,
                    )
                )
                paragraphs.append(para)
                offset += len(para) + 1
            body = "\n".join(paragraphs)
            digest = hashlib.sha256(f"{source_id}{body}".encode()).hexdigest()
            copy.write_row(
                (
                    source_id,
                    headline,
                    "",
                    body,
                    day,
                    rng.choice(OUTLETS),
                    f"https://news.example.org/{source_id}",
                    "en",
                    digest,
                    f"bench/{source_id}.txt",
                    "bench",
                    now,
                )
            )
    print(f"  {n_sources} sources", flush=True)
    with (
        conn.cursor() as cur,
        cur.copy(
            "COPY quotes_quote (id, source_id, speaker_id, speaker_mention, text, kind, location,"
            ' cue, paragraph, start, "end", attribution_rule, attribution_confidence,'
            " speaker_match, status, origin, said_on, extractor_version, created_at)"
            " FROM STDIN"
        ) as copy,
    ):
        for row in quote_rows:
            copy.write_row(row)
    print(f"  {len(quote_rows)} quotes", flush=True)


def copy_claims(conn, rng, now):
    ratings = [r[0] for r in conn.execute("SELECT id FROM quotes_rating ORDER BY id")]
    with conn.cursor() as cur:
        quote_ids = rng.sample(range(1, N_QUOTES + 1), N_CLAIMS)
        speakers = dict(
            cur.execute(
                "SELECT id, speaker_id FROM quotes_quote WHERE id = ANY(%s)", [quote_ids]
            ).fetchall()
        )
        with cur.copy(
            "COPY quotes_claim (id, text, slug, claimant_id, status, created_at, updated_at)"
            " FROM STDIN"
        ) as copy:
            for i, qid in enumerate(quote_ids, 1):
                copy.write_row(
                    (i, f"Claim number {i}", f"claim-{i}", speakers[qid], "published", now, now)
                )
        with cur.copy("COPY quotes_claim_appearances (claim_id, quote_id) FROM STDIN") as copy:
            for i, qid in enumerate(quote_ids, 1):
                copy.write_row((i, qid))
        with cur.copy(
            "COPY quotes_verdict (id, claim_id, rating_id, explanation, published_at, updated_at)"
            " FROM STDIN"
        ) as copy:
            for i in range(1, N_CLAIMS + 1):
                copy.write_row((i, i, rng.choice(ratings), "Checked against the record.", now, now))


# ---------------------------------------------------------------- environment


def bench_env(**extra):
    return {
        **os.environ,
        "DATABASE_URL": DATABASE_URL,
        "SECRET_KEY": "bench-" + "x" * 40,
        "DEBUG": "false",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        **extra,
    }


def manage(*args, **env):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=bench_env(**env), check=True)


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
        "detail_cold": [f"/quotes/{i}/" for i in rng.sample(public, 20_000)],
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


def http(duration: int = 30, connections: int = 10, cache_seconds: int = 60):
    """wrk against gunicorn; `cache_seconds` is PUBLIC_PAGE_CACHE_SECONDS (0: no page cache)."""
    workers = 2 * (os.cpu_count() or 1) + 1
    paths = sample_paths()
    # With a page cache, one shared by all workers (files in shared memory), as a
    # production set-up shares one (CACHE_URL=redis://... or memcached).
    cache_dir = Path("/dev/shm/claimtracker-sitebench-cache")
    subprocess.run(["rm", "-rf", str(cache_dir)], check=True)
    env = bench_env(
        CONN_MAX_AGE="600",
        LOG_LEVEL="ERROR",
        PUBLIC_PAGE_CACHE_SECONDS=str(cache_seconds),
        CACHE_URL=f"filecache://{cache_dir}?max_entries=200000",
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
    scenarios = {
        "mixed common+rare search": paths["common"] + paths["rare"][: len(paths["common"])],
        "selective (rare) search": paths["rare"],
        "rare search, newest first": paths["rare_newest"],
        "quote detail (2,000 hot quotes)": paths["detail_hot"],
        "quote detail (random of 1M, uncached)": paths["detail_cold"],
    }
    report = {
        "workers": workers,
        "duration_s": duration,
        "connections": connections,
        "page_cache_seconds": cache_seconds,
    }
    try:
        wait_for(f"http://127.0.0.1:{PORT}/")
        with tempfile.TemporaryDirectory() as tmp:
            script = Path(tmp) / "paths.lua"
            script.write_text(WRK_SCRIPT)
            for name, urls in scenarios.items():
                listing = Path(tmp) / "paths.txt"
                listing.write_text("\n".join(urls) + "\n")
                # Warm-up: every URL once when pages are cached, then connections.
                if cache_seconds and "uncached" not in name:
                    warm(sorted(set(urls)))
                run_wrk(script, listing, 5, connections)
                result = run_wrk(script, listing, duration, connections)
                report[name] = result
                print(
                    f"{name:40} {result['rps']:8.1f} req/s  p50 {result['p50_ms']:7.2f}  "
                    f"p95 {result['p95_ms']:7.2f}  p99 {result['p99_ms']:7.2f} ms  "
                    f"errors {result['non_2xx'] + result['socket_errors']}",
                    flush=True,
                )
    finally:
        server.terminate()
        server.wait(timeout=30)
    save(f"http-cache-{cache_seconds}s", report)
    return report


def run_wrk(script, listing, duration, connections):
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
            f"http://127.0.0.1:{PORT}",
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


def save(name, data):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.json").write_text(json.dumps(data, indent=2))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=["load", "statements", "http", "all"])
    parser.add_argument("--duration", type=int, default=30, help="seconds per wrk scenario")
    parser.add_argument(
        "--cache-seconds",
        type=int,
        action="append",
        help="PUBLIC_PAGE_CACHE_SECONDS for the server; repeat to run several (default: 0, 300)",
    )
    args = parser.parse_args()
    os.chdir(ROOT)
    if args.step != "load":  # production settings serve hashed static files
        manage("collectstatic", "--noinput", "-v", "0")
    if args.step in ("load", "all"):
        load()
    if args.step in ("statements", "all"):
        statements()
    if args.step in ("http", "all"):
        # 300 s: long enough that the warm-up's entries outlive the measured run.
        for seconds in args.cache_seconds or [0, 300]:
            print(f"-- page cache {seconds}s", flush=True)
            http(args.duration, cache_seconds=seconds)


if __name__ == "__main__":
    main()

"""Claimtracker beside Datasette on the same million quotes, driven with the same URLs.

    .venv/bin/python bench/peers/datasette.py [--duration 20] [--connections 8]

After `python bench/search_load.py load` (the search benchmark's 1,000,000 quotes):
1. copies the quotes (text, speaker name, headline, date) into a SQLite file with an FTS5
   index (porter stemming over unicode61) of the text, speaker name and headline;
2. serves it with Datasette 0.65.5 (default settings, suggest_facets off) in a virtual
   environment of its own (.venv-datasette, made on first use: Datasette is a peer for
   this benchmark, never a dependency of the site), with a canned query ranked by bm25
   with a snippet, top 20 (`/quotes/search?q=...`);
3. serves Claimtracker with gunicorn, no page cache (bench/search_load.py's `serve`);
4. drives each with wrk (2 threads), the same terms for both: rare words, then the
   100 common words mixed with as many rare ones; prints requests/s, p95 and the ratio.
Results in bench/out/peer-datasette.json.
"""

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from search_load import PORT, WRK_SCRIPT, run_wrk, serve, wait_for  # noqa: E402
from site_data import SEED, term_lists, vocabulary  # noqa: E402
from site_env import DATABASE_URL, ROOT, save  # noqa: E402

VENV = ROOT / ".venv-datasette"
DATASETTE = "datasette==0.65.5"
PEER_DB = Path(os.environ.get("PEER_DB", "/tmp/claimtracker-peer/quotes.db"))
PEER_PORT = PORT + 1
CANNED = """
select q.id, q.said_on, q.speaker, q.headline,
       snippet(quotes_fts, 0, '<b>', '</b>', '…', 16) as snippet
from quotes_fts join quotes q on q.id = quotes_fts.rowid
where quotes_fts match :q
order by bm25(quotes_fts, 10.0, 4.0, 2.0), q.id desc
limit 20
"""


def install():
    if not (VENV / "bin" / "datasette").exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([VENV / "bin" / "pip", "install", "-q", DATASETTE], check=True)


def copy_quotes():
    """The benchmark's public quotes into SQLite with FTS5 (a minute or two)."""
    import psycopg

    if PEER_DB.exists():
        return
    PEER_DB.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    lite = sqlite3.connect(PEER_DB)
    lite.execute(
        "CREATE TABLE quotes (id INTEGER PRIMARY KEY, text TEXT, speaker TEXT, "
        "headline TEXT, said_on TEXT)"
    )
    with psycopg.connect(DATABASE_URL) as conn, conn.cursor(name="peer") as cursor:
        cursor.execute(
            "SELECT q.id, q.text, s.name, src.headline, q.said_on::text FROM quotes_quote q "
            "LEFT JOIN quotes_speaker s ON s.id = q.speaker_id "
            "JOIN quotes_source src ON src.id = q.source_id WHERE q.status <> 'rejected'"
        )
        while rows := cursor.fetchmany(20_000):
            lite.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?)", rows)
    lite.execute(
        "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, headline, "
        "content='quotes', content_rowid='id', tokenize='porter unicode61')"
    )
    lite.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")
    lite.commit()
    lite.close()
    print(f"copied into {PEER_DB} in {time.monotonic() - started:.0f}s", flush=True)


def serve_datasette():
    metadata = PEER_DB.parent / "metadata.json"
    metadata.write_text(json.dumps({"databases": {"quotes": {"queries": {"search": CANNED}}}}))
    return subprocess.Popen(
        [
            VENV / "bin" / "datasette", "serve", str(PEER_DB), "-m", str(metadata),
            "-p", str(PEER_PORT), "--setting", "suggest_facets", "off",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip


def drive(base: str, paths: list[str], duration: int, connections: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "paths.lua"
        script.write_text(WRK_SCRIPT)
        listing = Path(tmp) / "paths.txt"
        listing.write_text("\n".join(paths) + "\n")
        run_wrk(script, listing, 5, connections, base=base)  # warm-up
        return run_wrk(script, listing, duration, connections, base=base)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=20)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    install()
    copy_quotes()
    words, _ = vocabulary(random.Random(SEED))
    common, rare = term_lists(words)
    scenarios = {"rare words": rare, "common and rare words": common + rare[: len(common)]}
    report = {"duration_s": args.duration, "connections": args.connections}
    peer = serve_datasette()
    try:
        wait_for(f"http://127.0.0.1:{PEER_PORT}/quotes")
        with serve(0) as workers:
            report["claimtracker_workers"] = workers
            for name, terms in scenarios.items():
                ours = drive(
                    f"http://127.0.0.1:{PORT}", [f"/quotes/?q={t}" for t in terms],
                    args.duration, args.connections,
                )  # fmt: skip
                theirs = drive(
                    f"http://127.0.0.1:{PEER_PORT}", [f"/quotes/search?q={t}" for t in terms],
                    args.duration, args.connections,
                )  # fmt: skip
                ratio = ours["rps"] / theirs["rps"] if theirs["rps"] else float("inf")
                report[name] = {"claimtracker": ours, "datasette": theirs, "ratio": ratio}
                print(
                    f"{name:24} Claimtracker {ours['rps']:7.1f} req/s p95 {ours['p95_ms']:7.1f} ms"
                    f" | Datasette {theirs['rps']:7.1f} req/s p95 {theirs['p95_ms']:7.1f} ms"
                    f" | ratio {ratio:4.2f}x  (errors {ours['non_2xx'] + ours['socket_errors']}"
                    f"/{theirs['non_2xx'] + theirs['socket_errors']})",
                    flush=True,
                )
    finally:
        peer.terminate()
        peer.wait(timeout=30)
    save("peer-datasette", report)


if __name__ == "__main__":
    main()

"""Exports under load, on the search benchmark's 1,000,000 quotes (load them first with
`python bench/search_load.py load`):

    .venv/bin/python bench/export_load.py [--duration 20]

1. /quotes.csv (a page of EXPORT_MAX_ROWS rows), a deep page, a search's CSV, JSON, the
   feeds: time to the first byte, the whole download, its size;
2. the gunicorn workers' peak memory (RSS) while one worker streams a CSV page;
3. /quotes/<id>/ (random quotes of the million, no page cache) driven by wrk, alone and
   then while five clients download CSV pages in a loop (waiting when the server says it
   is busy: EXPORT_STREAMS): requests/s and p95.
Results in bench/out/exports.json.
"""

import argparse
import subprocess
import threading
import time
import urllib.error
import urllib.request

from search_load import PORT, drive, sample_paths, save, serve

BASE = f"http://127.0.0.1:{PORT}"


def download(path: str) -> dict:
    """One download: time to the first byte of the body, and to its end."""
    started = time.perf_counter()
    with urllib.request.urlopen(BASE + path, timeout=120) as response:
        first = response.read(1)
        first_byte = time.perf_counter() - started
        size = len(first) + len(response.read())
        following = response.headers.get("Link", "")[1:].partition(">")[0]
    return {
        "path": path,
        "status": response.status,
        "first_byte_ms": round(first_byte * 1000, 1),
        "total_ms": round((time.perf_counter() - started) * 1000, 1),
        "bytes": size,
        "next": following.removeprefix(BASE),
    }


def worker_pids(master: int) -> list[int]:
    out = subprocess.run(
        ["ps", "--ppid", str(master), "-o", "pid="], capture_output=True, text=True
    )
    return [int(pid) for pid in out.stdout.split()]


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def peak_rss_during(path: str, master: int) -> dict:
    pids = worker_pids(master)
    before = {pid: rss_mb(pid) for pid in pids}
    peak = dict(before)
    done = threading.Event()

    def sample():
        while not done.is_set():
            for pid in pids:
                peak[pid] = max(peak[pid], rss_mb(pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    result = download(path)
    done.set()
    sampler.join()
    grown = max(peak[pid] - before[pid] for pid in pids)
    return {
        **result,
        "worker_peak_rss_mb": round(max(peak.values()), 1),
        "grew_mb": round(grown, 1),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=20, help="seconds per wrk run")
    args = parser.parse_args()
    paths = sample_paths()
    common = paths["common"][0].split("=", 1)[1]
    report = {}
    with serve(0, EXPORT_RATES="1000000/m") as workers:
        import search_load

        master = search_load.serve.pid
        report["workers"] = workers
        report["downloads"] = [
            download(path)
            for path in [
                "/quotes.csv",
                "/quotes.csv?after=2016-01-01~1",  # a page deep into the million
                f"/quotes.csv?q={common}",
                f"/quotes.json?q={common}",
                f"/quotes/feed/?q={common}",
                "/claims/claimreview.ndjson",
            ]
        ]
        for row in report["downloads"]:
            print(
                f"{row['path']:34} first byte {row['first_byte_ms']:8.1f} ms  whole "
                f"{row['total_ms']:8.1f} ms  {row['bytes']:>10,} bytes",
                flush=True,
            )
        report["memory"] = peak_rss_during("/quotes.csv?after=2020-06-01~1", master)
        print(f"worker memory while streaming a page: {report['memory']}", flush=True)
        detail = paths["detail_cold"]
        report["quote page alone"] = drive("quote page alone", detail, args.duration, 8)
        stop = threading.Event()
        downloads, refused = [], []

        def exporter(n):
            """A client downloading every CSV page in turn, following the Link headers
            and waiting when told the server is busy; each starts elsewhere."""
            path = f"/quotes.csv?after=20{16 + n}-01-01~1"
            while not stop.is_set():
                try:
                    downloads.append(download(path))
                    path = downloads[-1]["next"] or "/quotes.csv"
                except urllib.error.HTTPError as error:
                    # Closed at once, as a browser or curl would: an answer left open
                    # until the garbage collector came held a gunicorn worker, and the
                    # quote page's p95 measured the client, not the server (1.4 s).
                    error.close()
                    refused.append(error.code)
                    time.sleep(int(error.headers.get("Retry-After", "1")))

        threads = [threading.Thread(target=exporter, args=(n,)) for n in range(5)]
        for thread in threads:
            thread.start()
        report["quote page, 5 exports running"] = drive(
            "quote page, 5 exports running", detail, args.duration, 8
        )
        stop.set()
        for thread in threads:
            thread.join()
        report["exports during the run"] = len(downloads)
        report["exports told to wait"] = len(refused)
        print(
            f"{len(downloads)} CSV pages downloaded meanwhile; {len(refused)} times told to "
            "wait (503, all stream slots taken)",
            flush=True,
        )
    save("exports", report)


if __name__ == "__main__":
    main()

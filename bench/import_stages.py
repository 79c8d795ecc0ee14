"""Where an import's time goes, per article: parse, extract, resolve, write (the search
index included: the database's triggers compute it as the quotes land).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimtracker_importbench \\
        .venv/bin/python bench/import_stages.py DIRECTORY

Imports the *.txt files under DIRECTORY in this process (into DATABASE_URL, which must
be migrated) through the same batches as import_articles, timing each stage's wall and
CPU time (of this process: the database's own CPU is not in it). Run it on files that
are not imported yet.
"""

import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "claimtracker.settings")
os.environ.setdefault("SECRET_KEY", "bench")

import django

django.setup()

from quotes.importing import ImportOptions, articles, batches, import_files, run  # noqa: E402
from quotes.importing.speakers import SpeakerResolver  # noqa: E402

wall, cpu = Counter(), Counter()


def timed(stage, function):
    def wrapper(*args, **kwargs):
        started, used = time.perf_counter(), time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            wall[stage] += time.perf_counter() - started
            cpu[stage] += time.process_time() - used

    return wrapper


def main():
    run.parse_file = timed("decode and parse", run.parse_file)
    batches.look_up = timed("already imported?", batches.look_up)
    batches.extract_all = timed("extract", batches.extract_all)
    SpeakerResolver.resolve = timed("resolve speakers", SpeakerResolver.resolve)
    articles.write_articles = timed("write (all)", articles.write_articles)
    files = sorted(Path(sys.argv[1]).rglob("*.txt"))
    started, used = time.perf_counter(), time.process_time()
    for _ in import_files(files, options=ImportOptions(workers=0)):  # every stage here
        pass
    total_wall, total_cpu = time.perf_counter() - started, time.process_time() - used
    n = len(files)
    print(f"{n} articles, {n / total_wall:.0f} per second in this process")
    print(f"{'stage':<26}{'wall ms':>9}{'cpu ms':>9}   (per article)")
    order = ["decode and parse", "already imported?", "extract", "resolve speakers"]
    for stage in [*order, "write (all)"]:
        print(f"{stage:<26}{wall[stage] / n * 1000:>9.2f}{cpu[stage] / n * 1000:>9.2f}")
    print(f"{'total':<26}{total_wall / n * 1000:>9.2f}{total_cpu / n * 1000:>9.2f}")


if __name__ == "__main__":
    main()

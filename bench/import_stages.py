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

from quotes.services import import_batches, imports  # noqa: E402
from quotes.services.import_batches import ArticleBatch  # noqa: E402
from quotes.services.speaker_resolution import SpeakerResolver  # noqa: E402

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
    imports.parse_article = timed("decode and parse", imports.parse_article)
    imports.decode_article = timed("decode and parse", imports.decode_article)
    imports._look_up = timed("already imported?", imports._look_up)
    imports.extract_all = timed("extract", imports.extract_all)
    import_batches.extract_all = imports.extract_all
    SpeakerResolver.resolve = timed("resolve speakers", SpeakerResolver.resolve)
    imports.write_articles = timed("write (all)", imports.write_articles)
    files = sorted(Path(sys.argv[1]).rglob("*.txt"))
    context = imports.ImportContext(resolver=SpeakerResolver.load())
    batch = ArticleBatch(context, workers=0)  # every stage in this process
    started, used = time.perf_counter(), time.process_time()
    with imports.durable_at_the_end():
        for path in files:
            batch.add(str(path), path.read_bytes())
        batch.flush()
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

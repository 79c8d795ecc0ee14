"""Feeding articles to `imports.import_batch` in batches, with the extraction of one
batch in a worker process while the batch before it is written.

Quote extraction is pure Python (no Django) and the most CPU an article costs; the
writes mostly wait for the database. Run one after the other they leave a core idle,
so with `workers=1` a spawned process extracts batch N+1 while this one resolves the
speakers of batch N and writes it. Speaker resolution stays in this process and in
order, so it sees every speaker the batches before created. The worker starts with
the second batch: a small run never pays for it.
"""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from .extraction_worker import extract_all
from .imports import (
    BATCH_SIZE,
    ImportContext,
    Pending,
    look_up_batch,
    read_pending,
    write_batch,
)


class ArticleBatch:
    """Collects parsed articles into batches, in the order given.

    `add`, `add_failure` and `flush` return the outcomes of the articles they finished:
    (name, ArticleResult or exception), in the order the files came. An article that
    repeats the text, or the file name and date, of one not yet written closes the
    batches first, so that it sees the earlier one in the database as it would one at
    a time. Use it as a context manager, so the worker process stops.
    """

    def __init__(self, context: ImportContext, size: int = BATCH_SIZE, workers: int = 1):
        self.context, self.size, self.workers = context, max(1, size), workers
        self.entries: list[tuple[str, Pending | Exception]] = []
        self.parsed = 0  # the entries that are articles, not failures
        self.keys: set = set()
        self.in_flight = None  # the batch being extracted: (entries, outcomes, todo, job)
        self.in_flight_keys: set = set()
        self.pool = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def add(self, name: str, data: bytes) -> list:
        try:
            pending = read_pending(name, data, self.context)
        except Exception as error:  # a bad file must not stop the others
            return self.add_failure(name, error)
        keys = {pending.source.content_hash, pending.version}
        done = []
        if not keys.isdisjoint(self.keys | self.in_flight_keys):
            done = self.flush()
        self.entries.append((name, pending))
        self.keys |= keys
        self.parsed += 1
        if self.parsed >= self.size:
            done += self._start()
        return done

    def add_failure(self, name: str, error: Exception) -> list:
        """A file that failed before it was parsed, reported in its turn."""
        self.entries.append((name, error))
        return []

    def flush(self) -> list:
        """Finish every article added so far."""
        return self._start() + self._finish()

    def _start(self) -> list:
        """Look the collected batch up and start extracting it; finish the batch
        before it, which was extracting meanwhile."""
        entries, keys = self.entries, self.keys
        self.entries, self.keys, self.parsed = [], set(), 0
        pendings = [entry for _, entry in entries if isinstance(entry, Pending)]
        outcomes, todo = look_up_batch(pendings, self.context)
        articles = [pending.article for pending in todo]
        job = self._extract(articles, background=self.in_flight is not None)
        done = self._finish()
        self.in_flight, self.in_flight_keys = (entries, outcomes, todo, job), keys
        return done

    def _finish(self) -> list:
        if self.in_flight is None:
            return []
        entries, outcomes, todo, job = self.in_flight
        self.in_flight, self.in_flight_keys = None, set()
        pendings = [entry for _, entry in entries if isinstance(entry, Pending)]
        extracted = job() if callable(job) else _result(job, todo)
        results = dict(
            zip(
                pendings,
                write_batch(pendings, outcomes, todo, extracted, self.context),
                strict=True,
            )
        )
        return [
            (name, results[entry] if isinstance(entry, Pending) else entry)
            for name, entry in entries
        ]

    def _extract(self, articles, *, background: bool):
        """The extractions, later: a future from the worker, or a function that
        extracts here (the first batch, or no worker wanted)."""
        if not articles or not background or self.workers < 1:
            return lambda: extract_all(articles)
        if self.pool is None:
            # Spawned, not forked: a fork would share this process's database connection.
            context = multiprocessing.get_context("spawn")
            self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        return self.pool.submit(extract_all, articles)


def _result(future, todo) -> list:
    try:
        return future.result()
    except Exception:  # the worker died: extract here instead
        return extract_all([pending.article for pending in todo])

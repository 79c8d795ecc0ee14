"""Feeding articles to `imports.import_batch` in batches, with the extraction of one
batch in a worker process while the batch before it is written.

Quote extraction is pure Python (no Django) and the most CPU an article costs; the
writes mostly wait for the database. Run one after the other they leave a core idle,
so with `workers=1` a spawned process extracts batch N+1 while this one resolves the
speakers of batch N and writes it. Speaker resolution stays in this process and in
order, so it sees every speaker the batches before created. The worker starts with
the second batch: a small run never pays for it.

A worker that dies (killed, out of memory, an object it cannot unpickle) is not
replaced: its batch and every later one are extracted here, and `warn` says so once.
`extracted` counts the articles each side extracted, so a test can tell that the
worker really did its share.
"""

import multiprocessing
from collections import Counter
from collections.abc import Callable
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

    # What the worker process runs: a module-level function, importable by name there.
    worker_task = staticmethod(extract_all)

    def __init__(
        self,
        context: ImportContext,
        size: int = BATCH_SIZE,
        workers: int = 1,
        warn: Callable[[str], None] = print,
    ):
        self.context, self.size, self.workers, self.warn = context, max(1, size), workers, warn
        self.extracted: Counter = Counter()  # articles extracted: "worker", "here"
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
        extracted = job() if callable(job) else self._result(job, todo)
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
        if articles and background and self.workers >= 1:
            if self.pool is None:
                # Spawned, not forked: a fork would share this process's database connection.
                context = multiprocessing.get_context("spawn")
                self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
            try:
                return self.pool.submit(self.worker_task, articles)
            except Exception as error:  # the pool broke since the last batch
                self._worker_died(error)
        return lambda: self._extract_here(articles)

    def _extract_here(self, articles) -> list:
        self.extracted["here"] += len(articles)
        return extract_all(articles)

    def _result(self, future, todo) -> list:
        try:
            extracted = future.result()
        except Exception as error:
            self._worker_died(error)
            return self._extract_here([pending.article for pending in todo])
        self.extracted["worker"] += len(extracted)
        return extracted

    def _worker_died(self, error: Exception) -> None:
        """Carry on without the worker for the rest of the run, and say so once."""
        if self.workers < 1:
            return
        self.workers = 0
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = None
        cause = error.__cause__ or error
        self.warn(
            f"warning: the extraction worker process stopped ({type(cause).__name__}: "
            f"{str(cause).strip().splitlines()[0] if str(cause).strip() else 'no detail'}); "
            "extracting in this process for the rest of the run"
        )

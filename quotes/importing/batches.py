"""Articles in batches, with the extraction of one batch in a worker process while
the batch before it is written.

Quote extraction is pure Python (no Django) and the most CPU an article costs; the
writes mostly wait for the database. Run one after the other they leave a core idle,
so with `workers=1` a spawned process extracts batch N+1 while this one resolves the
speakers of batch N and writes it. Speaker resolution stays in this process and in
order, so it sees every speaker the batches before created. The worker starts with
the second batch: a small run never pays for it.

A worker that dies (killed, out of memory, an object it cannot unpickle) is not
replaced: its batch and every later one are extracted here, and a Notice says so
once. `extracted` counts the articles each side extracted, so a test can tell that
the worker really did its share.
"""

import multiprocessing
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

from django.db import DatabaseError

from .articles import Run, import_extracted
from .lookup import look_up
from .outcomes import Failed, Notice, Skipped
from .parsing import Parsed
from .planning import Extracted
from .worker import extract_all

BATCH_SIZE = 100  # articles written in one transaction


class Pipeline:
    """Collects parsed articles (and failures, to report in their turn) into batches.

    `add`, `add_failure` and `flush` return the outcomes they finished, in the order
    the articles came (a Notice where one was due). An article that repeats the text,
    or the file name and date, of one not yet written closes the batches first, so
    that it sees the earlier one in the database as it would one at a time. Use it as
    a context manager, so the worker process stops.
    """

    # What the worker process runs: a module-level function, importable by name there.
    worker_task = staticmethod(extract_all)

    def __init__(self, run: Run, size: int = BATCH_SIZE, workers: int = 1):
        self.run, self.size, self.workers = run, max(1, size), workers
        self.entries: list[Parsed | Failed] = []
        self.keys: set = set()
        self.in_flight = None  # the batch being extracted: (entries, found, todo, job)
        self.in_flight_keys: set = set()
        self.pool = None
        self.extracted: Counter = Counter()  # articles extracted: "worker", "here"
        self.notices: list[Notice] = []

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def add(self, parsed: Parsed) -> list:
        keys = {parsed.content_hash, parsed.version}
        done = []
        if not keys.isdisjoint(self.keys | self.in_flight_keys):
            done = self.flush()
        self.entries.append(parsed)
        self.keys |= keys
        if sum(isinstance(entry, Parsed) for entry in self.entries) >= self.size:
            done += self._start()
        return done

    def add_failure(self, failed: Failed) -> list:
        """A file that failed before it was parsed, reported in its turn."""
        self.entries.append(failed)
        return []

    def flush(self) -> list:
        """Finish every article added so far."""
        return self._start() + self._finish()

    def _start(self) -> list:
        """Look the collected batch up and start extracting it; finish the batch
        before it, which was extracting meanwhile."""
        entries, keys = self.entries, self.keys
        self.entries, self.keys = [], set()
        parsed = [entry for entry in entries if isinstance(entry, Parsed)]
        try:
            found = look_up(parsed)
        except DatabaseError as error:  # the database went away: these articles fail
            found = error
        todo = [] if isinstance(found, Exception) else self._to_extract(parsed, found)
        job = self._extract([p.article for p in todo], background=self.in_flight is not None)
        done = self._finish()
        self.in_flight, self.in_flight_keys = (entries, found, todo, job), keys
        return done

    def _to_extract(self, parsed: list[Parsed], found: dict) -> list[Parsed]:
        return [
            p
            for p in parsed
            if not found[p].source_id and p.content_hash not in self.run.planned_hashes
        ]

    def _finish(self) -> list:
        if self.in_flight is None:
            return []
        entries, found, todo, job = self.in_flight
        self.in_flight, self.in_flight_keys = None, set()
        extractions = job() if callable(job) else self._result(job, todo)
        articles = [
            extraction if isinstance(extraction, Exception) else Extracted(p, found[p], extraction)
            for p, extraction in zip(todo, extractions, strict=True)
        ]
        imported = dict(zip(map(id, todo), import_extracted(articles, self.run), strict=True))
        done, self.notices = list(self.notices), []
        for entry in entries:
            if isinstance(entry, Failed):
                done.append(entry)
            elif isinstance(found, Exception):
                done.append(Failed(entry.name, found))
            elif id(entry) in imported:
                outcome = imported[id(entry)]
                failed = isinstance(outcome, Exception)
                done.append(Failed(entry.name, outcome) if failed else outcome)
            else:  # imported before, or earlier in this dry run
                source_id = found[entry].source_id
                done.append(Skipped(entry.name, source_id, entry.article.headline))
        return done

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
            return self._extract_here([parsed.article for parsed in todo])
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
        detail = str(cause).strip().splitlines()[0] if str(cause).strip() else "no detail"
        self.notices.append(
            Notice(
                f"warning: the extraction worker process stopped ({type(cause).__name__}: "
                f"{detail}); extracting in this process for the rest of the run"
            )
        )

"""`import_files`: the pipeline's stages, run in order over many files (see the
package's docstring)."""

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, transaction

from quotes.extraction.article import ArticleError

from .articles import Run
from .batches import BATCH_SIZE, Pipeline
from .files import Item, find_articles, read_article_file
from .outcomes import Failed, Outcome
from .parsing import parse_file
from .speakers import SpeakerResolver


@dataclass
class ImportOptions:
    replace: bool = False  # a new version replaces the old one's untouched quotes
    dry_run: bool = False  # read, extract and resolve; write nothing
    max_bytes: int = field(default_factory=lambda: settings.IMPORT_MAX_BYTES)
    batch_size: int = BATCH_SIZE
    workers: int = 1  # extraction processes beside this one (0: none)
    outlet: str = ""
    follow_symlinks: bool = False


class ImportRun:
    """The outcomes of one import, one per file as it finishes, in order (an
    iterator), and what the run did on the way (`extracted`: the articles the worker
    process and this one extracted)."""

    def __init__(self, paths, options: ImportOptions):
        self.paths, self.options = paths, options
        self.extracted: Counter = Counter()
        self._outcomes = self._run()

    def __iter__(self) -> "ImportRun":
        return self

    def __next__(self) -> Outcome:
        return next(self._outcomes)

    def _run(self) -> Iterator[Outcome]:
        options = self.options
        run = Run(SpeakerResolver.load(), replace=options.replace, dry_run=options.dry_run)
        items = find_articles(self.paths, follow_symlinks=options.follow_symlinks)
        with (
            durable_at_the_end(),
            Pipeline(run, options.batch_size, options.workers) as pipeline,
        ):
            self.extracted = pipeline.extracted
            for item in items:
                yield from _read(item, pipeline, options)
            yield from pipeline.flush()


def import_files(paths, *, options: ImportOptions | None = None) -> ImportRun:
    """Import the article files at `paths` (files, or directories searched for *.txt):
    an iterator of outcomes, one per file as it finishes, in order. Nothing happens
    until it is iterated; stopping early leaves whole articles only."""
    return ImportRun(paths, options or ImportOptions())


def _read(item: Item, pipeline: Pipeline, options: ImportOptions) -> list:
    if item.problem:
        return pipeline.add_failure(Failed(item.name, ArticleError(item.problem)))
    try:
        data = read_article_file(item.path, max_bytes=options.max_bytes)
        parsed = parse_file(item.name, data, outlet=options.outlet)
    except Exception as error:  # a bad file must not stop the others
        return pipeline.add_failure(Failed(item.name, error))
    return pipeline.add(parsed)


@contextmanager
def durable_at_the_end():
    """Commit each article without waiting for the disk, then make the whole run durable.

    On PostgreSQL a synchronous commit per article waits for a WAL flush (milliseconds
    each, longer than importing the article). Here each article's transaction is still
    atomic and isolated, and one synchronous commit at the end flushes everything before
    it: a run that finishes is durable; a crash can lose the last moments of an
    unfinished run, which running the (idempotent) import again completes.
    """
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO off")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET synchronous_commit")
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT txid_current()")  # a commit record, flushed with all before

"""`import_files`: the pipeline's stages, run in order over many inputs (see the
package's docstring)."""

import io
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, transaction

from quotes.extraction.article import ArticleError

from . import formats
from .articles import Run
from .batches import BATCH_SIZE, Pipeline
from .feeds import read_feed
from .fetching import Fetcher
from .files import Item, find_articles, open_item, read_item
from .jsonl import read_jsonl
from .outcomes import Failed, Outcome
from .pages import read_page
from .parsing import Parsed, parse_file
from .speakers import SpeakerResolver


@dataclass
class ImportOptions:
    replace: bool = False  # a new version replaces the old one's untouched quotes
    dry_run: bool = False  # read, extract and resolve; write nothing
    max_bytes: int = field(default_factory=lambda: settings.IMPORT_MAX_BYTES)
    batch_size: int = BATCH_SIZE
    workers: int = 1  # extraction processes beside this one (0: none)
    outlet: str = ""  # when given, every source's outlet, whatever its input says
    follow_symlinks: bool = False
    input_format: str = ""  # one of formats.FORMATS; "" chooses by name and content
    job_id: int | None = None  # the admin import the sources are recorded under
    # Called with the run (its counts) after each article or input is read: a job's
    # progress and heartbeat. It should be cheap; a job's writes at most twice a second.
    on_progress: Callable[["ImportRun"], None] | None = None


class ImportRun:
    """The outcomes of one import, one per article as it finishes, in order (an
    iterator), and what the run did on the way: `extracted` (the articles the worker
    process and this one extracted), `inputs_done` (files, pages and feeds read, or
    found unreadable: `inputs_unreadable`) and `articles_found` (so far)."""

    def __init__(self, paths, options: ImportOptions):
        self.paths, self.options = paths, options
        self.extracted: Counter = Counter()
        self.inputs_done = self.inputs_unreadable = self.articles_found = 0
        self._outcomes = self._run()

    def __iter__(self) -> "ImportRun":
        return self

    def __next__(self) -> Outcome:
        return next(self._outcomes)

    def close(self) -> None:
        """Stop here: the batch being written is finished, the rest is left. A caller
        that stops iterating early must call it, so this happens now, not whenever the
        garbage collector gets to it (maybe in the middle of another import's COPY on
        the same connection)."""
        self._outcomes.close()

    def _run(self) -> Iterator[Outcome]:
        options = self.options
        run = Run(SpeakerResolver.load(), replace=options.replace, dry_run=options.dry_run)
        items = find_articles(
            self.paths, follow_symlinks=options.follow_symlinks, input_format=options.input_format
        )
        fetcher = Fetcher(max_bytes=options.max_bytes)
        with (
            durable_at_the_end(),
            Pipeline(run, options.batch_size, options.workers) as pipeline,
        ):
            self.extracted = pipeline.extracted
            for item in items:
                for entry in _entries(item, options, fetcher):
                    if isinstance(entry, Parsed):
                        self.articles_found += 1
                        yield from pipeline.add(_stamped(entry, options))
                    else:
                        whole = entry.name == item.name
                        self.articles_found += not whole
                        self.inputs_unreadable += whole
                        yield from pipeline.add_failure(entry)
                    if options.on_progress:  # a feed's links are fetched one by one
                        options.on_progress(self)
                self.inputs_done += 1
                if options.on_progress:
                    options.on_progress(self)
            yield from pipeline.flush()


def import_files(paths, *, options: ImportOptions | None = None) -> ImportRun:
    """Import the articles at `paths`: files (text, HTML, feeds, JSON Lines, zips of
    them), directories searched for them, URLs of pages and feeds, and uploads
    (files.Upload). An iterator of outcomes, one per article as it finishes, in order.
    Nothing happens until it is iterated; stopping early leaves whole articles only."""
    return ImportRun(paths, options or ImportOptions())


def _entries(item: Item, options: ImportOptions, fetcher: Fetcher):
    """The input's articles (Parsed) and failures, in order; a failure of the whole
    input is named as the input."""
    if item.problem:
        yield Failed(item.name, ArticleError(item.problem))
        return
    try:
        yield from _read(item, options, fetcher)
    except Exception as error:  # a bad input must not stop the others
        yield Failed(item.name, error)


def _read(item: Item, options: ImportOptions, fetcher: Fetcher):
    forced, charset, base = options.input_format, "", ""
    if item.url:
        page = fetcher.fetch(item.url)
        data, charset, base = page.data, page.charset, page.url
        kind = formats.choose(item.url, data, forced=forced, content_type=page.content_type)
    else:
        kind = forced or formats.by_name(item.name)
        if kind == formats.JSONL:  # streamed a line at a time, each line within the limit
            with open_item(item) as stream:
                yield from read_jsonl(item.name, stream, max_bytes=options.max_bytes)
            return
        data = read_item(item, max_bytes=options.max_bytes)
        kind = kind or formats.sniff(data)
    if kind == formats.TEXT:
        yield parse_file(item.name, data, outlet=options.outlet)
    elif kind == formats.HTML:
        yield read_page(item.name, data, charset=charset, url=base)
    elif kind == formats.FEED:
        yield from read_feed(item.name, data, fetcher=fetcher, url=base)
    else:
        yield from read_jsonl(item.name, io.BytesIO(data), max_bytes=options.max_bytes)


def _stamped(parsed: Parsed, options: ImportOptions) -> Parsed:
    if options.outlet:
        parsed.outlet = options.outlet[:200]
    parsed.job_id = options.job_id
    return parsed


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

import os
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from tqdm import tqdm

from quotes.extraction.article import ArticleError
from quotes.models import Quote
from quotes.services.import_batches import ArticleBatch
from quotes.services.imports import (
    BATCH_SIZE,
    ImportContext,
    durable_at_the_end,
    read_article_file,
)
from quotes.services.speaker_resolution import SpeakerResolver

UNATTRIBUTED = {"ambiguous": "ambiguous", "anonymous": "anonymous", "none": "no speaker named"}
PROGRESS_BAR_FROM = 6  # files; fewer finish before a bar would say anything

REPLACE_HELP = (
    "When a file has the same name and date line as a source imported before but "
    "different text, import it as a new source and replace the old source's quotes: "
    "machine-made quotes nobody has touched are deleted (with history); quotes an editor "
    "verified, rejected, edited or added, and quotes with annotations or claims, are "
    "kept, moved onto the new source when the text they cover is found there and "
    "otherwise left on the old source. The old source itself is kept unchanged. "
    "Without --replace the new text becomes a separate source and both keep their quotes."
)


class Item(NamedTuple):
    name: str
    path: Path | None
    problem: str = ""


def iter_articles(paths):
    """Files named on the command line, and *.txt files under directories, sorted."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = False
            for top, dirs, files in os.walk(path):
                dirs.sort()
                for file in sorted(f for f in files if f.lower().endswith(".txt")):
                    found = True
                    full = Path(top, file)
                    yield Item(str(full), full)
            if not found:
                yield Item(given, None, "directory with no articles (no *.txt files)")
        elif path.is_file():
            yield Item(given, path)
        else:
            yield Item(given, None, "no such file or directory")


class Command(BaseCommand):
    help = (
        "Import news articles (files, or directories searched for *.txt): each article's "
        "source, quotes and new speakers land together or not at all. Articles are read, "
        "extracted and resolved in batches, and each batch is written in one transaction; "
        "if that fails it is rolled back and its articles are written one at a time, so "
        "only a bad article fails. Importing the same text again creates nothing. "
        "Text must be UTF-8; other encodings are rejected, never guessed. "
        "Exits with status 1 when any file failed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="+", metavar="PATH", help="Article files or directories."
        )
        parser.add_argument("--replace", action="store_true", help=REPLACE_HELP)
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read, extract and resolve speakers, print what would be created, "
            "and write nothing.",
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=settings.IMPORT_MAX_BYTES,
            help="Refuse files larger than this many bytes "
            "(default: %(default)s, the IMPORT_MAX_BYTES setting).",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=BATCH_SIZE,
            help="Articles written together in one transaction (default: %(default)s); "
            "1 writes each article on its own.",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            help="Processes that extract quotes from the next batch while this one writes "
            "(default: %(default)s; 0 extracts here). They start with the second batch.",
        )
        parser.add_argument(
            "--outlet", default="", help="The outlet the articles come from, for every source."
        )

    def handle(
        self,
        *args,
        paths,
        replace,
        dry_run,
        max_bytes,
        batch_size,
        workers,
        outlet,
        verbosity,
        **options,
    ):
        self.verbosity, self.replace = verbosity, replace
        context = ImportContext(
            resolver=SpeakerResolver.load(),
            outlet=outlet[:200],
            replace=replace,
            dry_run=dry_run,
            max_bytes=max_bytes,
        )
        self.counts = Counter()
        self.bar = None
        self.batch = None
        total = sum(1 for _ in iter_articles(paths))
        if self.stdout.isatty() and total >= PROGRESS_BAR_FROM:
            # On the raw stream: OutputWrapper would end each redraw with a newline.
            self.bar = tqdm(total=total, unit="file", file=self.stdout._out, leave=False)
        stopped = None
        try:
            with (
                durable_at_the_end(),
                ArticleBatch(context, batch_size, workers, warn=self.warn) as self.batch,
            ):
                for item in iter_articles(paths):
                    self.finish(self.read_one(item, self.batch))
                self.finish(self.batch.flush())
        except DatabaseError as error:  # the final flush: the database went away
            self.fail("database", f"could not confirm the writes: {_first_line(error)}")
        except KeyboardInterrupt:
            stopped = CommandError("Interrupted.", returncode=130)
        except Exception as error:  # never a traceback: say what landed, then why it stopped
            stopped = CommandError(
                f"The import stopped early: {type(error).__name__}: {_first_line(error)}"
            )
        finally:
            if self.bar is not None:
                self.bar.close()
        self.summary(dry_run, unfinished=total - self.counts["finished"] if stopped else 0)
        if stopped:
            raise stopped
        if self.counts["failed"]:
            raise CommandError(f"{self.counts['failed']} of {self.counts['items']} failed.")

    def read_one(self, item: Item, batch: ArticleBatch) -> list:
        """Add a file to the batch: the outcomes of the articles that finished."""
        self.counts["items"] += 1
        if item.problem:
            return batch.add_failure(item.name, ArticleError(item.problem))
        self.counts["files"] += 1
        try:
            data = read_article_file(item.path, max_bytes=batch.context.max_bytes)
        except ArticleError as error:
            return batch.add_failure(item.name, error)
        return batch.add(item.name, data)

    def finish(self, outcomes) -> None:
        for name, outcome in outcomes:
            self.counts["finished"] += 1
            if isinstance(outcome, ArticleError):
                self.fail(name, str(outcome))
            elif isinstance(outcome, DatabaseError):
                self.fail(name, f"database error: {_first_line(outcome)}")
            elif isinstance(outcome, Exception):  # one bad file must not stop the others
                self.fail(name, f"unexpected {type(outcome).__name__}: {_first_line(outcome)}")
            else:
                self.report(outcome)
            if self.bar is not None:
                self.bar.update()

    def report(self, result) -> None:
        counts = self.counts
        counts["retried"] += result.retries
        if result.status == "skipped":
            counts["skipped"] += 1
            self.say(2, f"skipped {result.name}: already imported (source {result.source_id})")
            return
        counts["sources"] += 1
        counts["quotes"] += len(result.quotes)
        counts["speakers created"] += len(result.speakers_created)
        counts["speakers matched"] += result.speakers_matched
        counts.update({f"unattributed {k}": n for k, n in result.unattributed.items()})
        new = ", ".join(result.speakers_created) or "none"
        line = f"{len(result.quotes)} quotes, new speakers: {new}"
        if result.status == "planned":
            self.say(1, f"would import {result.name}: {result.headline!r}: {line}")
        else:
            self.say(2, f"imported {result.name} as source {result.source_id}: {line}")
        for quote in result.quotes:
            where = f"¶{quote.paragraph}" if quote.paragraph is not None else quote.kind
            self.say(
                3,
                f"  {where} {quote.kind} {quote.text[:70]!r} — {quote.speaker or '?'} "
                f"({quote.match})",
            )
        self.notes(result)

    def notes(self, result) -> None:
        previous = ", ".join(str(pk) for pk in result.previous_ids)
        if result.previous_ids and result.replacement:
            r = result.replacement
            self.say(
                1,
                f"replaced {result.name}: quotes of source {previous}: {r.deleted} "
                f"machine-made deleted, {len(r.moved)} curated moved to the new source, "
                f"{r.left} curated left on the old source",
            )
        elif result.previous_ids and self.replace:
            self.say(1, f"note: {result.name}: would replace the quotes of source {previous}")
        elif result.previous_ids:
            self.say(
                1,
                f"note: {result.name}: new version of source {previous} "
                "(use --replace to replace its quotes)",
            )
        ambiguous = result.unattributed.get(Quote.SpeakerMatch.AMBIGUOUS, 0)
        if ambiguous:
            self.say(
                1,
                f"note: {result.name}: {ambiguous} quote(s) left unattributed: "
                "the name fits several known speakers",
            )

    def warn(self, message: str) -> None:
        self.write(self.stderr, self.style.WARNING(message))

    def fail(self, name: str, reason: str) -> None:
        self.counts["failed"] += 1
        self.write(self.stderr, self.style.ERROR(f"error: {name}: {reason}"))

    def say(self, level: int, message: str) -> None:
        if self.verbosity >= level:
            self.write(self.stdout, message)

    def write(self, stream, message: str) -> None:
        if self.bar is None:
            stream.write(message)
        else:
            with tqdm.external_write_mode(file=self.stdout._out):
                stream.write(message)

    def summary(self, dry_run: bool, unfinished: int = 0) -> None:
        c = self.counts
        unattributed = {k.split(" ", 1)[1]: n for k, n in c.items() if k.startswith("unattr")}
        detail = ", ".join(f"{n} {UNATTRIBUTED[k]}" for k, n in sorted(unattributed.items()))
        rows = [
            ("files read", c["files"]),
            ("sources created", c["sources"]),
            ("skipped, already imported", c["skipped"]),
            ("failed", c["failed"]),
            ("quotes created", c["quotes"]),
            ("speakers created", c["speakers created"]),
            ("speakers matched", c["speakers matched"]),
            (
                "unattributed quotes",
                f"{sum(unattributed.values())}" + (f" ({detail})" if detail else ""),
            ),
        ]
        if c["retried"]:
            rows.append(("retried, lost a race", c["retried"]))
        if unfinished:
            rows.append(("not imported (stopped)", unfinished))
        if self.verbosity >= 2 and self.batch is not None:
            extracted = self.batch.extracted
            rows.append(
                ("extracted by the worker", f"{extracted['worker']} (here: {extracted['here']})")
            )
        title = "Dry run, nothing written; an import would give:" if dry_run else "Summary:"
        self.stdout.write(title)
        for label, value in rows:
            self.stdout.write(f"  {label:<27}{value}")


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__

from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from tqdm import tqdm

from quotes.importing import (
    BATCH_SIZE,
    FORMATS,
    Failed,
    ImportOptions,
    Notice,
    Skipped,
    find_articles,
    import_files,
)
from quotes.importing.outcomes import first_line, reason
from quotes.models import Quote

UNATTRIBUTED = {
    "ambiguous": "ambiguous",
    "anonymous": "anonymous",
    "none": "no speaker named",
    "surname": "a bare surname no known speaker fits",
    "notname": "not a name",
}
PROGRESS_BAR_FROM = 6  # inputs; fewer finish before a bar would say anything

REPLACE_HELP = (
    "When a file has the same name and date line as a source imported before but "
    "different text, import it as a new source and replace the old source's quotes: "
    "machine-made quotes nobody has touched are deleted (with history); quotes an editor "
    "verified, rejected, edited or added, and quotes with annotations or claims, are "
    "kept, moved onto the new source when the text they cover is found there and "
    "otherwise left on the old source. The old source itself is kept unchanged. "
    "Without --replace the new text becomes a separate source and both keep their quotes."
)


class Command(BaseCommand):
    help = (
        "Import news articles: text files in the seed format, saved web pages (.html), "
        "RSS and Atom feeds (.xml, .rss, .atom), JSON Lines dumps (.jsonl), zips of them, "
        "directories searched for them, and URLs of pages and feeds. Each article's "
        "source, quotes and new speakers land together or not at all. Articles are read, "
        "extracted and resolved in batches, and each batch is written in one transaction; "
        "if that fails it is rolled back and its articles are written one at a time, so "
        "only a bad article fails. Importing the same text again creates nothing. "
        "Text must be UTF-8; other encodings are rejected, never guessed. "
        "Exits with status 1 when any article or input failed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="*",
            metavar="PATH",
            help="Article files, zips, directories, or http(s) URLs of pages and feeds.",
        )
        parser.add_argument(
            "--urls",
            metavar="FILE",
            help="A file of URLs to import, one a line (blank lines and lines starting "
            "with # are skipped), after the PATHs.",
        )
        parser.add_argument(
            "--format",
            choices=FORMATS,
            default="",
            help="Read every input as this kind, and search directories for its "
            "extensions only (default: by extension, then by the server's content type, "
            "then by the first bytes).",
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
            "--outlet",
            default="",
            help="The outlet the articles come from, for every source (default: the "
            "site name a page or feed gives, if any).",
        )
        parser.add_argument(
            "--follow-symlinks",
            action="store_true",
            help="Follow symbolic links to files and folders (refused otherwise: a link in "
            "an import folder can point anywhere on the server).",
        )

    def handle(
        self,
        *args,
        paths,
        urls,
        format,
        replace,
        dry_run,
        max_bytes,
        batch_size,
        workers,
        outlet,
        follow_symlinks,
        verbosity,
        **options,
    ):
        self.verbosity, self.replace = verbosity, replace
        self.counts = Counter()
        self.bar = None
        paths = [*paths, *(_url_list(urls) if urls else [])]
        if not paths:
            raise CommandError("the following arguments are required: PATH (or --urls FILE)")
        inputs = sum(1 for _ in find_articles(paths, follow_symlinks=follow_symlinks))
        if self.stdout.isatty() and inputs >= PROGRESS_BAR_FROM:
            # On the raw stream: OutputWrapper would end each redraw with a newline.
            # Its total is the articles found so far: a feed or a dump holds many.
            self.bar = tqdm(total=inputs, unit="article", file=self.stdout._out, leave=False)
        self.run = import_files(
            paths,
            options=ImportOptions(
                replace=replace,
                dry_run=dry_run,
                max_bytes=max_bytes,
                batch_size=batch_size,
                workers=workers,
                outlet=outlet,
                follow_symlinks=follow_symlinks,
                input_format=format,
            ),
        )
        stopped = None
        try:
            for outcome in self.run:
                self.finish(outcome)
        except DatabaseError as error:  # the final flush: the database went away
            self.fail("database", f"could not confirm the writes: {first_line(error)}")
        except KeyboardInterrupt:
            stopped = CommandError("Interrupted.", returncode=130)
        except Exception as error:  # never a traceback: say what landed, then why it stopped
            stopped = CommandError(
                f"The import stopped early: {type(error).__name__}: {first_line(error)}"
            )
        finally:
            self.run.close()
            if self.bar is not None:
                self.bar.close()
        unfinished = max(self.run.articles_found, inputs) - self.counts["finished"]
        self.summary(dry_run, unfinished=unfinished if stopped else 0)
        if stopped:
            raise stopped
        if self.counts["failed"]:
            raise CommandError(f"{self.counts['failed']} of {self.counts['finished']} failed.")

    def finish(self, outcome) -> None:
        if isinstance(outcome, Notice):
            self.write(self.stderr, self.style.WARNING(outcome.message))
            return
        self.counts["finished"] += 1
        if isinstance(outcome, Failed):
            self.fail(outcome.name, reason(outcome.error))
        elif isinstance(outcome, Skipped):
            self.counts["retried"] += outcome.retries
            self.counts["skipped"] += 1
            self.say(2, f"skipped {outcome.name}: already imported (source {outcome.source_id})")
        else:
            self.report(outcome)
        if self.bar is not None:
            if self.run.articles_found > self.bar.total:
                self.bar.total = self.run.articles_found
            self.bar.update()

    def report(self, result) -> None:
        counts = self.counts
        counts["retried"] += result.retries
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
            ("inputs read", self.run.inputs_done - self.run.inputs_unreadable),
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
        if self.verbosity >= 2:
            extracted = self.run.extracted
            rows.append(
                ("extracted by the worker", f"{extracted['worker']} (here: {extracted['here']})")
            )
        title = "Dry run, nothing written; an import would give:" if dry_run else "Summary:"
        self.stdout.write(title)
        for label, value in rows:
            self.stdout.write(f"  {label:<27}{value}")


def _url_list(path: str) -> list[str]:
    """The URLs in a --urls file: one a line; blank lines and # comments skipped."""
    try:
        with open(path, encoding="utf-8") as file:
            lines = [line.strip() for line in file]
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"--urls {path}: cannot read it ({error})") from None
    return [line for line in lines if line and not line.startswith("#")]

"""`manage.py extract_quotes FILE... [--json]`: quotations and speakers, no database writes."""

import sys

from django.core.management.base import BaseCommand

from quotes.extraction.cli import DEFAULT_MAX_BYTES, run


class Command(BaseCommand):
    help = (
        "Extract the quotations of article files and who said them, without touching the "
        "database. Prints a readable summary, or one JSON document with --json."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "files",
            nargs="+",
            metavar="FILE",
            help="Article files: 'date YYYY-MM-DD headline', standfirst, one paragraph a line.",
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help="Print exactly one JSON document: a list with one entry per readable file.",
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=DEFAULT_MAX_BYTES,
            help=f"Refuse files larger than this many bytes (default {DEFAULT_MAX_BYTES}).",
        )

    def handle(self, *args, **options):
        status = run(
            options["files"],
            as_json=options["json"],
            stdout=self.stdout,
            stderr=self.stderr,
            max_bytes=options["max_bytes"],
            verbosity=options["verbosity"],
        )
        if status:
            sys.exit(status)

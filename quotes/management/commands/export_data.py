from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from quotes import portable


class Command(BaseCommand):
    help = (
        "Write everything the site holds (records, their history, readers' notes and the "
        "accounts they refer to, without passwords or email addresses) to one gzipped "
        "JSON Lines file that import_data restores into an empty instance."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="The file to write, e.g. claimtracker.jsonl.gz")

    def handle(self, *args, path, **options):
        try:
            counts = portable.export(path)
        except OSError as error:
            raise CommandError(f"{path}: cannot write it ({error.strerror or error})") from None
        total = sum(counts.values())
        self.stdout.write(self.style.SUCCESS(f"Exported {total:,} records to {path}."))
        if options["verbosity"] > 1:
            for label, n in counts.items():
                self.stdout.write(f"  {label:<40}{n:>10,}")

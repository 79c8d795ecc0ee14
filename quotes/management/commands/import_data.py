from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from quotes import portable


class Command(BaseCommand):
    help = (
        "Restore a file written by export_data into this empty instance (run `migrate` "
        "first, and nothing else), in one transaction: all of it, or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="A file written by export_data.")

    def handle(self, *args, path, **options):
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        try:
            counts = portable.restore(path)
        except portable.PortableError as error:
            raise CommandError(f"{path}: {error}") from None
        except (EOFError, OSError, ValueError, KeyError) as error:
            raise CommandError(f"{path}: not a readable export ({error})") from None
        total = sum(counts.values())
        self.stdout.write(self.style.SUCCESS(f"Restored {total:,} records from {path}."))
        if options["verbosity"] > 1:
            for label, n in counts.items():
                self.stdout.write(f"  {label:<40}{n:>10,}")

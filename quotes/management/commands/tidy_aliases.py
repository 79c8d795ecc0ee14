from django.core.management.base import BaseCommand

from quotes.services.aliases import alias_fixes, aliases_tidy


class Command(BaseCommand):
    help = (
        "Clean the aliases that imports stored before names were checked: "
        '"Though Mr Brown" becomes "Mr Brown", "ABC News." "ABC News"; clause '
        "fragments and repeats of another alias are removed. Aliases an editor, a merge "
        "or a fixture made are never touched. Every change is kept in the history."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Print what would change; change nothing."
        )

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        fixes = alias_fixes() if dry_run else aliases_tidy()
        for fix in fixes:
            if verbosity >= 2 or dry_run:
                now = f"“{fix.now}”" if fix.now else "removed"
                self.stdout.write(f"{fix.alias.speaker.name}: “{fix.was}” -> {now} ({fix.why})")
        renamed = sum(1 for fix in fixes if fix.now)
        verb = "would be" if dry_run else "were"
        self.stdout.write(
            self.style.SUCCESS(
                f"{renamed} alias(es) {verb} renamed, {len(fixes) - renamed} removed."
            )
        )

from django.core.management.base import BaseCommand

from quotes import search


class Command(BaseCommand):
    help = (
        "Recompute the search document of every quote. The database's triggers keep the "
        "index fresh as quotes, speakers, aliases and headlines change, so this is only "
        "needed after writing quotes with the triggers off (a restore with "
        "--disable-triggers, a raw copy between databases)."
    )

    def handle(self, *args, **options):
        done = search.rebuild()
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt for {done} quote(s)."))

from django.core.management.base import BaseCommand

from quotes.models import Quote


class Command(BaseCommand):
    help = "Recompute the search index of every quote (after a bulk load or a restore)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=int,
            default=20000,
            help="Quotes per UPDATE (each batch is its own statement).",
        )

    def handle(self, *args, batch_size, **options):
        ids = list(Quote.objects.order_by("pk").values_list("pk", flat=True))
        done = 0
        for i in range(0, len(ids), batch_size):
            chunk = ids[i : i + batch_size]
            done += Quote.objects.filter(pk__gte=chunk[0], pk__lte=chunk[-1]).refresh_search_index()
            if options["verbosity"] > 1:
                self.stdout.write(f"{done} of {len(ids)} quotes indexed")
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt for {done} quote(s)."))

"""The background worker: runs the imports editors start in the admin.

It is django-tasks-db's `db_worker` (every option of it works here), plus one duty:
every --recover-every seconds (30) it queues again the imports whose worker died mid-job (a
running import that has said nothing for IMPORT_JOB_STALE_SECONDS), so a job survives
a worker that was killed; running an import twice creates nothing twice.
"""

import os
import threading

from django.db import close_old_connections, connection
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorker

from quotes.services.imports import import_jobs_recover

RECOVER_EVERY = 30  # seconds


class Command(DatabaseWorker):
    help = (
        "Run background jobs (the admin's article imports) from the database queue, and "
        "resume imports whose worker died. `make run` starts one beside the web server."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--recover-every",
            type=float,
            default=RECOVER_EVERY,
            metavar="SECONDS",
            help="How often to look for imports whose worker died (default: %(default)s).",
        )

    def handle(self, *args, reload, recover_every, **options):
        # With --reload (the default with DEBUG) this process only restarts a child
        # that does the work: the child recovers, not both.
        if not reload or os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
            recover = threading.Thread(
                target=self.recover_now_and_then, args=(recover_every,), daemon=True
            )
            recover.start()
        super().handle(*args, reload=reload, **options)

    def recover_now_and_then(self, every: float, stop: threading.Event | None = None) -> None:
        stop = stop or threading.Event()
        while True:
            try:
                for job_id in import_jobs_recover():
                    self.stdout.write(f"Import {job_id}: its worker stopped; queued again.")
            except Exception as error:  # the database away for a moment: try again later
                self.stderr.write(f"Could not look for stopped imports: {error}")
            finally:
                close_old_connections()
                connection.close()
            if stop.wait(every):
                return

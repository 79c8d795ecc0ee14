"""Helpers for the background import tests: run the queue as `import_worker` would."""

from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult


def run_queued_tasks() -> None:
    """Run every queued task with django-tasks-db's own worker loop, then return
    (its --batch mode). Needs committed data: use it in transactional tests."""
    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    ).run()


def queued() -> int:
    return DBTaskResult.objects.ready().count()

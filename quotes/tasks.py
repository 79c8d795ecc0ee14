"""Background tasks (Django's task framework, through the django-tasks backport; the
queue is a database table: settings.TASKS). Each is a thin call into a service."""

from django_tasks import task

from quotes.services.imports import import_job_run


@task()
def run_import_job(job_id: int) -> None:
    import_job_run(job_id=job_id)

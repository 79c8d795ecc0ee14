"""Imports that editors start in the admin: queued with their inputs, run by a
background worker through the importer's one entry point, with their progress written
as they go.

- A job's task may run more than once (a worker killed mid-job, a job taken for dead
  and enqueued again): the content hash makes a second run create nothing twice, and
  the job's own counts are rebuilt from what its sources say, so they stay exact.
- Only one run of a job works at a time: a run claims the job by a conditional update,
  and a run whose job was claimed since (by a newer attempt) stops at its next write.
"""

import time
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from quotes.importing import Failed, Imported, ImportOptions, Notice, Skipped, import_files
from quotes.importing.files import Upload
from quotes.importing.outcomes import reason
from quotes.models import ImportJob, ImportJobFile, Quote, Source

ERRORS_KEPT = 200  # lines of errors a job keeps (the count goes on)
PROGRESS_EVERY = 0.5  # seconds between progress writes
# Small batches, so the page's progress moves; the worker writes each in one transaction.
JOB_BATCH_SIZE = 10
MAX_URLS = 1000


class ImportRefused(ValueError):
    """Inputs that cannot make an import; the message says why."""


class TakenOver(Exception):
    """A newer attempt claimed the job: this run stops."""


def check_inputs(*, uploads: list[Upload], urls: list[str]) -> None:
    """ImportRefused unless these inputs make an import within the limits."""
    if not uploads and not urls:
        raise ImportRefused("Choose files to upload or paste URLs.")
    total = sum(len(upload.data) for upload in uploads)
    limit = settings.IMPORT_UPLOAD_MAX_BYTES
    if total > limit:
        raise ImportRefused(f"The files come to {total:,} bytes; the limit is {limit:,}.")
    if len(urls) > MAX_URLS:
        raise ImportRefused(f"{len(urls):,} URLs; at most {MAX_URLS:,} at once.")
    bad = [url for url in urls if urlsplit(url).scheme.lower() not in ("http", "https")]
    if bad:
        raise ImportRefused(f"Not an http or https URL: {bad[0][:200]}")


@transaction.atomic
def import_job_submit(
    *, job: ImportJob, uploads: list[Upload], urls: list[str], user=None
) -> ImportJob:
    """Save the job and its files, and queue it (in the same transaction: the
    database queue sees the job exactly when its files are there)."""
    from quotes.tasks import run_import_job

    check_inputs(uploads=uploads, urls=urls)
    job.created_by = user if user is not None and user.is_authenticated else None
    job.urls = list(urls)
    job.status = ImportJob.Status.QUEUED
    job.inputs_total = len(uploads) + len(urls)
    job.save()
    ImportJobFile.objects.bulk_create(
        ImportJobFile(job=job, name=upload.name[:255], size=len(upload.data), data=upload.data)
        for upload in uploads
    )
    run_import_job.enqueue(job.pk)
    return job


def import_job_run(*, job_id: int) -> None:
    """Run a queued job (or one whose worker died) to the end; do nothing for a job that
    another run has, or that is finished."""
    job = _claim(job_id)
    if job is None:
        return
    progress = Progress(job)
    inputs = [Upload(f.name, bytes(f.data)) for f in job.files.all()] + list(job.urls)
    options = ImportOptions(
        job_id=job.pk,
        input_format=job.input_format,
        batch_size=JOB_BATCH_SIZE,
        # One process: the worker shares the machine with the web server.
        workers=0,
        on_progress=progress.read,
    )
    try:
        run = import_files(inputs, options=options)
        try:
            for outcome in run:
                progress.add(outcome)
        finally:
            run.close()  # now, not when the garbage collector gets to it
    except TakenOver:
        return
    except Exception as error:  # the job stops; what landed stays, and the page says why
        progress.finish(ImportJob.Status.FAILED, f"The import stopped: {reason(error)}")
        return
    except BaseException:
        # The worker is being stopped (a second Ctrl-C, SIGTERM): queue the job again, so
        # the next worker resumes it at once, and let the worker stop.
        _requeue(job, progress.attempt)
        raise
    progress.finish(ImportJob.Status.DONE)


def import_jobs_recover() -> list[int]:
    """Queue again the running jobs whose worker has said nothing for
    IMPORT_JOB_STALE_SECONDS (it died); the ids queued."""
    from quotes.tasks import run_import_job

    stale = timezone.now() - timedelta(seconds=settings.IMPORT_JOB_STALE_SECONDS)
    ids = list(
        ImportJob.objects.filter(status=ImportJob.Status.RUNNING, heartbeat_at__lt=stale)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    for job_id in ids:
        run_import_job.enqueue(job_id)
    return ids


def _claim(job_id: int) -> ImportJob | None:
    now = timezone.now()
    stale = now - timedelta(seconds=settings.IMPORT_JOB_STALE_SECONDS)
    claimed = (
        ImportJob.objects.filter(pk=job_id)
        .filter(
            Q(status=ImportJob.Status.QUEUED)
            | Q(status=ImportJob.Status.RUNNING, heartbeat_at__lt=stale)
        )
        .update(
            status=ImportJob.Status.RUNNING,
            attempts=F("attempts") + 1,
            started_at=now,
            heartbeat_at=now,
        )
    )
    return ImportJob.objects.get(pk=job_id) if claimed else None


def _requeue(job: ImportJob, attempt: int) -> None:
    from quotes.tasks import run_import_job

    with transaction.atomic():
        if ImportJob.objects.filter(pk=job.pk, attempts=attempt).update(
            status=ImportJob.Status.QUEUED
        ):
            run_import_job.enqueue(job.pk)


class Progress:
    """A job's counts as its run goes, written to its row at most every
    PROGRESS_EVERY seconds (each write is also the job's heartbeat)."""

    def __init__(self, job: ImportJob):
        self.job, self.attempt = job, job.attempts
        # What earlier attempts of this job created: this run finds it already imported.
        self.earlier = set(Source.objects.filter(import_job=job).values_list("pk", flat=True))
        self.earlier_quotes = Quote.objects.filter(source__import_job=job).count()
        self.counts = dict.fromkeys(
            ("articles_done", "skipped", "failed", "inputs_read", "articles_found"), 0
        )
        self.created, self.quotes = len(self.earlier), self.earlier_quotes
        self.errors: list[str] = []
        self.written_at = 0.0

    def read(self, run) -> None:
        self.counts["inputs_read"] = run.inputs_done
        self.counts["articles_found"] = run.articles_found
        self._write()

    def add(self, outcome) -> None:
        if isinstance(outcome, Notice):
            self._error(outcome.message)
            return
        self.counts["articles_done"] += 1
        if isinstance(outcome, Imported):
            self.created += 1
            self.quotes += len(outcome.quotes)
        elif isinstance(outcome, Skipped) and outcome.source_id not in self.earlier:
            self.counts["skipped"] += 1
        elif isinstance(outcome, Failed):
            self.counts["failed"] += 1
            self._error(f"{outcome.name}: {reason(outcome.error)}")
        self._write()

    def finish(self, status: str, message: str = "") -> None:
        self._write(
            force=True,
            status=status,
            message=message,
            finished_at=timezone.now(),
            # Exact, whatever happened to earlier attempts.
            sources_created=Source.objects.filter(import_job=self.job).count(),
            quotes_created=Quote.objects.filter(source__import_job=self.job).count(),
        )
        ImportJobFile.objects.filter(job=self.job).update(data=b"")  # the sources keep it

    def _error(self, line: str) -> None:
        if len(self.errors) < ERRORS_KEPT:
            self.errors.append(line)

    def _write(self, *, force: bool = False, **fields) -> None:
        if not force and time.monotonic() - self.written_at < PROGRESS_EVERY:
            return
        self.written_at = time.monotonic()
        fields = {
            **self.counts,
            "sources_created": self.created,
            "quotes_created": self.quotes,
            "errors": self.errors,
            "heartbeat_at": timezone.now(),
            **fields,
        }
        if not ImportJob.objects.filter(pk=self.job.pk, attempts=self.attempt).update(**fields):
            raise TakenOver

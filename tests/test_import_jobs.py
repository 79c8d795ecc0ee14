"""Imports in the background: queued with their inputs, run by the worker, their
progress counted exactly, surviving a worker that dies or stops."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from quotes.importing import Upload
from quotes.models import ImportJob, ImportJobFile, Quote, Source
from quotes.services import imports
from quotes.services.imports import (
    ImportRefused,
    import_job_run,
    import_job_submit,
    import_jobs_recover,
)
from tests.factories import UserFactory
from tests.importing import QUOTED, article
from tests.jobs import queued, run_queued_tasks

INPUTS = Path(__file__).parent / "inputs"
PAGE = (INPUTS / "wordpress_cycle_lanes.html").read_bytes()
DUMP = (INPUTS / "scraper_dump.jsonl").read_bytes()


def many(n: int) -> list[Upload]:
    return [
        Upload(f"{i}.txt", article(f'"Point {i} made," Anna Lindqvist said.', headline=f"H{i}"))
        for i in range(n)
    ]


def submit(uploads=(), urls=(), **fields) -> ImportJob:
    return import_job_submit(
        job=ImportJob(**fields), uploads=list(uploads), urls=list(urls), user=UserFactory()
    )


@pytest.mark.django_db(transaction=True)
def test_an_upload_is_queued_and_the_worker_imports_it_with_exact_counts():
    job = submit([Upload("lanes.html", PAGE), Upload("scrape.jsonl", DUMP)])
    assert (job.status, job.inputs_total, queued()) == ("queued", 2, 1)
    run_queued_tasks()
    job.refresh_from_db()
    assert job.status == "done" and job.finished_at is not None
    assert (job.inputs_read, job.articles_found, job.articles_done) == (2, 9, 9)
    assert (job.sources_created, job.skipped, job.failed) == (3, 0, 6)
    assert job.quotes_created == Quote.objects.count() > 0
    assert job.errors[0] == "scrape.jsonl:2: 'date' must be YYYY-MM-DD (got '02/11/2025')"
    assert set(Source.objects.values_list("import_job", flat=True)) == {job.pk}
    # The bytes are dropped once imported; the sources keep the text.
    assert [bytes(f.data) for f in ImportJobFile.objects.filter(job=job)] == [b"", b""]


@pytest.mark.django_db(transaction=True)
def test_two_jobs_over_the_same_inputs_create_nothing_twice():
    first = submit([Upload("lanes.html", PAGE), Upload("talks.txt", QUOTED)])
    second = submit([Upload("copy of lanes.html", PAGE), Upload("talks.txt", QUOTED)])
    run_queued_tasks()
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.sources_created, first.skipped) == (2, 0)
    assert (second.sources_created, second.skipped, second.quotes_created) == (0, 2, 0)
    assert Source.objects.count() == 2


class Killed(BaseException):
    """kill -9 in the middle of a job: no handler runs."""


@pytest.mark.django_db(transaction=True)
def test_a_job_whose_worker_died_is_resumed_by_a_new_worker_without_duplicates(monkeypatch):
    job = submit(many(35))
    real_add = imports.Progress.add
    seen = []

    def dies_after_the_second_batch(self, outcome):
        real_add(self, outcome)
        seen.append(outcome)
        if len(seen) == 2 * imports.JOB_BATCH_SIZE:
            raise Killed

    monkeypatch.setattr(imports.Progress, "add", dies_after_the_second_batch)
    monkeypatch.setattr(imports, "_requeue", lambda *args: None)  # nothing runs on kill -9
    with pytest.raises(Killed):
        import_job_run(job_id=job.pk)
    monkeypatch.undo()
    job.refresh_from_db()
    assert job.status == "running" and Source.objects.count() == 20
    # A new worker starts: the job is not stale yet, so nothing is queued...
    assert import_jobs_recover() == []
    # ...until its heartbeat is older than IMPORT_JOB_STALE_SECONDS.
    ImportJob.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now() - timedelta(hours=1))
    assert import_jobs_recover() == [job.pk]
    run_queued_tasks()
    job.refresh_from_db()
    assert (job.status, job.attempts) == ("done", 2)
    assert Source.objects.count() == 35 and Quote.objects.count() == 35
    assert (job.sources_created, job.skipped, job.quotes_created) == (35, 0, 35)


@pytest.mark.django_db(transaction=True)
def test_a_worker_that_is_stopped_puts_its_job_back_in_the_queue(monkeypatch):
    job = submit(many(15))
    real_add = imports.Progress.add

    def stopped_midway(self, outcome):
        real_add(self, outcome)
        if self.counts["articles_done"] == imports.JOB_BATCH_SIZE:
            raise KeyboardInterrupt

    monkeypatch.setattr(imports.Progress, "add", stopped_midway)
    with pytest.raises(KeyboardInterrupt):
        import_job_run(job_id=job.pk)
    monkeypatch.undo()
    job.refresh_from_db()
    assert job.status == "queued" and queued() == 2  # the first task's row is still ready too
    run_queued_tasks()
    job.refresh_from_db()
    assert (job.status, job.sources_created) == ("done", 15)
    assert Source.objects.count() == 15


@pytest.mark.django_db
def test_a_job_another_worker_is_running_is_left_alone():
    job = submit(many(2))
    ImportJob.objects.filter(pk=job.pk).update(status="running", heartbeat_at=timezone.now())
    import_job_run(job_id=job.pk)
    assert Source.objects.count() == 0
    import_job_run(job_id=job.pk + 1000)  # a job that is gone: nothing to do


@pytest.mark.django_db
def test_a_run_that_lost_its_job_to_a_newer_attempt_stops_at_its_next_write(monkeypatch):
    job = submit(many(30))
    real_add = imports.Progress.add

    def overtaken(self, outcome):
        ImportJob.objects.filter(pk=job.pk).update(attempts=99)
        imports.PROGRESS_EVERY = 0
        real_add(self, outcome)

    monkeypatch.setattr(imports.Progress, "add", overtaken)
    monkeypatch.setattr(imports, "PROGRESS_EVERY", 0)
    import_job_run(job_id=job.pk)
    assert Source.objects.count() < 30


@pytest.mark.django_db
def test_a_job_that_stops_on_an_unexpected_error_says_why(monkeypatch):
    job = submit(many(3))

    def broken(*args, **kwargs):
        raise MemoryError("out of memory")

    monkeypatch.setattr(imports, "import_files", broken)
    import_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == "failed"
    assert job.message == "The import stopped: unexpected MemoryError: out of memory"


@pytest.mark.django_db(transaction=True)
def test_urls_are_fetched_by_the_worker(loopback):
    url = loopback.page("/lanes", PAGE)
    job = submit(urls=[url, loopback.url + "/missing"])
    run_queued_tasks()
    job.refresh_from_db()
    assert (job.sources_created, job.failed) == (1, 1)
    assert job.errors == [f"{loopback.url}/missing: HTTP 404 Not Found"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("uploads", "urls", "message"),
    [
        ([], [], "Choose files to upload or paste URLs."),
        ([], ["file:///etc/passwd"], "Not an http or https URL: file:///etc/passwd"),
        ([], ["javascript:alert(1)"], "Not an http or https URL: javascript:alert(1)"),
        ([], ["httpx://example.org/"], "Not an http or https URL: httpx://example.org/"),
        ([Upload("big.txt", b"x" * 101)], [], "The files come to 101 bytes; the limit is 100."),
    ],
    ids=["nothing", "file url", "javascript", "another scheme", "too large"],
)
def test_inputs_that_cannot_make_an_import_are_refused_and_nothing_is_queued(
    settings, uploads, urls, message
):
    settings.IMPORT_UPLOAD_MAX_BYTES = 100
    with pytest.raises(ImportRefused, match=message.replace("(", r"\(").replace(")", r"\)")):
        submit(uploads, urls)
    assert ImportJob.objects.count() == 0 and queued() == 0

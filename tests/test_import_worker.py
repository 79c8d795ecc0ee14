"""The real worker process, killed in the middle of an import and started again: the
import finishes, once. It needs a database another process can reach (PostgreSQL; the
SQLite test database lives in this process's memory)."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult

from quotes.importing import Upload
from quotes.models import ImportJob, Quote, Source
from quotes.services.imports import import_job_submit

ROOT = Path(__file__).resolve().parent.parent
PAGE = (Path(__file__).parent / "inputs" / "wordpress_cycle_lanes.html").read_text()

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def worker_env():
    if connection.vendor != "postgresql":
        pytest.skip("a worker process needs a database it can reach: PostgreSQL")
    settings_dict = connection.settings_dict
    url = (
        f"postgres://{settings_dict['USER']}:{settings_dict['PASSWORD'] or ''}@"
        f"{settings_dict['HOST'] or '127.0.0.1'}:{settings_dict['PORT'] or 5432}/"
        f"{settings_dict['NAME']}"
    )
    return {
        **os.environ,
        "DATABASE_URL": url,
        "SECRET_KEY": "test",
        "IMPORT_FETCH_PRIVATE_ADDRESSES": "true",
        "IMPORT_JOB_STALE_SECONDS": "2",
    }


def start_worker(env):
    command = [sys.executable, "manage.py", "import_worker", "--no-reload", "--interval", "0.2"]
    command += ["--no-startup-delay", "--recover-every", "0.5", "-v", "0"]
    return subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)


def wait_for(condition, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_a_worker_killed_mid_import_is_replaced_and_the_import_finishes_once(loopback, worker_env):
    # Twelve pages that take a while each, so the kill lands in the middle.
    urls = [
        loopback.page(f"/story-{n}", PAGE.replace("cycle lanes", f"cycle lanes {n}"), delay=0.3)
        for n in range(12)
    ]
    job = import_job_submit(job=ImportJob(), uploads=[Upload("a.txt", b"")], urls=urls)
    first = start_worker(worker_env)
    try:
        assert wait_for(lambda: Source.objects.count() >= 3, 60), "the worker never started"
        os.killpg(first.pid, signal.SIGKILL)  # no handler runs: as a crash or the OOM killer
        first.wait(10)
        job.refresh_from_db()
        assert job.status == "running" and Source.objects.count() < 12
        second = start_worker(worker_env)
        try:
            assert wait_for(lambda: ImportJob.objects.get(pk=job.pk).finished, 90)
        finally:
            second.terminate()
            second.wait(10)
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
    job.refresh_from_db()
    assert (job.status, job.attempts) == ("done", 2)
    headlines = list(Source.objects.values_list("headline", flat=True))
    assert len(headlines) == len(set(headlines)) == 12
    assert (job.sources_created, job.quotes_created) == (12, Quote.objects.count())
    assert job.errors == ["a.txt: empty file"]


def test_two_workers_running_two_imports_of_the_same_pages_at_once_create_each_once(
    loopback, worker_env
):
    urls = [
        loopback.page(f"/same-{n}", PAGE.replace("cycle lanes", f"bridge {n}"), delay=0.1)
        for n in range(8)
    ]
    jobs = [import_job_submit(job=ImportJob(), uploads=[], urls=urls) for _ in range(2)]
    workers = [start_worker(worker_env) for _ in range(2)]
    try:
        done = lambda: all(ImportJob.objects.get(pk=j.pk).finished for j in jobs)  # noqa: E731
        assert wait_for(done, 90)
    finally:
        for worker in workers:
            worker.terminate()
            worker.wait(10)
    for job in jobs:
        job.refresh_from_db()
    assert [job.status for job in jobs] == ["done", "done"]
    assert Source.objects.count() == 8
    assert sum(job.sources_created for job in jobs) == 8
    assert sum(job.skipped for job in jobs) == 8
    assert all(job.failed == 0 for job in jobs)
    # Each worker ran one of them, side by side.
    assert len({result.worker_ids[0] for result in DBTaskResult.objects.all()}) == 2

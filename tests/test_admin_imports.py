"""The admin's "Import articles" page: editors upload or paste, the job is queued, and
its progress is there to read as JSON."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from quotes.models import ImportJob, ImportJobFile
from quotes.services.imports import import_job_run
from tests.jobs import queued

pytestmark = pytest.mark.django_db

ADD = "/admin/quotes/importjob/add/"
PROGRESS = "/admin/quotes/importjob/progress.json"
PAGE = (Path(__file__).parent / "inputs" / "wordpress_cycle_lanes.html").read_bytes()


def test_an_editor_sees_the_import_page_with_the_latest_imports(editor_client):
    response = editor_client.get(ADD)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Import articles" in html and "Latest imports" in html
    assert 'type="file"' in html and "multiple" in html and 'enctype="multipart/form-data"' in html
    assert "quotes/import_progress.js" in html


def test_uploading_files_and_urls_queues_one_job_and_comes_back_to_the_page(editor_client, editor):
    files = [
        SimpleUploadedFile("lanes.html", PAGE, "text/html"),
        SimpleUploadedFile("../../etc/evil.txt", b"date 2025-01-01 x\ny\nz\n"),
    ]
    data = {"files": files, "urls": "https://example.org/a\n\n https://example.org/feed \n"}
    response = editor_client.post(ADD, data)
    assert response.status_code == 302 and response["Location"] == ADD
    job = ImportJob.objects.get()
    assert (job.created_by, job.status, job.inputs_total) == (editor, "queued", 4)
    assert job.urls == ["https://example.org/a", "https://example.org/feed"]
    # The browser's file name is never a path.
    assert list(ImportJobFile.objects.values_list("name", flat=True)) == ["lanes.html", "evil.txt"]
    assert queued() == 1
    page = editor_client.get(ADD).content.decode()
    assert f"Import {job.pk}" in page and "queued: its progress shows below" in page


def test_an_empty_or_hostile_form_is_refused_with_a_message_and_queues_nothing(editor_client):
    response = editor_client.post(ADD, {"urls": ""})
    assert response.status_code == 200
    assert "Choose files to upload or paste URLs." in response.content.decode()
    response = editor_client.post(ADD, {"urls": "file:///etc/passwd"})
    assert "Not an http or https URL: file:///etc/passwd" in response.content.decode()
    assert ImportJob.objects.count() == 0 and queued() == 0


def test_the_progress_json_says_what_the_job_did_and_links_to_what_it_made(editor_client):
    editor_client.post(ADD, {"files": [SimpleUploadedFile("lanes.html", PAGE)]})
    job = ImportJob.objects.get()
    import_job_run(job_id=job.pk)
    data = editor_client.get(PROGRESS, {"id": [job.pk, "x", 999]}).json()
    (progress,) = data["jobs"]
    assert progress["status"] == "done" and progress["finished"] is True
    assert (progress["articles_done"], progress["sources_created"]) == (1, 1)
    assert progress["quotes_created"] >= 2
    sources = editor_client.get(progress["sources_url"])
    assert "Council approves new cycle lanes" in sources.content.decode()
    quotes = editor_client.get(progress["quotes_url"])
    assert quotes.status_code == 200 and "Maria Okafor" in quotes.content.decode()
    job_page = editor_client.get(progress["job_url"]).content.decode()
    assert "Summary" in job_page and progress["sources_url"].replace("&", "&amp;") in job_page


def test_the_progress_of_many_jobs_costs_one_query(editor_client, django_assert_num_queries):
    for _ in range(5):
        editor_client.post(ADD, {"urls": "https://example.org/a"})
    ids = list(ImportJob.objects.values_list("pk", flat=True))
    editor_client.get(PROGRESS, {"id": ids[:1]})
    # The session, the user, their own and their group's permissions, and the jobs.
    with django_assert_num_queries(5):
        editor_client.get(PROGRESS, {"id": ids})


@pytest.mark.parametrize("url", [ADD, PROGRESS, "/admin/quotes/importjob/"])
def test_readers_and_strangers_cannot_import_or_watch(client, reader_client, url):
    assert client.get(url).status_code == 302  # to the sign-in page
    assert reader_client.get(url).status_code == 302


def test_nobody_edits_or_deletes_a_job_in_the_admin(admin_client):
    admin_client.post(ADD, {"urls": "https://example.org/a"})
    job = ImportJob.objects.get()
    page = admin_client.get(f"/admin/quotes/importjob/{job.pk}/change/")
    assert page.status_code == 200 and "<form" not in page.content.decode().split("content")[-1]
    assert admin_client.post(f"/admin/quotes/importjob/{job.pk}/delete/").status_code == 403


def test_the_sources_list_leads_editors_to_the_import_page(editor_client):
    html = editor_client.get("/admin/quotes/source/").content.decode()
    assert f'href="{ADD}"' in html and "Import articles" in html

"""An editor imports articles in the admin, in a real browser: uploads files and
pastes URLs, watches the background job's progress update in place, and opens the
summary's links to what it made."""

from pathlib import Path

import pytest

from quotes.models import ImportJob, Source
from tests.factories import EditorFactory
from tests.jobs import run_queued_tasks

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "correct horse battery staple"
INPUTS = Path(__file__).resolve().parents[1] / "inputs"
# Records every state the jobs table shows, so the test can tell it changed in place.
WATCH = """() => {
    window.notReloaded = true;
    window.seen = [];
    const table = document.querySelector('.import-jobs');
    new MutationObserver(() => window.seen.push(table.querySelector('tbody tr').innerText))
        .observe(table, {subtree: true, childList: true, characterData: true});
}"""


@pytest.fixture(autouse=True)
def _editors_group(editors_group):
    pass


def test_an_editor_uploads_and_watches_the_import_finish_then_opens_its_summary(
    new_page, loopback, screenshot
):
    EditorFactory(username="editor", password=PASSWORD)
    # Pages that take a moment each, so the import is seen under way.
    urls = [
        loopback.page(f"/story-{n}", html.read_bytes(), delay=0.7)
        for n, html in enumerate(
            [INPUTS / "newsroom_jsonld_stopgap.html", INPUTS / "drupal_parking.html"]
        )
    ]
    page = new_page()
    page.goto("/accounts/login/?next=/admin/quotes/importjob/add/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("button:text('Sign in')")
    page.wait_for_url("**/admin/quotes/importjob/add/")
    assert page.locator("h1").inner_text() == "Import articles"

    page.set_input_files(
        "#id_files",
        [INPUTS / "wordpress_cycle_lanes.html", INPUTS / "scraper_dump.jsonl"],
    )
    page.fill("#id_urls", "\n".join(urls))
    page.click("input[value='Import']")
    page.wait_for_url("**/admin/quotes/importjob/add/")
    row = page.locator(".import-jobs tbody tr").first
    assert "queued" in row.inner_text()
    screenshot(page, "import-queued")

    page.evaluate(WATCH)
    run_queued_tasks()  # the worker, here, while the page polls the server
    page.locator(".import-jobs tbody tr[data-finished='true']").wait_for(timeout=30_000)
    assert page.evaluate("window.notReloaded") is True  # updated in place, not reloaded
    seen = page.evaluate("window.seen")
    assert any("running" in state for state in seen), seen
    job = ImportJob.objects.get()
    assert (job.status, job.sources_created, job.failed) == ("done", 5, 6)
    assert "done" in row.inner_text()
    screenshot(page, "import-done")

    page.click(".import-jobs a:text('new sources')")
    page.wait_for_url("**/admin/quotes/source/**")
    listed = page.locator("#result_list").inner_text()
    for source in Source.objects.all():
        assert source.headline[:40] in listed
    page.go_back()
    page.click(".import-jobs a:text('unreviewed quotes')")
    page.wait_for_url("**/admin/quotes/quote/**")
    assert "Karen Whitfield" in page.locator("#result_list").inner_text()

    page.goto(f"/admin/quotes/importjob/{job.pk}/change/")
    assert "Summary" in page.locator("#content").inner_text()
    assert "scraper_dump.jsonl:2: 'date' must be YYYY-MM-DD" in page.inner_text(".import-errors")
    screenshot(page, "import-job-page")
    assert page.csp_errors == []

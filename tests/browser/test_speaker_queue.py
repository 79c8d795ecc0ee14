"""An editor works through the speakers' queue in a real browser: a merge, then a
"not a duplicate" that never comes back."""

import datetime

import pytest

from quotes.models import QueueDecision, Quote, Speaker
from tests.factories import EditorFactory, QuoteFactory, SpeakerAliasFactory, SpeakerFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "correct horse battery staple"
QUEUE = "/admin/quotes/speaker/queue/"


@pytest.fixture(autouse=True)
def _editors_group(editors_group):
    pass


def quoted(name, n=1):
    speaker = SpeakerFactory(name=name)
    SpeakerAliasFactory(speaker=speaker, name=name)
    for _ in range(n):
        QuoteFactory(speaker=speaker, source__published_on=datetime.date(2025, 12, 1))
    return speaker


def test_an_editor_merges_one_pair_and_dismisses_another(new_page, screenshot):
    EditorFactory(username="editor")
    vincent, vince = quoted("Vincent Cable", n=2), quoted("Vince Cable")
    william, bill = quoted("William Hague", n=2), quoted("Bill Hague")

    page = new_page()
    page.goto(f"/admin/login/?next={QUEUE}")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"**{QUEUE}")
    assert page.locator("tr.duplicate").count() == 2
    screenshot(page, "speaker-queue")

    cable = page.locator(f"tr[data-pair='{vincent.pk}-{vince.pk}']")
    assert cable.locator(f"input[name=target][value='{vincent.pk}']").is_checked()
    assert "a short given name" in cable.inner_text()
    cable.locator("button[value=merge]").click()
    page.wait_for_url(f"**{QUEUE}")
    assert "Merged Vince Cable into Vincent Cable." in page.inner_text(".messagelist")
    assert not Speaker.objects.filter(pk=vince.pk).exists()
    assert Quote.objects.filter(speaker=vincent).count() == 3

    hague = page.locator(f"tr[data-pair='{william.pk}-{bill.pk}']")
    hague.locator("button[value=distinct]").click()
    page.wait_for_url(f"**{QUEUE}")
    assert "not a duplicate" in page.inner_text(".messagelist")
    page.reload()
    assert page.locator("tr.duplicate").count() == 0
    assert "No likely duplicates." in page.inner_text("#content")
    assert QueueDecision.objects.filter(speaker=william, other=bill).exists()
    screenshot(page, "speaker-queue-done")
    assert page.csp_errors == []

"""Hostile markup stored in an article, a speaker's name, a claim and a reader's note
never runs in a real browser: no dialog opens on any page that shows it."""

import pytest

from quotes.models import Quote, Speaker
from tests.factories import EditorFactory, UserFactory, published_claim
from tests.importing import article, run_import, write

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

HOSTILE = article(
    '"<script>alert(1)</script> Ceasefire talks collapsed <img src=x onerror=alert(2)>,"'
    " Anna Lindqvist said.",
    headline='Ceasefire <img src=x onerror=alert(3)> talks "><svg onload=alert(4)>',
)


@pytest.fixture(autouse=True)
def _editors_group(editors_group):
    pass


def test_no_dialog_opens_on_any_page_that_shows_hostile_text(tmp_path, new_page, screenshot):
    assert not run_import(write(tmp_path, "hostile.txt", HOSTILE)).failed
    quote = Quote.objects.select_related("source", "speaker").get(location="body")
    Speaker.objects.filter(pk=quote.speaker_id).update(name='Anna "><svg onload=alert(5)>')
    claim = published_claim(
        editor=EditorFactory(), quotes=[quote], text="<script>alert(6)</script> collapsed"
    )
    quote.annotations.create(
        author=UserFactory(),
        body="<img src=x onerror=alert(7)>",
        start=0,
        end=5,
        exact=quote.text[:5],
    )
    page = new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for url in [
        "/quotes/?q=ceasefire",
        quote.get_absolute_url(),
        quote.source.get_absolute_url(),
        quote.speaker.get_absolute_url(),
        claim.get_absolute_url(),
        "/claims/",
        "/",
    ]:
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.locator("text=Ceasefire").count() + page.locator("text=collapsed").count()
    screenshot(page, "hostile-home")
    assert dialogs == []

"""Anonymous readers' cached pages are never older than the data: an import, an editor's
change, a published verdict and a correction show on the next request."""

import pytest
from django.db import transaction
from django.urls import reverse

from quotes import data_version
from quotes.models import Quote
from quotes.services.claims import verdict_correct
from quotes.services.quotes import quotes_set_status
from tests.factories import QuoteFactory, RatingFactory, published_claim
from tests.importing import QUOTED, run_import, write

pytestmark = pytest.mark.django_db
HOME, SEARCH = reverse("home"), reverse("quote-list")


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 60


def test_a_page_is_served_from_the_cache_until_the_data_changes(
    client, committed, django_assert_num_queries
):
    quote = committed(QuoteFactory, text="The bridge will open in spring.")
    assert b"The bridge will open" in client.get(SEARCH).content
    # A hit reads the data version (a table in the default set-up) and nothing else.
    with django_assert_num_queries(1):
        assert b"The bridge will open" in client.get(SEARCH).content
    Quote.objects.filter(pk=quote.pk).update(text="The tunnel will open in spring.")
    # Changed behind the cache's back and not committed yet: the cached page stands.
    assert b"The bridge will open" in client.get(SEARCH).content


def test_an_import_shows_on_the_home_page_and_in_search_at_once(client, committed, tmp_path):
    assert b"Anna Lindqvist" not in client.get(HOME).content
    client.get(SEARCH + "?q=deal")
    write(tmp_path, "talks.txt", QUOTED)
    assert not committed(run_import, tmp_path).failed
    assert b"Anna Lindqvist" in client.get(HOME).content
    assert b"We are close to a" in client.get(SEARCH + "?q=deal").content


def test_a_rejected_quote_leaves_search_at_once(client, committed, editor):
    quote = committed(QuoteFactory, text="The bridge will open in spring.")
    assert b"The bridge will open" in client.get(SEARCH).content
    committed(quotes_set_status, quotes=Quote.objects.filter(pk=quote.pk), status="rejected")
    assert b"The bridge will open" not in client.get(SEARCH).content
    assert client.get(quote.get_absolute_url()).status_code == 404


def test_a_published_verdict_and_its_correction_show_at_once(client, committed, editor):
    quote = committed(QuoteFactory, text="Prices fell by half last year.")
    claims = reverse("claim-list")
    assert b"Prices fell" not in client.get(claims).content
    claim = committed(published_claim, editor=editor, quotes=[quote], text="Prices fell")
    page = client.get(claim.get_absolute_url())
    assert b"Prices fell" in client.get(claims).content and b"Half true" not in page.content
    half_true = committed(RatingFactory, label="Half true")
    committed(
        verdict_correct,
        claim=claim,
        user=editor,
        reason="We misread the table.",
        rating=half_true,
        conclusion_only=False,
        explanation="Revised.",
    )
    page = client.get(claim.get_absolute_url()).content
    assert b"Half true" in page and b"We misread the table." in page


def test_a_write_that_rolls_back_keeps_the_cached_pages(client, committed):
    committed(QuoteFactory, text="The bridge will open in spring.")
    assert b"The bridge will open" in client.get(SEARCH).content

    def rolled_back():
        with pytest.raises(RuntimeError), transaction.atomic():
            QuoteFactory(text="Never committed.")
            raise RuntimeError

    before = data_version.current()
    committed(rolled_back)
    assert data_version.current() == before
    committed(QuoteFactory, text="Committed after.")
    assert data_version.current() != before


def test_a_readers_copy_is_revalidated_with_a_304_until_the_data_changes(client, committed):
    committed(QuoteFactory, text="The bridge will open in spring.")
    first = client.get(SEARCH)
    assert "no-cache" in first["Cache-Control"] and "Cookie" in first["Vary"]
    etag = first["ETag"]
    again = client.get(SEARCH, headers={"if-none-match": etag})
    assert again.status_code == 304 and again["ETag"] == etag and not again.content
    committed(QuoteFactory, text="A second quote.")
    fresh = client.get(SEARCH, headers={"if-none-match": etag})
    assert fresh.status_code == 200 and fresh["ETag"] != etag
    assert b"A second quote." in fresh.content


def test_each_address_has_its_own_etag(client):
    QuoteFactory()
    assert client.get(SEARCH)["ETag"] != client.get(SEARCH + "?q=bridge")["ETag"]


def test_with_the_version_store_down_writes_succeed_and_pages_are_served_fresh(
    client, committed, monkeypatch
):
    class Down:
        def get(self, *args, **kwargs):
            raise ConnectionError("cache server down")

        set = add = get

    monkeypatch.setattr(data_version, "_store", Down)
    committed(QuoteFactory, text="The bridge will open in spring.")
    assert b"The bridge will open" in client.get(SEARCH).content
    committed(QuoteFactory, text="A second quote.")
    assert b"A second quote." in client.get(SEARCH).content

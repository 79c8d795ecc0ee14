"""The front page: a search box, the latest quotes, the most-quoted speakers."""

import pytest
from django.core.cache import cache

from tests.factories import QuoteFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def test_it_shows_a_search_form_the_latest_quotes_and_the_most_quoted(client):
    busy = SpeakerFactory(name="Busy Speaker")
    QuoteFactory.create_batch(3, speaker=busy, words="Often said")
    body = client.get("/").content.decode()
    assert 'role="search"' in body and 'action="/quotes/"' in body
    assert "Often said" in body and "Busy Speaker" in body and "3 quotes" in body


def test_it_costs_the_same_queries_for_5_and_50_quotes(client, page_queries):
    QuoteFactory.create_batch(5)
    client.get("/")  # the data version is made once
    cache.clear()
    small = len(page_queries(client, "/"))
    QuoteFactory.create_batch(45)
    cache.clear()
    assert len(page_queries(client, "/")) == small <= 5  # 4 before the fact checks


def test_the_most_quoted_list_is_cached_until_the_data_changes(client, committed, page_queries):
    QuoteFactory.create_batch(5)
    client.get("/")
    # The latest quotes, and the data version the cached list is kept under.
    assert len(page_queries(client, "/")) == 2
    committed(QuoteFactory.create_batch, 2, speaker=SpeakerFactory(name="Newly Busy"))
    assert "Newly Busy" in client.get("/").content.decode().split("Most quoted lately")[-1]

"""Atom feeds per speaker and per search."""

import pytest

from tests.factories import QuoteFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def test_a_speaker_feed_lists_their_quotes_as_atom(client):
    speaker = SpeakerFactory(slug="merz", name="Friedrich Merz")
    QuoteFactory(speaker=speaker, words="Pax Americana is over")
    QuoteFactory(words="Someone else")
    response = client.get("/speakers/merz/feed/")
    body = response.content.decode()
    assert response["Content-Type"].startswith("application/atom+xml")
    assert "Pax Americana is over" in body and "Someone else" not in body


def test_a_search_feed_follows_the_search_filters(client):
    QuoteFactory(words="Grain corridor reopens")
    QuoteFactory(words="Steel tariffs")
    body = client.get("/quotes/feed/", {"q": "grain"}).content.decode()
    assert "Grain corridor reopens" in body and "Steel tariffs" not in body


def test_hostile_text_stays_text_in_the_feed(client):
    QuoteFactory(words="Hello <img src=x onerror=alert(1)>")
    body = client.get("/quotes/feed/").content.decode()
    assert "<img" not in body
    assert "&amp;lt;img" in body  # escaped once for HTML, once for XML


@pytest.mark.parametrize("url", ["/quotes/feed/?q=point", "/speakers/busy/feed/"])
def test_feeds_cost_the_same_queries_for_5_and_50_quotes(client, url, page_queries):
    speaker = SpeakerFactory(slug="busy")
    QuoteFactory.create_batch(5, speaker=speaker)
    small = len(page_queries(client, url))
    QuoteFactory.create_batch(45, speaker=speaker)
    assert len(page_queries(client, url)) == small

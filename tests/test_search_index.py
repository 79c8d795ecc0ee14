"""The stored search index: what goes into it, and who keeps it fresh."""

import pytest
from django.db import connection

from quotes.models import Quote
from quotes.services.quotes import quotes_reassign
from quotes.services.speakers import speaker_merge
from tests.factories import QuoteFactory, SourceFactory, SpeakerAliasFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def found(q):
    return set(Quote.objects.search(q).values_list("pk", flat=True))


def test_refreshing_many_quotes_is_one_statement_on_postgresql(django_assert_num_queries):
    quotes = QuoteFactory.create_batch(5)
    if connection.vendor != "postgresql":
        pytest.skip("FTS5 rows are rewritten in Python on SQLite")
    with django_assert_num_queries(1):
        assert Quote.objects.filter(pk__in=[q.pk for q in quotes]).refresh_search_index() == 5


def test_refreshing_returns_how_many_quotes_it_indexed():
    quotes = QuoteFactory.create_batch(3)
    assert Quote.objects.filter(pk__in=[q.pk for q in quotes[:2]]).refresh_search_index() == 2


def test_the_index_holds_text_speaker_aliases_headline_and_paragraph():
    speaker = SpeakerFactory(name="Friedrich Merz")
    SpeakerAliasFactory(speaker=speaker, name="Bundeskanzler")
    source = SourceFactory(
        headline="Europe debates borders",
        body='Intro.\nIn Berlin, "Peace needs strength," the chancellor warned.',
    )
    quote = QuoteFactory(
        speaker=speaker, source=source, text="Peace needs strength,", start=12, end=35
    )
    for term in ["peace", "merz", "bundeskanzler", "borders", "berlin"]:
        assert found(term) == {quote.pk}, term


def test_the_index_is_stored_not_computed_at_query_time():
    quote = QuoteFactory(words="Harvests will recover")
    Quote.objects.filter(pk=quote.pk).update(text="Nothing at all")
    assert found("nothing") == set()
    Quote.objects.filter(pk=quote.pk).refresh_search_index()
    assert found("nothing") == {quote.pk}


def test_merging_speakers_reindexes_the_moved_quotes():
    target = SpeakerFactory(name="Volodymyr Zelenskyy")
    other = SpeakerFactory(name="Zelensky Typo")
    quote = QuoteFactory(speaker=other)
    speaker_merge(target=target, others=[other])
    assert found("volodymyr") == {quote.pk}


def test_reassigning_quotes_reindexes_them():
    quote = QuoteFactory()
    kallas = SpeakerFactory(name="Kaja Kallas")
    quotes_reassign(quotes=Quote.objects.filter(pk=quote.pk), speaker=kallas)
    assert found("kallas") == {quote.pk}


def test_adding_an_alias_in_the_admin_reindexes_that_speakers_quotes(editor_client):
    quote = QuoteFactory()
    editor_client.post(
        "/admin/quotes/speakeralias/add/", {"speaker": quote.speaker.pk, "name": "Der Kanzler"}
    )
    assert found("kanzler") == {quote.pk}


def test_renaming_a_speaker_in_the_admin_reindexes_their_quotes(editor_client):
    quote = QuoteFactory()
    speaker = quote.speaker
    data = {
        "name": "Ursula von der Leyen",
        "slug": speaker.slug,
        "kind": "person",
        "description": "",
        "wikidata_id": "",
        "aliases-TOTAL_FORMS": "0",
        "aliases-INITIAL_FORMS": "0",
    }
    response = editor_client.post(f"/admin/quotes/speaker/{speaker.pk}/change/", data)
    assert response.status_code == 302
    assert found("leyen") == {quote.pk}


def test_on_postgresql_a_quote_is_indexed_as_it_is_inserted_as_a_refresh_would():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite's FTS5 rows are written by whoever inserts the quote")
    speaker = SpeakerFactory(name="Friedrich Merz")
    SpeakerAliasFactory(speaker=speaker, name="Bundeskanzler")
    source = SourceFactory(
        headline="Europe debates borders",
        body='Intro.\nIn Berlin, "Peace needs strength," the chancellor warned.',
    )
    quote = Quote.objects.create(
        speaker=speaker,
        source=source,
        text="Peace needs strength,",
        start=18,
        end=41,
        paragraph=1,
        speaker_mention="the chancellor",
    )  # no refresh
    for term in ["peace", "merz", "bundeskanzler", "borders", "berlin", "chancellor"]:
        assert found(term) == {quote.pk}, term
    stored = Quote.objects.filter(pk=quote.pk).values_list("search_vector", flat=True).get()
    Quote.objects.filter(pk=quote.pk).refresh_search_index()
    assert Quote.objects.filter(pk=quote.pk).values_list("search_vector", flat=True).get() == stored

"""The stored search index: what goes into it, and that the database keeps it fresh
whoever writes (the importer, an editor, a merge, a raw UPDATE)."""

import pytest
from django.core.management import call_command
from django.db import connection

from quotes import search
from quotes.models import Quote, Source, Speaker, SpeakerAlias
from quotes.services.quotes import quotes_reassign
from quotes.services.speakers import speaker_merge
from tests.factories import QuoteFactory, SourceFactory, SpeakerAliasFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def found(q):
    return set(Quote.objects.search(q).values_list("pk", flat=True))


@pytest.fixture
def merz_quote():
    speaker = SpeakerFactory(name="Friedrich Merz")
    SpeakerAliasFactory(speaker=speaker, name="Bundeskanzler")
    source = SourceFactory(
        headline="Europe debates borders",
        body='Intro.\nIn Berlin, "Peace needs strength," the chancellor warned.',
    )
    return QuoteFactory(
        speaker=speaker,
        source=source,
        text="Peace needs strength,",
        start=18,
        end=41,
        speaker_mention="the chancellor",
    )


def test_the_index_holds_text_speaker_aliases_headline_mention_and_context(merz_quote):
    for term in ["peace", "merz", "bundeskanzler", "borders", "chancellor", "berlin", "warned"]:
        assert found(term) == {merz_quote.pk}, term
    assert found("intro") == set()  # another paragraph


def test_the_context_is_a_bounded_window_around_the_quote():
    before, after = "early " * 100, " late" * 100
    body = f'{before}"Prices will fall," she said{after}'
    quote = QuoteFactory(
        source=SourceFactory(body=body), text="Prices will fall,", start=600, end=619
    )
    assert body[600:619] == '"Prices will fall,"'
    assert len(quote.context) <= 2 * search.document.CONTEXT_CHARS + 3
    assert quote.context.startswith("early") and quote.context.endswith("late")
    assert "Prices" not in quote.context  # the quote is the text field, not context


def test_an_edited_quote_is_reindexed_by_the_database_at_once():
    quote = QuoteFactory(words="Harvests will recover")
    Quote.objects.filter(pk=quote.pk).update(text="Nothing at all")  # no signal, no service
    assert found("nothing") == {quote.pk}
    assert found("harvests") == set()


def test_a_deleted_quote_leaves_the_index():
    quote = QuoteFactory(words="Harvests will recover")
    Quote.objects.filter(pk=quote.pk).delete()
    assert found("harvests") == set()


def test_renaming_a_speaker_reindexes_their_quotes():
    quote = QuoteFactory()
    Speaker.objects.filter(pk=quote.speaker_id).update(name="Ursula von der Leyen")
    assert found("leyen") == {quote.pk}


def test_adding_moving_and_removing_an_alias_reindexes_the_quotes_of_both_speakers():
    first, second = QuoteFactory(), QuoteFactory()
    alias = SpeakerAliasFactory(speaker=first.speaker, name="Der Kanzler")
    assert found("kanzler") == {first.pk}
    SpeakerAlias.objects.filter(pk=alias.pk).update(speaker=second.speaker)
    assert found("kanzler") == {second.pk}
    SpeakerAlias.objects.filter(pk=alias.pk).delete()
    assert found("kanzler") == set()


def test_a_new_headline_reindexes_the_sources_quotes():
    quote = QuoteFactory()
    Source.objects.filter(pk=quote.source_id).update(headline="Tariffs return")
    assert found("tariffs") == {quote.pk}


def test_merging_speakers_reindexes_the_moved_quotes():
    target = SpeakerFactory(name="Volodymyr Zelenskyy")
    other = SpeakerFactory(name="Zelensky Typo")
    quote = QuoteFactory(speaker=other)
    speaker_merge(target=target, others=[other])
    assert found("volodymyr") == {quote.pk}
    assert found("typo") == {quote.pk}  # the merged name is now an alias


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


def test_a_rebuild_gives_the_index_the_triggers_wrote(merz_quote):
    before = found("bundeskanzler")
    call_command("rebuild_search_index", verbosity=0)
    assert found("bundeskanzler") == before == {merz_quote.pk}
    if connection.vendor == "postgresql":
        stored = Quote.objects.filter(pk=merz_quote.pk).values_list("search_vector", flat=True)
        assert stored.get()


def test_the_triggers_in_the_database_are_the_ones_the_document_declares():
    """A change to search/document.py needs a migration that installs it again."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT pg_get_functiondef('quote_search_document(text, text, text, bigint, "
                "bigint)'::regprocedure)"
            )
            installed = " ".join(cursor.fetchone()[0].split())
            declared = " ".join(search.postgresql.install_statements()[0].split())
            body = declared.split("$$")[1].strip()
            assert body in installed
        else:
            cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            installed = dict(cursor.fetchall())
            declared = search.sqlite.install_statements()
            for name in search.sqlite.TRIGGERS:
                statement = next(s for s in declared if s.startswith(f"CREATE TRIGGER {name} "))
                assert installed[name] == statement

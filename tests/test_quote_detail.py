"""/quotes/<id>/: the quote in its paragraph, its facts, claims, annotations, citation."""

import pytest

from quotes.models import Quote
from tests.factories import (
    AnnotationFactory,
    ClaimFactory,
    QuoteFactory,
    SourceFactory,
    SpeakerFactory,
    TagFactory,
    VerdictFactory,
)

pytestmark = pytest.mark.django_db


def test_the_quote_is_marked_within_its_paragraph(client):
    quote = QuoteFactory(words="We are close to a deal")
    body = client.get(quote.get_absolute_url()).content.decode()
    assert '“<mark class="the-quote">' not in body
    assert (
        'data-offset="-1" data-length="23">'
        "&#34;We are close to a deal,&#34;</mark> the minister said." in body
    )
    assert "The talks went on." not in body.split("in-context")[1].split("</blockquote>")[0]


def test_it_shows_speaker_source_date_cue_citation_and_permalink(client):
    quote = QuoteFactory(speaker=SpeakerFactory(name="Kaja Kallas"), cue="warned")
    body = client.get(quote.get_absolute_url()).content.decode()
    for text in ["Kaja Kallas", quote.source.headline, "14 December 2025", "warned",
                 "Cite this quote", f"http://testserver/quotes/{quote.pk}/"]:  # fmt: skip
        assert text in body, text


def test_published_claims_show_with_their_verdict_and_drafts_do_not(client):
    quote = QuoteFactory()
    published = ClaimFactory(text="Unemployment halved", status="published")
    published.appearances.add(quote)
    VerdictFactory(claim=published, rating__label="Mostly false")
    draft = ClaimFactory(text="Secret draft claim", status="draft")
    draft.appearances.add(quote)
    body = client.get(quote.get_absolute_url()).content.decode()
    assert "Unemployment halved" in body and "Mostly false" in body
    assert "Secret draft claim" not in body


def test_visible_annotations_show_escaped_and_hidden_ones_do_not(client):
    quote = QuoteFactory()
    AnnotationFactory(quote=quote, body="<script>alert(1)</script> good point")
    AnnotationFactory(quote=quote, body="Hidden remark", visibility="hidden")
    body = client.get(quote.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; good point" in body
    assert "<script>" not in body and "Hidden remark" not in body


def test_hostile_text_in_quote_speaker_and_headline_is_inert(client):
    hostile = '"><svg onload=alert(1)><img src=x onerror=alert(1)>'
    quote = QuoteFactory(
        words=f"Words {hostile}",
        speaker=SpeakerFactory(name=hostile, slug="hostile"),
        source=SourceFactory(headline=hostile),
    )
    body = client.get(quote.get_absolute_url()).content.decode()
    assert "<svg" not in body and "<img" not in body


def test_a_rejected_quote_is_not_found(client):
    quote = QuoteFactory(status=Quote.Status.REJECTED)
    assert client.get(quote.get_absolute_url()).status_code == 404
    assert client.get("/quotes/999999/").status_code == 404


def test_the_page_costs_four_queries_at_most_however_many_claims_notes_and_tags(
    client, page_queries
):
    few = QuoteFactory()
    many = QuoteFactory()
    for _ in range(5):
        claim = ClaimFactory(status="published")
        claim.appearances.add(many)
        VerdictFactory(claim=claim)
        AnnotationFactory(quote=many)
        many.tags.add(TagFactory())
    # One for the quote, one for each of its tags, claims and notes that it has.
    assert len(page_queries(client, few.get_absolute_url())) == 1
    assert len(page_queries(client, many.get_absolute_url())) == 4


def test_its_tags_link_to_the_list_of_quotes_with_that_tag(client, page_queries):
    quote = QuoteFactory()
    quote.tags.add(TagFactory(name="Energy", slug="energy"), TagFactory(name="Debt", slug="debt"))
    assert len(page_queries(client, quote.get_absolute_url())) == 2
    body = client.get(quote.get_absolute_url()).content.decode()
    assert (
        '<dt>Tags</dt><dd><a href="/quotes/?tag=debt" dir="auto">Debt</a>, '
        '<a href="/quotes/?tag=energy" dir="auto">Energy</a></dd>'
    ) in body


def test_an_anonymous_page_is_cached_and_says_it_varies_by_cookie(client, settings, page_queries):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 60
    quote = QuoteFactory()
    first = client.get(quote.get_absolute_url())
    assert "no-cache" in first["Cache-Control"] and "Cookie" in first["Vary"]
    # The data version, from the shared "counters" cache (a database table by default).
    assert len(page_queries(client, quote.get_absolute_url())) == 1


def test_a_cached_copy_keeps_the_security_headers(client, settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 60
    quote = QuoteFactory()
    first = client.get(quote.get_absolute_url())
    again = client.get(quote.get_absolute_url())
    for header in ["Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options"]:
        assert again[header] == first[header], header


def test_a_signed_in_reader_always_gets_a_fresh_page(reader_client, settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 60
    quote = QuoteFactory()
    reader_client.get(quote.get_absolute_url())
    Quote.objects.filter(pk=quote.pk).update(cue="shouted")
    assert b"shouted" in reader_client.get(quote.get_absolute_url()).content

"""The editors' home lists what waits for them; editors review quotes from the public
page; the quote list finds articles by headline; evidence is written on the claim."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from quotes.models import Evidence, Quote
from quotes.selectors.editors import editor_queue
from quotes.services.claims import claim_create_from_quotes, claim_submit_for_review
from tests.factories import (
    AnnotationFlagFactory,
    QuoteFactory,
    RatingFactory,
    SourceFactory,
    SpeakerFactory,
)

pytestmark = pytest.mark.django_db


def counts():
    return {item.key: item.count for item in editor_queue()}


def test_it_counts_the_unreviewed_quotes_of_the_last_import_only():
    old = SourceFactory(imported_at=timezone.now() - datetime.timedelta(days=2))
    QuoteFactory(source=old)
    QuoteFactory.create_batch(2)
    QuoteFactory(status=Quote.Status.VERIFIED)
    assert counts()["last-import"] == 2


def test_it_counts_flagged_notes_still_shown_and_claims_in_review(editor):
    AnnotationFlagFactory()
    AnnotationFlagFactory(annotation__visibility="hidden")
    claim = claim_create_from_quotes(quotes=[QuoteFactory()], text="Prices fell", user=editor)
    from quotes.services.claims import verdict_write

    verdict_write(claim=claim, user=editor, explanation="No.")
    claim_submit_for_review(claim=claim, user=editor)
    assert counts()["flagged-notes"] == 1
    assert counts()["claims-in-review"] == 1


def test_it_counts_the_speakers_to_check_and_links_to_their_queue(committed):
    committed(SpeakerFactory, name="Vince Cable")
    committed(SpeakerFactory, name="Vincent Cable")  # a short given name: one person?
    waiting = {item.key: item for item in editor_queue()}["speakers-to-check"]
    assert waiting.count == 1 and waiting.url == reverse("admin:quotes_speaker_queue")
    assert waiting.detail == "1 possible duplicate pair, 0 doubtful names"
    committed(SpeakerFactory, name="Moreover the board")  # a clause, not a name
    assert {item.key: item for item in editor_queue()}["speakers-to-check"].count == 2


def test_the_admin_home_shows_the_counts_with_their_links(editor_client):
    QuoteFactory()
    page = editor_client.get("/admin/").content.decode()
    section = page.split('class="module editor-queue"')[1].split("</section>")[0]
    assert "<strong>1</strong> unreviewed quotes from the last import" in section
    assert "?status__exact=in_review" in section


def test_the_link_to_the_last_import_lists_those_quotes(editor_client):
    QuoteFactory(source=SourceFactory(imported_at=timezone.now() - datetime.timedelta(days=2)))
    recent = QuoteFactory()
    url = {item.key: item.url for item in editor_queue()}["last-import"]
    response = editor_client.get(url)
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [recent]


def test_quotes_are_found_in_the_admin_by_their_articles_headline(editor_client):
    wanted = QuoteFactory(source=SourceFactory(headline="Night of bargaining in Brussels"))
    QuoteFactory()
    response = editor_client.get("/admin/quotes/quote/", {"q": "bargaining"})
    assert list(response.context["cl"].result_list) == [wanted]


def test_an_editor_verifies_or_rejects_a_quote_from_its_public_page(editor_client):
    quote = QuoteFactory()
    page = editor_client.get(quote.get_absolute_url()).content.decode()
    assert f'href="/admin/quotes/quote/{quote.pk}/change/">Edit in admin' in page
    response = editor_client.post(f"/quotes/{quote.pk}/review/", {"status": "verified"})
    assert response["Location"] == quote.get_absolute_url()
    quote.refresh_from_db()
    assert quote.status == Quote.Status.VERIFIED
    assert quote.history.first().history_change_reason == "Marked verified"
    response = editor_client.post(f"/quotes/{quote.pk}/review/", {"status": "rejected"})
    assert response["Location"] == quote.source.get_absolute_url()


def test_readers_see_no_editor_tools(reader_client):
    quote = QuoteFactory()
    assert "Editor tools" not in reader_client.get(quote.get_absolute_url()).content.decode()


def test_verdict_and_evidence_are_written_on_the_claims_page(editor_client, editor):
    quote = QuoteFactory()
    claim = claim_create_from_quotes(quotes=[quote], text="Prices fell", user=editor)
    rating = RatingFactory()
    url = f"/admin/quotes/claim/{claim.pk}/change/"
    page = editor_client.get(url).content.decode()
    assert 'name="verdict-TOTAL_FORMS" value="1"' in page  # an empty verdict, no "add" link
    data = {
        "text": claim.text, "slug": claim.slug, "appearances": str(quote.pk),
        "verdict-TOTAL_FORMS": 1, "verdict-INITIAL_FORMS": 0, "verdict-MIN_NUM_FORMS": 0,
        "verdict-MAX_NUM_FORMS": 1, "verdict-0-rating": rating.pk,
        "verdict-0-explanation": "They rose.",
        "evidence-TOTAL_FORMS": 1, "evidence-INITIAL_FORMS": 0, "evidence-MIN_NUM_FORMS": 0,
        "evidence-MAX_NUM_FORMS": 1000, "evidence-0-url": "https://stats.example.org/cpi",
        "evidence-0-title": "CPI", "_continue": "1",
    }  # fmt: skip
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    claim.refresh_from_db()
    assert claim.verdict.rating == rating and claim.verdict.explanation == "They rose."
    item = Evidence.objects.get()
    assert (item.verdict, item.url) == (claim.verdict, "https://stats.example.org/cpi")
    assert item.history.first().history_change_reason == "Evidence added"

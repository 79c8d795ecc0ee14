"""Editors curate; readers and visitors cannot reach the admin."""

import pytest
from django.urls import reverse

from tests.factories import QuoteFactory

pytestmark = pytest.mark.django_db

PAGES = [
    "admin:quotes_quote_changelist",
    "admin:quotes_speaker_changelist",
    "admin:quotes_source_changelist",
    "admin:quotes_claim_changelist",
    "admin:quotes_annotation_changelist",
]


@pytest.mark.parametrize("page", PAGES)
def test_an_editor_can_open_every_curation_page(editor_client, page):
    assert editor_client.get(reverse(page)).status_code == 200


@pytest.mark.parametrize("page", PAGES)
def test_a_reader_is_sent_to_the_login_page(reader_client, page):
    response = reader_client.get(reverse(page))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.parametrize("page", PAGES)
def test_an_anonymous_visitor_is_sent_to_the_login_page(client, page):
    response = client.get(reverse(page))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_an_editor_cannot_delete_quotes_or_speakers(editor_client):
    quote = QuoteFactory()
    for url in [
        reverse("admin:quotes_quote_delete", args=[quote.pk]),
        reverse("admin:quotes_speaker_delete", args=[quote.speaker.pk]),
        reverse("admin:quotes_source_delete", args=[quote.source.pk]),
    ]:
        assert editor_client.post(url, {"post": "yes"}).status_code == 403


def test_a_reader_cannot_change_a_quote_by_posting_to_the_admin(reader_client):
    quote = QuoteFactory()
    url = reverse("admin:quotes_quote_change", args=[quote.pk])
    reader_client.post(url, {"text": "Hijacked", "kind": "direct", "status": "verified"})
    quote.refresh_from_db()
    assert quote.text != "Hijacked" and quote.status == "unreviewed"

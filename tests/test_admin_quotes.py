import pytest
from django.urls import reverse

from quotes.models import Quote
from tests.factories import QuoteFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:quotes_quote_changelist")


def act(client, action, quotes, **extra):
    data = {"action": action, "_selected_action": [q.pk for q in quotes], **extra}
    return client.post(CHANGELIST, data, follow=True)


def test_an_editor_verifies_and_rejects_quotes_with_history(editor_client, editor):
    first, second = QuoteFactory(), QuoteFactory()
    act(editor_client, "verify", [first])
    act(editor_client, "reject", [second])
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("verified", "rejected")
    assert first.edited_at is not None
    record = first.history.latest()
    assert record.history_user == editor and record.history_change_reason == "Marked verified"


def test_an_editor_reassigns_quotes_to_another_speaker(editor_client):
    quotes = QuoteFactory.create_batch(2)
    merz = SpeakerFactory(name="Friedrich Merz")
    form = act(editor_client, "reassign_speaker", quotes)
    assert b"Reassign quotes" in form.content
    act(editor_client, "reassign_speaker", quotes, apply="1", speaker=merz.pk)
    assert set(Quote.objects.values_list("speaker__name", "speaker_match")) == {
        ("Friedrich Merz", "editor")
    }


def test_reassigning_to_nobody_leaves_the_quotes_unattributed(editor_client):
    quote = QuoteFactory()
    act(editor_client, "reassign_speaker", [quote], apply="1", speaker="")
    quote.refresh_from_db()
    assert quote.speaker is None and quote.speaker_mention == "the minister"


def test_the_quote_page_shows_its_paragraph_with_the_quote_marked(editor_client):
    source = SourceFactory(body='Intro.\nShe said: "<b>No</b> deal." Then left.\nEnd.')
    quote = QuoteFactory(source=source, text="<b>No</b> deal.", start=17, end=34, paragraph=1)
    response = editor_client.get(reverse("admin:quotes_quote_change", args=[quote.pk]))
    assert (
        b"She said: <mark>&quot;&lt;b&gt;No&lt;/b&gt; deal.&quot;</mark> Then left."
        in response.content
    )


def test_editing_a_quote_marks_it_as_an_editors_work(editor_client):
    quote = QuoteFactory()
    url = reverse("admin:quotes_quote_change", args=[quote.pk])
    data = {
        "text": "Corrected text",
        "kind": "direct",
        "status": "unreviewed",
        "speaker": quote.speaker_id,
        "speaker_mention": "the minister",
        "cue": "said",
        "said_on": "2025-12-14",
        "tags": [],
    }
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content
    quote.refresh_from_db()
    assert quote.text == "Corrected text" and quote.is_curated


def test_the_speaker_filter_lists_the_unattributed(editor_client):
    QuoteFactory(speaker=None, text="Nobody knows,")
    QuoteFactory(text="Somebody knows,")
    response = editor_client.get(CHANGELIST, {"speaker": "none"})
    assert b"Nobody knows" in response.content
    assert b"Somebody knows" not in response.content

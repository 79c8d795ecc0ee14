"""A speaker the extractor was not sure of is a suggestion, never shown to readers, that
an editor accepts in one click."""

import pytest
from django.urls import reverse

from quotes.models import Quote, Speaker
from tests.factories import QuoteFactory, SpeakerAliasFactory, SpeakerFactory
from tests.importing import article, run_import, write

pytestmark = pytest.mark.django_db


def suggested(**fields):
    return QuoteFactory(
        speaker=None, speaker_match=Quote.SpeakerMatch.NONE, speaker_suggestion="Anna Lindqvist",
        **fields,
    )  # fmt: skip


def test_an_import_keeps_a_doubtful_speaker_as_a_suggestion_not_as_the_speaker(tmp_path):
    # "The mayor" is resolved by guesswork here (the article never says she is the
    # mayor): the engine is not sure enough to name her.
    write(
        tmp_path,
        "a.txt",
        article(
            "Mayor Anna Lindqvist spoke first. Tomas Berg, her deputy, followed.",
            '"It stays open," the mayor said.',
        ),
    )
    run_import(tmp_path)
    quote = Quote.objects.get()
    assert (quote.speaker, quote.speaker_suggestion) == (None, "Anna Lindqvist")
    assert quote.speaker_mention == "the mayor"


def test_the_public_page_shows_no_suggested_name(client):
    quote = suggested()
    page = client.get(quote.get_absolute_url()).content.decode()
    assert "Anna Lindqvist" not in page and "Unattributed" in page


def test_an_editor_accepts_a_suggestion_in_one_click_from_the_list(editor_client, editor):
    anna = SpeakerFactory(name="Anna Lindqvist")
    SpeakerAliasFactory(speaker=anna, name="Anna Lindqvist")
    quote = suggested()
    changelist = reverse("admin:quotes_quote_changelist")
    listing = editor_client.get(changelist).content.decode()
    accept = reverse("admin:quotes_quote_accept", args=[quote.pk])
    assert f'formaction="{accept}"' in listing and "Accept “<bdi>Anna Lindqvist</bdi>”?" in listing
    response = editor_client.post(accept, headers={"referer": "http://testserver" + changelist})
    assert response.status_code == 302 and response["Location"].endswith(changelist)
    quote.refresh_from_db()
    assert (quote.speaker, quote.speaker_match, quote.speaker_suggestion) == (anna, "editor", "")
    assert quote.history.latest().history_user == editor
    assert quote.history.latest().history_change_reason == "Suggested speaker accepted"


def test_accepting_a_name_nobody_has_yet_makes_the_speaker_with_that_alias(editor_client):
    quote = suggested()
    editor_client.post(reverse("admin:quotes_quote_accept", args=[quote.pk]))
    speaker = Speaker.objects.get(name="Anna Lindqvist")
    assert speaker.kind == "person" and speaker.aliases.filter(key="anna lindqvist").exists()
    assert Quote.objects.get(pk=quote.pk).speaker == speaker


def test_the_bulk_action_accepts_every_selected_suggestion(editor_client):
    quotes = [suggested(), suggested()]
    QuoteFactory()  # has a speaker and no suggestion: untouched
    data = {"action": "accept_suggestions", "_selected_action": [q.pk for q in quotes]}
    editor_client.post(reverse("admin:quotes_quote_changelist"), data)
    assert Speaker.objects.filter(name="Anna Lindqvist").count() == 1
    assert Quote.objects.filter(speaker__name="Anna Lindqvist").count() == 2


def test_readers_cannot_accept_and_a_get_changes_nothing(client, reader, editor):
    quote = suggested()
    url = reverse("admin:quotes_quote_accept", args=[quote.pk])
    client.force_login(reader)
    assert client.post(url).status_code == 302  # sent to the admin's sign-in
    client.force_login(editor)
    assert client.get(url).status_code == 405
    assert Quote.objects.get(pk=quote.pk).speaker is None

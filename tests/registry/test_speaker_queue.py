"""The editors' queue of likely duplicate speakers and likely junk, in the admin."""

import datetime

import pytest
from django.urls import reverse

from quotes.models import QueueDecision, Quote, Speaker
from tests.factories import QuoteFactory, SpeakerAliasFactory, SpeakerFactory

pytestmark = pytest.mark.django_db
QUEUE = reverse("admin:quotes_speaker_queue")


def quoted(name, n=1, kind="person", day=datetime.date(2025, 12, 1)):
    speaker = SpeakerFactory(name=name, kind=kind)
    SpeakerAliasFactory(speaker=speaker, name=name)
    for _ in range(n):
        QuoteFactory(speaker=speaker, source__published_on=day)
    return speaker


def test_the_queue_shows_a_likely_pair_with_its_reason_evidence_and_the_busier_record_kept(
    editor_client,
):
    vincent = quoted("Vincent Cable", n=3)
    vince = quoted("Vince Cable")
    response = editor_client.get(QUEUE)
    [item] = response.context["queue"].duplicates
    assert (item.target.speaker, item.other.speaker) == (vincent, vince)
    assert "a short given name" in item.reason
    assert len(item.target.evidence) == 2 and len(item.other.evidence) == 1
    body = response.content.decode()
    assert f'name="target" value="{vincent.pk}" checked' in body
    assert item.other.evidence[0].text in body


def test_merging_from_the_queue_keeps_the_history_and_the_names_as_aliases(editor_client, editor):
    vincent = quoted("Vincent Cable", n=2)
    vince = quoted("Vince Cable")
    data = {"action": "merge", "target": vincent.pk, "a": vincent.pk, "b": vince.pk}
    response = editor_client.post(QUEUE, data, follow=True)
    assert "Merged Vince Cable into Vincent Cable." in response.content.decode()
    assert not Speaker.objects.filter(pk=vince.pk).exists()
    assert Quote.objects.filter(speaker=vincent).count() == 3
    assert vincent.aliases.filter(key="vince cable").exists()
    latest = vincent.history.latest()
    assert (latest.history_user, latest.history_change_reason) == (
        editor,
        "Merged Vince Cable into Vincent Cable",
    )
    assert response.context["queue"].duplicates == []


def test_not_a_duplicate_is_remembered_with_history_and_never_suggested_again(
    editor_client, editor
):
    a, b = quoted("Vincent Cable"), quoted("Vince Cable")
    editor_client.post(QUEUE, {"action": "distinct", "a": b.pk, "b": a.pk, "reason": "why"})
    decision = QueueDecision.objects.get()
    assert (decision.speaker, decision.other, decision.decided_by) == (a, b, editor)
    assert decision.history.get().history_user == editor
    assert editor_client.get(QUEUE).context["queue"].duplicates == []
    editor_client.post(QUEUE, {"action": "distinct", "a": a.pk, "b": b.pk})  # twice: no change
    assert QueueDecision.objects.count() == 1 and Speaker.objects.count() == 2


def test_the_queue_lists_likely_junk_and_forgets_a_real_name(editor_client):
    junk = quoted("Pierce derided the two party", kind="organisation")
    quoted("Nancy Pelosi")
    response = editor_client.get(QUEUE)
    [item] = response.context["queue"].junk
    assert (item.entry.speaker, item.reason) == (junk, "a clause, not a name")
    editor_client.post(QUEUE, {"action": "name", "speaker": junk.pk})
    assert editor_client.get(QUEUE).context["queue"].junk == []
    assert Speaker.objects.filter(pk=junk.pk).exists()


def test_a_reader_cannot_see_or_answer_the_queue(reader_client):
    a, b = quoted("Vincent Cable"), quoted("Vince Cable")
    assert reader_client.get(QUEUE).status_code == 302  # to the admin's sign-in
    reader_client.post(QUEUE, {"action": "merge", "target": a.pk, "a": a.pk, "b": b.pk})
    assert Speaker.objects.count() == 2


def test_the_queue_costs_the_same_queries_for_few_and_many_speakers(editor_client, page_queries):
    quoted("Vincent Cable", n=2)
    quoted("Vince Cable")
    small = len(page_queries(editor_client, QUEUE))
    for i in range(30):
        quoted(f"Person Number{i}")
    quoted("William Hague", n=3)
    quoted("Bill Hague")
    assert len(page_queries(editor_client, QUEUE)) == small
